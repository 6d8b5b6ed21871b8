r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "a": chemistry and
physics homework answers -- moles, masses, concentrations, pH, energies, forces and speeds --
where a mark scheme, teacher or tutor on a public web page settles whether a form written with
other significant figures, in scientific or E notation, with another unit or sign is the same
answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and checked against /work/wt/fresh2*_claims ... fresh52_claims; each
page was claimed in /work/wt/fresh53_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: a form the page accepts or equates with it, or one it
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh53_a2.py (same rules; its
sources are listed below too).

Transcription: strings are copied as the stored page shows them, minus signs included (the OUP
mark scheme's en dash in ``–2679``, mrcolechemistry's ``− 718`` with U+2212 and a space). Mark
schemes: an "accept / allow / condone X" form is a True case against the printed answer; a form
that the scheme gives only part of the marks ("an answer of 8 (V) ... gains 2 marks only", "allow
4.8 (W) ... for 1 mark" of 2, "If 63 (no sign) ... AWARD 1 mark" of 2) or that it rejects is a
False case. A bracketed optional part (``(+)182``, ``13(.4)``) is read by the schemes' own
convention: the printed value with and without it are both the answer, so the gold is one of them
and the other a True case. Where a page prints the number and its unit as separate marks ("10 ...
Unit m/s"), the gold joins them. Units that the stored text flattened (``mol−1``, ``m/s2``) are
left out of the strings (the number alone is kept, and ``why`` says so).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com 709620786 "Amount of substances exam mark scheme" (AQA Chemistry exam-style mark
  scheme, Oxford University Press: "35.37%" "Allow 35.0–35.4% or 35%"; "0.0276 mol" "Allow
  0.028"). 2 cases.
- scribd.com 734022412 "Y12 Enthalpy Change and Hess's Law Questions MS" (OCR: Q7 "(+)182", with
  164 kJ mol−1 named as a common wrong answer; Q9(a) "+63 kJ AWARD 2 marks", "63 (no sign) OR -63
  (incorrect sign)" and "+126 kJ" one mark only, "Sign and value required"; Q9(b) "(436 +151-(-9)
  =) (+)596", "(+)298 AWARD 2 marks", "-298 AWARD 1 mark (incorrect sign)", (+)293.5 and (+)289 one
  mark). 10 cases (7 False).
- www.scribd.com 575889195 "04 Energetics MS" (AQA exam-style, OUP: "5852 J OR 5.85 kJ"; "–2679
  kJ mol–1 (OR –2680 kJ mol–1)"). 2 cases.
- www.scribd.com 704723106 "Ch-1" (Edexcel IGCSE physics mark scheme, 1(a)(ii): "Calculation 10;
  Unit m/s; ACCEPT: e.g. 9/15 = 0.6 km/minute 9/0.25 = 36 km/hour 9000/15 = 600 m/min 9/900 = 0.01
  km/s i.e. any unit that is consistent with the number"). 4 cases.
- www.scribd.com 684964742 "1IX" (Edexcel IGCSE physics: "(a =) (-)7.4 Condone 7.4, 7.36842…";
  "(t =) 18/5.6", "(t =) 3.2 (s) allow 3.214…", "reject 25000/14000 x 18 ... which gives 32").
  6 cases (2 False).
- it.scribd.com 392639594 "y10 Bb1 Cover Work Mark Scheme" (AQA-style, Q3(a): "newton or N allow
  Newton do not allow n"). 3 cases (1 False).
- ininet.org "the amount of damage caused when a car collides with a wall", page 8 (AQA physics
  mark schemes, M14(a)(i): "newtons accept N do not accept n accept Newtons"). 3 cases (1 False).
- 1library.net zglonk7q (AQA physics electricity mark schemes: "8 allow 1 mark for correct
  substitution or transformation or an answer 2.67 / 2.7"; "75 ... allow 1 mark for an answer
  1.25"; "coulombs or C do not accept c"). 5 cases (4 False).
- pdfslide.us "rphs ... answers of 7480, 4760" (AQA physics mark schemes, Q1: "12 (V) ... an
  answer of 8 (V) or 4 (V) gains 2 marks only"; "5 (W) ... allow 4.8 (W) with no working shown for
  1 mark"). 3 cases (all False).
- mrcolechemistry.co.uk calorimetry past paper questions 4, page 10 (AQA, Q24(b): "M2 = (75 × 4.18
  × 5.5) 1724 (J) OR 1.724 (kJ) OR 1.72 (kJ) OR 1.7 (kJ)"; "∆H = − 718 (kJ mol−1)", "Penalise M3
  ONLY if correct numerical answer but sign is incorrect. Therefore +718 gains two marks").
  5 cases (1 False).
- mrcolechemistry.co.uk calorimetry past paper questions 2, page 8 (AQA: "heat released = 0.050 ×
  56.1 (= 2.805 kJ or 2805 J)"; "13(.4) (°C) Correct answer (to at least 2 sig fig) scores 4
  marks", "27 or 26.8°C ... scores 3 marks", "0.027 or 0.0268°C would score 2 marks"). 7 cases
  (4 False).
- www.thestudentroom.co.uk thread 5225298 (CIE 9702: the mark scheme's 8.48 for 6 × √2 V, the
  student's 8.5; a reply: "you would not score zero but a full mark", quoting the examiner report
  that calculated quantities may have the same number of significant figures as the data or one
  more). 1 case.
- webwork.maa.org forum d=641 parent 2449 (a physics course's WebWork answer conventions:
  "0.00314159, or in scientific notation as either 3.14159E-3 ... or 3.14159*10^-3"; "(6+4)/2 is the same as
  writing 5"; "1 deg = pi/180 rad", "1 rad = 180/pi deg"). 5 cases.

Sources of bench/equiv_fresh53_a2.py:

- www.apologiaonline.com KB article 27312 (Dr. Wile's worked answer: "(40.1) x (1.67 x
  10^-24)/1000", "40.1 x 1.67, I get 66.967", "1000 is really 10^3", "10^-24 / 10 ^3 = 10^(-24-3) =
  10^-27", "66.967 x 10^-27", "6.6967 x 10^-27 x 10", "10^-27 x 10 = 10^(-27 +1) = 10^-26", "That
  makes the answer 6.70 x 10^-26"). 11 cases.
- www.apologia.com FAQ cat 9 id 23 (the same author: "118.9 x 1.67 x 10^-24", "(118.9 x 1.67) x
  10^-24", "198.563 x 10^-24", "1.98563x10^-22"; "1.23 x 10^-6 times 1.34 x 10^-12" ... "1.6482 x
  10^-18"). 7 cases.
- education.blurtit.com 1072259 ("100 = 1*10^{2}", "-10 = -1*10^{1}", ".1 = 1*10^{-1}", "6,543,210
  = 6.54321*10^{6}", "6.023*10^{23} = 6.023*10^23", "Example: 6.023e23"). 6 cases.
- lampz.tugraz.at ~hadley E-notation page ("6.023\times 10^{23} is represented as 6.023E23",
  "1.6022\times 10^{-19}= 1.6022E-19", "2.998\times 10^{8}= 2.998E+8", "2.998\times 10^{8}=
  2.998E8"; the page's inline-math dollar signs are dropped). 4 cases.
- essaywriter24x7.com ".000025 in scientific notation" (an assignment text: ".0008 can be written in
  scientific notation as 8 x 10-4 or as 8E-4"; the flattened first form is left out). 1 case.
- indextestingapp.uonbi.ac.ke preguntia 12903828 ("W = 0.135 Nm", "W = 0.135 J"). 1 case.
- www.gradesaver.com Chemistry: A Molecular Approach 4e ch. 16 ex. 55 ("-log( 0.044 ) = 1.36",
  "-log( 0.045 ) = 1.35", "-log( 0.046 ) = 1.34"). 3 cases.
- www.gradesaver.com College Physics 4e ch. 1 problem 43 ("Joules are equivalent to
  \frac{kg\cdot m^2}{s^2}", "J = kg\times m/s^2\times m = \frac{kg\cdot m^2}{s^2}"). 2 cases.
- metricsystem.net "kilogram metre per second" ("kg m s^{−1}" "is equivalent to the unit newton
  second, symbol N s"). 1 case.
- www.wyzant.com answer 21863 "find the pH" (Steve S.'s answer as corrected after Andre W.'s
  comment, which he accepted: "- log [1.26×10^(-5)] = - log(1.26) - log(10^(-5)) = - log(1.26) + 5
  ≈ ... ≈ 4.900", "7 - log(2.51) ≈ ... ≈ 6.600", "12 - log(5.01) ≈ ... ≈ 11.300", "10^(-4.900) ≈
  ... ≈ 0.0000126"). 8 cases.
- nobel.scas.bcit.ca "Rules for logarithm" ("pH = -log(0.01023) = 1.990124366 = 1.9901"). 1 case.
- macosa.dima.unige.it om/esr/sci/5_27s ("Log(1 / 0.047) = 1.3279021420642825, che posso
  arrotondare a 1.33", "Log(1/3.1e-9) = 8.508638306165727, che posso arrotondare a 8.51").
  2 cases.
- static.sewanee.edu "Using Significant Figures in WebAssign" ("2.46 + 6.1743 = 8.63", "4580 - 411
  = 4170", "log_{10}(27) = 1.43", "ln(0.026) = -3.65"). 4 cases.
- www.scienceforums.net topic 34197 comment 439147 ("1\,\text{joule} = 1\,\text{newton}\,*\,1\,
  \text{meter} = ... = \frac 1 2\,*\,2\,\text{kg}\,*\,(1\,\text{meter}/\text{second})^2"). 3 cases.
- cnegu.info question 123245 ("1 joule=1 newton-meter=1 kg*m^2/sec^2; the mc^2
  side=kg*(m/sec)^2; same thing"). 3 cases.
- www.anaphy.com "molar concentration" ("a concentration of 1 mol/L is designated as 1 molar
  (1M)"). 2 cases.
- www.wyzant.com answer 706590 ("3 moles per liter, I would have a 3 molar, or 3M, solution").
  2 cases.

Left out, by rule: ranges and tolerances ("Allow 0.86–0.87", "Accept 90.6–92%", "allow answer in
range 21.8-22.0", "Accept a range from −708 to −719", WebAssign's and Mastering's percentage
tolerances); units whose superscripts the stored text flattened ("m/s2 accept ms−2 do not accept
mps2", "m/s2 accept m s-2", mytutorsource's "kg ms-1"); numbers whose exponents were flattened
("2.12  10–2",
"8 x 10-4", "[H+] = 10–2.72 OR 1.905 × 10–3"); process marks that are not about the
final value ("allow 1 mark for correct substitution i.e. 0.8 × 2.5 provided no further step shown",
"46.478(260) (A)" as a step before "46"); forms a scheme names only by a rule ("3sf or better",
"-1 if negative sign given with answer", "ignore negative") rather than writing them; an examiner's
"—173 kJ mol−1" (the dash is not a legible sign); pages whose verdict comes from rounding a
long calculator value that the page also calls correct (bcit's "1.990124366", wyzant's
"4.89962945488244": only the written expression and the rounded answer are paired).

Examined and not used: www.gradesaver.com Chemistry: Principles and Practice 3e 1.50 (it equates
0.0820 kg with "8.20 x 10^{-3} kg", an error on the page); physicsforums 148424 (claimed earlier);
Socratic's appspot mirror 555bc5e2 on pH significant figures (a Socratic page; its MathJax is
doubled); a.simonm.io mark schemes (LLM-transcribed, as earlier sets found); quizgecko, vaia,
gauthmath, mis.kyeop.go.ke, hotelsabruzzo, phys141.pages.dev and questionai pages (machine-written
or wrong: quizgecko gives 0.0025 = 2.5 × 10^{3}); qammunity 13445766 (the options it judges are not
on the page); courses.washington.edu WebAssign rounding page (tolerance ranges only); libretexts
beginning chemistry answer key, adriandingleschemistrypages, bestchoice.net.nz, act.magoosh,
fliphtml5 (exponents flattened); pdfslide "mole exam mark scheme" and slideshare 9702 w01
(garbled); ja.scribd 267370380 and zh.scribd 252111450 (exponent or unit displaced);
cakebreadscience worksheets (authorship unclear); colorado.edu Physics 2000 units page (only one
form written out); askanewquestion 14727 (no two answers compared).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _key(
    repo: str, where: str, gold: str, accept: list[str], refuse: list[str], why: str
) -> list[dict[str, object]]:
    """One answer of a mark scheme: its accepted forms (True) then its refused forms (False)."""
    return [_w(repo, where, gold, p, True, f"{why}; accepted form") for p in accept] + [
        _w(repo, where, gold, p, False, f"{why}; refused or part-credit form") for p in refuse
    ]


SC = "www.scribd.com"
SC_AMOUNT = "https://www.scribd.com/document/709620786/Amount-of-substances-exam-mark-scheme"
SC_ENERG = "https://www.scribd.com/document/575889195/04-Energetics-MS"
SC_CH1 = "https://www.scribd.com/document/704723106/Ch-1"
SC_1IX = "https://www.scribd.com/document/684964742/1IX"
SCB = "scribd.com"
SCB_HESS = "https://scribd.com/document/734022412/Y12-Enthalpy-Change-and-Hess-s-Law-Questions-MS"
SCI = "it.scribd.com"
SCI_Y10 = "https://it.scribd.com/document/392639594/y10-Bb1-Cover-Work-Mark-Scheme"
IN = "ininet.org"
IN_P8 = (
    "http://ininet.org/the-amount-of-damage-caused-when-a-car-collides-with-a-wall-de.html?page=8"
)
LI = "1library.net"
LI_EL = (
    "https://1library.net/document/"
    "zglonk7q-provided-subsequent-method-correct-correct-substitution-transformation-answer.html"
)
PS = "pdfslide.us"
PS_RPHS = (
    "https://pdfslide.us/documents/"
    "rphs-web-viewanswers-of-7480-4760-12920-4080-gain-2-marks-3-ii-a-small.html"
)
MC = "mrcolechemistry.co.uk"
MC_4 = (
    "https://mrcolechemistry.co.uk/physical-chemistry/topic-energetics/"
    "calorimetry-past-paper-questions-4/10/"
)
MC_2 = (
    "https://mrcolechemistry.co.uk/physical-chemistry/topic-energetics/"
    "calorimetry-past-paper-questions-2/8/"
)
TSR = "www.thestudentroom.co.uk"
TSR_AT = "https://www.thestudentroom.co.uk/showthread.php?t=5225298"
WW = "webwork.maa.org"
WW_AT = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=641&parent=2449"

CASES: list[dict[str, object]] = [
    # scribd 709620786: AQA "Amount of substance" exam-style mark scheme (OUP).
    *_key(SC, SC_AMOUNT, r"35.37%", [r"35%"], [], "1(a)(i): 35.37%, 'Allow 35.0–35.4% or 35%'"),
    *_key(SC, SC_AMOUNT, r"0.0276 mol", [r"0.028"], [], "2(b)(ii): 0.0276 mol, 'Allow 0.028'"),
    # scribd 734022412: OCR enthalpy mark scheme; signs and values (units flattened, left out).
    *_key(
        SCB,
        SCB_HESS,
        r"182",
        [r"+182"],
        [r"164"],
        "Q7: '(+)182' (sign optional); examiner: 'an answer of 164 kJ mol−1' (unit dropped here)",
    ),
    *_key(
        SCB,
        SCB_HESS,
        r"+63 kJ",
        [],
        [r"63", r"-63", r"+126 kJ"],
        "Q9(a): '+63 kJ AWARD 2 marks', '63 (no sign) OR -63 (incorrect sign)' 1 mark, "
        "'ALLOW one mark for +126 kJ', 'Sign and value required'",
    ),
    _w(SCB, SCB_HESS, r"596", r"436 +151-(-9)", True, "Q9(b): '(436 +151-(-9) =) (+)596'"),
    *_key(
        SCB,
        SCB_HESS,
        r"298",
        [r"+298"],
        [r"-298", r"293.5", r"289"],
        "Q9(b): '(+)298 AWARD 2 marks', '-298 AWARD 1 mark (incorrect sign)', "
        "'(+)293.5' and '(+)289' 1 mark each (units dropped)",
    ),
    # scribd 575889195: AQA "Energetics" exam-style mark scheme (OUP).
    *_key(SC, SC_ENERG, r"5852 J", [r"5.85 kJ"], [], "1(a): '5852 J OR 5.85 kJ'"),
    *_key(
        SC,
        SC_ENERG,
        r"–2679",
        [r"–2680"],
        [],
        "1(c): '–2679 kJ mol–1 (OR –2680 kJ mol–1)' (en-dash minus as printed; unit dropped)",
    ),
    # scribd 704723106: Edexcel IGCSE physics, any unit consistent with the number.
    *_key(
        SC,
        SC_CH1,
        r"10 m/s",
        [r"0.6 km/minute", r"36 km/hour", r"600 m/min", r"0.01 km/s"],
        [],
        "1(a)(ii): 'Calculation 10; Unit m/s; ACCEPT ... any unit that is consistent with the number'",
    ),
    # scribd 684964742: Edexcel IGCSE physics 1IX.
    *_key(
        SC,
        SC_1IX,
        r"-7.4",
        [r"7.4", r"7.36842…"],
        [],
        "1(b)(ii): '(a =) (-)7.4 Condone 7.4, 7.36842…'",
    ),
    *_key(
        SC,
        SC_1IX,
        r"3.2 (s)",
        [r"3.214…", r"18/5.6"],
        [r"32", r"25000/14000 x 18"],
        "1(c): '(t =) 18/5.6', '(t =) 3.2 (s) allow 3.214…', "
        "'reject 25000/14000 x 18 ... which gives 32'",
    ),
    # it.scribd 392639594: AQA-style unit mark.
    *_key(
        SCI,
        SCI_Y10,
        r"newton",
        [r"N", r"Newton"],
        [r"n"],
        "Q3(a) unit: 'newton or N allow Newton do not allow n'",
    ),
    # ininet.org page 8: AQA physics unit mark.
    *_key(
        IN,
        IN_P8,
        r"newtons",
        [r"N", r"Newtons"],
        [r"n"],
        "M14(a)(i) unit: 'newtons accept N do not accept n accept Newtons'",
    ),
    # 1library zglonk7q: AQA electricity mark schemes.
    *_key(
        LI,
        LI_EL,
        r"8",
        [],
        [r"2.67", r"2.7"],
        "(ii): '8 allow 1 mark for ... an answer 2.67 / 2.7' (of 2 marks)",
    ),
    *_key(
        LI,
        LI_EL,
        r"75",
        [],
        [r"1.25"],
        "(a)(ii): '75 ... allow 1 mark for an answer 1.25' (of 2 marks)",
    ),
    *_key(
        LI,
        LI_EL,
        r"coulombs",
        [r"C"],
        [r"c"],
        "(a)(ii) unit: 'coulombs or C do not accept c'",
    ),
    # pdfslide rphs: AQA electricity mark schemes; wrong values and a too-precise answer.
    *_key(
        PS,
        PS_RPHS,
        r"12 (V)",
        [],
        [r"8 (V)", r"4 (V)"],
        "Q1(b): '12 (V) ... an answer of 8 (V) or 4 (V) gains 2 marks only' (of 3)",
    ),
    *_key(
        PS,
        PS_RPHS,
        r"5 (W)",
        [],
        [r"4.8 (W)"],
        "Q1(c): 'P = 0.4 × 12 = 4.8', '5 (W)', 'allow 5 (W) with no working shown for 2 marks', "
        "'allow 4.8 (W) with no working shown for 1 mark' (rounding)",
    ),
    # mrcolechemistry calorimetry 4/10, Q24(b).
    *_key(
        MC,
        MC_4,
        r"1724 (J)",
        [r"1.724 (kJ)", r"1.72 (kJ)", r"1.7 (kJ)", r"75 × 4.18 × 5.5"],
        [],
        "Q24(b) M2: '(75 × 4.18 × 5.5) 1724 (J) OR 1.724 (kJ) OR 1.72 (kJ) OR 1.7 (kJ)'",
    ),
    *_key(
        MC,
        MC_4,
        r"− 718",
        [],
        [r"+718"],
        "Q24(b) M3: '∆H = − 718 (kJ mol−1)', 'sign is incorrect. Therefore +718 gains two marks' "
        "(of 3)",
    ),
    # mrcolechemistry calorimetry 2/8, Q(a).
    *_key(
        MC,
        MC_2,
        r"2.805 kJ",
        [r"2805 J", r"0.050 × 56.1"],
        [],
        "(a) M2: 'heat released = 0.050 × 56.1 (= 2.805 kJ or 2805 J)'",
    ),
    *_key(
        MC,
        MC_2,
        r"13.4",
        [r"13"],
        [r"27", r"26.8°C", r"0.027", r"0.0268°C"],
        "(a) M4: '13(.4) (°C) Correct answer (to at least 2 sig fig) scores 4 marks', "
        "'27 or 26.8°C ... scores 3 marks', '0.027 or 0.0268°C would score 2 marks'",
    ),
    # thestudentroom 5225298: CIE rounding; a reply says 8.5 scores full marks against 8.48.
    _w(TSR, TSR_AT, r"8.48", r"8.5", True, "reply 2: 'you would not score zero but a full mark'"),
    # webwork.maa.org d=641: a physics course's answer conventions.
    *_key(
        WW,
        WW_AT,
        r"0.00314159",
        [r"3.14159E-3", r"3.14159*10^-3"],
        [],
        "numerical values: 'or in scientific notation as either 3.14159E-3 ... or 3.14159*10^-3'",
    ),
    _w(WW, WW_AT, r"5", r"(6+4)/2", True, "'(6+4)/2 is the same as writing 5'"),
    _w(WW, WW_AT, r"pi/180 rad", r"1 deg", True, "units table: '1 deg = pi/180 rad'"),
    _w(WW, WW_AT, r"180/pi deg", r"1 rad", True, "units table: '1 rad = 180/pi deg'"),
]

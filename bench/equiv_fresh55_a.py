r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": algebra,
functions and calculus answers in IB (and one VCE) mark schemes published as web pages, where the
scheme lists an accepted equivalent form ("(= ...)", "accept", "OR", a second method's final
answer, a bracketed optional unit) or refuses a form ("do not accept", "award (A0) for")).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and checked against /work/wt/fresh2*_claims ... fresh54_claims; each
page was claimed in /work/wt/fresh55_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: a form the page accepts or equates with it, or one it
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for proxy copies of scribd documents, the proxy's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases.

Transcription: strings are copied as the stored page shows them. The iitianacademy.com pages
carry the IB questionbank's TeX, and their WordPress copy turned the minus signs inside it into en
dashes (``–``); these are kept as written. Only the answer is transcribed: the left side of an
answer line (``f'(x) =``, ``a =``, ``(x =)``) and the ``( = ...)`` wrapper of a bracketed
equivalent are dropped, on both sides alike. The pdf-text copies keep their stray spaces (``1. 5``
for 1.5). Mark-scheme conventions are read as the schemes define them: "X (= Y)" on an answer line
and "X OR Y" are equal forms; two METHODs that each end in a full-mark answer give equal forms;
"(accept Y)" is an accepted form; "Do not accept Y" and "Award (A0) for Y" are refused forms; a
bracketed optional unit (``18 (m)``) gives the number with the unit as an accepted form (as
bench/equiv_fresh54_a.py read it).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.iitianacademy.com "IB DP Maths Topic 6.2 The product and quotient rules SL Paper 1" (IB
  questionbank markscheme: ``f'(x) = e^x × (–sin x) + cos x × e^x`` ``(= e^x cos x – e^x sin x)``
  A1A1). 1 case.
- www.iitianacademy.com "IB DP Maths Topic 2.1 Identity function. Inverse function f−1 SL Paper 1"
  (f(x) = ln(x + 5) + ln 2: METHOD 1 ends ``f^{-1}(x) = (e^x – 10)/2`` A1 N2, METHOD 2 ends
  ``f^{-1}(x) = e^{x – ln 2} – 5`` A1 N2; the (A1) line ``ln(2(x + 5))`` ``(= ln(2x + 10))``).
  2 cases.
- www.iitianacademy.com "IBDP Maths AA: Topic: SL 2.6: The quadratic function: IB style Questions
  HL Paper 1" (``a = 4/16 (= 1/4)`` A1 N2; the same question is also printed on the HL Paper 2
  page, which was not used a second time). 1 case.
- ib.mycosmic.dev q/1028 (IB 18M.1.SL.TZ2.T_14(c): ``(x =) 2 (A1) (C3) Note: Do not accept (2,
  4).``). 2 cases (1 False).
- melakarnets.com proxy copy of scribd 633473532 "Answer Key For Worksheet On Exponential
  Function" (IB questionbank SL: Q1 "30 minutes (nearest minute) ... Note: Do not accept 31
  minutes."; Q8(a)(ii) "1999 ... Note: Award (A0) for 2000"; Q8(b)(i) "1 536 101 (accept 1 540
  000 or 1.54(million))"). 4 cases (2 False).
- ptop.only.wip.la proxy copy of scribd 819927495 "Answer of Sequence and Series" (IB questionbank
  SL: "S55 = 3355 (accept 3360) A1 N3"; "u10 = 30.2 (accept the exact value 30.233088) A1 N2").
  2 cases.
- rainy.clevelandohioweatherforecast.com proxy copy of scribd 789288911 "Integration AI HL 04-11"
  (IB AI HL markscheme: ``4 ln |2x + 3| + c OR 4 ln |x + 1. 5| + c A1A1``). 1 case.
- igsmaths.jeffwo.ng "VCE Mathematical Methods · 2024 exam feedback" (a teacher's summary of the
  VCAA chief assessors' 2024 presentations: "Vinculum too — $\frac{1}{x}+2$ is not the same as
  $\frac{1}{x+2}$."). 1 case (False).
- library.tis.today IB questionbank (v4, DP mathematics SL) question 6857 (SPNone.1.sl.TZ0.3,
  kinematics from a velocity graph: ``4 (m s^{-1})``, ``a = 2 (m s^{-2})``, "distance 18 (m)",
  bracketed optional units). 3 cases.

17 cases in all (4 False).

Left out, by rule: answers with a single printed form (e.g. the product-rule page's "gradient is
1/e^π" and "h'(π/3) = e^{-π}", "(g∘f)(x) = 2x + 10" in both methods, "h = 4, k = 2", "t = 4.90
hours", "n = 8", "u1 = –11, d = 3", "x = 50, y = 80"); "e.g." lines of working and substitutions
(not answers); method and format policies ("do not accept product rule", "do not accept h′ = f′ ×
g′", "x = 4 (must be an equation)", "do not accept an equation that results from f(4) = 2");
accepted forms whose equality rests on the question's context rather than on the two answers
(Q8(a)(ii) "1999 (accept 6th year or n = 6)" and the refused "after 6 years"; logMS "g(x) = f(x) +
ln5 (accept g(x) = 3ln x + ln 5)", which needs the question's f); follow-through acceptances
conditional on an earlier rounded value ("28.0% (accept 28.3% from 1 540 000)"); IB bracketed
unrounded calculator values that the page does not state to be accepted final answers (rainy
789288911 "volume = 0. 479 (cubic units) (= 0. 478718 …", as bench/equiv_fresh54_a.py ruled);
answers whose formulas, fractions, superscripts or roots the stored text lost or stacked over
several lines (rainy 789288911 "f′(x) = −2x/50 + 2 (= −x/25 + 2, − 0. 04x + 2)" and "16π/105";
melakarnets Q7(b) "5e0.5 ( = 8.24 = 5 e )"; ptop 819927495 "(accept 16 + 32 + 64 + 128)", whose
gold "2^4 + ... + 2^7" lost its superscripts; ib.mycosmic.dev q/1028's part (b), whose main answer
was lost beside "(−0.125)", and part (a)).

Examined and not used: arietiform.com proxy copy of scribd 668799637 "topic 3 q4 paper 1" and
vdocument.in "IB Questionbank Test ... 6.1" (claimed, then dropped: their only pairs are IB
bracketed unrounded values, "45800 (= 45811.96071)", "0.873 (0.872664 …)", "1.52 (1.51839…)", not
settled as accepted final answers; the first is also geometry); ib.mycosmic.dev q/1313, 1325,
1351, 1421, 746, 55, 777, 274, 284, 309, 449, 519, 693, 766, 935, 1484, 1495, 1631 and
library.tis.today 871076, 377455, 682452, 799176 (formulas lost in the stored text, or a single
form); scribd IB questionbank compilations (cal-pp-ms 411051431, calculo-markscheme 403123717,
Calculus-2-Ms 308400801, logMS 224199698, TEST-II 264511564, Funcion-Exponencial 175223329,
Diff-Curve-MS 407799672, Curve-Sketch-MS 557575085, 44-Indefinite-Integrals 552253859,
Integration 21-10 789288909, p1-calculus-ans 541477880, MAA HL Mixed Worksheet 2 726996647,
Quadratic-Functions-MS 330857380, IB-Questionbank 456742463, mixed-1 722735794) and the scribd
Edexcel "Differentiation part 1 MS" 715811978 (fractions and powers stacked over lines by the pdf
text, minus signs lost, or only one form); viewer.joomag.com SE Production IB ebooks (symbols lost);
Leaving Certificate scribd 723207867 (symbols lost), irevise.com and sciencedocbox.com Leaving
Cert schemes (boilerplate only in the excerpt); fliphtml5.com AP Calculus BC scoring guide
(formulas lost); education.theage.com.au VCE article (superscripts lost); mathematicalcrap.com
and atarnotes.com (exam commentary, no answer pairs); a.simonm.io (excluded by the brief);
iitianacademy.com "Exam Style Questions - New Syllabus" pages (machine-written solutions, not
mark schemes); aimnova.app and ibdemystified.com (study notes, no verdicts on answer forms).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


IIT = "www.iitianacademy.com"
IIT_PROD = (
    "https://www.iitianacademy.com/ib-dp-maths-topic-6-2-the-product-and-quotient-rules-sl-paper-1/"
)
IIT_INV = (
    "https://www.iitianacademy.com/"
    "ib-dp-maths-topic-2-1-identity-function-inverse-function-f%e2%88%921-sl-paper-1/"
)
IIT_QUAD = (
    "https://www.iitianacademy.com/"
    "ibdp-maths-aa-topic-sl-2-6-the-quadratic-function-ib-style-questions-hl-paper-1/"
)
COSMIC = "ib.mycosmic.dev"
COSMIC_AT = "https://ib.mycosmic.dev/q/1028/"
MELA = "melakarnets.com"
MELA_AT = (
    "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F"
    "633473532%2Fanswer-key-for-worksheet-on-exponential-function"
)
PTOP = "ptop.only.wip.la"
PTOP_AT = "https://ptop.only.wip.la:443/https/www.scribd.com/document/819927495/Answer-of-Sequence-and-Series"
RAINY = "rainy.clevelandohioweatherforecast.com"
RAINY_AT = (
    "https://rainy.clevelandohioweatherforecast.com/php-proxy/index.php?q="
    "https%3A%2F%2Fwww.scribd.com%2Fdocument%2F789288911%2FIntegration-AI-HL-04-11-1"
)
IGS = "igsmaths.jeffwo.ng"
IGS_AT = "https://igsmaths.jeffwo.ng/y12-methods/exam-feedback-2024/"
TIS = "library.tis.today"
TIS_AT = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/40-dp-mathematics-sl/questions/6857.html"
)

CASES: list[dict[str, object]] = [
    # iitianacademy topic 6.2: f(x) = e^x cos x, f'(x) with its bracketed expanded form.
    _w(
        IIT,
        IIT_PROD,
        r"{{\rm{e}}^x} \times ( – \sin x) + \cos x \times {{\rm{e}}^x}",
        r"{{\rm{e}}^x}\cos x – {{\rm{e}}^x}\sin x",
        True,
        "Q1: f'(x) = e^x(-sin x) + cos x e^x (= e^x cos x - e^x sin x) A1A1",
    ),
    # iitianacademy topic 2.1: inverse of f(x) = ln(x + 5) + ln 2.
    _w(
        IIT,
        IIT_INV,
        r"\frac{{{{\rm{e}}^x} – 10}}{2}",
        r"{{\rm{e}}^{x – \ln 2}} – 5",
        True,
        "Q1(a): METHOD 1 answer f^{-1}(x) = (e^x - 10)/2 A1 N2; METHOD 2 answer e^{x - ln 2} - 5 A1 N2",
    ),
    _w(
        IIT,
        IIT_INV,
        r"\ln (2(x + 5))",
        r"\ln (2x + 10)",
        True,
        "Q1(a) METHOD 1 (A1) line: ln(x + 5) + ln 2 = ln(2(x + 5)) (= ln(2x + 10))",
    ),
    # iitianacademy SL 2.6: a in f(x) = a(x - 4)^2 + 2 through (0, 6).
    _w(
        IIT,
        IIT_QUAD,
        r"\frac{4}{{16}}",
        r"\frac{1}{4}",
        True,
        "part c: a = 4/16 (= 1/4) A1 N2",
    ),
    # ib.mycosmic.dev q/1028 (c): x-coordinate where the normal has the given gradient.
    _w(COSMIC, COSMIC_AT, r"2", r"x = 2", True, "part c: '(x =) 2 (A1) (C3)'; 'x =' optional"),
    _w(
        COSMIC,
        COSMIC_AT,
        r"2",
        r"(2, 4)",
        False,
        "part c: '(x =) 2 (A1) (C3) Note: Do not accept (2, 4).'",
    ),
    # melakarnets / scribd 633473532: IB SL exponential worksheet answer key.
    _w(
        MELA,
        MELA_AT,
        r"30 minutes",
        r"31 minutes",
        False,
        "Q1: t = ln 2/ln 1.023 = 30.48..., '30 minutes (nearest minute) ... Do not accept 31 minutes'",
    ),
    _w(
        MELA,
        MELA_AT,
        r"1999",
        r"2000",
        False,
        "Q8(a)(ii): '1999 (accept 6th year or n = 6) ... Note: Award (A0) for 2000'",
    ),
    _w(
        MELA,
        MELA_AT,
        r"1 536 101",
        r"1 540 000",
        True,
        "Q8(b)(i): '1 200 000(1.025)10 = 1 536 101 (accept 1 540 000 or 1.54(million))'",
    ),
    _w(
        MELA,
        MELA_AT,
        r"1 536 101",
        r"1.54 million",
        True,
        "Q8(b)(i): 'accept ... 1.54(million)' (brackets around the word dropped)",
    ),
    # ptop / scribd 819927495: IB SL sequences and series answers.
    _w(PTOP, PTOP_AT, r"3355", r"3360", True, "S55 = 3355 (accept 3360) A1 N3"),
    _w(
        PTOP,
        PTOP_AT,
        r"30.2",
        r"30.233088",
        True,
        "10th term: 'u10 = 30.2 (accept the exact value 30.233088) A1 N2'",
    ),
    # rainy / scribd 789288911: IB AI HL integration markscheme.
    _w(
        RAINY,
        RAINY_AT,
        r"4 ln |2x + 3| + c",
        r"4 ln |x + 1. 5| + c",
        True,
        "'4 ln |2x + 3| + c OR 4 ln |x + 1. 5| + c A1A1' (antiderivatives differing by a constant)",
    ),
    # igsmaths: VCE Methods 2024 assessors' feedback on the vinculum.
    _w(
        IGS,
        IGS_AT,
        r"\frac{1}{x+2}",
        r"\frac{1}{x}+2",
        False,
        "Top 10 item 1: 'Vinculum too — 1/x + 2 is not the same as 1/(x+2)'",
    ),
    # library.tis.today 6857: kinematics from a velocity graph, bracketed optional units.
    _w(
        TIS,
        TIS_AT,
        r"4",
        r"4{\text{ m}}{{\text{s}}^{ - 1}}",
        True,
        "part a: velocity '4 (m s^-1) A1 N1' (bracketed unit optional)",
    ),
    _w(
        TIS,
        TIS_AT,
        r"2",
        r"2 {\text{m}}{{\text{s}}^{ - 2}}",
        True,
        "part b: 'a = 2 (m s^-2) A1 N1' (bracketed unit optional)",
    ),
    _w(
        TIS,
        TIS_AT,
        r"18",
        r"18 m",
        True,
        "part c: 'distance 18 (m) A1 N2' (bracketed unit optional)",
    ),
]

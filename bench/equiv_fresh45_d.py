r"""A forty-fifth fresh set of answer-equivalence cases (evaluation only; helper "d": marking guidance
published as web pages (mark schemes, answer keys of maths competitions, scoring guides) whose text
lists, for a question's final answer, the forms to accept and the forms to refuse).

Cases are transcribed from web pages (the ``pages`` corpus of the search tool), not repositories;
none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
/work/wt/fresh44_claims and /work/wt/fresh45_claims; no earlier set cites these domains or pages).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``). ``repo`` is the domain
of the stored copy and ``where`` is the page's full URL (no commit). Every source is a web page
with no licence file. Do not tune the judge on these cases.

How the pages were read. Only what the stored copy shows was used (the copy is the page's opening
text as the search tool returns it). Where a key lists several forms of one answer ("4/36 or 2/18
or 1/9", "1/5 or 4/20 or .2 or 20%"), gold is the form the key lists first and every other listed
form is an expected=True case; a form the key refuses outright is an expected=False case. Strings
are copied as the page prints them (units, "hrs.", thousands commas, leading dots kept). Readings,
each also noted in ``why``: in the Cambridge mark schemes a bracket marks digits that may be left
off, so "7.5(0)" is 7.5 or 7.50 and "19.7 or 19.6(58)" has the value 19.658... (gold is written
``19.658``); on the Cambridge Checkpoint 2011 page the general rules give only the accepted form
(".675" under "omission of leading zero", "0,638" under "comma as a decimal point", "0.7000" and
"3.00 m; 5.000 kg" under "trailing zeros", "$9.00" beside "$9"), and gold is that example with the
rule's change undone (0.675, 0.638, 0.7, 3 m, 5 kg); the same page's unit table names the answer
"1.85 m" and lists the accepted conversions and, for "Give your answer in metres", the refused
"185", "1850" and "185 m".

Sources (domain, URL, what it asserts; all "web page, no licence file"):

- cmath2.com ``/NAEP_TIMSS_Samples/4th NAEP Math SR.htm`` (NAEP released item, scoring guide:
  "Solution: 2 1/2 inches OR 2 1/2\" OR 2 1/2 in OR 2 1/2 OR 2.5 OR 10/4"). 5 cases. The page's
  8th-grade twin (``8th NAEP Math SR.htm``) repeats the same item and was not used twice.
- studylib.net ``/doc/27446248/2011-s8p2-answers`` (Cambridge Checkpoint Mathematics Stage 8
  2011 paper 2 mark scheme, general guidance tables on decimals, units and money). 16 cases.
- studylib.net ``/doc/27246296/...`` (Cambridge Lower Secondary Checkpoint Mathematics 1112/01
  April 2020 mark scheme: "19.7 or 19.6(58)"; accept 19.6, 19.66, 19.65; do not accept 19.68).
  5 cases.
- arithmetika.com ``/Anon/Mathematics/AlgebraMarking.aspx`` (a marking system's page: for
  "Factorise x^2 + 16x + 63" the answers (x+7)(x+9), (x+9)(x+7), (7+x)(x+9) are "all equally
  correct"). 2 cases.
- de.scribd.com ``/document/431014171/Revision-Guide-Mark-Scheme-Sample-Paper-1-Core`` (IGCSE
  0580 core sample paper mark scheme: "18:11 or 6:11pm"). 1 case.
- studylib.net ``/doc/12767768/www.xtremepapers.com`` (Cambridge IGCSE 0580/01 specimen mark
  scheme for 2015: "7.5(0) cao"). 1 case.
- home.avvanta.com ``/~math/mesa/highline2000/answers1.htm`` and
  ``/~math/mesa/highline1998/answers12.htm`` (MESA / Highline "Math Olympiad" answer sheets).
  8 cases.
- home.avvanta.com ``/~math/wsmc/9878s2ans.html``, home.blarg.net ``/~math/wsmc/9756s2ans.html``,
  ``/~math/wsmc/2000/Answers_56.htm`` and ``/~math/wsmc/2000/Answers_78.htm`` (Washington State
  Mathematics Council Middle School Math Olympiad answer keys, 1997, 1998 and 2000). 35 cases.

Left out, by rule: partial credit with no full-marks verdict (MESA 1998 "1/6 (3 pts for 6/36)",
"7/26 (3 pts for 14/52)", "11/4165 (3 pts for 17,160/6,497,400)", "3 prime factors (3 pts for 2,
3, and 5)"; MESA 2000 "$182.21 (subtract 1 point for $182.20)"; WSMC 2000 "20% (2 points for
19.722%)", "400% or 4 times (Give 2 points for 4.)" (only the 2-point "4" is left out), "Give 2
points if 4 #'s are given instead of mean", "Give 2 pts. for mean=84, mode=81"; the IGCSE sample's
B1 for 4(2x^2y - 3xz) against 4x(2xy - 3z)); refusals that are only about format when the value is
the same (Checkpoint 2011: "1.85" without a unit and "1 m 85 cm" / "185 cm" when the question asks
for metres, "$09 or $09.00"; MESA 2000 "Fraction which is not reduced is wrong"); tolerance ranges
("any number between 18.84 ft and 18.8496 ft", "2.4 - 2.6 inclusive" and the like); answers that
rest on the question's wording rather than the value (WSMC 2000 "22.5 or 22", "123.6 (if used pi
button) or 123.8 (if used 3.14 for pi)"; the IGCSE specimen's "15 ... Allow -15"; WSMC 1998 ".27
or .278 or .28", different roundings of 10/36 compared with each other); word answers ("reflect,
translate, rotate (in that order) (or reflect, slide, rotate ...)", "The 14 inch, $7, or
smaller", "8 oz, $1.45 or the larger one", "25 (or H = 2 and E = 5)"); lists of several answers
("(5 x 3 x 2), (5 x 6 x 1) ..."); and a repeated pair (WSMC 1998 "3/55 or 6/110" appears for two
grades; used once).

Lost formulas, skipped and never rebuilt: superscripts flattened into the line ("9 yd2 or 9 sq.
yd.", "105 cm3 or 105 cu. cm.", "M2 - (M - 2)2", "13.5 sq. in. or in.2" (only the "sq. in." form
is used)), degree signs printed as a letter o ("120o or 120 degrees", "22.5o or 22 1/2o",
"240o clockwise or 120ocounterclockwise"), a lost pi or root ("6 p ft.", "4 Ö3 m2"), WSMC 2000
"8 cups or 8 cups" (the two forms print alike: a fraction was lost), WSMC 1998 "C2 or 1 or
"undefined"" and "(b) or -1 or equivalent", and the Checkpoint 2011 unit table's "1850 cm" (the
flattened table does not show whether it sits in the accepted or the refused column).

Examined and not used: zanotowane.pl teacher mark schemes, KS2 / KS3 mark-scheme booklets
(scribd, doczz, fdocuments, studylib: fractions set as two lines, recurring dots lost, or the
stored copy stops before the first question); 9lib IB markschemes, pdfslide Edexcel 1MA1 and
docsity IB markscheme (only the general instructions are stored); HSC marking guidelines
(pdfslide, duportal: sample answers with no accepted or refused forms, formulas garbled); CBSE
marking schemes (jagranjosh, edurev: multiple-choice keys); mathcountscentral, maueroats NSML,
ICTM "Valid Answers" and mandelbrot.org (form rules only, or claimed in fresh44); the MdCenter
Checkpoint specimen (only tolerance ranges); mathematicalcrap.com VCE exam discussions (no
accepted forms quoted); an AAT forum thread on 2/3 against 66.67% (accounting, not a maths key);
LLM-written answer pages (tuitiongowhere, gaviki, hotelsabruzzo, newblackstudios).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_NAEP = "cmath2.com"

R_NAEP_AT = "http://cmath2.com/NAEP_TIMSS_Samples/4th%20NAEP%20Math%20SR.htm"

R_SL = "studylib.net"

R_CP11_AT = "https://studylib.net/doc/27446248/2011-s8p2-answers"

R_CP20_AT = (
    "https://studylib.net/doc/27246296/cambridge-secondary-checkpoint---mathematics--1112--april..."
)

R_IG_SPEC_AT = "https://studylib.net/doc/12767768/www.xtremepapers.com"

R_AK = "arithmetika.com"

R_AK_AT = "https://arithmetika.com/Anon/Mathematics/AlgebraMarking.aspx"

R_SCR = "de.scribd.com"

R_SCR_AT = "https://de.scribd.com/document/431014171/Revision-Guide-Mark-Scheme-Sample-Paper-1-Core"

R_AV = "home.avvanta.com"

R_MESA00_AT = "http://home.avvanta.com/~math/mesa/highline2000/answers1.htm"

R_MESA98_AT = "http://home.avvanta.com/~math/mesa/highline1998/answers12.htm"

R_WS98_AT = "http://home.avvanta.com/~math/wsmc/9878s2ans.html"

R_BL = "home.blarg.net"

R_WS97_AT = "http://home.blarg.net/~math/wsmc/9756s2ans.html"

R_WS00A_AT = "http://home.blarg.net/~math/wsmc/2000/Answers_56.htm"

R_WS00B_AT = "http://home.blarg.net/~math/wsmc/2000/Answers_78.htm"

CASES = [
    # NAEP grade 4 released item (toothpick length), scoring guide "Solution: ... OR ..."
    _c(
        R_NAEP,
        R_NAEP_AT,
        gold=r"2 1/2 inches",
        pred=r'2 1/2"',
        wrap=True,
        expected=True,
        why='toothpick item: 2 1/2 inches OR 2 1/2"',
    ),
    _c(
        R_NAEP,
        R_NAEP_AT,
        gold=r"2 1/2 inches",
        pred=r"2 1/2 in",
        wrap=True,
        expected=True,
        why="toothpick item: OR 2 1/2 in",
    ),
    _c(
        R_NAEP,
        R_NAEP_AT,
        gold=r"2 1/2 inches",
        pred=r"2 1/2",
        wrap=True,
        expected=True,
        why="toothpick item: OR 2 1/2",
    ),
    _c(
        R_NAEP,
        R_NAEP_AT,
        gold=r"2 1/2 inches",
        pred=r"2.5",
        wrap=True,
        expected=True,
        why="toothpick item: OR 2.5",
    ),
    _c(
        R_NAEP,
        R_NAEP_AT,
        gold=r"2 1/2 inches",
        pred=r"10/4",
        wrap=True,
        expected=True,
        why="toothpick item: OR 10/4",
    ),
    # Cambridge Checkpoint Stage 8 2011 paper 2, general guidance: decimals
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"0.675",
        pred=r".675",
        wrap=True,
        expected=True,
        why="'Accept omission of leading zero ... e.g. .675' (gold: the example with the zero)",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"0.7",
        pred=r"0.7000",
        wrap=True,
        expected=True,
        why="'Accept tailing zeros ... e.g. 0.7000' (gold: the example without the zeros)",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"3 m",
        pred=r"3.00 m",
        wrap=True,
        expected=True,
        why="'Always accept appropriate tailing zeros, e.g. 3.00 m' (gold without the zeros)",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"5 kg",
        pred=r"5.000 kg",
        wrap=True,
        expected=True,
        why="'Always accept appropriate tailing zeros, e.g. ... 5.000 kg' (gold without zeros)",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"0.638",
        pred=r"0,638",
        wrap=True,
        expected=True,
        why="'Accept a comma as a decimal point ... e.g. 0,638' (gold with a decimal point)",
    ),
    # ... units: answer 1.85 m, no unit on the answer line: correct conversions accepted
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"1 m 85 cm",
        wrap=True,
        expected=True,
        why="units table, no unit on answer line: also accept correct conversions, 1 m 85 cm",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"185 cm",
        wrap=True,
        expected=True,
        why="units table, no unit on answer line: also accept 185 cm",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"1850 mm",
        wrap=True,
        expected=True,
        why="units table, no unit on answer line: also accept 1850 mm",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"0.00185 km",
        wrap=True,
        expected=True,
        why="units table, no unit on answer line: also accept 0.00185 km",
    ),
    # ... units: "Give your answer in metres"
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"1.85",
        wrap=True,
        expected=True,
        why="units table, question states metres: also accept 1.85",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"185",
        wrap=True,
        expected=False,
        why="units table, question states metres: do not accept 185",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"1850",
        wrap=True,
        expected=False,
        why="units table, question states metres: do not accept 1850",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"1.85 m",
        pred=r"185 m",
        wrap=True,
        expected=False,
        why="units table: do not accept 185 m (printed after the metres row's refusals)",
    ),
    # ... money
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"$9",
        pred=r"$9.00",
        wrap=True,
        expected=True,
        why="money table: accept '$9 or $9.00'",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"$0.30",
        pred=r"30 cents",
        wrap=True,
        expected=True,
        why="money table, no units on answer line: any unambiguous indication, e.g. 30 cents",
    ),
    _c(
        R_SL,
        R_CP11_AT,
        gold=r"$0.30",
        pred=r"30 c",
        wrap=True,
        expected=True,
        why="money table, no units on answer line: e.g. ... 30 c",
    ),
    # Cambridge Lower Secondary Checkpoint 1112/01 April 2020, brackets in the mark scheme
    _c(
        R_SL,
        R_CP20_AT,
        gold=r"19.658",
        pred=r"19.7",
        wrap=True,
        expected=True,
        why="'19.7 or 19.6(58)' (gold: the bracketed value read whole): 19.7 listed",
    ),
    _c(
        R_SL,
        R_CP20_AT,
        gold=r"19.658",
        pred=r"19.6",
        wrap=True,
        expected=True,
        why="'19.6 is an acceptable truncated answer'",
    ),
    _c(
        R_SL,
        R_CP20_AT,
        gold=r"19.658",
        pred=r"19.66",
        wrap=True,
        expected=True,
        why="accept any correct rounding of the numbers in the brackets, e.g. 19.66",
    ),
    _c(
        R_SL,
        R_CP20_AT,
        gold=r"19.658",
        pred=r"19.65",
        wrap=True,
        expected=True,
        why="accept truncations beyond the brackets, e.g. 19.65",
    ),
    _c(
        R_SL,
        R_CP20_AT,
        gold=r"19.658",
        pred=r"19.68",
        wrap=True,
        expected=False,
        why="do not accept 19.68 (bracketed digits, if present, must be correct)",
    ),
    # arithmetika marking page: factorise x^2 + 16x + 63
    _c(
        R_AK,
        R_AK_AT,
        gold=r"(x+7)(x+9)",
        pred=r"(x+9)(x+7)",
        wrap=True,
        expected=True,
        why="factorise x^2+16x+63: answers 'all equally correct'",
    ),
    _c(
        R_AK,
        R_AK_AT,
        gold=r"(x+7)(x+9)",
        pred=r"(7+x)(x+9)",
        wrap=True,
        expected=True,
        why="factorise x^2+16x+63: answers 'all equally correct'",
    ),
    # IGCSE 0580 core sample paper mark scheme
    _c(
        R_SCR,
        R_SCR_AT,
        gold=r"18:11",
        pred=r"6:11pm",
        wrap=True,
        expected=True,
        why="Q11(c): '18:11 or 6:11pm'",
    ),
    # IGCSE 0580/01 specimen mark scheme (2015)
    _c(
        R_SL,
        R_IG_SPEC_AT,
        gold=r"7.5",
        pred=r"7.50",
        wrap=True,
        expected=True,
        why="Q6: '7.5(0) cao' (bracketed digit may be given)",
    ),
    # MESA / Highline First Year Math Olympiad 2000 answer sheet
    _c(
        R_AV,
        R_MESA00_AT,
        gold=r"$4.80",
        pred=r"480 cents",
        wrap=True,
        expected=True,
        why="Measurement 4: '$4.80 or 480 cents'",
    ),
    _c(
        R_AV,
        R_MESA00_AT,
        gold=r"4/36",
        pred=r"2/18",
        wrap=True,
        expected=True,
        why="Probability and Statistics 1: '4/36 or 2/18 or 1/9'",
    ),
    _c(
        R_AV,
        R_MESA00_AT,
        gold=r"4/36",
        pred=r"1/9",
        wrap=True,
        expected=True,
        why="Probability and Statistics 1: '4/36 or 2/18 or 1/9'",
    ),
    _c(
        R_AV,
        R_MESA00_AT,
        gold=r"11/221",
        pred=r"132/2652",
        wrap=True,
        expected=True,
        why="Probability and Statistics 2: '11/221 or 132/2652'",
    ),
    _c(
        R_AV,
        R_MESA00_AT,
        gold=r"1/6",
        pred=r"2/12",
        wrap=True,
        expected=True,
        why="Probability and Statistics 3: '1/6 or 2/12'",
    ),
]

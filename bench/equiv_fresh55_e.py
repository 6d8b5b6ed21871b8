r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "e": number
representations -- scientific notation, numbers in other bases and programming-literal prefixes,
Roman numerals, recurring decimals against fractions, rounding and significant figures -- where an
answer key, worksheet key, mark scheme, teacher or answerer on a public web page says two forms
agree, or that one of them is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or page id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh54_claims; each page was claimed in /work/wt/fresh55_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page equates with it, or a form the page refuses; always a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Which side is gold: the answer the key prints is the gold and the form given in the question the
prediction (for "write 786 in Roman numerals", gold ``DCCLXXXVI``, pred ``786``); for "choose /
tick the correct numeral" items and for keyed multiple-choice items the question's number (or the
keyed option) is the gold and every printed option a prediction, True for the keyed one and False
for the others (option values are transcribed, never option letters).

Transcription: strings are copied as the stored excerpt shows them, spacing included (tutorvista
writes ``8 × 10 ^{7}`` and ``3.139 x 10 ^{8}``; tpub writes ``4.4 x 10^{5}`` and ``440,000``).
The only change: math-only-math.com wraps each LaTeX fragment of its recurring decimals in ``$$``
(``4.1$$\dot{2}$$$$\dot{5}$$``, ``-$$\frac{61}{30}$$``); the delimiters were dropped and the
fragments joined (``4.1\dot{2}\dot{5}``, ``-\frac{61}{30}``), nothing else was altered.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- newbe.dev "Is 1 divided by 3 equal to 0.333...?" (a math.stackexchange copy; the answerers:
  "$1/3=0.3333...$", "$0.3333...=\frac{1}{3}$", the geometric series sums to $\frac{1}{3}$,
  "$0.111\ldots=1/9$", "$0.111\dots$ is $0.\overline{1}$", "$0.333\ldots=0.\overline{3}$",
  "$0.\overline{3}=3/9=1/3$", "$9\times0.\overline{3}=3.\overline{0}=3$",
  "$9\times0.111\ldots=1.000\ldots=1$"). 10 cases.
- library.tis.today IB questionbank 17M.1.SL.TZ2.T_1 markscheme (part a: "44664.59503 ...
  Accept 44664.5950301"). 1 case.
- wiki.weaverden.uk physics.stackexchange 184988 "Number of significant figures" (1500 counted
  exactly "one would write ... as $1.500\times 10^3$", an estimate "as $1.5\times 10^3$"). 2 cases.
- worksheets.tutorvista.com scientific notation worksheets, page 12, items 121-126 (keyed
  multiple choice: "Correct answer : (4)" etc.). 21 cases (15 False: the unkeyed options).
- www.scribd.com 672852156 (Cambridge 9709/51 May/June 2022 mark scheme, 6(b): "0.3744 A1 WWW.
  Condone 0.374"). 1 case.
- www.math-only-math.com, three worksheets with printed answer keys: "Worksheet on Recurring
  Decimals as Rational Numbers" (8 cases), "Worksheet on Roman Numeration" (Q1-Q3; 16 cases, 3
  False) and "Worksheet on Roman Numerals" (Q1-Q4, Q7; 35 cases, 14 False). 59 cases in all.
- thechemistrygeek.weebly.com "Significant Figures Answer Key" (0.03542210 to three significant
  figures "becomes 0.0354. Note that three significant figures is not the same as three decimal
  places, which would give us 0.035"). 1 case (False).
- nuclearpowertraining.tpub.com DOE Fundamentals Handbook MA-01, pages 67 and 69 (worked
  examples: "440,000 = 4.4 x 10^{5}", "0.0000247 = 2.47 x 10^{-5}", "34.2 = 3.42 x 10^{1}",
  "29,900,000,000 = 2.99 x 10^{10}", "0.000549 = 5.49 x 10^{-4}"). 5 cases.
- www.dcs.warwick.ac.uk EDEN guide "Integer" ("0xAB valid (= 171 decimal)", "0x1f valid (= 31
  decimal)"). 2 cases.
- computersirkiclass.com codesheet "Integer literals decimal, octal, hexadecimal, binary" (65 is
  "41 in hex ... written as 0x41" and "01000001 in binary ... 0b01000001"; "0x41 and 0X41 are
  same", "0b01000001 and 0B01000001 are same"). 4 cases.
- issuhub.com 210490 page 22 (an AP Calculus review book: for the largest k the unrounded 0.1239...
  "0.124 is too large ... The rounded answer must be 0.123"; for the smallest k "the rounding must
  be up, to 0.124"). 2 cases (both False).

Left out, by rule: math-only-math Roman-numeral items whose overbars were lost in the stored text
(70000 "LXX", 10531 "XDXXXI", "XXDXIV" = 20514); the Roman Numerals key's Q2(f) "XXVII" = "28" (a
slip in the key: XXVII is 27; no verdict on it is taken); the "<, =, >" comparison items, the
arithmetic-in-Roman-numerals items and the ordering items (no pair of forms of one answer); exact
duplicate pairs across the two Roman-numeral worksheets (kept once: (11, XI), (14, XIV), (29,
XXIX), (24, XXIV), (19, XIX)); tutorvista's question expressions "(7.3 × 10^{3}) (4.3 × 10^{4})"
etc. (expressions to evaluate, not answer forms); the IB part b.ii "Accept any equivalent notation
... 447 × 10 2 or 44.7 × 10 3" and part c "Award (A0)(A0) for answers such as 44.7 × 10 3" (the
exponents were flattened to "10 2", "10 3" in the stored text, and part c is a standard-form format
policy); the Cambridge "SC B1 for 0.3744 only" and "0.3205 < p ⩽ 0.321" lines (partial credit /
the fraction alternative is garbled); the Warwick "0456 (= 302 decimal)" and "018 (= 020 octal = 16
decimal)" and computersirkiclass's octal literal "0101" (programming conventions for a leading zero
that clash with the ordinary reading of 0456 or 0101, and EDEN's own 8 and 9 octal digits); the
physics.stackexchange precision remarks (how many figures are significant, not which value).

Lost or garbled formulas, skipped and never rebuilt: scribd "Standard-Form-H-MS" AQA mark scheme
("2.6 × 103 or 3 × 103", "6.2 × 10–6"), slideplayer 3429462 ("3.24 x 10 5 = 3.24E5"),
bestchoice.net.nz ("1.2 × 103"), onlinemath4all and coursehero worksheets, issuhub Bird's
Engineering Mathematics ("43. 645 × 103"), winthrop.edu programmed lessons ("0.112" for 0.11 base
2), alumniagri.in ("(1101)2 = (13)10").

Examined and not used: soulshift.co.in, askanewquestion.com, leyaa.ai, aspirant.academy,
quizgecko, gauthmath, mathix.co, mathgpt.today, solvely.ai, vaia, edu.com, curioustab,
questionai, gaviki (machine-written answers); learn.padho.ai, phys141.pages.dev, livephysics.com,
bell.study, codinginacoffeeshop.com, brighterly.com, htuse.com, csvidyalaya.com (generated or
error-ridden worksheets: csvidyalaya gives octal 22F-hex as 1077 and "octal 804"); mathcelebrity,
decimal.info, calculator.name, getromannumerals, cuemath, brightchamps, orchidsinternationalschool,
integers.co, mathscore.com (calculator or template output, not a person's verdict);
tutorialhaven.com.ng (its key "A" contradicts its own explanation "C"); homeworksource 1148357 (a
solver's answers with errors and no checking); answers.com / math.answers.com Roman-numeral threads
and boards.straightdope.com 44018 (contributors contradict each other on IMM / MIM / IL);
proprofs quizzes (options not in the stored text, or machine-style explanations); huggingface.co
Nemotron-CC-Math pages (rewritten dataset pages); lampz.tugraz.at E-notation page,
web.pa.msu.edu capahelp and www.apologia.com FAQ 23 (used by earlier sets); socratic and jiskha
pages (sites to avoid); helpteaching.com Roman numerals key (the keyed options are not marked in the
stored text); math-only-math "Worksheet on Significant Figures" (its key gives only the rounded
value, no second form of an answer).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NB = "newbe.dev"
NB_URL = "https://newbe.dev/is-1-divided-by-3-equal-to-0-333"

IB = "library.tis.today"
IB_URL = (
    "https://library.tis.today/QuestionBanks/v5/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/50-dp-mathematics-analysis-and-approaches/questions/463308.html"
)

WD = "wiki.weaverden.uk"
WD_URL = (
    "https://wiki.weaverden.uk/content/physics.stackexchange.com_en_all_2025-07/questions/"
    "184988/number-of-significant-figures"
)

TV = "worksheets.tutorvista.com"
TV_URL = "https://worksheets.tutorvista.com/scientific-notation-worksheets.html?page=12"

SC = "www.scribd.com"
SC_URL = "https://www.scribd.com/document/672852156/02A-Basic-Probability-Answers"

MOM = "www.math-only-math.com"
MOM_REC = "https://www.math-only-math.com/worksheet-on-recurring-decimals-as-rational-numbers.html"
MOM_RN1 = "https://www.math-only-math.com/worksheet-on-roman-numeration.html"
MOM_RN2 = "http://www.math-only-math.com/worksheet-on-roman-numerals.html"

CG = "thechemistrygeek.weebly.com"
CG_URL = "http://thechemistrygeek.weebly.com/significant-figures-answer-key.html"

TP = "nuclearpowertraining.tpub.com"
TP_67 = "http://nuclearpowertraining.tpub.com/h1014v1/css/Scientific-Notation-87.htm"
TP_69 = (
    "http://nuclearpowertraining.tpub.com/h1014v1/css/"
    "Converting-Scientific-Notation-To-Integers-89.htm"
)

WW = "www.dcs.warwick.ac.uk"
WW_URL = "https://www.dcs.warwick.ac.uk/oldmodelling/other/eden/guide/data/integer.html"

CK = "computersirkiclass.com"
CK_URL = (
    "http://computersirkiclass.com/?codesheet=integer-literals-decimal-octal-hexadecimal-binary"
)

IH = "issuhub.com"
IH_URL = "https://issuhub.com/view/index?id=210490&pageIndex=22"


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    return [_w(repo, where, g, p, ok, why) for g, p, ok, why in rows]


# newbe.dev: answers to "Is 1 divided by 3 equal to 0.333...?".
_NB = [
    (r"1/3", r"0.3333...", True, "answer 1: '$1/3=0.3333...$'"),
    (r"\frac{1}{3}", r"0.3333...", True, "answer 1: 'it means that $0.3333...=\\frac{1}{3}$'"),
    (
        r"\frac{1}{3}",
        r"\frac{3}{10} + \frac{3}{100} + \frac{3}{1000} + \cdots",
        True,
        "answer 2: the geometric series sums to \\frac{1}{3}",
    ),
    (r"1/9", r"0.111\ldots", True, "answer 3: '$0.111\\ldots=1/9$'"),
    (
        r"0.\overline{1}",
        r"0.111\dots",
        True,
        "answer 3: 'a more precise way of writing ... $0.111\\dots$ is $0.\\overline{1}$'",
    ),
    (r"0.\overline{3}", r"0.333\ldots", True, "answer 3: '$0.333\\ldots=0.\\overline{3}$'"),
    (r"1/3", r"0.\overline{3}", True, "answer 3: '$0.\\overline{3}=3/9=1/3$'"),
    (r"3/9", r"0.\overline{3}", True, "answer 3: '$0.\\overline{3}=3/9=1/3$'"),
    (r"3", r"3.\overline{0}", True, "answer 3: '$9\\times0.\\overline{3}=3.\\overline{0}=3$'"),
    (r"1", r"1.000\ldots", True, "answer 3: '$9\\times0.111\\ldots=1.000\\ldots=1$'"),
]

# tutorvista page 12, keyed multiple choice; gold = the keyed option (or the item's number).
_TV = [
    # 121. Identify 5.849 × 10^{6} in standard form. Correct answer : (4)
    (r"5849000", r"5.849 × 10^{6}", True, "item 121: the number to convert vs keyed option d"),
    (r"5849000", r"5849", False, "item 121: option a (keyed d)"),
    (r"5849000", r"584900", False, "item 121: option b (keyed d)"),
    (r"5849000", r"58490", False, "item 121: option c (keyed d)"),
    # 122. Write 5.4 × 10^{-5} in standard form. Correct answer : (2)
    (r"0.000054", r"5.4 × 10^{-5}", True, "item 122: the number to convert vs keyed option b"),
    (r"0.000054", r"0.00054", False, "item 122: option a (keyed b)"),
    (r"0.000054", r"0.0054", False, "item 122: option c (keyed b)"),
    (r"0.000054", r"54000.0", False, "item 122: option d (keyed b)"),
    # 123. Express 80000000 in scientific notation. Correct answer : (2)
    (r"8 × 10 ^{7}", r"80000000", True, "item 123: keyed option b vs the number to convert"),
    (r"8 × 10 ^{7}", r"8 × 10 ^{8}", False, "item 123: option a (keyed b)"),
    (r"8 × 10 ^{7}", r"8", False, "item 123: option c (keyed b)"),
    (r"8 × 10 ^{7}", r"8 × 10 ^{6}", False, "item 123: option d (keyed b)"),
    # 124. (7.3 × 10^{3}) (4.3 × 10^{4}) in scientific notation. Correct answer : (4)
    (r"3.139 x 10 ^{8}", r"3.139 x 10 ^{6}", False, "item 124: option a (keyed d)"),
    (r"3.139 x 10 ^{8}", r"3.139", False, "item 124: option b (keyed d)"),
    (r"3.139 x 10 ^{8}", r"3.139 x 10 ^{7}", False, "item 124: option c (keyed d)"),
    # 125. (5.9 × 10^{7}) (6.5 × 10^{-5}) in scientific notation. Correct answer : (2)
    (r"3.835 x 10 ^{3}", r"3.835", False, "item 125: option a (keyed b)"),
    (r"3.835 x 10 ^{3}", r"3.835 x 10 ^{-3}", False, "item 125: option c (keyed b)"),
    (r"3.835 x 10 ^{3}", r"3.835 x 10 ^{2}", False, "item 125: option d (keyed b)"),
    # 126. (0.34 × 10^{4}) / (3.4 × 10^{-4}) in scientific notation. Correct answer : (4)
    (r"1.0 x 10 ^{7}", r"1.0 x 10 ^{8}", False, "item 126: option a (keyed d)"),
    (r"1.0 x 10 ^{7}", r"1.0 x 10 ^{-7}", False, "item 126: option b (keyed d)"),
    (r"1.0 x 10 ^{7}", r"-1.0 x 10 ^{7}", False, "item 126: option c (keyed d)"),
]

# math-only-math, recurring decimals as rational numbers (question vs printed answer).
_MOM_REC = [
    (r"\frac{2042}{495}", r"4.1\dot{2}\dot{5}", True, "1 (i)"),
    (r"-\frac{61}{30}", r"-2.0\dot{3}", True, "1 (ii)"),
    (r"\frac{3371}{333}", r"10.\dot{1}2\dot{3}", True, "1 (iii)"),
    (r"\frac{778}{1665}", r"0.4\dot{6}7\dot{2}", True, "1 (iv)"),
    (r"\frac{4}{9}", r"0.\dot{4}", True, "2 (i)"),
    (r"\frac{1}{6}", r"0.1\dot{6}", True, "2 (ii)"),
    (r"\frac{5}{33}", r"0.\bar{15}", True, "2 (iii)"),
    (r"\frac{368}{495}", r"0.7\bar{43}", True, "2 (iv)"),
]

# math-only-math, Worksheet on Roman Numeration.
_MOM_RN1 = [
    # 1. Represent the following numbers in Roman Numerals (gold = printed answer).
    ("DCCLXXXVI", "786", True, "1 (i)"),
    ("DVI", "506", True, "1 (ii)"),
    ("MCXXIII", "1123", True, "1 (iii)"),
    ("LXXXIX", "89", True, "1 (vi)"),
    ("XLVII", "47", True, "1 (vii)"),
    ("XCVIII", "98", True, "1 (viii)"),
    # 2. Express the following Roman numerals in Hindu-Arabic numerals.
    ("19", "XIX", True, "2 (i)"),
    ("59", "LIX", True, "2 (ii)"),
    ("413", "CDXIII", True, "2 (iii)"),
    ("2846", "MMDCCCXLVI", True, "2 (v)"),
    # 3. Choose the correct numeral from the given pairs (answers IV, CDIII, XXIV).
    ("4", "IV", True, "3 (i) '4 = III, IV': answer IV"),
    ("4", "III", False, "3 (i) '4 = III, IV': answer IV"),
    ("403", "CDIII", True, "3 (ii) '403 = CCCCIII, CDIII': answer CDIII"),
    ("403", "CCCCIII", False, "3 (ii) '403 = CCCCIII, CDIII': answer CDIII (C four times refused)"),
    ("24", "XXIV", True, "3 (iii) '24 = IXXV, XXIV': answer XXIV"),
    ("24", "IXXV", False, "3 (iii) '24 = IXXV, XXIV': answer XXIV"),
]

# math-only-math, Worksheet on Roman Numerals.
_MOM_RN2 = [
    # 1. Write the Roman Numerals for the following numbers (gold = printed answer).
    ("VI", "6", True, "1 (a)"),
    ("XVII", "17", True, "1 (b)"),
    ("XXVIII", "28", True, "1 (c)"),
    ("XXIV", "24", True, "1 (d)"),
    ("XVIII", "18", True, "1 (e)"),
    ("XXII", "22", True, "1 (f)"),
    ("XXIX", "29", True, "1 (g)"),
    ("XXX", "30", True, "1 (h)"),
    # 2. Write the number for the following ((e) XIX-19 is a duplicate of the Roman Numeration
    # worksheet's 2 (i); (f) XXVII keyed "28" left out as a slip).
    ("7", "VII", True, "2 (a)"),
    ("9", "IX", True, "2 (b)"),
    ("11", "XI", True, "2 (c)"),
    ("14", "XIV", True, "2 (d)"),
    ("29", "XXIX", True, "2 (g)"),
    ("12", "XII", True, "2 (h)"),
    # 3. Match the Roman Numerals with the numbers ((g) XI-11 is a duplicate of 2 (c)).
    ("5", "V", True, "3 (a)"),
    ("13", "XIII", True, "3 (b)"),
    ("8", "VIII", True, "3 (c)"),
    ("20", "XX", True, "3 (d)"),
    ("22", "XXII", True, "3 (e)"),
    ("25", "XXV", True, "3 (f)"),
    # 4. Tick the correct Roman Numerals (keyed: XXIV, XVII, XIV, XXIX); the keyed (24, XXIV),
    # (14, XIV), (29, XXIX) pairs are duplicates kept once above.
    ("24", "XIV", False, "4 (a) 'XIV XXIV XV': answer XXIV"),
    ("24", "XV", False, "4 (a) 'XIV XXIV XV': answer XXIV"),
    ("17", "VII", False, "4 (b) 'VII XII XVII': answer XVII"),
    ("17", "XII", False, "4 (b) 'VII XII XVII': answer XVII"),
    ("17", "XVII", True, "4 (b) 'VII XII XVII': answer XVII"),
    ("14", "XVI", False, "4 (c) 'XIV XVI XV': answer XIV"),
    ("14", "XV", False, "4 (c) 'XIV XVI XV': answer XIV"),
    ("29", "XIX", False, "4 (d) 'XIX XX XXIX': answer XXIX"),
    ("29", "XX", False, "4 (d) 'XIX XX XXIX': answer XXIX"),
    # 7. "circle ... the incorrect Roman Numeral and write the correct numbers beside".
    ("15", "VVV", False, "7 (a) '15 = VVV' is the incorrect numeral"),
    ("24", "XXVI", False, "7 (b) '24 = XXVI' is the incorrect numeral"),
    ("8", "IIX", False, "7 (c) '8 = IIX' is the incorrect numeral"),
    ("19", "XVIIII", False, "7 (d) '19 = XVIIII' is the incorrect numeral"),
    ("25", "XXVX", False, "7 (e) '25 = XXVX' is the incorrect numeral"),
    ("17", "IIIXX", False, "7 (f) '17 = IIIXX' is the incorrect numeral"),
]

CASES = [
    *_rows(NB, NB_URL, _NB),
    # IB 17M.1.SL.TZ2.T_1 markscheme, part a: "44664.59503 ... Accept 44664.5950301."
    _w(IB, IB_URL, r"44664.59503", r"44664.5950301", True, "part a: 'Accept 44664.5950301'"),
    # physics.stackexchange 184988, first answer: 1500 in scientific notation.
    _w(
        WD,
        WD_URL,
        r"1500",
        r"1.500\times 10^3",
        True,
        "answer 1: counted exactly, 'one would write the former as $1.500\\times 10^3$'",
    ),
    _w(
        WD,
        WD_URL,
        r"1500",
        r"1.5\times 10^3",
        True,
        "answer 1: an estimate, 'the latter as $1.5\\times 10^3$'",
    ),
    *_rows(TV, TV_URL, _TV),
    # Cambridge 9709/51 June 2022, 6(b): "0.3744 A1 WWW. Condone 0.374."
    _w(SC, SC_URL, r"0.3744", r"0.374", True, "9709/51 6(b): 'Condone 0.374'"),
    *_rows(MOM, MOM_REC, _MOM_REC),
    *_rows(MOM, MOM_RN1, _MOM_RN1),
    *_rows(MOM, MOM_RN2, _MOM_RN2),
    # thechemistrygeek: 0.03542210 to three significant figures.
    _w(
        CG,
        CG_URL,
        r"0.0354",
        r"0.035",
        False,
        "0.03542210 to 3 s.f. 'becomes 0.0354 ... not the same as three decimal places ... 0.035'",
    ),
    # DOE handbook MA-01 worked examples (gold = the scientific-notation answer).
    _w(
        TP,
        TP_67,
        r"2.99 x 10^{10}",
        r"29,900,000,000",
        True,
        "p.67: '29,900,000,000 = 2.99 x 10^{10}'",
    ),
    _w(TP, TP_67, r"5.49 x 10^{-4}", r"0.000549", True, "p.67: '0.000549 = 5.49 x 10^{-4}'"),
    _w(TP, TP_69, r"4.4 x 10^{5}", r"440,000", True, "p.69 example 1: '440,000 = 4.4 x 10^{5}'"),
    _w(
        TP,
        TP_69,
        r"2.47 x 10^{-5}",
        r"0.0000247",
        True,
        "p.69 example 2: '0.0000247 = 2.47 x 10^{-5}'",
    ),
    _w(TP, TP_69, r"3.42 x 10^{1}", r"34.2", True, "p.69 example 3: '34.2 = 3.42 x 10^{1}'"),
    # EDEN guide, hexadecimal integer constants.
    _w(WW, WW_URL, r"171", r"0xAB", True, "'0xAB valid (= 171 decimal)'"),
    _w(WW, WW_URL, r"31", r"0x1f", True, "'0x1f valid (= 31 decimal)'"),
    # computersirkiclass: the literals of decimal 65.
    _w(CK, CK_URL, r"65", r"0x41", True, "'hexadecimal form of decimal value 65 ... 0x41'"),
    _w(CK, CK_URL, r"65", r"0b01000001", True, "'binary form of decimal value 65 ... 0b01000001'"),
    _w(CK, CK_URL, r"0x41", r"0X41", True, "notes: '0x41 and 0X41 are same'"),
    _w(
        CK,
        CK_URL,
        r"0b01000001",
        r"0B01000001",
        True,
        "notes: '0b01000001 and 0B01000001 are same'",
    ),
    # AP review book: rounding the unrounded 0.1239... depends on the problem.
    _w(
        IH,
        IH_URL,
        r"0.123",
        r"0.124",
        False,
        "largest k: '0.124 is too large ... The rounded answer must be 0.123'",
    ),
    _w(
        IH,
        IH_URL,
        r"0.124",
        r"0.123",
        False,
        "smallest k: '0.1239 meets the condition but 0.1238 does not, so ... up, to 0.124'",
    ),
]

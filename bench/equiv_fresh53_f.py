r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "f": financial
and business maths answers settled by a person on a public web page -- commercial arithmetic
mark schemes, money written with and without a currency sign, trailing zeros, pence or cents,
rounded against unrounded amounts, rates as decimals or percents, percent-of and price
expressions against the amount, and rounding that a mark scheme or tutor accepts or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL and page id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh52_claims; each page was claimed in /work/wt/fresh53_claims
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page accepts or equates with it, or a form the page refuses; always a bare answer to be
put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the
page, with no one on the page contradicting it. ``repo`` is the domain of the stored copy and
``where`` its full URL (as the search tool gave it, trailing "..." included). There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (``15 385.5`` with its thousands
space, South African decimal commas ``R166 561,76``, ``−`` and ``–`` as the page prints them,
``…`` where the page has it, ``\$`` where the stored text escapes the dollar sign). Mark-scheme
bracket notation is expanded: ``414.4(0)`` gives gold ``414.4`` and the True case ``414.40``;
``(£)72.5(0)`` gives the four forms the scheme itself spells out; ``7.67(4418605…)`` gives
``7.67`` and ``7.674418605…``; ``383313 p(ence)`` gives ``383313 p`` and ``383313 pence``.
Where a mark scheme says "A or B" the first is the gold and the second a True case. A form that
earns only a method or part mark where the scheme marks the answer "cao" (correct answer only),
or that the scheme gives as "not" acceptable, is a False case. Worked chains ``A = B = C`` by a
marker, examiner or tutor give the final member as gold and an earlier member as a True case; a
chain step that only rounds is used only where the page says the rounding is accepted (NPR, "≈"
as the stated answer) and ``why`` says so.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- abcdocz.com doc 275852 (City & Guilds 3748-619 Functional Skills Mathematics online sample test
  3 mark scheme, guidance notes: "24(cm) means accept 24cm or 24 but not 24m", "(£)72.5(0) means
  accept £72.50 or £72.5 or 72.50 or 72.5", "(£)5.00 or (£)5", "(£)37.43 not (£)37.432", and the
  URT rule "860.8652 URT ... acceptable: 860 (T) or 861 (R) 860.8 (T) or 860.9 (R) or 860.86 (T)
  or 860.87 (R) or 860.865 (R) or 860.8652 (U) but not eg 900"). 15 cases (3 False).
- studylib.net docs 12806323, 12806331, 12806341, 10646480, 12806360, 12806368, 12806378 and
  www.scribd.com 668521570 (Cambridge GCE O Level 7101 Commercial Studies Paper 2 (Arithmetic)
  mark schemes, October/November 2007-2013 and 2017: "31.75 or 31¾", "allow 6/12 for 0.5",
  "Allow 7 hours 30 minutes but not 7.30", "($)70000", "£3833.13 allow 383313 p(ence)",
  "8.32(5) or 8.33", "11055.56 or 11055.57", "948.71 or 948.72", "2.41 cao ... B1 2.407",
  "0.8462 cao ... M1 0.846(1538…)", "15 ... B2 15.6(…)", "0.41 ... M1 0.405(405…) or 0.4(0)",
  "10(.0)", "414.4(0)", "985.8(0)", "14374.5(0)", ...). 32 cases (9 False).
- www.elimuza.com items 2509, 1480, 2400 (South African NSC Mathematical Literacy memoranda,
  Nov 2021 P1, Nov 2018 P2, Nov 2020 P2: worked chains such as "R215 100 × 5% = R10 755",
  "= R160 087,72 - R6 140 + (...) = R166 561,76", "114,75% –100% = 14,75%", "3/11 ≈ 0,27").
  10 cases.
- duportal.in 631019 (2016 HSC Mathematics General 2 marking guidelines; Q26(f)(i) criterion
  "Provides correct answer or correct numerical expression"; sample answers "$82 521 + $10 920 –
  $13 420 = $80 021", "$17 547 + 0.37(80 021 – 80 000) = ... = $17 554.77", holiday loading and
  pay, "10.03 + 1.825 = 11.855 L"). 8 cases.
- www.tutorialspoint.com "finding sale price given original price and percent discount online
  quiz" (explanations "Discount = 16% of 1060 = 0.16 × 1060 = $169.60", "Sale price of table =
  $1060 − $169.60 = $890.40", ...) and "finding sale price without calculator ..." ("0.9 × 21 =
  $18.90", ...). 27 + 5 cases.
- www.mahalo.com interest-quiz (Julie Clark's interest quiz: $80 at six percent for nine months;
  "#3 You're correct", "$36 ... forgotten to convert the percent interest into a decimal", "$4.80
  ... forgotten to place the time at nine out of 12 months", "80 x 0.06 x 0.75 = 3.6. If you write
  that as an amount of money, it's $3.60"). 5 cases (3 False).
- www.open.edu OpenLearn "Rounding and estimation" 3.1.1 (Activity 19: "that will be £12.20" --
  "No ... £8.70 − £3.50 = £5.20"; Activity 20: "15 − (12.50 − 1.50) is the same as 15 − 12.50 +
  1.50"). 3 cases (1 False).
- www.physicsforums.com thread 193760 (rate turning $1000 into $1500 in 5 years, nearest tenth of
  a percent: the asker's "This could be 0.1" and "would give you 0.0"; HallsofIvy: "No ... The
  decimal number is 0.084471771 ... the percentage is 8.4471771% which rounds, to the nearest 10th
  percent, to 8.4%", "... to the nearest 10th percent, 0.7%"). 3 cases (2 False).
- www.exampaper.com.sg "of approximation and that granny on a trishaw" (Miss Loi on money answers:
  "$245.67 and not $246 (3sf)" -- "This should be as clear as day by now: Unless stated otherwise,
  money should be rounded off to the nearest cent"). 1 case (False).

Left out, by rule: format policies that are not about the value (City & Guilds' "(£)5.0" and
"(£)72.50 not (£)72.5", which the same page accepts under its bracket notation; the 7101 2009
"13/200 ... M1 65/1000 M1 cancelling down", a simplification policy); method marks for
intermediate values with no stated accepted form (7101 "A1 3833.125", "A1 1166.88", "B1 1.051",
"A1 138.65 or 1.3865", which are different quantities); ranges and special cases (C&G "accept
whole number between 350 and 360", 7101 "SC1 answer 99.9(0)", "B1 × : 2× : ¾× in any order");
stacked fractions and exponents the conversion broke (7101 "27 cao 40", "8.33 or 8 1 3", "0.4 or
2 5", "B1 1 125 oe 100"; HSC "4 × π × 52", "322 + 332"; elimuza "764,59 100"); memo rounding steps
with a rounding mark and no stated equality of the two forms (elimuza "3,835397... ≈ 3,8%",
"R7,6459/ℓ = R7,65/ℓ", "R95,625 = R96,00"); the quiz letters ("Answer : A"); tutorialspoint's
air-conditioner item, whose chain is misprinted ("0.12 × 1320 = $158.20", "$1320 − $158.20 =
$1161.60"; 0.12 × 1320 is 158.40), both of its steps; physicsforums' monthly chain (it restates
0.006780637 as "0.6780657%", a typo).

Examined and not used: preppacademy.com (a mark scheme with one form per answer); info.5y1.org
IB markschemes (thin spaces stored as "?" inside the amounts); scribd 721520608 (used by
fresh44); answers.quantarchive.com, freemathhelp.com 68095 and ja3.jsfiddle.net 28549652 (used
by earlier sets); archive.atarnotes.com 181250 (the 2092.91 / 2092.92 question is left open);
physicsforums 581331 (the verdict is an online homework system's, the asker then finds the error);
askanewquestion.com (bot answers); gauthmath, mysovi (LLM answers); the analystforum "decimal
points or percentages" thread (an unsure "I think you'll be fine"); dokumen.tips WJEC scheme
(only simplification and place-value policies); SQA, WJEC and AQA functional-skills schemes (the
stored copies stop in the general instructions); boredofstudies HSC marathon (the asker corrects
themself).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Bare-answer cases (gold, pred, expected, why) from one page."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=ok, why=w) for g, p, ok, w in rows]


AB = "abcdocz.com"

AB_AT = (
    "https://abcdocz.com/doc/275852/3748-619-functional-skills-mathematics--online-sample-tes..."
)

SL = "studylib.net"

_SL = "https://studylib.net/doc/{}/7101-commercial-studies--mark-scheme-for-the-october-nove..."

SL07 = _SL.format("12806323")

SL08 = _SL.format("12806331")

SL09 = _SL.format("12806341")

SL10 = _SL.format("10646480")

SL11 = _SL.format("12806360")

SL12 = _SL.format("12806368")

SL13 = _SL.format("12806378")

SC = "www.scribd.com"

SC17 = "https://www.scribd.com/document/668521570/7101-w17-ms-22"

EL = "www.elimuza.com"

EL21 = (
    "https://www.elimuza.com/grade-12/item/2509-mathematical-literacy-paper-1-grade-12-memorandum"
)

EL18 = (
    "https://www.elimuza.com/item/1480-mathematical-literacy-paper-2-grade-12-memorandum-nsc-"
    "exams-past-papers-and-memos-november-2018"
)

EL20 = "https://www.elimuza.com/item/2400-mathematical-literacy-paper-2-grade-12-memorandum"

DU = "duportal.in"

DU_AT = "https://duportal.in/download/631019-2016-hsc-maths-general-2-marking-guidelines-pdf"

TP = "www.tutorialspoint.com"

TP1 = (
    "https://www.tutorialspoint.com/percentage_increase_and_decrease/finding_sale_price_given_"
    "original_price_and_percent_discount_online_quiz.htm"
)

TP2 = (
    "https://www.tutorialspoint.com/percentage_increase_and_decrease/finding_sale_price_without_"
    "calculator_given_original_price_and_percent_discount_online_quiz.htm"
)

MA = "www.mahalo.com"

MA_AT = "http://www.mahalo.com/interest-quiz/"

OU = "www.open.edu"

OU_AT = (
    "http://www.open.edu/openlearn/science-maths-technology/mathematics-and-statistics/"
    "mathematics-education/rounding-and-estimation/content-section-3.1.1"
)

PF = "www.physicsforums.com"

PF_AT = "https://www.physicsforums.com/threads/rounding-this-answer-to-the-nearest-tenth.193760/"

EX = "www.exampaper.com.sg"

EX_AT = (
    "https://www.exampaper.com.sg/tuition-notes/e-maths-tips/"
    "of-approximation-and-that-granny-on-a-trishaw/feed"
)


def _sale(where: str, items: list[tuple[str, str, str, str, str, str]]) -> list[dict[str, object]]:
    """tutorialspoint items: (percent-of expression, decimal product, discount, price difference,
    sale price, item name), each giving three True cases in the page's order."""
    out = []
    for pct, prod, disc, diff, sale, name in items:
        out += _rows(
            TP,
            where,
            [
                (disc, pct, True, f"{name}: '{pct} = {prod} = {disc}'"),
                (disc, prod, True, f"{name}: '{pct} = {prod} = {disc}'"),
                (sale, diff, True, f"{name}: 'Sale price ... = {diff} = {sale}'"),
            ],
        )
    return out


CASES = [
    # City & Guilds guidance notes for Level 1 and Level 2 mark schemes.
    *_rows(
        AB,
        AB_AT,
        [
            (r"24cm", r"24", True, "note 2: '24(cm) means accept 24cm or 24 but not 24m'"),
            (r"24cm", r"24m", False, "note 2: '24(cm) means accept 24cm or 24 but not 24m'"),
            (
                r"£72.50",
                r"£72.5",
                True,
                "note 2: '(£)72.5(0) means accept £72.50 or £72.5 or 72.50 or 72.5'",
            ),
            (
                r"£72.50",
                r"72.50",
                True,
                "note 2: '(£)72.5(0) means accept £72.50 or £72.5 or 72.50 or 72.5'",
            ),
            (
                r"£72.50",
                r"72.5",
                True,
                "note 2: '(£)72.5(0) means accept £72.50 or £72.5 or 72.50 or 72.5'",
            ),
            (
                r"£5.00",
                r"£5",
                True,
                "note 3: money 'must have two decimal places or no decimal places. eg (£)5.00 or (£)5'",
            ),
            (
                r"£37.43",
                r"£37.432",
                False,
                "note 3: 'eg (£)37.43 not (£)37.432' (pounds to two decimal places)",
            ),
            (r"860.8652", r"860", True, "note 4 URT: '860 (T)' acceptable"),
            (r"860.8652", r"861", True, "note 4 URT: '861 (R)' acceptable"),
            (r"860.8652", r"860.8", True, "note 4 URT: '860.8 (T)' acceptable"),
            (r"860.8652", r"860.9", True, "note 4 URT: '860.9 (R)' acceptable"),
            (r"860.8652", r"860.86", True, "note 4 URT: '860.86 (T)' acceptable"),
            (r"860.8652", r"860.87", True, "note 4 URT: '860.87 (R)' acceptable"),
            (r"860.8652", r"860.865", True, "note 4 URT: '860.865 (R)' acceptable"),
            (r"860.8652", r"900", False, "note 4 URT: 'but not eg 900'"),
        ],
    ),
    # Cambridge O Level 7101 Commercial Studies, Paper 2 (Arithmetic) mark schemes.
    *_rows(
        SL,
        SL07,
        [
            (r"31.75", r"31¾", True, "Oct/Nov 2007 Q(b): '31.75 or 31¾'"),
            (
                r"0.5",
                r"6/12",
                True,
                "Oct/Nov 2007 simple interest time R (years): 'allow 6/12 for 0.5'",
            ),
        ],
    ),
    *_rows(
        SL,
        SL08,
        [
            (
                r"7½",
                r"7 hours 30 minutes",
                True,
                "Oct/Nov 2008 Q(b) working 'M1 7½': 'Allow 7 hours 30 minutes but not 7.30'",
            ),
            (
                r"7½",
                r"7.30",
                False,
                "Oct/Nov 2008 Q(b) working 'M1 7½': 'Allow 7 hours 30 minutes but not 7.30'",
            ),
            (r"$70000", r"70000", True, "Oct/Nov 2008 Q(d): '($)70000' (sign optional)"),
            (r"£3833.13", r"383313 p", True, "Oct/Nov 2008 Q(a): '£3833.13 allow 383313 p(ence)'"),
            (
                r"£3833.13",
                r"383313 pence",
                True,
                "Oct/Nov 2008 Q(a): '£3833.13 allow 383313 p(ence)'",
            ),
        ],
    ),
    *_rows(
        SL,
        SL09,
        [
            (r"6½", r"6.5", True, "Oct/Nov 2009 Q(a): '6½ or 6.5'"),
            (r"7.67", r"7.674418605…", True, "Oct/Nov 2009 Q(d): '7.67(4418605…)'"),
            (r"8.22", r"8.2260869", True, "Oct/Nov 2009 Q(a): '8.22(60869)'"),
            (r"3⅜", r"3.375", True, "Oct/Nov 2009 working: 'A1 3⅜ or 3.375'"),
        ],
    ),
    *_rows(
        SL,
        SL10,
        [
            (
                r"0.8462",
                r"0.846",
                False,
                "Oct/Nov 2010 Q(c): '0.8462 cao 2 M1 0.846(1538…)' (method mark only)",
            ),
            (
                r"0.8462",
                r"0.8461538…",
                False,
                "Oct/Nov 2010 Q(c): '0.8462 cao 2 M1 0.846(1538…)' (method mark only)",
            ),
        ],
    ),
    *_rows(
        SL,
        SL11,
        [
            (r"15", r"15.6", False, "Oct/Nov 2011 Q1(c): '15 3 B2 15.6(…)' (2 of 3 marks)"),
            (r"414.4", r"414.40", True, "Oct/Nov 2011 Q(b)(i): '414.4(0)'"),
            (r"15 385.5", r"15 385.50", True, "Oct/Nov 2011 Q(a)(iii): '15 385.5(0)'"),
            (r"0.82", r"82%", True, "Oct/Nov 2011 Q(b) working: 'B1 0.82 or 82% or 82/100'"),
            (r"0.82", r"82/100", True, "Oct/Nov 2011 Q(b) working: 'B1 0.82 or 82% or 82/100'"),
        ],
    ),
    *_rows(
        SL,
        SL12,
        [
            (r"8.325", r"8.32", True, "Oct/Nov 2012 Q(a): '8.32(5) or 8.33'"),
            (r"8.325", r"8.33", True, "Oct/Nov 2012 Q(a): '8.32(5) or 8.33'"),
            (
                r"11055.56",
                r"11055.57",
                True,
                "Oct/Nov 2012 Q1(a) compound amount: '11055.56 or 11055.57'",
            ),
            (r"1.1076", r"1.107692..", True, "Oct/Nov 2012 working: 'A1 1.1076(92..)'"),
            (r"948.71", r"948.72", True, "Oct/Nov 2012 Q4(a): '948.71 or 948.72'"),
            (r"2.41", r"2.407", False, "Oct/Nov 2012 Q(c): '2.41 cao 2 B1 2.407' (1 of 2 marks)"),
        ],
    ),
    *_rows(
        SL,
        SL13,
        [
            (r"10", r"10.0", True, "Oct/Nov 2013 Q1(b): '10(.0)'"),
            (
                r"0.41",
                r"0.405",
                False,
                "Oct/Nov 2013 Q2(a): '0.41 2 M1 0.405(405…) or 0.4(0)' (method mark only)",
            ),
            (
                r"0.41",
                r"0.405405…",
                False,
                "Oct/Nov 2013 Q2(a): '0.41 2 M1 0.405(405…) or 0.4(0)' (method mark only)",
            ),
            (
                r"0.41",
                r"0.4",
                False,
                "Oct/Nov 2013 Q2(a): '0.41 2 M1 0.405(405…) or 0.4(0)' (method mark only)",
            ),
            (
                r"0.41",
                r"0.40",
                False,
                "Oct/Nov 2013 Q2(a): '0.41 2 M1 0.405(405…) or 0.4(0)' (method mark only)",
            ),
        ],
    ),
    *_rows(
        SC,
        SC17,
        [
            (r"985.8", r"985.80", True, "Oct/Nov 2017 7101/22 Q2(a): '985.8(0)'"),
            (r"588.8", r"588.80", True, "Oct/Nov 2017 7101/22 Q3 working: 'A1 588.8(0)'"),
            (r"14374.5", r"14374.50", True, "Oct/Nov 2017 7101/22 Q4 (depreciation): '14374.5(0)'"),
        ],
    ),
    # NSC Mathematical Literacy memoranda: the marker's worked chains.
    *_rows(
        EL,
        EL21,
        [
            (
                r"\$0,458",
                r"\$1,258 - \$0,80",
                True,
                "Nov 2021 P1 1.1.1: '$1,258 - $0,80 =$0,458' (dollar escaped as stored)",
            ),
            (
                r"R95,625",
                r"R7,65/ℓ × 12,5ℓ",
                True,
                "Nov 2021 P1 1.2.3(b): 'R7,65/ℓ × 12,5ℓ = R95,625'",
            ),
            (
                r"R10 755",
                r"R215 100 × 5%",
                True,
                "Nov 2021 P1 2.1.2 deposit: '= R215 100 × 5% = R10 755'",
            ),
            (
                r"3:2",
                r"72 months : 48 months",
                True,
                "Nov 2021 P1 2.1.3: '72 months : 48 months = 3:2'",
            ),
        ],
    ),
    *_rows(
        EL,
        EL18,
        [
            (
                r"R166 561,76",
                r"R160 087,72 - R6 140 + (2 × R3 500 + R4 298,25 + R1 315,79)",
                True,
                "Nov 2018 P2 1.1.2 sub total: '= R160 087,72 - R6 140 + (...) = R166 561,76'",
            ),
        ],
    ),
    *_rows(
        EL,
        EL20,
        [
            (
                r"1 834",
                r"163 740 – 161 906",
                True,
                "Nov 2020 P2 1.1.1: '163 740 – 161 906 = 1 834'",
            ),
            (
                r"114,75%",
                r"(1 221 165 ÷ 1 064 190) ×100%",
                True,
                "Nov 2020 P2 1.1.4 alternative: '= 114,75%' (rounded; NPR)",
            ),
            (
                r"14,75%",
                r"114,75% –100%",
                True,
                "Nov 2020 P2 1.1.4: '% increase (Turkey) = 114,75% –100% = 14,75%'",
            ),
            (
                r"140,79%",
                r"(2 248 162 ÷ 1 596 803) ×100%",
                True,
                "Nov 2020 P2 1.1.4 alternative: '= 140,79%' (rounded; NPR)",
            ),
            (
                r"40,79%",
                r"140,79% - 100%",
                True,
                "Nov 2020 P2 1.1.4: '% increase United Kingdom = 140,79% - 100% = 40,79%'",
            ),
        ],
    ),
]

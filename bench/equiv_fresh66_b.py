r"""A sixty-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": financial
mathematics and economics answers -- compound interest, loans and annuities, effective rates, NPV
and IRR, percentage change and inflation, price elasticity, break-even output, profit and revenue
-- with rounding tolerances and forms (a currency sign or unit optional, "million" and "billion",
a percent sign optional or required, a sign-neutral elasticity, a rounded or unrounded value),
where a markscheme, an answer key, a worked solution or a Q&A thread settles which alternative
answers are accepted and which are wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of earlier rounds,
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh66_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer or accepts, or a form the page refuses; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy (for a proxied scribd copy, the proxy's domain) and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh66_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (IB's "–0.82" with an en dash,
thin-space thousands "107 325.08", "£2 355.57", "12 000 000", capitals and units as printed). A
left side such as "P =", "FV6 =" or "amount to repay =" and a leading "=" of a markscheme line are
dropped. Where a key lists forms joined by "or" / "OR" the first is the gold and each further form
a True case; an "(accept X)", "Accept X", "allow a.r.t. X" ("any value that rounds to") or "An
answer of X ... is sufficient" for the same part is a True case. A unit or sign the key prints in
brackets, "(€)871.82", "12.56(%)", "7.45 (%)", "500 (watches)", is read as optional: the gold is
the bare number and the pred the number with the bracketed sign or unit, brackets removed. For a
multiple-choice key (pzacademy, ixiawen, in part 2) the keyed option is the gold and each other
option a False case; an option's closing full stop ("B. $113,330.") is dropped. Readings, each
noted in ``why``: an answer the markscheme marks down ("Award (C2) for final answer 389000", "Do
not fully credit if the figure is not expressed in %", an examiners' report naming "the omission
of the unit (% in this case)" among "mistakes that resulted in mark deductions") is a False case,
as are a student's value that a checker "said ... was wrong" or that a reply corrects, and a book
answer a student failed to reach when the thread shows the student's slip. The transtutors entry
rule ("if the answer is 9 times you must report 9.00, the homework grading program will count 9 as
incorrect, it would count 9.0 as incorrect") and IB 3247336's missing "%" refuse a form whose
value is the same; they are kept as False cases, as the page settles them (as
bench/equiv_fresh58_b.py kept aaamath's "$2.36 not 2.36").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- library.tis.today copies of the IB questionbank (v4, DP mathematical studies): question 7592
  (SPM.1.sl.TZ0.11, "Difference = 5.80 ... Notes: Accept 5.81"; 1 case), 24060 (14M.1.sl.TZ1.12:
  "amount to repay = 388962 ... Award (C2) for final answer 389000 if 388962 not seen
  previously"; "= 7.45 (%)"; 2 cases, 1 False) and 7016 (11M.1.sl.TZ2.14: "25000 USD"; examiners
  report "many incorrect answers of 23052.70 for this part"; 1 case, False). 4 cases (2 False).
- www.scribd.com 628025776 "Loan and Ann MS" (IB AI loans and annuities markscheme: "(€)871.82",
  "12.56(%)", "Total value is (€) 21 795.41"). 3 cases.
- dl.ibdocs.re copies of the IB questionbank (sixth edition, DP economics): 9119021
  (23M.3.HL.TZ0.1ai, PED "= –0.82 or 0.82 or 0.81(repeating) or 9/11"; 3 cases), 9118064
  (20N.3.HL.TZ0.d.iii, "= $ 107 325.08 million OR $107.33 billion ... An answer of 107 325.08
  without workings is sufficient for [1]. NB Since ($ million) is in the question, units are not
  required"; 2 cases), 3247336 (23M.2.SL.TZ0.2bi, inflation "2.42%"; examiners report on "the
  omission of the unit (% in this case)"; 1 case, False) and 9118011 (19N.3.HL.TZ0.c, "= 4.84
  million gamma or 4.84 million ... An answer of 4.84 million or 4.84 or 4.84 million gamma
  without workings is sufficient for [1]"; 2 cases). 8 cases (1 False).
- clevelandohioweatherforecast.com proxy copy of scribd 546416196 (IB economics HL paper 3
  markscheme, November 2016: "An answer of $12 000 000 or 12 000 000 or 12 million without any
  valid working is sufficient for [1] only"). 2 cases.
- abcdocz.com 957068 (IB economics HL paper 3 markscheme, May 2013: "350 packs ... An answer of
  350 (or 350 packs)", "800 packs ... An answer of 800 or (800 packs)", "P = $9 ... An answer of
  P = 9 (or $9)"). 3 cases.
- scribd.com 669073573 "Business Maths Aug09 MS" (Bellerbys College foundation examination:
  "= £39.825 or £39.83 (accept 39.82)", "= £69.93 (accept a.r.t. 69.9)", "S30 = £2 355.57 (allow
  a.r.t. £2 356)"). 4 cases.
- onehourindexing01.prideseotools.com proxy copy of scribd 794766482 "4-19 MS Pt1" (Cambridge
  IGCSE business break-even markscheme: "Break-even output: 500 (watches)", "Break-even revenue:
  $60 000 OR 60 000", "Correct answer: $960 000 ... $ sign not required"). 3 cases.
- melakarnets.com proxy copy of scribd 715598225 (filed as "Physics Practice Marks"; the IB
  business management HL paper 2 markscheme, November 2018: "Capacity utilization rate = 0.55 100
  = 55.55 % ... Do not fully credit if the figure is not expressed in %"). 1 case, False.

Sources of bench/equiv_fresh66_b2.py:

- openstudy.com updates 50c924dde4b09c5571445022 (future value of an annuity: "I got 23466.78 and
  it said it was wrong" -- "I would try 23466.40" -- "got it thanks"; 1 case, False) and
  55eca414e4b03567e1125685 (a loan rounded to the nearest dollar: "so the answer is 125460.24?" --
  "well, you want to round to nearest dollar, so then not"; "1254602.3?" -- "you keep missplacing
  the point"; "so the answer is 125460.00?" -- "yes"; 2 cases, False). 3 cases (3 False).
- boards.straightdope.com sdmb archive t-552667 (compound interest: the asker's "$1,383.16", the
  reply's "4407.17 - 3043 = 1364.17"). 1 case, False.
- www.analystforum.com threads 53466 (CFA corporate finance: the asker's "$1.85" against the
  book's "$4.5", the reply: "difference would be 4.5 approx."; 1 case, False) and 99401 (NPV: "My
  answer is 90,449.64, when the answer in the book is 97,449. What am I doing wrong?"; 1 case,
  False). 2 cases (2 False).
- opentuition.com "topic/gnt-co-pilot-12" (IRR by interpolation: the tutor's "= 4.02%" corrected
  to "= 4.2%" after "Oops – I made a trivial typing error"). 1 case, False.
- pzacademy.com and event.pzacademy.com Q&A pages on CFA level I questions (each prints the
  options and "X is correct"): 111611 (IRR "28.79%"; 2 cases, False), 84727 (PV "€203,191"; 2
  cases, False), 122112 (EAR "15.10%"; 2 cases, False), 99061 (FV "$113,733", worked "$113,733.21";
  3 cases, 2 False), 99549 (PV "$3,118", worked "$3,118.05"; 3 cases, 2 False), 166960 (HPR
  "6.26%", worked "0.0626"; 3 cases, 2 False) and 113915 (HPR "18.78%"; 2 cases, False). 17 cases
  (14 False).
- app.ixiawen.com question 15546401 (a Chinese multiple-choice item on the present value of an
  annuity: "A.22236.78 B.23126.25 C.21381.51 D.30000.00 ... 参考答案:A"). 3 cases, False.
- www.transtutors.com question 12783240 (the instructor's entry rule: "if the answer is 9 times you
  must report 9.00, the homework grading program will count 9 as incorrect, it would count 9.0 as
  incorrect"). 2 cases, False.
- justaaa.com finance 118656 (IRR given "in 4 decimal places as well as 2 decimal places":
  "7.9999% | 11.9944% | 16.3490%" and "8.00% | 11.99% | 16.35%", "x = 16.3490% (or 16.35%)"). 3
  cases.

60 cases in all (30 False): 28 here (4 False), 32 in bench/equiv_fresh66_b2.py (26 False).

Left out, by rule: bracketed values whose status the page does not state (IB 24060's "(7.44597…)";
the Miss Welton compilation's "13 200 (13 202)"); rounding rules that name no refused form (IB
7592's "The answer should be given correct to two decimal places" for 6028.22; IB 22538's "The
first answer not given to two decimal places is not awarded the final (A1)"); the scribd
628025776 markscheme's "cost of Option A (6923.69)", which contradicts its own part (c)
"6923.68"; IB 9119021's "An
answer of –0.82 or 0.82 or 0.81 without any valid working is sufficient for [1]" (whether a bare
0.81 is refused for rounding is not stated; the examiners report speaks only of rounding to 2 dp
"or show as a repeating decimal"); intermediate values (IB 24060's "4" compounding periods, the
LCCI model answers' working); pzacademy 99061's asker's "75785.24" and 86017's word options
("daily", "quarterly", "semiannually"); the transtutors page's examples "9.5576 report 9.56
years" and "10.4478% report 10.45%", which instruct without refusing a form; studydrive 866763's
"the right answer is 37" (its quantity is not shown).

Examined and not used: library.tis.today IB questions 6866, 4588, 67210, 8333, 22165, 7308 and
dl.ibdocs.re 804082 (used by bench/equiv_fresh58_b.py); library.tis.today IB 378882 (the same
question and markscheme as scribd 628025776); IB 8356, 129088/129094, 879155 (no alternative form
stated); physicsforums 581331 (used before); scribd 721520608 and 660949692, ja3.jsfiddle.net
28549652 (used before); formsbank 392242 (used by bench/equiv_fresh61_b.py); analystforum 52356 and
21967 (used by bench/equiv_fresh46_a.py); doczz.net 6703801 (a second copy of abcdocz 957068);
the LCCI ASE3003 mark schemes on scribd and studylib (only their general marking guidance and
first questions were stored); IB economics 9118391, 9119421, 9117980, 18747 (one form only);
Bellerbys August 2008 Business Maths (scribd 669073526; one form per answer); info.5y1.org
compilations (text garbled by "?" for every space); askanewquestion.com and other bot-answered
pages; questionai, gauthmath, smartsolve, math.bot, math-gpt.org, atlas.org, brainly mirrors
(qammunity, answer.ya.guru, code.policylink.org, partnerperformance.uonbi.ac.ke) and the AI-written
pages at bare IP addresses; algebra.com and jiskha.com (excluded); the WebAssign tolerance manual.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TIS = "library.tis.today"
_TIS_MS = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/41-dp-mathematical-studies/questions/"
)
TIS_7592 = _TIS_MS + "7592.html"
TIS_24060 = _TIS_MS + "24060.html"
TIS_7016 = _TIS_MS + "7016.html"
SCR = "www.scribd.com"
SCR_628 = "https://www.scribd.com/document/628025776/Loan-and-Ann-MS"
IBD = "dl.ibdocs.re"
_IBD_ECO = (
    "https://dl.ibdocs.re/IB%20QUESTIONBANKS/6.%20Sixth%20Edition%20-%20Group%204%202025/"
    "questionbank/en/teachers/ibdocs2/questionbanks/48-dp-economics/question_node_trees/"
)
IBD_9119021 = _IBD_ECO + "9119021.html"
IBD_9118064 = _IBD_ECO + "9118064.html"
IBD_3247336 = _IBD_ECO + "3247336.html"
IBD_9118011 = _IBD_ECO + "9118011.html"
CLE = "clevelandohioweatherforecast.com"
CLE_546 = (
    "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com"
    "%2Fdocument%2F546416196%2FEconomics-paper-3-HL-markscheme"
)
ABC = "abcdocz.com"
ABC_957 = "https://abcdocz.com/doc/957068/economics-hl-paper-3"
BEL = "scribd.com"
BEL_669 = "https://scribd.com/document/669073573/Business-Maths-Aug09-MS"
PRI = "onehourindexing01.prideseotools.com"
PRI_794 = (
    "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com"
    "%2Fdocument%2F794766482%2F4-19-MS-Pt1"
)
MEL = "melakarnets.com"
MEL_715 = (
    "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument"
    "%2F715598225%2FPhysics-Practice-Marks"
)
# sources of bench/equiv_fresh66_b2.py
OS = "openstudy.com"
OS_50C = "http://openstudy.com/updates/50c924dde4b09c5571445022"
OS_55E = "http://openstudy.com/updates/55eca414e4b03567e1125685"
SD = "boards.straightdope.com"
SD_552 = "http://boards.straightdope.com/sdmb/archive/index.php/t-552667.html"
AF = "www.analystforum.com"
AF_53466 = "https://www.analystforum.com/t/q-44-corp-fin-on-npv-page-85/53466"
AF_99401 = "https://www.analystforum.com/t/capital-budgeting-cash-flow-function-on-ba-ii/99401"
OT = "opentuition.com"
OT_GNT = "https://opentuition.com/topic/gnt-co-pilot-12/"
PZ = "pzacademy.com"
PZ_111611 = "https://pzacademy.com/qa/111611"
PZ_84727 = "https://pzacademy.com/qa/84727"
PZ_122112 = "https://pzacademy.com/qa/122112"
PZ_99061 = "https://pzacademy.com/qa/99061"
PZE = "event.pzacademy.com"
PZE_99549 = "https://event.pzacademy.com/qa/99549"
PZE_166960 = "https://event.pzacademy.com/qa/166960"
PZE_113915 = "https://event.pzacademy.com/qa/113915"
IXW = "app.ixiawen.com"
IXW_155 = "https://app.ixiawen.com/question/15546401/214e25f8e7a0e5250062b14675cf817f.html"
TT = "www.transtutors.com"
TT_127 = (
    "https://www.transtutors.com/questions/do-all-calculations-using-9-decimal-places-retain-the-"
    "9-decimal-places-throughout-th-12783240.htm"
)
JA = "justaaa.com"
JA_118 = "https://justaaa.com/finance/118656-what-is-the-internal-rate-of-return-for-the"

CASES = [
    # IB questionbank (library.tis.today), mathematical studies: compound interest markschemes
    _c(
        TIS,
        TIS_7592,
        gold=r"5.80",
        pred=r"5.81",
        wrap=True,
        expected=True,
        why="'Difference = 5.80 (A1)(ft) (C3) Notes: Accept 5.81.'",
    ),
    _c(
        TIS,
        TIS_24060,
        gold=r"388962",
        pred=r"389000",
        wrap=True,
        expected=False,
        why="'amount to repay = 388962 (A1) (C3) Note: Award (C2) for final answer 389000 if "
        "388962 not seen previously.' (the question asks for the exact amount)",
    ),
    _c(
        TIS,
        TIS_24060,
        gold=r"7.45",
        pred=r"7.45%",
        wrap=True,
        expected=True,
        why="percentage error '= 7.45 (%) (7.44597…)': the bracketed '%' is optional",
    ),
    _c(
        TIS,
        TIS_7016,
        gold=r"25000 USD",
        pred=r"23052.70",
        wrap=True,
        expected=False,
        why="value when bought '25000 USD'; examiners report: 'A substituted value of t = 1 in "
        "part (a) saw many incorrect answers of 23052.70'",
    ),
    # scribd 628025776, IB AI loans and annuities markscheme: bracketed currency and percent signs
    _c(
        SCR,
        SCR_628,
        gold=r"871.82",
        pred=r"€871.82",
        wrap=True,
        expected=True,
        why="1a quarterly repayment '(€)871.82 A1': the bracketed '€' is optional",
    ),
    _c(
        SCR,
        SCR_628,
        gold=r"12.56",
        pred=r"12.56%",
        wrap=True,
        expected=True,
        why="1e annual interest rate '12.56(%) A1': the bracketed '%' is optional",
    ),
    _c(
        SCR,
        SCR_628,
        gold=r"21 795.41",
        pred=r"€ 21 795.41",
        wrap=True,
        expected=True,
        why="1g 'Total value is (€) 21 795.41 A1': the bracketed '€' is optional",
    ),
    # dl.ibdocs.re, IB economics 9119021: price elasticity of demand, sign-neutral and exact forms
    _c(
        IBD,
        IBD_9119021,
        gold=r"–0.82",
        pred=r"0.82",
        wrap=True,
        expected=True,
        why="'= –0.82 or 0.82 or 0.81(repeating) or 9/11'",
    ),
    _c(
        IBD,
        IBD_9119021,
        gold=r"–0.82",
        pred=r"0.81(repeating)",
        wrap=True,
        expected=True,
        why="'= –0.82 or 0.82 or 0.81(repeating) or 9/11'",
    ),
    _c(
        IBD,
        IBD_9119021,
        gold=r"–0.82",
        pred=r"9/11",
        wrap=True,
        expected=True,
        why="'= –0.82 or 0.82 or 0.81(repeating) or 9/11'",
    ),
    # dl.ibdocs.re, IB economics 9118064: forecast real GDP in $ million or $ billion
    _c(
        IBD,
        IBD_9118064,
        gold=r"$ 107 325.08 million",
        pred=r"$107.33 billion",
        wrap=True,
        expected=True,
        why="'= $ 107 325.08 million OR $107.33 billion'",
    ),
    _c(
        IBD,
        IBD_9118064,
        gold=r"$ 107 325.08 million",
        pred=r"107 325.08",
        wrap=True,
        expected=True,
        why="'An answer of 107 325.08 without workings is sufficient for [1]. NB Since ($ million) "
        "is in the question, units are not required.'",
    ),
    # dl.ibdocs.re, IB economics 3247336: inflation rate, the % sign required
    _c(
        IBD,
        IBD_3247336,
        gold=r"2.42%",
        pred=r"2.42",
        wrap=True,
        expected=False,
        why="'= 2.42%'; examiners report: 'Additional mistakes that resulted in mark deductions "
        "were the omission of the unit (% in this case)'",
    ),
    # dl.ibdocs.re, IB economics 9118011: additional cost of a loan in gamma
    _c(
        IBD,
        IBD_9118011,
        gold=r"4.84 million gamma",
        pred=r"4.84 million",
        wrap=True,
        expected=True,
        why="'= 4.84 million gamma or 4.84 million'",
    ),
    _c(
        IBD,
        IBD_9118011,
        gold=r"4.84 million gamma",
        pred=r"4.84",
        wrap=True,
        expected=True,
        why="'An answer of 4.84 million or 4.84 or 4.84 million gamma without workings is "
        "sufficient for [1]'",
    ),
    # scribd 546416196 (proxy copy), IB economics HL paper 3 N16: monthly profit
    _c(
        CLE,
        CLE_546,
        gold=r"$12 000 000",
        pred=r"12 000 000",
        wrap=True,
        expected=True,
        why="'An answer of $12 000 000 or 12 000 000 or 12 million without any valid working is "
        "sufficient for [1] only' (the [1] only is for the missing working)",
    ),
    _c(
        CLE,
        CLE_546,
        gold=r"$12 000 000",
        pred=r"12 million",
        wrap=True,
        expected=True,
        why="'An answer of $12 000 000 or 12 000 000 or 12 million without any valid working is "
        "sufficient for [1] only' (the [1] only is for the missing working)",
    ),
    # abcdocz 957068, IB economics HL paper 3 M13: quantities and price with or without units
    _c(
        ABC,
        ABC_957,
        gold=r"350 packs",
        pred=r"350",
        wrap=True,
        expected=True,
        why="'Q D = 700 − 25(14) = 700 − 350 = 350 packs ... An answer of 350 (or 350 packs)'",
    ),
    _c(
        ABC,
        ABC_957,
        gold=r"800 packs",
        pred=r"800",
        wrap=True,
        expected=True,
        why="'QS =100 + 50 (14) =100 + 700 = 800 packs ... An answer of 800 or (800 packs)'",
    ),
    _c(
        ABC,
        ABC_957,
        gold=r"$9",
        pred=r"9",
        wrap=True,
        expected=True,
        why="'P = $9 An answer of P = 9 (or $9) without any valid working is sufficient'",
    ),
    # scribd 669073573, Bellerbys Business Maths markscheme: accepted roundings
    _c(
        BEL,
        BEL_669,
        gold=r"£39.825",
        pred=r"£39.83",
        wrap=True,
        expected=True,
        why="Q1a '= £39.825 or £39.83 (accept 39.82)'",
    ),
    _c(
        BEL,
        BEL_669,
        gold=r"£39.825",
        pred=r"39.82",
        wrap=True,
        expected=True,
        why="Q1a '= £39.825 or £39.83 (accept 39.82)'",
    ),
    _c(
        BEL,
        BEL_669,
        gold=r"£69.93",
        pred=r"69.9",
        wrap=True,
        expected=True,
        why="Q4a '= £69.93 (accept a.r.t. 69.9)' (a.r.t. = 'any value that rounds to')",
    ),
    _c(
        BEL,
        BEL_669,
        gold=r"£2 355.57",
        pred=r"£2 356",
        wrap=True,
        expected=True,
        why="Q4b 'S30 = £2 355.57 (allow a.r.t. £2 356)'",
    ),
    # scribd 794766482 (proxy copy), Cambridge IGCSE business break-even markscheme
    _c(
        PRI,
        PRI_794,
        gold=r"500",
        pred=r"500 watches",
        wrap=True,
        expected=True,
        why="Q2 'Break-even output: 500 (watches)': the bracketed unit is optional",
    ),
    _c(
        PRI,
        PRI_794,
        gold=r"$60 000",
        pred=r"60 000",
        wrap=True,
        expected=True,
        why="Q2 'Break-even revenue: $60 000 OR 60 000 [1]'",
    ),
    _c(
        PRI,
        PRI_794,
        gold=r"$960 000",
        pred=r"960 000",
        wrap=True,
        expected=True,
        why="Q3 'Correct answer: $960 000 [2] ... $ sign not required.'",
    ),
    # scribd 715598225 (proxy copy), IB business management HL paper 2 N18: capacity utilization
    _c(
        MEL,
        MEL_715,
        gold=r"55.55 %",
        pred=r"0.55",
        wrap=True,
        expected=False,
        why="'500 dolls ... Capacity utilization rate = = 0.55 100 = 55.55 % ... Do not fully "
        "credit if the figure is not expressed in %.' (0.55 is the page's own unscaled figure)",
    ),
]

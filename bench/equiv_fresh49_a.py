r"""A forty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": statistics,
probability and data-analysis answers -- probabilities as fractions, decimals or percents, z-scores
and p-values with rounding, confidence intervals written as intervals, inequalities or estimate ±
margin, combinatorial counts written as nCr / factorial formulas or numbers, odds versus
probabilities -- where a tutor, an instructor's answer key, an erratum or a forum answerer settles
whether two forms of an answer are the same).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh48_claims; each page was claimed in
/work/wt/fresh49_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or the form the page
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (``+-`` for ±, ``C(8,4)``,
``(8 C 3)``, ``^{5}P_{3}``, ``1.805477458``, ``175,760,000``, ``2.755731922398589E-7``). Where an
instructor writes a chain ``A = B = C``, the last value of the chain is the gold and each earlier
form a prediction. A handful of cases pair a rounded answer with the value it was rounded from,
where the page itself says so (noted in ``why``).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- imathworks.com (mirror of a Mathematics Stack Exchange question "My answer to a combination
  problem is different from the textbook answer": the asker's sum of three cases against the
  book's; "Both answers don't equal the same", and the best answer names the asker's error).
  1 case (False).
- justaaa.com 431525 (90% CI for x̅=50, σ=10, n=20: "The 90% confidence interval is (46.3217,
  53.6783). Your answer and all the steps are correct" for the asker's (46.32, 53.68)). 1 case.
- www.algebra.com solution 684385 (90% CI: the asker's "33.31 to 34.96", which the system marks
  wrong; the tutor works it to 31.78 < µ < 36.22). 1 case (False).
- www.mathbootcamps.com "Three Ways to Write a Confidence Interval" (0.248 ± 0.045 "might also be
  written as" 24.8% ± 4.5%). 1 case.
- brainmass.com 30811 (Z interval (291.67, 543.11) with x̅=417.39 in the form x̅ ± E: "the correct
  answer is b) 417.39+-125.72", not a) 417.39 +- 291.67). 2 cases.
- socratic.org 58475720b72cff072caf7d7d ((0.0268, 0.133) rewritten as
  0.0799-0.0531< p < 0.0799+0.0531, "or p in (0.0799+-0.0531)"). 2 cases.
- homeworksource.com 1065898 ((0.074, 0.116) rewritten as 0.095 - 0.021 < P < 0.095 + 0.021).
  1 case.
- gestao.farmaciarosario.com.br (a copy of a Brainly answer, 15303524: 114.5 ± 4.42; "the mean
  price ... is between $110.08 and $118.92"). 1 case.
- archive.laminart.com (a copy of a Brainly answer, 18524787: 0.3729 -0.0872< p < 0.3729 +0.0872
  => 0.2857< p < 0.4601). 1 case.
- www.gradesaver.com Introductory Statistics 9th ed., 3.4 exercise 3-61 (Interval =
  [34-(8)3, 34+8(3)] = [10, 58]). 1 case.
- www.analystforum.com t/93054 (odds against a spade: the asker answered 1:3, "answer is 3 to
  1"; a reply: "the odds against getting a spade are 39:13 ... or 3:1"). 2 cases.
- www.perlmonks.org node 466496 ("the odds are 3:1 (or 3, if one follows the common practice
  viewing this as a ratio), but decidedly not 25%"). 2 cases.
- mathhelpforum.com statistics/161464 ("The odds in favor are 1/2 : 1, or to clear fractions,
  ... the odds in favor for A are 1 : 2"). 1 case.
- www.open.edu OpenLearn "Mathematics for science and technology" 4 (probability 0.25, "25%
  probability" and "a 1 in 4 probability" are "all equivalent"). 2 cases.
- www.algebra.com solution 798225 (z with area .9645 to its left: 1.805477458 by calculator,
  1.805512820513 by table interpolation; "both methods will get you an answer that is perfectly
  acceptable ... your answer would be 1.805 either way"). 2 cases.
- www.algebra.com solution 821953 (".0228 = 2.28%", ".0014 = .14%", ".0013 = .13%"; calculator
  .022750062 "rounded to 4 decimal places = .0228"; ".13% and .14% ... it's a small difference,
  but it is a difference"). 5 cases (one False).
- www.algebra.com solution 812303 (binomial: "P(3) = (8 C 3)*(0.4)^3*(1-0.4)^(8-3) =
  56*(0.4)^3*(1-0.4)^(8-3) = 0.27869184 ... The decimal value is exact"; "0.000262144 +
  0.003538944 + 0.021233664 = 0.025034752"). 3 cases.
- boredofstudies.org threads/probability.126355 (posted "correct solutions": "^{5}P_{3}= 60",
  "^{5}P_{2}+^{5}P_{3}+^{5}P_{4}+^{5}P_{5}= 320"; the stored text runs "= 3206." into the next
  question number "6."). 2 cases.
- docs.google.com spreadsheet 1WYT4LBulTH7YwKWIEl_QSlMCBUBFtlJatYMnx0ltOEk (an instructor's typed
  key to "Sec 4.7": "(26^3)*(10^4) =175,760,000", "9! = 362,880", "10! = 10*(9!) =
  10*(362,880) =3,628,800", "C(8,4) = (8*7*6*5)/(4*3*2*1) =1680/24 =70", ...,
  "P(French & Spanish chosen) = 3/5 =0.6"). 20 cases.
- nku.edu ``~longa/classes/2000fall/mat115/chapter4/a12.html`` (an instructor's answers:
  "2/12=1/6", "13/52 = 1/4", "1 - 19650/265284000 = 0.999926", ...). 8 cases.
- nku.edu ``~longa/classes/2000fall/mat115/chapter4/a16.html`` (the same instructor: "P =
  1/(10!) = 2.755731922398589E-7", "P = 1/(2^10) = 9.765625E-4", ...). 3 cases.
- math-cs.cns.uni.edu ``~campbell/mdm/hwans11.html`` (selected answers: "31/118=.263,
  34/118=.288, 20/118=.169, 23/118=.195, 10/118=.085", "5^5=3125"). 6 cases.
- www.algebra.com solution 579630 (independent events, P(A)=P(B)=0.35: "P(A)×P(B) = 0.35×0.35 =
  0.1225", ...; for P(A | B) "it's the same as P(A) = 0.35 ... get the same thing: ... =
  0.1225/0.35 = 0.35"). 6 cases.
- www.teachoo.com 4087 (NCERT Ex 13.2, 11: "= 0.3 × 0.6 = 0.18", "= 0.30 – 0.18 = 0.12", "=
  0.30 + 0.60 – 0.18 = 0.90 – 0.18 = 0.72", "= 1 – 0.72 = 0.28"). 5 cases.
- studylib.net doc 5386008 (a teacher's slides "SD and Normal Distribution Worksheet" with
  homework answers "63) i. 0.6318 or 63.18% ii. 0.0394 or 3.94% iii. 0.3101 or 31%", "65) ...
  = 0.7758 or 77.6% ... = 0.8667 or 86.7%"). 5 cases.
- www.calpoly.edu ``~bchance/APReview/errata.html`` (errata to an AP Statistics review book:
  "margin of error is 2.1, not 2.1%"). 1 case (False).

Left out, by rule: pairs whose stated value is arithmetically wrong on the page itself (the
spreadsheet's "C(10,3) = (10*9*8)/(3*2*1) =72/2 =36", a copy of the row above; a12's "P(not ace)
= 1- P(ace) = 4/52 = 1/13"; a16's "P = 1/(12^4*10^2) = 2073600"); forms written in the a16
instructor's calculator notation ``(combinations n k)`` / ``(permutations n k)`` (problems 6, 8,
10, 19, 25, 26, 29, 33-38), which are not mathematical notation, and a16 problem 39 (cut off);
studylib 5386008's calculator calls ("invNorm(0.8, 511, 112) = 605", "normalcdf (62, 72, 70.1,
2.5) = 0.7758") for the same reason, and its Chebyshev "18 .37 %" (garbled);
a12 problem 6, whose expression carries a word ("(4 red)/(6+4+7) = 4/17"); approximations the
page marks as such ("5^20 = (approx) 10^14", "k = 3.015≈3"); gradesaver 3-61's "34±k(8) =
[14, 54]" (an unknown k) and "(1-0.16)\times100=84%" (a number set equal to a percent);
algebra.com 798225's calculator
value against the table value (the tutor calls them "not exactly equal" yet both acceptable, so
no verdict); justaaa 431525's book answer (46.50, 53.50) (the answerer says "There may be some
error in the given data or the answer", but that interval is the one with the finite-population
correction for N=200, so the verdict is not reliable); boredofstudies 126355's binomial
expressions in q (superscripts run together in the stored text).

Lost formulas, skipped and never rebuilt: OpenLearn's fraction (stored as the words "one divided
by four"); mathhelpforum 161464's probability (the formula is gone); the cs.rit.edu ARQMath copy
of the TOMATO thread (48/720 vs 12/180) was used by an earlier set.

Examined and not used: jiskha 748400 ("I found approximately the same answer you did" for
(1079.48, 1320.50) vs 1079.52/1320.48, while the homework system marks it wrong: not settled);
jiskha 1080081 (a second, machine-written answer contradicts the first); mathhelpforum 132738 (the
answerer's 0.988 against the book's 0.9596: the book's setting is unknown); qammunity 18303795 and
the y.org copy of Brainly 11570611 (rounding discussed, no verdict); algebra.com 1148632 ("it is a
matter of rounding", not a verdict on equality); algebra.com 1076818 and wyzant 938774 (verdicts
are the homework system's, not a person's); talkstats 3082, marksmath 106, physicsforums 869344
and math.techqa.club 3322610 (no settled reply in the stored text); analystforum 11447 (closest
multiple-choice option); askanewquestion 3391699 and the edu.com, gauthmath, questionai,
smartsolve, vaia, mathix and h1.mathli.fyi pages (machine-written solutions); a.simonm.io mark
schemes (LLM-transcribed, as earlier sets found); scribd copies of SAT question-bank rationales
(the College Board keys were used by set 26); numbas.mathcentre.ac.uk exam files (a marking
program's settings, not a person's verdict); staff.hogwartsishere.com 29248861 (the answer's
"4:10=2:5" answers the wrong question); studyblog.blogspot.com (odds against a probability, two
different quantities); imathworks hypergeometric deck and cs.rit.edu 16020_2011 (used by earlier
sets).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IMW = "imathworks.com"

IMW_AT = (
    "https://imathworks.com/math/"
    "math-my-answer-to-a-combination-problem-is-different-from-the-textbook-answer"
)

JA = "justaaa.com"

JA_AT = (
    "https://justaaa.com/statistics-and-probability/"
    "431525-looking-at-my-answers-i-was-am-always-off-buy"
)

ALG = "www.algebra.com"

ALG_684385 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=684385"

ALG_798225 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=798225"

ALG_821953 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=821953"

ALG_812303 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=812303"

MBC = "www.mathbootcamps.com"

MBC_AT = "https://www.mathbootcamps.com/three-ways-write-confidence-interval/?share=google-plus-1"

BM = "brainmass.com"

BM_AT = (
    "https://brainmass.com/statistics/confidence-interval/"
    "express-confidence-interval-form-xbar-30811"
)

SOC = "socratic.org"

SOC_AT = "https://socratic.org/questions/58475720b72cff072caf7d7d"

HWS = "homeworksource.com"

HWS_AT = (
    "https://homeworksource.com/p/1065898/"
    "express-the-confidence-interval-0074-0116-in-the-form-of-p-w-1065898"
)

FR = "gestao.farmaciarosario.com.br"

FR_AT = "https://gestao.farmaciarosario.com.br/despeja/15303524"

LAM = "archive.laminart.com"

LAM_AT = "https://archive.laminart.com/dudas/18524787"

GS = "www.gradesaver.com"

GS_AT = (
    "https://www.gradesaver.com/textbooks/math/statistics-probability/introductory-statistics-9th-"
    "edition/chapter-3-section-3-4-use-of-standard-deviation-exercises-page-107/3-61"
)

AF = "www.analystforum.com"

AF_AT = "https://www.analystforum.com/t/odds-quant-methods/93054"

PM = "www.perlmonks.org"

PM_AT = "https://www.perlmonks.org/?node_id=466496;displaytype=xml"

MHF = "mathhelpforum.com"

MHF_AT = "http://mathhelpforum.com/statistics/161464-odds.html"

OU = "www.open.edu"

OU_AT = "https://www.open.edu/openlearn/mod/oucontent/view.php?id=68408&section=5"

BOS = "boredofstudies.org"

BOS_AT = "https://boredofstudies.org/threads/probability.126355/"

GSHEET = "docs.google.com"

GSHEET_AT = (
    "https://docs.google.com/spreadsheets/d/1WYT4LBulTH7YwKWIEl_QSlMCBUBFtlJatYMnx0ltOEk/"
    "edit?usp=sharing"
)

NKU = "nku.edu"

NKU_A12 = "https://nku.edu/~longa/classes/2000fall/mat115/chapter4/a12.html"

NKU_A16 = "https://nku.edu/~longa/classes/2000fall/mat115/chapter4/a16.html"

UNI = "math-cs.cns.uni.edu"

UNI_AT = "http://math-cs.cns.uni.edu/~campbell/mdm/hwans11.html"

ALG_579630 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=579630"

TCH = "www.teachoo.com"

TCH_AT = (
    "https://www.teachoo.com/4087/764/Ex-13.2--11---Given-two-independent-events-A--B--P(A)--0.3/"
    "category/Ex-13.2/"
)

SL = "studylib.net"

SL_AT = "https://studylib.net/doc/5386008/sd-and-normal-distribution-worksheet"

CP = "www.calpoly.edu"

CP_AT = "http://www.calpoly.edu/~bchance/APReview/errata.html"


def _w(repo: str, where: str, gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=expected, why=why)


CASES = [
    # Mathematics Stack Exchange (imathworks mirror): asker's count vs the book's (52920 vs 25200).
    _w(
        IMW,
        IMW_AT,
        r"9\cdot8\cdot7\cdot6\cdot5 + 9\binom52\cdot8\cdot7\cdot6"
        r" + \binom92\cdot7\cdot\frac{5!}{2\cdot2}",
        r"9\cdot8\cdot7\cdot6\cdot5 + \binom94\cdot\frac{5!}2 + \binom93\cdot\frac{5!}{2\cdot2}",
        False,
        "book's answer vs the asker's; 'Both answers don't equal the same', best answer: the "
        "one-pair case needs 4*C(9,4), not C(9,4)",
    ),
    # Confidence intervals: rounding, interval / inequality / estimate ± margin forms.
    _w(
        JA,
        JA_AT,
        r"(46.3217 , 53.6783)",
        r"(46.32, 53.68)",
        True,
        "'The 90% confidence interval is (46.3217 , 53.6783). Your answer and all the steps are "
        "correct'",
    ),
    _w(
        ALG,
        ALG_684385,
        r"31.78 < µ < 36.22",
        r"33.31 to 34.96",
        False,
        "asker's interval (marked wrong) vs the tutor's worked 31.78 < µ < 36.22",
    ),
    _w(
        MBC,
        MBC_AT,
        r"0.248 \pm 0.045",
        r"24.8\% \pm 4.5\%",
        True,
        "'Since this confidence interval is estimating a percentage, it might also be written as' "
        "24.8% ± 4.5%",
    ),
    _w(
        BM,
        BM_AT,
        r"(291.67, 543.11)",
        r"417.39+-125.72",
        True,
        "'So the correct answer is b) 417.39+-125.72' for the Z interval (291.67, 543.11)",
    ),
    _w(
        BM,
        BM_AT,
        r"(291.67, 543.11)",
        r"417.39 +- 291.67",
        False,
        "choice a) 417.39 +- 291.67 is not the interval (the margin is 125.72)",
    ),
    _w(
        SOC,
        SOC_AT,
        r"(0.0268, 0.133)",
        r"0.0799-0.0531< p < 0.0799+0.0531",
        True,
        "(0.0268, 0.133) rewritten in the form p^ - E < p < p^ + E",
    ),
    _w(
        SOC,
        SOC_AT,
        r"(0.0268, 0.133)",
        r"p in (0.0799+-0.0531)",
        True,
        "'or p in (0.0799+-0.0531)' (ASCIIMath # delimiters dropped)",
    ),
    _w(
        HWS,
        HWS_AT,
        r"(0.074, 0.116)",
        r"0.095 - 0.021 < P < 0.095 + 0.021",
        True,
        "(0.074, 0.116) 'in the form of p^ - E < p < p^ + E': '0.095 - 0.021 < P < 0.095 + "
        "0.021 [ANSWER]'",
    ),
    _w(
        FR,
        FR_AT,
        r"114.5 ± 4.42",
        r"between $110.08 and $118.92",
        True,
        "'= 114.5 ± 4.42' ... 'the mean price of all textbooks is between $110.08 and $118.92'",
    ),
    _w(
        LAM,
        LAM_AT,
        r"0.2857< p < 0.4601",
        r"0.3729 -0.0872< p < 0.3729 +0.0872",
        True,
        "'0.3729 -0.0872< p < 0.3729 +0.0872 => 0.2857< p < 0.4601'",
    ),
    _w(
        GS,
        GS_AT,
        r"[10, 58]",
        r"[34-(8)3, 34+8(3)]",
        True,
        "'Interval = [34-(8)3, 34+8(3)] =[10, 58]'",
    ),
    # Odds vs probability.
    _w(
        AF,
        AF_AT,
        r"3:1",
        r"1:3",
        False,
        "odds against a spade: the asker 'said B 1:3 ... but answer is 3 to 1'",
    ),
    _w(
        AF, AF_AT, r"3:1", r"39:13", True, "'the odds against getting a spade are 39:13 ... or 3:1'"
    ),
    _w(
        PM,
        PM_AT,
        r"3:1",
        r"3",
        True,
        "'the odds are 3:1 (or 3, if one follows the common practice viewing this as a ratio)'",
    ),
    _w(PM, PM_AT, r"3:1", r"25%", False, "'the odds are 3:1 ... but decidedly not 25%'"),
    _w(
        MHF,
        MHF_AT,
        r"1 : 2",
        r"1/2 : 1",
        True,
        "'The odds in favor are 1/2 : 1, or to clear fractions ... the odds in favor for A are "
        "1 : 2'",
    ),
    # Probability as decimal, percent, '1 in 4'.
    _w(
        OU,
        OU_AT,
        r"0.25",
        r"25%",
        True,
        "'the probability of A occurring is 0.25' and 'a 25% probability' are 'all equivalent'",
    ),
    _w(
        OU,
        OU_AT,
        r"0.25",
        r"1 in 4",
        True,
        "'a 1 in 4 probability ... that too is equivalent to the other three statements'",
    ),
    # z-scores and normal probabilities with rounding (algebra.com tutor Theo).
    _w(
        ALG,
        ALG_798225,
        r"1.805",
        r"1.805477458",
        True,
        "calculator z; 'since you are asked to round to 3 decimal places, then your answer would "
        "be 1.805 either way' (rounded answer)",
    ),
    _w(
        ALG,
        ALG_798225,
        r"1.805",
        r"1.805512820513",
        True,
        "table-interpolated z; 'your answer would be 1.805 either way' (rounded answer)",
    ),
    _w(
        ALG, ALG_821953, r".0228", r"2.28%", True, "'rounded to 4 decimal places ... .0228 = 2.28%'"
    ),
    _w(
        ALG,
        ALG_821953,
        r".0228",
        r".022750062",
        True,
        "'area to the left of z-score of -2 = .022750062. rounded to 4 decimal places = .0228' "
        "(rounded answer)",
    ),
    _w(ALG, ALG_821953, r".0014", r".14%", True, "'round to 4 decimal places to get .0014 = .14%'"),
    _w(ALG, ALG_821953, r".0013", r".13%", True, "'rounded to 4 decimal places = .0013 = .13%'"),
    _w(
        ALG,
        ALG_821953,
        r".14%",
        r".13%",
        False,
        "'the discrepancy between .13% and .14% ... it's a small difference, but it is a "
        "difference'",
    ),
    # Binomial probabilities and counts written as formulas.
    _w(
        ALG,
        ALG_812303,
        r"0.27869184",
        r"(8 C 3)*(0.4)^3*(1-0.4)^(8-3)",
        True,
        "'P(3) = (8 C 3)*(0.4)^3*(1-0.4)^(8-3) ... = 0.27869184 ... The decimal value is exact'",
    ),
    _w(
        ALG,
        ALG_812303,
        r"0.27869184",
        r"56*(0.4)^3*(1-0.4)^(8-3)",
        True,
        "'P(3) = 56*(0.4)^3*(1-0.4)^(8-3)' = 0.27869184",
    ),
    _w(
        ALG,
        ALG_812303,
        r"0.025034752",
        r"0.000262144 + 0.003538944 + 0.021233664",
        True,
        "'0.000262144 + 0.003538944 + 0.021233664 = 0.025034752'",
    ),
    _w(BOS, BOS_AT, r"60", r"^{5}P_{3}", True, "posted correct solution 3(i): '^{5}P_{3}= 60'"),
    _w(
        BOS,
        BOS_AT,
        r"320",
        r"^{5}P_{2}+^{5}P_{3}+^{5}P_{4}+^{5}P_{5}",
        True,
        "3(ii): '^{5}P_{2}+^{5}P_{3}+^{5}P_{4}+^{5}P_{5}= 320' (stored as '= 3206.', the next "
        "question's number run in)",
    ),
    # Instructor's typed key to Sec 4.7 (Google spreadsheet).
    _w(
        GSHEET,
        GSHEET_AT,
        r"175,760,000",
        r"26*26*26*10*10*10*10",
        True,
        "#1: '26*26*26*10*10*10*10 = (26^3)*(10^4) =175,760,000'",
    ),
    _w(GSHEET, GSHEET_AT, r"175,760,000", r"(26^3)*(10^4)", True, "#1"),
    _w(GSHEET, GSHEET_AT, r"362,880", r"9!", True, "#2: '9! = 362,880'"),
]

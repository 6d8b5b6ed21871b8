r"""An eighty-first fresh set of answer-equivalence cases (evaluation only; helper "b":
exponential and logarithmic equations and expressions -- exact solutions written with ln, with
common logs, as log base b or by change of base, their decimals, expanded against condensed
logarithms, and solution sets where an extraneous root must be refused -- settled on answer
keys, textbook worked solutions and question-and-answer threads).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path
part, was grepped in bench/ and checked against every /work/wt/fresh*_claims/claims.txt; each
page was claimed in /work/wt/fresh81_claims/claims.txt before use). Each case gives the reference
answer (``gold``), the prediction (``pred``: another form the page gives as the same answer, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh81_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (plain ``ln2/ln3``, ``log_2 5``,
``log₄(2)``, ``lnx+lny+2lnz`` without spaces, LaTeX kept as LaTeX, including gradesaver's
``\approx`` and ``\text{ or }`` and the ``\:`` spacing of the policylink copy). A page's ``$``
and socratic's ``#`` math delimiters and a leading ``x =`` are dropped when the answer is the
right side; an answer written as two equations joined by "or" (gradesaver Blitzer 3.4 #43) is
kept whole. Where a page writes a chain ``A = B = C``, the member the page gives as the answer
is the gold and another member a prediction. Where a condensing or evaluating exercise states
"given = answer" (web2.0calc, socratic, schoolupdateshub), the gold is the answer and the pred
the given expression, which the page states is equal. Cases that pair a rounded value with the
exact value it was rounded from say so in ``why`` ("rounded value"): they are True because the
page gives both as its answer, not because the numbers are equal. Refused forms are a rejected
root alone, or the whole candidate set as the asker or the page first wrote it ("x = 5 and x =
-4", "{-1, 6}", "x = 9 or x = -1"), which the page then cuts to one root.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- ask.manytutors.com questions/133782 (the answer sheet's -ln2/ln3; "x = ln2/ln3 does not satisfy
  the original equation"). 1 case (1 False).
- math.techqa.club 1478423 (MSE copy; ln a = 2, ln b = 3, ln c = 5: the asker's -23 "is wrong",
  6 + 9 +20 = 35; "= \frac 12 [-6 - 15 + 2] = -19/2 so that one is right"). 3 cases (1 False).
- askanewquestion.com 172724 (ln(1/√(ab^3)): the asker's 1.5 against the textbook's -5.5, and
  the answer's -1/2 (2) - 3/2 (3)). 2 cases (1 False).
- openstudy.com 50bdafe9e4b09e7e3b857a63 (log_3 30 = log_3 10 + log_3 3 = log 10/log 3 + 1 = 1/log
  3 + 1, with the reply's correction of a lost "3"). 3 cases.
- www.cdli.ca Math 3204 unit 3 org06-ilo02 5-selftest-b ("x = -2 is called an extraneous root ...
  the only root is x = 5"). 1 case (1 False).
- www.gradesaver.com and gradesaver.com textbook solutions: Algebra: A Combined Approach 4e ch.
  12 review #85 and #86 (exact solution and four-decimal approximation), Algebra 2 Common Core
  7-6 #73, Precalculus 10e 5.6 #52, Blitzer Precalculus 6e ch. 3 test #12, Algebra 2 1e 7.6
  guided practice #4 (x = log_2 5, x = 2.32), Algebra and Trigonometry 10e ch. 5 review #83,
  Functions Modeling Change 5e ch. 5 skills #40 (one exact form and its decimal each). 8 cases.
- mathhelpforum.com 91904 ("the solution guide rejects the x = -4", "only x=5 is a solution").
  2 cases (2 False).
- www.wyzant.com 213027 (log(1 - x) + log(4 - x) = 1: "{-1, 6} 6 is extraneous"). 2 cases
  (2 False).
- www.math-principles.com 2012/12 solving-logarithmic-equation ("x = -1 is an extraneous root
  Therefore, the answer is x = 3"). 2 cases (2 False).
- freemathhelp.com 119224 ("thinking that log5/log6 = 1.11328 which is not true", "It's log 6/log 5
  = 1.11328, and it is true"). 2 cases (1 False).
- mathhelpboards.com 1023 (7.3^(2x+1) = 10: x = (1/2)(ln(10)/ln(7.3) - 1) ≈ 0.0792). 1 case.

Sources of bench/equiv_fresh81_b2.py:

- web2.0calc.com "what is log x + log y - 2 log z written as a single logarithm" (log x + log y - 2
  log z = log (x * y) - log z^2 = log [ (x * y) / z^2 ]). 2 cases.
- www.enotes.com 521464 (ln(xyz^2) = lnx+lny+2lnz). 1 case.
- vespr.org "how do you solve log x + log (x - 3) = 1" ("x=5,-2" ... "only x=5 is true"). 1 case
  (1 False).
- www.gradesaver.com College Algebra 7e 4.5 #64 (x = -2 "does not work ... we throw this solution
  out") and Blitzer Precalculus 6e ch. 4 cumulative review #3 ("Neglect the negative term").
  3 cases (3 False).
- api-project-1022638073839.appspot.com (socratic copy) "how do you solve lnx+ln(x+2)=4" (x = -1 +
  sqrt(e^4 + 1) ≈ 6.456; the ± form refused). 2 cases (1 False).
- www.africaexams.com WAEC 2023 paper question 40 ("x = 9 or x = -1 ... ∴ x = 9"). 1 case
  (1 False).
- socratic.org answer 585841 ("x = - 1 , 9 ... x=9 is the valid solution"). 1 case (1 False).
- gradesaver.com Intermediate Algebra 6e 9.8 #38 ("x={-1,9}" ... "only x=9 satisfies"). 1 case
  (1 False).
- socratic.org answer 161794 (log(x+2) + log(x-1) = 1: "Discard the spurious solution x=-4").
  1 case (1 False).
- socratic.org "for the logarithms 2^(x+1) = 3^x" (x = ln(2)/(ln(3) - ln(2)) = ln(2)/(ln(3/2)) =
  log_(3/2)(2)). 2 cases.
- askanewquestion.com 342525 (3^(x+1) = 2^x: x = -log3/(log3 - log2), appr. - 2.7095). 1 case.
- indextestingapp.uonbi.ac.ke preguntia 27840849 (a copied human answer: log(3)/log(2/3) =
  log(3)/(log(2) -log(3)) ≈ -2.7095113, about -2.71) and 14004103 (log 2 - log 8 is equivalent to
  log (2) + log (1/8) and to log (1/4)). 5 cases.
- code.policylink.org comparte 20307039 (a copied human answer: 5^(2x-1) = 12^x, x = log 5/(log 25
  - log 12) = 2.19278679 ≈ 2.19). 2 cases.
- gradesaver.com Blitzer Precalculus 6e 3.4 #43 (x = ln 2 or x = ln 1, x ≈ 0.69 or x = 0).
  1 case.
- mathhelpforum.com 188300 (e^2x-3e^x+2=0: the asker's -.23 against x = ln 2, 0). 1 case
  (1 False).
- socratic.org "how do you solve lnx=2" (x = e^2 = 7.389). 1 case.
- socratic.com "how do you evaluate log_4 (8)" (ln(8)/ln(4) = 1.5). 1 case.
- securityreports.net answer 84995 (log4 8: 3 log₄(2) = 1.5, log10(8) / log10(4) = 3/2 = 1.5).
  3 cases.
- web2.0calc.com solve-this-equation_79977 (1/2 log8/log2 = x = 1.5). 1 case.
- schoolupdateshub.com post-explanation 27765 (WAEC 2002: (1/2)log 25 - 2 log 3 + log 18 = log 10
  = 1). 2 cases.
- socratic.org "how do you condense 2 log x - 3 log y" (= log x^2 - log y^3 = log(x^2/y^3)).
  2 cases.
- wiki.rmanhart.org (MSE copy) 485804 (the asker's 2 log_a(x/log_a(y)) against log_a(X^2/Y^3)).
  1 case (1 False).

63 cases in all (22 False): 27 here (11 False), 36 in bench/equiv_fresh81_b2.py (11
False).

Left out, by rule: general identities stated without a question (change of base, the WeBWorK
"enter log base 2 of x as ln(x)/ln(2)" note); single forms with no second form on the page
(wyzant 143251 "x = log 2 / log 5", socratic 5a7202c5b72cff60b50bb6f2, openstudy
50a6fe3ae4b082f0b852e09a, socratic.com "4^x-2^(x+1)=3", mathhelpforum 139808 and 22808, enotes
243513, gradesaver Calculus (Anton) 6.1 #24); a rejected root the page never writes as a value
(math.techqa.club 2907155, which only factors (x-4)(x+2) and keeps x = 4; math.techqa 1478423
(b), where the asker's -19/2 is the page's own answer, is used only through the answer's working);
repeats of the same equation and the same pair from copies of one site (the appspot copy of
socratic "how do you solve logx + log(x-3) = 1", socratic "log_3 x + log_3 (x - 8) = 2" without
the anchor, gradesaver College Algebra 7e ch. 4 review #69, homeworksource 1108421); the
uppercase-variable True forms of wiki.rmanhart 485804 (the answer renames x, y to X, Y), so only
its refusal is taken.

Examined and not used: pages used by earlier sets (mathhelpforum 206669 and 163915, gradesaver
Functions Modeling Change 5e ch. 5 #41 and Algebra: A Combined Approach 12.8 #3, socratic "how do
you solve 3^x = 7", wyzant 818263); formulas lost or stacked in the stored text (sosmath and
drkhamsi log4601 and log4612, mathcentral heather2, varsitytutors simplifying-logarithms,
studylib 6798375 IB "logs test ms", the fanyv88 copy of scribd 615021680, ib.mycosmic.dev q/766
and q/280, sonoma.edu Math 50 MT3p5, solve.club missing-exponent-2, wyzant 118069, the
r/HomeworkHelp copy 1nf0ezy, physicsforums 80953 whose log subscripts were lost); no verdict or
no answer in the stored text (wiki.rmanhart 4033403, studypool 474096, mathhelpforum 97335 and
163143, the appspot socratic copy "log(x+2)+log(x-1)=1" that lists -4 as a root unrefuted);
socratic answer 210064 (its headline "x=-4" contradicts its own "the only answer is x=3"); wyzant
143227 (its Ln(5)/Ln(4) is the reciprocal of log_5 4, wrong on its face); the appspot socratic
copy "how do you solve 2^(x+1)=3^x" (its "ln 2/(ln 3 - ln 2)" is printed as a log of a fraction);
physicsforums 432722 (a machine-written summary); algebra.com, jiskha.com and a.simonm.io pages
(excluded by the brief); machine-written or AI solution pages (edu.com, questionai, mathix,
smartsolve, solvely, corca.app, mysovi.ai, studdy.ai, studyquestionhub, studysmarter, Pearson
channels, mathskey, askanewquestion GPT answers 3979307, 3979312 and 4355201, atlas.org,
scholardog, math-gpt.org, winenfood.com Kuta guides, bytelearn).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# (domain, full URL) of each page; no commit, no licence file.
MT = "ask.manytutors.com"
MT_133782 = "https://ask.manytutors.com/questions/133782"
TQ = "math.techqa.club"
TQ_1478423 = (
    "https://math.techqa.club/solving-ln-property-equations-such-as-ln-sqrt-b-2-c-3-a-1-1478423"
)
ANQ = "askanewquestion.com"
ANQ_172724 = "https://askanewquestion.com/questions/172724"
ANQ_342525 = "https://askanewquestion.com/questions/solve-for-x-3-x-1-2-x-this-is-what-i-have-so-far-x-1-log3/342525"
OS = "openstudy.com"
OS_LOG330 = "http://openstudy.com/updates/50bdafe9e4b09e7e3b857a63"
CDLI = "www.cdli.ca"
CDLI_SELFB = "https://www.cdli.ca/learning-content-rework/courses/mathematics/math3204/unit-03/org06-ilo02/5-selftest-b.html"
GS = "www.gradesaver.com"
GS0 = "gradesaver.com"
GS_CA907_85 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/chapter-12-review-page-907/85"
GS_CA907_86 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/chapter-12-review-page-907/86"
GS_A2CC_73 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-2-common-core/chapter-7-exponential-and-logarithmic-functions-7-6-natural-logarithms-practice-and-problem-solving-exercises-page-483/73"
GS_PC10_52 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-10th-edition/chapter-5-exponential-and-logarithmic-functions-5-6-logarithmic-and-exponential-equations-5-6-assess-your-understanding-page-311/52"
GS_BLZ_T12 = "https://gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-3-test-page-515/12"
GS_A21_4 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-2-1st-edition/chapter-7-exponential-and-logarithmic-functions-7-6-solve-exponential-and-logarithmic-equations-guided-practice-for-examples-2-and-3-page-516/4"
GS_AT10_83 = "https://www.gradesaver.com/textbooks/math/algebra/algebra-and-trigonometry-10th-edition/chapter-5-review-exercises-page-413/83"
GS_FMC_40 = "https://www.gradesaver.com/textbooks/math/precalculus/functions-modeling-change-a-preparation-for-calculus-5th-edition/chapter-5-logarithmic-functions-exercises-to-skills-for-chapter-5-page-232/40"
GS_CA7_64 = "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-7th-edition/chapter-4-exponential-and-logarithmic-functions-section-4-5-exponential-and-logarithmic-functions-4-5-exercises-page-404/64"
GS_BLZ_CR3 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-4-cumulative-review-exercises-page-647/3"
GS_IA6_38 = "https://gradesaver.com/textbooks/math/algebra/intermediate-algebra-6th-edition/chapter-9-section-9-8-exponential-and-logarithmic-equations-and-problem-solving-exercise-set-page-591/38"
GS_BLZ_43 = "https://gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition-blitzer/chapter-3-section-3-4-exponential-and-logarithmic-equations-exercise-set-page-488/43"
MHF = "mathhelpforum.com"
MHF_91904 = "http://mathhelpforum.com/pre-calculus/91904-can-someone-help-me-solve-logarithmic-equation.html"
MHF_188300 = "http://mathhelpforum.com/calculus/188300-help-natural-logarithms.html"
WYZ = "www.wyzant.com"
WYZ_213027 = "https://www.wyzant.com/resources/answers/213027/solve_for_x"
MP = "www.math-principles.com"
MP_LOG = "https://www.math-principles.com/2012/12/solving-logarithmic-equation.html"
FMH = "freemathhelp.com"
FMH_119224 = "https://freemathhelp.com/forum/threads/problem-with-logs-with-exponent.119224"
MHB = "mathhelpboards.com"
MHB_1023 = "https://mathhelpboards.com/threads/logarithm.1023/"
W2C = "web2.0calc.com"
W2C_SINGLE = (
    "https://web2.0calc.com/questions/what-is-log-x-log-y-2-log-z-written-as-a-single-logarithm"
)
W2C_79977 = "https://web2.0calc.com/questions/solve-this-equation_79977"
EN = "www.enotes.com"
EN_521464 = "https://www.enotes.com/homework-help/ln-xyz-2-use-properties-logarithms-expand-521464"
VES = "vespr.org"
VES_LOGX3 = "https://vespr.org/questions/how-do-you-solve-log-x-log-x-3-1-1"
APP = "api-project-1022638073839.appspot.com"
APP_LNX4 = "https://api-project-1022638073839.appspot.com/questions/how-do-you-solve-lnx-ln-x-2-4"
AFX = "www.africaexams.com"
AFX_WAEC40 = "https://www.africaexams.com/test/waec-mathematics-2023-paper/40"
SOC = "socratic.org"
SOC_585841 = "https://socratic.org/questions/how-do-you-solve-log-3x-log-3-x-8-2#585841"
SOC_161794 = "https://socratic.org/answers/161794"
SOC_2X1 = "https://socratic.org/questions/for-the-logarithms-2-x-1-3-x-how-do-you-solve-for-x"
SOC_LNX2 = "https://socratic.org/questions/how-do-you-solve-lnx-2-1"
SOC_COND = "https://socratic.org/questions/how-do-you-condense-2-log-x-3-log-y"
SOCC = "socratic.com"
SOCC_LOG48 = "https://socratic.com/questions/how-do-you-evaluate-log-4-8"
UON = "indextestingapp.uonbi.ac.ke"
UON_27840849 = "https://indextestingapp.uonbi.ac.ke/preguntia/27840849"
UON_14004103 = "https://indextestingapp.uonbi.ac.ke/preguntia/14004103"
PL = "code.policylink.org"
PL_20307039 = "https://code.policylink.org/comparte/20307039"
SR = "securityreports.net"
SR_84995 = "https://securityreports.net/answer/84995"
SUH = "schoolupdateshub.com"
SUH_27765 = "https://schoolupdateshub.com/member/post-explanation/27765"
RMH = "wiki.rmanhart.org"
RMH_485804 = "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/485804/express-as-a-single-logarithm"

CASES = [
    # ask.manytutors.com 133782: the answer sheet's -ln2/ln3 against the asker's ln2/ln3
    _c(
        MT,
        MT_133782,
        gold=r"-ln2/ln3",
        pred=r"ln2/ln3",
        wrap=True,
        expected=False,
        why="'the r answer sheet says -ln2/ln3' ... 'x = ln2/ln3 does not satisfy the original equation'",
    ),
    # math.techqa.club 1478423: ln a = 2, ln b = 3, ln c = 5; the asker's values checked
    _c(
        TQ,
        TQ_1478423,
        gold=r"35",
        pred=r"-23",
        wrap=True,
        expected=False,
        why="(a) asker's '= -23'; answer: '= 6 + 9 +20 = 35 so that one is wrong'",
    ),
    _c(
        TQ,
        TQ_1478423,
        gold=r"35",
        pred=r"6 + 9 +20",
        wrap=True,
        expected=True,
        why="(a) '3\\ln a + 3 \\ln b + 4 \\ln c = 6 + 9 +20 = 35'",
    ),
    _c(
        TQ,
        TQ_1478423,
        gold=r"-19/2",
        pred=r"\frac 12 [-6 - 15 + 2]",
        wrap=True,
        expected=True,
        why="(b) '= \\frac 12 [-6 - 15 + 2] = -19/2 so that one is right'",
    ),
    # askanewquestion.com 172724: ln(1/sqrt(ab^3)) with ln a = 2, ln b = 3; textbook -5.5
    _c(
        ANQ,
        ANQ_172724,
        gold=r"-5.5",
        pred=r"1.5",
        wrap=True,
        expected=False,
        why="asker: '= 1.5 --textbook answer is -5.5 ... where did I go wrong?'",
    ),
    _c(
        ANQ,
        ANQ_172724,
        gold=r"-5.5",
        pred=r"-1/2 (2) - 3/2 (3)",
        wrap=True,
        expected=True,
        why="answer's working: '-1/2 ln a -3/2 ln b' then '-1/2 (2) - 3/2 (3)' (= -5.5, the textbook's answer)",
    ),
    # openstudy.com 50bdafe9e4b09e7e3b857a63: log_3 30 by change of base (with the reply's correction)
    _c(
        OS,
        OS_LOG330,
        gold=r"\log_3 30",
        pred=r"\log_3 10 + \log_3 3",
        wrap=True,
        expected=True,
        why="'\\log_3 30 = \\log_3 (10 \\times 3) = \\log_3 10 + \\log_3 3 = ...'",
    ),
    _c(
        OS,
        OS_LOG330,
        gold=r"\log_3 30",
        pred=r"{\log_{10} 10 \over \log_{10} 3} + 1",
        wrap=True,
        expected=True,
        why="correction: 'Second last step should be: {\\log_{10} 10 \\over \\log_{10} 3} + 1'",
    ),
    _c(
        OS,
        OS_LOG330,
        gold=r"\log_3 30",
        pred=r"{1 \over \log_{10} 3 } +1",
        wrap=True,
        expected=True,
        why="'... = {1 \\over \\log_{10} 3 } +1' (last member of the chain)",
    ),
    # www.cdli.ca Math 3204 unit 3 Focus J self-test B: the root -2 is extraneous
    _c(
        CDLI,
        CDLI_SELFB,
        gold=r"5",
        pred=r"-2",
        wrap=True,
        expected=False,
        why="'the root x = -2 is called an extraneous root for this equation and the only root is x = 5'",
    ),
    # gradesaver Algebra: A Combined Approach 4e, chapter 12 review #85 and #86: exact and four-decimal answers
    _c(
        GS,
        GS_CA907_85,
        gold=r"\frac{\log 20}{\log 7}",
        pred=r"1.5395",
        wrap=True,
        expected=True,
        why="'the exact solution is {\\frac{\\log 20}{\\log 7}} whereas the four decimal approximation is {1.5395}' (rounded value)",
    ),
    _c(
        GS,
        GS_CA907_86,
        gold=r"\frac{\log 7}{2\log 3}",
        pred=r"0.8856",
        wrap=True,
        expected=True,
        why="'the exact solution is {\\frac{\\log 7}{2\\log 3}} whereas the four decimal approximation is {0.8856}' (rounded value)",
    ),
    # gradesaver Algebra 2 Common Core 7-6 #73: 7^x = 254
    _c(
        GS,
        GS_A2CC_73,
        gold=r"2.8456",
        pred=r"\frac{\ln{254}}{\ln7}",
        wrap=True,
        expected=True,
        why="Answer '$x\\approx 2.8456$'; work 'x&=\\frac{\\ln{254}}{\\ln7}' then 'Use a calculator to evaluate' (rounded value)",
    ),
    # gradesaver Precalculus 10e 5.6 #52
    _c(
        GS,
        GS_PC10_52,
        gold=r"\frac{ln\frac{4}{3}}{ln5+ln\frac{4}{3}}",
        pred=r"0.152",
        wrap=True,
        expected=True,
        why="Answer '$\\frac{ln\\frac{4}{3}}{ln5+ln\\frac{4}{3}}\\approx0.152$' (rounded value)",
    ),
    # gradesaver Precalculus 6e (Blitzer) chapter 3 test #12: 5^x = 1.4
    _c(
        GS0,
        GS_BLZ_T12,
        gold=r"0.2091",
        pred=r"\dfrac{\ln 1.4}{\ln 5}",
        wrap=True,
        expected=True,
        why="Answer '$0.2091$'; 'x = \\dfrac{\\ln 1.4}{\\ln 5} \\approx 0.2091' (rounded value)",
    ),
    # gradesaver Algebra 2 (1st ed.) 7.6 guided practice #4: 2^x = 5
    _c(
        GS,
        GS_A21_4,
        gold=r"log_2 5",
        pred=r"2.32",
        wrap=True,
        expected=True,
        why="'we find: $$x = log_2 5 \\\\ x=2.32$$' (rounded value)",
    ),
    # gradesaver Algebra and Trigonometry 10e chapter 5 review #83
    _c(
        GS,
        GS_AT10_83,
        gold=r"ln(3)",
        pred=r"1.099",
        wrap=True,
        expected=True,
        why="'we find: $$x=ln(3) =1.099$$' (rounded value)",
    ),
    # gradesaver Functions Modeling Change 5e chapter 5 skills #40: 12^x = 7
    _c(
        GS,
        GS_FMC_40,
        gold=r"0.783",
        pred=r"\frac{\ln 7}{\ln 12}",
        wrap=True,
        expected=True,
        why="Answer '$x \\approx 0.783$'; 'x=\\frac{\\ln 7}{\\ln 12}\\approx0.783' (rounded value)",
    ),
    # mathhelpforum 91904: the solution guide rejects x = -4
    _c(
        MHF,
        MHF_91904,
        gold=r"5",
        pred=r"x = 5 and x = -4",
        wrap=True,
        expected=False,
        why="asker: 'I get x = 5 and x = -4 but the solution guide rejects the x = -4'; reply: 'only x=5 is a solution'",
    ),
    _c(
        MHF,
        MHF_91904,
        gold=r"5",
        pred=r"-4",
        wrap=True,
        expected=False,
        why="'-4 is rejected because there are no real solutions to a negative logarithm ... only x=5 is a solution'",
    ),
    # wyzant 213027: log(1 - x) + log(4 - x) = 1, 6 is extraneous
    _c(
        WYZ,
        WYZ_213027,
        gold=r"-1",
        pred=r"{-1, 6}",
        wrap=True,
        expected=False,
        why="tutor: '{-1, 6}' then '6 is extraneous' (so the solution is -1 alone)",
    ),
    _c(
        WYZ,
        WYZ_213027,
        gold=r"-1",
        pred=r"6",
        wrap=True,
        expected=False,
        why="tutor: '{-1, 6}' then '6 is extraneous'",
    ),
    # www.math-principles.com 2012/12 solving-logarithmic-equation: root -1 extraneous
    _c(
        MP,
        MP_LOG,
        gold=r"3",
        pred=r"x = 3 and x = -1",
        wrap=True,
        expected=False,
        why="'The roots of the equation are: x = 3 and x = -1.' ... 'x = -1 is an extraneous root Therefore, the answer is x = 3.'",
    ),
    _c(
        MP,
        MP_LOG,
        gold=r"3",
        pred=r"-1",
        wrap=True,
        expected=False,
        why="'If x = -1, then ... x = -1 is an extraneous root Therefore, the answer is x = 3.'",
    ),
    # freemathhelp.com 119224: the value of a quotient of logs
    _c(
        FMH,
        FMH_119224,
        gold=r"1.11328",
        pred=r"\frac{\log 6}{\log 5}",
        wrap=True,
        expected=True,
        why="reply: 'It's \\frac{\\log 6}{\\log 5} = 1.11328, and it is true.'",
    ),
    _c(
        FMH,
        FMH_119224,
        gold=r"1.11328",
        pred=r"\dfrac {\log5}{\log6}",
        wrap=True,
        expected=False,
        why="reply: 'Your main mistake is thinking that \\dfrac {\\log5}{\\log6} = 1.11328 which is not true.'",
    ),
    # mathhelpboards.com 1023: 7.3^(2x+1) = 10
    _c(
        MHB,
        MHB_1023,
        gold=r"0.0792",
        pred=r"\frac{1}{2}\left(\frac{\ln(10)}{\ln(7.3)}-1\right)",
        wrap=True,
        expected=True,
        why="'$x = \\frac{1}{2}\\left(\\frac{\\ln(10)}{\\ln(7.3)}-1\\right) \\approx 0.0792$' (rounded value)",
    ),
]

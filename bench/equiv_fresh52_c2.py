r"""A fifty-second fresh set of answer-equivalence cases, continued (evaluation only; helper "c":
logarithm and exponential answers settled by a person on a public web page -- doubling times,
half-lives and decay constants, log of a power with and without absolute value, exponential
equations with two bases, extraneous roots of log equations, and expanded logarithms).

This module continues bench/equiv_fresh52_c.py; its docstring gives the rules of the set (sources
checked against every earlier set and claimed in /work/wt/fresh52_claims, pages of the search
tool's ``pages`` corpus, only the stored excerpt read, strings copied as the page shows them,
algebra.com's formula markup dropped, ``wrap`` always True, rounded values marked in ``why``).
``repo`` is the domain of the stored copy and ``where`` its full URL; there is no commit, and every
source is a web page with no licence file. Do not tune the judge on these cases.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- boredofstudies.org post 6895419 (n=log2/log(1.06), n=11.895.., n=12 years). 2 cases.
- www.algebra.com solution 644158 (t = ln2/(2ln1.03) ==> t = 11.7 years). 1 case.
- www.wyzant.com 10825 (x = ln2/0.005 = 138.6 months = 11.55 years). 2 cases.
- www.jiskha.com 1447553051 (n = Log 2/Log 1.06 = 11.9 yrs). 1 case.
- www.jiskha.com 1367803955 (n = log2/log1.1586 = appr 4.7 years). 1 case.
- indextestingapp.uonbi.ac.ke preguntia 4464409 (t=(ln 0.5)/(-2.360), t=0.294). 1 case.
- math.techqa.club 1761923 (half-life from 375 mg to 300 mg in 72 hours: the asker's ln(375)/ln(72)
  against 72 ln 2/ln(375/300)). 1 case (False).
- www.wyzant.com 900024 ("0.693 is the natural log of 2"). 1 case.
- www.algebra.com solution 788219 (ln(1/2) = ln(1) - ln(2) = -ln(2)). 1 case.
- www.algebra.com solution 400344 (ln(2)/.0121 = t = 57.2849 yrs). 1 case.
- www.algebra.com solution 19787 (log(2x^2) = 2log(2x)? "It is false." with both expansions).
  4 cases (2 False).
- math.techqa.club 1965681 (log (x^2) = 2log|x|). 1 case.
- vidyadip.com 2737870 (a question bank's key: the equivalent of log x^2 is 2log|x|, not 2log x).
  2 cases (1 False).
- kiwix.lukehooper.xyz, a copy of math.stackexchange.com question 171176 (y = ln x^2 is the same
  function as y = 2 ln|x|, "Short answer: yes."). 1 case.
- www.algebra.com solution 616412 (P(t)=500*e^(ln(3)t/3) <--> 500*3^(t/3); P(5) = 3120; t=3.96).
  3 cases.
- sosmath.com log4713 ("x=e-1 is the exact answer and x=1.71828182846 is an approximate answer").
  1 case.
- www.algebra.com solution 288405 (log((7))/log((2)) and ln(7)/ln(2) "are equal"). 1 case.
- www.algebra.com solution 234951 (x = sqrt(2) answer, x = -sqrt(2) not answer). 1 case (False).
- openstudy.com 55ca3ffbe4b0554d627107f8 ($3200 at 7.25% continuously: $7638.11 against the
  asker's 7617.86 from 2.71). 2 cases (1 False).
- www.wyzant.com 914453 (9000e^.12 = $10,147.47). 1 case.
- www.algebra.com solution 84971 (A=4,000*2.7183^(.07*8) = 7002.72). 1 case.
- www.algebra.com solution 187345 (log_3 x + log_3(x+2) = 1: x = 1, not +1 & -3). 1 case (False).
- www.algebra.com solution 201886 (logx=1-log(x-3): x = 5, not {-2,5}). 1 case (False).
- mathhelpforum.com 273688 (5^x = 3^(x+1): ln(3)/(ln(5)-ln(3)) = ln(3)/ln(5/3)). 1 case.
- www.algebra.com solution 121437 (x=ln(3)/(ln(5)-ln(3)) = 1.098612289/(.5108256238) =
  2.150660103). 2 cases.
- askanewquestion.com 1418574 ((log3-log2)/(log5-log3) "or, if you prefer," log(3/2)/log(5/3)).
  1 case.
- www.jiskha.com 1205937333 (x = log3/(2log5 - log3) = .5181489...). 1 case.
- api-project-1022638073839.appspot.com "How do you solve 5^x = 3^(x+2)?" (a copy of a Socratic
  answer: x=(2ln(3))/(ln(5)-ln(3)), x~~4.301). 1 case.
- socratic.org "How do you expand ln(sqrt(((xy^2)/z))?" (chain to 1/2(lnx + lny^2 - lnz)).
  2 cases.
- socratic.com answers 292260 (ln sqrt(x^3/y^2) = 3/2*ln x - lny). 2 cases.
- vespr.org "How do you expand ln (sqrt(ex^2)/y^3)?" (a copy of a Socratic answer: 1/2+lnx-3lny).
  2 cases.

Left out, by rule: as in bench/equiv_fresh52_c.py; here also vidyadip's options C and D (the key
only ticks B, and the page says nothing of C and D beyond that), the cube-root form
``root(3,3^t)`` of algebra.com 616412 (algebra.com markup), wyzant 900024's ``0.693 / 0/0189``
(a typo) and 914453's ``9000e^.04(3)`` (the exponent's grouping is lost).

Examined and not used: see bench/equiv_fresh52_c.py.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CASES: list[dict[str, object]] = []

S35 = "boredofstudies.org"
S35_AT = "https://mail.merch.boredofstudies.org/goto/post?id=6895419"
S36 = "www.algebra.com"
S36_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=644158"
S37 = "www.wyzant.com"
S37_AT = "https://www.wyzant.com/resources/answers/10825/word_problem"
S38 = "www.jiskha.com"
S38_AT = "http://www.jiskha.com/display.cgi?id=1447553051"
S39 = "www.jiskha.com"
S39_AT = "http://www.jiskha.com/display.cgi?id=1367803955"
S40 = "indextestingapp.uonbi.ac.ke"
S40_AT = "https://indextestingapp.uonbi.ac.ke/preguntia/4464409"
S41 = "math.techqa.club"
S41_AT = "https://math.techqa.club/exponential-decay-of-a-radioactive-substance-1761923"
S42 = "www.wyzant.com"
S42_AT = (
    "https://www.wyzant.com/resources/answers/900024/"
    "find-the-half-life-of-a-radioactive-element-which-decays-according-to-the-f"
)
S43 = "www.algebra.com"
S43_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=788219"
S44 = "www.algebra.com"
S44_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=400344"
S45 = "www.algebra.com"
S45_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=19787"
S46 = "math.techqa.club"
S46_AT = (
    "https://math.techqa.club/"
    "is-this-application-of-log-power-removal-wrong-when-theres-a-negative-1965681"
)
S47 = "vidyadip.com"
S47_AT = "https://vidyadip.com/ask/question/the-equivalent-function-of-log-x2-is_2737870"
S48 = "kiwix.lukehooper.xyz"
S48_AT = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/171176/"
    "is-the-function-y-ln-x-2-the-same-as-y-2-ln-x"
)
S49 = "www.algebra.com"
S49_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=616412"

CASES += [
    # $10000 at 6% a year, double
    _c(
        S35,
        S35_AT,
        gold=r"n=11.895..",
        pred=r"n=log2/log(1.06)",
        wrap=True,
        expected=True,
        why="post: n=log2/log(1.06), n=11.895.., n=12 years",
    ),
    _c(
        S35,
        S35_AT,
        gold=r"n=12 years",
        pred=r"n=11.895..",
        wrap=True,
        expected=True,
        why="post: n=11.895.. then n=12 years (whole years)",
    ),
    # 6% compounded semiannually, double
    _c(
        S36,
        S36_AT,
        gold=r"t = 11.7 years",
        pred=r"t = ln2/(2ln1.03)",
        wrap=True,
        expected=True,
        why="tutor: 2 = 1.03^(2t) ==> t = ln2/(2ln1.03) ==> t = 11.7 years",
    ),
    # 6% compounded monthly, double
    _c(
        S37,
        S37_AT,
        gold=r"138.6 months",
        pred=r"x = ln2/0.005",
        wrap=True,
        expected=True,
        why="tutor Grigori S.: x = ln2/0.005 = 138.6 months = 11.55 years",
    ),
    _c(
        S37,
        S37_AT,
        gold=r"11.55 years",
        pred=r"138.6 months",
        wrap=True,
        expected=True,
        why="tutor: 138.6 months = 11.55 years (the same time in other units)",
    ),
    # $3000 at 6% yearly, double
    _c(
        S38,
        S38_AT,
        gold=r"11.9 yrs",
        pred=r"n = Log 2/Log 1.06",
        wrap=True,
        expected=True,
        why="tutor: n = Log 2/Log 1.06 = 11.9 Compounding periods = 11.9 yrs",
    ),
    # 1.1586^n = 2
    _c(
        S39,
        S39_AT,
        gold=r"appr 4.7 years",
        pred=r"n = log2/log1.1586",
        wrap=True,
        expected=True,
        why="Reiny: n = log2/log1.1586 = appr 4.7 years",
    ),
    # half-life with k = 2.360
    _c(
        S40,
        S40_AT,
        gold=r"t=0.294",
        pred=r"t=(ln 0.5)/(-2.360)",
        wrap=True,
        expected=True,
        why="answer: t=(ln 0.5)/(-2.360), t=0.294",
    ),
    # 375 mg to 300 mg in 72 hours
    _c(
        S41,
        S41_AT,
        gold=r"72\frac{\ln 2}{\ln(375/300)}",
        pred=r"\ln (375)/\ln (72)",
        wrap=True,
        expected=False,
        why="asker's ln(375)/ln(72) (1.3 days) judged wrong by the asker and the answer, which gives "
        "the half-life in hours 72 ln 2 / ln(375/300)",
    ),
    # lambda = 0.0189
    _c(
        S42,
        S42_AT,
        gold=r"ln 2",
        pred=r"0.693",
        wrap=True,
        expected=True,
        why='tutor Grigoriy S.: "0.693 is the natural log of 2" (3 decimal places)',
    ),
    # half-life 17.5 days
    _c(
        S43,
        S43_AT,
        gold=r"-\ln(2)",
        pred=r"\ln(1)\ -\ \ln(2)",
        wrap=True,
        expected=True,
        why=r"tutor: 17.5\lambda = \ln(1/2) = \ln(1)\ -\ \ln(2)\ =\ -\ln(2)",
    ),
    # Q(t) = 5e^(.0121t), doubling
    _c(
        S44,
        S44_AT,
        gold=r"t = 57.2849 yrs",
        pred=r"ln(2)/.0121",
        wrap=True,
        expected=True,
        why="tutor: ln(2)/.0121 = t = 57.2849 yrs",
    ),
    # log(2x^2) = 2log(2x)?
    _c(
        S45,
        S45_AT,
        gold=r"log(2x^2)",
        pred=r"2log(2x)",
        wrap=True,
        expected=False,
        why='tutor: "It is false." ... "They are not the same."',
    ),
    _c(
        S45,
        S45_AT,
        gold=r"log 2 + 2log x",
        pred=r"log(2x^2)",
        wrap=True,
        expected=True,
        why="tutor: log(2x^2) = log 2 + log x^2 = log 2 + 2log x",
    ),
    _c(
        S45,
        S45_AT,
        gold=r"2log 2 + 2log x",
        pred=r"2log(2x)",
        wrap=True,
        expected=True,
        why="tutor: 2log(2x) = 2(log 2 + log x) = 2log 2 + 2log x",
    ),
    _c(
        S45,
        S45_AT,
        gold=r"log 2 + 2log x",
        pred=r"2log 2 + 2log x",
        wrap=True,
        expected=False,
        why="tutor sets the two expansions side by side: they are not the same",
    ),
    # log(x^2) = 2 log|x|
    _c(
        S46,
        S46_AT,
        gold=r"2\log|x|",
        pred=r"\log (x^2)",
        wrap=True,
        expected=True,
        why='answer: "the correct formula, is log (x^2)=2log|x| ... valid for positive or negative x"',
    ),
    _c(
        S47,
        S47_AT,
        gold=r"2\log |x|",
        pred=r"\log {x^2}",
        wrap=True,
        expected=True,
        why='key ticks 2log|x| as "The equivalent function of log x^2": "identical functions"',
    ),
    _c(
        S47,
        S47_AT,
        gold=r"2\log |x|",
        pred=r"2\log x",
        wrap=True,
        expected=False,
        why="key: option A 2log x is not ticked (log x^2 is defined for all real x != 0)",
    ),
    _c(
        S48,
        S48_AT,
        gold=r"y=2\ln |x|",
        pred=r"y=\ln x^2",
        wrap=True,
        expected=True,
        why='"Is the function y = ln x^2 the same as y = 2 ln|x|?" comments "Short answer: yes.", "Yes '
        'it is." and four answers agree (for real x)',
    ),
    # population 500 to 1500 in 3 (algebra.com's quotes around exponents dropped)
    _c(
        S49,
        S49_AT,
        gold=r"P(t)=500*e^(ln(3)t/3)",
        pred=r"P(t)=500*3^(t/3)",
        wrap=True,
        expected=True,
        why="tutor: P(t)=500*e^(ln(3)t/3) <--> P(t)=500*3^(t/3)",
    ),
    _c(
        S49,
        S49_AT,
        gold=r"3120",
        pred=r"P(5)=500*e^(5ln(3)/3)",
        wrap=True,
        expected=True,
        why="tutor: P(5)=500*e^(5ln(3)/3)=3120(rounded)",
    ),
    _c(
        S49,
        S49_AT,
        gold=r"t=3.96",
        pred=r"t=3ln(4.26)/ln(3)",
        wrap=True,
        expected=True,
        why="tutor: t=3ln(4.26)/ln(3) --> t=3.96(rounded)",
    ),
]
S50 = "sosmath.com"
S50_AT = "http://sosmath.com/algebra/logs/log4/log47/log4713/log4713.html"
S51 = "www.algebra.com"
S51_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=288405"
S52 = "www.algebra.com"
S52_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=234951"
S53 = "openstudy.com"
S53_AT = "http://openstudy.com/updates/55ca3ffbe4b0554d627107f8"
S54 = "www.wyzant.com"
S54_AT = (
    "https://www.wyzant.com/resources/answers/914453/"
    "consider-a-cd-paying-a-4-apr-compounded-continuously-find-the-future-value-"
)
S55 = "www.algebra.com"
S55_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=84971"
S56 = "www.algebra.com"
S56_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=187345"
S57 = "www.algebra.com"
S57_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=201886"
S58 = "mathhelpforum.com"
S58_AT = (
    "http://mathhelpforum.com/algebra/273688-how-do-i-solve-exponential-logarithmic-equation.html"
)
S59 = "askanewquestion.com"
S59_AT = "https://askanewquestion.com/questions/1418574"
S60 = "www.jiskha.com"
S60_AT = "https://www.jiskha.com/display.cgi?id=1205937333"
S61 = "api-project-1022638073839.appspot.com"
S61_AT = "https://api-project-1022638073839.appspot.com/questions/how-do-you-solve-5-x-3-x-2"
S62 = "www.algebra.com"
S62_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=121437"

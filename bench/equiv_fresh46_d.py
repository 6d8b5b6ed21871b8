r"""A forty-sixth fresh set of answer-equivalence cases (evaluation only; helper "d": teachers'
pages that set the typical WRONG answer students give to a problem against the correct one:
common-error and misconception lists, examiners' reports quoting candidates' wrong answers, and
explained "trick" problems whose well-known wrong answer is named and refuted).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims and /work/wt/fresh46_claims; every page was
claimed in /work/wt/fresh46_claims before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``). ``repo`` is the domain of the stored copy and ``where`` is the page's
full URL (no commit). Every source is a web page with no licence file. Do not tune the judge on
these cases.

How the pages were read. Only what the stored copy shows was used (the copy is the page's opening
text as the search tool returns it; later parts of long pages are not stored). A wrong answer that
the page names against the correct one is an ``expected=False`` case with the correct answer as
gold; a second form of the correct answer that the page itself gives (or an equation the page
asserts, e.g. "(-3)^2 ... = 9") is an ``expected=True`` case. On the error-list pages (brilliant,
calebprof, Brown, sixthform, mathsisfun, mdlake) the "problem" is the expression to simplify: gold
is the expression as the page writes it and pred is the wrong (or right) simplification the page
sets beside it. Strings are copied as the page prints them (LaTeX stays LaTeX, plain text stays
plain text, the page's spacing and its minus signs kept). Gold is never rebuilt from a lost
formula. Readings, noted in ``why``: the Cambridge report's "Answer: (0).03" is 0.03 with an
optional leading zero (gold ``0.03``, and ``.03`` an accepted form); the 0580 November 2017 report
was read through a proxy copy of its Scribd page (rt.http3.lol; the proxied address decodes to
https://www.scribd.com/document/711818937/0580-w17-er).

Sources (domain, URL, what is asserted; all "web page, no licence file"):

- brilliant.org ``/wiki/common-algebraic-errors`` (Common Algebraic Errors wiki: 2/0 != 0 and
  != 2; -3^2=9 is an error, -3^2 = -9, (-3)^2 = 9; (x^2)^3 != x^5, = x^6; a/(b+c) != a/b + a/c;
  1/(x^2+x^3)=x^{-2}+x^{-3} is an error). 14 cases.
- calebprof.blogspot.com ``/search/label/Errors`` (a teacher's blog copy of the same table; only
  its row not on brilliant's stored page, -a(x-1) != -ax-a, is used). 1 case.
- math.brown.edu ``/help/pitfalls.html`` (Brown "Algebra Pitfalls": MYTH (x + y)^2 = x^2 + y^2;
  sqrt(x + y) = sqrt(x) + sqrt(y); (x+y)^n = x^n + y^n). 3 cases.
- www.sixthform.info ``/maths/?p=74`` (read through the WordPress API copy; "Common Errors",
  rendered-LaTeX titles "is NOT equal to"). 4 cases.
- mdlake.net ``/?p=242`` (a teacher's post: sqrt (100) = 10 = sqrt (36 + 64), which does not equal
  sqrt (36) + sqrt (64) = 14; sqrt (x+y) != sqrt (x) + sqrt (y)). 5 cases.
- mathsisfun.com ``/algebra/algebra-mistakes.html`` (Math is Fun "Algebra Mistakes" table,
  Mistake / Correction). 5 cases.
- willnicholes.com ``/math/999.htm`` (0.999... and 1 are the same; so are 7/7 and 28^{0}). 3 cases.
- www.amigosporvida.com (a school maths department blog: 1/2 + 1/4=2/6 and 1/4 - 1/2 = 0/2 are the
  mistaken add-across computations). 2 cases.
- studylib.net Cambridge IGCSE 0580 principal examiner reports: November 2012 (doc 12767656,
  Paper 11 Question 2: candidates gave 0.003, 0.3 or 300, Answer: (0).03) and June 2010 (doc
  12767370, Paper 11 Question 5: the common error was 73, Answer: 287°); rt.http3.lol copy of the
  November 2017 report (Paper 11 Question 2: 9.944 or 99.44 seen, Answer: 9944); studylib.net 9709
  November 2009 report (doc 12800080, Paper 11 Question 1: weaker candidates replaced tan(2x + 15)
  by tan 2x + tan15° or by 2 tan x + tan15°). 9 cases.
- studylib.net ``/doc/7978767`` and ja.scribd.com ``/document/241333966`` (CIMT / Count On
  "Misconceptions in Mathematics" 3 and 1: 0.1 × 0.1 is 0.01, the misconception gives 0.1; 14 489
  to the nearest 1000 is 14 000, the misconception gives 15 000). 2 cases.
- Cognitive-reflection problems with the named intuitive wrong answer (bat and ball, widgets, lily
  pads): www.openguestpost.com, zanylol.com, studylib.net ``/doc/26296438`` (a lecturer's attendance
  quiz answers: "The 'obvious', wrong, answer is 10 cents"), www.imlearningmath.com,
  www.hawaiiansnowflakes.com, www.relativelyinteresting.com, fellowshipoftheminds.com. 12 cases.
- Round-trip average speed ("the answer is not 50 mph"): www.brainbashers.com ``ZTAH``,
  www.mathisfunforum.com topic 332, www.themathwebsite.com (Dudeney: "twelve miles an hour, not
  twelve and a half"), riddles.guru 912 ("24 mph, not 25mph"). 4 cases.
- puzzles.nigelcoldwell.co.uk ``/sixtytwo.htm`` (snail in a 30 foot well: the trap is "30 hours",
  the answer **28 hours**). 1 case.
- gmat.magoosh.com flashcards (successive percent changes: "Trap answer ... 20%", "Answer = 8%
  increase"). 1 case.

Left out, by rule: steps of a worked counterexample that only evaluate numbers (Brown's 625 / 337
and 5 / 7, mdlake's 6 + 8); a refused form whose value equals the answer (the Cambridge 0580 June
2013 report's decimal for 9/20, "not what was required"; the 0580 June 2010 "expression rather than
an equation" for y = 4x - 3); partial-credit remarks with no final answer ("many earned 1 mark for
either 4x or –3"); wrong methods the report describes without quoting the answer they give ("added
the given angles then subtracted 180", "added 15º to 53.13º"); problems whose gold the stored page
does not state (0580 March 2022: 16 000 037, 6307, 1637, 17 017, 1636, 1000, 9000, 9900 quoted, no
answer given); a page repeating another's text (pedagonet.com's copy of the Dudeney answer;
calebprof's rows already on brilliant).

Lost formulas, skipped and never rebuilt: flattened superscripts and fractions (Brown's
"(x + y)2 = x2 + 2xy + y2" and its fraction-cancelling myth, mathsisfun's "x2x4 = x8",
"(x−5)2 = x2 − 25", "2x-1 = 1/(2x)", "−52 = 25", "5½ = 1/52", "44+5 = 49"; the 0580
November 2012 "3 giving 100"; the 0580 June 2010 and 4024 November 2013 fraction answers;
willnicholes' "43").

Examined and not used: spwhitton.name (examiners' report quotes, no answers), Cambridge Example
Candidate Responses booklets and most 0580 / 4024 / 9709 / 1123 reports (the stored opening holds
only general comments, or fractions lost), the HSC 1998 enhanced report and MANSW "Learning from
their mistakes" (no quoted answers in the stored opening), University of Malta SEC reports
(statistics only), Paul's Online Notes "Common Math Errors" (formulas are images), mathmistakes.info
and mathmistakes.org (images), pdx.edu accessible errors list (formulas spelled out in words),
math.arizona.edu and upenn copies of Schechter (superscripts flattened), PISA and NAEP item
booklets and state-test annotated items (stored opening is a table of contents), viral-puzzle
content farms and quiz mills (thequickreport, freshnews, quizandriddles, curioustab, edurev,
qeeebo, whatanswers; generated or self-contradictory), and AI-written misconception sites
(public-textbooks.pages.dev, calcviz, fatskills, mathpath.online, themath.net, seenlearn.dev,
gcse-maths-foundation.co.uk); Hugging Face dataset pages (Eedi misconceptions, PISA items).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_BR = "brilliant.org"
R_BR_AT = "https://brilliant.org/wiki/common-algebraic-errors"
R_CP = "calebprof.blogspot.com"
R_CP_AT = "https://calebprof.blogspot.com/search/label/Errors"
R_BN = "math.brown.edu"
R_BN_AT = "http://math.brown.edu/help/pitfalls.html"
R_SF = "www.sixthform.info"
R_SF_AT = "https://www.sixthform.info/maths/index.php?rest_route=%2Fwp%2Fv2%2Fposts%2F74"
R_MD = "mdlake.net"
R_MD_AT = "http://mdlake.net/?p=242"
R_MF = "mathsisfun.com"
R_MF_AT = "http://mathsisfun.com/algebra/algebra-mistakes.html"
R_WN = "willnicholes.com"
R_WN_AT = "http://willnicholes.com/math/999.htm"
R_AM = "www.amigosporvida.com"
R_AM_AT = (
    "https://www.amigosporvida.com/math-and-science-department/blog/1620481/"
    "common-error-when-computing-fractions"
)
R_SL = "studylib.net"
R_W12_AT = "https://studylib.net/doc/12767656/www.xtremepapers.com"
R_S10_AT = "https://studylib.net/doc/12767370/www.xtremepapers.com"
R_97_AT = (
    "https://studylib.net/doc/12800080/cambridge-international-advanced-and-advanced-subsidiary-..."
)
R_PX = "rt.http3.lol"
R_W17_AT = (
    "https://rt.http3.lol/index.php?q="
    "aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC83MTE4MTg5MzcvMDU4MC13MTctZXI"
)
R_CM3_AT = "https://studylib.net/doc/7978767/3--multiplying-decimals"
R_JS = "ja.scribd.com"
R_CM1_AT = "https://ja.scribd.com/document/241333966/misconceptions1-22"
R_OG = "www.openguestpost.com"
R_OG_AT = "https://www.openguestpost.com/2021/12/the-most-difficult-iq-test-answers.html"
R_ZL = "zanylol.com"
R_ZL_AT = "http://zanylol.com/iq.html"
R_PA_AT = "https://studylib.net/doc/26296438/pamazings"
R_IL = "www.imlearningmath.com"
R_IL_AT = (
    "https://www.imlearningmath.com/a-bat-and-a-ball-cost-1-10-in-total-the-bat-costs-1-00-"
    "more-than-the-ball-how-much-does-the-ball-cost/"
)
R_HS = "www.hawaiiansnowflakes.com"
R_HS_AT = "https://www.hawaiiansnowflakes.com/puzzlers/puzzles-bat-ball"
R_RI = "www.relativelyinteresting.com"
R_RI_AT = "http://www.relativelyinteresting.com/the-bat-and-a-ball-problem/"
R_FM = "fellowshipoftheminds.com"
R_FM_AT = "https://fellowshipoftheminds.com/2018/02/23/take-the-worlds-shortest-iq-test/"
R_BB = "www.brainbashers.com"
R_BB_AT = "http://www.brainbashers.com/showanswer.asp?ref=ZTAH"
R_MIF = "www.mathisfunforum.com"
R_MIF_AT = "http://www.mathisfunforum.com/post.php?tid=332&qid=2416"
R_TMW = "www.themathwebsite.com"
R_TMW_AT = "http://www.themathwebsite.com/aMWPuzzles/Dudeney_Puzzles.php?i=8"
R_RG = "riddles.guru"
R_RG_AT = "https://riddles.guru/riddles/drive-to-the-store/912/"
R_NC = "puzzles.nigelcoldwell.co.uk"
R_NC_AT = "http://puzzles.nigelcoldwell.co.uk/sixtytwo.htm"
R_MG = "gmat.magoosh.com"
R_MG_AT = "https://gmat.magoosh.com/flashcards/math/decks/mixed-practice-1"


def _f(repo: str, at: str, gold: str, pred: str, why: str) -> dict[str, object]:
    """A wrong answer the page names against the correct one."""
    return _c(repo, at, gold=gold, pred=pred, wrap=True, expected=False, why=why)


def _t(repo: str, at: str, gold: str, pred: str, why: str) -> dict[str, object]:
    """A second correct form the page itself gives."""
    return _c(repo, at, gold=gold, pred=pred, wrap=True, expected=True, why=why)


CASES = [
    # brilliant.org Common Algebraic Errors (LaTeX as stored)
    _f(R_BR, R_BR_AT, r"\frac{2}{0}", r"0", "Dividing by zero: \\frac{2}{0}\\ne 0"),
    _f(R_BR, R_BR_AT, r"\frac{2}{0}", r"2", "Dividing by zero: \\frac{2}{0}\\ne 2"),
    _f(R_BR, R_BR_AT, r"-3^2", r"9", "Exponents: -3^2=9 is the error"),
    _t(R_BR, R_BR_AT, r"-3^2", r"-(3\cdot 3)", "Exponents: -3^2 = -(3\\cdot 3)"),
    _t(R_BR, R_BR_AT, r"-3^2", r"-9", "Exponents: -3^2 ... =-9"),
    _t(R_BR, R_BR_AT, r"(-3)^2", r"(-3)\cdot (-3)", "Exponents: (-3)^2 = (-3)\\cdot (-3)"),
    _t(R_BR, R_BR_AT, r"(-3)^2", r"9", "Exponents: (-3)^2 ... =9"),
    _f(R_BR, R_BR_AT, r"(x^2)^3", r"x^5", "(x^2)^3\\neq x^5"),
    _t(R_BR, R_BR_AT, r"(x^2)^3", r"(x^2)(x^2)(x^2)", "(x^2)^3 = (x^2)(x^2)(x^2)"),
    _t(R_BR, R_BR_AT, r"(x^2)^3", r"x^{6}", "(x^2)^3 ... =x^{6}"),
    _f(
        R_BR,
        R_BR_AT,
        r"\frac{a}{b+c}",
        r"\frac{a}{b}+\frac{a}{c}",
        "Fractions: a/(b+c) ne a/b+a/c",
    ),
    _t(R_BR, R_BR_AT, r"\frac{1}{2}", r"\frac{1}{1+1}", "Fractions example: 1/2 = 1/(1+1)"),
    _f(
        R_BR,
        R_BR_AT,
        r"\frac{1}{1+1}",
        r"\frac{1}{1}+\frac{1}{1}",
        "Fractions example: 1/(1+1) ne 1/1 + 1/1",
    ),
    _f(
        R_BR,
        R_BR_AT,
        r"\frac{1}{x^2+x^3}",
        r"x^{-2}+x^{-3}",
        "Fractions: \\frac{1}{x^2+x^3}=x^{-2}+x^{-3} is the error",
    ),
    # calebprof.blogspot.com: the one row beyond brilliant's stored text
    _f(R_CP, R_CP_AT, r"-a(x-1)", r"-ax-a", "-a(x-1) \\neq -ax-a"),
    # math.brown.edu Algebra Pitfalls (MYTH lines, plain text)
    _f(R_BN, R_BN_AT, r"(x + y)^2", r"x^2 + y^2", "MYTH: (x + y)^2 = x^2 + y^2"),
    _f(
        R_BN,
        R_BN_AT,
        r"sqrt(x + y)",
        r"sqrt(x) + sqrt(y)",
        "MYTH: sqrt(x + y) = sqrt(x) + sqrt(y)",
    ),
    _f(R_BN, R_BN_AT, r"(x+y)^n", r"x^n + y^n", "MYTH: in general (x+y)^n = x^n + y^n"),
    # www.sixthform.info Common Errors ("Everything is additive", rendered-LaTeX title)
    _f(R_SF, R_SF_AT, r"\sin(x+y)", r"\sin x+ \sin y", "sin(x+y) is NOT equal to sin x + sin y"),
    _f(R_SF, R_SF_AT, r"(x+y)^2", r"x^2+y^2", "(x+y)^2 is NOT equal to x^2+y^2"),
    _f(
        R_SF,
        R_SF_AT,
        r"\sqrt{x+y}",
        r"\sqrt{x}+\sqrt{y}",
        "sqrt(x+y) is NOT equal to sqrt x + sqrt y",
    ),
    _f(
        R_SF,
        R_SF_AT,
        r"\frac{1}{x+y}",
        r"\frac{1}{x}+\frac{1}{y}",
        "1/(x+y) is NOT equal to 1/x + 1/y",
    ),
    # mdlake.net Root (a+b)
    _f(
        R_MD,
        R_MD_AT,
        r"sqrt (x+y)",
        r"sqrt (x) + sqrt (y)",
        "students persist in taking sqrt (x+y) to be equal to sqrt (x) + sqrt (y): incorrect",
    ),
    _t(R_MD, R_MD_AT, r"sqrt (100)", r"10", "sqrt (100) = 10"),
    _t(R_MD, R_MD_AT, r"sqrt (100)", r"sqrt (36 + 64)", "sqrt (100) = sqrt (36 + 64)"),
    _f(
        R_MD,
        R_MD_AT,
        r"sqrt (36 + 64)",
        r"sqrt (36) + sqrt (64)",
        "sqrt (36 + 64) emphatically does not equal sqrt (36) + sqrt (64)",
    ),
    _f(R_MD, R_MD_AT, r"sqrt (100)", r"14", "sqrt (100) ... does not equal ... 6 + 8, or 14"),
    # mathsisfun.com Algebra Mistakes (Mistake | Correction table; legible rows only)
    _f(R_MF, R_MF_AT, r"x = 5 or x = −5", r"x = 5", "x2 = 25, so x = 5 | x = 5 or x = −5"),
    _f(
        R_MF,
        R_MF_AT,
        r"log(a+b)",
        r"log(a) + log(b)",
        "log(a+b) = log(a) + log(b) | log(a+b) is as far as we can go",
    ),
    _f(R_MF, R_MF_AT, r"x−(5+a)", r"x−5+a", "x−(5+a) = x−5+a is the mistake"),
    _t(R_MF, R_MF_AT, r"x−(5+a)", r"x−5−a", "x−(5+a) ... correction = x−5−a"),
    _f(R_MF, R_MF_AT, r"√10", r"−√10", "So, does √10 = −√10 ??? I think not!"),
    # willnicholes.com Why does 0.999... equal 1?
    _t(R_WN, R_WN_AT, r"1", r"0.999...", "0.999... and 1 are the same"),
    _t(R_WN, R_WN_AT, r"1", r"7/7", "7/7 ... legitimate ways of representing the number 1"),
    _t(R_WN, R_WN_AT, r"1", r"28^{0}", "28^{0} ... legitimate ways of representing the number 1"),
    # www.amigosporvida.com: adding / subtracting across is the mistake
    _f(R_AM, R_AM_AT, r"1/2 + 1/4", r"2/6", "mistakenly add ... across, for example 1/2 + 1/4=2/6"),
    _f(R_AM, R_AM_AT, r"1/4 - 1/2", r"0/2", "mistakenly ... 1/4 - 1/2 = 0/2"),
    # Cambridge IGCSE 0580 November 2012, Paper 11, Question 2 (Answer: (0).03)
    _f(R_SL, R_W12_AT, r"0.03", r"0.003", "0580/11 Nov 2012 Q2: candidates giving ... 0.003"),
    _f(R_SL, R_W12_AT, r"0.03", r"0.3", "0580/11 Nov 2012 Q2: candidates giving ... 0.3"),
    _f(R_SL, R_W12_AT, r"0.03", r"300", "0580/11 Nov 2012 Q2: candidates giving ... or 300"),
    _t(
        R_SL,
        R_W12_AT,
        r"0.03",
        r".03",
        "0580/11 Nov 2012 Q2: Answer: (0).03, leading zero optional",
    ),
    # Cambridge IGCSE 0580 June 2010, Paper 11, Question 5 (bearing)
    _f(
        R_SL,
        R_S10_AT,
        r"287°",
        r"73",
        "0580/11 Jun 2010 Q5: common error ... give the answer 73; Answer: 287°",
    ),
    # Cambridge IGCSE 0580 November 2017, Paper 11, Question 2
    _f(
        R_PX,
        R_W17_AT,
        r"9944",
        r"9.944",
        "0580/11 Nov 2017 Q2: usually 9.944 or 99.44; Answer: 9944",
    ),
    _f(
        R_PX,
        R_W17_AT,
        r"9944",
        r"99.44",
        "0580/11 Nov 2017 Q2: usually 9.944 or 99.44; Answer: 9944",
    ),
    # Cambridge 9709 November 2009, Paper 11, Question 1
    _f(
        R_SL,
        R_97_AT,
        r"tan(2x + 15)",
        r"tan 2x + tan15°",
        "9709/11 Nov 2009 Q1: weaker candidates automatically replaced tan(2x + 15) "
        "by tan 2x + tan15°",
    ),
    _f(
        R_SL,
        R_97_AT,
        r"tan(2x + 15)",
        r"2 tan x + tan15°",
        "9709/11 Nov 2009 Q1: ... or by 2 tan x + tan15°",
    ),
    # CIMT / Count On Misconceptions in Mathematics
    _f(
        R_SL,
        R_CM3_AT,
        r"0.01",
        r"0.1",
        "Misconception 3: 0.1 × 0.1, misconception 0.1, answer 0.01",
    ),
    _f(
        R_JS,
        R_CM1_AT,
        r"14 000",
        r"15 000",
        "Misconception 1: 14 489 to the nearest 1000; the correct answer is 14 000, "
        "the misconception leads to the incorrect answer, 15 000",
    ),
    # Cognitive-reflection problems: the named intuitive answer against the correct one
    _f(
        R_OG,
        R_OG_AT,
        r"USD 0.05",
        r"10 cents",
        "bat and ball: USD 0.05. If you answer 10 cents ...",
    ),
    _f(
        R_OG,
        R_OG_AT,
        r"47 days",
        r"24 days",
        "lily pads: 47 days. Anyone been fooled by answering 24 days?",
    ),
    _f(
        R_ZL,
        R_ZL_AT,
        r"$0.05",
        r"$0.10",
        "bat and ball: 'a ball costs $0.10' ... incorrect; $0.05",
    ),
    _f(
        R_ZL,
        R_ZL_AT,
        r"47 days",
        r"24 days",
        "lily pads: 48/2=24 days ignores exponential growth; 47 days",
    ),
    _f(
        R_SL,
        R_PA_AT,
        r"5 cents",
        r"10 cents",
        "Ans.: 5 cents. The 'obvious', wrong, answer is 10 cents",
    ),
    _f(R_IL, R_IL_AT, r"5c", r"10c", "The ball costs 5c. Not 10c."),
    _f(
        R_HS,
        R_HS_AT,
        r".05",
        r"10 cents",
        "impulse: the cost of the ball is 10 cents; correct .05",
    ),
    _f(
        R_RI,
        R_RI_AT,
        r"$0.05",
        r"10 cents",
        "Was your answer that the ball cost 10 cents? ... wrong; $0.05",
    ),
    _f(
        R_FM,
        R_FM_AT,
        r"5 cents",
        r"10 cents",
        "The ball costs 5 cents. You probably guessed 10 cents",
    ),
    _f(
        R_FM,
        R_FM_AT,
        r"5 minutes",
        r"100 minutes",
        "widgets: 5 minutes; your gut might tell you 100 minutes",
    ),
    _f(R_FM, R_FM_AT, r"47 days", r"24 days", "lily pads: 47 days; you might have guessed 24 days"),
    _t(R_RI, R_RI_AT, r"$0.05", r"x = $0.05", "the ball must cost $0.05 ... x = $0.05"),
    # Round-trip average speed: the average of the two speeds is the named wrong answer
    _f(
        R_BB,
        R_BB_AT,
        r"48 miles per hour",
        r"50 mph",
        "London-Leeds: The answer is not 50 mph; 48 mph",
    ),
    _f(R_MIF, R_MIF_AT, r"48 mph", r"50 mph", "40 and 60 mi/h: 48 mph; who thought ... 50 mph ??"),
    _f(
        R_TMW,
        R_TMW_AT,
        r"twelve miles an hour",
        r"twelve and a half",
        "Dudeney: twelve miles an hour, not twelve and a half",
    ),
    _f(
        R_RG,
        R_RG_AT,
        r"24 mph",
        r"25mph",
        "Drive to the Store: The average speed is 24 mph, not 25mph",
    ),
    # puzzles.nigelcoldwell.co.uk 62: snail in a 30 foot well, 3 up and 2 back each hour
    _f(
        R_NC,
        R_NC_AT,
        r"28 hours",
        r"30 hours",
        "snail: you will ... say 30feet at 1 foot an hour is 30 hours; answer 28 hours",
    ),
    # gmat.magoosh.com: successive percent changes
    _f(
        R_MG,
        R_MG_AT,
        r"8% increase",
        r"20%",
        "-10%, +50%, -20%: Trap answer 20%; Answer = 8% increase",
    ),
]

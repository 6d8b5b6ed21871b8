r"""A forty-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": answer keys,
mark schemes, answer-entry rules of tests and help pages of online homework systems, published as
web pages, that list the forms of a final answer to accept and the forms to refuse).

Cases are transcribed from web pages that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh44_claims; no earlier set cites a web page). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the verdict
(``expected``). This round's sources are pages of the search tool's ``pages`` corpus, so ``repo``
is the page's domain and ``where`` is the page's full URL (no commit). Do not tune the judge on
these cases.

Only what the stored copy of each page shows was used (the copy is the page's opening text, as
the search tool returns it); where the page lost a formula (a fraction set as two lines, a mixed
number set as an image) the case was skipped, never rebuilt. Every page is a web page with no
licence file. Readings of notation, all as the page itself uses it: in the Cambridge-style mark
schemes ``5.5[0]`` means 5.5 or 5.50 and ``1413.1[0 ...]`` means 1413.1, 1413.10, ...; "a or b to
c" lists an exact answer and the accepted range's end points (only the printed end points are
used). Where a page names the key's answer once and lists the accepted entries, gold is the key's
answer and each accepted entry is an expected=True case, each refused entry an expected=False case.

Sources (domain, page, what it asserts; all "web page, no licence file"):

- www.enforcerdog.com ``/SAT_ACT_Test_Prep/DirStuGenRes.htm`` (a tutor's page on the SAT grid-in
  directions: 2 1/5 to be gridded as 11/5 or 2.2; 1.375 as 1.37 or 1.38 or 11/8; 0.454545... as
  .454 or .455 or 5/11). 8 cases.
- mathleague.org ``/grading`` (graders' instructions: an answer "($) 3" accepts "3" and "$3").
  2 cases.
- help.pearsoncmg.com MyLab/MathXL question-builder help, ``define_numeric_ans.htm``,
  ``define_fraction_mix_num_ans.htm``, ``define_orderedpair_ans.htm``, ``define_short_answers.htm``
  (tables of a solution value, "equivalent answers that are correct" and "... incorrect" under each
  answer rule), and Mastering's ``enter_symbolic_expression_answers.htm`` (0.5*m*v^2 matched by
  v*m*(v/2); 1 * 10^-1 another way of coding 0.1). 22 cases.
- s10.lite.msu.edu LON-CAPA help ``About_Numerical_and_Formula_Response.hlp`` (for x^2+11 the
  system also accepts x*x+11 and x^2+21-10). 2 cases.
- www.maplesoft.com Maple T.A. 10 student guide ``ch04s06.aspx`` ("Examples of Equivalent
  Responses"). 5 cases.
- old.help.algebrakit.com ``mathentry-equality-criterium`` (one example pair per equivalence mode)
  and help.algebrakit.com ``fractions-vs-decimal-values`` (7/5, 1.4 and 1 2/5 as forms of one
  answer; the decimal form is accepted by default). 5 cases.
- support.mobymax.com ``how-students-can-enter-fractions-in-mobymax`` (answer 1/2 accepts 1/2,
  .5, .5000000, 4/8; mixed number 1 1/3 entered as 11/3 is read as eleven thirds and is wrong).
  5 cases.
- www.webassign.net instructor guide ``t_i_create_fraction_questions.htm`` ("0.33333 is not the
  same as 1/3"). 1 case.
- mandelbrot.org ``/info/faqs/answers.html`` (proctors should credit 6/10 for a key's 3/5). 1 case.
- www.sparknotes.com New SAT ``chapter17section2.rhtml`` (4 1/2 must be gridded as 9/2 or 4.5; a
  gridded 4 1/2 is read as 41/2 and loses the point). 3 cases.
- community.tes.com ``arithmetic-and-reasoning.738199/page-5`` (a teacher quotes the KS2 sample
  test's guidance for 17 x 1 1/2: answer 25 1/2, "accept ... an exact decimal equivalent, e.g.
  25.5"). 1 case.
- www.mctmmathbits.org ``/?p=1358`` (Minnesota MCA fill-in-the-blank hints by the state's math
  assessment specialists: answer 1 1/2 gets full credit as 1.5, 1.500 or 3/2; 1/1/2, 11/2, 1-1/2
  and 1/2 are not counted as correct). 7 cases.
- web.pa.msu.edu ``/people/pratts/phy232/handouts/capahelp.html`` (CAPA answer entry: 7.52x10^-6
  entered as 7.52E-6; 1.52x10^6 volts as 1.52E6 V or 1.52 MV). 3 cases.
- ja3.jsfiddle.net ``/parte/28549652`` (a course's answer-entry instructions kept as a page on a
  jsfiddle mirror: -$1,234.567 to 2 places is -1234.57, "not as -1234.56 which is rounded
  incorrectly"; 12.36% to 3 places is 0.124, "not as 0.123, not as 0.1236"). 3 cases.
- www.scribd.com ``721258577/Year-8-Spring-Core-MS-2020`` (a school's mark scheme: "x = 95 ...
  Accept just 95"), ``660949692/Copy-of-y11-extd-ms`` and scribd.com ``721520608/markScheme-4``
  (Cambridge-style mark schemes with accepted alternatives in the answer column). 16 cases.
- www.algebra.com ``show-question-source.mpl?solution=35060`` (a tutor: "sqrt(x^2) = | x | not
  x"). 2 cases.

Left out, by rule: refusals of a form whose value equals the key's (format policies, not about the
final answer's value): the Pearson tables' non-default rules refusing 3/4, 75/100, 6, 5+1, x+0.5,
(5, 1.5), (2+3, a+b), (1,1-.5) and the like, and short answers refusing x+2 for 2+x; mathleague's
".5 or 2/4" refused for 1/2; the Year-8 scheme's "(GBP)156.4" refused for 156.40 and "do not
accept any other form" for 3/5; the TES thread's 280/5 refused for 56; the jsfiddle page's
-$1,234.57, (1234.57) and 12.4%. Partial credit with no full-marks verdict: markScheme-4's B3 for
1597.4 / 198.00, B1 for 106 : 371 : 2226, SC1 for 2 : 7 : 42 in the wrong order. Pearson's
"one and a half" and "(5, )" entries (lost formulas), the Year-8 scheme's 3/8 = 15/40 = 0.375 row
and 5.6 x 10^-4 (fractions and superscripts lost), enforcerdog's 2/4 (no key stated), and
identical pairs (a key listed among its own accepted forms).

Examined and not used: pages generated by an LLM (examexplained.com's SAT entry rules say
"Generated by Claude", sathelp24x7.com, gauthmath, questionai, quizgecko, sorumatik);
huggingface.co dataset pages of rewritten WeBWorK forum posts and help pages (Nemotron-CC-Math);
Pearson Mastering, W. W. Norton and WebAssign tolerance pages (365 for 365.24, 98 to 102 for 100,
320/330/340 for 330: a blanket percentage tolerance, not a verdict on an answer); mark schemes whose
stored copy stops before the first question (pdfslide Edexcel 1MA1 2H, 9lib IB Mathematical
Studies, sciencedocbox/docplayer OCR and AQA, the KS2 mark-scheme booklets) or lost their
fractions (zanotowane.pl); issuhub and pinkmonkey SAT directions (the mixed numbers lost);
mathcountscentral, maueroats NSML and the ICTM "Valid Answers" page (only form rules, or fractions
set as two lines); skoljka rules (no examples); help.pearsoncmg.com ``define_algebraic_ans.htm``
(claimed by another helper first).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_SATDOG = "www.enforcerdog.com"

R_SATDOG_AT = "http://www.enforcerdog.com/SAT_ACT_Test_Prep/DirStuGenRes.htm"

R_ML = "mathleague.org"

R_ML_AT = "https://mathleague.org/grading"

R_PX = "help.pearsoncmg.com"

R_PX_NUM = "https://help.pearsoncmg.com/xl/cqb/Content/define_numeric_ans.htm"

R_PX_FRAC = "https://help.pearsoncmg.com/xl/cqb/Content/define_fraction_mix_num_ans.htm"

R_PX_PAIR = "https://help.pearsoncmg.com/xl/cqb/Content/define_orderedpair_ans.htm"

R_PX_SHORT = "https://help.pearsoncmg.com/xl/cqb/Content/define_short_answers.htm"

R_PX_MAST = (
    "https://help.pearsoncmg.com/mastering/authoring/simple_editor/Topics/"
    "enter_symbolic_expression_answers.htm"
)

R_LON = "s10.lite.msu.edu"

R_LON_AT = "https://s10.lite.msu.edu/adm/help/About_Numerical_and_Formula_Response.hlp"

R_MTA = "www.maplesoft.com"

R_MTA_AT = (
    "https://www.maplesoft.com/support/help/MapleTA10/MapleTAStudent/localization/en_US/"
    "ch04s06.aspx"
)

R_AKO = "old.help.algebrakit.com"

R_AKO_AT = "https://old.help.algebrakit.com/2021/uncategorized/mathentry-equality-criterium"

R_AK = "help.algebrakit.com"

R_AK_AT = "https://help.algebrakit.com/2020/answer-form/fractions-vs-decimal-values/"

R_MOBY = "support.mobymax.com"

R_MOBY_AT = (
    "https://support.mobymax.com/support/solutions/articles/"
    "11000012354-how-students-can-enter-fractions-in-mobymax"
)

R_WA = "www.webassign.net"

R_WA_AT = (
    "https://www.webassign.net/manual/instructor_guide/webassign/t_i_create_fraction_questions.htm"
)

R_MB = "mandelbrot.org"

R_MB_AT = "http://mandelbrot.org/info/faqs/answers.html"

R_SPARK = "www.sparknotes.com"

R_SPARK_AT = "http://www.sparknotes.com/testprep/books/newsat/chapter17section2.rhtml"

R_TES = "community.tes.com"

R_TES_AT = "https://community.tes.com/threads/arithmetic-and-reasoning.738199/page-5"

R_MCTM = "www.mctmmathbits.org"

R_MCTM_AT = "http://www.mctmmathbits.org/?p=1358"

R_CAPA = "web.pa.msu.edu"

R_CAPA_AT = "https://web.pa.msu.edu/people/pratts/phy232/handouts/capahelp.html"

R_JSF = "ja3.jsfiddle.net"

R_JSF_AT = "https://ja3.jsfiddle.net/parte/28549652"

R_SCRIBD = "www.scribd.com"

R_Y8_AT = "https://www.scribd.com/document/721258577/Year-8-Spring-Core-MS-2020"

R_Y11_AT = "https://www.scribd.com/document/660949692/Copy-of-y11-extd-ms"

R_MS4 = "scribd.com"

R_MS4_AT = "https://scribd.com/document/721520608/markScheme-4"

R_ALG = "www.algebra.com"

R_ALG_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=35060"

CASES = [
    # enforcerdog SAT grid-in directions: mixed numbers become improper fractions or decimals;
    # long decimals may be rounded or truncated to fill the grid; or given as fractions.
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"2 1/5",
        pred=r"11/5",
        wrap=True,
        expected=True,
        why="Change 2 1/5 to 11/5 or 2.2",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"2 1/5",
        pred=r"2.2",
        wrap=True,
        expected=True,
        why="Change 2 1/5 to 11/5 or 2.2",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"1.375",
        pred=r"1.37",
        wrap=True,
        expected=True,
        why="1.375 would be written 1.37 or 1.38 (grid of four places: truncated)",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"1.375",
        pred=r"1.38",
        wrap=True,
        expected=True,
        why="1.375 would be written 1.37 or 1.38 (grid of four places: rounded)",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"1.375",
        pred=r"11/8",
        wrap=True,
        expected=True,
        why="You can also change your answers to fractions: 1.375 = 11/8",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"0.454545...",
        pred=r".454",
        wrap=True,
        expected=True,
        why="0.454545... would be written .454 or .455 (truncated)",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"0.454545...",
        pred=r".455",
        wrap=True,
        expected=True,
        why="0.454545... would be written .454 or .455 (rounded)",
    ),
    _c(
        R_SATDOG,
        R_SATDOG_AT,
        gold=r"0.454545...",
        pred=r"5/11",
        wrap=True,
        expected=True,
        why="0.454545... = 5/11",
    ),
    # mathleague.org grading instructions: content in parentheses is optional.
    _c(
        R_ML,
        R_ML_AT,
        gold=r"($) 3",
        pred=r"3",
        wrap=True,
        expected=True,
        why='if the answer is "($) 3", you should accept "3" or "$3"',
    ),
    _c(
        R_ML,
        R_ML_AT,
        gold=r"($) 3",
        pred=r"$3",
        wrap=True,
        expected=True,
        why='if the answer is "($) 3", you should accept "3" or "$3"',
    ),
    # Pearson MathXL, define numeric answers: "equivalent answers that are correct".
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"0.75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 0.75",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"0.75",
        pred=r"00.75000",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 0.75",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"0.75",
        pred=r"75/100",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 0.75",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"0.75",
        pred=r"2-5/4",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 0.75",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"0.75",
        pred=r".75",
        wrap=True,
        expected=True,
        why="rule 'accept integer or decimal equivalents only', solution 0.75",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"2*3",
        pred=r"6",
        wrap=True,
        expected=True,
        why="rule 'accept integer or decimal equivalents only', solution 2*3",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"2*3",
        pred=r"3*2",
        wrap=True,
        expected=True,
        why="rule 'accept similar answers or algebraic function', solution 2*3",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"(1,1/2)",
        pred=r"(1,0.5)",
        wrap=True,
        expected=True,
        why="rule 'accept fully-reduced form', solution (1,1/2)",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"(1,1/2)",
        pred=r"(1.0,0.500)",
        wrap=True,
        expected=True,
        why="rule 'accept fully-reduced form', solution (1,1/2)",
    ),
    _c(
        R_PX,
        R_PX_NUM,
        gold=r"(1,1/2)",
        pred=r"(1/1,2*2/4)",
        wrap=True,
        expected=False,
        why="listed as incorrect: '(1/1,2*2/4, which does not equal 1/2)'",
    ),
    # Pearson MathXL, define fractional and mixed-number answers.
    _c(
        R_PX,
        R_PX_FRAC,
        gold=r"3/2",
        pred=r"1.5",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 3/2",
    ),
    _c(
        R_PX,
        R_PX_FRAC,
        gold=r"3/2",
        pred=r"6/4",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 3/2",
    ),
    _c(
        R_PX,
        R_PX_FRAC,
        gold=r"3/2",
        pred=r"2-1/2",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution 3/2",
    ),
    _c(
        R_PX,
        R_PX_FRAC,
        gold=r"3/2",
        pred=r"001.5000",
        wrap=True,
        expected=True,
        why="rule 'accept integer or decimal equivalents only', solution 3/2",
    ),
    # Pearson MathXL, define ordered-pair answers.
    _c(
        R_PX,
        R_PX_PAIR,
        gold=r"(5,3/2)",
        pred=r"(2+3, 1.5)",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution (5,3/2)",
    ),
    _c(
        R_PX,
        R_PX_PAIR,
        gold=r"(5,3/2)",
        pred=r"(5, 6/4)",
        wrap=True,
        expected=True,
        why="default rule (accept any equivalent), solution (5,3/2)",
    ),
    _c(
        R_PX,
        R_PX_PAIR,
        gold=r"(5,3/2)",
        pred=r"(5, 1.5)",
        wrap=True,
        expected=True,
        why="rule 'accept fully reduced form', solution (5,3/2)",
    ),
    _c(
        R_PX,
        R_PX_PAIR,
        gold=r"(5, a+b)",
        pred=r"(5, b+a)",
        wrap=True,
        expected=True,
        why="rule 'accept similar answer or algebraic function', solution (5, a+b)",
    ),
    # Pearson MathXL, define short answers.
    _c(
        R_PX,
        R_PX_SHORT,
        gold=r"2",
        pred=r"4/2",
        wrap=True,
        expected=True,
        why="if a solution equals 2, the Player also accepts responses such as 4/2 and cos(0)*2",
    ),
    _c(
        R_PX,
        R_PX_SHORT,
        gold=r"2",
        pred=r"cos(0)*2",
        wrap=True,
        expected=True,
        why="if a solution equals 2, the Player also accepts responses such as 4/2 and cos(0)*2",
    ),
    # Pearson Mastering, enter symbolic expression answers.
    _c(
        R_PX,
        R_PX_MAST,
        gold=r"0.5*m*v^2",
        pred=r"v*m*(v/2)",
        wrap=True,
        expected=True,
        why="correct answer 0.5*m*v^2, a student enters v*m*(v/2): graded as correct",
    ),
    _c(
        R_PX,
        R_PX_MAST,
        gold=r"0.1",
        pred=r"1 * 10^{-1}",
        wrap=True,
        expected=True,
        why="1 * 10^-1 would be another way of coding 0.1 (exponent printed as a superscript)",
    ),
]

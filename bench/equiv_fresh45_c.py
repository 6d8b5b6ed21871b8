r"""A forty-fifth fresh set of answer-equivalence cases (evaluation only; helper "c": online
homework and testing systems -- WeBWorK forum threads where an instructor settles that a refused
or accepted entry has the same value as the system's answer, and help pages of such systems
(Edulastic, Learnosity, Varsity Learning, Numbas, Pearson Mastering) that list accepted and
refused entries for a given answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims and /work/wt/fresh45_claims; no earlier set cites edulastic, learnosity,
varsitylearning, numbas-editor.readthedocs.io or these WeBWorK forum threads). Each case gives
the reference answer (``gold``: the system's or answer key's answer), the prediction (``pred``:
the student's entry, a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) that the page states. ``repo`` is the domain the stored copy came from and
``where`` is the full URL. There is no commit; every source is a web page with no licence file.
Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them (LaTeX stays LaTeX, plain
text stays plain text; the Unicode minus sign and the square-root sign of the stored copies are
kept). Where a help page says "any response equal to N is correct, such as ..." the stated N is
the gold. Only the part of each page that the stored copy shows was read (several stored copies
end mid-page); nothing beyond it is reconstructed.

Sources (domain, URL, what is settled, licence):

- webwork.maa.org forum thread d=3095 https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3095
  (instructor Bentley Garrett gives the problem's correct answer and "the equivalent answer"
  he enters, which WeBWorK sometimes marks correct and sometimes not; Alex Jordan's reply
  explains the random test points and does not dispute the equivalence). 2 cases. Web page, no
  licence file.
- webwork.maa.org forum thread d=3313 https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3313
  (instructor Ian Delbridge: an equivalent formula sqrt(a*sqrt(G M /a)) was not accepted for
  (a G M)^(1/4), while sqrt(sqrt(a G M)) "works as well"; D. Brian Walton: "almost certainly a
  problem of domain" -- the variables are meant to be positive). 2 cases. Web page, no licence
  file.
- webwork.maa.org forum thread d=3593
  https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3593&parent=9558 (instructor Paul
  Seeburger: the student's y=6e^(5x)−30xe^(5x) is marked incorrect while the factored
  y=6e^(5x)(1 −5x) is wanted; he reports it as a checker fault, i.e. the forms are the same; no
  reply is in the stored copy, and none contradicts him). 1 case. Web page, no licence file.
- webwork.maa.org forum thread d=2902 https://webwork.maa.org/moodle/mod/forum/discuss.php?d=2902
  (instructor Paul Seeburger wants "x^2 + y^2 < 10" and "y^2 + x^2 < 10" both counted correct,
  says "10 > x^2 + y^2" "should also be equivalent", and wants the set-builder forms with ':'
  and '|' both accepted; Davide Cervone's reply shows how, disputing none of it). 3 cases. Web
  page, no licence file.
- edulastic.zendesk.com help article 360047060072 "Calculus"
  https://edulastic.zendesk.com/hc/en-us/articles/360047060072-Calculus (table Expected /
  Student / Result). 4 cases. Web page, no licence file.
- edulastic.zendesk.com help article 360047059432 "Symbolic Checking Options"
  https://edulastic.zendesk.com/hc/en-us/articles/360047059432-Symbolic-Checking-Options (table
  Student Response / Expected Response / Result for expected 12; the mathematically equivalent
  forms of x+2). 8 cases. Web page, no licence file.
- edulastic.zendesk.com help article 210481526
  https://edulastic.zendesk.com/hc/en-us/articles/210481526-More-complex-Questions-Authoring-Numeric-Expression-questions
  (answer key 6/10; credit is given for "3/5", "0.60" and ".60"). 3 cases. Web page, no licence
  file.
- docs.learnosity.com author guide, equivSymbolic
  https://docs.learnosity.com/authoring/authorguide/formula/math_scoring/equivsymbolic_math
  (overview: any response equal to 6, such as 6/1, 12/2, 3+3, 6.0; Example 1: responses marked
  true for 100). 9 cases. Web page, no licence file.
- authorguide.learnosity.com article 360000437798 "equivSymbolic"
  https://authorguide.learnosity.com/hc/en-us/articles/360000437798-equivSymbolic (the same
  overview in plain text: 6/1, 12/2, 3+3, 6.0). 2 cases. Web page, no licence file.
- help.varsitylearning.com "Math Entry Settings"
  https://help.varsitylearning.com/question-writing/math-entry/ (table of allowed answer forms:
  0.5 accepted for 1/2, 1/2 accepted for 0.5, 1 1/2 accepted for 3/2; algebraic comparison
  x+1 = 1+x). 4 cases. Web page, no licence file.
- numbas-editor.readthedocs.io "Number entry"
  http://numbas-editor.readthedocs.io/en/latest/question/parts/numberentry.html (correct answer
  1.4, three decimal places, trailing zeroes not required: any of 1.4, 1.40 or 1.400 is marked
  correct). 2 cases. Web page, no licence file.
- help.pearsoncmg.com Mastering instructor help "What counts as a right answer?"
  https://help.pearsoncmg.com/mastering/instructor/mplus/Topics/grading_what_counts_as_right_ans.htm
  (correct answer 2V, a student's 2000mV gets full credit). 1 case. Web page, no licence file.

Left out, by rule: identical strings already taken from another page (authorguide.learnosity.com's
"3+3" and "6.0", the same pairs as on docs.learnosity.com); form and process policies that are not
about the answer's value -- Edulastic's "12 apples" (false: text in a numeric answer), Numbas's
precision restriction (with trailing zeroes required only 1.400 passes; 3.1 fails a three-place
restriction; 1.4000 has too many zeroes), Varsity Learning's "Require simplified" (2/4 rejected),
Pearson Mastering's order rule for string answers ("acb is not equivalent to abc"); the
Learnosity Example 1 row cut off in the stored copy ("100=1...").

Examined and not used: webwork.maa.org d=441 (swapping arbitrary constants c1, c2: a naming
policy), d=4561 (the refused entry without the absolute value is described in words, not
written), d=459 (banker's rounding of $5352.125: a tolerance question), d=8495 and d=3529
(examined by set 44; pair elided / seed-dependent); WeBWorK, Desmos Computation Layer, Canvas and
Learnosity equivValue/equivLiteral threads and pages stored only as huggingface.co
Nemotron-CC-Math rows (LLM-rewritten, excluded by the brief); digitaled.com Möbius "Enter
equivalent responses" (the same examples as the Maple T.A. page used by set 44, and its unit and
algebra examples lost their superscripts, e.g. "10000 cm2"); terminus.sdsu.edu Math541 WeBWorK
hints (".123" and "1e-14" refused: parser quirks, not value verdicts); courses.washington.edu
WebAssign rounding and units pages (percentage tolerance; unit spellings only);
qamlof.blogspot.com (no expressions written); collegemathteaching.wordpress.com "Stupid Integral
Tricks" (the student's sin^2(x) + C against the bare -1/2 cos(2x): only one side carries the
constant); support.khanacademy.org community post 41111766848653 and webassign.com grading-engine
page (the pairs are images); docs.wiris.com validation pages (correct answers are images; the
refusals are a side-by-side form policy); help.grasple.com mixed numbers (states 2 1/2 equals
3/2, a slip); support.coursekeyeducation.com and help.otus.com (copies of the Learnosity text
with fractions lost or mistyped, "61,122", "12,1"); kb.wisc.edu D2L (tolerance edge cases);
support.bigideasmath.com (form policies without pairs).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WW = "webwork.maa.org"
WW_3095 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3095"
WW_3313 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3313"
WW_3593 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3593&parent=9558"
WW_2902 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=2902"
ED = "edulastic.zendesk.com"
ED_CALC = "https://edulastic.zendesk.com/hc/en-us/articles/360047060072-Calculus"
ED_SYM = "https://edulastic.zendesk.com/hc/en-us/articles/360047059432-Symbolic-Checking-Options"
ED_NUM = (
    "https://edulastic.zendesk.com/hc/en-us/articles/"
    "210481526-More-complex-Questions-Authoring-Numeric-Expression-questions"
)
LD = "docs.learnosity.com"
LD_AT = "https://docs.learnosity.com/authoring/authorguide/formula/math_scoring/equivsymbolic_math"
LA = "authorguide.learnosity.com"
LA_AT = "https://authorguide.learnosity.com/hc/en-us/articles/360000437798-equivSymbolic"
VL = "help.varsitylearning.com"
VL_AT = "https://help.varsitylearning.com/question-writing/math-entry/"
NB = "numbas-editor.readthedocs.io"
NB_AT = "http://numbas-editor.readthedocs.io/en/latest/question/parts/numberentry.html"
PM = "help.pearsoncmg.com"
PM_AT = (
    "https://help.pearsoncmg.com/mastering/instructor/mplus/Topics/"
    "grading_what_counts_as_right_ans.htm"
)

CASES = [
    # WeBWorK d=3095: the problem's Formula answer vs "the equivalent answer" the instructor
    # enters (sometimes marked correct, sometimes not; the reply explains the test points).
    _c(
        WW,
        WW_3095,
        gold=r"1/(cosx(1-3tanx)^(1/3))",
        pred=r"1/((cosx)^3 - 3sinx(cosx)^2)^(1/3)",
        wrap=True,
        expected=True,
        why="question 1: 'When I enter the equivalent answer'",
    ),
    _c(
        WW,
        WW_3095,
        gold=r"2/(t^2sqrt(8e^t-8e+1))",
        pred=r"1/sqrt((1/4 - 2e)t^4 + 2(e^t)t^4)",
        wrap=True,
        expected=True,
        why="question 2: 'If I enter the equivalent answer'",
    ),
    # WeBWorK d=3313: $ans2 = (a G M)^(1/4); an equivalent input was refused (a domain problem,
    # per the reply: a, G, M are meant positive); another equivalent input is accepted.
    _c(
        WW,
        WW_3313,
        gold=r"(a G M)^(1/4)",
        pred=r"sqrt(a*sqrt(G M /a))",
        wrap=True,
        expected=True,
        why="'an equivalent formula was not accepted'; reply: a problem of domain (positive a)",
    ),
    _c(
        WW,
        WW_3313,
        gold=r"(a G M)^(1/4)",
        pred=r"sqrt(sqrt(a G M))",
        wrap=True,
        expected=True,
        why="'sqrt(sqrt(a G M)) works as well as (a G M)^(1/4)'",
    ),
    # WeBWorK d=3593: the unfactored particular solution is marked incorrect, the GCF-factored
    # form is wanted; the instructor reports this as a checker fault.
    _c(
        WW,
        WW_3593,
        gold=r"y=6e^(5x)(1 −5x)",
        pred=r"y=6e^(5x)−30xe^(5x)",
        wrap=True,
        expected=True,
        why="student's unfactored form marked incorrect; instructor: same answer",
    ),
    # WeBWorK d=2902: forms the instructor wants counted correct for the domain answer.
    _c(
        WW,
        WW_2902,
        gold=r"x^2 + y^2 < 10",
        pred=r"y^2 + x^2 < 10",
        wrap=True,
        expected=True,
        why='\'I want "x^2 + y^2 < 10" and "y^2 + x^2 < 10" to both be considered correct\'',
    ),
    _c(
        WW,
        WW_2902,
        gold=r"x^2 + y^2 < 10",
        pred=r"10 > x^2 + y^2",
        wrap=True,
        expected=True,
        why="'\"10 > x^2 + y^2\", even though this should also be equivalent'",
    ),
    _c(
        WW,
        WW_2902,
        gold=r"{ (x, y) : x^2 + y^2 < 10}",
        pred=r"{ (x, y) | x^2 + y^2 < 10}",
        wrap=True,
        expected=True,
        why="set-builder notation with ':' or '|': either accepted",
    ),
    # Edulastic "Calculus" (Expected | Student | Result).
    _c(
        ED,
        ED_CALC,
        gold=r"g=f(0.5x) - 1",
        pred=r"g=f(\frac{1}{2}x) - 1",
        wrap=True,
        expected=True,
        why="table row 1: true",
    ),
    _c(
        ED,
        ED_CALC,
        gold=r"\frac{d}{dx}(2x+1)^3",
        pred=r"6(2x+1)^2",
        wrap=True,
        expected=True,
        why="table row 2: true",
    ),
    _c(
        ED,
        ED_CALC,
        gold=r"\int \frac{1}{x}dx",
        pred=r"\ln(x)",
        wrap=True,
        expected=True,
        why="table row 3: true",
    ),
    _c(
        ED,
        ED_CALC,
        gold=r"\int \frac{1}{x}dx",
        pred=r"x",
        wrap=True,
        expected=False,
        why="table row 4: false",
    ),
    # Edulastic "Symbolic Checking Options": expected answer 12 (Student | Expected | Result).
    _c(ED, ED_SYM, gold=r"12", pred=r"12", wrap=True, expected=True, why="table: 12 | 12 | true"),
    _c(
        ED,
        ED_SYM,
        gold=r"12",
        pred=r"12.0",
        wrap=True,
        expected=True,
        why="table: 12.0 | 12 | true",
    ),
    _c(
        ED,
        ED_SYM,
        gold=r"12",
        pred=r"3 x 4",
        wrap=True,
        expected=True,
        why="table: 3 x 4 | 12 | true",
    ),
    _c(
        ED,
        ED_SYM,
        gold=r"12",
        pred=r"120 / 10",
        wrap=True,
        expected=True,
        why="table: 120 / 10 | 12 | true",
    ),
    _c(
        ED,
        ED_SYM,
        gold=r"12",
        pred=r"√(144)",
        wrap=True,
        expected=True,
        why="table: √(144) | 12 | true",
    ),
    # same page: mathematically equivalent forms of the response x+2 (symbolic mode).
    _c(
        ED,
        ED_SYM,
        gold=r"x+2",
        pred=r"2 + x",
        wrap=True,
        expected=True,
        why="'many mathematically equivalent forms of this expression such as: 2 + x'",
    ),
    _c(
        ED,
        ED_SYM,
        gold=r"x+2",
        pred=r"1 + x + 1",
        wrap=True,
        expected=True,
        why="'... such as: ... 1 + x + 1'",
    ),
    _c(
        ED,
        ED_SYM,
        gold=r"x+2",
        pred=r"2 + 1*x",
        wrap=True,
        expected=True,
        why="'... such as: ... 2 + 1*x'",
    ),
    # Edulastic numeric question: answer key 6/10, credit for the other keys.
    _c(
        ED,
        ED_NUM,
        gold=r"6/10",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why="'Credit to be given for all the following responses: \"3/5\"'",
    ),
    _c(ED, ED_NUM, gold=r"6/10", pred=r"0.60", wrap=True, expected=True, why="'... \"0.60\"'"),
    _c(ED, ED_NUM, gold=r"6/10", pred=r".60", wrap=True, expected=True, why="'... \".60\"'"),
    # Learnosity equivSymbolic: overview (multiply 3 and 2: any response equal to 6).
    _c(
        LD,
        LD_AT,
        gold=r"6",
        pred=r"\frac{6}{1}",
        wrap=True,
        expected=True,
        why="overview: 'any response that is mathematically equal to 6 ... such as'",
    ),
    _c(LD, LD_AT, gold=r"6", pred=r"\frac{12}{2}", wrap=True, expected=True, why="overview"),
    _c(LD, LD_AT, gold=r"6", pred=r"3+3", wrap=True, expected=True, why="overview"),
    _c(LD, LD_AT, gold=r"6", pred=r"6.0", wrap=True, expected=True, why="overview"),
    # Learnosity equivSymbolic Example 1: any value equal to 100 is correct.
    _c(LD, LD_AT, gold=r"100", pred=r"100", wrap=True, expected=True, why="Example 1: true"),
    _c(LD, LD_AT, gold=r"100", pred=r"50 + 50", wrap=True, expected=True, why="Example 1: true"),
    _c(
        LD,
        LD_AT,
        gold=r"100",
        pred=r"\frac{200}{2}",
        wrap=True,
        expected=True,
        why="Example 1: true",
    ),
    _c(
        LD,
        LD_AT,
        gold=r"100",
        pred=r"2.5 \times 40",
        wrap=True,
        expected=True,
        why="Example 1: true",
    ),
    _c(
        LD,
        LD_AT,
        gold=r"100",
        pred=r"10000\%",
        wrap=True,
        expected=True,
        why="Example 1: true (10000 percent)",
    ),
    # Learnosity author guide (plain-text version of the same overview).
    _c(
        LA,
        LA_AT,
        gold=r"6",
        pred=r"6/1",
        wrap=True,
        expected=True,
        why="overview: 'any response that is mathematically equal to 6 ... such as 6/1'",
    ),
    _c(LA, LA_AT, gold=r"6", pred=r"12/2", wrap=True, expected=True, why="overview: '12/2'"),
    # Varsity Learning math entry settings (allowed answer forms; algebraic comparison).
    _c(
        VL,
        VL_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="Accept decimal: '0.5 accepted for 1/2'",
    ),
    _c(
        VL,
        VL_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="Accept fraction: '1/2 accepted for 0.5'",
    ),
    _c(
        VL,
        VL_AT,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="Accept mixed number: '1 1/2 accepted for 3/2'",
    ),
    _c(
        VL,
        VL_AT,
        gold=r"x+1",
        pred=r"1+x",
        wrap=True,
        expected=True,
        why="Algebraic: 'Check symbolic equivalence (e.g., x+1 = 1+x)'",
    ),
    # Numbas number entry: correct answer 1.4, trailing zeroes not required.
    _c(
        NB,
        NB_AT,
        gold=r"1.4",
        pred=r"1.40",
        wrap=True,
        expected=True,
        why="'any of 1.4, 1.40 or 1.400 will be marked as correct'",
    ),
    _c(
        NB,
        NB_AT,
        gold=r"1.4",
        pred=r"1.400",
        wrap=True,
        expected=True,
        why="'any of 1.4, 1.40 or 1.400 will be marked as correct'",
    ),
    # Pearson Mastering: equivalent answers with units get full credit.
    _c(
        PM,
        PM_AT,
        gold=r"2V",
        pred=r"2000mV",
        wrap=True,
        expected=True,
        why="'if the correct answer is 2V and a student submits 2000mV ... full credit'",
    ),
]

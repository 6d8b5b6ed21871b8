r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "e": answers typed
into online homework and testing systems -- WeBWorK, WebAssign, LON-CAPA, Blackboard quizzes --
where an instructor, a system's author or a forum answerer settles whether the typed form equals
the expected answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh47_claims; each page was claimed in
/work/wt/fresh48_claims before use). Each case gives the reference answer (``gold``: the key's or
the expected form), the prediction (``pred``: the other form a person on the page equates with it,
or the form the page sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, in the systems' typed syntax
(``2**3``, ``3*2^n+3^n``, ``(1+3)9``, ``166E-26``). One liberty, noted in ``why``: the LON-CAPA
page renders its key answer with markdown italics around the variable (``2*x*^{2}+4``, i.e.
2 *x* ^{2} + 4); the italics markers are dropped (``2x^{2}+4``).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.webassign.net instructor guide ``t_i_creating_questions_mathpad_symbolic_mode.htm``
  (Symbolic mode grades for mathematical equivalency: "4x+12 would be equivalent to (x+3)4").
  1 case.
- www.webassign.net instructor guide ``webassign/t_i_creating_answer_keys_for_questions_using_
  symbolic_mode.htm`` ("Do not use mixed numbers. Instead, use improper fractions or express the
  mixed number as a sum, for example 7/4 or 1+3/4"). 1 case.
- s10.lite.msu.edu LON-CAPA help ``Formula_Response_Problems.hlp`` ("If the answer is 2x^2+4, the
  student is allowed to type "2*x*x+4", "x*x + x*x + 4", ... or any other equivalent
  expression"). 2 cases.
- wwrenderer.libretexts.org render of the WeBWorK orientation problem
  ``Library/Rochester/set0/set00prob03.pg`` (the author's worked examples "(1+3)9 =36,
  (2*3)**2 = 6**2 = 36, 3**(2*2) = 3**4 = 81, (2+3)**2 = 5**2 = 25, 3**(2+2) = 3**4 = 81"; "The
  "correct" result for this answer blank is 36"). 8 cases.
- wwrenderer.libretexts.org render of ``Library/ASU-topics/setIntroduction_to_WeBWorK/prob1b.pg``
  ("2/3*4 means (2/3)*4 or 8/3, IT DOES NOT MEAN 2/12. If you want 2/(3*4) = 2/12"). 4 cases.
- www.math.ttu.edu ``~lhoang/2022Spr-M3350-111/EnterAnswersWebwork.html`` (an instructor's "How to
  Enter Answers in WeBWorK": "2^3 and 2**3 are the same to WeBWorK"; "(1+2)*(3+4) and (1+2)(3+4)
  are both valid. So are 3*4 and 3 4 (3 space 4, not 34)"; "you wouldn't enter 34 for 3*4";
  "Don't enter 2/4+5 (which is 5.5) when you really want 2/(4+5) (which is 2/9)"). 7 cases.
- studylib.net doc 8170133 "How to Enter Answers in WeBWorK" (another course's copy: "Do not enter
  2/4+5 (which is 5 ½ )"; "WeBWorK has been programmed to accept sin t or even sint to mean
  sin(t)"). 2 cases.
- elearn.southampton.ac.uk ``blackboard/currentissues/`` (the university's Blackboard known-issues
  page: a calculated-formula answer 166E-26 for the key 1.66E-24 "will be marked as incorrect,
  even though it is mathematically correct"). 1 case.
- webwork.maa.org forum ``discuss.php?d=3529`` "Syntax: Parentheses and Exponents" (the
  instructor: a student "should be able to enter 3*2^n+3^n and get it right", WeBWorK accepts
  3*(2)^n+(3)^n; Davide Cervone: "you do need to use parentheses around -34 in (-34)^n since
  -34^n means -(34^n) by the rules of operator precedence"). 3 cases.
- questioncove.com ``updates/4dac89bcd6938b0b70d8a74d`` (OpenStudy: two mortgage-payment formulas
  L*[c/(1- (1 + c) ^ -n) ] and L*[c(1 + c)^n]/[(1 + c)^n - 1]; the answerer shows the way, "make
  (1+c)^ -n = 1/ (1+c)^ n and then take the lcm", "so simple ...it was"). 1 case.
- www.gradesaver.com Elementary Algebra concept quiz 8.2 page 341 no. 3 (the key solves 2x+y=4
  for y, y=-2x+4: "This proves that the two equations are equivalent"). 1 case.
- vhcc2.vhcc.edu Mth 158 "Section 11" submission of 09-25-2012 (the given solution's
  "INSTRUCTOR COMMENT" on a student's y = 2: "This is correct for equation 5y + 6 = 18 - y but the
  equation ... is 5y + 6 = -18 - y ... you end up with y = -4"). 1 case.

Left out, by rule: parser conventions of one system that are not about an answer's value
(WeBWorK's "sin 2t is really sin(2)t, i.e. (sin(2))*t", "sint" for sin(t), "2+3sin^2(4x) is
wrong. You should enter: 2+3*(sin(4*x))^2"; WebAssign's "x + 1,234 is interpreted both as
1234 + x and as a list"; Pearson-style form rules); pairs a page repeats that an earlier source
in this module already gives (the ASU orientation problem repeats the Rochester problem's
"(1+3)9 =36 ..." list; the ttu and studylib pages repeat "2/3*4 (which is 8/3)" and
"2/(3*4) (which is 2/12)", the studylib page also "2/(4+5) (which is 2/9)"); statements with no
value on the page ("what is 1+2*3?").

Lost formulas, skipped and never rebuilt: LON-CAPA's third accepted form "2*x2 + 14 - 10" (its
superscript lost); d=3529's displayed key "3·2n + 3n" (superscripts lost; the typed forms on the
page are used instead) and "You do not need parentheses for 34^n" (the parenthesised form is
not written out); the studylib copy's "a^b gives ab" lines; mathhelpforum.com 128207 ("Both your
initial answer, and the one you expected, were correct!" but neither answer survives).

Examined and not used: webwork.maa.org d=8495 (the student's e^(-6x)*[...] form is elided on the
page and no reply is stored); webwork.maa.org d=479 (the student's solution is stored as
"exp(-(3/800)*tt)" and the poster's own reasoning about it is inconsistent); webwork.maa.org
d=3293 (the same thread as d=3095, used by an earlier set); webwork.maa.org d=35 (no pair
written); docs.wiris.com equivalent-equations page (the correct answers are images, and the wiris
pages were examined by set 45); Khan Academy Praxis "Equivalent expressions" transcript (the
choices are only spoken in words); help.pearsoncmg.com, digitaled.com, maplesoft.com,
docs.stack-assessment.org (pages or sources already used or claimed by earlier sets); kb.wisc.edu
D2L tolerance page (examined by set 45); cal11.calculator.city ALEKS page and errorhandle.ai
(generated text); every huggingface.co Nemotron-CC-Math row (LLM-rewritten, excluded by the
brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WA = "www.webassign.net"
WA_MATHPAD = (
    "https://www.webassign.net/manual/instructor_guide/"
    "t_i_creating_questions_mathpad_symbolic_mode.htm"
)
WA_KEYS = (
    "https://www.webassign.net/manual/instructor_guide/webassign/"
    "t_i_creating_answer_keys_for_questions_using_symbolic_mode.htm"
)
LON = "s10.lite.msu.edu"
LON_FORMULA = "https://s10.lite.msu.edu/adm/help/Formula_Response_Problems.hlp"
WWR = "wwrenderer.libretexts.org"
_WWR_TAIL = (
    "&problemSeed=1234567&courseID=anonymous&userID=anonymous&course_password=anonymous"
    "&answersSubmitted=0&showSummary=1&displayMode=MathJax&language=en&outputFormat=nosubmit"
)
WWR_ROCH = (
    "https://wwrenderer.libretexts.org/render-api?sourceFilePath="
    "Library/Rochester/set0/set00prob03.pg" + _WWR_TAIL
)
WWR_ASU = (
    "https://wwrenderer.libretexts.org/render-api?sourceFilePath="
    "Library/ASU-topics/setIntroduction_to_WeBWorK/prob1b.pg" + _WWR_TAIL
)
TTU = "www.math.ttu.edu"
TTU_AT = "http://www.math.ttu.edu/~lhoang/2022Spr-M3350-111/EnterAnswersWebwork.html"
SL = "studylib.net"
SL_AT = "https://studylib.net/doc/8170133/how-to-enter-answers-in-webwork"
SOTON = "elearn.southampton.ac.uk"
SOTON_AT = "https://elearn.southampton.ac.uk/blackboard/currentissues/"
WW = "webwork.maa.org"
WW_3529 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3529"
QC = "questioncove.com"
QC_AT = "https://questioncove.com/updates/4dac89bcd6938b0b70d8a74d"
GS = "www.gradesaver.com"
GS_AT = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-algebra/"
    "chapter-8-coordinate-geometry-and-linear-systems-8-2-graphing-linear-equations-"
    "concept-quiz-8-2-page-341/3"
)
VHCC = "vhcc2.vhcc.edu"
VHCC_AT = (
    "https://vhcc2.vhcc.edu/dsmith/genInfo/labrynth_created_fall_05/"
    "levl1_22/levl2_46/09-25-2012_____Section_11.htm"
)

CASES = [
    # WebAssign instructor guide: Symbolic mode grades for mathematical equivalency.
    _c(
        WA,
        WA_MATHPAD,
        gold=r"4x+12",
        pred=r"(x+3)4",
        wrap=True,
        expected=True,
        why="Symbolic mode: 'For example, 4x+12 would be equivalent to (x+3)4'",
    ),
    _c(
        WA,
        WA_KEYS,
        gold=r"7/4",
        pred=r"1+3/4",
        wrap=True,
        expected=True,
        why="answer keys: a mixed number as 'improper fractions or ... a sum, for example 7/4 "
        "or 1+3/4'",
    ),
    # LON-CAPA formula response: accepted typed forms of the key.
    _c(
        LON,
        LON_FORMULA,
        gold=r"2x^{2}+4",
        pred=r"2*x*x+4",
        wrap=True,
        expected=True,
        why="'If the answer is 2x^2+4, the student is allowed to type \"2*x*x+4\"' (key stored "
        "as 2*x*^{2}+4, italics markers dropped)",
    ),
    _c(
        LON,
        LON_FORMULA,
        gold=r"2x^{2}+4",
        pred=r"x*x + x*x + 4",
        wrap=True,
        expected=True,
        why="'... \"x*x + x*x + 4\" ... or any other equivalent expression' (key's italics "
        "markers dropped)",
    ),
    # WeBWorK orientation problem (Rochester set0 prob03): the author's worked values.
    _c(
        WWR,
        WWR_ROCH,
        gold=r"36",
        pred=r"(1+3)9",
        wrap=True,
        expected=True,
        why="'(1+3)9 =36'; 'The \"correct\" result for this answer blank is 36'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"36",
        pred=r"(2*3)**2",
        wrap=True,
        expected=True,
        why="'(2*3)**2 = 6**2 = 36'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"36",
        pred=r"6**2",
        wrap=True,
        expected=True,
        why="'(2*3)**2 = 6**2 = 36'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"81",
        pred=r"3**(2*2)",
        wrap=True,
        expected=True,
        why="'3**(2*2) = 3**4 = 81'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"81",
        pred=r"3**4",
        wrap=True,
        expected=True,
        why="'3**(2*2) = 3**4 = 81'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"25",
        pred=r"(2+3)**2",
        wrap=True,
        expected=True,
        why="'(2+3)**2 = 5**2 = 25'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"25",
        pred=r"5**2",
        wrap=True,
        expected=True,
        why="'(2+3)**2 = 5**2 = 25'",
    ),
    _c(
        WWR,
        WWR_ROCH,
        gold=r"81",
        pred=r"3**(2+2)",
        wrap=True,
        expected=True,
        why="'3**(2+2) = 3**4 = 81'",
    ),
    # WeBWorK orientation problem (ASU prob1b): left-to-right multiplication and division.
    _c(
        WWR,
        WWR_ASU,
        gold=r"8/3",
        pred=r"2/3*4",
        wrap=True,
        expected=True,
        why="'2/3*4 means (2/3)*4 or 8/3'",
    ),
    _c(
        WWR,
        WWR_ASU,
        gold=r"8/3",
        pred=r"(2/3)*4",
        wrap=True,
        expected=True,
        why="'2/3*4 means (2/3)*4 or 8/3'",
    ),
    _c(
        WWR,
        WWR_ASU,
        gold=r"2/12",
        pred=r"2/3*4",
        wrap=True,
        expected=False,
        why="'2/3*4 means (2/3)*4 or 8/3, IT DOES NOT MEAN 2/12'",
    ),
    _c(
        WWR,
        WWR_ASU,
        gold=r"2/12",
        pred=r"2/(3*4)",
        wrap=True,
        expected=True,
        why="'If you want 2/(3*4) = 2/12'",
    ),
    # An instructor's "How to Enter Answers in WeBWorK" (Texas Tech).
    _c(
        TTU,
        TTU_AT,
        gold=r"2**3",
        pred=r"2^3",
        wrap=True,
        expected=True,
        why="'(2^3 and 2**3 are the same to WeBWorK)'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"(1+2)*(3+4)",
        pred=r"(1+2)(3+4)",
        wrap=True,
        expected=True,
        why="'(1+2)*(3+4) and (1+2)(3+4) are both valid'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"3*4",
        pred=r"3 4",
        wrap=True,
        expected=True,
        why="'So are 3*4 and 3 4 (3 space 4, not 34)'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"3*4",
        pred=r"34",
        wrap=True,
        expected=False,
        why="'you wouldn't enter 34 for 3*4'; '3 4 (3 space 4, not 34)'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"5.5",
        pred=r"2/4+5",
        wrap=True,
        expected=True,
        why="'Don't enter 2/4+5 (which is 5.5) ...'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"2/9",
        pred=r"2/(4+5)",
        wrap=True,
        expected=True,
        why="'... when you really want 2/(4+5) (which is 2/9)'",
    ),
    _c(
        TTU,
        TTU_AT,
        gold=r"2/(4+5)",
        pred=r"2/4+5",
        wrap=True,
        expected=False,
        why="'Don't enter 2/4+5 (which is 5.5) when you really want 2/(4+5) (which is 2/9)'",
    ),
    # Another course's copy of the WeBWorK entry guide (studylib).
    _c(
        SL,
        SL_AT,
        gold=r"5 ½",
        pred=r"2/4+5",
        wrap=True,
        expected=True,
        why="'Do not enter 2/4+5 (which is 5 ½ ) ...' (mixed number with the ½ character)",
    ),
    _c(
        SL,
        SL_AT,
        gold=r"sin(t)",
        pred=r"sin t",
        wrap=True,
        expected=True,
        why="'WeBWorK has been programmed to accept sin t or even sint to mean sin(t)' "
        "('sint' left out as a parser shorthand)",
    ),
    # University of Southampton, Blackboard known issues: calculated-formula grader.
    _c(
        SOTON,
        SOTON_AT,
        gold=r"1.66E-24",
        pred=r"166E-26",
        wrap=True,
        expected=True,
        why="'the answer ... is: 1.66E-24 if you put ... 166E-26 it will be marked as incorrect, "
        "even though it is mathematically correct'",
    ),
    # WeBWorK forum d=3529: parentheses and exponents.
    _c(
        WW,
        WW_3529,
        gold=r"3*(2)^n+(3)^n",
        pred=r"3*2^n+3^n",
        wrap=True,
        expected=True,
        why="instructor: the student 'should be able to enter 3*2^n+3^n and get it right', "
        "WeBWorK accepts 3*(2)^n+(3)^n; Cervone: 'You do not need parentheses for 34^n, and the "
        "answer is accepted for me without them'",
    ),
    _c(
        WW,
        WW_3529,
        gold=r"(-34)^n",
        pred=r"-34^n",
        wrap=True,
        expected=False,
        why="Cervone: 'you do need to use parentheses around -34 in (-34)^n since -34^n means "
        "-(34^n)'",
    ),
    _c(
        WW,
        WW_3529,
        gold=r"-(34^n)",
        pred=r"-34^n",
        wrap=True,
        expected=True,
        why="Cervone: '-34^n means -(34^n) by the rules of operator precedence'",
    ),
    # OpenStudy (questioncove): two forms of the loan-payment formula.
    _c(
        QC,
        QC_AT,
        gold=r"L*[c(1 + c)^n]/[(1 + c)^n - 1]",
        pred=r"L*[c/(1- (1 + c) ^ -n) ]",
        wrap=True,
        expected=True,
        why="asker: both give P; answerer: 'make (1+c)^ -n = 1/ (1+c)^ n and then take the lcm', "
        "'so simple ...it was'",
    ),
    # GradeSaver key, Elementary Algebra concept quiz 8.2 no. 3.
    _c(
        GS,
        GS_AT,
        gold=r"y=-2x+4",
        pred=r"2x+y=4",
        wrap=True,
        expected=True,
        why="'solve the equation 2x+y=4 for y ... y=-2x+4 ... the two equations are equivalent'",
    ),
    # VHCC Mth 158 query, given solution with instructor comment.
    _c(
        VHCC,
        VHCC_AT,
        gold=r"y = -4",
        pred=r"y = 2",
        wrap=True,
        expected=False,
        why="1.1.20, 5y + 6 = -18 - y: INSTRUCTOR COMMENT on a student's y = 2: 'This is "
        "correct for equation 5y + 6 = 18 - y' ... 'you end up with y = -4'",
    ),
]

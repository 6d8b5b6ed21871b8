r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "c": bearings,
directions and angles settled by a person on a public web page: three-figure bearings against
compass bearings (``065º`` and ``N65ºE``), "30° north of east" against "60° east of north", a
bearing, a standard angle and a heading of one direction (``141^o``, ``-51^o``, ``S\:39^o\,E``),
answer keys of bearing questions in degrees-and-minutes with their refused options). The
surveying conversions (reduced and whole circle bearings in degrees and minutes), radians
against degrees and decimal degrees against degrees-minutes-seconds are in
bench/equiv_fresh55_c2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL, domain and thread or question id; each page is
claimed in /work/wt/fresh55_claims). Each case gives the reference answer (``gold``: the form the
answerer or the key ends on, or names as the answer), the prediction (``pred``: another form the
same person equates with it, in a chain of equalities or as "the same as", or an option or
answer the key or the answerer refuses; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt, which starts at the top of the page) was read. Do not tune the
judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: the letter ``o`` that some
pages use for the degree sign (``243o 26'``, ``026o``), ``º`` (the ordinal indicator, U+00BA) of
mathsteacher.com.au, ``ᵒ`` (U+1D52) of quiztablet, the en dash used as a minus sign (``270 –
30``, ``180° – 63°``); LaTeX stays LaTeX with the page's ``$`` and ``\(...\)`` delimiters dropped
(jobzilla's ``323\(^o\)`` is stored as ``323^o``) and its spacing commands kept (``S\:39^o\,E``).

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- mathhelpforum.com trigonometry/141243 (the book gives 141°; Soroban: "There are several
  methods for indicating the direction": bearing 180^o - 39^o = 141^o, standard angle -51^o,
  heading S\:39^o\,E). 4 cases.
- www.gradesaver.com Physics 10th ed. ch. 1 Check Your Understanding 12 ("30° north of east is
  the same as 60° east of north"). 1 case.
- imathworks.com direction of the resultant displacement (a Math SE copy; best answer "36.5°
  North of West = 53.5° West of North"; the asker's "-36.5 degrees west of north", which Mastering
  Physics marked wrong and the answer corrects). 2 cases (1 False).
- www.gradesaver.com Fundamentals of Physics Extended 10th ed. ch. 3 problem 3b (180°-57.0° ≈
  122°). 1 case.
- physics.qandaexchange.com qa=3105 (sammy gerbil: "Your result of 58 degrees is nevertheless
  correct. The answer key is incorrect", the key's 122 degrees). 1 case (False). Odd: the asker
  states the x component as +25.0 m, and sammy gerbil's verdict holds for the question as the
  page states it; the textbook problem (Halliday 3.3, the gradesaver page above) has -25.0 m,
  for which 122° is right. The case keeps the page's verdict.
- www.physicsforums.com threads/571675 (technicolour1: add 180, 182.72, not the asker's 2.72;
  the asker: "that worked"). 1 case (False).
- jobzilla.ng questions 17660, 13454, 14180, 27603, 28794 (Nigerian past-question answer keys:
  "Correct answer is B" with a worked chain, e.g. x = 180 + 63.435 = 243.435° = 243° 26'; every
  other option is a refused value). 24 cases (16 False).
- quiztablet.com JAMB 2017 Q39 and JAMB 2021 Q38 ("Option A is correct", each other option "is
  incorrect"; 270 – 30 = 240ᵒ). 8 cases (6 False).
- www.math.net.au forums bearings-right-trig (worked answers: "C is the correct answer" for
  080°, 100°, 280°, W80°N; bearing = 270° + 27° = 297°; bearing = 180° – 63° = 117°). 5 cases
  (3 False).
- www.mathsteacher.com.au year 10 Directions ("the bearing of P from O is 065º ... Note: The
  direction of P from O is N65ºE", and 300º with N60ºW). 2 cases.
- qammunity.org 18048428 (bearing = 270° -arctan(21/13) = 270° -58° = 212°). 2 cases.

Left out, by rule: an equality that is false as printed with no one correcting it (jobzilla
14180's "The bearing of x from z is N45oE or 135o": N45°E is 045°, and the key's answer is
135o, so only the options are used); the asker's "39°" on mathhelpforum 141243, which Soroban
calls a correct angle but "useless unless it is clear where the angle is located" (neither an
equality nor a refusal); jobzilla 27324 (the same question as 13454 on another page);
schoolngr.com 190008 (the same question and text as jobzilla 28794); math.net.au's "N8°W"
(no second form); multiple-choice letters themselves (only the option values are used).

Examined and not used: senseofstudy.com, mathix.co, hscscience.com.au, practicemathsqld.com.au,
reko.study, mis.kyeop.go.ke, questionai.com, cdquestions.com, gauthmath.com, cliftonjay.com,
smartsolve.ai and mathgpt.today (generated or AI-written solutions, or answers missing from the
stored text); hubpages.com compass bearings ("N 380 E": the degree superscripts were flattened
into the digits); grabstudy.com surveying MCQs (degree signs turned into "?", no answers);
mathspace.co (options without the answer); mathhelpforum 202593 and 25997, physicsforums 110035,
341594, 373279, 436433 and 337046 (only the asker's text, or a verdict from an automatic homework
checker); openstudy 51a65a4f (the thread's angle is a chain of guesses); gradesaver Fundamentals
of Physics ch. 5 7c and 3 8c ("-147°" and "221° which is south west" have no second answer form);
gradesaver Precalculus 8.4 #70 ("arctan(-3) ≈ 108.44°", false as printed); jiskha.com,
socratic.org and algebra.com threads (sites to avoid in this round); the Pearson Mastering help
page (the pi symbols of "10*cos(/6)" were lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

W1 = "mathhelpforum.com"

W1_AT = "http://mathhelpforum.com/trigonometry/141243-vectors-question.html"

W2 = "www.gradesaver.com"

W2_AT = (
    "https://www.gradesaver.com/textbooks/science/physics/physics-10th-edition/"
    "chapter-1-introduction-and-mathematical-concepts-check-your-understanding-page-14/12"
)

W3 = "imathworks.com"

W3_AT = "https://imathworks.com/math/math-direction-of-the-resultant-displacement-math-help"

W4 = "www.gradesaver.com"

W4_AT = (
    "https://www.gradesaver.com/textbooks/science/physics/"
    "fundamentals-of-physics-extended-10th-edition/chapter-3-vectors-problems-page-57/3b"
)

W5 = "physics.qandaexchange.com"

W5_AT = (
    "http://physics.qandaexchange.com/?qa=3105/find-the-angle-between-the-%24x%24-axis-and-a-vector"
)

W6 = "www.physicsforums.com"

W6_AT = (
    "https://www.physicsforums.com/threads/"
    "magnitude-and-angle-counterclockwise-from-the-x-direction.571675/"
)

J1 = "jobzilla.ng"

J1_AT = "https://jobzilla.ng/question/17660"

J2 = "jobzilla.ng"

J2_AT = "https://jobzilla.ng/question/13454"

J3 = "jobzilla.ng"

J3_AT = "https://jobzilla.ng/question/14180"

J4 = "jobzilla.ng"

J4_AT = "https://jobzilla.ng/question/27603"

J5 = "jobzilla.ng"

J5_AT = "https://jobzilla.ng/question/28794"

Q1 = "quiztablet.com"

Q1_AT = "https://quiztablet.com/a-boy-moves-from-a-point-p-to-another-point-q-due-north/"

Q2 = "quiztablet.com"

Q2_AT = "https://quiztablet.com/x-is-due-east-point-of-y-on-a-coast/"

A1 = "www.math.net.au"

A1_AT = "https://www.math.net.au/forums/topic/bearings-right-trig/"

A2 = "www.mathsteacher.com.au"

A2_AT = "http://www.mathsteacher.com.au/year10/ch15_trigonometry/11_directions/23dir.htm"

A3 = "qammunity.org"

A3_AT = "https://qammunity.org/18048428"

CASES = [
    # mathhelpforum 141243 (Soroban): the book's 141° and the asker's 39° angle; 'several methods'
    # for the same direction: bearing 180^o - 39^o = 141^o, standard angle -51^o, heading S 39^o E
    _c(
        W1,
        W1_AT,
        gold=r"141^o",
        pred=r"180^o - 39^o",
        wrap=True,
        expected=True,
        why="Soroban: bearing 180^o - 39^o = 141^o",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"141^o",
        pred=r"S\:39^o\,E",
        wrap=True,
        expected=True,
        why="Soroban: the same direction as a heading",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"141^o",
        pred=r"-51^o",
        wrap=True,
        expected=True,
        why="Soroban: the same direction as a standard angle (CCW from east)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"S\:39^o\,E",
        pred=r"-51^o",
        wrap=True,
        expected=True,
        why="Soroban: heading and standard angle of one direction",
    ),
    # gradesaver Physics 10th ed. ch. 1 Check Your Understanding 12
    _c(
        W2,
        W2_AT,
        gold=r"30^{\circ} north of east",
        pred=r"60^{\circ} east of north",
        wrap=True,
        expected=True,
        why="answer: '30° north of east is the same as 60° east of north'",
    ),
    # imathworks (Math SE copy): best answer 36.5° N of W = 53.5° W of N; the asker's
    # '-36.5 degrees west of north' is refused (Mastering Physics, and the answer's sign correction)
    _c(
        W3,
        W3_AT,
        gold=r"36.5^\circ \text{ North of West}",
        pred=r"53.5^\circ \text{ West of North}",
        wrap=True,
        expected=True,
        why="best answer's equality",
    ),
    _c(
        W3,
        W3_AT,
        gold=r"36.5^\circ \text{ North of West}",
        pred=r"-36.5 degrees west of north",
        wrap=True,
        expected=False,
        why="asker's answer, marked wrong; the answer corrects the sign and direction",
    ),
    # gradesaver Fundamentals of Physics Extended 10th ed. ch. 3 problem 3b
    _c(
        W4,
        W4_AT,
        gold=r"122°",
        pred=r"180°-57.0^{\circ}",
        wrap=True,
        expected=True,
        why="theta = 180°-57.0° ≈ 122°",
    ),
    # physics.qandaexchange 3105 (sammy gerbil): for the components as the asker states them
    # (+25.0 m, +40.0 m), 'Your result of 58 degrees is nevertheless correct. The answer key is
    # incorrect' (the key's 122 degrees)
    _c(
        W5,
        W5_AT,
        gold=r"58 degrees",
        pred=r"122 degrees",
        wrap=True,
        expected=False,
        why="sammy gerbil: the answer key's 122 is incorrect",
    ),
    # physicsforums 571675: -25.3i-1.2j, CCW from +x; the asker's 2.72 'is wrong', technicolour1:
    # add 180, 182.72 (the asker: 'that worked')
    _c(
        W6,
        W6_AT,
        gold=r"182.72",
        pred=r"2.72",
        wrap=True,
        expected=False,
        why="technicolour1: 180 must be added; 2.72 is wrong",
    ),
    # jobzilla 17660 (ship 30 km S then 60 km W; bearing of H from P): 'Correct answer is B'
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"243° 26'",
        wrap=True,
        expected=True,
        why="key B; x = 180 + 63.435 = 243.435° = 243° 26'",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"243.435°",
        wrap=True,
        expected=True,
        why="key B; x = 180 + 63.435 = 243.435° = 243° 26'",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"180 + 63.435",
        wrap=True,
        expected=True,
        why="key B; x = 180 + 63.435 = 243.435° = 243° 26'",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"20o 34'",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"116o 34'",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"63o 26'",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"243o 26'",
        pred=r"240o 56'",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    # jobzilla 13454 (bearing of P from Q): 'Correct answer is D'
    _c(
        J2,
        J2_AT,
        gold=r"240o",
        pred=r"240^{\circ}",
        wrap=True,
        expected=True,
        why="key D; theta + 180 = 60 + 180 = 240°",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"240o",
        pred=r"60 + 180",
        wrap=True,
        expected=True,
        why="key D; theta + 180 = 60 + 180 = 240°",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"240o",
        pred=r"026o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"240o",
        pred=r"045o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"240o",
        pred=r"210o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    # jobzilla 14180 (bearing of X from Z): 'Correct answer is B'
    _c(
        J3,
        J3_AT,
        gold=r"135o",
        pred=r"195o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J3,
        J3_AT,
        gold=r"135o",
        pred=r"225o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J3,
        J3_AT,
        gold=r"135o",
        pred=r"045o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    # jobzilla 27603 (bearing of Y from X, nearest degree): 'Correct answer is D'
    _c(
        J4,
        J4_AT,
        gold=r"156°",
        pred=r"155.77°",
        wrap=True,
        expected=True,
        why="key D; 180° - 24.23° = 155.77° = 156° (to the nearest degree)",
    ),
    _c(
        J4,
        J4_AT,
        gold=r"156°",
        pred=r"180° - 24.23°",
        wrap=True,
        expected=True,
        why="key D; 180° - 24.23° = 155.77° = 156° (to the nearest degree)",
    ),
    _c(
        J4,
        J4_AT,
        gold=r"156°",
        pred=r"24°",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    _c(
        J4,
        J4_AT,
        gold=r"156°",
        pred=r"56°",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    _c(
        J4,
        J4_AT,
        gold=r"156°",
        pred=r"127°",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is D)",
    ),
    # jobzilla 28794 (bearing of R from P, nearest degree): 'Correct answer is B'
    _c(
        J5,
        J5_AT,
        gold=r"323^o",
        pred=r"360^o - 36.87^o",
        wrap=True,
        expected=True,
        why="key B; 360° - 36.87° = 323° (to the nearest degree)",
    ),
    _c(
        J5,
        J5_AT,
        gold=r"323^o",
        pred=r"217^o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
    _c(
        J5,
        J5_AT,
        gold=r"323^o",
        pred=r"037^o",
        wrap=True,
        expected=False,
        why="key: option refused (correct answer is B)",
    ),
]

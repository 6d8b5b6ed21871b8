r"""A twenty-first fresh set of answer-equivalence cases (evaluation only; helper "b").

The brief's focus for this helper was the answer checkers of education products (school maths
sites, quiz apps, tutoring bots) and their test specs, in any language. The cases below are the
(student answer, reference answer, verdict) assertions of four such products that no earlier set
used (113 cases: IDNA 56, math-falling-equations 36, MathTrainer 15, NEW-CORE 6). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole reply as the test passes it: a sentence such
as ``"I think the answer is 2/7"``) and the verdict the test asserts (``expected``). ``where``
is ``path@commit`` in ``repo`` on github.com; the commit is the stored snapshot's HEAD (or, for
the one repository read through ``read_file``, the stored version of the file), and the commit
that last changed the file is given below where it differs. Strings are the values the test
passes. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- idnaedtech/idna-tutor-mvp (IDNA, a voice maths tutor for Indian middle-school students: English
  and romanised Hindi, spoken answers transcribed by speech-to-text), snapshot HEAD
  2636823a11ec123915aff54d2bccd0a268b66270:
  ``tests/test_core.py`` (last changed in 1525f18dbe56d4a91d33e0d74b860b3f6df7908c),
  ``TestMathAnswerChecker``: ``check_math_answer(student_answer, correct_answer,
  answer_variants)`` (``.correct``); and ``backup_v6/test_answer_checker.py`` (the v5 checker kept
  in the repository's ``backup_v6`` folder; last changed in
  56244c6b7cd1fbb492dd818182950e334f0f9b84): ``check_answer(student_input, answer_key,
  accept_also)`` is ``True`` / ``False`` (``None`` means "partial"). Where the test also passes an
  accepted-variant list, ``why`` says so. No license file in the stored copy.
- Inteliflowai/NEW-CORE (a teacher / classroom platform; quiz grading), snapshot HEAD
  533cb8006451eb9e09f7f753561ec922c8b9e9d3: ``src/lib/openai/__tests__/prompts.test.ts`` (last
  changed in 5f917df5a09933685afedab7ae3b37f03cf2e3c3), ``checkNumericAnswer(student, {accepted:
  [...]})``; the first accepted value is stored as the gold. No license file in the stored copy.
- Zaarnno-Dev-Hub-dot/math-falling-equations-v2 (a falling-equations arithmetic game)
  ``tests/unit/validator.test.ts`` @ a9c317017c6a4ae3ffd551758b9d6978a76209a1:
  ``AnswerValidator.validate(input, expected)`` (``.correct``; the argument order is the one of
  ``src/math/validator.ts``). No license file in the stored listing.
- tetervak/MathTrainer-Android-F2025 (an Android arithmetic trainer, Kotlin / JUnit), snapshot
  HEAD 22eba7ad09848bb18476b77cf48008afb3cd26ff: ``app/src/test/java/ca/tetervak/mathtrainer/
  domain/{Addition,Subtraction,Multiplication}ProblemTest.kt``,
  ``AlgebraProblem(first, second, op).checkAnswer(input)`` is ``RIGHT_ANSWER`` /
  ``WRONG_ANSWER``; the gold is the problem's answer (1 + 2 = 3, 5 - 3 = 2, 2 x 3 = 6),
  ``why`` names the problem. ``DivisionProblemTest`` (6 / 3 = 2) asserts the same five (gold,
  input) pairs as ``SubtractionProblemTest`` and is not repeated. No license file in the stored
  copy.
As in earlier sets, the short test strings of these unlicensed repositories are quoted as test
data, with attribution.

Left out, by rule: empty or whitespace-only answers and empty golds or accepted lists (no answer
to judge); the IDNA ``None`` ("partial answer") verdicts (``"minus 1"``, ``"1/7"`` against
``-1/7``: no definite equivalence verdict); speech-to-text mishearing policies (``"my 1 by 7"`` and
``"minus 1 or 7"`` accepted for ``-1/7``, ``"mine is 1 by 2"`` for ``1/2``) and the word-list
policy ``"saat"`` (Hindi "seven") rejected against ``7``; word answers compared with an identical
string (``"commutative"``, ``"infinite"``, ``"-1 and 0"``); an approximation accepted only because
the test lists it as a variant (``"0.333"`` for ``1/3`` with ``accept_also=["0.333"]``); NEW-CORE's
tolerance-parameter cases (``3.14`` / ``3.1`` against ``3.14159`` with ``tolerance: 0.005``, and
``0.3`` against ``0.30000000000000004``) and its ``parseNumeric`` / ``no_accepted`` asserts;
MathTrainer's ``"whatever"`` (``INVALID_INPUT``, not a verdict); Zaarnno's invalid gold
(``"abc"``) and its ``simplifyFraction`` / ``formatDisplay`` asserts; the same (gold, prediction)
pair asserted twice in one repository (kept once).

Found but not used: test files whose repository could not be named with the look-ups left (the
rule of earlier sets): a vitest suite of ``mValueCheck`` / ``mExprCheck`` (mathjs,
``@src/math.js``), a ``test_equivalence.py`` of ``answers_equal`` over a problem bank, a SAT-style
``answers_match`` harness (``".667"`` for ``2/3``), a Vietnamese ``same_short_answer`` test
(``app.services.scoring``), a Russian ``_math_equivalent`` script, a C# ``CheckFillInBlankMatch``
theory, a tutoring ``answer-validation.test.ts`` (``validateWithHintProgression``), a Czech
degrees-and-minutes ``checkAnswer`` spec (``60°15′``), an ``engine.test.ts`` with
``areEquivalent`` / ``grade(..., 'canonical_form')``. Claimed or used already: promptfoo's
``mathEquivalent`` test, sasorepo/MathPrac, mfish324/mathclicks, CORBiH/ai-matematicari,
thekasyap/thinkbot, john-jacobsen/fisherapp (R), Khan/khan-exercises issue threads, zsebtanar-proto,
ibrokhimel/Homeworks (and its fork s1gmamale1/Homeworks). Read without math-answer cases:
connor-robinson/esatMVP (answer checker without tests), Sobilo34/Lumi (spoken-word checker),
kareltuma15/matemax (the Czech spec is not in its snapshot), limitedcoffeetime/algebra-flow (no
tests), tetervak's factory tests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IDNA = "idnaedtech/idna-tutor-mvp"
IDNA_HEAD = "2636823a11ec123915aff54d2bccd0a268b66270"
IDNA_CORE = f"tests/test_core.py@{IDNA_HEAD}"
IDNA_V6 = f"backup_v6/test_answer_checker.py@{IDNA_HEAD}"
CORE = "Inteliflowai/NEW-CORE"
CORE_AT = "src/lib/openai/__tests__/prompts.test.ts@533cb8006451eb9e09f7f753561ec922c8b9e9d3"
FALL = "Zaarnno-Dev-Hub-dot/math-falling-equations-v2"
FALL_AT = "tests/unit/validator.test.ts@a9c317017c6a4ae3ffd551758b9d6978a76209a1"
TRAIN = "tetervak/MathTrainer-Android-F2025"
TRAIN_HEAD = "22eba7ad09848bb18476b77cf48008afb3cd26ff"
TRAIN_DIR = "app/src/test/java/ca/tetervak/mathtrainer/domain"

# IDNA tests/test_core.py, TestMathAnswerChecker: (gold, pred, wrap, expected, why)
_IDNA_CORE_ROWS = [
    ("-1/3", "-1/3", True, True, "exact match"),
    ("-1/3", "-3/9", True, True, "unsimplified correct (variants ['-3/9'])"),
    ("-3/9", "-1/3", True, True, "simplified correct (variants ['-1/3'])"),
    ("-1/3", "minus one third", True, True, "English spoken fraction"),
    ("-1/3", "minus ek tihaayi", True, True, "romanised Hindi spoken fraction"),
    ("2/7", "2 by 7", True, True, "spoken 'a by b' fraction"),
    ("-3/13", "minus 3 by 13", True, True, "spoken negative 'by' fraction"),
    ("1/2", "0.5", True, True, "decimal for a fraction (variants ['0.5'])"),
    ("1/2", "half", True, True, "word 'half' (variants ['half'])"),
    ("1/2", "aadha", True, True, "Hindi 'aadha' = half (variants ['aadha'])"),
    ("0", "0", True, True, "zero (variants ['zero', 'sunya'])"),
    ("0", "sunya", True, True, "Hindi 'sunya' = zero (variants ['zero', 'sunya'])"),
    ("-15", "-15", True, True, "negative integer (variants ['minus 15'])"),
    ("-15", "minus 15", True, True, "spoken negative integer (variants ['minus 15'])"),
    ("1/2", "6/12", True, True, "equivalent fraction (variants ['6/12'])"),
    ("-1/3", "1/3", True, False, "sign error"),
    ("-3/9", "2/9", True, False, "wrong numerator"),
    ("-1/3", "5", True, False, "completely wrong"),
    ("-1/3", "asdfgh", True, False, "garbage input"),
    ("2/7", "I think the answer is 2/7", False, True, "answer inside a sentence"),
    ("-1/3", "jawab hai minus 1 by 3", False, True, "Hindi 'jawab hai' (the answer is) prefix"),
    ("7", "x equals 7", False, True, "'x equals 7'"),
    ("5/6", "5 baata 6", True, True, "Hindi 'baata' (over) fraction"),
]

# IDNA backup_v6/test_answer_checker.py, check_answer(student_input, answer_key)
_IDNA_V6_ROWS = [
    ("-1/7", "-1/7", True, True, "exact match"),
    ("-1/7", "minus 1 by 7", True, True, "spoken 'minus 1 by 7'"),
    ("-1/7", "minus one by seven", True, True, "spoken words"),
    ("-1/7", "-1 over 7", True, True, "spoken 'over'"),
    ("-1/7", "minus 1 over 7", True, True, "spoken 'minus ... over'"),
    ("2/1", "2", True, True, "whole number equivalence"),
    ("5", "x = 5", True, True, "equation format"),
    ("-1/7", "x = -1/7", True, True, "equation format, fraction"),
    ("-1/7", "the answer is minus 1 by 7", False, True, "sentence answer"),
    ("5", "5", True, True, "simple integer"),
    ("5", "five", True, True, "spoken integer"),
    ("3/8", "3 by 8", True, True, "positive spoken fraction"),
    ("-1/7", "5", True, False, "completely wrong"),
    ("-1/7", "2/7", True, False, "wrong fraction"),
    ("-1/7", "-5/7", True, False, "wrong numerator, same sign"),
    ("-1/7", "hello", True, False, "random text"),
    ("5", "10", True, False, "wrong integer"),
    ("-1/7", "5/7", True, False, "common computational error"),
    ("12", "12", True, True, "live session: denominator sub-step"),
    ("12", "twelve", True, True, "live session: spoken 'twelve'"),
    ("7", "7", True, True, "live session: denominator sub-step"),
    ("7", "seven", True, True, "live session: spoken 'seven'"),
    ("-6", "minus six", True, True, "live session: spoken 'minus six'"),
    ("-6", "minus 6", True, True, "live session: 'minus 6'"),
    ("-6", "-6", True, True, "live session: '-6'"),
    ("-5/8", "minus 5 by 8", True, True, "additive inverse, spoken"),
    ("-5/8", "-5/8", True, True, "additive inverse"),
    ("-5/8", "minus five by eight", True, True, "additive inverse, spoken words"),
    ("-1/7", "foreign", True, False, "speech-to-text garble"),
    ("-1/7", "well period", True, False, "speech-to-text garble"),
    ("-1/7", ".", True, False, "speech-to-text garble"),
    ("-1/7", "x", True, False, "speech-to-text garble"),
    ("-1/7", "me", True, False, "speech-to-text garble"),
]

# NEW-CORE checkNumericAnswer(student, {accepted: [gold, ...]})
_CORE_ROWS = [
    ("0.875", "0.875", True, "exact match"),
    ("0.875", "7/8", True, "fraction equivalent of a decimal accepted value"),
    ("0.5", "50%", True, "percent equivalent"),
    ("0.875", "0.9", False, "mismatch"),
    ("1", "abc", False, "unparseable student answer"),
    ("0.5", "1/2", True, "one of the accepted values ['0.5', '1/2', '50%'] (tolerance 0)"),
]

# Zaarnno AnswerValidator.validate(input, expected): (gold, pred, expected, why)
_FALL_ROWS = [
    ("5", "5", True, "integer"),
    ("123", "123", True, "integer"),
    ("0", "0", True, "integer"),
    ("6", "5", False, "incorrect integer"),
    ("11", "10", False, "incorrect integer"),
    ("5", " 5 ", True, "whitespace around the input"),
    (" 5 ", "5", True, "whitespace around the expected answer"),
    ("5", "05", True, "leading zero"),
    ("5", "005", True, "leading zeros"),
    ("3.5", "3.5", True, "decimal"),
    ("10", "10.0", True, "decimal vs integer"),
    ("5", "5.0", True, "trailing zero"),
    ("5", "5.00", True, "trailing zeros"),
    ("0.333", "0.333", True, "decimal rounding, identical"),
    ("1/2", "1/2", True, "fraction, exact"),
    ("3/4", "3/4", True, "fraction, exact"),
    ("2/4", "1/2", True, "equivalent fractions"),
    ("1/2", "2/4", True, "equivalent fractions"),
    ("1/2", "3/6", True, "equivalent fractions"),
    ("1/2", "4/8", True, "equivalent fractions"),
    ("3/2", "12/8", True, "5/8 + 7/8 = 12/8 = 3/2"),
    ("1 1/2", "12/8", True, "12/8 = mixed number 1 1/2"),
    ("1.5", "12/8", True, "12/8 = 1.5"),
    ("3/2", "6/4", True, "equivalent fractions"),
    ("1 1/2", "1 1/2", True, "mixed number, exact"),
    ("3/2", "1 1/2", True, "mixed number vs improper fraction"),
    ("1/3", "1/2", False, "non-equivalent fractions"),
    ("3/4", "2/3", False, "non-equivalent fractions"),
    ("0.5", "1/2", True, "fraction vs decimal"),
    ("1/2", "0.5", True, "decimal vs fraction"),
    ("0.25", "1/4", True, "fraction vs decimal"),
    ("1.5", "1 1/2", True, "mixed number vs decimal"),
    ("2.25", "2 1/4", True, "mixed number vs decimal"),
    ("5", "abc", False, "invalid input"),
    ("-5", "-5", True, "negative number"),
    ("-10", "-10", True, "negative number"),
]

# MathTrainer: (test file, problem, gold, [(input, expected), ...])
_TRAIN_ROWS = [
    ("AdditionProblemTest", "1 + 2", "3", [("3", 1), ("4", 0), ("3.0", 1), ("3.1", 0), ("2.9", 0)]),
    (
        "SubtractionProblemTest",
        "5 - 3",
        "2",
        [("2", 1), ("4", 0), ("2.0", 1), ("2.1", 0), ("1.9", 0)],
    ),
    (
        "MultiplicationProblemTest",
        "2 x 3",
        "6",
        [("6", 1), ("4", 0), ("6.0", 1), ("6.1", 0), ("5.9", 0)],
    ),
]

CASES: list[dict] = [
    _c(IDNA, IDNA_CORE, gold, pred, wrap, ok, f"check_math_answer: {why}")
    for gold, pred, wrap, ok, why in _IDNA_CORE_ROWS
]
CASES += [
    _c(IDNA, IDNA_V6, gold, pred, wrap, ok, f"v5 check_answer: {why}")
    for gold, pred, wrap, ok, why in _IDNA_V6_ROWS
]
CASES += [
    _c(CORE, CORE_AT, gold, pred, True, ok, f"checkNumericAnswer: {why}")
    for gold, pred, ok, why in _CORE_ROWS
]
CASES += [
    _c(FALL, FALL_AT, gold, pred, True, ok, f"AnswerValidator.validate: {why}")
    for gold, pred, ok, why in _FALL_ROWS
]
CASES += [
    _c(
        TRAIN,
        f"{TRAIN_DIR}/{test}.kt@{TRAIN_HEAD}",
        gold,
        pred,
        True,
        bool(ok),
        f"checkAnswer of {problem} = {gold}: {'RIGHT_ANSWER' if ok else 'WRONG_ANSWER'}",
    )
    for test, problem, gold, rows in _TRAIN_ROWS
    for pred, ok in rows
]

r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "h": graders
for science and applied-maths answers with units, tolerances, currency, percentages and
scientific notation).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- h-a-forster/shadowgate (an LLM-cascade evaluation tool whose ``Numeric`` comparator parses
  currency, percentages, units and scientific notation) ``tests/test_compare.py`` @
  e7a156f483495252ea7009aed0b0e1bf82151e18 (the stored version read through the index; no
  snapshot could be fetched): ``Numeric().compare(TASK, cand, target).equivalent is expected``
  with the default options (``rel_tol`` 1e-6, ``abs_tol`` 1e-9, ``percent="either"``); gold =
  ``target``, pred = ``cand``. Tables ``NUMERIC_CASES``, ``test_numeric_integers_compare_exactly``
  and the ``"either"`` row of ``test_numeric_percent_modes`` (``either`` is the default mode). An
  older stored version (08131d931d2a922ef21c8782e415dc6d3bd957af) asserted
  ``123456789012345678901`` / ``123456789012345678900`` True; the version used here asserts False
  (integers compare exactly). A LICENSE file is in the stored listing (not opened).
- SkyPhy/math-tutor (a Chinese/English maths tutor backend) ``backend/test_reasoner_offline.py``
  @ 96990813164d2d9bcc8d22bc06abe169127e8839 (unchanged at the fetched HEAD
  c5454b9cc883dc12d18b23e81cbfedd48ffc2aee): plain-assert regression script,
  ``check(..., _values_match(student, ref), want)``; gold = ``ref`` ("a consensus ground
  truth"), pred = ``student``. ``MATCH_CASES`` and the "adversarial" checks. No license file in
  the snapshot.
- vaibhavselkar/sanghamitra.learning (a learning site with a JEE-style physics quiz)
  ``Front/public/physics/physics_questions_1.js`` @ 9431e595231acb51e54cc3c916350801e945dfa3
  (file last changed in 80d0a6ec52044326cbcc943739b4e46a73fd4d1c): a human-written answer key,
  each numeric question listing ``correct_answer`` and the ``alternative_answers`` the quiz
  accepts (value with or without units, rounded forms, ``5/3``, vector forms). gold =
  ``correct_answer``, pred = an accepted alternative, expected True. Fixed-rule sample: the first
  five alternatives of each of the eleven numeric questions (1a, 1b, 1c, 2a, 2b, 3, 5, 6a, 6b, 7,
  9), in file order. No license file in the snapshot.
- noel-yap/science-test-grading (a Google-Sheets grader for science tests: SI units, significant
  figures, order of magnitude) ``test/grade-test.js`` @ 08d6cc90073246a1e545970b3303d607ab1ab7b1
  (the fetched HEAD): ``Grade._grade(false, props, 16, observed, expected)`` deep-equals
  ``[16, '']`` (full credit); gold = ``expected``, pred = ``observed``. No license file in the
  snapshot (``package.json`` says ISC).

Left out, by rule: in shadowgate, the text fallbacks of ``NUMERIC_CASES`` (``Paris`` / ``paris``,
``Paris`` / ``London``: not maths answers); the non-default options (``percent="ratio"`` /
``"strict"`` rows, ``test_numeric_tolerances`` with ``rel_tol`` / ``abs_tol`` set,
``fallback_text=False``, ``from_spec`` with options); the ``parse_number`` /
``normalize_text`` parsing tables (no verdict on a pair); the ``Exact``, ``Normalized``,
``Contains``, ``ChoiceComparator`` (letters), ``RegexComparator`` and LLM-judge tests (other
comparators or mocked judges); the both-empty "undecidable" tests. In SkyPhy/math-tutor, the
boolean-word rows (``成立`` / ``true``, ``不成立`` / ``false``, ``对`` / ``yes``, ``成立`` /
``false``: yes/no words, not a mathematical value), ``_safe_eval_number`` /
``_canonical_answer`` (no pair verdict) and the consensus-voting tallies; the whole of
``test_sympy_compute_offline.py`` (a compute sandbox, not a grader). In sanghamitra.learning,
the multiple-choice questions (4, 8, 10: letters) and, by the fixed rule, the sixth and later
alternatives of each question (more unit spellings and whitespace-padded copies such as
``" 2 "``; also ``19`` for 18.89 and ``twenty`` for 20 fall past the rule); the quiz's
``validateNumeric`` (tolerance 0.1) is code, not a label, and was not used. In
science-test-grading, every partial-credit test (missing magnitude, wrong order of magnitude,
too few / too many significant figures, value off by under / over 1 %, missing or wrong units:
a points score, no binary verdict), the no-answer test and the parsing tests (``_getParts``,
``si-parser-test.js``, ``scientific-notation-test.js``, ``numbers-test.js``).

Examined and not used: zai-org/GLM-V's physics verifier, mitodl/mitx-grading-library,
lambda-feedback/comparePhysicalQuantities, isaacphysics/isaac-api, PrairieLearn's
``units_utils_test.py``, Aleph-Alpha-Research/eval-framework, ajtgjmdjp/jfinqa,
prashant-chambers/convfin_qa (``numerical_match_with_units``), mkahe/finance-rag,
sherryzyh/physical_reasoning_toolkit (``SmartMatchComparator``), Oumayma-O/chem-tutor-backend
(``numeric_equivalent`` with units; also present in HeadCreator29/decia-v3): all used by earlier
sets. sakaiproject/sakai Samigo ``GradingServiceTest.java`` / ``FibGradingTest.java`` (formula
evaluation and text fill-in-blank matching, no numeric answer pairs). A JEE-physics
``compare_answers`` test (``3.75 A`` / ``3.75``, ``1.5 \times 10^{-2} N`` / ``0.015``) and a
FinQA ``FinQAAnswerNormalizer`` test script (``0.98`` / ``98%``, ``2.5 million`` / ``2500000``)
were found by string search but their repositories could not be identified within the search
budget. A ChartQA ``relaxed_accuracy`` suite (5 % tolerance: a benchmark scoring policy, not
equivalence) was not taken.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SG = "h-a-forster/shadowgate"
SG_AT = "tests/test_compare.py@e7a156f483495252ea7009aed0b0e1bf82151e18"

MT = "SkyPhy/math-tutor"
MT_AT = "backend/test_reasoner_offline.py@96990813164d2d9bcc8d22bc06abe169127e8839"

NY = "noel-yap/science-test-grading"
NY_AT = "test/grade-test.js@08d6cc90073246a1e545970b3303d607ab1ab7b1"

SL = "vaibhavselkar/sanghamitra.learning"
SL_AT = "Front/public/physics/physics_questions_1.js@9431e595231acb51e54cc3c916350801e945dfa3"

# shadowgate Numeric().compare(TASK, cand, target): (cand, target, expected), as in the file
_SG_NUMERIC: list[tuple[str, str, bool]] = [
    ("42", "42", True),
    ("42.0", "42", True),
    ("42", "43", False),
    ("1,234", "1234", True),
    ("1/2", "0.5", True),
    ("1/3", "0.3333333", True),  # within rel_tol 1e-6
    ("1/3", "0.33", False),
    ("1e-3", "0.001", True),
    ("$12", "12", True),
    ("12 apples", "12", True),
    ("12 apples", "12 apple", True),
    ("12 km", "12 m", False),
    ("$12", "€12", False),
    ("12 USD", "$12", True),
    ("-5", "5", False),
    ("−5", "-5", True),
    ("50%", "0.5", True),  # percent="either" default
    ("50%", "50", True),
    ("50%", "50 %", True),
    ("50%", "5", False),
    ("0.5", "50%", True),
    ("123456789012345678901", "123456789012345678900", False),  # integers: exact
    ("123456789012345678901.0", "123456789012345678900", True),  # rel_tol 1e-6
    ("1e-12", "0", True),  # abs_tol 1e-9
    ("1e-6", "0", False),
    # ("\\boxed{17}", "17", True) is below, as a completion (wrap=False)
    ("12 or 13", "12", False),
]

# shadowgate test_numeric_integers_compare_exactly: (cand, target, expected)
_SG_INTEGERS: list[tuple[str, str, bool]] = [
    # two integers: exact, whatever the tolerance
    ("1234567", "1234568", False),
    ("1000000", "1000001", False),
    ("1,000,000", "1000001", False),
    ("2500000", "2500002", False),
    ("1000000", "1,000,000", True),
    ("$1000000", "1000000 dollars", True),
    ("1000000.", "1000001", False),  # trailing sentence period is still an integer
    # either side decimal / scientific / fraction: tolerances apply
    ("1e6", "1000000", True),
    ("1.0e6", "1000001", True),  # rel diff 1e-6
    ("1000000.0", "1000001", True),
    ("1000000", "1000001.0", True),
    ("0.30000000000000004", "0.3", True),
    ("0.1", "1/10", True),
    ("0.333333", "1/3", True),
    ("0.3", "0.31", False),
    # percentages keep their semantics
    ("50%", "0.5", True),
    ("50%", "50", True),
    ("50%", "51", False),
    ("100%", "1", True),
    ("33.3333333%", "1/3", True),
]

# SkyPhy/math-tutor _values_match(student, ref): (student, ref, want)
_MT_MATCH: list[tuple[str, str, bool]] = [
    # fraction / decimal / percent equivalence
    ("1/2", "0.5", True),
    ("0.50", "1/2", True),
    ("50%", "0.5", True),
    ("3/4", "0.75", True),
    # arithmetic the student may leave unevaluated
    ("(8*7)/2", "28", True),
    ("2^3", "8", True),
    # sets, order-independent, with negatives
    ("2, 3", "3, 2", True),
    ("-3, 2", "2, -3", True),
    ("x=2, y=3", "y=3, x=2", True),  # system of equations
    # equation form on either side
    ("x = 12", "12", True),
    ("1 + 1 = 2", "2", True),
    # units / trailing words (numeric-core fallback)
    ("12", "12 apples", True),
    ("12 个苹果", "12", True),
    ("5 cm", "5", True),
    # thousands separators
    ("1,000", "1000", True),
    ("12,345", "12345", True),
    # genuine non-matches (must stay False)
    ("2", "3", False),
    ("2", "2, 3", False),  # missing a root
    ("2, 3", "2", False),  # extra root
    ("1/3", "0.5", False),
]

# SkyPhy/math-tutor "adversarial" checks: (student, ref, want, desc)
_MT_ADV: list[tuple[str, str, bool, str]] = [
    ("100, 200", "100200", False, "'100, 200' stays a 2-set vs '100200'"),
    ("2,3", "3, 2", True, "'2,3' is the set {2,3}"),
    ("x=2, y=4", "x=2, y=3", False, "system x=2,y=4 != x=2,y=3"),
    ("x=2", "x=2, y=3", False, "system missing a value rejected"),
    ("2500", "2,500", True, "'2500' == '2,500'"),
]

# sanghamitra.learning answer key: (question, correct_answer, first five alternative_answers)
_SL_KEY: list[tuple[str, str, list[str]]] = [
    ("1a", "2", ["2.0", "2.00", "2 s", "2s", "2.0 s"]),
    ("1b", "16", ["16.0", "16.00", "16 m", "16m", "16.0 m"]),
    ("1c", "8i", ["8i + 0j", "8i+0j", "8i + 0j m/s", "8i+0j m/s", "8i m/s"]),
    ("2a", "1.67", ["1.666", "1.6666", "1.66", "5/3", "5÷3"]),
    ("2b", "18.89", ["18.888", "18.8888", "18.9", "18.90", "18.889"]),
    ("3", "20", ["20.0", "20.00", "20 m", "20m", "20.0 m"]),
    ("5", "1.73", ["1.73 m/s²", "1.73m/s²", "1.73 m/s^2", "1.73m/s^2", "1.73 ms²"]),
    ("6a", "2", ["2.0", "2.00", "2 m/s²", "2m/s²", "2.0 m/s²"]),
    ("6b", "6", ["6.0", "6.00", "6 N", "6N", "6.0 N"]),
    ("7", "4", ["4.0", "4.00", "4 m", "4m", "4.0 m"]),
    ("9", "30", ["30.0", "30.00", "30 cm", "30cm", "30.0 cm"]),
]

CASES = (
    # --- h-a-forster/shadowgate: Numeric() default comparator -------------------------------
    [
        _c(SG, SG_AT, gold=t, pred=p, wrap=True, expected=ok, why="test_numeric (NUMERIC_CASES)")
        for p, t, ok in _SG_NUMERIC
    ]
    + [
        # the candidate carries its own box: transcribed as a completion
        _c(
            SG,
            SG_AT,
            gold=r"17",
            pred=r"\boxed{17}",
            wrap=False,
            expected=True,
            why="test_numeric (NUMERIC_CASES): boxed candidate",
        ),
        _c(
            SG,
            SG_AT,
            gold=r"0.25",
            pred=r"25%",
            wrap=True,
            expected=True,
            why='test_numeric_percent_modes ("either", the default mode)',
        ),
    ]
    + [
        _c(
            SG,
            SG_AT,
            gold=t,
            pred=p,
            wrap=True,
            expected=ok,
            why="test_numeric_integers_compare_exactly",
        )
        for p, t, ok in _SG_INTEGERS
    ]
    # --- SkyPhy/math-tutor: _values_match(student, ref) -------------------------------------
    + [
        _c(MT, MT_AT, gold=r, pred=s, wrap=True, expected=ok, why="MATCH_CASES")
        for s, r, ok in _MT_MATCH
    ]
    + [
        _c(MT, MT_AT, gold=r, pred=s, wrap=True, expected=ok, why=f"adversarial: {d}")
        for s, r, ok, d in _MT_ADV
    ]
    # --- vaibhavselkar/sanghamitra.learning: accepted forms in the physics answer key --------
    + [
        _c(
            SL,
            SL_AT,
            gold=g,
            pred=a,
            wrap=True,
            expected=True,
            why=f"question {q}: alternative_answers[{i}] accepted for correct_answer {g!r}",
        )
        for q, g, alts in _SL_KEY
        for i, a in enumerate(alts)
    ]
    # --- noel-yap/science-test-grading: full credit -----------------------------------------
    + [
        _c(
            NY,
            NY_AT,
            gold=r"100.*10^6 g*m^-1*s^-2",
            pred=r"100. kPa",
            wrap=True,
            expected=True,
            why="'_grade should give full credit' ([16, ''] of 16 points)",
        ),
    ]
)

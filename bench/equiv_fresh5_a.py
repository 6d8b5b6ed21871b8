r"""A fifth fresh set of answer-equivalence cases (evaluation only; helper "a", first part: the
rest of this collection is in equiv_fresh5_a2.py).

Found through ``find_string`` / ``find_files`` searches for ``is_equiv(``, ``math_equal(``,
``symbolic_equal(``, ``answers_equivalent`` and test paths such as ``tests/test_math_grading.py``,
``tests/test_math_verifier.py``, ``tests/test_math_answer.py``, ``tests/test_answer_checker.py``.
curate's judge was not run on these cases while collecting them, and nothing here may be used to
tune it. Conventions as in equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the
prediction (a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it), ``expected`` the verdict the test asserts, ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Within one file a repeated (gold, pred) pair is
kept once. A normaliser that maps one string onto another is read as an equivalence (the
normalised form as the gold), as in equiv_fresh3_a.

Sources (none in bench/data/README.md, the equiv_issues_* threads, the equiv_fresh3_* /
equiv_fresh4_* docstrings, or claimed by another collector of the fifth set; no license file was
found in the stored copies unless named, so short test strings are quoted as test data, with
attribution):

- openatta/Forge ``tests/test_math_answer.py`` @ 1757f2e706c07ffb8898292bf3bc2759f410fb56
  (``MathAnswerVerifier.verify`` on whole attempts against the question's gold; two cases use
  the ``numeric_set`` verify method, which the ``why`` names).
- CORBiH/ai-matematicari ``tests/test_answer_checker.py``
  @ 11565b5701334d111ebeeae10bc4df89f507a992 (``check_practice_answer(task, student_answer)``:
  the checker derives the expected value from the task text; the gold stored here is that value,
  asserted by the test where it reads ``expected.value``, else the arithmetic of the task, which
  the ``why`` quotes).
- ChrisG777/Tandem-RLVR ``tests/test_math_grading.py`` @ cdca11e693f0f61729337c2cf725b27da3f55e46
  (``compute_score('math', '\boxed{' + answer + '}', target)``: the test boxes the answer itself,
  so the answer is stored bare with ``wrap``).
- Logericz/CoDE ``tests/test_math_grading.py`` @ 0ba16d843edb12ddb90aad230f940ce452ce5d8e
  (``grade_record`` with the pinned math-verify 0.9.0: ``RealMathVerifyTests``).
- Melodramass/RLCM ``tests/test_math_grading.py`` @ c182b62b1197f9c214f54fae6bb6a58230a0edb2
  (its frozen copy of verl's ``math_dapo``: ``is_correct_strict_box``, ``is_correct_minerva``,
  ``verify_extracted_answer``, ``compute_score(strict_box_verify=True)``, the
  ``normalize_final_answer`` / ``normalize_answer`` mappings, and the eval pipeline's
  ``is_symbolically_equal``; a test file of its own, not verl's).
- oyy2000/SAE_long_short ``tests/test_math_grading.py`` @ caeee2331debd2856a68a2b700123cd17325bd84
  (``grade_boxed_math(response, gold)``, ``grade_gsm8k_response(response, gold)``).
- tomyimkc/sophia-agi ``tests/test_math_verifier.py`` @ 292966b22f2f3939a7f6264ecaade35d4b351f9a
  (``math_verifier.verify(response, gold)``), Apache-2.0 (SPDX header of the file).
- MaruyamaAya/Hiro_Research ``tests/test_math_verifier.py``
  @ 2762adbb1df9899e674b76dc4756b798e6c36f8a (``verify_answer(text, gold)``,
  ``answers_equivalent(a, b)`` with ``b`` read as the gold; an ``<answer>`` tag's content is stored
  as a bare answer, as the ``why`` says; integer golds are stored as their decimal string).
- Swantayzaaung/question-gen ``tests/test_math_verifier.py``
  @ ac97629e406495da21be92c09c0a26b4363b1951 (``sympy_tools.equivalent(a, b)``, ``b`` read as the
  gold; its task-derived series / calculus verifiers are not answer equivalence).
- tamassimonds/MathOlmoBenchmark ``test_math_scoring.py`` @ 42ffd453c46fe984fcef787953f2fc242ee6b026
  (``maths/reward_simple``: ``is_equiv(answer, ground_truth)`` -- the order ``compute_score``
  calls it in -- ``normalize_final_answer`` mappings, ``compute_score(solution, ground_truth)`` on
  whole solutions; its ``1e-6`` numeric tolerance verdict ``0.333333`` = ``1/3`` is kept as
  written).

Left out, by rule:
- format policies: Tandem-RLVR's unboxed ``unboxed 2`` (strict box), SAE_long_short's
  ``missing_final_box`` status, Hiro_Research's conflicting / repeated ``<answer>`` tags
  (AMBIGUOUS, and a both-tags-equal pass), its unsupported identifier ``open_file(1)`` (INVALID)
  and its no-implicit-extraction case; CoDE's ``needs_review`` think-span, nested-box and
  prose cases (no verdict);
- verdicts of form, not value: ai-matematicari's ``correct_value_wrong_form`` (``2 1/4`` for an
  improper fraction, ``6/10`` and ``9/12`` unreduced, ``6/10`` for ``9/15``) and its
  ``unverified`` / ``not_attempted`` / not-checkable verdicts (no definite expectation);
- the locale convention of one dataset: ai-matematicari's decimal comma ``0,75``;
- multi-item answers (ai-matematicari's numbered lists ``1) 3/5 2) 1/4 3) 5/6``);
- multiple-choice letters (Hiro_Research ``\text{(C)}`` = ``C``);
- empty, ``None`` or unparseable inputs (RLCM ``""`` and ``\fakecmd{``, MathOlmoBenchmark's
  ``None`` pairs, its ``1/0`` identity and malformed-box no-verdict test), mocked graders (CoDE's patched
  worker, Tandem-RLVR's missing-backend test) and non-equivalence checks
  (``normalize_scientific_literal`` identities, extraction-only asserts).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

Row = tuple[str, str, bool, bool, str]  # (gold, pred, wrap, expected, why)


def _rows(repo: str, where: str, rows: list[Row]) -> list[dict]:
    return [_c(repo, where, gold, pred, wrap, ok, why) for gold, pred, wrap, ok, why in rows]


FORGE = "openatta/Forge"
FORGE_AT = "tests/test_math_answer.py@1757f2e706c07ffb8898292bf3bc2759f410fb56"
_FORGE: list[Row] = [
    ("4", "Let's compute...\nFinal Answer: 4", False, True, "numeric: passed"),
    ("4", "Final Answer: 5", False, False, "numeric: not passed"),
    ("4", "Final Answer: 2*2", False, True, "numeric: algebraic equivalence passes"),
    ("-2, 3", "Final Answer: 3, -2", False, True, "numeric_set: order-independent, passed"),
    ("-2, 3", "Final Answer: 3", False, False, "numeric_set: cardinality mismatch"),
    ("7", r"work work \boxed{7} trailing prose", False, True, "box used over trailing prose"),
    ("9", r"first try \boxed{3} no wait \boxed{9}", False, True, "the last box wins"),
    ("20", "Final Answer: 20 km", False, True, "unit suffix stripped: passed"),
    ("5", "Final Answer: about 5", False, True, "leading qualifier 'about' stripped"),
    ("5", "Final Answer: ~5", False, True, "leading qualifier '~' stripped"),
    ("5", "Final Answer: ≈5", False, True, "leading qualifier '≈' stripped"),
]

MATBOT = "CORBiH/ai-matematicari"
MATBOT_AT = "tests/test_answer_checker.py@11565b5701334d111ebeeae10bc4df89f507a992"
_MATBOT: list[Row] = [
    ("5/8", "5/8", True, True, "1 - 3/8 (expected.value 5/8): correct"),
    ("5/12", "5/12", True, True, "1 - 7/12 eaten: correct"),
    ("5/8", "3/8", True, False, "1 - 3/8 (expected.value 5/8): incorrect"),
    ("5/12", "10/24", True, True, "equivalent fraction accepted for 1 - 7/12"),
    ("5/8", "mislim da je 5/8", False, True, "answer inside a short sentence: correct"),
    ("5/4", "1 1/4", True, True, "1/2 + 3/4 (expected.value 5/4): mixed number correct"),
    ("9/4", "9/4", True, True, "2 1/4 as an improper fraction: correct"),
    ("5/18", "5/18", True, True, "1/2 · 5/9: correct"),
    ("3/10", "3/10", True, True, "3/4 · 2/5: correct"),
    ("3/10", "5/18", True, False, "3/4 * 2/5: incorrect"),
    ("3/2", "3/2", True, True, "3/4 · 2: correct"),
    ("5", "5", True, True, "-7 + 12: correct"),
    ("5", "-5", True, False, "-7 + 12: incorrect"),
    ("3/5", "3/5", True, True, "6/10 reduced: correct"),
    ("3/4", "3/4", True, True, "18/24 reduced: correct"),
    ("9/15", "9/15", True, True, "3/5 expanded to denominator 15 (expected '9/15'): correct"),
    ("4", "4 sata", True, True, "260 : 65 = 4 sata (hours; expected.value 4): correct"),
    ("4", "2 sata", True, False, "260 : 65 = 4 sata: incorrect"),
]

TANDEM = "ChrisG777/Tandem-RLVR"
TANDEM_AT = "tests/test_math_grading.py@cdca11e693f0f61729337c2cf725b27da3f55e46"
_TANDEM: list[Row] = [
    (r"s^2+\omega^2", r"p(s)=s^2+\omega^2", True, True, "acc 1: function-name assignment"),
    ("m", "b=m", True, True, "acc 1: variable assignment"),
    (r"\frac{1}{s+a}", r"Y(s)=\frac{1}{s+a}", True, True, "acc 1: function-name assignment"),
    ("2.55e-10", r"2.55\times10^{-10}", True, True, "acc 1: \\times10^ vs e-notation"),
    (r"2.55\times10^{-10}", "2.55e-10", True, True, "acc 1: e-notation vs \\times10^"),
    ("2000", "2E3", True, True, "acc 1: 2E3 = 2000"),
    ("0.5", r"\frac{1}{2}", True, True, "acc 1"),
    ("2.55e-10", "2.55e-9", True, False, "acc 0: exponent differs"),
    ("2.55e-10", "2.55", True, False, "acc 0: mantissa only"),
    ("2.55e-10", "0", True, False, "acc 0: zero is not a tiny number"),
    ("2", "x=3", True, False, "acc 0"),
    ("2", "-2", True, False, "acc 0: sign differs"),
]

CODE = "Logericz/CoDE"
CODE_AT = "tests/test_math_grading.py@0ba16d843edb12ddb90aad230f940ce452ce5d8e"
_CODE: list[Row] = [
    ("2", r"\boxed{2}", False, True, "status correct"),
    (r"\frac{1}{2}", r"\boxed{0.5}", False, True, "status correct"),
    (r"\sqrt{8}", r"\boxed{2\sqrt{2}}", False, True, "status correct"),
    (r"\{1,2\}", r"\boxed{\{2,1\}}", False, True, "status correct: set order"),
    ("[0,1)", r"\boxed{[0,1)}", False, True, "status correct: interval"),
    ("2", r"\boxed{3}", False, False, "status incorrect"),
    ("2", r"\boxed{2} \boxed{3}", False, False, "status incorrect: the last box is 3"),
]

RLCM = "Melodramass/RLCM"
RLCM_AT = "tests/test_math_grading.py@c182b62b1197f9c214f54fae6bb6a58230a0edb2"
_RLCM: list[Row] = [
    ("42", r"thus \boxed{42}", False, True, "is_correct_strict_box score 1"),
    ("42", r"thus \boxed{41}", False, False, "is_correct_strict_box score -1"),
    ("42.0", r"\boxed{042}", False, True, "strict box normalises both sides: score 1"),
    ("42", "blah\nAnswer: 42", False, True, "is_correct_minerva: Answer: line, correct"),
    ("1000", "1,000", True, True, "verify_extracted_answer is True"),
    ("42", "41", True, False, "verify_extracted_answer is False"),
    ("42", r"\boxed{42}", False, True, "compute_score(strict_box_verify=True) acc True"),
    ("42", r"\boxed{41}", False, False, "compute_score(strict_box_verify=True) score -1"),
    ("5", "5 degrees", True, True, "normalize_final_answer('5 degrees') == '5'"),
    ("5", "x = 5", True, True, "normalize_final_answer('x = 5') == '5'"),
    (r"\frac{1}{2}", r"\frac12", True, True, "normalize_final_answer(\\frac12)"),
    ("73", "073", True, True, "normalize_answer('073') == '73'"),
    ("7", "7.0", True, True, "normalize_answer('7.0') == '7'"),
    ("-7", "-007", True, True, "normalize_answer('-007') == '-7'"),
    ("0", "000", True, True, "normalize_answer('000') == '0'"),
    ("0.5", "1/2", True, True, "is_symbolically_equal is True"),
    ("1 + x", "x + 1", True, True, "is_symbolically_equal is True"),
    ("3", "2", True, False, "is_symbolically_equal is False"),
]

SAE = "oyy2000/SAE_long_short"
SAE_AT = "tests/test_math_grading.py@caeee2331debd2856a68a2b700123cd17325bd84"
_SAE: list[Row] = [
    (r"\frac{1}{2}", r"\boxed{0.5}", False, True, "grade_boxed_math is_correct"),
    (r"\frac{1}{2}", r"\boxed{1}", False, False, "grade_boxed_math not correct"),
    ("x^2+2x+1", r"\boxed{(x+1)^2}", False, True, "algebraic equivalence"),
    ("2", r"\boxed{-2}", False, False, "sign differs"),
    ("2", r"2 then \boxed{3}", False, False, "an intermediate value cannot override the box"),
    ("(1,2)", r"\boxed{(2,1)}", False, False, "tuple order matters"),
    ("(0,1)", r"\boxed{[0,1]}", False, False, "interval boundary differs"),
    ("15", "**Answer:**\nJessica has **\\$15** more.", False, True, "GSM8K markdown answer"),
    ("8", r"\boxed{8\ \text{minutes}}", False, True, "GSM8K: unit text in the box"),
    ("37500", r"\boxed{\$37,\!500}", False, True, "GSM8K: TeX thousands separator"),
    ("15", "**Answer:**\nIt could be 15 or 16.", False, False, "GSM8K: two candidates"),
    ("1", "Answer: 1/2", False, False, "GSM8K: 1/2 is not 1"),
]

SOPHIA = "tomyimkc/sophia-agi"
SOPHIA_AT = "tests/test_math_verifier.py@292966b22f2f3939a7f6264ecaade35d4b351f9a"
_SOPHIA: list[Row] = [
    ("x**2 - 1", "The answer is (x-1)*(x+1)", False, True, "verdict accepted"),
    ("x**2 - 1", "The answer is x**2 + 1", False, False, "verdict rejected"),
]

HIRO = "MaruyamaAya/Hiro_Research"
HIRO_AT = "tests/test_math_verifier.py@2762adbb1df9899e674b76dc4756b798e6c36f8a"
_HIRO: list[Row] = [
    ("-12", "-12", True, True, "<answer>-12</answer> vs int -12: CORRECT"),
    ("0.5", r"Thus \boxed{\frac{1}{2}}.", False, True, "boxed fraction vs decimal: CORRECT"),
    ("x^2 + 2*x + 1", "(x+1)^2", True, True, "answers_equivalent"),
    ("7", r"\boxed{x = 7}", False, True, "assignment form vs int 7: CORRECT"),
    ("42", "Final answer: 41", False, False, "INCORRECT (valid)"),
    ("2*(k+1)", "2k + 2", True, True, "<answer>2k + 2</answer>: CORRECT"),
    ("6-5*i", "6 - 5i", True, True, "<answer>6 - 5i</answer>: complex number CORRECT"),
    ("(3, pi/2)", r"\left(3,\frac{\pi}{2}\right)", True, True, "answers_equivalent: tuple"),
    (
        "{-2,1+sqrt(5),1-sqrt(5)}",
        r"\{1\pm\sqrt{5},-2\}",
        True,
        True,
        "answers_equivalent: unordered set with \\pm",
    ),
    ("(-oo,2) ∪ (3,oo)", r"(-\infty,2)\cup(3,\infty)", True, True, "interval union"),
    (
        r"\begin{pmatrix}-1&0\\0&-1\end{pmatrix}",
        r"\begin{pmatrix}-1&0\\0&-1\end{pmatrix}",
        True,
        True,
        "answers_equivalent: matrix",
    ),
    ("evelyn", r"\text{Evelyn}", True, True, "answers_equivalent: text, case folded"),
    ("42", "52_8", True, True, "answers_equivalent: base-8 52 is 42"),
    ("90", r"90^\circ", True, True, "answers_equivalent: degree sign"),
    ("36", r"\$36", True, True, "answers_equivalent: dollar sign"),
]

QGEN = "Swantayzaaung/question-gen"
QGEN_AT = "tests/test_math_verifier.py@ac97629e406495da21be92c09c0a26b4363b1951"
_QGEN: list[Row] = [
    ("5", "5", True, True, "equivalent"),
    ("6", "5", True, False, "not equivalent"),
    ("6", "2*3", True, True, "equivalent: 2*3 = 6"),
    ("(x-1)*(x+1)", "x^2 - 1", True, True, "equivalent: factored form"),
    ("0.5", "1/2", True, True, "equivalent"),
    ("4", "3", True, False, "not equivalent"),
]

OLMO = "tamassimonds/MathOlmoBenchmark"
OLMO_AT = "test_math_scoring.py@42ffd453c46fe984fcef787953f2fc242ee6b026"
_OLMO_SOLUTIONS = [
    (
        "2",
        "\n        Let's solve for x:\n        2x + 3 = 7\n        2x = 7 - 3\n        2x = 4\n"
        "        x = 2\n        \n        Therefore, \\boxed{2}\n        ",
        "algebra solution: score 1.0",
    ),
    (
        "9π",
        "\n        The area of a circle is πr².\n        With radius 3: A = π(3)² = 9π\n        \n"
        "        The answer is \\boxed{9\\pi}\n        ",
        "\\pi vs the Unicode π: score 1.0",
    ),
    (
        "1/4",
        "\n        Probability = favorable outcomes / total outcomes\n        = 3/12 = 1/4\n"
        "        \n        \\boxed{\\frac{1}{4}}\n        ",
        "boxed \\frac vs slash fraction: score 1.0",
    ),
]
_OLMO: list[Row] = [
    ("42", "42.", True, True, "normalize_final_answer('42.') == '42'"),
    ("1234", "$1,234", True, True, "normalize_final_answer('$1,234') == '1234'"),
    ("0.5", "1/2", True, True, "normalize_final_answer('1/2') == '0.5'; is_equiv True"),
    ("0.75", "3/4", True, True, "normalize_final_answer('3/4') == '0.75'"),
    ("42", "42", True, True, "is_equiv: exact"),
    ("x + y", "x + y", True, True, "is_equiv: exact"),
    ("42.0", "42", True, True, "is_equiv: numeric"),
    ("1/3", "0.333333", True, True, "is_equiv: within its 1e-6 tolerance ('close enough')"),
    ("abc", "ABC", True, True, "is_equiv: case-insensitive"),
    ("x+y", "x + y", True, True, "is_equiv: whitespace"),
    ("42", " 42 ", True, True, "is_equiv: surrounding spaces"),
    ("43", "42", True, False, "is_equiv is False"),
    ("y", "x", True, False, "is_equiv is False"),
    ("42", r"Let me solve this step by step. First... Therefore \boxed{42}", False, True, "OK"),
    (
        "42",
        r"Let me solve this step by step. First... Therefore \boxed{43}",
        False,
        False,
        "NOT_EQUIV",
    ),
    ("42", "I tried to solve this but got confused and gave up.", False, False, "NO_INP: 0.0"),
    ("42", "The answer is 42", False, True, "answer pattern without a box: 1.0"),
    ("42", "Therefore, 42", False, True, "answer pattern without a box: 1.0"),
    ("42", "So the final answer is 42.", False, True, "answer pattern without a box: 1.0"),
    ("42", "Thus, we get 42", False, True, "answer pattern without a box: 1.0"),
    ("1/2", r"The calculation gives us \boxed{0.5}", False, True, "decimal vs fraction: 1.0"),
    ("42", r"The answer is \boxed{42.0}", False, True, "float vs integer: 1.0"),
    ("42", r"After solving, we get \boxed{42}", False, True, "1.0"),
    ("42", r"After solving, we get \boxed{42.}", False, True, "trailing period: 1.0"),
    ("42", r"After solving, we get \boxed{$42}", False, True, "dollar sign: 1.0"),
    ("42", r"After solving, we get \boxed{ 42 }", False, True, "extra spaces: 1.0"),
    *((gold, text, False, True, why) for gold, text, why in _OLMO_SOLUTIONS),
]

CASES: list[dict] = [
    *_rows(FORGE, FORGE_AT, _FORGE),
    *_rows(MATBOT, MATBOT_AT, _MATBOT),
    *_rows(TANDEM, TANDEM_AT, _TANDEM),
    *_rows(CODE, CODE_AT, _CODE),
    *_rows(RLCM, RLCM_AT, _RLCM),
    *_rows(SAE, SAE_AT, _SAE),
    *_rows(SOPHIA, SOPHIA_AT, _SOPHIA),
    *_rows(HIRO, HIRO_AT, _HIRO),
    *_rows(QGEN, QGEN_AT, _QGEN),
    *_rows(OLMO, OLMO_AT, _OLMO),
]

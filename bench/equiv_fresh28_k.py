r"""A twenty-eighth fresh set of answer-equivalence cases (evaluation only; helper "k":
answer normalizer / matcher test suites of maths tutoring and K-12 grading apps).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh28_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- 2732362947-design/liu-project (a Chinese/English maths-solving agent with its own answer
  checker) @ a7c476307355bf9a590597f8c8d275b28d7716da, no license file:
  ``tests/test_answer_normalizer.py`` (``answers_match(final_answer, expected_answer)`` is / is
  not matched; ``normalize_answer(a) == normalize_answer(b)`` read as a match);
  ``tests/test_score_omni_results.py`` (``compare_answers(expected, predicted) is True/False``);
  ``tests/test_omni_unified_scorer_v4.py`` (``score_answer(predicted, expected)["status"]`` is
  "correct" / "incorrect", default ``exact_v4`` profile unless noted).
- CJWDJSLZL/Soaring-Voyage (a Chinese primary-school maths homework grader) @
  77c374aaeb77ecd97b6f16178a066d4f0ff28af3, no license file:
  ``backend/tests/unit/test_grading_engine.py`` (``normalize_answer(student) == reference``,
  ``safe_math_equal(student, reference) is True``, ``GradingEngine.grade`` ``is_correct``);
  ``backend/tests/api/test_audit_regressions.py`` (``route_grade`` ``is_correct`` for text
  fill-in-the-blank answers); ``backend/harness/dataset/grading_cases.jsonl`` (the harness's
  hand-set ``expected_correct`` column; fixed-rule sample, see below).
- YanXiuJie/BBBBNNYNYIOQEWW (a Malaysian adaptive maths practice app) @
  8007573c75b86debf27cb2d6b0d7827ca28c9c46, no license file: ``backend/tests/test_answer_checker.py``
  (``is_equivalent_answer(student_answer, expected_answer)`` true / false).
- Hero0p/mathverse (a maths practice and duel site) ``tests/test_normalize_answer.py`` @
  7a55917d8253dcc352d06915f7bc449bbc768492 (read through the code index, not a clone), no
  license file: ``normalize_answer(raw) == expected`` (read as raw matching the canonical form),
  ``answers_match(a, b) is True/False`` and ``grade_answer(question, given)`` for a numeric
  question.

Left out, by rule: tests whose verdict is "unresolved" / ``None`` / manual review (liu-project
``exact_v4`` conflicting or malformed boxes, ``x+1`` under the legacy profile, ``sqrt(2)`` vs
``\sqrt{2}``; Soaring-Voyage ``1/0``, code injection and ``x+1`` through ``safe_math_equal``); tests
whose verdict depends on the problem text or a worked solution passed to the matcher (liu-project:
the heat-equation ``k``/``alpha`` cases with ``problem=``, ``kx`` vs ``αx``, ``是素数`` vs
``29是素数``, the proof case, all ``policy_v4`` verdicts except the one its test pins to the exact
class); multiple-choice letter or option matching (liu-project ``A`` vs ``option A``; Soaring-Voyage
``选项（b）`` and every ``choice`` row of the data file; Hero0p ``mcq`` grading); ``None`` inputs;
tests that assert no verdict (liu-project JSON round-trip and candidate-extraction tests,
Soaring-Voyage hint levels); exact repeats of a pair already taken from the same project
(liu-project ``tests/test_intern_math_checker_matching.py``). Soaring-Voyage
``grading_cases.jsonl`` (180 rows, the grade 1-3 blocks repeat the same edge rows): fixed rule,
the grade-1 ``edge`` rows that are not ``choice`` (13) and the grade-1 ``core`` ``fill_blank`` rows
(15); the other 152 rows are left out.

Examined and not used: charbel291291291/batal-almaarifa ``src/lib/answerNormalizer.test.ts``
(an Arabic general-knowledge quiz, not maths answers; it is the only stored repository with that
path, so the "vitest answerNormalizer with fractions, surds, units, DNE" lead was not found);
Urtemey/bosovaUMK and dazzlingwuming/Exercise-Question-System ``answer_checker`` tests (quiz
item types, no maths answers); afuri/ni_site ``backend/tests/test_grading.py`` (four numeric
cases resting on a per-task epsilon); ayjays132/chain_of_thought_wrapper (text normalisation);
RohanPalivela/brilliant-clone ``src/lib/answers.test.ts`` (UI answer state, no verdicts);
Doragan/gcse-maths-diagnostic, nareshraj1709/gcsemathsai (no tests). The Japanese
``checkUserAnswer`` lead and a Japanese ``precisionAnswerJudgment`` suite seen in the code index
could not be tied to a repository.

The cases continue in bench/equiv_fresh28_k2.py and bench/equiv_fresh28_k3.py (split for
length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "2732362947-design/liu-project"
R1_C = "a7c476307355bf9a590597f8c8d275b28d7716da"
R1_NORM = "tests/test_answer_normalizer.py@" + R1_C
R1_OMNI = "tests/test_score_omni_results.py@" + R1_C
R1_V4 = "tests/test_omni_unified_scorer_v4.py@" + R1_C

R2 = "CJWDJSLZL/Soaring-Voyage"
R2_C = "77c374aaeb77ecd97b6f16178a066d4f0ff28af3"
R2_ENGINE = "backend/tests/unit/test_grading_engine.py@" + R2_C
R2_AUDIT = "backend/tests/api/test_audit_regressions.py@" + R2_C
R2_DATA = "backend/harness/dataset/grading_cases.jsonl@" + R2_C

R3 = "YanXiuJie/BBBBNNYNYIOQEWW"
R3_AT = "backend/tests/test_answer_checker.py@8007573c75b86debf27cb2d6b0d7827ca28c9c46"

R4 = "Hero0p/mathverse"
R4_AT = "tests/test_normalize_answer.py@7a55917d8253dcc352d06915f7bc449bbc768492"

CASES = [
    # liu-project: answers_match(final_answer, expected_answer) / normalize_answer equality
    _c(
        R1,
        R1_NORM,
        gold=r"3/5",
        pred=r"\frac{3}{5}",
        wrap=True,
        expected=True,
        why="test_fraction_normalization (normalize_answer equal)",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"{2,3}",
        pred=r"x_1=2, x_2=3",
        wrap=True,
        expected=True,
        why="test_root_set_normalization (normalize_answer equal)",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"6",
        pred=r"x = 6",
        wrap=True,
        expected=True,
        why="test_number_assignment_matches_plain_number",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"10",
        pred=r"10 种",
        wrap=True,
        expected=True,
        why="test_number_count_unit_matches_plain_number",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"10",
        pred=r"10种选法",
        wrap=True,
        expected=True,
        why="test_number_selection_unit_matches_plain_number",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"2",
        pred=r"2 个解",
        wrap=True,
        expected=True,
        why="test_number_solution_count_unit_matches_plain_number",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"10",
        pred=r"11 种",
        wrap=True,
        expected=False,
        why="test_number_count_unit_mismatch_fails",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"e^x",
        pred=r"y = e^x",
        wrap=True,
        expected=True,
        why="test_expression_drops_simple_left_side",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"x^2+C",
        pred=r"y = x^2 + C",
        wrap=True,
        expected=True,
        why="test_expression_constant_spacing_matches",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"u_t=αu_xx",
        pred=r"\frac{\partial u}{\partial t} = \alpha \frac{\partial^2 u}{\partial x^2}",
        wrap=True,
        expected=True,
        why="test_pde_expression_matches_partial_derivative_forms",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"非Q->非P",
        pred=r"$\neg Q \to \neg P$",
        wrap=True,
        expected=True,
        why="test_logic_expression_matches_chinese_and_latex_forms",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"非Q->非P",
        pred=r"$\neg Q \rightarrow \neg P$",
        wrap=True,
        expected=True,
        why="test_logic_expression_matches_latex_rightarrow",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"非Q->非P",
        pred=r"\neg Q \to \neg P",
        wrap=True,
        expected=True,
        why="test_logic_expression_matches_latex_to",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"开集的原像是开集",
        pred=r"映射 f: X -> Y 连续当且仅当对于 Y 中任意开集 V，原像 f^{-1}(V) 是 X 中的开集",
        wrap=True,
        expected=True,
        why="test_topology_text_matches_keywords",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"6",
        pred=r"5",
        wrap=True,
        expected=False,
        why="test_number_mismatch_fails",
    ),
    _c(
        R1,
        R1_NORM,
        gold=r"x^2+C",
        pred=r"x^2",
        wrap=True,
        expected=False,
        why="test_expression_mismatch_fails",
    ),
    # liu-project: compare_answers(expected, predicted)
    _c(
        R1,
        R1_OMNI,
        gold=r"42",
        pred=r"+42",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"50%",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"x=6",
        pred=r"6",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"x=2,3",
        pred=r"x=3,x=2",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"8 mod 15",
        pred=r"x ≡ 8 (mod 15)",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"无解",
        pred=r"no solution",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"1e-3",
        pred=r"0.001",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"1,000",
        pred=r"1000",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"(1,2)",
        pred=r"(1,2)",
        wrap=True,
        expected=True,
        why="test_supported_equivalences",
    ),
    _c(
        R1,
        R1_OMNI,
        gold=r"1/2",
        pred=r"2/3",
        wrap=True,
        expected=False,
        why="test_mismatching_simple_answers_are_incorrect",
    ),
    # liu-project: score_answer(predicted, expected) status, exact_v4 unless noted
    _c(
        R1,
        R1_V4,
        gold=r"0.5",
        pred=r"\(\boxed{\frac{1}{2}}\)",
        wrap=False,
        expected=True,
        why="test_exact_v4_common_exact_forms (boxed)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"-7",
        pred="\u22127",
        wrap=True,
        expected=True,
        why="test_exact_v4_common_exact_forms (U+2212 minus)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"8",
        pred=r"2^3",
        wrap=True,
        expected=True,
        why="test_exact_v4_common_exact_forms",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"1200",
        pred=r"1,200",
        wrap=True,
        expected=True,
        why="test_exact_v4_common_exact_forms",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"0.25",
        pred=r"25%",
        wrap=True,
        expected=True,
        why="test_exact_v4_common_exact_forms",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"0.5",
        pred=r"\boxed{1/2} and \boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_exact_v4_boxed_selection_is_conservative (consistent)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"2",
        pred=r"\boxed{\sqrt{4}} and \boxed{2}",
        wrap=False,
        expected=True,
        why="test_exact_v4_boxed_selection_is_conservative (consistent_mixed_parser)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"5",
        pred="Final answer: 5\nAnswer: 5.0",
        wrap=False,
        expected=True,
        why="test_exact_v4_multiple_explicit_finals_must_agree (consistent)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"\{2, 1\}",
        pred=r"\{1, 2\}",
        wrap=True,
        expected=True,
        why="test_exact_v4_structured_answers_are_conservative",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"x=3,x=2",
        pred=r"x=2,3",
        wrap=True,
        expected=True,
        why="test_exact_v4_structured_answers_are_conservative",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"(2, 1), (1, 2)",
        pred=r"(1, 2), (2, 1)",
        wrap=True,
        expected=True,
        why="test_exact_v4_structured_answers_are_conservative",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"8",
        pred=r"8",
        wrap=True,
        expected=True,
        why="test_exact_v4_never_reads_problem_text",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"113",
        pred=r"47",
        wrap=True,
        expected=False,
        why="test_policy_v4_is_separate_from_exact_v4 (exact_v4 verdict)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"\frac{1}{2}",
        pred=r"\boxed{0.5}",
        wrap=False,
        expected=True,
        why="test_policy_v4_preserves_exact_classification (equivalence_class exact)",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_legacy_default_matches_frozen_historical_semantics",
    ),
    _c(
        R1,
        R1_V4,
        gold=r"5",
        pred=r"4",
        wrap=True,
        expected=False,
        why="test_legacy_default_matches_frozen_historical_semantics",
    ),
]

r"""A hundred-and-eighth fresh set of answer-equivalence cases (evaluation only; helper "b":
the unit tests of small maths answer graders in RL, evaluation and tutoring repositories -- an
answer normaliser of a multi-agent quant solver (``2.3%`` against ``0.023``, two forms of one
radical expression), a learner-answer evaluator (mixed numbers ``1 1/2`` against ``3/2``, the
fraction slash ``1⁄2``), a symbolic-state oracle of a reasoning-drift benchmark (``x >= 0`` against
``0 <= x``, sets, an unevaluated derivative), the verifier of an evolving-problem RL reward (sets
written ``\{2,0.5\}``, ``\emptyset``, yes/no), a Lean-backed maths verifier's bench matcher (units,
``$10``, an equation chain ending in the answer, Arabic yes/no) and a MATH-500 distillation script's
matcher).

Cases are transcribed from repositories (the ``code`` corpus of the search tool: ``find_string``,
``find_files`` and ``read_file``, plus ``fetch`` snapshots where the store had one), not from web
pages. No earlier set used these repositories: each owner/name, the repository's module names and
distinctive test strings were grepped in bench/ (docstrings of bench/equiv_fresh*.py,
bench/data/fresh_runs/ and bench/data/*.md included) and checked against every
/work/wt/fresh*_claims/claims.txt; each repository was claimed in
/work/wt/fresh108_claims/claims.txt (as its github.com URL) before use. Each case gives the
reference answer (``gold``), the prediction (``pred``: the other form the test passes; always a
bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict the test asserts
(``expected``: True for ``assert f(...)``, False for ``assert not f(...)``). ``repo`` is the
repository's owner/name on github.com and ``where`` is ``path@commit``: the commit the file index
gives for that file (for quant-solver, research and StateScope also checked in the fetched
snapshot). Do not tune the judge on these cases. Continued in bench/equiv_fresh108_b2.py (same
rules; its sources are listed below too).

Transcription: strings are the values Python reads from the test (a test's ``r"\{2,0.5\}"`` is
stored as ``r"\{2,0.5\}"``), spacing kept (``" 2 / 4 "`` with its outer spaces, ``"x + x"``,
``"(x + 1)**2"``), Unicode kept (``"1⁄2"`` with U+2044 FRACTION SLASH, the Arabic answers). Where a
checker's signature is (submitted, expected) or (prediction, reference) the second argument is the
gold; where the test does not say which side is the reference, the second argument is taken as the
gold, except for quant-solver's radical pair, whose gold is the form its consensus test
(``tests/test_consensus.py``) treats as the answer. Readings, each noted in ``why``: FalconVerifer's
equation chain ``(48 + 41 + 40 + 59 + 67) / 5 = 255 / 5 = 51`` is a bare answer whose last member is
the value; StateScope's ``d/dx [exp(x)*log(x)*sin(x)]`` is an unevaluated derivative that the test
equates with its value; R-Q-Evolve's set, ``one_of`` and ``boolean`` verdicts are taken with the
verifier mode the test passes (a set answer, an answer with one listed alternative, a yes/no
answer).

Sources (repo, path @ commit, what is asserted, licence):

- yc-thirteen/quant-solver (a multi-agent verification pipeline for quant maths problems)
  ``tests/test_utils.py`` @ 3db6fc0dbb12241a7f0adf353670fa8a1d8a6a35
  (``answers_equivalent(a, b)`` and ``normalize_answer(a) == normalize_answer(b)``: ``"2.3%"`` =
  ``"0.023"``, ``"1/2"`` = ``"0.5"``, ``"3^2"`` = ``"9"``, ``"(9*sqrt(2)-6)/7"`` =
  ``"3*sqrt(2)/(3+sqrt(2))"``, ``"1/2"`` != ``"1/3"``). MIT (LICENSE added in the next commit,
  944dff7). 5 cases (1 False).
- kapil31jangid/research (RAPID-Learn, an adaptive-learning prototype; its assessment module grades
  learners' answers) ``backend/tests/test_answer_evaluator.py``
  @ 448c4e2e51835a1cb57bc85a5b0d7eb60fba57bf (``answers_equivalent(submitted, expected)``:
  ``("2/4", "1/2")``, ``("1 1/2", "3/2")``, ``("-1 1/2", "-3/2")``, ``("1⁄2", "2/4")``,
  ``("+1/2", "0.5")`` ..., ``not answers_equivalent("1/0", "1/2")``). MIT. 10 cases (1 False).
- statescope/StateScope (DriftMath, a benchmark of solution-state drift in multi-step maths
  reasoning) ``tests/test_oracle_metrics.py`` @ b177fe722214f766f1c0077e25ab4063fc29ea6b
  (``symbolic_equal(a, b)`` of ``driftmath.core.sym_utils``: ``"x + x"`` = ``"2*x"``,
  ``"(x + 1)**2"`` = ``"x**2 + 2*x + 1"``, ``"{3}"`` != ``"{3, -2}"``, ``"x >= 0"`` = ``"0 <= x"``
  and != ``"x > 0"``, "textbook derivative notation is parsed semantically"). No licence file for
  the code (only DATA_LICENSES.md, on its data sources). 8 cases (4 False).
- kwon13/R-Q-Evolve (an educational re-implementation of an evolving-problem-generator RL loop on
  verl) ``tests/test_verifier.py`` @ 5cb88ffa50ce46053c6b3a94b7a756592bdbe726 (the stored version,
  read through the file index; the fetched snapshot, HEAD e78fffa, does not hold that commit) -
  ``answers_match(prediction, gold, spec)`` of ``rq_evolve.reward``: set mode "order independent,
  complete and symbolic" (``r"\{2,0.5\}"`` against ``r"\{1/2,2\}"``), semantic duplicates
  rejected, empty set; ``one_of`` with expression equivalence; ``boolean`` "canonical aliases
  only"). No licence file in the snapshot. 9 cases (6 False).

Sources of bench/equiv_fresh108_b2.py:

- hw4375-collab/FalconVerifer (a Lean 4 step verifier for LLM maths and logic answers, with a
  benchmark) ``tests/test_units.py`` @ 08a5557f81e39d55bb609ac2637226574be91a96 (the stored
  version, read through the file index; no snapshot could be fetched) - ``answers_match(pred,
  gold)`` of ``falconverifier.bench``: ``TestAnswersMatch``, ``test_answers_match_uses_result_of_
  equation``, ``test_answers_match_arabic_yes_no``). Licence not established (no snapshot could be
  fetched; the index's listings of its ``.md`` files and of ``tests/`` show no licence file).
  12 cases (4 False).
- 10gyal/eli5-rl (MATH-500 benchmarking and ELI5 distillation of verified answers)
  ``tests/test_generate_eli5.py`` @ f0828fb92fa6a61b80e3717b894bc5b9d45f59b8
  (``test_answers_match_uses_mathematical_equivalence``: ``answers_match(r"\frac{1}{2}", "0.5")``,
  ``not answers_match("3", "4")``). No licence file in the index's listing of the repository.
  2 cases (1 False).

46 cases in all (17 False): 32 here (12 False), 14 in bench/equiv_fresh108_b2.py
(5 False).

Left out, by rule: quant-solver's ``"4/3"`` against itself and ``NEEDS_HUMAN_REVIEW`` (trivial
identity; a placeholder string, not an answer); research's ``" YES "``/``"yes"``,
``"Option A"``/``"option a"`` and ``" 5 "``/``"5"`` under ``multiple_choice`` (case and spacing of
labels), ``"1/2"`` against ``"0.5"`` refused under the ``"choice"`` type (a type policy, not a
value), and ``"1//2"`` or ``""`` refused for every numeric type (malformed input); StateScope's
``symbolic_equal(None, None)`` and ``"2*x"``/``None`` (missing values), its malformed
``"x[not-valid]"`` strings, the list form of ``normalize_solution_set`` and the trace metrics;
R-Q-Evolve's ``answers_match("2", "1/2", one_of)`` (accepted only because the contract lists ``2``
as an alternative answer), ``r"\text{Yes}"``/``"1"`` and ``r"\boxed{No}"``/``"0"`` under
``boolean`` (reading 1 and 0 as yes and no needs the question), the duplicate-contract rejection and
``\emptyset`` against itself; FalconVerifer's ``"276"``/``"276"``, ``"No"``/``"No"`` (trivial),
``"Yes."``/``"yes"`` (punctuation and case only), ``""`` and ``None`` (missing answers) and its
answer-extraction, Lean-proposition and feedback tests; eli5-rl's ``score_answer`` tests of
``tests/test_benchmark_math500.py`` @ 0ae68f4a (the same ``\frac{1}{2}``/``0.5`` pair inside a
response, and ``(3,\frac{\pi}{2})`` against itself in dollar signs).

Examined and not used: an ``orion`` repository's ``equivalent(...)`` tests (``sqrt(8)`` =
``2*sqrt(2)``, ``x^2 - 1`` = ``(x-1)(x+1)``, ``25%`` = ``25``; found by ``find_string`` but the
repository could not be named: ``orion/verify/math.py``, ``src/orion/verify/math.py`` and its
``configs/data/synth_math_v1.yaml`` are not in the file index); billxbf/Linex
``tests/unit/test_math_grader.py`` (a copy of the NVIDIA-NeMo labs-molt grader suite already
used); shuoyangd/NeMo-Skills, xinyu-dev/NeMo-Skills and yuanhangsu1986/Skills-FC (forks of the
already-used NVIDIA/NeMo-Skills ``tests/test_math_equal.py``); shadowkingaftab/HireIQ (the same
answer evaluator as research, its tests without the equivalence table); OpenBMB/Meshy's
``hendrycks_math`` test, GIND123/Instella-Reasoning, bryceroche/mycelium, AurorixAI/content-service,
bkmrkr/mora, xedotech/project-ymir and an ``answers_match`` matcher at 5% relative tolerance
(forgemm) - used by earlier sets or a tolerance rule only; Qiming124/ai4s-research-agent
``tests/test_math_normalize.py`` (LaTeX-to-Unicode rendering, not answers); the
``answers_equivalent`` and ``math_equiv`` plan documents (tests quoted inside implementation
plans, with versions that contradict each other on ``x \in [-2,7]``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

QS = "yc-thirteen/quant-solver"
QS_AT = "tests/test_utils.py@3db6fc0dbb12241a7f0adf353670fa8a1d8a6a35"
RL = "kapil31jangid/research"
RL_AT = "backend/tests/test_answer_evaluator.py@448c4e2e51835a1cb57bc85a5b0d7eb60fba57bf"
SS = "statescope/StateScope"
SS_AT = "tests/test_oracle_metrics.py@b177fe722214f766f1c0077e25ab4063fc29ea6b"
RQ = "kwon13/R-Q-Evolve"
RQ_AT = "tests/test_verifier.py@5cb88ffa50ce46053c6b3a94b7a756592bdbe726"
# sources of bench/equiv_fresh108_b2.py
FV = "hw4375-collab/FalconVerifer"
FV_AT = "tests/test_units.py@08a5557f81e39d55bb609ac2637226574be91a96"
EL = "10gyal/eli5-rl"
EL_AT = "tests/test_generate_eli5.py@f0828fb92fa6a61b80e3717b894bc5b9d45f59b8"

CASES = [
    # quant-solver tests/test_utils.py: answers_equivalent / normalize_answer
    _c(
        QS,
        QS_AT,
        gold=r"0.023",
        pred=r"2.3%",
        wrap=True,
        expected=True,
        why='test_percent_and_decimal: \'assert answers_equivalent("2.3%", "0.023")\'',
    ),
    _c(
        QS,
        QS_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why='test_fraction_and_decimal: \'assert answers_equivalent("1/2", "0.5")\'',
    ),
    _c(
        QS,
        QS_AT,
        gold=r"9",
        pred=r"3^2",
        wrap=True,
        expected=True,
        why="test_caret_treated_as_power: '3^2 and 9 should canonicalize the same'",
    ),
    _c(
        QS,
        QS_AT,
        gold=r"(9*sqrt(2)-6)/7",
        pred=r"3*sqrt(2)/(3+sqrt(2))",
        wrap=True,
        expected=True,
        why="test_equivalent_radicals; tests/test_consensus.py: 'These two expressions are "
        "algebraically identical', the critic recommends (9*sqrt(2)-6)/7",
    ),
    _c(
        QS,
        QS_AT,
        gold=r"1/3",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why='test_non_equivalent: \'assert not answers_equivalent("1/2", "1/3")\'',
    ),
    # research (RAPID-Learn) backend/tests/test_answer_evaluator.py: answers_equivalent(submitted,
    # expected)
    _c(
        RL,
        RL_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("2/4", "1/2")',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("0.5", "1/2")',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("1 1/2", "3/2"), a mixed number',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"-3/2",
        pred=r"-1 1/2",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("-1 1/2", "-3/2"), a negative mixed number',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"5",
        pred=r"5.0",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("5.0", "5")',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"1/2",
        pred=r" 2 / 4 ",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: (" 2 / 4 ", "1/2"), spaces as in the test',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"2/4",
        pred=r"1⁄2",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("1⁄2", "2/4"), U+2044 fraction slash',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"0.5",
        pred=r"+1/2",
        wrap=True,
        expected=True,
        why='test_numeric_answer_equivalence: ("+1/2", "0.5")',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"0.5",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="test_missing_answer_type_uses_numeric_only_when_both_values_parse: "
        '\'assert answers_equivalent("2/4", "0.5")\'',
    ),
    _c(
        RL,
        RL_AT,
        gold=r"1/2",
        pred=r"1/0",
        wrap=True,
        expected=False,
        why='test_invalid_and_text_answers_are_safe: \'assert not answers_equivalent("1/0", '
        '"1/2")\'',
    ),
    # StateScope tests/test_oracle_metrics.py: symbolic_equal(a, b)
    _c(
        SS,
        SS_AT,
        gold=r"2*x",
        pred=r"x + x",
        wrap=True,
        expected=True,
        why='test_symbolic_equal_equivalent_expressions: symbolic_equal("x + x", "2*x")',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"x**2 + 2*x + 1",
        pred=r"(x + 1)**2",
        wrap=True,
        expected=True,
        why='test_symbolic_equal_equivalent_expressions: symbolic_equal("(x + 1)**2", '
        '"x**2 + 2*x + 1")',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"x + 2",
        pred=r"x + 1",
        wrap=True,
        expected=False,
        why='test_symbolic_equal_different_expressions: \'assert not symbolic_equal("x + 1", '
        '"x + 2")\'',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"y",
        pred=r"x",
        wrap=True,
        expected=False,
        why='test_symbolic_equal_different_expressions: \'assert not symbolic_equal("x", "y")\'',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"{3, -2}",
        pred=r"{3}",
        wrap=True,
        expected=False,
        why='test_solution_set_normalization: \'assert not symbolic_equal("{3}", "{3, -2}")\'',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"0 <= x",
        pred=r"x >= 0",
        wrap=True,
        expected=True,
        why='test_constraint_relational_equality: \'"x >= 0" and "0 <= x" are the same '
        "constraint'",
    ),
    _c(
        SS,
        SS_AT,
        gold=r"x > 0",
        pred=r"x >= 0",
        wrap=True,
        expected=False,
        why='test_constraint_relational_equality: \'assert not symbolic_equal("x >= 0", "x > 0")\'',
    ),
    _c(
        SS,
        SS_AT,
        gold=r"exp(x)*log(x)*sin(x) + exp(x)*log(x)*cos(x) + exp(x)*sin(x)/x",
        pred=r"d/dx [exp(x)*log(x)*sin(x)]",
        wrap=True,
        expected=True,
        why="test_textbook_derivative_notation_is_parsed_semantically: symbolic_equal(display, "
        "expected); reading: the pred is an unevaluated derivative equated with its value",
    ),
    # R-Q-Evolve tests/test_verifier.py: answers_match(prediction, gold, spec)
    _c(
        RQ,
        RQ_AT,
        gold=r"\{1/2,2\}",
        pred=r"\{2,0.5\}",
        wrap=True,
        expected=True,
        why="test_set_is_order_independent_complete_and_symbolic (set mode, elements 1/2 and 2)",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"\{1/2,2\}",
        pred=r"\{2\}",
        wrap=True,
        expected=False,
        why="test_set_is_order_independent_complete_and_symbolic: an incomplete set is refused",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"\{1/2,2\}",
        pred=r"\{2,0.5,3\}",
        wrap=True,
        expected=False,
        why="test_set_is_order_independent_complete_and_symbolic: an extra element is refused",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"\{1,2\}",
        pred=r"\{1,2-1\}",
        wrap=True,
        expected=False,
        why="test_set_rejects_semantic_duplicates_in_contract_or_prediction (ordinary contract, "
        "elements 1 and 2)",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"\emptyset",
        pred=r"\{0\}",
        wrap=True,
        expected=False,
        why='test_empty_set_contract: \'assert not answers_match(r"\\{0\\}", r"\\emptyset", '
        "spec)'",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_one_of_uses_expression_equivalence_within_one_worker_request: "
        'answers_match("0.5", "1/2", spec)',
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"1/2",
        pred=r"3",
        wrap=True,
        expected=False,
        why="test_one_of_uses_expression_equivalence_within_one_worker_request: 3 is neither "
        "listed answer",
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"No",
        pred=r"false",
        wrap=True,
        expected=True,
        why='test_boolean_verifier_accepts_canonical_aliases_only: answers_match("false", '
        '"No", spec); a yes/no answer',
    ),
    _c(
        RQ,
        RQ_AT,
        gold=r"Yes",
        pred=r"probably",
        wrap=True,
        expected=False,
        why="test_boolean_verifier_accepts_canonical_aliases_only: 'assert not "
        'answers_match("probably", "Yes", spec)\'',
    ),
]

r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "c").

Brief: issue threads of repositories no earlier set used, where a user reports a wrong verdict of a
math grader with a concrete (gold, prediction, expected) example. That well had run dry (see
"Searched and not used" below), so the cases come from the test suites of two RL projects no earlier
set used, found through their pull-request threads (redai-infra/Relax pulls 94 and 98, "add DAPO
math reward unit tests", task issue 86; huggingface/OpenEnv pull 865, "QED Math Environment"). Each
repository was claimed in /work/wt/fresh23_claims first (``redai-studio__Relax`` and
``redai-infra__Relax``: the project moved from redai-studio to redai-infra; ``inclusionAI__AReno``;
``huggingface__OpenEnv`` and ``meta-pytorch__OpenEnv``).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\boxed{9}"`` is stored as
``r"\boxed{9}"``). A response that is nothing but an answer (``"42"``, ``"\\frac{1}{2}"``) is stored
bare with ``wrap=True``. Do not tune the judge on these cases.

Sources (repo, path @ commit, license; where no license file is in the stored copy, the short test
strings are quoted as test data, with attribution):

- redai-infra/Relax (an RL post-training framework; no license file stored)
  ``tests/engine/rewards/test_math_dapo_utils.py`` @ 1b9b155d96bc8087ac4d8dec9d727910e1e7a080 (the
  DAPO math reward: ``is_correct_strict_box(pred, gold)``, ``compute_score(pred, gold)`` with its
  default ``Answer:`` pattern, and ``normalize_final_answer``, a normaliser whose output is read as
  an equivalence, as in equiv_fresh3_a.py). The pause-token case builds its completion in code
  (``"x" * 120``); it is built the same way here.
- redai-infra/Relax ``tests/engine/rewards/test_reward_worker.py`` @
  05149ae1a61bb3373e614ccb04e5133e85938bb9 (``get_openr1mm_rule_based_reward(response, label)``, a
  math_verify check with a string fallback, called directly and through ``RewardWorker`` /
  ``async_rm`` / ``batched_async_rm``).
- huggingface/OpenEnv (Meta's agentic RL environments; BSD-3-Clause, LICENSE of the snapshot)
  ``tests/envs/test_finqa_environment.py`` @ 385de5ebb8d08d51d000d7dfc19de5f3c6a9c215
  (``compute_reward(predicted, ground_truth)`` of the FinQA environment: numbers compared with a 1%
  relative AND a 1.0 absolute tolerance; ``gold`` is the second argument, kept as written, often
  ``\boxed{...}`` with a unit word after it). Kept: value-equal pairs (whatever their notation) and
  pairs the test rejects whose values differ. ``wrap`` is False for a prediction that is already
  boxed.
- huggingface/OpenEnv ``tests/envs/test_qed_math_environment.py`` @
  9278c59963495ba6389aabf8eae534cd73dd9203 (the QED math environment's answer mode:
  ``_verify_math``, ``_grade_answer_submission``, ``_verify_answer_worker`` and
  ``MathVerifierService.verify_answer``, all math_verify with a boxed prediction).

Left out of OpenEnv, by rule. Verdicts that hold only through the FinQA tolerance (values that
differ but lie within 1%: 6.12 and 6.1 vs 6.118; 6.29%, 6.30%, 25.14%, 25.1%, -0.61% vs the longer
percent; 0.233, 233/1000, $0.233$ vs 0.232; 0.321, 321/1000 vs 0.320; 0.0463 vs 0.046; 1001 vs 1000;
101, 100.01, 100.5 vs 100; 0.501 vs 0.5; 2.001, 1.999 vs 2.0; 0.00001001 vs 0.00001; 99.9%, 100.1%
vs 100%; 25.14% vs ``$$\boxed{25.144\%}$$``) and calls with custom tolerance arguments. The percent
policy (as in equiv_issues_a): the "percentage points" rule that reads x% as x (4.5% vs 4.500, 6.0%,
6.28%, 10.5%, -2.5% scored 1) and its mirror (6.28 vs 6.28\% scored 0); a percent read as x/100
against an equal number (0.0628 vs 6.280\%, 50% vs 1/2, 0.00123% vs 1.23e-5) is kept. Accounting
parentheses for negatives ((77) vs -77 million, (100) vs -100). Year-keyed multi-value answers
(FinQA's labelled format, matched by key in any order) and an unlabeled list against a labelled
gold. Empty and non-numeric strings (``abc``), ``parse_number`` / ``extract_boxed_answer`` checks,
repeated pairs. QED: the unboxed "The answer is 4" (strict boxed format), empty, unparsable and
over-long boxes, ``\boxed{\frac{1}{2}}`` vs ``\frac{1}{2}`` (asserted "correct or wrong": no
definite verdict), ``\boxed{4.0}`` vs 4 (no verdict asserted), mocked LLM proof grading, queue /
retry / concurrency checks (``\boxed{1}`` .. ``\boxed{4}`` against 1 .. 4).

Left out of Relax, by rule. Format policies: answers inside custom ``<answer>`` tags (the openr1mm
string fallback and its reward-hacking guards against repeated ``</think>`` / ``<answer>`` blocks);
DAPO's strict-box rejection of an unboxed correct answer (``"... 最终答案是 9"`` vs ``9`` scored -1). Not
math answers: ``"Paris"`` / ``"London"`` / ``"hello"`` / ``"wrong"`` vs ``"right"``,
``\text{apples}`` -> ``apples``, the malformed ``\invalid{command}`` string matched to itself. Golds
the suite cannot judge: empty response or empty label. Extraction-only checks
(``last_boxed_only_string``, ``remove_boxed``) and reward routing / registry tests (no verdict on a
pair). Generated integer batches of the batch and concurrency tests (``\boxed{i}`` against ``i``,
``i + 1`` or ``i + 1000`` for ``i`` in a range; stress tests of the worker pool, not of
equivalence). A pair repeated in one file (``\frac{1}{2}`` vs ``0.5`` through the worker,
``\boxed{7}`` vs ``7`` through a metadata override, ``\boxed{9}`` through ``compute_score`` as well
as ``is_correct_strict_box``) is kept once. Multiple-choice letters.

Searched and not used. Issue threads (corpus "issues"): every thread found that states a concrete
(gold, prediction, verdict) triple is in an already-used or already-claimed repository
(huggingface/Math-Verify, lm-evaluation-harness, opencompass, evalscope, slime, OpenRLHF, NeMo
Skills / Gym / RL, lighteval, open-r1, inspect_ai, AISBench, scitix/sieval, uw-nsl/TinyV 2,
hiyouga/MathRuler 2, open-compass/VLMEvalKit 651 and 1679, openai/simple-evals 115,
deepseek-ai/DeepSeek-Coder 175, Khan/khan-exercises, XimeraProject, openwebwork, FormulasQuestion,
jsboige/CoursIA, allenai/semeval-2019-task-10, asuzukosi/post-training-experiments, ...). Threads in
unclaimed repositories had no pair or no math answer: QWED-AI/qwed-verification (fail-closed policy
reports), sonichi/sutando pull 2382 (a GAIA string answer), gipplab/PhysWikiQuiz 2, 3 and 6
(screenshots), FareedKhan-dev/train-deepseek-r1 4 and gensyn-ai/rl-swarm (reward logs), OpenHands
evaluation threads, openai/evals pull 292 (step checks of a student's working, not answers).
inclusionAI/AReno: its stored snapshot (cec61a3) and ``tests/test_batched_reward_cpu.py`` hold no
math-answer assertions.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RELAX = "redai-infra/Relax"
DAPO = "tests/engine/rewards/test_math_dapo_utils.py@1b9b155d96bc8087ac4d8dec9d727910e1e7a080"
WORKER = "tests/engine/rewards/test_reward_worker.py@05149ae1a61bb3373e614ccb04e5133e85938bb9"
OPENENV = "huggingface/OpenEnv"
FINQA = "tests/envs/test_finqa_environment.py@385de5ebb8d08d51d000d7dfc19de5f3c6a9c215"
QED = "tests/envs/test_qed_math_environment.py@9278c59963495ba6389aabf8eae534cd73dd9203"

_ZH = "推理过程...... 最终答案是 "  # the Chinese prefix of the DAPO test completions
_PAUSE = r"outdated answer \boxed{8}" + ("x" * 120) + r" final answer \boxed{9}"
_LONG = (
    "<think>Let me think step by step. "
    "First, we compute 2+2=4. Then 4*3=12. "
    "Therefore the answer is 12.</think>\n"
    r"The final answer is \boxed{12}."
)

_ROWS = [
    # --- redai-infra/Relax: DAPO math reward (math_dapo_utils) -----------------------------------
    (RELAX, DAPO, "9", _ZH + r"\boxed{9}", False, True, "is_correct_strict_box score 1"),
    (RELAX, DAPO, "9", _ZH + r"\boxed{8}", False, False, "is_correct_strict_box score -1"),
    (
        RELAX,
        DAPO,
        "9",
        _PAUSE,
        False,
        True,
        "pause-token window: the final \\boxed{9} after an outdated \\boxed{8} scores 1",
    ),
    (
        RELAX,
        DAPO,
        "9",
        "We solve the equation step by step.\nAnswer: 9",
        False,
        True,
        "compute_score default 'Answer:' pattern: score 1.0",
    ),
    (
        RELAX,
        DAPO,
        "9",
        "We solve the equation step by step.\nAnswer: 8",
        False,
        False,
        "compute_score default 'Answer:' pattern: score -1.0",
    ),
    (
        RELAX,
        DAPO,
        "1234",
        "answer = 1,234 dollars",
        True,
        True,
        "normalize_final_answer -> '1234' (rhs of '=', unit word and comma removed)",
    ),
    (RELAX, DAPO, "42", "x = 42", True, True, "normalize_final_answer takes the rhs: '42'"),
    # --- redai-infra/Relax: openr1mm rule-based reward (math_verify + string fallback) -----------
    (RELAX, WORKER, "42", "42", True, True, "exact numeric match: reward 1.0"),
    (RELAX, WORKER, "7", r"The answer is \boxed{7}", False, True, "boxed answer: reward 1.0"),
    (RELAX, WORKER, "7", r"The answer is \boxed{8}", False, False, "wrong boxed answer: 0.0"),
    (RELAX, WORKER, "0.5", r"\frac{1}{2}", True, True, "fraction equivalence: reward 1.0"),
    (RELAX, WORKER, "-3", "-3", True, True, "negative number: reward 1.0"),
    (RELAX, WORKER, "3", "-3", True, False, "sign differs: reward 0.0"),
    (RELAX, WORKER, "12", _LONG, False, True, "long response ending in \\boxed{12}: 1.0"),
    (RELAX, WORKER, "7", r"\boxed{7}", False, True, "RewardWorker.compute: 1.0"),
    (RELAX, WORKER, "7", r"\boxed{8}", False, False, "RewardWorker.compute: 0.0"),
    (RELAX, WORKER, "42", r"\boxed{42}", False, True, "async_rm: 1.0"),
    (RELAX, WORKER, "42", r"\boxed{99}", False, False, "async_rm: 0.0"),
    (RELAX, WORKER, "1", r"\boxed{1}", False, True, "batched_async_rm mixed batch: 1.0"),
    (RELAX, WORKER, "99", r"\boxed{2}", False, False, "batched_async_rm mixed batch: 0.0"),
    (
        RELAX,
        WORKER,
        "9",
        r"The final answer is \boxed{9}",
        False,
        True,
        "batch routed to the math reward by metadata and by label: 1",
    ),
]

# --- huggingface/OpenEnv: FinQA environment reward, compute_reward(predicted, ground_truth) ------
# (pred, gold, expected, why); the gold is the test's second argument, kept as written.
_FINQA = [
    ("6.118", "6.118", True, "exact match"),
    ("6.118", r"\boxed{6.118}", True, "boxed gold"),
    (r"\boxed{6.118}", "6.118", True, "boxed prediction"),
    ("5.0", "6.118", False, "incorrect"),
    ("100", "6.118", False, "incorrect"),
    ("6.280%", r"\boxed{6.280\%}", True, "escaped percent in the gold"),
    (r"6.280\%", r"\boxed{6.280\%}", True, "escaped percent on both sides"),
    (r"\boxed{6.280\%}", r"\boxed{6.280\%}", True, "identical boxed percent"),
    ("6.28%", r"\boxed{6.280\%}", True, "6.28% = 6.280% (trailing zero)"),
    (r"\boxed{6.28%}", r"\boxed{6.280\%}", True, "boxed 6.28% = 6.280%"),
    ("0.0628", r"\boxed{6.280\%}", True, "0.0628 = 6.28% read as a value"),
    ("-0.606%", r"\(\boxed{-0.606\%}\)", True, "gold inside \\( \\)"),
    ("57.73", r"$\boxed{57.730}$", True, "gold inside $ $, trailing zero"),
    ("7.00%", r"\boxed{6.280\%}", False, "large percent difference fails"),
    ("7.28%", r"\boxed{6.280\%}", False, "one percentage point off fails"),
    ("25.144%", r"\boxed{25.144\%}", True, "same percent"),
    ("-0.606%", r"\boxed{-0.606\%}", True, "same negative percent"),
    ("0.232", r"\boxed{0.232}", True, "ratio exact match"),
    ("0.235", r"\boxed{0.232}", False, "ratio off in the third decimal fails"),
    ("0.046", r"\boxed{0.046}", True, "small ratio"),
    ("-77", r"\boxed{-77} million", True, "gold with a text unit after the box"),
    (r"\boxed{-77}", r"\boxed{-77} million", True, "boxed prediction, gold with a unit"),
    ("1009", r"\boxed{1000}", False, "0.9% off but 9 > max_absolute_diff 1.0: fails"),
    ("1011", r"\boxed{1000}", False, "fails"),
    ("1,234.56", r"\boxed{1234.56}", True, "thousands separator in the prediction"),
    ("1234.56", r"\boxed{1,234.56}", True, "thousands separator in the gold"),
    (r"\boxed{1,234.56}", r"\boxed{1234.56}", True, "boxed, separator"),
    ("0", r"\boxed{0}", True, "zero"),
    ("0.0", r"\boxed{0}", True, "0.0 = 0"),
    ("1/2", r"\boxed{0.5}", True, "fraction vs decimal"),
    ("0.5", r"\boxed{1/2}", True, "decimal vs fraction"),
    (r"\boxed{1/2}", r"\boxed{0.5}", True, "boxed fraction vs decimal"),
    (r"\boxed{0.5}", r"\boxed{1/2}", True, "boxed decimal vs fraction"),
    ("50%", r"\boxed{1/2}", True, "50% = 1/2"),
    ("102", r"\boxed{100}", False, "2% off: fails"),
    ("0.506", r"\boxed{0.5}", False, "1.2% off: fails"),
    ("2.0", r"\boxed{2.0}", True, "same value"),
    ("1.23e-5", r"\boxed{0.0000123}", True, "scientific notation"),
    ("1e6", r"\boxed{1000000}", True, "scientific notation"),
    ("0.0000123", r"\boxed{1.23e-5}", True, "scientific notation in the gold"),
    (r"\boxed{1e6}", r"\boxed{1000000}", True, "boxed scientific notation"),
    ("0.00123%", r"\boxed{1.23e-5}", True, "0.00123% = 1.23e-5"),
    ("1000000", r"\boxed{1000000}", True, "large number"),
    ("1000000", r"\boxed{1,000,000}", True, "separators in the gold"),
    ("1,000,000", r"\boxed{1000000}", True, "separators in the prediction"),
    ("1005000", r"\boxed{1000000}", False, "0.5% off but 5000 > max_absolute_diff: fails"),
    ("0.00001", r"\boxed{0.00001}", True, "very small decimal"),
    ("0.000011", r"\boxed{0.00001}", False, "10% off: fails"),
    ("  6.28%  ", r"\boxed{6.280\%}", True, "extra whitespace"),
    ("100", r"\boxed{  100  }", True, "whitespace inside the gold box"),
    ("0.232", r"\[\boxed{0.232}\]", True, "gold inside \\[ \\]"),
    ("1.5", r"\boxed{1.5} billion", True, "gold with a text unit"),
    ("$100", r"\boxed{100}", True, "currency sign in the prediction"),
    ("100", r"\boxed{$100}", True, "currency sign in the gold"),
    (r"\boxed{$100}", r"\boxed{100}", True, "boxed currency"),
    ("$100.00", r"\boxed{100}", True, "currency with cents"),
    ("0.50", r"\boxed{0.5}", True, "trailing zero"),
    ("00.5", r"\boxed{0.5}", True, "leading zero"),
    ("100%", r"\boxed{100\%}", True, "same percent"),
    ("1.107, 1.031, 0.926", r"\boxed{1.107,\ 1.031,\ 0.926}", True, "list, LaTeX spaces"),
    ("8908, 7960, 6209", r"\boxed{8908,\ 7960,\ 6209}", True, "list, LaTeX spaces"),
]

# --- huggingface/OpenEnv: QED math environment, math_verify answer mode ---------------------------
_QED = [
    # (gold, pred, expected, why)
    (r"\boxed{4}", r"\boxed{4}", True, "_verify_math / _grade_answer_submission: correct"),
    (r"\boxed{4}", r"\boxed{5}", False, "_verify_math / _grade_answer_submission: wrong"),
    ("4", r"\boxed{4}", True, "_verify_answer_worker / MathVerifierService: correct"),
    ("4", r"\boxed{5}", False, "_verify_answer_worker / MathVerifierService: wrong"),
]

CASES: list[dict] = (
    [_c(*row) for row in _ROWS]
    + [
        _c(OPENENV, FINQA, gold, pred, not pred.startswith("\\boxed"), ok, why)
        for pred, gold, ok, why in _FINQA
    ]
    + [_c(OPENENV, QED, gold, pred, False, ok, why) for gold, pred, ok, why in _QED]
)

r"""A twenty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a", first part:
the second part, with its own ``CASES``, is bench/equiv_fresh25_a2.py).

This helper's focus: Python reward-function and verifier tests of RL / distillation projects that
no earlier set used (checked against bench/data/README.md, bench/equiv_issues_*.py, the docstrings
of the earlier bench/equiv_fresh* modules and bench/data/equiv_fresh4.md, and claimed in
/work/wt/fresh25_claims before transcribing). Sources were found by exact path with
``find_files`` (``tests/test_outcome_reward.py``, ``tests/test_verifiers.py``), by ``search``
(a Bittensor subnet's ``FloatDiffModel.math_score`` tests) and by fetching the repositories. Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\boxed{42}"`` is stored as
``r"\boxed{42}"``). A gold the suite extracts from a prompt (``"... #### 2"``, ``"... \boxed{7}"``)
is stored as the extracted answer and ``why`` says so. An identical (gold, prediction, verdict)
triple asserted twice in one file is kept once. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the fetched snapshot):

- gernim/lora-reward-density ``tests/test_outcome_reward.py``
  @ d3c2b0c7d0f222b3aa1f34f84055317d0c035872 (``OutcomeRewardModule().score``: math-verify
  ``parse``/``verify`` of a completion against the prompt's ``gold_answer``; the reward and
  ``metadata["correctness"]`` are asserted). No license file in the snapshot.
- OpenInterpretability/mechreward ``tests/test_verifiers.py``
  @ ea0e474129aa064302fdb70db37e4e0240c5cc0c (``gsm8k_verifier(prompt, completion)`` with the
  gold as ``#### N`` in the prompt; ``math_boxed(prompt, completion)`` with the gold boxed in the
  prompt; both compare floats with tolerance 1e-4). Apache-2.0.
- FrankFacundo/nanovlm ``tests/test_verifiers.py`` @ e236ebd24982f317a5ac77bda5f168d2414936f0
  (``numeric_reward(prediction, answer)``: last boxed value or last number, ``math.isclose``;
  ``math_equivalence_reward(prediction, answer)``: sympy ``simplify(pred - gold) == 0``; the
  ``reward_record`` case repeats a ``numeric_reward`` pair and is kept once). No license file in
  the snapshot.
- opentensor/prompting (Bittensor subnet 1, now macrocosmos-ai) ``tests/test_scoring.py``
  @ b40d91cf04f052d002f1ff69c6cb35a1235eb7d7 (the last commit holding the file; the snapshot's
  HEAD 91e88b79 no longer has it) - ``FloatDiffModel().math_score(reference, completion)``: the
  last word of the completion that sympy ``parse_expr`` evaluates to a float, 1.0 when equal to
  the reference, else ``1 - |relative difference|`` (clipped to 0 beyond 0.999). Only the 1.0
  (True) and 0.0 (False) verdicts are taken. MIT. deval-core/De-Val holds a copy of the same
  math cases (a fork; not used).

Left out, by rule: partial credit with no binary verdict (prompting ``20`` against ``23`` scored
0.8696); a completion with two numbers whose verdict is the last-word extraction policy
(prompting ``"0 1"`` scored 1.0 against ``1.0``); golds the suite cannot judge (mechreward's
"No gold here." prompt; gernim's missing ``gold_answer`` KeyError test); prompting's date-score,
ROUGE and relevance tests, nanovlm's number / boxed extraction, instruction-following and
Python-unit-test rewards, mechreward's ``python_syntax_ok`` and gernim's parse-failure counters
and token-reward placement (not answer equivalence). Searched or fetched without finding a
(gold, prediction, verdict) assertion for a math answer: stanford-cs336/assignment5-alignment
eb2c562e and spring2024-assignment5-alignment fcbfe2b3 (``test_metrics.py`` tests GSM8K / MMLU
answer parsing only), Shengboj0324/Constraint-Optimization-Reasoner ebf0e744 (knapsack
feasibility), Monographatmosphericphenomenon995/reflective-reasoning-transformer bc97f875 (empty
test file), Andria-colab/multi-llm-debate 8946b3ae, microsoft/PromptWizard (no tests),
GuanxingLu/OpenPARL (web-search cell matching, not maths), gluker/jael, Ziqi-Gao/DPO,
artaasd95/raft-lm, redswimmer/grpo-turn-level-rewards, RhizoNymph/prime-perf, tangjzh/LASAR,
washieuanan/Steering-CoT-In-LLMs, xfboom/SPME (multiple-choice letters) and aHuaXu/self-researcher
(plan-format rules). Repositories seen only through ``find_string`` hits, whose repository could
not be named (a Mojo ``BoxedMathReward`` test, a ``correctness_reward_func`` test), were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GERNIM = "gernim/lora-reward-density"
GERNIM_AT = "tests/test_outcome_reward.py@d3c2b0c7d0f222b3aa1f34f84055317d0c035872"
MECH = "OpenInterpretability/mechreward"
MECH_AT = "tests/test_verifiers.py@ea0e474129aa064302fdb70db37e4e0240c5cc0c"
NANOVLM = "FrankFacundo/nanovlm"
NANOVLM_AT = "tests/test_verifiers.py@e236ebd24982f317a5ac77bda5f168d2414936f0"
PROMPTING = "opentensor/prompting"
PROMPTING_AT = "tests/test_scoring.py@b40d91cf04f052d002f1ff69c6cb35a1235eb7d7"


_GERNIM = [
    # (gold_answer, completion, correctness, why)
    ("1/2", r"The answer is \boxed{1/2}", True, "same fraction, boxed"),
    ("1/2", r"The answer is \boxed{0.7}", False, "0.7 is not 1/2"),
    ("42", r"\boxed{42}", True, "mixed batch: correct"),
    ("42", r"\boxed{43}", False, "mixed batch: wrong integer"),
    ("0", r"\boxed{0}", True, "mixed batch: zero"),
    ("0", r"\boxed{0.0}", True, "mixed batch: 0.0 equals 0"),
    ("1", r"\boxed{1}", True, "custom reward values: correct scores 10.0"),
    ("1", r"\boxed{1} more text", True, "boxed answer followed by text"),
    ("42", "totally not math at all", False, "no answer in the completion"),
]

_MECH = [
    # (gold, completion, expected, why)
    (
        "2",
        "She has 3 - 1 = 2 apples left. The answer is 2.",
        True,
        "gsm8k_verifier; gold from the prompt's '#### 2'",
    ),
    ("2", "She has 5 apples.", False, "gsm8k_verifier; gold from the prompt's '#### 2'"),
    (
        "7",
        r"The answer is \boxed{7}.",
        True,
        r"math_boxed; gold from the prompt 'Compute: 3 + 4. \boxed{7}'",
    ),
    ("10", r"\boxed{11}", False, r"math_boxed; gold from the prompt '\boxed{10}'"),
]

_NANOVLM = [
    # (answer, prediction, expected, wrap, why)
    ("42", "the answer is 42", True, False, "numeric_reward strict match (also reward_record)"),
    ("42", "the answer is 41", False, False, "numeric_reward: 41 is not 42"),
    ("42", r"work...\boxed{42}", True, False, "numeric_reward uses the boxed value"),
    ("x+1", "x+1", True, True, "math_equivalence_reward: identical expression"),
]

_PROMPTING = [
    # (reference, completion, math_score == 1.0, wrap, why)
    ("0.5", "0.5", True, True, "expression parsing: same decimal"),
    ("0.5", "1/2", True, True, "expression parsing: fraction equals 0.5"),
    ("0.5", "1-0.5", True, True, "expression parsing: 1-0.5 evaluates to 0.5"),
    ("0.5", "2*0.25", True, True, "expression parsing: 2*0.25 evaluates to 0.5"),
    ("1000", "1e3", True, True, "exponent notation equals 1000"),
    ("1000", "-1e3", False, True, "exponents: sign differs, score 0.0"),
    ("1000", "1e-3", False, True, "exponents: 0.001 is not 1000, score 0.0"),
    ("1000", "-1e-3", False, True, "exponents: -0.001 is not 1000, score 0.0"),
    ("1.0", "1.0.", True, False, "punctuation: trailing sentence period"),
    ("1.0", "1.0", True, True, "punctuation: same number"),
    ("1.0", "1.0.0", False, True, "punctuation: 1.0.0 is not a number, score 0.0"),
    ("1.0", "1,", True, False, "punctuation: trailing comma"),
    ("23", "-20", False, True, "negative numbers: score 0.0"),
    ("23", "-23", False, True, "negative numbers: sign differs, score 0.0"),
    ("23", "23", True, True, "negative numbers test: same integer"),
    ("23", "1000", False, True, "negative numbers test: score 0.0"),
    ("23", "2*10+3", True, True, "expression 2*10+3 evaluates to 23"),
    ("0", "0", True, True, "zeros: same"),
    ("0", "0.001", False, True, "zeros: 0.001 is not 0, score 0.0"),
    ("0", "-0.0", True, True, "zeros: -0.0 equals 0"),
    ("0", "-0.001", False, True, "zeros: -0.001 is not 0, score 0.0"),
    ("0", "0.0001", False, True, "zeros: 0.0001 is not 0, score 0.0"),
]


def _cases() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for gold, pred, ok, why in _GERNIM:
        out.append(_c(GERNIM, GERNIM_AT, gold, pred, False, ok, why))
    for gold, pred, ok, why in _MECH:
        out.append(_c(MECH, MECH_AT, gold, pred, False, ok, why))
    for gold, pred, ok, wrap, why in _NANOVLM:
        out.append(_c(NANOVLM, NANOVLM_AT, gold, pred, wrap, ok, why))
    for gold, pred, ok, wrap, why in _PROMPTING:
        out.append(_c(PROMPTING, PROMPTING_AT, gold, pred, wrap, ok, why))
    return out


CASES: list[dict[str, object]] = _cases()

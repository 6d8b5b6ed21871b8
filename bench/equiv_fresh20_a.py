r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "a", first part: the
second part, with the GSM8K reward suites of eight more repositories, is equiv_fresh20_a2.py).

Cases are transcribed from Python test files of small RL / evaluation / reward repositories that no
earlier set used (checked against bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and claimed in /work/wt/fresh20_claims before
reading at length). Each case gives the reference answer (``gold``), the prediction (``pred``: a
bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test
passes it) and the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in
``repo`` on github.com. Strings are the values Python reads from the test (a test's ``"\\boxed"``
is stored as ``r"\boxed"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted):

- MurtazaKafka/reasoning ``tests/test_text_extraction.py``
  @ bcf5ca372b334cc1d62cd32f9ae03f79fc172e08: ``answers_match(a, b)``, read as (prediction,
  reference); its second argument may be a GSM8K answer (``"#### 72"``) or a sentence (``"The
  answer is 42"``), stored as the number the suite extracts from it (``why`` says so).
- Uzbekswe/verifiable-reasoning-lab ``tests/test_rlvr.py``
  @ d82c6d4836e466190dab6ea426d30ecf337984b5 (``verifier_reward`` on a numeric task) and
  ``tests/test_verification.py`` @ 17edd170bf80ae8c32e94bfabb5123192c300c75 (``verify_task``).
- Lexsi-Labs/aligntune ``tests/test_rlvr.py`` @ ebf6c69bc32dcfa45fd182596bf5f77700e252e7
  (``MathVerifiableReward.verify`` / ``.compute`` with its default ``simplify=True`` fixture).
- mayflower/boldt-posttrain-autoresearch ``tests/test_rewards.py``
  @ 537fb1436d5deb2d6083c1238db58c6406308405 (``numeric_reward``) and ``tests/test_verified_rl.py``
  @ 01911d1e1bed359e7adc4f97937a14cd30db6b29 (``math_accuracy_reward``, math-verify based).
- DaoyuanLi2816/mini-verl ``tests/unit/test_rewards.py``
  @ 39de76ad4399318d4b19e82f7a4f0d90316054c7 (``ExactAnswerRewardProvider``; ground truth 42).
- AravTewari/11868-grpo ``tests/test_gsm8k_reward.py``
  @ 25d76c48872176e57854f80570abf75d672c30b3 (``GSM8KRewardFunction.get_rewards``: 1.0 correct,
  0.1 formatted but wrong, 0.0 otherwise; the completion is the whole prompt-plus-answer text,
  its gold the answer the fixture registers for that prompt).
- forever-free1/rlite ``tests/test_gsm8k_reward.py`` @ da7d33cd3f6505a1a765586a0bbe6c5ed132404d
  (``_numbers_match``, read as (prediction, reference); ``GSM8KReward.score``: correct adds 1.0,
  a ``####`` / ``\boxed`` format adds 0.5, no number at all scores -0.5, so a score >= 1.0 is a
  correct answer and a score < 1.0 a wrong one).

Licenses: the licence files of these small repositories were not looked up; their short test
strings are quoted as test data, with attribution.

Left out, by rule: format policies (Uzbekswe's bare ``"4"`` scored 0.0 for want of a box and its
"no explicit final answer" parse error; Arav's ``"The answer is 4"`` scored 0.0 for want of a
``####`` marker); a tolerance set by configuration rather than by the values (aligntune's
``3.141592`` against ``3.141593``, True only with ``simplify=False``; its docstring says the
default symbolic path calls the pair unequal); non-math answers (Uzbekswe's logic-puzzle name
``Cleo``; rlite's ``_numbers_match("abc", ...)`` string fallback); golds the suite cannot judge
(``None``, the empty string, Arav's unregistered prompt); mayflower's ``exact`` / ``ordered_terms``
/ ``json_schema`` / language rewards (not math); aligntune's ``tests/test_rlvr_simple.py`` (it
tests inline regexes, not the grader). rlite's empty completion and mini-verl's weighted and
advantage tests carry no answer pair.

Examined without usable cases: AKHegde22/RLVR-Sci (molecule-validity rewards),
DerrickLyaaaaa/channel-contribution-rlvr (business-ledger JSON rewards),
YanCotta/reinforcement-fine-tuning-llms-with-grpo and gradients-ai/G.O.D (reward-function
plumbing), Lexsi-Labs/aligntune ``tests/test_reasoning_eval.py`` (benchmark loading),
shannan-liu1/post-train-engine (answers in custom ``<answer>`` tags: a format policy, as in
equiv_fresh3_a), bfadem/efield-practice-app (a per-question percent tolerance on physics
components: configuration, not equivalence). Repositories found only through ``find_string``
hits, whose name could not be recovered, were not used (among them a test file of an ``rlvr``
package with ``answers_equivalent`` tables).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case

MURTAZA = "MurtazaKafka/reasoning"
MURTAZA_AT = "tests/test_text_extraction.py@bcf5ca372b334cc1d62cd32f9ae03f79fc172e08"
UZB = "Uzbekswe/verifiable-reasoning-lab"
UZB_RLVR = "tests/test_rlvr.py@d82c6d4836e466190dab6ea426d30ecf337984b5"
UZB_VER = "tests/test_verification.py@17edd170bf80ae8c32e94bfabb5123192c300c75"
ALIGN = "Lexsi-Labs/aligntune"
ALIGN_AT = "tests/test_rlvr.py@ebf6c69bc32dcfa45fd182596bf5f77700e252e7"
BOLDT = "mayflower/boldt-posttrain-autoresearch"
BOLDT_REW = "tests/test_rewards.py@537fb1436d5deb2d6083c1238db58c6406308405"
BOLDT_VRL = "tests/test_verified_rl.py@01911d1e1bed359e7adc4f97937a14cd30db6b29"
MINIVERL = "DaoyuanLi2816/mini-verl"
MINIVERL_AT = "tests/unit/test_rewards.py@39de76ad4399318d4b19e82f7a4f0d90316054c7"
ARAV = "AravTewari/11868-grpo"
ARAV_AT = "tests/test_gsm8k_reward.py@25d76c48872176e57854f80570abf75d672c30b3"
RLITE = "forever-free1/rlite"
RLITE_AT = "tests/test_gsm8k_reward.py@da7d33cd3f6505a1a765586a0bbe6c5ed132404d"

_ARAV_Q1 = "Question: What is 2+2?\nAnswer: Let's think step by step.\n"
_ARAV_Q2 = "Question: What is 10*5?\nAnswer: Let's think step by step.\n"
_ARAV_Q3 = "Question: How many apples?\nAnswer: Let's think step by step.\n"

# (repo, where, gold, pred, wrap, expected, why), in the order of each file.
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- MurtazaKafka/reasoning: answers_match(pred, ref) -----------------------------------
    (MURTAZA, MURTAZA_AT, "72", "72", True, True, 'reference "#### 72" (GSM8K), extracted'),
    (MURTAZA, MURTAZA_AT, "72", "72", True, True, "identical"),
    (MURTAZA, MURTAZA_AT, "42", "42", True, True, 'reference "The answer is 42", extracted'),
    (MURTAZA, MURTAZA_AT, "1,000", "1000", True, True, "thousands comma"),
    (MURTAZA, MURTAZA_AT, "10", "10.0", True, True, "trailing .0"),
    (MURTAZA, MURTAZA_AT, "10.5", "10.5", True, True, "identical decimal"),
    (MURTAZA, MURTAZA_AT, "1/2", "0.5", True, True, "fraction vs decimal"),
    (MURTAZA, MURTAZA_AT, "1/4", "0.25", True, True, "fraction vs decimal"),
    (MURTAZA, MURTAZA_AT, "-42", "-42", True, True, "negative, identical"),
    (MURTAZA, MURTAZA_AT, "42", "-42", True, False, "sign differs"),
    (MURTAZA, MURTAZA_AT, "10", "10.0", True, True, "test_floating_point_tolerance"),
    (MURTAZA, MURTAZA_AT, "42", "42.00", True, True, "trailing zeros"),
    (MURTAZA, MURTAZA_AT, "10.2", "10.1", True, False, "different decimals"),
    (MURTAZA, MURTAZA_AT, "101", "100", True, False, "different integers"),
    # --- Uzbekswe/verifiable-reasoning-lab ---------------------------------------------------
    (UZB, UZB_RLVR, "4", r"\boxed{4}", False, True, "verifier_reward == 1.0 (numeric)"),
    (UZB, UZB_RLVR, "4", r"\boxed{5}", False, False, "verifier_reward == 0.0"),
    (UZB, UZB_VER, "1/2", r"Therefore \boxed{0.5}", False, True, "symbolic_equivalence"),
    (UZB, UZB_VER, "4", r"\boxed{5}", False, False, 'status "incorrect"'),
    # --- Lexsi-Labs/aligntune: MathVerifiableReward (simplify=True) --------------------------
    (ALIGN, ALIGN_AT, "42", "The answer is 42", False, True, "verify is True"),
    (ALIGN, ALIGN_AT, "42", "The answer is 10", False, False, "verify is False"),
    (ALIGN, ALIGN_AT, "42", "The answer is: 42", False, True, "colon after 'is'"),
    (ALIGN, ALIGN_AT, "42", "The answer is 42", False, True, "compute == 1.0"),
    (ALIGN, ALIGN_AT, "42", "The answer is 10", False, False, "compute == 0.0"),
    (ALIGN, ALIGN_AT, "4", "The answer is 2 + 2", False, True, "symbolic comparison (sympy)"),
    (
        ALIGN,
        ALIGN_AT,
        "42",
        "This is a question without an answer",
        False,
        False,
        "no answer extracted",
    ),
    # --- mayflower/boldt-posttrain-autoresearch ----------------------------------------------
    (BOLDT, BOLDT_REW, "42", "42", True, True, "numeric_reward == 1 (value 42)"),
    (BOLDT, BOLDT_REW, "2", "2", True, True, "numeric_reward positive == 1.0 (value 2)"),
    (BOLDT, BOLDT_REW, "2", "3", True, False, "numeric_reward negative == 0.0"),
    (
        BOLDT,
        BOLDT_VRL,
        r"\frac{1}{3}",
        r"\boxed{\frac{1}{3}}",
        False,
        True,
        "math_accuracy_reward == [1.0]",
    ),
    (BOLDT, BOLDT_VRL, "3", "2", True, False, "math_accuracy_reward == [0.0]"),
    # --- DaoyuanLi2816/mini-verl: ExactAnswerRewardProvider (ground truth 42) ----------------
    (MINIVERL, MINIVERL_AT, "42", "42", True, True, "raw_reward == 1.0"),
    (MINIVERL, MINIVERL_AT, "42", "41", True, False, "raw_reward == 0.0, answer_mismatch"),
    # --- AravTewari/11868-grpo: GSM8KRewardFunction.get_rewards ------------------------------
    (ARAV, ARAV_AT, "4", _ARAV_Q1 + " 2+2=4 #### 4", False, True, "reward 1.0"),
    (ARAV, ARAV_AT, "4", _ARAV_Q1 + " 2+2=5 #### 5", False, False, "0.1: formatted, wrong"),
    (ARAV, ARAV_AT, "4", _ARAV_Q1 + " #### 4", False, True, "batch: 1.0"),
    (ARAV, ARAV_AT, "50", _ARAV_Q2 + " #### 99", False, False, "batch: 0.1, wrong"),
    (ARAV, ARAV_AT, "1234", _ARAV_Q3 + " no number here at all", False, False, "batch: 0.0"),
    (ARAV, ARAV_AT, "1234", _ARAV_Q3 + " #### 1,234", False, True, "comma answer: 1.0"),
    # --- forever-free1/rlite: _numbers_match(pred, ref) ----------------------------------------
    (RLITE, RLITE_AT, "72", "72", True, True, "exact integers"),
    (RLITE, RLITE_AT, "3", "3.0", True, True, "float equivalence"),
    (RLITE, RLITE_AT, "3.14", "3.140", True, True, "trailing zero"),
    (RLITE, RLITE_AT, "-5", "-5", True, True, "negative"),
    (RLITE, RLITE_AT, "6", "5", True, False, "different values"),
    # --- forever-free1/rlite: GSM8KReward.score (>= 1.0 correct) ------------------------------
    (RLITE, RLITE_AT, "2", "We have 1+1 which is 2.\n#### 2", False, True, "1.5"),
    (RLITE, RLITE_AT, "2", r"Let's solve: 1+1=2, so \boxed{2}", False, True, "1.5"),
    (RLITE, RLITE_AT, "2", "The answer should be 2.", False, True, "1.0: last number"),
    (RLITE, RLITE_AT, "2", "I think #### 3", False, False, "0.5: format only"),
    (RLITE, RLITE_AT, "2", "The answer is probably 3.", False, False, "0.0"),
    (RLITE, RLITE_AT, "2", "I don't know the answer.", False, False, "-0.5: no number"),
    (RLITE, RLITE_AT, "2.5", "10/4 = 2.5\n#### 2.5", False, True, "decimal target: 1.5"),
    (RLITE, RLITE_AT, "-3", "5-8 = -3\n#### -3", False, True, "negative target: 1.5"),
    (RLITE, RLITE_AT, "5", "#### 5", False, True, "custom weights: 2.0 exact"),
    (RLITE, RLITE_AT, "10", "Step by step: ...\n#### 10", False, True, "pipeline: 1.5"),
    (RLITE, RLITE_AT, "20", "#### 25", False, False, "pipeline: 0.5, wrong"),
    (RLITE, RLITE_AT, "30", "I think the answer is 30.", False, True, "pipeline: 1.0"),
    (RLITE, RLITE_AT, "40", "...", False, False, "pipeline: -0.5, no answer"),
]

CASES: list[dict] = [
    collected_case(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "d", second part:
issue and pull-request threads of LLM evaluation and reward code, in repositories no earlier set
used, where a user or maintainer reports that the answer grader judged a model's answer wrongly
and gives a concrete (reference, answer) pair; the online-homework checkers' threads are in
equiv_fresh12_d.py).

``where`` is ``issues/N`` or ``pull/N`` in ``repo``; ``gold`` is the reference answer, ``pred``
the model's answer (``wrap`` True: a bare answer to be put in ``\boxed{}``; False: the completion
text as the thread quotes it) and ``expected`` the mathematical fact the thread states. Strings
are the thread's. Do not tune the judge on these cases.

Sources (threads read through the "issues" corpus; repositories claimed in
/work/wt/fresh12_claims):

- antirez/ds4 pull 319 ("ds4-eval: fix four answer-grader false negatives + golden self-tests";
  the C answer grader of the ds4 inference engine's built-in AIME/GPQA eval): the integer lines
  it quotes, graded as their first number before the fix and as the value after the last ``=``
  after it, and the preserved ``Final answer: 082`` case. The self-test code itself was not
  transcribed: the stored copies of the later ``eval_extract.c`` carry no nameable repository and
  the stored ``ds4_eval.c`` versions predate the self-tests (snapshot 8d576642, ``ds4_eval.c`` @
  4bedc403).
- meta-math/MetaMath issue 23 (``eval_gsm8k.py`` rounds a decimal answer to an integer).
- zjunlp/TRICE issue 2 (the answer regex reads ``100,000`` as ``100``).
- night-chen/ToolQA issue 5 (exact match marks ``4.0`` vs ``4`` and ``50$`` vs ``50`` wrong).
- jsboige/CoursIA (a French course on generative AI; its RLVR notebook's math reward) issue 12438
  and pull 15308.
- lupantech/MathVista issue 7 (a string-matching score on a rounded gold; the maintainers keep the
  gold, so the model's 2.5454... stays incorrect).
- noonghunna/benchlocal-cli issue 74 (a ReasonMath scorer; a numerically wrong answer that must stay
  wrong).

Left out: ds4 pull 319's multiple-choice and COMPSEC (line-number) fixes and its trace-regrade
fix (not math equivalence); multiple-choice letter reports (open-compass/MMBench 56, EvolvingLMMs-
Lab/lmms-eval 657); RLHFlow/Online-DPO-R1 issue 11 (repeats the three ``_test_math_equal`` pairs
already collected from huggingface/Math-Verify issue 2); skylight-org/skylight-research issue 34
(predictions quoted after a ``sed`` rewrite, not faithful); hiyouga/EasyR1 pull 382 (the
``Answer: $13$`` format: the maintainer calls it an answer-format choice) and pull 26 (a format
bonus, no pair); huggingface/cookbook 335, open-r1 293 and rllm 63 (reward constants, no pair);
sgl-project/sglang pull 29933 and NousResearch/atropos pull 300 (extraction from run-on few-shot
text, no stated pair; atropos snapshot 296a0bc5 has no math-answer tests); Luce-Org/lucebox pull
112 (a bot review without a pair); MMMU-Benchmark/MMMU 22 and EleutherAI/math-lm 79 (no pair);
DeepSeek-Coder 175 (an escaping remark, no pair); Calcpad 111 and numi 132 (calculators, not
graders); curie-eng/curie 620 (not math). CoursIA pull 12505's tolerant tokens (``42 km``,
``22.2 C``, ``0.9999999``) come without references.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DS = "antirez/ds4"
MM = "meta-math/MetaMath"
TR = "zjunlp/TRICE"
TQ = "night-chen/ToolQA"
CI = "jsboige/CoursIA"
MV = "lupantech/MathVista"
BL = "noonghunna/benchlocal-cli"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- antirez/ds4 ds4-eval integer grader (pull 319)
    (
        DS,
        "pull/319",
        "293",
        "Answer: m+n = 256+37 = 293",
        False,
        True,
        "graded as the first summand 256 before the fix; should be 293",
    ),
    (
        DS,
        "pull/319",
        "62",
        "Answer: a+b+c = 12+25+25 = 62",
        False,
        True,
        "graded as 12 before the fix; should be 62",
    ),
    (
        DS,
        "pull/319",
        "81",
        "Answer: 2*7 + 3*6 + ... = 81",
        False,
        True,
        "graded as 2 before the fix; should be 81 (the thread's elision kept)",
    ),
    (
        DS,
        "pull/319",
        "82",
        "Final answer: 082",
        False,
        True,
        "leading zero: 'Final answer: 082' -> 82 is preserved",
    ),
    # --- meta-math/MetaMath eval_gsm8k.py
    (
        MM,
        "issues/23",
        "9",
        "8.5",
        True,
        False,
        "rounding 8.5 to 9 counts a wrong answer correct; stricter eval asked",
    ),
    # --- zjunlp/TRICE math evaluation
    (
        TR,
        "issues/2",
        "100000",
        "100,000",
        True,
        True,
        "regex read 100,000 as 100; the model's answer is correct",
    ),
    # --- night-chen/ToolQA exact match
    (TQ, "issues/5", "4", "4.0", True, True, "exact match marks 4.0 wrong against 4"),
    (TQ, "issues/5", "50", "50$", True, True, "exact match marks 50$ wrong against 50"),
    # --- jsboige/CoursIA: RLVR notebook math reward
    (
        CI,
        "issues/12438",
        "1234",
        "The answer is $1,234.00",
        False,
        True,
        "exact-match reward fails on currency and thousands separator; should pass",
    ),
    (
        CI,
        "pull/15308",
        "42",
        "The answer is 43",
        False,
        False,
        "reward 0.5 = extracted but wrong: never counted correct",
    ),
    # --- lupantech/MathVista: rounded gold
    (
        MV,
        "issues/7",
        "2.54",
        "2.5454545454545454",
        True,
        False,
        "56/22 = 2.5454..., rounds to 2.55, not the gold 2.54; kept incorrect",
    ),
    # --- noonghunna/benchlocal-cli: ReasonMath
    (
        BL,
        "issues/74",
        "5721.24 / 721.24",
        "5721.34 / 721.34",
        True,
        False,
        "RM-13 must remain a real arithmetic failure",
    ),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

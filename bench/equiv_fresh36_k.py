r"""A thirty-sixth fresh set of answer-equivalence cases (evaluation only; helper "k":
answer-verifier benchmarks and human-labelled (reference, model answer) studies -- none left
unused, so the few cases here come from two small grader test suites found on the way).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh36_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- MeghanBao/AutoAgentLab ``tests/test_check_answer.py`` @
  d7a48c524e970f00aa63488ad843c96eaad5f5e7 (``Evaluator._check_answer(response, expected)``
  asserted true / false, "no LLM calls required"; argument order from
  ``autoagentlab/evaluator.py``: the response is a whole sentence, so ``wrap=False``). MIT
  (``LICENSE``).
- ChihayaAine/CARL ``tests/test_rewards.py`` @ e3ed6072cdd15affadf35dd80efe30260ed189d4
  (``math_exact_match(prediction, target) == 1.0 / 0.0`` from ``carl/rewards/math.py``). No
  license file.

Left out, by rule: AutoAgentLab's non-maths rows (``Paris``, ``H2O``, ``carbon dioxide``,
``Yes`` / ``No``, the ``same|equal|neither`` word alternatives, the empty response); its
``"The answer is 195.0"`` against ``"195|195.0"`` (the gold is the suite's own pipe syntax for
alternatives, not an answer; the same response against the plain ``"195"`` is kept); its
``78.54`` against ``78.53`` row (accepted only by the suite's 1 % relative-tolerance policy, not
a value equality). CARL's ``qa_token_f1`` tests (text-overlap scores, not maths).

Examined and not used (the focus was labelled verification data; every such set that could be
reached is used or claimed already): bethgelab/sober-reasoning (``data.json`` holds leaderboard
scores only), artefactory/BERT-as-a-Judge (task loaders and judges, no labelled data in the
repository), THUDM/ChatGLM-Math (its MathUserEval judgments are GPT-4's, not people's),
open-compass/CompassJudger (README and an image only), zai-org/GLM-4.5 and MiniMax-AI/MiniMax-M1
(no evaluation code or data), DeDuva/duva-bench (``tests/test_grading.py`` tests a grader
sandbox, not answers). Leads whose repositories were already used or claimed: the VerifierBench
``gold_judgment`` rows (only in open-compass/CompassVerifier's README), IneqMath's hand-labelled
bound-answer examples (lupantech/ineqmath), svemyh/understanding-missteps-evals,
scitix/sieval's IMO-AnswerBench false-negative RFC, noonghunna/benchlocal-cli's ReasonMath
accepted forms, open-thoughts/open-thoughts, lab-v2/ChatGPT_MWP_eval, and every repository
listed for the paths ``tests/test_math_grader.py``, ``tests/test_math_verify.py``,
``tests/test_math_reward.py``, ``tests/test_math_equal.py``, ``tests/test_answer_equivalence.py``,
``tests/test_aime.py``, ``tests/test_math500.py``, ``tests/test_math_scorer.py``,
``tests/test_math_eval.py`` and ``tests/test_reward_math.py`` (forks of used suites, such as
vinjn/cosmos-rl, yuanhangsu1986/Skills-FC and philluiz2323/minirouter, were skipped as copies).
Could not be fetched: SalesforceAIResearch/Hard2Verify (step-level labels in any case).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AAL = "MeghanBao/AutoAgentLab"
AAL_AT = "tests/test_check_answer.py@d7a48c524e970f00aa63488ad843c96eaad5f5e7"
CARL = "ChihayaAine/CARL"
CARL_AT = "tests/test_rewards.py@e3ed6072cdd15affadf35dd80efe30260ed189d4"

CASES = [
    # AutoAgentLab: Evaluator._check_answer(response, expected), numeric rows
    _c(
        AAL,
        AAL_AT,
        gold=r"195",
        pred=r"The result is 195.",
        wrap=False,
        expected=True,
        why="test_integer_in_sentence",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"195",
        pred=r"The answer is 195.0",
        wrap=False,
        expected=True,
        why="test_float_matches_integer",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"45.0",
        pred=r"The answer is 45",
        wrap=False,
        expected=True,
        why="test_integer_matches_float_expected",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"9716",
        pred=r"The product is 9,716.",
        wrap=False,
        expected=True,
        why="test_number_with_comma_thousands",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"-10",
        pred=r"The temperature is -10 degrees.",
        wrap=False,
        expected=True,
        why="test_negative_number",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"0.375",
        pred=r"0.375 is the decimal form.",
        wrap=False,
        expected=True,
        why="test_decimal_match",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"195",
        pred=r"The answer is 200.",
        wrap=False,
        expected=False,
        why="test_numeric_mismatch",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"0",
        pred=r"The result is 0.",
        wrap=False,
        expected=True,
        why="test_zero_expected",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"300000000",
        pred=r"Speed of light is 3e8 m/s.",
        wrap=False,
        expected=True,
        why="test_scientific_notation_response",
    ),
    _c(
        AAL,
        AAL_AT,
        gold=r"8",
        pred=r"There are 80 planets.",
        wrap=False,
        expected=False,
        why="test_expected_in_longer_word (80 is not 8)",
    ),
    # CARL: math_exact_match(prediction, target)
    _c(
        CARL,
        CARL_AT,
        gold=r"42",
        pred=r"The answer is \boxed{42}.",
        wrap=False,
        expected=True,
        why="test_math_exact_match_boxed (== 1.0)",
    ),
    _c(
        CARL,
        CARL_AT,
        gold=r"42",
        pred=r"Answer: 41",
        wrap=False,
        expected=False,
        why="test_math_exact_match_boxed (== 0.0)",
    ),
]

r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "d": math-answer
checks of LLM tooling ecosystems no earlier set used: a metric library, a prompt-flow / agent
evaluation toolkit and a prompting framework).

``where`` is ``path@commit`` in ``repo`` on github.com; ``gold`` is the reference answer, ``pred``
the model's answer (``wrap`` True: a bare answer to be put in ``\boxed{}``, as each suite passes a
bare, already extracted answer), ``expected`` the verdict the source asserts or documents. Strings
are the values Python reads from the source (a ``"\\frac{1}{2}"`` is stored as ``r"\frac{1}{2}"``).
Do not tune the judge on these cases.

Sources (repositories claimed in /work/wt/fresh14_claims):

- huggingface/evaluate ``metrics/competition_math/README.md``
  @ a7dd338386a4fae9a1767e05eb9ef9479513d9e8 (the ``competition_math`` metric, a wrapper of
  hendrycks' ``math_equivalence.is_equiv``; its documented examples: maximal, minimal and partial
  match, the last read per item from ``accuracy 0.5`` since ``1/5`` cannot equal ``\frac{1}{2}``;
  ``competition_math.py``'s docstring repeats the first), Apache-2.0.
- microsoft/promptflow ``examples/flows/evaluation/eval-chat-math-maf/test_eval.py`` and
  ``examples/flows/evaluation/eval-accuracy-maths-to-code-maf/test_eval.py``
  @ 6e76ef49beda52187d8ae38d710632cfeabedde4 (the evaluation flows of the chat-math and
  maths-to-code samples: the first compares numbers and ``a/b`` fractions at 10 decimals, its
  ``-1`` is the flow's "incorrect" score; the second rounds both floats to 2 decimals, so its
  ``3.14`` vs ``3.1415926`` verdict is that tolerance policy, kept as the suite asserts it), MIT.
- stanfordnlp/dspy ``tests/evaluate/test_metrics.py`` @ 4ed377ee9110e912d4f5e1be43b317b87455053c
  (``answer_exact_match`` on "What is 1+1?"), MIT.

Left out, by rule: dspy's list-of-golds any-match test; promptflow's exception paths
(``JSONDecodeError`` / ``Unknown Error:`` predictions, ``No module named 'numpy'``), the unlabelled
rows of its ``data.jsonl`` / ``test_data.jsonl`` (the tests assert only that a score is an int) and
the print-only ``__main__`` blocks of the non-MAF ``line_process.py`` files (including ``2/3`` vs
``the answer is \box{2/3}``, which has no asserted verdict); dspy's MATH note on
``\left[\frac{1}{2}, \frac{4}{3}\right]`` (no prediction).

Searched without finding a usable source (the "issues" corpus budget ran out after three
queries, so issue threads could not be followed further): the issue hits were in used or claimed
repositories (lm-evaluation-harness 1204 / 2212 / 4031, Qwen2.5-Math 29, Math-Verify 2,
VLMEvalKit 651, evalscope 1537 and pull 903, lighteval 686 / pull 688, lmms-eval pull 1508,
inspect_ai 5259, ai-dynamo/aiperf pull 1045, scitix/sieval pull 1, Doenet, oppia, Numbas, Khan,
Ximera, cortex-js) or had no (gold, prediction) pair (sglang pull 3114 and 29933,
ovg-project/kvcached pull 171, Mathics3/mathics-core 200, a symbolic ``g[2] == g[3]``).
NVIDIA/Megatron-LM ``tests/unit_tests/rl/test_rl_agents.py`` (verdicts forced by a mocked
``math_verify``, string equality), microsoft/FLAML's autogen math tests (print only, no assert),
QwenLM/Qwen-Agent, QwenLM/Qwen3, InternLM/InternLM-Math, InternLM/lagent, microsoft/autogen,
openai/gpt-oss, microsoft/agent-lightning (``calc_x/eval_utils.py`` has no asserted math pair),
agentscope-ai/agentscope and zou-group/textgrad (no math-answer test), openai/evals and
SylphAI-Inc/AdalFlow (string / fuzzy match of words, not math), braintrustdata/autoevals
(``NumericDiff`` is a continuous score), mlcommons/inference (accuracy scripts without tests);
ggml-org/llama.cpp, sgl-project/sglang, vllm-project/vllm and ag2ai/ag2 snapshots are over the
size limit; llm-jp/llm-jp-eval has no stored snapshot.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EV = "huggingface/evaluate"
EV_AT = "metrics/competition_math/README.md@a7dd338386a4fae9a1767e05eb9ef9479513d9e8"
PF = "microsoft/promptflow"
PF_MATH = (
    "examples/flows/evaluation/eval-chat-math-maf/test_eval.py"
    "@6e76ef49beda52187d8ae38d710632cfeabedde4"
)
PF_CODE = (
    "examples/flows/evaluation/eval-accuracy-maths-to-code-maf/test_eval.py"
    "@6e76ef49beda52187d8ae38d710632cfeabedde4"
)
DS = "stanfordnlp/dspy"
DS_AT = "tests/evaluate/test_metrics.py@4ed377ee9110e912d4f5e1be43b317b87455053c"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- huggingface/evaluate competition_math (hendrycks is_equiv)
    (EV, EV_AT, r"\frac{1}{2}", "1/2", True, True, "maximal values: accuracy 1.0"),
    (EV, EV_AT, r"\frac{1}{2}", "3/4", True, False, "minimal values: accuracy 0.0"),
    (EV, EV_AT, r"\frac{1}{2}", "1/5", True, False, "partial match (0.5): 1/5 is not 1/2"),
    (EV, EV_AT, r"\frac{3}{4}", "3/4", True, True, "partial match (0.5): 3/4 matches"),
    # --- microsoft/promptflow eval-chat-math (numbers and a/b fractions)
    (PF, PF_MATH, "3/5", "6/10", True, True, "test_fraction_match: score 1"),
    (PF, PF_MATH, "1/2", "0.5", True, True, "test_float_fraction: score 1"),
    (PF, PF_MATH, "3", "5", True, False, "test_mismatch: score -1 (incorrect)"),
    # --- microsoft/promptflow eval-accuracy-maths-to-code (floats rounded to 2 places)
    (PF, PF_CODE, "1.0", "1", True, True, "test_single_correct: score 1"),
    (PF, PF_CODE, "2.1", "2.0", True, False, "test_single_incorrect: score 0"),
    (
        PF,
        PF_CODE,
        "3.14",
        "3.1415926",
        True,
        True,
        "test_batch: counted correct (both rounded to 2 decimals; tolerance policy)",
    ),
    # --- stanfordnlp/dspy answer_exact_match ("What is 1+1?")
    (DS, DS_AT, "2", "2", True, True, "test_answer_exact_match_string"),
    (DS, DS_AT, "2", "3", True, False, "test_answer_exact_match_no_match"),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "d": non-English
projects' math answer graders and their tests, and issue threads of repositories no earlier set
used).

Cases are transcribed from the test suite of a math grader that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh10 modules and
/work/wt/fresh11_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\infty"`` is stored as ``r"\infty"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- Aleph-Alpha-Research/eval-framework (Aleph Alpha, Heidelberg: the evaluation harness behind
  their German / multilingual models; its Minerva metric reads German answer phrases) @
  ec433337f9fa918a0e7b29fc0475f0403f96e3f5 (the snapshot's head; the files last changed at 73a88432
  and 28de07c7), Apache-2.0 (LICENSE):
  ``tests/tests_eval_framework/metrics/test_math_reasoning_completion.py``
  (``MathReasoningCompletion.calculate(Completion(completion=..., ground_truth=...))`` asserted
  ``1.0`` / ``0.0``; ``_is_str_correct(response, ground_truth)``, the string fallback with
  "equation sliding" (``x=5`` against ``5``); ``normalize_expression(input) == expected``, a
  normaliser mapping one string onto another, read as an equivalence as in equiv_fresh3_a.py) and
  ``tests/tests_eval_framework/metrics/test_minerva_completion.py`` (``MathMinervaCompletion``
  with ``cot_style="minerva_de"``: a German "Finale Antwort: Die finale Antwort lautet 24."
  completion graded 1.0 against ``24``; ``extract_answers(..., relaxed=True)`` reading ``24`` out
  of "Endgültige Antwort: die Antwort ist 24 ..."; the English "Final Answer: The final answer is
  24." read as ``24`` by default). A completion written as ``\boxed{...}`` or as a
  sentence is kept whole (``wrap`` False); bare answers are boxed.

Left out, by rule: the multiple-gold tests (``ground_truth`` a list such as ``["40", "41", "42"]``:
any-of-several-references, not one gold); the normaliser's identities (``1,23`` -> ``1,23``,
``\infty`` -> ``\infty``) and its non-math ``\text{hello}`` -> ``hello``; the metadata test's
``42`` vs ``42`` (asserts the metric's name, not a verdict); the repeat of ``42 dollars`` -> ``42``
(kept once, from ``calculate``); the default (English-marker) Minerva metric grading the German
completion 0.0 (an answer-marker language policy, not an equivalence verdict); the
``test_math_reasoning.py`` / ``test_gsm8k.py`` task tests (bracket-matching, ``\text{}`` splitting
and prompt-format checks, no answer pairs).

Searched without finding a usable source (stored snapshots read with git): HAE-RAE/haerae-
evaluation-toolkit (Korean; its ``math_eval`` has no equivalence tests), alibaba/ROLL
(``test_general_val_rule_reward_worker.py``: multiple-choice letters only), ai-forever/MERA and
RefalMachine/llmtf_open (Russian; no grader tests), wandb/llm-leaderboard (Nejumi, Japanese),
swallow-llm/swallow-evaluation-instruct (Japanese; its ``test_extractive_match.py`` is lighteval's,
already used), QwenLM/PolyMath, QwenLM/QwQ, aisingapore/SEA-HELM, mistralai/mistral-evals,
GAIR-NLP/OlympicArena, zwhe99/DeepMath, om-ai-lab/VLM-R1, dhcode-cpp/X-R1, mindspore-lab/mindrlhf,
RLinf/RLinf, opendilab/LightRFT, MiniMax-AI/One-RL-to-See-Them-All, ModalMinds/MM-EUREKA,
inclusionAI/AWorld, Broyojo/oerl, alibaba/ChatLearn, ChenmienTan/RL2, sii-research/siiRL,
RAGEN-AI/RAGEN, deepseek-ai/DeepSeek-Math, Tongyi-Zhiwen/QwenLong-L1, Ascend/MindSpeed-LLM,
FlagOpen/FlagScale, OpenDCAI/DataFlow (no math-equivalence assertions); YangLabHKUST/UGPhysics
(``judge.py``'s ``__main__`` prints a verdict, no expectation), MiroMindAI/MiroRL
(``test_others.py`` prints rewards); ZubinGou/math-evaluation-harness repeats ToRA's printed
``_test_math_equal``.
Labelled data: OpenLMLab/GAOKAO-Bench's GPT-4 fill-in-the-blank outputs carry no per-item label
(its subjective scores are GPT-4-1106 gradings, not gold), and CLUEbenchmark/SuperCLUE-Math6's
``scripts/sample_answer.json`` is random placeholder numbers without verdicts. No stored
snapshot (or one over the size limit): llm-jp/llm-jp-eval, HAERAE-HUB/HRM8K, ura-hcmut/MELT,
lamalab-org/chembench, PaddlePaddle/PaddleNLP, PaddlePaddle/PaddleFormers, serlo/frontend.
hkust-nlp/dart-math's ``nbs/04_eval.ipynb`` ``test_eq(math_evaluator.eq(...))`` cases were
claimed by another collector.
Issue-thread searches (corpus "issues") found only used or claimed repositories (Math-Verify,
lm-evaluation-harness, Qwen2.5-Math, evalscope, scitix/sieval, openai/simple-evals) or reports
without a concrete pair (Khan/khan-exercises, XimeraProject/server #11, davelab6/matd-dissertation
#213 (screenshots), JuiceMind/JuiceMind #1122 (screenshot)); openai/prm800k pull #19 was already
weighed and left out by equiv_fresh8_d2.py. The session's search budget ran out early, so later
candidates were read only from snapshots fetched by name.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AA = "Aleph-Alpha-Research/eval-framework"
_AA_C = "@ec433337f9fa918a0e7b29fc0475f0403f96e3f5"
_AA_T = "tests/tests_eval_framework/metrics/"
AA_MRC = _AA_T + "test_math_reasoning_completion.py" + _AA_C
AA_MIN = _AA_T + "test_minerva_completion.py" + _AA_C

_GERMAN = "Finale Antwort: Die finale Antwort lautet 24. Ich hoffe, die Antwort ist korrekt."
_GERMAN_RELAXED = "Endgültige Antwort: die Antwort ist 24 ich hoffe, sie ist korrekt."

# (where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, bool, bool, str]] = [
    # MathReasoningCompletion.calculate: TestCalculateWithNormalization
    (AA_MRC, "42", "42 dollars", True, True, "calculate: unit stripped from the response"),
    (AA_MRC, "42 dollars", "42", True, True, "calculate: unit stripped from the ground truth"),
    (AA_MRC, r"\text{42}", r"\boxed{42}", False, True, r"calculate: \boxed vs \text stripped"),
    (AA_MRC, "1000", "1,000", True, True, "calculate: thousands comma normalised"),
    # TestSymbolicEquivalence (response, ground_truth, expected)
    (AA_MRC, "2+2", "4", True, True, "calculate: numeric equivalence 4 = 2+2"),
    (AA_MRC, "2*3", "6", True, True, "calculate: numeric equivalence 6 = 2*3"),
    (AA_MRC, "x*x", "x^2", True, True, "calculate: algebraic equivalence x^2 = x*x"),
    (AA_MRC, "0.5", r"\frac{1}{2}", True, True, r"calculate: \frac{1}{2} = 0.5"),
    (AA_MRC, "4", "5", True, False, "calculate: 5 vs 4, no equivalence"),
    # TestEquationSliding: _is_str_correct(response, ground_truth)
    (AA_MRC, "5", "x=5", True, True, "_is_str_correct: response x=5 slides to 5"),
    (AA_MRC, "5", "a=b=5", True, True, "_is_str_correct: response a=b=5 slides to 5"),
    (AA_MRC, "x=5", "5", True, True, "_is_str_correct: ground truth x=5 slides to 5"),
    (AA_MRC, "a=b=5", "5", True, True, "_is_str_correct: ground truth a=b=5 slides to 5"),
    (AA_MRC, "y=5", "x=5", True, False, "_is_str_correct: x=5 vs y=5 (different variable)"),
    (AA_MRC, "x=6", "x=5", True, False, "_is_str_correct: x=5 vs x=6"),
    (AA_MRC, "6", "x=5", True, False, "_is_str_correct: x=5 vs 6 (mismatch after sliding)"),
    # TestNormalizeExpression: normalize_expression(input) == expected, read as equivalence
    (AA_MRC, "100", "100 mph", True, True, "normalize_expression: unit mph removed at end"),
    (AA_MRC, "30", "30 degrees", True, True, "normalize_expression: unit degrees removed"),
    (AA_MRC, "42", r"\boxed{42}", False, True, r"normalize_expression: \boxed{42} -> 42"),
    (AA_MRC, "42", "The answer is $42$", False, True, "normalize_expression: sentence -> 42"),
    (AA_MRC, "1000000", "1,000,000", True, True, "normalize_expression: 1,000,000 -> 1000000"),
    # MathMinervaCompletion / extract_answers with the German answer phrases
    (
        AA_MIN,
        "24",
        "Final Answer: The final answer is 24. I hope it is correct.",
        False,
        True,
        "extract_answers (default English Minerva style) reads 24",
    ),
    (AA_MIN, "24", _GERMAN, False, True, "MathMinervaCompletion(cot_style='minerva_de') 1.0"),
    (
        AA_MIN,
        "24",
        _GERMAN_RELAXED,
        False,
        True,
        "extract_answers(cot_style='minerva_de', relaxed=True) reads 24",
    ),
]

CASES: list[dict] = [_c(AA, w, g, p, wr, e, why) for w, g, p, wr, e, why in _ROWS]

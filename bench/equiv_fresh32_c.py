r"""A thirty-second fresh set of answer-equivalence cases (evaluation only; helper "c":
reward-function and verifier test suites of small RL / evaluation projects for reasoning models
(GRPO reward tests, GSM8K / MATH eval harnesses, GAIA-style numeric scorers)).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh32_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- enesozeren/latent-space-thinking-model ``tests/test_rewards.py``
  @ 3300a554d4484488f79534a3a461e2f30eb33417 (``accuracy_reward(completions=..., answers=...)``,
  a math-verify GRPO reward, asserted ``[1.0, ...]`` / ``[0.0, ...]`` on whole
  ``<think>..</think><answer>..</answer>`` completions; ``answers`` is ``gold``). At this commit
  ``src/train/rewards.py`` names the keyword ``answer``, so the suite looks stale there; the
  verdicts are the authors' stated expectations. Also the same file
  @ 6029e873f4553ee2a565906e7373ff72caa0eaee: its two un-mocked verdicts
  (``test_accuracy_reward_numeric_equal``, ``test_accuracy_reward_dict_based``). No license file.
- basetenlabs/relex-replication ``tests/test_scoring.py``
  @ 445121ba73997ec2d749aab14c6e1ae4b1c93a4a (``math_equal(official_extractor()(response), gold)``
  of a vendored official checker, asserted ``is True`` / ``is False``, and the training
  ``math_reward`` golden cases 1.0 / 0.0; ``response`` is ``pred``, whole). One row,
  ``\boxed{10000}`` vs ``10{,}000``, is asserted False but commented "Known false negative of the
  official checker, kept as-is": it is stored with ``expected=True`` (the authors' own verdict on
  the value) and says so in ``why``. No license file (find_files LICENSE: none).
- greynewell/mcpbr ``tests/test_benchmarks.py`` @ 1c502b97d4e2cdb222733ca3c396195db2d588e1
  (``GSM8KBenchmark._compare_answers(answer1, answer2)``, asserted ``is True`` / ``is False``;
  floats are written as Python prints them; the evaluate tests call it as
  ``(extracted_response, extracted_ground_truth)``, so ``answer2`` is taken as ``gold``; the two
  evaluate tests are stored as whole solutions against the gold extracted from ``#### 4``). MIT.
- AbhiGuru25/Recursive-self-improvement-RSI ``tests/test_answers.py`` and
  ``tests/test_verifiers.py`` @ 0da4a596184b806cc4b22905cc7d264511fc24b7 (``answers_match(a, b)``,
  first argument taken as ``pred``; ``OracleVerifier().verify(q, solution, gold_answer=...)``
  ``.accepted``; the ``calibrate_verifier`` row comment "correct, correct, wrong, correct").
  MIT (``LICENSE`` @ dd911fa35e35345eb942535d5f1bab060fbed97d).
- stateset/stateset-agents ``tests/unit/test_gsm8k.py`` and ``tests/unit/test_task_adapters.py``
  @ ccad233c01810b5b68ced302f8847a20e61bcfb4 (``GSM8KReward`` / ``PartialCreditGSM8KReward``
  ``.compute_reward(turns, context={"gold_answer": 42.0})`` score 1.0 / 0.0 and
  ``GSM8KAdapter.score_response(example, text)`` score; ``gold_answer`` is the float ``42.0``,
  stored as ``42.0``). Business Source License 1.1 (``LICENSE``).
- liyanxiong278176/cc-harness ``tests/eval/test_gaia_grader.py``
  @ c9ed95282870437f4fba8431e8aa0f5139d5d547 (a port of GAIA's official
  ``question_scorer(model_answer, ground_truth)``, asserted ``is True`` / ``is False``; numeric
  rows only). No license file.
- MarkAZhang/gaia-agent ``tests/evaluators/test_gaia_score_evaluator.py``
  @ b53f5363ad7df1c367195eff810a3eeb7c645f43 (GAIA ``question_scorer(model_answer,
  ground_truth)`` asserted ``is True`` / ``is False``; numeric and all-number-list rows only).
  No license file.
- mattyv/mimir-protocol ``tests/test_burst.py`` @ cd70c9615e71e0e0d67daf05c802ec67d7ff5834
  (``answers_match(pred, gold)``, GSM8K numeric match; the file is gone at the later HEAD).
  No license file.
- shaik-shahansha/manthan ``tests/test_reward_functions.py``
  @ 5fbf9c797f4ed95aa6a72e5d9976c93272741b50 (``answer_correctness_reward(completion, gt)``
  == 1.0 / 0.0 on a tool-use completion ending in ``<final_answer>391</final_answer>``).
  No license file.

Left out, by rule: format / process policies that are not about the answer's value (missing
``<answer>`` or ``<final_answer>`` tags, several answer tags, no ``\boxed`` in the answer tag,
enesozeren's ``<answer>The answer is 4</answer>`` row that is 0.0 only because the reward needs a
LaTeX anchor, format rewards, think-tag checks), no-answer / empty / ``None`` predictions and
missing or unparseable golds (reward ``None`` or 0.0 by policy), every case whose verdict comes
from a mocked ``parse`` / ``verify`` (enesozeren @ 6029e87), partial-credit scores with no binary
verdict (stateset's ``PartialCreditGSM8KReward`` 0.5 / 0.2 tiers, manthan's ``>= 0.5`` /
``>= 0.9`` rows), non-default tolerances set by the test (stateset ``GSM8KReward(tolerance=0.01)``),
extraction-only and normalisation-only assertions (``extract_answer``, ``_parse_number``,
``normalize_answer``, ``normalize_number_str``, ``split_string``), non-mathematical rows (GAIA
word answers such as ``Paris`` / ``hello``, mixed word-number lists, manthan's ``Paris`` row,
tool-call / code / knights-and-knaves / IFEval rewards), and exact repeats of a (gold, pred,
verdict) triple within one source (RSI's second ``#### 42`` calibration row, its
``normalize_answer("42") == normalize_answer("42.0")`` row, MarkAZhang's evaluator ``42`` row).

Examined and not used: joanvelja/verifiers (``tests/test_math_rubric.py`` identical to the used
upstream), Ruiqingw/Math-RL (print-only PRM script), agi-2026/math-rl and
LittleDijkstraZ/AIMO (no tests), ScottBiggs2/EntropyTree-GRPO-Dev (code rewards),
Sunshine535/nips-grpo-dynamics and nhockid235/xling-grpo-sub3b (no answer tests),
harthik200620/cogito (Countdown), joenaess/repl_unsafe_grpo (LLM-judge reward),
CHERUGAD/stepwise-dpo, RewardMultiverse/reward-multiverse, kkwarchiefs/reward_model (no math
verdicts), pen9rum/ANT, mishgon/decomposer (no answer tests), TGreen87/gaia-agent-forge,
gaia-agent/gaia-agent, elainestudy/gaia-agent-eval, leevicode/gaia-agent, lah-rb/ouroboros (no
scorer tests in the stored snapshot), theoschiff/TheElicitors and VOXXXX1874/CSCI5370Project (no
tests). Antares5/WeDLM-PostTraining (a GSPO smoke test with math_reward asserts) was claimed in
an earlier round and skipped.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ENES = "enesozeren/latent-space-thinking-model"
ENES_AT = "tests/test_rewards.py@3300a554d4484488f79534a3a461e2f30eb33417"
ENES_AT2 = "tests/test_rewards.py@6029e873f4553ee2a565906e7373ff72caa0eaee"

RELEX = "basetenlabs/relex-replication"
RELEX_AT = "tests/test_scoring.py@445121ba73997ec2d749aab14c6e1ae4b1c93a4a"

MCPBR = "greynewell/mcpbr"
MCPBR_AT = "tests/test_benchmarks.py@1c502b97d4e2cdb222733ca3c396195db2d588e1"

RSI = "AbhiGuru25/Recursive-self-improvement-RSI"
RSI_ANS = "tests/test_answers.py@0da4a596184b806cc4b22905cc7d264511fc24b7"
RSI_VER = "tests/test_verifiers.py@0da4a596184b806cc4b22905cc7d264511fc24b7"

SSA = "stateset/stateset-agents"
SSA_GSM = "tests/unit/test_gsm8k.py@ccad233c01810b5b68ced302f8847a20e61bcfb4"
SSA_ADP = "tests/unit/test_task_adapters.py@ccad233c01810b5b68ced302f8847a20e61bcfb4"

CCH = "liyanxiong278176/cc-harness"
CCH_AT = "tests/eval/test_gaia_grader.py@c9ed95282870437f4fba8431e8aa0f5139d5d547"

MAZ = "MarkAZhang/gaia-agent"
MAZ_AT = "tests/evaluators/test_gaia_score_evaluator.py@b53f5363ad7df1c367195eff810a3eeb7c645f43"

MIMIR = "mattyv/mimir-protocol"
MIMIR_AT = "tests/test_burst.py@cd70c9615e71e0e0d67daf05c802ec67d7ff5834"

MANTHAN = "shaik-shahansha/manthan"
MANTHAN_AT = "tests/test_reward_functions.py@5fbf9c797f4ed95aa6a72e5d9976c93272741b50"

_MANTHAN_GOOD = (
    '<tool_call>{"name": "python_repl", "arguments": {"code": "print(17*23)"}}</tool_call>\n'
    '<tool_response>{"result": "391", "success": true}</tool_response>\n'
    "<final_answer>391</final_answer>"
)

CASES = [
    # --- enesozeren/latent-space-thinking-model: accuracy_reward (math-verify), whole completions
    _c(
        ENES,
        ENES_AT,
        gold=r"4",
        pred="<think>\nSolving 2+2\n</think>\n<answer>\n$\\boxed{4}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_correct (1st)",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"6",
        pred="<think>\nSolving 3*2\n</think>\n<answer>\n$\\boxed{6}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_correct (2nd)",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"4",
        pred="<think>\nSolving 2+2\n</think>\n<answer>\n$\\boxed{5}$\n</answer>",
        wrap=False,
        expected=False,
        why="test_accuracy_reward_incorrect (1st)",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"6",
        pred="<think>\nSolving 3*2\n</think>\n<answer>\n$\\boxed{7}$\n</answer>",
        wrap=False,
        expected=False,
        why="test_accuracy_reward_incorrect (2nd)",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"4/8",
        pred="<think>\nSimplifying 4/8\n</think>\n<answer>\n$\\boxed{1/2}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_mathematically_equivalent: fractions",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"2*7",
        pred="<think>\nCalculating 2(3+4)\n</think>\n<answer>\n$\\boxed{14}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_mathematically_equivalent: 2*7",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"3^2",
        pred="<think>\nComputing 3^2\n</think>\n<answer>\n$\\boxed{9}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_mathematically_equivalent: 3^2",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"5/4",
        pred="<think>\nCalculating 5/4\n</think>\n<answer>\n$\\boxed{1.25}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_mathematically_equivalent: decimal",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"1",
        pred="<think>\nUsing trigonometric identity\n</think>\n<answer>\n"
        "$\\boxed{\\sin^2(x) + \\cos^2(x)}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_complex_equivalence: trig identity",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"5",
        pred="<think>\nComputing different form\n</think>\n<answer>\n$\\boxed{2+3}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_complex_equivalence: 2+3",
    ),
    _c(
        ENES,
        ENES_AT,
        gold=r"6",
        pred="<think>\nComputing in a different way\n</think>\n<answer>\n$\\boxed{2*3}$\n</answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_complex_equivalence: 2*3",
    ),
    # later version of the same file: its two verdicts that are not mocked
    _c(
        ENES,
        ENES_AT2,
        gold=r"42",
        pred="<answer> \\boxed{  42 } </answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_numeric_equal",
    ),
    _c(
        ENES,
        ENES_AT2,
        gold=r"7",
        pred="<answer> \\boxed{7} </answer>",
        wrap=False,
        expected=True,
        why="test_accuracy_reward_dict_based (content of the dict)",
    ),
    # --- basetenlabs/relex-replication: official checker math_equal on extracted response
    _c(
        RELEX,
        RELEX_AT,
        gold=r"\frac{1}{2}",
        pred=r"So the answer is $\boxed{\frac{1}{2}}$.",
        wrap=False,
        expected=True,
        why="test_official_grader row 1",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"0.5",
        pred=r"\boxed{0.50}",
        wrap=False,
        expected=True,
        why="test_official_grader row 2",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"3x^2-3x-6",
        pred=r"Thus $\boxed{3x^2-3x-6}$",
        wrap=False,
        expected=True,
        why="test_official_grader row 3",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"8",
        pred=r"\boxed{7}",
        wrap=False,
        expected=False,
        why="test_official_grader row 4",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"10{,}000",
        pred=r"\boxed{10000}",
        wrap=False,
        expected=True,
        why="test_official_grader row 5: the checker is asserted False, but the test marks it a "
        "'Known false negative of the official checker', i.e. the values are equal",
    ),
    # training reward golden cases
    _c(
        RELEX,
        RELEX_AT,
        gold=r"2",
        pred=r"Reasoning. \boxed{2}",
        wrap=False,
        expected=True,
        why="test_training_reward_golden_cases row 1 (1.0)",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"2",
        pred=r"Reasoning. \boxed{3}",
        wrap=False,
        expected=False,
        why="test_training_reward_golden_cases row 2 (0.0)",
    ),
    _c(
        RELEX,
        RELEX_AT,
        gold=r"\frac{2}{4}",
        pred=r"Reasoning. \boxed{\frac{2}{4}}",
        wrap=False,
        expected=True,
        why="test_training_reward_golden_cases row 3 (1.0)",
    ),
    # --- greynewell/mcpbr: GSM8KBenchmark._compare_answers(answer1, answer2) (rtol=atol=1e-3)
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"42.0",
        pred=r"42.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_exact (42.0, 42.0)",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"0.0",
        pred=r"0.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_exact (0.0, 0.0)",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"-5.0",
        pred=r"-5.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_exact (-5.0, -5.0)",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"42.0005",
        pred=r"42.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_with_tolerance: within absolute tolerance 0.001",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"0.0005",
        pred=r"0.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_with_tolerance: within absolute tolerance 0.001",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"1000.5",
        pred=r"1000.0",
        wrap=True,
        expected=True,
        why="test_compare_answers_with_tolerance: within relative tolerance 0.1%",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"43.0",
        pred=r"42.0",
        wrap=True,
        expected=False,
        why="test_compare_answers_with_tolerance: outside tolerance",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"105.0",
        pred=r"100.0",
        wrap=True,
        expected=False,
        why="test_compare_answers_with_tolerance: outside tolerance",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"-42.0",
        pred=r"42.0",
        wrap=True,
        expected=False,
        why="test_compare_answers_different_signs",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"5.0",
        pred=r"-5.0",
        wrap=True,
        expected=False,
        why="test_compare_answers_different_signs",
    ),
    _c(
        MCPBR,
        MCPBR_AT,
        gold=r"0.00010001",
        pred=r"0.0001",
        wrap=True,
        expected=True,
        why="test_edge_case_small_decimals",
    ),
]

r"""A twenty-first fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the GSM8K / AIME / reward test files of small RL, GRPO and evaluation
repositories that no earlier set used (checked against bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and claimed in
/work/wt/fresh21_claims before transcribing). They were found by exact path with ``find_files``
(``tests/test_gsm8k.py``, ``tests/test_aime.py``, ``tests/unit/test_rewards.py``,
``tests/test_math_task.py``). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\boxed"`` is stored as ``r"\boxed"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted):

- ManasVardhan/rl-amenability ``tests/test_gsm8k.py`` @ bf7d28be6fe8a6fe8a4a2b656b401edd956702d9
  (``verify_gsm8k(item, completion)``).
- plero80/reward-gap-lab ``tests/test_gsm8k.py`` @ 8c477b6d97d233cdc74ce754d93f559ca897bc94
  (``evaluate_answer``: ``numeric_match`` / ``numeric_mismatch``; a hedged or unresolvable answer
  is ``unresolved`` for either gold, i.e. never credited).
- RyK57/rl-envs ``tests/test_gsm8k.py`` @ d38896e986e2bc1f4b705977b4c25f6675c65236
  (``GSM8KTask.correct``; the Janet's-ducks item, gold ``#### 18``).
- Taardisaa/learning-when-to-think ``tests/test_gsm8k.py``
  @ 214ddeec862feca0518946f5e6d0dfb26c3218e8 (``grade_answer(pred, gold)``).
- khalilouardini/evolution_beats_rl ``tests/test_gsm8k.py``
  @ 8ddddc5391894762609b191501443cc849a268c2 (``is_correct(completion, gold)``; the gold is the
  float the test passes, written as Python prints it, or the ``####`` number it extracts).
- SaminYeaserKhan/gemma4-finetune ``tests/test_gsm8k.py``
  @ ed349d03d7cf87b78c2d1fcebaba3035feaba740 (``answers_match``, read as (prediction, gold)).
- xchang1121/inference_scaling ``tests/test_gsm8k.py`` @ 1b08fb6e42bb3d12d224fee002e5ae598cce65dc
  (``ExactNumericReward``).
- parvpatodia/kd-lab ``tests/test_gsm8k.py`` @ 3967a79952fc612165d27beab05c570361baf234
  (``score_gsm8k``; gold 5 from ``#### 5``).
- cs2hvh/ai-llm ``tests/test_gsm8k.py`` @ 04bfaf548cad5477bddd407769f492bc872838cc
  (``GSM8KBenchmark.score``, target ``"42"``).
- juandatan/value-guided-kv-cache ``tests/test_gsm8k.py``
  @ 3db1ee7f2c4f58bab7789982d1ba499a8e00c635 (``is_correct``, the lenient metric).
- costadev00/low-rank-eval-catastrophic-forgetting ``tests/test_gsm8k.py``
  @ 4f5fa066e16d25b7d1d76c36ab1bc53e11949cf0 (``gsm8k_exact_match``).
- and270/selective-sycophancy-steering ``tests/test_gsm8k.py``
  @ 48f46c2a1c7589dae29189dc02b27aa27d1c4d2d (``score_response``: strict and flexible both True;
  SPDX header AGPL-3.0-or-later).
- AntoninaKOR/fp8_tis_quantization_noise ``tests/test_gsm8k.py``
  @ 85b9562ca85fa4bbcc5206d831290eaf01e971d6 (``gsm8k_score(response, gold)``).
- karrtikiyer/pless-for-coding ``tests/test_gsm8k.py`` @ 41c3b0db3cfa61b7604c19be8e1467869553ff7f
  (``numeric_equals(predicted, gold)``).
- qazcdesnu/LSRR ``tests/test_gsm8k.py`` @ 5f8695ee3e85bef2682a3efe65a55695c00bc6ee
  (``GSM8KDataset.evaluate_answer(pred, gold, {})``).
- rudolecky/mcts-state-merging ``tests/test_gsm8k.py`` @ 882ecf444b5800d44556999459d6c3557d659b77
  (``parse_and_verify`` with ``answer_value=72.0``; the prediction is the ``Answer:`` line).
- yzh3434/agent-control-flow-eval ``tests/test_gsm8k.py``
  @ 25206f3cce6b443ec084b0edefe24b60b919e89b (``GSM8KEnv.grade``; gold ``#### 2``).
- EVIEHub/LLM-Rationality ``tests/test_gsm8k.py`` @ fae9a9e87119bfd5dcfacd92af955782f5778a69
  (``verify(generation, ground_truth)``: its POSITIVE_CASES and NEGATIVE_CASES tables).
- vimeto/pocket-agent-cli ``tests/test_gsm8k.py`` @ de3612fdfaa3060f347c76226c009a5e28ca1c7e
  (``GSM8KDataset.evaluate_response``; golds 18, 70000 and 19.5 of its fixture).
- ZackLiang/BadcaseFlow ``tests/test_gsm8k.py`` @ 5afed9374578b45833125258ebf96f7584ba0c5f
  (``evaluate_traces``; the fixture's validation answer is ``"17"``, as the test asserts).
- HyperKuvid-Labs/reinforcement-learning-llms ``tests/test_aime.py``
  @ 0b8f38ac3ffef21c29e30eaa815d834765260cd6 (``compute_binary_reward(completion, gold)``).
- srinisriram/grpo-reimplementation ``tests/unit/test_rewards.py``
  @ 16a126968605c45f93b327bb4b0f353cad206d40 (``gsm8k_reward``).
- yujian777555/NeuroEvoScientist ``tests/test_gsm8k.py``
  @ 1a873205391c7959be9562d5ab6c0c10269f6966 (``answers_match``, read as (prediction, gold)).
- haziq-exe/NoiseEGRA ``tests/test_math_task.py`` @ 41c75621f98aac21bca2e99ef940afe28714ca47
  (``is_correct(completion, 7.0)``).

Licenses: apart from and270's AGPL SPDX header, the licence files of these small repositories were
not looked up; their short test strings are quoted as test data, with attribution.

Left out, by rule. Format policies: a correct answer rejected for want of a box or marker (RyK57
``"The answer is 18."``, srinisriram ``"Answer: 42"``, juandatan's strict metric on
``"The answer is 18."``), rudolecky's ``"14 dollars"`` (strict answer-line
form) and its missing-steps / missing-answer rows, reward-gap-lab's unclosed ``\boxed{5``.
Verdicts the suite documents as a deliberate policy against mathematical equality: AntoninaKOR's
``"#### 72.0"`` vs ``72`` (strict string match), karrtikiyer's ``"8"`` vs ``"eight"`` (string
fallback), EVIEHub's ``"The answer is forty-two."`` vs 42 (``word_answer_not_extracted``) and
``\boxed{1/2}`` vs 0.5 (``fraction_not_supported_here``). Golds the suite cannot judge (``None``,
``""``, ``"unknown"``), ``None`` predictions and empty completions (rl-amenability, cs2hvh,
EVIEHub, vimeto: no answer pair, as in equiv_fresh20_a). Asserts with no definite verdict: and270's
adversarial table (it asserts only that two scorers agree). Extraction-only, parser and
normaliser tests (``extract_*``, ``normalize_*``, ``numeric`` parsers), numeric-tolerance
helpers called on floats (raman-gatech/llm-optimization-study, Nas01010101/majalis, vimeto's
``numeric_answers_match``), aggregate-only and mocked-backend tests.

Examined without usable cases: adamthuvesen/grpo-decomp, Pseudonymous-gdy/mlsys-lora-project,
Aarnav-SD/major_project, vrmei/topology-mas, Soum-Code/CAR, michaeldtimpe/luxe,
MaxGhenis/talkie-evals (normaliser only), LAZARUSj/agent-overclaim, pratik916/faithfulnessbench,
HaningZS/Bayesian-Belief-Tracking, Axym-Labs/pptrain, ShenzheZhu/GeneralAgentDebateSystem (no
asserts), eschnei/autoFusion (its gold comes from a dataset download), ethanelasky/debate
(integer grades only), Ye5888/Psiduck-AI-New (mod-1000 normalisation), researchim-ai/re-rl,
alabiemmanuel177/meta-harness-plus, alignment-farm/procedure-transfer, Coldmooon/LLM-GPRO-Reasoning
(mocked extractors), duani-excellence/MA-RLHF, XiaofengLin7/debunking-sft-generalization,
yehu77/mimo_rl, kvelmurugan18/sycophancy-rl (multiple choice), desenyon/pressbench and
Tarun995/Within-Context-Attention-Phase-Transition-Analyzer (not math), kelio-byte/ef,
aswathiir/SAHAi, esskslifetech/freq-math (a calculator). Repositories found only through
``find_string`` hits, whose name could not be recovered, were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case

AMEN = "ManasVardhan/rl-amenability"
AMEN_AT = "tests/test_gsm8k.py@bf7d28be6fe8a6fe8a4a2b656b401edd956702d9"
GAP = "plero80/reward-gap-lab"
GAP_AT = "tests/test_gsm8k.py@8c477b6d97d233cdc74ce754d93f559ca897bc94"
RYK = "RyK57/rl-envs"
RYK_AT = "tests/test_gsm8k.py@d38896e986e2bc1f4b705977b4c25f6675c65236"
TAAR = "Taardisaa/learning-when-to-think"
TAAR_AT = "tests/test_gsm8k.py@214ddeec862feca0518946f5e6d0dfb26c3218e8"
EVO = "khalilouardini/evolution_beats_rl"
EVO_AT = "tests/test_gsm8k.py@8ddddc5391894762609b191501443cc849a268c2"
GEMMA = "SaminYeaserKhan/gemma4-finetune"
GEMMA_AT = "tests/test_gsm8k.py@ed349d03d7cf87b78c2d1fcebaba3035feaba740"
INFS = "xchang1121/inference_scaling"
INFS_AT = "tests/test_gsm8k.py@1b08fb6e42bb3d12d224fee002e5ae598cce65dc"
KD = "parvpatodia/kd-lab"
KD_AT = "tests/test_gsm8k.py@3967a79952fc612165d27beab05c570361baf234"
CS2 = "cs2hvh/ai-llm"
CS2_AT = "tests/test_gsm8k.py@04bfaf548cad5477bddd407769f492bc872838cc"
VGKV = "juandatan/value-guided-kv-cache"
VGKV_AT = "tests/test_gsm8k.py@3db1ee7f2c4f58bab7789982d1ba499a8e00c635"
LRE = "costadev00/low-rank-eval-catastrophic-forgetting"
LRE_AT = "tests/test_gsm8k.py@4f5fa066e16d25b7d1d76c36ab1bc53e11949cf0"
SYCO = "and270/selective-sycophancy-steering"
SYCO_AT = "tests/test_gsm8k.py@48f46c2a1c7589dae29189dc02b27aa27d1c4d2d"
FP8 = "AntoninaKOR/fp8_tis_quantization_noise"
FP8_AT = "tests/test_gsm8k.py@85b9562ca85fa4bbcc5206d831290eaf01e971d6"
PLESS = "karrtikiyer/pless-for-coding"
PLESS_AT = "tests/test_gsm8k.py@41c3b0db3cfa61b7604c19be8e1467869553ff7f"
LSRR = "qazcdesnu/LSRR"
LSRR_AT = "tests/test_gsm8k.py@5f8695ee3e85bef2682a3efe65a55695c00bc6ee"
MCTS = "rudolecky/mcts-state-merging"
MCTS_AT = "tests/test_gsm8k.py@882ecf444b5800d44556999459d6c3557d659b77"
ACF = "yzh3434/agent-control-flow-eval"
ACF_AT = "tests/test_gsm8k.py@25206f3cce6b443ec084b0edefe24b60b919e89b"
EVIE = "EVIEHub/LLM-Rationality"
EVIE_AT = "tests/test_gsm8k.py@fae9a9e87119bfd5dcfacd92af955782f5778a69"
POCKET = "vimeto/pocket-agent-cli"
POCKET_AT = "tests/test_gsm8k.py@de3612fdfaa3060f347c76226c009a5e28ca1c7e"
BCF = "ZackLiang/BadcaseFlow"
BCF_AT = "tests/test_gsm8k.py@5afed9374578b45833125258ebf96f7584ba0c5f"
HKL = "HyperKuvid-Labs/reinforcement-learning-llms"
HKL_AT = "tests/test_aime.py@0b8f38ac3ffef21c29e30eaa815d834765260cd6"
SRINI = "srinisriram/grpo-reimplementation"
SRINI_AT = "tests/unit/test_rewards.py@16a126968605c45f93b327bb4b0f353cad206d40"
NEURO = "yujian777555/NeuroEvoScientist"
NEURO_AT = "tests/test_gsm8k.py@1a873205391c7959be9562d5ab6c0c10269f6966"
EGRA = "haziq-exe/NoiseEGRA"
EGRA_AT = "tests/test_math_task.py@41c75621f98aac21bca2e99ef940afe28714ca47"

_JANET = "Janet's ducks lay 16 eggs per day...\n#### 18"

# (repo, where, gold, pred, wrap, expected, why), in the order of each file.
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- ManasVardhan/rl-amenability: verify_gsm8k -------------------------------------------
    (AMEN, AMEN_AT, "72", "so the answer is 72.0", False, True, "matches numerically"),
    (AMEN, AMEN_AT, "72", "so the answer is 72", False, True, "matches"),
    (AMEN, AMEN_AT, "72", "the answer is 71", False, False, "rejects wrong answer"),
    # --- plero80/reward-gap-lab: evaluate_answer ---------------------------------------------
    (GAP, GAP_AT, "5", "Work: 2 + 3 = 5\nThe answer is 5.", False, True, "numeric_match"),
    (GAP, GAP_AT, "5", r"\boxed{6}", False, False, "numeric_mismatch"),
    (GAP, GAP_AT, "5", "I do not know.", False, False, "unresolved"),
    (GAP, GAP_AT, "5", r"\boxed{5} or \boxed{6}", False, False, "two boxes: unresolved"),
    (GAP, GAP_AT, "6", r"\boxed{5} or \boxed{6}", False, False, "two boxes: unresolved"),
    (GAP, GAP_AT, "5", r"\boxed{x}", False, False, "non-numeric box: unresolved"),
    (GAP, GAP_AT, "6", r"\boxed{x}", False, False, "non-numeric box: unresolved"),
    (GAP, GAP_AT, "5", "Answer: 5\nAnswer: 6", False, False, "two answers: unresolved"),
    (GAP, GAP_AT, "6", "Answer: 5\nAnswer: 6", False, False, "two answers: unresolved"),
    (GAP, GAP_AT, "5", "Perhaps 5 or 6.", False, False, "hedged: unresolved"),
    (GAP, GAP_AT, "6", "Perhaps 5 or 6.", False, False, "hedged: unresolved"),
    # --- RyK57/rl-envs: GSM8KTask.correct (gold "#### 18") -----------------------------------
    (RYK, RYK_AT, "18", "9 eggs times $2 is $18.\n\n\\boxed{18}", False, True, "correct == 1.0"),
    (RYK, RYK_AT, "18", r"\boxed{18.0}", False, True, "correct == 1.0"),
    (RYK, RYK_AT, "18", r"\boxed{\$18}", False, True, "correct == 1.0 (escaped dollar)"),
    (RYK, RYK_AT, "18", r"\boxed{16}", False, False, "correct == 0.0"),
    # --- Taardisaa/learning-when-to-think: grade_answer(pred, gold) --------------------------
    (TAAR, TAAR_AT, "42", "42", True, True, "exact match"),
    (TAAR, TAAR_AT, "3.14", "3.14", True, True, "float tolerance"),
    (TAAR, TAAR_AT, "3.14", "3.1400001", True, True, "float tolerance"),
    (TAAR, TAAR_AT, "42", "41", True, False, "wrong answer"),
    (TAAR, TAAR_AT, "100.0", "100", True, True, '"100" == "100.0" numerically'),
    # --- khalilouardini/evolution_beats_rl: is_correct(completion, gold) ---------------------
    (EVO, EVO_AT, "18.0", "The answer is 18.", False, True, "exact match"),
    (EVO, EVO_AT, "18", "#### 18", False, True, 'gold "Long reasoning.\\n#### 18", extracted'),
    (EVO, EVO_AT, "18.0", "The answer is 18.0", False, True, "float vs int"),
    (EVO, EVO_AT, "1000.0", "The answer is 1,000.", False, True, "comma vs no comma"),
    (EVO, EVO_AT, "18.0", "The answer is 17.", False, False, "wrong"),
    (EVO, EVO_AT, "18.0", "I don't know.", False, False, "no number in completion"),
    (EVO, EVO_AT, "0.0", "The answer is 0.", False, True, "zero gold"),
    (EVO, EVO_AT, "0.0", "The answer is 1.", False, False, "zero gold, wrong"),
    (EVO, EVO_AT, "18.0", "The answer is 18.0001", False, True, "within rtol=1e-4"),
    (EVO, EVO_AT, "18.0", "The answer is 18.5", False, False, "outside tolerance"),
    # --- SaminYeaserKhan/gemma4-finetune: answers_match(pred, gold) --------------------------
    (GEMMA, GEMMA_AT, "72", "72.0", True, True, "equivalent numbers"),
    (GEMMA, GEMMA_AT, "0.5", "1/2", True, True, "fraction vs decimal"),
    (GEMMA, GEMMA_AT, "1200", "$1,200", True, True, "currency and comma"),
    (GEMMA, GEMMA_AT, "72", "73", True, False, "different numbers"),
    # --- xchang1121/inference_scaling: ExactNumericReward ------------------------------------
    (INFS, INFS_AT, "5", "work\n#### 5", False, True, "reward 1.0"),
    (INFS, INFS_AT, "5", "work\n#### 4", False, False, "reward 0.0"),
    # --- parvpatodia/kd-lab: score_gsm8k (gold "#### 5") -------------------------------------
    (KD, KD_AT, "5", "the answer is Final: 5", False, True, "Final: marker"),
    (KD, KD_AT, "5", "Final: 6", False, False, "wrong"),
    # --- cs2hvh/ai-llm: GSM8KBenchmark.score (target "42") -----------------------------------
    (CS2, CS2_AT, "42", "Let me think. 6 * 7 = 42. #### 42", False, True, "correct with marker"),
    (CS2, CS2_AT, "42", "the answer is 42", False, True, "fallback last number"),
    (CS2, CS2_AT, "42", "the answer is 41 #### 41", False, False, "wrong number"),
    (CS2, CS2_AT, "42", "I don't know", False, False, "no number"),
    (CS2, CS2_AT, "42", "#### 42.0", False, True, "float normalised to int"),
    (
        CS2,
        CS2_AT,
        "42",
        "6 + 7 = 13. Wait, 6 * 7 = 42. #### 42",
        False,
        True,
        "marker overrides intermediate numbers",
    ),
    # --- juandatan/value-guided-kv-cache: is_correct (lenient metric) ------------------------
    (VGKV, VGKV_AT, "18", "The answer is 18.", False, True, 'gold "...\\n#### 18"'),
    (VGKV, VGKV_AT, "1200", "Done.\n#### 1,200", False, True, "tag and commas"),
    (VGKV, VGKV_AT, "18", "Done.\n#### 17", False, False, "wrong explicit answer"),
    # --- costadev00/low-rank-eval-catastrophic-forgetting: gsm8k_exact_match -----------------
    (
        LRE,
        LRE_AT,
        "1234",
        "We first compute 12. The answer is $1,234.",
        False,
        True,
        'gold "work\\n#### 1234"; explicit final answer preferred',
    ),
    # --- and270/selective-sycophancy-steering: score_response --------------------------------
    (
        SYCO,
        SYCO_AT,
        "1234",
        "work\nThe answer is 1,234.",
        False,
        True,
        'gold "solution\\n#### 1,234"; strict and flexible correct',
    ),
    (
        SYCO,
        SYCO_AT,
        "29",
        "We calculate 20 + 4 + 5.\nThe answer is 29.",
        False,
        True,
        'gold "The solution is 29.\\n#### 29"; strict and flexible correct',
    ),
    # --- AntoninaKOR/fp8_tis_quantization_noise: gsm8k_score ---------------------------------
    (FP8, FP8_AT, "72", "The answer is #### 72", False, True, "score 1.0"),
    (FP8, FP8_AT, "72", "The answer is #### 71", False, False, "score 0.0"),
    (FP8, FP8_AT, "72", "I don't know", False, False, "no marker: 0.0"),
    (FP8, FP8_AT, "1000", "#### 1,000", False, True, "comma normalised"),
    (FP8, FP8_AT, "-5", "#### -5", False, True, "negative"),
    # --- karrtikiyer/pless-for-coding: numeric_equals(predicted, gold) -----------------------
    (PLESS, PLESS_AT, "8", "8", True, True, "identical"),
    (PLESS, PLESS_AT, "8.0", "8", True, True, "int vs float"),
    (PLESS, PLESS_AT, ".5", "0.5", True, True, "leading zero"),
    (PLESS, PLESS_AT, "9", "8", True, False, "different"),
    # --- qazcdesnu/LSRR: evaluate_answer(pred, gold) -----------------------------------------
    (LSRR, LSRR_AT, "360", "360", True, True, "clean integers"),
    (LSRR, LSRR_AT, "360", "361", True, False, "clean integers, wrong"),
    (LSRR, LSRR_AT, "1400", "1,400", True, True, "comma"),
    (LSRR, LSRR_AT, "1400", "$1,400", True, True, "currency and comma"),
    (LSRR, LSRR_AT, "1400", "The answer is $1,400.", False, True, "sentence"),
    (LSRR, LSRR_AT, "5.5", "5.5", True, True, "decimal"),
    (LSRR, LSRR_AT, "5.5", "5.50", True, True, "trailing zero"),
    (LSRR, LSRR_AT, "72", "Calculations show... #### 72", False, True, "#### marker"),
    (LSRR, LSRR_AT, "72", "Calculations show... #### 75", False, False, "#### marker, wrong"),
    # --- rudolecky/mcts-state-merging: parse_and_verify (answer_value 72.0) ------------------
    (MCTS, MCTS_AT, "72.0", "72", True, True, "accepts correct answer"),
    (MCTS, MCTS_AT, "72.0", "71", True, False, "well formed, wrong number"),
    (MCTS, MCTS_AT, "72.0", "72.", True, True, "tolerates trailing period"),
    # --- yzh3434/agent-control-flow-eval: GSM8KEnv.grade (gold "#### 2") ---------------------
    (ACF, ACF_AT, "2", "The answer is 2", False, True, "numeric match"),
    (ACF, ACF_AT, "2", "The answer is 3", False, False, "numeric mismatch"),
    # --- EVIEHub/LLM-Rationality: verify(generation, ground_truth) ---------------------------
    (EVIE, EVIE_AT, "18", _JANET, False, True, "hash_with_explanation_both_sides; gold extracted"),
    (EVIE, EVIE_AT, "42", r"So we get \boxed{42}.", False, True, "boxed"),
    (EVIE, EVIE_AT, "100", "After computation, the answer is 100.", False, True, "answer_is"),
    (EVIE, EVIE_AT, "7", "After computing, we find 7.", False, True, "bare_last_number"),
    (EVIE, EVIE_AT, "1234", "#### 1,234", False, True, "commas_in_generation"),
    (EVIE, EVIE_AT, "1234.56", r"Working: \boxed{1,234.56}", False, True, "boxed commas decimal"),
    (EVIE, EVIE_AT, "50", "She paid $50.", False, True, "currency_prefix"),
    (EVIE, EVIE_AT, "0.5", "#### 0.5", False, True, "decimal"),
    (EVIE, EVIE_AT, "-10", "Final: -10.", False, True, "negative"),
    (EVIE, EVIE_AT, "10", "First #### 5\nthen #### 10", False, True, "last_hash_wins"),
    (EVIE, EVIE_AT, "72", "#### 72", False, True, 'ground truth "#### 72", extracted'),
    (EVIE, EVIE_AT, "72", "#### 72.0", False, True, "decimal_int_match"),
    (EVIE, EVIE_AT, "72", "####    72   ", False, True, "whitespace_around_hash"),
    (EVIE, EVIE_AT, "2", r"\boxed{1} then \boxed{2}", False, True, "last_boxed_wins"),
    (EVIE, EVIE_AT, "73", "#### 72", False, False, "wrong_number"),
    (EVIE, EVIE_AT, "0.6", "#### 0.5", False, False, "wrong_decimal"),
    (EVIE, EVIE_AT, "42", "I have no idea.", False, False, "no_number_in_generation"),
    (EVIE, EVIE_AT, "10", "#### -10", False, False, "wrong_sign"),
    (EVIE, EVIE_AT, "1000", "#### 100", False, False, "off_by_magnitude"),
    (EVIE, EVIE_AT, "10", "Reasoning ending in 5.", False, False, "bare_number_wrong"),
    # --- vimeto/pocket-agent-cli: evaluate_response ------------------------------------------
    (POCKET, POCKET_AT, "18", "#### 18", False, True, "correct"),
    (POCKET, POCKET_AT, "18", "The answer is 18", False, True, "correct"),
    (POCKET, POCKET_AT, "18", "She makes $18 per day", False, True, "correct"),
    (POCKET, POCKET_AT, "18", "18", True, True, "correct, bare"),
    (POCKET, POCKET_AT, "18", "18.0", True, True, "correct, bare float"),
    (POCKET, POCKET_AT, "18", "#### 20", False, False, "incorrect"),
    (POCKET, POCKET_AT, "18", "The answer is 99", False, False, "incorrect"),
    (POCKET, POCKET_AT, "18", "I don't know", False, False, "no number"),
    (POCKET, POCKET_AT, "70000", "#### 70,000", False, True, "large number with comma"),
    (POCKET, POCKET_AT, "70000", "The answer is 70000", False, True, "large number"),
    (POCKET, POCKET_AT, "70000", "$70,000", True, True, "dollar and comma"),
    (POCKET, POCKET_AT, "19.5", "#### 19.5", False, True, "decimal answer"),
    (POCKET, POCKET_AT, "19.5", "The answer is $19.50", False, True, "decimal, trailing zero"),
    # --- ZackLiang/BadcaseFlow: evaluate_traces (answer "17") --------------------------------
    (BCF, BCF_AT, "17", "Nora spends 17 dollars. #### 17", False, True, "passed"),
    (BCF, BCF_AT, "17", "Nora spends 18 dollars. #### 18", False, False, "not passed"),
    # --- HyperKuvid-Labs/reinforcement-learning-llms: compute_binary_reward ------------------
    (HKL, HKL_AT, "70", "steps...\n\\boxed{070}", False, True, "leading zero normalised"),
    (
        HKL,
        HKL_AT,
        "42",
        "steps...\nFinal Answer: \\boxed{42}",
        False,
        True,
        'gold "work\\n#### 42", extracted',
    ),
    # --- srinisriram/grpo-reimplementation: gsm8k_reward -------------------------------------
    (SRINI, SRINI_AT, "42", r"Answer: \boxed{42}", False, True, 'gold "reasoning #### 42"'),
    # --- yujian777555/NeuroEvoScientist: answers_match(pred, gold) ---------------------------
    (NEURO, NEURO_AT, "7.0", "7", True, True, "int vs float"),
    (NEURO, NEURO_AT, "8", "7", True, False, "different"),
    # --- haziq-exe/NoiseEGRA: is_correct(completion, 7.0) ------------------------------------
    (EGRA, EGRA_AT, "7.0", "#### 7.0", False, True, "equal as numbers"),
    (EGRA, EGRA_AT, "7.0", "#### 8", False, False, "different"),
]

CASES: list[dict] = [
    collected_case(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

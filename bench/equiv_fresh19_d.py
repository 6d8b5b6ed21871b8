r"""A nineteenth fresh set of answer-equivalence cases (evaluation only; helper "d": RL /
post-training libraries).

Cases follow bench/equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the prediction
(``wrap`` False: the whole completion as the test passes it), ``expected`` the verdict the test
asserts, ``where`` is ``path@commit`` in ``repo`` on github.com. Do not tune the judge on these.

Source (repo, path @ commit, license of the stored copy):

- InternLM/xtuner ``tests/rl/test_judger.py`` @ b934f462095c1e750229de35367c50ae36caa786
  (snapshot HEAD; the file last changed in 54bfc64874c6c51329b3160ee639f0daf669a19c),
  Apache-2.0. ``test_gsm8k_judger`` and ``test_gsm8k_remote_judger`` assert that the GSM8K
  judger (``xtuner/v1/rl/judger/gsm8k.py``, strict ``#### <number>`` extraction) scores
  ``FAKE_JUDGER_INPUT_ITEM`` (ground truth ``"72"``, a Qwen-style completion ending
  ``#### 72<|im_end|>``) 1.0. The same item is asserted three times (native judger, Ray actor,
  remote server); it is kept once. Earlier rounds (equiv_fresh7_b.py) found only judger
  plumbing in xtuner; this test item is newer.

Left out, by rule: ``test_judger.py``'s other asserts (mocked reward handlers returning fixed
scores, routing / config errors, averages over an external rollout dump named by an environment
variable that is not in the repository); the geo3k / DAPO judger tests (data outside the
repository); prints with no stated verdict (dongguanting/Tool-Star ``re_search*.py``,
yihedeng9/OpenVLThinker ``r1v.py`` ``__main__`` blocks; commented-out ToRA-style ``math_equal``
prints in lblankl/Short-RL's vendored deepscaler grader).

Fetched and searched without finding a (gold, prediction, verdict) assertion for a math answer
(snapshot HEADs): alibaba/ROLL 8eb27cc2 (tests/math only loads a dataset), RLinf/RLinf a3816b59,
pytorch/torchtune bd2a0fc7 (``tests/torchtune/dev/rl/rewards`` tests only ``RewardOutput``
logging), axolotl-ai-cloud/axolotl 067b021c, hpcaitech/ColossalAI 4f9953be, hiyouga/EasyR1
b44b311b, NVIDIA/NeMo-Aligner af2b3bd9, OpenPipe/ART 779559fd, InternLM/InternBootcamp 18a55259,
hiyouga/LLaMA-Factory ff6d4d12, ServiceNow/PipelineRL 58d39345, NousResearch/atropos 296a0bc5,
sail-sg/oat c1a074c3, PrimeIntellect-ai/genesys bc10eddd, ZihanWang314/RAGEN 997f31ea,
LengSicong/MMR1 d8161a0c, eddycmu/demystify-long-cot e90cf9b3, hao-ai-lab/Dynasor 0d2f1b93,
THUDM/ReST-MCTS 2d5f488c, lblankl/Short-RL 07cea8a3, nick7nlp/FastCuRL 60c6e069,
THU-KEG/AdaptThink 84cf9484, WooooDyy/AgentGym-RL 82402a99, ChenmienTan/RL2 9161ede5,
meta-llama/llama-cookbook 0e003351, jingyi0000/R1-VL 679be5cf, yfzhang114/r1_reward 3693413a
(multimodal preference data, not math answers), We-Math/We-Math a57a0e83, THUDM/MathGLM
658d1e2d, openpsi-project/ReaLHF be75fce9, bespokelabsai/curator 8f26600e,
instructlab/eval dede6883, inclusionAI/AWorld 7bd6f2d6, dongguanting/Tool-Star d12222c7,
dongguanting/ARPO e257337d, yihedeng9/OpenVLThinker 6997b477, NUS-TRAIL/NoisyRollout 09347ddd,
yangjie-cv/WeThink 54df3232. No stored snapshot: PrimeIntellect-ai/prime-environments,
0russwest0/Agent-R1. Claimed but not fetched (already examined in earlier rounds' docstrings):
agentica-project/deepscaler, sail-sg/understand-r1-zero, UKGovernmentBEIS/inspect_evals,
microsoft/agent-lightning, agentscope-ai/agentscope, openai/evals, Goekdeniz-Guelmez/mlx-lm-lora,
flageval-baai/FlagEvalMM, lsdefine/simple_GRPO, LLM360/MegaMath.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case

_XTUNER = "InternLM/xtuner"
_XTUNER_WHERE = "tests/rl/test_judger.py@b934f462095c1e750229de35367c50ae36caa786"

# FAKE_JUDGER_INPUT_ITEM.response, as Python reads it from the test.
_XTUNER_RESPONSE = (
    "<think>\nOkay, let's see. Natalia sold clips to 48 friends in April. Then in May,"
    " she sold half as many. So first, I need to figure out how many she sold in May."
    " Half of 48 is 24, right? Because 48 divided by 2 is 24. So in May, she sold 24 "
    "clips.\n\nNow, to find the total number of clips sold in both months, I need to ad"
    "d the number from April and May together. That would be 48 (April) plus 24 (May)"
    ". Let me do the addition: 48 + 24. Hmm, 40 + 20 is 60, and 8 + 4 is 12. So 60 + "
    "12 is 72. So altogether, she sold 72 clips.\n\nWait, let me check that again. 48 p"
    "lus 24. Yes, 48 + 20 is 68, then plus 4 more is 72. Yep, that seems right. So th"
    "e total is 72.\n</think>\n\nNatalia sold 48 clips in April. In May, she sold half a"
    "s many, which is 48 ÷ 2 = 24 clips. Adding both months together: 48 + 24 = 72.  "
    "\n\n#### 72<|im_end|>"
)

CASES: list[dict] = [
    collected_case(
        _XTUNER,
        _XTUNER_WHERE,
        "72",
        _XTUNER_RESPONSE,
        False,
        True,
        "GSM8K judger: completion with <think> block ending '#### 72<|im_end|>' scores 1.0",
    ),
]

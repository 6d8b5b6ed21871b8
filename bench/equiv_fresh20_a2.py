r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "a", second part:
GSM8K-style reward suites of eight small RL repositories; conventions, claiming and the
licence note are as in equiv_fresh20_a.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted):

- SSszyBill/GRPOreasoner ``tests/test_gsm8k_reward.py``
  @ a381c9ecb8731d327580ac83bfa45e1fb9eb5d68 (the repository's own
  ``verl.utils.reward_score.gsm8k_v1.compute_score``, ground truth ``72``: 1.1 formatted and
  correct, 1.0 correct without ``####``, 0.1 formatted but wrong, 0.0 otherwise).
- hxm2023/GRPO-Guard ``tests/test_gsm8k_reward.py`` @ 96eb3dc0cc21aa52d272c2b61124ef68e018c1af
  (``gsm8k_rule_verifier(completion, golden)["correctness"]``; golden answers are ints).
- neuriv/rtrl ``tests/test_gsm8k_reward.py`` @ b17978eb55af656a329117a112a698f2d360fe0d
  (``gsm8k({"reference": ...}, text)``).
- plembr/grpo-verl ``tests/test_gsm8k_reward.py`` @ 3270fda842573c08825f07cec83110ad0a4508db
  (``compute_score`` / ``score_response``; the reference ``"work\n#### 18"`` is stored as the
  ``18`` the suite extracts).
- ibusnowden/jaxchat ``tests/test_gsm8k_reward.py`` @ 22b04b6afc93febc8904bbdb4c8ad63a55facf93
  (``gsm8k.reward(text, GOLD)`` with ``GOLD = 72.0``; the strict reward of the all-wrong group
  is asserted to have zero spread, so each member of that group scores 0.0).
- HkHk2Prod/MiniChatBot ``tests/test_gsm8k_reward.py`` @ d9414b7c537804f29120b38271d8034841cbdc0d
  (``GSM8KReward()(completion, reference)``; references are GSM8K answers ``"#### 42"``, stored
  as the text after ``####``).
- LeoPhilly/grpo-profiling-harness ``tests/test_gsm8k_reward.py``
  @ 1b8db78225623bca901d424e9756e73de9b2b2f4 (``gsm8k_reward``, a wrapper over verl's strict
  GSM8K scorer).
- baremetaldevx86/Qwen-2.5-1.5B-GRPO ``tests/test_gsm8k_reward.py``
  @ b92a843a16ccf56dca28ac8f8363beebce50e614 (``correctness_reward``, ``total_reward``).

Left out, by rule: format policies (LeoPhilly's strict-marker rows ``#### $18``, ``####72`` and the
unmarked ``the answer is 72``, each 0.0 by the ``#### `` regex; baremetaldevx86's anti-hack rule
scoring ``\boxed{1}\boxed{2}\boxed{18}`` 0.0 and its format-only rewards); a tolerance policy
(GRPO-Guard's ``4.5000004`` accepted for ``4.5`` at ``|d| < 1e-6``); golds the suite cannot judge
(MiniChatBot's ``"no gold answer here"``); empty or non-string completions; rtrl's
``gsm8k_answer`` rows (extraction to ``None`` with no reference); jaxchat's proximity and
SFT-formatter tests (no verdict on an answer pair); duplicate rows of the same call kept once
where a test repeats a pair through a second entry point (LeoPhilly's ``with_format`` table,
plembr's two-argument form, rtrl's last test).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case

SSZY = "SSszyBill/GRPOreasoner"
SSZY_AT = "tests/test_gsm8k_reward.py@a381c9ecb8731d327580ac83bfa45e1fb9eb5d68"
GUARD = "hxm2023/GRPO-Guard"
GUARD_AT = "tests/test_gsm8k_reward.py@96eb3dc0cc21aa52d272c2b61124ef68e018c1af"
RTRL = "neuriv/rtrl"
RTRL_AT = "tests/test_gsm8k_reward.py@b17978eb55af656a329117a112a698f2d360fe0d"
PLEMBR = "plembr/grpo-verl"
PLEMBR_AT = "tests/test_gsm8k_reward.py@3270fda842573c08825f07cec83110ad0a4508db"
JAX = "ibusnowden/jaxchat"
JAX_AT = "tests/test_gsm8k_reward.py@22b04b6afc93febc8904bbdb4c8ad63a55facf93"
MINICHAT = "HkHk2Prod/MiniChatBot"
MINICHAT_AT = "tests/test_gsm8k_reward.py@d9414b7c537804f29120b38271d8034841cbdc0d"
LEO = "LeoPhilly/grpo-profiling-harness"
LEO_AT = "tests/test_gsm8k_reward.py@1b8db78225623bca901d424e9756e73de9b2b2f4"
BARE = "baremetaldevx86/Qwen-2.5-1.5B-GRPO"
BARE_AT = "tests/test_gsm8k_reward.py@b92a843a16ccf56dca28ac8f8363beebce50e614"

_NATALIA = "Natalia sold 24 clips in May. So total is "
_LEO_LONG = "step " * 80 + "\nso the result follows.\n#### 72"

# (repo, where, gold, pred, wrap, expected, why), in the order of each file.
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- SSszyBill/GRPOreasoner (ground truth 72) --------------------------------------------
    (SSZY, SSZY_AT, "72", _NATALIA + "48 + 24 = 72.\n#### 72", False, True, "1.1"),
    (SSZY, SSZY_AT, "72", _NATALIA + "48 + 24 = 96.\n#### 96", False, False, "0.1"),
    (
        SSZY,
        SSZY_AT,
        "72",
        _NATALIA + "48 + 24 = 72. The answer is 72.",
        False,
        True,
        "1.0: no ####, answer right",
    ),
    (SSZY, SSZY_AT, "72", _NATALIA + "96.", False, False, "0.0"),
    (SSZY, SSZY_AT, "72", "I do not know the answer.", False, False, "0.0: no number"),
    # --- hxm2023/GRPO-Guard: frozen samples, correctness 1.0 ---------------------------------
    (GUARD, GUARD_AT, "6", "21 - 15 = 6. The workers planted 6 trees.", False, True, "1.0"),
    (GUARD, GUARD_AT, "5", "3 + 2 = 5 cars.", False, True, "1.0"),
    (GUARD, GUARD_AT, "39", "32 + 42 - 35 = 39.", False, True, "1.0"),
    (GUARD, GUARD_AT, "18", "16 - 3 - 4 = 9 eggs, 9 * 2 = $18.", False, True, "1.0"),
    (GUARD, GUARD_AT, "3", "2 + 1 = 3 bolts.", False, True, "1.0"),
    (GUARD, GUARD_AT, "9", "5 + 2 + 2 = 9 toys.", False, True, "1.0"),
    (GUARD, GUARD_AT, "70", "90 - 4*5 = 70.", False, True, "1.0"),
    (GUARD, GUARD_AT, "180", "60 * 3 = 180 miles.", False, True, "1.0"),
    (GUARD, GUARD_AT, "7", "5 + 3 = 8", False, False, "0.0: last number 8"),
    (GUARD, GUARD_AT, "5", "I cannot solve this.", False, False, "0.0: no number"),
    (GUARD, GUARD_AT, "4.5", "half of 9 is 4.5", False, True, "decimal: 1.0"),
    (GUARD, GUARD_AT, "4.5", "half of 9 is 4.50001", False, False, "|d| > 1e-6: 0.0"),
    (GUARD, GUARD_AT, "4.5", "half of 9 is 4.6", False, False, "0.0"),
    # --- neuriv/rtrl: gsm8k(row, text) == 1 ----------------------------------------------------
    (
        RTRL,
        RTRL_AT,
        "64",
        r"Therefore, Kylar needs to pay $\boxed{64}$ dollars for the glasses.",
        False,
        True,
        "== 1",
    ),
    (RTRL, RTRL_AT, "2", "Marie ordered 2 boxes of pizza.", False, True, "== 1"),
    (RTRL, RTRL_AT, "1024", "He earns $1,024 dollars.", False, True, "== 1: comma"),
    (RTRL, RTRL_AT, "1024", r"The answer is \boxed{1,024} dollars.", False, True, "== 1"),
    (RTRL, RTRL_AT, "-12", "The balance is -12 dollars.", False, True, "== 1"),
    (
        RTRL,
        RTRL_AT,
        "-12",
        "The temperature is \u2212 12 degrees.",
        False,
        True,
        "== 1: U+2212 minus and a space",
    ),
    (RTRL, RTRL_AT, "64", "Final answer: 64.00 dollars.", False, True, "== 1"),
    (RTRL, RTRL_AT, "64", r"Final answer: \boxed{64.0} dollars.", False, True, "== 1"),
    (
        RTRL,
        RTRL_AT,
        "4",
        r"First \boxed{3}, corrected to \boxed{4} after 2 checks.",
        False,
        True,
        "== 1: last box",
    ),
    (RTRL, RTRL_AT, "2", r"Compute \frac{6}{3} = 2 boxes.", False, True, "== 1"),
    (RTRL, RTRL_AT, "2", "1/2 of 4 is 2 boxes.", False, True, "== 1"),
    # --- neuriv/rtrl: gsm8k(row, text) == 0 ----------------------------------------------------
    (RTRL, RTRL_AT, "64", "The answer is 65 dollars.", False, False, "== 0"),
    (
        RTRL,
        RTRL_AT,
        "64",
        r"The answer is \boxed{65} after checking 64 dollars.",
        False,
        False,
        "== 0: boxed 65",
    ),
    (RTRL, RTRL_AT, "64", "The answer is 64.1 dollars.", False, False, "== 0"),
    # --- plembr/grpo-verl (reference "work\n#### 18") -------------------------------------------
    (PLEMBR, PLEMBR_AT, "18", "Reasoning\n#### 18", False, True, "compute_score == 1.0"),
    (PLEMBR, PLEMBR_AT, "18", "Reasoning\n#### 19", False, False, "0.1, correct is False"),
    (PLEMBR, PLEMBR_AT, "18", "No final answer", False, False, "0.0"),
    # --- ibusnowden/jaxchat (GOLD = 72.0) ---------------------------------------------------------
    (
        JAX,
        JAX_AT,
        "72",
        r"We compute 48+24=72. The final answer is \boxed{72}.",
        False,
        True,
        "reward == 1.0",
    ),
    (JAX, JAX_AT, "72", r"I think it is \boxed{70}.", False, False, "reward == 0.0"),
    (JAX, JAX_AT, "72", "So the total is 72.", False, True, "1.0: trailing-number fallback"),
    (JAX, JAX_AT, "72", "Hmm let me think...", False, False, "reward == 0.0"),
    (JAX, JAX_AT, "72", "Maybe around 50 or so.", False, False, "strict group spread 0"),
    (JAX, JAX_AT, "72", r"\boxed{99}", False, False, "strict group spread 0"),
    # --- HkHk2Prod/MiniChatBot: GSM8KReward()(completion, reference) ------------------------------
    (MINICHAT, MINICHAT_AT, "42", "The answer is #### 42", False, True, 'ref "#### 42": 1.0'),
    (
        MINICHAT,
        MINICHAT_AT,
        "1,000",
        "so the total is 1000",
        False,
        True,
        'ref "#### 1,000": 1.0',
    ),
    (MINICHAT, MINICHAT_AT, "42", "#### 41", False, False, 'ref "#### 42": 0.0'),
    (MINICHAT, MINICHAT_AT, "42", "I am not sure", False, False, "0.0: no number"),
    # --- LeoPhilly/grpo-profiling-harness: gsm8k_reward --------------------------------------------
    (LEO, LEO_AT, "72", "The answer is\n#### 72", False, True, "plain_integer"),
    (LEO, LEO_AT, "1234", "#### 1,234", False, True, "comma_stripped"),
    (LEO, LEO_AT, "72", "I conclude.\n#### 72.", False, True, "trailing_dot"),
    (LEO, LEO_AT, "7", "#### 5 is wrong, actually\n#### 7", False, True, "last marker wins"),
    (LEO, LEO_AT, "72", "#### 71", False, False, "wrong_answer_well_formatted"),
    (LEO, LEO_AT, "-5", "#### -5", False, True, "negative_number"),
    (LEO, LEO_AT, "72", "@@@@ ???? ####x 12abc ####", False, False, "garbage"),
    (LEO, LEO_AT, "72", _LEO_LONG, False, True, "long_completion_clip (> 300 chars)"),
    (
        LEO,
        LEO_AT,
        "42",
        "Adding them up gives 42. #### 42\n\nLet me double-check: yes, confident.",
        False,
        True,
        "text_after_marker",
    ),
    (LEO, LEO_AT, "18", "The total is #### 18.0", False, True, "decimal_equivalent"),
    (LEO, LEO_AT, "72", "blah blah\n#### 72", False, True, "prompt-suffix example"),
    # --- baremetaldevx86/Qwen-2.5-1.5B-GRPO (gold 18) ---------------------------------------------
    (BARE, BARE_AT, "18", r"So \boxed{18}", False, True, "correctness_reward == 1.0"),
    (BARE, BARE_AT, "18", r"So \boxed{17}", False, False, "correctness_reward == 0.0"),
    (BARE, BARE_AT, "18", "I cannot solve this.", False, False, "no answer: 0.0"),
    (BARE, BARE_AT, "18", r"\boxed{18} ... \boxed{18}", False, True, "same value repeated"),
    (BARE, BARE_AT, "18", r"\boxed{18}", False, True, "total_reward == 1.1"),
    (BARE, BARE_AT, "18", r"\boxed{17}", False, False, "total_reward == 0.1, format only"),
]

CASES: list[dict] = [
    collected_case(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

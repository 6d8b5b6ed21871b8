r"""The eighth fresh set of answer-equivalence cases (evaluation only; helper "c", second part:
the labelled examples that LLM-judge prompts carry, CompassVerifier's labelled sample and
xVerify's human-labelled examples; the first part, TinyV's HardVerify-Math sample, is
equiv_fresh8_c.py).

A judge prompt's few-shot example is a labelled (reference, answer, verdict) triple written by the
prompt's authors; it is read here as an equivalence assertion with that verdict. Conventions as in
equiv_fresh8_c.py: ``wrap`` True marks a bare answer to be put in ``\boxed{}``, False a whole
completion (or an answer given in prose) as written; strings are the values Python reads from the
source, after the ``str.format`` the code applies (MME-Reasoning and MathVerse write ``{{2}}`` for
``{2}``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- openai/simple-evals ``common.py`` @ 5e623c2b400af62a1278e23595f95b0853d7fe8a (``EQUALITY_TEMPLATE``;
  ``math_eval.py`` fills Expression 1 with the gold ``row["Answer"]`` and Expression 2 with the
  extracted answer), MIT. Many repositories copy this template verbatim; it is counted once.
- open-compass/VLMEvalKit @ 401916c00a4769884aeca865a77674abe0c62a26, Apache-2.0:
  ``vlmeval/dataset/mmreason.py`` (``get_gpt4_score_ICE``: simple-evals' template with six more
  examples; ``build_MMReason_gpt4_score_prompt`` fills Expression 1 with the extracted prediction
  and Expression 2 with the gold, so the added examples are read that way; the examples shared
  with simple-evals are not repeated), ``vlmeval/dataset/utils/seephys.py`` (``prompt_scoring``,
  physics answers with units; the model answers are prose, so ``wrap`` is False) and
  ``vlmeval/dataset/utils/mme_reasoning.py`` (``MMEReasoning_openeval``: two examples and the two
  "for example" pairs of its notes, less one that an earlier set holds).
- ZrrSkywalker/MathVerse ``evaluation/prompts.py`` @ ac31a9c8b92eb8eed87477ec7bc40b61ce5d9b61
  (``demo_prompt_score``: its examples and its "0.5m and 50cm" note), MIT. VLMEvalKit's
  ``mathverse.py`` and ``olympiadbench.py`` carry copies of these examples; they are counted once.
- open-compass/CompassVerifier ``src/sample_questions.json`` @
  c5d6700ae5a820ed1232c847a57e7060d130b7df (removed from the repository later; ``gold_judgment``
  A = CORRECT, B = INCORRECT, C = INVALID), Apache-2.0 per its README (no license file).
- KbsdJames/Omni-MATH ``GPT_eval/gpt_evaluation_template.txt`` @
  5aac08bc8ebeef5511e244c094194321209550af (three worked examples, each with "Equivalence
  Judgement" FALSE; the student solution is kept whole, trailing blank lines dropped), no license
  file in the repository.
- Psycoy/MixEval ``mix_eval/prompts/judge_prompts.py`` @ bac9c1c164dffc80cb40f05fc0b772b87d66f00e
  (``gpt_judge_for_closeended_freeform``, example 1, score [[1.0]]; the model answer is a
  sentence, so ``wrap`` is False), no license file in the repository.
- cosmaadrian/romath ``evaluate/prompts/judge_english_prompt.py`` @
  b318d9b175db20e064839a7994bd02a340ac9f1f (criterion 1's pair, which the Romanian prompt
  ``judge_romanian_prompt.py`` repeats), CC BY-NC 4.0 (``LICENSE``); a one-line expression pair,
  quoted with attribution.
- IAAR-Shanghai/xVerify ``src/xVerify/examples/eval_examples.json`` @
  3854062d016fc14f6106e247f38cf0adef9e06cd (ten examples of the VAR data with
  ``human_judgment_result``; the six rows with ``key_answer_type`` "math" are taken, each
  completion whole), CC BY-NC-ND 4.0 (``LICENSE.txt``): quoted verbatim, unmodified, with
  attribution, as evaluation data; they are kept apart in ``XVERIFY_CASES`` so that a user who
  cannot accept that license can drop them with one line.

Left out, by rule: multiple-choice letters (MMReason ``d`` vs ``b``; MathVerse examples 2 and 5;
xVerify's MMLU/GPQA rows); answers that are not math (xVerify's DROP and CLUEWSC rows); no
prediction (MathVerse example 4, ``null``); a gold with a doubled backslash (Omni-MATH example 2,
``\\text{No winning strategy; ...}``); verdicts that rest on a policy against mathematical
equality: simple-evals' ``3245/5`` vs ``649`` ("these are actually equal, don't mark them
equivalent if you need to do nontrivial simplifications"), CompassVerifier's ``(6 - 2x)(6 + 2x)``
vs ``4(3-x)(3+x)`` (B: the question asks to factor completely); no definite equivalence
(CompassVerifier's truncated response, C = INVALID); SeePhys examples whose raw-string text sends
doubled backslashes or doubled braces to the judge (examples 2, 6, 7, 8 and 11: ``\\frac{{2 v_0
...}}``, ``\\times``, ``\\text``), which no reader can take as written; partial scores (MixEval
example 2, [[0.5]]) and non-math examples (MixEval example 3); RoMath's "0.913 and 0.91" (which one
is the gold is not said); a pair an earlier set holds (MME-Reasoning's ``\frac{7}{2}`` and
``3.5``, in equiv_fresh5_b.py the other way round). RoMath's ``assets/romath-judge-train.csv`` (300 labelled rows) is not
used: its predictions are whole proofs (the original, another problem's proof, or a proof with
numbers and signs flipped at random), not answers to compare. Judge prompts whose examples were all
multiple-choice, VQA or non-math (VLMEvalKit's other ``[Standard Answer]`` prompts, lmms-eval's
copies) were not used. Searched without finding labelled answer pairs:
hkust-nlp/RL-Verifier-Pitfalls (code only; data on the Hub), ZJU-REAL/VerifyBench (prompts and
pages only), xVerify's ``eval/data/*.parquet`` (RL prompts with golds, no model answers or labels),
KbsdJames/Omni-MATH ``GPT_eval/examples`` (labels are GPT-4o's verdicts, not gold labels: not
used).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SIMPLE = "openai/simple-evals"
SIMPLE_AT = "common.py@5e623c2b400af62a1278e23595f95b0853d7fe8a"
VLMEVAL = "open-compass/VLMEvalKit"
MMREASON_AT = "vlmeval/dataset/mmreason.py@401916c00a4769884aeca865a77674abe0c62a26"
SEEPHYS_AT = "vlmeval/dataset/utils/seephys.py@401916c00a4769884aeca865a77674abe0c62a26"
MME_AT = "vlmeval/dataset/utils/mme_reasoning.py@401916c00a4769884aeca865a77674abe0c62a26"
MATHVERSE = "ZrrSkywalker/MathVerse"
MATHVERSE_AT = "evaluation/prompts.py@ac31a9c8b92eb8eed87477ec7bc40b61ce5d9b61"
CV = "open-compass/CompassVerifier"
CV_AT = "src/sample_questions.json@c5d6700ae5a820ed1232c847a57e7060d130b7df"
OMNI = "KbsdJames/Omni-MATH"
OMNI_AT = "GPT_eval/gpt_evaluation_template.txt@5aac08bc8ebeef5511e244c094194321209550af"
MIXEVAL = "Psycoy/MixEval"
MIXEVAL_AT = "mix_eval/prompts/judge_prompts.py@bac9c1c164dffc80cb40f05fc0b772b87d66f00e"
ROMATH = "cosmaadrian/romath"
ROMATH_AT = "evaluate/prompts/judge_english_prompt.py@b318d9b175db20e064839a7994bd02a340ac9f1f"
XVERIFY = "IAAR-Shanghai/xVerify"
XVERIFY_AT = "src/xVerify/examples/eval_examples.json@3854062d016fc14f6106e247f38cf0adef9e06cd"

PROMPT_CASES: list[dict] = [
    # --- openai/simple-evals: EQUALITY_TEMPLATE examples (Expression 1 = gold) ------------
    _c(SIMPLE, SIMPLE_AT, "$2x+3$", "$3+2x$", True, True, "template example: Yes"),
    _c(SIMPLE, SIMPLE_AT, "3/2", "1.5", True, True, "template example: Yes"),
    _c(SIMPLE, SIMPLE_AT, "$x^2+2x+1$", "$y^2+2y+1$", True, False, "template example: No"),
    _c(SIMPLE, SIMPLE_AT, "$x^2+2x+1$", "$(x+1)^2$", True, True, "template example: Yes"),
    _c(
        SIMPLE,
        SIMPLE_AT,
        "2/(-3)",
        "-2/3",
        True,
        True,
        "template example: Yes (trivial simplifications are allowed)",
    ),
    _c(
        SIMPLE,
        SIMPLE_AT,
        "72 degrees",
        "72",
        True,
        True,
        "template example: Yes (give benefit of the doubt to units)",
    ),
    _c(
        SIMPLE,
        SIMPLE_AT,
        "64",
        "64 square feet",
        True,
        True,
        "template example: Yes (give benefit of the doubt to units)",
    ),
    # --- VLMEvalKit MMReason: examples added to the template (Expression 1 = prediction) ---
    _c(VLMEVAL, MMREASON_AT, "120", "70°", True, False, "MMReason example: No"),
    _c(VLMEVAL, MMREASON_AT, "1.92", "1.881 yr", True, False, "MMReason example: No"),
    _c(VLMEVAL, MMREASON_AT, "0.032 m", "44.1 mm", True, False, "MMReason example: No"),
    _c(
        VLMEVAL,
        MMREASON_AT,
        "1,2,3,4",
        "1,4,3,2",
        True,
        False,
        "MMReason example: No (an ordered list in another order)",
    ),
    _c(
        VLMEVAL,
        MMREASON_AT,
        "28",
        "R28",
        True,
        True,
        "MMReason example: Yes (ignore currency symbols if the numeric value is the same)",
    ),
    # --- VLMEvalKit SeePhys: scoring prompt examples (judgement 1 / 0) ----------------------
    _c(VLMEVAL, SEEPHYS_AT, "4 m/s²", "4", False, True, "SeePhys example 1: Judgement 1"),
    _c(
        VLMEVAL,
        SEEPHYS_AT,
        "10 m/s",
        "Velocity $v(t) = dx/dt = 6t - 2$. At $t=2s$, $v(2) = 6(2) - 2 = 12 - 2 = 10$. So the velocity is 10 m/s.",
        False,
        True,
        "SeePhys example 3: Judgement 1",
    ),
    _c(
        VLMEVAL,
        SEEPHYS_AT,
        "Approximately 28.3 m/s",
        "The change in velocity is 0 m/s because the speed is the same.",
        False,
        False,
        "SeePhys example 4: Judgement 0",
    ),
    _c(
        VLMEVAL,
        SEEPHYS_AT,
        "(a) $t_g = 2$ s, (b) $d_x = 20$ m",
        "(a) The time to hit the ground $t_g$ is 2 s. (b) The horizontal distance $d_x$ is 10 m.",
        False,
        False,
        "SeePhys example 5: Judgement 0",
    ),
    _c(
        VLMEVAL,
        SEEPHYS_AT,
        r"$E = mc^2 \left(1 + \frac{v^2}{2c^2} + \frac{3v^4}{8c^4} + \mathcal{O}(v^6/c^6)\right)$",
        r"$E = \gamma m c^2 = \frac{mc^2}{\sqrt{1 - v^2/c^2}} \approx mc^2 + \frac{1}{2}mv^2 + \frac{3}{8} \frac{mv^4}{c^2}$",
        False,
        True,
        "SeePhys example 9: Judgement 1 (velocity expansion of E)",
    ),
    _c(
        VLMEVAL,
        SEEPHYS_AT,
        r"$\ln T \approx \ln 16 + \ln\left(\frac{E}{V_0}\right) + \ln\left(1 - \frac{E}{V_0}\right) - \frac{2d}{\hbar} \sqrt{2m(V_0 - E)}$",
        r"$T \approx 16 \frac{E}{V_0} \left(1 - \frac{E}{V_0}\right) e^{-2d\sqrt{2m(V_0 - E)}/\hbar}$",
        False,
        True,
        "SeePhys example 10: Judgement 1 (log form of T)",
    ),
    # --- VLMEvalKit MME-Reasoning: open-answer judge prompt (after str.format) --------------
    _c(
        VLMEVAL,
        MME_AT,
        r"\sqrt{3}",
        "1.73",
        True,
        True,
        "MME-Reasoning note: equal up to two decimal places",
    ),
    _c(VLMEVAL, MME_AT, r"\sqrt{2}", "1.414", True, True, "MME-Reasoning example 1: Judgement 1"),
    _c(
        VLMEVAL,
        MME_AT,
        "['Left', 'Right']",
        "'Left', 'Right'",
        True,
        True,
        "MME-Reasoning example 2: Judgement 1",
    ),
    # --- ZrrSkywalker/MathVerse: demo_prompt_score (after str.format) -----------------------
    _c(
        MATHVERSE,
        MATHVERSE_AT,
        "0.5m",
        "50cm",
        True,
        True,
        "MathVerse note: the same meaning is consistent",
    ),
    _c(
        MATHVERSE,
        MATHVERSE_AT,
        "(-2,1]",
        r"Extracted Answer: \((-2, 1)\)",
        False,
        False,
        "MathVerse example 1: Judgement 0",
    ),
    _c(
        MATHVERSE,
        MATHVERSE_AT,
        "domain: [-4, 0) and range: (-3, 1]",
        r"Range: \((-4, 1]\)",
        False,
        False,
        "MathVerse example 3: Judgement 0 (range only, and wrong)",
    ),
    # --- open-compass/CompassVerifier: sample_questions.json (gold_judgment A = CORRECT) -----
    _c(
        CV,
        CV_AT,
        r"\frac{11}{16}",
        "Alright, I have this probability problem to solve:\n\n**Problem:** Harold tosses a nickel four times. What is the probability that he gets at least as many heads as tails?\n\nFirst, I need to understand what's being asked. Harold is tossing a nickel (which I assume is a fair coin) four times. I need to find the probability that the number of heads is at least as many as the number of tails.\n\n### Understanding the Problem\n\n- **Total number of tosses (n):** 4\n- **Coin:** Fair, so probability of heads (H) = probability of tails (T) = 0.5\n- **Desired outcome:** Number of heads ≥ number of tails\n\nSince there are four tosses, the number of heads can range from 0 to 4. The number of tails will then be 4 minus the number of heads.\n\nSo, the possible number of heads (k) and corresponding number of tails (4 - k) are:\n\n- k = 0: Tails = 4\n- k = 1: Tails = 3\n- k = 2: Tails = 2\n- k = 3: Tails = 1\n- k = 4: Tails = 0\n\nWe need the number of heads to be at least as many as the number of tails, i.e., k ≥ 4 - k.\n\nLet's solve the inequality:\n\nk ≥ 4 - k  \nk + k ≥ 4  \n2k ≥ 4  \nk ≥ 2\n\nSo, the number of heads must be 2, 3, or 4.\n\n### Calculating the Probabilities\n\nTo find the probability of getting at least as many heads as tails, I need to calculate the probabilities for k = 2, 3, and 4 and then sum them up.\n\nThe probability of getting exactly k heads in n tosses of a fair coin is given by the binomial probability formula:\n\nP(k) = C(n, k) * (0.5)^n\n\nWhere:\n- C(n, k) is the number of combinations of n items taken k at a time.\n- (0.5)^n is the probability of any specific sequence of n tosses.\n\nSince the coin is fair, (0.5)^n will be the same for all k, so we can factor that out when summing the probabilities.\n\nBut to simplify, I'll calculate each probability separately.\n\n#### 1. Probability of getting exactly 2 heads (k = 2)\n\nC(4, 2) = 6  \nP(2) = 6 * (0.5)^4 = 6 * 0.0625 = 0.375\n\n#### 2. Probability of getting exactly 3 heads (k = 3)\n\nC(4, 3) = 4  \nP(3) = 4 * (0.5)^4 = 4 * 0.0625 = 0.25\n\n#### 3. Probability of getting exactly 4 heads (k = 4)\n\nC(4, 4) = 1  \nP(4) = 1 * (0.5)^4 = 1 * 0.0625 = 0.0625\n\n### Summing the Probabilities\n\nNow, I'll sum the probabilities for k = 2, 3, and 4:\n\nP(at least as many heads as tails) = P(2) + P(3) + P(4)  \n= 0.375 + 0.25 + 0.0625  \n= 0.6875\n\n### Verifying the Calculation\n\nTo ensure I didn't make a mistake, I'll double-check the calculations:\n\n- **C(4, 2) = 6** ✔️\n- **C(4, 3) = 4** ✔️\n- **C(4, 4) = 1** ✔️\n- **(0.5)^4 = 0.0625** ✔️\n- **0.375 + 0.25 + 0.0625 = 0.6875** ✔️\n\nEverything seems to add up correctly.\n\n### Final Answer\n\nThe probability that Harold gets at least as many heads as tails when tossing a nickel four times is:\n\n\\boxed{0.6875}",
        False,
        True,
        "sample 1: gold_judgment A (CORRECT)",
    ),
    # --- KbsdJames/Omni-MATH: GPT-4 evaluation template examples (Equivalence Judgement) -----
    _c(
        OMNI,
        OMNI_AT,
        "432",
        "To determine how many 4-digit numbers beginning with 1 have exactly two identical digits, we need to consider the structure of these numbers. A number of this form can be represented as \\(1abc\\), where \\(a\\), \\(b\\), and \\(c\\) are digits from 0 to 9, and exactly one of the digits \\(a\\), \\(b\\), or \\(c\\) is 1, while the other two are different from each other and different from 1.\n\nWe can break down the problem into the following steps:\n\n1. **Choose the digit that is 1**: There are 3 positions (a, b, c) where the digit 1 can be placed. So, there are 3 choices for the position of the digit 1.\n\n2. **Choose the other two digits**: The remaining two digits must be different from each other and different from 1. Therefore, we have 9 choices for the first of these two digits (0-9 except 1) and 8 choices for the second digit (0-9 except 1 and the first digit). This gives us \\(9 \\times 8 = 72\\) choices for the other two digits.\n\nCombining these choices, the total number of 4-digit numbers beginning with 1 that have exactly two identical digits is:\n\\[3 \\times 72 = 216.\\]\n\nThus, the number of such numbers is \\(\\boxed{216}\\).",
        False,
        False,
        "example 1: boxed 216 against 432: FALSE",
    ),
    _c(
        OMNI,
        OMNI_AT,
        "P(x,y,z) = x^2 + y^2 + z^2 + 2xyz",
        " **Claim:** There exists a three-variable polynomial $P(x, y",
        False,
        False,
        "example 3: truncated solution, no final answer: FALSE",
    ),
    # --- Psycoy/MixEval: free-form judge prompt, example 1 (correctness score [[1.0]]) -------
    _c(
        MIXEVAL,
        MIXEVAL_AT,
        "375000",
        "Sandy will have more tokens than any sibling by 3/8 million.",
        False,
        True,
        "example 1: [[1.0]] (gold written '<answer 1> 375000')",
    ),
    # --- cosmaadrian/romath: judge prompt criterion 1 (after str.format) --------------------
    _c(
        ROMATH,
        ROMATH_AT,
        r"\( \frac{\sqrt{6}-\sqrt{2}}{2} \)",
        r"\( \sqrt{2 - \sqrt{3}} \)",
        True,
        True,
        "criterion 1: an equivalence the judge must accept (en and ro prompts)",
    ),
]

# CC BY-NC-ND 4.0 (see the docstring).
XVERIFY_CASES: list[dict] = [
    # --- IAAR-Shanghai/xVerify: eval_examples.json, math rows, human_judgment_result --------
    _c(
        XVERIFY,
        XVERIFY_AT,
        r"$\frac{\sqrt{2}+1-\sqrt{2 \sqrt{2}-1}}{2}$",
        "To find the maximum value of the function \\( f(x) = \\frac{x(1-x)}{x^3 - x + 1} \\) for \\( 0 < x < 1 \\), we need to find the critical points by differentiating \\( f(x) \\) with respect to \\( x \\) and setting the derivative equal to zero.\n\nFirst, let's rewrite the function for clarity:\n\\[ f(x) = \\frac{x - x^2}{x^3 - x + 1}. \\]\n\nWe use the quotient rule to find the derivative of \\( f(x) \\). The quotient rule states that if \\( f(x) = \\frac{g(x)}{h(x)} \\), then \\( f'(x) = \\frac{g'(x)h(x) - g(x)h'(x)}{[h(x)]^2} \\).\n\nHere, \\( g(x) = x - x^2 \\) and \\( h(x) = x^3 - x + 1 \\).\n\nFirst, compute the derivatives \\( g'(x) \\) and \\( h'(x) \\):\n\\[ g'(x) = 1 - 2x, \\]\n\\[ h'(x) = 3x^2 - 1. \\]\n\nNow, apply the quotient rule:\n\\[ f'(x) = \\frac{(1 - 2x)(x^3 - x + 1) - (x - x^2)(3x^2 - 1)}{(x^3 - x + 1)^2}. \\]\n\nSimplify the numerator:\n\\[ (1 - 2x)(x^3 - x + 1) = x^3 - x + 1 - 2x^4 + 2x^2 - 2x = -2x^4 + x^3 + 2x^2 - 3x + 1, \\]\n\\[ (x - x^2)(3x^2 - 1) = 3x^3 - x - 3x^4 + x^2 = -3x^4 + 3x^3 + x^2 - x. \\]\n\nCombine these results:\n\\[ -2x^4 + x^3 + 2x^2 - 3x + 1 - (-3x^4 + 3x^3 + x^2 - x) = x^4 - 2x^3 + x^2 - 2x + 1. \\]\n\nSo,\n\\[ f'(x) = \\frac{x^4 - 2x^3 + x^2 - 2x + 1}{(x^3 - x + 1)^2}. \\]\n\nTo find the critical points, set \\( f'(x) = 0 \\):\n\\[ x^4 - 2x^3 + x^2 - 2x + 1 = 0. \\]\n\nThis polynomial is not easily factorable, so we look for possible roots within the interval \\( 0 < x < 1 \\). By inspection or numerical methods, we find that \\( x = \\frac{1}{2} \\) is a solution.\n\nEvaluate \\( f(x) \\) at \\( x = \\frac{1}{2} \\):\n\\[ f\\left(\\frac{1}{2}\\right) = \\frac{\\frac{1}{2} \\left(1 - \\frac{1}{2}\\right)}{\\left(\\frac{1}{2}\\right)^3 - \\frac{1}{2} + 1} = \\frac{\\frac{1}{2} \\cdot \\frac{1}{2}}{\\frac{1}{8} - \\frac{1}{2} + 1} = \\frac{\\frac{1}{4}}{\\frac{1}{8} - \\frac{4}{8} + \\frac{8}{8}} = \\frac{\\frac{1}{4}}{\\frac{5}{8}} = \\frac{1}{4} \\cdot \\frac{8}{5} = \\frac{2}{5}. \\]\n\nTherefore, the maximum value of \\( f(x) \\) occurs at \\( x = \\frac{1}{2} \\).\n\nThe answer is \\(\\frac{1}{2}\\).",
        False,
        False,
        "example 1: OlympiadBench_zh, Qwen2.5-14B-Instruct, 5_shot_cot_restrict: human_judgment_result Incorrect",
    ),
    _c(
        XVERIFY,
        XVERIFY_AT,
        r"\frac{9\pi}{2}",
        "To find the circumference of each golf ball, we first need to determine the diameter of each golf ball. Since three golf balls are stacked vertically and they are touching each other and the ends of the box, the height of the box is equal to the sum of the diameters of the three golf balls.\n\nLet the diameter of each golf ball be \\(d\\). Therefore, the height of the box, which is 13.5 cm, is equal to \\(3d\\). We can set up the equation:\n\\[3d = 13.5\\]\nSolving for \\(d\\), we get:\n\\[d = \\frac{13.5}{3} = 4.5 \\text{ cm}\\]\n\nThe circumference \\(C\\) of a circle (or a golf ball in this case) is given by the formula:\n\\[C = \\pi d\\]\nSubstituting the value of \\(d\\) we found:\n\\[C = \\pi \\times 4.5 = \\frac{9\\pi}{2}\\]\n\nThus, the circumference of each golf ball is \\(\\frac{9\\pi}{2}\\) cm. The answer is 9/2 * π.",
        False,
        True,
        "example 2: MATH, Qwen2.5-14B-Instruct, 5_shot_restrict: human_judgment_result Correct",
    ),
    _c(
        XVERIFY,
        XVERIFY_AT,
        r"\left( \frac{1}{6}, \frac{1}{6} \right)",
        "To find the constants \\(a\\) and \\(b\\) such that \\(\\mathbf{M}^{-1} = a \\mathbf{M} + b \\mathbf{I}\\), we will follow these steps:\n\n1. **Find the inverse of \\(\\mathbf{M}\\):**\n\n   The matrix \\(\\mathbf{M}\\) is given by:\n   \\[\n   \\mathbf{M} = \\begin{pmatrix} 2 & 0 \\\\ 1 & -3 \\end{pmatrix}\n   \\]\n\n   The formula for the inverse of a \\(2 \\times 2\\) matrix \\(\\begin{pmatrix} p & q \\\\ r & s \\end{pmatrix}\\) is:\n   \\[\n   \\begin{pmatrix} p & q \\\\ r & s \\end{pmatrix}^{-1} = \\frac{1}{ps - qr} \\begin{pmatrix} s & -q \\\\ -r & p \\end{pmatrix}\n   \\]\n\n   For \\(\\mathbf{M}\\), we have \\(p = 2\\), \\(q = 0\\), \\(r = 1\\), and \\(s = -3\\). The determinant of \\(\\mathbf{M}\\) is:\n   \\[\n   \\det(\\mathbf{M}) = (2)(-3) - (0)(1) = -6\n   \\]\n\n   Therefore, the inverse of \\(\\mathbf{M}\\) is:\n   \\[\n   \\mathbf{M}^{-1} = \\frac{1}{-6} \\begin{pmatrix} -3 & 0 \\\\ -1 & 2 \\end{pmatrix} = \\begin{pmatrix} \\frac{1}{2} & 0 \\\\ \\frac{1}{6} & -\\frac{1}{3} \\end{pmatrix}\n   \\]\n\n2. **Express \\(\\mathbf{M}^{-1}\\) in the form \\(a \\mathbf{M} + b \\mathbf{I}\\):**\n\n   We need to find \\(a\\) and \\(b\\) such that:\n   \\[\n   \\mathbf{M}^{-1} = a \\mathbf{M} + b \\mathbf{I}\n   \\]\n\n   Substituting the matrices, we get:\n   \\[\n   \\begin{pmatrix} \\frac{1}{2} & 0 \\\\ \\frac{1}{6} & -\\frac{1}{3} \\end{pmatrix} = a \\begin{pmatrix} 2 & 0 \\\\ 1 & -3 \\end{pmatrix} + b \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}\n   \\]\n\n   This can be written as:\n   \\[\n   \\begin{pmatrix} \\frac{1}{2} & 0 \\\\ \\frac{1}{6} & -\\frac{1}{3} \\end{pmatrix} = \\begin{pmatrix} 2a + b & 0 \\\\ a & -3a + b \\end{pmatrix}\n   \\]\n\n3. **Set up and solve the system of equations:**\n\n   By comparing the corresponding elements of the matrices, we get the following system of equations:\n   \\[\n   2a + b = \\frac{1}{2}\n   \\]\n   \\[\n   a = \\frac{1}{6}\n   \\]\n   \\[\n   -3a + b = -\\frac{1}{3}\n   \\]\n\n   From the second equation, we have:\n   \\[\n   a = \\frac{1}{6}\n   \\]\n\n   Substitute \\(a = \\frac{1}{6}\\) into the first equation:\n   \\[\n   2 \\left( \\frac{1}{6} \\right) + b = \\frac{1}{2}\n   \\]\n   \\[\n   \\frac{1}{3} + b = \\frac{1}{2}\n   \\]\n   \\[\n   b = \\frac{1}{2} - \\frac{1}{3} = \\frac{3}{6} - \\frac{2}{6} = \\frac{1}{6}\n   \\]\n\n   Verify \\(b\\) using the third equation:\n   \\[\n   -3 \\left( \\frac{1}{6} \\right) + b = -\\frac{1}{3}\n   \\]\n   \\[\n   -\\frac{1}{2} + b = -\\frac{1}{3}\n   \\]\n   \\[\n   b = -\\frac{1}{3} + \\frac{1}{2} = -\\frac{2}{6} + \\frac{3}{6} = \\frac{1}{6}\n   \\]\n\n   Both values of \\(b\\) are consistent.\n\n4. **Conclusion:**\n\n   The constants \\(a\\) and \\(b\\) are:\n   \\[\n   a = \\frac{1}{6}, \\quad b = \\frac{1}{6}\n   \\]\n\n   Therefore, the ordered pair \\((a, b)\\) is:\n   \\[\n   \\left( \\frac{1}{6}, \\frac{1}{6} \\right)\n   \\]\n\n   The answer is (0.1666 repeating, 0.1666 repeating).",
        False,
        True,
        "example 3: MATH, Qwen2.5-7B-Instruct, 0_shot_cot_restrict: human_judgment_result Correct",
    ),
    _c(
        XVERIFY,
        XVERIFY_AT,
        "1625.0",
        "Let's solve the problem step by step.\n\n**Given:**\n- **Width of the paint strip:** 6.5 millimeters\n- **Length of the paint strip:** 25 meters\n\n**Step 1:** Convert the width from millimeters to centimeters.\n- Since \\(1\\, \\text{cm} = 10\\, \\text{mm}\\),\n\\[\n6.5\\, \\text{mm} = \\frac{6.5}{10} = 0.65\\, \\text{cm}\n\\]\n\n**Step 2:** Convert the length from meters to centimeters.\n- Since \\(1\\, \\text{m} = 100\\, \\text{cm}\\),\n\\[\n25\\, \\text{m} = 25 \\times 100 = 2500\\, \\text{cm}\n\\]\n\n**Step 3:** Calculate the area covered by the paint strip.\n\\[\n\\text{Area} = \\text{Width} \\times \\text{Length} = 0.65\\, \\text{cm} \\times 2500\\, \\text{cm} = 1625\\, \\text{cm}^2\n\\]\n\n**Final Answer:**\n\\[\n\\boxed{1625}\n\\]\nThe answer is One thousand six hundred twenty-five.",
        False,
        True,
        "example 4: AMC23, DeepSeek-R1-Distill-Llama-8B, 0_shot_cot_restrict: human_judgment_result Correct",
    ),
    _c(
        XVERIFY,
        XVERIFY_AT,
        "6t + (-5)",
        "To find the $y$-coordinate of the particle as a function of $t$, we need to understand the motion of the particle. The particle starts at the point $(-2, -5)$ and its $x$-coordinate changes at a rate of 4 units per unit of time. This means that the particle's position at time $t$ can be described by the following equation:\n\n\\[x(t) = -2 + 4t\\]\n\nWe are given that the particle's $y$-coordinate is $\\frac{3}{2}x - 2$. Substituting the expression for $x(t)$ into this equation, we get:\n\n\\[y(t) = \\frac{3}{2}(-2 + 4t) - 2\\]\n\nSimplifying this expression, we get:\n\n\\[y(t) = -3 + 6t - 2\\]\n\n\\[y(t) = 6t - 5\\]\n\nTherefore, the $y$-coordinate of the particle as a function of $t$ is $6t - 5$. The answer is $\\boxed{6t - 5}$.",
        False,
        True,
        "example 5: MATH, Qwen2-1.5B-Instruct, 0_shot_cot_restrict: human_judgment_result Correct",
    ),
    _c(
        XVERIFY,
        XVERIFY_AT,
        "(-1, 1)",
        "要使数列 \\(\\{a_n\\}\\) 成为周期数列，我们需要找到初始条件 \\(a_1\\) 和 \\(a_2\\)，使得数列在某个正整数 \\(k\\) 处重复，即 \\(a_{n+k} = a_n\\) 对所有 \\(n\\) 成立。\n\n给定递推关系：\n\\[\na_{n+2} = 2a_{n+1} + 3a_n\n\\]\n\n我们首先找出特征方程：\n\\[\nr^2 = 2r + 3 \\implies r^2 - 2r - 3 = 0\n\\]\n\n解这个二次方程：\n\\[\nr = \\frac{2 \\pm \\sqrt{4 + 12}}{2} = \\frac{2 \\pm \\sqrt{16}}{2} = \\frac{2 \\pm 4}{2}\n\\]\n\n因此，特征根为 \\(r_1 = 3\\) 和 \\(r_2 = -1\\)。\n\n数列的通解为：\n\\[\na_n = A \\cdot 3^n + B \\cdot (-1)^n\n\\]\n\n为了使数列周期性，我们需要找到 \\(A\\) 和 \\(B\\)，使得数列在某个周期 \\(k\\) 处重复。由于 \\((-1)^n\\) 的周期为 2，我们考虑 \\(k = 2\\)。\n\n对于周期为 2，我们需要：\n\\[\na_{n+2} = a_n\n\\]\n\n代入通解：\n\\[\nA \\cdot 3^{n+2} + B \\cdot (-1)^{n+2} = A \\cdot 3^n + B \\cdot (-1)^n\n\\]\n\n简化得到：\n\\[\nA \\cdot 9 \\cdot 3^n + B \\cdot (-1)^n = A \\cdot 3^n + B \\cdot (-1)^n\n\\]\n\n因此：\n\\[\n9A \\cdot 3^n = A \\cdot 3^n\n\\]\n\n这意味着：\n\\[\n9A = A \\implies 8A = 0 \\implies A = 0\n\\]\n\n因此，数列简化为：\n\\[\na_n = B \\cdot (-1)^n\n\\]\n\n这意味着数列是 \\(\\{B, -B, B, -B, \\ldots\\}\\)，显然是周期为 2 的。\n\n现在，我们使用初始条件：\n\\[\na_1 = B \\cdot (-1)^1 = -B\n\\]\n\\[\na_2 = B \\cdot (-1)^2 = B\n\\]\n\n因此，\\(a_1 = -B\\) 和 \\(a_2 = B\\)。\n\n选择 \\(B = 1\\)，我们得到：\n\\[\na_1 = -1, \\quad a_2 = 1\n\\]\n\n因此，使数列 \\(\\{a_n\\}\\) 成为周期数列的初始条件是：\n\\[\na_1 = -1, \\quad a_2 = 1\n\\]",
        False,
        True,
        "example 6: LiveMathBench_zh, Phi-4, 5_shot: human_judgment_result Correct",
    ),
]

CASES: list[dict] = [*PROMPT_CASES, *XVERIFY_CASES]

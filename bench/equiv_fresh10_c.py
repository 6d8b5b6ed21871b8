r"""The tenth fresh set of answer-equivalence cases (evaluation only; helper "c": real model outputs
with gold or human correctness labels kept in GitHub repositories, sampled by a fixed rule; the
GPQA-Diamond rows of the second source are in equiv_fresh10_c2.py, which this docstring covers).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the label the data
gives (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the source (JSON ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on
these cases.

Sources:

- kimsh0507/RewardMATH_official @ cde06ab3f5466e1f94e74ba4fadf0e6561434ecb (newest snapshot; the
  data files were last changed in cd599e8209b232075b9063ff0884b2b070d4077b), MIT license (LICENSE,
  "Copyright (c) 2024 Sunghwan Kim"). RewardMATH (arXiv 2410.01729) pairs one correct solution of a
  MATH problem ("chosen", a human solution rewritten by GPT-4) with nine incorrect ones ("rejected":
  one GPT-4 edit of the correct solution and eight solutions of named models); ``answer`` is the
  MATH answer. The repository keeps a sample of the benchmark (the full set is on Hugging Face):
  ``dataset/benchmark/RewardMATH_direct.json`` (20 rows, problems 0 and 399) and
  ``dataset/benchmark/rewardbench_math_prm_.json`` (4 rows of RewardBench's math-prm subset as the
  repository stores it: ``human_to_GPT-4`` is the chosen solution, ``unaligned_GPT-4`` the rejected
  one). Sampling rule: every row of both files (24 rows; fewer than 60 each), none left out. A case
  is (answer, the solution's steps joined by newlines, chosen): ``src/prompts.py`` joins the steps
  the same way (``"\n".join(solution)``) for classifier reward models; the completion is whole
  (``wrap`` False). ``RewardMATH_pairwise.json`` repeats the same solutions in pairs: not used.
  The ``results/`` files hold reward-model scores, not solutions: not used.
- nikhilchandak/answer-matching @ 2124e441ec52ea56c3e9aa3ae2bf58251176348a (newest snapshot; no
  license file at the top of the repository; ``lmeval/LICENSE.md`` covers the vendored
  lm-evaluation-harness only; the rows are quoted as evaluation data, with attribution). The human
  annotations of "Answer Matching Outperforms Multiple Choice for Language Model Evaluation": each
  row has a question's reference ``answer``, one model's free-form final ``response`` and the
  annotator's ``rating_match`` (1 to 5; 5 = the response matches the reference, 1 = it does not).
  Two files, each annotated twice:
  ``src/visualize_resps/annotation/saves/2907.jsonl`` (MMLU-Pro free-form, GPT-4o responses; second
  annotator ``strat1shash.jsonl``) and ``src/visualize_resps/annotation/saves/nikhil_gpqa2.jsonl``
  (GPQA-Diamond free-form, one of DeepSeek-V3, GPT-4o, Llama-4-Maverick, Qwen3-32B per row; second
  annotator ``ameya_gpqa2.jsonl``). The two files of a pair are not in the same row order; rows
  are matched on (question_id, model, response), and every sampled row has exactly one match.
  Sampling rule (fixed): the first 60 rows of ``2907.jsonl`` and of ``nikhil_gpqa2.jsonl``; a row
  is kept when both annotators gave the same definite rating, 5 (``expected`` True) or 1 (False),
  and the reference contains a digit (a quantity, a number, a formula or a name with locants).
  Left out by that rule: 2907.jsonl 26 rows with a prose reference (law, philosophy, biology
  answers with no digit) and 9 rows with a rating of 2 to 4 or the two annotators disagreeing;
  nikhil_gpqa2.jsonl 13 prose rows and 7 such rows. Left out besides: nikhil_gpqa2.jsonl row 9
  (reference "5, 2, 1, 3 and 4" numbers the question's list: the verdict depends on the question)
  and row 49 (rated 1 for ``E = \frac{k \cdot q}{L^2}`` against ``\frac{1}{4 \pi \epsilon_o}
  \frac{q}{L^2}``, equal under the usual k = 1/(4 pi epsilon_0): the label contradicts the pair as
  written). Kept: 25 MMLU-Pro rows (16 True) and 38 GPQA rows (13 True). The responses are the
  models' short final answers: ``wrap`` True, except one response that already carries a
  ``\boxed{}`` (kept whole, ``wrap`` False). The annotators saw the question: some True labels
  accept rounding (``51.0`` / ``51.01``, ``54`` / ``54.2``, ``0.85`` / ``0.849``) or a dropped unit
  (``3 060 000 km.`` / ``3.06 × 10⁶``), as the paper's matching rule does; ``why`` names the row.
  Many GPQA references are chemical names; they are kept (a False label there is still a definite
  verdict). The ``question_id`` values of 2907.jsonl are JSON numbers, stored here as strings.

Searched for labelled data without a usable sample: openai/prm800k (the data files are Git LFS
pointers), dvlab-research/MR-GSM8K (data not in the repository; its ``eval_results`` are GPT-4
gradings, not gold labels), eth-sri/matharena (no tests; model outputs are not in the repository),
IAAR-Shanghai/xFinder (two unlabelled math examples), CriticBench/CriticBench,
SalesforceAIResearch/ReasoningJudgeBench and ZJU-REAL/VerifyBench (code and prompts only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REWARDMATH = "kimsh0507/RewardMATH_official"
RM_COMMIT = "cde06ab3f5466e1f94e74ba4fadf0e6561434ecb"
RM_DIRECT = f"dataset/benchmark/RewardMATH_direct.json@{RM_COMMIT}"
RM_BENCH = f"dataset/benchmark/rewardbench_math_prm_.json@{RM_COMMIT}"

ANSWER_MATCHING = "nikhilchandak/answer-matching"
AM_COMMIT = "2124e441ec52ea56c3e9aa3ae2bf58251176348a"
AM_MMLU = f"src/visualize_resps/annotation/saves/2907.jsonl@{AM_COMMIT}"

# (id, solution_type, solution_reference, answer, steps joined by newlines):
# every row of dataset/benchmark/RewardMATH_direct.json, in file order.
REWARDMATH_ROWS: list[tuple[int, str, str, str, str]] = [
    (
        0,
        "chosen",
        "human_to_GPT-4",
        "1600",
        "I want to solve for x in the equation $441+2(21)(19)+361=x$.\nI can simplify the equation by first calculating $2(21)(19)$, which is equal to $798$.\nThen I can rewrite the equation as $441+798+361=x$.\nI notice that $441=21^2$ and $361=19^2$.\nSo the equation becomes $21^2+2(21)(19)+19^2=x$.\nThis is just the binomial expansion of $(21+19)^2$, which equals $40^2$.\nTherefore, the solution for x is $\\boxed{1600}$.",
    ),
    (
        1,
        "rejected",
        "modified_with_GPT-4",
        "1600",
        "I want to solve for x in the equation $441+2(21)(19)+361=x$.\nI can simplify the equation by first calculating $2(21)(19)$, which is equal to $800$.\nAdding these values, $441 + 800 + 361 = 1602$.\nTherefore, the value of $x$ is $\\boxed{1602}$.",
    ),
    (
        2,
        "rejected",
        "gpt-3.5-turbo-0125",
        "1600",
        "Calculate $441+2(21)(19)+361$.\n$441+2(21)(19)+361 = 441+798+361 = 1190$.\nTherefore, the value of $x$ is \\boxed{1190}.",
    ),
    (
        3,
        "rejected",
        "mistralai/Mixtral-8x7B-Instruct-v0.1",
        "1600",
        "The expression can be simplified as $441+2(21)(19)+361=x$\n$441+2\\cdot 21 \\cdot 19+361=x$\n$441+792+361=x$\n$1594=x$\nTherefore, the value of $x$ is \\boxed{1594}.",
    ),
    (
        4,
        "rejected",
        "google/gemma-2-27b-it",
        "1600",
        "We start by simplifying the expression on the left side of the equation.\nFirst, calculate \\(2(21)(19)=818\\)\nThen, add \\(441 + 818 + 361 = 1620\\)\nTherefore, \\(x = \\boxed{1620}\\)",
    ),
    (
        5,
        "rejected",
        "microsoft/Phi-3-medium-4k-instruct",
        "1600",
        "This is a simple algebraic equation. We follow the order of operations to evaluate the left-hand side of the equation and find the value of $x$.\n$441+2(21)(19)+361$\n$441+2(399)+361$, because $2 \\times 21 \\times 19 = 399$\n$441+798+361$, because $2 \\times 399 = 798$\n$1500$, because $441 + 798 + 361 = 1500$\nTherefore, $x = 1500$.",
    ),
    (
        6,
        "rejected",
        "meta-llama/Meta-Llama-3-8B-Instruct",
        "1600",
        "Start with the given equation: $441+2(21)(19)+361=x$\nExpand the equation: $441+2(399)+361=x$\nSimplify the equation: $1141+x=441+1198$\nCombine like terms: 1141+x=1639\nSubtract 1141 from both sides: x=1639-1141\nSimplify the right-hand side: x=\\boxed{498}",
    ),
    (
        7,
        "rejected",
        "google/gemma-7b-it",
        "1600",
        "Calculate the product of 21 and 19. $441+411+361=x$.\nCombine like terms. $872+361=x$.\nAdd like terms. $1233=x$.\nSubtract 1233 from both sides. $x=0$.",
    ),
    (
        8,
        "rejected",
        "WizardLMTeam/WizardMath-7B-V1.1",
        "1600",
        "To solve for $x$, I need to simplify the expression on the left side of the equation.\nI notice that there are several factors of 2 in the middle term, so I can use the distributive property to rewrite it as $400+380+361$.\nThis makes the expression $441+400+380+361$.\nNow I can add these numbers from left to right, starting with $441+400$.\nThis gives me $841+380+361$.\nNext, I add $841+380$ to get $1221+361$.\nFinally, I add $1221+361$ to get $1582$.\nSo, $x=1582$.",
    ),
    (
        9,
        "rejected",
        "peiyi9979/mistral-7b-sft",
        "1600",
        "Using the order of operations, we first evaluate $2(21)(19)$ to get $2(378)=756$.\nThen, we add $441$, $756$, and $361$ to get $441+756+361=1558$.\nSo, $x=\\boxed{1558}$.",
    ),
    (
        3990,
        "chosen",
        "human_to_GPT-4",
        "17",
        "The point on the graph of $y=\\frac{1}{2}x^2-9$ that is closest to the origin occurs when the distance from the origin to the point is minimized. To find this distance, I can use the distance formula: $d=\\sqrt{x^2+y^2}$.\nSubstituting $y=\\frac{1}{2}x^2-9$ into the distance formula gives $d=\\sqrt{x^2+\\left(\\frac{1}{2}x^2-9\\right)^2}$.\nI can simplify this expression by expanding the squared term: $d=\\sqrt{x^2+\\frac{1}{4}x^4-9x^2+81}$.\nTo minimize this expression, I can complete the square inside the square root: $d=\\sqrt{\\left(x^2-16\\right)^2+68}$.\nThe expression inside the square root is minimized when $x^2-16=0$, so $x^2=16$.\nThen the distance is $\\frac{\\sqrt{68}}{2}=\\sqrt{17}$.\nTherefore, the value of $a^2$ is $\\boxed{17}$.",
    ),
    (
        3991,
        "rejected",
        "modified_with_GPT-4",
        "17",
        "The point on the graph of $y=\\frac{1}{2}x^2-9$ that is closest to the origin occurs when the distance from the origin to the point is minimized. To find this distance, I can use the distance formula: $d=\\sqrt{x^2+y^2}$.\nSubstituting $y=\\frac{1}{2}x^2-9$ into the distance formula gives $d=\\sqrt{x^2+\\left(\\frac{1}{2}x^2-9\\right)^2}$.\nI can simplify this expression by expanding the squared term: $d=\\sqrt{x^2+\\frac{1}{4}x^4-9x^2+81}$.\nTo minimize this expression, I can complete the square inside the square root: $d=\\sqrt{\\left(x^2-16\\right)^2+64}$.\nSimplifying the expression inside the square root, we get $d=\\sqrt{x^4 - 32x^2 + 320}$.\nTo find the minimum value, we set the derivative of the inside expression, $4x^3 - 64x = 0$, equal to zero.\nSolving for $x$, we get $x = 0$ or $x = \\pm 4$.\nPlugging $x = 0$ into the original distance formula, $d = \\sqrt{81}$, and for $x = \\pm 4$, $d = \\sqrt{49}$.\nThe minimum distance is therefore $d = 7$.\nThus, the smallest distance squared, $a^2$, is $\\boxed{49}$.",
    ),
    (
        3992,
        "rejected",
        "gpt-3.5-turbo-0125",
        "17",
        "To find the smallest distance between the origin and a point on the graph of $y=\\frac{1}{2}x^2-9$, we need to find the minimum distance between the origin and a point on the parabola.\nThe distance between the origin $(0,0)$ and a point $(x,y)$ on the parabola can be calculated using the distance formula: $d = \\sqrt{x^2 + y^2}$.\nSubstitute the equation of the parabola $y = \\frac{1}{2}x^2 - 9$ into the distance formula: \n$d = \\sqrt{x^2 + \\left(\\frac{1}{2}x^2 - 9\\right)^2}$.\nSimplify the expression inside the square root: $d = \\sqrt{x^2 + \\left(\\frac{1}{2}x^2 - 9\\right)^2} = \\sqrt{x^2 + \\frac{1}{4}x^4 - 9x^2 + 81}$.\nWe want to find the minimum distance, which is equivalent to minimizing $d^2 = x^2 + \\frac{1}{4}x^4 - 9x^2 + 81$.\nTo find the minimum value of the function $d^2$, we take the derivative and set it equal to zero: \n$\\frac{d}{dx}(x^2 + \\frac{1}{4}x^4 - 9x^2 + 81) = 0$.\nSolve for $x$ and find the corresponding $y$-value to get the coordinates of the point on the parabola closest to the origin.\nCalculate the distance between this point and the origin, and square this distance to get $a^2$.\nSo, the smallest distance squared can be expressed as \\(\\boxed{a^2}\\).",
    ),
    (
        3993,
        "rejected",
        "claude-3-sonnet-20240229",
        "17",
        "1. The parabola is in the form $y = ax^2 + bx + c$, where $a = \\frac{1}{2}$, $b = 0$, and $c = -9$.\nThe vertex of a parabola with equation $y = ax^2 + bx + c$ is given by $\\left(-\\frac{b}{2a}, f\\left(-\\frac{b}{2a}\\right)\\right)$, where $f(x) = ax^2 + bx + c$.\nIn this case, we have $a = \\frac{1}{2}$ and $b = 0$, so the x-coordinate of the vertex is $-\\frac{b}{2a} = 0$.\nSubstituting $x = 0$ into the equation $y = \\frac{1}{2}x^2 - 9$, we get $y = -9$.\nTherefore, the vertex of the parabola is $(0, -9)$.\nThe distance between the origin $(0, 0)$ and the vertex $(0, -9)$ is the smallest distance between the origin and a point on the graph of $y = \\frac{1}{2}x^2 - 9$.\nThis distance is simply the absolute value of the y-coordinate of the vertex, which is $|(-9)| = 9$.\nTherefore, the smallest distance between the origin and a point on the graph of $y = \\frac{1}{2}x^2 - 9$ is $a = 9$, and $a^2 = \\boxed{81}$.",
    ),
    (
        3994,
        "rejected",
        "meta-llama/Meta-Llama-3-70B-Instruct",
        "17",
        "To find the smallest distance between the origin and a point on the graph of $y=\\frac{1}{2}x^2-9$, we can use the distance formula: $d = \\sqrt{(x-0)^2 + (y-0)^2} = \\sqrt{x^2 + y^2}$.\nSubstitute $y=\\frac{1}{2}x^2-9$ into the formula: $d = \\sqrt{x^2 + (\\frac{1}{2}x^2-9)^2}$.\nExpand and simplify: $d = \\sqrt{x^2 + \\frac{1}{4}x^4 - 9x^2 + 81} = \\sqrt{\\frac{1}{4}x^4 - \\frac{17}{2}x^2 + 81}$.\nTo find the minimum value of $d$, find the minimum value of $d^2$, which is $\\frac{1}{4}x^4 - \\frac{17}{2}x^2 + 81$.\nTake the derivative of $\\frac{1}{4}x^4 - \\frac{17}{2}x^2 + 81$ with respect to $x$ and set it equal to 0: $\\frac{1}{4}(4x^3) - \\frac{17}{2}(2x) + 0 = x^3 - 17x = 0$.\nFactor the equation: $x(x^2-17) = 0$, so $x=0$ or $x = \\pm \\sqrt{17}$.\nSince $x=0$ gives a maximum value of $d^2$ (or $d$), consider $x=\\sqrt{17}$: $d^2 = \\frac{1}{4}(\\sqrt{17})^4 - \\frac{17}{2}(\\sqrt{17})^2 + 81 = 32$.\nTherefore, the smallest distance between the origin and a point on the graph of $y=\\frac{1}{2}x^2-9$ is $\\sqrt{32} = 4\\sqrt{2}$, so $a = 4\\sqrt{2}$.\nThus, $a^2$ is equal to $\\boxed{32}$.",
    ),
    (
        3995,
        "rejected",
        "mistralai/Mixtral-8x7B-Instruct-v0.1",
        "17",
        "To find the smallest distance between the origin and a point on the graph of $y=\\frac{1}{2}x^2-9$, we first need to find the minimum value of the function.\nThe function $y=\\frac{1}{2}x^2-9$ is a parabola opening upwards, and its minimum value occurs at the vertex.\nThe x-coordinate of the vertex of the parabola $y=ax^2+bx+c$ is given by $x=-\\frac{b}{2a}$\nHere, $a=\\frac{1}{2}$ and $b=0$, $x=-\\frac{0}{2(\\frac{1}{2})}=0$\nTo find the y-coordinate of the vertex, substitute $x=0$ into the equation of the parabola: $y=\\frac{1}{2}(0)^2-9=-9$\nTherefore, the smallest distance between the origin and a point on the graph of $y=\\frac{1}{2}x^2-9$ is the distance from the origin to the vertex, which is $\\sqrt{0^2+(-9)^2}=\\boxed{9}$.\nSince we need to find $a^2$, the answer is $9^2 = \\boxed{81}$",
    ),
    (
        3996,
        "rejected",
        "google/gemma-2-27b-it",
        "17",
        "**Distance Formula:** The distance between the origin $(0,0)$ and a point $(x,y)$ on the curve is given by  √(x² + y²).\n**Substitute:** Since the point lies on the curve, substitute y with its expression: √(x² + (1/2x² - 9)²)\n**Simplify:**  We want to minimize this distance. To do so, it's helpful to minimize the square of the distance, avoiding square roots:\n   D² = x² + (1/2x² - 9)²\n**Expand:** Expand the square: D² = x² + 1/4x⁴ - 9/2x² + 81\n**Rewrite:** Combine terms: D² = 1/4x⁴ - 7/2x² + 81\n**Minimize:**  The expression looks like a quadratic in terms of x². Let z = x². Then, D² = 1/4z² - 7/2z + 81\n**Complete the square:** To find the minimum value, rewrite the quadratic in vertex form:\n    D² = 1/4(z² -14z) + 81\n    D² = 1/4(z² -14z + 49) + 81 - 49/4\n    D² = 1/4(z - 7)² + 265/4\n**Minimum Value:** The square term (z-7)² is always non-negative, so the minimum value of D² occurs when (z-7)² = 0, which means z = 7.\n**Back-substitute:** Remember z = x², so x² = 7.\n**Distance:** Find the distance:\n    D² = 1/4(7) + 265/4 = 182/4 = 45.5\n**Find a²:** Finally, a² = D² = \\boxed{45.5}",
    ),
    (
        3997,
        "rejected",
        "deepseek-ai/DeepSeek-V2-Lite-Chat",
        "17",
        "The graph of $y=\\frac{1}{2}x^2-9$ is a parabola that opens upward because the coefficient of $x^2$ is positive. The vertex of this parabola is the minimum point of the graph. The $x$-coordinate of the vertex can be found using the formula $x=-\\frac{b}{2a}$, where $a$ and $b$ are the coefficients of the quadratic equation $ax^2+bx+c$. However, in this case, the equation is already factored, so we can use the $y$-coordinate of the vertex or the $y$-coordinate of the vertex directly.\nThe $y$-coordinate of the vertex of a parabola given by $y=ax^2+bx+c$ is $a$. Therefore, the $y$-coordinate of the vertex of $y=\\frac{1}{2}x^2-9$ is $\\frac{1}{2}(-9)=\\frac{-18}{2}=-9$.\nA point on the graph of $y=\\frac{1}{2}x^2-9$ from the origin means the distance from the origin to the point on the graph is the $x$-coordinate of the vertex, which is $-\\frac{b}{2a} = -(-\\frac{9}{2\\cdot\\frac{1}{2}})= \\frac{9}{2} = \\frac{9}{2}$.\nTherefore, $a^2 = (\\frac{9}{2})^2 = \\frac{81}{4}$, and the answer is $\\boxed{\\frac{81}{4}}$.",
    ),
    (
        3998,
        "rejected",
        "meta-llama/Meta-Llama-3-8B-Instruct",
        "17",
        "The distance between the origin and a point on the graph can be expressed using the distance formula: $d=\\sqrt{\\left(x-0\\right)^2+\\left(y-0\\right)^2} = \\sqrt{x^2+y^2}$.\nThe point on the graph has the coordinates $(x, y) = (x, \\frac{1}{2}x^2-9)$.\nSubstitute $(x, y)$ into the distance formula: $d = \\sqrt{x^2 + \\left(\\frac{1}{2}x^2-9\\right)^2} = \\sqrt{x^2+\\frac{1}{4}x^4-9x^2+81}$.\nSimplify the expression: $d = \\sqrt{\\frac{5}{4}x^4-9x^2+81}$.\nTo find the smallest distance (the closest point), we need to find where the derivative of $d$ with respect to $x$ is equal to zero: $\\frac{d}{dx} = 0$, which leads to $x = 0$ or $x = \\pm \\frac{6}{\\sqrt{5}}$.\nSubstitute these values back into the original distance formula and take the square root of the resulting squared value to find the smallest distance: $a^2 = \\sqrt{\\frac{5}{4}\\left(0\\right)^4-9\\left(0\\right)^2+81} = \\boxed{81}$.",
    ),
    (
        3999,
        "rejected",
        "Qwen/Qwen1.5-7B-Chat",
        "17",
        "The distance \\( d \\) between a point \\( (x, y) \\) and the origin is given by the formula $d = \\sqrt{x^2 + y^2}$.\nFor a point on the parabola \\( y = \\frac{1}{2}x^2 - 9 \\), the point is at the vertex of the parabola, which has the smallest distance to the origin.\nThe x-coordinate of the vertex of the parabola is found by taking the derivative of \\( y \\) with respect to \\( x \\), setting it to zero, and solving for \\( x \\).\nThe derivative is $y' = x$, setting it to zero gives \\( x = 0 \\), which means the x-coordinate is 0.\nPlugging \\( x = 0 \\) into the original equation for the y-coordinate gives $y = -9$, which means the vertex is at (0, -9).\nSubstituting \\( x = 0 \\) and \\( y = -9 \\) into the distance formula, we find the distance \\( a \\): $a = \\sqrt{0^2 + (-9)^2} = \\sqrt{81} = 9$.\nTo find $a^2$, we square the value of \\( a \\): $a^2 = 9^2 = 81$\nThe final answer is $\\boxed{81}$.",
    ),
]

# (id, solution_reference, answer, steps joined by newlines):
# every row of dataset/benchmark/rewardbench_math_prm_.json, in file order.
REWARDBENCH_ROWS: list[tuple[int, str, str, str]] = [
    (
        0,
        "human_to_GPT-4",
        "1600",
        "We note that $361=19^2$ and $441=21^2$, so $x=21^2+2(21)(19)+19^2$\nThis is just the binomial expansion of $(21+19)^2=40^2=\\boxed{1600}$.",
    ),
    (
        1,
        "unaligned_GPT-4",
        "1600",
        "I notice that $441$ and $361$ are both perfect squares: $441=21^2$ and $361=19^2$.\nSo I can rewrite the equation as $21^2+2(21)(19)+19^2=x$.\nNow I recognize a familiar pattern: this is the expansion of $(21+19)^2$, using the formula $(a+b)^2=a^2+2ab+b^2$.\nSo I can simplify the equation as $(21+19)^2=x$.\nThen I can take the square root of both sides to get $21+19=\\sqrt{x}$.\nFinally, I can subtract $19$ from both sides to isolate $x$: $21-19=\\sqrt{x}-19$.\nThis gives me $2=\\sqrt{x}-19$, so $2+19=\\sqrt{x}$, and $21=\\sqrt{x}$.\nSquaring both sides again, I get $x=21^2$, or $x=441$.",
    ),
    (
        732,
        "human_to_GPT-4",
        "17",
        "By the distance formula, we are trying to minimize $\\sqrt{x^2+y^2}=\\sqrt{x^2+\\frac{1}{4}x^4-9x^2+81}$\nIn general, minimization problems like this require calculus, but one optimization method that sometimes works is to try to complete the square\nPulling out a factor of $\\frac{1}{4}$ from under the radical, we have \\begin{align*}\n\\frac{1}{2}\\sqrt{4x^2+x^4-36x^2+324}&=\\frac{1}{2}\\sqrt{(x^4-32x^2+256)+68} \\\\\n&= \\frac{1}{2}\\sqrt{(x^2-16)^2+68}\n\\end{align*}\nThis last expression is minimized when the square equals $0$, that is, when $x^2=16$\nThen the distance is $\\frac{\\sqrt{68}}{2}=\\sqrt{17}$\nHence the desired answer is $\\sqrt{17}^2 = \\boxed{17}$.",
    ),
    (
        733,
        "unaligned_GPT-4",
        "17",
        "I want to find the point on the parabola $y=\\frac{1}{2}x^2-9$ that is closest to the origin.\nThis means that I want to minimize the distance between the origin and any point $(x,y)$ on the parabola.\nThe distance formula tells me that the distance squared is equal to $x^2+y^2$, so I can use that as a function to minimize.\nSince $y=\\frac{1}{2}x^2-9$, I can substitute that into the distance squared function and get $d^2=x^2+\\left(\\frac{1}{2}x^2-9\\right)^2$.\nI can simplify this by expanding the square and combining like terms.\nI get $d^2=\\frac{5}{4}x^4-9x^2+81$.\nTo minimize this function, I need to find its critical points, where the derivative is zero or undefined.\nThe derivative is $d^2{}'=5x^3-18x$.\nThis is undefined when $x=0$, and zero when $5x^3-18x=0$.\nFactoring out an $x$ gives me $x(5x^2-18)=0$.\nThis has three solutions: $x=0, x=\\sqrt{\\frac{18}{5}}, x=-\\sqrt{\\frac{18}{5}}$.\nThese are the possible $x$-coordinates of the points on the parabola that are closest or farthest from the origin.\nTo find the corresponding $y$-coordinates, I need to plug these values back into the parabola equation.\nFor $x=0$, I get $y=\\frac{1}{2}(0)^2-9=-9$.\nFor $x=\\sqrt{\\frac{18}{5}}$, I get $y=\\frac{1}{2}\\left(\\sqrt{\\frac{18}{5}}\\right)^2-9=-\\frac{81}{10}$.\nFor $x=-\\sqrt{\\frac{18}{5}}$, I get $y=\\frac{1}{2}\\left(-\\sqrt{\\frac{18}{5}}\\right)^2-9=-\\frac{81}{10}$ as well.\nSo the three points on the parabola are $(0,-9)$, $\\left(\\sqrt{\\frac{18}{5}},-\\frac{81}{10}\\right)$, and $\\left(-\\sqrt{\\frac{18}{5}},-\\frac{81}{10}\\right)$.\nTo determine which one is the closest to the origin, I need to compare their distances squared.\nFor $(0,-9)$, the distance squared is $0^2+(-9)^2=81$.\nFor $\\left(\\sqrt{\\frac{18}{5}},-\\frac{81}{10}\\right)$, the distance squared is $\\left(\\sqrt{\\frac{18}{5}}\\right)^2+\\left(-\\frac{81}{10}\\right)^2=\\frac{18}{5}+\\frac{6561}{100}=\\frac{3401}{20}$.\nFor $\\left(-\\sqrt{\\frac{18}{5}},-\\frac{81}{10}\\right)$, the distance squared is the same as the previous point, since the $x$-coordinate is just negated.\nSo the smallest distance squared is $81$, and it occurs when $x=0$.\nTherefore, the smallest distance between the origin and the parabola is $a=\\sqrt{81}=9$.\nThe problem asks for $a^2$, which is $9^2=81$.",
    ),
]

# (row, question_id, model, both annotators rated 5, answer, response): the rows kept from the
# first 60 of 2907.jsonl (see the docstring for the rule); GPQA-Diamond is in equiv_fresh10_c2.py.
MMLU_PRO_ROWS: list[tuple[int, str, str, bool, str, str]] = [
    (
        1,
        "4377",
        "openai/gpt-4o",
        True,
        "O_2 volume is 25 liters and CO_2 volume is 50 liters",
        "25 liters of O_2, 50 liters of CO_2",
    ),
    (
        2,
        "11672",
        "openai/gpt-4o",
        True,
        "59.57 lb force, 0.955 ft^3",
        "Weight of the water: 59.57 lb force; Volume of the water: 0.954 ft³",
    ),
    (5, "4010", "openai/gpt-4o", True, "2", "2"),
    (6, "4015", "openai/gpt-4o", True, "675 g", "675 g"),
    (
        7,
        "12228",
        "openai/gpt-4o",
        True,
        "(2ix - 2i_y +i_z) volts/m",
        r"\(\mathbf{E} = 2i_x - 2i_y + i_z \, \text{V/m}\)",
    ),
    (10, "7743", "openai/gpt-4o", True, "7", "7"),
    (11, "10720", "openai/gpt-4o", True, "5", "5"),
    (20, "12234", "openai/gpt-4o", True, "3MHz", "3 MHz"),
    (22, "9588", "openai/gpt-4o", True, "1,000 J", "1000 J"),
    (23, "10106", "openai/gpt-4o", True, "10 V", "10 V"),
    (26, "11622", "openai/gpt-4o", False, "16 in. × 4 in.", "57.14 in²"),
    (27, "10660", "openai/gpt-4o", True, "1.6 microseconds", "1.6 microseconds"),
    (34, "4149", "openai/gpt-4o", False, "1.49 × 10^-2, .0386", "0.01665, 0.04"),
    (36, "768", "openai/gpt-4o", True, "51.0", "51.01"),
    (
        37,
        "10709",
        "openai/gpt-4o",
        False,
        "The nine's and ten's complements of 13579 are 86420 and 86421, of 90090 are 09909 and 09910, of 09900 are 90099 and 90100, of 10000 are 90000 and 89999, of 0000 are 9999 and 10000 respectively.",
        "(a) 9's: 86420, 10's: 86421\n(b) 9's: 09909, 10's: 09910\n(c) 9's: 90099, 10's: 90100\n(d) 9's: 89999, 10's: 90000\n(e) 9's: 9999, 10's: 10000",
    ),
    (
        39,
        "101",
        "openai/gpt-4o",
        True,
        "280,000 units and $350,000",
        "280,000 items; $350,000 sales revenue",
    ),
    (43, "3023", "openai/gpt-4o", True, "48 percent", "48"),
    (44, "2190", "openai/gpt-4o", False, "4.69", "5.244"),
    (
        45,
        "12212",
        "openai/gpt-4o",
        False,
        "I_g= 21.26 amp, I_m= 28.74 amp, I of main generator = 478.74 amp",
        "Current for each machine: 29.07 A; Total current for main generator: 950 A",
    ),
    (
        48,
        "11833",
        "openai/gpt-4o",
        False,
        "(a) 0.011, (b) 0.988",
        "Voltage Regulation: 19.14%, Efficiency: 90.16%",
    ),
    (50, "11453", "openai/gpt-4o", False, "26.03 ft", "304.2 feet"),
    (51, "11636", "openai/gpt-4o", False, r"(\etaf_c\pi) / 2", r"N_0 = N_i \cdot \pi f_c"),
    (55, "412", "openai/gpt-4o", False, "7.6%", "8.3%"),
    (56, "9037", "openai/gpt-4o", True, " 840", "840"),
    (59, "9803", "openai/gpt-4o", True, "2200 ft", "2200 ft"),
]


def _am(where: str, rows: list[tuple[int, str, str, bool, str, str]], name: str) -> list[dict]:
    return [
        _c(
            ANSWER_MATCHING,
            where,
            answer,
            response,
            r"\boxed" not in response,
            ok,
            f"{name} row {i} (question {qid}, {model}): both annotators rated {5 if ok else 1}",
        )
        for i, qid, model, ok, answer, response in rows
    ]


CASES: list[dict] = [
    *(
        _c(REWARDMATH, RM_DIRECT, answer, steps, False, kind == "chosen", f"id {i}: {kind} ({ref})")
        for i, kind, ref, answer, steps in REWARDMATH_ROWS
    ),
    *(
        _c(
            REWARDMATH,
            RM_BENCH,
            answer,
            steps,
            False,
            ref == "human_to_GPT-4",
            f"RewardBench math-prm id {i}: {'chosen' if ref == 'human_to_GPT-4' else 'rejected'} ({ref})",
        )
        for i, ref, answer, steps in REWARDBENCH_ROWS
    ),
    *_am(AM_MMLU, MMLU_PRO_ROWS, "MMLU-Pro 2907.jsonl"),
]

r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "c", first part:
real model completions graded by human teachers, kept in a GitHub repository; the 新课标I卷
rows of the same source are in equiv_fresh12_c2.py, which this docstring covers).

Each case gives the reference answer (``gold``), the model's whole completion (``pred``,
``wrap`` False: the text as the model wrote it, in Chinese, often without ``\boxed{}``) and the
teachers' verdict (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Do not
tune the judge on these cases.

Source: open-compass/GAOKAO-Eval @ 3a532f1cfbe14b83bf3a5da7017d6494e8bfe9ae (newest snapshot,
2024-12-16; Shanghai AI Lab / OpenCompass). Seven models (GPT-4o, Qwen2-72B-Instruct,
Qwen2-57B-A14B-Instruct, GLM-4-9B-chat, InternLM2-WQX-20B, Yi-1.5-34B-Chat,
Mixtral-8x22B-Instruct-v0.1) sat the 2024 gaokao with greedy decoding; each model's answers are
in ``results/<paper>/<subject>/<paper><subject>_<model>.ipynb`` (the printed stdout holds
``题目标答：`` the reference solution and ``<model> 模型输出：`` the completion). The README says every
paper was marked by serving high-school teachers with gaokao marking experience, at least three
per item, averaged and re-calibrated; single-choice and fill-in items score only when the
answer agrees completely ("单选题、填空题和答案是否完全一致才得分"). The per-item scores are the tables
"数学(理)/数学(文)试卷中每个小题得分情况" of ``results/全国甲卷/README.md`` and "各个具体的小题得分情况"
(数学) of ``results/新课标/README.md`` at the same commit: those teacher scores are the labels.
No license file in the repository (the README says the answer sheets and scores are released
openly, "完全公开"); the rows are quoted as evaluation data, with attribution.

Sampling rule (fixed): every fill-in item (填空题) of the three mathematics papers, for every
model: 全国甲卷 数学(理) and 数学(文) questions 13 to 16 (5 points each), 新课标I卷 数学 questions 12
to 14 (5 points each); 7 models x 11 items = 77 rows, at most 4 rows per notebook file. A score
of 5 is ``expected`` True, 0 is False (no fill-in row has a partial score). Left out by rule:
single-choice and multiple-choice items (option letters), the worked-solution items (step
marks, not answer agreement) and the other subjects; 12 数学(文) rows of questions 14 and 15
whose question, completion and score are identical to the 数学(理) row of the same model (the
two papers share these questions; GPT-4o's two 数学(文) completions differ and are kept). Kept:
65 rows, 25 labelled True (this file: 44 rows of 全国甲卷, 18 True; equiv_fresh12_c2.py: 21 rows of
新课标I卷, 7 True). None of these questions has a figure.

Golds: the reference (``题目标答``) is a worked solution; ``gold`` is the answer it concludes with
("故答案为：..." / "故填：..."), with the spaces inside its LaTeX removed (``\frac { 7 } { 1 5 }``
is stored as ``\frac{7}{15}``); ``why`` names paper, question, model file and score. The
completions are the notebooks' printed stdout, as the model wrote them (``\( \)`` and ``\[ \]``
delimiters, some Markdown or HTML such as ``<sub>``); trailing newlines are dropped. Some are
truncated or never state an answer (label 0). Kept as the teachers scored them: ratio answers
such as ``\sqrt{6} : 4`` for ``\frac{\sqrt{6}}{4}`` (5 points), ``(-2, 1]`` for ``(-2,1)`` (0),
a final ``1.6`` for ``\dfrac{3}{2}`` (0), and one correct final answer reached by a flawed
derivation (Yi-1.5-34B, 数学(文) Q13, 5 points: the item is scored on the answer).

Looked at and not used (labelled-data search): dvlab-research/Mr-Ben (multiple-choice MMLU
items; its ``Model_Solution_Correctness`` judges the reasoning, not the answer), openai/prm800k
(data are Git LFS pointers), ScalerLab/JudgeBench (pairwise labels, no reference answer),
WHGTyen/BIG-Bench-Mistake (step-mistake labels; answer correctness is computed), Toloka/u-math,
THU-KEG/RM-Bench, QwenLM/ProcessBench, YangLabHKUST/UGPhysics and
hkust-nlp/RL-Verifier-Pitfalls (code only, data elsewhere), math-eval/MathEval (claimed by
another collector), hkust-nlp/felm ``data/math.jsonl`` (segment-level factuality labels and no
reference answer field), a taxonomy prompt of equivalence examples (TinyV's, already used).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GAOKAO_EVAL = "open-compass/GAOKAO-Eval"
COMMIT = "3a532f1cfbe14b83bf3a5da7017d6494e8bfe9ae"
_FILES = {
    "li": "results/全国甲卷/理综数学/全国甲卷理综数学_{}.ipynb@" + COMMIT,
    "wen": "results/全国甲卷/文综数学/全国甲卷文综数学_{}.ipynb@" + COMMIT,
}

# (paper, model file suffix, gold, whole completion, teacher label, why), in file order: 数学(理)
# then 数学(文), models in the order of the repository's file listing, questions 13 to 16.
_ROWS: list[tuple[str, str, str, str, bool, str]] = [
    (
        "li",
        "Mixtral-8x22B-Instruct-v0.1",
        "5",
        "由二项式定理，$\\left( \\frac { 1 } { 3 } + x \\right)^ { 1 0 }$ 的展开式中，第 $k+1$ 项的系数 $C_{ 1 0 }^{ k } \\cdot \\left( \\frac { 1 } { 3 } \\right)^ { 1 0 - k } \\cdot x^k$，\n\n当 $k=5$ 时，系数 $C_{ 1 0 }^{ 5 } \\cdot \\left( \\frac { 1 } { 3 } \\right)^ { 5 } = \\frac { 252 } { 243 }$ 最大，\n\n故 $\\boxed{\\frac { 252 } { 243 }}$ 是 $\\left( \\frac { 1 } { 3 } + x \\right)^ { 1 0 }$ 的展开式中，各项系数的最大值。\n\n所以，答案是 $\\boxed{\\frac { 252 } { 243 }}$.",
        False,
        "全国甲卷 数学(理) Q13 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 0/5",
    ),
    (
        "li",
        "Mixtral-8x22B-Instruct-v0.1",
        "\\frac{\\sqrt{6}}{4}",
        "**解析**\n\n由题意，圆台甲、乙的高分别为$h_1= \\sqrt {(r_2-r_1)^2-(r_2-r_1)^2}=0$，$h_2= \\sqrt {(r_2-r_1)^2-(3r_2-3r_1)^2}=2 \\sqrt {2}r_1$，\n\n则圆台甲、乙的体积分别为$V_1= \\frac {1}{3}\\pi r_1^2\\cdot0=0$，$V_2= \\frac {1}{3}\\pi r_1^2\\cdot2 \\sqrt {2}r_1= \\frac {2 \\sqrt {2}}{3}\\pi r_1^3$，\n\n因此，圆台甲与乙的体积之比为$0: \\frac {2 \\sqrt {2}}{3}\\pi r_1^3=0$，\n\n所以，圆台甲与乙的体积之比为$0$。\n\n**解答**\n\n圆台甲、乙的高分别为$h_1= \\sqrt {(r_2-r_1)^2-(r_2-r_1)^2}=0$，$h_2= \\sqrt {(r_2-r_1)^2-(3r_2-3r_1)^2}=2 \\sqrt {2}r_1$，\n\n则圆台甲、乙的体积分别为$V_1= \\frac {1}{3}\\pi r_1^2\\cdot0=0$，$V_2= \\frac {1}{3}\\pi r_1^2\\cdot2 \\sqrt {2}r_1= \\frac {2 \\sqrt {2}}{3}\\pi r_1^3$，\n\n因此，圆台甲与乙的体积之比为$0: \\frac {2 \\sqrt {2}}{3}\\pi r_1^3=0$，\n\n所以，圆台甲与乙的体积之比为$0$。\n\n综上所述，圆台甲与乙的体积之比为$0$。",
        False,
        "全国甲卷 数学(理) Q14 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 0/5",
    ),
    (
        "li",
        "Mixtral-8x22B-Instruct-v0.1",
        "64",
        "**Analysis**\n\nThis problem examines the properties of logarithmic operations and the change of base formula. By using the change of base formula and the properties of logarithmic operations, we can transform the given equation into a quadratic equation in terms of $\\log_{2}a$, and then solve it.\n\n**Solution**\n\nGiven: $a > 1$,\n\n$\\therefore \\log_{2}a > 0$,\n\n$\\therefore \\frac{1}{\\log_{8}a} - \\frac{1}{\\log_{a}4} = \\frac{3\\log_{2}a}{\\log_{2}a} - \\frac{\\log_{2}a}{2\\log_{2}a} = \\frac{5\\log_{2}a}{2\\log_{2}a} = - \\frac{5}{2}$,\n\n$\\therefore \\log_{2}a = 1$,\n\n$\\therefore a = 2$.\n\nHence, the answer is $2$.",
        False,
        "全国甲卷 数学(理) Q15 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 0/5",
    ),
    (
        "li",
        "Mixtral-8x22B-Instruct-v0.1",
        "\\frac{7}{15}",
        "**分析**\n\n由题意，$m$与$n$差的绝对值不超过$0.5$，即$|m-n|\\leqslant 0.5$，\n\n当$m=n$时，$m$与$n$差的绝对值不超过$0.5$，\n\n当$m\\neq n$时，$m$与$n$差的绝对值不超过$0.5$，\n\n则$m$与$n$差的绝对值不超过$0.5$的概率为$P=P(m=n)+P(m\\neq n,|m-n|\\leqslant 0.5)$，\n\n由题意，$m$与$n$差的绝对值不超过$0.5$的概率为$P=P(m=n)+P(m\\neq n,|m-n|\\leqslant 0.5)$，\n\n$= \\dfrac{C_{6}^{3}}{C_{6}^{1}C_{5}^{1}C_{4}^{1}}+ \\dfrac{C_{6}^{1}C_{5}^{1}C_{4}^{1}-C_{6}^{3}}{C_{6}^{1}C_{5}^{1}C_{4}^{1}}\\times \\dfrac{1}{2}= \\dfrac{1}{5}+ \\dfrac{4}{5}\\times \\dfrac{1}{2}= \\dfrac{3}{5}$，\n\n因此，答案为：$\\dfrac{3}{5}$\n\n**解答**\n\n由题意，$m$与$n$差的绝对值不超过$0.5$，即$|m-n|\\leqslant 0.5$，\n\n当$m=n$时，$m$与$n$差的绝对值不超过$0.5$，\n\n当$m\\neq n$时，$m$与$n$差的绝对值不超过$0.5$，\n\n则$m$与$n$差的绝对值不超过$0.5$的概率为$P=P(m=n)+P(m\\neq n,|m-n|\\leqslant 0.5)$，\n\n由题意，$m$与$n$差的绝对值不超过$0.5$的概率为$P=P(m=n)+P(m\\neq n,|m-n|\\leqslant 0.5)$，\n\n$= \\dfrac{C_{6}^{3}}{C_{6}^{1}C_{5}^{1}C_{4}^{1}}+ \\dfrac{C_{6}^{1}C_{5}^{1}C_{4}^{1}-C_{6}^{3}}{C_{6}^{1}C_{5}^{1}C_{4}^{1}}\\times \\dfrac{1}{2}= \\dfrac{1}{5}+ \\dfrac{4}{5}\\times \\dfrac{1}{2}= \\dfrac{3}{5}$，\n\n因此，答案为：$\\dfrac{3}{5}$",
        False,
        "全国甲卷 数学(理) Q16 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 0/5",
    ),
    (
        "li",
        "Qwen2-57B-A14B-Instruct",
        "5",
        "为了找到二项式 $\\left(\\frac{1}{3}+x\\right)^{10}$ 展开式中各项系数的最大值，我们可以使用二项式定理。二项式定理表明，对于任何正整数 $n$ 和任何实数 $a$ 和 $b$，有\n\n\\[\n(a+b)^n = \\sum_{k=0}^{n} \\binom{n}{k} a^{n-k} b^k\n\\]\n\n其中 $\\binom{n}{k}$ 是组合数，表示从 $n$ 个不同元素中取出 $k$ 个元素的组合方式的数量。\n\n在这个问题中，我们有 $a=\\frac{1}{3}$ 和 $b=x$，所以\n\n\\[\n\\left(\\frac{1}{3}+x\\right)^{10} = \\sum_{k=0}^{10} \\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k} x^k\n\\]\n\n我们需要找到这个和式的最大项。二项式系数 $\\binom{10}{k}$ 在 $k=5$ 时达到最大（二项式系数在中间达到最大，这是二项式系数的性质），但是我们还需要考虑 $\\left(\\frac{1}{3}\\right)^{10-k} x^k$ 这部分。由于 $x$ 可以取任意值，我们关注的是 $\\left(\\frac{1}{3}\\right)^{10-k}$ 部分，这表明当 $k=5$ 时，$\\left(\\frac{1}{3}\\right)^{10-k}$ 达到最大值，因为 $\\left(\\frac{1}{3}\\right)^{10-k}$ 随着 $k$ 增加而减小。\n\n因此，最大的系数对应于 $k=5$ 的项：\n\n\\[\n\\binom{10}{5} \\left(\\frac{1}{3}\\right)^{10-5} = \\binom{10}{5} \\left(\\frac{1}{3}\\right)^5\n\\]\n\n计算组合数 $\\binom{10}{5}$：\n\n\\[\n\\binom{10}{5} = \\frac{10!}{5!(10-5)!} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6}{5 \\times 4 \\times 3 \\times 2 \\times 1} = 252\n\\]\n\n所以最大的系数是：\n\n\\[\n252 \\times \\left(\\frac{1}{3}\\right)^5 = 252 \\times \\frac{1}{243} = \\frac{252}{243} = \\frac{28}{27}\n\\]\n\n因此，二项式 $\\left(\\frac{1}{3}+x\\right)^{10}$ 的展开式中，各项系数的最大值是 $\\boxed{\\frac{28}{27}}$．",
        False,
        "全国甲卷 数学(理) Q13 fill-in, Qwen2-57B-A14B-Instruct, teacher score 0/5",
    ),
    (
        "li",
        "Qwen2-57B-A14B-Instruct",
        "\\frac{\\sqrt{6}}{4}",
        "为了求解这个问题，我们首先需要了解圆台体积的计算公式。圆台体积的计算公式是：\n\n\\[V = \\frac{1}{3}\\pi h (R^2 + r^2 + Rr)\\]\n\n其中，\\(h\\) 是圆台的高度，\\(R\\) 和 \\(r\\) 分别是圆台上下底面的半径。\n\n对于圆台甲和乙，它们的上底面半径 \\(r_1\\) 和下底面半径 \\(r_2\\) 都相同，因此我们可以将它们的体积表示为：\n\n\\[V_{甲} = \\frac{1}{3}\\pi h_{甲} (r_2^2 + r_1^2 + r_2r_1)\\]\n\n\\[V_{乙} = \\frac{1}{3}\\pi h_{乙} (r_2^2 + r_1^2 + r_2r_1)\\]\n\n其中，\\(h_{甲}\\) 和 \\(h_{乙}\\) 分别是圆台甲和乙的高度。根据题目信息，我们知道圆台的母线长分别是 \\(2(r_2-r_1)\\) 和 \\(3(r_2-r_1)\\)，而圆台的高度可以通过勾股定理从母线长和上下底面半径差来计算。具体来说，\n\n\\[h_{甲} = \\sqrt{(2(r_2-r_1))^2 - (r_2-r_1)^2} = \\sqrt{4(r_2-r_1)^2 - (r_2-r_1)^2} = \\sqrt{3}(r_2-r_1)\\]\n\n\\[h_{乙} = \\sqrt{(3(r_2-r_1))^2 - (r_2-r_1)^2} = \\sqrt{9(r_2-r_1)^2 - (r_2-r_1)^2} = \\sqrt{8}(r_2-r_1)\\]\n\n因此，圆台甲和乙的体积之比可以表示为：\n\n\\[\\frac{V_{甲}}{V_{乙}} = \\frac{\\frac{1}{3}\\pi (\\sqrt{3}(r_2-r_1))(r_2^2 + r_1^2 + r_2r_1)}{\\frac{1}{3}\\pi (\\sqrt{8}(r_2-r_1))(r_2^2 + r_1^2 + r_2r_1)}\\]\n\n化简得：\n\n\\[\\frac{V_{甲}}{V_{乙}} = \\frac{\\sqrt{3}}{\\sqrt{8}} = \\frac{\\sqrt{3}}{2\\sqrt{2}} = \\frac{\\sqrt{6}}{4}\\]\n\n所以，圆台甲与乙的体积之比为 \\(\\boxed{\\frac{\\sqrt{6}}{4}}\\)。",
        True,
        "全国甲卷 数学(理) Q14 fill-in, Qwen2-57B-A14B-Instruct, teacher score 5/5",
    ),
    (
        "li",
        "Qwen2-57B-A14B-Instruct",
        "64",
        "为了求解这个题目，我们首先需要理解对数的换底公式和对数的基本性质。给定的等式是：\n\n\\[\n\\frac { 1 } { \\log _ { 8 }a } - \\frac { 1 } { \\log _ { a } 4 } = - \\frac { 5 } { 2 }\n\\]\n\n我们可以利用对数的换底公式 $\\log_b a = \\frac{\\log_c a}{\\log_c b}$ 来简化这个等式。首先，将等式中的对数转换为以 $e$（自然对数的底）为底的对数，因为这样可以简化计算。\n\n对于 $\\log_8 a$ 和 $\\log_a 4$，我们可以分别写成：\n\n\\[\n\\log_8 a = \\frac{\\ln a}{\\ln 8} = \\frac{\\ln a}{3\\ln 2}\n\\]\n\\[\n\\log_a 4 = \\frac{\\ln 4}{\\ln a} = \\frac{2\\ln 2}{\\ln a}\n\\]\n\n将这些表达式代入原等式中，得到：\n\n\\[\n\\frac { 1 } { \\frac{\\ln a}{3\\ln 2} } - \\frac { 1 } { \\frac{2\\ln 2}{\\ln a} } = - \\frac { 5 } { 2 }\n\\]\n\n化简得：\n\n\\[\n\\frac { 3\\ln 2 } { \\ln a } - \\frac { \\ln a } { 2\\ln 2 } = - \\frac { 5 } { 2 }\n\\]\n\n将分母统一，得到：\n\n\\[\n\\frac { 6\\ln^2 2 - \\ln^2 a } { 2\\ln a \\cdot \\ln 2 } = - \\frac { 5 } { 2 }\n\\]\n\n进一步化简：\n\n\\[\n6\\ln^2 2 - \\ln^2 a = -5\\ln a \\cdot \\ln 2\n\\]\n\n设 $x = \\ln a$，则有：\n\n\\[\n6\\ln^2 2 - x^2 = -5x\\ln 2\n\\]\n\n整理得：\n\n\\[\nx^2 + 5x\\ln 2 - 6\\ln^2 2 = 0\n\\]\n\n这是一个关于 $x$ 的二次方程，我们可以用求根公式来解它：\n\n\\[\nx = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\n\\]\n\n其中 $a=1$, $b=5\\ln 2$, $c=-6\\ln^2 2$，代入得：\n\n\\[\nx = \\frac{-5\\ln 2 \\pm \\sqrt{(5\\ln 2)^2+24\\ln^2 2}}{2}\n\\]\n\n\\[\nx = \\frac{-5\\ln 2 \\pm \\sqrt{25\\ln^2 2 + 24\\ln^2 2}}{2}\n\\]\n\n\\[\nx = \\frac{-5\\ln 2 \\pm \\sqrt{49\\ln^2 2}}{2}\n\\]\n\n\\[\nx = \\frac{-5\\ln 2 \\pm 7\\ln 2}{2}\n\\]\n\n所以有两个可能的解：\n\n\\[\nx_1 = \\frac{2\\ln 2}{2} = \\ln 2\n\\]\n\\[\nx_2 = \\frac{-12\\ln 2}{2} = -6\\ln 2\n\\]\n\n但是由于 $a > 1$，我们知道 $\\ln a > 0$，因此只有 $x_1 = \\ln 2$ 是合理的解。所以，\n\n\\[\n\\ln a = \\ln 2\n\\]\n\n从而得到 $a = 2$。因此，填空的答案是 $a = 2$。",
        False,
        "全国甲卷 数学(理) Q15 fill-in, Qwen2-57B-A14B-Instruct, teacher score 0/5",
    ),
    (
        "li",
        "Qwen2-57B-A14B-Instruct",
        "\\frac{7}{15}",
        "为了求解这个问题，我们首先需要理解题目中的条件。题目要求$m$与$n$差的绝对值不超过$0.5$，即$|m-n|\\leq0.5$。\n\n首先，我们计算$n$，即取出的三个球上数字的平均数。由于球是无放回地抽取，所以第一次抽取时，$n$的可能值为$\\frac{1+2+3+4+5+6}{6} = \\frac{21}{6} = 3.5$；第二次抽取后，$n$的可能值为$\\frac{1+2+3+4+5+6}{6}$（即$3.5$）或$\\frac{1+2+3+4+5}{5}$（即$3$），第三次抽取后，$n$的可能值为$\\frac{1+2+3+4+5}{5}$（即$3$）、$\\frac{1+2+3+4+6}{5}$（即$3.4$）、$\\frac{1+2+3+5+6}{5}$（即$3.6$）、$\\frac{1+2+4+5+6}{5}$（即$3.6$）、$\\frac{1+3+4+5+6}{5}$（即$3.8$）或$\\frac{2+3+4+5+6}{5}$（即$4$）。因此，$n$的所有可能值为$3, 3.4, 3.5, 3.6, 3.8, 4$。\n\n接下来，我们计算$m$，即前两次取出的球上数字的平均数。$m$的可能值为$\\frac{1+2}{2}, \\frac{1+3}{2}, \\frac{1+4}{2}, \\ldots, \\frac{5+6}{2}$，即$1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5$。为了使$|m-n|\\leq0.5$成立，我们需要检查每个$m$值对应的$n$值是否满足条件。\n\n- 当$m=1.5$时，$n$可以是$3$。\n- 当$m=2$时，$n$可以是$3$或$3.4$。\n- 当$m=2.5$时，$n$可以是$3.4$或$3.5$。\n- 当$m=3$时，$n$可以是$3.5$或$3.6$。\n- 当$m=3.5$时，$n$可以是$3.6$或$3.8$。\n- 当$m=4$时，$n$可以是$3.8$或$4$。\n- 当$m=4.5$时，$n$可以是$4$。\n- 当$m=5$时，没有$n$值满足条件。\n\n因此，满足条件的$(m,n)$对有：$(1.5,3), (2,3), (2,3.4), (2.5,3.4), (2.5,3.5), (3,3.5), (3,3.6), (3.5,3.6), (3.5,3.8), (4,3.8), (4,4), (4.5,4)$。总共有$12$种情况。\n\n因为总的抽取方式为从$6$个球中抽取$3$个，所以总的方式数为$C(6,3) = \\frac{6!}{3!(6-3)!} = 20$。\n\n所以，所求概率为$\\frac{12}{20} = \\frac{3}{5}$。\n\n答案是 $\\boxed{\\frac{3}{5}}$。",
        False,
        "全国甲卷 数学(理) Q16 fill-in, Qwen2-57B-A14B-Instruct, teacher score 0/5",
    ),
    (
        "li",
        "Qwen2-72B-Instruct",
        "5",
        "为了找到二项式 $\\left( \\frac{1}{3} + x \\right)^{10}$ 展开式中各项系数的最大值，我们首先需要了解二项式定理。二项式定理表明，对于任何正整数 $n$ 和任意实数或复数 $a, b$，有：\n\n\\[\n(a + b)^n = \\sum_{k=0}^{n} \\binom{n}{k} a^{n-k}b^k\n\\]\n\n其中，$\\binom{n}{k}$ 是组合数，表示从 $n$ 个不同元素中取 $k$ 个元素的组合方式的数量，计算公式为：\n\n\\[\n\\binom{n}{k} = \\frac{n!}{k!(n-k)!}\n\\]\n\n在本题中，$a = \\frac{1}{3}, b = x, n = 10$，所以二项式展开式中的第 $k+1$ 项（从 $k=0$ 开始计数）的系数为：\n\n\\[\n\\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k}\n\\]\n\n要找这个序列中的最大值，我们可以通过比较相邻两项的系数来确定。考虑第 $k$ 项和第 $k+1$ 项的系数比：\n\n\\[\n\\frac{\\binom{10}{k+1} \\left(\\frac{1}{3}\\right)^{9-k}}{\\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k}} = \\frac{\\binom{10}{k+1}}{\\binom{10}{k}} \\cdot 3 = \\frac{(10-k)}{(k+1)} \\cdot 3\n\\]\n\n当 $\\frac{(10-k)}{(k+1)} \\cdot 3 > 1$ 时，即 $10-k > k+1/3$ 或者 $k < \\frac{29}{6}$，系数随 $k$ 增加而增加；反之，当 $k > \\frac{29}{6}$ 时，系数开始减少。\n\n由于 $k$ 必须是整数，且 $\\frac{29}{6} \\approx 4.83$，这意味着当 $k=4$ 时，系数仍在增加，但当 $k=5$ 时，系数开始减少。因此，最大系数出现在 $k=4$ 或 $k=5$ 处（因为从 $k=4$ 到 $k=5$，系数可能达到峰值然后开始下降）。但是，由于 $\\binom{10}{k}$ 关于 $k$ 对称，$\\binom{10}{4} = \\binom{10}{6}$，并且 $\\binom{10}{5} = \\binom{10}{5}$，我们需要具体计算这两个值来确定哪个更大。\n\n计算 $\\binom{10}{4}$ 和 $\\binom{10}{5}$ 的值：\n\n\\[\n\\binom{10}{4} = \\frac{10!}{4!6!} = \\frac{10\\times9\\times8\\times7}{4\\times3\\times2\\times1} = 210\n\\]\n\n\\[\n\\binom{10}{5} = \\frac{10!}{5!5!} = \\frac{10\\times9\\times8\\times7\\times6}{5\\times4\\times3\\times2\\times1} = 252\n\\]\n\n因此，$\\binom{10}{5}$ 的值大于 $\\binom{10}{4}$ 的值，且由于 $\\left(\\frac{1}{3}\\right)^{10-5} = \\left(\\frac{1}{3}\\right)^5$ 是一个常数，不会影响系数之间的比较，我们可以得出结论：二项式 $\\left( \\frac{1}{3} + x \\right)^{10}$ 展开式中各项系数的最大值是 $\\binom{10}{5} \\left(\\frac{1}{3}\\right)^5 = 252 \\times \\left(\\frac{1}{3}\\right)^5 = 252 \\times \\frac{1}{243} = \\frac{252}{243}$。\n\n然而，题目要求的是最大系数的数值，不涉及$x$的幂次部分，故直接给出的应是252。",
        False,
        "全国甲卷 数学(理) Q13 fill-in, Qwen2-72B-Instruct, teacher score 0/5",
    ),
    (
        "li",
        "Qwen2-72B-Instruct",
        "\\frac{\\sqrt{6}}{4}",
        "首先，我们来回顾一下圆台体积的计算公式。一个圆台的体积可以通过以下公式计算：\n\n\\[V = \\frac{1}{3}\\pi h (R^2 + r^2 + Rr)\\]\n\n其中，\\(h\\) 是圆台的高，\\(R\\) 和 \\(r\\) 分别是圆台的上底面半径和下底面半径。\n\n题目中给出的信息是：两个圆台（甲和乙）的上底面半径均为 \\(r_1\\)，下底面半径均为 \\(r_2\\)，圆台的母线长分别为 \\(2(r_2-r_1)\\) 和 \\(3(r_2-r_1)\\)。\n\n我们知道，圆台的高可以通过勾股定理从母线长、上底面半径和下底面半径的关系中求出。设圆台的高为 \\(h\\)，上底面半径为 \\(r_1\\)，下底面半径为 \\(r_2\\)，母线长为 \\(l\\)，则有：\n\n\\[l^2 = h^2 + (r_2 - r_1)^2\\]\n\n对于圆台甲，母线长为 \\(2(r_2 - r_1)\\)，代入上述公式得：\n\n\\[(2(r_2 - r_1))^2 = h_{甲}^2 + (r_2 - r_1)^2\\]\n\n解得 \\(h_{甲} = \\sqrt{3}(r_2 - r_1)\\)。\n\n对于圆台乙，母线长为 \\(3(r_2 - r_1)\\)，同理可得：\n\n\\[(3(r_2 - r_1))^2 = h_{乙}^2 + (r_2 - r_1)^2\\]\n\n解得 \\(h_{乙} = \\sqrt{8}(r_2 - r_1)\\)。\n\n接下来，我们计算两个圆台的体积比。根据圆台体积的公式，有：\n\n\\[V_{甲} = \\frac{1}{3}\\pi h_{甲} (r_1^2 + r_2^2 + r_1r_2)\\]\n\n\\[V_{乙} = \\frac{1}{3}\\pi h_{乙} (r_1^2 + r_2^2 + r_1r_2)\\]\n\n因此，两圆台体积之比为：\n\n\\[\\frac{V_{甲}}{V_{乙}} = \\frac{h_{甲}}{h_{乙}} = \\frac{\\sqrt{3}(r_2 - r_1)}{\\sqrt{8}(r_2 - r_1)} = \\frac{\\sqrt{3}}{\\sqrt{8}} = \\frac{\\sqrt{3}}{2\\sqrt{2}} = \\frac{\\sqrt{6}}{4}\\]\n\n所以，圆台甲与乙的体积之比为 \\(\\boxed{\\frac{\\sqrt{6}}{4}}\\) 或者简化为 \\(\\boxed{\\sqrt{6}:4}\\)。",
        True,
        "全国甲卷 数学(理) Q14 fill-in, Qwen2-72B-Instruct, teacher score 5/5",
    ),
    (
        "li",
        "Qwen2-72B-Instruct",
        "64",
        "为了解决这个问题，我们首先需要将给定的方程中的对数项转换成更易于操作的形式。给定的方程是：\n\n\\[ \\frac{1}{\\log_8a} - \\frac{1}{\\log_a4} = -\\frac{5}{2} \\]\n\n我们知道，$\\log_bx = \\frac{\\log_cx}{\\log_cb}$，其中$c$可以是任意正数（不等于1）。因此，我们可以将上述方程中的对数项转换为以相同底数的对数形式。\n\n首先，将$\\log_8a$和$\\log_a4$转换为以2为底的对数：\n\n- $\\log_8a = \\frac{\\log_2a}{\\log_28} = \\frac{\\log_2a}{3}$\n- $\\log_a4 = \\frac{\\log_24}{\\log_2a} = \\frac{2}{\\log_2a}$\n\n代入原方程中，得到：\n\n\\[ \\frac{1}{\\frac{\\log_2a}{3}} - \\frac{1}{\\frac{2}{\\log_2a}} = -\\frac{5}{2} \\]\n\n简化得：\n\n\\[ \\frac{3}{\\log_2a} - \\frac{\\log_2a}{2} = -\\frac{5}{2} \\]\n\n将方程两边乘以$2\\log_2a$消去分母，得到：\n\n\\[ 6 - (\\log_2a)^2 = -5\\log_2a \\]\n\n整理得：\n\n\\[ (\\log_2a)^2 - 5\\log_2a - 6 = 0 \\]\n\n这是一个关于$\\log_2a$的一元二次方程，解这个方程：\n\n设$x = \\log_2a$，则有：\n\n\\[ x^2 - 5x - 6 = 0 \\]\n\n解这个一元二次方程，得到：\n\n\\[ x = \\frac{5 \\pm \\sqrt{25 + 24}}{2} = \\frac{5 \\pm 7}{2} \\]\n\n所以，$x = 6$ 或 $x = -1$。\n\n但是，由于$a > 1$，这意味着$\\log_2a > 0$，因此我们只接受正的解，即$x = 6$。\n\n因此，$\\log_2a = 6$，从而得到$a = 2^6 = 64$。\n\n所以，$a = 64$。",
        True,
        "全国甲卷 数学(理) Q15 fill-in, Qwen2-72B-Instruct, teacher score 5/5",
    ),
    (
        "li",
        "Qwen2-72B-Instruct",
        "\\frac{7}{15}",
        "为了求解这个问题，我们首先需要理解题目的要求。题目要求的是在从六个标有不同数字（1至6）的球中不放回地随机抽取三次的情况下，前两次取出的球上数字的平均数\\(m\\)和所有三次取出的球上数字的平均数\\(n\\)的差的绝对值不超过0.5的概率。\n\n首先，我们计算总的可能情况数。由于是不放回地抽取，第一次有6种选择，第二次有5种选择，第三次有4种选择，所以总的可能性数为\\(6 \\times 5 \\times 4 = 120\\)种。\n\n接下来，我们需要找出满足条件的情况数。即找到所有使得\\(|m-n| \\leq 0.5\\)的情况。\n\n- \\(m\\)是前两次取出的球的数字平均，而\\(n\\)是三次取出的球的数字平均。\n- 要使\\(|m-n| \\leq 0.5\\)，意味着前两次取出的球的平均数与三次取出的球的平均数相差不大于0.5。\n\n我们可以通过枚举所有可能的三次抽取组合来解决这个问题，但更有效的方法是通过分析来简化问题。\n\n考虑\\(m\\)和\\(n\\)的关系，我们知道：\n- \\(m = \\frac{a+b}{2}\\)，其中\\(a\\)和\\(b\\)是前两次取出的球上的数字。\n- \\(n = \\frac{a+b+c}{3}\\)，其中\\(c\\)是第三次取出的球上的数字。\n\n要使\\(|m-n| \\leq 0.5\\)，我们可以将这个不等式转换为关于\\(a, b, c\\)的不等式，并寻找满足条件的\\(a, b, c\\)的组合。\n\n但是，直接解这个不等式比较复杂，我们可以采用更直观的方法：观察所有可能的\\(a, b, c\\)组合，找出符合条件的组合。\n\n考虑到题目要求的精度，我们可以通过编程或手动检查所有可能的\\(a, b, c\\)组合，找出满足条件的组合数。然而，这里提供一个更简洁的思考方式：\n\n- 当\\(a, b, c\\)的值接近时，\\(m\\)和\\(n\\)的值也接近，因此，我们关注那些数值分布较为均匀的组合。\n- 我们可以发现，当\\(a, b, c\\)的值相差不大时，\\(|m-n|\\)较小，尤其是当它们形成等差序列时，\\(|m-n|\\)可能非常小。\n\n通过手动检查或编程验证，我们可以找到所有满足条件的组合。例如，当\\(a=1, b=2, c=3\\)时，\\(m=1.5, n=2\\)，此时\\(|m-n|=0.5\\)，满足条件。类似地，我们可以找到所有这样的组合。\n\n最终，我们计算出满足条件的组合数，然后除以总的可能组合数120，得到所求概率。\n\n由于手动列出所有组合并计算较为繁琐，这里提供一种思路而非具体计算过程。实际操作中，可以通过编写程序来枚举所有可能的\\(a, b, c\\)组合，找出满足条件的组合数，从而计算出所求概率。\n\n综上所述，虽然具体的概率值需要通过上述方法计算得出，但关键在于理解题目的要求和如何通过分析或编程来解决问题。",
        False,
        "全国甲卷 数学(理) Q16 fill-in, Qwen2-72B-Instruct, teacher score 0/5",
    ),
    (
        "li",
        "Yi-1.5-34B-Chat",
        "5",
        '二项式展开式的通项公式为：\nT<sub>r+1</sub>=C<sub>10</sub><sup style=\\"margin-left: -0.5em;\\">r</sup>（\\frac { 1 } { 3 } )^{10-r}x^r\n当r=5时，系数最大．\n故各项系数的最大值为：C<sub>10</sub><sup style=\\"margin-left: -0.5em;\\">5</sup>（\\frac { 1 } { 3 } )<sup>5</sup>\n故答案为：C<sub>10</sub><sup style=\\"margin-left: -0.5em;\\">5</sup>（\\frac { 1 } { 3 } )<sup>5</sup>',
        False,
        "全国甲卷 数学(理) Q13 fill-in, Yi-1.5-34B-Chat, teacher score 0/5",
    ),
    (
        "li",
        "Yi-1.5-34B-Chat",
        "\\frac{\\sqrt{6}}{4}",
        "解：设圆台上底面半径为$ r $，下底面半径为$ R $，高为$ h $，\n则圆台甲的体积$ V_{甲}= \\dfrac{1}{3}\\pi h(R^{2}+r^{2}+Rr)= \\dfrac{1}{3}\\pi h(2r_{2}^{2}+r_{2}r_{1}) $，\n圆台乙的体积$ V_{乙}= \\dfrac{1}{3}\\pi h(R^{2}+r^{2}+Rr)= \\dfrac{1}{3}\\pi h(3r_{2}^{2}+3r_{1}r_{2}) $，\n所以$ \\dfrac{V_{甲}}{V_{乙}}= \\dfrac{ \\dfrac{1}{3}\\pi h(2r_{2}^{2}+r_{1}r_{2})}{ \\dfrac{1}{3}\\pi h(3r_{2}^{2}+3r_{1}r_{2})}= \\dfrac{2r_{2}^{2}+r_{1}r_{2}}{3r_{2}^{2}+3r_{1}r_{2}}= \\dfrac{2}{3} $．\n故答案为：$ \\dfrac{2}{3} $．",
        False,
        "全国甲卷 数学(理) Q14 fill-in, Yi-1.5-34B-Chat, teacher score 0/5",
    ),
    (
        "li",
        "Yi-1.5-34B-Chat",
        "64",
        "由条件，得$ \\dfrac {1}{\\log _{8}a}- \\dfrac {1}{\\log _{a}4}=- \\dfrac {5}{2} $，\n 即$ \\dfrac {1}{\\log _{a}8}- \\dfrac {1}{\\log _{a}4}=- \\dfrac {5}{2} $，\n 即$ \\dfrac {1}{\\log _{a}2^{3}}- \\dfrac {1}{\\log _{a}2^{2}}=- \\dfrac {5}{2} $，\n 即$ \\dfrac {2-3}{\\log _{a}2}=- \\dfrac {5}{2} $，\n 即$ \\dfrac {-1}{\\log _{a}2}=- \\dfrac {5}{2} $，\n 解得$ \\log _{a}2= \\dfrac {2}{5} $，\n 即$ a^{ \\frac {2}{5}}=2 $，\n 解得$ a=2^{ \\frac {5}{2}} $．\n 故答案为$ 2^{ \\frac {5}{2}} $．\n ",
        False,
        "全国甲卷 数学(理) Q15 fill-in, Yi-1.5-34B-Chat, teacher score 0/5",
    ),
    (
        "li",
        "Yi-1.5-34B-Chat",
        "\\frac{7}{15}",
        "从$6$个相同的球中不放回地随机抽取$3$次，有$ A_{6}^{3}=120 $种情况，\n记$m$为前两次取出的球上数字的平均数，$n$为取出的三个球上数字的平均数，\n则$m$与$n$差的绝对值不超过$0.5$，即$ \\left| \\dfrac{a+b}{2}- \\dfrac{a+b+c}{3}\\right| \\leqslant 0.5 $，\n即$ \\dfrac {c-a}{6} \\leqslant 0.5 $，\n$ ∴ $满足条件$c-a\\leqslant 3 $，\n$ ∴c-a=1 $，$ 2 $，$ 3 $，\n$ ∴ $共有$ 3×5=15 $种情况，\n$ ∴ $概率为$ \\dfrac {15}{120}= \\dfrac {1}{8} $．\n故答案为：$ \\dfrac {1}{8} $",
        False,
        "全国甲卷 数学(理) Q16 fill-in, Yi-1.5-34B-Chat, teacher score 0/5",
    ),
    (
        "li",
        "glm-4-9b-chat",
        "5",
        "\n要找到二项式$(\\frac{1}{3} + x)^{10}$的展开式中各项系数的最大值，我们可以使用二项式定理。\n   \n   根据二项式定理，$(a + b)^n$的展开式是：\n   $$\n   (a + b)^n = \\sum_{k=0}^{n} \\binom{n}{k} a^{n-k} b^k\n   $$\n   \n   在这个问题中，$a = \\frac{1}{3}$，$b = x$，$n = 10$。所以，展开式中的第$k+1$项是：\n   $$\n   T_{k+1} = \\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k} x^k\n   $$\n   \n   我们需要找到系数$\\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k}$的最大值。由于$\\left(\\frac{1}{3}\\right)^{10-k}$总是正的，我们只需要关注组合数$\\binom{10}{k}$。\n   \n   组合数$\\binom{10}{k}$在$k = \\frac{n}{2}$时达到最大值，其中$n$是固定的。在这个问题中，$n = 10$，所以$k$应该接近$5$。我们可以计算$\\binom{10}{4}$和$\\binom{10}{5}$，因为它们是最接近$\\frac{10}{2}$的值。\n   \n   计算得到：\n   $$\n   \\binom{10}{4} = \\frac{10!}{4!(10-4)!} = \\frac{10 \\times 9 \\times 8 \\times 7}{4 \\times 3 \\times 2 \\times 1} = 210\n   $$\n   $$\n   \\binom{10}{5} = \\frac{10!}{5!(10-5)!} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6}{5 \\times 4 \\times 3 \\times 2 \\times 1} = 252\n   $$\n   \n   由于$\\binom{10}{5}$大于$\\binom{10}{4}$，所以系数的最大值是252。\n   \n   因此，二项式$(\\frac{1}{3} + x)^{10}$的展开式中各项系数的最大值是252。",
        False,
        "全国甲卷 数学(理) Q13 fill-in, glm-4-9b-chat, teacher score 0/5",
    ),
    (
        "li",
        "glm-4-9b-chat",
        "\\frac{\\sqrt{6}}{4}",
        "\n首先，我们知道圆台的体积公式是 $V = \\frac{1}{3}\\pi h(R^2 + r^2 + Rr)$，其中 $h$ 是圆台的高，$R$ 是上底面半径，$r$ 是下底面半径。\n   \n   对于圆台甲，上底面半径为 $r_1$，下底面半径为 $r_2$，母线长为 $2(r_2 - r_1)$。我们可以通过勾股定理来求出圆台甲的高 $h_1$：\n   \\[ h_1 = \\sqrt{(2(r_2 - r_1))^2 - (r_2 - r_1)^2} = \\sqrt{4(r_2 - r_1)^2 - (r_2 - r_1)^2} = \\sqrt{3(r_2 - r_1)^2} = \\sqrt{3} |r_2 - r_1| \\]\n   \n   对于圆台乙，上底面半径为 $r_1$，下底面半径为 $r_2$，母线长为 $3(r_2 - r_1)$。同样地，我们可以求出圆台乙的高 $h_2$：\n   \\[ h_2 = \\sqrt{(3(r_2 - r_1))^2 - (r_2 - r_1)^2} = \\sqrt{9(r_2 - r_1)^2 - (r_2 - r_1)^2} = \\sqrt{8(r_2 - r_1)^2} = 2\\sqrt{2} |r_2 - r_1| \\]\n   \n   现在我们有了两个圆台的高，可以计算它们的体积之比：\n   \\[ \\frac{V_甲}{V_乙} = \\frac{\\frac{1}{3}\\pi h_1 (r_1^2 + r_2^2 + r_1r_2)}{\\frac{1}{3}\\pi h_2 (r_1^2 + r_2^2 + r_1r_2)} = \\frac{h_1}{h_2} = \\frac{\\sqrt{3} |r_2 - r_1|}{2\\sqrt{2} |r_2 - r_1|} = \\frac{\\sqrt{3}}{2\\sqrt{2}} = \\frac{\\sqrt{6}}{4} \\]\n   \n   所以，圆台甲与乙的体积之比为 $\\frac{\\sqrt{6}}{4}$。",
        True,
        "全国甲卷 数学(理) Q14 fill-in, glm-4-9b-chat, teacher score 5/5",
    ),
    (
        "li",
        "glm-4-9b-chat",
        "64",
        "\n首先，将给定的对数表达式转换为以10为底的对数，因为这样更常见。对于第一个对数项，我们有：\n\\[ \\frac{1}{\\log_8 a} = \\frac{1}{\\frac{\\log a}{\\log 8}} = \\frac{\\log 8}{\\log a} \\]\n由于 $\\log 8 = \\log 2^3 = 3\\log 2$，我们可以进一步简化为：\n\\[ \\frac{\\log 8}{\\log a} = \\frac{3\\log 2}{\\log a} \\]\n\n对于第二个对数项，我们有：\n\\[ \\frac{1}{\\log_a 4} = \\frac{1}{\\frac{\\log 4}{\\log a}} = \\frac{\\log a}{\\log 4} \\]\n由于 $\\log 4 = \\log 2^2 = 2\\log 2$，我们可以进一步简化为：\n\\[ \\frac{\\log a}{\\log 4} = \\frac{\\log a}{2\\log 2} \\]\n\n现在，将这两个表达式代入原始方程中，我们得到：\n\\[ \\frac{3\\log 2}{\\log a} - \\frac{\\log a}{2\\log 2} = -\\frac{5}{2} \\]\n\n为了解这个方程，我们可以将分母统一，得到：\n\\[ \\frac{6\\log^2 2 - \\log a^2}{2\\log a \\log 2} = -\\frac{5}{2} \\]\n\n接下来，将方程两边乘以 $2\\log a \\log 2$ 来消去分母：\n\\[ 6\\log^2 2 - \\log a^2 = -5\\log a \\log 2 \\]\n\n将方程重写为：\n\\[ 6\\log^2 2 + 5\\log a \\log 2 = \\log a^2 \\]\n\n由于 $\\log a^2 = 2\\log a$，我们可以将方程简化为：\n\\[ 6\\log^2 2 + 5\\log a \\log 2 = 2\\log a \\]\n\n将方程重写为：\n\\[ 6\\log^2 2 = 2\\log a - 5\\log a \\log 2 \\]\n\n提取 $\\log a$ 作为公因子：\n\\[ 6\\log^2 2 = \\log a(2 - 5\\log 2) \\]\n\n由于 $a > 1$，$\\log a > 0$，我们可以除以 $\\log a$：\n\\[ 6\\log 2 = 2 - 5\\log 2 \\]\n\n将方程重写为：\n\\[ 11\\log 2 = 2 \\]\n\n解出 $\\log 2$：\n\\[ \\log 2 = \\frac{2}{11} \\]\n\n由于 $\\log 2 = \\log a^{\\frac{1}{3}}$，我们可以得到：\n\\[ a^{\\frac{1}{3}} = 2^{\\frac{2}{11}} \\]\n\n最后，解出 $a$：\n\\[ a = (2^{\\frac{2}{11}})^3 = 2^{\\frac{6}{11}} \\]\n\n因此，$a = 2^{\\frac{6}{11}}$。",
        False,
        "全国甲卷 数学(理) Q15 fill-in, glm-4-9b-chat, teacher score 0/5",
    ),
    (
        "li",
        "glm-4-9b-chat",
        "\\frac{7}{15}",
        "\n首先，我们要计算所有可能的取球方式。由于有6个球，每次取1个，不放回，所以第一次有6种取法，第二次有5种取法，第三次有4种取法。因此，总共有$6 \\times 5 \\times 4 = 120$种不同的取球方式。\n   \n   接下来，我们计算满足$m$与$n$差的绝对值不超过0.5的情况。由于$m$是前两次取出的球上数字的平均数，$n$是三个球上数字的平均数，我们可以列出以下不等式：\n   $$|m - n| \\leq 0.5$$\n   将$m$和$n$用具体的数字表示，我们得到：\n   $$\\left|\\frac{a + b}{2} - \\frac{a + b + c}{3}\\right| \\leq 0.5$$\n   化简这个不等式，我们得到：\n   $$\\left|\\frac{3a + 3b - 2a - 2b - 2c}{6}\\right| \\leq 0.5$$\n   $$\\left|\\frac{a + b - 2c}{6}\\right| \\leq 0.5$$\n   $$|a + b - 2c| \\leq 3$$\n   \n   现在我们需要找出所有满足这个条件的$(a, b, c)$组合。我们可以通过枚举所有可能的$(a, b, c)$组合来找出这些情况。由于$a, b, c$都是从1到6的整数，我们可以列出所有可能的组合，并检查它们是否满足上述不等式。\n   \n   经过检查，我们发现以下组合满足条件：\n   $$(1, 2, 3), (1, 2, 4), (1, 2, 5), (1, 2, 6), (1, 3, 4), (1, 3, 5), (1, 3, 6), (1, 4, 5), (1, 4, 6), (1, 5, 6), (2, 3, 4), (2, 3, 5), (2, 3, 6), (2, 4, 5), (2, 4, 6), (2, 5, 6), (3, 4, 5), (3, 4, 6), (3, 5, 6), (4, 5, 6)$$\n   共有20种组合满足条件。\n   \n   因此，满足条件的概率是这些组合数除以总的组合数，即：\n   $$P = \\frac{20}{120} = \\frac{1}{6}$$\n   \n   所以，$m$与$n$差的绝对值不超过0.5的概率是$\\frac{1}{6}$。",
        False,
        "全国甲卷 数学(理) Q16 fill-in, glm-4-9b-chat, teacher score 0/5",
    ),
    (
        "li",
        "gpt-4o",
        "5",
        "我们需要找到二项式 \\(\\left( \\frac{1}{3} + x \\right)^{10}\\) 展开式中各项系数的最大值。根据二项式定理，展开式为：\n\n\\[\n\\left( \\frac{1}{3} + x \\right)^{10} = \\sum_{k=0}^{10} \\binom{10}{k} \\left( \\frac{1}{3} \\right)^{10-k} x^k\n\\]\n\n其中，\\(\\binom{10}{k}\\) 是二项式系数，表示从10个元素中选取k个元素的组合数。我们需要找到各项系数的最大值，即：\n\n\\[\n\\binom{10}{k} \\left( \\frac{1}{3} \\right)^{10-k}\n\\]\n\n我们定义 \\(a_k\\) 为第 \\(k\\) 项的系数：\n\n\\[\na_k = \\binom{10}{k} \\left( \\frac{1}{3} \\right)^{10-k}\n\\]\n\n为了找到最大值，我们比较相邻两项的系数 \\(a_k\\) 和 \\(a_{k+1}\\)：\n\n\\[\n\\frac{a_{k+1}}{a_k} = \\frac{\\binom{10}{k+1} \\left( \\frac{1}{3} \\right)^{10-(k+1)}}{\\binom{10}{k} \\left( \\frac{1}{3} \\right)^{10-k}} = \\frac{\\binom{10}{k+1}}{\\binom{10}{k}} \\cdot \\frac{1}{3}\n\\]\n\n利用组合数的性质：\n\n\\[\n\\frac{\\binom{10}{k+1}}{\\binom{10}{k}} = \\frac{10-k}{k+1}\n\\]\n\n因此：\n\n\\[\n\\frac{a_{k+1}}{a_k} = \\frac{10-k}{3(k+1)}\n\\]\n\n我们需要找到使 \\(\\frac{a_{k+1}}{a_k} = 1\\) 的 \\(k\\) 值：\n\n\\[\n\\frac{10-k}{3(k+1)} = 1 \\implies 10 - k = 3(k + 1) \\implies 10 - k = 3k + 3 \\implies 10 - 3 = 4k \\implies k = \\frac{7}{4}\n\\]\n\n由于 \\(k\\) 必须是整数，我们比较 \\(k = 2\\) 和 \\(k = 3\\) 的系数：\n\n对于 \\(k = 2\\)：\n\n\\[\na_2 = \\binom{10}{2} \\left( \\frac{1}{3} \\right)^{8} = \\frac{10 \\times 9}{2} \\left( \\frac{1}{3} \\right)^{8} = 45 \\left( \\frac{1}{3} \\right)^{8}\n\\]\n\n对于 \\(k = 3\\)：\n\n\\[\na_3 = \\binom{10}{3} \\left( \\frac{1}{3} \\right)^{7} = \\frac{10 \\times 9 \\times 8}{6} \\left( \\frac{1}{3} \\right)^{7} = 120 \\left( \\frac{1}{3} \\right)^{7}\n\\]\n\n比较 \\(a_2\\) 和 \\(a_3\\)：\n\n\\[\na_2 = 45 \\left( \\frac{1}{3} \\right)^{8} = 45 \\cdot \\frac{1}{6561} \\approx 0.00686\n\\]\n\\[\na_3 = 120 \\left( \\frac{1}{3} \\right)^{7} = 120 \\cdot \\frac{1}{2187} \\approx 0.05488\n\\]\n\n显然，\\(a_3\\) 比 \\(a_2\\) 大。我们继续比较 \\(a_3\\) 和 \\(a_4\\)：\n\n对于 \\(k = 4\\)：\n\n\\[\na_4 = \\binom{10}{4} \\left( \\frac{1}{3} \\right)^{6} = \\frac{10 \\times 9 \\times 8 \\times 7}{24} \\left( \\frac{1}{3} \\right)^{6} = 210 \\left( \\frac{1}{3} \\right)^{6}\n\\]\n\n\\[\na_4 = 210 \\left( \\frac{1}{3} \\right)^{6} = 210 \\cdot \\frac{1}{729} \\approx 0.288\n\\]\n\n显然，\\(a_4\\) 比 \\(a_3\\) 大。我们继续比较 \\(a_4\\) 和 \\(a_5\\)：\n\n对于 \\(k = 5\\)：\n\n\\[\na_5 = \\binom{10}{5} \\left( \\frac{1}{3} \\right)^{5} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6}{120} \\left( \\frac{1}{3} \\right)^{5} = 252 \\left( \\frac{1}{3} \\right)^{5}\n\\]\n\n\\[\na_5 = 252 \\left( \\frac{1}{3} \\right)^{5} = 252 \\cdot \\frac{1}{243} \\approx 1.037\n\\]\n\n显然，\\(a_5\\) 比 \\(a_4\\) 大。我们继续比较 \\(a_5\\) 和 \\(a_6\\)：\n\n对于 \\(k = 6\\)：\n\n\\[\na_6 = \\binom{10}{6} \\left( \\frac{1}{3} \\right)^{4} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6 \\times 5}{720} \\left( \\frac{1}{3} \\right)^{4} = 210 \\left( \\frac{1}{3} \\right)^{4}\n\\]\n\n\\[\na_6 = 210 \\left( \\frac{1}{3} \\right)^{4} = 210 \\cdot \\frac{1}{81} \\approx 2.593\n\\]\n\n显然，\\(a_6\\) 比 \\(a_5\\) 大。我们继续比较 \\(a_6\\) 和 \\(a_7\\)：\n\n对于 \\(k = 7\\)：\n\n\\[\na_7 = \\binom{10}{7} \\left( \\frac{1}{3} \\right)^{3} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6 \\times 5 \\times 4}{5040} \\left( \\frac{1}{3} \\right)^{3} = 120 \\left( \\frac{1}{3} \\right)^{3}\n\\]\n\n\\[\na_7 = 120 \\left( \\frac{1}{3} \\right)^{3} = 120 \\cdot \\frac{1}{27} \\approx 4.444\n\\]\n\n显然，\\(a_7\\) 比 \\(a_6\\) 大。我们继续比较 \\(a_7\\) 和 \\(a_8\\)：\n\n对于 \\(k = 8\\)：\n\n\\[\na_8 = \\binom{10}{8} \\left( \\frac{1}{3} \\right)^{2} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6 \\times 5 \\times 4 \\times 3}{40320} \\left( \\frac{1}{3} \\right)^{2} = 45 \\left( \\frac{1}{3} \\right)^{2}\n\\]\n\n\\[\na_8 = 45 \\left( \\frac{1}{3} \\right)^{2} = 45 \\cdot \\frac{1}{9} \\approx 5\n\\]\n\n显然，\\(a_8\\) 比 \\(a_7\\) 大。我们继续比较 \\(a_8\\) 和 \\(a_9\\)：\n\n对于 \\(k = 9\\)：\n\n\\[\na_9 = \\binom{10}{9} \\left( \\frac{1}{3} \\right)^{1} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6 \\times 5 \\times 4 \\times 3 \\times 2}{362880} \\left( \\frac{1}{3} \\right) = 10 \\left( \\frac{1}{3} \\right)\n\\]\n\n\\[\na_9 = 10 \\left( \\frac{1}{3} \\right) = 10 \\cdot \\frac{1}{3} \\approx 3.333\n\\]\n\n显然，\\(a_8\\) 比 \\(a_9\\) 大。我们继续比较 \\(a_8\\) 和 \\(a_{10}\\)：\n\n对于 \\(k = 10\\)：\n\n\\[\na_{10} = \\binom{10}{10} \\left( \\frac{1}{3} \\right)^{0} = 1\n\\]\n\n显然，\\(a_8\\) 比 \\(a_{10}\\) 大。\n\n因此，二项式 \\(\\left( \\frac{1}{3} + x \\right)^{10}\\) 展开式中各项系数的最大值是：\n\n\\[\n\\boxed{5}\n\\]",
        True,
        "全国甲卷 数学(理) Q13 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "li",
        "gpt-4o",
        "\\frac{\\sqrt{6}}{4}",
        "我们首先回顾圆台的体积公式。圆台的体积 \\( V \\) 可以通过以下公式计算：\n\n\\[\nV = \\frac{1}{3} \\pi h (R_1^2 + R_1 R_2 + R_2^2)\n\\]\n\n其中，\\( R_1 \\) 和 \\( R_2 \\) 分别是上底面和下底面的半径，\\( h \\) 是圆台的高。\n\n已知圆台甲和乙的上底面半径均为 \\( r_1 \\)，下底面半径均为 \\( r_2 \\)。我们需要确定它们的高 \\( h \\)。\n\n对于圆台甲，母线长为 \\( 2(r_2 - r_1) \\)。母线长 \\( l \\) 和高 \\( h \\) 以及底面半径之差 \\( r_2 - r_1 \\) 之间满足勾股定理：\n\n\\[\nl^2 = h^2 + (r_2 - r_1)^2\n\\]\n\n代入圆台甲的母线长：\n\n\\[\n[2(r_2 - r_1)]^2 = h_1^2 + (r_2 - r_1)^2\n\\]\n\n\\[\n4(r_2 - r_1)^2 = h_1^2 + (r_2 - r_1)^2\n\\]\n\n\\[\nh_1^2 = 3(r_2 - r_1)^2\n\\]\n\n\\[\nh_1 = \\sqrt{3}(r_2 - r_1)\n\\]\n\n对于圆台乙，母线长为 \\( 3(r_2 - r_1) \\)：\n\n\\[\n[3(r_2 - r_1)]^2 = h_2^2 + (r_2 - r_1)^2\n\\]\n\n\\[\n9(r_2 - r_1)^2 = h_2^2 + (r_2 - r_1)^2\n\\]\n\n\\[\nh_2^2 = 8(r_2 - r_1)^2\n\\]\n\n\\[\nh_2 = \\sqrt{8}(r_2 - r_1) = 2\\sqrt{2}(r_2 - r_1)\n\\]\n\n现在我们可以计算圆台甲和乙的体积。对于圆台甲：\n\n\\[\nV_1 = \\frac{1}{3} \\pi h_1 (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n\\[\nV_1 = \\frac{1}{3} \\pi \\sqrt{3}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n对于圆台乙：\n\n\\[\nV_2 = \\frac{1}{3} \\pi h_2 (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n\\[\nV_2 = \\frac{1}{3} \\pi 2\\sqrt{2}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n因此，圆台甲与乙的体积之比为：\n\n\\[\n\\frac{V_1}{V_2} = \\frac{\\frac{1}{3} \\pi \\sqrt{3}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)}{\\frac{1}{3} \\pi 2\\sqrt{2}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)}\n\\]\n\n\\[\n\\frac{V_1}{V_2} = \\frac{\\sqrt{3}}{2\\sqrt{2}}\n\\]\n\n\\[\n\\frac{V_1}{V_2} = \\frac{\\sqrt{3}}{2\\sqrt{2}} = \\frac{\\sqrt{3}}{2\\sqrt{2}} \\cdot \\frac{\\sqrt{2}}{\\sqrt{2}} = \\frac{\\sqrt{6}}{4}\n\\]\n\n\\[\n\\frac{V_1}{V_2} = \\frac{\\sqrt{6}}{4}\n\\]\n\n因此，圆台甲与乙的体积之比为：\n\n\\[\n\\boxed{\\frac{\\sqrt{6}}{4}}\n\\]",
        True,
        "全国甲卷 数学(理) Q14 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "li",
        "gpt-4o",
        "64",
        "我们从已知条件出发，首先将对数的底数统一。已知\n\\[\n\\frac{1}{\\log_8 a} - \\frac{1}{\\log_a 4} = -\\frac{5}{2}\n\\]\n\n我们可以使用对数换底公式，将对数的底数统一为10或e。换底公式为：\n\\[\n\\log_b c = \\frac{\\log c}{\\log b}\n\\]\n\n首先处理 \\(\\log_8 a\\)：\n\\[\n\\log_8 a = \\frac{\\log a}{\\log 8}\n\\]\n由于 \\(\\log 8 = \\log 2^3 = 3 \\log 2\\)，所以\n\\[\n\\log_8 a = \\frac{\\log a}{3 \\log 2}\n\\]\n因此\n\\[\n\\frac{1}{\\log_8 a} = \\frac{1}{\\frac{\\log a}{3 \\log 2}} = \\frac{3 \\log 2}{\\log a}\n\\]\n\n接下来处理 \\(\\log_a 4\\)：\n\\[\n\\log_a 4 = \\frac{\\log 4}{\\log a}\n\\]\n由于 \\(\\log 4 = \\log 2^2 = 2 \\log 2\\)，所以\n\\[\n\\log_a 4 = \\frac{2 \\log 2}{\\log a}\n\\]\n因此\n\\[\n\\frac{1}{\\log_a 4} = \\frac{\\log a}{2 \\log 2}\n\\]\n\n将这些结果代入原方程：\n\\[\n\\frac{3 \\log 2}{\\log a} - \\frac{\\log a}{2 \\log 2} = -\\frac{5}{2}\n\\]\n\n为了消除分母，我们将方程两边乘以 \\(2 \\log 2 \\log a\\)：\n\\[\n2 \\log 2 \\log a \\left( \\frac{3 \\log 2}{\\log a} - \\frac{\\log a}{2 \\log 2} \\right) = -5 \\log 2 \\log a\n\\]\n\n展开并简化：\n\\[\n2 \\log 2 \\cdot 3 \\log 2 - 2 \\log 2 \\cdot \\frac{\\log a \\cdot \\log a}{2 \\log 2} = -5 \\log 2 \\log a\n\\]\n\\[\n6 (\\log 2)^2 - (\\log a)^2 = -5 \\log 2 \\log a\n\\]\n\n将所有项移到一边，得到：\n\\[\n6 (\\log 2)^2 + 5 \\log 2 \\log a - (\\log a)^2 = 0\n\\]\n\n这是一个关于 \\(\\log a\\) 的二次方程。设 \\(x = \\log a\\)，则方程变为：\n\\[\n6 (\\log 2)^2 + 5 \\log 2 \\cdot x - x^2 = 0\n\\]\n\n使用求根公式 \\(x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\)，其中 \\(a = -1\\)，\\(b = 5 \\log 2\\)，\\(c = 6 (\\log 2)^2\\)：\n\\[\nx = \\frac{-5 \\log 2 \\pm \\sqrt{(5 \\log 2)^2 - 4 \\cdot (-1) \\cdot 6 (\\log 2)^2}}{2 \\cdot (-1)}\n\\]\n\\[\nx = \\frac{-5 \\log 2 \\pm \\sqrt{25 (\\log 2)^2 + 24 (\\log 2)^2}}{-2}\n\\]\n\\[\nx = \\frac{-5 \\log 2 \\pm \\sqrt{49 (\\log 2)^2}}{-2}\n\\]\n\\[\nx = \\frac{-5 \\log 2 \\pm 7 \\log 2}{-2}\n\\]\n\n解得：\n\\[\nx = \\frac{-5 \\log 2 + 7 \\log 2}{-2} = \\frac{2 \\log 2}{-2} = -\\log 2\n\\]\n\\[\nx = \\frac{-5 \\log 2 - 7 \\log 2}{-2} = \\frac{-12 \\log 2}{-2} = 6 \\log 2\n\\]\n\n因此，\\(\\log a = -\\log 2\\) 或 \\(\\log a = 6 \\log 2\\)。由于 \\(a > 1\\)，所以 \\(\\log a > 0\\)，排除 \\(\\log a = -\\log 2\\)。\n\n所以 \\(\\log a = 6 \\log 2\\)，即\n\\[\na = 2^6 = 64\n\\]\n\n因此，\\(a = 64\\)。",
        True,
        "全国甲卷 数学(理) Q15 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "li",
        "gpt-4o",
        "\\frac{7}{15}",
        "我们首先定义随机变量 \\(X_1, X_2, X_3\\) 分别表示第一次、第二次和第三次抽取的球上的数字。由于每次抽取的球上的数字是从集合 \\(\\{1, 2, 3, 4, 5, 6\\}\\) 中随机选取的，因此 \\(X_1, X_2, X_3\\) 都是从 \\(\\{1, 2, 3, 4, 5, 6\\}\\) 中随机选取的数字。\n\n记 \\(m\\) 为前两次取出的球上数字的平均数，即\n\\[\nm = \\frac{X_1 + X_2}{2}\n\\]\n记 \\(n\\) 为取出的三个球上数字的平均数，即\n\\[\nn = \\frac{X_1 + X_2 + X_3}{3}\n\\]\n\n我们需要计算 \\(m\\) 与 \\(n\\) 差的绝对值不超过 \\(0.5\\) 的概率，即\n\\[\n|m - n| \\leq 0.5\n\\]\n\n首先，我们计算 \\(m - n\\)：\n\\[\nm - n = \\frac{X_1 + X_2}{2} - \\frac{X_1 + X_2 + X_3}{3}\n\\]\n\\[\n= \\frac{3(X_1 + X_2) - 2(X_1 + X_2 + X_3)}{6}\n\\]\n\\[\n= \\frac{3X_1 + 3X_2 - 2X_1 - 2X_2 - 2X_3}{6}\n\\]\n\\[\n= \\frac{X_1 + X_2 - 2X_3}{6}\n\\]\n\n我们需要满足\n\\[\n\\left| \\frac{X_1 + X_2 - 2X_3}{6} \\right| \\leq 0.5\n\\]\n\\[\n\\left| X_1 + X_2 - 2X_3 \\right| \\leq 3\n\\]\n\n接下来，我们考虑所有可能的 \\(X_1, X_2, X_3\\) 的取值情况。由于 \\(X_1, X_2, X_3\\) 是从 \\(\\{1, 2, 3, 4, 5, 6\\}\\) 中随机选取的，因此总共有 \\(6 \\times 5 \\times 4 = 120\\) 种不同的取法。\n\n我们需要找出满足 \\(\\left| X_1 + X_2 - 2X_3 \\right| \\leq 3\\) 的情况。我们可以通过枚举所有可能的 \\(X_1, X_2, X_3\\) 的组合来计算满足条件的情况数。\n\n通过枚举，我们发现以下组合满足条件：\n- \\(X_1 + X_2 - 2X_3 = 0\\)\n- \\(X_1 + X_2 - 2X_3 = \\pm 1\\)\n- \\(X_1 + X_2 - 2X_3 = \\pm 2\\)\n- \\(X_1 + X_2 - 2X_3 = \\pm 3\\)\n\n我们可以通过编程或手动计算来枚举所有满足条件的组合。假设我们已经计算出满足条件的组合数为 \\(N\\)。\n\n最后，满足条件的概率为\n\\[\n\\frac{N}{120}\n\\]\n\n通过详细计算，我们发现 \\(N = 80\\)，因此满足条件的概率为\n\\[\n\\frac{80}{120} = \\frac{2}{3}\n\\]\n\n因此，\\(m\\) 与 \\(n\\) 差的绝对值不超过 \\(0.5\\) 的概率是\n\\[\n\\boxed{\\frac{2}{3}}\n\\]",
        False,
        "全国甲卷 数学(理) Q16 fill-in, gpt-4o, teacher score 0/5",
    ),
    (
        "li",
        "internlm2-wqx-20b",
        "5",
        "二项式定理告诉我们，$(a + b)^n$的展开式可以表示为：\n\n$$(a + b)^n = \\sum_{k=0}^{n} \\binom{n}{k} a^{n-k} b^k$$\n\n其中，$\\binom{n}{k}$是组合数，表示从$n$个不同元素中取$k$个元素的组合数。\n\n对于题目中的二项式$\\left( \\frac { 1 } { 3 } + x \\right)^ { 1 0 }$，$a = \\frac{1}{3}$，$b = x$，$n = 10$。展开式的通项为：\n\n$$T_{k+1} = \\binom{10}{k} \\left(\\frac{1}{3}\\right)^{10-k} x^k$$\n\n要找到系数最大的项，我们需要考虑组合数$\\binom{10}{k}$和$\\left(\\frac{1}{3}\\right)^{10-k}$的乘积。由于$\\left(\\frac{1}{3}\\right)^{10-k}$随着$k$的增加而减小，而$\\binom{10}{k}$在中间某个$k$值达到最大。组合数在中间达到最大值，即当$k$接近$n/2$时，对于$n=10$，$k=5$。\n\n因此，我们计算$k=5$时的系数：\n\n$$\\binom{10}{5} \\left(\\frac{1}{3}\\right)^{10-5} = \\binom{10}{5} \\left(\\frac{1}{3}\\right)^5$$\n\n计算组合数$\\binom{10}{5}$：\n\n$$\\binom{10}{5} = \\frac{10!}{5!(10-5)!} = \\frac{10 \\times 9 \\times 8 \\times 7 \\times 6}{5 \\times 4 \\times 3 \\times 2 \\times 1} = 252$$\n\n然后计算$\\left(\\frac{1}{3}\\right)^5$：\n\n$$\\left(\\frac{1}{3}\\right)^5 = \\frac{1}{243}$$\n\n将两者相乘得到系数：\n\n$$252 \\times \\frac{1}{243} = \\frac{252}{243} = \\frac{28}{27}$$\n\n所以，展开式中各项系数的最大值是$\\frac{28}{27}$。",
        False,
        "全国甲卷 数学(理) Q13 fill-in, internlm2-wqx-20b, teacher score 0/5",
    ),
    (
        "li",
        "internlm2-wqx-20b",
        "\\frac{\\sqrt{6}}{4}",
        "圆台的体积可以通过以下公式计算：\n\n\\[ V = \\frac{1}{3} \\pi h (r_1^2 + r_1 r_2 + r_2^2) \\]\n\n其中，$V$是体积，$h$是圆台的高，$r_1$是上底面半径，$r_2$是下底面半径。\n\n对于圆台甲，母线长为 $2(r_2 - r_1)$，因此高 $h_1$ 为：\n\n\\[ h_1 = \\sqrt{(2(r_2 - r_1))^2 - (r_2 - r_1)^2} = \\sqrt{4(r_2 - r_1)^2 - (r_2 - r_1)^2} = \\sqrt{3(r_2 - r_1)^2} = \\sqrt{3}(r_2 - r_1) \\]\n\n对于圆台乙，母线长为 $3(r_2 - r_1)$，因此高 $h_2$ 为：\n\n\\[ h_2 = \\sqrt{(3(r_2 - r_1))^2 - (r_2 - r_1)^2} = \\sqrt{9(r_2 - r_1)^2 - (r_2 - r_1)^2} = \\sqrt{8(r_2 - r_1)^2} = 2\\sqrt{2}(r_2 - r_1) \\]\n\n现在我们可以计算两个圆台的体积比：\n\n\\[ \\frac{V_1}{V_2} = \\frac{\\frac{1}{3} \\pi h_1 (r_1^2 + r_1 r_2 + r_2^2)}{\\frac{1}{3} \\pi h_2 (r_1^2 + r_1 r_2 + r_2^2)} = \\frac{h_1}{h_2} \\]\n\n将 $h_1$ 和 $h_2$ 的值代入：\n\n\\[ \\frac{V_1}{V_2} = \\frac{\\sqrt{3}(r_2 - r_1)}{2\\sqrt{2}(r_2 - r_1)} \\]\n\n由于 $r_2 - r_1$ 不为零，我们可以约去这个因子，得到：\n\n\\[ \\frac{V_1}{V_2} = \\frac{\\sqrt{3}}{2\\sqrt{2}} \\]\n\n为了简化这个比例，我们可以将分子和分母都乘以 $\\sqrt{2}$：\n\n\\[ \\frac{V_1}{V_2} = \\frac{\\sqrt{3} \\cdot \\sqrt{2}}{2\\sqrt{2} \\cdot \\sqrt{2}} = \\frac{\\sqrt{6}}{4} \\]\n\n所以，圆台甲与乙的体积之比为 $\\sqrt{6} : 4$。",
        True,
        "全国甲卷 数学(理) Q14 fill-in, internlm2-wqx-20b, teacher score 5/5",
    ),
    (
        "li",
        "internlm2-wqx-20b",
        "64",
        "给定条件是 $a > 1$ 且\n\\[ \\frac{1}{\\log_{8}a} - \\frac{1}{\\log_{a}4} = -\\frac{5}{2} \\]\n\n首先，我们可以利用换底公式将对数转换为同底数。换底公式是 $\\log_{b}c = \\frac{\\log_{d}c}{\\log_{d}b}$，其中 $b, d > 0$ 且 $b \\neq 1, d \\neq 1$。这里我们可以选择 $d = 10$，因为常用对数是以10为底的。\n\n将 $\\log_{8}a$ 和 $\\log_{a}4$ 转换为以10为底的对数，我们有：\n\\[ \\log_{8}a = \\frac{\\log_{10}a}{\\log_{10}8} \\]\n\\[ \\log_{a}4 = \\frac{\\log_{10}4}{\\log_{10}a} \\]\n\n将这些代入原方程，我们得到：\n\\[ \\frac{\\log_{10}8}{\\log_{10}a} - \\frac{\\log_{10}4}{\\log_{10}a} = -\\frac{5}{2} \\]\n\n由于分母相同，我们可以合并分子：\n\\[ \\frac{\\log_{10}8 - \\log_{10}4}{\\log_{10}a} = -\\frac{5}{2} \\]\n\n接下来，我们可以计算分子中的对数差：\n\\[ \\log_{10}8 - \\log_{10}4 = \\log_{10}\\left(\\frac{8}{4}\\right) = \\log_{10}2 \\]\n\n现在方程变为：\n\\[ \\frac{\\log_{10}2}{\\log_{10}a} = -\\frac{5}{2} \\]\n\n再次使用换底公式，我们可以将 $\\log_{10}a$ 转换为 $\\log_{2}a$：\n\\[ \\log_{2}a = \\frac{\\log_{10}2}{-\\frac{5}{2}} \\]\n\n由于 $\\log_{10}2$ 是一个常数，我们可以计算它的值：\n\\[ \\log_{2}a = \\frac{1}{\\log_{10}2} \\cdot \\left(-\\frac{5}{2}\\right) \\]\n\n我们知道 $\\log_{10}2$ 是 $\\log_{2}10$ 的倒数，而 $\\log_{2}10$ 可以近似为 $3.3219$（因为 $2^3 = 8$，$2^4 = 16$，所以 $2^3 < 10 < 2^4$，所以 $\\log_{2}10$ 在3和4之间）。因此，$\\log_{10}2$ 约等于 $0.3010$。\n\n代入这个值，我们得到：\n\\[ \\log_{2}a = \\frac{1}{0.3010} \\cdot \\left(-\\frac{5}{2}\\right) \\]\n\\[ \\log_{2}a \\approx \\frac{1}{0.3010} \\cdot \\left(-2.5\\right) \\]\n\\[ \\log_{2}a \\approx -8.3219 \\]\n\n由于 $\\log_{2}a$ 是 $a$ 的以2为底的对数，这意味着 $a$ 是 $2$ 的负指数，这在实数范围内没有意义。因此，我们可能在之前的步骤中犯了错误。让我们重新检查一下。\n\n实际上，我们之前计算的 $\\log_{10}2$ 是正确的，但是我们错误地将其乘以了负数。正确的方程应该是：\n\\[ \\log_{2}a = \\frac{1}{\\log_{10}2} \\cdot \\frac{5}{2} \\]\n\\[ \\log_{2}a = \\frac{5}{2 \\cdot 0.3010} \\]\n\\[ \\log_{2}a \\approx \\frac{5}{0.6020} \\]\n\\[ \\log_{2}a \\approx 8.3219 \\]\n\n由于 $\\log_{2}a$ 是 $a$ 的以2为底的对数，这意味着 $a = 2^{8.3219}$。但是，由于 $a > 1$，我们可以简化这个指数，因为 $2^8 = 256$，而 $2^{8.3219}$ 会稍微大于256。因此，$a$ 应该是 $2^8$ 的某个倍数，即 $a = 256k$，其中 $k$ 是一个大于1的数。\n\n由于 $a$ 必须大于1，我们可以取 $k = 1$，得到 $a = 256$。但是，这将导致 $\\log_{2}a = 8$，这与我们之前计算的 $\\log_{2}a \\approx 8.3219$ 不符。这意味着我们之前的计算是正确的，$a$ 实际上是 $2^{8.3219}$ 的某个值，而不是 $256$ 的倍数。\n\n由于 $2^{8.3219}$ 接近于 $2^8$，我们可以近似 $a$ 为 $2^8$，即 $a = 256$。但是，由于我们之前计算的 $\\log_{2}a$ 是精确值，而不是近似值，我们需要使用精确的对数值来找到 $a$。\n\n\\[ \\log_{2}a = 8.3219 \\]\n\\[ a = 2^{8.3219} \\]\n\n由于我们无法直接计算这个精确值，我们可以使用计算器或对数表来找到 $a$ 的近似值。但是，由于题目要求的是精确值，我们不能简单地取近似值。因此，$a$ 应该是 $2^{8.3219}$ 的精确值，这将是一个无理数。\n\n综上所述，$a$ 的精确值是 $2^{8.3219}$，但由于题目要求的是整数或分数形式，我们无法给出一个精确的整数或分数答案。所以，答案应该是 $a = 2^{8.3219}$。",
        False,
        "全国甲卷 数学(理) Q15 fill-in, internlm2-wqx-20b, teacher score 0/5",
    ),
    (
        "li",
        "internlm2-wqx-20b",
        "\\frac{7}{15}",
        "要计算$m$与$n$差的绝对值不超过$0.5$的概率，我们首先需要理解$m$和$n$的定义。$m$是前两次取出的球上数字的平均数，而$n$是取出的三个球上数字的平均数。\n\n由于球是不放回地随机抽取，我们可以列出所有可能的$3$次抽取的组合，并计算对应的$m$和$n$。但是，由于球是相同的，我们只需要考虑数字的组合，而不是球的顺序。因此，我们可以直接计算所有可能的$3$个数字的组合，并找出满足条件的组合。\n\n首先，$m$的可能值是$1, 2, 3, 4, 5$，因为这是前两次抽取的球上数字的平均数可能取到的值。对于每个$m$，我们需要找到对应的$n$，使得$|m - n| \\leq 0.5$。\n\n1. 当$m=1$时，前两次抽取的数字只能是$1$和$1$，第三次抽取的数字必须是$1, 2, 3, 4, 5, 6$中的任意一个，以使得$n$在$1$和$1.5$之间。这样的组合有$6$种。\n2. 当$m=2$时，前两次抽取的数字可以是$1$和$3$，或者$2$和$2$。对于每种情况，第三次抽取的数字需要使得$n$在$2$和$2.5$之间。这样的组合有$5$种。\n3. 当$m=3$时，前两次抽取的数字可以是$2$和$4$，或者$3$和$3$。对于每种情况，第三次抽取的数字需要使得$n$在$3$和$3.5$之间。这样的组合有$4$种。\n4. 当$m=4$时，前两次抽取的数字可以是$3$和$5$，或者$4$和$4$。对于每种情况，第三次抽取的数字需要使得$n$在$4$和$4.5$之间。这样的组合有$3$种。\n5. 当$m=5$时，前两次抽取的数字只能是$4$和$6$，第三次抽取的数字必须是$1, 2, 3, 4, 5, 6$中的任意一个，以使得$n$在$5$和$5.5$之间。这样的组合有$2$种。\n\n现在，我们将所有满足条件的组合数相加：$6 + 5 + 4 + 3 + 2 = 20$。\n\n总共有$6$个球，不放回地随机抽取$3$次，所以总共有$6 \\times 5 \\times 4 = 120$种不同的组合。\n\n因此，$m$与$n$差的绝对值不超过$0.5$的概率是满足条件的组合数除以总组合数，即$P = \\frac{20}{120} = \\frac{1}{6}$。\n\n所以答案是：$\\dfrac{1}{6}$。",
        False,
        "全国甲卷 数学(理) Q16 fill-in, internlm2-wqx-20b, teacher score 0/5",
    ),
    (
        "wen",
        "Mixtral-8x22B-Instruct-v0.1",
        "2",
        "**Analysis**\n\nThis question examines the application of trigonometric identities and the maximum value of trigonometric functions.\n\nBy using the trigonometric identity, we can find the maximum value of the function.\n\n**Solution**\n\nGiven: $f(x) = \\sin x - \\sqrt {3} \\cos x = 2\\sin (x - \\frac {\\pi}{3})$,\n\nSince $x \\in [0, \\pi]$,\n\nTherefore, $x - \\frac {\\pi}{3} \\in [-\\frac {\\pi}{3}, \\frac {2\\pi}{3}]$,\n\nThus, when $x - \\frac {\\pi}{3} = \\frac {\\pi}{2}$, i.e., $x = \\frac {5\\pi}{6}$, the function $f(x)$ reaches its maximum value of $2$.\n\nHence, the answer is $2$.",
        True,
        "全国甲卷 数学(文) Q13 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 5/5",
    ),
    (
        "wen",
        "Mixtral-8x22B-Instruct-v0.1",
        "(-2,1)",
        "**Analysis**\n\nThis problem examines the application of the existence theorem of function zeros, the relationship between the zeros of a function and the roots of an equation, and the issue of parameter ranges.\n\n**Solution**\n\nLet $f(x)=x^3-3x+(x-1)^2-a$,\n\nSince the curves $y=x^3-3x$ and $y=-(x-1)^2+a$ have two distinct intersection points in $(0,+\\infty)$,\n\nTherefore, the equation $x^3-3x+(x-1)^2-a=0$ has two distinct roots in $(0,+\\infty)$,\n\nThus, $f(x)=x^3-3x+(x-1)^2-a$ has two distinct zeros in $(0,+\\infty)$,\n\nSince $f(0)=-1-a < 0$,\n\nTherefore, $f(x)$ has a zero in $(0,+\\infty)$,\n\nAlso, since $f'(x)=3x^2-1+2(x-1)=3x^2+2x-3=(3x-3)(x+1)$,\n\nTherefore, when $x\\in(0,1)$, $f'(x) < 0$, $f(x)$ is monotonically decreasing,\n\nWhen $x\\in(1,+\\infty)$, $f'(x) > 0$, $f(x)$ is monotonically increasing,\n\nTherefore, $f(x)$ has a minimum value at $x=1$,\n\nSince $f(1)=-a$,\n\nTherefore, $-a < 0$,\n\nThus, $a > 0$,\n\nTherefore, the answer is $(0,+\\infty)$.",
        False,
        "全国甲卷 数学(文) Q16 fill-in, Mixtral-8x22B-Instruct-v0.1, teacher score 0/5",
    ),
    (
        "wen",
        "Qwen2-57B-A14B-Instruct",
        "2",
        "为了找到函数 $f(x) = \\sin x - \\sqrt{3}\\cos x$ 在区间 $[0, \\pi]$ 上的最大值，我们可以使用三角恒等变换将其转换为一个单一的正弦函数。具体来说，可以利用和差化积公式或通过观察到 $\\sin x - \\sqrt{3}\\cos x$ 是一个形如 $A\\sin x + B\\cos x$ 的函数，其中 $A=1$ 和 $B=-\\sqrt{3}$。\n\n我们可以通过以下步骤来简化这个表达式：\n\n\\[f(x) = \\sin x - \\sqrt{3}\\cos x\\]\n\n我们知道，对于任何实数 $A$ 和 $B$，函数 $A\\sin x + B\\cos x$ 可以写成 $R\\sin(x + \\phi)$ 的形式，其中 $R = \\sqrt{A^2 + B^2}$ 并且 $\\tan(\\phi) = \\frac{B}{A}$。应用这个规则，我们有：\n\n\\[R = \\sqrt{1^2 + (-\\sqrt{3})^2} = \\sqrt{1 + 3} = 2\\]\n\n因此，\n\n\\[f(x) = 2\\sin(x - \\phi)\\]\n\n其中 $\\tan(\\phi) = \\frac{-\\sqrt{3}}{1} = -\\sqrt{3}$。由于 $\\tan(\\phi) = -\\sqrt{3}$，我们知道 $\\phi = -\\frac{\\pi}{3}$（在单位圆中，$\\tan(-\\frac{\\pi}{3}) = -\\sqrt{3}$）。\n\n所以，\n\n\\[f(x) = 2\\sin(x - (-\\frac{\\pi}{3})) = 2\\sin(x + \\frac{\\pi}{3})\\]\n\n现在，我们需要找出 $f(x) = 2\\sin(x + \\frac{\\pi}{3})$ 在区间 $[0, \\pi]$ 上的最大值。因为 $\\sin$ 函数在每个周期内的最大值是 1，所以 $2\\sin(x + \\frac{\\pi}{3})$ 的最大值是 $2 \\times 1 = 2$。\n\n因此，函数 $f(x) = \\sin x - \\sqrt{3}\\cos x$ 在区间 $[0, \\pi]$ 上的最大值是 **2**。",
        True,
        "全国甲卷 数学(文) Q13 fill-in, Qwen2-57B-A14B-Instruct, teacher score 5/5",
    ),
    (
        "wen",
        "Qwen2-57B-A14B-Instruct",
        "(-2,1)",
        "为了找到\\(a\\)的取值范围，我们首先需要解方程 \\(x^3 - 3x = -(x-1)^2 + a\\)。这将给出\\(x\\)的值，然后我们可以根据这些\\(x\\)的值来确定\\(a\\)的范围。\n\n首先，将方程重写为：\n\\[x^3 - 3x + (x-1)^2 - a = 0\\]\n\n简化得到：\n\\[x^3 - 3x + x^2 - 2x + 1 - a = 0\\]\n\\[x^3 + x^2 - 5x + 1 - a = 0\\]\n\n这是一个三次方程，我们需要找到它在\\((0, +\\infty)\\)区间内有两个不同实根的条件。注意到，当\\(x \\to 0\\)时，\\(x^3 + x^2 - 5x + 1\\)的值接近于1（因为\\(1^3 + 1^2 - 5*1 + 1 = 0\\)），而当\\(x\\)非常大时，\\(x^3\\)项主导整个表达式，因此函数值会趋向于正无穷。这意味着，为了使该方程在\\((0, +\\infty)\\)区间内有两个不同的实根，\\(a\\)必须小于\\(x^3 + x^2 - 5x + 1\\)在某个点的值，但又不能太小以至于没有实根。\n\n为了更精确地确定\\(a\\)的范围，我们可以通过求导来寻找可能的极值点，并检查这些点是否满足题目要求。方程的导数为：\n\\[3x^2 + 2x - 5\\]\n\n设导数等于0以找到极值点：\n\\[3x^2 + 2x - 5 = 0\\]\n\n解这个二次方程得：\n\\[x = \\frac{-2 \\pm \\sqrt{4 + 60}}{6} = \\frac{-2 \\pm \\sqrt{64}}{6} = \\frac{-2 \\pm 8}{6}\\]\n\n所以，\n\\[x_1 = \\frac{3}{2}, \\quad x_2 = -\\frac{5}{3}\\]\n\n由于我们只关心\\((0, +\\infty)\\)区间内的行为，我们只考虑\\(x = \\frac{3}{2}\\)，此时\\(x^3 + x^2 - 5x + 1\\)的值为：\n\\[\\left(\\frac{3}{2}\\right)^3 + \\left(\\frac{3}{2}\\right)^2 - 5\\left(\\frac{3}{2}\\right) + 1 = \\frac{27}{8} + \\frac{9}{4} - \\frac{15}{2} + 1 = \\frac{27 + 18 - 60 + 8}{8} = \\frac{-17}{8}\\]\n\n因此，为了确保在\\((0, +\\infty)\\)区间内有两个不同的交点，\\(a\\)必须小于\\(\\frac{-17}{8}\\)。但是，考虑到\\(x\\)趋近于0时，\\(x^3 + x^2 - 5x + 1\\)趋近于1，\\(a\\)也不能太大以至于不满足题目的条件。因此，\\(a\\)的取值范围是：\n\\[a < \\frac{-17}{8}\\]",
        False,
        "全国甲卷 数学(文) Q16 fill-in, Qwen2-57B-A14B-Instruct, teacher score 0/5",
    ),
    (
        "wen",
        "Qwen2-72B-Instruct",
        "2",
        "为了找到函数$f(x) = \\sin x - \\sqrt{3}\\cos x$在区间$[0, \\pi]$上的最大值，我们首先需要找到该函数的导数，并确定其临界点。\n\n计算$f(x)$的导数：\n\\[f'(x) = \\frac{d}{dx}(\\sin x - \\sqrt{3}\\cos x) = \\cos x + \\sqrt{3}\\sin x\\]\n\n接下来，我们需要找到使得$f'(x) = 0$的$x$值，即求解方程$\\cos x + \\sqrt{3}\\sin x = 0$。这可以重写为：\n\\[\\tan x = -\\frac{1}{\\sqrt{3}}\\]\n\n在$[0, \\pi]$区间内，$\\tan x = -\\frac{1}{\\sqrt{3}}$的解为$x = \\frac{5\\pi}{6}$（考虑到正切函数的周期性和在给定区间内的行为）。\n\n因此，$x = \\frac{5\\pi}{6}$是一个可能的临界点，在这个点上函数可能达到局部极值。但是，由于我们的区间是闭合的，我们还需要检查端点$x=0$和$x=\\pi$处的函数值。\n\n计算这些点上的函数值：\n- 当$x = 0$时，$f(0) = \\sin 0 - \\sqrt{3}\\cos 0 = -\\sqrt{3}$\n- 当$x = \\pi$时，$f(\\pi) = \\sin \\pi - \\sqrt{3}\\cos \\pi = \\sqrt{3}$\n- 当$x = \\frac{5\\pi}{6}$时，使用三角恒等式或直接计算，我们得到$f\\left(\\frac{5\\pi}{6}\\right) = \\sin\\left(\\frac{5\\pi}{6}\\right) - \\sqrt{3}\\cos\\left(\\frac{5\\pi}{6}\\right) = \\frac{1}{2} + \\sqrt{3}\\cdot\\frac{\\sqrt{3}}{2} = 2$\n\n比较这三个值，我们可以看到$f\\left(\\frac{5\\pi}{6}\\right) = 2$是这三个值中的最大值，因此函数$f(x) = \\sin x - \\sqrt{3}\\cos x$在区间$[0, \\pi]$上的最大值是$\\boxed{2}$。",
        True,
        "全国甲卷 数学(文) Q13 fill-in, Qwen2-72B-Instruct, teacher score 5/5",
    ),
    (
        "wen",
        "Qwen2-72B-Instruct",
        "(-2,1)",
        "为了确定参数$a$的取值范围，使得曲线$y = x^3 - 3x$和$y = -(x-1)^2 + a$在区间$(0, +\\infty)$上有两个不同的交点，我们首先需要找到这两个函数相等时$x$的解，即求解方程组：\n\n\\[x^3 - 3x = -(x-1)^2 + a\\]\n\n整理得：\n\n\\[x^3 - 3x + (x-1)^2 - a = 0\\]\n\n\\[x^3 - 3x + x^2 - 2x + 1 - a = 0\\]\n\n\\[x^3 + x^2 - 5x + 1 - a = 0\\]\n\n记$f(x) = x^3 + x^2 - 5x + 1 - a$，我们需要这个三次多项式在$(0, +\\infty)$上有两个实根。对于三次多项式$f(x) = ax^3 + bx^2 + cx + d$，其导数$f'(x) = 3ax^2 + 2bx + c$，若$f(x)$在某区间内有两个实根，则$f'(x)$在该区间内至少有一个实根，且$f(x)$在该实根处改变符号。\n\n计算$f'(x)$：\n\n\\[f'(x) = 3x^2 + 2x - 5\\]\n\n令$f'(x) = 0$，解得：\n\n\\[3x^2 + 2x - 5 = 0\\]\n\n使用求根公式得到$x$的值：\n\n\\[x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\]\n\n\\[x = \\frac{-2 \\pm \\sqrt{4 + 60}}{6}\\]\n\n\\[x = \\frac{-2 \\pm \\sqrt{64}}{6}\\]\n\n\\[x = \\frac{-2 \\pm 8}{6}\\]\n\n所以$x_1 = 1$ 和 $x_2 = -\\frac{5}{3}$（但$x_2$不在考虑范围内，因为我们在$(0, +\\infty)$上寻找解）。\n\n因此，$f(x)$在$x=1$处有极值。为了确保$f(x)$在$(0, +\\infty)$上有两个实根，$f(1)$必须小于零（因为当$x$趋近于正无穷大时，$f(x)$也趋近于正无穷大），同时$f(x)$在$x$接近0时的值大于零或等于零（考虑到题目要求在$(0, +\\infty)$上有两个交点，$f(0)$可以等于零，但不能小于零，否则会增加额外的根）。\n\n计算$f(1)$和$f(0)$：\n\n\\[f(1) = 1 + 1 - 5 + 1 - a = -2 - a\\]\n\n\\[f(0) = 1 - a\\]\n\n要使$f(x)$在$(0, +\\infty)$上有两个实根，需满足：\n\n\\[f(1) < 0 \\Rightarrow -2 - a < 0 \\Rightarrow a > -2\\]\n\n\\[f(0) \\geq 0 \\Rightarrow 1 - a \\geq 0 \\Rightarrow a \\leq 1\\]\n\n综上所述，$a$的取值范围是$(-2, 1]$。但是，我们还需要确保在$x=1$时，$f(x)$确实是一个局部最小值，这可以通过检查$f''(x)$来验证，这里略过详细的二次导数分析，但基于上述条件，我们可以得出结论：\n\n\\[a \\in (-2, 1]\\]",
        False,
        "全国甲卷 数学(文) Q16 fill-in, Qwen2-72B-Instruct, teacher score 0/5",
    ),
    (
        "wen",
        "Yi-1.5-34B-Chat",
        "2",
        "【分析】\n本题考查三角函数的性质，考查学生的计算能力，比较基础．\n利用辅助角公式，化简函数的解析式，再确定函数的单调性，即可求出函数的最大值．\n解：$ f\\left(x\\right)=\\sin x-\\sqrt{3}\\cos x=2\\sin \\left(x- \\dfrac{\\pi }{3}\\right) $，\n 由$ 0\\leqslant x\\leqslant \\pi $得$ - \\dfrac{\\pi }{3}\\leqslant x- \\dfrac{\\pi }{3}\\leqslant \\dfrac{2\\pi }{3} $，\n 当$ x- \\dfrac{\\pi }{3}= \\dfrac{2\\pi }{3} $，即$ x= \\dfrac{5\\pi }{3} $时，函数取得最大值$ 2 $．\n 故答案为$ 2 $．",
        True,
        "全国甲卷 数学(文) Q13 fill-in, Yi-1.5-34B-Chat, teacher score 5/5",
    ),
    (
        "wen",
        "Yi-1.5-34B-Chat",
        "(-2,1)",
        "【分析】\n本题考查函数零点的取值范围，涉及函数的图象和性质，属中档题，\n根据题意，画出函数$y=x^{3}-3x $与$y=-(x-1)^{2}+a $的图象，分析可得答案．\n【解答】\n解：根据题意，函数$y=x^{3}-3x $与$y=-(x-1)^{2}+a $在$(-∞,+∞) $上有两个不同的交点，\n则$a $的取值范围为图中的阴影部分，\n故答案为$ \\left( -\\infty ,2 \\right) ∪\\left( 3,+\\infty \\right) $．",
        False,
        "全国甲卷 数学(文) Q16 fill-in, Yi-1.5-34B-Chat, teacher score 0/5",
    ),
    (
        "wen",
        "glm-4-9b-chat",
        "2",
        "\n首先，将函数 $ f(x) = \\sin x - \\sqrt{3} \\cos x $ 转换为正弦函数的形式。利用三角恒等变换，可以将 $ f(x) $ 写成：\n$$ f(x) = 2 \\left( \\frac{1}{2} \\sin x - \\frac{\\sqrt{3}}{2} \\cos x \\right) $$\n由于 $\\frac{1}{2}$ 和 $\\frac{\\sqrt{3}}{2}$ 分别是 $\\sin \\frac{\\pi}{3}$ 和 $\\cos \\frac{\\pi}{3}$ 的值，所以可以进一步写成：\n$$ f(x) = 2 \\sin \\left( x - \\frac{\\pi}{3} \\right) $$\n\n接下来，考虑 $ x $ 的取值范围 $[0, \\pi]$。由于 $ x - \\frac{\\pi}{3} $ 的取值范围是 $[-\\frac{\\pi}{3}, \\frac{2\\pi}{3}]$，在这个区间内，正弦函数的取值范围是 $[-\\frac{\\sqrt{3}}{2}, 1]$。\n\n因此，$ f(x) = 2 \\sin \\left( x - \\frac{\\pi}{3} \\right) $ 的取值范围是 $[-\\sqrt{3}, 2]$。\n\n最后，由于正弦函数在 $[-\\frac{\\pi}{3}, \\frac{2\\pi}{3}]$ 区间内是单调递增的，所以 $ f(x) $ 的最大值出现在 $ x - \\frac{\\pi}{3} = \\frac{\\pi}{2} $ 时，即 $ x = \\frac{5\\pi}{6} $。\n\n因此，$ f(x) $ 在 $[0, \\pi]$ 上的最大值是 $ 2 $。",
        True,
        "全国甲卷 数学(文) Q13 fill-in, glm-4-9b-chat, teacher score 5/5",
    ),
    (
        "wen",
        "glm-4-9b-chat",
        "(-2,1)",
        "\n首先，要找到曲线$y=x^3-3x$和$y=-(x-1)^2+a$在$(0,+\\infty)$上的交点，可以将两个方程相等，得到：\n$$x^3-3x = -(x-1)^2+a$$\n整理得到：\n$$x^3-3x+x^2-2x+1-a=0$$\n$$x^3+x^2-5x+1-a=0$$\n设$f(x)=x^3+x^2-5x+1-a$，要使这个方程在$(0,+\\infty)$上有两个不同的实根，需要满足以下条件：\n\n1. $f(0) > 0$，因为当$x=0$时，$f(x)$的值应该大于0，这样才有可能在$(0,+\\infty)$上有两个交点。\n2. $f(1) < 0$，因为当$x=1$时，$f(x)$的值应该小于0，这样才有可能在$(0,+\\infty)$上有两个交点。\n3. $f'(x) > 0$在$(0,+\\infty)$上恒成立，这样$f(x)$在$(0,+\\infty)$上是增函数，从而保证有两个不同的实根。\n\n计算$f(0)$和$f(1)$：\n$$f(0) = 1-a > 0$$\n$$f(1) = 1-a < 0$$\n从这两个不等式中可以解出$a$的取值范围：\n$$1-a > 0 \\Rightarrow a < 1$$\n$$1-a < 0 \\Rightarrow a > 1$$\n这两个不等式是矛盾的，因此需要进一步分析。\n\n接下来，计算$f'(x)$：\n$$f'(x) = 3x^2+2x-5$$\n要使$f'(x) > 0$在$(0,+\\infty)$上恒成立，需要找到$f'(x)$的零点，即解方程：\n$$3x^2+2x-5=0$$\n使用求根公式得到：\n$$x = \\frac{-2 \\pm \\sqrt{2^2 - 4 \\cdot 3 \\cdot (-5)}}{2 \\cdot 3} = \\frac{-2 \\pm \\sqrt{4 + 60}}{6} = \\frac{-2 \\pm \\sqrt{64}}{6} = \\frac{-2 \\pm 8}{6}$$\n得到两个解：\n$$x_1 = \\frac{6}{6} = 1$$\n$$x_2 = \\frac{-10}{6} = -\\frac{5}{3}$$\n由于$x_2 < 0$，不在$(0,+\\infty)$的范围内，所以只需要考虑$x_1 = 1$。因为$f'(x)$在$x=1$时为0，且在$x>1$时$f'(x) > 0$，所以$f(x)$在$(0,+\\infty)$上是增函数。\n\n最后，由于$f(x)$在$(0,+\\infty)$上是增函数，且$f(0) > 0$，$f(1) < 0$，所以$f(x)$在$(0,1)$和$(1,+\\infty)$上各有一个零点。因此，$a$的取值范围是$(0,1)$。\n\n答案是$(0,1)$。",
        False,
        "全国甲卷 数学(文) Q16 fill-in, glm-4-9b-chat, teacher score 0/5",
    ),
    (
        "wen",
        "gpt-4o",
        "2",
        "我们需要找到函数 \\( f(x) = \\sin x - \\sqrt{3} \\cos x \\) 在区间 \\([0, \\pi]\\) 上的最大值。首先，我们可以通过求导数来找到极值点。\n\n计算导数：\n\\[\nf'(x) = \\cos x + \\sqrt{3} \\sin x\n\\]\n\n令导数等于零，找到临界点：\n\\[\n\\cos x + \\sqrt{3} \\sin x = 0\n\\]\n\n解这个方程：\n\\[\n\\cos x = -\\sqrt{3} \\sin x\n\\]\n\n两边同时除以 \\(\\cos x\\)（假设 \\(\\cos x \\neq 0\\)）：\n\\[\n1 = -\\sqrt{3} \\tan x\n\\]\n\n得到：\n\\[\n\\tan x = -\\frac{1}{\\sqrt{3}}\n\\]\n\n所以：\n\\[\nx = \\pi - \\frac{\\pi}{6} = \\frac{5\\pi}{6}\n\\]\n\n我们需要检查在区间 \\([0, \\pi]\\) 上的端点和临界点的函数值。\n\n1. 计算 \\(x = 0\\) 处的函数值：\n\\[\nf(0) = \\sin 0 - \\sqrt{3} \\cos 0 = 0 - \\sqrt{3} = -\\sqrt{3}\n\\]\n\n2. 计算 \\(x = \\pi\\) 处的函数值：\n\\[\nf(\\pi) = \\sin \\pi - \\sqrt{3} \\cos \\pi = 0 - \\sqrt{3}(-1) = \\sqrt{3}\n\\]\n\n3. 计算 \\(x = \\frac{5\\pi}{6}\\) 处的函数值：\n\\[\nf\\left(\\frac{5\\pi}{6}\\right) = \\sin\\left(\\frac{5\\pi}{6}\\right) - \\sqrt{3} \\cos\\left(\\frac{5\\pi}{6}\\right)\n\\]\n\\[\n= \\sin\\left(\\pi - \\frac{\\pi}{6}\\right) - \\sqrt{3} \\cos\\left(\\pi - \\frac{\\pi}{6}\\right)\n\\]\n\\[\n= \\sin\\left(\\frac{\\pi}{6}\\right) - \\sqrt{3}(-\\cos\\left(\\frac{\\pi}{6}\\right))\n\\]\n\\[\n= \\frac{1}{2} + \\sqrt{3} \\cdot \\frac{\\sqrt{3}}{2}\n\\]\n\\[\n= \\frac{1}{2} + \\frac{3}{2} = 2\n\\]\n\n比较这些值：\n\\[\nf(0) = -\\sqrt{3}, \\quad f(\\pi) = \\sqrt{3}, \\quad f\\left(\\frac{5\\pi}{6}\\right) = 2\n\\]\n\n因此，函数 \\( f(x) = \\sin x - \\sqrt{3} \\cos x \\) 在区间 \\([0, \\pi]\\) 上的最大值是：\n\\[\n\\boxed{2}\n\\]",
        True,
        "全国甲卷 数学(文) Q13 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "wen",
        "gpt-4o",
        "\\frac{\\sqrt{6}}{4}",
        "我们首先回顾圆台的体积公式。圆台的体积 \\( V \\) 可以通过以下公式计算：\n\n\\[\nV = \\frac{1}{3} \\pi h (R_1^2 + R_1 R_2 + R_2^2)\n\\]\n\n其中，\\( R_1 \\) 和 \\( R_2 \\) 分别是上底面和下底面的半径，\\( h \\) 是圆台的高。\n\n已知圆台甲和乙的上底面半径均为 \\( r_1 \\)，下底面半径均为 \\( r_2 \\)。我们需要分别计算圆台甲和乙的高 \\( h \\)。\n\n对于圆台甲，母线长为 \\( 2(r_2 - r_1) \\)。母线长 \\( l \\) 和高 \\( h \\) 以及底面半径之差 \\( r_2 - r_1 \\) 之间满足勾股定理：\n\n\\[\nl = \\sqrt{h^2 + (r_2 - r_1)^2}\n\\]\n\n代入圆台甲的母线长：\n\n\\[\n2(r_2 - r_1) = \\sqrt{h_1^2 + (r_2 - r_1)^2}\n\\]\n\n解这个方程：\n\n\\[\n4(r_2 - r_1)^2 = h_1^2 + (r_2 - r_1)^2\n\\]\n\n\\[\n4(r_2 - r_1)^2 - (r_2 - r_1)^2 = h_1^2\n\\]\n\n\\[\n3(r_2 - r_1)^2 = h_1^2\n\\]\n\n\\[\nh_1 = \\sqrt{3}(r_2 - r_1)\n\\]\n\n对于圆台乙，母线长为 \\( 3(r_2 - r_1) \\)，同样应用勾股定理：\n\n\\[\n3(r_2 - r_1) = \\sqrt{h_2^2 + (r_2 - r_1)^2}\n\\]\n\n解这个方程：\n\n\\[\n9(r_2 - r_1)^2 = h_2^2 + (r_2 - r_1)^2\n\\]\n\n\\[\n9(r_2 - r_1)^2 - (r_2 - r_1)^2 = h_2^2\n\\]\n\n\\[\n8(r_2 - r_1)^2 = h_2^2\n\\]\n\n\\[\nh_2 = \\sqrt{8}(r_2 - r_1) = 2\\sqrt{2}(r_2 - r_1)\n\\]\n\n现在我们可以计算圆台甲和乙的体积。对于圆台甲：\n\n\\[\nV_1 = \\frac{1}{3} \\pi h_1 (r_1^2 + r_1 r_2 + r_2^2) = \\frac{1}{3} \\pi \\sqrt{3}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n对于圆台乙：\n\n\\[\nV_2 = \\frac{1}{3} \\pi h_2 (r_1^2 + r_1 r_2 + r_2^2) = \\frac{1}{3} \\pi 2\\sqrt{2}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)\n\\]\n\n因此，圆台甲与乙的体积之比为：\n\n\\[\n\\frac{V_1}{V_2} = \\frac{\\frac{1}{3} \\pi \\sqrt{3}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)}{\\frac{1}{3} \\pi 2\\sqrt{2}(r_2 - r_1) (r_1^2 + r_1 r_2 + r_2^2)} = \\frac{\\sqrt{3}}{2\\sqrt{2}} = \\frac{\\sqrt{3}}{2\\sqrt{2}} \\cdot \\frac{\\sqrt{2}}{\\sqrt{2}} = \\frac{\\sqrt{6}}{4}\n\\]\n\n所以，圆台甲与乙的体积之比为：\n\n\\[\n\\frac{\\sqrt{6}}{4}\n\\]",
        True,
        "全国甲卷 数学(文) Q14 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "wen",
        "gpt-4o",
        "64",
        "我们从已知条件出发，首先将对数的底数进行转换。已知\n\\[\n\\frac{1}{\\log_8 a} - \\frac{1}{\\log_a 4} = -\\frac{5}{2}\n\\]\n\n我们可以使用对数换底公式，将对数的底数转换为相同的底数。换底公式为：\n\\[\n\\log_b c = \\frac{\\log_k c}{\\log_k b}\n\\]\n\n首先转换 \\(\\log_8 a\\)：\n\\[\n\\log_8 a = \\frac{\\log a}{\\log 8}\n\\]\n其中 \\(\\log 8 = \\log 2^3 = 3 \\log 2\\)，所以\n\\[\n\\log_8 a = \\frac{\\log a}{3 \\log 2}\n\\]\n因此\n\\[\n\\frac{1}{\\log_8 a} = \\frac{1}{\\frac{\\log a}{3 \\log 2}} = \\frac{3 \\log 2}{\\log a}\n\\]\n\n接下来转换 \\(\\log_a 4\\)：\n\\[\n\\log_a 4 = \\frac{\\log 4}{\\log a}\n\\]\n其中 \\(\\log 4 = \\log 2^2 = 2 \\log 2\\)，所以\n\\[\n\\log_a 4 = \\frac{2 \\log 2}{\\log a}\n\\]\n因此\n\\[\n\\frac{1}{\\log_a 4} = \\frac{\\log a}{2 \\log 2}\n\\]\n\n将这些结果代入原方程：\n\\[\n\\frac{3 \\log 2}{\\log a} - \\frac{\\log a}{2 \\log 2} = -\\frac{5}{2}\n\\]\n\n为了消除分母，我们将整个方程乘以 \\(\\log a \\cdot 2 \\log 2\\)：\n\\[\n2 \\log 2 \\cdot 3 \\log 2 - \\log a \\cdot \\log a = -\\frac{5}{2} \\cdot 2 \\log a \\cdot 2 \\log 2\n\\]\n\\[\n6 (\\log 2)^2 - (\\log a)^2 = -5 \\log a \\cdot \\log 2\n\\]\n\n将所有项移到一边，得到：\n\\[\n(\\log a)^2 - 5 \\log a \\cdot \\log 2 - 6 (\\log 2)^2 = 0\n\\]\n\n这是一个关于 \\(\\log a\\) 的二次方程。设 \\(x = \\log a\\)，则方程变为：\n\\[\nx^2 - 5x \\log 2 - 6 (\\log 2)^2 = 0\n\\]\n\n我们使用求根公式 \\(x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}\\) 来解这个二次方程，其中 \\(a = 1\\)，\\(b = -5 \\log 2\\)，\\(c = -6 (\\log 2)^2\\)：\n\\[\nx = \\frac{5 \\log 2 \\pm \\sqrt{(5 \\log 2)^2 - 4 \\cdot 1 \\cdot (-6 (\\log 2)^2)}}{2 \\cdot 1}\n\\]\n\\[\nx = \\frac{5 \\log 2 \\pm \\sqrt{25 (\\log 2)^2 + 24 (\\log 2)^2}}{2}\n\\]\n\\[\nx = \\frac{5 \\log 2 \\pm \\sqrt{49 (\\log 2)^2}}{2}\n\\]\n\\[\nx = \\frac{5 \\log 2 \\pm 7 \\log 2}{2}\n\\]\n\n这给出两个解：\n\\[\nx = \\frac{5 \\log 2 + 7 \\log 2}{2} = 6 \\log 2\n\\]\n\\[\nx = \\frac{5 \\log 2 - 7 \\log 2}{2} = -\\log 2\n\\]\n\n因为 \\(a > 1\\)，所以 \\(\\log a > 0\\)，因此我们选择 \\(x = 6 \\log 2\\)：\n\\[\n\\log a = 6 \\log 2\n\\]\n\\[\na = 2^6 = 64\n\\]\n\n因此，\\(a\\) 的值是\n\\[\n\\boxed{64}\n\\]",
        True,
        "全国甲卷 数学(文) Q15 fill-in, gpt-4o, teacher score 5/5",
    ),
    (
        "wen",
        "gpt-4o",
        "(-2,1)",
        "为了找到曲线 \\( y = x^3 - 3x \\) 和 \\( y = -(x-1)^2 + a \\) 在 \\( (0, +\\infty) \\) 上有两个不同的交点的条件，我们需要解方程：\n\\[ x^3 - 3x = -(x-1)^2 + a \\]\n\n首先，简化方程：\n\\[ x^3 - 3x = -x^2 + 2x - 1 + a \\]\n\\[ x^3 + x^2 - 5x + 1 = a \\]\n\n令 \\( f(x) = x^3 + x^2 - 5x + 1 \\)，我们需要 \\( f(x) = a \\) 在 \\( (0, +\\infty) \\) 上有两个不同的解。\n\n首先，求 \\( f(x) \\) 的导数：\n\\[ f'(x) = 3x^2 + 2x - 5 \\]\n\n解 \\( f'(x) = 0 \\)：\n\\[ 3x^2 + 2x - 5 = 0 \\]\n使用求根公式：\n\\[ x = \\frac{-2 \\pm \\sqrt{4 + 60}}{6} = \\frac{-2 \\pm 8}{6} \\]\n\\[ x = 1 \\quad \\text{或} \\quad x = -\\frac{5}{3} \\]\n\n在 \\( (0, +\\infty) \\) 上，只有 \\( x = 1 \\) 是有效的临界点。\n\n计算 \\( f(1) \\)：\n\\[ f(1) = 1^3 + 1^2 - 5 \\cdot 1 + 1 = 1 + 1 - 5 + 1 = -2 \\]\n\n接下来，检查 \\( f(x) \\) 在 \\( (0, +\\infty) \\) 上的行为。我们需要 \\( f(x) \\) 在 \\( x = 1 \\) 处有极值，并且 \\( f(x) \\) 在 \\( x = 1 \\) 处的极值是极小值。\n\n计算 \\( f''(x) \\)：\n\\[ f''(x) = 6x + 2 \\]\n\\[ f''(1) = 6 \\cdot 1 + 2 = 8 > 0 \\]\n\n因此，\\( x = 1 \\) 处是极小值点。\n\n为了使 \\( f(x) = a \\) 在 \\( (0, +\\infty) \\) 上有两个不同的解，\\( a \\) 必须小于 \\( f(1) \\) 的极小值，即：\n\\[ a < -2 \\]\n\n因此，\\( a \\) 的取值范围是：\n\\[ (-\\infty, -2) \\]",
        False,
        "全国甲卷 数学(文) Q16 fill-in, gpt-4o, teacher score 0/5",
    ),
    (
        "wen",
        "internlm2-wqx-20b",
        "2",
        "函数 $ f ( x ) = \\sin x - \\sqrt { 3 } \\cos x$ 可以通过辅助角公式进行化简，以找到其在区间 $[0, \\pi]$ 上的最大值。\n\n首先，我们可以将函数重写为一个单一三角函数的形式：\n$$ f ( x ) = \\sin x - \\sqrt { 3 } \\cos x = 2 \\left( \\frac{1}{2} \\sin x - \\frac{\\sqrt{3}}{2} \\cos x \\right) $$\n\n这可以看作是 $\\sin$ 和 $\\cos$ 的线性组合，其中系数对应于 $\\sin$ 和 $\\cos$ 的和角公式中的角度。我们可以找到一个角度 $\\alpha$ 使得：\n$$ \\sin \\alpha = \\frac{1}{2} $$\n$$ \\cos \\alpha = \\frac{\\sqrt{3}}{2} $$\n\n这个角度是 $\\alpha = \\frac{\\pi}{6}$。因此，我们可以将 $f(x)$ 写为：\n$$ f ( x ) = 2 \\left( \\sin x \\cos \\frac{\\pi}{6} - \\cos x \\sin \\frac{\\pi}{6} \\right) = 2 \\sin \\left( x - \\frac{\\pi}{6} \\right) $$\n\n现在，我们考虑 $x - \\frac{\\pi}{6}$ 在区间 $[0, \\pi]$ 上的取值范围。当 $x = 0$ 时，$x - \\frac{\\pi}{6} = -\\frac{\\pi}{6}$，当 $x = \\pi$ 时，$x - \\frac{\\pi}{6} = \\frac{5\\pi}{6}$。因此，$x - \\frac{\\pi}{6}$ 的取值范围是 $[-\\frac{\\pi}{6}, \\frac{5\\pi}{6}]$。\n\n在正弦函数中，当角度在 $[-\\frac{\\pi}{2}, \\frac{\\pi}{2}]$ 之间时，函数值从 $-1$ 增加到 $1$。因此，$x - \\frac{\\pi}{6}$ 在 $[-\\frac{\\pi}{6}, \\frac{\\pi}{2}]$ 上时，$\\sin \\left( x - \\frac{\\pi}{6} \\right)$ 的值从 $-\\frac{1}{2}$ 增加到 $1$。当 $x - \\frac{\\pi}{6} = \\frac{\\pi}{2}$ 时，$\\sin \\left( x - \\frac{\\pi}{6} \\right)$ 达到最大值 $1$。\n\n因此，$f(x)$ 的最大值是 $2 \\cdot 1 = 2$，当 $x = \\frac{2\\pi}{3}$ 时取得。\n\n所以，函数 $ f ( x ) = \\sin x - \\sqrt { 3 } \\cos x$ 在区间 $[0, \\pi]$ 上的最大值是 $2$。",
        True,
        "全国甲卷 数学(文) Q13 fill-in, internlm2-wqx-20b, teacher score 5/5",
    ),
    (
        "wen",
        "internlm2-wqx-20b",
        "(-2,1)",
        "要找到曲线 $y = x^3 - 3x$ 与 $y = -(x-1)^2 + a$ 在区间 $(0, +\\infty)$ 上有两个不同交点时 $a$ 的取值范围，我们可以将两个方程设置为相等，然后分析解的情况。\n\n设 $f(x) = x^3 - 3x$ 和 $g(x) = -(x-1)^2 + a$，我们需要找到 $a$ 的值，使得 $f(x) = g(x)$ 在 $(0, +\\infty)$ 上有两个不同的解。\n\n首先，我们计算两个函数的导数：\n$$f'(x) = 3x^2 - 3$$\n$$g'(x) = -2(x-1)$$\n\n接下来，我们找出两个函数的极值点。对于 $f(x)$，导数 $f'(x) = 0$ 当 $x = -1$ 或 $x = 1$。但由于我们只关心区间 $(0, +\\infty)$，我们只考虑 $x = 1$ 这个极值点。对于 $g(x)$，导数 $g'(x) = 0$ 当 $x = 1$，这也是一个极值点。\n\n现在，我们分析两个函数在区间 $(0, +\\infty)$ 上的行为：\n\n1. 当 $x < 1$ 时，$f'(x) < 0$，所以 $f(x)$ 是递减的。\n2. 当 $x > 1$ 时，$f'(x) > 0$，所以 $f(x)$ 是递增的。\n\n对于 $g(x)$，它在 $x = 1$ 处取得极大值，因为 $g'(1) = 0$ 且 $g''(1) = -2 < 0$。\n\n为了使两个函数在 $(0, +\\infty)$ 上有两个不同的交点，我们需要 $f(x)$ 在 $x = 1$ 处的值小于 $g(x)$ 在 $x = 1$ 处的极大值，同时 $f(x)$ 在 $x = 0$ 处的值大于 $g(x)$ 在 $x = 0$ 处的值。即：\n\n1. $f(1) < g(1)$\n2. $f(0) > g(0)$\n\n计算这两个点的值：\n$$f(1) = 1^3 - 3 \\cdot 1 = -2$$\n$$g(1) = -(1-1)^2 + a = a$$\n$$f(0) = 0^3 - 3 \\cdot 0 = 0$$\n$$g(0) = -(0-1)^2 + a = a - 1$$\n\n因此，我们需要：\n$$-2 < a$$\n$$0 > a - 1$$\n\n解这个不等式组，我们得到：\n$$a > -2$$\n$$a < 1$$\n\n结合这两个不等式，我们得到 $a$ 的取值范围是 $(-2, 1)$。但是，由于题目中提到的是两个不同的交点，我们需要排除 $a = 1$ 的情况，因为这会导致 $f(x)$ 和 $g(x)$ 在 $x = 1$ 处只有一个交点。所以，最终的取值范围是 $(-2, 1)$ 但不包括 $1$。\n\n答案是：$(-2, 1)$",
        True,
        "全国甲卷 数学(文) Q16 fill-in, internlm2-wqx-20b, teacher score 5/5",
    ),
]

CASES: list[dict[str, object]] = [
    _c(GAOKAO_EVAL, _FILES[paper].format(model), gold, pred, False, ok, why)
    for paper, model, gold, pred, ok, why in _ROWS
]

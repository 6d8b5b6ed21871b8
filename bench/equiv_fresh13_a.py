r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "a", part 1: the
Mathematics I (science stream) fill-in-the-blank questions; the Mathematics II (humanities stream)
ones are in equiv_fresh13_a2.py).

Real model outputs with human grades: OpenLMLab/GAOKAO-Bench kept, at commit
b82e164ac1616abd203ecb5c6acc8058136e82dd ("add result of gpt-3.5-turbo & text-davinci-003 & moss",
2023-04-19; the result/ folder was deleted in a later "new version" commit), the answers of
gpt-3.5-turbo to the 2010-2022 GAOKAO fill-in-the-blank mathematics questions, three runs each, with
a per-question ``correction_score`` ``[s, null]``. The README of that commit thanks the teachers of
Cao Yang No. 2 High School for scoring the subjective questions (the later layout files the
fill-in-the-blank questions under ``Data/Subjective_Questions``); the repository's GPT-4-turbo
grader (``Bench/subjective_grade.py``) was added on 2024-02-25, after these files. The second slot
of ``correction_score`` is null in every row; the first is the grade used here. Every score is 0 or the question's full score, so ``expected`` is
``s == score``. License: Apache-2.0 (LICENSE of the same commit).

Source of this module: ``result/gpt-3.5-turbo_填空题/gpt-3.5-turbo_填空题_2/gpt-3.5-turbo_2010-2022_Math_I_Fill-in-the-Blank.json`` @ b82e164ac1616abd203ecb5c6acc8058136e82dd in OpenLMLab/GAOKAO-Bench (run 2).

Each case: ``gold`` is the file's ``answer`` (the standard answer as the dataset writes it, surrounding
whitespace stripped; some end in "." or " ." as in the file); ``pred`` is the whole ``model_output``
(``wrap`` False: a 【解析】...【答案】... completion in Chinese, sometimes with ``<eoa>``);
``expected`` is the teacher's verdict. No case was changed after reading it.

Sampling rule: the first 60 rows of the file (question indices 0-59), in file order. Left out of
those 60 by rule: index 1 (an open question, "name three solids whose front view is a triangle":
the gold lists one choice, not a unique answer). 59 cases, 9 graded correct.

Not used: run 1 of this file (``..._1/...Math_I...``): its scores do not fit its own answers (they
track run 2's: index 2 graded 5 for ``(x-3)^2+(y-2)^2=2`` against ``(x-3)^{2}+y^{2}=2``, index 4
graded 0 for ``8\sqrt{3}`` against ``8 \sqrt{3}``, and more), so they look misfiled; runs 2 and 3
and all Mathematics II runs fit their answers. Run 3 and the text-davinci-003 / moss result files
(the latter carry no score) were not taken: one run per file, by the rule above. The later
``Results/gpt_4_0314_sub`` grades come from a GPT-4-turbo judge, not from people, and were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "OpenLMLab/GAOKAO-Bench"
WHERE = "result/gpt-3.5-turbo_填空题/gpt-3.5-turbo_填空题_2/gpt-3.5-turbo_2010-2022_Math_I_Fill-in-the-Blank.json@b82e164ac1616abd203ecb5c6acc8058136e82dd"

# ((question index, year, full score, teacher graded it correct, gold), whole completion)
_ROWS: list[tuple[tuple[int, str, int, bool, str], str]] = [
    (
        (0, "2010", 5, True, "$\\frac{\\mathrm{N}_{1}}{\\mathrm{~N}}$"),
        "【解析】根据随机模拟的思想，可以将 $[0,1]$ 上的均匀随机数 $x_i$ 代入 $f(x)$ 中，得到对应的随机数 $y_i=f(x_i)$，然后统计满足 $y_i\\leqslant f(x_i)$ 的点数 $N_1$，那么有\n$$\n\\int_{0}^{1} \\mathrm{f}(\\mathrm{x}) \\mathrm{dx} \\approx \\frac{N_{1}}{N} \\cdot 1\n$$\n其中 $N$ 为总的随机数个数，$1$ 为积分区间 $[0,1]$ 的长度。\n\n【答案】$\\dfrac{N_{1}}{N}$",
    ),
    (
        (2, "2010", 5, True, "$(x-3)^{2}+y^{2}=2$"),
        "【解析】\n设圆 $C$ 的方程为 $(x-a)^2+(y-b)^2=r^2$，其中 $a,b,r$ 为待定常数。\n\n由题可知，圆 $C$ 过点 $A(4,1)$，因此有 $(4-a)^2+(1-b)^2=r^2$。\n\n又因为圆 $C$ 与直线 $x-y=1$ 相切于点 $B(2,1)$，因此圆 $C$ 的圆心到直线 $x-y=1$ 的距离等于半径 $r$，即 $\\frac{|a-b-1|}{\\sqrt{2}}=r$。\n\n又因为点 $B(2,1)$ 在圆 $C$ 上，因此有 $(2-a)^2+(1-b)^2=r^2$。\n\n将上述三个方程联立，解得 $a=3,b=0,r=\\sqrt{2}$。\n\n因此，圆 $C$ 的方程为 $(x-3)^2+y^2=2$。\n\n【答案】$(x-3)^2+y^2=2$<eoa>",
    ),
    (
        (3, "2011", 5, False, "$\\frac{x^{2}}{16}+\\frac{y^{2}}{8}=1$"),
        "【解析】\n设椭圆 $C$ 的半长轴为 $a$，半短轴为 $b$，则有 $c=\\sqrt{a^2-b^2}$，其中 $c$ 为焦距，由题意得 $c=\\frac{a}{\\sqrt{2}}$，代入可得 $a=2b$。\n\n又因为椭圆的中心在原点，所以椭圆的方程为 $\\frac{x^2}{a^2}+\\frac{y^2}{b^2}=1$，代入 $a=2b$ 可得 $\\frac{x^2}{4b^2}+\\frac{y^2}{b^2}=1$。\n\n过 $F_1$ 的直线方程为 $y=kx$，与椭圆交点坐标为 $(\\frac{4b^2}{\\sqrt{4b^2+k^2}},\\frac{4kb^2}{\\sqrt{4b^2+k^2}})$ 和 $(-\\frac{4b^2}{\\sqrt{4b^2+k^2}},-\\frac{4kb^2}{\\sqrt{4b^2+k^2}})$。\n\n由题意可得 $\\triangle A B F_{2}$ 的周长为 $2\\sqrt{(kx_1-x_2)^2+(ky_1-y_2)^2}+2\\sqrt{(kx_2-x_1)^2+(ky_2-y_1)^2}+2c=16$，其中 $(x_1,y_1)=(\\frac{4b^2}{\\sqrt{4b^2+k^2}},\\frac{4kb^2}{\\sqrt{4b^2+k^2}})$，$(x_2,y_2)=(-\\frac{4b^2}{\\sqrt{4b^2+k^2}},-\\frac{4kb^2}{\\sqrt{4b^2+k^2}})$。\n\n化简得 $4\\sqrt{b^2+k^2}+2\\sqrt{32b^2+2k^2}=16$，解得 $k=\\pm\\frac{1}{2}$。\n\n代入得到椭圆的方程为 $\\frac{x^2}{8}+2y^2=1$。\n\n【答案】$\\frac{x^2}{8}+2y^2=1$。",
    ),
    (
        (4, "2011", 5, False, "$8 \\sqrt{3}$"),
        "【解析】\n如下图所示，连接 $AC$，则 $ABCD$ 是一个梯形，且 $AC=2\\sqrt{3}$。\n\n因为 $A,B,C,D$ 都在半径为 $4$ 的球面上，所以 $OA=OB=OC=OD=4$。\n\n设 $E$ 为 $AC$ 的中点，则 $AE=EC=\\sqrt{3}$，$BE=2$。\n\n连接 $OE$，则 $\\triangle AOE$ 和 $\\triangle COE$ 都是直角三角形，且 $OE=4$。\n\n因为 $OE$ 是 $\\triangle AOE$ 的中线，所以 $AE=OE=4$，$\\angle AOE=90^\\circ$。\n\n所以 $\\triangle AOE$ 的面积为 $\\dfrac{1}{2}\\times 4\\times 4=8$。\n\n同理，$\\triangle COE$ 的面积也为 $8$。\n\n因为 $AB\\parallel CD$，所以 $\\triangle ABE$ 和 $\\triangle CDE$ 相似。\n\n设 $DE=x$，则 $BE=2$，$CE=2\\sqrt{3}-2$，$CD=6-2\\sqrt{3}$。\n\n由相似三角形的性质，$\\dfrac{BE}{DE}=\\dfrac{CE}{CD}$，即 $\\dfrac{2}{x}=\\dfrac{2\\sqrt{3}-2}{6-2\\sqrt{3}}$。\n\n解得 $x=2\\sqrt{3}$。\n\n所以 $DE=2\\sqrt{3}$，$CE=2\\sqrt{3}$，$CD=6-2\\sqrt{3}$。\n\n因为 $O$ 在棱锥的高上，所以棱锥的体积为 $\\dfrac{1}{3}\\times \\text{底面积}\\times \\text{高}$。\n\n底面积为 $ABCD$ 的面积，即 $\\dfrac{1}{2}\\times (AB+CD)\\times OE=\\dfrac{1}{2}\\times (6+6-2\\sqrt{3})\\times 4=20-4\\sqrt{3}$。\n\n高为 $OE$，即 $4$。\n\n所以棱锥的体积为 $\\dfrac{1}{3}\\times (20-4\\sqrt{3})\\times 4=\\dfrac{32}{3}(5-\\sqrt{3})$。\n\n【答案】$\\dfrac{32}{3}(5-\\sqrt{3})$。",
    ),
    (
        (5, "2011", 5, False, "$2 \\sqrt{7}$"),
        "【解析】\n根据余弦定理，有\n$$\n\\begin{aligned}\nBC^2&=AB^2+AC^2-2AB\\cdot AC\\cos\\angle BAC\\\\\n&=AB^2+3-2AB\\cos\\angle BAC\n\\end{aligned}\n$$\n又因为 $B=60^{\\circ}$，所以 $\\cos\\angle BAC=\\frac{1}{2}$，代入上式得\n$$\nBC^2=AB^2+3-AB=4-(AB-1)^2\n$$\n因此，$AB+2BC$ 的最大值等价于 $AB-1$ 的最小值，即 $AB=1$ 时取得最小值。因此，$AB+2BC$ 的最大值为 $2\\sqrt{3}$。\n\n【答案】$2\\sqrt{3}$<eoa>",
    ),
    (
        (6, "2012", 5, False, "$3 \\sqrt{2}$"),
        "【解析】\n由题意可得：\n$$\\cos 45^{\\circ}=\\frac{\\vec{a} \\cdot \\vec{b}}{|\\vec{a}||\\vec{b}|}=\\frac{\\vec{a} \\cdot \\vec{b}}{|\\vec{b}|}$$\n$$\\therefore \\vec{a} \\cdot \\vec{b}=\\frac{|\\vec{b}|}{\\sqrt{2}}$$\n又有：\n$$|2 \\vec{a}-\\vec{b}|=\\sqrt{10}$$\n$$\\Rightarrow (2 \\vec{a}-\\vec{b}) \\cdot (2 \\vec{a}-\\vec{b})=10$$\n$$\\Rightarrow 5 \\vec{a} \\cdot \\vec{b}=6$$\n将 $\\vec{a} \\cdot \\vec{b}$ 代入上式得：\n$$\\frac{5}{\\sqrt{2}}|\\vec{b}|=6$$\n$$\\Rightarrow |\\vec{b}|=\\frac{6\\sqrt{2}}{5}$$\n【答案】$|\\vec{b}|=\\frac{6\\sqrt{2}}{5}$<eoa>",
    ),
    (
        (7, "2012", 5, False, "1830"),
        "【解析】\n将 $n=1,2,3,\\cdots$ 代入 $a_{n+1}+(-1)^{n} a_{n}=2 n-1$，得到：\n$$\n\\begin{aligned}\na_{2}+a_{1}&=1 \\\\\na_{3}-a_{2}&=3 \\\\\na_{4}+a_{3}&=5 \\\\\na_{5}-a_{4}&=7 \\\\\n& \\cdots \\\\\na_{n+1}+(-1)^{n} a_{n}&=2 n-1 \\\\\n& \\cdots \\\\\na_{60}+a_{59}&=119\n\\end{aligned}\n$$\n将上述所有等式相加，得到：\n$$\n2 a_{60}=1+3+5+\\cdots+119\n$$\n其中 $1+3+5+\\cdots+119$ 是前 $60$ 个奇数的和，可以用等差数列求和公式求得：\n$$\n1+3+5+\\cdots+119=\\frac{60}{2}(1+119)=3600\n$$\n因此，$2a_{60}=3600$，即 $a_{60}=1800$。所以 $\\left\\{a_{n}\\right\\}$ 的前 $60$ 项和为：\n$$\n\\sum_{n=1}^{60} a_{n}=\\sum_{n=1}^{59} a_{n}+a_{60}=\\sum_{n=1}^{59} (a_{n+1}+(-1)^{n} a_{n})+a_{60}=\\sum_{n=1}^{59} (2n-1)+a_{60}=1800+2\\sum_{n=1}^{59} n-59=1800+59\\times 60=3540\n$$\n【答案】$\\sum_{n=1}^{60} a_{n}=3540$",
    ),
    (
        (8, "2013", 5, False, "2"),
        "【解析】\n根据向量的内积公式，有：\n$$\\vec{b} \\cdot \\vec{c}=\\vec{b} \\cdot(t \\vec{a}+(1-t) \\vec{b})=t \\vec{b} \\cdot \\vec{a}+(1-t) \\vec{b} \\cdot \\vec{b}=t \\vec{b} \\cdot \\vec{a}+(1-t)$$\n因为 $\\vec{a}, \\vec{b}$ 的夹角为 $60^{\\circ}$，所以 $\\vec{b} \\cdot \\vec{a}=\\left|\\vec{a}\\right|\\left|\\vec{b}\\right| \\cos 60^{\\circ}=1 \\times 1 \\times \\frac{1}{2}=\\frac{1}{2}$，代入上式得：\n$$\\vec{b} \\cdot \\vec{c}=t \\times \\frac{1}{2}+(1-t)=\\frac{1}{2}+t \\times \\frac{1}{2}-t=0$$\n整理得到：\n$$t=\\frac{1}{2}$$\n【答案】$t=\\frac{1}{2}$<eoa>",
    ),
    (
        (9, "2013", 5, False, "$(-2)^{n-1}$"),
        "【解析】\n根据题意，有\n$$\nS_n = a_1 + a_2 + \\cdots + a_n = \\frac{2}{3}a_n + \\frac{1}{3}\n$$\n移项可得\n$$\na_n = \\frac{3}{2}S_n - \\frac{1}{2}a_1 - \\frac{1}{2}a_2 - \\cdots - \\frac{1}{2}a_{n-1}\n$$\n因此，我们只需要找到数列 $\\{a_n\\}$ 的前缀和 $S_n$ 即可求出 $a_n$ 的通项公式。\n\n【答案】\n$$\na_n = \\frac{3}{2}S_n - \\frac{1}{2}a_1 - \\frac{1}{2}a_2 - \\cdots - \\frac{1}{2}a_{n-1}\n$$",
    ),
    (
        (10, "2013", 5, False, "$-\\frac{2 \\sqrt{5}}{5}$"),
        "【解析】\n根据三角函数的性质，$\\sin x$ 和 $\\cos x$ 的最大值都是 $1$，最小值都是 $-1$。因此，要使 $f(x)=\\sin x-2\\cos x$ 取得最大值，就要让 $\\sin x$ 取得最大值 $1$，$\\cos x$ 取得最小值 $-1$。\n\n由于题目中给出了 $f(x)$ 的最大值是在 $x=\\theta$ 时取得的，因此 $\\theta$ 就是使 $\\sin x$ 取得最大值的 $x$ 值。\n\n综上，我们有：\n$$\\sin \\theta=1,\\quad \\cos \\theta=-1$$\n\n【答案】$\\cos \\theta=-1$",
    ),
    (
        (11, "2013", 5, False, "16"),
        "【解析】\n因为 $f(x)$ 的图象关于直线 $x=-2$ 对称，所以对于任意 $x$，都有 $f(x)=f(-4-x)$。\n\n于是有：\n$$\\begin{aligned} f(x)&=\\left(1-x^{2}\\right)\\left(x^{2}+a x+b\\right) \\\\ &=\\left(1-(4+x)^{2}\\right)\\left((4+x)^{2}+a(4+x)+b\\right) \\\\ &=\\left(1-(16+8x+x^{2})\\right)\\left((4+x)^{2}+4a+4b\\right) \\\\ &=\\left(-x^{2}-8x-15\\right)\\left(x^{2}+8x+16+4a+4b\\right) \\end{aligned}$$\n\n因为 $f(x)$ 是一个二次函数，所以它的最大值出现在顶点处。因此，我们只需要求出 $f(x)$ 的顶点即可。\n\n$$\\begin{aligned} x_{0}&=-\\frac{b}{2 a}=-4 \\\\ f(x_{0})&=\\left(-4^{2}-8\\times(-4)-15\\right)\\left((-4)^{2}+8\\times(-4)+16+4a+4b\\right) \\\\ &=\\left(1-4\\times(-1)-\\frac{15}{16}\\right)\\left(16-32+16+4a+4b\\right) \\\\ &=\\frac{1}{16}\\times 64\\times(4a+4b) \\\\ &=16(a+b) \\end{aligned}$$\n\n因此，$f(x)$ 的最大值为 $16(a+b)$。\n\n【答案】$16(a+b)$",
    ),
    (
        (12, "2013", 5, True, "2"),
        "【解析】\n如下图所示，连接 $AC$，$BD$，$AE$，$CE$，$BE$，$DE$。\n\n因为 $ABCD$ 是正方形，所以 $AC \\perp BD$，且 $AC=BD=\\sqrt{2^2+2^2}=2\\sqrt{2}$。\n\n又因为 $E$ 是 $CD$ 的中点，所以 $CE=DE=1$。\n\n由向量的数量积公式可得：\n\n$$\\overrightarrow{\\mathrm{AE}} \\cdot \\overrightarrow{\\mathrm{BD}}=\\|\\overrightarrow{\\mathrm{AE}}\\|\\cdot\\|\\overrightarrow{\\mathrm{BD}}\\|\\cos\\angle AEB$$\n\n又因为 $\\angle AEB=\\angle CED$，所以\n\n$$\\cos\\angle AEB=\\cos\\angle CED=\\frac{CE}{AC}=\\frac{1}{2\\sqrt{2}}$$\n\n所以\n\n$$\\overrightarrow{\\mathrm{AE}} \\cdot \\overrightarrow{\\mathrm{BD}}=\\|\\overrightarrow{\\mathrm{AE}}\\|\\cdot\\|\\overrightarrow{\\mathrm{BD}}\\|\\cos\\angle AEB=2\\cdot 2\\sqrt{2}\\cdot\\frac{1}{2\\sqrt{2}}=\\boxed{2}$$\n\n【答案】$2$<eoa>",
    ),
    (
        (13, "2013", 5, True, "8"),
        "【解析】\n设取出的两个数为 $a$ 和 $b$，不妨设 $a<b$，则 $a+b=5$。由于 $a$ 和 $b$ 均为正整数，所以只有可能是 $(1,4)$ 或 $(2,3)$。因此，满足条件的取法共有 $2$ 种。\n\n而总的取法有 $\\binom{n}{2}$ 种，因此有以下概率：\n$$\nP=\\frac{2}{\\binom{n}{2}}=\\frac{1}{14}\n$$\n\n化简得：\n$$\n\\frac{n(n-1)}{2}=28\n$$\n\n解得 $n=8$ 或 $n=-7$，显然 $n$ 为正整数，因此 $n=8$。\n\n【答案】$n=8$。",
    ),
    (
        (14, "2013", 5, False, "$-\\frac{\\sqrt{10}}{5}$"),
        "【解析】\n根据 $\\tan \\left(\\theta+\\frac{\\pi}{4}\\right)=\\frac{1}{2}$，可以得到：\n$$\\frac{\\tan \\theta+1}{1-\\tan \\theta}=\\frac{1}{2}$$\n移项化简得：\n$$\\tan \\theta=\\frac{1}{3}$$\n由于 $\\theta$ 在第二象限，所以 $\\sin \\theta>0$，$\\cos \\theta<0$，因此：\n$$\\sin \\theta+\\cos \\theta=\\sqrt{1-\\cos^2 \\theta}-\\cos \\theta$$\n由 $\\tan \\theta=\\frac{\\sin \\theta}{\\cos \\theta}$，可得：\n$$\\cos \\theta=\\frac{3}{\\sqrt{10}},\\quad \\sin \\theta=\\frac{1}{\\sqrt{10}}$$\n代入得：\n$$\\sin \\theta+\\cos \\theta=\\sqrt{1-\\cos^2 \\theta}-\\cos \\theta=\\frac{2\\sqrt{10}-3}{\\sqrt{10}}$$\n【答案】$\\frac{2\\sqrt{10}-3}{\\sqrt{10}}$<eoa>",
    ),
    (
        (15, "2013", 5, False, "-49"),
        "【解析】\n根据等差数列的前 $n$ 项和公式，有\n$$\nS_n=\\frac{n}{2}(a_1+a_n)\n$$\n由题意可得\n$$\n\\begin{aligned}\nS_{10}&=\\frac{10}{2}(a_1+a_{10})=0 \\\\\nS_{15}&=\\frac{15}{2}(a_1+a_{15})=25\n\\end{aligned}\n$$\n将上述两式相减，得\n$$\n\\frac{5}{2}(a_{10}-a_{15})=-25\n$$\n即\n$$\na_{15}-a_{10}=10\n$$\n又因为 $a_{15}=a_{10}+5d$，所以\n$$\n5d=10\n$$\n即\n$$\nd=2\n$$\n因此，$a_1=a_{10}-9d=-16$。所以\n$$\nS_n=\\frac{n}{2}(a_1+a_n)=\\frac{n}{2}(-16+(-16+2(n-1)d))\n$$\n化简得\n$$\nS_n=-8n+2n^2\n$$\n所以\n$$\nnS_n=-8n^2+2n^3\n$$\n求导得\n$$\n\\frac{\\mathrm{d}(nS_n)}{\\mathrm{d}n}=-16n+6n^2\n$$\n令其等于 $0$，解得 $n=0$ 或 $n=\\frac{8}{3}$。由于 $n$ 为正整数，所以 $n=3$ 或 $n=4$。计算可得\n$$\n\\begin{aligned}\n3S_3&=-54 \\\\\n4S_4&=-64\n\\end{aligned}\n$$\n因此，$nS_n$ 的最小值为 $-64$。\n\n【答案】$-64$<eoa>",
    ),
    (
        (16, "2014", 5, False, "-20"),
        "【解析】\n根据二项式定理，$(x+y)^8$ 的展开式中，$x^2y^7$ 的系数为 $\\dbinom{8}{2}\\dbinom{8}{7}=28\\times 8=224$。因此，$(x-y)(x+y)^8$ 的展开式中 $x^2y^7$ 的系数为 $-224$。\n\n【答案】$-224$<eoa>",
    ),
    (
        (17, "2014", 5, False, "$A$"),
        "【解析】\n根据题意，我们可以列出如下的表格：\n\n| 人名 | 去过的城市 |\n| ---- | ---------- |\n| 甲   | A, C       |\n| 乙   | A, B       |\n| 丙   | A, B, C    |\n\n由于乙没有去过 $C$ 城市，所以乙去过的城市只能是 $A$ 和 $B$ 两个城市。\n\n【答案】$A, B$<eoa>",
    ),
    (
        (18, "2014", 5, False, "$90^{\\circ}$"),
        "【解析】\n根据题意，$\\overrightarrow{\\mathrm{AO}}=\\frac{1}{2}(\\overrightarrow{\\mathrm{AB}}+\\overrightarrow{\\mathrm{AC}})$，即 $\\overrightarrow{\\mathrm{AO}}=\\frac{1}{2}\\overrightarrow{\\mathrm{AB}}+\\frac{1}{2}\\overrightarrow{\\mathrm{AC}}$。\n由向量的加法和数量积的定义，可得：\n$$\\begin{aligned} \\overrightarrow{\\mathrm{AB}} \\cdot \\overrightarrow{\\mathrm{AC}} &= |\\overrightarrow{\\mathrm{AB}}| \\cdot |\\overrightarrow{\\mathrm{AC}}| \\cdot \\cos{\\angle BAC} \\\\ &= |\\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{OA}}| \\cdot |\\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{OC}}| \\cdot \\cos{\\angle BAC} \\\\ &= (\\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{OA}}) \\cdot (\\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{OC}}) \\cdot \\cos{\\angle BAC} \\\\ &= (\\overrightarrow{\\mathrm{AO}} \\cdot \\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{AO}} \\cdot \\overrightarrow{\\mathrm{OC}}+\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{AO}}+\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{OC}}) \\cdot \\cos{\\angle BAC} \\\\ &= (|\\overrightarrow{\\mathrm{AO}}|^2+|\\overrightarrow{\\mathrm{OA}}|^2+\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{OC}}) \\cdot \\cos{\\angle BAC} \\end{aligned}$$\n因为 $\\overrightarrow{\\mathrm{OA}}=\\overrightarrow{\\mathrm{OA}}$，所以 $\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{OA}}=|\\overrightarrow{\\mathrm{OA}}|^2$，同理可得 $\\overrightarrow{\\mathrm{OC}} \\cdot \\overrightarrow{\\mathrm{OC}}=|\\overrightarrow{\\mathrm{OC}}|^2$。\n因为 $A,B,C$ 均在圆 $O$ 上，所以 $|\\overrightarrow{\\mathrm{OA}}|=|\\overrightarrow{\\mathrm{OC}}|=r$，其中 $r$ 为圆 $O$ 的半径。\n因此，$\\overrightarrow{\\mathrm{AB}} \\cdot \\overrightarrow{\\mathrm{AC}}=(2r^2+\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{OC}}) \\cdot \\cos{\\angle BAC}$。\n又因为 $\\overrightarrow{\\mathrm{AO}}=\\frac{1}{2}\\overrightarrow{\\mathrm{AB}}+\\frac{1}{2}\\overrightarrow{\\mathrm{AC}}$，所以 $\\overrightarrow{\\mathrm{OA}}=\\frac{1}{2}\\overrightarrow{\\mathrm{AB}}$，$\\overrightarrow{\\mathrm{OC}}=\\frac{1}{2}\\overrightarrow{\\mathrm{AC}}$。\n因此，$\\overrightarrow{\\mathrm{OA}} \\cdot \\overrightarrow{\\mathrm{OC}}=\\frac{1}{4}\\overrightarrow{\\mathrm{AB}} \\cdot \\overrightarrow{\\mathrm{AC}}$。\n代入上式，可得：\n$$\\overrightarrow{\\mathrm{AB}} \\cdot \\overrightarrow{\\mathrm{AC}}=(2r^2+\\frac{1}{4}\\overrightarrow{\\mathrm{AB}} \\cdot \\overrightarrow{\\mathrm{AC}}) \\cdot \\cos{\\angle BAC}$$\n整理得：\n$$\\cos{\\angle BAC}=\\frac{8r^2}{9r^2}=\\frac{8}{9}$$\n因此，$\\angle BAC=\\arccos{\\frac{8}{9}}$。\n【答案】$\\angle BAC=\\arccos{\\frac{8}{9}}$。",
    ),
    (
        (19, "2014", 5, False, "$\\sqrt{3}$"),
        "【解析】\n根据正弦定理，有\n$$\n\\frac{a}{\\sin A}=\\frac{b}{\\sin B}=\\frac{c}{\\sin C}\n$$\n所以\n$$\n\\sin A=\\frac{2}{a},\\quad \\sin B=\\frac{b}{a},\\quad \\sin C=\\frac{c}{a}\n$$\n代入条件得到\n$$\n(2+b)\\left(\\frac{2}{a}-\\frac{b}{a}\\right)=(c-b)\\frac{c}{a}\n$$\n化简得到\n$$\nc^2-b^2=4\n$$\n根据海伦公式，三角形面积为\n$$\nS=\\frac{1}{2}ab\\sin C=\\frac{1}{2}a^2\\sin B\\sin C=\\frac{1}{2}a^2\\frac{bc}{a^2}=\\frac{bc}{2}\n$$\n所以要求 $S$ 的最大值，只需要求 $bc$ 的最大值。由条件 $c^2-b^2=4$ 可得 $c>b>0$，所以\n$$\nbc=\\sqrt{(c^2-b^2)(c^2+b^2)}=\\sqrt{(c^2-4)(c^2+b^2)}\n$$\n令 $f(c)=(c^2-4)(c^2+b^2)$，则 $bc$ 的最大值为 $f(c)$ 的最大值。对 $f(c)$ 求导得\n$$\nf'(c)=2c(c^2-4)+2cb^2=2c(c^2+b^2-4)\n$$\n令 $f'(c)=0$，解得 $c=\\sqrt{4-b^2}$，代入 $f(c)$ 得到\n$$\nf(\\sqrt{4-b^2})=2(4-b^2)\n$$\n所以 $bc$ 的最大值为 $2\\sqrt{4-b^2}$，即 $\\triangle ABC$ 面积的最大值为\n$$\nS_{\\max}=\\frac{1}{2}bc_{\\max}=\\sqrt{4-b^2}\n$$\n【答案】$\\sqrt{4-b^2}$<eoa>",
    ),
    (
        (20, "2014", 5, False, "$\\frac{1}{2}$"),
        "【解析】\n根据二项式定理，$(x+a)^{10}$ 的展开式为：\n$$(x+a)^{10}=\\sum_{k=0}^{10}C_{10}^{k}x^{10-k}a^k$$\n展开式中 $x^7$ 的系数为 $C_{10}^3a^3$，根据题意可得：\n$$C_{10}^3a^3=15$$\n化简得：\n$$a^3=\\frac{15\\times 7!}{3!\\times 3!\\times 10!}=\\frac{1}{168}$$\n所以：\n$$a=\\sqrt[3]{\\frac{1}{168}}=\\frac{1}{2\\sqrt[3]{14}}$$\n【答案】$a=\\frac{1}{2\\sqrt[3]{14}}$<eoa>",
    ),
    (
        (21, "2014", 5, False, "1"),
        "【解析】\n利用三角函数的和差化积公式，将 $f(x)$ 化简为\n$$\n\\begin{aligned} f(x) &=\\sin (x+2 \\phi)-2 \\sin \\phi \\cos (x+\\phi) \\\\ &=\\sin x \\cos 2 \\phi+\\cos x \\sin 2 \\phi-2 \\sin \\phi \\cos x \\cos \\phi-2 \\sin \\phi \\sin x \\sin \\phi \\\\ &=\\sin x \\cos 2 \\phi+\\cos x \\sin 2 \\phi-2 \\sin \\phi \\cos x \\cos \\phi-2 \\sin ^{2} \\phi \\sin x \\cot \\phi \\\\ &=\\sin x \\cos 2 \\phi+\\cos x \\sin 2 \\phi-2 \\sin \\phi \\cos x \\cos \\phi-2 \\sin ^{2} \\phi \\cos x \\csc \\phi \\end{aligned}\n$$\n对于 $f(x)$ 的最大值，我们需要求出 $f(x)$ 的导数为 $0$ 的点，即\n$$\nf^{\\prime}(x)=\\cos x \\cos 2 \\phi-\\sin x \\sin 2 \\phi+2 \\sin \\phi \\sin x \\sin \\phi-2 \\sin \\phi \\cos x \\sin \\phi=0\n$$\n化简得\n$$\n\\cos (x+2 \\phi)-2 \\sin 2 \\phi \\sin x=0\n$$\n即\n$$\n\\cos (x+2 \\phi)=2 \\sin 2 \\phi \\sin x\n$$\n由于 $\\cos (x+2 \\phi)$ 的取值范围为 $[-1,1]$，而 $\\sin 2 \\phi$ 的取值范围为 $[-1,1]$，所以当 $\\sin x=1$ 时，上式成立，此时 $x=\\frac{\\pi}{2}+2 k \\pi$，其中 $k$ 为整数。因此 $f(x)$ 的最大值为\n$$\nf\\left(\\frac{\\pi}{2}+2 k \\pi\\right)=\\sin \\left(\\frac{\\pi}{2}+2 \\phi+2 k \\pi\\right)-2 \\sin \\phi \\cos \\left(\\frac{\\pi}{2}+\\phi+2 k \\pi\\right)=\\sin \\left(\\frac{\\pi}{2}+2 \\phi\\right)+2 \\sin \\phi \\sin \\left(\\phi+2 k \\pi\\right)=\\boxed{1+2 \\sin \\phi}\n$$\n其中 $\\phi$ 为常数。",
    ),
    (
        (22, "2014", 5, False, "$(-1,3)$"),
        "【解析】\n由于 $f(x)$ 是偶函数，所以 $f(x)$ 在 $[-\\infty,0]$ 上单调递增。又因为 $f(x)$ 在 $[0,+\\infty)$ 上单调递减，所以 $f(x)$ 在 $[0,+\\infty)$ 上有唯一的零点，即 $x=2$。\n\n由于 $f(x-1)>0$，所以 $f(x)>f(x-1)>0$。即 $f(x)$ 在 $(2,+\\infty)$ 上单调递增。\n\n综上所述，$x$ 的取值范围为 $(2,+\\infty)$。\n\n【答案】$(2,+\\infty)$<eoa>",
    ),
    (
        (23, "2015", 5, False, "1"),
        "【解析】\n由于 $f(x)$ 为偶函数，有 $f(-x)=f(x)$，即\n$$\n-x \\ln \\left(-x+\\sqrt{a+x^{2}}\\right)=x \\ln \\left(x+\\sqrt{a+x^{2}}\\right)\n$$\n两边同时除以 $x$，得到\n$$\n\\ln \\left(-x+\\sqrt{a+x^{2}}\\right)=\\ln \\left(x+\\sqrt{a+x^{2}}\\right)\n$$\n两边同时取指数，得到\n$$\n-x+\\sqrt{a+x^{2}}=x+\\sqrt{a+x^{2}}\n$$\n移项整理，得到\n$$\nx=0\n$$\n代入原函数 $f(x)$，得到\n$$\nf(0)=0 \\ln \\left(0+\\sqrt{a+0^{2}}\\right)=0\n$$\n因此，$a=\\boxed{0}$。\n\n【答案】$a=0$<eoa>",
    ),
    (
        (24, "2015", 5, True, "$\\frac{1}{2}$"),
        "【解析】因为 $\\lambda \\vec{a}+\\vec{b}$ 与 $\\vec{a}+2 \\vec{b}$ 平行，所以它们的方向相同，即存在实数 $k$ 使得\n$$\n\\lambda \\vec{a}+\\vec{b}=k(\\vec{a}+2 \\vec{b})\n$$\n移项得\n$$\n(\\lambda-k) \\vec{a}+(2k-1) \\vec{b}=0\n$$\n因为 $\\vec{a}, \\vec{b}$ 不平行，所以 $\\vec{a}, \\vec{b}$ 线性无关，所以 $\\lambda-k=0, 2k-1=0$，解得 $\\lambda=\\frac{1}{2}$。\n\n【答案】$\\frac{1}{2}$<eoa>",
    ),
    (
        (25, "2015", 5, False, "3"),
        "【解析】\n根据二项式定理，$(1+x)^4$ 的展开式为：\n$$(1+x)^4=1+4x+6x^2+4x^3+x^4$$\n将 $(a+x)(1+x)^4$ 展开，得到：\n$$(a+x)(1+x)^4=a+4ax+6ax^2+4ax^3+ax^4+x+4x^2+6x^3+4x^4+x^5$$\n其中，$x$ 的奇数次幂项系数之和为：\n$$4a+4=4(a+1)$$\n根据题意，$4(a+1)=32$，解得 $a=7$。\n【答案】$a=7$<eoa>",
    ),
    (
        (26, "2015", 5, False, "$-\\frac{1}{n}$"),
        "【解析】\n根据题意，可以列出如下的递推式：\n$$\n\\begin{aligned}\nS_{1}&=a_{1}=-1 \\\\\nS_{2}&=a_{1}+a_{2}=-1+a_{2} \\\\\nS_{3}&=a_{1}+a_{2}+a_{3}=-1+a_{2}+a_{3} \\\\\n&\\cdots \\\\\nS_{n}&=a_{1}+a_{2}+\\cdots+a_{n}=-1+a_{2}+\\cdots+a_{n}\n\\end{aligned}\n$$\n又因为 $a_{n+1}=S_{n+1}S_{n}$，所以\n$$\n\\begin{aligned}\nS_{n+1}&=a_{1}+a_{2}+\\cdots+a_{n}+a_{n+1} \\\\\n&=S_{n}+S_{n+1}S_{n} \\\\\n&=S_{n}(S_{n+1}-1)\n\\end{aligned}\n$$\n将 $S_{n+1}$ 移项，得到\n$$\n\\frac{1}{S_{n+1}-1}=\\frac{1}{S_{n}}-\\frac{1}{S_{n+1}}\n$$\n将上式两边从 $n=1$ 累加到 $n=N-1$，得到\n$$\n\\frac{1}{S_{N}-1}=\\frac{1}{S_{1}}-\\frac{1}{S_{N}}\n$$\n整理得到\n$$\nS_{N}=\\frac{1}{2}\\left(1+\\sqrt{1+4S_{1}}\\right)\n$$\n代入 $S_{1}=-1$，得到\n$$\nS_{n}=\\frac{1}{2}\\left(1+\\sqrt{5}\\right)^{n}\n$$\n【答案】$S_{n}=\\frac{1}{2}\\left(1+\\sqrt{5}\\right)^{n}$",
    ),
    (
        (27, "2016", 5, True, "-2"),
        "【解析】\n由题意得：\n$$|\\vec{a}+\\vec{b}|^{2}=|\\vec{a}|^{2}+|\\vec{b}|^{2}$$\n$$\\Rightarrow (\\vec{a}+\\vec{b})\\cdot (\\vec{a}+\\vec{b})=\\vec{a}\\cdot\\vec{a}+\\vec{b}\\cdot\\vec{b}$$\n$$\\Rightarrow \\vec{a}\\cdot\\vec{a}+2\\vec{a}\\cdot\\vec{b}+\\vec{b}\\cdot\\vec{b}=\\vec{a}\\cdot\\vec{a}+\\vec{b}\\cdot\\vec{b}$$\n$$\\Rightarrow 2\\vec{a}\\cdot\\vec{b}=0$$\n因为 $\\vec{a}=(m,1), \\vec{b}=(1,2)$，所以 $\\vec{a}\\cdot\\vec{b}=m+2=0$。\n解得 $m=-2$。\n【答案】$m=-2$<eoa>",
    ),
    (
        (28, "2016", 5, False, "10"),
        "【解析】\n根据二项式定理，$(a+b)^n$ 的展开式中，$a^k b^{n-k}$ 的系数为 $\\binom{n}{k}a^k b^{n-k}$。因此，$(2x+\\sqrt{x})^5$ 的展开式中，$x^3$ 的系数为 $\\binom{5}{2}(2x)^2(\\sqrt{x})^3=60x^{\\frac{7}{2}}$。\n【答案】60",
    ),
    (
        (29, "2016", 5, False, "64"),
        "【解析】\n设等比数列的公比为 $q$，首项为 $a_1$，则有\n$$\n\\begin{aligned}\na_1+a_3&=a_1+a_1q^2=a_1(1+q^2)=10 \\\\\na_2+a_4&=a_1q+a_1q^3=a_1q(1+q^2)=5\n\\end{aligned}\n$$\n将第一个式子除以第二个式子，得到\n$$\n\\frac{a_1(1+q^2)}{a_1q(1+q^2)}=\\frac{10}{5}=2\n$$\n化简得 $q=\\frac{1}{\\sqrt{2}}$，$a_1=5\\sqrt{2}$。\n\n所以等比数列为 $\\left\\{5\\sqrt{2},\\frac{5\\sqrt{2}}{\\sqrt{2}},\\frac{5\\sqrt{2}}{2},\\frac{5\\sqrt{2}}{2\\sqrt{2}},\\cdots\\right\\}$，即 $\\left\\{5\\sqrt{2},5, \\frac{5\\sqrt{2}}{2}, \\frac{5}{2}, \\cdots\\right\\}$。\n\n因为 $a_1 a_2 \\ldots a_n$ 的最大值取决于 $a_1$ 和 $q$ 的正负性，所以最大值为 $5\\sqrt{2} \\times 5 \\times \\frac{5\\sqrt{2}}{2} \\times \\frac{5}{2}=\\frac{1250}{\\sqrt{2}}$。\n\n【答案】$\\frac{1250}{\\sqrt{2}}$",
    ),
    (
        (30, "2016", 5, False, "$\\frac{21}{13}$"),
        "【解析】\n根据余弦定理，有\n$$\nb^2=a^2+c^2-2ac\\cos B\n$$\n代入已知条件，得\n$$\nb^2=1+c^2-2c\\cos B\n$$\n再根据余弦定理，有\n$$\n\\cos B=\\frac{a^2+c^2-b^2}{2ac}\n$$\n代入已知条件，得\n$$\n\\cos B=\\frac{1+c^2-b^2}{2c}\n$$\n又因为 $\\cos A=\\frac{4}{5}$，所以 $\\sin A=\\frac{3}{5}$，即\n$$\na=\\frac{b\\sin A}{\\sin B}\n$$\n代入已知条件，得\n$$\nb=\\frac{a\\sin B}{\\sin A}=\\frac{\\sin B}{\\sin A}\n$$\n由正弦定理，有\n$$\n\\frac{b}{\\sin B}=\\frac{c}{\\sin C}\n$$\n代入已知条件，得\n$$\nb=\\frac{c\\sin B}{\\sin C}=\\frac{c\\sin B}{\\sqrt{1-\\cos^2 C}}=\\frac{c\\sin B}{\\sqrt{1-\\left(\\frac{5}{13}\\right)^2}}\n$$\n综上所述，我们需要求得 $c$ 和 $\\sin B$。\n\n由余弦定理，有\n$$\n\\cos B=\\frac{a^2+c^2-b^2}{2ac}=\\frac{1+c^2-b^2}{2c}\n$$\n代入 $\\cos A=\\frac{4}{5}$ 和 $\\cos C=\\frac{5}{13}$，得\n$$\n\\frac{4}{5}=\\frac{a^2+b^2-c^2}{2ab},\\quad \\frac{5}{13}=\\frac{a^2+c^2-b^2}{2ac}\n$$\n整理得\n$$\n\\begin{cases}\n5a^2+5b^2-5c^2=8ab \\\\\n13a^2+13c^2-13b^2=10ac\n\\end{cases}\n$$\n代入 $a=1$，得\n$$\n\\begin{cases}\n5+5b^2-5c^2=8b \\\\\n13+13c^2-13b^2=10c\n\\end{cases}\n$$\n解得 $b=\\frac{12}{13}$，$c=\\frac{33}{65}$。\n\n因此，$b=\\frac{12}{13}$。\n\n【答案】$b=\\frac{12}{13}$。",
    ),
    (
        (31, "2016", 5, False, "(2)(3)"),
        "【解析】\n(1) 错误。如下图，$m \\perp n, m \\perp \\alpha, n / / \\beta$，但 $\\alpha$ 和 $\\beta$ 不垂直。\n\n(2) 正确。如下图，$m \\perp \\alpha, n / / \\alpha$，则 $m$ 在 $\\alpha$ 上的投影与 $n$ 重合，即 $m \\perp n$。\n\n(3) 正确。如下图，$\\alpha / / \\beta, m \\subset \\alpha$，则 $m$ 与 $\\beta$ 的交点在 $\\alpha$ 上，即 $m / / \\beta$。\n\n(4) 正确。如下图，$m / / n, \\alpha / / \\beta$，则 $\\angle A = \\angle B$。\n\n综上所述，正确的命题是 2、3、4。因此，填写序号为 234。\n【答案】234<eoa>",
    ),
    (
        (32, "2016", 5, False, "1 和 3"),
        "【解析】\n设甲、乙、丙三人分别拿到的卡片上的数字为 $a,b,c$，则有以下几种情况：\n\n1. 甲拿到的卡片上的数字为 1，那么乙拿到的卡片上的数字只可能是 2，丙拿到的卡片上的数字只可能是 3。此时，根据甲的话，$b\\neq 2$，所以 $b=3$，根据乙的话，$c\\neq 1$，所以 $c=2$。但是，根据丙的话，$a+b+c\\neq 5$，与 $a=1,b=3,c=2$ 矛盾。\n\n2. 甲拿到的卡片上的数字为 2，那么乙拿到的卡片上的数字只可能是 1，丙拿到的卡片上的数字只可能是 3。此时，根据甲的话，$b\\neq 2$，所以 $b=1$，根据乙的话，$c\\neq 1$，所以 $c=3$。根据丙的话，$a+b+c\\neq 5$，所以 $a\\neq 1$，即 $a=2$。\n\n3. 甲拿到的卡片上的数字为 3，那么乙拿到的卡片上的数字只可能是 1，丙拿到的卡片上的数字只可能是 2。此时，根据甲的话，$b\\neq 2$，所以 $b=1$，根据乙的话，$c\\neq 1$，所以 $c=2$。但是，根据丙的话，$a+b+c\\neq 5$，与 $a=3,b=1,c=2$ 矛盾。\n\n综上所述，甲的卡片上的数字是 2。\n\n【答案】2<eoa>",
    ),
    (
        (33, "2016", 5, False, "$1-\\ln 2$"),
        "【解析】\n由题意可知，直线 $y=kx+b$ 是曲线 $y=\\ln x+2$ 的切线，因此它与曲线 $y=\\ln x+2$ 在点 $(a,\\ln a+2)$ 处相切，即\n$$k=\\frac{1}{a}$$\n$$b=\\ln a+2-\\frac{1}{a}a=\\ln a+2-1=\\ln a+1$$\n同理，直线 $y=kx+b$ 是曲线 $y=\\ln (x+1)$ 的切线，因此它与曲线 $y=\\ln (x+1)$ 在点 $(b-1,\\ln b)$ 处相切，即\n$$k=\\frac{1}{b-1}$$\n$$b=\\ln (b-1)+\\frac{1}{b-1}(b-1)=\\ln (b-1)+1$$\n将上面两个式子联立，得到\n$$\\ln a+1=\\ln (b-1)+1$$\n$$\\ln a=\\ln (b-1)$$\n$$a=b-1$$\n代入 $b=\\ln (a+1)+1$，得到\n$$b=\\ln (a+1)+1=\\ln a+1+1=\\ln a+2$$\n因此，$b=\\ln a+2$。\n\n【答案】$b=\\ln a+2$<eoa>",
    ),
    (
        (34, "2016", 5, False, "$\\frac{2 \\pi}{3}$."),
        "【解析】\n对于函数 $y=\\sin x-\\sqrt{3} \\cos x$，我们可以将其写成如下形式：\n$$y=\\sqrt{3} \\cdot \\frac{\\sin x}{2}-\\frac{\\cos x}{2}$$\n令 $t=x-\\frac{\\pi}{6}$，则有：\n$$\\begin{aligned} y&=\\sqrt{3} \\cdot \\frac{\\sin (t+\\frac{\\pi}{6})}{2}-\\frac{\\cos (t+\\frac{\\pi}{6})}{2} \\\\ &=\\frac{1}{2}(\\sqrt{3} \\sin t-\\cos t) \\\\ &=\\frac{1}{2} \\cdot 2 (\\sin t \\cdot \\frac{\\sqrt{3}}{2}-\\cos t \\cdot \\frac{1}{2}) \\\\ &=\\sin t+\\frac{\\sqrt{3}}{2} \\cos t \\end{aligned}$$\n这就是函数 $y=\\sin x-\\sqrt{3} \\cos x$ 的标准形式，可以看出它是函数 $y=\\sin x+\\sqrt{3} \\cos x$ 向右平移 $\\frac{\\pi}{6}$ 个单位长度得到的。\n\n【答案】函数 $y=\\sin x-\\sqrt{3} \\cos x$ 的图象可由函数 $y=\\sin x+\\sqrt{3} \\cos x$ 的图象至少向右平移 $\\frac{\\pi}{6}$ 个单位长度得到。",
    ),
    (
        (35, "2016", 5, False, "$2 x+y+1=0$."),
        "【解析】\n由题可知，$f(x)$ 为偶函数，因此在 $x>0$ 时，$f(x)=\\ln x+3x$。我们需要求出 $f(x)$ 在点 $(1,-3)$ 处的切线方程。\n\n首先，求出 $f(x)$ 在 $x=1$ 处的导数：\n$$f'(x)=\\begin{cases}\n\\frac{1}{x}+3, & x>0\\\\\n\\frac{1}{-x}+3, & x<0\n\\end{cases}$$\n\n因为 $f(x)$ 在 $x=1$ 处可导，所以 $f(x)$ 在 $x=1$ 处可导，即左导数等于右导数。因此，我们需要计算左导数和右导数：\n\n左导数：\n$$\\lim_{x\\to 1^-}\\frac{f(x)-f(1)}{x-1}=\\lim_{x\\to 1^-}\\frac{\\ln(-x)+3x-(-\\ln 1+3\\cdot 1)}{x-1}=\\lim_{x\\to 1^-}\\frac{\\ln(-x)+3x+3}{x-1}$$\n\n右导数：\n$$\\lim_{x\\to 1^+}\\frac{f(x)-f(1)}{x-1}=\\lim_{x\\to 1^+}\\frac{\\ln x+3x-(-\\ln 1+3\\cdot 1)}{x-1}=\\lim_{x\\to 1^+}\\frac{\\ln x+3x-3}{x-1}$$\n\n由于 $\\ln(-x)$ 在 $x>0$ 时没有定义，因此左导数不存在。右导数存在，计算如下：\n$$\\lim_{x\\to 1^+}\\frac{\\ln x+3x-3}{x-1}=\\lim_{x\\to 1^+}\\frac{1}{x}+3=4$$\n\n因此，$f(x)$ 在 $x=1$ 处的切线斜率为 $4$。又因为该点在曲线上，所以该点的切线方程为：\n$$y-(-3)=4(x-1)$$\n化简得：\n$$y=4x-7$$\n\n【答案】切线方程为 $y=4x-7$。",
    ),
    (
        (36, "2016", 5, False, "4 ."),
        "【解析】\n首先，我们需要求出直线 $I$ 与圆 $x^2+y^2=12$ 的交点 $A$ 和 $B$。将直线 $I$ 的方程代入圆的方程中，得到：\n$$\nm^2x^2+2mxy+y^2+6m^2-2\\sqrt{3}m+3=12\n$$\n化简得：\n$$\n(m^2+1)x^2+2mxy+y^2+6m^2-2\\sqrt{3}m-9=0\n$$\n因为直线 $I$ 与圆 $x^2+y^2=12$ 有交点，所以上式必有实数解。因此，根据判别式的值为 $0$，得到：\n$$\n4m^2-4(m^2+1)(6m^2-2\\sqrt{3}m-9)=0\n$$\n解得 $m=\\pm\\frac{1}{2}$。将 $m=\\frac{1}{2}$ 代入直线 $I$ 的方程中，得到交点 $A\\left(\\frac{\\sqrt{3}}{2}, \\frac{5}{2}\\right)$ 和 $B\\left(-\\frac{\\sqrt{3}}{2}, -\\frac{5}{2}\\right)$。将 $m=-\\frac{1}{2}$ 代入直线 $I$ 的方程中，得到交点 $A\\left(-\\frac{\\sqrt{3}}{2}, -\\frac{5}{2}\\right)$ 和 $B\\left(\\frac{\\sqrt{3}}{2}, \\frac{5}{2}\\right)$。\n\n接下来，我们需要求出 $AC$ 和 $BD$ 的长度。由于 $AC\\perp AB$，所以 $AC$ 的长度等于点 $A$ 到直线 $AB$ 的距离。直线 $AB$ 的斜率为 $\\frac{5}{\\sqrt{3}}$，所以直线 $AB$ 的方程为：\n$$\ny=\\frac{5}{\\sqrt{3}}x-\\frac{5}{2\\sqrt{3}}\n$$\n点 $A$ 到直线 $AB$ 的距离为：\n$$\n\\frac{\\left|\\frac{5}{\\sqrt{3}}\\cdot\\frac{\\sqrt{3}}{2}-\\frac{1}{2}\\cdot\\frac{5}{2}-\\frac{5}{2\\sqrt{3}}\\right|}{\\sqrt{\\left(\\frac{5}{\\sqrt{3}}\\right)^2+1}}=\\frac{5\\sqrt{3}}{6}\n$$\n同理，可得 $BD$ 的长度也为 $\\frac{5\\sqrt{3}}{6}$。\n\n最后，根据勾股定理，可得 $CD$ 的长度为：\n$$\nCD=\\sqrt{AC^2+AD^2}=\\sqrt{\\left(\\frac{5\\sqrt{3}}{6}\\right)^2+3^2}=\\frac{\\sqrt{69}}{6}\n$$\n\n【答案】$CD=\\frac{\\sqrt{69}}{6}$",
    ),
    (
        (37, "2017", 5, False, "$\\frac{2 \\sqrt{3}}{3}$"),
        "【解析】\n首先，双曲线的右顶点为 $A$，说明双曲线的两个分支中，右分支的端点为 $A$，左分支的端点为 $A'$，且 $A$ 为双曲线的中心点，如下图所示：\n\n因为圆 $A$ 的半径为 $b$，所以圆心 $A$ 到圆与双曲线的交点 $M$ 的距离为 $b$，即 $AM=b$。又因为 $\\angle MAN=60^\\circ$，所以 $AMN$ 为等边三角形，即 $MN=AM=b$。又因为 $M$、$N$ 在双曲线的一条渐近线上，所以 $MN$ 是双曲线的渐近线，即 $MN$ 与双曲线的两个分支的交点分别为双曲线的顶点 $V_1$、$V_2$，如下图所示：\n\n因为 $MN$ 与 $x$ 轴的夹角为 $60^\\circ$，所以 $V_1$、$V_2$ 在 $x$ 轴的同侧，且 $V_1V_2=2b$。因为双曲线的离心率为 $e=\\frac{c}{a}$，其中 $c$ 为双曲线的焦点到中心的距离，$a$ 为双曲线的半轴长。因为双曲线的中心为 $A$，所以 $c=a\\sqrt{e^2-1}$。因为 $V_1$、$V_2$ 在 $x$ 轴的同侧，所以 $c=2b-a$。因为 $b=\\sqrt{a^2+c^2}$，所以 $a^2+c^2=b^2$，即 $(2a\\sqrt{e^2-1})^2+(2b-a)^2=b^2$，化简得 $4a^2(e^2-1)+4a(2b-a)=0$，即 $4a^2e^2-4a^2+8ab-4a^2=0$，化简得 $e^2=\\frac{a^2+b^2}{a^2}$。因为 $b^2=a^2(e^2-1)$，所以 $e^2=\\frac{a^2+a^2(e^2-1)}{a^2}$，化简得 $e^2=\\frac{2a^2}{a^2+1}$，即 $e=\\sqrt{\\frac{2a^2}{a^2+1}}$。\n\n【答案】$e=\\sqrt{\\frac{2a^2}{a^2+1}}$。",
    ),
    (
        (38, "2017", 5, True, "1.96"),
        "【解析】\n根据题意可知，这是一个二项分布的问题，其中$n=100$，$p=0.02$，$X$表示抽到的二等品件数。二项分布的期望和方差分别为：\n$$E(X)=np=100\\times0.02=2$$\n$$D(X)=np(1-p)=100\\times0.02\\times(1-0.02)=1.96$$\n\n【答案】$D X=1.96$<eoa>",
    ),
    (
        (39, "2017", 5, False, "1"),
        "【解析】\n对于 $0\\leq x\\leq \\frac{\\pi}{2}$，我们可以将 $f(x)$ 写成\n$$\nf(x)=\\sin ^{2} x+\\sqrt{3} \\cos x-\\frac{3}{4}\n$$\n注意到 $\\sin^2 x+\\cos^2 x=1$，因此我们可以将 $f(x)$ 改写为\n$$\nf(x)=1-\\cos^2 x+\\sqrt{3} \\cos x-\\frac{3}{4}\n$$\n令 $t=\\cos x$，则 $0\\leq t\\leq 1$，且 $f(x)$ 可以改写为\n$$\nf(t)=1-t^2+\\sqrt{3}t-\\frac{3}{4}\n$$\n对 $f(t)$ 求导，得到\n$$\nf'(t)=-2t+\\sqrt{3}\n$$\n令 $f'(t)=0$，解得 $t=\\frac{\\sqrt{3}}{2}$。因此，当 $t=\\frac{\\sqrt{3}}{2}$ 时，$f(t)$ 取得最大值。将 $t=\\frac{\\sqrt{3}}{2}$ 代入 $f(t)$，得到\n$$\nf\\left(\\frac{\\sqrt{3}}{2}\\right)=1-\\frac{3}{4}+\\frac{3}{2}-\\frac{3}{4}=\\frac{5}{2}\n$$\n因此，函数 $f(x)$ 在 $x\\in\\left[0, \\frac{\\pi}{2}\\right]$ 内的最大值为 $\\frac{5}{2}$。\n\n【答案】$\\frac{5}{2}$<eoa>",
    ),
    (
        (40, "2017", 5, False, "$\\frac{2 \\mathrm{n}}{\\mathrm{n}+1}$"),
        "【解析】\n根据等差数列的通项公式，设首项为 $a_1$，公差为 $d$，则有 $a_3=a_1+2d=3$，$S_4=\\frac{4}{2}(2a_1+3d)=10$，解得 $a_1=1,d=1$。\n\n因此，$a_n=n$，$S_n=\\frac{n(n+1)}{2}$。\n\n根据题意，$\\sum_{k=1}^{n} \\frac{1}{S_{k}}=\\frac{1}{S_1}+\\frac{1}{S_2}+\\frac{1}{S_3}+\\cdots+\\frac{1}{S_n}$。\n\n将 $S_k$ 代入，得到：\n\n$$\\sum_{k=1}^{n} \\frac{1}{S_{k}}=\\frac{1}{1}+\\frac{1}{3}+\\frac{1}{6}+\\cdots+\\frac{1}{\\frac{n(n+1)}{2}}$$\n\n将每一项化简，得到：\n\n$$\\frac{1}{1}+\\frac{1}{3}+\\frac{1}{6}+\\cdots+\\frac{1}{\\frac{n(n+1)}{2}}=\\sum_{k=1}^{n} \\frac{2}{k(k+1)}$$\n\n再将每一项化简，得到：\n\n$$\\sum_{k=1}^{n} \\frac{2}{k(k+1)}=\\sum_{k=1}^{n} \\left(\\frac{1}{k}-\\frac{1}{k+1}\\right)=1-\\frac{1}{n+1}$$\n\n因此，$\\sum_{k=1}^{n} \\frac{1}{S_{k}}=1-\\frac{1}{n+1}$。\n\n【答案】$\\sum_{k=1}^{n} \\frac{1}{S_{k}}=1-\\frac{1}{n+1}$。",
    ),
    (
        (41, "2017", 5, False, "6"),
        "【解析】\n设抛物线的焦点为 $F(a,b)$，则其准线方程为 $x=a$。由于 $M$ 在抛物线上，所以 $M(x,y)$ 满足 $y^2=8x$。又因为 $M$ 是 $FN$ 的中点，所以 $N(0,2y-b)$，即 $FN$ 的方程为 $x=a$，$y=2y-b$。将 $M$ 代入 $FN$ 的方程中，得到 $a=x=2y-b$。将 $M$ 的坐标代入 $y^2=8x$ 中，得到 $y^2=16y-8b$，即 $y^2-16y+64=8b+64$。因为 $F$ 是抛物线的焦点，所以 $F$ 到抛物线的距离等于 $FM$ 的长度，即 $\\frac{|8a|}{2\\sqrt{2}}=\\sqrt{(x-a)^2+y^2}=\\sqrt{(2y-b-a)^2+y^2}$。将 $a=x/2+y/4$ 代入，得到 $|FN|=|2y-b|=4\\sqrt{2}$。\n\n【答案】$4\\sqrt{2}$<eoa>",
    ),
    (
        (42, "2017", 5, False, "-8 ."),
        "【解析】\n设等比数列的公比为 $q$，则 $a_2=a_1q,a_3=a_2q=a_1q^2$，代入已知条件得到：\n$$\n\\begin{aligned}\na_1+a_2&=-1\\\\\na_1-a_3&=-3\n\\end{aligned}\n$$\n将 $a_2=a_1q$ 代入第一个式子得到 $a_1(1+q)=-1$，解得 $a_1=-\\frac{1}{1+q}$。将 $a_3=a_1q^2$ 代入第二个式子得到 $a_1(1-q^2)=-3$，代入 $a_1=-\\frac{1}{1+q}$ 得到 $q=-2$ 或 $q=\\frac{1}{2}$。因为等比数列的公比不能为负数，所以 $q=\\frac{1}{2}$。于是 $a_1=-\\frac{2}{3}$，$a_4=a_1q^3=-\\frac{2}{27}$。\n\n【答案】$a_4=-\\frac{2}{27}$<eoa>",
    ),
    (
        (43, "2017", 5, False, "$\\left(-\\frac{1}{4},+\\infty\\right)$."),
        "【解析】\n当 $x \\leqslant 0$ 时，$x-\\frac{1}{2} \\leqslant -\\frac{1}{2}$，$f\\left(x-\\frac{1}{2}\\right)=\\left(x-\\frac{1}{2}\\right)+1=x+\\frac{1}{2}$，所以 $f(x)+f\\left(x-\\frac{1}{2}\\right)=2x+\\frac{3}{2}$。\n当 $x>0$ 时，$f(x)+f\\left(x-\\frac{1}{2}\\right)=2^x+2^{x-\\frac{1}{2}}$。\n所以 $f(x)+f\\left(x-\\frac{1}{2}\\right)>1$ 的 $x$ 的取值范围为 $x \\in \\left(-\\infty,-\\frac{3}{4}\\right) \\cup \\left(0,\\infty\\right)$。\n\n【答案】$x \\in \\left(-\\infty,-\\frac{3}{4}\\right) \\cup \\left(0,\\infty\\right)$<eoa>",
    ),
    (
        (44, "2018", 5, False, "-63"),
        "【解析】\n根据题意，有 $S_n = a_1 + a_2 + \\cdots + a_n$，即 $S_n$ 是数列 $\\{a_n\\}$ 的前 $n$ 项和。又已知 $S_n = 2a_n + 1$，代入 $n=6$，得到 $S_6 = 2a_6 + 1$。\n\n因此，我们只需要求出 $a_6$ 的值即可计算出 $S_6$。\n\n根据等差数列的通项公式 $a_n = a_1 + (n-1)d$，我们可以列出 $a_6$ 的表达式：\n\n$$\na_6 = a_1 + 5d\n$$\n\n又因为 $S_6 = a_1 + a_2 + a_3 + a_4 + a_5 + a_6$，所以\n\n$$\n\\begin{aligned}\nS_6 &= (a_1 + a_6) + (a_2 + a_5) + (a_3 + a_4) \\\\\n&= 2a_1 + 2a_5 + (a_1 + 5d) + (a_1 + 4d) + (a_1 + 3d) + (a_1 + 2d) + (a_1 + d) \\\\\n&= 6a_1 + 15d\n\\end{aligned}\n$$\n\n又因为 $S_6 = 2a_6 + 1$，所以\n\n$$\n2a_6 + 1 = 6a_1 + 15d\n$$\n\n将 $a_6 = a_1 + 5d$ 代入上式，得到\n\n$$\n11a_1 + 5d = 1\n$$\n\n由此可知，$a_1$ 和 $d$ 的值唯一确定。但是题目没有给出 $a_1$ 和 $d$ 的值，因此无法计算出 $S_6$ 的值。\n\n【答案】无法确定。",
    ),
    (
        (45, "2018", 5, False, "16"),
        "【解析】\n首先考虑从 4 位男生中选出 3 人的方案数，即 $C_4^3=4$ 种。\n然后考虑从 2 位女生中选出 1 人的方案数，即 $C_2^1=2$ 种。\n最后，将选出的 3 人（其中至少有 1 位女生）排列的方案数为 $A_3^3=6$ 种。\n根据乘法原理，不同的选法共有 $4\\times2\\times6=48$ 种。\n\n【答案】48<eoa>",
    ),
    (
        (46, "2018", 5, False, "$\\frac{3 \\sqrt{3}}{2}$"),
        "【解析】\n由三角函数的性质，$-1\\leq \\sin x\\leq 1$，$-1\\leq \\sin 2x\\leq 1$，所以 $f(x)=2\\sin x+\\sin 2x\\geq -3$，即 $f(x)$ 的最小值为 $-3$。\n\n当 $\\sin x=-1$，$\\sin 2x=1$ 时，$f(x)$ 取到最小值 $-3$。\n\n【答案】$-3$<eoa>",
    ),
    (
        (47, "2018", 5, True, "$y=2 x$"),
        "【解析】\n曲线 $y=2 \\ln (x+1)$ 的导数为 $y'= \\frac{2}{x+1}$，在点 $(0,0)$ 处的导数为 $y'(0)=2$，因此切线的斜率为 $2$。\n又因为切线过点 $(0,0)$，所以切线方程为 $y=2x$。\n【答案】$y=2x$",
    ),
    (
        (48, "2018", 5, False, "$-\\frac{1}{2}$"),
        "【解析】\n根据三角函数的加法公式，有\n$$\n\\begin{aligned}\n\\sin(\\alpha+\\beta)&=\\sin\\alpha\\cos\\beta+\\cos\\alpha\\sin\\beta\\\\\n&=\\sin\\alpha\\cos\\beta+\\cos\\alpha(-\\cos\\alpha)\\\\\n&=\\sin\\alpha\\cos\\beta-\\cos\\alpha\\cos\\alpha\\\\\n&=\\cos\\alpha(\\sin\\alpha-\\cos\\alpha)\n\\end{aligned}\n$$\n将已知条件 $\\sin \\alpha+\\cos \\beta=1, \\cos \\alpha+\\sin \\beta=0$ 代入，得到\n$$\n\\begin{aligned}\n\\sin\\alpha&=1-\\cos\\beta\\\\\n\\cos\\alpha&=-\\sin\\beta\n\\end{aligned}\n$$\n代入上式，得到\n$$\n\\begin{aligned}\n\\sin(\\alpha+\\beta)&=\\cos\\alpha(\\sin\\alpha-\\cos\\alpha)\\\\\n&=-\\sin\\beta(1-\\cos\\beta+\\sin^2\\beta)\\\\\n&=-\\sin\\beta(2-\\cos^2\\beta-\\sin^2\\beta)\\\\\n&=-\\sin\\beta(2-1)\\\\\n&=-\\sin\\beta\n\\end{aligned}\n$$\n因为 $\\cos\\alpha+\\sin\\beta=0$，所以 $\\sin\\beta=-\\cos\\alpha$，代入上式，得到\n$$\n\\sin(\\alpha+\\beta)=\\sin\\beta=-\\cos\\alpha=-\\sqrt{1-\\sin^2\\alpha}=-\\sqrt{1-\\left(1-\\cos^2\\beta\\right)}=-\\sqrt{\\cos^2\\beta-1}\n$$\n【答案】$\\sin(\\alpha+\\beta)=-\\sqrt{\\cos^2\\beta-1}$",
    ),
    (
        (49, "2018", 5, False, "$40 \\sqrt{2} \\pi$"),
        "【解析】\n如图，设圆锥底面圆的半径为 $r$，母线长度为 $l$，则 $\\triangle SAB$ 为直角三角形，$SA=SB=l$，$AB=2r$。又因为 $\\angle SAB=45^{\\circ}$，所以 $\\triangle SAB$ 是 $45^{\\circ}-45^{\\circ}-90^{\\circ}$ 直角三角形，$SA=SB=\\frac{AB}{\\sqrt{2}}=\\sqrt{2}r$。设侧面积为 $S$，则有\n$$\nS=\\frac{1}{2}l\\cdot \\sqrt{l^2-r^2}=\\frac{1}{2}l\\cdot \\sqrt{(l+r)(l-r)}\n$$\n由余弦定理得\n$$\nl^2=r^2+\\left(\\frac{lr}{4}\\right)^2\n$$\n化简得\n$$\nl=\\frac{4\\sqrt{17}}{3}r\n$$\n代入 $\\triangle SAB$ 的面积公式得\n$$\n\\frac{1}{2}\\cdot SA\\cdot SB=5\\sqrt{15}\n$$\n化简得\n$$\nr^2=\\frac{15}{8}\n$$\n代入 $S$ 的公式得\n$$\nS=\\frac{1}{2}\\cdot \\frac{4\\sqrt{17}}{3}r\\cdot \\sqrt{\\frac{25}{3}}=\\frac{10\\sqrt{17}}{3}\n$$\n【答案】$\\frac{10\\sqrt{17}}{3}$<eoa>",
    ),
    (
        (50, "2018", 5, True, "$\\frac{1}{2}$."),
        "【解析】\n由题意，$\\vec{c} / /(2 \\vec{a}+\\vec{b})$，即 $\\vec{c}$ 与 $2 \\vec{a}+\\vec{b}$ 共线，即存在实数 $k$ 使得 $\\vec{c}=k(2 \\vec{a}+\\vec{b})$。\n\n又因为 $\\vec{a}=(1,2), \\vec{b}=(2,-2)$，所以 $2 \\vec{a}+\\vec{b}=(4,2)$。\n\n代入 $\\vec{c}=(1, \\lambda)$，得到 $k(4,2)=(1,\\lambda)$，即 $k=\\frac{1}{4}$，$\\lambda=2k=\\frac{1}{2}$。\n\n所以 $\\lambda=\\frac{1}{2}$。\n\n【答案】$\\lambda=\\frac{1}{2}$。<eoa>",
    ),
    (
        (51, "2018", 5, False, "-3 ."),
        "【解析】\n曲线 $y=(a x+1) e^{x}$ 的导数为 $y'=(a x+2) e^{x}$，在点 $(0,1)$ 处的导数为 $y'(0)=2$。\n由于切线的斜率为 $-2$，因此切线的导数为 $-2$。\n根据导数的定义，切线的导数等于曲线的导数在切点处的值，即 $y'(0)=-2$。\n因此，解得 $a=-2/ e^{0}-2=-4$。\n\n【答案】$a=-4$<eoa>",
    ),
    (
        (52, "2018", 5, False, "3"),
        "【解析】\n函数 $f(x)=\\cos \\left(3 x+\\frac{\\pi}{6}\\right)$ 的周期为 $\\frac{2\\pi}{3}$，在 $[0, \\pi]$ 内有两个周期，即 $[0,\\frac{2\\pi}{3}]$ 和 $[\\frac{2\\pi}{3},\\pi]$。\n\n当 $x \\in [0,\\frac{2\\pi}{3}]$ 时，$3x+\\frac{\\pi}{6} \\in [\\frac{\\pi}{6},\\frac{7\\pi}{6}]$，$\\cos \\left(3 x+\\frac{\\pi}{6}\\right) > 0$，因此在 $[0,\\frac{2\\pi}{3}]$ 内 $f(x)$ 没有零点。\n\n当 $x \\in [\\frac{2\\pi}{3},\\pi]$ 时，$3x+\\frac{\\pi}{6} \\in [\\frac{7\\pi}{6},\\frac{13\\pi}{6}]$，$\\cos \\left(3 x+\\frac{\\pi}{6}\\right) < 0$，因此在 $[\\frac{2\\pi}{3},\\pi]$ 内 $f(x)$ 有一个零点。\n\n综上所述，函数 $f(x)=\\cos \\left(3 x+\\frac{\\pi}{6}\\right)$ 在 $[0, \\pi]$ 的零点个数为 $\\boxed{1}$。",
    ),
    (
        (53, "2018", 5, False, "2"),
        "【解析】\n首先，我们可以求出抛物线 $C$ 的焦点坐标为 $(1,0)$。\n因为 $\\angle AMB=90^{\\circ}$，所以 $AB$ 是过点 $M$ 的直线的垂线，即 $AB$ 的斜率为 $-\\frac{1}{k}$。\n设点 $A$ 的坐标为 $(a,2\\sqrt{a})$，则点 $B$ 的坐标为 $(b,-2\\sqrt{b})$，其中 $a,b>0$。\n由于 $A,B$ 都在抛物线 $C$ 上，所以它们满足方程 $y^2=4x$，代入点的坐标得到：\n$$\n\\begin{cases}\n(2\\sqrt{a})^2=4a\\\\\n(-2\\sqrt{b})^2=4b\n\\end{cases}\n\\Rightarrow\n\\begin{cases}\na=1\\\\\nb=1\n\\end{cases}\n$$\n因此，点 $A$ 的坐标为 $(1,2)$，点 $B$ 的坐标为 $(1,-2)$。\n又因为 $AB$ 的斜率为 $-\\frac{1}{k}$，所以有：\n$$\n-\\frac{1}{k}=\\frac{-2-2}{1-1}=-4\n$$\n解得 $k=\\frac{1}{4}$。\n【答案】$k=\\frac{1}{4}$。<eoa>",
    ),
    (
        (54, "2019", 5, False, "$3 x-y=0$."),
        "【解析】\n求曲线 $y=3\\left(x^{2}+x\\right) \\mathrm{e}^{x}$ 在点 $(0,0)$ 处的切线方程，可以使用求导的方法。\n\n首先对 $y=3\\left(x^{2}+x\\right) \\mathrm{e}^{x}$ 求导，得到：\n\n$$y' = 3\\mathrm{e}^{x}(2x+1)+3x\\mathrm{e}^{x}$$\n\n将 $x=0$ 代入上式，得到：\n\n$$y'(0) = 3\\mathrm{e}^{0}(2\\times0+1)+3\\times0\\mathrm{e}^{0}=3$$\n\n因此，在点 $(0,0)$ 处的切线斜率为 $3$。\n\n又因为切线过点 $(0,0)$，所以切线方程为 $y=3x$。\n\n【答案】切线方程为 $y=3x$。",
    ),
    (
        (55, "2019", 5, False, "$\\frac{121}{3}$."),
        "【解析】\n设等比数列的公比为 $q$，则 $a_1=\\frac{1}{3}$，$a_4=a_1q^3$，$a_6=a_1q^5$。\n由 $a_4^2=a_6$ 可得：\n$$\na_1^2q^6=a_1q^5 \\quad \\Rightarrow \\quad q=\\frac{1}{3} \\text{ 或 } q=-1\n$$\n当 $q=-1$ 时，$a_1=-\\frac{1}{3}$，不符合题意，故 $q=\\frac{1}{3}$。\n因此，$a_4=a_1q^3=\\frac{1}{3}\\cdot\\frac{1}{27}=\\frac{1}{81}$，$a_5=a_1q^4=\\frac{1}{3}\\cdot\\frac{1}{81}=\\frac{1}{243}$。\n所以 $S_5=a_1+a_2+a_3+a_4+a_5=\\frac{1}{3}+\\frac{1}{9}+\\frac{1}{27}+\\frac{1}{81}+\\frac{1}{243}=\\frac{121}{243}$。\n\n【答案】$S_5=\\frac{121}{243}$<eoa>",
    ),
    (
        (56, "2019", 5, False, "0.216."),
        "【解析】\n根据题目，甲队主场取胜的概率为 $0.6$，客场取胜的概率为 $0.5$，且各场比赛结果相互独立。那么，甲队以 $4:1$ 获胜的情况有哪些呢？\n\n甲队获胜的场次可能为 $4$ 场或 $5$ 场，因为如果甲队获胜场次少于 $4$ 场，那么乙队就获胜了，如果甲队获胜场次大于 $5$ 场，那么甲队也已经获胜了。\n\n如果甲队获胜 $4$ 场，那么甲队必须在前 $7$ 场比赛中获胜 $4$ 场，且最后一场比赛甲队必须获胜。因此，甲队以 $4:1$ 获胜的概率为：\n\n$$P_1=0.6\\times0.6\\times0.5\\times0.5\\times0.6\\times0.5\\times0.6\\times0.6=0.02016$$\n\n如果甲队获胜 $5$ 场，那么甲队必须在前 $7$ 场比赛中获胜 $4$ 场或 $5$ 场。因此，甲队以 $4:1$ 获胜的概率为：\n\n$$P_2=0.6\\times0.6\\times0.5\\times0.5\\times0.6\\times0.5\\times0.6\\times0.4+0.6\\times0.6\\times0.5\\times0.5\\times0.6\\times0.5\\times0.4\\times0.6+0.6\\times0.6\\times0.5\\times0.5\\times0.6\\times0.4\\times0.6\\times0.6+0.6\\times0.6\\times0.5\\times0.5\\times0.4\\times0.6\\times0.6\\times0.6=0.10368$$\n\n因此，甲队以 $4:1$ 获胜的概率为 $P=P_1+P_2=0.12384$。\n\n【答案】甲队以 $4:1$ 获胜的概率为 $0.12384$。",
    ),
    (
        (57, "2019", 5, False, "0. 98."),
        "【解析】\n根据加权平均数的定义，平均正点率的估计值为：\n$$\\frac{10 \\times 0.97 + 20 \\times 0.98 + 10 \\times 0.99}{10+20+10}$$\n\n【答案】\n0.977<eoa>",
    ),
    (
        (58, "2019", 5, False, "-3"),
        "【解析】\n由题意可得 $f(-\\ln 2)=-f(\\ln 2)=-8$，因为 $f(x)$ 是奇函数，所以 $f(-\\ln 2)=-f(\\ln 2)=8$，所以 $f(\\ln 2)=f(-\\ln 2)=8$。\n\n又因为 $f(x)$ 是奇函数，所以 $f'(-x)=-f'(x)$，即 $-a\\mathrm{e}^{-ax}=a\\mathrm{e}^{ax}$，解得 $a=0$ 或 $a=\\pm\\mathrm{i}\\pi n$，其中 $n$ 为正整数。\n\n当 $a=0$ 时，$f(x)=-\\mathrm{e}^{0\\times x}=-1$，与 $f(\\ln 2)=8$ 矛盾，所以 $a\\neq 0$。\n\n当 $a=\\pm\\mathrm{i}\\pi n$ 时，$f(x)=-\\mathrm{e}^{\\pm\\mathrm{i}\\pi n x}=\\cos(\\pm\\pi n x)-\\mathrm{i}\\sin(\\pm\\pi n x)$，因为 $f(x)$ 是奇函数，所以 $f(x)$ 的实部是奇函数，虚部是偶函数，即 $\\cos(\\pi n x)$ 是奇函数，$\\sin(\\pi n x)$ 是偶函数。因为 $f(\\ln 2)=8$，所以 $\\cos(\\pi n\\ln 2)=8$，但 $\\cos(\\pi n\\ln 2)$ 的取值范围为 $[-1,1]$，所以 $a=\\pm\\mathrm{i}\\pi n$ 时不符合题意。\n\n综上所述，$a$ 不存在。\n\n【答案】$a$ 不存在。",
    ),
    (
        (59, "2019", 5, False, "$6 \\sqrt{3}$"),
        "【解析】\n根据正弦定理，有\n$$\\frac{a}{\\sin A}=\\frac{b}{\\sin B}=\\frac{c}{\\sin C}$$\n又因为 $b=6, B=\\frac{\\pi}{3}$，所以\n$$\\frac{a}{\\sin A}=12, \\quad \\frac{c}{\\sin C}=12$$\n又因为 $a=2c$，所以\n$$\\frac{\\sin A}{\\sin C}=\\frac{a}{c}=2$$\n由正弦定理得\n$$\\sin B=\\frac{b}{c}\\sin C=\\frac{1}{2}$$\n所以 $C=\\frac{\\pi}{3}$ 或 $C=\\frac{2\\pi}{3}$。但是因为 $A+B+C=\\pi$，所以 $A+B=\\frac{2\\pi}{3}$ 或 $\\frac{4\\pi}{3}$。如果 $A+B=\\frac{4\\pi}{3}$，则 $A+B-C=\\pi$，与 $\\vee A B C$ 是三角形矛盾，所以 $A+B=\\frac{2\\pi}{3}$，即 $A=\\frac{\\pi}{3}$。于是\n$$S_{\\vee A B C}=\\frac{1}{2}bc\\sin A=18\\sqrt{3}$$\n【答案】$18\\sqrt{3}$<eoa>",
    ),
]

CASES: list[dict[str, object]] = [
    _c(
        REPO,
        WHERE,
        gold,
        pred,
        False,
        ok,
        f"GAOKAO Math I fill-in #{i} ({year}), gpt-3.5-turbo run 2: teacher score "
        f"{full if ok else 0}/{full}",
    )
    for (i, year, full, ok, gold), pred in _ROWS
]

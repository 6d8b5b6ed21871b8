r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "a", part 2: the
Mathematics II (humanities stream) fill-in-the-blank questions of GAOKAO-Bench; provenance, grading
and the rules are in the docstring of equiv_fresh13_a.py).

Source: ``result/gpt-3.5-turbo_填空题/gpt-3.5-turbo_填空题_2/gpt-3.5-turbo_2010-2022_Math_II_Fill-in-the-Blank.json`` @ b82e164ac1616abd203ecb5c6acc8058136e82dd in OpenLMLab/GAOKAO-Bench (run 2 of gpt-3.5-turbo; per-question
teacher ``correction_score`` ``[s, null]``, 0 or the full score; ``expected`` is ``s == score``),
Apache-2.0.

Sampling rule: the first 60 rows of the file (question indices 0-59), in file order; none left out.
60 cases, 17 graded correct. ``gold`` is the file's ``answer`` (surrounding whitespace stripped),
``pred`` the whole ``model_output`` (``wrap`` False). Index 18's gold ``A`` names city A of a logic
puzzle (not a multiple-choice option) and was kept.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "OpenLMLab/GAOKAO-Bench"
WHERE = "result/gpt-3.5-turbo_填空题/gpt-3.5-turbo_填空题_2/gpt-3.5-turbo_2010-2022_Math_II_Fill-in-the-Blank.json@b82e164ac1616abd203ecb5c6acc8058136e82dd"

# ((question index, year, full score, teacher graded it correct, gold), whole completion)
_ROWS: list[tuple[tuple[int, str, int, bool, str], str]] = [
    (
        (0, "2010", 5, True, "$x^{2}+y^{2}=2$"),
        "【解析】\n设圆的方程为 $x^2+y^2=r^2$，其中 $r$ 为圆的半径。\n由于圆心在原点上与直线 $x+y-2=0$ 相切，因此圆心到直线的距离等于圆的半径。\n直线 $x+y-2=0$ 的法向量为 $(1,1)$，因此圆心到直线的距离为 $\\frac{|0+0-2|}{\\sqrt{1^2+1^2}}=\\frac{2}{\\sqrt{2}}=\\sqrt{2}$。\n因此 $r=\\sqrt{2}$，圆的方程为 $x^2+y^2=2$。\n【答案】$x^2+y^2=2$<eoa>",
    ),
    (
        (1, "2010", 5, True, "$\\frac{\\mathrm{N}_{1}}{\\mathrm{~N}}$"),
        "【解析】\n随机模拟方法可以用来估计复杂图形的面积。具体方法是在图形所在的矩形内随机产生若干个点，然后计算这些点中落在图形内的点数 $N_1$，最后用$S \\approx \\frac{N_1}{N}S_{\\text{矩形}}$ 来估计图形的面积 $S$，其中 $N$ 为总点数，$S_{\\text{矩形}}$ 为矩形的面积。\n\n对于本题，我们可以在矩形 $[0,1]\\times[0,1]$ 内随机产生 $N$ 个点 $(x_i,y_i)$，其中 $x_i$ 和 $y_i$ 均匀分布于区间 $(0,1]$ 上。然后，我们可以计算其中满足 $y_i \\leq f(x_i)$ 的点数 $N_1$。最后，根据随机模拟方法，我们可以得到 $\\mathrm{S}$ 的近似值为 $S \\approx \\frac{N_1}{N}\\cdot 1$。\n\n【答案】$\\frac{N_1}{N}$",
    ),
    (
        (2, "2010", 5, False, "(1)(2)(3)(5)"),
        "【解析】\n一个几何体的正视图为一个三角形，说明这个几何体在某个方向上的投影是一个三角形。根据几何体的特征，可能是以下两种情况之一：\n1. 一个三棱锥在其底面上的某个三角形方向上的投影。\n2. 一个四棱锥在其底面上的某个三角形方向上的投影。\n\n而其他几何体，如三棱柱、四棱柱、圆锥、圆柱等，在其底面上的任何方向上的投影都是一个多边形，不可能是一个三角形。\n\n因此，可能的几何体编号为1和2。\n\n【答案】1, 2<eoa>",
    ),
    (
        (3, "2010", 5, False, "$2+\\sqrt{5}$"),
        "【解析】\n根据题意，可以得到以下信息：\n\n1. $BC=3BD$；\n2. $AD=\\sqrt{2}$；\n3. $\\angle ADB=135^\\circ$；\n4. $AC=\\sqrt{2}AB$。\n\n首先，我们可以通过余弦定理求出$\\angle ABC$的大小：\n\n$$\n\\begin{aligned}\n\\cos \\angle ABC &=\\frac{AB^{2}+BC^{2}-AC^{2}}{2 \\cdot AB \\cdot BC} \\\\\n&=\\frac{AB^{2}+(3BD)^{2}-(\\sqrt{2}AB)^{2}}{2 \\cdot AB \\cdot 3BD} \\\\\n&=\\frac{AB^{2}-2BD^{2}}{2 \\cdot AB \\cdot BD} \\\\\n&=\\frac{AB^{2}}{2 \\cdot AB \\cdot BD}-\\frac{BD^{2}}{AB \\cdot BD} \\\\\n&=\\frac{AB}{2BD}-\\frac{BD}{AB}\n\\end{aligned}\n$$\n\n又因为$\\angle ABC$是锐角，所以$\\cos \\angle ABC>0$，即\n\n$$\n\\frac{AB}{2BD}-\\frac{BD}{AB}>0\n$$\n\n移项得\n\n$$\nAB^{2}>2BD^{2}\n$$\n\n又因为$AB=\\frac{AC}{\\sqrt{2}}=\\frac{2AB}{\\sqrt{2}}$，所以$AB=\\sqrt{2}AC$。代入上式得\n\n$$\n2AC^{2}>2BD^{2}\n$$\n\n即\n\n$$\nAC^{2}>BD^{2}\n$$\n\n又因为$\\angle ADB=135^\\circ$，所以$\\triangle ADB$是一个等腰直角三角形，因此$AD=BD$。代入上式得\n\n$$\n2>BD\n$$\n\n综上所述，$BD$的取值范围为$0<BD<2$。\n\n【答案】$0<BD<2$。",
    ),
    (
        (4, "2011", 5, True, "1"),
        "【解析】\n由题意可得：\n$$(\\vec{a}+\\vec{b})\\cdot(k\\vec{a}-\\vec{b})=0$$\n化简得：\n$$k\\vec{a}\\cdot\\vec{a}-\\vec{b}\\cdot\\vec{b}+k(\\vec{a}\\cdot\\vec{b})-(\\vec{a}\\cdot\\vec{b})=0$$\n由于 $\\vec{a}$ 和 $\\vec{b}$ 为单位向量，因此 $\\vec{a}\\cdot\\vec{a}=1,\\vec{b}\\cdot\\vec{b}=1$，$\\vec{a}\\cdot\\vec{b}=0$。\n代入上式得：\n$$k=1$$\n因此，$k=1$。\n\n【答案】$k=1$<eoa>",
    ),
    (
        (5, "2011", 5, False, "$\\frac{15 \\sqrt{3}}{4}$"),
        "【解析】\n根据正弦定理，有\n$$\\frac{AB}{\\sin \\angle ACB}=\\frac{AC}{\\sin \\angle ABC}$$\n代入数据，得\n$$\\frac{5}{\\sin \\angle ACB}=\\frac{7}{\\sin 120^{\\circ}}$$\n化简得\n$$\\sin \\angle ACB=\\frac{5\\sqrt{3}}{14}$$\n再根据面积公式$S=\\frac{1}{2}AB\\cdot AC\\cdot \\sin \\angle ACB$，代入数据，得\n$$S=\\frac{1}{2}\\cdot 5\\cdot 7\\cdot \\frac{5\\sqrt{3}}{14}=\\frac{25\\sqrt{3}}{4}$$\n【答案】$\\frac{25\\sqrt{3}}{4}$<eoa>",
    ),
    (
        (6, "2011", 5, False, "$\\frac{1}{3}$"),
        "【解析】\n设两个圆锥的底面半径分别为 $r_1$ 和 $r_2$，高分别为 $h_1$ 和 $h_2$，则它们的体积分别为 $\\frac{1}{3}\\pi r_1^2h_1$ 和 $\\frac{1}{3}\\pi r_2^2h_2$。由于它们有公共底面，且顶点和底面的圆周都在同一个球面上，因此它们的顶点到公共底面的距离相等，即 $h_1+h_2$ 相等。\n\n设球的半径为 $R$，则两个圆锥的底面面积之和为 $\\frac{3}{8}4\\pi R^2=3\\pi R^2$。而两个圆锥的底面面积之和为 $\\pi r_1^2+\\pi r_2^2=\\pi(r_1^2+r_2^2)$，因此有\n$$\n\\frac{\\pi(r_1^2+r_2^2)}{3\\pi R^2}=\\frac{3}{16}\n$$\n化简得 $r_1^2+r_2^2=\\frac{9}{16}R^2$。\n\n由于两个圆锥的顶点到公共底面的距离相等，因此它们的高的比值等于它们的体积比值的立方根。因此，我们只需要比较 $\\frac{r_1^2h_1}{r_2^2h_2}$ 和 $\\frac{r_2^2h_2}{r_1^2h_1}$ 的大小即可。\n\n由于 $h_1+h_2$ 相等，因此我们可以将 $h_2$ 表示为 $h_2=h_1+(h_2-h_1)$，然后将 $h_2-h_1$ 用 $r_1$ 和 $r_2$ 表示。具体来说，我们可以将 $h_2-h_1$ 看作是两个圆锥的公共部分的高，设其为 $h_0$，则有\n$$\n\\frac{h_0}{r_1}=\\frac{h_0}{r_2}+\\frac{h_1}{r_1}-\\frac{h_2}{r_2}\n$$\n化简得\n$$\n\\frac{h_0}{r_1}=\\frac{h_1r_2-h_2r_1}{r_1r_2}\n$$\n代入 $h_2=h_1+h_0$，得\n$$\nh_2=\\frac{h_1r_2^2+h_0r_1r_2}{r_1^2}\n$$\n因此，\n$$\n\\frac{r_1^2h_1}{r_2^2h_2}=\\frac{r_1^2h_1}{r_2^2(h_1+\\frac{h_1r_2^2+h_0r_1r_2}{r_1^2})}=\\frac{r_1^4}{r_2^4+r_1^2r_2^2+rh_0r_2^3}\n$$\n其中 $r=\\frac{h_1r_2^2}{r_1^2}$。同理可得\n$$\n\\frac{r_2^2h_2}{r_1^2h_1}=\\frac{r_2^4}{r_1^4+r_1^2r_2^2+rh_0r_1^3}\n$$\n因此，我们只需要比较 $\\frac{r_1^4}{r_2^4+r_1^2r_2^2+rh_0r_2^3}$ 和 $\\frac{r_2^4}{r_1^4+r_1^2r_2^2+rh_0r_1^3}$ 的大小即可。\n\n将 $r_1^2+r_2^2=\\frac{9}{16}R^2$ 代入上式，得\n$$\n\\frac{r_1^4}{r_2^4+r_1^2r_2^2+rh_0r_2^3}=\\frac{r_1^4}{r_2^4+\\frac{9}{16}R^2r_2^2+rh_0r_2^3}\n$$\n$$\n\\frac{r_2^4}{r_1^4+r_1^2r_2^2+rh_0r_1^3}=\\frac{r_2^4}{r_1^4+\\frac{9}{16}R^2r_1^2+rh_0r_1^3}\n$$\n因为 $r_1$ 和 $r_2$ 都是正数，所以我们只需要比较分母的大小即可。具体来说，我们只需要比较\n$$\nr_2^4+\\frac{9}{16}R^2r_2^2+rh_0r_2^3\n$$\n和\n$$\nr_1^4+\\frac{9}{16}R^2r_1^2+rh_0r_1^3\n$$\n的大小。将 $h_0$ 用 $r_1$ 和 $r_2$ 表示，得\n$$\nh_0=\\frac{r_1r_2}{r_1+r_2}\\sqrt{R^2-\\frac{1}{4}(r_1-r_2)^2}\n$$\n因此，我们只需要比较\n$$\nr_2^4+\\frac{9}{16}R^2r_2^2+\\frac{r_1r_2^4}{r_1+r_2}\\sqrt{R^2-\\frac{1}{4}(r_1-r_2)^2}\n$$\n和\n$$\nr_1^4+\\frac{9}{16}R^2r_1^2+\\frac{r_1^4r_2}{r_1+r_2}\\sqrt{R^2-\\frac{1}{4}(r_1-r_2)^2}\n$$\n的大小即可。\n\n由于 $\\sqrt{R^2-\\frac{1}{4}(r_1-r_2)^2}$ 是一个常数，因此我们只需要比较\n$$\nr_2^4+\\frac{9}{16}R^2r_2^2+\\frac{r_1r_2^4}{r_1+r_2}\n$$\n和\n$$\nr_1^4+\\frac{9}{16}R^2r_1^2+\\frac{r_1^4r_2}{r_1+r_2}\n$$\n的大小即可。\n\n将 $r_2^2=\\frac{9}{16}R^2-r_1^2$ 代入上式，得\n$$\n\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}+\\frac{9}{16}R^2r_1^2+\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}+\\frac{9}{16}R^2r_1^2+\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}-\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}+\\frac{r_1^4r_2}{r_1+r_2}-\\frac{r_1r_2^4}{r_1+r_2}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4r_2}{r_1+r_2}+\\frac{r_1r_2^4}{r_1+r_2}\n$$\n将 $r_2^2=\\frac{9}{16}R^2-r_1^2$ 代入上式，得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}+\\frac{r_1^4\\sqrt{\\frac{9}{16}R^2-r_1^2}}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}\n$$\n化简得\n$$\n\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1^2}}>\\frac{r_1^4}{r_1^2+\\frac{9}{16}R^2}-\\frac{r_1^4}{r_1+\\sqrt{\\frac{9}{16}R^2-r_1",
    ),
    (
        (7, "2012", 5, False, "$y=4 x-3$"),
        "【解析】\n求切线方程需要用到导数的概念，首先求出曲线的导函数：\n$$y'=3x\\ln x+1$$\n将点 $(1,1)$ 带入导函数，得到切线斜率 $k$：\n$$k=y'(1,1)=3\\cdot1\\cdot\\ln1+1=1$$\n因为切线过点 $(1,1)$，所以切线方程为：\n$$y-1=1(x-1)$$\n化简得到：\n$$y=x$$\n因此，曲线 $y=x(3 \\ln x+1)$ 在点 $(1,1)$ 处的切线方程为 $y=x$。\n\n【答案】$y=x$<eoa>",
    ),
    (
        (8, "2012", 5, False, "-2"),
        "【解析】\n根据等比数列的前 $n$ 项和公式，有：\n$$\nS_n=\\frac{a_1(1-q^n)}{1-q}\n$$\n将 $n=2$ 和 $n=3$ 代入上式，得到：\n$$\nS_2=\\frac{a_1(1-q^2)}{1-q},\\quad S_3=\\frac{a_1(1-q^3)}{1-q}\n$$\n根据题意，有 $S_3+3S_2=0$，即：\n$$\n\\frac{a_1(1-q^3)}{1-q}+3\\cdot\\frac{a_1(1-q^2)}{1-q}=0\n$$\n化简上式，得到：\n$$\na_1q^2+2a_1q+a_1=0\n$$\n移项，得到：\n$$\nq^2+2q+1=0\n$$\n解得 $q=-1$。\n\n但是需要注意的是，当 $q=-1$ 时，等比数列 $\\{a_n\\}$ 的前 $n$ 项和为：\n$$\nS_n=\\begin{cases}\nna_1, & n\\text{ 为偶数}\\\\\n\\frac{n+1}{2}a_1, & n\\text{ 为奇数}\n\\end{cases}\n$$\n因此，$S_3+3S_2=4a_1\\neq 0$，与题意不符。所以，公比 $q\\neq -1$。\n\n综上所述，公比 $q$ 不存在。\n\n【答案】公比 $q$ 不存在。",
    ),
    (
        (9, "2012", 5, False, "$3 \\sqrt{2}$"),
        "【解析】\n根据余弦定理，有\n$$\n|\\vec{b}|^2=|\\vec{a}|^2+|2\\vec{a}-\\vec{b}|^2-2|\\vec{a}||2\\vec{a}-\\vec{b}|\\cos 45^{\\circ}\n$$\n代入已知条件，化简得\n$$\n|\\vec{b}|^2=1+10-2\\sqrt{10}\n$$\n因为 $|\\vec{b}|$ 是正数，所以\n$$\n|\\vec{b}|=\\sqrt{11-2\\sqrt{10}}\n$$\n【答案】$|\\vec{b}|=\\sqrt{11-2\\sqrt{10}}$<eoa>",
    ),
    (
        (10, "2012", 5, True, "2"),
        "【解析】\n由于 $x^{2}+1>0$，所以 $f(x)$ 的定义域为 $(-\\infty,+\\infty)$。\n为了求 $f(x)$ 的最大值和最小值，我们需要对 $f(x)$ 进行求导。\n$$\nf^{\\prime}(x)=\\frac{(2 x+2) \\cdot(x^{2}+1)-(x+1)^{2} \\cdot 2 x \\cos x+\\cos x \\cdot(x+1)^{2} \\cdot 2 x}{(x^{2}+1)^{2}}\n$$\n化简得：\n$$\nf^{\\prime}(x)=\\frac{2 \\sin x-x \\cos x+2 x+2}{(x^{2}+1)^{2}}\n$$\n令 $f^{\\prime}(x)=0$，解得 $x=\\tan x-1$。由于 $f(x)$ 的定义域为 $(-\\infty,+\\infty)$，所以 $x=\\tan x-1$ 在该定义域内有无数个实根，但是我们只需要找到其中的一个实根即可。\n下面我们使用牛顿迭代法求解 $x=\\tan x-1$ 的一个实根。设 $x_{0}=2$，则有：\n$$\nx_{1}=x_{0}-\\frac{x_{0}-\\tan x_{0}+1}{1+\\sec^{2} x_{0}}=1.9642\n$$\n$$\nx_{2}=x_{1}-\\frac{x_{1}-\\tan x_{1}+1}{1+\\sec^{2} x_{1}}=1.9346\n$$\n$$\nx_{3}=x_{2}-\\frac{x_{2}-\\tan x_{2}+1}{1+\\sec^{2} x_{2}}=1.9346\n$$\n可见，当 $x_{3}=1.9346$ 时，$x=\\tan x-1$ 的一个实根已经精确到小数点后四位了。\n将 $x=1.9346$ 代入 $f(x)$，得到 $f(1.9346)=2.0000$，即 $f(x)$ 的最大值为 $M=2$。\n将 $x\\rightarrow\\pm\\infty$ 时，$f(x)\\rightarrow 0$，因此 $f(x)$ 的最小值为 $m=0$。\n综上所述，$M+m=2+0=\\boxed{2}$。\n\n【答案】$2$<eoa>",
    ),
    (
        (11, "2013", 5, False, "2"),
        "【解析】\n由题意可得：\n$$\\cos 60^{\\circ}=\\frac{\\vec{a} \\cdot \\vec{b}}{\\left|\\vec{a}\\right|\\left|\\vec{b}\\right|}=\\frac{1}{2}$$\n又因为 $\\vec{a}, \\vec{b}$ 是单位向量，所以 $\\left|\\vec{a}\\right|=\\left|\\vec{b}\\right|=1$，因此有：\n$$\\vec{a} \\cdot \\vec{b}=\\frac{1}{2}$$\n又因为 $\\vec{b} \\cdot \\vec{c}=0$，所以有：\n$$\\vec{b} \\cdot \\vec{c}=\\vec{b} \\cdot(t \\vec{a}+(1-t) \\vec{b})=t \\vec{a} \\cdot \\vec{b}+(1-t) \\vec{b} \\cdot \\vec{b}=t \\cdot \\frac{1}{2}+(1-t)=\\frac{1}{2}-\\frac{1}{2} t=0$$\n解得 $t=1$。\n【答案】$t=1$。<eoa>",
    ),
    (
        (12, "2013", 5, False, "$\\frac{9 \\pi}{2}$."),
        '【解析】\n如下图所示，$O$ 为球心，$AB$ 为球 $O$ 的直径，$H$ 为 $AB$ 上一点，$AH:HB=1:2$，$H$ 为 $\\alpha$ 的垂足，$\\alpha$ 与球 $O$ 的交线为圆 $C$，$\\alpha$ 与圆 $C$ 的交点为 $P$，$\\alpha$ 与球 $O$ 的交线段为 $CD$，$E$ 为 $CD$ 的中点。\n\n<img src="https://cdn.luogu.com.cn/upload/image_hosting/t0v7z8wz.png" width="200px">\n\n因为 $H$ 为 $AB$ 的中点，所以 $OH$ 垂直于 $AB$，即 $OH\\perp AB$。又因为 $AB\\perp\\alpha$，所以 $OH\\parallel\\alpha$，所以 $OH$ 是 $\\alpha$ 的一条直径。因此，$P$ 是圆 $C$ 的直径的中点，即 $CP\\perp\\alpha$，所以 $CP=2HE$。\n\n设 $AB=2r$，则 $AH=r$，$HB=2r$。因为 $\\alpha$ 截球 $O$ 所得截面的面积为 $\\pi$，所以 $CP=\\sqrt{4r^2-1}$，即 $2HE=\\sqrt{4r^2-1}$。\n\n设球 $O$ 的表面积为 $S$，则\n\n$$S=4\\pi r^2$$\n\n球 $O$ 的体积为\n\n$$V=\\frac{4}{3}\\pi r^3$$\n\n$\\because$ $HE=\\frac{1}{2}HB-\\frac{1}{2}HA=\\frac{1}{2}r$\n\n$\\therefore$ $OE=\\sqrt{r^2-HE^2}=\\frac{\\sqrt{3}}{2}r$\n\n$\\therefore$ $CE=OE-OC=\\frac{\\sqrt{3}}{2}r-\\frac{1}{2}\\sqrt{4r^2-1}=\\frac{\\sqrt{3}r-\\sqrt{4r^2-1}}{2}$\n\n$\\therefore$ $S_{\\triangle CDE}=\\frac{1}{2}\\times CE\\times CD=\\frac{\\sqrt{3}r-\\sqrt{4r^2-1}}{2}\\times 2HE=\\frac{\\sqrt{3}r-\\sqrt{4r^2-1}}{2}\\times\\sqrt{4r^2-1}$\n\n$\\because$ $S_{\\triangle CDE}=\\pi$\n\n$\\therefore$ $\\frac{\\sqrt{3}r-\\sqrt{4r^2-1}}{2}\\times\\sqrt{4r^2-1}=\\pi$\n\n$\\therefore$ $r^2=\\frac{1}{4}+\\frac{1}{4\\pi^2}$\n\n$\\therefore$ $r=\\sqrt{\\frac{1}{4}+\\frac{1}{4\\pi^2}}$\n\n$\\therefore$ $S=4\\pi r^2=4\\pi\\left(\\frac{1}{2}+\\frac{1}{2\\pi^2}\\right)$\n\n【答案】$S=4\\pi\\left(\\frac{1}{2}+\\frac{1}{2\\pi^2}\\right)$',
    ),
    (
        (13, "2013", 5, False, "$-\\frac{2 \\sqrt{5}}{5}$"),
        "【解析】\n由于 $\\sin x$ 和 $\\cos x$ 的最大值都是 $1$，所以要使 $f(x)=\\sin x-2 \\cos x$ 取得最大值，需要使 $\\sin x$ 最大，$\\cos x$ 最小。\n\n因为 $\\sin^2 x + \\cos^2 x = 1$，所以 $\\sin x$ 和 $\\cos x$ 是相互制约的，当 $\\sin x$ 最大时，$\\cos x$ 最小。\n\n所以要使 $f(x)=\\sin x-2 \\cos x$ 取得最大值，需要 $\\sin x$ 最大，$\\cos x$ 最小，即 $\\cos x=-1$。\n\n因此，$\\cos \\theta=-1$。\n\n【答案】$\\cos \\theta=-1$。<eoa>",
    ),
    (
        (14, "2013", 4, False, "0.2"),
        "【解析】\n设取出的两个数为 $a$ 和 $b$，则有 $a+b=5$。因为 $a$ 和 $b$ 是不同的数，所以 $a$ 和 $b$ 可以取的组合有 $(1,4),(2,3),(3,2),(4,1)$，共 $4$ 种情况。而总共取数的组合有 $C_5^2=10$ 种情况。所以概率为 $\\dfrac{4}{10}=\\dfrac{2}{5}$。\n\n【答案】$\\dfrac{2}{5}$<eoa>",
    ),
    (
        (15, "2013", 4, False, "2"),
        "【解析】\n如下图所示，连接 $AE$ 和 $BD$，则 $\\overrightarrow{AE}$ 和 $\\overrightarrow{BD}$ 的夹角为 $45^\\circ$，且它们的模长分别为 $\\sqrt{2}$ 和 $2\\sqrt{2}$，因此：\n$$\\overrightarrow{\\mathrm{AE}} \\cdot \\overrightarrow{\\mathrm{BD}} = |\\overrightarrow{\\mathrm{AE}}| \\cdot |\\overrightarrow{\\mathrm{BD}}| \\cdot \\cos 45^\\circ = \\sqrt{2} \\cdot 2\\sqrt{2} \\cdot \\frac{\\sqrt{2}}{2} = \\boxed{4}$$\n\n![图示](https://cdn.luogu.com.cn/upload/image_hosting/ed9z1h9m.png) \n\n【答案】$4$<eoa>",
    ),
    (
        (16, "2013", 4, False, "$\\frac{5 \\pi}{6}$"),
        "【解析】\n将函数 $y=\\cos (2 x+\\phi)$ 向右平移 $\\frac{\\pi}{2}$ 个单位，得到函数 $y=\\cos (2 x+\\phi-\\frac{\\pi}{2})=\\sin (2 x+\\phi)$。\n因此，要使得函数 $y=\\cos (2 x+\\phi)$ 向右平移 $\\frac{\\pi}{2}$ 个单位后，与函数 $y=\\sin \\left(2 x+\\frac{\\pi}{3}\\right)$ 的图象重合，需要满足 $\\phi-\\frac{\\pi}{2}=\\frac{\\pi}{3}+k \\pi$，其中 $k$ 为整数。\n解得 $\\phi=\\frac{5 \\pi}{6}+k \\pi$，其中 $k$ 为整数。\n因为 $-\\pi \\leqslant \\phi<\\pi$，所以 $k$ 只能取 $0$ 或 $-1$。\n当 $k=0$ 时，$\\phi=\\frac{5 \\pi}{6}$；\n当 $k=-1$ 时，$\\phi=-\\frac{\\pi}{6}$。\n因此，$\\phi$ 的取值为 $\\frac{5 \\pi}{6}$ 或 $-\\frac{\\pi}{6}$。\n\n【答案】$\\phi=\\frac{5 \\pi}{6}$ 或 $-\\frac{\\pi}{6}$。<eoa>",
    ),
    (
        (17, "2014", 5, False, "$\\frac{2}{3}$"),
        "【解析】\n总共有 $3$ 本书，排列方式共有 $3!=6$ 种。其中，2 本数学书相邻的排列方式有 $2!=2$ 种，即数学书本身可以交换位置，因此要乘以 $2$。\n\n所以，2 本数学书相邻的概率为 $\\dfrac{2}{6}=\\dfrac{1}{3}$。\n\n【答案】$\\dfrac{1}{3}$<eoa>",
    ),
    (
        (18, "2014", 5, True, "$A$"),
        "【解析】\n设甲去过 $x$ 个城市，乙去过 $y$ 个城市，丙去过 $z$ 个城市。\n根据甲的话，有 $x>y$，且 $x$ 中不包括 $B$。\n根据乙的话，有 $y<3$，且 $y$ 中不包括 $C$。\n根据丙的话，有 $z\\geq 1$，且 $z=x$，$z=y$。\n因为三人去过同一城市，所以 $z\\leq 3$。\n综上所述，$z=3$，$x>y$，$y<3$，$y\\neq 2$。\n因为 $y\\neq 2$，所以 $y=1$ 或 $y=0$。\n如果 $y=0$，则 $x>0$，即甲去过至少一个城市，但是丙也去过至少一个城市，与丙的话矛盾。\n所以 $y=1$，即乙只去过一个城市。\n此时，甲去过的城市数为 $x=2$，且不包括 $B$，所以甲去过的城市为 $A$ 和 $C$。\n丙去过的城市数为 $z=3$，且与甲、乙去过的城市都有交，所以丙去过的城市为 $A$ 和 $C$。\n因此，乙去过的城市为 $A$。\n【答案】乙去过的城市为 $A$。",
    ),
    (
        (19, "2014", 5, False, "$x \\leqslant 8$"),
        "【解析】\n当 $x<1$ 时，$f(x)=e^{x-1}$，要使得 $f(x) \\leqslant 2$ 成立，即 $e^{x-1} \\leqslant 2$，两边取对数得 $x-1 \\leqslant \\ln 2$，即 $x \\leqslant 1+\\ln 2$。\n\n当 $x \\geqslant 1$ 时，$f(x)=\\frac{1}{3}$，要使得 $f(x) \\leqslant 2$ 成立，即 $\\frac{1}{3} \\leqslant 2$，显然恒成立。\n\n综上所述，使得 $f(x) \\leqslant 2$ 成立的 $x$ 的取值范围为 $x \\leqslant 1+\\ln 2$。\n\n【答案】$x \\leqslant 1+\\ln 2$。",
    ),
    (
        (20, "2014", 5, True, "$\\frac{1}{3}$"),
        "【解析】\n甲、乙两名运动员各自等可能地从红、白、蓝 3 种颜色的运动服中选择 1 种，总的可能性为 $3 \\times 3 = 9$ 种，即他们选择的运动服颜色可以是下面的任意一种：\n$$(红,红),(红,白),(红,蓝),(白,红),(白,白),(白,蓝),(蓝,红),(蓝,白),(蓝,蓝)$$\n其中，他们选择相同颜色运动服的情况有 $3$ 种，分别是 $(红,红),(白,白),(蓝,蓝)$，因此选择相同颜色运动服的概率为 $\\frac{3}{9}$，即 $\\frac{1}{3}$。\n\n【答案】$\\frac{1}{3}$<eoa>",
    ),
    (
        (21, "2014", 5, False, "1"),
        "【解析】\n根据三角函数的和差化积公式，有\n$$\n\\begin{aligned}\nf(x) &=\\sin (x+\\phi)-2 \\sin \\phi \\cos x \\\\\n&=\\sin x \\cos \\phi+\\cos x \\sin \\phi-\\sin \\phi \\cos x-\\sin \\phi \\cos x \\\\\n&=\\sin x \\cos \\phi-\\sin \\phi \\cos x+\\cos x \\sin \\phi-\\sin \\phi \\cos x \\\\\n&=\\sin (x-\\phi)-\\sin \\phi \\cos (x+\\phi)\n\\end{aligned}\n$$\n由于 $-1\\leq \\sin (x-\\phi) \\leq 1$，$-1\\leq \\cos (x+\\phi) \\leq 1$，所以\n$$\n-1-\\sin \\phi \\cos (x+\\phi) \\leq f(x) \\leq 1-\\sin \\phi \\cos (x+\\phi)\n$$\n当 $\\sin \\phi \\cos (x+\\phi)=-1$ 时，$f(x)$ 取最大值 $1+\\sin \\phi$；\n当 $\\sin \\phi \\cos (x+\\phi)=1$ 时，$f(x)$ 取最小值 $-1-\\sin \\phi$。\n因此，函数 $f(x)$ 的最大值为 $1+\\sin \\phi$。\n\n【答案】$1+\\sin \\phi$<eoa>",
    ),
    (
        (22, "2014", 5, True, "3"),
        "【解析】\n因为 $f(x)$ 是偶函数，所以有 $f(-x)=f(x)$，即 $f(-1)=f(1)$。\n又因为 $f(x)$ 的图象关于直线 $x=2$ 对称，所以有 $f(4-x)=f(x-2)$，即 $f(3)=f(1)$。\n综上所述，$f(-1)=f(1)=\\boxed{3}$。\n\n【答案】$3$<eoa>",
    ),
    (
        (23, "2014", 5, True, "$\\frac{1}{2}$"),
        "【解析】\n根据题目，可以列出递推式：\n$$a_{n+1}=\\frac{1}{1-a_{n}}$$\n已知 $a_8=2$，则可以逆推回 $a_1$：\n$$a_7=\\frac{1}{1-a_6}$$\n$$a_6=\\frac{1}{1-a_5}$$\n$$\\cdots$$\n$$a_2=\\frac{1}{1-a_1}$$\n将 $a_8=2$ 代入递推式，得到：\n$$a_7=\\frac{1}{1-2}=-1$$\n再将 $a_7=-1$ 代入递推式，得到：\n$$a_6=\\frac{1}{1-(-1)}=\\frac{1}{2}$$\n依次类推，可得：\n$$a_5=1$$\n$$a_4=0$$\n$$a_3=1$$\n$$a_2=-1$$\n将 $a_2=-1$ 代入递推式，得到：\n$$a_1=\\frac{1}{1-(-1)}=\\frac{1}{2}$$\n因此，$a_1=\\frac{1}{2}$。\n\n【答案】$\\frac{1}{2}$<eoa>",
    ),
    (
        (24, "2015", 5, False, "6"),
        "【解析】\n根据题目中的条件，可以列出递推式：\n$$\n\\begin{aligned}\na_{1}&=2,\\\\\na_{n+1}&=2a_n,\\\\\nS_n&=\\sum_{i=1}^n a_i.\n\\end{aligned}\n$$\n可以列出前几项：\n$$\n\\begin{aligned}\na_1&=2,\\\\\na_2&=2a_1=4,\\\\\na_3&=2a_2=8,\\\\\na_4&=2a_3=16,\\\\\na_5&=2a_4=32.\n\\end{aligned}\n$$\n可以发现，$a_n=2^{n-1}$。因此，$S_n=\\sum_{i=1}^n a_i=\\sum_{i=1}^n 2^{i-1}=2^n-1$。将 $S_n=126$ 代入可得：\n$$\n2^n-1=126,\n$$\n解得 $n=7$。\n【答案】$n=7$。<eoa>",
    ),
    (
        (25, "2015", 5, False, "1"),
        "【解析】\n根据题意，已知函数 $f(x)=a x^{3}+x+1$ 的图象在点（1，f(1））处的切线过点（ 2, 7）。\n\n由导数的定义可得，函数 $f(x)$ 在点 $x_0$ 处的导数 $f'(x_0)$ 等于函数 $f(x)$ 在点 $x_0$ 处的切线斜率 $k$。\n\n因此，函数 $f(x)=a x^{3}+x+1$ 在点（1，f(1））处的切线斜率为：\n\n$$\nk=f'(1)=3a\\times1^2+1=3a+1\n$$\n\n又因为已知切线过点（2，7），因此可以列出方程：\n\n$$\ny-7=(3a+1)(x-2)\n$$\n\n将点（1，f(1））代入上式，得：\n\n$$\nf(1)-7=(3a+1)(1-2)\n$$\n\n化简得：\n\n$$\n3a=-f(1)+8\n$$\n\n将 $f(x)=a x^{3}+x+1$ 代入上式，得：\n\n$$\n3a=-a+2\n$$\n\n解得：\n\n$$\na=\\frac{2}{3}\n$$\n\n【答案】$a=\\frac{2}{3}$<eoa>",
    ),
    (
        (26, "2015", 5, False, "$12 \\sqrt{6}$"),
        "【解析】\n首先，根据双曲线的性质可知，$F$ 离开左支的距离为 $\\frac{\\sqrt{8}}{2}=2\\sqrt{2}$，即 $F$ 的坐标为 $(2\\sqrt{2},0)$。\n\n其次，设 $P$ 的坐标为 $(a,b)$，则由 $P$ 在左支上可知 $a<0$，代入双曲线方程得 $b=\\pm2\\sqrt{2}\\sqrt{a^2-1}$。因为 $P$ 在左支上，所以 $b>0$，因此 $b=2\\sqrt{2}\\sqrt{a^2-1}$。\n\n接下来，根据三角形周长公式可得 $\\triangle APF$ 的周长为 $AP+PF+\\sqrt{(a-2\\sqrt{2})^2+b^2}$。由于 $\\triangle APF$ 的底边 $AF$ 固定，要使周长最小，只需使 $AP+PF$ 最小。\n\n根据两点间距离公式可得 $AP+PF=\\sqrt{a^2+(b-6\\sqrt{6})^2}+\\sqrt{(a-2\\sqrt{2})^2+b^2}$。将 $b$ 用 $a$ 表示后，化简可得：\n\n$$\nAP+PF=\\sqrt{a^2+32a-224}+\\sqrt{a^2+32a+32}\n$$\n\n为了求得最小值，我们对 $AP+PF$ 求导数，得：\n\n$$\n\\frac{d}{da}(AP+PF)=\\frac{a+16}{\\sqrt{a^2+32a-224}}+\\frac{a+16}{\\sqrt{a^2+32a+32}}\n$$\n\n令上式等于 $0$，解得 $a=-8$。将 $a=-8$ 代入 $AP+PF$ 的表达式中，可得 $\\triangle APF$ 的周长最小值为 $8+2\\sqrt{2}+\\sqrt{128+48\\sqrt{6}}$。\n\n最后，根据海伦公式可得 $\\triangle APF$ 的面积为：\n\n$$\nS=\\sqrt{s(s-AP)(s-PF)(s-AF)}=\\sqrt{32\\sqrt{6}+192}\n$$\n\n综上所述，$\\triangle APF$ 的面积为 $\\sqrt{32\\sqrt{6}+192}$。\n\n【答案】$\\sqrt{32\\sqrt{6}+192}$。",
    ),
    (
        (27, "2015", 3, False, "-2"),
        "【解析】\n由题意可得，函数 $f(x)=a x^{3}-2 x$ 的图象过点 $(-1,4)$，即 $f(-1)=4$。\n\n将 $x=-1$ 代入 $f(x)=a x^{3}-2 x$ 中，得到 $f(-1)=a(-1)^3-2(-1)=a+2$。\n\n因此，$a+2=4$，解得 $a=2$。\n\n【答案】$a=2$<eoa>",
    ),
    (
        (28, "2015", 3, False, "$\\frac{1}{4} x^{2}-y^{2}=1$"),
        "【解析】\n由于渐近线方程为 $y= \\pm \\frac{1}{2} x$，则双曲线的渐近线为 $y= \\pm \\frac{1}{2} x$。\n\n设该双曲线的标准方程为 $\\frac{x^2}{a^2}-\\frac{y^2}{b^2}=1$，则由已知条件可得：\n\n$$\\begin{cases} \\frac{4^2}{a^2}-\\frac{(\\sqrt{3})^2}{b^2}=1 \\\\ \\lim\\limits_{x\\to\\infty}(\\pm\\frac{1}{2}x-\\sqrt{x^2-\\frac{a^2}{b^2}(\\frac{x^2}{a^2}-1)})=0 \\end{cases}$$\n\n化简第一个方程得：\n\n$$\\frac{16}{a^2}-\\frac{3}{b^2}=1$$\n\n整理得：\n\n$$\\frac{a^2}{b^2}=\\frac{16}{3}$$\n\n将第二个方程化简得：\n\n$$\\lim\\limits_{x\\to\\infty}(\\pm\\frac{1}{2}x-\\sqrt{x^2-\\frac{a^2}{b^2}(\\frac{x^2}{a^2}-1)})=\\lim\\limits_{x\\to\\infty}(\\pm\\frac{1}{2}x-\\sqrt{x^2-\\frac{16}{3}(\\frac{x^2}{a^2}-1)})=0$$\n\n两边平方，得：\n\n$$\\lim\\limits_{x\\to\\infty}(\\frac{1}{4}x^2-x\\sqrt{x^2-\\frac{16}{3}(\\frac{x^2}{a^2}-1)}+\\frac{16}{3}(\\frac{x^2}{a^2}-1))=0$$\n\n由于 $\\lim\\limits_{x\\to\\infty}\\frac{x^2}{a^2}=+\\infty$，所以：\n\n$$\\lim\\limits_{x\\to\\infty}(-x\\sqrt{x^2-\\frac{16}{3}(\\frac{x^2}{a^2}-1)})=-\\infty$$\n\n因此，$\\lim\\limits_{x\\to\\infty}\\frac{1}{4}x^2+\\frac{16}{3}(\\frac{x^2}{a^2}-1)=+\\infty$。\n\n综上所述，该双曲线的渐近线为 $y= \\pm \\frac{1}{2} x$，且 $\\frac{a^2}{b^2}=\\frac{16}{3}$，因此该双曲线的标准方程为：\n\n$$\\frac{x^2}{4}-\\frac{3y^2}{16}=1$$\n\n【答案】$\\frac{x^2}{4}-\\frac{3y^2}{16}=1$",
    ),
    (
        (29, "2015", 3, False, "8"),
        "【解析】\n曲线 $y=x+\\ln x$ 的导数为 $y'=1+\\frac{1}{x}$，在点 $(1,1)$ 处的导数为 $y'=2$。因此，曲线 $y=x+\\ln x$ 在点 $(1,1)$ 处的切线方程为 $y-1=2(x-1)$，即 $y=2x-1$。\n\n设曲线 $y=a x^{2}+(a+2) x+1$ 的切线方程为 $y=kx+b$，则有\n$$\n\\begin{cases}\nk=2 \\\\\nkx+b=ax^{2}+(a+2) x+1\n\\end{cases}\n$$\n将 $k=2$ 代入第二个方程中，得\n$$\n2x+b=ax^{2}+(a+2) x+1\n$$\n整理得\n$$\nax^{2}+(a+2-2)x+1-b=0\n$$\n由于切线与曲线相切，因此上式有且只有一个实根，即判别式 $\\Delta=0$。即\n$$\n(a+2-2)^{2}-4a(1-b)=0\n$$\n化简得\n$$\na^{2}-4a+4-4b=0\n$$\n解得\n$$\na=2\\pm\\sqrt{4b-4}\n$$\n因为 $a$ 是实数，所以 $4b-4\\geq 0$，即 $b\\geq 1$。\n\n又因为切线过点 $(1,1)$，所以 $k+b=2+1=3$。代入 $y=kx+b$ 中，得 $y=2x+1$。\n\n将 $y=2x+1$ 代入 $y=a x^{2}+(a+2) x+1$ 中，得\n$$\na x^{2}+(a+2) x+1=2x+1\n$$\n整理得\n$$\nax^{2}+(a-2)x=0\n$$\n因为 $x=1$ 不是方程的解，所以 $a-2=0$，即 $a=2$。\n\n【答案】$a=2$。",
    ),
    (
        (30, "2016", 5, False, "$-\\frac{2}{3}$"),
        "【解析】\n由于 $\\vec{a} \\perp \\vec{b}$，所以 $\\vec{a} \\cdot \\vec{b}=0$，即 $(x, x+1) \\cdot (1,2)=x+2x+1=0$。\n解得 $x=-\\frac{1}{3}$。\n\n【答案】$x=-\\frac{1}{3}$<eoa>",
    ),
    (
        (31, "2016", 5, False, "$-\\frac{4}{3}$"),
        "【解析】\n根据 $\\sin \\left(\\theta+\\frac{\\pi}{4}\\right)=\\frac{3}{5}$ 可以得到\n$$\\cos \\left(\\theta+\\frac{\\pi}{4}+\\frac{\\pi}{2}\\right)=\\cos \\left(\\theta+\\frac{3\\pi}{4}\\right)=\\sin \\left(\\theta+\\frac{\\pi}{4}\\right)=\\frac{3}{5}$$\n因为 $\\theta$ 是第四象限角，所以 $\\cos \\theta >0$，$\\sin \\theta <0$，所以\n$$\\cos \\theta =\\frac{4}{5}, \\quad \\sin \\theta =-\\frac{3}{5}$$\n因此\n$$\\tan \\left(\\theta-\\frac{\\pi}{4}\\right)=\\frac{\\tan \\theta -\\tan \\frac{\\pi}{4}}{1+\\tan \\theta \\cdot \\tan \\frac{\\pi}{4}}=\\frac{\\frac{\\sin \\theta}{\\cos \\theta}-1}{1+\\frac{\\sin \\theta}{\\cos \\theta}}=-\\frac{1}{2}$$\n所以 $\\tan \\left(\\theta-\\frac{\\pi}{4}\\right)=-\\frac{1}{2}$。\n\n【答案】$-\\frac{1}{2}$<eoa>",
    ),
    (
        (32, "2016", 5, False, "$4 \\pi$"),
        "【解析】\n首先，我们需要求出直线 $y=x+2a$ 与圆 $C$ 的交点 $A$ 和 $B$ 的坐标。将直线 $y=x+2a$ 代入圆的方程，得到：\n$$x^2+(x+2a)^2-2a(x+2a)-2=0$$\n化简得：\n$$x^2+4ax+4a^2-2ax-4a^2-2=0$$\n即：\n$$x^2+2ax-1=0$$\n解得：\n$$x=-a\\pm\\sqrt{a^2+1}$$\n将 $x$ 带入直线方程 $y=x+2a$ 中，得到：\n$$y=-a\\pm\\sqrt{a^2+1}+2a=a\\pm\\sqrt{a^2+1}$$\n因此，直线 $y=x+2a$ 与圆 $C$ 的交点为 $A(a+\\sqrt{a^2+1},a+\\sqrt{a^2+1})$ 和 $B(a-\\sqrt{a^2+1},a-\\sqrt{a^2+1})$。\n由于 $|AB|=2\\sqrt{3}$，因此有：\n$$\\begin{aligned}|AB|^2&=(a+\\sqrt{a^2+1}-a+\\sqrt{a^2+1})^2+(a+\\sqrt{a^2+1}-a-\\sqrt{a^2+1})^2\\\\&=4\\sqrt{a^2+1}\\end{aligned}$$\n即：\n$$\\sqrt{a^2+1}=2\\sqrt{3}$$\n解得：\n$$a=\\sqrt{11}$$\n将 $a=\\sqrt{11}$ 代入圆的方程，得到：\n$$x^2+y^2-2\\sqrt{11}y-2=0$$\n移项化简得：\n$$(x^2+(y-\\sqrt{11})^2)-11-2=0$$\n即：\n$$x^2+(y-\\sqrt{11})^2=13$$\n因此，圆 $C$ 的面积为：\n$$S=\\pi r^2=\\pi\\cdot13=13\\pi$$\n\n【答案】$13\\pi$<eoa>",
    ),
    (
        (33, "2016", 5, True, "-6"),
        "【解析】\n由题意可知，$\\vec{a}$ 与 $\\vec{b}$ 平行，即 $\\vec{a}$ 是 $\\vec{b}$ 的倍数，即存在实数 $k$ 使得 $\\vec{a}=k\\vec{b}$。\n\n则有：\n$$\n\\begin{cases}\nm=3k \\\\\n4=-2k\n\\end{cases}\n$$\n\n解得 $k=-2$，代入第一个式子得 $m=3k=-6$。\n\n【答案】$m=-6$<eoa>",
    ),
    (
        (34, "2016", 5, False, "$\\frac{21}{13}$"),
        "【解析】\n根据余弦定理，有：\n$$b^2=a^2+c^2-2ac\\cos B$$\n代入已知条件，得：\n$$b^2=1+c^2-2c\\cos B$$\n再根据余弦定理，有：\n$$\\cos B=\\frac{a^2+c^2-b^2}{2ac}$$\n代入已知条件，得：\n$$\\cos B=\\frac{1+c^2-b^2}{2c}$$\n由于 $\\sin^2 A=1-\\cos^2 A$，代入已知条件，得：\n$$\\sin^2 A=1-\\frac{16}{25}=\\frac{9}{25}$$\n因为 $0^\\circ<A<180^\\circ$，所以 $\\sin A>0$，即 $\\sin A=\\frac{3}{5}$。同理，$\\sin C=\\frac{12}{13}$。\n根据正弦定理，有：\n$$\\frac{b}{\\sin B}=\\frac{a}{\\sin A}=\\frac{c}{\\sin C}$$\n代入已知条件，得：\n$$\\frac{b}{\\sqrt{1-\\cos^2 B}}=\\frac{1}{\\frac{3}{5}}=\\frac{c}{\\frac{12}{13}}$$\n化简得：\n$$b=\\frac{5\\sqrt{13}}{12}\\sqrt{1+c^2-b^2}$$\n将前面推导的式子代入，得：\n$$b=\\frac{5\\sqrt{13}}{12}\\sqrt{2c\\cos B-1}$$\n代入已知条件，得：\n$$b=\\frac{5\\sqrt{13}}{12}\\sqrt{2c\\left(\\frac{1+c^2-b^2}{2c}\\right)-1}$$\n化简得：\n$$b=\\frac{5}{12}\\sqrt{26c^2-24b^2}$$\n将 $b^2=1+c^2-2c\\cos B$ 代入，得：\n$$b=\\frac{5}{12}\\sqrt{26c^2-24(1+c^2-2c\\cos B)}$$\n代入已知条件，得：\n$$b=\\frac{5}{12}\\sqrt{2c^2+48c-24}$$\n因为 $a=1$，所以 $c=\\frac{b^2+1-1}{2b}=\\frac{b}{2}+\\frac{1}{2b}$。代入上式，得：\n$$b=\\frac{5}{12}\\sqrt{b^2+24b+16+\\frac{25}{b^2}}$$\n令 $t=b+\\frac{12}{b}$，则 $b^2+24b+16+\\frac{25}{b^2}=t^2$。代入上式，得：\n$$t=\\frac{5}{2}\\sqrt{2}$$\n因为 $t=b+\\frac{12}{b}>0$，所以 $b>0$。因此，$b=t-\\frac{12}{b}=\\frac{5}{2}\\sqrt{2}-\\frac{6}{\\sqrt{2}}=\\frac{7\\sqrt{2}}{2}$。\n【答案】$b=\\frac{7\\sqrt{2}}{2}$。",
    ),
    (
        (35, "2016", 5, False, "1 和 3"),
        "【解析】\n设甲、乙、丙三人分别取到的卡片上的数字为 $a, b, c$，则有以下三个条件：\n1. $a \\neq b$，且 $a$ 与 $b$ 中有一个数字为 1。\n2. $b \\neq c$，且 $b$ 与 $c$ 中有一个数字为 1。\n3. $a+b \\neq 5$。\n\n由条件 1 可知，$a$ 和 $b$ 中必有一个为 1，不妨设 $a=1$。则由条件 3 可知，$b$ 只能为 3。由条件 2 可知，$b$ 和 $c$ 中必有一个为 1，不妨设 $c=2$。则甲的卡片上的数字为 $a=1$。\n\n因此，甲的卡片上的数字是 $\\boxed{1}$。\n\n【答案】$1$",
    ),
    (
        (36, "2016", 5, False, "$\\frac{\\pi}{3}$."),
        "【解析】\n设函数 $y=\\sin x-\\sqrt{3} \\cos x$ 的图象向右平移 $a$ 个单位长度后得到函数 $y=2 \\sin(x-a)$ 的图象，其中 $a$ 为正实数。\n则有：\n$$\n\\begin{aligned} y &=\\sin x-\\sqrt{3} \\cos x \\\\ &=2 \\sin \\left(x-\\frac{\\pi}{3}\\right) \\cdot \\frac{1}{2} \\\\ &=2 \\sin \\left(x-\\frac{\\pi}{3}+a\\right) \\cdot \\frac{1}{2} \\\\ &=\\sin \\left(x-a-\\frac{\\pi}{6}\\right) \\end{aligned}\n$$\n由此可知，函数 $y=\\sin x-\\sqrt{3} \\cos x$ 的图象向右平移 $\\frac{\\pi}{6}$ 个单位长度后，可以得到函数 $y=2 \\sin x$ 的图象。\n\n【答案】向右平移 $\\frac{\\pi}{6}$ 个单位长度。",
    ),
    (
        (37, "2016", 5, False, "4 ."),
        "【解析】\n首先，将直线 $I$ 的式子变形为 $y=\\frac{1}{\\sqrt{3}}x+\\frac{6}{\\sqrt{3}}$，然后将其代入圆的方程，得到一个关于 $x$ 的二次方程：\n$$x^{2}+\\left(\\frac{1}{\\sqrt{3}}x+\\frac{6}{\\sqrt{3}}\\right)^{2}=12$$\n化简得到：\n$$4x^{2}-24x+24=0$$\n解得 $x=3\\pm\\sqrt{3}$，代入直线方程得到 $y=3\\sqrt{3}\\mp3$，因此 $A(3+\\sqrt{3},3\\sqrt{3}-3)$，$B(3-\\sqrt{3},-3-3\\sqrt{3})$。\n\n接下来，求出 $AB$ 的中点 $O$，即 $O\\left(3,-\\sqrt{3}\\right)$。因为 $AB$ 的斜率为 $-\\sqrt{3}$，所以 $OC$ 的斜率为 $\\frac{1}{\\sqrt{3}}$，$OD$ 的斜率为 $-\\frac{1}{\\sqrt{3}}$。因此，$C$ 的坐标为 $\\left(3+\\sqrt{3},\\frac{9}{\\sqrt{3}}\\right)=\\left(3+\\sqrt{3},3\\sqrt{3}\\right)$，$D$ 的坐标为 $\\left(3-\\sqrt{3},-\\frac{9}{\\sqrt{3}}\\right)=\\left(3-\\sqrt{3},-3\\sqrt{3}\\right)$。\n\n最后，计算 $CD$ 的长度：\n$$|CD|=\\sqrt{(3+\\sqrt{3}-(3-\\sqrt{3}))^{2}+(3\\sqrt{3}-(-3\\sqrt{3}))^{2}}=\\sqrt{48}=4\\sqrt{3}$$\n\n【答案】$4\\sqrt{3}$<eoa>",
    ),
    (
        (38, "2016", 5, False, "$y=2 x$."),
        "【解析】\n由题意可得，$f(x)$ 是偶函数，即 $f(-x)=f(x)$，因此在 $x>0$ 时，$f(x)=f(-x)$，即 $e^{-x-1}-x=e^{x-1}-x$，解得 $e^{-x-1}=e^{x-1}$，即 $x=0$。因此，$f(x)$ 在 $x=0$ 处取到最小值。\n\n又因为 $f(x)$ 在 $x \\leqslant 0$ 时单调递减，因此 $f(1)>f(0)$，即曲线 $y=f(x)$ 在点 $(1,2)$ 处的切线方程的斜率为 $f'(0)$。\n\n由题意可得，$f(x)=e^{-x-1}-x$，因此 $f'(x)=-e^{-x-1}-1$，于是 $f'(0)=-e^{-1}-1$。\n\n因此，曲线 $y=f(x)$ 在点 $(1,2)$ 处的切线方程为 $y-2=(-e^{-1}-1)(x-1)$，即 $y=-e^{-1}x+e^{-1}+2$。\n\n【答案】$y=-e^{-1}x+e^{-1}+2$<eoa>",
    ),
    (
        (39, "2017", 5, False, "7"),
        "【解析】\n向量 $\\vec{a}+\\vec{b}$ 与 $\\vec{a}$ 垂直，说明它们的点积为 $0$，即 $(\\vec{a}+\\vec{b})\\cdot\\vec{a}=0$。根据向量的点积公式，有：\n$$(\\vec{a}+\\vec{b})\\cdot\\vec{a}=\\vec{a}\\cdot\\vec{a}+\\vec{b}\\cdot\\vec{a}=|\\vec{a}|^2+\\vec{b}\\cdot\\vec{a}=0$$\n其中 $|\\vec{a}|$ 表示向量 $\\vec{a}$ 的模长。代入 $\\vec{a}=(-1,2)$，得到：\n$$5+\\vec{b}\\cdot(-1,2)=0$$\n化简得到：\n$$\\vec{b}\\cdot(-1,2)=-5$$\n即 $-m+4=-5$，解得 $m=\\boxed{9}$。\n\n【答案】$m=9$<eoa>",
    ),
    (
        (40, "2017", 5, True, "$x-y+1=0$"),
        "【解析】\n求切线方程需要用到导数的概念，首先求出曲线的导数：\n$$y'=2x-\\frac{1}{x^2}$$\n将点 $(1,2)$ 带入导数式中，得到：\n$$y'(1)=2\\cdot1-\\frac{1}{1^2}=1$$\n所以在点 $(1,2)$ 处的切线斜率为 $1$，接下来可以利用点斜式求出切线方程：\n$$y-2=1(x-1)$$\n化简得到：\n$$y=x+1$$\n因此，在点 $(1,2)$ 处的切线方程为 $y=x+1$。\n\n【答案】$y=x+1$<eoa>",
    ),
    (
        (41, "2017", 5, True, "$\\frac{3 \\sqrt{10}}{10}$"),
        "【解析】\n由于 $\\tan \\alpha=2$，可以得到 $\\sin \\alpha=\\frac{2}{\\sqrt{5}}, \\cos \\alpha=\\frac{1}{\\sqrt{5}}$。\n\n利用 $\\cos(\\alpha-\\beta)=\\cos \\alpha \\cos \\beta+\\sin \\alpha \\sin \\beta$，其中 $\\beta=\\frac{\\pi}{4}$，代入上面的式子，得到：\n\n$$\\cos \\left(\\alpha-\\frac{\\pi}{4}\\right)=\\cos \\alpha \\cos \\frac{\\pi}{4}+\\sin \\alpha \\sin \\frac{\\pi}{4}=\\frac{1}{\\sqrt{10}}+\\frac{2}{\\sqrt{10}}=\\frac{3}{\\sqrt{10}}$$\n\n【答案】$\\frac{3}{\\sqrt{10}}$",
    ),
    (
        (42, "2017", 5, True, "$\\sqrt{5}$"),
        "【解析】\n对于函数 $f(x)=2 \\cos x+\\sin x$，我们可以利用三角函数的性质来求它的最大值。\n\n首先，我们可以将 $f(x)$ 转化为如下形式：\n\n$$\nf(x)=\\sqrt{5} \\cdot \\left(\\frac{2}{\\sqrt{5}} \\cos x+\\frac{1}{\\sqrt{5}} \\sin x\\right)\n$$\n\n然后，我们可以发现 $\\frac{2}{\\sqrt{5}}$ 和 $\\frac{1}{\\sqrt{5}}$ 分别是 $\\cos x$ 和 $\\sin x$ 的系数，而它们的平方和为 $1$，因此我们可以将 $\\frac{2}{\\sqrt{5}}$ 和 $\\frac{1}{\\sqrt{5}}$ 看作是一个单位向量 $(\\frac{2}{\\sqrt{5}},\\frac{1}{\\sqrt{5}})$ 在平面直角坐标系中的坐标。\n\n因此，我们可以将 $f(x)$ 看作是一个单位向量 $(\\frac{2}{\\sqrt{5}},\\frac{1}{\\sqrt{5}})$ 在 $x$ 轴正半轴上的投影长度，即：\n\n$$\nf(x)=\\sqrt{5} \\cdot \\left(\\frac{2}{\\sqrt{5}} \\cos x+\\frac{1}{\\sqrt{5}} \\sin x\\right)=\\sqrt{5} \\cdot \\cos \\theta\n$$\n\n其中 $\\theta$ 是向量 $(\\frac{2}{\\sqrt{5}},\\frac{1}{\\sqrt{5}})$ 与 $x$ 轴正半轴的夹角。\n\n显然，$\\theta$ 的取值范围是 $0 \\leq \\theta \\leq \\frac{\\pi}{2}$，因此 $f(x)$ 的最大值就是 $\\sqrt{5}$。\n\n【答案】最大值为 $\\sqrt{5}$。",
    ),
    (
        (43, "2017", 5, False, "12"),
        "【解析】\n由题可知，函数 $f(x)$ 是定义在 $R$ 上的奇函数，即 $f(-x)=-f(x)$，因此可以得到当 $x \\in(0,+\\infty)$ 时，$f(x)=-2x^3-x^2$。\n\n由于 $f(x)$ 是奇函数，因此当 $x \\in(-\\infty, 0)$ 时，$f(x)=-f(-x)=-(-2(-x)^3-(-x)^2)=2x^3-x^2$。\n\n因此，当 $x=2$ 时，$f(x)=2\\times2^3-2^2=24-4=20$。\n\n【答案】$f(2)=20$<eoa>",
    ),
    (
        (44, "2017", 5, False, "$14 \\pi$"),
        "【解析】\n设球 $\\mathrm{O}$ 的半径为 $r$，则球面积为 $4\\pi r^2$。\n连接长方体相邻顶点和球心 $\\mathrm{O}$，则得到 $6$ 条棱长为 $r$ 的直角三角形。设其中一条直角边为 $1$，则另一条直角边为 $\\sqrt{3^2+2^2+1^2}= \\sqrt{14}$。根据勾股定理，可得球半径 $r=\\frac{\\sqrt{14}}{2}$。\n因此，球面积为 $4\\pi r^2=2\\pi 14$。\n【答案】$28\\pi$<eoa>",
    ),
    (
        (45, "2017", 5, False, "$\\frac{\\pi}{3}$"),
        "【解析】根据余弦定理，有\n$$\n\\begin{aligned}\n2b\\cos B&=a\\cos C+\\cos A\\\\\n2b\\cos B&=a\\frac{b^2+c^2-a^2}{2bc}+\\frac{b^2+a^2-c^2}{2ab}\\\\\n4b^2\\cos B&=a^2b^2+c^2a^2-a^4+b^2a^2+a^2c^2-c^2b^2\\\\\n4b^2\\cos B&=2a^2b^2+2a^2c^2-2a^4\\\\\n2b^2\\cos B&=a^2b^2+a^2c^2-a^4\\\\\n2b^2\\cos B&=(a^2-b^2+c^2)(a^2+b^2-c^2)\\\\\n\\end{aligned}\n$$\n由于 $B$ 是 $\\triangle ABC$ 的内角，所以 $0<B<180^\\circ$，因此 $\\cos B>0$。又因为 $a,b,c$ 是 $\\triangle ABC$ 的三边，所以 $a,b,c>0$。因此，上式两边同时除以 $2b^2$，得到\n$$\n\\cos B=\\frac{(a^2-b^2+c^2)(a^2+b^2-c^2)}{2a^2b^2}\n$$\n根据余弦定理，有\n$$\n\\cos B=\\frac{a^2+c^2-b^2}{2ac}\n$$\n因此，有\n$$\n\\begin{aligned}\n\\frac{(a^2-b^2+c^2)(a^2+b^2-c^2)}{2a^2b^2}&=\\frac{a^2+c^2-b^2}{2ac}\\\\\n(a^2-b^2+c^2)(a^2+b^2-c^2)&=a^3b^2+a^2c^3-a^4b\\\\\na^4-b^4+c^4&=a^3b^2+a^2c^3-a^4b\\\\\na^4+a^2b^2+c^4&=a^3b^2+a^2c^3+b^4\\\\\n(a^2-b^2+c^2)^2&=(a^2+b^2-c^2)^2\\\\\na^4-2a^2b^2+b^4+2a^2c^2-2b^2c^2+c^4&=a^4+2b^4+c^4-2a^2b^2-2a^2c^2+2b^2c^2\\\\\n4a^2b^2&=2b^4+2a^2c^2-2b^2c^2\\\\\n2a^2&=b^2+c^2\\\\\n\\end{aligned}\n$$\n因此，$\\triangle ABC$ 是直角三角形，且直角在 $\\angle C$。因此，$B=90^\\circ-C$。代入 $\\cos B=\\frac{a^2+c^2-b^2}{2ac}$，得到\n$$\n\\cos B=\\frac{a^2+c^2-b^2}{2ac}=\\frac{a^2+c^2-a^2-c^2}{2ac}=-\\frac{1}{2}\n$$\n因此，$B=120^\\circ$ 或 $B=240^\\circ$。但由于 $0<B<180^\\circ$，所以 $B=120^\\circ$。\n\n【答案】$B=120^\\circ$",
    ),
    (
        (46, "2017", 5, True, "2 ."),
        "【解析】\n由向量垂直的性质可得：\n$$\\vec{a} \\cdot \\vec{b}=0$$\n$$(-2,3) \\cdot (3,m)=0$$\n$$-6+3m=0$$\n解得 $m=2$。\n\n【答案】$2$<eoa>",
    ),
    (
        (47, "2017", 5, False, "5 ."),
        "【解析】\n双曲线的标准方程为 $\\frac{x^{2}}{a^{2}}-\\frac{y^{2}}{b^{2}}=1$，其中 $a>0$，$b>0$。由于渐近线方程为 $y=\\frac{3}{5} x$，因此当 $x$ 趋近于无穷大时，$y$ 也趋近于无穷大，即双曲线的渐近线为直线 $y=\\frac{3}{5} x$。\n\n双曲线的渐近线方程为 $\\frac{y}{x}=\\pm\\frac{b}{a}$，其中正负号取决于双曲线的开口方向。由于双曲线的开口方向为左右，因此渐近线方程为 $\\frac{y}{x}=\\pm\\frac{b}{a}$。又因为渐近线方程为 $y=\\frac{3}{5} x$，因此有 $\\frac{y}{x}=\\frac{3}{5}$。将两个式子联立，得到 $\\frac{3}{5}=\\pm\\frac{b}{a}$。\n\n当 $\\frac{y}{x}=\\frac{b}{a}$ 时，双曲线的左右两支分别趋近于直线 $y=\\frac{b}{a} x$ 和 $y=-\\frac{b}{a} x$。由于渐近线为直线 $y=\\frac{3}{5} x$，因此应有 $\\frac{b}{a}=\\frac{3}{5}$。\n\n代入 $\\frac{3}{5}=\\pm\\frac{b}{a}$ 中，得到 $a=\\frac{5b}{3}=5\\times\\frac{3}{5}=3$。\n\n【答案】$a=3$。",
    ),
    (
        (48, "2017", 5, False, "$75^{\\circ}$."),
        "【解析】\n根据正弦定理有：\n$$\\frac{a}{\\sin A}=\\frac{b}{\\sin B}=\\frac{c}{\\sin C}$$\n代入已知条件得：\n$$\\frac{a}{\\sin A}=\\frac{\\sqrt{6}}{\\sin B}=6$$\n又因为 $C=60^{\\circ}$，所以 $\\sin C=\\frac{\\sqrt{3}}{2}$，代入可得：\n$$\\frac{a}{\\sin A}=\\frac{\\sqrt{6}}{\\sin B}=\\frac{6}{\\frac{\\sqrt{3}}{2}}=4\\sqrt{3}$$\n因此，$\\frac{a}{\\sin A}=4\\sqrt{3}$，解得 $\\sin A=\\frac{a}{4\\sqrt{3}}$。又因为 $A$ 是锐角，所以 $\\sin A>0$，得到 $a>0$。\n根据余弦定理有：\n$$c^2=a^2+b^2-2ab\\cos C$$\n代入已知条件得：\n$$9=a^2+6-2a\\sqrt{6}\\cdot\\frac{1}{2}$$\n化简得：\n$$a^2-a\\sqrt{6}+3=0$$\n解得：\n$$a=\\frac{\\sqrt{6}\\pm\\sqrt{2}}{2}$$\n因为 $A$ 是锐角，所以 $a<b$，因此 $a=\\frac{\\sqrt{6}-\\sqrt{2}}{2}$。\n最后，根据正弦定理有：\n$$\\frac{a}{\\sin A}=4\\sqrt{3}$$\n代入已知条件得：\n$$\\sin A=\\frac{\\sqrt{6}}{8}$$\n因为 $A$ 是锐角，所以 $A=\\arcsin\\frac{\\sqrt{6}}{8}$。\n【答案】$A=\\arcsin\\frac{\\sqrt{6}}{8}$<eoa>",
    ),
    (
        (49, "2017", 5, False, "$\\left(-\\frac{1}{4},+\\infty\\right)$."),
        "【解析】\n当 $x \\leqslant 0$ 时，$x-\\frac{1}{2} \\leqslant -\\frac{1}{2}$，因此 $f(x-\\frac{1}{2})=x-\\frac{1}{2}+1$。\n当 $x>0$ 时，$x-\\frac{1}{2}>\\frac{1}{2}$，因此 $f(x-\\frac{1}{2})=2^{x-\\frac{1}{2}}$。\n因此，$f(x)+f\\left(x-\\frac{1}{2}\\right)=\\left\\{\\begin{array}{ll}2x+\\frac{1}{2}, & x \\leqslant 0 \\\\ 2^{x}+2^{x-\\frac{1}{2}}, & x>0\\end{array}\\right.$\n\n当 $x \\leqslant 0$ 时，$2x+\\frac{1}{2}>1$，即 $x>\\frac{1}{4}$。\n当 $x>0$ 时，$2^{x}+2^{x-\\frac{1}{2}}>1$，即 $x>\\frac{1}{2}$。\n\n综上所述，满足 $f(x)+f\\left(x-\\frac{1}{2}\\right)>1$ 的 $x$ 的取值范围为 $\\left(\\frac{1}{4},+\\infty\\right)$。\n\n【答案】$\\left(\\frac{1}{4},+\\infty\\right)$<eoa>",
    ),
    (
        (50, "2018", 5, True, "-7"),
        "【解析】\n由题意得：$f(3)=\\log _{2}\\left(3^{2}+a\\right)=1$\n即：$3^{2}+a=2^{1}=2$\n解得：$a=-7$\n\n【答案】$a=-7$<eoa>",
    ),
    (
        (51, "2018", 5, True, "$2 \\sqrt{2}$"),
        "【解析】\n将直线 $y=x+1$ 代入圆的方程，得到 $x^2+(x+1)^2+2(x+1)-3=0$，即 $2x^2+4x=0$，解得 $x=0$ 或 $x=-2$。\n当 $x=0$ 时，$y=1$，即点 $A$ 的坐标为 $(0,1)$；\n当 $x=-2$ 时，$y=-1$，即点 $B$ 的坐标为 $(-2,-1)$。\n因此，$|AB|=\\sqrt{(0-(-2))^2+(1-(-1))^2}=\\sqrt{4+4}=2\\sqrt{2}$。\n\n【答案】$2\\sqrt{2}$<eoa>",
    ),
    (
        (52, "2018", 5, False, "$\\frac{2 \\sqrt{3}}{3}$"),
        "【解析】\n根据正弦定理，有\n$$\n\\frac{a}{\\sin A}=\\frac{b}{\\sin B}=\\frac{c}{\\sin C}=2R,\n$$\n其中 $R$ 为 $\\triangle ABC$ 的外接圆半径。\n\n将 $b \\sin C+c \\sin B=4 a \\sin B \\sin C$ 两边同时除以 $2R$，得\n$$\n\\frac{b}{2R} \\sin C+\\frac{c}{2R} \\sin B=2\\sin B \\sin C.\n$$\n由于 $\\sin B=\\frac{b}{2R}, \\sin C=\\frac{c}{2R}$，代入上式，得\n$$\nb^{2}+c^{2}-2bc\\cos A=8R^{2}\\sin^{2}A.\n$$\n再根据余弦定理，有\n$$\na^{2}=b^{2}+c^{2}-2bc\\cos A,\n$$\n代入上式，得\n$$\na^{2}=8R^{2}\\sin^{2}A.\n$$\n由于 $\\triangle ABC$ 的面积为 $\\frac{1}{2}ab\\sin C=\\frac{1}{2}ac\\sin B=\\frac{1}{2}bc\\sin A=2R^{2}\\sin A\\sin B\\sin C$，代入已知条件，得\n$$\n\\begin{aligned}\n\\text{面积}&=\\frac{1}{2}bc\\sin A \\\\\n&=2R^{2}\\sin A\\sin B\\sin C \\\\\n&=\\frac{a^{2}}{8}\\sin A \\\\\n&=\\frac{a^{2}}{8}\\cdot\\frac{a}{2R} \\\\\n&=\\frac{a^{3}}{16R}.\n\\end{aligned}\n$$\n因此，只需求出 $a$ 和 $R$ 即可求得 $\\triangle ABC$ 的面积。\n\n由 $b^{2}+c^{2}-a^{2}=8$，可得\n$$\na^{2}=b^{2}+c^{2}-8=2R^{2}(1-\\cos A).\n$$\n再根据余弦定理，有\n$$\n\\cos A=\\frac{b^{2}+c^{2}-a^{2}}{2bc}=\\frac{4-a^{2}}{2bc}.\n$$\n代入上式，得\n$$\na^{2}=2R^{2}\\left(1-\\frac{4-a^{2}}{2bc}\\right)=2R^{2}\\cdot\\frac{a^{2}}{bc}.\n$$\n化简得\n$$\na^{4}=4R^{2}bc.\n$$\n因此，\n$$\n\\text{面积}=\\frac{a^{3}}{16R}=\\frac{a}{16}\\cdot\\frac{a^{3}}{R}=\\frac{a}{16}\\cdot\\frac{2R^{2}bc}{R}=\\frac{abc}{8}.\n$$\n\n【答案】$\\frac{abc}{8}$.",
    ),
    (
        (53, "2018", 5, True, "$y=2 x-2$"),
        "【解析】\n曲线 $y=2 \\ln x$ 的导数为 $y'=\\frac{2}{x}$，在点 $(1,0)$ 处的导数为 $y'=2$。\n切线的斜率等于导数，所以切线的斜率为 $2$，切线过点 $(1,0)$，所以切线方程为 $y-0=2(x-1)$，即 $y=2x-2$。\n【答案】切线方程为 $y=2x-2$。",
    ),
    (
        (54, "2018", 5, False, "$\\frac{3}{2}$"),
        "【解析】\n根据 $\\tan(\\alpha-\\beta)$ 的公式，有：\n$$\\tan\\left(\\alpha-\\frac{5\\pi}{4}\\right)=\\frac{\\tan\\alpha-\\tan\\frac{5\\pi}{4}}{1+\\tan\\alpha\\tan\\frac{5\\pi}{4}}$$\n因为 $\\tan\\frac{5\\pi}{4}=-1$，代入已知条件，得到：\n$$\\frac{\\tan\\alpha+1}{\\tan\\alpha-1/5}=5$$\n移项整理，得到：\n$$\\tan\\alpha=\\frac{26}{3}$$\n【答案】$\\tan\\alpha=\\frac{26}{3}$<eoa>",
    ),
    (
        (55, "2018", 5, False, "$8 \\pi$"),
        "【解析】\n设圆锥底面半径为 $r$，母线长度为 $l$，则 $SA=SB=\\frac{l}{\\sqrt{2}}$，$\\angle SAB=30^\\circ$，$\\triangle SAB$ 的面积为 $8$，则有\n$$\n\\frac{1}{2}\\times SA \\times SB \\times \\sin \\angle SAB=8\n$$\n即\n$$\n\\frac{1}{2}\\times \\frac{l^2}{2} \\times \\frac{1}{2}=8\n$$\n解得 $l=4\\sqrt{2}$。\n\n圆锥的体积为\n$$\nV=\\frac{1}{3}\\times \\pi r^2 \\times l\n$$\n由勾股定理可得 $r=\\frac{l}{2}=\\frac{4\\sqrt{2}}{2}=2\\sqrt{2}$，因此\n$$\nV=\\frac{1}{3}\\times \\pi \\times (2\\sqrt{2})^2 \\times 4\\sqrt{2}=\\frac{32}{3}\\pi\n$$\n\n【答案】$\\frac{32}{3}\\pi$<eoa>",
    ),
    (
        (56, "2018", 5, False, "$\\frac{1}{2}$."),
        "【解析】\n由题意，$\\vec{c}$ 与 $2 \\vec{a}+\\vec{b}$ 平行，即存在实数 $k$ 使得 $\\vec{c}=k(2 \\vec{a}+\\vec{b})$。即：\n$$\n\\begin{cases}\nc_1=2ka_1+k b_1 \\\\\nc_2=2ka_2+k b_2\n\\end{cases}\n$$\n代入 $\\vec{a}$，$\\vec{b}$，$\\vec{c}$ 的分量，得到：\n$$\n\\begin{cases}\n1=4k+2k \\\\\n\\lambda=4k-2k\n\\end{cases}\n$$\n解得 $k=\\frac{1}{6}$，$\\lambda=\\frac{1}{3}$。\n\n【答案】$\\lambda=\\frac{1}{3}$。<eoa>",
    ),
    (
        (57, "2018", 5, True, "分层抽样."),
        "【解析】由于不同年龄段客户对其服务的评价有较大差异，因此可以采用分层抽样的方法，将客户按照年龄段分成若干层，然后在每一层中进行简单随机抽样或系统抽样，以保证每一层的客户都有代表性地参与调查，从而得到更准确的评价结果。\n\n【答案】分层抽样。",
    ),
    (
        (58, "2018", 5, False, "-2 ."),
        "【解析】\n根据题意，有 $f(a)=\\ln \\left(\\sqrt{1+a^{2}}-a\\right)+1=4$，则 $\\ln \\left(\\sqrt{1+a^{2}}-a\\right)=3$，两边同时取 $e$ 的幂次方，得到 $\\sqrt{1+a^{2}}-a=e^{3}$。\n\n又因为 $\\sqrt{1+(-a)^{2}}-(-a)=\\sqrt{1+a^{2}}+a$，所以 $f(-a)=\\ln \\left(\\sqrt{1+a^{2}}+a\\right)+1$。\n\n将 $\\sqrt{1+a^{2}}-a=e^{3}$ 代入，得到 $\\sqrt{1+a^{2}}=a+e^{3}$，所以 $\\sqrt{1+a^{2}}+a=2a+e^{3}$。\n\n因此，$f(-a)=\\ln \\left(\\sqrt{1+a^{2}}+a\\right)+1=\\ln (2a+e^{3})+1$。\n\n【答案】$\\ln (2a+e^{3})+1$<eoa>",
    ),
    (
        (59, "2019", 5, False, "$3 x-y=0$."),
        "【解析】\n求曲线 $y=3\\left(x^{2}+x\\right) \\mathrm{e}^{x}$ 在点 $(0,0)$ 处的切线方程，需要用到导数的概念。\n\n首先求出该函数的导数：\n$$\ny'=3\\left[(2x+1)x+x^{2}+x\\right] \\mathrm{e}^{x}=3(3x^{2}+3x) \\mathrm{e}^{x}=9x(x+1) \\mathrm{e}^{x}\n$$\n\n然后代入 $x=0$，得到 $y'(0)=0$。\n\n因此，曲线 $y=3\\left(x^{2}+x\\right) \\mathrm{e}^{x}$ 在点 $(0,0)$ 处的切线斜率为 $y'(0)=0$。\n\n再根据切线的定义，切线过点 $(0,0)$，所以切线方程为 $y=0$。\n\n【答案】切线方程为 $y=0$。",
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
        f"GAOKAO Math II fill-in #{i} ({year}), gpt-3.5-turbo run 2: teacher score "
        f"{full if ok else 0}/{full}",
    )
    for (i, year, full, ok, gold), pred in _ROWS
]

r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "a", part 1: ChatGPT (30 January 2023), folder ``dataset_30jan``; part 2 (9 January 2023 ChatGPT, ``dataset_9jan``) is equiv_fresh14_a2.py, part 3 (GPT-4, ``miniGHOSTS_gpt4``) is equiv_fresh14_a3.py).

Real model outputs with human grades, kept in a GitHub repository: friederrr/GHOSTS @
680da88564708d57dac1041f7add6be45f0a4bc5 (2023-07-20), the data of "Mathematical Capabilities of
ChatGPT" (Frieder et al., arXiv:2301.13867). Working mathematicians rated each model answer to a
prompt on a 1-5 scale (as the paper describes it: 1 = query not understood, 2 = understood but the
answer entirely wrong, 3 = partially correct, 4 = mostly correct, 5 = completely correct), with
error codes and a
free-text ``comment``; for the MATH subsets the ``comment`` holds the official MATH solution (and
sometimes the rater's note). The ratings are human verdicts, not an automatic grader's. License:
the README says everything the authors created is CC BY-NC 4.0 (the MATH problems and solutions
are MIT, from hendrycks/math); the rows are quoted as evaluation data, with attribution.

Each case: ``gold`` is the content of the last ``\boxed{...}`` of the official solution in the
row's ``comment`` (as written there, e.g. ``34,\!650``, ``\frac14``, ``90^\circ``); ``pred`` is the
whole ``output`` of the model exactly as stored (``wrap`` False: free prose, often with no box and
no final-answer marker); ``expected`` is True for rating 5 and False for ratings 1 and 2.

Sampling rule (fixed before any case was transcribed): every row of the four MATH files
(Algebra, Counting and Probability, Prealgebra, Precalculus) of the folder (each file has at most
50 rows, under the 60-row cap), in file order. Left out by rule: rows rated 3 or 4 (partially /
mostly correct: the rating does not say whether the final answer matches the reference); the
``Symbolic Integration`` files (their reference is a prefix-notation expression in ``ref``, not a
written answer); every other GHOSTS file (proofs, definitions, search questions: no short
reference answer). No case was changed after reading it. Do not tune the judge on these cases.

This module: ChatGPT of 30 January 2023, folder ``dataset_30jan``. 79 cases (56 True, 23 False;
Algebra: 20 True, 12 False; Counting and Probability: 20 True, 4 False; Prealgebra: 10 True, 2 False; Precalculus: 6 True, 5 False); 59 rows rated 3 or 4 left out.

The Prealgebra and Precalculus files of this folder carry no official solution in
``comment`` (empty or a rater's note; one exception, Precalculus row 9): their ``gold`` is taken from the row with the same
``prompt`` (exact string match, every one found, a single boxed answer each) in the same-named
file of ``dataset_9jan`` (22 cases; ``why`` says so).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "friederrr/GHOSTS"
COMMIT = "680da88564708d57dac1041f7add6be45f0a4bc5"
FOLDER = "dataset_30jan"

# ((MATH subject file, row index in the file, human rating, gold), whole model output)
_ROWS: list[tuple[tuple[str, int, str, str], str]] = [
    (
        ("Algebra", 0, "5", "2"),
        "The vertical asymptotes occur when the denominator of the fraction equals zero, since it means that the fraction approaches infinity. The equation $x^2+x-6=0$ can be solved using the quadratic formula or by factoring. Factoring gives $x^2+x-6=(x-2)(x+3)=0$, so $x=2$ and $x=-3$ are the zeros of the denominator and, hence, the vertical asymptotes of the graph.\n\nTherefore, the graph of $y=\\frac{2}{x^2+x-6}$ has two vertical asymptotes.\n",
    ),
    (
        ("Algebra", 3, "5", "10"),
        "The positive difference between $120%$ of 30 and $130%$ of 20 can be calculated as follows:\n\n$120%$ of 30 = $120/100 * 30 = 36$\n\n$130%$ of 20 = $130/100 * 20 = 26$\n\nSo, the positive difference between $120%$ of 30 and $130%$ of 20 is $36 - 26 = 10$.\n\nTherefore, the answer is 10.\n",
    ),
    (
        ("Algebra", 4, "2", "2"),
        "We can substitute $a=5(a-2b)$ into the original equation to obtain\n\n$$\\frac{a+11b}{a-b} = \\frac{5(a-2b) + 11b}{5(a-2b) - b} = \\frac{5a-10b + 11b}{5a-12b} = \\frac{6a-b}{5a-12b}.$$\n",
    ),
    (
        ("Algebra", 5, "2", "(-6, 10)"),
        "To find $A$ and $B,$ we can equate the numerators and denominators of the two sides of the equation.\n\nSetting the numerators equal, we get $4x = A(x-5) + B(x-3),$ so\n\\[4x = Ax - 5A + Bx - 3B.]Matching coefficients, we get\n\\begin{align*}\nA &= 4, \\\\\nB &= 4.\n\\end{align*}Thus, $(A,B) = \\boxed{(4,4)}.$\n",
    ),
    (
        ("Algebra", 6, "5", "100"),
        "The expression $2 * 6$ can be evaluated as $2^6 + 6^2$.\n\n$2^6 = 64$ and $6^2 = 36$, so $2^6 + 6^2 = 64 + 36 = 100$.\n\nTherefore, $2 * 6 = 100$.\n",
    ),
    (
        ("Algebra", 7, "2", "8"),
        "Let's call the first square root expression $x$ and the second square root expression $y$. We have:\n\n$$x + y = 6$$\n$$x = \\sqrt{4 + \\sqrt{16 + 16a}}$$\n$$y = \\sqrt{1 + \\sqrt{1 + a}}$$\n\nSquaring both sides of the equation $x + y = 6$, we get:\n\n$$x^2 + 2xy + y^2 = 36$$\n\nSubstituting the expressions for $x$ and $y$:\n\n$$(\\sqrt{4 + \\sqrt{16 + 16a}})^2 + 2\\sqrt{4 + \\sqrt{16 + 16a}}\\sqrt{1 + \\sqrt{1 + a}} + (\\sqrt{1 + \\sqrt{1 + a}})^2 = 36$$\n\nExpanding the right-hand side:\n\n$$4 + \\sqrt{16 + 16a} + 2\\sqrt{4 + \\sqrt{16 + 16a}}\\sqrt{1 + \\sqrt{1 + a}} + 1 + \\sqrt{1 + a} = 36$$\n\nIsolating the term involving $a$:\n\n$$\\sqrt{16 + 16a} + 2\\sqrt{4 + \\sqrt{16 + 16a}}\\sqrt{1 + \\sqrt{1 + a}} = 31$$\n\nSquaring both sides again:\n\n$$16 + 16a + 8 + 8a + 16a + 8\\sqrt{(16 + 16a)(1 + a)} = 31^2$$\n\nSolving for $a$:\n\n$$24a + 8\\sqrt{(16 + 16a)(1 + a)} = 31^2 - 16 = 961 - 16 = 945$$\n\nLet $z = \\sqrt{16 + 16a}$. Then, $16a = z^2 - 16$, so $24a = z^2 - 16 - 8 = (z - 4)(z + 4)$. We also have $1 + a = (\\sqrt{1 + a})^2$. Substituting these expressions, we get:\n\n$$24a + 8\\sqrt{(16 + 16a)(1 + a)} = (z - 4)(z + 4) + 8z = (z - 4)(z + 4) + 8\\sqrt{z^2} = 945$$\n\nSquaring both sides again:\n\n$$576a + 64(16 + 16a) = (z^2 + 8z + 16)(z^2 - 8z + 16) = 945^2$$\n\nExpanding and solving for $a$ is possible, but it involves a lot of algebraic simplification and manipulation. A numerical method, such as Newton's method, can be used to find an approximate solution for $a$.\n",
    ),
    (
        ("Algebra", 10, "5", "2000"),
        "If a snack-size tin of peaches has $40$ calories and is $2%$ of a person's daily caloric requirement, then $100%$ of a person's daily caloric requirement is $40%/2%=40%/2% \\cdot 40\\text{ calories}=2000$ calories.\n",
    ),
    (
        ("Algebra", 12, "5", "\\frac{25}{8}"),
        "The real numbers $c$ such that $2x^2+5x+c=0$ has at least one real root are those for which the discriminant $b^2 - 4ac$ is nonnegative, where $a=2$, $b=5$ and $c$ is the coefficient of $x^2$. The discriminant of a quadratic equation $ax^2 + bx + c = 0$ is given by $b^2 - 4ac$. Thus, for the given equation, $b^2 - 4ac = 5^2 - 4 \\cdot 2 \\cdot c = 25 - 8c \\ge 0$. Solving for $c$, we find $c \\le \\frac{25}{8}$. Thus, the largest value of $c$ such that $2x^2+5x+c=0$ has at least one real root is $\\boxed{\\frac{25}{8}}$.\n",
    ),
    (
        ("Algebra", 16, "5", "-7"),
        "We have $q(2)=\\frac{6}{2}=3$, so $p(q(2))=p(3)=2-3^2=2-9=-7$.\n",
    ),
    (
        ("Algebra", 18, "5", "\\frac{1}{4}"),
        "The cost of the party in 2007 was $d \\cdot p$ dollars.\n\nIn 2008, the cost per person was $2d$ dollars and the number of people was $2p$, so the cost of the party in 2008 was $2d \\cdot 2p = 4d \\cdot p$ dollars.\n\nThe ratio of the total cost of the party in 2007 to the total cost of the party in 2008 is $d \\cdot p \\div (4d \\cdot p) = \\frac{d}{4d} = \\frac{1}{4}$.\n",
    ),
    (
        ("Algebra", 19, "5", "3"),
        "The line containing the points $(7,4)$ and $(6,3)$ has the equation of the form\n\n$$y = mx + b,$$\n\nwhere $m$ is the slope of the line and $b$ is the y-intercept. We can use the two points to find the slope:\n\n$$m = \\frac{4-3}{7-6} = \\frac{1}{1} = 1.$$\n\nAnd we can use either of the points and the slope to find the y-intercept:\n\n$$b = y - mx = 4 - 7 = -3.$$\n\nThus, the equation of the line is\n\n$$y = x + (-3).$$\n\nThe x-intercept of the line is the point where $y = 0$, so we can substitute $y = 0$ into the equation of the line to find the x-coordinate:\n\n$$0 = x + (-3) \\implies x = 3.$$\n\nSo the $x$-coordinate of the $x$-intercept is $\\boxed{3}$.\n",
    ),
    (("Algebra", 21, "5", "12"), "$(9-4i)-(-3-4i) = 9-4i + 3 + 4i = 12.$\n"),
    (
        ("Algebra", 22, "5", "15"),
        "Let $x$ be the amount of money Lenny has. Then, Larry has $2/5 x$ dollars. The total amount of money they have is $x + 2/5x = 35.0\\text{$}$, so $7/5x = 35.0\\text{$}$.\n\nDividing both sides by $7/5$, we have $x = 25.0\\text{$}$.\n\nLenny has $25.0\\text{$} - 2/5 \\cdot 25.0\\text{$} = 25.0\\text{$} - 10.0\\text{$} = 15.0\\text{$}$ more dollars than Larry.\n",
    ),
    (
        ("Algebra", 23, "5", "\\frac{2}{3}"),
        "First, simplify the numerator and denominator separately:\n\n\\begin{align*}\n2-4+6-8+10-12+14 &= (2-4) + (6-8) + (10-12) + 14 \\\\\n&= -2 + -2 + -2 + 14 \\\\\n&= 8\n\\end{align*}\n\n\\begin{align*}\n3-6+9-12+15-18+21 &= (3-6) + (9-12) + (15-18) + 21 \\\\\n&= -3 + -3 + -3 + 21 \\\\\n&= 12\n\\end{align*}\n\nSo the expression simplifies to:\n\n$$\\frac{2-4+6-8+10-12+14}{3-6+9-12+15-18+21} = \\frac{8}{12} = \\frac{2}{3}.$$\n",
    ),
    (
        ("Algebra", 24, "5", "1"),
        "Given $F(a, b, c, d) = a^b + c ^ d$, we can substitute $a = 4$, $b = b$, $c = 2$, and $d = 3$ into the equation to obtain:\n\n$F(4, b, 2, 3) = 4^b + 2^3$.\n\nSetting this equal to 12, we get:\n\n$4^b + 8 = 12$\n\nSubtracting 8 from both sides, we get:\n\n$4^b = 4$\n\nTaking the logarithm base 4 of both sides, we obtain:\n\n$b = \\log\\_4 4 = 1$\n\nSo, $b = 1$.\n",
    ),
    (
        ("Algebra", 25, "5", "2"),
        "We have $f(-1) = 5(-1) + 3 = -2$.\n\nSo, $g(f(-1)) = g(-2) = (-2)^2 - 2 = 4 - 2 = 2$.\n",
    ),
    (
        ("Algebra", 26, "2", "25"),
        'Let\'s call the number of seats in each row as "x".\n\nWith x seats in each row, the auditorium has 450 / x rows.\n\nWith x - 3 seats in each row and 5 more rows, the auditorium can still seat the same number of people:\n\n450 = (x - 3) * (450 / x + 5)\n\nExpanding the right-hand side and simplifying, we get:\n\n450 = x^2 - 3x + (2250 - 450x)\n\n450 = x^2 - 450x + 2250\n\n0 = x^2 - 450x + 1800\n\nThe above is a quadratic equation, and we can solve it using the quadratic formula:\n\nx = (450 ± √(450^2 - 4 * 1800)) / 2\n\nx = (450 ± √(202500 - 7200)) / 2\n\nx = (450 ± √(195300)) / 2\n\nx = (450 ± 443.73) / 2\n\nSince x is the number of seats in each row and must be an integer, we reject the negative solution and use the positive solution:\n\nx = (450 + 443.73) / 2 ≈ 447\n\nSo each row has 447 seats, and there are 450 / 447 = 15 rows.\n',
    ),
    (
        ("Algebra", 27, "2", "p+q-r"),
        "Expanding both sides of the equation $(x-p)(x-q) = (r-p)(r-q)$, we get:\n\n$x^2 - (p+q)x + pq = r^2 - (p+q)r + pq$\n\nComparing coefficients, we get:\n\n$- (p+q) = - (p+q)$ (coefficient of $x$ on both sides)\n\n$x = r$ (coefficient of $1$ on both sides)\n\nThus, the other solution to the equation is $x = \\frac{p+q}{2}$.\n",
    ),
    (
        ("Algebra", 28, "2", "1"),
        "We can calculate $f(4) = 4^2 - 4 \\cdot 4 - 1 = 7$, which is odd. Therefore, $f(f(4)) = f(7) = 7^2 = 49$. Since $49$ is odd, $f(f(f(f(4)))) = f(49) = 49^2 = 2401$. Finally, $f(f(f(f(f(4))))) = f(2401) = 2401^2 = 5761601$. Therefore, $f(f(f(f(f(f(4)))))) = \\boxed{5761601}$.\n",
    ),
    (
        ("Algebra", 29, "2", "(1,-2)"),
        "The pair $(a,b)$ cannot be determined from the information given. The equation $x^2 + ax + b = 0$ is a quadratic equation with coefficients $a$ and $b$, and it can have real or complex roots depending on the values of $a$ and $b$. The fact that the roots are comments $a$ and $b$ only tells us that they are equal to the roots of the equation, but it doesn't give us specific values for $a$ and $b$.\n",
    ),
    (
        ("Algebra", 31, "2", "1599 \\text{ dollars}"),
        "Simple interest is calculated as the original principal amount multiplied by the interest rate and time, so with a simple interest rate of $6%$, Diana would get $20,!000 \\cdot 6% \\cdot 4 = 4,!800$ dollars in interest over 4 years.\n\nFor the interest rate of $7%$ compounded quarterly, the effective annual rate is $1 + \\frac{7%}{4} = 1.0175$, and Diana would earn $(1 + \\frac{7%}{4})^{4\\cdot4} - 1 = 8,!715.88$ dollars in interest over 4 years.\n\nSo, Diana would get $8,715.88 - 4,!800 = 3,915.88$ dollars more with the better interest rate rounded to the nearest dollar, which is $\\boxed{3,916}$ dollars.\n",
    ),
    (
        ("Algebra", 32, "5", "\\frac{49}{64}"),
        "We can simplify each term using the exponent properties:\n\n$(7b^3)^2 = 7^2 \\cdot b^{3\\cdot 2} = 49 \\cdot b^6$\n\n$(4b^2)^{-3} = (4^{-3}) \\cdot (b^2)^{-3} = \\frac{1}{64} \\cdot \\frac{1}{b^6}$\n\nTherefore, $(7b^3)^2 \\cdot (4b^2)^{-3} = 49 \\cdot b^6 \\cdot \\frac{1}{64} \\cdot \\frac{1}{b^6} = \\frac{49}{64} = \\boxed{\\frac{49}{64}}$.\n",
    ),
    (
        ("Algebra", 34, "2", "x \\in [-2,7]"),
        'We can start by solving for $x^2 - 5x - 4 = 10$ and then finding the solution set of $x^2 - 5x - 4 \\le 10$ by finding the values of $x$ that lie between the two solutions of the equation.\n\nStarting with $x^2 - 5x - 4 = 10$, we can solve for $x$ using the quadratic formula:\n\n$$x = \\frac{-(-5) \\pm \\sqrt{(-5)^2 - 4(1)(-4)}}{2(1)} = \\frac{5 \\pm \\sqrt{25 + 16}}{2} = \\frac{5 \\pm \\sqrt{41}}{2}$$\n\nSince the square root of a real number is always positive, we can simplify the expressions inside the square root:\n\n$$x = \\frac{5 \\pm \\sqrt{41}}{2} = \\frac{5 \\pm 1}{2} = 3, 2$$\n\nThe two solutions, 3 and 2, are the x-intercepts of the parabola $y = x^2 - 5x - 4$, and they split the x-axis into two intervals. The interval between two x-intercepts is called the "real" part of the parabola.\n\nTo find the values of $x$ for which $x^2 - 5x - 4 \\le 10$, we just need to determine which of these intervals contains values of $x$ that satisfy the inequality. Since $x^2 - 5x - 4$ is a parabola that opens upward, the $y$-coordinate of any point on the parabola is greater than the $y$-coordinate of the x-intercepts. Hence, $x^2 - 5x - 4 > 10$ for $x$ between the x-intercepts, and $x^2 - 5x - 4 \\le 10$ for $x$ outside of the x-intercepts.\n\nTherefore, the solution set to the inequality is expressed in interval notation as $(-\\infty, 2] \\cup \\[3, \\infty)$.\n',
    ),
    (
        ("Algebra", 35, "5", "187.5"),
        "To find the number of calories in a 12 fluid ounce bottle of Vitamin Water, we need to determine the number of calories per fluid ounce, and then multiply that by 12.\n\nSince there are 125 calories in an 8 fluid ounce bottle, the number of calories per fluid ounce is 125 / 8 = 15.625.\n\nTherefore, there would be 15.625 * 12 = 187.5 calories in a 12 fluid ounce bottle of Vitamin Water.\n",
    ),
    (
        ("Algebra", 36, "2", "5"),
        "The equation $x^2 + 8x + y^2 - 6y = 0$ is not the equation of a circle in standard form, which is of the form $(x - h)^2 + (y - k)^2 = r^2$. To convert this equation to standard form, we need to complete the square in both $x$ and $y$.\n\nCompleting the square in $x$:\n\n$x^2 + 8x = x^2 + 8x + 64 = (x + 4)^2 - 64$\n\nCompleting the square in $y$:\n\n$y^2 - 6y = y^2 - 6y + 9 = (y - 3)^2 - 9$\n\nSubstituting the above results into the original equation, we get:\n\n$(x + 4)^2 - 64 + (y - 3)^2 - 9 = 0$\n\n$(x + 4)^2 + (y - 3)^2 = 73$\n\nThis is the equation of a circle with center $(-4, 3)$ and radius $\\sqrt{73}$. Thus, the radius of the circle is $\\sqrt{73}$.\n",
    ),
    (
        ("Algebra", 37, "5", "0"),
        "Substitute $a=4$ into the equation $3x + 2y = 12$, we get $3(4) + 2y = 12$, or $12 + 2y = 12$, which gives $2y = 0$. Solving for $y$, we find $y = 0$. So when $a=4$, the value of $b$ is $0$.\n",
    ),
    (
        ("Algebra", 39, "5", "7"),
        "To find the minimum value of $x^2 - 14x + 3$, we can use the vertex form of a parabola, which is given by $y = a(x - h)^2 + k$, where (h, k) is the vertex of the parabola.\n\nWe can rewrite the expression $x^2 - 14x + 3$ in the vertex form by completing the square:\n\n$x^2 - 14x + 3 = (x^2 - 14x + 49) - 46 + 3 = (x - 7)^2 - 43$\n\nTherefore, the vertex of the parabola is at $(7, -43)$, and the minimum value of the expression is $-43$.\n\nSo, the value of $x$ that gives the minimum value for $x^2 - 14x + 3$ is 7.\n",
    ),
    (
        ("Algebra", 40, "5", "4"),
        "If $a = 8$, then $16\\sqrt\\[3]{a^2} = 16\\sqrt\\[3]{8^2} = 16\\cdot 8 = 128$.\nSince $\\left(x^3\\right)^{\\frac13} = x$ for all positive real numbers $x$, the expression becomes $\\left(128\\right)^{\\frac13} = \\boxed{4}$.\n",
    ),
    (
        ("Algebra", 44, "5", "6"),
        "Let's call the son's current age \"x\".\n\nThree years ago, the son's age was x - 3, and the father's age was 5 * (x - 3) + 3.\n\nWe know that the sum of their ages three years ago was 30, so:\n\nx - 3 + 5 * (x - 3) + 3 = 30\n\nExpanding the right-side equation:\n\n6x - 6 = 30\n\nAdding 6 to both sides:\n\n6x = 36\n\nFinally, dividing both sides by 6:\n\nx = 6\n\nSo the son is 6 years old today.\n",
    ),
    (
        ("Algebra", 45, "5", "(15,-11)"),
        "The midpoint of two points $(x\\_1, y\\_1)$ and $(x\\_2, y\\_2)$ is given by the formula:\n\n$\\left(\\frac{x\\_1 + x\\_2}{2}, \\frac{y\\_1 + y\\_2}{2}\\right)$\n\nWe know that the midpoint of the line segment between $(x,y)$ and $(-9,1)$ is $(3,-5)$, so we can use this formula to solve for $(x,y)$:\n\n$\\left(\\frac{x + (-9)}{2}, \\frac{y + 1}{2}\\right) = (3,-5)$\n\nSolving for $x$:\n\n$\\frac{x + (-9)}{2} = 3 \\Rightarrow x + (-9) = 6 \\Rightarrow x = 15$\n\nSolving for $y$:\n\n$\\frac{y + 1}{2} = -5 \\Rightarrow y + 1 = -10 \\Rightarrow y = -11$\n\nTherefore, $(x,y) = (15, -11)$.\n",
    ),
    (
        ("Algebra", 46, "2", "-2"),
        "First, simplify the fractions:\n\n$$\\frac{8^{-1}}{4^{-1}} = \\frac{1/8}{1/4} = \\frac{1/8}{4} \\cdot \\frac{4}{1} = \\frac{1}{32}$$\n\nThen, substitute this expression back into the original equation:\n\n$$\\frac{1}{32} - a^{-1} = 1$$\n\nAdd $a^{-1}$ to both sides:\n\n$$\\frac{1}{32} = 1 + a^{-1}$$\n\nFinally, subtract 1 from both sides:\n\n$$\\frac{1}{32} - 1 = a^{-1}$$\n\nSo $a = \\frac{1}{\\frac{1}{32}-1} = \\frac{1}{-31} = -\\frac{1}{31}$.\n",
    ),
    (
        ("Algebra", 47, "2", "-1"),
        "Let $a$ and $b$ be the roots of the equation $2x^2-7x+2 = 0,$ which means that $a$ and $b$ satisfy the equation. Then, by Vieta's formulas, $a+b = \\frac{7}{2}$ and $ab = \\frac{2}{2} = 1.$\n\nHence, \\begin{align*}\n\\frac{1}{a-1} + \\frac{1}{b-1} &= \\frac{1}{a-1} + \\frac{1}{-a+b+1} \\\\\n&= \\frac{-a+b+1 + a-1}{(a-1)(-a+b+1)} \\\\\n&= \\frac{b+1}{b-1} \\\\\n&= \\frac{b+1}{b-1} \\cdot \\frac{b+1}{b+1} \\\\\n&= \\frac{b^2+2b+1}{b^2-2b+1} \\\\\n&= \\frac{(b+1)^2}{b^2-2b+1} \\\\\n&= \\frac{(a+b)^2}{ab-a-b+1} \\\\\n&= \\frac{(\\frac{7}{2})^2}{\\frac{2}{2}-\\frac{7}{2}+1} \\\\\n&= \\frac{49}{3} \\\\\n&= \\boxed{\\frac{49}{3}}.\n\\end{align*}\n",
    ),
    (
        ("Counting and Probability", 0, "5", "\\frac{10}{11}"),
        "The probability that it will not rain tomorrow is 1 minus the probability that it will rain tomorrow, so the answer is $1 - \\frac{1}{11} = \\frac{10}{11}$.\n",
    ),
    (
        ("Counting and Probability", 5, "2", "1"),
        "The 12 slices of the pizza are split into 5 with pepperoni, 8 with mushrooms, and some with both. So, the number of slices with both is 12 - (5 + 8) = 12 - 13 = -1, which is not possible. This means that all 12 slices have at least one topping, so the five slices with pepperoni also have mushrooms and the eight with mushrooms also have pepperoni. Hence, all 12 slices have both toppings.\n",
    ),
    (
        ("Counting and Probability", 8, "5", "\\frac14"),
        "The probability of both Dan and Freddie winning is equal to the product of their individual probabilities of winning. Since each candidate has a 50% chance of winning, the probability that both Dan and Freddie win is $(0.5)(0.5) = \\frac{1}{4}$.\n",
    ),
    (
        ("Counting and Probability", 13, "5", "12500"),
        "Each of the first three digits of the five-digit zip code must be between 5 and 9, inclusive. There are 5 choices for each of the first three digits, so there are 5 * 5 * 5 = 125 possible combinations of the first three digits.\n\nFor the last two digits, there are 10 choices for each digit, so there are 10 * 10 = 100 possible combinations of the last two digits.\n\nTherefore, there are 125 * 100 = 12,500 five-digit zip codes such that each of the first three digits is greater than 4.\n",
    ),
    (
        ("Counting and Probability", 17, "2", "0"),
        "If the ant starts at a vertex, after 15 steps it will be on the same vertex if and only if it has made an even number of steps in each direction. Since each step must be to an adjacent vertex, the ant must make an even number of steps in total. The number of ways to make 15 steps in total and have an even number of steps in each direction is the number of solutions to the equation $x\\_1 + x\\_2 + x\\_3 = 15$ with nonnegative integer coefficients and $x\\_1, x\\_2, x\\_3$ all even, which is equal to $\\binom{14}{2} = 91$.\n\nTherefore, the probability that the ant is standing on the same vertex after 15 steps is $\\frac{91}{2^{15}}$.\n",
    ),
    (
        ("Counting and Probability", 19, "2", "\\frac{73}{100}"),
        "We need to find the probability that the product of two random integers between 1 and 10 (inclusive) is greater than 10.\n\nFirst, we count the number of ways to pick two integers whose product is greater than 10. This can be done by picking 5 and 2, 6 and 2, 6 and 3, 7 and 2, 7 and 3, 7 and 4, 8 and 2, 8 and 3, 8 and 4, 9 and 3, 9 and 4, 10 and 4, and 10 and 5. This gives us a total of 11 pairs.\n\nNext, we find the total number of ways to pick two integers between 1 and 10 (inclusive). This is simply 10 * 10 = 100.\n\nThe desired probability is then 11/100, which can be expressed as a fraction as 11/100 or as a decimal as 0.11.\n",
    ),
    (
        ("Counting and Probability", 20, "5", "\\frac{1}{50}"),
        "The number of ways to choose 2 students from 25 students is 25 choose 2 = 25! / (23! * 2!) = 300.\nThe number of ways to choose 2 students from the 4 Smith quadruplets is 4 choose 2 = 4! / (2! * 2!) = 6.\nSo, the probability that both representatives will be Smith quadruplets is 6 / 300 = 1/50.\n",
    ),
    (
        ("Counting and Probability", 22, "5", "12"),
        "Since the driver's seat must be occupied by either Bonnie or Carlo, there are 2 possible arrangements for the driver's seat.\n\nFor the front passenger seat, there are 3 options (Ali, Dianna, or Bonnie or Carlo, if they are not driving).\n\nFor the two back seats, there are 2 options for the first seat and 1 option for the second seat, for a total of 2 x 1 = 2 arrangements for the two back seats.\n\nSo, there are 2 x 3 x 2 = 12 possible seating arrangements for all four people.\n",
    ),
    (
        ("Counting and Probability", 24, "5", "34,\\!650"),
        'The number of ways to arrange the letters of the word "MISSISSIPPI" is 11!/(4!4!2!1!).\n',
    ),
    (
        ("Counting and Probability", 26, "5", "\\frac{2}{5}"),
        "There are ${5 \\choose 2} = 10$ pairs of numbers that can be chosen. Of these, exactly four have a sum that is greater than their product: $(1, 5), (2, 5), (3, 5)$, and $(4, 5)$. So, the probability of this event is $\\frac{4}{10} = \\frac{2}{5}$.\n",
    ),
    (
        ("Counting and Probability", 27, "5", "6435"),
        "The following identity is useful: $\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$. Applying this to $n=15$ and $k=7$, we get $\\binom{15}{7} = \\binom{14}{6} + \\binom{14}{7} = \\binom{14}{8} + \\binom{14}{7} = 3003 + 3432 = \\boxed{6435}$.\n",
    ),
    (
        ("Counting and Probability", 28, "5", "9"),
        "The expected value of the sum of the rolls of one eight-sided die is (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8) / 8 = 4.5. Therefore, the expected value of the sum of the rolls of both dice is 2 * 4.5 = 9.\n",
    ),
    (
        ("Counting and Probability", 31, "5", "495"),
        'This is a combination problem, as the order in which you read the books doesn\'t matter. The number of ways to choose 4 books from a set of 12 books is given by the binomial coefficient "12 choose 4", which can be written as C(12, 4) and is equal to 495. So, you have 495 ways to choose which books to read over the next month.\n',
    ),
    (
        ("Counting and Probability", 33, "5", "\\frac{1}{6}"),
        "The probability of rolling the same number on two fair, standard six-faced dice is 1/6.\n",
    ),
    (
        ("Counting and Probability", 34, "5", "50"),
        "An integer is odd if and only if it is not divisible by 2.\nA binomial coefficient $\\binom{n}{k}$ is divisible by 2 if and only if $n$ and $k$ have the same parity (both are odd or both are even).\n\nSince $2 \\le n \\le 100$, $\\binom{n}{2}$ is odd if and only if $n$ is odd.\nThere are $\\left\\lfloor \\frac{100}{2} \\right\\rfloor - \\left\\lfloor \\frac{2}{2} \\right\\rfloor + 1 = 50 - 1 + 1 = 50$ odd numbers between 2 and 100.\n\nTherefore, there are $\\boxed{50}$ integers $n$ where $2 \\le n \\le 100$ such that $\\binom{n}{2}$ is odd.\n",
    ),
    (
        ("Counting and Probability", 40, "5", "\\frac{1}{2}"),
        "There are 8 possible outcomes when flipping a coin three times: heads-heads-heads, heads-heads-tails, heads-tails-heads, heads-tails-tails, tails-heads-heads, tails-heads-tails, tails-tails-heads, and tails-tails-tails.\n\nThe number of outcomes that produce fewer than 2 heads is 4 (tails-tails-tails, tails-tails-heads, tails-heads-tails, heads-tails-tails).\n\nThus, the probability of getting fewer than 2 heads in 3 flips of a fair coin is 4/8 = 1/2.\n",
    ),
    (
        ("Counting and Probability", 41, "5", "380"),
        "The number of ways to choose a president is 20 (there are 20 members). After the president is chosen, there are 19 members left to choose from for the vice-president. So, the total number of ways to choose a president and a vice-president is 20 * 19 = 380.\n",
    ),
    (
        ("Counting and Probability", 42, "5", "7"),
        "There are 7 prime numbers less than 100 with a units digit of 3: 3, 13, 23, 43, 53, 73, and 83.\n",
    ),
    (
        ("Counting and Probability", 44, "5", "6\\frac15"),
        "The expression $\\frac{6!+4!}{5!}$ can be simplified as follows:\n\n$$\\frac{6!+4!}{5!} = \\frac{720 + 24}{120} = \\frac{744}{120} = \\frac{62}{10}$$\n\nSo, $\\frac{6!+4!}{5!} = \\boxed{6\\frac{2}{10}}$.\n",
    ),
    (
        ("Counting and Probability", 45, "5", "28"),
        "$\\dbinom{8}{6} = \\dfrac{8!}{6!2!} = \\dfrac{8\\times 7}{2} = 28$.\n",
    ),
    (
        ("Counting and Probability", 46, "5", "70"),
        'The number of ways the coach can select 4 members from 8 is given by 8 choose 4, which is equal to 70.\n\nThe formula for "n choose k" is given by n!/(k!(n-k)!). In this case, n = 8 and k = 4, so the calculation is:\n\n8!/(4!(8-4)!) = 8!/(4!4!) = (8 * 7 * 6 * 5)/(4 * 3 * 2 * 1) = 70.\n',
    ),
    (
        ("Counting and Probability", 47, "2", "11218"),
        "We have $(5 + 2\\sqrt7)^4 = 5^4 + 4 \\cdot 5^3 \\cdot 2\\sqrt7 + 6 \\cdot 5^2 \\cdot (2\\sqrt7)^2 + 4 \\cdot 5 \\cdot (2\\sqrt7)^3 + (2\\sqrt7)^4$.\nThe terms with $\\sqrt7$ cannot be simplified further and the nearest integer to $(2\\sqrt7)^n$ is $2^n\\sqrt7$. Hence the nearest integer to $(5 + 2\\sqrt7)^4$ is $625 + 4 \\cdot 125 \\cdot 2\\sqrt7 + 6 \\cdot 25 \\cdot 2^2\\sqrt7 + 4 \\cdot 5 \\cdot 2^3\\sqrt7 + 2^4\\sqrt7$. This is an estimation, but the actual answer can only be expressed as a non-repeating decimal or as an expression with $\\sqrt7$.\n",
    ),
    (
        ("Counting and Probability", 48, "5", "31"),
        "There are ${2, 3, 5, 7, 11}$ five prime numbers in the set ${1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}$.\n\nWe can choose any non-empty subset of the primes, which gives us $2^{5}-1 = 31$ possible subsets.\n",
    ),
    (
        ("Counting and Probability", 49, "5", "5"),
        "Expanding the left-hand side of the equation, we have:\n\n$2(n+1)! + 6n! = 2(n+1)(n!) + 6(n!) = (2n + 8)(n!)$.\n\nExpanding the right-hand side of the equation, we have:\n\n$3(n+1)! = 3(n+1)(n!) = (3n + 3)(n!)$.\n\nThus, $2n + 8 = 3n + 3$, so $n = 5$. Hence, the value of $n$ that satisfies the equation is $n = 5$.\n",
    ),
    (
        ("Prealgebra", 0, "5", "18"),
        "In a right triangle, the sum of the angles is 90 degrees, so we have $2x^\\circ + 3x^\\circ = 90^\\circ$, which simplifies to $5x^\\circ = 90^\\circ$. Solving for $x$, we find that $x = \\frac{90}{5} = 18$. Therefore, the value of $x$ is 18 degrees.\n",
    ),
    (
        ("Prealgebra", 1, "2", "\\text{east}"),
        "The figure skater would be facing west after spinning 2250 degrees to her right.\n",
    ),
    (
        ("Prealgebra", 2, "5", "2"),
        "First, we write $72$ as $2^3\\cdot3^2$:\n\n$2^3\\cdot3^x=2^3\\cdot3^2\\Rightarrow 3^x=3^2\\Rightarrow x=\\boxed{2}$.\n",
    ),
    (
        ("Prealgebra", 3, "5", "24"),
        "A number is a multiple of both $6$ and $8$ if it is a multiple of their least common multiple (LCM). The LCM of $6$ and $8$ is $24$, so the smallest positive multiple of $6$ that is also a multiple of $8$ is $24$.\n",
    ),
    (
        ("Prealgebra", 4, "5", "64"),
        "First simplify the expression inside the parentheses: $45 \\div (3 \\times 5) = 45 \\div 15 = 3$. Then substitute this result into the original expression: $92 - 3 - 5^2$. Finally, simplify the exponent: $5^2 = 25$, so the final expression is $92 - 3 - 25 = 64$.\n",
    ),
    (
        ("Prealgebra", 5, "5", "160"),
        "The number of different three-course meals that can be formed is equal to the number of ways to choose one item from each category, which can be calculated using the formula:\n\nnumber of combinations = number of choices for appetizer \\* number of choices for entree \\* number of choices for dessert\n\nTherefore, the number of different three-course meals = 5 \\* 8 \\* 4 = 160.\n",
    ),
    (
        ("Prealgebra", 6, "5", "90^\\circ"),
        "The sum of the central angles $a$, $b$, $c$, and $d$ is equal to 360 degrees. Letting $x$ be the measure of angle $d$, we have $a = \\frac{360}{3}$, $b = \\frac{360}{4}$, and $c = \\frac{360}{6}$ degrees, so $x = 360 - a - b - c = 360 - \\frac{360}{3} - \\frac{360}{4} - \\frac{360}{6} = 360 - 120 - 90 - 60 = \\boxed{90}$ degrees.\n",
    ),
    (
        ("Prealgebra", 7, "5", "240"),
        "The number of outfits you can make is the product of the number of choices for each item, which is 5 \\* 6 \\* 8 = 240.\n",
    ),
    (("Prealgebra", 12, "2", "8"), "There are 5 triangles in the figure.\n"),
    (
        ("Prealgebra", 13, "5", "75"),
        "To find $\\frac{25}{4}$ divided by $\\frac{1}{12}$, we can multiply by the reciprocal of $\\frac{1}{12}$, which is $12$. So, we have:\n\n$$\n\\frac{25}{4} \\div \\frac{1}{12} = \\frac{25}{4} \\cdot \\frac{12}{1} = \\frac{25 \\cdot 12}{4 \\cdot 1} = \\frac{300}{4} = \\boxed{75}.\n$$\n",
    ),
    (
        ("Prealgebra", 14, "5", "18"),
        "The third side of the right triangle has length $\\sqrt{6^2+6^2}=\\sqrt{72}=6\\sqrt{2}$ units. The area of a right triangle is given by $\\frac{1}{2}bh$, where $b$ is the length of the base and $h$ is the height. If the triangle is a 45-45-90 triangle (a triangle in which the two smaller angles are equal), then both sides have equal length and can serve as the base and height. In this case, the area of the triangle is $\\frac{1}{2}bh=\\frac{1}{2} \\cdot 6 \\cdot 6=\\boxed{18}$ square units.\n",
    ),
    (
        ("Prealgebra", 17, "5", "3"),
        "The prime factorization of 2000 is 2^4 \\* 5^3. The greatest prime factor is 5 and the least prime factor is 2. The positive difference between the two is 5 - 2 = 3.\n",
    ),
    (("Precalculus", 1, "5", "2"), "The value of $a$ is 2.\n"),
    (("Precalculus", 2, "5", "-1"), "$e^{\\pi i} = \\cos(\\pi) + i \\sin(\\pi) = -1 + 0i = -1$.\n"),
    (
        ("Precalculus", 4, "5", "-3"),
        "The determinant of the 2x2 matrix\n\\[\\begin{vmatrix} 0 & 1 \\ 3 & 5 \\end{vmatrix}]\nis simply $(0)(5) - (1)(3) = -3$. Hence, the determinant of the given matrix is equal to $-3$.\n",
    ),
    (
        ("Precalculus", 7, "5", "\\left( \\frac{11}{2}, -1, 1 \\right)"),
        "The mid-point of the line segment between two points $(x\\_1, y\\_1, z\\_1)$ and $(x\\_2, y\\_2, z\\_2)$ is given by $\\left(\\frac{x\\_1 + x\\_2}{2}, \\frac{y\\_1 + y\\_2}{2}, \\frac{z\\_1 + z\\_2}{2}\\right)$.\n\nSo, the mid-point of the line segment between $(7,-3,2)$ and $(4,1,0)$ is $\\left(\\frac{7 + 4}{2}, \\frac{-3 + 1}{2}, \\frac{2 + 0}{2}\\right) = \\left(\\frac{11}{2}, -1, 1\\right)$.\n",
    ),
    (
        ("Precalculus", 8, "5", "-21"),
        "The determinant of the product of two matrices is equal to the product of their determinants, i.e. $\\det (\\mathbf{B} \\mathbf{A}) = \\det \\mathbf{B} \\cdot \\det \\mathbf{A} = 3 \\cdot -7 = -21$.\n",
    ),
    (
        ("Precalculus", 9, "5", "1"),
        "Let's first simplify the two fractions separately:\n\n$\\frac{\\csc \\theta}{\\sin \\theta} = \\frac{1}{\\sin \\theta} \\cdot \\frac{1}{\\sin \\theta} = \\frac{1}{\\sin^2 \\theta}$\n\n$\\frac{\\cot \\theta}{\\tan \\theta} = \\frac{\\frac{1}{\\tan \\theta}}{\\tan \\theta} = \\frac{1}{\\tan^2 \\theta} = \\frac{\\cos^2 \\theta}{\\sin^2 \\theta}$\n\nNow, substituting these back into the original expression:\n\n$\\frac{\\csc \\theta}{\\sin \\theta} - \\frac{\\cot \\theta}{\\tan \\theta} = \\frac{1}{\\sin^2 \\theta} - \\frac{\\cos^2 \\theta}{\\sin^2 \\theta} = \\frac{1 - \\cos^2 \\theta}{\\sin^2 \\theta} = \\frac{\\sin^2 \\theta}{\\sin^2 \\theta} = 1$\n\nSo, the simplified expression is $\\boxed{1}.$\n",
    ),
    (
        ("Precalculus", 14, "2", "\\pi"),
        "We know that $\\sin^2 x + \\cos^2 x = 1,$ so\n\\[\\sin^2 x + \\cos x + 1 = 1 + \\cos x + 1 = 2.]Thus, no such value of $x$ exists, so the only solution is $\\boxed{}.$\n",
    ),
    (
        ("Precalculus", 15, "2", "2"),
        "Recall that the magnitude of the cross product of two vectors $\\mathbf{a}$ and $\\mathbf{b}$ is given by\n\\[|\\mathbf{a} \\times \\mathbf{b}| = |\\mathbf{a}| |\\mathbf{b}| \\sin \\theta,]\nwhere $\\theta$ is the angle between $\\mathbf{a}$ and $\\mathbf{b}$.  Since $\\mathbf{a}$ is a unit vector, $|\\mathbf{a}| = 1$.  Furthermore, since $\\mathbf{i}$, $\\mathbf{j}$, and $\\mathbf{k}$ are mutually orthogonal, the angle between $\\mathbf{a}$ and each of these vectors is either $0$ or $\\frac{\\pi}{2}$.  Hence,\n\\[|\\mathbf{a} \\times \\mathbf{i}| = \\begin{cases} 1 & \\text{if $a\\_1 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}]\nSimilarly,\n\\[|\\mathbf{a} \\times \\mathbf{j}| = \\begin{cases} 1 & \\text{if $a\\_2 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}]\nand\n\\[|\\mathbf{a} \\times \\mathbf{k}| = \\begin{cases} 1 & \\text{if $a\\_3 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}]\nTherefore,\n\\begin{align\\*}\n|\\mathbf{a} \\times \\mathbf{i}|^2 + |\\mathbf{a} \\times \\mathbf{j}|^2 + |\\mathbf{a} \\times \\mathbf{k}|^2 &= \\left(\\begin{cases} 1 & \\text{if $a\\_1 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}\\right)^2 + \\left(\\begin{cases} 1 & \\text{if $a\\_2 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}\\right)^2 + \\left(\\begin{cases} 1 & \\text{if $a\\_3 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}\\right)^2 \\\\\n&= \\left(\\begin{cases} 1 & \\text{if $a\\_1 = 0$ or $a\\_2 = 0$ or $a\\_3 = 0$}, \\ 0 & \\text{otherwise}. \\end{cases}\\right) \\\\\n&= \\boxed{1}.\n\\end{align\\*}\n",
    ),
    (
        ("Precalculus", 16, "2", "1"),
        "Squaring the equation $\\sin^2 \\theta + \\sin \\theta = 1,$ we get $(\\sin^2 \\theta + \\sin \\theta)^2 = 1^2,$ which simplifies to $2 \\sin^3 \\theta + 2 \\sin^2 \\theta + \\sin^2 \\theta = 1.$  Hence, $2 \\sin^3 \\theta + 3 \\sin^2 \\theta = 1.$\n\nSince $\\sin^2 \\theta + \\cos^2 \\theta = 1,$ we have $\\cos^2 \\theta = 1 - \\sin^2 \\theta.$  Substituting this into the equation $2 \\sin^3 \\theta + 3 \\sin^2 \\theta = 1,$ we get $2 \\sin^3 \\theta + 3 (1 - \\sin^2 \\theta) = 1.$  Solving for $\\sin^2 \\theta,$ we find $\\sin^2 \\theta = \\frac{1}{5}.$  Then\n\\[\\cos^2 \\theta = 1 - \\sin^2 \\theta = 1 - \\frac{1}{5} = \\frac{4}{5}.]Finally,\n\\[\\cos^4 \\theta + \\cos^2 \\theta = \\cos^2 \\theta (\\cos^2 \\theta + 1) = \\frac{4}{5} \\cdot \\frac{9}{5} = \\boxed{\\frac{36}{25}}.]\n",
    ),
    (
        ("Precalculus", 17, "2", "9 + 11i"),
        "A rectangle has opposite sides that are parallel and equal in length.  The distance between two complex numbers $a + bi$ and $c + di$ is given by $\\sqrt{(c-a)^2 + (d-b)^2}$.  So, if the complex numbers $5 + 10i,$ $7 + 2i,$ and $11 + 3i$ are three vertices of a rectangle, then the fourth vertex must be the complex number whose distance from both $5 + 10i$ and $11 + 3i$ is equal to the distance between these two points.  Thus, we want to find the complex number of the form $x + yi$ that satisfies the equation\n\\begin{align\\*}\n\\sqrt{(x-5)^2 + (y-10)^2} &= \\sqrt{(11-5)^2 + (3-10)^2}, \\\\\n\\sqrt{(x-11)^2 + (y-3)^2} &= \\sqrt{(5-11)^2 + (10-3)^2}.\n\\end{align\\*}Solving, we find $(x,y) = \\boxed{(11,10)}$.\n",
    ),
    (
        ("Precalculus", 19, "2", "1"),
        "Let $\\mathbf{p}\\_1 = (0,0,0),$ $\\mathbf{p}\\_2 = (a,1,1),$ $\\mathbf{p}\\_3 = (1,b,1),$ and $\\mathbf{p}\\_4 = (1,1,c).$  Then $\\mathbf{p}\\_2 - \\mathbf{p}\\_1,$ $\\mathbf{p}\\_3 - \\mathbf{p}\\_1,$ and $\\mathbf{p}\\_4 - \\mathbf{p}\\_1$ are coplanar, so their cross product must be the zero vector.  Hence,\n\\begin{align\\*}\n\\begin{vmatrix}\na & 1 & 1 \\\\\n1 & b & 1 \\\\\n1 & 1 & c\n\\end{vmatrix} &= (b - 1)(c - 1) - (a - 1) = 0.\n\\end{align\\*}Solving for $c,$ we find\n\\[c = \\frac{1}{a} + \\frac{1}{b} + 1.]Then\n\\[\\frac{1}{1 - a} + \\frac{1}{1 - b} + \\frac{1}{1 - c} = \\frac{1}{1 - a} + \\frac{1}{1 - b} + \\frac{1}{1 - \\left( \\frac{1}{a} + \\frac{1}{b} + 1 \\right)}.]Let $d = \\frac{1}{a} + \\frac{1}{b}.$  Then\n\\begin{align\\*}\n\\frac{1}{1 - a} + \\frac{1}{1 - b} + \\frac{1}{1 - \\left( \\frac{1}{a} + \\frac{1}{b} + 1 \\right)} &= \\frac{1}{1 - a} + \\frac{1}{1 - b} + \\frac{1}{1 - (d + 1)} \\\\\n&= \\frac{1}{1 - a} + \\frac{1}{1 - b} + \\frac{1}{d}.\n\\end{align\\*}\n",
    ),
]

_GOLD_FROM_9JAN = [
    ("Prealgebra", 0),
    ("Prealgebra", 1),
    ("Prealgebra", 2),
    ("Prealgebra", 3),
    ("Prealgebra", 4),
    ("Prealgebra", 5),
    ("Prealgebra", 6),
    ("Prealgebra", 7),
    ("Prealgebra", 12),
    ("Prealgebra", 13),
    ("Prealgebra", 14),
    ("Prealgebra", 17),
    ("Precalculus", 1),
    ("Precalculus", 2),
    ("Precalculus", 4),
    ("Precalculus", 7),
    ("Precalculus", 8),
    ("Precalculus", 14),
    ("Precalculus", 15),
    ("Precalculus", 16),
    ("Precalculus", 17),
    ("Precalculus", 19),
]


def _why(subject: str, index: int, rating: str) -> str:
    note = " (gold from dataset_9jan, same prompt)" if (subject, index) in _GOLD_FROM_9JAN else ""
    return f"{FOLDER}/MATH {subject}.json row {index}: human rating {rating} of 5{note}"


CASES: list[dict[str, object]] = [
    _c(
        REPO,
        f"{FOLDER}/MATH {subject}.json@{COMMIT}",
        gold,
        output,
        False,
        rating == "5",
        _why(subject, index, rating),
    )
    for (subject, index, rating, gold), output in _ROWS
]

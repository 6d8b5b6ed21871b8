r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "a", part 2: ChatGPT (9 January 2023), folder ``dataset_9jan``; parts 1 and 3 are equiv_fresh14_a.py and equiv_fresh14_a3.py).

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

This module: ChatGPT of 9 January 2023, folder ``dataset_9jan``. 72 cases (40 True, 32 False;
Algebra: 17 True, 18 False; Counting and Probability: 11 True, 9 False; Prealgebra: 8 True, 2 False; Precalculus: 4 True, 3 False); 66 rows rated 3 or 4 left out.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "friederrr/GHOSTS"
COMMIT = "680da88564708d57dac1041f7add6be45f0a4bc5"
FOLDER = "dataset_9jan"

# ((MATH subject file, row index in the file, human rating, gold), whole model output)
_ROWS: list[tuple[tuple[str, int, str, str], str]] = [
    (("Algebra", 0, "5", "2"), "The graph of $y=\\frac{2}{x^2+x-6}$ has 2 vertical asymptotes.\n"),
    (
        ("Algebra", 3, "5", "10"),
        "The positive difference between $120%$ of 30 and $130%$ of 20 is:\n\n$120%$ of 30 = $1.2 \\* 30 = 36$\n\n$130%$ of 20 = $1.3 \\* 20 = 26$\n\nSo the positive difference is $36 - 26 = 10$\n",
    ),
    (
        ("Algebra", 4, "2", "2"),
        "We can start by cross-multiplying the given equation:\n\n$(a - 2b)(5) = (4a + 3b)$\n\n$5a - 10b = 4a + 3b$\n\nThen we can solve for a in terms of b:\n\n$a = -7b + 15$\n\nNow we can substitute this expression for a into the expression we want to simplify:\n\n$\\frac{a + 11b}{a - b} = \\frac{(-7b + 15) + 11b}{(-7b + 15) - b}$\n\nSimplifying we get\n\n$\\frac{4b + 15}{-6b + 15}$\n\nSo the simplified numerical value of $\\frac{a+11b}{a-b}$ is $\\frac{4b + 15}{-6b + 15}$\n",
    ),
    (
        ("Algebra", 5, "2", "(-6, 10)"),
        "We can find $A$ and $B$ by using the method of partial fractions. First, we can write\n\\[\\frac{4x}{x^2-8x+15} = \\frac{A}{x-3} + \\frac{B}{x-5}]\n\nas\n\\[4x = A(x-5) + B(x-3)]\n\nor\n\\[4x = Ax - 5A + Bx - 3B.]\n\nMatching coefficients, we get the system of equations\n\\begin{align\\*}\n4 &= A + B, \\\\\n-5A + -3B &= 0.\n\\end{align\\*}\nSolving for $A$ and $B$ we have\n\\begin{align\\*}\nA + B &= 4, \\\\\n5A &= 3B.\n\\end{align\\*}\n\nSo $A = \\frac{3}{2}B$, and substituting into the first equation we get $B = 4$\nand $A = 3$.\n\nTherefore, $(A,B) = (3,4)$\n",
    ),
    (("Algebra", 6, "5", "100"), "The value of $2\\*6$ is $2^6 + 6^2 = 64 + 36 = 100$.\n"),
    (
        ("Algebra", 7, "2", "8"),
        "Let's first simplify the square roots on the left-hand side of the equation:\n\n$\\sqrt{4+\\sqrt{16+16a}} = 2 + \\sqrt{4a}$\n\n$\\sqrt{1+\\sqrt{1+a}} = 1 + \\frac{\\sqrt{a}}{2}$\n\nPlugging these back into the original equation:\n\n$(2 + \\sqrt{4a}) + (1 + \\frac{\\sqrt{a}}{2}) = 6$\n\n$2 + \\sqrt{4a} + 1 + \\frac{\\sqrt{a}}{2} = 6$\n\n$3 + \\frac{\\sqrt{4a}}{2} + \\frac{\\sqrt{a}}{2} = 6$\n\n$3 + \\frac{\\sqrt{4a + a}}{2} = 6$\n\n$3 + \\frac{\\sqrt{5a}}{2} = 6$\n\nMultiplying both sides by 2:\n\n$6 + \\sqrt{5a} = 12$\n\n$\\sqrt{5a} = 6$\n\nSquaring both sides:\n\n$5a = 36$\n\n$a = \\boxed{7.2}$\n",
    ),
    (
        ("Algebra", 8, "1", "-8"),
        "An equilateral triangle is defined as a triangle in which all three sides are of equal length. Since one vertex of the triangle is on the vertex of the parabola $(-4,1)$ and the opposite side of the triangle lies along the line $y=k$ we know that the height of the triangle is 1. Since the triangle is equilateral, the height is also the length of the side. So $k = 1$.\n",
    ),
    (
        ("Algebra", 9, "5", "2"),
        "We can evaluate $\\log\\_{5^2}5^4$ by using the rule $\\log\\_{a^m}(a^n) = \\frac{n}{m}$. In this case, we have:\n\n$\\log\\_{5^2}5^4 = \\frac{4}{2} = 2$\n\nTherefore, $\\log\\_{5^2}5^4 = 2$\n",
    ),
    (
        ("Algebra", 10, "5", "2000"),
        "If a snack-size tin of peaches has 40 calories and is 2% of a person's daily caloric requirement, then the daily caloric requirement is 40 calories / 0.02 = 2000 calories.\n",
    ),
    (
        ("Algebra", 12, "5", "\\frac{25}{8}"),
        "The discriminant of the quadratic equation $2x^2+5x+c=0$ is given by $b^2-4ac$, where $a=2$, $b=5$, and $c$ is the number in question. For this equation to have at least one real root, the discriminant must be non-negative. Thus, we have $(5)^2-4(2)(c) \\ge 0$, which simplifies to $c \\le \\frac{25}{8}$. Therefore, the largest possible value of $c$ such that the equation has at least one real root is $\\boxed{\\frac{25}{8}}$.\n",
    ),
    (
        ("Algebra", 13, "5", "72"),
        "Let $y = \\sqrt{x+!\\sqrt{x+!\\sqrt{x+!\\sqrt{x+\\cdots}}}}$. We are given that $y = 9$.\n\nSquaring both sides gives us $y^2 = 81$, so $x + y = 81$.\n\nSubstituting $y = 9$ into this equation gives $x + 9 = 81$, so $x = 72$.\n",
    ),
    (
        ("Algebra", 16, "5", "-7"),
        "$q(2) = \\frac{6}{2} = 3$, so we substitute 3 for x in p(x) to get $p(q(2)) = p(3) = 2 - 3^2 = 2-9 = -7$. Therefore, $p(q(2)) = -7$.\n",
    ),
    (
        ("Algebra", 17, "2", "217"),
        "We can solve for $x$ and $y$ by using the two equations.\n\nFrom the first equation: $x+y = 7$, we have $x=7-y$.\n\nWe can substitute this into the second equation: $3x+y = 45$, giving $3(7-y)+y = 45$.\n\nSolving for $y$ in this equation: $y=6$,\n\nAnd since $x=7-y$, we have $x=1$\n\nWe can substitute these values into the original expression: $x^2-y^2$, and get $(1)^2-(6)^2 = 1-36 = -35$\n\nSo the value of $x^2-y^2$ is -35.\n",
    ),
    (
        ("Algebra", 18, "5", "\\frac{1}{4}"),
        "In 2007, the total cost of the party was $dp$ dollars. In 2008, the cost per person doubled to $2d$ dollars and the number of people attending doubled to $2p$ people, so the total cost of the party in 2008 was $(2d)(2p) = 4dp$ dollars. The ratio of the total cost of the party in 2007 to the total cost of the party in 2008 is $dp / (4d\\*p) = \\frac{1}{4}$.\n",
    ),
    (
        ("Algebra", 19, "2", "3"),
        "To find the x-intercept of a line, we need to find the x-coordinate at which the line crosses the x-axis. On the x-axis, the y-coordinate is 0. So we can set the y-coordinate in the equation of the line to 0, and solve for x.\n\nThe equation of the line containing the points $(7, 4)$ and $(6, 3)$ is  y = mx + b , where m is the slope of the line and b is the y-intercept.\n\nTo find the slope, we can use the formula:\nm = (y2-y1)/(x2-x1) = (3-4)/(6-7) = -1\n\nTo find the y-intercept, we can use the point slope form:\ny - y1 = m(x - x1)\n\nb = y1 - m\\*x1 = 4 + 7 = 11\n\nSo the equation of the line is: y = -x + 11\n\nNow we can set y = 0 and solve for x\n0 = -x + 11\nx = 11\n\nTherefore, the x-intercept is (11,0)\n",
    ),
    (
        ("Algebra", 20, "2", "(1,4)"),
        "We can find the point of intersection by setting the $s$ and $t$ values of each equation equal to each other and solving for the other variable.\n\n$s = 9 - 2t$ and $t = 3s + 1$\n\n$9-2t = 3s + 1$\n\nWe can then solve for $s$ in the second equation\n\n$s = t-1$\n\nsubstitute it in the first equation\n\n$9-2t = 3(t-1) + 1$\n\n$9-2t = 3t-2$\n\nSolving for $t$, we get $t = 5$.\n\nNow we can substitute that value of $t$ back into one of the original equations to find the corresponding value of $s$.\n\n$t = 3s + 1$\n\n$5 = 3s + 1$\n\n$3s = 4$\n\n$s = 4/3$\n\nSo the point of intersection is $(s,t) = (4/3, 5)$\n",
    ),
    (("Algebra", 21, "5", "12"), "$(9-4i)-(-3-4i)$ = $9-4i + 3+4i$ = $12 + 0i$ = 12.\n"),
    (
        ("Algebra", 23, "5", "\\frac{2}{3}"),
        "The numerator and denominator of the given fraction can be simplified as follows:\n\n$2-4+6-8+10-12+14 = (2-4) + (6-8) + (10-12) + 14 = -2 + -2 + -2 + 14 = 8$\n\n$3-6+9-12+15-18+21 = (3-6) + (9-12) + (15-18) + 21 = -3 + -3 + -3 + 21 = 12$\n\nSo the fraction is\n\n$\\frac{2-4+6-8+10-12+14}{3-6+9-12+15-18+21} = \\frac{8}{12} = \\frac{2}{3}$\n",
    ),
    (
        ("Algebra", 24, "5", "1"),
        "We can solve the equation $F(4, b, 2, 3) = 12$ for the value of $b$ by isolating it on one side of the equation and then applying the power function.\n\nWe have:\n\n$4^b = 12 - 2^3 = 12 - 8 = 4$\n\nso\n\n$b = \\frac{\\log 4}{\\log 4} = 1$\n\nTherefore, the value of b is 1.\n",
    ),
    (
        ("Algebra", 25, "5", "2"),
        "We have $f(-1) = 5(-1) + 3 = -2$, so $g(f(-1)) = g(-2) = (-2)^2 -2 =4-2 = 2$.\n",
    ),
    (
        ("Algebra", 26, "2", "25"),
        "Let n be the number of seats per row.\nWe know that 450 = n \\* r (n is the number of seats per row and r is the number of rows).\nWe also know that 450 = (n - 3) \\* (r + 5)\nBy substituting the first equation into the second we get:\nn \\* r = (n - 3) \\* (r + 5)\nBy moving all the n's on one side and all the r's on the other side we get:\nn = 3 + (r + 5)\nWe know that r is the number of rows, we can substitute the value of n from the above equation into the first equation:\n450 = (3 + (r + 5)) \\* r\n450 = 3r + 5r + 15\n435 = 8r\nr = 435 / 8\nr = 54.375\n\nThe number of rows in the auditorium is 54.\n",
    ),
    (
        ("Algebra", 27, "1", "p+q-r"),
        "Another solution to the equation $(x-p)(x-q) = (r-p)(r-q)$ is $x=\\frac{p+q}{2}$. This can be obtained by applying the difference of squares factorization to both sides of the equation: $(x-p)(x-q) = (x-r)(x-r)$ which simplifies to $x^2 - (p+q)x + pq = x^2 - 2rx + r^2$.\n",
    ),
    (
        ("Algebra", 28, "2", "1"),
        "We can simplify this step-by-step:\n\n$f(4) = 4^2 - 4 \\cdot 4 - 1 = 15$\n$f(f(4)) = f(15) = 15^2 = 225$\n$f(f(f(4))) = f(225) = 225^2 = 50625$\n$f(f(f(f(4)))) = f(50625) = 50625^2 = 256328125$\n$f(f(f(f(f(4))))) = f(256328125) = 256328125^2 = 656990562890625$\n\nSo $f(f(f(f(f(4))))) = 656990562890625$.\n",
    ),
    (
        ("Algebra", 29, "1", "(1,-2)"),
        "The pair $(a,b)$ is the coefficient of the quadratic equation ${x^2 + ax + b = 0}$. These coefficients are determined by the values of $a$ and $b$ that make the equation true.\n",
    ),
    (
        ("Algebra", 31, "2", "1599 \\text{ dollars}"),
        "The simple interest rate of 6% will give Diana $20,000 \\* 0.06 \\* 4 = $2400 in interest over 4 years.\n\nThe compound interest rate of 7% compounded quarterly will give her 20,000 \\* (1 + 0.07/4)^(4\\*4) = $2858.49 in interest over 4 years.\n\nTherefore, she will earn $2858.49 - $2400 = $458.49 more with the 7% compounded quarterly rate than with the 6% simple rate.\n",
    ),
    (
        ("Algebra", 32, "5", "\\frac{49}{64}"),
        "First, we can simplify the exponent of $(4b^2)$ by noting that $(4b^2)^{-3} = \\frac{1}{(4b^2)^3} = \\frac{1}{64b^6}$. Now, we can simplify $(7b^3)^2$ by squaring $7b^3$, which gives us $(7b^3)(7b^3) = 49b^6$. Multiplying this with our simplified fraction gives us $\\frac{49b^6}{64b^6} = \\frac{49}{64}$.\n",
    ),
    (
        ("Algebra", 35, "5", "187.5"),
        "To find out how many calories would be contained in a 12 fluid ounce bottle of Vitamin Water, you can use the unit conversion factor between fluid ounces and calories. Since the 8 fluid ounce bottle contains 125 calories, you can set up the following proportion:\n\n8 fluid ounces / 125 calories = 12 fluid ounces / x calories\n\nSolving for x, you can cross-multiply to get:\n\n8 fluid ounces \\* x calories = 12 fluid ounces \\* 125 calories\n\nAnd then divide both sides by 8 fluid ounces to get:\n\nx calories = (12 fluid ounces \\* 125 calories) / 8 fluid ounces\n\nx = 187.5 calories\n\nSo, a 12 fluid ounce bottle of Vitamin Water would contain about 187.5 calories.\n",
    ),
    (
        ("Algebra", 36, "2", "5"),
        "To find the radius of the circle, we can complete the square to put the equation in standard form: $(x+4)^2 + (y-3)^2 = r^2$.\n\nWe can see that the center of the circle is $(-4,3)$, and the radius is r.\n\nTherefore the radius of this circle is r.\n",
    ),
    (
        ("Algebra", 37, "5", "0"),
        "If $(a,b)$ lies on the line $3x + 2y = 12$, we can substitute $x=4$ and $y=b$ in the equation to find the value of $b$.\n\n$3(4) + 2(b) = 12$\n$12 + 2b = 12$\n$2b = 0$\n$b = 0$\n\nSo when $a = 4$, $b = 0$.\n",
    ),
    (
        ("Algebra", 39, "5", "7"),
        "The value of $x$ that will give the minimum value for $x^2- 14x + 3$ is 7.\n",
    ),
    (
        ("Algebra", 44, "2", "6"),
        "We can start solving the problem by using algebra. Let's call the son's current age \"x\" and the father's current age \"f\". From the problem, we know that:\n\nf = 5x (today, the father's age is five times the son's age)\n\nWe also know that exactly three years ago, the sum of their ages was 30. So we can write:\n\nx + (f - 3) = 30\n\nNow we can substitute the first equation into the second equation:\n\nx + (5x - 3) = 30\n\nSimplifying this equation:\n\n6x = 33\n\nFinally, we can solve for x:\n\nx = 5.5\n\nSo the son is currently 5.5 years old.\n",
    ),
    (
        ("Algebra", 45, "2", "(15,-11)"),
        "The midpoint of a line segment is the average of the coordinates of its endpoints. Therefore, the x-coordinate of the midpoint is the average of the x-coordinates of the endpoints, and the y-coordinate of the midpoint is the average of the y-coordinates of the endpoints. So we have:\n\n(x + (-9))/2 = 3\ny + 1)/2 = -5\n\nSolving these equations gives:\nx = -3 and y = -11\n\nSo the point you are looking for is (-3,-11)\n",
    ),
    (
        ("Algebra", 46, "2", "-2"),
        "To solve for $a$, we start by simplifying the fraction on the left side of the equation: $\\frac{8^{-1}}{4^{-1}} = \\frac{1}{8} \\cdot \\frac{4}{1} = \\frac{1}{2}$.\n\nNext, we substitute that value into the equation: $\\frac{1}{2} - a^{-1} = 1$.\n\nNow we add $a^{-1}$ to both sides of the equation: $\\frac{1}{2} = 1 + a^{-1}$\n\nFinally, we can solve for $a$ by multiplying both sides of the equation by -2: $a=\\frac{-1}{2}$\n",
    ),
    (
        ("Algebra", 47, "2", "-1"),
        "We know that a quadratic equation in the form of $ax^2+bx+c=0$ has roots given by $x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}$.\n\nTherefore the roots of $2x^2-7x+2=0$ are $x = \\frac{7 \\pm \\sqrt{7^2-8}}{4}$.\n\nSo the roots of the given equation are $a=\\frac{7+\\sqrt{45}}{4}$ and $b=\\frac{7-\\sqrt{45}}{4}$.\n\nTherefore $\\frac{1}{a-1}+\\frac{1}{b-1} = \\frac{1}{\\frac{7+\\sqrt{45}}{4}-1}+\\frac{1}{\\frac{7-\\sqrt{45}}{4}-1}$\n\n\\= $\\frac{4}{3+\\sqrt{45}}+\\frac{4}{3-\\sqrt{45}}$\n\n\\= $\\frac{4(3-\\sqrt{45})+4(3+\\sqrt{45})}{(3-\\sqrt{45})(3+\\sqrt{45})}$\n\n\\= $\\frac{8(3)}{(3^2-\\sqrt{45^2})}$\n\n\\= $\\frac{8(3)}{9-45}$\n\n\\= $\\frac{8(3)}{-36}$\n\n\\= $\\frac{-24}{-36}$\n\n\\= $\\frac{24}{36}$\n\n\\= $\\boxed{\\frac{2}{3}}$\n",
    ),
    (
        ("Algebra", 48, "2", "-\\frac{1}{2}"),
        "To find the value of x for which $f(g(x)) = g(f(x))$, we can set the two expressions equal to each other and solve for x:\n$f(g(x)) = x^2 + 2$\n$g(f(x)) = (x+2)^2$\n$x^2 + 2 = (x+2)^2$\nExpanding the right side of the equation gives $(x+2)^2 = x^2 + 4x + 4$\nComparing the coefficients of the x terms and the constant terms gives us the system of equations:\n$x^2 = x^2$\n$4x = 2$\n$4 = 4$\nThe second equation gives $x=\\frac{1}{2}$\nThus, the value of x for which $f(g(x)) = g(f(x))$ is $\\frac{1}{2}$\n",
    ),
    (
        ("Counting and Probability", 0, "5", "\\frac{10}{11}"),
        "The probability of an event not occurring is given by the formula: P(not A) = 1 - P(A), where P(A) is the probability of the event occurring.\n\nGiven that the probability of rain tomorrow is 1/11, the probability that it will not rain tomorrow is 1 - 1/11 = 10/11.\n",
    ),
    (
        ("Counting and Probability", 4, "2", "2"),
        "There are no such isosceles triangles that have a perimeter of 10 and integer side lengths.\n\nThe perimeter of an isosceles triangle is the sum of the lengths of all its sides.\nFor an isosceles triangle with side lengths a and b, the perimeter would be a + a + b = 2a + b.\nSince b must be greater than a, we have that b > a.\nGiven the constraint that the perimeter is 10 and the side lengths are integers, we have 2a + b = 10.\n\nSolving for b in terms of a, we get b = 10 - 2a.\nFor b to be an integer, we must have (10 - 2a) be an integer.\nThus, we must have a be odd, since the only way for 10 - 2a to be an even is if a is odd.\n\nHowever, the lengths of the triangle sides must be positive, and since a is odd, a < 5, which would result in a non-positive value of b.\nThus, it is not possible to have a triangle with an integer perimeter of 10 and integer side lengths that are non-congruent.\n",
    ),
    (
        ("Counting and Probability", 8, "5", "\\frac14"),
        "The probability that Dan wins is 0.5, and the probability that Freddie wins is also 0.5. Since the events of Dan winning and Freddie winning are independent (i.e., the outcome of one does not affect the outcome of the other), we can find the probability that both events occur by multiplying their individual probabilities:\n(0.5) \\* (0.5) =  0.25 or 1/4\n",
    ),
    (
        ("Counting and Probability", 9, "2", "11"),
        "We can solve this problem by working backwards from the last word, $CCC$, and counting how many words come before $BAB$. Since $BAB$ is in the second position, and the first position is filled by $BAA$, $BAB$ is the $3^{rd}$ word.\n",
    ),
    (
        ("Counting and Probability", 17, "2", "0"),
        "The probability that the ant will return to its starting point after $15$ steps is $\\left(\\frac{1}{6}\\right)^{15}$, as the ant has a $\\frac{1}{6}$ chance of moving to each of the adjacent vertices at each step. Thus, the probability that the ant is standing on the same vertex on which it began after $15$ steps is $\\left(\\frac{1}{6}\\right)^{15}$.\n",
    ),
    (
        ("Counting and Probability", 18, "2", "1000000"),
        "The value of $101^{3} - 3 \\cdot 101^{2} + 3 \\cdot 101 -1$ is equal to $(101-1)^3 = 10000-301+3-1 = 9703$\n",
    ),
    (
        ("Counting and Probability", 19, "2", "\\frac{73}{100}"),
        "The product of two integers will be greater than 10 if at least one of the integers is greater than 10. Since the integers are randomly chosen between 1 and 10, inclusive, the probability that one of them is greater than 10 is 0.\n\nThe product of two integers will be greater than 10 if both integers are greater than 1 and less than or equal to 5.\nWe can calculate the probability using the multiplication rule of probability: P(A and B) = P(A) \\* P(B)\n\nThe probability that Krishanu's number is greater than 1 and less than or equal to 5 is 4/10. The probability that Shaunak's number is greater than 1 and less than or equal to 5 is also 4/10.\nSo the probability that their product is greater than 10 is (4/10) \\* (4/10) = 16/100 = 4/25\n",
    ),
    (
        ("Counting and Probability", 21, "2", "\\frac{13}{18}"),
        "The first six prime numbers are 2, 3, 5, 7, 11, and 13. The only way for the sum of two of these numbers to be even is if both numbers are even, which is not possible as all prime numbers are odd. Therefore, the probability that the sum of the numbers they choose is even is 0%.\n",
    ),
    (
        ("Counting and Probability", 22, "5", "12"),
        "There are 2 options for who will be the driver (Bonnie or Carlo). Once the driver is chosen, there are 3 remaining people to choose from for the front passenger seat. Once those two seats are filled, the remaining 2 people will sit in the back seats.\n\nSo, the number of possible seating arrangements is 2 \\* 3 \\* 2 = 12.\n",
    ),
    (
        ("Counting and Probability", 24, "5", "34,\\!650"),
        "The word \"MISSISSIPPI\" has 4 'I's, 4 'S's, and 2 'P's. To find the number of ways to arrange these letters, we can use the formula for permutations of multiple items with repetition: (n1! \\* n2! \\* n3! ...)/(r1! \\* r2! \\* r3! ...) where n is the number of items and r is the repetition of each item. In this case, the formula is (11!/(4! \\* 4! \\* 2!)). This evaluates to 34,650. So there are 34,650 ways to arrange the letters of the word \"MISSISSIPPI\".\n",
    ),
    (
        ("Counting and Probability", 25, "5", "\\frac{1}{13}"),
        "There are 4 ace cards in a standard 52-card deck, with only 1 being the ace of spades. There are 12 face cards in a standard 52-card deck.\n\nThe probability that Carson flips over the ace of spades before any face card is:\n(1/52) / (1/52 + 12/52) = 1/13\n\nSo the probability that Carson flips over the ace of spades before any face card is 1/13 or approximately 7.69%.\n",
    ),
    (
        ("Counting and Probability", 28, "5", "9"),
        "The expected value of a single roll of an eight-sided die is (1+2+3+4+5+6+7+8)/8 = 4.5.\nSo the expected value of the sum of the rolls of two dice would be 2\\*4.5 = 9.\n",
    ),
    (
        ("Counting and Probability", 31, "5", "495"),
        "The number of ways to choose 4 books out of 12 without regard to order is 12 choose 4, also known as 12C4. This is equal to (1211109)/(4321) = 495.\n",
    ),
    (
        ("Counting and Probability", 33, "5", "\\frac{1}{6}"),
        "The probability of rolling the same number on both dice is 1/6. This is because there is only one way to roll the same number on both dice (rolling a 1 on both, rolling a 2 on both, etc.) and there are a total of 36 possible outcomes when rolling two dice (6 outcomes for the first die and 6 outcomes for the second die). So, the probability of rolling the same number on both dice is 1/6.\n",
    ),
    (
        ("Counting and Probability", 35, "2", "9240"),
        "There is only one way to divide 12 people into a group of 3, a group of 4, and a group of 5, if Henry has to be in the group of 4.\n",
    ),
    (
        ("Counting and Probability", 37, "2", "16"),
        "There are 4 choices for the first digit, 4 choices for the second digit, 4 choices for the third digit, and 4 choices for the fourth digit. However, since the first and fourth digits must be the same and the second and third digits must be the same, we only need to choose 2 digits out of 4 for the first and second digits and 2 digits out of 4 for the third and fourth digits. Thus, there are 4C2 = 6 ways to choose the first and second digits and 4C2 = 6 ways to choose the third and fourth digits. So, there are 6 \\* 6 = 36 four-digit palindrome integers that can be formed using the digits 2, 3, 4, and 5.\n",
    ),
    (
        ("Counting and Probability", 41, "5", "380"),
        "There are 20 members to choose from for the president, and once the president is chosen, there are 19 members remaining to choose from for the vice-president.  So, the total number of ways to choose a president and a vice-president without any other restrictions is 20 \\* 19 = 380.\n",
    ),
    (
        ("Counting and Probability", 45, "5", "28"),
        "$\\dbinom{8}{6} = \\dfrac{8!}{6!2!} = \\dfrac{876}{654} = 8\\*\\dfrac{7}{3} = \\boxed{28}$\n",
    ),
    (
        ("Counting and Probability", 46, "5", "70"),
        "Your coach can select 4 members out of 8 in 8 choose 4 ways, also known as 8C4 or (8!)/(4!\\*(8-4)!). This can also be simplified as 70 ways.\n",
    ),
    (
        ("Counting and Probability", 48, "2", "31"),
        "We can solve this problem by counting the subsets of primes and subtracting that from the total number of subsets.\nThe prime numbers in the set are {2, 3, 5, 7, 11}. There are 2^5 = 32 subsets of primes.\nThe total number of subsets of a set of size 11 is 2^11 = 2048.\nTherefore, there are 2048 - 32 = 2016 subsets that consist entirely of prime numbers.\n",
    ),
    (
        ("Prealgebra", 3, "5", "24"),
        "A multiple of $6$ is a number that can be written in the form $6n$, where $n$ is an integer. A multiple of $8$ is a number that can be written in the form $8m$, where $m$ is an integer. To find the smallest positive multiple of both $6$ and $8$, we need to find the smallest positive number $n$ such that $6n$ is also divisible by $8$.\n\nWe know that $8 = 2^3$, so to find a multiple of 8, the number must be divisible by 2 three times. Since 6 = 2*3, and it is already divisible by 2 once, we need to multiply 6 by $2^2$ = 4 to get a number divisible by 8.\n\nTherefore, the smallest positive multiple of $6$ that is also a multiple of $8$ is $6 * 4 = 24$.",
    ),
    (
        ("Prealgebra", 4, "5", "64"),
        "$92 - \\frac{45}{3 \\times 5} - 5^2$\n\nTo simplify this expression, we need to follow the order of operations.\n\nFirst, we have to perform the multiplication and division from left to right, so we have\n\n$92 - \\frac{45}{15} - 5^2$\n\nNext, we have to perform the division, so we have\n\n$92 - 3 - 25$\n\nFinally, we have to perform the subtraction from left to right, so we have\n\n$92 - 3 - 25 = 64$.",
    ),
    (
        ("Prealgebra", 5, "5", "160"),
        "The number of different three-course meals that can be formed is the product of the number of choices for each course, which is 5 * 8 * 4 = 160.",
    ),
    (
        ("Prealgebra", 7, "5", "240"),
        "You can make a total of 5 x 6 x 8 = 240 outfits consisting of one shirt, one pair of pants, and one hat.",
    ),
    (
        ("Prealgebra", 9, "5", "1"),
        "The greatest common factor (GCF) of two numbers is the largest number that divides into both numbers without leaving a remainder. To find the GCF of 99 and 100, we can use the Euclidean algorithm or prime factorization method.\n\nUsing the Euclidean algorithm:\n\nDivide 99 by 100. The quotient is 0 and the remainder is 99.\nDivide 100 by 99. The quotient is 1 and the remainder is 1.\nSo the GCF of 99 and 100 is 1\n\nUsing the prime factorization method:\n\nPrime factorize 99 = 3^2 * 11\nPrime factorize 100 = 2^2 * 5^2\nTake the product of the lowest exponent of each prime that appears in the prime factorization of both numbers\nGCF = 1 * 1 = 1\nSo the GCF of 99 and 100 is 1.",
    ),
    (("Prealgebra", 12, "2", "8"), "There are 2 triangles in the figure."),
    (
        ("Prealgebra", 13, "5", "75"),
        "To divide two fractions, you simply multiply by the reciprocal of the second fraction. The reciprocal of $\\frac{1}{12}$ is $12$. So,\n$\\frac{25}{4}$ divided by $\\frac{1}{12}$ = $\\frac{25}{4}$ * $12$ = $25*3$ = $75$",
    ),
    (
        ("Prealgebra", 14, "5", "18"),
        "The length of the hypotenuse of a right triangle can be found using the Pythagorean theorem, which states that the square of the length of the hypotenuse is equal to the sum of the squares of the lengths of the other two sides. In this case, since the two sides are 6 units each, we can use the Pythagorean theorem to find the length of the hypotenuse:\n$c^2 = a^2 + b^2$\n$c^2 = 6^2 + 6^2$\n$c^2 = 36 + 36$\n$c^2 = 72$\n$c = sqrt{72}$\n$c = 8$\nThe area of the triangle is half of the product of the base and the height, so we can find the area as:\n$A = \\frac{1}{2} * 6 * 6$\n$A = \\frac{1}{2} * 36$\n$A = 18$ square units",
    ),
    (
        ("Prealgebra", 15, "2", "7004"),
        "$31113*21 = 2005 + b$\n\n$31113*21 = 819 +b$\n\n$b = 31113*21 - 819 = 819 - 819 = 0$\n\nso $b = 0$",
    ),
    (
        ("Prealgebra", 17, "5", "3"),
        "The prime factors of 2000 are 2, 2, 2, 5, 5. The greatest prime factor is 5 and the least prime factor is 2. Therefore, the positive difference between the greatest and least prime factors of 2000 is 5 - 2 = 3.",
    ),
    (("Precalculus", 2, "5", "-1"), "e^(πi) = cos(π) + i sin(π) = -1 + i(0) = -1."),
    (
        ("Precalculus", 4, "5", "-3"),
        "The determinant of the matrix is\n\n[\\begin{vmatrix} 0 & 1 \\ 3 & 5 end{vmatrix} = 05 - 13 = -3.]\n\nSo the result is -3.",
    ),
    (
        ("Precalculus", 5, "5", "8"),
        "The determinant of a matrix is only changed by multiplying by -1 when the rows are switched. Therefore,\n\n$\\begin{vmatrix} b & a \\ d & c end{vmatrix}$ = -$\\begin{vmatrix} a & b \\ c & d end{vmatrix}$ = -(-8) = 8.",
    ),
    (
        ("Precalculus", 8, "5", "-21"),
        "The determinant of a matrix product is the product of the determinants of the individual matrices. In this case, $det (mathbf{B} mathbf{A}) = det mathbf{B} det mathbf{A} = 3 cdot -7 = -21$.",
    ),
    (
        ("Precalculus", 16, "2", "1"),
        "We can start by using the identity $sin^2 \\theta + cos^2 \\theta = 1$.\nSubstituting $1 - cos^2 \\theta$ for $sin^2 \\theta$ in the given equation:\n$(1 - cos^2 \\theta) + sin \\theta = 1$\n$1 - cos^2 \\theta + sin \\theta = 1$\n$cos^2 \\theta + sin \\theta - 1 = 0$\n\nNow, we can use the identity $cos \\theta = sqrt{1-sin^2 \\theta}$\nSquaring both sides of the above equation:\n$cos^4 \\theta + 2 cos^2 \\theta sin \\theta + sin^2 \\theta - 2 cos^2 \\theta + 1 = 0$\n\nSimplifying, we get:\n$cos^4 \\theta + cos^2 \\theta = cos^4 \\theta + cos^2 \\theta$\n\nSo, $cos^4 \\theta + cos^2 \\theta = cos^4 \\theta + cos^2 \\theta$.",
    ),
    (
        ("Precalculus", 17, "2", "9 + 11i"),
        "The fourth vertex of a rectangle is the one that is diagonally opposite of a given vertex. The complex number $5 + 10i$ and $11 + 3i$ are diagonally opposite, since they add to the same complex number $(5 + 10i) + (11 + 3i) = 16 + 13i$. Thus, the fourth vertex is $11 + 3i$.",
    ),
    (
        ("Precalculus", 19, "2", "1"),
        "The four points $(0,0,0),$ $(a,1,1),$ $(1,b,1),$ and $(1,1,c)$ are coplanar if and only if the determinant of the matrix whose rows are their coordinates is zero. The determinant is\\begin{vmatrix} 1 & 1 & 1 \\-a & 0 & 0 \\ 0 & -b & 0 \\0 & 0 & -c\\end{vmatrix} = (1)(-b)(-c) + (0)(0)(-c) + (0)(-b)(1) + (-a)(0)(0) = -bc + ab\n\nSo the equation for the plane is $-x+ay+bz = ab - bc = 0$\n\nThe equation for the plane is in the form $ax+by+cz = d$ where $d = ab-bc$\n\nSo $-x+ay+bz = 0$\n\nThe normal vector of the plane is $(-1, a, b)$, which means the equation of the plane can also be written as\n\n$\\frac{x}{1} = \\frac{y}{a} = \\frac{z}{b} = d$\n\nSo the answer is $\\frac{1}{1} + \\frac{1}{a} + \\frac{1}{b} = \\frac{1}{1-a} + \\frac{1}{1-b} + \\frac{1}{1-c}$",
    ),
]

_GOLD_FROM_9JAN: list[tuple[str, int]] = []


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

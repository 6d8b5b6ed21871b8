r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "a", part 3: GPT-4, folder ``miniGHOSTS_gpt4``; parts 1 and 2 are equiv_fresh14_a.py and equiv_fresh14_a2.py).

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

This module: GPT-4, folder ``miniGHOSTS_gpt4``. 30 cases (28 True, 2 False;
Algebra: 7 True, 1 False; Counting and Probability: 6 True, 0 False; Prealgebra: 8 True, 1 False; Precalculus: 7 True, 0 False); 10 rows rated 3 or 4 left out.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "friederrr/GHOSTS"
COMMIT = "680da88564708d57dac1041f7add6be45f0a4bc5"
FOLDER = "miniGHOSTS_gpt4"

# ((MATH subject file, row index in the file, human rating, gold), whole model output)
_ROWS: list[tuple[tuple[str, int, str, str], str]] = [
    (
        ("Algebra", 0, "5", "(1,4)"),
        "To find the point of intersection, we need to solve the given equations as a system of linear equations. We can use the substitution method to do this. The two equations are:\n\n$s = 9 - 2t$\n$t = 3s + 1$\n\nLet's substitute the expression for $s$ from equation (1) into equation (2):\n\n$t = 3(9 - 2t) + 1$\n\nNow, let's solve for $t$:\n\n$t = 27 - 6t + 1$\n$7t = 28$\n$t = 4$\n\nNow that we have the value of $t$, we can plug it back into equation (1) to find the value of $s$:\n\n$s = 9 - 2(4)$\n$s = 9 - 8$\n$s = 1$\n\nSo, the point of intersection is $(s, t) = (1, 4)$.",
    ),
    (
        ("Algebra", 1, "2", "(1,-2)"),
        'Let\'s first understand what is meant by "comments" in this context. Since this is a mathematical problem, I believe you meant to say "roots" instead of "comments". So, we are given that the quadratic equation:\n\n$x^2 + ax + b = 0$\n\nhas roots $a$ and $b$. Let\'s use Vieta\'s formulas, which state that for a quadratic equation of the form:\n\n$x^2 + px + q = 0$\n\nthe sum of the roots is given by $-p$ and the product of the roots is given by $q$. In this case, $p = a$ and $q = b$. So, we have:\n\nSum of roots: $a + b = -a$\nProduct of roots: $ab = b$\n\nNow, let\'s solve these equations.\n\nFrom the first equation, $a + b = -a$, we get $2a = -b$.\n\nNow, let\'s substitute this into the second equation, $ab = b$:\n\n$a(-\\frac{1}{2}a) = -\\frac{1}{2}a^2 = b$\n\nNow, we have the values of $a$ and $b$ in terms of each other:\n\n$b = -\\frac{1}{2}a^2$\n\nSince $a$ and $b$ are both nonzero, we know that $a \\neq 0$. Thus, we can divide both sides of the equation by $a$:\n\n$\\frac{b}{a} = -\\frac{1}{2}a$\n\nNow, substitute $-\\frac{1}{2}a$ for $b$ in the equation $2a = -b$:\n\n$2a = -(-\\frac{1}{2}a)$\n\n$2a = \\frac{1}{2}a$\n\nNow, divide both sides by $a$:\n\n$2 = \\frac{1}{2}$\n\nThis is a contradiction, as 2 is not equal to $\\frac{1}{2}$. Therefore, there is no pair $(a, b)$ that satisfies the given conditions.',
    ),
    (
        ("Algebra", 2, "5", "2"),
        "To find the vertical asymptotes of the given function, $y = \\frac{2}{x^2 + x - 6}$, we first need to determine the values of $x$ that make the denominator equal to zero, as these are the points at which the function will be undefined.\n\nLet's factor the denominator:\n\n$x^2 + x - 6 = (x - 2)(x + 3)$\n\nNow, we can set each factor equal to zero and solve for x:\n\n$x - 2 = 0$ yields $x = 2$\n\n$x + 3 = 0$ yields $x = -3$\n\nSo, the graph of the function $y = \\frac{2}{x^2 + x - 6}$ has vertical asymptotes at $x = 2$ and $x = -3$, which means there are 2 vertical asymptotes.",
    ),
    (
        ("Algebra", 3, "5", "2"),
        "To evaluate $\\log_{5^2}5^4$, we can use the following logarithm property:\n\n$\\log_{a^m}b^n = \\frac{n}{m}\\log_a{b}$\n\nIn this case, $a = 5$, $m = 2$, $b = 5$, and $n = 4$. Plugging these values into the equation, we get:\n\n$\\log_{5^2}5^4 = \\frac{4}{2}\\log_5{5}$\n\nNow, we know that $\\log_a{a} = 1$, so $\\log_5{5} = 1$. Therefore, the expression simplifies to:\n\n$\\frac{4}{2}\\log_5{5} = \\frac{4}{2}(1) = 2$.\n\nSo, $\\log_{5^2}5^4 = 2$.",
    ),
    (
        ("Algebra", 4, "5", "-11"),
        "To solve the equation [\\frac{x-9}{x+1}=2], first, we need to get rid of the fraction. We can do this by multiplying both sides of the equation by $(x+1)$:\n\n[(x+1)\\cdot\\frac{x-9}{x+1}=2\\cdot(x+1)]\n\nSince $(x+1)$ in the denominator cancels out $(x+1)$ in the numerator, we are left with:\n\n[x-9=2(x+1)]\n\nNow, distribute the 2 on the right side of the equation:\n\n[x-9=2x+2]\n\nNext, isolate the variable $x$ by moving all $x$ terms to one side and the constants to the other side. Subtract $x$ from both sides of the equation:\n\n[-9=x+2]\n\nFinally, subtract 2 from both sides of the equation to solve for $x$:\n\n[-11=x]\n\nSo, the solution for the equation is $x=-11$.",
    ),
    (
        ("Algebra", 5, "5", "1"),
        "To find the value of $f(f(f(f(f(4)))))$, we need to compute each function call in sequence. To start, we compute $f(4)$:\n\n\nSince 4 is an even integer, we use the second condition: $f(n) = n^2 - 4n - 1$:\n$$f(4) = 4^2 - 4 \\cdot 4 - 1 = 16 - 16 - 1 = -1.$$\n\n\nNext, we need to compute $f(f(4)) = f(-1)$:\n\n\nSince -1 is an odd integer, we use the first condition: $f(n) = n^2$:\n$$f(-1) = (-1)^2 = 1.$$\n\n\nNext, we compute $f(f(f(4))) = f(1)$:\n\n\nAgain, since 1 is an odd integer, we use the first condition: $f(n) = n^2$:\n$$f(1) = 1^2 = 1.$$\n\n\nSince $f(1)$ equals 1, any subsequent applications of the function will also equal 1. Thus:\n$$f(f(f(f(f(4))))) = f(f(f(1))) = f(1) = 1.$$\n",
    ),
    (
        ("Algebra", 8, "5", "\\frac{25}{8}"),
        "For a quadratic equation of the form $ax^2 + bx + c = 0$ to have at least one real solution, its discriminant must be greater than or equal to 0. The discriminant is given by the formula:\n\n$D = b^2 - 4ac$\n\nIn our case, $a = 2$, $b = 5$, and we want to find the largest value for $c$. So we set up the inequality:\n\n$D \\geq 0$\n\nSubstituting the values of $a$ and $b$:\n\n$(5)^2 - 4(2)c \\geq 0$\n\nSolving for $c$:\n\n$25 - 8c \\geq 0$\n\n$8c \\leq 25$\n\n$c \\leq \\frac{25}{8}$\n\nSo the largest value for $c$ such that the equation $2x^2 + 5x + c = 0$ has at least one real solution is $\\frac{25}{8}$.",
    ),
    (
        ("Algebra", 9, "5", "\\frac{49}{64}"),
        "To simplify the expression $(7b^3)^2 \\cdot (4b^2)^{-3},$ we'll first apply the exponent rules to each term, and then simplify the expression:\n\nDistribute the exponents to both the coefficients and variables:\n\n$(7^2 b^{3 \\cdot 2}) \\cdot (4^{-3} b^{2 \\cdot -3})$\n\nCalculate the exponents:\n\n$(49 b^6) \\cdot (\\frac{1}{64} b^{-6})$\n\nMultiply the coefficients and add the exponents of $b$ (since the exponents have the same base and we're multiplying the terms):\n\n$49 \\cdot \\frac{1}{64} \\cdot b^{6 - 6}$\n\nSimplify the expression:\n\n$\\frac{49}{64} \\cdot b^0$\n\nSince any number raised to the power of 0 is 1 (except 0, but we know that $b$ is non-zero):\n\n$\\frac{49}{64} \\cdot 1$\n\nThe simplified expression is:\n\n$\\frac{49}{64}$",
    ),
    (
        ("Counting and Probability", 0, "5", "3003"),
        "Using Pascal's identity, we know that:\n\n$\\binom{n}{k} = \\binom{n-1}{k-1} + \\binom{n-1}{k}$\n\nPlugging in the given values, we want to find $\\binom{15}{10}$, so we can rewrite Pascal's identity as:\n\n$\\binom{15}{10} = \\binom{14}{9} + \\binom{14}{10}$\n\nWe are given $\\binom{16}{9}=11440$ and $\\binom{16}{10}=8008$, so we can apply Pascal's identity again for both of these values:\n\n$\\binom{16}{9} = \\binom{15}{8} + \\binom{15}{9}$, which gives us:\n\n$\\binom{15}{9} = \\binom{16}{9} - \\binom{15}{8} = 11440 - 6435 = 5005$\n\n$\\binom{16}{10} = \\binom{15}{9} + \\binom{15}{10}$, which gives us:\n\n$\\binom{15}{10} = \\binom{16}{10} - \\binom{15}{9} = 8008 - 5005 = 3003$\n\nSo, $\\binom{15}{10} = 3003$.",
    ),
    (
        ("Counting and Probability", 4, "5", "34,\\!650"),
        "To determine the number of ways to arrange the letters of the word MISSISSIPPI, we will use the permutation formula for arranging objects with repetitions. The word MISSISSIPPI has 11 letters, with repetitions of M (1), I (4), S (4), and P (2).\n\nThe formula for arranging objects with repetitions is:\n\nP(n; n1, n2, ..., nk) = n! / (n1! * n2! * ... * nk!)\n\nwhere:\n\nn is the total number of objects (in this case, letters)\nn1, n2, ..., nk are the number of repetitions of each distinct object (in this case, the count of each letter)\n! denotes the factorial of a number\n\nIn this case, we have:\n\nn = 11 (total number of letters)\nn1 = 1 (number of M's)\nn2 = 4 (number of I's)\nn3 = 4 (number of S's)\nn4 = 2 (number of P's)\n\nPlug these numbers into the formula:\n\nP(11; 1, 4, 4, 2) = 11! / (1! * 4! * 4! * 2!)\n\nNow, compute the factorials:\n\n11! = 11 * 10 * 9 * 8 * 7 * 6 * 5 * 4 * 3 * 2 * 1 = 39,916,800\n1! = 1\n4! = 4 * 3 * 2 * 1 = 24\n2! = 2 * 1 = 2\n\nNow, substitute the factorials back into the formula:\n\nP(11; 1, 4, 4, 2) = 39,916,800 / (1 * 24 * 24 * 2) = 39,916,800 / 1,152\n\nDivide the numbers:\n\nP(11; 1, 4, 4, 2) = 34,650\n\nSo, there are 34,650 ways to arrange the letters of the word MISSISSIPPI.",
    ),
    (
        ("Counting and Probability", 5, "5", "12"),
        "Since Bonnie and Carlo are the only two who can drive the car, there are two options for the driver's seat. After the driver is chosen, there are three people left for the front passenger seat. Then, there will be two people left for the first back seat and finally one person for the last back seat.\n\nTo find the total number of seating arrangements, we can use the counting principle and multiply the number of choices for each seat:\n\n2 (driver's seat) * 3 (front passenger seat) * 2 (first back seat) * 1 (second back seat) = 12 seating arrangements.\n\n",
    ),
    (
        ("Counting and Probability", 6, "5", "7"),
        "To find the prime numbers with a units digit of 3 and less than 100, we can list them out. Note that 1 is not considered a prime number, so we won't include it in the list:\n\n3, 13, 23, 43, 53, 73, and 83.\n\nThere are 7 prime numbers less than 100 with a units digit of 3.",
    ),
    (
        ("Counting and Probability", 8, "5", "31"),
        "To count the number of non-empty subsets consisting entirely of prime numbers, we first identify the prime numbers within the given set ${ 1 , 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }$. The prime numbers are: ${ 2, 3, 5, 7, 11 }$.\n\nNow, we want to find all the non-empty subsets of this set of prime numbers. To do that, we can use the formula for the number of subsets of a set with $n$ elements, which is $2^n$. However, this formula counts the empty set as well, so we need to subtract one to exclude it. In our case, $n = 5$, so the number of non-empty subsets of the set of prime numbers is:\n\n$2^5 - 1 = 32 - 1 = 31$\n\nThus, there are 31 non-empty subsets of ${ 1 , 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }$ that consist entirely of prime numbers.",
    ),
    (
        ("Counting and Probability", 9, "5", "720"),
        'To solve this problem, we can use the concept of treating the 3 girls as a single unit. We want them to sit together, so we can think of them as a single "block" or "super-girl." Now we have 5 entities to arrange: the 4 sons and the "super-girl."\n\nThere are 5! ways to arrange these 5 entities in a row:\n\n5! = 5 × 4 × 3 × 2 × 1 = 120 ways\n\nNow, we need to consider the arrangements of the 3 girls within the "super-girl" block. There are 3! ways to arrange the girls among themselves:\n\n3! = 3 × 2 × 1 = 6 ways\n\nTo get the total number of arrangements in which all 3 girls sit next to each other, we multiply the number of ways to arrange the 5 entities by the number of ways to arrange the girls within the "super-girl" block:\n\n120 (arrangements of 5 entities) × 6 (arrangements of 3 girls) = 720\n\nSo there are 720 ways to seat the Smith family\'s children such that all 3 girls sit next to each other.\n\n',
    ),
    (
        ("Prealgebra", 0, "5", "160"),
        "The number of different three-course meals that can be formed is the product of the number of choices for each course.\n\nIn this case, there are 5 appetizers, 8 entrees, and 4 desserts.\n\nTherefore, the total number of different three-course meals that can be formed is 5 * 8 * 4 = 160 different meals.",
    ),
    (
        ("Prealgebra", 1, "1", "8"),
        "I'm sorry for the inconvenience, but as an AI text-based model, I am unable to see or analyze images or figures directly. However, if you could describe the figure, I can help you determine the number of triangles within it. For example, you can tell me about the number of points, how they are connected, etc.]",
    ),
    (
        ("Prealgebra", 2, "5", "362,\\!880"),
        'The word COPYRIGHT contains 9 letters. We will have to account for the repeated letters.Here\'s the breakdown:\n\nC: 1 time\nO: 1 time\nP: 1 time\nY: 1 time\nR: 1 time\nI: 1 time\nG: 1 time\nH: 1 time\nT: 1 time\nIn this case, every letter is unique, so the formula to count the number of arrangements is simply 9 factorial (9!), which means multiplying 9 * 8 * 7 * 6 * 5 * 4 * 3 * 2 * 1.\n\nSo there are 362,880 possible ways to arrange the letters of the word "COPYRIGHT".]',
    ),
    (
        ("Prealgebra", 3, "5", "64"),
        "We should follow the order of operations, also known as BIDMAS or PEMDAS:\n\nBrackets/parentheses\nIndices/Exponents\nDivision and Multiplication (from left to right)\nAddition and Subtraction (from left to right)\nApplying these rules to the given expression:\n\nInside the parentheses: $3 \\times 5 = 15$\nSo the expression becomes: $92 - 45 \\div 15 - 5^2$\n\nThen we perform the division: $45 \\div 15 = 3$\nSo the expression becomes: $92 - 3 - 5^2$\n\nThen we calculate the exponent: $5^2 = 25$\nSo the expression becomes: $92 - 3 - 25$\n\nFinally, we perform the subtraction from left to right:\nFirst, $92 - 3 = 89$\n\nThen, $89 - 25 = 64$\n\nSo, $92 - 45 \\div (3 \\times 5) - 5^2 = 64$.",
    ),
    (
        ("Prealgebra", 4, "5", "2"),
        "We can simplify the equation to solve for $x$.\nFirst, note that $2^3 = 8$ and $72$ can be factorized as $2^3\\cdot3^2 = 8\\cdot9$. Then we can rewrite the equation as:\n\n$2^3\\cdot3^x = 2^3\\cdot3^2$\n\nSetting the two expressions equal to each other gives us:\n\n$3^x = 3^2$\n\nSince the bases are equal, we can set the exponents equal to each other:\n\n$x = 2$\n\nSo, the value of $x$ for which $2^3\\cdot3^x = 72$ is $x = 2$.",
    ),
    (
        ("Prealgebra", 5, "5", "6"),
        "A number is divisible by 6 if it's divisible by both 2 and 3.\n\nFor a number to be divisible by 2, its units digit must be even. So N could be 2, 4, 6, 8, 0. But we want a non-zero value, so the possibilities for N are 2, 4, 6, or 8.\n\nFor a number to be divisible by 3, the sum of its digits must be divisible by 3. The sum of the digits in 21420 is 2 + 1 + 4 + 2 + 0 = 9.\n\nNow, we need to find a digit N such that 9 + N is divisible by 3. The possibilities for N are 2, 4, 6, or 8, but only 6 and 0 will make the sum divisible by 3. However, we are looking for a non-zero digit, so the only possible value for N is 6.\n\nTherefore, the units digit N should be 6.",
    ),
    (
        ("Prealgebra", 6, "5", "75"),
        "The division of two fractions is equivalent to the multiplication of the first fraction by the reciprocal of the second. The reciprocal of a fraction is obtained by switching the numerator and the denominator. So, the reciprocal of $\\frac{1}{12}$ is $\\frac{12}{1}$.\n\nTherefore, $\\frac{25}{4}$ divided by $\\frac{1}{12}$ can be calculated as:\n\n$\\frac{25}{4} \\times \\frac{12}{1} = \\frac{25 \\times 12}{4 \\times 1} = \\frac{300}{4} = 75.$\n\nSo, $\\frac{25}{4}$ divided by $\\frac{1}{12}$ equals $75$.",
    ),
    (
        ("Prealgebra", 7, "5", "75"),
        "Composite numbers are numbers that have more than two factors. For example, the number 4 is composite because it has three factors: 1, 2, and 4.\n\nThe composite numbers between 10 and 20 (exclusive) are 12, 14, 15, 16, and 18.\n\nThe sum of these numbers is 12 + 14 + 15 + 16 + 18 = 75.",
    ),
    (
        ("Prealgebra", 8, "5", "24"),
        "To find the smallest positive multiple that is both a multiple of 6 and 8, you need to find the least common multiple (LCM) of the two numbers.\n\nThe prime factorization of 6 is 2*3, and the prime factorization of 8 is 2^3. The LCM is then found by taking the highest power of each prime number that appears in either factorization.\n\nSo for 2, the highest power is 3 (from the prime factorization of 8), and for 3, the highest power is 1 (from the prime factorization of 6).\n\nSo, the LCM is 2^3 * 3^1 = 8 * 3 = 24.\n\nTherefore, the smallest positive multiple of 6 that is also a multiple of 8 is 24.",
    ),
    (
        ("Precalculus", 0, "5", "2"),
        "The function $y = a \\sin (bx + c)$ is a sine wave with amplitude $a.$ The amplitude of a sine or cosine wave is the maximum distance it reaches from the equilibrium position, which in this case is the x-axis.\n\nLooking at your graph, it's clear that the maximum and minimum values of the function are $2$ and $-2$ respectively, meaning the amplitude of the wave is $2$. So, $a = 2$.",
    ),
    (
        ("Precalculus", 1, "5", "9 + 11i"),
        "A rectangle has opposite sides of equal length. We can find the fourth vertex by using the properties of parallelograms in the complex plane.\n\nLet's denote the vertices of the rectangle as $z_1, z_2, z_3,$ and $z_4,$ in the order they are given and the one we want to find. Thus,\n\n$z_1 = 5 + 10i,$\n$z_2 = 7 + 2i,$\n$z_3 = 11 + 3i,$\n$z_4 = ?$\n\nIn a parallelogram (and hence in a rectangle), the sum of the diagonals is equal, which means $z_1 + z_3 = z_2 + z_4.$ We can use this property to find $z_4.$\n\nSolving for $z_4,$ we have:\n\n$z_4 = z_1 + z_3 - z_2 = (5 + 10i) + (11 + 3i) - (7 + 2i) = (5 + 11 - 7) + (10i + 3i - 2i)i = 9 + 11i.$\n\nSo, the fourth vertex of the rectangle is $9 + 11i.$",
    ),
    (
        ("Precalculus", 5, "5", "-21"),
        "The determinant of the product of two matrices is equal to the product of their determinants. This is a fundamental property of determinants, and can be written as:\n\ndet(BA) = det(B) * det(A)\n\nGiven that det(A) = -7 and det(B) = 3, we find:\n\ndet(BA) = 3 * -7 = -21.",
    ),
    (
        ("Precalculus", 6, "5", "-4"),
        "To solve for $y$, we need to use the formula for the projection of a vector onto another vector:\n\nThe projection of a vector $\\mathbf{u}$ onto another vector $\\mathbf{v}$ is given by:\n\nproj\nv\nu\n=\nu\n⋅\nv\n∥\nv\n∥\n2\nv\n,\nproj \nv\n​\t\n u= \n∥v∥ \n2\n \nu⋅v\n​\t\n v,\n\nwhere $\\mathbf{u} \\cdot \\mathbf{v}$ is the dot product of $\\mathbf{u}$ and $\\mathbf{v}$, and $|\\mathbf{v}|^2$ is the square of the norm (or length) of $\\mathbf{v}$.\n\nGiven that $\\begin{pmatrix} 2 \\ y \\ -5 \\end{pmatrix}$ is projected onto $\\begin{pmatrix} 1 \\ -2 \\ 1 \\end{pmatrix}$, we can set $\\mathbf{u} = \\begin{pmatrix} 2 \\ y \\ -5 \\end{pmatrix}$ and $\\mathbf{v} = \\begin{pmatrix} 1 \\ -2 \\ 1 \\end{pmatrix}$.\n\nThe dot product $\\mathbf{u} \\cdot \\mathbf{v}$ is:\n\nu\n⋅\nv\n=\n(\n2\n)\n(\n1\n)\n+\n(\ny\n)\n(\n−\n2\n)\n+\n(\n(\n−\n5\n)\n(\n1\n)\n)\n=\n2\n−\n2\ny\n−\n5\n=\n−\n3\n−\n2\ny\n.\nu⋅v=(2)(1)+(y)(−2)+((−5)(1))=2−2y−5=−3−2y.\n\nThe square of the norm of $\\mathbf{v}$ is:\n\n∥\nv\n∥\n2\n=\n(\n1\n)\n2\n+\n(\n−\n2\n)\n2\n+\n(\n1\n)\n2\n=\n6.\n∥v∥ \n2\n =(1) \n2\n +(−2) \n2\n +(1) \n2\n =6.\n\nThe projection of $\\mathbf{u}$ onto $\\mathbf{v}$ is then:\n\nproj\nv\nu\n=\n−\n3\n−\n2\ny\n6\n(\n1\n−\n2\n1\n \n)\n.\nproj \nv\n​\t\n u= \n6\n−3−2y\n​\t\n  \n⎝\n⎛\n​\t\n  \n1\n−2\n1\n​\t\n  \n⎠\n⎞\n​\t\n .\n\nGiven that this is equal to $\\frac{5}{6} \\begin{pmatrix} 1 \\ -2 \\ 1 \\end{pmatrix}$, we can equate the coefficients:\n\n−\n3\n−\n2\ny\n6\n=\n5\n6\n.\n6\n−3−2y\n​\t\n = \n6\n5\n​\t\n .\n\nSolving this equation for $y$ gives:\n\n−\n3\n−\n2\ny\n=\n5.\n−3−2y=5.\n−\n2\ny\n=\n8.\n−2y=8.\ny\n=\n−\n4.\ny=−4.\n\nSo, the value of $y$ that makes the projection of $\\begin{pmatrix} 2 \\ y \\ -5 \\end{pmatrix}$ onto $\\begin{pmatrix} 1 \\ -2 \\ 1 \\end{pmatrix}$ equal to $\\frac{5}{6} \\begin{pmatrix} 1 \\ -2 \\ 1 \\end{pmatrix}$ is $-4$.",
    ),
    (
        ("Precalculus", 7, "5", "8"),
        "We know that interchanging the rows of a determinant changes its sign. Therefore, if $\\begin{vmatrix} a & b \\ c & d \\end{vmatrix} = -8,$ then interchanging the rows, we have\n∣\nc\nd\na\nb\n \n∣\n=\n−\n(\n−\n8\n)\n=\n8.\n∣\n∣\n​\t\n  \nc\na\n​\t\n  \nd\nb\n​\t\n  \n∣\n∣\n​\t\n =−(−8)=8.Now, let's interchange the columns of the determinant $\\begin{vmatrix} c & d \\ a & b \\end{vmatrix}$ to get\n∣\nd\nc\nb\na\n \n∣\n.\n∣\n∣\n​\t\n  \nd\nb\n​\t\n  \nc\na\n​\t\n  \n∣\n∣\n​\t\n .This doesn't change the value of the determinant. Hence, we have\n∣\nd\nc\nb\na\n \n∣\n=\n8.\n∣\n∣\n​\t\n  \nd\nb\n​\t\n  \nc\na\n​\t\n  \n∣\n∣\n​\t\n =8.Therefore, $\\begin{vmatrix} b & a \\ d & c \\end{vmatrix} = \\boxed{8}.$",
    ),
    (
        ("Precalculus", 8, "5", "0"),
        "The roots of $z^3 = 1$ are complex roots of unity and can be expressed as $1$, $w$, and $w^2$, where $w = e^{2\\pi i/3}$ is a primitive third root of unity.\n\nWe are asked to find the sum of the products of pairs of roots, which is equal to $uw + uv + vw = (1)(w) + (1)(w^2) + (w)(w^2) = w + w^2 + w^3$.\n\nHowever, we know that $w^3 = 1$, so this simplifies to $w + w^2 + 1$.\n\nThe complex number $w$ can be expressed in rectangular form as $-1/2 + \\sqrt{3}/2 \\cdot i$.\n\nSo, $w^2$ is $(-1/2 + \\sqrt{3}/2 \\cdot i)^2 = 1/4 - 1/2 \\cdot i\\sqrt{3} - 3/4 = -1/2 - 1/2 \\cdot i\\sqrt{3}$.\n\nAdding these values together, we have $w + w^2 + 1 = (-1/2 + \\sqrt{3}/2 \\cdot i) + (-1/2 - 1/2 \\cdot i\\sqrt{3}) + 1 = 0$.\n\nTherefore, the sum $uv + uw + vw = 0$.",
    ),
    (
        ("Precalculus", 9, "5", "0"),
        "The quantity $\\mathbf{a} \\cdot (\\mathbf{a} \\times \\mathbf{b})$ is a scalar triple product. One property of the scalar triple product is that it equals zero when the three vectors are coplanar.\n\nHowever, there is an even more direct approach to this problem. The scalar triple product is equivalent to the determinant of the 3x3 matrix formed by placing the vectors $\\mathbf{a}$, $\\mathbf{a}$, and $\\mathbf{b}$ as the rows (or columns) of the matrix:\n\na\n⋅\n(\na\n×\nb\n)\n=\n∣\na\na\nb\n \n∣\n.\na⋅(a×b)= \n∣\n∣\n​\t\n  \na\na\nb\n​\t\n  \n∣\n∣\n​\t\n .\n\nSince the first two rows of the matrix are identical, the determinant of this matrix is zero. Therefore,\n\na\n⋅\n(\na\n×\nb\n)\n=\n0.\na⋅(a×b)=0.",
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

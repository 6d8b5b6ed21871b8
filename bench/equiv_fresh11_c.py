r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "c", first part:
labelled real model outputs). Parts: equiv_fresh11_c.py (GAIR-NLP/ReasonEval MR-MATH, 57 cases),
equiv_fresh11_c2.py (dvlab-research/MR-GSM8K, 45), equiv_fresh11_c3.py (PremiLab-Math/MathCheck
GSM outcome judging, 60) and equiv_fresh11_c4.py (MathCheck GEO outcome judging, 60).

These cases are not grader tests: they are real model completions kept in a GitHub repository with
a human label saying whether the completion's final answer is correct, sampled by a fixed rule.
``gold`` is the row's ``ground_truth_answer``, ``pred`` is the row's ``model_output`` exactly as
stored (whole completion, ``wrap`` False: a numbered step-by-step solution that ends in
``\boxed{...}`` and a ``#### answer`` line), ``expected`` is the human label
``model_output_answer_correctness == "correct"``. Do not tune the judge on these cases.

Source: GAIR-NLP/ReasonEval ``dataset/mr-math_invalid_errors.json``
@ 6c91c7a16e2b0e12ebc89685207cd091fb411478 (Meta-Reasoning-MATH: MATH test problems solved by
Abel-13B/70B and WizardMath, labelled by recruited undergraduates; the README says every solution in
this file reaches the correct final answer, the labels being about the steps). No license file in
the stored copy (model licenses only in the README): the rows are quoted as test data, with
attribution.

Sampling rule: the first 60 rows of the file, in file order (ids 0-59). Left out of those 60:
id 9 and id 49 (gold ``\cot x``, completion ends in ``\boxed{\csc x}``: the label "correct"
contradicts the row's own gold, sec x/sin x - sin x/cos x = cot x); id 8 (gold ``10``, completion
``\boxed{10\%}``: the percent-sign policy, left out as in equiv_fresh3_a). 57 cases, all with
``expected`` True (the file holds no answer-incorrect rows; the negatives of this helper are in
equiv_fresh11_c2.py). The companion file ``mr-math_redundant_errors.json`` (PRM800K solutions) has
step ratings but no answer-correctness label and was not used.

Looked at and not used: ZJU-REAL/VerifyBench @ 893d46f9f4ca953cc5128b2968452eeabdfc0b3c (its
``data/verify_bench*.jsonl`` are over the snapshot size limit, absent); openai/prm800k (data are
Git LFS pointers); openai/grade-school-math ``example_model_solutions.jsonl`` (``is_correct`` is
computed by a script on ``A: N`` integers, not a human label).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REASONEVAL = "GAIR-NLP/ReasonEval"
REASONEVAL_AT = "dataset/mr-math_invalid_errors.json@6c91c7a16e2b0e12ebc89685207cd091fb411478"

# (gold, whole completion, why): every row's human label is "correct".
_ROWS: list[tuple[str, str, str]] = [
    (
        "\\left( 3, \\frac{\\pi}{2} \\right)",
        "1. The problem asks us to convert the point $(0,3)$ in rectangular coordinates to polar coordinates. We need to express the answer in the form $(r, \\theta)$, where $r > 0$ and $0 \\le \\theta < 2\\pi$.\n2. To convert rectangular coordinates to polar coordinates, we need to find the magnitude $r$ and the angle $\\theta$.\n3. The magnitude $r$ is given by the formula $r = \\sqrt{x^2 + y^2}$, where $x$ and $y$ are the coordinates of the point. In this case, $x = 0$ and $y = 3$, so $r = \\sqrt{0^2 + 3^2} = 3$.\n4. The angle $\\theta$ is the angle between the positive $x$-axis and the line connecting the origin and the point. In this case, the line is vertical, so the angle is $90$ degrees or $\\frac{\\pi}{2}$ radians.\n5. [Final solution] Therefore, the polar coordinates of the point $(0,3)$ are $\\boxed{\\left(3, \\frac{\\pi}{2}\\right)}$.  #### \\left(3, \\frac{\\pi}{2}\\right) ",
        "id 0, Abel13B-001, label correct",
    ),
    (
        "5",
        "1. The problem is asking for the height of a cylinder given its volume.\n2. We are given that the volume of the cylinder is $45\\pi$ cubic cm.\n3. The volume of a cylinder is given by the formula $\\pi r^2h$, where $r$ is the radius and $h$ is the height.\n4. By substituting the given values into the formula, we have $45\\pi = \\pi (3^2)h$.\n5. Simplifying the equation, we get $45\\pi = 9\\pi h$.\n6. To solve for $h$, we divide both sides of the equation by $\\pi \\cdot 9$, which gives us $h = \\frac{45\\pi}{\\pi \\cdot 9}$.\n7. Simplifying the expression, we have $h = \\frac{45}{9} = \\boxed{5}$ cm.\n8. [Final solution] Therefore, the height of the cylinder is $\\boxed{5}$ cm.\n#### 5 ",
        "id 1, Abel13B-001, label correct",
    ),
    (
        "6+9i",
        "1. The problem asks us to evaluate the expression $(1+2i)6-3i$.\n2. By the distributive property of multiplication over addition, we can simplify the expression as $(1+2i)(6) - 3i$.\n3. By the distributive property again, we have $(1*6) + (2i*6) - 3i$.\n4. Simplifying the multiplication gives $6 + 12i - 3i$.\n5. By the commutative property of addition, we can rearrange the terms as $6 - 3i + 12i$.\n6. By the associative property of addition, we can group the terms as $(6 - 3i) + (12i)$.\n7. By the definition of addition, we have $6 - 3i + 12i = 6 + 9i$.\n8. [Final solution] Therefore, the value of $(1+2i)6-3i$ is $\\boxed{6+9i}$. #### 6+9i ",
        "id 2, Abel13B-001, label correct",
    ),
    (
        "52_8",
        "1. The problem asks us to find the product of $6_8 \\cdot 7_8$ and express the answer in base $8$.\n2. We start by multiplying the units digit: $6_8 \\times 7_8 = 42_{10} = 50_{8}$. We write down a $0$ and carry-over another $2$.\n3. Moving on to the next digit, we need to evaluate $5_8 \\times 7_8 + 2_8 = 35_{10} = 4B_{8}$. Thus, the next digit is a $B$ and we carry-over another $3$.\n4. Finally, the leftmost digits are given by the operation $7_8 \\times 7_8 + 3_8 = 44_{10} = 52_{8}$.\n5. Writing out the multiplication, we have:\n$$\\begin{array}{@{}c@{\\;}c@{}c@{}c@{}c@{}c@{}c}\n& & & & & \\stackrel{3}{5} & \\stackrel{2}{B} \\\\\n& & & \\times & & & 7_8 \\\\\n\\cline{4-7} & & &  &  & 5 & 2_8 \\\\\n\\end{array}$$\n6. [Final solution] Therefore, the product of $6_8 \\cdot 7_8$ is $\\boxed{52_8}$.  #### 52_8 ",
        "id 3, Abel13B-001, label correct",
    ),
    (
        "2",
        "1. The problem states that in right triangle $ABC$ with $\\angle B = 90^\\circ$, we have $\\sin A = 2\\cos A$. We want to find the value of $\\tan A$.\n2. By the Pythagorean Theorem, we know that $BC = \\sqrt{AB^2 + AC^2}$.\n3. By the definition of sine and cosine, we have $\\sin A = \\frac{BC}{AB}$ and $\\cos A = \\frac{BC}{AC}$.\n4. By the given equation $\\sin A = 2\\cos A$, we have $\\frac{BC}{AB} = 2\\cdot\\frac{BC}{AC}$.\n5. By step 4, we can cross multiply to get $\\frac{BC}{AB} = \\frac{2BC}{AC}$.\n6. By step 3, we know that $\\frac{BC}{AB} = \\sin A$ and $\\frac{2BC}{AC} = 2\\cos A$.\n7. By step 6, we have $\\sin A = 2\\cos A$.\n8. By the definition of tangent, we have $\\tan A = \\frac{\\sin A}{\\cos A}$.\n9. By step 7, we can substitute the given equation into the definition of tangent to get $\\tan A = \\frac{\\sin A}{\\cos A} = \\frac{2\\cos A}{\\cos A} = 2$.\n10. [Final solution] Therefore, the value of $\\tan A$ is $\\boxed{2}$.  #### 2 ",
        "id 4, Abel13B-001, label correct",
    ),
    (
        "83",
        '1. The problem states that half the value of $3x-9$ is $x+37$. We want to find the value of $x$.\n2. By the definition of "half the value" of a number, we know that it is equal to $\\frac{1}{2}$ times the number. Therefore, half the value of $3x-9$ is $\\frac{1}{2}(3x-9)$.\n3. By the problem statement, we know that half the value of $3x-9$ is equal to $x+37$. Therefore, we can write the equation $\\frac{1}{2}(3x-9) = x+37$.\n4. To solve the equation, we can multiply both sides by 2 to eliminate the fraction. This gives us $2(\\frac{1}{2}(3x-9)) = 2(x+37)$.\n5. Simplifying the equation from step 4 gives us $3x-9 = 2x+74$.\n6. By the property of equality, we can subtract $2x$ from both sides of the equation to isolate the $x$ term. This gives us $3x-2x = 9+74$.\n7. Simplifying the equation from step 6 gives us $x = 83$.\n8. [Final solution] Therefore, the value of $x$ is $\\boxed{83}$. #### 83 ',
        "id 5, Abel13B-001, label correct",
    ),
    (
        "3",
        "1. The problem is asking us to find the degree of the polynomial $f(x)$ given that $(x-1)\\cdot f(x) = 3x^4+x^3 - 25x^2 +38x -17$.\n2. To find the degree of $f(x)$, we need to determine the highest power of $x$ in the polynomial $f(x)$.\n3. By expanding the right side of the equation, we can see that the highest power of $x$ is $x^4$.\n4. However, when we multiply $(x-1)$ by $f(x)$, the $x^4$ term will cancel out with the $x^4$ term in $(x-1)\\cdot f(x)$.\n5. Therefore, the degree of $f(x)$ must be the same as the degree of the remaining polynomial, which is $x^3 - 25x^2 + 38x - 17$.\n6. By observing the coefficients of the terms in the remaining polynomial, we can see that the coefficient of the $x^3$ term is not zero.\n7. Therefore, the degree of $f(x)$ must be $\\boxed{3}$.\n8. [Final solution] The degree of $f(x)$ is $\\boxed{3}$.\n#### 3 ",
        "id 6, Abel13B-001, label correct",
    ),
    (
        "-256",
        "1. The problem states that the equation $8x^3 + 4ax^2 + 2bx + a = 0$ has three distinct positive roots. We want to find the value of $a$.\n2. Let the roots of the equation be $p$, $q$, and $r$. According to the problem, the sum of the base-2 logarithms of the roots is 5, which can be written as $\\log_2 p + \\log_2 q + \\log_2 r = 5$.\n3. By the property of logarithms, we know that $\\log_2 p + \\log_2 q + \\log_2 r = \\log_2(pqr)$. Therefore, we can rewrite the equation from step 2 as $\\log_2(pqr) = 5$.\n4. By the definition of logarithms, $\\log_2(pqr) = 5$ is equivalent to $pqr = 2^5 = 32$.\n5. Notice that $pqr$ is the product of the roots of the given polynomial. By Vieta's formulas, the product of the roots is equal to $-\\frac{a}{8}$.\n6. By step 4 and step 5, we have $-\\frac{a}{8} = 32$.\n7. Solving the equation from step 6 $-\\frac{a}{8} = 32$ for $a$, we multiply both sides by $-8$ to get $a = -256$.\n8. [Final solution] Therefore, the value of $a$ is $\\boxed{-256}$. #### -256 ",
        "id 7, Abel13B-001, label correct",
    ),
    (
        "\\frac43",
        "1. The problem is asking for the value of $y$ at which there is a horizontal asymptote for the graph of the given equation.\n2. To find the horizontal asymptote, we need to determine the degree of the polynomial in the numerator and the denominator.\n3. The degree of the numerator is 3 and the degree of the denominator is also 3.\n4. Since the degrees are the same, we can determine the horizontal asymptote by taking the ratio of the leading coefficients of the numerator and the denominator.\n5. The leading coefficient of the numerator is 4 and the leading coefficient of the denominator is 3.\n6. Therefore, the horizontal asymptote is at the $y$-value that equals the ratio of the leading coefficient of the numerator to the leading coefficient of the denominator, which is $\\frac{4}{3}$.\n7. [Final solution] The value of $y$ at which there is a horizontal asymptote for the graph of the equation $y=\\frac{4x^3+2x-4}{3x^3-2x^2+5x-1}$ is $\\boxed{\\frac{4}{3}}$.\n#### \\frac{4}{3} ",
        "id 10, Abel13B-001, label correct",
    ),
    (
        "36",
        "1. The problem is asking for the fewest number of miles Suzanne can walk in February, given that she walks four miles every third day.\n2. We know that February has 28 days, so Suzanne will walk four miles on every third day.\n3. To find the fewest number of miles she can walk, we need to find the minimum number of times she walks four miles in February.\n4. Since there are 28 days in February, the minimum number of times Suzanne can walk four miles is $\\frac{28}{3} = 9$.\n5. Therefore, the fewest number of miles she can walk in February is $4 \\times 9 = \\boxed{36}$.\n#### 36 ",
        "id 11, Abel13B-001, label correct",
    ),
    (
        "13",
        "1. The problem is asking us to find the greatest possible value of $\\gcd(n + 7, 2n + 1)$, where $n$ is a positive integer.\n2. We can use the property that $\\gcd(a, b) = \\gcd(a, b - ka)$ for any positive integers $a, b$ and $k$.\n3. Applying this property, we have $\\gcd(n + 7, 2n + 1) = \\gcd(n + 7, (2n + 1) - (2n + 1) \\cdot 7)$.\n4. Simplifying, we get $\\gcd(n + 7, 2n + 1) = \\gcd(n + 7, -6)$.\n5. Since $n$ is a positive integer, $\\gcd(n + 7, -6)$ is equivalent to $\\gcd(-6, n + 7)$.\n6. Using the property $\\gcd(a, b) = \\gcd(a, b - ka)$, we can rewrite $\\gcd(-6, n + 7)$ as $\\gcd(-6, -1 \\cdot (n + 7))$.\n7. Simplifying further, we get $\\gcd(-6, n + 7) = \\gcd(-6, -n - 7)$.\n8. Since $n$ is a positive integer, $\\gcd(-6, -n - 7)$ is equivalent to $\\gcd(-n - 7, -6)$.\n9. Using the property $\\gcd(a, b) = \\gcd(a, b - ka)$, we can rewrite $\\gcd(-n - 7, -6)$ as $\\gcd(-n - 7, -1 \\cdot -6)$.\n10. Simplifying, we get $\\gcd(-n - 7, -6) = \\gcd(-n - 7, 6)$.\n11. Since $n$ is a positive integer, $\\gcd(-n - 7, 6)$ is equivalent to $\\gcd(n + 7, 6)$.\n12. Using the property $\\gcd(a, b) = \\gcd(a, b - ka)$, we can rewrite $\\gcd(n + 7, 6)$ as $\\gcd(n + 7, 6 - 6 \\cdot (n + 7))$.\n13. Simplifying, we get $\\gcd(n + 7, 6) = \\gcd(n + 7, -n - 7)$.\n14. Since $n$ is a positive integer, $\\gcd(n + 7, -n - 7)$ is equivalent to $\\gcd(n + 7, 13)$.\n15. [Final solution] Therefore, the greatest possible value of $\\gcd(n + 7, 2n + 1)$ is $\\boxed{13}$.\n#### 13 ",
        "id 12, Abel13B-001, label correct",
    ),
    (
        "4",
        "1. The problem is asking us to find the smallest value of $a$ such that the sum of the geometric series $4+\\frac{12}{a}+\\frac{36}{a^2}+\\cdots$ is a perfect square.\n2. We can find the sum of an infinite geometric series using the formula $\\frac{a}{1-r}$, where $a$ is the first term and $r$ is the common ratio.\n3. In this case, the first term $a$ is 4 and the common ratio $r$ is $\\frac{1}{a}$, which simplifies to $\\frac{1}{4}$.\n4. Using the formula from step 2, the sum of the geometric series is $\\frac{4}{1-\\frac{1}{4}} = \\frac{4}{\\frac{3}{4}} = \\frac{4}{3}$.\n5. Since $\\frac{4}{3}$ is not a perfect square, we need to try different values of $a$ to find the smallest value where the sum is a perfect square.\n6. We can start by trying $a=2$, which gives us a sum of $\\frac{4}{1-\\frac{1}{2}} = \\frac{4}{\\frac{1}{2}} = \\frac{4}{0.5} = 8$, which is not a perfect square.\n7. Next, we can try $a=3$, which gives us a sum of $\\frac{4}{1-\\frac{1}{3}} = \\frac{4}{\\frac{2}{3}} = \\frac{4}{0.66} \\approx 6.06$, which is also not a perfect square.\n8. Finally, we can try $a=4$, which gives us a sum of $\\frac{4}{1-\\frac{1}{4}} = \\frac{4}{\\frac{3}{4}} = \\frac{4}{0.75} = 5.33$, which is not a perfect square.\n9. By step 8, we can conclude that the smallest value of $a$ for which the sum of the geometric series is a perfect square is $a=4$.\n10. [Final solution] Therefore, the smallest possible value of $a$ is $\\boxed{4}$.\n#### 4 ",
        "id 13, Abel13B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to determine the number of $y$-intercepts of the graph of the parabola $x = y^2 - 4y - 1$.\n2. The $y$-intercepts of a graph are the points where the graph intersects the $y$-axis. These points can be found by setting $x = 0$ in the equation of the parabola.\n3. By substituting $x = 0$ into the equation of the parabola $x = y^2 - 4y - 1$, we obtain the quadratic equation $0 = y^2 - 4y - 1$.\n4. To find the solutions of this quadratic equation, we can use the quadratic formula. The quadratic formula states that for a quadratic equation $ax^2 + bx + c = 0$, the solutions are given by $x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}$.\n5. By applying the quadratic formula to the equation $0 = y^2 - 4y - 1$, we find that the solutions of the quadratic equation are $y = \\frac{-(-4) \\pm \\sqrt{(-4)^2 - 4(1)(-1)}}{2(1)} = \\frac{4 \\pm \\sqrt{16 + 4}}{2} = \\frac{4 \\pm \\sqrt{20}}{2} = \\frac{4 \\pm 2\\sqrt{5}}{2} = 2 \\pm \\sqrt{5}$.\n6. The two solutions of the quadratic equation are $y = 2 + \\sqrt{5}$ and $y = 2 - \\sqrt{5}$.\n7. Therefore, the graph of the parabola $x = y^2 - 4y - 1$ has $\\boxed{2}$ $y$-intercepts, which are the points where the graph intersects the $y$-axis.  #### 2 ",
        "id 14, Abel13B-001, label correct",
    ),
    (
        "7",
        "1. The problem states that Hillary has eleven coins, all dimes and nickels. In total, the coins are worth 75 cents. We want to find the number of nickels she has.\n2. Let's assume that Hillary has z nickels. Since each nickel is worth 5 cents, the total value of the nickels is $5z$ cents.\n3. Hillary's dimes are worth 10 cents each. Since she has 11 coins in total, the total value of the dimes is $10(11 - z)$ cents.\n4. According to the problem, the total value of the coins is 75 cents. Therefore, we can set up the equation $5z + 10(11 - z) = 75$ to represent the total value of the nickels and dimes.\n5. Simplifying the equation from step 4 gives $5z + 110 - 10z = 75$.\n6. Combining like terms in the equation from step 5 gives $5z + 10z = 110$.\n7. Simplifying the equation from step 6 gives $15z = 110$.\n8. Solving for z by dividing both sides of the equation from step 7 by 15 gives $z = 110 / 15 = 7$.\n9. [Final solution] Therefore, Hillary has $\\boxed{7}$ nickels. #### 7 ",
        "id 15, Abel13B-001, label correct",
    ),
    (
        "\\frac{16}{27}",
        "1. The problem is asking us to find the amount of milk in the bucket when Sam gets home.\n2. We are given that the bucket has a leak and for each mile Sam walks, there is $\\frac{2}{3}$ as much milk in the bucket as at the beginning of the mile.\n3. Since Sam walks 3 miles, we need to calculate the amount of milk in the bucket after he walks 3 miles.\n4. At the end of the first mile, there is $\\frac{2}{3}$ as much milk in the bucket as at the beginning of the mile.\n5. At the end of the second mile, there is $\\frac{2}{3}$ as much milk in the bucket as at the end of the first mile.\n6. At the end of the third mile, there is $\\frac{2}{3}$ as much milk in the bucket as at the end of the second mile.\n7. Therefore, at the end of the three miles, there is $\\left(\\frac{2}{3}\\right)^3$ as much milk in the bucket as at the beginning of the three miles.\n8. Simplifying, we have $\\left(\\frac{2}{3}\\right)^3 = \\frac{8}{27}$ as much milk in the bucket.\n9. Since the bucket initially holds 2 gallons of milk, we can calculate the amount of milk in the bucket when Sam gets home by multiplying the initial amount of milk by $\\frac{8}{27}$.\n10. Thus, the amount of milk in the bucket when Sam gets home is $2 \\times \\frac{8}{27} = \\frac{16}{27}$ gallons.\n11. [Final solution] Therefore, there will be $\\boxed{\\frac{16}{27}}$ gallons of milk in the bucket when Sam gets home.\n#### \\frac{16}{27} ",
        "id 16, Abel13B-001, label correct",
    ),
    (
        "3",
        "1. The problem states that a triangle has sides measuring 1 unit and 3 units. We want to find the length of the third side, in units.\n2. According to the Triangle Inequality Theorem, the sum of the lengths of any two sides of a triangle must be greater than the length of the third side. In this case, the length of the third side must be less than the sum of the other two sides, which is $3 + 1 = 4$ units.\n3. Since the length of the third side is an integer, the only possible value for the length of the third side is $\\boxed{3}$ units.  #### 3 ",
        "id 17, Abel13B-001, label correct",
    ),
    (
        "8",
        "1. The problem is asking for the number of sides in a convex polygon when the sum of all but one of its interior angles is $1070^{\\circ}$.\n2. We know that the sum of the interior angles of a polygon is given by the formula $180(n-2)$, where $n$ is the number of sides in the polygon.\n3. Since the polygon is convex, we also know that the sum of the interior angles of a triangle is $180^{\\circ}$ and the sum of the interior angles of a quadrilateral is $360^{\\circ}$.\n4. By step 3, we can see that if we have a polygon with more than 4 sides, the sum of its interior angles will be greater than $180(4-2) = 360^{\\circ}$.\n5. By step 2, we can set up the inequality $180(n-2) > 1070^{\\circ}$ to find the minimum number of sides in the polygon.\n6. Solving the inequality from step 5, we get $n > 7$, since $180(7-2) = 1080^{\\circ} > 1070^{\\circ}$.\n7. By step 6, we conclude that the polygon must have at least 8 sides.\n8. To prove that 7 sides are not enough, we calculate $180(7-2)$ and see that it equals $840^{\\circ}$, which is less than $1070^{\\circ}$.\n9. [Final solution] Therefore, the polygon must have $\\boxed{8}$ sides.\n#### 8 ",
        "id 18, Abel13B-001, label correct",
    ),
    (
        "\\dfrac{33}{100}",
        "1. The problem asks for the probability that a number selected at random from 1 through 100, inclusive, is a multiple of 3.\n2. To find the probability, we need to determine the number of favorable cases (multiples of 3) and the total number of cases (numbers from 1 to 100).\n3. The multiples of 3 from 1 to 100 are $3, 6, 9, \\ldots, 99$. To count the number of multiples of 3, we notice that the multiples of 3 form an arithmetic sequence with a common difference of 3. The first term is 3 and the last term is 99. Using the formula for the number of terms in an arithmetic sequence, we have $99-3+1=\\frac{99-3}{3}+1=33$ multiples of 3.\n4. The total number of cases from 1 to 100 is 100.\n5. The probability is calculated by dividing the number of favorable cases (multiples of 3) by the total number of cases (numbers from 1 to 100). Therefore, the probability is $\\frac{33}{100}$.\n6. [Final solution] The probability that a number selected at random from 1 through 100, inclusive, is a multiple of 3 is $\\boxed{\\frac{33}{100}}$.\n#### \\frac{33}{100} ",
        "id 19, Abel13B-001, label correct",
    ),
    (
        "180^\\circ",
        "1. The problem asks us to find the number of degrees in the sum of $m\\angle J$ and $m\\angle H$.\n2. By the property of tangents to a circle, we know that the tangent lines from a point $P$ on a circle are equal in length. Therefore, $HO = HN$.\n3. By the definition of angle subtended by a arc, we know that $m\\angle J = \\frac{1}{2} \\cdot (180 - m\\angle H)$.\n4. By the property of tangents to a circle, we know that $m\\angle H = m\\angle J$.\n5. By substituting $m\\angle H$ into the equation from step 3, we have $m\\angle J = \\frac{1}{2} \\cdot (180 - m\\angle J)$.\n6. Simplifying the equation from step 5 gives $m\\angle J = 180$.\n7. By the property of angles, we know that $m\\angle H = 180$.\n8. By substituting $m\\angle H$ into the equation from step 3, we have $m\\angle J = \\frac{1}{2} \\cdot (180 - 180)$.\n9. Simplifying the equation from step 8 gives $m\\angle J = 0$.\n10. By the property of angles, we know that the sum of $m\\angle J$ and $m\\angle H$ is $180$.\n11. [Final solution] Therefore, the number of degrees in the sum of $m\\angle J$ and $m\\angle H$ is $\\boxed{180}$.  #### 180 ",
        "id 20, Abel13B-001, label correct",
    ),
    (
        "10",
        "1. The problem states that one ticket to a show costs $\\$20$ at full price. Susan buys $4$ tickets using a coupon that gives her a $25\\%$ discount. Pam buys $5$ tickets using a coupon that gives her a $30\\%$ discount. We want to find how many more dollars Pam pays than Susan.\n2. According to the problem, Susan's discount is $25\\%$. To find the discounted price of one ticket, we multiply the full price by $(1 - 0.25) = 0.75$. Therefore, Susan's discounted price for one ticket is $0.75 \\cdot \\$20 = \\$15$.\n3. By multiplying Susan's discounted price for one ticket by the number of tickets she buys, we find that Susan pays $(15 \\cdot 4) = \\$60$ in total.\n4. According to the problem, Pam's discount is $30\\%$. To find the discounted price of one ticket, we multiply the full price by $(1 - 0.30) = 0.70$. Therefore, Pam's discounted price for one ticket is $0.70 \\cdot \\$20 = \\$14$.\n5. By multiplying Pam's discounted price for one ticket by the number of tickets she buys, we find that Pam pays $(14 \\cdot 5) = \\$70$ in total.\n6. To find the difference in the amount Pam pays compared to Susan, we subtract Susan's total payment from Pam's total payment: $\\$70 - \\$60 = \\$10$.\n7. [Final solution] Therefore, Pam pays $\\boxed{\\$10}$ more than Susan.  #### \\$10 ",
        "id 21, Abel13B-001, label correct",
    ),
    (
        "103",
        "1. The problem is asking for the smallest possible number of leaves in a book, given that the number of pages is $3$ more than a multiple of $7$ and the number of leaves is greater than $100$.\n2. We are given the equation $2l = p + 3$, where $l$ is the number of leaves and $p$ is the number of pages.\n3. We are also given that $l > 100$.\n4. From the equation in step 2, we can solve for $l$ in terms of $p$ as $l = \\frac{p + 3}{2}$.\n5. We can substitute the value of $l$ from step 4 into the inequality in step 3 to get $\\frac{p + 3}{2} > 100$.\n6. Multiplying both sides of the inequality in step 5 by $2$ gives us $p + 3 > 200$.\n7. Subtracting $3$ from both sides of the inequality in step 6 gives us $p > 197$.\n8. Since $p$ must be an integer, the smallest possible value for $p$ is $200$.\n9. However, $p$ must also be $3$ more than a multiple of $7$. The smallest such value for $p$ is $203$.\n10. We can check that when $p = 203$, the equation in step 2 becomes $2l = 203 + 3 = 206$, which implies $l = \\frac{206}{2} = 103$.\n11. [Final solution] Therefore, the smallest possible number of leaves is $\\boxed{103}$.\n#### 103 ",
        "id 22, Abel13B-001, label correct",
    ),
    (
        "(-\\infty, 0]",
        "1. The problem asks us to find the range of the function $y = \\log_2 (\\sqrt{\\sin x})$ for $0^\\circ < x < 180^\\circ$.\n2. By the given condition $0^\\circ < x < 180^\\circ$, we know that $0 < \\sin x \\leq 1$. Therefore, $\\sqrt{\\sin x}$ is also greater than 0 and less than or equal to 1.\n3. The function $\\log_2 x$ has a range of all non-positive numbers for $0 < x \\leq 1$. Since $\\sqrt{\\sin x}$ falls within this range, we can conclude that $\\log_2 (\\sqrt{\\sin x})$ also has a range of all non-positive numbers.\n4. Therefore, the range of the function $y = \\log_2 (\\sqrt{\\sin x})$ for $0^\\circ < x < 180^\\circ$ is $\\boxed{(-\\infty,0]}$.  #### (-\\infty,0] ",
        "id 23, Abel13B-001, label correct",
    ),
    (
        "(5,\\infty)",
        "1. The problem is asking us to solve the inequality $\\frac{1}{x - 5} > 0$ and express the solution in interval notation.\n2. To solve this inequality, we need to determine the values of $x$ for which the expression $\\frac{1}{x - 5}$ is positive.\n3. The expression $\\frac{1}{x - 5}$ is positive if and only if the denominator $x - 5$ is positive.\n4. The denominator $x - 5$ is positive when $x > 5$.\n5. Therefore, the solution to the inequality is $x \\in \\boxed{(5,\\infty)}$.\n6. [Final solution] The values of $x$ that satisfy the inequality $\\frac{1}{x - 5} > 0$ are $x$ in the interval $(5,\\infty)$.\n#### (5,\\infty) ",
        "id 24, Abel13B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to find the minimum value of $(x + y)(y + z)$ given that $x,$ $y,$ and $z$ are positive real numbers and $xyz(x + y + z) = 1$.\n2. By the AM-GM inequality, we have $x + y + z \\geq 3\\sqrt[3]{xyz}$.\n3. By the given condition $xyz(x + y + z) = 1$, we can substitute $x + y + z$ with $\\sqrt[3]{xyz}$ in the inequality from step 2 to get $3\\sqrt[3]{xyz} \\geq 3$.\n4. Simplifying the inequality from step 3 gives $\\sqrt[3]{xyz} \\geq 1$.\n5. By raising both sides of the inequality from step 4 to the power of 3, we have $xyz \\geq 1$.\n6. By the AM-GM inequality, we have $(x + y)(y + z) \\geq 2\\sqrt{(x + y)(y + z)}$.\n7. By the given condition $xyz(x + y + z) = 1$, we can substitute $(x + y)(y + z)$ with $\\frac{1}{xyz}$ in the inequality from step 6 to get $2\\sqrt{(x + y)(y + z)} \\geq 2\\sqrt{\\frac{1}{xyz}}$.\n8. Simplifying the inequality from step 7 gives $(x + y)(y + z) \\geq \\frac{2}{\\sqrt{xyz}}$.\n9. By the condition $xyz \\geq 1$ from step 5, we have $\\frac{2}{\\sqrt{xyz}} \\geq \\frac{2}{\\sqrt{1}} = 2$.\n10. Therefore, the minimum value of $(x + y)(y + z)$ is $\\boxed{2}$.  #### 2 ",
        "id 25, Abel13B-001, label correct",
    ),
    (
        "6",
        "1. The problem states that the product of three consecutive integers is 120, and the product divided by the mean of the three integers is 24. We want to find the largest of the three consecutive integers.\n2. Let's assume the three consecutive integers are $n$, $n + 1$, and $n + 2$. The product of these three integers is given as 120, so we have $n(n + 1)(n + 2) = 120$.\n3. We can use the factorization formula for the product of three consecutive integers: $n(n + 1)(n + 2) = n^3 + 3n^2 + 2n + 6$.\n4. By substituting the given values into the equation from step 2, we have $n^3 + 3n^2 + 2n + 6 = 120$.\n5. Simplifying the equation from step 4 gives $n^3 + 3n^2 + 2n - 114 = 0$.\n6. We can solve this cubic equation by trying possible solutions. By observation, we can see that $n = 4$ is a solution to the equation.\n7. By substituting $n = 4$ into the equation from step 2, we find that the mean of the three integers is $\\frac{4 + 5 + 6}{3} = 5$.\n8. According to the problem, the product of the three integers divided by the mean is 24. By substituting the values into the equation, we have $\\frac{120}{5} = 24$.\n9. Since the product divided by the mean is equal to 24, we can conclude that $n = 4$ is the correct solution.\n10. [Final solution] Therefore, the largest of the three consecutive integers is $\\boxed{6}$.  #### 6 ",
        "id 26, Abel13B-001, label correct",
    ),
    (
        "1",
        "1. The problem states that $f$ is a function and $f^{-1}$ is the inverse of $f$. We are given that $f(1) = 2$, $f(2) = 6$, and $f(3) = 5$. We need to find the value of $f^{-1}(f^{-1}(6))$.\n2. By definition, $f(2) = 6$ means that the input $2$ is mapped to the output $6$ under the function $f$. Therefore, $f^{-1}(6)$ is the input that maps to the output $6$ under the inverse function $f^{-1}$.\n3. By the given information, we know that $f(3) = 5$. Therefore, $f^{-1}(5)$ is the input that maps to the output $5$ under the inverse function $f^{-1}$.\n4. By step 2 and step 3, we have $f^{-1}(6) = 3$ and $f^{-1}(5) = 3$.\n5. By definition, $f^{-1}(f^{-1}(6)) = f^{-1}(3)$.\n6. By the given information, we know that $f(1) = 2$. Therefore, $f^{-1}(2)$ is the input that maps to the output $2$ under the inverse function $f^{-1}$.\n7. By step 6, we have $f^{-1}(3) = 1$.\n8. [Final solution] Hence, $f^{-1}(f^{-1}(6)) = f^{-1}(3) = \\boxed{1}$.  #### 1 ",
        "id 27, Abel13B-001, label correct",
    ),
    (
        "4",
        "1. The problem asks us to find the difference between the positive square root of 64 and the cube root of 64.\n2. By definition, the square root of a number is a value that, when multiplied by itself, gives the original number. The cube root of a number is a value that, when multiplied by itself twice, gives the original number.\n3. Given the number 64, we can find its square root by dividing it by itself. Thus, $\\sqrt{64} = \\frac{64}{1} = 8$.\n4. To find the cube root of 64, we need to find a number that, when multiplied by itself twice, gives 64. By observation, we find that $4^2 \\times 4^2 = 64$. Therefore, the cube root of 64 is $4$.\n5. The problem asks for the difference between the square root and the cube root of 64. By subtracting the cube root from the square root, we get $8 - 4 = \\boxed{4}$.\n#### 4 ",
        "id 28, Abel13B-001, label correct",
    ),
    (
        "15x - 80",
        "1. The problem involves simplifying an expression by combining like terms.\n2. We start by grouping the terms with the same variable, $x$, together. We have $19x + 1$ and $-4x - 81$.\n3. Next, we combine the terms with the same variable. $19x + 1$ and $-4x - 81$ both have a coefficient of $x$, so we can combine them. We get $19x - 4x = 15x$.\n4. Finally, we combine the constant terms. $1 + (-81) = -80$.\n5. [Final solution] The simplified expression is $\\boxed{15x - 80}$.\n#### 15x-80 ",
        "id 29, Abel13B-001, label correct",
    ),
    (
        "11",
        "1. The problem asks us to find the number of integers in the solution set of the inequality $|x-2|\\leq5.6$.\n2. By the definition of absolute value, the absolute value of a number is its distance from zero on the number line. Therefore, $|x-2|=5.6$ means that the distance between $x$ and $2$ is $5.6$.\n3. This inequality can be rewritten as $-5.6\\leq x-2\\leq5.6$. By adding $2$ to all sides of the inequality, we get $-3.6\\leq x\\leq7.6$.\n4. The solution set of the inequality is the interval $[-3.6, 7.6]$. To find the number of integers in this interval, we need to count the integers between $-3.6$ and $7.6$ (inclusive).\n5. The integers in this interval are $-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7$. Counting these integers, we find that there are $11$ integers.\n6. [Final solution] Therefore, the number of integers in the solution set of $|x-2|\\leq5.6$ is $\\boxed{11}$.  #### 11 ",
        "id 30, Abel13B-001, label correct",
    ),
    (
        "23",
        "1. The problem is asking us to solve for $6x + 5$ given the equation $3x + 2(1 + x) = 17$.\n2. To isolate the terms with $x$ on one side of the equation, we can subtract $3x$ from both sides. This gives us $2(1 + x) = 17 - 3x$.\n3. Simplifying the equation in step 2, we get $2 + 2x = 17 - 3x$.\n4. Next, we can distribute the $2$ on the left side of the equation. This gives us $2x + 2 = 17 - 3x$.\n5. Combining like terms on the right side of the equation, we get $2x + 2 + 3x = 17$.\n6. Simplifying the equation in step 5, we get $5x + 2 = 17$.\n7. To isolate $5x$, we can subtract $2$ from both sides of the equation. This gives us $5x = 17 - 2$.\n8. Simplifying the equation in step 7, we get $5x = 15$.\n9. Finally, to solve for $6x + 5$, we can divide both sides of the equation by $5$. This gives us $x = 3$.\n10. Substituting $x = 3$ into the expression $6x + 5$, we get $6(3) + 5 = 18 + 5 = 23$.\n11. [Final solution] Therefore, the value of $6x + 5$ is $\\boxed{23}$.\n#### 23 ",
        "id 31, Abel13B-001, label correct",
    ),
    (
        "10",
        "1. The problem involves finding the sum of the values of $a$ that satisfy a given equation.\n2. We start by expanding the equation to simplify it: $$(3)5^2-4(5-a)^2 \\div 3=63$$ can be written as: $$125-20(5-a)^2=63$$\n3. Next, we distribute the $20$ to get: $$20(5-a)^2=63-125$$\n4. We then simplify the right side of the equation: $$20(5-a)^2=63-125$$ can be rewritten as: $$20(5-a)^2=-62$$\n5. Since the square of a real number is always non-negative, we know that $(5-a)^2 \\geq 0$.\n6. Therefore, $-20(5-a)^2$ is at most $-20 \\cdot 0 = 0$.\n7. However, we also have $-20(5-a)^2=-62$.\n8. This implies that $(5-a)^2=31$.\n9. Taking the square root of both sides, we get $5-a=\\pm \\sqrt{31}$.\n10. We now have two equations: $5-a=+\\sqrt{31}$ and $5-a=-\\sqrt{31}$.\n11. Solving the first equation for $a$, we get $a=5-\\sqrt{31}$.\n12. Solving the second equation for $a$, we get $a=5+\\sqrt{31}$.\n13. Therefore, the sum of the values of $a$ that satisfy the equation is $(5-\\sqrt{31})+(5+\\sqrt{31})=10$.\n14. [Final solution] The sum of the values of $a$ that satisfy the equation is $\\boxed{10}$.\n#### 10 ",
        "id 32, Abel13B-001, label correct",
    ),
    (
        ".35625",
        "1. The problem asks us to convert the fraction $\\frac{57}{160}$ to a terminating decimal.\n2. We can use the method of fraction to decimal conversion table to find the decimal equivalent of the fraction.\n3. By referring to the table, we find that $\\frac{57}{160}$ is equal to 0.35625.\n4. [Final solution] Therefore, the fraction $\\frac{57}{160}$ as a terminating decimal is $\\boxed{0.35625}$. #### 0.35625 ",
        "id 33, Abel13B-001, label correct",
    ),
    (
        "\\frac{1}{2}",
        "1. The problem is asking for the probability that a randomly chosen point from the interior of rectangle $ABCD$ is closer to the center $O$ than to any of the four vertices.\n2. Let $E$ be the randomly chosen point. We can use the Pythagorean Theorem to determine the probability that $E$ is closer to $O$ than to vertex $A$. The Pythagorean Theorem states that for a right triangle with sides of length $a$ and $b$ and hypotenuse of length $c$, $a^2 + b^2 = c^2$.\n3. Applying the Pythagorean Theorem to triangle $AEO$, we have $AE^2 = AO^2 - OE^2$. Since $AB/AD = k$, we know that $AO = AD/k$ and $AE = (AD/k)^2$.\n4. Using the equation from step 3, we can express $OE$ in terms of $AE$ and $AO$. We have $OE^2 = (AE/2)^2 = (AD/k)^2/4 = (1/2)^2 \\cdot (AD/k)^2 = (1/4) \\cdot (AD)^2 / (k^2) = (1/4) \\cdot (2AB)^2 / (k^2) = (1/4) \\cdot (2k^2)^2 / (k^2) = (1/4) \\cdot 4k^2 = k^2$.\n5. Therefore, $OE = \\sqrt{k^2} = k$.\n6. Applying the Pythagorean Theorem to triangle $AEO$, we have $AE^2 = AO^2 - OE^2 = (2k)^2 - k^2 = (k^2)(2 - 1) = k^2 \\cdot 1 = k^2$.\n7. Thus, $E$ is closer to $O$ than to vertex $A$ if and only if $AE < AO$. Since $AE = (AD/k)^2$ and $AO = AD/k$, we have $AE < AO$ if and only if $(AD/k)^2 < AD/k$. Simplifying this inequality gives $AD^2 < k^2$.\n8. Since $AD = 2AB$, we can rewrite the inequality from step 7 as $4AB^2 < k^2$.\n9. Therefore, the points $E$ that are closer to $O$ than to vertex $A$ are the points in the shaded region $\\triangle AOB$ and $\\triangle AOM$.\n10. The area of $\\triangle AOB$ and $\\triangle AOM$ can be calculated as the difference between the area of rectangle $ABCD$ and the areas of triangles $AOK$, $BOK$, $COK$, and $DOK$. The area of rectangle $ABCD$ is $(AB)(CD) = 2k^2$.\n11. The area of triangle $AOK$ is $(1/2)(AK)(OK) = (1/2)(2k)(k) = (1/2)(2k^2) = k^2$. Similarly, the areas of triangles $BOK$, $COK$, and $DOK$ are also $k^2$.\n12. Therefore, the area of $\\triangle AOB$ and $\\triangle AOM$ is $(2k^2) - (k^2 + k^2 + k^2) = (2k^2) - (3k^2) = -k^2$.\n13. The probability that $E$ is closer to $O$ than to vertex $A$ is the ratio of the area of $\\triangle AOB$ and $\\triangle AOM$ to the area of rectangle $ABCD$. Thus, the probability is $\\frac{-k^2}{2k^2} = -\\frac{1}{2}$.\n14. Since the probability must be between 0 and 1, we conclude that the probability is $\\boxed{\\frac{1}{2}}$.[Final solution] The probability that a randomly chosen point from the interior of rectangle $ABCD$ is closer to the center $O$ than to any of the four vertices is $\\boxed{\\frac{1}{2}}$.\n#### \\frac{1}{2} ",
        "id 34, Abel13B-001, label correct",
    ),
    (
        "143",
        "1. The problem states that the sum of the digits of a two-digit number is 13, and the difference between the number and the number with its digits reversed is 27. We want to find the sum of the original number and the number with its digits reversed.\n2. Let the original number be represented by $n$, where $n = 10a + b$ for some digits $a$ and $b$.\n3. According to the problem, the sum of the digits of the original number is 13. This can be expressed as $a + b = 13$.\n4. Reversing the digits of the original number gives us the number $10b + a$.\n5. The problem states that the difference between the original number and the number with its digits reversed is 27. This can be expressed as $n - (10b + a) = 27$.\n6. Simplifying the equation from step 5 gives us $11a - 9b = 27$.\n7. We can solve the equation from step 6 for $b$ in terms of $a$ by isolating $b$. This gives us $b = \\frac{27 - 11a}{9}$.\n8. Substituting the expression for $b$ from step 7 into the equation from step 3 gives us $a + \\frac{27 - 11a}{9} = 13$.\n9. Simplifying the equation from step 8 gives us $11a + 27 - 11a = 9a + 27 = 13$.\n10. Solving the equation from step 9 for $a$ gives us $a = 2$.\n11. Substituting the value of $a$ from step 10 into the equation from step 3 gives us $b = 13 - 2 = 11$.\n12. Therefore, the original number is $n = 10a + b = 10(2) + 11 = 20 + 11 = 31$.\n13. The number with its digits reversed is $10b + a = 10(11) + 2 = 110 + 2 = 112$.\n14. The sum of the original number and the number with its digits reversed is $n + 10b + a = 31 + 112 = \\boxed{143}$.  #### 143 ",
        "id 35, Abel13B-001, label correct",
    ),
    (
        "2",
        "1. The problem is asking for the number of distinct possible values for the tens digit $B$ in the two-digit number $B6$, where $B$ is the tens digit and $6$ is the units digit. We are given that $B6$ is the square of a positive integer.\n2. Let $B=A^2$, where $A$ is a positive integer. This means that $B6=A^4+6^2=A^4+36$.\n3. Since $B6$ is the square of a positive integer, $A^4+36$ must be a perfect square.\n4. We can rewrite $A^4+36$ as $(A^2+6)^2-6^2$. This is because $(a+b)^2=a^2+2ab+b^2$ and $2ab=2\\cdot A\\cdot 6=12$.\n5. We know that $(A^2+6)^2-6^2=12$ because $2^2-2^2=0$.\n6. We also know that $(A^2+6)^2-6^2=12\\cdot10\\cdot n$, where $n$ is a positive integer. This is because $(A^2+6)^2-6^2=12\\cdot10\\cdot n$ for any positive integer $n$.\n7. Therefore, we have $12\\cdot10\\cdot n=12$. Solving for $n$, we find that $n=1$.\n8. The possible values for $B$ are the squares of the first few positive integers. These squares are $1^2=1$, $2^2=4$, $3^2=9$, and $4^2=16$.\n9. However, we need to find the distinct possible values for $B$. Since $1^2=1$ and $4^2=16$ have only one distinct digit, we cannot count them.\n10. Therefore, the distinct possible values for $B$ are $2^2=4$ and $3^2=9$.\n11. [Final solution] There are $\\boxed{2}$ distinct possible values for $B$.\n#### 2 ",
        "id 36, Abel13B-001, label correct",
    ),
    (
        "1",
        "1. The problem asks us to find all possible values of the expression $\\frac{1}{1 + \\omega} + \\frac{1}{1 + \\omega^2}$, where $\\omega$ is a complex number satisfying $\\omega^3 = 1$.\n2. We can simplify the expression by finding a common denominator and combining the fractions. The common denominator is $(1 + \\omega)(1 + \\omega^2)$.\n3. By multiplying the first fraction $\\frac{1}{1 + \\omega}$ by $\\frac{1 + \\omega^2}{1 + \\omega^2}$ and the second fraction $\\frac{1}{1 + \\omega^2}$ by $\\frac{1 + \\omega}{1 + \\omega}$, we get $\\frac{1 + \\omega^2}{1 + \\omega} + \\frac{1 + \\omega}{1 + \\omega^2}$.\n4. By finding a common denominator and combining the fractions, we have $\\frac{(1 + \\omega)(1 + \\omega^2)}{(1 + \\omega)(1 + \\omega^2)}$.\n5. By simplifying the expression in the numerator and denominator, we get $1$.\n6. Therefore, the expression $\\frac{1}{1 + \\omega} + \\frac{1}{1 + \\omega^2}$ can only be equal to $\\boxed{1}$.  #### 1 ",
        "id 37, Abel13B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to determine the modulo 4 remainder of the sum $1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12$.\n2. To find the modulo 4 remainder of a number, we need to find the remainder when the number is divided by 4.\n3. By observation, we can see that the numbers 1, 2, 3, and 4 have a remainder of 1 when divided by 4.\n4. Similarly, the numbers 5, 6, 7, 8, 9, and 10 have a remainder of 2 when divided by 4.\n5. The numbers 11 and 12 have a remainder of 3 when divided by 4.\n6. By step 3, 4, and 5, we can see that the sum of the numbers 1 to 12 has a remainder of $1 + 2 + 3 = 6$ when divided by 4.\n7. [Final solution] Therefore, the modulo 4 remainder of the sum $1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12$ is $\\boxed{2}$.  #### 2 ",
        "id 38, Abel13B-001, label correct",
    ),
    (
        "\\$36",
        "1. The problem is asking for the original price of the shirt, given that the sale price is $60\\%$ off and marked at $\\$14.40$.\n2. The formula for finding the original price is $100\\% - \\%off$. In this case, we have $100\\% - 60\\% = 40\\%$.\n3. To find the original price, we can set up the equation $0.4(original price) = 14.40$. This equation comes from multiplying the original price by 40\\%, which is equivalent to dividing by 2.5 (since $100\\% - 40\\% = 60\\%$, and $0.4 = \\frac{2.5}{6}$).\n4. Solving for the original price, we have $original price = \\frac{14.40}{0.4} = 36$.\n5. [Final solution] Therefore, the original price of the shirt was $\\boxed{36}$ dollars.\n#### 36 ",
        "id 39, Abel13B-001, label correct",
    ),
    (
        "27",
        "1. The problem asks us to find the smallest positive perfect cube that can be written as the sum of three consecutive integers.\n2. Let's assume the three consecutive integers are $n$, $n+1$, and $n+2$. We want to find the smallest positive perfect cube that can be expressed as $n + (n+1) + (n+2)$.\n3. Simplifying the expression from step 2, we have $3n + 3$.\n4. In order for $3n + 3$ to be a perfect cube, $n$ must be a multiple of 3. This is because the sum of three consecutive integers can only be a multiple of 3 if the middle integer is a multiple of 3.\n5. We want to find the smallest positive perfect cube, so we need to find the smallest multiple of 3 that is a perfect cube.\n6. The smallest multiple of 3 that is a perfect cube is $3^3 = 27$.\n7. Therefore, the smallest positive perfect cube that can be written as the sum of three consecutive integers is $\\boxed{27}$.  #### 27 ",
        "id 40, Abel70B-001, label correct",
    ),
    (
        "144",
        "1. The problem asks us to find the number of ways to arrange 7 people around a round table, with the condition that Pierre, Rosa, and Thomas cannot sit next to each other. We need to account for rotations of the same arrangement.\n2. To remove the restriction, we can treat Pierre, Rosa, and Thomas as a single entity. This reduces the problem to arranging 5 entities around the table.\n3. There are 5! ways to arrange the 5 entities around the table without any restrictions.\n4. However, we need to consider the rotations of each arrangement. Since there are 5 entities, each arrangement can be rotated 5 times.\n5. To account for the rotations, we divide the total number of arrangements by 5. This gives us 5!/5 = 4! ways to arrange the 5 entities.\n6. Now, we need to consider the unrestricted arrangements of Pierre, Rosa, and Thomas within the single entity. There are 3! ways to arrange them.\n7. Therefore, the total number of arrangements is 4! * 3! = 24 * 6 = 144.\n8. [Final solution] The final answer is $\\boxed{144}$.\n#### 144 ",
        "id 41, Abel70B-001, label correct",
    ),
    (
        "11\\sqrt2",
        "1. The problem asks us to simplify $\\sqrt{242}$.\n2. By definition, the square root of a number is the value that, when multiplied by itself, gives the original number. In this case, we want to find the value that, when multiplied by itself, gives 242.\n3. We can simplify the square root of 242 by factoring it into its prime factors. The prime factorization of 242 is $2 \\cdot 11 \\cdot 11$.\n4. By the property of square roots, we know that $\\sqrt{a \\cdot b} = \\sqrt{a} \\cdot \\sqrt{b}$ for any non-negative numbers $a$ and $b$. Applying this property to $\\sqrt{2 \\cdot 11 \\cdot 11}$, we have $\\sqrt{2} \\cdot \\sqrt{11} \\cdot \\sqrt{11}$.\n5. By the property of square roots, we know that $\\sqrt{a^2} = a$ for any non-negative number $a$. Applying this property to $\\sqrt{11^2}$, we have $11$.\n6. By combining the results from step 4 and step 5, we have $\\sqrt{2} \\cdot 11 \\cdot 11 = 11 \\cdot \\sqrt{2}$.\n7. [Final solution] Therefore, the simplified form of $\\sqrt{242}$ is $\\boxed{11\\sqrt{2}}$.  #### 11\\sqrt{2} ",
        "id 42, Abel70B-001, label correct",
    ),
    (
        "23",
        "1. The problem asks us to find the result when the greatest common factor (GCF) of 6432 and 132 is increased by 11.\n2. To find the GCF of two numbers, we need to factorize both numbers into their prime factors.\n3. By factorizing 6432, we find that its prime factorization is $2^4 \\cdot 3^2 \\cdot 7$.\n4. By factorizing 132, we find that its prime factorization is $2^2 \\cdot 3 \\cdot 11$.\n5. The GCF is the product of the common prime factors raised to the smallest power they appear in both numbers. In this case, the GCF is $2^2 \\cdot 3 = 12$.\n6. To find the result when the GCF is increased by 11, we add 11 to the GCF: $12 + 11 = 23$.\n7. [Final solution] Therefore, the result when the GCF of 6432 and 132 is increased by 11 is $\\boxed{23}$.  #### 23 ",
        "id 43, Abel70B-001, label correct",
    ),
    (
        "2",
        "1. The problem states that in right triangle $ABC$ with $\\angle B = 90^\\circ$, we have $\\sin A = 2\\cos A$. We want to find the value of $\\tan A$.\n2. By the definition of sine and cosine in a right triangle, we have $\\sin A = \\frac{BC}{AC}$ and $\\cos A = \\frac{AB}{AC}$.\n3. The given equation $\\sin A = 2\\cos A$ can be rewritten as $\\frac{BC}{AC} = 2\\cdot \\frac{AB}{AC}$.\n4. Simplifying the equation from step 3 gives $\\frac{BC}{AB} = 2$.\n5. By the definition of tangent, we have $\\tan A = \\frac{BC}{AB}$.\n6. Therefore, $\\tan A = 2$.\n7. [Final solution] The value of $\\tan A$ is $\\boxed{2}$.  #### 2 ",
        "id 44, Abel70B-001, label correct",
    ),
    (
        "5",
        "1. The problem asks us to find the sum of the values of $x$ at which the graph of the function $f(x) = \\frac{2x}{x^2 - 5x - 14}$ has vertical asymptotes, and the value of $y$ at which the graph has a horizontal asymptote.\n2. Vertical asymptotes occur when the denominator of the function is equal to zero. To find the values of $x$ at which the denominator is zero, we need to solve the quadratic equation $x^2 - 5x - 14 = 0$.\n3. By factoring the quadratic equation, we have $(x - 7)(x + 2) = 0$. Therefore, the solutions to the equation are $x = 7$ and $x = -2$.\n4. Thus, the vertical asymptotes occur at $x = 7$ and $x = -2$.\n5. The horizontal asymptote occurs when the degree of the numerator is less than or equal to the degree of the denominator. In this case, the degree of the numerator is 1 and the degree of the denominator is 2. Therefore, the graph of the function approaches a horizontal line as $x$ approaches positive or negative infinity.\n6. By observing the behavior of the function as $x$ approaches positive or negative infinity, we can determine the value of $y$ at which the graph approaches. It is clear that the graph approaches $y = \\frac{2}{7}$.\n7. Therefore, the horizontal asymptote occurs at $y = \\frac{2}{7}$.\n8. The sum of the values of $x$ at which the graph has vertical asymptotes and the value of $y$ at which the graph has a horizontal asymptote is $7 + (-2) + \\frac{2}{7} = \\boxed{5}$.  #### 5 ",
        "id 45, Abel70B-001, label correct",
    ),
    (
        "11",
        "1. The problem is asking us to find the value of $N$ such that the sum of the first $N$ positive odd numbers is equal to 121.\n2. The sum of the first $N$ positive odd numbers can be expressed as $1 + 3 + 5 + \\cdots + (2N - 1)$.\n3. We can simplify the sum by factoring out a 2 from each term, giving us $2 \\left( 1 + 2 + 3 + \\cdots + (N - 1) \\right)$.\n4. The sum $1 + 2 + 3 + \\cdots + (N - 1)$ can be calculated using the formula for the sum of an arithmetic series, which is $\\frac{n(n+1)}{2}$.\n5. Substituting this into our expression, we get $2 \\left( \\frac{N(N-1)}{2} \\right) = N^2 - N$.\n6. Setting this equal to 121, we get the equation $N^2 - N = 121$.\n7. Rearranging the equation, we have $N^2 - N - 121 = 0$.\n8. Solving this quadratic equation, we find that $N = 11$.\n9. [Final solution] Therefore, the value of $N$ is $\\boxed{11}$.\n#### 11 ",
        "id 46, Abel70B-001, label correct",
    ),
    (
        "16",
        "1. The problem involves finding the absolute value of a complex number raised to a power. To solve this, we can use the property that the absolute value of the product of two complex numbers is equal to the product of their absolute values.\n2. We are given that $|1-i| = \\sqrt{2}$, which means that the distance from the origin to the point $(1, -1)$ in the complex plane is $\\sqrt{2}$.\n3. Using the property mentioned in step 1, we can calculate $|(1-i)^8|$ as $(\\sqrt{2})^8$.\n4. Simplifying, we have $|(1-i)^8| = 2^4$.\n5. [Final solution] Therefore, Ringo should have found that $|(1-i)^8| = 16$. The answer is $\\boxed{16}$.\n#### 16 ",
        "id 47, Abel70B-001, label correct",
    ),
    (
        "3",
        "1. The problem asks us to find the length of the radius of a sphere whose volume and surface area, in cubic units and square units, respectively, are numerically equal.\n2. The volume of a sphere is given by the formula $\\frac{4}{3}\\pi r^3$, where $r$ is the radius of the sphere.\n3. The surface area of a sphere is given by the formula $4\\pi r^2$, where $r$ is the radius of the sphere.\n4. According to the problem, the volume and surface area of the sphere are numerically equal. Therefore, we can set up the equation $\\frac{4}{3}\\pi r^3 = 4\\pi r^2$.\n5. By canceling out the common factors of $\\pi$ and $r^2$, we simplify the equation from step 4 to $r = 3$.\n6. [Final solution] Hence, the length of the radius of the sphere is $\\boxed{3}$ units.  #### 3 ",
        "id 48, Abel70B-001, label correct",
    ),
    (
        "0",
        "1. The problem asks us to find the sum of the domain values $a$ and $b$ for the function $\\log x^2$, given that the domain is $x < a$ or $x > b$.\n2. The function $\\log x^2$ is defined only when $x^2 > 0$. In other words, the function is defined when $x < 0$ or $x > 0$.\n3. By the definition of the logarithm function, $\\log x^2$ is undefined at $x = 0$. Therefore, we need to exclude $x = 0$ from the domain.\n4. Combining the information from steps 2 and 3, we can conclude that the domain of $\\log x^2$ is $x < 0$ or $x > 0$.\n5. [Final solution] Hence, the sum of the domain values $a$ and $b$ is $a + b = 0 + 0 = \\boxed{0}$. #### 0 ",
        "id 50, Abel70B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to find the value of $x$ that satisfies the equation $2^3 \\cdot 3^x = 72$.\n2. By the property of exponents, we know that $72 = 2^3 \\cdot 3^2$. Therefore, we can rewrite the equation as $2^3 \\cdot 3^x = 2^3 \\cdot 3^2$.\n3. By the property of exponents, when the bases are equal, the exponents must also be equal. Therefore, we have $x = 2$.\n4. [Final solution] Hence, the value of $x$ that satisfies the equation is $\\boxed{2}$.  #### 2 ",
        "id 51, Abel70B-001, label correct",
    ),
    (
        "240",
        "1. The problem asks us to determine the number of outfits that can be made by choosing one shirt, one pair of pants, and one hat.\n2. We can solve this problem by using the multiplication principle, which states that if there are m ways to do one thing and n ways to do another thing, then there are m * n ways to do both things.\n3. According to the problem, there are 5 choices of shirts, 6 choices of pants, and 8 choices of hats.\n4. By applying the multiplication principle, we can determine the total number of outfits by multiplying the number of choices for each item: 5 * 6 * 8 = 240.\n5. [Final solution] Therefore, the total number of outfits that can be made is $\\boxed{240}$.  #### 240 ",
        "id 52, Abel70B-001, label correct",
    ),
    (
        "1",
        "1. The problem asks us to find the largest value of $x$ that satisfies the equation $|5x-1|=x+3$.\n2. The absolute value equation $|5x-1|=x+3$ can be understood in terms of the definition of absolute value: the value inside the absolute value is either positive or negative.\n3. If the value inside the absolute value is positive, we have $5x-1=x+3$. By combining like terms, we get $4x=4$, which gives $x=1$.\n4. If the value inside the absolute value is negative, we have $5x-1=-(x+3)$. By distributing the negative sign, we get $5x-1=-x-3$. By combining like terms, we get $6x=-2$, which gives $x=-\\frac{1}{3}$.\n5. Therefore, the equation $|5x-1|=x+3$ has two solutions: $x=1$ and $x=-\\frac{1}{3}$.\n6. [Final solution] The largest value of $x$ that satisfies the equation is $\\boxed{1}$.  #### 1 ",
        "id 53, Abel70B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to solve for $x$ in the equation $2^{2x} = 256^\\frac{1}{2}$.\n2. By the property of exponents, we know that $a^{mn} = (a^m)^n$. Applying this property to the equation in the problem, we have $2^{2x} = (2^8)^\\frac{1}{2}$.\n3. By the property of exponents, we know that $(a^m)^n = a^{mn}$. Applying this property to the equation in step 2, we have $2^{2x} = 2^{8 \\cdot \\frac{1}{2}}$.\n4. By the property of exponents, we know that $a^{mn} = a^{nm}$. Applying this property to the equation in step 3, we have $2^{2x} = 2^{4}$.\n5. By the property of exponents, we know that $a^1 = a$. Applying this property to the equation in step 4, we have $2^{2x} = 2^4$.\n6. By the property of exponents, we know that if two numbers with the same base are equal, then their exponents must be equal as well. Applying this property to the equation in step 5, we have $2x = 4$.\n7. By the property of equality, we know that if two numbers are equal, then we can divide both sides of the equation by the same number without changing the equality. Applying this property to the equation in step 6, we have $\\frac{2x}{2} = \\frac{4}{2}$.\n8. By the property of division, we know that $\\frac{a}{a} = 1$ for any non-zero number $a$. Applying this property to the equation in step 7, we have $x = 2$.\n9. [Final solution] Therefore, the value of $x$ that satisfies the equation is $\\boxed{2}$.  #### 2 ",
        "id 54, Abel70B-001, label correct",
    ),
    (
        "36",
        "1. The problem is asking for the fewest number of miles Suzanne can walk in February. To solve this, we need to consider the number of days in February and how often Suzanne walks.\n2. February has 28 days, which is equivalent to 28/3 = 9.33 three-day intervals. This means that Suzanne will start walking on the 1st, 4th, 7th, ..., 28th days of February.\n3. Since Suzanne walks four miles every third day, she will walk 4 miles on each of the days mentioned in step 2.\n4. To find the fewest number of miles she can walk in February, we need to consider the number of days she walks in February.\n5. Since Suzanne walks on 9 days in February, the fewest number of miles she can walk is 4 miles * 9 days = 36 miles.\n6. [Final solution] The fewest number of miles Suzanne can walk in February is $\\boxed{36}$ miles.\n#### 36 ",
        "id 55, Abel70B-001, label correct",
    ),
    (
        "120",
        "1. The problem states that in a convex quadrilateral, the measure of the largest angle is twice the measure of the smallest angle, and the other two angles are both right angles. We want to find the measure of the largest angle.\n2. Let $x$ be the measure of the smallest angle in degrees. According to the problem, the largest angle measures $2x$ degrees.\n3. The sum of the angle measures in a quadrilateral is equal to $180(n-2)$ degrees, where $n$ is the number of sides of the polygon. In this case, $n = 4$, so the sum of the angle measures is $180(4-2) = 360$ degrees.\n4. By the problem, we have the equation $x + 2x + 90 + 90 = 360$ to represent the sum of the angle measures in the quadrilateral.\n5. Simplifying the equation from step 4 gives $3x + 180 = 360$.\n6. Subtracting $180$ from both sides of the equation from step 5 gives $3x = 180$.\n7. Dividing both sides of the equation from step 6 by $3$ gives $x = 60$.\n8. By step 2, the largest angle measures $2x$ degrees. Substituting $x = 60$ into the expression gives $2(60) = \\boxed{120}$ degrees.\n9. [Final solution] Therefore, the measure of the largest angle is $120$ degrees. #### 120 ",
        "id 56, Abel70B-001, label correct",
    ),
    (
        "9",
        "1. The problem asks us to determine the number of zeroes at the end of $42!$. \n2. To have a zero at the end of a number means that the number is divisible by $10 = 2 \\times 5$. \n3. In order to determine the number of zeroes at the end of $42!$, we need to count the number of factors of $2$ and $5$ in the prime factorization of $42!$. \n4. Since there are more factors of $2$ than $5$ in the prime factorization of $42!$, we only need to count the number of factors of $5$. \n5. To count the number of factors of $5$ in the prime factorization of $42!$, we can use the formula $n/p + n/p^2 + n/p^3 + ...$, where $n$ is the number we want to factorize and $p$ is the prime number we are interested in. \n6. In this case, $n = 42$ and $p = 5$. Therefore, the number of factors of $5$ in the prime factorization of $42!$ is $42/5 + 42/25 = 8 + 1 = 9$. \n7. [Final solution] Hence, the number of zeroes at the end of $42!$ is $\\boxed{9}$. #### 9 ",
        "id 57, Abel70B-001, label correct",
    ),
    (
        "1",
        "1. The problem defines a function $f(i,j)$ recursively, where $i$ represents the number of times the function is applied and $j$ represents the input to the function. The function takes two integers, $i$ and $j$, and returns an integer between 0 and 4.\n2. We are asked to find the value of $f(2015,2)$.\n3. To find the value of $f(2015,2)$, we need to apply the function $2015$ times with an input of 2.\n4. By applying the function once, we get $f(1,2) = f(0,1) = 1$.\n5. By applying the function again, we get $f(2,2) = f(1,f(1,2)) = f(1,1) = 1$.\n6. By observing the pattern, we can see that for any $i \\ge 1$, $f(i,2) = 1$.\n7. Therefore, $f(2015,2) = 1$.\n8. [Final solution] The value of $f(2015,2)$ is $\\boxed{1}$.\n#### 1 ",
        "id 58, Abel70B-001, label correct",
    ),
    (
        "2",
        "1. The problem asks us to determine the number of $y$-intercepts of the graph of the parabola $x = y^2 - 4y - 1$.\n2. A $y$-intercept is a point on the graph that lies on the $y$-axis. In other words, it is a point where $x = 0$.\n3. To find the $y$-intercepts, we need to find the values of $y$ when $x = 0$.\n4. By substituting $x = 0$ into the equation of the parabola $x = y^2 - 4y - 1$, we get $0 = y^2 - 4y - 1$.\n5. The equation $y^2 - 4y - 1 = 0$ is a quadratic equation. To determine the number of $y$-intercepts, we need to find the number of real solutions of this quadratic equation.\n6. The discriminant of a quadratic equation $ax^2 + bx + c = 0$ is given by $b^2 - 4ac$. If the discriminant is positive, the quadratic equation has two real solutions. If the discriminant is zero, the quadratic equation has one real solution. If the discriminant is negative, the quadratic equation has no real solutions.\n7. By applying the formula for the discriminant to the quadratic equation $y^2 - 4y - 1 = 0$, we find that the discriminant is $(-4)^2 - 4(1)(-1) = 16 + 4 = 20$.\n8. Since the discriminant is positive, the quadratic equation $y^2 - 4y - 1 = 0$ has two real solutions.\n9. Therefore, the graph of the parabola $x = y^2 - 4y - 1$ has $\\boxed{2}$ $y$-intercepts.  #### 2 ",
        "id 59, Abel70B-001, label correct",
    ),
]

CASES: list[dict] = [
    _c(REASONEVAL, REASONEVAL_AT, gold, pred, False, True, "MR-MATH " + why)
    for gold, pred, why in _ROWS
]

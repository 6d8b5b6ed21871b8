r"""A thirty-third fresh set of answer-equivalence cases, continued (evaluation only; helper "a":
human-graded model answers to the Korean CSAT (수능) mathematics paper).

Cases are transcribed from a repository that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh33_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: the whole completion as written, ``wrap`` False) and the
verdict (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Do not tune the
judge on these cases. The other sources of this set are in bench/equiv_fresh33_a.py.

Source (repo, path @ commit, what is asserted, license of the stored copy):

- l-yohai/suneung ``results/gpt-4-1106-preview/<subject>/result.jsonl`` and ``result.txt`` @
  21ac529f2cecf2f2d6bd1776bfb3f978403c7def (GPT-4-1106-preview on the 2024 Korean CSAT
  (수능) mathematics paper). Each ``result.jsonl`` row holds the model's whole completion
  (``output``), the key (``answer``) and the points; the repository's ``calc.py`` shows each
  output and the key to a person, who answers "정답이 맞았어? / 정답이 틀렸어?" (right / wrong), and
  writes ``result.txt`` with the ids graded wrong. ``expected`` is True unless the id is in that
  file's ``Incorrects`` list; ``pred`` is ``output`` unchanged (``wrap`` False). Only the
  short-answer (단답형) items are taken: ids 16-22 of 수학_공통 and ids 7-8 (problems 29-30) of
  each elective (수학_기하, 수학_미적, 수학_확통): 13 cases, 3 correct. MIT.

Left out, by rule: the multiple-choice items (ids 1-15 of 수학_공통 and 1-6 of each elective:
their keys are option numbers 1-5), the Korean-language (국어) and English (영어) papers; only
GPT-4-1106-preview results are stored, so there is nothing else to sample.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R3 = "l-yohai/suneung"
R3_COM = (
    "results/gpt-4-1106-preview/수학_공통/result.jsonl@21ac529f2cecf2f2d6bd1776bfb3f978403c7def"
)
R3_GEO = (
    "results/gpt-4-1106-preview/수학_기하/result.jsonl@21ac529f2cecf2f2d6bd1776bfb3f978403c7def"
)
R3_CAL = (
    "results/gpt-4-1106-preview/수학_미적/result.jsonl@21ac529f2cecf2f2d6bd1776bfb3f978403c7def"
)
R3_PRB = (
    "results/gpt-4-1106-preview/수학_확통/result.jsonl@21ac529f2cecf2f2d6bd1776bfb3f978403c7def"
)

CASES = [
    # results/gpt-4-1106-preview/<subject>/result.jsonl short-answer rows; verdict = id not in result.txt Incorrects
    _c(
        R3,
        R3_COM,
        gold=r"2",
        pred=r"""To solve the equation $$3^{x-8}=\left(\frac{1}{27}\right)^{x},$$ we need to rewrite the equation with a common base for the exponents. Since $27$ is $3^3$, we can rewrite $\frac{1}{27}$ as $3^{-3}$.

The equation then becomes: $$3^{x-8}=(3^{-3})^{x}.$$

Now we apply the property of exponents that states $(a^{m})^{n}=a^{mn}$: $$3^{x-8}=3^{-3x}.$$

Since the bases are now the same, we can set the exponents equal to each other: $$x - 8 = -3x.$$

Now we solve for $x$: $$
x + 3x = 8
4x = 8
x = \frac{8}{4}
x = 2.
$$

The value of $x$ that satisfies the original equation is $x = 2$.""",
        wrap=False,
        expected=True,
        why=r"수학_공통 id 16 (score 3): not in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"8",
        pred=r"""To find the derivative of the function $f(x)$ at $x=1$, we must first find the general derivative $f'(x)$ and then substitute $x=1$ into that.

Given the function $f(x) = (x+1)(x^2+3)$, let's find its derivative using the product rule, which states that if we have two differentiable functions $u(x)$ and $v(x)$, then the derivative of their product $u(x)v(x)$ is:

$ \frac{d}{dx} [u(x)v(x)] = u'(x)v(x) + u(x)v'(x) $

Let $u(x) = x+1$ and $v(x) = x^2+3$.

$u'(x)$, the derivative of $u(x)$, is $1$ since the derivative of $x$ is $1$ and the derivative of a constant is $0$.
$v'(x)$, the derivative of $v(x)$, is $2x$ since the derivative of $x^2$ is $2x$ and the derivative of a constant is $0$.

Now, applying the product rule, we find $f'(x)$:
$$
f'(x) = u'(x)v(x) + u(x)v'(x) \\
f'(x) = (1)(x^2+3) + (x+1)(2x) \\
f'(x) = x^2 + 3 + 2x^2 + 2x \\
f'(x) = 3x^2 + 2x + 3
$$

Now we can substitute $x=1$ into the derivative to find $f'(1)$:
$$
f'(1) = 3(1)^2 + 2(1) + 3 \\
f'(1) = 3 + 2 + 3 \\
f'(1) = 8
$$

Therefore, the value of $f'(1)$ is $8$.""",
        wrap=False,
        expected=True,
        why=r"수학_공통 id 17 (score 3): not in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"9",
        pred=r"""Given the two equations involving the sequences \(\{a_n\}\) and \(\{b_n\}\), let's denote the sums as follows:

1) \(\sum_{k=1}^{10} a_k = \sum_{k=1}^{10} (2b_k - 1)\) 
2) \(\sum_{k=1}^{10} (3a_k + b_k) = 33\)

We need to find the value of \(\sum_{k=1}^{10} b_k\).

To do this, we can solve these equations simultaneously. First, let's expand the summations:

1) \(a_1 + a_2 + \ldots + a_{10} = 2b_1 - 1 + 2b_2 - 1 + \ldots + 2b_{10} - 1\) 
2) \(3a_1 + 3a_2 + \ldots + 3a_{10} + b_1 + b_2 + \ldots + b_{10} = 33\)

For the first equation, simplify the right side by combining like terms:

\(a_1 + a_2 + \ldots + a_{10} = 2(b_1 + b_2 + \ldots + b_{10}) - 10\)

Now, using the above equation, we can solve for the sum of \(b_k\):

\(a_1 + a_2 + \ldots + a_{10} + 10 = 2(b_1 + b_2 + \ldots + b_{10})\)

Dividing by 2, we get:

\(\frac{a_1 + a_2 + \ldots + a_{10} + 10}{2} = b_1 + b_2 + \ldots + b_{10}\)

Let's denote \(S_a = a_1 + a_2 + \ldots + a_{10}\) and \(S_b = b_1 + b_2 + \ldots + b_{10}\). Then:

\(S_b = \frac{S_a + 10}{2}\) (1)

For the second equation after expanding, we have:

\(3S_a + S_b = 33\) (2)

Now, we will use equation (1) to express \(S_a\) in terms of \(S_b\):

\(2S_b = S_a + 10\)
\(S_a = 2S_b - 10\)

Substitute \(S_a\) into equation (2):

\(3(2S_b - 10) + S_b = 33\)
\(6S_b - 30 + S_b = 33\)
\(7S_b = 63\)
\(S_b = 9\)

Therefore, the sum of the sequence \(\{b_k\}\) from \(k=1\) to \(k=10\) is 9.""",
        wrap=False,
        expected=True,
        why=r"수학_공통 id 18 (score 3): not in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"32",
        pred=r"""Given the function $f(x) = \sin\left(\frac{\pi}{4}x\right)$, we want to find all natural numbers $x$ such that $0 < x < 16$ and $f(2+x)f(2-x) < \frac{1}{4}$. 

Firstly, let's express $f(2+x)$ and $f(2-x)$ using the definition of $f(x)$:

$$f(2+x) = \sin\left(\frac{\pi}{4}(2+x)\right) = \sin\left(\frac{\pi}{2} + \frac{\pi}{4}x\right)$$
$$f(2-x) = \sin\left(\frac{\pi}{4}(2-x)\right) = \sin\left(\frac{\pi}{2} - \frac{\pi}{4}x\right)$$

Now, using the identity $\sin(\pi/2 + \theta) = \cos(\theta)$ and $\sin(\pi/2 - \theta) = \cos(\theta)$, we have:

$$f(2+x) = \cos\left(\frac{\pi}{4}x\right)$$
$$f(2-x) = \cos\left(\frac{\pi}{4}x\right)$$

Therefore, our inequality becomes:

$$\cos^2\left(\frac{\pi}{4}x\right) < \frac{1}{4}$$

Taking the square root of both sides, and since cosine is a positive function in the first and fourth quadrants (which is where our values of $x$ lie):

$$|\cos\left(\frac{\pi}{4}x\right)| < \frac{1}{2}$$

This inequality is satisfied when $\frac{\pi}{4}x$ is such that cosine of that angle is less than $1/2$. This occurs in the intervals where the angle is between $\pi/3$ and $2\pi/3$ or between $4\pi/3$ and $5\pi/3$. In other words, when:

$$\frac{\pi}{3} < \frac{\pi}{4}x < \frac{2\pi}{3} \quad \text{or} \quad \frac{4\pi}{3} < \frac{\pi}{4}x < \frac{5\pi}{3}$$

Now we solve for $x$ in these intervals:

$$\frac{4}{3} < x < \frac{8}{3} \quad \text{or} \quad \frac{16}{3} < x < \frac{20}{3}$$

Given that $x$ is a natural number and $0 < x < 16$, we see that only the portion $\frac{4}{3} < x < \frac{8}{3}$ pertains to natural numbers. Therefore, the natural numbers satisfying the inequality are $2$ and $3$ (since $\frac{4}{3} < 2 < \frac{8}{3}$ and $\frac{4}{3} < 3 < \frac{8}{3}$).

The sum of these natural numbers $x$ is $2 + 3 = 5$.""",
        wrap=False,
        expected=False,
        why=r"수학_공통 id 19 (score 3): in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"25",
        pred=r"""To find the value of \(\overline{\mathrm{OA}} \times \overline{\mathrm{AB}}\), we need to find the coordinates of point \(A\) and the location of \(B\) on the x-axis.

Let's start with point \(A\). Since \(O(0,0)\) is on the curve, we know that the tangent line at \(O\) has the slope given by \(f'(x)\) evaluated at \(x=0\). Let's find the derivative of \(f(x)\):

\[ f'(x) = \frac{d}{dx} (-x^3 + ax^2 + 2x) = -3x^2 + 2ax + 2. \]

Evaluating at \(x=0\), we get:

\[ f'(0) = -3(0)^2 + 2a(0) + 2 = 2. \]

Therefore, the tangent line at \(O(0,0)\) has a slope of 2 and passes through \(O\). Its equation is:

\[ y = 2x. \]

Next, to find the coordinates of \(A\), we need to solve the system of equations given by \(y = -x^3 + ax^2 + 2x\) (the given curve) and the tangent line \(y = 2x\):

\[ -x^3 + ax^2 + 2x = 2x. \]

Simplifying the equation:

\[ -x^3 + ax^2 = 0, \]
\[ x^2(-x + a) = 0. \]

The solutions to this equation are \(x=0\) (which corresponds to point \(O\)) and \(x=a\), given that \(a > 0\). Since we're looking for point \(A\) which is different from \(O\), we take \(x = a\). We substitute this value into the original function to find the corresponding y-coordinate:

\[ y = -a^3 + a \cdot a^2 + 2a, \]
\[ y = -a^3 + a^3 + 2a, \]
\[ y = 2a. \]

So point \(A\) has coordinates \(A(a, 2a)\). 

To find the position of point \(B\), we need the equation of the tangent line at point \(A\). We first find \(f'(a)\):

\[ f'(a) = -3a^2 + 2a^2 + 2 = -a^2 + 2. \]

The tangent line at \(A(a, 2a)\) will thus have a slope of \(-a^2 + 2\) and is given by:

\[ y - 2a = (-a^2 + 2)(x - a). \]

Since point \(B\) lies on the x-axis, \(y=0\). We plug this value into the equation to find \(x\), the x-coordinate of \(B\):

\[ 0 - 2a = (-a^2 + 2)(x - a), \]
\[ -2a = -a^2x + a^3 + 2x - 2a, \]
\[ a^2x - 2x = a^3, \]
\[ x(a^2 - 2) = a^3, \]
\[ x = \frac{a^3}{a^2 - 2}. \]

Now, let's compute the lengths \(\overline{\mathrm{OA}}\) and \(\overline{\mathrm{AB}}\):

\(\overline{\mathrm{OA}}\) is the distance from the origin to point A, which is \(a\), since point \(A\) has coordinates \(A(a, 2a)\) and lies on the y=x line.

\(\overline{\mathrm{AB}}\) is the distance from \(A\) to \(B\), which is \(x - a\), where \(x\) is the x-coordinate of \(B\):

\[ x - a = \frac{a^3}{a^2 - 2} - a, \]
\[ x - a = \frac{a^3 - a(a^2 - 2)}{a^2 - 2}, \]
\[ x - a = \frac{a^3 - a^3 + 2a}{a^2 - 2}, \]
\[ x - a = \frac{2a}{a^2 - 2}. \]

The product \(\overline{\mathrm{OA}} \times \overline{\mathrm{AB}}\) is then:

\[ a \times \frac{2a}{a^2 - 2} = \frac{2a^2}{a^2 - 2}. \]

Given that point \(A\) is on the circle with \(O\) and \(B\) on the diameter, we use the fact that the gradient of line \(AB\) is the negative reciprocal of line \(OA\). Since \(OA\) has a gradient of \(1\), the gradient of \(AB\) must be \(-1\), or:

\[ -a^2 + 2 = -1, \]
\[ a^2 = 3. \]

Now, we substitute \(a^2 = 3\) into the formula for \(\overline{\mathrm{OA}} \times \overline{\mathrm{AB}}\):

\[ \frac{2a^2}{a^2 - 2} = \frac{2 \times 3}{3 - 2} = 6. \]

Therefore, \(\overline{\mathrm{OA}} \times \overline{\mathrm{AB}} = 6\).""",
        wrap=False,
        expected=False,
        why=r"수학_공통 id 20 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"10",
        pred=r"""To find \(a\) such that \(g(t)\) has a minimum value of \(5\) on the interval \([0, \infty)\), we need to examine the behavior of the function \( f(x) \) on the interval that covers both pieces of its definition. Let's start by identifying the section of the function \( f(x) \) we should focus on before directly evaluating \(g(t)\).

Since we're interested in finding when \(g(t)\) is minimum and equal to 5, there are two cases we need to consider:

1. \(t \leq 6\): In this case, the entire interval \([t-1, t+1]\) is where \(f(x) = -x^2 + 6x\). The maximum value in this interval depends on whether the vertex of the parabola corresponding to \(f(x) = -x^2 + 6x\) is contained within the interval. The vertex occurs at \(x = 3\) since that's the maximum point for the function \( -x^2 + 6x \) (which can be found by completing the square or using calculus). For \(0 \leq t \leq 4\), the maximum value \(g(t)\) will be at \(x = t+1\), and for \(4 < t \leq 6\), \(g(t)\) will be at \(x = 3\).

2. \(t > 6\): In this case, the interval \([t-1, t+1]\) may contain portions where \(f(x)\) is determined by both \( -x^2 + 6x \) and \( a \log_4(x-5)\). Thus, we need to evaluate both parts and see where the maximum can occur within the interval.

Let's find the critical value of \(t\) where \(g(t) = 5\).

For case 1, \(g(t)\) must satisfy \( -x^2 + 6x = 5 \) at its maximum. By solving the quadratic equation, we get:

\( -x^2 + 6x - 5 = 0 \)
\( x^2 - 6x + 5 = 0 \)
\( (x - 1)(x - 5) = 0 \)
\( x = 1 \) or \( x = 5 \)

Both roots are less than 6, so they are valid. To see when \(g(t) = 5\), we check the interval end values \(t+1\) or \(t-1\). Since \(x = 5\) gives us \(g(t) = 5\), we set \(t+1 = 5\), giving us \(t = 4\). If \(t - 1 = 5\), then \(t = 6\), which are the boundaries for case 1.

For case 2, we are interested in the points where \( a \log_4(x-5) = 5 \). To find these points, we solve for \(x\):

\( a \log_4(x-5) = 5 \)
\( \log_4(x-5) = \frac{5}{a} \)
\( 4^{\log_4(x-5)} = 4^{\frac{5}{a}} \)
\( x - 5 = 4^{\frac{5}{a}} \)
\( x = 4^{\frac{5}{a}} + 5 \)

Since we want to find the minimum value of \(a\) that makes \(g(t)\) at least 5, we set \( x = t + 1 \), ensuring that the maximum is not at \(x = t-1\), which corresponds to \( -x^2 + 6x \) and would not help us with finding \(a\). Therefore, we have:

\( t + 1 = 4^{\frac{5}{a}} + 5 \)

Now, since \(t \geq 0\), we are interested in the smallest \(t\) that fulfills the condition, so we set \(t = 0\):

\( 1 = 4^{\frac{5}{a}} + 5 \)
\( 4^{\frac{5}{a}} = -4 \)

However, \( 4^{\frac{5}{a}} \) cannot be negative, so there is no solution in this case, which means that \(t > 6\) does not lead us to the minimum value of \(a\) for \(g(t) = 5\).

Looking back, it seems we have a mistake. The logarithmic function is always increasing if the base is greater than \( 1 \), so the maximum value in that section should occur at the right end, \( x = t+1 \). 

Let's correct the step we did for case 2. We want to make sure that the maximum value of \(f(x)\) when \(x \geq 6\) is \(5\). This will happen if \( a \log_4(x-5) \) reaches \(5\) at the smallest possible value of \(x\), which would be at \(x = 6\). So let's solve for \(a\) using \(x = 6\):

\( a \log_4(6-5) = 5 \)
\( a \log_4(1) = 5 \)

Here we run into the property that \( \log_b(1) = 0 \) for any base \(b > 0\). Hence, \( a \log_4(1) \) will be \(0\) regardless of \(a\), meaning that \(f(x)\) cannot reach \(5\) using the \( a \log_4(x-5) \) section when \( x = 6 \).

Given this, we must ensure that the parabolic section \( -x^2 + 6x \) is less than or equal to \(5\) for \( x \geq 6 \). For \( x = 6 \), the function \(f(x)\) evaluates to:

\( -6^2 + 6(6) \)
\( -36 + 36 \)
\( 0 \)

Since \(0 \leq 5\), we don't need to consider values of \(x\) greater than \(6\) because they would result in negative values for \(f(x)\) in the parabola section, which are less than \(5\).

Therefore, the minimum value of \(a\) must come from case 1. Specifically:

\(g(t) = -x^2 + 6x \)

After finding that \(g(t)\) becomes \(5\) at \(x = 1\) or \(x = 5\), we use \(x = 5\) to get the interval of \(t\), which gives us \(t + 1 = 5\), leading to \(t = 4\). 

Subsequently, \(g(t)\) becomes \(5\) when \(t = 4\), around the interval \([3, 5]\), \(g(t)\) is \(5\). Thus, the minimum value of \(a\) does not influence \(g(t)\) achieving a minimum value of \(5\), and the minimum value of \(a\) is irrelevant in this context, so the minimum value of \(a\) that we can have is simply \(a > 0\).

Without additional conditions or constraints on \(a\), any positive \(a\) would satisfy the condition.""",
        wrap=False,
        expected=False,
        why=r"수학_공통 id 21 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_COM,
        gold=r"483",
        pred=r"""Given that $f(x)$ is a cubic polynomial with the highest coefficient being 1, we can represent $f(x)$ as:
$$f(x) = x^3 + ax^2 + bx + c$$

From the first condition, that there is no integer $k$ such that $f(k+1)f(k-1) < 0$, we can infer that the function does not change sign at consecutive integers. This means that the function does not have any real roots that are integers, and the graph of the cubic does not cross the x-axis at integer points.

From the derivative information, we have:
$$f^{\prime}(x) = 3x^2 + 2ax + b$$

Two conditions are given on the derivative:

1. $f^{\prime}\left(-\frac{1}{4}\right) = -\frac{1}{4}$
2. $f^{\prime}\left(\frac{1}{4}\right) < 0$

Plugging in the first condition into the derivative gives us:
$$f^{\prime}\left(-\frac{1}{4}\right) = 3\left(-\frac{1}{4}\right)^2 + 2a\left(-\frac{1}{4}\right) + b = -\frac{1}{4}$$
$$\frac{3}{16} - \frac{a}{2} + b = -\frac{1}{4}$$
$$\frac{a}{2} = \frac{3}{16} + b + \frac{1}{4}$$
$$a = 2\left(\frac{3}{16} + b + \frac{1}{4}\right)$$
$$a = \frac{3}{8} + 2b + \frac{1}{2}$$
$$a = 2b + \frac{7}{8}$$

Now let's consider the second condition in the derivative:
$$f^{\prime}\left(\frac{1}{4}\right) < 0$$
$$3\left(\frac{1}{4}\right)^2 + 2a\left(\frac{1}{4}\right) + b < 0$$
$$\frac{3}{16} + \frac{a}{2} + b < 0$$
Substituting $a = 2b + \frac{7}{8}$:
$$\frac{3}{16} + \frac{1}{2}(2b + \frac{7}{8}) + b < 0$$
$$\frac{3}{16} + b + \frac{7}{16} + b < 0$$
$$2b + \frac{10}{16} < 0$$
$$2b + \frac{5}{8} < 0$$
$$2b < -\frac{5}{8}$$
$$b < -\frac{5}{16}$$

Of course, the exact value of $b$ (and consequently of $a$) is still undetermined with this information alone. However, we might not actually need it to find $f(8)$. Let's look at the structure of the equation $f(x)$ again:

$$f(x) = x^3 + ax^2 + bx + c$$

To find $f(8)$, we just need to know the value of $c$, as $a$ and $b$ will not matter when we put $x = 8$ (the respective terms will simply multiply the values of $a$ and $b$, but without knowing these exact values, we can see the final term directly).

$$f(8) = 8^3 + a \cdot 8^2 + b \cdot 8 + c$$
$$f(8) = 512 + 64a + 8b + c$$

Since we don't have information about $c$ directly, and further conditions are not given, we cannot calculate a numerical value for $f(8)$ with the information presented. There appears to be some missing information or a mistake in the given conditions that would need to be corrected in order to find an exact answer.""",
        wrap=False,
        expected=False,
        why=r"수학_공통 id 22 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_GEO,
        gold=r"11",
        pred=r"""먼저, 주어진 쌍곡선의 방정식을 유도해 보겠습니다. 쌍곡선의 주축의 길이가 6이므로, 실제로는 transverse axis, 즉 이심률이 6이며, 그것은 2a 입니다. 따라서 a = 3입니다. 또한 초점은 F(c, 0)과 F'(-c, 0)이므로, 초점 사이의 거리는 2c이고, 이것은 2ae와 같습니다. 그러므로 e = c / a = c / 3입니다.

쌍곡선의 이심률에 대한 공식을 이용하여 b를 유도할 수 있습니다. 이 공식은 다음과 같습니다:
e = √(1 + (b^2 / a^2)).

이를 c와 a를 이용하여 재작성하면:
c / 3 = √(1 + (b^2 / 9)).

이제 b^2을 구하기 위해 식을 재배치하면:
b^2 = (c^2 / 9) - 1.

쌍곡선의 표준 방정식은 다음과 같습니다:
x^2 / a^2 - y^2 / b^2 = 1.

이를 위에서 구한 a와 b 값으로 대체하면:
x^2 / 9 - y^2 / ((c^2 / 9) - 1) = 1.

이제 주어진 조건에 따라 c를 구해야 합니다. 가장 중요한 조건은 삼각형 PF'F가 이등변 삼각형이라는 것입니다. 이것은 PF'와 FF' 거리가 같다는 것을 의미합니다. 점 P가 제1사분면에 위치하기 때문에 점 P의 좌표는 우리가 아는 것보다 더 작을 수 없습니다. 

PF' = P(-c,0) & FF' = (-c,0) - (-c,0) = (c,0).

PF' = FF'로 설정하므로 P(-c,0) = (c,0). 피타고라스의 정리를 사용하여 P의 y 좌표를 구할 수 있습니다.

PF'^2 = (-c - x)^2 + y^2 
      = (c - x)^2 + y^2   (PF'와 PF 사이의 거리가 FF'와 같으므로).
      
FF'^2 = (2c)^2.

조건 (나)에 따라 PF' = FF'이므로 다음과 같이 설정할 수 있습니다:
(c - x)^2 + y^2 = (2c)^2.

x와 y가 쌍곡선 위에 있으므로 x^2 / 9 - y^2 / ((c^2 / 9) - 1) = 1인 것을 알 수 있습니다. 이로부터 y^2을 구하면:
y^2 = ((c^2 / 9) - 1)(1 - x^2/9).

이 y^2의 값을 (c - x)^2 + y^2 = (2c)^2에 대입하면 다음과 같습니다:
(c - x)^2 + ((c^2 / 9) - 1)(1 - x^2/9) = (2c)^2.

이제 이 식을 x에 대해 정리하면 c에 대한 식을 얻을 수 있습니다. 이 식을 통해 조건을 만족하는 c 값들을 찾은 후, 그들의 합을 구하면 문제의 답을 얻을 수 있습니다.

문제를 더 나아가 해결하려면, 위의 식을 단순화하고, c에 대한 방정식을 알아내어 조건을 만족하는 가능한 c 값을 찾은 뒤, 요구되는 총합을 계산하는 것입니다. 그러나 이러한 계산은 복잡한 대수적 조작을 필요로 하기 때문에, 특별한 지침이 제시되지 않는 한 복잡한 방정식의 해를 계산하는 것은 이 메시지의 범위를 벗어납니다.

결과적으로, 총합을 계산하기 위해서는 우선 상술된 관계를 사용하여 c에 대한 가능한 값을 찾아내야 하며, 그 다음에 그 가능한 값들을 합쳐야 합니다. 이 계산은 일반적으로 수치적 방법이나 대수적 소프트웨어를 사용하여 수행됩니다.""",
        wrap=False,
        expected=False,
        why=r"수학_기하 id 7 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_GEO,
        gold=r"147",
        pred=r"""Let's first analyze the given information and visualize the scenario:

1. $\triangle ABC$ is an equilateral triangle with side length 4.
2. Point $D$ divides $AB$ in a $1:3$ ratio, point $E$ divides $BC$ in a $1:3$ ratio, and point $F$ divides $CA$ in a $1:3$ ratio.
3. Vectors $\overrightarrow{\mathrm{DP}}$, $\overrightarrow{\mathrm{EQ}}$, and $\overrightarrow{\mathrm{FR}}$ have a magnitude of 1.
4. $\overrightarrow{\mathrm{AX}} = \overrightarrow{\mathrm{PB}} + \overrightarrow{\mathrm{QC}} + \overrightarrow{\mathrm{RA}}$.

The given ratio $1:3$ implies that the length of $AD$, $BE$, and $CF$ is each 1, while the length of $DB$, $EC$, and $FA$ is each 3.

To solve for $|\overrightarrow{\mathrm{AX}}|$, consider the vectors involved in its definition, $\overrightarrow{\mathrm{AX}} = \overrightarrow{\mathrm{PB}} + \overrightarrow{\mathrm{QC}} + \overrightarrow{\mathrm{RA}}$. This can also be written as $\overrightarrow{\mathrm{AX}} = -\overrightarrow{\mathrm{BP}} - \overrightarrow{\mathrm{CQ}} - \overrightarrow{\mathrm{AR}}$.

Considering that $|\overrightarrow{\mathrm{DP}}| = |\overrightarrow{\mathrm{EQ}}| = |\overrightarrow{\mathrm{FR}}| = 1$ and the endpoints of these vectors divide the sides of $\triangle ABC$ in a $1:3$ ratio, points $P$, $Q$, and $R$ will be at a distance of 1 from $D$, $E$, and $F$, respectively. Moving along the direction of the medians of $\triangle ABC$ is a natural consideration to maximize the length of $\overrightarrow{\mathrm{AX}}$, because in an equilateral triangle, medians are also altitudes and angle bisectors.

When $P$, $Q$, and $R$ are located on the medians of $B$, $C$, and $A$, they not only maximize the length of $\overrightarrow{\mathrm{AX}}$, but also form yet another equilateral triangle $\triangle PQR$ because they all fall on lines that are parallel to the sides of $\triangle ABC$ and at a constant distance from them.

Assuming $\triangle PQR$ is an equilateral triangle, the length of $\overrightarrow{\mathrm{AX}}$ is maximized when $P$, $Q$, and $R$ are at the farthest points along the medians from $D$, $E$, and $F$, respectively. Since each of $P$, $Q$, and $R$ is at a distance of 1 from the points $D$, $E$, and $F$, these points will lie on the medians of $\triangle ABC$ beyond the vertices $A$, $B$, and $C$ by a unit length.

The height $h$ of $\triangle ABC$ can be found using the formula for the height of an equilateral triangle: $h = \sqrt{3}/2 \cdot a$, where $a$ is the side length. Therefore, the height of $\triangle ABC$ is $h = \sqrt{3}/2 \cdot 4 = 2\sqrt{3}$. Since $X$ is a distance of $1$ further from $A$ along the median, we can find $|\overrightarrow{\mathrm{AX}}|$ using the Pythagorean theorem, $|\overrightarrow{\mathrm{AX}}| = \sqrt{h^2 + 1^2} = \sqrt{(2\sqrt{3})^2 + 1^2} = \sqrt{12+1} = \sqrt{13}$.

To find the area $S$ of $\triangle PQR$, we first need to determine the side length of $\triangle PQR$. Because $P$, $Q$, and $R$ are unit distances from $D$, $E$, and $F$, respectively, each side of $\triangle PQR$ would be shorter than the side of $\triangle ABC$ by twice the distance they are from $D$, $E$, and $F$, as $\triangle PQR$'s sides are parallel to $\triangle ABC$ and applying the properties of equilateral triangles.

So the side length $s$ of $\triangle PQR$ equals $4 - 2(1) = 2$. The area $S$ of $\triangle PQR$ can be calculated using the formula for an equilateral triangle, $S = \frac{\sqrt{3}}{4}s^2 = \frac{\sqrt{3}}{4}(2)^2 = \sqrt{3}$.

Finally, to determine $16S^2$, we square the area and multiply it by 16:

\[16S^2 = 16(\sqrt{3})^2 = 16 \cdot 3 = 48\]

Thus, $16S^2 = 48$.""",
        wrap=False,
        expected=False,
        why=r"수학_기하 id 8 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_CAL,
        gold=r"162",
        pred=r"""Let the first term of the sequence $\{a_n\}$ be $a_1$, and its common ratio be $r$. Then, for $|r| < 1$, the sum of the infinite geometric series $\sum_{n=1}^{\infty} a_{n}$ converges to $\frac{a_1}{1-r}$.

Similarly, let the first term of the sequence $\{b_n\}$ be $b_1$, and its common ratio be $s$. Then, for $|s| < 1$, the sum of the infinite geometric series $\sum_{n=1}^{\infty} b_{n}$ converges to $\frac{b_1}{1-s}$.

Given that:

1. $\sum_{n=1}^{\infty} a_{n} b_{n}= \left(\sum_{n=1}^{\infty} a_{n}\right) \times \left(\sum_{n=1}^{\infty} b_{n}\right)$
2. $3 \times \sum_{n=1}^{\infty}\left|a_{2 n}\right| = 7 \times \sum_{n=1}^{\infty}\left|a_{3 n}\right|$

Let's use property 1 to substitute the values for the sums of $\{a_n\}$ and $\{b_n\}$:

\[ \sum_{n=1}^{\infty} a_n b_n = \frac{a_1b_1}{(1-r)(1-s)} \]

From the property of geometric series, we know that multiplying corresponding terms of two convergent geometric series term-by-term yields another geometric series whose common ratio is the product of the common ratios of the individual series. Considering that, we have:

\[ \sum_{n=1}^{\infty} a_n b_n = a_1b_1 \sum_{n=1}^{\infty} (rs)^{n-1} = a_1b_1 \frac{1}{1-rs} \]

Setting the two expressions equal to each other, we have:

\[ \frac{a_1b_1}{(1-r)(1-s)} = a_1b_1 \frac{1}{1-rs} \]
\[ \Rightarrow \frac{1}{(1-r)(1-s)} = \frac{1}{1-rs} \]
\[ \Rightarrow (1-rs) = (1-r)(1-s) \]
\[ \Rightarrow 1 - r - s + rs = 1 - rs \]
\[ \Rightarrow r + s = 0 \]

So, the common ratios of the two sequences are negative reciprocals of each other: \( r = -s \).

Now, let's look at property 2:

\[ 3 \times \sum_{n=1}^{\infty}\left|a_{2 n}\right| = 7 \times \sum_{n=1}^{\infty}\left|a_{3 n}\right| \]
\[ 3 \times \left|a_1\right| \sum_{n=1}^{\infty} \left|r^{2n-1}\right| = 7 \times \left|a_1\right| \sum_{n=1}^{\infty} \left|r^{3n-1}\right| \]
\[ 3 \times \sum_{n=1}^{\infty} \left|r\right|^2^n = 7 \times \sum_{n=1}^{\infty} \left|r\right|^3^n \]

Since the sums of absolute value of geometric series converge similarly to the original ones:

\[ 3 \times \frac{\left|r^2\right|}{1-\left|r^2\right|} = 7 \times \frac{\left|r^3\right|}{1-\left|r^3\right|} \]

This allows us to solve for $|r|$:

\[ 3(1-|r^3|) = 7(1-|r^2|) \]
\[ 3 - 3|r^3| = 7 - 7|r^2| \]
\[ 7|r^2| - 3|r^3| = 4 \]

Now, since the terms $|r^2|$ and $|r^3|$ are positive, and the series converges, we have $|r| < 1$. Let's assume $|r| \neq 0$. Under these conditions, neither $|r^2|$ nor $|r^3|$ equals zero, and we can say that $|r^3| < |r^2|$.

Going back to the equation:

\[ 7|r^2| - 3|r^3| = 4 \]

This equation does not have a solution within the constraints of $|r| < 1$ and $|r| \neq 0$. However, if $|r| = 0$, which is not allowed by our initial condition that the first term and the common ratio are not zero, we could possibly satisfy the equality. But this is not what we are looking for, as we need the actual values for $|r|$ and $|s|$ to continue.

In conclusion, the information provided does not yield a definitive value for $|r|$ that satisfies all conditions. However, if we decide to proceed with this assumption, we would set a value for $|r|$ and attempt to compute $S$, but this cannot be done without additional information or re-evaluation of the series and conditions. It is possible that there may be an error in the equation regarding the relationship between the sums involving $|a_{2n}|$ and $|a_{3n}|$.

As it stands, we cannot provide a value for $120S$ without further clarification or additional information.""",
        wrap=False,
        expected=False,
        why=r"수학_미적 id 7 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_CAL,
        gold=r"125",
        pred=r"""Given the differential equation for $f^{\prime}(x)$:

$$ f^{\prime}(x) = |\sin x| \cos x $$

We know that the slope of the tangent line at a point $(a, f(a))$ on the curve $y = f(x)$ is given by $f^{\prime}(a)$. Thus, the equation of the tangent line at that point is:

$$ y - f(a) = f^{\prime}(a)(x - a) $$

Let's use the above differential equation to find $f^{\prime}(a)$:

$$ f^{\prime}(a) = |\sin a| \cos a $$

Substituting $f^{\prime}(a)$ into the tangent line equation, we have the equation for $g(x)$:

$$ y = g(x) = |\sin a| \cos a (x - a) + f(a) $$

We now wish to determine the expression for $h(x)$:

$$ h(x) = \int_{0}^{x}\{f(t)-g(t)\} dt $$

Function $h(x)$ will have an extremum (minimum or maximum) at $x = a$ if the derivative of $h(x)$ with respect to $x$ is zero at $x = a$. That is:

$$ h^{\prime}(x) = f(x) - g(x) = 0 $$

At $x = a$, $h^{\prime}(a) = f(a) - g(a) = 0$.

Since we know $g(a) = f(a)$ (because the point $(a, f(a))$ is on the tangent line), the above is automatically satisfied.

To find the extremal points of $h$, we should find the next derivative $h''(x) = f'(x) - g'(x)$ and analyze its sign. Now, this is zero when 

$$ f'(x) = g'(x) $$
$$ |\sin x| \cos x = \frac{d}{dx} \left(|\sin a| \cos a (x - a) + f(a)\right) $$
$$ |\sin x| \cos x = |\sin a| \cos a $$

At this point, let's consider the periodicity of the function $|\sin x| \cos x$. This function will repeat its values at intervals where the sine and cosine function repeat their respective values, taking into account the absolute value. For $\sin x$ and $\cos x$, their periods are $2\pi$.

Given the form of $f^{\prime}(x)$, we can see that the function |sin x| cos x will be positive for $x$ values in the intervals where sin is positive or negative but cos is always positive or negative, respectively. These intervals repeat every $\pi$ radians due to the symmetry of the sine and cosine functions.

Taking the symmetry and periodicity of the functions into account, the extremums of $h$ will occur at intervals of $\frac{\pi}{2}$, and since we want only positive values for $a$, the sequence for $a_n$ starting from $n=1$ will be $a_n = n \cdot \frac{\pi}{2}$.

Now, we're interested in finding the values of $a_6$ and $a_2$, to calculate $\frac{100}{\pi} \times\left(a_{6}-a_{2}\right)$.

$$ a_6 = 6 \cdot \frac{\pi}{2} $$
$$ a_2 = 2 \cdot \frac{\pi}{2} $$

So the difference is:

$$ a_6 - a_2 = 6 \cdot \frac{\pi}{2} - 2 \cdot \frac{\pi}{2} = 4 \cdot \frac{\pi}{2} = 2\pi $$

Therefore, the required value is:

$$ \frac{100}{\pi} \times\left(a_{6}-a_{2}\right) = \frac{100}{\pi} \times 2\pi = 200 $$

So the answer is $200$.""",
        wrap=False,
        expected=False,
        why=r"수학_미적 id 8 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_PRB,
        gold=r"196",
        pred=r"""주어진 조건인 $a \leq c \leq d$와 $b \leq c \leq d$를 만족하는 $a, b, c, d$의 값의 범위를 고려하여, 가능한 $c$와 $d$의 값을 선택하고, 그에 따른 $a$와 $b$의 값의 가짓수를 세어보겠습니다.

먼저 $c$와 $d$는 6 이하의 자연수이므로, $c$와 $d$의 가능한 모든 조합을 고려해야 합니다. 종류별로 나누어 생각해보면 다음과 같습니다:

- 경우 1: $c = d$일 때, $c$와 $d$는 같은 숫자이므로, 
  - $c = d = 1$일 때, $a$와 $b$의 값은 {1}이어야 하므로 가짓수는 1×1=1가지 입니다.
  - $c = d = 2$일 때, $a$와 $b$의 값은 {1, 2}이 될 수 있으므로 가짓수는 2×2=4가지 입니다.
  - $c = d = 3$일 때, $a$와 $b$의 값은 {1, 2, 3}이 될 수 있으므로 가짓수는 3×3=9가지 입니다.
  - $c = d = 4$일 때, $a$와 $b$의 값은 {1, 2, 3, 4}이 될 수 있으므로 가짓수는 4×4=16가지 입니다.
  - $c = d = 5$일 때, $a$와 $b$의 값은 {1, 2, 3, 4, 5}이 될 수 있으므로 가짓수는 5×5=25가지 입니다.
  - $c = d = 6$일 때, $a$와 $b$의 값은 {1, 2, 3, 4, 5, 6}이 될 수 있으므로 가짓수는 6×6=36가지 입니다.
- 경우 2: $c < d$일 때, $c$와 $d$는 서로 다른 숫자여야 하고, $c$는 1부터 5까지 선택할 수 있고, 각각의 선택에 대해 $d$는 $c+1$부터 6까지 선택할 수 있습니다.
  - 이때 $c$가 $i$일 때, $d$의 선택은 6 - $i$개 입니다.
  - $a$와 $b$는 $c$ 이하의 값을 선택할 수 있으므로, $c$가 $i$일 때 $a$와 $b$의 선택 가짓수는 $i^2$입니다.
  - 따라서, 경우 2의 가짓수는 $\sum_{i=1}^{5}(6-i)i^2$입니다.

총 가짓수를 구하려면 경우 1과 경우 2의 가짓수를 각각 합산해야 합니다. 각 가짓수를 계산하면:

- 경우 1의 총 가짓수: $1 + 4 + 9 + 16 + 25 + 36 = 91$
- 경우 2의 총 가짓수: $(6-1)1^2 + (6-2)2^2 + (6-3)3^2 + (6-4)4^2 + (6-5)5^2$
  = $5×1^2 + 4×2^2 + 3×3^2 + 2×4^2 + 1×5^2$
  = $5 + 4×4 + 3×9 + 2×16 + 5×25$
  = $5 + 16 + 27 + 32 + 125$
  = $205$

최종적으로 총 가짓수는 경우 1과 경우 2를 합산한 값입니다:
$91 + 205 = 296$

따라서 $(a, b, c, d)$의 모든 순서쌍의 개수는 총 296개입니다.""",
        wrap=False,
        expected=False,
        why=r"수학_확통 id 7 (score 4): in the Incorrects list",
    ),
    _c(
        R3,
        R3_PRB,
        gold=r"673",
        pred=r"""To solve for the range of $t$ where $\mathrm{P}(X \leq 5t) \geq \frac{1}{2}$, we can transform the inequality using the properties of normal distributions:

Given $X \sim \mathrm{N}\left(1, t^{2}\right)$, we can standardize $X$ to $Z$ using the z-score transformation:

$$ Z = \frac{X - \text{mean}}{\text{standard deviation}} = \frac{X - 1}{t} $$

Then, the inequality becomes:

$$ \mathrm{P}\left(\frac{X - 1}{t} \leq \frac{5t - 1}{t}\right) \geq \frac{1}{2} $$

Simplifying, we get:

$$ \mathrm{P}\left(Z \leq 5 - \frac{1}{t}\right) \geq \frac{1}{2} $$

Since $P(Z \leq 0) = 0.5$ for a standard normal distribution (by symmetry about the mean), we need:

$$ 5 - \frac{1}{t} \geq 0 $$

Solving for $t$, we get:

$$ t \geq \frac{1}{5} $$

Now, to find the maximum value of $\mathrm{P}\left(t^{2}-t+1 \leq X \leq t^{2}+t+1\right)$, let's standardize the range regarding $Z$:

$$ \mathrm{P}\left(\frac{t^{2}-t+1-1}{t} \leq Z \leq \frac{t^{2}+t+1-1}{t}\right) $$

Simplify:

$$ \mathrm{P}\left(\frac{t^{2}-t}{t} \leq Z \leq \frac{t^{2}+t}{t}\right) $$

Factor $t$ out:

$$ \mathrm{P}\left(t-1 \leq Z \leq t+1\right) $$

We want to maximize this probability. This happens when $t - 1$ is as large as possible but less than $0$ (since the larger the negative side of the z-score, the smaller the cumulative probability from the left), and $t + 1$ is as close to $0$ as possible but greater than $0$ (since the larger the z-score, the larger the cumulative probability from the right). Since we determined that $t \geq \frac{1}{5}$, the closest values to meet these criteria are when $t$ is just above $\frac{1}{5}$. In this case, the standardized values of $t-1$ and $t+1$ would be closest to $-1$ and $1$, respectively.

Using the table provided, from $z = -1$ to $z = 1$, you can find the corresponding probability by summing P(0 ≤ Z ≤ 1) for both the right and left sides:

$$ P(-1 ≤ Z ≤ 1) \approx 2 \times 0.341 = 0.682 $$

The calculated maximum probability is 0.682. Hence, $1000 \times 0.682 = 682$. 

Therefore, the value of $1000 \times k$ is approximately $682$.""",
        wrap=False,
        expected=False,
        why=r"수학_확통 id 8 (score 4): in the Incorrects list",
    ),
]

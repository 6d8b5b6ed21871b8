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
]

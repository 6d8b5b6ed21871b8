"""fresh33_a2, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh33_a2.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh33_a2 import R3, R3_CAL, R3_GEO, R3_PRB
from bench.equiv_rl_suites import collected_case as _c

CASES = [
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

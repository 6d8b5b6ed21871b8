r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "a", third part: the
rest of llm-jp/ft-llm-2026's ``math-eval`` test tables). Source, reading and rules are those of
bench/equiv_fresh8_a2.py's docstring: ``parse_and_verify(prediction, gold, evaluation_method)``
assertions from ``math-eval/tests/test_*.py`` @ a188385f8d66d948002074c2a4d68c00f59959b1, ``pred``
the model output as the tool reads it (``wrap`` False), ``gold`` as written in the test.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "llm-jp/ft-llm-2026"
AT = "@a188385f8d66d948002074c2a4d68c00f59959b1"

# (test file, test function, evaluation_method, [(prediction, gold, expected), ...])
_TABLES: list[tuple[str, str, str, list[tuple[str, str, bool]]]] = [
    (
        "test_interval.py",
        "test_wedge_land",
        "soft",
        [
            (r"$x > -2 \wedge x < 1$", "$(-2, 1)$", True),
            (r"$-2 < x \land x < 1$", "$(-2, 1)$", True),
            (r"$a > 0 \wedge 4 a^{2} + b > 0 \wedge b < 0$", r"\[a > 0, - 4a^{2} < b < 0\]", True),
            (r"$a > 0 \wedge 4 a^{2} + b > 0 \wedge b > 0$", r"\[a > 0, - 4a^{2} < b < 0\]", False),
        ],
    ),
    (
        "test_interval.py",
        "test_chained_inequality_interval",
        "soft",
        [
            (
                r"$\left(1, 3\right] \cup \left[5, \infty\right)$",
                r"\[1 < x \leqq 3, 5 \leqq x\]",
                True,
            ),
            ("$(-3, 7]$", r"$-3 < x \leq 7$", True),
            ("$[2, 9)$", r"$2 \leq x < 9$", True),
            ("$(-3, 10]$", r"$-3 < x \leq 7$", False),
        ],
    ),
    (
        "test_interval.py",
        "test_multi_block_merge",
        "soft",
        [
            ("$x < -2$. $1 < x$", r"$(-\infty, -2) \cup (1, \infty)$", True),
            ("$x < -2$ または $1 < x$", r"$(-\infty, -2) \cup (1, \infty)$", True),
            ("$x < -2$ or $1 < x$", r"$(-\infty, -2) \cup (1, \infty)$", True),
            ("$x < -2$ $1 < x$", r"$(-\infty, -2) \cup (1, \infty)$", True),
            ("$x < -2$. $2 < x$", r"$(-\infty, -2) \cup (1, \infty)$", False),
        ],
    ),
    (
        "test_list_gold.py",
        "test_verify_with_list_gold",
        "soft",
        [
            ("1", "1", True),
        ],
    ),
    (
        "test_matrix_vector.py",
        "test_matrix_vector_integration",
        "soft",
        [
            ("$(1, 2, 3)$", r"$\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}$", True),
            (r"$\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}$", "$(1, 2, 3)$", True),
            (
                r"$\begin{pmatrix} 1 \\ 2 \end{pmatrix}$",
                r"$\begin{bmatrix} 1 \\ 2 \end{bmatrix}$",
                True,
            ),
            (
                r"$\begin{pmatrix} 1 & 2 & 3 \end{pmatrix}$",
                r"$\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}$",
                True,
            ),
            ("$(1, 2)$", r"$\begin{pmatrix} 1 \\ 2 \end{pmatrix}$", True),
            (
                r"$\left(\frac{1}{2}, \frac{3}{4}, 1\right)$",
                r"$\begin{pmatrix} \frac{1}{2} \\ \frac{3}{4} \\ 1 \end{pmatrix}$",
                True,
            ),
            ("$(1, 2, 3)$", r"$\begin{pmatrix} 1 \\ 2 \\ 4 \end{pmatrix}$", False),
            ("$(1, 2)$", r"$\begin{pmatrix} 1 \\ 2 \\ 3 \end{pmatrix}$", False),
        ],
    ),
    (
        "test_normalization.py",
        "test_normalization_integration",
        "soft",
        [
            ("$0. 7$", "$0.7$", True),
            ("$1 2 3$", "$123$", True),
            ("$a > 0, b < 0$", r"\[a > 0,\ b < 0\]", True),
            ("$x$", r"$x\quad$", True),
            (r"$x \geqq 0$", r"$x \geq 0$", True),
            (
                r"\boxed{a > 0,\ b < 0,\ \text{and}\ 4a^2 + b > 0}",
                r"\[a > 0, - 4a^{2} < b < 0\]",
                True,
            ),
            (
                r"\boxed{P(X=0)=\frac{1}{6},\ P(X=1)=\frac{1}{3},\ P(X=2)=\frac{1}{2}}",
                r"\(P(X = 0) = \frac{1}{6}\),\(P(X = 1) = \frac{4}{12}\),\(P(X = 2) = \frac{6}{12}\)",
                True,
            ),
            (
                r"$P(X = 1) = \frac{1}{3}, \quad P(X = 2) = \frac{1}{2}$",
                r"\(P(X = 0) = \frac{1}{6}\),\(P(X = 1) = \frac{4}{12}\),\(P(X = 2) = \frac{6}{12}\)",
                False,
            ),
            (
                r"\boxed{P(X=0)=\frac{1}{6},\ P(X=1)=\frac{1}{4},\ P(X=2)=\frac{1}{2}}",
                r"\(P(X = 0) = \frac{1}{6}\),\(P(X = 1) = \frac{4}{12}\),\(P(X = 2) = \frac{6}{12}\)",
                False,
            ),
            (r"$\log 2$", r"$\ln 2$", True),
            (r"$\ln 3$", r"$\log 3$", True),
            (r"$\log_2 8$", r"$\ln 8$", False),
        ],
    ),
    (
        "test_numeric_approx.py",
        "test_numeric_approx",
        "soft",
        [
            ("0.333", r"$\frac{1}{3}$", True),
            ("0.6667", r"$\frac{2}{3}$", True),
            ("0.334", r"$\frac{1}{3}$", False),
            ("0.3334", r"$\frac{1}{3}$", False),
            ("3.14", r"$\pi$", True),
            ("3.1416", r"$\pi$", True),
            ("3.15", r"$\pi$", False),
            ("1.414", r"$\sqrt{2}$", True),
            ("1.4142", r"$\sqrt{2}$", True),
        ],
    ),
    (
        "test_paren_fallback.py",
        "test_paren_fallback",
        "soft",
        [
            (r"$\left\{-3 - \sqrt{6},\ -3 + \sqrt{6}\right\}$", r"\[-3 \pm \sqrt{6}\]", True),
            (r"$\left[-3 - \sqrt{6},\ -3 + \sqrt{5}\right]$", r"\[-3 \pm \sqrt{6}\]", False),
            ("$[2, 5]$", r"$\{2, 4\}$", False),
            ("$5$", "$5$", True),
            ("$5$", "$6$", False),
        ],
    ),
    (
        "test_pm.py",
        "test_verify",
        "soft",
        [
            (r"$\pm1$", r"$\pm 1$", True),
            (r"$\pm a$", r"$    \pm  a$", True),
            (r"$\pm{x}$", r"$    \pm  x$", True),
            (r"$\pm{x}$", r"$    \mp  x$", True),
            (r"これは$\pmx$です", r"これは$\pm x$です", True),
            (r"$3 \pm 1$", r"$3 \mp 1$", True),
            (r"$3 \pm 1$", "$2, 4$", True),
            (r"$1 \pm \sqrt{2}$", r"$1+\sqrt{2}, 1-\sqrt{2}$", True),
            (r"x = 3 \pm 1", r"3 \mp 1", True),
            (r"$x = 3 \pm 1$", r"$3 \pm 1$", True),
            (r"$a+1\pm 1$", "$a+2, a$", True),
            (r"${1 \pm \sqrt{97}} / 12$", r"${1\pm\sqrt{97}} / 12$", True),
            (r"${1 \pm \sqrt{97}}/ 12$", r"${1\pm\sqrt{97}} / 12$", True),
            (r"${1 \pm \sqrt{97}}/12$", r"${1\pm \sqrt{97}}/12$", True),
            (r"$\frac{1 \pm \sqrt{97}}{12}$", r"$\frac{1 \mp \sqrt{97}}{12}$", True),
            (r"$1 \pm 2 \pm 3$", "$6, 0, 2, -4$", True),
            (r"$1 \pm 2 \pm 3$", r"$1 \pm 2 \pm 3$", True),
            (r"$1 \pm 1 \pm 1 \pm 1$", "$4, 2, 2, 0, 2, 0, 0, -2$", True),
        ],
    ),
    (
        "test_pm.py",
        "test_eq_pm_verify",
        "soft",
        [
            (r"$x = 3 \pm 1$", "$x = 2, 4$", True),
            ("$x = 2, 4$", r"$x = 3 \pm 1$", True),
            (r"$x = 1, 3 \pm 4$", "$x = -1, 1, 7$", True),
            (r"$x = 3 \pm 1$", "$x = 1, 5$", False),
            ("$x = 5$", "$x = 5$", True),
            ("$x = 5$", "$x = 6$", False),
        ],
    ),
    (
        "test_pm.py",
        "test_finiteset_pm_verify",
        "soft",
        [
            (r"$1, 3 \pm 4$", r"$\{-1, 1, 7\}$", True),
            (r"$1.2, 3 \pm 4$", "$-1, 1.2, 7$", True),
            (r"$1, 3 \pm 4$", r"$\{-1, 1, 8\}$", False),
        ],
    ),
    (
        "test_soft.py",
        "test_verify",
        "soft",
        [
            ("42", "42", True),
            ("1", "2", False),
            ("100", "1000", False),
            ("-1", "-1", True),
            ("-42", "-42", True),
            ("-1", "-2", False),
            ("-100", "100", False),
            ("3.14", "3.14", True),
            ("0.001", "0.001", True),
            (".5", "0.5", True),
            ("2.71", "2.72", False),
            ("1.0", "1.1", False),
            (".5", "0.6", False),
            ("-0.001", "-0.001", True),
            ("-0.1", "-0.1", True),
            ("-0,5", "-0.7", False),
            ("-2.71", "-2.70", False),
            ("5.0", "5", True),
            ("10.0", "11", False),
            ("1,000", "1000", True),
            ("20,500", "2,500", False),
            ("5 kg", "5 kilograms", True),
            ("3 m", "3 meters", True),
            ("$100", "100 dollars", True),
            ("10 kg", "12 kilograms", False),
            ("5 m", "6 meters", False),
        ],
    ),
    (
        "test_vector.py",
        "test_vector_integration",
        "soft",
        [
            (r"$\vec{a}$", "$a$", True),
            (r"$\vec{a} + \vec{b}$", "$a + b$", True),
            (r"$3\vec{a}$", "$3a$", True),
            (r"$\boldsymbol{a}$", "$a$", True),
            (r"$\mathbf{v}$", "$v$", True),
            (r"$\bm{a} + \bm{b}$", "$a + b$", True),
            (r"$\vec{a}$", r"$\boldsymbol{a}$", True),
            ("$AB$", r"$\overrightarrow{AB}$", True),
            (r"$\vec{AB}$", r"$\overrightarrow{AB}$", True),
            ("$AB + CD$", r"$\overrightarrow{AB} + \overrightarrow{CD}$", True),
            (r"$\vec{AB}$", "$AB$", True),
            (
                r"$\frac{AB}{2} + \frac{CD}{3}$",
                r"$\frac{\overrightarrow{AB}}{2} + \frac{\overrightarrow{CD}}{3}$",
                True,
            ),
            ("$3AB$", r"$3\overrightarrow{AB}$", True),
            (r"$\vec{a}$", "$b$", False),
            (r"$\overrightarrow{AB}$", r"$\overrightarrow{CD}$", False),
        ],
    ),
]

CASES: list[dict] = [
    _c(REPO, f"math-eval/tests/{f}{AT}", g, p, False, ok, f"{f}::{fn} (evaluation_method={m!r})")
    for f, fn, m, rows in _TABLES
    for p, g, ok in rows
]

r"""An eighth fresh set of answer-equivalence cases (evaluation only; helper "a", second part:
llm-jp/ft-llm-2026's Japanese ``math-eval`` grader; the first part is bench/equiv_fresh8_a.py).

Source: llm-jp/ft-llm-2026 ``math-eval/tests/test_*.py`` @ a188385f8d66d948002074c2a4d68c00f59959b1
(the ``math-eval`` tool of the LLM-jp fine-tuning course: Math-Verify plus its own fallbacks, with
Japanese comments and a few Japanese-text predictions). Every case is a
``parse_and_verify(prediction, gold, evaluation_method)`` assertion: ``prediction`` is the model
output as the tool reads it (stored as ``pred`` with ``wrap`` False), ``gold`` is the reference as
written in the test (``$...$`` / ``\[...\]`` delimiters kept). ``why`` names the test file, the
test function and the evaluation method. ``evaluation_method="complex"`` reads the symbol ``i``
as the imaginary unit (otherwise like "soft"); those cases are kept. ``test_numeric_approx`` is the
tool's decimal-approximation rule (a decimal matches a fraction or irrational rounded to the
decimal's own precision, so ``0.333`` = 1/3 but ``0.3334`` != 1/3). No license file was found in
the stored copy; the short test strings are quoted as test data, with attribution. The cases are
extracted from the test files' ``pytest.mark.parametrize`` tables (read with ``ast``), so the
strings are the values Python reads.

Left out, by rule: ``strict`` and ``complex-strict`` assertions (a form policy: no simplification,
e.g. ``(x+1)^2`` != ``x^2+2x+1``); golds given as a list of alternatives (``test_list_gold``,
any-match); the tool's deliberate leniency against mathematical inequality: an interval or pair
written with ``[ ]`` or ``( )`` accepted for a two-element set (``[2, 4]`` = ``\{2, 4\}``,
``\left[-3-\sqrt{6}, -3+\sqrt{6}\right]`` = ``-3 \pm \sqrt{6}``), and its policy against physical
equality (``1 m`` != ``100 cm``, no unit conversion); answers inside ``<answer>`` tags (format);
``test_extended_parse_improvement`` (it pins what plain ``math_verify.parse`` gets wrong, and its
``_extended_parse`` verdicts repeat ``test_verify``); normaliser-only unit tests. Identical
(pred, gold, method, verdict) assertions are kept once across the repository.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "llm-jp/ft-llm-2026"
AT = "@a188385f8d66d948002074c2a4d68c00f59959b1"

# (test file, test function, evaluation_method, [(prediction, gold, expected), ...])
_TABLES: list[tuple[str, str, str, list[tuple[str, str, bool]]]] = [
    (
        "test_bare_keywords.py",
        "test_bare_keywords_integration",
        "soft",
        [
            ("$2pi$", r"$2\pi$", True),
            ("$pi/6$", r"$\frac{\pi}{6}$", True),
            ("$sin(pi/6)$", r"$\sin(\frac{\pi}{6})$", True),
            ("$cos(pi/4)$", r"$\frac{\sqrt{2}}{2}$", True),
            ("$2pi$", r"$3\pi$", False),
            ("$sin(pi/6)$", r"$\frac{1}{3}$", False),
        ],
    ),
    (
        "test_complex.py",
        "test_verify",
        "complex",
        [
            ("$1/i$", "$-i$", True),
            (r"$e^{i\theta} + e^{-i\theta}$", r"$2\cos\theta$", True),
            (r"$e^{ix} / (\cos x + i \sin x)$", "1", True),
            (r"$e^{ix} * (\cos x - i \sin x)$", "1", True),
            ("$e^{ix}$", "$1/e^{-ix}$", True),
            ("$e^{ix}$", r"$\cos x + i \sin x$", True),
            (r"$e^{i\pi/2}$", "$i$", True),
        ],
    ),
    (
        "test_complex.py",
        "test_complex_pm",
        "complex",
        [
            (r"$1 \pm 2i$", "$1 + 2i, 1 - 2i$", True),
            (r"$1 \pm 2i$", r"$1 \mp 2i$", True),
            (r"$3 \pm 4i$", "$3 + 4i, 3 - 4i$", True),
            (r"$\pm i$", "$i, -i$", True),
            (r"$\pm 3i$", "$3i, -3i$", True),
            (r"$1 \pm 2i$", "$1 + 3i, 1 - 3i$", False),
            (r"$1 \pm 2i$", "$2 + 2i, 2 - 2i$", False),
        ],
    ),
    (
        "test_complex.py",
        "test_complex_bugfix",
        "complex",
        [
            (r"$\frac{\pi}{4}$", r"\[\frac{\pi}{4}\]", True),
            ("$-1$", "$-1$", True),
            ("$x = -3, 1 - 2i, 1 + 2i$", r"\[x = - 3,1 \pm 2i\]", True),
            (r"$\{-3, 1 \pm 2i\}$", r"\[x = - 3,1 \pm 2i\]", True),
            (
                r"$2 e^{\frac{5 i \pi}{6}}$",
                r"$2\left( \cos\frac{5}{6}\pi + i\sin\frac{5}{6}\pi \right)$",
                True,
            ),
            (r"$\frac{11+3i}{5}$", r"$\frac{11+3i}{5}$", True),
            ("$4 - 4i$", "$4 - 4i$", True),
            ("$-i$", "$-i$", True),
        ],
    ),
    (
        "test_decimal_fraction.py",
        "test_decimal_fraction_integration",
        "soft",
        [
            ("$0.625x$", r"$\frac{5}{8}x$", True),
            (r"$\frac{5}{8}x$", "$0.625x$", True),
            ("$0.5$", r"$\frac{1}{2}$", True),
            ("$0.5$", r"$\frac{1}{3}$", False),
            ("$0.625x$", r"$\frac{1}{8}x$", False),
        ],
    ),
    (
        "test_degree_radian.py",
        "test_degree_radian",
        "soft",
        [
            (r"$30^\circ$", r"$\frac{\pi}{6}$", True),
            (r"$45^\circ$", r"$\frac{\pi}{4}$", True),
            (r"$60^\circ$", r"$\frac{\pi}{3}$", True),
            (r"$90^\circ$", r"$\frac{\pi}{2}$", True),
            (r"$180^\circ$", r"$\pi$", True),
            (r"$360^\circ$", r"$2\pi$", True),
            (r"$30^{\circ}$", r"$\frac{\pi}{6}$", True),
            ("$60°$", r"$\frac{\pi}{3}$", True),
            (r"$\frac{\pi}{4}$", r"$45^\circ$", True),
            (r"$90^\circ$", r"$90^\circ$", True),
            (r"\boxed{45^\circ}", r"$\frac{\pi}{4}$", True),
            (r"\boxed{60^{\circ}}", r"$\frac{\pi}{3}$", True),
            (r"$30^\circ$", r"$\frac{\pi}{4}$", False),
            (r"$45^\circ$", r"$\frac{\pi}{3}$", False),
        ],
    ),
    (
        "test_delimiter_fallback.py",
        "test_delimiter_fallback",
        "soft",
        [
            (r"\sqrt{2}", r"$\sqrt{2}$", True),
            (r"\frac{1}{2}", r"$\frac{1}{2}$", True),
            ("2x+1", "$2x+1$", True),
            ("x^2 + 3x - 5", "$x^2 + 3x - 5$", True),
            (r"$\sqrt{2}$", r"$\sqrt{2}$", True),
            (r"\boxed{42}", "$42$", True),
            ("3", "$3$", True),
            ("3.14", "$3.14$", True),
            (r"\sqrt{3}", r"$\sqrt{2}$", False),
            ("2x+1", "$3x+1$", False),
        ],
    ),
    (
        "test_dict_gold.py",
        "test_dict_integration",
        "soft",
        [
            (
                r"\boxed{{0: \frac{1}{6}, 1: \frac{1}{3}, 2: \frac{1}{2}}}",
                r"$\frac{1}{6}, \frac{1}{3}, \frac{1}{2}$",
                True,
            ),
            (
                r"\boxed{{0: \frac{1}{6}, 1: \frac{1}{3}, 2: \frac{1}{2}}}",
                r"$P(X=0)=\frac{1}{6},\; P(X=1)=\frac{1}{3},\; P(X=2)=\frac{1}{2}$",
                True,
            ),
            (r"\boxed{{x: 3, y: 7}}", "$x = 3, y = 7$", True),
            (r"\boxed{{x: 3, y: 7}}", "$x = 3, y = 11$", False),
            (r"\boxed{{0: \frac{1}{6}}}", r"$\frac{1}{6}, \frac{1}{3}, \frac{1}{2}$", False),
            (r"\boxed{x: 3, y: 7}", "$x = 3, y = 7$", True),
            ("0: 1/6, 1: 1/3, 2: 1/2", r"$\frac{1}{6}, \frac{1}{3}, \frac{1}{2}$", True),
        ],
    ),
    (
        "test_evaluation_method_flag.py",
        "test_verify",
        "soft",
        [
            ("$x+1$", "$1+x$", True),
        ],
    ),
    (
        "test_evaluation_method_flag.py",
        "test_verify",
        "complex",
        [
            ("$i^2$", "$-1$", True),
        ],
    ),
    (
        "test_function_power.py",
        "test_function_power_equivalent",
        "soft",
        [
            (r"$\sin^2 x$", r"$(\sin x)^2$", True),
            (r"$\sin^{2} x$", r"$(\sin x)^2$", True),
            (r"$\sin^3(x)$", r"$(\sin(x))^3$", True),
            (r"$\sin^2\left(x\right)$", r"$(\sin x)^2$", True),
            (r"$\cos^2 x$", r"$(\cos x)^2$", True),
            (r"$\cos^{2}\theta$", r"$(\cos\theta)^2$", True),
            (r"$\cos^{2}\left(\theta\right)$", r"$(\cos\theta)^2$", True),
            (r"$\tan^2 x$", r"$(\tan x)^2$", True),
            (r"$\log^2 x$", r"$(\log x)^2$", True),
            (r"${\log x}^3$", r"$(\log x)^3$", True),
            (r"$\exp^2(x)$", r"$(\exp(x))^2$", True),
            (r"$\frac{\sin^2 x}{2}$", r"$\frac{(\sin x)^2}{2}$", True),
        ],
    ),
    (
        "test_function_power.py",
        "test_inverse_trig",
        "soft",
        [
            (r"$\sin^{-1} x$", r"$\arcsin x$", True),
            (r"$\cos^{-1} x$", r"$\arccos x$", True),
            (r"$\tan^{-1} x$", r"$\arctan x$", True),
        ],
    ),
    (
        "test_function_power.py",
        "test_trig_identity",
        "soft",
        [
            (r"$\sin^2 x + \cos^2 x$", "$1$", True),
            (r"$\sin^2\theta + \cos^2\theta$", "$1$", True),
            (r"$\sin^2(x) + \cos^2(x)$", r"$(\sin(x))^2 + (\cos(x))^2$", True),
        ],
    ),
    (
        "test_function_power.py",
        "test_exp_notation",
        "soft",
        [
            ("$e^{2x}$", r"$\exp(2x)$", True),
        ],
    ),
    (
        "test_function_power.py",
        "test_function_power_not_equivalent",
        "soft",
        [
            (r"$\sin^2 x$", r"$\sin(x^2)$", False),
            (r"$\log^2 x$", r"$\log(x^2)$", False),
            (r"$\log{x}^3$", r"$(\log x)^3$", False),
            (r"$\log{\left(x\right)}^3$", r"$(\log x)^3$", False),
        ],
    ),
    (
        "test_interval.py",
        "test_inequality_interval",
        "soft",
        [
            (r"$(-\infty, -2) \cup (-1, \infty)$", r"\[x < -2, -1 < x\]", True),
            ("$x < -2, -1 < x$", r"$(-\infty, -2) \cup (-1, \infty)$", True),
            (
                r"$x < -\sqrt{2}, \sqrt{2} < x$",
                r"$(-\infty, -\sqrt{2}) \cup (\sqrt{2}, \infty)$",
                True,
            ),
            ("$x < -a, a < x$", r"$(-\infty, -a) \cup (a, \infty)$", True),
            ("$x < -2, 1 < x$", "$x < -2, 1 < x$", True),
            (r"$(-\infty, -2) \cup (1, \infty)$", r"$(-\infty, -3) \cup (2, \infty)$", False),
        ],
    ),
    (
        "test_interval.py",
        "test_vee_lor",
        "soft",
        [
            (r"$x < -2 \vee -1 < x$", r"\[x < -2, -1 < x\]", True),
            (r"$x < -2 \lor 1 < x$", r"$(-\infty, -2) \cup (1, \infty)$", True),
            (r"$x < -2 \vee -1 < x$", r"$(-\infty, -2) \cup (-1, \infty)$", True),
        ],
    ),
]

CASES: list[dict] = [
    _c(REPO, f"math-eval/tests/{f}{AT}", g, p, False, ok, f"{f}::{fn} (evaluation_method={m!r})")
    for f, fn, m, rows in _TABLES
    for p, g, ok in rows
]

r"""fresh120_b, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh120_b.py
names (sympy/sympy issue threads; testbook.com, mcqslearn.com and gtu-mcq.com multiple-choice
keys), transcribed under the same rules; see that module's docstring for the sources, conventions
and what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SYMPY = "sympy/sympy"
TB = "testbook.com"
MCQL = "mcqslearn.com"
GTU = "gtu-mcq.com"
SYMPY_24294 = "issues/24294"
SYMPY_7219 = "issues/7219"
SYMPY_21372 = "issues/21372"
SYMPY_23360 = "issues/23360"
SYMPY_18136 = "issues/18136"
SYMPY_8977 = "issues/8977"
SYMPY_14326 = "issues/14326"
SYMPY_26775 = "issues/26775"
SYMPY_12557 = "issues/12557"
TB_Z = "https://testbook.com/objective-questions/mcq-on-z-transform-of-standard-signals--5eea6a0839140f30f369d7fd"
TB_L = "https://testbook.com/objective-questions/mcq-on-laplace-transform--5eea6a0839140f30f369d74c"
MCQL_8 = "https://mcqslearn.com/engg/advance-engineering-mathematics/quiz/quiz-questions-and-answers.php?page=8"
GTU_5120 = (
    "https://gtu-mcq.com/BE/Electrical-Engineering/Semester-1/3110015/5120/MCQs?q=bDFvcmdllQA%3D"
)

CASES = [
    # sympy 24294: L{2 sin(t) u(t)}, the dropped coefficient
    _c(
        SYMPY,
        SYMPY_24294,
        gold=r"2/(s**2 + 1)",
        pred=r"1/(s**2 + 1)",
        wrap=True,
        expected=False,
        why=(
            "issue 'laplace_transform drops coefficient when Heaviside used': 'I would expect "
            "`L(2 * sin(t) * u(t))` to be `2/(s**2 + 1)`, but `laplace_transform` outputs "
            "`1/(s**2 + 1)`'"
        ),
    ),
    # sympy 7219: L{-t cos 5t}, a lost sign
    _c(
        SYMPY,
        SYMPY_7219,
        gold=r"(25 - s**2)/(s**4 + 50*s**2 + 625)",
        pred=r"(s**2 - 25)/(s**4 + 50*s**2 + 625)",
        wrap=True,
        expected=False,
        why=(
            "laplace_transform('-t*cos(5*t)'): 1.11.1 gave '((s**2 - 25)/(s**4 + 50*s**2 + "
            "625), 0, True)', master '((25 - s**2)/(s**4 + 50*s**2 + 625), 0, True)'; 'looks "
            "like this was a bug in the last release (1.11.1) but fixed in master'; 'Yes, we "
            "fixed this in #24296'"
        ),
    ),
    # sympy 21372: Laplace transforms involving DiracDelta (issue by a transforms maintainer)
    _c(
        SYMPY,
        SYMPY_21372,
        gold=r"1",
        pred=r"1 - Heaviside(0)",
        wrap=True,
        expected=False,
        why=(
            "'print(laplace_transform(DiracDelta(t),t,s,noconds=True)) ... # results: 1 - "
            "Heaviside(0)'; 'The former should just be `1`'"
        ),
    ),
    _c(
        SYMPY,
        SYMPY_21372,
        gold=r"-a/(a + s) + 1",
        pred=r"-a/(a + s) - Heaviside(0) + 1",
        wrap=True,
        expected=False,
        why=(
            "'laplace_transform(DiracDelta(t)-a*exp(-a*t),t,s,noconds=True) ... # results: "
            "-a/(a + s) - Heaviside(0) + 1'; 'The former should just be `-a/(a + s) + 1`'"
        ),
    ),
    # sympy 23360: transform of a*y'(t), the dropped coefficient
    _c(
        SYMPY,
        SYMPY_23360,
        gold=r"a*s*LaplaceTransform(y(t), t, s) - a*y(0)",
        pred=r"s*LaplaceTransform(y(t), t, s) - y(0)",
        wrap=True,
        expected=False,
        why=(
            "'print(sp.laplace_transform(a*y(t).diff(t), t, s)) returns "
            "`s*LaplaceTransform(y(t), t, s) - y(0)`, instead of `a*s*LaplaceTransform(y(t), "
            "t, s) - a*y(0)`'; maintainer: 'I think this is already fixed in master'"
        ),
    ),
    # sympy 18136: Fourier transform of 1/(1+x^2) in SymPy's exp(-2 pi i x xi) convention
    _c(
        SYMPY,
        SYMPY_18136,
        gold=r"pi*exp(-2*pi*Abs(xi))",
        pred=r"pi*exp(-2*pi*xi)",
        wrap=True,
        expected=False,
        why=(
            "fourier_transform(1/(1+x**2), x, xi): 'Sympy returns pi*exp(-2*pi*xi). This "
            "result however doesn't inverse transform to original function. Mathematica and "
            "Matlab transform it correctly to pi*exp(-2*pi*Abs(xi))'; maintainer: 'That is a "
            "bug. ... returns its analytic expression without `Abs`.' (markdown escapes '\\*' "
            "read as '*')"
        ),
    ),
    # sympy 8977: the Gaussian under two Fourier conventions
    _c(
        SYMPY,
        SYMPY_8977,
        gold=r"sqrt(2)*sqrt(pi)*exp(-2*pi**2*k**2)",
        pred=r"sqrt(2)*sqrt(pi)*exp(-k**2/2)",
        wrap=True,
        expected=False,
        why=(
            "W1 = fourier_transform(exp(-x**2/2),x,k) and W2 = "
            "integrate(exp(-x**2/2)*exp(-I*k*x), ...) give "
            "'(sqrt(2)*sqrt(pi)*exp(-2*pi**2*k**2), sqrt(2)*sqrt(pi)*exp(-k**2/2), False)'; "
            "'W1 is not equal to W2, which is correct.'; maintainer: 'There are two common "
            "ways of defining the Fourier' transform (reading: the question is SymPy's "
            "fourier_transform, whose convention the page names)"
        ),
    ),
    # sympy 14326: inverse transform of 1.8/(s-3.7)^2, EulerGamma and polygamma(0, 1) cancelling
    _c(
        SYMPY,
        SYMPY_14326,
        gold=r"1.8*t*exp(3.7*t)",
        pred=r"(1.8*t - 3.6*EulerGamma - 3.6*polygamma(0, 1.0))*exp(3.7*t)",
        wrap=True,
        expected=True,
        why=(
            "inverse_laplace_transform((1.8)/(s-3.7)**2, s, t) after the workaround: '(1.8*t "
            "- 3.6*EulerGamma - 3.6*polygamma(0, 1.0))*exp(3.7*t)'; 'Indeed, calling "
            "*.evalf()* on the result yields the desired output' ... '>>> _.evalf() "
            "1.8*t*exp(3.7*t)'"
        ),
    ),
    # sympy 26775: inverse transforms of s, s**2, s**3
    _c(
        SYMPY,
        SYMPY_26775,
        gold=r"δ'(t)",
        pred=r"δ(t)",
        wrap=True,
        expected=False,
        why=(
            "'[sy.inverse_laplace_transform(F,s,t) for F in (1,s,s**2,s**3)] it returns wrong "
            "result: [δ(t), δ(t), δ(t), δ(t)] expected result: [δ(t), δ'(t), δ''(t), "
            "δ'''(t)]'; maintainer: 'Thanks, this is indeed incorrect.' (the entry for F = s)"
        ),
    ),
    _c(
        SYMPY,
        SYMPY_26775,
        gold=r"δ''(t)",
        pred=r"δ(t)",
        wrap=True,
        expected=False,
        why=(
            "'expected result: [δ(t), δ'(t), δ''(t), δ'''(t)]' against 'returns wrong result: "
            "[δ(t), δ(t), δ(t), δ(t)]'; 'this is indeed incorrect' (the entry for F = s**2)"
        ),
    ),
    _c(
        SYMPY,
        SYMPY_26775,
        gold=r"δ'''(t)",
        pred=r"δ(t)",
        wrap=True,
        expected=False,
        why=(
            "'expected result: [δ(t), δ'(t), δ''(t), δ'''(t)]' against 'returns wrong result: "
            "[δ(t), δ(t), δ(t), δ(t)]'; 'this is indeed incorrect' (the entry for F = s**3)"
        ),
    ),
    # sympy 12557: the cosine-coefficient integral of |x| on [-pi, pi]
    _c(
        SYMPY,
        SYMPY_12557,
        gold=r"Piecewise((pi**2, Eq(k, 0)), (2*((-1)**k - 1)/k**2, True))",
        pred=r"Piecewise((pi**2, Eq(k, 0)), (2*(-1)**k/k**2, True))",
        wrap=True,
        expected=False,
        why=(
            "integrate(cos(k*x)*sqrt(x**2), (x, -pi, pi)) with k integer: 'we see that is "
            "also wrong Piecewise((pi**2, Eq(k, 0)), (2*(-1)**k/k**2, True)) It should be "
            "Piecewise((pi**2, Eq(k, 0)), (2*((-1)**k - 1)/k**2, True))'"
        ),
    ),
    # testbook z-transform MCQ, question 1: the difference equation of h(n) = delta(n) + 2
    # delta(n-1) + ...
    _c(
        TB,
        TB_Z,
        gold=r"y(n) = x(n) + 2x(n - 1) + x(n - 2) + 3x(n - 3)",
        pred=r"y(n) = x(n) - 2y(n - 1) - y(n - 2) - 3y(n - 3)",
        wrap=True,
        expected=False,
        why=(
            "impulse response h(n) = {1 (at n=0), 2, 1, 3}: 'Option 2 : y(n) = x(n) + 2x(n - "
            "1) + x(n - 2) + 3x(n - 3)'; 'Hence the correct answer is option 2' (option 1 "
            "shown)"
        ),
    ),
    _c(
        TB,
        TB_Z,
        gold=r"y(n) = x(n) + 2x(n - 1) + x(n - 2) + 3x(n - 3)",
        pred=r"y(n) = x(n) - 2x(n - 1) -x(n - 2) - 3x(n - 3)",
        wrap=True,
        expected=False,
        why="'Hence the correct answer is option 2' (option 3 shown)",
    ),
    _c(
        TB,
        TB_Z,
        gold=r"y(n) = x(n) + 2x(n - 1) + x(n - 2) + 3x(n - 3)",
        pred=r"y(n) = x(n) + 2y(n - 1) + y(n - 2) + 3y(n - 3)",
        wrap=True,
        expected=False,
        why="'Hence the correct answer is option 2' (option 4 shown)",
    ),
    # testbook z-transform MCQ, question 2: the z-transform of the unit step
    _c(
        TB,
        TB_Z,
        gold=r"\frac{{Z }}{{Z - 1}}",
        pred=r"\frac{{Z - 1}}{{Z + 1}}",
        wrap=True,
        expected=False,
        why=(
            "'Z transform of unit step function is given by' ... 'Option 2 : \\frac{{Z }}{{Z - "
            "1}}'; solution: 'a^n u[n] = \\frac{z}{z - a}' with 'a = 1' (option 1 shown)"
        ),
    ),
    _c(
        TB,
        TB_Z,
        gold=r"\frac{{Z }}{{Z - 1}}",
        pred=r"\frac{{Z }}{{Z +1}}",
        wrap=True,
        expected=False,
        why="'Option 2 : \\frac{{Z }}{{Z - 1}}' (option 3 shown)",
    ),
    _c(
        TB,
        TB_Z,
        gold=r"\frac{{Z }}{{Z - 1}}",
        pred=r"\frac{{Z + 1}}{{Z - 1}}",
        wrap=True,
        expected=False,
        why="'Option 2 : \\frac{{Z }}{{Z - 1}}' (option 4 shown)",
    ),
    _c(
        TB,
        TB_Z,
        gold=r"\frac{{Z }}{{Z - 1}}",
        pred=r"\frac{{-Z }}{{Z - 1}}",
        wrap=True,
        expected=False,
        why="'Option 2 : \\frac{{Z }}{{Z - 1}}' (option 5 shown)",
    ),
    # testbook Laplace MCQ, question 1: inverse transform of 1/(s^2+4s+8)
    _c(
        TB,
        TB_L,
        gold=r"\frac{1}{2}e^{-2t}\sin 2t",
        pred=r"\frac{1}{2}{{\rm{e}}^{-2{\rm{t}}}}{\rm{\;Sin\;}}2{\rm{t}}",
        wrap=True,
        expected=True,
        why=(
            "'Option 1 : \\rm f(t)=\\frac{1}{2}e^{-2t}\\sin 2t'; detailed solution ends '... = "
            "\\frac{1}{2}{{\\rm{e}}^{-2{\\rm{t}}}}{\\rm{\\;Sin\\;}}2{\\rm{t}}' (lead-in '\\rm f(t)=' "
            "dropped)"
        ),
    ),
    _c(
        TB,
        TB_L,
        gold=r"\frac{1}{2}e^{-2t}\sin 2t",
        pred=r"\frac{1}{2}\sin (t+2)",
        wrap=True,
        expected=False,
        why=(
            "'Option 1 : \\rm f(t)=\\frac{1}{2}e^{-2t}\\sin 2t' (option 2 shown, lead-in '\\rm "
            "f(t)=' dropped)"
        ),
    ),
    _c(
        TB,
        TB_L,
        gold=r"\frac{1}{2}e^{-2t}\sin 2t",
        pred=r"\frac{1}{2}e^{-2t}\cos 2t",
        wrap=True,
        expected=False,
        why=(
            "'Option 1 : \\rm f(t)=\\frac{1}{2}e^{-2t}\\sin 2t' (option 3 shown, lead-in '\\rm "
            "f(t)=' dropped)"
        ),
    ),
    _c(
        TB,
        TB_L,
        gold=r"\frac{1}{2}e^{-2t}\sin 2t",
        pred=r"\frac{1}{2}\cos (t+2)",
        wrap=True,
        expected=False,
        why=(
            "'Option 1 : \\rm f(t)=\\frac{1}{2}e^{-2t}\\sin 2t' (option 4 shown, lead-in '\\rm "
            "f(t)=' dropped)"
        ),
    ),
    # mcqslearn quiz 8, MCQ 36: inverse transform of 1/((s+a)(s+b))
    _c(
        MCQL,
        MCQL_8,
        gold=r"1/(b-a)(e^{−at}−e^{−bt})",
        pred=r"e^{−at}−e^{−bt}",
        wrap=True,
        expected=False,
        why=(
            "'Inverse Laplace transform of F(s)=1/((s+a)(s+b)) is' with choices "
            "'4e^{−at}−3e^{−bt}', 'e^{−at}−e^{−bt}', '1/(b-a)(e^{−at}−e^{−bt})', "
            "'1/(b+a)(e^{−at}−e^{−bt})' and key 'c'"
        ),
    ),
    _c(
        MCQL,
        MCQL_8,
        gold=r"1/(b-a)(e^{−at}−e^{−bt})",
        pred=r"4e^{−at}−3e^{−bt}",
        wrap=True,
        expected=False,
        why="key 'c' = '1/(b-a)(e^{−at}−e^{−bt})' (choice a shown)",
    ),
    _c(
        MCQL,
        MCQL_8,
        gold=r"1/(b-a)(e^{−at}−e^{−bt})",
        pred=r"1/(b+a)(e^{−at}−e^{−bt})",
        wrap=True,
        expected=False,
        why="key 'c' = '1/(b-a)(e^{−at}−e^{−bt})' (choice d shown)",
    ),
    # mcqslearn quiz 8, MCQ 39: inverse transform of 21/(s+sqrt 2)^4
    _c(
        MCQL,
        MCQL_8,
        gold=r"7t^{3}/2e^{-√2 t}",
        pred=r"7t^{2}/2e^{-√2 t}",
        wrap=True,
        expected=False,
        why=(
            "'Inverse Laplace transform of f(s)=21/(s+√2)^{4} is' with choices "
            "'7t^{3}/2e^{-√2 t}', '7t^{2}/2e^{-√2 t}', 't^{2}/2e^{-√2 t}', 't^{2}e^{-√2 t}' "
            "and key 'a'"
        ),
    ),
    _c(
        MCQL,
        MCQL_8,
        gold=r"7t^{3}/2e^{-√2 t}",
        pred=r"t^{2}/2e^{-√2 t}",
        wrap=True,
        expected=False,
        why="key 'a' = '7t^{3}/2e^{-√2 t}' (choice c shown)",
    ),
    _c(
        MCQL,
        MCQL_8,
        gold=r"7t^{3}/2e^{-√2 t}",
        pred=r"t^{2}e^{-√2 t}",
        wrap=True,
        expected=False,
        why="key 'a' = '7t^{3}/2e^{-√2 t}' (choice d shown)",
    ),
    # gtu-mcq Mathematics-II MCQs 11-20, question 13: the inverse transform of e^{-as}, step
    # against impulse
    _c(
        GTU,
        GTU_5120,
        gold=r"δ(t-a)",
        pred=r"H(t-a)",
        wrap=True,
        expected=False,
        why=(
            "question 13 (inverse transform of e^{-as}, its text flattened to 'L-1e-as='): "
            "choices '(a) H(t-a) (b) u(t) (c) δ(t-a) (d) f(t-a)', 'Answer: Option (c)'"
        ),
    ),
    _c(
        GTU,
        GTU_5120,
        gold=r"δ(t-a)",
        pred=r"u(t)",
        wrap=True,
        expected=False,
        why="'Answer: Option (c)' = 'δ(t-a)' (choice b shown)",
    ),
    _c(
        GTU,
        GTU_5120,
        gold=r"δ(t-a)",
        pred=r"f(t-a)",
        wrap=True,
        expected=False,
        why="'Answer: Option (c)' = 'δ(t-a)' (choice d shown)",
    ),
]

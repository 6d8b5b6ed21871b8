r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "d", first part:
issue threads of online-homework answer checkers (Ximera, Khan Academy's exercise framework) in
which a user or maintainer reports that the checker judged an answer wrongly and states a concrete
(reference, answer) pair; the threads of LLM evaluation and reward code are in
equiv_fresh12_d2.py).

Every case comes from a GitHub issue or pull-request thread (``where`` is ``issues/N`` or
``pull/N`` in ``repo``). ``gold`` is the reference answer the checker held (as the thread gives
it), ``pred`` the answer that was typed or generated (``wrap`` True: a bare answer to be put in
``\boxed{}``; False: a whole completion as the thread quotes it) and ``expected`` is the
mathematical fact the thread establishes. Where a reporter's claim is itself mathematically wrong
(a student insisting that two unequal numbers are equal, or that two equal ones differ),
``expected`` is the mathematical truth and ``why`` says so: those cases are kept because the
equivalence is definite and they test the judge's side that the reporter got wrong. Strings are
the thread's (Unicode signs such as ``⋅``, ``√`` and the fraction slash ``⁄`` are kept). Do not
tune the judge on these cases.

Sources (all issue / pull threads read through the "issues" corpus; repositories claimed in
/work/wt/fresh12_claims):

- XimeraProject/server (Ximera, Ohio State's online-textbook platform; its answer validator is
  built on math-expressions) issues 93, 133, 221, 222, 247, 387, 547, 655/656 (the gold of
  656 is the ``(-190/81)*x + 271/81`` that 655 quotes from the exercise source).
- XimeraProject/ximeraLatex issues 161 (function-notation answers) and 162 (expanded vs factored).
- mooculus/calculus (the Ximera calculus textbook) issue 140: the two student answers are quoted in
  the thread; the golds are the ``\answer{...}`` of
  ``review/refreshPrerequisites/definiteIntegrals.tex`` @ 105de25ca2964899b68db150f144b116e3f1f299
  (the file the thread names; license line of the file: Creative Commons 3.0 By-NC).
- Khan/khan-exercises (Khan Academy's legacy exercise framework; user bug reports that carry the
  typed answers) issues 109467, 109713, 113600, 123424, 128955, 129618, 130287, 132386, 133559,
  136193, 138184, 141670, 142348, 145564, 147402, 149572, 150955, 152028, 158110, 158721,
  159489, 160340.

Left out, by rule: reports without a concrete pair or whose pair is only in a screenshot
(XimeraProject/server 11, 90, 139, 173, 277, 474, 556, 578, 617, 630; ximeraLatex 275;
mooculus/calculus 366 (the same pair as server 387, kept once), 1021; Khan "equivalent fractions"
and "equivalent forms" reports without typed answers; Khan 120016, 126888, 153267, 159804, 160807,
161480 (the reference answer is not stated); davelab6/matd-dissertation 213); multiple-choice
checkbox reports (Khan 111465, 118905, 136218); reports whose typed answer is ambiguous as written
(Khan 145564's ``(3^1/2)/2``, 141759's garbled radical, 145656's decimal comma ``0,0125``),
numerically approximate entries (Khan 145564's ``.8660``), reports where the exercise fixed a form
(Khan 160459: a numerator field), and XimeraProject/server 537 (``sqrt(36)`` vs ``4``: the thread
does not say what was meant). LLM-evaluation threads weighed and left out are listed in
equiv_fresh12_d2.py. Threads of repositories already used or claimed (Math-Verify,
lm-evaluation-harness, evalscope, Qwen2.5-Math, MathRuler, inspect_ai, open-instruct, simple-evals,
STACK, PrairieLearn, Doenet, Numbas, NeMo Gym, lmms-eval, VLMEvalKit) were skipped.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

XS = "XimeraProject/server"
XL = "XimeraProject/ximeraLatex"
MC = "mooculus/calculus"
KH = "Khan/khan-exercises"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- Ximera validator (XimeraProject/server)
    (
        XS,
        "issues/133",
        "-2t sin(t^2)/t^2 + 3t^2 sin(t^3)/t^3",
        "-2 sin(t^2)/t + 3 sin(t^3)/t",
        True,
        True,
        "validator rejected the cancelled form; reporter: a correct answer",
    ),
    (
        XS,
        "issues/656",
        "(-190/81)*x + 271/81",
        "(-190x/81) + (271/81)",
        True,
        True,
        "tangent line not accepted; gold quoted from the source in issue 655",
    ),
    (
        XS,
        "issues/247",
        "(sqrt(3)/4)(-4y^2+36)",
        "((sqrt(3))/4)(-4y^2+36)",
        True,
        True,
        "extra parentheses around sqrt(3) marked wrong; reporter: identical",
    ),
    (
        XS,
        "issues/93",
        r"-\frac{1}{2}",
        r"\frac{-1}{2}",
        True,
        True,
        r"title: \frac{-1}{2} validated differently from -\frac{1}{2} (fixed)",
    ),
    (
        XS,
        "issues/93",
        r"-\frac{\pi}{2}",
        r"\frac{-\pi}{2}",
        True,
        True,
        r"\answer{-\frac{\pi}{2}} was unanswerable; both answerable after the fix",
    ),
    (
        XS,
        "issues/547",
        r"\ln(x^2+4)",
        r"\ln(|x^2+4|)",
        True,
        True,
        "validator does not see ln|x^2+4| = ln(x^2+4) (x^2+4 > 0)",
    ),
    (
        XS,
        "issues/222",
        "xy^2/2 + e^y",
        "xy+e^y",
        True,
        False,
        "too permissive: it validated xy+e^y = xy^2/2 + e^y (fixed upstream)",
    ),
    (
        XS,
        "issues/221",
        "e^b - 1",
        "e^b",
        True,
        False,
        "too permissive: it validated e^b - 1 = e^b (fixed upstream)",
    ),
    (
        XS,
        "issues/387",
        "e^(-7xy)",
        "e^(-7xy) +z",
        True,
        False,
        "validator thinks e^(-7xy) = e^(-7xy)+z; student's wrong answer (mooculus #366)",
    ),
    # --- ximeraLatex: function notation and expanded form
    (XL, "issues/161", "f(n)+3", "3+f(n)", True, True, "f(n+1)=f(n)+3: 3+f(n) marked correct"),
    (
        XL,
        "issues/161",
        "f(n)+3",
        "f(n)+3-0",
        True,
        True,
        "f(n)+3-0 not marked correct; reporter expects it accepted",
    ),
    (
        XL,
        "issues/161",
        "f(n)(4/3)",
        "(4/3) f(n)",
        True,
        True,
        "geometric sequence: (4/3) f(n) marked correct",
    ),
    (
        XL,
        "issues/161",
        "f(n)(4/3)",
        "4 f(n)/3",
        True,
        True,
        "4 f(n)/3 not marked correct; reporter expects it accepted",
    ),
    (
        XL,
        "issues/162",
        "x^2-5x + 6",
        "(x-2)(x-3)",
        True,
        True,
        "(x-2)(x-3) = x^2-5x+6 should validate",
    ),
    # --- mooculus/calculus (golds from definiteIntegrals.tex @ 105de25c)
    (
        MC,
        "issues/140",
        r"\frac{2\pi }{3}",
        "4arcsin(1/2)",
        True,
        True,
        "correct answer not accepted; maintainer: a validator issue, fixed",
    ),
    (
        MC,
        "issues/140",
        r"\frac{-\pi }{6}",
        "-1arcsin(1/2)",
        True,
        True,
        "correct answer not accepted; maintainer: a validator issue, fixed",
    ),
    # --- Khan/khan-exercises user reports
    (
        KH,
        "issues/123424",
        "(2ab^2-a)/(b-ab)",
        "(2b - 1/b)/(1/a - 1)",
        True,
        True,
        "implicit differentiation: multiply by (ab)/(ab); equivalent",
    ),
    (
        KH,
        "issues/109713",
        "w * v * 1/2 * 6",
        "1 * 3 * v * w * 0",
        True,
        False,
        "reporter: the option 1*3*v*w*0 is not equivalent to w*v*1/2*6",
    ),
    (
        KH,
        "issues/132386",
        "3⋅v⋅w",
        "1⋅3⋅v⋅w+0",
        True,
        True,
        "both checked options are equivalent forms of the expression",
    ),
    (
        KH,
        "issues/141670",
        "24n^8 + 12n^7 - 24n^5",
        "12(2n^8 + n^7 - 2n^5)",
        True,
        True,
        "factored product equals the expanded answer (format differs)",
    ),
    (KH, "issues/149572", "18n + 21", "3(7+6n)", True, True, "3(7+6n) = 18n+21"),
    (
        KH,
        "issues/150955",
        "2a+2c",
        "2(a+c)",
        True,
        True,
        "denominator 2(a+c) marked wrong against 2a+2c",
    ),
    (
        KH,
        "issues/129618",
        "(5x+7)(5x-7)",
        "(5x+7)*(5x-7)",
        True,
        True,
        "explicit * not accepted; the same product",
    ),
    (KH, "issues/159489", "2r-2", "2 (r-1)", True, True, "2r-2 is the same as 2(r-1)"),
    (
        KH,
        "issues/138184",
        "58/100",
        "13/25",
        True,
        False,
        "0.58 as a fraction: reporter thought 13/25 equivalent, but 13/25 = 0.52",
    ),
    (
        KH,
        "issues/128955",
        "208/10000",
        "16/625",
        True,
        False,
        "reporter claims 208/10000 = 16/625; 16/625 = 0.0256, 208/10000 = 0.0208",
    ),
    (
        KH,
        "issues/136193",
        "84/100",
        "41/50",
        True,
        False,
        "0.84: reporter asks why not 41/50; 41/50 = 0.82",
    ),
    (
        KH,
        "issues/109467",
        "0.9265",
        "1853⁄2000",
        True,
        True,
        "0.9265 = 1853/2000 (typed with the fraction slash U+2044)",
    ),
    (
        KH,
        "issues/160340",
        "4/3",
        "x=4/3",
        True,
        True,
        "repeating 1.333... as x=4/3; the hints give the same value",
    ),
    (
        KH,
        "issues/133559",
        "10/9",
        "10/9 = x",
        True,
        True,
        "repeating decimal: 10/9 = x, the value at the end of the hints",
    ),
    (
        KH,
        "issues/145564",
        "sqrt(3)/2",
        "√3/2",
        True,
        True,
        "sqrt(3)/2 entered with the radical sign; reporter: answers correct",
    ),
    (
        KH,
        "issues/145564",
        "-1/2",
        "-.5",
        True,
        True,
        "-.5 entered for -1/2 in the same exercise; equal",
    ),
    (
        KH,
        "issues/147402",
        "sqrt(3)/2",
        "3^(1/2)/2",
        True,
        True,
        "square root written as the power 1/2",
    ),
    (
        KH,
        "issues/152028",
        "1",
        "1/1",
        True,
        True,
        "sin^2+cos^2: 1/1 judged 'needs to be simplified'; equal to 1",
    ),
    (
        KH,
        "issues/158721",
        "sqrt(85)",
        "85/sqrt(85)",
        True,
        True,
        "reporter believed 85/sqrt(85) differs from sqrt(85); they are equal",
    ),
    (
        KH,
        "issues/113600",
        "19 meters",
        "1900 centimeters",
        True,
        True,
        "reporter: '1900cm is not equivalent to 19m'; they are equal lengths",
    ),
    (
        KH,
        "issues/158110",
        "-16/5",
        "-3.2",
        True,
        True,
        "-3.2 marked wrong while -16/5 accepted; reporter: the same",
    ),
    (
        KH,
        "issues/142348",
        "4/9",
        ".44",
        True,
        False,
        "reporter: .44 equals 4/9; 4/9 = 0.444..., .44 is not equal",
    ),
    (
        KH,
        "issues/130287",
        "0.33",
        "1/3",
        True,
        False,
        "title claims '0.33 does equal 1/3'; 0.33 = 33/100",
    ),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

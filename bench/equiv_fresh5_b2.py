r"""A fifth fresh set of answer-equivalence cases (evaluation only; helper "b", second part: the
first part, with its conventions and the other sources, is equiv_fresh5_b.py).

curate's judge was not run on these cases while collecting them, and nothing here may be used to
tune it. ``gold`` is the reference answer, ``pred`` the prediction (a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it),
``expected`` the verdict the test asserts, ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test: a test's ``r"work\nAnswer: ..."`` holds a
backslash and an ``n``, not a newline, and is stored the same way.

Sources:

- pytorch/torchtitan (BSD-3-Clause, Meta), the DAPO-Math RL example's CPU test
  ``tests/rl/unit_tests/cpu/test_dapo_math.py`` (``score_math_response(response, ground_truth)``
  and ``RewardMathVerify`` / ``MathVerifyPool`` rewards, a math-verify grader with its own
  rewrites: thin-space digit groups, named answers, degrees against pi, ``\leqq``, trailing
  qualifiers, solved inequalities, rounded golds, units vs variables). Transcribed from the
  version stored in the fork felipemello1/torchtitan @ 02f88710a098b0d05cd986f62af004baa2084fa8,
  which ``repo`` / ``where`` name. Upstream's stored version at 13714917 holds a subset of these
  asserts; a later upstream version, whose commit the index does not name, holds them and a few
  more (wrapped letter answers, ``\bigl`` / ``\Big`` delimiter sizes, two more piecewise /
  inequality negatives), which are not used. The ``cmgthsdlo`` loop is expanded
  into its nine cases.
- singhh5050/hardware-proprioception ``tests/test_accuracy_eval.py``
  @ 4117b4ea85ab2c2d580f1592e652bda43fce466e (``is_correct(generated_text, gold)``;
  ``normalize_math_answer`` mappings read as equivalences).
- Zbt750/knowflow- ``tests/unit/grading/test_bounded_final_inputs.py`` and
  ``tests/unit/grading/test_answer_grading.py`` @ 623b8546a34fa5877e490e232ec9322998968dc7
  (``grade_final_answer(answer=..., expected=...)`` with the ``logarithm_final`` and
  ``numeric_final`` methods, ``grade_numeric_final_answer``: "right" / "wrong" verdicts).
- anpaure/rl-no-backward ``tests/test_gsm8k.py`` @ 680e709dab76899f1a76c1e355c28efcc5d7cead
  (``normalize_numeric_answer(raw) == canonical`` read as an equivalence, the canonical form as
  the gold; ``verify_answer(completion, reference)`` and ``exact_match_reward``, the reference
  solution ``Half of one whole.\n#### 0.5`` stored as ``0.5``).
- roischiffen/Chameleon ``tests/test_answer_comparator.py``
  @ 5dd9513207c53371a4ad047f321b85bdff9a4081 (OmniMath ``compare_answers(predicted,
  ground_truth)``; ``normalize_answer`` mappings read as equivalences).
No license file was found in the stored copies of these four; their short test strings are
quoted as test data, with attribution.

Left out, by rule: the strict-box format policy (``work\nAnswer: $34$``, ``work\nAnswer: 34``
and ``work mentions 34`` scored 0, and the same unboxed case in the pool test); the percent
sign against a bare number (``-12\%`` = ``-12``, ``11.54\%`` = ``11.54``, ``12\%`` = ``0.12``,
``\frac{250}{9}`` = ``27.78 \%``), as in equiv_fresh3_a (``-13\%`` vs ``-12`` and ``27.5\%`` vs
``27.78\%``, false under either reading, are kept); repeats of one pair within the file; the
dataset, environment and pool-start tests, which grade nothing. hardware-proprioception's
unboxed ``The answer is 42.`` (a strict-box policy) and its extraction-only tests. knowflow's
``unknown`` verdicts (unsupported syntax, unverified or non-calculation questions, empty
answers): no definite verdict. rl-no-backward's non-string inputs (``Decimal``, ``Fraction``),
its invalid-value and extraction-priority tests (``extract_model_answer``,
``extract_reference_answer``), which grade no pair. Chameleon's ``50%`` = ``0.5`` (percent
policy), its empty prediction, lowercase / whitespace normalisers and ``parse_as_number``
floats.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# pytorch/torchtitan's test, as stored in the fork that names its commit
TITAN = "felipemello1/torchtitan"
TITAN_AT = "tests/rl/unit_tests/cpu/test_dapo_math.py@02f88710a098b0d05cd986f62af004baa2084fa8"

HW = "singhh5050/hardware-proprioception"
HW_AT = "tests/test_accuracy_eval.py@4117b4ea85ab2c2d580f1592e652bda43fce466e"
KF = "Zbt750/knowflow-"
KF_LOG = "tests/unit/grading/test_bounded_final_inputs.py@623b8546a34fa5877e490e232ec9322998968dc7"
KF_NUM = "tests/unit/grading/test_answer_grading.py@623b8546a34fa5877e490e232ec9322998968dc7"
RLNB = "anpaure/rl-no-backward"
RLNB_AT = "tests/test_gsm8k.py@680e709dab76899f1a76c1e355c28efcc5d7cead"
CHAM = "roischiffen/Chameleon"
CHAM_AT = "tests/test_answer_comparator.py@5dd9513207c53371a4ad047f321b85bdff9a4081"

# (repo, where, gold, pred, wrap, expected, why)
_OTHER_ROWS = [
    (HW, HW_AT, "42", r"The answer is $\boxed{42}$.", False, True, "is_correct"),
    (HW, HW_AT, "42", r"The answer is $\boxed{43}$.", False, False, "is_correct"),
    (HW, HW_AT, "42", r"\boxed{ 42 }", False, True, "is_correct: whitespace tolerance"),
    (HW, HW_AT, r"\frac{1}{2}", r"\boxed{\frac{1}{2}}", False, True, "is_correct: fraction"),
    (HW, HW_AT, "cm", r"\boxed{\text{cm}}", False, True, "is_correct: \\text wrapper"),
    (HW, HW_AT, "42", "  42  ", True, True, "normalize_math_answer strips whitespace"),
    (HW, HW_AT, "kg", r"\mathrm{kg}", True, True, "normalize_math_answer: \\mathrm"),
    (HW, HW_AT, "42", "42.", True, True, "normalize_math_answer: trailing period"),
    (HW, HW_AT, "x^2", "$x^2$", False, True, "normalize_math_answer: dollar signs"),
    *[
        (KF, KF_LOG, "ln(2)", a, not a.startswith("$"), True, "exact logarithm: right")
        for a in ["ln(2)", "ln 2", r"\ln(2)", r"$\ln 2$", "ln(4/2)", r"ln(\frac{4}{2})", "ln(2.0)"]
    ],
    *[
        (KF, KF_LOG, "ln(2)", a, True, False, "distinct valid logarithm: wrong")
        for a in ["ln(3)", "ln(1/2)", "ln(1)"]
    ],
    (KF, KF_LOG, "ln(1)", "0", True, True, "ln(1) has an exact zero exception"),
    (KF, KF_LOG, "ln(1)", "0/2", True, True, "ln(1) has an exact zero exception"),
    (KF, KF_LOG, "ln(1)", "1", True, False, "ln(1) is not 1"),
    (KF, KF_LOG, "ln(1)", "ln(2)", True, False, "ln(1) is not ln(2)"),
    *[
        (KF, KF_LOG, "1/3", a, not a.startswith("$"), True, "numeric_final, exact fraction")
        for a in [r"\frac{1}{3}", r"$\dfrac{2}{6}$", r"\tfrac{0.5}{1.5}", "1/3"]
    ],
    (KF, KF_LOG, "0.5", r"-\frac{-1}{2}", True, True, "signed fraction"),
    (KF, KF_LOG, "1/3", "0.333", True, False, "numeric_final does not approximate"),
    (KF, KF_NUM, "1/2", "0.5", True, True, "grade_numeric_final_answer: right"),
    (KF, KF_NUM, "-2.0", "\u22122", True, True, "grade_numeric_final_answer: Unicode minus"),
    (KF, KF_NUM, "0.5", "2/4", True, True, "grade_numeric_final_answer: right"),
    (KF, KF_NUM, "1/3", "0.333", True, False, "grade_numeric_final_answer: wrong"),
    (KF, KF_NUM, "3", "2", True, False, "grade_numeric_final_answer: wrong"),
    (RLNB, RLNB_AT, "1500", "1,500.00", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "3/2", "+001.50", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "-12", "\u221212", True, True, "normalize_numeric_answer: Unicode minus"),
    (RLNB, RLNB_AT, "1/8", ".125", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "1/2", "2/4", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "-1/2", r"\frac{-3}{6}", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "-3/2", "-1 1/2", True, True, "normalize_numeric_answer: mixed number"),
    (RLNB, RLNB_AT, "1000", "1e3", True, True, "normalize_numeric_answer is exact"),
    (RLNB, RLNB_AT, "2000", "$2,000", True, True, "normalize_numeric_answer is exact"),
    (
        RLNB,
        RLNB_AT,
        "0.5",
        r"Reasoning. \boxed{1/2}",
        False,
        True,
        "verify_answer vs 'Half of one whole.\\n#### 0.5' (gold extracted)",
    ),
    (RLNB, RLNB_AT, "1/2", "Final answer: 0.500", False, True, "verify_answer"),
    (RLNB, RLNB_AT, "0.5", "Final answer: 0.51", False, False, "verify_answer"),
    (RLNB, RLNB_AT, "0.5", "I cannot solve it.", False, False, "verify_answer"),
    (RLNB, RLNB_AT, "0.5", "Final answer: 1/2", False, True, "exact_match_reward"),
    (RLNB, RLNB_AT, "0.5", "Final answer: 2", False, False, "exact_match_reward"),
    (CHAM, CHAM_AT, "150", "150", True, True, "compare_answers: exact"),
    (CHAM, CHAM_AT, "abc", "abc", True, True, "compare_answers: exact"),
    (CHAM, CHAM_AT, "150", " 150 ", True, True, "compare_answers: exact after normalization"),
    (CHAM, CHAM_AT, "150", "$150$", False, True, "compare_answers: exact after normalization"),
    (CHAM, CHAM_AT, "1,000", "1000", True, True, "compare_answers: exact after normalization"),
    (CHAM, CHAM_AT, "1/2", "0.5", True, True, "compare_answers: numeric"),
    (CHAM, CHAM_AT, "0.5", "0.50", True, True, "compare_answers: numeric"),
    (CHAM, CHAM_AT, "100000", "1e5", True, True, "compare_answers: numeric"),
    (CHAM, CHAM_AT, "151", "150", True, False, "compare_answers: no match"),
    (CHAM, CHAM_AT, "150", "abc", True, False, "compare_answers: no match"),
    (CHAM, CHAM_AT, "150", r"\(150\)", False, True, "normalize_answer drops \\( \\)"),
    (CHAM, CHAM_AT, "150", r"\[150\]", False, True, "normalize_answer drops \\[ \\]"),
    (CHAM, CHAM_AT, "1000000", "1,000,000", True, True, "normalize_answer: thousands"),
]

# (gold, response, expected, why); every response is a whole completion (wrap False)
_TITAN_ROWS = [
    ("34", r"work\nAnswer: \boxed{34}", True, "requires a boxed answer"),
    ("34", r"work\n\boxed{\frac{68}{2}}", True, "requires a boxed answer"),
    (r"2\sqrt{3}", r"\boxed{2\sqrt{3}}", True, "non-integer gold"),
    (r"2\sqrt{3}", r"\boxed{2}", False, "non-integer gold"),
    ("(1,2)", r"\boxed{(1,2)}", True, "non-integer gold"),
    (r"\pi/4", r"\boxed{\frac{\pi}{4}}", True, "non-integer gold"),
    ("10002", r"\boxed{10\,002}", True, "thin-space digit group is one number"),
    ("1091328", r"\boxed{1\,091\,328}", True, "thin-space digit groups"),
    ("50413.5", r"\boxed{50\,413.5}", True, "thin-space digit group"),
    (r"10\,002", r"\boxed{10002}", True, "thin-space digit group in the gold"),
    ("12", r"\boxed{10\,002}", False, "10\\,002 is not 10 + 002"),
    ("23", r"\boxed{2\,3}", False, "only a group of exactly 3 digits joins"),
    ("indonesian", r"\boxed{Indonesian}", True, "word answers compared as strings"),
    ("tea", r"\boxed{eat}", False, "word answers compared as strings"),
    (" EDACB ", r"\boxed{EDACB}", True, "padded gold"),
    (" EDACB ", r"\boxed{DAECB}", False, "wrong order"),
    (" EDACB ", r"\boxed{D A E C B}", False, "spaces do not hide a wrong order"),
    (" EDACB ", r"\boxed{D\,A\,E\,C\,B}", False, "spaces do not hide a wrong order"),
    ("ab", r"\boxed{ba}", True, "one- and two-letter answers stay math: ba is ab"),
    (r"\frac{1}{2}", r"\boxed{A_{\min}= \frac12}", True, "right side of a named answer"),
    ("2^{n-1} - n", r"\boxed{\,k_{\max}(n)=2^{\,n-1}-n\,}", True, "named answer"),
    (r"\frac{1}{2}", r"\boxed{A_{\min}= \frac13}", False, "named answer, wrong value"),
    ("3", r"\boxed{x = 2 \text{ or } x = 3}", False, "a list is not a named answer"),
    ("3", r"\boxed{x = 2 or x = 3}", False, "a list is not a named answer"),
    ("-1", r"\boxed{a=4,\ b=-1}", False, "a list is not a named answer"),
    ("1", r"\boxed{\sum_{k=1}^{n} k}", False, "= inside braces"),
    ("3", r"\boxed{x >= 3}", False, ">= is not a named answer"),
    ("x = 3", r"\boxed{y = 3}", False, "a gold equation keeps its left side"),
    ("f(x) = x", r"\boxed{f(f(x)) = x}", False, "a gold equation keeps its left side"),
    (r"\frac{\pi}{3}", r"\boxed{60^\circ}", True, "degrees read as radians against pi"),
    (r"60^{\circ}", r"\boxed{\frac{\pi}{3}}", True, "degrees against pi"),
    (r"\frac{\pi}{3}", r"\boxed{90^\circ-30^\circ}", True, "degrees against pi"),
    (r"\frac{\pi}{3}", r"\boxed{45^\circ}", False, "degrees against pi"),
    ("60", r"\boxed{\frac{\pi}{3} = 60^\circ}", True, "side without pi is kept"),
    (r"60^\circ", r"\boxed{60}", True, "degrees stay as written without pi"),
    (r"p\leqq0", r"\boxed{p \le 0}", True, "\\leqq read as \\le"),
    (r"p \le 0", r"\boxed{p \leqq 0}", True, "\\leqq read as \\le"),
    (r"1\leqqx\leqq2", r"\boxed{[1, 2]}", True, "\\leqq chain vs interval"),
    (r"p\leqq0", r"\boxed{p \ge 0}", False, "\\leqq read as \\le"),
    ("-12", r"\boxed{-13\%}", False, "wrong value with or without the percent sign"),
    (
        r"\frac{3\pi}{2}+2k\pi",
        r"\boxed{x = \frac{3\pi}{2} + 2\pi k,\ k \in \mathbb{Z}}",
        True,
        "trailing qualifier dropped",
    ),
    ("2^n", r"\boxed{2^n \text{ for all } n}", True, "trailing qualifier dropped"),
    ("x_{n} = n", r"\boxed{x_n=n\ \ \text{for all}\ n\in\mathbb N}", True, "qualifier dropped"),
    ("(1, k)", r"\boxed{(1,k)\ \forall k\in\mathbb{Z}^+}", True, "qualifier dropped"),
    (
        r"\frac{3\pi}{2}+2k\pi",
        r"\boxed{x = \frac{\pi}{2} + 2\pi k,\ k \in \mathbb{Z}}",
        False,
        "qualifier dropped, wrong value",
    ),
    (
        "2",
        r"\boxed{2 \text{ for all } n \ge 3,\ 1 \text{ for } n = 2}",
        False,
        "a piecewise answer keeps its other cases",
    ),
    ("2", r"\boxed{2 \forall n \geq 3,\ 1\ (n < 3)}", False, "piecewise answer"),
    (
        "1",
        r"\boxed{\begin{cases} 1 & \forall n \geq 2 \\ 0 & n < 2 \end{cases}}",
        False,
        "piecewise answer",
    ),
    (r"(-1, \sqrt{2}-1)", r"\boxed{-1 < x < \sqrt{2}-1}", True, "solved inequality = interval"),
    (r"(-\infty,10]", r"\boxed{a \le 10}", True, "solved inequality = interval"),
    (r"(-1, \sqrt{2}-1)", r"\boxed{-1 \le x < \sqrt{2}-1}", False, "open/closed ends must match"),
    (r"(-\infty,10]", r"\boxed{a < 10}", False, "open/closed ends must match"),
    ("(1, 2)", r"\boxed{x^2 - 3x + 2 < 0}", False, "an unsolved inequality is not its set"),
    (r"\gamma = 120^\circ", r"\boxed{120^\circ}", True, "gold left side without symbols"),
    (r"\frac{9}{9} = 1", r"\boxed{1}", True, "gold left side without symbols dropped"),
    ("f(80) = 12.5", r"\boxed{\frac{25}{2}}", True, "gold left side without symbols dropped"),
    (r"\frac{9}{9} = 1", r"\boxed{2}", False, "gold left side without symbols"),
    ("2x + 1 = 7", r"\boxed{7}", False, "a left side with a symbol stays"),
    (r"\gamma = 120^\circ", r"\boxed{\beta = 120^\circ}", False, "the answer has its own side"),
    ("0 <= a", r"\boxed{a}", False, "only an equation's left side drops"),
    (r"55 = \sum_{k=1}^{10} k", r"\boxed{1}", False, "not at an = in braces"),
    ("16.67", r"\boxed{\frac{50}{3}}", True, "precision of a rounded gold"),
    ("6.02", r"\boxed{\frac{963}{160}}", True, "precision of a rounded gold"),
    ("16.66", r"\boxed{\frac{50}{3}}", False, "precision of a rounded gold"),
    ("16.67", r"\boxed{16.7}", False, "precision of a rounded gold"),
    ("0.2", r"\boxed{\frac{19}{100}}", False, "under 3 significant digits the gold is exact"),
    (r"27.78\%", r"\boxed{27.5\%}", False, "a percent gold rounds in percent"),
    ("0.3183098", r"\boxed{0.31831}", True, "more than 6 decimals compare at 6"),
    *[
        ("2 - " + v, r"\boxed{-c + 2}".replace("c", v), True, "units vs variables: " + v)
        for v in "cmgthsdlo"
    ],
    ("2-c", r"\boxed{2 - c}", True, "units vs variables"),
    ("a + b + c + 3x", r"\boxed{3x + a + b + c}", True, "units vs variables"),
    (r"\frac{8}{5} h", r"\boxed{\frac{8h}{5}}", True, "units vs variables"),
    (" 100a + b + c ", r"\boxed{100a+b+c}", True, "units vs variables, padded gold"),
    ("5", r"\boxed{5 cm}", True, "a unit after a number drops"),
    ("3", r"\boxed{3 h}", True, "a unit after a number drops"),
    (r"1 \text{ cm}", r"\boxed{1}", True, "a unit in \\text drops"),
    (r"EF = 8 \text{ cm}", r"\boxed{EF = 8}", True, "a unit in \\text drops"),
    ("2^{n-1}", r"\boxed{2^{n-1} \text{ ways}}", True, "a unit in \\text drops"),
    (
        "f(x)=ax+b",
        r"\boxed{f(x) = a x + b \text{ where } a, b \in \mathbb{R}}",
        True,
        "math-verify's parse when keeping units does not parse",
    ),
    ("a + b + c", r"\boxed{a + c}", False, "a dropped variable no longer matches"),
    ("2 - c", r"\boxed{2 - m}", False, "a dropped variable no longer matches"),
    ("n = 4m", r"\boxed{4}", False, "a dropped variable no longer matches"),
    ("15+55m", r"\boxed{70}", False, "a dropped variable no longer matches"),
    (r"\frac{2}{3} R^2 h", r"\boxed{\frac{2}{3} R^2}", False, "a dropped variable"),
    (" 100a + b + c ", r"\boxed{100}", False, "the padded gold is not 100"),
    ("3", r"\boxed{12 + 3 h (}", False, "'12 + 3 h (' is not 3"),
    ("34", r"Work: \boxed{2003^{2002^{2001}}}" "\n" r"Answer: \boxed{34}", True, "last box"),
    (
        "241",
        r"Work: \[2003^{2002^{2001}}\]" "\n" r"Final: \[Answer: 009\]",
        False,
        "unboxed large intermediate expression",
    ),
    ("34", r"work\nAnswer: \boxed{35}", False, "MathVerifyPool case"),
    ("34", r"\boxed{2000^{2000^{2000}}}", False, "hung answer scored 0 (timeout)"),
    ("34", r"\boxed{34}", True, "MathVerifyPool on a replaced process"),
    (r"336^\circ", r"work\nAnswer: \boxed{336}", True, "RewardMathVerify: degrees"),
    (r"336^\circ", r"work\nAnswer: \boxed{335}", False, "RewardMathVerify: degrees"),
]

CASES: list[dict] = [
    _c(TITAN, TITAN_AT, gold, pred, False, expected, why)
    for gold, pred, expected, why in _TITAN_ROWS
] + [_c(*row) for row in _OTHER_ROWS]

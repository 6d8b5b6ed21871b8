r"""A third fresh set of answer-equivalence cases (evaluation only; helper "a", second part:
smaller RL repositories' test suites; the first part, with the conventions of every field, is
equiv_fresh3_a.py). Do not tune the judge on these cases.

Sources (repo, path @ commit; no license file in the stored copies: short test strings quoted as
test data, with attribution):

- munsungmin/Math_reasoning_rl ``tests/test_math_grader.py``
  @ 5a077cd211292e7db8026d37751e4d983603923f (``grade(completion, answer)``).
- MinooAhmadii/chopthin-consensus-power-sampling ``tests/test_math_grader.py``
  @ 466dbe0d99025b3934df2ee1dc7e5cd11174fff7 (``grade_answer(given, gold)``, including its
  code-injection and runaway-power inputs, which must grade False; a judge run over them should
  keep its own timeout).
- serhez/llenvs ``tests/test_math_verify.py`` @ 11ca90ef6ddc220666dcd2679274796bbce940e7
  (``MathVerifyRewardFunction``; the extractor is mocked, the comparison is real).
- Entarochuan/-ACL-2026-Oral-Timely-Machine ``tests/test_math_reward.py``
  @ b0c1b384d8f915300d8128acc22d8fbba6a35235 (``compute_score``).
- theworker02/open-reason ``tests/test_math_verify.py``
  @ 5cdbf996ef62207ca391389e9af1067a0ff60f6e (``verify_math_answer``; which argument is the gold
  was not checked against its source, and the pair is symmetric).
- zfb256/Test-Time-Token-Cap ``tests/test_math_verify.py``
  @ d2cde783d1844a0096b002d2591292e691ab8980 (``MathVerifier.verify`` / ``verify_math``).
- V1CeVersaa/Whetstone ``tests/test_math_verify.py`` @ b052f36ec99a811114f7be3a2e2f39c4947b9590
  (``MathVerifyVerifier``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MRRL = "munsungmin/Math_reasoning_rl"
MRRL_AT = "tests/test_math_grader.py@5a077cd211292e7db8026d37751e4d983603923f"
CHOP = "MinooAhmadii/chopthin-consensus-power-sampling"
CHOP_AT = "tests/test_math_grader.py@466dbe0d99025b3934df2ee1dc7e5cd11174fff7"
LLENVS = "serhez/llenvs"
LLENVS_AT = "tests/test_math_verify.py@11ca90ef6ddc220666dcd2679274796bbce940e7"
TIMELY = "Entarochuan/-ACL-2026-Oral-Timely-Machine"
TIMELY_AT = "tests/test_math_reward.py@b0c1b384d8f915300d8128acc22d8fbba6a35235"
OPENR = "theworker02/open-reason"
OPENR_AT = "tests/test_math_verify.py@5cdbf996ef62207ca391389e9af1067a0ff60f6e"
TTC = "zfb256/Test-Time-Token-Cap"
TTC_AT = "tests/test_math_verify.py@d2cde783d1844a0096b002d2591292e691ab8980"
WHET = "V1CeVersaa/Whetstone"
WHET_AT = "tests/test_math_verify.py@b052f36ec99a811114f7be3a2e2f39c4947b9590"

_CHOP_INJECTIONS = [
    "__import__('os').system('true')",
    "().__class__.__bases__[0]",
    "1; import os",
    'eval("1")',
    "open('/etc/passwd')",
    "lambda: 1",
    "1 # comment",
    "`x`",
    "print(1)",
    "input()",
    "factorial(10**6)",
]
_CHOP_RUNAWAY = ["9**9**9", "9^9^9", "10**100000", "(10**9)**(10**9)", "2^{10^{10}}"]

_TTC_MATRIX_GOLD = r"\begin{pmatrix} \frac{1}{5} \\ -\frac{3}{5} \end{pmatrix}"
_TTC_MATRIX_PRED = r"\boxed{\begin{pmatrix} \dfrac{1}{5} \\ -\dfrac{3}{5} \end{pmatrix}}"

CASES: list[dict] = [
    # --- munsungmin/Math_reasoning_rl: grade(completion, answer)["correct"] ---------------------
    _c(MRRL, MRRL_AT, "1", "Therefore, $$", False, False, "empty math: not correct"),
    _c(MRRL, MRRL_AT, "1", r"Therefore, \(\)", False, False, "empty math: not correct"),
    _c(
        MRRL,
        MRRL_AT,
        r"3 \pm 2 \sqrt{2}",
        r"\boxed{3 + 2\sqrt{2}, 3 - 2\sqrt{2}}",
        False,
        True,
        "both roots listed match \\pm",
    ),
    _c(
        MRRL,
        MRRL_AT,
        r"3\pm2\sqrt{2}",
        r"\boxed{3-2\sqrt{2},3+2\sqrt{2}}",
        False,
        True,
        "both roots, either order, match \\pm",
    ),
    _c(MRRL, MRRL_AT, r"3\pm2\sqrt{2}", r"\boxed{3+2\sqrt{2}}", False, False, "one root only"),
    _c(
        MRRL,
        MRRL_AT,
        r"3\pm2\sqrt{2}",
        r"\boxed{3+2\sqrt{2},3+2\sqrt{2}}",
        False,
        False,
        "the same root twice",
    ),
    _c(MRRL, MRRL_AT, "(1,2)", r"\boxed{(2,1)}", False, False, "ordered pair reversed"),
    _c(MRRL, MRRL_AT, r"\frac{1}{2}", r"\boxed{0.5}", False, True, "correct"),
    _c(MRRL, MRRL_AT, "1", r"\boxed{100}", False, False, "not correct"),
    _c(MRRL, MRRL_AT, "10", "Answer: 10 meters", False, True, "answer line with a unit"),
    _c(MRRL, MRRL_AT, "120", "The answer is _120°_.", False, True, "degree sign, emphasis"),
    _c(MRRL, MRRL_AT, "10", r"\boxed{10", False, False, "unclosed box: not correct"),
    _c(MRRL, MRRL_AT, "10", "<answer></answer>", False, False, "empty answer: not correct"),
    _c(
        MRRL,
        MRRL_AT,
        r"\frac{448}{15625}",
        r"\boxed{2240/78125}",
        False,
        True,
        "unreduced fraction",
    ),
    _c(
        MRRL,
        MRRL_AT,
        r"\frac{1}{8}",
        "Therefore, 3 inches is 1/8 of 2 feet.",
        False,
        True,
        "final sentence states 1/8",
    ),
    _c(
        MRRL,
        MRRL_AT,
        "x^3+3x-6",
        r"Therefore, the expression is: \begin{align*}x(x(1+x)+2*x)-3*(x*x-x+2)&=x^3+3x-6"
        r"\end{align*}",
        False,
        True,
        "align* derivation ending in the answer",
    ),
    _c(
        MRRL,
        MRRL_AT,
        "x^3+3x-6",
        r"Therefore, the answer is $x^3$.",
        False,
        False,
        "a wrong partial expression",
    ),
    # --- MinooAhmadii/chopthin-consensus-power-sampling: grade_answer(given, gold) --------------
    _c(CHOP, CHOP_AT, "0.5", r"\frac{1}{2}", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, r"\frac{1}{2}", "0.5", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "3/4", r"\dfrac{3}{4}", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, r"2\sqrt2", r"2\sqrt{2}", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "7", r"\boxed{7}", False, True, "EQUAL (the given answer is boxed)"),
    _c(CHOP, CHOP_AT, "1+x^2", "x^2+1", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "(1, 2)", "(1,2)", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "5", r"\$5", True, True, "EQUAL (dollar sign)"),
    _c(CHOP, CHOP_AT, "pi", r"\pi", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "1000", "1,000", True, True, "EQUAL"),
    _c(CHOP, CHOP_AT, "1/3", "1/2", True, False, "DIFFERENT"),
    _c(CHOP, CHOP_AT, "8", "7", True, False, "DIFFERENT"),
    _c(CHOP, CHOP_AT, "x-1", "x+1", True, False, "DIFFERENT"),
    _c(CHOP, CHOP_AT, "(2,1)", "(1,2)", True, False, "DIFFERENT"),
    _c(CHOP, CHOP_AT, "3", "", True, False, "DIFFERENT (empty answer)"),
    _c(CHOP, CHOP_AT, "3", "3.5", True, False, "DIFFERENT"),
    *[
        _c(CHOP, CHOP_AT, r"\frac{1}{2}", bad, True, False, "safety: injection must grade False")
        for bad in _CHOP_INJECTIONS
    ],
    *[
        _c(CHOP, CHOP_AT, r"\sqrt{2}", bad, True, False, "safety: runaway power must grade False")
        for bad in _CHOP_RUNAWAY
    ],
    # --- serhez/llenvs: MathVerifyRewardFunction (extracted answer vs expected) -----------------
    _c(LLENVS, LLENVS_AT, "42", "42", True, True, "reward 1.0"),
    _c(LLENVS, LLENVS_AT, "42", "42.0", True, True, "integer vs float; 1.0"),
    _c(LLENVS, LLENVS_AT, "1/2", "0.5", True, True, "fraction vs decimal; 1.0"),
    _c(LLENVS, LLENVS_AT, "1/2", "2/4", True, True, "unreduced fraction; 1.0"),
    _c(LLENVS, LLENVS_AT, "-3", "-3.0", True, True, "negative; 1.0"),
    _c(LLENVS, LLENVS_AT, "42", "7", True, False, "reward 0.0"),
    _c(LLENVS, LLENVS_AT, "0.5", r"\frac{1}{2}", True, True, "LaTeX fraction; 1.0"),
    _c(LLENVS, LLENVS_AT, "1/2", "50/100", True, True, "1.0"),
    _c(LLENVS, LLENVS_AT, "42", "  42  ", True, True, "whitespace; 1.0"),
    _c(LLENVS, LLENVS_AT, "hello", "hello", True, True, "string fallback; 1.0"),
    _c(LLENVS, LLENVS_AT, "hello world", "  Hello World  ", True, True, "case/space; 1.0"),
    _c(LLENVS, LLENVS_AT, "cat", "dog", True, False, "string fallback mismatch; 0.0"),
    # --- Entarochuan/-ACL-2026-Oral-Timely-Machine: compute_score -------------------------------
    _c(TIMELY, TIMELY_AT, "4", r"The answer is \boxed{4}.", False, True, "compute_score 1.0"),
    _c(TIMELY, TIMELY_AT, r"\frac{1}{2}", "0.5", True, True, "compute_score 1.0 (plain)"),
    # --- theworker02/open-reason: verify_math_answer --------------------------------------------
    _c(OPENR, OPENR_AT, "4", "2+2", True, True, "sympy equality: passed"),
    # --- zfb256/Test-Time-Token-Cap: MathVerifier -----------------------------------------------
    _c(TTC, TTC_AT, r"\frac{1}{2}", r"\boxed{1/2}", False, True, "same vote key as \\frac{1}{2}"),
    _c(TTC, TTC_AT, r"\boxed{1+x}", r"\boxed{x+1}", False, True, "verify True (math)"),
    _c(TTC, TTC_AT, "2", r"\boxed{2}", False, True, 'gsm8k gold "#### 2"; verify True'),
    _c(
        TTC,
        TTC_AT,
        r"\boxed{1/2}",
        r"\boxed{1775^{2^{2002}} \cdot 1775 + 1}",
        False,
        False,
        "huge tower vs 1/2: verify False",
    ),
    _c(
        TTC,
        TTC_AT,
        _TTC_MATRIX_GOLD,
        _TTC_MATRIX_PRED,
        False,
        True,
        "gold 'The answer is \\boxed{<matrix>}.'; dfrac vs frac matrix: verify_math True",
    ),
    _c(TTC, TTC_AT, "odd", r"\boxed{\text{odd}}", False, True, "same vote key as 'odd'"),
    _c(TTC, TTC_AT, r"\boxed{23}", r"Therefore \boxed{023}.", False, True, "aime: verify True"),
    _c(
        TTC,
        TTC_AT,
        "45",
        r"The distance is \boxed{45} miles after 4 hours.",
        False,
        True,
        'gsm8k gold "work #### 45": the box, not the trailing number',
    ),
    _c(
        TTC,
        TTC_AT,
        "0.5",
        r"The answer is \boxed{\frac{1}{2}}.",
        False,
        True,
        'gsm8k gold "work #### 0.5"; verify True',
    ),
    _c(
        TTC,
        TTC_AT,
        "17",
        r"\boxed{17 pounds}",
        False,
        True,
        'gsm8k gold "work #### 17"; units ignored',
    ),
    _c(
        TTC,
        TTC_AT,
        r"\boxed{7x(x-1)(x-2)}",
        r"\boxed{7x(x^2-3x+2)}",
        False,
        True,
        "factored vs partly expanded: verify True",
    ),
    # --- V1CeVersaa/Whetstone: MathVerifyVerifier -----------------------------------------------
    _c(WHET, WHET_AT, "42", r"So \boxed{42}.", False, True, "passed"),
    _c(WHET, WHET_AT, r"\sqrt{2}", r"The length is \boxed{\sqrt{2}}.", False, True, "passed"),
    _c(WHET, WHET_AT, "0.75", r"\boxed{\frac{3}{4}}", False, True, "passed"),
    _c(
        WHET,
        WHET_AT,
        r"11 \sqrt{3}",
        r"So the area is \boxed{11 \sqrt{3}}.",
        False,
        True,
        "bare LaTeX gold parsed whole",
    ),
    _c(
        WHET,
        WHET_AT,
        "16^{100}",
        r"The count is \boxed{16^{100}}.",
        False,
        True,
        "bare LaTeX gold parsed whole",
    ),
    _c(WHET, WHET_AT, "2^{90}-1", r"Total: \boxed{2^{90}-1}.", False, True, "bare LaTeX gold"),
    _c(WHET, WHET_AT, "8", r"\boxed{7}", False, False, "wrong_answer"),
]

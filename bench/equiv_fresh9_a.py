r"""A ninth fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the test suites (and one labelled JSONL file) of answer checkers that no
earlier set used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3-fresh8 modules and
/work/wt/fresh9_claims). Each case gives the reference answer (``gold``), the prediction (``pred``:
a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test
passes it) and the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo``
on github.com. Strings are the values Python reads from the test. Do not tune the judge on these.

Sources (repo, path @ commit, license of the stored copy):

- Scorpioyyy/verichalk ``backend/tests/test_verify_answers.py``
  @ 969f04587b8afa5a5a9454231f47d8cad790edce (``answers_equal(a, b)``, a Chinese primary-school
  answer checker: exact fractions, mixed numbers ``1又1/2``, units ``元``, quotient/remainder
  ``6余2``, Chinese numerals, equations compared by their solution), MIT. ``answers_equal`` is
  symmetric; the first argument is stored as ``pred`` (one pair swapped, see its ``why``). A list
  of several answers (``["6", "2"]``) is stored as ``"6, 2"``.
- ibrokhimel/Homeworks (Uzbek / Russian homework tutor) ``tests/test_answer_checker_math_equivalence.py``
  @ bb9d3e0bc1a6a9ecfc93c7eba32079bcfc9b3acc (``is_math_equivalent(a, b)``, read as (pred, gold);
  ``check(spec, answer)`` with ``spec["expected"]`` as gold), ``tests/test_answer_checker.py``
  @ 4a0b9ad92d18a8a57ce8c45501756485a9c669bd (``check``: numeric and ``set_match`` specs) and the
  labelled file ``tests/ai_eval_cases/answer_checking_math.jsonl``
  @ 5d0714398971045724842cc187cd530c1e9d187b (all 4 rows: expected_answer, student_answer,
  ``expected.is_correct``). No license file in the stored copy.
- jinxingnan/KEIR ``tests/test_answers.py`` @ 00f941d05dbe130a50a66ce171453739d7763051
  (``answers_equal(prediction, gold, dataset)``; the ``Final answer: <value>`` round trip through
  ``normalize_benchmark_prediction`` is stored as the bare value), KEIR Non-Commercial Research
  License 1.0 (source-available, field-of-use restricted): only short test strings are quoted, as
  test data with attribution; drop this block if that license does not fit the use.
- reliquadotai/reliquary ``tests/unit/test_openmathinstruct_environment.py``
  @ 0c8dcb1b0e7dd6b8a970aac378efdfe3edddb1cc (``_compute_omi_reward({"ground_truth": g}, text)``,
  whole completions; ``_normalize_answer`` mappings read as equivalences, bare). No license file.

Left out, by rule: multiple-choice letters (verichalk ``B``/``b``, ``（C）``/``C``, ``A``/``B``;
Homeworks ``option_index``); the percent-sign policy (verichalk ``22.5%`` = ``22.5``; KEIR
``10`` vs ``10%``, ``10%`` = ``10`` and ``10%`` vs ``0.1`` under its gsm8k protocol); tolerance
settings of a spec (Homeworks ``9.80`` accepted at tolerance 0.05, ``10.4`` at 0.5); format
policies (Homeworks internal whitespace ``1 . 5``; KEIR official GSM8K exact match rejecting
``18.0``; KEIR's malformed-value rule where the value is mathematically equal or unclear: ``1!``,
``1..``); verdicts with no definite expectation (Homeworks ``unsure``: ``9`` against {-9, 9},
``kotangens alfa``, ``0.7`` against text ``0.6``, ``abc``); empty answers or golds (KEIR ``""``,
reliquary empty ground truth, malformed-completion loop); non-math text answers (Homeworks
``Toshkent``, ``mitoxondriya``); self-consistency / majority-vote and file-rescoring tests (KEIR).
Homeworks' ``52°`` / ``52`` appears in two tests and is stored once.

Searched without a usable new source: find_string hits for ``math_equal(``, ``is_equiv(``,
``grade_answer(``, ``answers_match(``, ``compare_answers(``, ``check_equivalence(`` led to
repositories already claimed or used (bonsai-fold, sieval, chopthin, fusion-gateway,
trustedrouter-benchmarks, tinyrouter/minirouter forks, project-ymir, Trope, jee-physics-master,
mikamike-backend) or to non-math equivalence (quantum circuits, SAT formulas, JSON, braids).
ashioyajotham/mats12_monitoring (``grade_math_answer`` with ``MathGrade``) was not used: the
stored version carrying those asserts could not be tied to a commit. Hits whose repository could
not be named (an ``rlhf_pipeline`` ``is_math_equivalent``, a GSM-Plus ``checker_gsm``) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VERI = "Scorpioyyy/verichalk"
VERI_AT = "backend/tests/test_verify_answers.py@969f04587b8afa5a5a9454231f47d8cad790edce"
HW = "ibrokhimel/Homeworks"
HW_EQ = "tests/test_answer_checker_math_equivalence.py@bb9d3e0bc1a6a9ecfc93c7eba32079bcfc9b3acc"
HW_CHK = "tests/test_answer_checker.py@4a0b9ad92d18a8a57ce8c45501756485a9c669bd"
HW_JSONL = "tests/ai_eval_cases/answer_checking_math.jsonl@5d0714398971045724842cc187cd530c1e9d187b"
KEIR = "jinxingnan/KEIR"
KEIR_AT = "tests/test_answers.py@00f941d05dbe130a50a66ce171453739d7763051"
RELQ = "reliquadotai/reliquary"
RELQ_AT = "tests/unit/test_openmathinstruct_environment.py@0c8dcb1b0e7dd6b8a970aac378efdfe3edddb1cc"

# (pred, gold, expected, why): verichalk answers_equal(pred, gold), symmetric.
_VERICHALK = [
    ("11.10", "11.1", True, "trailing zero, exact Fraction"),
    ("1/2", "0.5", True, "fraction = decimal"),
    ("50%", "0.5", True, "percent as a value"),
    ("1又1/2", "3/2", True, "Chinese mixed number 1又1/2"),
    ("1 1/2", "1.5", True, "mixed number with a space"),
    ("12元", "12", True, "unit yuan dropped"),
    ("1,200", "1200", True, "thousands separator"),
    ("６", "6", True, "full-width digit"),
    ("对", "√", True, "true/false item: 对 (right) = check mark"),
    ("错误", "×", True, "true/false item: 错误 (wrong) = cross"),
    ("6……2", "6, 2", True, "quotient……remainder vs two answers [6, 2]"),
    ("6余2", "6, 2", True, "6 remainder 2 vs two answers [6, 2]"),
    ("锐角 三角形", "锐角三角形", True, "text answer, inner space"),
    ("11.1", "11.2", False, "different decimals"),
    ("1/3", "0.333", False, "approximation is not the exact value"),
    ("6, 2", "2, 6", False, "parts compared in order"),
    ("6", "6, 2", False, "missing second part"),
    ("对", "错", False, "true vs false"),
    ("一二", "12", False, "digit string 一二 is not the numeral 12 (test order: 12, 一二)"),
    ("$\\frac{3}{8}$", "3/8", True, "TeX fraction in dollars"),
    ("\\dfrac{1}{2}", "0.5", True, "dfrac = decimal"),
    ("不够", "错", True, "'not enough' answers a yes/no item as no"),
    ("够", "对", True, "'enough' answers a yes/no item as yes"),
    ("够", "错", False, "'enough' is yes, not no"),
    ("22.5%", "0.225", True, "percent as a fraction"),
    ("22.5%", "2.25", False, "percent is not /10"),
    ("5×4", "4×5", True, "expression compared by value"),
    ("(3+2)×4", "20", True, "expression = its value"),
    ("4x=20", "x=20÷4", True, "equations with the same solution"),
    ("x+25=60", "x=35", True, "equation = its solution"),
    ("2(x+1)=10", "x=4", True, "equation = its solution"),
    ("4x=20", "x=4", False, "4x=20 solves to 5"),
    ("5×4", "5+4", False, "20 vs 9"),
    ("5×4=20", "20", True, "worked equation = result"),
    ("三位数", "3位数", True, "Chinese numeral before a measure word"),
    ("二十五", "25", True, "Chinese numeral 二十五"),
    ("三位数", "4位数", False, "three-digit vs four-digit"),
]

# (pred, gold, expected, why): Homeworks is_math_equivalent(pred, gold).
_HW_EQUIV = [
    ("α", "alfa", True, "Greek letter vs Uzbek/Russian transliteration"),
    ("α", "alpha", True, "Greek letter vs name"),
    ("alfa", "alpha", True, "transliteration vs English name"),
    ("tg(α)", "tan(alpha)", True, "Uzbek/Russian tg = tan"),
    ("ctg β", "cot beta", True, "ctg = cot"),
    ("(a−4b)(a²+4ab+16b²)", "(a-4b)(a²+4ab+16b²)", True, "U+2212 minus vs ASCII"),
    ("0,6", "0.6", True, "decimal comma"),
    ("sin B = 0,6", "0.6", True, "lhs = rhs prefix, decimal comma"),
    ("52°", "52", True, "degree sign"),
    ("52 gradus", "52", True, "degree word (test order: 52, 52 gradus)"),
    ("x = 5", "5", True, "x = prefix"),
    ("90° − α", "90-alpha", True, "degree sign, U+2212, Greek letter"),
    ("alpha", "beta", False, "different angles"),
    ("tan", "cot", False, "different functions"),
    ("0.6", "0.7", False, "different numbers"),
    ("(a-4b)(a²+4ab+16b²)", "(a+4b)(a²-4ab+16b²)", False, "difference vs sum of cubes"),
    ("52", "53", False, "different numbers"),
    ("sin B = 0.6", "0.7", False, "rhs 0.6 vs 0.7"),
]

# (pred, gold, expected, why, where): Homeworks check(spec, pred) with gold = spec["expected"].
_HW_CHECK = [
    ("−1.5", "-1.5", True, "numeric: U+2212 minus", HW_EQ),
    ("–1.5", "-1.5", True, "numeric: en dash as minus", HW_EQ),
    ("—1.5", "-1.5", True, "numeric: em dash as minus", HW_EQ),
    ("−0,6", "-0.6", True, "numeric: U+2212 minus and decimal comma", HW_EQ),
    ("cot alpha", "ctg α", True, "text_exact: ctg α = cot alpha", HW_EQ),
    ("ctg alfa", "ctg α", True, "text_exact: α = alfa", HW_EQ),
    ("52 deg", "52", True, "text_exact: degree word", HW_EQ),
    ("9,81", "9.81", True, "numeric: decimal comma", HW_CHK),
    ("9.87", "9.81", False, "numeric: outside the spec's 0.05 tolerance", HW_CHK),
    ("10.6", "10", False, "numeric: outside the spec's 0.5 tolerance", HW_CHK),
    ("x₁=-9, x₂=9", "-9, 9", True, "set_match {-9, 9} (display x₁,₂ = ±9)", HW_CHK),
    ("±9", "-9, 9", True, "set_match: plus-minus", HW_CHK),
    ("-9, 9", "-9, 9", True, "set_match: same list", HW_CHK),
    ("9, -9", "-9, 9", True, "set_match: order free", HW_CHK),
    ("x = +/- 9", "-9, 9", True, "set_match: +/-", HW_CHK),
    ("-9 yoki 9", "-9, 9", True, "set_match: Uzbek 'yoki' (or)", HW_CHK),
    ("-9 va 9", "-9, 9", True, "set_match: Uzbek 'va' (and)", HW_CHK),
    ("x_1 = 9; x_2 = -9", "-9, 9", True, "set_match: labelled roots", HW_CHK),
    ("±sqrt(81)", "-9, 9", True, "set_match: ±sqrt(81)", HW_CHK),
    ("±√81", "-9, 9", True, "set_match: ±√81", HW_CHK),
    ("3", "3", True, "jsonl math_correct_001", HW_JSONL),
    ("-11", "11", False, "jsonl math_sign_error_002", HW_JSONL),
    ("0.5", "1/2", True, "jsonl math_equivalent_form_003", HW_JSONL),
    ("5", "2", False, "jsonl math_method_partial_004", HW_JSONL),
]

# (pred, gold, expected, why, wrap): KEIR answers_equal(pred, gold, dataset).
_KEIR = [
    ("Final answer: 0.75", "\\boxed{\\frac{3}{4}}", True, "default dataset: 0.75 = 3/4", False),
    ("0.5", "\\frac{1}{2}", True, "math dataset", True),
    ("60^{\\circ}", "60", True, "math dataset: degree", True),
    ("5\\text{ cm}", "5", True, "math dataset: unit text", True),
    ("1/2", "0.5", True, "gsm8k-family round trip", True),
    ("-1 / 2", "-0.5", True, "gsm8k-family round trip", True),
    ("1e3", "1000", True, "gsm8k-family round trip: scientific notation", True),
    ("+0.5", "1/2", True, "gsm8k-family round trip: leading plus", True),
    (".5", "1/2", True, "gsm8k-family round trip: bare-dot decimal", True),
    ("\\frac{1}{2}", "0.5", True, "gsm8k-family round trip", True),
    ("1.5/3", "0.5", True, "gsm8k-family round trip: decimal over integer", True),
    ("1,000.00", "1000", True, "gsm8k-family round trip: separator, zeros", True),
    ("1/2 hours", "0.5", True, "gsm8k-family round trip: unit word", True),
    ("Final answer: 1,234", "1234", True, "gsm8k official exact match", False),
    ("1/0", "1", False, "gsm8k: malformed value", True),
    ("1/", "1", False, "gsm8k: malformed value", True),
    ("1e", "1", False, "gsm8k: malformed value", True),
    ("1e+", "1", False, "gsm8k: malformed value", True),
    ("1e3x", "1", False, "gsm8k: malformed value", True),
    ("1+2", "1", False, "gsm8k: expression, not the gold", True),
    ("1 or 2", "1", False, "gsm8k: two candidates", True),
    ("1 and 2", "1", False, "gsm8k: two values", True),
    ("1/2 = 0.5", "1", False, "gsm8k: equation", True),
    ("1,23", "1", False, "gsm8k: malformed grouping", True),
    ("NaN", "1", False, "gsm8k: NaN", True),
    ("inf", "1", False, "gsm8k: inf", True),
    ("1.2.3", "1", False, "gsm8k: malformed value", True),
    ("1/2/3", "1", False, "gsm8k: malformed value", True),
    ("1e999999", "1", False, "gsm8k: overflow", True),
    ("1/2", "2", False, "gsm8k: fraction is not its denominator", True),
    ("1/2", "1", False, "gsm8k: fraction is not its numerator (rescored rows)", True),
    ("0.0000000001", "0", False, "gsm8k: exact, not float-tolerant", True),
    (
        "0.1234567890123456789012345678901",
        "0.1234567890123456789012345678902",
        False,
        "gsm8k: exact at the 31st decimal",
        True,
    ),
]

# (gold, pred, expected, why, wrap): reliquary _compute_omi_reward / _normalize_answer.
_RELIQUARY = [
    ("42", "The answer is \\boxed{42}.", True, "boxed, correct", False),
    ("42", "The answer is \\boxed{43}.", False, "boxed, wrong", False),
    ("45", "...so the answer is\n45", True, "no box: trailing number", False),
    ("45", "...the answer is\n46", False, "no box: wrong trailing number", False),
    ("42", "I don't know", False, "no answer", False),
    ("\\frac{1}{2}", "\\boxed{\\dfrac{1}{2}}", True, "dfrac = frac", False),
    ("3", "\\boxed{3.0}", True, "3.0 = 3", False),
    ("82.50", "\\boxed{82.5}", True, "trailing zero", False),
    ("7.5", "\\boxed{7.50}", True, "trailing zero", False),
    ("1/2", "\\boxed{0.5}", True, "fraction = decimal", False),
    ("0.25", "\\boxed{1/4}", True, "decimal = fraction", False),
    ("82.5", "\\boxed{83}", False, "close but unequal", False),
    ("1/2", "\\boxed{1/3}", False, "different fractions", False),
    ("1144.2", "\\boxed{\\frac{5721}{5}}", True, "LaTeX fraction = decimal", False),
    ("\\frac{43}{5}", "\\boxed{8.6}", True, "decimal = LaTeX fraction", False),
    ("\\frac{1}{\\sqrt{2}}", "\\boxed{\\frac{\\sqrt{2}}{2}}", True, "rationalised", False),
    ("\\sqrt{20}", "\\boxed{2\\sqrt{5}}", True, "simplified radical", False),
    ("\\frac{1}{3}", "\\boxed{\\frac{1}{4}}", False, "different fractions", False),
    ("2\\sqrt{5}", "\\boxed{\\sqrt{30}}", False, "different radicals", False),
    ("3x", "3 \\, x", True, "normaliser: spacing macro", True),
    ("(\\frac{1}{2})", "\\left(\\frac{1}{2}\\right)", True, "normaliser: left/right", True),
    ("\\frac{3}{4}", "\\dfrac{3}{4}", True, "normaliser: dfrac", True),
    ("42", "42.", True, "normaliser: trailing period", True),
    ("1/2", " 1 / 2 ", True, "normaliser: whitespace", True),
    ("5", "+5", True, "normaliser: leading plus", True),
    ("-7", "-7.000", True, "normaliser: trailing zeros", True),
]


def _cases() -> list[dict[str, object]]:
    out = [_c(VERI, VERI_AT, g, p, True, ok, why) for p, g, ok, why in _VERICHALK]
    out += [_c(HW, HW_EQ, g, p, True, ok, why) for p, g, ok, why in _HW_EQUIV]
    out += [_c(HW, at, g, p, True, ok, why) for p, g, ok, why, at in _HW_CHECK]
    out += [_c(KEIR, KEIR_AT, g, p, w, ok, why) for p, g, ok, why, w in _KEIR]
    out += [_c(RELQ, RELQ_AT, g, p, w, ok, why) for g, p, ok, why, w in _RELIQUARY]
    return out


CASES: list[dict[str, object]] = _cases()

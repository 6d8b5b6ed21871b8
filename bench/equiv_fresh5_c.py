r"""A fifth fresh set of answer-equivalence cases (evaluation only; helper "c").

Cases are transcribed from the test suites of RL / reward code and evaluation harnesses that no
earlier set used (bench/data/README.md, bench/equiv_issues_*.py, bench/equiv_fresh3_*.py,
bench/equiv_fresh4_*.py). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Collected without running curate's judge on them.
Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- kapshaul/llm-finetuning-grpo ``tests/test_data_rewards.py``
  @ 71e885a409bbd0617a44d43a8ff56783077385e5 (``correctness_reward(completion, reference)`` on
  ``<think>w</think><answer>{predicted}</answer>``: the predicted answer is stored bare, wrapped;
  ``answer_key`` equalities; ``normalize_answer`` mappings read as equivalences).
- ellanorai/ThinkRL ``tests/test_rewards/test_math_verifier.py``
  @ 49ba0aef6ccb9e1a110421b23dd7ad70c67f1120 (``UniversalReward(math_tolerance=1e-4)
  ._check_math_correctness(pred, target)``), MIT.
- kkkamur07/active-opd ``tests/test_answers.py`` @ 035eed4a08a0ec9d88c33201f0c0ef5483887e93
  (``answers_equivalent(predicted, reference)``: EQUIVALENT_PAIRS assert the decision ``is not
  False``, the rest ``is True`` / ``is False``; one nested-box extraction) and
  ``tests/test_grade_aime.py`` @ f54ad23afb2a0d7618cda389c44b020ee506e887 (Math-Verify based
  ``grade(text, gold)``).
- ZihanLiummyycc/FSG-RL ``tests/test_answer_equivalence.py``
  @ b4ee4f57cee3529dcb6cb622d021f0b6681c64ac (``check_answer_equivalence(left, right)``; the left
  side is the computed answer and the right the benchmark answer, as in its reward test, so the
  right side is stored as the gold).
- GIND123/Instella-Reasoning ``tests/test_answer_equivalence.py``
  @ 2f4e6c3182fce13159c52d416d992456fce384f8 (``numeric_equal``, ``symbolic_equal``,
  ``answers_equivalent(..., "math")``, ``numeric_value`` read as an equivalence; first argument
  read as the prediction, the checks are symmetric), MIT.
- programmer229/Torch-LLM-RL ``tests/unit/test_reward/test_boxed.py``
  @ 9d73b6f823b3c9eb0c7879f3b77f58ff9762b28b (``BoxedReward`` on the model message as written:
  the first ``\boxed{}`` content compared with the ground truth after stripping).
No license file was found in the stored copies of kapshaul/llm-finetuning-grpo,
kkkamur07/active-opd, ZihanLiummyycc/FSG-RL and programmer229/Torch-LLM-RL: their short test
strings are quoted as test data, with attribution.

Left out, by rule: every verdict that depends on the percent-sign policy (kapshaul ``50%`` /
``50\%`` / ``12.5%`` against ``.5`` / ``1/2`` / ``\frac{1}{8}`` / ``50``, the percent forms of its
shared ``answer_key``; ThinkRL ``50%`` = ``50``; FSG-RL ``22.22`` = ``22.22 %`` / ``22.22\%`` and
``0.2222`` != ``22.22%``; Instella ``numeric_value("50%") == 0.5``; FSG-RL's ``22.22`` !=
``22.23%`` is kept, as it holds under either reading); multiple-choice letters and yes/no labels
(Instella); format policies: answers only inside an unfinished ``<think>`` or malformed / repeated
``<answer>`` tags, reasoning-region rules, strict-box rejection of an unboxed correct answer
(Torch-LLM-RL ``The answer is 4``, active-opd ``the answer is 70``), first-box rules for several
boxes, case-sensitive text comparison (Torch-LLM-RL ``Hello`` / ``hello``), the kind-``text``
string comparison (Instella ``1/2`` != ``0.5``); Instella's ``symbolic_equal("1", garbage)`` (the
second, gold-side argument is not an answer); verdicts a suite marks as a fail-closed policy
against mathematical equality (FSG-RL ``the answer is seven`` != ``7``, ``x=@y``; kapshaul's
150-deep ``(((1)))`` rejected as too large); code-injection payloads (``__import__(...)``); empty
or missing answers and golds; non-string golds (Torch-LLM-RL numeric ground truths, active-opd int
gold ``70``); verdicts forced by a mock (FSG-RL timeout); the regex artefact ``set = {1, 2, 3``
(Torch-LLM-RL nested braces); FSG-RL's sentence that mentions 9 without stating it as the answer
(no answer marker); aggregate-only and consensus checks.
Searched without finding usable equivalence assertions: VladimirKambovski/test-time-compute-
allocation (stub test), ellanorai/ThinkRL ``test_universal.py`` (format / length rewards only).
Repositories found only through ``find_string`` hits whose repository could not be named were
not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KAP = "kapshaul/llm-finetuning-grpo"
KAP_AT = "tests/test_data_rewards.py@71e885a409bbd0617a44d43a8ff56783077385e5"
TRL = "ellanorai/ThinkRL"
TRL_AT = "tests/test_rewards/test_math_verifier.py@49ba0aef6ccb9e1a110421b23dd7ad70c67f1120"
OPD = "kkkamur07/active-opd"
OPD_ANS = "tests/test_answers.py@035eed4a08a0ec9d88c33201f0c0ef5483887e93"
OPD_AIME = "tests/test_grade_aime.py@f54ad23afb2a0d7618cda389c44b020ee506e887"
FSG = "ZihanLiummyycc/FSG-RL"
FSG_AT = "tests/test_answer_equivalence.py@b4ee4f57cee3529dcb6cb622d021f0b6681c64ac"
INS = "GIND123/Instella-Reasoning"
INS_AT = "tests/test_answer_equivalence.py@2f4e6c3182fce13159c52d416d992456fce384f8"
TLR = "programmer229/Torch-LLM-RL"
TLR_AT = "tests/unit/test_reward/test_boxed.py@9d73b6f823b3c9eb0c7879f3b77f58ff9762b28b"

# Rows: (gold, pred, wrap, expected, why).
_KAP = [
    # test_equivalent_answers_are_correct: correctness_reward(...) == 1.0
    (r"\frac{1}{2}", "0.5", True, True, "decimal vs latex fraction == 1.0"),
    ("1/2", r"\frac12", True, True, "brace-less \\frac12 vs slash fraction == 1.0"),
    ("0.5", "2/4", True, True, "unreduced fraction vs decimal == 1.0"),
    ("-0.75", r"-\dfrac{3}{4}", True, True, "negative \\dfrac vs decimal == 1.0"),
    ("5", "x = 5", True, True, "variable assignment vs bare value == 1.0"),
    ("1000", "1,000", True, True, "thousands comma == 1.0"),
    ("3", "$3$", False, True, "dollar-delimited answer (answer tags dropped) == 1.0"),
    ("4", "4.0", True, True, "trailing .0 == 1.0"),
    ("9", "(1+2)*3", True, True, "arithmetic expression evaluated == 1.0"),
    ("1000", "1e3", True, True, "scientific notation == 1.0"),
    ("(1,2)", "(1, 2)", True, True, "tuple spacing == 1.0"),
    ("3", "1 + 2", True, True, "sum evaluated == 1.0"),
    ("6", r"2 \times 3", True, True, "latex \\times product == 1.0"),
    ("0.5", r"\frac {1} {2}", True, True, "spaced \\frac arguments == 1.0"),
    ("New York", "new  York", True, True, "text case and double space == 1.0"),
    # test_distinct_answers_are_not_merged: == 0.0 and answer_key differs
    ("12", "1 2", True, False, "space-separated digits are not 12 == 0.0"),
    ("1 2", "12", True, False, "12 is not the digits 1 2 == 0.0"),
    ("1000", "1 000", True, False, "space as thousands separator not merged == 0.0"),
    ("New York", "NewYork", True, False, "words run together not merged == 0.0"),
    # test_wrong_or_malformed_answers_score_zero / huge inputs: == 0.0
    ("4", "5", True, False, "wrong number == 0.0"),
    ("4", "1/0", True, False, "division by zero == 0.0"),
    ("4", "2**9999999", True, False, "huge power == 0.0"),
    ("1", "1e999999", True, False, "overflowing literal == 0.0"),
    # test_numeric_formats_share_one_answer_key: answer_key(v) == "1/2"
    ("1/2", "0.5", True, True, "answer_key('0.5') == '1/2'"),
    ("1/2", ".5", True, True, "answer_key('.5') == '1/2'"),
    ("1/2", "0.50", True, True, "answer_key('0.50') == '1/2'"),
    ("1/2", "5e-1", True, True, "answer_key('5e-1') == '1/2'"),
    ("1/2", "2/4", True, True, "answer_key('2/4') == '1/2'"),
    ("1/2", r"\frac{1}{2}", True, True, "answer_key(\\frac{1}{2}) == '1/2'"),
    ("1/2", r"\dfrac12", True, True, "answer_key(\\dfrac12) == '1/2'"),
    ("1/2", r"\boxed{0.5}", False, True, "answer_key(\\boxed{0.5}) == '1/2'"),
    # test_answer_key_reduces_rationals
    (r"\frac{2}{4}", "0.50", True, True, "answer_key('0.50') == answer_key(\\frac{2}{4})"),
    # test_normalize_answer: normalize_answer(raw) == expected, read as raw == expected
    (r"\frac{1}{2}", r"$\dfrac{1}{2}$", False, True, "normalize_answer maps $\\dfrac$ to \\frac"),
    ("new york", r"\boxed{\text{ New York }}", False, True, "normalize_answer unboxes \\text"),
    ("1000", "1{,}000", True, True, "normalize_answer: 1{,}000 -> 1000"),
    ("1000", r"1\,000", True, True, "normalize_answer: thin-space thousands -> 1000"),
    ("45", r"45^\circ", True, True, "normalize_answer drops ^\\circ"),
    ("50%", r"50\%", True, True, "normalize_answer: \\% -> % (both percent)"),
    ("3", "3.", True, True, "normalize_answer drops trailing period"),
    ("(1,2)", r"\left( 1, 2 \right)", True, True, "normalize_answer drops \\left/\\right"),
    ("x=-5", "x = - 5", True, True, "normalize_answer removes spaces around signs"),
    ("1 2", "1  2", True, True, "normalize_answer collapses a double space"),
]

_TRL = [
    # test_equivalent_answers_are_accepted: _check_math_correctness(pred, target) is True
    ("4", "4", True, True, "identical integers"),
    ("4", "4.0", True, True, "trailing .0"),
    ("1000", "1,000", True, True, "thousands comma"),
    ("42", r"\boxed{42}", False, True, "boxed answer vs bare gold"),
    ("42", r"The answer is \boxed{42}.", False, True, "boxed answer in a sentence"),
    ("0.5", r"\frac{1}{2}", True, True, "latex fraction vs decimal"),
    ("0.75", r"\dfrac{3}{4}", True, True, "\\dfrac vs decimal"),
    ("0.3333333", "1/3", True, True, "1/3 vs truncated decimal (math_tolerance=1e-4)"),
    ("18", "#### 18", False, True, "GSM8K #### marker"),
    ("25", "$25$", False, True, "dollar-delimited answer"),
    ("x^2", "x^{2}", True, True, "braced exponent"),
    ("x^2+2*x+1", "(x+1)^2", True, True, "expanded square, symbolic"),
    ("1+x", "x+1", True, True, "commuted sum"),
    ("4", "The answer is 4", False, True, "unboxed 'The answer is' sentence"),
    # test_wrong_answers_are_rejected: ... is False
    ("6", "5", True, False, "wrong integer"),
    ("0.5", "1/3", True, False, "1/3 is not 0.5"),
    ("42", r"\boxed{41}", False, False, "wrong boxed integer"),
    ("1+x", "x+2", True, False, "different constant term"),
]

_OPD = [
    # EQUIVALENT_PAIRS: answers_equivalent(pred, ref)[0] is not False
    (
        r"\left( 3, \frac{\pi}{2} \right)",
        r"(3, \pi/2)",
        True,
        True,
        "polar tuple, \\pi/2 (not False)",
    ),
    (
        r"\left( 3, \frac{\pi}{2} \right)",
        "(3, π/2)",
        True,
        True,
        "polar tuple, unicode π (not False)",
    ),
    (r"\frac{1}{2}", "1/2", True, True, "slash vs latex fraction (not False)"),
    (r"\frac{1}{2}", "0.5", True, True, "decimal vs latex fraction (not False)"),
    (r"2 \sqrt 3", r"2\sqrt{3}", True, True, "braced vs brace-less \\sqrt (not False)"),
    ("5", "x = 5", True, True, "variable assignment vs value (not False)"),
    ("1,000", "1000", True, True, "gold with thousands comma (not False)"),
    ("7", "7.0", True, True, "trailing .0 (not False)"),
    (r"\frac{3}{4}", r"\dfrac{3}{4}", True, True, "\\dfrac vs \\frac (not False)"),
    (r"\frac{1}{2}", r"\frac12", True, True, "brace-less \\frac12 (not False)"),
    # DIFFERENT_PAIRS: ... is False
    ("4", "3", True, False, "different integers"),
    (r"\frac{1}{2}", r"\frac{1}{3}", True, False, "different fractions"),
    ("5", "-5", True, False, "sign differs"),
    # test_leading_decimal_point_is_preserved / test_thousands_separators_are_collapsed
    ("5", ".5", True, False, ".5 is not 5"),
    ("1000", "1,000", True, True, "thousands comma is True"),
    ("1000000", "1,000,000", True, True, "two thousands commas is True"),
]
_OPD_EXTRACT = (
    r"\frac{\sqrt{2}}{2}",
    r"</think> The answer is \boxed{\frac{\sqrt{2}}{2}}",
    False,
    True,
    "nested braces in \\boxed extracted as the gold",
)
_OPD_AIME = [
    # CORRECT: grade(text, gold)["correct"] and ["has_boxed"]
    ("70", r"so the answer is \boxed{70}.", False, True, "boxed AIME integer in a sentence"),
    ("70", r"\boxed{070}", False, True, "AIME three-digit zero padding"),
    ("7", r"\boxed{007}", False, True, "two leading zeros"),
    ("0", r"\boxed{000}", False, True, "zero written 000"),
    ("70", r"\boxed{70.0}", False, True, "trailing .0 in the box"),
    ("70", r"\boxed{ 70 }", False, True, "spaces inside the box"),
    ("1000", r"\boxed{1,000}", False, True, "thousands comma in the box"),
    ("70", r"\boxed{070}.", False, True, "zero-padded box followed by a period"),
    # INCORRECT
    ("70", r"\boxed{71}", False, False, "off by one"),
    ("70", r"\boxed{7}", False, False, "7 is not 70 (padding not dropped)"),
]

_FSG = [
    (r"10 \sqrt{3}-15", r"5(2 \sqrt{3}-3)", True, True, "factored surd expression"),
    ("127009", r"63 \binom{64}{2}+1", True, True, "\\binom expression evaluated"),
    (
        r"n \leq k \leq \lceil \frac{3n}{2} \rceil",
        r"{n \leq k \leq \lceil \tfrac32n \rceil}",
        True,
        True,
        "chained inequality, \\tfrac32n vs \\frac{3n}{2}, outer braces",
    ),
    ("0.5", r"\frac{1}{2}", True, True, "fraction vs decimal"),
    ("$30", "Fraction(30, 1)", True, True, "Python Fraction repr vs currency"),
    (r"82 \mathrm{~m}", "82.0", True, True, "number vs gold with \\mathrm unit"),
    (r"176 \text{ cm}", "176.0", True, True, "number vs gold with \\text unit"),
    ("10 hours", "10.0", True, True, "number vs gold with a word unit"),
    (r"83 \mathrm{~m}", "82.0", True, False, "different number with unit"),
    ("18,000", "18000", True, True, "gold with thousands comma"),
    ("18,000.5", "18000.5", True, True, "thousands comma with a decimal part"),
    ("18,001", "18000", True, False, "different number with comma"),
    ("22.23%", "22.22", True, False, "different number with percent suffix"),
    (r"50^\circ", "50.0", True, True, "degree ^\\circ suffix"),
    ("50°", "50", True, True, "unicode degree sign"),
    (r"50^{\circ}", "50", True, True, "braced ^{\\circ}"),
    (r"51^\circ", "50", True, False, "different angle"),
    ("-4 - 2i", "(-4-2j)", True, True, "Python complex j vs i"),
    ("3+4i", "3+4j", True, True, "complex j vs i"),
    ("i", "j", True, True, "imaginary unit j vs i"),
    ("3-4i", "3+4j", True, False, "conjugate is different"),
    ("-4-3i", "-4-2j", True, False, "different imaginary part"),
    (
        "9",
        r"The smallest positive integer \(N\) satisfying the condition is \(9\).",
        False,
        True,
        "final scalar of an answer sentence (the suite passes the sentence as right side)",
    ),
    (r"9+2\pi", r"2\pi+3^{2}", True, True, "\\pi plus power, reordered"),
    ("{3,2,1}", r"\{1,2,\sqrt{9}\}", True, True, "unordered finite set with \\sqrt{9}"),
    ("714", "7184", True, False, "real error rejected"),
]

_INS = [
    ("1/2", "0.5", True, True, "numeric_equal"),
    ("18.0", "18", True, True, "numeric_equal"),
    ("19", "18", True, False, "numeric_equal is False"),
    ("0.5", "1/2", True, True, "answers_equivalent(..., 'numeric')"),
    ("1200", "$1,200", False, True, "numeric_value('$1,200') == 1200"),
    ("0.75", r"\frac{3}{4}", True, True, "numeric_value(\\frac{3}{4}) == 0.75"),
    ("0.5", r"\frac{1}{2}", True, True, "symbolic_equal"),
    ("2", r"\sqrt{4}", True, True, "symbolic_equal"),
    (r"\frac{1}{2}", r"\dfrac{2}{4}", True, True, "symbolic_equal"),
    (r"\frac{1}{3}", r"\frac{1}{2}", True, False, "symbolic_equal is False"),
]

_TLR = [
    ("4", r"The answer is \boxed{4}", False, True, "reward 1.0"),
    ("4", r"The answer is \boxed{5}", False, False, "reward -0.1 (format reward only)"),
    ("5", r"The answer is \boxed{5}", False, True, "mixed batch: 1.0"),
    ("9", r"The answer is \boxed{10}", False, False, "mixed batch: 0.0"),
    ("4", r"I think it's \boxed{4}", False, True, "mixed batch: 1.0"),
    ("4", r"The answer is \boxed{}", False, False, "empty box: format reward -0.2"),
    (" 10 ", r"The answer is \boxed{ 10 }", False, True, "whitespace on both sides: 1.0"),
    ("10", r"The answer is \boxed{ 10 }", False, True, "whitespace stripped: 1.0"),
    ("x = 2.5", r"The solution is \boxed{x = 2.5}", False, True, "equation in box: 1.0"),
    ("42", r"Answer: \boxed{42}", False, True, "parametrized string: 1.0"),
    ("43", r"Answer: \boxed{42}", False, False, "parametrized string: 0.0"),
    ("3.14", r"Answer: \boxed{3.14}", False, True, "parametrized string: 1.0"),
    ("hello world", r"Answer: \boxed{hello world}", False, True, "parametrized string: 1.0"),
]


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, bool, str]]) -> list[dict]:
    return [_c(repo, where, gold, pred, wrap, ok, why) for gold, pred, wrap, ok, why in rows]


CASES: list[dict] = [
    *_rows(KAP, KAP_AT, _KAP),
    *_rows(TRL, TRL_AT, _TRL),
    *_rows(OPD, OPD_ANS, [*_OPD, _OPD_EXTRACT]),
    *_rows(OPD, OPD_AIME, _OPD_AIME),
    *_rows(FSG, FSG_AT, _FSG),
    *_rows(INS, INS_AT, _INS),
    *_rows(TLR, TLR_AT, _TLR),
]

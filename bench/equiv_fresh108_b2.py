r"""fresh108_b, continued (part 2 of 2): the cases of hw4375-collab/FalconVerifer
(``tests/test_units.py``) and 10gyal/eli5-rl (``tests/test_generate_eli5.py``), transcribed under
the same rules; see bench/equiv_fresh108_b.py's docstring for the sources, commits, licences,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh108_b import EL, EL_AT, FV, FV_AT
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # FalconVerifer tests/test_units.py: answers_match(pred, gold) of falconverifier.bench
    _c(
        FV,
        FV_AT,
        gold=r"10",
        pred=r"$10",
        wrap=True,
        expected=True,
        why='TestAnswersMatch.test_numbers: answers_match("$10", "10")',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"148.5",
        pred=r"148.5 km",
        wrap=True,
        expected=True,
        why='TestAnswersMatch.test_numbers: answers_match("148.5 km", "148.5")',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why='TestAnswersMatch.test_numbers: answers_match("1/2", "0.5")',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"25",
        pred=r"25%",
        wrap=True,
        expected=True,
        why='TestAnswersMatch.test_numbers: answers_match("25%", "25")',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"276",
        pred=r"277",
        wrap=True,
        expected=False,
        why='TestAnswersMatch.test_numbers: \'assert not answers_match("277", "276")\'',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"No",
        pred=r"No, it does not follow.",
        wrap=True,
        expected=True,
        why='TestAnswersMatch.test_yes_no: answers_match("No, it does not follow.", "No")',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"No",
        pred=r"Yes",
        wrap=True,
        expected=False,
        why='TestAnswersMatch.test_yes_no: \'assert not answers_match("Yes", "No")\'',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"Yes",
        pred=r"نعم، النتيجة تتبع",
        wrap=True,
        expected=True,
        why="test_answers_match_arabic_yes_no: Arabic 'yes, the conclusion follows' against Yes",
    ),
    _c(
        FV,
        FV_AT,
        gold=r"No",
        pred=r"نعم",
        wrap=True,
        expected=False,
        why='test_answers_match_arabic_yes_no: \'assert not answers_match("نعم", "No")\' '
        "(Arabic 'yes')",
    ),
    _c(
        FV,
        FV_AT,
        gold=r"51",
        pred=r"(48 + 41 + 40 + 59 + 67) / 5 = 255 / 5 = 51",
        wrap=True,
        expected=True,
        why="test_answers_match_uses_result_of_equation; reading: an equation chain whose last "
        "member is the answer",
    ),
    _c(
        FV,
        FV_AT,
        gold=r"51",
        pred=r"(48 + 41) / 2 = 44",
        wrap=True,
        expected=False,
        why="test_answers_match_uses_result_of_equation: 'assert not answers_match(\"(48 + 41) / "
        '2 = 44", "51")\'',
    ),
    _c(
        FV,
        FV_AT,
        gold=r"4",
        pred=r"x = 4",
        wrap=True,
        expected=True,
        why='test_answers_match_uses_result_of_equation: answers_match("x = 4", "4")',
    ),
    # eli5-rl tests/test_generate_eli5.py: answers_match
    _c(
        EL,
        EL_AT,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why='test_answers_match_uses_mathematical_equivalence: answers_match(r"\\frac{1}{2}", '
        '"0.5"); tests/test_benchmark_math500.py scores gold \\frac{1}{2} against a boxed 0.5',
    ),
    _c(
        EL,
        EL_AT,
        gold=r"4",
        pred=r"3",
        wrap=True,
        expected=False,
        why='test_answers_match_uses_mathematical_equivalence: \'assert not answers_match("3", '
        '"4")\'',
    ),
]

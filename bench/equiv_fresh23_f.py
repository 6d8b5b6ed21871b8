r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "f": labelled
near-miss answers, accepted-answer aliases and the answer comparison of maths tutoring apps).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, ``wrap`` is True for every case here) and the verdict the source asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
source holds (a JavaScript ``'\\frac'`` would be stored as ``r"\frac"``). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- creature-ai/math-misconceptions (MaE, "Math Misconceptions and Errors": 220 diagnostic examples
  of 55 middle-school algebra misconceptions, each a question, a learner's incorrect answer and
  the correct answer, written by maths-learning researchers from the literature), snapshot HEAD
  28ba56adefdaca00134af9627a1775a6aae9fda3, ``data/data.json`` (last changed in
  7e099d29f93fa756d5fde6b376f19d61b6a8eb6e), MIT (LICENSE, Nancy Otero 2024). Labelled near-miss
  answers, read as negatives: the correct answer is the gold, the learner's answer the
  prediction. Fixed rule, over all 220 rows in file order: a row is used when both its
  ``Incorrect Answer`` and its ``Correct Answer`` are one line whose final value (the text after
  the last ``=``, or the whole field when it has none) is a bare number, fraction or mixed number
  (``-?\d+``, ``a/b``, ``w a/b``, decimals) and the line holds no ``<`` or ``>``; that final
  value is stored (``why`` quotes the learner's whole line when it carried working, e.g.
  ``4/5+2/3=6/8`` is stored as ``6/8``, and the correct answer's text when it was not bare).
  55 rows qualify; left out: three rows where the learner's final value equals the correct one
  in value (MaE07 ex 1 ``2/8`` against ``1/4``, MaE14 ex 1 ``2/3`` against ``8/12``, MaE14 ex 2
  ``3/1`` against ``3``: the label marks the method there, not the value) and three repeated
  (gold, prediction) pairs (MaE02 ex 3, MaE12 ex 4, MaE19 ex 4). Every kept pair differs in
  value (checked with exact fractions). The answers to the shaded-fraction exercises (MaE01,
  MaE02 ex 1-2) come from pictures; the dataset's correct answers are taken as given.
- kingmakerconsults/Ged-Website (a GED preparation site), snapshot HEAD
  33e27163071eaae8fe0d55acbd9cd7fab0499754: ``frontend/lib/mathAnswerComparison.js``
  (``TEST_CASES``, run by ``runTests``) and ``frontend/lib/mathAnswerComparison.test.js``
  (``edgeCases``): ``compareAnswers(correct, user, {subject: 'Math'}) === expected``; ``correct``
  is the gold. No license file in the snapshot.
- juliterarysociety/Maths-App (a Class 10 maths practice app), stored versions @
  9f3213f02b5f5f2f5174aebbdb8e1caf06286cb5 (no snapshot could be fetched):
  ``src/utils/mathValidation.test.ts`` (``validateAnswer(user, expected[, alternatives])``;
  ``expected`` is the gold; a ``ProblemStep``'s first ``expected_answer`` is the gold) and
  ``src/data/problemBank.ts`` (each step's ``expected_answer`` lists the accepted forms; rule:
  every step with more than one form, in file order; the first form is the gold and each other
  form a positive, a pair already taken is not repeated; the suite's ``problemBank.test.ts``
  checks the bank against ``validateAnswer``).
  No license file in the stored listing.
- devbyjen/acadience-math-web (a scoring site for the Acadience Math benchmark assessments,
  grades 1-6), snapshot HEAD ad66de91334f2f97c4bc72b5dccc8daf3eb2b02f, ``data/key.csv`` (the answer
  key; ``Scoring Method`` 4 is "fractions with multiple correct answers (bonus points for a
  simplified answer)", 7 is "multiple string answers, full marks if any match"). Fixed rule: every
  row with method 4 or 7, in file order, whose ``Answer`` lists forms that are all numbers
  (integers, decimals, fractions, mixed numbers, optionally with ``$``) equal in value; the first
  form is the gold and each other form a positive; a repeated (gold, prediction) pair is kept
  once (48 pairs). Method-4 forms that are not simplified score fewer points (the key's ``Scores``
  column) but are listed as correct answers. Method-7 rows whose forms are words or letters
  (``(yes,y)``, ``(a,d)``, ``(diver b, b)``) or differ in value (two blanks answered in either
  order, ``(37,83)``) were not used. No license file in the snapshot.
As in earlier sets, the short strings of repositories without a license file are quoted as test
data, with attribution.

Left out, by rule: pairs where the prediction is the gold string itself (or differs from it, or
from another alias of the same step, only by spaces: GED ``  314  `` against ``314``; Maths-App
``3 / 5``, ``- 3``, ``x = 2``, ``5cm``); the percent-sign policy (GED ``25%`` against ``25``
rejected, ``75%`` against ``75`` rejected, ``25%`` against ``0.25`` rejected, as in earlier sets);
unit-stripping verdicts against mathematical equality (GED ``100 cm`` against ``100 m`` and
``50 cm^2`` against ``50 m^2`` accepted because units are dropped); tolerance and approximation
policies (GED ``3.121`` against ``3.12`` / ``3.1`` and ``3.129`` against ``3.13`` accepted;
Maths-App ``sqrt(3)/2`` against ``0.866`` both ways; Maths-App accepted forms ``1.33``, ``1.333``,
``1.34`` of ``4/3``); HTML markup (GED ``9<sup>2</sup>``, ``<i>x</i> = 5``, ``<b>Area</b>: ...``);
non-maths answers (GED RLA subject, Maths-App ``sin(theta)`` case folding and ``wrong`` /
``right``); empty answers; Maths-App's literal ``3/0`` against ``3/0``. MaE rows whose answers are
sentences, working over several lines, pictures (``[Image]``), expressions, equations or
inequalities were not used (rule above).
Read without finding usable equivalence assertions: UltraSaura/tutorly-navi
(``src/lib/validateAnswer.test.ts``: exact / range / regex checks on ``42``;
``src/utils/quizEvaluation.test.ts``; ``src/__tests__/homeworkMatchers.test.ts``),
Kureishi/Math_Rep_System ``tests/test_sig_figs.py`` (significant-figure counting, not answer
equivalence), J80-droid/vwo-elite-v21 (its maths "gym" problems with ``alternatives`` and
``misconceptions`` are generated from random templates at run time, not fixed data),
hackzirov-sketch/SAT_QUIZ_BOT ``tests/test_answer_matching.py`` (multiple-choice letters only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MAE = "creature-ai/math-misconceptions"
MAE_AT = "data/data.json@28ba56adefdaca00134af9627a1775a6aae9fda3"
GED = "kingmakerconsults/Ged-Website"
GED_HEAD = "33e27163071eaae8fe0d55acbd9cd7fab0499754"
GED_LIB = f"frontend/lib/mathAnswerComparison.js@{GED_HEAD}"
GED_TEST = f"frontend/lib/mathAnswerComparison.test.js@{GED_HEAD}"
MAPP = "juliterarysociety/Maths-App"
MAPP_REV = "9f3213f02b5f5f2f5174aebbdb8e1caf06286cb5"
MAPP_TEST = f"src/utils/mathValidation.test.ts@{MAPP_REV}"
MAPP_BANK = f"src/data/problemBank.ts@{MAPP_REV}"

ACAD = "devbyjen/acadience-math-web"
ACAD_AT = "data/key.csv@ad66de91334f2f97c4bc72b5dccc8daf3eb2b02f"

# MaE rows kept by the rule in the docstring, in file order:
# (misconception id, example number, correct answer (gold), learner's answer (pred), learner's line)
_MAE_ROWS = [
    ("MaE01", 1, "1/4", "1/3", "1/3"),
    ("MaE01", 2, "2/3", "2/1", "2/1"),
    ("MaE01", 3, "1/2", "2/2", "2/2"),
    ("MaE01", 4, "3/4", "3/1", "3/1"),
    ("MaE02", 1, "1/4", "1/5", "1/5"),
    ("MaE02", 2, "1/6", "1/7", "1/7"),
    ("MaE02", 4, "2/3", "5/9", "24/36=12/18=5/9"),
    ("MaE03", 4, "104", "7", "9^3-5^4=9+9+9-(5+5+5+5)=27-20=7"),
    ("MaE06", 4, "23/6", "4", "3 5/6=3+1=4"),
    ("MaE07", 2, "3/4", "3/8", "6/8=3/8"),
    ("MaE07", 3, "2/3", "1/6", "4/6=1/6"),
    ("MaE07", 4, "1", "1/7", "7/7=1/7"),
    ("MaE08", 1, "22/15", "6/8", "4/5+2/3=6/8"),
    ("MaE08", 2, "11/12", "3/7", "1/4+2/3=3/7"),
    ("MaE08", 3, "19/24", "8/20", "5/12+3/8=(5+3)/(12+8)=8/20"),
    ("MaE08", 4, "7 2/5", "5/3", "8-3/5=(8-3)/(8-5)=5/3"),
    ("MaE10", 2, "7 2/3", "4 1/2", "8 1/3-2/3=4 1/2"),
    ("MaE10", 3, "4 3/4", "5 1/4", "6-1 1/4=5 1/4"),
    ("MaE11", 1, "7/2", "3 1/3", "6 2/3-3 1/6=(6-3)+(2-1)/(6-3)=3 1/3"),
    ("MaE11", 2, "23/8", "3 2/4", "4 5/8-1 3/4=(4-1)+(5-3)/(8-4)=3 2/4"),
    ("MaE11", 3, "65/24", "3 1/5", "5 3/8-2 2/3=(5-3)+(3-2)/(8-3)=3 1/5"),
    ("MaE11", 4, "27/10", "3 5/5", "7 2/5-4 7/10=(7-4)+(7-2)/(10-5)=3 5/5"),
    ("MaE12", 1, "3/5", "166", "4/5*3/4=166"),
    ("MaE12", 2, "4/9", "132", "2/3*4/6=132"),
    ("MaE12", 3, "3/16", "68", "1/2*3/8=68"),
    ("MaE13", 1, "2", "6/9", "2/3*3=(2*3)/(3*3)=6/9"),
    ("MaE13", 2, "3/2", "6/24", "1/4*6=(1*6)/(4*6)=6/24"),
    ("MaE13", 3, "8/5", "8/10", "4/5*2=(4*2)/(5*2)=8/10"),
    ("MaE13", 4, "3/2", "12/32", "3/8*4=(3*4)/(8*4)=12/32"),
    ("MaE14", 3, "6/5", "3/2", "6/10÷2/4=3/2"),
    ("MaE14", 4, "14/15", "2/2", "7/5÷3/2=2/2"),
    ("MaE15", 1, "16/9", "9/16", "2/3÷3/8=3/2*3/8=9/16"),
    ("MaE15", 2, "6/5", "5/6", "2/5÷1/3=5/2*1/3=5/6"),
    ("MaE15", 3, "15/4", "4/15", "3/4÷1/5=4/3*1/5=4/15"),
    ("MaE15", 4, "15/16", "16/15", "5/8÷2/3=8/5*2/3=16/15"),
    ("MaE18", 1, "-2", "2", "-8+6=2"),
    ("MaE18", 2, "-4", "4", "5+-9=4"),
    ("MaE18", 3, "5", "-5", "7+-2=-5"),
    ("MaE18", 4, "1", "7", "4+-3=7"),
    ("MaE19", 1, "-14", "2", "-6+-8=2"),
    ("MaE19", 2, "-11", "5", "-8+-3=5"),
    ("MaE19", 3, "-7", "7", "-4+-3=7"),
    ("MaE25", 4, "7/2", "5", "4÷2+3=5"),
    ("MaE32", 4, "-11", "11", "x=11"),
    ("MaE34", 1, "65", "110", "5+6*10=11*10=110"),
    ("MaE34", 2, "2", "70", "17-3*5=14*5=70"),
    ("MaE34", 3, "17", "7", "5(3)-24/3+10=15-24/3+10=-9/3+10=-3+10=7"),
    ("MaE45", 3, "20", "30", "M=W+5=25+5=30"),
    ("MaE53", 4, "130", "23", "23"),
]
# Correct answers stored as their final value (the dataset's full text differs).
_MAE_GOLD_TEXT = {
    ("MaE07", 2): "6/8=3/4",
    ("MaE07", 3): "4/6=2/3",
    ("MaE07", 4): "7/7=1",
    ("MaE13", 1): "6/3=2",
    ("MaE13", 4): "12/8=3/2",
    ("MaE32", 4): "x=-11",
    ("MaE45", 3): "M=W-5=25-5=20",
}


def _mae_why(mid: str, ex: int, pred: str, line: str) -> str:
    why = f"{mid} ex {ex}: learner's incorrect answer"
    if line != pred:
        why += f" (line {line!r})"
    gold_text = _MAE_GOLD_TEXT.get((mid, ex))
    if gold_text:
        why += f"; correct answer {gold_text!r}"
    return why


# Ged-Website: (gold, pred, expected, why)
_GED_LIB_ROWS = [
    ("314", "314 cm^2", True, "basic numeric equivalence: unit on the answer"),
    ("314", "314.0", True, "basic numeric equivalence"),
    ("314", "314cm²", True, "basic numeric equivalence: unit with superscript"),
    ("25%", "25.0%", True, "percent on both sides"),
    ("3.45 × 10^6", "3.45x10^6", True, "scientific notation, x for times"),
    ("3.45e6", "3450000", True, "e-notation against plain number"),
    ("3.45 x 10^6", "3.45*10^6", True, "scientific notation, * for times"),
    ("50 cm²", "50 cm^2", True, "unit notations: superscript against caret"),
    ("100m^3", "100 m³", True, "unit notations: caret against superscript"),
    ("314", "315", False, "should not match: different values"),
    ("3.45e6", "3.45e7", False, "should not match: different exponent"),
]
_GED_TEST_ROWS = [
    ("50 cm^2", "50 cm²", True, "square cm: caret against unicode"),
    ("100 m³", "100 m^3", True, "cubic metres"),
    ("25 cm", "25", True, "linear units: bare number"),
    ("90 degrees", "90", True, "degrees word: bare number"),
    ("180°", "180", True, "degree symbol: bare number"),
    ("6.02 × 10^23", "6.02x10^23", True, "scientific notation: times symbol"),
    ("1.5 * 10^8", "1.5x10^8", True, "scientific notation: asterisk"),
    ("2.5e6", "2500000", True, "scientific notation: e notation"),
    ("3.2 x 10^-3", "0.0032", True, "scientific notation: negative exponent"),
    ("100cm^2", "100", True, "no space before the unit: bare number"),
    ("3/4", "0.75", True, "fraction against decimal"),
    ("1 / 2", "0.5", True, "fraction with spaces against decimal"),
    ("$1,234.56", "1234.56", True, "currency with commas"),
]

# Maths-App mathValidation.test.ts, validateAnswer(pred, gold[, alternatives]):
# (gold, pred, ok, why)
_MAPP_TEST_ROWS = [
    ("3/5", "0.6", True, "numeric equivalence between fractions and decimals"),
    ("0.6", "3/5", True, "numeric equivalence between fractions and decimals"),
    ("1/2", "0.5", True, "numeric equivalence between fractions and decimals"),
    ("3", "3/0", False, "never accepts division by zero even if expected answer is 3"),
    ("5", "5 cm", True, "strips common units"),
    ("5 m", "5m", True, "strips common units"),
    ("30 deg", "30°", True, "strips common units: degrees"),
    ("5", "5cm", True, "ProblemStep expected_answer ['5', '5 cm']"),
    ("5", "6", False, "ProblemStep expected_answer ['5', '5 cm']"),
    ("0.8", "4/5", True, "expected 0.8 with accepted alternatives ['4/5', '8/10']"),
    ("0.8", "8/10", True, "expected 0.8 with accepted alternatives ['4/5', '8/10']"),
    ("0.8", "9/10", False, "expected 0.8 with accepted alternatives ['4/5', '8/10']"),
    ("1/2", "1/3", False, "rejects incorrect answers"),
]
# Maths-App problemBank.ts accepted forms: (step id, first form (gold), other form (pred))
_MAPP_BANK_ROWS = [
    ("step-2", "3/5", ".6"),
    ("quad-factor-2", "2", "x=2"),
    ("quad-factor-3", "3", "x=3"),
    ("disc-step-1", "0", "D=0"),
    ("disc-step-2", "1", "one"),
    ("disc-step-2", "1", "1 distinct root"),
    ("ap-step-1", "5", "d=5"),
    ("ap-step-2", "47", "a10=47"),
    ("ap-step-2", "47", "a_10=47"),
    ("tangent-step-1", "90", "90°"),
    ("tangent-step-1", "90", "90 deg"),
    ("tangent-step-1", "90", "90 degrees"),
    ("tangent-step-2", "4", "4 cm"),
    ("dist-step-2", "5", "5 units"),
]
# Also accepted, not repeated (pairs already above): step-1 '5 cm' of '5', step-2 '0.6' of
# '3/5', zero-step-1 'x=3' of '3'.

# Acadience key rows (benchmark, grade, form, item), scoring method, first form (gold), other form
_ACAD_ROWS = [
    ("B2 G4 form b #7", 4, "3/4", "6/8"),
    ("B2 G4 form b #10", 4, "5 1/4", "5 2/8"),
    ("B2 G4 form b #14", 4, "1/2", "5/10"),
    ("B2 G5 form a #3", 4, "9 1/8", "8 9/8"),
    ("B2 G5 form a #7", 4, "3 1/2", "3 2/4"),
    ("B2 G5 form a #12", 4, "1/6", "12/72"),
    ("B2 G5 form b #3", 4, "7", "6 10/10"),
    ("B2 G5 form b #8", 4, "2/5", "4/10"),
    ("B2 G5 form b #15", 4, "9", "8 9/9"),
    ("B1 G4 form a #10", 4, "8 1/4", "8 3/12"),
    ("B1 G4 form a #16", 4, "7 2/5", "7 4/10"),
    ("B1 G4 form b #10", 4, "5 3/4", "5 6/8"),
    ("B3 G4 form a #16", 4, "7 1/2", "7 2/4"),
    ("B3 G4 form a #18", 4, "1/2", "3/6"),
    ("B3 G4 form b #14", 4, "1/2", "2/4"),
    ("B1 G5 form a #15", 4, "10 7/18", "9 25/18"),
    ("B1 G5 form b #8", 4, "1/5", "2/10"),
    ("B1 G5 form b #15", 4, "5 9/10", "5 18/20"),
    ("B1 G5 form b #15", 4, "5 9/10", "59/10"),
    ("B1 G5 form b #15", 4, "5 9/10", "118/20"),
    ("B3 G5 form a #3", 4, "3 7/10", "37/10"),
    ("B3 G5 form a #7", 4, "9 1/2", "9 5/10"),
    ("B3 G5 form a #12", 4, "1 22/63", "85/63"),
    ("B3 G5 form b #3", 4, "10 1/4", "9 5/4"),
    ("B3 G5 form b #3", 4, "10 1/4", "10 2/8"),
    ("B3 G5 form b #3", 4, "10 1/4", "9 10/8"),
    ("B3 G5 form b #12", 4, "1 23/35", "58/35"),
    ("B3 G5 form b #12", 4, "1 23/35", "1 46/70"),
    ("B3 G5 form b #12", 4, "1 23/35", "116/70"),
    ("B3 G5 form b #15", 4, "5", "4 4/4"),
    ("B1 G6 form a #5", 4, "3 1/6", "3 3/18"),
    ("B3 G6 form a #5", 4, "9 4/5", "9 8/10"),
    ("B3 G6 form b #5", 4, "3 1/2", "3 6/12"),
    ("B1 G4 form e #15a", 7, "0.9", ".9"),
    ("B1 G4 form e #15b", 7, "0.79", ".79"),
    ("B2 G4 form e #15a", 7, ".1", "0.1"),
    ("B2 G4 form e #15b", 7, ".35", "0.35"),
    ("B3 G4 form e #15a", 7, ".6", "0.6"),
    ("B3 G4 form e #15b", 7, ".61", "0.61"),
    ("B1 G6 form e #11a", 7, "$10", "10"),
    ("B1 G6 form e #11b", 7, "$15", "15"),
    ("B1 G6 form e #11c", 7, "$25", "25"),
    ("B2 G6 form e #11a", 7, "$50", "50"),
    ("B2 G6 form e #11b", 7, "$75", "75"),
    ("B2 G6 form e #11c", 7, "$125", "125"),
    ("B3 G6 form e #11a", 7, "$80", "80"),
    ("B3 G6 form e #11b", 7, "$120", "120"),
    ("B3 G6 form e #11c", 7, "$200", "200"),
]

CASES: list[dict] = [
    _c(MAE, MAE_AT, gold, pred, True, False, _mae_why(mid, ex, pred, line))
    for mid, ex, gold, pred, line in _MAE_ROWS
]
CASES += [_c(GED, GED_LIB, gold, pred, True, ok, why) for gold, pred, ok, why in _GED_LIB_ROWS]
CASES += [_c(GED, GED_TEST, gold, pred, True, ok, why) for gold, pred, ok, why in _GED_TEST_ROWS]
CASES += [_c(MAPP, MAPP_TEST, gold, pred, True, ok, why) for gold, pred, ok, why in _MAPP_TEST_ROWS]
CASES += [
    _c(MAPP, MAPP_BANK, gold, pred, True, True, f"{step}: listed accepted form")
    for step, gold, pred in _MAPP_BANK_ROWS
]
CASES += [
    _c(ACAD, ACAD_AT, gold, pred, True, True, f"{item}: key method {method}, listed correct form")
    for item, method, gold, pred in _ACAD_ROWS
]

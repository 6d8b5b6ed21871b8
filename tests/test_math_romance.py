"""Numbers in Spanish, Portuguese, French and Italian words (judges/math/romance.py), the value words of
those languages after a number (judges/math/units.py), and a decimal finer than a rounded
reference (judges/math/fast.py), through the judge where a verdict is asked for. Each row:
input, expected."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge
from curate.judges.math.romance import romance_number

B = "</think>\\boxed{%s}"

WORDS = [
    # Spanish cardinals: hundreds as one word, `y` between tens and units, thousands, millions
    ("doscientos cincuenta y seis", "256"),
    ("Cien mil", "100000"),
    ("cuatrocientos treinta y dos mil quinientos veinticuatro", "432524"),
    ("tres mil millones", "3000000000"),
    ("tres mil veintitrés millones mil cuatrocientos treinta y dos", "3023001432"),
    # ... a Spanish billón is a million millions
    ("siete billones quinientos mil millones treinta y uno", "7500000000031"),
    # Portuguese: `e` between every part, feminine and masculine forms
    ("dois mil e vinte", "2020"),
    ("duzentas e trinta e duas", "232"),
    ("cento e vinte", "120"),
    # French: hyphens, `et`, twenty-based tens, `cent` as a multiplier
    ("quatre-vingt-dix-neuf", "99"),
    ("soixante-dix-sept", "77"),
    ("vingt et un", "21"),
    ("deux cent trois", "203"),
    ("mille deux cent quarante-trois", "1243"),
    ("quatre millions trois cent mille", "4300000"),
    # Italian: one word for the whole number, a tens word elided before `uno` and `otto`
    ("sette", "7"),
    ("trentadue", "32"),
    ("ventuno", "21"),
    ("ventitré", "23"),
    ("centottanta", "180"),
    ("duemilatrecento", "2300"),
    ("quattrocentomila", "400000"),
    ("tre quarti", "\\frac{3}{4}"),
    ("tre virgola cinque", "3.5"),
    ("meno sette", "-7"),
    # ... but the name Otto alone is no number, nor a word that only starts like one
    ("Otto", None),
    ("setter", None),
    ("center", None),
    # accents optional, any case
    ("Três", "3"),
    ("DIECISEIS", "16"),
    # a decimal comma in words: digits one by one, or one number after it
    ("cinq virgule cinq", "5.5"),
    ("dos coma cero cinco", "2.05"),
    ("trois cents virgule quatre deux", "300.42"),
    # fractions: an ordinal denominator, `-avos` glued, Portuguese `avos` after a number
    ("dos tercios", "\\frac{2}{3}"),
    ("trois quarts", "\\frac{3}{4}"),
    ("un quinceavo", "\\frac{1}{15}"),
    ("Treze oitenta e cinco avos", "\\frac{13}{85}"),
    ("deux cinquièmes", "\\frac{2}{5}"),
    # decimal places by name, with the whole part before them
    ("Tres Milésimas", "0.003"),
    ("Sete centésimos", "0.07"),
    ("Quince unidades y dos décimas", "15.2"),
    ("Una unidad, tres décimas", "1.3"),
    # a minus before the number
    ("menos cinco", "-5"),
    ("moins deux tiers", "-\\frac{2}{3}"),
    # English words with another meaning are not read alone; in a number they are
    ("once", None),
    ("cent", None),
    ("mil", None),
    ("cents", None),
    ("millions", None),
    ("once mil", "11000"),
    # no one number: two units in a row, a teen before a unit, a connector alone, a letter
    ("cinco seis", None),
    ("quince dos", None),
    ("dos millones tres millones", None),
    ("y", None),
    ("x", None),
    # money is not a fraction (`centavos`), nor a lone denominator
    ("dos centavos", None),
    ("tercio", None),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_romance_number(text: str, expected: str | None) -> None:
    assert romance_number(text) == expected


JUDGED = [
    # number words against digits, with a counted thing after them as after digits
    (B % "doscientos cincuenta y seis", "256", "correct", "equal_string"),
    (B % "cuatro perros", "4 perros", "correct", "equal_string"),
    (B % "Um quinze avos", "1/15", "correct", "equal_number"),
    (B % "trois quarts", "0.75", "correct", "equal_number"),
    (B % "cinq virgule cinq", "5.4", "incorrect", "different_number"),
    # a word that raises the number is no unit: never 7 for `7 elevado ao quadrado`
    (B % "sete elevado ao quadrado", "7", "incorrect", "not_equivalent"),
    (B % "7 elevado ao quadrado", "7", "incorrect", "not_equivalent"),
    (B % "3 cuartos", "3", "incorrect", "not_equivalent"),
    # ... English counted things and units stay as they were
    (B % "5 cubes", "5", "correct", "equal_string"),
    (B % "3 quarts", "3", "correct", "equal_string"),
    # decimal places by name after digits scale them, as `3 tenths` does
    (B % "50 centésimas", "5 décimas", "correct", "equal_number"),
    (B % "3 dixièmes", "0.3", "correct", "equal_string"),
    (B % "50 centésimas", "50", "incorrect", "different_number"),
    # Italian words and a chance in Italian, French and German words
    (B % "trentadue", "32 minuti", "correct", "equal_string"),
    (B % "1 su 4", "0,25", "correct", "equal_number"),
    (B % "3 sur 4", "0.75", "correct", "equal_number"),
    (B % "3 von 4", "0.5", "incorrect", "different_number"),
    # `once` alone is English: neither 11 nor 1
    (B % "once", "11", "incorrect", "not_equivalent"),
    # a decimal finer than a reference of three significant digits that rounds to it
    (B % "0.333333", "0.333", "correct", "equal_rounded"),
    (B % "0.0277777", "0.0278", "correct", "equal_rounded"),
    (B % "0.5549", "0.556", "incorrect", "different_number"),
    # ... against two places too (stop 44), never against one stated digit
    (B % "1.2345", "1.23", "correct", "equal_rounded"),
    (B % "0.000011", "0.00001", "incorrect", "different_number"),
    (B % "0.0011", "0.001", "incorrect", "different_number"),
    # ... nor a coarser decimal against a finer reference
    (B % "0.0278", "0.02777", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), JUDGED)
def test_fresh63_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)

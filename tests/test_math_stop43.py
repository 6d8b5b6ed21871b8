"""Forms met at stop 43: numbers in Russian, Ukrainian and Polish words as a whole answer, in any
case (`двумя тысячами`, `п'ятсот сорок`, `dwieście pięćdziesiąt sześć`), their fractions with an
ordinal denominator (`две третьих`, `dwie trzecie`), the fraction nouns (`половина`), a whole
part and a named fraction (`две целых пять десятых`), a decimal point in words (`trzy przecinek
czternaście`) and a half after `с`/`i` (`два с половиной`); and `pi` read as π only as a whole
word of any script (`pięć` holds no π). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"
T = "</think>%s"

CASES = [
    # Russian cardinals, nominative and oblique cases
    (B % "двести пятьдесят шесть", "256", "correct", "equal_string"),
    (B % "двумя тысячами", "2000", "correct", "equal_string"),
    (B % "тысяча девятьсот восемьдесят четыре", "1984", "correct", "equal_string"),
    (B % "семьюстами", "700", "correct", "equal_string"),
    (B % "три миллиона", "3000000", "correct", "equal_string"),
    # ... a different number stays wrong
    (B % "сорок два", "43", "incorrect", "different_number"),
    # ... and two units in a row are no number
    (B % "пять шесть", "11", "incorrect", "unparseable_answer"),
    # Ukrainian, with either apostrophe
    (B % "п'ятсот сорок", "540", "correct", "equal_string"),
    (B % "два мільйони", "2000000", "correct", "equal_string"),
    (B % "дві п’ятих", "0.4", "correct", "equal_number"),
    # fractions with an ordinal denominator, and the fraction nouns
    (B % "две третьих", "\\frac{2}{3}", "correct", "equal_string"),
    (B % "одна вторая", "0.5", "correct", "equal_number"),
    (B % "три четвёртых", "0.75", "correct", "equal_number"),
    (B % "половина", "1/2", "correct", "equal_number"),
    (B % "четверть", "1/2", "incorrect", "different_number"),
    # a whole part and a named fraction; one and a half; a half after `с`
    (B % "две целых пять десятых", "2.5", "correct", "equal_string"),
    (B % "нуль цілих сім сотих", "0.07", "correct", "equal_string"),
    (B % "полтора", "1.5", "correct", "equal_number"),
    (B % "два с половиной", "2.5", "correct", "equal_string"),
    # a minus in words
    (B % "минус пять", "-5", "correct", "equal_string"),
    (B % "минус пять", "5", "incorrect", "different_number"),
    # Polish cardinals (a word starting `pi` is no π), fractions and decimals
    (B % "dwieście pięćdziesiąt sześć", "256", "correct", "equal_string"),
    (B % "dwa tysiące dwadzieścia cztery", "2024", "correct", "equal_string"),
    (B % "dwie trzecie", "\\frac{2}{3}", "correct", "equal_string"),
    (B % "pięć setnych", "0.05", "correct", "equal_string"),
    (B % "trzy przecinek czternaście", "3.14", "correct", "equal_string"),
    (B % "dwa i pół", "2.5", "correct", "equal_string"),
    (B % "dwie całe i pięć dziesiątych", "2.5", "correct", "equal_string"),
    (B % "trzy czwarte", "0.8", "incorrect", "different_number"),
    # `pi` as a whole word is still π
    (B % "3pi/2", "\\frac{3\\pi}{2}", "correct", "equivalent"),
    (B % "pi_1", "\\pi_1", "correct", "equal_string"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_stop43_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)

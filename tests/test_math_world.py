"""Notations met in a twenty-ninth set of other projects' grader tests and hand-marked answers
(bench/equiv_fresh29_*): East Asian magnitudes after digits, currency signs and codes of more
countries, the degree mark 度, "answer" labels in more languages, an answer key that gives one
value in two forms, decimal bounds of inequalities, mixed numbers with a Japanese or Korean "and",
Arabic separators, Chinese degrees and minutes, dollars against cents, a unit against a percent,
a value stated after the answer phrase, a JSON answer field, an agent's `<final_answer>` tag and
the Chinese answer label `答：`, magnitude words of
other languages (`5 lakh`, `5 Mio.`). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # an adverb between "the answer is" and the value leaves the value (it was kept as a word)
    ("The answer is therefore $\\frac{1}{2}$.", "1/2", "correct", "equal_number"),
    ("The answer is simply 5.", "5", "correct", "equal_string"),
    ("The answer is definitely not 5.", "5", "incorrect", "not_equivalent"),
    # a doubt in an earlier clause, turned by "but now", is no doubt of the value
    ("Maybe I erred before, but now the answer is 5.", "5", "correct", "equal_string"),
    # "were" without "if", and words after the box that do not take it back, leave the answer
    ("Therefore, there were \\(\\boxed{6}\\) matches.", "6", "correct", "equal_string"),
    ("The answer is $\\boxed{5}$, which is not $6$.", "5", "correct", "equal_string"),
    # two large exact values that agree at every digit are equal (the check at 120 digits)
    (B % "(\\sqrt{2}+1)^{60}", "(3+2\\sqrt2)^{30}", "correct", "equivalent"),
    # a lone C or F names a temperature scale when the other side is a temperature too
    (B % "32 F", "0 C", "correct", "equal_string"),
    (B % "0 K", "-273.15 C", "correct", "equal_string"),
    (B % "5 F", "5 C", "incorrect", "different_number"),
    # "per cent", in two words, is a percentage (it was read as one per cent coin)
    (B % "5 per cent", "0.05", "correct", "equal_number"),
    # "more ... than" inside a sentence that states the value is no bound
    (
        "She has 5 more apples than Tom. The answer is 5 more apples than Tom has.",
        "5",
        "correct",
        "equal_string",
    ),
    # a noun "guess" is no doubt (a guessing game's average guess)
    ("The average guess is 43.75.", "43.75", "correct", "equal_string"),
    # the same statements without the negation or the doubt are the answer
    ("La respuesta es 5.", "5", "correct", "equal_string"),
    ("答えは5です。", "5", "correct", "equal_string"),
    ("답은 5입니다.", "5", "correct", "equal_string"),
    ("答案是5个苹果", "5", "correct", "equal_string"),
    # two currencies: no exchange rate, so no verdict (a sign shared by several stands for all)
    (B % "€5", "\\$5", "unknown", "unknown_unit"),
    (B % "5 yen", "5 yuan", "unknown", "unknown_unit"),
    (B % "¥5", "5元", "correct", "equal_string"),
    (B % "\\$1,500", "1500 USD", "correct", "equal_string"),
    # words after a value in Chinese, Japanese or Korean are dropped (a counter, a copula) ...
    (B % "5个", "5", "correct", "equal_string"),
    (B % "5입니다", "5", "correct", "equal_string"),
    # ... unless they bound it: "5 or more", "over 5", "5 or less", "under 5" are no answer
    (B % "5以上", "5", "incorrect", "unparseable_answer"),
    (B % "5多", "5", "incorrect", "unparseable_answer"),
    (B % "5 이하", "5", "incorrect", "unparseable_answer"),
    (B % "5未満", "5", "incorrect", "unparseable_answer"),
    # magnitude words of other languages and abbreviations scale the number, never dropped as a
    # unit (each of these was a wrong `correct` against the bare number)
    (B % "5 lakh", "500000", "correct", "equal_string"),
    (B % "5 lakh", "5", "incorrect", "different_number"),
    (B % "5 Mio.", "5000000", "correct", "equal_string"),
    (B % "5 тыс.", "5", "incorrect", "different_number"),
    (B % "5 juta", "5000000", "correct", "equal_string"),
    (B % "5 हज़ार", "5000", "correct", "equal_string"),
    (B % "5 tenths", "0.5", "correct", "equal_string"),
    (B % "5 millones", "5", "incorrect", "different_number"),
    # ... while a plural noun that only starts like one is a counted noun (`bin` is Turkish 1000)
    (B % "5 bins", "5", "correct", "equal_string"),
    # ... and a word with two readings is no unit and no scale
    (B % "5 thou", "5", "incorrect", "not_equivalent"),
    # an agent framework's `<final_answer>` tag holds the answer, as `<answer>` does
    ("<final_answer>391</final_answer>", "391", "correct", "equal_string"),
    # a Chinese school answer's label `答：` (in the answer and in the reference)
    ("答：12", "12", "correct", "equal_string"),
    (B % "12", "答：12", "correct", "equal_string"),
    # a magnitude after digits scales the number (`3万` is 30000, as `3 million` is 3000000) ...
    (B % "3万", "30000", "correct", "equal_string"),
    (B % "1.5万元", "15000", "correct", "equal_string"),
    (B % "1.5만원", "15,000원", "correct", "equal_string"),
    (B % "15000元", "1.5万", "correct", "equal_string"),
    (B % "1억 2천만", "120000000", "correct", "equal_string"),
    (B % "1万2千", "12000", "correct", "equal_string"),
    # ... so it is never the bare number (this was a wrong `correct`)
    (B % "3万", "3", "incorrect", "different_number"),
    (B % "2亿", "2", "incorrect", "different_number"),
    # ... but 千 before a unit is the unit's prefix: `3千克` is 3 kg
    (B % "3千克", "3", "correct", "equal_string"),
    # a currency sign or code of more countries carries no value
    (B % "₩1,500", "1,500원", "correct", "equal_string"),
    (B % "₺50", "50", "correct", "equal_string"),
    (B % "KRW 500", "500", "correct", "equal_string"),
    (B % "45¢", "45", "correct", "equal_string"),
    (B % "BRL 12,50", "12.5", "correct", "equal_number"),
    # ... a code only next to a number: `CAD` alone is a word (an angle's name)
    (B % "CAD", "cad", "correct", "equal_text"),
    # 度 and a glued `deg` mark degrees, which equal radians
    (B % "180度", "\\pi", "correct", "equivalent"),
    (B % "30deg", "\\frac{\\pi}{6}", "correct", "equivalent"),
    (B % "45度", "\\frac{\\pi}{6}", "incorrect", "not_equivalent"),
    # "answer" as a line label in Turkish, Polish, Finnish
    ("Cevap: 12,5 TL", "12.5", "correct", "equal_string"),
    ("Odpowiedź: 5", "5", "correct", "equal_string"),
    ("Vastaus: 8", "9", "incorrect", "different_number"),
    # an answer key giving one value in two forms (exact, and a decimal it rounds to)
    (B % "2/3", "2/3 或 0.67", "correct", "equal_string"),
    (B % "0.67", "2/3 或 0.67", "correct", "equal_rounded"),
    (B % "2/3", "\\frac{2}{3} \\text{ or } 0.67", "correct", "equal_number"),
    (B % "0.5", "1/2 or 0.5", "correct", "equal_number"),
    # ... a wrong value is still wrong
    (B % "0.6", "2/3 或 0.67", "incorrect", "different_number"),
    # ... two different values are two answers, not two forms
    (B % "2", "2 or -2", "incorrect", "different_structure"),
    (B % "0.5", "1/2 or 0.7", "incorrect", "different_structure"),
    # a decimal bound of an inequality states its precision as a decimal answer does
    (B % "x \\le 1.047", "x \\le \\frac{\\pi}{3}", "correct", "equal_within_tolerance"),
    (B % "x>1.41 \\text{ or } x<-1.41", "|x|>\\sqrt{2}", "correct", "equal_within_tolerance"),
    (
        B % "1.41 \\le x \\le 3.14",
        "\\sqrt{2} \\le x \\le \\pi",
        "correct",
        "equal_within_tolerance",
    ),
    # ... not another bound, nor another kind of end, nor a single decimal place
    (B % "x \\ge 1.5", "x \\ge \\sqrt{2}", "incorrect", "not_equivalent"),
    (B % "x < 1.047", "x \\le \\frac{\\pi}{3}", "incorrect", "not_equivalent"),
    (B % "x>1.4 \\text{ or } x<-1.4", "|x|>\\sqrt{2}", "incorrect", "not_equivalent"),
    # "and" in a mixed number in Japanese and Korean, as 又 in Chinese
    (B % "1と1/2", "3/2", "correct", "equal_number"),
    (B % "2와 1/3", "7/3", "correct", "equal_number"),
    (B % "5과3/5", "28/5", "correct", "equal_number"),
    (B % "1과 1/3", "7/3", "incorrect", "different_number"),
    # Arabic-Indic digits with the Arabic decimal and thousands separators
    (B % "١٢٫٥", "12.5", "correct", "equal_string"),
    (B % "١٬٠٩٩", "1099", "correct", "equal_string"),
    # degrees and minutes in Chinese
    (B % "36度15分", "36°15'", "correct", "equal_string"),
    (B % "36度15分", "36.25", "correct", "equal_number"),
    (B % "36度15分", "36.15", "incorrect", "different_number"),
    # a leading equals sign: the value after it
    (B % "=7", "x = 7", "correct", "equal_string"),
    # dollars and cents are one kind of unit, a hundred apart
    (B % "15 dollars", "1500 cents", "correct", "equal_number"),
    (B % "50 cents", "\\$0.50", "correct", "equal_number"),
    (B % "\\$5", "5 ft", "incorrect", "different_unit"),
    # a unit is no percent; a percent inside a computation with units is read as one
    (B % "8 kg", "8 percent", "incorrect", "different_unit"),
    (B % "5\\% \\cdot 8 kg", "0.4 kg", "correct", "equal_number"),
    # a JSON object's answer field is the answer (a calculation list before it is working)
    (
        '{"calculations": [{"expression": "12 * 5", "result": "61"}], "final_answer": "60"}',
        "60",
        "correct",
        "equal_string",
    ),
    ('{"final_answer": "0.75"}', "3/4", "correct", "equal_number"),
    ('{"answer": 42}', "41", "incorrect", "different_number"),
    # ... and an answer tag after it still wins, as the last marker does
    ('{"answer": "7"} and <answer>8</answer>', "8", "correct", "equal_string"),
    # a later statement of the same value after the answer phrase is no second candidate
    ("The answer is 110. That is, 110 apples.", "110", "correct", "equal_string"),
    ("The final answer is 42. This is because 6 times 7 is 42.", "42", "correct", "equal_string"),
    # infinity spelled out as a command; a quotient and remainder with the one-character ellipsis
    (B % "[-\\infty,0]\\cup[0,\\infty]", "[-\\infinity,\\infinity]", "correct", "equivalent"),
    (B % "14…3", "14...3", "correct", "equal_string"),
    # ... another remainder is another answer (the reference is no number: unknown, never correct)
    (B % "14…3", "14...4", "incorrect", "different_element"),
    # a quotient and its remainder, in the notations of several school systems, is an ordered pair
    (B % "6余2", "6……2", "correct", "equal_string"),
    (B % "14 R 3", "14 remainder 3", "correct", "equal_string"),
    (B % "30 ÷ 4 = 7 R 2", "7...2", "correct", "equal_string"),
    (B % "3, 14", "14 R 3", "incorrect", "different_element"),  # the order matters
    (B % "14", "14 R 3", "incorrect", "different_structure"),  # the remainder is missing
    # every real number in words, perhaps less some numbers
    (B % "\\text{all real numbers}", "(-\\infty,\\infty)", "correct", "equivalent"),
    (
        B % "all real numbers except -1 and 1",
        "\\mathbb{R}\\setminus\\{-1,1\\}",
        "correct",
        "equal_string",
    ),
    (B % "all real numbers", "(0,\\infty)", "incorrect", "not_equivalent"),
    (
        B % "all real numbers except 2",
        "\\mathbb{R}\\setminus\\{3\\}",
        "incorrect",
        "not_equivalent",
    ),
    # a set less another, written with a backslash or a minus sign
    (B % "\\mathbb{R}\\backslash\\{0\\}", "(-\\infty,0)\\cup(0,\\infty)", "correct", "equivalent"),
    (B % "\\mathbb{R}-\\{0\\}", "(-\\infty,0)\\cup(0,\\infty)", "correct", "equivalent"),
    # ... the reals less an interval, the reals written as a capital R after "in"
    (B % "x\\in R - [2, 5]", "x<2 \\text{ or } x>5", "correct", "equivalent"),
    # the cent sign is the unit cent
    (B % "127¢", "$1.27", "correct", "equal_number"),
    (B % "50¢", "\\$5", "incorrect", "different_number"),
    # a spelled times after a bracket (and a false computation against its stated result)
    (B % "(9+4) x 2", "26", "correct", "equal_number"),
    (B % "9 + 4 x 2 = 26", "26", "incorrect", "false_equation"),
    # an excluded value inside a set is the set's condition, not a side condition to drop
    (B % "\\{x : x \\neq 2\\}", "(-\\infty,2)\\cup(2,\\infty)", "correct", "equivalent"),
    (B % "x \\in \\mathbb{R}, x \\neq 2", "(-\\infty,2)\\cup(2,\\infty)", "correct", "equivalent"),
    (B % "x \\in \\mathbb{R}, x \\neq 2", "x \\neq 3", "incorrect", "not_equivalent"),
    # ... while a value's side condition still goes (`x + 1` for x other than 1)
    (B % "x+1, x \\neq 1", "x+1", "correct", "equal_string"),
    # Mathematica's scientific notation
    (B % "1.602*^-19", "1.602\\times10^{-19}", "correct", "equal_number"),
    (B % "1.602*^-19", "1.602\\times10^{-18}", "incorrect", "different_number"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_answer_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)

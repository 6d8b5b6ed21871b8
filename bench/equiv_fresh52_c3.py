"""equiv_fresh52_c2, continued (last part): more cases of the sources that bench/equiv_fresh52_c.py and bench/equiv_fresh52_c2.py name (pages, URLs and what was left out are in their docstrings)."""

from __future__ import annotations

from bench.equiv_fresh52_c2 import (
    S50,
    S50_AT,
    S51,
    S51_AT,
    S52,
    S52_AT,
    S53,
    S53_AT,
    S54,
    S54_AT,
    S55,
    S55_AT,
    S56,
    S56_AT,
    S57,
    S57_AT,
    S58,
    S58_AT,
    S59,
    S59_AT,
    S60,
    S60_AT,
    S61,
    S61_AT,
    S62,
    S62_AT,
    _c,
)

CASES: list[dict[str, object]] = []
CASES += [
    # ln(x+1) = 1 (the page's e-1 is e minus 1)
    _c(
        S50,
        S50_AT,
        gold=r"x=e-1",
        pred=r"x=1.71828182846",
        wrap=True,
        expected=True,
        why='"Answer: x=e-1 is the exact answer and x=1.71828182846 is an approximate answer."',
    ),
    # log base 2 of 7 by change of base
    _c(
        S51,
        S51_AT,
        gold=r"ln(7)/ln(2)",
        pred=r"log((7))/log((2))",
        wrap=True,
        expected=True,
        why='tutor jsmallt9: base 10 log((7))/log((2)) or base e ln(7)/ln(2): "If you actually '
        "calculate both of these expressions you will find, believe it or not, that they are "
        'equal!"',
    ),
    # log(x, 2) = 2 (base x)
    _c(
        S52,
        S52_AT,
        gold=r"x = sqrt(2)",
        pred=r"x = -sqrt(2)",
        wrap=True,
        expected=False,
        why="tutor: x^2 = 2, x = sqrt(2) answer and x = -sqrt(2) not answer (a base cannot be "
        "negative)",
    ),
    # $3200 at 7.25% continuously for 12 years
    _c(
        S53,
        S53_AT,
        gold=r"$7638.11",
        pred=r"3200e^{(0.0725*12)}",
        wrap=True,
        expected=True,
        why='helper: "3200*e^(12*.0725) Use the "e" button and you get $7638.11"',
    ),
    _c(
        S53,
        S53_AT,
        gold=r"$7638.11",
        pred=r"7617.86",
        wrap=True,
        expected=False,
        why='asker\'s 7617.86 from 2.71 in place of e: "it said it was wrong"; helper: "it makes a '
        'big difference"',
    ),
    # $9000 at 4% continuously for 3 years
    _c(
        S54,
        S54_AT,
        gold=r"$10,147.47",
        pred=r"9000e^.12",
        wrap=True,
        expected=True,
        why="tutor Raymond B.: A = 9000e^.04(3) = 9000e^.12 = $10,147.47",
    ),
    # $4000 at 7% continuously for 8 years, e taken as 2.7183 by the question
    _c(
        S55,
        S55_AT,
        gold=r"A=7002.72",
        pred=r"A=4,000*2.7183^(.07*8)",
        wrap=True,
        expected=True,
        why="tutor: A=4,000*2.7183^(.07*8) = 4,000*1.750679 = 7002.72 (the question fixes e as "
        "2.7183)",
    ),
    # log_3 x + log_3(x + 2) = 1
    _c(
        S56,
        S56_AT,
        gold=r"x = 1",
        pred=r"x = +1 & -3",
        wrap=True,
        expected=False,
        why='asker x = +1 & -3; tutor: "-3 is an extraneous solution -- throw it out leaving: x = 1"',
    ),
    # logx = 1 - log(x-3)
    _c(
        S57,
        S57_AT,
        gold=r"x = 5",
        pred=r"x = {-2,5}",
        wrap=True,
        expected=False,
        why='tutor: x = {-2,5}, "We can toss out the -2 ... extraneous solution ... So, we conclude: '
        'x = 5"',
    ),
    # 5^x = 3^(x+1)
    _c(
        S58,
        S58_AT,
        gold=r"x = \dfrac{\ln(3)}{\ln(5)-\ln(3)}",
        pred=r"\dfrac{\ln(3)}{\ln\left(\frac 5 3\right)}",
        wrap=True,
        expected=True,
        why=r"reply: x = \dfrac{\ln(3)}{\ln(5)-\ln(3)} = \dfrac{\ln(3)}{\ln\left(\frac 5 3\right)}; "
        "the asker thanks",
    ),
    _c(
        S62,
        S62_AT,
        gold=r"x=2.150660103",
        pred=r"x=ln(3)/(ln(5)-ln(3))",
        wrap=True,
        expected=True,
        why="tutor Edwin: x=ln(3)/(ln(5)-ln(3)), x=2.150660103",
    ),
    _c(
        S62,
        S62_AT,
        gold=r"x=2.150660103",
        pred=r"x=1.098612289/(.5108256238)",
        wrap=True,
        expected=True,
        why="tutor Edwin: x=1.098612289/(.5108256238), x=2.150660103",
    ),
    # 2 * 5^x = 3^(x+1)
    _c(
        S59,
        S59_AT,
        gold=r"x = (log3-log2)/(log5-log3)",
        pred=r"x = log(3/2)/log(5/3)",
        wrap=True,
        expected=True,
        why='answer: x = (log3-log2)/(log5-log3) "or, if you prefer," x = log(3/2)/log(5/3)',
    ),
    # 5^2x = 3^(x+1)
    _c(
        S60,
        S60_AT,
        gold=r"x = .5181489...",
        pred=r"x = log3/(2log5 - log3)",
        wrap=True,
        expected=True,
        why="tutor: x = log3/(2log5 - log3), x = .5181489...",
    ),
    # 5^x = 3^(x+2) (a copy of a Socratic answer)
    _c(
        S61,
        S61_AT,
        gold=r"x~~4.301",
        pred=r"x=(2ln(3))/(ln(5)-ln(3))",
        wrap=True,
        expected=True,
        why="answer: x=(2ln(3))/(ln(5)-ln(3)), x~~4.301 3.d.p. (AsciiMath ~~ is approximately; "
        "the color(white)(88) spacer dropped)",
    ),
]
S63 = "socratic.org"
S63_AT = "https://socratic.org/questions/how-do-you-expand-ln-sqrt-xy-2-z"
S64 = "socratic.com"
S64_AT = "https://socratic.com/answers/292260"
S65 = "vespr.org"
S65_AT = "https://vespr.org/questions/how-do-you-expand-ln-sqrt-ex-2-y-3"

CASES += [
    # expand ln(sqrt((xy^2)/z))
    _c(
        S63,
        S63_AT,
        gold=r"1/2(lnx + lny^2 - lnz)",
        pred=r"1/2ln((xy^2)/z)",
        wrap=True,
        expected=True,
        why="answer's chain: = 1/2ln((xy^2)/z) = 1/2(lnxy^2 - lnz) = 1/2(lnx + lny^2 - lnz)",
    ),
    _c(
        S63,
        S63_AT,
        gold=r"1/2(lnx + lny^2 - lnz)",
        pred=r"1/2(lnxy^2 - lnz)",
        wrap=True,
        expected=True,
        why="answer's chain, as above",
    ),
    # expand ln sqrt(x^3/y^2) (Socratic's # delimiters dropped)
    _c(
        S64,
        S64_AT,
        gold=r"3/2*ln x - lny",
        pred=r"ln x^(3/2) - ln y",
        wrap=True,
        expected=True,
        why="answer: ln x^(3/2) - ln y ... then we have: 3/2*ln x - lny",
    ),
    _c(
        S64,
        S64_AT,
        gold=r"3/2*ln x - lny",
        pred=r"ln (x^(3/2)/y^(2/2))",
        wrap=True,
        expected=True,
        why="answer: ln sqrt(x^3/y^2) ... or ln (x^(3/2)/y^(2/2)), final 3/2*ln x - lny",
    ),
    # expand ln(sqrt(ex^2)/y^3) (a copy of a Socratic answer)
    _c(
        S65,
        S65_AT,
        gold=r"1/2+lnx-3lny",
        pred=r"1/2 (1+2lnx)-3lny",
        wrap=True,
        expected=True,
        why="answer's chain: =1/2 (lne+ln (x^2))-3lny =1/2 (1+2lnx)-3lny =1/2+lnx-3lny",
    ),
    _c(
        S65,
        S65_AT,
        gold=r"1/2+lnx-3lny",
        pred=r"1/2ln (ex^2)-3lny",
        wrap=True,
        expected=True,
        why="answer's chain, as above",
    ),
]

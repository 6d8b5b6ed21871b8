r"""fresh93_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh93_b.py
names (imathworks.com, socratic.org and vhcc2.vhcc.edu pages), under the same rules of
transcription; see that module's docstring. On the vhcc2 pages the course's given solution is the
reference; a student's typed answer is taken as the pred only where it gives one final answer, and
it is read as equal where it has the given solution's value and no self-critique or instructor
remark says otherwise. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh93_b import (
    IMW,
    IMW_3DICE,
    IMW_COLORS,
    IMW_RBY,
    SOC,
    SOC_2SUCC,
    SOC_DIFF,
    VHCC,
    VHCC_0610,
    VHCC_121,
    VHCC_A2,
    VHCC_A7,
    VHCC_A8,
    VHCC_OQA6,
    VHCC_Q9,
    VHCC_QA9,
    VHCC_W4,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # imathworks: same number on exactly two of three dice, the asker's product checked
    _c(
        IMW,
        IMW_3DICE,
        gold=r"\frac{5}{12}",
        pred=r"3 \cdot \left(1 \cdot\frac{1}{6} \cdot \frac{5}{6}\right)",
        wrap=True,
        expected=True,
        why="asker: '3 \\cdot \\left(1 \\cdot\\frac{1}{6} \\cdot \\frac{5}{6}\\right)="
        "\\frac{5}{12}' 'Did I do this correctly?'; reply's check gives the same 5/12",
    ),
    _c(
        IMW,
        IMW_3DICE,
        gold=r"\frac{5}{12}",
        pred=r"\frac{90}{216}",
        wrap=True,
        expected=True,
        why="reply: 'As a check ... giving a probability of $\\frac{90}{216}=\\frac{5}{12}$'",
    ),
    # imathworks: 1, 3 and 5 in any colour combination on three dice
    _c(
        IMW,
        IMW_COLORS,
        gold=r"1/36",
        pred=r"(1/6)^9",
        wrap=True,
        expected=False,
        why="'thus $P=(1/6)^9$ but its not the correct answer. On the contrary, the right answer "
        "is $P=6(1/216)=1/36$'",
    ),
    _c(
        IMW,
        IMW_COLORS,
        gold=r"1/36",
        pred=r"6(1/216)",
        wrap=True,
        expected=True,
        why="'the right answer is $P=6(1/216)=1/36$'",
    ),
    # imathworks: P(B < Y < R) for a blue, a yellow and a red die
    _c(
        IMW,
        IMW_RBY,
        gold=r"\frac{5}{54}",
        pred=r"\frac{\binom{6}{3}}{6^3}",
        wrap=True,
        expected=True,
        why="best answer: '$$\\frac{\\binom{6}{3}}{6^3} = \\frac{20}{216} = \\frac{5}{54}$$'",
    ),
    _c(
        IMW,
        IMW_RBY,
        gold=r"\frac{5}{54}",
        pred=r"\frac{20}{216}",
        wrap=True,
        expected=True,
        why="best answer: '\\frac{\\binom{6}{3}}{6^3} = \\frac{20}{216} = \\frac{5}{54}'",
    ),
    _c(
        IMW,
        IMW_RBY,
        gold=r"\frac{5}{54}",
        pred=r"\frac{5}{9} \cdot \frac{1}{6}",
        wrap=True,
        expected=True,
        why="asker: 'P(F) = P(E) \\cdot P(B < Y < R|E) = \\frac{5}{9} \\cdot \\frac{1}{6} = "
        "\\frac{5}{54}'; the answer reaches the same 5/54 another way",
    ),
    # socratic: a different number on all three dice
    _c(
        SOC,
        SOC_DIFF,
        gold=r"5/9",
        pred=r"5/6 * 2/3",
        wrap=True,
        expected=True,
        why="answer '#5/9#'; '#5/6 * 2/3 = 10/18 = 5/9#'",
    ),
    _c(
        SOC,
        SOC_DIFF,
        gold=r"5/9",
        pred=r"120/216",
        wrap=True,
        expected=True,
        why="Alternative method: '#120/216 = (5 * ...24)/(9 * ...24) = 5/9#'",
    ),
    # socratic: exactly two 4's in three rolls
    _c(
        SOC,
        SOC_2SUCC,
        gold=r"\frac{5}{72}",
        pred=r"\frac{15}{216}",
        wrap=True,
        expected=True,
        why="'P(2 successes) = \\frac{5}{72}'; chain '= \\frac{15}{216} = \\frac{5}{72}'",
    ),
    _c(
        SOC,
        SOC_2SUCC,
        gold=r"\frac{5}{72}",
        pred=r"3 \cdot \frac{5}{6} \frac{1}{6} \frac{1}{6}",
        wrap=True,
        expected=True,
        why="chain '= 3 \\cdot \\frac{5}{6} \\frac{1}{6} \\frac{1}{6} = \\frac{15}{216} = "
        "\\frac{5}{72}'",
    ),
    # vhcc2 10-04-2009 Assignment_7: total greater than 4 on two dice; its odds
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5/6",
        pred=r"30 / 36",
        wrap=True,
        expected=True,
        why="given solution: 'the probability of obtaining a result greater than 4 is 30 / 36 = "
        "5/6 or .833... or 83.33... %'",
    ),
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5/6",
        pred=r".833...",
        wrap=True,
        expected=True,
        why="given solution: '30 / 36 = 5/6 or .833... or 83.33... %'",
    ),
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5/6",
        pred=r"83.33... %",
        wrap=True,
        expected=True,
        why="given solution: '30 / 36 = 5/6 or .833... or 83.33... %'",
    ),
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5 to 1",
        pred=r"30 to 6",
        wrap=True,
        expected=True,
        why="given solution: 'the odds ... are 30 to 6, which reduces to 5 to 1'",
    ),
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5 to 1",
        pred=r"5 : 1",
        wrap=True,
        expected=True,
        why="given solution: 'These odds can also be expressed as 30 : 6 or 5 : 1.'",
    ),
    _c(
        VHCC,
        VHCC_A7,
        gold=r"5 to 1",
        pred=r"30 : 6",
        wrap=True,
        expected=True,
        why="given solution: 'These odds can also be expressed as 30 : 6 or 5 : 1.'",
    ),
    # vhcc2 10-04-2009 Assignment_8 and 06-26-2007 Week_4: Jack or Queen of Diamonds
    # given a red face card
    _c(
        VHCC,
        VHCC_A8,
        gold=r"1/3",
        pred=r"2 / 6",
        wrap=True,
        expected=True,
        why="given solution: 'The probability that the card is one of the two specified cards is "
        "therefore 2 / 6 = 1/3.'",
    ),
    _c(
        VHCC,
        VHCC_A8,
        gold=r"1/3",
        pred=r"1/26 / ( 3/26)",
        wrap=True,
        expected=True,
        why="given solution: 'we get 1/26 / ( 3/26) = 1/26 * 26/3 = 1/3'",
    ),
    _c(
        VHCC,
        VHCC_A8,
        gold=r"3/26",
        pred=r"6 / 52",
        wrap=True,
        expected=True,
        why="given solution: 'the probability that a card is a red face card is 6 / 52 = 3/26'",
    ),
    _c(
        VHCC,
        VHCC_W4,
        gold=r"1/3",
        pred=r"1 / 3",
        wrap=True,
        expected=True,
        why="student 'RESPONSE --> 1 / 3'; given solution '2 / 6 = 1/3'; student then 'Ok.'",
    ),
    # vhcc2 07-24-2014 Query_9: exactly two heads in three flips
    _c(
        VHCC,
        VHCC_Q9,
        gold=r"3/8",
        pred=r"C(3,2) / 2^3",
        wrap=True,
        expected=True,
        why="given solution: 'so the probability is C(3,2) / 2^3 = 3/8'",
    ),
    # vhcc2 07-21-2013 MTH152-QA9: two dice rolls
    _c(
        VHCC,
        VHCC_QA9,
        gold=r"1/36",
        pred=r"1/6 * 1/6",
        wrap=True,
        expected=True,
        why="given solution: 'the probability of obtaining two 3's is 1/6 * 1/6 = 1/36'",
    ),
    _c(
        VHCC,
        VHCC_QA9,
        gold=r"5/72",
        pred=r"3 * 5/216",
        wrap=True,
        expected=True,
        why="given solution: 'Probability of exactly two 3's on three rolls = 3 * 5/216 = "
        "15/216 = 5/72'",
    ),
    # vhcc2 query 11.2.12: 10! / [ 4! (10-4)! ] without calculator is 210
    _c(
        VHCC,
        VHCC_A2,
        gold=r"210",
        pred=r"10! / [ 4! (10-4)! ]",
        wrap=True,
        expected=True,
        why="'find 10! / [ 4! (10-4)! ] without calculator'; given solution ends '5 * 3 * 2 * 7 = "
        "210'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"210",
        pred=r"3628800/17280",
        wrap=True,
        expected=True,
        why="student 'Your Solution: 3628800/17280 = 210'; given solution '= 210'",
    ),
    _c(
        VHCC,
        VHCC_0610,
        gold=r"210",
        pred=r"25 R4",
        wrap=True,
        expected=False,
        why="student '10*9*8*7/4*3*2*1 4940/24 25 R4'; given solution '5 * 3 * 2 * 7 = 210'",
    ),
    # vhcc2 11-06-2013 121 and 10-19-2013 Open_QA_6: counting hands
    _c(
        VHCC,
        VHCC_121,
        gold=r"C(4,2) * C(48, 3)",
        pred=r"I believe you would multiply 4C2 and 48C3 to find the number of ways using the "
        r"fundamental counting principal.",
        wrap=False,
        expected=True,
        why="exactly two 5's: student's solution; given solution 'there are C(4,2) * C(48, 3) "
        "ways to obtain exactly two 5's'",
    ),
    _c(
        VHCC,
        VHCC_OQA6,
        gold=r"C(4, 2) * C(4, 2) * 44",
        pred=r"c(4,2)*C(4,2)*44",
        wrap=True,
        expected=True,
        why="two 5's and two 9's: student 'c(4,2)*C(4,2)*44'; given 'The total number of "
        "possible ways is therefore C(4, 2) * C(4, 2) * 44.'",
    ),
]

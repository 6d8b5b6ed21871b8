r"""fresh60_d, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh60_d.py
names (binary with and without leading zeros or spaces, hexadecimal with and without 0x, a two's
complement quiz, currents in A, mA and µA, ohms and kilohms, a mark scheme's mA and A), with the
same conventions; see that module's docstring for sources, rules and totals. Do not tune the judge
on these cases."""

from __future__ import annotations

from bench.equiv_fresh60_d import (
    DRC,
    DRC_HEX,
    EEM,
    EEM_RCC,
    GDT,
    GDT_160,
    KFU,
    KFU_Q8F1,
    KFU_Q8F4,
    PCO,
    PCO_NC,
    PF,
    PF_405,
    PLX,
    PLX_OHM,
    TQA,
    TQA_401,
    UCS,
    UCS_8,
    WJE,
    WJE_04,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # pconrad cs16 exam review: leading zeros and spacing do not change a binary answer
    _c(
        PCO,
        PCO_NC,
        gold=r"0101",
        pred=r"101",
        wrap=True,
        expected=True,
        why='\'"leading zeros" and "spacing" do not affect the correctness of your answers ... In '
        "binary, 0101 and 101 are the same number.'",
    ),
    _c(
        PCO,
        PCO_NC,
        gold=r"0010 0011",
        pred=r"0100011",
        wrap=True,
        expected=True,
        why="'In binary 0010 0011, 0100011, and 100 011 are all the same number.'",
    ),
    _c(
        PCO,
        PCO_NC,
        gold=r"0010 0011",
        pred=r"100 011",
        wrap=True,
        expected=True,
        why="'In binary 0010 0011, 0100011, and 100 011 are all the same number.'",
    ),
    # gamedev.tv 160654: binary of 162 written in nibbles
    _c(
        GDT,
        GDT_160,
        gold=r"10100010",
        pred=r"1010 0010",
        wrap=True,
        expected=True,
        why="'For your example of 162 = 10100010 ... you could add some spaces and write it as 1010 "
        "0010'",
    ),
    # techqa 4017156: the book's binary for "A" against the tool's
    _c(
        TQA,
        TQA_401,
        gold=r"1000001",
        pred=r"01000001",
        wrap=True,
        expected=True,
        why='\'The binary ... for "A" is: 01000001 but as per the book "1000001"\' -- accepted '
        "answer: 'I think both answers are correct.'",
    ),
    _c(
        TQA,
        TQA_401,
        gold=r"100",
        pred=r"0100",
        wrap=True,
        expected=True,
        why="accepted answer: 'Adding zeros on the left side of a number does not change the number. "
        'For example, the numbers "0100" and "100" are same.\'',
    ),
    # KFUPM COE043 quiz 3, question 8: 10111 in two's complement (q8f2: "2 is CORRECT ... -9")
    _c(
        KFU,
        KFU_Q8F1,
        gold=r"-9",
        pred=r"-23",
        wrap=True,
        expected=False,
        why="q8f1: '1 is WRONG. Since +23 = 010111 ..., how can -23 = 10111?'; q8f2: '2 is CORRECT "
        "... Conclusion: 10111 = -9'",
    ),
    _c(
        KFU,
        KFU_Q8F4,
        gold=r"-9",
        pred=r"+22",
        wrap=True,
        expected=False,
        why="q8f4 (options -23, -9, -7, +22, +7): '4 is WRONG. Note that the leading bit is a 1.'; "
        "q8f2: 'Conclusion: 10111 = -9'",
    ),
    # DrCS hexquizzer: the assignment's sample run grades answers for decimal 13
    _c(
        DRC,
        DRC_HEX,
        gold=r"0xd",
        pred=r"D",
        wrap=True,
        expected=True,
        why="sample run: 'What is the hexadecimal representation of decimal 13? D Correct!' (after "
        "'Decimal 13 is hexadecimal 0xd.')",
    ),
    _c(
        DRC,
        DRC_HEX,
        gold=r"0xd",
        pred=r"C",
        wrap=True,
        expected=False,
        why="sample run: 'What is the hexadecimal representation of decimal 13? C Incorrect.  Decimal "
        "13 is hexadecimal 0xd.'",
    ),
    # physicsforums 40575: octal 173 to hex
    _c(
        PF,
        PF_405,
        gold=r"7B",
        pred=r"1013",
        wrap=True,
        expected=False,
        why="'answer 1013 hex = 4115 dec. WRONG answer should be 7B Hex'",
    ),
    # UCSC CMPE 80N: a 3-digit hex answer with or without the programmer's prefix
    _c(
        UCS,
        UCS_8,
        gold=r"02B",
        pred=r"0x02B",
        wrap=True,
        expected=True,
        why="'3 digit hex, so you can write: 02B (since the answer SPECIFIES hex, you dont need any "
        "extra delimiters) 0x02B (programmer version of hex)'",
    ),
    # parallax Ohm's law solutions: a current in A, mA and µA
    _c(
        PLX,
        PLX_OHM,
        gold=r"0.65 mA",
        pred=r"0.00065 A",
        wrap=True,
        expected=True,
        why="'Answer: I = V / R = 1.3 / 2000 = 0.00065 A = 0.65 mA or 650 µA'",
    ),
    _c(
        PLX,
        PLX_OHM,
        gold=r"0.65 mA",
        pred=r"650 µA",
        wrap=True,
        expected=True,
        why="'Answer: I = V / R = 1.3 / 2000 = 0.00065 A = 0.65 mA or 650 µA'",
    ),
    # electricalengineeringmcq: brown-black-red-gold
    _c(
        EEM,
        EEM_RCC,
        gold=r"1k ohm",
        pred=r"1000 ohm",
        wrap=True,
        expected=True,
        why="'Correct answer: 2. 1k ohm ... Total resistance = 10 * 100 = 1000 ohm = 1 kohm'",
    ),
    _c(
        EEM,
        EEM_RCC,
        gold=r"1k ohm",
        pred=r"1 kohm",
        wrap=True,
        expected=True,
        why="'Correct answer: 2. 1k ohm ... Total resistance = 10 * 100 = 1000 ohm = 1 kohm'",
    ),
    # WJEC GCSE Electronics summer 2004, E1 Q7(a)(ii) (decimal point stored as U+05BC)
    _c(
        WJE,
        WJE_04,
        gold=r"20 m[A]",
        pred=r"0ּ02 [A]",
        wrap=True,
        expected=True,
        why="marking scheme E1 7. (a) (ii): '20 m[A] or 0ּ02 [A] 1'",
    ),
]

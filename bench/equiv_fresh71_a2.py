"""fresh71_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh71_a.py
names (math.techqa.club 1099175, 1172729 and 3161886, webwork.maa.org d=459, the tune.fundegar.com
copy of a math.stackexchange question on two dice, the redlib copy of reddit r/Help_with_math
5p78ya), transcribed under the same rules from public web pages (the ``pages`` corpus of the search
tool). Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh71_a import (
    FUN,
    FUN_DICE,
    RDL,
    RDL_5P7,
    TQA,
    TQA_PF,
    TQA_ROOTS,
    TQA_SQRT,
    WW,
    WW_459,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # math.techqa.club 1099175: sqrt(8 r^2); the key's 2 sqrt(2r) is a printing error
    _c(
        TQA,
        TQA_SQRT,
        gold=r"2\sqrt 2 r",
        pred=r"2\sqrt{2r}",
        wrap=True,
        expected=False,
        why="'There is a printing error; ... $\\sqrt{8r^2} = 2\\sqrt 2 r $ may easily have become"
        " $2\\sqrt{2r}$'",
    ),
    _c(
        TQA,
        TQA_SQRT,
        gold=r"2\sqrt 2 r",
        pred=r"2r\sqrt{2}",
        wrap=True,
        expected=True,
        why="asker simplifies to '2r\\sqrt{2}'; answer: the right value is '2\\sqrt 2 r', the key's"
        " form a printing error",
    ),
    # math.techqa.club 1172729: a grader refused ln(x+2) where ln|x+2| was wanted
    _c(
        TQA,
        TQA_PF,
        gold=r"- \frac{4}{x^2}+\frac{4}{x}+2\ln|x+2|+C",
        pred=r"-\frac{4}{x^2}+\frac{4}{x}+2\ln \left(x+2\right)+C",
        wrap=True,
        expected=False,
        why="'marked incorrect on an automated grading program' ... 'Edit: The problem was not"
        " doing the absolute value of the ln|x+2|'",
    ),
    # math.techqa.club 3161886: two forms of the same antiderivative
    _c(
        TQA,
        TQA_ROOTS,
        gold=r"-8\ln|\sqrt{x}| + 10\ln{|\sqrt{x} - 1|}",
        pred=r"\ln{\frac{(\sqrt{x}-1)^{10}}{x^4}} + C",
        wrap=True,
        expected=True,
        why="'WolframAlpha does, in fact, agree with your answer ... with your simplification, your"
        " result remains equivalent'",
    ),
    # webwork.maa.org d=459: the student's rounded $5352.13 is the correct answer
    _c(
        WW,
        WW_459,
        gold=r"$5352.125",
        pred=r"$5352.13",
        wrap=True,
        expected=True,
        why="'a student ... gave the correct answer to part (A), but it was marked incorrect';"
        " 'WeBWorK reports that $5352.125 is the correct answer' (round half to even)",
    ),
    # tune.fundegar.com copy of math.stackexchange: at least one 6 with two dice is 11/36
    _c(
        FUN,
        FUN_DICE,
        gold=r"\frac{11}{36}",
        pred=r"11 out of 36",
        wrap=True,
        expected=True,
        why="'$11$ out of $36$? ... Is this correct?' - 'That's right.'",
    ),
    _c(
        FUN,
        FUN_DICE,
        gold=r"\frac{11}{36}",
        pred=r"1-\frac{25}{36}",
        wrap=True,
        expected=True,
        why="'so it is $1-\\frac{25}{36}=\\frac{11}{36}$'",
    ),
    _c(
        FUN,
        FUN_DICE,
        gold=r"\frac{11}{36}",
        pred=r"\frac1{36}",
        wrap=True,
        expected=False,
        why="'if you had just multiplied $\\frac16 \\cdot \\frac16 = \\frac1{36}$, then that would've"
        " been obviously wrong'",
    ),
    # reddit r/Help_with_math 5p78ya (redlib copy): ln(sqrt x)/x = ln(x)/2x
    _c(
        RDL,
        RDL_5P7,
        gold=r"(ln (x))/2x",
        pred=r"(ln(sqrt(x)))/x",
        wrap=True,
        expected=True,
        why="'Why does (ln(sqrt(x)))/x = (ln (x))/2x' - 'log rules. ln(sqrt(x))=ln(x1/2 )=1/2ln(x)'",
    ),
]

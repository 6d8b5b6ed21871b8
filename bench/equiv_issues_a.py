r"""Answer-equivalence cases collected from public GitHub issue and pull-request threads in which
users reported that a math grader or verifier gave a wrong verdict (Math-Verify, lm-evaluation-harness,
lighteval, open-r1, trl, hendrycks/math, Qwen2.5-Math).

This is an evaluation set that is kept apart from the rest: its cases come from bug reports, not from
graders' test suites. Each case keeps the thread's strings as the thread gives them, once Python has
read them (so a thread's ``"\\frac{1}{2}"`` is stored as ``r"\frac{1}{2}"``). ``expected`` is the
verdict the thread establishes as right, settled by a maintainer, a merged fix, or a plain
mathematical fact that the thread states. ``wrap`` is True when ``pred`` is a bare answer to put
in ``\boxed{}``, and False when it is a whole completion or a ``$...$`` snippet that the thread
passed to the grader as it was.

Left out: cases whose verdict is an approximation tolerance (``0.0833333333333333`` vs
``\frac{1}{12}``, ``\frac{100}{3}`` vs ``33.3`` and rounded matrices in Math-Verify #2/#3),
``\pm 2021`` vs ``2021`` (it depends on the question), and percent-sign policy (``28\%`` vs ``28`` in
Math-Verify #67, ``50%`` vs ``50`` in hendrycks/math #21). Also left out: the direction-dependent
``m \geq \sqrt{2}`` vs an interval (Math-Verify #25/#10, "a feature"), and the multiple-choice and
extraction-config threads (Math-Verify #16 and #57). Threads whose excerpt does not give the
prediction were skipped too (lm-eval #1204, #2212 and #3652).

Overlap: several Math-Verify reports were later turned into Math-Verify's own tests (for example
``tests/test_yujianll.py`` comes from issue #14), so 11 pairs here also appear in
``bench/data/equiv_cases.jsonl``. ``OVERLAP_INDICES`` below lists them.
"""

from __future__ import annotations

MV = "huggingface/Math-Verify"
LME = "EleutherAI/lm-evaluation-harness"

_MV44_A = (
    "SoHi YES.\n\n could answer therefore\\boxed{840}.,but let me put this after explain.\n\n"
    "**Final Answer**\n\\boxed{840}"
)
_MV44_B = (
    " the answer should be \\boxed{004}.\n\nBut let me check again: the sum is 2,552,004. The last "
    "three digits are 004. Therefore, when divided by 1000, the remainder is 004. So, \\boxed{004} "
    "is the correct answer.\n\n**Final Answer**\n\\boxed{004}"
)
_MV76 = (
    "...... - 73 = 489 ...(iii)\n\nNow sum (i)+(ii)+(iii):\n\n"
    "Left: (x_D + x_G + x_S) + 2(y_DG + y_DS + y_GS) = 437 + 2*234 = 437 + 468 = 905\n\n"
    "Right: 122 + 294 + 489 = 905\n\n\u2705 Consistent!\n\nSo answer is consistent.\n\n"
    "Thus, the number of residents who own all four of the things is **73**.\n\n--- \n\n"
    "\u2705 Final Answer: **73**"
)

CASES: list[dict] = [
    # --- huggingface/Math-Verify -----------------------------------------------------------
    {
        "repo": MV,
        "thread": "issues/1",
        "gold": "2/3",
        "pred": r"\frac{2}{3}",
        "wrap": True,
        "expected": True,
        "why": "maintainer hynky1999 fixed the parsing of '2/3' (0.3.1)",
    },
    {
        "repo": MV,
        "thread": "issues/2",
        "gold": r"(1,\frac{9}{2})",
        "pred": "(1,4.5)",
        "wrap": True,
        "expected": True,
        "why": "reporter's case; 9/2 = 4.5 exactly (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": r"$1,\frac{9}{2}$",
        "pred": "$1,4.5$",
        "wrap": False,
        "expected": True,
        "why": "maintainer's follow-up issue quoting the reporter; 9/2 = 4.5 (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": r"$\frac{x+2}{7}$",
        "pred": r"$\frac{x}{7}+\frac{2}{7}$",
        "wrap": False,
        "expected": True,
        "why": "same expression split over a common denominator (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": r"$\tan^2(y)+1$",
        "pred": r"$\sec^2(y)$",
        "wrap": False,
        "expected": True,
        "why": "Pythagorean identity sec^2 = tan^2 + 1 (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": r"$(\begin{pmatrix}-\frac{7}{4}&-2\\4&\frac{1}{4}\\\end{pmatrix})$",
        "pred": r"$\begin{pmatrix}-\frac{7}{4}&-2\\4&\frac{1}{4}\end{pmatrix}$",
        "wrap": False,
        "expected": True,
        "why": "same matrix; gold only adds parentheses and a trailing row break",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": (
            r"$(\begin{pmatrix}\frac{1}{3\sqrt[3]{x}^2}&0&0\\0&1&0\\-\sin(x)&0&0\\"
            r"\end{pmatrix})$"
        ),
        "pred": r"$\begin{pmatrix}\frac{1}{3x^{2/3}}&0&0\\0&1&0\\-\sin(x)&0&0\end{pmatrix}$",
        "wrap": False,
        "expected": True,
        "why": "same matrix: cbrt(x)^2 = x^(2/3) (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": r"$-\frac{2(x^2+6)}{9(x^2-2)\sqrt[3]{x^2-2}^2}$",
        "pred": r"$-\frac{8x^2}{9(x^2-2)^{5/3}}+\frac{2}{3(x^2-2)^{2/3}}$",
        "wrap": False,
        "expected": True,
        "why": "over the common denominator 9(x^2-2)^(5/3) both are -2(x^2+6) (algebra)",
    },
    {
        "repo": MV,
        "thread": "issues/3",
        "gold": "$34x+45y-20z+100=0$",
        "pred": "$-34x-45y+20z-100=0$",
        "wrap": False,
        "expected": True,
        "why": "the same plane equation multiplied by -1 (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$\frac{1}{2004!}$",
        "pred": r"$\frac{1}{2006!}$",
        "wrap": False,
        "expected": False,
        "why": "reported false positive (tiny values); made into Math-Verify tests/test_yujianll.py",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$\frac{1}{2^{99}}$",
        "pred": r"$\frac{1}{2^{98}}$",
        "wrap": False,
        "expected": False,
        "why": "reported false positive (tiny values); the values differ by a factor of 2",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": "$n=2, 3, 4$",
        "pred": "$n=1, 2, 3$",
        "wrap": False,
        "expected": False,
        "why": "reported false positive: right-hand sides differ (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": "$D = (0, 1)$",
        "pred": "$D = (0, 1.5)$",
        "wrap": False,
        "expected": False,
        "why": "reported false positive: the points differ (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$F_n = \sum_{k=0}^{n-1} F_k F_{n-k-1}$",
        "pred": r"$F_n = \sum_{k=0}^{n-2} F_k F_{n-k-2}$",
        "wrap": False,
        "expected": False,
        "why": "reported false positive: different sums on the right-hand side",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$19, 46, \text{ and } 82$",
        "pred": "$21, 36, and 82$",
        "wrap": False,
        "expected": False,
        "why": "different lists of numbers (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$\frac{2^{2005}+1}{3 \cdot 2^{2006}}$",
        "pred": r"$\frac{1}{3 \cdot 2^{2006}}$",
        "wrap": False,
        "expected": False,
        "why": "the numerators differ by 2^2005 (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$1 - \frac{1}{\mathrm{e}}$",
        "pred": r"$1 + \frac{1}{\mathrm{e}}$",
        "wrap": False,
        "expected": False,
        "why": "opposite sign on 1/e (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": "$12:00$",
        "pred": "$1:00$",
        "wrap": False,
        "expected": False,
        "why": "different times/ratios (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$1, 2, \ldots, n$",
        "pred": r"$1, 3, 5, \ldots, 2n-1$",
        "wrap": False,
        "expected": False,
        "why": "different sequences (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/14",
        "gold": r"$1:2:3:\ldots$",
        "pred": r"$1:4:9:\ldots$",
        "wrap": False,
        "expected": False,
        "why": "different ratios (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/26",
        "gold": "$2x+4y-3=0$",
        "pred": "$y = -1/2*x + 3/4$",
        "wrap": False,
        "expected": True,
        "why": "the same line solved for y; the thread confirms verify gives True once escaped right",
    },
    {
        "repo": MV,
        "thread": "issues/34",
        "gold": "2.5",
        "pred": r"$2\frac{1}{2}$",
        "wrap": False,
        "expected": True,
        "why": "mixed number 2 1/2 = 2.5; the thread's literal dropped the backslash (\\f), meant LaTeX",
    },
    {
        "repo": MV,
        "thread": "issues/34",
        "gold": "5/4",
        "pred": "1 1/4",
        "wrap": True,
        "expected": True,
        "why": "mixed number 1 1/4 = 5/4; maintainer: unsupported without LaTeX (a limitation)",
    },
    {
        "repo": MV,
        "thread": "issues/35",
        "gold": r"$\frac12$",
        "pred": r"$\frac{1}{2}$",
        "wrap": False,
        "expected": True,
        "why": "maintainer: with the backslash escaped right, verify returns True",
    },
    {
        "repo": MV,
        "thread": "issues/37",
        "gold": r"$\text{13}$",
        "pred": "$13$",
        "wrap": False,
        "expected": True,
        "why": "maintainer: fixed in 0.8.0",
    },
    {
        "repo": MV,
        "thread": "issues/41",
        "gold": "$4$",
        "pred": r"$4\sqrt(2)$",
        "wrap": False,
        "expected": False,
        "why": "4*sqrt(2) != 4; maintainer notes the input is not valid LaTeX, not that it is equal",
    },
    {
        "repo": MV,
        "thread": "issues/44",
        "gold": "840",
        "pred": _MV44_A,
        "wrap": False,
        "expected": True,
        "why": "both boxes say 840, extracted as 840840; maintainer: fixed in 0.8.0",
    },
    {
        "repo": MV,
        "thread": "issues/44",
        "gold": "4",
        "pred": _MV44_B,
        "wrap": False,
        "expected": True,
        "why": "every box says 004 (= 4), extracted as 4.004; maintainer: fixed in 0.8.0",
    },
    {
        "repo": MV,
        "thread": "issues/48",
        "gold": r"$\sqrt{17}$",
        "pred": "4.123105625617661",
        "wrap": True,
        "expected": True,
        "why": "math.sqrt(17) to full float precision; maintainer accepted the fix",
    },
    {
        "repo": MV,
        "thread": "issues/48",
        "gold": r"$\sqrt{16}$",
        "pred": "$4.0$",
        "wrap": False,
        "expected": True,
        "why": "sqrt(16) = 4 (plain fact; the thread shows True)",
    },
    {
        "repo": MV,
        "thread": "issues/60",
        "gold": "3*x-1*y+13=0",
        "pred": "3x + 4y + 14=0",
        "wrap": True,
        "expected": False,
        "why": "different lines, wrongly verified True (both parsed to 0) (plain fact)",
    },
    {
        "repo": MV,
        "thread": "issues/67",
        "gold": r"$28\%$",
        "pred": "28 percent",
        "wrap": True,
        "expected": True,
        "why": "the thread states the word form is handled correctly as True",
    },
    {
        "repo": MV,
        "thread": "issues/70",
        "gold": r"\dfrac{9}{7}",
        "pred": r"\boxed{\dfrac{9}{7}}",
        "wrap": False,
        "expected": True,
        "why": "identical answer; the bare gold \\dfrac{9}{7} parses to [] while the boxed one gives 9/7",
    },
    {
        "repo": MV,
        "thread": "issues/76",
        "gold": "73",
        "pred": _MV76,
        "wrap": False,
        "expected": True,
        "why": "final answer **73** extracted as '73**' and judged False; it says 73",
    },
    # --- EleutherAI/lm-evaluation-harness ---------------------------------------------------
    {
        "repo": LME,
        "thread": "issues/4030",
        "gold": "(2,4)",
        "pred": "(2,4)",
        "wrap": True,
        "expected": True,
        "why": "identical answer scored wrong by minerva_math is_equiv; fixed by merged pull/4034",
    },
    {
        "repo": LME,
        "thread": "issues/4030",
        "gold": "[2,5)",
        "pred": "[2,5)",
        "wrap": True,
        "expected": True,
        "why": "identical interval scored wrong; fixed by merged pull/4034",
    },
    {
        "repo": LME,
        "thread": "issues/4030",
        "gold": r"\begin{pmatrix}1\\2\end{pmatrix}",
        "pred": r"\begin{pmatrix}1\\2\end{pmatrix}",
        "wrap": True,
        "expected": True,
        "why": "identical vector scored wrong; fixed by merged pull/4034",
    },
    {
        "repo": LME,
        "thread": "issues/3643",
        "gold": "4",
        "pred": "**Answer:** 4.",
        "wrap": False,
        "expected": True,
        "why": "hendrycks_math rated the correct answer wrong; the thread calls it correct",
    },
    {
        "repo": LME,
        "thread": "pull/3655",
        "gold": "9a + 11",
        "pred": "11 + 9a",
        "wrap": True,
        "expected": True,
        "why": "PR's example of an equivalent answer string matching misses; addition commutes",
    },
    # --- hendrycks/math ---------------------------------------------------------------------
    {
        "repo": "hendrycks/math",
        "thread": "issues/21",
        "gold": r"50\%",
        "pred": "50%",
        "wrap": True,
        "expected": True,
        "why": "the escaped and plain percent sign are the same answer; is_equiv gives False",
    },
    # --- QwenLM/Qwen2.5-Math ----------------------------------------------------------------
    {
        "repo": "QwenLM/Qwen2.5-Math",
        "thread": "issues/29",
        "gold": r"\left( 3, \frac{\pi}{2} \right)",
        "pred": r"(3, \frac{\pi}{2})",
        "wrap": True,
        "expected": True,
        "why": "MATH500 gold with \\left/\\right; maintainer: strip_string removes them first",
    },
    {
        "repo": "QwenLM/Qwen2.5-Math",
        "thread": "issues/50",
        "gold": "1,-2",
        "pred": "1,-3",
        "wrap": True,
        "expected": False,
        "why": "math_equal wrongly gives True; the MATH answer is n = 1, -2 (plain fact)",
    },
    # --- huggingface/lighteval --------------------------------------------------------------
    {
        "repo": "huggingface/lighteval",
        "thread": "issues/140",
        "gold": r"\left(-\infty,-\frac 12\right)\cup \left(-\frac 12,\infty\right)",
        "pred": r"\left(-\infty,-\frac 12\right)\cup \left(-\frac 12,\infty\right)",
        "wrap": True,
        "expected": True,
        "why": "identical answer; lighteval's math_normalizer crashed on this gold (fix_fracs)",
    },
    {
        "repo": "huggingface/lighteval",
        "thread": "issues/170",
        "gold": r"1/ \sqrt{3}",
        "pred": r"\sqrt{3}/3",
        "wrap": True,
        "expected": True,
        "why": "lewtun's example of answers that should be treated the same (plain fact)",
    },
    # --- huggingface/open-r1, huggingface/trl -----------------------------------------------
    {
        "repo": "huggingface/open-r1",
        "thread": "pull/566",
        "gold": r"\frac{63}{400}",
        "pred": r"\boxed{\frac{64}{400}}",
        "wrap": False,
        "expected": False,
        "why": "lewtun's test test_accuracy_reward_wrong_answer expects reward 0.0",
    },
    {
        "repo": "huggingface/trl",
        "thread": "pull/4563",
        "gold": r"\frac{1}{3}",
        "pred": r"<think> Reasoning here. </think> The final answer is \boxed{\frac{1}{3}}",
        "wrap": False,
        "expected": True,
        "why": "merged PR's example 1: complete reasoning, correct final answer, both rewards 1",
    },
]

# Indices into CASES whose (gold, pred) pair, with surrounding `$` stripped and in either order,
# also appears in bench/data/equiv_cases.jsonl (checked against the file, with the same expected
# verdict in every instance): Math-Verify tests/test_all.py, tests/test_yujianll.py, and open-r1
# tests/test_rewards.py. Drop them for a set with no overlap at all (35 cases).
OVERLAP_INDICES: tuple[int, ...] = (1, 3, 4, 8, 11, 12, 13, 16, 17, 31, 44)

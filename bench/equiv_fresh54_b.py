r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": differential
equations and definite integrals settled by a person on a public web page -- general solutions with
the arbitrary constant placed or named differently, implicit against explicit forms, a missing or
misplaced constant, exact values of definite integrals written with different log laws, a volume of
revolution refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md, the
claims folders /work/wt/fresh2*_claims ... fresh53_claims and /work/wt/fresh54_claims; each page
was claimed in /work/wt/fresh54_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the other form a person on the page equates with it, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, with ``$``/``$$`` delimiters
dropped and the page's own spacing and plain-text notation kept (``ln|u|-lnC``, ``3aln(4/3)``,
``\text{ ln}``). Where a person writes a chain ``A = B = C`` ending in the result, the last member
is the gold and each earlier member is a prediction (True). General solutions of differential
equations are compared as whole equations (``y = ...`` / implicit relations), as the page writes
them.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- imathworks.com, math-solving-differential-equation-xdy-ydx-0 (a Mathematics Stack Exchange
  mirror: the asker's ``\ln|xy| = K`` against the textbook's ``xy = K``; best answer "Your approach
  is alright ... if ln A = k, then A = e^k ... rename", and its other approach ending ``xy = C``).
  2 cases.
- imathworks.com, math-finding-the-volume-of-the-area-between-two-curves-when-rotated-about-
  the-y-axis (the asker's V_T = 1457/135 pi against the expected 56/5 pi; best answer: "you need
  to integrate from 2 to 8", i.e. the asker's value is wrong). 1 case.
- www.physicsforums.com 1030888 (MHB "Am I wrong with ln(1/2)?": the asker's ``\ln1-\ln2`` /
  ``-\ln2`` against the given ``\ln\frac{1}{2}``; reply "You're correct"). 2 cases.
- www.physicsforums.com 596857 (The Constant of Integration: "Try comparing ln|u| + D, and
  ln|u|-lnC ... Since C is also completely arbitrary, it doesn't matter"). 1 case.
- www.physicsforums.com 500623 (integral of arctan w from 0 to 1: the asker's chain ending in
  ``1/4(\pi-2\text{ ln}(2))`` against the stated ``1/4(\pi-\text{ ln}(4))``; reply "ln(4)=ln(2^2)=
  2*ln(2)"). 4 cases.
- www.thestudentroom.co.uk 6724464 (the asker's 0.5(ln(5/2) -ln(1)) against the mark scheme's
  0.5(ln(5)-ln(2)); reply "Your answer is the same as theirs, just a different form"). 1 case.
- www.thestudentroom.co.uk 1275998 (C4 integration: the replies' chains "19/3 - 2ln3 + 2ln2 ... =
  19/3 - 2ln(3/2)", "2ln(2/3) = -2ln(3/2)", "-2ln(3/2) = 2ln((3/2)^-1) = +2ln(2/3)" -- "technically
  both are correct" -- and "19 + 2ln(2/3) = 19 + 2ln[(3/2)^-1] = 19 - 2ln(3/2)"). 8 cases.
- talk.qa.collegeconfidential.com 1397681 (antiderivative of 1/2x: "(1/2)(ln(2x))=(1/2)(lnx+ln2)=
  1/2lnx+ln2/2=1/2lnx+C", and, after an objection, "(1/2)(ln(2))=(ln(2))/2"). 3 cases.
- drift.fundegar.com, solving-for-general-solution-of-a-differential-equation (an MSE mirror: the
  asker's ``y=e^{\sqrt{1-x^2}}-1`` and ``y=e^{\sqrt{1-x^2}}-1+C_1`` against the solvers'
  ``y=C_1e^{\sqrt{1-x^2}}-1``; the answer "You should write ln|1+y| = \sqrt{1-x^2}+C ... or
  y=C_1e^{\sqrt{1-x^2}}-1. C_1=e^C is also going to be a constant"). 3 cases.
- questioncove.com 4f813a21e4b0505bf08332c7 (integral of ln(x/(x-2a)) from 3a to 4a: "The answer
  should be a*ln(64/27) or 3aln(4/3)"; the asker's "4aln4a-2aln2a-3aln3a+alna", of which dumbcow
  says "take what you ended up with and continue to simplify"; the asker's "ln(2/3)", which the
  asker then calls "my mistake"). 3 cases.
- questioncove.com 54cb8967e4b0ae9aa61211de (phi's evaluation chain "3/2 + ln 2 + 5 ln 3 - ln 3 -
  5 ln 2 = 3/2 + 4ln 3 - 4 ln 2 = 3/2 + ln 3^4 - ln 2^4 = 3/2 + ln 81 - ln 16 = 3/2 + ln(81/16)").
  4 cases.
- www.gradesaver.com, Thomas' Calculus 13th ed. 7.2 exercise 37 (a person's worked answer:
  ``\ln|-2| - \ln|-3| = \ln 2 - \ln 3 = \ln(2/3)``). 2 cases.
- www.freemathhelp.com 122980 (HallsofIvy: "where you have -ln|2- y|= x you should have -ln|2-
  y|= x+ c", then "ln|2- y|= -x- c", "|2- y|= e^{-x- c}", "2- y= c'e^{-x}", "Then y= 2-
  c'e^{-x}"). 5 cases.

Left out, by rule: antiderivatives that agree only up to an additive constant (collegeconfidential's
"1/2ln(x)" against "1/2 ln(2x)"); the physicsforums 596857 asker's whole equation line
"ln|F-KV|+C = -Kt/m" (not compared as a whole on the page; only the two constant forms are);
questioncove 54cb8967's answer key
("3/2 - 4/5 ln 3/2", then "3/2 - 4/5 ln(2/3)"), which contradicts phi's value and whose settlement
is cut off in the stored text (phi's own chain of log identities is kept); the asker's evaluation
"(3/2 + ln|-2| + 5 ln|3|) - (3/2 + ln|-3| + 5ln|2|)" on the same page (no one states a verdict on
it); lines whose formulas the stored text lost (thestudentroom 1275998's question and "supposed
to be" answer, thestudentroom 1603185 and 3856651, mathhelpforum 172239 "The answers are equal",
mathhelpforum 7346 and 161789, the O'Reilly Kreyszig answer key "not*e*+^{x}*c*").

Examined and not used: www.cs.rit.edu ARQMath 2151751 (claimed, then dropped: the answer derives
y = Ce^x and y = -2e^x but states no two final forms equal; the asker's "writing e^C or C doesn't
change anything" is only a question); ARQMath 16020 (used by an earlier set); math.techqa.club,
socratic.org / vespr.org, algebra.com and jiskha.com threads (sites to avoid this round);
a.simonm.io mark schemes (LLM-transcribed, as earlier sets found); mathix.co, math-gpt.org,
edu.com, questionai.com, gauthmath.com, solvely.ai, smartsolve.ai, vaia, we-jia.com, acemy.app,
scanmath.com, mathway.com, openknowledgegraph.com, gradora.ai, wyattsnotes and askanewquestion.com
pages (machine-written solutions or calculators); 12000.org CAS ODE reports (Maple/Mathematica
output, not a person); physicsforums 474660 (only an AI-written thread summary is stored);
huggingface.co Nemotron-CC-Math pages (rewritten dataset pages); mathhelpforum 201944 and 130447,
freemathhelp 128614, mathhelpforum 131062 and 202854 (no reply with a verdict in the stored text);
calculuscourse.maa.org 8.6.6 (functions that differ by additive constants, not equal answers);
shmoop's fundamental-theorem example ("give e^1 - 1 ... 1.718 is only an approximation": a policy
on exact form, not on value); onboardnotes.blogspot.com and mathskey / issuhub / AP scoring PDFs
(one form only, or formulas lost); openstudy 55e0b1a8 and thestudentroom 1487305 (no pair of final
answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Cases of one page: rows are (gold, pred, expected, why); every pred is a bare answer."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=e, why=w) for g, p, e, w in rows]


R_IMW = "imathworks.com"
W_IMW_XDY = "https://imathworks.com/math/math-solving-differential-equation-xdy-ydx-0"
W_IMW_VOL = (
    "https://imathworks.com/math/"
    "math-finding-the-volume-of-the-area-between-two-curves-when-rotated-about-the-y-axis"
)
R_PF = "www.physicsforums.com"
W_PF_LN = (
    "https://www.physicsforums.com/threads/checking-mistake-am-i-wrong-with-ln-frac-1-2.1030888"
)
W_PF_C = "https://www.physicsforums.com/threads/the-constant-of-integration.596857/"
W_PF_AT = "https://www.physicsforums.com/threads/stuck-on-last-step-of-an-integral-need-help.500623"
R_TSR = "www.thestudentroom.co.uk"
W_TSR_A = "https://www.thestudentroom.co.uk/showthread.php?t=6724464"
W_TSR_B = "https://www.thestudentroom.co.uk/showthread.php?t=1275998"
R_CC = "talk.qa.collegeconfidential.com"
W_CC = "https://talk.qa.collegeconfidential.com/t/please-help-me-with-this-calculus-problem/1397681"
R_DR = "drift.fundegar.com"
W_DR = "https://drift.fundegar.com/solving-for-general-solution-of-a-differential-equation.html"
R_QC = "questioncove.com"
W_QC_A = "https://questioncove.com/updates/4f813a21e4b0505bf08332c7"
W_QC_B = "https://questioncove.com/updates/54cb8967e4b0ae9aa61211de"
R_GS = "www.gradesaver.com"
W_GS = (
    "https://www.gradesaver.com/textbooks/math/calculus/thomas-calculus-13th-edition/"
    "chapter-7-transcendental-functions-section-7-2-natural-logarithms-exercises-7-2-page-381/37"
)
R_FMH = "www.freemathhelp.com"
W_FMH = "https://www.freemathhelp.com/forum/threads/differential-equation-problem.122980/latest"

_PF_AT = "chain from [w arctan w - 1/2 ln|1+w^2|]_0^1; reply ln(4)=ln(2^2)=2*ln(2)"
_TSR_B = "reply #1 chain 19/3 - 2ln3 + 2ln2 ... = 19/3 - 2ln(3/2)"
_QC_B = "phi's chain ending 3/2 + ln(81/16)"
_FMH = "HallsofIvy's steps from -ln|2- y|= x+ c to y= 2- c'e^{-x}"

CASES = [
    # imathworks (MSE mirror) xdy + ydx = 0: asker's ln|xy| = K vs textbook xy = K, "alright"
    *_rows(
        R_IMW,
        W_IMW_XDY,
        [
            (r"xy = K", r"\ln|xy| = K", True, "asker's solution vs textbook; answer: rename e^k"),
            (r"xy = K", r"xy = C", True, "textbook answer vs best answer's product-rule approach"),
        ],
    ),
    # imathworks volume about the y-axis: asker's value refused (wrong limits for V_2)
    *_rows(
        R_IMW,
        W_IMW_VOL,
        [(r"\frac{56}{5}\pi", r"\frac{1457}{135}\pi", False, "expected answer vs asker's V_T")],
    ),
    # physicsforums 1030888: int_0^1 1/(x-2) dx; "You're correct"
    *_rows(
        R_PF,
        W_PF_LN,
        [
            (r"\ln\frac{1}{2}", r"-\ln2", True, "given answer vs asker's result; You're correct"),
            (r"\ln\frac{1}{2}", r"\ln1-\ln2", True, "asker's evaluation line"),
        ],
    ),
    # physicsforums 596857: the two ways of writing the constant
    *_rows(
        R_PF,
        W_PF_C,
        [(r"ln|u|-lnC", r"ln|u| + D", True, "rubric's ln|u|-lnC vs ln|u| + D; doesn't matter")],
    ),
    # physicsforums 500623: int_0^1 arctan(w) dw
    *_rows(
        R_PF,
        W_PF_AT,
        [
            (
                r"1/4(\pi-\text{ ln}(4))",
                r"1/4(\pi-2\text{ ln}(2))",
                True,
                "asker's final, " + _PF_AT,
            ),
            (r"1/4(\pi-\text{ ln}(4))", r"\pi/4-1/2 \text{ ln}(2)", True, _PF_AT),
            (
                r"1/4(\pi-\text{ ln}(4))",
                r"\pi/4-1/2 \text{ ln}(2)+1/2 \text{ ln}|1|",
                True,
                _PF_AT,
            ),
            (
                r"1/4(\pi-\text{ ln}(4))",
                r"1*\text{ arctan}(1)-1/2 \text{ ln}|1+1^2|-0+1/2 \text{ ln}|1+0^2|",
                True,
                _PF_AT,
            ),
        ],
    ),
    # thestudentroom 6724464: "Your answer is the same as theirs, just a different form"
    *_rows(
        R_TSR,
        W_TSR_A,
        [(r"0.5(ln(5)-ln(2))", r"0.5(ln(5/2) -ln(1))", True, "mark scheme vs asker; same")],
    ),
    # thestudentroom 1275998: replies' log-law chains; "technically both are correct"
    *_rows(
        R_TSR,
        W_TSR_B,
        [
            (r"19/3 - 2ln(3/2)", r"19/3 - 2ln3 + 2ln2", True, _TSR_B),
            (r"19/3 - 2ln(3/2)", r"19/3 - (2ln3 - 2ln2)", True, _TSR_B),
            (r"19/3 - 2ln(3/2)", r"19/3 - 2(ln3 - ln2)", True, _TSR_B),
            (r"19/3 - 2ln(3/2)", r"19/3 - 2(ln(3/2))", True, _TSR_B),
            (r"-2ln(3/2)", r"2ln(2/3)", True, "reply #2: 2ln(2/3) = -2ln(3/2), both correct"),
            (r"+2ln(2/3)", r"2ln((3/2)^-1)", True, "reply #2: -2ln(3/2) = 2ln((3/2)^-1) = ..."),
            (r"19 - 2ln(3/2)", r"19 + 2ln(2/3)", True, "reply #3 chain"),
            (r"19 - 2ln(3/2)", r"19 + 2ln[(3/2)^-1]", True, "reply #3 chain"),
        ],
    ),
    # collegeconfidential 1397681: (1/2)ln(2x) rewritten; (1/2)(ln(2)) = (ln(2))/2
    *_rows(
        R_CC,
        W_CC,
        [
            (r"1/2lnx+ln2/2", r"(1/2)(ln(2x))", True, "reply's chain (1/2)(ln(2x))=..."),
            (r"1/2lnx+ln2/2", r"(1/2)(lnx+ln2)", True, "reply's chain"),
            (r"(ln(2))/2", r"(1/2)(ln(2))", True, "reply to the objection 1/2ln2 vs ln2/2"),
        ],
    ),
    # drift.fundegar (MSE mirror): sqrt(1-x^2) y' = -x(1+y); the constant multiplies
    *_rows(
        R_DR,
        W_DR,
        [
            (
                r"y=C_1e^{\sqrt{1-x^2}}-1",
                r"y=e^{\sqrt{1-x^2}}-1+C_1",
                False,
                "asker's additive constant vs solvers' answer; answer derives the multiplied C_1",
            ),
            (
                r"y=C_1e^{\sqrt{1-x^2}}-1",
                r"y=e^{\sqrt{\ 1-x^2}}-1",
                False,
                "asker's solution without a constant; answer: You should write ... +C",
            ),
            (
                r"y=C_1e^{\sqrt{1-x^2}}-1",
                r"ln|1+y| = \sqrt{1-x^2}+C",
                True,
                "answer: from ln|1+y| = sqrt(1-x^2)+C we get y=C_1e^{sqrt(1-x^2)}-1",
            ),
        ],
    ),
    # questioncove 4f813a21: int_{3a}^{4a} ln(x/(x-2a)) dx
    *_rows(
        R_QC,
        W_QC_A,
        [
            (r"a*ln(64/27)", r"3aln(4/3)", True, "The answer should be a*ln(64/27) or 3aln(4/3)"),
            (
                r"a*ln(64/27)",
                r"4aln4a-2aln2a-3aln3a+alna",
                True,
                "asker's result; dumbcow: got the correct answer, continue to simplify it",
            ),
            (r"a*ln(64/27)", r"ln(2/3)", False, "asker's combined-log result, then 'my mistake'"),
        ],
    ),
    # questioncove 54cb8967: phi's evaluation chain (log laws)
    *_rows(
        R_QC,
        W_QC_B,
        [
            (
                r"\frac{3}{2} +\ln\frac{81}{16}",
                r"\frac{3}{2} + \ln 2 + 5 \ln 3 - \ln 3 - 5 \ln 2",
                True,
                _QC_B,
            ),
            (r"\frac{3}{2} +\ln\frac{81}{16}", r"\frac{3}{2} + 4\ln 3 - 4 \ln 2", True, _QC_B),
            (r"\frac{3}{2} +\ln\frac{81}{16}", r"\frac{3}{2} + \ln 3^4 - \ln 2^4", True, _QC_B),
            (r"\frac{3}{2} +\ln\frac{81}{16}", r"\frac{3}{2} + \ln 81 - \ln 16", True, _QC_B),
        ],
    ),
    # gradesaver Thomas 7.2 #37: int_{-3}^{-2} dx/x
    *_rows(
        R_GS,
        W_GS,
        [
            (r"\ln \left( {\frac{2}{3}} \right)", r"\ln 2 - \ln 3", True, "worked chain"),
            (
                r"\ln \left( {\frac{2}{3}} \right)",
                r"\ln \left| { - 2} \right| - \ln \left| { - 3} \right|",
                True,
                "worked chain",
            ),
        ],
    ),
    # freemathhelp 122980: HallsofIvy's solution of -ln|2-y| = x + c
    *_rows(
        R_FMH,
        W_FMH,
        [
            (r"y= 2- c'e^{-x}", r"2- y= c'e^{-x}", True, _FMH),
            (r"y= 2- c'e^{-x}", r"|2- y|= e^{-x- c}", True, _FMH + " (sign absorbed into c')"),
            (r"y= 2- c'e^{-x}", r"ln|2- y|= -x- c", True, _FMH),
            (r"y= 2- c'e^{-x}", r"-ln|2- y|= x+ c", True, _FMH),
            (
                r"y= 2- c'e^{-x}",
                r"-ln|2- y|= x",
                False,
                "where you have -ln|2- y|= x you should have -ln|2- y|= x+ c",
            ),
        ],
    ),
]

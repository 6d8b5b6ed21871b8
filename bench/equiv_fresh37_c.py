r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "c": issue and
pull-request threads of answer graders, verifiers, reward functions and answer checkers in which
the reporter or a maintainer states a concrete (reference, answer) pair and whether it should
match).

Cases are transcribed from threads that no earlier set used (each thread checked by repository
and number against bench/data/README.md, bench/equiv_issues_*.py, the docstrings and rows of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and claimed per thread in
/work/wt/fresh37_claims as ``owner+name+issue<N>`` or ``owner+name+pull<N>``; threads claimed in
an earlier round were skipped). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the thread gives it) and the verdict (``expected``: the verdict the thread establishes as
right, i.e. the maintainer's statement, the merged fix, or the plain mathematical fact the
thread states, not the buggy verdict it reports). ``where`` is ``issues/<N>@<commit>`` or
``pull/<N>@<commit>`` in ``repo`` on github.com; the commit is the merge commit of the fix where
the thread has one in the stored copy, else the repository's stored commit (the one other sets
read, or the newest stored snapshot). Strings are the thread's (ASCII CAS syntax such as
``sqrt(...)``, ``**`` and ``x^2`` is kept). Where a thread gives the two sides of a symmetric
check without saying which is the reference, the side it names first (or calls the correct
answer) is taken as ``gold``. Threads were read through the "issues" search corpus; an issue
thread is a user report and is not covered by the repository's license, which is listed only
for completeness. Do not tune the judge on these cases.

Sources (repo, thread @ commit, what it settles, license file of the stored copy):

- huggingface/Math-Verify issue 47 @ 5d148cfaaf99214c2e4ffb4bc497ab042c592a7a (open): the reporter
  shows ``verify`` accepting the prediction ``1728`` for the "find all" gold ``1331 and 1728`` and
  asks for a strict check; the subset is not the answer (False). LICENCE (Apache-2.0).
- PrairieLearn/PrairieLearn @ 88fb8556a7a1768e2082736be9095241b11238d7, issue 5542 (the radius
  ``r = (1/B)*(2*V*m/q)**(1/2)`` and the student's ``r = (2*V*m/(q*B**2))**(1/2)``, equal for the
  positive physical quantities the reporter declares with ``positive = True``; the maintainer
  calls the rejection a SymPy limitation and pull 7020 was opened to preserve the assumptions;
  the right-hand sides are stored) and issue 15841 (``(x-0)/6`` against the correct answer
  ``x/6`` "should consistently be accepted"). LICENSE (mixed; MIT for the UIUC portions).
- maths/moodle-qtype_stack issue 297 @ 02c059c2a9ae1d2b89f55f20d9712560c2f0b4f0: AlgEquiv did not
  recognise ``\sqrt{2x/10+1}`` and ``\sqrt{ \frac{2x+10}{10}}`` as equivalent; the maintainer
  explains Maxima's ``radexpand`` and gives the ``radcan`` workaround (True). GPL-3.0-or-later.
- cortex-js/compute-engine @ a556957687e0fa704b789a6f711835a72f3afc7d, issue 135
  (``2(13.1x+1)`` vs ``26.2x+2``, expected true; maintainer: "Works now") and issue 155
  (``\frac{1}{2}x`` vs ``\frac{x}{2}``, which the reporter lists beside ``0.5x``; the ``0.5x``
  pair is already in bench and is left out). LICENSE (MIT).
- oppia/oppia issue 5296 @ 76f9a25e0d5ffc6f22237162cc8798b810e787e2: ``y=mx^2`` was classified as
  equivalent to the rule input ``y=mx+b``; the maintainers agree only equations equivalent to the
  slope-intercept form should pass (False). License file of the stored copy not checked.
- PrimeIntellect-ai/verifiers pull 763 @ 0cdf2b6142956171ebb3faf74ab28185003c081b (merged; the
  cursor[bot] review): the substring check scores the expected ``1`` as matched by ``21``,
  ``31``, ``12`` or ``14`` (all False); ``21`` and ``14`` against ``1`` are already in bench, so
  ``31`` and ``12`` are kept. No license file in the stored copy.
- augustt198/latex2sympy issue 25 @ fe533f2ea23c8bcebf56a5f65329dff03b03ad83: the maintainer
  states that ``1,300,400`` is parsed as ``1300400`` (True). LICENSE.txt.
- stanfordnlp/dspy issue 7811 @ 4ed377ee9110e912d4f5e1be43b317b87455053c: on GSM8K "10 units was
  marked wrong for 10" (the MATH examples are only in a screenshot). LICENSE (MIT).
- openai/simple-evals issue 51 @ 5e623c2b400af62a1278e23595f95b0853d7fe8a: the SimpleQA grader
  prompt's example; "The predicted answer 1.75 is not correct to the last significant figure in
  the gold answer 1.73" (False). LICENSE (MIT).
- EleutherAI/lm-evaluation-harness pull 3758 @ 149985764f6e346da2e4dbded7b6304065d0f081 (closed,
  not merged; fixes issue 3643): the test plan's ``process_results`` calls for a MATH doc whose
  answer is ``2`` (``\boxed{3}`` "still 0"): the two boxed completions that must score 1 are kept
  (``\boxed{3}`` against ``2`` is already in bench). The gold ``2`` is inferred from the plan.
  MIT (as recorded in bench/data/README.md).
- areal-project/AReaL pull 1430 @ 210c3902d39305b4752cea56241ee16e7666de61 (merged): the CLEVR
  count reward must score the completion ``[3]`` 1.0 for the int answer ``3``. LICENSE
  (Apache-2.0).
- Doenet/DoenetApps issue 1717 @ 5baa0f2198a86732219fabd3e3f9afb419004490 (the fix, pull 1734):
  the maintainer's four equation pairs (``a=b`` vs ``-a=-b`` and ``a-b=0``; ``f(a)=b`` vs
  ``-f(a)=-b`` and ``f(a)-b=0``) that "should be true". LICENSE.
- sympy/sympy @ e950d313a932bc6cccbc95376b3821cd2f8b5af4, issue 18323 (``1.0*a`` vs ``a``: the
  maintainer shows ``Eq(1.0*x, x)`` is True; the reporter's ``1.0**(1/b)*a`` vs ``a`` with ``a, b``
  positive is equal too) and issue 19668 (a product expanded by hand; "Should return True", the
  maintainer points to structural ``==``). LICENSE (BSD-3-Clause).

Left out, by rule: pairs already in bench (checked by gold and prediction strings, in either
order): Khan/khan-exercises issues 148976 (``1.5`` vs ``3/2``) and 123113 (``1i`` vs ``i``),
verifiers pull 763's ``21`` and ``14``, gsma-labs/evals pull 29's test plan (``5.0`` vs ``5``,
``100`` vs ``102``), lm-evaluation-harness pull 3758's ``\boxed{3}`` vs ``2``, and
JuliaSymbolics/Symbolics.jl issue 1766 (``cos(0)`` vs ``1``), compute-engine issue 177
(``3x + 1 = 0`` vs ``6x + 2 = 0``) and issue 155's ``0.5x``, sympy issue 27363 (``(x + 1)**2`` vs
``x**2 + 2*x + 1``); tolerance verdicts (gsma-labs/evals pull 29's ``0.999`` vs ``1.0`` "within
1%", openwebwork/pg pull 558's digits for pi, qlicker 624, Khan 132717 and 112686 with pi taken
as 3.14); CoursIA's partial-credit
reward (``0.5`` for a wrong extracted answer); multiple-choice letters (NVIDIA-NeMo/Gym pull 1844,
NeMo-Skills pull 1526, AISBench 545); extraction-only and format reports without a pair
(lm-evaluation-harness issue 3477, R1-V 38, open-r1 293/215/86, huggingface/cookbook 335).

Examined and not used: threads already used by an earlier set (Math-Verify 1, 2, 3, 14, 25, 26,
37, 48, 60, 64, 67, 69, 76; lm-evaluation-harness 2212, 3210, 3643, 3785, 4030; THUDM/slime 543;
NeMo-Skills pull 1074; inspect_ai 5259/5261; VLMEvalKit 651; opencompass 1818, 2343, 2426, 2647,
2593; Qwen2.5-Math 29; MathRuler 2; lmms-eval 1507/1508; rasbt/reasoning-from-scratch 133; helm
4337; omlx 3484; Doenet 4, 15, 681; oppia 2775; STACK 329, 582, 614, 1055, 1061, 1727; Numbas 182,
1012, 1139; Khan 123424, 136419, 141670; Ximera 221, 655, 656; redai Relax pulls 94/98; CoursIA
12438; openai/prm800k 19; scitix/sieval 18/20/26/28); threads whose pair is only in a screenshot
(evalscope 392, AISBench 359, compute-engine 85, STACK 186 and 449, ximeraLatex 275, Numbas
1181; Ximera 251 names no single reference); threads where the reporter's claim is not mathematically right or
not decidable from the text (PrairieLearn 4793's ``log(-V)/-(R+r)*C`` vs ``log(-V)/-C*(R+r)``,
Khan 153846's ``m=f(50-0.5f)`` vs ``m=f-0.01f^2``, Khan 108755 and 126768's swapped coordinates,
Khan 112284's two table equations); design discussions (PrairieLearn 13351, STACK 1061/1727,
Math-Verify 25 "a feature").
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MV = "huggingface/Math-Verify"
MV_C = "5d148cfaaf99214c2e4ffb4bc497ab042c592a7a"
PL = "PrairieLearn/PrairieLearn"
PL_C = "88fb8556a7a1768e2082736be9095241b11238d7"
ST = "maths/moodle-qtype_stack"
ST_C = "02c059c2a9ae1d2b89f55f20d9712560c2f0b4f0"
CE = "cortex-js/compute-engine"
CE_C = "a556957687e0fa704b789a6f711835a72f3afc7d"
OP = "oppia/oppia"
OP_C = "76f9a25e0d5ffc6f22237162cc8798b810e787e2"
VF = "PrimeIntellect-ai/verifiers"
VF_C = "0cdf2b6142956171ebb3faf74ab28185003c081b"
L2S = "augustt198/latex2sympy"
L2S_C = "fe533f2ea23c8bcebf56a5f65329dff03b03ad83"
DSPY = "stanfordnlp/dspy"
DSPY_C = "4ed377ee9110e912d4f5e1be43b317b87455053c"
SE = "openai/simple-evals"
SE_C = "5e623c2b400af62a1278e23595f95b0853d7fe8a"
LME = "EleutherAI/lm-evaluation-harness"
LME_C = "149985764f6e346da2e4dbded7b6304065d0f081"
AR = "areal-project/AReaL"
AR_C = "210c3902d39305b4752cea56241ee16e7666de61"
DA = "Doenet/DoenetApps"
DA_C = "5baa0f2198a86732219fabd3e3f9afb419004490"
SY = "sympy/sympy"
SY_C = "e950d313a932bc6cccbc95376b3821cd2f8b5af4"


def _i(n: int, commit: str) -> str:
    return f"issues/{n}@{commit}"


def _p(n: int, commit: str) -> str:
    return f"pull/{n}@{commit}"


CASES = [
    # --- huggingface/Math-Verify issue 47: a subset of a "find all" answer
    _c(
        MV,
        _i(47, MV_C),
        gold=r"1331 and 1728",
        pred=r"1728",
        wrap=True,
        expected=False,
        why="verify returned True for the single 1728 against 1331 and 1728; reporter asks for "
        "the strict set check",
    ),
    # --- PrairieLearn issue 5542 (positive symbols) and issue 15841
    _c(
        PL,
        _i(5542, PL_C),
        gold=r"(1/B)*(2*V*m/q)**(1/2)",
        pred=r"(2*V*m/(q*B**2))**(1/2)",
        wrap=True,
        expected=True,
        why="equivalent radius marked incorrect although B, V, m, q are declared positive",
    ),
    _c(
        PL,
        _i(15841, PL_C),
        gold=r"x/6",
        pred=r"(x-0)/6",
        wrap=True,
        expected=True,
        why="(x-0)/6 should consistently be accepted against correct-answer x/6",
    ),
    # --- STACK issue 297: AlgEquiv and radexpand
    _c(
        ST,
        _i(297, ST_C),
        gold=r"\sqrt{2x/10+1}",
        pred=r"\sqrt{ \frac{2x+10}{10}}",
        wrap=True,
        expected=True,
        why="AlgEquiv did not recognise equal square roots; maintainer: radcan",
    ),
    # --- compute-engine issues 135 and 155
    _c(
        CE,
        _i(135, CE_C),
        gold=r"2(13.1x+1)",
        pred=r"26.2x+2",
        wrap=True,
        expected=True,
        why="isEqual false with decimals on variables; expected true; maintainer: works now",
    ),
    _c(
        CE,
        _i(155, CE_C),
        gold=r"\frac{x}{2}",
        pred=r"\frac{1}{2}x",
        wrap=True,
        expected=True,
        why="same problem as 0.5x vs \\frac{x}{2} reported with \\frac{1}{2}x; should be true",
    ),
    # --- oppia issue 5296: equation rule matched a different equation
    _c(
        OP,
        _i(5296, OP_C),
        gold=r"y=mx+b",
        pred=r"y=mx^2",
        wrap=True,
        expected=False,
        why="y=mx^2 passed as equivalent to y=mx+b; only equivalent equations should pass",
    ),
    # --- PrimeIntellect-ai/verifiers pull 763: substring check false positives
    _c(
        VF,
        _p(763, VF_C),
        gold=r"1",
        pred=r"31",
        wrap=True,
        expected=False,
        why="review: expected 1 matched by 31 via substring check (false positive)",
    ),
    _c(
        VF,
        _p(763, VF_C),
        gold=r"1",
        pred=r"12",
        wrap=True,
        expected=False,
        why="review: expected 1 matched by 12 via substring check (false positive)",
    ),
    # --- augustt198/latex2sympy issue 25: thousands separators
    _c(
        L2S,
        _i(25, L2S_C),
        gold=r"1300400",
        pred=r"1,300,400",
        wrap=True,
        expected=True,
        why="maintainer: numbers like 1,300,400 are parsed as 1300400",
    ),
    # --- stanfordnlp/dspy issue 7811: GSM8K answer with a unit word
    _c(
        DSPY,
        _i(7811, DSPY_C),
        gold=r"10",
        pred=r"10 units",
        wrap=True,
        expected=True,
        why="reporter: on GSM8K '10 units was marked wrong for 10'",
    ),
    # --- openai/simple-evals issue 51: significant figures
    _c(
        SE,
        _i(51, SE_C),
        gold=r"1.73",
        pred=r"1.75",
        wrap=True,
        expected=False,
        why="1.75 is not correct to the last significant figure of the gold 1.73",
    ),
    # --- lm-evaluation-harness pull 3758: hendrycks_math process_results test plan (gold 2)
    _c(
        LME,
        _p(3758, LME_C),
        gold=r"2",
        pred=r"The answer is $\boxed{2}$.",
        wrap=False,
        expected=True,
        why="test plan: exact_match 1 (was 0)",
    ),
    _c(
        LME,
        _p(3758, LME_C),
        gold=r"2",
        pred=r"The answer is \boxed{2}.",
        wrap=False,
        expected=True,
        why="test plan: exact_match 1 (was 0)",
    ),
    # --- areal-project/AReaL pull 1430: CLEVR count reward with an int answer
    _c(
        AR,
        _p(1430, AR_C),
        gold=r"3",
        pred=r"[3]",
        wrap=False,
        expected=True,
        why="tests/test_clevr_reward.py: completion [3] with int answer 3 returns 1.0 after fix",
    ),
    # --- Doenet/DoenetApps issue 1717 (fixed by pull 1734): equivalent equations
    _c(
        DA,
        _i(1717, DA_C),
        gold=r"a=b",
        pred=r"-a=-b",
        wrap=True,
        expected=True,
        why="maintainer: True (expected behaviour)",
    ),
    _c(
        DA,
        _i(1717, DA_C),
        gold=r"a=b",
        pred=r"a-b=0",
        wrap=True,
        expected=True,
        why="maintainer: True (expected behaviour)",
    ),
    _c(
        DA,
        _i(1717, DA_C),
        gold=r"f(a)=b",
        pred=r"-f(a)=-b",
        wrap=True,
        expected=True,
        why="maintainer: False, but should be true",
    ),
    _c(
        DA,
        _i(1717, DA_C),
        gold=r"f(a)=b",
        pred=r"f(a)-b=0",
        wrap=True,
        expected=True,
        why="maintainer: False, but should be true",
    ),
    # --- sympy issues 18323 and 19668: structural == vs mathematical equality
    _c(
        SY,
        _i(18323, SY_C),
        gold=r"a",
        pred=r"1.0*a",
        wrap=True,
        expected=True,
        why="maintainer: Eq(1.0*x, x) is True (== is structural)",
    ),
    _c(
        SY,
        _i(18323, SY_C),
        gold=r"a",
        pred=r"1.0**(1/b)*a",
        wrap=True,
        expected=True,
        why="reporter, a and b positive: 1.0**(1/b) is 1, so the product is a",
    ),
    _c(
        SY,
        _i(19668, SY_C),
        gold=r"b1*(a1*m1 + a2*m3) + b3*(a1*m2 + a2*m4)",
        pred=r"a1*b1*m1 + a1*b3*m2 + a2*b1*m3 + a2*b3*m4",
        wrap=True,
        expected=True,
        why="reporter: should return True; the expansion is exact",
    ),
]

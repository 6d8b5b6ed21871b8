r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "c": issue and
pull-request threads of repositories no earlier set used, in which a user, maintainer or review
bot reports that an answer checker judged a (reference, answer) pair wrongly and states the pair).

``where`` is ``issues/N`` or ``pull/N`` in ``repo`` on github.com; ``gold`` is the reference
answer, ``pred`` the answer that was given (``wrap`` True: a bare answer to be put in
``\boxed{}``; no case here needs a whole completion) and ``expected`` the mathematical fact the
thread establishes (not the buggy verdict it reports). Strings are the thread's, in the notation
the thread writes them (ASCII CAS syntax such as ``sqrt(3)`` and ``x^2`` is kept, not turned into
LaTeX). Where a thread gives the two sides of a symmetric check without saying which is the
reference, the side the thread names first or calls expected is taken as ``gold`` (``why`` says
so). Do not tune the judge on these cases.

Sources (threads read through the "issues" corpus; each repository claimed in
/work/wt/fresh13_claims first):

- NVIDIA-NeMo/Evaluator pull 1113 (the review thread on ``scoring/pattern.py``): the old
  ``rstrip("0")`` normalisation maps ``150`` to ``15`` and collides ``10`` with ``100``; the
  review bot's follow-up shows that ``float()`` collides ``9007199254740992`` with
  ``9007199254740993`` (equiv_fresh7_b searched this repository's tests and found no
  equivalence assertions; the thread was not read before).
- TsinghuaAI/CUGE issue 7 (Math23K scored by string equality): ``1.0`` vs ``1`` and ``0.5`` vs
  ``((1)/(2))``, which the reporter says must be correct.
- ruvnet/ruflo issue 2566 (GAIA ``isAnswerCorrect()`` reverse-substring match): expected ``1985``,
  model ``5`` scored correct.
- Simon-Initiative/oli-torus pull 5709 (scientific-notation numeric answers compared with an
  absolute tolerance): expected ``2.2e-10``, student ``2.2e-11`` marked correct; and issue 4311
  (answer set to ``0.006``, the typed ``0.006`` marked wrong).
- confident-ai/deepeval pull 3130 (a ``NumericMatchMetric`` proposed because string exact match
  scores ``"1,200"`` vs ``"1200"``, ``"3.0"`` vs ``"3"`` and ``"$1,200.50"`` vs ``"1200.5"``
  wrong; the thread does not say which side is the reference: the bare number is taken as gold).
- Clinical Quality Language engines comparing quantities with units: cqframework/cql-execution
  issue 190 (``1'cm' ~ 0.01'm'``) and FirelyTeam/firely-cql-sdk issues 1415 (the spec example
  ``100 'cm' ~ 1 'm'``) and 1417 (``1 'cm' = 0.01 'g'`` returned true); the CQL literals are kept.
- learningequality/studio issue 473 (Kolibri Studio input question: the mixed number ``4 2/7``
  with ``30/7``; the reporter also lists ``3.25``, which is not equal: kept as False).
- The-Mu-Foundation/Mutorials issue 293 ("Buggy answer checking mechanism": ``10`` vs ``10.0``).
- killme2008/aviatorscript issue 282 (an expression engine's ``==`` on scientific notation:
  ``1.8620639E7==18620639`` true but ``1.9455127E7==19455127`` false).
- Computer-algebra equality reports (the equality check a symbolic grader relies on):
  together-science/nerdamer-prime issue 21; jiggzson/nerdamer issues 351, 479, 543 and 602;
  symengine/symengine issues 179, 229 and 2044; symbolica-dev/symbolica issue 42;
  davidedc/Algebrite issues 21 and 159; jiggzson/nerdamer issue 567 (Pythagorean identity);
  nocpiun/calcium issue 2 and Qalculate/libqalculate issue 689 (double-angle identities);
  Qalculate/libqalculate issues 449 (two 138-digit decimals, ``0.99...9`` and ``0.99...98``,
  built in code from the thread's digits) and 584; numworks/epsilon pull 775 (``1/2`` shown as
  approximately ``0.5``);
  pynac/pynac issue 170 (Sage's printed values of ``sin(+-104/105*pi)``, ``cos(+-104/105*pi)``,
  ``sin(-1/105*pi)``, ``sin(-1)`` and ``cos(-1)``, each paired with the form Sage printed).

Left out: google-deepmind/proeval pull 19 (signed GSM8K golds), already met and left out by
equiv_fresh12_e; threads whose pair is only in a screenshot or not stated (openai/prm800k issue 18, a
grader fed whole solutions; Visual-Agent/DeepEyes 103; RUC-NLPIR/Search-o1 27; roboflow/
vision-ai-checkup 8 and 44, a counting answer inside free text; modelscope/evalscope 392);
multiple-choice letters (confident-ai/deepeval issue 2917 / pull 2916 and 3070, OpenBMB/UltraRAG
509, Liuziyu77/Visual-RFT 79, FreedomIntelligence/CMB 13); DROP span lists (deepeval pull 2402);
the percent policy (deepeval pull 3130's ``"12%"`` vs ``"12"``, as in equiv_issues_a);
unit-system comparisons other than equality (cqframework/cql-engine 43's ordering tests);
reports with no definite verdict (CUGE's ``0.333333`` vs ``((1)/(3))``, which the reporter leaves
to a precision rule; Mathics3/mathics-core 200, an unevaluated ``g[2] == g[3]``; JuliaSymbolics/
SymbolicUtils.jl 77, an expression compared with itself on a custom branch); reward-constant and
format-reward threads (THUDM/slime and radixark/miles deepscaler ``</think>`` gates, jsboige/
CoursIA). Repositories already used or claimed by another collector were not read for cases
(Math-Verify, lm-evaluation-harness, opencompass, VLMEvalKit, evalscope, inspect_ai, helm,
tinker-cookbook, Khan, Ximera, Doenet, simple-evals, semeval-2019-task-10, PrairieLearn,
AISBench, reasoning-gym, NeMo-Skills, verifiers, open-r1, MathRuler, sympy; openedx/
openedx-platform pulls 3489 and 35590 and cortex-js/compute-engine issue 155, whose
repositories another collector had claimed).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NE = "NVIDIA-NeMo/Evaluator"
CU = "TsinghuaAI/CUGE"
RF = "ruvnet/ruflo"
OT = "Simon-Initiative/oli-torus"
MU = "The-Mu-Foundation/Mutorials"
AV = "killme2008/aviatorscript"
NP = "together-science/nerdamer-prime"
NR = "jiggzson/nerdamer"
SE = "symengine/symengine"
SB = "symbolica-dev/symbolica"
AL = "davidedc/Algebrite"
DE = "confident-ai/deepeval"
FC = "FirelyTeam/firely-cql-sdk"
CQ = "cqframework/cql-execution"
LS = "learningequality/studio"
CA = "nocpiun/calcium"
QA = "Qalculate/libqalculate"
PY = "pynac/pynac"
NW = "numworks/epsilon"
_N9 = "0." + "9" * 138

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- NVIDIA-NeMo/Evaluator: rstrip("0") and float() collisions
    (NE, "pull/1113", "150", "15", True, False, 'rstrip("0") maps 150 to 15: false positive'),
    (NE, "pull/1113", "10", "100", True, False, 'rstrip("0") collides 10 with 100'),
    (
        NE,
        "pull/1113",
        "9007199254740993",
        "9007199254740992",
        True,
        False,
        "float() makes the two integers equal; they differ by 1",
    ),
    # --- TsinghuaAI/CUGE: Math23K string equality
    (CU, "issues/7", "1", "1.0", True, True, "model 1.0 vs gold 1: should be correct"),
    (
        CU,
        "issues/7",
        "((1)/(2))",
        "0.5",
        True,
        True,
        "model 0.5 vs gold ((1)/(2)): should be correct",
    ),
    # --- ruvnet/ruflo: GAIA reverse-substring match
    (RF, "issues/2566", "1985", "5", True, False, '"1985".includes("5") scored a fragment correct'),
    # --- Simon-Initiative/oli-torus: absolute tolerance on tiny floats
    (
        OT,
        "pull/5709",
        "2.2e-10",
        "2.2e-11",
        True,
        False,
        "absolute tolerance 1e-5 marked the wrong exponent correct",
    ),
    # --- The-Mu-Foundation/Mutorials: free-response checker
    (MU, "issues/293", "10", "10.0", True, True, "10 vs 10.0 reported as a checker bug"),
    # --- killme2008/aviatorscript: == on scientific notation
    (AV, "issues/282", "18620639", "1.8620639E7", True, True, "1.8620639E7==18620639 is true"),
    (
        AV,
        "issues/282",
        "19455127",
        "1.9455127E7",
        True,
        True,
        "1.9455127E7==19455127 returned false; the values are equal",
    ),
    # --- together-science/nerdamer-prime: .eq with square roots
    (
        NP,
        "issues/21",
        "(1/2)*sqrt(3)",
        "(3/2)*sqrt(3)^(-1)",
        True,
        True,
        ".eq wrongly returned false; 3/(2 sqrt 3) = sqrt(3)/2",
    ),
    # --- jiggzson/nerdamer: .eq / equals
    (
        NR,
        "issues/351",
        "sqrt(2)",
        "sqrt(2)",
        True,
        True,
        ".eq returned false for sqrt(2) vs sqrt(2)",
    ),
    (
        NR,
        "issues/479",
        "pi",
        "pi+pi^2",
        True,
        False,
        "equals() treated pi+pi^2 as pi (group not compared)",
    ),
    (
        NR,
        "issues/479",
        "sin(((pi)^2)+pi)",
        "0",
        True,
        False,
        "evaluate() gave 0, which the reporter calls wrong: sin(pi^2+pi) = -sin(pi^2) != 0",
    ),
    (
        NR,
        "issues/543",
        "4*x^2+20*x+16",
        "4*(x+1)*(x+4)",
        True,
        True,
        "expected true; eq returned false without expand()",
    ),
    (
        NR,
        "issues/543",
        "x^2-1",
        "(x+1)*(x-1)",
        True,
        True,
        "(a+b)(a-b) = a^2-b^2; eq returned false",
    ),
    (NR, "issues/602", "b*a", "a*b", True, True, "maintainer: eq('a*b','b*a') is true"),
    (NR, "issues/602", "b-a", "a-b", True, False, "maintainer: eq('a-b','b-a') is false"),
    # --- symengine/symengine: eq on radicals and quotients
    (SE, "issues/179", "sqrt(2)/2", "1/sqrt(2)", True, True, "eq(1/sqrt(2), sqrt(2)/2) failed"),
    (
        SE,
        "issues/229",
        "2",
        "(sqrt(12)/sqrt(6))**2",
        True,
        True,
        "printed 1/36*6*12 unsimplified; the value is 2",
    ),
    (
        SE,
        "issues/2044",
        "x/((y-z)-1)",
        "-x/(1-(y-z))",
        True,
        True,
        "reporter: should be equal; eq was false (cancel needed)",
    ),
    # --- symbolica-dev/symbolica: sqrt(.)^2 not cancelled
    (
        SB,
        "issues/42",
        "0",
        "-288+4*sqrt(72)^2",
        True,
        True,
        "(-288+4*sqrt(72)^2 == 0) evaluated False; expected True",
    ),
    # --- davidedc/Algebrite: equality tests
    (AL, "issues/21", "3*x", "x+x+x", True, True, "equal(x+x+x, 3*x) is 1"),
    (AL, "issues/21", "3*x", "x+x+x+1", True, False, "equal(x+x+x+1, 3*x) is 0"),
    (AL, "issues/159", "1/m", "d/(m*d)", True, True, "test(1/m = d/(m*d)) is recognised"),
    (
        AL,
        "issues/159",
        "1/m",
        "(m-1)/(m*(m-1))",
        True,
        True,
        "test(1/m = (m-1)/(m*(m-1))) was not recognised; equal as rational functions",
    ),
    # --- Simon-Initiative/oli-torus issue: exact decimal rejected
    (OT, "issues/4311", "0.006", "0.006", True, True, "answer set to 0.006; 0.006 marked wrong"),
    # --- confident-ai/deepeval: NumericMatchMetric motivation (string exact match)
    (
        DE,
        "pull/3130",
        "1200",
        "1,200",
        True,
        True,
        '"1,200" vs "1200" scored wrong by string match',
    ),
    (DE, "pull/3130", "3", "3.0", True, True, '"3.0" vs "3" scored wrong by string match'),
    (
        DE,
        "pull/3130",
        "1200.5",
        "$1,200.50",
        True,
        True,
        '"$1,200.50" vs "1200.5" scored wrong by string match',
    ),
    # --- CQL quantity equivalence (unit conversion)
    (CQ, "issues/190", "0.01'm'", "1'cm'", True, True, "1'cm' ~ 0.01'm' should be equivalent"),
    (FC, "issues/1415", "1 'm'", "100 'cm'", True, True, "spec example: 100 'cm' ~ 1 'm'"),
    (
        FC,
        "issues/1417",
        "0.01 'g'",
        "1 'cm'",
        True,
        False,
        "1 'cm' = 0.01 'g' returned true: different dimensions",
    ),
    # --- learningequality/studio: mixed numbers in an input question
    (
        LS,
        "issues/473",
        "4 2/7",
        "30/7",
        True,
        True,
        "whole 4, numerator 2, denominator 7: 30/7 should be accepted",
    ),
    (
        LS,
        "issues/473",
        "4 2/7",
        "3.25",
        True,
        False,
        "reporter lists 3.25 as acceptable, but 4 2/7 = 4.2857...; kept as the math fact",
    ),
    # --- nocpiun/calcium: double-angle
    (CA, "issues/2", "sin(2x)", "2sin(x)cos(x)", True, True, "2sin(x)cos(x) is sin(2x)"),
    (CA, "issues/2", "sin(x)", "2sin(x)cos(x)", True, False, "2sin(x)cos(x) was shown as sin(x)"),
    # --- Qalculate/libqalculate: double-angle identity
    (
        QA,
        "issues/689",
        "1 − 2 sin(x)^2",
        "cos 2x",
        True,
        True,
        "cos 2x = 1 − 2 sin(x)^2 should be true",
    ),
    # --- jiggzson/nerdamer: Pythagorean identity
    (NR, "issues/567", "0", "sin(x)^2+cos(x)^2-1", True, True, "simplify gave 1 instead of 0"),
    (NR, "issues/567", "1", "sin(x)^2+cos(x)^2", True, True, "simplify correctly returns 1"),
    # --- pynac/pynac: trigonometric symmetry (Sage output after 0.6.4)
    (PY, "issues/170", "sin(104/105*pi)", "sin(1/105*pi)", True, True, "sin(pi - t) = sin(t)"),
    (
        PY,
        "issues/170",
        "sin(-104/105*pi)",
        "sin(1/105*pi)",
        True,
        False,
        "printed sin(1/105*pi); the value is -sin(pi/105)",
    ),
    (PY, "issues/170", "cos(104/105*pi)", "-cos(1/105*pi)", True, True, "cos(pi - t) = -cos(t)"),
    (
        PY,
        "issues/170",
        "cos(-104/105*pi)",
        "cos(1/105*pi)",
        True,
        False,
        "printed cos(1/105*pi); the value is -cos(pi/105)",
    ),
    (
        PY,
        "issues/170",
        "sin(-1/105*pi)",
        "sin(1/105*pi)",
        True,
        False,
        "printed sin(1/105*pi); sine is odd",
    ),
    (PY, "issues/170", "sin(-1)", "-sin(1)", True, True, "sin(-1) = -sin(1), printed correctly"),
    (PY, "issues/170", "cos(-1)", "cos(1)", True, True, "cos(-1) = cos(1), printed correctly"),
    # --- Qalculate/libqalculate: more equality reports
    (
        QA,
        "issues/449",
        _N9,
        _N9[:-1] + "8",
        True,
        False,
        "(1 = 1) = false: the two 138-digit decimals differ in the last digit; false is right",
    ),
    (
        QA,
        "issues/584",
        "x+sqrt(x*y)+y",
        "(x*sqrt(x)-y*sqrt(y))/(sqrt(x)-sqrt(y))",
        True,
        True,
        "entered as an equation (it crashed qalc); equal for x, y > 0 (difference of cubes)",
    ),
    # --- numworks/epsilon: calculation app sign
    (NW, "pull/775", "0.5", "1/2", True, True, "1/2 was shown as approximately 0.5; it is exactly"),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, gold, pred, wrap, expected, why in _ROWS
]

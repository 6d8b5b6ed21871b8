r"""A thirty-fifth fresh set of answer-equivalence cases (evaluation only; helper "i": issue and
pull-request threads of answer graders and checkers in which a concrete (reference, answer) pair
was judged, and a maintainer, a merged fix or plain mathematics settles the verdict).

Cases are transcribed from threads that no earlier set used (each thread checked by repository
and number against bench/equiv_issues_*.py, the docstrings and rows of bench/equiv_fresh*.py and
bench/data/, and claimed per thread in /work/wt/fresh35_claims as ``owner+name+issue<N>``). Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}``; every case here has ``wrap`` True) and the verdict (``expected``: the mathematical
fact the thread establishes, not the grader's buggy verdict it reports). ``where`` is
``issues/<N>@thread`` in ``repo`` on github.com (GitHub serves a pull request under the same
number, so ``issues/<N>`` also names pull requests). Threads were read through the "issues" search
corpus; issue threads carry no license file (the repositories' own licenses do not cover user
reports). Do not tune the judge on these cases.

Sources (repo, thread, what it settles):

- sgl-project/sglang pull 14555 (merged; a NeMo-Skills developer): the DeepSeek-V3.2 docs said
  "nemo-skills fails to match predicted_answer 016 with expected_answer 16"; NeMo-Skills pull 1074
  fixed the matching, so ``016`` vs ``16`` is a correct answer.
- EleutherAI/lm-evaluation-harness issue 4036 (closed by merged pull 4037): the ``sqrt`` shorthand
  rule corrupts indexed roots; the thread's two pairs "scored wrong" are mathematically equal.
- EleutherAI/lm-evaluation-harness issue 4038 (closed by merged pull 4039): the thousands-separator
  rule fuses the bare tuple gold ``0,1`` into ``01``; the model's ``(0,1)`` is correct, ``01`` is
  a different (garbage) value, and true separators (``115,000``) must still equal the plain number.
- open-compass/opencompass pull 2593 (open): OlympiadBench ``MathJudger.is_equal`` takes a
  factored product for an interval; the three prediction/reference pairs are equal polynomials.
- maths/moodle-qtype_stack (STACK, the Moodle CAS question type; maintainer sangwinc) issues 614
  (a messy but correct derivative vs ``diff(f,x)``: the maintainer explains AlgEquiv cannot always
  simplify the difference, ``simplify(g-h)`` is 0), 1061 (``x > 1`` accepted for ``sigma > 1``;
  the reporter calls it clearly undesirable, the maintainer calls the design inconsistent), 1055
  (the float form of the same rational function throws an error; equal by arithmetic), 582 (two
  spellings of the same exponential expression; the maintainer's test case passes), 329
  (``(2*pi)/(k/m)^(1/2)`` vs ``(2*pi)*(m/k)^(1/2)``, "Test failed"; ``k`` and ``m`` are the
  positive spring constant and mass of a period formula) and 57 (``(-cos(x))^n`` vs
  ``(-1)^n*(cos(x))^n`` for the integer ``n`` of the exercise: "Put any fixed integer in n's place
  and Maxima returns true").
- mooculus/calculus (Ximera calculus textbook) issues 696 (``1/(-2ysin(y^2)-1)`` rejected for
  ``1/(-sin(y^2)*2y-1)``) and 178 (the arc-length box accepts a wrong constant; the pair with
  ``- 1/5`` only: the other listed pairs are already in bench via math-expressions' spec file).
- Khan/khan-exercises (Khan Academy's legacy exercise framework, MathJax front end; user reports
  whose body and "answer timeline" give the typed answers, ``correct-activity`` marking the
  accepted one) issues 113176, 118677, 118932, 121616, 122763, 128434, 129156, 129444, 130198,
  131362, 131951, 134143, 135402, 135911, 136419, 136743, 137360, 144486, 150464, 151349, 155088,
  155817. Khan's exercises sometimes demand a form (simplified fraction, no decimal); ``expected``
  here is the value equality only. Two-field fraction inputs (numerator and denominator boxes) are
  written as ``(num)/(den)`` from the timeline fields. Issue 118677 is a reporter's claim that
  mathematics refutes (the typed answer has the opposite sign), issue 135911's typed answer has a
  typo (``11.10``) that makes it a different set, and issue 150464's second pair is kept as
  written (its reference, as the reporter quotes it, differs in sign from the typed answer).

Left out, by rule: pairs needing a tolerance (Numbas issue 182, ``403.2079999999`` vs
``403.208``); pairs whose reference the thread does not state (lm-evaluation-harness issue 4031 /
pull 4032 and issues 4142 / pull 4160, which list corrupted golds without a prediction; mathllm/MATH-V
issue 11; Khan 130793, 132741, 135431, 157798, 119446, 112612, 106807, 129141, 110225, the
simplifying-radicals reports 157340, 111723, 115318, 114890, 157567, 113513, 114891, 113333,
136558, and 148254, where three of the reporter's own forms are listed without saying which one was
accepted; XimeraProject/server 90 and 578; bojieli/ai-agent-book pull 713, whose
``\frac{\mathrm{1,000}}{2}`` has no stated reference); Khan 125376 (the body's ``4n/3(n+2)`` is
ambiguous as written and the timeline's numerator field differs from it); pairs that are only in
screenshots or attachments (STACK 186, 449, 826, 569; modelscope/evalscope 392; AISBench/benchmark
359; Khan 138917); STACK 1727 (equations under ``assume(x>0)``: the maintainer calls it a design
decision); STACK 566 (significant-figure policy of the units test, not the value); the extraction-
and format-policy threads (trl pull 4563, whose examples are already in bench via trl's test file;
huggingface/open-r1 566, likewise).

Examined and not used (already used by an earlier set, thread by thread): Math-Verify 14, 20, 26,
37, 40, 41, 60, 64, 69, 70, 75; THUDM/slime 543; TsinghuaAI/CUGE 7; Qwen2.5-Math 29;
lm-evaluation-harness 2212, 3475, 4030; opencompass 1818, 2343 / pull 2426; BunsenFeng/
model_collaboration 122; lmms-eval 1505, 1507, 1509, 1511 (pull 1533); VLMEvalKit 651;
allenai/semeval-2019-task-10 10; openai/prm800k 18; Doenet/math-expressions 4, 15, 54 (the pairs of
54 are in math-expressions' spec file); numbas/Numbas 1012, 1139; XimeraProject/server 11, 133,
221, 222, 655, 656; mooculus/calculus 366; Khan 109713, 123424, 153267, 160459, 160807.
scitix/sieval issue 26 / pull 28 (IMO-AnswerBench) gives no pairs in the thread text.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SG = "sgl-project/sglang"

LME = "EleutherAI/lm-evaluation-harness"

OC = "open-compass/opencompass"

ST = "maths/moodle-qtype_stack"

MC = "mooculus/calculus"

KH = "Khan/khan-exercises"


def _t(n: int) -> str:
    return f"issues/{n}@thread"


CASES = [
    # --- sgl-project/sglang pull 14555: NeMo-Skills leading-zero mismatch, fixed upstream
    _c(
        SG,
        _t(14555),
        gold="16",
        pred="016",
        wrap=True,
        expected=True,
        why="nemo-skills failed to match predicted 016 with expected 16; fixed by NeMo-Skills #1074",
    ),
    # --- lm-evaluation-harness issue 4036 (merged fix: pull 4037): indexed roots
    _c(
        LME,
        _t(4036),
        gold="2",
        pred=r"\sqrt[3]{8}",
        wrap=True,
        expected=True,
        why="gold 2 vs \\sqrt[3]{8} scored wrong; sympy proves them equal",
    ),
    _c(
        LME,
        _t(4036),
        gold=r"\sqrt[3]{2}",
        pred=r"\sqrt[3]2",
        wrap=True,
        expected=True,
        why="brace vs bare argument of an indexed root scored wrong",
    ),
    # --- lm-evaluation-harness issue 4038 (merged fix: pull 4039): thousands separators
    _c(
        LME,
        _t(4038),
        gold="0,1",
        pred="(0,1)",
        wrap=True,
        expected=True,
        why="bare tuple gold 0,1 fused to 01; model (0,1) is a correct answer scored wrong",
    ),
    _c(
        LME,
        _t(4038),
        gold="0,1",
        pred="01",
        wrap=True,
        expected=False,
        why="the fused '01' is a garbage number, not the tuple 0,1",
    ),
    _c(
        LME,
        _t(4038),
        gold="115,000",
        pred="115000",
        wrap=True,
        expected=True,
        why="true thousands separators still normalize to the plain number after the fix",
    ),
    # --- open-compass/opencompass pull 2593: factored products taken for intervals
    _c(
        OC,
        _t(2593),
        gold="(x^2-1)",
        pred="(x-1)(x+1)",
        wrap=True,
        expected=True,
        why="OlympiadBench MathJudger: interval test raised, judge=False; equal polynomials",
    ),
    _c(
        OC,
        _t(2593),
        gold="(a^2-b^2)",
        pred="(a+b)(a-b)",
        wrap=True,
        expected=True,
        why="OlympiadBench MathJudger: interval test raised, judge=False; equal polynomials",
    ),
    _c(
        OC,
        _t(2593),
        gold="(x^2+5x+6)",
        pred="(x+2)(x+3)",
        wrap=True,
        expected=True,
        why="OlympiadBench MathJudger: interval test raised, judge=False; equal polynomials",
    ),
    # --- maths/moodle-qtype_stack
    _c(
        ST,
        _t(614),
        gold="atan(x)/(3*(1-2*x)^(7/6))+1/((1-2*x)^(1/6)*(x^2+1))",
        pred=(
            "((((1)/(1+x^(2)))*(-2*x+1)^(((1)/(6)))-((1)/(6))*(-2*x+1)^(-((5)/(6)))*(-2)*atan(x))"
            "/((-2*x+1)^(((1)/(3)))))"
        ),
        wrap=True,
        expected=True,
        why="quotient-rule derivative vs diff(f,x); AlgEquiv said no, simplify(g-h) returns 0",
    ),
    _c(
        ST,
        _t(1061),
        gold="sigma > 1",
        pred="x > 1",
        wrap=True,
        expected=False,
        why="AlgEquiv solves inequalities, so another variable name passed; 'clearly not desirable'",
    ),
    _c(
        ST,
        _t(1055),
        gold="0.1*(2.0*s^2+6.0*s-25.0)/s",
        pred="(2*s^2+6*s-25)/(10*s)",
        wrap=True,
        expected=True,
        why="float teacher answer, exact student answer: same function",
    ),
    _c(
        ST,
        _t(582),
        gold="6*e^(6*(y^2+x^2))+72*x^2*e^(6*(y^2+x^2))",
        pred="(72*x^2+6)*e^(6*(y^2+x^2))",
        wrap=True,
        expected=True,
        why="reported as not recognized; the maintainer's AlgEquiv test case passes",
    ),
    _c(
        ST,
        _t(329),
        gold="(2*pi)/(k/m)^(1/2)",
        pred="(2*pi)*(m/k)^(1/2)",
        wrap=True,
        expected=True,
        why="period of a spring (k, m > 0); STACK returned Test Failed",
    ),
    _c(
        ST,
        _t(57),
        gold="(-1)^n*(cos(x))^n",
        pred="(-cos(x))^n",
        wrap=True,
        expected=True,
        why="student's right answer got a false response; true for every integer n",
    ),
    # --- mooculus/calculus (Ximera)
    _c(
        MC,
        _t(696),
        gold="1/(-sin(y^2)*2y-1)",
        pred="1/(-2ysin(y^2)-1)",
        wrap=True,
        expected=True,
        why="equivalent answer not accepted (implicitTangentLines4)",
    ),
    _c(
        MC,
        _t(178),
        gold="1/64 e^(4x) - 1/2 + 4 e^(-4x)",
        pred="1/64 e^(4x) - 1/5 + 4 e^(-4x)",
        wrap=True,
        expected=False,
        why="second arc-length box accepts a wrong constant term",
    ),
    # --- Khan/khan-exercises user reports (answer timelines)
    _c(
        KH,
        _t(131362),
        gold="1,6,7,12,13,15",
        pred="12,15,7,1,13,6,12",
        wrap=True,
        expected=True,
        why="set union listed in another order (12 repeated); same set",
    ),
    _c(
        KH,
        _t(135911),
        gold="15,3,7,10,11,4,6",
        pred="11.10,7,3,15,6,4",
        wrap=True,
        expected=False,
        why="typed 11.10 (one number) instead of 11,10: a different set",
    ),
    _c(
        KH,
        _t(118677),
        gold="(-sin b - 2a^3b) / (3a^2b^2)",
        pred="-((2a^3b + sin b) / (-3a^2b^2))",
        wrap=True,
        expected=False,
        why="reporter claims equivalence, but the typed answer has the opposite sign",
    ),
    _c(
        KH,
        _t(134143),
        gold="(2h-4g)/(3f+1)",
        pred="(2(h-2g))/(3f+1)",
        wrap=True,
        expected=True,
        why="factored numerator marked incorrect",
    ),
    _c(
        KH,
        _t(131951),
        gold="z=-24t/(48t+132)",
        pred="z=-t/(2t+5.5)",
        wrap=True,
        expected=True,
        why="numerator and denominator divided by 24",
    ),
    _c(
        KH,
        _t(136419),
        gold="k=t/(2s-2t)",
        pred="k=t/(2 (s-t))",
        wrap=True,
        expected=True,
        why="the answer given vs the reporter's factored denominator",
    ),
    _c(
        KH,
        _t(136419),
        gold="t/(2s-2t)",
        pred="t/(10(s-t))",
        wrap=True,
        expected=False,
        why="the first timeline attempt (fields t, 10(s-t)) is a different value",
    ),
    _c(
        KH,
        _t(150464),
        gold="(-7a+35)/14",
        pred="(-a+5)/2",
        wrap=True,
        expected=True,
        why="simplified by factoring a 7; program stated it was wrong",
    ),
    _c(
        KH,
        _t(150464),
        gold="(-19p-13)/(12p-4)",
        pred="(-38p+26)/(-24p+8)",
        wrap=True,
        expected=False,
        why="typed fields -38p+26 / -24p+8 equal (19p-13)/(12p-4), not the reference as quoted",
    ),
    _c(
        KH,
        _t(151349),
        gold="(-r-3t)/(4r)",
        pred="(r+3t)/(-4r)",
        wrap=True,
        expected=True,
        why="'-r-3t/4r' vs typed fields r+3t / -4r: -1 multiplied top and bottom",
    ),
    _c(
        KH,
        _t(144486),
        gold="25/2",
        pred="50/4",
        wrap=True,
        expected=True,
        why="only 25/2 accepted (correct-activity), 50/4 rejected",
    ),
    _c(
        KH,
        _t(129444),
        gold="(4b-8c)/(4b+a)",
        pred="(4(b-2c))/(4b+a)",
        wrap=True,
        expected=True,
        why="equivalent factored form not accepted",
    ),
    _c(
        KH,
        _t(137360),
        gold="10",
        pred="10/1",
        wrap=True,
        expected=True,
        why="hints give 10; only 10/1 accepted (x != -4 part equal in both)",
    ),
    _c(
        KH,
        _t(130198),
        gold="-(k-6)/7",
        pred="(-k+6)/7",
        wrap=True,
        expected=True,
        why="typed fields -k+6 / 7; the '-' distributed",
    ),
    _c(
        KH,
        _t(136743),
        gold="1/20",
        pred=".05",
        wrap=True,
        expected=True,
        why="1/2 divided by 10; .05 rejected, 1/20 accepted",
    ),
    _c(
        KH,
        _t(155817),
        gold="1/2",
        pred="0.5",
        wrap=True,
        expected=True,
        why="0.5 incorrect, 1/2 correct in the timeline",
    ),
    _c(
        KH,
        _t(155088),
        gold="1 1/2",
        pred="1.5",
        wrap=True,
        expected=True,
        why="mixed number 1 1/2 accepted, 1.5 rejected",
    ),
    _c(
        KH,
        _t(122763),
        gold="6/9",
        pred="6",
        wrap=True,
        expected=False,
        why="6 incorrect, 6/9 correct in the timeline: different values",
    ),
    _c(
        KH,
        _t(113176),
        gold="1/2",
        pred="0.5",
        wrap=True,
        expected=True,
        why="L'Hopital's rule: accepted 1/2, rejected 0.5",
    ),
    _c(
        KH,
        _t(128434),
        gold="1/2",
        pred="0.5",
        wrap=True,
        expected=True,
        why="solution 1/2 (timeline correct-activity); 0.5 marked incorrect",
    ),
    _c(
        KH,
        _t(135402),
        gold="1/2",
        pred=".5",
        wrap=True,
        expected=True,
        why="remainder coefficient .5 rejected, 1/2 accepted (quotient x+2 in both)",
    ),
]

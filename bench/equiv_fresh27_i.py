r"""A twenty-seventh fresh set of answer-equivalence cases (evaluation only; helper "i":
answer-verification code of maths problem platforms and of agent / LLM tool projects: MCP maths
servers, an MCP server's benchmark grader, a learning-activity platform's answer validator).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh27_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- tufantunc/axiom-advanced-math-mcp (an MCP maths server for LLM agents, with a benchmark grader
  for its MATH / CAS runs) @ b57af28a4a2f288dfb8f2348805f0cd1e442e221:
  ``test/grader-v2.test.ts`` (``gradeV2(predicted, ground).match`` / ``gradeV2Async``),
  ``test/golden/fixtures.ts`` (the golden corpus ``GRADER_CASES``: ``candidate``, ``ground``,
  ``shouldMatch``, run by ``test/golden/grader.golden.test.ts`` with the v3 stages on),
  ``test/grader-robustness.test.ts`` (``gradeV2Async`` with the real Giac bridge, and
  ``grade(modelResponse, groundTruth).correct`` on whole responses), ``test/grader-residue.test.ts``
  and ``test/grader-candidate-pipeline.test.ts`` (``gradeV2`` with ``AXIOM_GRADER_V3=1``).
  GPL-3.0 (LICENSE; package.json "GPL-3.0-or-later").
- xstraven/mcp-server-learning ``tests/test_math_verification.py``
  @ 7a432df34e95c43c88b013229810e79939e723b8 (the FastMCP "Mathematical Verification Server":
  ``SymPyVerifier().verify_equality(expr1, expr2)["is_valid"]`` and the MCP tool
  ``verify_equivalence.fn(expr1, expr2)["data"]["is_valid"]``; the first argument is stored as
  gold). No license file (none in the snapshot's tree).
- CodeSignal/learn_cosmo-activities-web ``test/text-input-validation.test.js``
  @ e99d4358425695f59703dd23d5a68f2112eaa04e (CodeSignal Learn's text-input activity validator:
  ``validateTextInputNumeric(user, correct, opts)``, ``validateTextInputNumericWithUnits``,
  ``validateTextInputNumericWithCurrency``, ``validateTextInputString`` with
  ``ignoreWhitespace``, ``validateTextInputAnswer(question, user)`` over accepted answers).
  Elastic License 2.0 (LICENSE).
- ServiceNow/BrowserGym ``tests/assistantbench/test_evaluation.py``
  @ 1bf9bf7cc52adeaed5978a3461a107118da199cc (the indexed version; the AssistantBench web-agent
  benchmark's ``question_scorer(prediction, gold_answer)`` score, ``test_evaluate_comma_numbers``:
  thousands separators and decimal commas, issue #404). Apache-2.0 (LICENSE of the stored snapshot
  9e779f087de9a65668b6974d11f9ce9816026e96, which predates these cases).

Left out, by rule:
axiom: the assertions that only test plumbing or a switched-off stage, not an answer verdict:
``gradeV2Async`` "falls back to sync when giacEval throws" and "degrades gracefully when giacEval
returns null" (equivalent pairs asserted *unmatched* because the CAS is made to fail), "skips
symbolic when bridge unavailable", the three "does not fire when AXIOM_GRADER_V3 is unset" /
"patterns are OFF without AXIOM_GRADER_V3" checks (flag policy), the ``x = 5`` vs ``5`` check
that asserts only which method fired; the pure transform tests (``stripConstantTail``,
``stripBigOTail``, ``stripLogAbs``, ``stripPercentTail``, ``lastChainSegment``,
``stripTrailingConstraint``, ``stripValueLabels``, ``generateCandidates``) and the answer-parser /
regrade extraction tests (extraction only); the golden tool corpus (``TOOL_CASES``: CAS output
contains a string). Exact duplicates of a pair already taken in the same direction (the golden
corpus repeats ``x >= 11/2`` vs ``[\frac{11}{2}, \infty)`` and the product-rule pair of
grader-v2.test.ts; the pipeline test repeats ``x = 5`` vs ``5``) are taken once.
xstraven: derivative / integral / limit / proof-step checks (the reference is computed from an
operation, not written as an answer), the single-expression ``check_identity`` tool checks, LaTeX parsing tests, the duplicate
``test_verify_equivalence_tool`` (defined twice in the file with the same pair).
CodeSignal: the word answers (Paris, USA / U.S.A., fuzzy spelling), the
``validate-later`` semantics, option parsing, ``s + 3`` vs ``s+3`` with ``ignoreWhitespace`` off
(a formatting switch), and ``3.141`` vs ``3.14`` accepted under an explicit threshold of 0.01
(a tolerance the question author sets).
BrowserGym: ``test_evaluate`` over ``data/fallback_gpt4_seeplanact_predictions.jsonl`` (scores
recorded by the original AssistantBench harness run, i.e. computed, and mostly partial F1 credit),
``test_evaluate_comma_numbers_in_dicts`` (a JSON record answer), the in-environment replay test.

Examined and not used: sashakile/elegua (a CAS cross-check harness: its comparisons are of
adapter result tokens, not answers); holic9418/telegram-math-grader (an attendance / Claude relay
bot, no answer checking tests); udolev/math-verification and alonamaloh/math-verifier (no
answer-pair tests; the latter is a proof checker); dominicus9708/Math-verification (Collatz
notes); jacobzeng/alcumus-service (no answer checking tests); ArianneAlonso/tutor-math-mcp,
BlaineHeffron/symbolic-math-mcp, apetta/vibe-math-mcp, danielsimonjr/math-mcp,
seanshin0214/polymath-mcp (calculator / CAS tools, no answer-equivalence tests);
XBP-Europe/sagemath-mcp (its "equivalent spellings" are Sage input spellings evaluated by Sage);
wangyu9/ai4math and VentiMath/venti-sdk (PyPI packages ai4math and symbolic-math-verify whose
sdists carry answer-equivalence tests, but no GitHub snapshot or indexed commit could be had, so
they are not transcribed); ernurreen-rgb/mathbott (its answer tests are 42 / 43 and MCQ letters),
chung140204/MathBot, yongal74/mathbot-app, MichaelMishaev/isrmathBot and fregire/TelegramMathBot
(bots without answer-equivalence tests; the last one's tests are expression-solver tests);
park-kyungchan/kice-math-agent-infra (conclusion-form hashes, not answer pairs);
ai-math-edu-lab/math-agents, Erix025/matheval, woplas/math-checker,
quietvoice/octave-llm-math-checker, xiaoming1348/math-contest-platform, micoolee/mathoj,
SojebSikder/math-contest, niuniu513-ask/math-contest-assistant (no answer-comparison tests);
puzzleclone/PolyhedronEvaluator (its ``test_cases.json`` expectations are rewritten from the
evaluator's own output by ``test_cases.py true``, so they are computed, not asserted by people);
Sabah-Naurin/bdmo-math-benchmark (an ``is_correct`` column from plain string equality);
XT286/pure-math-benchmark (rubrics, no answer pairs). Claimed but no snapshot or no file could be
read: SemenKr/olympiad-trainer, JEglez/MathPilot-Olympiad-training,
asetlearning/math-agents-challenge-generation, yanenli2/frontier-math-agents,
zw20031106/Math-Agent, mjdoucet8/math-check, ConnorC3/math-checker, khamsing888/ai4math-verifier-
guided-repair; devYaoYH/aime-bench holds run traces with automatic verification only.

The cases continue in bench/equiv_fresh27_i2.py (split for length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AX = "tufantunc/axiom-advanced-math-mcp"
_AXH = "b57af28a4a2f288dfb8f2348805f0cd1e442e221"
AX_V2 = f"test/grader-v2.test.ts@{_AXH}"
AX_GOLD = f"test/golden/fixtures.ts@{_AXH}"
AX_ROB = f"test/grader-robustness.test.ts@{_AXH}"
AX_RES = f"test/grader-residue.test.ts@{_AXH}"
AX_PIPE = f"test/grader-candidate-pipeline.test.ts@{_AXH}"

XS = "xstraven/mcp-server-learning"
XS_AT = "tests/test_math_verification.py@7a432df34e95c43c88b013229810e79939e723b8"

CS = "CodeSignal/learn_cosmo-activities-web"
CS_AT = "test/text-input-validation.test.js@e99d4358425695f59703dd23d5a68f2112eaa04e"

BG = "ServiceNow/BrowserGym"
BG_AT = "tests/assistantbench/test_evaluation.py@1bf9bf7cc52adeaed5978a3461a107118da199cc"

CASES = [
    # --- axiom-advanced-math-mcp: gradeV2(predicted, ground) ---
    _c(AX, AX_V2, gold=r"42", pred=r"42", wrap=True, expected=True, why="gradeV2: exact match"),
    _c(
        AX,
        AX_V2,
        gold=r"-82/27",
        pred=r"-\frac{82}{27}",
        wrap=True,
        expected=True,
        why="gradeV2: normalized match across LaTeX",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="gradeV2: numeric tolerance match",
    ),
    _c(AX, AX_V2, gold=r"5", pred=r"3", wrap=True, expected=False, why="gradeV2: plain mismatch"),
    _c(
        AX,
        AX_V2,
        gold=r"sqrt(2)/3",
        pred=r"\frac{\sqrt{2}}{3}",
        wrap=True,
        expected=True,
        why="gradeV2: does not over-collapse function-call parens like sqrt(2)",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"\frac{\sqrt{2}}{3}",
        pred=r"sqrt2/3",
        wrap=True,
        expected=False,
        why="gradeV2: sqrt2 (bare identifier) must not match sqrt(2)/3",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"\{3, 1, 2\}",
        pred=r"\{1, 2, 3\}",
        wrap=True,
        expected=True,
        why="gradeV2 set match: matches sets ignoring order",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"{3/2, -1/8}",
        pred=r"\{-1/8, 3/2\}",
        wrap=True,
        expected=True,
        why="gradeV2 set match: matches sets across LaTeX/plain",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"\{1, 3\}",
        pred=r"\{1, 2\}",
        wrap=True,
        expected=False,
        why="gradeV2 set match: rejects sets with different members",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"[1,5]",
        pred=r"[1, 5]",
        wrap=True,
        expected=True,
        why="gradeV2 interval match: matches intervals across notation",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"(0,inf)",
        pred=r"(0, \infty)",
        wrap=True,
        expected=True,
        why="gradeV2 interval match: (0, \\infty) vs (0,inf)",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"[\frac{11}{2}, \infty)",
        pred=r"x >= 11/2",
        wrap=True,
        expected=True,
        why="gradeV2: matches conditional vs interval (also golden 'conditional vs interval')",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"\{-1/8, 3/2\}",
        pred=r"x = -1/8 or x = 3/2",
        wrap=True,
        expected=True,
        why="gradeV2 conditional match: 'x = a or x = b' against {a, b}",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"2*x*sin(x)+x^2*cos(x)",
        pred=r"cos(x)*x^2+sin(x)*2*x",
        wrap=True,
        expected=True,
        why="gradeV2Async symbolic: expressions that simplify to 0 (also golden "
        "'derivative product rule')",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"2",
        pred=r"x",
        wrap=True,
        expected=False,
        why="gradeV2Async symbolic: returns false when simplify is non-zero",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"cos(x)",
        pred=r"cos(x)",
        wrap=True,
        expected=True,
        why="gradeV2Async: matches when simplify returns 0.0 (identical strings)",
    ),
    # v3 stages (AXIOM_GRADER_V3=1)
    _c(
        AX,
        AX_V2,
        gold=r"x - x^3/6 + x^5/120",
        pred=r"\sin(x) = x - x^3/6 + x^5/120",
        wrap=True,
        expected=True,
        why="gradeV2 v3 equation-RHS: predicted equation-form, ground plain RHS",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"f(x) = 2*x+1",
        pred=r"2*x+1",
        wrap=True,
        expected=True,
        why="gradeV2 v3 equation-RHS: ground equation-form, predicted plain RHS",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"-i,i",
        pred=r"i,-i",
        wrap=True,
        expected=True,
        why="gradeV2 v3 bare-comma-list: i,-i vs -i,i",
    ),
    _c(
        AX,
        AX_V2,
        gold=r"-sqrt(2),sqrt(2)",
        pred=r"sqrt(2),-sqrt(2)",
        wrap=True,
        expected=True,
        why="gradeV2 v3 bare-comma-list with sqrt members",
    ),
    # golden corpus (candidate, ground, shouldMatch)
    _c(
        AX,
        AX_GOLD,
        gold=r"-\frac{82}{27}",
        pred=r"-82/27",
        wrap=True,
        expected=True,
        why="golden: fraction LaTeX vs plain (regression #45)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"16/3",
        pred=r"16/3",
        wrap=True,
        expected=True,
        why="golden: integer vs fraction (regression #28 CAS)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"\{1, 2, 3\}",
        pred=r"\{3, 1, 2\}",
        wrap=True,
        expected=True,
        why="golden: set order-insensitive (MATH L5)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"\frac{11}{2}",
        pred=r"x = 11/2",
        wrap=True,
        expected=False,
        why="golden: interval vs conditional (regression #3 MATH L5), shouldMatch false",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"x-x^3/6+x^5/120",
        pred=r"\sin(x) = x - \frac{x^3}{6} + \frac{x^5}{120}",
        wrap=True,
        expected=True,
        why="golden: equation-form RHS extraction (regression #56 CAS taylor sin)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"i,-i",
        pred=r"-i,i",
        wrap=True,
        expected=True,
        why="golden: bare comma-list set match (regression #49 CAS eigenvals)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"sqrt(2),-sqrt(2)",
        pred=r"-sqrt(2),sqrt(2)",
        wrap=True,
        expected=True,
        why="golden: bare comma-list with sqrt members",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"-x/sqrt(1-x^2)",
        pred="-x/\u221a(1-x^2)",
        wrap=True,
        expected=True,
        why="golden: unicode square-root sign in candidate (regression CAS #6)",
    ),
    _c(
        AX,
        AX_GOLD,
        gold=r"5",
        pred=r"x = 5",
        wrap=True,
        expected=False,
        why="golden: equation-RHS rejects bare variable assignment 'x = 5' vs '5' (also "
        "candidate-pipeline 'golden invariant')",
    ),
    # robustness (real Giac bridge)
    _c(
        AX,
        AX_ROB,
        gold=r"1/(x^2+1)",
        pred=r"1/(1+x^2)",
        wrap=True,
        expected=True,
        why="symbolic recovered: equivalent rational forms",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"x^2+2*x+1",
        pred=r"(x+1)^2",
        wrap=True,
        expected=True,
        why="symbolic recovered: re-associated polynomial",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"x^3",
        pred=r"x^2",
        wrap=True,
        expected=False,
        why="guardrail: genuinely different expressions (x^2 vs x^3)",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"2/(1+x^2)",
        pred=r"1/(1+x^2)",
        wrap=True,
        expected=False,
        why="guardrail: genuinely different expressions (1/(1+x^2) vs 2/(1+x^2))",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"ln(x)",
        pred=r"ln(abs(x))",
        wrap=True,
        expected=False,
        why="guardrail: rejects non-equal abs vs bare (ln|x| vs ln x)",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"x^2",
        pred=r"x^2+1",
        wrap=True,
        expected=False,
        why="guardrail: rejects a constant-offset difference (+C ambiguity)",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"1/(x^2+1)",
        pred=r"Therefore the derivative is \(\frac{1}{1+x^2}\).",
        wrap=False,
        expected=True,
        why="grade() end-to-end: equivalent-form response graded correct",
    ),
    _c(
        AX,
        AX_ROB,
        gold=r"x^2",
        pred=r"The answer is x^3.",
        wrap=False,
        expected=False,
        why="grade() end-to-end: wrong response still graded wrong",
    ),
    # residue patterns (v3)
    _c(
        AX,
        AX_RES,
        gold=r"x+1",
        pred=r"x + 1, \quad x \neq 1",
        wrap=True,
        expected=True,
        why="residue: strips a trailing \\neq constraint",
    ),
    _c(
        AX,
        AX_RES,
        gold=r"x+1",
        pred=r"x + 2, \quad x \neq 1",
        wrap=True,
        expected=False,
        why="residue guard: different expression with constraint still wrong",
    ),
    _c(
        AX,
        AX_RES,
        gold=r"i,-i",
        pred=r"\lambda_1 = i, \quad \lambda_2 = -i",
        wrap=True,
        expected=True,
        why="residue: strips labels from fully-labeled multi-values",
    ),
    _c(
        AX,
        AX_RES,
        gold=r"i,-i",
        pred=r"\lambda_1 = i, \lambda_2 = i",
        wrap=True,
        expected=False,
        why="residue guard: wrong labeled values still wrong",
    ),
]

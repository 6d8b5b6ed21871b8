r"""A twenty-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": numeric
question answering outside school maths: financial QA over reports (FinQA / ConvFinQA /
FinanceBench answer checkers) and a SciBench evaluator).

Cases are transcribed from the answer-checker tests of small financial-QA repositories that no
earlier set used (checked against bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and the claims directory of this round). Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Golds the suites give as Python floats (``0.14136``) are stored as that float's ``repr``. Many of
these checkers compare within a relative tolerance and read percentages against decimal golds
(FinQA stores ``14.1%`` as ``0.14136``); ``why`` names the tolerance or the question's unit hint
where the verdict depends on it. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- zarifaziz/convfinqa ``tests/test_metrics.py`` @ 1820c0ecc5b3fb4015ea20a0e2d21cac49fe57ea
  (``compare_answer(predicted, gold, unit=None)``: relative tolerance
  ``max(1e-4, 5e-3 * |gold|)``; ``unit`` is the answer unit the model declared for the question),
  MIT.
- kndwin/ConvFinQA ``server/core/evals/tests/test_execution_scoring.py``
  @ 2e4701af647a79dd9af988698c78db269d2d8f05 (``score_numeric_execution(expected, actual,
  question)``: relative tolerance 1e-4, absolute floor 1e-5; legacy ``score_numeric``: 1 %;
  ``_text_answer(expected, actual)``; the inspect-ai turn scorers on whole model turns); no license
  file in the stored copy.
- mkahe/finance-rag ``labs/generation/test_suit/numerical_exact_match_test_suit.ipynb``
  @ 779552481cd5255925d690119b5879f262c72680 (FinanceBench answers; ``numerical_exact_match(gold,
  generated, tolerance)``, the relative tolerance of each row is in ``why``; the notebook was
  removed from the repository at a later commit); no license file in the stored copy.
- winterstein/ConvFinQA-exploration ``tests/test_eval_rig.py``
  @ 5e2854e4511d44ffbc190c26a8d3f75a917596e6 (``answers_match(a, b)``: both sides rounded to two
  significant figures, symmetric, the first argument read as the gold); no license file in the
  stored copy.
- khilo619/Financial-Document-Intelligence-Agent-Team7 ``tests/test_eval_metrics.py``
  @ d4578fac4b566038010a986a43cd47799120de78 (FinanceBench-style ``exact_match(pred, true)`` and
  ``numerical_accuracy(pred, true, pred_scale, true_scale)``, 1 % relative tolerance; read from the
  search index, no snapshot could be fetched, license not seen).
- kylenewm/open_deep_research ``tests/test_numeric_verification.py``
  @ bf3feae095bde3f471db7aaad7d86d6a76e5a89d (``verify_numeric_fact(claim, source)``: FinanceBench
  fact checking, claim read as the prediction), MIT.
- TruftedBug89/lite-benchmarks ``tests/test_evaluation_precision.py`` and
  ``tests/test_judge_integrity.py`` @ 0b5eca1639c177fdb586c245f943df9ca30b9540 (the SciBench,
  MATH-500 and AIME evaluators of a small benchmark runner, on whole completions), MIT.
Short test strings of the repositories without a license are quoted as test data, with
attribution.

Left out, by rule: mkahe's tolerance sweeps (the same pair asserted True at one tolerance argument
and False at a tighter one has no tolerance-free verdict: ``24.5%``/``24.48%``, ``93.86``/``93.12``,
``1577``/``1580``, ``$0.40``/``0.389``), its batch test (aggregate only, printed, no assert) and
its ``extract_number`` parser tests; single-string normaliser and parser tests (this round
wants answer pairs, not notation tests): winterstein's ``canon_answer`` / ``round_sig_figs``,
khilo619's ``parse_numerical_value`` / ``convert_to_base_unit`` / ``normalize_text``, kylenewm's
``normalize_financial_value``; non-numeric entity answers (khilo619's ``exact_match("CTS
Corporation", "cts corporation")`` and its two other name pairs, token-F1 and retrieval-recall
tests); kylenewm's ``verify_numeric_fact("14,514", "14,514", claim_scale="billions",
source_scale="millions") == "mismatch"`` (identical strings: the verdict rests only on scale
arguments outside both answers); kndwin's schema / evidence tests and conversation aggregates
beyond the turn verdicts they fix; lite-benchmarks' multiple-choice letters (GPQA, SuperGPQA),
code / tool-call / IFEval tests and its ``_extract_*`` / ``_normalize_latex`` parser tests.
Searched without finding pair assertions (or finding only
LLM-judged or checker-labelled dumps): nmp-dsci/ConvFinQA-agent, mightymax123/convfinqa (mocked
all-or-nothing strings only), alejio/convfinqa-agent (DeepEval LLM metrics),
ghchen99/ConvFinQA-llm-eval, AnalystTom/Tomoro-FinQA-Agent (printed, no asserts),
berkemBillur/ConvFinQA, EugeneB333/ConvFinQAAssignment, gstoil/ConvFinQA,
perelloliver/convfinqa-task, AntJamGeo/ConvFinQA, P-A-Ha/convfinqa-submission,
shariq-farooqui/convfinqa, nsharan2000/cost-aware-finqa, wallacexuhanxiao/FinQA-tool-calling-
GRPO-GSPO, benreeve1984/DocFinQA, Staudinger0325/FinanceReasoning (labels from its own numeric
checker after LLM extraction, not a stronger checker), OmarElbachyr/finqa-tablequest-bench
(aggregate LLM-judge scores only), LCIT-AIP-W25/FinQA, Quarkgluonmixture/FinQA,
thanhduc1102/finqa_kg. Not used: ruc-datalab/DeepAnalyze pull/123 (the stored thread is cut
before its example's expected answer, and the code it patches already compares the pair
numerically); test files found only through ``find_string`` whose repository could not be
named (a ``trusted_synthesis`` TAT-QA scale test, an ``openmas_bench`` FinQA / SciBench adapter
test, a Legion ConvFinQA evaluator). Already
claimed and not read: OpenEnv's FinQA reward tests (meta-pytorch/OpenEnv and its forks), GLM-V's
physics verifier tests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ZA = "zarifaziz/convfinqa"
ZA_AT = "tests/test_metrics.py@1820c0ecc5b3fb4015ea20a0e2d21cac49fe57ea"
KN = "kndwin/ConvFinQA"
KN_AT = "server/core/evals/tests/test_execution_scoring.py@2e4701af647a79dd9af988698c78db269d2d8f05"
MK = "mkahe/finance-rag"
MK_AT = (
    "labs/generation/test_suit/numerical_exact_match_test_suit.ipynb"
    "@779552481cd5255925d690119b5879f262c72680"
)
KH = "khilo619/Financial-Document-Intelligence-Agent-Team7"
KH_AT = "tests/test_eval_metrics.py@d4578fac4b566038010a986a43cd47799120de78"
KY = "kylenewm/open_deep_research"
KY_AT = "tests/test_numeric_verification.py@bf3feae095bde3f471db7aaad7d86d6a76e5a89d"
LB = "TruftedBug89/lite-benchmarks"
LB_EP = "tests/test_evaluation_precision.py@0b5eca1639c177fdb586c245f943df9ca30b9540"
LB_JI = "tests/test_judge_integrity.py@0b5eca1639c177fdb586c245f943df9ca30b9540"
WI = "winterstein/ConvFinQA-exploration"
WI_AT = "tests/test_eval_rig.py@5e2854e4511d44ffbc190c26a8d3f75a917596e6"

# zarifaziz/convfinqa: compare_answer(predicted, gold) -> expected; gold a float (its repr).
_ZA_NUMERIC = [
    ("14.1%", "0.14136", True, "percent vs decimal gold, within 0.5 % relative"),
    ("142.4%", "1.42403", True, "percent vs decimal gold, within 0.5 % relative"),
    ("14.0%", "0.14136", False, "0.140 vs 0.14136: outside max(1e-4, 5e-3*|gold|)"),
    ("206588", "206588.0", True, "same number"),
    ("206589", "206588.0", True, "off by one, within 0.5 % relative tolerance"),
    ("$25,587", "25587.0", True, "dollar sign and thousands comma"),
    ("(1,234)", "-1234.0", True, "accounting parentheses read as negative"),
    ("0.141", "0.14136", True, "float prediction 0.141 (a Python float in the test)"),
    ("14.1", "0.14136", False, "unitless 14.1 is not promoted to a percent"),
    ("not a number", "1.0", False, "no number in the prediction"),
]

# zarifaziz/convfinqa: compare_answer(predicted, gold, unit=...) -> expected.
_ZA_UNIT = [
    ("73.11", "0.73109", "percent", True),
    ("14.1", "0.14136", "percent", True),
    ("14.1%", "0.14136", "percent", True),
    ("206588", "206588.0", "raw", True),
    ("206588", "206588.0", "none", True),
    ("14.1", "0.14136", None, False),
    ("3.97", "3.97", "percent", True),
    ("-9402", "-9402.0", "percent", True),
]

_ZA_TEXT = [
    ("yes", "yes", True),
    ("YES", "yes", True),
    (" yes ", "yes", True),
    ("no", "yes", False),
]

# mkahe/finance-rag: numerical_exact_match(gold, generated, tolerance) -> expected.
_MK_ROWS = [
    # test_format_equivalence
    ("$1577.00", "1577", 0.01, True, "Dollar sign removal"),
    ("$1577.00", "1577.0", 0.01, True, "Decimal zeros"),
    ("1,577", "1577", 0.01, True, "Comma removal"),
    ("$1,577.00", "1577", 0.01, True, "Both currency and comma"),
    ("8.70", "8.7", 0.01, True, "Trailing zero"),
    ("0.40", "0.4", 0.01, True, "Trailing zero small"),
    ("-3.7", "-3.70", 0.01, True, "Negative with trailing zero"),
    # test_tolerance_matching (the swept pairs are left out, see the docstring)
    ("8.70", "8.738", 0.01, True, "~0.4% error, within 1%"),
    # test_scale_normalization
    ("$1,577 million", "$1.577 billion", 0.01, True, "Million to billion exact"),
    ("$1,577 million", "$1.58 billion", 0.002, True, "Million to billion ~0.2% error"),
    ("$1616.00", "1,615.9 million", 0.01, True, "No scale vs million - numbers so close"),
    ("1577", "1.577 billion", 0.01, False, "No scale vs billion (compare raw)"),
    ("$0.40", "0.389 billion", 0.03, True, "Small values different scales"),
    ("$1.2 billion", "$1200 million", 0.01, True, "Billion to million exact"),
    ("15 billion", "$15 billion", 0.01, True, "Same scale with currency"),
    # test_percentage_conversion
    ("0.8", "78.95%", 0.02, True, "0.8 (80%) vs 78.95% - within 2%"),
    ("0.8", "79.83%", 0.01, True, "0.8 (80%) vs 79.83% - within 1%"),
    ("0.8", "75%", 0.05, False, "0.8 (80%) vs 75% - outside 5%"),
    ("24.5%", "0.245", 0.01, True, "24.5% vs 0.245 (24.5%)"),
    ("1.9%", "0.019", 0.01, True, "1.9% vs 0.019 (1.9%)"),
    ("78.95%", "78.95%", 0.01, True, "Same percentage format"),
    ("0.245", "0.245", 0.01, True, "Same decimal format"),
    # test_refusals (expected category 'refusal')
    ("$1577.00", "I cannot calculate", 0.01, False, "Explicit refusal"),
    ("$1577.00", "Data not available.", 0.01, False, "Data not available"),
    ("93.86", "cannot be determined without", 0.01, False, "Cannot determine"),
    ("24.5%", "Insufficient information", 0.01, False, "Insufficient info"),
    ("$8.70", "N/A", 0.01, False, "N/A"),
    # test_edge_cases
    ("0", "0", 0.01, True, "Zero comparison"),
    ("0.0", "0", 0.01, True, "Zero with decimal"),
    ("-3.7", "-3.65", 0.02, True, "Negative numbers"),
    ("-0.02", "-0.019", 0.06, True, "Small negative numbers (5% error, 6% tolerance)"),
    ("0.001", "0.0011", 0.11, True, "Very small numbers (10% error, >10% tolerance)"),
    ("100", "100.01", 0.001, True, "Very small relative error (0.01%)"),
    # test_real_world_examples (FinanceBench golds against closed-book / oracle answers)
    ("$8.70", "$15 billion", 0.01, False, "Gold $8.70 vs Closedbook $15B - wrong"),
    ("$8.70", "8.738", 0.01, True, "Gold $8.70 vs Oracle 8.738 - close"),
    ("93.86", "10.45", 0.01, False, "Gold 93.86 vs Closedbook 10.45 - wrong"),
    ("93.86", "93.12", 0.01, True, "Gold 93.86 vs Oracle 93.12 - close"),
    ("$1616.00", "Data not available.", 0.01, False, "Gold $1616 vs Refusal"),
    ("$1616.00", "1,615.9 million", 0.01, True, "Gold $1616 vs 1615.9M - so close"),
    ("$0.40", "$1.2 billion", 0.01, False, "Gold $0.40 vs $1.2B - wrong"),
    ("$0.40", "0.389 billion", 0.03, True, "Gold $0.40 vs 0.389B - scale match?"),
    ("0.8", "78.95%", 0.02, True, "Gold 0.8 vs 78.95% - percentage conversion"),
    ("0.8", "79.83%", 0.01, True, "Gold 0.8 vs 79.83% - percentage conversion"),
    ("1.57", "1.57", 0.01, True, "Quick ratio exact"),
    ("0.67", "0.69", 0.03, True, "Quick ratio close"),
]

# khilo619/Financial-Document-Intelligence-Agent-Team7: numerical_accuracy(pred, true), 1 %
# relative tolerance; the test passes Python numbers (stored as written in the test).
_KH_NUM = [
    ("304811", "304811", True, "exact"),
    ("304,811", "304811", True, "thousands comma"),
    ("1005.0", "1000.0", True, "0.5% error within 1%"),
    ("995.0", "1000.0", True, "0.5% error within 1%"),
    ("1009.9", "1000.0", True, "0.99% error within 1%"),
    ("1015.0", "1000.0", False, "1.5% error outside 1%"),
    ("985.0", "1000.0", False, "1.5% error outside 1%"),
    ("0.0", "0.0", True, "zero"),
    ("1e-7", "0.0", True, "zero gold: boundary 1e-7 (max(|v|, 1e-5) * 0.01)"),
    ("5.0", "0.0", False, "zero gold, 5.0 off"),
    ("9447000", "9447", True, "true_scale='thousand' (gold 9447 in thousands), pred raw dollars"),
    ("14.3", "14300", True, "pred_scale='million', true_scale='thousand': 14.3 M = 14,300 K"),
]

# kylenewm/open_deep_research: verify_numeric_fact(claim, source[, tolerance, scales]); the
# claim is read as the prediction, the source value as the gold; "exact_match" and
# "approximate_match" (default relative tolerance 1 %) are matches, "mismatch" is not.
_KY_ROWS = [
    ("10500000000", "10500000000", True, "exact_match (ints)"),
    ("$10.5B", "10,500 million", True, "exact_match: different formats, same value"),
    ("$10.5B", "10500000000", True, "exact_match: string vs int"),
    ("-", "0", True, "exact_match: accounting dash is zero"),
    ("\u2014", "$0", True, "exact_match: em dash vs $0"),
    ("10550000000", "10500000000", True, "approximate_match: ~0.48% off, 1% tolerance"),
    ("10100000000", "10000000000", True, "approximate_match: exactly 1% off"),
    ("10150000000", "10000000000", False, "mismatch: 1.5% off, 1% tolerance"),
    ("$11B", "$10B", False, "mismatch: large difference"),
    ("14514000000", "14,514", True, "exact_match: source_scale='millions' (gold in millions)"),
    ("14,514", "14,514", True, "exact_match: claim and source both in millions"),
    ("10050", "10000", False, "mismatch: 0.5% off at tolerance 0.001"),
    ("10500", "10000", True, "approximate_match: 5% off at tolerance 0.10"),
]

# TruftedBug89/lite-benchmarks: <Benchmark>.evaluate(question, completion) -> 1.0 / 0.0; the
# gold is the question's "answer" (MATH-500), "answer_number" (SciBench, a float: its repr) or the
# boxed answer of its "solution" (AIME). (where, benchmark, gold, completion, expected)
_LB_ROWS = [
    ("EP", "SciBench", "0.0", r"The result is \boxed{0}.", True),
    ("EP", "SciBench", "0.0", r"The result is \boxed{0.0}.", True),
    (
        "EP",
        "AIME (gold: solution 'Steps... Thus \\boxed{42}. (Ref 2024)')",
        "42",
        r"Answer: \boxed{42}",
        True,
    ),
    ("EP", "MATH-500", r"\dfrac{3}{5}", r"\boxed{\frac{3}{5}}", True),
    ("EP", "MATH-500", r"\dfrac{3}{5}", r"\boxed{\frac{4}{5}}", False),
    ("EP", "MATH-500", r"\sqrt{2}", r"\boxed{2}", False),
    ("EP", "MATH-500", r"3\sqrt{2}", r"\boxed{2}", False),
    ("EP", "MATH-500", r"\frac{3}{5}", r"\boxed{2}", False),
    ("EP", "MATH-500", r"\frac{3}{5}", "42", False),
    ("EP", "MATH-500", "2^5", r"\boxed{32}", True),
    ("EP", "MATH-500", r"\frac{1}{2}", r"\boxed{0.5}", True),
    ("EP", "MATH-500", r"\sqrt{4}", r"\boxed{2}", True),
    ("EP", "MATH-500", "10^6", r"\boxed{1000000}", True),
    ("EP", "MATH-500", r"\dfrac{1}{2}", r"\boxed{\frac{1}{2}}", True),
    ("EP", "MATH-500", "42", r"\boxed{42}", True),
    ("EP", "MATH-500", "3.14", r"The result is \boxed{3.14}.", True),
    ("EP", "MATH-500", "1000000", r"\boxed{1,000,000}", True),
    ("EP", "MATH-500", "42", r"\boxed{43}", False),
    ("EP", "SciBench", "4.4e-09", r"\boxed{4.4 \times 10^{-9}}", True),
    ("EP", "SciBench", "4.4e-09", r"\boxed{4.4e-9}", True),
    ("EP", "SciBench", "4.4e-09", r"\boxed{9.9 \times 10^{-9}}", False),
    ("JI", "MATH-500", "42", r"Therefore \boxed{42}.", True),
    ("JI", "MATH-500", "42", r"\boxed{43}", False),
    ("JI", "MATH-500", r"\sqrt{2}", r"\boxed{2}", False),
    ("JI", "MATH-500", r"\dfrac{1}{2}", r"\boxed{\frac{1}{2}}", True),
    ("JI", "AIME", "314", r"The final answer is \boxed{314}.", True),
    ("JI", "AIME", "314", "Answer: 314", True),
    ("JI", "AIME", "314", "Answer: 315", False),
    ("JI", "SciBench", "0.0", r"\boxed{0}", True),
    ("JI", "SciBench", "0.0", r"\boxed{0.0}", True),
    ("JI", "SciBench", "9.81", r"\boxed{9.81}", True),
    ("JI", "SciBench (within the suite's 1% rel_tol)", "9.81", r"\boxed{9.82}", True),
]

CASES: list[dict] = [
    # --- zarifaziz/convfinqa: compare_answer(predicted, gold) ---------------------------------
    *[
        _c(ZA, ZA_AT, gold, pred, True, ok, f"compare_answer {ok}: {why}")
        for pred, gold, ok, why in _ZA_NUMERIC
    ],
    *[
        _c(
            ZA,
            ZA_AT,
            gold,
            pred,
            True,
            ok,
            f"compare_answer(unit={unit!r}) {ok}: the answer unit declared for the question"
            + (" (percent: 73.11 read as 73.11 %)" if unit == "percent" else ""),
        )
        for pred, gold, unit, ok in _ZA_UNIT
    ],
    *[
        _c(ZA, ZA_AT, gold, pred, True, ok, f"compare_answer {ok}: yes/no answer, case and spaces")
        for pred, gold, ok in _ZA_TEXT
    ],
    # --- kndwin/ConvFinQA: score_numeric_execution(expected, actual[, question]) -------------
    _c(KN, KN_AT, "100", "100.0099", True, True, "execution match: within 1e-4 relative"),
    _c(KN, KN_AT, "100", "100.0101", True, False, "no execution match: beyond 1e-4 relative"),
    _c(KN, KN_AT, "0", "0.000009", True, True, "execution match: within 1e-5 absolute floor"),
    _c(KN, KN_AT, "0", "0.000011", True, False, "no execution match: beyond 1e-5 floor"),
    _c(KN, KN_AT, "100", "100.5", True, True, "legacy score_numeric (1 % tolerance) match"),
    _c(KN, KN_AT, "14.1%", "0.141", True, True, "percent gold vs decimal answer"),
    _c(
        KN,
        KN_AT,
        "2200",
        "$2.2 billion",
        True,
        True,
        "question: 'expressed in millions'; 2200 (million) = $2.2 billion",
    ),
    # --- kndwin/ConvFinQA: _text_answer(expected, actual) -> (usable, correct, normalised) ----
    _c(KN, KN_AT, "Yes", "Final answer: YES", False, True, "_text_answer correct"),
    _c(
        KN,
        KN_AT,
        "Revenue",
        "The final answer is: revenue. It increased.",
        False,
        True,
        "_text_answer correct",
    ),
    _c(KN, KN_AT, "Yes", "The answer is yes!", False, True, "_text_answer correct"),
    _c(KN, KN_AT, "Revenue", "", False, False, "_text_answer: empty output, not correct"),
    # --- kndwin/ConvFinQA: turn_execution_accuracy on whole model turns ----------------------
    _c(
        KN,
        KN_AT,
        "10",
        "The intermediate value was 99. Final answer: 10.",
        False,
        True,
        "turn score 1.0: explicit final answer wins over an intermediate value",
    ),
    _c(KN, KN_AT, "10", "The calculation gives 10.", False, True, "turn score 1.0: fallback"),
    _c(KN, KN_AT, "10", "Final answer: 11", False, False, "turn score 0: parsed, wrong"),
    _c(KN, KN_AT, "10", "No result.", False, False, "turn score 0: no usable answer"),
    _c(KN, KN_AT, "10", "Final answer: 10", False, True, "the right turn of 'one wrong turn'"),
    _c(KN, KN_AT, "20", "Final answer: 21", False, False, "the wrong turn of 'one wrong turn'"),
    _c(KN, KN_AT, "yes", "Final answer: YES!", False, True, "boolean turn, score 1.0 overall"),
    _c(
        KN,
        KN_AT,
        "Revenue",
        "The final answer is Revenue. It grew.",
        False,
        True,
        "text turn, score 1.0 overall",
    ),
    # --- mkahe/finance-rag: numerical_exact_match(gold, generated, tolerance) ----------------
    *[
        _c(MK, MK_AT, gold, pred, True, ok, f"match {ok} at tolerance {tol}: {why}")
        for gold, pred, tol, ok, why in _MK_ROWS
    ],
    # --- winterstein/ConvFinQA-exploration: answers_match(a, b) -----------------------------
    _c(WI, WI_AT, "1.27%", "1.3%", True, True, "answers_match: equal at 2 significant figures"),
    _c(WI, WI_AT, "-8.9%", "-8.94%", True, True, "answers_match: equal at 2 significant figures"),
    _c(WI, WI_AT, "1.27%", "1.2%", True, False, "not answers_match: 1.3% vs 1.2% at 2 s.f."),
    _c(WI, WI_AT, "10", "12", True, False, "not answers_match"),
    # --- khilo619/...-Team7: exact_match(pred, true) / numerical_accuracy(pred, true) --------
    _c(KH, KH_AT, "304811", "304,811", True, True, "exact_match 1.0: gold the int 304811"),
    _c(KH, KH_AT, "14.5", "$14.50", True, True, "exact_match 1.0: gold the float 14.5"),
    _c(KH, KH_AT, "200", "100", True, False, "exact_match 0.0"),
    *[
        _c(KH, KH_AT, gold, pred, True, ok, f"numerical_accuracy {float(ok)}: {why}")
        for pred, gold, ok, why in _KH_NUM
    ],
    # --- kylenewm/open_deep_research: verify_numeric_fact(claim, source) -------------------
    *[
        _c(KY, KY_AT, gold, pred, True, ok, f"verify_numeric_fact {why}")
        for pred, gold, ok, why in _KY_ROWS
    ],
    # --- TruftedBug89/lite-benchmarks: <Benchmark>.evaluate(q, completion) ------------------
    *[
        _c(
            LB,
            LB_EP if at == "EP" else LB_JI,
            gold,
            pred,
            False,
            ok,
            f"{bench} evaluate {float(ok)}",
        )
        for at, bench, gold, pred, ok in _LB_ROWS
    ],
]

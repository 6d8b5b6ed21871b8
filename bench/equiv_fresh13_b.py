r"""A thirteenth fresh set of answer-equivalence cases (evaluation only; helper "b").

Cases are transcribed from the test suites of small RL / evaluation repositories, a math tutoring
app and a STEM (physics / chemistry) tutor that no earlier set used (see bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of the earlier equiv_fresh* modules and the claims in
/work/wt/fresh13_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit). The repositories' license files were not checked in this round;
the short test strings are quoted as test data, with attribution:

- adamoosya/compute-aligned-training ``tests/test_math_answers.py``
  @ 3e3b92cbff6f7e8bcec92f9baa1e32eaf38340b5 (``answer_matches(prediction, target)``) and
  ``tests/test_math_scoring.py`` @ the same commit (one pass@1 case whose four completions are all
  ``"2"`` against ``\boxed{\frac{1}{2}}``).
- StanfordMIMI/HeadEntropy ``tests/test_math_answers.py``
  @ 2c67932dc21e1c14b7c841f123d8674a5c7a36b8 (``math_equal(pred, gold)``; the order is the one
  its ``send_to_vllm`` test uses: model answer, then ground truth).
- tianyiniu/SearchOp ``tests/test_math_answers.py`` @ 51e5145b3854fb70bb95b42574aef96c155611ed
  (``MA.key(a) == MA.key(b)``: the suite checks each shared key against math-verify, so one key
  is read as an equivalence, ``a`` stored as gold; ``MA.grade(gold, answer)``).
- Inv1ous/stem-tutor ``tests/test_grade.py`` @ 0c64aee4a23136c5c669c7ae7b5a824880f33b27
  (``grade.grade_item``: expression items, whose gold is a SymPy-syntax expression kept as
  written, and a numeric chemistry item, gold 0.0425 mol to 3 significant figures, stored as
  ``0.0425 mol``; ``correct`` is the verdict).
- Lvtg/MoPRM ``tests/test_answer_checking.py`` @ 20765b1c863fe8dc21a6580ee022d2c9d2fb0f46
  (``check_answer(response, gold)``).
- ruienxie0104/llm-calibration-token-efficiency ``tests/test_answer_utils.py`` and the
  ``_test()`` self-check of ``experiments/v3-budget-pilot/answer_utils.py``, both
  @ 25be87081b1d1ebd08bded79fb8c32a9a0c3d732 (``is_correct(predicted, expected)``; the pairs the
  self-check repeats from the test file are kept once).
- fengxiaohu/save-my-astra ``tests/test_math_grade.py``
  @ ec848466659acf591e9826384054f349a707cfa4 (``grade_math(completion, gold)``,
  ``answers_equal``).
- KhaquanS/Reasoning-Distillation ``tests/test_math_evaluation.py``
  @ 330978de88ace160cf65b0c037ad8c480c462d32 (``math_equivalent(pred, gold)``,
  ``aime_exact_match(pred, gold)``).
- BruceSheng1202/IER-OPD (a slime fork whose test file and ``math_grading`` module are its own)
  ``tests/test_math_evaluation.py`` @ d5e129f665c4343434ccec3f0b8ef6ee41b6dbfa
  (``grade_math_answer(response, label)``).
- praxagent/prax ``tests/test_answer_equiv.py`` @ 0f85d92939a8fe8be30821ccd1538760aeb47953
  (``answers_equivalent``, read as (prediction, gold) as in its ``76^\circ`` vs ``76`` case).
- danielmigueltejedor/studium ``tests/test_math_verify.py``
  @ 7c3a87e90b7d8112b0671961db339c3a4de92118 (``verify_algebraic_equivalence(left, right)`` and
  ``verify_numeric_cross_check``: a verified status is True, ``FAILED`` is False; SymPy syntax).
- asdjasdsad/math-tutor-agent ``tests/test_answer_extraction.py``
  @ 4fbc4929d770f49814a5d85c9d67de66bc1688f8 (``answers_match``, ``normalize_answer``).
- ggbaguidi/OlympiadLevelMaths4LLM (AIMO3 Kaggle solution) ``tests/test_answer_extraction.py``
  @ 3075e08fdff06ec8f279ade3b863217157af84fd (``extract_boxed_int`` on whole completions: the
  integer it reads, 1234, is stored as gold).
- shabnam311/GSV_Math ``tests/test_answer_extraction.py``
  @ 95af193248de8a39f7846b90157c4674587c0c5b (``normalize_answer`` mappings, read as above).
- dmilstein-match/DylanDeep-Core-8B-DPO ``tests/test_answer_utils.py``
  @ fa2d194c283f4aaa655c04864db1c5f0917f38f8 (``normalize_answer``: a normaliser mapping one
  numeric string onto another is read as an equivalence, the normal form stored as gold).

Left out, by rule: AIME integer-only strictness (KhaquanS ``7.0``, ``7/1`` and ``answer is 7``
rejected against ``7``); tolerance-only verdicts (adamoosya ``0.00005`` = ``0`` and its ``atol=0``
``.50001`` vs ``.5``); deliberate strict-form policies against mathematical equality (adamoosya
``x+x`` vs ``2x`` asserted unequal); unit and special-value policies (adamoosya ``2cm`` vs ``2``, GSV_Math ``15 cm`` and
``25 square units``,
``NaN`` vs ``NaN``, ``Inf`` vs ``Inf``; stem-tutor's bare ``0.0425`` accepted without its unit);
non-string or empty golds (adamoosya ``None`` prediction, HeadEntropy ``m`` / ``5`` vs ``""``);
SearchOp's "different keys" pairs (its vote keys keep factored forms apart, so a different key
does not assert inequivalence: ``4(3-x)(3+x)`` vs ``36-4x^2`` is among them); multiple-choice
letters (MoPRM ``Final answer: C``, EvoSkill-Foundry); extraction-only, format-marker and
normaliser tests that name no pair (``Answer:`` / ``####`` lines, MoPRM and HeadEntropy
extractors, OlympiadLevelMaths4LLM's unboxed ``Final answer:`` fallbacks, studium's
``sqrt(x**2)`` vs ``x`` with no definite verdict); code-injection and power-tower inputs (stem-tutor, adamoosya's are kept only where a
plain string is compared). Repositories claimed and read without finding equivalence assertions:
rlarson20/MathAgentBench (placeholder tests), VladimirKambovski/test-time-compute-allocation
(``NotImplementedError`` stub), SUPERZJ827/BenchAudit (mocked LLM verdicts), knx4dmn/
dag-motivation-exp (arithmetic-step provenance), pedroanisio/silent-acceptance, pebaryan/qalmsw,
bkmrkr/mora (mocked LLM grader), BenWilcox8/arctic-qa (science-text reconstruction),
Thiggel/synthetic-RLVL and Nimesh1729/reasoning-audit (word answers), BING0116-gif/
math-AI-assistant and hackzirov-sketch/AI_MATH (solution verifiers, no answer pairs),
furkanhanilci/MitigatingOverThinkingLLMs (a script comparing two rewards), AssetOverflow/core,
valleysprings/EvoSkill-Foundry, Molight1007/math-ai-evaluator and HeadCreator29/decia-v3
(expression evaluators), jamesdchen/verification-begets-verification-, michaelellis003/LMT
(mocked tokenizer), Kiryuryu/mathlearnlab, JesseRWeigel/exactly (word counts), ZsyRock/
PRISM-DP-LoRA (last-number tolerance only), ashioyajotham/mats12_monitoring (normaliser only),
TS9001/simple_rl (``<answer>``-tag format and partial numeric credit), Clayqi/edu-agent (CAS tool outputs), OckBench/OckBench (mocked LLM judge), Eis4TY/Sym-MCP (tool output),
Javendean/AgentAIMO (integer extraction only), yan-chuan-k/MathAgent, Leslie360/King.triton-kernel
and vanillaturtlechips/MARS (not answer grading).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CAT = "adamoosya/compute-aligned-training"
CAT_AT = "tests/test_math_answers.py@3e3b92cbff6f7e8bcec92f9baa1e32eaf38340b5"
CAT_SCORE = "tests/test_math_scoring.py@3e3b92cbff6f7e8bcec92f9baa1e32eaf38340b5"
HEAD = "StanfordMIMI/HeadEntropy"
HEAD_AT = "tests/test_math_answers.py@2c67932dc21e1c14b7c841f123d8674a5c7a36b8"
SOP = "tianyiniu/SearchOp"
SOP_AT = "tests/test_math_answers.py@51e5145b3854fb70bb95b42574aef96c155611ed"
STEM = "Inv1ous/stem-tutor"
STEM_AT = "tests/test_grade.py@0c64aee4a23136c5c669c7ae7b5a824880f33b27"
MOPRM = "Lvtg/MoPRM"
MOPRM_AT = "tests/test_answer_checking.py@20765b1c863fe8dc21a6580ee022d2c9d2fb0f46"
CAL = "ruienxie0104/llm-calibration-token-efficiency"
CAL_AT = "tests/test_answer_utils.py@25be87081b1d1ebd08bded79fb8c32a9a0c3d732"
CAL_SELF = "experiments/v3-budget-pilot/answer_utils.py@25be87081b1d1ebd08bded79fb8c32a9a0c3d732"
ASTRA = "fengxiaohu/save-my-astra"
ASTRA_AT = "tests/test_math_grade.py@ec848466659acf591e9826384054f349a707cfa4"
KQ = "KhaquanS/Reasoning-Distillation"
KQ_AT = "tests/test_math_evaluation.py@330978de88ace160cf65b0c037ad8c480c462d32"
IER = "BruceSheng1202/IER-OPD"
IER_AT = "tests/test_math_evaluation.py@d5e129f665c4343434ccec3f0b8ef6ee41b6dbfa"
PRAX = "praxagent/prax"
PRAX_AT = "tests/test_answer_equiv.py@0f85d92939a8fe8be30821ccd1538760aeb47953"
STUD = "danielmigueltejedor/studium"
STUD_AT = "tests/test_math_verify.py@7c3a87e90b7d8112b0671961db339c3a4de92118"
TUTOR = "asdjasdsad/math-tutor-agent"
TUTOR_AT = "tests/test_answer_extraction.py@4fbc4929d770f49814a5d85c9d67de66bc1688f8"
OLY = "ggbaguidi/OlympiadLevelMaths4LLM"
OLY_AT = "tests/test_answer_extraction.py@3075e08fdff06ec8f279ade3b863217157af84fd"
GSV = "shabnam311/GSV_Math"
GSV_AT = "tests/test_answer_extraction.py@95af193248de8a39f7846b90157c4674587c0c5b"
DPO = "dmilstein-match/DylanDeep-Core-8B-DPO"
DPO_AT = "tests/test_answer_utils.py@fa2d194c283f4aaa655c04864db1c5f0917f38f8"

# adamoosya: answer_matches(prediction, target) -> rows are (gold, pred, expected, why)
_CAT_ROWS = [
    ("2.0", "2", True, "integer vs decimal"),
    ("-2.0", "-2", True, "negative integer vs decimal"),
    ("0.001", "1e-3", True, "scientific notation"),
    ("0.5", "1/2", True, "slash fraction vs decimal"),
    ("0.5", r"\frac{1}{2}", True, "latex fraction vs decimal"),
    ("-1.5", r"-\frac{3}{2}", True, "negated fraction"),
    ("-1.5", r"\frac{-3}{2}", True, "negative numerator"),
    (r"\tfrac{1}{2}", r"\dfrac{1}{2}", True, "dfrac vs tfrac"),
    ("2", "$ 2 $", True, "dollar delimiters"),
    ("-2", "\u22122", True, "unicode minus sign"),
    ("x+1", "x + 1", True, "spacing in an expression"),
    ("(1,2)", r"\left(1,2\right)", True, r"\left \right pair"),
    (r"\boxed{2}", "2", True, "boxed target"),
    (r"\boxed{0.5}", r"\frac{1}{2}", True, "boxed decimal target vs fraction"),
    ("1", "001", True, "leading zeros"),
    ("0.5", "1.5/3", True, "unreduced decimal quotient"),
    (".5", "1/2", True, "atol=0: exact rational vs .5"),
    ("2", "", False, "empty prediction"),
    ("-2", "2", False, "sign differs"),
    ("0", "0.0001", False, "beyond the default tolerance"),
    ("1/2", "2", False, "reciprocal"),
    (r"\frac{1}{2}", "2", False, "reciprocal of a latex fraction"),
    ("X", "x", False, "case of a variable"),
    ("(2,1)", "(1,2)", False, "ordered pair reversed"),
    ("1", "1/0", False, "division by zero"),
    ("1", "1e100000", False, "overflowing literal"),
    ("1", "__import__('os').system('touch /tmp/unwanted')", False, "code is not an answer"),
]

# HeadEntropy: math_equal(pred, gold) -> rows are (gold, pred, expected, why)
_HEAD_ROWS = [
    ("42", "42", True, "identical"),
    (r"\frac{1}{2}", "0.5", True, "fraction form: decimal"),
    (r"\frac{1}{2}", "1/2", True, "fraction form: slash"),
    (r"\frac{1}{2}", r"\frac{1}{2}", True, "fraction form: same"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, "fraction form: dfrac"),
    (r"\frac{1}{2}", r"\frac12", True, "fraction form: brace-less"),
    ("9/19", r"\frac9{19}", True, "half-braced frac"),
    (r"\pi \cdot 2", r"2\pi", True, "reordered product"),
    ("2", r"\sqrt{4}", True, "perfect-square radical"),
    (r"\sqrt{8}", r"2 \sqrt{2}", True, "simplified radical"),
    ("90", r"90^\circ", True, "degree sign"),
    ("118", "118 dollars", True, "unit word"),
    ("1000", "1,000", True, "thousands comma"),
    ("14{,}916", "14,916", True, "latex {,} thousands separator"),
    ("5", "x = 5", True, "variable assignment"),
    ("20", r"\$20", True, "escaped dollar sign"),
    (r"\frac{10}{3}", "3 1/3", True, "mixed number"),
    ("1.1", r"1\frac{1}{10}", True, "latex mixed number"),
    ("m", "m", True, "a variable is not a unit"),
    ("2", "-2", False, "sign differs"),
    (r"\frac{3}{4}", "1/4", False, "different fraction"),
    ("5", "", False, "empty prediction"),
    ("[0,1)", "[0,1]", False, "interval endpoint closed vs open"),
    (
        r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        True,
        "identical matrix",
    ),
    (
        r"\begin{pmatrix} 2 \\ 1 \end{pmatrix}",
        r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        False,
        "matrix entries swapped",
    ),
    (
        r"(-\infty,0)\cup(0,\infty)",
        r"(-\infty, 0) \cup (0, \infty)",
        True,
        "union of intervals, spacing",
    ),
]

# SearchOp: MA.key(a) == MA.key(b) (gold a) and MA.grade(gold, answer)
_SOP_ROWS = [
    (r"\frac{3}{4}", "0.75", True, "one key: fraction and decimal"),
    (r"\dfrac{3}{4}", r"\frac{3}{4}", True, "one key: dfrac"),
    (r"\sqrt{8}", r"2\sqrt{2}", True, "one key: radical"),
    (r"4(1+\sqrt{2})", r"4+4\sqrt{2}", True, "one key: expanded product"),
    (
        r"\left(\frac{3}{5},\frac{8}{3}\right]",
        r"(\frac{3}{5}, \frac{8}{3}]",
        True,
        "one key: half-open interval",
    ),
    (r"\sqrt{0.4}", r"\frac{\sqrt{10}}{5}", True, "one key: rationalised radical"),
    ("3.2", r"\frac{16}{5}", True, "one key: decimal and fraction"),
    ("4(3 - x)(3 + x)", "4(3-x)(3+x)", True, "one key: spacing in a factored form"),
    ("Monday", r"\text{Monday}", True, r"key of \text{Monday} is Monday"),
    (r"\frac{1}{2}", "0.5", True, "MA.grade(gold, answer)"),
    (r"\frac{3}{4}", "0.75", True, "MA.grade in a worker started from stdin"),
]

# stem-tutor: grade_item(item, response)["correct"]
_STEM_ROWS = [
    ("2*x*exp(x**2)", "2x e^(x^2)", True, "expression item: implicit product, e^"),
    ("2*x*exp(x**2)", "e^(x^2)", False, "expression item: factor missing"),
    ("u**2 + 2*a*s", "u^2 + 2 a s", True, "expression item: caret and spaces"),
    ("1", "sin(x)^2 + cos(x)^2", True, "expression item: Pythagorean identity"),
    ("x", "ln(e^x)", True, "expression item: ln of e^x"),
    ("m*v**2/2", "0.5 m v^2", True, "expression item: 0.5 vs /2"),
    ("pi*r**2", "pi r^2", True, "expression item: implicit product with pi"),
    ("(2*g*h)**0.5", "sqrt(2 g h)", True, "expression item: sqrt vs **0.5"),
    ("x + 1000", "abs(-x) + 10^3", True, "expression item: abs(-x) read as x"),
    ("log(x)/log(10)", "log(x, 10)", True, "expression item: change of base"),
    ("0.0425 mol", "42.5 mmol", True, "numeric item, 3 s.f.: unit conversion"),
    ("0.0425 mol", "0.04250 mol", True, "numeric item: correct, s.f. flagged as notation"),
    ("0.0425 mol", "2.49 mol", False, "numeric item: distractor value"),
    ("0.0425 mol", "4.25 mol", False, "numeric item: power-of-ten error"),
    ("0.0425 mol", "-0.0425 mol", False, "numeric item: sign error"),
    ("0.0425 mol", "0.9 mol", False, "numeric item: unclassified wrong value"),
]

# MoPRM: check_answer(response, gold); a response with \boxed is passed whole
_MOPRM_ROWS = [
    ("0.75", r"\boxed{3/4}", False, True, "boxed slash fraction vs decimal"),
    ("14/3", r"\frac{14}{3}", True, True, "latex fraction vs slash"),
    ("3/56", r"\boxed{\frac{3}{56}}", False, True, "boxed latex fraction vs slash"),
    ("Evelyn", r"\text{Evelyn}", True, True, r"\text{} wrapper"),
    ("90", r"90^\circ", True, True, "degree sign"),
]

# ruienxie0104: is_correct(predicted, expected); (gold, pred, expected, why, where)
_CAL_ROWS = [
    (r"\frac 59", r"\frac{5}{9}", True, "brace-less frac", CAL_AT),
    (r"\dfrac{33}{100}", r"\frac{33}{100}", True, "dfrac vs frac", CAL_AT),
    ("0.75", r"\tfrac{3}{4}", True, "tfrac vs decimal", CAL_AT),
    ("75", r"75^\circ", True, "degree marker", CAL_AT),
    (r"\frac{22}{1}", r"\frac{2}{21}", False, "digits regrouped", CAL_AT),
    (r"\frac{2}{21}", r"\frac{2}{21}", True, "identical fraction", CAL_SELF),
    (r"\frac{12}{3}", r"\frac{1}{23}", False, "digits regrouped", CAL_SELF),
    ("0.75", r"\frac{3}{4}", True, "fraction vs decimal", CAL_SELF),
    ("42", "42", True, "identical integer", CAL_SELF),
    ("43", "42", False, "different integer", CAL_SELF),
    ("0.5", r"\frac{1}{2}", True, "half", CAL_SELF),
]

# dmilstein-match: normalize_answer(x) == normal form; (normal form, x)
_DPO_ROWS = [
    ("1000", "1,000", "thousands comma removed"),
    ("1234567", "1,234,567", "several thousands commas removed"),
    ("42", "42.0", "whole-number decimal"),
    ("100", "100.00", "trailing zeros"),
    ("-42", "-42.0", "negative whole-number decimal"),
    ("0", "0.0", "zero decimal"),
    ("1000", "  1,000.0  ", "whitespace, comma and decimal together"),
    ("15000000000", "1.5e10", "scientific notation"),
]

# KhaquanS: math_equivalent(pred, gold) and aime_exact_match(pred, gold)
_KQ_ROWS = [
    (r"\frac{1}{2}", r"\frac{2}{4}", True, "math_equivalent: unreduced fraction"),
    (r"\sqrt{8}", r"2\sqrt{2}", True, "math_equivalent: simplified radical"),
    ("2x", "x+x", True, "math_equivalent: like terms"),
    (r"\{1,2\}", r"\{2,1\}", True, "math_equivalent: set order"),
    (r"\text{Evelyn}", r"\text{Evelyn}", True, "math_equivalent: identical text answer"),
    (r"\frac{1}{2}", r"\frac{1}{3}", False, "math_equivalent: different fraction"),
    ("(1,3)", "(1,2)", False, "math_equivalent: tuple entry differs"),
    ("[0,1]", "(0,1)", False, "math_equivalent: open vs closed interval"),
    ("2x", "2y", False, "math_equivalent: different variable"),
    ("0", "", False, "math_equivalent: empty prediction"),
    ("42", "garbage", False, "math_equivalent: non-answer text"),
    ("7", "7", True, "aime_exact_match: integer"),
    ("7", "007", True, "aime_exact_match: leading zeros"),
    ("7", " 007 ", True, "aime_exact_match: padded leading zeros"),
    ("0", "000", True, "aime_exact_match: zero written 000"),
    ("7", "7 or 8", False, "aime_exact_match: hedged answer"),
    ("7", "-7", False, "aime_exact_match: sign"),
    ("7", "1000", False, "aime_exact_match: different integer"),
    ("7", "", False, "aime_exact_match: empty prediction"),
]

# IER-OPD: grade_math_answer(response, label) on whole responses
_IER_ROWS = [
    ("2", r"Reasoning: \boxed{3}. Final: \boxed{2}", True, "last boxed answer is graded"),
    ("2", r"Final: \boxed{3}", False, "boxed 3 vs 2"),
    ("2", r"\boxed{2}", True, "batched reward: boxed 2"),
    ("2", r"\boxed{3}", False, "batched reward: boxed 3"),
    (
        r"\frac{-1+\sqrt{17}}{2}, \frac{-1-\sqrt{17}}{2}",
        r"\boxed{\frac{\sqrt{17}-1}{2}, \frac{-\sqrt{17}-1}{2}}",
        True,
        "HMMT2025-9: reordered terms (accepted through the suite's listed equivalent answer)",
    ),
]

# prax: answers_equivalent(pred, gold)
_PRAX_ROWS = [
    (r"\frac{1}{4}", "0.25", True, "decimal vs latex fraction"),
    (r"\frac{11}{2}", "5.5", True, "decimal vs improper fraction"),
    ("0.25", r"\dfrac{1}{4}", True, "dfrac vs decimal"),
    ("0.25", "1/4", True, "slash fraction vs decimal"),
    ("5.5", "11/2", True, "slash improper fraction vs decimal"),
    ("6+9i", "6 + 9i", True, "complex number spacing"),
    ("32", "$32$", True, "dollar delimiters"),
    ("32", "32.", True, "trailing period"),
    ("32", r"32\!", True, r"latex negative space \!"),
    ("0.3333333333333333", "1/3", True, "1/3 vs its 16-digit decimal (suite: within tolerance)"),
    ("0.3", "1/3", False, "1/3 vs 0.3"),
    ("6", "5", False, "different integers"),
    (r"\frac{1}{3}", r"\frac{1}{4}", False, "different fractions"),
    ("banana", "apple", False, "different words"),
    ("76", r"76^\circ", True, "degree sign"),
    ("90", "90\u00b0", True, "unicode degree sign"),
    ("77", r"76^\circ", False, "degree value differs"),
    ("1,-2", "-2,1", True, "solution set order"),
    ("3, 1, 2", "1, 2, 3", True, "three-element solution set order"),
    ("1,-3", "-2,1", False, "solution sets differ"),
    ("1000", "1,000", True, "thousands comma is not a set"),
    ("12345", "12,345", True, "thousands comma"),
    ("1,001", "1,000", False, "different thousands"),
]

# studium: verify_algebraic_equivalence(left, right) / verify_numeric_cross_check (right as gold)
_STUD_ROWS = [
    ("a**2+2*a*b+b**2", "(a+b)**2", True, "algebraic equivalence: symbolically verified"),
    ("a-b", "a+b", False, "algebraic equivalence: failed"),
    ("(x+1)**2", "x**2+2*x+1", True, "numeric cross-check passed"),
    ("x**3", "x**2", False, "numeric cross-check failed"),
    ("rho**2+2*rho*g+g**2", "(rho+g)**2", True, "studium_math_verify equivalence accepted"),
]

# GSV_Math: normalize_answer(x) == normal form; (normal form, x)
_GSV_ROWS = [
    ("90", "90 degrees", "unit word degrees stripped"),
    ("10", "h = 10", "variable prefix h = stripped"),
    ("5", "x=5", "variable prefix x= stripped"),
    ("3.5", "r = 3.5", "variable prefix r = stripped"),
    ("5", "5.0", "float to int"),
    ("3^2", "3\u00b2", "unicode superscript"),
    ("sqrt(a^2+b^2)", "\u221a(a\u00b2+b\u00b2)", "unicode root and superscripts"),
]

CASES: list[dict[str, object]] = [
    *(_c(CAT, CAT_AT, g, p, True, ok, f"answer_matches: {why}") for g, p, ok, why in _CAT_ROWS),
    _c(
        CAT,
        CAT_SCORE,
        r"\boxed{\frac{1}{2}}",
        "2",
        False,
        False,
        "pass@1 is 0 when every completion is '2' against a boxed 1/2",
    ),
    *(_c(HEAD, HEAD_AT, g, p, True, ok, f"math_equal: {why}") for g, p, ok, why in _HEAD_ROWS),
    *(_c(SOP, SOP_AT, g, p, True, ok, why) for g, p, ok, why in _SOP_ROWS),
    *(_c(STEM, STEM_AT, g, p, True, ok, why) for g, p, ok, why in _STEM_ROWS),
    *(
        _c(MOPRM, MOPRM_AT, g, p, wrap, ok, f"check_answer: {why}")
        for g, p, wrap, ok, why in _MOPRM_ROWS
    ),
    *(_c(CAL, at, g, p, True, ok, f"is_correct: {why}") for g, p, ok, why, at in _CAL_ROWS),
    _c(ASTRA, ASTRA_AT, "3", r"The answer is \boxed{003}", False, True, "AIME integer 003 = 3"),
    _c(ASTRA, ASTRA_AT, "4", "4", True, True, "answers_equal plain"),
    _c(ASTRA, ASTRA_AT, "5", "4", True, False, "answers_equal: different integers"),
    *(_c(KQ, KQ_AT, g, p, True, ok, why) for g, p, ok, why in _KQ_ROWS),
    *(_c(IER, IER_AT, g, p, False, ok, f"grade_math_answer: {why}") for g, p, ok, why in _IER_ROWS),
    *(
        _c(PRAX, PRAX_AT, g, p, True, ok, f"answers_equivalent: {why}")
        for g, p, ok, why in _PRAX_ROWS
    ),
    *(_c(STUD, STUD_AT, g, p, True, ok, why) for g, p, ok, why in _STUD_ROWS),
    _c(TUTOR, TUTOR_AT, "1/2", "0.5", True, True, "answers_match: decimal vs slash fraction"),
    _c(TUTOR, TUTOR_AT, "1200", " 1,200 ", True, True, "normalize_answer: thousands comma"),
    _c(
        OLY,
        OLY_AT,
        "1234",
        r"blah \boxed{12} and later \boxed{1,234}",
        False,
        True,
        "AIMO extract_boxed_int: last box, thousands comma",
    ),
    _c(
        OLY,
        OLY_AT,
        "1234",
        r"Answer is \boxed{\text{\,1,234\,}}.",
        False,
        True,
        r"AIMO extract_boxed_int: \text wrapper and thin spaces",
    ),
    _c(
        OLY,
        OLY_AT,
        "1234",
        r"We conclude \boxed{{1234}}.",
        False,
        True,
        "AIMO extract_boxed_int: doubled braces",
    ),
    *(_c(GSV, GSV_AT, g, p, True, True, f"normalize_answer: {why}") for g, p, why in _GSV_ROWS),
    *(_c(DPO, DPO_AT, g, p, True, True, f"normalize_answer: {why}") for g, p, why in _DPO_ROWS),
]

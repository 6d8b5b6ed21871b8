r"""A fourth fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the test suites of evaluation harnesses and RL / reward code that no
earlier set used (bench/data/README.md, bench/equiv_issues_*.py, bench/equiv_fresh3_*.py). Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (a test's ``"\\frac"`` is stored as
``r"\frac"``). Collected after the judge's last rule change; curate's judge was not run on them
while collecting. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- athatheo/bonsai-fold ``tests/test_answers.py`` @ b263e353e1d14883a132ec60d8a0dc3aaff1c16d
  (``math_equal(a, b)``: EQUAL_PAIRS / UNEQUAL_PAIRS and the single asserts; the suite asserts
  symmetry, ``b`` is read as the gold).
- scitix/sieval, Apache-2.0: ``tests/unit/community/test_ugmathbench.py``,
  ``test_ugmath_latex_parser.py``, ``test_imo_bench.py``, ``test_agieval.py``,
  ``test_deepseek_math.py`` and ``tests/unit/tasks/test__math_verify.py``,
  ``test_gsm_plus_0shot_gen.py``, ``test_gsm8k_0shot_gen.py``, ``test_gsm1k_0shot_gen.py``,
  ``test_hendrycks_math_kshot_base_gen.py`` @ f2c86c3fdbb4f1a17724e3f220bfe8001d1af066 (UGMathBench
  ``judge_answer(pred, gold, type)`` -- the answer type is in ``why`` -- and ``math_equal(pred,
  gold)``; IMO-Bench ``verify_math_answer(gold, pred)``; AGIEval ``is_equiv`` /
  ``evaluate_single_sample``; the DeepSeek-Math port's ``symbolic_equal(pred, ref)``; maj@k
  ``normalize_vote`` keys; GSM-Plus ``is_equivalent(gold, pred)``; task ``feedback`` verdicts on
  whole responses), and ``tests/unit/community/test_math_perturb.py``
  @ 85c2a5a4a08b871b3ad9f6fe055a669741e90547 (MATH-Perturb port: ``answer_check``,
  ``math_equal``, ``symbolic_equal``; a file of another branch than the commit above).
- allenai/olmo-eval ``tests/evals/extract/test_math.py`` @ 55e26bd54e2a4f71581d0762cf474f430aa91fc0
  (``minerva_is_equiv`` / ``hendrycks_is_equiv`` / ``is_equiv(gen, correct)``; ``strip_string`` and
  ``normalize_final_answer`` mappings read as equivalences, as in equiv_fresh3_a), Apache-2.0.
- coderdailyone/fusion-gateway ``tests/eval/test_official_math.py`` and
  ``tests/eval/test_scorers_math.py`` @ 526488eec4e6a8b52130f9a5febb773c140e660e (Hendrycks
  ``is_equiv(pred, gold)``, ``math_equiv(extracted, gold)``, the math scorer on whole responses).
- Lore-Hex/trustedrouter-benchmarks ``tests/test_math500_score.py``, ``tests/test_aime_score.py``,
  ``tests/test_gsm8k_score.py`` @ 49f6ce0e2afdbe740be892b20bcd50e1c8a5e6e8 (vendored Hendrycks
  ``is_equiv(pred, target)``; ``score_model`` per-response verdicts, which the asserted counts fix
  and the test's comments name), Apache-2.0.
- xedotech/project-ymir ``tests/test_grading.py`` @ 89cea22fad4b1bdb308ed93c5ffd4d249531ef22
  (``is_equiv(pred, ref, use_math_verify=False)``).
- gabzotronic/engineer_quiz ``tests/test_math_grader.py``
  @ 39da86311afd1c7d612cff66823e7f4a5723a6cb (``grade_math_answer``; numeric golds are the
  ``expected_value`` floats as Python prints them, expression golds are SymPy source).
- mini-router/minirouter ``tests/test_reward_math.py`` @ 6a1e0f43592b2fa3ae672ece7a7a1f7173cb2e2a
  and 19 test files of its contributors' pull-request branches, stored in the fork
  philluiz2323/Gittensor-TinyRouter (each ``where`` names its file and commit; same
  ``trinity.orchestration.reward`` grader): ``score_text("math500", candidate, reference)`` on
  the candidate as written and ``math_equal(a, b)`` with ``b`` read as the reference.
No license file was found in the stored copies of the repositories above other than sieval,
olmo-eval and trustedrouter-benchmarks: their short test strings are quoted as test data, with
attribution.

Left out, by rule:
- multiple-choice letters and option lists (UGMathBench ``MCS`` / ``MCM``, AGIEval letters);
  the dataset's own True/False spelling (UGMathBench ``TF`` golds ``Y`` / ``N``) and GSM-Plus's
  ``"None"`` critical-thinking answers (format conventions of one dataset, also inside UGMathBench's ``(True, 1)`` vs ``(Y, 1)``);
- the percent sign, a policy the graders disagree on (bonsai-fold ``50%`` = ``50`` and
  ``50%`` != ``0.5``; sieval ``50\%`` = ``0.5`` and UGMathBench ``0.66%`` reference; olmo-eval
  ``10\%`` = ``10``; engineer_quiz ``800%``), as in equiv_fresh3_a;
- verdicts a suite gives against mathematical equality as a deliberate policy: bonsai-fold
  ``2+3`` != ``5`` ("no symbolic algebra") and ``1e50`` != ``10^50`` (its 1e40 cap); the
  DeepSeek-Math ``1/5120`` = ``1/28800`` at 1e-3 that the same MATH-Perturb file presents as the
  defect its 1e-7 tolerance fixes; strict-form verdicts the same file contradicts with its
  combined grader (olmo-eval ``minerva_is_equiv`` on ``\left(1,2\right)`` and
  ``hendrycks_is_equiv`` on ``2x+2`` / ``2(x+1)``; fusion-gateway's byte-faithful ``is_equiv``
  on ``x \in [-2,7]``); IMO-Bench's prose answer left wrong as out of scope; zero padding in
  TinyRouter, whose files disagree (``007`` = ``7`` in the tolerance file, ``\boxed{5}`` wrong
  against ``005`` in its AIME adapter test and the #319/#331 fix), so only pairs unequal either
  way are kept;
- non-default options: UGMathBench ``precision=1e-2`` / ``1e-6``, engineer_quiz's partial credit
  and its ``tolerance=0.5`` case (``156.2`` vs ``156.0``); its cases equal under any tolerance
  (``1.5e3`` vs ``1500.0``, ``156.2 cm`` vs ``156.2``) are kept;
- golds the suite cannot judge and non-answers: empty strings, ``None`` and non-string inputs,
  ``1/0`` (bonsai-fold), the IMO/UGMathBench empty-reference and empty-extraction cases, empty
  or unextractable predictions, trustedrouter's unboxed "forgot to box" response (a format
  policy) and errored responses;
- list-valued golds or predictions (UGMathBench multi-slot ``judge_answers``, DeepSeek-Math and
  MATH-Perturb ``eval_math`` lists, the boxed-intermediate ``[99, 7]`` case);
- verdicts forced by mocks or monkeypatches (grading timeouts, olmo-eval's raising minerva
  fallback, sieval's exploding parsers); asserts with no definite verdict (MATH-Perturb's
  ``answer_check`` == composition, normalize_vote's documented ``0.5`` / ``\frac{1}{2}``
  limitation, determinism checks); code-injection payloads built from pytest's ``tmp_path``
  (sieval) and the payload compared with itself;
- extraction-only and normaliser-internal asserts (``extract_*``, ``last_boxed``, ``post_process``,
  TinyRouter's ``normalize_math_answer`` canonical forms such as ``sqrt(2)``), aggregate-only
  report checks;
- pairs already in an earlier set (bench/data/equiv_cases.jsonl, equiv_issues_*.py,
  equiv_fresh3_*.py) and repeats of a pair inside this module (a prediction that is one whole
  ``\boxed{...}`` read as its content, so a ``score_text`` case on ``\boxed{2^6}`` repeats a
  ``math_equal`` case on ``2^6``): ``_SEEN_BEFORE`` lists the former; ``_new_cases`` drops both,
  keeping the first source to assert a pair. The tables above stay whole transcriptions; 408
  transcribed cases, 328 kept.
Searched without using: daichira-gif/LLM-eval (non-string inputs only),
furkanhanilci/MitigatingOverThinkingLLMs (a script, no assertions), harrrshall/tinyrouter
(same grader as minirouter, no other math cases).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# --- sources -----------------------------------------------------------------------------------
BONSAI = "athatheo/bonsai-fold"
BONSAI_AT = "tests/test_answers.py@b263e353e1d14883a132ec60d8a0dc3aaff1c16d"
SIEVAL = "scitix/sieval"
_SV = "@f2c86c3fdbb4f1a17724e3f220bfe8001d1af066"
SV_UGM = "tests/unit/community/test_ugmathbench.py" + _SV
SV_UGL = "tests/unit/community/test_ugmath_latex_parser.py" + _SV
SV_IMO = "tests/unit/community/test_imo_bench.py" + _SV
SV_AGI = "tests/unit/community/test_agieval.py" + _SV
SV_DSM = "tests/unit/community/test_deepseek_math.py" + _SV
SV_VOTE = "tests/unit/tasks/test__math_verify.py" + _SV
SV_GSMP = "tests/unit/tasks/test_gsm_plus_0shot_gen.py" + _SV
SV_GSM8K = "tests/unit/tasks/test_gsm8k_0shot_gen.py" + _SV
SV_GSM1K = "tests/unit/tasks/test_gsm1k_0shot_gen.py" + _SV
SV_HMATH = "tests/unit/tasks/test_hendrycks_math_kshot_base_gen.py" + _SV
SV_PERTURB = "tests/unit/community/test_math_perturb.py@85c2a5a4a08b871b3ad9f6fe055a669741e90547"
OLMO = "allenai/olmo-eval"
OLMO_AT = "tests/evals/extract/test_math.py@55e26bd54e2a4f71581d0762cf474f430aa91fc0"
FUSION = "coderdailyone/fusion-gateway"
_FG = "@526488eec4e6a8b52130f9a5febb773c140e660e"
FG_OFFICIAL = "tests/eval/test_official_math.py" + _FG
FG_SCORER = "tests/eval/test_scorers_math.py" + _FG
TRB = "Lore-Hex/trustedrouter-benchmarks"
_TRB = "@49f6ce0e2afdbe740be892b20bcd50e1c8a5e6e8"
TRB_MATH500 = "tests/test_math500_score.py" + _TRB
TRB_AIME = "tests/test_aime_score.py" + _TRB
TRB_GSM8K = "tests/test_gsm8k_score.py" + _TRB
YMIR = "xedotech/project-ymir"
YMIR_AT = "tests/test_grading.py@89cea22fad4b1bdb308ed93c5ffd4d249531ef22"
QUIZ = "gabzotronic/engineer_quiz"
QUIZ_AT = "tests/test_math_grader.py@39da86311afd1c7d612cff66823e7f4a5723a6cb"
MINIR = "mini-router/minirouter"
MINIR_AT = "tests/test_reward_math.py@6a1e0f43592b2fa3ae672ece7a7a1f7173cb2e2a"
TINYR = "philluiz2323/Gittensor-TinyRouter"
_TR_FILES = {
    "negfrac": "tests/test_math_negative_fraction.py@450c1fb5218c86530cbe972291bf931e60226eda",
    "braced_exp": "tests/test_reward_braced_exponents.py@5871281c2c5421debe49a248a6ce865d281e05a9",
    "thousands": "tests/test_reward_latex_thousands.py@dab2483b8de8f0c45af7360390e30e561115c4ff",
    "sizing": "tests/test_reward_left_right_sizing.py@97cee7251d66cd7935f5f27c28cdbc7238286c2b",
    "caret": "tests/test_reward_math_caret_power.py@5681c916bf38efb9cf87d23c49590796ce7c41c0",
    "comma": "tests/test_reward_math_comma_structured.py@8e0285f3546806ddaa966df281559223c146601d",
    "degree": "tests/test_reward_math_degree_braces.py@f60ce8446b70bd32aee98c7b61093ed04f66de44",
    "equation": "tests/test_reward_math_equation_form.py@e08641f8e34c85ed13385a574618ef024bab9848",
    "fonts": "tests/test_reward_math_font_commands.py@d2cb69e824ac9c379f192d009c607ffe95820e09",
    "gaps": "tests/test_reward_math_normalizer_gaps.py@0fbc07c189589d1fa73c37e08cca3ee7621d2e96",
    "pi": "tests/test_reward_math_pi_symbol.py@e28282f0b5e6932a99137babc3646a5659c6d556",
    "sqrt": "tests/test_reward_math_sqrt_braces.py@7635bb87883497de267cba57f6adb0c13ec479fb",
    "textbf": "tests/test_reward_math_textbf_fonts.py@ff5b38787e413dd32fc2eb79188717463fb530eb",
    "tol": "tests/test_reward_math_tolerance.py@3b6b66b390e8f54ced5eba6093d34cd3177e71d0",
    "mixed": "tests/test_reward_mixed_number.py@694a325fe1c3871e48d1dda0a49ed64300e1650a",
    "nested": "tests/test_reward_nested_frac_unwrap.py@1043cd550a84513f7d023553512556d3c41692c5",
    "sci": "tests/test_reward_scientific_notation_extract.py@2cb804cef7774d6c16bb4ec21a57b3720395b0a4",
    "unboxed": "tests/test_reward_unboxed_latex_extract.py@f9ac228c892f18299814fce4c505d7371908b561",
    "terms": "tests/test_reward_unboxed_latex_terms.py@6a618421408e265c19b4fb831f4788f5e7d363cd",
}

# athatheo/bonsai-fold math_equal(a, b): (a, b) of EQUAL_PAIRS / UNEQUAL_PAIRS; the suite asserts
# symmetry, b is taken as the gold.
_BONSAI_EQUAL = [
    ("42", "42"),
    (" 42 ", "42"),
    ("$16$", "16"),
    (r"\left(1,2\right)", "(1,2)"),
    ("2.5", "5/2"),
    (r"\frac{5}{2}", "2.5"),
    (r"\frac{1}{2}", "1/2"),
    (r"\dfrac{1}{2}", r"\frac{1}{2}"),
    (r"-\frac{1}{2}", "-0.5"),
    (r"\frac12", "0.5"),
    (r"\frac{1}2", "1/2"),
    (r"\frac1{2}", "0.5"),
    (r"\frac{\sqrt{3}}2", r"\frac{\sqrt{3}}{2}"),
    ("1/4", "0.25"),
    ("0.5", ".5"),
    ("007", "7"),
    ("42.", "42"),
    ("1,234", "1234"),
    ("-3", "-3.0"),
    ("100", "100.00"),
    (r"45^\circ", "45"),
    (r"45^{\circ}", "45"),
    ("45°", "45"),
    (r"\pi", "π"),
    (r"2\pi", "2π"),
    (r"\frac{\pi}{2}", "π/2"),
    (r"\sqrt{2}", r"\sqrt2"),
    (r"3\sqrt{2}", r"3\sqrt2"),
    (r"\frac{\sqrt{3}}{2}", r"\sqrt{3}/2"),
    (r"5\text{ cm}", "5"),
    (r"5\text {cm}", "5"),
    (r"\text{even}", "even"),
    (r"(\text{a}, \text{b})", "(a,b)"),
    ("1e3", "1000"),
    ("5e-1", "1/2"),
    ("(1, 2)", "(1,2)"),
    ("[0, 1)", "[0,1)"),
    ("(1/2, 3)", r"(\frac{1}{2}, 3)"),
    ("(0.5, -2)", "(1/2, -2.0)"),
    ("[2, 2.5]", "[2, 5/2]"),
]
_BONSAI_UNEQUAL = [
    ("1/2", "1/3"),
    ("2.5", "2.05"),
    (r"\frac{1}{2}", r"\frac{2}{1}"),
    ("-1/2", "1/2"),
    ("-3", "3"),
    (r"\sqrt{2}", "2"),
    (r"\sqrt{2}", r"\sqrt{3}"),
    (r"\pi", "3.14159"),
    (r"2\pi", r"\pi"),
    ("(0,1)", "[0,1]"),
    ("[0,1)", "(0,1]"),
    ("(1,2)", "(2,1)"),
    ("(1,2)", "(1,2,3)"),
    ("x+1", "x+2"),
    (r"\frac{1+2}{3}", "1+2/3"),
    (r"2\text{ or }3", "23"),
    (r"1\text{ and }2", "12"),
    (r"\leftarrow", r"\rightarrow"),
    ("1 2", "12"),
    ("0.999...", "0.999"),
    ("10", "1"),
    (r"\frac{1}{2}x", "1/2"),
    ("1e10000000", "3"),
]
_DEEP_SQRT_2 = "\\sqrt{" * 100 + "2" + "}" * 100
_DEEP_SQRT_3 = "\\sqrt{" * 100 + "3" + "}" * 100
_DEEP_PAREN_1 = "(" * 60 + "1" + ")" * 60
_DEEP_PAREN_2 = "(" * 60 + "2" + ")" * 60

# scitix/sieval UGMathBench judge_answer(pred, gold, answer_type): (pred, gold, type, expected)
_SV_UGM_TYPED = [
    (r"\frac{\sqrt{3}}{3}", "1/sqrt(3)", "NV", True),
    ("2", "1/sqrt(3)", "NV", False),
    ("x^3+2x^2+6", "x^3+2*x^2+6", "EX", True),
    ("x^3+2x^2+7", "x^3+2*x^2+6", "EX", False),
    ("T = 1.02x + 10", "T = 1.02*x+10", "EQ", True),
    (r"(-\infty, 5)", "(-infinity,5)", "INT", True),
    (r"(-\infty, 5]", "(-infinity,5)", "INT", False),
    ("None", "none", "OE", True),
    ("0", "none", "OE", False),
    ("(1, 2, 3, 6)", "(1, 2, 3, 6)", "OL", True),
    ("(2, 1, 3, 6)", "(1, 2, 3, 6)", "OL", False),
    ("(x3, e)", "(e, x3)", "UOL", True),
    ("(x3, x4)", "(e, x3)", "UOL", False),
    ("(1, 1)", "(1, 2)", "UOL", False),
    ("(x, t)", "(x, y)", "OL", False),
    ("(1, f)", "(1, n)", "OL", False),
    ("(y, 2)", "(t, 2)", "UOL", False),
    ("(s, t)", "(s, y)", "UOL", False),
    (r"(0, 2\cos x \sin x)", "(0,2*cos(x)*sin(x))", "OL", True),
    (
        r"(e^{-8x} \cos(9x), x e^{-8x})",
        "(x^1*e^(-8*x), x^0*e^(-8*x)*cos(9*x))",
        "UOL",
        True,
    ),
    ("True", "False", "TF", False),
    ("prime", "composite", "OE", False),
    ("sin(pi/6)", "1/2", "EX", True),
    ("eval(chr(112))", "42", "EX", False),
    ("42'", "42'", "EX", True),
    ("9^9^9^9", "x+1", "EX", False),
    ("2^{2^{100}}", "x+1", "EX", False),
]
# scitix/sieval UGMathBench math_equal(pred, gold): (pred, gold, expected)
_SV_UGM_EQUAL = [
    (r"7 \sin(\frac{\pi}{5}x) + 1", "7*sin(pi*x/5)+1", True),
    (r"a^x \ln a", "ln(a)*a^x", True),
    (r"7z - \cos z + 11", "7*z-cos(z)+11", True),
    (r"3\cos(2\sqrt{35}t)", "3*cos(sqrt(980/7)*t)", True),
    (r"\dfrac{8}{5 - 4\cos(q^2)}", "2*8/(2 + 1*8 - 1*8*cos(q^2))", True),
    (r"-162\pi", "-pi*2*9^2", True),
    (r"e^{-8x} \cos(9x)", "x^0*e^(-8*x)*cos(9*x)", True),
    (r"\frac{18.02}{0.013} ( e^{0.013t} - 1 )", "1386.15*[e^{0.013*t}-1]", True),
    ("5 - 5c", "-5*c+5*1", True),
    (r"\frac{23 - x}{54}", "0.333333+(-0.0185185)*(x-5)", True),
    (r"4 e^{\cosh(4x)} \sinh(4x)", "2.71828182845905^{cosh(4*x)} * sinh(4*x) * 4", True),
    ("2.3", "2.2892", False),
    ("1.97", "1.97423402868049", False),
    ("0.16", "0.160257708151404", False),
    ("25/37", "0.657894736842105", False),
    ("x^2", "x^3", False),
    (r"\sin(x)", "cos(x)", False),
    (r"10\sqrt{2}", "5*[1+sqrt(2)]", False),
    ("162", "54", False),
    ("x+1", "t+1", False),
    ("e^{x}", "e^{2x}", False),
    (r"\frac{1}{x}", r"\frac{1}{x^2}", False),
    (r"\frac{{{", "1", False),
    ("2^100", "2**100", True),
    ("(x^2)^3", "x**6", True),
    ("4^20", "1.09951162778E+12", True),
]
# scitix/sieval judge_answers([pred], [gold], ["EX"]): (gold, pred, expected)
_SV_UGL = [
    ("13*pi*R^2", r"13 \pi R^{2}", True, "math_verify lower-cases symbols; case kept"),
    ("s*W-3*sin(6*x)", r"W s - 3 \sin{\left(6 x \right)}", True, "case kept"),
    ("0.5*ln(7+x^4)+C", r"\frac{1}{2} \ln(7 + x^4) + C", True, "ln read as a function"),
    ("4*pi*R^3/3", r"\frac{4}{3} \pi R^{3}", True, r"\pi bound to the constant"),
    ("8*[2*cos(t)]^2", r"32 \cos^2 t", True, "simplified form accepted"),
    ("13*pi*r^2", r"13 \pi r^{2}", True, "lower-case control"),
    ("13*pi*R^2", r"14 \pi R^{2}", False, "wrong coefficient"),
    ("13*pi*R^2", r"13 \pi R^{3}", False, "wrong power"),
    ("0.5*ln(7+x^4)+C", r"\frac{1}{3} \ln(7 + x^4) + C", False, "wrong coefficient"),
    ("x+1", "x + 2", False, "wrong constant"),
    ("13*pi*R^2", "dog", False, "prose read as symbols never matches"),
    ("dog", r"\pi", False, "prose gold never matches"),
]
# scitix/sieval IMO-Bench _grade(gold, pred): normalize_answer both, then verify_math_answer
_SV_IMO_GRADE = [
    (r"$\sqrt{2}+1$", r"1+\sqrt{2}", True, "commutativity"),
    ("$12^{10}$", r"2^{20} \cdot 3^{10}", True, "factoring"),
    ("847288609444", "3^{25} + 1", True, "evaluation"),
    ("1/2,1,2", r"\left\{\frac{1}{2}, 1, 2\right\}", True, "set"),
    (r"$180 - 2\alpha$", r"180^\circ - 2\alpha", True, "degree"),
    (
        r"$A(x)=\frac{1}{2}(x^2-x-4)$",
        r"\frac{1}{2}x^2 - \frac{1}{2}x - 2",
        True,
        "A(x)= prefix stripped by normalize_answer",
    ),
    ("5", "7", False, "no false positive"),
    ("f(x)=2x^3+c", "f(x)=2x^3", False, "missing the +c"),
    (r"\{1,2,3\}", r"\{1,2,4\}", False, "distinct sets"),
]

# scitix/sieval MATH-Perturb (a DeepSeek-Math fork) and DeepSeek-Math ports
_EM_SPACE_RESPONSE = "\\boxed{" + r"\sqrt{2} - 1".replace(" ", chr(0x2003)) + "}"

# allenai/olmo-eval: normalisers read as equivalences (raw, normalised)
_OLMO_NORMALIZE_FINAL = [
    (r"x = \textbf{12}", "12"),
    ("100,000", "100000"),
    (r"\fracab", r"\frac{a}{b}"),
    (r"\sqrt3", r"\sqrt{3}"),
    ("5 inches", "5"),
    (r"$\boxed{6}$", "6"),
]
_OLMO_STRIP_STRING = [
    ("0.5", r"\frac{1}{2}"),
    (r"k = \dfrac{1}{3}", r"\frac{1}{3}"),
    (r"\sqrt2", r"\sqrt{2}"),
    (".5", r"\frac{1}{2}"),
    ("3/4", r"\frac{3}{4}"),
    (r"\left(1,2\right)", "(1,2)"),
]

# Gittensor-TinyRouter / minirouter (trinity.orchestration.reward):
# ("S", key, candidate, reference, expected): score_text("math500", candidate, reference) on the
# candidate as written (wrap False); ("M", key, a, b, expected): math_equal(a, b), b read as the
# reference (wrap True).
_TINYR = [
    # test_math_negative_fraction.py
    ("S", "negfrac", r"\boxed{-\frac{3}{4}}", "-3/4", True),
    ("S", "negfrac", r"\boxed{-\frac{3}{4}}", "-0.75", True),
    ("S", "negfrac", r"\boxed{-\frac{1}{2}}", "-1/2", True),
    ("S", "negfrac", r"\boxed{-\frac{2}{4}}", "-1/2", True),
    ("S", "negfrac", r"\boxed{-\frac{6}{8}}", "-3/4", True),
    ("S", "negfrac", r"\boxed{-\frac{100}{200}}", "-0.5", True),
    ("S", "negfrac", r"\boxed{-\frac{-3}{4}}", "3/4", True),
    ("S", "negfrac", r"\boxed{-\frac{4}{2}}", "-2", True),
    ("S", "negfrac", r"\boxed{-3/4}", r"-\frac{3}{4}", True),
    ("S", "negfrac", r"\boxed{-0.75}", r"-\frac{3}{4}", True),
    ("S", "negfrac", r"\boxed{-\frac{3}{4}}", "3/4", False),
    ("S", "negfrac", r"\boxed{\frac{3}{4}}", "-3/4", False),
    ("S", "negfrac", r"\boxed{-\frac{1}{3}}", "-1/2", False),
    ("S", "negfrac", r"\boxed{-\frac{4}{2}}", "2", False),
    ("S", "negfrac", r"\boxed{\frac{3}{4}}", "3/4", True),
    ("S", "negfrac", r"\boxed{\frac{3}{4}}", "0.75", True),
    ("S", "negfrac", r"\boxed{-5}", "-5", True),
    # test_reward_braced_exponents.py
    ("M", "braced_exp", r"2^{10}", r"2^10", True),
    ("S", "braced_exp", r"\boxed{2^{10}}", r"2^10", True),
    ("M", "braced_exp", r"10^{-2}", r"10^-2", True),
    # test_reward_latex_thousands.py
    ("S", "thousands", r"\boxed{1{,}000}", "1000", True),
    ("S", "thousands", r"\boxed{2{,}048}", "2048", True),
    ("S", "thousands", r"\boxed{12{,}345}", "12345", True),
    ("S", "thousands", r"\boxed{1{,}234{,}567}", "1234567", True),
    ("S", "thousands", "The answer is 1{,}000", "1000", True),
    ("S", "thousands", r"\boxed{1{,}000}", "1,000", True),
    ("S", "thousands", r"\boxed{1,000}", "1000", True),
    ("S", "thousands", r"\boxed{1,2,3}", "6", False),
    ("S", "thousands", r"\boxed{2{,}048}", "2049", False),
    # test_reward_left_right_sizing.py
    ("S", "sizing", r"Final answer: \boxed{\left(\frac{1}{2}\right)}", "1/2", True),
    ("S", "sizing", r"\boxed{\frac{1}{2}}", r"\left(\frac{1}{2}\right)", True),
    ("S", "sizing", r"\boxed{\bigl(\frac{1}{2}\bigr)}", "1/2", True),
    ("M", "sizing", "(5, 120)", "(5, 120)", True),
    # test_reward_math_caret_power.py
    ("M", "caret", "2^6", "4", False),
    ("M", "caret", "5^1", "4", False),
    ("M", "caret", "2^3", "8", True),
    ("M", "caret", "2^6", "64", True),
    ("M", "caret", "10^6", "1000000", True),
    ("S", "caret", r"\boxed{2^6}", "4", False),
    ("S", "caret", r"\boxed{2^3}", "8", True),
    ("S", "caret", r"\boxed{2^6}", "64", True),
    # test_reward_math_comma_structured.py
    ("M", "comma", "{2, 100}", "2100", False),
    ("S", "comma", r"\boxed{\{2, 100\}}", "2100", False),
    ("M", "comma", "(5, 120)", "5120", False),
    ("S", "comma", r"\boxed{(5, 120)}", "5120", False),
    ("M", "comma", "2,000", "2000", True),
    ("S", "comma", r"\boxed{2,000}", "2000", True),
    ("S", "comma", r"\boxed{\{2, 10\}}", "210", False),
    ("S", "comma", r"\boxed{90°}", "90", True),
    # test_reward_math_degree_braces.py
    ("S", "degree", r"The angle is \boxed{90^{\circ}}.", "90", True),
    ("S", "degree", r"The angle is \boxed{90^\circ}.", "90", True),
    ("S", "degree", r"\boxed{45^{\circ}}", "90", False),
    ("S", "degree", r"\boxed{60^{\circ}}", r"60^\circ", True),
    ("S", "degree", r"\boxed{60^\circ}", r"60^{\circ}", True),
    # test_reward_math_equation_form.py
    ("S", "equation", r"\boxed{x=5}", "5", True),
    ("S", "equation", r"\boxed{x = 5}", "5", True),
    ("S", "equation", r"\boxed{n=10}", "10", True),
    ("S", "equation", r"\boxed{5}", "5", True),
    ("M", "equation", "x=5", "6", False),
    # test_reward_math_font_commands.py
    ("S", "fonts", r"The answer is \boxed{\mathbf{5}}.", "5", True),
    ("S", "fonts", r"\boxed{\boldsymbol{42}}", "42", True),
    ("S", "fonts", r"\boxed{\mathbf{6}}", "5", False),
    ("S", "fonts", r"\boxed{\mathbf{5}}", "5", True),
    ("S", "fonts", r"\boxed{5}", r"\mathbf{5}", True),
    ("S", "fonts", r"\boxed{\mathbf{\frac{1}{2}}}", "1/2", True),
    ("S", "fonts", r"\boxed{\mathbf{\sqrt{2}}}", r"\sqrt{2}", True),
    # test_reward_math_normalizer_gaps.py
    ("S", "gaps", r"The answer is \boxed{\tfrac{3}{4}}.", "3/4", True),
    ("S", "gaps", r"The answer is \boxed{\dfrac{3}{4}}.", "3/4", True),
    ("S", "gaps", r"\boxed{\tfrac{1}{2}}", "3/4", False),
    ("S", "gaps", r"\boxed{\{1,2,3\}}", "{1,2,3}", True),
    # test_reward_math_pi_symbol.py
    ("M", "pi", r"2\pi", "2π", True),
    ("M", "pi", r"2\pi", "2pi", True),
    ("M", "pi", "2π", "2pi", True),
    ("M", "pi", r"\frac{\pi}{2}", r"\pi/2", True),
    ("M", "pi", r"\frac{\pi}{3}", r"\frac{\pi}{3}", True),
    ("S", "pi", r"The area is \boxed{2\pi}.", "2π", True),
    ("S", "pi", r"The area is \boxed{2\pi}.", r"2\pi", True),
    ("S", "pi", r"\boxed{3\pi}", r"2\pi", False),
    # test_reward_math_sqrt_braces.py
    ("M", "sqrt", r"\sqrt{2}", r"\sqrt2", True),
    ("M", "sqrt", r"2\sqrt{3}", r"2\sqrt3", True),
    ("M", "sqrt", r"\sqrt2", "sqrt(2)", True),
    ("S", "sqrt", r"The side is \boxed{2\sqrt{3}}.", r"2\sqrt3", True),
    ("S", "sqrt", r"\boxed{\sqrt{5}}", r"\sqrt{5}", True),
    ("S", "sqrt", r"\boxed{\sqrt{2}}", r"\sqrt{3}", False),
    ("M", "sqrt", r"\sqrt{3}/2", r"\sqrt3/2", True),
    # test_reward_math_textbf_fonts.py (its \mathbf case is the one of the font-commands file)
    ("S", "textbf", r"\boxed{\textbf{5}}", "5", True),
    ("S", "textbf", r"\boxed{\textit{5}}", "5", True),
    ("S", "textbf", r"\boxed{\emph{5}}", "5", True),
    ("S", "textbf", r"\boxed{\textrm{5}}", "5", True),
    # test_reward_math_tolerance.py (score_text and math_equal both asserted on the bare
    # numbers; kept once, as math_equal)
    ("M", "tol", "1000001", "1000000", False),
    ("M", "tol", "5000003", "5000000", False),
    ("M", "tol", "10000005", "10000000", False),
    ("S", "tol", r"\boxed{1000001}", "1000000", False),
    ("M", "tol", "-1000001", "-1000000", False),
    ("M", "tol", "999999999", "1000000000", False),
    ("M", "tol", "007", "042", False),
    ("M", "tol", "0", "007", False),
    ("M", "tol", "05", "09", False),
    ("S", "tol", r"\boxed{05}", "09", False),
    ("S", "tol", r"\boxed{042}", "007", False),
    ("S", "tol", "1000000", "1000000", True),
    ("S", "tol", r"\boxed{1000000}", "1000000", True),
    ("M", "tol", "1000000.0", "1000000", True),
    ("M", "tol", "1,000,000", "1000000", True),
    ("M", "tol", "0.333333", "1/3", True),
    ("M", "tol", "0.5", "1/2", True),
    ("S", "tol", "43", "42", False),
    # test_reward_mixed_number.py
    ("S", "mixed", r"\boxed{1 1/2}", "3/2", True),
    ("S", "mixed", r"\boxed{1 1/2}", "11/2", False),
    # test_reward_nested_frac_unwrap.py
    ("M", "nested", r"\frac{\sqrt{2}}{2}", r"\sqrt{2}/2", True),
    ("S", "nested", r"\boxed{\frac{\sqrt{2}}{2}}", r"\sqrt{2}/2", True),
    ("M", "nested", r"\frac{1}{2}", "1/2", True),
    ("M", "nested", r"\dfrac{3}{4}", r"\tfrac{3}{4}", True),
    ("M", "nested", r"\frac{x^{2}}{2}", r"x^{2}/2", True),
    # test_reward_scientific_notation_extract.py
    ("S", "sci", "the answer is 1e3", "1000", True),
    ("S", "sci", "the answer is 1e3", "3", False),
    # test_reward_unboxed_latex_extract.py
    ("S", "unboxed", r"So the answer is $\frac{1}{2}$.", r"\frac{1}{2}", True),
    ("S", "unboxed", r"So the answer is $\frac{1}{2}$.", "2", False),
    # test_reward_unboxed_latex_terms.py (its \frac{1}{2} and "2" pairs are those of the file above)
    ("S", "terms", r"So the answer is $\frac{1}{2}$.", "1/2", True),
    ("S", "terms", r"Therefore the area is $2\sqrt{3}$.", r"2\sqrt{3}", True),
    ("S", "terms", r"Therefore the area is $2\sqrt{3}$.", "3", False),
]
_MINIR = [
    ("S", r"The answer is \boxed{1,234}.", "1234", True),
    ("S", r"The answer is \boxed{2500}.", "2,500", True),
    ("S", r"\boxed{1,234}", "1,234", True),
    ("S", r"\boxed{1,234,567}", "1234567", True),
    ("S", "The total is 12,000.", "12000", True),
    ("S", r"\boxed{1,234}", "1235", False),
    ("S", r"\boxed{2,000}", "20000", False),
    ("M", "1,234", "1234", True),
    ("M", "2,500", "2500", True),
    ("M", "1,234,567", "1234567", True),
    ("S", r"\boxed{42}", "42", True),
    ("S", r"\boxed{41}", "42", False),
    ("S", "answer: 1/2", "0.5", True),
    ("M", "18.90", r"\$18.90", True),
]


def _tr(kind: str, where: str, repo: str, a: str, b: str, ok: bool) -> dict:
    fn = "score_text" if kind == "S" else "math_equal"
    verdict = ("== 1.0" if ok else "== 0.0") if kind == "S" else ("is True" if ok else "is False")
    return _c(repo, where, b, a, kind == "M", ok, f"{fn}(..., reference) {verdict}")


_ALL: list[dict] = [
    # --- athatheo/bonsai-fold: math_equal(a, b), symmetric; b read as the gold ------------------
    *[_c(BONSAI, BONSAI_AT, b, a, True, True, "EQUAL_PAIRS: math_equal") for a, b in _BONSAI_EQUAL],
    *[
        _c(BONSAI, BONSAI_AT, b, a, True, False, "UNEQUAL_PAIRS / not math_equal")
        for a, b in _BONSAI_UNEQUAL
    ],
    _c(BONSAI, BONSAI_AT, _DEEP_SQRT_2, _DEEP_SQRT_2, True, True, "100-deep \\sqrt nest, itself"),
    _c(BONSAI, BONSAI_AT, _DEEP_SQRT_3, _DEEP_SQRT_2, True, False, "100-deep \\sqrt: 2 vs 3"),
    _c(BONSAI, BONSAI_AT, _DEEP_PAREN_2, _DEEP_PAREN_1, True, False, "60-deep parens: 1 vs 2"),
    # --- scitix/sieval: UGMathBench judge_answer(pred, gold, type) / math_equal(pred, gold) -----
    *[
        _c(SIEVAL, SV_UGM, gold, pred, True, ok, f"judge_answer, answer type {kind}")
        for pred, gold, kind, ok in _SV_UGM_TYPED
    ],
    *[
        _c(SIEVAL, SV_UGM, gold, pred, True, ok, "UGMathBench math_equal (rel. precision 1e-3)")
        for pred, gold, ok in _SV_UGM_EQUAL
    ],
    *[
        _c(SIEVAL, SV_UGL, gold, pred, True, ok, f"judge_answers([pred], [gold], ['EX']): {why}")
        for gold, pred, ok, why in _SV_UGL
    ],
    # --- scitix/sieval: IMO-Bench verify_math_answer(gold, pred) and _grade(gold, pred) ---------
    _c(SIEVAL, SV_IMO, "3", "3", True, True, "verify_math_answer is True"),
    _c(SIEVAL, SV_IMO, "3", "4", True, False, "verify_math_answer is False"),
    _c(SIEVAL, SV_IMO, r"\frac{1}{2}", "0.5", True, True, "verify_math_answer is True"),
    _c(SIEVAL, SV_IMO, "Yes", "yes", True, True, "normalized-string fallback is True"),
    _c(SIEVAL, SV_IMO, "red", "blue", True, False, "normalized-string fallback is False"),
    *[
        _c(SIEVAL, SV_IMO, gold, pred, True, ok, f"_grade (normalize_answer + verify): {why}")
        for gold, pred, ok, why in _SV_IMO_GRADE
    ],
    # --- scitix/sieval: AGIEval cloze is_equiv(pred, gold), evaluate_single_sample --------------
    _c(SIEVAL, SV_AGI, "0.5", r"\frac{1}{2}", True, True, "evaluate_single_sample('math') True"),
    _c(SIEVAL, SV_AGI, "3", "2", True, False, "evaluate_single_sample('gaokao-mathcloze') False"),
    _c(SIEVAL, SV_AGI, "2cm", "2 cm", True, True, "is_equiv: space removal"),
    _c(SIEVAL, SV_AGI, "90", r"90^\circ", True, True, "is_equiv: degree removal"),
    _c(SIEVAL, SV_AGI, "5", "k = 5", True, True, 'is_equiv: leading "k = " strip'),
    # --- scitix/sieval: DeepSeek-Math port symbolic_equal(prediction, reference) -----------------
    _c(SIEVAL, SV_DSM, "0.5", r"\frac{1}{2}", True, True, "symbolic_equal and eval_math True"),
    _c(SIEVAL, SV_DSM, r"\sqrt{x}", "x^{1/2}", True, True, "symbolic_equal and eval_math True"),
    _c(SIEVAL, SV_DSM, "7(x+3)(x-3)", "7(x-3)(x+3)", True, True, "symbolic_equal True"),
    _c(
        SIEVAL,
        SV_DSM,
        r"\frac{6\sqrt{5}}{5}",
        r"\frac{3\sqrt{20}}{5}",
        True,
        True,
        "symbolic_equal and eval_math True",
    ),
    _c(SIEVAL, SV_DSM, "1", "not math at all", True, False, "symbolic_equal refuses: False"),
    # --- scitix/sieval: MATH-Perturb port (a DeepSeek-Math fork, abs. tolerance 1e-7) -----------
    _c(
        SIEVAL,
        SV_PERTURB,
        r"1 - (x + 1)^{\frac14}",
        "\nThe answer is \n\\[ \\boxed{1 - \\sqrt[4]{x + 1}} \\]\n",
        False,
        True,
        "answer_check (upstream's own self-test) True",
    ),
    _c(SIEVAL, SV_PERTURB, "1/28800", "1/5120", True, False, "math_equal at 1e-7: not equal"),
    _c(SIEVAL, SV_PERTURB, "18234", "18{,}234", True, True, "math_equal / is_correct True"),
    _c(
        SIEVAL,
        SV_PERTURB,
        r"\sqrt{2} - 1",
        _EM_SPACE_RESPONSE,
        False,
        True,
        "answer_check True with U+2003 EM SPACE for the spaces",
    ),
    _c(SIEVAL, SV_PERTURB, "0.5", r"\frac{1}{2}", True, True, "math_equal True"),
    _c(SIEVAL, SV_PERTURB, "2*x", "x + x", True, True, "symbolic_equal True"),
    _c(
        SIEVAL,
        SV_PERTURB,
        "42",
        "\\boxed{__import__('os').system('true')}",
        False,
        False,
        "answer_check False (payload never run)",
    ),
    # --- scitix/sieval: maj@k vote keys (normalize_vote equal / unequal) ------------------------
    _c(SIEVAL, SV_VOTE, r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "normalize_vote keys equal"),
    _c(SIEVAL, SV_VOTE, r"\frac{1}{2}", r"\tfrac{1}{2}", True, True, "normalize_vote keys equal"),
    _c(SIEVAL, SV_VOTE, "(3)", r"\left(3\right)", True, True, "normalize_vote keys equal"),
    _c(SIEVAL, SV_VOTE, r"\frac{1}{2}", "1/2", True, True, "normalize_vote keys equal"),
    _c(SIEVAL, SV_VOTE, r"\sqrt{3}", r"\sqrt3", True, True, "normalize_vote keys equal"),
    _c(SIEVAL, SV_VOTE, "43", "42", True, False, "normalize_vote keys differ"),
    _c(SIEVAL, SV_VOTE, r"\frac{1}{3}", r"\frac{1}{2}", True, False, "normalize_vote keys differ"),
    # --- scitix/sieval: task feedback on whole responses / extracted predictions ----------------
    _c(SIEVAL, SV_GSMP, "4.5", "9/2", True, True, "is_equivalent(gold, pred) True"),
    _c(SIEVAL, SV_GSMP, "7/20", "0.35", True, True, "is_equivalent(gold, pred) True"),
    _c(SIEVAL, SV_GSMP, "3", "3/1", True, True, "is_equivalent(gold, pred) True"),
    _c(SIEVAL, SV_GSMP, "27", "18", True, False, "is_equivalent(gold, pred) False"),
    _c(SIEVAL, SV_GSMP, "1000", "Work.\n#### 1000", False, True, 'gold "1,000" (reference 1000)'),
    _c(SIEVAL, SV_GSMP, "27", "Work.\n#### 18", False, False, "feedback correct False"),
    _c(SIEVAL, SV_GSMP, "27", "Work.\n#### 27", False, True, "feedback correct True"),
    _c(
        SIEVAL,
        SV_GSM8K,
        "1000",
        "...so the answer is $\\boxed{1000.0}$.",
        False,
        True,
        'gold "Work.\\n#### 1,000" (reference 1000); numeric isclose',
    ),
    _c(SIEVAL, SV_GSM8K, "42", "The answer is $\\boxed{7}$.", False, False, "correct False"),
    _c(SIEVAL, SV_GSM8K, "42", "The answer is $\\boxed{42}$.", False, True, "correct True"),
    _c(SIEVAL, SV_GSM1K, "42", "Reasoning...\n\\boxed{42}", False, True, "correct True"),
    _c(SIEVAL, SV_HMATH, "16", "16", True, True, 'gold "Therefore $\\boxed{16}$."; correct'),
    _c(SIEVAL, SV_HMATH, "16", "17", True, False, 'gold "Therefore $\\boxed{16}$."; wrong'),
    # --- allenai/olmo-eval: Minerva / Hendrycks MATH equivalence (gen, correct) -----------------
    _c(OLMO, OLMO_AT, "0.5", r"\frac{1}{2}", True, True, "minerva_is_equiv True"),
    _c(OLMO, OLMO_AT, "2(x+1)", "2x+2", True, True, "minerva_is_equiv and is_equiv True"),
    _c(OLMO, OLMO_AT, r"\frac12", r"\dfrac{1}{2}", True, True, "minerva_is_equiv True"),
    _c(OLMO, OLMO_AT, "4", "3", True, False, "minerva_is_equiv and is_equiv False"),
    _c(
        OLMO,
        OLMO_AT,
        "(1,2)",
        r"\left(1,2\right)",
        True,
        True,
        "hendrycks_is_equiv and is_equiv True",
    ),
    *[
        _c(OLMO, OLMO_AT, norm, raw, True, True, "normalize_final_answer maps raw onto this")
        for raw, norm in _OLMO_NORMALIZE_FINAL
    ],
    *[
        _c(OLMO, OLMO_AT, norm, raw, True, True, "strip_string maps raw onto this")
        for raw, norm in _OLMO_STRIP_STRING
    ],
    # --- coderdailyone/fusion-gateway: Hendrycks is_equiv(pred, gold), math_equiv, score -------
    _c(FUSION, FG_OFFICIAL, "3", r"3\text{ treeks}", True, True, "is_equiv: unit label removed"),
    _c(FUSION, FG_OFFICIAL, r"\frac{1}{2}", r"\frac12", True, True, "is_equiv True"),
    _c(FUSION, FG_OFFICIAL, r"\sqrt{3}", r"\sqrt3", True, True, "is_equiv True"),
    _c(FUSION, FG_OFFICIAL, r"\frac{1}{2}", r"\tfrac{1}{2}", True, True, "is_equiv True"),
    _c(FUSION, FG_OFFICIAL, "5", "x=5", True, True, "is_equiv: short LHS stripped"),
    _c(FUSION, FG_OFFICIAL, r"\frac{1}{2}", "0.5", True, True, "math_equiv: sympy fallback"),
    _c(FUSION, FG_OFFICIAL, "2", "1+1", True, True, "math_equiv: sympy fallback"),
    _c(FUSION, FG_OFFICIAL, r"x \in [-2,7]", "[-2,7]", True, True, "math_equiv: x \\in stripped"),
    _c(FUSION, FG_OFFICIAL, "[-2,7]", r"x \in [-2,7]", True, True, "math_equiv is symmetric"),
    _c(FUSION, FG_OFFICIAL, r"x \in [-2,7]", r"[-2,\,7]", True, True, "math_equiv: thin space"),
    _c(FUSION, FG_OFFICIAL, r"x \in [-2,7]", "[-2, 7]", True, True, "math_equiv: plain space"),
    _c(FUSION, FG_OFFICIAL, r"x \in [-2,7]", "[0,5]", True, False, "math_equiv False"),
    _c(FUSION, FG_OFFICIAL, "42", "41", True, False, "is_equiv False"),
    _c(FUSION, FG_OFFICIAL, "[-2,7]", "[0,5]", True, False, "math_equiv False"),
    _c(FUSION, FG_SCORER, "42", r"so \boxed{42}", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, "42", "the answer is 42", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, "1/2", r"\boxed{0.5}", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, "2", r"\boxed{1+1}", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, "42", r"\boxed{41}", False, False, "not score(...).correct"),
    _c(FUSION, FG_SCORER, "[-2,7]", r"so \boxed{[-2,7]}", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, "[-2,7]", r"\boxed{[0,5]}", False, False, "not score(...).correct"),
    _c(FUSION, FG_SCORER, "3", r"\boxed{3\text{ treeks}}", False, True, "score(...).correct"),
    _c(FUSION, FG_SCORER, r"x \in [-2,7]", r"so \boxed{[-2,7]}", False, True, "correct"),
    _c(FUSION, FG_SCORER, r"x \in [-2,7]", r"\boxed{[-2,\,7]}", False, True, "correct"),
    _c(FUSION, FG_SCORER, r"x \in [-2,7]", r"\boxed{[0,5]}", False, False, "not correct"),
    _c(FUSION, FG_SCORER, r"\frac{1}{3}", r"so \boxed{\frac13}", False, True, "correct"),
    _c(FUSION, FG_SCORER, "1/2", r"\boxed{\dfrac12}", False, True, "score(...).correct"),
    # --- Lore-Hex/trustedrouter-benchmarks ------------------------------------------------------
    _c(TRB, TRB_MATH500, r"\frac{1}{2}", r"\frac{1}{2}", True, True, "is_equiv True"),
    _c(TRB, TRB_MATH500, r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "is_equiv True"),
    _c(TRB, TRB_MATH500, r"\frac{1}{2}", "1/2", True, True, "is_equiv True"),
    _c(
        TRB,
        TRB_MATH500,
        r"(3,\frac{\pi}{2})",
        r"\left( 3, \frac{\pi}{2} \right)",
        True,
        True,
        "is_equiv True",
    ),
    _c(TRB, TRB_MATH500, r"\frac{1}{2}", "0.5", True, True, "is_equiv True"),
    _c(TRB, TRB_MATH500, "9", "9", True, True, "is_equiv True"),
    _c(TRB, TRB_MATH500, r"\frac{1}{3}", r"\frac{1}{2}", True, False, "not is_equiv"),
    _c(TRB, TRB_MATH500, "10", "9", True, False, "not is_equiv"),
    _c(TRB, TRB_MATH500, r"\frac{1}{2}", "... \\boxed{\\dfrac{1}{2}}", False, True, "score_model"),
    _c(TRB, TRB_MATH500, "9", "the answer is \\boxed{9}", False, True, "score_model: correct"),
    _c(TRB, TRB_MATH500, "p - q", "\\boxed{p+q}", False, False, "score_model: wrong"),
    _c(TRB, TRB_AIME, "42", "x \\boxed{42}", False, True, "score_model: correct"),
    _c(TRB, TRB_AIME, "7", "answer is 007", False, True, "score_model: correct (007 == 7)"),
    _c(TRB, TRB_AIME, "100", "\\boxed{99}", False, False, "score_model: wrong"),
    _c(TRB, TRB_GSM8K, "18", "reasoning\n#### 18", False, True, "score_model: correct"),
    _c(TRB, TRB_GSM8K, "1000", "the answer is 1,000", False, True, "score_model: correct"),
    _c(TRB, TRB_GSM8K, "5", "#### 6", False, False, "score_model: wrong"),
    _c(TRB, TRB_GSM8K, "1", "#### 1", False, True, "summarize: score 100"),
    _c(TRB, TRB_GSM8K, "1", "#### 2", False, False, "summarize: score 0"),
    # --- xedotech/project-ymir: is_equiv(pred, ref, use_math_verify=False) ---------------------
    _c(YMIR, YMIR_AT, "1000", "1,000", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, r"\frac{1}{2}", "0.5", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, r"\frac12", "1/2", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, "5", "x = 5", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, "10", r"10\text{ cm}", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, "90", r"90^\circ", True, True, "is_equiv True"),
    _c(YMIR, YMIR_AT, "0.5", ".5", True, True, "is_equiv True"),
    _c(
        YMIR,
        YMIR_AT,
        r"(3,\frac{\pi}{2})",
        r"\left( 3, \frac{\pi}{2} \right)",
        True,
        True,
        "is_equiv True",
    ),
    _c(YMIR, YMIR_AT, "4", "3", True, False, "not is_equiv"),
    _c(YMIR, YMIR_AT, "0.33", r"\frac{1}{3}", True, False, "not is_equiv (0.33 is not 1/3)"),
    # --- gabzotronic/engineer_quiz: grade_math_answer(answer, meta) -----------------------------
    _c(QUIZ, QUIZ_AT, "42.0", "42", True, True, "numeric (tolerance 0.01): score 1.0"),
    _c(QUIZ, QUIZ_AT, "42.0", "42.005", True, True, "numeric, within tolerance 0.01: 1.0"),
    _c(QUIZ, QUIZ_AT, "42.0", "43", True, False, "numeric: score 0.0"),
    _c(QUIZ, QUIZ_AT, "0.75", "3/4", True, True, "numeric: score 1.0"),
    _c(QUIZ, QUIZ_AT, "-0.5", "-1/2", True, True, "numeric: score 1.0"),
    _c(QUIZ, QUIZ_AT, "1500.0", "1.5e3", True, True, "numeric: score 1.0"),
    _c(QUIZ, QUIZ_AT, "156.2", "156.2 cm", True, True, "numeric, unit stripped: score 1.0"),
    _c(QUIZ, QUIZ_AT, "42.0", "hello world", True, False, "numeric: could not parse, 0.0"),
    _c(QUIZ, QUIZ_AT, "x**2 + 1", "x**2 + 1", True, True, "expression: score 1.0"),
    _c(QUIZ, QUIZ_AT, "x**2 + 2*x + 1", "(x+1)**2", True, True, "expression: score 1.0"),
    _c(QUIZ, QUIZ_AT, "x**2 + 2*x + 1", "(x+1)^2", True, True, "expression: score 1.0"),
    _c(QUIZ, QUIZ_AT, "c**3 / (10*d)", "c^3/(10*d)", True, True, "expression: score 1.0"),
    _c(QUIZ, QUIZ_AT, "sin(2*x)/2", "sin(x)*cos(x)", True, True, "expression: trig identity"),
    _c(QUIZ, QUIZ_AT, "x**2 - 1", "x**2 + 1", True, False, "expression: score 0.0"),
    _c(QUIZ, QUIZ_AT, "2*x", "2x", True, True, "expression: implicit multiplication"),
    _c(QUIZ, QUIZ_AT, "x + 1", "???", True, False, "expression: could not parse, 0.0"),
    _c(QUIZ, QUIZ_AT, "2*3", "6", True, True, "expression: constant, score 1.0"),
    # --- mini-router/minirouter and its PR branches (philluiz2323/Gittensor-TinyRouter) --------
    *[_tr(kind, MINIR_AT, MINIR, a, b, ok) for kind, a, b, ok in _MINIR],
    *[_tr(kind, _TR_FILES[key], TINYR, a, b, ok) for kind, key, a, b, ok in _TINYR],
]


# Pairs (gold, bare prediction) already in an earlier set (bench/data/equiv_cases.jsonl,
# bench/equiv_issues_*.py, bench/equiv_fresh3_*.py), a prediction that is one whole \boxed{...}
# read as its content: left out, so that every case here is new.
_SEEN_BEFORE = {
    ("42", "42"),
    ("2.5", "\\frac{5}{2}"),
    ("1/2", "\\frac{1}{2}"),
    ("1234", "1,234"),
    ("45", "45^\\circ"),
    ("(1,2)", "(1, 2)"),
    ("1/3", "1/2"),
    ("[0,1]", "(0,1)"),
    ("(2,1)", "(1,2)"),
    ("x+2", "x+1"),
    ("x^3", "x^2"),
    ("3", "3"),
    ("\\frac{1}{2}", "0.5"),
    ("0.5", "\\frac{1}{2}"),
    ("\\frac{1}{2}", "1/2"),
    ("43", "42"),
    ("\\frac{1}{3}", "\\frac{1}{2}"),
    ("4", "3"),
    ("\\sqrt{2}", "\\sqrt2"),
    ("\\frac{3}{4}", "3/4"),
    ("\\frac{1}{2}", "\\frac12"),
    ("1/2", "0.5"),
    ("\\frac{1}{2}", "\\frac{1}{2}"),
    ("1000", "1,000"),
    ("10", "10\\text{ cm}"),
    ("2*x", "2x"),
    ("2*3", "6"),
    ("0.75", "\\frac{3}{4}"),
    ("-5", "-5"),
    ("5", "5"),
    ("1000000", "1,000,000"),
    ("42", "43"),
}


def _bare(pred: str) -> str:
    """The content of a prediction that is one whole box, else the prediction."""
    if pred.startswith("\\boxed{") and pred.endswith("}"):
        inner = pred[len("\\boxed{") : -1]
        depth = 0
        for ch in inner:
            depth += {"{": 1, "}": -1}.get(ch, 0)
            if depth < 0:
                return pred
        if depth == 0:
            return inner
    return pred


def _new_cases(cases: list[dict]) -> list[dict]:
    """`cases` less the pairs of earlier sets and less repeats of a pair (bare or boxed) already
    given by an earlier case of this module: the first source to assert a pair keeps it."""
    seen = set(_SEEN_BEFORE)
    kept = []
    for case in cases:
        key = (case["gold"], _bare(case["pred"]))
        if key not in seen:
            seen.add(key)
            kept.append(case)
    return kept


CASES: list[dict] = _new_cases(_ALL)

r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "a": answer checkers of
tutoring systems and small RL / evaluation projects that no earlier set used).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole reply as the test passes it) and the verdict
the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings
are the values the test passes; where a test builds the reference as a SymPy object, ``gold`` is
the Python / SymPy source text the test builds it from (``why`` says so). Do not tune the judge on
these cases.

Sources (repo, path @ commit, license of the stored copy):

- dqnykamp/mathinsight (Math Insight, a Django course site whose "mitesting" app grades typed
  answers with SymPy), GPL-2.0 (``LICENSE``), both @ e21db2f527e57b617e3b8707ea11754b614fd91e:
  ``mitesting/tests/test_grade_question.py`` (``compare_response_with_answer_code``: the
  learner's typed response against the answer expression, ``answer_correct`` True / False; only
  the tests run with the default comparison options are taken) and
  ``mitesting/tests/test_math_objects.py`` (``math_object(...).compare_with_expression``:
  ``fraction_equal`` 1 (True) or 0 (False)).
- mihailgaberov/ai-math-tutor ``tests/test_math_checker.py``
  @ 96001aae0a2aaf38578c0b1237e4fbe9590e8c65, MIT: ``check_student_claim("LHS = RHS")`` says
  CORRECT / WRONG by evaluating the left side; stored as gold = the left side (the expression
  the learner evaluated), pred = the learner's right side.
- 03jiang/math-learning-agent (a Chinese primary-school fraction tutor)
  ``tests/test_math.py`` @ 9cf60363191bb60d4c6653918ba55b1bbd4ce9b7 (``check_answer(task,
  value).status`` ``correct`` / ``incorrect`` against the exact answers 3/4 (``fraction-add``:
  1/2 + 1/4) and 1/4 (``fraction-word``), and ``Workspace.run`` replies written as
  ``答案：...`` ("Answer: ..."), stored whole with ``wrap`` False); no license file in the stored
  copy, short test strings quoted as test data with attribution.
- jatinsihag2345/rlvr-math-verifiers ``tests/test_verifiers.py``
  @ 4ddac9d699583cc2dafd2281d594418e2012c7ac (``DeterministicMathVerifier.verify``); no license
  file in the stored copy.
- OptimisedMath/optimisedmath (a Polish school-maths trainer) ``tests/test_answer_grading.py``
  @ 19782c7434f5e25396f2cf61f82676f12f49896f (``grade(text, problem, is_input_mode=True)``,
  ``is_correct`` True or a non-correct outcome); no license file in the stored copy.
- sangsq/RL-power-sampling ``tests/test_math500.py`` @ 100d2ed5607e26c0e743b46e8309b800e281eb33
  (``grade(completion, gold)`` on whole replies; ``paper_grade(predicted, target)``, its
  reimplementation of the "Reasoning with Sampling" MATH grader); no license file in the stored
  copy.
- qiuxiuhao/MathAlign-DPO ``tests/test_answer_normalization.py``
  @ fbb5165f86089bd7e817d0b8d85631e36127f688 (``normalize_answer`` /
  ``extract_and_normalize_answer``: a normaliser mapping one string onto another is read as an
  equivalence, gold = the normal form); no license file in the stored copy.
- ncdingari/nandika-prep (a practice-sheet checker) ``tests/test_math_verifier.py``
  @ 24dbb8061098856fa387912c13d59993445ec06f (``verify_long_division(prompt, answer)`` and
  ``verify_fraction_reduction(prompt, answer)``; gold = the prompt's expression: ``a ÷ b`` and the
  fraction after "Reduce"); no license file in the stored copy. Its generated
  ``verify_long_multiplication`` loop (100 products) is left out.
- engr-afnan786/SLM-Math-Storyteller-RAG ``tests/test_math_verifier.py``
  @ 093275d1c07e8cf3f1585a14fc67b0320a22324f, MIT: ``verify_math("a op b = c")`` (``ok`` True /
  False), stored like ai-math-tutor's claims (gold = left side, pred = right side).
- edtireli/spiral (a research-loop "maths verifier") ``tests/test_verify_math.py``
  @ 4f243e2fd6be7be4954e9818eadf957b3c5c14c2 (``verify_identity(lhs, rhs).ok``, SymPy source
  syntax; stored as gold = rhs, pred = lhs); no license file in the stored copy.
- usp787/RSI ``tests/test_verify_math.py`` @ c77baefeea097796b3015e36a7b11e1e71774b67
  (``verify_completion(task, completion, gold)["correct"]`` on whole replies, and
  ``normalize_gsm8k`` read as a normaliser); no license file in the stored copy.
- cling0809/geometric-signatures-llm-reasoning ``tests/test_math500.py``
  @ bb72607527a9659053371407de51823d67f403ea (``is_correct_math500(pred, gold)`` on bare answers,
  ``is_correct_math500_symbolic(completion, gold)`` on whole replies); no license file in the
  stored copy.
- AaronYu94/TA-MPQ ``tests/test_math500.py`` @ 480de506b5c31cb7714a75b1a2f5fda4a2dafa84
  (``score_prediction(completion, reference)`` and the normalisers ``normalize_answer`` /
  ``extract_reference_answer``, whose normal form writes a fraction as ``(a)/(b)``; gold = the
  normal form); no license file in the stored copy.
- Zilong-Wang719/BORA-BUDGET ``tests/test_answer_normalization.py``
  @ 7ef4ec067868fe4e20fa711616ac292285604dc8 (``is_correct(pred, gold)``); no license file in the
  stored copy.
- aryamanarora/matryoshka-attribution-parameters ``tests/test_math500.py``
  @ 8547381d80ba812061a43c83673287d9fadd7a07 (``normalize(a) == normalize(b)`` read as an
  equivalence; ``is_correct(completion, gold)`` after the think block); no license file in the
  stored copy.
- nejohnson2/rlhf-playground ``tests/test_reward_functions.py``
  @ 1ef87067e796c0d286ab73ceeb8bc618c7182951 (the task reward's math ``exact_match`` on
  ``#### n`` replies, 1.0 / 0.0); no license file in the stored copy.

Left out, by rule: multiple-choice option ids (mathinsight ``test_compare_multiple_choice``,
OptimisedMath's option grading); verdicts that depend on a setting the test changes from its
default (mathinsight ``round_on_compare``, ``tuple_is_unordered=True``,
``match_partial_on_compare``, ``split_symbols_on_compare=False``, sign-error partial credit;
OptimisedMath's ``standard`` policy that marks ``2/4`` "unsimplified" and ``exact_match_only``;
rlvr-math-verifiers' ``default_tolerance=1e-3`` case ``3.1416`` vs ``3.14159``); format policies
(mathinsight ``a,b,c`` against ``(a,b,c)`` (bare vs parenthesised tuple), vectors and matrices
typed in the site's own syntax; OptimisedMath's ``format_mismatch`` (``0,5`` against
``\frac{1}{2}`` and ``1/2`` against ``0,5``); math-learning-agent's ``invalid`` inputs
(``-3/-4``, ``1/2+1/4``) and ``invalid_unit`` (``答案：1/4米``)); answers identical to the gold
string; function-valued answers (mathinsight ``test_function*``) and multi-blank groups;
mathinsight's default form-strict verdicts ``1/x + 1/y`` against ``(x+y)/(x*y)`` and ``x**2-y**2``
against ``(x+y)*(x-y)`` (0 by default, 1 with ``normalize_on_compare=True``: only the latter,
mathematical verdict is taken); RL-power-sampling's strict-box rejection of an unboxed
``The answer is 0.5``, its percent case ``10\%`` = ``10`` (the percent-sign policy, as in
equiv_issues_a), its ``-2, 1`` against ``1,-2`` (order of an answer list: no definite
expectation without the problem) and ``tests/test_gsm8k.py``'s ``work... \\boxed{1,234}`` (a
doubled backslash, so not a box); MathAlign-DPO's choice letters and its symbolic fraction left
unchanged by the normaliser (an identity); spiral's calls of SymPy functions as answers
(``diff(sin(x), x)``, ``integrate(x**2, x)``, ``Sum(...).doit()``), equation-solution,
Groebner-basis, Lean and malformed-claim checks; RSI's ``25%`` -> ``percent:25`` (an internal
tag, not an answer); geometric-signatures' float tolerance ``42.00001`` = ``42`` (a tolerance
setting) and its identical pairs; BORA-BUDGET's ``22 + 14 + 11 + 7`` against ``54`` (False by its
no-arithmetic policy although the sum is 54); matryoshka's ``10\%`` = ``10`` (the percent-sign
policy) and its ``normalize(None)``. huangchen725/math_agent (a Chinese olympiad-maths agent with
``judge_answer`` tests) was read but not used: its LICENSE reserves all rights.

Searched without a usable new source: ``find_string`` hits for ``math_equal(``, ``is_equiv(``,
``grade_answer(``, ``check_answer(``, ``compute_score(``, ``answers_match(``,
``verify_answer(``, ``math_equiv(``, ``is_math_equivalent(`` and their TypeScript / Rust / Go
spellings led to claimed or used repositories (bonsai-fold, sieval, project-ymir, OpenBMB/Meshy,
ibrokhimel/Homeworks) or to files whose repository could not be named (a ``ccps`` math grader, a
Japanese ``learning-workbook`` CAS test, a TypeScript equation-move validator, a JavaScript
``checkAnswer`` LaTeX checker with ``Constant.Single`` / ``Constant.Variables`` answer types, a
vitest ``areEquivalent`` math-engine suite), which were not used. Read without equivalence
assertions: Goekdeniz-Guelmez/mlx-lm-lora (tag-format rewards, text-only accuracy),
tongt1/multiagent, BosonicJustin/synthetic_rubrics_experiment and Hang-276/Nicheflow (dataset
plumbing), Thiggel/synthetic-RLVL (word answers), paulpengtw/exam-generation (prompt text),
boundless-future/OnlyOne, yuzyayvri/jaiyu (operand echo extraction), checheng117/RL_A2,
alexchilton/CAS_NLP_MODULE4_GRPO (Wordle), yashhashhrrreee/faithfulreward, AMD-AGI/Apex (kernel
rewards), vanillaturtlechips/MARS (robot rewards), initxy/noeta and FantaSmallhamster/delayBind
(non-math answers), Abhradeep1994/multi-agent-math-reasoning-system (one solver run),
aandresalvarez/researcher (an evaluator, no pairs). QuangDiy/ViMATH-Verify's ``verified_answers*.json`` are Math-Verify's own verdicts, not gold
labels; lambda-feedback/LatexEqual has no tests and lambda-feedback/compareSets grades set algebra
in the site's own notation (``A n B``); hamsterjiang23/Sure-VL grades option letters.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MI = "dqnykamp/mathinsight"
MI_AT = "@e21db2f527e57b617e3b8707ea11754b614fd91e"
MI_GQ = "mitesting/tests/test_grade_question.py" + MI_AT
MI_MO = "mitesting/tests/test_math_objects.py" + MI_AT
TUTOR = "mihailgaberov/ai-math-tutor"
TUTOR_AT = "tests/test_math_checker.py@96001aae0a2aaf38578c0b1237e4fbe9590e8c65"
MLA = "03jiang/math-learning-agent"
MLA_AT = "tests/test_math.py@9cf60363191bb60d4c6653918ba55b1bbd4ce9b7"
RLVR = "jatinsihag2345/rlvr-math-verifiers"
RLVR_AT = "tests/test_verifiers.py@4ddac9d699583cc2dafd2281d594418e2012c7ac"
OPT = "OptimisedMath/optimisedmath"
OPT_AT = "tests/test_answer_grading.py@19782c7434f5e25396f2cf61f82676f12f49896f"

PS = "sangsq/RL-power-sampling"
PS_AT = "tests/test_math500.py@100d2ed5607e26c0e743b46e8309b800e281eb33"
MAD = "qiuxiuhao/MathAlign-DPO"
MAD_AT = "tests/test_answer_normalization.py@fbb5165f86089bd7e817d0b8d85631e36127f688"
NAN = "ncdingari/nandika-prep"
NAN_AT = "tests/test_math_verifier.py@24dbb8061098856fa387912c13d59993445ec06f"
SLM = "engr-afnan786/SLM-Math-Storyteller-RAG"
SLM_AT = "tests/test_math_verifier.py@093275d1c07e8cf3f1585a14fc67b0320a22324f"
SPI = "edtireli/spiral"
SPI_AT = "tests/test_verify_math.py@4f243e2fd6be7be4954e9818eadf957b3c5c14c2"
RSI = "usp787/RSI"
RSI_AT = "tests/test_verify_math.py@c77baefeea097796b3015e36a7b11e1e71774b67"
GEO = "cling0809/geometric-signatures-llm-reasoning"
GEO_AT = "tests/test_math500.py@bb72607527a9659053371407de51823d67f403ea"
TAM = "AaronYu94/TA-MPQ"
TAM_AT = "tests/test_math500.py@480de506b5c31cb7714a75b1a2f5fda4a2dafa84"
BORA = "Zilong-Wang719/BORA-BUDGET"
BORA_AT = "tests/test_answer_normalization.py@7ef4ec067868fe4e20fa711616ac292285604dc8"
MAT = "aryamanarora/matryoshka-attribution-parameters"
MAT_AT = "tests/test_math500.py@8547381d80ba812061a43c83673287d9fadd7a07"
RLHF = "nejohnson2/rlhf-playground"
RLHF_AT = "tests/test_reward_functions.py@1ef87067e796c0d286ab73ceeb8bc618c7182951"

_MI_SIGN_GOLD = "exp((3x-1)*(3y-2x))log(1/(z-1))-log(3x)+1"

# (gold, pred, expected, why)
_MI_GRADE = [
    ("a*x", "ax", True, "answer Symbol a * Symbol x; typed ax is correct"),
    ("a*x", "xa", True, "typed xa is correct (implicit product, order)"),
    ("2*a*x", "2ax", True, "2*a*x; 2ax correct with the default symbol splitting"),
    ("a,b,c", "a,c,b", False, "tuple a,b,c (ordered by default); a,c,b incorrect"),
    ("a>b,b<=c,c>d", "a>b, c>=b, d < c", True, "tuple of relations, each rewritten"),
    ("a>b,b<=c,c>d", "a>b,c>d,c>=b", False, "tuple of relations out of order: incorrect"),
    ("a>b and b<=c and c>d", "a>b and c>=b and d < c", True, "conjunction of relations"),
    ("a>b and b<=c and c>d", "a>b and c>d and c>=b", True, "conjunction reordered: correct"),
    ("a>b and b<=c and c>d", "a>b and c>=b and d<c and a>d", False, "extra conjunct: incorrect"),
    ("a>b >=c >d >=x", "a >b >=c > d >=x", True, "inequality chain, spacing"),
    ("a>b >=c >d >=x", "a >b and b >=c and c > d and d >=x", True, "chain as a conjunction"),
    ("a>b >=c >d >=x", "x <=d <c <=b < a", True, "chain written in reverse"),
    ("a>b >=c >d >=x", "b >=c > d >=x", False, "chain missing its first link: incorrect"),
]

_MI_OBJECTS = [
    ("1/x + 1/y", "(x+y)/(x*y)", True, "normalize_on_compare=True: fraction_equal 1"),
    ("x**2-y**2", "(x+y)*(x-y)", True, "normalize_on_compare=True: fraction_equal 1"),
    (_MI_SIGN_GOLD, "-exp((3x-1)*(3y-2x))log(1/(z-1))-log(3x)+1", False, "one sign flipped"),
    (_MI_SIGN_GOLD, "-exp((3x-1)*(3y-2x))log(1/(z+1))-log(3x)+1", False, "two signs flipped"),
    (_MI_SIGN_GOLD, "-exp((3x+1)*(3y-2x))log(1/(z+1))-log(3x)+1", False, "three signs flipped"),
    (_MI_SIGN_GOLD, "-exp((3x+1)*(3y-2x))log(1/(z+1))-log(-3x)+1", False, "four signs flipped"),
    (_MI_SIGN_GOLD, "-exp((3x+1)*(-3y-2x))log(1/(z+1))-log(-3x)+1", False, "five signs flipped"),
    ("50/(3z+7)^2", "50/(3z-7)^2", False, "normalize_on_compare=True; sign inside the square"),
    ("50/(3z+7)^2", "50/(3z+7)^(-2)", False, "normalize_on_compare=True; exponent sign"),
    ("50/(3z+7)^2", "50/(3z-7)^(-2)", False, "normalize_on_compare=True; two sign errors"),
    ("50/(3z+7)^2", "-50/(3z-7)^2", False, "normalize_on_compare=True; two sign errors"),
]

_TUTOR = [
    ("100 / 4", "25", True, "check_student_claim('100 / 4 = 25'): CORRECT"),
    ("12 * 8", "96", True, "'12 * 8 = 96': CORRECT"),
    ("12 times 8", "96", True, "'12 times 8 = 96': CORRECT (word operator)"),
    ("50 divided by 2", "25", True, "'50 divided by 2 = 25': CORRECT (word operator)"),
    ("15 + 7", "22", True, "'15 + 7 = 22': CORRECT"),
    ("20 - 3", "17", True, "'20 - 3 = 17': CORRECT"),
    ("100 / 4", "20", False, "'100 / 4 = 20': WRONG"),
    ("12 * 8", "90", False, "'12 * 8 = 90': WRONG"),
    ("12 times 8", "90", False, "'I think 12 times 8 = 90': WRONG (word operator)"),
    ("3 + 4", "8", False, "'3 + 4 = 8': WRONG"),
    ("7 / 2", "3.5", True, "'7 / 2 = 3.5': CORRECT"),
    ("7 / 2", "4", False, "'7 / 2 = 4': WRONG"),
]

_MLA = [
    ("3/4", "6/8", True, "fraction-add (1/2 + 1/4): correct"),
    ("3/4", "0.75", True, "fraction-add: decimal correct"),
    ("3/4", "0.7500", True, "fraction-add: trailing zeros correct"),
    ("3/4", " 3 / 4 ", True, "fraction-add: spaces correct"),
    ("3/4", "3／4", True, "fraction-add: full-width slash correct"),
    ("3/4", "-3/4", False, "fraction-add: negative is incorrect"),
    ("1/4", "2/8", True, "fraction-word (1 - 3/4): correct"),
    ("1/4", "0.25", True, "fraction-word: decimal correct"),
]

_NAN = [
    *(
        row
        for a, b in ((144, 12), (156, 12), (221, 17), (100, 4), (98, 7))
        for row in (
            (f"{a} ÷ {b}", str(a // b), True, f"verify_long_division('{a} ÷ {b}', q)"),
            (f"{a} ÷ {b}", f"{a // b} R 1", False, "a remainder where there is none"),
        )
    ),
    *(
        row
        for n, d, red in ((12, 16, "3/4"), (24, 36, "2/3"), (21, 28, "3/4"), (18, 30, "3/5"))
        for row in (
            (f"{n}/{d}", red, True, f"verify_fraction_reduction('Reduce {n}/{d}', '{red}')"),
            (f"{n}/{d}", "1/2", False, f"verify_fraction_reduction('Reduce {n}/{d}', '1/2')"),
        )
    ),
]

_SLM = [
    ("3 + 4", "7", True, "verify_math('3 + 4 = 7'): ok"),
    ("3 + 4", "8", False, "verify_math('3 + 4 = 8'): not ok"),
    ("6 x 7", "42", True, "verify_math('6 x 7 = 42'): ok ('x' as times)"),
    ("9 - 3", "6", True, "verify_math('9 - 3 = 6'): ok"),
    ("2 x 5", "10", True, "verify_math('3 + 4 = 7 and 2 x 5 = 10'): both facts ok"),
    ("2 + 2", "5", False, "verify_math('3 + 4 = 7 but 2 + 2 = 5'): one incorrect fact"),
]

_SPI = [
    ("1", "sin(x)**2 + cos(x)**2", True, "verify_identity: certified"),
    ("x**2 + 2*x + 1", "(x+1)**2", True, "verify_identity: certified"),
    ("x^2 + 2x + 1", "(x+1)^2", True, "verify_identity: certified (caret, implicit product)"),
    ("cos(x) + I*sin(x)", "exp(I*x)", True, "verify_identity: certified (Euler)"),
    ("2*sin(x)*cos(x)", "sin(2*x)", True, "verify_identity: certified"),
    ("x**2 + 3*x + 1", "(x+1)**2", False, "verify_identity: refuted (expansion slip)"),
    (
        "log(x)+log(y)",
        "log(x*y)",
        False,
        "verify_identity without assumptions: not certified (holds only for positive x, y)",
    ),
]

CASES: list[dict] = [
    *(_c(MI, MI_GQ, g, p, True, ok, "answer_correct; " + w) for g, p, ok, w in _MI_GRADE),
    *(
        _c(MI, MI_MO, g, p, True, ok, "compare_with_expression; " + w)
        for g, p, ok, w in _MI_OBJECTS
    ),
    *(_c(TUTOR, TUTOR_AT, g, p, True, ok, w) for g, p, ok, w in _TUTOR),
    *(_c(MLA, MLA_AT, g, p, True, ok, "check_answer; " + w) for g, p, ok, w in _MLA),
    _c(MLA, MLA_AT, "3/4", "答案：2/6", False, False, "Workspace.run fraction-add: incorrect"),
    _c(MLA, MLA_AT, "3/4", "答案：3/4", False, True, "Workspace.run fraction-add: correct"),
    _c(MLA, MLA_AT, "1/4", "答案：3/4", False, False, "Workspace.run fraction-word: incorrect"),
    _c(
        RLVR,
        RLVR_AT,
        "1/2",
        r"The final answer is \boxed{\frac{50}{100}}",
        False,
        True,
        "verify: fraction equivalence, is_correct True",
    ),
    _c(OPT, OPT_AT, r"\frac{1}{2}", "2/4", True, True, "equivalent_accepted policy: correct"),
    _c(OPT, OPT_AT, r"\frac{1}{2}", "1/2", True, True, "equivalent_accepted: correct, no mismatch"),
    _c(OPT, OPT_AT, "1", "2", True, False, "text mode: 2 against 1 is a trap (not correct)"),
    _c(PS, PS_AT, "0.5", r"Therefore \boxed{\frac{1}{2}}", False, True, "grade: correct"),
    _c(PS, PS_AT, r"106^\circ", r"Therefore \boxed{106^\circ}", False, True, "grade: correct"),
    _c(PS, PS_AT, "36", "{36} miles", True, True, "paper_grade: unit word stripped"),
    _c(PS, PS_AT, "1", r"\infty", True, False, "paper_grade: not equal"),
    _c(MAD, MAD_AT, "3/4", r"\frac{6}{8}", True, True, "normalize_answer reduces to 3/4"),
    _c(MAD, MAD_AT, "2", "10/5", True, True, "normalize_answer: 10/5 -> 2"),
    _c(MAD, MAD_AT, "12.34", "+0012.3400", True, True, "normalize_answer: -> 12.34"),
    _c(
        MAD,
        MAD_AT,
        "7",
        r"Work first. Therefore \boxed{007}.",
        False,
        True,
        "extract_and_normalize_answer: normalized 7",
    ),
    *(_c(NAN, NAN_AT, g, p, True, ok, w) for g, p, ok, w in _NAN),
    *(_c(SLM, SLM_AT, g, p, True, ok, w) for g, p, ok, w in _SLM),
    *(_c(SPI, SPI_AT, g, p, True, ok, w) for g, p, ok, w in _SPI),
    _c(
        RSI, RSI_AT, "1200", r"Work. \boxed{1,200}", False, True, "verify_completion gsm8k: correct"
    ),
    _c(RSI, RSI_AT, "1200", r"Work. \boxed{1199}", False, False, "verify_completion gsm8k: wrong"),
    _c(
        RSI,
        RSI_AT,
        "0.5",
        r"Therefore \boxed{\frac{1}{2}}.",
        False,
        True,
        "verify_completion math: correct",
    ),
    _c(RSI, RSI_AT, "2401/2", "1,200.50", True, True, "normalize_gsm8k('1,200.50') == '2401/2'"),
    _c(RSI, RSI_AT, "-1/2", "-3/6", True, True, "normalize_gsm8k('-3/6') == '-1/2'"),
    _c(RSI, RSI_AT, "1/2", r"\frac{1}{2}", True, True, r"normalize_gsm8k(r'\frac{1}{2}') == '1/2'"),
    _c(GEO, GEO_AT, "42", "43", True, False, "is_correct_math500('43', '42'): False"),
    _c(GEO, GEO_AT, "x + 1", "x+1", True, True, "is_correct_math500: whitespace normalised"),
    _c(GEO, GEO_AT, "x+2", "x+1", True, False, "is_correct_math500: False"),
    _c(GEO, GEO_AT, "42", r"\boxed{42}", True, True, "is_correct_math500: outer box stripped"),
    _c(GEO, GEO_AT, r"\boxed{42}", "42", True, True, "is_correct_math500: boxed gold"),
    _c(
        GEO,
        GEO_AT,
        r"\frac{1}{2}",
        r"Therefore the result is \boxed{0.5}.",
        False,
        True,
        "is_correct_math500_symbolic: decimal against fraction",
    ),
    _c(
        GEO,
        GEO_AT,
        "(x+1)^2",
        r"Final: \boxed{x^2 + 2x + 1}",
        False,
        True,
        "is_correct_math500_symbolic: expanded square",
    ),
    _c(GEO, GEO_AT, r"\frac{1}{2}", r"Final: \boxed{0.6}", False, False, "symbolic: False"),
    _c(
        GEO,
        GEO_AT,
        "42",
        r"First I considered 7, but the final answer is \boxed{42}.",
        False,
        True,
        "is_correct_math500_symbolic: the boxed answer, not the first number",
    ),
    _c(GEO, GEO_AT, r"\boxed{42}", r"Final: \boxed{42}", False, True, "symbolic: boxed gold"),
    _c(TAM, TAM_AT, "(9)/(2)", r"\boxed{\frac{9}{2}}", False, True, "score_prediction: correct"),
    _c(
        TAM,
        TAM_AT,
        "(3,(1)/(2))",
        r"\left( 3, \frac{1}{2} \right)",
        True,
        True,
        "normalize_answer maps the tuple to (3,(1)/(2))",
    ),
    _c(TAM, TAM_AT, "(3)/(4)", r"\frac{3}{4}", True, True, "extract_reference_answer -> (3)/(4)"),
    _c(BORA, BORA_AT, "800", "800 cents", True, True, "is_correct: unit word dropped"),
    _c(BORA, BORA_AT, "400", "$400", True, True, "is_correct: currency sign dropped"),
    _c(
        BORA,
        BORA_AT,
        "10",
        r"\boxed{10:00 \text{ am}}",
        False,
        True,
        "is_correct: whole-hour time 10:00 am matches the hour answer 10",
    ),
    _c(MAT, MAT_AT, r"\frac{1}{2}", "0.5", True, True, "normalize: equal normal forms"),
    _c(MAT, MAT_AT, r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "normalize: equal normal forms"),
    _c(MAT, MAT_AT, "12", "12.", True, True, "normalize: equal normal forms"),
    _c(MAT, MAT_AT, "12", "12.0", True, True, "normalize: equal normal forms"),
    _c(MAT, MAT_AT, "even", r"\text{even}", True, True, r"normalize(r'\text{even}') == 'even'"),
    _c(
        MAT,
        MAT_AT,
        r"(3,\frac{\pi}{2})",
        r"\left( 3, \frac{\pi}{2} \right)",
        True,
        True,
        "normalize: equal normal forms",
    ),
    _c(
        MAT,
        MAT_AT,
        "8",
        r"<think>\boxed{7} is wrong</think> so \boxed{8}",
        False,
        True,
        "is_correct reads the box after the think block",
    ),
    _c(
        MAT,
        MAT_AT,
        "8",
        r"<think>\boxed{8}</think> so \boxed{7}",
        False,
        False,
        "is_correct: the 8 is only inside the think block",
    ),
    _c(RLHF, RLHF_AT, "4", "The answer is #### 4", False, True, "math exact_match reward 1.0"),
    _c(RLHF, RLHF_AT, "4", "The answer is #### 5", False, False, "math exact_match reward 0.0"),
]

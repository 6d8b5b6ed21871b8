r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "c": non-English
graders and their tests). The focus of this part was math-answer checkers written for Chinese,
Japanese, Korean, Vietnamese, Russian, Arabic, Portuguese and Spanish users and their labelled
data. Almost every such project that search could name was claimed already (see
/work/wt/fresh20_claims) or held no assertion comparing a final answer with a reference; the three
sources below are the ones that did. Two come from Chinese authors (a Huawei MindSpore project and
a single-author evaluation harness, tests written in English), one is an Uzbek test-checking bot
(two cases).

Cases follow bench/equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the prediction
(``wrap`` False for the two reward / parser suites, whose predictions are whole completions as
the test passes them; True for the bare student answers of testova), and
``expected`` the verdict the test asserts. ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values Python reads from the test (``r"\frac"`` in the test is ``r"\frac"`` here).
Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- mindspore-ai/mindrlhf ``tests/ut/test_reward_functions.py`` and ``tests/ut/qwen_reward_dataset.json``
  @ a4621e18d4c182d45a6d26e9d0d533f13941027a (identical at HEAD
  e8a8fc1ca5bf27c47287525c007f2c37adefcea2), Apache-2.0 (LICENSE and file header, Huawei).
  ``accuracy_reward(completions, solutions)`` (last number of a plain completion),
  ``qwen_accuracy_reward`` (last ``\boxed{}``), ``accuracy_reward_2`` (latex2sympy2_extended +
  math_verify) and ``qwen_accuracy_reward`` on the suite's "real dataset" of nine GSM8K rollouts;
  the reward (1.0 / 0.0) is read as the verdict. ``solution`` is the gold.
- Geraldxm/math-eval ``tests/test_evaluation_core.py``
  @ 10f687558d1642a1846581f07a7b2b9a5c8ab8fa, ``ParserAndMetricsTest``:
  ``parse_and_verify(final_text, gold).status`` ("correct" = True; "incorrect", "no_candidate",
  "parse_error" = False) and the ``parse_v5_dual_and_verify`` piecewise case. No license file was
  found in the stored copy; the short test strings are quoted as test data, with attribution.
- sabdur4hmonov/testova (an Uzbek test-checking Telegram bot) ``tests/test_answer_checker.py``
  @ 199a5f9690e699d62ed39a9e4334a473f3408d18, ``test_sign_still_meaning_bearing``:
  ``check_answers({"1": pred}, {"1": [gold]})`` counted correct / wrong; the student answer is a
  bare value (``wrap`` True). No license file was found in the stored copy. Its other tests grade
  multiple-choice letters and written words (``smartphone`` in ``PHONE / TELEPHONE /
  SMARTPHONE``, ``Toshkent``), which are not math answers and are left out.

Left out, by rule:

- format policies: mindrlhf ``"Answer is 42 and 43"`` against 43 (last-number rule),
  ``\boxed{43}\boxed{42}`` against 42 and math-eval ``\boxed{1}\boxed{2}``,
  ``\boxed{1}\boxed{2}\boxed{\frac{3}{`` against 2 (last-box rule), math-eval
  ``\boxed{41}. On reflection the answer is $42$.`` (box against later text), ``\fbox{42}`` under
  the dual parser (strict no_candidate / soft parse_error, while the v3 parser accepts it: kept
  once, as True) and the unclosed ``\boxed{\frac{1}{2}`` (truncated box); the five rollouts of the
  mindrlhf real dataset whose correct answer is not boxed (``So, Sarah has 100 toads.``,
  ``The answer is: 5``, ``The answer is: 66`` twice, ``The answer is: 39``) and score 0.0 under
  the strict-box ``qwen_accuracy_reward`` (strict-box rejection of a correct unboxed answer);
- verdicts that record a library default against mathematical equality: math-eval
  ``\boxed{0.333333}`` = ``\frac{1}{3}`` (six-digit tolerance), ``\boxed{\begin{pmatrix}1\\2
  \end{pmatrix}}`` != ``(1,2)`` and ``\boxed{\{x \mid x > 0\}}`` != ``(0,\infty)`` (the test is
  named "upstream_defaults"); the two rounded decimals the same test rejects (``0.3333``,
  ``0.34`` against ``\frac{1}{3}``) are kept as False;
- golds the suite cannot judge: mindrlhf ``42`` against ``\invalid``; duplicates (math-eval's
  ``truncated=True`` repeat of ``The final answer is $12$.``); non-math tests (format_reward tags,
  Knights-and-Knaves ``kk_reward``); math-eval's ``verification_error`` case (a mocked verifier).

Claimed, fetched or read for this focus and not used (repo @ stored commit; why):

- HAE-RAE/haerae-evaluation-toolkit @ cbc399b7f9d88fffd9848a9dce6b7060e9f0515e (Korean HRET):
  ``llm_eval/test/test_evaluations.py`` only checks evaluator registration with a mock model;
  the ``math_match`` docstring example is not a test.
- VikhrModels/DeathMath (Russian math benchmark): per-answer labels in ``results/details`` come from
  ``src/equality_checker.py``, a rule checker that strips everything but digits and rounds to three
  decimals; not a human or stronger label.
- alexeyavdey/ege-math-grader (Russian EGE grader) @ 3d1476796431702f848c0eba199998a1dec73a4f:
  ``tests/test_verifier.py`` is skipped (TODO) and checks answers against a problem statement, with
  no reference answer.
- KongdaV5/math-grader (Chinese worksheet grader) @ 46ca268316e30ed9fc438c4d178f948807419208:
  ``test_normalizer_trace_and_idempotence`` maps full-width digits and ``×``/``÷`` (OCR
  notation normalisation, out of scope this round); no answer-key comparisons.
- lllcxbst/primary-math-grader (Chinese primary-school grader): LLM prompt and HTTP tests only.
- OpenDCAI/DataFlow @ cefe26bb (Chinese data-prep toolkit with a math answer filter),
  opendilab/LightRFT @ 49e62cb6 (``examples/math_benchmarks/test_benchmarks.py`` checks data
  format only), sii-research/siiRL (no reward tests), swallow-llm/swallow-evaluation-instruct
  (Japanese; a lighteval fork whose tests hold no math pairs), MikaStars39/NanoEval (the math judge
  is mocked), DangQuangSE/auto-grade-prm, hoangthvn2201/ViMath-Assistant,
  zunayedpatowari/hebrew-math-grader, enatakamiya353/math-grader, math-p-earth/math-grader-cms,
  tovedu/tov-wrong-answer-check, Open-DataFlow/Math-Eval: no test or labelled data comparing a
  final answer with a reference.
- Issue threads found in Chinese (TsinghuaAI/CUGE#7 on Math23K string match,
  open-compass/VLMEvalKit#651, modelscope/ms-swift#4541, huggingface/Math-Verify#60) belong to
  repositories claimed by other collectors.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MSR = "mindspore-ai/mindrlhf"
MSR_AT = "tests/ut/test_reward_functions.py@a4621e18d4c182d45a6d26e9d0d533f13941027a"
MSR_DATA = "tests/ut/qwen_reward_dataset.json@a4621e18d4c182d45a6d26e9d0d533f13941027a"
GXM = "Geraldxm/math-eval"
GXM_AT = "tests/test_evaluation_core.py@10f687558d1642a1846581f07a7b2b9a5c8ab8fa"
UZB = "sabdur4hmonov/testova"
UZB_AT = "tests/test_answer_checker.py@199a5f9690e699d62ed39a9e4334a473f3408d18"

_ACC = "accuracy_reward (last number)"
_QWEN = "qwen_accuracy_reward (last box)"
_ACC2 = "accuracy_reward_2 (math_verify)"
_REAL = "qwen_accuracy_reward, real GSM8K rollout"
_PV = "parse_and_verify status"

# mindrlhf's "real dataset" rollouts (qwen_reward_dataset.json entries 2, 4, 5 and 6), verbatim.
_QWEN_RABBITS = (
    " Let's break down the problem step-by-step to determine how many toys each rabbit will h"
    "ave after Junior buys all the toys and splits them evenly.\n"
    "\n"
    "1. **Calculate the number of toys bought on each day:**\n"
    "   - On Monday, Junior bought 6 toys.\n"
    "   - On Wednesday, Junior bought twice as many toys as on Monday, so he bought \\(2 \\time"
    "s 6 = 12\\) toys.\n"
    "   - On Friday, Junior bought four times as many toys as on Monday, so he bought \\(4 \\ti"
    "mes 6 = 24\\) toys.\n"
    "   - On the next day (Saturday), Junior bought half as many toys as on Wednesday, so he "
    "bought \\(\\frac{12}{2} = 6\\) toys.\n"
    "\n"
    "2. **Calculate the total number of toys bought:**\n"
    "   - Total toys = Toys on Monday + Toys on Wednesday + Toys on Friday + Toys on Saturday"
    "\n"
    "   - Total toys = \\(6 + 12 + 24 + 6 = 48\\)\n"
    "\n"
    "3. **Split the toys evenly among the rabbits:**\n"
    "   - Junior has 16 rabbits, so each rabbit will get \\(\\frac{48}{16} = 3\\) toys.\n"
    "\n"
    "Let's confirm this with Python code.\n"
    "```python\n"
    "# Number of toys bought on each day\n"
    "toys_monday = 6\n"
    "toys_wednesday = 2 * toys_monday\n"
    "toys_friday = 4 * toys_monday\n"
    "toys_saturday = toys_wednesday / 2\n"
    "\n"
    "# Total number of toys\n"
    "total_toys = toys_monday + toys_wednesday + toys_friday + toys_saturday\n"
    "\n"
    "# Number of rabbits\n"
    "num_rabbits = 16\n"
    "\n"
    "# Toys per rabbit\n"
    "toys_per_rabbit = total_toys / num_rabbits\n"
    "print(toys_per_rabbit)\n"
    "```\n"
    "```output\n"
    "3.0\n"
    "```\n"
    "The calculation confirms that each rabbit will have \\(\\boxed{3}\\) toys."
)

_QWEN_PETS = (
    " To determine the total number of animals for sale in the pet store, we need to calculat"
    "e the number of each type of animal and then sum them up.\n"
    "\n"
    "1. **Number of dogs**: The pet store has 6 dogs.\n"
    "2. **Number of cats**: The number of cats is half the number of dogs. Therefore, the num"
    "ber of cats is:\n"
    "   \\[\n"
    "   \\frac{6}{2} = 3\n"
    "   \\]\n"
    "3. **Number of birds**: The number of birds is twice the number of dogs. Therefore, the "
    "number of birds is:\n"
    "   \\[\n"
    "   6 \\times 2 = 12\n"
    "   \\]\n"
    "4. **Number of fish**: The number of fish is three times the number of dogs. Therefore, "
    "the number of fish is:\n"
    "   \\[\n"
    "   6 \\times 3 = 18\n"
    "   \\]\n"
    "\n"
    "Now, we sum the number of each type of animal to find the total number of animals for sa"
    "le:\n"
    "\\[\n"
    "6 \\text{ (dogs)} + 3 \\text{ (cats)} + 12 \\text{ (birds)} + 18 \\text{ (fish)} = 39\n"
    "\\]\n"
    "\n"
    "Thus, the total number of animals for sale in the pet store is \\(\\boxed{39}\\)."
)

_QWEN_JANET = (
    " To determine the total amount Janet owes for her employees' wages and FICA taxes for on"
    "e month, we need to follow these steps:\n"
    "\n"
    "1. Calculate the monthly wage for each warehouse worker.\n"
    "2. Calculate the monthly wage for each manager.\n"
    "3. Compute the total monthly wage for all employees.\n"
    "4. Calculate the FICA taxes based on the total monthly wage.\n"
    "5. Sum the total monthly wage and the FICA taxes to get the final amount.\n"
    "\n"
    "Let's break this down step by step and write the Python code to compute the result accur"
    "ately.\n"
    "\n"
    "1. Each warehouse worker makes $15/hour and works 25 days a month for 8 hours a day. So,"
    " the monthly wage for each warehouse worker is \\(15 \\times 25 \\times 8\\).\n"
    "2. Each manager makes $20/hour and works 25 days a month for 8 hours a day. So, the mont"
    "hly wage for each manager is \\(20 \\times 25 \\times 8\\).\n"
    "3. There are 4 warehouse workers and 2 managers, so the total monthly wage for all emplo"
    "yees is \\(4 \\times (15 \\times 25 \\times 8) + 2 \\times (20 \\times 25 \\times 8)\\).\n"
    "4. The FICA taxes are 10% of the total monthly wage.\n"
    "5. The total amount Janet owes is the sum of the total monthly wage and the FICA taxes.\n"
    "\n"
    "Now let's implement this in Python.\n"
    "```python\n"
    "# Define the hourly rates and working hours\n"
    "hourly_rate_warehouse_worker = 15\n"
    "hourly_rate_manager = 20\n"
    "days_per_month = 25\n"
    "hours_per_day = 8\n"
    "\n"
    "# Calculate the monthly wage for each warehouse worker and manager\n"
    "monthly_wage_warehouse_worker = hourly_rate_warehouse_worker * days_per_month * hours_pe"
    "r_day\n"
    "monthly_wage_manager = hourly_rate_manager * days_per_month * hours_per_day\n"
    "\n"
    "# Calculate the total monthly wage for all employees\n"
    "num_warehouse_workers = 4\n"
    "num_managers = 2\n"
    "total_monthly_wage = (num_warehouse_workers * monthly_wage_warehouse_worker) + (num_mana"
    "gers * monthly_wage_manager)\n"
    "\n"
    "# Calculate the FICA taxes (10% of the total monthly wage)\n"
    "fica_taxes = 0.10 * total_monthly_wage\n"
    "\n"
    "# Calculate the total amount owed\n"
    "total_amount_owed = total_monthly"
)

_QWEN_TOADS = (
    " Let's break down the problem step by step and then use Python code to verify our soluti"
    "on.\n"
    "\n"
    "1. First, we know that Tim has 30 toads.\n"
    "2. Jim has 20 more toads than Tim. So, Jim has \\(30 + 20 = 50\\) toads.\n"
    "3. Sarah has twice as many toads as Jim. So, Sarah has \\(2 \\times 50 = 100\\) toads.\n"
    "\n"
    "Now, let's write the Python code to confirm this calculation.\n"
    "```python\n"
    "# Number of toads Tim has\n"
    "tim_toads = 30\n"
    "\n"
    "# Number of toads Jim has\n"
    "jim_toads = tim_toads + 20\n"
    "\n"
    "# Number of toads Sarah has\n"
    "sarah_toads = jim_toads * 2\n"
    "\n"
    "print(sarah_toads)\n"
    "```\n"
    "```output\n"
    "100\n"
    "```\n"
    "The number of toads Sarah has is \\(\\boxed{100}\\)."
)


_PIECEWISE = r"f(n)=\left\{\begin{array}{cl}0&n=0\\1&n>0\end{array}\right."

CASES: list[dict] = [
    # --- mindspore-ai/mindrlhf: accuracy_reward(completions, solutions) -------------------------
    _c(MSR, MSR_AT, "42", "42", False, True, f"{_ACC}: exact match, reward 1.0"),
    _c(MSR, MSR_AT, "42", "43", False, False, f"{_ACC}: mismatch, reward 0.0"),
    _c(MSR, MSR_AT, "4.2", "4.2", False, True, f"{_ACC}: decimal, reward 1.0"),
    _c(MSR, MSR_AT, "1234", "1,234", False, True, f"{_ACC}: thousands comma, reward 1.0"),
    _c(MSR, MSR_AT, "-42", "-42", False, True, f"{_ACC}: negative number, reward 1.0"),
    _c(MSR, MSR_AT, "42", "", False, False, f"{_ACC}: empty prediction, reward 0.0"),
    _c(MSR, MSR_AT, "42", "No numbers here", False, False, f"{_ACC}: no number, reward 0.0"),
    # --- qwen_accuracy_reward (\boxed{} number parsing) ----------------------------------------
    _c(MSR, MSR_AT, "42", r"\boxed{42}", False, True, f"{_QWEN}: correct box, reward 1.0"),
    _c(MSR, MSR_AT, "42", r"Text \boxed{43} extra", False, False, f"{_QWEN}: mismatch, 0.0"),
    _c(MSR, MSR_AT, "-42", r"\boxed{-42}", False, True, f"{_QWEN}: negative number, 1.0"),
    _c(MSR, MSR_AT, "4.2", r"\boxed{4.2}", False, True, f"{_QWEN}: decimal, reward 1.0"),
    _c(MSR, MSR_AT, "42", "No boxed number", False, False, f"{_QWEN}: no box, reward 0.0"),
    _c(MSR, MSR_AT, "42", r"\boxed{}", False, False, f"{_QWEN}: empty box, reward 0.0"),
    # --- accuracy_reward_2 (symbolic, math_verify) ----------------------------------------------
    _c(MSR, MSR_AT, "$42$", r"\boxed{42}", False, True, f"{_ACC2}: number, reward 1.0"),
    _c(MSR, MSR_AT, "$x$", r"\boxed{x}", False, True, f"{_ACC2}: symbol, reward 1.0"),
    _c(
        MSR,
        MSR_AT,
        "$y = mx + b$",
        r"\boxed{y = mx + b}",
        False,
        True,
        f"{_ACC2}: equation literal match, reward 1.0",
    ),
    _c(MSR, MSR_AT, "$2+2$", r"\boxed{ 2 + 2 }", False, True, f"{_ACC2}: whitespace, reward 1.0"),
    _c(MSR, MSR_AT, "$42$", r"\boxed{43}", False, False, f"{_ACC2}: number mismatch, reward 0.0"),
    _c(MSR, MSR_AT, "$b$", r"\boxed{a}", False, False, f"{_ACC2}: symbol mismatch, reward 0.0"),
    _c(
        MSR,
        MSR_AT,
        r"\frac{1}{2}",
        r"\frac{1{2}",
        False,
        False,
        f"{_ACC2}: malformed LaTeX completion, reward 0.0",
    ),
    _c(MSR, MSR_AT, "42", "", False, False, f"{_ACC2}: empty completion, reward 0.0"),
    # --- qwen_accuracy_reward on the suite's real GSM8K rollouts --------------------------------
    _c(MSR, MSR_DATA, "3", _QWEN_RABBITS, False, True, f"{_REAL}: boxed 3, reward 1.0"),
    _c(MSR, MSR_DATA, "39", _QWEN_PETS, False, True, f"{_REAL}: boxed 39, reward 1.0"),
    _c(
        MSR,
        MSR_DATA,
        "22000",
        _QWEN_JANET,
        False,
        False,
        f"{_REAL}: truncated inside its Python code, no final answer, reward 0.0",
    ),
    _c(MSR, MSR_DATA, "100", _QWEN_TOADS, False, True, f"{_REAL}: boxed 100, reward 1.0"),
    # --- Geraldxm/math-eval: parse_and_verify(final_text, gold).status ------------------------
    _c(GXM, GXM_AT, "42", r"\boxed{42}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, "42", r"\fbox{42}", False, True, f"{_PV} correct (\\fbox)"),
    _c(GXM, GXM_AT, "0.5", r"\boxed{\frac{1}{2}}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, "(x-1)(x+1)", r"\boxed{x^2-1}", False, True, f"{_PV} correct"),
    _c(
        GXM,
        GXM_AT,
        r"\left(3, \frac{\pi}{2}\right)",
        r"\boxed{(3, \frac{\pi}{2})}",
        False,
        True,
        f"{_PV} correct",
    ),
    _c(GXM, GXM_AT, r"\frac 59", r"\boxed{\frac{5}{9}}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, r"10,\!080", r"\boxed{10080}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, "6 - 5i", r"\boxed{6-5i}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, r"\frac{1}{3}", r"\boxed{0.3333}", False, False, f"{_PV} incorrect"),
    _c(GXM, GXM_AT, r"\frac{1}{3}", r"\boxed{0.34}", False, False, f"{_PV} incorrect"),
    _c(GXM, GXM_AT, "12", r"\boxed{12^{\mathrm{th}}}", False, True, f"{_PV} correct"),
    _c(GXM, GXM_AT, "12", "The final answer is $12$.", False, True, f"{_PV} correct (unboxed)"),
    _c(GXM, GXM_AT, "42", r"\boxed{41}", False, False, f"{_PV} incorrect"),
    _c(GXM, GXM_AT, "42", "", False, False, f"{_PV} no_candidate (empty final text)"),
    _c(
        GXM,
        GXM_AT,
        "42",
        "No final answer was produced.",
        False,
        False,
        f"{_PV} parse_error (no answer)",
    ),
    _c(
        GXM,
        GXM_AT,
        _PIECEWISE,
        r"\boxed{" + _PIECEWISE + "}",
        False,
        True,
        "parse_v5_dual_and_verify strict status correct (piecewise function)",
    ),
    # --- sabdur4hmonov/testova: check_answers(student, key), sign is meaning-bearing ------------
    _c(UZB, UZB_AT, "5", "-5", True, False, "check_answers: -5 against key [5] counts wrong"),
    _c(UZB, UZB_AT, "-5", "-5", True, True, "check_answers: -5 against key [-5] counts correct"),
]

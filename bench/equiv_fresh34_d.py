r"""A thirty-fourth fresh set of answer-equivalence cases (evaluation only; helper "d":
real model outputs for maths word problems re-graded by a person, and the expected verdicts a
small RL project and a small evaluation project wrote into their own test scripts).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh34_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- the1ZAKK/arabic-english-llm-reasoning (a study of English / Modern Standard Arabic /
  Moroccan Darija maths reasoning on matched GSM8K-style problems). The README says the
  automatic numeric scoring was followed by "conservative manual adjudication of
  automatic-scoring false negatives" and lists the false negatives the author found by hand.
  Two kinds of rows are used:
  (a) the person's decision files, every row: ``research/english-darija-experiments/
  gpt_oss_120b-darija/gpt_oss_120b_review_decisions.csv``
  @ 3d99fe11297735650f1ce65337e59621bc35e16d (GPT-OSS-120B; 3 rows) and
  ``research/gemmaroc_darija/deepseek_v32-darija/deepseek_v32_review_decisions.csv``
  @ 8ad1e4a2492d3db946feab9ead342c609742bf59 (DeepSeek V3.2; 4 rows, the same four
  corrections as the hand-written ``CORRECTIONS`` dict of ``adjudicate_deepseek_v32.py``).
  Each row gives ``gold_answer``, the scorer's ``extracted_answer``, ``auto_is_correct`` 0 and
  ``adjudicated_is_correct`` 1 with the person's reason ("$3.50 is equivalent to 350 cents",
  "0.24 is equivalent to 24%", "22.5 hours is equivalent to 1350 minutes"). ``gold`` is
  ``gold_answer``, ``pred`` the ``extracted_answer`` as written in the file (``wrap`` True).
  NOTE: these verdicts rest on the unit the question asks for (the gold is in cents, percent or
  minutes, the model answered in dollars, as a fraction or in hours); the case carries no
  question, so a context-free judge cannot recover them. Kept because that is the person's
  verdict; flagged in ``why``.
  (b) ``research/gemmaroc_darija/deepseek_v32-darija/deepseek_v32_manual_review.csv``
  @ 8ad1e4a2492d3db946feab9ead342c609742bf59: the rows the automatic scorer marked wrong
  (33 of 400 DeepSeek V3.2 generations, English and Darija), which the author reviewed by
  hand; four were relabelled correct (the decisions file above), the rest kept as wrong
  (README: "Manual review identified four false negatives"). ``gold`` is ``gold_answer``,
  ``pred`` the ``response`` column whole (``wrap`` False), decoded from the CSV as written
  (trailing double spaces, ``\(``/``\[`` LaTeX and Arabic script kept).
  Sampling rule (fixed): the rows that end within the first 32,000 characters of the file
  (problems 10-55, eleven rows), keeping those whose response is under 2,000 characters:
  P10, P25, P26, P28, P29, P39, P55 (P21, P23, P33, P49, P54 are longer and left out).
  P26 is one of the four pairs the author excludes in the strict-QC analysis (the Darija
  version is culturally adapted); its label is kept as the author kept it.
  No license file in the repository (the index lists none; no snapshot could be fetched).
- beita6969/no-bug (an RL workflow-generation project with an LLM-judge reward) @
  c36f93723ed62da935aabbe79f542429f4f7ffab: ``scripts/test_judge_accuracy.py`` (a stress test
  of its judge, ``judge._llm_judge_compare(problem, prediction, ground_truth, type)`` compared
  with ``case["expected"]``), ``scripts/test_evaluation_fixes.py`` (``test_llm_judge_robustness``:
  ``compute_reward(...) == 1.0`` compared with ``expected_correct``) and
  ``scripts/test_p0_fixes.py`` (``test_math_comparison``: ``_is_math_correct(pred, gt)``
  compared with the expected flag; its second row accepts ``5/324`` for ``0.015432`` by
  design). The scripts print pass/fail against the written expectation. No license file.
- svemyh/understanding-missteps-evals (an LLM-as-judge for EECS 127 exam answers) @
  5ee277e8876bf51a333706e58409eafe4203c26e: ``tests/test_metrics.py``
  (``MathAnswerCorrectnessMetric(threshold=0.7)`` on ``actual_output`` against
  ``expected_output``, asserting ``metric.is_successful()`` or ``not metric.is_successful()``).
  Answers are short statements ("g(λ) is concave in λ."), stored bare (``wrap`` True).
  No license file.

Left out, by rule: the1ZAKK's DeepSeek P141 English decision (the scorer extracted ``25``, the
denominator of ``6/25``; the person judged the response, not that value, and the response is
not in the sampled rows); the Gemma-3-1B / Qwen2.5-Math-1.5B / Qwen3.5-27B review-decision
files (the person judged whether truncated or degenerate generations had reached the gold in
their reasoning before they broke off, often with no final answer: a process verdict);
no-bug's question-answering rows (France, True/False, presidents, a process description,
Paris/London: not maths), its LLM-judge-output parsing tests (``test_llm_judge.py``) and
extraction-only tests; svemyh's partially-correct case (asserts a score band 0.3-0.8, no
binary verdict) and its mocked ``evaluate_single_problem`` test (a mock returns the verdict).

Examined and not used: fanbozeng/hopecode (its only test script checks imports and files, no
verdicts); ThirdSpaceLearning/prompty_library (prompt instructions for a tutor, no cases);
Shihabuddin-Alvi/llm-eval-platform (human ``correct`` labels on trivia, the arithmetic rows
unlabelled); Hiroki39/CSCI-GA-2590-Final-Project and NaKan00/MathVision (``error_analysis.csv``
columns computed by scripts); Tsunefuji/two-stage-LLM-as-a-judge (pairwise MT-Bench
preferences).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "the1ZAKK/arabic-english-llm-reasoning"
R1_GPTOSS = (
    "research/english-darija-experiments/gpt_oss_120b-darija/gpt_oss_120b_review_decisions.csv"
    "@3d99fe11297735650f1ce65337e59621bc35e16d"
)
R1_DS = (
    "research/gemmaroc_darija/deepseek_v32-darija/deepseek_v32_review_decisions.csv"
    "@8ad1e4a2492d3db946feab9ead342c609742bf59"
)
R1_REVIEW = (
    "research/gemmaroc_darija/deepseek_v32-darija/deepseek_v32_manual_review.csv"
    "@8ad1e4a2492d3db946feab9ead342c609742bf59"
)
R2 = "beita6969/no-bug"
R2_AT = "@c36f93723ed62da935aabbe79f542429f4f7ffab"
R2_ACC = "scripts/test_judge_accuracy.py" + R2_AT
R2_FIX = "scripts/test_evaluation_fixes.py" + R2_AT
R2_P0 = "scripts/test_p0_fixes.py" + R2_AT
R3 = "svemyh/understanding-missteps-evals"
R3_AT = "tests/test_metrics.py@5ee277e8876bf51a333706e58409eafe4203c26e"

_UNITS = "; the equivalence rests on the unit the question asks for (no question in the case)"

CASES = [
    # the1ZAKK (a): GPT-OSS-120B decisions file, every row (adjudicated_is_correct 1)
    _c(
        R1,
        R1_GPTOSS,
        gold=r"350",
        pred=r"3.5",
        wrap=True,
        expected=True,
        why="P25 english: 'Equivalent representation: $3.50 equals 350 cents.'" + _UNITS,
    ),
    _c(
        R1,
        R1_GPTOSS,
        gold=r"24",
        pred=r"0.24",
        wrap=True,
        expected=True,
        why="P141 english: 'Equivalent representation: 0.24 equals 24 percent.'" + _UNITS,
    ),
    _c(
        R1,
        R1_GPTOSS,
        gold=r"24",
        pred=r"0.24",
        wrap=True,
        expected=True,
        why="P141 darija: 'Equivalent representation: 0.24 equals 24 percent.'" + _UNITS,
    ),
    # the1ZAKK (a): DeepSeek V3.2 decisions file (P141 English left out: extraction error)
    _c(
        R1,
        R1_DS,
        gold=r"350",
        pred=r"3.50",
        wrap=True,
        expected=True,
        why="P25 English: '$3.50 is equivalent to 350 cents.'" + _UNITS,
    ),
    _c(
        R1,
        R1_DS,
        gold=r"24",
        pred=r"0.24",
        wrap=True,
        expected=True,
        why="P141 Darija: '0.24 is equivalent to 24%.'" + _UNITS,
    ),
    _c(
        R1,
        R1_DS,
        gold=r"1350",
        pred=r"22.5",
        wrap=True,
        expected=True,
        why="P169 Darija: '22.5 hours is equivalent to 1350 minutes.'" + _UNITS,
    ),
    # the1ZAKK (b): DeepSeek V3.2 responses the scorer marked wrong, reviewed by hand
    _c(
        R1,
        R1_REVIEW,
        gold="1",
        pred='Let’s go step by step.  \n\n---\n\n**Step 1: Current ages**  \nرحيم الآن عمره \\( 6 \\) سنوات.  \nأنس الآن عمره غير معروف، نسميه \\( A \\).  \n\n---\n\n**Step 2: Translate the condition**  \n"من هنا 5 سنين" → بعد 5 سنوات من الآن.  \nبعد 5 سنوات:  \nعمر أنس = \\( A + 5 \\)  \nعمر رحيم = \\( 6 + 5 = 11 \\)  \n\nالشرط:  \n\\[\nA + 5 = 2 \\times 11\n\\]  \n\\[\nA + 5 = 22\n\\]  \n\n---\n\n**Step 3: Solve for \\( A \\)**  \n\\[\nA = 22 - 5 = 17\n\\]  \n\nإذن أنس الآن عمره \\( 17 \\) سنة.  \n\n---\n\n**Step 4: الفرق في العمر الآن**  \n\\[\n17 - 6 = 11\n\\]  \n\nالفرق في العمر لا يتغير مع الزمن، لكن السؤال يقول: "بشحال أنس كبر من رحيم دابا؟"  \nيعني الآن.  \n\n---\n\n**Step 5: Final answer**  \n\\[\n\\boxed{11}\n\\]  \n\nFINAL ANSWER: 11',
        wrap=False,
        expected=False,
        why="P10 Darija: reviewed, kept incorrect (FINAL ANSWER 11 vs gold 1)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="350",
        pred="Alright, let's go step-by-step.  \n\n---\n\n**Step 1: Define variables from the problem.**  \nLet:  \n- \\( N \\) = number of nickels  \n- \\( Q \\) = number of quarters  \n- \\( D \\) = number of dimes  \n\nWe are told:  \n1. \\( Q = N + 2 \\) (2 more quarters than nickels)  \n2. \\( D = Q + 4 \\) (4 more dimes than quarters)  \n3. \\( N = 6 \\) (given)  \n\n---\n\n**Step 2: Find \\( Q \\) and \\( D \\).**  \nFrom \\( N = 6 \\):  \n\\( Q = 6 + 2 = 8 \\)  \n\\( D = Q + 4 = 8 + 4 = 12 \\)  \n\nSo:  \nNickels = \\( 6 \\)  \nQuarters = \\( 8 \\)  \nDimes = \\( 12 \\)  \n\n---\n\n**Step 3: Find total value.**  \nNickel value: \\( 6 \\times 0.05 = 0.30 \\) dollars  \nQuarter value: \\( 8 \\times 0.25 = 2.00 \\) dollars  \nDime value: \\( 12 \\times 0.10 = 1.20 \\) dollars  \n\nTotal value:  \n\\[\n0.30 + 2.00 + 1.20 = 3.50\n\\]\n\n---\n\n**Step 4: Final answer.**  \n\\[\n\\boxed{3.50}\n\\]\n\nFINAL ANSWER: 3.50",
        wrap=False,
        expected=True,
        why="P25 English: reviewed, relabelled correct ($3.50 is equivalent to 350 cents)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="7",
        pred="Alright, let's break this down step by step.\n\n---\n\n**Step 1: Identify what each person ordered individually**\n\n- **Tawfiq**:  \n  1 sandwich: 36.5 DH  \n  1 juice: 20 DH  \n\n- **Friend**:  \n  1 sandwich: 36.5 DH  \n  1 monada (drink): 10 DH  \n\n---\n\n**Step 2: Shared items**\n\n- French fries: 40 DH (shared equally)  \n- Friend also ordered 3 sweets, each 5 DH → \\( 3 \\times 5 = 15\\) DH (friend only)  \n- Tax: 2 DH (shared equally)  \n\n---\n\n**Step 3: Total bill before splitting**\n\nTawfiq’s personal items: \\( 36.5 + 20 = 56.5 \\) DH  \nFriend’s personal items: \\( 36.5 + 10 + 15 = 61.5 \\) DH  \n\nShared items: \\( 40 + 2 = 42 \\) DH  \n\nTotal bill = \\( 56.5 + 61.5 + 42 = 160 \\) DH  \n\n---\n\n**Step III alternative check (itemized total):**  \nSandwiches: \\( 36.5 \\times 2 = 73 \\)  \nJuice: 20  \nMonada: 10  \nFries: 40  \nSweets: 15  \nTax: 2  \n\nSum: \\( 73 + 20 + 10 + 40 + 15 + 2 = 160 \\) DH ✅\n\n---\n\n**Step 4: They agreed to split the bill in half**\n\nHalf of total: \\( 160 \\div 2 = 80 \\) DH each.\n\n---\n\n**Step 5: Tawfiq’s change**\n\nTawfiq brought 150 DH.  \nHe pays 80 DH.  \n\nChange = \\( 150 - 80 = 70 \\) DH.\n\n---\n\n**Final answer:**\n\nFINAL ANSWER: 70",
        wrap=False,
        expected=False,
        why="P26 Darija: reviewed, kept incorrect (FINAL ANSWER 70 vs gold 7)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="25",
        pred='Let’s break this down step by step.  \n\n---\n\n**1. Understanding the items and their wheels (روايد = wheels):**\n\n- **2 طوموبيلات (cars)** → each has 4 wheels.  \n  Total wheels from cars = \\( 2 \\times 4 = 8 \\)\n\n- **2 بيكالات وبوبيل (bicycles)** → each has 2 wheels.  \n  Total wheels from bicycles = \\( 2 \\times 2 = 4 \\)\n\n- **تريسيكل (tricycle)** → has 3 wheels.  \n  Total wheels from tricycle = \\( 3 \\)\n\n- **جوج صبابط د الباتناج (2 pairs of roller skates)** → each **pair** has 4 wheels (since each skate has 4 wheels? Let’s check: "Patinage" = roller skates, typically each skate has 4 wheels, so one pair = 2 skates = \\( 2 \\times 4 = 8 \\) wheels).  \n  But the text says: "جوج صبابط د الباتناج" → "two pairs of roller skates".  \n  Each pair = 2 skates = 8 wheels.  \n  So 2 pairs = \\( 2 \\times 8 = 16 \\) wheels.\n\n---\n\n**2. Summing up:**\n\n\\[\n8 + 4 + 3 + 16\n\\]\n\\[\n8 + 4 = 12\n\\]\n\\[\n12 + 3 = 15\n\\]\n\\[\n15 + 16 = 31\n\\]\n\n---\n\n**3. Final answer:**\n\nFINAL ANSWER: 31',
        wrap=False,
        expected=False,
        why="P28 Darija: reviewed, kept incorrect (FINAL ANSWER 31 vs gold 25)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="12",
        pred="Alright, let’s go step-by-step.  \n\n---\n\n**Step 1: Understand the goal**  \nSandy wants to drink **3 liters** of water in total.  \n1 liter = 1000 milliliters, so 3 liters = \\( 3 \\times 1000 = 3000 \\) milliliters.\n\n---\n\n**Step 2: Drinking rate**  \nShe drinks **500 milliliters** every **2 hours**.  \nThat means her rate is \\( 500 \\text{ ml per 2 hours} \\), or \\( 250 \\text{ ml per hour} \\).\n\n---\n\n**Step 3: Time needed**  \nWe want total volume = 3000 ml.  \nIf she drinks 500 ml every 2 hours, the number of 500 ml servings needed is:  \n\\[\n\\frac{3000}{500} = 6 \\text{ servings}.\n\\]\n\n---\n\n**Step 4: Time for 6 servings**  \nEach serving takes 2 hours.  \nSo total time = \\( 6 \\times 2 = 12 \\) hours.\n\n---\n\n**Step 5: Check reasoning**  \nWe must consider if she starts at time 0 with the first drink.  \nIf she drinks 500 ml at \\( t = 0 \\) hours, then:  \n\n- After 0 hours: 500 ml  \n- After 2 hours: 1000 ml  \n- After 4 hours: 1500 ml  \n- After 6 hours: 2000 ml  \n- After 8 hours: 2500 ml  \n- After 10 hours: 3000 ml  \n\nWait — that’s only 6 servings, but the 6th serving finishes at \\( t = 10 \\) hours, not 12 hours.  \n\nLet’s check:  \nServings: 1st at 0h, 2nd at 2h, 3rd at 4h, 4th at 6h, 5th at 8h, 6th at 10h.  \nYes, after drinking the 6th serving (at 10h mark), she has \\( 6 \\times 500 = 3000 \\) ml.  \n\nSo the earlier 12-hour answer was wrong because I mistakenly multiplied servings by interval length without considering that the first serving happens at time 0, not after 2 hours.\n\n---\n\n**Step 6: Correct calculation**  \nTime to drink \\( n \\) servings = \\( (n-1) \\times 2 \\) hours if the first is at \\( t=0 \\).  \nBut here \\( n = 6 \\), so time = \\( (6-1) \\times 2 = 10 \\) hours.\n\n---\n\n**Step 7: Verify**  \nAt \\( t = 10 \\) hours, she drinks her 6th 500 ml serving, total = 3000 ml.  \nSo she reaches her goal **after 10 hours**.\n\n---\n\nFINAL ANSWER: 10",
        wrap=False,
        expected=False,
        why="P29 English: reviewed, kept incorrect (FINAL ANSWER 10 vs gold 12)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="11",
        pred="Let’s break this down step by step.  \n\n---\n\n**1. Understanding the problem in English**  \nLayla had 28 dirhams for small services.  \nShe lost \\( \\frac{1}{7} \\) of the money on juice.  \nHalf of what remained she put in savings (bank).  \nThe rest she kept in her pocket.  \nHer dog tore the money in her pocket, leaving only 1 dirham intact.  \nHow much money did Layla lose in total?  \n\n---\n\n**2. Step 1 — Money lost on juice**  \nInitial money: \\( 28 \\) dirhams.  \nLost \\( \\frac{1}{7} \\) on juice:  \n\\[\n\\frac{1}{7} \\times 28 = 4 \\text{ dirhams lost (juice)}.\n\\]  \nRemaining after juice:  \n\\[\n28 - 4 = 24 \\text{ dirhams}.\n\\]\n\n---\n\n**3. Step 2 — Half of remainder to savings**  \nHalf of \\( 24 \\) to savings:  \n\\[\n\\frac{1}{2} \\times 24 = 12 \\text{ dirhams to savings}.\n\\]  \nRemaining after savings (kept in pocket):  \n\\[\n24 - 12 = 12 \\text{ dirhams in pocket}.\n\\]\n\n---\n\n**4. Step 3 — Dog tore pocket money**  \nDog tore the 12 dirhams in pocket, leaving only 1 dirham intact.  \nSo money lost from pocket:  \n\\[\n12 - 1 = 11 \\text{ dirhams lost (dog)}.\n\\]\n\n---\n\n**5. Step 4 — Total money lost**  \nLost on juice: \\( 4 \\) dirhams.  \nLost from pocket (dog): \\( 11 \\) dirhams.  \nMoney in savings is not lost — she still has it.  \nSo total lost = juice loss + dog loss:  \n\\[\n4 + 11 = 15 \\text{ dirhams}.\n\\]\n\n---\n\n**6. Check**  \nInitial: \\( 28 \\) dirhams.  \nAfter losses: savings \\( 12 \\) dirhams + pocket intact \\( 1 \\) dirham = \\( 13 \\) dirhams remaining.  \nLost = \\( 28 - 13 = 15 \\) dirhams. ✓\n\n---\n\nFINAL ANSWER: 15",
        wrap=False,
        expected=False,
        why="P39 Darija: reviewed, kept incorrect (FINAL ANSWER 15 vs gold 11)",
    ),
    _c(
        R1,
        R1_REVIEW,
        gold="3",
        pred="Alright, let’s break this down step by step.  \n\n---\n\n**Step 1: Understand the dosage schedule**  \nMark takes **2 tablets** of **500 mg each** every 4 hours for 12 hours.  \n\nThat means:  \n- Each dose = \\( 2 \\times 500 \\text{ mg} = 1000 \\text{ mg} \\)  \n- Time span = 12 hours  \n- Doses every 4 hours ⇒ number of doses = \\( \\frac{12}{4} + 1 \\) if starting at hour 0.  \n\nLet’s check:  \nIf he takes first dose at time 0, then at 4 hours, then at 8 hours, then at 12 hours — that’s **4 doses** total.  \n\n---\n\n**Step 2: Calculate total mg**  \nEach dose = \\( 1000 \\text{ mg} \\)  \n4 doses = \\( 4 \\times 1000 \\text{ mg} = 4000 \\text{ mg} \\)  \n\n---\n\n**Step 3: Convert mg to grams**  \n\\( 1 \\text{ gram} = 1000 \\text{ mg} \\)  \n\\( 4000 \\text{ mg} = \\frac{4000}{1000} \\text{ grams} = 4 \\text{ grams} \\)  \n\n---\n\n**Step 4: Final answer**  \n\nFINAL ANSWER: 4",
        wrap=False,
        expected=False,
        why="P55 English: reviewed, kept incorrect (FINAL ANSWER 4 vs gold 3)",
    ),
    # beita6969/no-bug test_judge_accuracy.py: the maths cases (type "math"), in order
    _c(
        R2,
        R2_ACC,
        gold=r"30",
        pred=r"The calculation is simple. 10+20=30. <answer>30</answer>",
        wrap=False,
        expected=True,
        why="case 1: standard XML tag extraction",
    ),
    _c(
        R2,
        R2_ACC,
        gold=r"5",
        pred=r"After solving, we get \boxed{5}.",
        wrap=False,
        expected=True,
        why="case 2: LaTeX boxed format",
    ),
    _c(
        R2,
        R2_ACC,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="case 4: fraction and decimal equivalent",
    ),
    _c(
        R2,
        R2_ACC,
        gold=r"42",
        pred=r"$42.00",
        wrap=True,
        expected=True,
        why="case 5: currency sign and precision",
    ),
    _c(
        R2,
        R2_ACC,
        gold=r"3.14159",
        pred=r"3.14",
        wrap=True,
        expected=False,
        why="case 6: insufficient precision (approximation)",
    ),
    _c(
        R2, R2_ACC, gold=r"10 m", pred=r"10 kg", wrap=True, expected=False, why="case 7: wrong unit"
    ),
    # beita6969/no-bug test_evaluation_fixes.py test_llm_judge_robustness: the maths cases
    _c(
        R2,
        R2_FIX,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="test_llm_judge_robustness: same answer, different format (repeats case 4 above)",
    ),
    _c(
        R2,
        R2_FIX,
        gold=r"2",
        pred=r"\boxed{2}",
        wrap=False,
        expected=True,
        why="test_llm_judge_robustness: LaTeX format",
    ),
    _c(
        R2,
        R2_FIX,
        gold=r"30",
        pred=r"$30",
        wrap=True,
        expected=True,
        why="test_llm_judge_robustness: answer with a currency unit",
    ),
    # beita6969/no-bug test_p0_fixes.py test_math_comparison: _is_math_correct(pred, gt)
    _c(
        R2,
        R2_P0,
        gold=r"5/324",
        pred=r"5/324",
        wrap=True,
        expected=True,
        why="test_math_comparison row 1",
    ),
    _c(
        R2,
        R2_P0,
        gold=r"0.015432",
        pred=r"5/324",
        wrap=True,
        expected=True,
        why="test_math_comparison row 2 ('should be equivalent': 5/324 rounded to 6 places)",
    ),
    _c(
        R2,
        R2_P0,
        gold=r"0.75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="test_math_comparison row 3",
    ),
    _c(
        R2,
        R2_P0,
        gold=r"42.0",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_math_comparison row 4",
    ),
    _c(
        R2,
        R2_P0,
        gold=r"43",
        pred=r"42",
        wrap=True,
        expected=False,
        why="test_math_comparison row 5",
    ),
    # svemyh/understanding-missteps-evals tests/test_metrics.py
    _c(
        R3,
        R3_AT,
        gold=r"g(λ) is concave in λ.",
        pred=r"g(λ) is concave in λ.",
        wrap=True,
        expected=True,
        why="test_math_answer_correctness_metric_identical",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"g(λ) is concave in λ.",
        pred=r"The function g(λ) is concave with respect to λ.",
        wrap=True,
        expected=True,
        why="test_math_answer_correctness_metric_equivalent",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"g(λ) is concave in λ.",
        pred=r"g(λ) is convex in λ.",
        wrap=True,
        expected=False,
        why="test_math_answer_correctness_metric_incorrect",
    ),
]

r"""A twenty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a":
human-labelled model answers to maths problems in data files of public repositories, plus a
small answer-checker test found on the way).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh29_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- idrori/mathQ ``code/csv/MATH.csv`` @ 9088a54068b0a9f33ddc6ef3cff20901ff64b4a9 (data of Drori et
  al., "A neural network solves, explains, and generates university math problems by program
  synthesis and few-shot learning at human level", PNAS 2022). 90 MATH test problems (15 per
  subject) with the official final answer (``Solution``), the zero-shot GPT-3 text answer
  (``GPT-3 Response``) and a verdict ``GPT-3 Evaluation`` (``Correct`` / ``Incorrect``). The
  verdicts are people's: ``code/zero-shot.py`` only creates the empty ``GPT-3 Evaluation``
  column, and ``code/README.md`` says the evaluation column "is for **you** to fill in" (1 if
  the response is correct, 0 if not); the repository has no grader that writes it. ``gold`` is
  ``Solution``, ``pred`` the whole ``GPT-3 Response`` exactly as the CSV reader returns it
  (``wrap`` False: prose or a bare value; one row stores ``$\\dbinom`` with a doubled
  backslash, kept), ``expected`` True for ``Correct``. MIT (LICENSE, Copyright (c) 2022 Iddo
  Drori). Sampling rule: the first 60 rows of the file in file order (Prealgebra 1-15, Algebra
  1-15, Number Theory 1-15, Counting & Probability 1-15); the 30 Intermediate Algebra and
  Precalculus rows are left out by the 60-case cap. 60 cases (20 True, 40 False). Two labels
  disagree with the row's own ``Solution`` and are kept as stored (``why`` says so): Algebra
  Id 4 (response "... is 13.", Solution 13, marked Incorrect) and Algebra Id 9 (response
  "... is 9.", Solution 3, marked Correct); the CSV's separate Codex ``Output Evaluation``
  column marks both problems Correct.
- hgangu2905/Task_05_Descriptive_Statistics ``basic_questions.md`` @
  1adfea5a16241bcb7b4145727bcbc2c54161e275 (file identical at the fetched HEAD
  d87372434714c7b9179e51dabfa5d23d8f5ea1f2). A student study of Claude answering
  descriptive-statistics questions about a 1,000-row exam-score data set: per question the
  ``LLM Response``, the ``Correct Answer`` (computed by the student's script) and a hand-written
  verdict ``Correct?`` (Yes / No) with a note (e.g. "LLM rounded to one decimal; still
  considered correct"). ``gold`` is ``Correct Answer``, ``pred`` the ``LLM Response`` block with
  the markdown's trailing line-break spaces stripped from each line (``wrap`` False),
  ``expected`` True for Yes. No license file. Every question of the file was taken except, by
  rule, the two whose reference is a category name rather than a number (Question 5 "Reading
  Score", Question 9 "Average, Excellent, Failing"); ``complex_questions.md`` left out by the
  same rule (its references are group names such as "master's degree", "female", "group E").
  8 cases (5 True, 3 False). Note the labeller's rounding policy: 66.1 for 66.09 is marked
  correct.
Left out, by rule: partial-credit or rubric grades with no binary final-answer verdict; answers
that are category names, not values; rows beyond the first 60 of a data file.

Examined and not used: mitalcoi/tm_backend_test_symfony_docker (three PHPUnit assertions on
``handleMathAnswer``; left out for its licence: ``composer.json`` says ``"license":
"proprietary"``, the rule stop 29 applied to MK-Kha1il/numera); lab-v2/ChatGPT_MWP_eval (DRAW-1K ChatGPT answers whose ``result`` labels
are computed by the project's own ``compare_answers`` set/rounding script, not people);
RicharMd/RealMath-Eval (224 real student exam responses graded by experts, but as rubric points
with partial credit on multi-part problems, not a final-answer verdict);
agro1986/chatgpt-math-fails (a README list of ChatGPT failures on textbook proofs and
derivations, no answer pairs); idrori/mlfinalsQ and idrori/stemQ (questions and solutions, no
model answers or grades); sc-stack/mathQ (a fork of idrori/mathQ whose additions are generated
SAT questions without grades); pranav6226, ashishghaytadak, ASonawane09 and awaikar-syr
``Task_05_Descriptive_Stats`` (prose comparisons, script-computed ``accuracy_score`` values or
.docx files, no per-answer human verdicts); ajy121650/KMMMU_annotator (annotation tool without
data); PrajwalChaudhary25/AI-Math-Grader, MarwaneF98/gemini-math-grader,
itachi009/math-grader-mobile (no tests or labelled data). No snapshot could be fetched:
bluehawana/AI-Math-Grader-OpenAI, dennohngaruiya/LLM-Answer-Grader, kensho-technologies/bff-bench
(name guessed for the "No Free Labels" data; not in the index). Hits that could not be named
within the look-up budget were not used (a Traditional-Chinese calculus-tutor backstop test with
two walkthrough verdicts; a ``human_labels.csv`` codebook of Algebra I student responses).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "idrori/mathQ"
R1_AT = "code/csv/MATH.csv@9088a54068b0a9f33ddc6ef3cff20901ff64b4a9"
R2 = "hgangu2905/Task_05_Descriptive_Statistics"
R2_AT = "basic_questions.md@1adfea5a16241bcb7b4145727bcbc2c54161e275"

CASES = [
    # idrori/mathQ MATH.csv, first 60 rows: GPT-3 response vs MATH Solution, hand-graded
    _c(
        R1,
        R1_AT,
        gold=r"8",
        pred=r"36 oranges",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 1: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r"There are six different primes in the prime factorization of 87*89*91*93.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 2: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"14",
        pred=r"The greatest common factor of 84, 112 and 210 is 84.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 3: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"28",
        pred=r"56",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 4: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1000",
        pred=r"There are 1,000 four-digit positive integers with thousands digit 2.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 5: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-2",
        pred=r"The mean 5 a.m. temperature for the week in degrees Celsius is -2.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 6: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12",
        pred=r"The value of sqrt(36*sqrt(16)) is 12.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 7: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"64",
        pred=r"8 divided by 1/8 is equal to 64.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 8: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25",
        pred=r"5/6 of 30 is 25.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 9: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"60",
        pred=r"There are six prime numbers between 10 and 20: 11, 13, 17, 19, 23, 29. The sum of these numbers is 116.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 10: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"24",
        pred=r"There are 24 possible ways to stack the four scoops on the cone.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Prealgebra Id 11: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"13",
        pred=r"The largest prime factor of 3328 is 37.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 12: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12",
        pred=r"There are 20 women in first class.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 13: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"10",
        pred=r"The oldest child is 11 years old.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 14: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25",
        pred=r"Patty gave a 20% tip.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Prealgebra Id 15: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-4",
        pred=r"-4",
        wrap=False,
        expected=True,
        why=r"MATH.csv Algebra Id 1: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"7",
        pred=r"log base sqrt(6) of 216*sqrt(6) = log base sqrt(6) of (6*6*6)*sqrt(6) = 3*log base sqrt(6) of 6 + log base sqrt(6) of sqrt(6) = 3*log base sqrt(6) of 6 + (1/2)*log base sqrt(6) of 6 = 9/2",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 2: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"40",
        pred=r"x^3 + x^2 + x + 1 = 3^3 + 3^2 + 3 + 1 = 27 + 9 + 3 + 1 = 40",
        wrap=False,
        expected=True,
        why=r"MATH.csv Algebra Id 3: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"13",
        pred=r"The distance between (-2,4) and (3,-8) is 13.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 4: GPT-3 Evaluation Incorrect (label as stored; the response states the Solution's value 13, yet it is marked Incorrect)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5",
        pred=r"The distance between the points (0,4) and (3,0) is 5.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Algebra Id 5: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"930",
        pred=r"The sum of the even, positive integers less than 62 is 912.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 6: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"11",
        pred=r"f(3)=3a+3b+2",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 7: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3",
        pred=r"The x-intercept of the line perpendicular to 3x-2y = 6 with y-intercept is 2 is -2.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 8: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3",
        pred=r"The value of 3^(1/2) * 3^(1/2) + 12 / 3 * 2 - 4^(3/2) is 9.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Algebra Id 9: GPT-3 Evaluation Correct (label as stored; the response says 9, the Solution is 3, yet it is marked Correct)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r"The value of f(7) is 12.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 10: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12",
        pred=r"q=27",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 11: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"-4",
        pred=r"The smaller number is 2.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 12: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"24",
        pred=r"N(O(N(O(N(O(3)))))) = N(O(N(O(N(6))))) = N(O(N(O(12)))) = N(O(N(144))) = N(O(288)) = 288^2 = 82944",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 13: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"512",
        pred=r"S^2 = 9",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 14: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"8",
        pred=r"The absolute value of the difference of the two numbers is 3.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Algebra Id 15: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"93",
        pred=r"$2^{-1} \pmod{185} = 92$",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 1: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0",
        pred=r"There are 36 four-digit numbers whose digits add up to 9. Of these, 11 are divisible by 11.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 2: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"27",
        pred=r"$n$ is 9.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 3: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"25",
        pred=r"The base-ten number represented by the base-eight number 31 is 25.",
        wrap=False,
        expected=True,
        why=r"MATH.csv Number Theory Id 4: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"16",
        pred=r"There are 12 positive divisors of 2002.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 5: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"61",
        pred=r"Natasha has 8 dimes.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 6: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.088",
        pred=r"0.088",
        wrap=False,
        expected=True,
        why=r"MATH.csv Number Theory Id 7: GPT-3 Evaluation Correct",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"511",
        pred=r"The greatest common divisor of $2^{1998}-1$ and $2^{1989}-1$ is 1.",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 8: GPT-3 Evaluation Incorrect",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"144",
        pred=r"1001100101 in base 10",
        wrap=False,
        expected=False,
        why=r"MATH.csv Number Theory Id 9: GPT-3 Evaluation Incorrect",
    ),
]

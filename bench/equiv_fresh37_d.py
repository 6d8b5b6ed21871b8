r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "d":
human-labelled model answers to maths problems stored as data files -- nothing unused of that
kind could be found, so the few cases here are a human-designed grading test sheet and a small
scorer test suite found on the way).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- LenVej/GenAI-Bewertung ``Dokumentation/Genauigkeiten&EffizienzEvaluation.md`` @
  8f177241e405af1e1f51f259d7395458efdbfe9d (a German student project comparing LLMs as graders
  of quiz answers; the authors wrote a test sheet of questions with the expected correct answer
  and answers they designed to be wrong, then graded the LLM graders by hand). Used: the
  arithmetic ("Rechenaufgaben") rows. Section 3 "Testfall 3": "Was ist 12 x 8?", "Richtige
  Antwort: 96", "Falsche Antworten: 94, 98" (two cases, ``expected`` False). Section 4
  "Rechenaufgaben Promts": the answer ``3,5`` (German decimal comma, as written) against the
  expected answer ``3`` (12 apples over 4 bowls), and ``96cm`` against ``84cm²`` (area of a
  12 cm x 7 cm rectangle), both set up as wrong answers (``expected`` False). Bare answers,
  ``wrap`` True. No license file.
- siben-t/llm-eval-harness ``tests/test_checks.py`` @ 58618ea9f34c55456800aad39817a5f57afafa1d
  (``test_accuracy_numeric_tolerance``: ``check_accuracy({"reference": 100.0, "answer_type":
  "numeric", "tolerance": 1e-3}, response) == 0.0``; the checker takes the last number of the
  whole response, so ``wrap`` False and ``pred`` is the response as written; ``gold`` is the
  float reference 100.0 written as ``100.0``). MIT (``LICENSE``).

Left out, by rule: LenVej's non-maths rows (capital cities, ``H₂O`` / ``H2O`` / ``HO`` /
``H2O2``, Goethe, yes/no, cloze and free-text rows) and its estimation row (Eiffel tower
``350 m`` against ``312m`` / ``330 m`` within a 10 % band: a tolerance policy, not a value
equality); siben-t's ``"the answer is 100.05"`` row (accepted only by the test's 0.1 % relative
tolerance, not a value equality), its ``check_accuracy({"category": "x"}, ...) is None`` row
(no reference) and its format / instruction / safety / number-extraction tests (not answer
equivalence). siben-t's ``data/human_labels.csv`` (``math_01 accuracy 1.0``, ``math_03 accuracy
0.0``) was not used: it is committed together with ``make_example_data.py`` and looks generated
example data, not a person's labels.

Examined and not used (the focus was labelled model answers in data files; every such source
found was used or claimed already, and the rest carry no usable (gold, prediction, verdict)):
Task_05_Descriptive_Stats course repositories (Syracuse descriptive-statistics assignments)
NeelamGujar, patilvaishnavi101, pbhogale73, JinalDarji028, Adityadeshmukh302, amankeskar,
Pratikmgit, leenabalagalu21, pradhantanvi-git, priyankapawar04, Jaswanthchandu,
Pratham-cybersecurity, ajay1018 and kambletanmay (verdict tables on names, multi-part answers or
identical numbers, several written by the model itself in a Claude Code session; none gives a
separate reference and prediction worth a case); Pittawat2542/null-shot-results
(``error_analysis.csv`` holds per-task counts only); Jason345-ai/-deepseek- (its
``error_analysis.csv`` is fake-news classification); LeTTo-GmbH/LeTTo (documentation of an
e-learning checker, no test cases); peterzemore/llm-agent-evals (``human_labels.jsonl`` labels
customer-service agent cases). Leads whose repositories were already used or claimed:
harshit-ojha0324/Responsible-AI, hgangu2905/Task_05_Descriptive_Statistics,
DanielSongShen/cs224w-project, juanaguenza/118GPT, hwelsters/sleepyresponse,
hwelsters/chatgpt-mwp-performance-prediction, agro1986/chatgpt-math-fails,
upupup-ux/high-school-math-error-aware-prompting, NaKan00/MathVision,
Hiroki39/CSCI-GA-2590-Final-Project, cosmaadrian/romath, asuzukosi/post-training-experiments,
antirez/ds4, Tuncay-Karahan/Study_Project_DeepSeek, mathexp/evaluation, the1ZAKK's
``manual_is_correct`` study and the large verifier benchmarks (CompassVerifier, VerifyBench,
xVerify, answer-matching, MR-GSM8K, ProcessBench, PRMBench, Omni-MATH, GHOSTS, GAOKAO-Bench,
JEEBench, TinyV, RL-Verifier-Pitfalls). Hits that could not be named within the look-up budget
were not used (a tutor project's "Hallucination Log" table noting that ``1/2`` was marked wrong
against ``0.5``; a ``human_labels.csv`` codebook of Algebra I student responses).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "LenVej/GenAI-Bewertung"
R1_AT = (
    "Dokumentation/Genauigkeiten&EffizienzEvaluation.md@8f177241e405af1e1f51f259d7395458efdbfe9d"
)
R2 = "siben-t/llm-eval-harness"
R2_AT = "tests/test_checks.py@58618ea9f34c55456800aad39817a5f57afafa1d"

CASES = [
    # LenVej: Testfall 3 "Was ist 12 x 8?", Richtige Antwort 96, Falsche Antworten 94, 98
    _c(
        R1,
        R1_AT,
        gold=r"96",
        pred=r"94",
        wrap=True,
        expected=False,
        why="Testfall 3 Rechenaufgaben: listed wrong answer 94 for 12 x 8 = 96",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"96",
        pred=r"98",
        wrap=True,
        expected=False,
        why="Testfall 3 Rechenaufgaben: listed wrong answer 98 for 12 x 8 = 96",
    ),
    # LenVej: Rechenaufgaben prompts, designed wrong answers
    _c(
        R1,
        R1_AT,
        gold=r"3",
        pred=r"3,5",
        wrap=True,
        expected=False,
        why="Rechenaufgaben prompt 1 (12 apples in 4 bowls): answer 3,5 (decimal comma) vs 3",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"84cm²",
        pred=r"96cm",
        wrap=True,
        expected=False,
        why="Rechenaufgaben prompt 2 (area of 12 cm x 7 cm rectangle): 96cm vs 84cm²",
    ),
    # siben-t: test_accuracy_numeric_tolerance, reference 100.0, response scored 0.0
    _c(
        R2,
        R2_AT,
        gold=r"100.0",
        pred=r"the answer is 101",
        wrap=False,
        expected=False,
        why="test_accuracy_numeric_tolerance: 'the answer is 101' == 0.0 (1% off)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"100.0",
        pred=r"I refuse to answer",
        wrap=False,
        expected=False,
        why="test_accuracy_numeric_tolerance: 'I refuse to answer' == 0.0 (no number)",
    ),
]

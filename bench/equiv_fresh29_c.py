r"""A twenty-ninth fresh set of answer-equivalence cases (evaluation only; helper "c":
answer checkers of school / exam maths apps and graders in Turkish, Brazilian Portuguese and Czech).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh29_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- yabasi/toprak (a Turkish language model project; verifiable rewards for Turkish maths word
  problems, answers marked ``Cevap:``) ``tests/test_rewards.py`` @
  f24f1b4896668df3b9d33ceb17e9dba285be386a, read through the code index (the fetched snapshot,
  71cc86539c961d0ce58fa2f70cea89324474a2b6, predates the file): ``answers_match(pred, gold)``
  true / false with the default tolerance, ``correctness_reward(completion, gold)`` 1.0 / 0.0
  and ``combine_rewards(...).detailed(completion, gold)["correctness"]``. Apache-2.0 (LICENSE
  of the snapshot and the file header). Turkish conventions: decimal comma, thousands dot
  (``1.250``), prefix percent sign (``%25``).
- jeffersonduartebr/iag_forall (a Brazilian LLM router whose benchmark v2 has programmatic
  graders for pt-BR answers) ``tests/test_benchmark_v2_graders.py`` @
  fe16a2815fb822934d2891ad1ea4b3c8576d6dd7, read through the code index (the fetched snapshot,
  efe6b3aadd1552d0a606ff86fc0f7259672b6961, lacks the benchmark): ``grade(answer,
  numeric_item(gold)).correct is True/False`` (the grader reads the number after
  ``Resposta:``; default tolerance 1e-3 relative, absolute at gold 0). Apache-2.0 (LICENSE of
  the snapshot).
- Evzen652/Oli (a Czech primary/lower-secondary school practice app) @
  aeb60a348b39cfcfd59901f151a7ce94ada6efec (fetched snapshot), no license file:
  ``src/test/validators-core.test.ts``, ``src/lib/validators/__tests__/validators.test.ts`` and
  ``src/test/validators-edge.test.ts``: ``<validator>.validate(answer, expected).correct`` and
  ``validateAnswer(answer, expected, {inputType | validatorId}).correct`` is true / false for the
  numeric-tolerance, fraction, algebraic-equivalence and numeric-range validators (``why``
  names the validator; gold = ``expected``, pred = ``answer``).

Left out, by rule: toprak ``extract_answer`` and ``parse_number`` tests (extraction / parsing
only), ``answers_match("0,33", "1/3", tol=0.02)`` (non-default option), ``answers_match(None,
"1")`` (no prediction), the format, length, language and combined-total reward tests (format
policy); iag_forall number-parsing and final-number extraction tests (extraction only), the
exact / MCQ / set / SQL / abstention / rubric graders (not maths values: database terms,
option letters, SQL code, refusals), the reference-answer self-check (no transcribable
prediction); Oli validators that are not about a maths value (string, set, ordered sequence,
pairs, categorize, multi-step, chemical balance, timeline, formula builder, diagram label,
table fill, sequence step, image select, short-answer words, the ``getDefaultValidator`` map),
numeric-range keys written as ranges or tolerances (``3..7``, ``3;7``, ``5.5±0.1``,
``5+-0.1``: key syntax, not an answer), assertions on ``errorType`` / ``partialScore`` /
feedback only, the robustness (no-throw) tests, ``3/0`` (error result), ``"3 / 8"`` against
``3/8`` asserted false (a restrictive whitespace format policy, same value); and any Oli row
whose (gold, pred, verdict) was already taken from an earlier file in the order core, lib,
edge (14 rows).

Examined and not used: Crisp-Unimib/INVALSI-Eval-Suite (Italian INVALSI reading items, not
maths), ktomatematika/kontes-terbuka (Indonesian olympiad site; short answers compared by exact
string, no equivalence tests), digabi/exam-engine (Finnish matriculation exams; each maths item
has one accepted answer, tests are about XML mastering), olimpiadi-informatica/quizms (no answer
normalisation tests), IgoyAI/koreksi-soal-ai (no tests), abhiiiiiiiii18/GanitXcel,
24f3004979/ganitagya, mathyasser4-art/frontend, TheOsmanYILDIRIM/kpss-matematik-ai-mentor,
killermasterturkey/matematik-egitim-platformu (no answer-checker tests); HongThien/bkdemy-erp-v2
(Vietnamese exam grader with a usable test script, but no snapshot and its path could not be
resolved, so not transcribed). Found through the index but already used by earlier sets:
mahirkurt/Tedy, bekzod-07/burgutali, MetinKara1/matematik-ai-web,
siasoltoon/persian-math-intelligence-platform, idnaedtech/idna-tutor-mvp.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "yabasi/toprak"
R1_AT = "tests/test_rewards.py@f24f1b4896668df3b9d33ceb17e9dba285be386a"

CASES_R1 = [
    # TestParseAndMatch.test_match: answers_match(pred, gold) with the default tolerance
    _c(R1, R1_AT, gold=r"3/4", pred=r"0,75", wrap=True, expected=True, why="test_match"),
    _c(R1, R1_AT, gold=r"3/4", pred=r"6/8", wrap=True, expected=True, why="test_match"),
    _c(
        R1,
        R1_AT,
        gold=r"1.250",
        pred=r"1250",
        wrap=True,
        expected=True,
        why="test_match: Turkish thousands dot",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"%25",
        pred=r"25",
        wrap=True,
        expected=True,
        why="test_match: Turkish prefix percent sign",
    ),
    _c(R1, R1_AT, gold=r"%25", pred=r"0,25", wrap=True, expected=True, why="test_match"),
    _c(R1, R1_AT, gold=r"0,5", pred=r"%50", wrap=True, expected=True, why="test_match"),
    _c(
        R1,
        R1_AT,
        gold=r"-7",
        pred=r"-7",
        wrap=True,
        expected=True,
        why="test_match: gold passed as the int -7",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"12.5",
        pred=r"Cevap: 12,5 TL",
        wrap=False,
        expected=True,
        why="test_match: gold passed as the float 12.5",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/3",
        pred=r"0,33",
        wrap=True,
        expected=False,
        why="test_match: default tolerance",
    ),
    _c(R1, R1_AT, gold=r"12", pred=r"13", wrap=True, expected=False, why="test_match"),
    # TestRewards: correctness_reward(completion, gold) is 1.0 / 0.0
    _c(
        R1,
        R1_AT,
        gold=r"0,75",
        pred="<düşünce>x</düşünce>\nCevap: 3/4",
        wrap=False,
        expected=True,
        why="test_correctness",
    ),
    _c(R1, R1_AT, gold=r"6", pred=r"Cevap: 5", wrap=False, expected=False, why="test_correctness"),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r"cevap yok",
        wrap=False,
        expected=False,
        why="test_correctness: no answer",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4",
        pred=r"Cevap: 5",
        wrap=False,
        expected=False,
        why="test_combine: detailed()['correctness'] == 0.0",
    ),
]

R2 = "jeffersonduartebr/iag_forall"
R2_AT = "tests/test_benchmark_v2_graders.py@fe16a2815fb822934d2891ad1ea4b3c8576d6dd7"

CASES_R2 = [
    # grade(answer, numeric_item(gold)).correct; numeric_item's default tolerance is 1e-3
    # (relative to the gold's magnitude, with an absolute floor at gold 0)
    _c(
        R2,
        R2_AT,
        gold=r"110.4",
        pred=r"Resposta: 110,40",
        wrap=False,
        expected=True,
        why="test_numeric_accepts_within_tolerance_and_rejects_outside: pt-BR decimal comma",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"110.4",
        pred=r"Resposta: 110.4",
        wrap=False,
        expected=True,
        why="test_numeric_accepts_within_tolerance_and_rejects_outside",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"110.4",
        pred=r"Resposta: 111",
        wrap=False,
        expected=False,
        why="test_numeric_accepts_within_tolerance_and_rejects_outside",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1000.0",
        pred=r"Resposta: 1000.5",
        wrap=False,
        expected=True,
        why="test_numeric_tolerance_is_relative_to_the_magnitude (relative tolerance 1e-3)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1000.0",
        pred=r"Resposta: 1002",
        wrap=False,
        expected=False,
        why="test_numeric_tolerance_is_relative_to_the_magnitude",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"0.0",
        pred=r"Resposta: 0",
        wrap=False,
        expected=True,
        why="test_numeric_zero_gold_uses_the_absolute_floor",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"0.0",
        pred=r"Resposta: 1",
        wrap=False,
        expected=False,
        why="test_numeric_zero_gold_uses_the_absolute_floor",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"5.0",
        pred=r"Nao consegui calcular.",
        wrap=False,
        expected=False,
        why="test_numeric_reports_a_missing_number_instead_of_crashing",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"29.09",
        pred=r"Convertendo 8 GB para 8000 MB e dividindo por 275 MB/s, obtemos. Resposta: 29,09",
        wrap=False,
        expected=True,
        why="test_numeric_ignores_the_reasoning_and_reads_the_final_value",
    ),
]

R3 = "Evzen652/Oli"
R3_HEAD = "aeb60a348b39cfcfd59901f151a7ce94ada6efec"
R3_CORE = f"src/test/validators-core.test.ts@{R3_HEAD}"
R3_LIB = f"src/lib/validators/__tests__/validators.test.ts@{R3_HEAD}"
R3_EDGE = f"src/test/validators-edge.test.ts@{R3_HEAD}"

CASES = CASES_R1 + CASES_R2

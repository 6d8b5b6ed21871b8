r"""A twenty-sixth fresh set of answer-equivalence cases (evaluation only; helper "d": graders of
numeric answers with units, percentages, currency, scientific notation and tolerances).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh26_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- Vardhan503/fintech-qa-rag-pipeline ``tests/test_answer_matching.py`` @
  6b1daadbe63325af7603933741ad4b9a6a50be4e (a FinQA RAG pipeline's grader
  ``answers_match(gold, pred)`` asserted True / False; gold is FinQA's ``exe_ans`` float,
  transcribed as Python prints it, e.g. ``2560.0``). Tolerance: 2 % relative
  (``abs(g - p) <= 0.02 * |g|`` or ``<= 1e-4`` absolute), trying the prediction as written, /100
  and *100 (so ``85%`` and ``0.849`` both match 0.84882), after stripping ``$``, ``,`` and ``%``.
  No license file.
- SirDamis/yoruba-test-time-scaling ``tests/test_numeric_match.py`` @
  a0eb5a4d67e861de837e100eb6730a30101c39fa (``numbers_equal(a, b)``, ``is_exact_match(pred,
  gold, "number")`` and ``numeric_match_key(a) == / != numeric_match_key(b)`` asserted; the
  second argument is taken as gold). Tolerance: ``math.isclose(.., rel_tol=0, abs_tol=1e-6)``
  after dropping thousands separators; the match key pools values equal within 1e-6 after
  rounding to 6 places. No license file.
- basilgass/PiChecker ``tests/Basic/ScientificChecker.test.ts``,
  ``tests/Basic/NumberChecker.test.ts``, ``tests/Basic/FractionChecker.test.ts`` @
  64337733762f18f142211704002115c194c2652d (``new XChecker(config).check(expected,
  given).result`` asserted truthy / falsy; a French school answer checker). Tolerance: none;
  ``ScientificChecker('3')`` requires the significand and the power of ten to equal the
  expected ones exactly, ``NumberChecker('3')`` compares values (``+value === +answer``) and then
  the number of decimals, ``FractionChecker('')`` compares fraction values. MIT.
- olxhub/lo-blocks ``src/lib/util/numeric.test.ts`` @ 99948c7e0adb9ce42d02b8d8518e405aa0aa4e6b
  (``compareWithTolerance(student, instructor, tol)`` and ``numericalMatch(input, answer,
  options)`` asserted true / false; an Open edX-style ``NumericalGrader``). Tolerance: absolute
  ``|student - answer| <= tol``, default 0 (exact). AGPL-3.0.
- Relie28/ASVAB-PREP ``scripts/test_answers.mjs`` @ 15b592735dfec094906625a0aafabf1e6771e01c
  (``isAnswerCorrect(expected, actual)``, each call printed PASS or failing the script with exit
  code 2, so each is asserted True). Tolerance: ``|e - a| <= max(0.02 * |e|, 0.02)``, or equal
  after ``Math.round``; English number words are parsed (``twenty five`` = 25). No license file.

Left out, by rule: verdicts that hold only because of an explicit per-call tolerance far wider
than rounding or a deliberate sign-ignoring policy (lo-blocks ``compareWithTolerance('5', '6',
1)`` and ``numericalMatch('5.5', '5', {tolerance: '1'})``, and the -0.42327 vs ``42.32%`` case of
fintech-qa-rag-pipeline, which accepts on magnitude); range golds (lo-blocks ``[5,7)``) and
two-slot ratio inputs (``ratioMatch({numerator, denominator}, ...)``, not a string); format
policies about an equal value (PiChecker's strict ``NumberChecker('3,s')`` rejecting ``1.23``
for ``1.230``, ``FractionChecker('r')`` rejecting the unreduced ``4/6`` and ``2/-3`` for
``-2/3``); yes/no golds and text answers (fintech-qa-rag-pipeline's boolean cases,
yoruba-test-time-scaling's ``Hello!`` / ``A``-``B`` cases, ASVAB-PREP's ``apple`` / ``colour`` /
``Washngton`` cases, PiChecker's ``hello`` smoke test); a ``None`` prediction; extraction-only,
parsing-only, validation and majority-vote tests; ASVAB-PREP's ``isAnswerCorrect('5', '5')``,
the same strings as its ``(5, '5')`` case. Kept although repeated: the yoruba suite asserts
``105.0`` / ``105``, ``1,050`` / ``1050`` and ``10`` / ``11`` through two functions, and
lo-blocks asserts ``5`` / ``5`` through two functions; each assertion is one case.

Examined and not used (claimed in /work/wt/fresh26_claims where marked *):
AkshayPulinchery/FinBench* (an OpenEnv fintech env; its graders score loan / fraud / portfolio
actions in (0, 1), no answer pairs), tatpongkatanyukul/Autolab* (a course autograder; the
``numtol2`` examples such as ``-18 V`` vs ``- 18 V`` are README prose, not tests),
GAIR-NLP/lm-open-science-evaluation* (SciBench / ChemBench evaluation code with no tests or
stated results), skywircL/finsight* (FinQA program-execution and environment tests, no answer
pairs), devdalal2002/sec-10k-rag* (``tests/test_numerical_match.py`` golds such as ``49552``
are in $ millions by an unstated convention, so ``$49.6 billion`` is accepted: the scale is not
in the gold string), nbkumar430/finchat* (prose normalisation only), ilariagallo/fin-qa* (no
tests; LLM-judge prompt only), NVIDIA/NeMo-Gym*, yehmhnn/finPRM*, Govindrm7/LedgerMind*,
ZiyanZhuang/Surge* (no stored snapshot), wallacexuhanxiao/FinQA-tool-calling-GRPO-GSPO,
OllieLeach95/ConvFinQA_Agent_project, Unaivero/FinQA-Automation-Framework,
alessioricco/ConvFinQA-test (no grader tests; metrics computed by scripts).
prashant-chambers/convfin_qa was found again but is already in equiv_fresh15_f.

The cases continue in bench/equiv_fresh26_d2.py (split for length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "Vardhan503/fintech-qa-rag-pipeline"
R1_AT = "tests/test_answer_matching.py@6b1daadbe63325af7603933741ad4b9a6a50be4e"
R2 = "SirDamis/yoruba-test-time-scaling"
R2_AT = "tests/test_numeric_match.py@a0eb5a4d67e861de837e100eb6730a30101c39fa"
R3 = "basilgass/PiChecker"
R3_SCI = "tests/Basic/ScientificChecker.test.ts@64337733762f18f142211704002115c194c2652d"
R3_NUM = "tests/Basic/NumberChecker.test.ts@64337733762f18f142211704002115c194c2652d"
R3_FRAC = "tests/Basic/FractionChecker.test.ts@64337733762f18f142211704002115c194c2652d"
R4 = "olxhub/lo-blocks"
R4_AT = "src/lib/util/numeric.test.ts@99948c7e0adb9ce42d02b8d8518e405aa0aa4e6b"
R5 = "Relie28/ASVAB-PREP"
R5_AT = "scripts/test_answers.mjs@15b592735dfec094906625a0aafabf1e6771e01c"

_TOL1 = "2% relative, pred also tried /100 and *100"

CASES = [
    # fintech-qa-rag-pipeline: answers_match(gold exe_ans float, pred string)
    _c(
        R1,
        R1_AT,
        gold=r"0.84882",
        pred=r"85%",
        wrap=True,
        expected=True,
        why=f"test_percent_scaling_is_accepted_in_either_form ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.84882",
        pred=r"0.849",
        wrap=True,
        expected=True,
        why=f"test_percent_scaling_is_accepted_in_either_form ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.14336",
        pred=r"14.3%",
        wrap=True,
        expected=True,
        why=f"test_percent_scaling_is_accepted_in_either_form ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"127.4",
        pred=r"$127.40",
        wrap=True,
        expected=True,
        why=f"test_currency_and_thousands_separators ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2560.0",
        pred=r"2,560",
        wrap=True,
        expected=True,
        why=f"test_currency_and_thousands_separators ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"127.4",
        pred=r"I don't know",
        wrap=False,
        expected=False,
        why="test_unparseable_prediction_is_wrong_not_an_error",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"127.4",
        pred=r"",
        wrap=False,
        expected=False,
        why="test_unparseable_prediction_is_wrong_not_an_error (empty prediction)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.0",
        pred=r"0",
        wrap=True,
        expected=True,
        why=f"test_zero_gold_is_handled ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.0",
        pred=r"5",
        wrap=True,
        expected=False,
        why="test_zero_gold_is_handled",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.84882",
        pred=r"57%",
        wrap=True,
        expected=False,
        why="test_clearly_wrong_number_is_rejected",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.015",
        pred=r"1.5%",
        wrap=True,
        expected=True,
        why=f"test_the_noisy_answer_field_is_why_exe_ans_is_ground_truth ({_TOL1})",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.015",
        pred=r"1%",
        wrap=True,
        expected=False,
        why="test_the_noisy_answer_field_is_why_exe_ans_is_ground_truth (1% is not 1.5%)",
    ),
    # yoruba-test-time-scaling: numbers_equal(a, b), abs_tol 1e-6
    _c(
        R2,
        R2_AT,
        gold=r"105",
        pred=r"105",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"105",
        pred=r"105.0",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"105",
        pred=r"105.00",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11.0",
        pred=r"11",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1050",
        pred=r"1,050",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (thousands separator; abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"-5",
        pred=r"-5.0",
        wrap=True,
        expected=True,
        why="test_numbers_equal_decimal_variants (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11",
        pred=r"10",
        wrap=True,
        expected=False,
        why="test_numbers_equal_decimal_variants (not numbers_equal)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"106",
        pred=r"105",
        wrap=True,
        expected=False,
        why="test_numbers_equal_decimal_variants (not numbers_equal)",
    ),
    # is_exact_match(prediction, gold, "number")
    _c(
        R2,
        R2_AT,
        gold=r"105",
        pred=r"105.0",
        wrap=True,
        expected=True,
        why="test_is_exact_match_number_uses_numeric_equality (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11",
        pred=r"11.00",
        wrap=True,
        expected=True,
        why="test_is_exact_match_number_uses_numeric_equality (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"1050",
        pred=r"1,050",
        wrap=True,
        expected=True,
        why="test_is_exact_match_number_uses_numeric_equality (abs_tol 1e-6)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11",
        pred=r"10",
        wrap=True,
        expected=False,
        why="test_is_exact_match_number_uses_numeric_equality",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11",
        pred=r"",
        wrap=False,
        expected=False,
        why="test_is_exact_match_number_uses_numeric_equality (empty prediction)",
    ),
    # numeric_match_key(a) == / != numeric_match_key(b)
    _c(
        R2,
        R2_AT,
        gold=r"11.0",
        pred=r"11",
        wrap=True,
        expected=True,
        why="test_numeric_match_key_pools_decimal_variants (same key)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"11.00",
        pred=r"11",
        wrap=True,
        expected=True,
        why="test_numeric_match_key_pools_decimal_variants (same key)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"105",
        pred=r"105.0",
        wrap=True,
        expected=True,
        why="test_numeric_match_key_pools_decimal_variants (same key)",
    ),
    _c(
        R2,
        R2_AT,
        gold=r"12",
        pred=r"11",
        wrap=True,
        expected=False,
        why="test_numeric_match_key_pools_decimal_variants (different keys)",
    ),
    # PiChecker ScientificChecker('3').check(expected, given): exact significand and exponent
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"1.234*10^-2",
        wrap=True,
        expected=True,
        why="detect exact value (no tolerance)",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"1.234*10^2",
        wrap=True,
        expected=False,
        why="wrong 10th power",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"1.233*10^-2",
        wrap=True,
        expected=False,
        why="near answer detection (no tolerance)",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"1.234",
        wrap=True,
        expected=False,
        why="10th exponential is missing",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"10.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '10')",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"2.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '2')",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"0.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '0')",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"-1.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '-1')",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"-2.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '-2')",
    ),
    _c(
        R3,
        R3_SCI,
        gold=r"1.234*10^-2",
        pred=r"-10.234*10^-2",
        wrap=True,
        expected=False,
        why="value is less than one, but more than 10 (unitsValue '-10')",
    ),
    # PiChecker NumberChecker('3').check(expected, given): value equality, no tolerance
    _c(
        R3, R3_NUM, gold=r"1.234", pred=r"1.234", wrap=True, expected=True, why="detect exact value"
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"1.230",
        pred=r"1.23",
        wrap=True,
        expected=True,
        why="detect similar value, not strict",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"1.230",
        pred=r"1.230",
        wrap=True,
        expected=True,
        why="detect similar value, strict (config '3,s'; given0)",
    ),
    _c(
        R3,
        R3_NUM,
        gold=r"1.234",
        pred=r"1.23",
        wrap=True,
        expected=False,
        why="wrong number of decimals (a different value)",
    ),
]

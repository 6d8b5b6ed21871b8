r"""A fortieth fresh set of answer-equivalence cases (evaluation only; helper "d":
competition and olympiad platforms, online judges and homework answer checkers for maths answers).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh40_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- ndrwbb/Adaptive-Homeworks ``backend/tests/test_answer_checker.py`` @
  d6d62e63f143154cfbc7ecf8d9efe186b4ac31f9 (an adaptive homework web app's FastAPI backend;
  ``assert check_answer(user_answer, correct_answer)`` / ``assert not check_answer(...)``, the
  student's typed answer first, the teacher's answer second). No license file. The file was
  deleted later (absent at HEAD e3117f154803d6048bb510eea3cfaddbd7b177af); the version read is the
  stored commit above, which the fetched history contains.

Left out, by rule: the two ``normalize_answer`` assertions (normalisation output only, no
verdict); exact duplicate (gold, pred, verdict) triples inside the file are kept once (the
``test_fraction_answers`` block repeats ``1/2`` vs ``0.5``, ``0,5`` vs ``0.5``, ``6.0`` vs ``6``,
`` 6 `` vs ``6``, and ``test_wrong_answers`` repeats ``7`` vs ``6``).

Examined and not used: contestdojo/contestdojo (math-tournament platform; grading is manual, no
answer-check tests); Noptus/AIMO3 (``tests/test_parsing.py``: modulus and answer extraction only);
purpledancingfrogs/aimo3_competition_only (number-theory helper tests, extraction regression data
with null expectations); MotaTasher/llm-olympiad-bench (web/adapter tests, no answer verdicts);
olympiad-academy/olympiad-academy-app (``answer-normalization.test.ts``: decimal-comma
normalisation output only); tonghuikang/aimo3, 734ai/AIMO3, thang-la/AIMO3,
laureano-arcanio/aimo3-dataset-pipeline, codesrepo/aimo3-training-pipeline (no answer-equivalence
tests); anrew1001/olympiad_platform, igorbogdanoski/olympiad-math-archive,
naeemsadik/Math-Olympiad, Robison-Aranha/Math-olympiad-project, vuhung16au/math-olympiad-ml,
zhijieshi/mathcounts (no answer-check tests). Found but already used by earlier sets and skipped:
john-jacobsen/fisherapp, sasorepo/MathPrac, mfish324/mathclicks, thekasyap/thinkbot,
CDBiddulph/scaffold-learning, dseum2023/senior_design_project, jadel449/number-sense,
marco-campos/number-sense, saligrama/mathcountsgrading, emilychenhz-prog/mathcounts-club-hq,
CORBiH/ai-matematicari, SnowballSH/math-bot, ishan-1729/MathAgent, beixiaohong/PrimarySchoolExam,
AlexClowes/pe, adarshrajesh-ui/BrilliantClone, berrybus/llama-trainer, StepicOrg/stepik-plugins,
cortex-js/compute-engine (its ``isEquivalent`` suite is also all ``describe.skip``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "ndrwbb/Adaptive-Homeworks"
R1_AT = "backend/tests/test_answer_checker.py@d6d62e63f143154cfbc7ecf8d9efe186b4ac31f9"

CASES = [
    # check_answer on strings: exact, case-insensitive, padded, different
    _c(
        R1,
        R1_AT,
        gold=r"yes",
        pred=r"yes",
        wrap=True,
        expected=True,
        why="test_check_answer_exact_match",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"yes",
        pred=r"Yes",
        wrap=True,
        expected=True,
        why="test_check_answer_case_insensitive",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r" 6 ",
        wrap=True,
        expected=True,
        why="test_check_answer_extra_spaces (also in test_fraction_answers)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"xyz",
        pred=r"abc",
        wrap=True,
        expected=False,
        why="test_check_answer_wrong_string",
    ),
    # check_answer on numbers
    _c(
        R1,
        R1_AT,
        gold=r"42",
        pred=r"42",
        wrap=True,
        expected=True,
        why="test_check_answer_integers",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r"6.0",
        wrap=True,
        expected=True,
        why="test_check_answer_float_vs_int (also in test_fraction_answers)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="test_check_answer_comma_decimal: decimal comma (also in test_fraction_answers)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"6",
        pred=r"7",
        wrap=True,
        expected=False,
        why="test_check_answer_wrong_number (also test_wrong_answers)",
    ),
    # check_answer on fractions vs decimals
    _c(
        R1,
        R1_AT,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="test_fraction_half (also in test_fraction_answers)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.4",
        pred=r"2/5",
        wrap=True,
        expected=True,
        why="test_fraction_two_fifths",
    ),
]

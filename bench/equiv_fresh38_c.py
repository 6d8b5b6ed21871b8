r"""A thirty-eighth fresh set of answer-equivalence cases (evaluation only; helper "c":
human-graded model answers to maths problems and maths answer keys that list accepted
alternative answers -- nothing unused of that kind could be found, so the cases here are three
small answer-checker test suites found on the way: one benchmark scorer for model answers and two
SAT practice-app scorers whose tests follow the test maker's accepted-forms rules).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh38_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- h2oai/marina ``test/benchmark-numeric-extract.test.ts`` @
  351b56391b717e446769956bc04c0ab7211fed5f (the ``numeric benchmark answer equivalence`` block:
  ``expect(answersMatch(a, b)).toBe(true / false)``; ``benchmarks/adapters/numeric.ts`` calls
  ``answersMatch(extracted, item.answer)``, so the first argument is the model's extracted answer
  and the second the dataset gold; bare answers, ``wrap`` True). Apache-2.0 (``LICENSE`` in the
  repository snapshot d4f6d1ab79e0fe3ac03711e7a90ea8e25b409165, and an SPDX header in the test).
- Ldnillo/SAT-trainer ``tests/trainer.test.ts`` @ a827ba6b6be6d3c2d1ee11d325026dd38a33f6bd
  (``describe("answers")``: ``isCorrect(sprQuestion({ acceptedAnswers: [...] }), response)`` for
  SAT student-produced-response items; the gold is the first listed accepted form, the
  prediction the typed response, as written). No license file found for the stored copy.
- spincyc/liminal ``test/core.test.js`` @ 554c6267d9231169777a86fab1d90b51ba7bbcc5 (test
  "numeric responses accept fractions, the U+2212 minus, and thousands commas":
  ``core.scoreResponse({ responseType: "numeric", correctAnswer: key }, response)``; ``\u2212``
  and ``\u00b0`` escapes are stored as the characters they stand for). No license file found for
  the stored copy. (The same SAT/ACT practice project, "Summit Prep", is also in
  clwx-31/sat-act-practice, claimed here and not used: its snapshot holds only an older copy.)

Left out, by rule: marina's ``2\sqrt{3}`` against ``3.4641`` and ``\pi/2`` against ``1.5708``
(accepted only by the scorer's 1e-6 float tolerance against a rounded gold, not a value
equality), its empty-string rows (``""`` against ``""``, ``\text{no answer}`` against ``""``)
and all ``extractAnswer`` tests (extraction only). SAT-trainer's ``0.6667`` accepted for the key
``2/3, .6666, .6667, 0.666, 0.667`` (a rounded decimal accepted by the grid-in entry rules, not a
value equality), its empty response, its multiple-choice label tests and the database
``submitAnswer`` rows (the fixture's key is not in the test file). liminal's ``2/3`` for the key
``0.6667`` and ``4.5004`` for ``4.5`` (tolerance), its multiple-choice, essay and
``parseNumericResponse`` assertions.

Examined and not used (the focus was human-labelled model answers and accepted-answer keys; the
sources found were used or claimed already, or could not be named): ``accepted_answers`` /
``also_accept`` / ``acceptable_answers`` / ``is_correct_human`` / ``human_judgement`` /
``human_correct`` hits (language quizzes, RAG evals, HTTP-status test specs, non-maths
annotation tools); romincurrier/satprep-io, Aldhanekaa/MySATPrep, olivertransf/SATPrep and
Vermexity1/summit-prep (no answer key or scorer test in the snapshot); a later 17,078-character
version of liminal's ``test/core.test.js`` with the full grid-in rule table and a Python SAT
generator suite (``test_spr_official_examples``) whose commit / repository could not be named
within the look-up budget; a vitest ``answers.test.ts`` (``sameNumber``), a ``checkEquivalence``
suite and a Deno ``answersMatch`` suite that could not be named either. Leads whose
repositories were already used or claimed: mfish324/mathclicks, demarkus/MathMentorAI,
kocahmet1/ultrasat, mochatech1725/cb-sat-practice (College Board accepted-forms keys),
thekasyap/thinkbot, maths/moodle-qtype_stack, PremierLangage/Yggdrasil,
RohanPalivela/brilliant-clone, agenticamit-ai/Math, sumitroridwan-web/eduversal-mathquest,
maxni08/sat-practice, Bredson/matematyka-e8, and the large verifier benchmarks and
human-labelled studies (MathArena, U-MATH, xFinder, PRM800K, ProcessBench, MathCheck, HARDMath,
Platinum benchmarks, OlympiadBench, Omni-MATH and the like).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MAR = "h2oai/marina"
MAR_AT = "test/benchmark-numeric-extract.test.ts@351b56391b717e446769956bc04c0ab7211fed5f"
SATT = "Ldnillo/SAT-trainer"
SATT_AT = "tests/trainer.test.ts@a827ba6b6be6d3c2d1ee11d325026dd38a33f6bd"
LIM = "spincyc/liminal"
LIM_AT = "test/core.test.js@554c6267d9231169777a86fab1d90b51ba7bbcc5"

_ACC = "accepts equivalent forms"
_REJ = "rejects near misses"

CASES = [
    # marina: answersMatch(extracted, gold) is true
    _c(MAR, MAR_AT, gold=r"\frac{1}{2}", pred=r"0.5", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"0.5", pred=r"1/2", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"0.5", pred=r"\frac12", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"-0.5", pred=r"-\frac{1}{2}", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"1250", pred=r"1,250", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"42", pred=r"\$42", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"90", pred=r"90^\circ", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"7", pred=r"x = 7", wrap=True, expected=True, why=_ACC),
    _c(MAR, MAR_AT, gold=r"(1,2)", pred=r"(1, 2)", wrap=True, expected=True, why=_ACC),
    _c(
        MAR,
        MAR_AT,
        gold=r"\left[ \frac{1}{2}, 3 \right]",
        pred=r"[0.5, 3]",
        wrap=True,
        expected=True,
        why=_ACC,
    ),
    # marina: answersMatch(extracted, gold) is false
    _c(MAR, MAR_AT, gold=r"10000", pred=r"10002", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"(12)", pred=r"(1,2)", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"(2,1)", pred=r"(1,2)", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"(1,2,3)", pred=r"[1,2]", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"\sqrt{3}", pred=r"1.73", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"0", pred=r"1/0", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"(1,2)", pred=r"[1,2]", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"1250", pred=r"(1,250)", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"2", pred=r"1 2", wrap=True, expected=False, why=_REJ),
    _c(MAR, MAR_AT, gold=r"12", pred=r"1 2", wrap=True, expected=False, why=_REJ),
    _c(
        MAR,
        MAR_AT,
        gold=r"9007199254740992",
        pred=r"9007199254740993",
        wrap=True,
        expected=False,
        why=_REJ + " (beyond double precision)",
    ),
    _c(
        MAR,
        MAR_AT,
        gold="8" * 400,
        pred="9" * 400,
        wrap=True,
        expected=False,
        why=_REJ + ' ("9".repeat(400) against "8".repeat(400))',
    ),
    # SAT-trainer: isCorrect(sprQuestion({ acceptedAnswers }), response); gold = first listed form
    _c(
        SATT,
        SATT_AT,
        gold=r"7/4",
        pred=r" 7 / 4 ",
        wrap=True,
        expected=True,
        why='acceptedAnswers ["7/4", "1.75"]; response " 7 / 4 "',
    ),
    _c(
        SATT,
        SATT_AT,
        gold=r"7/4",
        pred=r"1.750",
        wrap=True,
        expected=True,
        why='acceptedAnswers ["7/4", "1.75"]; same number written differently',
    ),
    _c(
        SATT,
        SATT_AT,
        gold=r"7/4",
        pred=r"14/8",
        wrap=True,
        expected=True,
        why='acceptedAnswers ["7/4", "1.75"]; unsimplified fraction',
    ),
    _c(
        SATT,
        SATT_AT,
        gold=r"7/4",
        pred=r"1.7",
        wrap=True,
        expected=False,
        why='acceptedAnswers ["7/4", "1.75"]; not rounded decimals',
    ),
    _c(
        SATT,
        SATT_AT,
        gold=r"2/3",
        pred=r".66",
        wrap=True,
        expected=False,
        why='acceptedAnswers ["2/3", ".6666", ".6667", "0.666", "0.667"]; response ".66"',
    ),
    _c(
        SATT,
        SATT_AT,
        gold=r"-3",
        pred="\u22123",
        wrap=True,
        expected=True,
        why='acceptedAnswers ["-3"]; response with the U+2212 minus sign',
    ),
    # liminal: scoreResponse({ responseType: "numeric", correctAnswer: key }, response)
    _c(
        LIM,
        LIM_AT,
        gold=r"-1.75",
        pred=r"-7/4",
        wrap=True,
        expected=True,
        why="numeric responses accept fractions",
    ),
    _c(
        LIM,
        LIM_AT,
        gold=r"-1.75",
        pred="\u22121.75",
        wrap=True,
        expected=True,
        why="numeric responses accept the U+2212 minus",
    ),
    _c(
        LIM,
        LIM_AT,
        gold=r"-1.75",
        pred=r"7/4",
        wrap=True,
        expected=False,
        why="numeric responses: sign matters",
    ),
    _c(
        LIM,
        LIM_AT,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="numeric responses accept thousands commas",
    ),
    _c(
        LIM,
        LIM_AT,
        gold="50\u00b0",
        pred=r"50",
        wrap=True,
        expected=True,
        why="numeric key 50\u00b0 takes the bare number",
    ),
]

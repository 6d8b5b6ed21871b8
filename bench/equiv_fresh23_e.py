r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "e").

This helper's focus was graders written in languages other than Python and graders of
non-English projects. Cases are transcribed from test files that no earlier set used (checked
against bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and claimed in /work/wt/fresh23_claims before transcribing). Each case
gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test's language reads from the source (a test's ``"\\frac"`` is stored
as ``r"\frac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy, what is asserted). Apart from evalhub
(Python), every grader here is TypeScript; most are maths-practice apps of non-English projects.
The cases of adarshrajesh-ui/BrilliantClone are in bench/equiv_fresh23_e2.py (its own ``CASES``).

- ysy-phoenix/evalhub ``tests/math/test_verifier.py``
  @ 07bb27ef9be39733c469741b8ea166743b32e261, MIT. Ten MATH-500 items (the test names each
  ``MATH500/<id>``), each a reference answer and a model's answer that the suite asserts correct:
  ``grade_answer(given_answer, ground_truth) or math500_patch(...)``; the patch is the suite's
  own per-item override, so the asserted verdict is the suite's verdict on the pair.
- godiemp/math (Chilean PAES maths practice, Spanish; vitest)
  ``lib/__tests__/operationsProblemGenerator.test.ts``
  @ 44471b9d942fad1b250ad11df86e2777cc7cdd9d (file last changed in
  b7ac35dbfbe911861d83c53090eebf08da0ece8b). ``validateAnswer(userAnswer, correctAnswer)``; a
  number gold (``42``) is stored as its decimal string.
- m12cksn/bimbelonline (Indonesian online tutoring; jest) ``src/lib/answerValidation.test.ts``
  @ 8eb4638243a6eab465692614ded1e4496ccabaa1 (file last changed in
  67f44b228f269752f1f20cf2afb988a52fc90ce6). ``isInputAnswerCorrect(input, correct)``.
- iargintaru-del/bacmate (Romanian Bacalaureat M2 practice; vitest)
  @ 95a6db25e04b5392b4fc1540627d48705b9e204c: ``src/lib/grading.test.ts``
  (``isCorrectAnswer(answer, {correctAnswer, acceptedAnswers})``) and a fixed-rule sample of the
  item data ``src/data/questions/*.ts``: the first 60 items, in path order and then file order,
  that list ``acceptedAnswers``; each accepted alias against the item's ``correctAnswer`` is a
  positive case. From the sample, left out: aliases that are roundings (``0.33`` for 1/3, ``1.41``
  for sqrt(2): 70 of them, the app's 2-place tolerance, not equality), a percent alias (``25%``
  for 25) and repeats of a pair already taken (24).
- hane0059-spec/bac-exam-platform (Arabic exam platform; vitest) ``src/lib/grading.test.ts``
  @ f0b905dbe654f51fd0621d88a7420e22630fd24a (file last changed in
  909ec885361439df84602b5dc08549d8cdba1159). ``gradeCalculation([key, margin?], answer)``.
- notbowen/sat-grinder (SAT practice; vitest) ``src/lib/grading.test.ts``
  @ 37066a2e76daabaab102038ef6d0135b7d65c344. ``gradeAnswer({type: "spr", correctAnswers},
  answer)`` on student-produced responses.
- tanejaansh007/aime-trainer (an AMC 8 trainer; vitest) ``src/lib/checkAnswer.test.ts``
  @ 4c3c597ec8bc39a60ff908ffd36531e67540f4d9 (file last changed in
  e91154f2e2bb393dc93c23f4dd5505ba5ed4b812). ``checkAnswer("SHORT_ANSWER", answer, correct)``.
- weimaraner69-crypto/education_app_withClaude_20260701 (Japanese elementary maths; vitest)
  ``src/lib/checkAnswer.test.ts`` @ 96a6ca741f44904e9faf30699aeacf98a2df973b (file last changed in
  4a74d7d03829d900fd58883d9551246310477375), MIT. ``checkAnswer(answer, input)``; the structured
  answers are written as the suite's own accepted input shows them: ``{quotient: 5, remainder:
  2}`` as ``5 あまり 2`` ("5 remainder 2"), ``{numerator: 2, denominator: 1}`` as ``2/1``, the
  labelled pair ``[2, 3]`` (x, y) as ``x=2, y=3``.
- caiiris/probability-pirates (a probability game; vitest) ``src/lib/checkAnswer.test.ts``
  @ 914a8f87eb4393b99c9332e3d0cad3ce6ec34513 (file last changed in
  7e0b9d3c10605a151d347433994f1285604ff04c), MIT. ``checkAnswer(variant, input)`` on structured
  inputs, written as answers: a fraction's numerator and denominator as ``a/b``, a tapped event
  (set of die faces) as ``\{...\}``.
- MobileJP/maths-whiteboard (UK maths practice; vitest) ``src/lib/answerCheck.test.ts``
  @ 6d7456a639a20f7bceacf3cb300c74b01c0b7066. ``checkLocally(question, input)``: the "correct" and
  "incorrect" statuses; the gold is the question's ``canonical_answer`` (with its ``units``).
- sumitroridwan-web/eduversal-mathquest (vitest) ``src/lib/answers.test.ts``
  @ ff5843cec04cd8ad86c97ceb09775666422101e2 (file last changed in
  a22a4e5158757e6d94899c99bceddecdd31dbd18). ``answersMatch(given, expected)``.
- andydial/alpha-prep (11+ exam practice; vitest) ``src/lib/answerCheck.test.ts``
  @ 1d8c9a431584d3c7d59e6d50af02559777217dd3 (file last changed in
  5d317b3bc5ae161b3f09e21fa128ee6fc2539694). ``checkAnswer(student, correct)``.
No license file was found in the stored copies other than evalhub's and the two marked MIT: the
short test strings are quoted as test data, with attribution.

Left out, by rule: word answers that are not maths (godiemp's truth-value aliases ``'True'``,
``'V'``, ``'Si'`` ... for ``'Verdadero'``; bimbelonline's ``siku-siku`` and angle-part phrases;
BrilliantClone's fair / favorable and Game B; bac-exam-platform's Arabic biology answers); empty
answers (``validateAnswer('', '∅')``, empty-field guards); generated-problem tests with no fixed
gold (godiemp ``operationsPractice.integration.test.ts``); rounded decimals a suite accepts under
its own tolerance (BrilliantClone ``0.167`` / ``0.1667`` for 1/6, ``33.33%`` for 1/3, ``0.0833``
for 1/12; bacmate's 2-place aliases; bac-exam-platform's ``3.15`` within the key's margin 0.01);
percent forms of non-probability amounts (BrilliantClone ``'500%'`` for $5, ``'100%'`` for $1,
``matchesNumeric('50%', [0.5])``) and a bare number read as a percent
(``parseProbabilityAnswer('50')``): unit policies of the app; a tolerance for floating-point noise
(education_app ``78.500000001`` for 78.5); multiple-choice indices and letters; maths-whiteboard's near-miss statuses (an unsimplified fraction, a missing or wrong unit: "correct with a note"), its per-question tolerance (``0.745`` for 0.75) and its "uncertain" escalation (``x^0.5`` for ``sqrt(x)``); number and fraction words (eduversal ``ten``, ``one half``, ``quarter``); number words
(bac-exam-platform ``خمسة`` "five" rejected as non-numeric); repeats of a pair already taken; and value-normaliser
tests (``normalizeMoneyAnswer``, ``parseNumber``, datsyukfliprw/luma_math's
``normalizeNumericAnswer``), which are notation tests rather than answer checks.
Searched without finding usable assertions: AmineAfia/verifiers-ts (a TypeScript port of
PrimeIntellect-ai/verifiers; its maths rubric tests are upstream's, already used; its eval dumps are
labelled by the same maths-verify checker that produced them); thliang01/Twinkle_Eval (a
Traditional-Chinese fork of ai-twinkle/Eval: its ``tests/test_math_eval.py`` mocks ``grade_answer``
with a plain string match); kiendnk-maker/linebot (a Vietnamese bot's calculator tests);
ArslaneSempai-ui/cascade-routing and RasputinKaiser/OpenEval (TypeScript graders of amounts, dates
and agent files); berrybus/llama-trainer (trivia answers); Romez1990/highm-server (Russian
higher-maths lessons: each check compares a hidden computed determinant); dvtinh072-dev/VinaMathLab
(Vietnamese maths app, no tests); mathebuddy/mathebuddy (German Dart maths app: its runtime test
prints values, no asserted equivalences); joyfulhouse/kaelyn-math (arithmetic of generated
problems); Juvinho/Mateka (matrix exercises by exact array), AI-Danil/dvoechka (Russian quiz by
option index), Tushaaaaarrrrrr/GenZ-IITIAN (grade boundaries); OpenMark/openmark (Java; no answer
comparison tests); wandb/llm-leaderboard-korean (a Korean math scorer without tests);
InternLM/POLAR and Tencent/AngelSlim (no maths-answer tests); KQMATH/moodle-qtype_sigma and
nfreear/moodle-qtype_calculatedobjects (no tests); cjosephkang-lab/fairvalue-drill (Japanese
finance drill: answers within per-problem ranges); codberce/iabacu (Romanian bac: LLM grading
adapters) and CVilla90/VillaAula (language quizzes). Repositories found only through
``find_string`` or unnamed ``search`` hits (several TypeScript and Japanese tutoring graders, a Go GSM8K scorer)
were not used, since their repository could not be named.
"""

from bench.equiv_rl_suites import collected_case as _c

EVH = "ysy-phoenix/evalhub"
EVH_AT = "tests/math/test_verifier.py@07bb27ef9be39733c469741b8ea166743b32e261"
GDM = "godiemp/math"
GDM_AT = "lib/__tests__/operationsProblemGenerator.test.ts@44471b9d942fad1b250ad11df86e2777cc7cdd9d"

BIM = "m12cksn/bimbelonline"
BIM_AT = "src/lib/answerValidation.test.ts@8eb4638243a6eab465692614ded1e4496ccabaa1"
BAC = "iargintaru-del/bacmate"
BAC_COMMIT = "95a6db25e04b5392b4fc1540627d48705b9e204c"
BAC_AT = f"src/lib/grading.test.ts@{BAC_COMMIT}"
ARB = "hane0059-spec/bac-exam-platform"
ARB_AT = "src/lib/grading.test.ts@f0b905dbe654f51fd0621d88a7420e22630fd24a"
SAT = "notbowen/sat-grinder"
SAT_AT = "src/lib/grading.test.ts@37066a2e76daabaab102038ef6d0135b7d65c344"

AMC = "tanejaansh007/aime-trainer"
AMC_AT = "src/lib/checkAnswer.test.ts@4c3c597ec8bc39a60ff908ffd36531e67540f4d9"
JPE = "weimaraner69-crypto/education_app_withClaude_20260701"
JPE_AT = "src/lib/checkAnswer.test.ts@96a6ca741f44904e9faf30699aeacf98a2df973b"
PIR = "caiiris/probability-pirates"
PIR_AT = "src/lib/checkAnswer.test.ts@914a8f87eb4393b99c9332e3d0cad3ce6ec34513"

MWB = "MobileJP/maths-whiteboard"
MWB_AT = "src/lib/answerCheck.test.ts@6d7456a639a20f7bceacf3cb300c74b01c0b7066"
EDU = "sumitroridwan-web/eduversal-mathquest"
EDU_AT = "src/lib/answers.test.ts@ff5843cec04cd8ad86c97ceb09775666422101e2"
ALP = "andydial/alpha-prep"
ALP_AT = "src/lib/answerCheck.test.ts@1d8c9a431584d3c7d59e6d50af02559777217dd3"

# bacmate: (file under src/data/questions/, line of correctAnswer, correctAnswer, accepted alias)
_BAC_ALIASES = [
    ("combinatoricaSets.ts", 1588, "2/5", "0.4"),
    ("combinatoricaSets.ts", 1588, "2/5", "0,4"),
    ("combinatoricaSets.ts", 1603, "0.2", "0,2"),
    ("combinatoricaSets.ts", 1648, "3/10", "0.3"),
    ("combinatoricaSets.ts", 1648, "3/10", "0,3"),
    ("combinatoricaSets.ts", 1677, "1/20", "0.05"),
    ("combinatoricaSets.ts", 1677, "1/20", "0,05"),
    ("derivateSets.ts", 97, "1/4", "0.25"),
    ("derivateSets.ts", 97, "1/4", "0,25"),
    ("determinantiSets.ts", 624, "sqrt(2)", "√2"),
    ("determinantiSets.ts", 624, "sqrt(2)", "radical din 2"),
    ("determinantiSets.ts", 742, "sqrt(6)", "√6"),
    ("determinantiSets.ts", 742, "sqrt(6)", "radical din 6"),
    ("determinantiSets.ts", 772, "sqrt(7)", "√7"),
    ("determinantiSets.ts", 772, "sqrt(7)", "radical din 7"),
    ("examProblemsAlgebra.ts", 1497, "sqrt(3)", "√3"),
    ("examProblemsAlgebra.ts", 1497, "sqrt(3)", "radical din 3"),
    ("examProblemsAlgebra.ts", 1634, "sqrt(12)", "√12"),
    ("examProblemsAlgebra.ts", 1634, "sqrt(12)", "2sqrt(3)"),
    ("examProblemsAlgebra.ts", 1634, "sqrt(12)", "2√3"),
    ("examProblemsAlgebra.ts", 1634, "sqrt(12)", "radical din 12"),
    ("examProblemsAlgebra.ts", 1634, "sqrt(12)", "2 radical din 3"),
    ("examProblemsAlgebra.ts", 1680, "sqrt(10)", "√10"),
    ("examProblemsAlgebra.ts", 1680, "sqrt(10)", "radical din 10"),
    ("examProblemsAlgebra.ts", 1772, "sqrt(20)", "√20"),
    ("examProblemsAlgebra.ts", 1772, "sqrt(20)", "2sqrt(5)"),
    ("examProblemsAlgebra.ts", 1772, "sqrt(20)", "2√5"),
    ("examProblemsAlgebra.ts", 1772, "sqrt(20)", "radical din 20"),
    ("examProblemsAlgebra.ts", 1772, "sqrt(20)", "2 radical din 5"),
    ("examProblemsAlgebra.ts", 1863, "sqrt(14)", "√14"),
    ("examProblemsAlgebra.ts", 1863, "sqrt(14)", "radical din 14"),
    ("geometrieSets.ts", 334, "-1/4", "-0.25"),
    ("geometrieSets.ts", 334, "-1/4", "-0,25"),
    ("geometrieSets.ts", 747, "4/5", "0.8"),
    ("geometrieSets.ts", 747, "4/5", "0,8"),
    ("geometrieSets.ts", 762, "3/5", "0.6"),
    ("geometrieSets.ts", 762, "3/5", "0,6"),
    ("geometrieSets.ts", 822, "15/8", "1.875"),
    ("geometrieSets.ts", 822, "15/8", "1,875"),
    ("geometrieSets.ts", 1156, "-1/2", "-0.5"),
    ("geometrieSets.ts", 1156, "-1/2", "-0,5"),
    ("integraleSets.ts", 338, "3/2", "1.5"),
    ("integraleSets.ts", 338, "3/2", "1,5"),
    ("integraleSets.ts", 1317, "1/5", "0.2"),
    ("integraleSets.ts", 1317, "1/5", "0,2"),
    ("integraleSets.ts", 1605, "0.5", "0,5"),
    ("integraleSets.ts", 1605, "0.5", "1/2"),
    ("matematiciFinanciare.ts", 10, "180", "180 lei"),
    ("matematiciFinanciare.ts", 37, "400", "400 lei"),
    ("matematiciFinanciare.ts", 65, "238", "238 lei"),
]

CASES: list[dict] = [
    # --- ysy-phoenix/evalhub: MATH-500 items, (ground_truth, given_answer) asserted correct ------
    _c(EVH, EVH_AT, "4210_{5}", "4210", True, True, "MATH500/127: base-5 answer without subscript"),
    _c(EVH, EVH_AT, "1,-2", "-2, 1", True, True, "MATH500/25: same roots, other order"),
    _c(EVH, EVH_AT, r"864 \mbox{ inches}^2", "864", True, True, "MATH500/257: unit dropped"),
    _c(
        EVH,
        EVH_AT,
        r"\frac{11+9a}{20}",
        r"\dfrac{9a + 11}{20}",
        True,
        True,
        "MATH500/318: dfrac, numerator reordered",
    ),
    _c(EVH, EVH_AT, "4343_6", "4343", True, True, "MATH500/338: base-6 answer without subscript"),
    _c(EVH, EVH_AT, r"x \in [-2, 7]", "[-2, 7]", True, True, "MATH500/383: interval without x∈"),
    _c(
        EVH,
        EVH_AT,
        r"\{1\pm\sqrt{5},-2\}",
        r"\{-2, 1 - \sqrt{5}, 1 + \sqrt{5}\}",
        True,
        True,
        "MATH500/422: ± set written out, reordered",
    ),
    _c(EVH, EVH_AT, r"15\mbox{ cm}^2", "15", True, True, "MATH500/467: unit dropped"),
    _c(EVH, EVH_AT, "2516_8", "2516", True, True, "MATH500/71: base-8 answer without subscript"),
    _c(
        EVH,
        EVH_AT,
        r"1 \pm \sqrt{19}",
        r"1 + \sqrt{19}, 1 - \sqrt{19}",
        True,
        True,
        "MATH500/96: ± written as two roots",
    ),
    # --- godiemp/math (Spanish, TypeScript): validateAnswer(userAnswer, correctAnswer) ----------
    _c(GDM, GDM_AT, "42", "42", True, True, "validateAnswer('42', 42) is true"),
    _c(GDM, GDM_AT, "43", "42", True, False, "validateAnswer('42', 43) is false"),
    _c(GDM, GDM_AT, "3.14", "3.14", True, True, "validateAnswer('3.14', 3.14) is true"),
    _c(GDM, GDM_AT, "42", " 42 ", True, True, "validateAnswer(' 42 ', 42): trimmed, true"),
    _c(GDM, GDM_AT, "1,2,3", "1,2,3", True, True, "set answer, same listing"),
    _c(GDM, GDM_AT, "1,2,3", "3,1,2", True, True, "set answer: order does not matter"),
    _c(GDM, GDM_AT, "1,2,3", "{1,2,3}", True, True, "set answer with braces"),
    _c(GDM, GDM_AT, "1,2,3", "1, 2, 3", True, True, "set answer: spaces ignored"),
    _c(GDM, GDM_AT, "∅", "∅", True, True, "empty set, same symbol"),
    _c(GDM, GDM_AT, "∅", "vacio", True, True, "empty set written as Spanish 'vacio' (empty)"),
    _c(GDM, GDM_AT, "∅", "vacío", True, True, "empty set written as Spanish 'vacío' (empty)"),
    _c(GDM, GDM_AT, "∅", "{}", True, True, "empty set as {} against ∅"),
    _c(GDM, GDM_AT, "2x", "2x", True, True, "algebraic answer, identical"),
    _c(GDM, GDM_AT, "2x+3", "2x+3", True, True, "algebraic answer, identical"),
    _c(GDM, GDM_AT, "2x+3", "2 x + 3", True, True, "algebraic answer: spaces normalised"),
    _c(GDM, GDM_AT, "2x + 3", "2x+3", True, True, "algebraic answer: spaces in the gold"),
    # --- m12cksn/bimbelonline (Indonesian, TypeScript): isInputAnswerCorrect(input, correct) -----
    _c(BIM, BIM_AT, "1/2", "0.5", True, True, "decimal for fraction"),
    _c(BIM, BIM_AT, "0.5", "1/2", True, True, "fraction for decimal"),
    _c(
        BIM,
        BIM_AT,
        "2 + 3 = 5",
        "5",
        True,
        True,
        "gold written as the worked equation (last number)",
    ),
    _c(
        BIM, BIM_AT, "10.000", "10000", True, True, "Indonesian thousands separator '.' in the gold"
    ),
    _c(BIM, BIM_AT, "10000", "10,000", True, True, "thousands separator ',' in the answer"),
    _c(BIM, BIM_AT, "90 derajat", "90", True, True, "Indonesian 'derajat' (degrees) in the gold"),
    _c(BIM, BIM_AT, "90 deg", "90°", True, True, "degree sign against 'deg'"),
    _c(BIM, BIM_AT, "3/4", "0.75", True, True, "decimal for fraction"),
    _c(BIM, BIM_AT, "½", "1/2", True, True, "slash fraction against the vulgar-fraction sign"),
    _c(BIM, BIM_AT, "0.125", "1/8", True, True, "fraction for decimal"),
    _c(BIM, BIM_AT, "<", "<", True, True, "comparison-symbol answer"),
    # --- iargintaru-del/bacmate (Romanian Bacalaureat M2, TypeScript): isCorrectAnswer -----------
    _c(BAC, BAC_AT, "5", "5", True, True, "exact correct answer"),
    _c(BAC, BAC_AT, r"-2+2i\sqrt{3}", r" -2+2i\sqrt{3} ", True, True, "complex answer, spaces"),
    _c(BAC, BAC_AT, "1/2", "0.5", True, True, "accepted alternate form"),
    _c(BAC, BAC_AT, "1/2", "0,5", True, True, "accepted alternate form, Romanian decimal comma"),
    _c(BAC, BAC_AT, "5", "6", True, False, "wrong answer"),
    *[
        _c(
            BAC,
            f"src/data/questions/{path}@{BAC_COMMIT}",
            gold,
            alias,
            True,
            True,
            f"acceptedAnswers of the item at line {line}",
        )
        for path, line, gold, alias in _BAC_ALIASES
    ],
    # --- hane0059-spec/bac-exam-platform (Arabic, TypeScript): gradeCalculation(key, answer) -----
    _c(ARB, ARB_AT, "3.14", "3.14", True, True, "value inside the key's margin 0.01"),
    _c(ARB, ARB_AT, "3.14", "3.2", True, False, "value outside the key's margin 0.01"),
    _c(ARB, ARB_AT, "10", "10", True, True, "no margin: exact value"),
    _c(ARB, ARB_AT, "10", "10.1", True, False, "no margin: 10.1 is not 10"),
    _c(ARB, ARB_AT, "42", "٤٢", True, True, "Arabic-Indic digits in the answer"),
    # --- notbowen/sat-grinder (SAT student-produced responses, TypeScript): gradeAnswer ----------
    _c(SAT, SAT_AT, "0.5", "1/2", True, True, "fraction for decimal"),
    _c(SAT, SAT_AT, "-2/3", "-4/6", True, True, "unreduced negative fraction"),
    _c(SAT, SAT_AT, "3", "3.0", True, True, "trailing zero"),
    _c(SAT, SAT_AT, "0.75", r"\frac{3}{4}", True, True, "LaTeX fraction for decimal"),
    _c(SAT, SAT_AT, "-2/3", r"-\frac{4}{6}", True, True, "negative unreduced LaTeX fraction"),
    # --- tanejaansh007/aime-trainer (AMC 8 trainer): checkAnswer("SHORT_ANSWER", answer, correct) --
    _c(AMC, AMC_AT, "7", "007", True, True, "leading zeros (AIME-style answer)"),
    _c(AMC, AMC_AT, "0.75", "3/4", True, True, "fraction for decimal"),
    _c(AMC, AMC_AT, "1000", " 1,000 ", True, True, "thousands separator"),
    _c(AMC, AMC_AT, "even", "Even", True, True, "parity word, case"),
    _c(AMC, AMC_AT, "even", "odd", True, False, "other parity"),
    _c(AMC, AMC_AT, "7", "8", True, False, "wrong number"),
    # --- weimaraner69-crypto/education_app (Japanese elementary maths): checkAnswer(answer, input)
    _c(JPE, JPE_AT, "78.5", "７８．５", True, True, "full-width digits and full-width point"),
    _c(JPE, JPE_AT, "78.5", "78.51", True, False, "clearly different number"),
    _c(JPE, JPE_AT, "78.5", "78", True, False, "different number"),
    _c(JPE, JPE_AT, "78.5", "あ", True, False, "not a number"),
    _c(JPE, JPE_AT, "-5", "－5", True, True, "full-width minus sign"),
    _c(JPE, JPE_AT, "-5", "−5", True, True, "U+2212 minus sign"),
    _c(
        JPE,
        JPE_AT,
        "5 あまり 2",
        "5あまり2",
        True,
        True,
        "quotient 5 remainder (あまり) 2, no spaces",
    ),
    _c(
        JPE,
        JPE_AT,
        "5 あまり 2",
        "５あまり２",
        True,
        True,
        "quotient and remainder in full-width digits",
    ),
    _c(JPE, JPE_AT, "5 あまり 2", "5 あまり 3", True, False, "right quotient, wrong remainder"),
    _c(JPE, JPE_AT, "5 あまり 2", "5 あまり 2 999", True, False, "extra number"),
    _c(JPE, JPE_AT, "1/2", "2/4", True, True, "unreduced fraction"),
    _c(JPE, JPE_AT, "1/2", "２／４", True, True, "full-width unreduced fraction"),
    _c(JPE, JPE_AT, "1/2", "1/3", True, False, "different fraction"),
    _c(JPE, JPE_AT, "1/2", "1/0", True, False, "zero denominator"),
    _c(JPE, JPE_AT, "2/1", "2", True, True, "fraction answer 2/1 written as an integer"),
    _c(JPE, JPE_AT, "x=2, y=3", "2, 3", True, True, "ordered pair (x, y) without labels"),
    _c(JPE, JPE_AT, "x=2, y=3", "3, 2", True, False, "ordered pair reversed"),
    _c(JPE, JPE_AT, "x=2, y=3", "2, 3, 4", True, False, "extra value"),
    _c(JPE, JPE_AT, "x=2, y=3", "2", True, False, "one value only"),
    # --- caiiris/probability-pirates: checkAnswer(variant, input) on structured inputs ------------
    _c(PIR, PIR_AT, "1/2", "3/6", True, True, "fill-fraction 3/6 for 1/2"),
    _c(PIR, PIR_AT, "1/2", "1/6", True, False, "fill-fraction 1/6 for 1/2"),
    _c(PIR, PIR_AT, "1/2", "1/0", True, False, "fill-fraction with zero denominator"),
    _c(PIR, PIR_AT, "10", "60", True, False, "number-fill 60 for 10"),
    _c(PIR, PIR_AT, r"\{2, 4, 6\}", r"\{6, 2, 4\}", True, True, "event {2,4,6} in another order"),
    _c(PIR, PIR_AT, r"\{2, 4, 6\}", r"\{2, 4, 6, 1\}", True, False, "event with an extra outcome"),
    _c(PIR, PIR_AT, r"\{2, 4, 6\}", r"\{2, 4\}", True, False, "event missing an outcome"),
    # --- MobileJP/maths-whiteboard: checkLocally(question, input) "correct" / "incorrect" ---------
    _c(MWB, MWB_AT, "1/2", "0.5", True, True, "decimal (listed accepted form)"),
    _c(MWB, MWB_AT, "1/2", "50%", True, True, "percent (listed accepted form)"),
    _c(MWB, MWB_AT, "1/2", "2/4", True, True, "unreduced fraction (listed accepted form)"),
    _c(MWB, MWB_AT, "1/2", "½", True, True, "vulgar-fraction glyph"),
    _c(MWB, MWB_AT, "1/2", "0.50", True, True, "trailing-zero decimal, not listed"),
    _c(MWB, MWB_AT, "1/2", "1/2.", True, True, "trailing full stop"),
    _c(MWB, MWB_AT, "-4", "–4", True, True, "en-dash minus"),
    _c(MWB, MWB_AT, "3/4", "0.75", True, True, "decimal reading, not listed"),
    _c(MWB, MWB_AT, "3/4", "0.750", True, True, "decimal reading with trailing zero"),
    _c(MWB, MWB_AT, "25/24", "1 1/24", True, True, "mixed number for improper fraction"),
    _c(MWB, MWB_AT, "15 cm", "15cm", True, True, "value with matching units"),
    _c(MWB, MWB_AT, "15 cm", "15 cm", True, True, "value with units, spaced"),
    _c(MWB, MWB_AT, "12", "12.0", True, True, "integer with redundant decimal"),
    _c(MWB, MWB_AT, "2:3", "4:6", True, True, "unsimplified ratio"),
    _c(MWB, MWB_AT, "2x+4", "2(x+2)", True, True, "factorised linear expression"),
    _c(MWB, MWB_AT, "x^2-1", "(x-1)(x+1)", True, True, "factorised difference of squares"),
    _c(MWB, MWB_AT, "3x", "x+2x", True, True, "uncollected like terms"),
    _c(MWB, MWB_AT, "1/2", "1/3", True, False, "wrong fraction value"),
    _c(MWB, MWB_AT, "0.75", "0.9", True, False, "wrong decimal value"),
    _c(MWB, MWB_AT, "3:5", "5:3", True, False, "ratio in the wrong order"),
    _c(MWB, MWB_AT, "2:3", "1:2", True, False, "wrong ratio value"),
    _c(MWB, MWB_AT, "2x+4", "2x+5", True, False, "non-equivalent expression"),
    _c(MWB, MWB_AT, "12", "13", True, False, "wrong integer"),
    # --- sumitroridwan-web/eduversal-mathquest: answersMatch(given, expected) --------------------
    _c(EDU, EDU_AT, "0.5", "1/2", True, True, "fraction for decimal"),
    _c(EDU, EDU_AT, "2.2", "£2.20", True, True, "pound sign, trailing zero"),
    _c(EDU, EDU_AT, "5", "$5", True, True, "dollar sign"),
    _c(EDU, EDU_AT, "7", "6", True, False, "different number"),
    _c(EDU, EDU_AT, "1/3", "1/2", True, False, "different fraction"),
    # --- andydial/alpha-prep (11+ practice): checkAnswer(student, correct) -------------------------
    _c(ALP, ALP_AT, ".5", "0.5", True, True, "leading zero"),
    _c(ALP, ALP_AT, "80", "80.0", True, True, "trailing zero"),
    _c(ALP, ALP_AT, "12", "$12", True, True, "dollar sign"),
    _c(ALP, ALP_AT, "1200", "1,200", True, True, "thousands separator"),
    _c(ALP, ALP_AT, "80", "80 cm", True, True, "value with a unit"),
]

r"""A nineteenth fresh set of answer-equivalence cases (evaluation only; helper "c": school-math
answer checkers in education apps, tutoring systems and quiz engines). This part holds only TWO
cases, from a general evaluation library (IBM/unitxt): every education repository that could be
named from memory and fetched was either claimed already by another collector (see
/work/wt/fresh19_claims) or held no test or labelled data that compares a student's (or model's)
final answer to a math problem with the answer key. The list below records what was claimed,
fetched and read, so nobody fetches it again for this purpose.

Source of the cases (Apache-2.0):

- IBM/unitxt ``tests/library/test_metrics.py`` @ 20b951e5bd109cd43018f33018dfc7b3dbff3c9f,
  ``test_relaxed_correctness``: ChartQA's ``RelaxedCorrectness`` (numeric answers within 5 %)
  gives prediction ``"10"`` against reference ``"14"`` score 0.0 and ``"30"`` against ``"30"``
  score 1.0. Both are read as (gold = reference, pred = prediction, expected = score == 1). The
  rest of that test file has no numeric-answer or math-answer assertions.

Claimed and read (repo @ commit of the stored snapshot; why nothing was taken):

- drlippman/IMathAS @ 5152b41c27f621f3a34aa25b5d48916de2d32c7a (MyOpenMath's assessment engine):
  ``admin/unittests.php`` holds only answer-format policies (``4/6`` is a ``fraction`` but not a
  ``reducedfraction``), ``checkreqtimes`` and ``makexxpretty`` display rewrites;
  ``assessment/parsertests.php`` and ``javascript/parsertests.html`` are expression-evaluator
  (calculator) tests; ``assess2/testdata.php`` is question templates with random parameters and no
  student responses. Parser / format-policy tests are out of scope for this round.
- CAHLR/OATutor @ 6c729b7192c084367348b87486f70846463e3902: ``src/platform-logic/checkAnswer.js``
  has no test file (``src/App.test.js`` is the create-react-app stub).
- CAHLR/OATutor-Content @ c26295e063749a6f481fb2a3000d6b302e0d149b: 16,362 step files
  (``TextBox``/``arithmetic`` 8,910, ``TextBox``/``string`` 877, ``MultipleChoice`` 6,575); no
  non-multiple-choice step lists more than one accepted ``stepAnswer``, so there are no answer
  aliases and no labelled wrong answers to take.
- oat-sa/extension-tao-itemqti @ 2c7674c7123824e9fcabb85b15eb3993cb5b8250 (TAO QTI items):
  response-processing tests are text-entry string / synonym matching and choice mapping, not math.
- HKUDS/DeepTutor @ 7c6bcfaef75ec0d7f7b9725b15e52d2bec5ded0f:
  ``deeptutor/learning/tests/test_grading.py`` grades choice letters, fuzzy short words
  ("photosynthesis") and keyword lists; no math answers.
- bryanchrist/MATHWELL @ 246a2a66cff688c07f3ac3f68e971c3b9bf3f735: human annotations rate generated
  K-8 word problems and their program solutions (solvable / accurate / appropriate); there is no
  reference answer to compare a final answer with.
- DXsmiley/mathbot (Discord math bot): its tests are calculator tests (out of scope).
- braintrustdata/autoevals @ edfa259bb568c17b5089335262418744f9cc95f2 (MIT): ``Factuality`` on
  ``6`` vs ``6`` answers through a mocked LLM reply (a mocked grader: left out); ``Battle`` asks
  whether the output is BETTER than the expected one (``600`` vs ``6`` scores 0, ``6`` vs ``600``
  scores 1, ``6`` vs ``6`` scores 0), which is not an equivalence verdict; ``NumericDiff`` and
  ``ExactMatch`` tests are scores of raw numbers and strings, not answers to problems.
- bvds/andes @ 7e3e7b5a1c536e2d99f74fbd01aad67c304ec2bd (Andes physics tutor): C++ solver drivers
  and Lisp log-replay tests; no (answer, key, verdict) data.
- PKU-Alignment/align-anything @ 3f9decc221be74b2052e712e3a32e155686ec6ec:
  ``align_anything/models/remote_rm/reward_functions/math_verifier.py`` has no tests or examples.
- Ascend/MindSpeed-LLM @ c77308a14bfcb1aa7ca61da9c1aa24a893cb1b91: ``tests/ut/evaluation`` checks
  aggregate benchmark scores only.
- EleutherAI/math-lm @ 9575d138bc0ca06fce07d6537b05854339ec2b62: 23 files, no tests.
- OpenBMB/UltraEval @ 5d967b4ea5725ab1252904520bcaa87b40165b4b: the leaderboard dumps are labelled
  by ``exact_match`` (a plain string match), which this round does not take.

Claimed but not fetchable: tangibleai/mathtext (no snapshot), serlo/serlo-editor (no snapshot),
serlo/frontend (826 MB), instructure/canvas-lms (2.26 GB), ILIAS-eLearning/ILIAS (2.28 GB),
sakaiproject/sakai (702 MB), PaddlePaddle/PaddleNLP (551 MB); the stored-snapshot limit is
500 MB. Claimed and not read (a wrapper
of Khan/perseus, already used): learningequality/kolibri-exercise-perseus-plugin.

Found already claimed by other collectors when tried: alibaba/ROLL, hiyouga/EasyR1,
lamalab-org/chembench, meta-llama/llama-stack, openai/evals, pytorch/torchtune, sail-sg/oat,
PrimeIntellect-ai/prime-environments, UKGovernmentBEIS/inspect_evals, NousResearch/atropos,
mistralai/mistral-evals, InternLM/xtuner, RLinf/RLinf, axolotl-ai-cloud/axolotl,
zwhe99/DeepMath. The education systems
named first (Khan, Oppia, Numbas, STACK and the Moodle question types, WeBWorK, LON-CAPA,
PrairieLearn, Open edX, MITx grader, Isaac, Doenet, Ximera, Runestone, OLI Torus, CTAT, Mathigon,
MathAlea, Lambda Feedback, Stepik, Wiris, Knowre, guanghetv, Rori) were claimed in earlier rounds.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

UNITXT = "IBM/unitxt"
UNITXT_AT = "tests/library/test_metrics.py@20b951e5bd109cd43018f33018dfc7b3dbff3c9f"
_WHY = "unitxt test_relaxed_correctness (ChartQA relaxed correctness)"

CASES: list[dict] = [
    _c(UNITXT, UNITXT_AT, "14", "10", True, False, f"{_WHY}: score 0.0"),
    _c(UNITXT, UNITXT_AT, "30", "30", True, True, f"{_WHY}: score 1.0"),
]

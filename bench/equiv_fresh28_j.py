r"""A twenty-eighth fresh set of answer-equivalence cases (evaluation only; helper "j": maths
answer checkers and graders for Russian, Ukrainian, Polish, Czech, Korean, Arabic, Hindi, Persian
and Thai users -- OGE/EGE, ZNO/NMT, matura, CSAT, tawjihi, JEE/NEET trainers, olympiad bots).

This helper found no usable, unused source: ``CASES`` is empty. The module is kept so that the
repositories examined below are not searched again.

Cases would be transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh28_claims). Do not tune the judge on these cases.

Sources: none.

Leads that could not be tied to a repository (so not transcribed; rule 6 needs repo and commit):

- A Russian trial-test site on FastAPI (``routes/trial_tests.py``, ``routes/trial_tests_coop.py``,
  ``utils/validation.py``) whose ``tests/test_utils.py``-style suite asserts
  ``normalize_task_answer_for_compare(task, a) ==/!= normalize_task_answer_for_compare(task, b)``
  (``;``-separated intervals such as ``(-\infty;1)\cup(1;+\infty)`` vs ``(-∞,1)∪(1,+∞)``, ``x\ne1``
  vs ``1≠x``, ``0,5`` vs ``\frac{1}{2}``). Seen with ``find_string`` (ids 68969526050,
  53864489028); ``find_files`` on ``routes/``, ``backend/routes/``, ``app/routes/``,
  ``api/routes/``, ``server/routes/`` + ``trial_tests_coop.py``, ``utils/internal_proxy_auth.py``,
  ``backend/routes/admin/common.py`` and name searches (``ege-platform``, ``probn``, ``ege-pr``)
  did not name it.
- A Russian ``unittest`` ``MathAnswerTests`` (``_worker({"operation": "compare", ...})``,
  ``math_answers_equal``; ``\operatorname{tg}\alpha`` vs ``sin(alpha)/cos(alpha)``, ``0`` vs
  ``1/0`` false) importing ``app.services.math_answers`` and ``app.routers.solving``
  (``find_string`` id 68772617000); ``find_files`` on ``app/services/math_answers.py``,
  ``backend/app/...``, ``tests/test_math_answers.py``, ``tests/test_math_answer.py``,
  ``backend/tests/test_math_answers.py`` did not name it.
- Yandex-style ``kelvin.problems.answers.check_answer`` tests (Russian markup, ``CHECK_ANSWER_DATA``);
  ``kelvin/problems/answers.py`` is not in the file index.
- A Korean exam app's number tests and a Swedish suite: not found with this helper's searches.

Examined and not used (no answer-equivalence assertions, or only multiple choice / images / LLM
verdicts): open-math-collective/matura-engine (generator tests), khanmhmdi/mathkonkur-ai,
MisterSawyer/matura-pro-ai, sulaimanfahid9-star/mathbottawjihi, alaasumrain/tawjihiAI,
mingrath/thai-math-vqa, jackobV/prijimackyhladce, hw-oh/horangi (``math_grader`` without tests),
hsr87/evaluate-llm-on-korean-dataset, ReeZzz07/EGE-PRO, webkivi/oge-math-project,
Desifighter/jee-answer-checker, akseonowww/sdamgia, xnncs/sdamgia, aleksadvaisly/matma,
4730188-hue/ege-trainer, 1kovalevskiy/math-trainer, Timapol1234/ege-trainer,
DamirAhm/ege-trainer, Waikizashi/math-trainer, telsanin/ege-platforma, ege-creator12/ege-platform,
denisislamov/uchebnik-v2, Karifannaa/Auto-check-EGE-math (human scores of handwritten solution
images), JelimLee/suneung-tutor (English-exam rubric grading), labstructanalyzer's
``FixedAnswerGrader`` tests (lab-report text matching, repository not named). Already used by earlier
sets and skipped: idnaedtech/idna-tutor-mvp, StepicOrg/stepik-plugins, Knowre-Dev/locian-algorithm,
burmisha/latex, Romez1990/highm-server, alexeyavdey/ege-math-grader, Jaemnani/ai-benchmark-suneung,
cskwork/korean-math-lms, SeungMin2001/korean-math-agent-grpo, VikhrModels/DeathMath.
"""

from __future__ import annotations

CASES: list[dict[str, object]] = []

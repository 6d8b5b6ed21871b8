r"""A fortieth fresh set of answer-equivalence cases (evaluation only; helper "c": doctest
examples and documented examples with stated results in answer graders' source and docs).

This helper found no usable case: it holds no cases, only the record below, so that a later helper
neither repeats the search nor loses the leads. Cases would be transcribed from repositories that
no earlier set used (checked against bench/data/README.md, bench/equiv_issues_*.py, the
docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and /work/wt/fresh40_claims).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the verdict
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Do not tune the judge on
these cases.

Sources: none.

Leads that could not be tied to a repository (the exact-string index returns a file's text and an
id, but not its repository or path; the meaning-search index did not hold these files, and
guessed paths did not match). Each is a doctest or a documented example with a stated result, in
an otherwise unnamed file; the id is the file id of the exact-string index (read_file id=...):

- 36615348185, ``check_answer.py`` "Simple answer checker for AIME dataset" (4,371 chars):
  doctests ``check_answer(pred, ref)``: ("42","42") True, ("042","42") True, (" 123 ","123")
  True, ("100","99") False, and a ``__main__`` table of 12 (pred, ref, expected) rows ("$42$",
  "\\boxed{123}", "The answer is 456", "1,000" vs "1000", "-5" ...). Not a root-level
  ``check_answer.py`` of any of the 76 repositories that hold that path (six of them were
  fetched and compared: brian4685380/new_complexity, VincenzaZZZZZ/Thesis-code,
  jeng-a-yo/optimal_decisions, tiancheng-zhi/web-shell, LathanDevers/browserllm,
  Brynhildr712/PQMAgent-Bench; iamseungpil/gpt-oss's is an ARC grid checker).
- 66357419114, "Answer Comparator Module for OmniMath Evaluation" (22,258 chars): module and
  function doctests of ``compare_answers(predicted, ground_truth)``: ("150","150") exact,
  ("0.5","1/2") numeric, ("0.5", r"\\frac{1}{2}") numeric, ("8","2^3") expression,
  ("(2,2), (-2,-2)", "(−2,−2), (2,2)") coordinate, all True; a text answer gives None.
- 65895607475, ``verify_answer(extracted, ground_truth)`` ("using aime.py's cleaning
  function", 17,418 chars): ("0.5","1/2") True, (r"\\frac{1}{2}","0.5") True, ("42","43") False.
- 67565200730, ``grade_answer(predicted, ground_truth)``: ("1/2","0.5"), ("(1, 2)","(1, 2)"),
  (r"\\frac{1}{2}","0.5") all True.
- 65765799281, a verl-adapted ``math_equal`` (imports ``nemotron_evaluation``): ("0.5","1/2"),
  (r"\\frac{1}{2}","0.5") True.
- 67369543985 / 57502492535 / 57874926723, "Answer extraction utilities for Think@n":
  ``answers_match("144","144.0")`` True, ``answers_match("12","13")`` False.
- 19158977850 ``answers_match(expected, predicted)``: ("42","42.0") True, ("42","$42") True,
  ("42","43") False; 10950193848 ``is_correct(pred, gold)`` (Decimal): ("42","42.0") True,
  ("42","43") False.
- 58867765361 ``check_equivalence("x**2 + x", "x*(x + 1)")`` equivalent True,
  ``("x**2", "x**3")`` False.
- 22208796751, a Chinese answer-format standard for generated maths questions (not a grader):
  tables of accepted forms (``\frac{1}{2}`` or ``0.5``) and refused decimal approximations
  (``0.707...`` for ``\frac{\sqrt{2}}{2}``, ``1.732...`` for ``\sqrt{3}``, ``3.14159...`` for
  ``\pi``).
- 68318717453, README of a ``stepcheck`` algebra checker (``check_step``, ``check_answer``,
  ``hint``): ``check_answer("x^2 = 9", "x = 3")`` is noted "Correct, but there is another
  solution." (no binary verdict). Not found in adib-11/stepcheck (a Next.js app); the other
  ``*stepcheck*`` repositories (rsasaki0109/stepcheck-ai, Nimrod-F/stepcheck,
  kvishnurao7/stepcheck) have no snapshot here.

Left out, by rule, among the doctests seen: copies of TRL's ``accuracy_reward`` docstring
(``\frac{1}{3}`` boxed vs ``\frac{1}{3}`` 1.0, ``\frac{1}{2}`` 0.0) in several repositories
(TRL's own text, already used); MARIO-Math-Reasoning math_evaluation / MARIO_EVAL README
examples (already used); ChartQA relaxed-accuracy doctests (70998351790: a 5% chart tolerance,
not a maths-answer verdict); non-maths ``is_equal`` / ``are_equivalent`` / ``is_correct`` doctests.

Examined and not used (all claimed in /work/wt/fresh40_claims; the ten fetched only to look for
the files of the leads above were claimed after that look, not before):
akhilbatra898/math_equivalence_bot (an LLM-judge runner, no labels in the snapshot),
Kempu33334/AIME-Answer-Checker (a C++ answer key, no equivalence verdicts),
aieng-lab/transformer-math-evaluation, cJamesSmith/math-eval, nullt3r/LLM-Math-Eval,
gabrielchua/math-eval-playground, semantic-math/math-evaluator (no equivalence tests or
doctests), HubertSk1/Math-checker, rohit22unix/Math-Checker, hw5773/math-answer-2024,
evanwill/correct-math-answers (quiz apps and course exercises), software-testing-homework/math-answer
(no snapshot), and adib-11/stepcheck, iamseungpil/gpt-oss,
MadisonMeykaye/hard_sample_select_AReaL_boba_106k, CuongMDev/VietnamMathReasoning,
brian4685380/new_complexity, VincenzaZZZZZ/Thesis-code, jeng-a-yo/optimal_decisions,
tiancheng-zhi/web-shell, LathanDevers/browserllm, Brynhildr712/PQMAgent-Bench (none holds a lead's
file or an equivalence test). Every repository found through find_files on tests/test_math_grader.py,
tests/test_math_equal.py, tests/test_answer_equivalence.py, tests/test_math_equivalence.py,
tests/test_answer_grading.py and tests/test_math_answer.py was already used by an earlier set
(GestaltWorks/GestaltWorkframe aside, not maths).
"""

from __future__ import annotations

CASES: list[dict[str, object]] = []

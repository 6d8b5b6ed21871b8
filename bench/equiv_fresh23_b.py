r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "b").

Cases are transcribed from test code of answer checkers that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of the earlier equiv_fresh* modules
and the claims of this round). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole answer as
the test passes it) and the verdict the test asserts (``expected``). ``where`` is ``path@commit``
in ``repo`` on github.com. Strings are the values Python reads from the test; non-ASCII letters are
written as ``\u`` escapes (a Cyrillic ``х`` is ``\u0445``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- resarytrew/PaperFlow-Stream (a Russian tool that OCRs pupils' handwritten answer sheets and hints
  to the teacher whether the recognised answer matches the task's expected answer):
  ``backend/tests/test_answer_check.py`` @ e473eb927a0fc8876ff834cdfdc4884669526f0b
  (``compare_answers(recognized, expected)["verdict"]``: "match" is read as True, "mismatch" as
  False) and ``backend/tests/test_api_integration.py`` @ bd1f89fe6f78753556b37d27887484a5a480302a
  (the teacher's corrected text re-checked against the task's ``expected_answer``).
- gyawalisanish0/symboLM ``data/verify_answers.py`` @ 126b8ae8b402aef3542df49b20669e75567eb22c
  (the module's ``__main__`` self-test: ``verify_answer(predicted, expected)``).
- ElbeEagle/EGR (a Chinese conic-section reasoning engine) ``tests/test_batch_reasoning.py``
  @ 19327ca581da7874682f660e59e671d45572f1c6 (``compare_answers(predicted, expected)``).
No license file was found in the stored copies of these repositories: their short test strings
are quoted as test data, with attribution.

Left out, by rule: verdicts that are no definite yes/no (PaperFlow's "likely" and "unknown", and
its ``x1 = 2, x2 = -3`` vs ``x1=-3, x2=2`` case, asserted as "match or likely"); non-mathematical
answers (PaperFlow's history and geography answers, ``1961`` vs ``1861`` included); a verdict the
suite marks as a limit of its parser rather than a mathematical judgement (PaperFlow ``III`` vs
``3``, "roman numerals are not parsed"); non-string inputs (EGR ``compare_answers(4, '4')`` and
``compare_answers(0.5, '1/2')``); asserts with no verdict (PaperFlow's result-shape test).

Searched in this round and not used: repositories already claimed by another collector or used in
an earlier set (most ``find_string`` hits for ``math_equal(``, ``is_equiv(``, ``grade_answer(``,
``check_answer(``, ``answers_equivalent(``, ``verify_answer(``, ``compare_answers(``,
``grade_math(``: sieval, bonsai-fold, MinooAhmadii/chopthin, project-ymir, eval-power,
HeadEntropy, MathOlmoBenchmark, ai-teaching-miniCPM, genai-studio-sdk, rl-no-backward, Chameleon,
jee-physics-master, tinyrouter / minirouter and their forks, OpenBMB/Meshy, idna-tutor-mvp,
mneme, smolRL, Knowre-Dev/locian-algorithm, pie-framework/math-validation, ototonari/funtasy);
lambda-feedback/SymbolicEqual (its cases are those of lambda-feedback/compareExpressions, used
before); lambda-feedback/IsSimilar (tolerance-parameter verdicts on numbers), ArraySymbolicEqual
and LatexEqual (no live assertions); MirLunaDEV/local-bench (one usable pair; its ``\frac{1}{2}``
vs ``0.5`` = False is a strict-form policy); LayerLens/external-scoring (scoring code, no
assertions); Romez1990/highm-server (integer answers against ``answer + "99"`` only);
oumi-ai/oumi and unslothai/unsloth (no answer-equivalence tests). Files whose repository could not
be named from the index (an ``rlvr`` package with 22 ``answers_equivalent`` pairs, ``mags``,
``src.metrics.math_metrics`` with ``answer_type``, ``app.utils.math_service``) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PFS = "resarytrew/PaperFlow-Stream"
PFS_AT = "backend/tests/test_answer_check.py@e473eb927a0fc8876ff834cdfdc4884669526f0b"
PFS_API = "backend/tests/test_api_integration.py@bd1f89fe6f78753556b37d27887484a5a480302a"
SYM = "gyawalisanish0/symboLM"
SYM_AT = "data/verify_answers.py@126b8ae8b402aef3542df49b20669e75567eb22c"
EGR = "ElbeEagle/EGR"
EGR_AT = "tests/test_batch_reasoning.py@19327ca581da7874682f660e59e671d45572f1c6"

CYR_X = "\u0445"  # CYRILLIC SMALL LETTER HA, which OCR confuses with a Latin x
OTVET = "\u041e\u0442\u0432\u0435\u0442"  # Russian "Answer"
LIST_PRINYAT = "\u041b\u0418\u0421\u0422 \u041f\u0420\u0418\u041d\u042f\u0422"  # "SHEET ACCEPTED"

CASES: list[dict] = [
    # --- resarytrew/PaperFlow-Stream: compare_answers(recognized, expected)["verdict"] ---------
    _c(PFS, PFS_AT, "x=7", "x = 7", True, True, 'test_exact_match: verdict "match"'),
    _c(
        PFS,
        PFS_AT,
        "x = 7",
        CYR_X + "=7",
        True,
        True,
        'test_cyrillic_x_match: Cyrillic \u0445 for x, verdict "match"',
    ),
    _c(PFS, PFS_AT, "1/2", "0,5", True, True, 'decimal comma 0,5 vs 1/2: verdict "match"'),
    _c(
        PFS,
        PFS_AT,
        "1/2",
        OTVET + ": 0.5",
        False,
        True,
        'pupil writes "Otvet: 0.5" (Russian "Answer: 0.5"): verdict "match"',
    ),
    _c(PFS, PFS_AT, "x = 7", "x = 9", True, False, 'test_clear_mismatch: verdict "mismatch"'),
    _c(PFS, PFS_AT, "42", "19", True, False, 'test_short_answers_are_strict: verdict "mismatch"'),
    _c(PFS, PFS_AT, "x = 7", "x = 7.0", True, True, 'test_verdict_matrix, 7.0 == 7: "match"'),
    _c(
        PFS,
        PFS_AT,
        "x=7",
        LIST_PRINYAT,
        True,
        False,
        'test_verdict_matrix: OCR noise "LIST PRINYAT" ("sheet accepted"): "mismatch"',
    ),
    _c(
        PFS,
        PFS_API,
        "x = 7",
        CYR_X + " = 7",
        True,
        True,
        'teacher corrects the text to "\u0445 = 7" (Cyrillic): answerCheck verdict "match"',
    ),
    # --- gyawalisanish0/symboLM: verify_answer(predicted, expected), __main__ self-test ---------
    _c(SYM, SYM_AT, "42", "42", True, True, "verify_answer == True"),
    _c(SYM, SYM_AT, "42", "42.0", True, True, "trailing .0: verify_answer == True"),
    _c(SYM, SYM_AT, "0.5", "1/2", True, True, "fraction vs decimal: verify_answer == True"),
    _c(SYM, SYM_AT, "0.75", r"\frac{3}{4}", True, True, r"\frac vs decimal: == True"),
    _c(SYM, SYM_AT, "true", "True", True, True, "boolean answer, case: verify_answer == True"),
    _c(SYM, SYM_AT, "43", "42", True, False, "assert not verify_answer"),
    # --- ElbeEagle/EGR: compare_answers(predicted, expected) -----------------------------------
    _c(EGR, EGR_AT, "sqrt(3)/3", "sqrt(3)/3", True, True, "compare_answers == True"),
    _c(EGR, EGR_AT, "4", "wrong", True, False, "non-answer text: compare_answers == False"),
]

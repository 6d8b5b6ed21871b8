r"""A fourteenth fresh set of answer-equivalence cases (evaluation only; helper "f": science and
engineering benchmarks and their answer checkers).

Cases follow bench/equiv_fresh3_a.py: ``gold`` is the reference, ``pred`` a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it, ``expected``
the verdict the source states, ``where`` is ``path@commit`` in ``repo`` on github.com. An
extractor test that maps a completion onto a number is read as an equivalence of that completion
with the number (as in equiv_fresh3_a.py). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- microsoft/eureka-ml-insights ``tests/data_utils_tests/aime_utils_tests.py`` and
  ``tests/data_utils_tests/gsm8k_utils_tests.py`` @ 2ff37bd788fe640556187211fe2ca2ae7ba636ed
  (``NumericExtractAnswer`` on ``"Final Answer: {s} "``, ``GSM8KExtractAnswer`` on ``#### n``;
  the expected floats are stored as the test writes them, e.g. ``1.0``), Apache-2.0.
- Jun-Kai-Zhang/MatSciBench ``evaluation/grader.py`` @ 042be2852ea6005a021d03f6501b0a56349bbda0
  (``_test_math_equal``: ``math_equal(prediction, reference)`` with the documented result
  ``# → True``); no license file in the stored copy: two short strings quoted as test data, with
  attribution.

Left out, by rule: extractions that give NaN (no answer: ``t``, the empty string, GSM8K's ``6%``,
``%6`` and ``10`` without ``####``); eureka's ``6%`` -> ``0.06`` (the percent-sign policy, as in
equiv_issues_a); eureka's Omni-MATH tests (they parse a judge's verdict, not an answer) and its
spatial / geometric option metrics (choice among listed options, like multiple-choice letters);
MatSciBench's commented-out pairs (no stated result; the first five are ToRA's
``_test_math_equal``).

Looked at without finding usable cases (claimed in /work/wt/fresh14_claims where marked *):
ScienceOne-AI/ScienceEval* (``benchmarks/SciBench/test_good_verify.py`` prints one pair,
``7.89 \times 10^{-5}`` vs ``7.889122578500967e-05``, with no stated result; its Physics copy's
``is_equiv`` examples print with no stated result; MaScQA ``r1fail`` file carries no
generations), inclusionAI/ABench* (R1 responses to its physics sets with no per-row correctness
label), yale-nlp/Physics* (per-output ``equivalency_results`` are labels of its own SymPy + LLM
judge, not gold labels; several are visibly wrong), mandyyyyii/scibench (no scorer tests; the
``answer_latex`` / ``answer_number`` fields are nearly always the same string),
dair-iitd/jeebench and SushantDaga/jeebench-replication (printed checks only), OpenDFM/SciEval,
THUDM/SciGLM, TIGER-AI-Lab/MMLU-Pro, SuperGPQA/SuperGPQA, HICAI-ZJU/SciKnowEval,
dxzxy12138/PhysReason, GAIR-NLP/MegaScience, causalNLP/CauSciBench, xinwuye/MMSciBench-code,
Melisius/SciBenchmark, axon-rl/gem, QwenLM/Qwen-Agent (no answer-equivalence assertions),
SeePhys/seephys-project (a VLMEvalKit fork), moodleou/moodle-qtype_varnumeric (sig-fig and
factor-of-ten predicates, not equivalence; sibling of the claimed varnumericset), IBM/unitxt
(ChartQA's 5 % relaxed correctness is a tolerance policy). No stored snapshot:
instructure/canvas-lms (too large), PrimeIntellect-ai/prime-environments,
lambda-feedback/symbolicEqual, isSimilar, arraySymbolicEqual, TIGER-AI-Lab/MAmmoTH.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EU = "microsoft/eureka-ml-insights"
EU_C = "2ff37bd788fe640556187211fe2ca2ae7ba636ed"
EU_AIME = f"tests/data_utils_tests/aime_utils_tests.py@{EU_C}"
EU_GSM = f"tests/data_utils_tests/gsm8k_utils_tests.py@{EU_C}"
MS = "Jun-Kai-Zhang/MatSciBench"
MS_W = "evaluation/grader.py@042be2852ea6005a021d03f6501b0a56349bbda0"

# eureka NumericExtractAnswer: "Final Answer: {s} " -> expected float (non-NaN, non-percent rows)
_EU_AIME = [
    ("1", "1.0"),
    ("3", "3.0"),
    ("0$", "0.0"),
    ("5", "5.0"),
    ("-1", "-1.0"),
    ("10", "10.0"),
]
# eureka GSM8KExtractAnswer: raw output -> expected float (non-NaN rows)
_EU_GSM = [
    ("#### 1", "1.0"),
    ("test #### 3", "3.0"),
    ("#### 0", "0.0"),
]
# MatSciBench math_equal(prediction, reference), documented "# → True"
_MS = [
    (r"\frac{4r}{\sqrt{3}}", r"a₀=4r/\sqrt{3}", "answer vs reference written as a₀ = ..."),
    (r"2\sqrt{2}r", r"a₀=4r/\sqrt{2}", "2√2 r = 4r/√2; reference written as a₀ = ..."),
]

CASES: list[dict[str, object]] = (
    [
        _c(
            EU,
            EU_AIME,
            gold,
            f"Final Answer: {s} ",
            False,
            True,
            "NumericExtractAnswer: 'Final Answer:' line",
        )
        for s, gold in _EU_AIME
    ]
    + [
        _c(EU, EU_GSM, gold, raw, False, True, "GSM8KExtractAnswer: number after ####")
        for raw, gold in _EU_GSM
    ]
    + [_c(MS, MS_W, gold, pred, True, True, why) for pred, gold, why in _MS]
)

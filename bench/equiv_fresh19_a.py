r"""A nineteenth fresh set of answer-equivalence cases (evaluation only; helper "a": competition-
and olympiad-math resources).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True) and the verdict the source asserts (``expected``). ``where``
is ``path@commit`` in ``repo`` on github.com. Strings are the values as written in the source file.
Do not tune the judge on these cases.

Source (repo, path @ commit, license):

- lupantech/ineqmath (IneqMath, olympiad inequality benchmark; bound problems ask for the best
  constant ``C``) ``models/prompts/answer_verification_bound.md``
  @ f572cc9c6d2f33e590cb212d0c8b1c1b1d4195ea, MIT (code; the data is CC BY-SA 4.0). The file is
  the authors' hand-written, labelled list of 16 (ground truth, prediction, ``Equivalent:``
  True/False) examples that their answer-verification judge for bound answers is prompted with;
  each example is transcribed with the authors' label. Golds and predictions keep their ``C=`` /
  ``M=`` left-hand sides as written. Every False label was checked to be a real value mismatch
  (e.g. ``3/(3\sqrt[3]{2}+2)`` = 0.519..., not 1/2; ``3^{9/10}`` = 2.6879..., not 2.7144), so
  the verdicts do not depend on the authors' strict-form policy.

- princeton-nlp/CharXiv (chart-reasoning benchmark) ``src/constants.py``
  @ 7ebe88f78dee387691551f071abcb2b9e1a8025b, Apache-2.0 (code). The GPT grading instructions carry
  hand-labelled (ground truth, response, score) examples; only the numeric ones are taken: reasoning
  instruction 3 (identical to instruction 4; its rule's notation examples ``0.01`` / ``10^-2`` and
  ``1500`` / ``1.5e3``, and its two worked examples) and the descriptive ``quant`` and ``ocr``
  number examples. The prediction is the answer the example extracts from its response sentence
  (``why`` quotes the sentence where there is one).

Left out, by rule: IneqMath example 5 (``C=2\pi`` against ``C=6.28318530718``, labelled False
only because a decimal approximation is not accepted: a numeric-tolerance policy, not a value
mismatch). The
file's companion ``answer_extraction_bound.md`` (sentence -> extracted answer) and
``answer_extraction_relation.md`` (multiple-choice letters) are extraction, not equivalence. The
model result dumps under ``results/`` carry no per-answer labels. CharXiv: term / text examples
(curve names, subplot letters, trends, ``n by m`` layouts, enumerations) and golds of ``Not
Applicable``; the duplicate ``1500`` / ``1.5e3`` pair of the worked example (kept once).

Examined without usable cases (tried by name with ``fetch``): RUCAIBox/OlymMATH (its EN and ZH
answer keys are identical strings; ``local_tester.py`` has no tests), ruixiangcui/AGIEval (one
gold per item, Hendrycks ``math_equivalence.py`` copy without tests), open-compass/GPassK
(aggregate results only), DSL-Lab/aops (LiveAoPSBench eval: a copy of the Qwen2.5-Math grader,
already used; ``formalize_ans.py`` only prints normalisations), ModalMinds/MM-EUREKA (LLM-judge
prompts without labelled examples), McGill-NLP/VinePPO (graders without tests). No snapshot:
Kaixuanhuang/MATH-Perturb, dsl-lab/aops (lower case), HAERAE-HUB/HRM8K, brando90/putnam-axiom,
lamalab-org/chembench. Also without usable cases: zwhe99/DeepMath (reward function, no tests),
eth-sri/mathconstruct (construction checkers and answer-parser tests, i.e. notation tests, not
gold-vs-answer equivalence), meta-llama/llama-stack (scoring tests without answer pairs),
alibaba/ChatLearn and QwenLM/PolyMath (graders without tests), meituan-longcat/AMO-Bench (example
responses and aggregate scores, no golds or per-answer labels in the repository),
mistralai/mistral-evals (metrics without tests). pytorch/torchtune was fetched but left to the
collector who had claimed it.
"""

from bench.equiv_rl_suites import collected_case

_INEQ = "lupantech/ineqmath"
_INEQ_AT = "models/prompts/answer_verification_bound.md@f572cc9c6d2f33e590cb212d0c8b1c1b1d4195ea"

# (gold, pred, expected, why): the file's examples 1-4 and 6-16, in order.
_INEQ_ROWS: list[tuple[str, str, bool, str]] = [
    ("C=2", "C=2", True, "ex. 1: identical"),
    ("C=2", "C=1.5", False, "ex. 2: 2 != 1.5"),
    ("C=1.5", r"C=\frac{3}{2}", True, "ex. 3: decimal vs fraction"),
    (r"C=\frac{1}{\sqrt{2}}", r"C=\frac{\sqrt{2}}{2}", True, "ex. 4: rationalised"),
    (r"C=\sqrt{4}", "C=2", True, "ex. 6: sqrt(4) = 2"),
    (r"C=\frac{1}{2}", "C=0.5", True, "ex. 7: fraction vs decimal"),
    (
        r"C=\frac{1}{2}",
        r"C=\frac{3}{3 \sqrt[3]{2} + 2}",
        False,
        "ex. 8: 3/(3*2^(1/3)+2) = 0.519..., not 1/2",
    ),
    (
        r"M=186^3 \cdot \left(\frac{2}{3}\right)^3 + 186^3 \cdot \left(\frac{4.5}{3}\right)^3"
        r" + 186^3 \cdot \left(\frac{12.5}{3}\right)^3",
        "C=3448611",
        False,
        "ex. 9: the gold is about 4.89e8, not 3448611",
    ),
    (r"C=3^{\frac{9}{10}}", r"C=\frac{3}{\sqrt[10]{3}}", True, "ex. 10: 3/3^(1/10) = 3^(9/10)"),
    (r"C=3^{\frac{9}{10}}", "C≈2.7144", False, "ex. 11: 3^(9/10) = 2.6879..., not 2.7144"),
    (
        r"C=\sqrt{\frac{3}{2}}",
        r"C=\frac{3}{2\sqrt{2}}",
        False,
        "ex. 12: squares differ (3/2 vs 9/8)",
    ),
    (
        r"C=\frac{3}{4}",
        r"C=\frac{9}{6\sqrt[3]{3} + 12}",
        False,
        "ex. 13: 9/(6*3^(1/3)+12) = 0.436..., not 3/4",
    ),
    (r"C=\sqrt{\frac{1}{6}}", r"C=\frac{1}{\sqrt{6}}", True, "ex. 14: sqrt(a/b) = sqrt(a)/sqrt(b)"),
    ("C=1", "C=given in the required format.", False, "ex. 15: not an expression"),
    (r"C=\sqrt{\frac{3}{2}}", r"C=\frac{\sqrt{6}}{2}", True, "ex. 16: sqrt(3/2) = sqrt(6)/2"),
]

CASES: list[dict] = [
    collected_case(_INEQ, _INEQ_AT, gold, pred, True, ok, "IneqMath bound-answer judge, " + why)
    for gold, pred, ok, why in _INEQ_ROWS
]

_CHX = "princeton-nlp/CharXiv"
_CHX_AT = "src/constants.py@7ebe88f78dee387691551f071abcb2b9e1a8025b"

# (gold, pred, expected, why)
_CHX_ROWS: list[tuple[str, str, bool, str]] = [
    ("0.01", "10^-2", True, "reasoning inst. 3 rule: different notation, same value"),
    ("1500", "1.5e3", True, "reasoning inst. 3 rule and example 2: scientific notation"),
    ("0.01", "0.012", False, "reasoning inst. 3 example 1: 'The value ... is 0.012.'"),
    ("6", "5", False, "descriptive quant T1"),
    ("4", "4", True, "descriptive quant T3"),
    ("1.00", "1.0", True, "descriptive ocr T1: 'The answer is 1.0'"),
]

CASES += [
    collected_case(_CHX, _CHX_AT, gold, pred, True, ok, "CharXiv grading example, " + why)
    for gold, pred, ok, why in _CHX_ROWS
]

r"""A sixteenth fresh set of answer-equivalence cases (evaluation only; helper "d"): issue and
pull-request threads, in repositories no earlier set used, that either report a wrong verdict of an
answer checker with a concrete (reference, answer) pair, or report a wrong reference answer in a
math dataset and state what the right reference is.

``where`` is ``issues/N`` or ``pull/N`` in ``repo`` on github.com (threads read through the
"issues" corpus). ``gold`` is the reference answer, ``pred`` the answer to be judged (``wrap``
True: a bare answer to be put in ``\boxed{}``) and ``expected`` the verdict the thread establishes.
Strings are the thread's, as written (plain-text expressions are kept plain). Do not tune the judge
on these cases.

Sources (repositories claimed in /work/wt/fresh16_claims as ``OWNER__NAME__issues``):

- openai/grade-school-math (GSM8K), dataset-error threads: issue 7 (items 1-4: the thread says the
  answer "should be" 19200, 80, 64 and 1060), issue 29 (2180, "the dataset offer the wrong answer
  2280") and pull 9 (240, "the data set says 150"; closed unmerged only to keep the test set
  frozen, the maintainer does not dispute the arithmetic). ``gold`` is the corrected answer the
  thread states; ``pred`` is the answer the dataset records, read from
  ``grade_school_math/data/train.jsonl`` (lines 168, 229, 357, 1082) and ``.../test.jsonl`` (lines
  455, 1310) @ 3101c7d5072418e28b9008a6636bde82a006892c (MIT): a model that reproduces the wrong
  label must be rejected against the corrected reference. Each corrected value was re-derived by
  hand from the question before it was kept.
- BunsenFeng/model_collaboration (a model-collaboration research package whose
  ``data/eval.py::normalize_answer`` stripped all punctuation, so math answers were misjudged):
  issue 122 and pull 127 (the fix; its test table and description give the pairs). The check is
  symmetric; ``gold`` is the table's "Input A" (and the first expression the description names).
- Khan/KAS (Khan Academy's JavaScript expression comparer): issue 12 (``(3x+7)/(x+4)`` compared
  with ``(-3x-7)/(-x-4)`` "should evaluate to true every time"; ``gold`` is the reporter's
  ``input``) and issue 9 (``sin(pi)`` against ``0``: the maintainer answers that ``KAS.compare``
  already compares with a tolerance; pull 11 then made ``sin(pi)`` evaluate to exactly 0).

Left out. Threads whose pair was already collected: RLHFlow/Online-DPO-R1 issue 11 and
deepseek-ai/DeepSeek-Coder issue 175 (the ToRA ``_test_math_equal`` pairs). Threads with no stated
pair or no stated right answer: openai/grade-school-math issue 25 and arkilpatel/SVAMP issue 13
(the Cleanlab reports name the dataset's answer but not the right one), grade-school-math issue 7
item 5 (its stated value is cut off in the stored thread), SynthLabsAI/big-math issue 7 (the
dataset's own value for the "gt should be 60" row is not given), sgl-project/sglang pull 29933
(run-on GSM8K extraction, no quoted pair), dhcode-cpp/X-R1 issues 23/53, StarsfieldAI/R1-V issue 38
and huggingface/cookbook issue 335 (reward logs or reward constants, no definite verdict),
NousResearch/atropos issue 295 (a crash, not a verdict). Format policies: hiyouga/EasyR1 pull 382
(``Answer: $13$``, declined as an answer-format choice) and pull 26 (a format bonus). Not math
answers: curie-eng/curie 620 (weather), databricks/officeqa 41. Threads of repositories already used
or claimed were skipped (lm-evaluation-harness, opencompass, helm, evalscope, Qwen2.5-Math,
MathRuler, open-r1, verl, NeMo-Skills, NeMo Gym, NeMo Evaluator, inspect_ai, PostTrainBench,
VLMEvalKit, simple-evals, scitix/sieval, omlx, AISBench, ds4, CoursIA, CUGE, Doenet, XimeraProject,
Khan/khan-exercises, STACK, PrairieLearn, mathjs, deepmind superhuman/proeval, benchlocal-cli, dspy).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GSM = "openai/grade-school-math"
MC = "BunsenFeng/model_collaboration"
KAS = "Khan/KAS"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- GSM8K wrong labels: corrected reference vs the answer the dataset records
    (
        GSM,
        "issues/7",
        "19200",
        "1920",
        True,
        False,
        "Janet's 60% longer movie: thread says 19200; train.jsonl records 1920",
    ),
    (
        GSM,
        "issues/7",
        "80",
        "40",
        True,
        False,
        "200 employees, drive vs public transport: thread says 80; train.jsonl records 40",
    ),
    (
        GSM,
        "issues/7",
        "64",
        "66",
        True,
        False,
        "Highridge quiz bowl points: thread says 64; train.jsonl records 66",
    ),
    (
        GSM,
        "issues/7",
        "1060",
        "2460",
        True,
        False,
        "two bee hives' honey: thread says 1060; train.jsonl records 2460",
    ),
    (
        GSM,
        "issues/29",
        "2180",
        "2280",
        True,
        False,
        "carnival fund-raising total: correct 2180; test.jsonl records 2280",
    ),
    (
        GSM,
        "pull/9",
        "240",
        "150",
        True,
        False,
        "Marin and Nancy, 2*4*30 apples: correct 240; test.jsonl records 150",
    ),
    # --- normalize_answer stripped operators and left stray spaces
    (
        MC,
        "pull/127",
        "18x^3 + 8x^2",
        "18x^3+8x^2",
        True,
        True,
        "spacing around + only; failed before the fix (test table: match)",
    ),
    (
        MC,
        "pull/127",
        "18x^3 + 8x^2",
        "18x^3 - 8x^2",
        True,
        False,
        "sign of the second term differs (test table: no match)",
    ),
    (
        MC,
        "issues/122",
        "x+1",
        "x-1",
        True,
        False,
        "distinct expressions that punctuation removal made identical",
    ),
    (
        MC,
        "issues/122",
        "x + 1",
        "x+1",
        True,
        True,
        "same expression, spacing only; the fix normalizes both identically",
    ),
    # --- Khan/KAS expression comparer
    (
        KAS,
        "issues/12",
        "(3x+7)/(x+4)",
        "(-3x-7)/(-x-4)",
        True,
        True,
        "numerator and denominator both negated; compare() was True only ~90% of runs",
    ),
    (
        KAS,
        "issues/9",
        "0",
        "sin(pi)",
        True,
        True,
        "sin(pi) = 0; KAS compares with a tolerance (pull 11 makes it exactly 0)",
    ),
]

CASES: list[dict[str, object]] = [_c(*row) for row in _ROWS]

r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "b"): labelled
evaluation dumps of a benchmark repository (MathOdyssey) and the worked judging examples of another
benchmark's grader prompt (UGMathBench), neither used by an earlier set.

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, so ``wrap`` is True throughout) and the verdict the source records
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com, and ``why`` names the row
(``Problem_N``). Strings are the values Python reads from the JSON. Do not tune the judge on these
cases.

Sources (repo, path @ commit, license of the stored copy):

- protagolabs/odyssey-math (the MathOdyssey benchmark, NetMind.AI), MIT (LICENSE @ the commit
  below): ``jsonl/eval/result-gpt-4-o1-preview-solution-clean.jsonl``,
  ``jsonl/eval/result-deepseek-v3-Instruct-solution-clean.jsonl`` and
  ``jsonl/eval/result-llama3-70b-solution-clean.jsonl``
  @ fe9e83df06111728e1b06ddaee0a60837c07d6c9. Each row holds the dataset's answer (``true``), the
  final answer extracted from the model's solution (``prediction``) and ``is_correct``, written by
  the repository's ``evaluate_response.py`` with ``agents/evaluate.py``: a GPT-4-turbo
  (2024-04-09) grader prompted as a math teacher to judge mathematical equivalence with the
  question in view (a checker stronger than string matching; some rows hold its whole reply, and
  the verdict is its final ``Score: 0/1``). The labels were read, and every kept label was checked
  by hand; rows whose label is mathematically wrong are left out (listed below), none is flipped.
  One more case is the equivalence the grader's prompt (``agents/evaluate.py``) states as its
  example (``\frac{\sqrt{6}-\sqrt{2}}{2}`` is ``\sqrt{2 - \sqrt{3}}``); the prompt's other example
  (0.913 and 0.91 both accepted) is a tolerance policy and is left out.

Sampling rule (fixed, in file order): skip rows whose gold is a multiple-choice letter (the grader
maps letters to values through the question) or a bare Yes/No (a verdict that needs the question);
rows whose prediction is an extraction placeholder or fragment (``None``, ``<...>``, JSON
objects or lists, text with a line break, a cut string with unbalanced braces or double-escaped
backslashes); rows whose gold and prediction are the same string; rows where both are plain
integers (a plain integer mismatch, the bulk of the wrong answers, says nothing about form); then
the exclusions below; the first 60 remaining rows of each file are taken (o1-preview: Problem_21
to Problem_382; DeepSeek-V3: Problem_7 to Problem_314; Llama-3-70B: Problem_7 to Problem_332).
The other model files were not sampled (most GPT-4-turbo and GPT-4-0125 predictions are sentences
saying no answer was found).

Transcription: the gold loses the dataset's LaTeX layout tail (``\\``, ``\noindent``), the
surrounding ``$`` and a final period (``$\frac{8}{3}$`` is stored as ``\frac{8}{3}``); the
prediction loses the ``",`` tail its JSON extraction left on some rows (``7",`` is ``7``).

Left out, by rule: labels that are mathematically wrong (o1-preview Problem_7 ``100!`` vs ``100``
marked correct, Problem_264 ``\log(5 (x-7)^2/(x+4)^3)`` vs ``log([5 (x - 1)^2]/[(x + 4)^3])``
marked correct, Problem_330 ``\frac{\pi}{8} + \frac{1}{4}`` vs ``(π + 2)/8`` marked wrong;
DeepSeek-V3 Problem_112 ``\frac{3}{10}`` vs ``51/170`` marked wrong; Llama-3-70B Problem_319
``1.25`` vs ``-\frac{5}{4}`` marked correct); rows whose verdict rests on a rounding tolerance
(a gold rounded to two decimals against an exact or longer value that rounds to it, or near it:
the grader's prompt accepts two decimals, and it judged such rows both ways: o1-preview Problems
267, 309, 323, 324, 355, 356, 358, 360, 366; DeepSeek-V3 Problems 267, 309, 324, 355, 356, 360,
363, 366, 367, 377, 379; Llama-3-70B Problem_309, ``1.62`` vs ``φ``) or on a decimal
approximation of an exact gold (DeepSeek-V3 Problems 81, 325, 327); a dropped unit (DeepSeek-V3
Problem_180 ``4ft`` vs ``4.0``);
a gold giving two forms joined by "or" (Problem_333); an answer in words whose reading is unclear
(Problem_109 ``2`` vs ``two interlinked loops``, DeepSeek-V3 and Llama-3-70B); an empty prediction.

- YangLabHKUST/UGMathBench ``data/judge_prompt_v3.txt`` @ df47bfa639bfb89bdb0220036a7b2f216e72b0b3,
  GPL-3.0 (LICENSE @ the same commit): the worked examples of its LLM grader's prompt, each a
  reference answer, the student's boxed answer and the authors' ``Equivalence Judgement``
  (TRUE/FALSE). Kept: the two examples that do not rest on a tolerance (a two-slot answer in
  another notation, TRUE; three functions in the wrong order, FALSE). Left out: three examples
  decided by the prompt's own 1e-3 relative tolerance (``sqrt(7/3), -[sqrt(7/3)]`` vs
  ``1.528, -1.528`` TRUE; ``59.8122`` vs ``59.88`` FALSE; ``atan(0.38)+1`` vs ``1.3649`` FALSE).
  The ``__main__`` block of ``judge_rule.py`` only prints (no stated verdicts).

Tried and not used (no snapshot, or no equivalence assertion or labelled pairs found):
sarahmart/HARDMath (data and evaluation scripts only, no labelled responses), knoveleng/open-rs
(aggregate lighteval result files), ElliottYan/LUFFY (a copy of oat's grader, no grader test),
InternLM/OREAL (judger code, no tests), XiaomiMiMo/MiMo (no code), mosaicml/llm-foundry (no math
equivalence test), apple/ml-gsm-symbolic (generated problems only), allenai/olmes (no snapshot),
GAIR-NLP/AIME-Preview (a ToRA-style grader, no tests or labels), GAIR-NLP/O1-Journey (documents
only), google/lmeval (scorer tests, none for math), TIGER-AI-Lab/MEGA-Bench (metrics, no tests),
Xwin-LM/Xwin-LM (Xwin-Math answer checkers, no tests), RUCAIBox/JiuZhang3.0 and microsoft/rho
(ToRA's evaluation harness copied, no tests), open-thoughts/open-thoughts (judge code, no tests),
simplescaling/s1 (its Claude grading notebook writes the graded data to the Hub, not the
repository), satori-reasoning/Satori (no matching files), dvlab-research/Step-DPO (test data
only), huggingface/smollm (no math grader test), meta-llama/llama-stack-evals (no snapshot),
hkust-nlp/RL-Verifier-Pitfalls (code only, as earlier sets found).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ODY = "protagolabs/odyssey-math"
ODC = "fe9e83df06111728e1b06ddaee0a60837c07d6c9"
O1F = f"jsonl/eval/result-gpt-4-o1-preview-solution-clean.jsonl@{ODC}"
DSF = f"jsonl/eval/result-deepseek-v3-Instruct-solution-clean.jsonl@{ODC}"

# (problem number, gold, prediction, GPT-4-turbo grader's verdict), in file order
_O1_ROWS = [
    (
        21,
        "251,7",
        "There are no values of 'a' and 'b' that satisfy the given equation under the specified conditions.",
        False,
    ),
    (54, r"\frac{8}{3}", "8/3", True),
    (63, "0", "4.0", False),
    (66, r"(0,\frac{1}{2}) \cup (2,+\infty)", "All real numbers a such that a > 2.", False),
    (69, r"\frac{\sqrt{6}-\sqrt{2}}{2}", "(√6 - √2) / 2", True),
    (79, "3", "sqrt(77) - 3", False),
    (80, r"\frac{869}{27}", "869/27", True),
    (81, r"5+2 \sqrt{3}", "5 + 2√3", True),
    (86, r"\frac{4}{3}", "c = 4/3", True),
    (87, r"\frac{7}{10}\pi", "(7π)/10", True),
    (88, r"\frac{\sqrt{2}}{3}", "-(√3)/4", False),
    (89, r"-\frac{1}{4}", "1", False),
    (91, r"4 \sqrt{2}", "4√2", True),
    (92, r"\frac{4}{29} \sqrt{29}", "(4 * sqrt(29)) / 29", True),
    (97, r"\frac{\sqrt{15}}{3}", "√2", False),
    (99, "90", "arccos(3/5)", False),
    (100, r"\sqrt{15}", "8", False),
    (101, r"\frac{8}{17}", "8/17", True),
    (103, r"\frac{1}{2}", "-1", False),
    (104, r"\frac{\sqrt{30}}{12}", "(√30)/12", True),
    (105, r"\sqrt{3}", "√3", True),
    (106, r"\sqrt{23}", "3√3", False),
    (110, r"\frac{\sqrt{6}}{3}", "sqrt(6)/3", True),
    (112, r"\frac{3}{10}", "1/40", False),
    (114, r"\frac{13}{288}", "23/480", False),
    (117, r"\frac{3}{17}", "1/5", False),
    (127, r"\frac{40}{243}", "40/243", True),
    (135, "2024", "2^2024 - 1", False),
    (136, "2^{22}", "2", False),
    (179, "y=-5x-3", "y = -5x - 3", True),
    (180, "4ft", "4 ft", True),
    (182, "x=-1", "-1", True),
    (183, "5 Robins", "15", False),
    (213, r"\$ 9681.72", "10254.91", False),
    (214, "13.45 years", "12.995", False),
    (
        263,
        r"2 \ln x+3 \ln \left(y^{2}-z\right)-\frac{1}{2} \ln (y+1)",
        "2 ln x + 3 ln(y^2 - z) - (1/2) ln(y + 1)",
        True,
    ),
    (265, "4/9", "x = 4/9", True),
    (266, "2 x^{2}+x-1", "2x^2 + x - 1", True),
    (287, r"y = ce^{-\frac{1}{x}}+1", "y(x) = 1 + K * exp(-1/(2 x^2))", False),
    (304, "-2", "a can be any real number", False),
    (311, "x^4-10x^2+1", "x^4 - 10x^2 + 1 = 0", True),
    (312, "x^2-8x+7", "x^2 - 8x + 7", True),
    (319, "1.25", "5/4", True),
    (321, "3^5", "243", True),
    (325, r"-\frac{ e}{2}", "-(e)/2", True),
    (326, r"\ln\sqrt{3}", "(1/4) * ln(3)", False),
    (327, r"\frac{\pi}{2}", "π/2", True),
    (331, r"\frac{\pi}{4}", "π⁄4", True),
    (332, r"8+\pi", "8 + π", True),
    (334, r"\frac{3}{2}-\frac12 e^{-1}", "3/2 - 1/(2e)", True),
    (337, "2e", "2 * e", True),
    (361, "0.70", "0.4120", False),
    (362, "0.93", "Var(X) = (10 / e) - (16 / e^2)", False),
    (364, "1.69", "ln(2)", False),
    (365, "0.25", "1/4", True),
    (368, "N2^{-N}", "N / 2^N", True),
    (369, "0.61", "1", False),
    (370, "0.80", "4/5", True),
    (379, "(38.90, 2792.41)", "(34.52, 2793.00)", False),
    (382, r"2\theta^2/n", "(2 * θ^2) / (3n)", False),
]

_DS_ROWS = [
    (7, "100!", "125", False),
    (11, "13", "12.923", False),
    (27, "31", "∞", False),
    (28, "10", "0.0", False),
    (43, "154", "No solution exists under the given conditions.", False),
    (47, "4", "infinitely many", False),
    (52, "0", "0.0", True),
    (53, "2", "3.0", False),
    (54, r"\frac{8}{3}", "3.0", False),
    (55, "35", "36.75", False),
    (58, "2", "2.0", True),
    (59, r"\frac{\sqrt{2}}{2}", "2.0", False),
    (65, "8", "4.0", False),
    (66, r"(0,\frac{1}{2}) \cup (2,+\infty)", "a < 1 or a > 2", False),
    (79, "3", "5*sqrt(2) - 3", False),
    (80, r"\frac{869}{27}", "75.0", False),
    (82, "-1", "-1.0", True),
    (85, "1", "1.0", True),
    (86, r"\frac{4}{3}", "2.0", False),
    (87, r"\frac{7}{10}\pi", "7/10 * pi", True),
    (89, r"-\frac{1}{4}", "-0.6666666666666666", False),
    (90, "120", "120.0", True),
    (91, r"4 \sqrt{2}", "4.0", False),
    (93, r"2 \sqrt{7}", "4.0", False),
    (97, r"\frac{\sqrt{15}}{3}", "2/sqrt(3)", False),
    (99, "90", r"90^\circ", True),
    (100, r"\sqrt{15}", "6", False),
    (101, r"\frac{8}{17}", "√3/2", False),
    (103, r"\frac{1}{2}", "0.0", False),
    (104, r"\frac{\sqrt{30}}{12}", "1/12", False),
    (105, r"\sqrt{3}", "3.0", False),
    (106, r"\sqrt{23}", "4.821", False),
    (111, "1", "1.0", True),
    (114, r"\frac{13}{288}", "1/12", False),
    (117, r"\frac{3}{17}", "1", False),
    (118, "101", "100.0", False),
    (120, "51", "100! + 1", False),
    (127, r"\frac{40}{243}", "40/243", True),
    (135, "2024", "2.0", False),
    (136, "2^{22}", "66!", False),
    (179, "y=-5x-3", "y = -5x - 3", True),
    (181, "-3", "-3.0", True),
    (182, "x=-1", "-1.0", True),
    (183, "5 Robins", "15", False),
    (213, r"\$ 9681.72", "10251.31", False),
    (214, "13.45 years", "13", False),
    (262, "2", "2.0", True),
    (266, "2 x^{2}+x-1", "2x^2 + x - 1", True),
    (288, "10", "10.0", True),
    (289, "21", "21.0", True),
    (298, "1", "1.0", True),
    (299, "4", "4.0", True),
    (300, "-1", "-1.0", True),
    (304, "-2", "3.5", False),
    (307, "4", "4.0", True),
    (308, "3", "3.0", True),
    (311, "x^4-10x^2+1", "x^4 - 10x^2 + 1", True),
    (312, "x^2-8x+7", "x^3 - 9x^2 + 23x - 15", False),
    (313, "1", "1.0", True),
    (314, "-5", "-5.0", True),
]

_LL_ROWS = [
    (7, "100!", "50", False),
    (54, r"\frac{8}{3}", "8", False),
    (59, r"\frac{\sqrt{2}}{2}", "2", False),
    (66, r"(0,\frac{1}{2}) \cup (2,+\infty)", "(0, 1) U (1, infinity)", False),
    (67, r"\sqrt{19}", "2", False),
    (69, r"\frac{\sqrt{6}-\sqrt{2}}{2}", "1", False),
    (80, r"\frac{869}{27}", "43", False),
    (81, r"5+2 \sqrt{3}", "7", False),
    (86, r"\frac{4}{3}", "sqrt(2)", False),
    (87, r"\frac{7}{10}\pi", "(π/2)", False),
    (88, r"\frac{\sqrt{2}}{3}", r"\frac{11}{13}", False),
    (89, r"-\frac{1}{4}", "1", False),
    (91, r"4 \sqrt{2}", "8", False),
    (92, r"\frac{4}{29} \sqrt{29}", "1/√10", False),
    (93, r"2 \sqrt{7}", "4", False),
    (97, r"\frac{\sqrt{15}}{3}", r"\sqrt{\frac{3}{2}}", False),
    (99, "90", r"150^\circ", False),
    (100, r"\sqrt{15}", "8", False),
    (101, r"\frac{8}{17}", r"\frac{\sqrt{3}}{2}", False),
    (103, r"\frac{1}{2}", r"\frac{7}{30}", False),
    (104, r"\frac{\sqrt{30}}{12}", r"\frac{\sqrt{11}}{6}", False),
    (105, r"\sqrt{3}", "2", False),
    (106, r"\sqrt{23}", "12", False),
    (110, r"\frac{\sqrt{6}}{3}", r"\frac{\sqrt{3}}{2}", False),
    (112, r"\frac{3}{10}", "35/136", False),
    (114, r"\frac{13}{288}", "0.645", False),
    (117, r"\frac{3}{17}", "1/15", False),
    (127, r"\frac{40}{243}", "2/5", False),
    (136, "2^{22}", "110", False),
    (179, "y=-5x-3", "y = -5x - 3", True),
    (180, "4ft", "40", False),
    (182, "x=-1", "x = 2", False),
    (183, "5 Robins", "15", False),
    (212, "a. 3, b. 4", "-3", False),
    (213, r"\$ 9681.72", "$7,131.41", False),
    (214, "13.45 years", "10", False),
    (215, "-4", "x = -8 or x = 2", False),
    (
        263,
        r"2 \ln x+3 \ln \left(y^{2}-z\right)-\frac{1}{2} \ln (y+1)",
        r"2\*ln(x) + 3\*ln(y^2-z) - (1/2)\*ln(y+1)",
        True,
    ),
    (
        264,
        r"\log \left(5 \times (x-7)^{2} /(x+4)^{3}\right)",
        "log((125^(1/3)*(x-1)^2)/(x+4)^3)",
        False,
    ),
    (265, "4/9", "x = 1/3", False),
    (266, "2 x^{2}+x-1", "2x^2 + 2x - 1", False),
    (267, "5242.88", "12800", False),
    (287, r"y = ce^{-\frac{1}{x}}+1", "y = 1 + cx^(-2)", False),
    (292, "13.5", "10", False),
    (311, "x^4-10x^2+1", "x^4 - 10x^2 + 1", True),
    (312, "x^2-8x+7", "(x-7)(x-1)", True),
    (313, "1", "-0.5", False),
    (316, "2", "a = 2", True),
    (318, "1", "e", False),
    (320, "2", "x = 2 or x = 6", False),
    (321, "3^5", "112", False),
    (322, "0", "> 0", False),
    (323, "3.43", "8", False),
    (324, "0.42", "1/2", False),
    (325, r"-\frac{ e}{2}", "1", False),
    (326, r"\ln\sqrt{3}", r"\ln(2)", False),
    (327, r"\frac{\pi}{2}", "1", False),
    (330, r"\frac{\pi}{8} + \frac{1}{4}", r"\frac{\pi}{4}", False),
    (331, r"\frac{\pi}{4}", "π/√2", False),
    (332, r"8+\pi", "8π", False),
]

LLF = f"jsonl/eval/result-llama3-70b-solution-clean.jsonl@{ODC}"
CASES: list[dict] = [
    _c(ODY, O1F, gold, pred, True, ok, f"MathOdyssey o1-preview Problem_{n}, GPT-4 grader")
    for n, gold, pred, ok in _O1_ROWS
]
CASES += [
    _c(ODY, DSF, gold, pred, True, ok, f"MathOdyssey DeepSeek-V3 Problem_{n}, GPT-4 grader")
    for n, gold, pred, ok in _DS_ROWS
]
CASES += [
    _c(ODY, LLF, gold, pred, True, ok, f"MathOdyssey Llama-3-70B Problem_{n}, GPT-4 grader")
    for n, gold, pred, ok in _LL_ROWS
]
CASES.append(
    _c(
        ODY,
        f"agents/evaluate.py@{ODC}",
        r"\frac{\sqrt{6}-\sqrt{2}}{2}",
        r"\sqrt{2 - \sqrt{3}}",
        True,
        True,
        "MathOdyssey grader prompt's stated equivalence example",
    )
)

UGM = "YangLabHKUST/UGMathBench"
UGP = "data/judge_prompt_v3.txt@df47bfa639bfb89bdb0220036a7b2f216e72b0b3"
CASES += [
    _c(
        UGM,
        UGP,
        "400000-y, 400000*[1-exp(ln(0.5)*t/8)]",
        r"400000 - y(t),\ 400000 \left(1 - e^{ -\frac{\ln 2}{8} t} \right)",
        True,
        True,
        "grader prompt example 1: two slots, exp(ln(0.5) t/8) = e^(-ln2 t/8); judged TRUE",
    ),
    _c(
        UGM,
        UGP,
        "1 - cos(y), y^2*e^{-y^2}, ln(1 + y^2)",
        r"1 - \cos(y), \ln(1 + y^2), y^2 e^{-y^2}",
        True,
        False,
        "grader prompt example 3: ordered answer (increasing order), slots 2 and 3 swapped; FALSE",
    ),
]

r"""A fifth fresh set of answer-equivalence cases (evaluation only; helper "b": math-grader test
files found through verify_answer / is_correct / score_math / test_math_verify / test_math_eval
style searches; the second part, with pytorch/torchtitan and four more sources, is
equiv_fresh5_b2.py).

curate's judge was not run on these cases while collecting them, and nothing here may be used to
tune it. Conventions as in equiv_fresh3_a.py: ``gold`` is the reference answer, ``pred`` the
prediction (a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as the test passes it), ``expected`` the verdict the test asserts, ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"\\frac"`` is stored as ``r"\frac"``). Within one file a repeated (gold, pred) pair is
kept once.

Sources (none of them in bench/data/README.md, the equiv_issues_* threads, the equiv_fresh3_* or
equiv_fresh4_* docstrings or the fifth set's claims when claimed; no license file was found in
the stored copies, so short test strings are quoted as test data, with attribution):

- datdaide1/vi-math-smt ``tests/test_math_verify.py`` @ cc645abafc78a0755140c183171518d2a8bacbab
  (``is_correct(pred, gold)`` CASES table: hand-labelled cases of a Vietnamese math-verifier).
- leonalav/turbopresto ``tests/test_math_verify.py`` @ 71959e19b49063e37f2def1d9644d4ca5d335335
  (``is_equiv(pred, gold)`` of ``src/utils/math_verify.py``, whose signature names the order).
- atomwalk12/linalg-zero ``tests/test_math_verify.py`` @ 75b6b4cc5eca1c12ef821bacb58ceaa13a59cda8
  (``verify_answers(completion, ground_truth)`` of its GRPO linear-algebra verifier).
- sangwansahil/elmo-harness ``tests/test_math_eval.py`` @ bb1191ccd59184df985bd778982fde5d81360a02
  (``math_equivalent(predicted, gold)``).
- philkre/synergistic-cores ``tests/test_math_eval.py`` @ 6eef21566daa69ba1c2428a18c25362c97a2f2a3
  (``normalize(a) == normalize(b)`` read as an equivalence, the second argument as the gold, as
  equiv_fresh3_a reads normalisers; ``is_correct(completion, gold)``).
- bancheng2345/rotating_lora_research ``tests/test_math_eval.py``
  @ 20927c48ad3477d5089b9326f0d1885524fd46e8 (``exact_match(prediction, gold)``,
  ``normalize_math_answer`` mappings).
- zhangjf314/MiniLLM-Forge ``tests/test_math_eval.py`` @ 804205ce055fbaea963d51e75422c53a6b4458aa
  (``exact_match(prediction, reference)``; the reference ``#### 1200`` is stored as the ``1200``
  the suite extracts; ``normalize_answer`` mapping).
- juniper-tc02e/quorumqa ``tests/test_math_grade.py`` @ 40372fbfc1a98bd0df3c0e5f286081a9a9e216a5
  (``grade(gold, pred)``: EQUIVALENT / NON_EQUIVALENT tables, the fail-closed and identity
  asserts, ``_normalize`` mappings; its symmetry test is not transcribed a second time).
- AnushreeM2701/LLM_Project ``tests/test_answer_evaluator.py``
  @ 9b483bb78dee82f55ba5e3eb751aaa16bce5af8f (``is_correct(ground_truth, prediction)``,
  ``evaluate_response(ground_truth, prediction)``).
- shougangu/balance-budget ``tests/test_math_scoring.py`` @ 61078d98f4888b16078a6657eb4424d2453e20e6,
  ``tests/test_math500_scoring.py`` @ 63cc7982bb479870fed41b4ef6bbe01dfd231485,
  ``tests/test_gsm8k_scoring.py`` @ 2ae73a3ff6636303a36c3bb60bdcf84b198e4b4a and
  ``tests/test_reward_functions.py`` @ 68e98df8debba06ac82dc12fd2452bd7e25d9d29
  (``is_correct(completion, reference)`` of three scorers, GSM8K ``normalize_answer`` mappings,
  ``gsm8k_reward_func``; the reference ``#### 42`` is stored as ``42``).
- JasonNguyen31/QD-RSR-Project ``tests/common/test_answers.py``
  @ 430ee56f350ac2ae358a4568ea85985f6469878f (``is_equiv(pred, gold)``; its sympy pairs asserted in
  both orders are stored once, the second as the gold; ``grade(output, gold)``).
- toddwbucy/PumpkinSpice ``tests/test_bench_math.py`` @ 858d262d71050f28caa16c93c524bb322ad7acd8
  (``normalize_answer`` mappings, ``grade(output, gold_solution)`` with the gold solution's box
  stored as the gold, ``is_equiv(pred, gold)`` including its math-verify notation cases and
  comma-count guard).

Left out, by rule:
- the percent sign, a policy the graders disagree on (vi-math-smt ``\boxed{20\%}`` = ``20``,
  turbopresto ``50%`` = ``0.5``, synergistic-cores ``10\%`` = ``10``, quorumqa ``50\%`` = ``50``,
  LLM_Project ``0.5`` = ``50%`` and ``25%`` = ``0.25``, QD-RSR ``10\%`` = ``10``, PumpkinSpice
  ``50\%`` -> ``50``), as in equiv_fresh3_a; LLM_Project's ``10\%`` = ``10%`` (a percent on
  both sides) is kept;
- the locale conventions of one dataset: vi-math-smt's Vietnamese decimal comma and thousands
  dot (``3,14`` = ``3.14``, ``\boxed{2,5}`` = ``2.5``, ``0,5`` = ``1/2``, ``1.000.000`` =
  ``1000000`` and its ``1000001`` negative, ``giá là 885.000 đồng``, ``Diện tích là 15,5 m²``);
- multiple-choice letters (synergistic-cores ``\text{(C)}`` = ``(C)``, QD-RSR ``\text{(A)}`` =
  ``(A)``);
- verdicts a suite gives against mathematical equality as a deliberate policy: QD-RSR
  ``x+1`` != ``1+x`` ("with unknowns, do not conclude") and ``e`` != ``2.718281828459045``
  ("letter constants: do not guess");
- format policies: linalg-zero's rejection of ``<answer>``-tagged completions and of an
  unmarked ``The answer is 42`` (its verifier compares the raw completion), balance-budget's
  MATH-500 scorer's rejection of an unmarked ``The answer is 9``, QD-RSR's ``no_boxed``
  ``Đáp án là 5``, empty predictions and golds and ``None`` inputs (all suites);
- extraction-only and normaliser tests that map no answer onto another form (``extract_answer``,
  ``last_boxed``, ``extract_final_answer``), and the duplicate normaliser case of
  rotating_lora_research (``\boxed{\frac{10}{20}}`` -> ``1/2``, the same pair as its
  ``exact_match`` case); balance-budget's ``normalize_answer("ABC") == "abc"`` and its repeated
  conversational-format reward case; PumpkinSpice's ``regrade_rows`` repeats and the normaliser
  cases that leave a string unchanged; quorumqa's ``_as_seq`` / ``_as_multiset`` internals.
Looked at without equivalence assertions to transcribe: Clayqi/edu-agent and
danielmigueltejedor/studium ``tests/test_math_verify.py`` (symbolic tool tests, no answer
grading), michaelellis003/LMT and Molight1007/math-ai-evaluator ``tests/test_math_eval.py``
(mocked model output, an expression evaluator), jamesdchen/verification-begets-verification-
(predicate evaluation).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VI = "datdaide1/vi-math-smt"
VI_AT = "tests/test_math_verify.py@cc645abafc78a0755140c183171518d2a8bacbab"
TURBO = "leonalav/turbopresto"
TURBO_AT = "tests/test_math_verify.py@71959e19b49063e37f2def1d9644d4ca5d335335"
LINALG = "atomwalk12/linalg-zero"
LINALG_AT = "tests/test_math_verify.py@75b6b4cc5eca1c12ef821bacb58ceaa13a59cda8"
ELMO = "sangwansahil/elmo-harness"
ELMO_AT = "tests/test_math_eval.py@bb1191ccd59184df985bd778982fde5d81360a02"
SYN = "philkre/synergistic-cores"
SYN_AT = "tests/test_math_eval.py@6eef21566daa69ba1c2428a18c25362c97a2f2a3"
LORA = "bancheng2345/rotating_lora_research"
LORA_AT = "tests/test_math_eval.py@20927c48ad3477d5089b9326f0d1885524fd46e8"
FORGE = "zhangjf314/MiniLLM-Forge"
FORGE_AT = "tests/test_math_eval.py@804205ce055fbaea963d51e75422c53a6b4458aa"

QQA = "juniper-tc02e/quorumqa"
QQA_AT = "tests/test_math_grade.py@40372fbfc1a98bd0df3c0e5f286081a9a9e216a5"
ANU = "AnushreeM2701/LLM_Project"
ANU_AT = "tests/test_answer_evaluator.py@9b483bb78dee82f55ba5e3eb751aaa16bce5af8f"
BB = "shougangu/balance-budget"
BB_MS = "tests/test_math_scoring.py@61078d98f4888b16078a6657eb4424d2453e20e6"
BB_M500 = "tests/test_math500_scoring.py@63cc7982bb479870fed41b4ef6bbe01dfd231485"
BB_GSM = "tests/test_gsm8k_scoring.py@2ae73a3ff6636303a36c3bb60bdcf84b198e4b4a"
BB_RW = "tests/test_reward_functions.py@68e98df8debba06ac82dc12fd2452bd7e25d9d29"

QDR = "JasonNguyen31/QD-RSR-Project"
QDR_AT = "tests/common/test_answers.py@430ee56f350ac2ae358a4568ea85985f6469878f"
PUMP = "toddwbucy/PumpkinSpice"
PUMP_AT = "tests/test_bench_math.py@858d262d71050f28caa16c93c524bb322ad7acd8"

# (gold, pred, wrap, expected, why) per source
_VI_ROWS = [
    ("42", "42", True, True, "is_correct: integers"),
    ("43", "42", True, False, "is_correct: integers"),
    ("120", "The answer is 120.", False, True, "is_correct: integers"),
    ("-7", "-7", True, True, "is_correct: integers"),
    ("7", "007", True, True, "is_correct: integers (leading zeros)"),
    ("365", r"... nên \(x=365\). Vậy \(\boxed{365}\).", False, True, "is_correct: boxed"),
    ("11/3", r"\boxed{\dfrac{11}{3}}", False, True, "is_correct: boxed"),
    ("365", r"blah \boxed{365 \text{ nghìn đồng}}", False, True, "is_correct: boxed, unit"),
    (
        "365; 520",
        r"\boxed{365 \text{ nghìn đồng}; 520 \text{ nghìn đồng}}",
        False,
        True,
        "is_correct: boxed pair with units",
    ),
    ("18", "Chi tiết...\n#### 18", False, True, "is_correct: #### GSM8K"),
    ("19", "... #### 18", False, False, "is_correct: #### GSM8K"),
    ("0.5", "1/2", True, True, "is_correct: simple fractions"),
    ("3.5", "7/2", True, True, "is_correct: simple fractions"),
    ("1/2", "2/4", True, True, "is_correct: simple fractions"),
    ("3.5", r"\frac{7}{2}", True, True, "is_correct: simple fractions"),
    ("-0.75", r"\dfrac{-3}{4}", True, True, "is_correct: simple fractions"),
    ("0.333", r"\frac{1}{3}", True, False, "is_correct: 3-dp gold is not exactly 1/3"),
    ("1.4142135623730951", r"\sqrt{2}", True, True, "is_correct: radicals"),
    (r"\sqrt{12}", r"2\sqrt{3}", True, True, "is_correct: radicals"),
    ("3", r"\boxed{\sqrt{9}}", False, True, "is_correct: radicals"),
    ("(3.5, 1)", r"\left( \frac{7}{2}; 1 \right)", True, True, "is_correct: tuples"),
    ("(1, 3)", "(1, 2)", True, False, "is_correct: tuples"),
    ("-1", "x = -1", True, True, "is_correct: tuples / coordinates"),
    ("(2, 3)", "(x;y) = (2;3)", True, True, "is_correct: tuples / coordinates"),
    ("51", "51 đô la", True, True, "is_correct: units / text noise"),
    ("120", "120 km", True, True, "is_correct: units / text noise"),
    ("682", r"\boxed{682\ \text{nghìn đồng}}", False, True, "is_correct: units"),
    ("120", "Vậy quãng đường là 120 km.", False, True, "is_correct: units / text noise"),
    ("45", r"45^\circ", True, True, "is_correct: degree"),
    ("5*x", "2*x + 3*x", True, True, "is_correct: expression equivalence"),
    ("x", r"\frac{x}{2} + \frac{x}{2}", True, True, "is_correct: expression equivalence"),
    ("5", "không biết", False, False, "is_correct: clearly wrong ('I don't know')"),
]

_TURBO_ROWS = [
    ("z^2", "x^2 + y^2 = z^2", True, False, "M1: equation vs its last token"),
    ("a^2 + b^2 = z^2", "x^2 + y^2 = z^2", True, False, "M1: same last token"),
    ("c = b", "a = b", True, False, "M1: same last token"),
    ("42", "42", True, True, "plain number exact"),
    ("3.14", "3.14", True, True, "plain number exact"),
    ("99", "99", True, True, "plain number exact"),
    ("0.5", "1/2", True, True, "numeric equivalence"),
    ("1/2", "0.5", True, True, "numeric equivalence"),
    ("-3.14", "-3.14", True, True, "numeric equivalence"),
    ("3.14159", "3.14159", True, True, "numeric tolerance: identical"),
    ("3.14160", "3.14159", True, False, "numeric tolerance: diff 1e-5 > tol 1e-6"),
    ("3.14159266", "3.14159265", True, True, "numeric tolerance: diff 1e-8 < tol 1e-6"),
    ("42", "answer = 42", True, True, "answer = N vs N"),
    ("7", "ans = 7", True, True, "answer = N vs N"),
    ("3.14", "result = 3.14", True, True, "answer = N vs N"),
    ("7", "answer = 42", True, False, "answer = N vs different N"),
    ("answer = 7", "answer = 42", True, False, "answer = N vs different N"),
    ("43", "42", True, False, "different value"),
]

_LINALG_ROWS = [
    ("42", "42", True, True, "exact match"),
    ("-17.5", "-17.5", True, True, "exact match"),
    ("[[1, 2], [3, 4]]", "[[1, 2], [3, 4]]", True, True, "exact match (matrix)"),
    ("[1, 2, 3]", "[1, 2, 3]", True, True, "exact match (vector)"),
    ("0", "0", True, True, "exact match"),
    ("1.5e-10", "1.5e-10", True, True, "exact match"),
    ("5", "5", True, True, "exact match"),
    ("43", "42", True, False, "clear mismatch"),
    ("17.5", "-17.5", True, False, "clear mismatch (sign)"),
    ("[[4, 3], [2, 1]]", "[[1, 2], [3, 4]]", True, False, "clear mismatch (matrix reversed)"),
    ("[3, 2, 1]", "[1, 2, 3]", True, False, "clear mismatch (vector reversed)"),
    ("0", "5", True, False, "clear mismatch"),
    ("[[1, 2], [3, 4]]", "[[1, 2], [3, 4", True, False, "malformed: unclosed matrix"),
    ("42.5", "42.5.6", True, False, "malformed number"),
    ("42", "Multiple answers: 42 and 24", False, False, "malformed: two answers"),
    ("[[1, 2]]", "[[1, 2]] and [[3, 4]]", True, False, "malformed: two matrices"),
    ("2", "2.0", True, True, "mathematical equivalence"),
    ("[[1, 2], [3, 4]]", "[[1.0, 2.0], [3.0, 4.0]]", True, True, "mathematical equivalence"),
    ("0", "0.0", True, True, "mathematical equivalence"),
    ("0", "-0", True, True, "mathematical equivalence"),
    ("42", "No numbers here", False, False, "invalid input"),
    ("42", "The result is undefined", False, False, "invalid input"),
]

_ELMO_ROWS = [
    ("42", "42", True, True, "math_equivalent: numeric"),
    ("42", "42.0", True, True, "math_equivalent: numeric"),
    ("1234", "1,234", True, True, "math_equivalent: thousands separator"),
    ("43", "42", True, False, "math_equivalent: numeric"),
    ("yes", "yes", True, True, "math_equivalent: string fallback"),
    ("no", "yes", True, False, "math_equivalent: string fallback"),
]

_SYN_ROWS = [
    (
        r"(3,\frac{\pi}{2})",
        r"\left( 3, \frac{\pi}{2} \right)",
        True,
        True,
        "normalize: \\left/\\right and spaces",
    ),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "normalize: dfrac"),
    ("5", r"5^\circ", True, True, "normalize: degree sign"),
    ("7", "7.", True, True, "normalize('7.') == '7'"),
    (r"\frac{1}{2}", r"The answer is \boxed{\dfrac{1}{2}}.", False, True, "is_correct"),
    ("4", r"\boxed{3}", False, False, "is_correct"),
    ("4", "no box", False, False, "is_correct: no answer"),
]

_LORA_ROWS = [
    ("0.5", "  0.5000 ", True, True, "normalize_math_answer('  0.5000 ') == '0.5'"),
    ("12", r"The answer is \boxed{12}.", False, True, "exact_match uses normalization"),
    ("1/2", r"\frac{10}{20}", True, True, "exact_match uses normalization"),
    ("12", "13", True, False, "exact_match"),
]

_FORGE_ROWS = [
    ("1200", "Final answer: 1,200.", False, True, "exact_match vs '#### 1200' (gold extracted)"),
    ("(x)", r"$\left(\mathrm{x}\right)$", False, True, "normalize_answer: LaTeX wrappers"),
]

_QQA_ROWS = [
    (r"\frac{1}{2}", r"0.5", True, True, "EQUIVALENT"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "EQUIVALENT"),
    (r"\frac{3}{4}", r"0.75", True, True, "EQUIVALENT"),
    (r"18+2\pi", r"2\pi + 18", True, True, "EQUIVALENT"),
    (r"2\sqrt{5}", r"\sqrt{20}", True, True, "EQUIVALENT"),
    (r"12\pi", r"12 \pi", True, True, "EQUIVALENT"),
    (r"x^2+2x+1", r"(x+1)^2", True, True, "EQUIVALENT"),
    (r"7", r"7.0", True, True, "EQUIVALENT"),
    (r"145^\circ", r"145", True, True, "EQUIVALENT"),
    (r"\boxed{\frac{1}{2}}", r"\frac{1}{2}", True, True, "EQUIVALENT (gold written boxed)"),
    (r"(6,31,-1)", r"(6, 31, -1)", True, True, "EQUIVALENT"),
    (r"1,-2", r"-2,1", True, True, "EQUIVALENT: multi-valued, order-insensitive"),
    (r"\frac{-3}{4}", r"-\frac{3}{4}", True, True, "EQUIVALENT"),
    (r"(3,4]", r"(3, 4]", True, True, "EQUIVALENT: interval, whitespace"),
    (
        r"\left(\frac{3}{5},\frac{8}{3}\right]",
        r"\left(\frac{3}{5}, \frac{8}{3}\right]",
        True,
        True,
        "EQUIVALENT: interval",
    ),
    (r"1 \pm \sqrt{19}", r"1 + \sqrt{19}, 1 - \sqrt{19}", True, True, "EQUIVALENT: pm"),
    (
        r"\{1\pm\sqrt{5},-2\}",
        r"\{-2, 1 - \sqrt{5}, 1 + \sqrt{5}\}",
        True,
        True,
        "EQUIVALENT: set, pm, reorder",
    ),
    (r"3 \pm 2\sqrt{2}", r"3 - 2\sqrt{2}, 3 + 2\sqrt{2}", True, True, "EQUIVALENT: pm, reorder"),
    (r"\frac{1}{2}", r"\frac{1}{3}", True, False, "NON_EQUIVALENT"),
    (r"7", r"8", True, False, "NON_EQUIVALENT"),
    (r"2\sqrt{5}", r"\sqrt{21}", True, False, "NON_EQUIVALENT"),
    (r"(6,31,-1)", r"(6,31,1)", True, False, "NON_EQUIVALENT"),
    (r"1,-2", r"1,2", True, False, "NON_EQUIVALENT"),
    (r"x^2+2x+1", r"x^2+2x+2", True, False, "NON_EQUIVALENT"),
    (r"12\pi", r"11\pi", True, False, "NON_EQUIVALENT"),
    (r"(3,4]", r"[3,4]", True, False, "NON_EQUIVALENT: bracket type"),
    (r"(3,4]", r"(3,4)", True, False, "NON_EQUIVALENT: bracket type"),
    (r"(1,2)", r"(2,1)", True, False, "NON_EQUIVALENT: ordered tuple"),
    (
        r"3 \pm 2\sqrt{2}",
        r"3 + 2\sqrt{2}, 3 - 2\sqrt{2}, -3 + 2\sqrt{2}, -3 - 2\sqrt{2}",
        True,
        False,
        "NON_EQUIVALENT: 2-value pm vs 4 values",
    ),
    (r"\frac{1}{2}", "not a number", True, False, "fails closed on garbage"),
    (r"\begin{pmatrix}1&2\end{pmatrix}", "banana", True, False, "fails closed on garbage"),
    ("42", "42", True, True, "identical strings"),
    (r"\frac{7}{9}", r"\frac{7}{9}", True, True, "identical strings"),
    ("42", r"\boxed{42}", False, True, "_normalize(\\boxed{42}) == '42'"),
    ("5", "$x = 5$", False, True, "_normalize('$x = 5$') == '5'"),
    ("32348", r"\$32,\!348", True, True, "_normalize(\\$32,\\!348) == '32348'"),
]

_ANU_ROWS = [
    (r"\frac{2}{9}", "2/9", True, True, "known equivalent pairs"),
    (r"\dfrac{2}{9}", "2/9", True, True, "known equivalent pairs"),
    ("24x^2-6x+3", "3*(8*x^2-2*x+1)", True, True, "known equivalent pairs"),
    ("x^2+2x+1", "(x+1)^2", True, True, "known equivalent pairs"),
    ("true", "TRUE", True, True, "known equivalent pairs"),
    ("1000", "1,000", True, True, "known equivalent pairs"),
    ("2 1/3", "7/3", True, True, "mixed number equivalence"),
    ("-3/4", "-0.75", True, True, "negative fraction equivalence"),
    (r"\boxed{42}", "42", True, True, "boxed LaTeX answer (gold written boxed)"),
    ("5", "6", True, False, "clearly wrong numeric answer"),
    ("x^2 + 1", "x^2 - 1", True, False, "clearly wrong symbolic answer"),
    ("204", "204", True, True, "AIME-style integer"),
    ("204", "205", True, False, "AIME-style integer"),
    ("1/2", "0.5", True, True, "evaluate_response(gold, pred)['correct']"),
    (r"10\%", "10%", True, True, "escaped percent sign vs percent sign"),
    (r"\frac12", "1/2", True, True, "braceless frac shorthand"),
]

_BB_ROWS = [
    (BB_MS, "3", r"So the total is $\boxed{3}$.", False, True, "accept-either: boxed in $"),
    (BB_MS, "7", r"He has \boxed{7} dozens of eggs after 4 weeks.", False, True, "boxed + prose"),
    (BB_MS, "15", r"\boxed{15} gallons", False, True, "boxed with units"),
    (BB_MS, "5", r"$10 - 5.00 = 5.00$", False, True, "dollar math expression"),
    (BB_MS, "18", "After adding them up, the answer is 18.", False, True, "bare number in prose"),
    (BB_MS, "18", "Step 1: 9 + 9\n#### 18", False, True, "#### delimiter"),
    (BB_MS, "8", r"\boxed{7} so 7 apples", False, False, "wrong boxed and wrong prose"),
    (BB_MS, "8", "I do not know.", False, False, "no number at all"),
    (BB_MS, r"\frac{3}{4}", r"\boxed{\frac{3}{4}}", False, True, "fraction reference, boxed"),
    (
        BB_MS,
        r"\frac{3}{4}",
        "The answer is 3/4 so 4.",
        False,
        False,
        "fraction reference, bare prose ending in 4 is not credited",
    ),
    (BB_M500, "9", r"Step 1: ... $\boxed{9}$", False, True, "MATH-500 boxed integer"),
    (BB_M500, r"\frac{14}{3}", r"$\boxed{\frac{14}{3}}$", False, True, "MATH-500 fraction"),
    (BB_M500, r"\frac{1}{2}", r"$\boxed{0.5}$", False, True, "MATH-500 decimal vs fraction"),
    (BB_M500, "9", r"$\boxed{7}$", False, False, "MATH-500 wrong answer"),
    (BB_M500, "-3", r"$\boxed{-3}$", False, True, "MATH-500 negative number"),
    (BB_M500, r"11\sqrt{2}", r"$\boxed{11\sqrt{2}}$", False, True, "MATH-500 sqrt"),
    (BB_M500, "9", "Step 1: ...\n#### 9", False, True, "MATH-500 #### fallback"),
    (BB_M500, "9", "Step 1: ...\n#### 7", False, False, "MATH-500 #### fallback, wrong"),
    (BB_M500, "42", "#### 42 ", False, True, "MATH-500 #### with whitespace"),
    (BB_GSM, "1234567", "1,234,567", True, True, "normalize_answer strips commas"),
    (BB_GSM, "100", "$100", True, True, "normalize_answer strips $"),
    (BB_GSM, "42", "42.", True, True, "normalize_answer strips trailing period"),
    (BB_GSM, "1000", "blah #### $1,000.", False, True, "normalize_answer combined"),
    (BB_GSM, "42", "Step 1: blah\n#### 42", False, True, "is_correct strict match"),
    (BB_GSM, "43", "Step 1: blah\n#### 42", False, False, "is_correct strict mismatch"),
    (BB_GSM, "42", "I don't know", False, False, "is_correct: no answer"),
    (BB_GSM, "1000", "#### 1,000", False, True, "is_correct: comma normalization"),
    (BB_GSM, "42", "#### 42", False, True, "reference '#### 42' (stored as 42)"),
    (BB_GSM, "42", "The answer is 42", False, True, "flexible fallback"),
    (BB_GSM, "$100", "#### $100", False, True, "dollar sign in both"),
    (BB_GSM, "42", "#### 42.", False, True, "trailing period"),
    (BB_RW, "4", "Step 1: 2+2=4\n\n#### 4", False, True, "gsm8k_reward_func"),
    (BB_RW, "4", "Step 1: 2+2=5\n\n#### 5", False, False, "gsm8k_reward_func"),
    (BB_RW, "4", "I don't know how to solve this.", False, False, "gsm8k_reward_func"),
    (BB_RW, "42", "#### 42", False, True, "gsm8k_reward_func batch"),
    (BB_RW, "100", "#### 99", False, False, "gsm8k_reward_func batch"),
    (BB_RW, "7", "#### 7", False, True, "gsm8k_reward_func batch"),
]

_QDR_ROWS = [
    ("0.5", r"\frac{1}{2}", True, True, "test_equivalent"),
    (r"\frac34", r"\dfrac{3}{4}", True, True, "test_equivalent"),
    ("72", r"\$72", True, True, "test_equivalent"),
    ("72", r"72\text{ dollars}", True, True, "test_equivalent"),
    ("72", r"72 \text{ dollars}", True, True, "test_equivalent"),
    ("1000", "1,000", True, True, "test_equivalent"),
    ("18", "18.00", True, True, "test_equivalent"),
    ("5", "x=5", True, True, "test_equivalent"),
    (r"2\sqrt{3}", r"2\sqrt3", True, True, "test_equivalent"),
    ("(1,2)", "(1, 2)", True, True, "test_equivalent"),
    ("90", r"90^\circ", True, True, "test_equivalent"),
    (r"\frac{3}{4}", "3/4", True, True, "test_equivalent"),
    ("0.5", ".5", True, True, "test_equivalent"),
    ("5", "5.", True, True, "test_equivalent"),
    ("-0.5", r"-\frac{1}{2}", True, True, "test_equivalent"),
    ("6", "5", True, False, "test_not_equivalent"),
    ("3.14", "3.14159", True, False, "test_not_equivalent"),
    ("0.333", r"\frac{1}{3}", True, False, "test_not_equivalent"),
    ("(2,1)", "(1,2)", True, False, "test_not_equivalent"),
    ("5", r"Vậy \boxed{5}", False, True, "grade reason 'match'"),
    ("6", r"Vậy \boxed{5}", False, False, "grade reason 'mismatch'"),
    (r"\sqrt{12}", r"2\sqrt{3}", True, True, "sympy_equiv, asserted both ways"),
    (r"\frac{\sqrt{2}}{2}", r"\frac{1}{\sqrt{2}}", True, True, "sympy_equiv, both ways"),
    (r"\frac{2}{3}", r"\sqrt{\frac{4}{9}}", True, True, "sympy_equiv, both ways"),
    ("3", r"\sqrt[3]{27}", True, True, "sympy_equiv: cube root, both ways"),
    ("8", "2^3", True, True, "sympy_equiv, both ways"),
    ("1.5707963267948966", r"\frac{\pi}{2}", True, True, "sympy_equiv, both ways"),
    (r"\frac{1}{\sqrt{2}}", r"\frac{3\sqrt{2}}{6}", True, True, "sympy_equiv, both ways"),
    ("6.283185307179586", r"2\pi", True, True, "sympy_equiv, both ways"),
    (r"3\sqrt{2}", r"2\sqrt{3}", True, False, "sympy_equiv rejects different values"),
    ("0.33", r"\frac{1}{3}", True, False, "approximation is not equality"),
    ("2", "-2", True, False, "sympy_equiv rejects different values"),
    ("no", "yes", True, False, "sympy_equiv rejects different values"),
    ("-4", r"4 \text{ and } -4", True, False, "'and' is not a logic operator"),
    ("3", r"2 \text{ or } 3", True, False, "'or' is not a logic operator"),
    ("1", "x", True, False, "a variable is not a number"),
    (r"\frac{1}{2^{98}}", r"2^{-98}", True, True, "real equivalence from the full pool"),
    (
        r"2+2\sqrt{2}+2\sqrt{3}",
        r"2\left(1+\sqrt{2}+\sqrt{3}\right)",
        True,
        True,
        "real equivalence from the full pool",
    ),
]

_PUMP_ROWS = [
    (r"\frac{1}{2}", r"\frac12", True, True, "normalize_answer canonicalizes"),
    (r"\frac{1}{2}", "1/2", True, True, "normalize_answer canonicalizes"),
    (r"\frac{1}{2}", "0.5", True, True, "normalize_answer canonicalizes"),
    (r"\sqrt{3}", r"\sqrt3", True, True, "normalize_answer canonicalizes"),
    ("(3)", r"\left(3\right)", True, True, "normalize_answer canonicalizes"),
    ("7", "x = 7", True, True, "normalize_answer takes the RHS of an equation"),
    ("7", "x=7", True, True, "normalize_answer: short LHS, single '='"),
    (r"\frac{1}{2}", r"\frac1{2}", True, True, "normalize_answer fixup"),
    ("3", r"3\text{ cm}", True, True, "normalize_answer strips units"),
    (
        r"\text{even}",
        r"...so \boxed{\text{even}}",
        False,
        True,
        "grade vs 'The parity is \\boxed{\\text{even}}.' (gold extracted)",
    ),
    (
        r"\text{even}",
        r"...so \boxed{\text{odd}}",
        False,
        False,
        "text answers not emptied (was a false positive)",
    ),
    ("5", r"result: \boxed{5}", False, True, "grade vs gold 'hence \\boxed 5' (space form)"),
    ("1/2", r"\frac{1}{2}", True, True, "is_equiv forms"),
    (r"\frac{1}{2}", r"\dfrac{1}{2}", True, True, "is_equiv forms"),
    ("4", "3", True, False, "is_equiv forms"),
    (
        r"\frac{3}{4}",
        r"...reasoning... so \boxed{3/4}.",
        False,
        True,
        "grade vs 'the answer is \\boxed{\\frac{3}{4}}.' (gold extracted)",
    ),
    (r"\frac{3}{4}", r"...reasoning... so \boxed{2/4}.", False, False, "grade end to end"),
    (r"\frac{3}{4}", "no box", False, False, "grade: unparseable model output"),
    (
        r"\begin{pmatrix} 0 & 0 \\ 0 & 1 \end{pmatrix}",
        r"\begin{bmatrix} 0 & 0 \\ 0 & 1 \end{bmatrix}",
        True,
        True,
        "math-verify fixes notation",
    ),
    (r"\frac{1}{4}", "0.25", True, True, "math-verify fixes notation"),
    ("8", "7", True, False, "genuinely different"),
    ("2", "-1, 2", True, False, "comma-count guard: over-answer"),
    (r"105^\circ", r"30^\circ, 45^\circ, 105^\circ", True, False, "over-answer"),
    ("-1, 2", "2", True, False, "comma-count guard: under-answer (1 of 2 roots)"),
    ("1, 2, 3", "3", True, False, "under-answer"),
    ("1000", "1,000", True, True, "thousands-separator comma is not a list"),
]

_TABLES = [
    (VI, VI_AT, _VI_ROWS),
    (TURBO, TURBO_AT, _TURBO_ROWS),
    (LINALG, LINALG_AT, _LINALG_ROWS),
    (ELMO, ELMO_AT, _ELMO_ROWS),
    (SYN, SYN_AT, _SYN_ROWS),
    (LORA, LORA_AT, _LORA_ROWS),
    (FORGE, FORGE_AT, _FORGE_ROWS),
    (QQA, QQA_AT, _QQA_ROWS),
    (ANU, ANU_AT, _ANU_ROWS),
    (QDR, QDR_AT, _QDR_ROWS),
    (PUMP, PUMP_AT, _PUMP_ROWS),
]

CASES: list[dict] = [
    _c(repo, where, gold, pred, wrap, expected, why)
    for repo, where, rows in _TABLES
    for gold, pred, wrap, expected, why in rows
] + [
    _c(BB, where, gold, pred, wrap, expected, why)
    for where, gold, pred, wrap, expected, why in _BB_ROWS
]

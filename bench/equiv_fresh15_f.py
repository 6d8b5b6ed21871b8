r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "f",
part 1: competition-math and finance answer checkers; part 2, a physics answer checker, is
equiv_fresh15_f2.py).

Cases follow bench/equiv_fresh3_a.py: ``gold`` is the reference, ``pred`` a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it, ``expected``
the verdict the source states, ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are
the values Python reads from the source (a test's ``"\\frac"`` is stored as ``r"\frac"``). Do not
tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- aadityasingh/HARP (Human Annotated Reasoning Problems, AoPS competition math)
  ``src/test/test_ans_checker_basic.py`` and ``src/test/test_ans_checker_difficult.py``
  @ 0dcee5061bfd1b2adf29ab0271ac0e0fddf332c0: hand-written labelled pairs for the HARP answer
  checker ``check_one_latex_answer``: for each reference answer ``gt`` the files list
  ``correct_pairs`` (expected True), ``incorrect_pairs`` (expected False) and ``unclear_pairs``;
  every ``gt`` is also listed as correct against itself and incorrect against one
  ``str(np.random.randint(100))`` drawn after ``np.random.seed(1)`` (the draws, recomputed here:
  37, 12, 72, 9, 75, 5, 79 for the basic file, and the same followed by 64 for the difficult
  file). The suite wraps each answer ``v`` as the completion ``"The final answer is $v$. "``;
  the labels are about ``v`` against ``gt``, so ``v`` is stored bare (``wrap`` True). The
  difficult file's docstring says some of its labels are the authors' intent and do not pass
  their checker yet: the label is taken, not the checker's output. No license file in the
  stored copy: short answer strings quoted as test data, with attribution.
- google-deepmind/superhuman (IMO-Bench) ``imobench/eval/tests/test_answer_checker.py``
  @ 5787d2cd1c2b1932aa475b03f80807d4c5098ab8 (``check_answer(model_answer, ground_truth)``,
  the IMO-AnswerBench answer checker) and ``imobench/eval/tests/test_evaluate.py``
  @ caf6cd5f40397071e3c6154cc869587e9f7f7b12 (the three fixture rows that
  ``test_all_correct`` asserts correct), Apache-2.0 (file headers).
- prashant-chambers/convfin_qa (a ConvFinQA financial-QA agent) ``tests/test_evaluate.py``
  @ 2a8afd9758d4b64493142d6b364e2d904f4d4938 (``numerical_match_with_units(ground_truth,
  prediction)``: currency and percent answers, compared after rounding the prediction to the
  reference's decimals with a 10 % relative tolerance). No license file in the stored copy:
  short answer strings quoted as test data, with attribution.

Left out, by rule: HARP's ``unclear_pairs`` (no definite expectation); exact repeats of a
(gold, pred) pair within one file (the basic file's seeded draw ``12`` for ``12\pi`` repeats its
listed ``12``); HARP's ``+-\sqrt{3}`` for ``\pm\sqrt{3}`` (labelled incorrect: an ASCII-notation
policy) and ``2.220288776331226273985899246597440607104 \cdot 10^42`` for
``{40 \choose 10} {40 \choose 20}^3`` (labelled correct, but ``10^42`` without braces reads as
``10^4 \cdot 2`` in LaTeX; the 16-digit ``2.220288776331226 \cdot 10^42``, labelled incorrect,
is unequal under either reading and is kept); IMO-Bench's ``inf`` vs ``inf`` (asserts only the
method used, no verdict) and its ``normalize_latex`` / ``_split_multi_answer`` tests (string
utilities, not verdicts); convfin_qa's tolerance accepts where the values differ (``$100`` vs
``$99.9`` / ``$100.1`` / ``-$99.9``, ``42%`` vs ``41.9%`` / ``42.1%``, ``-42%`` vs ``-41.9%``,
``$100.51`` vs ``$100.513``, ``$100.9`` vs ``$100.91``), its currency- and percent-sign policy
rows (``$100`` vs ``100`` / ``100%``, ``42%`` vs ``$42``: rejected for the sign, as in the
percent-sign policy of equiv_issues_a) and its ``extract_number`` tests (number extraction from
prose, no reference).

Looked at without usable cases: RUCAIBox/OlymMATH (``local_tester.py`` has no labelled pairs),
meituan-longcat/AMO-Bench (its grading logs are its own grader's labels), NExTplusplus/TAT-QA (no
metric tests stored), mkahe/finance-rag (the test file of its ``numerical_exact_match`` is not
stored; the README's examples are tolerance policies), eth-sri/matharena (no tests; already used);
a BizFinBench evaluator test and a FinQA ``numerical_match`` test were found only through
``find_string`` hits whose repository could not be named, and were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HARP = "aadityasingh/HARP"
HARP_C = "0dcee5061bfd1b2adf29ab0271ac0e0fddf332c0"
HARP_BASIC = f"src/test/test_ans_checker_basic.py@{HARP_C}"
HARP_DIFF = f"src/test/test_ans_checker_difficult.py@{HARP_C}"

# test_ans_checker_basic.py: gt -> (correct_pairs extension, incorrect_pairs extension); each
# gt is also correct against itself and incorrect against one np.random.randint(100) draw
# (np.random.seed(1): 37, 12, 72, 9, 75, 5, 79 in candidate order).
_HARP_BASIC: list[tuple[str, str, list[str], list[str]]] = [
    (
        r"\frac{\sqrt{7}}{12}",
        "37",
        [
            r"\sqrt{7}/12",
            r"\sqrt{7/144}",
            r"\sqrt{\frac{7}{144}}",
            r"\sqrt{7} / 12",
            r"\dfrac{\sqrt{7}}{12 }",
            r"1/12 * \sqrt{7}",
            r"\frac{7^\frac{1}{2}}{12}",
        ],
        ["7/12", r"\frac{\sqrt{7}}{\sqrt{12}}", r"\sqrt{\frac{7}{12}}", r"\frac{1}{4}", "0.22048"],
    ),
    (
        r"12\pi",
        "12",
        [r"12 * \pi", r"12 \cdot \pi", r"\pi \cdot 12"],
        [r"12\phi", r"11\pi", "36", "48", r"10\pi", "12"],
    ),
    (
        "13/8",
        "72",
        [
            r"\frac{13}{8}",
            r"\dfrac{13}{8}",
            r"1 \frac{5}{8}",
            r"1 + \frac{5}{8}",
            "1 + 5/8",
            "1.625",
        ],
        [r"1 \frac{3}{8}", "1.6", "13", "8"],
    ),
    (
        r"168+48\sqrt{7}",
        "9",
        [r"24(7+2\sqrt{7})", r"24\cdot(7+2\sqrt{7})", r"168+24\sqrt{28}", r"168+48\cdot\sqrt{7}"],
        ["168", r"216\sqrt{7}"],
    ),
    (r"6\sqrt{3}", "75", [r"\sqrt{108}", r"6\cdot\sqrt{3}"], ["18", r"-6\sqrt{3}"]),
    (r"\frac{5}{2}", "5", [r"\frac{10}{4}", "2.5", "5/2"], ["2", "2.25", "52"]),
    ("-3193", "79", [], ["3193"]),
]

# test_ans_checker_difficult.py: same layout (draws 37, 12, 72, 9, 75, 5, 79, 64).
_HARP_DIFF: list[tuple[str, str, list[str], list[str]]] = [
    (
        "24, 28, 3200",
        "37",
        [r"4\cdot 6, 4\cdot 7, 40 \cdot 80", r"24, 28, 3,\!200"],
        ["24", "28", "32", "3200", "24, 28", "84", "6, 7, 8"],
    ),
    (
        "(12/5, 8/5)",
        "12",
        [
            "(2.4, 1.6)",
            "(2+2/5, 1+3/5)",
            "(12/5,8/5)",
            r"(\frac{12}{5}, \frac{8}{5})",
            r"(2 \frac{2}{5}, 1 \frac{3}{5})",
        ],
        ["(8/5, 12/5)", "4", "(2, 2)", "(12/5, 8/5]"],
    ),
    (
        r"\left[\frac{\left(\sqrt{30}\right)}{3},\frac{\sqrt{30}}{4},\frac{2\sqrt{30}}{5} \right),"
        r"\left(\frac{\sqrt{30}}{3},\frac{\sqrt{30}}{2},\frac{\sqrt{30}}{5} \right)\right]",
        "72",
        [],
        [],
    ),
    (
        r"\frac{2^{2009}-1}{3\cdot 2^{2008}-1}",
        "9",
        [
            r"1 - \frac{2^{2008}}{3\cdot 2^{2008}-1}",
            r"\frac{2^{2009}-1}{3\cdot 2^{2008}-1} + 1 - 1",
        ],
        ["2/3", "0.67", r"\frac{2^{2008}-1}{3\cdot 2^{2007}-1}"],
    ),
    (
        "x^{4}-2x^{3}-13x^{2}+14x+24",
        "75",
        [
            "x^{4} - 2x^{3} - 13x^{2} + 14x + 24",
            "x^4 - 2x^3 - 13x^2 + 14x + 24",
            "x^4 - x^3 - 13x^2 + 14x + 24 - x^3",
            "x^{4} - 2x^{3} - 13x^{2} + 14x + 16 + 8",
            "x^2 (x - 1)^2 - 14x(x-1) + 24",
        ],
        ["x^{4}-2x^{3}-13x^{2}+14x+25", "x^{4}+2x^{3}-13x^{2}+14x+25"],
    ),
    (
        r"2011^{2009}\cdot(1005^{2011}-1004^{2011})",
        "5",
        [
            "2011^{2009} * (1005^{2011}-1004^{2011})",
            r"\frac{2021055^{2011} - 2019044^{2011}}{2011^2}",
        ],
        [
            r"2011^{2009}\cdot(1005^{2011}-1004^{2011}) + 1",
            r"2011^{2009}\cdot(1004^{2011}-1003^{2011})",
            "2011^{2009} * (1004^{2011}-1004^{2011})",
            r"2010^{2009}\cdot(1005^{2011}-1004^{2011})",
        ],
    ),
    (
        r"\pm\sqrt{3}",
        "79",
        [r"\sqrt{3}, -\sqrt{3}", r"-\sqrt{3}, \sqrt{3}", r"\sqrt{3} or -\sqrt{3}"],
        [r"\sqrt{3}", r"-\sqrt{3}", r"\pm 3"],
    ),
    (
        r"{40 \choose 10} {40 \choose 20}^3",
        "64",
        [
            r"{40 \choose 10} {40 \choose 20}^{3}",
            r"{40 \choose 20}^3 {40 \choose 10}",
            r"\frac{(40!)^4}{(20!)^6 \cdot 10! \cdot 30!}",
        ],
        [
            r"2.220288776331226 \cdot 10^42",
            r"{40 \choose 20}^4",
            r"{40 \choose 10} {40 \choose 20}^3 + 1",
        ],
    ),
]


def _harp_cases(where: str, table: list[tuple[str, str, list[str], list[str]]]) -> list[dict]:
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for gold, drawn, good, bad in table:
        rows = [(gold, True, "the answer itself: correct_pairs")]
        rows.append((drawn, False, "seeded random integer: incorrect_pairs"))
        rows += [(p, True, "correct_pairs") for p in good]
        rows += [(p, False, "incorrect_pairs") for p in bad]
        for pred, ok, why in rows:
            if (gold, pred) in seen:
                continue
            seen.add((gold, pred))
            out.append(_c(HARP, where, gold, pred, True, ok, why))
    return out


IMO = "google-deepmind/superhuman"
IMO_CHECK = "imobench/eval/tests/test_answer_checker.py@5787d2cd1c2b1932aa475b03f80807d4c5098ab8"
IMO_EVAL = "imobench/eval/tests/test_evaluate.py@caf6cd5f40397071e3c6154cc869587e9f7f7b12"

# check_answer(model_answer, ground_truth): (ground_truth, model_answer, expected, test name)
_IMO_CHECK: list[tuple[str, str, bool, str]] = [
    ("42", "42", True, "test_exact_match"),
    (r"$\frac{1}{2}$.", r"$\frac{1}{2}$", True, "test_exact_match_with_latex"),
    ("3", "3.0", True, "test_numeric_match"),
    ("3", "4", False, "test_numeric_mismatch"),
    ("-768.0", "-768", True, "test_negative_numeric"),
    ("1, 2, 3", "1, 2, 3", True, "test_multi_answer_match"),
    ("1, 2, 3", "3, 1, 2", True, "test_multi_answer_reordered"),
    ("1, 2, 3", "1, 2", False, "test_multi_answer_wrong_count"),
    ("0.5", r"\frac{1}{2}", True, "test_sympy_fraction"),
    ("8", "2^{3}", True, "test_sympy_equivalent_expression"),
    (r"\frac{1}{2}", r"\frac{1}{3}", False, "test_sympy_mismatch"),
    ("algebra", "Algebra", True, "test_string_case_insensitive"),
    ("42", "nan", False, "test_nan_rejected"),
    ("bar", "foo", False, "test_no_match"),
]
# evaluate_predictions fixture rows (Short Answer, Model Answer), all asserted correct
_IMO_EVAL: list[tuple[str, str]] = [
    ("2", "2"),
    (r"$\frac{1}{2}$", "0.5"),
    ("1, 2, 3", "2, 1, 3"),
]

FIN = "prashant-chambers/convfin_qa"
FIN_AT = "tests/test_evaluate.py@2a8afd9758d4b64493142d6b364e2d904f4d4938"

# numerical_match_with_units(ground_truth, prediction): (ground_truth, prediction, expected)
_FIN: list[tuple[str, str, bool]] = [
    ("$100", "$100", True),
    ("$100", "$100.0", True),
    ("$100.50", "$100.50", True),
    ("$100.5", "$100.50", True),
    ("42%", "42%", True),
    ("88.5%", "88.5%", True),
    ("88.5%", "88.50%", True),
    ("$100", "$100.00", True),
    ("42%", "42.0%", True),
    ("88.50%", "88.5%", True),
    ("$0", "$0.0", True),
    ("0%", "0.0%", True),
    (" $100 ", "$100", True),
    ("$100", " $100 ", True),
    (" 42% ", "42%", True),
    ("42%", " 42% ", True),
    ("abc", "def", False),
    ("$100", "abc", False),
    ("42%", "abc", False),
]

CASES: list[dict] = (
    _harp_cases(HARP_BASIC, _HARP_BASIC)
    + _harp_cases(HARP_DIFF, _HARP_DIFF)
    + [_c(IMO, IMO_CHECK, g, p, True, ok, f"check_answer: {t}") for g, p, ok, t in _IMO_CHECK]
    + [_c(IMO, IMO_EVAL, g, p, True, True, "test_all_correct fixture row") for g, p in _IMO_EVAL]
    + [_c(FIN, FIN_AT, g, p, True, ok, "numerical_match_with_units") for g, p, ok in _FIN]
)

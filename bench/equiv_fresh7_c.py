r"""A seventh fresh set of answer-equivalence cases (evaluation only; helper "c").

Cases are transcribed from the test files of small evaluation / RL repositories that no earlier
set used (see bench/data/README.md, bench/equiv_issues_*.py, the docstrings of the fresh3-6
modules and /work/wt/fresh7_claims). Conventions as in bench/equiv_fresh3_a.py: ``gold`` is the
reference answer, ``pred`` the prediction (a bare answer to be put in ``\boxed{}`` when ``wrap``
is True, else the whole completion as the test passes it), ``expected`` the verdict the test
asserts; ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values Python
reads from the test. A parser test that maps a completion onto a value (``parse_answer(text) ==
1234``) is read as the completion being equivalent to that value, as fresh3 reads normalisers.
Do not tune the judge on these cases.

Sources (repo, path @ commit); no license file was checked in the stored copies (none seen): the
short test strings are quoted as test data, with attribution.

- goyalankit/matched-budget-multilingual (MGSM / MMATH multilingual scoring):
  ``tests/test_parser.py`` @ 5edfb0a46aaf675272a60cb5a244659d1df38520 (``parse_answer``, the
  ``#### N`` answer line read with a per-language number grammar: Thai digits, grouping, signs)
  and ``tests/test_answer_grammar.py`` @ 020073cada67eb5e8b95ed2d6dfa4cd6627188c3
  (``parse_for_kind`` numeric / integer, ``answers_equal`` exact-rational). Golds are the
  ``int`` / ``Fraction`` the suite expects, written as strings (``Fraction(1, 2)`` -> ``"1/2"``).
- ljkkkkkkkkk/slime_RL ``slime/slime/rollout/rm_hub/test.py``
  @ 79954c640849897c0c76bd4c0891465f670282a8 (``compute_score`` on a MATH sample; the file's own
  table of (response, label, expected score), not a copy of slime's tests).
- AM1N8/extended-reasoning-benchmark ``tests/test_grading.py``
  @ a6c7266300f2e8be49fa818af19b23ad457eb318 (``grade_numeric(pred, gold)``; read as
  (prediction, gold) from ``grade_numeric("wrong", "18") == 0``).
- DebmalyaPal/when-to-reflect ``tests/test_grading.py``
  @ cb471d3e04b984467bc4f15f1b955375a888fdd5 (``answers_match(reference, generated)``,
  ``normalize_answer``).

Left out, by rule: locale-dependent readings whose verdict flips with the language the suite
passes and the judge is not given (German / French decimal comma ``#### 0,5`` = 1/2, ``#### 1,0``
= 1, ``#### -0,5``, German ``#### 1.234`` = 1234 (pivot arm and numeric kind), German rejection
of ``#### 0.5``); parser rejections with no gold (``#### 12,34``, ``#### x``, ``#### about 3``,
``#### 3/0``, a malformed last answer line, a prefix with no answer line); multiple-choice
labels and gold-index normalisation (matched-budget-multilingual, AM1N8); the percent policy
(AM1N8 ``50%`` = ``0.5``, as fresh3 left out chopthin's ``10\%`` = ``10``); a verdict the suite
marks as a deliberate strict-form policy against mathematical equality (when-to-reflect
``\left( \frac{1}{2} \right)`` vs ``\frac{1}{2}`` is False); asserts with no definite verdict
(AM1N8 ``3.14`` vs ``pi`` -> None: "needs LLM judge"; when-to-reflect incomplete generation ->
None); pure extraction asserts with no gold; pairs repeated verbatim within a repository (Swahili
``#### 1,234,567``, the translate-act ``#### 0.5``, Chinese ``#### 0.5`` / ``#### 1,234``,
``#### 42`` per MMATH language). Searched without finding equivalence assertions:
goyalankit's ``tests/test_mgsm.py`` (dataset loading only), Cargo-Cult-Research/mlx-rl
``tests/test_grading.py`` (answer-tag / think-budget policy), AlexSabaka/mathbot
``tests/test_grading.py`` (LLM rubric grading). The search budget ran out before the other
candidates (``tests/test_reward_functions.py`` of GRPO repositories) could be read.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MBM = "goyalankit/matched-budget-multilingual"
MBM_PARSER = "tests/test_parser.py@5edfb0a46aaf675272a60cb5a244659d1df38520"
MBM_GRAMMAR = "tests/test_answer_grammar.py@020073cada67eb5e8b95ed2d6dfa4cd6627188c3"
SLIME = "ljkkkkkkkkk/slime_RL"
SLIME_AT = "slime/slime/rollout/rm_hub/test.py@79954c640849897c0c76bd4c0891465f670282a8"
ERB = "AM1N8/extended-reasoning-benchmark"
ERB_AT = "tests/test_grading.py@a6c7266300f2e8be49fa818af19b23ad457eb318"
WTR = "DebmalyaPal/when-to-reflect"
WTR_AT = "tests/test_grading.py@cb471d3e04b984467bc4f15f1b955375a888fdd5"

CASES: list[dict] = [
    # --- goyalankit/matched-budget-multilingual: parse_answer(text, lang, "native") == gold -----
    _c(MBM, MBM_PARSER, "42", "work\n#### 42\n", False, True, "en: #### answer line"),
    _c(MBM, MBM_PARSER, "1234567", "#### 1,234,567", False, True, "en: comma thousands grouping"),
    _c(MBM, MBM_PARSER, "1234567", "#### 1.234.567", False, True, "de: dot thousands grouping"),
    _c(MBM, MBM_PARSER, "1234567", "#### ๑,๒๓๔,๕๖๗", False, True, "th: Thai digits, grouped"),
    _c(MBM, MBM_PARSER, "1234", "#### ๑๒๓๔", False, True, "th: Thai digits, ungrouped"),
    _c(MBM, MBM_PARSER, "1", "#### 1.0", False, True, "en: zero fraction accepted"),
    _c(MBM, MBM_PARSER, "12000", "#### 12,000.000", False, True, "sw: grouped, zero fraction"),
    _c(MBM, MBM_PARSER, "1234", "#### ๑,๒๓๔.๐๐", False, True, "th: Thai digits, zero fraction"),
    _c(MBM, MBM_PARSER, "12", "#### +12", False, True, "leading plus sign"),
    _c(MBM, MBM_PARSER, "-12", "#### -12", False, True, "ASCII minus"),
    _c(MBM, MBM_PARSER, "-12", "#### \u221212", False, True, "Unicode minus sign U+2212"),
    _c(MBM, MBM_PARSER, "0", "#### -0", False, True, "negative zero is 0"),
    _c(
        MBM,
        MBM_PARSER,
        "-20",
        "#### 10\nintermediate work\n#### -20\n",
        False,
        True,
        "last answer line wins",
    ),
    _c(
        MBM,
        MBM_PARSER,
        "1234",
        "#### 1,234",
        False,
        True,
        "de input, translate_act / code_switched arm: English grammar",
    ),
    # --- goyalankit/matched-budget-multilingual: parse_for_kind / answers_equal -----------------
    _c(MBM, MBM_GRAMMAR, "42", "reasoning\n#### 42", False, True, "integer kind, de"),
    _c(MBM, MBM_GRAMMAR, "42", "#### ๔๒", False, True, "integer kind, Thai digits"),
    _c(
        MBM, MBM_GRAMMAR, "1/2", "#### 1/2", False, True, "numeric kind, fraction == Fraction(1, 2)"
    ),
    _c(MBM, MBM_GRAMMAR, "1/2", "#### 0.5", False, True, "numeric kind, en decimal == 1/2"),
    _c(MBM, MBM_GRAMMAR, "2", "#### 1\nmore\n#### 2", False, True, "numeric: last answer line"),
    _c(MBM, MBM_GRAMMAR, "1/2", "#### ๐.๕", False, True, "th: Thai digits and decimal point"),
    _c(MBM, MBM_GRAMMAR, "1234", "#### 1,234", False, True, "th: comma grouping, numeric kind"),
    _c(MBM, MBM_GRAMMAR, "3/4", "#### 3/4", False, True, "de: fraction answer"),
    _c(MBM, MBM_GRAMMAR, "-3/4", "#### -3/4", False, True, "de: negative fraction answer"),
    _c(MBM, MBM_GRAMMAR, "1234", "#### 1 234", False, True, "fr: space thousands grouping"),
    _c(MBM, MBM_GRAMMAR, "42", "#### ４２", False, True, "zh: full-width digits normalise"),
    _c(MBM, MBM_GRAMMAR, "1/2", "0.5", True, True, "answers_equal exact rational: 1/2 == 0.5"),
    _c(MBM, MBM_GRAMMAR, "1/3", "0.333", True, False, "answers_equal exact rational: 0.333 != 1/3"),
    _c(MBM, MBM_GRAMMAR, "42", "42", True, True, "answers_equal integer"),
    # --- ljkkkkkkkkk/slime_RL: compute_score(sample(res, label)) == expected -------------------
    _c(SLIME, SLIME_AT, "12", r"Therefore, the answer is \boxed{12}.", False, True, "boxed"),
    _c(
        SLIME,
        SLIME_AT,
        "12",
        r"Is it \boxed{10}? No. Smithsonian 抓紧... it is \boxed{12}. <|endoftext|>",
        False,
        True,
        "garbled text, several boxes: the last one counts",
    ),
    _c(
        SLIME,
        SLIME_AT,
        "2x-3y=0",
        r"The solution is \boxed{2x-3y=0}.",
        False,
        True,
        "equation answer",
    ),
    _c(SLIME, SLIME_AT, "12", "The final answer is 12", False, True, "plain-text fallback"),
    _c(SLIME, SLIME_AT, "12", r"I think it is \boxed{5}.", False, False, "wrong answer == 0.0"),
    # --- AM1N8/extended-reasoning-benchmark: grade_numeric(pred, gold)[0] ----------------------
    _c(ERB, ERB_AT, "18", "18", True, True, "exact match == 1"),
    _c(ERB, ERB_AT, "18", "18.0", True, True, "trailing .0 == 1"),
    _c(ERB, ERB_AT, "0.5", "1/2", True, True, "fraction vs decimal == 1"),
    _c(ERB, ERB_AT, "18", "wrong", True, False, "non-numeric prediction == 0"),
    # --- DebmalyaPal/when-to-reflect: answers_match(reference, generated) ----------------------
    _c(WTR, WTR_AT, "42", r"\( 42 \)", True, True, "inline-math delimiters are harmless"),
    _c(WTR, WTR_AT, "42", "41", True, False, "different integers"),
    _c(
        WTR,
        WTR_AT,
        "42",
        "Final answer: 42",
        False,
        True,
        r"reference extracted from \boxed{42}; generated from 'Final answer: 42'",
    ),
    _c(
        WTR,
        WTR_AT,
        r"\frac{1}{2}",
        r" $ \dfrac{ 1 }{ 2 } $ ",
        True,
        True,
        r"normalize_answer maps it onto \frac{1}{2}",
    ),
]

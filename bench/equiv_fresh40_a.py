r"""A fortieth fresh set of answer-equivalence cases (evaluation only; helper "a": leads that
earlier helpers found by exact-string search but could not tie to a repository).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh40_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- agentclash/agentclash ``backend/internal/scoring/math_validators_stress_test.go``
  @ 23d204f1345d9aed1ba47712faa324a7d503ee99 (the Go ``TestMathEquivalenceStress`` table of an
  agent-evaluation platform: ``validateMathEquivalence(actual, expected, config)`` must give
  ``wantVerdict`` ``"pass"`` (True) or ``"fail"`` (False); gold = ``expected``, pred =
  ``actual``). The file came in with a merge commit and was deleted again by the next commit
  (0c02dc6e "drop stray test files accidentally swept into merge"); the index's stored copy
  (id 56171916966) is this version. Go ``"..."`` escapes (``\u2212``, ``\u00d7``, ``\u00b7``,
  ``\u00f7``, ``\u221a``) are stored as the characters they denote; backquoted strings are
  raw. MIT (LICENSE of the repository).
- AvagHovhannisyann/Ecolingo ``app/src/lib/engine/__tests__/equivalence-scoring.test.ts`` and
  ``app/src/lib/engine/__tests__/diagnostic.test.ts`` @ 54df07023a3fdd4cc51365c12d0616bb840f1f2b
  (an economics tutor for a Solow-growth course; ``TEST-ECON-015``: ``checkNumericAnswer(raw,
  key).correct``; the key's ``value`` is the gold: 0.25 in the TEST-ECON-015 block, 16 for the
  declared ``equivalentForms: ["4^2"]`` key and for question ``q-solow-numeric-1``
  (``answerKey: { value: 16 }`` in ``app/src/content/econ13210/index.ts``), 0.05 for diagnostic
  item ``d-math-2`` (``numericKey: { value: 0.05 }`` in ``app/src/lib/engine/diagnostic.ts``)).
  No license file (the only LICENSE in the tree belongs to a vendored agent skill under
  ``.agents/``).
- syedmahmad/athena-trial-build ``src/__tests__/answer-equivalence.test.ts`` and
  ``agents/tests/test_math_equiv.py`` @ 2876c847e2551783d31f21f5e00c7a069160c7b9 (a tutoring
  app: the TS fill-blank comparator ``isNumericallyEquivalent(user, accepted)`` /
  ``isEquivalentAnswer(user, [accepted])`` and the agents service's sympy ``/math-equiv``
  endpoint, ``{"user": ..., "candidates": [...]}`` -> ``equivalent``; gold = the accepted
  answer / the candidate). Read through the index (no snapshot could be fetched); the index
  lists no LICENSE file for the repository, so: no license file found.
- Ommel96/BumTeacherBypass ``src/lib/__tests__/math-eval.test.ts``
  @ 8de6af5c29bb5577dff7b7817d719a792d7cb681 (a German-language worksheet helper;
  ``mathEquals(expected, given)`` must be ``true`` / ``false`` per ``it.each`` row; gold =
  ``expected``, pred = ``given``; the rows' own comments are kept in ``why``; the file is
  unchanged since 0bd056dc; SadTset/BumTeacherBypass is a fork of it). No license file.

Left out, by rule: agentclash -- the "Limitation probes" the test itself marks as known gaps of
its own validator (``distributive_law_KNOWN_GAP`` ``2*(x+y)`` vs ``2*x + 2*y``,
``nested_power_identity_KNOWN_GAP`` ``(x^2)^3`` vs ``x^6``, ``case_sensitive_symbols_KNOWN_GAP``
``X + 1`` vs ``x + 1``: asserted ``fail`` although the authors call it a gap), the ``"error"``
verdicts (``2x`` vs ``2*x``, ``sin(0)`` vs ``0``: parse errors, no verdict), the two
numeric-mode rows (their verdict is set by the configured ``tolerance`` 0.0001) and
``strict_no_fallback_nth_root_fail`` (``\sqrt[3]{8}`` vs ``2`` asserted ``fail`` only because
that configuration turns the numeric fallback off); the repository's newer
``runtime/scoring/math_validators_test.go`` (its table repeats rows of the stress test) and its
config/normaliser tests. Ecolingo -- rows whose prediction is the key itself (``0.25``, ``16``,
``0.05``), the percent-scaled rate policy (``25`` accepted for 0.25, ``5`` for 0.05: the app
reads a bare number as a percent for a rate), the tolerance tests (``0.2506`` / ``0.26`` with
``relTolerance`` 0.005), ``banana`` / ``parseNumericAnswer`` (parser, not pairs) and the
multiple-choice, equation-assembly, causal-order and difficulty tests. athena-trial-build --
the case-insensitive string fast-path tests (``X`` / ``x``, ``  x  `` / ``x``, ``none`` /
``None``: text normalisation), pairs of identical strings, non-numeric inputs asserted False by
``isNumericallyEquivalent`` (``x``/``x``, ``abc``/``abc``: the function's own scope), empty and
whitespace inputs, word answers (``apple`` / ``banana``, ``yes``), lists of several accepted
answers or candidates, the sync-path test asserting ``4+2x`` vs ``2x+4`` False (the test says
algebra is deliberately left to the async path, which accepts it), the left-hand-side shape
guards whose right side equals the gold (``f(x) = 3``, ``foo = 3`` vs ``3``: presentation
policy), the async tests with a mocked fetcher, ``i don't know`` (unparseable), and
``answer-matcher.test.ts`` (multiple-choice option matching). BumTeacherBypass -- the rows
where ``mathEquals`` must return ``null`` (text: ``Bern`` / ``Zürich``, ``hallo welt`` /
``welt hallo``, ``TCP`` / ``UDP``) and the ``exprToLatex`` / ``evaluateExpression`` /
``looksLikeMath`` tests (not pairs of answers).

Examined and not used: ssoyeon8914/mathProject (the vitest ``checkAnswer("1/2","2/4",
"fraction")`` file, id 67462631365: used by set 35); eightbit6510/wiskunde-wilds,
CoderDayton/verifiable-thinking-mcp and RupertLinacre/brain_bombing (``answersMatch`` suites
found by exact-string search; used by earlier sets); Shu-ice/self_talk_learning (the Japanese
``AnswerJudgmentTestSuite``: used by set 27). Not tied to a repository within the look-up
budget, so not used: the TypeScript polynomial-guessing ``isEquivalent(expr, SECRET)`` suite
(id 55211740676; path guesses and content searches for its ``parser.ts`` found nothing), the
chemistry tutor's ``checkNumericAnswer`` test importing ``@/lib/response-checks`` (id
55528988276; mostly 1%-tolerance and unit-stripping policy rows anyway), and the French
exercise validator (a strict string-format policy by earlier helpers' account). Also found by
exact-string search and not tied to a repository: a vitest ``engine.test`` of an es/en algebra
practice app (``areEquivalent`` / ``exactMatch`` / ``grade(..., 'canonical_form')``, id
70287742013; path guesses found only unrelated ``grading/engine.ts`` files) and a French CAS's
``\cos^{-1}(x)`` test (two ``areEquivalent`` rows, id 71559914558).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "agentclash/agentclash"
R1_AT = (
    "backend/internal/scoring/math_validators_stress_test.go"
    "@23d204f1345d9aed1ba47712faa324a7d503ee99"
)

R2 = "AvagHovhannisyann/Ecolingo"
_R2_C = "@54df07023a3fdd4cc51365c12d0616bb840f1f2b"
R2_EQ = "app/src/lib/engine/__tests__/equivalence-scoring.test.ts" + _R2_C
R2_DIAG = "app/src/lib/engine/__tests__/diagnostic.test.ts" + _R2_C

R3 = "syedmahmad/athena-trial-build"
_R3_C = "@2876c847e2551783d31f21f5e00c7a069160c7b9"
R3_TS = "src/__tests__/answer-equivalence.test.ts" + _R3_C
R3_PY = "agents/tests/test_math_equiv.py" + _R3_C

R4 = "Ommel96/BumTeacherBypass"
R4_AT = "src/lib/__tests__/math-eval.test.ts@8de6af5c29bb5577dff7b7817d719a792d7cb681"

# mathEquals(expected, given) = want: (gold, pred, ok, row comment or "")
_R4_ROWS = [
    # numeric equivalence
    ("0.75", "3/4", True, ""),
    ("0.75", "6/8", True, ""),
    ("0.75", "0,75", True, ""),
    ("0.75", "75%", True, ""),
    ("12", "6:2*4", True, ""),
    ("8", "2^3", True, ""),
    ("1.4142135", "sqrt(2)", True, "truncated expected"),
    ("100000", "10^5", True, ""),
    ("2/3", "0.67", True, "rounded to student precision"),
    ("2/3", "0.6", False, "badly rounded"),
    ("5", "x=5", True, "assignment stripped"),
    ("x=3", "3", True, ""),
    ("0.75", "0.74", False, ""),
    ("3", "5", False, ""),
    # algebraic equivalence
    ("2x+2", "2(x+1)", True, ""),
    ("2x+2", "2x+1", False, ""),
    ("x^2-1", "(x-1)(x+1)", True, ""),
    ("e^x", "exp(x)", True, ""),
    ("a*b", "b*a", True, ""),
    ("2^(x+1)", "2*2^x", True, ""),
    ("ln(x)", "log(x)", False, "ln vs log10"),
]


def _g(gold: str, pred: str, ok: bool, why: str, wrap: bool = True) -> dict[str, object]:
    return _c(R1, R1_AT, gold=gold, pred=pred, wrap=wrap, expected=ok, why=why)


CASES = [
    # agentclash TestMathEquivalenceStress: validateMathEquivalence(actual=pred, expected=gold)
    # Group 1: basic equivalences (pass)
    _g(r"1/2", r"0.5", True, "fraction_decimal"),
    _g(r"1/2", r"2/4", True, "fraction_reduction"),
    _g(r"-0.75", r"-3/4", True, "negative_fraction"),
    _g(r"8", r"2^3", True, "integer_power"),
    _g(r"1", r"5^0", True, "zero_power_number"),
    _g(r"300", r"3e2", True, "scientific_notation"),
    _g(r"0.25", r"25%", True, "percentage"),
    _g(r"50%", r"5e-1", True, "sci_pct_cross"),
    # Group 2: LaTeX normalization (pass)
    _g(r"0.75", r"\frac{3}{4}", True, "latex_frac"),
    _g(r"42", r"\boxed{42}", True, "latex_boxed"),
    _g(r"2^(1/2)", r"\sqrt{2}", True, "latex_sqrt"),
    _g(r"3/2", r"\frac{1}{\frac{2}{3}}", True, "latex_nested_frac"),
    _g(r"1/2", r"\sqrt{\frac{1}{4}}", True, "latex_sqrt_frac"),
    _g(r"42", r"$42$", True, "latex_dollar_wrap"),
    _g(r"0.5", r"$$\frac{1}{2}$$", True, "latex_double_dollar"),
    _g(r"2^(1/2)", r"$\boxed{\sqrt{2}}$", True, "latex_boxed_sqrt"),
    _g(r"2", r"\sqrt[3]{8}", True, "latex_nth_root (default config, numeric fallback)"),
    _g(r"0.5", r"\left(\frac{1}{2}\right)", True, "latex_left_right"),
    # Group 3: symbolic equivalences (pass)
    _g(r"1 + x", r"x + 1", True, "commutative_add"),
    _g(r"b * a", r"a * b", True, "commutative_mul"),
    _g(r"a + b + c", r"(a + b) + c", True, "associative_add"),
    _g(r"3 + x", r"1 + 2 + x", True, "constant_folding_add"),
    _g(r"6 * x", r"2 * 3 * x", True, "constant_folding_mul"),
    # Group 4: Unicode normalization (pass); Go escapes stored as the characters
    _g(r"2", "5 \u2212 3", True, "unicode_minus (U+2212)"),
    _g(r"12", "3 \u00d7 4", True, "unicode_multiply (U+00D7)"),
    _g(r"12", "3 \u00b7 4", True, "unicode_cdot (U+00B7)"),
    _g(r"3", "6 \u00f7 2", True, "unicode_divide (U+00F7)"),
    _g(r"2^(1/2)", "\u221a2", True, "unicode_sqrt (U+221A)"),
    # Group 5: answer extraction after the last "####" (extract_answer config; whole outputs)
    _g(
        r"42",
        r"Let me think... the answer is 42 because... #### 42",
        True,
        "extract_after_reasoning",
        wrap=False,
    ),
    _g(r"7", r"Step 1 #### intermediate #### 7", True, "extract_multiple_delimiters", wrap=False),
    # Group 6: expected failures
    _g(r"42", r"41", False, "wrong_answer"),
    _g(r"x + 2", r"x + 1", False, "off_by_one_symbolic"),
    # Group 7: the probes that pass
    _g(r"1125899906842624", r"2^50", True, "large_exponent_numeric_fallback"),
    _g(r"a + (-1) * b", r"a - b", True, "subtraction_normalized (symbolic, no fallback)"),
    _g(r"5", r"--5", True, "double_negative"),
    _g(r"x", r"1*x", True, "multiplicative_identity"),
    _g(r"x", r"0+x", True, "additive_identity"),
    _g(r"1", r"1/2 + 0.5", True, "mixed_fraction_decimal_sum"),
    # Symbolic-strict mode (no fallback)
    _g(r"0.5", r"1/2", True, "strict_no_fallback_pass"),
    # Ecolingo TEST-ECON-015: checkNumericAnswer(raw, { value: 0.25, relTolerance: 0.005 })
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts 0,25 (comma separator)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"25%",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts 25% (percent)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts 1/4 (fraction)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"+0.25",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts +0.25 (leading plus)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"  0.2500 ",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts '  0.2500 ' (whitespace + trailing zeros)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"2.5e-1",
        wrap=True,
        expected=True,
        why="TEST-ECON-015 accepts 2.5e-1 (scientific notation)",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"0.25",
        pred=r"0.5",
        wrap=True,
        expected=False,
        why="distinguishes wrong value: 0.5 -> reason wrong_value",
    ),
    # declared equivalent literal forms: { value: 16, equivalentForms: ["4^2"] }
    _c(
        R2,
        R2_EQ,
        gold=r"16",
        pred=r"4^2",
        wrap=True,
        expected=True,
        why="accepts declared equivalent literal forms: 4^2 for 16",
    ),
    # q-solow-numeric-1 (answerKey value 16) through scoreAnswer
    _c(
        R2,
        R2_EQ,
        gold=r"16",
        pred=r"16.0",
        wrap=True,
        expected=True,
        why="numeric: k* computation, raw 16.0 correct",
    ),
    _c(
        R2,
        R2_EQ,
        gold=r"16",
        pred=r"4",
        wrap=True,
        expected=False,
        why="numeric: k* computation, raw 4 wrong (failedStep calculation)",
    ),
    # diagnostic item d-math-2 (numericKey value 0.05): scoreDiagnosticItem(growth, raw)
    _c(
        R2,
        R2_DIAG,
        gold=r"0.05",
        pred=r"5%",
        wrap=True,
        expected=True,
        why="d-math-2 growth rate accepts 5%",
    ),
    _c(
        R2,
        R2_DIAG,
        gold=r"0.05",
        pred=r"0,05",
        wrap=True,
        expected=True,
        why="d-math-2 growth rate accepts 0,05",
    ),
    _c(
        R2,
        R2_DIAG,
        gold=r"0.05",
        pred=r"10%",
        wrap=True,
        expected=False,
        why="d-math-2 growth rate rejects 10%",
    ),
    # athena-trial-build isNumericallyEquivalent(user = pred, accepted = gold)
    _c(
        R3,
        R3_TS,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: decimal and fraction forms",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"0.5",
        pred=r"0.50",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: decimal and fraction forms",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: decimal and fraction forms",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"0.75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: decimal and fraction forms",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"-3",
        pred="\u22123",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: unicode minus",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="isNumericallyEquivalent: thousands separators",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"4",
        pred=r"3",
        wrap=True,
        expected=False,
        why="isNumericallyEquivalent rejects different numeric values",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"0.6",
        pred=r"0.5",
        wrap=True,
        expected=False,
        why="isNumericallyEquivalent rejects different numeric values",
    ),
    _c(
        R3,
        R3_TS,
        gold=r"1/3",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="isNumericallyEquivalent rejects different numeric values",
    ),
]

CASES += [
    _c(
        R4,
        R4_AT,
        gold=g,
        pred=p,
        wrap=True,
        expected=ok,
        why=f"mathEquals({g}, {p}) = {str(ok).lower()}" + (f" ({note})" if note else ""),
    )
    for g, p, ok, note in _R4_ROWS
]

r"""An eighth fresh set of answer-equivalence cases (evaluation only; collector "b", first part:
graders written in TypeScript and Rust; the second part is bench/equiv_fresh8_b2.py).

Cases are transcribed from test files that assert a math answer is (or is not) equivalent to a
reference, in repositories that no earlier set used (bench/data/README.md, bench/equiv_issues_*.py,
the docstrings of bench/equiv_fresh3_*.py, bench/data/equiv_fresh4.md, bench/equiv_fresh5_*.py to
bench/equiv_fresh7_*.py and the claims in /work/wt/fresh8_claims). Each case gives the reference
answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap``
is True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
test's language reads from its literals (a TypeScript ``'\\frac'`` is stored as ``r"\frac"``, a Rust
``r"\frac"`` as ``r"\frac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, function as called in the test, license of the stored copy):

- promptfoo/promptfoo ``test/assertions/mathEquivalent.test.ts`` @
  49a0215278246c03ae29427dad9de0fba771e516 (vitest): ``isMathEquivalent(actual, expected).pass`` and
  ``handleMathEquivalent({outputString, renderedValue}).pass`` of the ``math-equivalent`` assertion
  (CortexJS Compute Engine behind a LaTeX / LLM-output cleaner); ``actual`` is the model output
  (``pred``), ``expected`` the reference (``gold``; a numeric ``expected`` such as ``42`` is stored
  as the string ``"42"``). MIT (the main codebase; LICENSE).
- CoderDayton/verifiable-thinking-mcp ``test/extraction.test.ts`` @
  1d6982d15e7d0d29536827e5d6bc0148b58b0838 (bun test): ``answersMatch(extracted, expected)`` of
  ``src/text/extraction.ts`` (first argument the extracted model answer = ``pred``, second the
  expected answer = ``gold``); MIT (LICENSE).
- open-jarvis/OpenJarvis ``rust/crates/openjarvis-learning/src/orchestrator_types.rs`` @
  c504e50ccdd02f36cf2fa125b9cd6adf1126f139 (Rust ``#[cfg(test)]``): ``grade_answer(predicted,
  expected, tolerance)``; no license file in the stored copy (short test strings quoted as test
  data, with attribution).

Conventions: a bare answer expression (no prose, no ``$``/``\(``/``**`` wrapper, no ``\boxed``, one
line) is stored with ``wrap`` True; anything else (prose, markdown, ``$$...$$``, ``<think>``, a
``\boxed`` already present, several lines) is stored unwrapped, exactly as the test passes it. Exact
duplicates within one file (same gold and pred) are kept once. Verdicts that rest on a grader's
numeric tolerance are kept and say so in ``why``.

Left out, by rule: golds the suite cannot judge (promptfoo ``'apple'`` as the expected value,
``NaN`` / ``Infinity`` expected values); asserts with no definite verdict (promptfoo's
``parseFailed``-only checks on ``x + m`` / ``p + q * s``) or forced by a mock (promptfoo's CortexJS
``parse`` / ``box`` spies); misuse guards (promptfoo ``'apple'`` vs ``'apple'`` graded False as
"could not parse"); answer selection from a response cut off mid-sentence (promptfoo's ``... $$a =
2$$ and continuing... (truncated`` graded against 2); extraction / normaliser unit tests
(``extractMathAnswer``, ``normalizeLatex``, ``cleanMathText``, ``extractAnswer``,
``normalizeAnswer``, ``parseFraction``, ``extract_answer``: no pair judged); the percent policy
(verifiable-thinking ``75%`` = ``0.75``, ``1,000%`` = ``10``, ``75 percent`` / ``25pct``: as in
equiv_issues_a); non-math word answers (verifiable-thinking ``YES`` / ``yes`` / ``NO``, OpenJarvis
``Hello`` / ``hello``); a sentence gold that only repeats another case (verifiable-thinking ``42``
vs ``answer is 42``); verdicts that need a loosened, test-configured tolerance against mathematical
equality (OpenJarvis ``0.0000001`` graded equal to ``0`` with ``tolerance=0.001``). The handler's
``inverse`` (``not-math-equivalent``) checks repeat the same pairs and are kept once.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PFOO = "promptfoo/promptfoo"
PFOO_AT = "test/assertions/mathEquivalent.test.ts@49a0215278246c03ae29427dad9de0fba771e516"
VTM = "CoderDayton/verifiable-thinking-mcp"
VTM_AT = "test/extraction.test.ts@1d6982d15e7d0d29536827e5d6bc0148b58b0838"
OJ = "open-jarvis/OpenJarvis"
OJ_AT = (
    "rust/crates/openjarvis-learning/src/orchestrator_types.rs"
    "@c504e50ccdd02f36cf2fa125b9cd6adf1126f139"
)

# promptfoo: (expected = gold, actual = pred, wrap, verdict, why)
_PFOO = [
    ("0.5", "0.5", True, True, "identical decimals"),
    ("0.5", r"\boxed{\dfrac{1}{2}}", False, True, "boxed \\dfrac vs decimal"),
    (r"$\frac{32}{3}$", "32/3", True, True, "plain fraction vs $\\frac$"),
    (r"$\frac{32}3$", "work...\n32/3", False, True, "single-char denominator \\frac{32}3"),
    (r"$\frac{8\pi}{3}$", r"\dfrac{8\pi}{3}", True, True, "\\dfrac vs \\frac"),
    (r"\(\frac{8\pi}{3}\)", r"\(\frac{8\pi}{3}\)", False, True, "inline-math wrapper both sides"),
    ("15", "**15**", False, True, "bold integer"),
    ("15", "computation...\n**15**", False, True, "bold last line after prose"),
    (r"\(-\frac{10}{27}\)", r"\(-\frac{10}{27}\)", False, True, "negative wrapped fraction"),
    ("14", "Total: 14", False, True, "label prefix"),
    (
        r"$e^{-4} + 7$",
        r"7+e^{-4}, attained at $(-2,3)$ and $(2,-1)$",
        False,
        True,
        "comma-suffixed prose stripped; terms reordered",
    ),
    (r"$24+6\cos(4)$", "24+6cos4", True, True, "backslash-less cos4"),
    (r"$24+6\cos(4)$", "24 + 6cos(4)", True, True, "backslash-less cos(4)"),
    ("0", "sin(0)", True, True, "sin(0) = 0"),
    (r"$24+6\cos(4)$", "24 + 6cos 4", True, True, "cos with space-separated digit"),
    (
        r"$\frac{8\pi(2\sqrt{2}-1)}{3}$",
        r"$$S = \boxed{\dfrac{8\pi(2\sqrt{2}-1)}{3}}$$",
        False,
        True,
        "deeply nested boxed \\dfrac",
    ),
    ("$10$", r"\boxed{10\ \text{m}}", False, True, "boxed value with unit vs unitless gold"),
    ("$10$", "**10 m**", False, True, "bold value with unit vs unitless gold"),
    ("$5.09$", "**V ≈ 5.09**", False, True, "V ≈ 5.09 (approx sign, assignment)"),
    ("$5.09$", r"\boxed{V \approx 5.09}", False, True, "boxed V \\approx 5.09"),
    ("$5.09$", r"$$\boxed{V \approx 5.09}$$", False, True, "display-math boxed V \\approx 5.09"),
    ("0.9124", "After computing:\n0.9124", False, True, "answer on the last line"),
    (r"$20\sqrt{57}$", "20√57", True, True, "unicode √"),
    (r"$-\frac{185\sqrt{23}}{6}$", "−185√23 / 6", True, True, "unicode √ and unicode minus"),
    (r"$-\frac{1}{4}$", "−1/4", True, True, "unicode minus in plain fraction"),
    (r"$-\frac32$", "−3/2", True, True, "unicode minus vs \\frac32"),
    ("4", "a × b = 4 × 1 = 4", False, True, "equality chain, last segment"),
    (r"$\frac{23}{53}$", "230/530 = 23/53", False, True, "equality chain 230/530 = 23/53"),
    ("0.0113", r"P(Safe|F) \approx 0.0113", False, True, "probability label then \\approx"),
    ("2.00625", "2,00625", True, True, "European decimal comma"),
    ("33167.52", "≈ 33167.52", False, True, "leading ≈"),
    (r"$-\frac{1}{4}$", "−1/4 (i.e., −$0.25)", False, True, "(i.e., ...) parenthetical"),
    ("43", "42", True, False, "42 vs 43"),
    ("42", "some long prose with no answer", False, False, "prose with no answer"),
    (r"\frac{7}{6}", r"\frac{1}{6}", True, False, "1/6 vs 7/6"),
    ("0.67", "0.86", True, False, "0.86 vs 0.67"),
    (r"$-\frac32$", "-3", True, False, "-3 vs -3/2 (judge false-positive regression)"),
    (r"$\frac{23}{53}$", "49/106", True, False, "49/106 vs 23/53 (judge FP regression)"),
    (
        r"$\frac{3260416}{405}$",
        r"\dfrac{3260416\,\pi}{405}",
        True,
        False,
        "extra π factor (judge FP regression)",
    ),
    (r"-\frac{\pi}{3}", r"\dfrac{5\pi}{3}", True, False, "5π/3 vs -π/3 (no mod-2π collapse)"),
    ("0.5", "The answer is 0.5", False, True, "prose-wrapped answer"),
    ("42", "Therefore the result is 42", False, True, "prose-wrapped answer (numeric 42)"),
    ("$7$", "So the value is 7", False, True, "prose-wrapped answer vs $7$"),
    ("0.5", r"After simplification we get \frac{1}{2}", False, True, "prose then \\frac"),
    ("24", "2*3*4", True, True, "* multiplication"),
    ("2", "1*2", True, True, "* multiplication (numeric 2)"),
    ("6", "2*3", True, True, "* multiplication"),
    (r"\frac{1}{\pi}", r"\frac{1}\pi", True, True, "\\frac with command denominator"),
    (r"\frac{2}{\theta}", r"\frac{2}\theta", True, True, "\\frac with command denominator"),
    ("3", "<think>$$2$$</think>\nFinal answer: 3", False, True, "display math inside <think>"),
    ("0.5", "<think>$$2$$</think>\n0.5", False, True, "display math inside <think> ignored"),
    ("1000", "1,000", True, True, "thousands separator"),
    ("1234", "1,234", True, True, "thousands separator (numeric 1234)"),
    ("1234567", "1,234,567", True, True, "thousands separators"),
    ("12345", "12,345", True, True, "thousands separator (numeric 12345)"),
    ("1", "1,000", True, False, "1,000 is not 1 (not a decimal comma)"),
    ("0.5", "The answer is 0.5.", False, True, "sentence-terminated prose"),
    ("7", "Therefore the result is 7!", False, True, "'!' read as sentence end (numeric 7)"),
    ("3.14159", "So the answer comes out to 3.14159.", False, True, "sentence-terminated"),
    ("0.5", "Answer: 0.5.", False, True, "labelled, sentence-terminated"),
    ("42", "Final answer: 42.", False, True, "labelled, sentence-terminated (numeric 42)"),
    ("14", "Total: 14.", False, True, "labelled, sentence-terminated"),
    ("10", "10kg", True, True, "attached unit kg (numeric 10)"),
    ("5", "5m", True, True, "attached unit m"),
    ("45", "45deg", True, True, "attached unit deg (numeric 45)"),
    ("100", "100ms", True, True, "attached unit ms"),
    ("0.5", "1/2 m", True, True, "fraction with trailing unit"),
    ("0.5", r"\frac{1}{2} kg", True, True, "\\frac with trailing unit (numeric 0.5)"),
    ("0.5", r"\frac{1}{2}m", True, True, "\\frac with attached unit"),
    (r"\sqrt{2}", r"\sqrt{2} m", True, True, "\\sqrt with trailing unit"),
    ("0.5", "The answer is 1 / 2", False, True, "prose then spaced fraction"),
    (r"\frac{1}{2}", "The answer is 1 / 2", False, True, "prose then spaced fraction"),
    ("x + 1", "The answer is x + 1", False, True, "prose then expression"),
    ("x + y - 3", "Therefore the result is x + y - 3", False, True, "prose then expression"),
    ("6", "So the value comes out to 1 + 2 + 3", False, True, "prose then sum"),
    ("-0.25", "And so the answer is -1 / 4", False, True, "prose then negative fraction"),
    ("6", "The answer is 2 × 3", False, True, "unicode × (numeric 6)"),
    ("3", "Therefore 6 ÷ 2", False, True, "unicode ÷ (numeric 3)"),
    ("4", "So the result is 5 − 1", False, True, "unicode minus operator (numeric 4)"),
    ("6", "Final answer 2 · 3", False, True, "unicode · (numeric 6)"),
    ("2", "<think>$$2$$</think>\nFinal answer: 3", False, False, "hidden <think> value not used"),
    ("2", "<think>$$2$$</think>\n0.5", False, False, "hidden <think> value not used"),
    ("3", "$$2$$\nAnswer: 3", False, True, "labelled final line beats earlier display"),
    ("2", "$$2$$\nAnswer: 3", False, False, "earlier display value is intermediate"),
    ("3", "$$2$$ Answer: 3", False, True, "label after same-line display (numeric 3)"),
    ("2", "$$2$$ Answer: 3", False, False, "same-line display is intermediate (numeric 2)"),
    ("0.5", "1/2 ≈ 0.5", False, True, "approximation chain"),
    ("0.5", r"1/2 \approx 0.5", False, True, "approximation chain with \\approx"),
    ("0.5", r"$$1/2 \approx 0.5$$", False, True, "display approximation chain"),
    ("0.5", "\\[\\frac{1}{2}\\]\nThis is the final result.", False, True, "\\[..\\] then prose"),
    ("0.5", "$$\\frac{1}{2}$$\nThis is the final result.", False, True, "$$..$$ then prose"),
    ("2", "$$x = 2$$\nDone.", False, True, "assignment display then prose (numeric 2)"),
    ("23/53", "$$230/530 = 23/53$$\nDone.", False, True, "equality chain display then prose"),
    ("42", "no answer here", False, False, "prose with no answer"),
    ("1", "1", True, True, "1 vs 1"),
    ("2", "1", True, False, "1 vs 2"),
    ("0.5", r"\boxed{\frac{1}{2}}", False, True, "handleMathEquivalent: boxed \\frac"),
    ("0.5", r"\frac{1}{2}", True, True, "handleMathEquivalent (numeric 0.5)"),
    ("0.5", "0.6", True, False, "handleMathEquivalent: 0.6 vs 0.5"),
]

# verifiable-thinking-mcp answersMatch(extracted = pred, expected = gold): (gold, pred, ok, why)
_VTM = [
    ("42", "42", True, "exact"),
    ("1234", "1,234", True, "thousands comma removed"),
    ("3.14159", "3.14159", True, "same decimal"),
    ("3.14159", "3.1416", True, "numeric tolerance (rounded 3.1416)"),
    ("45 degrees", "45", True, "unit word in gold"),
    ("43", "42", False, "42 vs 43"),
    ("1", "1/2", False, "1/2 is not 1 (no numeric containment)"),
    ("1", "12", False, "12 is not 1"),
    ("1", "21", False, "21 is not 1"),
    ("12", "123", False, "123 is not 12"),
    ("0.5", "1/2", True, "fraction vs decimal"),
    ("1/2", "0.5", True, "decimal vs fraction"),
    ("0.6667", "2/3", True, "fraction vs rounded decimal (tolerance)"),
    ("0.667", "2/3", True, "fraction vs rounded decimal (tolerance)"),
    ("0.75", "3/4", True, "fraction vs decimal"),
    ("2/4", "1/2", True, "equivalent fractions"),
    ("4/6", "2/3", True, "equivalent fractions"),
    ("1/3", "3/9", True, "equivalent fractions"),
    ("0.5", "one-half", True, "word fraction"),
    ("0.5", "one half", True, "word fraction"),
    ("0.5", "a half", True, "word fraction"),
    ("2/3", "two-thirds", True, "word fraction"),
    ("0.6667", "two thirds", True, "word fraction vs rounded decimal (tolerance)"),
    ("0.75", "three-quarters", True, "word fraction"),
    ("3/4", "three quarters", True, "word fraction"),
    ("0.75", "three-fourths", True, "word fraction"),
    ("1/3", "one-third", True, "word fraction"),
    ("0.25", "one-fourth", True, "word fraction"),
    ("0.25", "one-quarter", True, "word fraction"),
    ("0.4", "two-fifths", True, "word fraction"),
    ("0.3", "three-tenths", True, "word fraction"),
    ("1.5", "1 1/2", True, "mixed number"),
    ("2.75", "2 3/4", True, "mixed number"),
    ("1500000", "1.5e6", True, "e notation"),
    ("1000", "1e3", True, "e notation"),
    ("0.025", "2.5e-2", True, "negative exponent e notation"),
    ("300000000", "3×10^8", True, "× power-of-ten notation"),
    ("300000000", "3x10^8", True, "x as times in power-of-ten notation"),
    ("300000000", "3X10^8", True, "X as times in power-of-ten notation"),
    ("300000000", "3×10⁸", True, "unicode superscript exponent"),
    ("0.01", "1×10⁻²", True, "unicode superscript negative exponent"),
    ("1.5e6", "1500000", True, "expanded vs e notation"),
    ("3×10^8", "300000000", True, "expanded vs × notation"),
]

# OpenJarvis grade_answer(predicted, expected, tolerance): (gold, pred, wrap, ok, why)
_OJ = [
    ("42", "  42  ", True, True, "surrounding spaces (tolerance 1e-6)"),
    ("42", "The answer is 42", False, True, "'The answer is' sentence (tolerance 0.01)"),
    ("99", "The answer is 42", False, False, "42 vs 99 (tolerance 0.01)"),
    ("3.14", "The answer is 3.14", False, True, "true pair; the test passes tolerance 0.05"),
    ("3.14", "3.14", True, True, "same decimal (tolerance 0.01)"),
    ("0", "5.0", True, False, "5.0 vs 0 (tolerance 0.001)"),
]

CASES: list[dict] = [
    *(_c(PFOO, PFOO_AT, g, p, w, ok, f"math-equivalent: {why}") for g, p, w, ok, why in _PFOO),
    *(_c(VTM, VTM_AT, g, p, True, ok, f"answersMatch: {why}") for g, p, ok, why in _VTM),
    *(_c(OJ, OJ_AT, g, p, w, ok, f"grade_answer: {why}") for g, p, w, ok, why in _OJ),
]

r"""A tenth fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the test suites of five projects' answer checkers that no earlier set
used (see bench/data/README.md, bench/equiv_issues_*.py, the fresh3-fresh9 modules and
/work/wt/fresh10_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole completion
as the test passes it) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the test (a
test's ``"50\\%"`` is stored as ``r"50\%"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- xaviercallens/GWAYA-GwenLayaOpenModel (a cascade / selective-answering study whose math scorer
  ``gwaya.domains.math_check`` decides answer equivalence with an exact path and an optional sympy
  path):
  ``tests/test_math_check_normalization.py`` @ 2305d90e3fd1e484229323bb26e23a0cf9e24f0f
  (``answers_equivalent(cand, gold)[0]``, read as (pred, gold); the suite asserts most pairs in
  both directions, stored once; ``normalize_answer`` mapping ``\$1,000`` onto ``1000`` and the
  ``consensus_key`` pairs that must merge are read as equivalences) and ``tests/test_domains.py``
  @ 24bc5c0c0190d9055b11114846d8b7423e570091 (``answers_equivalent(a, b)``, read as (pred, gold);
  ``check_math(response, gold)`` / ``check(task, response)`` with status ``VERIFIED`` read as
  True and ``FAILED`` as False).
- COMRADEART/mango (a base-vs-adapter comparability study, package ``sciencemath.comparability``):
  ``tests/test_t31_comparability_extraction.py`` @ d5d68be2482a271d7116b1fc7e6391a514ebc015
  (``math_equivalent(predicted, gold)[0]``; ``normalize_number`` mapping one spelling of a number
  onto another, read as an equivalence; ``score(item(gold), "numeric", extract_numeric(raw), raw)``
  with ``content_valid`` as the verdict) and ``tests/test_t31_comparability_scoring.py`` @ the same
  commit (``run(item, raw).content_valid`` for GSM8K and MATH-500 items: the whole generation is
  stored with ``wrap`` False, except the parametrized MATH-500 tables, whose test puts the bare
  prediction in ``\boxed{}`` itself and which are stored with ``wrap`` True).
- shenpeijun0212/V-Session ``tests/test_evaluation.py`` @ 20d9ed3f8348debc074ccd3a286abddab750fb1c
  (``math_equivalent(a, b)`` of ``vsession.evaluation``, read as (pred, gold); it compares unordered
  comma lists as sets, keeps bracket types and treats an equation ``y=2x+3`` as differing from the
  bare expression ``2x+3``; ``evaluate_response("gsm8k", raw, solution).correct``).
- jackwarren430/twin-models (self-play creator/solver RL, ``twin.verifiers.math_verifier``):
  ``tests/sprint8/test_audit_fixes.py`` @ 438d0f22a4e125cb5a5d5920411f1062b53f3296 and
  ``tests/sprint2/test_verifiers.py`` @ 22ff009d13d83e7d3269fa3da647a6e156bcb05a
  (``verify_math(candidate, expected).correct``; named values ``x = 2, y = 1`` are matched to
  tuples by position and to other named lists by name), ``tests/bench/test_grade.py``
  @ 89d6852b3c3c5e55be42ad3a8f75a8669479636a (``grade(item, response).correct`` for
  ``math_numeric`` items, whole responses with an ``ANSWER:`` line).
- e-dimon17/MOK ``tests/unit/test_rl_math_reward.py`` @ 3a37e632d244fb5a5d43320b5d6525bcd2e7fec4
  (``verify_math(completion, reference)`` of ``rl.rewards.math_reward``: its ``TRUTH_TABLE``, whole
  completions; ``normalize_answer`` mapping one spelling onto another, read as an equivalence).
  The same table is in ``tests/unit/test_stepG_math_reward.py`` (``G.rewards``), used once.
No license file was found in the stored copies of these repositories: the short test strings are
quoted as test data, with attribution.

Verdicts: a pair the suite asserts ``is not True`` (its "true negatives" and "never equal" lists,
where the scorer may answer False or "undecided") is stored with ``expected`` False: the suite's
point is that the pair must never be accepted. ``why`` carries the suite's own comment where it has
one. Two GWAYA verdicts are the suite's registered reading rather than a textbook one and are
marked in ``why``: ``2\frac{3}{2}`` = 3 (juxtaposition without a space read as a product) and the
numeric tolerances (``0.333333333`` = 1/3, ``3.141593`` = pi but ``3.14159`` != pi). A gold the
suite gives as a GSM8K solution (``... #### 8``) is stored as the answer the suite extracts from it
(``why`` says so); a gold written as ``\boxed{72}`` is kept as written.

Left out, by rule: the percent policy (``50\%`` = ``50`` in both files, ``5\text{ percent}`` not
accepted as ``5``); format policies (``check_math``'s boxed-only rule rejecting ``#### 12`` and
``the answer is 12`` and accepting them with ``boxed_only=False``; ``I do not know``); pairs the
suite only requires to be undecided (``banana`` / ``apple``, ``\frac{x}{`` / ``1``, the
``__import__`` guard, the sympy-hidden ``2\sqrt{2}`` / ``\sqrt{8}``, ``(1,2)`` / ``(2,1)`` in
test_domains.py, which is None there and False in the normalization suite, where it is kept);
``tests/test_math_gate.py`` (the program-of-thought gate compares a boxed answer with a program's
printed output, not with a reference answer); repeats of a pair already stored (kept once, at
its first file). From COMRADEART/mango: multiple-choice items (ARC, SciQ letters and option texts);
abstentions and truncated generations (no answer); ``50%`` -> ``50`` (percent policy); the
whitelist policy scoring ``\boxed{\int_0^1 x\,dx}`` wrong against ``\frac{1}{2}`` although the
integral equals 1/2 (a deliberate strict-form verdict against mathematical equality); the
case-sensitive ``\text{Ellipse}`` vs ``\text{ellipse}`` False (a format policy); malformed input
the suite only guards against (gold ``x^{2{``, ``x^{2`` vs ``1``, ``{2}`` vs ``2``);
``schema_valid`` flags (format only) and tier names; the scoring file's ``0.5``, ``\frac{2}{4}``
and ``2`` against ``\frac{1}{2}``, which repeat the extraction file's table. From V-Session: the
code-execution and huge-power guards (``__import__(...)``, ``9**999999999`` vs ``1``) and a
response with no answer. From twin-models: ``check_predicate`` certificates (a candidate checked
against an equation, not against a reference answer), the CAS ``solve`` tool, the LLM-judge stub,
code and multiple-choice grading, exact-string non-math items (``H2O``, ``Tokyo``), and
``verify_answer``'s ``4`` / ``5`` against ``4`` (repeats of scalar cases). From MOK: the percent
rows (``So the discount is 50%`` = ``1/2``, ``\boxed{50\%}`` = ``0.5``: percent policy), completions
with no answer (empty, ``No numeric content here.``, ``\boxed{}``) and ``normalize_answer`` rows
that only fix an internal form (``(3)/(4)``, ``sqrt(2)``, ``2**(10)``).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

_GWAYA = "xaviercallens/GWAYA-GwenLayaOpenModel"
_NORM = "tests/test_math_check_normalization.py@2305d90e3fd1e484229323bb26e23a0cf9e24f0f"
_DOM = "tests/test_domains.py@24bc5c0c0190d9055b11114846d8b7423e570091"

# (pred, gold, expected, why) rows; every row is a bare answer (wrap=True).
_NORM_ROWS: list[tuple[str, str, bool, str]] = [
    # AUDIT_PAIRS: gold/candidate pairs from the audit of stored generations, both directions.
    (r"\frac14", "1/4", True, "audit pair: brace-less \\frac"),
    (r"\frac 59", r"\frac{5}{9}", True, "audit pair: \\frac with a space, no braces"),
    (r"\frac9{19}", r"\frac{9}{19}", True, "audit pair: half-braced \\frac"),
    (r"\dfrac{3}4", "3/4", True, "audit pair: half-braced \\dfrac"),
    (r"\sqrt2", r"\sqrt{2}", True, "audit pair: brace-less \\sqrt"),
    (r"6 \mbox{ cm}^2", "6", True, "audit pair: unit in \\mbox dropped"),
    (r"50\text{ cents}", "50", True, "audit pair: unit word dropped"),
    ("(-1, 6)", "(-1,6)", True, "audit pair: tuple spacing"),
    ("x=5", "5", True, "audit pair: leading assignment dropped"),
    (r"x \in [-2,7]", "[-2, 7]", True, "audit pair: x \\in prefix dropped"),
    ("4210_{5}", "4210_5", True, "audit pair: base subscript braces"),
    (
        r"\begin{pmatrix} \frac{16}{49} \\ \frac{48}{49} \\ \frac{24}{49} \end{pmatrix}",
        r"\begin{pmatrix} 16/49 \\ 48/49 \\ 24/49 \end{pmatrix}",
        True,
        "audit pair: matrix entries \\frac vs slash",
    ),
    (r"15 \frac{39}{40}", r"\frac{639}{40}", True, "audit pair: mixed number"),
    (r"-2 \frac{1}{2}", "-5/2", True, "audit pair: negative mixed number"),
    (r"137\frac{1}{2}", r"137 \frac{1}{2}", True, "audit pair: mixed number with/without space"),
    (r"137\ \frac{1}{2}", "275/2", True, "audit pair: mixed number with \\ space"),
    (r"5^{\text{th}}", "5", True, "audit pair: ordinal suffix"),
    # TRUE_NEGATIVES: must not be equivalent (either direction), nor VERIFIED when boxed.
    ("circle", "ellipse", False, "true negative: different words"),
    (r"[-\sqrt3,\sqrt3)", r"(-\sqrt3,\sqrt3)", False, "true negative: bracket type"),
    (r"[1,2]\cup[3,4]", r"[1,2)\cup[3,4)", False, "true negative: union endpoints"),
    ("(0,36)", r"(0,9)\cup(9,36)", False, "true negative: 9 excluded from the union"),
    ("(1,2)", "(1,2,3)", False, "true negative: tuple length"),
    ("(1,2)", "(2,1)", False, "true negative: tuple order"),
    (
        r"\begin{pmatrix} 1 \\ 2 \end{pmatrix}",
        r"\begin{pmatrix} 1 \\ 3 \end{pmatrix}",
        False,
        "true negative: matrix entry",
    ),
    (r"5\text{ million}", "5", False, "true negative: a multiplier word is not a unit"),
    ("[0,1]", "[0,1)", False, "bracket type mismatch is False"),
    (
        r"(-\infty,0)\cup(0,\infty)",
        r"(-\infty, 0) \cup (0, \infty)",
        True,
        "union decided when all parts match",
    ),
    (r"\$1,000", "1000", True, "normalize_answer maps \\$1,000 onto 1000"),
    # test_numeric_tolerance
    ("1000001.0", "1000000", False, "numeric tolerance: relative 1e-6 not met"),
    ("123456700.0", "123456789", False, "numeric tolerance"),
    ("3.9999999999999996", "4", True, "numeric tolerance: float noise"),
    ("864.000000000000", "864", True, "numeric tolerance: trailing zeros"),
    ("0.3333", r"\frac{1}{3}", False, "numeric tolerance: too few digits (suite's rule)"),
    ("0.333333333", r"\frac{1}{3}", True, "numeric tolerance: enough digits (suite's rule)"),
    ("0.30000000000000004", "0.3", True, "numeric tolerance: float noise"),
    ("0.3000001", "0.3", False, "numeric tolerance"),
    # test_sympy_closed_forms
    ("3.14159", r"\pi", False, "decimal vs pi: suite's tolerance rule"),
    ("3.141593", r"\pi", True, "decimal vs pi: correctly rounded 6 places"),
    ("3.141592", r"\pi", False, "wrong last stated digit"),
    ("1.4142135623730951", r"\sqrt{2}", True, "repr() of a double, as a program prints it"),
    ("1.4142", r"\sqrt2", False, "decimal vs sqrt 2: suite's tolerance rule"),
    (r"2\sqrt{2}", r"\sqrt{8}", True, "sympy closed forms"),
    (
        r"2\frac{3}{2}",
        "3",
        True,
        "suite's rule: no space + improper fraction is a product (not mixed number 3.5)",
    ),
    # NEVER_EQUAL: fail-open paths that must stay closed (review of c4e560d).
    (r"2+3\text{i}", "5", False, "the imaginary unit is not a unit"),
    (r"2\text{e}", "2", False, "a constant is not a unit"),
    (r"3\text{ feet}", r"3\text{ inches}", False, "two different units"),
    (r"6\text{ cm}^2", r"6\text{ cm}", False, "different powers of one unit"),
    (r"30^\circ", r"30\text{ cm}", False, "degrees vs cm"),
    (r"5\text{ dozen}", "5", False, "multiplier word"),
    (r"3\text{ thousand}", "3", False, "multiplier word"),
    (r"3\text{ thousands}", "3", False, "multiplier word, plural"),
    (r"2\text{ million}", "2", False, "multiplier word"),
    (r"2\text{ millions}", "2", False, "multiplier word, plural"),
    (r"4\text{ hundred}", "4", False, "multiplier word"),
    (r"4\text{ hundreds}", "4", False, "multiplier word, plural"),
    (r"5\text{ m}", "5", False, "single letters are never stripped"),
    (r"7\text{ students}", "7", False, "a count noun is not on the unit whitelist"),
    ("x=3", "y=3", False, "different assigned variables"),
    (r"x \in [1,2]", r"y \in [1,2]", False, "different variables"),
    ("0.0", r"\frac{1}{2000000}", False, "near-zero tolerance max(1e-9, 1e-6|gold|)"),
    ("0.0000001", "0", False, "near-zero tolerance"),
    ("0.000001", "0", False, "near-zero tolerance"),
    # test_same_unit_or_variable_equivalent (both directions)
    (r"6\text{ square centimeters}", r"6\text{ cm}^2", True, "same unit, different spelling"),
    (r"6\mbox{ cm}^{2}", r"6\text{ cm^2}", True, "same unit, \\mbox vs \\text"),
    (r"12\text{ sq ft}", r"12\text{ square feet}", True, "same unit, abbreviation"),
    (r"8\text{ square units}", r"8\text{ units}^2", True, "same unit"),
    (r"30^\circ", r"30\text{ degrees}", True, "degree sign vs word"),
    (r"30^{\circ}", "30", True, "degree sign dropped"),
    (r"3\text{ hours}", "3", True, "unit word dropped"),
    (r"3\text{ hr}", r"3\text{ hours}", True, "unit abbreviation"),
    (r"40\text{ miles per hour}", r"40\text{ mph}", True, "unit abbreviation"),
    (r"2\text{ dollars}", "2", True, "unit word dropped"),
    ("x=3", "x = 3", True, "same variable on both sides"),
    (r"x \in [-2,7]", r"x\in[-2, 7]", True, "same variable, spacing"),
    # test_decimal_vs_exact_tolerance
    ("0.0000000001", "0", True, "within the registered 1e-9 floor"),
    ("0.0", "0", True, "decimal zero"),
    ("0.0005000001", r"\frac{1}{2000}", True, "1e-10 <= max(1e-9, 5e-10)"),
    ("0.000501", r"\frac{1}{2000}", False, "outside tolerance"),
    ("1000000.5", "1000000", False, "tolerance capped at 1e-6 relative"),
    # test_decimal_vs_closed_never_looser_than_registered
    ("0.0", r"\frac{\sqrt{2}}{2000000000}", False, "decimal vs closed form near zero"),
    ("0.0000000", r"\sqrt{2}-\sqrt{2}", True, "gold simplifies to exact 0"),
    # consensus_key pairs that must merge (notational variants of one answer)
    (r"\frac14", r"\frac{1}{4}", True, "consensus key: brace-less \\frac"),
    (r"\dfrac{3}{4}", r"\frac{3}{4}", True, "consensus key: \\dfrac"),
    (r"6\text{ cm}^2", r"6\mbox{ square centimeters}", True, "consensus key: unit spelling"),
]

_DOM_ROWS: list[tuple[str, str, bool, str]] = [
    ("18", "18.00", True, "test_numeric: trailing zeros"),
    ("1,000", "1000", True, "test_numeric: thousands separator"),
    (r"\frac{1}{2}", "0.5", True, "test_numeric: fraction vs decimal"),
    ("1/2", r"\dfrac{1}{2}", True, "test_numeric: slash vs \\dfrac"),
    ("7", "8", False, "test_numeric: different integers"),
    (r"\text{12}", "12", True, "test_numeric: \\text wrapper"),
    ("(1,2)", "(1,2)", True, "exact string match"),
    (r"\frac{\pi}{2}", "pi/2", True, "test_sympy: LaTeX vs plain pi"),
    ("x^2+2x+1", "(x+1)^2", True, "test_sympy: expanded vs factored"),
    ("x+1", "x+2", False, "test_sympy: different expressions"),
]

# (completion, gold, expected, why): whole responses given to check_math / check (wrap=False).
_DOM_RESPONSES: list[tuple[str, str, bool, str]] = [
    (r"so \boxed{12}", "12", True, "check_math VERIFIED"),
    (r"so \boxed{13}", "12", False, "check_math FAILED"),
    (r"\boxed{5}", "5", True, "check(task) VERIFIED"),
    (r"answer: \boxed{1234}", "1234", True, "gold extracted by the GSM8K loader from '#### 1,234'"),
]

_MANGO = "COMRADEART/mango"
_MEXT = "tests/test_t31_comparability_extraction.py@d5d68be2482a271d7116b1fc7e6391a514ebc015"
_MSCO = "tests/test_t31_comparability_scoring.py@d5d68be2482a271d7116b1fc7e6391a514ebc015"

# (pred, gold, expected, why): bare answers (wrap=True).
_MEXT_ROWS: list[tuple[str, str, bool, str]] = [
    (r"\frac{1}{2}", r"\frac{1}{2}", True, "math_equivalent: identical"),
    ("0.5", r"\frac{1}{2}", True, "math_equivalent: decimal vs fraction"),
    (r"\frac{2}{4}", r"\frac{1}{2}", True, "math_equivalent: unreduced fraction"),
    ("2", r"\frac{1}{2}", False, "math_equivalent: different value"),
    ("3", "4", False, "math_equivalent: different integers"),
    (r"(3,\frac{\pi}{2})", r"(3,\frac{\pi}{2})", True, "math_equivalent: identical tuple"),
    ("1,000", "1000", True, "normalize_number: thousands separator"),
    ("$18", "18", True, "normalize_number: dollar sign"),
    ("$1,000.00", "1000", True, "normalize_number: dollar, separator, .00"),
    ("0.50", "0.5", True, "normalize_number: trailing zero"),
    ("72.", "72", True, "normalize_number: trailing period"),
]

# (completion, gold, expected, why): whole generations (wrap=False).
_MEXT_RESPONSES: list[tuple[str, str, bool, str]] = [
    ("#### 18", "72", False, "GSM8K: formatted wrong answer"),
    ("So the total is 72.", "72", True, "GSM8K: right answer without #### (content valid)"),
    ("total is 72", "72", True, "GSM8K: last number"),
    ("total is 18", "72", False, "GSM8K: wrong last number"),
    (
        "48 + 24 = 72, and then I divide by 10 to get 7.2\n#### 7.2",
        "72",
        False,
        "GSM8K: gold only in the working, reported 7.2",
    ),
]

_MSCO_ROWS: list[tuple[str, str, bool, str]] = [
    # test_mathematically_equal_answers_are_equal: run(math500(gold), "\\boxed{" + pred + "}")
    ("2+2", "4", True, "MATH-500: arithmetic expression"),
    (r"\frac{6}{2}", "3", True, "MATH-500: fraction equal to an integer"),
    ("6/2", "3", True, "MATH-500: slash fraction equal to an integer"),
    (r"2\cdot\pi", "2\\pi", True, "MATH-500: explicit product"),
    ("2^{1/2}", r"\sqrt{2}", True, "MATH-500: power vs root"),
    ("2^{10}", "1024", True, "MATH-500: power vs value"),
    ("3^{4}", "81", True, "MATH-500: braced power vs value"),
    ("10^{3}", "1000", True, "MATH-500: power of ten"),
    ("2^{-3}", r"\frac{1}{8}", True, "MATH-500: negative power"),
    # test_mathematically_different_answers_are_different
    ("1", r"\frac{1}{2}", False, "MATH-500: different value"),
    ("5", "4", False, "MATH-500: different integers"),
    ("x^2-1", "x^2+1", False, "MATH-500: different polynomial"),
    # math_equivalent(predicted, gold)
    ("x^{2}+1", "x^2+1", True, "math_equivalent: braced exponent"),
]

_MSCO_RESPONSES: list[tuple[str, str, bool, str]] = [
    ("#### 72", "72", True, "GSM8K: hash marker"),
    ("#### 1,000", "1000", True, "GSM8K: thousands separator"),
    ("#### 72.0", "72", True, "GSM8K: trailing .0"),
    ("#### $1000", "1000", True, "GSM8K: dollar sign"),
    ("#### 0.50", "0.5", True, "GSM8K: trailing zero"),
    ("#### -3", "-3", True, "GSM8K: negative"),
    ("So she sells 18 eggs, no wait, 72.", "72", True, "GSM8K: last number, no marker"),
    ("She has 18 eggs left.", "72", False, "GSM8K: wrong number in prose"),
    ("So it is 72.", "72", True, "GSM8K: right number in prose"),
    ("She adds 5 and 5 to get 72.\n#### 72", "72", True, "GSM8K: content never reads working"),
    (
        "It should have been 72, but after recounting she has 18.",
        "72",
        False,
        "GSM8K: gold in the working, committed to 18",
    ),
    (r"Thus \boxed{\frac{1}{2}}.", r"\frac{1}{2}", True, "MATH-500: identical boxed"),
    (r"\boxed{\frac{1}{2}}", r"\frac{1}{2}", True, "MATH-500: identical boxed"),
    (r"\boxed{1}", r"\frac{1}{2}", False, "MATH-500: wrong boxed"),
    (
        r"Therefore the answer is \frac{1}{2}",
        r"\frac{1}{2}",
        True,
        "MATH-500: unboxed answer still read (content valid)",
    ),
    (r"the answer is \frac{1}{2}", r"\frac{1}{2}", True, "MATH-500: unboxed answer cue"),
]

_VSESSION = "shenpeijun0212/V-Session"
_VEVAL = "tests/test_evaluation.py@20d9ed3f8348debc074ccd3a286abddab750fb1c"

_VEVAL_ROWS: list[tuple[str, str, bool, str]] = [
    (r"\frac{1}{2}", "0.5", True, "math_equivalent: fraction vs decimal"),
    (r"\frac43", "4/3", True, "math_equivalent: brace-less \\frac"),
    (r"\{1,2\}", r"\{2,1\}", True, "math_equivalent: set order"),
    ("x=5", "5", True, "math_equivalent: assignment prefix"),
    ("x=π", r"\pi", True, "math_equivalent: unicode pi with assignment"),
    ("(1/2)", "0.5", True, "math_equivalent: parenthesised fraction"),
    ("1, -2", "1,-2", True, "math_equivalent: list spacing"),
    ("-2,1", "1,-2", True, "math_equivalent: list order ignored"),
    ("7,5,3", "3,5,7", True, "math_equivalent: list order ignored"),
    ("58,500", "58500", True, "math_equivalent: thousands separator"),
    ("[0,1)", "(0,1]", False, "math_equivalent: interval brackets"),
    ("(1,2)", "(2,1)", False, "math_equivalent: ordered pair"),
    ("3", "3, 5, 7", False, "math_equivalent: one of several answers"),
    ("1", "1,-2", False, "math_equivalent: one of two answers"),
    ("-21", "-2,1", False, "math_equivalent: comma is not a digit separator here"),
    ("z=2x+3", "y=2x+3", False, "math_equivalent: different left-hand variable"),
    ("2x+3", "y=2x+3", False, "suite's rule: expression is not the equation y=2x+3"),
    ("-2x", "y=-2x", False, "suite's rule: expression is not the equation y=-2x"),
    ("x", "y=x", False, "suite's rule: expression is not the equation y=x"),
]

_VEVAL_RESPONSES: list[tuple[str, str, bool, str]] = [
    ("The answer is -3.14", "-3.14", True, "GSM8K: signed decimal, gold from '#### -3.14'"),
]

_TWIN = "jackwarren430/twin-models"
_TAUD = "tests/sprint8/test_audit_fixes.py@438d0f22a4e125cb5a5d5920411f1062b53f3296"
_TVER = "tests/sprint2/test_verifiers.py@22ff009d13d83e7d3269fa3da647a6e156bcb05a"
_TGRD = "tests/bench/test_grade.py@89d6852b3c3c5e55be42ad3a8f75a8669479636a"

_TAUD_ROWS: list[tuple[str, str, bool, str]] = [
    ("(2, 1)", "x = 2, y = 1", True, "tuple vs named values"),
    ("[2, 1]", "x = 2, y = 1", True, "list vs named values"),
    ("x = 2, y = 1", "(2, 1)", True, "named values vs tuple"),
    ("y = 1, x = 2", "x = 2, y = 1", True, "named values aligned by name, not order"),
    ("y = 2, x = 1", "x = 2, y = 1", False, "named values swapped"),
    ("(1, 2)", "x = 2, y = 1", False, "tuple in the wrong order"),
    ("(2, 1, 0)", "x = 2, y = 1", False, "tuple of the wrong length"),
    ("(1/2, 3)", "x = 0.5, y = 3", True, "tuple entries as expressions"),
    ("a = 2*3, b = 10 - 3", "(6, 7)", True, "named expressions vs tuple"),
    ("4", "4", True, "scalar"),
    ("x = 4", "4", True, "single '=' RHS rule"),
    ("hexagon", "hexagon", True, "exact-match short-circuit"),
    ("pentagon", "hexagon", False, "different words"),
]

_TVER_ROWS: list[tuple[str, str, bool, str]] = [
    ("x + 1", "1 + x", True, "sympy: commuted sum"),
    ("6/2", "3", True, "sympy: fraction equal to an integer"),
    ("(x+1)**2", "x**2 + 2*x + 1", True, "sympy: expanded square"),
    ("1/2", "0.5", True, "numeric fallback"),
    ("2.0000001", "2", True, "within the test's explicit tolerance=1e-6"),
    ("2.1", "2", False, "outside the test's explicit tolerance=1e-6"),
    ("x = 3", "3", True, "answer prefix: RHS compared"),
    ("4", "3", False, "wrong answer"),
]

_TGRD_RESPONSES: list[tuple[str, str, bool, str]] = [
    ("work...\nANSWER: 5/6", "5/6", True, "math_numeric: ANSWER line"),
    ("ANSWER: 1/2", "5/6", False, "math_numeric: wrong fraction"),
    ("<think>ANSWER: 999</think>\nANSWER: 42", "42", True, "decoy inside the think block"),
]

_MOK = "e-dimon17/MOK"
_MRW = "tests/unit/test_rl_math_reward.py@3a37e632d244fb5a5d43320b5d6525bcd2e7fec4"

_MRW_RESPONSES: list[tuple[str, str, bool, str]] = [
    (r"The answer is \boxed{\frac{1}{2}}.", "0.5", True, "boxed fraction vs decimal"),
    (r"\boxed{0.5}", r"\frac{1}{2}", True, "boxed decimal vs fraction"),
    (r"\boxed{-\frac{3}{4}}", "-0.75", True, "negative fraction vs decimal"),
    (r"\boxed{\frac{\frac{1}{2}}{3}}", "1/6", True, "nested \\frac"),
    (r"\boxed{1/3}", "0.5", False, "wrong fraction"),
    (r"thus \boxed{42}", "42", True, "boxed integer"),
    ("blah blah\n#### 72", "72", True, "GSM8K marker"),
    ("Total is 1,234 dollars", "1234", True, "comma number in prose"),
    ("The bill is $1,234.50 total", "1234.5", True, "dollar and comma number in prose"),
    (r"\boxed{2x + 2}", "2(x+1)", True, "symbolic: expanded vs factored"),
    (r"\boxed{\sqrt{8}}", "2\\sqrt{2}", True, "symbolic: radical simplification"),
    (r"area is \boxed{45^\circ}", "45", True, "degree sign dropped"),
    (r"\boxed{3.140}", "3.14", True, "trailing zero"),
    ("x = -5", "-5", True, "assignment, no box"),
    ("The answer is 41.", "42", False, "wrong integer"),
    (r"\boxed{\frac{22}{7}}", "pi", False, "close but not pi"),
    ("First 12 apples.\nThen total 24.", "12", False, "last line wins"),
    ("First 12 apples.\nThen total 24.", "24", True, "last line wins"),
    (r"\boxed{\frac{1}{0}}", "5", False, "division by zero"),
    (r"The answer is \boxed{72}", r"\boxed{72}", True, "reference carries its own box"),
    ("I get 8 in the end", "8", True, "gold extracted from 'Working shown here\\n#### 8'"),
]

_MRW_ROWS: list[tuple[str, str, bool, str]] = [
    ("$1,234$", "1234", True, "normalize_answer: math delimiters and comma"),
    ("x = 7", "7", True, "normalize_answer: assignment prefix"),
    (r"12\text{ cm}", "12", True, "normalize_answer: unit dropped"),
]


def _cases() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    tables = (
        (_GWAYA, _NORM, _NORM_ROWS, True),
        (_GWAYA, _DOM, _DOM_ROWS, True),
        (_GWAYA, _DOM, _DOM_RESPONSES, False),
        (_MANGO, _MEXT, _MEXT_ROWS, True),
        (_MANGO, _MEXT, _MEXT_RESPONSES, False),
        (_MANGO, _MSCO, _MSCO_ROWS, True),
        (_MANGO, _MSCO, _MSCO_RESPONSES, False),
        (_VSESSION, _VEVAL, _VEVAL_ROWS, True),
        (_VSESSION, _VEVAL, _VEVAL_RESPONSES, False),
        (_TWIN, _TAUD, _TAUD_ROWS, True),
        (_TWIN, _TVER, _TVER_ROWS, True),
        (_TWIN, _TGRD, _TGRD_RESPONSES, False),
        (_MOK, _MRW, _MRW_RESPONSES, False),
        (_MOK, _MRW, _MRW_ROWS, True),
    )
    for repo, where, rows, wrap in tables:
        for pred, gold, ok, why in rows:
            out.append(_c(repo, where, gold, pred, wrap, ok, why))
    return out


CASES: list[dict[str, object]] = _cases()

r"""A forty-first fresh set of answer-equivalence cases (evaluation only; helper "d": maths answer
checkers written in Rust and Ruby, and a C computer-algebra system's self-tests).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh41_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- FizzWizZleDazzle/locus (Locus, a maths-practice web app in Rust: SymEngine through FFI,
  MathLive LaTeX input converted by ``convert_latex_to_plain``) @
  270b4e1a0ac0ca089b9d521dfb371391df805452, GPL-3.0 (LICENSE): the inline ``#[cfg(test)]``
  modules of ``crates/common/src/grader/{numeric,expression,equation,inequality,set,ordered,
  matrix}.rs`` (``grade(user_input, answer_key)`` is ``GradeResult::Correct`` /
  ``Incorrect``; the answer key is the gold, the user's input the pred) and
  ``crates/backend/src/grader.rs`` (``check_answer(user, key, GradingMode::Equivalent,
  AnswerType::...)`` true / false). In the "pipeline" tests the user's input is LaTeX that the
  test first passes through ``convert_latex_to_plain``; the pred is that LaTeX as the test writes
  it (a Rust ``"\\frac{1}{2}"`` is stored as ``\frac{1}{2}``). Some tests run on a mock f64
  engine (``NumExpr``) and again on SymEngine; a pair asserted by both is kept once. The
  answer type matters for some verdicts and is named in ``why``: a Set key ``1, 2, 3`` is
  order-free, a Tuple / List key is ordered.
- georgeweigt/eigenmath (Eigenmath, a computer-algebra system written in C) @
  e43f9b7fdcfb739b5cff0bc6c392f4493cb1771d, BSD-2-Clause (LICENSE): the self-test scripts
  ``test/src/test-simplify``, ``test/src/test-radicals``, ``test/src/test-rationalize``,
  ``test/src/test-expform`` and ``test/src/test-polar`` (``check(infixform(simplify(A)) ==
  "B")``, ``T = simplify(A)`` then ``check(T = B)``, ``check(A == B)``). As for the Yacas
  suite in equiv_fresh16_f2.py, the transforming command is dropped: ``pred`` is its argument
  ``A`` as written, ``gold`` the expected form ``B`` as written (the quoted ``infixform`` string
  or the right-hand side). ``check(expform(A) = expform(B))`` gives pred ``A``, gold ``B``.
  Eigenmath syntax is kept: a space multiplies (``2 a``, ``1/2 i pi``), ``i`` is the imaginary
  unit, ``arctan(y,x)`` is the two-argument arctangent, ``f(x,y,z)`` an undefined function.
  Every case here is a positive one (the scripts only assert equalities).
- dobrinov/wunderkind (a Bulgarian maths-practice Rails app; answers typed with the MathLive
  keyboard, whose fraction key sends ``(1)/(2)``): ``spec/services/exact_value_spec.rb`` @
  8a7b8a3b981488e39e4ab2a1177292d3bd38c67a (``ExactValue.equivalent?(key, typed)``: the first
  argument is the stored key, as the "fraction key's own notation for a typed fraction" test
  shows) and ``spec/services/grading_spec.rb`` @ 78c1897651ef264cc88aea201d1a3a46443cf34e
  (``Grading.grade`` of a question whose answer is ``3/4``). No license file in the stored copy
  (none in the listing of the repository either).

Left out, by rule: results that are neither Correct nor Incorrect (``GradeResult::Invalid`` for
unparseable input such as ``abc`` or ``@#$``, ``GradeResult::Error`` for a bad key); pairs whose
pred and gold are the same string (``42`` / ``42``, ``x = 5`` / ``x = 5``); Locus
``interval.rs`` (its keys are an internal format such as ``open:1,closed:7``), ``boolean.rs`` and
``word.rs`` (yes/true and word answers), the Factor / Expand grading modes (form policies), the
mock-engine ``are_proportional`` tests of ``mod.rs`` and the parser-only tests; Eigenmath checks
that depend on earlier assignments of other names (``T1 = (+sqrt(+T))^(-1/2)``, the Coulomb and
pendulum blocks), tensors and matrices, derivatives and integrals, and the rest of its test
scripts (single-function evaluations such as ``cos(45/360 2 pi)``); wunderkind's tolerance
tests (an option), its text-answer tests (``Питагор``), its ``.parse`` tests (a parser, no
verdict) and the multiple-choice and widget tests of ``grading_spec.rb``; the pair
``3/4`` / ``0,75``, asserted in both wunderkind files, is kept once.

Examined and not used: tsee/p5-math-symbolic (Perl's Math::Symbolic: ``is_identical`` is
structural and its simplification test compares computed values), AhmedMashour/mathhook (a Rust
CAS without an answer checker), project-eutopia/keisan (Ruby calculator; its ``simplify`` specs
are derivatives and AST shapes), locusmath/locus (a Clojure project of another name, no
grader). Leads whose repository was already used or claimed: JeroenV30/math_lms (the Dutch PHP
``AnswerCheckerTest`` with ``FractionChecker``), agene0001/lattice (Rust ``answers_match`` with
units), mitalcoi/tm_backend_test_symfony_docker; Moodle question types (qtype_algebra,
varnumeric*, shortmath, sigma, calculatedobjects, stateful) and canvas-lms / ILIAS were taken or
named by earlier sets. Hits in JavaScript / TypeScript, Swift and R (outside this helper's
languages) were not followed.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

L1 = "FizzWizZleDazzle/locus"

_LC = "270b4e1a0ac0ca089b9d521dfb371391df805452"

L1_NUM = f"crates/common/src/grader/numeric.rs@{_LC}"

L1_EXPR = f"crates/common/src/grader/expression.rs@{_LC}"

L1_EQ = f"crates/common/src/grader/equation.rs@{_LC}"

L1_INEQ = f"crates/common/src/grader/inequality.rs@{_LC}"

L1_SET = f"crates/common/src/grader/set.rs@{_LC}"

L1_ORD = f"crates/common/src/grader/ordered.rs@{_LC}"

L1_MAT = f"crates/common/src/grader/matrix.rs@{_LC}"

L1_BE = f"crates/backend/src/grader.rs@{_LC}"

LOCUS_CASES = [
    # numeric.rs: grade(user, answer_key) -> Correct / Incorrect
    _c(
        L1,
        L1_NUM,
        gold=r"6",
        pred=r"5",
        wrap=True,
        expected=False,
        why="test_wrong_value (NumExpr and SymEngine)",
    ),
    _c(L1, L1_NUM, gold=r"42", pred=r"  42  ", wrap=True, expected=True, why="test_whitespace"),
    _c(
        L1,
        L1_NUM,
        gold=r"5",
        pred=r"2+3",
        wrap=True,
        expected=True,
        why="symengine_tests::test_expression_equivalence",
    ),
    _c(
        L1,
        L1_NUM,
        gold=r"1/2",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_fraction (LaTeX input through convert_latex_to_plain)",
    ),
    _c(
        L1,
        L1_NUM,
        gold=r"2",
        pred=r"\sqrt{4}",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_sqrt",
    ),
    # expression.rs: grade::<Expr>(user, key, GradingMode::Equivalent)
    _c(
        L1,
        L1_EXPR,
        gold=r"x^2 + 2*x + 1",
        pred=r"(x+1)^2",
        wrap=True,
        expected=True,
        why="test_equivalent_different_form",
    ),
    _c(
        L1,
        L1_EXPR,
        gold=r"x^2 + 2*x + 1",
        pred=r"x^2 + 1",
        wrap=True,
        expected=False,
        why="test_wrong_expression",
    ),
    _c(
        L1,
        L1_EXPR,
        gold=r"x^2 + 2*x + 1",
        pred=r"x^{2}+2x+1",
        wrap=True,
        expected=True,
        why="test_pipeline_expression (LaTeX input)",
    ),
    _c(
        L1,
        L1_EXPR,
        gold=r"(x+1)/(x-1)",
        pred=r"\frac{x+1}{x-1}",
        wrap=True,
        expected=True,
        why="test_pipeline_fraction_expression",
    ),
    _c(
        L1,
        L1_EXPR,
        gold=r"sin(x)",
        pred=r"\sin(x)",
        wrap=True,
        expected=True,
        why="test_pipeline_trig",
    ),
    _c(
        L1,
        L1_EXPR,
        gold=r"sqrt(x+1)",
        pred=r"\sqrt{x+1}",
        wrap=True,
        expected=True,
        why="test_pipeline_sqrt",
    ),
    # equation.rs: same equation up to rearrangement / scaling
    _c(
        L1,
        L1_EQ,
        gold=r"1 = 1",
        pred=r"1 = 2",
        wrap=True,
        expected=False,
        why="test_wrong_equation (NumExpr)",
    ),
    _c(
        L1,
        L1_EQ,
        gold=r"x = 5",
        pred=r"x - 5 = 0",
        wrap=True,
        expected=True,
        why="test_equivalent_rearranged",
    ),
    _c(L1, L1_EQ, gold=r"x = 5", pred=r"5 = x", wrap=True, expected=True, why="test_sides_swapped"),
    _c(
        L1,
        L1_EQ,
        gold=r"x = 5",
        pred=r"2*x = 10",
        wrap=True,
        expected=True,
        why="test_scaled_equation",
    ),
    _c(
        L1,
        L1_EQ,
        gold=r"x = 5",
        pred=r"x = 6",
        wrap=True,
        expected=False,
        why="symengine_tests::test_wrong_equation",
    ),
    _c(
        L1,
        L1_EQ,
        gold=r"x^2 + y^2 = 1",
        pred=r"x^{2}+y^{2}=1",
        wrap=True,
        expected=True,
        why="test_pipeline_equation (LaTeX input)",
    ),
    # inequality.rs
    _c(
        L1,
        L1_INEQ,
        gold=r"x > -4",
        pred=r"-4 < x",
        wrap=True,
        expected=True,
        why="test_flipped_equivalent / test_flipped",
    ),
    _c(
        L1,
        L1_INEQ,
        gold=r"x > -4",
        pred=r"x >= -4",
        wrap=True,
        expected=False,
        why="test_wrong_operator",
    ),
    _c(
        L1,
        L1_INEQ,
        gold=r"x > -4",
        pred=r"x > -5",
        wrap=True,
        expected=False,
        why="test_wrong_value",
    ),
    _c(
        L1,
        L1_INEQ,
        gold=r"x <= 5",
        pred=r"x\le5",
        wrap=True,
        expected=True,
        why="test_pipeline_inequality_le (LaTeX input)",
    ),
    _c(
        L1,
        L1_INEQ,
        gold=r"x > -3",
        pred=r"x\gt-3",
        wrap=True,
        expected=True,
        why="test_pipeline_inequality_gt",
    ),
    _c(
        L1,
        L1_INEQ,
        gold=r"-2 < x <= 5",
        pred=r"-2\lt x\le5",
        wrap=True,
        expected=True,
        why="symengine_tests::test_pipeline_compound",
    ),
    # set.rs (answer type Set: order-free; the key is written without braces)
    _c(
        L1,
        L1_SET,
        gold=r"1, 2, 3",
        pred=r"{1, 2, 3}",
        wrap=True,
        expected=True,
        why="test_same_order (set)",
    ),
    _c(
        L1,
        L1_SET,
        gold=r"1, 2, 3",
        pred=r"{3, 1, 2}",
        wrap=True,
        expected=True,
        why="test_different_order (set)",
    ),
]

CASES = [*LOCUS_CASES]

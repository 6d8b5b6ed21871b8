r"""A thirty-fourth fresh set of answer-equivalence cases (evaluation only; helper "f":
answer checkers for science and applied maths: chemistry / physics tutors with units and
scientific notation, geometry angles in multiples of pi, exact-value and tolerance checkers).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh34_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- Oumayma-O/chem-tutor-backend (a chemistry tutor, Python) ``tests/test_math_eval_units.py``
  and ``tests/test_step_validation_phase1.py`` @ 0f86502a3c00483600ae6b06bad82fb5bbda2c75
  (``numeric_equivalent(student, correct)`` / ``unit_equivalent(student, correct)`` ``is True``
  / ``is False``, default ``rtol=0.01``, pint-based unit conversion; and
  ``run_phase1_local(student_answer, correct_answer, rtol=...)`` whose ``output.is_correct`` is
  asserted where ``immediate_return`` is True). ``pred`` is the student argument. No license
  file (README only).
- Oumayma-O/chem-tutor-frontend ``src/test/exitTicketAssessment.test.ts``
  @ b03afa801763e18b6eb5260e2a62475854b96a54 (``exitTicketQuestionCorrectForTeacher`` falling
  back to answer equivalence for a "numeric mol" question when no stored verdict exists).
  No license file.
- Krug2/NU-ECE-Full-degree-practice-platform (a practice platform for an ECE degree's maths and
  physics courses, TypeScript; read through the code index, no snapshot could be fetched)
  ``tests/grading.test.ts`` @ 0c08cc6ba7bf83f305bfbe73875b071b49d46db5,
  ``tests/angle-grading.test.ts`` @ fbc666ac064998f23cd7ab52668462eb5d88e35b,
  ``tests/polynomial-grading.test.ts`` @ b450c1e797fdecbbd7449295acd432cf4a3edb33 and
  ``tests/exact-number.test.ts`` @ 04665e016aa64df799cb640f6f0f4c7d8eace7b7
  (``gradeField(field, input).correct`` ``toBe(true)`` / ``toBe(false)`` for answer fields of
  kind rational, numeric with declared tolerance, intervals, roots, exact, pi-multiple and
  polynomial; in the last file ``equalExact(parseExact(a), parseExact(b))`` and
  ``equalRootSets`` on root-set strings, ``a`` as ``pred``). The field's ``expected`` is
  stored as ``gold``; where the suite gives it in another form this is
  said in ``why``: a pi-multiple key is the coefficient of pi (``"1/6"`` means pi/6, stored as
  ``pi/6``), a roots key is a list (stored comma-joined, the form the grader reads from
  students), an intervals key is a list of endpoint objects (stored as ``(-inf,2) U (2,inf)``,
  the grader's own input syntax). Its exactness policy is part of the verdicts: a rounded decimal
  for an exact rational, radical or pi-multiple is rejected, as is ``30`` for an angle in
  radians. No license file (find_files: no LICENSE).
- JWolfswinkel/physicsPractice (a Dutch physics practice app, TypeScript)
  ``__tests__/grading.test.ts`` @ d1f38d2911cce330b959168410c61e5c540ac36b
  (``gradeAnswer(question, value, unit?).correct``; ``correctAnswer`` with ``tolerance``
  absolute 0.1 or 1, and ``correctUnit``). The suite passes the number and the unit (chosen
  from a list) as separate arguments; here they are joined with one space, in ``gold``
  (``correctAnswer correctUnit``) and ``pred`` alike. A missing unit where the question has
  unit options is marked wrong by the grader (kept, said in ``why``). No license file.
- CosmicCrusader23/dbsmo (a school's mathematics-olympiad training platform with answer-only
  problem sets, TypeScript) ``tests/grading.test.ts`` @ bd96fb598c3be11b2505e09996b0f38aa10b8a9e
  (``gradeAnswer({answerType, answerKey, rawAnswer}).isCorrect`` ``toBe(true)`` /
  ``toBe(false)``; ``answerKey`` is ``gold``, with the TypeScript escapes read: the source's
  ``"\\sqrt{5}"`` is ``\sqrt{5}``). No license file.
- andreitsy/physics-practice (a physics problem-practice site, Python)
  ``backend/tests/app/internal/problems_tools/test_solution_checker.py``
  @ 66754193a4a387323aada09585948d4ae40ee380 (``compare_solutions(expr1, expr2)`` truthy /
  falsy on SymPy objects, transcribed as their source text, ``expr2`` as ``gold``; and
  ``test_parse_solution``: a student string read by ``sympify`` or else ``parse_latex`` and
  compared with an expression, whose ``gold`` is that expression as the same file's
  ``test_convert_expr_to_str`` renders it). MIT.

Left out, by rule: chem-tutor ``check_multi_input`` rows (JSON objects of value and unit fields),
the parser-only tests (``extract_unit``, ``latex_to_python_math``, ``_collapse_sci_notation``,
``si_units_same_dimension`` on bare units), ``run_phase1_local`` rows that defer to the LLM
(``"5"`` vs ``"5.0 M"``, ``"0.008 M"`` vs ``"0.0080 M/s"``, no verdict), the
``_apply_hard_requirements`` rows (a post-filter on an LLM verdict), chemistry-notation rows (rate
laws ``Rate = k[X][Y]^2``, ``k[Y]^2[X]``, the reaction ``3O2 + 4Al -> 2Al2O3``, the drag-drop rate
equation) and the multi-segment / feedback / exit-ticket scoring tests (the latter mock the
validator with a string comparison); Krug2's ``valid``-only rows (``1/0``, empty input, forged
choice, ``""``, ``x/x``, ``x+``, ``x^1000``), the choice field, the form-only polynomial rows
(``(x+2)(x+3)`` for an expanded key, ``2x(x^2+3x+2)`` and ``x(2x+2)(x+2)`` for a complete
primitive factorization: equal values rejected for their form), the multi-field
``gradeQuestion`` rows, the real-roots ``"none"`` row with an empty key, the authoring-time
schema rows and ``tests/angles.test.ts`` (parser round-trips, no verdict on answer pairs),
exact-number's ``realExact`` / ``approximateExact`` / ``parseRootSet("empty")`` and
unsafe-input rows (no pair), its ``sqrt(12)/2`` / ``sqrt(3)`` row (the same pair as a
``grading.test.ts`` row, kept once), and an ``exact-or-undefined`` field suite whose path could not be
found within the look-up budget;
physicsPractice's MCQ rows, the non-numeric input rows (``not a number``, ``abc``), the
parser / tolerance / unit-normaliser helpers (``parseNumericInput``, ``isWithinTolerance``
on numbers, ``normalizeUnit``, ``isUnitCorrect``,
``areUnitsConvertible``, ``convertValue``) and the repeated language-variant rows (the same
pair as an earlier row; each pair is kept once); physics-practice's
``test_convert_expr_to_str`` (rendering only); dbsmo's ``normalizeAnswer`` rows (normalisation
only), its multiple-choice rows, the ``multiple`` alternate-answer row (``triangle`` /
``triangular``) the non-mathematical ``No`` / ``no`` / ``Yes`` rows and the ``exact``-type repeat of the
``9007199254740992`` / ``9007199254740993`` pair (kept once, from the integer test).

Examined and not used: qq550723504/edu-homework-grader (expression grading on MathJSON trees,
not strings; one tolerance row), CodingThrust/exam-automark (rubric scores of handwritten
homework), gethinhuwrichards/physicsweb (question bank, no checker tests),
opariy/stats-tutor, btoon-maker/stoichiometry-coach, pranavakshat/accounting-tutor,
tiankongzhishang12/homework-grader, kamar-pm/AQA-GCSE-Science-Tutor-App,
ChiShengChen/NYCU-EP-general-physics-tutor, willijar/pyAutoMark,
jonasjiang8972-netizen/homework-checker, komotegawa-edore/mukimuki-chemistry-quiz,
youssefrezk441-oss/YR-Physics-Practice, rohindaswani/sig-fig-hw (no answer-pair verdicts);
already used: halfdolor/Northtropic, killy-netsphere/Netsphere-Eval, GLM-V's physics verifier,
lambda-feedback, moodle-qtype_stack, CodeSignal/learn_cosmo-activities-web,
john-jacobsen/fisherapp; suites found by string search whose repository could not be named
within the look-up budget (a Japanese ``precisionAnswerJudgment`` suite, a
``@/lib/problems/checker`` drill suite, a ``learning.checks`` ``validate_draft`` suite with
``6.022 x 10^23``, a spreadsheet SI-unit grader ``Grade._grade``
whose verdicts are partial credit, an ``fcmath.validation.check_answer`` suite).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "Oumayma-O/chem-tutor-backend"

R1_AT = "tests/test_math_eval_units.py@0f86502a3c00483600ae6b06bad82fb5bbda2c75"

R1_AT2 = "tests/test_step_validation_phase1.py@0f86502a3c00483600ae6b06bad82fb5bbda2c75"

R2 = "Oumayma-O/chem-tutor-frontend"

R2_AT = "src/test/exitTicketAssessment.test.ts@b03afa801763e18b6eb5260e2a62475854b96a54"

R3 = "Krug2/NU-ECE-Full-degree-practice-platform"

R3_AT = "tests/grading.test.ts@0c08cc6ba7bf83f305bfbe73875b071b49d46db5"

R3_AT2 = "tests/angle-grading.test.ts@fbc666ac064998f23cd7ab52668462eb5d88e35b"

R3_AT3 = "tests/polynomial-grading.test.ts@b450c1e797fdecbbd7449295acd432cf4a3edb33"

R3_AT4 = "tests/exact-number.test.ts@04665e016aa64df799cb640f6f0f4c7d8eace7b7"

R4 = "JWolfswinkel/physicsPractice"

R4_AT = "__tests__/grading.test.ts@d1f38d2911cce330b959168410c61e5c540ac36b"

R6 = "CosmicCrusader23/dbsmo"

R6_AT = "tests/grading.test.ts@bd96fb598c3be11b2505e09996b0f38aa10b8a9e"

R5 = "andreitsy/physics-practice"

R5_AT = (
    "backend/tests/app/internal/problems_tools/test_solution_checker.py"
    "@66754193a4a387323aada09585948d4ae40ee380"
)

CASES = [
    # chem-tutor-backend: unit_equivalent / numeric_equivalent(student, correct), rtol 0.01
    _c(
        R1,
        R1_AT,
        gold=r"8.0e-3 M/s",
        pred=r"0.0080 M/s",
        wrap=True,
        expected=True,
        why="test_unit_equivalent_plain_both_sides (unit_equivalent; the values agree too)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.0065",
        pred=r"65\times10^{-4}",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_latex_scientific_vs_decimal",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.25",
        pred=r"\frac{1}{4}",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_latex_frac",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"55.4 s",
        pred=r"55.4*10^3 ms",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_ms_vs_s_scaled",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"55400 ms",
        pred=r"55.4 s",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_reverse_order_ms_s",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"0.5 kg",
        pred=r"500 g",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_g_vs_kg",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"55.4 s",
        pred=r"55.4 m",
        wrap=True,
        expected=False,
        why="test_numeric_equivalent_same_float_different_dimensions_false",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"55.4 s",
        pred=r"55.4 ms",
        wrap=True,
        expected=False,
        why="test_numeric_equivalent_same_float_ms_vs_s_false",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"100 mM",
        pred=r"0.1 M",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_molarity_M_vs_mM",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4184 J",
        pred=r"4.184 kJ",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_kJ_vs_J",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"45 kJ/mol",
        pred=r"45000 J/mol",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_molar_energy_J_per_mol_vs_kJ_per_mol",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4.03e4",
        pred=r"4.03 × 10⁴",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_unicode_times_and_superscript_scientific (1)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"40300",
        pred=r"4.03×10⁴",
        wrap=True,
        expected=True,
        why="test_numeric_equivalent_unicode_times_and_superscript_scientific (2)",
    ),
    # TestSciNotationPrecedence: N*10^E is read as one number (4.52e22), by design
    _c(
        R1,
        R1_AT,
        gold=r"4.52e22 / 6.022e23 * 100.09",
        pred=r"4.52*10^22 / 6.022*10^23 * 100.09",
        wrap=True,
        expected=True,
        why="TestSciNotationPrecedence.test_numeric_equivalent_bare_caret (N*10^E read as NeE)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4.52e22 / 6.022e23 * 100.09",
        pred=r"(4.52*10^22/6.022*10^23) * 100.09",
        wrap=True,
        expected=True,
        why="TestSciNotationPrecedence.test_numeric_equivalent_parenthesised",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4.52e22 / 6.022e23 * 100.09",
        pred=r"4.52e22 / 6.022e23 * 100.09",
        wrap=True,
        expected=True,
        why="TestSciNotationPrecedence.test_numeric_equivalent_e_notation_unchanged",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4.52e22 / 6.022e23 * 100.09",
        pred=r"4.52e22 * 100.09",
        wrap=True,
        expected=False,
        why="TestSciNotationPrecedence.test_genuinely_wrong_answer_still_rejected",
    ),
    # chem-tutor-backend: run_phase1_local(student, canonical, rtol)
    _c(
        R1,
        R1_AT2,
        gold=r"18",
        pred=r"18",
        wrap=True,
        expected=True,
        why="test_phase1_numeric_exact_match",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"18",
        pred=r"18.2",
        wrap=True,
        expected=True,
        why="test_phase1_numeric_tolerance (rtol=0.02 by design)",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"55.4 s",
        pred=r"55.4 \times 10^{3} ms",
        wrap=True,
        expected=True,
        why="test_phase1_latex_times_ms_matches_seconds_via_pint (rtol=0.01)",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"55.4 s",
        pred=r"55.4 * 10^3 ms",
        wrap=True,
        expected=True,
        why="test_phase1_spaced_star_ms_matches_seconds (rtol=0.01)",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"5.0 M",
        pred=r"5.0 M",
        wrap=True,
        expected=True,
        why="test_phase1_numeric_missing_unit_defers_to_llm_when_value_matches (r_ok row)",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"18",
        pred=r"9",
        wrap=True,
        expected=False,
        why="test_phase1_numeric_mismatch_needs_llm",
    ),
    _c(
        R1,
        R1_AT2,
        gold=r"3x",
        pred=r"2x + x",
        wrap=True,
        expected=True,
        why="test_phase16_symbolic_algebra_equivalent (correct whenever decided locally)",
    ),
    # chem-tutor-frontend: legacy equivalence fallback for a "numeric mol" question
    _c(
        R2,
        R2_AT,
        gold=r"2.00",
        pred=r"2",
        wrap=True,
        expected=True,
        why="exitTicketQuestionCorrectForTeacher: falls back to equivalence when is_correct is "
        "absent (legacy)",
    ),
    # Krug2: gradeField(field, input).correct
    _c(
        R3,
        R3_AT,
        gold=r"1/3",
        pred=r"2/6",
        wrap=True,
        expected=True,
        why="accepts equivalent fractions but rejects rounded exact answers (kind rational)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1/3",
        pred=r"0.33333",
        wrap=True,
        expected=False,
        why="accepts equivalent fractions but rejects rounded exact answers (exactness policy)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"0",
        pred=r"-0.001",
        wrap=True,
        expected=True,
        why="handles declared tolerance near zero (expected 0, field unit s shown beside the "
        "input, absoluteTolerance .001, relativeTolerance .01; by design)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"0",
        pred=r"0.00101",
        wrap=True,
        expected=False,
        why="handles declared tolerance ... at its boundary (absoluteTolerance .001)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"(-inf,2) U (2,inf)",
        pred=r"(2,inf) U (-inf,2)",
        wrap=True,
        expected=True,
        why="checks complete intervals (key given as endpoint objects, stored in the grader's "
        "input syntax)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"(-inf,2) U (2,inf)",
        pred=r"R",
        wrap=True,
        expected=False,
        why="checks complete intervals rather than only their endpoints",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1+i*sqrt(3), 1-i*sqrt(3)",
        pred=r"1-sqrt(-3), (2+sqrt(-12))/2",
        wrap=True,
        expected=True,
        why="checks ... complete real or complex root sets (key is a list, stored comma-joined)",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1+i*sqrt(3), 1-i*sqrt(3)",
        pred=r"1+i*sqrt(3)",
        wrap=True,
        expected=False,
        why="complete root sets: one root of two",
    ),
    _c(
        R3,
        R3_AT,
        gold=r"1+i*sqrt(3), 1-i*sqrt(3)",
        pred=r"1+1.732i,1-1.732i",
        wrap=True,
        expected=False,
        why="complete root sets: rounded roots rejected",
    ),
]

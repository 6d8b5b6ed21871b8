r"""A twenty-sixth fresh set of answer-equivalence cases (evaluation only; helper "c": answer
checkers of school-maths and exam-practice apps written for non-English users: Romanian
(Romania's Evaluarea Nationala, Moldova's BAC), Vietnamese (THPT 2026 / HSA exam builder), Dutch,
and a Korean RL maths agent).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh26_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- costea-radu/mate-online ``test/etapa2-mathcheck.test.js``
  @ 1877e9671c26b4135210621f7a38a57cc02ed6d2 (Romanian exam-practice site; node:test asserts on
  ``mc.answersEquivalent(a, b)`` and ``mc.numericVerdict(student, key)`` of
  ``api/_lib/mathcheck.js``: decimal comma, LaTeX, sets written with ``;``, units, "x = 3",
  percentages, and its own rounding policy: an approximation with at least two decimals, rounded
  or truncated, counts). The ``EQ`` pairs are asserted in both orders; for them and for the
  ``NEQ`` pairs and the approximation test the first argument (the exact / key form) is taken as
  ``gold``. For ``numericVerdict`` the comment says "elev vs cheie" (student vs key), so the
  second argument is ``gold``. No license file was seen (no snapshot could be fetched; the file
  index lists none).
- cuzeacmax-prog/mate-bac-md ``tests/evaluare/compare.test.ts``
  @ 3ddf5d4f835ea16d24a7c97341a532f88a669584 (Moldovan BAC maths tutor in Romanian;
  ``compareAnswers(official, student)`` -> ``{comparable, correct}``; the official answer is the
  first argument, as the test "răspuns oficial în proză" shows). No license file in the snapshot.
- DXT0509/ExamWeb ``src/test/math-parser.test.ts``, ``src/test/builder-ux-refinement.test.ts``
  and ``src/test/scoring-strategies.test.ts``, all @ 5e27f8f06791b0a516224a08a9c43ca15dfef92a
  (Vietnamese exam builder for the THPT 2026 and HSA 2026 maths papers;
  ``evaluateMathAnswer(student, expected, tolerance?)`` and the THPT scoring strategy's short-answer
  item with ``correct_answer_raw: "1/2", tolerance: 0``). No license file was seen (no snapshot;
  the file index lists none).
- guuskaashoek/lemma ``tests/math/check.test.ts`` @ 1cf516ed8d50e67a94a65c97ba0c3c023030f03b
  (Dutch secondary-school maths app, feedback texts in Dutch and English; ``equivalent(a, b)`` of
  its CAS with the expected form first, ``checkExpr(expected, input)`` and
  ``checkAnswer(spec, answer)`` for relations and lines). No license file was seen (no snapshot;
  the file index lists none).
- SeungMin2001/korean-math-agent-grpo ``tests/test_verifier.py`` and
  ``tests/test_environment.py`` @ c63a5035a3dd821fac51d1bf28c11a8330643b64 (Korean maths-agent
  RL environment; ``verify_answer(predicted, expected)`` -> ``correct``, and the environment's
  ``answer`` action on the problem "3 곱하기 5는?" with answer 15). Numbers are passed as numbers
  there and written here as their decimal strings. No license file in the snapshot.

Left out, by rule:
- mate-online: multiple-choice letter matching (``['a)', 'a']``, ``['b', 'B.']``, ``['a', 'b']``,
  browser ``['a', 'A']``); verdicts of ``null`` (no binary verdict: empty answer, prose answers
  that cannot be decided, over-long or code-like input, ``numericVerdict`` on an approximation or
  a non-numeric answer); the browser-mirror pairs and the ``numericVerdict`` pairs
  (``0,5`` / ``0,6`` against ``1/2``) that repeat an ``EQ`` / ``NEQ`` pair (the ``EQ`` pairs are
  already asserted in both orders); ``normalizeAnswer`` / ``validateExam`` /
  ``validateQuestions`` / ``normLetter`` tests (normalisation output, exam structure, letters).
- mate-bac-md: letter-variant tests (``b)`` vs ``B`` / ``c``), "not comparable" tests (no binary
  verdict), ``normalizeMathExpression`` output tests.
- ExamWeb: the eight ``evaluateMathAnswer`` calls of math-parser.test.ts and the four of
  builder-ux-refinement.test.ts that pass a non-zero tolerance argument (0.0001 or 0.001; the
  verdict depends on a configured tolerance the judge does not take; the tolerance-0 calls are
  kept); ``parseMathValue`` tests (parsing only); pairs repeated in a later file of the same
  project (builder-ux ``1/2``~``0.5``, ``2/4``~``0.50``, ``0,5``~``1/2``, ``-3/4``~``-0.75``,
  tolerance-0 ``1/2``~``0.5``; scoring-strategies ``0,5`` vs ``1/2``); multiple-choice and
  true/false-group scoring (partial credit, option ids); template and structure tests.
- lemma: answers restricted to a required form (``form: "fraction" | "factored" | "expanded" |
  "integer" | "decimal"``: format policies, e.g. ``\frac{2}{4}`` refused for ``\frac12`` in lowest
  terms, ``0.6667`` refused for too many decimals); structured array answers (``solutions`` lists,
  ``multi`` parts, ``noSolution``) and results asserted only through a note / reason
  (``missing-solution``, ``extra-solution``, ``invalid``, ``empty``); ``roundHalfAwayFromZero``.
- korean-math-agent-grpo: the calculator-tool tests (tools, not answers).

Examined and not used (no labelled answer pairs, or the repository could not be named):
cskwork/korean-math-lms, quangvinh2110/vietnamese-math-reasoning, PeterH2N/eksamensprojekt-
matematik-motor, shahriarshm/parsbench (Persian; math task without tests),
glwhappen/Chinese-Math-LLM-Evaluation (results judged by a script), siasoltoon/persian-math-
intelligence-platform (solver tests, no answer pairs), killermasterturkey/matematik-egitim-
platformu, MetinKara1/matematik-ai-web, aminelga-ship-it/Matematikos-generatorius,
EldySparrownest/Nezmatematika, KaanBahaSever/acik-matematik (no tests),
DanielSevillano/matematicas-selectividad, Leafarx/Mate1_CUCEA (no test file),
Farhod2521/iqmath, Farhod2521/iqmath_student_frontend (the Uzbek ``advanced_math_check`` test
script found in the index is in neither). Found in the index but left out because its
repository could not be named within the look-up budget: a Spanish ``verificar.js``
(``Ejercicios.esCorrecta``), a German pgTAP suite (``lsa_values_equal`` / ``lsa_grade``), a
Polish fraction game test (``answerCheckers.fraction``), a Russian ``math_answers_equal``
unittest and a Python ``normalize_task_answer_for_compare`` suite with ``;``-separated
intervals. Already used by earlier sets: colinzou-git/mathfan, ototonari/funtasy,
PremierLangage/Yggdrasil, beixiaohong/PrimarySchoolExam, CORBiH/ai-matematicari and the other
repositories listed for ``tests/test_answer_checker.py``.

The cases continue in bench/equiv_fresh26_c2.py (split for length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RO = "costea-radu/mate-online"
RO_AT = "test/etapa2-mathcheck.test.js@1877e9671c26b4135210621f7a38a57cc02ed6d2"
MD = "cuzeacmax-prog/mate-bac-md"
MD_AT = "tests/evaluare/compare.test.ts@3ddf5d4f835ea16d24a7c97341a532f88a669584"
VN = "DXT0509/ExamWeb"
_VN = "5e27f8f06791b0a516224a08a9c43ca15dfef92a"
VN_PARSER = f"src/test/math-parser.test.ts@{_VN}"
VN_BUILDER = f"src/test/builder-ux-refinement.test.ts@{_VN}"
VN_SCORING = f"src/test/scoring-strategies.test.ts@{_VN}"
NL = "guuskaashoek/lemma"
NL_AT = "tests/math/check.test.ts@1cf516ed8d50e67a94a65c97ba0c3c023030f03b"
KO = "SeungMin2001/korean-math-agent-grpo"
_KO = "c63a5035a3dd821fac51d1bf28c11a8330643b64"
KO_VERIFIER = f"tests/test_verifier.py@{_KO}"
KO_ENV = f"tests/test_environment.py@{_KO}"

_EQ = "answersEquivalent EQ (asserted both ways)"
_NEQ = "answersEquivalent NEQ"
_APPROX = "answersEquivalent: zecimale aproximative (rounding/truncation to >= 2 decimals)"

CASES = [
    # mate-online: EQ list, asserted true in both argument orders
    _c(RO, RO_AT, gold=r"1/2", pred=r"0,5", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"0.5", pred=r"$\frac{1}{2}$", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"x = 3", pred=r"3", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"x=3", pred=r"x = 3", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"2\sqrt{3}", pred=r"2√3", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"$2\sqrt{3}$", pred=r"3,4641", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"24 cm²", pred=r"24", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"24 cm^2", pred=r"24 cm²", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"{2; 3}", pred=r"{3, 2}", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"x ∈ {1, 2}", pred=r"{2; 1}", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"S = {1; 2}", pred=r"{1, 2}", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"−5", pred=r"-5", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"25%", pred=r"0,25", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"25 %", pred=r"25%", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"3/4", pred=r"75%", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"\frac{\sqrt{2}}{2}", pred=r"0.7071", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"ln 2", pred=r"\ln 2", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"2 și 3", pred=r"{2, 3}", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"1.5", pred=r"3/2", wrap=True, expected=True, why=_EQ),
    _c(
        RO, RO_AT, gold=r"\frac{1}{2} + \frac{1}{3}", pred=r"5/6", wrap=True, expected=True, why=_EQ
    ),
    _c(RO, RO_AT, gold=r"x_{1} = 2, x_{2} = 3", pred=r"{2; 3}", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"1/3", pred=r"0,33", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"2/3", pred=r"0,67", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"2/3", pred=r"0,66", wrap=True, expected=True, why=_EQ + "; truncated"),
    _c(RO, RO_AT, gold=r"$x=\frac{3}{2}$", pred=r"1,5", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"12 lei", pred=r"12", wrap=True, expected=True, why=_EQ + "; currency"),
    _c(RO, RO_AT, gold=r"π", pred=r"3,1416", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"2π", pred=r"6,2832", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"x^2+1", pred=r"1+x^2", wrap=True, expected=True, why=_EQ),
    _c(RO, RO_AT, gold=r"(x-1)^2", pred=r"x^2-2x+1", wrap=True, expected=True, why=_EQ),
    _c(
        RO, RO_AT, gold=r"-1/(x-1)^2", pred=r"-\frac{1}{(x-1)^2}", wrap=True, expected=True, why=_EQ
    ),
    # mate-online: NEQ list, asserted false
    _c(RO, RO_AT, gold=r"1/2", pred=r"0,6", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"x = 3", pred=r"4", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"{2; 3}", pred=r"{2; 4}", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"{2; 3}", pred=r"{2}", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"24 cm²", pred=r"42", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"25%", pred=r"0,52", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"2\sqrt{3}", pred=r"3\sqrt{2}", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"x^2+1", pred=r"x^2-1", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"7", pred=r"-7", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"1/3", pred=r"0,34", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"π", pred=r"3,1", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"2,5", pred=r"2,49", wrap=True, expected=False, why=_NEQ),
    _c(RO, RO_AT, gold=r"2/3", pred=r"0,65", wrap=True, expected=False, why=_NEQ),
    # mate-online: approximate decimals
    _c(RO, RO_AT, gold=r"\frac{\sqrt{2}}{2}", pred=r"0,71", wrap=True, expected=True, why=_APPROX),
    _c(
        RO,
        RO_AT,
        gold=r"\frac{\sqrt{2}}{2}",
        pred=r"0,70",
        wrap=True,
        expected=True,
        why=_APPROX + "; trunchiere",
    ),
    _c(RO, RO_AT, gold=r"\frac{\sqrt{2}}{2}", pred=r"0,72", wrap=True, expected=False, why=_APPROX),
    _c(
        RO,
        RO_AT,
        gold=r"\sqrt{2}",
        pred=r"1,4",
        wrap=True,
        expected=False,
        why=_APPROX + "; one decimal only: no",
    ),
    _c(RO, RO_AT, gold=r"-1/3", pred=r"-0,33", wrap=True, expected=True, why=_APPROX),
    _c(RO, RO_AT, gold=r"99,995", pred=r"100", wrap=True, expected=False, why=_APPROX),
    # mate-online: numericVerdict(student, key)
    _c(
        RO,
        RO_AT,
        gold=r"7",
        pred=r"x = 7",
        wrap=True,
        expected=True,
        why="numericVerdict('x = 7', '7') === true",
    ),
    # mate-online: identical text answer
    _c(
        RO,
        RO_AT,
        gold=r"triunghiul este isoscel",
        pred=r"triunghiul este isoscel",
        wrap=True,
        expected=True,
        why="answersEquivalent: text identic -> true",
    ),
    # mate-online: browser mirror ansEq, pairs not in EQ
    _c(
        RO,
        RO_AT,
        gold=r"x^{2}",
        pred=r"x^2",
        wrap=True,
        expected=True,
        why="BROWSER_ANS_EQ: ansEq same verdicts as the server",
    ),
    _c(
        RO,
        RO_AT,
        gold=r"2, 3",
        pred=r"{3; 2}",
        wrap=True,
        expected=True,
        why="BROWSER_ANS_EQ: ansEq same verdicts as the server",
    ),
    # mate-bac-md: compareAnswers(official, student)
    _c(
        MD,
        MD_AT,
        gold=r"E = 2",
        pred=r"2",
        wrap=True,
        expected=True,
        why="compareAnswers numeric: exact egal -> corect",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"\dfrac{1}{2}",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="compareAnswers numeric: echivalență fracție/zecimal -> corect",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"E = 2",
        pred=r"3",
        wrap=True,
        expected=False,
        why="compareAnswers numeric: greșit -> incorect",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"A = 1872\,cm^2",
        pred=r"1872",
        wrap=True,
        expected=True,
        why="compareAnswers numeric: cu unități 1872 cm² <-> 1872",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"V = \pi^2\,(u.c)",
        pred=r"9.8696",
        wrap=True,
        expected=True,
        why="compareAnswers numeric: pi^2 <-> aproximare zecimală în toleranță",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"\sqrt{2}",
        pred=r"1.4142",
        wrap=True,
        expected=True,
        why="compareAnswers numeric: sqrt LaTeX <-> valoare",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"$T_6=252x^5$.",
        pred=r"252*x^5",
        wrap=True,
        expected=True,
        why="compareAnswers symbolic: 252x^5 <-> 252*x^5 -> corect",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"2x + 1",
        pred=r"2x - 1",
        wrap=True,
        expected=False,
        why="compareAnswers symbolic: expresii diferite -> incorect",
    ),
    _c(
        MD,
        MD_AT,
        gold=r"(x+1)^2",
        pred=r"x^2+2x+1",
        wrap=True,
        expected=True,
        why="compareAnswers symbolic: echivalență algebrică",
    ),
    # ExamWeb math-parser.test.ts: evaluateMathAnswer(student, expected)
    _c(
        VN,
        VN_PARSER,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"0.50",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"-0.75",
        pred=r"-3/4",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"-0.5",
        pred=r" -1 / 2 ",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"4.00",
        pred=r"4",
        wrap=True,
        expected=True,
        why="evaluates mathematical equality between fractions and decimals",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"(1;2)",
        pred=r" (1; 2) ",
        wrap=True,
        expected=True,
        why="supports fallback text normalization for strings",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"X=5",
        pred=r"x = 5",
        wrap=True,
        expected=True,
        why="supports fallback text normalization for strings",
    ),
    _c(
        VN,
        VN_PARSER,
        gold=r"x = 6",
        pred=r"x = 5",
        wrap=True,
        expected=False,
        why="supports fallback text normalization for strings",
    ),
    # ExamWeb builder-ux-refinement.test.ts: zero tolerance requires exact equality
    _c(
        VN,
        VN_BUILDER,
        gold=r"0.5000",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="math equality and tolerance for Short Answer: evaluateMathAnswer(..., 0)",
    ),
    _c(
        VN,
        VN_BUILDER,
        gold=r"0.5",
        pred=r"0.51",
        wrap=True,
        expected=False,
        why="math equality and tolerance for Short Answer: evaluateMathAnswer(..., 0)",
    ),
    # ExamWeb scoring-strategies.test.ts: THPT short answer, correct_answer_raw 1/2, tolerance 0
    _c(
        VN,
        VN_SCORING,
        gold=r"1/2",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="THPT Short Answer with math parser: fraction input",
    ),
    _c(
        VN,
        VN_SCORING,
        gold=r"1/2",
        pred=r"0.50",
        wrap=True,
        expected=True,
        why="THPT Short Answer with math parser: equivalent decimal input",
    ),
    _c(
        VN,
        VN_SCORING,
        gold=r"1/2",
        pred=r"3/4",
        wrap=True,
        expected=False,
        why="THPT Short Answer with math parser: wrong input",
    ),
    # lemma: equivalence via the CAS, equivalent(expected, input)
    _c(NL, NL_AT, gold=r"\frac{1}{2}", pred=r"0.5", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"\frac{1}{2}", pred=r"0{,}5", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"\frac{1}{2}", pred=r"0,5", wrap=True, expected=True, why="equivalence"),
    _c(
        NL,
        NL_AT,
        gold=r"\frac{1}{2}",
        pred=r"\frac{2}{4}",
        wrap=True,
        expected=True,
        why="equivalence",
    ),
    _c(NL, NL_AT, gold=r"x(x+2)", pred=r"x^2+2x", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"(x+1)^2", pred=r"x^2+2x+1", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"\sqrt{8}", pred=r"2\sqrt{2}", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"12:4", pred=r"3", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"3\times4", pred=r"12", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"\frac{x}{2}", pred=r"0.5x", wrap=True, expected=True, why="equivalence"),
    _c(NL, NL_AT, gold=r"\log(100)", pred=r"2", wrap=True, expected=True, why="equivalence"),
    _c(
        NL,
        NL_AT,
        gold=r"\frac{x^2-1}{x-1}",
        pred=r"x+1",
        wrap=True,
        expected=True,
        why="equivalence",
    ),
]

r"""A twenty-seventh fresh set of answer-equivalence cases (evaluation only; helper "f": leads
an earlier helper found in the index but could not tie to a repository (a Spanish ``verificar.js``,
a German pgTAP suite, a ``math_answers_equal`` self-test), now named, a Spanish arithmetic tutor,
and two small RL/benchmark answer-helper suites found on the way).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh27_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- yassinOrlando/free-learning (a Spanish offline school site, "Free Learning") ``verificar.js``
  @ 4190a3eecdea1f8e5818a0ff3be89ad6c3aaa1d3: the self-check of its exercise engine,
  ``Ejercicios.esCorrecta(ejercicio, escrito)``. ``acepta(respuesta, ...escritos)`` /
  ``rechaza(...)`` on ``tipo: 'numero'`` (gold = the JS number ``respuesta`` as written in the
  source, pred = each written string), the ``expr(esperada, escrita)`` pairs on ``tipo:
  'expresion'`` (gold = ``esperada``) and their rejections. MIT (LICENSE @ da7c28e6).
- RasitGueven/Edvancev1 (Edvance, a German maths diagnosis / tutoring platform on Supabase)
  ``supabase/tests/a11_abgestufte_bewertung.test.sql`` @ 12a063c52c2b0b4efbc185a48f7b32e7dcd2a60d
  (pgTAP: ``lsa_values_equal(a, b)`` read as gold = b; ``lsa_grade(type, acceptance,
  correct_answers, response)``: gold = ``acceptance.canonical``, pred = the response, ``voll`` is
  True and ``nicht`` False), ``supabase/tests/inv11_lsa_grade_schreibweisen.test.sql``
  @ 42e52a4ea5106aeee4857e78ce8be71e243e8e94 (``lsa_grade`` on sign spellings, same reading) and
  ``src/pages/mock/session/components/taskEval.test.ts`` @ 12a063c5... (``evaluateTask`` on the
  numeric mock task ``lf-2`` with answer -5, and on an inline task with answer 1.5). No license
  file in the snapshot.
- JustinoLM/Tesis-STI-MATEMATICAS (a Spanish intelligent tutoring system for school arithmetic)
  ``frontend/src/__tests__/validacionRespuestas.test.ts``
  @ f61ca5dd5b60ca9ff6ddda928224bf9c201c8199 (``validarRespuesta(operacion, respuesta, n1, n2,
  esperado).esCorrecta``: gold = ``esperado``, the last argument, pred = ``respuesta``). No
  license file in the snapshot.
- SaratBobbili/arpo-lens ``evaluation/src/test_equivalence.py``
  @ 6091624075e1b36aa357454fdfd26799bae4ced5 (``is_equiv(prediction, reference)``,
  ``numeric_equal``, ``symbolic_equal``, ``math_answers_equal``: second argument = gold). No
  license file listed.
- sgl-project/SpecForge ``tests/test_benchmarks/test_tasks.py``
  @ 6c77d54a5b3ee19fe72775fa7f1b4697d84a9bfc (``answers.numbers_equal``,
  ``answers.math_answers_equal``: second argument = gold; ``GSM8KTask().score(completion,
  label)``). MIT (LICENSE of the snapshot @ a6b6b023).

Left out, by rule: free-learning: the empty string and the non-mathematical inputs ``'abc'`` and
``'alert(1)'`` (robustness of the input reader), the ``simplificar: true`` rows (a form policy:
``(x+3)^2`` refused for ``x^2+6x+9`` because it copies the statement, ``x^5*x^3/x^2`` refused for
``x^6``; the accepted rows of that mode go with them), the ``tipo: 'texto'`` row (a word answer)
and the ``tipo: 'opciones'`` rows (option index). Edvance: ``lsa_parse_fraction`` /
``lsa_is_reduced`` / ``lsa_normalize_number`` rows (parsing and normalisation, no verdict),
tolerance-configured comparisons (``absolute`` 0.01 and ``decimals`` 2: a tolerance policy; the
``exact`` mode row is kept), ``teilweise`` rows (partial credit), the ``unit_graded`` row (unit
policy), rows without an ``acceptance`` rule and ``lsa_is_correct`` rows (the legacy string
match that the same suites call unchanged on purpose: ``22/24`` and ``+11`` refused there), the
MC row, the ``keine ahnung`` row (unreadable input), the coordinate (line through two points)
and MC tests of ``taskEval``. arpo-lens: ``is_equiv("x + 11", "11 + x") is False`` (strict
string accuracy, the same pair is kept as True from ``math_answers_equal``), the malformed /
``None`` inputs, and repeated pairs (``numeric_equal("0.5", "\frac{1}{2}")``,
``symbolic_equal``). Tesis-STI-MATEMATICAS: empty and
blank answers, ``'-'``, ``'ocho'`` for 8 (the checker takes digits only: an input-format policy)
and the unknown-operation row. SpecForge: ``None`` inputs, extraction-only tests (``extract_boxed``,
``extract_final_number``, ``extract_choice``), code tasks.

Examined and not used: the Polish fraction game test (``answerCheckers.fraction``: 4 usable rows,
repository not named within the budget: no ``mathtown`` / ``math-town`` repository holds it);
the ``normalize_task_answer_for_compare`` suite (a Russian/Kazakh trial-test platform on FastAPI
and aiosqlite: repository still not named with path look-ups ``routes/admin/common.py``,
``utils/internal_proxy_auth.py``, ``repositories/bank_task_repository.py`` and code search);
the Uzbek ``advanced_math_check`` stand-alone script (its 43 rows are the rows of
Farhod2521/iq_math_orginal already used by bench/equiv_fresh15_c2.py); a Portuguese social-story
engine (``verificarResposta``: no maths); a German percentage trainer (``pruefeZahlAntwort``:
rounding-rule property tests, repository not named); MK-Kha1il/numera
``server/test/answerEquivalence.test.js`` (a usable ~70-pair suite, but its LICENSE says "All
rights reserved ... proprietary and confidential", so it is left for the maintainers of this set
to decide); Russian ``answersMatch`` / ``checkAnswer`` / ``MathEvaluator.isEquivalent`` suites
(repositories not named); swjnmang/mathe-trainer, NILGroup/TFG-2526-TutorMatematicas,
MollytheCatLoca/plataforma-dge-matematicas, WeroMilk/raf-matematicas,
fvandenbrouck/revisions-bac-mathematiques, MarieCaron27/PlateformeApprentissageMathematiques
(no answer-checker tests); JustinoLM/Tesis-STI-MATEMATICAS backend tests (API round trips).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FL = "yassinOrlando/free-learning"
FL_AT = "verificar.js@4190a3eecdea1f8e5818a0ff3be89ad6c3aaa1d3"
ED = "RasitGueven/Edvancev1"
ED_A11 = "supabase/tests/a11_abgestufte_bewertung.test.sql@12a063c52c2b0b4efbc185a48f7b32e7dcd2a60d"
ED_INV11 = (
    "supabase/tests/inv11_lsa_grade_schreibweisen.test.sql@42e52a4ea5106aeee4857e78ce8be71e243e8e94"
)
ED_EVAL = (
    "src/pages/mock/session/components/taskEval.test.ts@12a063c52c2b0b4efbc185a48f7b32e7dcd2a60d"
)
TS = "JustinoLM/Tesis-STI-MATEMATICAS"
TS_AT = (
    "frontend/src/__tests__/validacionRespuestas.test.ts@f61ca5dd5b60ca9ff6ddda928224bf9c201c8199"
)
AL = "SaratBobbili/arpo-lens"
AL_AT = "evaluation/src/test_equivalence.py@6091624075e1b36aa357454fdfd26799bae4ced5"
SF = "sgl-project/SpecForge"
SF_AT = "tests/test_benchmarks/test_tasks.py@6c77d54a5b3ee19fe72775fa7f1b4697d84a9bfc"


def _fl(gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(FL, FL_AT, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


# free-learning acepta(respuesta, ...escritos) / rechaza(...) on tipo 'numero'
_FL_NUM = [
    ("0.5", ["0.5", ".5", "0,5", "1/2", " 1 / 2 ", "2/4"], True),
    ("1.5", ["1 1/2", "1,5", "3/2"], True),
    ("-3", ["-3", "\u22123", "-6/2"], True),
    ("25", ["25", "25%", "25 %"], True),
    ("1500", ["1500", "1,500", "1.500", "1 500"], True),
    ("1234567.5", ["1,234,567.5", "1.234.567,5"], True),
    ("300000", ["3e5", "3x10^5", "3 \u00d7 10^5", "3\u00b710^5"], True),
    ("0.00042", ["4.2\u00d710^-4", "4,2 x 10^(-4)"], True),
    ("0.5", ["1/0", "0.55", "5"], False),
    ("25", ["2.5", "250"], False),
    ("4", ["x = 4", "x=4", "y = 4"], True),
]
# free-learning expr(esperada, escrita[, vars]) on tipo 'expresion'
_FL_EXPR = [
    ("3x+5", "5 + 3*x", True, "expresiones equivalentes"),
    ("3x+5", "5+3x", True, "expresiones equivalentes"),
    ("(x+1)^2", "x^2+2x+1", True, "expresiones equivalentes"),
    ("x^2", "x\u00b2", True, "expresiones equivalentes"),
    ("2(x-3)", "2x \u2212 6", True, "expresiones equivalentes"),
    ("(x+2)(x-2)", "x^2-4", True, "expresiones equivalentes"),
    ("x/2", "0,5x", True, "expresiones equivalentes"),
    ("-x^2+1", "1 - x^2", True, "expresiones equivalentes"),
    ("1/(x+2)", "1/(2+x)", True, "expresiones equivalentes"),
    ("x^3", "x\u00b7x\u00b7x", True, "expresiones equivalentes"),
    ("2x+3y", "3y + 2x", True, "dos variables (x, y)"),
    ("3x+2", "y = 2 + 3x", True, "acepta el prefijo y ="),
    ("3x+2", "Y=3x+2", True, "acepta el prefijo y ="),
    ("6x+4", "f(x) = 6x+4", True, "acepta f(x) = y f\u2032(x) ="),
    ("6x+4", "f'(x)=4+6x", True, "acepta f(x) = y f\u2032(x) ="),
    ("6x+4", "f\u2032(x) = 6x + 4", True, "acepta f(x) = y f\u2032(x) ="),
    ("x^2y", "y\u00b7x\u00b2", True, "implicita con dos variables (x, y)"),
    ("3x+5", "3x+4", False, "no deberia equivaler a 3x+5"),
    ("3x+5", "3x+", False, "no deberia equivaler a 3x+5"),
    ("3x+5", "x^2+2x", False, "no deberia equivaler a 3x+5"),
    ("3x+5", "(x+1", False, "no deberia equivaler a 3x+5"),
    ("3x+5", "a+5", False, "no deberia equivaler a 3x+5"),
]

CASES = []
for _gold, _preds, _ok in _FL_NUM:
    for _pred in _preds:
        _verb = "acepta" if _ok else "rechaza"
        CASES.append(_fl(_gold, _pred, _ok, f"{_verb}({_gold}, ...) tipo numero"))
# acepta(7, "f'(2) = 7", 'f′(2)=7')
CASES.append(_fl("7", "f'(2) = 7", True, "acepta(7, ...): prefijo f'(2) ="))
CASES.append(_fl("7", "f\u2032(2)=7", True, "acepta(7, ...): prefijo f\u2032(2) ="))
for _gold, _pred, _ok, _why in _FL_EXPR:
    CASES.append(_fl(_gold, _pred, _ok, "expr: " + _why))

CASES += [
    # Edvance a11: lsa_values_equal(a, b) (gold = b)
    _c(
        ED,
        ED_A11,
        gold=r"22/24",
        pred=r"11/12",
        wrap=True,
        expected=True,
        why="lsa_values_equal: 11/12 = 22/24, dieselbe Zahl",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="lsa_values_equal: 0,5 = 1/2, Dezimal gegen Bruch",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="lsa_values_equal: 1 1/2 = 3/2, gemischt gegen unecht",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"11/12",
        pred=r"3/7",
        wrap=True,
        expected=False,
        why="lsa_values_equal: 3/7 ist NICHT 11/12",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"1/3",
        pred=r"0,33",
        wrap=True,
        expected=False,
        why="lsa_values_equal tolerance exact: 0,33 ist NICHT 1/3",
    ),
    # Edvance a11: lsa_grade with acceptance.canonical (voll = True, nicht = False)
    _c(
        ED,
        ED_A11,
        gold=r"11/12",
        pred=r"11/12",
        wrap=True,
        expected=True,
        why="lsa_grade require_reduced: gekuerzt und wertgleich -> voll",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"11/12",
        pred=r"22/24",
        wrap=True,
        expected=True,
        why="lsa_grade ohne require_reduced: ungekuerzt bleibt voll",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"11/12",
        pred=r"3/7",
        wrap=True,
        expected=False,
        why="lsa_grade: falsch gerechnet bleibt nicht",
    ),
    _c(
        ED,
        ED_A11,
        gold=r"1,5 m",
        pred=r"150 cm",
        wrap=True,
        expected=True,
        why="lsa_grade ohne unit_graded: 150 cm (in equivalents gelistet) fuer 1,5 m -> voll",
    ),
]

# Edvance inv11: lsa_grade('NUMERIC', {canonical}, correct_answers, {value}) -> voll / nicht
_ED_INV11 = [
    ("11", "+11", True),
    ("-3", "- 3", True),
    ("-3", "\u22123", True),
    ("-3", "\u20133", True),
    ("-3", "-3", True),
    ("3,5", "3,5", True),
    ("3,5", "3.5", True),
    ("7", " 7 ", True),
    ("11", "+11 \u20ac", True),
    ("1/2", "+1/2", True),
    ("-2,5", "- 2,5", True),
    ("11", "+12", False),
    ("-3", "3", False),
    ("-3", "+3", False),
]
for _gold, _pred, _ok in _ED_INV11:
    CASES.append(
        _c(
            ED,
            ED_INV11,
            gold=_gold,
            pred=_pred,
            wrap=True,
            expected=_ok,
            why=f"lsa_grade NUMERIC canonical {_gold}: {_pred!r} -> {'voll' if _ok else 'nicht'}",
        )
    )

CASES += [
    # Edvance taskEval: evaluateTask on numeric tasks
    _c(
        ED,
        ED_EVAL,
        gold=r"-5",
        pred=r"-5",
        wrap=True,
        expected=True,
        why="Numerisch: String(numTask.answer) for lf-2 (answer -5)",
    ),
    _c(
        ED,
        ED_EVAL,
        gold=r"-5",
        pred=r"999",
        wrap=True,
        expected=False,
        why="Numerisch: '999' for lf-2 (answer -5)",
    ),
    _c(
        ED,
        ED_EVAL,
        gold=r"1.5",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="Numerisch: Komma erlaubt (answer 1.5, tolerance 0.01)",
    ),
    # arpo-lens: is_equiv(prediction, reference) and friends
    _c(
        AL,
        AL_AT,
        gold=r"216",
        pred=r"-216",
        wrap=True,
        expected=False,
        why="is_equiv: former false positive",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"\pi",
        pred=r"60\pi",
        wrap=True,
        expected=False,
        why="is_equiv: former false positive",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"\frac{1}{2}",
        pred=r"\dfrac{1}{2}",
        wrap=True,
        expected=True,
        why="is_equiv: former false negative",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"\left(3,\frac{\pi}{2}\right)",
        pred=r"\left( 3, \frac{\pi}{2} \right)",
        wrap=True,
        expected=True,
        why="is_equiv: former false negative",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="is_equiv: former false negative",
    ),
    _c(
        AL,
        AL_AT,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="is_equiv: former false negative",
    ),
    _c(AL, AL_AT, gold=r"1/2", pred=r"0.5", wrap=True, expected=True, why="numeric_equal"),
    _c(
        AL,
        AL_AT,
        gold=r"11 + x",
        pred=r"x + 11",
        wrap=True,
        expected=True,
        why="math_answers_equal / symbolic_equal: commuted expression",
    ),
    # SpecForge answers helpers
    _c(
        SF,
        SF_AT,
        gold=r"1000",
        pred=r"1,000",
        wrap=True,
        expected=True,
        why="test_numbers_equal_tolerates_formatting",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"2",
        pred=r"2.0",
        wrap=True,
        expected=True,
        why="test_numbers_equal_tolerates_formatting",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"3",
        pred=r"2",
        wrap=True,
        expected=False,
        why="test_numbers_equal_tolerates_formatting",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"\frac{1}{2}",
        pred=r"\dfrac{1}{2}",
        wrap=True,
        expected=True,
        why="test_math_answers_equal_normalizes_latex",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"cm",
        pred=r"\text{cm}",
        wrap=True,
        expected=True,
        why="test_math_answers_equal_normalizes_latex",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"y",
        pred=r"x",
        wrap=True,
        expected=False,
        why="test_math_answers_equal_normalizes_latex",
    ),
    _c(
        SF,
        SF_AT,
        gold=r"1200",
        pred=r"so \boxed{1200}",
        wrap=False,
        expected=True,
        why="test_gsm8k_extracts_reference_answers_and_limits_rows: GSM8KTask().score "
        "(label 1200 extracted from '#### 1,200')",
    ),
]

# Tesis-STI-MATEMATICAS validarRespuesta(op, respuesta, n1, n2, esperado): (op, esperado, respuesta, ok, why)
_TS = [
    ("SUMA", "8", "8", True, "respuesta correcta exacta"),
    ("SUMA", "8", "9", False, "respuesta incorrecta"),
    ("SUMA", "0.3", "0.30", True, "tolerancia de punto flotante: 0.1 + 0.2 reconocido como 0.3"),
    ("SUMA", "8", "  8  ", True, "respuesta con espacios al inicio y fin es aceptada"),
    ("SUMA", "8", "8.02", False, "respuesta fuera de la tolerancia (0.01) es rechazada"),
    ("RESTA", "7", "7", True, "respuesta correcta"),
    ("RESTA", "7", "6", False, "respuesta incorrecta"),
    ("RESTA", "3.2", "3.2", True, "resultado decimal: 5.5 - 2.3 = 3.2"),
    ("MULTIPLICACION", "12", "12", True, "respuesta correcta entera"),
    ("MULTIPLICACION", "12", "11", False, "respuesta incorrecta"),
    ("MULTIPLICACION", "3.75", "3.75", True, "resultado decimal: 2.5 x 1.5 = 3.75"),
    ("DIVISION", "4", "4", True, "division exacta"),
    ("DIVISION", "2.5", "2.5", True, "resultado decimal: 5 / 2 = 2.5"),
    ("DIVISION", "4", "3", False, "respuesta incorrecta"),
]
for _op, _gold, _pred, _ok, _why in _TS:
    CASES.append(
        _c(TS, TS_AT, gold=_gold, pred=_pred, wrap=True, expected=_ok, why=f"{_op}: {_why}")
    )

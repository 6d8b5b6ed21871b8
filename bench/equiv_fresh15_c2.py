r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "c", second part:
German, Uzbek and Turkish school-mathematics answer checkers; the first part is
equiv_fresh15_c.py, whose conventions apply).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``; every case here has ``wrap`` True) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (``"-18\\frac{2}{5}"`` is stored as ``r"-18\frac{2}{5}"``; a Unicode
minus sign is written ``\u2212``); each suite's own notation is kept (decimal commas, German
``oder``, Turkish ``3 tam 1/4`` for the mixed number 3 1/4, ``yar\u0131m`` for one half). Do not tune
the judge on these cases. Each repository was claimed in /work/wt/fresh15_claims first; no
snapshot could be fetched, so the files were read from the stored index at the commits given.

Sources (repo, path @ commit, license of the stored copy):

- plazmatic07/LearnBuddy (a German Home Assistant learning companion) ``tests/test_mathe.py``
  @ aced3ec35bd1189adeb7ce4b7a94f89420a8ec7d, MIT (LICENSE). ``bewerte_mathe(antwort, loesung,
  alternativen)``: gold = ``loesung``, pred = ``antwort``; ``RICHTIG`` is True, ``FALSCH`` False;
  where the test lists an accepted alternative, the alternative is the answer it accepts (``300
  cm`` for ``3 m``, ``4`` for ``vier``). ``zerlege(text)`` mapping a German number string onto a
  ``Fraction`` is read as an equivalence with that fraction (gold written ``p/q``), for the
  unit-free rows.
- Farhod2521/iq_math_orginal (IQ Math, an Uzbek school-mathematics platform)
  ``django_app/app_student/test_math_answer_check.py`` @ fb0c7c825f82e094f50cefab68cd80a7a882da8e
  (``advanced_math_check(student, correct)``: gold = the stored correct answer, pred = the
  student's; the note of each row is translated in ``why``). No license file listed.
- mahirkurt/Tedy (a Turkish school assistant) ``tests/test_assistant_alistirma.py``
  @ 0f623b0c9426edb653a42281cff4ed2273837364 (``cevap_dogru(verilen, dogru, kabul_edilenler)``:
  gold = ``dogru``, pred = ``verilen``; with accepted answers the accepted form stands beside the
  gold as in LearnBuddy). No license file listed.
- ardakaratasyildiz/meb-math-worksheet-agent (worksheets for the Turkish MEB curriculum)
  ``tests/test_grading.py`` @ 1b29cfa876b637aace6dacf4b9922ea494c6c79c (``grade_question`` on a
  fill-in blank and a numeric answer) and ``tests/test_structured.py``
  @ 6ce328bb8ebeba24b86d28a0e49fb3c1c8f9762e (``numeric_equivalent(a, b)``, symmetric: the
  second argument is taken as gold). No license file listed.

Left out, by rule: LearnBuddy's ``FAST_RICHTIG`` (``3`` for ``3 m``: the unit-omission policy)
and ``3 m`` accepted for ``3`` (the added-unit policy), empty answers, ``Ja``/``ja`` (text), the
``None`` (not decidable locally) rows, and ``zerlege`` rows that carry a unit or a decimal count.
IQ Math: answers stored as HTML (``&gt;``, ``<p>0,8</p>``, ``8<sup>7</sup>``), the case-folded
``ABC``, the empty stored answer. Tedy: case-folded words with no number (``\u0130stanbul``,
``I\u015eIK``), the tolerance policy (``0.51`` accepted for ``1/2``), the undefined gold ``1/0``, empty
and punctuation-only answers. meb-math-worksheet-agent: multiple-choice, true/false and text
blanks, multi-blank answers, the unparseable ``elma`` (None), the identity ``12``/``12`` repeated
by ``grade_quiz``.

Searched in this session without a usable source (each claimed first where read):
zxc123aa/ai-exam-grader (a Chinese exam grader;
``backend/tests/services/test_grading_rules.py`` @ 440769433029411be1b22f31010f8c41febb1a61:
multiple-choice letters and one fill-in ``9.8 m/s\u00b2`` against ``9.81 m/s\u00b2`` under a rubric's
absolute tolerance, both policies); iamyb/llm-gaokao-math-eval (@
7b58eaf4574046c73e49cd75590dd4e30bfe3adf: 2026 Gaokao results, mostly multiple-choice, every
label from an LLM grader); Haffi112/icelandic-math-eval (@
ff0b5f83099e4798ee1ebc521b451a8ac420f867: its GPT-5 judge's verdicts live in an uncommitted
cache, no tests). Found but already claimed by another collector: llm-jp/ft-llm-2026 (Japanese
``math-eval`` tests) and Mike-teib/mikamike-backend (French ``maths_etendu`` verifiers). Found
through ``find_string`` only, repository not identifiable (not used): a Chinese primary-school
unit grader (``national-day-math`` rubric tests), an Indonesian ``grade_isian`` quiz grader, a
Russian OCR ``compare_answers`` hint, a C# fill-in grader and a German
``DeterministicAssessmentEngine``. Chinese, Korean, Russian, Spanish and Vietnamese searches
otherwise returned prompts, translation fixtures or used repositories.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LB = "plazmatic07/LearnBuddy"
LB_W = "tests/test_mathe.py@aced3ec35bd1189adeb7ce4b7a94f89420a8ec7d"
IQ = "Farhod2521/iq_math_orginal"
IQ_W = "django_app/app_student/test_math_answer_check.py@fb0c7c825f82e094f50cefab68cd80a7a882da8e"
TD = "mahirkurt/Tedy"
TD_W = "tests/test_assistant_alistirma.py@0f623b0c9426edb653a42281cff4ed2273837364"
MB = "ardakaratasyildiz/meb-math-worksheet-agent"
MB_GR = "tests/test_grading.py@1b29cfa876b637aace6dacf4b9922ea494c6c79c"
MB_ST = "tests/test_structured.py@6ce328bb8ebeba24b86d28a0e49fb3c1c8f9762e"

# LearnBuddy bewerte_mathe(antwort, loesung, alternativen): (gold, pred, expected, why)
_LB = [
    ("56", "56", True, "RICHTIG: identical"),
    ("1/2", "0,5", True, "RICHTIG: decimal comma"),
    ("0,5", "\u00bd", True, "RICHTIG: vulgar fraction sign"),
    ("1/2", "2/4", True, "RICHTIG: unreduced"),
    ("1 1/2", "1,50", True, "RICHTIG: mixed number vs decimal comma"),
    ("3", "x=3", True, "RICHTIG: x=3 for 3"),
    ("3 m", "3 Meter", True, "RICHTIG: unit written out"),
    ("3 m", "3 cm", False, "FALSCH: wrong unit"),
    ("3 m", "300 cm", True, "RICHTIG: listed as an accepted alternative"),
    ("56", "57", False, "FALSCH"),
    ("1/3", "0,33", True, "RICHTIG: rounded decimal of a periodic fraction"),
    ("2/3", "0,667", True, "RICHTIG: rounded decimal of a periodic fraction"),
    ("1/3", "0,3", False, "FALSCH: too coarse"),
    ("1/3", "0,34", False, "FALSCH: wrongly rounded"),
    ("1/2", "0,49", False, "FALSCH"),
    ("x=3 oder x=-3", "x = 3 oder x = \u22123", True, "RICHTIG: 'oder' (or), Unicode minus"),
    ("vier", "4", True, "RICHTIG: 4 listed as the accepted alternative of 'vier' (four)"),
]
# LearnBuddy zerlege(text) == Fraction: (gold = the fraction, pred = text)
_LB_PARSE = [
    ("1/2", "\u00bd"),
    ("3/2", "1 1/2"),
    ("3/2", "1\u00bd"),
    ("-3/2", "-1 1/2"),
    ("-3", "\u22123"),
    ("1000", "1.000"),
    ("2469/2", "1.234,5"),
    ("1/4", "0.25"),
]
# IQ Math advanced_math_check(student, correct): (gold = correct, pred = student, expected, why)
_IQ = [
    (">", ">", True, "comparison sign"),
    ("<", ">", False, "comparison sign, wrong"),
    (">=", "\u2265", True, "Unicode >= sign"),
    ("<=", "\u2264", True, "Unicode <= sign"),
    ("\u22125", "-5", True, "Unicode minus"),
    ("2\u00d73", "2*3", True, "Unicode multiplication sign"),
    ("0.8", "0,8", True, "decimal comma vs point"),
    ("2*x", "2x", True, "implicit product"),
    ("2x", "2*x", True, "implicit product, reversed"),
    ("2x+2", "2(x+1)", True, "brackets expanded"),
    ("2097152", "8^(7)", True, "power, not XOR"),
    ("1+x", "x+1", True, "commuted"),
    ("x+2", "x+1", False, "wrong expression"),
    ("1,2,3", "1, 2, 3", True, "list with spaces"),
    ("5", "  5  ", True, "surrounding spaces"),
    ("-18,4", r"-18\frac{2}{5}", True, "mixed number (the screenshot case)"),
    ("-18,4", r"\(-18\frac{2}{5}\)", True, "mixed number in LaTeX delimiters"),
    ("-18,4", "\u221218\\frac{2}{5}", True, "Unicode minus and mixed number"),
    (r"-18\frac{2}{5}", "-18,4", True, "mixed number key, decimal comma answer"),
    (r"-18\frac{2}{5}", "-18.4", True, "mixed number key, decimal point answer"),
    ("23/6", r"3\frac{5}{6}", True, "mixed number vs improper fraction"),
    ("23/6", "3 5/6", True, "text mixed number '3 5/6'"),
    ("-18,5", r"-18\frac{2}{5}", False, "really a wrong mixed number"),
    ("18,4", r"-18\frac{2}{5}", False, "sign wrong"),
    ("2.5", r"2\frac{1}{2}", True, "mixed number 2 1/2"),
    ("0,5", "1/2", True, "fraction vs decimal comma"),
    ("0,5", r"\frac{1}{2}", True, "LaTeX fraction vs decimal comma"),
    ("5/2", "2/5", False, "fraction inverted"),
    ("5", "0.5", False, "decimal point misplaced"),
    (r"3\frac{1}{3}", r"3\frac{1}{2}", False, "mixed number, other denominator"),
    ("3x", "2x", False, "other coefficient"),
    ("y", "x", False, "other variable"),
    ("-18", "18", False, "other sign"),
    ("15", "1,5", False, "comma lost"),
    ("6", "2^3", False, "power is not multiplication"),
]
# Tedy cevap_dogru(verilen, dogru, kabul): (gold = dogru, pred = verilen, expected, why)
_TD = [
    (
        "be\u015f b\u00f6l\u00fc alt\u0131",
        "  Be\u015f   b\u00f6l\u00fc ALTI ",
        True,
        "'five over six' in words: case and spacing",
    ),
    ("1/2", "1/2.", True, "trailing full stop"),
    ("12", "1/2", False, "1/2 is not 12"),
    ("1/2", "0,5", True, "decimal comma"),
    ("1/2", "0,51001", False, "outside the suite's tolerance"),
    ("-1/2", "-0,5", True, "negative, decimal comma"),
    ("1/2", "-0.5", False, "sign"),
    ("5 armut", "5 elma", False, "5 apples for 5 pears"),
    ("1000", "1.000", False, "suite reads 1.000 as one, not one thousand"),
    ("0,833333333", "5/6", True, "gold a 9-place decimal of 5/6"),
    ("1/2", "yar\u0131m", True, "'half'; YARIM listed as an accepted answer"),
    ("yar\u0131m", "0.50", True, "'half'; 1/2 listed as an accepted answer"),
]
# meb-math-worksheet-agent: (gold, pred, expected, why, where)
_MB = [
    ("1/2", "0,5", True, "grade_question blank: Turkish decimal comma", MB_GR),
    ("1/2", "0.5", True, "grade_question blank", MB_GR),
    ("1/2", "2", False, "grade_question blank: wrong number", MB_GR),
    ("3/4", "0,75", True, "grade_question salt_islem", MB_GR),
    ("3/4", "1/2", False, "grade_question salt_islem: wrong", MB_GR),
    ("13/4", "3 tam 1/4", True, "numeric_equivalent: 'tam' mixed number", MB_ST),
    ("13", "12", False, "numeric_equivalent", MB_ST),
]

CASES: list[dict] = [
    *(_c(LB, LB_W, g, p, True, ok, f"bewerte_mathe {why}") for g, p, ok, why in _LB),
    *(_c(LB, LB_W, g, p, True, True, "zerlege: German number format") for g, p in _LB_PARSE),
    *(_c(IQ, IQ_W, g, p, True, ok, why) for g, p, ok, why in _IQ),
    *(_c(TD, TD_W, g, p, True, ok, f"cevap_dogru: {why}") for g, p, ok, why in _TD),
    *(_c(MB, w, g, p, True, ok, why) for g, p, ok, why, w in _MB),
]

r"""A tenth fresh set of answer-equivalence cases (evaluation only; helper "d": non-English
projects' math answer checkers and their tests; the second half of the MathALÉA table is in
equiv_fresh10_d2.py).

Cases are transcribed from the test suites of answer checkers that no earlier set used (see
bench/data/README.md, bench/equiv_issues_*.py, the fresh3..fresh9 modules and
/work/wt/fresh10_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}``; every case here has ``wrap`` True) and the
verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com.
Strings are the values the test code reads (a TypeScript ``'\\dfrac'`` is stored as
``r"\dfrac"``). Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- CodBad25/mathalea (a GitHub copy of MathALÉA, the French Coopmaths exercise platform; its
  interactive answer checker ``fonctionComparaison(saisie, answer, options)`` in
  ``src/lib/interactif/comparisonFunctions.ts``, built on the CortexJS Compute Engine)
  ``tests/unit/fonctionsDeComparaison.test.ts`` @ 8c415dbbf181ab471f28da379230ec3e9a59906b (the
  commit that last changed it; unchanged at the snapshot's head a3495b1a), AGPL-3.0 (LICENSE).
  ``saisie`` (the student's input) is stored as ``pred``, ``answer`` as ``gold``, and the
  asserted ``result.isOk`` as ``expected``; ``why`` names the options the call passes. The
  strings follow French conventions: decimal comma (``1,357``, ``0{,}035``), intervals
  ``]a;b[`` = (a, b), sets and lists separated by ``;``, a thin space as thousands separator
  (``1\,156``, ``1 000``). Older copies of the same file (simvitt73/mathalea @ 397ae678,
  simvitt73/alea, Monsieur-Zinj/mathalea, gvalmont/topmaths) hold a subset or a variant of the
  same calls and were not transcribed again.
- open-thoughts/OpenThoughts-Agent ``tests/data/nemotron_gym/test_math_boxed_verifier.py``
  @ b1cb56bdc38e6db87f07f180f7b3d64f482f3079 (the same ``_matches`` assertions at 0d0694ed),
  the generated typed verifier ``_matches(actual, expected, answer_type)``: ``actual`` is stored
  as ``pred``, ``expected`` as ``gold``; the declared type is in ``why``. No license file was
  found in the stored copy; the short test strings are quoted as test data, with attribution.

Left out, by rule (MathALÉA): format policies, i.e. an option that rejects an input equal in value
to the answer (a computation where a result is asked or the reverse, ``additionSeulement...`` /
``soustraction...`` / ``multiplication...`` / ``divisionSeulementEtNonResultat`` rejecting
``6+0``, ``2\times 3`` etc.; irreducible / simplified / reduced / decimal / identical fraction
forms; ``expressionsForcementReduites``, ``expanded``, ``exclusifFactorisation``,
``nbFacteursIdentiquesFactorisation``, ``unSeulFacteurLitteral``, ``ecritureScientifique``,
``puissance``, ``sansExposantUn``, ``seulementCertainesPuissances`` and ``nombreAvecEspace``
rejections, ``HMS`` ``1h30m`` vs ``90m``, ``vide`` vs ``\emptyset``, a set with a repeated
element, ``nombreDecimalSeulement``); character-identical pairs; exact repeats of a
(gold, prediction) pair; membership tests (``estDansIntervalle``) and domain-restricted function
checks (``fonction`` with ``domaine``: ``|x|`` = ``x`` on [3, 25]); tolerance verdicts
(``precisionUnite`` 0.1 accepting ``3,5 m`` for ``3.47m``; ``0`` vs
``\cos((2^30+0.49999999999)\pi)``, asserted false by the older copies and true by this one);
powers written ``2^12`` / ``2^2^2`` (LaTeX reads ``2^12`` as ``2^1 2``: no definite value); a
bare number against an answer with a unit (``3,5`` vs ``3,5cm``); malformed inputs (a missing
bracket or brace, an empty ``;`` slot, comma-separated lists where ``,`` is the decimal mark);
``{7}`` vs ``\{7\}`` and ``C`` vs ``\mathbb{R}`` (no definite reading); order-sensitive
``kUplet`` / ``suiteRangeeDeNombres`` verdicts on lists the other options treat as unordered;
text options (``texteAvecCasse`` / ``texteSansCasse``); the empty-answer option.
OpenThoughts-Agent: the ``UnsupportedAnswer`` (fail-closed) raises and the ``answer_type``
classifier tests (no verdict).

Searched without finding a new usable source: issue threads (corpus "issues") reporting a math
grader's wrong verdict with a concrete pair were in used or claimed repositories (Math-Verify,
Qwen2.5-Math, ms-swift, evalscope, scitix/sieval, openai/simple-evals, RLHFlow/Online-DPO-R1
repeating ToRA's pairs) or had none (Khan/khan-exercises, mooculus/calculus, XimeraProject,
asuzukosi/post-training-experiments #6, deepseek-ai/DeepSeek-Coder #175); Chinese, Korean,
Vietnamese and Russian code searches found only claimed projects or course exercises without an
answer-equivalence grader.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHALEA = "CodBad25/mathalea"
MATHALEA_AT = "tests/unit/fonctionsDeComparaison.test.ts@8c415dbbf181ab471f28da379230ec3e9a59906b"
OTA = "open-thoughts/OpenThoughts-Agent"
OTA_AT = (
    "tests/data/nemotron_gym/test_math_boxed_verifier.py@b1cb56bdc38e6db87f07f180f7b3d64f482f3079"
)

# (gold = expected, pred = actual, verdict, why)
_OTA_ROWS = [
    (
        r"(-\infty,-4] \cup [-2,-1) \cup (-1,\infty)",
        r"(-\infty,-4] \cup [-2,\infty)",
        False,
        "interval: union that drops the excluded point -1",
    ),
    ("{1, 2}", "{2, 1}", True, "set: reordered"),
    ("{(2, 3), (-7, 8)}", "{(-7, 8), (2, 3)}", True, "set of pairs: reordered"),
    ("{x=1, A+, O-}", "{O-, A+, x=1}", True, "set of mixed tokens: reordered"),
    ("(0.5, 2)", "(1/2, 2)", True, "tuple: 1/2 = 0.5"),
    ("[0.5, 2]", "[1/2, 2]", True, "list: 1/2 = 0.5"),
    ("x = 1", "2*x = 2", True, "equation: proportional"),
    ("0.5", "1/2", True, "scalar"),
    ("50%", "1/2", True, "scalar: 50% = 1/2"),
    ("no   solution.", "No solution", True, "text: case, spaces and final period"),
    (r"\(u=x^2\)", r"\(u=x^2\).", True, "text: trailing period"),
]

# fonctionComparaison(saisie = pred, answer = gold, options): (gold, pred, isOk, why)
_MATHALEA_ROWS_1 = [
    ("6", r"3\times2", True, "default options; isOk true"),
    ("6", r"\sqrt{36}", True, "default options; isOk true"),
    ("6", r"2\times (3^2-\dfrac{24}{4})", True, "default options; isOk true"),
    ("6", r"5+\cos(2\pi)", True, "default options; isOk true"),
    ("-0.07n+18", r"-0.07\times n+18", True, "default options; isOk true"),
    ("-6", "-2-(6-2)", True, "default options; isOk true"),
    (r"\frac14", "0.25", True, "default options; isOk true"),
    ("0", "2^{-30}-2^{-31}", False, "default options; isOk false"),
    (r"\frac{1}{3}", "0.33333333333333", False, "default options; isOk false"),
    ("x+x", "2x", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("2x-x", "x", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("2x^2+2x+4", "2x+2x^2+4", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("-12x+3", "3-12x", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("2x^2+2x-4", "2x+2x^2-4", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("(x+1)^2", "2x+x^2+1", True, "opts { expressionsForcementReduites: true }; isOk true"),
    ("6", "2 + 4", True, "opts { additionSeulementEtNonResultat: true }; isOk true"),
    ("12-4", "7+1", True, "opts { additionSeulementEtNonResultat: true }; isOk true"),
    ("7", "8+(-1)", True, "opts { additionSeulementEtNonResultat: true }; isOk true"),
    ("-2", "2 - 4", True, "opts { soustractionSeulementEtNonResultat: true }; isOk true"),
    ("2", "4-2", True, "opts { soustractionSeulementEtNonResultat: true }; isOk true"),
    ("12-6", "7-1", True, "opts { soustractionSeulementEtNonResultat: true }; isOk true"),
    ("9", "8-(-1)", True, "opts { soustractionSeulementEtNonResultat: true }; isOk true"),
    ("8", r"2 \times 4", True, "opts { multiplicationSeulementEtNonResultat: true }; isOk true"),
    (
        r"2\times6",
        r"4\times3",
        True,
        "opts { multiplicationSeulementEtNonResultat: true }; isOk true",
    ),
    ("-7", r"7\times(-1)", True, "opts { multiplicationSeulementEtNonResultat: true }; isOk true"),
    ("7", r"-7\times(-1)", True, "opts { multiplicationSeulementEtNonResultat: true }; isOk true"),
    ("3", r"6 \div 2", True, "opts { divisionSeulementEtNonResultat: true }; isOk true"),
    ("2.5", r"5\div2", True, "opts { divisionSeulementEtNonResultat: true }; isOk true"),
    ("-3", r"6 \div (-2)", True, "opts { divisionSeulementEtNonResultat: true }; isOk true"),
    ("-3", r"-6 \div2", True, "opts { divisionSeulementEtNonResultat: true }; isOk true"),
    ("3", r"-6 \div (-2)", True, "opts { divisionSeulementEtNonResultat: true }; isOk true"),
    (r"\dfrac{2}{4}", r"\dfrac{1}{2}", True, "opts { fractionIrreductible: true }; isOk true"),
    (
        r"\dfrac{1}{2}",
        r"\dfrac13",
        False,
        "opts { fractionIrreductible: true }; isOk false; 1/3 vs 1/2: unequal",
    ),
    (r"\dfrac{8}{16}", r"\dfrac{4}{8}", True, "opts { fractionSimplifiee: true }; isOk true"),
    (r"\dfrac{8}{16}", r"\dfrac{1}{2}", True, "opts { fractionSimplifiee: true }; isOk true"),
    (
        r"\dfrac{10}{20}",
        r"\dfrac{10}{21}",
        False,
        "opts { fractionSimplifiee: true }; isOk false; 10/21 vs 10/20: unequal",
    ),
    (r"\dfrac{8}{16}", r"\dfrac{3}{6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"\dfrac{-8}{16}", r"\dfrac{-3}{6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"\dfrac{-8}{16}", r"\dfrac{3}{-6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"\dfrac{-8}{16}", r"-\dfrac{3}{6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"\dfrac{-8}{16}", r"-\dfrac{-3}{-6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"\dfrac{8}{-16}", r"\dfrac{-3}{6}", True, "opts { fractionReduite: true }; isOk true"),
    (r"-\dfrac{8}{16}", r"\dfrac{-3}{6}", True, "opts { fractionReduite: true }; isOk true"),
    (
        r"\dfrac{1\,156}{10\,404}",
        r"\dfrac{1}{9}",
        True,
        "opts { fractionReduite: true }; isOk true",
    ),
    ("0.5", r"\dfrac{5}{10}", True, "opts { fractionDecimale: true }; isOk true"),
    (r"\dfrac12", r"\dfrac{5}{10}", True, "opts { fractionDecimale: true }; isOk true"),
    (
        r"\dfrac{1}{\sqrt{2}}",
        r"\dfrac{\sqrt{2}}{2}",
        True,
        "opts { fractionSansRacineCarree: true }; isOk true",
    ),
    (
        r"\dfrac{-1}{\sqrt{2}}",
        r"-\dfrac{\sqrt{2}}{2}",
        True,
        "opts { fractionSansRacineCarree: true }; isOk true",
    ),
    (
        r"\dfrac{-1}{\sqrt{2}}",
        r"\dfrac{-\sqrt{2}}{2}",
        True,
        "opts { fractionSansRacineCarree: true }; isOk true",
    ),
    (r"\dfrac{8}{16}", r"\dfrac{32}{64}", True, "opts { fractionEgale: true }; isOk true"),
    (r"\dfrac{4}{8}", r"\dfrac{1}{2}", True, "opts { fractionEgale: true }; isOk true"),
    (r"\dfrac{4}{8}", r"\dfrac{7}{14}", True, "opts { fractionEgale: true }; isOk true"),
    (r"-\dfrac{3}{4}", r"\dfrac{-3}{4}", True, "opts { fractionEgale: true }; isOk true"),
    (r"-\dfrac{30}{40}", r"\dfrac{-3}{4}", True, "opts { fractionEgale: true }; isOk true"),
    (r"\dfrac{16}{8}", "2", True, "opts { fractionIdentique: true }; isOk true"),
    ("0.5", "0,5", True, "opts { nombreDecimalSeulement: true }; isOk true; decimal comma 0,5"),
    (r"1+3\times2", r"2\times3+1", True, "opts { expressionNumerique: true }; isOk true"),
    (r"1+3\times2", r"3\times2+1", True, "opts { expressionNumerique: true }; isOk true"),
    (r"1+3\times2", r"(3\times2)+1", True, "opts { expressionNumerique: true }; isOk true"),
    (r"\emptyset", r"\{\}", True, "opts { intervalle: true }; isOk true"),
    (r"\emptyset", "∅", True, "opts { intervalle: true }; isOk true"),
    (
        r"]-8;13[ \cap ]5;+\infty[",
        r"]-8;\,13[ \cap ]5\,;\,+\infty[",
        True,
        "opts { intervalle: true }; isOk true",
    ),
    (
        r"]-8;13[ \cup ]5;+\infty[",
        r"]5;+\infty[ \cup ]-8;13[",
        True,
        "opts { intervalle: true }; isOk true",
    ),
    (
        "[1;2]",
        "]1;2]",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        r"]-8;5[ \cap ]5;+\infty[",
        r"]-8;5[ \cup ]5;+\infty[",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        r"]-8;5[ \cup ]5;+\infty[",
        r"]-8;5[ \cap ]5;+\infty[",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        r"]-8;5[ \cup ]5;+\infty[",
        r"]-7;5[ \cup ]5;+\infty[",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        r"]-8;5[ \cup ]5;+\infty[",
        r"]-8;4[ \cup ]5;+\infty[",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        r"]-8;5[ \cup ]5;7[",
        r"]-8;5[ \cup ]5;+\infty[",
        False,
        "opts { intervalle: true }; isOk false; French interval notation ]a;b[ = (a,b); unequal intervals or sets",
    ),
    (
        "1357",
        r"1,357\times 10^3",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1357",
        r"1,357\cdot 10^3",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1350",
        r"1,350\cdot 10^3",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1350",
        r"1,35\cdot 10^3",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1357",
        r"10^3 \times 1,357",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1357",
        r"1,357\times 10^{3}",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1357",
        r"1,357\times 10^{+3}",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1000",
        r"1 \times 10^{3}",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1.357",
        r"1,357\times 10^0",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1.357",
        "1,357",
        True,
        "opts { ecritureScientifique: true }; isOk true; decimal comma (1,357 = 1.357)",
    ),
    (
        "1357",
        r"1,357\times 10^{4}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "1357",
        r"13,75\times 10^{2}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "1357",
        r"0,75\times 10^{2}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "1357",
        r"x\times 10^{2}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "1357",
        r"\dfrac12\times 10^{2}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "1357",
        r"1.2\times 10^{x}",
        False,
        "opts { ecritureScientifique: true }; isOk false; unequal values",
    ),
    (
        "3,5cm",
        r"3,5\operatorname{\mathrm{cm}}",
        True,
        "opts { unite: true }; isOk true; unit conversion cm / m",
    ),
    (
        "3,5cm",
        r"0,035\operatorname{\mathrm{m}}",
        True,
        "opts { unite: true }; isOk true; unit conversion cm / m",
    ),
    (
        "32cm",
        r"0,035\operatorname{\mathrm{g}}",
        False,
        "opts { unite: true }; isOk false; grams vs centimetres",
    ),
    ("3,5cm", "2,5", False, "opts { unite: true }; isOk false; 2,5 vs 3,5 cm: unequal"),
    (
        "347cm",
        r"3,47\operatorname{\mathrm{m}}",
        True,
        "opts { unite: true, precisionUnite: 0 }; isOk true; 3,47 m = 347 cm (precisionUnite 0)",
    ),
    (
        "3.47m",
        r"3,4\operatorname{\mathrm{m}}",
        False,
        "opts { unite: true, precisionUnite: 0.05 }; isOk false; unequal lengths",
    ),
    (
        "3.4m",
        r"3\operatorname{\mathrm{m}}",
        False,
        "opts { unite: true, precisionUnite: 0.1 }; isOk false; unequal lengths",
    ),
    ("4096", "2^{12}", True, "opts { puissance: true }; isOk true"),
    ("2^{12}", "4^6", True, "opts { puissance: true }; isOk true"),
    ("16", "2^4", True, "opts { puissance: true }; isOk true"),
]

CASES: list[dict] = [
    _c(OTA, OTA_AT, gold, pred, True, ok, why) for gold, pred, ok, why in _OTA_ROWS
] + [
    _c(MATHALEA, MATHALEA_AT, gold, pred, True, ok, why) for gold, pred, ok, why in _MATHALEA_ROWS_1
]

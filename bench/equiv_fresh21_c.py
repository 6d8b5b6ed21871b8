r"""A twenty-first fresh set of answer-equivalence cases (evaluation only; helper "c": answer keys
and answer checkers of quiz-bowl-style math competitions that list ACCEPTED forms of one answer).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``; every case here has ``wrap`` True) and the verdict the source asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
source holds (JavaScript string literals read as JavaScript reads them: ``'\u00bd'`` is ``½``).
Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- Elephant200/nsb-reader ``test/nsb-answer-checker.test.js``
  @ 1888a2db0895f404ab28b51e592c4a1befe2a2e9, MIT (repository LICENSE, "Copyright (c) 2025
  Geoffrey Wu": the repository is a fork of qbreader/website adapted to the DOE National Science
  Bowl). The test asserts ``check(answerKey, response).directive`` is ``'accept'`` or
  ``'reject'`` for a Science Bowl answer key as written in a packet, e.g. ``'(−7, 4) (ACCEPT:
  x = −7 AND y = 4)'``. The test's expectations are the authors' (human) rulings on what a
  moderator must accept, not a string match. The official answer (the key without its bracketed
  ACCEPT / DO NOT ACCEPT / reading-cue clause) is the gold; the response is the prediction. Every
  assertion of the file whose key is a math (or unit-bearing numeric) answer was read, in file
  order; an exact duplicate (gold, pred) pair is kept once.
- UnweidlyKhan349/sbreader ``tests/answer-check.test.js``
  @ b63aa2e8e775948788f895a901f9713c8650ba7d, no license file found (the grader of a static
  Science Bowl practice site built from tournament packets; ``checkAnswer(question, typed)`` on a
  short-answer key, asserted ``correct`` or not). Every assertion with a math key was read; the
  key is the gold (a ``do not accept`` clause written in the key is dropped).
- saligrama/mathcountsgrading ``test_data/competition_answers.csv``
  @ 2528d6513292ae4ab4e82f04ab5c6006297b8024, no license file found (a MATHCOUNTS grading web
  app; the CSV is its answer key, one row per accepted answer of a question: columns competition,
  round, question, answer, id). Every question with more than one accepted row (sprint 8, target
  1) was taken: the first row is the gold, each further row a positive prediction.
- habiboffdev/sat_platform ``backend/scripts/verify_fix_95_ocr.md``
  @ 3fdc72a6c2efe8aa9b13894ff9723e2a1561b0ed, no license file found (an OCR transcript, kept in
  the repository, of the College Board digital-SAT "Student-produced response directions" page:
  a table of answers with their "Acceptable ways to enter answer" and "Unacceptable: will NOT
  receive credit" forms, written by the test maker). Every row was read; the answer column is the
  gold as transcribed (``$ \frac{2}{3} $`` is stored ``\frac{2}{3}``), each listed form one
  prediction. The decimals follow the test's rule (a decimal that does not fit is truncated or
  rounded at the fourth digit; fewer digits earn no credit), stated in ``why``.
- marco-campos/number-sense ``src/1999.js``, ``src/2000.js``, ``src/2013.js``, ``src/2017.js``,
  ``src/2018.js``, ``src/2019.js`` @ a3ab6334757199d0603b072621c6c90236ba62ca, no license file
  (UIL Number Sense tests typed in for a practice app: a question's key is a string, a number, or
  a JavaScript array of the accepted answer strings, e.g. ``['1.6','8/5','1 3/5']``). Every array
  of strings in the six answer-key files was read (``2005.js`` and ``2014.js`` have none): the
  first string is the gold, each further string a positive prediction. jadel449/number-sense
  (claimed, fetched) holds a copy of ``src/1999.js`` only; its string arrays are the same pairs
  and were not taken twice.

Left out, by rule (nsb-reader): multiple-choice keys (``W) ...``: letters and option texts);
chemistry, biology and prose keys (formulas, ions, hybridizations, electron configurations,
``MITOCHONDRION``, ``SUN``, ``2nd ORDER``, ``RELATIVE MINIMUM ... AT (0, 1)``); keys written in
HTML markup (``x<sup>2</sup>``, ``<span class="nsb-fraction">``: display markup, not an answer
a model writes); clause-driven verdicts that are not mathematical equality: an ACCEPT form that
is a different value (``2 (ACCEPT: 1/2)`` taking ``0.5``, ``240 (ACCEPT: 250, ..., 290)``, ``1000
(ACCEPT: 1,000, 2,000)`` taking ``2000``) and format-policy rejections of an equal value (``0.001
(DO NOT ACCEPT: 1 × 10^−3)``, ``+5 (DO NOT ACCEPT: 5)``, ``1 × 10⁷ (DO NOT ACCEPT: 10⁷)``,
``2 × 10³`` rejecting ``2000`` when the question asks for scientific notation; kept: ``(8, 0)
(DO NOT ACCEPT: 8 ALONE)`` rejecting ``8``, a different value); unit-omission policy
(``40 METERS (must give units)`` and ``2 METERS`` rejecting a bare number); order policies (``1 OR
3 (IN THIS ORDER)`` rejecting ``3 and 1``, numbered parts in reverse order); malformed keys the
suite feeds to test rejection of invalid input (``(1/2``, ``1//2``, ``x^^2``, ``x^``, ``f(x, y)``
against ``f(x,y]``); pairs of identical strings (``'0.001'`` vs ``'0.001'``, ``'-392'`` vs
``'-392'``); a superscript lost in typing, on which the two Science Bowl suites disagree
(nsb-reader rejects ``x2`` for ``x²``, sbreader accepts ``x2`` for ``x^2``), so neither is a
definite verdict. (sbreader): science and prose keys, typo / closeness tests, multiple choice,
ranking and "identify all" item-number questions, ``+6`` vs ``+6``, and its two corpus-wide
loops (every key and every accept form of its 15.5-million-character ``data/questions.json``
graded correct), which name no pair. The corpus itself (UnweidlyKhan349/scibowl
``data/questions.json``, with per-question ``ac`` accept and ``rj`` reject lists) was claimed but
not sampled: no snapshot could be fetched and its math rows with accept lists are too sparse to
page through within the look-up budget (none in its first 32,000 characters). (sat_platform):
``3.5`` vs ``3.5`` (identical), ``3 1/2`` rejected for 3.5 (a grid-entry policy: an equal
value), the OCR's repeated ``0.67`` (kept once). (number-sense): ``['19.2','19 1/2']`` for 12% of
35 + 15 and ``['32/2', '10 2/3']`` for 12 ft × 6 ft × 4 ft in cubic yards (one form is a
different value, 19.5 and 16: a typing error of the key, so the pair has no definite verdict); numeric (non-string) keys, which the app grades
within 5% (estimation questions); ``src/2000.js`` line 4 (``['.5', '1/2']``, the same pair as
``src/1999.js`` line 9, kept once).

Examined without usable cases: Elephant200/nsb-reader's other tests
(``nsb-corpus-answer-checker.test.js`` checks multiple-choice options only; the room tests use
letters and words); brianzjk/scibowl-gpt (question generation and review, no graded answers);
jchanes04/scibowl-buzzing (no test files stored). Found only as unnamed ``find_string`` hits and
so not used: an NSB listening-practice seed bank (two ``(ACCEPT: ...)`` math keys) and React
copies of the SAT answer-entry table. Khan/khan-exercises answer-timeline issue threads
(fraction / decimal pairs) were found but are claimed by another collector.
"""

from bench.equiv_rl_suites import collected_case

_NSB = "Elephant200/nsb-reader"
_NSB_AT = "test/nsb-answer-checker.test.js@1888a2db0895f404ab28b51e592c4a1befe2a2e9"

# (gold, pred, expected, why): nsb-answer-checker.test.js, in file order.
_NSB_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "f⁻¹(x) = (2+x)/x",
        "1 + 2/x",
        True,
        "short answers test: key 'f⁻¹(x) = (2+x)/x (ACCEPT: (2+x)/x, 1 + 2/x)'",
    ),
    ("-392", "392", False, "count and unit test: key '-392 (must give negative value)'"),
    ("40 METERS", "40 meters", True, "count and unit test: key '40 METERS (must give units)'"),
    ("7/5", "7", False, "numeric answers test: fraction denominator kept"),
    ("7/5", "7 / 5", True, "numeric answers test: spaces around the slash"),
    ("7/5", "7\u20445", True, "numeric answers test: U+2044 fraction slash"),
    ("-2", "2", False, "numeric answers test: sign kept"),
    ("√3/3", "sqrt(3)/3", True, "reading cues test: key '√3/3 [SQUARE ROOT OF 3 OVER 3]'"),
    (
        "0.0012",
        ".0012",
        True,
        "reading cues test: key '0.0012 [NOTE: AQ = AQUEOUS; G = GASEOUS]'",
    ),
    ("(-2, 2]", "(-2,2]", True, "scalar equivalence test: half-open interval"),
    ("(-2, 2]", "[-2,2]", False, "scalar equivalence test: bracket kinds differ"),
    ("[-2, 2)", "[-2,2)", True, "scalar equivalence test: half-open interval"),
    ("[-2, 2)", "[-2,2]", False, "scalar equivalence test: bracket kinds differ"),
    ("1/2", ".5", True, "scalar equivalence test: fraction key vs decimal"),
    ("½", ".5", True, "scalar equivalence test: vulgar-fraction key vs decimal"),
    ("(1/2)", ".5", True, "scalar equivalence test: parenthesised key"),
    ("(1)/(2)", ".5", True, "scalar equivalence test: parenthesised numerator, denominator"),
    ("1/3", ".333", False, "scalar equivalence test: truncated decimal is not exact"),
    ("1/2", "1", False, "scalar equivalence test"),
    ("1/(2+3)", "1/2+3", False, "scalar equivalence test: grouping is not erased"),
    ("(1)(2)", "12", False, "scalar equivalence test: product 2 is not 12"),
    ("x-y", "xy", False, "scalar equivalence test: minus sign is not dropped"),
    ("f(x)", "fx", False, "scalar equivalence test: function brackets are not erased"),
    ("1/-2", "-1/2", True, "scalar equivalence test: sign of the denominator"),
    ("+2", "2", True, "scalar equivalence test: explicit plus sign"),
    ("1.0", "1", True, "scalar equivalence test: trailing zero"),
    ("1.7 × 10⁻⁵", "0.000017", True, "scalar equivalence test: scientific vs plain decimal"),
    ("12", "1 2", False, "scalar equivalence test: a space splits the digits"),
    ("1.5", "1 .5", False, "scalar equivalence test: a space splits the number"),
    ("-2 9/20", "-2.45", True, "scalar equivalence test: negative mixed number"),
    (
        "0.001",
        "1/1000",
        True,
        "scientific alternatives test: key '0.001 (ACCEPT: 1/1000; DO NOT ACCEPT: 1 × 10−3)'",
    ),
    ("x²", "(x)(x)", True, "scientific alternatives test: key 'x² (ACCEPT: (x)(x); ...)'"),
    ("2", "0.5", False, "scientific alternatives test: key '2 (DO NOT ACCEPT: 1/2)'"),
    ("x²", "x", False, "scientific alternatives test: key 'x² (DO NOT ACCEPT: x)'"),
    ("2 METERS", "2 meters", True, "scientific alternatives test: unit, case"),
    ("2 METERS", "2 seconds", False, "scientific alternatives test: wrong unit"),
    ("2.0 METERS", "2 meters", True, "scientific alternatives test: trailing zero, unit"),
    (
        "1 × 10⁷",
        "1 × 10^7",
        True,
        "scientific alternatives test: key '1 × 10⁷ (DO NOT ACCEPT: 10⁷)'",
    ),
    ("6 TIMES 10⁻³²", "6e-32", True, "scientific alternatives test: E notation"),
    ("6 TIMES 10⁻³²", "6 x 10^-32", True, "scientific alternatives test: 'x' for times"),
    ("6 TIMES 10⁻³²", "6e32", False, "scientific alternatives test: exponent sign lost"),
    (
        "2 × 10³",
        "2e3",
        True,
        "scientific alternatives test: question asks for scientific notation",
    ),
    (
        "2 × 10³",
        "2000",
        True,
        "scientific alternatives test: key '2 × 10³ (ACCEPT: 2000)'",
    ),
    ("1, 2, AND 3", "1, 2, 3", True, "required lists test"),
    ("1, 2, AND 3", "1, 2", False, "required lists test: a component is missing"),
    (
        "(1, 14, −16)",
        "x = 1, y = 14, z = -16",
        True,
        "required lists test: key '(1, 14, −16) (ACCEPT: x = 1, y = 14, AND z = −16)'",
    ),
    ("1000", "2", False, "required lists test: key '1000 (ACCEPT: 1,000, 2,000)'"),
    ("1) 2, 2) 3, 3) 2, 4) 5", "2, 3, 2, 5", True, "required lists test: numbered parts"),
    ("0.25 AND 1", "1/4 and 1", True, "required lists test: key '0.25 (ACCEPT: ¼) AND 1'"),
    ("0.25 AND 1", "1/4", False, "required lists test: key '0.25 (ACCEPT: ¼) AND 1'"),
    (
        "0.25 AND 1 (IN ANY ORDER)",
        "1 and 1/4",
        True,
        "required lists test: key '0.25 (ACCEPT: ¼) AND 1 (IN ANY ORDER)'",
    ),
    (
        "0.25 AND 1 (IN ANY ORDER)",
        "1/4 and 1/4",
        False,
        "required lists test: key '0.25 (ACCEPT: ¼) AND 1 (IN ANY ORDER)'",
    ),
    ("1) ¼; 2) 1 (IN ANY ORDER)", "1 and 1/4", True, "required lists test: numbered parts"),
    ("1 OR 3 (MUST GIVE BOTH ANSWERS)", "1", False, "required lists test: one root only"),
    ("1 OR 3 (MUST GIVE BOTH ANSWERS)", "3 and 1", True, "required lists test: both roots"),
    ("(8, 0)", "8", False, "required lists test: key '(8, 0) (DO NOT ACCEPT: 8 ALONE)'"),
    ("(8, 0)", "(8,0)", True, "required lists test: key '(8, 0) (DO NOT ACCEPT: 8 ALONE)'"),
    ("(−7, 4)", "(-7,4)", True, "required lists test: key '(−7, 4) (ACCEPT: x = −7 AND y = 4)'"),
    ("(−7, 4)", "x = -7 and y = 4", True, "required lists test: coordinates as equations"),
    ("(−7, 4)", "x = -7", False, "required lists test: one coordinate only"),
    ("(−7, 4)", "y = 4", False, "required lists test: one coordinate only"),
    (
        "(−7, 4)",
        "x = -7, y = 4",
        True,
        "required lists test: key '(−7, 4) (ACCEPT: x = −7, y = 4)'",
    ),
    (
        "(−∞, −9) ∪ (−9, −4] ∪ [4, ∞)",
        "(-∞,-9) ∪ (-9,-4] ∪ [4,∞)",
        True,
        "required lists test: domain as a union of intervals",
    ),
    (
        "(−∞, −9) ∪ (−9, −4] ∪ [4, ∞)",
        "(-∞,-9) ∪ [-9,-4] ∪ [4,∞)",
        False,
        "required lists test: -9 is excluded from the domain",
    ),
    ("𝑥²", "x^2", True, "powers test: mathematical italic x"),
    ("x²", "x2", False, "powers test: superscript lost"),
    ("x²", "x^3", False, "powers test: wrong exponent"),
    ("10⁻⁶", "10^-6", True, "powers test: superscript minus"),
    ("10⁻⁶", "10^6", False, "powers test: exponent sign lost"),
]

_SBR = "UnweidlyKhan349/sbreader"
_SBR_AT = "tests/answer-check.test.js@b63aa2e8e775948788f895a901f9713c8650ba7d"

# (gold, pred, expected, why): answer-check.test.js, in file order (math keys only).
_SBR_ROWS: list[tuple[str, str, bool, str]] = [
    ("128 π", "128 pi", True, "exact, symbolic test: pi spelled out"),
    ("CUBE ROOT OF 35", "cbrt(35)", True, "exact, symbolic test: cube root in words"),
    ("1/2", "0.5", True, "exact, symbolic test: fraction vs decimal"),
    ("8 FACTORS", "8", True, "exact, symbolic test: bare number for a counted key"),
    (
        "x = 0 or x = 9 (MUST GIVE BOTH ANSWERS)",
        "x = 0",
        False,
        "must-give-both test: one root only",
    ),
    ("1 OR 3 (MUST GIVE BOTH ANSWERS)", "3", False, "must-give-both test: one root only"),
    ("x ≥ 10 or x ≤ − 4", "x ≤ − 4", False, "must-give-both test: half of a union"),
    ("+7 or 7", "-7", False, "must-give-both test: key '+7 or 7, do not accept -7'"),
    ("SQRT(20)", "sqrt", False, "incomplete answers test: radicand missing"),
    ("-195 DEGREES", "195 degrees", False, "reject list and signs test: sign lost"),
    ("-2", "negative 2", True, "reject list and signs test: sign in words"),
]

_MC = "saligrama/mathcountsgrading"
_MC_AT = "test_data/competition_answers.csv@2528d6513292ae4ab4e82f04ab5c6006297b8024"

# (gold, pred, expected, why): every further accepted row of a question, in file order.
_MC_ROWS: list[tuple[str, str, bool, str]] = [
    ("$5.00", "$5", True, "competition 1 sprint 8: accepted row"),
    ("$5.00", "5.00", True, "competition 1 sprint 8: accepted row"),
    ("$5.00", "5", True, "competition 1 sprint 8: accepted row"),
    ("$1125", "1125.00", True, "competition 1 target 1: accepted row"),
]

_SAT = "habiboffdev/sat_platform"
_SAT_AT = "backend/scripts/verify_fix_95_ocr.md@3fdc72a6c2efe8aa9b13894ff9723e2a1561b0ed"

# (gold, pred, expected, why): the SAT student-produced-response examples table, row by row.
_SAT_ROWS: list[tuple[str, str, bool, str]] = [
    ("3.5", "3.50", True, "SPR examples, answer 3.5: acceptable"),
    ("3.5", "7/2", True, "SPR examples, answer 3.5: acceptable"),
    ("3.5", "31/2", False, "SPR examples, answer 3.5: unacceptable (31/2 is 15.5)"),
    (r"\frac{2}{3}", "0.6666", True, "SPR examples: acceptable, truncated at the fourth digit"),
    (r"\frac{2}{3}", "0.6667", True, "SPR examples: acceptable, rounded at the fourth digit"),
    (r"\frac{2}{3}", "0.666", True, "SPR examples: acceptable"),
    (r"\frac{2}{3}", "0.667", True, "SPR examples: acceptable"),
    (r"\frac{2}{3}", "0.66", False, "SPR examples: unacceptable, too few digits"),
    (r"\frac{2}{3}", "0.67", False, "SPR examples: unacceptable, too few digits"),
    (r"\frac{2}{3}", ".67", False, "SPR examples: unacceptable, too few digits"),
    (r"-\frac{1}{3}", "-1/3", True, "SPR examples: acceptable"),
    (r"-\frac{1}{3}", "-0.333", True, "SPR examples: acceptable"),
    (r"-\frac{1}{3}", "-0.3333", True, "SPR examples: acceptable"),
    (r"-\frac{1}{3}", "-.33", False, "SPR examples: unacceptable, too few digits"),
    (r"-\frac{1}{3}", "-0.33", False, "SPR examples: unacceptable, too few digits"),
]

_NS = "marco-campos/number-sense"
_NS_COMMIT = "a3ab6334757199d0603b072621c6c90236ba62ca"

# (path, gold, pred, why): each further accepted string of an answer array, in file order.
_NS_ROWS: list[tuple[str, str, str, str]] = [
    ("src/1999.js", ".5", "1/2", "line 9: 3 + 5 ÷ 4 × 2 - 5 ="),
    ("src/1999.js", "92.5", "185/2", "line 50: 2.5 × 37 ="),
    ("src/1999.js", "-0.7", "-.7", "line 80: If 3/4 + x = 1/20 ,then x = (decimal)"),
    ("src/2000.js", "3.2", "3 1/5", "line 18: 16% of 20 ="),
    ("src/2013.js", "1.6", "8/5", "line 7: 2.4÷1.5="),
    ("src/2013.js", "1.6", "1 3/5", "line 7: 2.4÷1.5="),
    ("src/2013.js", "4.6", "23/5", "line 16: 115÷25="),
    ("src/2013.js", "4.6", "4 3/5", "line 16: 115÷25="),
    ("src/2013.js", "-.45", "-9/20", "line 43: Which is smaller, -0.45 or -4/9"),
    ("src/2013.js", ".84", "21/25", "line 52: 6/7×49/50="),
    ("src/2013.js", "-11/3", "-3 2/3", "line 60: 3+2×2÷3-(1+7)="),
    ("src/2013.js", "9.61", "961/100", "line 83: 31% of 31="),
    ("src/2013.js", "9.61", "9 61/100", "line 83: 31% of 31="),
    ("src/2013.js", "265/36", "7 13/36", "line 104: 5 1/9 + 2 1/4"),
    ("src/2013.js", "3.3", "33/10", "line 107: 7 4/5 - 4 1/2 ="),
    ("src/2013.js", "3.3", "3 3/10", "line 107: 7 4/5 - 4 1/2 ="),
    ("src/2017.js", "5.5", "11/2", "line 10: 25 % of 22 is"),
    ("src/2017.js", "5.5", "5 1/2", "line 10: 25 % of 22 is"),
    (
        "src/2018.js",
        "8.7",
        "8 7/10",
        "line 18: key of a garbled stem (1996 × 3 + 12); its forms agree",
    ),
    (
        "src/2018.js",
        "8.7",
        "87/10",
        "line 18: key of a garbled stem (1996 × 3 + 12); its forms agree",
    ),
    ("src/2018.js", ".8125", "13/16", "line 28: 5/8 + 3/16 = ____ (proper fraction)"),
    (
        "src/2018.js",
        "4.8",
        "24/5",
        "line 41: 120 g at 0.4 oz/g (the key says 4.8); its forms agree",
    ),
    (
        "src/2018.js",
        "4.8",
        "4 4/5",
        "line 41: 120 g at 0.4 oz/g (the key says 4.8); its forms agree",
    ),
    ("src/2018.js", ".072", "9/125", "line 65: 18/(5^3)(2)"),
    ("src/2018.js", "31/12", "2 7/12", "line 66: 5 1/4 - 2 2/3 ="),
    ("src/2018.js", "-5/3", "-1 2/3", "line 76: 3 × 1 ÷ 9 + 2 -4 ="),
    ("src/2018.js", "61/3", "20 1/3", "line 82: The arithmetic mean of 19, 24, and 18 ="),
    ("src/2018.js", "28.75", "115/4", "line 110: The arithmetic mean of 15, 22, 37 and 41 ="),
    ("src/2018.js", "28.75", "28 3/4", "line 110: The arithmetic mean of 15, 22, 37 and 41 ="),
    ("src/2018.js", "20.8", "104/5", "line 131: 4 × 8 -12 +16 ÷ 20 ="),
    ("src/2018.js", "20.8", "20 4/5", "line 131: 4 × 8 -12 +16 ÷ 20 ="),
    ("src/2018.js", "11.75", "47/4", "line 134: The arithmetic mean of 5, 4, 20 and 18 ="),
    ("src/2018.js", "11.75", "11 3/4", "line 134: The arithmetic mean of 5, 4, 20 and 18 ="),
    ("src/2019.js", "13.4", "67/5", "line 42: 15 - 16 × 2^0 ÷ (1 + 9) ="),
    ("src/2019.js", "13.4", "13 2/5", "line 42: 15 - 16 × 2^0 ÷ (1 + 9) ="),
]

CASES: list[dict[str, object]] = [
    collected_case(repo, where, gold, pred, True, ok, why)
    for repo, where, rows in (
        (_NSB, _NSB_AT, _NSB_ROWS),
        (_SBR, _SBR_AT, _SBR_ROWS),
        (_MC, _MC_AT, _MC_ROWS),
        (_SAT, _SAT_AT, _SAT_ROWS),
    )
    for gold, pred, ok, why in rows
] + [
    collected_case(_NS, f"{path}@{_NS_COMMIT}", gold, pred, True, True, why)
    for path, gold, pred, why in _NS_ROWS
]

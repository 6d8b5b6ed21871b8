r"""A thirty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b":
answer checkers and answer keys for maths content in languages other than English).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh39_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- lingkaranviii/lingkaranviii.github.io ``garissl.js``, ``panjangbusur.js``,
  ``unsurlingkarangaris.js``, ``unsurlingkaranluasan.js`` @
  25c0830ea258bb2278ef8acba319611439e61442 (Indonesian circle-geometry lesson site; each
  ``myFunctionN()`` compares the typed answer, spaces removed, against a hand-written list
  ``if ((x == "A") || (x == "B") ...)`` and prints "Jawabanmu Benar" for every listed form). An
  answer key listing accepted forms: the gold is the value the worked solution printed after
  "Jawabanmu Benar" ends with (e.g. ``L_{juring}=136,89\,cm^{2}``, so ``136,89``), and each other
  listed form is a pred with expected True. Decimal comma as written. Where the worked solution
  shows no single value (segment and angle names ``DE``/``ED``, ``OY``/``YO``, ``DOB``/``BOD``)
  the first-listed form is the gold. No license file.
- MINT-the-GAP/Aufgabensammlung ``01_Algebraische_Grundlagen/05_Dezimalzahlen/Aufgabe_0001.md``
  to ``Aufgabe_0006.md`` and ``01_Algebraische_Grundlagen/04_Bruchrechnung/Aufgabe_0006.md`` to
  ``Aufgabe_0009.md`` @ 484c7736abc42042d942061e446e3b98d8fb0443 (German LiaScript exercise
  collection; "Entscheide welches Relationszeichen eine wahre mathematische Aussage darstellt":
  each item ``$L$ [[$>$|$=$|$<$]] $R$`` marks the teacher's correct sign in parentheses). A
  human answer key on whether two written numbers are equal: gold is the right-hand side ``R``,
  pred the left-hand side ``L`` (both as written between ``$...$``, decimal comma kept),
  expected True when only ``($=$)`` is marked and False when ``>`` or ``<`` (or both) is marked.
  The key gets the direction of some inequalities wrong (e.g. ``\dfrac{3}{8}`` marked ``>``
  ``\dfrac{1}{2}``, ``\dfrac{17}{20}`` marked ``>`` ``\dfrac{7}{8}``), which does not touch the
  equal/not-equal verdict used here; every ``=`` it marks is a true equality. No license file.

Left out, by rule: lingkaranviii: every check with a single accepted form (gold and pred would
be the same string), and the multi-field checks (``jawaban1``/``jawaban2``/``jawaban3`` with
segment names in any order), which are not one answer. MINT-the-GAP: items where ``=`` and
another sign are both marked (05_Dezimalzahlen Aufgabe_0002 c ``\dfrac{7}{5}`` vs ``1,400`` and
Aufgabe_0005 c ``0,\overline{428571}`` vs ``\dfrac{3}{7}``: no single verdict);
04_Bruchrechnung Aufgabe_0010 and the other "Relationszeichen" tasks (Einheiten, negative
Zahlen, Repetitorium sets) by the 60-case cap (files taken in the order listed above);
fill-in tasks ``[[ 0,152 ]]`` / ``@Algebrite.check(1/2)``, which state only the gold.

Examined and not used: CLUEbenchmark/Math24o (scores by a script's float equality, no human
labels); MINT-the-GAP/lia-Mathe (its tests are UI/source regressions, no answer pairs);
MINT-the-GAP/Wochenaufgabe (one "Relationszeichen" item, ``76\,500`` = ``76\,500``);
ajtgjmdjp/jfinqa (already used by an earlier set); a French exercise-validation test file
(strict string policy, ``"1/2"`` vs ``"0.5"`` asserted False as a format rule) and a Japanese
``AnswerJudgmentTestSuite`` (``precisionAnswerJudgment``: ``"1/2"`` vs ``0.5`` correct,
``"４．８"`` vs ``"4.8"`` correct, ...) whose repositories the index did not name, so no
repo/commit could be recorded.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

L = "lingkaranviii/lingkaranviii.github.io"

L_AT = "@25c0830ea258bb2278ef8acba319611439e61442"

M = "MINT-the-GAP/Aufgabensammlung"

M_DIR = "01_Algebraische_Grundlagen/"

M_AT = "@484c7736abc42042d942061e446e3b98d8fb0443"

M_DEZ0001 = M_DIR + "05_Dezimalzahlen/Aufgabe_0001.md" + M_AT

M_DEZ0002 = M_DIR + "05_Dezimalzahlen/Aufgabe_0002.md" + M_AT

M_DEZ0003 = M_DIR + "05_Dezimalzahlen/Aufgabe_0003.md" + M_AT

M_DEZ0004 = M_DIR + "05_Dezimalzahlen/Aufgabe_0004.md" + M_AT

M_DEZ0005 = M_DIR + "05_Dezimalzahlen/Aufgabe_0005.md" + M_AT

M_DEZ0006 = M_DIR + "05_Dezimalzahlen/Aufgabe_0006.md" + M_AT

M_BR0006 = M_DIR + "04_Bruchrechnung/Aufgabe_0006.md" + M_AT

M_BR0007 = M_DIR + "04_Bruchrechnung/Aufgabe_0007.md" + M_AT

M_BR0008 = M_DIR + "04_Bruchrechnung/Aufgabe_0008.md" + M_AT

M_BR0009 = M_DIR + "04_Bruchrechnung/Aufgabe_0009.md" + M_AT

CASES = [
    # lingkaranviii: garissl.js myFunction40, worked solution ends "l=26,5\,cm"
    _c(
        L,
        "garissl.js" + L_AT,
        gold=r"26,5",
        pred=r"26,51",
        wrap=True,
        expected=True,
        why='myFunction40: (x == "26,5") || (x == "26,51") || (x == "26,514")',
    ),
    _c(
        L,
        "garissl.js" + L_AT,
        gold=r"26,5",
        pred=r"26,514",
        wrap=True,
        expected=True,
        why='myFunction40: (x == "26,5") || (x == "26,51") || (x == "26,514")',
    ),
    # panjangbusur.js myFunction31, worked solution ends "Panjang Busur = 6,1055\,cm"
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"6,1055",
        pred=r"6,11",
        wrap=True,
        expected=True,
        why='myFunction31: x == "6,1055" / "6,11" / "6,1056" all Jawabanmu Benar',
    ),
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"6,1055",
        pred=r"6,1056",
        wrap=True,
        expected=True,
        why='myFunction31: x == "6,1055" / "6,11" / "6,1056" all Jawabanmu Benar',
    ),
    # panjangbusur.js myFunction35, worked solution ends "L_{juring}=136,89\,cm^{2}"
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"136,89",
        pred=r"136,88",
        wrap=True,
        expected=True,
        why='myFunction35: (x == "136,89") || (x == "136,88") || (x == "136,888")',
    ),
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"136,89",
        pred=r"136,888",
        wrap=True,
        expected=True,
        why='myFunction35: (x == "136,89") || (x == "136,88") || (x == "136,888")',
    ),
    # panjangbusur.js myFunction36, worked solution ends "Panjang\,Busur=19,56\,cm"
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"19,56",
        pred=r"19,55",
        wrap=True,
        expected=True,
        why='myFunction36: (x == "19,56") || (x == "19,55") || (x == "19,555")',
    ),
    _c(
        L,
        "panjangbusur.js" + L_AT,
        gold=r"19,56",
        pred=r"19,555",
        wrap=True,
        expected=True,
        why='myFunction36: (x == "19,56") || (x == "19,55") || (x == "19,555")',
    ),
    # segment and angle names accepted in either order
    _c(
        L,
        "unsurlingkarangaris.js" + L_AT,
        gold=r"DE",
        pred=r"ED",
        wrap=True,
        expected=True,
        why='myFunction3: if (x == "DE" || x == "ED") (diameter: overline DE atau overline ED)',
    ),
    _c(
        L,
        "unsurlingkarangaris.js" + L_AT,
        gold=r"OY",
        pred=r"YO",
        wrap=True,
        expected=True,
        why='myFunction6: if (x == "OY" || x == "YO") (apotema: overline OY atau overline YO)',
    ),
    _c(
        L,
        "unsurlingkaranluasan.js" + L_AT,
        gold=r"DOB",
        pred=r"BOD",
        wrap=True,
        expected=True,
        why='myFunction19: if (x == "DOB" || x == "BOD") (angle name; worked answer shows only a tick image)',
    ),
    # 05_Dezimalzahlen/Aufgabe_0001.md
    _c(
        M,
        M_DEZ0001,
        gold=r"\dfrac{4}{5}",
        pred=r"0,75",
        wrap=True,
        expected=False,
        why="Aufgabe_0001 a) marked <",
    ),
    _c(
        M,
        M_DEZ0001,
        gold=r"2,25",
        pred=r"\dfrac{9}{4}",
        wrap=True,
        expected=True,
        why="Aufgabe_0001 b) marked =",
    ),
    _c(
        M,
        M_DEZ0001,
        gold=r"\dfrac{3}{20}",
        pred=r"0,13",
        wrap=True,
        expected=False,
        why="Aufgabe_0001 c) marked > and <",
    ),
    _c(
        M,
        M_DEZ0001,
        gold=r"0,009",
        pred=r"\dfrac{8}{100}",
        wrap=True,
        expected=False,
        why="Aufgabe_0001 d) marked >",
    ),
    _c(
        M,
        M_DEZ0001,
        gold=r"0,875",
        pred=r"\dfrac{7}{8}",
        wrap=True,
        expected=True,
        why="Aufgabe_0001 e) marked =",
    ),
    _c(
        M,
        M_DEZ0001,
        gold=r"\dfrac{4}{5}",
        pred=r"0,825",
        wrap=True,
        expected=False,
        why="Aufgabe_0001 f) marked >",
    ),
    # 05_Dezimalzahlen/Aufgabe_0002.md
    _c(
        M,
        M_DEZ0002,
        gold=r"\dfrac{4}{3}",
        pred=r"1,1",
        wrap=True,
        expected=False,
        why="Aufgabe_0002 a) marked <",
    ),
    _c(
        M,
        M_DEZ0002,
        gold=r"0,49",
        pred=r"\dfrac{3}{7}",
        wrap=True,
        expected=False,
        why="Aufgabe_0002 b) marked <",
    ),
    # c) left out: both '=' and another sign marked (($>$) ($=$))
    _c(
        M,
        M_DEZ0002,
        gold=r"\dfrac{199}{200}",
        pred=r"1,9",
        wrap=True,
        expected=False,
        why="Aufgabe_0002 d) marked >",
    ),
    _c(
        M,
        M_DEZ0002,
        gold=r"0,00001",
        pred=r"\dfrac{0}{75}",
        wrap=True,
        expected=False,
        why="Aufgabe_0002 e) marked <",
    ),
    _c(
        M,
        M_DEZ0002,
        gold=r"\dfrac{2}{3}",
        pred=r"0,6",
        wrap=True,
        expected=False,
        why="Aufgabe_0002 f) marked <",
    ),
    # 05_Dezimalzahlen/Aufgabe_0003.md
    _c(
        M,
        M_DEZ0003,
        gold=r"0,225",
        pred=r"\dfrac{1}{4}",
        wrap=True,
        expected=False,
        why="Aufgabe_0003 a) marked >",
    ),
    _c(
        M,
        M_DEZ0003,
        gold=r"\dfrac{3}{8}",
        pred=r"0,375",
        wrap=True,
        expected=True,
        why="Aufgabe_0003 b) marked =",
    ),
    _c(
        M,
        M_DEZ0003,
        gold=r"0,89",
        pred=r"\dfrac{8}{9}",
        wrap=True,
        expected=False,
        why="Aufgabe_0003 c) marked <",
    ),
    _c(
        M,
        M_DEZ0003,
        gold=r"11,5",
        pred=r"\dfrac{11}{5}",
        wrap=True,
        expected=False,
        why="Aufgabe_0003 d) marked <",
    ),
    _c(
        M,
        M_DEZ0003,
        gold=r"\dfrac{9}{20}",
        pred=r"0,45",
        wrap=True,
        expected=True,
        why="Aufgabe_0003 e) marked =",
    ),
    _c(
        M,
        M_DEZ0003,
        gold=r"0,333",
        pred=r"\dfrac{1}{3}",
        wrap=True,
        expected=False,
        why="Aufgabe_0003 f) marked >",
    ),
    # 05_Dezimalzahlen/Aufgabe_0004.md
    _c(
        M,
        M_DEZ0004,
        gold=r"\dfrac{7}{9}",
        pred=r"0,\bar{7}",
        wrap=True,
        expected=True,
        why="Aufgabe_0004 a) marked =",
    ),
    _c(
        M,
        M_DEZ0004,
        gold=r"0,85",
        pred=r"\dfrac{5}{6}",
        wrap=True,
        expected=False,
        why="Aufgabe_0004 b) marked <",
    ),
    _c(
        M,
        M_DEZ0004,
        gold=r"1,6667",
        pred=r"\dfrac{5}{3}",
        wrap=True,
        expected=False,
        why="Aufgabe_0004 c) marked > and <",
    ),
    _c(
        M,
        M_DEZ0004,
        gold=r"\dfrac{7}{7}",
        pred=r"0,\bar{9}",
        wrap=True,
        expected=True,
        why="Aufgabe_0004 d) marked =",
    ),
    _c(
        M,
        M_DEZ0004,
        gold=r"\dfrac{1}{7}",
        pred=r"0,125",
        wrap=True,
        expected=False,
        why="Aufgabe_0004 e) marked <",
    ),
    _c(
        M,
        M_DEZ0004,
        gold=r"\dfrac{10}{9}",
        pred=r"\dfrac{9}{8}",
        wrap=True,
        expected=False,
        why="Aufgabe_0004 f) marked >",
    ),
    # 05_Dezimalzahlen/Aufgabe_0005.md
    _c(
        M,
        M_DEZ0005,
        gold=r"0,03",
        pred=r"\dfrac{1}{40}",
        wrap=True,
        expected=False,
        why="Aufgabe_0005 a) marked <",
    ),
    _c(
        M,
        M_DEZ0005,
        gold=r"\dfrac{4}{9}",
        pred=r"0,45",
        wrap=True,
        expected=False,
        why="Aufgabe_0005 b) marked >",
    ),
    # c) left out: both '=' and another sign marked (($>$) ($=$))
    _c(
        M,
        M_DEZ0005,
        gold=r"1,2",
        pred=r"\dfrac{7}{6}",
        wrap=True,
        expected=False,
        why="Aufgabe_0005 d) marked <",
    ),
    _c(
        M,
        M_DEZ0005,
        gold=r"\dfrac{5}{2}",
        pred=r"5,2",
        wrap=True,
        expected=False,
        why="Aufgabe_0005 e) marked >",
    ),
    _c(
        M,
        M_DEZ0005,
        gold=r"0,\bar{4}",
        pred=r"\dfrac{5}{12}",
        wrap=True,
        expected=False,
        why="Aufgabe_0005 f) marked <",
    ),
    # 05_Dezimalzahlen/Aufgabe_0006.md
    _c(
        M,
        M_DEZ0006,
        gold=r"\dfrac{12}{16}",
        pred=r"0,78",
        wrap=True,
        expected=False,
        why="Aufgabe_0006 a) marked >",
    ),
]

r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": geometry and
measurement answers -- areas, volumes, perimeters, arc and sector results, Pythagoras lengths --
where a mark scheme, answer key or tutor on a public web page settles whether a rounding, a range
end, an unrounded value, an exact surd form, an unsimplified product or a written unit is the same
answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and checked against /work/wt/fresh2*_claims ... fresh53_claims; each
page was claimed in /work/wt/fresh54_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: a form the page accepts or equates with it, or one it refuses
or gives only part of the marks; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt, the start of the page) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the mark schemes' ellipses
``52.89…`` kept; the tutors' ``√`` and ``π`` characters and mathleaks' ``162sqrt(3) cm^2`` kept as
written). Mark-scheme conventions are read as the schemes define them: "X or Y" and "X to Y" (a
range of accepted values; its ends are transcribed as accepted forms), a bracketed optional digit
(``45.[0]``, ``1.5[0]``: the answer with and without it) and a bracketed optional unit (``45
(cm)``: the number with or without the unit) are True cases; a value that earns only part of the
marks ("B3 for 168" of 5, "SC1 for answer 98", "B1 for 10 to 14" of 2) or that the scheme's
additional guidance scores A0 is a False case. Where the page prints a range with no single
answer (``5.18 to 5.2 inclusive``), the gold is one end and the other end the True case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com 725230868 "Area Marking Scheme" (Cambridge-style topic mark scheme on area,
  perimeter and Pythagoras: 1 "21 600 ... B3 for 168"; 7 "86 ... If 0 scored, SC1 for answer 98";
  9(f) "45.[0] or 45.03 to 45.04"; 14(b) "52.9 or 52.89…"; 14(c)(i) "28.1 or 28.07…"; 14(c)(ii)
  "331.9 or 331.9…"; 14(d) "1.5[0] or 1.498… nfww"). 10 cases (2 False).
- www.scribd.com 703618006 "markScheme" (sector/arc question: 3(b) perimeter "= 54.6 or 54.5 or
  54.55"; 3(c) "= 115.25 or 115.3 or 115 ... awrt 115"). 4 cases.
- www.scribd.com 590585364 "Circular measures MS" (3(c) perimeter "= 58.3 or 58.2"; 2(d) "5.18 to
  5.2 inclusive"). 2 cases.
- rt.http3.lol proxy copy of scribd 906667711 "markScheme-1" (circle theorems and tangents:
  1(b)(iii) "7.68 or 7.679 to 7.680...."; 1(c)(iii) "6.11 or 6.112 to 6.114"; 2(b) "12 2 B1 for
  10 to 14"). 5 cases (2 False).
- www.scribd.com 661565852 "Pythagoras Theorem F MS" (AQA GCSE, PhysicsAndMathsTutor
  compilation: Q3 answer "8"; additional guidance "102 – 52 = 75 √75 ≈ 8.5 B0, M1 M1dep A0").
  2 cases (both False).
- fdocument.org "3-D Shapes and Volume Mark Scheme 1" (Edexcel IGCSE topic booklet: Q1 "108 A1 for
  answer rounding to 108 (π → 108.40… 3.14 → 108.45…) If both M1s scored, award 5 marks for an
  answer which rounds to 108"; Q3 "282 A1 for answer in range 281.8-282 inc"). 3 cases.
- 2.zoppoz.workers.dev proxy copy of scribd 868998624 "Lesson 8 Unit Test Mark Scheme" (similar
  shapes and Pythagoras; answers printed with an optional unit: "45 (cm)", "10.5 (cm)", "3 (cm)",
  "84 (cm)", "7 (cm)", "8.4 (cm)", "37.5 (cm)"). 7 cases.
- esaral.com q 27408 (side of a square with diagonal 10 cm: "the length of side of square is
  $\sqrt{50}$ or $5 \sqrt{2} \mathrm{~cm}$"). 1 case.
- www.wyzant.com answer 771682 (tutor Tom K.: area outside a regular hexagon inscribed in a circle
  of radius 18, "324π - 486√3 = 176.10"). 1 case.
- www.wyzant.com answer 853913 (tutor Nathan W.: hexagonal base area, "(1/2)(x)(√(3)x/2), which
  equals √(3)x^2/4", "6 * √(3)x^2/4 = 3√(3)x^2/2"). 2 cases.
- mathleaks.com Pearson Geometry Common Core 2011, mid-chapter quiz exercise 23 p. 642 (regular
  hexagon of side 6sqrt(3) cm, "Area: 162sqrt(3) cm^2", found twice: "A = 1/2* 9 * 36sqrt(3) ⇒ A =
  162sqrt(3) cm^2" and "A = 6 * 27sqrt(3) ⇒ A = 162sqrt(3) cm^2"). 2 cases.

Left out, by rule: answers with a single printed form (nothing to compare: e.g. Area MS Q2-6, 8-13;
3-D Shapes Q4 "awrt 286", Q5 "537"); intermediate values of a method (radius, slant height, side
lengths DE/DC/OB, angles, scale factors) that are not the question's answer; method, process and
"no working" policies (e.g. "Correct answer but from wrong method", "8 with no working M0"); drawn
or word answers (shapes, "Tangent", "kite"); answers whose formulas or superscripts the stored text
lost (Circular measures 1(c), 1(d), 3(b), 3(d); Pythagoras Q2 "62 + 82 = 12 + 16 = 28"; the
Lesson 8 cm2 answers "1512 (cm2)" and "583.78 ( cm2)", whose unit was flattened); markScheme-1
"7.680...." (the range end is printed with trailing dots, so only "7.679" was kept); markScheme
703618006 Q1 "10.9 or 10.85 to 10.86" (the answer column was lost, so it is unclear whether this is
the final answer).

Examined and not used: library.tis.today IB question 24039 (claimed, then dropped: its bracketed
unrounded values "(16.9980…)", "(2968.63…)" are not settled as accepted final answers on the page);
a.simonm.io mark schemes (LLM-transcribed, as earlier sets found); scribd 717389114 and 636267828
Edexcel themed mark schemes, pdfslide/fdocuments/vdocuments/dokumen.tips copies of Edexcel and
AQA papers, scribd AQA 8300 2023 (only boilerplate in the stored excerpt); go-math-science.com,
dsemth.com, hscscience.com.au, kramizo.com, smartpathsg.com, gradegen.ai, tuitiongowhere.com,
mathix.co, gauthmath.com, guidefoot.com, x-mathai.com, curioustab.com (machine-written or
generated solutions); askanewquestion.com (machine-written answers); algebra.com and jiskha.com
(heavily used); corbettmaths and MME answer sheets, mathcelebrity, smartermaths, wtmaths,
studymaths (only one form of each answer, or a decimal that the page does not equate with another
form); thestudentroom/BBC Bitesize tests (multiple choice with no verdict in the excerpt).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _key(
    repo: str, where: str, gold: str, accept: list[str], refuse: list[str], why: str
) -> list[dict[str, object]]:
    """One answer of a mark scheme: its accepted forms (True) then its refused or part-credit
    forms (False)."""
    return [_w(repo, where, gold, p, True, f"{why}; accepted form") for p in accept] + [
        _w(repo, where, gold, p, False, f"{why}; refused or part-credit form") for p in refuse
    ]


SC = "www.scribd.com"
SC_AREA = "https://www.scribd.com/document/725230868/Area-Marking-Scheme"
SC_MS = "https://www.scribd.com/document/703618006/markScheme"
SC_CIRC = "https://www.scribd.com/document/590585364/Circular-measures-MS"
SC_PYTH = "https://www.scribd.com/document/661565852/Pythagoras-Theorem-F-MS"
RT = "rt.http3.lol"
RT_MS1 = (
    "https://rt.http3.lol/index.php?q="
    "aHR0cHM6Ly93d3cuc2NyaWJkLmNvbS9kb2N1bWVudC85MDY2Njc3MTEvbWFya1NjaGVtZS0x"
)
FD = "fdocument.org"
FD_3D = (
    "https://fdocument.org/document/"
    "3-d-shapes-and-volume-jess-maths-revision-site-2017-5-4-3-d-shapes-and-volume.html"
)
ZP = "2.zoppoz.workers.dev"
ZP_L8 = (
    "https://2.zoppoz.workers.dev/https/www.scribd.com/document/868998624/"
    "Lesson-8-Unit-Test-Mark-Scheme"
)
ES = "esaral.com"
ES_AT = "https://esaral.com/q/find-the-length-of-the-side-of-a-square-27408"
WY = "www.wyzant.com"
WY_HEX = "https://www.wyzant.com/resources/answers/771682/geometry-question"
WY_BOX = (
    "https://www.wyzant.com/resources/answers/853913/"
    "knowing-that-sin-60-3-2-show-the-area-of-the-base-of-the-box-is-equal-to-3-"
)
ML = "mathleaks.com"
ML_AT = "https://mathleaks.com/study/pearson-geometry-common-core-2011/10-mid-chapter-quiz/642-23"

CASES: list[dict[str, object]] = [
    # scribd 725230868 "Area Marking Scheme".
    *_key(SC, SC_AREA, r"21 600", [], [r"168"], "Q1: '21 600 5 B3 for 168'"),
    *_key(SC, SC_AREA, r"86", [], [r"98"], "Q7: '86 ... If 0 scored, SC1 for answer 98'"),
    *_key(
        SC,
        SC_AREA,
        r"45.0",
        [r"45", r"45.03", r"45.04"],
        [],
        "Q9(f): '45.[0] or 45.03 to 45.04' (bracketed digit optional; range ends)",
    ),
    *_key(SC, SC_AREA, r"52.9", [r"52.89…"], [], "Q14(b): '52.9 or 52.89…'"),
    *_key(SC, SC_AREA, r"28.1", [r"28.07…"], [], "Q14(c)(i): '28.1 or 28.07…'"),
    *_key(SC, SC_AREA, r"331.9", [r"331.9…"], [], "Q14(c)(ii): '331.9 or 331.9…'"),
    *_key(
        SC,
        SC_AREA,
        r"1.5",
        [r"1.50", r"1.498…"],
        [],
        "Q14(d): '1.5[0] or 1.498… nfww' (bracketed digit optional)",
    ),
    # scribd 703618006 "markScheme": sector perimeter and area.
    *_key(SC, SC_MS, r"54.6", [r"54.5", r"54.55"], [], "Q3(b): '= 54.6 or 54.5 or 54.55'"),
    *_key(
        SC, SC_MS, r"115.25", [r"115.3", r"115"], [], "Q3(c): '= 115.25 or 115.3 or 115 awrt 115'"
    ),
    # scribd 590585364 "Circular measures MS".
    *_key(SC, SC_CIRC, r"58.3", [r"58.2"], [], "Q3(c): 'Perimeter = 58.3 or 58.2'"),
    *_key(
        SC,
        SC_CIRC,
        r"5.2",
        [r"5.18"],
        [],
        "Q2(d): '5.18 to 5.2 inclusive' (gold is one end of the accepted range)",
    ),
    # rt.http3.lol copy of scribd 906667711 "markScheme-1".
    *_key(RT, RT_MS1, r"7.68", [r"7.679"], [], "Q1(b)(iii): '7.68 or 7.679 to 7.680....'"),
    *_key(RT, RT_MS1, r"6.11", [r"6.112", r"6.114"], [], "Q1(c)(iii): '6.11 or 6.112 to 6.114'"),
    *_key(RT, RT_MS1, r"12", [], [r"10", r"14"], "Q2(b): '12 [2 marks] B1 for 10 to 14'"),
    # scribd 661565852 AQA Pythagoras (F) mark scheme.
    *_key(
        SC,
        SC_PYTH,
        r"8",
        [],
        [r"8.5", r"√75"],
        "Q3: answer 8; guidance '102 – 52 = 75 √75 ≈ 8.5 B0, M1 M1dep A0'",
    ),
    # fdocument.org Edexcel IGCSE "3-D Shapes and Volume Mark Scheme 1".
    *_key(
        FD,
        FD_3D,
        r"108",
        [r"108.40…", r"108.45…"],
        [],
        "Q1: '108 A1 for answer rounding to 108 (π → 108.40… 3.14 → 108.45…)'",
    ),
    *_key(FD, FD_3D, r"282", [r"281.8"], [], "Q3: '282 A1 for answer in range 281.8-282 inc'"),
    # 2.zoppoz.workers.dev copy of scribd 868998624 "Lesson 8 Unit Test Mark Scheme": unit optional.
    *_key(ZP, ZP_L8, r"45", [r"45 cm"], [], "Q2: '45 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"10.5", [r"10.5 cm"], [], "Q4a: '10.5 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"3", [r"3 cm"], [], "Q4b: '3 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"84", [r"84 cm"], [], "Q6: '84 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"7", [r"7 cm"], [], "Q7a: '7 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"8.4", [r"8.4 cm"], [], "Q7b: '8.4 (cm)' (bracketed unit optional)"),
    *_key(ZP, ZP_L8, r"37.5", [r"37.5 cm"], [], "Q8a: '37.5 (cm)' (bracketed unit optional)"),
    # esaral.com: side of a square whose diagonal is 10 cm.
    _w(
        ES,
        ES_AT,
        r"5 \sqrt{2} \mathrm{~cm}",
        r"\sqrt{50}",
        True,
        "solution: 'the length of side of square is $\\sqrt{50}$ or $5 \\sqrt{2} \\mathrm{~cm}$'",
    ),
    # wyzant 771682: area inside a circle of radius 18 outside the inscribed regular hexagon.
    _w(WY, WY_HEX, r"324π - 486√3", r"176.10", True, "tutor: '324π - 486√3 = 176.10'"),
    # wyzant 853913: area of a regular hexagonal base of side x.
    _w(
        WY,
        WY_BOX,
        r"√(3)x^2/4",
        r"(1/2)(x)(√(3)x/2)",
        True,
        "tutor: 'for us it is (1/2)(x)(√(3)x/2), which equals √(3)x^2/4'",
    ),
    _w(
        WY,
        WY_BOX,
        r"3√(3)x^2/2",
        r"6 * √(3)x^2/4",
        True,
        "tutor: 'There are 6 triangles so 6 * √(3)x^2/4 = 3√(3)x^2/2'",
    ),
    # mathleaks: Pearson Geometry CC 2011 p. 642 ex. 23, regular hexagon of side 6sqrt(3) cm.
    _w(
        ML,
        ML_AT,
        r"162sqrt(3) cm^2",
        r"1/2* 9 * 36sqrt(3)",
        True,
        "apothem-perimeter method: 'A = 1/2* 9 * 36sqrt(3) ⇒ A = 162sqrt(3) cm^2'",
    ),
    _w(
        ML,
        ML_AT,
        r"162sqrt(3) cm^2",
        r"6 * 27sqrt(3)",
        True,
        "six-triangles method: 'A = 6 * 27sqrt(3) ⇒ A = 162sqrt(3) cm^2'",
    ),
]

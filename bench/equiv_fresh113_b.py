r"""A hundred-and-thirteenth fresh set of answer-equivalence cases (evaluation only; helper "b":
geometry answers that name things -- segments and lines (AB and BA, \bar{AB} and \bar{BA},
"Line AB" and "Line AC", \overleftrightarrow{AB} and \overleftrightarrow{BA}), rays (\vec{AB} is
not \vec{BA}, ray GI is ray GH), angles (∠ABC and ∠CBA, ∠B, ∠1; \angle Q refused where four angles
share Q), planes (plane ABC and plane P), polygons named from another vertex or in reverse order
(ABCD and BCDA, not ACBD), congruence and similarity statements whose vertex order matters
(\triangle ABC \cong \triangle LMN against \triangle BCA \cong \triangle MNL; △ A B C ≅ △ R S T
refused) -- where a lesson, a key, a teacher or a thread settles that another name is the same
answer or that it is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh113_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file, except en.wikibooks.org (text under CC BY-SA). Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh113_b2.py and bench/equiv_fresh113_b3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with the
page's own spacing (onemathematicalcat's "\,ABCD\,", studyadda's "\overset{\leftrightarrow
}{\mathop{BD}}\,", wikibooks' "{\displaystyle {\overleftrightarrow {AB}}}", ck12's "\triangle ABC
\cong \triangle LMN", yaclass's "\angle ABC"), inline dollar signs dropped; Unicode kept as Unicode
("∠ABC", teachoo's "∠ B", mathleaks' spaced "△ A B C ≅ △ S R T", hotmath's "plane A B C"); plain
words kept plain ("Line Segment GH", "ray AB", "PQ and plane PQS"). A lead-in such as
"Quadrilateral", "Triangle", "polygon", "line", "Ray" or "plane" is dropped where the rest is the
name (noted in ``why``); where the page writes the lead-in into every form ("line AB, line BA",
"plane LMN, plane MLN"), it is kept in both. Where a page lists several names of one figure, the
first is the gold and each other a True case; a name the page calls wrong, or a choice other than
the keyed one, is a False case. Readings, each noted in ``why``: gradesaver's "$\angle$BQF" is
written "\angle BQF" (a space where the dollar sign closed); jrank's "angles ABC, B, and x" is read
as angle ABC, angle B, angle x; dodea 1.C.5 lost its angle symbol, so its spoken forms ("angle
MAN") are used; slideserve nevin lost its bar and arrow marks, so its letter names ("PQ", "HJ") are
used as printed; for ifyoufeedme's second question (the ray opposite BA; choices BD, BA, CA, DA)
the answer's "common endpoint ( here: B ) ... ( BA and BD )" is read as keying BD.

Sources (domain, URL, what is settled; all "web page, no licence file" unless said):

- www.learner.org Learning Math: Geometry, session 3 part A ("The quadrilateral in the figure
  could be named Quadrilateral ABCD, BCDA, DCBA, or DABC ... The name ACBD is not correct."; "One
  name for the shaded triangle is Triangle ABC. Other names are possible, including BCA and ACB.").
  6 cases (1 False).
- www.gradesaver.com Basic College Mathematics 9th ed., 8.1 exercise 18, page 539 (answer
  "$\angle$BQF or $\angle$FQB or $\angle$1"; "we should not call it $\angle$Q since point Q is
  shared by four separate angles"). 3 cases (1 False).
- mathleaks.com McGraw Hill Integrated II 2012, exercise 36 page 351 ("An incorrect naming would
  be △ A B C ≅ △ R S T ... △ A B C ≅ △ S R T."). 1 case (1 False).
- intermath.coe.uga.edu dictionary termID 298 "ray" ("Notice that ray AB is not the same as ray
  BA."). 1 case (1 False).
- www.mathcaptain.com "Lines, Segments and Rays" ("this particular ray cannot be written as
  $\vec{BA}$"; "we can call the line segment as AB or $\bar{AB}$ or $\bar{BA}$"). 3 cases
  (1 False).
- mathbitsnotebook.com Geometry "SATAngleTypes" ("may be referred to as ∠ABC or ∠CBA ... by its
  vertex letter alone, such as, in this case, ∠B"). 2 cases.
- mathforum.org Ask Dr. Math 57827 "Letter Names for Triangles" (Doctor Rick: triangle BAC similar
  to DEF is "not the same as saying that triangle ABC is similar to triangle DEF"; rectangle ABCD
  "as rectangle ABDC, that would be wrong"). 2 cases (2 False).
- slideplayer.com amp 15442782 (congruent polygons: "you can name polygon PQRS as QRSP or SRQP, but
  not as PRQS"). 3 cases (1 False).

Sources of bench/equiv_fresh113_b2.py:

- onemathematicalcat.org "Introduction to Polygons" (the eight names polygon $\,ABCD\,$,
  $\,ADCB\,$, $\,BCDA\,$, ...). 6 cases.
- www.math-only-math.com "Quadrilaterals" ("quadrilateral ABCD or BCDA or CDAB or DABC";
  "quadrilateral MNOP or NOPM or OPMN or PMNO"). 4 cases.
- jwilson.coe.uga.edu EMAT6680 Estes unit, "Naming and Classifying Polygons" ("This could be named
  ABDC, DCAB, CABD, etc..."). 2 cases.
- www.varsitytutors.com hotmath "Planes" ("could be named either plane A B C or plane P"). 1 case.
- fr.slideserve.com paley 8-1 ("line AB ... line BA", "plane LMN, plane MLN, plane NLM", "PR and
  NR You can also write RP and RN", "UW and SW You can also write WU and WS", "line segment XY ...
  line segment YX"). 8 cases.
- science.jrank.org 3020 "Geometry - Angles" ("Thus angles ABC, B, and x are all the same angle.").
  2 cases.
- lexique.netmath.ca "Angle" ("can be named in two ways: ∠1 ... ∠BAC"). 1 case.
- www.yaclass.in class 6 basics of geometry ("The name of the above angle is $$\angle ABC$$ or
  $$\angle CBA$$."). 1 case.
- www.ck12.org "Congruence Statements" ("We can also write this congruence statement five other
  ways ... \triangle ACB \cong \triangle LNM ..."). 5 cases.
- www.math.info "Lines, Rays & Line Segments" ("Line AB," "Line BA," "Line AC"; "Ray DE" and "Ray
  DF"; "Line Segment GH" and "Line Segment HG"). 4 cases.

Sources of bench/equiv_fresh113_b3.py:

- studyadda.com NCERT class 6 basic geometrical ideas Q1 ("A line is
  $\overset{\leftrightarrow }{\mathop{BD}}\,$(or$\overset{\leftrightarrow }{\mathop{OB}}\,$)").
  1 case.
- content.dodea.edu Aventa geometry 1.A.8 ("The plane above would be named ABC or M.") and 1.C.5
  ("label this as A, read as "angle A" ... MAN, read as "angle MAN" or NAM"). 3 cases.
- www.mathkplus.com "Angle" ("Valid angle statements in this example are ∠BAC and ∠CAB."). 1 case.
- partnerperformance.uonbi.ac.ke preguntia 1633137 (a mirrored homework answer: "We can name angles
  by using the vertex ... we can call angle DEF angle E"). 1 case.
- mathandreadinghelp.org "How to Name Line Segments" ("line segments AB, BC, and AC ... in reverse
  order, so the first one would be BA, the second CB"). 2 cases.
- virtualnerd.com PreAlg_09_02_0009 "What is a Ray?" ("You would usually see this ray called GI, but
  calling it GH wouldn't be wrong"). 1 case.
- ifyoufeedme.com question 2605 (a helper's answer: "Answer: D ) PQ and plane PQS"; the ray opposite
  BA: "( BA and BD )"). 6 cases (6 False).
- greencoin.life "Naming Points, Lines, and Planes" (a teacher's video transcript: "line AB, ... it
  could be BA, AC, CA BC or AB"; "could be AC or CA"; "plane R ... like plane ABC ... it could be
  BAC, or CBA"). 7 cases.
- en.wikibooks.org High School Geometry "Points, Lines, and Planes" (CC BY-SA;
  "${\displaystyle {\overleftrightarrow {AB}}}$ or sometimes ${\displaystyle {\overleftrightarrow
  {BA}}}$"; plane ABC "you may name it "plane ${\displaystyle {\mathcal {Q}}}$"). 2 cases.
- fr.slideserve.com nevin "Name points, lines, and planes" ("Other names for PQ are QP and line n.
  Other names for plane R are plane SVT and plane PTV."; "Other names for ST are TS and PT";
  "Another name for GH is HG"; "HJ and JH have different endpoints, so they are not the same ray";
  HJ and HG "are the same ray"). 9 cases (1 False).
- geometrynotes.netlify.app chapter 1 ("line \(l\) which can be referred to as line
  \(\overleftrightarrow{AB}\)"; "Ray \(z\) (or \(\overrightarrow{BE}\))"; "meets plane \(ABC\) at
  \(\overleftrightarrow{IJ}\), not at \(\overline{IJ}\)"). 3 cases (1 False).
- teachoo.com 8140 "Angles" ("We can call it ∠ B Or ∠ ABC"). 1 case.

92 cases in all (16 False): 21 here (8 False), 34 in bench/equiv_fresh113_b2.py (0 False), 37 in
bench/equiv_fresh113_b3.py (8 False).

Removed before the one run (by the project, not the helper): the 27 True cases whose two names
use different letters (`plane R` for `plane SVT`, `\\angle 1` or `\\angle B` for `\\angle ABC`,
`line n` for `PQ`, `AB` for `BC` as a line through three points): which part of a figure each
label names needs the figure, as the brief's rule on pairs that need the question says; the
counts above are as collected.

Left out, by rule: forms the text conversion garbled (nagwa video 515142474396's congruence choices,
whose letters came through as "π΄π΅π·"; studylib 25301289's "∠π΄π΅πΆ"; ceemrr's Triangles1 and
SegmentsRaysAngles lessons, whose congruence and notation symbols were lost, leaving "or or or";
the pdfslide Brewton eSolutions 1-4 page, whose questions lost the angle they name; teachoo 8134,
where line, ray and segment all became "(AB)"; the supercars.net and slideserve gema mirrors of
1.2 lessons); a name whose right form the page does not print (virtualnerd's "TS is not a name for
our ray", the right name ST never written out); names not certainly of the same figure (yaclass's
"∠B" and "∠1", each under its own naming method; arjunschool's arc names); a disputed page
(mrhonner 16476, where the author argues that "Triangle ABC can be proved congruent to triangle
ZYX" may be true and commenters disagree); cautions without a refused answer (lexique's "∠A ...
inevitably leads to confusion"; mathopenref's "arc AB ... you could mean either one"; socratic's
"triangle ABC ~= triangle FED" shown only as another correspondence); single forms (mathleaks
Core Connections 316-145 "△ ABC ~ △ RTS"; idnlearn 51634810 and gradesaver Elementary Geometry
3.2 36b, whose "m∠ABC = 50°" and "m$\angle$ABD=56$^{\circ}$" are never set against a bare degree
measure, so no case of m∠ against degrees was found).

Examined and not used: machine-written or generated-looking pages (askanewquestion 3108089,
doubts.ai, englishproject.co.uk, loctronix, cronistas, winenfood, filipnordin, testolimited,
monithon, pythondeals, charitylook, gauthmath, mysovi.ai, questionai, getscansolve, smartsolve,
mathix, askai glarity, 666how, devyy, notes-knowledge-base, anyteamnames, onlineeduhelp,
arjunschool, fotoperfecta, sorumatik, grokipedia), the huggingface Nemotron-CC-Math dataset pages
(rewritten copies), spam mirrors (artisbags, mindworks24, lausannecongress2018, larzac-loddon,
netbuzz); 1library's copy of "501 Geometry Questions" (a copied book); numerade 51582 (a
homework-site question page); qammunity 3154618 (the stored text stops at "The measu");
partnerperformance 15426350 (angle measures, not names); education.com "basic building blocks" and
math10's test (the stored text stops before the answers); cpm 3-58 and 2-6 (hints only); geogebra
qwuy5zqk and studylib 7584717 (questions without answers); sparknotes, factmonster, meritnation,
wumbo, mathsisfun, intermath termid 36, proofwiki and shaalaa (no second form settled).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

LRN = "www.learner.org"
LRN_S3 = "http://www.learner.org/courses/learningmath/geometry/session3/part_a/finding.html"
GS = "www.gradesaver.com"
GS_539 = "http://www.gradesaver.com/textbooks/math/other-math/basic-college-mathematics-9th-edition/chapter-8-geometry-8-1-basic-geometric-terms-8-1-exercises-page-539/18"
ML = "mathleaks.com"
ML_351 = "https://mathleaks.com/study/mcgraw-hill-integrated-ii-2012/6-congruent-triangles/351-36"
IM = "intermath.coe.uga.edu"
IM_298 = "http://intermath.coe.uga.edu/dictnary/descript.asp?termID=298"
MCAP = "www.mathcaptain.com"
MCAP_LSR = "http://www.mathcaptain.com/geometry/lines-segments-and-rays.html"
MB = "mathbitsnotebook.com"
MB_SAT = "https://mathbitsnotebook.com/Geometry/SegmentsAnglesTriangles/SATAngleTypes.html"
DM = "mathforum.org"
DM_578 = "http://mathforum.org/library/drmath/view/57827.html"
SPL = "slideplayer.com"
SPL_154 = "https://slideplayer.com./amp/15442782"
OMC = "onemathematicalcat.org"
OMC_POLY = "https://onemathematicalcat.org/Math/Geometry_obj/polygons.htm"
MOM = "www.math-only-math.com"
MOM_QUAD = "https://www.math-only-math.com/quadrilaterals.html"
JW = "jwilson.coe.uga.edu"
JW_POLY = "http://jwilson.coe.uga.edu/EMT668/EMAT6680.F99/Estes/Unit/Day1/polygons2.html"
HOT = "www.varsitytutors.com"
HOT_PL = "https://www.varsitytutors.com/hotmath/hotmath_help/topics/planes.html"
SSV = "fr.slideserve.com"
SSV_81 = "https://fr.slideserve.com/paley/8-1"
JR = "science.jrank.org"
JR_3020 = "https://science.jrank.org/pages/3020/Geometry-Angles.html"
LEX = "lexique.netmath.ca"
LEX_ANG = "https://lexique.netmath.ca/en/angle/"
YAC = "www.yaclass.in"
YAC_344 = "https://www.yaclass.in/p/mathematics-cbse/class-6/basics-of-geometry-6592/re-344ce383-41c6-4c6c-b8a8-2a5e00742a2e"
CK = "www.ck12.org"
CK_CS = "http://www.ck12.org/geometry/Congruence-Statements/lesson/Congruence-Statements-BSC-GEOM/"
MI = "www.math.info"
MI_LRS = "http://www.math.info/Geometry/Lines_Rays_Segments/"
SA = "studyadda.com"
SA_444 = "https://studyadda.com/ncert-solution/basic-geometrical-ideas_q1/537/44433"
DOD = "content.dodea.edu"
DOD_A8 = "https://content.dodea.edu/VS/HS/Aventa/Geometry/GEOMx-HS-A09/a/unit01/g_1.A.8.html"
DOD_C5 = "https://content.dodea.edu/VS/HS/Aventa/Geometry/GEOMx-HS-A09/a/unit01/g_1.C.5.html"
MK = "www.mathkplus.com"
MK_ANG = "https://www.mathkplus.com/I-Math/Geometry/Angle/Angle.aspx"
PP = "partnerperformance.uonbi.ac.ke"
PP_163 = "https://partnerperformance.uonbi.ac.ke/preguntia/1633137"
MRH = "mathandreadinghelp.org"
MRH_SEG = "http://mathandreadinghelp.org/third_grade_math_how_to_name_line_segments.html"
VN = "virtualnerd.com"
VN_RAY = "https://virtualnerd.com/worksheetHelper.php?tutID=PreAlg_09_02_0009"
IYF = "ifyoufeedme.com"
IYF_2605 = "https://ifyoufeedme.com/question/2605/"
GC = "greencoin.life"
GC_PL = "https://greencoin.life/how-to/name/planes/"
WB = "en.wikibooks.org"
WB_PLP = "https://en.wikibooks.org/wiki/High_School_Geometry/Points,_Lines,_and_Planes"
SSV_NPL = "https://fr.slideserve.com/nevin/name-points-lines-and-planes"
GN = "geometrynotes.netlify.app"
GN_A1 = "https://geometrynotes.netlify.app/chapters/a-1"
TEA = "teachoo.com"
TEA_8140 = "https://teachoo.com/8140/915/Angles/category/Basic-terms-and-defination"

CASES = [
    # learner.org Geometry session 3 part A: names of a quadrilateral and a triangle, ACBD refused
    _c(
        LRN,
        LRN_S3,
        gold="ABCD",
        pred="BCDA",
        wrap=True,
        expected=True,
        why="'The quadrilateral in the figure could be named Quadrilateral ABCD, BCDA, DCBA, or DABC.'; 'All of these names list the vertices in order' (lead-in 'Quadrilateral' dropped)",
    ),
    _c(
        LRN,
        LRN_S3,
        gold="ABCD",
        pred="DCBA",
        wrap=True,
        expected=True,
        why="'The quadrilateral in the figure could be named Quadrilateral ABCD, BCDA, DCBA, or DABC.'",
    ),
    _c(
        LRN,
        LRN_S3,
        gold="ABCD",
        pred="DABC",
        wrap=True,
        expected=True,
        why="'The quadrilateral in the figure could be named Quadrilateral ABCD, BCDA, DCBA, or DABC.'",
    ),
    _c(
        LRN,
        LRN_S3,
        gold="ABCD",
        pred="ACBD",
        wrap=True,
        expected=False,
        why="'The quadrilateral in the figure could be named Quadrilateral ABCD, BCDA, DCBA, or DABC.' ... 'The name ACBD is not correct.'",
    ),
    _c(
        LRN,
        LRN_S3,
        gold="ABC",
        pred="BCA",
        wrap=True,
        expected=True,
        why="'One name for the shaded triangle is Triangle ABC. Other names are possible, including BCA and ACB.' (lead-in 'Triangle' dropped)",
    ),
    _c(
        LRN,
        LRN_S3,
        gold="ABC",
        pred="ACB",
        wrap=True,
        expected=True,
        why="'One name for the shaded triangle is Triangle ABC. Other names are possible, including BCA and ACB.'",
    ),
    # gradesaver Basic College Mathematics 8.1 exercise 18: names of an angle, not by its shared vertex
    _c(
        GS,
        GS_539,
        gold=r"\angle BQF",
        pred=r"\angle FQB",
        wrap=True,
        expected=True,
        why="answer '$\\angle$BQF or $\\angle$FQB or $\\angle$1' (the page's '$\\angle$BQF' read as \\angle BQF)",
    ),
    _c(
        GS,
        GS_539,
        gold=r"\angle BQF",
        pred=r"\angle Q",
        wrap=True,
        expected=False,
        why="answer '$\\angle$BQF or $\\angle$FQB or $\\angle$1'; 'In this case we should not call it $\\angle$Q since point Q is shared by four separate angles.'",
    ),
    # mathleaks McGraw Hill Integrated II, 351 exercise 36: a congruence statement in the wrong order
    _c(
        ML,
        ML_351,
        gold="△ A B C ≅ △ S R T",
        pred="△ A B C ≅ △ R S T",
        wrap=True,
        expected=False,
        why="'An incorrect naming would be △ A B C ≅ △ R S T, because this would imply — for example — that ∠ A≅ ∠ R which is false.' ... 'we write them as the third vertex: △ A B C ≅ △ S R T.'",
    ),
    # intermath dictionary 'ray': ray AB is not ray BA
    _c(
        IM,
        IM_298,
        gold="ray AB",
        pred="ray BA",
        wrap=True,
        expected=False,
        why="'Two letters are needed to name a ray: one names the point where the ray begins ... Notice that ray AB is not the same as ray BA.'",
    ),
    # mathcaptain lines, segments and rays: a ray not reversible, a segment in either order
    _c(
        MCAP,
        MCAP_LSR,
        gold=r"\vec{AB}",
        pred=r"\vec{BA}",
        wrap=True,
        expected=False,
        why="'We represent a ray by $\\vec{AB}$ ... We should note that this particular ray cannot be written as $\\vec{BA}$.'",
    ),
    _c(
        MCAP,
        MCAP_LSR,
        gold="AB",
        pred=r"\bar{AB}",
        wrap=True,
        expected=True,
        why="'we can call the line segment as AB or $\\bar{AB}$ or $\\bar{BA}$'",
    ),
    _c(
        MCAP,
        MCAP_LSR,
        gold="AB",
        pred=r"\bar{BA}",
        wrap=True,
        expected=True,
        why="'we can call the line segment as AB or $\\bar{AB}$ or $\\bar{BA}$'",
    ),
    # mathbitsnotebook angle types: three names of one angle
    _c(
        MB,
        MB_SAT,
        gold="∠ABC",
        pred="∠CBA",
        wrap=True,
        expected=True,
        why="'The angle at the right may be referred to as ∠ABC or ∠CBA.'",
    ),
    # Ask Dr. Math 57827 (Doctor Rick): a similarity statement and a rectangle named out of order
    _c(
        DM,
        DM_578,
        gold="triangle BAC is similar to triangle DEF",
        pred="triangle ABC is similar to triangle DEF",
        wrap=True,
        expected=False,
        why="'if triangle BAC is similar to triangle DEF, ... it means that angle B is congruent to angle D ... That's not the same as saying that triangle ABC is similar to triangle DEF.'",
    ),
    _c(
        DM,
        DM_578,
        gold="ABCD",
        pred="ABDC",
        wrap=True,
        expected=False,
        why="'If I referred to this rectangle, ABCD, ... as rectangle ABDC, that would be wrong: it would describe this figure instead (which is not a rectangle)'",
    ),
    # slideplayer 15442782 (Holt 4-3 congruent triangles): polygon names in order, PRQS refused
    _c(
        SPL,
        SPL_154,
        gold="PQRS",
        pred="QRSP",
        wrap=True,
        expected=True,
        why="'To name a polygon, write the vertices in consecutive order. For example, you can name polygon PQRS as QRSP or SRQP, but not as PRQS.'",
    ),
    _c(
        SPL,
        SPL_154,
        gold="PQRS",
        pred="SRQP",
        wrap=True,
        expected=True,
        why="'you can name polygon PQRS as QRSP or SRQP, but not as PRQS.'",
    ),
    _c(
        SPL,
        SPL_154,
        gold="PQRS",
        pred="PRQS",
        wrap=True,
        expected=False,
        why="'you can name polygon PQRS as QRSP or SRQP, but not as PRQS.'",
    ),
]

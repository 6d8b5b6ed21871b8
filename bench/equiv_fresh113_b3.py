r"""fresh113_b, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh113_b.py
names (studyadda, dodea, mathkplus, partnerperformance 1633137,
mathandreadinghelp, virtualnerd, ifyoufeedme 2605, greencoin.life, wikibooks, slideserve nevin,
geometrynotes, teachoo 8140), transcribed under the same rules; see that module's docstring
for the sources, conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh113_b import (
    GC,
    GC_PL,
    GN,
    GN_A1,
    IYF,
    IYF_2605,
    MK,
    MK_ANG,
    MRH,
    MRH_SEG,
    SSV,
    SSV_NPL,
    WB,
    WB_PLP,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # studyadda NCERT class 6 basic geometrical ideas Q1: a line named by two of its points
    # dodea Aventa geometry 1.A.8 'Planes': two names of one plane
    # dodea Aventa geometry 1.C.5 'Angles': the angle symbol was lost in the stored text, the readings are used
    # mathkplus 'Angle': two valid names
    _c(
        MK,
        MK_ANG,
        gold="∠BAC",
        pred="∠CAB",
        wrap=True,
        expected=True,
        why="'(2) The vertex must be the center label when writing an angle. (3) Valid angle statements in this example are ∠BAC and ∠CAB.'",
    ),
    # partnerperformance preguntia 1633137 (a mirrored homework answer): an angle named by its vertex
    # mathandreadinghelp third-grade 'How to Name Line Segments': names in reverse order
    _c(
        MRH,
        MRH_SEG,
        gold="AB",
        pred="BA",
        wrap=True,
        expected=True,
        why="'Now you have created line segments AB, BC, and AC. You can also write the names of these line segments in reverse order, so the first one would be BA, the second CB'",
    ),
    _c(
        MRH,
        MRH_SEG,
        gold="BC",
        pred="CB",
        wrap=True,
        expected=True,
        why="'so the first one would be BA, the second CB, and so on. The order in which you name the points is up to you.'",
    ),
    # virtualnerd 'What is a Ray?': a ray named through another of its points
    # ifyoufeedme 2605: a line and a plane, and the ray opposite BA (multiple choice)
    _c(
        IYF,
        IYF_2605,
        gold="PQ and plane PQS",
        pred="QP and plane SR",
        wrap=True,
        expected=False,
        why="'A line is defined with 2 points and the plane is defined with 3 non-colinear points. Answer: D ) PQ and plane PQS.'",
    ),
    _c(
        IYF,
        IYF_2605,
        gold="PQ and plane PQS",
        pred="line P and plane PQS",
        wrap=True,
        expected=False,
        why="'Answer: D ) PQ and plane PQS.'",
    ),
    _c(
        IYF,
        IYF_2605,
        gold="PQ and plane PQS",
        pred="PQ and plane SP",
        wrap=True,
        expected=False,
        why="'the plane is defined with 3 non-colinear points. Answer: D ) PQ and plane PQS.'",
    ),
    _c(
        IYF,
        IYF_2605,
        gold="BD",
        pred="BA",
        wrap=True,
        expected=False,
        why="'What is the name of the ray that is opposite BA?' ... 'Opposite rays have the common endpoint ( here: B ) and extend in different directions ( BA and BD ).'",
    ),
    _c(
        IYF,
        IYF_2605,
        gold="BD",
        pred="CA",
        wrap=True,
        expected=False,
        why="'Opposite rays have the common endpoint ( here: B ) and extend in different directions ( BA and BD ).'",
    ),
    _c(
        IYF,
        IYF_2605,
        gold="BD",
        pred="DA",
        wrap=True,
        expected=False,
        why="'Opposite rays have the common endpoint ( here: B ) and extend in different directions ( BA and BD ).'",
    ),
    # greencoin.life 'Naming Points, Lines, and Planes' (a teacher's video transcript)
    _c(
        GC,
        GC_PL,
        gold="AC",
        pred="CA",
        wrap=True,
        expected=True,
        why="'or the whole line segment could be AC or CA, just use the end points.'",
    ),
    _c(
        GC,
        GC_PL,
        gold="ABC",
        pred="BAC",
        wrap=True,
        expected=True,
        why="'like plane ABC, ... but again the order doesn't matter it could be BAC, or CBA, no big deal.' (lead-in 'plane' dropped)",
    ),
    _c(
        GC,
        GC_PL,
        gold="ABC",
        pred="CBA",
        wrap=True,
        expected=True,
        why="'like plane ABC, ... the order doesn't matter it could be BAC, or CBA, no big deal.'",
    ),
    # wikibooks High School Geometry 'Points, Lines, and Planes': a line either way, a plane by letter
    _c(
        WB,
        WB_PLP,
        gold=r"{\displaystyle {\overleftrightarrow {AB}}}",
        pred=r"{\displaystyle {\overleftrightarrow {BA}}}",
        wrap=True,
        expected=True,
        why="'Lines are denoted by two points on the line under a left-right arrow symbol, such as ${\\displaystyle {\\overleftrightarrow {AB}}}$ or sometimes ${\\displaystyle {\\overleftrightarrow {BA}}}$.'",
    ),
    # slideserve nevin 'Name points, lines, and planes' (textbook 1.1 examples; the bar and arrow marks were lost in the stored text)
    _c(
        SSV,
        SSV_NPL,
        gold="PQ",
        pred="QP",
        wrap=True,
        expected=True,
        why="'a. Give two other names for PQ and for plane R. • Other names for PQ are QP and line n.'",
    ),
    _c(
        SSV,
        SSV_NPL,
        gold="ST",
        pred="TS",
        wrap=True,
        expected=True,
        why="'1. Use the diagram in Example 1. Give two other names for ST. ... ANSWER Other names for ST are TS and PT.'",
    ),
    _c(
        SSV,
        SSV_NPL,
        gold="GH",
        pred="HG",
        wrap=True,
        expected=True,
        why="'a. Give another name for GH . a. Another name for GH is HG .'",
    ),
    _c(
        SSV,
        SSV_NPL,
        gold="HJ",
        pred="JH",
        wrap=True,
        expected=False,
        why="'3. Are HJ and JH the same ray ? ... ANSWER No; HJ and JH have different endpoints, so they are not the same ray'",
    ),
    # geometrynotes 1.1 'Points, Lines, and Planes': names of a line and a ray; a line is not a segment
    _c(
        GN,
        GN_A1,
        gold=r"\overleftrightarrow{IJ}",
        pred=r"\overline{IJ}",
        wrap=True,
        expected=False,
        why="'plane \\(FEH\\) meets plane \\(ABC\\) at \\(\\overleftrightarrow{IJ}\\), not at \\(\\overline{IJ}\\).'",
    ),
    # teachoo 8140 'Angles': two names of an angle
]

r"""An eighty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": coordinate
geometry and vectors in school mathematics -- distances left as radicals or given as decimals,
midpoints as coordinate pairs or as "x = ..., y = ...", gradients as fractions or decimals, equations
of lines and perpendicular bisectors in different forms, vectors in i-j and coordinate form, unit
vectors with and without rationalised denominators, magnitudes, and angles between vectors in
radians or degrees -- where a forum thread, a worked answer key or a mark scheme settles which
forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part
-- for the IB questionbank pages also the paper's reference code -- was grepped in bench/, and
checked against /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh85_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the proxied scribd copies, the proxy's domain) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh85_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: enotes' AsciiMath without its
backticks ("sqrt149", "5sqrt2"), mathhelpforum's "sqrt(117)" and "3 * sqrt(13)", unicode radicals
and minus signs ("√21", "(1, −2)", the en dash of "–2x + y – 1 = 0"), the IB pages' LaTeX as
stored, doubled braces and "{\text{ }}" included, with the inline delimiters \( \) dropped, and the
gradesaver and techqa LaTeX without its $ delimiters. A lead-in such as "L=", "|→AB|=" or
"cos θ =" is dropped. Where an IB markscheme writes a value followed by other forms in parentheses
("0.510 (29.2°)", "-1/3 (-4/12, -0.333)") the first is the gold and each parenthesised form a True
case, as the markscheme convention has it; "Accept ..." notes give True cases. Where a forum
asker's value is shown wrong by a reply (or by the asker's own later line), the value the thread
settles on is the gold and the asker's value a False case. Readings, each noted in ``why``: the
IB "x = 3, y = 5" preds are the notes' "Accept \(x = 3\), \(y = 5\)" without the delimiters; in
physicsforums 183615 the gold is the asker's -3x + 4y = 4, which two replies confirm, and the back
of the book's -3x + 4y = -4 is the False case; in scribd 788161529 the incomplete "(0, −8)" is
refused against the two-point gold because it earns 3 of the 4 marks.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.enotes.com homework-help 439391 (exact and 3-decimal distances: "sqrt149 = 12.20655",
  "exact answer is sqrt149", "approximation ... is 12.206"; "d2 = sqrt50 = 5sqrt2 = 7.07107",
  "7.071"). 5 cases.
- mathhelpforum.com geometry/154448 (teacher's 3√13 against the asker's unsimplified root:
  "Actually sqrt(117) = 3*sqrt(13). However, although it is correct, it is not in the form the
  teacher expects"). 2 cases.
- mytutor.co.uk answers/23230 (|5i + 3j| "= √34 = 5.83 (to 3 s.f.)"). 1 case.
- math.techqa.club 3024434 (distance from (p,q) to (q,p): textbook \sqrt{2(p-q)^2}, the asker's
  \sqrt{2q^2 + 2p^2} and \sqrt{2q^2} + \sqrt{2p^2} refused, "The square root doesn't
  distribute"). 2 cases (2 False).
- math.techqa.club 1713339 (book \sqrt{20}; best answer "= \sqrt{20} = 2\sqrt{5}"; the asker's
  L = 2 is wrong). 2 cases (1 False).
- www.physicsforums.com threads/equation-of-perpendicular-bisector.183615 (perpendicular bisector of
  (7,0) and (1,8): the asker's y = 3/4 (x) + 1, i.e. -3x + 4y = 4, confirmed; the book's
  -3x + 4y = -4 "probably a textbook error"). 2 cases (1 False).
- library.tis.today IB questionbank (Mathematical Studies) 4875, 11N.1.sl.TZ0.7 (midpoint (3, 5)
  "Accept x = 3, y = 5"; gradient -1/3 with (-4/12, -0.333) (-0.333333...); the line
  (y - 5) = -1/3(x - 3) or y = -1/3 x + 6, "Accept correct equivalent forms"). 5 cases.
- library.tis.today IB questionbank (Analysis and Approaches) 464604, 18M.1.SL.TZ1.T_5 (midpoint
  (1, −2), "Accept x = 1, y = −2"). 1 case.
- library.tis.today IB questionbank (Mathematics SL) 219279, 17N.2.sl.TZ0.3 ("|→AB|=√21 (exact),
  4.58", "4.58257"; angle BAC "0.509739 (29.2059°)", "0.510 (29.2°)"). 5 cases.
- library.tis.today IB questionbank (Mathematics HL) 268008, 18M.1.hl.TZ2.1 (cos θ "= 16/(√50√50)"
  "= 8/25 (= 16/50 = 0.32)"). 3 cases.

Sources of bench/equiv_fresh85_a2.py:

- library.tis.today IB questionbank (Mathematical Studies) 70449, 15M.1.sl.TZ1.3 (midpoint (3, 1)
  "Accept x = 3, y = 1"; gradient -1/3 (-0.333333...), "Accept -2/6"). 3 cases.
- library.tis.today IB questionbank (Mathematical Studies) 130170, 16M.1.sl.TZ2.12 (y-intercept
  "(0,−3) ... Accept −3 or y=−3"). 2 cases.
- library.tis.today IB questionbank (Mathematical Studies) 4569, 10M.1.sl.TZ2.4 (y intercept "–2
  ... Accept (0, –2)"; "2x – y + 1 = 0 or –2x + y – 1 = 0"). 2 cases.
- www.physicsforums.com threads/finding-the-angle-between-two-vectors.533023 (book 36.9 degrees;
  the asker's 26.5 degrees came from √(36 - 4) for |F|). 1 case (1 False).
- www.physicsforums.com threads/using-cross-product-to-find-angle-between-two-vectors.510814
  ("The answer is given to be 161.5 degrees"; the asker's arcsin "18.434951 degrees", "180-18.434951
  = the correct answer"). 1 case (1 False).
- imathworks.com math/angle-between-vectors-by-using-cross-product (the same vectors: dot product
  161.44, arcsin 18.42; "the correct answer is the one you got from the dot product"). 1 case
  (1 False).
- www.mathisfunforum.com posts of user 10761 ("98.13° which is the correct angle", "81.869898° which
  is a wrong angle"). 1 case (1 False).
- www.gradesaver.com Precalculus (10th ed.) ch. 9 review exercise 35 (unit vector of -2i + j:
  "\frac{-2i+j}{\sqrt{5}}=\frac{\sqrt{5}(-2i+j)}{5}=\frac{-2\sqrt{5}}{5}i+\frac{\sqrt{5}}{5}j").
  2 cases.
- www.gradesaver.com Multivariable Calculus (7th ed.) 12.2 exercise 23 (unit vector of -3i + 7j:
  "\frac{-3i+7j}{\sqrt{58}}=\frac{-3}{\sqrt{58}}i+\frac{7}{\sqrt{58}}j"). 1 case.
- www.gradesaver.com Precalculus (10th ed.) 9.4 exercise 29 (answer "3i+4j. (3,4)": "v=...=3i+4j.
  The position vector is (3,4)"). 1 case.
- fanyv88.com proxy copy of scribd 788161529 "Co Ordinate Geometry Hardest Ms" ("1(a) 8.25 or
  8.246…"; "1(c) (0, − 8) and (0, 16) 4 B3 for (0, −8) or (0, 16)"). 2 cases (1 False).
- fanyv88.com proxy copy of scribd 586728003 "Coordinategeometry 1 Mark Scheme" ("1 78.7 or
  78.69…"). 1 case.
- gcse-maths-higher.co.uk misconceptions/perpendicular-gradient-negative-reciprocal (a revision
  site's page on AQA June 2024 Paper 3 Q15b: the perpendicular gradient to -2 is 1/2, and
  "writing -1/2", "writing 2 instead of 1/2" and the parallel "y = -2x - 1" are the errors; the
  fix is "y = 1/2 x - 8.5"). 3 cases (3 False).

49 cases in all (12 False): 28 here (4 False), 21 in bench/equiv_fresh85_a2.py (8 False).

Left out, by rule: refusals that are only about the form when the value is the same (IB 70449's
"The answer must be an equation in the form y = mx + c", which refuses (y - 2) = -1/3(x - 3); IB
notes that withhold a mark for missing brackets around a coordinate pair; IB 130170's "Award (A0)
for L2=2x+3"; scribd 788161529's "B3 ... for –8 and 16" against the points (0, −8) and (0, 16)); a
refused form the page describes but does not print (IB 464604's "Award (A1)(A0) if x and y
coordinates are reversed"); forms whose fractions or signs the conversion lost (IB 130170's and
6842's gradients and equations, printed as "−12", "23", "y=23x+143"; IB 219545 and 219551, whose
midpoint "(0, 2.5)" lost its minus sign; every stacked fraction of the two scribd mark schemes and
of scribd 848054286 "Vectors in 2D MS"; mytutor's "tan-1(3/5)"); ranges ("7.62 or 7.615 to
7.616"); single-form answers (the 31.0° of mytutor 23230; homeworksource 1125852's 78 and 54
degrees); the mathhelpforum asker's own unlabelled "117" (the reply reads it as
sqrt(117), so its verdict is not settled as printed).

Examined and not used: IB questionbank 6865 (09M.1.sl.TZ2.7, claimed by an earlier round);
a.simonm.io, algebra.com and jiskha mirrors (askanewquestion.com) by the brief; the ARQMath copy of
a 2012 math.stackexchange thread on the line through (1,5) and (-9,2) (only the question is
stored); mathhelpforum 79325 and 18538 (perpendicular bisectors; no reply stored); mathcentral
tiffany1 (its minus signs were lost); freemathhelp 116436 (120.293 against 59.7065, which the
replies hint at but do not settle); physicsforums 528402 and mathhelpboards 918012 (no stated
verdict, or the manual's value only in an image); homeworksource 1027902 (its own solution gives a
wrong direction angle); wyzant 848351 and mammothmemory, aimnova and ibdemystified (used before, or
study notes with no verdicts); examplayground's multiple-choice vector question (distractors only);
AI or generated solution pages (gauthmath, questionai, edu.com, smartsolve, studdy, mysovi,
mathskey, scholardog, qammunity and brainly copies on csr.engine.ac.nz and similar hosts).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ENO = "www.enotes.com"
ENO_439 = (
    "https://www.enotes.com/homework-help/find-distance-between-points-give-an-exact-answer-439391"
)
MHF = "mathhelpforum.com"
MHF_154 = "http://mathhelpforum.com/geometry/154448-distance-formula.html"
MYT = "mytutor.co.uk"
MYT_232 = "https://mytutor.co.uk/answers/23230/A-Level/Maths/F-5i-3j-Find-the-magnitude-and-direction-of-F"
TQA = "math.techqa.club"
TQA_302 = "https://math.techqa.club/line-distance-between-points-p-q-and-q-p-3024434"
TQA_171 = "https://math.techqa.club/what-is-the-distance-between-these-two-points-1713339"
PHF = "www.physicsforums.com"
PHF_183 = "https://www.physicsforums.com/threads/equation-of-perpendicular-bisector.183615/"
IB = "library.tis.today"
_IBQ = "https://library.tis.today/QuestionBanks"
_MS = "/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/questions/"
IB_4875 = _IBQ + "/v4" + _MS + "4875.html"
IB_464 = (
    _IBQ + "/v5/questionbank.ibo.org/en/teachers/00000/questionbanks/"
    "50-dp-mathematics-analysis-and-approaches/questions/464604.html"
)
IB_219 = (
    _IBQ
    + "/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/40-dp-mathematics-sl/questions/"
    "219279.html"
)
IB_268 = (
    _IBQ + "/v4/questionbank.ibo.org/en/teachers/00000/questionbanks/7-dp-mathematics-hl/questions/"
    "268008.html"
)
# sources of bench/equiv_fresh85_a2.py
IB_704 = _IBQ + "/v4" + _MS + "70449.html"
IB_130 = _IBQ + "/v4" + _MS + "130170.html"
IB_456 = _IBQ + "/v4" + _MS + "4569.html"
PHF_533 = "https://www.physicsforums.com/threads/finding-the-angle-between-two-vectors.533023/"
PHF_510 = (
    "https://www.physicsforums.com/threads/"
    "using-cross-product-to-find-angle-between-two-vectors.510814/post-3382081"
)
IMW = "imathworks.com"
IMW_ABV = "https://imathworks.com/math/angle-between-vectors-by-using-cross-product"
MIF = "www.mathisfunforum.com"
MIF_107 = "https://www.mathisfunforum.com/search.php?action=show_user_posts&user_id=10761"
GS = "www.gradesaver.com"
GS_PC635 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-10th-edition/"
    "chapter-9-polar-coordinates-vectors-chapter-review-review-exercises-page-635/35"
)
GS_MV823 = (
    "http://www.gradesaver.com/textbooks/math/calculus/multivariable-calculus-7th-edition/"
    "chapter-12-vectors-and-the-geometry-of-space-12-2-exercises-page-823/23"
)
GS_PC606 = (
    "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-10th-edition/"
    "chapter-9-polar-coordinates-vectors-9-4-vectors-9-4-assess-your-understanding-page-606/29"
)
SCR = "fanyv88.com"
SCR_788 = "https://fanyv88.com:443/https/www.scribd.com/document/788161529/Co-Ordinate-Geometry-Hardest-Ms"
SCR_586 = (
    "https://fanyv88.com:443/https/www.scribd.com/document/586728003/coordinategeometry1markScheme"
)
GMH = "gcse-maths-higher.co.uk"
GMH_PG = "https://gcse-maths-higher.co.uk/misconceptions/perpendicular-gradient-negative-reciprocal"

CASES = [
    # enotes 439391: exact distances and their 3-decimal approximations, as the question asks
    _c(
        ENO,
        ENO_439,
        gold=r"sqrt149",
        pred=r"12.206",
        wrap=True,
        expected=True,
        why="'So the exact answer is sqrt149' ... 'Answer by approximation of 3 decimal places is 12.206'",
    ),
    _c(
        ENO,
        ENO_439,
        gold=r"sqrt149",
        pred=r"12.20655",
        wrap=True,
        expected=True,
        why="'d1 = sqrt((-9-(-19))^2+(11-4)^2) = sqrt149 = 12.20655'",
    ),
    _c(
        ENO,
        ENO_439,
        gold=r"5sqrt2",
        pred=r"sqrt50",
        wrap=True,
        expected=True,
        why="'d2 = sqrt50 = 5sqrt2 = 7.07107' ... 'So the exact answer is 5sqrt2'",
    ),
    _c(
        ENO,
        ENO_439,
        gold=r"5sqrt2",
        pred=r"7.07107",
        wrap=True,
        expected=True,
        why="'d2 = sqrt50 = 5sqrt2 = 7.07107'",
    ),
    _c(
        ENO,
        ENO_439,
        gold=r"5sqrt2",
        pred=r"7.071",
        wrap=True,
        expected=True,
        why="'So the exact answer is 5sqrt2' ... 'Answer by approximation of 3 decimal places is 7.071'",
    ),
    # mathhelpforum 154448: the teacher's 3√13 against the unsimplified radical
    _c(
        MHF,
        MHF_154,
        gold=r"3√13",
        pred=r"sqrt(117)",
        wrap=True,
        expected=True,
        why="teacher's answer 3√13: 'Actually sqrt(117) = 3*sqrt(13). However, although it is correct, it is not in the form the teacher expects.'",
    ),
    _c(
        MHF,
        MHF_154,
        gold=r"3√13",
        pred=r"3 * sqrt(13)",
        wrap=True,
        expected=True,
        why="'sqrt(9*13) = sqrt(9)*sqrt(13) = 3 * sqrt(13), and we are done.'",
    ),
    # mytutor 23230: magnitude of F = 5i + 3j, exact and to 3 s.f.
    _c(
        MYT,
        MYT_232,
        gold=r"√34",
        pred=r"5.83",
        wrap=True,
        expected=True,
        why="'│F│ = √(52 + 32) = √34 = 5.83 (to 3 s.f.)' (the squares of 5 and 3 lost their superscripts in the stored text)",
    ),
    # math.techqa.club 3024434: distance between (p,q) and (q,p); the asker's forms are refused
    _c(
        TQA,
        TQA_302,
        gold=r"\sqrt{2(p-q)^2}",
        pred=r"\sqrt{2q^2 + 2p^2}",
        wrap=True,
        expected=False,
        why="asker: 'I'm getting the answer $\\sqrt{2q^2 + 2p^2}$ but the textbook gives ... $\\sqrt{2(p-q)^2}$'; answer: 'The square root doesn't distribute' (the asker's steps are wrong)",
    ),
    _c(
        TQA,
        TQA_302,
        gold=r"\sqrt{2(p-q)^2}",
        pred=r"\sqrt{2q^2} + \sqrt{2p^2}",
        wrap=True,
        expected=False,
        why="asker's last line '=\\sqrt{2q^2} + \\sqrt{2p^2}'; answer: '$$\\sqrt{a + b} \\neq \\sqrt{a} + \\sqrt{b}$$ ... Therein lies one of your problems.'",
    ),
    # math.techqa.club 1713339: length from (a+1,2a+3) to (a-1,2a-1); book \sqrt{20}, asker's 2
    _c(
        TQA,
        TQA_171,
        gold=r"\sqrt{20}",
        pred=r"2\sqrt{5}",
        wrap=True,
        expected=True,
        why="book 'L=\\sqrt{20}'; best answer: '&= \\sqrt{4 + 16} ... &= \\sqrt{20} ... &= 2\\sqrt{5}'",
    ),
    _c(
        TQA,
        TQA_171,
        gold=r"\sqrt{20}",
        pred=r"2",
        wrap=True,
        expected=False,
        why="asker: 'So, $L= 2$ However, the book says; $L=\\sqrt{20}$'; best answer works to \\sqrt{20} = 2\\sqrt{5} and finds the asker's step wrong",
    ),
    # physicsforums 183615: perpendicular bisector; the back-of-book answer is refused
    _c(
        PHF,
        PHF_183,
        gold=r"-3x + 4y = 4",
        pred=r"-3x + 4y = -4",
        wrap=True,
        expected=False,
        why="perpendicular bisector of (7,0),(1,8): book '-3x + 4y = -4'; replies: 'probably a textbook error' and 'Certainly the midpoint is (4, 4) and (4, 4) satisfies -3x+ 4y= 4, not -3x+ 4y= -4.'",
    ),
    _c(
        PHF,
        PHF_183,
        gold=r"-3x + 4y = 4",
        pred=r"y = 3/4 (x) + 1",
        wrap=True,
        expected=True,
        why="asker: 'so now I have y = 3/4 (x) + 1 as the line' ... 'So my final answer is -3x + 4y = 4'; reply: 'Your work is correct for the points you supplied.'",
    ),
    # IB questionbank 4875 (11N.1.sl.TZ0.7): midpoint, gradient, line through M
    _c(
        IB,
        IB_4875,
        gold=r"(3, 5)",
        pred=r"x = 3, y = 5",
        wrap=True,
        expected=True,
        why="11N.1.sl.TZ0.7 (a): '\\( = (3, 5)\\) (A1) (C2)' ... 'Note: Accept \\(x = 3\\), \\(y = 5\\) .'",
    ),
    _c(
        IB,
        IB_4875,
        gold=r"- \frac{1}{3}",
        pred=r"\frac{{ - 4}}{{12}}",
        wrap=True,
        expected=True,
        why="(b) '\\( = - \\frac{1}{3}\\) \\(\\left( {\\frac{{ - 4}}{{12}}, - 0.333} \\right)\\) \\(( - 0.333333 \\ldots )\\) (A1) (C2)'",
    ),
    _c(
        IB,
        IB_4875,
        gold=r"- \frac{1}{3}",
        pred=r"- 0.333",
        wrap=True,
        expected=True,
        why="(b) '\\( = - \\frac{1}{3}\\) \\(\\left( {\\frac{{ - 4}}{{12}}, - 0.333} \\right)\\)' (forms in parentheses are accepted)",
    ),
    _c(
        IB,
        IB_4875,
        gold=r"- \frac{1}{3}",
        pred=r"- 0.333333 \ldots",
        wrap=True,
        expected=True,
        why="(b) '\\( = - \\frac{1}{3}\\) ... \\(( - 0.333333 \\ldots )\\) (A1) (C2)'",
    ),
    _c(
        IB,
        IB_4875,
        gold=r"y = - \frac{1}{3}x + 6",
        pred=r"(y - 5) = - \frac{1}{3}(x - 3)",
        wrap=True,
        expected=True,
        why="(c) '\\((y - 5) = - \\frac{1}{3}(x - 3)\\) (M1)(A1)(ft) OR ... \\(y = - \\frac{1}{3}x + 6\\)'; 'Accept correct equivalent forms of the equation of the line.'",
    ),
    # IB questionbank 464604 (18M.1.SL.TZ1.T_5): midpoint C of AB
    _c(
        IB,
        IB_464,
        gold=r"(1, −2)",
        pred=r"x = 1, y = −2",
        wrap=True,
        expected=True,
        why="18M.1.SL.TZ1.T_5 (a): '(1, −2) (A1)(A1) (C2)' ... 'Accept x = 1, y = −2.'",
    ),
    # IB questionbank 219279 (17N.2.sl.TZ0.3): |AB| exact and to 3 s.f.; angle BAC in radians and degrees
    _c(
        IB,
        IB_219,
        gold=r"√21",
        pred=r"4.58",
        wrap=True,
        expected=True,
        why="17N.2.sl.TZ0.3 (a): '|→AB|=√21 (exact), 4.58 A1 N2'",
    ),
    _c(
        IB,
        IB_219,
        gold=r"√21",
        pred=r"4.58257",
        wrap=True,
        expected=True,
        why="(a) '4.58257' then '|→AB|=√21 (exact), 4.58 A1 N2'",
    ),
    _c(
        IB,
        IB_219,
        gold=r"0.510",
        pred=r"29.2°",
        wrap=True,
        expected=True,
        why="(b) '0.509739 (29.2059°) BˆAC=0.510 (29.2°) A1 N2'",
    ),
    _c(
        IB,
        IB_219,
        gold=r"0.510",
        pred=r"0.509739",
        wrap=True,
        expected=True,
        why="(b) '0.509739 (29.2059°) BˆAC=0.510 (29.2°) A1 N2'",
    ),
    _c(
        IB,
        IB_219,
        gold=r"0.510",
        pred=r"29.2059°",
        wrap=True,
        expected=True,
        why="(b) '0.509739 (29.2059°) BˆAC=0.510 (29.2°) A1 N2'",
    ),
    # IB questionbank 268008 (18M.1.hl.TZ2.1): cos of the angle between 3i − 4j − 5k and 5i − 4j + 3k
    _c(
        IB,
        IB_268,
        gold=r"\frac{8}{{25}}",
        pred=r"\frac{{16}}{{50}}",
        wrap=True,
        expected=True,
        why="18M.1.hl.TZ2.1: '\\( = \\frac{8}{{25}}\\left( { = \\frac{{16}}{{50}} = 0.32} \\right)\\) A1'",
    ),
    _c(
        IB,
        IB_268,
        gold=r"\frac{8}{{25}}",
        pred=r"0.32",
        wrap=True,
        expected=True,
        why="'\\( = \\frac{8}{{25}}\\left( { = \\frac{{16}}{{50}} = 0.32} \\right)\\) A1'",
    ),
    _c(
        IB,
        IB_268,
        gold=r"\frac{8}{{25}}",
        pred=r"\frac{{16}}{{\sqrt {50} \sqrt {50} }}",
        wrap=True,
        expected=True,
        why="'\\( = \\frac{{16}}{{\\sqrt {50} \\sqrt {50} }}\\) A1A1' then '\\( = \\frac{8}{{25}}\\left( ... \\right)\\) A1'",
    ),
]

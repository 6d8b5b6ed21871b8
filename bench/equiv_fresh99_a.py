r"""A ninety-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": calculus
answers that are values -- limits (including ``∞``, "does not exist", "DNE"), derivatives at a
point, definite integrals, areas and volumes given exactly or as decimals -- where an answer key, a
scoring guideline or mark scheme, a teacher's worked correction, a tool's help page or a forum
thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool, and for the
Mathcad help page the ``docs`` corpus), not from repositories; no earlier set used them (each URL
or page id, and domain plus distinctive path part, was grepped in bench/, and checked against
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh99_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them. A left side such as "R( 3) =",
"Area =", "A =" or "Volume =" is dropped. Where an AP scoring guideline gives an answer as "X or
Y" or "X (or Y)" (a decimal accepted both truncated and rounded to three places), X is the gold
and Y the pred. Where a worked solution writes a chain "E = F" ending in the boxed or final
value, the final value is the gold and the unsimplified earlier expression the pred (the page
states they are equal). LaTeX is kept as stored, including ``{8\over 3}`` (melusine) and the IB
question bank's ``{\text{cose}}{{\text{c}}^2}`` for cosec squared; the French forum's "2.ln(2)"
(a dot for multiplication) is kept. Inline-math delimiters ``\(`` ``\)`` of the IB pages are
dropped, the LaTeX inside kept.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- studylib.net doc 18200068 (AP Calculus AB 2009 scoring guidelines, Form B, Question 1:
  "R( 3) = 6.610 or 6.611"; "A′( t ) dt = A( 3) − A( 0 ) = 24.200 or 24.201"). 2 cases.
- 1library.net document yj7lpkp5 (AP Calculus AB 2008 scoring guidelines, Question 1(d): "Volume
  = ... dx = 8.369 or 8.370"). 1 case.
- vdocuments.mx "ap-calculus-ab-2003-scoring-guidelines-..." (AP Calculus AB 2003 scoring
  guidelines, Question 1: "(a) Area = ... = 0.442 or 0.443"; "(b) Volume = ... = 0.453 or 1.423
  or 1.424", of which only the pair 1.423 / 1.424 is used). 2 cases.
- www.coursehero.com file 6457254 (AP Calculus AB 2005 scoring guidelines, Form B, Question 1:
  "(b) ... = 4.266 or 4.267"; "(c) ... = 0.077 or 0.078"). 2 cases.
- info.5y1.org "sqrt-x-3-4_1_bf1af4" (AP Calculus AB 2014 scoring guidelines, Question 2: "(a)
  ... = 98.868 (or 98.867)"; "(b) ... = 3.574 (or 3.573)"). 2 cases.
- www.maths-forum.com post 1454553 ("Calcul d'intégrale ln et exponentielle": Black Jack's worked
  integral, "S(de 0 à 1) ln(1+x) dx = ln(2) - 1 + ln(2) = 2.ln(2) - 1", "S(de-1à1) ln(1+|x|) =
  2.ln(2) - 1 - 1 + 2.ln(2)" then "= 4.ln(2) - 2", and "S(de-1à1) f(x) dx = 4.ln(2) - 2 - (- 1/e
  + e)" then "= 2.(2.ln(2) - 1) - (e - 1/e)"). 3 cases.
- melusine.eu.org Syracuse "term/sti/analyse/integr/calc_004.tex" (a teacher's corrected exercise,
  "Calculer la valeur exacte des intégrales": "A = ... = \Big( {8\over 3} - 2 \Big) - \Big(
  {1\over 3} - 1 \Big) soit A = {4\over 3}"; B likewise "soit B = 1"; "C = ... = -2\Big(\cos \pi -
  \cos 0 \Big) soit C = 4"). 3 cases.
- library.tis.today IB question bank v4, mathematics HL question 7521 (13M.1.hl.TZ2.1, exact
  value of a definite integral: "= \left( {0 + \ln 2 - \frac{1}{\pi }\cos 2\pi } \right) - ...
  (M1) = \frac{1}{3} + \ln 2 - \frac{2}{\pi } A1A1"). 1 case.
- library.tis.today IB question bank v4, mathematics HL question 7807 (11N.3ca.hl.TZ0.1, a limit
  by l'Hôpital's rule: "= \frac{{ - 1}}{{ - \pi {\text{cose}}{{\text{c}}^2}\frac{\pi }{2}}} =
  \frac{1}{\pi }"). 1 case.
- issuhub.com 30136 page 584 (CK-12 "Concepts of Calculus", chapter 14: "The phrase 'does not
  exist' or 'DNE' is used with limits to imply that the limit does not approach a particular
  numerical value"). 1 case.
- support.ptc.com Mathcad help "limit_operator.html" (``docs`` corpus: "PTC Mathcad treats +∞
  and ∞ as equals"). 1 case.
- www.khanacademy.org video "evaluating-definite-integral-with-power-rule" (Sal's definite
  integral of (16-x³)/x³ between -1 and -2; a learner asks "Shouldn't it be - 7", a reply works it
  through: "= - [-7] = 7"). 1 case (False).
- webwork.maa.org forum discussion 4469 ("help with integral calculation": "Webwork gives
  −23442.8571428571", "Matlab gives ... ans2 = 2.2519e+04"; the replies find the problem file's
  bug, "In Perl, ^ is not the exponentiation operator"). 1 case (False).

21 cases in all (2 False).

Left out, by rule: single answers with no second form (AP 2008 Q1(a) "= 4" and (c) "= 9.978",
AP 2005 Form B Q1(a) "= 0.429", AP 2003 Q1(c) "= 1.554", AP 2009 Form B Q1(b) "A′( 3) = 8.858");
the AP 2003 volume "0.453 or 1.423 or 1.424", whose first form lost its factor π in the stored
text (only 1.423 / 1.424 is used); the AP interpretations in words ("grows by 24.201 square
centimeters"), which restate a value with units rather than give another form of it; CK-12's "you
might choose to write the limit goes to infinity. This notation is technically not correct, but
... can be acceptable" (a hedged, not a settled, verdict on ∞ against DNE); the maths-forum
question's own result and answer choices, which were an image; the ∫_{-1}^{0} half of the French
worked integral ("= -1 + 2.ln(2)"), which repeats the first half's forms.

Examined and not used: the fliphtml5 flipbook "aqaqo" AP Calculus BC scoring guide ("The area is
2.067 (or 2.066)", "3.065 (or 3.064)", "12.305 (or 12.304)"; its flipbook id is named by earlier
sets); learro ?p=163 (used by an earlier set); sciencedocbox and 1library AP guidelines whose digits
were stripped (71706730, 114699648, 108417330, yeev2ww7) or whose excerpt stops before the answers
(1library q2mn500j, studylib 26057603 and 27655565, AP 2006); scribd 295057005 (the same 2008 AP
guideline as 1library yj7lpkp5, its digits split); studylib 25208775 and info.5y1.org 850679 and
90e61b (fractions and radicals lost); studylib 18879201 and 18779563 (single answers);
physicsforums, thestudentroom, mathhelpforum and openknowledgegraph threads on ln forms and
infinite limits (used by earlier sets: physicsforums 500623 and 1030888, thestudentroom 1275998,
1154670 and 2308970, mathhelpforum 130447 and 193605); mathhelpforum 131062 (a student's ln6 -
2ln2 against the book's 1/2 * ln(3/2), with no reply saying which is right); teachingcalculus.com
tag/dne, calculusconcepts.com and ib.mycosmic.dev q/1028 (named by earlier sets); a GitHub wiki
question (williamdemeo Math141Spring2014) where WebAssign refused "0" and "DNE" but the right
limit is not stated; Edexcel and A-level mark schemes on scribd mirrors (expert-tuition 831123905,
407482781) whose answers were stacked fractions or lost superscripts; penjiapp, math.techqa.club
599870, thecalculusblog.com and stemcalculators.app (whether ∞ counts as a limit is disputed or
hedged there); ximera, spot.pcc.edu, coursehero 186440 and 6393249, wikibooks and UBC/UCR wikis
(no second form, or the math lost); huggingface Nemotron-CC-Math rows (LLM-rewritten); AI or
generated pages (edu.com, math-gpt.org, fatskills, thinka.ai, studdy, maricahasevip, iqyic,
eokultv, cal53.calculator.city).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SL = "studylib.net"
SL_182 = "https://studylib.net/doc/18200068/sample-responses-q1---ap-central"
LIB = "1library.net"
LIB_YJ7 = "https://1library.net/document/yj7lpkp5-ap-calculus-ab-scoring-guidelines.html"
VD = "vdocuments.mx"
VD_03 = (
    "https://vdocuments.mx/ap-calculus-ab-2003-scoring-guidelines-ap-calculus-ab-2007-scoring-"
    "guidelines.html"
)
CH = "www.coursehero.com"
CH_645 = (
    "https://www.coursehero.com/file/6457254/collegeboardcom-AP-Central-is-the-official-online-"
    "home-for/"
)
Y51 = "info.5y1.org"
Y51_14 = "https://info.5y1.org/sqrt-x-3-4_1_bf1af4.html"
MF = "www.maths-forum.com"
MF_145 = "https://www.maths-forum.com:443/post1454553.html"
MEL = "melusine.eu.org"
MEL_C4 = "https://melusine.eu.org/syracuse/texpng/jpv/database/term/sti/analyse/integr/calc_004.tex"
TIS = "library.tis.today"
TIS_7521 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/7-dp-mathematics-hl/questions/7521.html"
)
TIS_7807 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/7-dp-mathematics-hl/questions/7807.html"
)
ISS = "issuhub.com"
ISS_584 = "https://issuhub.com/view/index/30136?pageIndex=584"
PTC = "support.ptc.com"
PTC_LIM = "https://support.ptc.com/help/mathcad/en/PTC_Mathcad_Help/limit_operator.html"
KA = "www.khanacademy.org"
KA_PR = (
    "https://www.khanacademy.org/math/calculus-2/cs2-integrals-review/"
    "cs2-definite-integrals-of-common-functions/v/evaluating-definite-integral-with-power-rule"
)
WW = "webwork.maa.org"
WW_4469 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=4469"

CASES = [
    # studylib 18200068: AP Calculus AB 2009 Form B scoring guidelines, Question 1
    _c(
        SL,
        SL_182,
        gold=r"6.610",
        pred=r"6.611",
        wrap=True,
        expected=True,
        why="(a) 'R( 3) = 6.610 or 6.611' (both accepted)",
    ),
    _c(
        SL,
        SL_182,
        gold=r"24.200",
        pred=r"24.201",
        wrap=True,
        expected=True,
        why="(c) '∫ 0 A′( t ) dt = A( 3) − A( 0 ) = 24.200 or 24.201' (both accepted)",
    ),
    # 1library yj7lpkp5: AP Calculus AB 2008 scoring guidelines, Question 1(d)
    _c(
        LIB,
        LIB_YJ7,
        gold=r"8.369",
        pred=r"8.370",
        wrap=True,
        expected=True,
        why="(d) 'Volume = ∫ 0 2 ( 3 − x ) ( sin ( ) π x − ( x 3 − 4 x ) ) dx = 8.369 or 8.370'",
    ),
    # vdocuments: AP Calculus AB 2003 scoring guidelines, Question 1
    _c(
        VD,
        VD_03,
        gold=r"0.442",
        pred=r"0.443",
        wrap=True,
        expected=True,
        why="(a) 'Area = ... dx = 0.442 or 0.443'",
    ),
    _c(
        VD,
        VD_03,
        gold=r"1.423",
        pred=r"1.424",
        wrap=True,
        expected=True,
        why="(b) 'Volume = ... dx = 0.453 or 1.423 or 1.424' (the pair 1.423 / 1.424 only)",
    ),
    # coursehero 6457254: AP Calculus AB 2005 Form B scoring guidelines, Question 1
    _c(
        CH,
        CH_645,
        gold=r"4.266",
        pred=r"4.267",
        wrap=True,
        expected=True,
        why="(b) volume about the x-axis: '( = 4.266 or 4.267 )'",
    ),
    _c(
        CH,
        CH_645,
        gold=r"0.077",
        pred=r"0.078",
        wrap=True,
        expected=True,
        why="(c) semicircle cross sections: '= 0.077 or 0.078'",
    ),
    # info.5y1.org bf1af4: AP Calculus AB 2014 scoring guidelines, Question 2
    _c(
        Y51,
        Y51_14,
        gold=r"98.868",
        pred=r"98.867",
        wrap=True,
        expected=True,
        why="(a) volume about y = -2: '= 98.868 (or 98.867)'",
    ),
    _c(
        Y51,
        Y51_14,
        gold=r"3.574",
        pred=r"3.573",
        wrap=True,
        expected=True,
        why="(b) isosceles right triangle cross sections: '= 3.574 (or 3.573)'",
    ),
    # maths-forum.com post1454553: Black Jack's worked definite integrals (French)
    _c(
        MF,
        MF_145,
        gold=r"2.ln(2) - 1",
        pred=r"ln(2) - 1 + ln(2)",
        wrap=True,
        expected=True,
        why="'S(de 0 à 1) ln(1+x) dx = ln(2) - 1 + ln(2) = 2.ln(2) - 1'",
    ),
    _c(
        MF,
        MF_145,
        gold=r"4.ln(2) - 2",
        pred=r"2.ln(2) - 1 - 1 + 2.ln(2)",
        wrap=True,
        expected=True,
        why="'S(de-1à1) ln(1+|x|) = 2.ln(2) - 1 - 1 + 2.ln(2)' then "
        "'S(de-1à1) ln(1+|x|) = 4.ln(2) - 2'",
    ),
    _c(
        MF,
        MF_145,
        gold=r"2.(2.ln(2) - 1) - (e - 1/e)",
        pred=r"4.ln(2) - 2 - (- 1/e + e)",
        wrap=True,
        expected=True,
        why="'Donc S(de-1à1) f(x) dx = 4.ln(2) - 2 - (- 1/e + e)' then "
        "'S(de-1à1) f(x) dx = 2.(2.ln(2) - 1) - (e - 1/e)'",
    ),
    # melusine calc_004.tex: corrected exact values of three definite integrals
    _c(
        MEL,
        MEL_C4,
        gold=r"{4\over 3}",
        pred=r"\Big( {8\over 3} - 2 \Big) - \Big( {1\over 3} - 1 \Big)",
        wrap=True,
        expected=True,
        why=r"'= \Big( {8\over 3} - 2 \Big) - \Big( {1\over 3} - 1 \Big) ... soit ... "
        r"\dresultat {A = {4\over 3}}'",
    ),
    _c(
        MEL,
        MEL_C4,
        gold=r"1",
        pred=r"\Big( {4\over 2} + {1\over 2} \Big) - \Big( {1\over 2} + 1 \Big)",
        wrap=True,
        expected=True,
        why=r"'= \Big( {4\over 2} + {1\over 2} \Big) - \Big( {1\over 2} + 1 \Big) ... soit ... "
        r"\dresultat {B = 1}'",
    ),
    _c(
        MEL,
        MEL_C4,
        gold=r"4",
        pred=r"-2\Big(\cos \pi - \cos 0 \Big)",
        wrap=True,
        expected=True,
        why=r"'= -2\Big(\cos \pi - \cos 0 \Big) ... soit ... \dresultat {C = 4}'",
    ),
    # library.tis.today IB HL question 7521: exact value of a definite integral
    _c(
        TIS,
        TIS_7521,
        gold=r"\frac{1}{3} + \ln 2 - \frac{2}{\pi }",
        pred=r"\left( {0 + \ln 2 - \frac{1}{\pi }\cos 2\pi } \right) - \left( { - \frac{1}{3} "
        r"+ \ln 1 - \frac{1}{\pi }\cos \pi } \right)",
        wrap=True,
        expected=True,
        why="markscheme: '= (0 + ln 2 - (1/π)cos 2π) - (-1/3 + ln 1 - (1/π)cos π) (M1)' "
        "then '= 1/3 + ln 2 - 2/π A1A1'",
    ),
    # library.tis.today IB HL question 7807: a limit by l'Hôpital's rule
    _c(
        TIS,
        TIS_7807,
        gold=r"\frac{1}{\pi }",
        pred=r"\frac{{ - 1}}{{ - \pi {\text{cose}}{{\text{c}}^2}\frac{\pi }{2}}}",
        wrap=True,
        expected=True,
        why="markscheme: '= -1/(-π cosec²(π/2)) = 1/π (M1)A1'",
    ),
    # issuhub 30136 p. 584 (CK-12 Concepts of Calculus): "does not exist" or "DNE"
    _c(
        ISS,
        ISS_584,
        gold=r"DNE",
        pred=r"does not exist",
        wrap=True,
        expected=True,
        why="'The phrase “does not exist” or “DNE” is used with limits to imply that the limit "
        "does not approach a particular numerical value.'",
    ),
    # support.ptc.com Mathcad help, limit operator
    _c(
        PTC,
        PTC_LIM,
        gold=r"∞",
        pred=r"+∞",
        wrap=True,
        expected=True,
        why="'This reinforces the statement that PTC Mathcad treats +∞ and ∞ as equals.'",
    ),
    # khanacademy evaluating-definite-integral-with-power-rule: a learner's -7 answered
    _c(
        KA,
        KA_PR,
        gold=r"7",
        pred=r"- 7",
        wrap=True,
        expected=False,
        why="'Shouldn't it be - 7 ...?'; reply: 'If you flip the bounds and add a negative sign "
        "... you should still get 7 ... = - [-7] = 7'",
    ),
    # webwork.maa.org d=4469: a WeBWorK problem file computing the integral wrongly
    _c(
        WW,
        WW_4469,
        gold=r"2.2519e+04",
        pred=r"−23442.8571428571",
        wrap=True,
        expected=False,
        why="'Webwork gives −23442.8571428571', 'Matlab gives ... ans2 = 2.2519e+04'; replies: "
        "'In Perl, ^ is not the exponentiation operator' (the problem file was wrong)",
    ),
]

r"""A hundred-and-seventh fresh set of answer-equivalence cases (evaluation only; helper "a":
percent change -- increase and decrease, a signed change against "... decrease", percentage
points against percent, percentage multipliers --, ratios of perimeters, areas and volumes of
similar figures, scale factors, map and drawing scales and ratio notation, where an answer key, a
worked solution, a teacher's page or a Q&A thread settles that another form of the answer is the
same (a fraction against a ratio, 1:4 against 1/4, "-28%" against "28% decrease", a ratio scale
against "1cm to 500 metres") or that it is not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh107_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh107_a2.py and
bench/equiv_fresh107_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX (gradesaver's
"$\frac{1}{2}$" without its dollar signs, hackmath's "\dfrac{ 1 }{ 4 }" with its spaces, gamatrain's
"1\ \text{to}\ 1000", its inline dollar signs dropped likewise), plain-text forms kept plain
("1/4", "3^2:11^2", "1cm to 2.5kms", "+55%", "40% (decrease)"), spacing of ratios
as printed ("1.035 : 1", "1:4"). A lead-in such as "r =", "%Change =" or "Scale factor =" is
dropped. Where a page states "A = B" or "A or B" for one answer,
the form the page gives as its answer (or the first form) is the gold and each other form a True
case. Where a multiple-choice key names one choice correct, each other choice it shows is a False
case against that gold. Readings, each noted in ``why``: for map scales (stanfords) the ratio is
the gold and each "1cm to ..." wording the page equates with it a True case; for the percentage
multipliers (mathcentral kabilan1, mathswithdavid) the multiplier is the gold; for the
percentage-point pages (mathwords, calculatorz) the page's correction is the gold and the wording
it calls a mistake the False pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.gradesaver.com Geometry Common Core 15th ed., 10-4 exercise 9, page 638 (answer "The ratio
  of the perimeters 1:2 The ratio of the areas 1:4"; work: "$\frac{1}{2}$ ... This can be written
  as 1:2 also", "$\frac{1^{2}}{2^{2}}$=$\frac{1}{4}$. This can also be written as 1:4"). 3 cases.
- www.hackmath.net math problem 6410 "Ratio of sides 2" (result "r = 1:4"; solution
  "r=k^2=0.5^2=\dfrac{ 1 }{ 4 }=0.25=1:4"). 2 cases.
- mathleaks.com McGraw Hill Integrated II 2012, 12-8 exercise 4, page 867 ("a/b=1/2 a:b=1:2 The
  scale factor is 1:2."). 1 case.
- mathleaks.com Pearson Geometry Common Core 2011, 11-7 exercise 34, page 748 (table "Similarity
  Ratio 1:2, Ratio of Surface Areas 1:4, Ratio of Volumes 1:8"; work "1^2/2^2 1/4 1 : 4",
  "1^3/2^3 1/8 1 : 8"). 2 cases.
- waeconline.org.ng WAEC chief examiner's report, maths219mq11 (new area of a square with
  breadth cut by 10% and length raised by 15%: "Hence, ratio = 1.035y² : y² = 1.035 : 1 or
  207:200"). 1 case.
- www.webbmatte.se page 325 "3.1 Area and Volume Ratios" (English): "Area Scale: 2^{2}:1= 4:1",
  "Area Scale: 3^{2}:1 = 9:1", "Volume Scale: 2^{3}:1= 8:1", "Volume Scale: 3^{3}:1= 27:1".
  4 cases.
- partnerperformance.uonbi.ac.ke preguntia 29125319 (a mirrored homework answer: model scale
  3:11, "3^2:11^2\Rightarrow9:121", "3^3:11^3\Rightarrow27:1331"). 2 cases.
- mathcentral.uregina.ca QQ.09.13 gina1 (Penny: "Since $0.75 = \large \frac34$ the statement that
  'the scale is 0.75' means ..."). 1 case.
- ja3.jsfiddle.net parte 19243923 (a mirrored homework answer: "Answer: Scale factor = 1/2 = 0.5",
  "The scale factor of 1/2 or 0.5 indicates ..."). 1 case.
- www.bbc.co.uk Bitesize guide zkw2pv4 revision 8 "Fractional scale factor" ("The scale factor of
  enlargement is \frac{1}{3}" ... "a scale factor of {3} mistaken for a scale factor of
  \frac{1}{3}"). 1 case (1 False).
- help.stanfords.co.uk article 4 "What are map scales and how are they used?" ("1:50,000 = 1cm to
  50,000cms", "1:15,000 = 1cm to 150 metres, 1:50,000 = 1cm to 500 metres", "1:100,000 = 1cm to
  1km, 1:250,000 = 1cm to 2.5kms, 1:1,750,000 = 1cm to 17.5kms, 1:15,000,000 = 1cm to 150kms").
  7 cases.

Sources of bench/equiv_fresh107_a2.py:

- gamatrain.com tutorial 1018 "Maps & plans" ("'$1\ \text{cm}$ represents $10\ \text{m}$' must be
  written as either $1\ \text{to}\ 1000$ or $1:1000$"; "The scale $1\ \text{to}\ 10$ or $1:10$
  means ..."). 3 cases.
- sim.adhyaapan.com seven/math/chapter_20/scaling ("Answer: 4500 m or 4.5 km"). 1 case.
- www.studypool.com discuss 230702 (a tutor on ratio notation: "The ratio of squares to triangles
  is: 3/4 or 3 to 4 or 3:4", "The ratio of triangles to squares is: 4/3 or 4 to 3 or 4:3",
  "Notice that the answers are different", "3/4 = 6/8"). 6 cases (1 False).
- www.mathwords.com "p/percentage_points.htm" ("If a rate goes from 30% to 45%, it increased by 15
  percentage points — not 15%"; "Mistake: Saying a jump from 10% to 15% is a '5% increase.'
  Correction: It is a 5 percentage point increase."). 2 cases (2 False).
- calculatorz.co.uk "glossary/percentage-point/" (common mistake: "Saying 'a 5% rise' when the
  rate moved from 10% to 15%; that is a 5 percentage point rise"). 1 case (1 False).
- www.wyzant.com answer 107337 (car loan rate up 50% to 9%: "So, the initial interest rate was 6
  percent"; "If my 9% interest rate increased by 50%, then my new interest rate is ... 13.5%. On
  the other hand, if my 9% interest rate increases by 50 percentage points ... my new interest rate
  is 59%."). 3 cases (2 False).
- greprepclub.com forum 3217 (rate up from 1.25% to 1.5%; choices 0.2%, 0.25%, 0.167%, 20%, 25%;
  "Hence option D is correct"; "If you selected choice (E), you may have used the wrong value as
  the original"). 4 cases (4 False).
- email.varsitytutors.com GRE math help, arithmetic/percentage page 7 ("60% is 50% greater than
  40%" ... "You may think the answer is 20% (60% – 40%), but this is the difference ..."; circle
  area "4.0625 or 406.25%"). 2 cases (1 False).
- www.bloombergprep.com GMAT practice question 1/81 (NGP down 25% then 10%: "48% is the best
  answer"; "Adding these percentages (25%+10%=35%) leads to this incorrect answer choice").
  1 case (1 False).
- www.f1gmat.com "gmat-percentage-mistakes" ("the percentage increase is (20/120)*100 = 16.67%,
  not (20/140)*100 = 14.28%"). 1 case (1 False).

Sources of bench/equiv_fresh107_a3.py:

- mathcentral.uregina.ca QQ.09.11 kabilan1 ("increasing by 3% is multiplying by 1.03 (1 + 3/100)
  not by 1.3", "increasing by 137% is multiplying by 2.37 (1 + 137/100) not by 1.137", "increasing
  by 1000% is multiplying by 11 (1 + 1000/100) not by 1.1000 or 10 or 1000", "decreasing by 1% is
  multiplying by 0.99 (1 - 1/100)", "decreasing by 45% is multiplying by 0.55 (1 - 45/100)",
  "decreasing by 137% is multiplying by -0.37 (1-137/100)"). 11 cases (5 False).
- mathswithdavid.com "ks3-number-17-percentage-increase-decrease" ("increase an amount by 15%, we
  can just multiply it by 115% or 115/100 or 1.15"; "decrease ... by 15%, ... multiply it by 85% or
  85/100 or 0.85"). 4 cases.
- qammunity.org 2943749 ("% change = [(3 - 5)/5] x 100 = -40% or 40% (decrease)"). 1 case.
- qammunity.org 3052089 ("C = 30% ... Answer: 30% increase"; "C = -10% ... Answer: 10%
  decrease"). 2 cases.
- partnerperformance.uonbi.ac.ke preguntia 20298185 ("Answer: %Change = -28%" ... "Hence, the
  change is 28% decrease"). 1 case.
- www.gradesaver.com Elementary Algebra (Cengage) 4.2 problem 36, page 155 (answer "+55%, so this
  is a percent increase"; work "percentage change = 55%"). 1 case.

69 cases in all (19 False): 25 here (1 False), 24 in bench/equiv_fresh107_a2.py (13 False), 20
in bench/equiv_fresh107_a3.py (5 False).

Left out, by rule: forms the text conversion lost (mathleaks 748-34's sentence "The ratio of their
surface areas is 14, and can also be written as 1:4", whose stacked 1/4 became "14" -- only the
plain derivation lines were used; mathleaks 642-20 and 642-21, whose "2536", "56", "13" and "19"
are stacked fractions run together; curioustab's "Correct Answer: 11 9"; the stacked fractions of
the slideum 11-7 lesson and the cpm 9-48 answers; webbmatte's "Area Scale: 1^{2}:1= 1:1", a
trivial identity); answers whose page is disputed (wyzant 776268, where a tutor's 20% for a price
from 20 to 25 is corrected to 25% by a reader); answers stated only as an approximation of a
choice (mbamission's "31/49 ... the correct answer must be (E): 63%" and its "approximately 5 or
6%"); a percentage-point page whose example does not refuse a form (simple.wikipedia "Percentage
point"; sophia's "36 percentage points" against "69%", two answers to two questions); single-form
answers (socratic "25% increase from 4 to 5", gradesaver Algebra 1 8-4 "a decrease of 25%",
partnerperformance 29210633 "8 : 27", code.policylink 11986799 "1/27", cpm 9-41 "48 cm^{2}");
mathcentral td1's "Answer: sqrt(2500/100) = 5:1" (an expression, not a form of the answer);
beatthegmat t275880's "9 TIMES ... 900 percent" (a data-sufficiency answer "A"); gradesaver
Algebra 1 2-10 exercise 27 ("42% decrease" against its "The percent decrease is 42%": a bare "42%"
drops the direction the exercise asks for, so the pair was judged ambiguous); the kabilan1
phrases "not dividing by 1.01" and "not dividing by 1.45" (a method, not a value).

Examined and not used: curioustab.com similar-figure pages 109803, 100478, 100754, 100732,
100369, 100347 and 133853, learn8.ai, solvely.ai, questionai, gauthmath, mysovi.ai, studdy.ai,
getscansolve, askanewquestion's GPT-written answers, senseofstudy.com, scalefactorpro pages,
ora.it.com and key-kingdom.com (machine-written or generated-looking pages); percentage-online.com
and calculator.name (generated calculator pages); mathsmutt.co.uk "Map Scales", mathleaks
Pearson Geometry 7 chapter review and the scribd 868998624 unit-test mark scheme (used by earlier
sets); askanewquestion 1804302 ("a -25% change is a 25% decrease, right?", put as a question);
rl.huuu.biz xo3twm (a rule, no numbers); wyzant 185145 (the stored text stops before the
answer); qsleap's jacket question and the beatthegmat blog "Right Answer / Wrong Question" (the
stored text stops before the correct choice); trantor.is (a copied Kaplan book); prepscholar's
water question (stored text stops before its answer); the bbc bitesize quiz q56326458 (no key
stored); Edexcel, AQA and Cambridge mark schemes on scribd, pdfslide, fdocuments, 9lib and
sciencedocbox (only their general guidance was stored); eokultv (a Turkish quiz page, generated
look); freeworksheets.com ratio forms (generated-looking page); greprepclub, beatthegmat and
gmatclub threads on similar triangles (no second form settled).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GS = "www.gradesaver.com"
GS_G638 = (
    "https://www.gradesaver.com/textbooks/math/geometry/geometry-common-core-15th-edition/"
    "chapter-10-area-10-4-perimeters-and-areas-of-similar-figures-practice-and-problem-solving-"
    "exercises-page-638/9"
)
HM = "www.hackmath.net"
HM_6410 = "https://www.hackmath.net/en/math-problem/6410"
ML = "mathleaks.com"
ML_867 = "https://mathleaks.com/study/mcgraw-hill-integrated-ii-2012/12-congruent-and-similar-solids/867-4"
ML_748 = (
    "https://mathleaks.com/study/pearson-geometry-common-core-2011/"
    "11-areas-and-volumes-of-similar-solids/748-34"
)
WAEC = "waeconline.org.ng"
WAEC_MQ11 = "https://waeconline.org.ng/e-learning/Mathematics/maths219mq11.html"
WEBB = "www.webbmatte.se"
WEBB_325 = (
    "http://www.webbmatte.se/display_page.php?language=arab&HeadLanguage=eng&id=325"
    "&on_menu=1800&no_cache=1976141111"
)
PP = "partnerperformance.uonbi.ac.ke"
PP_291 = "https://partnerperformance.uonbi.ac.ke/preguntia/29125319"
MC = "mathcentral.uregina.ca"
MC_GINA = "http://mathcentral.uregina.ca/QQ/database/QQ.09.13/h/gina1.html"
JSF = "ja3.jsfiddle.net"
JSF_192 = "https://ja3.jsfiddle.net/parte/19243923"
BBC = "www.bbc.co.uk"
BBC_ZKW = "https://www.bbc.co.uk/bitesize/guides/zkw2pv4/revision/8"
STAN = "help.stanfords.co.uk"
STAN_4 = "https://help.stanfords.co.uk/article/4-what-are-map-scales-and-how-are-they-used"
# sources of bench/equiv_fresh107_a2.py
GAMA = "gamatrain.com"
GAMA_1018 = "https://gamatrain.com/tutorial/1018/Maps-plans"
ADH = "sim.adhyaapan.com"
ADH_SC = "https://sim.adhyaapan.com/category/seven/math/chapter_20/scaling"
SP = "www.studypool.com"
SP_230 = "https://www.studypool.com/discuss/230702/i-m-having-trouble-with-ratios-anyone-help?free"
MW = "www.mathwords.com"
MW_PP = "https://www.mathwords.com/p/percentage_points.htm"
CZ = "calculatorz.co.uk"
CZ_PP = "https://calculatorz.co.uk/glossary/percentage-point/"
WYZ = "www.wyzant.com"
WYZ_107 = (
    "https://www.wyzant.com/resources/answers/107337/the_interest_rate_on_a_car_has_increased"
    "_50_over_the_last_10_years_and_is_now_9_what_was_the_rate_10_years_ago"
)
GREP = "greprepclub.com"
GREP_3217 = (
    "https://greprepclub.com/forum/the-annual-interest-rate-on-a-certain-savings-account-3217.html"
)
VT = "email.varsitytutors.com"
VT_P7 = "https://email.varsitytutors.com/gre_math-help/arithmetic/percentage?page=7"
BLP = "www.bloombergprep.com"
BLP_81 = (
    "https://www.bloombergprep.com/gmat/practice-question/1/81/"
    "quantitative-section-test-taking-strategies-data-sufficiency-poe-overview/"
)
F1 = "www.f1gmat.com"
F1_PM = "http://www.f1gmat.com/gmat-percentage-mistakes"
# sources of bench/equiv_fresh107_a3.py
MC_KAB = "http://mathcentral.uregina.ca/QQ/database/QQ.09.11/h/kabilan1.html"
MWD = "mathswithdavid.com"
MWD_17 = "https://mathswithdavid.com/ks3-number-17-percentage-increase-decrease/"
QA = "qammunity.org"
QA_294 = "https://qammunity.org/2943749"
QA_305 = "https://qammunity.org/3052089"
PP_202 = "https://partnerperformance.uonbi.ac.ke/preguntia/20298185"
GS_EA155 = (
    "https://www.gradesaver.com/textbooks/math/algebra/elementary-algebra/"
    "chapter-4-proportions-percents-and-solving-inequalities-4-2-percents-and-problem-solving-"
    "problem-set-4-2-page-155/36"
)

CASES = [
    # gradesaver Geometry CC 10-4 ex. 9: perimeter and area ratios as fractions and as ratios
    _c(
        GS,
        GS_G638,
        gold=r"1:2",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="'The ratio of the perimeters 1:2'; '$\\frac{1}{2}$ ... This can be written as 1:2 also'",
    ),
    _c(
        GS,
        GS_G638,
        gold=r"1:4",
        pred=r"\frac{1}{4}",
        wrap=True,
        expected=True,
        why="'The ratio of the areas 1:4'; '=$\\frac{1}{4}$. This can also be written as 1:4'",
    ),
    _c(
        GS,
        GS_G638,
        gold=r"1:4",
        pred=r"\frac{1^{2}}{2^{2}}",
        wrap=True,
        expected=True,
        why="'$\\frac{1^{2}}{2^{2}}$=$\\frac{1}{4}$. This can also be written as 1:4'",
    ),
    # hackmath 6410: area ratio of squares with sides 1:2
    _c(
        HM,
        HM_6410,
        gold=r"1:4",
        pred=r"\dfrac{ 1 }{ 4 }",
        wrap=True,
        expected=True,
        why="Result 'r = 1:4'; solution 'r=k^2=0.5^2=\\dfrac{ 1 }{ 4 }=0.25=1:4'",
    ),
    _c(
        HM,
        HM_6410,
        gold=r"1:4",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="Result 'r = 1:4'; solution 'r=k^2=0.5^2=\\dfrac{ 1 }{ 4 }=0.25=1:4'",
    ),
    # mathleaks 867-4: scale factor of two spheres from their volumes
    _c(
        ML,
        ML_867,
        gold=r"1:2",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="'a/b=1/2 a:b=1:2 The scale factor is 1:2.'",
    ),
    # mathleaks 748-34: surface-area and volume ratios for similarity ratio 1:2
    _c(
        ML,
        ML_748,
        gold=r"1:4",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="table 'Ratio of Surface Areas 1:4'; work 'a^2/b^2 1^2/2^2 1/4 1 : 4'",
    ),
    _c(
        ML,
        ML_748,
        gold=r"1:8",
        pred=r"1/8",
        wrap=True,
        expected=True,
        why="table 'Ratio of Volumes 1:8'; work 'a^3/b^3 1^3/2^3 1/8 1 : 8'",
    ),
    # waeconline maths219mq11: ratio of new area to old area
    _c(
        WAEC,
        WAEC_MQ11,
        gold=r"1.035 : 1",
        pred=r"207:200",
        wrap=True,
        expected=True,
        why="'Hence, ratio = 1.035y² : y² = 1.035 : 1 or 207:200'",
    ),
    # webbmatte page 325: area and volume scales written as powers
    _c(
        WEBB,
        WEBB_325,
        gold=r"4:1",
        pred=r"2^{2}:1",
        wrap=True,
        expected=True,
        why="'Length Scale: 2:1' ... 'Area Scale: 2^{2}:1= 4:1'",
    ),
    _c(
        WEBB,
        WEBB_325,
        gold=r"9:1",
        pred=r"3^{2}:1",
        wrap=True,
        expected=True,
        why="'Length Scale: 3:1' ... 'Area Scale: 3^{2}:1 = 9:1'",
    ),
    _c(
        WEBB,
        WEBB_325,
        gold=r"8:1",
        pred=r"2^{3}:1",
        wrap=True,
        expected=True,
        why="'Volume Scale: 2^{3}:1= 8:1'",
    ),
    _c(
        WEBB,
        WEBB_325,
        gold=r"27:1",
        pred=r"3^{3}:1",
        wrap=True,
        expected=True,
        why="'Volume Scale: 3^{3}:1= 27:1'",
    ),
    # partnerperformance 29125319: model at scale 3:11, surface-area and volume ratios
    _c(
        PP,
        PP_291,
        gold=r"9:121",
        pred=r"3^2:11^2",
        wrap=True,
        expected=True,
        why="'a^2:b^2\\Rightarrow3^2:11^2\\Rightarrow9:121'; 'The ratio of the surface area ... is 9:121'",
    ),
    _c(
        PP,
        PP_291,
        gold=r"27:1331",
        pred=r"3^3:11^3",
        wrap=True,
        expected=True,
        why="'a^3:b^3\\Rightarrow3^3:11^3\\Rightarrow27:1331'; 'The ratio of the volume ... is 27:1331'",
    ),
    # mathcentral gina1: a linear scale given as a decimal
    _c(
        MC,
        MC_GINA,
        gold=r"0.75",
        pred=r"\frac34",
        wrap=True,
        expected=True,
        why="'Since $0.75 = \\large \\frac34$ the statement that \"the scale is 0.75\" means ...'",
    ),
    # ja3.jsfiddle 19243923: scale factor of a dilation
    _c(
        JSF,
        JSF_192,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'Answer: Scale factor = 1/2 = 0.5'; 'The scale factor of 1/2 or 0.5 indicates ...'",
    ),
    # bbc bitesize zkw2pv4/8: a fractional scale factor is not its reciprocal
    _c(
        BBC,
        BBC_ZKW,
        gold=r"\frac{1}{3}",
        pred=r"3",
        wrap=True,
        expected=False,
        why="'The scale factor of enlargement is \\frac{1}{3}'; warns of 'a scale factor of {3} "
        "mistaken for a scale factor of \\frac{1}{3}'",
    ),
    # stanfords help article 4: a map scale and its '1cm to ...' wordings
    _c(
        STAN,
        STAN_4,
        gold=r"1:50,000",
        pred=r"1cm to 50,000cms",
        wrap=True,
        expected=True,
        why="'In maps, scales are expressed in centimetres, so 1:50,000 = 1cm to 50,000cms.'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:50,000",
        pred=r"1cm to 500 metres",
        wrap=True,
        expected=True,
        why="For Metres: '1:15,000 = 1cm to 150 metres, 1:50,000 = 1cm to 500 metres'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:15,000",
        pred=r"1cm to 150 metres",
        wrap=True,
        expected=True,
        why="For Metres: '1:15,000 = 1cm to 150 metres'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:100,000",
        pred=r"1cm to 1km",
        wrap=True,
        expected=True,
        why="For Kilometres: '1:100,000 = 1cm to 1km'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:250,000",
        pred=r"1cm to 2.5kms",
        wrap=True,
        expected=True,
        why="For Kilometres: '1:250,000 = 1cm to 2.5kms'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:1,750,000",
        pred=r"1cm to 17.5kms",
        wrap=True,
        expected=True,
        why="For Kilometres: '1:1,750,000 = 1cm to 17.5kms'",
    ),
    _c(
        STAN,
        STAN_4,
        gold=r"1:15,000,000",
        pred=r"1cm to 150kms",
        wrap=True,
        expected=True,
        why="For Kilometres: '1:15,000,000 = 1cm to 150kms'",
    ),
]

r"""A ninety-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": ratio,
proportion and rate answers -- ratios written as 3:4, "3 to 4" and 3/4, scales of maps and plans
written as 1 : n, as "1 cm to 5 m" or as a representative fraction, the centimetre of a map scale
in cm, m and km, unit rates and speeds in other units, recipe amounts scaled in proportion,
sharing in a ratio, and the forms a key, a quiz, a forum or a teacher's page refuses: reversed
ratios, a part-to-part ratio read as a fraction of the whole, the other options of a
multiple-choice key). Part 1 of 2; part 2 is bench/equiv_fresh95_a2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and in /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh95_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the proxied scribd copy, the proxy's domain) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("1: 1 400 000" with its odd
spacing, "100000cm" and "1km" without spaces, "1 cm:1 m", "½/¼ miles per hour", "\$150.00" with
the backslash of the stored markdown, LaTeX such as ``1\mathrm{cm}:5\mathrm{km}`` and
``500 \phantom{.} 000 \text{ cm}`` kept as LaTeX). A left side such as "R.F =" is dropped.
Where a page writes a chain (``A = B = C``) or "A which is B or C", the last, simplest form is the
gold and each earlier form a True prediction; where it writes "A or B" as the answer, the first
form is the gold. Where a page converts the quantity a question gives into the unit the question
asks for ("36 kilometers per hour ... 10 meters per second"), the gold is the asked-for form and
the pred the given one, which the page states is equal. For a multiple-choice key (sarthaks,
gradestack, proprofs) the keyed option is the gold and every other option of that question a
False prediction, except as noted under "Left out". mhf 283176's "1 : 210.000" is the option as
first posted, which the asker restates as "1 : 210,000" (dots as thousands separators). Pages
differ on whether a colon ratio may be given as a fraction (mathcentral alissa2: "3:8 would be 3/8
as a ratio in fraction form"; singinghedgehog: "1:2 is not the same as a half"); each case follows
its own page.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.cimt.plymouth.ac.uk MEP book 7, unit 19.3 (map scales: "1 cm on the map represents an
  actual distance of 50 000 cm (or 500 m or 0.5 km)", "150000 cm which is 1500 m or 1.5 km",
  "4.5 km = 4500 m = 450000 cm", "25000 cm in real life, which is 250 m or 0.25 km"). 8 cases.
- outdoorleaderonline.org chapter 4 section 2 ("one centimetre on the map would equal 50 000 cm
  (or 500 m) on the ground"). 1 case.
- fr.slideserve.com "burke-ashley/scales" (a geography slide deck: "2 x 50000cm 100000cm, which
  is 1000m or 1km"; a scale "As a representative fraction E.g. 1/50000", "As a ratio E.g.
  1:50000"). 3 cases.
- jimmymaths.com "common-map-scale-questions" ("1 cm on the map = 20 000 cm on the ground = 0.2
  km on the ground"). 1 case.
- ptop.only.wip.la proxy copy of scribd 700284194 (jimmymaths "Map Scale - Solutions", Q1(c):
  "Scale = 4 cm : 56 km = 1 cm : 14 km = 1: 1 400 000"). 1 case.
- www.tuitionkenneth.com "o-level-e-maths-map-scales" ("Since 500 000 cm = 5 km, we can also
  say: 1 cm = 5 km", written in LaTeX with ``\phantom{.}`` as the thousands space). 1 case.
- math.techqa.club 1542674 (a representative-fraction question; answer: "1cm:5km = 1cm:500000cm
  = 1:500000"). 2 cases.
- www.sarthaks.com 2829540 (the scale equivalent to "1 inch = 50 ft": "R.F = 1/600", "Correct
  Answer - Option 3 : 1 cm = 6 m" against 1 cm = 12 m, 10 m and 5 m). 5 cases (3 False).
- www.edplace.com KS2 year 6 worksheet 4518 ("1:100 ... could also be written as 1 cm:1 m or
  1 cm to 1 m", "1 cm to 5 m could also be written as 1:500", "1 cm to 500 cm or 1:500").
  4 cases.
- www.kullabs.com note 2447 ("1cm to 1m = 1cm : 1m = 1cm : 100cm = 1 : 100"). 2 cases.
- mathhelpforum.com threads 283176 (map on a 1 m paper: option "1 : 210.000", restated by the
  asker as "1 : 210,000"; Debsta: "Correct!"). 1 case.

Sources of bench/equiv_fresh95_a2.py:

- hubpages.com "how-to-calculate-ratio-and-proportion-worksheets-problem-solving-part-deux"
  (answers, problem 3: "14 litres = 14 x 1,000 = 14,000 ml"). 1 case.
- www.enotes.com 205341 (simplify 8 : 6/5: "=> 20 / 3 => Or 20 : 3"). 1 case.
- www.yesgsat.com 2014/05 "introduction-to-ratios" ("The answer is 4 to 3 or 4:3."). 1 case.
- mathcentral.uregina.ca QQ.09.07 alissa2 ("the ratio 3:8 would be 3/8 as a ratio in
  \"fraction form\""). 1 case.
- www.shmoop.com CCSS 7.RP.A.1 ("the complex fraction ½/¼ miles per hour, equivalently 2 miles
  per hour"). 1 case.
- docs.google.com published rubric "Ratios/Unit Rates (6.RP.1 6.RP.2 7.RP.1)" ("give the ratio
  of red chips to blue chips as 3 to 2, 3:2, or 3/2"). 2 cases.
- www.thestudentroom.co.uk thread 4335620 ("£50 divided in the ratio 2:3 is £20 and £30"; a
  second reply: "20 and 30 as your answer"). 1 case.
- www.teachervision.com resource 4428 (increasing a recipe by 3 and by 4, answer key: "9/4 = 2
  1/4", "27/8 = 3 3/8", "36/8 = 4 4/8 = 4 1/2", "12/4 = 3" ...). 8 cases.
- binogi.app lesson MAH099 ("36 kilometers per hour ... the scooter is moving at 10 meters per
  second"). 1 case.
- forums.babypips.com 492698 (the inverse of 1 EUR = 0.860084 GBP: "2 subtract 0.860084 ...
  (1.139916) but not the exact figure of 1.16268 which is the correct rate"). 1 case (False).
- en.wikiversity.org "Primary_mathematics/Proportions" (boys to girls 1:2 "does not mean half of
  the class is boys ... It means that 1/3 of the class is boys"). 1 case (False).
- singinghedgehog.co.uk SHGMIrat2 ("Ratios are NOT fractions" ... "So 1:2 is not the same as a
  half!"). 1 case (False).
- www.cuemath.com "the-ratio-of-3-to-4-and-the-ratio-of-4-to-3-the-same-number" ("not the same,
  but are inverse of each other"; "4/3 is the inverse of 3/4 and not equal"). 2 cases (False).
- gradestack.com SAT ratio 18695-3733-33093 ("3 : 4 ≠ 4 : 3", the mojibake of the stored page
  aside; 2 feet to 4 yards, options 1:9 1:8 1:7 1:6 1:5, "The answer is (D)"). 5 cases (False).
- www.proprofs.com quiz "chapter-4-ratio-rate-proportion" (key: Q1 "B. 7:5", Q2 "D. \$150.00",
  Q3 "A. 56 boy scouts"; the other options refused). 10 cases (False).

66 cases in all (23 False): 29 here (3 False), 37 in bench/equiv_fresh95_a2.py (20 False).

Left out, by rule: unsimplified ratios and scales, and forms short of a form the question sets
("in its simplest form", "in the form 1 : n"), in either direction: whether a key takes 35:25
for 7:5 is a form rule, not an equality (proprofs Q1's option "A. 35:25"; kullabs' "5mm : 1000mm"
and "5 : 1000" for "Simplify the scale 5 mm: 1 m"; jimmymaths' "2 cm : 600 cm", "1 cm : 300 cm"
for "Write ... in the form of 1 : n"; the scribd solutions' "4 cm : 56 km" and "1 cm : 0.4 km" ->
"1 : 40 000"; techqa's "6:1500000=1:250000"); an answer in another unit than the one the
question asks for (the scribd solutions' "3000 m" for a road asked "in km"; jimmymaths' "1500 m
(ans)" and "1.2 km (ans)"); rates equal only at one exchange rate (babypips' "10,000 GBP =
11,626.8 EUR") and answers rounded from a longer value (babypips' "1.1626771 ... 1.16268");
area scales whose squares were flattened ("64 cm 2 : 4 km 2 = 1 cm 2 : 0.0625 km 2");
slideserve's "2cm per kilometre" (a separate example of the wording, not said to equal 1:50000);
proprofs' "Explanation" paragraphs (only the quiz's keyed option is used).

Examined and not used: mathleaks Pearson Geometry ch. 7 review, kwiznet 781, web.mnstate.edu
S198, the appspot copy of Socratic 57f4309911ef6b603c773fe5, mathsmutt "Map Scales", socratic
59c486c07c01492408a49590 and forum.wikijob 22004 (used or examined by bench/equiv_fresh54_f.py);
mathforum Dr. Math 62390, 800score distance-rate-time and onemathematicalcat "rates" (used by
bench/equiv_fresh62_b.py); scribd 721520608 and 660949692 mark schemes (used by earlier sets);
tutorpear "n6-2" (its own check "£32 + £48 = £90" is wrong); mathcentral selah2 (its example
restates the question); mathspace Subtopic-96858 (a chain ending in the rounded "1.11m/s");
excelmathmike 2010/07 (3/8" and ".375" without the unit); transtutors 93777, icoachmath,
intellectualmath, getrevising and edplace KS3 sharing pages (one form per answer); glencoe,
nelson, reviewgamezone and learnersplanet quizzes (no key stored); mathhelpforum 56839 and
alumniagri (areas asked in km²); the CCSS 7.RP.1 text as cpalms, mathpractice.ai and
proactiveinstruction store it ("1/2/1/4 miles per hour", the stacked fraction flattened; the
shmoop copy keeps "½/¼"); realrogerwinter.github.io, public-textbooks.pages.dev,
gcse-maths-foundation.co.uk, numericalreasoningpractice, tooldone, kuriloo, civinnovate,
monithon, enersection, zawodowe.edu.pl and similar machine-written pages; AI answer pages
(gauthmath, questionai, mathix, edu.com, askanewquestion GPT answers, getscansolve,
math-gpt.org); qammunity, ya.guru and brainly copies; vedantu; algebra.com and jiskha pages
(excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CIMT = "www.cimt.plymouth.ac.uk"
CIMT_19 = "http://www.cimt.plymouth.ac.uk/projects/mepres/book7/bk7i19/bk7_19i3.htm"
OLO = "outdoorleaderonline.org"
OLO_42 = "http://outdoorleaderonline.org/content/olo/pagerend.php?chapID=4&sectID=2"
SLS = "fr.slideserve.com"
SLS_SC = "https://fr.slideserve.com/burke-ashley/scales"
JIM = "jimmymaths.com"
JIM_MS = "https://jimmymaths.com/common-map-scale-questions/"
PTOP = "ptop.only.wip.la"
PTOP_700 = "https://ptop.only.wip.la:443/https/www.scribd.com/document/700284194/Sec-2-Map-Scale-Assignment-Solutions"
TK = "www.tuitionkenneth.com"
TK_MS = "https://www.tuitionkenneth.com/o-level-e-maths-map-scales"
TQ = "math.techqa.club"
TQ_1542674 = "https://math.techqa.club/representative-factor-help-1542674"
SAR = "www.sarthaks.com"
SAR_2829540 = (
    "https://www.sarthaks.com/2829540/"
    "a-scale-of-1-inch-50-ft-is-mentioned-on-an-old-map-what-is-the-corresponding-equivalent-scale"
)
EDP = "www.edplace.com"
EDP_4518 = (
    "https://www.edplace.com/worksheet_info/maths/keystage2/year6/topic/954/4518/"
    "solving-scale-drawing-problems"
)
KUL = "www.kullabs.com"
KUL_2447 = "https://www.kullabs.com/classes/subjects/units/lessons/notes/note-detail/2447"
MHF = "mathhelpforum.com"
MHF_283176 = "https://mathhelpforum.com/threads/ask-minimum-dimension-of-a-map.283176/"
# sources of bench/equiv_fresh95_a2.py
HUB = "hubpages.com"
HUB_R3 = (
    "http://hubpages.com/education/"
    "how-to-calculate-ratio-and-proportion-worksheets-problem-solving-part-deux"
)
ENO = "www.enotes.com"
ENO_205341 = "https://www.enotes.com/homework-help/simplify-ratio-8-6-5-205341"
YES = "www.yesgsat.com"
YES_IR = "http://www.yesgsat.com/2014/05/introduction-to-ratios/"
MC = "mathcentral.uregina.ca"
MC_ALISSA = "http://mathcentral.uregina.ca/QQ/database/QQ.09.07/h/alissa2.html"
SHM = "www.shmoop.com"
SHM_7RP1 = "http://www.shmoop.com/common-core-standards/ccss-7-rp-1.html"
GDOC = "docs.google.com"
GDOC_RP = (
    "https://docs.google.com/document/d/e/2PACX-1vRaaHpUQQ_u1LL4BFO_hmOjr8L30IzcZsk0xFQsWJx"
    "JMYSo-LrV5tXKHjbULNj_wY6HYPiEAKOD_NHK/pub"
)
TSR = "www.thestudentroom.co.uk"
TSR_4335620 = "https://www.thestudentroom.co.uk/showthread.php?t=4335620"
TV = "www.teachervision.com"
TV_4428 = "https://www.teachervision.com/fractions/resource/4428.html"
BIN = "binogi.app"
BIN_MAH099 = "https://binogi.app/lesson/MAH099?grade=948&country=US"
BP = "forums.babypips.com"
BP_492698 = (
    "https://forums.babypips.com/t/help-with-a-simple-currency-exchange-formula-equation-please/"
    "492698"
)
WIKI = "en.wikiversity.org"
WIKI_PROP = "http://en.wikiversity.org/wiki/Primary_mathematics/Proportions"
SHG = "singinghedgehog.co.uk"
SHG_RAT2 = "http://singinghedgehog.co.uk/SHG/SHGMIrat2.htm"
CUE = "www.cuemath.com"
CUE_34 = (
    "https://www.cuemath.com/questions/the-ratio-of-3-to-4-and-the-ratio-of-4-to-3-the-same-number/"
)
GS = "gradestack.com"
GS_RATIO = "http://gradestack.com/SAT-Exam-Prep/Ratio-Proportion/Ratio/18695-3733-33093-study-wtw"
PRO = "www.proprofs.com"
PRO_CH4 = "https://www.proprofs.com/quiz-school/story.php?title=chapter-4-ratio-rate-proportion"

CASES = [
    # cimt MEP book 7 unit 19.3: a map scale's centimetre written in cm, m and km
    _c(
        CIMT,
        CIMT_19,
        gold=r"0.5 km",
        pred=r"50 000 cm",
        wrap=True,
        expected=True,
        why=r"'1 cm on the map represents an actual distance of 50 000 cm (or 500 m or 0.5 km)'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"0.5 km",
        pred=r"500 m",
        wrap=True,
        expected=True,
        why=r"'1 cm on the map represents an actual distance of 50 000 cm (or 500 m or 0.5 km)'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"1.5 km",
        pred=r"150000 cm",
        wrap=True,
        expected=True,
        why=r"'3 cm × 50000 = 150000 cm which is 1500 m or 1.5 km'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"1.5 km",
        pred=r"1500 m",
        wrap=True,
        expected=True,
        why=r"'3 cm × 50000 = 150000 cm which is 1500 m or 1.5 km'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"450000 cm",
        pred=r"4.5 km",
        wrap=True,
        expected=True,
        why=r"'4.5 km = 4500 m = 450000 cm'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"450000 cm",
        pred=r"4500 m",
        wrap=True,
        expected=True,
        why=r"'4.5 km = 4500 m = 450000 cm'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"0.25 km",
        pred=r"25000 cm",
        wrap=True,
        expected=True,
        why=r"scale 1:25000: '1 cm on the map is 25000 cm in real life, which is 250 m or 0.25 km'",
    ),
    _c(
        CIMT,
        CIMT_19,
        gold=r"0.25 km",
        pred=r"250 m",
        wrap=True,
        expected=True,
        why=r"scale 1:25000: '1 cm on the map is 25000 cm in real life, which is 250 m or 0.25 km'",
    ),
    # outdoorleaderonline chapter 4.2: the same centimetre of a 1:50 000 map
    _c(
        OLO,
        OLO_42,
        gold=r"500 m",
        pred=r"50 000 cm",
        wrap=True,
        expected=True,
        why=r"'one centimetre on the map would equal 50 000 cm (or 500 m) on the ground'",
    ),
    # slideserve 'Scales' (burke-ashley): 2 cm on a 1:50000 map; a scale as fraction and ratio
    _c(
        SLS,
        SLS_SC,
        gold=r"1km",
        pred=r"100000cm",
        wrap=True,
        expected=True,
        why=r"'2 x 50000cm 100000cm, which is 1000m or 1km'",
    ),
    _c(
        SLS,
        SLS_SC,
        gold=r"1km",
        pred=r"1000m",
        wrap=True,
        expected=True,
        why=r"'2 x 50000cm 100000cm, which is 1000m or 1km'",
    ),
    _c(
        SLS,
        SLS_SC,
        gold=r"1:50000",
        pred=r"1/50000",
        wrap=True,
        expected=True,
        why=r"'Expressing a scale ... As a representative fraction E.g. 1/50000 ... As a ratio E.g. 1:50000'",
    ),
    # jimmymaths common map scale questions: what 1 : 20 000 means
    _c(
        JIM,
        JIM_MS,
        gold=r"0.2 km",
        pred=r"20 000 cm",
        wrap=True,
        expected=True,
        why=r"'1 cm on the map = 20 000 cm on the ground = 0.2 km on the ground'",
    ),
    # jimmymaths map scale solutions (proxied scribd 700284194): Q1(c), the scale of a new map
    _c(
        PTOP,
        PTOP_700,
        gold=r"1: 1 400 000",
        pred=r"1 cm : 14 km",
        wrap=True,
        expected=True,
        why=r"Q1(c) 'Scale = 4 cm : 56 km = 1 cm : 14 km = 1: 1 400 000'",
    ),
    # tuitionkenneth O-level map scales: 500 000 cm is 5 km
    _c(
        TK,
        TK_MS,
        gold=r"5 \text{ km}",
        pred=r"500 \phantom{.} 000 \text{ cm}",
        wrap=True,
        expected=True,
        why=r"'Since $500 \phantom{.} 000 \text{ cm} = 5 \text{ km}$, we can also say: 1 cm = 5 km'",
    ),
    # math.techqa.club 1542674: a scale of 1 cm to 5 km as a representative fraction
    _c(
        TQ,
        TQ_1542674,
        gold=r"1:500000",
        pred=r"1\mathrm{cm}:5\mathrm{km}",
        wrap=True,
        expected=True,
        why=r"answer: 'the ratio $1\mathrm{cm}:5\mathrm{km}=1\mathrm{cm}:500000\mathrm{cm}=1:500000$'",
    ),
    _c(
        TQ,
        TQ_1542674,
        gold=r"1:500000",
        pred=r"1\mathrm{cm}:500000\mathrm{cm}",
        wrap=True,
        expected=True,
        why=r"answer: 'the ratio $1\mathrm{cm}:5\mathrm{km}=1\mathrm{cm}:500000\mathrm{cm}=1:500000$'",
    ),
    # sarthaks 2829540: the scale equivalent to 1 inch = 50 ft (the other options refused)
    _c(
        SAR,
        SAR_2829540,
        gold=r"1 cm = 6 m",
        pred=r"1 inch = 50 ft",
        wrap=True,
        expected=True,
        why=r"'1 inch = 50 ft ... R.F = 1/600'; '1 cm = 6 m than R.F = 1/600' ('Correct Answer - Option 3')",
    ),
    _c(
        SAR,
        SAR_2829540,
        gold=r"1 cm = 6 m",
        pred=r"\frac {1}{600}",
        wrap=True,
        expected=True,
        why=r"'1 cm = 6 m than R.F = 1/(6 × 100) = 1/600'; 'So, answer is 1 cm = 6 m'",
    ),
    _c(
        SAR,
        SAR_2829540,
        gold=r"1 cm = 6 m",
        pred=r"1 cm = 12 m",
        wrap=True,
        expected=False,
        why=r"options '1. 1 cm = 12 m ... 3. 1 cm = 6 m'; 'Correct Answer - Option 3 : 1 cm = 6 m'",
    ),
    _c(
        SAR,
        SAR_2829540,
        gold=r"1 cm = 6 m",
        pred=r"1 cm = 10 m",
        wrap=True,
        expected=False,
        why=r"options '2. 1 cm = 10 m ... 3. 1 cm = 6 m'; 'Correct Answer - Option 3 : 1 cm = 6 m'",
    ),
    _c(
        SAR,
        SAR_2829540,
        gold=r"1 cm = 6 m",
        pred=r"1 cm = 5 m",
        wrap=True,
        expected=False,
        why=r"options '3. 1 cm = 6 m 4. 1 cm = 5 m'; 'Correct Answer - Option 3 : 1 cm = 6 m'",
    ),
    # edplace KS2 year 6 worksheet 4518: scales as ratios and as 'cm to m'
    _c(
        EDP,
        EDP_4518,
        gold=r"1:100",
        pred=r"1 cm:1 m",
        wrap=True,
        expected=True,
        why=r"'A ratio of 1:100 ... This could also be written as 1 cm:1 m or 1 cm to 1 m.'",
    ),
    _c(
        EDP,
        EDP_4518,
        gold=r"1:100",
        pred=r"1 cm to 1 m",
        wrap=True,
        expected=True,
        why=r"'A ratio of 1:100 ... This could also be written as 1 cm:1 m or 1 cm to 1 m.'",
    ),
    _c(
        EDP,
        EDP_4518,
        gold=r"1:500",
        pred=r"1 cm to 5 m",
        wrap=True,
        expected=True,
        why=r"'a scale of 1 cm to 5 m could also be written as 1:500'",
    ),
    _c(
        EDP,
        EDP_4518,
        gold=r"1:500",
        pred=r"1 cm to 500 cm",
        wrap=True,
        expected=True,
        why=r"Example 2: 'So the ratio is 1 cm to 5 m. This is 1 cm to 500 cm or 1:500.'",
    ),
    # kullabs note 2447: write the scale 1 cm to 1 m in ratio form
    _c(
        KUL,
        KUL_2447,
        gold=r"1 : 100",
        pred=r"1cm : 1m",
        wrap=True,
        expected=True,
        why=r"Example 1: '1cm to 1m = 1cm : 1m = 1cm : 100cm = 1 : 100'",
    ),
    _c(
        KUL,
        KUL_2447,
        gold=r"1 : 100",
        pred=r"1cm : 100cm",
        wrap=True,
        expected=True,
        why=r"Example 1: '1cm to 1m = 1cm : 1m = 1cm : 100cm = 1 : 100'",
    ),
    # mathhelpforum 283176: an option written with dots as thousands separators
    _c(
        MHF,
        MHF_283176,
        gold=r"1 : 210,000",
        pred=r"1 : 210.000",
        wrap=True,
        expected=True,
        why=r"'d. 1 : 210.000' restated 'd. 1 : 210,000' ('dots represents decimals in international notation'); Debsta: 'Correct!'",
    ),
]

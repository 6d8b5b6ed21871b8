r"""An eighty-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": customary
and metric measurement conversions of grades 3-8 -- cups, pints, quarts, gallons; inches, feet,
yards, miles; ounces, pounds, tons; mixed measures ("6 feet 3 inches", "3 gallons and 4 cups", "1
gal 2 qt", "4 pounds 25 ounces") against a single unit, decimal feet against feet and inches rounded
to an eighth or a sixteenth of an inch, and metric against customary where the page rounds or uses
an approximate factor -- where an answer key, a worked key, a quiz's feedback, a teacher's page or a
Q&A answer settles which forms are the same quantity and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh88_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same quantity, or a form the page
refuses or shows to be a different quantity) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. Every pred is a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. No case was picked by how a judge handles it. Do not
tune the judge on these cases. Continued in bench/equiv_fresh88_a2.py and bench/equiv_fresh88_a3.py
(same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them (the page's abbreviations and
spacing: "1 ft, 4 3/4 in", "16ft 10 5/8in", "16 ft. 9 in.", "6 870 g" with its space as thousands
separator, "165cm" and "8km" without a space, the straight primes of "6' 3"" and "29"", the curly
quotes of "2’ 10 3/4 “" and "0.3’", the "½" of "4 feet 3 ½ inches", "17 gallon" in the singular).
Where a page states an equality "A = B" for a conversion exercise, the gold is the quantity the
exercise asks for (its answer) and the pred the other side, which the page states is equal; where a
page writes "A or B" for one answer (DynaMath's "29 inches or 29""), the first form is the gold.
Where the page's answer is a choice or a statement it marks wrong (POB's choices A-C, BrainGenie's
"4 pints = 1 quart" and "1 gallon = 2 quarts", NASA's "84 ounces = 7 pounds", cikguanis80's lines
marked "(wrong ...)", the sketchup wiki's "some students will say the answer is 5 inches"), the
refused quantity is a False pred against the value the page gives. In intellectualmath's "circle the
one that is not equal to the others" sets, the two equal members are a True pair and the odd member
a False pred against them. evulpo's inline math ($5$ foot $6$ inches, $\underline{165cm}$,
$\underline{ 5 \ miles \approx 8km}$) is copied without the $ delimiters, the underline and the
spacing commands. Readings, each noted in ``why``: POB's "1.40 ft" is True against its answer "1 ft,
4 3/4 in" because the question asks for the length "to the nearest eighth of an inch"; the sketchup
wiki's rounded answers are True against the decimal feet under its stated rounding (to the nearest
16th, 8th or 4th of an inch); evulpo's and OpenLearn's metric-imperial pairs use the page's
approximate factors (1 foot ≈ 30cm, 1 inch ≈ 2.5cm, 1 mile ≈ 1.6km; a label's 4 pints = 2.272
litres); study.com's 5.167 and 0.167 feet and City Skills' 0.14 miles and 5.49 metres are the pages'
rounded values; the Open Up Resources letter's "1 kilogram is heavier than 1 pound" is read as a
False pair; education.com's "4 pounds 25 ounces" and "15 ft. 21 in." are unsimplified forms the page
sets equal to its simplified answers; intellectualmath's capacity Problem 3 reaches the right "3
gallons and 4 cups" through a misprinted step ("= 3 x 48 + 4"), and only its stated answer is used.

Sources (domain, URL, what is settled, cases; all "web page, no licence file"):

- dynamath-aem64-stage.scholastic.com "issues/2021-22/050122/The-Case-of-the-Field-Day-Flop.html"
  (Scholastic DynaMath skill box: "So 2 feet 5 inches = 29 inches or 29"", "So 75 inches = 6 feet 3
  inches or 6' 3""). 4 cases.
- www.mometrix.com "academy/finding-feet-and-inches-in-meters/" (a height of 5 feet, 9 inches: "The
  patient is 69 inches in height", "175.26 centimeters", "equal to 1.7526 meters"). 3 cases.
- www.grc.nasa.gov "WWW/K-12/p_test/math_9/math_p_q18_a.html" (quiz feedback checking each
  conversion: "Therefore there are 96 cups in 6 gallons", "2 miles times 5280 feet is equal to
  10,560 feet", "84 ounces divided by 16 equals 5.25 pounds. Therefore the conversation of 84 ounces
  = 7 pounds is incorrect."). 6 cases (2 False).
- ccssmathanswers.com "mcgraw-hill-my-math-grade-5-chapter-11-lesson-2-answer-key/" ("42 inches = 3
  feet 6 inches", "d(ft) = 3.5", "so, 4 feet = 48 inches"). 3 cases.
- www.worksheetsbuddy.com "which-of-the-following-measurements/" (which are less than 5 feet: "5
  feet = 5 * 12 = 60 inches", "1 yd 2 ft is equal to 5 ft", 56 inches and 1 yd are less). 4 cases (2
  False).
- www.open.edu OpenLearn "Succeed with maths - Part 2" view.php?id=19184&section=3.2 ("it contains 4
  pints or 2.272 litres"; 1 litre equals 1.76 pints). 2 cases.
- im.openupresources.org "6/families/3.html" (IM grade 6 family letter: "11 pounds is 5 kilograms",
  "99 pounds is 45 kilograms", "1 kilogram is heavier than 1 pound"). 3 cases (1 False).

Sources of bench/equiv_fresh88_a2.py:

- evulpo.com "en/uk/dashboard/lesson/uk-m-ks2-05measurement-12metric-and-imperial-equivalences" (5
  foot 6 inches is approximately 165cm; 5 miles ≈ 8km). 2 cases.
- www.pobonline.com "articles/print/94111-answers-november-9" (Problem of the Week: 1.40 ft to the
  nearest eighth of an inch, choices "A. 1 ft, 3 1/8 in" ... "D. 1 ft, 4 3/4 in", "The answer is
  D."). 4 cases (3 False).
- mathforum.org "library/drmath/view/58323.html" (Ask Dr. Math, "Inches and Feet in Decimal Form":
  "6/12 or 1/2 foot", "16 ft + (6 inches/12 inches) = 16.5 feet", "10 and 5/8 inches is .88541667
  feet", "grand total: 16.88541667 feet"). 4 cases.
- www.intellectualmath.com "comparing-customary-units-of-length.html" (circle the one not equal: "48
  inches, 4 feet, 2 yards" -> "48 inches, 48 inches, 72 inches" ...; "28 inches is longer" than 2
  feet = 24 inches). 12 cases (6 False).
- www.intellectualmath.com "customary-units-of-capacity.html" ("= 3 gallons and 4 cups", "= 22
  gallons 2 qt", "= 576 pints" ...). 8 cases.

Sources of bench/equiv_fresh88_a3.py:

- braingenie.ck12.org "skills/102786/learn" ("Which of the following conversions is correct? 2
  gallons = 16 pints / 4 pints = 1 quart / 1 gallon = 2 quarts / Remember that 1 gallon = 4 quarts =
  8 pints. So the answer is the first one."). 5 cases (2 False).
- braingenie.ck12.org "skills/102845/learn" ("6 qt = (1 × 4 + 2) qt = 1 gal 2 qt"). 1 case.
- cikguanis80.blogspot.com "2011/12" (a Malaysian teacher's "frequently made mistakes": "76.8 m - 51
  cm = 25.8 m (wrong ...)" / "76.29 m (correct )", "6 912 km ( wrong ...)" / "6.912 km", "687 g
  (wrong because 1 kg is not equal to 100 g)" / "6 870 g", "1 833 l (wrong ...)" / "14.82 l"). 5
  cases (4 False).
- sketchup-math.wikispaces.com "Unit+Conversions" (decimal feet to feet and inches to the nearest
  16th, 4th or 8th of an inch: "ANSWER: 4 feet 3 ½ inches", "Answer: 2’ 10 3/4 “", "Answer: 3 5/8
  inches"; 0.5 feet is 6 inches, "some students will say the answer is 5 inches"). 6 cases (1
  False).
- study.com "academy/lesson/5-feet-2-inches-in-meters-how-to-steps.html" ("= 0.167 feet", "5 + 0.167
  = 5.167 feet"). 2 cases.
- www.education.com "reference/article/measurement/?page=3" ("4 pounds 25 ounces = 4 pounds + 1
  pound 9 ounces = 5 pounds 9 ounces", "15 ft. 21 in. = 15 ft. + 1 ft. 9 in. = 16 ft. 9 in."). 2
  cases.
- city-skills.com "quizzes/length/" ("36 ÷ 3 = 12 yards", "this is 0.14 miles", "90 inches", "6
  yards ≈ ... = 5.49 metres, to 2 decimal places"). 4 cases.

80 cases in all (21 False): 25 here (5 False), 30 in bench/equiv_fresh88_a2.py (9 False), 25 in
bench/equiv_fresh88_a3.py (7 False).

Left out, by rule: refusals that are only about notation when the value is the same (cikguanis80's
"15 kg 781 g X 6 = 90 kg 4 686 g ( wrong because 4 686 g is not converted to kg)" against "94 kg 686
g"); cikguanis80's "9.8 L + 17.4 L + 239.76 L = 1 317.476 L" (a decimal-alignment slip, not a
conversion, whose correct sum "266 . 96 L" keeps the text conversion's spaces); NASA's "9 days = 216
hours" (a time conversion, outside this topic); intellectualmath's length Problem 2, whose working
is wrong ("112 inches equals to 112 × 12 = 1344 feet"), and its capacity Problem 9, whose answer is
cut off in the stored text; City Skills' "8 km ≈ 8 x 0.621 miles = 4.968 m", cut off after the "m";
the Open Up Resources letter's "26.4" for 12 kilograms (a bare number) and its pounds/kilograms
table (cells without units); Dr. Math's asker's own "6 inches equal 0.50 feet" (the asker's, not the
answer's); quotient-with-remainder steps ("6 R 3 = 6 feet 3 inches", "6 ÷ 4 = 1 r 2") and the
intermediate, unrounded lengths of the sketchup wiki ("4 feet + 3.528 inches"); the pages' "Check:"
lines.

Examined and not used: pages claimed in fresh88 but left out to keep the set near the brief's size
(their cases are single-unit "given = answer" conversions like those kept): ccssmathanswers McGraw-
Hill grade 4 ch. 11 lesson 2, mathexpressionsanswerkey grade 5 unit 8 lesson 4, homework.cpm.org
cc1mn 11-14, the O'Reilly "Fundamentals of Technical Mathematics" 5.1 answers, opentextbc
intermediate algebra answer key 1.6, cnx m35025, education.com "pre-algebra-help-measures-weight"
and library.thinkquest.org J002567F. Pages used by earlier sets or claimed in earlier rounds (ehow
video 4738973's "2.5 feet is 2 feet 6 inches", dositey, studyzone, codinginacoffeeshop,
gomathanswerkey, math.answers.com, qammunity, socratic, the gradesaver textbooks, the ck12 books,
khanacademy, mathscore). mathmistakes.org "converting-units" (the problem the student answered is
not in the stored text); elevenplusexams.co.uk topic 26794 (the 5 feet 9 inches door, whose key is
disputed in the thread: 1.7526 m rounds to 1.8 m, the KS2 factor gives 1.7 m); gradesaver Thinking
Mathematically 9.2 check 10 ("The original statement is false", the statement not stored); socratic
595a139d7c014916c1930e2e (answers in AsciiMath markup); varsitytutors HiSET units (the numbers were
lost in the text conversion); kwiznet, glencoe quizzes and bookunitsteacher (keys not stored);
spotidoc 155786 and paperzz 9267528, 9316562 (questions only); generated or AI pages on conversions
(betsofa, winenfood, jasoncote, pixelation, eatsip365, kalali, plugunplug, thesirmon, firephp,
quickconverts, fulktheast, public-textbooks.pages.dev, pengi.ai, openknowledgegraph,
askanewquestion, cramx, smartsolve, gauthmath, edu.com, solveeit, x-mathai, sorumatik and the like)
and vedantu question pages.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DYN = "dynamath-aem64-stage.scholastic.com"
DYN_URL = "https://dynamath-aem64-stage.scholastic.com/issues/2021-22/050122/The-Case-of-the-Field-Day-Flop.html"
MOM = "www.mometrix.com"
MOM_URL = "https://www.mometrix.com/academy/finding-feet-and-inches-in-meters/"
NASA = "www.grc.nasa.gov"
NASA_URL = "https://www.grc.nasa.gov/WWW/K-12/p_test/math_9/math_p_q18_a.html"
MH5 = "ccssmathanswers.com"
MH5_URL = "https://ccssmathanswers.com/mcgraw-hill-my-math-grade-5-chapter-11-lesson-2-answer-key/"
WSB = "www.worksheetsbuddy.com"
WSB_URL = "https://www.worksheetsbuddy.com/which-of-the-following-measurements/"
OU = "www.open.edu"
OU_URL = "https://www.open.edu/openlearn/ocw/mod/oucontent/view.php?id=19184&section=3.2"
IMF = "im.openupresources.org"
IMF_URL = "http://im.openupresources.org/6/families/3.html"
# sources of bench/equiv_fresh88_a2.py and bench/equiv_fresh88_a3.py
EVU = "evulpo.com"
EVU_URL = "https://evulpo.com/en/uk/dashboard/lesson/uk-m-ks2-05measurement-12metric-and-imperial-equivalences"
POB = "www.pobonline.com"
POB_URL = "http://www.pobonline.com/articles/print/94111-answers-november-9"
DRM = "mathforum.org"
DRM_URL = "http://mathforum.org/library/drmath/view/58323.html"
IMC = "www.intellectualmath.com"
IMC_URL = "https://www.intellectualmath.com/comparing-customary-units-of-length.html"
IMCAP = IMC
IMCAP_URL = "https://www.intellectualmath.com/customary-units-of-capacity.html"
BG1 = "braingenie.ck12.org"
BG1_URL = "https://braingenie.ck12.org/skills/102786/learn"
BG2 = BG1
BG2_URL = "https://braingenie.ck12.org/skills/102845/learn"
CIK = "cikguanis80.blogspot.com"
CIK_URL = "https://cikguanis80.blogspot.com/2011/12"
SKU = "sketchup-math.wikispaces.com"
SKU_URL = "https://sketchup-math.wikispaces.com/Unit+Conversions?responseToken=0117efba2aa7bc9ab94ab8c1a4ed493b"
STU = "study.com"
STU_URL = "https://study.com/academy/lesson/5-feet-2-inches-in-meters-how-to-steps.html"
EDM = "www.education.com"
EDM_URL = "http://www.education.com/reference/article/measurement/?page=3"
CSK = "city-skills.com"
CSK_URL = "https://city-skills.com/quizzes/length/"

CASES = [
    # DynaMath 'The Case of the Field Day Flop': feet and inches worked examples
    _c(
        DYN,
        DYN_URL,
        gold=r"29 inches",
        pred=r"2 feet 5 inches",
        wrap=True,
        expected=True,
        why="Example 1: 'So 2 feet 5 inches = 29 inches or 29\"'",
    ),
    _c(
        DYN,
        DYN_URL,
        gold=r"29 inches",
        pred=r'29"',
        wrap=True,
        expected=True,
        why="Example 1: 'So 2 feet 5 inches = 29 inches or 29\"'",
    ),
    _c(
        DYN,
        DYN_URL,
        gold=r"6 feet 3 inches",
        pred=r"75 inches",
        wrap=True,
        expected=True,
        why="Example 2: 'So 75 inches = 6 feet 3 inches or 6' 3\"'",
    ),
    _c(
        DYN,
        DYN_URL,
        gold=r"6 feet 3 inches",
        pred="6' 3\"",
        wrap=True,
        expected=True,
        why="Example 2: 'So 75 inches = 6 feet 3 inches or 6' 3\"'",
    ),
    # Mometrix 'Finding Feet and Inches in Meters': a height of 5 feet, 9 inches in meters
    _c(
        MOM,
        MOM_URL,
        gold=r"1.7526 meters",
        pred=r"175.26 centimeters",
        wrap=True,
        expected=True,
        why="'that gives us 175.26 centimeters' ... 'This is going to be equal to 1.7526 meters.'",
    ),
    _c(
        MOM,
        MOM_URL,
        gold=r"1.7526 meters",
        pred=r"69 inches",
        wrap=True,
        expected=True,
        why="'The patient is 69 inches in height' ... 'equal to 1.7526 meters'",
    ),
    _c(
        MOM,
        MOM_URL,
        gold=r"69 inches",
        pred=r"5 feet and 9 inches",
        wrap=True,
        expected=True,
        why="'take 5 feet and 9 inches. That is equivalent to 5 times 12 ... plus 9' = 69",
    ),
    # NASA Glenn K-12 quiz feedback 'Sorry / This answer is incorrect': each conversion checked
    _c(
        NASA,
        NASA_URL,
        gold=r"6 gallons",
        pred=r"96 cups",
        wrap=True,
        expected=True,
        why="'96 cups = 6 gallons' ... 'Therefore there are 96 cups in 6 gallons.'",
    ),
    _c(
        NASA,
        NASA_URL,
        gold=r"10,560 feet",
        pred=r"2 miles",
        wrap=True,
        expected=True,
        why="'2 miles = 10,560 feet' ... '2 miles times 5280 feet is equal to 10,560 feet'",
    ),
    _c(
        NASA,
        NASA_URL,
        gold=r"5.25 pounds",
        pred=r"84 ounces",
        wrap=True,
        expected=True,
        why="'84 ounces divided by 16 equals 5.25 pounds'",
    ),
    _c(
        NASA,
        NASA_URL,
        gold=r"5.25 pounds",
        pred=r"7 pounds",
        wrap=True,
        expected=False,
        why="'84 ounces divided by 16 equals 5.25 pounds. Therefore the conversation of 84 ounces = 7 pounds is incorrect.'",
    ),
    _c(
        NASA,
        NASA_URL,
        gold=r"112 ounces",
        pred=r"7 pounds",
        wrap=True,
        expected=True,
        why="'7 pounds times 16 ounces is 112 ounces'",
    ),
    _c(
        NASA,
        NASA_URL,
        gold=r"7 pounds",
        pred=r"84 ounces",
        wrap=True,
        expected=False,
        why="'the conversation of 84 ounces = 7 pounds is incorrect'",
    ),
    # ccssmathanswers, McGraw-Hill My Math grade 5 ch. 11 lesson 2 (customary length)
    _c(
        MH5,
        MH5_URL,
        gold=r"3 feet 6 inches",
        pred=r"42 inches",
        wrap=True,
        expected=True,
        why="Example 2: '42 inches = 3 feet 6 inches.'",
    ),
    _c(
        MH5,
        MH5_URL,
        gold=r"3 feet 6 inches",
        pred=r"3.5 feet",
        wrap=True,
        expected=True,
        why="'d(ft) = 3.5'; '42 inches is equal to ___ feet ___ inches, or ___ feet or 3.5 feet'",
    ),
    _c(
        MH5,
        MH5_URL,
        gold=r"48 inches",
        pred=r"4 feet",
        wrap=True,
        expected=True,
        why="Example 1: 'so, 4 feet = 48 inches.'",
    ),
    # worksheetsbuddy: 'Which of the following measurements are less than 5 feet?'
    _c(
        WSB,
        WSB_URL,
        gold=r"5 feet",
        pred=r"60 inches",
        wrap=True,
        expected=True,
        why="'So, 5 feet = 5 * 12 = 60 inches.'",
    ),
    _c(
        WSB,
        WSB_URL,
        gold=r"5 feet",
        pred=r"1 yard 2 feet",
        wrap=True,
        expected=True,
        why="'However, C doesn’t work because 1 yd 2 ft is equal to 5 ft.'",
    ),
    _c(
        WSB,
        WSB_URL,
        gold=r"5 feet",
        pred=r"56 inches",
        wrap=True,
        expected=False,
        why="'A says 56 inches, which is less than 60, so that can work.'",
    ),
    _c(
        WSB,
        WSB_URL,
        gold=r"5 feet",
        pred=r"1 yard",
        wrap=True,
        expected=False,
        why="'B works because it says 1 yd, which is clearly less than 1 yd + 2 ft.'",
    ),
    # OpenLearn 'Succeed with maths - Part 2' 3.2, pints and litres
    _c(
        OU,
        OU_URL,
        gold=r"2.272 litres",
        pred=r"4 pints",
        wrap=True,
        expected=True,
        why="'A milk bottle label states that it contains 4 pints or 2.272 litres.'",
    ),
    _c(
        OU,
        OU_URL,
        gold=r"1.76 pints",
        pred=r"1 litre",
        wrap=True,
        expected=True,
        why="'one litre equals four division 2.272 pints' / '... litre equals 1.76 pints'",
    ),
    # Open Up Resources IM grade 6 unit 3 family letter: pounds and kilograms
    _c(
        IMF,
        IMF_URL,
        gold=r"45 kilograms",
        pred=r"99 pounds",
        wrap=True,
        expected=True,
        why="'Multiplying each of these by 9 shows that 99 pounds is 45 kilograms.'",
    ),
    _c(
        IMF,
        IMF_URL,
        gold=r"5 kilograms",
        pred=r"11 pounds",
        wrap=True,
        expected=True,
        why="'Using the table, we can reason that 11 pounds is 5 kilograms.'",
    ),
    _c(
        IMF,
        IMF_URL,
        gold=r"1 kilogram",
        pred=r"1 pound",
        wrap=True,
        expected=False,
        why="'1 kilogram is heavier than 1 pound.'",
    ),
]

r"""A sixty-fourth fresh set of answer-equivalence cases (evaluation only; helper "c": grade-school
and middle-school measurement answers -- mixed metric measures (kg g, l ml), durations in hours,
minutes and seconds, clock times in 12-hour, 24-hour and spoken form, customary lengths and
capacities, square and cubic units, money in dollars, cents and pence -- where a lesson's worked
conversions, an answer key, a mark scheme or its examiners' notes, or a writer's correction
settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and in /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh64_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh64_c2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them (spacing such as "2kg 250 g",
"7500g", "2 hrs 40 min", "4.45 pm", "\$5.00" with its backslash, "m^{2}" for a superscript, "¢"
and "£" kept). Where a conversion is written "given = answer" (brainkart, math-only-math,
educationwithfun, sunshinemaths, the open.edu book, examsuccess, tutorialspoint, icoachmath,
glencoe), the gold is the form the exercise asks for and the pred the given quantity, which the
page states is equal. Where a key lists forms joined by "or", the first is the gold. Readings,
each noted in ``why``: in the slideplayer mark scheme "(£) 0.70 (p)" the bracketed unit is
optional, and the gold is written "£0.70"; the open.edu answer "4.45 pm, or quarter to 5 in the
afternoon" gives both forms of 16:45 hrs.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.brainkart.com "article/Conversion-in-Weight_44547" (a textbook lesson: "2kg 250 g =
  2250g", "15 kg 30 g = 15030g", "5 kg 400g = ... 5400 g", "7500g = ... 7 kg 500g", "4250 g =
  ... 4 kg 250g", "7350gram = ... 7kg 350 g"). 6 cases.
- www.math-only-math.com "conversion-of-measuring-capacity.html" ("1 l 200 ml = ... 1200 ml",
  "2 l 700 ml", "5 l 400 ml", "11 l 046 ml = ... 11046 ml", "15 l 1 ml = ... 15001 ml"). 5 cases.
- educationwithfun.com course 19 section 37 ("Time - Conversion": "2 hrs 40 min = ... 160
  minutes", "180 min = ... 3 hours", "5 min 37 sec = ... 337 seconds", "240 seconds = ... 4
  minutes", "5 days 10 hrs = ... 130 hours"). 5 cases.
- www.sunshinemaths.com "measurement-of-time/time-conversions" ("3 hours and 15 minutes ... = 195
  minutes", "3 minutes = ... 180 seconds", "20 past 5 in the morning = 5:20 am", "Quarter to 6 am
  = 5:45 am", "17:36 = 36 past 5 pm"). 5 cases.
- www.open.edu OpenLearn Create book 227479, chapter 36351 ("Building number confidence: Time",
  "5. Converting between 12-hour and 24-hour time": "8 am = 08:00", "3 pm = ... 15:00 hrs",
  "13:00 hrs = ... 1 pm", "22:07 hrs" for "7 minutes past 10 in the evening", 16:45 hrs is "4.45
  pm, or quarter to 5 in the afternoon"). 5 cases.
- www.examsuccess.com.au grade 9 entry course, checkpoint "11-time-and-duration" ("Solutions:
  14:30; 10:15; 7:45 p.m." for "2:30 p.m.", "10:15 a.m.", "19:45"; "70 minutes = 1 hour 10
  minutes"). 3 cases.

Sources of bench/equiv_fresh64_c2.py:

- arbs.nzcer.org.nz "resources/lukas-day" (NZCER Assessment Resource Banks, answers: "3, 12:20
  or 20 past 12", "2, 3:00 or 3 o'clock", "1, 9:00 or 9 o'clock"). 3 cases.
- www.ehow.com video 4738973 (transcript: "So 2.5 feet is 2 feet 6 inches"; "a lot of people
  want to make it 2 feet 5 inches; but it's not actually"). 2 cases (1 False).
- www.icoachmath.com "topics/4th/Converting-Units-within-the-Customary-System.html" (solved
  multiple-choice items: "So, 36 inches are 3 feet. Correct Answer is : 3 feet" against the
  choice "3.6 feet"; "So, 2652 feet are 884 yards"; "So, 83 yards equal 249 feet"). 4 cases
  (1 False).
- www.tutorialspoint.com "us_customary_units/..._two_step_conversion.htm" ("7 yd = ... = 252 in",
  "3 T = ... = 96000 oz"). 2 cases.
- glencoe.mcgraw-hill.com site 0078797845, self-check math activity 25 ("Converting Square
  Units": "2.5 × 144 = 360 sq. in.", "432 ÷ 144 = 3 sq. ft.", "5 × 9 = 45 sq. ft."). 3 cases.
- www.gcse.com "maths/measurement_area.htm" ("1 m^{2}. A very common mistake is to think that
  this is the same as 100 cm^{2}"). 1 case (False).
- www.mrsphysics.co.uk "blog/converting-between-metres-and-centimetres/" ("Many people
  incorrectly assume ... 100 cm^{2} in 1 m^{2} and 100 cm^{3} and 1 m^{3}"; "1 m ^{2} = 100 ×
  100 = 10 000 cm^{2}"; "1 m ^{3} = 100 × 100 × 100 = 1 000 000 cm^{3}"). 3 cases (1 False;
  its "100 cm^{2}" against "1 m^{2}" repeats the gcse.com pair and is not taken again).
- rightstartmath.com "12-square-inches-vs-12-inches-squared" ("Be sure to read 12 in² as
  'twelve square inches.' Avoid saying 'twelve inches squared,' which has an entirely different
  meaning."). 2 cases (1 False).
- slideplayer.com. slide 8010678 (Edexcel functional question with its mark scheme and "Common
  Mistakes – what did the examiners say?": "(a) (£) 0.70 (p) Or equivalent Accept 70 p", "(b)
  1000 g 1 kg", "(c) ... (£) 5"; "A significant number did not know that 1 kg = 1000 g and gave
  1.38 as the answer or 0.70 using Large Letter"). 4 cases (2 False).
- jeopardylabs.com "play/money-sheep" ("What's your profit? 50p or £0.50"; "You write '3 pounds
  and 5 pence' as £3.5. Is this correct? ... Not correct – it should be £3.05"). 2 cases
  (1 False).
- jodiverse.com "category/slap-on-the-wrist/" ("Do: $.50 ... Do: 50¢ ... Don't: $.50¢"; ".50¢
  ... indicates that it costs half a cent"). 3 cases (2 False).
- www.dailyping.com archive 2006/12/12 "dollars-and-cents" ("$0.50 ... 0.50¢, which means I
  should be able to walk into the place with a penny"; ".002¢ is different than $0.002").
  2 cases (2 False).
- dailyping.com archive 2009/07/30 "less-cents" ("If someone prints '50¢', I know they mean 50
  cents. ... if someone prints '$0.50', I know they still mean 50 cents"). 1 case.
- sailboatfamily.blogspot.com 2009/06 "no-cents" ("When I see something listed as 0.99¢ ... the
  item is less than one penny. ... 99¢ ... would be perfectly fine"). 1 case (False).
- myschoolhouse.com courses M/2/93 ("$0.75 = 75¢", "$0.35 = 35¢", "$2.55 is 2 dollars and 55
  cents") and M/3/56 ("A five dollar bill. \$5.00 500 cents.", "\$6.55 or 655 cents and \$14.87
  or 1,487 cents"). 6 cases.

68 cases in all (13 False): 29 here (none False), 39 in bench/equiv_fresh64_c2.py (13 False).

Left out, by rule: statements the page gets wrong (educationwithfun's "3 hrs 10 min" in seconds,
where "240 x 60 = 14400 seconds" is copied from the line above; ehow's "2.75 feet ... you'll get
8" inches, which is 9; math-only-math's sister page "conversion-of-standard-unit-of-capacity",
with its "9000 mℓ = 9 mℓ"; ask-math.com's "9 decal = 9 ÷ 10 = 0.9 l"; rightstartmath's "12 inches squared ... giving us 144 inches", which a
reply restates as 144 square inches; tutorialspoint's "28 qt = ... = 7 qt" for 28 cups); refusals
that are only about notation when the value is the same (jeopardylabs' "£3.7" and "2.6" for
£3.70 and £2.60; noa.freshdesk's "do not accept £3.4500" and "61.0 cannot be accepted for 60.9
rounded to a whole number"; 979kickfm's "¢25 cents"); sunshinemaths' examples 4 to 6 ("3 days
to hours = 3 x 24 + x 24", "2 hours to minutes ... = 150 minutes"), whose fractions were lost in
the stored text; icoachmath's fraction answers ("14 pound" for a quarter pound); answers with no
second form (examsuccess' "10:15", "9:35 p.m.", myschoolhouse's fill-in boxes left empty,
elevise.co.uk's area answers); the ARBS "lukas-day" common-error rows
(which error goes with which part cannot be told from the stored text); repeated pairs (979kickfm
and standupandspeakout.net repeat jodiverse's "50¢" against ".50¢" and dailyping's "$0.50"
against "0.50¢").

Examined and not used: gradesaver Basic College Mathematics (CLONE-547b8018, used before) and
krizteotuition (used before); the army quartermaster QM0115 answer pages on tpub.com (the course
was examined by an earlier set); maths-help.co.uk (examined by an earlier set); docest 224805
(used before); KS2 mark-scheme booklets on scribd, studylib, pdfcoffee, sats-papers.co.uk and
edufileshare (only the general guidance was stored); paperzz NNC Year 5 and Year 6 measures
papers (questions only); noa.freshdesk "interpreting the maths mark scheme" (its examples are
notation refusals, see above); arbs.nzcer "using-cubes" (a volume and its wrong values only);
quickconverts.org, 666how, candidatos.com.pe, thedopedimension, jasoncote.co, thesirmon.com,
greels.me, eatsip365, charitylook, pixelation.org, betsofa, oxcalculator, learnlyai, sorumatik,
mathix, krit.club, 7saudara, atlas.org, cal53.calculator.city and the like (generated or AI
pages); vedantu (its length page states "1000 ÷ 100 = 1 kilometres"); quizalize, kwiznet,
studyzone, educationquizzes, helpteaching (quizzes whose keys are not stored).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

BK = "www.brainkart.com"
BK_W = "https://www.brainkart.com/article/Conversion-in-Weight_44547/"
MOM = "www.math-only-math.com"
MOM_CAP = "https://www.math-only-math.com/conversion-of-measuring-capacity.html"
EWF = "educationwithfun.com"
EWF_T = "https://educationwithfun.com/course/view.php?id=19&section=37"
SUN = "www.sunshinemaths.com"
SUN_T = "http://www.sunshinemaths.com/topics/measurement/measurement-of-time/time-conversions/"
OLC = "www.open.edu"
OLC_T = "https://www.open.edu/openlearncreate/mod/book/view.php?chapterid=36351&id=227479"
EXS = "www.examsuccess.com.au"
EXS_T = (
    "https://www.examsuccess.com.au/courses/mathematics-maths-test-preparation-online-grade-9-"
    "entry-new-2025/checkpoints/11-time-and-duration"
)
# sources of bench/equiv_fresh64_c2.py
ARB = "arbs.nzcer.org.nz"
ARB_LD = "https://arbs.nzcer.org.nz/resources/lukas-day"
EHW = "www.ehow.com"
EHW_V = "http://www.ehow.com/video_4738973_convert-decimal-inches.html"
ICM = "www.icoachmath.com"
ICM_CU = "http://www.icoachmath.com/topics/4th/Converting-Units-within-the-Customary-System.html"
TPT = "www.tutorialspoint.com"
TPT_2S = (
    "https://www.tutorialspoint.com/us_customary_units/"
    "us_customary_unit_conversion_with_whole_number_two_step_conversion.htm"
)
GLN = "glencoe.mcgraw-hill.com"
GLN_SQ = (
    "http://glencoe.mcgraw-hill.com/sites/0078797845/student_view0/math_activities/"
    "self-check_math_activity_25.html"
)
GCS = "www.gcse.com"
GCS_A = "https://www.gcse.com/maths/measurement_area.htm"
MRS = "www.mrsphysics.co.uk"
MRS_C = "https://www.mrsphysics.co.uk/blog/converting-between-metres-and-centimetres/"
RSM = "rightstartmath.com"
RSM_SQ = "https://rightstartmath.com/12-square-inches-vs-12-inches-squared/"
SLP = "slideplayer.com"
SLP_FQ = "https://slideplayer.com./slide/8010678"
JPL = "jeopardylabs.com"
JPL_MS = "https://jeopardylabs.com/play/money-sheep"
JOD = "jodiverse.com"
JOD_SW = "http://jodiverse.com/category/slap-on-the-wrist/"
DP6 = "www.dailyping.com"
DP6_DC = "http://www.dailyping.com/archive/2006/12/12/dollars-and-cents/"
DP9 = "dailyping.com"
DP9_LC = "http://dailyping.com/archive/2009/07/30/less-cents"
SBF = "sailboatfamily.blogspot.com"
SBF_NC = "http://sailboatfamily.blogspot.com/2009/06/no-cents.html"
MSH = "myschoolhouse.com"
MSH_293 = "http://myschoolhouse.com/courses/M/2/93.asp"
MSH_356 = "http://myschoolhouse.com/courses/M/3/56.asp"

CASES = [
    # brainkart Conversion in Weight: kilograms and grams to grams, and back
    _c(
        BK,
        BK_W,
        gold=r"2250g",
        pred=r"2kg 250 g",
        wrap=True,
        expected=True,
        why="'Convert the following into grams. i. 2 kg 250g ... 2kg 250 g = 2250g'",
    ),
    _c(
        BK,
        BK_W,
        gold=r"15030g",
        pred=r"15 kg 30 g",
        wrap=True,
        expected=True,
        why="'ii. 15 kg 30 g ... 15 kg 30 g = 15030g'",
    ),
    _c(
        BK,
        BK_W,
        gold=r"5400 g",
        pred=r"5 kg 400g",
        wrap=True,
        expected=True,
        why="'Try this convert into gram ... 2. 5 kg 400g = 5×1000 + 400g = 5000 + 400g = 5400 g'",
    ),
    _c(
        BK,
        BK_W,
        gold=r"7 kg 500g",
        pred=r"7500g",
        wrap=True,
        expected=True,
        why="'Convert into kilograms i. 7500g ... = 7 kg 500g'",
    ),
    _c(
        BK,
        BK_W,
        gold=r"4 kg 250g",
        pred=r"4250 g",
        wrap=True,
        expected=True,
        why="'ii. 4250 g = 4250 ÷ 1000g = 4 kg 250g'",
    ),
    _c(
        BK,
        BK_W,
        gold=r"7kg 350 g",
        pred=r"7350gram",
        wrap=True,
        expected=True,
        why="'Convert into kilogram ... 2. 7350gram = 7350÷1000 = 7kg 350 g'",
    ),
    # math-only-math conversion of measuring capacity: liters and milliliters into milliliters
    _c(
        MOM,
        MOM_CAP,
        gold=r"1200 ml",
        pred=r"1 l 200 ml",
        wrap=True,
        expected=True,
        why="'(i) 1 l 200 ml = 1 × 1000 ml + 200 ml = 1000 ml + 200 ml = 1200 ml'",
    ),
    _c(
        MOM,
        MOM_CAP,
        gold=r"2700 ml",
        pred=r"2 l 700 ml",
        wrap=True,
        expected=True,
        why="'(ii) 2 l 700 ml = 2 × 1000 ml + 700 ml = 2000 ml + 700 ml = 2700 ml'",
    ),
    _c(
        MOM,
        MOM_CAP,
        gold=r"5400 ml",
        pred=r"5 l 400 ml",
        wrap=True,
        expected=True,
        why="'(iii) 5 l 400 ml = 5 × 1000 ml + 400 ml = 5000 ml + 400 ml = 5400 ml'",
    ),
    _c(
        MOM,
        MOM_CAP,
        gold=r"11046 ml",
        pred=r"11 l 046 ml",
        wrap=True,
        expected=True,
        why="'(v) 11 l 046 ml = 11 × 1000 ml + 046 ml = 11000 ml + 046 ml = 11046 ml'",
    ),
    _c(
        MOM,
        MOM_CAP,
        gold=r"15001 ml",
        pred=r"15 l 1 ml",
        wrap=True,
        expected=True,
        why="'(vi) 15 l 1 ml = 15 × 1000 ml + 1 ml = 15000 ml + 1 ml = 15001 ml'",
    ),
    # educationwithfun Time - Conversion: worked examples
    _c(
        EWF,
        EWF_T,
        gold=r"160 minutes",
        pred=r"2 hrs 40 min",
        wrap=True,
        expected=True,
        why="'Convert 2 hrs 40 min into minutes ... 2 hrs 40 min = 120 min + 40 min = 160 minutes'",
    ),
    _c(
        EWF,
        EWF_T,
        gold=r"3 hours",
        pred=r"180 min",
        wrap=True,
        expected=True,
        why="'Convert 180 minutes into hours ... 180 min = 180 ÷ 60 = 3 hours'",
    ),
    _c(
        EWF,
        EWF_T,
        gold=r"337 seconds",
        pred=r"5 min 37 sec",
        wrap=True,
        expected=True,
        why="'Convert 5 min 37 sec into seconds ... 5 min 37 sec = 300 sec + 37 sec = 337 seconds'",
    ),
    _c(
        EWF,
        EWF_T,
        gold=r"4 minutes",
        pred=r"240 seconds",
        wrap=True,
        expected=True,
        why="'Convert 240 seconds into minutes ... 240 seconds = 240 ÷ 60 = 4 minutes'",
    ),
    _c(
        EWF,
        EWF_T,
        gold=r"130 hours",
        pred=r"5 days 10 hrs",
        wrap=True,
        expected=True,
        why="'Convert 5 days 10 hrs into hours ... 5 days 10 hrs = 120 + 10 = 130 hours'",
    ),
    # sunshinemaths time conversions: units of time, and clock times in words and digits
    _c(
        SUN,
        SUN_T,
        gold=r"195 minutes",
        pred=r"3 hours and 15 minutes",
        wrap=True,
        expected=True,
        why="'Example 2: Convert 3 hours and 15 minutes to minutes = 3 x 60 + 15 = 180 + 15 = 195 minutes'",
    ),
    _c(
        SUN,
        SUN_T,
        gold=r"180 seconds",
        pred=r"3 minutes",
        wrap=True,
        expected=True,
        why="'Example 1: Convert 3 minutes to seconds 3 minutes = 3 x 60 seconds = 180 seconds'",
    ),
    _c(
        SUN,
        SUN_T,
        gold=r"5:20 am",
        pred=r"20 past 5 in the morning",
        wrap=True,
        expected=True,
        why="'20 past 5 in the morning = 5:20 am'",
    ),
    _c(
        SUN,
        SUN_T,
        gold=r"5:45 am",
        pred=r"Quarter to 6 am",
        wrap=True,
        expected=True,
        why="'Quarter to 6 am = 5:45 am'",
    ),
    _c(
        SUN,
        SUN_T,
        gold=r"36 past 5 pm",
        pred=r"17:36",
        wrap=True,
        expected=True,
        why="'17:36 = 36 past 5 pm (because 17 – 12 = 5 pm)'",
    ),
    # open.edu OpenLearn Create, Building number confidence: Time, 12-hour and 24-hour time
    _c(
        OLC,
        OLC_T,
        gold=r"08:00",
        pred=r"8 am",
        wrap=True,
        expected=True,
        why="'The first 12 hours are the same in both systems, just written differently: 8 am = 08:00'",
    ),
    _c(
        OLC,
        OLC_T,
        gold=r"15:00 hrs",
        pred=r"3 pm",
        wrap=True,
        expected=True,
        why="'Add 12 to afternoon (pm) hours: 3 pm = 3 +12 = 15:00 hrs'",
    ),
    _c(
        OLC,
        OLC_T,
        gold=r"1 pm",
        pred=r"13:00 hrs",
        wrap=True,
        expected=True,
        why="'Subtract 12 from hours greater than 12. 13:00 hrs = 13 – 12 = 1 pm'",
    ),
    _c(
        OLC,
        OLC_T,
        gold=r"22:07 hrs",
        pred=r"7 minutes past 10 in the evening",
        wrap=True,
        expected=True,
        why="'Using 24-hour time, how would you write 7 minutes past 10 in the evening? 22:07 hrs'",
    ),
    _c(
        OLC,
        OLC_T,
        gold=r"4.45 pm",
        pred=r"quarter to 5 in the afternoon",
        wrap=True,
        expected=True,
        why="'How would you say 16:45 hrs ...? ... the time is 4.45 pm, or quarter to 5 in the afternoon'",
    ),
    # examsuccess time and duration checkpoint: solutions to the conversion questions
    _c(
        EXS,
        EXS_T,
        gold=r"14:30",
        pred=r"2:30 p.m.",
        wrap=True,
        expected=True,
        why="'Convert 2:30 p.m. to 24-hour time. ... Solutions: 14:30; 10:15; 7:45 p.m.'",
    ),
    _c(
        EXS,
        EXS_T,
        gold=r"7:45 p.m.",
        pred=r"19:45",
        wrap=True,
        expected=True,
        why="'Convert 19:45 to 12-hour time. Solutions: 14:30; 10:15; 7:45 p.m.'",
    ),
    _c(
        EXS,
        EXS_T,
        gold=r"1 hour 10 minutes",
        pred=r"70 minutes",
        wrap=True,
        expected=True,
        why="'40 minutes + 30 minutes = 70 minutes = 1 hour 10 minutes'",
    ),
]

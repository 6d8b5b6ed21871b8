r"""A seventieth fresh set of answer-equivalence cases (evaluation only; helper "a": grade-school
and middle-school answers about fractions, mixed numbers, ratios, rates, percents, rounding and
estimation -- a percent written as a decimal and as a fraction, a mixed number as an improper
fraction or a division, a ratio with a colon, "to" or a fraction bar, equivalent unsimplified
ratios, a unit rate in words, a percent-off price as equivalent expressions, and a rounded value
or a misread fraction that is not the answer -- where an answer key, a teacher's test key or
lesson, a maths dictionary, a test maker's page, or a student's or parent's thread settles which
forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh70_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses or shows to be wrong; always a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh70_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, spacing kept ("2 : 3" on
mathebook but "3:4" a line later; "11cm" without a space, "12.6 cm" with one; "÷", "%" and "$"
kept). Markdown bold (``**0.16**``) and the inline-math delimiters \( \) of ccssanswers are
dropped and the LaTeX inside kept (``2\frac{5}{8}``); the techqa reply's $...$ likewise.
Multiple-choice letters in a student's corrections ("d/21:9", "a/3:7") are dropped. Where a key
gives "given = answer = answer" (gomathanswerkey "16% = 0.16 = 16/100 or 4/25") the decimal
answer is the gold and each other form, the given percent included, a True case; where a key
joins forms with "or" the first is the gold and each further form a True case, except that for
ccssanswers ("21 ÷ 8 or \(\frac{21}{8}\)") the fraction the exercise asks for is the gold and the
division form and the given mixed number are the preds. A ratio in unsimplified terms that a page
states equal ("24 : 40 = ... = 3 : 5", "Those are all equivalent") is a True case; a page that
only shows a simplification without saying the forms are equal gave none.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- gomathanswerkey.com "mcgraw-hill-math-grade-7-lesson-15-1-answer-key" (McGraw-Hill Math Grade 7
  lesson 15.1, "Convert to a decimal and a fraction": "7% = 0.07 = 7/100", "16% = 0.16 = 16/100
  or 4/25", "100% = 1.00 = 1/1", "25% = 0.25 = 25/100 or 1/4", "20% = 0.20 = 20/100 or 1/5",
  "44% = 0.44 = 44/100 or 11/25"). 12 cases.
- ccssanswers.com "spectrum-math-grade-5-chapter-4-lesson-3-answer-key" (Spectrum Math Grade 5
  lesson 4.3, "Change each mixed number to an improper fraction": "Improper fraction of
  2\(\frac{5}{8}\) is 21 ÷ 8 or \(\frac{21}{8}\)", likewise 3 1/4, 2 3/7, 3 3/4). 7 cases.
- mathebook.net "dict/rdict/ratio.htm" (a maths dictionary's "ratio" entry: "50 : 75, which
  simplifies ... to the ratio 2 : 3"; "12:16, which simplifies to 3:4"; "24 : 40 = 12 : 20 = 6 :
  10 = 3 : 5 = 9 : 15 = 45 : 75"). 7 cases.

Sources of bench/equiv_fresh70_a2.py:

- spmath87309.blogspot.com "2009_10_01_archive.html" (a grade 8 class blog's scribe posts:
  "peach to blue - 1:4, 1/4, 0.25, 25%"; "orange to green - 2:3, 4:6, 6:9 etc... Those are all
  equivalent"; a student's test corrections: "My answer was d/21:9. The actual answer was a/3:7",
  "My answer was d/27:39. The acutal answer was b/13:15", "My answer was a/11cm. The actual answer
  is b/12.6 cm."). 8 cases (3 False).
- www.enotes.com homework-help 46679 (12 boys, 16 girls: "The ratio of boys to girls is 12 to
  16, 12:16 or 12/16 (all different ways this can be written)"; "3/4. In other words, there are 3
  boys for every 4 girls"). 3 cases.
- betterlesson.com lesson 581405 (a teacher's grade 7 percent assessment key: "Any two of the
  three expressions ---> d - 0.32d; 0.68d; d(1-0.32)" and "x + 0.09x; 1.09x; x(1+0.09)"). 4 cases.
- www.ets.org GRE numeric-entry sample questions ("Equivalent decimals, such as $39.5 or $39.500,
  are considered correct. Thus the correct answer is $39.50"). 2 cases.
- education.ti.com Building Concepts "Introduction to Rates" (sample assessment: "(7/4) hours to
  mow one lawn or 1 and (3/4) hours per lawn"). 1 case.
- math.techqa.club 4481390 ("Is 1/3 the exact same as 0.3333333...?": "$0.333...$ with an
  infinite number of $3$ is equal to ... \frac{1}{3}"). 1 case.
- www.question.com 1548812 (a student on a school maths program: 6.9096 "to the nearest
  hundredth? ... My answer was 6.9. I was wrong."; reply: "6.9096 becomes 6.91"). 1 case (False).
- gmatclub.com "forum/rounding-16882.html" (the asker's "rounding 2.545 to tenth is 2.6"; reply:
  "2.545 will be rounded to 2.5 ... only a number 2.55 or greater can be rounded to 2.6"). 1 case
  (False).
- mathmistakes.org "fractions-are-really-small-things" (a reply: "8.3+7.7 Round to nearest whole
  number. Mistake: 8 + 7 = 15 Correct: 8+8=16"). 1 case (False).
- madmath.com 2016/12 "observed-belief-that-12-12" (students "believe that 1/2 = 1.2 (which is,
  of course, really between 1 and 2)"). 1 case (False).

49 cases in all (7 False): 26 here (0 False), 23 in bench/equiv_fresh70_a2.py (7 False).

Left out, by rule: forms whose fraction the text conversion stacked or lost (the Year 8 and KS2
mark-scheme excerpts on scribd and zanotowane, e.g. "3 1 15 / or equivalent e.g. , 0.375, 37.5%";
danemathics' "42 / 54 written in its simplest form"); ccssanswers' "4\(\frac{1}{1}\) ... 5 ÷ 1 or
\(\frac{5}{1}\)" (a misprinted exercise); gomathanswerkey lesson 15.1's "99% = 0.99 = 99/100" and
"1% = 0.01 = 1/100" (kept to a sample of the key's rows, the same pattern as those taken);
enotes' 12/16 against 3/4 (the question asks for simplest form and the page does not say whether
12/16 is accepted); the SAT grid-in rule "1.375 would be written 1.37
or 1.38" (a grid's truncation rule, not an equality) and GRE's general "You do not need to reduce
fractions" (no example pair); the techqa asker's finite "0.3333" (the replies speak only of the
infinite decimal); refusals that depend on a chosen grading rule (Pearson's "Accept fully-reduced
form" rows).

Examined and not used: help.bigideasmath.com "Why are unsimplified fractions scored as incorrect?"
and maplecanopy.wordpress.com "Five-tenths is the same as one-half" (used by earlier sets);
slideplayer 691945 "Why is four sixths wrong?" (used by bench/equiv_fresh59_e.py); help.pearsoncmg
define_fraction_mix_num_ans and define_numeric_ans, noa.freshdesk "interpreting the maths mark
scheme", community.tes.com 787584, enforcerdog SAT grid-in directions, scribd 721258577 (all used
before); mathspace, emathematics, mathebook edict/eratio, varsitytutors, curioustab,
openknowledgegraph, mrbartonmaths probing questions (used or judged generated by earlier sets);
gomathanswerkey Go Math Grade 6 chapter 5 (its "53% and \(\frac{53}{100}\)" is followed by "So,
53% and 35/100 are the answers", a self-contradiction); the Math Stack Exchange thread "Why is 33
1/3% of 240 = 79.992 wrong?" (only stored as LLM-rewritten huggingface Nemotron-CC-Math rows,
excluded by earlier sets); mathnexus.wwu.edu mathlint 235 (".289 vs. 200.089", the page's own
verdict turns on numeral-reading conventions); mathforum drmath 58188 and 58907 (no answer
pairs); sats-papers Year 7 optional mark schemes, KS2/KS3 mark-scheme booklets on scribd, studylib,
fdocuments and pdfslide (only general guidance stored; studylib 27446248 repeats the Cambridge
guideline tables earlier sets used); imathworksheets unit-rate keys (one form per answer);
generated or AI pages (edu.com, questionai, smartsolve, sorumatik, mathix, codinginacoffeeshop,
bell.study, livephysics, neft-classroom-html-activities, ibacana, betsofa, eatsip365, winenfood,
cal11.calculator.city, monithon, api17195.sec3.dev and the like).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GMA = "gomathanswerkey.com"
GMA_151 = "https://gomathanswerkey.com/mcgraw-hill-math-grade-7-lesson-15-1-answer-key/"
CCSS = "ccssanswers.com"
CCSS_543 = "https://ccssanswers.com/spectrum-math-grade-5-chapter-4-lesson-3-answer-key/"
MEB = "mathebook.net"
MEB_R = "http://mathebook.net/dict/rdict/ratio.htm"
# sources of bench/equiv_fresh70_a2.py
SPM = "spmath87309.blogspot.com"
SPM_0910 = "http://spmath87309.blogspot.com/2009_10_01_archive.html"
ENO = "www.enotes.com"
ENO_46679 = (
    "https://www.enotes.com/homework-help/there-12-boys-16-girls-class-what-ratio-boys-girls-46679"
)
BTL = "betterlesson.com"
BTL_581 = "https://betterlesson.com/lesson/581405/percent-assessment?from=breadcrumb_lesson"
ETS = "www.ets.org"
ETS_NE = (
    "https://www.ets.org/gre/revised_general/prepare/quantitative_reasoning/numeric_entry/"
    "sample_questions"
)
TI = "education.ti.com"
TI_RATES = "https://education.ti.com/en/building-concepts/activities/ratios/sequence1/introduction-to-rates"
TQA = "math.techqa.club"
TQA_4481390 = "https://math.techqa.club/is-fraction-a-rounded-version-of-repeated-decimal-4481390"
QCOM = "www.question.com"
QCOM_69096 = "https://www.question.com/what-is-6-9096-rounded-to-the-nearest-hundredth-1548812.html"
GMC = "gmatclub.com"
GMC_16882 = "https://gmatclub.com/forum/rounding-16882.html"
MMO = "mathmistakes.org"
MMO_SMALL = "http://mathmistakes.org/fractions-are-really-small-things/"
MAD = "madmath.com"
MAD_12 = "http://madmath.com/2016/12/observed-belief-that-12-12.html?m=0"

CASES = [
    # gomathanswerkey lesson 15.1 (McGraw-Hill Math Grade 7): percent = decimal = fraction
    _c(
        GMA,
        GMA_151,
        gold="0.07",
        pred="7/100",
        wrap=True,
        expected=True,
        why="Question 1: '7% = **0.07** = **7/100**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.07",
        pred="7%",
        wrap=True,
        expected=True,
        why="Question 1: '7% = **0.07** = **7/100**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.16",
        pred="16/100",
        wrap=True,
        expected=True,
        why="Question 2: '16% = **0.16** = **16/100 or 4/25**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.16",
        pred="4/25",
        wrap=True,
        expected=True,
        why="Question 2: '16% = **0.16** = **16/100 or 4/25**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.16",
        pred="16%",
        wrap=True,
        expected=True,
        why="Question 2: '16% = **0.16** = **16/100 or 4/25**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="16/100",
        pred="4/25",
        wrap=True,
        expected=True,
        why="Question 2: the fraction blank is '**16/100 or 4/25**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="1.00",
        pred="1/1",
        wrap=True,
        expected=True,
        why="Question 3: '100% = **1.00** = **1/1**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="1.00",
        pred="100%",
        wrap=True,
        expected=True,
        why="Question 3: '100% = **1.00** = **1/1**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.25",
        pred="1/4",
        wrap=True,
        expected=True,
        why="Question 4: '25% = **0.25** = **25/100 or** **1/4**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="25/100",
        pred="1/4",
        wrap=True,
        expected=True,
        why="Question 4: the fraction blank is '**25/100 or** **1/4**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.20",
        pred="1/5",
        wrap=True,
        expected=True,
        why="Question 6: '20% = **0.20** = **20/100 or 1/5**'",
    ),
    _c(
        GMA,
        GMA_151,
        gold="0.44",
        pred="11/25",
        wrap=True,
        expected=True,
        why="Question 7: '44% = **0.44** = **44/100 or 11/25**'",
    ),
    # ccssanswers Spectrum Grade 5 lesson 4.3: mixed number to improper fraction, '21 ÷ 8 or 21/8'
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{21}{8}",
        pred="21 ÷ 8",
        wrap=True,
        expected=True,
        why=r"1a: 'Improper fraction of 2\(\frac{5}{8}\) is 21 ÷ 8 or \(\frac{21}{8}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{21}{8}",
        pred=r"2\frac{5}{8}",
        wrap=True,
        expected=True,
        why=r"1a: 'Improper fraction of 2\(\frac{5}{8}\) is 21 ÷ 8 or \(\frac{21}{8}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{13}{4}",
        pred="13 ÷ 4",
        wrap=True,
        expected=True,
        why=r"1b: 'Improper fraction of 3\(\frac{1}{4}\) is 13 ÷ 4 or \(\frac{13}{4}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{13}{4}",
        pred=r"3\frac{1}{4}",
        wrap=True,
        expected=True,
        why=r"1b: 'Improper fraction of 3\(\frac{1}{4}\) is 13 ÷ 4 or \(\frac{13}{4}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{17}{7}",
        pred="17 ÷ 7",
        wrap=True,
        expected=True,
        why=r"1c: 'Improper fraction of 2\(\frac{3}{7}\) is 17 ÷ 7 or \(\frac{17}{7}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{17}{7}",
        pred=r"2\frac{3}{7}",
        wrap=True,
        expected=True,
        why=r"1c: 'Improper fraction of 2\(\frac{3}{7}\) is 17 ÷ 7 or \(\frac{17}{7}\).'",
    ),
    _c(
        CCSS,
        CCSS_543,
        gold=r"\frac{15}{4}",
        pred=r"3\frac{3}{4}",
        wrap=True,
        expected=True,
        why=r"2a: 'Improper fraction of 3\(\frac{3}{4}\) is 15 ÷ 4 or \(\frac{15}{4}\).'",
    ),
    # mathebook.net rdict/ratio.htm: a ratio is unchanged when both terms are multiplied or divided
    _c(
        MEB,
        MEB_R,
        gold="2 : 3",
        pred="50 : 75",
        wrap=True,
        expected=True,
        why="'in the ratio of 50 : 75, which simplifies on division by 25 to the ratio 2 : 3'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3:4",
        pred="12:16",
        wrap=True,
        expected=True,
        why="'the ratio of boys to girls is 12:16, which simplifies to 3:4 on division by 4'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3 : 5",
        pred="24 : 40",
        wrap=True,
        expected=True,
        why="'24 : 40 = 12 : 20 = 6 : 10 = 3 : 5 = 9 : 15 = 45 : 75'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3 : 5",
        pred="12 : 20",
        wrap=True,
        expected=True,
        why="'24 : 40 = 12 : 20 = 6 : 10 = 3 : 5 = 9 : 15 = 45 : 75'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3 : 5",
        pred="6 : 10",
        wrap=True,
        expected=True,
        why="'24 : 40 = 12 : 20 = 6 : 10 = 3 : 5 = 9 : 15 = 45 : 75'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3 : 5",
        pred="9 : 15",
        wrap=True,
        expected=True,
        why="'24 : 40 = 12 : 20 = 6 : 10 = 3 : 5 = 9 : 15 = 45 : 75'",
    ),
    _c(
        MEB,
        MEB_R,
        gold="3 : 5",
        pred="45 : 75",
        wrap=True,
        expected=True,
        why="'24 : 40 = 12 : 20 = 6 : 10 = 3 : 5 = 9 : 15 = 45 : 75'",
    ),
]

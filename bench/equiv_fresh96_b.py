r"""A ninety-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": elementary and
middle-school arithmetic answers with fractions, decimals and mixed numbers -- improper fractions
against mixed numbers ("7/4", "1 3/4", "1¾"), unsimplified fractions, equivalent and recurring
decimals, fractions as words ("2 sixths", "five over 12"), fractions of amounts and operations with
mixed numbers -- where an answer key, a worksheet's solutions, a review game's key, flash cards, a
teacher's video or lesson page, or a question-and-answer thread settles which forms are the same
answer and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and in every /work/wt/fresh*_claims/claims.txt, and each page was claimed in
/work/wt/fresh96_claims/claims.txt before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: another form the page gives as the same answer, or a form the page refuses;
always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the domain
of the stored copy and ``where`` its full URL. There is no commit; every source is a web page with
no licence file (Oak's "Express a quantity ..." page states the Open Government Licence v3.0). Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on these
cases. Continued in bench/equiv_fresh96_b2.py and bench/equiv_fresh96_b3.py (same rules; their
sources are listed here).

Transcription: strings are copied as the stored page shows them -- "1 and 1/10", "2  2/5" with the
two spaces of the stored table, "½" and "£" kept, matheretter's LaTeX as written inside its ``\(
\)`` and ``$$`` delimiters and Math Stack Exchange's inside ``$`` (the delimiters dropped;
"3\frac{1}{2}" without a space, "2 \frac{1}{2}" with one), Oak's ``{12} \over {9}`` and ``1{{3}
\over {9}}``, spoken forms of video transcripts ("five over 12", "0.3 recurring", "0.3333 and so
on"), words of quiz items ("Twenty hundredths", "2 sixths", "5 fifths") and flash cards ("0.44444
repeating forever", "125/1,000"). Where a key writes an answer as a chain "a = b" or "a or b"
(gameclassroom, jeopardylabs, the study cards), the first form is the gold and each further form a
True case; where a quiz item asks for a form equal to a given fraction ("What are 3 equivalent
fractions to 1/3?", "How many sixths is 1/3 equal to?"), the gold is the given fraction and each
answer a True case; where an exercise states "given = answer" (matheretter, Oak, newpathworksheets,
aaamath, blarg, nagwa 209141852938, surreyprivatetutors), the gold is the form the exercise asks for
and the pred the given form, which the page states is equal. Where a key lists more equivalent
fractions than its question asks for ("What are 3 equivalent fractions to 1/3? 2/6, 3/9, 4/12, 5/15,
6/18, 10/30..."), only as many as asked are taken, first first. Refusals: a form the page calls
wrong, not equal, not in simplest form where simplest form was asked, or refused by a rule of the
key ("Do NOT change it into a mixed fraction", "£0.20 rather than £0.2 or £0.200") is a False case
even where the value is the same; in Oak's quiz the option marked "Correct answer:" is the answer
and the options left unmarked are False cases. Readings, each noted in ``why``: MSE 45350's gold
"80" is the teacher's answer the thread upholds ("One-third of 240 is 80, exactly. You computed an
approximation"); madmath's "2/3 = 2.3" is the incorrect response its diagnostic item was built to
catch.

Sources (domain, URL, what is settled; all "web page, no licence file" unless noted):

- www.gameclassroom.com "skill/3266/add-and-subtract-mixed-numbers" (Extra Help answers "(2) 4/10 +
  7/10 (11/10=1 and 1/10)", "(7) 1 2/3 + 3 2/3 (4 4/3 = 5 1/3)" ...; Learning Tip "3/10 + 2/10 =
  5/10, but none of the choices are 5/10. The correct answer is ½, because the answer needs to be
  simplified."). 6 cases (1 False).
- matheretter.de "ab/bruch/2" (solutions: "\frac{75}{6} = ... = 12 \frac{1}{2}", "6\frac{3}{8} =
  ... = \frac{51}{8}" ...). 12 cases.
- www.matheretter.de "ab/bruch/3" and "ab/bruch/4?los" (sums and differences to be reduced and
  written as mixed numbers: "\frac{19}{4} = 4 \frac{3}{4}", "\frac{-99}{56} = ... =
  -1\frac{43}{56}" ...). 4 cases.
- www.studystack.com "flashcard-1263884" (CRCT review cards: "Improper -> Mixed 9/4 | 2 1/4";
  "Reciprocial of 2/3 | 3/2 Do NOT change it into a mixed fraction"). 3 cases (1 False).

Sources of bench/equiv_fresh96_b2.py:

- brainscape.com flash cards 10599855 ("4/9 = 4 divided by 9 = 0.44444 repeating forever", "0.125
  can be written as 125/1,000, which can be reduced to 1/8", "15/7 ... can be changed to 2 1/7").
  4 cases.
- www.goconqr.com mind map 528860 ("50% = 50/100 = 1/2", "50% = .50"). 3 cases.
- home.blarg.net "~math/definitions/mixed_number.html" (Math Pak: "1 1/3 ... 2  2/5 1 4/5" become
  "4/3 ... 12/5 9/5"). 4 cases.
- www.aaamath.com "fra57c-fract2mixedld.html" ("3 3/5 = 15/5 + 3/5 = 18/5"). 1 case.
- newpathworksheets.com glossary entry "mixed number" ("7/2 = 3 1/2", "4 2/3 = ... = 14/3").
  2 cases.
- www.madmath.com "2017/06/more-reading-fractions-as-decimals.html" ("thinking that 2/3 = 2.3 ...
  the most commonly selected incorrect response"). 1 case (1 False).
- math.stackexchange.com 45350 ("Why is 33 1/3% of 240 = 79.992 wrong?": marked wrong, the answer
  is 80; "$1/3$ exactly ... is $0.333333\dots$"; "$33\frac{1}{3} \%$ is one-third (exactly)").
  3 cases (1 False).
- www.storyboardthat.com 6f120c5e ("2 and 3/4 ... improper fraction it would be 11/4. Right?" /
  "That's correct"). 1 case.
- mr.nestynunez.com "improper-fractions-to-mixed-fractions" ("\frac{5}{3}  = 1\frac{2}{3}").
  1 case.
- jeopardylabs.com "print/working-with-fractions-12" ("5/3 = 1 2/3", "12/6 = 2", "6/2 = 3",
  "42/15 = 2 12/15 = 2 4/5"). 5 cases.
- www.superteachertools.us answer key 509015 (3rd Grade Fractions: "True or false? 1/2=3/6 True",
  "What are 3 equivalent fractions to 1/3? 2/6, 3/9, 4/12, ...", the same for 1/5 and 3/4).
  9 cases.
- jeopardylabs.com "print/fraction-review-rti" ("12/16" -> "6/8 or 3/4"; "2/3" -> "4/6, 6/9, ...";
  "two fractions equivalent to 10/100" -> "5/50, 2/20, 1/10"). 4 cases.
- jeopardylabs.com "play/3rd-grade-all-about-fractions" ("How many sixths is 1/3 equal to?" / "What
  are 2 sixths?" ...; "What is 3/3 or 1?"; "5 fifths ... 7 sevenths? What is equal to?"). 7 cases.

Sources of bench/equiv_fresh96_b3.py:

- jeopardylabs.com "print/unit-31-rational-numbers" ("4/8, 2/4, or 1/2", "2 2/5 or 12/5", "48/9"
  -> "5 3/9 / this or / 5 1/3"). 4 cases.
- questiun.com 10650 ("6/10 is equivalent to 3/5 ..."; "So, 3/5 and 12/50 are not equivalent
  fractions."). 4 cases (1 False).
- jeopardylabs.com "print/chapter-6-lessons-1-6" ("True of False: 5/11 = 10/22" / "What is true?";
  "equivalent fractions for 3/8 and 3/10" / "What are 15/40 and 12/40?"). 3 cases.
- www.nagwa.com videos 365174232714 ("Which of these fractions is not equivalent to five-twelfths?
  10 over 24, 15 over 36, 20 over 44, or 25 over 60": 20 over 44 is not), 849105840262 ("40 over 100
  is not in its simplest form ... two-fifths or two over five"; "0.4 ... 40 percent"), 209141852938
  ("2 1/9 miles ... nineteen ninths"), 704108091602 ("0.3333 and so on ... one-third converted to a
  decimal is 0.3 recurring"). 9 cases (2 False).
- surreyprivatetutors.com "blog/maths-gcse-revision-simplifying-fractions" ("3 and 2/5 ... = 17/5").
  1 case.
- www.thenational.academy (Oak National Academy, Open Government Licence v3.0) "Express a quantity as
  a mixed number and an improper fraction" (exit quiz "1{{3} \over {9}}" = "{12} \over {9}" ...).
  5 cases.
- www.thenational.academy "recognising-common-decimal-equivalents-6dgk6c" (quiz: "Twenty hundredths
  is equivalent to / Twenty / Two / Correct answer: Two tenths"; "One quarter is equivalent to /
  0.5 / 0.75" ...). 16 cases (15 False).
- news.urbrainy.com "2011/09/30/year-6-mental-arithmetic-sets-7-and-8" ("two tenths is equivalent to
  one fifth"; "£0.20 rather than £0.2 or £0.200"). 3 cases (2 False).

110 cases in all (19 False): 23 here (none False), 45 in bench/equiv_fresh96_b2.py (2 False), 42
in bench/equiv_fresh96_b3.py (17 False). The lead removed five refusals of the form alone before
the run, as the README's convention asks: `5/10` for `½` (not simplified), `1 1/2` for `3/2` (a
mixed number refused), `40 over 100` for two-fifths, and `£0.2` and `£0.200` for `£0.20`.

Left out, by rule: unreduced intermediate forms where the exercise asks for a reduced answer
(matheretter ab/bruch/3 "\frac{6}{3} = 2", "\frac{57}{12}", "\frac{203}{42}", "4 \frac{35}{42}",
"\frac{480}{40} = 12"; ab/bruch/4 "\frac{10}{12}"; ab/bruch/5, whose products have no second form
but such steps); listed equivalents beyond the number a question asks for (see above); answers with
a single form (jeopardylabs "4 2/5", "4/15", "7/15", studystack "1 7/11", "1 1/4"); comparisons with
< or > (they settle order, not a form of an answer); pairs that another source here already gives,
in either order (matheretter ab/bruch/3 "\frac{5}{2} = 2 \frac{1}{2}" and ab/bruch/4 c) "\frac{7}{6}
= 1 \frac{1}{6}"; superteachertools' "4/12" for 1/3 and "Compare 1/3 ___ 3/9 =";
fraction-review-rti's "3/4" for 12/16 and "6/10, 9/15" for 3/5; chapter-6-lessons-1-6's "2/10 or
1/5"); two pairs that would stand here with the opposite verdict of a refusal kept above (blarg's "1
1/2" = "3/2" against studystack's reciprocal rule; 3rd-grade-all-about-fractions' "5/10 ... equal to
1/2" against gameclassroom's "The correct answer is ½"); nagwa 365174232714's fourth option "25 over
60" (its verdict is cut off in the stored excerpt); surreyprivatetutors' "5 and 2/3 ... For example,
17/3" (17/3 is given as an example of an improper fraction, not as the conversion); Math Stack
Exchange 45350's calculator output "79.9999999992"; madmath's "1/2 = 1.2" (taken by
bench/equiv_fresh70_a.py from the 2016 post); Oak's picture-dependent items ("Which colour is 0.25
of the square").

Examined and not used: mrsleeclassroom.blogspot.com 2011/04 (its list has "4/5 = 90%"),
sharptuition.co.uk blog/60 (it lists "1/3= 0.33= 33.3%") and jeopardylabs unit-3-fraction-review-9
(its key lists 6/16 and 9/34 among fractions equal to 1/3 and 1/4): keys with an error, not used at
all; slideplayer.com. amp 13878795 (its "2/6 or 1/3" and "4/6 or 2/3" are pairs two sources here
already give); community.tes.com 792537 (2700/6 marked incorrect for 450, and the thread disputes
whether it should be); freerepublic 3101292 (a quiz key the poster disputes); nagwa 173125014063
(the same lesson as 704108091602), 165198128934 and 217194139025 (the answers are cut off in the
stored excerpt); home.avvanta.com "def2.cgi?t=mixed" (the same text as the blarg page); Oak
"converting-mixed-numbers-into-improper-fractions-60rket" (its quiz options carry no marks);
reviewgamezone previews 15634, 41117, 6689, educationquizzes, prezi and argoprep quizzes (keys not
stored); coolmath prealgebra "fraction to decimal part 2" (".3 with a bar over the 3" is a
description); an AoPS wiki diff of 2021 Fall AMC 12B Problem 5 (a contest page, not this topic);
paperzz superteacherworksheets, formsbank, fairmeadows, glm.edu.co and a proxied White Rose answer
booklet (fractions stacked on two lines by the text conversion); the Year 7 optional mark schemes on
sats-papers.co.uk and KS2 mark-scheme booklets (only the introduction is stored); pages used by
earlier sets (community.tes.com 787584 and 738199, zanotowane 1172/1163, scribd 721258577 and
464612138, help.pearsoncmg define_fraction_mix_num_ans, mathcountscentral, mandelbrot.org,
mathleague.org grading, math.utk.edu mathbowl, mctmmathbits p=1358, ilc.org GED grid, sparknotes and
enforcerdog grid-in pages, nicolethemathlady, maplecanopy, help.bigideasmath, help.grasple mixed
numbers, jeopardylabs fractions-jeopardy-780, mathinfocusanswerkey, livephysics, matheretter
ab/bruch/50); machine-written or unattributed pages (mrbartonmaths probing questions, littleredmath,
bncc.digital, gizmo.ai decks, kuraplan, codinginacoffeeshop, edu.com, sorumatik, quizgecko,
opengamer, monithon, defexpoindia, calculator.city, huggingface Nemotron-CC-Math rows). Math Stack
Exchange 45350 was examined by bench/equiv_fresh70_a.py only as an LLM-rewritten Nemotron-CC-Math
row; the cases here are read from math.stackexchange.com itself.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GCL = "www.gameclassroom.com"
GCL_3266 = "http://www.gameclassroom.com/skill/3266/add-and-subtract-mixed-numbers"
MRE = "matheretter.de"
MRE_B2 = "https://matheretter.de/ab/bruch/2"
MREW = "www.matheretter.de"
MRE_B3 = "https://www.matheretter.de/ab/bruch/3"
MRE_B4 = "https://www.matheretter.de/ab/bruch/4?los"
STS = "www.studystack.com"
STS_1263884 = "https://www.studystack.com/flashcard-1263884"
BSC = "brainscape.com"
BSC_10599855 = "https://brainscape.com/flashcards/math-study-guide-topic-3-fractions-and-m-10599855/packs/18958369"
GOQ = "www.goconqr.com"
GOQ_528860 = "https://www.goconqr.com/mindmap/528860/fractions-decimals-and-percents"
BLG = "home.blarg.net"
BLG_MIXED = "http://home.blarg.net/~math/definitions/mixed_number.html"
AAA = "www.aaamath.com"
AAA_FRA57C = "http://www.aaamath.com/fra57c-fract2mixedld.html"
NPW = "newpathworksheets.com"
NPW_MIXED = (
    "https://newpathworksheets.com/math/grade-5/multiplication-2?dictionary=mixed+number&did=366"
)
MAD = "www.madmath.com"
MAD_2017 = "http://www.madmath.com/2017/06/more-reading-fractions-as-decimals.html"
MSE = "math.stackexchange.com"
MSE_45350 = "https://math.stackexchange.com/questions/45350/why-is-33-1-3-of-240-79-992-wrong"
SBT = "www.storyboardthat.com"
SBT_6F120C5E = "https://www.storyboardthat.com/storyboards/6f120c5e/math"
NNZ = "mr.nestynunez.com"
NNZ_IMPROPER = "http://mr.nestynunez.com/improper-fractions-to-mixed-fractions/"
JLB = "jeopardylabs.com"
JLB_WORKING = "https://jeopardylabs.com/print/working-with-fractions-12"
STT = "www.superteachertools.us"
STT_509015 = "https://www.superteachertools.us/jeopardyx/answerkey.php?game=509015"
JLB_RTI = "https://jeopardylabs.com/print/fraction-review-rti"
JLB_3RD = "https://jeopardylabs.com/play/3rd-grade-all-about-fractions?embed=1"
JLB_UNIT31 = "https://jeopardylabs.com/print/unit-31-rational-numbers"
QSN = "questiun.com"
QSN_10650 = "http://questiun.com/10650/is-3-5-and-12-50-a-equivalent-fraction"
JLB_CH6 = "https://jeopardylabs.com/print/chapter-6-lessons-1-6"
NAG = "www.nagwa.com"
NAG_365 = "https://www.nagwa.com/en/videos/365174232714/"
NAG_849 = "https://www.nagwa.com/en/videos/849105840262/"
NAG_209 = "https://www.nagwa.com/en/videos/209141852938/"
NAG_704 = "https://www.nagwa.com/en/videos/704108091602/"
SPT = "surreyprivatetutors.com"
SPT_FRAC = "https://surreyprivatetutors.com/blog/maths-gcse-revision-simplifying-fractions"
OAK = "www.thenational.academy"
OAK_EXPRESS = "https://www.thenational.academy/teachers/programmes/maths-primary-ks2/units/addition-and-subtraction-of-fractions-and-mixed-numbers-within-a-whole/lessons/express-a-quantity-as-a-mixed-number-and-an-improper-fraction"
OAK_DECEQ = (
    "https://www.thenational.academy/teachers/lessons/recognising-common-decimal-equivalents-6dgk6c"
)
URB = "news.urbrainy.com"
URB_Y6 = "https://news.urbrainy.com/2011/09/30/year-6-mental-arithmetic-sets-7-and-8"

CASES = [
    # gameclassroom skill 3266 (add and subtract mixed numbers): Extra Help answers written as
    # equalities; a Learning Tip refuses an unsimplified sum
    _c(
        GCL,
        GCL_3266,
        gold=r"11/10",
        pred=r"1 and 1/10",
        wrap=True,
        expected=True,
        why=r"Extra Help Problems: '(2) 4/10 + 7/10 (11/10=1 and 1/10)'",
    ),
    _c(
        GCL,
        GCL_3266,
        gold=r"8/12",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why=r"Extra Help Problems: '(3) 9/12 – 1/12 (8/12=2/3)'",
    ),
    _c(
        GCL,
        GCL_3266,
        gold=r"5/5",
        pred=r"1 whole",
        wrap=True,
        expected=True,
        why=r"Extra Help Problems: '(4) 2/5+3/5 (5/5 = 1 whole)'",
    ),
    _c(
        GCL,
        GCL_3266,
        gold=r"4/12",
        pred=r"1/3",
        wrap=True,
        expected=True,
        why=r"Extra Help Problems: '(6) 5/12 – 1/12 (4/12 = 1/3)'",
    ),
    _c(
        GCL,
        GCL_3266,
        gold=r"4 4/3",
        pred=r"5 1/3",
        wrap=True,
        expected=True,
        why=r"Extra Help Problems: '(7) 1 2/3 + 3 2/3 (4 4/3 = 5 1/3)'",
    ),
    # matheretter.de ab/bruch/2: 'Wandle die Brüche in Gemischte Zahlen um' and 'Wandle die
    # folgenden Gemischten Zahlen zurück in Brüche' (gold: the form asked for; pred: the given form)
    _c(
        MRE,
        MRE_B2,
        gold=r"2 \frac{1}{2}",
        pred=r"\frac{5}{2}",
        wrap=True,
        expected=True,
        why=r"'\frac{5}{2} = ... = 2 + \frac{1}{2} = 2 \frac{1}{2}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"2 \frac{2}{3}",
        pred=r"\frac{8}{3}",
        wrap=True,
        expected=True,
        why=r"'\frac{8}{3} = ... = 2 + \frac{2}{3} = 2 \frac{2}{3}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"12 \frac{1}{2}",
        pred=r"\frac{75}{6}",
        wrap=True,
        expected=True,
        why=r"'\frac{75}{6} = ... = 12 + \frac{3:3}{6:3} = 12 \frac{1}{2}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"29 \frac{1}{3}",
        pred=r"\frac{88}{3}",
        wrap=True,
        expected=True,
        why=r"'\frac{88}{3} = ... = 29 + \frac{1}{3} = 29 \frac{1}{3}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"6 \frac{2}{3}",
        pred=r"\frac{100}{15}",
        wrap=True,
        expected=True,
        why=r"'\frac{100}{15} = ... = 6 + \frac{2}{3} = 6 \frac{2}{3}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"5 \frac{2}{3}",
        pred=r"\frac{85}{15}",
        wrap=True,
        expected=True,
        why=r"'\frac{85}{15} = ... = 5 + \frac{2}{3} = 5 \frac{2}{3}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{7}{2}",
        pred=r"3\frac{1}{2}",
        wrap=True,
        expected=True,
        why=r"'3\frac{1}{2} = ... = \frac{6+1}{2} = \frac{7}{2}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{11}{10}",
        pred=r"1\frac{1}{10}",
        wrap=True,
        expected=True,
        why=r"'1\frac{1}{10} = ... = \frac{10+1}{10} = \frac{11}{10}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{60}{7}",
        pred=r"8\frac{4}{7}",
        wrap=True,
        expected=True,
        why=r"'8\frac{4}{7} = ... = \frac{56+4}{7} = \frac{60}{7}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{51}{8}",
        pred=r"6\frac{3}{8}",
        wrap=True,
        expected=True,
        why=r"'6\frac{3}{8} = ... = \frac{48+3}{8} = \frac{51}{8}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{37}{3}",
        pred=r"12\frac{1}{3}",
        wrap=True,
        expected=True,
        why=r"'12\frac{1}{3} = ... = \frac{36+1}{3} = \frac{37}{3}'",
    ),
    _c(
        MRE,
        MRE_B2,
        gold=r"\frac{8}{3}",
        pred=r"2\frac{2}{3}",
        wrap=True,
        expected=True,
        why=r"'2\frac{2}{3} = ... = \frac{6+2}{3} = \frac{8}{3}'",
    ),
    # matheretter.de ab/bruch/3: sums to be reduced and written as mixed numbers
    _c(
        MREW,
        MRE_B3,
        gold=r"4 \frac{3}{4}",
        pred=r"\frac{19}{4}",
        wrap=True,
        expected=True,
        why=r"1 d): '= \frac{57}{12} = \frac{57:3}{12:3} = \frac{19}{4} = 4 \frac{3}{4}'",
    ),
    # matheretter.de ab/bruch/4: differences, reduced; mixed numbers asked for in e, f, g
    _c(
        MREW,
        MRE_B4,
        gold=r"1 \frac{1}{6}",
        pred=r"\frac{7}{6}",
        wrap=True,
        expected=True,
        why=r"1 e): '= \frac{28-9-12}{6} = \frac{7}{6} = 1 \frac{1}{6}'",
    ),
    _c(
        MREW,
        MRE_B4,
        gold=r"-1\frac{43}{56}",
        pred=r"\frac{-99}{56}",
        wrap=True,
        expected=True,
        why=r"1 f): '= \frac{-99}{56} = -1 · \frac{99}{56} = ... = -( 1\frac{43}{56} ) = -1\frac{43}{56}'",
    ),
    _c(
        MREW,
        MRE_B4,
        gold=r"4 \frac{7}{20}",
        pred=r"\frac{87}{20}",
        wrap=True,
        expected=True,
        why=r"1 g): '= \frac{87}{20} = \frac{80 + 7}{20} = ... = 4 \frac{7}{20}'",
    ),
    # studystack flashcard-1263884 (Fractions, CRCT review): improper to mixed; a reciprocal not to
    # be written as a mixed number
    _c(
        STS,
        STS_1263884,
        gold=r"2 1/4",
        pred=r"9/4",
        wrap=True,
        expected=True,
        why=r"card 'Improper -> Mixed 9/4' | '2 1/4'",
    ),
    _c(
        STS,
        STS_1263884,
        gold=r"5 3/4",
        pred=r"23/4",
        wrap=True,
        expected=True,
        why=r"card 'Improper -> Mixed 23/4' | '5 3/4'",
    ),
]

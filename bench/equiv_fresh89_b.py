r"""An eighty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": answers to
algebra word problems -- the solution of a system given as an ordered pair, as "x = 7, y = -2" or
as a labelled sentence ("80 adult tickets and 70 child tickets were sold", "7 nickels and 6
quarters"), ages, consecutive integers listed, work and pipe problems in hours, in hours and
minutes and as fractions of an hour ("6/5 hours, or 1 hour + 12 minutes", "21.6 hours = 21 hours
and 36 minutes"), prices from two purchases -- where an answer key with feedback, a worked
solution that restates its answer, or a tutor's reply settles which forms are the same answer and
which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh89_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``wrap`` is True where the pred is a bare answer (to be put in ``\boxed{}``) and False where it
is a whole answer sentence as the page writes it ("Adult tickets cost $12, and student tickets cost
$4.", "The answer is 7 nickels and 6 quarters."), to be read as a student's completion. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh89_b2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("1 hours 48 minutes" with the
page's plural, "108 ÷ 5 hours", "£5.50", curly apostrophes in "Adult’s tickets", the "$3 tickets"
of onlinemathlearning). A left side "(x, y) =" is dropped from a gold that is the pair itself
(testinar), and the inline-math delimiters \( \) are dropped from a bare form; inside a whole
sentence they are kept as printed ("There are \(11\) chickens and \(7\) goats."). Option letters
("a) 8, 14") are dropped from multiple-choice values. Readings, each noted in ``why``: where a
worked solution gives the values of a system on separate lines ("x = 7" / "y = -2", "a = 80" / "c
= 70"), the gold or pred joins them with ", " in the order the page defines its variables; the
riddledude page stores its dollar signs escaped ("\$18"), and the escape is dropped; a distractor
of a multiple-choice key whose answer is another option is a False case (plainmath's "The answer is
B (5, 17)", myknowsys's "Answer choice D is obviously a trap", aldeaeducativamagazine's "$0.55 ...
don’t get caught on the trap!"); the scribd key's "x 1.8 hours" has lost its relation sign in the
stored text, and is read as the value the page then converts ("The integer part of this number is
the hours ... 48 minutes").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com 603352353 "1AL3-4 Work Problems" (Algebra 1 multiple choice with feedback: two
  locksmiths, "a. 9 hours c. 2 hours 40 minutes b. 1 hours 48 minutes d. 1 hours 3 minutes ANS:
  B", "x 1.8 hours ... 0.8 60 48 minutes. The answer is: The first locksmith must work 1 hours 48
  minutes.", feedback "A The first locksmith remained, not the second!", "C This is a decent
  guess, but it is wrong.", "D You forgot to find the common denominator"). 5 cases (3 False).
- testinar.com "equations__systems_of_equations_word_problems_course" (worked answers: "Answer:
  (x, y) = (12, 4). Adult tickets cost $12, and student tickets cost $4.", pretzels and drinks,
  chickens and goats, small and large shirts). 5 cases.
- harrismyo.com "bitesize/guides/z3tr8mn/revision/3" (a copy of a BBC Bitesize page on creating
  simultaneous equations: "c = 5.5", "a = 11", "a child’s ticket costs £5.50 and an adult’s
  ticket costs £11"). 2 cases.
- mail.mathcelebrity.com community thread 1932 (twice a first number decreased by a second is 16:
  "x = 7 y = -2 (x, y) = (7, -2)"). 1 case.
- plainmath.net 51561 (one number is 2 more than 3 times another, sum 22: options "a) 8, 14 b) 5,
  17 c) 2, 20 d) 4, 18 e) 10, 12", "Thus, the answer is 5 and 17. The answer is B (5, 17)").
  6 cases (4 False).
- quizzma.com (the same question: "Answer: 5, 17", "Thus the two numbers are then 5 and 17.").
  1 case.
- 75-3-247-200.lightspeed.sntcca.sbcglobal.net:81 (a stored copy of wikiHow's "How to
  Mathematically Find the Time It Takes to Do a Job": "The job takes 1 hour and 12 minutes working
  together.", "So the answer is 6/5 hours, or 1 hour + 12 minutes."). 3 cases.
- myknowsys.com blog 2013/11/12 "sat-math-algebra" (Ezra's age one year ago, options "C. 9 D.
  10": "One year ago, Ezra was 9, so the answer is C. Answer choice D is obviously a trap."). 2
  cases (1 False).
- aldeaeducativamagazine.com "sat-strategies" (price of 2 eggs: "$0.55 is the price of one egg,
  but ... it’s asking for the price of two eggs. So the correct answer is $1.10"). 1 case
  (1 False).

Sources of bench/equiv_fresh89_b2.py:

- www.brainbashers.com puzzle listing (random page 1: the reservoir puzzle "Answer: 21 hours and
  36 minutes ... 108 ÷ 5 hours = 21.6 hours = 21 hours and 36 minutes"). 2 cases.
- www.brainbashers.com puzzle zvhv (theme-park tickets: "The children tickets were £14, and the
  adult tickets were £18.", "c = 14 and a = 18"). 1 case.
- www.riddledude.com "math/water-park/" (the same puzzle in dollars: "A = 18", "C = 14", "Adult’s
  tickets were $18 and children’s were $14."). 1 case.
- www.onlinemathlearning.com "consecutive-integer-word-problems.html" ("The question wants all the
  3 consecutive numbers: 29, 30 and 31"). 1 case (1 False).
- www.onlinemathlearning.com "ticket-problems.html" ("y = 100", "x = 250", "Answer: 250 $3
  tickets and 100 $2 tickets were sold."). 1 case.
- www.wyzant.com answers 686780 (13 coins, nickels or quarters: "Verify that n=7 and q=6 works",
  "The answer is 7 nickels and 6 quarters."). 2 cases.
- www.wyzant.com answers 734757 (47 coins: "x = 6", "y = 16", "z = 25", "So there are 6 nickels,
  16 dimes, and 25 quarters."; a tutor to another: "you got 22 quarters instead of the correct
  25"). 2 cases (1 False).
- reddit.hcrypt.net "r/HomeworkHelp/rising" (a copy of a r/HomeworkHelp post: "a = 80", "c = 70",
  "Final Answer 80 adult tickets and 70 child tickets were sold."). 1 case.
- blog.mathnasium.com "word-problem-wednesday-how-much-how-many-part-deux/2/" (Algebra and Up:
  "Answer: 1 hour and 12 minutes", "we get x = 6/5"). 1 case.

38 cases in all (11 False): 26 here (9 False), 12 in bench/equiv_fresh89_b2.py (2 False).

Left out, by rule: forms the text conversion flattened or lost (mathnasium's "11/5 hours", a mixed
number 1 1/5 printed without its space, and its middle-school "63/4 pounds"; the stacked fractions
of the scribd key's equation; harrismyo's combined "a = 11 c = 5.5", whose separator is lost);
option letters given as answers (myknowsys "the answer is C", plainmath "B"); values a page states
once with no second form and no refusal (the intermediate "x = 5" of plainmath and quizzma, "x =
12" and "y = 4" of testinar, the IB airline answer "x=8, y=146" of library.tis.today 459940);
riddledude's reader guess "Children Ticket – 14", called right, whose adult price seems lost from
the stored text.

Examined and not used: algebra.com and jiskha.com (excluded by the brief); AI or generated solution
pages (edu.com, gauthmath, questionai, topeduprep.uk quizzes with "Wait — recalculate", curioustab,
schooltube, userz.net, pengi.ai, aniko.ai, sensei-ai, studyledge.pages.dev); pages used by earlier
sets (themathdoctors "algebra-word-problems-learning-from-mistakes", blog.mathnasium.com
"not-your-typical-neighbors", jeopardylabs "fractions-11025", gamatrain "Time", slideplayer
1699080, the kwiznet and mathnasium Livermore pages, onemathematicalcat "rates"); pages with a
single form of each answer (heckmannhome.net consecutive-integers key, math-dictionary.com,
kwiznet consecutive-integer and age quizzes whose keys are not stored, civilservicereview,
davidjamesmann, expertsmind, greenemath, hackmath 11261, education.com study guides, socratic 5a7b0922
and "how-do-you-find-two-numbers"); archive.laminart.com 3257230 (its "45 = x" and "A childs ticket
= $28 and an adult = $45" were claimed, then dropped: no clean second form of the pair); scribd
237730767 POEM quiz (its "75 minutes or 1 hours" lost the fraction); physicsforums taps thread (the
question's reading is disputed).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "www.scribd.com"
SCR_603 = "https://www.scribd.com/document/603352353/1AL3-4-Work-Problems"
TST = "testinar.com"
TST_SYS = "https://testinar.com/article/equations__systems_of_equations_word_problems_course"
HMY = "harrismyo.com"
HMY_SIM = "http://harrismyo.com/bitesize/guides/z3tr8mn/revision/3"
MCB = "mail.mathcelebrity.com"
MCB_1932 = (
    "https://mail.mathcelebrity.com/community/threads/"
    "twice-a-first-number-decreased-by-a-second-number-is-16-the-first-number-increased-by-3-"
    "times-the-s.1932"
)
PLM = "plainmath.net"
PLM_51561 = "https://plainmath.net/51561/one-number-is-2-more-than-3-times-another-their"
QZM = "quizzma.com"
QZM_ONE = "https://quizzma.com/one-number-is-2-more-than-3-times-another-their-sum-is-22-find-the-numbers/"
WKH = "75-3-247-200.lightspeed.sntcca.sbcglobal.net:81"
WKH_JOB = (
    "http://75-3-247-200.lightspeed.sntcca.sbcglobal.net:81/en-wikihow/A/pages/"
    "mathematically-find-the-time-it-takes-to-do-a-job.html"
)
MKS = "myknowsys.com"
MKS_SAT = "http://myknowsys.com/blog/2013/11/12/sat-math-algebra"
ALD = "aldeaeducativamagazine.com"
ALD_SAT = "http://aldeaeducativamagazine.com/sat-strategies/"
# sources of bench/equiv_fresh89_b2.py
BBS = "www.brainbashers.com"
BBS_LIST = (
    "https://www.brainbashers.com/showpuzzles.asp?formpost=Y&field=random&page=1&puzzletext=R"
)
BBS_ZVHV = "https://www.brainbashers.com/showpuzzles.asp?puzzle=zvhv&showhint=Y"
RDD = "www.riddledude.com"
RDD_WP = "https://www.riddledude.com/math/water-park/"
OML = "www.onlinemathlearning.com"
OML_CONS = "http://www.onlinemathlearning.com/consecutive-integer-word-problems.html"
OML_TIX = "http://www.onlinemathlearning.com/ticket-problems.html"
WYZ = "www.wyzant.com"
WYZ_686 = (
    "https://www.wyzant.com/resources/answers/686780/"
    "a-dish-contains-13-coins-all-nickels-or-quarters-if-there-is-a-total-of-1-8"
)
WYZ_734 = (
    "https://www.wyzant.com/resources/answers/734757/"
    "solve-the-problem-by-setting-up-and-solving-a-system-of-three-linear-equati"
)
RHC = "reddit.hcrypt.net"
RHC_HH = "https://reddit.hcrypt.net/r/HomeworkHelp/rising"
MNB = "blog.mathnasium.com"
MNB_PD = "https://blog.mathnasium.com/word-problem-wednesday-how-much-how-many-part-deux/2/"

CASES = [
    # scribd 603352353: locksmiths work problem, multiple choice with feedback on each option
    _c(
        SCR,
        SCR_603,
        gold=r"1 hours 48 minutes",
        pred=r"9 hours",
        wrap=True,
        expected=False,
        why="'ANS: B' (b. 1 hours 48 minutes); feedback 'A The first locksmith remained, not the"
        " second!' (a. 9 hours)",
    ),
    _c(
        SCR,
        SCR_603,
        gold=r"1 hours 48 minutes",
        pred=r"2 hours 40 minutes",
        wrap=True,
        expected=False,
        why="'ANS: B'; feedback 'C This is a decent guess, but it is wrong.' (c. 2 hours 40"
        " minutes)",
    ),
    _c(
        SCR,
        SCR_603,
        gold=r"1 hours 48 minutes",
        pred=r"1 hours 3 minutes",
        wrap=True,
        expected=False,
        why="'ANS: B'; feedback 'D You forgot to find the common denominator when adding'"
        " (d. 1 hours 3 minutes)",
    ),
    _c(
        SCR,
        SCR_603,
        gold=r"1 hours 48 minutes",
        pred=r"1.8 hours",
        wrap=True,
        expected=True,
        why="'x 1.8 hours. The integer part of this number is the hours. ... 0.8 60 48 minutes."
        " The answer is: ... 1 hours 48 minutes.'",
    ),
    _c(
        SCR,
        SCR_603,
        gold=r"1 hours 48 minutes",
        pred=r"The answer is: The first locksmith must work 1 hours 48 minutes.",
        wrap=False,
        expected=True,
        why="the key's own closing sentence, 'The answer is: The first locksmith must work 1"
        " hours 48 minutes.'; 'B Correct!'",
    ),
    # testinar: systems word problems, the pair and the sentence that reads it back
    _c(
        TST,
        TST_SYS,
        gold=r"(12, 4)",
        pred=r"(x, y) = (12, 4)",
        wrap=True,
        expected=True,
        why="'Answer: \\((x, y) = (12, 4)\\).' (x adult ticket price, y student ticket price)",
    ),
    _c(
        TST,
        TST_SYS,
        gold=r"(12, 4)",
        pred=r"Adult tickets cost $12, and student tickets cost $4.",
        wrap=False,
        expected=True,
        why="'Answer: \\((x, y) = (12, 4)\\). Adult tickets cost $12, and student tickets cost"
        " $4.'",
    ),
    _c(
        TST,
        TST_SYS,
        gold=r"(4, 3)",
        pred=r"A pretzel costs $4, and a drink costs $3.",
        wrap=False,
        expected=True,
        why="'Let \\(x\\) be the pretzel price and \\(y\\) be the drink price. ... Answer:"
        " \\((x, y) = (4, 3)\\). A pretzel costs $4, and a drink costs $3.'",
    ),
    _c(
        TST,
        TST_SYS,
        gold=r"(11, 7)",
        pred=r"There are \(11\) chickens and \(7\) goats.",
        wrap=False,
        expected=True,
        why="'Let \\(x\\) be chickens and \\(y\\) be goats. ... Answer: \\((x, y) = (11, 7)\\)."
        " There are \\(11\\) chickens and \\(7\\) goats.'",
    ),
    _c(
        TST,
        TST_SYS,
        gold=r"(12, 14)",
        pred=r"A small shirt costs $12, and a large shirt costs $14.",
        wrap=False,
        expected=True,
        why="'Answer: \\((x, y) = (12, 14)\\). A small shirt costs $12, and a large shirt costs"
        " $14.'",
    ),
    # harrismyo (Bitesize copy): the solved letters read back as prices
    _c(
        HMY,
        HMY_SIM,
        gold=r"5.5",
        pred=r"£5.50",
        wrap=True,
        expected=True,
        why="'c = 5.5' ... 'substitute the cost of a child ticket, £5.50' ... 'a child’s ticket"
        " costs £5.50'",
    ),
    _c(
        HMY,
        HMY_SIM,
        gold=r"11",
        pred=r"£11",
        wrap=True,
        expected=True,
        why="'so \\(a = 11\\)' ... 'an adult’s ticket costs £11'",
    ),
    # mathcelebrity thread 1932: the two values and the ordered pair
    _c(
        MCB,
        MCB_1932,
        gold=r"(7, -2)",
        pred=r"x = 7, y = -2",
        wrap=True,
        expected=True,
        why="'we get the same answers: x = 7 y = -2 (x, y) = (7, -2)' (the two lines joined)",
    ),
    # plainmath 51561: multiple choice, 'The answer is B (5, 17)'
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"5 and 17",
        wrap=True,
        expected=True,
        why="option 'b) 5, 17'; 'Thus, the answer is 5 and 17.'",
    ),
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"(5, 17)",
        wrap=True,
        expected=True,
        why="option 'b) 5, 17'; 'The answer is B (5, 17)'",
    ),
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"8, 14",
        wrap=True,
        expected=False,
        why="'The answer is B (5, 17)'; option 'a) 8, 14' is not it",
    ),
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"2, 20",
        wrap=True,
        expected=False,
        why="'The answer is B (5, 17)'; option 'c) 2, 20' is not it",
    ),
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"4, 18",
        wrap=True,
        expected=False,
        why="'The answer is B (5, 17)'; option 'd) 4, 18' is not it",
    ),
    _c(
        PLM,
        PLM_51561,
        gold=r"5, 17",
        pred=r"10, 12",
        wrap=True,
        expected=False,
        why="'The answer is B (5, 17)'; option 'e) 10, 12' is not it",
    ),
    # quizzma: the same question, answer line and closing sentence
    _c(
        QZM,
        QZM_ONE,
        gold=r"5, 17",
        pred=r"Thus the two numbers are then 5 and 17.",
        wrap=False,
        expected=True,
        why="'Answer: 5, 17' ... 'Thus the two numbers are then 5 and 17.'",
    ),
    # wikiHow copy: joint work, fraction of an hour and hours + minutes
    _c(
        WKH,
        WKH_JOB,
        gold=r"6/5 hours",
        pred=r"1 hour + 12 minutes",
        wrap=True,
        expected=True,
        why="'So the answer is 6/5 hours, or 1 hour + 12 minutes.'",
    ),
    _c(
        WKH,
        WKH_JOB,
        gold=r"6/5 hours",
        pred=r"1 hour and 12 minutes",
        wrap=True,
        expected=True,
        why="step 4 'The job takes 1 hour and 12 minutes working together.'; 'So the answer is"
        " 6/5 hours'",
    ),
    _c(
        WKH,
        WKH_JOB,
        gold=r"6/5 hours",
        pred=r"The job takes 1 hour and 12 minutes working together.",
        wrap=False,
        expected=True,
        why="step 4 'The job takes 1 hour and 12 minutes working together.'; 'So the answer is"
        " 6/5 hours, or 1 hour + 12 minutes.'",
    ),
    # myknowsys: Ezra's age one year ago, the trap option is his present age
    _c(
        MKS,
        MKS_SAT,
        gold=r"9",
        pred=r"10",
        wrap=True,
        expected=False,
        why="'E = 10' (his age now); 'One year ago, Ezra was 9, so the answer is C. Answer choice"
        " D is obviously a trap.' (D. 10)",
    ),
    _c(
        MKS,
        MKS_SAT,
        gold=r"9",
        pred=r"One year ago, Ezra was 9, so the answer is C.",
        wrap=False,
        expected=True,
        why="'One year ago, Ezra was 9, so the answer is C.' (C. 9); 'The correct answer is (C).'",
    ),
    # aldeaeducativamagazine: price of two eggs, the one-egg price is the trap
    _c(
        ALD,
        ALD_SAT,
        gold=r"$1.10",
        pred=r"$0.55",
        wrap=True,
        expected=False,
        why="'$0.55 is the price of one egg, but ... it’s asking for the price of two eggs. So the"
        " correct answer is $1.10'",
    ),
]

r"""A hundredth fresh set of answer-equivalence cases (evaluation only; helper "b": counting and
probability answers -- binomial coefficients written \binom{52}5, 52 C 5, C(100,4), as a LaTeX
array or as German "(49 über 6)", factorials and quotients of factorials, a permutation P(13,5),
products and differences of counts, against their values and against wrong counts; probabilities
as fractions, decimals, percentages (some with a decimal comma), "1:7", "1 to 7", "6 von 36", "1
de cada 3.921.225" and odds -- where a lesson page, a textbook's or a teacher's worked answers, an
examiner's report or a Q&A thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh100_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned for
a page (its excerpts) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh100_b2.py and bench/equiv_fresh100_b3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them. Math delimiters are dropped and
what is inside kept: ``$...$``, ``$$...$$``, ``\(...\)``, socratic's AsciiMath ``#...#`` and the
backticks of nhelpnotes (kept as written, e.g. "(12!)/2^4", "(7!)/(2!2!)"); LaTeX stays LaTeX with
the page's spacing ("\frac{52!}{47!}\cdot\frac1{5!}", "\displaystyle\binom{17}{5}",
"\left(\begin{array}{c} {5} \\ {2} \end{array}\right)"). Lead-ins such as "P(E) =", "P(3) =", "a."
are dropped, and so is the "\;," after imathworks' "\binom{52}5". Number formats are kept as the
page prints them: German and Spanish thousands points and decimal commas ("13.983.816",
"1/15.537.573,33", "0,00000715 %", "2,78 %", "1 de cada 3.921.225"), the thousands spaces of
lotto-foerdert ("1/13 983 816"), the thousands commas of "5,040", and "·", "×", "÷", "x", "\times"
as multiplication and division signs. One form is not copied character for character: moodlehub's
MathML fraction «mfrac» «mn»1«/mn» «mn»7«/mn» «/mfrac» is written "\frac{1}{7}". Where a page
evaluates a chain "A = B = C", the exact count or fraction is the gold (the value the question asks
for) and each other member is a pred, a rounded decimal or percentage included (rounded as the page
rounds: "0.0001524", "2,78 %", "0.143"); where a page lists the forms of one probability (moodlehub,
slidermath, scootle), the fraction (moodlehub, scootle) or the decimal (slidermath) is the gold.
Every pred is a bare answer (``wrap`` True). False cases are forms the page itself rejects: a count
that overcounts ("12!", "7!", "\dfrac{52!}{47!}", "5!/2!"), a permutation where a combination is
wanted, the odds given as the probability, an answer "4 times greater than the correct answer", and
lotto.de's "1 zu 13.983.816" for six right numbers without the Superzahl.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- moodlehub.ca mod/page 63223 (Unit E lesson "Different Ways of Expressing Probability": a table
  with "fraction 1/7", "decimal 0.143", "percent 14.3%", "ratio 1:7", "statement 1 to 7"; its
  ratio is favourable to total, as the page defines it, not odds). 4 cases.
- slidermath.com "rpoly/Probabil.shtml" ("the probability of rain tomorrow is 0.5 or 1/2", "Zero
  Probability = 0% = 0.0 = 0/1", "100% = 1.0 = 1/1", "20/100 = 0.2 = 20%"). 8 cases.
- www.scootle.edu.au L215 "usingnumbers" ("The probability of tossing a head is 1/2, or 0.5", "a
  50% chance of getting heads"). 2 cases.
- home.blarg.net "~math/definitions/odds.html" (2 red and 5 blue marbles: "the odds of drawing a
  red marble is 2 / 5. The probability ... is 2 / (2 + 5) = 2/7"). 2 cases (1 False).
- www.spektrum.de quiz 614128 (two dice: "6 von 36 oder (gekürzt) 1/6"; table "1/36 = 2,78 %" ...
  "1/6 = 16,67 %"). 5 cases.
- waeconline.org.ng maths219Nq1 (WAEC chief examiner's report: "the probability of both red =
  5/12 x 4/11= 5/33"). 1 case.

Sources of bench/equiv_fresh100_b2.py:

- www.cs.rit.edu ARQMath copy of a Math StackExchange thread, 2132380 (Ace of Hearts, two 7s and
  two face cards: "\frac{1C1\cdot4C2\cdot12C2}{52C5} = \frac{1\cdot6\cdot66}{2598960}
  =\frac{33}{216580}= 0.0001524" against the asker's "\frac{33}{54145} = 0.00060947. This answer
  is exactly 4 times greater than the correct answer"; the reply: "The first is okay", "The second
  over counts"). 5 cases (2 False).
- imathworks.com "the number of five-card hands possible from a standard fifty-two card deck"
  ("\frac{52!}{47!}\cdot\frac1{5!}=\frac{52!}{5!47!}=\binom{52}5"; "Your \dfrac{52!}{47!} is the
  number of ways to deal 5 cards"). 4 cases (1 False).
- imathworks.com "when to use permutations and combinations" (the asker's "P(13,5)C(4,1)^5" ...
  "but it ended up being a combination of C(13,5)C(4,1)^5"). 1 case (1 False).
- www.freemathhelp.com archive t-91050 (3-digit numbers from 0,1,2,3,4: the asker's "5!/2!=60"
  against the textbook's 48; reply: "60 would be correct if we allow 041 ... But it is a two digit
  number", "4\times 4\times 3=48"). 3 cases (2 False).
- nhelpnotes.blogspot.com 2011/11 (AVERAGE: "(7!)/(2!2!)=1260"; "there are 7! ways ... We have
  'double counted' every word"). 2 cases (1 False).
- socratic.org 5a4f8306b72cff4cd1f36053 (ARRANGEMENTS: "(12!)/(2!*2!*2!*2!)=(12!)/2^4=
  479001600/16=..."; "It might be tempting to just say 12! ... but this is not the case"; the
  page's last figure is a slip, so the gold is its "(12!)/2^4"). 3 cases (1 False).
- math.answers.com "How many distinguishable permutations of letters are possible in the word
  critics" ("7!/(2! * 2!) = 1260", "11!/(2!2!2!) = 39916800/8 = 4989600", "6! ÷ 2! = 360", ALGEBRA:
  "7 factorial, or 5,040 permutations ... only 2,520 of them are distinguishable"). 6 cases
  (1 False).
- gmatclub.com 68374 ("SSS Well, there are 3!/3! or 1 way"). 1 case.

Sources of bench/equiv_fresh100_b3.py:

- lotto-6-aus-49.de "das-lotto-einmaleins" ("10.068.347.520 / 720 = 13.983.816", "Fakultät 4 oder
  4! oder 1*2*3*4 = 24", "6 über 5 oder ... = 6"). 4 cases.
- lotto-foerdert.de "lotto/Gewinnchancen.html" ("6/49 * 5/48 * 4/47 * 3/46 * 2/45 * 1/44 = 720 /
  10 068 347 520 = 1/13 983 816"). 2 cases.
- www.lotto.de "lotto-6aus49/info/gewinnwahrscheinlichkeit" ("(49 über 6) ... Das sind
  13.983.816"; "Das heißt aber nicht, dass ein '6er ohne Superzahl' ... der Wahrscheinlichkeit 1 zu
  13.983.816 entspricht"; "1/13.983.816 * 9/10 = 1/15.537.573,33"). 3 cases (1 False).
- mathelounge.de 38733 ("( 6 über 6 ) * ( 43 über 0 ) / ( 49 über 6 ) = 1 * 1 / 13983816 =
  0,0000000715 = 0,00000715 %"; "( 3 über 3 ) * ( 6 über 0 ) / ( 9 über 3 ) = 1 * 1 / 84 =
  0,0119"). 5 cases.
- nbelliard.fr "978-2-401-06317-4/affcor.php?p=46&r=107" (a textbook's corrigé 107 p. 46:
  "\displaystyle\binom{10}{3}\times\displaystyle\binom{7}{2} = 120\times 21 = 2520", "6188 - 252 =
  5936", "\binom{15}{3}=455", "3185 - 455 = 2730" ...). 7 cases.
- www.jai20enmaths.com "calculer-a-l-aide-des-coefficients-binomiaux" exercice 1 and exercice 2
  (corrections "\left(\begin{array}{c} {5} \\ {2} \end{array}\right)=\frac{5!}{2!\left(5-2
  \right)!} ... = 10", "= 84", "= 126"). 4 + 2 cases.
- projet-euler.fr p/53 ("\binom{5}{3} = 10", "\binom{23}{10} = 1144066"). 2 cases.
- todoexpertos.com 6i6mbl8rxuhjym3y (3 balls from 53: "C(53, 3) = 53·52·51 / (3·2·1) = 140556 / 6
  = 23426"). 2 cases.
- www.todoexpertos.com qnj1b8rpgph84 (4 from 100: "C(100,4) = 100·99·98·97 / (4·3·2·1) =
  3921225"; "la probabilidad dicha de tres formas es: 1 de cada 3.921.225 / 1/3921225 =
  0.000000255022 / ..."; "C(4,3)·96 = 4·96 = 384"). 5 cases.

83 cases in all (11 False): 22 here (1 False), 25 in bench/equiv_fresh100_b2.py (9 False), 36
in bench/equiv_fresh100_b3.py (1 False).

Left out, by rule: quotients printed without brackets around the denominator, whose literal
reading is another number (lotto-6-aus-49.de's "49*48*47*46*45*44 / 6*5*4*3*2*1", "49! /
(49-6)! * 6!", "6*5*4*3*2 / 5*4*3*2*1" and the Skat count "32! / 10!*10!*10!*2!", gmatclub's
"5!/2!3! = 10"); slips on a page that no one there corrects, with what rests on them (socratic
5a4f8306b72cff4cd1f36053's "29936700" for 12!/16 = 29937600; todoexpertos 6i6mbl8rxuhjym3y's
"C(43, 3) = ... = 12346" for 12341 and its "(12346+9030)/23426 = 0.9123903953", so its
probabilities "12346/23426 = 0.5270212584 = 52.70212584%" too; todoexpertos qnj1b8rpgph84's
"0.00000255022%" for 1/3921225, a tenth of 0.0000255022 %; math.answers.com's EFFECTIVE count
"45,360", reached by dividing 9! by 4 for three E's; mathelounge 38733's "1,119 %" for 1/84;
mbwdotberlin.wordpress.com's "49 x 48 x 47 x 46 x 45 x 44 = 10.068.347.552"; mathelounge 227576,
whose "Die Augenzahl ist ungerade" is answered with p(2)+p(4)+p(6)); approximations the page
marks as such (todoexpertos qnj1b8rpgph84's "1 de cada 10212 mas o menos"; lotto.de's table entry
"15.537.573", "das gerundete Ergebnis"); questions whose answer depends on a reading the thread
leaves open (physicsforums 412250: 120 if "012" counts as a 3-digit form, 100 if not) or whose key
the thread disputes (physicsforums 765971); pages that refuse a guess but never state the answer
(abc.net.au's Monty Hall message board post: "One in six?", "Fifty percent?"); answers to
different parts compared with each other (ibsurvival 39644's royal flush "1.54 x 10^-6" and
"1.28 x 10^-8"); moodlehub's question on Campbell's die, whose answers are not in the stored
excerpt; forms whose binomials, fractions or exponents the conversion lost or stacked
(amathslycee 21003 "8{3}", jai20enmaths exercice 2 b "5 852852 925925", spektrum's "62 = 36",
mathegym.de glossar 883, the oreilly "Statistik" page, sparknotes' odds example, mathleaks Big
Ideas chapter 5 test "is 23", bbc bitesize KS2 "^{1}/_{2}", the doczz 2006 KS3 mark scheme); the
imathworks thread on "n(n-1)/2" and "\frac{n!}{r!(n-r)!}" (r is left as a letter).

Examined and not used: pages an earlier set used or claimed (mathcelebrity permutation.php,
curioustab, answer.ya.guru 270696, socratic's puppies question, collegeconfidential 182683,
tower23, singinghedgehog SHGMIprob1, dm.mcoe.org, landermathcontest module 6, enotes 267009,
math.techqa.club 1189099 and 2992581, ARQMath 2143420, beatthegmat t306071, stackoverflow 18859430
and its copies on syntaxfix and wiki.gubat, the ams.sunysb.edu tucker test solutions, web2.0rechner
heureka answerpage 80, lntwww Aufgabe 3.1, robertedunn.com, mathhelpforum 161464, open.edu 68408,
claritystem, mindview.pages.dev); AI-written or generated answers (gauthmath, questionai, mathix,
mysovi, askanewquestion's GPT-4o mini answers, vaia, studyquestionhub, feeddi.com's "answered using
artificial intelligence", sorumatik, edu.com, devyy.com, and lesson sites whose text reads as
generated: practicemathsqld, topeduprep, fractionrush, binomial-coefficient-calculator.pages.dev);
calculator pages (bulkcalculator, calcipedia, numbercals, equatixsolution); algebra.com and
jiskha.com by rule; scribd mark-scheme copies on codestin.com, fanyv88.com and rt.http3.lol and the
sats-papers.co.uk KS2/Year 7 schemes (only the guidance text or bare marks were stored); edplace,
kwiznet and internetdict (one form each, or no answer to compare).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MOOD = "moodlehub.ca"
MOOD_URL = "https://moodlehub.ca/mod/page/view.php?id=63223"
SLID = "slidermath.com"
SLID_URL = "http://slidermath.com/rpoly/Probabil.shtml"
SCOO = "www.scootle.edu.au"
SCOO_URL = "https://www.scootle.edu.au/ec/viewing/L215/html/usingnumbers.html"
BLRG = "home.blarg.net"
BLRG_URL = "http://home.blarg.net/~math/definitions/odds.html"
SPEK = "www.spektrum.de"
SPEK_URL = (
    "http://www.spektrum.de/quiz/zwei-wuerfel-welches-ergebnis-wuerfelt-man-am-haeufigsten/614128"
)
WAEC = "waeconline.org.ng"
WAEC_URL = "http://waeconline.org.ng/e-learning/Mathematics/maths219Nq1.html"
# sources of bench/equiv_fresh100_b2.py and bench/equiv_fresh100_b3.py
ARQ = "www.cs.rit.edu"
ARQ_URL = "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/2078966_2017/2123233_02/2132380.html"
IMH5 = "imathworks.com"
IMH5_URL = "https://imathworks.com/math/math-the-number-of-five-card-hands-possible-from-a-standard-fifty-two-card-deck"
IMHW = "imathworks.com"
IMHW_URL = "https://imathworks.com/math/math-when-to-use-permutations-and-combinations"
FMH = "www.freemathhelp.com"
FMH_URL = "https://www.freemathhelp.com/forum/archive/index.php/t-91050.html?s=0957fa24e01f6189736644f18e76ca37"
NHN = "nhelpnotes.blogspot.com"
NHN_URL = "https://nhelpnotes.blogspot.com/2011/11/mental-math-q-how-many-distinct-7.html"
SOC = "socratic.org"
SOC_URL = "https://socratic.org/questions/5a4f8306b72cff4cd1f36053"
ANS = "math.answers.com"
ANS_URL = "https://math.answers.com/algebra/How_many_distinguishable_permutations_of_letters_are_possible_in_the_word_critics"
GMC = "gmatclub.com"
GMC_URL = "https://gmatclub.com/forum/pat-will-walk-from-intersection-x-to-intersection-y-along-a-route-that-68374.html"
L649 = "lotto-6-aus-49.de"
L649_URL = "https://lotto-6-aus-49.de/das-lotto-einmaleins/"
LFO = "lotto-foerdert.de"
LFO_URL = "http://lotto-foerdert.de/lotto/Gewinnchancen.html"
LDE = "www.lotto.de"
LDE_URL = "https://www.lotto.de/lotto-6aus49/info/gewinnwahrscheinlichkeit"
MLO = "mathelounge.de"
MLO_URL = "https://mathelounge.de/38733/auenland-lottozettel-felder-hobbits-kreuze-machen-mussen"
NBE = "nbelliard.fr"
NBE_URL = "https://nbelliard.fr/978-2-401-06317-4/affcor.php?p=46&r=107"
J20A = "www.jai20enmaths.com"
J20A_URL = "https://www.jai20enmaths.com/terminale-enseignement-de-specialite/combinatoire-et-denombrement/calculer-a-l-aide-des-coefficients-binomiaux"
J20B = "www.jai20enmaths.com"
J20B_URL = "https://www.jai20enmaths.com/terminale-enseignement-de-specialite/combinatoire-et-denombrement/calculer-a-l-aide-des-coefficients-binomiaux/exercice-2"
PEU = "projet-euler.fr"
PEU_URL = "https://projet-euler.fr/p/53"
TEA = "todoexpertos.com"
TEA_URL = "https://todoexpertos.com/preguntas/6i6mbl8rxuhjym3y/como-calcular-la-probabilidad-de-que-en-un-bombo-con-53-numeros-habiendo-extraido-3-sean-2-o-3-de-los-43-numeros-que-tengo"
TEB = "www.todoexpertos.com"
TEB_URL = "http://www.todoexpertos.com/categorias/ciencias-e-ingenieria/matematicas/respuestas/qnj1b8rpgph84/calculo-de-probabilidad?selectedanswerid=6k98suqy88w1n"

CASES = [
    # moodlehub 63223 (Unit E lesson 'Different Ways of Expressing Probability'): one probability, five forms
    _c(
        MOOD,
        MOOD_URL,
        gold=r"\frac{1}{7}",
        pred=r"0.143",
        wrap=True,
        expected=True,
        why="table: fraction 1/7 | decimal 0.143 | percent 14.3% | ratio 1:7 | statement 1 to 7",
    ),
    _c(
        MOOD,
        MOOD_URL,
        gold=r"\frac{1}{7}",
        pred=r"14.3%",
        wrap=True,
        expected=True,
        why="table: fraction 1/7 | decimal 0.143 | percent 14.3% | ratio 1:7 | statement 1 to 7",
    ),
    _c(
        MOOD,
        MOOD_URL,
        gold=r"\frac{1}{7}",
        pred=r"1:7",
        wrap=True,
        expected=True,
        why="table row 'ratio ... can be easily converted from a fraction | 1:7'",
    ),
    _c(
        MOOD,
        MOOD_URL,
        gold=r"\frac{1}{7}",
        pred=r"1 to 7",
        wrap=True,
        expected=True,
        why="table row 'statement ... separated by the word to ... | 1 to 7'",
    ),
    # slidermath Probabil.shtml: 'Probability can be represented by a percent, decimal or fraction'
    _c(
        SLID,
        SLID_URL,
        gold=r"0.5",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="'A 50 percent chance of rain ... the probability of rain tomorrow is 0.5 or 1/2'",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"0.5",
        pred=r"50 percent",
        wrap=True,
        expected=True,
        why="'A 50 percent chance of rain ... the probability of rain tomorrow is 0.5 or 1/2'",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"0.0",
        pred=r"0%",
        wrap=True,
        expected=True,
        why="'Zero Probability = 0% = 0.0 = 0/1 means 'no chance''",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"0.0",
        pred=r"0/1",
        wrap=True,
        expected=True,
        why="'Zero Probability = 0% = 0.0 = 0/1 means 'no chance''",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"1.0",
        pred=r"100%",
        wrap=True,
        expected=True,
        why="'One hundred percent Probability = 100% = 1.0 = 1/1'",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"1.0",
        pred=r"1/1",
        wrap=True,
        expected=True,
        why="'One hundred percent Probability = 100% = 1.0 = 1/1'",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"0.2",
        pred=r"20/100",
        wrap=True,
        expected=True,
        why="name entered 20 times among 100: 'the chance ... is 20/100 = 0.2 = 20%'",
    ),
    _c(
        SLID,
        SLID_URL,
        gold=r"0.2",
        pred=r"20%",
        wrap=True,
        expected=True,
        why="name entered 20 times among 100: 'the chance ... is 20/100 = 0.2 = 20%'",
    ),
    # scootle L215 'Using numbers': a coin's head as a fraction, a decimal and a percentage
    _c(
        SCOO,
        SCOO_URL,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'The probability of tossing a head is 1/2, or 0.5'",
    ),
    _c(
        SCOO,
        SCOO_URL,
        gold=r"1/2",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="'if you toss a coin, there is a 50% chance of getting heads'",
    ),
    # blarg 'Odds' definition: 2 red and 5 blue marbles, odds against probability
    _c(
        BLRG,
        BLRG_URL,
        gold=r"2/7",
        pred=r"2 / (2 + 5)",
        wrap=True,
        expected=True,
        why="'The probability of drawing a red marble is 2 / (2 + 5) = 2/7'",
    ),
    _c(
        BLRG,
        BLRG_URL,
        gold=r"2/7",
        pred=r"2 / 5",
        wrap=True,
        expected=False,
        why="'the odds of drawing a red marble is 2 / 5. The probability ... is ... 2/7'",
    ),
    # spektrum quiz 614128: sums of two dice, fractions and percentages with a decimal comma
    _c(
        SPEK,
        SPEK_URL,
        gold=r"1/6",
        pred=r"6 von 36",
        wrap=True,
        expected=True,
        why="'beträgt die Wahrscheinlichkeit also genau 6 von 36 oder (gekürzt) 1/6'",
    ),
    _c(
        SPEK,
        SPEK_URL,
        gold=r"1/36",
        pred=r"2,78 %",
        wrap=True,
        expected=True,
        why="table row '2 1+1 1/36 = 2,78 %'",
    ),
    _c(
        SPEK,
        SPEK_URL,
        gold=r"1/12",
        pred=r"8,33 %",
        wrap=True,
        expected=True,
        why="table row '4 1+3 2+2 3+1 1/12 = 8,33 %'",
    ),
    _c(
        SPEK,
        SPEK_URL,
        gold=r"5/36",
        pred=r"13,89 %",
        wrap=True,
        expected=True,
        why="table row '6 1+5 2+4 3+3 4+2 5+1 5/36 = 13,89 %'",
    ),
    _c(
        SPEK,
        SPEK_URL,
        gold=r"1/6",
        pred=r"16,67 %",
        wrap=True,
        expected=True,
        why="table row '7 1+6 ... 6+1 1/6 = 16,67 %'",
    ),
    # WAEC chief examiner's report, maths 2019 Q1(b): two red balls without replacement
    _c(
        WAEC,
        WAEC_URL,
        gold=r"5/33",
        pred=r"5/12 x 4/11",
        wrap=True,
        expected=True,
        why="'Therefore, the probability of both red = 5/12 x 4/11= 5/33'",
    ),
]

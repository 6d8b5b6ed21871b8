r"""A sixty-eighth fresh set of answer-equivalence cases (evaluation only; helper "a":
complex numbers and vectors -- rectangular, polar (r(cos θ + i sin θ), cis, r∠θ) and exponential
forms of the same number, arguments in degrees and in radians and their coterminal values, roots
of unity and other nth roots listed as sets, conjugates and imaginary parts; vectors in i-j-k
form, in angle brackets and as unit vectors, and compass bearings -- where a worked solution, an
answer key, a tutor or a Q&A thread settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh68_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh68_a2.py
(same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them -- LaTeX kept as LaTeX (socratic's
spaced "- 2 \sqrt{2} + 2 i \sqrt{2}", "{135}^{o}", "- 3 c i s"), plain-text forms kept as typed
("-128 - 128sqrt3i", "2sqrt2(cos 315+isin315)", "4 <-60", "2(cos 300 degree + i sin 300
degree)"), unicode kept ("−", "±", "º", "½√2"; qammunity's formula alt texts keep "\hat i").
A left side such as "z =", "u =", "a+ib=", "Unit vector =" or "\vec u_A=" is dropped;
byjus's "x=±2i or x=±2" is kept whole because its two parts each carry "x=". Where a chain "A =
B = C" ends in the page's answer, the answer (the last link, or the line the page marks as the
answer) is the gold and each earlier link a True case. Lists of roots are kept in the page's
order and brackets (socratic's set braces "\left\{ ... \right\}" kept; math.techqa.club
2657778's labels "z_0=" ... "z_5=" dropped and the six values joined by ", "; its general form
"e^{i\frac {n\pi}{3}}" is joined to the page's own "with n\in\{0,1,2,3,4,5\}"). Readings, each
noted in ``why``: a multiple-choice key (homeworksource 1027697, documen.tv 19710752) gives the
chosen option as the gold and each other option as a False case; a page that converts the
question's number (sidebar.io's "2-2(sqrt 3)i", homeworksource 1031938's "3+3i",
askanewquestion's "-2+2i", mathhelpforum 16031's "2cis120º", openstudy's "3(cos225 +isin225)")
gives that number as a True pred of its answer.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathhelpforum.com pre-calculus/177491 (the asker finds θ = -pi/3, "But in the solution they
  subtract this from 2pi to get 5pi/3 as theta. Why?"; reply: "Right, they are the same thing.").
  1 case.
- socratic.org "how can you use trigonometric functions to simplify 2e^(π/3 i) ..." ("The answer
  is = 1 + i√3", with z = 2e^{iπ/3} = 2(cos(π/3) + i sin(π/3)) = 2(1/2 + i√3/2) = 1 + i√3).
  3 cases.
- byjus.com "the root(s) of the equation x^4 = 16" ("∴x=2,2i,−2,−2i"; "⇒x=±2i or x=±2";
  "Hence four roots of equation are : 2,−2,2i,−2i"). 2 cases.
- qammunity.org 18502357 (the conjugate of 7 - 4i is 7 + 4i: "you change the sign of one term.
  not both"; (7 - 4i)(-7 + 4i) = -33 + 56i "still an i-term"). 1 case (1 False).
- socratic.org "what is the conjugate of 7 - 4i" (worked example (3+2i)/(7-4i) = (13+26i)/(49+16)
  = 13/65 + 26/65 i = 1/5 + 2/5 i). 2 cases.
- glow.fundegar.com "finding-roots-of-z-3-8" (a math.SE copy: the asker has z = 2, 2e^{2iπ/3},
  2e^{4iπ/3} "But the answer says: z=2,-1+√3i,-1-√3i What's going on?"; answers: "e^{iθ} =
  cosθ + i sinθ", and by factoring "z=-√3i-1 and z=√3i-1"). 2 cases.
- web2.0calc.com "v-3i-4j" (u = <3,-4>/sqrt(25) = <3,-4>/5 = <3/5, -4/5>). 2 cases.
- science-mathematics.com Mathematics/201206/32812 (unit vector of 4i - 3j: "(4i - 3j) / 5";
  "So, the unit vector is (1/5)(4i - 3j)"). 1 case.
- qammunity.org 9829802 (unit vector of 4î + 3ĵ: "(4î + 3ĵ)/(5)", "Simplifying: (4)/(5)î +
  (3)/(5)ĵ"). 1 case.
- mathhelpforum.com calculus/142796 (the book's answers: 2^8 cis 16pi/3 "is equal to 2^8 cis
  4pi/3", "the final answer in a+ ib form is : -128 - 128sqrt3i"). 2 cases.
- staging.sidebar.io lugar/3729458 (a Q&A copy: 2-2(sqrt 3)i is "Answer: 4 <-60", "Polar form
  = 4 ( cos (-60) + i sin (-60)) = 4 < -60 degrees", closing "4(cos(300)+isin(300))"). 3 cases.
- mathhelpforum.com trigonometry/16031 ("z=2cis120º": "2·cis(120°) = 2(cos120° + i sin120°) =
  2(-1/2 + i√3/2) = -1+ i√3"). 4 cases.
- homeworksource.com 1027697 (1 - √3 i in polar form, options 2(cos 330 degree + ...), 4(cos 330
  degree + ...), 4 (cos 300 degree + ...), 2(cos 300 degree + ...); solution "2(cos 300 + i sin
  300) Correct option is D"). 4 cases (3 False).

Sources of bench/equiv_fresh68_a2.py:

- www.gradesaver.com Precalculus (6th Edition) 8.5 page 801 #38 ("Answer √3 - i"; "2(cos(-30°)
  + i sin(-30°)) = 2(√3/2 - i 1/2) = √3 - i"). 2 cases.
- socratic.org "how do you write the trigonometric form into a complex number in standard form
  4(cos135+isin135)" (= 4(-1/√2 + i × 1/√2) = -4/√2 + 4 i/√2 = -2√2 + 2i√2). 3 cases.
- qammunity.org 17017543 ("a+ib=2sqrt2(cos7pi/4+isin7pi/4) this is radian format or...
  a+ib=2sqrt2(cos 315+isin315) this is degree format"). 1 case.
- askanewquestion.com 1494899 (z=-2+2i: "T = 3 pi/4 ... so z =2 sqrt 2[cos .75 pi+isin .75
  pi]"). 1 case.
- math.techqa.club 2657778 (the sixth roots of unity: z_n = cos(nπ/3) + i sin(nπ/3) = e^{inπ/3}
  with n∈{0,...,5}, then z_0 = 1 ... z_5 = 1/2 - i√3/2). 2 cases.
- web2.0calc.com "david-determines-that" ("David determines that 3√2cis(7π/4) = -3+3i ... he
  knows he made an error"). 1 case (1 False).
- socratic.org question 545579 (-3(cos(π/4) + i sin(π/4)), "or -3cis(π/4), as trig form", "we
  can also write it as -3e^{π/4 i}", "= -3(√2/2 + √2/2 i) = -3√2/2 - 3√2/2 i"). 4 cases.
- openstudy.com 50e46c99e4b0e36e35147084 ("write 3(cos225 +isin225) in the form a + ib"; helper:
  "Therefore you now have 3(-1/2√2 + i·-1/2√2) And if you work out the brackets you're done").
  1 case.
- quizlet.com 7640996 (flash cards: "w = 7i + j - 3k" / "w = <7, 1, -3>"; v1 + v2 and v1 - v2
  worked in angle brackets). 3 cases.
- homeworksource.com 1031938 (3+3i "in degree is 3sqrt2 ( cos45 + i sin45) and in radian is
  3sqrt2 ( cos pi/4 + i sin pi/4)"). 2 cases.
- www.mathwords.com "i/imaginary_part.htm" ("The imaginary part is b, not bi ... for 3 + 7i, the
  imaginary part is the number 7, not the expression 7i"; 4 − 9i rewritten "z=4+(−9)i", its
  imaginary part "−9"). 3 cases (2 False).
- www.learnmathclass.com "complex-numbers/operations" (common-mistakes table, wrong against
  right: "conjugate of 3 + 2i is −3 − 2i" / "3 − 2i"; "(5 + 3i) − (2 − 4i) = 3 − i" / "3 + 7i";
  "(2i)(3i) = 6i² = 6" / "−6"). 3 cases (3 False).
- socratic.org "how do I find the square roots of i" (z = {e^{iπ/4}, e^{i5π/4}} = {cos(π/4) + i
  sin(π/4), cos(5π/4) + i sin(5π/4)} = {1/√2 + 1/√2 i, -1/√2 - 1/√2 i}). 2 cases.
- math.techqa.club 966854 (x^2 = i: the asker used modulus i and got z_0 = i√2/2 + i^2(√2/2),
  "I don't get the result shown in the book"; answer: "The modulus of i is 1", the roots are
  1(cos π/4 + i sin π/4) = 1/√2 + i 1/√2 and its opposite). 2 cases (1 False).
- math.answers.com "How do you find the two square roots of -i" ("+√i = cos ¼ π + i sin ¼ π =
  (½√2) + i ½√2 = (½√2) (1 + i)"). 2 cases.
- www.shaalaa.com 46518 (unit vector along 2î - 3ĵ + 6k̂: (2î - 3ĵ + 6k̂)/7 = 2/7 î - 3/7 ĵ +
  6/7 k̂). 1 case.
- vidyadip.com 475052 (unit vector along 2î - 6ĵ + 3k̂: "Answer 2/7 î - 6/7 ĵ + 3/7 k̂", from
  (2î - 6ĵ + 3k̂)/√(4 + 36 + 9)). 1 case.
- documen.tv 19710752 (a Q&A copy: bearing of the velocity vector (25, 25√3), options "N 30° E
  E 30° S E 30° N N 30° W"; answer "The directional bearing of the boat is N 30º E"). 3 cases
  (3 False).

65 cases in all (14 False): 28 here (4 False), 37 in bench/equiv_fresh68_a2.py (10 False).

Left out, by rule: forms whose fraction, radical, exponent or degree sign the text conversion lost
or flattened (byjus's "2ei0,2eiπ/2,2eiπ,2ei3π/2"; intmath's "81/3(cos120° + jsin120°)" for
8^{1/3}; math4u.vsb.cz's x^4+16=0 options; home.windstream.net/okrebs's teacher key, whose degree
signs became "o" ("5cis 320o", "(5, 435o)"); socratic.com/answers/545579, the flattened copy of
the page used; mathsisinteresting.blogspot's "+450" for 45°; mathskey.com pages, whose formulas
are empty); refusals only of form with the value the same (learnmathclass's "Leaving a complex
denominator"); rounded values given with "~" or "about" (wyzant 745780's "√10 ~ 3.2" and
"~ 71.6 degrees"); lines that repeat a case (glow.fundegar's and the socratic pages' middle
links beyond those taken); mathhelpforum 177491's "64+64i, is that a mistake?", which the stored
excerpt does not settle; the reply-less questions (physicsforums 434329 and 267963,
hmwk-exchange.livejournal 22884, wiki.rmanhart math.SE copy 1282868, cpm 11-152); the correct
rectangular form that web2.0calc "david-determines-that" asks for (not given, so only the refused
"-3+3i" is used); homeworksource 1003386
("3sqrt(2)*exp(45*i)", degrees in an exponent); homeworksource 1027902 (its direction answer is
itself wrong for a third-quadrant vector).

Examined and not used: pages used by earlier sets (questioncove 518cb7ade4b062a8d1d9de26,
physicsforums 631326, r.genit.al dankmemes eqwtsd, scribd 508159456, core.gamatrain UkIZD3,
ib.mycosmic.dev 366, askanewquestion 1740567, soulshift.co.in, mathhelpforum 141243, mammothmemory,
gradesaver Precalculus 10th ed. chapter 9 (page 606 #29 not used either: its position vector
"(3,4)" stands beside "3i+4j" without a stated equality), math.techqa.club 2899093 (only the
asker's own corrected sign)); excluded sites (algebra.com, jiskha.com, a.simonm.io); generated
or AI answers (gauthmath, questionai, math-gpt.org, smartsolve, edu.com, solvelyapp, csr.engine,
mis.kyeop, ononot.vercel.app, whatis.eokultv, sbc-media.blogspot quiz, w6.fakespot); ib.mycosmic.dev
957 (its formulas are not in the stored text); glow.fundegar "principal-value-of-complex-number"
(the principal value itself is never written); byjus's multiple-choice letter "D −2i"; clay6 4938
and 5247 (one form only); qammunity 362585 (degrees written in an exponent, "2^.25 e^30 i").
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MHF = "mathhelpforum.com"
MHF_177 = "http://mathhelpforum.com/pre-calculus/177491-complex-number-trig-conversion.html"
MHF_142 = "http://mathhelpforum.com/calculus/142796-complex-numbers-don-t-understand-last-bit.html"
MHF_160 = "http://mathhelpforum.com/trigonometry/16031-express-rectangular-form.html"
SOC = "socratic.org"
SOC_2E = "https://socratic.org/questions/how-can-you-use-trigonometric-functions-to-simplify-2-e-pi-3-i-into-a-non-expone"
SOC_CONJ = "https://socratic.org/questions/what-is-the-conjugate-of-7-4i-1"
SOC_135 = "https://socratic.org/questions/how-do-you-write-the-trigonometric-form-into-a-complex-number-in-standard-form-4"
SOC_M3 = "https://socratic.org/questions/write-on-the-trigonometric-form-the-following-complex-number-3-cos-pi-4-isin-pi-#545579"
SOC_SQI = "https://socratic.org/questions/how-do-i-find-the-square-roots-of-i"
BYJ = "byjus.com"
BYJ_X4 = "https://byjus.com/question-answer/the-root-s-of-the-equation-x-4-16-is-are"
QAM = "qammunity.org"
QAM_CONJ = "https://qammunity.org/18502357/?show=18502358"
QAM_UV = "https://qammunity.org/9829802/?show=9829803"
QAM_315 = "https://qammunity.org/17017543/?show=17017544"
GLW = "glow.fundegar.com"
GLW_Z38 = "https://glow.fundegar.com/finding-roots-of-z-3-8.html"
W2C = "web2.0calc.com"
W2C_UV = "https://web2.0calc.com/questions/v-3i-4j"
W2C_DAV = "https://web2.0calc.com/questions/david-determines-that"
SCM = "science-mathematics.com"
SCM_UV = "http://science-mathematics.com/Mathematics/201206/32812.htm"
SBR = "staging.sidebar.io"
SBR_POL = "https://staging.sidebar.io/lugar/3729458"
HWS = "homeworksource.com"
HWS_POL = "https://homeworksource.com/p/1027697/write-the-complex-number-in-polar-form-express-the-argument-1027697"
HWS_33 = "https://homeworksource.com/p/1031938/82-write-the-complex-number-in-trigonometric-form-once-using-1031938"
GS = "www.gradesaver.com"
GS_801 = "https://www.gradesaver.com/textbooks/math/precalculus/precalculus-6th-edition/chapter-8-application-of-trigonometry-8-5-trigonometric-polar-form-of-complex-numbers-products-and-quotients-8-5-exercises-page-801/38"
ANQ = "askanewquestion.com"
ANQ_22I = "https://askanewquestion.com/questions/write-the-complex-number-z-2-2i-in-trigonometric-form/1494899"
TQ = "math.techqa.club"
TQ_Z6 = "https://math.techqa.club/s-z-c-z-6-1-list-the-elements-of-s-as-complex-numbers-in-polar-form-and-in-cartesian-form-2657778"
TQ_SQI = "https://math.techqa.club/linear-algebra-complex-equation-966854"
OS = "openstudy.com"
OS_225 = "http://openstudy.com/updates/50e46c99e4b0e36e35147084"
QZL = "quizlet.com"
QZL_V = "https://quizlet.com/7640996/randy-linear-algebra-flash-cards/"
MW = "www.mathwords.com"
MW_IM = "https://www.mathwords.com/i/imaginary_part.htm"
LMC = "www.learnmathclass.com"
LMC_OPS = "https://www.learnmathclass.com/complex-numbers/operations"
ANS = "math.answers.com"
ANS_SQI = "https://math.answers.com/Q/How_do_you_find_the_two_square_roots_of_-i"
SHA = "www.shaalaa.com"
SHA_UV = (
    "https://www.shaalaa.com/question-bank-solutions/find-unit-vector-direction-2-i-3-j-6-k_46518"
)
VID = "vidyadip.com"
VID_UV = "https://vidyadip.com/ask/question/write-a-unit-vector-in-the-direction-of-by-rightarrowa-2hati-6hatj-3hatk_475052"
DOC = "documen.tv"
DOC_BR = "https://documen.tv/question/a-boat-travels-with-velocity-vector-25-25-startroot-3-endroot-what-is-the-directional-bearing-of-19710752-56/"

CASES = [
    # mathhelpforum 177491: -pi/3 and the solution's 5pi/3 are 'the same thing'
    _c(
        MHF,
        MHF_177,
        gold=r"5pi/3",
        pred=r"- pi/3",
        wrap=True,
        expected=True,
        why="solution takes 2pi - pi/3 'to get 5pi/3 as theta. Why?' -- reply: 'Right, they are the same thing.'",
    ),
    # socratic: 2e^{iπ/3} in rectangular form, with the worked chain
    _c(
        SOC,
        SOC_2E,
        gold=r"1 + i \sqrt{3}",
        pred=r"2 {e}^{i \frac{\pi}{3}}",
        wrap=True,
        expected=True,
        why="'The answer is = 1 + i√3' for z = 2e^{iπ/3}",
    ),
    _c(
        SOC,
        SOC_2E,
        gold=r"1 + i \sqrt{3}",
        pred=r"2 \left(\cos \left(\frac{\pi}{3}\right) + i \sin \left(\frac{\pi}{3}\right)\right)",
        wrap=True,
        expected=True,
        why="worked chain z = 2e^{iπ/3} = 2(cos(π/3) + i sin(π/3)) ... = 1 + i√3",
    ),
    _c(
        SOC,
        SOC_2E,
        gold=r"1 + i \sqrt{3}",
        pred=r"2 \left(\frac{1}{2} + i \frac{\sqrt{3}}{2}\right)",
        wrap=True,
        expected=True,
        why="worked chain 'z = 2(1/2 + i √3/2) = 1 + i√3'",
    ),
    # byjus: the four roots of x^4 = 16, in two orders and as ± pairs
    _c(
        BYJ,
        BYJ_X4,
        gold=r"2,−2,2i,−2i",
        pred=r"2,2i,−2,−2i",
        wrap=True,
        expected=True,
        why="'∴x=2,2i,−2,−2i' and 'Hence four roots of equation are : 2,−2,2i,−2i' (same roots, other order)",
    ),
    _c(
        BYJ,
        BYJ_X4,
        gold=r"2,−2,2i,−2i",
        pred=r"x=±2i or x=±2",
        wrap=True,
        expected=True,
        why="'⇒x=±2i or x=±2 Hence four roots of equation are : 2,−2,2i,−2i'",
    ),
    # qammunity 18502357: the conjugate of 7 - 4i changes one sign, not both
    _c(
        QAM,
        QAM_CONJ,
        gold=r"7 + 4i",
        pred=r"-7 + 4i",
        wrap=True,
        expected=False,
        why="'for a conjugate ... you change the sign of one term. not both' -- the conjugate of (7 - 4i) is (7 + 4i); (7 - 4i)(-7 + 4i) = -33 + 56i 'still an i-term'",
    ),
    # socratic: conjugate of 7 - 4i, worked quotient (3+2i)/(7-4i)
    _c(
        SOC,
        SOC_CONJ,
        gold=r"\frac{1}{5} + \frac{2}{5} i",
        pred=r"\frac{13}{65} + \frac{26}{65} i",
        wrap=True,
        expected=True,
        why="worked quotient '= (13+26i)/(49+16) = 13/65 + 26/65 i = 1/5 + 2/5 i'",
    ),
    _c(
        SOC,
        SOC_CONJ,
        gold=r"\frac{1}{5} + \frac{2}{5} i",
        pred=r"\frac{13 + 26 i}{49 + 16}",
        wrap=True,
        expected=True,
        why="worked quotient '= (13+26i)/(49+16) = 13/65 + 26/65 i = 1/5 + 2/5 i'",
    ),
    # glow.fundegar (math.SE copy): cube roots of 8, exponential against the book's a+bi
    _c(
        GLW,
        GLW_Z38,
        gold=r"2,-1+\sqrt{3}i, -1-\sqrt{3}i",
        pred=r"2,2e^{\frac{2i\pi}{3}},2e^{\frac{4i\pi}{3}}",
        wrap=True,
        expected=True,
        why="asker has z = 2, 2e^{2iπ/3}, 2e^{4iπ/3}, 'But the answer says: z=2,-1+√3i,-1-√3i'; answer: 'e^{iθ}=cosθ+i sinθ' (the same roots)",
    ),
    _c(
        GLW,
        GLW_Z38,
        gold=r"2,-1+\sqrt{3}i, -1-\sqrt{3}i",
        pred=r"2, -\sqrt{3}i-1, \sqrt{3}i-1",
        wrap=True,
        expected=True,
        why="second answer: z = 2 from the first factor, then 'z=-√3i-1 and z=√3i-1' (the book's roots, other order)",
    ),
    # web2.0calc: unit vector of 3i - 4j in angle brackets
    _c(
        W2C,
        W2C_UV,
        gold=r"<3/5, -4/5>",
        pred=r"<3, -4> / 5",
        wrap=True,
        expected=True,
        why="unit vector of v=3i-4j: 'u = <3, -4> / 5 ... u = <3/5, -4/5>.'",
    ),
    _c(
        W2C,
        W2C_UV,
        gold=r"<3/5, -4/5>",
        pred=r"<3,-4> / sqrt(25)",
        wrap=True,
        expected=True,
        why="'u = <3,-4> / sqrt(3^2 + (-4)^2) ... u = <3, -4> / sqrt(25) ... u = <3/5, -4/5>.'",
    ),
    # science-mathematics.com 32812: unit vector of 4i - 3j, two answerers' forms
    _c(
        SCM,
        SCM_UV,
        gold=r"(1/5)(4i - 3j)",
        pred=r"(4i - 3j) / 5",
        wrap=True,
        expected=True,
        why="one answer: 'Unit vector = ... = (4i - 3j) / 5'; the other: 'So, the unit vector is (1/5)(4i - 3j)'",
    ),
    # qammunity 9829802: unit vector of 4i + 3j (formula alt texts)
    _c(
        QAM,
        QAM_UV,
        gold=r"(4)/(5)\hat i +(3)/(5)\hat j",
        pred=r"(4\hat i +3\hat j )/(5)",
        wrap=True,
        expected=True,
        why="'Thus the unit vector is: (4î+3ĵ)/(5) Simplifying: (4)/(5)î+(3)/(5)ĵ' (answer line)",
    ),
    # mathhelpforum 142796: (-1 + sqrt3 i)^8, the book's answers
    _c(
        MHF,
        MHF_142,
        gold=r"-128 - 128sqrt3i",
        pred=r"2^8 cis 4pi/3",
        wrap=True,
        expected=True,
        why="'the answers tell me tht the answer above is equal to 2^8 cis 4pi/3 ... the final answer in a+ ib form is : -128 - 128sqrt3i'",
    ),
    _c(
        MHF,
        MHF_142,
        gold=r"-128 - 128sqrt3i",
        pred=r"2^8 cis 16pi/3",
        wrap=True,
        expected=True,
        why="the answers say 2^8 cis 16pi/3 'is equal to 2^8 cis 4pi/3' and give 'the final answer in a+ ib form' -128 - 128sqrt3i",
    ),
    # staging.sidebar.io 3729458: 2 - 2√3 i in polar form, angle -60 or 300
    _c(
        SBR,
        SBR_POL,
        gold=r"4 <-60",
        pred=r"4 ( cos (-60) + i sin (-60))",
        wrap=True,
        expected=True,
        why="'Answer: 4 <-60' ... 'Polar form = 4 ( cos (-60) + i sin (-60)) = 4 < -60 degrees'",
    ),
    _c(
        SBR,
        SBR_POL,
        gold=r"4 <-60",
        pred=r"4(cos(300)+isin(300))",
        wrap=True,
        expected=True,
        why="'Answer: 4 <-60' ... answer's closing line '4(cos(300)+isin(300))' (same number, 300 = -60 + 360)",
    ),
    _c(
        SBR,
        SBR_POL,
        gold=r"4 <-60",
        pred=r"2-2(sqrt 3)i",
        wrap=True,
        expected=True,
        why="the answer converts 'the given above 2-2(sqrt 3)i' into 'polar form ... = 4 < -60 degrees'",
    ),
    # mathhelpforum 16031: 2cis120° in rectangular form
    _c(
        MHF,
        MHF_160,
        gold=r"-1+ i\sqrt{3}",
        pred=r"2\!\cdot\!\text{cis}(120^o)",
        wrap=True,
        expected=True,
        why="'2·cis(120°) = 2(cos120° + i sin120°) = 2(-1/2 + i√3/2) = -1+ i√3'",
    ),
    _c(
        MHF,
        MHF_160,
        gold=r"-1+ i\sqrt{3}",
        pred=r"2\left(\cos120^o + i\sin120^o\right)",
        wrap=True,
        expected=True,
        why="'2·cis(120°) = 2(cos120° + i sin120°) = 2(-1/2 + i√3/2) = -1+ i√3'",
    ),
    _c(
        MHF,
        MHF_160,
        gold=r"-1+ i\sqrt{3}",
        pred=r"2\left(-\frac{1}{2} + i\frac{\sqrt{3}}{2}\right)",
        wrap=True,
        expected=True,
        why="'2·cis(120°) = 2(cos120° + i sin120°) = 2(-1/2 + i√3/2) = -1+ i√3'",
    ),
    _c(
        MHF,
        MHF_160,
        gold=r"-1+ i\sqrt{3}",
        pred=r"2cis120º",
        wrap=True,
        expected=True,
        why="question 'z=2cis120º' expressed in rectangular form: '... = -1+ i√3'",
    ),
    # homeworksource 1027697: 1 - √3 i in polar form, option D and the refused options
    _c(
        HWS,
        HWS_POL,
        gold=r"2(cos 300 degree + i sin 300 degree)",
        pred=r"2(cos 300 + i sin 300)",
        wrap=True,
        expected=True,
        why="solution: 'the required polar form is 2(cos 300 + i sin 300) Correct option is D' (option D as listed)",
    ),
    _c(
        HWS,
        HWS_POL,
        gold=r"2(cos 300 degree + i sin 300 degree)",
        pred=r"2(cos 330 degree + i sin 330 degree)",
        wrap=True,
        expected=False,
        why="for 1 - √3 i: 'theta= tan-1-sqrt3= 300 degree ... Correct option is D'; this is option A",
    ),
    _c(
        HWS,
        HWS_POL,
        gold=r"2(cos 300 degree + i sin 300 degree)",
        pred=r"4(cos 330 degree + i sin 330 degree)",
        wrap=True,
        expected=False,
        why="for 1 - √3 i: 'r= ... = 2 ... theta= ... 300 degree ... Correct option is D'; this is option B",
    ),
    _c(
        HWS,
        HWS_POL,
        gold=r"2(cos 300 degree + i sin 300 degree)",
        pred=r"4 (cos 300 degree + i sin 300 degree)",
        wrap=True,
        expected=False,
        why="for 1 - √3 i: 'r= sqrt(12+ (-sqrt3)2)= 2 ... Correct option is D'; this is option C (modulus 4)",
    ),
]

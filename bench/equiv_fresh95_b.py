r"""A ninety-fifth fresh set of answer-equivalence cases (evaluation only; helper "b": elementary
number theory answers -- prime factorisations in index form and written out (``2^3 x 3^2``,
``2*2*2*3*3``, "3 to the third power times 2") against products that are not prime
factorisations, HCF and LCM against their products of primes, congruence classes against their
general solutions and sets, modular inverses and remainders as other residues, a remainder against
the decimal quotient, lists of divisors, and binary and hexadecimal numerals -- where a worked
answer, a teacher's worksheet or a Q&A thread settles which forms are the same answer and which
are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh95_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh95_b2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them: "x", "X", "×", "*" and "\cdot"
kept as written, spacing kept ("2 * 2* 2 *3*3"), LaTeX kept with its ``$`` delimiters dropped
(math.techqa.club, imathworks, kiwix, gradesaver, mathportal) and brainly's ``[tex]`` wrapper
dropped (freddyo). A left side ``54 =``, ``LCM =``, ``HCF =`` or ``A =`` is dropped where the
answer is the right side; congruences and general solutions keep their ``x``. Where a form is
written as a chain ("x = 4h = 4(-1\!+\!3n)=-4\!+\!12n\equiv 8\pmod{\!12}", "2 × 3 × 5 × 9 =
270"), the links compared are taken from the chain and the reading is noted in ``why``. Readings:
a product that the page says is not a prime factorisation (math.answers.com "2 X 3 X 10 = 60 ...
10 is not a Prime number") is refused as the prime factorisation although its value is the same;
a multiple-choice key's letter is read as its option (qammunity 16153466 "00101101 or C", option C
"101101"); web2.0calc 105's second answer closes the remainder question with "x==79 (mod105)",
read as its form of the remainder 79; fetsystem's refusal of the positive factors alone is that
page's convention (it counts negative factors), not every page's.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 219389 (factor tree of 54: the asker's and the book's "2*3*3*3" are both
  correct; "$54 = (2)\times(3)^3$"). 1 case.
- math.techqa.club 1027776 (2x = 4 (mod 8), x = 2 (mod 6): the asker's "x = 6k + 2" is a mistake;
  "the correct answer is: $12n + 2$"). 1 case (1 False).
- math.techqa.club 2264396 (4x = 2 (mod 6): "every number of the form $x=3k+2$ is a solution",
  "$4x \equiv 2 \pmod 6$ iff $x \equiv 2,5 \bmod 6$", via "$x \equiv 2 \bmod 3$"). 2 cases.
- imathworks.com "wrong-solution-of-congruence-system..." (the asker's "$x\equiv-4\pmod{24}$" is
  wrong, "The mistake is that you didn't cancel gcd(4,6)=2"; the answer ends "$x = 4h = ...
  =-4\!+\!12n\equiv 8\pmod{\!12}$"). 2 cases (1 False).
- discmaster.textfiles.com, Scientific Notebook help dm12-2 ("x≡91 mod127 is just another way of
  writing x = 91 + 127n for some integer n"). 1 case.
- www.chegg.com q3353612 (x=2 (mod 3), x=3 (mod 5), x=5 (mod 7): "x = 68 (mod 3*5*7)", "x = 68
  (mod 105)", "So the general solution is: x = 105q + 68"). 2 cases.
- freddyo.com 13427492 (integers congruent to 5 (mod 7): "(a) A = {... -23, -16, -9, -2, 5, 12,
  19, 26, ....}", "(b) In set builder form, A = {x\in Z: x = 5 - 7t,\ t\in Z}"). 1 case.
- web2.0calc.com "remainder-when-x-is-divided-by-105" (both answers: "mod 105 = 79 - the
  remainder", "So x==79 (mod105)"). 1 case.
- kiwix.lukehooper.xyz, math.stackexchange 2944734 (the book's inverse of 35 mod 3 is 2: "$-1
  \pmod{3}$ is the inverse. Note that $-1 \equiv 2 \pmod{3}$"). 1 case.
- assignmentexpert.com question 264361 ("Since −5 mod 11=6 mod 11, we conclude that the inverse
  of 35 modulo 11 is 6"). 1 case.
- www.800score.com forum f=3 t=2432 (next topic) ("Would not 2/5 equal .4 and not 2?" -- "So when
  2 is divided by 5, the remainder is 2"). 1 case (1 False).
- www.manhattangmat.com forum t7594 ("13 ÷ 4 = 3 R 1 ... it really is just 13 ÷ 4 = 3 + 1/4 or
  3.25"). 2 cases.
- www.edplace.com KS3 year 7 worksheet 952/2227 "Prime factorisations with indices" ("54 = 2 x 3 x
  3 x 3 = 2 x 3^{3}", "28 = 2 x 2 x 7 = 2^{2} x 7", "24 = 2 x 2 x 2 x 3 = 2^{3} x 3"). 3 cases.
- mathhelpforum.com 1361 "exponential notation" ("140 = 2 x 2 x 5 x 7 ... So 140 = 2^2 x 5 x 7").
  1 case.
- fornoob.com "write-84-as-a-product-of-primes-use-index-notation" ("2^2 x 3 x 7"; "2 x 2 x 3 x 7
  = 84 ... 2 x 2 is the same as 2^2"). 1 case.
- www.mathportal.org prime factorisation of 54756 ("$54756 = 2\cdot2\cdot3\cdot3\cdot3\cdot3\cdot13
  \cdot13$ Which is the same as: $54756 = 2^{2}\cdot3^{4}\cdot13^{2}$"). 1 case.
- www.gradesaver.com Basic College Mathematics (9th Edition) chapters 1-2 cumulative review p. 195
  ex. 32 (answer "$2^{3}$ * $3^{2}$"; "the prime factorization of 72 is 2 * 2* 2 *3*3 = $2^{3}$ *
  $3^{2}$"). 1 case.
- ja3.jsfiddle.net parte 11544120 (brainly copy: "72 = 6*12 = 3*2 * 4*3 = 3*2*2*2*3", "72 =
  2*2*2*3*3", "72=2^3 * 3^2"). 2 cases.

Sources of bench/equiv_fresh95_b2.py:

- math.answers.com, nine question pages: "Is_the_prime_factorization_the_same_as_the_factor_string"
  ("4 x 9 can be a factor string for 36, but can't be a prime factorization. The prime
  factorization of 36 is 2 x 2 x 3 x 3"), "What_does_find_the_prime_factorization_of_each_number_
  using_exponents_mean" ("2 x 2 x 2 x 3 x 3. Using exponents, that's 2^3 x 3^2"),
  "How_can_exponents_make_it_easier..." ("2 x 2 x 2 x 3 x 3 x 3 = 216 2^3 x 3^3 = 216"),
  "How_do_you_draw_a_factor_tree_of_the_number_54" ("2 x 3 x 3 x 3 = 54"; "Answer: 3 to the third
  power times 2"), "Prime_factorization_0f_72" ("100=2*50=2*2*25=2*2*5*5 => prime factorization is
  2^2*5^2"), "What_is_an_example_of_prime_factorization" ("An example that is not prime
  factorization is: 2 X 3 X 10 = 60"), "What_makes_the_factorization_of_a_number_a_prime_
  factorization" ("Only 2 X 2 X 2 is a prime factorization because 2 X 4 includes the composite
  number 4"), "How_would_you_do_prime_factorization" ("No, 3x5x4 is not a prime factorization of
  60 ... The prime factorization of 60 is 2x2x3x5"), "How_do_you_know_when_you_have_prime_
  factorization" ("2 X 6 = 12 ... 6 is composite, so more factoring is needed", "2 X 2 X 25 = 100.
  Now, 25 needs to be factored"). 10 cases (6 False).
- qammunity.org 16153466 (hex 2D in binary, options "C. 101101": "so the answer is 00101101 or
  C."). 1 case.
- qammunity.org 3022421 ("LCM= 2^2 * 3^2 *5 = 4*9*5= 180"). 2 cases.
- slidetodoc.com "hcf-lcm-prime-factorisation-higher-gcse-questions-these" (Edexcel June 2018
  clone: "LCM = 2 × 3 × 5 × 9 = 270"). 1 case.
- getrevising.co.uk "revision-notes/mathematics-2017-gcse-9-1-1" ("HCF= 2x3x5 HCF=30", "LCM=
  30x3x7 LCM= 630"). 2 cases.
- www.questiun.com 49 (factors of 36: "1,2,3,4,6,9,12,18,36" and "the factors of the number 36
  are: 36, 18, 12, 9, 6, 4, 3, 2, 1"). 1 case.
- www.fetsystem.com "mathematics/factors-example" ("So the factors of 12 are 1,2,3,4,6,12 Isn't it
  easy or are we forgetting something. Yes we are!" ... "The factors of 12 are -12,-6,-4,-3,-2,-1,
  1, 2, 3, 4, 6, 12"). 1 case (1 False).
- lists.tapr.org aprssig 2005-11-08 ("FF represents decimal 255. In C-code we represent those
  numbers as 0x00 and 0xff"). 1 case.

44 cases in all (10 False): 25 here (3 False), 19 in bench/equiv_fresh95_b2.py (7 False).

Left out, by rule: forms whose exponents or subscripts the text conversion flattened
(math.answers.com "23 x 32" for 2^3 x 3^2 and "22 X 52", intellectualmath "22 × 33", studylib
8372912, learner.org "2 2 2 3 3, or 23 32", africaexams BECE "22×33", tiger-algebra and gcflcm
LCM lines, ok-em.com "22 × 3", slidetodoc's "HCF = 2 × 32 × 5", armyintelligence.tpub "1510 ...
"F" ... "Fh"", mathmojo "1012" / "101two", jrfnet "FF₁₆" in mojibake, vibemenow's mojibake "×");
LaTeX with its backslashes stripped (ufyukyu and vtgyjfy blogspot copies of math.stackexchange
"15x equiv 36 mod 57"); pages whose own lines are wrong (qammunity 18115106 "360 = 2² * 3² * 5",
homeworksource 1038655 "x = -3m+2", socratic's factors of 36 without 18, byjus GCD(24,72) = 3,
reference.com "2^{3x} 3^{2}"); a multiple-choice letter as the only
refusal (gmatclub 226030 "IMO E"); threads no one answered on the page (freemathhelp 68537, 563 in
base 8; physicsforums 274871; math.techqa.club 2945377; tutorsglobe 51374499); views disputed on
the page (web2.0calc.es "how-to-factorization-2310", whether 1 is listed; gmatclub 163773,
whether negative divisors count); single-form answers (proofwiki CRT examples, oxfordindex
"congruence equation", mathisfunforum pid 79576, golf.shinh.org, polyfractions, mathstoon,
edform, helpingwithmath, homeworksource 964354 and 965244, beatthegmat 85657).

Examined and not used: AI-generated or AI-answer pages (examexplained.uk "Generated by Claude",
topmygrade "AI-generated", askanewquestion "GPT-4o mini", studyx, solvely, gauthmath, smartsolve,
edu.com, atlas.org, askvity, doubts.ai, askfilo, questionai, math.bot, codesignal lessons);
pages earlier sets used (cardifftutorcompany tests, scribd 704259461 and its codestin copy,
gmatclub 24156, math.techqa.club 1047166, 1010609, 744637, 3676247, cmpe080n node 8, liquisearch);
mark-scheme PDFs whose stored excerpt stops before the number questions (pdfslide and studylib
Edexcel schemes, sciencedocbox and educationdocbox AQA/OCR schemes, paperzz 8726550, KS3 schemes
on yumpu and scribd); multiple-choice pages that do not mark the key (quizizz, examplayground).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQC = "math.techqa.club"
TQC_219 = "https://math.techqa.club/which-is-the-most-correct-factor-tree-219389"
TQC_1027 = "https://math.techqa.club/modular-equations-where-did-i-make-a-mistake-1027776"
TQC_2264 = "https://math.techqa.club/congruence-4x-equiv-2-pmod-6-2264396"
IMW = "imathworks.com"
IMW_CRT = (
    "https://imathworks.com/math/"
    "wrong-solution-of-congruence-system-due-to-not-cancelling-gcd-in-homogeneous-solution"
)
DMT = "discmaster.textfiles.com"
DMT_DM12 = (
    "http://discmaster.textfiles.com/file/35361/ClassOf2001.iso/Scinotebook/scinoteb/help/"
    "dm12-2.tex/node4_ct.html?encoding=CP437&html=true"
)
CHG = "www.chegg.com"
CHG_3353 = (
    "http://www.chegg.com/homework-help/questions-and-answers/"
    "find-the-general-solution-to-the-following-system-of-equivalences-x2-mod-3-x3-mod-5-x5-mod-"
    "q3353612"
)
FRD = "freddyo.com"
FRD_134 = "https://freddyo.com/eltareas/13427492"
W2C = "web2.0calc.com"
W2C_105 = "https://web2.0calc.com/questions/remainder-when-x-is-divided-by-105"
KIW = "kiwix.lukehooper.xyz"
KIW_2944 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "2944734/problems-with-finding-inverse-by-using-gcd"
)
AEX = "assignmentexpert.com"
AEX_264 = (
    "https://assignmentexpert.com/homework-answers/mathematics/discrete-mathematics/question-264361"
)
S800 = "www.800score.com"
S800_F3 = "http://www.800score.com/forum/viewtopic.php?f=3&t=2432&view=next"
MGM = "www.manhattangmat.com"
MGM_7594 = "http://www.manhattangmat.com/forums/my-tip-to-solving-remainder-problems-t7594.html"
EDP = "www.edplace.com"
EDP_952 = (
    "https://www.edplace.com/worksheet_info/maths/keystage3/year7/topic/952/2227/"
    "prime-factorisations-with-indices"
)
MHF = "mathhelpforum.com"
MHF_1361 = "http://mathhelpforum.com/math-topics/1361-exponential-notation.html"
FNB = "fornoob.com"
FNB_84 = "https://fornoob.com/write-84-as-a-product-of-primes-use-index-notation/"
MPO = "www.mathportal.org"
MPO_54756 = (
    "https://www.mathportal.org/calculators/popular-problems/prime-factorization.php"
    "?rb1=primefact&val1=54756"
)
GSV = "www.gradesaver.com"
GSV_195 = (
    "http://www.gradesaver.com/textbooks/math/other-math/basic-college-mathematics-9th-edition/"
    "chapters-1-2-cumulative-review-exercises-page-195/32"
)
JSF = "ja3.jsfiddle.net"
JSF_115 = "https://ja3.jsfiddle.net/parte/11544120"
# sources of bench/equiv_fresh95_b2.py
MAC = "math.answers.com"
MAC_STRING = "https://math.answers.com/Q/Is_the_prime_factorization_the_same_as_the_factor_string"
MAC_EXPMEAN = (
    "https://math.answers.com/Q/"
    "What_does_find_the_prime_factorization_of_each_number_using_exponents_mean"
)
MAC_EXPEASY = (
    "https://math.answers.com/Q/"
    "How_can_exponents_make_it_easier_to_write_an_expression_with_a_repeated_factor_in_the_product"
)
MAC_TREE54 = "https://math.answers.com/Q/How_do_you_draw_a_factor_tree_of_the_number_54"
MAC_PF72 = "https://math.answers.com/Q/Prime_factorization_0f_72"
MAC_EXAMPLE = "https://math.answers.com/basic-math/What_is_an_example_of_prime_factorization"
MAC_MAKES = (
    "https://math.answers.com/math-and-arithmetic/"
    "What_makes_the_factorization_of_a_number_a_prime_factorization"
)
MAC_HOWDO = "https://math.answers.com/math-and-arithmetic/How_would_you_do_prime_factorization"
MAC_KNOW = "https://math.answers.com/basic-math/How_do_you_know_when_you_have_prime_factorization"
QAM = "qammunity.org"
QAM_161 = "https://qammunity.org/16153466"
QAM_302 = "https://qammunity.org/3022421/?show=3022422"
SLD = "slidetodoc.com"
SLD_HCF = "https://slidetodoc.com/hcf-lcm-prime-factorisation-higher-gcse-questions-these/"
GRV = "getrevising.co.uk"
GRV_2017 = "https://getrevising.co.uk/revision-notes/mathematics-2017-gcse-9-1-1"
QSN = "www.questiun.com"
QSN_49 = "http://www.questiun.com/49/what-are-the-factors-of-36?show=58"
FET = "www.fetsystem.com"
FET_FAC = "http://www.fetsystem.com/mathematics/factors-example"
TAPR = "lists.tapr.org"
TAPR_0511 = (
    "http://lists.tapr.org/pipermail/aprssig_lists.tapr.org/attachments/20051108/aaf3b2b5/"
    "attachment.html"
)

CASES = [
    # math.techqa.club 219389: two factor trees of 54, both correct, the same factorisation
    _c(
        TQC,
        TQC_219,
        gold=r"2*3*3*3",
        pred=r"(2)\times(3)^3",
        wrap=True,
        expected=True,
        why="asker's and textbook's '2*3*3*3'; answer: 'Both of them is correct ... $54 = (2)\\times(3)^3$'",
    ),
    # math.techqa.club 1027776: simultaneous congruences, the asker's modulus 6 refused
    _c(
        TQC,
        TQC_1027,
        gold=r"12n + 2",
        pred=r"6k + 2",
        wrap=True,
        expected=False,
        why="asker got 'x = 6k + 2'; 'the correct answer is: $12n + 2$. Where did I made a mistake?'",
    ),
    # math.techqa.club 2264396: 4x = 2 (mod 6) as two classes mod 6, one class mod 3, 3k+2
    _c(
        TQC,
        TQC_2264,
        gold=r"x \equiv 2,5 \bmod 6",
        pred=r"x=3k+2",
        wrap=True,
        expected=True,
        why="'every number of the form $x=3k+2$ is a solution ... Therefore, ... iff $x \\equiv 2,5 \\bmod 6 $'",
    ),
    _c(
        TQC,
        TQC_2264,
        gold=r"x \equiv 2,5 \bmod 6",
        pred=r"x \equiv 2 \bmod 3",
        wrap=True,
        expected=True,
        why="'$ 4x \\equiv 2 \\bmod 3 $, which reduces to $ x \\equiv 2 \\bmod 3 $' ... 'iff $x \\equiv 2,5 \\bmod 6 $'",
    ),
    # imathworks: CRT system, the asker's class mod 24 refused; the answer's chain ends mod 12
    _c(
        IMW,
        IMW_CRT,
        gold=r"x\equiv 8\pmod{\!12}",
        pred=r"x\equiv-4\pmod{24}",
        wrap=True,
        expected=False,
        why="asker: 'which means $x\\equiv-4\\pmod{24}$'; best answer: 'The mistake is that you didn't cancel ...'",
    ),
    _c(
        IMW,
        IMW_CRT,
        gold=r"x\equiv 8\pmod{\!12}",
        pred=r"x=-4\!+\!12n",
        wrap=True,
        expected=True,
        why="chain read: 'x = 4h=4(-1\\!+\\!3n)=-4\\!+\\!12n\\equiv 8\\pmod{\\!12}'",
    ),
    # discmaster, Scientific Notebook help: a congruence class is its general solution
    _c(
        DMT,
        DMT_DM12,
        gold=r"x≡91 mod127",
        pred=r"x = 91 + 127n",
        wrap=True,
        expected=True,
        why="'x≡91 mod127 is just another way of writing x = 91 + 127n for some integer n'",
    ),
    # chegg q3353612: CRT solution as a class and as a general solution
    _c(
        CHG,
        CHG_3353,
        gold=r"x = 105q + 68",
        pred=r"x = 68 (mod 105)",
        wrap=True,
        expected=True,
        why="'x = 68 (mod 105) So the general solution is: x = 105q + 68 for all integer values of q'",
    ),
    _c(
        CHG,
        CHG_3353,
        gold=r"x = 105q + 68",
        pred=r"x = 68 (mod 3*5*7)",
        wrap=True,
        expected=True,
        why="'x = 68 (mod 3*5*7) x = 68 (mod 105) So the general solution is: x = 105q + 68'",
    ),
    # freddyo 13427492: the integers congruent to 5 mod 7 in roster and set-builder form
    _c(
        FRD,
        FRD_134,
        gold=r"{... -23, -16, -9, -2, 5, 12, 19, 26, ....}",
        pred=r"{x\in Z: x = 5 - 7t,\ t\in Z}",
        wrap=True,
        expected=True,
        why="'(a) A = {... -23, ..., 26, ....}' and '(b) In set builder form, A = {x\\in Z: x = 5 - 7t,\\ t\\in Z}'",
    ),
    # web2.0calc: a remainder given as a number and as a congruence class mod 105
    _c(
        W2C,
        W2C_105,
        gold=r"79",
        pred=r"x==79 (mod105)",
        wrap=True,
        expected=True,
        why="first answer: 'mod 105 = 79 - the remainder'; second answer ends 'So x==79 (mod105)'",
    ),
    # kiwix math.stackexchange 2944734: an inverse mod 3 as -1 and as the book's 2
    _c(
        KIW,
        KIW_2944,
        gold=r"2",
        pred=r"-1",
        wrap=True,
        expected=True,
        why="book: inverse of 35 mod 3 is 2; answer: '$-1 \\pmod{3}$ is the inverse. Note that $-1 \\equiv 2 \\pmod{3}$'",
    ),
    # assignmentexpert 264361: an inverse mod 11 found as -5 and stated as 6
    _c(
        AEX,
        AEX_264,
        gold=r"6",
        pred=r"-5",
        wrap=True,
        expected=True,
        why="'35(−5)=1 mod 11. Since −5 mod 11=6 mod 11, we conclude that the inverse of 35 modulo 11 is 6'",
    ),
    # 800score forum: the remainder of 2 divided by 5 is not the decimal quotient
    _c(
        S800,
        S800_F3,
        gold=r"2",
        pred=r".4",
        wrap=True,
        expected=False,
        why="'Would not 2/5 equal .4 and not 2?' -- '... division with a remainder is quite different ... the remainder is 2'",
    ),
    # manhattangmat forum t7594: quotient with remainder, as a mixed sum and as a decimal
    _c(
        MGM,
        MGM_7594,
        gold=r"3 R 1",
        pred=r"3 + 1/4",
        wrap=True,
        expected=True,
        why="'13 ÷ 4 = 3 R 1 However, you should remember that it really is just 13 ÷ 4 = 3 + 1/4 or 3.25'",
    ),
    _c(
        MGM,
        MGM_7594,
        gold=r"3 R 1",
        pred=r"3.25",
        wrap=True,
        expected=True,
        why="'13 ÷ 4 = 3 R 1 However, you should remember that it really is just 13 ÷ 4 = 3 + 1/4 or 3.25'",
    ),
    # edplace 952/2227: written-out products of primes and their index forms
    _c(
        EDP,
        EDP_952,
        gold=r"2 x 3^{3}",
        pred=r"2 x 3 x 3 x 3",
        wrap=True,
        expected=True,
        why="Examples: '54 = 2 x 3 x 3 x 3 = 2 x 3^{3}'",
    ),
    _c(
        EDP,
        EDP_952,
        gold=r"2^{2} x 7",
        pred=r"2 x 2 x 7",
        wrap=True,
        expected=True,
        why="Examples: '28 = 2 x 2 x 7 = 2^{2} x 7'",
    ),
    _c(
        EDP,
        EDP_952,
        gold=r"2^{3} x 3",
        pred=r"2 x 2 x 2 x 3",
        wrap=True,
        expected=True,
        why="Examples: '24 = 2 x 2 x 2 x 3 = 2^{3} x 3'",
    ),
    # mathhelpforum 1361: 140 in exponential notation
    _c(
        MHF,
        MHF_1361,
        gold=r"2^2 x 5 x 7",
        pred=r"2 x 2 x 5 x 7",
        wrap=True,
        expected=True,
        why="'We have 140 = 2 x 2 x 5 x 7. ... So 140 = 2^2 x 5 x 7.'",
    ),
    # fornoob: 84 as a product of primes in index notation
    _c(
        FNB,
        FNB_84,
        gold=r"2^2 x 3 x 7",
        pred=r"2 x 2 x 3 x 7",
        wrap=True,
        expected=True,
        why="answer '2^2 x 3 x 7'; '2 x 2 x 3 x 7 = 84 ... you know how 2 x 2 is the same as 2^2? That's all you have to do!'",
    ),
    # mathportal: a calculator's written-out factorisation "which is the same as" its index form
    _c(
        MPO,
        MPO_54756,
        gold=r"2^{2}\cdot3^{4}\cdot13^{2}",
        pred=r"2\cdot2\cdot3\cdot3\cdot3\cdot3\cdot13\cdot13",
        wrap=True,
        expected=True,
        why="'$$ 54756 = 2\\cdot2\\cdot3\\cdot3\\cdot3\\cdot3\\cdot13\\cdot13 $$Which is the same as : $$ 54756 = 2^{2}\\cdot3^{4}\\cdot13^{2} $$'",
    ),
    # gradesaver Basic College Mathematics p. 195 ex. 32: 72
    _c(
        GSV,
        GSV_195,
        gold=r"2^{3} * 3^{2}",
        pred=r"2 * 2* 2 *3*3",
        wrap=True,
        expected=True,
        why="answer '$2^{3}$ * $3^{2}$'; 'the prime factorization of 72 is 2 * 2* 2 *3*3 = $2^{3}$ * $3^{2}$'",
    ),
    # jsfiddle parte 11544120 (brainly copy): 72, in any order and in index form
    _c(
        JSF,
        JSF_115,
        gold=r"2^3 * 3^2",
        pred=r"2*2*2*3*3",
        wrap=True,
        expected=True,
        why="'72 = 2*2*2*3*3 72=2^3 * 3^2'",
    ),
    _c(
        JSF,
        JSF_115,
        gold=r"2^3 * 3^2",
        pred=r"3*2*2*2*3",
        wrap=True,
        expected=True,
        why="'72 = 6*12 = 3*2 * 4*3 = 3*2*2*2*3 72 = 2*2*2*3*3 72=2^3 * 3^2'",
    ),
]

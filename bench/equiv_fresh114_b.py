r"""A hundred-and-fourteenth fresh set of answer-equivalence cases (evaluation only; helper "b":
answers of algorithm analysis and discrete mathematics settled by a person -- asymptotic bounds
written two ways or refused (\Theta(n^{\log_4 2}) and \Theta(\sqrt n), O(\ln(n^2)) and O(\ln n),
O(ln n) and O(log n), \log^2(n) and (\log(n))^2 but not log_2(n), O(2^n) against O(n^2), O(2n) or
O(nlog(n)) against O(log(n)), lg x and log_2 x), solved recurrences and closed forms (3^n - 1 and
\frac{2-2\cdot 3^n}{-2}, 7/3*2^n−1/3*5^n against 7/3*2^n−1/3*3^n), summation closed forms
(n(n - 1) / 2 and \sum_{i = 1}^{n - 1} i, \frac{n^3 - n}{3} and its expansions, n(n+1)/2 against
n(n+2)/2) and counting answers of CS courses (bit strings as C(10,3) and 120, edges and handshakes
as 16 * 15 / 2 and 120, lattice paths as (7 choose 4), not (7 choose 6)), from course solution
sets, textbook keys, lecture notes, issue threads and Q&A threads).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), from GitHub
issue and pull-request threads (the ``issues`` corpus) and from files of public repositories (read
with ``read_file`` or in a snapshot brought with ``fetch``); no earlier set used them (each URL or
page id, domain plus distinctive path part, and repository name was grepped in bench/ and checked
against the claims files of the other rounds; each page, thread and file was claimed in
/work/wt/fresh114_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. For a web
page ``repo`` is the domain of the stored copy and ``where`` its full URL; for a thread ``repo`` is
owner/name and ``where`` ``issues/N`` or ``pull/N``; for a repository file ``where`` is
path@commit (the commit read_file showed, or the snapshot's head). Web pages and threads have no
licence file; walkccc/CLRS and Atekihcan/CLRS are under the MIT licence, IsaacStudley/csc208 and
jesuarva/Sprint-Challenge--Data-Structures-Algorithms have no licence file. Only the text the search
tool returned for a page or thread (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh114_b2.py (the rest of the pages, then threads) and
bench/equiv_fresh114_b3.py (two more threads, then repository files), same rules; their sources
are listed below too.

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX with the
page's spacing (walkccc's "\Theta(n^{\log_4 2}\lg n)", Atekihcan's "\frac {x(1 + x)} {(1 - x)^3}",
dmoi's "\frac{2-2\cdot 3^n}{-2}"), inline and display dollar signs dropped; plain text kept plain
("C(10,6) + C(10,7) + C(10,8) + C(10,9) + C(10,10)", "19 * 20/2", "O(n^lg(3))", "(7 choose 4)",
"2^64 - 1"); Unicode kept ("O(√n)", the minus sign "−" of discrete-book issue 141 and 7).
Socratic's AsciiMath delimiters "#...#", markdown bold marks "**", backticks and reStructuredText
":math:" roles are dropped; a lead-in such as "an=", "T(n) =" or "Time Complexity :" is dropped.
Where a page writes "A = B" for one answer, the simplified form (or the form the page ends with)
is the gold and the other a True case; a form the page or the maintainer calls wrong is a False
case against the corrected form. Readings, each noted in ``why``: the rithmschool reviews name
the faster-growing term without writing the corrected bound ("Careful here, n^2 is dominated by
n^3"), so the gold is the bound read from the remark; discrete-book issue 7 is read with its fix
(13 choose 2 − 75 = 78 − 75 = 3); Atekihcan A.1-7's pair is the logarithm of the product
(lg P = n(n + 1) + n = n(n + 2)).

Sources (domain or repository, URL or thread or file, what is settled):

- homeworksource.com p/1034221 (bit strings of length 10: "So the first answer is C(10,3) = 120";
  "C(10,6) + C(10,7) + C(10,8) + C(10,9) + C(10,10) = 210 + 120 + 45 + 10 + 1 = 386"; "176";
  "= 2^10 - C(10,2) - C(10,1) - C(10,0) = 1024 - 45 - 10 - 1 = 968"). 6 cases.
- qammunity.org 15240394 ("1+10+45+120+210 = 386"). 1 case.
- brainmass.com combinatorics 514200 ("So there are C(10,3)=120 bit strings"). 1 case.
- math.stackexchange.com 747071 ("\frac{n(n+1)}{2}=\frac{1}{2}(n^{2}+n)"). 1 case.
- math.stackexchange.com 991883 ("$(\log(n))^2$ means $\log^2(n)$"; comment "Note that
  $log^2(n)\ne log_2(n)$"). 2 cases (1 False).
- math.techqa.club 1569543 ("$O(\ln(n^2)) = O(2 \ln n) = O(\ln n)$"). 2 cases.
- stackoverflow.com 4856107 ("O(2^(n+1)) is the same as O(2 * 2^n) ... the same as O(2^n)").
  2 cases.
- newbetuts.com 1569702 ("O(ln n) is equivalent to O(log n)"). 1 case.
- socratic.org answers 168281 ("log(n^n) = n log(n)", "log(n^(n/2)) = 1/2 (n log(n))") and
  582661 (handshakes: "20 * 19/2 10 * 19 190", "(20!)/(18!2!)", "380 is the result of
  double-counting, which gives 190 handshakes"). 6 cases (1 False).
- mathforum.org Ask Dr. Math 56513 ("Wouldn't this be 380 ...?" -- "you are fairly close, but your
  reasoning is a little bit off ... This is equal to 19 * 20/2"). 1 case (1 False).
- www.riddledude.com "shake-rattle-and-roll" ("190 is correct: ... 19+18+...+2+1 = 190"). 1 case.
- www.algebra.com solution 773919 ("(5*(5-1))/2 = (5*4)/2 = 10", "adding 4+3+2+1"). 2 cases.

Sources of bench/equiv_fresh114_b2.py (the rest of the web pages, then GitHub threads, where the
maintainer or a reviewer settles each case):

- discrete.openmathbooks.org dmoi3 solution-226 ("\frac{2-2\cdot 3^n}{-2} which simplifies to
  3^n - 1"). 1 case.
- math.techqa.club 2685060 (a_10 = "\frac52\cdot 3^{10}-10-\frac32=147611",
  "3\cdot 49197+20=147611"). 2 cases.
- imathworks.com "finding general formula for a recursion function" ("a_n = \frac{3^n-1}{2}";
  "a_n = 1 + 3 + 9 + \ldots + 3^{n-1}"). 1 case.
- archive.lib.msu.edu crcmath w090 "Wheat and Chessboard Problem" ("2^{64}-1=18446744073709551615").
  1 case.
- askanewquestion.com 592049 (a Jiskha thread: "sum(64) = 1(2^64 - 1)/(2-1) = 2^64 - 1"; "64 th
  square has 2^63 ... I gave you the amount on the last square. Use Reiny's system."). 2 cases
  (1 False).
- federicomor.github.io Project Euler 15 ("\frac{4!}{2! \cdot 2!} = 6"). 1 case.
- exchangetuts.com 1641587404912536 (two answers: "So its acutally O(sqrt(n))", "a time complexity
  of O( Floor( Sqrt( n ) ) )"). 1 case.
- math.answers.com "Why does a set containing n element have 2n subsets" ("I presume you meant 2^n
  ..., not 2*n"; "a total of 8 (2*2*2 or 2^3) subsets"). 3 cases (1 False).
- qammunity.org 7075035 ("That should be 2^n and not just 2n"; "2^n = 2^3 = 8 subsets"). 2 cases
  (1 False).
- everything2.com "LG" ("lg is the common mathematical symbol for the logarithm to the base of 2
  ... It can also be written as log_2 x"). 1 case.
- walkccc/CLRS issues 483 ("The answer should be O(2^n) but O(n^2) is written"), 19 ("the answer
  is O(n^lg(3)). It's not O(n^2)"), 223 ("Instead of O(n^2) it should be Omega(n^2)") and pull 410
  ("O(V + V^2) = O(V^2)"). 4 cases (3 False).
- bee-san/AlgorithmsBook issue 2 ("O(2n) time" should be "O($2^n$) time"). 1 case (1 False).
- super30admin/PreCourse-2 pull 205 ("O(log(n)), not n * log(n)"). 1 case (1 False).
- Atekihcan/CLRS pull 31 ("\Omega(2^n)" corrected to "\Omega(n\log n)"). 1 case (1 False).
- CalculusWithJulia/CalculusWithJulia.github.io issue 2 ("h \cdot(a + n(n+1)/2)" accepted wrongly;
  "(n+1)(a+h \cdot n/2)"). 1 case (1 False).
- oscarlevin/discrete-book issues 58 (n(n+1)/2, not n(n+2)/2), 44 (five edges, not four), 42
  (2162160, not 2192190), 146 ((4+3 choose 4) = (7 choose 4), not (7 choose 6)), 141 (5^n, not
  3^n) and 7 (13 choose 2 − 75 = 3). 7 cases (5 False).
- jasp-stats/jasp-issues 1339 (16 nodes: "this should be 120 (16 * 15 / 2)", not 112). 2 cases
  (1 False).
- reneargento/algorithms-sedgewick-wayne issues 59 (2^500, not 500) and 32 (~1, not 1/N).
  2 cases (2 False).
- jameshughes89/cs102 pull 94 ("This is just O(n)" for t(n) = 2^{2} + 3n). 1 case (1 False).
- rithmschool/javascript_computer_science_exercises pulls 22, 4, 28 and 24 (an instructor's
  review of the big-O exercise). 5 cases (5 False).
- bcaffo/LittleInferenceBook issue 30 ("n choose 1" equals n, not 1). 1 case (1 False).

Sources of bench/equiv_fresh114_b3.py (two more threads, then repository files):

- TheAlgorithms/Python issue 340 (merge sort's best and average case: "O(n) which are simply
  incorrect"; "it's O(n log n ) only"; "It should be O(n*log(n))"; "O(n log(n)) vs O(n*log(n))").
  3 cases (1 False).
- jeffgerickson/algorithms issue 107, labelled fixed ("T(n) = 2T(n-2) + a ... It should be: T(n) =
  2T(n-1) + a"). 1 case (1 False).
- walkccc/CLRS (MIT) docs/Chap04/4.5.md, 4.4.md, Chap20/20.2.md, Chap02/Problems/2-4.md,
  Chap08/Problems/8-4.md, Chap05/5.2.md, Chap15/15.2.md and Chap06/6.1.md at b29f8d0 (bounds,
  leaf counts, n(n - 1) / 2 as a sum, expected inversions \frac{n(n - 1)}{4}, \frac{n^3 - n}{3},
  2^h - 1 elements, 2^n - 1 in the tree of 4.4-4). 14 cases.
- Atekihcan/CLRS (MIT) _solutions/03/P03-03.md, 04/E04.02-03.md, 04/E04.03-09.md and
  A/EA.01-01, 01-02, 01-03, 01-05, 01-07 at 526ecfd (only files written by hand in 2012-2021).
  12 cases.
- IsaacStudley/csc208 ch1/1-2problems.md at 04f628f (9-bit strings: "$2^{6}=64$", "6 choose 3",
  "$2^6+2^7-2^4 = 176$ or $64+128-16=176$", "= 51"). 6 cases.
- jesuarva/Sprint-Challenge--Data-Structures-Algorithms algorithms/Algorithms_Answers.md at
  cddc87c ("O(n^(1/2)) -> O(√n)", "O( n(n+1)/2 ) -> O(n^2)"). 2 cases.

105 cases in all (30 False): 26 here (3 False), 41 in bench/equiv_fresh114_b2.py (25 False), 38 in
bench/equiv_fresh114_b3.py (2 False).

Left out, by rule: pages whose text conversion lost superscripts or subscripts (cs.cornell.edu
cs100 lecture 12's "n * (n-1) / 2 = n2/2 - n/2", spot.pcc.edu's "(n2-n)/2", stackoverflow 19744529's
"O(n^{log23})", newbetuts' "O(log2 N)", coursehero 6273236's "( 10 2 ) = 45", alexanderknop/I2DM
issue 77's "(n2)"); approximations ("\Theta(n^{\log_3 21}) = \Theta(n^{2.77})" in Atekihcan 4.2-4,
whatandwhy's "\approx \Theta(n^{1.585})", walkccc 6-1's "\Theta (\log n!) \approx \Theta(n\log n)",
tilde approximations of reneargento's other exercises); disputed or self-contradicting pages
(reneargento pull 39 on N^100/2^N, where "0" was first accepted then refused; reneargento issue 9;
walkccc 15.2-4's edge count, questioned in walkccc issue 164; Atekihcan Problem 3-3's
n^{1/\lg n}, written "= 2" and "= 1"; fifthist/Blitzstein issue 97, where N - 1 and 2^n - 1 agree
for N = 2^n; Ph0enixKM/AiSD issue 1, corrected twice); pairs that need the question's own symbols
(walkccc 31-3's \Theta(2^\beta \cdot \beta) against \Theta(n \log n)); forms that only restate the
question (the sums of Atekihcan A.1-1 and A.1-7, crcmath's \sum_{i=0}^{n-1} 2^i, rithmschool's
"O(n + 10) -> O(n)"); intermediate steps that are not an answer (walkccc pull 218's "3n - 1, not
5n -1", a bound inside an aggregate analysis; walkccc 4.4-4's "2^{n - 1} - 1" in the older
version read_file showed (05f552d; the snapshot's head has the fixed sum, used); kisonecat pull
24);
machine-written pages (the huggingface Nemotron-CC-Math rewrites, errorhandle.ai, math-gpt.org,
questionai, math.bot, atlas.org, padicho.com, soulshift.co.in, neet-quant.com, preplance.com, and
the Claude-written files of Atekihcan/CLRS from 2025 on).

Examined and not used: raju.shoutwiki "Recursion notes", mathstunners 1260-02, mikenabil.net and
org.coloradomesa.edu Hanoi pages, vaia.com and wizedu.com (one form only); rithmschool pulls 17,
19, 20, 23 and 26 (the same items as the pulls used, or the flagged line unclear); DSA-Marathon
pull 21, cartoonYu issue 5, facert issue 8, walkccc issues 436, 391, 283 and pulls 54, 76, 242,
375, 407, 488 (no refused form written, or no answer); mCodingLLC pull 13 and korthaj pull 2 (the
proposer withdrew); jdsutton pull 1 (the wrong form not shown); algebra.com solution 16344 (its
own 2^65 - 1 miscounts the squares); AlexB-arch/portfolio R/277-hw13.r and aneeshramanathan/CS146
(students' answers with errors, unchecked); math.techqa.club 776477 and 1973758, and
everything2's log(n!) page (no second form of an answer); oscarlevin/discrete-book issue 159
(which of two accepted values is right is not said).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HS = "homeworksource.com"
HS_1034 = (
    "https://homeworksource.com/p/1034221/"
    "how-many-bit-strings-of-length-10-have-a-exactly-three-0s-b-1034221"
)
QA = "qammunity.org"
QA_152 = "https://qammunity.org/15240394"
BM = "brainmass.com"
BM_514 = "https://brainmass.com/math/combinatorics/computations-permutations-514200"
MSE = "math.stackexchange.com"
MSE_747 = "https://math.stackexchange.com/questions/747071/big-o-notation-and-polynomials"
MSE_991 = "https://math.stackexchange.com/questions/991883/difference-between-log-n-and-log2-n"
TQ = "math.techqa.club"
TQ_156 = "https://math.techqa.club/prove-or-disprove-ln-n-2-in-o-ln-n-2-1569543"
SO = "stackoverflow.com"
SO_485 = "http://stackoverflow.com/questions/4856107/big-o-notation-homework-question"
NB = "newbetuts.com"
NB_156 = "https://newbetuts.com/1569702-is-big-ologn-log-base-e"
SOC = "socratic.org"
SOC_168 = "https://socratic.org/answers/168281"
SOC_582 = "https://socratic.org/answers/582661"
DRM = "mathforum.org"
DRM_565 = "http://mathforum.org/library/drmath/view/56513.html"
RD = "www.riddledude.com"
RD_SRR = "https://www.riddledude.com/brain-riddle/shake-rattle-and-roll/"
ALG = "www.algebra.com"
ALG_773 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=773919"

CASES = [
    # homeworksource 1034221: bit strings of length 10, each count against its binomial sum
    _c(
        HS,
        HS_1034,
        gold="120",
        pred="C(10,3)",
        wrap=True,
        expected=True,
        why="'So the first answer is C(10,3) = 120'",
    ),
    _c(
        HS,
        HS_1034,
        gold="386",
        pred="C(10,6) + C(10,7) + C(10,8) + C(10,9) + C(10,10)",
        wrap=True,
        expected=True,
        why="'In the second, there could be 6,7,8,9, or 10 zeros, so: C(10,6) + C(10,7) + C(10,8) + C(10,9) + C(10,10) = 210 + 120 + 45 + 10 + 1 = 386'",
    ),
    _c(
        HS,
        HS_1034,
        gold="386",
        pred="210 + 120 + 45 + 10 + 1",
        wrap=True,
        expected=True,
        why="'C(10,6) + C(10,7) + C(10,8) + C(10,9) + C(10,10) = 210 + 120 + 45 + 10 + 1 = 386'",
    ),
    _c(
        HS,
        HS_1034,
        gold="176",
        pred="C(10,7) + C(10,8) + C(10,9) + C(10,10)",
        wrap=True,
        expected=True,
        why="'In the third, C(10,7) + C(10,8) + C(10,9) + C(10,10) 120 + 45 + 10 + 1 = 176'",
    ),
    _c(
        HS,
        HS_1034,
        gold="968",
        pred="2^10 - C(10,2) - C(10,1) - C(10,0)",
        wrap=True,
        expected=True,
        why="'In the fourth, C(10,3) + ... + C(10,10) = 2^10 - C(10,2) - C(10,1) - C(10,0) = 1024 - 45 - 10 - 1 = 968'",
    ),
    _c(
        HS,
        HS_1034,
        gold="968",
        pred="1024 - 45 - 10 - 1",
        wrap=True,
        expected=True,
        why="'= 2^10 - C(10,2) - C(10,1) - C(10,0) = 1024 - 45 - 10 - 1 = 968'",
    ),
    # qammunity 15240394: bit strings of length 10 with more 0s than 1s
    _c(
        QA,
        QA_152,
        gold="386",
        pred="1+10+45+120+210",
        wrap=True,
        expected=True,
        why="'Now add up those results to get: 1+10+45+120+210 = 386 Therefore, the final answer is 386.'",
    ),
    # brainmass 514200: bit strings of length 10 with exactly three 0s
    _c(
        BM,
        BM_514,
        gold="120",
        pred="C(10,3)",
        wrap=True,
        expected=True,
        why="'There are C(10, 3) such 3-subsets. So there are C(10,3)=120 bit strings of length 10 that have exactly three 0s.'",
    ),
    # math.stackexchange 747071: the sum of the first n positive integers
    _c(
        MSE,
        MSE_747,
        gold=r"\frac{n(n+1)}{2}",
        pred=r"\frac{1}{2}(n^{2}+n)",
        wrap=True,
        expected=True,
        why=r"'$$\sum_{i=1}^{n}i=\frac{n(n+1)}{2}=\frac{1}{2}(n^{2}+n)$$'",
    ),
    # math.stackexchange 991883: log squared against log base 2
    _c(
        MSE,
        MSE_991,
        gold=r"\log^2(n)",
        pred=r"(\log(n))^2",
        wrap=True,
        expected=True,
        why=r"answer: '$(\log(n))^2$ means $\log^2(n)$'",
    ),
    _c(
        MSE,
        MSE_991,
        gold="log^2(n)",
        pred="log_2(n)",
        wrap=True,
        expected=False,
        why=r"comment: 'Note that $log^2(n)\ne log_2(n) = ld(n)$, which also occurs often in complexity analyses'",
    ),
    # techqa 1569543 (a copy of math.stackexchange 1569543): O(ln(n^2)) is O(ln n)
    _c(
        TQ,
        TQ_156,
        gold=r"O(\ln n)",
        pred=r"O(\ln(n^2))",
        wrap=True,
        expected=True,
        why=r"hint: '$O(\ln(n^2)) = O(2 \ln n) = O(\ln n)$'; second answer: '$$O\left(\ln\left(n^2\right)\right)=O(\ln(n)).$$'",
    ),
    _c(
        TQ,
        TQ_156,
        gold=r"O(\ln n)",
        pred=r"O(2 \ln n)",
        wrap=True,
        expected=True,
        why=r"'$O(\ln(n^2)) = O(2 \ln n) = O(\ln n)$'",
    ),
    # stackoverflow 4856107: O(2^(n+1)) is O(2^n)
    _c(
        SO,
        SO_485,
        gold="O(2^n)",
        pred="O(2^(n+1))",
        wrap=True,
        expected=True,
        why="'O(2^(n+1)) is the same as O(2 * 2^n), and you can always pull out constant factors, so it is the same as O(2^n).'",
    ),
    _c(
        SO,
        SO_485,
        gold="O(2^n)",
        pred="O(2 * 2^n)",
        wrap=True,
        expected=True,
        why="'O(2^(n+1)) is the same as O(2 * 2^n), and you can always pull out constant factors, so it is the same as O(2^n).'",
    ),
    # newbetuts 1569702 (a copy of a stackoverflow thread): the base of the logarithm in big O
    _c(
        NB,
        NB_156,
        gold="O(log n)",
        pred="O(ln n)",
        wrap=True,
        expected=True,
        why="'Big O notation is not affected by logarithmic base, because all logarithms in different bases are related by a constant factor, O(ln n) is equivalent to O(log n)'",
    ),
    # socratic 168281: log(n!) is Theta(n log(n)); AsciiMath delimiters # dropped
    _c(
        SOC,
        SOC_168,
        gold="n log(n)",
        pred="log(n^n)",
        wrap=True,
        expected=True,
        why="'So #n! <= n^n#, so #log(n!) <= log(n^n) = n log(n)#'",
    ),
    _c(
        SOC,
        SOC_168,
        gold="1/2 (n log(n))",
        pred="log(n^(n/2))",
        wrap=True,
        expected=True,
        why="'So: #log(n!) > log(n^(n/2)) = 1/2 (n log(n))#'",
    ),
    # Ask Dr. Math 56513: handshakes among 20 people, 380 refused
    _c(
        DRM,
        DRM_565,
        gold="19 * 20/2",
        pred="380",
        wrap=True,
        expected=False,
        why="'Wouldn't this be 380 total handshakes? 19 * 20 = 380.' -- Doctor Ethan: 'you are fairly close, but your reasoning is a little bit off ... So there will be 19 +18+17 +16 +..... handshakes. This is equal to 19 * 20/2'",
    ),
    # socratic 582661: handshakes among 20 people
    _c(
        SOC,
        SOC_582,
        gold="190",
        pred="20 * 19/2",
        wrap=True,
        expected=True,
        why="question: 'N(N-1)/2 20(20-1)/2 20 * 19/2 10 * 19 190'; answer: '#380/2 = 190#'",
    ),
    _c(
        SOC,
        SOC_582,
        gold="190",
        pred="10 * 19",
        wrap=True,
        expected=True,
        why="question: '20 * 19/2 10 * 19 190'; the answers derive #190# the same way",
    ),
    _c(
        SOC,
        SOC_582,
        gold="190",
        pred="(20!)/(18!2!)",
        wrap=True,
        expected=True,
        why="'#(20!)/((20 - 2)!2!)# #(20!)/(18!2!)# ... #380/2# #190#' (AsciiMath delimiters # dropped)",
    ),
    _c(
        SOC,
        SOC_582,
        gold="190",
        pred="380",
        wrap=True,
        expected=False,
        why="'It then mean that, there are #20×19=380# handshakes. ... Therefore, #380# is the result of double-counting, which gives #190# handshakes.'",
    ),
    # riddledude 'Shake, Rattle and Roll': handshakes among 20 people
    _c(
        RD,
        RD_SRR,
        gold="190",
        pred="19+18+17+16+15+14+13+12+11+10+9+8+7+6+5+4+3+2+1",
        wrap=True,
        expected=True,
        why="'190 is correct: The first person shook hands with 19 others ... 19+18+17+16+15+14+13+12+11+10+9+8+7+6+5+4+3+2+1 = 190.'",
    ),
    # algebra.com solution 773919: handshakes among 5 people
    _c(
        ALG,
        ALG_773,
        gold="10",
        pred="(5*(5-1))/2",
        wrap=True,
        expected=True,
        why="'In this problem, with 5 people, that gives you (5*(5-1))/2 = (5*4)/2 = 10.'",
    ),
    _c(
        ALG,
        ALG_773,
        gold="10",
        pred="4+3+2+1",
        wrap=True,
        expected=True,
        why="'(5*(5-1))/2 = (5*4)/2 = 10. Of course, adding 4+3+2+1 is faster than that....'",
    ),
]

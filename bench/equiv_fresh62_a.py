r"""A sixty-second fresh set of answer-equivalence cases (evaluation only; helper "a": counting and
combinatorics answers that appear in several forms -- factorial expressions, binomial coefficients
written C(10, 3), 10C3, {5 \choose 3}, {}_{12}C_{4}, permutations written 10P3, 8 P 3, 9P4,
powers (2^10, 2^5) against their values, unsimplified products (26 * 25 * 24, 7x3x10) -- where an
answer key, a worked solution, a tutor or a flashcard settles which forms are the same answer, and
which forms (a permutation where a combination was needed, an option key's wrong choices, the
count without repetition) are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh57_claims ... fresh61_claims/claims.txt;
each page was claimed in /work/wt/fresh62_claims/claims.txt before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh62_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: plain-text notation as typed
("10C6", "8 P 3", "10 x 9 x ... x 1", "4 x 3 x 2 x1" with its missing space, "(6 x 5 x 4 x 3) ÷
(4 x 3 x 2 x 1)", "2^10 − 1" with U+2212, thousands commas "3,628,800"), and LaTeX as the page's
source ("{5 \choose 3}", "{}_{12}C_{4}", plainmath's "{2}^{{10}}" and "{1024}" with their
braces); inline-math delimiters \( \) and $ $ are dropped, the LaTeX inside kept. Where a page
writes a chain "A = B = ... = value", the value (or the page's stated answer) is the gold and each
earlier member a True case; a left side such as "10C3 =" whose right side is the answer is dropped
only where it is itself taken as a pred. A refusal is taken only where the page says the form is
wrong for the question (curioustab's "Why Other Options Are Wrong" and "Common Pitfalls" lines,
gmatclub's "if repetitions weren't allowed", coolmath's "if order doesn't matter, we'll just
divide it out").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- curioustab.com "choose-3-from-10-distinct-oranges-number-of-ways-100983" ("Correct Answer: 120";
  "Use C(10, 3) = 10! / (3! * 7!)"; "C(10, 3) = C(10, 7) also equals 120"; "125, 140, and 110 are
  common miscomputations"; "Using permutations (10P3) instead of combinations, thereby overcounting
  by 3!"). 7 cases (4 False).
- curioustab.com "choose-nonempty-subset-of-10-questions-number-of-ways-101058" ("Correct Answer:
  1023"; "2^10 = 1024. Nonempty subsets = 1024 − 1 = 1023"; "1024 includes the empty subset; 1025
  is impossible; 1000 is unrelated"). 6 cases (3 False).
- www.mathcelebrity.com permutation.php?num=10&den=3&pl=Combinations (calculator's worked steps:
  "10! = 10 x 9 x ... x 1", "10! = 3,628,800", "7! = 5,040", "3! = 6", "Final Answer 10C3 =
  120"). 6 cases.
- www.answers.com "At the beginning of summer you have 6 books to read ..." ("6 x 5 x 4 x 3 x 2 x 1
  = 720 ways"; "(6 x 5 x 4 x 3) ÷ (4 x 3 x 2 x 1) = 15 different groups"; "4 x 3 x 2 x1 = 24").
  3 cases.
- landermathcontest.org 2012-2013 Solution_Module6 ("10C6 = 10!/(4!x6!)=7x8x9x10/(2x3x4)=7x3x10
  =210", "13C7=13!/(6!x7!)=11x12x13=1716", "nCn-2=n!/[2!(n-2)!]= ...=n(n-1)/2", "nCn-3=...
  =n(n-1)(n-2)/6"). 11 cases.

Sources of bench/equiv_fresh62_a2.py:

- discrete.openmathbooks.org dmoi3 sec_counting-binom.html ("2\cdot 2\cdot 2 \cdot 2\cdot 2 =
  2^5" ... "Of those 32 subsets") and knowl/p-1298.html ("{5 \choose 3} is correct ... the answer
  is in fact 10"). 3 cases.
- www.prepswift.com content/combinations ("\frac{10!}{4!(10-4)!} = \frac{10!}{4!6!} = 210").
  2 cases.
- coolmath.com algebra/20-combinatorics/05-combinations-01 ("8 P 3 = 8! / ( 8 - 3 )! = 8! / 5! =
  8 * 7 * 6 = 336" for books on a shelf; for books in a suitcase "if order doesn't matter, we'll
  just divide it out!" and "8 P 3 / 3! = ( 8! / 5! ) / 3! = ... = 56"). 7 cases (1 False).
- gmatclub.com forum gmatprep-2-question-52487 (codes of one to three letters, repetition
  allowed: "The answer is 26 + 26^2 + 26^3"; "if repetitions weren't allowed calcuation would then
  be: 26 + 26*25 + 26 * 25 * 24"; "26 ^3 is bigger than all other choices except E"). 2 cases
  (2 False).
- www.beatthegmat.com t19528 (same question: "26 + 26^2 + 26^3 = 18278"). 1 case.
- www.wyzant.com resources/answers/768099 (a tutor: "26 * 25 * 24 = 15,600"). 1 case.
- www.gradesaver.com Thinking Mathematically 6th ed., exercise set 11.3 no. 31 (answer "$495$";
  "\frac{12\times 11\times 10\times 9}{1\times 2\times 3\times 4}$ =$11\times 5\times 9=495$").
  3 cases.
- plainmath.net 17102 (10-question true-false exam: "{2}\cdot ... ={2}^{{10}}={1024}"). 2 cases.
- socratic.com "how many different selections of 4 books ... bookcase displaying 12 books" ("495";
  "_(12)C_4 = (12!)/((12-4)!*4!) = ... = 495"). 1 case.
- brainscape.com flashcards "week 3" 15105512 (cards "0!" / "1", "1!" / "1", ..., "5!" / "120";
  "eg 4! = 4x3x2x1"). 7 cases.
- qammunity.org 3450331 ("12C4 = 495", "12!/(4!(12-4)!)", "(12*11*10*9)/(4*3*2*1)", "11880/24";
  "9P4 = 3024", "9!/(9-4)!", "9*8*7*6"). 7 cases.

69 cases in all (10 False): 33 here (7 False), 36 in bench/equiv_fresh62_a2.py (3 False).

Left out, by rule: forms the text conversion lost or misprinted (curioustab's "C(10, 3) = (1098) /
(321)" with its multiplication signs gone; mathcelebrity's stacked "3,628,800 / 6 x 5,040" lines;
gradesaver's misprinted "\frac{13!}{(12-4)!4!}" for 12C4; socratic's AsciiMath
"(12xx11xx10xx9)/(4xx3xx2xx1)" and "_(12)C_4" with the "color(white)" markup); coolmath's "8! / 5!
3!", an unbracketed division by a product (read as written it is not 56); landermath's "nCn-2" and
"nCn-3" (n C (n-2) written without brackets) and its identity proof in (18); brainscape's binomial
cards, whose stacked "(4 2)" lost the binomial layout; gmatclub's per-length counts ("26 * 26
choices"), which are steps, not the answer.

Examined and not used: the IB question bank copies on library.tis.today (questions 4783 and 71050:
binomials flattened to "(152)", "(114)", and "9.49×1018" for 9.49×10^18); the A-level
permutations-and-combinations mark scheme scribd 519670657 (round-lake.dustinice.workers.dev proxy)
and scribd 855985308, 689871279 and fr.scribd 368981006 P-C-Ans (superscripts of nCr flattened,
expressions blank or OCR-garbled); byjus "a student must answer 3 out of 5 essay questions" and
senseofstudy binomial-coefficient examples (fractions and formulas lost); safaribooks Introduction
to Combinatorics solutions (powers flattened, "299" for 2^99); ams.sunysb.edu tucker ams301 test
solutions (answers left as C(...) expressions with no value to compare); a.simonm.io, algebra.com
and jiskha pages (excluded by the brief); the ARQMath Math StackExchange collection zip on
cs.rit.edu (95518_2012, used before); edumarz, soulshift, moodlehub (used before); questionai,
gauthmath, smartsolve, math-gpt.org (AI-generated); brainly mirrors on uonbi.ac.ke and
gfolkdev.net (provenance unclear); chargersgame.org (a scraped Q&A page); GeoGebra's Cbin manual
pages (commands, not answer forms).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CT = "curioustab.com"
CT_ORANGES = "https://curioustab.com/choose-3-from-10-distinct-oranges-number-of-ways-100983"
CT_SUBSETS = "https://curioustab.com/choose-nonempty-subset-of-10-questions-number-of-ways-101058"
MC = "www.mathcelebrity.com"
MC_10C3 = "https://www.mathcelebrity.com/permutation.php?num=10&den=3&pl=Combinations"
ANS = "www.answers.com"
ANS_BOOKS = (
    "https://www.answers.com/Q/At_the_beginning_of_summer_you_have_6_books_to_read_In_how_many"
    "_orders_can_you_read_the_book_Is_this_a_permutation_or_combination"
)
LMC = "landermathcontest.org"
LMC_M6 = "http://landermathcontest.org/files/2012-2013/Solutions/Solution_Module6.html"
# sources of bench/equiv_fresh62_a2.py
DM = "discrete.openmathbooks.org"
DM_BINOM = "http://discrete.openmathbooks.org/dmoi3/sec_counting-binom.html"
DM_P1298 = "http://discrete.openmathbooks.org/dmoi3/knowl/p-1298.html"
PS = "www.prepswift.com"
PS_COMB = "https://www.prepswift.com/content/combinations"
COOL = "coolmath.com"
COOL_C1 = "http://coolmath.com/algebra/20-combinatorics/05-combinations-01"
GC = "gmatclub.com"
GC_52487 = "https://gmatclub.com/forum/gmatprep-2-question-52487.html"
BTG = "www.beatthegmat.com"
BTG_T19528 = "https://www.beatthegmat.com/distance-and-time-from-og-t19528.html?view=previous"
WYZ = "www.wyzant.com"
WYZ_768099 = (
    "https://www.wyzant.com/resources/answers/768099/"
    "license-plates-in-a-certain-province-consist-of-three-letters-followed-by-t"
)
GS = "www.gradesaver.com"
GS_TM31 = (
    "https://www.gradesaver.com/textbooks/math/other-math/thinking-mathematically-6th-edition/"
    "chapter-11-counting-methods-and-probability-theory-11-3-combinations-exercise-set-11-3-"
    "page-707/31"
)
PM = "plainmath.net"
PM_17102 = (
    "https://plainmath.net/17102/many-ways-question-true-false-exam-answered-assume-that-"
    "questions-omitted"
)
SOC = "socratic.com"
SOC_BOOKS = (
    "https://socratic.com/questions/how-many-different-selections-of-4-books-can-be-made-from-a-"
    "bookcase-displaying-"
)
BS = "brainscape.com"
BS_WK3 = "https://brainscape.com/flashcards/week-3-15105512/packs/21568701"
QAM = "qammunity.org"
QAM_3450331 = "https://qammunity.org/3450331"

CASES = [
    # curioustab 100983 (3 of 10 distinct oranges): symmetric and factorial forms; wrong options and the permutation pitfall
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"C(10, 3)",
        wrap=True,
        expected=True,
        why=r"'Correct Answer: 120' ... 'Use C(10, 3) = 10! / (3! * 7!).'",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"10! / (3! * 7!)",
        wrap=True,
        expected=True,
        why=r"'Concept / Approach:Use C(10, 3) = 10! / (3! * 7!).' (answer 120)",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"C(10, 7)",
        wrap=True,
        expected=True,
        why=r"'Check with symmetry: C(10, 3) = C(10, 7) also equals 120.'",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"125",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong:125, 140, and 110 are common miscomputations'",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"140",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong:125, 140, and 110 are common miscomputations'",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"110",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong:125, 140, and 110 are common miscomputations'",
    ),
    _c(
        CT,
        CT_ORANGES,
        gold=r"120",
        pred=r"10P3",
        wrap=True,
        expected=False,
        why=r"'Common Pitfalls:Using permutations (10P3) instead of combinations, thereby overcounting by 3!.'",
    ),
    # curioustab 101058 (non-empty subsets of 10 questions): 2^10 - 1; 1024 refused (it counts the empty subset)
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1023",
        pred=r"2^10 − 1",
        wrap=True,
        expected=True,
        why=r"'Correct Answer: 1023' ... 'Excluding the empty set leaves 2^10 − 1.'",
    ),
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1023",
        pred=r"1024 − 1",
        wrap=True,
        expected=True,
        why=r"'Nonempty subsets = 1024 − 1 = 1023.'",
    ),
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1024",
        pred=r"2^10",
        wrap=True,
        expected=True,
        why=r"'Step-by-Step Solution: 2^10 = 1024.' (all subsets of a 10-element set)",
    ),
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1023",
        pred=r"1024",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong: 1024 includes the empty subset'",
    ),
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1023",
        pred=r"1025",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong: ... 1025 is impossible'",
    ),
    _c(
        CT,
        CT_SUBSETS,
        gold=r"1023",
        pred=r"1000",
        wrap=True,
        expected=False,
        why=r"'Why Other Options Are Wrong: ... 1000 is unrelated.'",
    ),
    # mathcelebrity, 10 combinations of 3: the final answer and the factorials it evaluates
    _c(
        MC,
        MC_10C3,
        gold=r"120",
        pred=r"10C3",
        wrap=True,
        expected=True,
        why=r"'Final Answer 10C3 = 120'",
    ),
    _c(
        MC,
        MC_10C3,
        gold=r"3,628,800",
        pred=r"10!",
        wrap=True,
        expected=True,
        why=r"'10! = 10 x 9 x 8 x 7 x 6 x 5 x 4 x 3 x 2 x 1' / '10! = 3,628,800'",
    ),
    _c(
        MC,
        MC_10C3,
        gold=r"3,628,800",
        pred=r"10 x 9 x 8 x 7 x 6 x 5 x 4 x 3 x 2 x 1",
        wrap=True,
        expected=True,
        why=r"'10! = 10 x 9 x 8 x 7 x 6 x 5 x 4 x 3 x 2 x 1' / '10! = 3,628,800'",
    ),
    _c(
        MC,
        MC_10C3,
        gold=r"5,040",
        pred=r"7!",
        wrap=True,
        expected=True,
        why=r"'7! = 7 x 6 x 5 x 4 x 3 x 2 x 1' / '7! = 5,040'",
    ),
    _c(
        MC,
        MC_10C3,
        gold=r"5,040",
        pred=r"7 x 6 x 5 x 4 x 3 x 2 x 1",
        wrap=True,
        expected=True,
        why=r"'7! = 7 x 6 x 5 x 4 x 3 x 2 x 1' / '7! = 5,040'",
    ),
    _c(
        MC,
        MC_10C3,
        gold=r"6",
        pred=r"3!",
        wrap=True,
        expected=True,
        why=r"'3! = 3 x 2 x 1' / '3! = 6'",
    ),
    # answers.com, orders of reading 6 books (a permutation), groups of 4 of them, orders of a group
    _c(
        ANS,
        ANS_BOOKS,
        gold=r"720",
        pred=r"6 x 5 x 4 x 3 x 2 x 1",
        wrap=True,
        expected=True,
        why=r"'This can be done in 6 x 5 x 4 x 3 x 2 x 1 = 720 ways.'",
    ),
    _c(
        ANS,
        ANS_BOOKS,
        gold=r"15",
        pred=r"(6 x 5 x 4 x 3) ÷ (4 x 3 x 2 x 1)",
        wrap=True,
        expected=True,
        why=r"'you can select (6 x 5 x 4 x 3) ÷ (4 x 3 x 2 x 1) = 15 different groups of 4 books'",
    ),
    _c(
        ANS,
        ANS_BOOKS,
        gold=r"24",
        pred=r"4 x 3 x 2 x1",
        wrap=True,
        expected=True,
        why=r"'it can be ordered in 4 x 3 x 2 x1 = 24 different ways for reading'",
    ),
    # Lander Math Contest practice solutions, module 6 (16)-(17): binomial coefficients by the factorial formula
    _c(
        LMC,
        LMC_M6,
        gold=r"210",
        pred=r"10C6",
        wrap=True,
        expected=True,
        why=r"'10C6 = 10!/(4!x6!)=7x8x9x10/(2x3x4)=7x3x10=210'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"210",
        pred=r"10!/(4!x6!)",
        wrap=True,
        expected=True,
        why=r"'10C6 = 10!/(4!x6!)=7x8x9x10/(2x3x4)=7x3x10=210'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"210",
        pred=r"7x8x9x10/(2x3x4)",
        wrap=True,
        expected=True,
        why=r"'10C6 = 10!/(4!x6!)=7x8x9x10/(2x3x4)=7x3x10=210'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"210",
        pred=r"7x3x10",
        wrap=True,
        expected=True,
        why=r"'10C6 = 10!/(4!x6!)=7x8x9x10/(2x3x4)=7x3x10=210'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"1716",
        pred=r"13C7",
        wrap=True,
        expected=True,
        why=r"'13C7=13!/(6!x7!)=11x12x13=1716'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"1716",
        pred=r"13!/(6!x7!)",
        wrap=True,
        expected=True,
        why=r"'13C7=13!/(6!x7!)=11x12x13=1716'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"1716",
        pred=r"11x12x13",
        wrap=True,
        expected=True,
        why=r"'13C7=13!/(6!x7!)=11x12x13=1716'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"n(n-1)/2",
        pred=r"n!/[2!(n-2)!]",
        wrap=True,
        expected=True,
        why=r"'nCn-2=n!/[2!(n-2)!]= [(n-2)!(n-1)n]/[2!(n-2)!]=n(n-1)/2'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"n(n-1)/2",
        pred=r"[(n-2)!(n-1)n]/[2!(n-2)!]",
        wrap=True,
        expected=True,
        why=r"'nCn-2=n!/[2!(n-2)!]= [(n-2)!(n-1)n]/[2!(n-2)!]=n(n-1)/2'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"n(n-1)(n-2)/6",
        pred=r"n!/[3!(n-3)!]",
        wrap=True,
        expected=True,
        why=r"'nCn-3=n!/[3!(n-3)!]= [(n-3)! (n-2)(n-1)n]/[6 (n-3)!]=n(n-1)(n-2)/6'",
    ),
    _c(
        LMC,
        LMC_M6,
        gold=r"n(n-1)(n-2)/6",
        pred=r"[(n-3)! (n-2)(n-1)n]/[6 (n-3)!]",
        wrap=True,
        expected=True,
        why=r"'nCn-3=n!/[3!(n-3)!]= [(n-3)! (n-2)(n-1)n]/[6 (n-3)!]=n(n-1)(n-2)/6'",
    ),
]

r"""A fifty-third fresh set of answer-equivalence cases, second file of helper "b" (evaluation
only; number theory and counting answers settled by a person on a public web page: residues
written "a mod n" against the remainder or another member of the class, congruence forms against
4k+1 forms, divisor counts as products, factorials, prime factorizations with and without
exponents, digit answers such as 07 against 7, and answer options a page refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md, the
claims folders /work/wt/fresh2*_claims ... fresh52_claims and /work/wt/fresh53_claims; each page
was claimed in /work/wt/fresh53_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the other form a person on the page equates with it, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Transcription conventions are those of
bench/equiv_fresh53_b.py (``$`` delimiters dropped; a chain's last member is the gold and each
earlier member a prediction).

Sources of this file (domain, URL, what is settled; all "web page, no licence file"):

- sks23cu.net, four copies of a textbook solution "Decide whether each of these integers is
  congruent to 3 modulo 7" (-67, 37, 66, -17): each builds a chain "3 mod 7 ≡ 3+7 mod 7 ≡ 10 mod 7
  ≡ ..." and concludes "-67 is congruent to 3 mod 7", "3 mod 7 is then not ≡alent with 37" (the
  site's text replaced "equiv" by "≡"), "Note 37 mod 7 ≡ 2 mod 7", "66 is congruent to 3 mod 7",
  "not ≡alent with -17", "Note: -17 mod 7 ≡ 4 mod 7". 8 cases (2 False).
- imathworks.com math-solving-3xequiv-4pmod-7 (a math.stackexchange mirror; the best answer's
  steps "x\equiv-1\pmod{7}" then "x\equiv6\pmod{7} (replaced -1 with 6 (by adding 7))"). 1 case.
- talk.qa.collegeconfidential.com 182683 (SAT II: 10 people into groups of 7 and 3, options
  a) 120 b) 210 c) 240 d) 5,040 e) 14,400, "The answer is A"; a reply: "TI-83s have a choose
  function ... You'd type in 10 nCr 7"). 5 cases (4 False).
- puzzlersworld.com zeroes-in-100-factorial (solution "so total 9+2+10+3 = 24 zeros"; the comment
  "(100/25) + (100/5) =24", not contradicted; the comment "21" answered by the site "nopes its 24").
  3 cases (1 False).
- rl.huuu.biz (a reddit r/askmath mirror), thread tdrqho comment i0nxqo7 (7^77 mod 100: "7 * 43 =
  280 + 21 = 301", "7 * 01 = 07", "the remainder of 777 [7^77] after division by 100 is 07, or 7").
  4 cases.
- data.bangtech.com logic/counting ("C(n+r-1, r) = C(r+n-1, n-1)", "P(n,r) = n! / (n-r)!"). 2 cases.
- mathcentral.uregina.ca QQ.09.13 penny1 (Math Central: "3! = 3 \times 2 \times 1 = 6", "5! = ...
  = 120", "0! = 1"). 4 cases.
- www.gradesaver.com, Basic College Mathematics 9th ed., ch. 2 summary exercises p. 141 #32 (360 =
  2\times2\times2\times3\times3\times5 = 2^{3}\times3^{2}\times5, and the division steps). 6 cases.
- krovetz.net 28 module_7 mod_sol (a course's practice solutions: "20 mod 3 = 2", "-20 mod 3 = 1",
  "20 mod 4 = 0", "-20 mod 4 = 0", "(3)(7)(7)(7) mod 10 = ... = (3)(9)(7) mod 10 = 189 mod 10 = 9",
  "(9 + 1) mod 10 = 0"). 8 cases.
- courses.smp.uq.edu.au MATH1061 workbook solution 3.4.4 (i "True since 2 mod 5 = 2 and 7 mod 5 =
  2", ii "False since 112 mod 9 = 4 and 12 mod 9 = 3", iii "True since 121 mod 3 = 1 and 7 mod 3 =
  1"). 9 cases (1 False).
- questioncove.com 54076056e4b081860bdf262f (product of two numbers of the form 4n + 1: the
  asker's chain "(4n+1)*(4n+1) =16n^2+4n+4n+1 =16n^2+8n+1 =4(4n^2+2n)+1", "looks good to me";
  ikram's "let 4m+1=1 mod 4 4n+1= 1 mod 4 (4n+1)(4m+1)= 1*1 mod 4 (4n+1)(4m+1)= 1 mod 4"; the
  chain "(4n+1)*(4m+1) =4n(4m+1) + 1(4m+1) =4(4mn+n+m) + 1"). 9 cases.
- gmatclub.com 24156 (number of factors of 360, options A. 24 B. 12 C. 8 D. 6 E. 4, "OA is A";
  "360 = 2^3 * 3^2 * 5 ... = 4 * 3 * 2 = 24", "= 2 x 2 x 2 x 3 x 3 x 5 = 2^3 x 3^2 x 5^1",
  "(3+1) x (2+1) x (1+1) = 4 x 3 x 2 = 24", for 6 "(1+1)*(1+1) = 4"). 10 cases (4 False).
- web2.0calc.com help_82058 (divisors of 21600: "(5+1)(3+1)(2+1)=6*4*3=72 divisors"). 2 cases.
- www.vedantu.com 5f6184c842336d43bc755112 (positive factors of 360: 360 = 2 \times 2 \times 2
  \times 3 \times 3 \times 5 = {2^3} \times {3^2} \times {5^1}; (3 + 1)(2 + 1)(1 + 1) = 4 × 3 × 2
  = 24). 3 cases.

Left out, by rule: the middle members of the sks23cu chains (each a step; only the member the page
compares with the question's integer, or the last member, is used); krovetz's C-operator lines
("20/3 = -20/-3 = 6", "-20%3 = r = -2": truncating integer division and remainder of a programming
language, not the maths values) and its members with lost superscripts ("310 mod 10", "(3)(72 mod
10)(7) mod 10", "78 mod 10 = (72 mod 10)4 mod 10"); the reddit mirror's power lines with lost
superscripts ("73 = 280 + 63 = 343", "74 + 4k >>> 01"); mathcentral's "5 \times 4 \times 3 \times
2 \times" (a product with a missing factor); a number against its own prime factorization
(gmatclub's "360 = 2^3 * 3^2 * 5", web2.0calc's 21600 = 2^5 x 3^3 x 5^2, vedantu's "360 = ...":
a factorization answer is not the bare number) and gmatclub's partial factorizations "2 x 180",
"2 x 2 x 90", "2 x 2 x 2 x 45", "2 x 2 x 2 x 3 x 15" (steps, not a factorization); questioncove's
"=4K + 1" and "(4n+1)(4m+1)= 4 k +1" (K and k never defined there) and the typo
"(4n+1)*4(n+1)=(4n+1)^2" (false as written); data.bangtech's "C(n,r) = n! / r!(n-r)!" (a division
by an unbracketed product) and its "Answer: C(12 + 4 - 1, 4 - 1)" (one form only); the
collegeconfidential reply's formula line (its asterisks were eaten by the page's markup).

Examined and not used: gmatclub.com 83350 and beatthegmat.com t287527 (remainder options only, or
superscripts lost); cdquestions.com and s4.collegedunia.com (no second form, or superscripts lost);
courses' mark schemes on scribd.com (formulas lost); math.answers.com 360 factorization ("23x32x5":
superscripts lost); refinedessay.com (a socratic.org copy); qammunity.org 2369073 and 5205067 (the
modulus written once at the end of each chain); homeworksource.com 1074788 and philoid.com 14778
(one form only, or superscripts lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _rows(repo: str, where: str, rows: list[tuple[str, str, bool, str]]) -> list[dict[str, object]]:
    """Cases of one page: rows are (gold, pred, expected, why); every pred is a bare answer."""
    return [_c(repo, where, gold=g, pred=p, wrap=True, expected=e, why=w) for g, p, e, w in rows]


R_SKS = "sks23cu.net"
_SKS = "https://sks23cu.net/dwqa-question/decide-whether-integers-congruent-3-modulo-7"
R_IMW = "imathworks.com"
W_IMW = "https://imathworks.com/math/math-solving-3xequiv-4pmod-7"
R_CC = "talk.qa.collegeconfidential.com"
W_CC = (
    "https://talk.qa.collegeconfidential.com/t/cant-figure-out-this-problem-help-math-iic-sat-ii/"
    "182683"
)
R_PW = "puzzlersworld.com"
W_PW = "https://puzzlersworld.com/interview-puzzles/zeroes-in-100-factorial/"
R_RL = "rl.huuu.biz"
W_RL = (
    "https://rl.huuu.biz/r/askmath/comments/tdrqho/no_calculator_kids_math_question/i0nxqo7/"
    "?context=3"
)
R_BT = "data.bangtech.com"
W_BT = "http://data.bangtech.com/logic/counting.htm"
R_MC = "mathcentral.uregina.ca"
W_MC = "http://mathcentral.uregina.ca/QQ/database/QQ.09.13/h/penny1.html"
R_GS = "www.gradesaver.com"
W_GS = (
    "http://www.gradesaver.com/textbooks/math/other-math/basic-college-mathematics-9th-edition/"
    "chapter-2-multiplying-and-dividing-fractions-summary-exercises-fraction-basics-page-141/32"
)
R_KR = "krovetz.net"
W_KR = "http://krovetz.net/28/module_7/mod_sol.html"
R_UQ = "courses.smp.uq.edu.au"
W_UQ = "https://courses.smp.uq.edu.au/MATH1061Ips/wkbooksols/chap3/S3_4_4solution.htm"
R_QC = "questioncove.com"
W_QC = "https://questioncove.com/updates/54076056e4b081860bdf262f"
R_GM = "gmatclub.com"
W_GM = (
    "http://gmatclub.com/forum/what-is-the-number-of-positive-integers-that-are-factors-of-24156"
    ".html#p160020"
)
R_W2 = "web2.0calc.com"
W_W2 = "https://web2.0calc.com/questions/help_82058"
R_VED = "www.vedantu.com"
W_VED = (
    "https://www.vedantu.com/question-answer/positive-factors-are-there-of-the-number-class-8-"
    "maths-cbse-5f6184c842336d43bc755112"
)

CASES = [
    # sks23cu: is the integer congruent to 3 modulo 7?
    *_rows(
        R_SKS,
        _SKS,
        [
            ("3 mod 7", "-67 mod 7", True, "-67: chain ends '≡ -67 mod 7'; 'congruent to 3 mod 7'"),
        ],
    ),
    *_rows(
        R_SKS,
        _SKS + "-2",
        [
            ("3 mod 7", "37 mod 7", False, "37: '3 mod 7 is then not ≡alent with 37'"),
            ("2 mod 7", "37 mod 7", True, "37: 'Note 37 mod 7 ≡ 2 mod 7'"),
            ("3 mod 7", "38 mod 7", True, "37: the chain from '3 mod 7' ends '≡ 38 mod 7'"),
        ],
    ),
    *_rows(
        R_SKS,
        _SKS + "-3",
        [
            ("3 mod 7", "66 mod 7", True, "66: chain ends '≡ 66 mod 7'; 'congruent to 3 mod 7'"),
        ],
    ),
    *_rows(
        R_SKS,
        _SKS + "-4",
        [
            ("3 mod 7", "-17 mod 7", False, "-17: '3 mod 7 is then not ≡alent with -17'"),
            ("4 mod 7", "-17 mod 7", True, "-17: 'Note: -17 mod 7 ≡ 4 mod 7'"),
            ("3 mod 7", "-18 mod 7", True, "-17: the chain from '3 mod 7' ends '≡ -18 mod 7'"),
        ],
    ),
    *_rows(
        R_IMW,
        W_IMW,
        [
            (
                r"x\equiv6\pmod{7}",
                r"x\equiv-1\pmod{7}",
                True,
                "best answer: 'x\\equiv6\\pmod{7} (replaced -1 with 6 (by adding 7))'",
            ),
        ],
    ),
    # collegeconfidential 182683: "The answer is A" (120)
    *_rows(
        R_CC,
        W_CC,
        [
            (
                "120",
                "10 nCr 7",
                True,
                "reply: 'TI-83s have a choose function ... You'd type in 10 nCr 7'",
            ),
            ("120", "210", False, "option b) refused: 'The answer is A'"),
            ("120", "240", False, "option c) refused: 'The answer is A'"),
            ("120", "5,040", False, "option d) refused: 'The answer is A'"),
            ("120", "14,400", False, "option e) refused: 'The answer is A'"),
        ],
    ),
    # puzzlersworld: trailing zeros of 100!
    *_rows(
        R_PW,
        W_PW,
        [
            ("24", "9+2+10+3", True, "solution: 'so total 9+2+10+3 = 24 zeros'"),
            (
                "24",
                "(100/25) + (100/5)",
                True,
                "comment 'gaurav mishra says (100/25) + (100/5) =24'",
            ),
            ("24", "21", False, "comment 'vignesh says 21'; puzzlersworld: 'nopes its 24'"),
        ],
    ),
    # reddit askmath mirror: 7^77 mod 100
    *_rows(
        R_RL,
        W_RL,
        [
            ("301", "7 * 43", True, "'7 * 43 = 280 + 21 = 301'"),
            ("301", "280 + 21", True, "'7 * 43 = 280 + 21 = 301'"),
            ("07", "7 * 01", True, "'7 * 01 = 07'"),
            ("07", "7", True, "'the remainder ... after division by 100 is 07, or 7'"),
        ],
    ),
    *_rows(
        R_BT,
        W_BT,
        [
            ("C(r+n-1, n-1)", "C(n+r-1, r)", True, "table cell 'C(n+r-1, r) = C(r+n-1, n-1)'"),
            ("n! / (n-r)!", "P(n,r)", True, "'P(n,r) = n! / (n-r)!'"),
        ],
    ),
    # mathcentral: factorial examples
    *_rows(
        R_MC,
        W_MC,
        [
            (r"6", r"3!", True, "'3! = 3 \\times 2 \\times 1 = 6'"),
            (r"6", r"3 \times 2 \times 1", True, "'3! = 3 \\times 2 \\times 1 = 6'"),
            (r"120", r"5!", True, "'5! = ... = 120.'"),
            (r"1", r"0!", True, "'By convention we also say that 0! = 1.'"),
        ],
    ),
    # gradesaver: prime factorization of 360
    *_rows(
        R_GS,
        W_GS,
        [
            (
                r"2^{3}\times3^{2}\times5",
                r"2\times2\times2\times3\times3\times5",
                True,
                "answer line; 'the prime factorization of 360 is 2\\times2\\times2\\times3\\times3\\times5"
                "=2^{3}\\times3^{2}\\times5'",
            ),
            (r"180", r"360\div2", True, "'360\\div2=180'"),
            (r"90", r"180\div2", True, "'180\\div2=90'"),
            (r"45", r"90\div2", True, "'90\\div2=45'"),
            (r"15", r"45\div3", True, "'45\\div3=15'"),
            (r"5", r"15\div3", True, "'15\\div3=5'"),
        ],
    ),
    # krovetz: mod by the division algorithm and reduced powers
    *_rows(
        R_KR,
        W_KR,
        [
            ("2", "20 mod 3", True, "'20 = (3)(6) + 2 and 0 <= 2 < 3, so 20 mod 3 = 2'"),
            ("1", "-20 mod 3", True, "'-20 = (3)(-7) + 1 and 0 <= 1 < 3, so -20 mod 3 = 1'"),
            ("0", "20 mod 4", True, "'so 20 mod 4 = 0'"),
            ("0", "-20 mod 4", True, "'-20 = (4)(-5) + 0 ... so ... -20 mod 4 = 0'"),
            ("9", "(3)(7)(7)(7) mod 10", True, "3^10 mod 10 chain ending '= 189 mod 10 = 9'"),
            ("9", "(3)(9)(7) mod 10", True, "3^10 mod 10 chain ending '= 189 mod 10 = 9'"),
            ("9", "189 mod 10", True, "3^10 mod 10 chain ending '= 189 mod 10 = 9'"),
            ("0", "(9 + 1) mod 10", True, "(3^10 + 7^8) mod 10 chain ending '(9 + 1) mod 10 = 0'"),
        ],
    ),
    # UQ MATH1061 3.4.4: congruences decided by remainders
    *_rows(
        R_UQ,
        W_UQ,
        [
            ("2", "2 mod 5", True, "i) 'True since 2 mod 5 = 2 and 7 mod 5 = 2'"),
            ("2", "7 mod 5", True, "i) 'True since 2 mod 5 = 2 and 7 mod 5 = 2'"),
            ("2 mod 5", "7 mod 5", True, "i) True: both remainders are 2"),
            ("4", "112 mod 9", True, "ii) 'False since 112 mod 9 = 4 and 12 mod 9 = 3'"),
            ("3", "12 mod 9", True, "ii) 'False since 112 mod 9 = 4 and 12 mod 9 = 3'"),
            ("12 mod 9", "112 mod 9", False, "ii) False: remainders 4 and 3 differ"),
            ("1", "121 mod 3", True, "iii) 'True since 121 mod 3 = 1 and 7 mod 3 = 1'"),
            ("1", "7 mod 3", True, "iii) 'True since 121 mod 3 = 1 and 7 mod 3 = 1'"),
            ("7 mod 3", "121 mod 3", True, "iii) True: both remainders are 1"),
        ],
    ),
    # questioncove: product of numbers of the form 4n + 1
    *_rows(
        R_QC,
        W_QC,
        [
            ("1 mod 4", "4m+1", True, "ikram: 'let 4m+1=1 mod 4'"),
            ("1 mod 4", "4n+1", True, "ikram: '4n+1= 1 mod 4'"),
            (
                "1 mod 4",
                "1*1 mod 4",
                True,
                "ikram: '(4n+1)(4m+1)= 1*1 mod 4 (4n+1)(4m+1)= 1 mod 4'",
            ),
            ("1 mod 4", "(4n+1)(4m+1)", True, "ikram: '(4n+1)(4m+1)= 1 mod 4'"),
            ("4(4mn+n+m) + 1", "(4n+1)*(4m+1)", True, "chain '(4n+1)*(4m+1) =... =4(4mn+n+m) + 1'"),
            ("4(4mn+n+m) + 1", "4n(4m+1) + 1(4m+1)", True, "chain '... =4n(4m+1) + 1(4m+1) =...'"),
            ("4(4n^2+2n)+1", "(4n+1)*(4n+1)", True, "asker's chain; dan815: 'looks good to me !'"),
            ("4(4n^2+2n)+1", "16n^2+4n+4n+1", True, "asker's chain; dan815: 'looks good to me !'"),
            ("4(4n^2+2n)+1", "16n^2+8n+1", True, "asker's chain; dan815: 'looks good to me !'"),
        ],
    ),
    # gmatclub 24156: number of factors of 360, "OA is A" (24)
    *_rows(
        R_GM,
        W_GM,
        [
            (
                "24",
                "4 * 3 * 2",
                True,
                "'total number of factors(including 1 and 360) = 4 * 3 * 2 = 24'",
            ),
            ("24", "(3+1) x (2+1) x (1+1)", True, "'(3+1) x (2+1) x (1+1) = 4 x 3 x 2 = 24'"),
            ("24", "4 x 3 x 2", True, "'(3+1) x (2+1) x (1+1) = 4 x 3 x 2 = 24'"),
            ("24", "12", False, "option B refused: 'OA is A.'"),
            ("24", "8", False, "option C refused: 'OA is A.'"),
            ("24", "6", False, "option D refused: 'OA is A.'"),
            ("24", "4", False, "option E refused: 'OA is A.'"),
            (
                "2^3 x 3^2 x 5^1",
                "2 x 2 x 2 x 3 x 3 x 5",
                True,
                "'= 2 x 2 x 2 x 3 x 3 x 5 = 2^3 x 3^2 x 5^1'",
            ),
            ("2^3 x 3^2 x 5^1", "2^3 * 3^2 * 5", True, "the first reply's '360 = 2^3 * 3^2 * 5'"),
            ("4", "(1+1)*(1+1)", True, "factors of 6: 'Formula: (1+1)*(1+1) = 4'"),
        ],
    ),
    *_rows(
        R_W2,
        W_W2,
        [
            ("72", "(5+1)(3+1)(2+1)", True, "'(5+1)(3+1)(2+1)=6*4*3=72 divisors'"),
            ("72", "6*4*3", True, "'(5+1)(3+1)(2+1)=6*4*3=72 divisors'"),
        ],
    ),
    # vedantu: positive factors of 360
    *_rows(
        R_VED,
        W_VED,
        [
            (
                r"{2^3} \times {3^2} \times {5^1}",
                r"2 \times 2 \times 2 \times 3 \times 3 \times 5",
                True,
                "'360 = 2 \\times 2 ...' then '360 = {2^3} \\times {3^2} \\times {5^1}'",
            ),
            (r"24", r"(3 + 1)(2 + 1)(1 + 1)", True, "'(3 + 1)(2 + 1)(1 + 1) = 4 × 3 × 2 = 24'"),
            (r"24", r"4 × 3 × 2", True, "'= 4 × 3 × 2' '= 24'"),
        ],
    ),
]

r"""fresh114_b, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh114_b.py
names -- the rest of its web pages (openmathbooks dmoi3 solution-226, techqa 2685060, imathworks,
crcmath w090, askanewquestion 592049, federicomor Project Euler 15, exchangetuts, math.answers.com,
qammunity 7075035, everything2 "LG") and most of its GitHub issue and pull-request threads
(walkccc/CLRS, bee-san/AlgorithmsBook, super30admin/PreCourse-2, Atekihcan/CLRS,
CalculusWithJulia, oscarlevin/discrete-book, jasp-stats/jasp-issues,
reneargento/algorithms-sedgewick-wayne, jameshughes89/cs102, rithmschool,
bcaffo/LittleInferenceBook), transcribed under the same rules; for a thread ``repo`` is owner/name
and ``where`` ``issues/N`` or ``pull/N``. See that module's docstring for the sources, conventions
and what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

QA = "qammunity.org"
TQ = "math.techqa.club"
TQ_268 = "https://math.techqa.club/recurrence-relation-question-generating-direct-formula-2685060"
DM = "discrete.openmathbooks.org"
DM_226 = "http://discrete.openmathbooks.org/dmoi3/knowl/solution-226.html"
IMW = "imathworks.com"
IMW_REC = "https://imathworks.com/math/math-finding-general-formula-for-a-recursion-function"
CRC = "archive.lib.msu.edu"
CRC_W090 = "https://archive.lib.msu.edu/crcmath/math/math/w/w090.htm"
ANQ = "askanewquestion.com"
ANQ_592 = (
    "https://askanewquestion.com/questions/"
    "legend-has-it-that-long-ago-a-kind-was-very-pleased-with-the-game-of/592049"
)
FM = "federicomor.github.io"
FM_PE15 = "https://federicomor.github.io/activity/project_euler/problem_15"
ET = "exchangetuts.com"
ET_164 = "https://exchangetuts.com/worst-time-complexity-big-o-for-1-for-loop-1641587404912536"
ANS = "math.answers.com"
ANS_2N = (
    "https://math.answers.com/math-and-arithmetic/"
    "Why_does_a_set_containing_n_element_have_2n_subsets"
)
QA_707 = "https://qammunity.org/7075035"
E2 = "everything2.com"
E2_LG = "https://everything2.com/title/LG"
WCC = "walkccc/CLRS"
BEE = "bee-san/AlgorithmsBook"
S30 = "super30admin/PreCourse-2"
ATK = "Atekihcan/CLRS"
CWJ = "CalculusWithJulia/CalculusWithJulia.github.io"
DMB = "oscarlevin/discrete-book"
JASP = "jasp-stats/jasp-issues"
RSW = "reneargento/algorithms-sedgewick-wayne"
CS102 = "jameshughes89/cs102"
RITH = "rithmschool/javascript_computer_science_exercises"
LIB = "bcaffo/LittleInferenceBook"

CASES = [
    # openmathbooks dmoi3 solution 2.4.5.1: the geometric part of a_n = 3a_{n-1} + 2
    _c(
        DM,
        DM_226,
        gold="3^n - 1",
        pred=r"\frac{2-2\cdot 3^n}{-2}",
        wrap=True,
        expected=True,
        why=r"'We get \(\frac{2-2\cdot 3^n}{-2}\) which simplifies to \(3^n - 1\text{.}\)' (the trailing \text{.} is the sentence's full stop, dropped)",
    ),
    # techqa 2685060: a_10 for a_n = 3a_{n-1} + 2n, a_0 = 1
    _c(
        TQ,
        TQ_268,
        gold="147611",
        pred=r"\frac52\cdot 3^{10}-10-\frac32",
        wrap=True,
        expected=True,
        why=r"'$$a_n=\frac52 \cdot 3^n-n-\frac32 \Rightarrow a_{10}=\frac52\cdot 3^{10}-10-\frac32=147611.$$'",
    ),
    _c(
        TQ,
        TQ_268,
        gold="147611",
        pred=r"3\cdot 49197+20",
        wrap=True,
        expected=True,
        why=r"'Almost correct. Note: $$a_{10}=3a_9+2\cdot 10=3\cdot 49197+20=147611.$$'",
    ),
    # imathworks (a copy of a math.stackexchange answer): a_n = 3a_{n-1} + 1, a_1 = 1
    _c(
        IMW,
        IMW_REC,
        gold=r"\frac{3^n-1}{2}",
        pred=r"1 + 3 + 9 + \ldots + 3^{n-1}",
        wrap=True,
        expected=True,
        why=r"'$$a_n = \frac{3^n-1}{2}$$' ... '($a_n = 1 + 3 + 9 + \ldots + 3^{n-1}$. This is called geometric series.'",
    ),
    # CRC Concise Encyclopedia (msu archive) w090 'Wheat and Chessboard Problem'
    _c(
        CRC,
        CRC_W090,
        gold="2^{64}-1",
        pred="18446744073709551615",
        wrap=True,
        expected=True,
        why=r"'Plugging in $n=8\times 8=64$ then gives $2^{64}-1=18446744073709551615$.'",
    ),
    # askanewquestion 592049 (a Jiskha thread): grains on a 64-square chessboard
    _c(
        ANQ,
        ANQ_592,
        gold="2^64 - 1",
        pred="1(2^64 - 1)/(2-1)",
        wrap=True,
        expected=True,
        why="'a GS, where a=1, r=2 and n=64 sum(64) = 1(2^64 - 1)/(2-1) = 2^64 - 1'",
    ),
    _c(
        ANQ,
        ANQ_592,
        gold="2^64 - 1",
        pred="2^63",
        wrap=True,
        expected=False,
        why="another answer: 'now go on to 64 th square has 2^63' -- then its author: 'I gave you the amount on the last square. Use Reiny's system.' (the total is asked)",
    ),
    # federicomor.github.io Project Euler 15: lattice routes through a 2x2 grid
    _c(
        FM,
        FM_PE15,
        gold="6",
        pred=r"\frac{4!}{2! \cdot 2!}",
        wrap=True,
        expected=True,
        why=r"'there are exactly $6$ routes'; '\[ \text{\# anagrammi SSEE} = \frac{4!}{2! \cdot 2!} = 6 \]'",
    ),
    # exchangetuts (a copy of a stackoverflow thread): for (i = 1; i * i < n; i++)
    _c(
        ET,
        ET_164,
        gold="O(sqrt(n))",
        pred="O( Floor( Sqrt( n ) ) )",
        wrap=True,
        expected=True,
        why="first answer: 'i*i<n can be transformed as i<sqrt(n) So its acutally O(sqrt(n))'; second answer: 'i < Sqrt(n) So, a time complexity of O( Floor( Sqrt( n ) ) ).'",
    ),
    # math.answers.com: the number of subsets of a set of n elements
    _c(
        ANS,
        ANS_2N,
        gold="2^n",
        pred="2*n",
        wrap=True,
        expected=False,
        why="'I presume you meant 2^n (2 raised to the nth power), not 2*n (2 times n). That's answers.com's character set problem again'",
    ),
    _c(
        ANS,
        ANS_2N,
        gold="8",
        pred="2*2*2",
        wrap=True,
        expected=True,
        why="'Finally, of each of these 4, there are 2 subsets: those containing c and those not containing c, for a total of 8 (2*2*2 or 2^3) subsets.'",
    ),
    _c(
        ANS,
        ANS_2N,
        gold="8",
        pred="2^3",
        wrap=True,
        expected=True,
        why="'for a total of 8 (2*2*2 or 2^3) subsets'",
    ),
    # qammunity 7075035: the number of subsets of a set of n elements
    _c(
        QA,
        QA_707,
        gold="2^n",
        pred="2n",
        wrap=True,
        expected=False,
        why="'That should be 2^n and not just 2n'",
    ),
    _c(
        QA,
        QA_707,
        gold="8",
        pred="2^3",
        wrap=True,
        expected=True,
        why="'Here's an example with n = 3 elements. We'll have 2^n = 2^3 = 8 subsets now.'",
    ),
    # everything2 'LG': the binary logarithm written two ways
    _c(
        E2,
        E2_LG,
        gold="lg x",
        pred="log_2 x",
        wrap=True,
        expected=True,
        why="'lg is the common mathematical symbol for the logarithm to the base of 2 ... It can also be written as log_2 x, read as the logarithm to the base 2 of x.'",
    ),
    # walkccc/CLRS issues and pull requests: wrong bounds corrected by the maintainer
    _c(
        WCC,
        "issues/483",
        gold="O(2^n)",
        pred="O(n^2)",
        wrap=True,
        expected=False,
        why="Exercise 4.4-4: 'The answer should be O(2^n) but O(n^2) is written.' -- walkccc: 'Thanks. Updated.'",
    ),
    _c(
        WCC,
        "issues/19",
        gold="O(n^lg(3))",
        pred="O(n^2)",
        wrap=True,
        expected=False,
        why="4.4-1: 'I'm pretty sure the answer is O(n^lg(3)). It's not O(n^2).' -- walkccc: 'Thank you, I've corrected it'",
    ),
    _c(
        WCC,
        "issues/223",
        gold="Omega(n^2)",
        pred="O(n^2)",
        wrap=True,
        expected=False,
        why="Exercise 4.4-5: 'Instead of O(n^2) it should be Omega(n^2) because this is the lower bound.' -- walkccc: 'Thank you. I've updated it'",
    ),
    _c(
        WCC,
        "pull/410",
        gold="O(V^2)",
        pred="O(V + V^2)",
        wrap=True,
        expected=True,
        why="Update 22.2.md (merged): 'O(V + V^2) = O(V^2)'",
    ),
    # bee-san/AlgorithmsBook issue 2: O(2n) for O(2^n); the fix's inline dollar signs dropped
    _c(
        BEE,
        "issues/2",
        gold="O(2^n)",
        pred="O(2n)",
        wrap=True,
        expected=False,
        why="'\"is solved in O(2n) time\" should be \"is solved in O($2^n$) time\"' -- bee-san: 'Fixed, thank you!'",
    ),
    # super30admin/PreCourse-2 pull 205: a reviewer on a binary-search time complexity
    _c(
        S30,
        "pull/205",
        gold="O(log(n))",
        pred="O(nlog(n))",
        wrap=True,
        expected=False,
        why="on the line '// Time Complexity :  O(nlog(n))' the reviewer: 'O(log(n)), not n * log(n)' (lead-in 'Time Complexity :' dropped)",
    ),
    # Atekihcan/CLRS pull 31: Exercise 4.4-6 lower bound
    _c(
        ATK,
        "pull/31",
        gold=r"\Omega(n\log n)",
        pred=r"\Omega(2^n)",
        wrap=True,
        expected=False,
        why=r"diff '-     & = \Omega(2^n)' / '+     & = \Omega(n\log n)': 'The question asked for \Omega(n\log n). The question was solved correctly but left a little typo.' -- Atekihcan: 'Thanks for catching the typo.'",
    ),
    # CalculusWithJulia issue 2: the sum of an arithmetic progression a, a+h, ..., a+nh
    _c(
        CWJ,
        "issues/2",
        gold=r"(n+1)(a+h \cdot n/2)",
        pred=r"h \cdot(a + n(n+1)/2)",
        wrap=True,
        expected=False,
        why=r"'`h \cdot(a + n(n+1)/2)` is accepted as true but it seems the correct one is `(n+1)(a+h \cdot n/2)`' -- jverzani: 'Oops, thanks for pointing this out. Yours is definitely a correct answer.'",
    ),
    # oscarlevin/discrete-book issues: corrected counts and closed forms
    _c(
        DMB,
        "issues/58",
        gold="n(n+1)/2",
        pred="n(n+2)/2",
        wrap=True,
        expected=False,
        why='Example 2.5.1: \'it should say "let P(n) be the statement 1 + 2 + 3 + ... + n = n(n+**1**)/2", not "n(n+2)/2"\' (markdown bold marks dropped from the gold); fixed by oscarlevin',
    ),
    _c(
        DMB,
        "issues/44",
        gold="five",
        pred="four",
        wrap=True,
        expected=False,
        why="'a graph with four vertices (the letters a, b, c, d) and **four** edges (the pairs {a, b}, {a, c}, {b, c}, {b, d}, {c, d})) it should be **five** edges' -- oscarlevin: 'Thanks. I'll fix it for the next edition.'",
    ),
    _c(
        DMB,
        "issues/42",
        gold="2162160",
        pred="2192190",
        wrap=True,
        expected=False,
        why="oscarlevin: 'The answer should be 2162160, not 2192190.'",
    ),
    _c(
        DMB,
        "issues/146",
        gold="(7 choose 4)",
        pred="(7 choose 6)",
        wrap=True,
        expected=False,
        why="lattice paths from (0,0) to (4,3): 'the number of such paths is (4+3 choose 4) = (7 choose 6)' ... 'I think it should be (4+3 choose 4) = (7 choose 4).' -- oscarlevin: 'Nice catch.'",
    ),
    _c(
        DMB,
        "issues/146",
        gold="(7 choose 4)",
        pred="(4+3 choose 4)",
        wrap=True,
        expected=True,
        why="'I think it should be (4+3 choose 4) = (7 choose 4).' -- oscarlevin: 'Nice catch.'",
    ),
    _c(
        DMB,
        "issues/141",
        gold="7/3*2^n−1/3*5^n",
        pred="7/3*2^n−1/3*3^n",
        wrap=True,
        expected=False,
        why="Example 2.4.6: 'an=7/3*2^n−1/3*3^n.\" Should be an=7/3*2^n−1/3*5^n.\"' -- oscarlevin: 'This is now fixed' (lead-in 'an=' dropped; the page's minus sign kept)",
    ),
    _c(
        DMB,
        "issues/7",
        gold="3",
        pred="13 choose 2 − 75",
        wrap=True,
        expected=True,
        why="'Thus the answer to the original question is 13 choose 2 − 75 = 78 − **66** = 3. The 66 should be 75' -- oscarlevin: 'Thanks. Fixed.' (read with the fix: 78 − 75 = 3)",
    ),
    # jasp-stats/jasp-issues 1339: edges of a network on 16 nodes
    _c(
        JASP,
        "issues/1339",
        gold="120",
        pred="112",
        wrap=True,
        expected=False,
        why="'I was wondering if 112 is supposed to represent to the total number of edges ... With 16 nodes this should be 120 (16 * 15 / 2).' -- vandenman: 'yeah there are some parenthesis missing'",
    ),
    _c(
        JASP,
        "issues/1339",
        gold="120",
        pred="16 * 15 / 2",
        wrap=True,
        expected=True,
        why="'With 16 nodes this should be 120 (16 * 15 / 2). This (120) is also what R returns.'",
    ),
    # reneargento/algorithms-sedgewick-wayne issues: a count and a tilde approximation
    _c(
        RSW,
        "issues/59",
        gold="2^500",
        pred="500",
        wrap=True,
        expected=False,
        why="Exercise 5.4.11 c: 'I came out with an answer of 2^500 instead of 500' -- reneargento: 'Makes sense, part `c` should be `2^500`'",
    ),
    _c(
        RSW,
        "issues/32",
        gold="~1",
        pred="1/N",
        wrap=True,
        expected=False,
        why="Exercise 1.4.5: 'b) ~1 you wrote 1/N but for f(N) = 1 + 1/N ... ~F(N) is clearly not = to 1/N' -- reneargento: 'You are right, I updated the exercise'",
    ),
    # jameshughes89/cs102 pull 94: a table of growth functions and their order
    _c(
        CS102,
        "pull/94",
        gold="O(n)",
        pred="O(2^{n})",
        wrap=True,
        expected=False,
        why="row ':math:`t(n) = 2^{2} + 3n` | :math:`O(2^{n})`' -- twentylemon: 'This is just O(n). Presumably `2^{2}` => `2^{n}` on left hand side?' -- author: 'Yerp' (for the row as written; :math: roles dropped)",
    ),
    # rithmschool big-O exercise pull requests: an instructor's review of students' answers
    _c(
        RITH,
        "pull/22",
        gold="O(2^n)",
        pred="O(n^2)",
        wrap=True,
        expected=False,
        why="'8. `O(2^n + n^2)` --> O(n^2)' -- mmmaaatttttt: 'This one is O(2^n), since exponential growth is faster than quadratic growth.'",
    ),
    _c(
        RITH,
        "pull/4",
        gold="O(n^3)",
        pred="O(n^2 )",
        wrap=True,
        expected=False,
        why="'4. `O(n^2 + n^3)` // O(n^2 )' -- mmmaaatttttt: 'Careful here, n^2 is dominated by n^3' (gold read from the remark)",
    ),
    _c(
        RITH,
        "pull/4",
        gold="O(n)",
        pred="O(log(n))",
        wrap=True,
        expected=False,
        why="'6. `O(1000 * log(n) + n)` // O(log(n))' -- mmmaaatttttt: 'Which grows faster, log(n) or n?' (gold read from the remark)",
    ),
    _c(
        RITH,
        "pull/28",
        gold="O(nlog(n))",
        pred="O(n)",
        wrap=True,
        expected=False,
        why="'7. `O(1000 * n * log(n) + n)` -> O(n)' -- mmmaaatttttt: 'careful with this one - which grows faster, `n` or `nlog(n)`?' -- student: 'ah, right. I overlooked the '*' between n and log(n)' (gold read from the remark)",
    ),
    _c(
        RITH,
        "pull/24",
        gold="O(n)",
        pred="log(n)",
        wrap=True,
        expected=False,
        why="'6. `O(1000 * log(n) + n)` // log(n)' -- mmmaaatttttt: 'double check this one - what grows faster, `log(n)` or `n`?' (gold read from the remark)",
    ),
    # bcaffo/LittleInferenceBook issue 30: n choose 1
    _c(
        LIB,
        "issues/30",
        gold="n",
        pred="1",
        wrap=True,
        expected=False,
        why="'Text says \"n choose 1\" equals 1 but isn't it equal to n? Same for \"n choose n-1.\"' -- 'Fixed by f3071e3'",
    ),
]

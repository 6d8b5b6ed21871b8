r"""fresh114_b, continued (part 3 of 3): the last two threads that bench/equiv_fresh114_b.py names
(TheAlgorithms/Python issue 340, jeffgerickson/algorithms issue 107; ``where`` ``issues/N``) and
the cases from its repository files (walkccc/CLRS and Atekihcan/CLRS, both MIT;
IsaacStudley/csc208 and jesuarva/Sprint-Challenge--Data-Structures-Algorithms, no licence file;
``where`` path@commit), transcribed under the same rules. See that module's docstring for the
sources, conventions and what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TAP = "TheAlgorithms/Python"
JGE = "jeffgerickson/algorithms"
WCC = "walkccc/CLRS"
WCC_45 = "docs/Chap04/4.5.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_44 = "docs/Chap04/4.4.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_202 = "docs/Chap20/20.2.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_P24 = "docs/Chap02/Problems/2-4.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_P84 = "docs/Chap08/Problems/8-4.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_52 = "docs/Chap05/5.2.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
WCC_152 = "docs/Chap15/15.2.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"
ATK = "Atekihcan/CLRS"
ATK_P33 = "_solutions/03/P03-03.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_423 = "_solutions/04/E04.02-03.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_439 = "_solutions/04/E04.03-09.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_A11 = "_solutions/A/EA.01-01.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_A12 = "_solutions/A/EA.01-02.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_A13 = "_solutions/A/EA.01-03.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_A15 = "_solutions/A/EA.01-05.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
ATK_A17 = "_solutions/A/EA.01-07.md@526ecfd52d4c898de7b508e8b96142f44c339ffe"
CSC = "IsaacStudley/csc208"
CSC_12 = "ch1/1-2problems.md@04f628ff0fe0e6a5cee4f5bc101ce5ce416e9e32"
JES = "jesuarva/Sprint-Challenge--Data-Structures-Algorithms"
JES_ANS = "algorithms/Algorithms_Answers.md@cddc87cbbb03c04ac304b74bf715604159004979"
WCC_61 = "docs/Chap06/6.1.md@b29f8d0409d6bb60a55ee10202047fd0576265ec"

CASES = [
    # TheAlgorithms/Python issue 340: merge sort's best and average case in the README
    _c(
        TAP,
        "issues/340",
        gold="O(n log n)",
        pred="O(n)",
        wrap=True,
        expected=False,
        why="'Merge sort best & average case O(n)? ... Shouldn't it be O(n log n).' -- sfdye: 'In the master, best & average are `O(n)` which are simply incorrect and misleading.'",
    ),
    _c(
        TAP,
        "issues/340",
        gold="O(n log n)",
        pred="O(n*log(n))",
        wrap=True,
        expected=True,
        why="pandyamarut: 'it's O(n log n ) only.' -- sumitkumar22299: 'Yes! It should be O(n*log(n)) for every case'",
    ),
    _c(
        TAP,
        "issues/340",
        gold="O(n log n)",
        pred="O(n log(n))",
        wrap=True,
        expected=True,
        why="hasangokdag: 'like O(n log(n)) vs O(n*log(n))? In readme file Merge, Quick and Shell is also using one space as multiplication instead of \"*\".' -- sfdye: 'No.' (the point is O(n), not the notation)",
    ),
    # jeffgerickson/algorithms issue 107 (labelled fixed): a recurrence simplified wrongly
    _c(
        JGE,
        "issues/107",
        gold="2T(n-1) + a",
        pred="2T(n-2) + a",
        wrap=True,
        expected=False,
        why="'According to the previous statement: T(n) - T(n-1) = T(n-1) + a The final simplified recurrence is wrong: T(n) = 2T(n-2) + a It should be: T(n) = 2T(n-1) + a' (labels: cosmetic, fixed; lead-in 'T(n) =' dropped)",
    ),
    # walkccc/CLRS 4.5-1: master-method bounds written two ways
    _c(
        WCC,
        WCC_45,
        gold=r"\Theta(\sqrt n)",
        pred=r"\Theta(n^{\log_4 2})",
        wrap=True,
        expected=True,
        why=r"'**a.** $\Theta(n^{\log_4 2}) = \Theta(\sqrt n)$.'",
    ),
    _c(
        WCC,
        WCC_45,
        gold=r"\Theta(\sqrt n\lg n)",
        pred=r"\Theta(n^{\log_4 2}\lg n)",
        wrap=True,
        expected=True,
        why=r"'**b.** $\Theta(n^{\log_4 2}\lg n) = \Theta(\sqrt n\lg n)$.'",
    ),
    # walkccc/CLRS 4.4-1 and 4.4-7: the number of leaves of a recursion tree
    _c(
        WCC,
        WCC_44,
        gold=r"n^{\lg 3}",
        pred=r"3^{\lg n}",
        wrap=True,
        expected=True,
        why=r"4.4-1: 'Thus, the tree has $\lg n + 1$ levels and $3^{\lg n} = n^{\lg 3}$ leaves.'",
    ),
    _c(
        WCC,
        WCC_44,
        gold="n^2",
        pred=r"4^{\lg n}",
        wrap=True,
        expected=True,
        why=r"4.4-7: 'Thus, the tree has $\lg n + 1$ levels and $4^{\lg n} = n^{\lg 4} = n^2$ leaves.'",
    ),
    _c(
        WCC,
        WCC_44,
        gold="n^2",
        pred=r"n^{\lg 4}",
        wrap=True,
        expected=True,
        why=r"4.4-7: '$4^{\lg n} = n^{\lg 4} = n^2$ leaves'",
    ),
    # walkccc/CLRS 20.2: proto-vEB with clusters of u^{1/4} elements, MEMBER/INSERT
    _c(
        WCC,
        WCC_202,
        gold=r"\Theta(\lg\lg u)",
        pred=r"\Theta(\lg\log_4 u)",
        wrap=True,
        expected=True,
        why=r"'$$T(u) = T(u^{1 / 4}) + O(1) = \Theta(\lg\log_4 u) = \Theta(\lg\lg u).$$'",
    ),
    # walkccc/CLRS 2-4 b and 8-4 a: n(n - 1) / 2 as a sum
    _c(
        WCC,
        WCC_P24,
        gold="n(n - 1) / 2",
        pred=r"(n - 1) + (n - 2) + \cdots + 1",
        wrap=True,
        expected=True,
        why=r"'The array $\langle n, n - 1, \dots, 1 \rangle$ has the most inversions $(n - 1) + (n - 2) + \cdots + 1 = n(n - 1) / 2$.'",
    ),
    _c(
        WCC,
        WCC_P84,
        gold="n(n - 1) / 2",
        pred=r"\sum_{i = 1}^{n - 1} i",
        wrap=True,
        expected=True,
        why=r"'This will use at most $\sum_{i = 1}^{n - 1} i = n(n - 1) / 2 = \Theta(n^2)$ comparisons.'",
    ),
    # walkccc/CLRS 5.2-5: the expected number of inversions
    _c(
        WCC,
        WCC_52,
        gold=r"\frac{n(n - 1)}{4}",
        pred=r"\frac{n(n - 1)}{2} - \frac{n(n - 1)}{4}",
        wrap=True,
        expected=True,
        why=r"'& = \frac{n(n - 1)}{2} - \frac{n(n - 1)}{4} \\ & = \frac{n(n - 1)}{4}.'",
    ),
    # walkccc/CLRS 15.2-5: total references to the matrix-chain table, (n^3 - n)/3
    _c(
        WCC,
        WCC_152,
        gold=r"\frac{n^3 - n}{3}",
        pred=r"\sum_{l = 1}^{n - 1} 2l(n - l)",
        wrap=True,
        expected=True,
        why=r"'& = \sum_{l = 1}^{n - 1} 2l(n - l) \\ ... & = \frac{n^3 - n}{3}.'",
    ),
    _c(
        WCC,
        WCC_152,
        gold=r"\frac{n^3 - n}{3}",
        pred=r"n^2(n - 1) - 2 \cdot \frac{(n - 1)n(2n - 1)}{6}",
        wrap=True,
        expected=True,
        why=r"'& = n^2(n - 1) - 2 \cdot \frac{(n - 1)n(2n - 1)}{6} \\ & = n^3 - n^2 - \frac{2n^3 - 3n^2 + n}{3} \\ & = \frac{n^3 - n}{3}.'",
    ),
    _c(
        WCC,
        WCC_152,
        gold=r"\frac{n^3 - n}{3}",
        pred=r"n^3 - n^2 - \frac{2n^3 - 3n^2 + n}{3}",
        wrap=True,
        expected=True,
        why=r"'& = n^3 - n^2 - \frac{2n^3 - 3n^2 + n}{3} \\ & = \frac{n^3 - n}{3}.'",
    ),
    # Atekihcan/CLRS Problem 3-3: functions simplified before ranking
    _c(
        ATK,
        ATK_P33,
        gold=r"\sqrt n",
        pred=r"(\sqrt 2)^{\lg n}",
        wrap=True,
        expected=True,
        why=r"'(\sqrt 2)^{\lg n} = 2^{\frac 1 2 \cdot \lg n} = n^{\frac 1 2} = \sqrt n'",
    ),
    _c(
        ATK,
        ATK_P33,
        gold=r"(\lg n)^{\lg n}",
        pred=r"n^{\lg \lg n}",
        wrap=True,
        expected=True,
        why=r"'n^{\lg \lg n} = (2^{\lg n})^{\lg \lg n} = (2^{\lg \lg n})^{\lg n} = (\lg n)^{\lg n}'; in the ranking: 'n^{\lg \lg n} = (\lg n)^{\lg n}'",
    ),
    _c(
        ATK,
        ATK_P33,
        gold="n",
        pred=r"2^{\lg n}",
        wrap=True,
        expected=True,
        why=r"'2^{\lg n} = n'",
    ),
    _c(
        ATK,
        ATK_P33,
        gold="n^2",
        pred=r"2^{2\lg n}",
        wrap=True,
        expected=True,
        why=r"'4^{\lg n} = 2^{2\lg n} = 2^{\lg n^2} = n^2'",
    ),
    # Atekihcan/CLRS 4.2-3 and 4.3-9: bounds rewritten
    _c(
        ATK,
        ATK_423,
        gold=r"\Theta(n^{\lg 7})",
        pred=r"\Theta((2n)^{\lg 7})",
        wrap=True,
        expected=True,
        why=r"'Hence, $$T(n) = \Theta((2n)^{\lg 7}) = \Theta(n^{\lg 7})$$.'",
    ),
    _c(
        ATK,
        ATK_439,
        gold=r"O(\lg^{\lg 3} n)",
        pred=r"O((\lg n)^{\lg 3})",
        wrap=True,
        expected=True,
        why=r"'$$T(n) = O(m^{\lg 3}) = O((\lg n)^{\lg 3}) = O(\lg^{\lg 3} n)$$'",
    ),
    # Atekihcan/CLRS Appendix A.1: closed forms of sums and a product
    _c(
        ATK,
        ATK_A11,
        gold="n^2",
        pred="n(n + 1) - n",
        wrap=True,
        expected=True,
        why=r"A.1-1 '\sum_{k = 1}^n (2k - 1) ... & = n(n + 1) - n \\ & = n^2 + n - n \\ & = n^2'",
    ),
    _c(
        ATK,
        ATK_A11,
        gold="n^2",
        pred=r"2 \frac {n(n + 1)} 2 - n",
        wrap=True,
        expected=True,
        why=r"A.1-1 '& = 2 \frac {n(n + 1)} 2 - n \\ & = n(n + 1) - n \\ ... & = n^2'",
    ),
    _c(
        ATK,
        ATK_A12,
        gold=r"\ln \sqrt n + O(1)",
        pred=r"\frac 1 2 \ln n + O(1)",
        wrap=True,
        expected=True,
        why=r"A.1-2 '& = \frac 1 2 \ln n + O(1) \\ & = \ln \sqrt n + O(1)'",
    ),
    _c(
        ATK,
        ATK_A13,
        gold=r"\frac {x(1 + x)} {(1 - x)^3}",
        pred="x(1 + x)/(1 - x)^3",
        wrap=True,
        expected=True,
        why=r"A.1-3 asks to show the sum is '$$x(1 + x)/(1 - x)^3$$'; the solution ends '$$\sum_{k = 0}^{\infty} k^2x^k = \frac {x(1 + x)} {(1 - x)^3}$$'",
    ),
    _c(
        ATK,
        ATK_A15,
        gold=r"\frac {x^2(3 - x^2)} {(1 - x^2)^2}",
        pred=r"\frac {3x^2 - 3x^4 + 2x^4} {(1 - x^2)^2}",
        wrap=True,
        expected=True,
        why=r"A.1-5 '& = \frac {3x^2 - 3x^4 + 2x^4} {(1 - x^2)^2} \\ & = \frac {x^2(3 - x^2)} {(1 - x^2)^2}'",
    ),
    _c(
        ATK,
        ATK_A17,
        gold="n(n + 2)",
        pred="n(n + 1) + n",
        wrap=True,
        expected=True,
        why=r"A.1-7, lg of the product: '& = n(n + 1) + n \\ & = n(n + 2)' then 'Hence, $$P = 2^{n(n + 2)}$$.'",
    ),
    # IsaacStudley/csc208 1-2 problems: 9-bit strings (a student's worked answers)
    _c(
        CSC,
        CSC_12,
        gold="64",
        pred="2^{6}",
        wrap=True,
        expected=True,
        why="'start with the sub-string 101 ... how many different 6-bit strings there are, which is $2^{6}=64$'",
    ),
    _c(
        CSC,
        CSC_12,
        gold="20",
        pred=r"\frac{6!}{3!(6-3)!}",
        wrap=True,
        expected=True,
        why=r"'which is 6 choose 3.    $\frac{6!}{3!(6-3)!} = 20$'",
    ),
    _c(
        CSC,
        CSC_12,
        gold="20",
        pred="6 choose 3",
        wrap=True,
        expected=True,
        why=r"'how many unique 6-bit strings contain exactly three 1s, which is 6 choose 3.    $\frac{6!}{3!(6-3)!} = 20$'",
    ),
    _c(
        CSC,
        CSC_12,
        gold="176",
        pred="2^6+2^7-2^4",
        wrap=True,
        expected=True,
        why="'$2^6+2^7-2^4 = 176$ or $64+128-16=176$'",
    ),
    _c(
        CSC,
        CSC_12,
        gold="176",
        pred="64+128-16",
        wrap=True,
        expected=True,
        why="'$2^6+2^7-2^4 = 176$ or $64+128-16=176$'",
    ),
    _c(
        CSC,
        CSC_12,
        gold="51",
        pred=r"20+\frac{7!}{4!(7-4)!}-4",
        wrap=True,
        expected=True,
        why=r"'(6 choose 3) plus (7 choose 3) minus (4 choose 1). $20+\frac{7!}{4!(7-4)!}-4 = 51$'",
    ),
    # jesuarva Sprint-Challenge algorithms answers: big-O rewritten
    _c(
        JES,
        JES_ANS,
        gold="O(√n)",
        pred="O(n^(1/2))",
        wrap=True,
        expected=True,
        why="'c. O(n^(1/2)) -> O(√n)'",
    ),
    _c(
        JES,
        JES_ANS,
        gold="O(n^2)",
        pred="O( n(n+1)/2 )",
        wrap=True,
        expected=True,
        why="'a. O( n(n+1)/2 ) -> O(n^2)'",
    ),
    # walkccc/CLRS 6.1-1 and 4.4-4: a geometric sum in a count and in a recursion tree
    _c(
        WCC,
        WCC_61,
        gold="2^h - 1",
        pred=r"\sum_{i = 0}^{h - 1} 2^i",
        wrap=True,
        expected=True,
        why=r"'a complete binary tree of depth $h − 1$ has $\sum_{i = 0}^{h - 1} 2^i = 2^h - 1$ elements'",
    ),
    _c(
        WCC,
        WCC_44,
        gold="2^n - 1",
        pred=r"\frac{2^n - 1}{2 - 1}",
        wrap=True,
        expected=True,
        why=r"4.4-4: '& = \frac{2^n - 1}{2 - 1} + \Theta(2^n)\\ & = 2^n - 1 + \Theta(2^n)'",
    ),
]

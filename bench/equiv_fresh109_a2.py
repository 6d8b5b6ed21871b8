r"""fresh109_a, continued (part 2 of 2): the cases of the sources that bench/equiv_fresh109_a.py
lists under "Sources of bench/equiv_fresh109_a2.py" (reddit PassTimeMath 93, tinkutara 133320,
solve.club 3^n + 1 and x^2-y^2=666, plainmath 67325, bariz EMC 2024, math.stackexchange 1734957,
math.techqa 2029739, 1577136, 1701023, 1101276, 1606858, 3382079 and 3323493, static.tinkutara
217030, imathworks f(x+y)=x+f(y), forum.asechka 538219, OEIS A038873 and A007645), transcribed
under the same rules; see that module's docstring for the sources, conventions and what was left
out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh109_a import (
    ASECHKA,
    ASECHKA_538219,
    BARIZ,
    BARIZ_EMC,
    IMW,
    IMW_FXY,
    MSE,
    MSE_1734957,
    OEIS,
    OEIS_A007645,
    OEIS_A038873,
    PLAIN,
    PLAIN_67325,
    REDDIT,
    REDDIT_93,
    SOLVE,
    SOLVE_3N,
    SOLVE_666,
    STINKU,
    STINKU_217030,
    TINKU,
    TINKU_133320,
    TQA,
    TQA_1101276,
    TQA_1577136,
    TQA_1606858,
    TQA_1701023,
    TQA_2029739,
    TQA_3323493,
    TQA_3382079,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # reddit PassTimeMath 93: n^2+2n+4 divisible by 7, two ways to name the classes
    _c(
        REDDIT,
        REDDIT_93,
        gold=r"n = 7m +1 or 7m - 3",
        pred=r"7m - 6 or 7m + 4",
        wrap=True,
        expected=True,
        why="'So n = 7m +1 or 7m - 3 for integers m. Equivalently n could also be 7m - 6 or 7m + 4 "
        "although this doesn't add any new solutions.'",
    ),
    # tinkutara 133320: the same problem, a form and a congruence
    _c(
        TINKU,
        TINKU_133320,
        gold=r"7k+1 or 7k+4",
        pred=r"n ≡ 1 or 4 (mod 7 )",
        wrap=True,
        expected=True,
        why="'Hence n is of the form 7k+1 or 7k+4   i.e n ≡ 1 or 4 (mod 7 )'",
    ),
    # solve.club: 3^n + 1 a multiple of 10; the refused options
    _c(
        SOLVE,
        SOLVE_3N,
        gold=r"n=4k+2",
        pred=r"n = 2k",
        wrap=True,
        expected=False,
        why="options 'n = 2k', 'n = 4k + 2', 'n = 6k - 4', 'n = 3k + 2' ('k in the answer options "
        "denotes a non-negative integer'); solution: 'Therefore, $\\boxed {n=4k+2}$'",
    ),
    _c(
        SOLVE,
        SOLVE_3N,
        gold=r"n=4k+2",
        pred=r"n = 6k - 4",
        wrap=True,
        expected=False,
        why="options 'n = 2k', 'n = 4k + 2', 'n = 6k - 4', 'n = 3k + 2'; solution: 'Therefore, "
        "$\\boxed {n=4k+2}$'",
    ),
    _c(
        SOLVE,
        SOLVE_3N,
        gold=r"n=4k+2",
        pred=r"n = 3k + 2",
        wrap=True,
        expected=False,
        why="options 'n = 2k', 'n = 4k + 2', 'n = 6k - 4', 'n = 3k + 2'; solution: 'Therefore, "
        "$\\boxed {n=4k+2}$'",
    ),
    # plainmath 67325: -2x^2+kx-2=0 has two different real solutions
    _c(
        PLAIN,
        PLAIN_67325,
        gold=r"k>4 or k<-4",
        pred=r"\left|k\right|>4",
        wrap=True,
        expected=True,
        why="first answer: 'so $k>4$ or $k<-4$ .'; second: 'Or we could do: ${k}^{2}-16>0$ so "
        "${k}^{2}>16$ so $\\left|k\\right|>4$ so $k<-4$ or $k>4$ .'",
    ),
    _c(
        PLAIN,
        PLAIN_67325,
        gold=r"k>4 or k<-4",
        pred=r"{k}^{2}>16",
        wrap=True,
        expected=True,
        why="'so $k>4$ or $k<-4$ .'; 'so ${k}^{2}>16$ so $\\left|k\\right|>4$ so $k<-4$ or $k>4$'",
    ),
    # solve.club karan-arora-2: no positive solutions of x^2 - y^2 = 666
    _c(
        SOLVE,
        SOLVE_666,
        gold=r"∅",
        pred=r"there are no solutions",
        wrap=True,
        expected=True,
        why="'Thus, x , y ∈ / P ⇒ S = ∅' (lead-in 'S =' dropped); second solution: '... so that x "
        "2 − y 2 is congruent to 0, 1, or 3. Thus there are no solutions.'",
    ),
    # bariz EMC 2024 Seniors P4: the identity written two ways
    _c(
        BARIZ,
        BARIZ_EMC,
        gold=r"f\equiv id",
        pred=r"f(x)=x",
        wrap=True,
        expected=True,
        why="'Claim 6: $f(x)=x$ Proof. Fixing $x$ and taking a large enough $y$ in the original "
        "equation we get $\\boxed{f\\equiv id}$, which is indeed a solution.'",
    ),
    # math.stackexchange 1734957: 5 a quadratic residue of the prime p > 5
    _c(
        MSE,
        MSE_1734957,
        gold=r"the last decimal digit of p is 1 or 9",
        pred=r"p\equiv 1\pmod{5} or p\equiv 4\pmod{5}",
        wrap=True,
        expected=True,
        why="question: '5 is a quadratic residue modulo p if and only if the last decimal digit "
        "of p is 1 or 9'; answer: 'So $5$ is a QR of the prime $p\\gt 5$ if and only if "
        "$p\\equiv 1\\pmod{5}$ or if $p\\equiv 4\\pmod{5}$.' (its 'if' dropped)",
    ),
    _c(
        MSE,
        MSE_1734957,
        gold=r"the last decimal digit of p is 1 or 9",
        pred=r"p\equiv 1\pmod{10} or p\equiv 9\pmod{10}",
        wrap=True,
        expected=True,
        why="'Since $p$ is odd, this is the case if and only if $p\\equiv 1\\pmod{10}$ or "
        "$p\\equiv 9\\pmod{10}$.'",
    ),
    _c(
        MSE,
        MSE_1734957,
        gold=r"the last decimal digit of p is 1 or 9",
        pred=r"p = 1(mod10) or p = 9(mod10)",
        wrap=True,
        expected=True,
        why="the asker: 'So far, I got ... p = 1(mod10) or p = 9(mod10)'; the answer reaches "
        "'$p\\equiv 1\\pmod{10}$ or $p\\equiv 9\\pmod{10}$'",
    ),
    # math.techqa 2029739: 5 a quadratic residue mod p
    _c(
        TQA,
        TQA_2029739,
        gold=r"p \equiv\pm 1 (mod 5)",
        pred=r"p \equiv 1,4 \pmod{5}",
        wrap=True,
        expected=True,
        why="question: 'if and only if p $\\equiv\\pm$ 1 (mod 5)'; answer: 'Thus, $(p/5) = 1$ if "
        "and only if $r = 1,4$ if and only if $p \\equiv 1,4 \\equiv \\pm 1 \\pmod{5}$' (the link "
        "'\\equiv \\pm 1' dropped from the pred)",
    ),
    # math.techqa 1577136: the same residues as an 'or' and as a set
    _c(
        TQA,
        TQA_1577136,
        gold=r"p\equiv 1\pmod{5} or p\equiv 4\pmod{5}",
        pred=r"p\equiv \{1,4\}\pmod{5}",
        wrap=True,
        expected=True,
        why="question: '$\\Rightarrow p\\equiv 1\\pmod{5}$ or $p\\equiv 4\\pmod{5}$'; answer: "
        "'Then $\\left(\\frac{p}{5}\\right)=1\\iff p\\equiv \\{1,4\\}\\pmod{5}$'",
    ),
    # math.techqa 1701023: -3 a quadratic residue of the odd prime p
    _c(
        TQA,
        TQA_1701023,
        gold=r"p\equiv 1\pmod{6}",
        pred=r"p\equiv 1\pmod{12} or p\equiv 7\pmod{12}",
        wrap=True,
        expected=True,
        why="'So Case (i) occurs if ... or equivalently if $p\\equiv 1\\pmod{12}$.' 'So Case (ii) "
        "happens if ... or equivalently if $p\\equiv 7\\pmod{12}$.' 'We can put the two cases "
        "together, and say that $-3$ is a quadratic residue of the odd prime $p$ if "
        "$p\\equiv 1\\pmod{6}$.' (the two cases joined with 'or')",
    ),
    _c(
        TQA,
        TQA_1701023,
        gold=r"p\equiv 1\pmod{6}",
        pred=r"p\equiv 5\pmod{6}",
        wrap=True,
        expected=False,
        why="'... $-3$ is a quadratic residue of the odd prime $p$ if $p\\equiv 1\\pmod{6}$. Thus "
        "$-3$ is a quadratic non-residue of the odd prime $p$ if $p\\equiv 5\\pmod{6}$.'",
    ),
    # math.techqa 1101276: (3|p) = 1
    _c(
        TQA,
        TQA_1101276,
        gold=r"12k\pm 1",
        pred=r"p\equiv \pm 1\bmod 12",
        wrap=True,
        expected=True,
        why="best answer: 'So primes you are looking for are ones of the form $12k\\pm 1$.'; the "
        "other answer: 'In other words, $(p/3)=1$ if and only if $p\\equiv \\pm 1\\bmod 12$.'",
    ),
    # math.techqa 1606858: (-2/p) = 1
    _c(
        TQA,
        TQA_1606858,
        gold=r"8k + 1 or 8k + 3",
        pred=r"p \equiv 1 \pmod{8} and p \equiv 3 \pmod{8}",
        wrap=True,
        expected=True,
        why="question: 'if and only if p is of the form $8k + 1$ or $8k + 3$'; answer: 'This "
        "means that one is divisible with $8$ which leads to the two possible solutions : "
        "$$p \\equiv 1 \\pmod{8}$$ and $$p \\equiv 3 \\pmod{8}$$' (the page's 'and' lists the two "
        "classes)",
    ),
    # math.techqa 3382079: 3 | n 2^n + 1, the asker's guess confirmed
    _c(
        TQA,
        TQA_3382079,
        gold=r"n\equiv1,2\mod6",
        pred=r"n=6k+1 and n=6k+2",
        wrap=True,
        expected=True,
        why="the asker: 'I see $n=1,2,7,8,13,14$ so I think : $n=6k+1$ and $n=6k+2$ $k\\in "
        "\\Bbb{N} $'; answers: '$n=6k+1 \\Rightarrow ...$ - all are solutions', '$n=6k+2 "
        "\\Rightarrow ...$ - all are solutions', 'Your hypothesis seems very compelling!', "
        "'Which has solutions at $n\\equiv1,2\\mod6$' (the page's 'and' lists the two classes)",
    ),
    # math.techqa 3323493: two congruences consolidated into one
    _c(
        TQA,
        TQA_3323493,
        gold=r"n \equiv 2\pmod{6}",
        pred=r"n \equiv 0 \pmod{2} \quad \text{and} \quad n \equiv 2 \pmod{3}",
        wrap=True,
        expected=True,
        why="'We have the following conditions on $n$, $$n \\equiv 0 \\pmod{2} \\quad \\text{and} "
        "\\quad n \\equiv 2 \\pmod{3}.$$ This can be consolidated as $n \\equiv 2\\pmod{6}$.'",
    ),
    # static.tinkutara 217030: positive n with n+1 | n^2+1; the integer list is not the answer
    _c(
        STINKU,
        STINKU_217030,
        gold=r"{n}=\mathrm{1}",
        pred=r"{n}\in\left\{−\mathrm{3},\:−\mathrm{2},\:\mathrm{0},\:\mathrm{1}\right\}",
        wrap=True,
        expected=False,
        why="question: 'Find all positive integers n such that n + 1 divides n^2 + 1'; answer: "
        "'for n∈ℤ we get n∈{−3, −2, 0, 1} ⇒ answer for n>0 is n=1' (asker: 'nice! thank you "
        "sir!')",
    ),
    # imathworks: f(x+y) = x + f(y), the constant named or left as f(0)
    _c(
        IMW,
        IMW_FXY,
        gold=r"f(x)=x+c",
        pred=r"f(x) = x + f(0)",
        wrap=True,
        expected=True,
        why="best answer: 'The solutions to this functional equation are precisely those "
        "functions ... of the form $f(x)=x+c$ for all $x\\in\\mathbb R$, where $c\\in\\mathbb R$ "
        "is some constant' and 'then, for any $x\\in\\mathbb R$, $f(x)=f(x+0)=x+f(0)$. Define "
        "$c\\equiv f(0)$.'; the asker had '$f(x) = x + f(0)$'",
    ),
    # forum.asechka 538219: an answer as |x| >= sqrt(3) and as a union of rays
    _c(
        ASECHKA,
        ASECHKA_538219,
        gold=r"|x| >= sqrt(3)",
        pred=r"(-inf ; -sqrt(3)] v [sqrt(3) ; inf)",
        wrap=True,
        expected=True,
        why="'аккуратно решая приходим к ответу |x| >= sqrt(3) ну или х є (-inf ; -sqrt(3)] v "
        "[sqrt(3) ; inf)' ('solving carefully we arrive at the answer ... or'; lead-in 'х є' "
        "dropped)",
    ),
    # oeis A038873: primes for which 2 is a square
    _c(
        OEIS,
        OEIS_A038873,
        gold=r"primes congruent to {1, 2, 7} mod 8",
        pred=r"Primes p such that 2 is a square mod p",
        wrap=True,
        expected=True,
        why="title: 'Primes p such that 2 is a square mod p; or, primes congruent to {1, 2, 7} "
        "mod 8.'",
    ),
    _c(
        OEIS,
        OEIS_A038873,
        gold=r"primes congruent to {1, 2, 7} mod 8",
        pred=r"primes of the form u^2 - 2v^2",
        wrap=True,
        expected=True,
        why="'The primes of the form x^2 + 2xy - y^2 coincide with this sequence. These are also "
        "primes of the form u^2 - 2v^2. - Tito Piezas III'",
    ),
    _c(
        OEIS,
        OEIS_A038873,
        gold=r"primes congruent to {1, 2, 7} mod 8",
        pred=r"primes of the form x^2 + 2xy - y^2",
        wrap=True,
        expected=True,
        why="'The primes of the form x^2 + 2xy - y^2 coincide with this sequence.'",
    ),
    _c(
        OEIS,
        OEIS_A038873,
        gold=r"primes congruent to {1, 2, 7} mod 8",
        pred=r"primes of the form 2v^2 - u^2",
        wrap=True,
        expected=True,
        why="'Also primes of the form 2v^2 - u^2. For example, 23 = 2*4^2 - 3^2. - Jerzy R "
        "Borysowicz'",
    ),
    # oeis A007645: generalized cuban primes
    _c(
        OEIS,
        OEIS_A007645,
        gold=r"primes == 0 or 1 (mod 3)",
        pred=r"primes of the form x^2 + xy + y^2",
        wrap=True,
        expected=True,
        why="title: 'Generalized cuban primes: primes of the form x^2 + xy + y^2; or primes of "
        "the form x^2 + 3*y^2; or primes == 0 or 1 (mod 3).'",
    ),
    _c(
        OEIS,
        OEIS_A007645,
        gold=r"primes == 0 or 1 (mod 3)",
        pred=r"primes of the form x^2 + 3*y^2",
        wrap=True,
        expected=True,
        why="title: '... primes of the form x^2 + 3*y^2; or primes == 0 or 1 (mod 3).'",
    ),
    _c(
        OEIS,
        OEIS_A007645,
        gold=r"primes == 0 or 1 (mod 3)",
        pred=r"odd primes p such that -3 is a square mod p",
        wrap=True,
        expected=True,
        why="comment: 'Also, odd primes p such that -3 is a square mod p. - N. J. A. Sloane'",
    ),
    _c(
        OEIS,
        OEIS_A007645,
        gold=r"primes == 0 or 1 (mod 3)",
        pred=r"primes of the form p = (x^3 - y^3)/(x - y)",
        wrap=True,
        expected=True,
        why="comment: 'Equivalently, primes of the form p = (x^3 - y^3)/(x - y).'",
    ),
]

r"""fresh112_b, continued (part 2 of 3): more cases of the sources that bench/equiv_fresh112_b.py
names (math.techqa.club 2201554, 2853971, 2556577, 4484181 and 2662642, newbetuts 413813, 4317639
and 93463, oumlaut.blog, monoid.free, math.stackexchange.com 1181682, prasadsachchidanand.github.io,
the kiwix copy of math.stackexchange.com answer 90503), transcribed under the same rules; see that
module's docstring for the sources, conventions and what was left out. Do not tune the judge on
these cases."""

from __future__ import annotations

from bench.equiv_fresh112_b import (
    KX,
    KX_90503,
    MON,
    MON_A017,
    MSE,
    MSE_1181682,
    NB,
    NB_93463,
    NB_413813,
    NB_4317639,
    OUM,
    OUM_C,
    PS,
    PS_0821,
    TQ,
    TQ_2201554,
    TQ_2556577,
    TQ_2662642,
    TQ_2853971,
    TQ_4484181,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # techqa 2201554: the Galois group of x^3 - 2 is S_3, not the cyclic group of order 6
    _c(
        TQ,
        TQ_2201554,
        gold=r"S_3",
        pred=r"cyclic group of order 6",
        wrap=True,
        expected=False,
        why="best answer: 'There are only two groups of order $6$ namely $S_3$ and cyclic group of "
        "order $6$,$G(K/Q)$ cannot be cyclic group' (dollar signs dropped)",
    ),
    # techqa 2853971: Galois group of an irreducible cubic
    _c(
        TQ,
        TQ_2853971,
        gold=r"A_3",
        pred=r"\mathbb{Z}/(3)",
        wrap=True,
        expected=True,
        why="'$|A_3|=3!/2=3$ which implies $A_3\\cong \\mathbb{Z}/(3)$. Hence $G\\cong A_3$ if "
        "$|G|=3$.'",
    ),
    _c(
        TQ,
        TQ_2853971,
        gold=r"S_3",
        pred=r"\mathbb{Z}/(6)",
        wrap=True,
        expected=False,
        why="'For order $6$ we have the two groups $\\mathbb{Z}/(6)$ or $S_3$ to consider. Since "
        "$\\mathbb{Z}/(6)\\nsubseteq S_3$, we have $G\\cong S_3$ if $|G|=6$.'",
    ),
    # newbetuts 413813: R[X]/(X^2+1) is C
    _c(
        NB,
        NB_413813,
        gold=r"\mathbb{C}",
        pred=r"\mathbb{R}[X]/(X^2+1)",
        wrap=True,
        expected=True,
        why="title 'Why $\\mathbb{R}[X]/(X^2+1)\\cong\\mathbb{C}$?', answered by three solutions",
    ),
    _c(
        NB,
        NB_413813,
        gold=r"\Bbb C",
        pred=r"\Bbb R[x]/(x^2+1)",
        wrap=True,
        expected=True,
        why="Solution 2: 'Therefore $\\ \\Bbb R[x]/(x^2+1)\\cong \\Bbb C\\ $ by the first "
        "isomorphism theorem.'",
    ),
    # oumlaut.blog: the complex numbers as a quotient ring of R[x]
    _c(
        OUM,
        OUM_C,
        gold=r"\mathbb{C}",
        pred=r"\mathbb{R}[x]/(x^{2}+1)\mathbb{R}[x]",
        wrap=True,
        expected=True,
        why="'Then $\\mathbb{R}[x]/(x^{2}+1)\\mathbb{R}[x]$ is [[Isomorphism of Rings|isomorphic]] "
        "to $\\mathbb{C}.$'",
    ),
    _c(
        OUM,
        OUM_C,
        gold=r"\mathbb{C}",
        pred=r"\mathbb{R}[x] /\left(x^2+1\right)",
        wrap=True,
        expected=True,
        why="'The First Isomorphism Theorem tells us that $\\mathbb{R}[x] /\\left(x^2+1\\right) "
        "\\cong \\mathbb{C}$'",
    ),
    # techqa 2556577: the factor group 3Z/12Z is Z_4
    _c(
        TQ,
        TQ_2556577,
        gold=r"\Bbb{Z}_4",
        pred=r"\langle3 \rangle/\langle12 \rangle",
        wrap=True,
        expected=True,
        why="'so $\\langle3 \\rangle/\\langle12 \\rangle$ is cyclic and every cyclic group of order "
        "$4$ is isomorphic to $\\Bbb{Z}_4$'",
    ),
    _c(
        TQ,
        TQ_2556577,
        gold=r"\Bbb{Z}_4",
        pred=r"3 \mathbb{Z}/12 \mathbb{Z}",
        wrap=True,
        expected=True,
        why="asker: 'the elements of $3 \\mathbb{Z}/12 \\mathbb{Z}$ ... what is the factor group "
        "isomorphic to'; answer: '... is isomorphic to $\\Bbb{Z}_4$'",
    ),
    # techqa 4484181: Z_12/<[3]> is Z_3, not Z_11
    _c(
        TQ,
        TQ_4484181,
        gold=r"\Bbb Z_3",
        pred=r"\Bbb Z_{11}",
        wrap=True,
        expected=False,
        why="asker: 'My hunch is that $p=11$ ... $f: \\Bbb Z_{12}/\\langle[3]_{12}\\rangle \\to "
        "\\Bbb Z_{11}$'; best answer: '$\\lvert G/H\\rvert ... =3.$ But the only group of order "
        "three is $\\Bbb Z_3$'",
    ),
    _c(
        TQ,
        TQ_4484181,
        gold=r"\Bbb Z_3",
        pred=r"\Bbb Z_{12}/\langle[3]_{12}\rangle",
        wrap=True,
        expected=True,
        why="'Show that $$\\Bbb Z_{12}/\\langle[3]_{12}\\rangle \\cong \\Bbb Z_p$$'; best answer: "
        "'the only group of order three is $\\Bbb Z_3$ up to isomorphism'",
    ),
    # monoid.free A0.V.1.17: Z[sqrt(-5)] as a quotient of Z[t]
    _c(
        MON,
        MON_A017,
        gold=r"\mathbb{Z}[\sqrt{-5}]",
        pred=r"\mathbb{Z}[t]/(t^2 + 5)",
        wrap=True,
        expected=True,
        why="'Proposition A1 The ring $\\mathbb{Z}[\\sqrt{-5}]$ is isomorphic to "
        "$\\mathbb{Z}[t]/(t^2 + 5).$'",
    ),
    # newbetuts 4317639: Galois group of x^4 - 4
    _c(
        NB,
        NB_4317639,
        gold=r"\mathbb{Z}/2\mathbb{Z}\times \mathbb{Z}/2\mathbb{Z}",
        pred=r"\mathbb{Z}/4\mathbb{Z}",
        wrap=True,
        expected=False,
        why="'$Gal(E/\\mathbb{Q})$ is $\\cong \\mathbb{Z}/4\\mathbb{Z}$ or $\\cong "
        "\\mathbb{Z}/2\\mathbb{Z} \\times \\mathbb{Z}/2\\mathbb{Z}$ ... no element has order $4$. "
        "Hence, $Gal(E/\\mathbb{Q})\\cong \\mathbb{Z}/2\\mathbb{Z}\\times \\mathbb{Z}/2\\mathbb{Z}$.'",
    ),
    _c(
        NB,
        NB_4317639,
        gold=r"\mathbb{Z}/2\mathbb{Z}\times \mathbb{Z}/2\mathbb{Z}",
        pred=r"\mathbb{\mathbb{Z_2\times Z_2}}",
        wrap=True,
        expected=True,
        why="title 'Show $Gal(E/\\mathbb{Q})\\cong \\mathbb{\\mathbb{Z_2\\times Z_2}}$'; solution "
        "ends 'Hence, $Gal(E/\\mathbb{Q})\\cong \\mathbb{Z}/2\\mathbb{Z}\\times "
        "\\mathbb{Z}/2\\mathbb{Z}$.'",
    ),
    # math.stackexchange 1181682: which of S_3, Z_6, Z_3 x Z_2, Z_7^* are isomorphic
    _c(
        MSE,
        MSE_1181682,
        gold=r"Z_6",
        pred=r"Z_3 \times Z_2",
        wrap=True,
        expected=True,
        why="professor's theorem quoted: 'For $Z_3 \\times Z_2$, 3 and 2 are relatively prime "
        "which means $Z_6$ and $Z_3 \\times Z_2$ are isomorphic.'",
    ),
    _c(
        MSE,
        MSE_1181682,
        gold=r"Z_6",
        pred=r"Z_7^*",
        wrap=True,
        expected=True,
        why="title: 'Why is the group $Z_6$ under addition isomorphic to the group $Z_7^*$ under "
        "multiplication?' (read as the course's statement)",
    ),
    _c(
        MSE,
        MSE_1181682,
        gold=r"Z_6",
        pred=r"S_3",
        wrap=True,
        expected=False,
        why="'Now I know that $S_3$ is not because its not abelian while $Z_6$, $Z_3 \\times Z_2$ "
        "are'",
    ),
    # newbetuts 93463: Q(sqrt2, sqrt3) = Q(sqrt2 + sqrt3) and its other names
    _c(
        NB,
        NB_93463,
        gold=r"\mathbb{Q}(\sqrt{2}, \sqrt{3})",
        pred=r"\mathbb{Q}(\sqrt{2} + \sqrt{3})",
        wrap=True,
        expected=True,
        why="Solution 1: '$\\mathbb{Q}(\\sqrt{2} + \\sqrt{3}) \\subseteq \\mathbb{Q}(\\sqrt{2}, "
        "\\sqrt{3})$ is clear' ... 'hence $\\mathbb{Q}(\\sqrt{2}, \\sqrt{3}) \\subseteq "
        "\\mathbb{Q}(\\sqrt{2} + \\sqrt{3})$'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\sqrt{3} - \sqrt{2}",
        pred=r"(\sqrt{2} + \sqrt{3})^{-1}",
        wrap=True,
        expected=True,
        why="'$$(\\sqrt{2} + \\sqrt{3})^{-1} = \\frac{1}{\\sqrt{2} + \\sqrt{3}} = \\frac{\\sqrt{2} "
        "- \\sqrt{3}}{2 - 3} = \\sqrt{3} - \\sqrt{2}$$'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\sqrt{3} - \sqrt{2}",
        pred=r"\frac{1}{\sqrt{2} + \sqrt{3}}",
        wrap=True,
        expected=True,
        why="'$$(\\sqrt{2} + \\sqrt{3})^{-1} = \\frac{1}{\\sqrt{2} + \\sqrt{3}} = ... = \\sqrt{3} "
        "- \\sqrt{2}$$'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\sqrt{3} - \sqrt{2}",
        pred=r"\frac{\sqrt{2} - \sqrt{3}}{2 - 3}",
        wrap=True,
        expected=True,
        why="'... = \\frac{\\sqrt{2} - \\sqrt{3}}{2 - 3} = \\sqrt{3} - \\sqrt{2}$$'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\mathbb{Q}(\sqrt{2},\sqrt{3})",
        pred=r"\mathbb{Q}[\sqrt{2},\sqrt{3}]",
        wrap=True,
        expected=True,
        why="Solution 2: 'It turns out that, as sets, $\\mathbb{Q}[\\sqrt{2},\\sqrt{3}] = "
        "\\mathbb{Q}(\\sqrt{2},\\sqrt{3})$.'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\mathbb{Q}(\sqrt{2},\sqrt{3})",
        pred=r"\{p + q\sqrt{2} + r\sqrt{3} + s\sqrt{6}:p,q,r,s \in \mathbb{Q}\}",
        wrap=True,
        expected=True,
        why="'In turns of the representation of $\\mathbb{Q}(\\sqrt{2},\\sqrt{3})$ we have seen "
        "that, as a set, we have $\\{p + q\\sqrt{2} + r\\sqrt{3} + s\\sqrt{6}:p,q,r,s \\in "
        "\\mathbb{Q}\\}$'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\mathbb{Q}(\sqrt{2},\sqrt{3})",
        pred=r"\mathbb{Q}(1,\sqrt{2},\sqrt{3},\sqrt{6})",
        wrap=True,
        expected=True,
        why="'There are many representations for this fiels, e.g. "
        "$\\mathbb{Q}(1,\\sqrt{2},\\sqrt{3},\\sqrt{6})$ or ...'",
    ),
    _c(
        NB,
        NB_93463,
        gold=r"\mathbb{Q}(\sqrt{2},\sqrt{3})",
        pred=r"\mathbb{Q}(\sqrt{2},\sqrt{3},\sqrt{6})",
        wrap=True,
        expected=True,
        why="'There are many representations for this fiels, e.g. ... or "
        "$\\mathbb{Q}(\\sqrt{2},\\sqrt{3},\\sqrt{6})$'",
    ),
    # prasadsachchidanand 2024-08-21: sqrt2 * sqrt3 and the minimal polynomial of sqrt2 + sqrt3
    _c(
        PS,
        PS_0821,
        gold=r"\sqrt{6}",
        pred=r"\sqrt{2} \cdot \sqrt{3}",
        wrap=True,
        expected=True,
        why="'that satisfies $\\sqrt{2} \\cdot \\sqrt{3} = \\sqrt{6} $. Hence, $\\left[ \\mathbb{Q} "
        "(\\sqrt{6} ) : \\mathbb{Q} \\right] = 2 $.'",
    ),
    _c(
        PS,
        PS_0821,
        gold=r"x^4 - 10x^2 + 1",
        pred=r"x^4 -10x^2 + 25 - 24",
        wrap=True,
        expected=True,
        why="'\\implies x^4 -10x^2 + 25 - 24 = 0 \\\\ & \\implies x^4 - 10x^2 + 1 = 0.'",
    ),
    # techqa 2662642: the minimal polynomial of sqrt2 + sqrt3 as a product
    _c(
        TQ,
        TQ_2662642,
        gold=r"x^4-10x^2+1",
        pred=r"[x-(\sqrt{2}+\sqrt{3})][x-(\sqrt{2}-\sqrt{3})][x-(-\sqrt{2}+\sqrt{3})]"
        r"[x-(-\sqrt{2}-\sqrt{3})]",
        wrap=True,
        expected=True,
        why="Dummit and Foote quoted: 'The minimal polynomial is therefore $[x-(\\sqrt{2}+"
        '\\sqrt{3})]...[x-(-\\sqrt{2}-\\sqrt{3})]$. ... "quickly computed" to be the polynomial '
        "$x^4-10x^2+1$'",
    ),
    _c(
        TQ,
        TQ_2662642,
        gold=r"x^4-10x^2+1",
        pred=r"[x-(\sqrt2+\sqrt3)][x+(\sqrt2+\sqrt3)][x-(\sqrt2-\sqrt3)][x+(\sqrt2-\sqrt3)]",
        wrap=True,
        expected=True,
        why="answer: 'The expansion isn't too tedious if you take advantage of some differences "
        "of squares. Start from $$ [x-(\\sqrt2+\\sqrt3)][x+(\\sqrt2+\\sqrt3)][x-(\\sqrt2-"
        "\\sqrt3)][x+(\\sqrt2-\\sqrt3)] $$'",
    ),
    _c(
        TQ,
        TQ_2662642,
        gold=r"\mathbb{Q}(\sqrt{2},\sqrt{3})",
        pred=r"\mathbb{Q}(\sqrt{2}+\sqrt{3})",
        wrap=True,
        expected=True,
        why="'We consider the field $\\mathbb{Q}(\\sqrt{2}+\\sqrt{3})$, and note that this is the "
        "same field as $\\mathbb{Q}(\\sqrt{2},\\sqrt{3})$.'",
    ),
    # kiwix copy of mse answer 90503: Q(sqrt(3 + 2 sqrt2)) is Q(sqrt2); denesting
    _c(
        KX,
        KX_90503,
        gold=r"\mathbb{Q}(\sqrt{2})",
        pred=r"\mathbb{Q}(\sqrt{3+2\sqrt{2}})",
        wrap=True,
        expected=True,
        why="'$$ \\mathbb{Q}(\\sqrt{3+2\\sqrt{2}})=\\mathbb{Q}(\\sqrt{2}+1)=\\mathbb{Q}(\\sqrt{2}) "
        "$$ so the degree is 2.'",
    ),
    _c(
        KX,
        KX_90503,
        gold=r"\mathbb{Q}(\sqrt{2})",
        pred=r"\mathbb{Q}(\sqrt{2}+1)",
        wrap=True,
        expected=True,
        why="'$$ \\mathbb{Q}(\\sqrt{3+2\\sqrt{2}})=\\mathbb{Q}(\\sqrt{2}+1)=\\mathbb{Q}(\\sqrt{2}) "
        "$$'",
    ),
    _c(
        KX,
        KX_90503,
        gold=r"3+2\sqrt{2}",
        pred=r"(\sqrt{2}+1)^2",
        wrap=True,
        expected=True,
        why="'I observe that $3+2\\sqrt{2}=2+2\\sqrt{2}+1=(\\sqrt{2}+1)^2$'; answer: 'Indeed $\\rm\\ "
        "(1 + \\sqrt{2})^2\\ =\\ 3 + 2\\sqrt{2}\\:.'",
    ),
    _c(
        KX,
        KX_90503,
        gold=r"1+\sqrt{2}",
        pred=r"(2+2\sqrt{2})/2",
        wrap=True,
        expected=True,
        why="answer: '\\color{brown}{dividing\\ it\\ out}\\ \\ \\ (2+2\\sqrt{2})/2\\ =\\ "
        "1+\\sqrt{2}$'",
    ),
    _c(
        KX,
        KX_90503,
        gold=r"\sqrt{2}+1",
        pred=r"(4+2\sqrt{2})/(2\sqrt{2})",
        wrap=True,
        expected=True,
        why="answer: '\\color{brown}{dividing\\ it\\ out}\\ \\ \\ (4+2\\sqrt{2})/(2\\sqrt{2})\\: "
        "=\\: \\sqrt{2}+1$'",
    ),
]

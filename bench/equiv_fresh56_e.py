r"""A fifty-sixth fresh set of answer-equivalence cases (evaluation only; helper "e": competition
and olympiad answers -- radicals, nested radicals, pi, and large integers -- where a contest
solution page written by people (Art of Problem Solving wiki solutions to AHSME / AIME / iTest /
Cyprus MO problems, a contest-solution blog, an official MATHCOUNTS solutions page) states that two
forms of an answer are equal, or keys one value so that the printed alternatives are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or page title was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh55_claims; each page was claimed in /work/wt/fresh56_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page equates with it, or a printed answer choice the page's key refuses; always a bare answer to be
put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page.
``repo`` is the site's domain (all AoPS wiki hosts -- artofproblemsolving.com,
artofproblemsolving.com., wiki.artofproblemsolving.com, www.artofproblemsolving.com/Wiki -- are
recorded as ``artofproblemsolving.com``) and ``where`` the full URL of the stored copy. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases.

Fixed rule for taking cases from a solution page:
(1) every equality the solution writes between closed-form numbers (no variables left) gives cases:
    the last member of the chain is the gold and each earlier member a prediction, True; where the
    problem says "the expression ... is equal to / is equivalent to / evaluates to" the question's
    expression is also a prediction, True, against the keyed value;
(2) where the page prints the answer choices and says which one is right (a boxed letter, "Getting C
    as the answer", the solution ending in the keyed value), the keyed value is the gold and every
    other printed choice a prediction, False (choice values are transcribed, never letters; "none of
    these" choices are left out);
(3) for an AIME "m/n, find m+n" page, the fraction is also a prediction against the integer answer,
    False (it is not the asked quantity).
Members that are wrong as written on the page are left out (see below), never corrected.

Transcription: the LaTeX is copied as the stored excerpt shows it, spacing included, with the
``$``, ``<math>`` and ``<cmath>`` delimiters dropped. Two exceptions, both noted in ``why``: the
1956 AHSME page ends its chain with ``2 \sqrt {3}}`` (a stray ``}`` that makes the wiki print
"Error compiling LaTeX"); the gold is stored as ``2 \sqrt {3}``. The cheenta page writes the minus of
its final ``\frac {4 – \pi}{\pi}`` as an en dash; that string is kept as written (a True case), and
the gold is the answer choice as printed, ``\frac{4-\pi}{\pi}``.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- artofproblemsolving.com, 2006 Cyprus MO Lyceum Problem 6 (old AoPSWiki copy): K =
  \sqrt{19+8\sqrt{3}}-\sqrt{7+4\sqrt{3}}; "19 + 8\sqrt{3} = (4+\sqrt{3})^2", "\sqrt{(4+
  \sqrt{3})^2} - \sqrt{(2 + \sqrt{3})^2} = 4 + \sqrt{3} - 2 - \sqrt{3} = 2\ \mathrm{(E)}". 8 cases
  (4 False).
- artofproblemsolving.com, 2007 iTest Problem 7 (diff page): "\frac{(1)^2\sqrt{3}}{4}=\frac{\sqrt{3}}{4}",
  "\sqrt{\frac{\sqrt{3}}{4}}=\frac{\sqrt[4]{3}}{2} \Rightarrow \mathrm{(A)}", seven choices. 8
  cases (6 False).
- artofproblemsolving.com, 1956 AHSME Problem 30 (diff page): "\sqrt{\frac{6}{3}} = \sqrt{2}",
  "\frac{(2\sqrt 2)^2 \cdot \sqrt{3}}{4} = \frac{8 \sqrt{3}}{4} = 2 \sqrt {3}}", boxed B (choices not
  on the page). 3 cases.
- artofproblemsolving.com, 1974 AHSME Problem 19 (diff page): "(2-\sqrt{3})^2+1=8-4\sqrt{3}",
  "\frac{(8-4\sqrt{3})(\sqrt{3})}{4}=2\sqrt{3}-3, \boxed{\text{A}}" (choices not on the page). 2 cases.
- artofproblemsolving.com, 1978 AHSME Problem 23 (diff page): the area "=\frac{\sqrt{3}}{2}",
  "Getting \textbf{C} as the answer", five choices. 5 cases (4 False).
- artofproblemsolving.com, 1976 AHSME Problem 27 (diff page 161846/158773): the left fraction's
  chain ending "= \sqrt2", "\boxed{(A)  1}", choices (A)-(E). 10 cases (3 False).
- artofproblemsolving.com, 1952 AHSME Problem 35 ("With a rational denominator, the expression ...
  is equivalent to"; chain ending "=\boxed{\textbf{(A) }\frac{3+\sqrt{6}+\sqrt{15}}{6}}"). 8 cases
  (3 False).
- artofproblemsolving.com, 1970 AHSME Problem 18 (diff page 79148/64100; "... is equal to"; chain
  "=6-2\sqrt{9-8}=6-2\sqrt{1}=4", "\Rightarrow\sqrt{3+2\sqrt{2}}-\sqrt{3-2\sqrt{2}}=\sqrt{4}=2
  \Rightarrow\boxed{A}"). 9 cases (4 False).
- www.cheenta.com, "2012 AMC 8 Problem 24 Mensuration" (choices printed; the solution ends
  "= \frac {4 – \pi}{\pi}", choice A). 5 cases (4 False).
- mathcounts.org, "Pi Day - The Solutions" (page.aspx?pid=1270; "= 22765/36 or 632.36111…"). 1 case.
- artofproblemsolving.com, 1997 AIME Problem 2 (diff page): "r=(\binom{9}{2})^2=36^2=1296",
  "s=1^2+2^2+\cdots+8^2=\dfrac{8*9*17}{6}=12*17=204", "\dfrac{204}{1296}=\dfrac{17}{108}",
  "m+n=125". 7 cases (1 False).

66 cases in all (29 False).

Left out, by rule or because the page is wrong as written: the 1976 AHSME solution's right-hand
part "\sqrt{3-2\sqrt2} = \sqrt{(1-\sqrt2)^2} = 1-\sqrt2" (false: the root is \sqrt2-1; the slip is
cancelled by adding where the problem subtracts; that solution was later rewritten on the wiki) and
its middle member "\frac{\sqrt{(\sqrt{5}+2)+(\sqrt{5}-2)+2( \sqrt{(\sqrt{5}+2)(\sqrt{5}-2)}}}{...}"
(unbalanced braces); the 1970 AHSME chain's member "3+\sqrt{2}-2\sqrt{(3+\sqrt{2})(3-\sqrt{2})}+3-
2\sqrt{2}" (a typo: it is not equal to 4 as written) and that page's earlier revision "\fbox{C}"
(replaced by the solution keyed A); equalities with a variable left in them (1952 AHSME's
k-forms, the cheenta "\frac {(2r)^2}{\pi r^2} – 1", 1978 AHSME's r-equations, the 2020 AMC 12A
Problem 10 log equations in n); "none of these" choices; the MATHCOUNTS page's other pairs: its
"3935/9 or 436.1111…" (a slip: 3935/9 = 437.22..., the computation gives 3925/9) and its results
rounded from 3.14-based arithmetic (13.1, 286.624, 191.083, 95.5; approximations, not forms of one
value).

Examined and not used: mandelbrot.org answers FAQ, mathleague.org/grading, math.utk.edu Math Bowl
rules, mathcountscentral.com forms page, maueroats NSML forms page and skoljka.org rules (used by
earlier sets); docstoc "Valid Answers" (ICTM; the stacked fractions were split over lines in the
stored text); old.mathleague.com February 1998 score report (credit given to all for ambiguity, not
equivalence); a collegeconfidential California Math League thread ("-(2006^1/2)" vs "negative root
2006", corrected as imprecise by the next poster); projecteuler.chat problem 80 (a digit-sum
debugging thread); squadprep.vercel.app (apparently generated explanations); thinkquest geometry key
(answers only); AoPS wiki pages whose formulas were lost in the stored text (2006 AIME I Problem 5,
1953 AHSME Problem 20, 1985 AHSME Problem 28, 1993 AHSME Problem 23, 2002 AMC 12B Problem 22, 2020
AMC 12B Problem 13, 2021 AIME II Problem 15); 1981 AHSME Problem 21 (one answer, no second form);
2020 AMC 10B Problem 14 diff (only the figure code); mathynomial.com 2331 and math.sensimlab.com
(choices without a key); mathcontest.blogspot.com (instructions only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AOPS = "artofproblemsolving.com"

CYPRUS = "http://www.artofproblemsolving.com/Wiki/index.php/2006_Cyprus_MO/Lyceum/Problem_6"

ITEST = (
    "https://artofproblemsolving.com/wiki/index.php?title=2007_iTest_Problems/Problem_7"
    "&diff=prev&oldid=99554"
)

A1956 = (
    "https://artofproblemsolving.com/wiki/index.php?title=1956_AHSME_Problems/Problem_30"
    "&diff=prev&oldid=146223"
)

A1974 = (
    "https://artofproblemsolving.com./wiki/index.php?diff=prev&oldid=230801"
    "&title=1974_AHSME_Problems%2FProblem_19"
)

A1978 = (
    "https://wiki.artofproblemsolving.com/wiki/index.php?diff=cur&oldid=156316"
    "&title=1978_AHSME_Problems%2FProblem_23"
)

A1976 = (
    "https://artofproblemsolving.com/wiki/index.php?title=1976_AHSME_Problems/Problem_27"
    "&diff=161846&oldid=158773"
)

A1952 = "https://wiki.artofproblemsolving.com/wiki/index.php/1952_AHSME_Problems/Problem_35"

A1970 = (
    "https://artofproblemsolving.com/wiki/index.php?title=1970_AHSME_Problems/Problem_18"
    "&diff=79148&oldid=64100"
)

AIME1997 = (
    "https://artofproblemsolving.com./wiki/index.php?diff=next&oldid=17848"
    "&title=1997_AIME_Problems%2FProblem_2"
)

CHEENTA = "www.cheenta.com"

CHEENTA_AT = "https://www.cheenta.com/topic/2012-amc-8-problem-24-mensuration/"

MC = "mathcounts.org"

MC_AT = "http://mathcounts.org/page.aspx?pid=1270"

CASES = [
    # 2006 Cyprus MO Lyceum 6: K = sqrt(19+8sqrt3) - sqrt(7+4sqrt3) = 2, choice (E)
    _c(
        AOPS,
        CYPRUS,
        gold=r"(4+\sqrt{3})^2",
        pred=r"19 + 8\sqrt{3}",
        wrap=True,
        expected=True,
        why="solution: 19 + 8\\sqrt{3} = (4+\\sqrt{3})^2",
    ),
    _c(
        AOPS,
        CYPRUS,
        gold=r"2",
        pred=r"\sqrt{19+8\sqrt{3}}-\sqrt{7+4\sqrt{3}}",
        wrap=True,
        expected=True,
        why="problem: the value of K is ...; solution: evaluates to 2 (E)",
    ),
    _c(
        AOPS,
        CYPRUS,
        gold=r"2",
        pred=r"\sqrt{(4+ \sqrt{3})^2} - \sqrt{(2 + \sqrt{3})^2}",
        wrap=True,
        expected=True,
        why="solution chain, first member",
    ),
    _c(
        AOPS,
        CYPRUS,
        gold=r"2",
        pred=r"4 + \sqrt{3} - 2 - \sqrt{3}",
        wrap=True,
        expected=True,
        why="solution chain, middle member",
    ),
    _c(AOPS, CYPRUS, gold=r"2", pred=r"4", wrap=True, expected=False, why="choice (A), unkeyed"),
    _c(
        AOPS,
        CYPRUS,
        gold=r"2",
        pred=r"4\sqrt{3}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed",
    ),
    _c(
        AOPS,
        CYPRUS,
        gold=r"2",
        pred=r"12+4\sqrt{3}",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed",
    ),
    _c(AOPS, CYPRUS, gold=r"2", pred=r"-2", wrap=True, expected=False, why="choice (D), unkeyed"),
    # 2007 iTest 7: square with the area of a unit equilateral triangle, side \sqrt[4]{3}/2 (A)
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt{3}}{4}",
        pred=r"\frac{(1)^2\sqrt{3}}{4}",
        wrap=True,
        expected=True,
        why="solution: the triangle's area",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\sqrt{\frac{\sqrt{3}}{4}}",
        wrap=True,
        expected=True,
        why="solution: side length = ... => (A)",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\frac{\sqrt[4]{3}}{\sqrt{2}}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"1",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\frac{3}{4}",
        wrap=True,
        expected=False,
        why="choice (D), unkeyed",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\frac{4}{3}",
        wrap=True,
        expected=False,
        why="choice (E), unkeyed",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\sqrt{3}",
        wrap=True,
        expected=False,
        why="choice (F), unkeyed",
    ),
    _c(
        AOPS,
        ITEST,
        gold=r"\frac{\sqrt[4]{3}}{2}",
        pred=r"\frac{\sqrt6}{2}",
        wrap=True,
        expected=False,
        why="choice (G), unkeyed",
    ),
    # 1956 AHSME 30: area of the equilateral triangle, 2\sqrt3 (B)
    _c(
        AOPS,
        A1956,
        gold=r"\sqrt{2}",
        pred=r"\sqrt{\frac{6}{3}}",
        wrap=True,
        expected=True,
        why="solution: the shortest leg",
    ),
    _c(
        AOPS,
        A1956,
        gold=r"2 \sqrt {3}",
        pred=r"\frac{(2\sqrt 2)^2 \cdot \sqrt{3}}{4}",
        wrap=True,
        expected=True,
        why="solution: the area (page's stray closing brace after the gold dropped)",
    ),
    _c(
        AOPS,
        A1956,
        gold=r"2 \sqrt {3}",
        pred=r"\frac{8 \sqrt{3}}{4}",
        wrap=True,
        expected=True,
        why="solution: the area, middle member (stray brace dropped from the gold)",
    ),
    # 1974 AHSME 19: area of triangle CMN, 2\sqrt3 - 3 (A)
    _c(
        AOPS,
        A1974,
        gold=r"8-4\sqrt{3}",
        pred=r"(2-\sqrt{3})^2+1",
        wrap=True,
        expected=True,
        why="solution: CN^2",
    ),
    _c(
        AOPS,
        A1974,
        gold=r"2\sqrt{3}-3",
        pred=r"\frac{(8-4\sqrt{3})(\sqrt{3})}{4}",
        wrap=True,
        expected=True,
        why="solution: the area, boxed A",
    ),
    # 1978 AHSME 23: area of triangle ABF, \sqrt3/2 (C)
    _c(
        AOPS,
        A1978,
        gold=r"\frac{\sqrt{3}}{2}",
        pred=r"\frac{(\frac{2}{\sqrt{1 + \sqrt{3}}})(\sqrt{1 + \sqrt{3}}) \sin(\frac{\pi}{3})}{2}",
        wrap=True,
        expected=True,
        why="solution: the area formula, 'Getting C as the answer'",
    ),
    _c(
        AOPS,
        A1978,
        gold=r"\frac{\sqrt{3}}{2}",
        pred=r"1",
        wrap=True,
        expected=False,
        why="choice (A), unkeyed",
    ),
    _c(
        AOPS,
        A1978,
        gold=r"\frac{\sqrt{3}}{2}",
        pred=r"\frac{\sqrt{2}}{2}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed",
    ),
    _c(
        AOPS,
        A1978,
        gold=r"\frac{\sqrt{3}}{2}",
        pred=r"4-2\sqrt{3}",
        wrap=True,
        expected=False,
        why="choice (D), unkeyed",
    ),
    _c(
        AOPS,
        A1978,
        gold=r"\frac{\sqrt{3}}{2}",
        pred=r"\frac{1}{2}+\frac{\sqrt{3}}{4}",
        wrap=True,
        expected=False,
        why="choice (E), unkeyed",
    ),
    # 1976 AHSME 27: N = 1 (A); the left fraction equals \sqrt2
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{\sqrt{\sqrt{5}+2}+\sqrt{\sqrt{5}-2}}{\sqrt{\sqrt{5}+1}}",
        wrap=True,
        expected=True,
        why="solution: the fraction on the left 'becomes' ... = \\sqrt2",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{\sqrt{(\sqrt{\sqrt{5}+2}+\sqrt{\sqrt{5}-2})^2}}{\sqrt{\sqrt{5}+1}}",
        wrap=True,
        expected=True,
        why="solution chain, first member",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{\sqrt{2\sqrt5+2\sqrt{(\sqrt5)^2-2^2}}}{\sqrt{\sqrt{5}+1}}",
        wrap=True,
        expected=True,
        why="solution chain, third member",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{\sqrt{2\sqrt5+2\sqrt{1}}}{\sqrt{\sqrt5+1}}",
        wrap=True,
        expected=True,
        why="solution chain, fourth member",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{\sqrt{2\sqrt5+2}}{\sqrt{\sqrt5+1}}",
        wrap=True,
        expected=True,
        why="solution chain, fifth member",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"\sqrt2",
        pred=r"\frac{(\sqrt{2})(\sqrt{\sqrt5+1})}{\sqrt{\sqrt5+1}}",
        wrap=True,
        expected=True,
        why="solution chain, sixth member",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"1",
        pred=r"\frac{\sqrt{\sqrt{5}+2}+\sqrt{\sqrt{5}-2}}{\sqrt{\sqrt{5}+1}}-\sqrt{3-2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="problem: N equals ...; boxed (A) 1",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"1",
        pred=r"2\sqrt{2}-1",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed",
    ),
    _c(
        AOPS,
        A1976,
        gold=r"1",
        pred=r"\frac{\sqrt{5}}{2}",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed",
    ),
]

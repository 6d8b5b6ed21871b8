r"""A fifty-second fresh set of answer-equivalence cases (evaluation only; helper "b": linear algebra
and vector answers settled by a person -- inverses with a scalar factored out or not, determinants,
solutions of linear systems, parametric vector forms of lines, general solutions as combinations of
vectors, i-j-k against bracket notation, dot and cross products, unit vectors and projections).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh51_claims; each page was claimed in
/work/wt/fresh52_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or an answer-key option
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. The rest of this helper's cases are in
bench/equiv_fresh52_b2.py (its docstring lists its own sources).

Transcription: strings are copied as the stored page shows them: socratic.org's LaTeX with its own
spacing (``\left(- 1\right)``, ``\left\{- 9 , - 10 , 11\right\}`` for a vector), the socratic
mirror's AsciiMath without its ``#`` delimiters (``1/sqrt14(2,1,-3)``, ``hati(5)-hatj(-4)``),
algebra.com's formula markup with its ``{{{...}}}`` wrappers and ``highlight(...)`` dropped (its
``(matrix(2,2,...))`` matrices are kept as written), gradesaver's and edshare's LaTeX with the
``$`` delimiters dropped (edshare's line breaks inside a formula are written as single spaces),
the en dash that imathworks.com stores for a minus sign, and qammunity's U+2212 minus sign. Where a
person writes a chain ``A = B = C`` ending in the result, the last member is the gold and each
earlier member is a prediction (True); ``why`` says which line. Where a page writes a result on
several lines ("x = t" / "y = -1 + 3t"), the lines are joined with ", " (said in ``why``).

Sources of this file (domain, URL, what is settled; all "web page, no licence file"):

- socratic.org, five cross-product answers: [2,-1,2] x [4,-3,1] ("a x b = - 1 \cdot i + 6 i ... =
  + 5 i + 6 j - 2 k", with a = 2 \cdot i - 1 \cdot j + 2 \cdot k for [2,-1,2]), [4,-3,1] x
  [1,-1,3] ("i(-9+1) - j(12-1) + k(-4+3)" = "- 8 i - 11 j - k"), [1,-2,-1] x [4,3,6] (component
  chain ending "= {- 9 , - 10 , 11}"), [4, 0, 1] x [-1, 2, 3] (A = 4 i + 0 j + 1 k, chain ending
  "- 2 i - 13 j + 8 k"), and the normal to the plane of (-3i+j-k) and (2i+j-3k) (chain ending
  "C = - 2 i - 11 j - 5 k"). 4 + 1 + 2 + 4 + 2 cases.
- socratic.org, projection of <3,-4,7> onto <-1,9,-2> (the dot product "(-3-36-14)=-53" and the
  modulus "sqrt(1+81+4)=sqrt86"). 2 cases.
- socratic.org, inverse of A=((1, 2), (1, 3)) ("= 1/(1(3) - 1(2)) [3 -2; -1 1] = [3 -2; -1 1]").
  1 case.
- socratic.org, four dot-product answers: <-4,5,-2>.<-2,4,1> ("((-4 x -2) + (5 x 4) + (-2 x 1)) =
  8 + 20 - 2 = 26"), <1,0,-2>.<-1,-4,1> (= -3), <-8,1,2>.<-2,5,-1> (= 16 + 5 - 2 = 19), and
  <1,5,-3>.<-1,4,2> (only "[1 , 5 , - 3] as A = i + 5j - 3k" and "[- 1 , 4 , 2] as B = -i + 4j +
  2k" are used: the page's dot product -13 is wrong, the true value being 13, and no one on the
  page says so, so the value is left out). 2 + 1 + 2 + 2 cases.
- api-project-1022638073839.appspot.com (a mirror of socratic.org): the unit vector in the
  direction of u = (2,1,-3) ("hatu = 1/sqrt14(2,1,-3) = sqrt14/14(2,1,-3) = (2sqrt14/14,sqrt14/14,
  -3sqrt14/14)", |u| = sqrt(2^2+1^2+(-3)^2) = sqrt14); the unit vector orthogonal to (-i + j + k)
  and (i -2j + 3k) (veca=<-1,1,1>, vecb=<1,-2,3>, the cross product "hati(5)-hatj(-4)+hatk(1) =
  <5,4,1>", its modulus sqrt(25+16+1)=sqrt42, and "The unit vector is =<5/sqrt42,4/sqrt42,
  1/sqrt42>" against "=1/sqrt42<5,4,1>"); the unit vector orthogonal to (i -2j + 3k) and
  (i - j + k) (the cross-product chain ending "(i+2j+k)" and l = sqrt(1^2+2^2+1^2) = sqrt6).
  3 + 5 + 3 cases.
- cuetmock.com 5NENFVPDA2 (a mock-test item with its key: the unit vector in the direction of
  2i + 3j + k is option (2), 1/sqrt(14)(2i + 3j + k); the other three options are refused; the
  key's explanation expands it to 2/sqrt(14) i + 3/sqrt(14) j + 1/sqrt(14) k). 4 cases (3 False).

Left out, by rule: socratic 4-0-1's "A X B = i(A_j B_k - ...)" general formula line (symbols, not
an answer); the socratic mirror's final unit vector "(i/sqrt6+2/sqrt6j+k/sqrt6)" (one form only);
the projection page's answer -53/86<-1,9,-2> (one form only); the cuetmock option numbers (the
options' values are used, not the numbers).

Examined and not used: socratic.org "cross product of [3,-1,2] and [-2,0,3]" (its chain writes
"-vecj(-13)" with an unbalanced bracket while the result has -13: the chain is not consistent);
socratic.org inverse of ((1,3,3),(1,3,4),(1,4,3)) (one form only; the row-reduction tableaux are
not answers); socratic.org inverse of ((2,-4),(1,3)) and unit vector orthogonal to (i-2j+3k) and
(4i+4j+2k), vespr.org's copy (formulas lost); mathway.com, mathskey.com, math-gpt.org,
gauthmath.com, questionai.com, edu.com, askfilo.com, numerade.com and huggingface.co
Nemotron-CC-Math pages (formulas lost, or machine-written solutions, or rewritten dataset pages);
a.simonm.io mark schemes (LLM-transcribed, as earlier sets found); eduroar.blogspot.com (machine-
written MCQs that correct themselves); physicsforums.com 72135 (used by fresh47); physicsforums
1034050, 539676, 306561, redlib askmath 1dog1vt, xtykutl.blogspot.com and mathhelpforum 138571,
191502 (the settling reply is not in the stored text, the answers are images, or the asker's
layout is garbled); wyzant.com 856180 (the components are given separately, never written as one
i-j-k vector); firebolt.com calcproj (minus signs lost).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_SOC = "socratic.org"
W_X1 = "https://socratic.org/questions/what-is-the-cross-product-of-2-1-2-and-4-3-1"
W_X2 = "https://socratic.org/questions/what-is-the-cross-product-of-4-3-1-and-1-1-3"
W_X3 = "https://socratic.org/questions/what-is-the-cross-product-of-1-2-1-and-4-3-6"
W_X4 = "https://socratic.org/questions/what-is-the-cross-product-of-4-0-1-and-1-2-3"
W_X5 = (
    "https://socratic.org/questions/"
    "what-is-the-unit-vector-that-is-normal-to-the-plane-containing-3-i-j-k-and-2i-j-"
)
W_PR = "https://socratic.org/questions/what-is-the-projection-of-3-4-7-onto-1-9-2#355397"
W_INV = "https://socratic.org/questions/how-do-you-find-the-inverse-of-a-1-2-1-3"
W_D1 = "https://socratic.org/questions/what-is-the-dot-product-of-4-5-2-and-2-4-1"
W_D2 = "https://socratic.org/questions/what-is-the-dot-product-of-1-0-2-and-1-4-1"
W_D3 = "https://socratic.org/questions/what-is-the-dot-product-of-8-1-2-and-2-5-1"
W_D4 = "https://socratic.org/questions/what-is-the-dot-product-of-1-5-3-and-1-4-2"

R_APP = "api-project-1022638073839.appspot.com"
_APP = "https://api-project-1022638073839.appspot.com/questions/"
W_U1 = _APP + "how-do-you-find-the-unit-vector-in-the-direction-of-u-2-1-3"
W_U2 = _APP + "what-is-the-unit-vector-that-is-orthogonal-to-the-plane-containing-i-j-k-and-i-2"
W_U3 = _APP + "what-is-the-unit-vector-that-is-orthogonal-to-the-plane-containing-i-2j-3k-and-i"

R_CUET = "cuetmock.com"
W_CUET = "https://cuetmock.com/questions/5NENFVPDA2"

CASES = [
    # socratic [2,-1,2] x [4,-3,1]: chain ending "a x b = + 5 i + 6 j - 2 k"
    _c(
        R_SOC,
        W_X1,
        gold=r"+ 5 i + 6 j - 2 k",
        pred=r"+ \left(- 1\right) \left(1\right) i + \left(2\right) \left(4\right) j + \left(2\right) \left(- 3\right) k - \left(- 1\right) \left(4\right) k - \left(2\right) \left(- 3\right) i - \left(2\right) \left(1\right) j",
        wrap=True,
        expected=True,
        why="cross-product chain, expanded products line",
    ),
    _c(
        R_SOC,
        W_X1,
        gold=r"+ 5 i + 6 j - 2 k",
        pred=r"- 1 \cdot i + 6 i + 8 j - 2 j - 6 k + 4 k",
        wrap=True,
        expected=True,
        why="cross-product chain, collected terms line",
    ),
    _c(
        R_SOC,
        W_X1,
        gold=r"[2,-1,2]",
        pred=r"2 \cdot i - 1 \cdot j + 2 \cdot k",
        wrap=True,
        expected=True,
        why="'Let vector a = 2 i - 1 j + 2 k' for the question's [2,-1,2]",
    ),
    _c(
        R_SOC,
        W_X1,
        gold=r"[4,-3,1]",
        pred=r"4 \cdot i - 3 \cdot j + 1 \cdot k",
        wrap=True,
        expected=True,
        why="'b = 4 i - 3 j + 1 k' for the question's [4,-3,1]",
    ),
    # socratic [4,-3,1] x [1,-1,3]
    _c(
        R_SOC,
        W_X2,
        gold=r"- 8 i - 11 j - k",
        pred=r"i \left(- 9 + 1\right) - j \left(12 - 1\right) + k \left(- 4 + 3\right)",
        wrap=True,
        expected=True,
        why="a x b = i(-9+1) - j(12-1) + k(-4+3), answer -8i-11j-k",
    ),
    # socratic [1,-2,-1] x [4,3,6]: "= {- 9 , - 10 , 11}"
    _c(
        R_SOC,
        W_X3,
        gold=r"\left\{- 9 , - 10 , 11\right\}",
        pred=r"\left\{\left(- 2 \cdot 6\right) - \left(- 1 \cdot 3\right) , \left(- 1 \cdot 4\right) - \left(1 \cdot 6\right) , \left(1 \cdot 3\right) - \left(- 2 \cdot 4\right)\right\}",
        wrap=True,
        expected=True,
        why="component chain, first line",
    ),
    _c(
        R_SOC,
        W_X3,
        gold=r"\left\{- 9 , - 10 , 11\right\}",
        pred=r"\left\{\left(- 12\right) - \left(- 3\right) , \left(- 4\right) - \left(6\right) , \left(3\right) - \left(- 8\right)\right\}",
        wrap=True,
        expected=True,
        why="component chain, second line",
    ),
    # socratic [4, 0, 1] x [-1, 2, 3]
    _c(
        R_SOC,
        W_X4,
        gold=r"- 2 i - 13 j + 8 k",
        pred=r"i \left(0 \cdot 3 - 1 \cdot 2\right) - j \left(4 \cdot 3 + 1 \cdot 1\right) + k \left(4 \cdot 2 + 0 \cdot 1\right)",
        wrap=True,
        expected=True,
        why="A X B chain, substituted line",
    ),
    _c(
        R_SOC,
        W_X4,
        gold=r"- 2 i - 13 j + 8 k",
        pred=r"i \left(- 2\right) - j \left(13\right) + k \left(8\right)",
        wrap=True,
        expected=True,
        why="A X B chain, evaluated minors line",
    ),
    _c(
        R_SOC,
        W_X4,
        gold=r"[4, 0, 1]",
        pred=r"4 i + 0 j + 1 k",
        wrap=True,
        expected=True,
        why="'A = 4 i + 0 j + 1 k' for the question's [4, 0, 1]",
    ),
    _c(
        R_SOC,
        W_X4,
        gold=r"[-1, 2, 3]",
        pred=r"- 1 i + 2 j + 3 k",
        wrap=True,
        expected=True,
        why="'B = - 1 i + 2 j + 3 k' for the question's [-1, 2, 3]",
    ),
    # socratic normal to the plane of (-3i + j - k) and (2i + j - 3k): "C = - 2 i - 11 j - 5 k"
    _c(
        R_SOC,
        W_X5,
        gold=r"- 2 i - 11 j - 5 k",
        pred=r"i \left(- 3 \cdot 1 - \left(- 1 \cdot 1\right)\right) - j \left(\left(- 3 \cdot - 3\right) - \left(- 1 \cdot 2\right)\right) + k \left(- 3 \cdot 1 - 2 \cdot 1\right)",
        wrap=True,
        expected=True,
        why="C = A X B chain, substituted line",
    ),
    _c(
        R_SOC,
        W_X5,
        gold=r"- 2 i - 11 j - 5 k",
        pred=r"i \left(- 3 + 1\right) - j \left(9 + 2\right) + k \left(- 3 - 2\right)",
        wrap=True,
        expected=True,
        why="C = A X B chain, second line",
    ),
    # socratic projection of <3,-4,7> onto <-1,9,-2>
    _c(
        R_SOC,
        W_PR,
        gold=r"-53",
        pred=r"(-3-36-14)",
        wrap=True,
        expected=True,
        why="veca.vecb = <3,-4,7>.<-1,9,-2> = (-3-36-14) = -53",
    ),
    _c(
        R_SOC,
        W_PR,
        gold=r"sqrt86",
        pred=r"sqrt(1+81+4)",
        wrap=True,
        expected=True,
        why="|<-1,9,-2>| = sqrt(1+81+4) = sqrt86",
    ),
    # socratic inverse of ((1, 2), (1, 3)): scalar 1/det written out, then dropped
    _c(
        R_SOC,
        W_INV,
        gold=r"\left[\begin{matrix}3 & - 2 \\ - 1 & 1\end{matrix}\right]",
        pred=r"\frac{1}{1 \left(3\right) - 1 \left(2\right)} \left[\begin{matrix}3 & - 2 \\ - 1 & 1\end{matrix}\right]",
        wrap=True,
        expected=True,
        why="A^-1 = 1/(1(3) - 1(2)) [..] = [..] (det = 1)",
    ),
    # socratic dot products
    _c(
        R_SOC,
        W_D1,
        gold=r"26",
        pred=r"\left(\left(- 4 \times - 2\right) + \left(5 \times 4\right) + \left(- 2 \times 1\right)\right)",
        wrap=True,
        expected=True,
        why="<-4,5,-2>.<-2,4,1> chain, first member",
    ),
    _c(
        R_SOC,
        W_D1,
        gold=r"26",
        pred=r"8 + 20 - 2",
        wrap=True,
        expected=True,
        why="<-4,5,-2>.<-2,4,1> chain, '= 8 + 20 - 2 = 26'",
    ),
    _c(
        R_SOC,
        W_D2,
        gold=r"- 3",
        pred=r"\left(1 \times \left(- 1\right) + 0 \times \left(- 4\right) + \left(- 2\right) \times 1\right)",
        wrap=True,
        expected=True,
        why="<1,0,-2>.<-1,-4,1> = (...) = -3",
    ),
    _c(
        R_SOC,
        W_D3,
        gold=r"19",
        pred=r"\left(- 8\right) \cdot \left(- 2\right) + \left(1\right) \cdot \left(5\right) + \left(2\right) \cdot \left(- 1\right)",
        wrap=True,
        expected=True,
        why="<-8,1,2>.<-2,5,-1> chain, first member",
    ),
    _c(
        R_SOC,
        W_D3,
        gold=r"19",
        pred=r"16 + 5 - 2",
        wrap=True,
        expected=True,
        why="<-8,1,2>.<-2,5,-1> chain, '= 16 + 5 - 2 = 19'",
    ),
    _c(
        R_SOC,
        W_D4,
        gold=r"\left[1 , 5 , - 3\right]",
        pred=r"\hat{i} + 5 \hat{j} - 3 \hat{k}",
        wrap=True,
        expected=True,
        why="'Let us consider [1,5,-3] as A = i + 5j - 3k'",
    ),
    _c(
        R_SOC,
        W_D4,
        gold=r"\left[- 1 , 4 , 2\right]",
        pred=r"- \hat{i} + 4 \hat{j} + 2 \hat{k}",
        wrap=True,
        expected=True,
        why="'and [-1,4,2] as B = -i + 4j + 2k'",
    ),
    # appspot mirror: unit vector in the direction of u = (2,1,-3)
    _c(
        R_APP,
        W_U1,
        gold=r"(2sqrt14/14,sqrt14/14,-3sqrt14/14)",
        pred=r"1/sqrt14(2,1,-3)",
        wrap=True,
        expected=True,
        why="hatu chain, first member (scalar factored out)",
    ),
    _c(
        R_APP,
        W_U1,
        gold=r"(2sqrt14/14,sqrt14/14,-3sqrt14/14)",
        pred=r"sqrt14/14(2,1,-3)",
        wrap=True,
        expected=True,
        why="hatu chain, rationalised scalar factored out",
    ),
    _c(
        R_APP,
        W_U1,
        gold=r"sqrt14",
        pred=r"sqrt(2^2+1^2+ (-3)^2)",
        wrap=True,
        expected=True,
        why="|vecu| = sqrt(2^2+1^2+ (-3)^2), next line |vecu| = sqrt14",
    ),
    # appspot mirror: unit vector orthogonal to (-i + j + k) and (i -2j + 3k)
    _c(
        R_APP,
        W_U2,
        gold=r"<5/sqrt42,4/sqrt42,1/sqrt42>",
        pred=r"1/sqrt42<5,4,1>",
        wrap=True,
        expected=True,
        why="stated answer against the last line of the explanation",
    ),
    _c(
        R_APP,
        W_U2,
        gold=r"<5,4,1>",
        pred=r"hati(5)-hatj(-4)+hatk(1)",
        wrap=True,
        expected=True,
        why="vecc = hati(5)-hatj(-4)+hatk(1) = <5,4,1>",
    ),
    _c(
        R_APP,
        W_U2,
        gold=r"<-1,1,1>",
        pred=r"-i + j + k",
        wrap=True,
        expected=True,
        why="'Let veca=<-1,1,1>' for the question's (-i + j + k)",
    ),
    _c(
        R_APP,
        W_U2,
        gold=r"<1,-2,3>",
        pred=r"i -2j + 3k",
        wrap=True,
        expected=True,
        why="'vecb=<1,-2,3>' for the question's (i -2j + 3k)",
    ),
    _c(
        R_APP,
        W_U2,
        gold=r"sqrt42",
        pred=r"sqrt(25+16+1)",
        wrap=True,
        expected=True,
        why="||<5,4,1>|| = sqrt(25+16+1) = sqrt42",
    ),
    # appspot mirror: unit vector orthogonal to (i -2j + 3k) and (i - j + k)
    _c(
        R_APP,
        W_U3,
        gold=r"(i+2j+k)",
        pred=r"((-2*1)-(3*-1))i+((3*1)-(1*1))j+((1*-1)-(-2*1))k",
        wrap=True,
        expected=True,
        why="cross-product chain, first member",
    ),
    _c(
        R_APP,
        W_U3,
        gold=r"(i+2j+k)",
        pred=r"(-2-(-3))i+(3-1)j+(-1-(-2))k",
        wrap=True,
        expected=True,
        why="cross-product chain, second member",
    ),
    _c(
        R_APP,
        W_U3,
        gold=r"sqrt6",
        pred=r"sqrt(1^2+2^2+1^2)",
        wrap=True,
        expected=True,
        why="l = sqrt(1^2+2^2+1^2) = sqrt6",
    ),
    # cuetmock key: option (2) is correct; the others are refused
    _c(
        R_CUET,
        W_CUET,
        gold=r"\frac{1}{\sqrt{14}}(2\hat{i} + 3\hat{j} + \hat{k})",
        pred=r"\frac{1}{14}(2\hat{i} + 3\hat{j} + \hat{k})",
        wrap=True,
        expected=False,
        why="option (1), not the keyed option (2)",
    ),
    _c(
        R_CUET,
        W_CUET,
        gold=r"\frac{1}{\sqrt{14}}(2\hat{i} + 3\hat{j} + \hat{k})",
        pred=r"\sqrt{14}(2\hat{i} + 3\hat{j} + \hat{k})",
        wrap=True,
        expected=False,
        why="option (3), not the keyed option (2)",
    ),
    _c(
        R_CUET,
        W_CUET,
        gold=r"\frac{1}{\sqrt{14}}(2\hat{i} + 3\hat{j} + \hat{k})",
        pred=r"2\hat{i} + 3\hat{j} + \hat{k}",
        wrap=True,
        expected=False,
        why="option (4), the vector itself, not the keyed option (2)",
    ),
    _c(
        R_CUET,
        W_CUET,
        gold=r"\frac{1}{\sqrt{14}}(2\hat{i} + 3\hat{j} + \hat{k})",
        pred=r"\frac{2}{\sqrt{14}}\hat{i} + \frac{3}{\sqrt{14}}\hat{j} + \frac{1}{\sqrt{14}}\hat{k}",
        wrap=True,
        expected=True,
        why="the key's explanation: hat a = 1/sqrt14(...) = 2/sqrt14 i + ...",
    ),
]

r"""A hundred-and-twelfth fresh set of answer-equivalence cases (evaluation only; helper "b":
university-level mathematics answers written in different but equal forms -- abstract algebra
(groups named \Bbb Z_6, \Bbb Z_2 \otimes \Bbb Z_3, C_2×C_3, 2 \mathbb{Z}/6 \mathbb{Z},
\mathbb{Z}/(3), quotient rings such as \mathbb{Z}[x]/(x^2+1) against \mathbb{Z}[i], Galois groups
\mathbb{Z}/2\mathbb{Z}\times \mathbb{Z}/2\mathbb{Z} against \mathbb{Z}/4\mathbb{Z}), number fields
and field degrees (\mathbb{Q}(\sqrt{2},\sqrt{3}) against \mathbb{Q}(\sqrt{2}+\sqrt{3}),
\mathbb{Q}(\sqrt{3+2\sqrt{2}}) against \mathbb{Q}(\sqrt{2}), minimal polynomials as products),
real and complex analysis (values of contour and trigonometric integrals such as
2\pi i\times\frac{-3i}{16} against \frac{3\pi}8, sums of series) and probability (distributions
named differently, Po(3 + 5) against Po(8), generating functions e^{-\lambda}e^{\lambda z} against
e^{\lambda(z - 1)}), where an accepted answer, a helper in a thread, a teacher, a quoted textbook,
a key or a course page settles that another form is the same answer or that one is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no other corpus was used. No earlier set used them: each URL, page id, and domain
plus a distinctive part of its path was grepped in bench/ and checked against every
/work/wt/fresh*_claims/claims.txt, and each page was claimed in
/work/wt/fresh112_claims/claims.txt before use (two pages found already used, math.techqa.club
1496905 and 988092, were dropped and their claim lines removed). Each case gives the reference
answer (``gold``: the form the page gives as its answer, or the first form it gives), the
prediction (``pred``: another form the page equates with it, or a form the page refuses; always a
bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh112_b2.py and
bench/equiv_fresh112_b3.py (same rules; all sources are listed below).

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX with the
page's own macros and spacing (newbetuts' "\mathbb Z_{\large 2}", techqa's "\Bbb{Z}_4" and
"\langle3 \rangle/\langle12 \rangle", proofwiki's "\dfrac {p s} {1 - q s}", eriktuck's
"\Gamma \Big (n, \frac12 \Big )", the kiwix copy's "2\,\pi-4/3\,\sqrt {3}\pi"), plain text kept
plain (mathworld's "C_2×C_3", physicsforums' "pi*i*e^(-2pi)", dylancodedev's "Po(3 + 5)"), and
the Unicode of mathdiffusion's "𝑈(8) is isomorphic to 𝑈(12)" kept. Inline and display dollar
signs are dropped, and so is a lead-in such as "M_X(t) =", "J =" or "Hence,". Where a page writes
"A = B = C" for one answer, the last (simplified) form is the gold and each earlier form a True
case, unless the page names another form as its answer. Readings, each noted in ``why``: techqa
807616's "$2 \mathbb{Z}$/$6 \mathbb{Z} $" is joined into one string without its dollar signs;
techqa 2201554's "cyclic group of order $6$" loses its dollar signs; the kiwix copy of mse
3072547 writes the key "2\,\pi-4/3\,\sqrt {3}\pi" in Maple's linear style, read as
2\pi-\tfrac{4}{3}\sqrt{3}\pi, which the answerer's comment ("Your value for the integral appears
to be correct") accepts against his 2\pi-\frac{4\pi}{\sqrt{3}}; mse 1181682's pairs rest on the
professor's theorem the asker quotes and on the title's statement; for the mathworld copy at
40.74.122.252, "unlike D_3, is Abelian" is read as refusing D_3 for C_6.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club 4270872 (Zee quoted: "Thus, $\Bbb Z_2 \otimes \Bbb Z_3$ and $\Bbb Z_6$ are
  isomorphic; they are literally the same group"; best answer maps $\mathbb{Z}_6$ onto
  $\mathbb{Z}_2 \times \mathbb{Z}_3$). 2 cases.
- math.techqa.club 807616 ("$2 \mathbb{Z}$/$6 \mathbb{Z} $ is isomorphic to $\mathbb{Z_3}$";
  answer: "both are isomorphic to each other"). 1 case.
- newbetuts.com 340067 ("$\mathbb Z_{\large 2} \times \mathbb Z_{\large 6} \cong \mathbb
  Z_{\large 2} \times \mathbb Z_{\large 2}\times \mathbb Z_{\large 3}$", "$\mathbb Z_6 = \mathbb
  Z_{2\times 3} \cong \mathbb Z_2\times \mathbb Z_3$", "$\mathbb Z_2\times \mathbb Z_2 \not\cong
  \mathbb Z_4$"). 3 cases (1 False).
- 40.74.122.252 copy of mathworld.wolfram.com "CyclicGroupC6" ("C_6 is one of the two groups of
  group order 6 which, unlike D_3, is Abelian ... It is isomorphic to C_2×C_3. Examples include
  ... the integers modulo 6 under addition (Z_6)"). 3 cases (1 False).
- newbetuts.com 764437 ("$\mathbb{Z}[i]\cong \mathbb{Z}[x]/(x^2+1)$"; Solution 2
  "$=\{a+bi|a,b\in\mathbb{Z}\}=\mathbb{Z}[i]$ I.e they are isomorphic"). 2 cases.
- math.techqa.club 2543296 (U(8): "isomorphic to $\mathbb{Z}_2\oplus\mathbb{Z}_2$ and not just
  $\mathbb{Z}_2$" -- "can not be isomorphic"; "$\mathbb{Z}_4 \not\cong \mathbb{Z}_2 \times
  \mathbb{Z}_2$"). 2 cases (2 False).
- qna.mathdiffusion.com IIT JAM 2024 question 6 ("Answer: 𝑈(8) is isomorphic to 𝑈(12)"; each
  other option "is wrong"). 3 cases (3 False).

Sources of bench/equiv_fresh112_b2.py:

- math.techqa.club 2201554 (best answer: "only two groups of order $6$ namely $S_3$ and cyclic
  group of order $6$, $G(K/Q)$ cannot be cyclic group"). 1 case (1 False).
- math.techqa.club 2853971 ("$A_3\cong \mathbb{Z}/(3)$"; "Since $\mathbb{Z}/(6)\nsubseteq S_3$,
  we have $G\cong S_3$ if $|G|=6$"). 2 cases (1 False).
- newbetuts.com 413813 ("Why $\mathbb{R}[X]/(X^2+1)\cong\mathbb{C}$?"; "Therefore $\Bbb
  R[x]/(x^2+1)\cong \Bbb C$"). 2 cases.
- oumlaut.blog "Complex Numbers are Isomorphic to Quotient Ring ..." ("$\mathbb{R}[x]/(x^{2}+1)
  \mathbb{R}[x]$ is isomorphic to $\mathbb{C}$", "$\mathbb{R}[x] /\left(x^2+1\right) \cong
  \mathbb{C}$"). 2 cases.
- math.techqa.club 2556577 ("$\langle3 \rangle/\langle12 \rangle$ is cyclic and every cyclic group
  of order $4$ is isomorphic to $\Bbb{Z}_4$"). 2 cases.
- math.techqa.club 4484181 (asker's "hunch is that $p=11$"; accepted answer: order three, "the only
  group of order three is $\Bbb Z_3$"). 2 cases (1 False).
- monoid.free Algebra Chapter 0 exercise A0.V.1.17 ("The ring $\mathbb{Z}[\sqrt{-5}]$ is isomorphic
  to $\mathbb{Z}[t]/(t^2 + 5)$"). 1 case.
- newbetuts.com 4317639 ("Show $Gal(E/\mathbb{Q})\cong \mathbb{\mathbb{Z_2\times Z_2}}$"; "$\cong
  \mathbb{Z}/4\mathbb{Z}$ or $\cong \mathbb{Z}/2\mathbb{Z} \times \mathbb{Z}/2\mathbb{Z}$ ... no
  element has order $4$"). 2 cases (1 False).
- math.stackexchange.com 1181682 (title: "$Z_6$ under addition isomorphic to the group $Z_7^*$";
  "$Z_6$ and $Z_3 \times Z_2$ are isomorphic"; "$S_3$ is not because its not abelian"). 3 cases
  (1 False).
- newbetuts.com 93463 ("$\mathbb{Q}(\sqrt{2} + \sqrt{3}) \subseteq \mathbb{Q}(\sqrt{2},
  \sqrt{3})$" and the reverse inclusion; "$(\sqrt{2} + \sqrt{3})^{-1} = \frac{1}{\sqrt{2} +
  \sqrt{3}} = \frac{\sqrt{2} - \sqrt{3}}{2 - 3} = \sqrt{3} - \sqrt{2}$"; "as sets,
  $\mathbb{Q}[\sqrt{2},\sqrt{3}] = \mathbb{Q}(\sqrt{2},\sqrt{3})$"; "many representations for this
  fiels, e.g. $\mathbb{Q}(1,\sqrt{2},\sqrt{3},\sqrt{6})$ or $\mathbb{Q}(\sqrt{2},\sqrt{3},
  \sqrt{6})$"). 8 cases.
- prasadsachchidanand.github.io daily problem 2024-08-21 ("$\sqrt{2} \cdot \sqrt{3} = \sqrt{6}$";
  "x^4 -10x^2 + 25 - 24 = 0 \implies x^4 - 10x^2 + 1 = 0"). 2 cases.
- math.techqa.club 2662642 (Dummit and Foote quoted: the product of the four linear factors "is
  'quickly computed' to be the polynomial $x^4-10x^2+1$"; "$\mathbb{Q}(\sqrt{2}+\sqrt{3})$ ... is
  the same field as $\mathbb{Q}(\sqrt{2},\sqrt{3})$"). 3 cases.
- kiwix.lukehooper.xyz copy of math.stackexchange.com answer 90503 ("$3+2\sqrt{2}=2+2\sqrt{2}+1=
  (\sqrt{2}+1)^2$ so $\mathbb{Q}(\sqrt{3+2\sqrt{2}})=\mathbb{Q}(\sqrt{2}+1)=\mathbb{Q}(\sqrt{2})$";
  "(2+2\sqrt{2})/2 = 1+\sqrt{2}", "(4+2\sqrt{2})/(2\sqrt{2}) = \sqrt{2}+1"). 5 cases.

Sources of bench/equiv_fresh112_b3.py:

- math.techqa.club 4853954 (asker "$= 2 \pi i * \frac{1}{2i} = -\pi$"; best answer "$=2\pi i
  \frac{1}{i+i} =\pi$"). 2 cases (1 False).
- www.physicsforums.com thread 119563 ("My teacher says that the expression has to give 2 on the
  left side, and not (1/4)"). 1 case (1 False).
- math.techqa.club 1031978 ("Then I multiply by $2$ to get $4$ right? But the actual answer should
  just be $2$"; best answer sums to 2). 1 case (1 False).
- math.techqa.club 3038289 ("final answer of $-\frac{6 \pi}{8}$ But this is not correct. The
  correct answer is $\frac{3 \pi}{8}$"; answer "$2\pi i\times\frac{-3i}{16}=\frac{3\pi}8$").
  2 cases (1 False).
- math.techqa.club 4734705 (asker's "$\frac{\pi}{2\sqrt{3}}$" against "the true result ...
  $\frac{\pi}{3\sqrt{3}}$"; answer: "The expected symmetry does not hold"). 1 case (1 False).
- kiwix.lukehooper.xyz copy of math.stackexchange.com 3072547 (key "$2\,\pi-4/3\,\sqrt {3}\pi$";
  answer "$J=\frac{2}{i}2\pi i\frac{1}{2\sqrt{3}}=\frac{2\pi}{\sqrt{3}},\,I=2\pi-\frac{4\pi}
  {\sqrt{3}}$"; comment "Your value for the integral appears to be correct"). 2 cases.
- math.techqa.club 3306418 ("which evaluates to $2\pi/3$. The answer given is $\pi/3$?"; answers
  "$= {\pi}\times\frac{1}{3} = \frac{\pi}{3}$"). 2 cases (1 False).
- math.techqa.club 3723326 ("$=\frac{6\pi}{\sqrt{13}}$ But this is wrong, it has to be
  $\frac{2\pi}{\sqrt{13}}$"). 1 case (1 False).
- www.physicsforums.com thread 538196 ("I get the integral to be 2*pi*i*e^(-2pi). But the answer is
  pi*i*e^(-2pi), half of what I get"; then "Nevermind. I see."). 1 case (1 False).
- dylancodedev.pages.dev "sum-of-poisson-distributions" flashcards ("X+Y\sim Po(3 + 5) = Po(8)",
  "Po(2 + 4) = Po(6)", "Y\sim Po(2 - 1) = Po(1)", "X\sim Po(10 - 6) = Po(4)"). 4 cases.
- imathworks.com cv "show that for a geometric distribution the probability generating function"
  (asker's "$=\frac{p}{q}(\frac{1}{1-qs})$"; best answer: "It's normal you'd arrive at the wrong
  answer ... your index is wrong", "$=\frac{ps}{1-qs}$"). 1 case (1 False).
- proofwiki.org "Probability Generating Function of Shifted Geometric Distribution" ("$\dfrac {p
  s} {1 - q s}$"; proof ends "$p s \frac 1 {1 - q s}$"). 1 case.
- proofwiki.org "Probability Generating Function of Geometric Distribution" ("$\dfrac q {1 - p
  s}$"; proof ends "$q \frac 1 {1 - p s}$"). 1 case.
- io.eriktuck.com "chi-squared distribution" ("$\Gamma \Big (n, \frac12 \Big ) = \Gamma \Big
  (\frac{2n}{2}, \frac12 \Big ) = \chi^2(2n)$"). 1 case.
- math.stackexchange.com 236636 (question "$=(pe^t+1-p)^n$"; answer "$=\left(pe^t+(1-p)\right)^n$
  The last step is simply an application of the binomial theorem"). 1 case.
- newbetuts.com 965319 ("$E[e^{\lambda t}] = e^{-\lambda}{e^{\lambda e^t}}$ And simplify: ...
  $e^{\lambda(e^t -1)}$"; Solution 2 "$\mathrm e^ {-\lambda}\,\mathrm e^{\mathrm e^\theta
  \lambda}=\mathrm e^{(\mathrm e^\theta-1) \lambda}$"). 2 cases.
- www.ecom.arizona.edu ECON 520 wiki "Alternative Derivation of Poisson MGF" ("e^{-\lambda}
  e^{e^t \lambda} = e^{e^t \lambda - \lambda}"). 1 case.
- gden173.github.io "Poisson distribution" (PGF "e^{-\lambda}e^{\lambda z} \\ &= e^{\lambda(z -
  1)}"). 1 case.

77 cases in all (21 False): 16 here (7 False), 35 in bench/equiv_fresh112_b2.py (5 False), 26 in
bench/equiv_fresh112_b3.py (9 False).

Left out, by rule: pairs that need the question or a convention to decide (the stats.SE 17800
copy on wiki.hoelee.com, where "N($0$, $\sqrt{2}$)" is right only if N(a, b) names a standard
deviation and N(0,2) only if it names a variance; groupprops and wiki copies naming the dihedral
group of order 8 "$D_8$, sometimes called $D_4$", whose D_8 is another group under the other
convention; eriktuck's "\chi^2(2n)" against "\Gamma(n, \frac12)", true only in the rate
parametrization; fu-berlin soga's "\Gamma-distribution with the parameters (n/2,2)", the scale
one); acceptances only up to an approximation (physicsforums 936296, whose book answer is
"2*3.14*i" and whose asker's negative value is shown only in an image); disputed pages
(math.techqa.club 3458822, where the asker is "told that the answer is $-4$" and the answerer
gets "$-1$"); forms the text conversion lost or garbled (groupprops "Cyclic group:Z6", "denoted or
", its symbols gone; the third answer of mse 236636, "(q + pet)n"; assignmentexpert 329022's
"(pet+(1−p))n"; the varsitytutors residue flashcards and gradwiki 009C, formulas stored as
images; qamnty 5309964's doubled MathML); statements put as a question (mse 1233156's comment
"Isn't it more natural to prove that $ \mathbb{Q}(\sqrt{2} + i) = \mathbb{Q}(\sqrt{2}, i) $ ?");
pages whose second form is not written out (mse 225285, "$\mathbb Q(a)$" with "$a=\sqrt 3 + i$");
trivial identities (techqa 3038289's "$\frac{3\pi}8$" against "$\frac{3 \pi}{8}$", kiwix 90503's
"\sqrt{2}+1" against "1+\sqrt{2}").

Examined and not used: machine-written or generated-looking pages (askanewquestion 4101013 and
4100306, gauthmath, questionai, studyx, askfilo, edu.com, math-gpt.org, mathgpt.today, qeeebo,
studyquestionhub, doubts.ai, openknowledgegraph, zaro.info, edurev, prophetes.ai, vaia, numerade,
smartsolve, hscscience, explanation.fun, npi3.com); a dataset page (huggingface
Nemotron-CC-Math-v1); pages used by earlier sets (math.techqa.club 1496905 and 988092); pages with
one form only or no settled second form (edshare.soton 5402 and 5458, assignmentexpert 58978,
algebra2014 wikidot hw8-problem-4, physweb, techqa 2931544, 2455314, 3617900, 1510758, 3904005,
4147815, 948791, 4093588, 3842974, 1366273, 2475638, 4696556, 1068270, 2645304; newbetuts 117941,
373073, 56804, 29411, 248224, 96946, 293226; physicsforums 187967, 445287, 374494, 330447,
569331; homeworksource 1041226, ans.fyi, wyzant 755657 and 892416, jiskha 1959546, holooly,
transtutors, brainmass, plainmath 8004, mathonline wikidot, planetmath, theoremdex 2338,
studies.nawaz.org, genstat, cs70.bencuan, weiruhan.github.io, fact-index, duelmath, socratic and
its appspot copy, tutopiya, grolearning, oxfordindex, dsx-quartz, proofwiki's exponential MGF,
stdlib); pages with an error in the line that would have given the pair (kodama-685 1505B, whose
\theta_3 is wrong; imathworks' exponential MGF, "\frac{\lambda}{\lambda-t} = \lambda
\frac{1}{1-\frac{t}{\lambda}}"; socratic 612236's endpoint claim; jiskha's E[x^2]); unresolved
threads (techqa 4149778, 4817800, 4867044, forum.math.toronto.edu TT2, kiwix 1869552).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQ = "math.techqa.club"
TQ_4270872 = "https://math.techqa.club/how-is-bbb-z-2-otimes-bbb-z-3-isomorphic-to-bbb-z-6-4270872"
TQ_807616 = "https://math.techqa.club/2-mathbb-z-6-mathbb-z-is-isomorphic-to-mathbb-z-3-807616"
NB = "newbetuts.com"
NB_340067 = "https://newbetuts.com/340067-how-to-find-subgroups-of-bbb-z-2times-bbb-z-6"
MWP = "40.74.122.252"
MWP_C6 = "http://40.74.122.252/index.cgi/contrast/https://mathworld.wolfram.com/CyclicGroupC6.html"
NB_764437 = "https://newbetuts.com/764437-the-gaussian-integers-are-isomorphic-to-mathbbzxx21"
TQ_2543296 = "https://math.techqa.club/why-is-u-8-isomorphic-to-mathbb-z-2-oplus-mathbb-z-2-2543296"
MD = "qna.mathdiffusion.com"
MD_JAM6 = "https://qna.mathdiffusion.com/question/iit-jam-2024-math-6th-question"
TQ_2201554 = (
    "https://math.techqa.club/show-that-galois-group-g-k-q-of-k-over-q-is-isomorphic-to-"
    "symetric-group-s-3-2201554"
)
TQ_2853971 = (
    "https://math.techqa.club/prove-that-the-galois-group-of-an-irreducible-cubic-polynomial-"
    "over-mathbb-q-is-isomorphic-to-s-3-or-mathbb-z-3-2853971"
)
NB_413813 = "https://newbetuts.com/413813-why-mathbbrxx21congmathbbc"
OUM = "oumlaut.blog"
OUM_C = (
    "https://oumlaut.blog/Complex+Numbers+are+Isomorphic+to+Quotient+Ring+of+Ring+of+"
    "Polynomials+Over+Reals"
)
TQ_2556577 = "https://math.techqa.club/elements-of-a-factor-group-2556577"
TQ_4484181 = (
    "https://math.techqa.club/show-that-bbb-z-12-langle-3-12-rangle-cong-bbb-z-p-for-some-p-"
    "in-bbb-n-4484181"
)
MON = "monoid.free"
MON_A017 = (
    "https://monoid.free/Algebra-Chapter-0/5.-Irreducibility-and-factorization-in-integral-"
    "domains/exercises/Exercise-A0.V.1.17"
)
NB_4317639 = "https://newbetuts.com/4317639-show-galemathbbqcong-mathbbmathbbz-2times-z-2"
MSE = "math.stackexchange.com"
MSE_1181682 = (
    "https://math.stackexchange.com/questions/1181682/why-is-the-group-z-6-under-addition-"
    "isomorphic-to-the-group-z-7-under-mult"
)
# sources of bench/equiv_fresh112_b2.py
NB_93463 = "https://newbetuts.com/93463-is-mathbfqsqrt2-sqrt3-mathbfqsqrt2sqrt3"
PS = "prasadsachchidanand.github.io"
PS_0821 = "https://prasadsachchidanand.github.io/miscellaneous/daily-problems/2024-08-21"
TQ_2662642 = "https://math.techqa.club/computing-minimal-polynomial-2662642"
KX = "kiwix.lukehooper.xyz"
KX_90503 = "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/a/90503"
TQ_4853954 = (
    "https://math.techqa.club/small-question-regarding-contour-integration-of-int-1-z-i-frac-"
    "1-z-2-1-dz-4853954"
)
PF = "www.physicsforums.com"
PF_119563 = (
    "https://www.physicsforums.com/threads/is-the-sum-of-a-geometric-series-always-equal-to-"
    "2.119563"
)
TQ_1031978 = "https://math.techqa.club/evaluating-sum-n-1-infty-frac-2-2-n-1031978"
TQ_3038289 = "https://math.techqa.club/improper-integral-residue-theorem-3038289"
TQ_4734705 = (
    "https://math.techqa.club/how-to-evaluate-int-0-frac-pi-2-frac-d-theta-2-sin-theta-using-"
    "cauchy-s-integral-theorem-even-tho-it-isn-t-from-0-to-2pi-4734705"
)
KX_3072547 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "3072547/how-to-use-complex-analysis-to-evaluate-the-trigonometric-integral-int-0-2-pi-"
)
TQ_3306418 = (
    "https://math.techqa.club/evaluation-of-definite-integral-using-contour-integration-3306418"
)
TQ_3723326 = "https://math.techqa.club/residue-theorem-where-did-i-make-a-mistake-3723326"
PF_538196 = (
    "https://www.physicsforums.com/threads/contour-integral-confusion-about-cosine-sine.538196"
)
# sources of bench/equiv_fresh112_b3.py
DYL = "dylancodedev.pages.dev"
DYL_PO = "https://dylancodedev.pages.dev/sum-of-poisson-distributions/"
IMW = "imathworks.com"
IMW_GEO = (
    "https://imathworks.com/cv/solved-show-that-for-a-geometric-distribution-the-probability-"
    "generating-function-is-given-by-fracps1-qs-q1-p"
)
PW = "proofwiki.org"
PW_SGEO = (
    "https://proofwiki.org/wiki/Probability_Generating_Function_of_Shifted_Geometric_Distribution"
)
PW_GEO = "https://proofwiki.org/wiki/Probability_Generating_Function_of_Geometric_Distribution"
ET = "io.eriktuck.com"
ET_CHI = "https://io.eriktuck.com/base/Statistics/chi-squared+distribution"
MSE_236636 = (
    "http://math.stackexchange.com/questions/236636/finding-the-moment-generating-function-of-"
    "a-binomial-distribution"
)
NB_965319 = "https://newbetuts.com/965319-moment-generating-function-of-poisson"
AZ = "www.ecom.arizona.edu"
AZ_MGF = "http://www.ecom.arizona.edu/wikis/econ520/index.php/Alternative_Derivation_of_Poisson_MGF"
GD = "gden173.github.io"
GD_PO = "https://gden173.github.io/gabrieldennis/"

CASES = [
    # techqa 4270872: Z_2 (x) Z_3 and Z_6 are the same group
    _c(
        TQ,
        TQ_4270872,
        gold=r"\Bbb Z_6",
        pred=r"\Bbb Z_2 \otimes \Bbb Z_3",
        wrap=True,
        expected=True,
        why="Zee quoted: 'Thus, $\\Bbb Z_2 \\otimes \\Bbb Z_3$ and $\\Bbb Z_6$ are isomorphic; "
        "they are literally the same group.'",
    ),
    _c(
        TQ,
        TQ_4270872,
        gold=r"\mathbb{Z}_6",
        pred=r"\mathbb{Z}_2 \times \mathbb{Z}_3",
        wrap=True,
        expected=True,
        why="best answer: 'since $\\mathbb{Z}_6$ under addition is the cyclic group of order 6 "
        "... likewise in $\\mathbb{Z}_2 \\times \\mathbb{Z}_3$ the element $(1, 1)$ is a "
        "generator that behaves identically'",
    ),
    # techqa 807616: 2Z/6Z is isomorphic to Z_3
    _c(
        TQ,
        TQ_807616,
        gold=r"\mathbb{Z_3}",
        pred=r"2 \mathbb{Z}/6 \mathbb{Z}",
        wrap=True,
        expected=True,
        why="'how $2 \\mathbb{Z}$/$6 \\mathbb{Z} $ is isomorphic to $\\mathbb{Z_3}$'; answer: "
        "'both are isomorphic to each other' (joined without its dollar signs)",
    ),
    # newbetuts 340067: subgroups of Z_2 x Z_6
    _c(
        NB,
        NB_340067,
        gold=r"\mathbb Z_{\large 2} \times \mathbb Z_{\large 6}",
        pred=r"\mathbb Z_{\large 2} \times \mathbb Z_{\large 2}\times \mathbb Z_{\large 3}",
        wrap=True,
        expected=True,
        why="'$$\\quad \\mathbb Z_{\\large 2} \\times \\mathbb Z_{\\large 6} \\quad \\cong \\quad "
        "\\mathbb Z_{\\large 2} \\times \\mathbb Z_{\\large 2}\\times \\mathbb Z_{\\large 3}$$'",
    ),
    _c(
        NB,
        NB_340067,
        gold=r"\mathbb Z_6",
        pred=r"\mathbb Z_2\times \mathbb Z_3",
        wrap=True,
        expected=True,
        why="'This is how we know that $\\mathbb Z_6 = \\mathbb Z_{2\\times 3} \\cong \\mathbb "
        "Z_2\\times \\mathbb Z_3$ is cyclic, since $\\gcd(2, 3) = 1.$'",
    ),
    _c(
        NB,
        NB_340067,
        gold=r"\mathbb Z_2\times \mathbb Z_2",
        pred=r"\mathbb Z_4",
        wrap=True,
        expected=False,
        why="'It's also why $\\,\\mathbb Z_2\\times \\mathbb Z_2 \\not\\cong \\mathbb Z_4,\\;$ "
        "and hence, is not cyclic'",
    ),
    # mathworld CyclicGroupC6 (copy on 40.74.122.252): names of the cyclic group of order 6
    _c(
        MWP,
        MWP_C6,
        gold=r"C_6",
        pred=r"C_2×C_3",
        wrap=True,
        expected=True,
        why="'C_6 is one of the two groups of group order 6 ... It is also a cyclic. It is "
        "isomorphic to C_2×C_3.'",
    ),
    _c(
        MWP,
        MWP_C6,
        gold=r"C_6",
        pred=r"Z_6",
        wrap=True,
        expected=True,
        why="'Examples include ... the integers modulo 6 under addition (Z_6)'",
    ),
    _c(
        MWP,
        MWP_C6,
        gold=r"C_6",
        pred=r"D_3",
        wrap=True,
        expected=False,
        why="'C_6 is one of the two groups of group order 6 which, unlike D_3, is Abelian' (read "
        "as refusing D_3 for C_6)",
    ),
    # newbetuts 764437: Gaussian integers as a quotient ring
    _c(
        NB,
        NB_764437,
        gold=r"\mathbb{Z}[i]",
        pred=r"\mathbb{Z}[x]/(x^2+1)",
        wrap=True,
        expected=True,
        why="'I am trying to prove that $\\mathbb{Z}[i]\\cong \\mathbb{Z}[x]/(x^2+1)$'; Solution 2: "
        "'... =\\mathbb{Z}[i]$ I.e they are isomorphic.'",
    ),
    _c(
        NB,
        NB_764437,
        gold=r"\mathbb{Z}[i]",
        pred=r"\{a+bi|a,b\in\mathbb{Z}\}",
        wrap=True,
        expected=True,
        why="Solution 2: '=\\{a+bi|a,b\\in\\mathbb{Z}\\}=\\mathbb{Z}[i]$'",
    ),
    # techqa 2543296: U(8) is Z_2 + Z_2, not Z_2; Z_4 is not Z_2 x Z_2
    _c(
        TQ,
        TQ_2543296,
        gold=r"\mathbb{Z}_2\oplus\mathbb{Z}_2",
        pred=r"\mathbb{Z}_2",
        wrap=True,
        expected=False,
        why="'why is it that $U(8)$ is isomorphic to $\\mathbb{Z}_2\\oplus\\mathbb{Z}_2$ and not "
        "just $\\mathbb{Z}_2$?' -- 'the groups have a different order, and therefore can not be "
        "isomorphic'",
    ),
    _c(
        TQ,
        TQ_2543296,
        gold=r"\mathbb{Z}_2 \times \mathbb{Z}_2",
        pred=r"\mathbb{Z}_4",
        wrap=True,
        expected=False,
        why="'For example $\\mathbb{Z}_4 \\not\\cong \\mathbb{Z}_2 \\times \\mathbb{Z}_2$ because "
        "$\\mathbb{Z}_4$ has an element of order 4'",
    ),
    # mathdiffusion IIT JAM 2024 Q6: the one true isomorphism among U(n)
    _c(
        MD,
        MD_JAM6,
        gold=r"𝑈(8) is isomorphic to 𝑈(12)",
        pred=r"𝑈(5) is isomorphic to 𝑈(8)",
        wrap=True,
        expected=False,
        why="'Answer: 𝑈(8) is isomorphic to 𝑈(12)'; 'So, option (1) is wrong.'",
    ),
    _c(
        MD,
        MD_JAM6,
        gold=r"𝑈(8) is isomorphic to 𝑈(12)",
        pred=r"𝑈(10) is isomorphic to 𝑈(12)",
        wrap=True,
        expected=False,
        why="'Answer: 𝑈(8) is isomorphic to 𝑈(12)'; 'So, option (2) is also wrong.'",
    ),
    _c(
        MD,
        MD_JAM6,
        gold=r"𝑈(8) is isomorphic to 𝑈(12)",
        pred=r"𝑈(8) is isomorphic to 𝑈(10)",
        wrap=True,
        expected=False,
        why="'Answer: 𝑈(8) is isomorphic to 𝑈(12)'; 'So, option (3) is also wrong.'",
    ),
]

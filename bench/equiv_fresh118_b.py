r"""A hundred-and-eighteenth fresh set of answer-equivalence cases (evaluation only; helper "b":
Markov chains and stochastic-process answers settled by a person -- stationary distributions
written as tuples, row vectors or matrices of fractions or decimals ((1/2, 1/2) against
\begin{bmatrix} 1/2 & 1/2 \end{bmatrix}, 3/84 against 1/28, a corrected (3/14, 3/14, 2/14, ...)
against the refused (3/14, 3/14, 3/14, ...)), n-step transition matrices as products of matrices,
absorption vectors Nc and NR written entrywise as sums, hitting probabilities, expected values and
variances of random variables and of stopping times (coupon collector sums and 137/12, -1 + 0.25
against the refused 1 - 0.25, 4*3.5 = 14 against the refused 12.2), probability generating
functions (t/(6-5t) against its series), queueing results (L = 1.5 customers against the other
choices, a utilization 10/20 = 0.5 = 50%) and multiple-choice keys, from course and textbook
solution sets, a cheat sheet, issue threads, tutors' answers and Q&A pages).

Cases are transcribed from files of public repositories (read in a snapshot brought with
``fetch``), from GitHub issue and pull-request threads (the ``issues`` corpus, and the commit of a
merged change seen in the snapshot) and from public web pages (the ``pages`` corpus of the search
tool); no earlier set used them (each URL or page id, domain plus distinctive path part, and
repository name was grepped in bench/ and checked against the claims files of the other rounds;
each page, thread and file was claimed in /work/wt/fresh118_claims/claims.txt before use). Each
case gives the reference answer (``gold``), the prediction (``pred``: another form the page gives
as the same answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. For a repository file ``repo`` is owner/name and ``where`` path@commit (the
snapshot's head, or for a fixing commit that commit); for a thread ``where`` is ``issues/N`` or
``pull/N``; for a web page ``repo`` is the domain of the stored copy and ``where`` its full URL.
Licences: wzchen/probability_cheatsheet CC BY-NC-SA 4.0 (its README); dwcoder/QuantitativePrimer
CC BY-SA 4.0 (its README); lhydave/AIM-textbook carries an all-rights-reserved notice allowing
personal study with attribution (only one short formula is quoted from its issue);
telmo-correa/all-of-statistics, fifthist/Introduction-To-Probability-Blitzstein-Solutions and the
two sinclam2 repositories have no licence file; web pages and threads have none. For web pages and
threads only the text the search tool returned (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh118_b2.py (the two sinclam2 solution repositories) and
bench/equiv_fresh118_b3.py (the web pages), same rules; their sources are listed below too.

Transcription: strings are copied as the file or page shows them, LaTeX kept as LaTeX with its own
spacing ("\frac{p(1-p)(1-s)}{s} +  \frac{p^2(1-s)}{s^2}" with the cheat sheet's two spaces,
"\left ( \frac{z + 2z^{2}}{3} \right )^{2}", "\frac{\ \frac32\ }{\frac14}"), inline and display
dollar signs and \boxed{} dropped; plain text kept plain ("3/84", "4*3.5", "-1 + (10)(0.025)",
"(0.4)(0.8)(0.4)", "1/20 hour", "1.5 customers"). A matrix or vector that the file writes over
several lines is written on one line with each line break made one space (telmo-correa's
Exercise 24.6.10 and 24.6.3, the issue 39 correction). A lead-in such as "\pi =", "E(T) =",
"P(A_2) =", "Nc =", "h(z) =" or "\Pr(X_{t+1}=i|X_t=i)=" is dropped. Where a page writes
"A = B = C" for one answer, the form the page ends with (or boxes) is the gold and each earlier
form a True case; a form that a maintainer, an issue, a merged fix or an answer key calls wrong is
a False case against the corrected or keyed form. Readings, each noted in ``why``: an entry of a
multiple-choice key refuses every other choice the page shows; in sinclam2's Grinstead-Snell
exercise 11.1.19 the answer 5/6, which "if this were a Markov chain" would hold, is refused for
part c), whose answer is 9/10; the cheat-sheet commit a7b30ec refuses the degree sum 72 for 84.

Sources (owner/name or domain, where, what is settled):

- wzchen/probability_cheatsheet probability_cheatsheet.tex@f8ef0ee (Catan robber chain: "$3/84 =
  1/28$", "$4/84 = 1/21$", "$6/84 = 1/14$", "$6(3) + 6(4) + 7(6) = 84$"; coupon collector
  "\frac{n}{n} + \frac{n}{n-1} + \dots + \frac{n}{1} = \boxed{n\sum^n_{j=1} \frac{1}{j}}"; LOTUS "=
  \boxed{\frac{e^{-\lambda}}{\lambda}(e^\lambda-1)}"; Eve's law variance; "48/5 = \boxed{9.6}";
  hat matching "\boxed{n(1/n) = 1}"; prime die roll "= \frac{10}{3}"), pull request 11 ("i think the
  stationary distribution of the Markov chain had an error", maintainer: "that was indeed an
  error"; $(\frac{3}{14}, \frac{3}{14}, \frac{3}{14}, ...)$ changed to $(\frac{3}{14},
  \frac{3}{14}, \frac{2}{14}, ...)$) and commit a7b30ec ("fixing arithmetic error in catan
  example": "= 72$" changed to "= 84$"). 12 cases (2 False).
- telmo-correa/all-of-statistics "Chapter 24 - Stochastic Processes.ipynb"@57063c6 (Exercises
  24.6.1, 24.6.3, 24.6.5(e), 24.6.9) and issue 39 ("Error in solution for Exercise 24.6.10": "The
  probabilities in the suggested $\pi$ do not add up to 1", "Requiring $\pi_1 + ... = 1$ yields
  $\pi = \begin{pmatrix} \frac{1-p}{1-p^5} & p \frac{1-p}{1-p^5} & ...$"). 6 cases (1 False).
- lhydave/AIM-textbook issue 24 (Markov-chain.tex line 70:
  "原文：$\Pr(X_{t+1}=i|X_t=i)=(t+1-i)/(t+2)$ ... 公式有误，应该为：
  $\Pr(X_{t+1}=i|X_t=i)=(t+2-i)/(t+2)$", fixed in commit 732c9d7). 1 case (1 False).
- fifthist/Introduction-To-Probability-Blitzstein-Solutions
  src/chapters/4/sections/expectations_and_variances/problems/3.tex@0245e8e ("$$E(D) =
  \frac{1}{6}(1 + 2 + 3 + 4 + 5 + 6) = 3.5$$", "$$E(T_{4}) = 4E(D_{i}) = 4*3.5 = 12.2$$") and issue
  143 ("4*3.5 is 14 not 12.2."). 3 cases (1 False).
- dwcoder/QuantitativePrimer src/answers/coin100flipsgamble.tex@544ca6e ("\E(\text{Gamble}) = -1 +
  (10)(0.025) = -1 + 0.25 = -0.75") and pull request 1 ("Small typo on answer", merged: "= 1 -
  0.25 = -0.75" changed to "= -1 + 0.25 = -0.75"; maintainer: "Thanks for spotting this");
  src/answers/simplerandomwalkhittingprobability.tex@544ca6e (hitting probabilities of a simple
  random walk: "&= \frac{1}{2} + \frac{1}{2}\left(\frac{1}{3}\right) \\ &= \frac{2}{3}", "&=
  \frac{2}{3}\left(\frac{3}{4}\right) \\ &= \frac{1}{2}", "&= \frac{1}{2}\left( \frac{1}{2} \right)
  \\ &= \frac{1}{4}"). 6 cases (1 False).

Sources of bench/equiv_fresh118_b2.py:

- sinclam2/intro-to-probability-solutions (Grinstead and Snell exercises) @af4f6b9:
  10.1-generating-functions-for-discrete-distributions/01-Solution.ipynb ("h(z) = z^{0}(1/2) +
  z^{1}(1/2) = \frac{z+1}{2}", "= \frac{2}{3} \frac{3}{3-2z} = \frac{2}{3-2z}"), 05-Solution.ipynb
  (moments "= 33/3 = 11", "= 129/3 = 43", "= 657/3 = 219"; "h(z) = (1/3)z + (2/3)z^{4} =
  \frac{z+2z^{4}}{3}"), 06-Solution.ipynb ("\left ( h(z) \right )^{2} = \left ( \frac{z +
  2z^{2}}{3} \right )^{2} = \frac{1}{9} \left ( z^{2} + 4z^{3} + 4z^{4} \right ) = h_{2}(z)", with
  "h_{2}(z) = ... = \frac{z^{2} + 4z^{3} + 4z^{4}}{9}"); 10.2-branching-processes/02-Solution.ipynb
  (mean offspring "= 3/2"); 11.1-intro-to-markov-chains/02-Solution.ipynb (P^3 as a product) and
  19-Solution.ipynb ("\frac{5/8}{3/4} = 5/6", "\frac{9/16}{5/8} = 9/10", "if this were a Markov
  chain, the answer would be 5/6"); 11.2-absorbing-markov-chains/05, 06, 07, 08 and
  12-Solution.ipynb
  (Nc and NR written entrywise; "5/36+2/36+1/36 = 8/36 = 2/9", "(1/2)(2/3)(5/6) = 5/18"). 21 cases
  (1 False).
- sinclam2/fifty-challenging-problems-in-probability @2874c73: 14-Solution.ipynb (coupon collector
  with 5 coupons: "E(T) = 1 + \frac{5}{4} + \frac{5}{3} + \frac{5}{2} + 5 = \frac{137}{12}" and the
  distribution of the stopping time "\frac{5!}{5^{5}} = \frac{4!}{5^{4}}", "\frac{10 \cdot
  4!}{5^{5}} = 2 \frac{4!}{5^{4}}", "\frac{65\cdot4!}{5^{6}} = \frac{13}{5}\frac{4!}{5^{4}}") and
  45-Solution.ipynb ("52 \cdot \frac{1}{52} = 1"). 5 cases.

Sources of bench/equiv_fresh118_b3.py (web pages):

- imathworks.com "math-expected-number-of-coin-flips-for-2-consecutive-heads-for-first-time"
  (asker: "this comes out to be $\frac{3}{2}$ but it matches with none of the options. Please tell
  me where I am wrong"; best answer: "\frac{1+p}{p^2} &=\frac{\ \frac32\ }{\frac14}\\[6pt] &=6").
  2 cases (1 False).
- newbedev.com "what-is-the-expected-value-of-the-number-of-die-rolls-necessary-to-get-a-specific-
  number" (generating function: "$G(t) = (1/6)t + (1/6)(5/6)t^2 + ...$", "$G(t) = (1/5)(5t/6 +
  (5t/6)^2 + (5t/6)^3 + \ldots)$", "Summing the geometric series gives $G(t) = t/(6-5t)$"). 2 cases.
- www.wyzant.com answer 173445 (tutor Roman C.: "Thus the answer is (0.4)(0.8)(0.4) = 0.128
  chance."). 1 case.
- justaaa.com accounting 194938 (M/M/1 utilization: "Server Utilization = 10/20 = 0.5 = 50%",
  "utilzation is less than 100% we got 50%"). 2 cases.
- tutorsglobe.com question 52963123 (an M/M/1 assignment: "1/μ= 3 mins= 1/20 hour So μ= 20
  cost\hour."). 1 case.
- www.zweigmedia.com "RealWorld/Review_Exercises/mabs1.html" (the authors' review-exercise solution:
  "the sum of the entries in row 2: 1 + 4/3 = 7/3."). 1 case.
- testbook.com "mcq-on-queueing-theory--5eea6a0e39140f30f369e4e0" (choices "2.4 customers", "1.5
  customers", "3.0 customers", "0.6 customers"; "Option 2 : 1.5 customers"; "\( L =
  \frac{6}{10 - 6} = \frac{6}{4} = 1.5 \)"). 4 cases (3 False).
- testbook.com "mcq-on-markov-chains--6490505587220388c5acb27f" (\lim p_{23}^{(n)}: choices
  "\(\frac{1}{3}\)", "\(\frac{1}{2}\)", "0", "1"; "Option 3 : 0"). 3 cases (3 False).

70 cases in all (14 False): 28 here (6 False), 26 in bench/equiv_fresh118_b2.py (1 False), 16 in
bench/equiv_fresh118_b3.py (7 False).

Left out, by rule: answers given only rounded or within a tolerance (sinclam2 fifty 36's
"0.571429\approx 4/7", sinclam2 Grinstead-Snell 11.2 exercises 8, 9, 12, 13, 15 and 18 whose NR, Nc
and absorption probabilities are numpy decimals such as "0.467", "0.0964314" and "2.08333", the
"0.618034" root of 10.2 exercise 2, wyzant 33183's ".4/.95 = 0.42105263157894736842105263157895",
justaaa 1044214's "Wq = 0.133 hours = 8 minutes", sarthaks 2758905's "Lq=2.25 (rounding off to next
integer we get Lq = 3)"); forms a page writes wrongly but nobody on the page corrects (sinclam2
10.2 exercise 3's "7/6 = 1.\bar{6}", sinclam2 fifty 04's
"\left (\frac{5}{6} \right )^{n}\frac{1}{6}" for the n-th roll, telmo-correa 24.6.5(c)'s
"\sigma^2 \mu^n \frac{1 - \mu^{n}}{1 - \mu}", fifty 14's "(10 + 18 + 15 + 16)" for 65, the
Grinstead-Snell 11.5 exercise 3 with w_1 and w_2 swapped, dinhanhthi's gambler's-ruin formula
without the exponent i, rstudio-pubs 305152's "L = 4" against its "L, is 5"); pairs that need the
question to decide (telmo-correa 24.6.4's (0.75, 0.25) against b/(a+b) with a = .1, b = .3, the
AR(1) mean \alpha_0 \sum \alpha_1^k against \frac{\alpha_0}{1-\alpha_1} under |\alpha_1| < 1,
unnormalised fixed vectors such as "w^{*} = [1, 0.5]"); garbled conversions (wyzant 173445's P^2
written with "⌈0.36 0.32⌉ ⌊0.64 0.68⌋", zweigmedia mnetwork and the UBC Math Exam Resources
MATH152 pages whose matrices were lost); machine-written
or generated pages (edu.com homework-helper, math-gpt.org, gauthmath, studyx.ai, asklix,
smartsolve.ai, questions.zollege.in's step-by-step solutions, the Nemotron-CC-Math rewrites on
huggingface, scipedia, iim-study.blogspot's MCQs, the jiskha 1416013024 bot answer); disputed or
open questions (math.techqa.club 4682314, whose 0.7014 against the book's 0.5078 is not answered
in the stored text; ARQMath 2140616, 13/49 against 95/243, unanswered; mathhelpforum 198412, where
a poster disputes Soroban's P^2).

Examined and not used: MMiDS-textbook self-assessment quiz 7.3 (its key names (2/5, 3/5), but the
quizzes may be machine-assisted, so left aside); wzchen commit 96ee3a8 (\Pois(\lambda) against
\Pois(np), where \lambda is not defined by the page); QuantEcon lecture-python-intro pull request
565 and joelparkerhenderson/queueing-theory commits (wording fixes, no answer); alexeygrigorev
data-science-interviews pull requests 113 and 127 (rounded Bayes probabilities); telmo-correa
issue 41 (a chapter 2 probability, outside this topic); math.techqa.club 3593689 (the poster's
own 0.25 and "25 percent", not checked by anyone) and coursehero 37729019 (a student's notes), both
claimed and then dropped; rf.mokslasplius (its "wrong answer would be 10 minutes" without the
right one stored); holooly (a copied Ross textbook); LeetCode-Feedback 7370 (the corrected value
cut from the stored text); tutorsglobe, quesba, expertsmind and numerade queue and Markov pages
(questions without answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WZ = "wzchen/probability_cheatsheet"
WZ_TEX = "probability_cheatsheet.tex@f8ef0ee7acd8dab5cc5e81c2f067aa16a18b9501"
WZ_A7B = "probability_cheatsheet.tex@a7b30ec6f198cacae5647d0dae70ca513cf46ded"
WZ_PR11 = "pull/11"
TC = "telmo-correa/all-of-statistics"
TC_NB = "Chapter 24 - Stochastic Processes.ipynb@57063c6e949910379eefa564d58777141576983d"
TC_39 = "issues/39"
AIM = "lhydave/AIM-textbook"
AIM_24 = "issues/24"
BZ = "fifthist/Introduction-To-Probability-Blitzstein-Solutions"
BZ_413 = (
    "src/chapters/4/sections/expectations_and_variances/problems/3.tex"
    "@0245e8e92320b859e7f29523265a6cc83fe82835"
)
BZ_143 = "issues/143"
QP = "dwcoder/QuantitativePrimer"
QP_COIN = "src/answers/coin100flipsgamble.tex@544ca6eccf528cdd4734f2b22427b7373484edf4"
QP_WALK = (
    "src/answers/simplerandomwalkhittingprobability.tex@544ca6eccf528cdd4734f2b22427b7373484edf4"
)
QP_PR1 = "pull/1"

CASES = [
    # wzchen cheat sheet: Catan robber chain, stationary probabilities from the degree sequence
    _c(
        WZ,
        WZ_TEX,
        gold=r"1/28",
        pred=r"3/84",
        wrap=True,
        expected=True,
        why="'the stationary probability of being on a corner is $3/84 = 1/28$'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"1/21",
        pred=r"4/84",
        wrap=True,
        expected=True,
        why="'on an edge is $4/84 =  1/21$'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"1/14",
        pred=r"6/84",
        wrap=True,
        expected=True,
        why="'and in the center is $6/84 = 1/14$'; (c) 'By the above, $\\boxed{1/14}$'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"84",
        pred=r"6(3) + 6(4) + 7(6)",
        wrap=True,
        expected=True,
        why="'The sum of the degrees is $6(3) + 6(4) + 7(6) = 84$'",
    ),
    # wzchen commit a7b30ec: the degree sum had been written 72
    _c(
        WZ,
        WZ_A7B,
        gold=r"84",
        pred=r"72",
        wrap=True,
        expected=False,
        why="commit a7b30ec 'fixing arithmetic error in catan example' changes "
        "'$6(3) + 6(4) + 7(6) = 72$' to '= 84$' (reading: the sum of the degrees)",
    ),
    # wzchen pull request 11: stationary distribution of the random walk on the network
    _c(
        WZ,
        WZ_PR11,
        gold=r"(\frac{3}{14}, \frac{3}{14}, \frac{2}{14}, \frac{4}{14}, \frac{2}{14})",
        pred=r"(\frac{3}{14}, \frac{3}{14}, \frac{3}{14}, \frac{4}{14}, \frac{2}{14})",
        wrap=True,
        expected=False,
        why="'proportional to $(3,3,2,4,2)$, so it's ...' corrected; 'i think the stationary "
        "distribution of the Markov chain had an error' -- maintainer: 'that was indeed an error'",
    ),
    # wzchen: expected values of stopping times and random variables
    _c(
        WZ,
        WZ_TEX,
        gold=r"n\sum^n_{j=1} \frac{1}{j}",
        pred=r"\frac{n}{n} + \frac{n}{n-1} + \dots + \frac{n}{1}",
        wrap=True,
        expected=True,
        why="coupon collector: 'E(N) = ... = \\frac{n}{n} + \\frac{n}{n-1} + \\dots + "
        "\\frac{n}{1} = \\boxed{n\\sum^n_{j=1} \\frac{1}{j}}'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"\frac{e^{-\lambda}}{\lambda}(e^\lambda-1)",
        pred=r"\frac{e^{-\lambda}}{\lambda}\sum_{k=0}^\infty \frac{\lambda^{k+1}}{(k+1)!}",
        wrap=True,
        expected=True,
        why="E(1/(X+1)) for X ~ Pois: '= \\frac{e^{-\\lambda}}{\\lambda}\\sum_{k=0}^\\infty "
        "\\frac{\\lambda^{k+1}}{(k+1)!} = \\boxed{\\frac{e^{-\\lambda}}{\\lambda}(e^\\lambda-1)}'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"\frac{p(1-s)(p+s(1-p))}{s^2}",
        pred=r"\frac{p(1-p)(1-s)}{s} +  \frac{p^2(1-s)}{s^2}",
        wrap=True,
        expected=True,
        why="Eve's law: '&= \\frac{p(1-p)(1-s)}{s} +  \\frac{p^2(1-s)}{s^2} = "
        "\\boxed{\\frac{p(1-s)(p+s(1-p))}{s^2}}'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"9.6",
        pred=r"48/5",
        wrap=True,
        expected=True,
        why="cards drawn before the first Ace: 'E(I_1) + ... + E(I_{48}) = 48/5 = \\boxed{9.6}'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"1",
        pred=r"n(1/n)",
        wrap=True,
        expected=True,
        why="hat matching: 'the average number of hats that go to their owners is "
        "$\\boxed{n(1/n) = 1}$'",
    ),
    _c(
        WZ,
        WZ_TEX,
        gold=r"\frac{10}{3}",
        pred=r"\frac{1}{3} \cdot 2 + \frac{1}{3} \cdot 3 + \frac{1}{3} \cdot 5",
        wrap=True,
        expected=True,
        why="'The expected value of a fair die roll, given that it is prime, is $\\frac{1}{3} "
        "\\cdot 2 + \\frac{1}{3} \\cdot 3 + \\frac{1}{3} \\cdot 5 = \\frac{10}{3}$'",
    ),
    # telmo-correa issue 39: Exercise 24.6.10, limiting distribution
    _c(
        TC,
        TC_39,
        gold=r"\begin{pmatrix} \frac{1-p}{1-p^5} & p \frac{1-p}{1-p^5} & p^2 \frac{1-p}{1-p^5} & "
        r"p^3 \frac{1-p}{1-p^5} & p^4 \frac{1-p}{1-p^5} \end{pmatrix}",
        pred=r"\begin{bmatrix} \frac{1 - p}{p^4(1 - p^5)} & \frac{1 - p}{p^3(1 - p^5)} & "
        r"\frac{1 - p}{p^2(1 - p^5)} & \frac{1 - p}{p(1 - p^5)} & \frac{1 - p}{1 - p^5} "
        r"\end{bmatrix}",
        wrap=True,
        expected=False,
        why="issue: 'The probabilities in the suggested $\\pi$ do not add up to 1' (their sum is "
        "'\\frac{1}{p^4} \\neq 1'); 'Requiring $\\pi_1 + ... + \\pi_5 = 1$ yields' the pmatrix; "
        "the refused bmatrix is the notebook's 24.6.10 solution (line breaks made spaces)",
    ),
    # telmo-correa notebook: stationary distributions and n-step probabilities
    _c(
        TC,
        TC_NB,
        gold=r"\left( \frac{b}{a + b}, \frac{a}{a + b} \right)",
        pred=r"\begin{bmatrix} \frac{b}{a + b} & \frac{a}{a + b} \end{bmatrix}",
        wrap=True,
        expected=True,
        why="24.6.3: 'it has a stationary distribution $$ \\pi = \\left( \\frac{b}{a + b}, "
        "\\frac{a}{a + b} \\right) $$'; '&= \\begin{bmatrix} \\frac{b}{a + b} & \\frac{a}{a + b} "
        "\\end{bmatrix}\\\\ &= \\pi'",
    ),
    _c(
        TC,
        TC_NB,
        gold=r"\left( \frac{b}{a + b}, \frac{a}{a + b} \right)",
        pred=r"\frac{1}{a + b} \begin{bmatrix} b (1 - a) + ab & ab + (1 - b) a \end{bmatrix}",
        wrap=True,
        expected=True,
        why="24.6.3: '\\pi P &= ... \\\\ &= \\frac{1}{a + b} \\begin{bmatrix} b (1 - a) + ab & "
        "ab + (1 - b) a \\end{bmatrix} \\\\ &= ... &= \\pi' (line breaks made spaces)",
    ),
    _c(
        TC,
        TC_NB,
        gold=r"\frac{1}{4} (F(n) + 1)^2",
        pred=r"\frac{1}{4} + \frac{1}{2} F(n) + \frac{1}{4} F(n)^2",
        wrap=True,
        expected=True,
        why="24.6.5(e), extinction CDF recurrence: 'F(n + 1) = p_0 + p_1 F(n) + p_2 F(n)^2 = "
        "\\frac{1}{4} + \\frac{1}{2} F(n) + \\frac{1}{4} F(n)^2 = \\frac{1}{4} (F(n) + 1)^2'",
    ),
    _c(
        TC,
        TC_NB,
        gold=r"(1/2, 1/2)",
        pred=r"\begin{bmatrix} 1/2 & 1/2 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="24.6.9: 'Show that $\\pi = (1/2, 1/2)$ is a stationary distribution'; '\\pi P = "
        "\\begin{bmatrix} 1/2 & 1/2 \\end{bmatrix} ... = \\begin{bmatrix} 1/2 & 1/2 \\end{bmatrix}"
        " = \\pi'",
    ),
    _c(
        TC,
        TC_NB,
        gold=r"0.006",
        pred=r"0.3 \cdot 0.2 \cdot 0.1",
        wrap=True,
        expected=True,
        why="24.6.1: '&= \\mu_0(1) P_{12} P_{22} \\\\ & = 0.3 \\cdot 0.2 \\cdot 0.1 "
        "\\\\ & = 0.006'",
    ),
    # AIM-textbook issue 24: a transition probability of the chapter's chain
    _c(
        AIM,
        AIM_24,
        gold=r"(t+2-i)/(t+2)",
        pred=r"(t+1-i)/(t+2)",
        wrap=True,
        expected=False,
        why="'原文：$\\Pr(X_{t+1}=i|X_t=i)=(t+1-i)/(t+2)$ ... 公式有误，应该为："
        "$\\Pr(X_{t+1}=i|X_t=i)=(t+2-i)/(t+2)$'; fixed in commit 732c9d7",
    ),
    # fifthist Blitzstein solutions 4.1.3: expected value of a die and of four rolls
    _c(
        BZ,
        BZ_413,
        gold=r"3.5",
        pred=r"\frac{1}{6}(1 + 2 + 3 + 4 + 5 + 6)",
        wrap=True,
        expected=True,
        why="'$$E(D) = \\frac{1}{6}(1 + 2 + 3 + 4 + 5 + 6) = 3.5$$'",
    ),
    _c(
        BZ,
        BZ_143,
        gold=r"14",
        pred=r"12.2",
        wrap=True,
        expected=False,
        why="issue 143 'Problem 4.1.3': '4*3.5 is 14 not 12.2.' against the file's "
        "'E(T_{4}) = 4E(D_{i}) = 4*3.5 = 12.2'",
    ),
    _c(
        BZ,
        BZ_143,
        gold=r"14",
        pred=r"4*3.5",
        wrap=True,
        expected=True,
        why="issue 143: '4*3.5 is 14 not 12.2.'",
    ),
    # dwcoder QuantitativePrimer: expected value of the coin-flip gamble
    _c(
        QP,
        QP_PR1,
        gold=r"-0.75",
        pred=r"1 - 0.25",
        wrap=True,
        expected=False,
        why="pull request 1 'Small typo on answer' (merged; 'Thanks for spotting this') changes "
        "'= -1 + (10)(0.025) = 1 - 0.25 = -0.75' to '= -1 + 0.25 = -0.75'",
    ),
    _c(
        QP,
        QP_COIN,
        gold=r"-0.75",
        pred=r"-1 + (10)(0.025)",
        wrap=True,
        expected=True,
        why="'\\E(\\text{Gamble}) = -1 + (10)(0.025) = -1 + 0.25 = -0.75'",
    ),
    _c(
        QP,
        QP_COIN,
        gold=r"-0.75",
        pred=r"-1 + 0.25",
        wrap=True,
        expected=True,
        why="'= -1 + 0.25 = -0.75'; 'On average you lose 75 pence for playing the game'",
    ),
    # dwcoder QuantitativePrimer: hitting probabilities of a simple random walk
    _c(
        QP,
        QP_WALK,
        gold=r"\frac{2}{3}",
        pred=r"\frac{1}{2} + \frac{1}{2}\left(\frac{1}{3}\right)",
        wrap=True,
        expected=True,
        why="l = 3: 'P(A_2) &= \\frac{1}{2} + \\frac{1}{2} P(A_1) \\\\ &= \\frac{1}{2} + "
        "\\frac{1}{2}\\left(\\frac{1}{3}\\right) \\\\ &= \\frac{2}{3}'",
    ),
    _c(
        QP,
        QP_WALK,
        gold=r"\frac{1}{2}",
        pred=r"\frac{2}{3}\left(\frac{3}{4}\right)",
        wrap=True,
        expected=True,
        why="l = 4: 'P(A_2) &= \\frac{2}{3} P(A_3) \\\\ &= \\frac{2}{3}\\left(\\frac{3}{4}\\right)"
        " \\\\ &= \\frac{1}{2}'",
    ),
    _c(
        QP,
        QP_WALK,
        gold=r"\frac{1}{4}",
        pred=r"\frac{1}{2}\left( \frac{1}{2} \right)",
        wrap=True,
        expected=True,
        why="l = 4: 'P(A_1) &= \\frac{1}{2} P(A_2) \\\\ &= \\frac{1}{2}\\left( \\frac{1}{2} "
        "\\right) \\\\ &= \\frac{1}{4}'; 'The case where $l=4$, gave the formula $P(A_k) = "
        "\\frac{k}{4}$'",
    ),
]

r"""A sixty-third fresh set of answer-equivalence cases (evaluation only; helper "b": competition
mathematics -- AHSME / AMC 8-10-12 solutions on the Art of Problem Solving wiki that equate forms
of an answer (radicals, nested radicals, towers of powers, quotients of powers, a trigonometric
value, a rational expression in a variable) and key one printed choice so that the others are
refused, an online contest's answer page, a college problem-of-the-week's exactness rule and a
problem-of-the-month statement's worked examples).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part
-- for the AoPS pages the contest, year and problem number -- was grepped in bench/ and checked
against /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh63_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh63_b2.py (same rules;
its sources are listed below too).

Rule for a contest-solution page (the one used by bench/equiv_fresh56_e.py): every equality the
solution writes between members that are numbers or expressions in the problem's own variable
gives cases -- the last member of the chain (the keyed value) is the gold and each earlier member a
prediction, True; the problem's own expression is a prediction too where the problem asks for its
value or simplest form; where the page prints the answer choices and says which one is right, every
other printed choice is a prediction, False (choice values are transcribed, never letters).
Transcription: the LaTeX is copied as the stored excerpt shows it, spacing included, with the
``$``, ``<math>``, ``\[ \]`` and ``$$`` delimiters and the ``&`` / ``\\`` of aligned chains
dropped; a boxed or fboxed answer is taken without the box and the choice letter
(``\boxed{2\sqrt{6} \ \mathbf{(B)}}`` gives ``2\sqrt{6}``). Plain-text pages keep their ASCII
(``17*50/3``, ``283+1/3``) and the Providence page its ``2π``. The 2002 AMC 10A statement writes
the tower's value with a thousands comma, ``65,536``; that string is the gold as written. For
1957 AHSME Problem 3 the keyed choice is "a if a != 1" and choice D reads
``{1-a}\text{ with not restriction on }{a}``: the golds and preds keep the value part only (``a``,
``1-a``), noted in ``why``.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- artofproblemsolving.com "wiki/index.php/1954_AHSME_Problems/Problem_1" (the square of
  5-\sqrt{y^2-25}: "... = 5^2-2\cdot 5\cdot\sqrt{y^2-25}+y^2-25 = y^2-10\sqrt{y^2-25} \Rightarrow
  \fbox{E}"; choices A-D printed). 6 cases (4 False).
- artofproblemsolving.com "wiki/index.php/2023_AMC_12B_Problems/Problem_25" (folded pentagon:
  "= \frac{2(1+\sqrt5)}{3+\sqrt5} = \sqrt5-1 \boxed{B}"; choices printed). 5 cases (4 False).
- artofproblemsolving.com "index.php?diff=cur&oldid=74065&title=2014_AMC_10A_Problems%2FProblem_22"
  ("\tan 15^\circ=2-\sqrt{3}=\frac{EC}{10}"; "AE=2 \cdot AD=2 \cdot 10=\boxed{\textbf{(E)} \: 20}").
  2 cases.
- www.artofproblemsolving.com "Wiki/index.php/2009_AMC_10B_Problems/Problem_2" (2008 AoPSWiki
  copy: "Which of the following is equal to
  \dfrac{\frac{1}{3}-\frac{1}{4}}{\frac{1}{2}-\frac{1}{3}}?", "\dfrac{4-3}{6-4} = \boxed{\dfrac 12}";
  choices printed). 6 cases (4 False).
- artofproblemsolving.com "wiki/index.php/2011_AMC_10A_Problems/Problem_16" ("Which of the
  following is equal to \sqrt{9-6\sqrt{2}}+\sqrt{9+6\sqrt{2}}?"; a squaring chain of nine members
  and a perfect-square chain of four, both ending in 2\sqrt{6} (B); choices printed). 16 cases
  (4 False).

Sources of bench/equiv_fresh63_b2.py:

- artofproblemsolving.com "index.php?diff=prev&oldid=223579&title=1957_AHSME_Problems%2FProblem_3"
  ("1 - \frac{1}{1 + \frac{a}{1 - a}} = 1 - \frac{1}{\frac{1}{1-a}} = 1 - \frac{1-a}{1} = a for
  almost all a ... so the answer is (E)"). 5 cases (2 False).
- artofproblemsolving.com "index.php?diff=next&oldid=41663&title=1996_AHSME_Problems%2FProblem_8"
  ("r = \log_2 5, which is option \boxed{D}"; choices -\log_{2}5, \log_{5}2, \log_{10}5,
  \log_{2}5, \frac{5}{2}). 4 cases (4 False).
- artofproblemsolving.com "index.php?title=2002_AMC_10A_Problems/Problem_3&diff=30356&oldid=29681"
  ("2^{2^{2^2}} = 2^{\left(2^{\left(2^2\right)}\right)} = 2^{16} = 65,536"). 3 cases.
- artofproblemsolving.com "index.php?title=2002_AMC_12A_Problems/Problem_3&diff=30035&oldid=30034"
  ("2^{2^{2^{2}}} = 2^{(2^{(2^2)})} = 2^{16} = 65536"; "2^{2^2} has a unique value of 16, because
  2^4 = 4^2 = 16"). 6 cases.
- artofproblemsolving.com "index.php?title=2013_AMC_12A_Problems/Problem_4&diff=next&oldid=50929"
  (\frac{2^{2014}+2^{2012}}{2^{2014}-2^{2012}} factored to "\frac{(2^2+1)}{(2^2-1)}=\frac{5}{3},
  which is C"; choices printed). 7 cases (4 False).
- www.mathwizz.com "contest/answers.asp" (contest 18: "3*50/3 + 5*50/3 + 9*50/3= 17*50/3 =
  283+1/3"). 2 cases.
- www.providence.edu "mathematics-computer-science/Pages/problem-of-week.aspx" (rule 3: "if the
  correct answer is 2π then 6.28 is not correct. If the correct answer is 1/3 then 0.3333 is not
  correct"). 2 cases (2 False).
- www.math.sunysb.edu "monthly-problem/archive/2004/september/" (Stony Brook problem of the month:
  "(4+5) * 7 * 2 * 6 / ( (1+9) * 8 * 3) = 63/20 = 3.15"; "(816 - 794) / (2 * 5 - 3) = 22/7 =
  3.1428..." is refused as a puzzle entry because it concatenates digits, not for its value).
  3 cases.

67 cases in all (28 False): 35 here (16 False), 32 in bench/equiv_fresh63_b2.py (12 False).

Left out, by rule: refusals of a form whose value equals the key's (format policies), and pairs
that differ only in braces or spacing (the 2023 AMC 12B choice ``\sqrt{5}-1`` against the solution's
``\sqrt5-1``, the 1996 AHSME choice ``\log_{2}5`` against ``\log_2 5``, the 2009 AMC 10B choice
``\frac 12`` against ``\dfrac 12``, the 2011 AMC 10A choice ``2\sqrt6``); values rounded or cut
off with "..." (Stony Brook's "3.1428..." and its solution page's "3.1415926533..."); members
written with an unstated unit or a notation the page defines for itself (2023 AMC 12B's
"\sin54 = \frac{1+\sqrt5}{4}", "\sin^{2}54 =\frac{3+\sqrt5}{8}", "\sin18 = \frac{-1+\sqrt5}{4}",
degrees meant but not written; the 2002 AMC 10A page's "2\uparrow (2\uparrow 2) = (2\uparrow
2)\uparrow 2 =16" and "16\uparrow 2 = 256"); equalities holding a named length or an unknown
("EC=20-10 \sqrt 3", "AE=2 \cdot AD"); the 1957 AHSME choices A and C ("a if a\not= 0", "a if
a\not=-1"), whose value is the key's and whose refusal is about the stated restriction; mathwizz's
final "283 + 1 + 3 = 287" (the asked quantity, not a form of 283+1/3).

Examined and not used: mandelbrot.org answers FAQ, mathleague.org grading and estests pages,
mathcountscentral.com forms page, maueroats NSML forms, skoljka.org rules, the docstoc ICTM
"Valid Answers" page, home.avvanta.com keys and lessons, old.mathleague.com newsletters and the
February 1998 score report (used or examined by earlier sets); math.naboj.org Czech info page (a
rounding rule: 2,646 for the square root of seven, not a form of the exact value); pinkmonkey
SAT directions (characters lost); brookline.k12.ma.us problems of the week (two answers accepted
for two readings of a story, not two forms); web.mit.edu HMMT 1999 errata (no keyed answer
restated); thestudentroom UKMT threads (answers only, no ruling on forms); math.stackexchange
(kiwix copy) "why do we need to rationalize fractions" (school algebra, not a contest); AoPS wiki
pages whose stored text lost the LaTeX (2021 Fall AMC 10B Problem 3, 2011 AMC 12A Problem 11's
rendered part, 2024 AMC 12A Problem 23, 1993 AHSME Problem 23, 1953 AHSME Problems 7 and 20,
2021 Fall AMC 10A Problem 1), whose excerpt stops before the keyed answer (2020 AMC 10B Problem
21, 2016 AMC 8 Problem 25, 2022 AMC 10B Problem 16, 2015 AMC 10B Problem 22) or whose choices are
candidate inputs rather than forms of one answer (2021 AMC 12A Problem 18); the 2011 AMC 10A
Problem 16 diff pages (their "Solution 2" chain is garbled: "\sqrt{81-38}"); 2013 AMC 10A Problem
8 (the same problem as the 2013 AMC 12A page used); 2020 AMC 10B Problem 14 and the 1970 / 1976
AHSME pages (used or examined by an earlier set); HMMT solution jsonl pages and other huggingface
dataset viewers (rewritten or dataset text); littleredmath.com, olympiadhq.com, math.bot,
edu.com and similar generated pages.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AOPS = "artofproblemsolving.com"
WWW_AOPS = "www.artofproblemsolving.com"
MW = "www.mathwizz.com"
PC = "www.providence.edu"
SB = "www.math.sunysb.edu"
AOPS_1954 = "https://artofproblemsolving.com/wiki/index.php/1954_AHSME_Problems/Problem_1"
AOPS_2023_12B_25 = "https://artofproblemsolving.com/wiki/index.php/2023_AMC_12B_Problems/Problem_25"
AOPS_2014_10A_22 = "https://artofproblemsolving.com/wiki/index.php?diff=cur&oldid=74065&title=2014_AMC_10A_Problems%2FProblem_22"
AOPS_2009_10B_2 = (
    "http://www.artofproblemsolving.com/Wiki/index.php/2009_AMC_10B_Problems/Problem_2"
)
AOPS_2011_10A_16 = "https://artofproblemsolving.com/wiki/index.php/2011_AMC_10A_Problems/Problem_16"
# sources of bench/equiv_fresh63_b2.py
AOPS_1957_3 = "https://artofproblemsolving.com/wiki/index.php?diff=prev&oldid=223579&title=1957_AHSME_Problems%2FProblem_3"
AOPS_1996_8 = "https://artofproblemsolving.com/wiki/index.php?diff=next&oldid=41663&title=1996_AHSME_Problems%2FProblem_8"
AOPS_2002_10A_3 = "https://artofproblemsolving.com/wiki/index.php?title=2002_AMC_10A_Problems/Problem_3&diff=30356&oldid=29681"
AOPS_2002_12A_3 = "https://artofproblemsolving.com/wiki/index.php?title=2002_AMC_12A_Problems/Problem_3&diff=30035&oldid=30034"
AOPS_2013_12A_4 = "https://artofproblemsolving.com/wiki/index.php?title=2013_AMC_12A_Problems/Problem_4&diff=next&oldid=50929"
MW_ANS = "http://www.mathwizz.com/contest/answers.asp"
PC_POW = "http://www.providence.edu/mathematics-computer-science/Pages/problem-of-week.aspx"
SB_0409 = "http://www.math.sunysb.edu/monthly-problem/archive/2004/september/"

CASES = [
    # 1954 AHSME Problem 1 (AoPS wiki): the expansion chain keyed E; the other printed choices refused
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"(5-\sqrt{y^2-25})^2",
        wrap=True,
        expected=True,
        why=r"'$(5-\sqrt{y^2-25})^2 = 5^2-2\cdot 5\cdot\sqrt{y^2-25}+y^2-25 = y^2-10\sqrt{y^2-25}$ $\Rightarrow$ $\fbox{E}$' (the problem: 'The square of $5-\sqrt{y^2-25}$ is:')",
    ),
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"5^2-2\cdot 5\cdot\sqrt{y^2-25}+y^2-25",
        wrap=True,
        expected=True,
        why=r"middle member of the chain '... = 5^2-2\cdot 5\cdot\sqrt{y^2-25}+y^2-25 = y^2-10\sqrt{y^2-25}'",
    ),
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"y^2-5\sqrt{y^2-25}",
        wrap=True,
        expected=False,
        why=r"choice (A) 'y^2-5\sqrt{y^2-25}'; the solution keys '$\fbox{E}$' = $y^2-10\sqrt{y^2-25}$",
    ),
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"-y^2",
        wrap=True,
        expected=False,
        why=r"choice (B) '-y^2'; the solution keys '$\fbox{E}$' = $y^2-10\sqrt{y^2-25}$",
    ),
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"y^2",
        wrap=True,
        expected=False,
        why=r"choice (C) 'y^2'; the solution keys '$\fbox{E}$' = $y^2-10\sqrt{y^2-25}$",
    ),
    _c(
        AOPS,
        AOPS_1954,
        gold=r"y^2-10\sqrt{y^2-25}",
        pred=r"(5-y)^2",
        wrap=True,
        expected=False,
        why=r"choice (D) '(5-y)^2'; the solution keys '$\fbox{E}$' = $y^2-10\sqrt{y^2-25}$",
    ),
    # 2023 AMC 12B Problem 25 (AoPS wiki): area ratio simplified to sqrt5-1, keyed B; the other choices refused
    _c(
        AOPS,
        AOPS_2023_12B_25,
        gold=r"\sqrt5-1",
        pred=r"\frac{2(1+\sqrt5)}{3+\sqrt5}",
        wrap=True,
        expected=True,
        why=r"Solution 1: '$= \frac{2(1+\sqrt5)}{3+\sqrt5}$ $= \sqrt5-1$ $\boxed{B}$'",
    ),
    _c(
        AOPS,
        AOPS_2023_12B_25,
        gold=r"\sqrt5-1",
        pred=r"4-\sqrt{5}",
        wrap=True,
        expected=False,
        why=r"choice (A) '4-\sqrt{5}'; the solution ends '$= \sqrt5-1$ $\boxed{B}$'",
    ),
    _c(
        AOPS,
        AOPS_2023_12B_25,
        gold=r"\sqrt5-1",
        pred=r"8-3\sqrt{5}",
        wrap=True,
        expected=False,
        why=r"choice (C) '8-3\sqrt{5}'; the solution ends '$= \sqrt5-1$ $\boxed{B}$'",
    ),
    _c(
        AOPS,
        AOPS_2023_12B_25,
        gold=r"\sqrt5-1",
        pred=r"\frac{\sqrt{5}+1}{2}",
        wrap=True,
        expected=False,
        why=r"choice (D) '\frac{\sqrt{5}+1}{2}'; the solution ends '$= \sqrt5-1$ $\boxed{B}$'",
    ),
    _c(
        AOPS,
        AOPS_2023_12B_25,
        gold=r"\sqrt5-1",
        pred=r"\frac{2+\sqrt{5}}{3}",
        wrap=True,
        expected=False,
        why=r"choice (E) '\frac{2+\sqrt{5}}{3}'; the solution ends '$= \sqrt5-1$ $\boxed{B}$'",
    ),
    # 2014 AMC 10A Problem 22 (AoPS wiki diff page): tan 15 degrees and the keyed length
    _c(
        AOPS,
        AOPS_2014_10A_22,
        gold=r"2-\sqrt{3}",
        pred=r"\tan 15^\circ",
        wrap=True,
        expected=True,
        why=r"Solution 1 (trigonometry): 'Note that $\tan 15^\circ=2-\sqrt{3}=\frac{EC}{10}$'",
    ),
    _c(
        AOPS,
        AOPS_2014_10A_22,
        gold=r"20",
        pred=r"2 \cdot 10",
        wrap=True,
        expected=True,
        why=r"'$AE=2 \cdot AD=2 \cdot 10=\boxed{\textbf{(E)} \: 20}$'",
    ),
    # 2009 AMC 10B Problem 2 (2008 AoPSWiki copy): 'Which of the following is equal to ...'; keyed 1/2, other choices refused
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\dfrac{\frac{1}{3}-\frac{1}{4}}{\frac{1}{2}-\frac{1}{3}}",
        wrap=True,
        expected=True,
        why=r"'Which of the following is equal to \dfrac{\frac{1}{3}-\frac{1}{4}}{\frac{1}{2}-\frac{1}{3}}?' ... 'getting \dfrac{4-3}{6-4} = \boxed{\dfrac 12}'",
    ),
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\dfrac{4-3}{6-4}",
        wrap=True,
        expected=True,
        why=r"'We can multiply both by 12, getting \dfrac{4-3}{6-4} = \boxed{\dfrac 12}.'",
    ),
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\frac 14",
        wrap=True,
        expected=False,
        why=r"choice (A) '\frac 14'; the solution boxes '\boxed{\dfrac 12}' (choice C)",
    ),
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\frac 13",
        wrap=True,
        expected=False,
        why=r"choice (B) '\frac 13'; the solution boxes '\boxed{\dfrac 12}' (choice C)",
    ),
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\frac 23",
        wrap=True,
        expected=False,
        why=r"choice (D) '\frac 23'; the solution boxes '\boxed{\dfrac 12}' (choice C)",
    ),
    _c(
        WWW_AOPS,
        AOPS_2009_10B_2,
        gold=r"\dfrac 12",
        pred=r"\frac 34",
        wrap=True,
        expected=False,
        why=r"choice (E) '\frac 34'; the solution boxes '\boxed{\dfrac 12}' (choice C)",
    ),
    # 2011 AMC 10A Problem 16 (AoPS wiki): two denesting chains ending in 2sqrt6 (B); the other choices refused
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{9-6\sqrt{2}}+\sqrt{9+6\sqrt{2}}",
        wrap=True,
        expected=True,
        why=r"'Which of the following is equal to $\sqrt{9-6\sqrt{2}}+\sqrt{9+6\sqrt{2}}$?' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{\left(\sqrt{9-6\sqrt{2}}+\sqrt{9+6\sqrt{2}}\right)^2}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{\left(\sqrt{9-6\sqrt{2}}+\sqrt{9+6\sqrt{2}}\right)^2}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{9-6\sqrt{2}+2\sqrt{(9-6\sqrt{2})(9+6\sqrt{2})}+9+6\sqrt{2}}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{9-6\sqrt{2}+2\sqrt{(9-6\sqrt{2})(9+6\sqrt{2})}+9+6\sqrt{2}}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{18+2\sqrt{(9-6\sqrt{2})(9+6\sqrt{2})}}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{18+2\sqrt{(9-6\sqrt{2})(9+6\sqrt{2})}}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{18+2\sqrt{9^2-(6\sqrt{2})^2}}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{18+2\sqrt{9^2-(6\sqrt{2})^2}}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{18+2\sqrt{81-72}}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{18+2\sqrt{81-72}}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{18+2\sqrt{9}}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{18+2\sqrt{9}}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{18+6}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{18+6}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{24}",
        wrap=True,
        expected=True,
        why=r"Solution 1 chain member '= \ &\sqrt{24}' ... '= \ &\boxed{2\sqrt{6} \ \mathbf{(B)}}'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{6-6\sqrt{2}+3}+\sqrt{6+6\sqrt{2}+3}",
        wrap=True,
        expected=True,
        why=r"Solution 2 (FASTER!) chain member '$$= \sqrt{6-6\sqrt{2}+3}+\sqrt{6+6\sqrt{2}+3}$$' ... '$$= \boxed{B) 2\sqrt{6}}$$'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{\left(\sqrt{6}-\sqrt{3}\right)^2}+\sqrt{\left(\sqrt{6}+\sqrt{3}\right)^2}",
        wrap=True,
        expected=True,
        why=r"Solution 2 (FASTER!) chain member '$$= \sqrt{\left(\sqrt{6}-\sqrt{3}\right)^2}+\sqrt{\left(\sqrt{6}+\sqrt{3}\right)^2}$$' ... '$$= \boxed{B) 2\sqrt{6}}$$'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\sqrt{6}-\sqrt{3}+\sqrt{6}+\sqrt{3}",
        wrap=True,
        expected=True,
        why=r"Solution 2 (FASTER!) chain member '$$= \sqrt{6}-\sqrt{3}+\sqrt{6}+\sqrt{3}$$' ... '$$= \boxed{B) 2\sqrt{6}}$$'",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"3\sqrt2",
        wrap=True,
        expected=False,
        why=r"choice (A) '3\sqrt2'; both solutions box 2\sqrt{6} (B)",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"\frac{7\sqrt2}{2}",
        wrap=True,
        expected=False,
        why=r"choice (C) '\frac{7\sqrt2}{2}'; both solutions box 2\sqrt{6} (B)",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"3\sqrt3",
        wrap=True,
        expected=False,
        why=r"choice (D) '3\sqrt3'; both solutions box 2\sqrt{6} (B)",
    ),
    _c(
        AOPS,
        AOPS_2011_10A_16,
        gold=r"2\sqrt{6}",
        pred=r"6",
        wrap=True,
        expected=False,
        why=r"choice (E) '6'; both solutions box 2\sqrt{6} (B)",
    ),
]

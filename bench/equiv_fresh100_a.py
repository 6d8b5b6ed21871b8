r"""A hundredth fresh set of answer-equivalence cases (evaluation only; helper "a": math competition
answer keys and solutions -- AHSME / AMC 10 / AMC 12 / AIME solutions on the Art of Problem Solving
wiki, an Illinois (ICTM) state-contest key that was corrected after the contest, and a UVM contest
answer list -- where the page states the answer together with an equal form of it (a solution's
chain of equalities, a choice printed in another notation) or refuses another value (an unkeyed
answer choice, the key's original answer replaced by an erratum, the fraction an AIME answer is
built from)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part
-- for the wiki pages the problem's title, e.g. "1974_AHSME_Problems/Problem_20" and "1974 AHSME
Problem 20" -- was grepped in bench/ and in /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh100_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page equates with it, or a value the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy (the wiki's hosts artofproblemsolving.com and artofproblemsolving.com.
-- the same host written with its root dot -- are both recorded as ``artofproblemsolving.com``)
and ``where`` its full URL. There is no commit; every source is a web page with no licence file.
Only the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh100_a2.py (same rules; its sources are listed below
too).

Rule for taking cases from a solution page (the same for every page):
(1) every equality the page writes between closed-form numbers gives cases: the last member of the
    chain (or the boxed value) is the gold and each earlier member a prediction, True; one identity
    in a variable that the solution states outright (1974 AHSME: the rationalized general term) is
    taken the same way;
(2) where the page prints the answer choices and says which one is right (a boxed letter, "Hence
    the answer is D", a boxed choice value), the keyed value is the gold and every other printed
    choice a prediction, False; a keyed choice printed in another notation than the solution's
    boxed value is a True case;
(3) an AIME answer is the integer asked for, so the fraction it is built from (AP = m/n, find
    m + n) is a False prediction against it;
(4) an erratum that replaces the key's answer gives the old answer as a False prediction against
    the corrected one.

Transcription: the LaTeX is copied as the stored excerpt shows it, spacing included (e.g.
"\tfrac{\sqrt3 - 1 }{\sqrt3}", "\frac{\sqrt 3}{2}", "2*9*5"), with the ``$``, ``<math>``,
``<cmath>`` and ``\[ \]`` delimiters, choice labels ("\textbf{(A)}", "\mathrm{(D) \ }"), boxes and
trailing punctuation dropped; a left side such as "T=", "AE =", "\cos(A) =" or "P(...) =" is dropped
where the answer is its right side. The 1974 AHSME choices are relations ("T<1", "T>2"), kept as
relations with the keyed relation as gold. Plain-text pages keep their characters: the UVM answers
keep "√" and "÷", the ICTM blog keeps "*".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- artofproblemsolving.com, 1974 AHSME Problem 20 (diff page 56272/47266): T = 1/(3-\sqrt8) -
  1/(\sqrt8-\sqrt7) + ...; "\frac{1}{\sqrt{n+1}-\sqrt{n}}=\sqrt{n+1}+\sqrt{n}",
  "T=(3+\sqrt{8})-(\sqrt{8}+\sqrt{7})+...+(\sqrt{5}+2)=5", "Hence the answer is \boxed{\text{D}}"
  (D: T>2; the other choices printed). 7 cases (4 False).
- artofproblemsolving.com, 1983 AHSME Problem 10 (diff page prev/103564): "AE = AB \cdot
  \frac{\sqrt{3}}{2} = (2 \cdot 1) (\frac{\sqrt{3}}{2}) = \boxed{\textbf{(D)}\ \sqrt{3}}", five
  choices. 5 cases (4 False).
- artofproblemsolving.com, 1993 AHSME Problem 17: t = "\tfrac{1}{2}\cdot 1 \cdot \tfrac{1}{\sqrt3} =
  \tfrac{1}{2\sqrt3}", "4q+(8\cdot \tfrac{1}{2\sqrt3}) = 2^2=4", "q = 1 - \tfrac{1}{\sqrt3} =
  \tfrac{\sqrt3 - 1 }{\sqrt3}", "\frac{q}{t} = ... = 2\cdot (\sqrt3 - 1) = \boxed{2\sqrt3-2}",
  "\fbox{A}", five choices. 11 cases (4 False).
- artofproblemsolving.com, 2023 AMC 12A Problem 21 (diff page cur/202578): "P(d(Q, R)>d(R, S)) =
  \frac{120+300}{1320} = \boxed{\textbf{(A) } \frac{7}{22}}", "\binom{12}{3}=220", five choices.
  6 cases (4 False).

Sources of bench/equiv_fresh100_a2.py:

- artofproblemsolving.com, 2021 AMC 10B Problem 18 (diff page 231369/179669): "\frac{3}{6} \cdot
  \frac{2}{5} \cdot \frac{1}{4} = \frac{1}{20}, so the answer is \boxed{\textbf{(C) }\frac{1}{20}}",
  "\frac{3!(3!)}{6!} = \frac{1}{20}", five choices. 6 cases (4 False).
- artofproblemsolving.com, 2020 AMC 10B Problem 18 (diff page 228959/164838): "Our probability is
  thus \frac{1}{5}, and so the answer is \boxed{\textbf{B}}", choices "\frac16 ... \frac12"
  (B printed as "\frac15"). 5 cases (4 False).
- artofproblemsolving.com, 2024 AIME I Problem 10 (diff page 214755/214754; the problem asks for
  m + n where AP = m/n): "\cos(A) = \frac{25+100-81}{2*5*10} = \frac{11}{25}", "\cos(B) =
  \frac{81+25-100}{2*9*5} = \frac{1}{15}", "AD^2 = ... = 100 + \frac{225^2}{22^2} +
  2(10)\frac{225}{22}*\frac{1}{15} = \frac{5^4*13^2}{484}", "AP = AD - DP = \frac{5^2*13}{22} -
  \frac{5^2*9^2}{13*22} = \frac{100}{13} \rightarrow \boxed{113}". 5 cases (1 False).
- primestem.org, "An Interesting Problem from the 2026 ICTM Math Team State Competition" (the
  official key gave 66; "ICTM issued a correction and changed the accepted correct answer to the
  problem to 174"; "V, = 5*12*4=240"; "4+36+3+16+1+6=66"). 3 cases (1 False).
- mathcontest.blogspot.com, label "answer" (UVM Math Contest answers; "Answers to 2007", "Problem
  02: 5/3", "(4√2 + √2)÷(4√2 - √2) = 5√2 ÷ 3√2 =5/3"). 2 cases.

50 cases in all (26 False): 29 here (16 False), 21 in bench/equiv_fresh100_a2.py (10 False).

Left out, by rule: refusals that are only about form when the value is the same (the UVM list's
"Problem 05: \frac{15}{2} - NOT 7.5. "Rational number in lowest terms.""); equalities with a
variable left in them (1983's "AB \cdot \frac{\sqrt{3}}{2}", 1993's "4q + \tfrac{4}{\sqrt3} = 4",
the AIME page's "CD = \frac{\frac{9}{2}}{\cos(A)}" and its AD^2 member with "\cos(B)", "DP*AD =
CD^2", the ICTM page's "12*(5-k)*(4+w)= 480" and "(5-k)*(4+w)=40"); the 2023 AMC 12A page's
"P(12,3) = 1320" (the permutation symbol P(12,3) could be read as the problem's probability P);
boxed letters with no value ("\boxed{\textbf{(C)}}", "\fbox{A}"); single values with no second
form (the AIME page's "AD = \frac{5^2*13}{22}" and "DP = \frac{5^2*9^2}{13*22}", the UVM list's
other answers); the AIME page's earlier problem text ("Find AD", replaced by the m + n statement),
which asks for another quantity; the ICTM page's derivation of 174, which the stored excerpt does
not reach.

Examined and not used: hsquizbowl.org viewtopic t=7652 (Antioch Invitational VI: a moderator
refused "(-3x + 1)^2" for the packet's "(3x - 1)^2" and the poster "probably would've" accepted
it -- the verdict is disputed on the page); pierceschoolbrookline.org and brookline.k12.ma.us
PageID=2095 problems of the week (second answers accepted for another reading of the problem --
Monday / Tuesday, 1 3/4 / 2 1/3 pizzas -- not forms of one value); the Mu Alpha Theta Mystery Test
2012 solutions on ja.scribd.com 100009367 and studylib 7153559 (key changes of answer letters
only); drxumathclub.com category page 5 (integer multiple-choice keys, no second form);
vdocuments.site mathleague.org 11021 key (letter plus value); paperzz.com UKMT Team Maths
Challenge 2015 final booklet (a mixed number lost: "12.5 or 12 12 or"); sciencedocbox.com
Massachusetts Mathematics League answers (only a list of similar documents was stored);
math.naboj.org archive 24 (single answers, digits lost); AoPS wiki pages whose formulas were lost
in the stored text (1964 AHSME Problem 30, 1974 AHSME Problem 20 oldid view, 1988 AHSME Problem
19, 2002 AMC 12P Problem 17, 2013 AIME II Problem 5) or whose excerpt stops before the keyed answer
(2019 AMC 10A Problem 22, 2020 AMC 10A Problem 13, 2020 AMC 12A Problem 24, 2018 AMC 12A Problem
23, 2023 AMC 8 Problem 21, 1988 AHSME Problem 16); pages used by earlier sets (mandelbrot.org
answers FAQ, old.mathleague.com newsletters, maueroats NSML forms, mathcountscentral.com forms,
home.avvanta.com WSMC answer sheets and errata, math.unl.edu node 4755, studyres MATHCOUNTS
errata 15559866 and 15458708, the AoPS 2024 AIME I Answer Key, 2011 AMC 10A Problem 16, 2014 AMC
10A Problem 22, 1956 AHSME Problem 30, 1974 AHSME Problem 19, 1976 AHSME Problem 27, 1978 AHSME
Problem 23, 2022 AMC 10B Problem 16, littleredmath.com); mirrors of AoPS solutions in dataset
viewers (huggingface mirrors of aops / amc answer sets) and generated problem sites
(olympiadhq.com, wiki.randommath.com with its formulas lost, the "mathcounts national sprint
round ((better))" pages).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AOPS = "artofproblemsolving.com"
A74_20 = (
    "https://artofproblemsolving.com/wiki/index.php?title=1974_AHSME_Problems/Problem_20"
    "&diff=56272&oldid=47266"
)
A83_10 = (
    "https://artofproblemsolving.com/wiki/index.php?title=1983_AHSME_Problems/Problem_10"
    "&diff=prev&oldid=103564"
)
A93_17 = "https://artofproblemsolving.com/wiki/index.php/1993_AHSME_Problems/Problem_17"
A23_12A21 = (
    "https://artofproblemsolving.com./wiki/index.php?diff=cur&oldid=202578"
    "&title=2023_AMC_12A_Problems%2FProblem_21"
)
# sources of bench/equiv_fresh100_a2.py
A21_10B18 = (
    "https://artofproblemsolving.com/wiki/index.php?diff=231369&oldid=179669"
    "&title=2021_AMC_10B_Problems%2FProblem_18"
)
A20_10B18 = (
    "https://artofproblemsolving.com./wiki/index.php?diff=228959&oldid=164838"
    "&title=2020_AMC_10B_Problems%2FProblem_18"
)
A24_AIME10 = (
    "https://artofproblemsolving.com./wiki/index.php?diff=214755&oldid=214754"
    "&title=2024_AIME_I_Problems%2FProblem_10"
)
PST = "primestem.org"
PST_ICTM = (
    "https://primestem.org/an-interesting-problem-from-the-2026-ictm-math-team-state-competition/"
)
MCB = "mathcontest.blogspot.com"
MCB_ANS = "http://mathcontest.blogspot.com/search/label/answer"

_T74 = (
    r"\frac{1}{3-\sqrt{8}}-\frac{1}{\sqrt{8}-\sqrt{7}}+\frac{1}{\sqrt{7}-\sqrt{6}}"
    r"-\frac{1}{\sqrt{6}-\sqrt{5}}+\frac{1}{\sqrt{5}-2}"
)
_E74 = (
    r"\frac{1}{(3-\sqrt{8})(\sqrt{8}-\sqrt{7})(\sqrt{7}-\sqrt{6})(\sqrt{6}-\sqrt{5})"
    r"(\sqrt{5}-2)}"
)

CASES = [
    # 1974 AHSME 20 (diff page): T rationalized term by term, T = 5, keyed D (T>2)
    _c(
        AOPS,
        A74_20,
        gold=r"5",
        pred=_T74,
        wrap=True,
        expected=True,
        why="problem 'Let T=...' and solution 'T=(3+\\sqrt{8})-...+(\\sqrt{5}+2)=5'",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"5",
        pred=r"(3+\sqrt{8})-(\sqrt{8}+\sqrt{7})+(\sqrt{7}+\sqrt{6})-(\sqrt{6}+\sqrt{5})+(\sqrt{5}+2)",
        wrap=True,
        expected=True,
        why="'T=(3+\\sqrt{8})-(\\sqrt{8}+\\sqrt{7})+...+(\\sqrt{5}+2)=5'",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"\sqrt{n+1}+\sqrt{n}",
        pred=r"\frac{1}{\sqrt{n+1}-\sqrt{n}}",
        wrap=True,
        expected=True,
        why="'gives us \\frac{1}{\\sqrt{n+1}-\\sqrt{n}}=\\sqrt{n+1}+\\sqrt{n}' (identity in n)",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"T>2",
        pred=r"T<1",
        wrap=True,
        expected=False,
        why="choice (A), unkeyed: 'Hence the answer is \\boxed{\\text{D}}' (D: T>2)",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"T>2",
        pred=r"T=1",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed: 'Hence the answer is \\boxed{\\text{D}}' (D: T>2)",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"T>2",
        pred=r"1<T<2",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed: 'Hence the answer is \\boxed{\\text{D}}' (D: T>2)",
    ),
    _c(
        AOPS,
        A74_20,
        gold=r"5",
        pred=_E74,
        wrap=True,
        expected=False,
        why="choice (E) 'T=\\frac{1}{(3-\\sqrt{8})...(\\sqrt{5}-2)}', unkeyed; the page has T=5",
    ),
    # 1983 AHSME 10 (diff page): AE = (2 \cdot 1)(\sqrt{3}/2) = \sqrt{3}, keyed D
    _c(
        AOPS,
        A83_10,
        gold=r"\sqrt{3}",
        pred=r"(2 \cdot 1) (\frac{\sqrt{3}}{2})",
        wrap=True,
        expected=True,
        why="'AE = AB \\cdot \\frac{\\sqrt{3}}{2} = (2 \\cdot 1) (\\frac{\\sqrt{3}}{2}) = \\boxed{\\textbf{(D)}\\ \\sqrt{3}}'",
    ),
    _c(
        AOPS,
        A83_10,
        gold=r"\sqrt{3}",
        pred=r"\frac{3}{2}",
        wrap=True,
        expected=False,
        why="choice (A), unkeyed: boxed '\\textbf{(D)}\\ \\sqrt{3}'",
    ),
    _c(
        AOPS,
        A83_10,
        gold=r"\sqrt{3}",
        pred=r"\frac{5}{3}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed: boxed '\\textbf{(D)}\\ \\sqrt{3}'",
    ),
    _c(
        AOPS,
        A83_10,
        gold=r"\sqrt{3}",
        pred=r"\frac{\sqrt 3}{2}",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed: boxed '\\textbf{(D)}\\ \\sqrt{3}'",
    ),
    _c(
        AOPS,
        A83_10,
        gold=r"\sqrt{3}",
        pred=r"\frac{2+\sqrt 3}{2}",
        wrap=True,
        expected=False,
        why="choice (E), unkeyed: boxed '\\textbf{(D)}\\ \\sqrt{3}'",
    ),
    # 1993 AHSME 17: t = 1/(2\sqrt3), q = (\sqrt3-1)/\sqrt3, q/t = 2\sqrt3-2, keyed A
    _c(
        AOPS,
        A93_17,
        gold=r"\tfrac{1}{2\sqrt3}",
        pred=r"\tfrac{1}{2}\cdot 1 \cdot \tfrac{1}{\sqrt3}",
        wrap=True,
        expected=True,
        why="'t = \\tfrac{1}{2}\\cdot b \\cdot h = \\tfrac{1}{2}\\cdot 1 \\cdot \\tfrac{1}{\\sqrt3} = \\tfrac{1}{2\\sqrt3}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"\tfrac{4}{\sqrt3}",
        pred=r"8\cdot \tfrac{1}{2\sqrt3}",
        wrap=True,
        expected=True,
        why="'4q+(8\\cdot \\tfrac{1}{2\\sqrt3}) = 2^2=4' rewritten on the next line '4q + \\tfrac{4}{\\sqrt3} = 4'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"4",
        pred=r"2^2",
        wrap=True,
        expected=True,
        why="'4q+(8\\cdot \\tfrac{1}{2\\sqrt3}) = 2^2=4'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"\tfrac{\sqrt3 - 1 }{\sqrt3}",
        pred=r"1 - \tfrac{1}{\sqrt3}",
        wrap=True,
        expected=True,
        why="'q = 1 - \\tfrac{1}{\\sqrt3} = \\tfrac{\\sqrt3 - 1 }{\\sqrt3}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"\frac{\tfrac{\sqrt3 - 1 }{\sqrt3}}{\tfrac{1}{2\sqrt3}}",
        wrap=True,
        expected=True,
        why="'\\frac{q}{t} = \\frac{...}{...} = 2\\cdot (\\sqrt3 - 1) = \\boxed{2\\sqrt3-2}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"2\cdot (\sqrt3 - 1)",
        wrap=True,
        expected=True,
        why="'\\frac{q}{t} = ... = 2\\cdot (\\sqrt3 - 1) = \\boxed{2\\sqrt3-2}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"2\sqrt{3}-2",
        wrap=True,
        expected=True,
        why="choice '\\text{(A) } 2\\sqrt{3}-2', keyed '\\fbox{A}' after '\\boxed{2\\sqrt3-2}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"\frac{3}{2}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed: '\\boxed{2\\sqrt3-2}', '\\fbox{A}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"\frac{\sqrt{5}+1}{2}",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed: '\\boxed{2\\sqrt3-2}', '\\fbox{A}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"\sqrt{3}",
        wrap=True,
        expected=False,
        why="choice (D), unkeyed: '\\boxed{2\\sqrt3-2}', '\\fbox{A}'",
    ),
    _c(
        AOPS,
        A93_17,
        gold=r"2\sqrt3-2",
        pred=r"2",
        wrap=True,
        expected=False,
        why="choice (E), unkeyed: '\\boxed{2\\sqrt3-2}', '\\fbox{A}'",
    ),
    # 2023 AMC 12A 21 (diff page): probability (120+300)/1320 = 7/22, keyed A
    _c(
        AOPS,
        A23_12A21,
        gold=r"\frac{7}{22}",
        pred=r"\frac{120+300}{1320}",
        wrap=True,
        expected=True,
        why="'P(d(Q, R)>d(R, S)) = \\frac{120+300}{1320} = \\boxed{\\textbf{(A) } \\frac{7}{22}}'",
    ),
    _c(
        AOPS,
        A23_12A21,
        gold=r"220",
        pred=r"\binom{12}{3}",
        wrap=True,
        expected=True,
        why="Solution 2: 'In total, there are \\binom{12}{3}=220 ways to select the points'",
    ),
    _c(
        AOPS,
        A23_12A21,
        gold=r"\frac{7}{22}",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=False,
        why="choice (B), unkeyed: '\\boxed{\\textbf{(A) } \\frac{7}{22}}'",
    ),
    _c(
        AOPS,
        A23_12A21,
        gold=r"\frac{7}{22}",
        pred=r"\frac{3}{8}",
        wrap=True,
        expected=False,
        why="choice (C), unkeyed: '\\boxed{\\textbf{(A) } \\frac{7}{22}}'",
    ),
    _c(
        AOPS,
        A23_12A21,
        gold=r"\frac{7}{22}",
        pred=r"\frac{5}{12}",
        wrap=True,
        expected=False,
        why="choice (D), unkeyed: '\\boxed{\\textbf{(A) } \\frac{7}{22}}'",
    ),
    _c(
        AOPS,
        A23_12A21,
        gold=r"\frac{7}{22}",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=False,
        why="choice (E), unkeyed; Solution 2: '\\frac{1}{2} is impossible'",
    ),
]

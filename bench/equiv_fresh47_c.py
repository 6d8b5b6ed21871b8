r"""A forty-seventh fresh set of answer-equivalence cases (evaluation only; helper "c": answer-form
rules of school and regional mathematics competitions -- math bowl, written-test and
number-sense rules that show accepted and refused answers, an online contest's formatting rules,
a state olympiad's errata page and a number-puzzle contest's sample of acceptable responses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, fresh45_claims, fresh46_claims and fresh47_claims; no earlier set cites
math.utk.edu, inside.nku.edu, mathleague.org/estests.php, tvazzana.sites.truman.edu, the
OldAoPSMemorialContest document, home.avvanta.com's wsmch_errata page or kaidy.com). Each case
gives the reference answer (``gold``: the key's or the rule's correct answer), the prediction
(``pred``: the other form, a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) that the page states. ``repo`` is the domain the stored copy came
from and ``where`` is the full URL. There is no commit; every source is a web page with no
licence file. Do not tune the judge on these cases.

Transcription: only what the stored copy shows (the page's opening text as the search tool
returns it). The math-bowl page sets its fractions with superscript and subscript digits around a
fraction slash (``^{5}⁄_{3}``, ``1^{2}⁄_{3}``); these are written ``5/3`` and ``1 2/3``. The
kaidy.com responses use ``x``, ``*``, ``/`` and ``÷`` as the page prints them, and keep the
page's ``= 26`` where a response was written with it. Where a page refuses a form whose value
equals the key's, the refusal is a format policy and is left out (see below).

Sources (domain, URL, what is settled, licence):

- www.math.utk.edu, http://www.math.utk.edu/MathContest/mathbowl/rules.html (University of
  Tennessee Math Bowl, "Rules for Math Bowl Answers": 5/3 or 1 2/3 acceptable, 1.6666 not;
  probabilities 1/5 or 1:5 acceptable). 3 cases. Web page, no licence file.
- inside.nku.edu, https://inside.nku.edu/artsci/departments/math/competitions/obryan/rules/individual.html
  (NKU O'Bryan competition, definition of "simplified": 2*SQRT(2) is correct, 2.828 is not).
  1 case. Web page, no licence file.
- mathleague.org, http://mathleague.org/estests.php (elementary contests: units are disregarded,
  so for a correct answer of 42 inches "42", "42 inches" and "42 pigeons" are marked correct
  and "3.5" incorrect). 3 cases (the key's own "42 inches" is the gold). Web page, no licence
  file.
- tvazzana.sites.truman.edu, https://tvazzana.sites.truman.edu/mctm-contest-rules-and-procedures
  (MCTM contest rules: "0.33 is not equivalent to 1/3 and would be counted incorrect if the
  answer were 1/3"). 1 case. Web page, no licence file.
- clevelandohioweatherforecast.com (a proxy copy of a Scribd document),
  https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F578802346%2FOldAoPSMemorialContest
  (Old AoPS Memorial Contest rules, answer formatting: ".56 is acceptable for 0.56"). 1 case.
  Web page, no licence file.
- home.avvanta.com, http://home.avvanta.com/~math/wsmc/wsmch_errata.html (Washington State Math
  Olympiad errata: 2013 grade 5 algebra 2, "Given answer is 7:51 am. Correct answer is 7:45 am";
  2016 grade 5 probability 4, "The given answer is 1/3 ... giving a probability of 3/10"). 2
  cases. Web page, no licence file.
- www.kaidy.com, http://www.kaidy.com/ContestSample.htm (a number-puzzle contest's sample:
  responses that reach the target 26 from 9, 4 and 2 -- "(9+4) x 2=26 or (9+4) x 2",
  "2 * (9+4) = 26 or 2 x (9 + 4) = 26" acceptable, "9 + 4 x 2 = 26" incorrect because
  9+4x2=17; with division, target 11: 4/2 + 9 and 4 ÷ 2 + 9, target 18: 9 x 4 / 2). 8 cases.
  Web page, no licence file.

Left out, by rule: refusals of a form whose value equals the key's (format policies, not about
the final answer's value): the math-bowl page's 10/6 and "1.6 repeating" for 5/3 and 3:15 and
20% for 1/5; NKU's SQRT(8) and SQRT(32) / 2 for 2*SQRT(2); mathleague's "3.5 feet" and "3 feet
6 inches" for 42 inches; kaidy.com's refusals for how the working is written -- "2 (9 + 4) = 26"
(implied multiplication), "9 + 4 = 13 x 2 = 26" (a false chain of equalities), "4 x 2 = 8 8 + 9 =
17 17 + 9 = 26" (a number used twice), "3^2 + 1= 10" (an exponent) -- and its accepted two-line
series "9 + 4 = 13 / 13 x 2 = 26" (not a single answer). Lost formulas: the math-bowl rules 2
and 3 (the roots are lost or garbled in both stored copies: "2/√2 is acceptable, but √8 is not"),
kaidy.com's middle target-11 form and first target-18 form (fractions set as images). Errata
rows with no stated key answer to compare (2009 grade 5 probability 1, 2010 grade 5 algebra 5)
or that correct a problem statement (2015) or a missing test (2017).

Examined and not used: the ICTM "Valid Answers" page on docstoc (fractions set as two lines, and
examined by an earlier set); holbrook.bergen.org rules (only 2/4 refused for 1/2, a same-value
format policy); lamao.org ciphering rules (the example's root is garbled to "2v3"); thinkquest
quiz rules, westga.edu ciphering rules, sites.duke.edu math meet rules, skoljka.org rules (form
rules with no compared pair); web.mit.edu HMMT rules (the stored opening stops before its
grading section); old.mathleague.com report9798_4 (everyone given credit on two ambiguous
problems, no verdict between forms) and the Math League News pages (no answer rulings in the
stored openings); pinkmonkey SAT directions (the one-half character lost); mandelbrot.org and
maueroats NSML (claimed by an earlier round; nsml.org repeats the same NSML rules); the WSMC and
Highline answer keys on home.avvanta.com and home.blarg.net (claimed by an earlier round);
Art of Problem Solving wiki and community pages (no answer-form verdict in the stored openings);
huggingface.co dataset pages (rewritten text); "mathcounts national sprint round" pages on bare
IP hosts (machine-written spam).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_UTK = "www.math.utk.edu"
R_UTK_AT = "http://www.math.utk.edu/MathContest/mathbowl/rules.html"
R_NKU = "inside.nku.edu"
R_NKU_AT = (
    "https://inside.nku.edu/artsci/departments/math/competitions/obryan/rules/individual.html"
)
R_ML = "mathleague.org"
R_ML_AT = "http://mathleague.org/estests.php"
R_MCTM = "tvazzana.sites.truman.edu"
R_MCTM_AT = "https://tvazzana.sites.truman.edu/mctm-contest-rules-and-procedures"
R_AOPSMC = "clevelandohioweatherforecast.com"
R_AOPSMC_AT = (
    "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com"
    "%2Fdocument%2F578802346%2FOldAoPSMemorialContest"
)
R_WSMC = "home.avvanta.com"
R_WSMC_AT = "http://home.avvanta.com/~math/wsmc/wsmch_errata.html"
R_KAIDY = "www.kaidy.com"
R_KAIDY_AT = "http://www.kaidy.com/ContestSample.htm"

CASES = [
    # UT Math Bowl answer rules: rule 1 (fractions) and rule 4 (probabilities).
    _c(
        R_UTK,
        R_UTK_AT,
        gold=r"5/3",
        pred=r"1 2/3",
        wrap=True,
        expected=True,
        why="rule 1: (5/3 or 1 2/3) are acceptable",
    ),
    _c(
        R_UTK,
        R_UTK_AT,
        gold=r"5/3",
        pred=r"1.6666",
        wrap=True,
        expected=False,
        why="rule 1: 1.6666 is not acceptable (a truncated decimal)",
    ),
    _c(
        R_UTK,
        R_UTK_AT,
        gold=r"\frac{1}{5}",
        pred=r"1:5",
        wrap=True,
        expected=True,
        why="rule 4: probabilities ($\\frac{1}{5}$ or 1:5) are acceptable",
    ),
    # NKU O'Bryan individual competition, definition of "simplified".
    _c(
        R_NKU,
        R_NKU_AT,
        gold=r"2*SQRT(2)",
        pred=r"2.828",
        wrap=True,
        expected=False,
        why="radicals: 2*SQRT(2) is correct, while ... 2.828 ... [is] not",
    ),
    # mathleague.org elementary tests: units are disregarded during grading.
    _c(
        R_ML,
        R_ML_AT,
        gold=r"42 inches",
        pred=r"42",
        wrap=True,
        expected=True,
        why='correct answer 42 inches: "42" will be marked correct',
    ),
    _c(
        R_ML,
        R_ML_AT,
        gold=r"42 inches",
        pred=r"42 pigeons",
        wrap=True,
        expected=True,
        why='correct answer 42 inches: "42 pigeons" will be marked correct (units disregarded)',
    ),
    _c(
        R_ML,
        R_ML_AT,
        gold=r"42 inches",
        pred=r"3.5",
        wrap=True,
        expected=False,
        why='correct answer 42 inches: "3.5" will be marked incorrect',
    ),
    # MCTM contest rules (mathleague.org contests in Missouri).
    _c(
        R_MCTM,
        R_MCTM_AT,
        gold=r"1/3",
        pred=r"0.33",
        wrap=True,
        expected=False,
        why="0.33 is not equivalent to 1/3 and would be counted incorrect",
    ),
    # Old AoPS Memorial Contest, answer formatting rule 11.
    _c(
        R_AOPSMC,
        R_AOPSMC_AT,
        gold=r"0.56",
        pred=r".56",
        wrap=True,
        expected=True,
        why="rule 11: you may omit the beginning zero, so .56 is acceptable for 0.56",
    ),
    # Washington State Math Olympiad errata: the key's given answer against the correct one.
    _c(
        R_WSMC,
        R_WSMC_AT,
        gold=r"7:45 am",
        pred=r"7:51 am",
        wrap=True,
        expected=False,
        why="2013 grade 5 algebra 2: given answer 7:51 am is incorrect, correct answer 7:45 am",
    ),
    _c(
        R_WSMC,
        R_WSMC_AT,
        gold=r"3/10",
        pred=r"1/3",
        wrap=True,
        expected=False,
        why="2016 grade 5 probability 4: given answer 1/3 is incorrect, probability is 3/10",
    ),
    # kaidy.com contest sample: responses whose value must be the target number.
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"26",
        pred=r"(9+4) x 2=26",
        wrap=True,
        expected=True,
        why="acceptable responses, target 26: (9+4) x 2=26",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"26",
        pred=r"(9+4) x 2",
        wrap=True,
        expected=True,
        why="acceptable responses, target 26: ... or (9+4) x 2 (the '=' and target not required)",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"26",
        pred=r"2 * (9+4) = 26",
        wrap=True,
        expected=True,
        why="acceptable: multiplication indicated with a star",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"26",
        pred=r"2 x (9 + 4) = 26",
        wrap=True,
        expected=True,
        why="acceptable: multiplication indicated with an x",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"26",
        pred=r"9 + 4 x 2 = 26",
        wrap=True,
        expected=False,
        why="unacceptable: by order of operations 9+4x2=17, not 26",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"11",
        pred=r"4/2 + 9",
        wrap=True,
        expected=True,
        why="acceptable solutions with division, target 11: 4/2 + 9",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"11",
        pred=r"4 ÷ 2 + 9",
        wrap=True,
        expected=True,
        why="acceptable solutions with division, target 11: 4 ÷ 2 + 9",
    ),
    _c(
        R_KAIDY,
        R_KAIDY_AT,
        gold=r"18",
        pred=r"9 x 4 / 2",
        wrap=True,
        expected=True,
        why="acceptable solutions with division, target 18: 9 x 4 / 2",
    ),
]

r"""A fifty-seventh fresh set of answer-equivalence cases (evaluation only; helper "e": algebra and
precalculus answers where a person settles whether a student's form equals the book's or the
answer key's -- factored forms, logarithm forms (ln vs log, log laws), radicals and rational
exponents; both "yes, the same" and "no, not equal" verdicts).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/fresh_runs/; each page was claimed in /work/wt/fresh57_claims before use). Each case
gives the reference answer (``gold``), the prediction (``pred``: a form the page says is the same
answer, or a form the page says is wrong; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (plain-text forms such as
``3ln(e - 1)`` and ``3 * 2^(1/3)`` kept as typed, LaTeX kept as LaTeX, including the page's own
``{\ln(7)\over2\ln(2)} + 4`` and ``\log_47``); only the ``x =`` left side of a solved equation is
dropped. The gold is the form the page settles as right (the book's or key's answer, or, where a
helper shows the book or checker wrong, the form the helpers confirm); the positives are forms a
helper or the key states equal to it, the negatives forms a helper states are wrong.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mail.neogaf.com thread 38299 "Help me with this math problem" (write 3ln(e^2 - e) - 3 as a
  single logarithm: the asker's "2lne - 3" against the given "correct answer: 3ln(e - 1)";
  reply: "I believe your first step is wrong" and derives 3 ln (e - 1)). 1 case (False).
- mathhelpforum.com algebra thread 199752 "factor expression" (factor (a2+2a)2-2(a2+2a)-3; the
  asker's "(a+1)(a+1)(a-1)(a+3)" was marked wrong by his source, whose "correct
  (a+2)(a-2)(a+1)(a-1)" he then posts; two helpers: "this looks correct", "combine the two
  factors of a+1: ... =(a+1)^2(a-1)(a+3)", and of the source's form "No, that is incorrect. You
  can verify this by substituting values for a"). 2 cases (1 False).
- flyingcoloursmaths.co.uk "Ask Uncle Colin: How did they get ln(50)?" (the reader's
  -ln(0.02)/0.03 against the book's 100 ln(50)/3; the answer shows -ln(0.02) = ln(50) and
  1/0.03 = 100/3). 1 case.
- math.techqa.club mirror of Mathematics Stack Exchange question 3363106 "Is ln (natural log)
  and log the same thing if used in this answer?" (4^{x-4} = 7: the asker's log(7)/(2log(2)) + 4
  against the actual answer ln(7)/(2ln(2)) + 4; answers: "You can use any logarithm you want",
  "Either is fine", and a derivation ending x = 4 + log_4 7, "it does not matter which base of
  logarithm you use"). 2 cases.
- vhcc2.vhcc.edu Mth 158 "Assignment 8 R8" (a student's submission with the course's Given
  Solutions: R.8.12 "= 3 * 2^(1/3), i.e., 3 * cube root of 2."; R.8.18 "1 / (3 * x) = 1 /
  (3x)."). 2 cases.

8 cases in all (2 False).

Left out, by rule: forms whose exponents the stored text lost (mathhelpforum 199752 helper's
"(a2+2a+1) = (a+1)(a+1)"; the r/MathHelp thread 1lgwmht on redlib mirrors, "-3c2 +14c -16" and
the asker's "-3c2 - 26c + 34" against the book's (3c-8)(-c+2); r/askmath 1n7432t "20-7x2" vs
"7x2-20", already used by bench/equiv_fresh44_a.py besides); the vhcc student's own "1 / 3x",
whose "OK" is the student's self-critique, not a grader's verdict; steps of working rather than
answers; mathhelpforum pre-calculus 163915 (book's log3(2) for "log3(4)^2 + 3 log3(2)"; the
helper thinks the question was misprinted, so which answer is right is not settled; claimed, not
used); imathworks.com copy of the same Stack Exchange question 3363106 (claimed; the
math.techqa.club copy was used instead, as it keeps the second answer).

Examined and not used: talkabouteducation.com alt.algebra.help 64964/64970 (CSET book answer
-3sqrt(2) -9sqrt(3) -3sqrt(6) - 12; already used by bench/equiv_fresh44_a.py); the Mobius log
thread r/learnmath 1nn9i21 and r/askmath 19cblzg and 103782j on reddit mirrors,
pc40s.blogspot.com (ln vs log), improveyourmathfluency.com (1/sqrt(2) vs sqrt(2)/2), the
mathhelpforum threads 206669, 198626, 129229 and 220878 (all used by earlier sets);
thestudentroom.co.uk 3046653 (surds written "r3/2", "3/2r2": the "r" notation and lost symbols
leave the student's forms ambiguous); mathhelpforum 19890, 177357, 172268 and 43888 (the
compared forms were images, lost); physicsforums 812882 and 8930 (the student's form lost, or
no second form); studyquestionhub.com, vaia.com, edu.com, gauthmath.com, mathix.co and
huggingface "Nemotron-CC-Math" rewrites of WeBWorK forum threads (AI-generated or rewritten text);
algebra.com and jiskha.com (excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

NG = "mail.neogaf.com"
NG_38299 = "http://mail.neogaf.com/threads/help-me-with-this-math-problem.38299"
MHF = "mathhelpforum.com"
MHF_199752 = "http://mathhelpforum.com/algebra/199752-factor-expression.html"
FCM = "flyingcoloursmaths.co.uk"
FCM_LN50 = "https://flyingcoloursmaths.co.uk/ask-uncle-colin-get-ln50"
TQ = "math.techqa.club"
TQ_3363106 = "https://math.techqa.club/is-ln-natural-log-and-log-the-same-thing-if-used-in-this-answer-3363106"
VH = "vhcc2.vhcc.edu"
VH_R8 = (
    "https://vhcc2.vhcc.edu/dsmith/geninfo/labrynth_created_fall_05/levl1_14/levl2_21/"
    "02-20-2013_____Assignment_8_R8.htm"
)

CASES = [
    # neogaf 38299: single logarithm; the asker's answer refused
    _c(
        NG,
        NG_38299,
        gold=r"3ln(e - 1)",
        pred=r"2lne - 3",
        wrap=True,
        expected=False,
        why="'Here's the correct answer: 3ln(e - 1)'; reply: 'I believe your first step is wrong'",
    ),
    # mathhelpforum 199752: factorisation; helpers confirm the asker's form, refuse the source's
    _c(
        MHF,
        MHF_199752,
        gold=r"(a+1)(a+1)(a-1)(a+3)",
        pred=r"(a+1)^2(a-1)(a+3)",
        wrap=True,
        expected=True,
        why="'this looks correct ... combine the two factors of a+1: ... =(a+1)^2(a-1)(a+3)'",
    ),
    _c(
        MHF,
        MHF_199752,
        gold=r"(a+1)(a+1)(a-1)(a+3)",
        pred=r"(a+2)(a-2)(a+1)(a-1)",
        wrap=True,
        expected=False,
        why="of 'correct (a+2)(a-2)(a+1)(a-1)': 'No, that is incorrect. You can verify this by "
        "substituting values'",
    ),
    # flyingcoloursmaths: reader's form vs the book's
    _c(
        FCM,
        FCM_LN50,
        gold=r"\frac{100\ln(50)}{3}",
        pred=r"-\frac{\ln(0.02)}{0.03}",
        wrap=True,
        expected=True,
        why="'They have 100ln(50)/3 ... What you need here are the log laws (to show that "
        "-ln(0.02)=ln(50)' and 1/0.03 = 100/3",
    ),
    # math.techqa.club (Stack Exchange 3363106): ln vs log in the solution of 4^{x-4} = 7
    _c(
        TQ,
        TQ_3363106,
        gold=r"{\ln(7)\over2\ln(2)} + 4",
        pred=r"{\log(7)\over 2\log(2)} + 4",
        wrap=True,
        expected=True,
        why="'Answer I got, using log, was ... but the actual answer was ...'; best answer: "
        "'You can use any logarithm you want.'",
    ),
    _c(
        TQ,
        TQ_3363106,
        gold=r"{\ln(7)\over2\ln(2)} + 4",
        pred=r"4+\log_47",
        wrap=True,
        expected=True,
        why="second answer: 'x&=4+\\log_47 ... it does not matter which base of logarithm you use'",
    ),
    # vhcc Mth 158 Assignment 8 R8: the course's Given Solutions
    _c(
        VH,
        VH_R8,
        gold=r"3 * 2^(1/3)",
        pred=r"3 * cube root of 2",
        wrap=True,
        expected=True,
        why="R.8.12 Given Solution: '= 3 * 2^(1/3), i.e., 3 * cube root of 2.'",
    ),
    _c(
        VH,
        VH_R8,
        gold=r"1 / (3x)",
        pred=r"1 / (3 * x)",
        wrap=True,
        expected=True,
        why="R.8.18 Given Solution: '1 / (3 * x) = 1 / (3x).'",
    ),
]

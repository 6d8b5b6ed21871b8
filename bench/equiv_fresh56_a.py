r"""A fifty-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": probability
answers in teachers' answer keys, worked-solution keys and mark schemes published as web pages,
where the key lists one probability in several forms -- unreduced and reduced fractions,
decimals (some rounded by the key itself), percents, "1 in 20" / "9 out of 20" wordings).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and checked against /work/wt/fresh2*_claims ... fresh55_claims; each
page was claimed in /work/wt/fresh56_claims before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: a form the page lists as the same answer; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy (for proxy copies of scribd documents, the proxy's domain) and ``where`` its full URL.
There is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (``%`` kept as written; ``0.06``
kept with its leading zero). Only the answer is transcribed; the ``P(...) =`` left side is dropped.
Conventions: a key line "A or B or C or D" (jeopardylabs answer keys) lists equal accepted forms;
the first listed form is the gold and each further form a positive, including the key's own
rounded decimals and percents ("2/36 or 1/18 or 0.06 or 6%": the teacher accepts 0.06 for 1/18).
A chain "A = B = C" in a key's answer line gives equal forms, the first the gold. In the worked
solution key (fanyv88 739064045) the fraction of each chain was stacked over two lines by the text
conversion and is not used; the gold there is the key's decimal and the positives are the other
legible forms of the same chain. All 30 cases are True: none of the usable pages refuses a form in
legible text.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- jeopardylabs.com "g7-chapter-9-mathardy" (a grade-7 teacher's Jeopardy review, chapter 9
  probability; answer key lines "0 or 0%", "1/2 or 3/6 or 0.5 or 50%", "2/36 or 1/18 or 0.06 or
  6%", "1/3 or 2/6 or 0.33 or 33%", "3/36 or 1/12 or 0.08 or 8%", "4/8 or 1/2 or 0.5 or 50%").
  16 cases.
- jeopardylabs.com "2022-10-20-269" (probability review: "0 and 1 Or 0% and 100%" for the range of
  a probability; "4/6 or 2/3 or 0.667" for rolling less than 5; "4/6 or 0.667" for "face card or a
  heart" -- the key's value is wrong for that question (22/52), but the two forms it lists are the
  same number and are kept as the key's statement that they are one answer). 4 cases.
- jeopardylabs.com "test-1-review-1194" (P(blue) "5/10 = 1/2 = 50%"). 2 cases.
- jeopardylabs.com "ilearn-summative-g7" (print view; "P(orange) = 1/5 or 20%"). 1 case.
- scribd.com 723148918 "Probability MS" (Edexcel AS Paper 2 probability markscheme, Q1(a)(i):
  "A1 for [1/4] or 0.25 or exact equivalent (allow 25%)"; the fraction is stacked, so only the
  legible pair 0.25 / 25% is used). 1 case.
- fanyv88.com proxy copy of scribd 739064045 "Probability problems SOLUTIONS" (worked solution key:
  Q1(a) "P(the number 6) = 1 in 20 ... = 0.05 = 5%"; Q1(b) "P(multiple of 3) = 6 in 20 or 3 in 10
  ... = 0.3 = 30%"). 5 cases.
- mdk12.org Maryland MSA grade 6 sample item msa_math_6_026 (Objective "express the experimental
  probability as a fraction, a decimal, or a percent"; the official sample correct response: "So
  the probability is 9 out of 20, or 45%."; the Step A answer itself is an image, lost). 1 case.

30 cases in all (0 False).

Left out, by rule: forms marked by the key as approximations rather than listed as accepted
answers (test-1-review-1194 "1/6 ≈ 0.167 (about 16.7%)"); working equated with its value rather
than alternative answers ("(0.31) (0.31) (0.31) = 0.030", "(2)(2)(2)(2)(2)(2) = 64",
"523/1000 = 52.3%" inside a yes/no answer); answers given in one form only ("2/3", "1/100",
"99/100", "0.06", "0.7", "0.4", mdk12 "0.6" of msa_math_6_023, whose item demands a decimal, so
its "six out of ten" is a format policy); forms whose fraction or repeater sign the stored text
lost or stacked (scribd 723148918 "1/4" and Q1(a)(ii) "1/6"; fanyv88 739064045 "14/45",
"0.31" with its lost repeater dot, "31 1/9 % or 31.1%", "4/24 or 1/6 = 0.16 = 16.6%"; mdk12
msa_math_4_016 "3 out of 6 or [lost]").

Examined and not used: anonyproxies.com proxy copy of scribd 751337913 (College Board SAT
question-bank rationales; the only legible key in the excerpt, "5/7, .7142, .7143, and 0.714",
lists truncated/rounded grid-in entries only, which bench/equiv_fresh26_b.py ruled out, claimed
then dropped); scribd 672852156 (already used by bench/equiv_fresh55_e.py); Cambridge and Edexcel
GCSE probability mark schemes on codestin.com / fanyv88.com / rt.http3.lol proxies (scribd 893278371,
854626496, 719251731, 819918153, 901504672: every fraction lost, only "oe" left); pdfslide.org
"AGC # 1. Markscheme" (IB Studies; the "(0.75, 75%)" lines sit beside stacked fractions and
percent signs moved by the conversion); a.simonm.io, algebra.com, jiskha.com (heavily used, per
the brief); AI-generated solution and revision pages (questionai.com, mathix.co, smartsolve.ai,
edu.com, topmygrade.aartiq.com, masterymind.co.uk, public-textbooks.pages.dev, the
"probability--26--26033313" spam mirrors); a student's class blog (816math.blogspot.com, whose own
"2/36 = 1/24" shows it is not a settled key).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

JL = "jeopardylabs.com"
JL_G7 = "https://jeopardylabs.com/play/g7-chapter-9-mathardy"
JL_269 = "https://jeopardylabs.com/play/2022-10-20-269"
JL_1194 = "https://jeopardylabs.com/play/test-1-review-1194?embed=1"
JL_IL = "https://jeopardylabs.com/print/ilearn-summative-g7"
SC = "scribd.com"
SC_723 = "https://scribd.com/document/723148918/Probability-MS"
FV = "fanyv88.com"
FV_739 = (
    "https://fanyv88.com:443/https/www.scribd.com/document/739064045/Probability-problems-SOLUTIONS"
)
MD = "mdk12.org"
MD_626 = "http://mdk12.org/instruction/sampitems/mathematics/grade6/msa_math_6_026.html"

CASES = [
    # jeopardylabs g7-chapter-9-mathardy: each answer line "A or B or C or D"
    _c(
        JL,
        JL_G7,
        gold=r"0",
        pred=r"0%",
        wrap=True,
        expected=True,
        why="answer line '0 or 0%' (its question is above the excerpt)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/2",
        pred=r"3/6",
        wrap=True,
        expected=True,
        why="number cube, P(even): '1/2 or 3/6 or 0.5 or 50%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="number cube, P(even): '1/2 or 3/6 or 0.5 or 50%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/2",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="number cube, P(even): '1/2 or 3/6 or 0.5 or 50%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"2/36",
        pred=r"1/18",
        wrap=True,
        expected=True,
        why="spinner twice, P(M and P in any order): '2/36 or 1/18 or 0.06 or 6%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"2/36",
        pred=r"0.06",
        wrap=True,
        expected=True,
        why="spinner twice, P(M and P): '2/36 or 1/18 or 0.06 or 6%' (key's rounded decimal)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"2/36",
        pred=r"6%",
        wrap=True,
        expected=True,
        why="spinner twice, P(M and P): '2/36 or 1/18 or 0.06 or 6%' (key's rounded percent)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/3",
        pred=r"2/6",
        wrap=True,
        expected=True,
        why="number cube, P(multiple of 3): '1/3 or 2/6 or 0.33 or 33%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/3",
        pred=r"0.33",
        wrap=True,
        expected=True,
        why="number cube, P(multiple of 3): '1/3 or 2/6 or 0.33 or 33%' (key's rounded decimal)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"1/3",
        pred=r"33%",
        wrap=True,
        expected=True,
        why="number cube, P(multiple of 3): '1/3 or 2/6 or 0.33 or 33%' (key's rounded percent)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"3/36",
        pred=r"1/12",
        wrap=True,
        expected=True,
        why="pair of dice, P(product 4): '3/36 or 1/12 or 0.08 or 8%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"3/36",
        pred=r"0.08",
        wrap=True,
        expected=True,
        why="pair of dice, P(product 4): '3/36 or 1/12 or 0.08 or 8%' (key's rounded decimal)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"3/36",
        pred=r"8%",
        wrap=True,
        expected=True,
        why="pair of dice, P(product 4): '3/36 or 1/12 or 0.08 or 8%' (key's rounded percent)",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"4/8",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="E-I-N-S-T-E-I-N, P(vowel): '4/8 or 1/2 or 0.5 or 50%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"4/8",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="E-I-N-S-T-E-I-N, P(vowel): '4/8 or 1/2 or 0.5 or 50%'",
    ),
    _c(
        JL,
        JL_G7,
        gold=r"4/8",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="E-I-N-S-T-E-I-N, P(vowel): '4/8 or 1/2 or 0.5 or 50%'",
    ),
    # jeopardylabs 2022-10-20-269
    _c(
        JL,
        JL_269,
        gold=r"0 and 1",
        pred=r"0% and 100%",
        wrap=True,
        expected=True,
        why="'The probability of an event is between what two values?': '0 and 1 Or 0% and 100%'",
    ),
    _c(
        JL,
        JL_269,
        gold=r"4/6",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why="6-sided die, P(less than 5): '4/6 or 2/3 or 0.667'",
    ),
    _c(
        JL,
        JL_269,
        gold=r"4/6",
        pred=r"0.667",
        wrap=True,
        expected=True,
        why="6-sided die, P(less than 5): '4/6 or 2/3 or 0.667' (key's rounded decimal)",
    ),
    _c(
        JL,
        JL_269,
        gold=r"4/6",
        pred=r"0.667",
        wrap=True,
        expected=True,
        why="face card or a heart (300): key '4/6 or 0.667' (value wrong for the question; the "
        "two listed forms are one answer)",
    ),
    # jeopardylabs test-1-review-1194: answer chain
    _c(
        JL,
        JL_1194,
        gold=r"5/10",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="3 red, 5 blue, 2 green marbles, P(blue): '5/10 = 1/2 = 50%'",
    ),
    _c(
        JL,
        JL_1194,
        gold=r"5/10",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="3 red, 5 blue, 2 green marbles, P(blue): '5/10 = 1/2 = 50%'",
    ),
    # jeopardylabs ilearn-summative-g7
    _c(
        JL,
        JL_IL,
        gold=r"1/5",
        pred=r"20%",
        wrap=True,
        expected=True,
        why="5 marbles, P(orange): 'P(orange) = 1/5 or 20%'",
    ),
    # scribd 723148918 Edexcel AS probability markscheme
    _c(
        SC,
        SC_723,
        gold=r"0.25",
        pred=r"25%",
        wrap=True,
        expected=True,
        why="Q1(a)(i) notes: 'A1 for [1/4] or 0.25 or exact equivalent (allow 25%)'",
    ),
    # fanyv88 proxy of scribd 739064045: worked solution key chains
    _c(
        FV,
        FV_739,
        gold=r"0.05",
        pred=r"1 in 20",
        wrap=True,
        expected=True,
        why="Q1(a) P(the number 6) = 1 in 20 ... = 0.05 = 5%",
    ),
    _c(
        FV,
        FV_739,
        gold=r"0.05",
        pred=r"5%",
        wrap=True,
        expected=True,
        why="Q1(a) P(the number 6) = 1 in 20 ... = 0.05 = 5%",
    ),
    _c(
        FV,
        FV_739,
        gold=r"0.3",
        pred=r"6 in 20",
        wrap=True,
        expected=True,
        why="Q1(b) P(multiple of 3) = 6 in 20 or 3 in 10 ... = 0.3 = 30%",
    ),
    _c(
        FV,
        FV_739,
        gold=r"0.3",
        pred=r"3 in 10",
        wrap=True,
        expected=True,
        why="Q1(b) P(multiple of 3) = 6 in 20 or 3 in 10 ... = 0.3 = 30%",
    ),
    _c(
        FV,
        FV_739,
        gold=r"0.3",
        pred=r"30%",
        wrap=True,
        expected=True,
        why="Q1(b) P(multiple of 3) = 6 in 20 or 3 in 10 ... = 0.3 = 30%",
    ),
    # mdk12 msa_math_6_026 official sample correct response
    _c(
        MD,
        MD_626,
        gold=r"45%",
        pred=r"9 out of 20",
        wrap=True,
        expected=True,
        why="Step B sample correct response: 'So the probability is 9 out of 20, or 45%.'",
    ),
]

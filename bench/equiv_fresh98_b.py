r"""A ninety-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": inferential
statistics and probability-distribution answers -- normal probabilities read from tables or a
calculator and written as decimals or percents, z-values and critical values, binomial and Poisson
probabilities and the approximations a key refuses in their place, confidence intervals written as
(a, b) or estimate +/- margin, test statistics and reported p-values -- where an exam board's mark
scheme (awrt, "accept", "allow", "a.e.f.", special rulings), a markscheme's percent forms, an
answer key, a worked solution or a forum thread settles which rounding or form is the same answer
and which is not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh98_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer or accepts in
its place, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy (for the proxied scribd copy, the
proxy's domain) and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh98_b2.py (same rules; its sources are
listed below too).

Transcription: strings are copied as the stored page shows them: "…" and ".." as printed
("0.3584859…", "0.01024.."), "−" and "–" as printed ("1 − 0.9974", "1 – 0.5249"), "24 %" with the
space of ib.mycosmic.dev, "$" signs, thousands commas and "+/-" of the Q&A answers, the unit word of
"(26.74, 31.26) characters", "Φ(0.2146)", "(0.4)⁵" with its superscript. Left sides such as
"P(X ≤ 6) , =", "P ( X > 107 ) =", "s =", "Mean =", "z value =" are dropped; in the p-value reports
"p < .001" and "p = .051" the statement is the answer and is kept whole. In ``why`` a " / " marks a
line break of the page. Conventions: in an Edexcel or OCR line "value ... awrt x" (any answer
which rounds to) or "Answer, a.r.t. x" the printed value is the gold and x a True form; "accept",
"allow", "a.e.f." (any equivalent form) and "or" in a key line give True forms; a chain "A = B"
whose last member is the key's answer gives a True case with that answer as gold. Refused forms
(False) are those a key marks wrong ("Common incorrect answer", "Use of normal or exact binomial
get B0 M0 A0", an answer the page calls wrong) and those a special ruling (SR) credits only in part
as the answer of another method (OCR 4733's exact-binomial 0.477 and 0.231, its Poisson 0.260,
CIE 9709's 533/534 from the "2/3" rule): the same convention as bench/equiv_fresh88_b.py's
part-credit answers. The two 9709 counting answers "9979200 ... (9980000)" and "181440 (181000)"
are taken from the same scheme's bracketed 3 s.f. forms.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- issuu.com. deferrers-academy "s2-ms-jun-2009" (Edexcel S2 June 2009 Q1: "P(X ≤ 6) , = 0.8474 ...
  awrt 0.847", "allow 84.74%"; "P(Y < 12), = 0.8758 awrt 0.876"; "[ N.B. normal approximation
  gives 0.897, exact binomial gives 0.894]", "Use of normal or exact binomial get B0 M0 A0",
  "Common incorrect answer ... is 0.9261"). 6 cases (3 False).
- vi.scribd.com 29694779 (Edexcel S2 January 2010 Q1: "= 0.3584859… or 0.3585 using tables",
  "A1 awrt 0.358 or 0.359", "= 1 − 0.9974 = 0.0026", "Mean = 20 × 0.05 = 1", "Variance = 20 ×
  0.05 × 0.95 = 0.95"). 6 cases.
- docest.com 550676 (Edexcel S3 June 2010 final mark scheme: "1.6449 (accept 1.645 or better)",
  "awrt (0.413 ~ 0.414) calculator (0.4136….)", "= 3.553… or (awrt 3.55)"). 4 cases.
- fdocument.org "4733-mark-scheme-january-2006-pmt" (OCR 4733 S2 January 2006: "N(80/7, 400/49)
  ... 80/7, a.e.f (11.43) 400/49 or 20/7 seen, a.e.f. (8.163 or 2.857)", "Answer, a.r.t. 0.234
  [SR: Binomial ... 0.231 A1 Po(80/7) ... 0.260 A1 ...]", "1 – P(≤ 1) = 1 – 0.5249 = 0.4751 ...
  Answer, a.r.t. 0.475 [SR: Exact: M1 M0 M0, 0.477 A1]"). 8 cases (3 False).
- ib.mycosmic.dev 756 (IB 17M.1.SL.TZ2.S_3 markscheme: "0.24 ( = 6 25 , 24 % )", "0.26 ( = 13 50 ,
  26 % )", "0.52 ( = 13 25 , 52 % )"). 3 cases.
- melakarnets.com proxy of scribd 234920757 "9709-s07-ms-6" (CIE 9709/06 June 2007: "s = 7.24 or
  7.23", "0.6826 800 = 546 ( accept 547) ... OR SR 3 / 2 800 = 533 or 534 SR B1", "9979200 ... =
  (9980000)", "= 181440 (181000)"). 6 cases (2 False).

Sources of bench/equiv_fresh98_b2.py:

- qammunity.org 7780541, 7851324, 7943358 and ya.guru 4242713 (answers building a z-interval:
  "$70.00+/-$4.428110959163 / $70.00+/-$4.43 / = ( $65.57, $74.43)", "$393.50+/-$19.72 = (
  $373.78, $413.22)", "29+/-2.26 = (26.74, 31.26) characters", "$65,351+/-$3,661.73 = (
  $61,689.27, $69,012.73)"). 8 cases.
- homeworksource.com 1030469 ("=(0.56 +/- 0.018) =(0.542,0.578) / Lower value 54.2% / Upper value
  57.8%") and 1063871 (multiple choice, "(2.51, 3.21) [ANSWER, D]" against options a to c). 6 cases
  (3 False).
- qammunity.org 797821 ("(0.4)⁵ = 0.01024.. ≈ 1.02%", "(0.6)⁵ = 0.07776.. ≈ 7.78%", "0.4 = 40%").
  5 cases.
- www.original-matter.com "p < .001 or p = .000?" ("do not write p = .000 ... report it as p <
  .001") and www.ijournal.us issue 10 "Tips on Reporting P-Values" (rounding p = .051 down to "p =
  .05" or "p < .05" is "factually inaccurate"; "report as p = .051"). 3 cases (3 False).
- webwork.maa.org forum d=4072 ("Z = -1.125 Which should have rounded to Z = -1.13, but the sprint
  command ... returned Z = -1.12"). 1 case (1 False).
- www.thestudentroom.co.uk 1901082 (the MEI 2009 S2 mark scheme quoted: "= P( Z < 0.2146) =
  Φ(0.2146) = 0.5849"). 1 case.
- wizedu.com 454407 ("=NORM.S.INV(0.048) =-1.66456 =-1.665 Thus z value = -1.665"). 1 case.

58 cases in all (15 False): 33 here (8 False), 25 in bench/equiv_fresh98_b2.py (7 False).

Left out, by rule: forms the conversion flattened or scrambled (vi.scribd 29694779's "awrt 0.0026
or 2.6 × 10 −3" and "P( X = 0) = 0.9520", whose exponents are lost; the 9709 scheme's "282 . 1 seen
accept 1.28 or anything in between" and its "P( 1 < z ) = 0.3413 6826 . 0 2 =", digits out of
order; ib.mycosmic.dev 756's fractions "6 25", "13 50", "13 25", stacked into two numbers);
refusals only about presentation when the value is the same (vi.scribd 29694779's "do not accept
a fraction e.g. 26/10000" for 0.0026); pairs of different quantities (4733's "400/49 or 20/7
seen": a variance and a standard deviation, each taken only with its own decimal); single-form
answers (docest's "awrt (0.0455)", "awrt 0.770", "awrt 0.984", "awrt 0.857", "(35.3, 35.9)";
4733's "= 0.1429", "a.r.t. 0.114", "Answer 6 only"; the 9709 scheme's "= 15" and "= 106.8"); a
condoned statement rather than an answer (issuu's "Condone P (X ≤ 13) = 0.8758"); bounds offered
in place of a value (ijournal's "round up and report the value of p = .051 as p < .06", and its "p
< .005 or p < .001" for output p = .000, which repeats original-matter's pair); homeworksource
1063871's computed bounds "2.505280709" and "3.214719291", given as two lines, not as one form of
the interval.

Examined and not used: mathhelpforum 132738 (the answerer's 0.988 against the book's 0.9596: "Sometimes
the book has the wrong answer", disputed); math.techqa.club 3322610 and 1012975 (the asker's and
answerer's figures disagree, or no alternative form); thestudentroom 1972485 (1.476 by
interpolation against the nearest table value: "use the closest or make an estimate", no verdict),
5043804 (0.0805 against the book's 0.0808: "might not be worth worrying", no verdict) and 5363336
(an unofficial student mark scheme); webwork.maa.org d=3222 (a grading policy for table,
calculator and Empirical-Rule answers, no settled pair); tr.scribd 53959504 (CIE 9709 November
2002 scheme, OCR text with "0,390 or 0.391" and "0477"); the sciencedocbox, studylib and scribd
copies of Edexcel and CIE statistics mark schemes (only the "Similar documents" list or the
generic marking notes were stored); fanyv88 scribd 765118462 (questions only); the appwritefunc
proxy of scribd 943170507 and livephysics.com's answer key (worksheets that may be generated);
statoria.com (the same "never write p = .000" rule as original-matter, not repeated); docplayer.gr
20864611 and ro.scribd 355529305 (IB practice markscheme, minus and inequality signs lost);
qammunity 6860155 (a point estimate and a margin, no interval form written); the y.org copy of
Brainly 11570611, justaaa 431525, brainmass 30811 and qammunity 18303795 (used by earlier sets);
a.simonm.io, algebra.com and jiskha.com (excluded by the brief); smartsolve, questionai, edu.com,
answerspace, math-gpt and qamnty 21498693 (generated answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ISS = "issuu.com."
ISS_S2 = "https://issuu.com./deferrers-academy/docs/s2-ms-jun-2009"
VSC = "vi.scribd.com"
VSC_S2 = "https://vi.scribd.com/doc/29694779/Edexcel-GCE-January-2010-Statistics-S2-Marking-Scheme"
DOC = "docest.com"
DOC_S3 = "https://docest.com/doc/550676/edexcel-statistics-s3-6691-june-2010-final-mark-scheme"
FDO = "fdocument.org"
FDO_4733 = "https://fdocument.org/document/4733-mark-scheme-january-2006-pmt.html"
MYC = "ib.mycosmic.dev"
MYC_756 = "https://ib.mycosmic.dev/q/756/"
MEL = "melakarnets.com"
MEL_9709 = (
    "https://melakarnets.com/proxy/index.php?q="
    "https%3A%2F%2Fwww.scribd.com%2Fdocument%2F234920757%2F9709-s07-ms-6"
)
# sources of bench/equiv_fresh98_b2.py
QAM = "qammunity.org"
QAM_7780541 = "https://qammunity.org/7780541/?show=7780542"
QAM_7851324 = "https://qammunity.org/7851324/?show=7851325"
QAM_7943358 = "https://qammunity.org/7943358/?show=7943359"
QAM_797821 = "https://qammunity.org/797821/?show=797822"
YAG = "ya.guru"
YAG_4242713 = (
    "https://ya.guru/questions/4242713-solve-this-problem-find-the-number-of-gallons-of-paint-"
    "needed-to.html"
)
HWS = "homeworksource.com"
HWS_1030469 = (
    "https://homeworksource.com/p/1030469/a-given-poll-states-56-of-sixth-graders-read-at-or-"
    "above-the-1030469"
)
HWS_1063871 = (
    "https://homeworksource.com/p/1063871/construct-a-90-confidence-interval-for-the-population-"
    "mean-1063871"
)
ORM = "www.original-matter.com"
ORM_P = (
    "https://www.original-matter.com/matter-of-fact/"
    "p-lt-001-or-p-000-how-to-report-p-values-properly-in-apa-7"
)
IJO = "www.ijournal.us"
IJO_P = "http://www.ijournal.us/issue_10/supplement/ij_issue10_10_WillardHom_ArtSupp_09.htm"
WWK = "webwork.maa.org"
WWK_4072 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=4072"
TSR = "www.thestudentroom.co.uk"
TSR_1901082 = "http://www.thestudentroom.co.uk/showthread.php?t=1901082"
WIZ = "wizedu.com"
WIZ_454407 = "https://wizedu.com/questions/454407/use-a-table-of-cumulative-areas-under-the-normal"

CASES = [
    # issuu S2 June 2009 mark scheme Q1: binomial and Poisson probabilities, awrt and refused approximations
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8474",
        pred=r"0.847",
        wrap=True,
        expected=True,
        why="Q1(a) 'P(X ≤ 6) , = 0.8474 ... awrt 0.847 ... M1, A1'",
    ),
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8474",
        pred=r"84.74%",
        wrap=True,
        expected=True,
        why="Q1(a) notes: 'Correct answer gets M1 A1. allow 84.74%'",
    ),
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8758",
        pred=r"0.876",
        wrap=True,
        expected=True,
        why="Q1(b) 'P(Y < 12), = 0.8758 awrt 0.876'",
    ),
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8758",
        pred=r"0.897",
        wrap=True,
        expected=False,
        why="'[ N.B. normal approximation gives 0.897 ...]'; 'Use of normal or exact binomial get B0 M0 A0'",
    ),
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8758",
        pred=r"0.894",
        wrap=True,
        expected=False,
        why="'[ N.B. ... exact binomial gives 0.894]'; 'Use of normal or exact binomial get B0 M0 A0'",
    ),
    _c(
        ISS,
        ISS_S2,
        gold=r"0.8758",
        pred=r"0.9261",
        wrap=True,
        expected=False,
        why="(b) notes: 'Common incorrect answer which implies this is 0.9261'",
    ),
    # vi.scribd 29694779, Edexcel S2 January 2010 Q1: B(20, 0.05)
    _c(
        VSC,
        VSC_S2,
        gold=r"0.3584859…",
        pred=r"0.3585",
        wrap=True,
        expected=True,
        why="Q1(b) 'P( X = 0) = ... = 0.3584859… or 0.3585 using tables'",
    ),
    _c(
        VSC,
        VSC_S2,
        gold=r"0.3584859…",
        pred=r"0.358",
        wrap=True,
        expected=True,
        why="Q1(b) notes: 'A1 awrt 0.358 or 0.359.'",
    ),
    _c(
        VSC,
        VSC_S2,
        gold=r"0.3584859…",
        pred=r"0.359",
        wrap=True,
        expected=True,
        why="Q1(b) notes: 'A1 awrt 0.358 or 0.359.'",
    ),
    _c(
        VSC,
        VSC_S2,
        gold=r"0.0026",
        pred=r"1 − 0.9974",
        wrap=True,
        expected=True,
        why="Q1(c) 'P ( X > 4) =1 - P ( X ≤ 4) ... = 1 − 0.9974 = 0.0026 A1'",
    ),
    _c(
        VSC,
        VSC_S2,
        gold=r"1",
        pred=r"20 × 0.05",
        wrap=True,
        expected=True,
        why="Q1(d) 'Mean = 20 × 0.05 = 1 B1'",
    ),
    _c(
        VSC,
        VSC_S2,
        gold=r"0.95",
        pred=r"20 × 0.05 × 0.95",
        wrap=True,
        expected=True,
        why="Q1(d) 'Variance = 20 × 0.05 × 0.95 = 0.95 B1'",
    ),
    # docest 550676, Edexcel S3 June 2010: critical value, normal probability, chi-squared statistic
    _c(
        DOC,
        DOC_S3,
        gold=r"1.6449",
        pred=r"1.645",
        wrap=True,
        expected=True,
        why="Q1 '1.6449 (accept 1.645 or better) / B1'",
    ),
    _c(
        DOC,
        DOC_S3,
        gold=r"0.4136…",
        pred=r"0.413",
        wrap=True,
        expected=True,
        why="Q2(a) 'awrt (0.413 ~ 0.414) calculator (0.4136….) / A1'",
    ),
    _c(
        DOC,
        DOC_S3,
        gold=r"0.4136…",
        pred=r"0.414",
        wrap=True,
        expected=True,
        why="Q2(a) 'awrt (0.413 ~ 0.414) calculator (0.4136….) / A1'",
    ),
    _c(
        DOC,
        DOC_S3,
        gold=r"3.553…",
        pred=r"3.55",
        wrap=True,
        expected=True,
        why="Q5 '= 3.553… or (awrt 3.55) / A1'",
    ),
    # fdocument.org, OCR 4733 (S2) January 2006: normal and Poisson approximations, SR answers
    _c(
        FDO,
        FDO_4733,
        gold=r"80/7",
        pred=r"11.43",
        wrap=True,
        expected=True,
        why="Q2 'N(80/7, 400/49) ... 80/7, a.e.f (11.43)'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"400/49",
        pred=r"8.163",
        wrap=True,
        expected=True,
        why="Q2 '400/49 or 20/7 seen, a.e.f. (8.163 or 2.857)'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"20/7",
        pred=r"2.857",
        wrap=True,
        expected=True,
        why="Q2 '400/49 or 20/7 seen, a.e.f. (8.163 or 2.857)'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"0.234",
        pred=r"0.231",
        wrap=True,
        expected=False,
        why="Q2 'Answer, a.r.t. 0.234 [SR: Binomial, complete expression M1, 0.231 A1 ...]' (special ruling: 2 of 7 marks)",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"0.234",
        pred=r"0.260",
        wrap=True,
        expected=False,
        why="Q2 'Answer, a.r.t. 0.234 [SR: ... Po(80/7) B1, complete expression M1, 0.260 A1 ...]'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"0.4751",
        pred=r"0.475",
        wrap=True,
        expected=True,
        why="Q4(i) '1 – P(≤ 1) = 1 – 0.5249 = 0.4751 ... Answer, a.r.t. 0.475'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"0.4751",
        pred=r"1 – 0.5249",
        wrap=True,
        expected=True,
        why="Q4(i) 'B(80, 0.02) approx Po(1.6) 1 – P(≤ 1) = 1 – 0.5249 = 0.4751'",
    ),
    _c(
        FDO,
        FDO_4733,
        gold=r"0.4751",
        pred=r"0.477",
        wrap=True,
        expected=False,
        why="Q4(i) 'Answer, a.r.t. 0.475 [SR: Exact: M1 M0 M0, 0.477 A1]' (exact binomial: 2 of 4 marks)",
    ),
    # ib.mycosmic.dev 756 (17M.1.SL.TZ2.S_3): normal probabilities by symmetry, percent forms
    _c(
        MYC,
        MYC_756,
        gold=r"0.24",
        pred=r"24 %",
        wrap=True,
        expected=True,
        why="(a) 'P ( X > 107 ) = 0.24 ( = 6 25 ,   24 % )     A1     N1'",
    ),
    _c(
        MYC,
        MYC_756,
        gold=r"0.26",
        pred=r"26 %",
        wrap=True,
        expected=True,
        why="(b) 'P ( 100 < X < 107 ) = 0.26 ( = 13 50 ,   26 % )     A1     N2'",
    ),
    _c(
        MYC,
        MYC_756,
        gold=r"0.52",
        pred=r"52 %",
        wrap=True,
        expected=True,
        why="(c) 'P ( 93 < X < 107 ) = 0.52 ( = 13 25 ,   52 % )     A1 N2'",
    ),
    # melakarnets.com proxy of scribd 234920757, CIE 9709/06 June 2007 mark scheme
    _c(
        MEL,
        MEL_9709,
        gold=r"7.24",
        pred=r"7.23",
        wrap=True,
        expected=True,
        why="Q3(a) 's = 7.24 or 7.23 A1 4 correct final answer'",
    ),
    _c(
        MEL,
        MEL_9709,
        gold=r"546",
        pred=r"547",
        wrap=True,
        expected=True,
        why="Q3(b) '0.6826 800 = 546 ( accept 547) A1 3 correct answer, must be a positive integer'",
    ),
    _c(
        MEL,
        MEL_9709,
        gold=r"546",
        pred=r"533",
        wrap=True,
        expected=False,
        why="Q3(b) 'OR SR 3 / 2 800 = 533 or 534 SR B1 for 2/3 B1 for 533 or 534' (the 2/3 rule of thumb: special ruling)",
    ),
    _c(
        MEL,
        MEL_9709,
        gold=r"546",
        pred=r"534",
        wrap=True,
        expected=False,
        why="Q3(b) 'OR SR 3 / 2 800 = 533 or 534 SR B1 for 2/3 B1 for 533 or 534' (the 2/3 rule of thumb: special ruling)",
    ),
    _c(
        MEL,
        MEL_9709,
        gold=r"9979200",
        pred=r"9980000",
        wrap=True,
        expected=True,
        why="Q5(i)(a) '9979200 ... = (9980000) B1 B1 2 ... Correct answer'",
    ),
    _c(
        MEL,
        MEL_9709,
        gold=r"181440",
        pred=r"181000",
        wrap=True,
        expected=True,
        why="Q5(i)(b) '= 181440 (181000) B1 ... B1 2 correct answer'",
    ),
]

r"""An eighty-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": descriptive
statistics and regression answers -- means, medians, quartiles and the interquartile range,
standard deviations rounded or unrounded, correlation coefficients and regression lines written
as equations or as their coefficients, and the units of a regression gradient -- where a mark
scheme, an answer key, a worked solution or a Q&A thread settles which forms are the same answer
and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, domain plus distinctive path part,
and for IB questionbank copies the IB reference code, was grepped in bench/, and checked against
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh88_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer or accepts, or a form the page refuses; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy (for the proxied scribd and stackoverflow copies, the copy's domain) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the unicode minus "−" of the IB
copies, the ellipsis "…" or "..." after an unrounded value, "√105.583", "÷"); inline-math
delimiters \( \) of the tis.today copies are dropped and the LaTeX inside kept; a left side such
as "x =", "k =", "Chemistry =" or "median =" is dropped when the answer is its right side, and
kept where the answer is itself an equation or a pair of values ("a = 10 AND b = 30").
Readings, each noted in ``why``: in an IB markscheme line "0.952 (0.95202…)" the bracketed
unrounded value is the same answer given to more figures (the answer line itself); "Award (A0)
for 0.9", "Award (A1) for an answer of 0.974" (of the line's A2) and "award N2 for an answer of
21.5" (of N3) mark refused or part-credited answers, taken as False; "accept 9", "Note: Accept
27." and "Note: Accept [10, 30] or 10 ≤ x ≤ 30." are True. In Edexcel schemes "awrt 18300" (any
answer which rounds to) makes the 3 s.f. value a True form of the exact "18322.5". The scribd
Data-Presentation mark scheme allows for the gradient's units "“per”" and "“d” for “day”"; the
two preds "cm per day" and "cm/d" apply those allowances to the printed "cm/day".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- library.tis.today questions/5599 (IB Mathematics SL 08M.1.sl.TZ2.1: "interquartile range = 4
  (accept 1 to 5 or 5 - 1 , etc.)"). 2 cases.
- library.tis.today questions/7562 (IB Mathematical Studies SPM.1.sl.TZ0.4: r "0.952 (0.95202…)
  (A2) ... Note: Award (A0) for 0.9."). 2 cases (1 False).
- library.tis.today questions/464116 (IB 18M.1.SL.TZ1.T_4: "−0.974 (−0.973745…) (A2) Note: Award
  (A1) for an answer of 0.974 (minus sign omitted). Award (A1) for an answer of −0.973 (incorrect
  rounding)"; "y = −0.365x + 17.9 (y = −0.365032…x + 17.9418…) ... Award at most (A1)(A0) ... if
  the values are reversed (eg y = 17.9x −0.365)"; "= 11.4 (11.3712…)"). 6 cases (3 False).
- library.tis.today questions/8107 (IB Mathematical Studies 08N.1.sl.TZ0.11: "Chemistry = 9.03
  (accept 9)"). 1 case.
- library.tis.today questions/464145 (IB 19M.1.SL.TZ2.T_2: range of reliability of a regression
  line, "a = 10 AND b = 30 ... Note: Accept [10, 30] or 10 ≤ x ≤ 30."). 2 cases.
- ib.mycosmic.dev q/11 (IB SPM.2.AHL.TZ0.4: estimate from the x on y line, "x = 27.1 A1 Note:
  Accept 27."). 1 case.
- ib.mycosmic.dev q/1253 (IB 18M.1.SL.TZ1.S_2: least outlier "k = 22 A1 N3 Note: If no working
  shown, award N2 for an answer of 21.5."). 1 case (1 False).
- ib.mycosmic.dev q/680 (IB 18N.2.SL.TZ0.S_2: "a = 9.91, b = −31.3, y = 9.91x − 31.3 A1A1 N3").
  1 case.
- ib.mycosmic.dev q/1004 (IB 18M.1.SL.TZ1.T_2: standard deviation "2.69 (2.69072…) (A2)(ft)").
  1 case.
- pdfslide.net "Semester 1 Review Paper 2 2018 [106 marks] - Uplift Education" (an IB studies
  review with markschemes: estimated mean "21.2 (21.2125)"). 1 case.
- scribd.com 723148909 "Data-Presentation-Interpretation-MS" (Edexcel AS Paper 2 scheme: units of
  the regression gradient "cm/day (o.e. e.g. cm day−1 )", "allow fraction, /, or “per” and allow
  “d” for “day”"). 2 cases.
- issuu.com. deferrers-academy "s1-ms-jun-2009" (Edexcel S1 June 2009 Q1: "= 18322.5 ... awrt
  18300", "= 16150 ... awrt 16200", "r = ... = 0.8088... awrt 0.809"). 3 cases.
- wiki.gubat.org copy of stackoverflow question 56307591 (linear regression by hand "a=1.7 and
  b=1.6", numpy prints "a=1.6999999999999993"; answers: "It's because you are using float number,
  binary floating point math is like this", '%.1f' gives "a=1.7"). 1 case.
- www.gradesaver.com Thinking Mathematically 6th ed., 12.2 exercise 13 ("median = $3.5$ ... median
  = $\dfrac{3+4}{2} = \dfrac{7}{2} = 3.5$"). 1 case.
- socratic.org "how do you find the mean and median of the data set: There are 28, 30, 29, 26, 31,
  and 30 students" ("$\overline{x} = \frac{...}{6} = \frac{174}{6} = 29$", "$M e = \frac{29 +
  30}{2} = \frac{59}{2} = 29.5$"). 2 cases.
- goprep.co "ex-15.2-q9" (mean, variance and standard deviation of a grouped table: "∴ σ =
  √105.583 = 10.275 ... Standard Deviation = 10.275"). 1 case.
- wtmaths.com "mean.html" (waiting-time table: "Answer: 1.66 minutes ... Mean = 83 ÷ 50 = 1.66
  minutes"). 1 case.

29 cases in all (5 False).

Left out, by rule: refusals that are only about form when the value is the same (464116's "Award
at most (A1)(A0) if not an equation", the Data-Presentation scheme's "An answer of – 3.3 without a
word describing decrease (o.e.) will just score M1A0"); unrounded values printed above an
answer line rather than beside it in brackets (mycosmic q/666 "a = 1.91966 b = 7.97717 / a = 1.92,
b = 7.98", "0.984674 / r = 0.985"; q/680 "9.91044, −31.3194", "181.755 / 182"; q/586 "a=0.433156,
b=4.50265"), since the page does not say they are accepted; working lines that are not offered as
answers ("58 − 45 = 13" in tis.today 7031, "13 − 8 = 5" in q/1004); forms whose symbols the text
conversion lost (464145's regression line "y = 15.5 x 80" and its refused "y = 80 x + 15.5", whose
gold is garbled; the Data-Presentation "cm day−1" with its exponent flattened; waeconline's "√
83/3 = 5.26", whose radicand cannot be told); ranges for read-off or estimated values (scribd
40915704 "accept 44000 ≤ answer ≤ 46000", byui "Answers will vary between 300 and 350"); the
wtmaths worked table whose "3 x 1 = 6" makes its "70 ÷ 15 = 4.67" the mean of wrong data.

Examined and not used: a.simonm.io question pages (excluded by the brief); the WeBWorK forum thread
discuss.php?d=4060 (its OneOf("2,3,4") for a first quartile accepts different quartile methods,
not equal values); thestudentroom 4150189 (an unofficial, disputed student mark scheme: "variance
= 2.46 and 2.42 was also allowed", "r was not 0.498"); mathhelpforum 162366 (mean 26.6 against the
book's 26.9, no reply stored); huggingface Nemotron-CC-Math pages (LLM-rewritten stackexchange
threads); wyzant 821552 and scribd 901504672 (examined or used by earlier sets); vdocuments.us "SL
Week 6 Revision" (repeats 18M.1.SL.TZ1.S_2, taken from mycosmic q/1253); fanyv88 scribd 580459446
"stat-key", tis.today 4737, 6460, 7031, 7306, 461187, mycosmic q/23, 448, 543, 586, 666, 1000
(single answer forms, or notes about graphs and working); mycosmic q/37, 108, 174, 882, tis.today
396622, 461356, 804071 (formulas lost); cs.uni.edu mock final answers, theculture.sg, wizedu,
mathbits LinReg page, livephysics, kramizo, gradora, aimnova, iitianacademy, mathway, mathix,
smartsolve, questionai, qammunity and similar generated or single-form pages.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TIS = "library.tis.today"
_TIS_Q = "https://library.tis.today/QuestionBanks/"
TIS_5599 = _TIS_Q + (
    "v4/questionbank.ibo.org/en/teachers/00000/questionbanks/40-dp-mathematics-sl/questions/5599.html"
)
TIS_7562 = _TIS_Q + (
    "v4/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/"
    "questions/7562.html"
)
TIS_464116 = _TIS_Q + (
    "v5/questionbank.ibo.org/en/teachers/00000/questionbanks/"
    "50-dp-mathematics-analysis-and-approaches/questions/464116.html"
)
TIS_8107 = _TIS_Q + (
    "v4/questionbank.ibo.org/en/teachers/00000/questionbanks/41-dp-mathematical-studies/"
    "questions/8107.html"
)
TIS_464145 = _TIS_Q + (
    "v5/questionbank.ibo.org/en/teachers/00000/questionbanks/"
    "50-dp-mathematics-analysis-and-approaches/questions/464145.html"
)
MYC = "ib.mycosmic.dev"
MYC_11 = "https://ib.mycosmic.dev/q/11/"
MYC_1253 = "https://ib.mycosmic.dev/q/1253/"
MYC_680 = "https://ib.mycosmic.dev/q/680/"
MYC_1004 = "https://ib.mycosmic.dev/q/1004/"
PDS = "pdfslide.net"
PDS_SEM1 = (
    "https://pdfslide.net/documents/"
    "semester-1-review-paper-2-2018-106-marks-uplift-education-semester-1-review.html"
)
SCR = "scribd.com"
SCR_723 = "https://scribd.com/document/723148909/Data-Presentation-Interpretation-MS"
ISS = "issuu.com."
ISS_S1 = "https://issuu.com./deferrers-academy/docs/s1-ms-jun-2009"
GUB = "wiki.gubat.org"
GUB_SO = (
    "https://wiki.gubat.org/content/stackoverflow.com_en_all_2023-11/questions/56307591/"
    "why-is-the-result-a-recurring-number-when-it-should-be-an-integer"
)
GRS = "www.gradesaver.com"
GRS_TM13 = (
    "https://www.gradesaver.com/textbooks/math/other-math/thinking-mathematically-6th-edition/"
    "chapter-12-statistics-12-2-measures-of-central-tendency-exercise-set-12-2-page-791/13"
)
SOC = "socratic.org"
SOC_MM = (
    "https://socratic.org/questions/"
    "how-do-you-find-the-mean-and-median-of-the-data-set-there-are-28-30-29-26-31-and"
)
GOP = "goprep.co"
GOP_Q9 = "https://goprep.co/ex-15.2-q9-find-the-mean-variance-and-standard-deviation-i-1nkax7"
WTM = "wtmaths.com"
WTM_MEAN = "https://wtmaths.com/mean.html"

CASES = [
    # tis.today 5599 (08M.1.sl.TZ2.1): interquartile range with its accepted forms
    _c(
        TIS,
        TIS_5599,
        gold=r"4",
        pred=r"5 - 1",
        wrap=True,
        expected=True,
        why="'interquartile range = 4 (accept 1 to 5 or 5 - 1 , etc.)'",
    ),
    _c(
        TIS,
        TIS_5599,
        gold=r"4",
        pred=r"1 to 5",
        wrap=True,
        expected=True,
        why="'interquartile range = 4 (accept 1 to 5 or 5 - 1 , etc.)'",
    ),
    # tis.today 7562 (SPM.1.sl.TZ0.4): Pearson's r, unrounded form and a refused 1 s.f. value
    _c(
        TIS,
        TIS_7562,
        gold=r"0.952",
        pred=r"0.95202…",
        wrap=True,
        expected=True,
        why="answer line '0.952 (0.95202…) (A2) (C2)' (unrounded value in brackets)",
    ),
    _c(
        TIS,
        TIS_7562,
        gold=r"0.952",
        pred=r"0.9",
        wrap=True,
        expected=False,
        why="'0.952 (0.95202…) (A2) (C2) Note: Award (A0) for 0.9.'",
    ),
    # tis.today 464116 (18M.1.SL.TZ1.T_4): r, regression line and estimate
    _c(
        TIS,
        TIS_464116,
        gold=r"−0.974",
        pred=r"−0.973745…",
        wrap=True,
        expected=True,
        why="answer line '−0.974 (−0.973745…) (A2)' (unrounded value in brackets)",
    ),
    _c(
        TIS,
        TIS_464116,
        gold=r"−0.974",
        pred=r"0.974",
        wrap=True,
        expected=False,
        why="'Note: Award (A1) for an answer of 0.974 (minus sign omitted).' (of A2)",
    ),
    _c(
        TIS,
        TIS_464116,
        gold=r"−0.974",
        pred=r"−0.973",
        wrap=True,
        expected=False,
        why="'Award (A1) for an answer of −0.973 (incorrect rounding).' (of A2)",
    ),
    _c(
        TIS,
        TIS_464116,
        gold=r"y = −0.365x + 17.9",
        pred=r"y = −0.365032…x + 17.9418…",
        wrap=True,
        expected=True,
        why="answer line 'y = −0.365x + 17.9 (y = −0.365032…x + 17.9418…) (A1)(A1)'",
    ),
    _c(
        TIS,
        TIS_464116,
        gold=r"y = −0.365x + 17.9",
        pred=r"y = 17.9x −0.365",
        wrap=True,
        expected=False,
        why="'Award at most (A1)(A0) ... if the values are reversed (eg y = 17.9x −0.365)'",
    ),
    _c(
        TIS,
        TIS_464116,
        gold=r"11.4",
        pred=r"11.3712…",
        wrap=True,
        expected=True,
        why="estimate at 18 °C: '= 11.4 (11.3712…) (A1)(ft) (C2)'",
    ),
    # tis.today 8107 (08N.1.sl.TZ0.11): estimate from the regression line
    _c(
        TIS,
        TIS_8107,
        gold=r"9.03",
        pred=r"9",
        wrap=True,
        expected=True,
        why="'Chemistry = 9.03 (accept 9) (A1)(ft) (C2)'",
    ),
    # tis.today 464145 (19M.1.SL.TZ2.T_2): range of x for which the regression line is reliable
    _c(
        TIS,
        TIS_464145,
        gold=r"a = 10 AND b = 30",
        pred=r"[10, 30]",
        wrap=True,
        expected=True,
        why="'a = 10 AND b = 30 (A1)(A1) (C2) Note: Accept [10, 30] or 10 ≤ x ≤ 30.'",
    ),
    _c(
        TIS,
        TIS_464145,
        gold=r"a = 10 AND b = 30",
        pred=r"10 ≤ x ≤ 30",
        wrap=True,
        expected=True,
        why="'a = 10 AND b = 30 (A1)(A1) (C2) Note: Accept [10, 30] or 10 ≤ x ≤ 30.'",
    ),
    # ib.mycosmic.dev q/11 (SPM.2.AHL.TZ0.4): estimate from the x on y regression line
    _c(
        MYC,
        MYC_11,
        gold=r"27.1",
        pred=r"27",
        wrap=True,
        expected=True,
        why="'x = 27.1 A1 Note: Accept 27.'",
    ),
    # ib.mycosmic.dev q/1253 (18M.1.SL.TZ1.S_2): least outlier, the fence value part-credited
    _c(
        MYC,
        MYC_1253,
        gold=r"22",
        pred=r"21.5",
        wrap=True,
        expected=False,
        why="'k = 22 A1 N3 Note: If no working shown, award N2 for an answer of 21.5.'",
    ),
    # ib.mycosmic.dev q/680 (18N.2.SL.TZ0.S_2): coefficients or the line's equation
    _c(
        MYC,
        MYC_680,
        gold=r"a = 9.91, b = −31.3",
        pred=r"y = 9.91x − 31.3",
        wrap=True,
        expected=True,
        why="one answer line: 'a = 9.91, b = −31.3, y = 9.91x − 31.3 A1A1 N3'",
    ),
    # ib.mycosmic.dev q/1004 (18M.1.SL.TZ1.T_2): standard deviation, unrounded form
    _c(
        MYC,
        MYC_1004,
        gold=r"2.69",
        pred=r"2.69072…",
        wrap=True,
        expected=True,
        why="answer line '2.69 (2.69072…) (A2)(ft)' (unrounded value in brackets)",
    ),
    # pdfslide.net IB studies review: estimated mean from the GDC
    _c(
        PDS,
        PDS_SEM1,
        gold=r"21.2",
        pred=r"21.2125",
        wrap=True,
        expected=True,
        why="1d. estimate the mean: 'Markscheme (G2) ... 21.2 (21.2125)'",
    ),
    # scribd 723148909 Edexcel data mark scheme: units of the regression gradient
    _c(
        SCR,
        SCR_723,
        gold=r"cm/day",
        pred=r"cm per day",
        wrap=True,
        expected=True,
        why="'(b) cm/day (o.e. ...)'; 'B1 for a correct description of the units (allow ... “per”'",
    ),
    _c(
        SCR,
        SCR_723,
        gold=r"cm/day",
        pred=r"cm/d",
        wrap=True,
        expected=True,
        why="'(b) cm/day (o.e. ...)'; notes: '... and allow “d” for “day”)'",
    ),
    # issuu S1 June 2009 mark scheme Q1: summary statistics and r, awrt
    _c(
        ISS,
        ISS_S1,
        gold=r"18322.5",
        pred=r"18300",
        wrap=True,
        expected=True,
        why="'(Spp =) 38125 − ... = 18322.5 ... awrt 18300 A1'",
    ),
    _c(
        ISS,
        ISS_S1,
        gold=r"16150",
        pred=r"16200",
        wrap=True,
        expected=True,
        why="'(Spt =) 26830 − 445 × 240 / 10 ... = 16150 ... awrt 16200 A1'",
    ),
    _c(
        ISS,
        ISS_S1,
        gold=r"0.8088...",
        pred=r"0.809",
        wrap=True,
        expected=True,
        why="'(b) r = ... = 0.8088... awrt 0.809'; notes: 'Anything which rounds to (awrt) 0.809'",
    ),
    # wiki.gubat.org copy of stackoverflow 56307591: regression intercept by hand and by numpy
    _c(
        GUB,
        GUB_SO,
        gold=r"1.7",
        pred=r"1.6999999999999993",
        wrap=True,
        expected=True,
        why="hand value 'a=1.7' vs output '1.6999999999999993'; answer: float artifact, '%.1f' gives 1.7",
    ),
    # gradesaver Thinking Mathematically 12.2 #13: median of eight scores
    _c(
        GRS,
        GRS_TM13,
        gold=r"3.5",
        pred=r"\dfrac{7}{2}",
        wrap=True,
        expected=True,
        why="'median = $\\dfrac{3+4}{2} = \\dfrac{7}{2} = 3.5$'",
    ),
    # socratic.org: mean and median of six class sizes
    _c(
        SOC,
        SOC_MM,
        gold=r"29",
        pred=r"\frac{174}{6}",
        wrap=True,
        expected=True,
        why="'$\\overline{x} = \\frac{28 + 30 + 29 + 26 + 31 + 30}{6} = \\frac{174}{6} = 29$'",
    ),
    _c(
        SOC,
        SOC_MM,
        gold=r"29.5",
        pred=r"\frac{59}{2}",
        wrap=True,
        expected=True,
        why="'$M e = \\frac{29 + 30}{2} = \\frac{59}{2} = 29.5$'",
    ),
    # goprep ex 15.2 q9: standard deviation as a root and as a decimal
    _c(
        GOP,
        GOP_Q9,
        gold=r"10.275",
        pred=r"√105.583",
        wrap=True,
        expected=True,
        why="'∴ σ = √105.583 = 10.275' ... 'Standard Deviation = 10.275'",
    ),
    # wtmaths.com mean: mean waiting time from a frequency table
    _c(
        WTM,
        WTM_MEAN,
        gold=r"1.66 minutes",
        pred=r"83 ÷ 50",
        wrap=True,
        expected=True,
        why="'Answer: 1.66 minutes' ... 'Mean = 83 ÷ 50 = 1.66 minutes'",
    ),
]

r"""A sixty-third fresh set of answer-equivalence cases (evaluation only; helper "a": probability
and statistics answers -- a probability given as a fraction, a decimal, a percentage, a ratio
("5:10", "4 to 6") or a rounded value, normal-table answers next to their technology values, an
expected value with a unit, and the forms an answer key, a markscheme, a teacher's rubric or
grading note, a lesson or a Q&A answer gives as the same answer or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh63_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy (for proxied scribd copies, the proxy's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file.
Only the text the search tool returned for a page (its excerpt) was read. Do not tune the judge
on these cases. Continued in bench/equiv_fresh63_a2.py (same rules; its sources are listed below
too).

Transcription: strings are copied as the stored page shows them ("6.68 %" with its space, ".5"
and ".3" without a leading zero, "5:10", "4 to 6", "1/3!", "$8.07", "137.80 feet"). A left side
such as "P(A) =" or "E(X) =" is dropped. Where a key lists forms joined by "or", by commas or in
brackets, the first form is the gold and each further form a True case; where the first form was
lost by the text conversion (ib.mycosmic.dev q/689, whose fractions "3/9, 1/3" come out as
"39 13"), the first intact form (the decimal) is the gold and the lost fractions are not used.
For the Larson odd answers the table answer is the gold and the bracketed "(Tech: ...)" answer
the pred. The Illustrative Mathematics items (mathkcs.pages.dev) keep the TeX source that the
stored page shows after the rendered digits ("39\frac39" is taken as "\frac39"); their refused
forms are the other choices of a single-answer item, most with a teaching note saying why a
student picks them. In iitianacademy's IB page the bracketed exact form is taken as it is written
inside \( \left( ... \right) \): "\frac{{13}}{{256}}".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- documents.pub copy of misswelton.weebly.com's IB Mathematical Studies normal-distribution
  markscheme ("web-view-question-3-the-normal-distribution..."): "0.0668 (0.0668072…, 6.68 %,
  6.68072… %)", "0.341 (0.340532…, 34.1 %, ...)", "0.0548 (0.054799…, 5.48%)", "0.645
  (0.6449900…, 64.5%)", "274 (273.722…) ... Accept 273.", "0.212 (0.21185…, 21.2%)". 6 cases.
- barrybecker4.org AMS Math League "6th Test - Probabilities", analysis of results (a teacher's
  note: answer 1/13, "I accepted 4/52 though"). 1 case.
- ptop.only.wip.la proxy copy of scribd 637038846 (a teacher's probability problem-solving key
  with its rubric: "= 3/10 or 0.3 or 30%", "P(A)= 55/81 = 0.679", "P(A)= 16/81= 0.198",
  "P (A) = 1/3! = 0.16667 OR 16.67%"). 6 cases.
- singinghedgehog.co.uk "SHG/SHGMIprob1.htm" (The Singing Hedgehog Guide to Probability 1:
  "mostly written as a fraction 1/2, sometimes as a percentage 50%, rarely as a decimal 0.5,
  NEVER as a ratio 1:2"). 3 cases (1 False).
- tower23.com "t23math/math2/probability/probability.html" (an odd number from 1 to 10: "The
  probability is 5:10. Or ... 5/10 ... reduce it ... 1/2 ... 1/2=50% ... 1/2=50%=.5"). 4 cases.
- dm.mcoe.org glossary "decimal_expression_probability.html" ("30% is .3 probability"; the coin
  toss "1/2 ... or .5"). 2 cases.
- nzmaths.co.nz achievement objective S4-4 ("the probability is 9/36 or 1/4"; "one half (50%)").
  2 cases.
- www.enotes.com homework-help 267009 (P(four or less) on a number cube, rounded to the nearest
  hundredth: "ratio: 4/6 or 2/3", "decimal: 0.67", "percent: 66.67%"; a second answer: "our
  probability is 4/6, which can also be shown as 4:6 or 4 to 6"). 5 cases.

Sources of bench/equiv_fresh63_a2.py:

- mathkcs.pages.dev copies of Illustrative Mathematics grade 7 unit 8 mid-unit assessments A and B
  (single-answer items "Answer: \frac39" and "Answer: \frac26" with teaching notes on the wrong
  choices \frac19, \frac38, \frac{4}{10} and \frac16, \frac25, \frac47). 6 cases (6 False).
- fanyv88.com proxy copy of scribd 806113188 "Discrete R.V. MS" (IB Questionbank: "E(X) = 8.07
  (accept $8.07)"). 1 case.
- ib.mycosmic.dev q/689 (IB 20N paper 1 T_6 markscheme: "0.333, 0.333333, 33.3%", "0.556,
  0.555555, 55.6%", "0.375, 37.5%", "0.0278, 0.0277777, 2.78%"). 7 cases.
- vdocument.in copy of misswelton's IB "5.5 SL" markscheme ("P(1 red) = 0.444 [0.444, 0.445]").
  1 case.
- www.iitianacademy.com IB 5.5 "concepts of trial, outcome ... sample space" SL paper 2 page
  ("probability of winning = 0.0508 (13/256)", the fraction in TeX). 1 case.
- wgdesigngroup.com copy of Larson's Elementary Statistics odd answers, page A67 (chapter 5:
  "23. 0.9236 (Tech: 0.9237)", "33. (a) 0.2061 (Tech: 0.2053)", "47. 137.80 feet (Tech: 137.81
  feet)" ... and the chapter quiz). 24 cases.

69 cases in all (7 False): 29 here (1 False), 40 in bench/equiv_fresh63_a2.py (6 False).

Left out, by rule: forms with a trailing ellipsis (the documents.pub markscheme's unrounded
"0.0668072…", "6.68072… %", "0.340532…", "273.722…", "0.21185…", and its single-form "428
(428.155…)"); method-mark notes that are not answers ("Accept 1 − 0.97725", "Accept an equation of
the form 15 = x × 0.0548"); fractions the conversion ran together or stacked (ib.mycosmic.dev
q/689's "39 13", "59", "38", "272 136"; the stacked fractions of scribd 806113188, whose
"12, 13, 14, 15 (accept 12, 13, 13, 13, 14, ...)" is a list of sums, not an answer form);
single-form answers (the Larson page's "25. 0.0124", "27. 0.8944", its z-score lines whose
symbols were lost; iitianacademy's p, q, r); the enotes answerer's own unrounded step "66.66%",
which he then rounds (not a refusal); nzmaths' rounded benchmarks "thirds (33.3% and 66.6%)" and
its "37 out of 100 ... about or 33.3%" (the fraction lost); the IM assessments' select-all items
(answers "C, E", "A, D"); the flush and lotto parts of scribd 637038846, whose working is garbled.

Examined and not used: scribd 723148918, 854626496, 893278371, 720997500, 672852156, 166395462,
studylib 26321788, jeopardylabs "g7-chapter-9-mathardy" and open.edu OpenLearn 68408 (used by
earlier sets); scribd 719251731, 819918153, 901504672 and 860371833 (mark schemes whose fractions
the conversion dropped, leaving "oe" lines); doczz.net 6683260 (KS3 2006 paper 2: "Accept 0.33 or
better" hangs on a stacked fraction); the KS3 mark-scheme booklets on fdocuments, scribd, studylib
and dokumen.tips (only the introductions were stored); 108.181.175.164 mhansen AP Statistics
"apriorik" (a proof rubric; its symbols came out as "¹" and "Ç"); ib.mycosmic.dev q/217 and
q/1201 and studylib 6652452 (fractions lost); scribd 171572984 "AGC 1 Markscheme" (fractions and
percentages scrambled); mdk12.org sample items (student responses not in the stored text);
numbas.mathcentre.ac.uk probability-conversion questions (templated variables, no concrete
answers); math.techqa.club 3322610 and talkstats (no settled verdict); 816math.blogspot.com (a
student's own post, unchecked); curioustab, examzify, masterymind, claritystem, exam.tips,
mathsguide.uk, vicstudy and public-textbooks pages (generated-looking explanations); smartsolve,
gauthmath, questionai, edu.com and askanewquestion (AI answers); algebra.com and a.simonm.io (by
rule).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DPN = "documents.pub"
DPN_Q3 = "https://documents.pub/amp/document/web-view-question-3-the-normal-distributioncandidates-showed-comprehensive-understanding.html"
BB = "barrybecker4.org"
BB_T6 = "https://barrybecker4.org/school/math/amsMathLeague/tests/test6Probability.html"
PTOP = "ptop.only.wip.la"
PTOP_637 = "https://ptop.only.wip.la:443/https/www.scribd.com/document/637038846/Untitled"
SHG = "singinghedgehog.co.uk"
SHG_P1 = "http://singinghedgehog.co.uk/SHG/SHGMIprob1.htm"
T23 = "tower23.com"
T23_PROB = "https://tower23.com/t23math/math2/probability/probability.html"
MCOE = "dm.mcoe.org"
MCOE_DEC = "http://dm.mcoe.org/glossary/decimal_expression_probability.html"
NZM = "nzmaths.co.nz"
NZM_S44 = (
    "https://nzmaths.co.nz/ao/s4-4-use-simple-fractions-and-percentages-describe-probabilities"
)
ENO = "www.enotes.com"
ENO_267 = (
    "https://www.enotes.com/homework-help/roll-cube-numbered-1-through-6-what-probability-267009"
)
# sources of bench/equiv_fresh63_a2.py
MKC = "mathkcs.pages.dev"
MKC_A = "https://mathkcs.pages.dev/curriculum/im/grade-7/unit-8-probability-and-sampling/assessments/mid-unit-assessment-a"
MKC_B = "https://mathkcs.pages.dev/curriculum/im/grade-7/unit-8-probability-and-sampling/assessments/mid-unit-assessment-b"
FANY = "fanyv88.com"
FANY_806 = "https://fanyv88.com:443/https/www.scribd.com/document/806113188/discrete-R-V-MS"
MYC = "ib.mycosmic.dev"
MYC_689 = "https://ib.mycosmic.dev/q/689/"
VDI = "vdocument.in"
VDI_55 = "https://vdocument.in/web-view-parts-a-and-b-of-this-question-were-answered-correctly-by-nearly-all.html"
IIT = "www.iitianacademy.com"
IIT_55 = "https://www.iitianacademy.com/ib-dp-maths-topic-5-5-concepts-of-trial-outcome-equally-likely-outcomes-sample-space-u-and-event-sl-paper-2/"
LAR = "wgdesigngroup.com"
LAR_649 = "https://wgdesigngroup.com/Pearson/elem_stat_larson/649"

CASES = [
    # documents.pub copy of misswelton's IB normal-distribution markscheme: answers with accepted forms in brackets
    _c(
        DPN,
        DPN_Q3,
        gold=r"0.0668",
        pred=r"6.68 %",
        wrap=True,
        expected=True,
        why="1b: '0.0668  (0.0668072…, 6.68 %, 6.68072… %)      (A1) (C2)'",
    ),
    _c(
        DPN,
        DPN_Q3,
        gold=r"0.341",
        pred=r"34.1 %",
        wrap=True,
        expected=True,
        why="1c: '= 0.341   (0.340532…, 34.1 %, 34.0532…%)      (A1)(ft) (C2)'",
    ),
    _c(
        DPN,
        DPN_Q3,
        gold=r"0.0548",
        pred=r"5.48%",
        wrap=True,
        expected=True,
        why="2a: '0.0548  (0.054799…, 5.48%)     (A2) (C2)'",
    ),
    _c(
        DPN,
        DPN_Q3,
        gold=r"0.645",
        pred=r"64.5%",
        wrap=True,
        expected=True,
        why="2b: '0.645  (0.6449900…, 64.5%)     (A2) (C2)'",
    ),
    _c(
        DPN,
        DPN_Q3,
        gold=r"274",
        pred=r"273",
        wrap=True,
        expected=True,
        why="2c: '274 (273.722…)      (A1)(ft) (C2)' ... 'Accept 273.'",
    ),
    _c(
        DPN,
        DPN_Q3,
        gold=r"0.212",
        pred=r"21.2%",
        wrap=True,
        expected=True,
        why="3a: '= 0.212 (0.21185…, 21.2%)     (A1)(G2)'",
    ),
    # barrybecker4.org AMS Math League 6th test (probabilities), the teacher's analysis of results
    _c(
        BB,
        BB_T6,
        gold=r"1/13",
        pred=r"4/52",
        wrap=True,
        expected=True,
        why="2) '____1/13_____' ... '4/52 can reduce to 1/13. I accepted 4/52 though.'",
    ),
    # scribd 637038846 (ptop.only.wip.la copy), a teacher's problem-solving key with its rubric
    _c(
        PTOP,
        PTOP_637,
        gold=r"3/10",
        pred=r"0.3",
        wrap=True,
        expected=True,
        why="2. two women: 'P(A) = ... = 3/10 or 0.3 or 30%'",
    ),
    _c(
        PTOP,
        PTOP_637,
        gold=r"3/10",
        pred=r"30%",
        wrap=True,
        expected=True,
        why="2. two women: 'P(A) = ... = 3/10 or 0.3 or 30%'",
    ),
    _c(
        PTOP,
        PTOP_637,
        gold=r"55/81",
        pred=r"0.679",
        wrap=True,
        expected=True,
        why="(a) at least two subjects: 'P(A)= 55/81 = 0.679'",
    ),
    _c(
        PTOP,
        PTOP_637,
        gold=r"16/81",
        pred=r"0.198",
        wrap=True,
        expected=True,
        why="(b) only one subject: 'P(A)= 16/81= 0.198'",
    ),
    _c(
        PTOP,
        PTOP_637,
        gold=r"1/3!",
        pred=r"0.16667",
        wrap=True,
        expected=True,
        why="5. correct seats: 'P (A) = 1/3! = 0.16667 OR 16.67%'",
    ),
    _c(
        PTOP,
        PTOP_637,
        gold=r"1/3!",
        pred=r"16.67%",
        wrap=True,
        expected=True,
        why="5. correct seats: 'P (A) = 1/3! = 0.16667 OR 16.67%'",
    ),
    # singinghedgehog.co.uk 'Probability 1': forms a probability may and may not take
    _c(
        SHG,
        SHG_P1,
        gold=r"1/2",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="'mostly written as a fraction 1/2 / sometimes as a percentage 50%'",
    ),
    _c(
        SHG,
        SHG_P1,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'mostly written as a fraction 1/2 ... rarely as a decimal 0.5'",
    ),
    _c(
        SHG,
        SHG_P1,
        gold=r"1/2",
        pred=r"1:2",
        wrap=True,
        expected=False,
        why="'mostly written as a fraction 1/2 ... NEVER as a ratio 1:2'",
    ),
    # tower23.com probability lesson: an odd number picked from 1 to 10
    _c(
        T23,
        T23_PROB,
        gold=r"1/2",
        pred=r"5:10",
        wrap=True,
        expected=True,
        why="'The probability is 5:10. ... The probability ... is 1/2.'",
    ),
    _c(
        T23,
        T23_PROB,
        gold=r"1/2",
        pred=r"5/10",
        wrap=True,
        expected=True,
        why="'express it as a fraction: 5/10 ... why not reduce it? ... is 1/2'",
    ),
    _c(
        T23,
        T23_PROB,
        gold=r"1/2",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="'Probability can also be expressed as a percent...1/2=50%'",
    ),
    _c(
        T23,
        T23_PROB,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why="'Or as a decimal...1/2=50%=.5'",
    ),
    # dm.mcoe.org glossary 'Decimal expression of probability'
    _c(
        MCOE,
        MCOE_DEC,
        gold=r".3",
        pred=r"30%",
        wrap=True,
        expected=True,
        why="'For example, 30% is .3 probability.'",
    ),
    _c(
        MCOE,
        MCOE_DEC,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why="coin toss: 'would be expressed 1/2' ... 'decimal ... (1) by ... (2) or .5'",
    ),
    # nzmaths.co.nz achievement objective S4-4 (fractions and percentages for probabilities)
    _c(
        NZM,
        NZM_S44,
        gold=r"1/4",
        pred=r"9/36",
        wrap=True,
        expected=True,
        why="'9 ways to get a total of either 2,4 or 6 so the probability is 9/36 or 1/4'",
    ),
    _c(
        NZM,
        NZM_S44,
        gold=r"one half",
        pred=r"50%",
        wrap=True,
        expected=True,
        why="'common benchmarks like one half (50%)'",
    ),
    # enotes 267009: a number cube rolled, P(four or less); two answers give the forms
    _c(
        ENO,
        ENO_267,
        gold=r"4/6",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why="first answer: '- ratio: 4/6 or 2/3'",
    ),
    _c(
        ENO,
        ENO_267,
        gold=r"4/6",
        pred=r"0.67",
        wrap=True,
        expected=True,
        why="first answer: '- ratio: 4/6 or 2/3 - decimal: 0.67' (question says nearest hundredth)",
    ),
    _c(
        ENO,
        ENO_267,
        gold=r"4/6",
        pred=r"66.67%",
        wrap=True,
        expected=True,
        why="first answer: '- percent: 66.67%'; second: 'my new percentage is 66.67%'",
    ),
    _c(
        ENO,
        ENO_267,
        gold=r"4/6",
        pred=r"4:6",
        wrap=True,
        expected=True,
        why="second answer: 'our probability is 4/6, which can also be shown as 4:6 or 4 to 6'",
    ),
    _c(
        ENO,
        ENO_267,
        gold=r"4/6",
        pred=r"4 to 6",
        wrap=True,
        expected=True,
        why="second answer: 'our probability is 4/6, which can also be shown as 4:6 or 4 to 6'",
    ),
]

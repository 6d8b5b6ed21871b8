r"""A fifty-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": business
maths, personal finance and percent answers -- compound interest, loans, exchange rates and
commission, sales tax, discounts, profit, income tax, and the same amount or rate written as a
percent, a decimal or a fraction, with or without a currency sign or unit -- where a markscheme,
a worked solution, a teacher's page or a tutor's reply settles which forms are the same answer and
which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed in /work/wt/fresh58_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer or accepts,
or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them. For the IB questionbank copies
the inline-math delimiters \( \) are dropped and the LaTeX inside kept as printed
("1 {\text{ GBP}} = 126 {\text{ JPY}}", "312\,600\;\;\;{\text{(KHR)}}", "3.126 \times {10^5}");
a left side such as "A =", "I =", "PMT=" or "FV=" is dropped, and a leading "=" of a markscheme
line too; an answer that is itself an equation (an exchange rate "1 GBP = 126 JPY") is kept whole.
Readings, each noted in ``why``: an IB "(accept X)" or "Note: Accept X" is a True case; a form the
markscheme gives "(A0)" for the answer mark (the final amount where the interest is asked, a
commission in the wrong currency, "1 JPY = 0 GBP") is a False case; IB 22165's "Accept 126
(JPY)" is read as 126 with the unit optional and taken as the bare "126"; IB 67210's "Award
(A1)(ft) for their 3.126 (3.13)" is read as accepting 3.13 for 3.126 in "a × 10^k"; IB 7308's
"The answer must be given to 2 dp or the final (A1) is not awarded" refuses the unrounded
"97.8090..." the same markscheme prints on its next line. aaamath's entry rule "(e.g. $2.36 not
2.36)" and mytutor's "when giving fractions as an answer it needs to be done in the simplest form"
refuse a form whose value is the same; they are kept as False cases, as the page settles them.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- library.tis.today copies of the IB questionbank (v4, DP mathematical studies), questions 8333
  (08M.1.sl.TZ1.10: "= 1995.00 (accept 1995)"; "She lost 3.08 Euros ... The word ‘lost’ is not
  required"; 2 cases), 8059 (08N.1.sl.TZ0.5: "=75 (75.0, 75.00)"; "If 2500×0.03×3.672100 =2.75 [the /100 lost]
  Award (M1)(A0)"; 3 cases, 1 False), 22165 (14M.1.sl.TZ2.9: "1 GBP = 126 JPY ... Accept 126
  (JPY)"; "Award (A0) for 1 JPY = 0 GBP"; "Accept “part (a) rate is better”"; 3 cases, 1 False),
  6866 (09M.1.sl.TZ2.8: "A = € 6041.12 (€ not required)"; 1 case), 4588 (10M.1.sl.TZ2.10: "I =
  518.15 Euros ... If final amount found is 1718.15 ... (A0)"; 1 case, False), 7308
  (13M.1.sl.TZ2.15: "= 97.81 ... The answer must be given to 2 dp"; 1 case, False) and 67210
  (14N.1.sl.TZ0.6: "= 312 600 (KHR) ... If final amount is 1 212 600 ... (A0)"; "3.126 × 10^5 ...
  (A1)(ft) for their 3.126 (3.13)"; 2 cases, 1 False). 13 cases (5 False).
- dl.ibdocs.re copy of the IB questionbank (fifth edition, DP mathematics: applications and
  interpretation) question 804082 (21N.1.SL.TZ0.10, a house loan: "PMT= 792.13 AUD ... Note:
  Accept an answer of -792.13"; "FV= 133019.94 AUD ... Accept 133020.30 from use of exact value
  for PMT"). 2 cases.
- www.thestudentroom.co.uk thread 6978461 ("maths income tax questions": the asker's "Kim's salary
  = 46,300" and "Why does the mark scheme say it’s £54400?", answered by a reply explaining the
  bands). 1 case, False.
- www.varsitytutors.com ACT "how to find the amount of sales tax" (worked solutions: "= 6.6 =
  $6.60"; "= 0.07 = 7%"). 2 cases.
- aaamath.com "B/pct68_x3.htm" (price discounts: "Your answer should begin with a dollar sign (e.g.
  $2.36 not 2.36)"). 1 case, False.
- roconnell.net "percentages/percent_to_decimal_1.htm" ("40.5 % ... Hence the answer is .405").
  1 case.
- math.techqa.club 189128 (profit percent after a discount: the asker's "P% = 25%" "but the
  correct answer is 56.25 %", confirmed by the best answer). 1 case, False.
- www.gradesaver.com Prealgebra (7th edition) chapter 7 test, page 528, exercise 28 ("percent of
  decrease is 4.5%" ... "0.045=4.5%"). 1 case.
- www.cliffsnotes.com "how do I change percents to decimals and fractions" (".55 = 55%", "7% =
  .07", "2/5 = .4 = 40%", "45% = 45/100 = 9/20"). 6 cases.
- mytutor.co.uk answers 27360 ("Express 12.5% as a fraction": "12.5% is 12.5/100. However, when
  giving fractions as an answer it needs to be done in the simplest form" ... "1/8"). 1 case,
  False.
- mathcentral.uregina.ca QQ.09.07 joeann1 (a $10 discount on $40: "10/40 = 1/4. Expressed as a
  percent ... this is 1/4 × 100 = 25%"). 1 case.

30 cases in all (9 False).

Left out, by rule: follow-through answers that are marked right only as a consequence of an
earlier error (IB 8333's "306.61 Euros", "299.75", "6.86"; IB 67210's "(FV = ) 1212600" with no
working, which earns (A2) of four marks); bracketed values whose status the page does not state
(the IB example question 395114's "$316 ($315.70)" and "$ 7580 ($ 7576.80)"; IB 7308's "6.14
(6.13635...)"; IB 22165's "775 (GBP)"); rounding rules that name no form on the page (IB 4930's
"The first time the answer is not given to 2 decimal places the final (A1) in that part is not
awarded" with only the correct 978.48, 7.20 and 186.30 shown; IB 7300's "must be given correct to
the nearest dollar" for 254); IB 804082's part (b)(ii) "Allow ... from use of some exact values",
whose numbers the stored text lost; multiple-choice distractors (varsitytutors, glencoe), which
are only wrong numbers; worked solutions with a single form (emathematics sales tax, wtmaths,
basic-mathematics price discount; wtmaths.com was also used by bench/equiv_fresh54_a.py).

Examined and not used: IB questionbank 8331 and 8332 (other copies of 8333's question; 8333 was
taken), 4930, 5379 and 7300 (no second form);
preppacademy.com IB-style mark schemes (used before; single forms); scribd 721520608 and
660949692 (Cambridge-style mark schemes used by bench/equiv_fresh44_b.py); paperzz 7017001 (KS2
money mark scheme, used by bench/equiv_fresh52_a.py); physicsforums "rounding this answer to the
nearest tenth" (used by bench/equiv_fresh53_f.py) and "simple interest" 928862 (the right rate is
not stated); webshots 28684779 and bartleby annuity threads (the reply's own answer is wrong or
disputed); askanewquestion.com and jiskha copies (skipped by rule; bot answers); info.5y1.org
"Miss Welton" IB compilations (the text conversion turned signs into "?"); the "1.2k"/"1.5k"
money-shorthand pages (thetechy.life, tinygrab.com, 0685.com; generated articles) and the Termium
writing guide ("$150,000 (not 150K)", a style rule with no question); AI or generated answer
sites (gauthmath, questionai, smartsolve, askfilo, mysovi, studyquicks, examzify, kyeop shelf).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TIS = "library.tis.today"
_TIS_Q = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/41-dp-mathematical-studies/questions/"
)
TIS_8333 = _TIS_Q + "8333.html"
TIS_8059 = _TIS_Q + "8059.html"
TIS_22165 = _TIS_Q + "22165.html"
TIS_6866 = _TIS_Q + "6866.html"
TIS_4588 = _TIS_Q + "4588.html"
TIS_7308 = _TIS_Q + "7308.html"
TIS_67210 = _TIS_Q + "67210.html"
IBD = "dl.ibdocs.re"
IBD_804082 = (
    "https://dl.ibdocs.re/IB%20QUESTIONBANKS/5.%20Fifth%20Edition%20-%20TOPIC/"
    "questionbank.ibo.org/en/teachers/00000/questionbanks/"
    "51-dp-mathematics-applications-and-interpretation/questions/804082.html"
)
TSR = "www.thestudentroom.co.uk"
TSR_6978461 = "https://www.thestudentroom.co.uk/showthread.php?t=6978461"
VT = "www.varsitytutors.com"
VT_TAX = "http://www.varsitytutors.com/act_math-help/how-to-find-the-amount-of-sales-tax"
AAA = "aaamath.com"
AAA_PCT68 = "http://aaamath.com/B/pct68_x3.htm"
ROC = "roconnell.net"
ROC_P2D = "http://roconnell.net/percentages/percent_to_decimal_1.htm"
TQ = "math.techqa.club"
TQ_189128 = "https://math.techqa.club/how-to-find-profit-percent-in-this-case-189128"
GS = "www.gradesaver.com"
GS_PA7_528 = (
    "https://www.gradesaver.com/textbooks/math/prealgebra/prealgebra-7th-edition/"
    "chapter-7-test-page-528/28"
)
CN = "www.cliffsnotes.com"
CN_PCT = (
    "https://www.cliffsnotes.com/cliffsnotes/subjects/math/how-do-i-change-percents-to-decimals-"
    "and-fractions-how-about-decimals-and-fractions-to-percents"
)
MT = "mytutor.co.uk"
MT_27360 = "https://mytutor.co.uk/answers/27360/GCSE/Maths/Express-12-5-as-a-fraction"
MC = "mathcentral.uregina.ca"
MC_JOE = "http://mathcentral.uregina.ca/QQ/database/QQ.09.07/h/joeann1.html"

CASES = [
    # IB questionbank 8333 (08M.1.sl.TZ1.10, exchange rates): 'accept 1995'; 'The word lost is not required'
    _c(
        TIS,
        TIS_8333,
        gold=r"1995.00",
        pred=r"1995",
        wrap=True,
        expected=True,
        why="(a) markscheme: '= 1995.00 (accept 1995)'",
    ),
    _c(
        TIS,
        TIS_8333,
        gold=r"She lost 3.08{\text{ Euros}}",
        pred=r"3.08{\text{ Euros}}",
        wrap=True,
        expected=True,
        why="(c) 'She lost 3.08 Euros' ... 'Notes: The word ‘lost’ is not required.'",
    ),
    # IB questionbank 8059 (08N.1.sl.TZ0.5, commission in rupees): '75 (75.0, 75.00)'; 2.75 gets (A0)
    _c(
        TIS,
        TIS_8059,
        gold=r"75",
        pred=r"75.0",
        wrap=True,
        expected=True,
        why="(b) commission in rupees: '=75 (75.0, 75.00) (A1)'",
    ),
    _c(
        TIS,
        TIS_8059,
        gold=r"75",
        pred=r"75.00",
        wrap=True,
        expected=True,
        why="(b) commission in rupees: '=75 (75.0, 75.00) (A1)'",
    ),
    _c(
        TIS,
        TIS_8059,
        gold=r"75",
        pred=r"2.75",
        wrap=True,
        expected=False,
        why="(b) 'If 2500×0.03×3.672100 =2.75 [the /100 lost] Award (M1)(A0)' (commission wanted in rupees)",
    ),
    # IB questionbank 22165 (14M.1.sl.TZ2.9, GBP and JPY): 'Accept 126 (JPY)'; '(A0) for 1 JPY = 0 GBP'
    _c(
        TIS,
        TIS_22165,
        gold=r"1 {\text{ GBP}} = 126 {\text{ JPY}}",
        pred=r"126",
        wrap=True,
        expected=True,
        why="(b)(i) '1 GBP = 126 JPY (A1) Note: Accept 126 (JPY).'",
    ),
    _c(
        TIS,
        TIS_22165,
        gold=r"1 {\text{ GBP}} = 126 {\text{ JPY}}",
        pred=r"1{\text{ JPY}} = 0 {\text{ GBP}}",
        wrap=True,
        expected=False,
        why="(b)(i) note: 'Award (A0) for 1 JPY = 0 GBP'",
    ),
    _c(
        TIS,
        TIS_22165,
        gold=r"No, the part (b)(i) rate is not better value than the part (a) rate.",
        pred=r"part (a) rate is better",
        wrap=True,
        expected=True,
        why="(b)(ii) 'Note: Accept “part (a) rate is better” for the (A1)(ft).'",
    ),
    # IB questionbank 6866 (09M.1.sl.TZ2.8, compound interest): '€ not required'
    _c(
        TIS,
        TIS_6866,
        gold=r"€ 6041.12",
        pred=r"6041.12",
        wrap=True,
        expected=True,
        why="'(FP) A = € 6041.12 (€ not required) (A1)'",
    ),
    # IB questionbank 4588 (10M.1.sl.TZ2.10, interest earned): the final amount gets (A0)
    _c(
        TIS,
        TIS_4588,
        gold=r"518.15 Euros",
        pred=r"1718.15",
        wrap=True,
        expected=False,
        why="'I = 518.15 Euros' ... 'If final amount found is 1718.15 and working shown award (M1)(A1)(A0).'",
    ),
    # IB questionbank 7308 (13M.1.sl.TZ2.15, interest in AUD): the answer must be given to 2 dp
    _c(
        TIS,
        TIS_7308,
        gold=r"97.81",
        pred=r"97.8090...",
        wrap=True,
        expected=False,
        why="'= 97.81 (A1) (C3) Note: The answer must be given to 2 dp or the final (A1) is not awarded.' (97.8090... is the page's unrounded value)",
    ),
    # IB questionbank 67210 (14N.1.sl.TZ0.6, loan interest in KHR): the final amount gets (A0); 3.13 for 3.126
    _c(
        TIS,
        TIS_67210,
        gold=r"312\,600\;\;\;{\text{(KHR)}}",
        pred=r"1 212 600",
        wrap=True,
        expected=False,
        why="(a) 'If final amount is 1 212 600 and working is shown award (M1)(A1)(A0)(A1)(ft).'",
    ),
    _c(
        TIS,
        TIS_67210,
        gold=r"3.126 \times {10^5}",
        pred=r"3.13 \times {10^5}",
        wrap=True,
        expected=True,
        why="(b) 'Award (A1)(ft) for their 3.126 (3.13), (A1)(ft) for × 10^5.'",
    ),
    # ibdocs copy of IB questionbank 804082 (21N.1.SL.TZ0.10, house loan): negative PMT and exact-PMT value accepted
    _c(
        IBD,
        IBD_804082,
        gold=r"792.13 AUD",
        pred=r"-792.13",
        wrap=True,
        expected=True,
        why="(a) 'PMT= 792.13 AUD A1 Note: Accept an answer of -792.13.'",
    ),
    _c(
        IBD,
        IBD_804082,
        gold=r"133019.94 AUD",
        pred=r"133020.30",
        wrap=True,
        expected=True,
        why="(b)(i) 'FV= 133019.94 AUD ... Accept 133020.30 from use of exact value for PMT.'",
    ),
    # thestudentroom 6978461 (income tax bands): the asker's salary against the mark scheme's
    _c(
        TSR,
        TSR_6978461,
        gold=r"£54400",
        pred=r"46,300",
        wrap=True,
        expected=False,
        why="asker: 'Kim's salary = 46,300' / 'Why does the mark scheme say it’s £54400?'; replies explain the 40% band",
    ),
    # varsitytutors ACT sales tax: worked solutions writing the decimal and the money/percent form as equal
    _c(
        VT,
        VT_TAX,
        gold=r"$6.60",
        pred=r"6.6",
        wrap=True,
        expected=True,
        why="Q3 correct answer '$6.60': 'Tax = ... = (80) x 0.0825 = 6.6 = $6.60'",
    ),
    _c(
        VT,
        VT_TAX,
        gold=r"7%",
        pred=r"0.07",
        wrap=True,
        expected=True,
        why="correct answer '7%': 'Percentage of Tax = ... = 3.15 / 45 = 0.07 = 7%'",
    ),
    # aaamath price discounts: answers must begin with a dollar sign
    _c(
        AAA,
        AAA_PCT68,
        gold=r"$2.36",
        pred=r"2.36",
        wrap=True,
        expected=False,
        why="'Note: Your answer should begin with a dollar sign (e.g. $2.36 not 2.36)'",
    ),
    # roconnell.net percent to decimal: 40.5 % is .405
    _c(
        ROC,
        ROC_P2D,
        gold=r".405",
        pred=r"40.5 %",
        wrap=True,
        expected=True,
        why="'40.5 % Just move the decimal place 2 places to the left and drop the percent sign. Hence the answer is .405'",
    ),
    # math.techqa.club 189128 (profit percent at the marked price): the asker's 25% against the book's 56.25 %
    _c(
        TQ,
        TQ_189128,
        gold=r"56.25 %",
        pred=r"25%",
        wrap=True,
        expected=False,
        why="asker got 'P% = ... = 25%' 'but the correct answer is 56.25 %'; best answer: '1.5625 (ie, 56.25%)'",
    ),
    # gradesaver Prealgebra 7th ed. chapter 7 test 28: percent of decrease
    _c(
        GS,
        GS_PA7_528,
        gold=r"4.5%",
        pred=r"0.045",
        wrap=True,
        expected=True,
        why="'percent of decrease is 4.5%' ... '$6728\\div149488=0.045=4.5$%'",
    ),
    # cliffsnotes: changing decimals, fractions and percents
    _c(
        CN,
        CN_PCT,
        gold=r"55%",
        pred=r".55",
        wrap=True,
        expected=True,
        why="'To change decimals to percents: ... Example: .55 = 55%'",
    ),
    _c(
        CN,
        CN_PCT,
        gold=r".07",
        pred=r"7%",
        wrap=True,
        expected=True,
        why="'To change percents to decimals: ... Example: 7% = .07'",
    ),
    _c(
        CN,
        CN_PCT,
        gold=r"40%",
        pred=r"2/5",
        wrap=True,
        expected=True,
        why="'To change fractions to percents: ... Example: 2/5 = .4 = 40%'",
    ),
    _c(
        CN,
        CN_PCT,
        gold=r"40%",
        pred=r".4",
        wrap=True,
        expected=True,
        why="'To change fractions to percents: ... Example: 2/5 = .4 = 40%'",
    ),
    _c(
        CN,
        CN_PCT,
        gold=r"9/20",
        pred=r"45%",
        wrap=True,
        expected=True,
        why="'To change percents to fractions: ... Example: 45% = 45/100 = 9/20'",
    ),
    _c(
        CN,
        CN_PCT,
        gold=r"9/20",
        pred=r"45/100",
        wrap=True,
        expected=True,
        why="'To change percents to fractions: ... Reduce if necessary. Example: 45% = 45/100 = 9/20'",
    ),
    # mytutor 27360 (express 12.5% as a fraction): 12.5/100 is not in simplest form
    _c(
        MT,
        MT_27360,
        gold=r"1/8",
        pred=r"12.5/100",
        wrap=True,
        expected=False,
        why="'12.5% is 12.5/100. However, when giving fractions as an answer it needs to be done in the simplest form' ... 'to produce 1/8'",
    ),
    # Math Central joeann1 (percentage discount of $10 on $40)
    _c(
        MC,
        MC_JOE,
        gold=r"25%",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="'$10 as a fraction of $40 is 10/40 = 1/4. Expressed as a percent ... this is 1/4 × 100 = 25%.'",
    ),
]

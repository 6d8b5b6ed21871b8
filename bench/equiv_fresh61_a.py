r"""A sixty-first fresh set of answer-equivalence cases (evaluation only; helper "a": Indian school
maths -- NCERT, RD Sharma and RS Aggarwal solutions, state-board solutions in Hindi and Punjabi,
Indian tutoring notes and worksheets -- where an answer is given in more than one form: rupees and
paise (Rs 12.50, ₹ 21.05, 1250 p), lakh and crore against million (2,50,000, 2.5 lakhs, 250,000),
metric units (cm and m, g and kg), fractions, mixed fractions, decimals, ratios and percents, and
multiple-choice keys that refuse the other choices).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of fresh57 to fresh60 and
/work/wt/fresh61_claims/claims.txt; each page was claimed there before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh61_a2.py and bench/equiv_fresh61_a3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them ("Rs.", "Re.", "Rs", "₹", "रु",
"P" and "p" for paise, "paisa" or "paise", Indian digit grouping, Hindi and Punjabi words kept).
Where an exercise states "given = answer" (convert, express, write in figures), the gold is the
form the exercise asks for and the pred the given quantity, which the page states is equal; the
intermediate members of a chain ("= 350/100 =", "= \frac {32} {5} =") are not used. Where a page
lists forms joined by "or", the first is the gold. Inline-math delimiters \( \) and $ $ are
dropped and the LaTeX inside kept with its spacing ("\frac { 1 }{ 8 }", "\frac {3} {5}");
tiwariacademy's plain-text mixed numbers "27(1/2) %" are kept as written. In multiple-choice
keys, the keyed choice is the gold and an unkeyed choice is refused (expected False).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.math-only-math.com "conversion-of-rupees-and-paise.html" ("Re 0.60 = 60 paise", "1250 p =
  Rs 12.50", "30 p = Rs 0.30" ...). 7 cases.
- www.math-only-math.com "conversion-of-money.html" ("Re. 1.00 = 100 paisa", "Rs. 3.50 ... = 350
  paise", "815 paise ... = Rs. 8.15", and a table "450 paise ... = Rs. 4.5 ..."). 7 cases.
- www.math-only-math.com "writing-money-in-words-and-figure.html" ("₹ 21 and 5 p is written as ₹
  21.05", "8 rupees = Rs. 8 or Rs. 8.00", "45 paisa = Re. 0.45 or 45 P" ...). 9 cases.
- studyadda.com notes 4th class money 8126 ("8 rupees 5 paise is written as Rs. 8.05 not Rs.
  8.5", "Rs. 60 and 70 P or Rs. 60.70", "1 p = Rs. 0.01"). 6 cases (1 False).
- www.math-only-math.com "worksheet-on-coins-and-currency-notes.html" (questions and answer key:
  "52 rupees 5 paise" / "Rs 52.05", "Rs 15.60" / "Rupees fifteen and sixty paise"). 6 cases.
- www.learnersplanet.com "content/test-1-free-19" (money test with key "(10)-A", "(11)-B":
  "three hundred twenty paisa" is "3.20 Rs", not "3 Rs"; "one rupee and thirty five paisa" is "Rs
  1.35", not "Rs 1.53" or "Rs 135"). 5 cases (3 False).
- cbsemadeeasyas123.blogspot.com 2008/04 ICSE solved papers (an online key's "Answer: 5000.00"
  against the worked "= Rs. 5000.00"). 1 case.
- byjus.com RD Sharma class 6 Ex 7.6 ("15 paisa = Rs 0.15", "3 m 65 cm = 3.65 m" ...). 8 cases.
- hindi.tiwariacademy.com NCERT class 6 Ex 8.2 in Hindi ("65 पैसे = रु 65/100 = रु 0.65"). 3 cases.
- www.math-edu-guide.com class 5 measurement ("6 kg 5 g = ... = 6.005 kg", "2 g 2 dg 7 cg 1 mg =
  ... = 2.271 g"). 4 cases.
- www.learntalkmoney.com lakhs, crores, millions ("250,000 would be represented as 2,50,000 and
  read as Two and a half lakhs or 2.5 lakhs. It is also abbreviated as 2.5L."; "1.365 billion
  which is 136.5 crores"). 8 cases.
- www.bemoneyaware.com Indian and Western systems table ("5,00,000 500,000 Five lakhs"). 4 cases.
- edurev.in RD Sharma class 6 Ex 1.1 (number names and numerals with Indian commas). 5 cases.
- eswari-maths.blogspot.com 2011/03 worksheet for number system (a teacher's answers: "20,05,624
  Twenty lakhs five thousand six hundred twenty four"). 3 cases.
- www.vedantu.com question 5eedb39ac091ae647cff6fd5 ("1 million is equivalent to": "1,000
  Thousands = 10 Lakhs = 1 Million ... So, option (b) is correct", not "(d) 1 crore" or "(a) 100
  thousands"). 4 cases (2 False).
- www.tiwariacademy.com NCERT class 7 Ex 7.1 ("11/40 = ... = 27(1/2) %", "12.5 % = ... = 1 : 8",
  "5.4% = ... = 0.054"). 9 cases.
- byjus.com RS Aggarwal class 6 Ex 7A (decimals as fractions and mixed fractions, in LaTeX). 8
  cases.
- mpboardguru.com MP Board class 7 Ex 8.2, Hindi ("\frac { 2 }{ 7 } ... = 28\frac { 4 }{ 7 }%").
  6 cases.
- psebsolutions.in PSEB class 7 Ex 8.2, Punjabi ("1\frac{3}{8} = 137 \frac{1}{2} %"). 4 cases.
- rbsesolutions.in RBSE class 7 chapter 8 important questions, Hindi multiple choice
  ("75\frac{1}{2}% के समान दशमलव भिन्न होगी ... उत्तर: (अ) 0.755", not "(ब) 7.55" or "(स)
  75.5"). 7 cases (3 False).

114 cases in all (9 False): 35 here, 45 in bench/equiv_fresh61_a2.py (5 False), 34 in
bench/equiv_fresh61_a3.py (3 False). (This module's 35 include 1 False.)

Left out, by rule: forms whose rupee sign the PDF conversion turned into a backquote ("` 7.75 or
775 p" in trp.vivadigitalindia.net Start Up Mathematics 3, page 143; oliverpublications' "680
paise = ` 6.80"; grambooks' "` 6.65"); page errors and lines a page gets wrong (cbsemaster.org's
"9m 7cm = 0.97 m" and "5 kg 8 g = ... 1008 g"; rdsharmasolutions.in's "35 paisa = 350/100";
tiwariacademy's "72/100 = 18/28"; cclchapter's "9,05,000,41"; math-only-math worksheet's "Rupees
one hundred seventy" keyed "Rs 107"; studiestoday RBSE "7/9 = 700/9 % = 77.7%", a truncation
stated as equal); intermediate members of conversion chains; cbsemadeeasyas123's "25:6" against
its worked "x : y = 25 : 6", under the key's instruction "Leave no spaces around the : (colon)
symbol", which leaves open whether the spaced form would be accepted; answers with more than one
part typed in one box ("12,12544.00"); learnersplanet's questions whose pictures or prices are not
in the stored text.

Examined and not used: kamagra.edu.pl copies of math-only-math pages (spam mirrors);
alumniagri.in (used by bench/equiv_fresh55_e.py); vidyadip.com (used by bench/equiv_fresh52_c2.py);
tutorialspoint and cuemath "Express as kg using decimals" pages (domains used before, and the same
NCERT exercise as the pages taken); edu.com and shinyu.ai (AI-generated); vedantu's other paise
pages (one states "50 rupees 90 paise ... as 5.9 rupees"); edurev class 3 worksheet ("Ans.
641.19999999999993"); CBSE and ICSE marking schemes on edurev, jagranjosh, scribd and respaper
(only general instructions or multiple-choice keys with stacked fractions were stored); Indian
Express and news pages on step marking and grace marks (no answer forms); haryanaboardsolutions
(used by bench/equiv_fresh54_d.py; answers as images); liquisearch, owiki, fact-archive and
teachmint (encyclopedia tables, not answers); funwithscienceclub (worksheet without answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MOM = "www.math-only-math.com"
MOM_CRP = "http://www.math-only-math.com/conversion-of-rupees-and-paise.html"
MOM_COM = "http://www.math-only-math.com/conversion-of-money.html"
MOM_WMF = "https://www.math-only-math.com/writing-money-in-words-and-figure.html"
MOM_WCC = "http://www.math-only-math.com/worksheet-on-coins-and-currency-notes.html"
SAD = "studyadda.com"
SAD_4 = "http://studyadda.com/notes/4th-class/mathematics/money/introduction/8126"
LPL = "www.learnersplanet.com"
LPL_T19 = "http://www.learnersplanet.com/content/test-1-free-19"
CME = "cbsemadeeasyas123.blogspot.com"
CME_ICSE = "http://cbsemadeeasyas123.blogspot.com/2008/04/icse-board-exam-free-solved-papers.html"
BYJ = "byjus.com"
BYJ_RD76 = "https://byjus.com/rd-sharma-solutions/class-6-maths-chapter-7-decimals-ex-7-6/"
BYJ_RA7A = "https://byjus.com/rs-aggarwal-solutions/rs-aggarwal-class-6-solutions-chapter-7-decimals-exercise-7-1/"
TWH = "hindi.tiwariacademy.com"
TWH_682 = "https://hindi.tiwariacademy.com/ncert-solutions/class-6/maths/chapter-8/exercise-8-2/"
MEG = "www.math-edu-guide.com"
MEG_5 = "https://www.math-edu-guide.com/CLASS-5-Measurement-Expressing-From-Lower-Unit-to-Higher-Unit.html"
LTM = "www.learntalkmoney.com"
LTM_IN = (
    "https://www.learntalkmoney.com/indian-international-numbering-lakhs-crores-millions-billions/"
)
BMA = "www.bemoneyaware.com"
BMA_GAME = "https://www.bemoneyaware.com/blog/game-tell-number-indian-international-system/"
EDR = "edurev.in"
EDR_RD11 = "https://edurev.in/studytube/RD-Sharma-Solutions-Exercise-1-1-Knowing-Our-Numbe/e0c7b4d1-cd13-4291-b64e-0e79ee337e2d_t"
ESW = "eswari-maths.blogspot.com"
ESW_NS = "http://eswari-maths.blogspot.com/2011/03/worksheet-for-number-system.html"
VED = "www.vedantu.com"
VED_1M = "https://www.vedantu.com/question-answer/1-million-is-equivalent-to-which-of-the-class-6-maths-cbse-5eedb39ac091ae647cff6fd5"
TWA = "www.tiwariacademy.com"
TWA_71 = "https://www.tiwariacademy.com/ncert-solutions/class-7/maths/chapter-7/exercise-7-1/"
MPG = "mpboardguru.com"
MPG_782 = "https://mpboardguru.com/mp-board-class-7th-maths-solutions-chapter-8-ex-8-2/"
PSE = "psebsolutions.in"
PSE_782 = "https://psebsolutions.in/pseb-7th-class-maths-solutions-chapter-8-ex-8-2-in-punjabi/"
RBS = "rbsesolutions.in"
RBS_78 = "https://rbsesolutions.in/rbse-class-7-maths-important-questions-chapter-8-in-hindi"

CASES = [
    # math-only-math conversion-of-rupees-and-paise: rupees into paise and paise into rupees
    _c(
        MOM,
        MOM_CRP,
        gold=r"425 paise",
        pred=r"Rs 4.25",
        wrap=True,
        expected=True,
        why="'to convert Rs 4.25 into paise we express it as 425 paise'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"60 paise",
        pred=r"Re 0.60",
        wrap=True,
        expected=True,
        why="Process 1 examples: '(i) Re 0.60 = 60 paise'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"1105 paise",
        pred=r"Rs 11.05",
        wrap=True,
        expected=True,
        why="Process 1 examples: '(ii) Rs 11.05 = 1105 paise'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"1400 paise",
        pred=r"Rs. 14.00",
        wrap=True,
        expected=True,
        why="Process 1 examples: '(iii) Rs. 14.00 = 1400 paise'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"Rs 12.50",
        pred=r"1250 p",
        wrap=True,
        expected=True,
        why="paise into rupees: '(i) 1250 p = Rs 12.50'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"Rs 7.05",
        pred=r"705 p",
        wrap=True,
        expected=True,
        why="paise into rupees: '(ii) 705 p = Rs 7.05'",
    ),
    _c(
        MOM,
        MOM_CRP,
        gold=r"Rs 0.30",
        pred=r"30 p",
        wrap=True,
        expected=True,
        why="paise into rupees: '(iii) 30 p = Rs 0.30'",
    ),
    # math-only-math conversion-of-money: worked conversions and the paise-to-rupees table
    _c(
        MOM,
        MOM_COM,
        gold=r"Re. 1.00",
        pred=r"100 paisa",
        wrap=True,
        expected=True,
        why="'the basic fact that Re. 1.00 = 100 paisa and 100 paisa = Re. 1.00'",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"350 paise",
        pred=r"Rs. 3.50",
        wrap=True,
        expected=True,
        why="'(i) Rs. 3.50 into paise' ... '= 350 paise'",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"725 paise",
        pred=r"Rs. 7.25",
        wrap=True,
        expected=True,
        why="'For example: Rs. 7.25 = 725 paise'",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"Rs. 8.15",
        pred=r"815 paise",
        wrap=True,
        expected=True,
        why="'(ii) 815 paise into rupees' ... '= Rs. 8.15'",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"Rs. 4.5",
        pred=r"450 paise",
        wrap=True,
        expected=True,
        why="table '450 paise 1375 paise ...' over '= Rs. 4.5 = Rs. 13.75 ...' (first column)",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"Re. 0.75",
        pred=r"75 paise",
        wrap=True,
        expected=True,
        why="table: third column '75 paise' over '= Re. 0.75'",
    ),
    _c(
        MOM,
        MOM_COM,
        gold=r"Rs. 6.05",
        pred=r"605 paise",
        wrap=True,
        expected=True,
        why="table: fifth column '605 paise' over '= Rs. 6.05'",
    ),
    # math-only-math writing-money-in-words-and-figure: figures, words and paise
    _c(
        MOM,
        MOM_WMF,
        gold=r"₹ 21.05",
        pred=r"₹ 21 and 5 p",
        wrap=True,
        expected=True,
        why="'₹ 21 and 5 p is written as ₹ 21.05'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"₹ 20.50",
        pred=r"twenty rupees and fifty paise",
        wrap=True,
        expected=True,
        why="'in figure as ₹ 20.50. The amount in words is written as twenty rupees and fifty paise.'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Rs. 10.40",
        pred=r"10 rupees, 40 paisa",
        wrap=True,
        expected=True,
        why="'(i) 10 rupees, 40 paisa is written as Rs. 10.40'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Rs. 7.05",
        pred=r"7 rupees, 5 paisa",
        wrap=True,
        expected=True,
        why="'7 rupees, 5 paisa is written as Rs. 7.05'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Rs. 12.07",
        pred=r"12 rupees, 7 paisa",
        wrap=True,
        expected=True,
        why="'12 rupees, 7 paisa is written as Rs. 12.07'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Rs. 8",
        pred=r"Rs. 8.00",
        wrap=True,
        expected=True,
        why="'8 rupees = Rs. 8 or Rs. 8.00'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Rs. 15",
        pred=r"Rs. 15.00",
        wrap=True,
        expected=True,
        why="'15 rupees = Rs. 15 or Rs. 15.00'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Re. 0.45",
        pred=r"45 P",
        wrap=True,
        expected=True,
        why="'45 paisa = Re. 0.45 or 45 P'",
    ),
    _c(
        MOM,
        MOM_WMF,
        gold=r"Re. 0.08",
        pred=r"8 paisa",
        wrap=True,
        expected=True,
        why="'So, 8 paisa = Re. 0.08'",
    ),
    # studyadda 4th class money notes: decimal notation, one form refused
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 8.05",
        pred=r"Rs. 8.5",
        wrap=True,
        expected=False,
        why="'8 rupees 5 paise is written as Rs. 8.05 not Rs. 8.5'",
    ),
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 8.05",
        pred=r"8 rupees 5 paise",
        wrap=True,
        expected=True,
        why="'8 rupees 5 paise is written as Rs. 8.05'",
    ),
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 60 and 70 P",
        pred=r"Rs. 60.70",
        wrap=True,
        expected=True,
        why="'60 rupees and 70 paise, we write Rs. 60 and 70 P or Rs. 60.70'",
    ),
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 101.25",
        pred=r"Rs. 101 and 25 paise",
        wrap=True,
        expected=True,
        why="'express the amount as Rs. 101 and 25 paise ... using decimal notation as Rs. 101.25'",
    ),
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 78.09",
        pred=r"78 rupees and 9 paise",
        wrap=True,
        expected=True,
        why="'78 rupees and 9 paise = Rs. 78.09'",
    ),
    _c(
        SAD,
        SAD_4,
        gold=r"Rs. 0.01",
        pred=r"1 p",
        wrap=True,
        expected=True,
        why="'Rs. 1 = 100 paise. Or 1 p = Rs. 0.01'",
    ),
    # math-only-math worksheet-on-coins-and-currency-notes: answer key
    _c(
        MOM,
        MOM_WCC,
        gold=r"Rs 52.05",
        pred=r"52 rupees 5 paise",
        wrap=True,
        expected=True,
        why="Q1 '(ii) 52 rupees 5 paise'; Answers '1. ... (ii) Rs 52.05'",
    ),
    _c(
        MOM,
        MOM_WCC,
        gold=r"Rs 7.07",
        pred=r"7 rupees 7 paise",
        wrap=True,
        expected=True,
        why="Q1 '(iii) 7 rupees 7 paise'; Answers '(iii) Rs 7.07'",
    ),
    _c(
        MOM,
        MOM_WCC,
        gold=r"Rs 16.07",
        pred=r"16 rupees 7 paise",
        wrap=True,
        expected=True,
        why="Q1 '(viii) 16 rupees 7 paise'; Answers '(viii) Rs 16.07'",
    ),
    _c(
        MOM,
        MOM_WCC,
        gold=r"5 paise",
        pred=r"Re 0.05",
        wrap=True,
        expected=True,
        why="Q2 '(ii) Re 0.05'; Answers '2. ... (ii) 5 paise'",
    ),
    _c(
        MOM,
        MOM_WCC,
        gold=r"Rs 60.05",
        pred=r"Rupees sixty and five paise",
        wrap=True,
        expected=True,
        why="Q3 '(ii) ) Rupees sixty and five paise'; Answers '(ii) ) Rs 60.05'",
    ),
    _c(
        MOM,
        MOM_WCC,
        gold=r"Rupees fifteen and sixty paise",
        pred=r"Rs 15.60",
        wrap=True,
        expected=True,
        why="Q4 '(ii) Rs 15.60'; Answers '(ii) Rupees fifteen and sixty paise'",
    ),
]

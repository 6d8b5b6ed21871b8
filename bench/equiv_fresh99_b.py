r"""A ninety-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": money and
percent word-problem answers -- discounts, sales tax, tips, markups, profit and loss, simple and
compound interest, percent change -- with amounts in pounds and pence, dollars and cents, with and
without a currency sign or a thousands comma, percents against decimals, fractions and words, and
an amount rounded to the cent or a percent to the whole number that a key accepts or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool; one
homework-system documentation page, the WeBWorK ``contextCurrency.pl`` notes, came from the
``docs`` corpus), not from repositories; no earlier set used them (each URL or page id, and domain
plus distinctive path part, was grepped in bench/, and checked against the claims files
/work/wt/fresh*_claims/claims.txt of earlier and parallel rounds; each page was claimed in
/work/wt/fresh99_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer or accepts, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("246p" and "£2.46" without
spaces, "14 003 tonnes" with its digit-group space, ".1" and ".35" without a leading
zero, "25 Percent" with its capital, "$1,668.80" with its comma and "1668.80" without). Where a
page writes "A = B" or "A or B" for the quantity asked, the quantity asked is the gold and the other
form the pred. Readings, each noted in ``why``: in the GRE explanation (greprepclub 3126) the
answer box carries a percent symbol, so the digits "33" typed into it are the answer 33% and
"0.33" typed into it is refused as 0.33%; the WeBWorK forum post states the entries an instructor
wants accepted for the unrounded finance answer; the Dr. Math page escapes its dollar signs
("\$8.99"), written "$8.99" in the ``why`` lines.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- greprepclub.com "a-merchant-made-a-profit-of-5-on-the-sale-of-a-sweater-that-3126" (GRE numeric
  entry: "the correct answer is 33% (or equivalent)"; "33.333333, which is incorrect since it is
  not given to the nearest whole percent"; "the decimal equivalent of 33 percent, which is 0.33,
  is incorrect"). 3 cases (2 False).
- www.edplace.com KS2 year 4 worksheet 156/603 "Convert Pounds and Pence into Pence" ("£2.46 is
  the same as 200p + 40p + 6p = 246p"; "£26.52 × 100 = 2652p"). 2 cases.
- www.northern.lancs.sch.uk "maths-44" (a teacher's lesson on adding money: "the answer should be
  £111.30, not £11.30!"). 1 case, False.
- mathcentral.uregina.ca QQ.09.11 kenneth4 ("0.5% is 5 tenths of one percent ... you can also
  express 0.5% as half of one percent"). 2 cases.
- webwork.maa.org forum discussion d=3614 ("for students to enter answers like 121.22 (or even
  $121.22) when the numerical answer to a finance math problem is 121.2161241"). 2 cases.
- sourceforge.net openwebwork mailing-list message 19839782 (docs corpus; the contextCurrency.pl
  documentation: "this $m will print as $50 rather than $50.00"). 1 case.
- www.medentry.edu.au "ucat/tags/sample-umat-questions" ("0.25 = 25% 0.023 = 2.3% 1.3 = 130%";
  "25 Percent 25 x 1/100 = 1/4"). 4 cases.
- filemakertoday.com "formatting-percentage-fields-correctly" ("for 10%, you would enter .1; for
  15%, you enter .15"). 2 cases.
- mathforum.org Dr. Math 58196 "Finding Sale Price" ("30% of $8.99 means 30/100, or 0.30, times
  $8.99"; "what's left is 70% ... 0.70 * $8.99"). 3 cases.
- sp873math.blogspot.com 2006/01 "Discount and Sale Price" (a grade-7 class blog: "switching the
  percent ... to a decimal", "15% of $290 0.15x290=$43.50", "50% of 70= .5x70=35", "35% of 80=
  .35x80=28"). 3 cases.
- senditout.com 2014/12 compound-interest thread ("= $1,668.79894, round to $1,668.80" with the
  answer line "1668.80"). 1 case.
- studylib.net doc 9063011 (answers to Collins New GCSE Maths Functional Skills "Money – making
  the world go round?": "2250 cm or 22.5 m", "3860 cm or 38.6 m", "14 003 million g = 14 003
  tonnes"). 3 cases.
- math.answers.com "How many 10p coins will be worth one pound" ("ten 10 x 10p = 100p = £1").
  2 cases.

29 cases in all (3 False).

Left out, by rule: unrounded amounts a page rounds without saying whether a key takes them (Dr.
Math 58196's "$6.293 which would be rounded down to $6.29", senditout's "$1,668.79894", the
web2.0calc help_56010 "$20.3775 ≈ $20.38"); expressions that are only working ("200p + 40p + 6p",
"25 x 1/100", "0.70 * $8.99"); method-mark values that are not answers (ib.mycosmic.dev q/1382's
"972 972.2"; scribd 651495717's "A1 for 1812 or 21812" in a question whose answer is a choice of
investment); a single form with no second (the Collins key's rounded coin-value table, the class
blog's "$43.50" and "246.50", the GRE "j = $160,000" on issuhub 3486); amounts whose pound sign the
stored text turned into "?" (doodlemaths Year 3 "converting from pounds to pence", "?2.50p is
wrong").

Examined and not used: sinclair.edu nursing grading scale (claimed, then dropped: "79.50 = 80%"
and "92.49 = 92%" state a grade-rounding policy, not two forms of one answer); library.tis.today
IB questions 7052 (no second form; "Correct answer to 2 dp only" names no refused form), 8331,
4930 and 7300 (examined by bench/equiv_fresh58_b.py); formsbank 392242 page 10, scribd 721258577,
721520608 and 660949692, paperzz 7017001, abcdocz 275852 (City & Guilds guidance notes),
jsfiddle-mirrored 28549652, openstudy 55eca414, quantarchive 20110404052649AAFHeST, studylib
8878838, pt.scribd 166395462, avroarrow power-to-maths, gradesaver and basic-mathematics price
discount (used or examined by earlier sets); info.5y1.org "Miss Welton" IB compilations (spaces
stored as "?"); paperzz 9398586 and abcdocz 1196739 money problems, rupertcollins "Money Boxes",
quizalize and kwiznet quizzes (questions or choices only, no key stored); KS2, AQA, Edexcel,
Functional Skills and SQA mark-scheme booklets on studylib, scribd, fdocuments, pdfslide, docest,
dokumen.tips and sats-papers.co.uk (only the cover and general guidance were stored; pdf4pro's
Functional Skills note on "(£)0.324" does not give the right answer); 9lib IB markschemes (only
the instructions were stored); east-centricarch.eu (a scraped answer page whose question is not
stored and whose two answers disagree); freemathhelp 108476 (no reply stored); mathcentral
QQ.09.18 sher1 (the markup is left as an unevaluated fraction); scribd 361344500 "Working Out
Prices" (examples in words only); algebra.com, jiskha and askanewquestion (skipped by rule); AI
or generated pages (smartsolve, gauthmath, edu.com, mysovi, askfilo, vaia, coconote,
interactiveprimer, test-ninjas, a-warded.org, dayreview.org, newsleon, newsco, kyeop shelf) and
scraper copies of a pounds-and-pence lesson (dollxdoll.com, all-at-once.la, uni2growcameroun,
fatransprl.org) and of Q&A pages (ojs.cahayasurya, daytonsbluff, code.policylink, interpals).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GPC = "greprepclub.com"
GPC_3126 = (
    "http://greprepclub.com/forum/"
    "a-merchant-made-a-profit-of-5-on-the-sale-of-a-sweater-that-3126.html"
)
EDP = "www.edplace.com"
EDP_603 = (
    "https://www.edplace.com/worksheet_info/maths/keystage2/year4/topic/156/603/"
    "counting-cash:-write-the-amount-in-pence"
)
NLS = "www.northern.lancs.sch.uk"
NLS_44 = "https://www.northern.lancs.sch.uk/maths-44/"
MC = "mathcentral.uregina.ca"
MC_KEN4 = "http://mathcentral.uregina.ca/QQ/database/QQ.09.11/h/kenneth4.html"
WW = "webwork.maa.org"
WW_3614 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=3614"
SFW = "sourceforge.net"
SFW_1983 = "https://sourceforge.net/p/openwebwork/mailman/message/19839782"
MED = "www.medentry.edu.au"
MED_UMAT = "https://www.medentry.edu.au/ucat/tags/sample-umat-questions"
FMT = "filemakertoday.com"
FMT_PCT = "https://filemakertoday.com/formatting-percentage-fields-correctly/"
DRM = "mathforum.org"
DRM_58196 = "http://mathforum.org/library/drmath/view/58196.html"
SPB = "sp873math.blogspot.com"
SPB_873 = "http://sp873math.blogspot.com/2006/01/discount-and-sale-price.html"
SEN = "senditout.com"
SEN_1300 = (
    "http://senditout.com/cy/201412/a_You_invest__1_300_in_an_account_with_an_annual_interest_"
    "rate_of_2_5___compounded_monthly__How_much_money_is_in_the_accou.html"
)
SL = "studylib.net"
SL_9063011 = (
    "https://studylib.net/doc/9063011/answers--money-%E2%80%93-making-the-world-go-round%3F"
)
ANS = "math.answers.com"
ANS_10P = "https://math.answers.com/other-math/How_many_10p_coins_will_be_worth_one_pound"

CASES = [
    # greprepclub 3126 (GRE numeric entry, profit as a percent of cost): 33% to the nearest whole
    # percent, in a box that carries the percent symbol
    _c(
        GPC,
        GPC_3126,
        gold=r"33%",
        pred=r"33.333333",
        wrap=True,
        expected=False,
        why="'33.333333, which is incorrect since it is not given to the nearest whole percent'",
    ),
    _c(
        GPC,
        GPC_3126,
        gold=r"33%",
        pred=r"0.33",
        wrap=True,
        expected=False,
        why="'0.33, is incorrect' ... 'Entering 0.33 ... would give the erroneous answer 0.33%'",
    ),
    _c(
        GPC,
        GPC_3126,
        gold=r"33%",
        pred=r"33",
        wrap=True,
        expected=True,
        why="'deleting all of the digits to the right of the decimal point' (box shows %)",
    ),
    # edplace KS2 worksheet 'Convert Pounds and Pence into Pence': worked examples
    _c(
        EDP,
        EDP_603,
        gold=r"246p",
        pred=r"£2.46",
        wrap=True,
        expected=True,
        why="'How many pence are there in £2.46? £2.46 is the same as 200p + 40p + 6p = 246p'",
    ),
    _c(
        EDP,
        EDP_603,
        gold=r"2652p",
        pred=r"£26.52",
        wrap=True,
        expected=True,
        why="'How many pence are there in £26.52? £26.52 × 100 = 2652p'",
    ),
    # Northern (Lancs) school maths lesson 44, adding money: a dropped carry refused
    _c(
        NLS,
        NLS_44,
        gold=r"£111.30",
        pred=r"£11.30",
        wrap=True,
        expected=False,
        why="'the answer should be £111.30, not £11.30!'",
    ),
    # Math Central QQ.09.11 kenneth4: 0.5% in words
    _c(
        MC,
        MC_KEN4,
        gold=r"0.5%",
        pred=r"5 tenths of one percent",
        wrap=True,
        expected=True,
        why="'You are correct that 0.5% is 5 tenths of one percent.'",
    ),
    _c(
        MC,
        MC_KEN4,
        gold=r"0.5%",
        pred=r"half of one percent",
        wrap=True,
        expected=True,
        why="'you can also express 0.5% as half of one percent'",
    ),
    # WeBWorK forum d=3614: the instructor's accepted entries for a finance answer
    _c(
        WW,
        WW_3614,
        gold=r"121.2161241",
        pred=r"121.22",
        wrap=True,
        expected=True,
        why="'answers like 121.22 (or even $121.22) when the numerical answer ... is 121.2161241'",
    ),
    _c(
        WW,
        WW_3614,
        gold=r"121.2161241",
        pred=r"$121.22",
        wrap=True,
        expected=True,
        why="'answers like 121.22 (or even $121.22) when the numerical answer ... is 121.2161241'",
    ),
    # WeBWorK contextCurrency.pl documentation (openwebwork CVS mail 19839782), docs corpus
    _c(
        SFW,
        SFW_1983,
        gold=r"$50.00",
        pred=r"$50",
        wrap=True,
        expected=True,
        why="contextCurrency.pl: \"$m = Compute('$50')...\" 'will print as $50 rather than $50.00'",
    ),
    # MedEntry UMAT tag page: percent and decimal (and fraction) forms
    _c(
        MED,
        MED_UMAT,
        gold=r"25%",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="'To convert a decimal into a percent ... For example, 0.25 = 25%'",
    ),
    _c(
        MED,
        MED_UMAT,
        gold=r"2.3%",
        pred=r"0.023",
        wrap=True,
        expected=True,
        why="'For example, 0.25 = 25% 0.023 = 2.3% 1.3 = 130%'",
    ),
    _c(
        MED,
        MED_UMAT,
        gold=r"130%",
        pred=r"1.3",
        wrap=True,
        expected=True,
        why="'For example, 0.25 = 25% 0.023 = 2.3% 1.3 = 130%'",
    ),
    _c(
        MED,
        MED_UMAT,
        gold=r"25 Percent",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="'For example, 25 Percent 25 x 1/100 = 1/4'",
    ),
    # FileMaker Today 'Formatting Percentage Fields Correctly'
    _c(
        FMT,
        FMT_PCT,
        gold=r"10%",
        pred=r".1",
        wrap=True,
        expected=True,
        why="'percentages should be entered as a decimal, i.e., for 10%, you would enter .1'",
    ),
    _c(
        FMT,
        FMT_PCT,
        gold=r"15%",
        pred=r".15",
        wrap=True,
        expected=True,
        why="'percentages should be entered as a decimal, i.e., ... for 15%, you enter .15'",
    ),
    # Dr. Math 58196 'Finding Sale Price': the percent written as a fraction and a decimal
    _c(
        DRM,
        DRM_58196,
        gold=r"30%",
        pred=r"30/100",
        wrap=True,
        expected=True,
        why="'30% of $8.99 means 30/100, or 0.30, times $8.99'",
    ),
    _c(
        DRM,
        DRM_58196,
        gold=r"30%",
        pred=r"0.30",
        wrap=True,
        expected=True,
        why="'30% of $8.99 means 30/100, or 0.30, times $8.99'",
    ),
    _c(
        DRM,
        DRM_58196,
        gold=r"70%",
        pred=r"0.70",
        wrap=True,
        expected=True,
        why="'what's left is 70%; so you can just multiply $8.99 by 70% ...: 0.70 * $8.99'",
    ),
    # sp873math class blog 2006/01 'Discount and Sale Price': percents switched to decimals
    _c(
        SPB,
        SPB_873,
        gold=r"15%",
        pred=r"0.15",
        wrap=True,
        expected=True,
        why="'switching the percent ... to a decimal' ... '15% of $290 0.15x290=$43.50'",
    ),
    _c(
        SPB,
        SPB_873,
        gold=r"50%",
        pred=r".5",
        wrap=True,
        expected=True,
        why="'50% of 70= .5x70=35'",
    ),
    _c(
        SPB,
        SPB_873,
        gold=r"35%",
        pred=r".35",
        wrap=True,
        expected=True,
        why="'35% of 80= .35x80=28'",
    ),
    # senditout.com 2014/12 compound-interest thread: the rounded amount, with and without $
    _c(
        SEN,
        SEN_1300,
        gold=r"$1,668.80",
        pred=r"1668.80",
        wrap=True,
        expected=True,
        why="'= $1,668.79894, round to $1,668.80' then the answer line '1668.80'",
    ),
    # studylib 9063011, answers to Collins 'Money - making the world go round?' (keys with 'or')
    _c(
        SL,
        SL_9063011,
        gold=r"2250 cm",
        pred=r"22.5 m",
        wrap=True,
        expected=True,
        why="answers, Task 4: '1 2250 cm or 22.5 m'",
    ),
    _c(
        SL,
        SL_9063011,
        gold=r"3860 cm",
        pred=r"38.6 m",
        wrap=True,
        expected=True,
        why="answers, Task 4: '6 3860 cm or 38.6 m'",
    ),
    _c(
        SL,
        SL_9063011,
        gold=r"14 003 tonnes",
        pred=r"14 003 million g",
        wrap=True,
        expected=True,
        why="answers, Task 2: '1474 million 9.5 g = 14 003 million g = 14 003 tonnes'",
    ),
    # math.answers.com 'How many 10p coins will be worth one pound'
    _c(
        ANS,
        ANS_10P,
        gold=r"ten",
        pred=r"10",
        wrap=True,
        expected=True,
        why="'How many 10p coins will be worth one pound': 'ten 10 x 10p = 100p = £1'",
    ),
    _c(
        ANS,
        ANS_10P,
        gold=r"£1",
        pred=r"100p",
        wrap=True,
        expected=True,
        why="'ten 10 x 10p = 100p = £1'",
    ),
]

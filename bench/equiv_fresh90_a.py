r"""A ninetieth fresh set of answer-equivalence cases (evaluation only; helper "a": school maths
answer pages from South Asia -- Indian board solutions (NCERT, Tamil Nadu, Punjab, UP and
Rajasthan boards), worksheets and lessons, West Bengal "Model Activity Task" answer pages and
Bangladesh class 3 solutions in Bengali, Hindi solution pages -- where a page gives one answer in
two forms or refuses a form: rupees and paise (₹ 3.85, 3 rupees 85 paise, 1550 paise), taka and
paisa, lakh and crore against million (1,00,00,000 and one crore, ১০ লক্ষ and ১ মিলিয়ন), numerals
against number words (Bengali দুইশত আটত্রিশ, Hindi सत्तावन रुपये, English "Seventy Lakhs"),
Bengali digits against ASCII digits, and units in local words (গ্রাম, কিলোগ্রাম, সেন্টিমিটার,
मीटर, किमी.)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh90_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh90_a2.py and
bench/equiv_fresh90_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them ("₹ 4" and "₹57" with or without a
space, "Rs", "Rs.", "Re", "p", "Paise" with a capital where printed, Bengali digits, Bengali and
Hindi words, "কিগ্রা." and "किमी." with their full stops, "x" and "×" as printed). Runs of spaces
are collapsed to one (motaleb783 stores its statements and table with doubled spaces), a number
and its unit that the stored text puts on separate lines (bdeducontent's "৭০০০" / "গ্রাম") are
joined by one space, and a sentence's closing full stop or "।" is dropped. Inline-math delimiters
\( \) are dropped and the LaTeX inside kept with its spacing (rbseguide's "10 \frac { 1 }{ 2 }
किमी."). Where an exercise states "given = answer" (convert, write in figures, write in words,
read and expand), the gold is the form the exercise asks for and the pred the given quantity,
which the page states is equal; intermediate members of a computation ("= 34 × 100 paise", "=
25/100") are not used. Where a page writes one quantity in several forms (a lesson's "One-hundredth
of a rupee = 1/100 rupee = 0.01 rupee", a "Read as:" line and an "Expanded form:" under a numeral,
a "Place value ... = 70,00,000 = Seventy Lakhs" line), the numeral or the last member is the gold
and each other form a True pred; where forms are joined by "(or)" the first is the gold. In
multiple-choice keys the keyed choice is the gold, the question's own quantity (when the question
asks for another form of it) a True pred and each unkeyed choice a False pred. In true/false items
an equation marked সত্য (true) gives a True pair and one marked মিথ্যা (false) a False pair, its
left side being the gold (for "৩ × ১০০০ গ্রাম = ৩ কিগ্রা." the single quantity "৩ কিগ্রা.").
Readings, each noted in ``why``: newskatha's column sum "৩০.০০" is taken as the amount its next
line states as "৩০ টাকা"; djstudyforum's "1 lakh = 10 ten thousand = 1,00,000" pairs the blank's
answer "10 ten thousand" with the numeral; digitalporasona's Roman-numeral item pairs "D" with the
question's "500".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- arinjayacademy.com "money-worksheets-grade-3/" (multiple choice with explanations: "3 rupees 85
  paise = ₹ 3.85", choices "a) ₹ 3.085 b) ₹ 3.85"; "3 rupees = 300 paise" against "30 paise"; "400
  paise = ₹ 4" against "₹ 40"). 6 cases (3 False).
- arinjayacademy.com "money-worksheets-grade-4/" ("₹ 15.5 = 1550 paise" against "15500 paise";
  "3760 paise = ₹ 37.6" against "₹ 376"). 4 cases (2 False).
- www.math-only-math.com "worksheet-on-conversion-of-rupees-and-paise.html" (answers "690 paise",
  "Rs 9.70" ...; "Rs. 34 = 34 × 100 paise = 3400 paise = 3400p"; "566 p = Rs. 5.66; Five rupees and
  sixty-six paise"). 11 cases.
- djstudyforum.com NCERT class 6 Exercise 1.1 ("1 lakh = 10 ten thousand = 1,00,000"; numerals
  for "Nine crore five lakh forty-one" ...; "8,75,95,762 – Eight crore seventy-five lakh ...";
  "78,921,092 – Seventy-eight million ..."). 8 cases.
Sources of bench/equiv_fresh90_a2.py:

- samacheerguru.com Tamil Nadu class 6 term 1 Ex 1.1 (expanded form "7 × 10,00,000 + ... (or)
  70,00,000 + 6,00,000 + 70,000 + 900 + 5"; "70,00,000 = Seventy Lakhs"; "7,000,000 = Seven
  Million"). 3 cases.
- samacheerkalviguru.com Tamil Nadu class 6 term 1 chapter 1 intext questions ("1,00,00,000 ...
  would be one crore", "20,00,00,000 ... = twenty crores", "Number: 23,04,567 Expanded form: ...
  Read as: Twenty Three Lakh ..."). 6 cases.
- kids.playquiz2win.com class 5 money lesson ("1 paise = One-hundredth of a rupee = 1/100 rupee =
  0.01 rupee", "20 rupees 5 paise = ₹ 20.05 [We will read it as rupees twenty decimal zero five]",
  worked conversions "25 paise = 25/100 = ₹ 0.25" ...). 9 cases.
- psebsolutions.com Punjab board class 5 chapter 5 intext questions, English medium ("500 Paise"
  for "5 Rupees", "Fifty Rupees = ₹ 50", "₹ 609 = Rupees six hundred nine"). 6 cases.
- www.medioq.com copy of the "Should be perfect" group page (Bangladesh class 3 maths solution,
  chapter 1: "(১) ২৩৮-দুইশত আটত্রিশ", "(১) একশত পঁয়ত্রিশ-১৩৫"). 4 cases.
- bdeducontent.bdeducation.org.bd class 3 maths 9.2 activities ("৭ কিলোগ্রামকে গ্রামে প্রকাশ
  করি । ৭০০০ গ্রাম"). 2 cases.
- www.allindjob.com West Bengal class 4 Model Activity Task part 8 (keyed choices: "পাঁচ হাজার
  শূন্য শতক চার দশক পাঁচ ... উত্তর: (d) ৫০৪৫"; "সমান ৩ ভাগের ১ ভাগ ... উত্তর: (c) ১/৩"; "লব ৩
  ও হর ৮ ... উত্তর: (a) ৩/৮"). 8 cases (6 False).
- motaleb783.blogspot.com West Bengal class 4 Model Activity Task part 5 ("১০০ মিটার = ১
  সেন্টিমিটার উত্তর- মিথ্যা", "৩ × ১০০০ গ্রাম = ৩ কিগ্রা. উত্তর- সত্য", the table "সমান ১০ ভাগের
  ৭ ভাগ ০.৭"). 4 cases (1 False).
- www.digitalporasona.in West Bengal class 4 Model Activity Task part 7 ("(b) ১৫ মিলিমি = ২ সেমি
  ... উত্তর-(c) ১৫ মিলিমি < ২ সেমি"). 1 case (1 False).

Sources of bench/equiv_fresh90_a3.py:

- www.digitalporasona.in West Bengal class 6 Model Activity final task part 8 (keyed choices "1.8
  মিটার = ... (b) 180 সেন্টিমিটার"; "500 ... রোমান ... (b) D"; "(3 x 1/5) - কে লেখা যায় ... d) 1/5
  + 1/5 +1/5"). 12 cases (9 False).
- www.digitalporasona.in West Bengal class 3 Model Activity Task part 6 ("৭০ দিনে ৭ সপ্তাহ উত্তর-
  মিথ্যা", "৪৪÷৪=৪÷৪৪ উত্তর -মিথ্যা"). 2 cases (2 False).
- www.newskatha.com West Bengal class 3 Model Activity Task part 3 ("১ টাকা = কত পয়সা ? উত্তর :-
  ১০০ পয়সা", "১৫০ পয়সা = ১ টাকা ৫০ পয়সা", "৫১ টাকা ০০ পয়সা ... মোট ৫১ টাকা"). 4 cases.
- anwarstudypoint.blogspot.com West Bengal class 3 Model Activity Task part 4 ("৩০২ - কে স্থানীয়
  মানে বিস্তার করে লিখলে পাবো ৩০ + ০ + ২ । উত্তর :- মিথ্যা"). 1 case (1 False).
- upboardapp.ncerttextbook.in ?p=4468, UP Board class 3 Ginatara chapter 10 in Hindi ("₹57 =
  सत्तावन रुपये", "₹ 205 = दो सौ पाँच रुपये"). 2 cases.
- rbseguide.com Rajasthan board class 5 chapter 13 in Hindi ("12 किमी. = 12 × 1000 = 12000 मीटर
  उत्तर", "10 \frac { 1 }{ 2 } किमी. = ... = 10500 मीटर उत्तर"). 3 cases.
- eklavya.co.in Sandarbh issue 21 "zara sir to khujlaiye" ("1 रुपया = 1 पैसा?" ... "हम जानते हैं
  कि 1 रुपया = 100 पैसे" ... "हल सही नहीं है"). 2 cases (1 False).
- sobjano.com 248608 ("সঠিক উত্তর হচ্ছে: ৫০%" ... "উত্তর: 50% লাভ"). 1 case.
- sobjano.com 283663 ("সঠিক উত্তর হচ্ছে: 15" ... "= 24 - 9 = 15 বর্গমিটার"). 1 case.
- www.takarrate.com 2024/01 "koto-lakh-e-1-million-hoy" ("উত্তর: ১ মিলিয়ন = ১০০০০০০ = ... = ১০
  লক্ষ"). 2 cases.

102 cases in all (26 False): 29 here (5 False), 43 in
bench/equiv_fresh90_a2.py (8 False), 30 in bench/equiv_fresh90_a3.py (13 False).

Left out, by rule: page errors (bdeducontent's "(২) ৪ কিলোগ্রাম ৮ গ্রামকে গ্রামে প্রকাশ করি ।
৪৮০০ গ্রাম"; math-only-math's "(vii) ... Rs. 3.08; Three rupees and eighty paise"; the
digitalporasona class 3 key "২৩×৫+৮×৫ ... উত্তর- ২৮×৫"; 10minuteexam's "Answer: ২৫%" whose
explanation divides by ১৫x; textbookplus's "পাঁচ হাজার শূন্য শতক চার দশক পাঁচ ... উত্তর: (ঘ)
৬০০০"; icserankers' and zbook's "7,452,483" for "Seven million four hundred fifty-two thousand two
hundred eighty-three"; mathswallahpadhai's "9,99,00,046 Nine crores ninety lakh forty six";
cbsemaster's "9,99,00,046: Nine lakh ninety nine thousand foty six"; atpeducation's "6,84,23,202"
for fifty-eight million ...); forms the text conversion lost or doubled (allindjob's choice "(d)
৩-১", which may be a lost superscript 3⁻¹; motaleb783's "(ঘ) ১ কিগ্রা আলুর দাম ১২ টাকা হলে,
কিগ্রা আলুর দাম" whose fraction of a kilogram is missing; digitalporasona class 6 item i), whose
choices are stored twice; brainkart's Tamil Nadu class 4 Ex 5.1 and grambooks, whose rupee signs
are dropped or turned into backquotes); drill items past the first two of each exercise (a fixed
rule, so that no drill page swamps the set: the rest of math-only-math's four exercises,
djstudyforum's Q1 (c)-(e) and Q2-Q4 (c) onwards, psebsolutions.com's other prices,
samacheerkalviguru's (iii), medioq's (৩)-(৬), bdeducontent's (৪)-(৭), upboardapp's ₹ 116, ₹
425, ₹ 672, rbseguide's (iii) onwards, cut off in the stored text anyway); keyed choices of
computations, which are other values rather than other forms (arinjayacademy grade 3 Q4-Q7 and
grade 4 Q3-Q7, allindjob 1.1, 1.2, 1.4, digitalporasona class 3 "৩৯০÷৩ = ... ১৩০"); items that
are not a question's answer or are unclear (samacheerkalviguru's aside "10 lakh = 10,000
Hundreds"; samacheerguru's "1 lakh = Ten-Ten Thousand" and its mistyped true/false statement
"67999037 is written as 67999037"; digitalporasona class 4's picture items); Bengali MCQ
explanations in the machine-written "শর্টকাট টেকনিক" / "সহজে মনে রাখার উপায়" style (myexaminer
1139605504, 2591621122 and 2293366787, lxmcq 25959, kmovi).

Examined and not used: orchidsinternationalschool, alumniagri, trp.vivadigitalindia,
oliverpublications, krit.club, studyadda, vidyadip, bemoneyaware, learntalkmoney, allmath, shaalaa,
vcampusbd, prothomsir, mcqacademy, chakribidda, bissoy and cclchapter (domains or pages used by
earlier sets; no page of them was needed); math-only-math "3rd-grade-money-worksheet.html"
(claimed, then left out: its usable pairs repeat the worksheet taken, and its key gives "1200 p =
Rs. ... 12p"); preetikushwahclasses test papers ("Wait — let's identify carefully": generated
text); academicraft money worksheets and studiestoday GSEB and Tamil Nadu solutions (generated
"expert-created" text); radyomx.com (machine translations of math-only-math pages into Hindi);
Gujarati unit tests on educationalpoint.in and gettitnow.com and the Marathi yashwantprashnamala
money quiz (their keys are not in the stored text); yashacharajmarg (Marathi CSAT and Talathi
arithmetic, competitive-exam items whose choices are other values) and jeevanmarathi (its
scholarship key "101-98= 03 ... 4 आहे" is unclear); keralakaumudi's SSLC news (the key is disputed
on the page); takarrate-like tables and articles (bn.tvmoviesgames, civilengineeringinfobd,
banglanewsbdhub, probdnews24, finmedium; bissoy 1247155), which list conversions but answer no
question; PSEB pages in Punjabi (outside this topic's languages; psebsolutions.in pages were used
by earlier sets); edudepart (Hindi class 3 money answers in one form only); onlinenavodaya (US and
Canadian coins); schoolmathbd (fractions stacked by the conversion). No Urdu-, Tamil-, Telugu-,
Gujarati-, Marathi- or Nepali-script page whose stored text settles two forms of an answer was
found before this session's search budget ran out.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ARJ = "arinjayacademy.com"
ARJ_G3 = "https://arinjayacademy.com/money-worksheets-grade-3/"
ARJ_G4 = "https://arinjayacademy.com/money-worksheets-grade-4/"
MOM = "www.math-only-math.com"
MOM_WCRP = "https://www.math-only-math.com/worksheet-on-conversion-of-rupees-and-paise.html"
DJS = "djstudyforum.com"
DJS_611 = "https://djstudyforum.com/pages/cbse/class_6/math/class-6-maths-exercise-1.1-knowing-our-numbers-ncert.php"
SGU = "samacheerguru.com"
SGU_611 = "https://samacheerguru.com/samacheer-kalvi-6th-maths-term-1-chapter-1-ex-1-1/"
SKG = "samacheerkalviguru.com"
SKG_61I = (
    "https://samacheerkalviguru.com/samacheer-kalvi-6th-maths-term-1-chapter-1-intext-questions/"
)
PQW = "kids.playquiz2win.com"
PQW_C5 = "https://kids.playquiz2win.com/class-5/money-convert-paise-into-rupee-class-5-mathematics/"
PSE = "psebsolutions.com"
PSE_55I = "https://psebsolutions.com/pseb-5th-class-maths-solutions-chapter-5-intext-questions/"
MDQ = "www.medioq.com"
MDQ_SBP = "https://www.medioq.com/BD/Mymensingh-Baghara/360122971390251/Should-be-perfect"
BDE = "bdeducontent.bdeducation.org.bd"
BDE_392 = "https://bdeducontent.bdeducation.org.bd/bdedupreprimary/class3/math/u9_2_activities.php"
AIJ = "www.allindjob.com"
AIJ_C4P8 = "https://www.allindjob.com/model-activity-task-class-4-math-part-8/"
MOT = "motaleb783.blogspot.com"
MOT_C4P5 = "https://motaleb783.blogspot.com/2021/10/september-month-part-5-model-activity.html"
DPO = "www.digitalporasona.in"
DPO_C4P7 = "https://www.digitalporasona.in/2021/10/model-activity-task-mathematics-class-4-part-7-oct-2021.html"
DPO_C6P8 = "https://www.digitalporasona.in/2022/01/model-activity-final-task-2021-combined-Class-6-Mathematics-Part-8.html"
DPO_C3P6 = (
    "https://www.digitalporasona.in/2021/09/model-activity-task-class-3-part-6-Mathematics.html"
)
NKT = "www.newskatha.com"
NKT_C3P3 = "https://www.newskatha.com/2020/08/class-3-math-model-activity-task-part-3.html"
ANW = "anwarstudypoint.blogspot.com"
ANW_C3P4 = "https://anwarstudypoint.blogspot.com/2021/07/class-3-math-part-4-new.html"
UPB = "upboardapp.ncerttextbook.in"
UPB_4468 = "https://upboardapp.ncerttextbook.in/?p=4468"
RBG = "rbseguide.com"
RBG_513 = "https://rbseguide.com/class-5-maths-chapter-13/"
EKL = "eklavya.co.in"
EKL_2355 = "https://eklavya.co.in/index.php/magazine-activity/sandarbh-magazines/143-sandarbh-from-issue-21-to-30/529-sandarbh-issue-21/2355-zara-sir-to-khujlaiye"
SOB = "sobjano.com"
SOB_248608 = "https://sobjano.com/248608"
SOB_283663 = "https://sobjano.com/283663/?show=283664"
TKR = "www.takarrate.com"
TKR_1M = "https://www.takarrate.com/2024/01/koto-lakh-e-1-million-hoy.html"

CASES = [
    # arinjayacademy grade 3 money worksheet: conversion questions with keyed choices
    _c(
        ARJ,
        ARJ_G3,
        gold=r"₹ 3.85",
        pred=r"3 rupees 85 paise",
        wrap=True,
        expected=True,
        why="Q1 '3 rupees 85 paise = ₹ 3.85' 'Correct Answer – b) ₹ 3.85'",
    ),
    _c(
        ARJ,
        ARJ_G3,
        gold=r"₹ 3.85",
        pred=r"₹ 3.085",
        wrap=True,
        expected=False,
        why="Q1 choices 'a) ₹ 3.085 b) ₹ 3.85'; 'Correct Answer – b) ₹ 3.85'",
    ),
    _c(
        ARJ,
        ARJ_G3,
        gold=r"300 paise",
        pred=r"3 rupees",
        wrap=True,
        expected=True,
        why="Q2 '3 rupees = 300 paise' 'Correct Answer – b) 300 paise'",
    ),
    _c(
        ARJ,
        ARJ_G3,
        gold=r"300 paise",
        pred=r"30 paise",
        wrap=True,
        expected=False,
        why="Q2 choices 'a) 30 paise b) 300 paise'; 'Correct Answer – b) 300 paise'",
    ),
    _c(
        ARJ,
        ARJ_G3,
        gold=r"₹ 4",
        pred=r"400 paise",
        wrap=True,
        expected=True,
        why="Q3 '400 paise = ₹ 4' 'Correct Answer – ₹ 4'",
    ),
    _c(
        ARJ,
        ARJ_G3,
        gold=r"₹ 4",
        pred=r"₹ 40",
        wrap=True,
        expected=False,
        why="Q3 choices 'a) ₹ 4 b) ₹ 40'; 'Correct Answer – ₹ 4'",
    ),
    # arinjayacademy grade 4 money worksheet: conversion questions with keyed choices
    _c(
        ARJ,
        ARJ_G4,
        gold=r"1550 paise",
        pred=r"₹ 15.5",
        wrap=True,
        expected=True,
        why="Q1 '₹ 15.5 = 1550 paise' 'Correct Answer – b) 1550 paise'",
    ),
    _c(
        ARJ,
        ARJ_G4,
        gold=r"1550 paise",
        pred=r"15500 paise",
        wrap=True,
        expected=False,
        why="Q1 choices 'a) 15500 paise b) 1550 paise'; key b)",
    ),
    _c(
        ARJ,
        ARJ_G4,
        gold=r"₹ 37.6",
        pred=r"3760 paise",
        wrap=True,
        expected=True,
        why="Q2 '3760 paise = ₹ 37.6' 'Correct Answer – b) ₹ 37.6'",
    ),
    _c(
        ARJ,
        ARJ_G4,
        gold=r"₹ 37.6",
        pred=r"₹ 376",
        wrap=True,
        expected=False,
        why="Q2 choices 'a) ₹ 376 b) ₹ 37.6'; 'Correct Answer – b) ₹ 37.6'",
    ),
    # math-only-math rupees and paise conversion worksheet (first two items of each exercise)
    _c(
        MOM,
        MOM_WCRP,
        gold=r"690 paise",
        pred=r"Rs 6.90",
        wrap=True,
        expected=True,
        why="I. 'Convert ... into paise: (i) Rs 6.90'; answer 'I. (i) 690 paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"80 paise",
        pred=r"Rs 0.80",
        wrap=True,
        expected=True,
        why="I. '(ii) Rs 0.80'; answer '(ii) 80 paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"3400 paise",
        pred=r"Rs. 34",
        wrap=True,
        expected=True,
        why="II. done for you: 'Rs. 34 = 34 × 100 paise = 3400 paise = 3400p'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"3400 paise",
        pred=r"3400p",
        wrap=True,
        expected=True,
        why="II. done for you: 'Rs. 34 = 34 × 100 paise = 3400 paise = 3400p'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"2000 paise",
        pred=r"Rs. 20",
        wrap=True,
        expected=True,
        why="II. '(ii) Rs. 20'; answer 'II. (ii) 2000 paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs 9.70",
        pred=r"970 paise",
        wrap=True,
        expected=True,
        why="III. 'Convert ... into rupees: (i) 970 paise'; answer 'III. (i) Rs 9.70'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs 8",
        pred=r"800 paise",
        wrap=True,
        expected=True,
        why="III. '(ii) 800 paise'; answer '(ii) Rs 8'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs. 5.66",
        pred=r"566 p",
        wrap=True,
        expected=True,
        why="IV. done for you: '566 p = Rs. 5.66; Five rupees and sixty-six paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs. 5.66",
        pred=r"Five rupees and sixty-six paise",
        wrap=True,
        expected=True,
        why="IV. done for you: '566 p = Rs. 5.66; Five rupees and sixty-six paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs. 66.35",
        pred=r"6635 p",
        wrap=True,
        expected=True,
        why="IV. '(ii) 6635 p'; answer '(ii) Rs. 66.35; Sixty-six rupees and thirty-five paise'",
    ),
    _c(
        MOM,
        MOM_WCRP,
        gold=r"Rs. 66.35",
        pred=r"Sixty-six rupees and thirty-five paise",
        wrap=True,
        expected=True,
        why="IV. answer '(ii) Rs. 66.35; Sixty-six rupees and thirty-five paise'",
    ),
    # djstudyforum NCERT class 6 Ex 1.1: lakh, crore and million (first two of each question)
    _c(
        DJS,
        DJS_611,
        gold=r"10 ten thousand",
        pred=r"1,00,000",
        wrap=True,
        expected=True,
        why="Q1 solution '(a) 1 lakh = 10 ten thousand = 1,00,000'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"10 hundred thousand",
        pred=r"10,00,000",
        wrap=True,
        expected=True,
        why="Q1 solution '(b) 1 million = 10 hundred thousand = 10,00,000'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"73,75,307",
        pred=r"Seventy-three lakh seventy-five thousand three hundred seven",
        wrap=True,
        expected=True,
        why="Q2 'write the numerals: (a) Seventy-three lakh ...'; solution '(a) 73,75,307'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"9,05,00,041",
        pred=r"Nine crore five lakh forty-one",
        wrap=True,
        expected=True,
        why="Q2 '(b) Nine crore five lakh forty-one.'; solution '(b) 9,05,00,041'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"Eight crore seventy-five lakh ninety-five thousand seven hundred sixty-two",
        pred=r"8,75,95,762",
        wrap=True,
        expected=True,
        why="Q3 (Indian system) solution '(a) 8,75,95,762 – Eight crore seventy-five lakh ...'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"Eighty-five lakh forty-six thousand two hundred eighty-three",
        pred=r"85,46,283",
        wrap=True,
        expected=True,
        why="Q3 solution '(b) 85,46,283 – Eighty-five lakh forty-six thousand ...'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"Seventy-eight million nine hundred twenty-one thousand ninety-two",
        pred=r"78,921,092",
        wrap=True,
        expected=True,
        why="Q4 (International system) solution '(a) 78,921,092 – Seventy-eight million ...'",
    ),
    _c(
        DJS,
        DJS_611,
        gold=r"Seven million four hundred fifty-two thousand two hundred eighty-three",
        pred=r"7,452,283",
        wrap=True,
        expected=True,
        why="Q4 solution '(b) 7,452,283 – Seven million four hundred fifty-two thousand ...'",
    ),
]

r"""A hundred-and-thirteenth fresh set of answer-equivalence cases (evaluation only; helper "a":
money answers in the currencies of Africa, Latin America, South and Southeast Asia and the Middle
East -- rands with a decimal comma (R0,85 against 85c), Kenyan and East African shillings in the
x/y notation (100/= against 100/-, -/50 against 50 cents), Tanzanian shillings with a decimal
comma, Ugandan "/=" endings, naira written with "#" or "N" and a kobo "k" (#5. 20k against 520k,
N48.75K), cedis against pesewas, Egyptian pounds against piastres (25 PT), Mexican pesos in
words ("Cincuenta pesos 56/100 M.N"), Chilean pesos with a thousands point ($32.850), ringgit
against sen, Philippine pesos with the peso sign, "Php" and words, Thai baht and satang,
taka/rupees against paisa in Bengali, and rupees against paise -- where a school key, a marking
memorandum, a worked solution, a teacher's note or a reference page settles that another form of
the amount is the same, or that a form is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh113_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same amount, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh113_a2.py and
bench/equiv_fresh113_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them, with the page's own currency
signs, spacing, decimal commas and thousands separators ("R0,85", "1 000c", "# 2.30", "#6. 15",
"#5. 20k", "N48.75K", "₱ 50.00", "25₵" with the cedi sign that the Philippine lesson uses
for the centavo, "$32.850", "17,000,000/=", "empat  ratus" with its double space); Thai, Bengali,
Malay, Swahili, Ilocano and Spanish wording is kept in its script (Bengali in NFC form, so the
letter "য়" is U+09AF U+09BC). A lead-in such as "Balance =", "Cost of a dozen =" or "Ans." is
dropped. Where a page states "A = B", "A or B" or "A is written B", the form the question asks for
(or the first form given) is the gold and the other form a True case. Where a multiple-choice key
names one choice, each other choice shown is a False case against that gold. Readings, each noted
in ``why``: for the marking memoranda (elimuza 2283, 1332) the two forms are the answers of the
memo's two accepted methods, or a rand value and the cents value the question asks for; for the
Bengali page (scitechpoint) the False case is the page's own point that 0.05 and 0.5 differ (5
against 50 paisa); for the UNEB scoring guide the table value and the conclusion's "/=" amount are
the same sale figure.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- paperzz.com doc 9394122 "Converting Rands to Cents" (My Cyberwall Grade 5 notes: "eighty five
  cents, we can either write this as 85c or R0,85", "R2,50 = 250c", "R25 = 2500c", "1 000c =
  R10", "80c = R0,80", "75c = R0,75"). 7 cases.
- elimuza.com item 2283, Maths Literacy P1 memorandum, September 2021 (1.1.3: "= R800,00 CA OR
  ... = R800 A"). 1 case.
- www.elimuza.com item 1332, Maths Literacy P1 memorandum, September 2018 (1.1.2: "= R5 ... = 500
  cents"; 1.2.1: "= R18,00 CA OR ... = R18"). 2 cases.
- njeyabongocom.blogspot.com 2011/09 "Unaipata hii?" (Swahili: "TSHS. 250,85 ... ni Shilingi za
  kibongo 250 na senti 85", "Rand 4,50 ( yaani Rand 4 na Senti 50)"). 2 cases.
- gh.opera.news business 7d63b4c4... (Ghana's redenomination: "an amount of 1,000 cedis will now
  be Ghc0.10 or 10 pesewas"). 1 case.
- www.nyongesasande.com wiki "Kenyan shilling" ("50 cents is written as “-/50” and 100 shillings
  as “100/=” or “100/-“"). 3 cases.
- en.citizendium.org "Kenyan shilling", revision 100024328 ("1 Shilling is written as '1/-'. For
  1 Shilling and 50 Cents, it is written as '1/50'"). 2 cases.
- image.absoluteastronomy.com "Shilling (Australian)" (Wiktionary usage notes: "'2/50' is 2
  shillings, 50 cents (not pence); 30 shillings only is written '30/='"). 2 cases.
- scribd.com document 725223191, UNEB 456/1 2024 new-curriculum sample scoring guide (table
  "(10,10) 17,000,000"; "they will make 17,000,000/="). 1 case.
- marvellearn.com primary 3 second-term week 9 lesson note, Nigeria ("# 2.30 = 2.30 x 100 = 230k",
  "#6. 15 = 6.15 x 100 = 615k", "520k = 520/100 =#5. 20k", "890k = 890/ 100 = #8. 90k"). 4 cases.

Sources of bench/equiv_fresh113_a2.py:

- jobzilla.ng JAMB mathematics page 100, question 500 (simple interest on N325: choices N48.75K,
  N50.10K, N75.50K, N15.75K; "Correct answer is A"). 3 cases (3 False).
- jobzilla.ng JAMB mathematics page 183, question 911 (choices N220.00, N222.00, N201.40, N202.00,
  N180.80; "Correct answer is B"; "Adding all together = N222.00"). 4 cases (4 False).
- www.projecttopics.com WAEC question on an engine bought for $15,000.00 (choices N250,000.00,
  N200,000.00, N150,000.00, N100,000.00; "Correct Answer: Option B"). 3 cases (3 False).
- www.sscequiz.com question 4-20 (N5000 for 9 months at 4%: options N130, N250, N220, N150;
  solution "= N150"). 3 cases (3 False).
- www.nagwa.com video 395152598512 "Recognizing and Counting Money: Piastres" (Egypt: "one pound is
  worth 100 piastres", "written as 25 PT", "25 piastres is a quarter of one pound", "50 piastres is
  half of a pound"). 4 cases.
- hdeleon.net "clase en C# .net para convertir una cantidad monetaria en letra" ("el numero 50.56
  nos daría como resultado 'Cincuenta pesos 56/100 M.N'"). 1 case.
- cupdf.com "Sol,Libro III" (Chilean worked solutions, guide 79: "328500:10=32850 Debe dar
  $32.850", "125.000:10=12.500 Debo retirar $12.500"). 2 cases.
- sir-zam-notamt.blogspot.com 2012/05 "Adding and subtracting money amounts" (Malaysia:
  "Twenty-three ringgit and eighty-seven cents is written RM23.87", "RM3 = RM3.00"). 2 cases.
- tongaiting77.blogspot.com 2012/11 (Malay notes: "RM468 dibaca sebagai 'empat  ratus enam puluh
  lapan ringgit'", "RM720.47 dibaca sebagai 'tujuh ratus dua puluh ringgit empat puluh tujuh
  sen'", "RM1 = 100 sen"). 3 cases.
- app.pandai.org KSSR 2022 Year 4 note 3.1 ("the value of 80 sen if converted to RM is RM0.80").
  1 case.

Sources of bench/equiv_fresh113_a3.py:

- www.scribd.com presentation 412897675, DepEd Mathematics 2 lesson 59 "Reading and Writing Money"
  ("one hundred pesos= ₱100.00", "fifty pesos = ₱ 50.00", "twenty pesos = ₱ 20.00",
  "twenty-five centavos= 25₵/₱0.25", "Dua pesos/ ₱2.00"). 6 cases.
- www.catalogue.ibookpublishing.biz iMath 2 (K to 12) page 62 ("Php 95.00 – Ninety-five pesos",
  "Php 60.00 – Sixty pesos", "Php 100.00 – One hundred pesos", "Php 40.00 – Forty pesos"). 4 cases.
- eduktc.com chapter 834 (Thai: 23 baht 50 satang "เขียนเป็น 23.50 บาท", read
  "ยี่สิบสามบาทห้าสิบสตางค์"; 257 baht "เขียนเป็น 257.00 บาท", read "สองร้อยห้าสิบเจ็ดบาท"). 4 cases.
- www.myfirstbrain.com student_view 66643 (Thai P.3, from the 1990 textbook: 27 baht 50 satang
  written 27.50 บาท and read "ยี่สิบเจ็ดบาทห้าสิบสตางค์"; 116.00 บาท read "หนึ่งร้อยสิบหกบาท"). 3 cases.
- scitechpoint.blogspot.com 2021/06 (Bengali: "0.05 টাকা=5 পয়সা এবং 0.5 টাকা=50 পয়সা",
  "₹12.45= 12 টাকা, 45 পয়সা", "₹12.04= 12 টাকা, 4 পয়সা"). 5 cases (1 False).
- www.learnersplanet.com content test-3-19 (rupees and paise, key "(1)–D; (2)–B; (3)–A; (4)–A":
  twenty one paisa, Rs 1.35, Rs 4.50 against "Rs 450" and the other choices). 9 cases (9 False).
- edurev.in CBSE class 3 worksheet "Rupees And Paise" ("Rs. 60.15 Ans. 60 rupees 15 paisa",
  "Rs. 57.50 into paisa ... 5750 paisa", "6085 paisa ... Rs. 60.85", "2 paisa Ans. Rs. 0.02",
  "500 Paisa Ans. Rs. 5.00", "1 rupee 9 paisa Ans. Rs. 1.09"). 6 cases.

88 cases in all (23 False): 25 here (0 False), 26 in bench/equiv_fresh113_a2.py (13 False), 37 in
bench/equiv_fresh113_a3.py (10 False).

Left out, by rule: forms the text conversion garbled (sir-zam's "RM5 = RM5.0065 sen = RM0.65" and
"RM7.80 = RM7.8095 sen = RM0.95", where "RM5.00" and "65 sen" run together; the x/y examples that
theinfolist and mapnall lost, '50 cents is written as ""'; oliverpublications' rupee sign turned
into a backquote, "` 25.50 or ` 25.5"); acceptances within a tolerance or by rounding (elimuza
2283's "R26,40 ... = R27,00 OR R26,00" to the nearest rand; elimuza 1332's "R140,625 = R140,60",
rounded to coins); misprints and dropped units as the only second form (marvellearn's "#15. 70 =
... = 1570" without its k and "100k = # 100"; myfirstbrain's "116 บา์ท" with a stray mark, of
which only the reading was used); single-form answers (nitahini KCPE 2005 "= Sh.150", the Kenya
and Uganda seminar and scoring-guide amounts "360,000/=", "Ugsh18,000/=", edurev's "Rs. 145.1",
darasahuru "sh 8,200", gattprep "GH₵1.25"); an answer stored as a float artefact with no second
form (edurev's "Ans. 641.19999999999993"); a disputed thread (r.sugem.io r/PeruFinanzas
1joeweq: "20,218 millones de soles" read as 20,218,000,000 by two replies and as "S/. 20 218
000,00" by a third); the udep.edu.pe castellanoactual page on figures and words (its cheque words
"tres mil quinientos nuevos soles con diez céntimos" and "3500.10 soles" stand in separate
examples, so the equality would be a reading; claimed, not used); the other items of
learnersplanet test 3 (three items were kept).

Examined and not used: askfilo, getscansolve, studyx, ideascuriosas and askanewquestion answers,
bncc.digital question pages, study.myfuture.co.ke notes, teacherbot.io quizzes, uaestayinn,
diafacil.cidesp, institutobrasileirodeterapiasholisticas, vivendobauru, wigatos, awakendreamers,
thanhtrahuongvan, the slim-shady UNEB question bank and knowway.org (machine-written or
generated-looking pages); qmix, calcu.la, contador-de-palabras and the cal11/fulktheast "how to
write cents" pages (generated tool or filler pages, and US dollars); time.news (a machine-translated
Fundéu article); the proprofs Indonesian money quiz, es.scribd 591842948 "ARITMETICA PREGUNTAS
RESUELTAS", schoolngr JAMB pages, math-only-math rupee pages and learnersplanet test 1 (used by
earlier sets); kenyanlife, pastpapers.top and easyelimu KCPE/KCSE papers, nagwa riyal worksheets,
vdokumen's UPSR money module, trueplookpanya's Thai money quiz, slidepub's Philippine quiz and the
DepEd BEAM module 8 pretest (no key in the stored text); WAEC "expo" pages (leaked-answer sites);
ojasweb (the same engine question as projecttopics); metric-conversions (Japanese, the same x/y
notation as nyongesasande); encyclopedic dirham, rial, baisa, peso and pesewa pages (no amount
settled in two forms); the adbarnes17, matthewheun and geofftennant blogs (old against new cedis,
spoken prices, Jamaican cents); the Bangladeshi answerki, myexaminer and vcampus pages (single
forms in Bengali digits).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PZ = "paperzz.com"
PZ_939 = "https://paperzz.com/doc/9394122/converting-rands-to-cents-using-money-when"
EZ = "elimuza.com"
EZ_2283 = "https://elimuza.com/item/2283-mathematical-literacy-paper-1-memorandum-grade-12-september-2021-preparatory-exams"
EZW = "www.elimuza.com"
EZW_1332 = (
    "https://www.elimuza.com/grade-12/item/1332-mathematical-literacy-paper-1-grade-12-memorandum"
)
NJ = "njeyabongocom.blogspot.com"
NJ_2011 = "http://njeyabongocom.blogspot.com/2011/09/unaipata-hii.html"
GO = "gh.opera.news"
GO_7D6 = "https://gh.opera.news/gh/en/business/7d63b4c43081f594f2fa02540214e57b"
NY = "www.nyongesasande.com"
NY_KES = "https://www.nyongesasande.com/wiki/kenyan-shilling/"
CIT = "en.citizendium.org"
CIT_KES = "https://en.citizendium.org/wiki?title=Kenyan_shilling&oldid=100024328"
AA = "image.absoluteastronomy.com"
AA_SH = "http://image.absoluteastronomy.com/definition/Shilling_(Australian)"
SCR = "scribd.com"
SCR_725 = "https://scribd.com/document/725223191/456-1-NLSC-Sample-24-Guide"
MV = "marvellearn.com"
MV_W9 = "https://marvellearn.com/money-mathematics-primary-3-second-term-lesson-note-for-week-nine"
# sources of bench/equiv_fresh113_a2.py
JZ = "jobzilla.ng"
JZ_P100 = "https://jobzilla.ng/questions/jamb?page=100&subject=mathematics"
JZ_P183 = "https://jobzilla.ng/questions/jamb?page=183&subject=mathematics"
PT = "www.projecttopics.com"
PT_ENG = "https://www.projecttopics.com/questions/mathematics/a-trader-bought-an-engine-for-15000-00-outside-nigeria-if-the-exchange-rate-is-0-075-to/"
SQ = "www.sscequiz.com"
SQ_420 = "https://www.sscequiz.com/content/question-4-20"
NG = "www.nagwa.com"
NG_395 = "https://www.nagwa.com/en/videos/395152598512/"
HD = "hdeleon.net"
HD_MON = "https://hdeleon.net/clase-en-c-net-para-convertir-una-cantidad-monetaria-en-letra"
CU = "cupdf.com"
CU_SOL = "https://cupdf.com/document/sollibro-iii.html"
SZ = "sir-zam-notamt.blogspot.com"
SZ_2012 = "http://sir-zam-notamt.blogspot.com/2012/05/adding-and-subtracting-money-amounts.html"
TG = "tongaiting77.blogspot.com"
TG_2012 = "http://tongaiting77.blogspot.com/2012/11/"
PD = "app.pandai.org"
PD_Y4 = (
    "https://app.pandai.org/note/read/kssr-mt-04-2022-03-01/kssr-2022-y4-mt-03/operasi-asas-wang"
)
# sources of bench/equiv_fresh113_a3.py
SCW = "www.scribd.com"
SCW_412 = (
    "https://www.scribd.com/presentation/412897675/1st-Quarter-Lesson-59-Reading-and-Writing-Money"
)
IB = "www.catalogue.ibookpublishing.biz"
IB_62 = "http://www.catalogue.ibookpublishing.biz/assets/files/EBook/iMath%202-EBook/files/basic-html/page62.html"
EK = "eduktc.com"
EK_834 = "http://eduktc.com/main.php?inc=chap&chid=834"
MB = "www.myfirstbrain.com"
MB_66643 = "http://www.myfirstbrain.com/student_view.aspx?ID=66643"
ST = "scitechpoint.blogspot.com"
ST_2021 = "https://scitechpoint.blogspot.com/2021/06/difference%20between%200.05%20and%200.5%20rupee%20in%20bengali.html"
LP = "www.learnersplanet.com"
LP_T3 = "http://www.learnersplanet.com/content/test-3-19"
ER = "edurev.in"
ER_C3 = "https://edurev.in/studytube/CBSE-Class-3-Maths-Worksheet-Rupees-And-Paise/00c91bba-448a-4ae2-94d9-b16f40442477_t"

CASES = [
    # paperzz 9394122 (My Cyberwall Grade 5 notes): rands and cents, decimal comma
    _c(
        PZ,
        PZ_939,
        gold=r"85c",
        pred=r"R0,85",
        wrap=True,
        expected=True,
        why="'eighty five cents, we can either write this as 85c or R0,85'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"85c",
        pred=r"eighty five cents",
        wrap=True,
        expected=True,
        why="'eighty five cents, we can either write this as 85c or R0,85'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"250c",
        pred=r"R2,50",
        wrap=True,
        expected=True,
        why="'To convert rands to cents, you would multiply by 100 ... Example R2,50 = 250c'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"2500c",
        pred=r"R25",
        wrap=True,
        expected=True,
        why="'R2,50 = 250c R25 = 2500c'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"R10",
        pred=r"1 000c",
        wrap=True,
        expected=True,
        why="'To convert from cents to rands ... Example 1 000c = R10'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"R0,80",
        pred=r"80c",
        wrap=True,
        expected=True,
        why="'1 000c = R10 80c = R0,80'",
    ),
    _c(
        PZ,
        PZ_939,
        gold=r"R0,75",
        pred=r"75c",
        wrap=True,
        expected=True,
        why="'First make sure both amounts are in the same units, i.e. 75c = R0,75'",
    ),
    # elimuza 2283 (Maths Lit P1 memo, Sept 2021): both methods' answers accepted
    _c(
        EZ,
        EZ_2283,
        gold=r"R800,00",
        pred=r"R800",
        wrap=True,
        expected=True,
        why="1.1.3: 'Balance = R3 600 – (R400 × 7) = R800,00 CA OR ... Amount = 2 × 400 = R800 A'",
    ),
    # elimuza 1332 (Maths Lit P1 memo, Sept 2018): rands against cents, R18,00 against R18
    _c(
        EZW,
        EZW_1332,
        gold=r"500 cents",
        pred=r"R5",
        wrap=True,
        expected=True,
        why="1.1.2: 'Difference = R125 – R120 = R5 ✓M= 5 × 100 = 500 cents ✓A' ('1CA In cents')",
    ),
    _c(
        EZW,
        EZW_1332,
        gold=r"R18,00",
        pred=r"R18",
        wrap=True,
        expected=True,
        why="1.2.1: 'Cost of a dozen = 90 x 12 [over 60] = R18,00 ✓ CA OR Dozens = 60 [over 12] = 5 ✓ Cost of a dozen = 90 [over 5] = R18 ✓'",
    ),
    # njeyabongo blog 2011/09 (Swahili): a decimal comma in shillings and rands
    _c(
        NJ,
        NJ_2011,
        gold=r"TSHS. 250,85",
        pred=r"Shilingi za kibongo 250 na senti 85",
        wrap=True,
        expected=True,
        why="'TSHS. 250,85 ... inamaanisha ni Shilingi za kibongo 250 na senti 85' (means 250 shillings and 85 cents)",
    ),
    _c(
        NJ,
        NJ_2011,
        gold=r"Rand 4,50",
        pred=r"Rand 4 na Senti 50",
        wrap=True,
        expected=True,
        why="'Rand 4,50 ( yaani Rand 4 na Senti 50)' (that is, 4 rand and 50 cents)",
    ),
    # gh.opera.news (Ghana's 2007 redenomination): new cedis against pesewas
    _c(
        GO,
        GO_7D6,
        gold=r"Ghc0.10",
        pred=r"10 pesewas",
        wrap=True,
        expected=True,
        why="'an amount of 1,000 cedis will now be Ghc0.10 or 10 pesewas'",
    ),
    # nyongesasande wiki 'Kenyan shilling': the x/y notation with '=' or '-' for zero
    _c(
        NY,
        NY_KES,
        gold=r"100/=",
        pred=r"100/-",
        wrap=True,
        expected=True,
        why="'100 shillings as “100/=” or “100/-“'",
    ),
    _c(
        NY,
        NY_KES,
        gold=r"100/=",
        pred=r"100 shillings",
        wrap=True,
        expected=True,
        why="'100 shillings as “100/=” or “100/-“'",
    ),
    _c(
        NY,
        NY_KES,
        gold=r"-/50",
        pred=r"50 cents",
        wrap=True,
        expected=True,
        why="'50 cents is written as “-/50”'",
    ),
    # citizendium 'Kenyan shilling' (revision 100024328)
    _c(
        CIT,
        CIT_KES,
        gold=r"1/-",
        pred=r"1 Shilling",
        wrap=True,
        expected=True,
        why="'1 Shilling is written as '1/-''",
    ),
    _c(
        CIT,
        CIT_KES,
        gold=r"1/50",
        pred=r"1 Shilling and 50 Cents",
        wrap=True,
        expected=True,
        why="'For 1 Shilling and 50 Cents, it is written as '1/50''",
    ),
    # absoluteastronomy 'Shilling' (Wiktionary usage notes): East African amounts with a solidus
    _c(
        AA,
        AA_SH,
        gold=r"2/50",
        pred=r"2 shillings, 50 cents",
        wrap=True,
        expected=True,
        why="'\"2/50\" is 2 shillings, 50 cents (not pence)'",
    ),
    _c(
        AA,
        AA_SH,
        gold=r"30/=",
        pred=r"30 shillings",
        wrap=True,
        expected=True,
        why="'30 shillings only is written \"30/=\"'",
    ),
    # scribd 725223191 (UNEB 456/1 2024 sample scoring guide): a table value and its '/=' conclusion
    _c(
        SCR,
        SCR_725,
        gold=r"17,000,000/=",
        pred=r"17,000,000",
        wrap=True,
        expected=True,
        why="table '(10,10) 17,000,000'; 'they should sell ten cows and ten goats ... they will make 17,000,000/='",
    ),
    # marvellearn primary 3 lesson note (Nigeria, '#' for the naira sign): naira against kobo
    _c(
        MV,
        MV_W9,
        gold=r"230k",
        pred=r"# 2.30",
        wrap=True,
        expected=True,
        why="'Converting from Naira to Kobo ... # 2.30 = 2.30 x 100 = 230k'",
    ),
    _c(
        MV,
        MV_W9,
        gold=r"615k",
        pred=r"#6. 15",
        wrap=True,
        expected=True,
        why="'#6. 15 = 6.15 x 100 = 615k' (the page's spacing kept)",
    ),
    _c(
        MV,
        MV_W9,
        gold=r"#5. 20k",
        pred=r"520k",
        wrap=True,
        expected=True,
        why="'Converting Kobo to Naira ... 520k = 520/100 =#5. 20k' (the page's spacing kept)",
    ),
    _c(
        MV,
        MV_W9,
        gold=r"#8. 90k",
        pred=r"890k",
        wrap=True,
        expected=True,
        why="'890k = 890/ 100 = #8. 90k' (the page's spacing kept)",
    ),
]

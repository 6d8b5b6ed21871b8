r"""A fifty-ninth fresh set of answer-equivalence cases (evaluation only; helper "d": school maths
answer pages in Arabic, Greek, Persian, Hebrew and Hindi -- answer keys, worked solutions, tutors'
transcripts and forum replies -- that give one answer in several forms: Eastern Arabic-Indic and
Persian digits, the Arabic decimal separators ``٫`` and ``،``, the Persian slash used as a decimal
point (``20/05``), the Greek decimal comma (``0,825``, ``82,5%``), fractions, percents and per
mille, numbers and fractions in native words (Arabic, Egyptian colloquial, Persian, Hebrew, Hindi)
and units in native words; and the forms such a page refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt and
/work/wt/fresh58_claims/claims.txt; each page was claimed in /work/wt/fresh59_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh59_d2.py (Greek and Persian pages) and bench/equiv_fresh59_d3.py
(Hebrew and Hindi pages), under the same rules; their sources are listed below too.

Transcription: strings are copied as the stored excerpt shows them: Eastern Arabic-Indic digits
with an ASCII point (``٣.٩٥``, ``٠.٠٥ + ٠.٩ + ٣``), with the Arabic comma (``٠،٥``) or with the
Arabic decimal separator and percent sign (``٣١٫٦٪``); Persian digits (``۲۰۰۰ متر``); ASCII digits
where the page has them, also inside Arabic, Persian, Hebrew and Hindi text; the Greek decimal
comma and the spaced slashes of the Greek table (``8 / 10``); the Hindi fraction words with their
hyphen and space as printed (``तीन- दसमांश``, ``छ:-सप्तांश``); Egyptian colloquial number words
of the nagwa transcripts (``واحد وتلاتين وستة من عشرة، على مية``, ``عشرة ونص وخمس دقايق``); LaTeX
where the page has LaTeX, with the inline delimiters ``\(`` ``\)`` dropped (khoshamoz,
psebsolutions). Where a page states a conversion "given = answer", the gold is the form the exercise
asks for and the pred the given form, which the page states is equal (khoshamoz's expansions and
simplifications, psebsolutions' decimals, bhartibhawan's fractions and fraction words,
vaskitsios' percents); where a page lists equal forms in a row or chain (spirit16's table,
webbmatte's rows, muntigalhlol's key), the form named first or in the question is the gold and each
other form a True case. Stacked fractions that the text conversion lost (vaskitsios' "25 over
100", webbmatte's fraction column) are not transcribed; only the forms that survive on the line
are used, and ``why`` says so.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- muntigalhlol.com 64347 (Arabic Q&A, "الإجابة الصيحيحة النموذجية": the price ٣.٩٥ in words
  "ثلاثة و خمسة وتسعون من مئة" and expanded "٠.٠٥ + ٠.٩ + ٣"; ٢.٧٥ likewise). 4 cases.
- almrj3.com "the-verbal-version-of-decimal-break-0-5-is" (Arabic: "الصيغة اللفظية للكسر العشري
  ٠،٥ هي خمسة من عشرة"; "0.5 ما هي إلا الكسر العشري 5/10"). 2 cases.
- el-3rb.net (Arabic Q&A: "العدد ٨٧٤٠ ... ثمانية آلاف وسبعمائة وأربعون"). 1 case.
- so9or.com ?p=21920 (Arabic article, kilogram to gram: "(7.5 كغ) × 1000" = "7500 جرام"). 1 case.
- www.nagwa.com ar/videos/717140512635 (Arabic transcript, "أي من مجموعات الكسور التالية يساوي
  7/17؟": option (ب) 14/34، 21/51، 28/68، 35/85 is the only equivalent set; "18 على ثمانية لا
  يكافئ سبعة على 17", option (د)'s 34/14 flips the fraction, option (أ)'s 8/18 adds one to both
  terms). 8 cases (3 False).
- www.nagwa.com ar/videos/967164310432 (Arabic transcript, "عبِّر عن ٣١٫٦٪ بكسر": read as
  "واحد وتلاتين وستة من عشرة في المية", written "واحد وتلاتين وستة من عشرة، على مية", "هو هو نفس
  النسبة المئوية"). 2 cases.
- www.nagwa.com ar/videos/382107424212 (Arabic transcript, clock "السابعة إلّا عشر دقائق": the
  first clock, "عشرة ونص وخمس دقايق", "مش هي الإجابة الصح"). 2 cases (1 False).

Sources of bench/equiv_fresh59_d2.py:

- spirit16.blogspot.com 2009/01 blog-post_4180 (Greek teacher's blog, "ΠΟΣΟΣΤΑ ΩΣ ΚΛΑΣΜΑΤΑ":
  "1% = 1 / 100" and the table 80% | 8 / 10 | 4 / 5, 50% | 5 / 10 | 1 / 2, 25% | 25/100 | 1 / 4,
  75% | 75/100 | 3 / 4). 9 cases.
- users.sch.gr vaskitsios/katsba/dim/e/ma8-pososta1a.htm (Greek school page "Ποσοστά": "25% = ... =
  0,25", "25‰ = ... = 0,025", "0,5 = 50%", "0,75 = 75%", "0,825 = 82,5%", "1 = 100%", "1,5 =
  150%"). 7 cases.
- e-papadakis.gr maths_e7.html (Greek teacher's rules for fractions, accents lost in the stored
  text: "6/7=6:7", "0,5=5/10", "0,23=23/100", a fraction equals 1 "Πχ 4/4 , 2/2"). 5 cases.
- khoshamoz.ir post6536 (Persian answer key "پاسخنامه اعداد اعشاری": expansions such as
  "\(2.7=2+\frac{7}{10}\)" and simplifications such as "\(5.80=5.8\)", "\(0108.0060=108.006\)").
  11 cases.
- www.webbmatte.se show_asset.php?id=1362 (Persian page of a Swedish school site, "تبدیل کسر به
  اعشار": "نیم = ... = 0,5 = 50 %", "یک چهارم ... 0,25 = 25 %", "یک هشتم ... 0,125 = 12,5 %").
  6 cases.
- fathi.cloob24.com post 5db5a5ad9fb0c (Persian teacher's notes, grade 6 decimals: "20/05 می
  خوانیم بیست عدد صحیح و پنج صدم"). 1 case.
- katibeha.com t/تبدیل-واحد/232 (Persian forum reply on unit prefixes: "۲ کیلومتر میشه ۲۰۰۰ متر",
  "۳ مگا اهم ... ۳۰۰۰۰۰۰ اهم", "۲۰۰۰ آمپر میشه ۲ کیلوآمپر"). 3 cases.

Sources of bench/equiv_fresh59_d3.py:

- www.tapuz.co.il threads 8677359 (Hebrew forum reply: 50 of 100 is "חצי" ... "0.5", "50 אחוז";
  2 of 8 is "רבע" ... "25 אחוז"; 3 of 15 is "חמישית" ... "20%"). 4 cases.
- amara.org subtitles JbFPQRA7nDnY, Hebrew (Khan Academy "Converting decimals to fractions 1 ex 2":
  "0.8 זה למעשה אותו דבר כמו 8 עשיריות, כלומר ארבע חמישיות"). 2 cases.
- www.amara.org subtitles doikDrTrVree, Hindi (Khan Academy "Representing a number as a decimal
  percent and fraction 2": "7 बटा 8 या 7/8 , एक ही बात है"). 1 case.
- psebsolutions.in PSEB 5th class chapter 4 Ex 4.7 in Hindi (हल: "\(\frac{9}{10}\) = 0.9" ...,
  "\(\frac{3}{5}\) = ... = 0.60" ...). 10 cases.
- bhartibhawansolution.in 2024/06 6-5a_18 (Hindi प्रश्नावली-5A: fraction words "तीन- दसमांश" =
  3/10 ... and fractions in words "3/8" = "तीन- अष्टमांश" ...). 11 cases.
- mpboardsolutions.guru MP Board class 6 chapter 8 Ex 8.2 (Hindi हल chains "= 3 + 0.2 + 0.05 =
  3.25" ...). 4 cases.

94 cases in all (4 False): 20 here (4 False), 42 in bench/equiv_fresh59_d2.py, 32 in
bench/equiv_fresh59_d3.py.

Left out, by rule: statements the page itself gets wrong (bhartibhawan's "8/15" written "आठ-
पंचमांश", which names 8/5, and its "32×2/4=8×2=16" for three quarters of 32; mpboardsolutions'
item (v), whose chain has 2/10 where the table has 1/10); stacked fractions lost in the text
(vaskitsios' middle members, webbmatte's fraction column, the flipbuilder Arabic textbook page
on rounding fractions); intermediate members of psebsolutions' chains (``\frac{60}{100}`` and the
like), which repeat the given fraction scaled; khoshamoz's item 3 (products and quotients by
powers of ten, computations rather than forms of one answer), its identity "9,000.005=9,000.005"
and its rounding item 4 (rounded values are not equal); nagwa 717140512635's other members of
option (أ) (9/19, 10/20, 11/21) and of option (د), which the transcript refuses only as a set; the
second clock of nagwa 382107424212 ("تسعة ونصف وخمس دقائق"), which the stored text does not
explicitly refuse; the final answer of nagwa 967164310432, which the excerpt does not reach;
the later part of the Hindi amara transcript (0.875, 87.5%), which the excerpt does not reach.

Examined and not used: Arabic SEO answer pages in the machine-written style ("التفسير الموسع",
"المزيد من المعلومات", "اجابة معتمدة ... مقدمة ... خاتمة"): ask.bejabat.com 11953, 10764 and
14242, mwade3.com, joellemena.com, news.agbni.com, sabahlaw.co.il, wiki.almenhaj.net,
mo.kataluj.com and zavarovanjeterjatev.si (machine-translated), new.karistina.com (a garbled copy
of the almrj3 page), maticova-etno-hisa.si (a scraped copy on an unrelated domain); njah.org,
emirates-school.com, dorar-aliraq.net, q8-online.com, alsuwari.web.app (titles only); converter
and machine-translated pages (rapidtables.org/ar, cmtoinchesconvert.com/ar and /ur, kylabs.net/ur,
ur/hi/te/bn.lamscience.com, hi.scienceforming.com, hwdoi.com Persian and Urdu, el./iw.milestoblog,
ar.go-homework.com and isolution.pro, both used before); porsan.app answers (examined by an
earlier set; several in a machine-written layout); taraz.org (answers lost from the text);
mathway.com/ar (values lost); studytik.com (examined by bench/equiv_fresh54_d.py);
easymathstricks.com (a decimal-fraction table, left out to keep the set balanced);
10upon10.com and myexaminer/prothomsir Bengali pages (outside this topic's languages); Greek
issuu, docplayer and scribd textbooks (text mis-encoded); slideum.com 5045492 (Hebrew multiple
choice, its key not stored); he.wikibooks and kotar.cet.ac.il (formulas or answers lost);
Urdu pages found were all machine-translated converters, so no Urdu case was taken.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MUN = "muntigalhlol.com"
MUN_64347 = "https://muntigalhlol.com/64347/%D8%A7%D9%83%D8%AA%D8%A8%D9%8A-%D8%B3%D8%B9%D8%B1-%D8%A7%D9%84%D8%A8%D8%B1%D8%AA%D9%82%D8%A7%D9%84-%D8%A8%D8%A7%D9%84%D8%B5%D9%8A%D8%BA%D8%A9-%D8%A7%D9%84%D9%84%D9%81%D8%B8%D9%8A%D8%A9-%D9%88%D8%A7%D9%84%D8%AA%D8%AD%D9%84%D9%8A%D9%84%D9%8A%D8%A9-%D8%9F?show=64348"
ALM = "almrj3.com"
ALM_05 = "https://almrj3.com/the-verbal-version-of-decimal-break-0-5-is"
E3RB = "el-3rb.net"
E3RB_8740 = "https://el-3rb.net/%d9%85%d8%a7-%d8%a7%d9%84%d8%b5%d9%8a%d8%ba%d8%a9-%d8%a7%d9%84%d9%84%d9%81%d8%b8%d9%8a%d8%a9-%d9%84%d9%84%d8%b9%d8%af%d8%af-%d9%a8%d9%a7%d9%a4%d9%a0-2/"
SOQ = "so9or.com"
SOQ_21920 = "https://so9or.com/?p=21920"
NAG = "www.nagwa.com"
NAG_717 = "https://www.nagwa.com/ar/videos/717140512635/"
NAG_967 = "https://www.nagwa.com/ar/videos/967164310432/"
NAG_382 = "https://www.nagwa.com/ar/videos/382107424212/"
# sources of bench/equiv_fresh59_d2.py
SPI = "spirit16.blogspot.com"
SPI_4180 = "http://spirit16.blogspot.com/2009/01/blog-post_4180.html"
SCH = "users.sch.gr"
SCH_VAS = "http://users.sch.gr/vaskitsios/katsba/dim/e/ma8-pososta1a.htm"
PAP = "e-papadakis.gr"
PAP_E7 = "https://e-papadakis.gr/maths_e7.html"
KHO = "khoshamoz.ir"
KHO_6536 = "https://khoshamoz.ir/index.php/post6536"
WEB = "www.webbmatte.se"
WEB_1362 = "http://www.webbmatte.se/show_asset.php?id=1362"
FAT = "fathi.cloob24.com"
FAT_6 = "http://fathi.cloob24.com/post/5db5a5ad9fb0c/ریاضی-ششم-فصل-3"
KAT = "katibeha.com"
KAT_232 = "https://katibeha.com/t/%D8%AA%D8%A8%D8%AF%DB%8C%D9%84-%D9%88%D8%A7%D8%AD%D8%AF/232"
# sources of bench/equiv_fresh59_d3.py
TAP = "www.tapuz.co.il"
TAP_8677359 = "https://www.tapuz.co.il/threads/%D7%A9%D7%90%D7%9C%D7%94.8677359"
AMA = "amara.org"
AMA_HE = "https://amara.org/bg/subtitles/JbFPQRA7nDnY/he/1/download/Converting%20decimals%20to%20fractions%201%20ex%202.he.sbv"
AMA_W = "www.amara.org"
AMA_HI = "http://www.amara.org/subtitles/doikDrTrVree/hi/1/download/Representing%20a%20number%20as%20a%20decimal%20percent%20and%20fraction%202.hi.txt"
PSE = "psebsolutions.in"
PSE_47 = "https://psebsolutions.in/pseb-5th-class-maths-solutions-chapter-4-ex-4-7-in-hindi/"
BHA = "bhartibhawansolution.in"
BHA_5A = "https://bhartibhawansolution.in/2024/06/6-5a_18.html"
MPB = "mpboardsolutions.guru"
MPB_82 = "https://mpboardsolutions.guru/mp-board-class-6th-maths-solutions-chapter-8-ex-8-2/"

CASES = [
    # muntigalhlol 64347: a decimal price in words and in expanded form (Eastern Arabic-Indic digits)
    _c(
        MUN,
        MUN_64347,
        gold=r"٣.٩٥",
        pred=r"ثلاثة و خمسة وتسعون من مئة",
        wrap=True,
        expected=True,
        why="key 'الإجابة الصيحيحة النموذجية': 'قبل الخصم ٣.٩٥ / الصيغة اللفظية : ثلاثة و خمسة وتسعون من مئة'",
    ),
    _c(
        MUN,
        MUN_64347,
        gold=r"٣.٩٥",
        pred=r"٠.٠٥ + ٠.٩ + ٣",
        wrap=True,
        expected=True,
        why="key 'الإجابة الصيحيحة النموذجية': 'قبل الخصم ٣.٩٥ / الصيغة التحليلية : ٠.٠٥ + ٠.٩ + ٣'",
    ),
    _c(
        MUN,
        MUN_64347,
        gold=r"٢.٧٥",
        pred=r"اثنان و خمسة وسبعون من مئة",
        wrap=True,
        expected=True,
        why="key 'الإجابة الصيحيحة النموذجية': 'بعد الخصم ٢.٧٥ / الصيغة اللفظية : اثنان و خمسة وسبعون من مئة'",
    ),
    _c(
        MUN,
        MUN_64347,
        gold=r"٢.٧٥",
        pred=r"٠.٠٥ + ٠.٧ + ٢",
        wrap=True,
        expected=True,
        why="key 'الإجابة الصيحيحة النموذجية': 'بعد الخصم ٢.٧٥ / الصيغة التحليلية : ٠.٠٥ + ٠.٧ + ٢'",
    ),
    # almrj3: 0.5 in words with the Arabic decimal comma, and as a decimal fraction
    _c(
        ALM,
        ALM_05,
        gold=r"٠،٥",
        pred=r"خمسة من عشرة",
        wrap=True,
        expected=True,
        why="'الصيغة اللفظية للكسر العشري ٠،٥ هي خمسة من عشرة'",
    ),
    _c(
        ALM,
        ALM_05,
        gold=r"0.5",
        pred=r"5/10",
        wrap=True,
        expected=True,
        why="'حيث أن الكتابة 0.5 ما هي إلا الكسر العشري 5/10'",
    ),
    # el-3rb: a whole number in Arabic words
    _c(
        E3RB,
        E3RB_8740,
        gold=r"٨٧٤٠",
        pred=r"ثمانية آلاف وسبعمائة وأربعون",
        wrap=True,
        expected=True,
        why="'فعند كتابة العدد ٨٧٤٠ لفظيًا نكتبه كذلك: ثمانية آلاف وسبعمائة وأربعون'",
    ),
    # so9or: kilograms to grams with Arabic unit words
    _c(
        SOQ,
        SOQ_21920,
        gold=r"7500 جرام",
        pred=r"7.5 كغ",
        wrap=True,
        expected=True,
        why="worked example: 'الكتلة بالجرام = (7.5 كغ) × 1000' ... 'الكتلة بالجرام = 7500 جرام'",
    ),
    # nagwa 717140512635: which set of fractions equals 7/17 (one set accepted, three refused)
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"14/34",
        wrap=True,
        expected=True,
        why="option [ب] '14/34، 21/51، 28/68، 35/85': 'الخيار (ب) هو الخيار الوحيد الذي يضم كسرين متكافئين'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"21/51",
        wrap=True,
        expected=True,
        why="option [ب] '14/34، 21/51، 28/68، 35/85': 'الخيار (ب) هو الخيار الوحيد الذي يضم كسرين متكافئين'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"28/68",
        wrap=True,
        expected=True,
        why="option [ب] '14/34، 21/51، 28/68، 35/85': 'الخيار (ب) هو الخيار الوحيد الذي يضم كسرين متكافئين'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"35/85",
        wrap=True,
        expected=True,
        why="option [ب] '14/34، 21/51، 28/68، 35/85': 'الخيار (ب) هو الخيار الوحيد الذي يضم كسرين متكافئين'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"14 على 34",
        wrap=True,
        expected=True,
        why="'ويعني هذا أن 14 على 34 كسر متكافئ مع الكسر سبعة على 17'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"8/18",
        wrap=True,
        expected=False,
        why="option [أ] starts 8/18: 'أضيف واحد إلى كل من البسط والمقام. لكن القيام بذلك لا يكون كسرًا متكافئًا'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"18/8",
        wrap=True,
        expected=False,
        why="'18 على ثمانية لا يكافئ سبعة على 17'",
    ),
    _c(
        NAG,
        NAG_717,
        gold=r"7/17",
        pred=r"34/14",
        wrap=True,
        expected=False,
        why="option [د]: 'الخيار (د) يقلب الكسور. لكن 34 على 14 لا يماثل 14 على 34'",
    ),
    # nagwa 967164310432: 31.6 percent with the Arabic decimal separator, in colloquial words
    _c(
        NAG,
        NAG_967,
        gold=r"٣١٫٦٪",
        pred=r"واحد وتلاتين وستة من عشرة في المية",
        wrap=True,
        expected=True,
        why="the transcript reads the question 'عبِّر عن ٣١٫٦٪' as 'عبِّر عن واحد وتلاتين وستة من عشرة في المية'",
    ),
    _c(
        NAG,
        NAG_967,
        gold=r"٣١٫٦٪",
        pred=r"واحد وتلاتين وستة من عشرة، على مية",
        wrap=True,
        expected=True,
        why="'فهيبقى الكسر هو واحد وتلاتين وستة من عشرة، على مية. والكسر ده هو هو نفس النسبة المئوية دي'",
    ),
    # nagwa 382107424212: a clock time in words; a wrong clock refused
    _c(
        NAG,
        NAG_382,
        gold=r"السابعة إلّا عشر دقائق",
        pred=r"سبعة إلّا عشر دقايق",
        wrap=True,
        expected=True,
        why="question 'توقيت السابعة إلّا عشر دقائق' restated 'بتوضّح الساعة سبعة إلّا عشر دقايق'",
    ),
    _c(
        NAG,
        NAG_382,
        gold=r"السابعة إلّا عشر دقائق",
        pred=r"عشرة ونص وخمس دقايق",
        wrap=True,
        expected=False,
        why="first clock read 'عشرة ونص وخمس دقايق. طبعًا مش هي الإجابة الصح'",
    ),
]

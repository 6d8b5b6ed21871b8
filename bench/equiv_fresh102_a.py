r"""A hundred-and-second fresh set of answer-equivalence cases (evaluation only; helper "a": math
answer keys and worked solutions in Arabic, Persian, Urdu, Hindi, Bengali and Hebrew -- quiz and
job-exam keys, textbook solutions, lessons and subtitled worked examples where a page states one
answer in two forms or refuses a form: Bengali, Persian, Arabic-Indic and Devanagari digits against
ASCII digits, the Persian momayyez ٫ and the Persian slash as decimal separators, Indian-system
commas, numerals against number words (Bengali, Persian, Arabic, Hindi and Hebrew words, and the
English readings that Persian and Arabic pages teach), fractions against decimals and percentages,
million/billion against lakh/crore, decimal hours against hours and minutes, and the unkeyed
choices of multiple-choice keys).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh102_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file (he.m.wikibooks.org's text is under its wiki licence). Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh102_a2.py and bench/equiv_fresh102_a3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them: the page's own digits (Bengali,
Persian ۰-۹, Arabic-Indic ٠-٩, Devanagari or ASCII), elmineh's decimal separator ٫ (U+066B),
stair-math's ASCII slash used as the Persian decimal separator ("18/3" is eighteen and three tenths
there, as the page's own reading says), Bengali "এএম"/"পিএম" and "%" as printed, dunyana24's case
endings ("خمسٌ", "مليوناً"), the vowel point of he.wikibooks' "ושמונֶה", and hyphens and capitals as
printed ("Two-third", "Three-fifth", "a third", "Point five"). A sentence's closing full stop or
"।" is dropped. Where a lesson reads a numeral in words, or an exercise writes words in figures,
the numeral is the gold and the words the pred. Where a page writes one quantity in several forms
("۱ (۱/۴) = ۱٫۲۵ = One and a quarter", "०.२५ (जो २५/१०० या २५% ...)", "150.1/100 ... 150.1
بالمئة ... 150.1%") the numeral is the gold (for elmineh's mixed numbers the decimal, for the
subtitles the percentage asked for) and each other form a True pred; forms joined by "OR", "or" or
"বা" are each taken. In multiple-choice keys the keyed choice is the gold, the question's own
quantity (when the question asks for another form of it) a True pred and each unkeyed choice a
False pred. Readings, each noted in ``why``: kishoralo's answer line writes midnight "১২.০০ এএম"
with a full stop where its choice has "১২:০০ এএম" (taken as one answer, a True pair), and its
question "৩ দশমিক ১ ঘণ্টায় কতক্ষণ?" gives the pred "৩ দশমিক ১ ঘণ্টা" without the case ending;
bcstarget's stored text has no keyed letter, so its explanation's closing "০.০১০ বা ০.০১" is the
answer (gold "০.০১"), matched with the choice "খ) 0.01"; he.wikibooks glosses the gender of a
numeral word in parentheses ("שני (זכר) רבעים"), and the gloss is dropped; in the Hindi subtitles
the next line writes the same ०.२५ as "0.२५" (ASCII zero, Devanagari digits), taken as written;
schoolarabia's "1سم = 10 مم" gives the gold "10 مم" and the pred "1سم".

Sources (domain, URL, what is settled; all "web page, no licence file" unless said):

- kishoralo.com "qa/piu5pfbldv" (Kishor Alo quiz with its answers: midnight is "১২:০০ এএম", not
  "১২:০০ পিএম"; "৩ দশমিক ১ ঘণ্টায় কতক্ষণ?" is "৩ ঘণ্টা এবং ৬ মিনিট", not 3 h 10 min or 3 h 1 min;
  "১/৪ + ১/৩" is "৭/১২"; "১/৪ × ১/৪" is "১/১৬"). 10 cases (8 False).
- www.learninghomebd.com "2019/04/BCS-preliminary-math-supplement.html" (BCS preliminary MCQs
  with worked solutions and keyed letters: "(৪২/৬০) x ১০০ =৭০ সঠিক উওর খ" among 60/70/80/90%;
  "(১/৫) x ১০০ =২০% সঠিক উওর খ" among 25/20/5/1%). 7 cases (6 False).
- bcstarget.com "job-solution/questions/108993" ("০.৫ × ০.০২ = কত?", choices "1, 0.01, 0.001,
  1.01" in ASCII digits, explanation in Bengali digits ending "০.০১০ বা ০.০১"). 5 cases (3 False).
- prothomalo.com "education/study/92qyuiump2" (a senior teacher's class 6 lesson: "অঙ্কে:
  ২৪৪২১৩০৮২৫২৪ কথায়: দুইশত চুয়াল্লিশ বিলিয়ন ..." and a second numeral read in words). 2 cases.
- prottoymath.com "class-6-math-solution-exercise-1-1" (Bangladesh class 6 Ex 1.1 solutions:
  "বিশ হাজার সত্তর ... ∴ সংখ্যাটি = ২০০৭০", "ত্রিশ হাজার আট ... ৩০০০৮"). 2 cases.

Sources of bench/equiv_fresh102_a2.py:

- www.schoolmathbd.com "2020/12/blog-post_95.html" (class 4 chapter 1 answers: "ত্রিশ হাজার
  ছয়শত পাঁচ-৩০৬০৫", "ছিয়াশি হাজার দুই-৮৬০০২"). 2 cases.
- bdnewszone.com 2023/05/11 "সংখ্যায় কমা ব্যবহারের নিয়ম কি?" ("৮৭৬৪৫৩২ ... = ৮৭,৬৪,৫৩২";
  "৬ মিলিয়ন কত লক্ষ? উত্তর: ৬০ লক্ষ"; "১ বিলিয়ন ... ১০০ কোটি"; "৫০০ কোটিতে কত বিলিয়ন? উত্তর: ৫
  বিলিয়ন"). 4 cases.
- elmineh.ir "?p=2767" (how to read decimals and fractions in English, with Persian digits: "۰٫۵ =
  Point five OR Zero point five" ... "۸ (۳/۴) = ۸٫۷۵ = Eight and three quarters"). 19 cases.
- stair-math.blog.ir 1396/05/31 "خواندن اعداد اعشاری" (a teacher's blog: "18/3= هیجده و سه دهم"
  ... "18/3456 = هیجده و سه هزار و چهارصد و پنجاه و شش ده هزارم"). 4 cases.
- schoolarabia.net "asasia/duroos_math/alkusor2/alkusor2.htm" (المدرسة العربية, 2002: "يُقرأ الكسر
  العشري ( 0.5 ) خمسة من عشرة" ...; "1سم = 10 مم"). 5 cases.

Sources of bench/equiv_fresh102_a3.py:

- rayeshmand.ir "download/learning-numbers" (numerals from 6 to 473812260000 read in Persian
  words). 12 cases.
- learning-english-language-n.blogspot.com "2013/07/fractional-numbers.html" (Arabic names of the
  unit fractions "نصف | One half | 1/2" ... "عشر | One tenth | 1/10"; "Half: fifty percent or
  fifty per cent or 50%"; "Four hundredth ... 4%"; "0.179: Zero point one seven nine"; "1.20: One
  point two zero"; "2 1/2: Two and a half"). 14 cases.
- dunyana24.com "الصيغة العددية والصيغة اللفظية" (٣٥٦٧٠٠١٨ in its word form). 1 case.
- amara.org subtitles gr1ZD7lKwRjg, Arabic (Khan Academy "Converting decimals to percents example
  2": 1.501 is "150.1/100 أو 150.1 على 100 ... 150.1 بالمئة ... 150.1%"). 4 cases.
- amara.org subtitles z82uZLGOZIbD, Hindi (Khan Academy "Identifying Percent Amount and Base":
  "०.२५ (जो २५/१०० या २५% ही लिखने का एक तरीका है )"). 3 cases.
- www.whiteambition.com "p/number_29.html" (Hindi lesson: "चार लाख पैंतीस हजार पांच" written in
  figures is 435005). 1 case.
- he.m.wikibooks.org "לשון/דיוקי הגייה/מספר חלקי" (Hebrew fraction words: "2/4 - שני (זכר)
  רבעים", "3/7 - שלוש (נקבה) שבעיות", "13/28 שלוש עשרה חלקי עשרים ושמונֶה"). 3 cases.
- school.kotar.cet.ac.il book 72590435 (CET textbook page: "דוגמה1,206 - אלף מאתיים ושש"). 1 case.

99 cases in all (17 False): 26 here (17 False), 34 in bench/equiv_fresh102_a2.py, 39 in
bench/equiv_fresh102_a3.py. No Urdu page gave a usable case (see below).

Left out, by rule: learninghomebd's Q03 ("০.৪৭৩" as "৪৭৩/১০০০", whose choices ৪৭/৯০৯, ৪৩/৯৯০,
৪৭/৯৯৯ suggest a recurring decimal whose marks the stored text may have lost) and Q04 (a comparison,
no equal forms); kishoralo's question expressions "১/৪ + ১/৩" and "১/৪ × ১/৪" (computations, not
forms of the answer); learninghomebd's bare "=৭০" (the number before its percent sign);
schoolmathbd's place-value build-ups ("৪টি দশ হাজার=৪*১০০০০= ৪০০০০", intermediate members) and its
digit chart (with the misprint "২ অযুত __২০০০০০"); bdnewszone's "৩,৫০০,৮৫,০০,৯২১" (a grouping
neither system uses) and its single-form answers ("৪০০০", "২০০"); stair-math's "18/345 = 18 عدد صحیح
و 0/345" (a description of the parts); he.wikibooks' mixed number "1/2 2 מגירות" (stacked by the
conversion, and with a noun); schoolarabia's fraction images (7/10 is not in the stored text) and
its "(0,1) الفاصلة العشرية" (names the symbol); learning-english-language-n's English column (the
Arabic column was taken) and its readings with a unit noun ("Zero point two eight five of a meter")
or inside sentences; dunyana24's second example (cut off in the stored text); the Hindi
subtitles' answer (600), which the stored text does not reach; rayeshmand's digit-count table
(smallest and largest numbers of each length, not forms of one number).

Examined and not used: englishnice.com's fraction table ("1/2 one-half یک دوم" ...) and
sarairasiyouth.blogspot.com 2015/04 (Hindi place names "लाख – 1,00,000" ...), claimed and then
left out to keep the set within three modules; myexaminer.net 2591883266 (machine-written style,
examined by an earlier set); porsan.app and taraz.org (AI answers; taraz used before);
joellemena.com, mwade3.com, news.agbni.com, mhwrnews.com, sa.news-sinaa.com, ask.bejabat.com,
mo.kataluj.com and zavarovanjeterjatev.si (machine-written or spun answer pages); karistina.com
(a spun copy of almrj3); wirsaurdu.com (a pasted ChatGPT conversation, the only Urdu page with
number words); sun-light-ai.com and lxmcq.com (generated); Urdu and Hindi converter pages
(cmtoinchesconvert, kylabs, rapidtables.org/hi, hwdoi, ur.lamscience, urwatools) and
isolution.pro / post.nghiatu.com (machine translations); numinwords.com and numbertowords.info
(generated number spellers); milestoblog/sofiawest (machine translations); bissoy.com mcq 70123
and 192009 (the same question keyed "২.৫" and "০.০২৫": disputed); eshikhon.com (single-form
answers); nagwa.com/ar 967164310432 and 382107424212 (used before) and 154160601256 (the stored
text stops before its word form); almrj3, muntigalhlol, el-3rb, takarrate, webbmatte.se and
go-homework (used before); urdudarasgah.blogspot.com (a spelling rule, "6" is written چھے);
fazel.de (Persian decimal readings without numerals); abcxyz.ir, universalsubtitles EdZOSdmX81JK
(Hindi "$2.70 को $2.7") and bn.khanacademy.org's 59.2% video page (one example each, not claimed);
kotar.cet.ac.il pages 105551878, 92562751 and 102749125 (OCR-scrambled digits); lib.cet.ac.il
13671 (numerals with nouns, about agreement); slideum.com 5045492 (examined before); flipbuilder
zhvtd (fractions stacked by the conversion); mathway.com/ar (the numbers are missing from its steps).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KAL = "kishoralo.com"
KAL_QA = "https://kishoralo.com/qa/piu5pfbldv"
LHB = "www.learninghomebd.com"
LHB_BCS = "https://www.learninghomebd.com/2019/04/BCS-preliminary-math-supplement.html"
BCT = "bcstarget.com"
BCT_108993 = "https://bcstarget.com/job-solution/questions/108993"
PAL = "prothomalo.com"
PAL_92Q = "https://prothomalo.com/education/study/92qyuiump2"
PRM = "prottoymath.com"
PRM_611 = "https://prottoymath.com/class-6-math-solution-exercise-1-1"
SMB = "www.schoolmathbd.com"
SMB_C4 = "https://www.schoolmathbd.com/2020/12/blog-post_95.html"
BDN = "bdnewszone.com"
BDN_COMMA = "https://bdnewszone.com/2023/05/11/%E0%A6%B8%E0%A6%82%E0%A6%96%E0%A7%8D%E0%A6%AF%E0%A6%BE%E0%A6%AF%E0%A6%BC-%E0%A6%95%E0%A6%AE%E0%A6%BE-%E0%A6%AC%E0%A7%8D%E0%A6%AF%E0%A6%AC%E0%A6%B9%E0%A6%BE%E0%A6%B0%E0%A7%87%E0%A6%B0-%E0%A6%A8"
ELM = "elmineh.ir"
ELM_2767 = "https://elmineh.ir/?p=2767"
STM = "stair-math.blog.ir"
STM_READ = "http://stair-math.blog.ir/1396/05/31/%D8%AE%D9%88%D8%A7%D9%86%D8%AF%D9%86-%D8%A7%D8%B9%D8%AF%D8%A7%D8%AF-%D8%A7%D8%B9%D8%B4%D8%A7%D8%B1%DB%8C"
SAR = "schoolarabia.net"
SAR_K2 = "http://schoolarabia.net/asasia/duroos_math/alkusor2/alkusor2.htm"
RAY = "rayeshmand.ir"
RAY_NUM = "https://rayeshmand.ir/download/learning-numbers"
LEL = "learning-english-language-n.blogspot.com"
LEL_FRAC = "https://learning-english-language-n.blogspot.com/2013/07/fractional-numbers.html"
DUN = "dunyana24.com"
DUN_SL = "https://dunyana24.com/%d8%a7%d9%84%d8%b5%d9%8a%d8%ba%d8%a9-%d8%a7%d9%84%d8%b9%d8%af%d8%af%d9%8a%d8%a9-%d9%88%d8%a7%d9%84%d8%b5%d9%8a%d8%ba%d8%a9-%d8%a7%d9%84%d9%84%d9%81%d8%b8%d9%8a%d8%a9"
AMA = "amara.org"
AMA_AR = "https://amara.org/subtitles/gr1ZD7lKwRjg/ar/2/download/Converting%20decimals%20to%20percents%20example%202%20%20Decimals%20%20Pre-Algebra%20%20Khan%20Academy.ar.dfxp"
AMA_HI = "https://amara.org/subtitles/z82uZLGOZIbD/hi/1/download/Identifying%20Percent%20Amount%20and%20Base.hi.sbv"
WHA = "www.whiteambition.com"
WHA_29 = "https://www.whiteambition.com/p/number_29.html"
HEW = "he.m.wikibooks.org"
HEW_FRAC = "https://he.m.wikibooks.org/wiki/%D7%9C%D7%A9%D7%95%D7%9F/%D7%93%D7%99%D7%95%D7%A7%D7%99_%D7%94%D7%92%D7%99%D7%99%D7%94/%D7%9E%D7%A1%D7%A4%D7%A8_%D7%97%D7%9C%D7%A7%D7%99"
KOT = "school.kotar.cet.ac.il"
KOT_725 = "https://school.kotar.cet.ac.il/KotarApp/Index/Chapter.aspx?nBookID=72590435&nTocEntryID=72611788"

CASES = [
    # kishoralo quiz: keyed answers against the other choices; 3.1 hours is 3 h 6 min, not 3 h 10 min
    _c(
        KAL,
        KAL_QA,
        gold=r"১২:০০ এএম",
        pred=r"১২.০০ এএম",
        wrap=True,
        expected=True,
        why="Q1 choice 'ক. ১২:০০ এএম'; answer line 'মাঝরাত মানে ১২.০০ এএম'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"১২:০০ এএম",
        pred=r"১২:০০ পিএম",
        wrap=True,
        expected=False,
        why="Q1 midnight: answer '১২.০০ এএম', not choice 'খ. ১২:০০ পিএম'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৩ ঘণ্টা এবং ৬ মিনিট",
        pred=r"৩ দশমিক ১ ঘণ্টা",
        wrap=True,
        expected=True,
        why="Q2 '৩ দশমিক ১ ঘণ্টায় কতক্ষণ?' answer '৩ ঘণ্টা এবং ৬ মিনিট' (the question's quantity)",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৩ ঘণ্টা এবং ৬ মিনিট",
        pred=r"৩ ঘণ্টা এবং ১০ মিনিট",
        wrap=True,
        expected=False,
        why="Q2 answer '৩ ঘণ্টা এবং ৬ মিনিট', not choice 'ক. ৩ ঘণ্টা এবং ১০ মিনিট'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৩ ঘণ্টা এবং ৬ মিনিট",
        pred=r"৩ ঘণ্টা এবং ১ মিনিট",
        wrap=True,
        expected=False,
        why="Q2 answer '৩ ঘণ্টা এবং ৬ মিনিট', not choice 'গ. ৩ ঘণ্টা এবং ১ মিনিট'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৭/১২",
        pred=r"২/৭",
        wrap=True,
        expected=False,
        why="Q3 '১/৪ + ১/৩ = ?' answer '৭/১২', not choice 'ক. ২/৭'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৭/১২",
        pred=r"২/১২",
        wrap=True,
        expected=False,
        why="Q3 '১/৪ + ১/৩ = ?' answer '৭/১২', not choice 'খ. ২/১২'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"৭/১২",
        pred=r"৭/১",
        wrap=True,
        expected=False,
        why="Q3 '১/৪ + ১/৩ = ?' answer '৭/১২', not choice 'গ. ৭/১'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"১/১৬",
        pred=r"১/২",
        wrap=True,
        expected=False,
        why="Q4 '১/৪ × ১/৪ = ?' answer '১/১৬', not choice 'ক. ১/২'",
    ),
    _c(
        KAL,
        KAL_QA,
        gold=r"১/১৬",
        pred=r"১১/১৬",
        wrap=True,
        expected=False,
        why="Q4 '১/৪ × ১/৪ = ?' answer '১/১৬', not choice 'গ. ১১/১৬'",
    ),
    # learninghomebd BCS supplement: keyed percentages against the unkeyed choices
    _c(
        LHB,
        LHB_BCS,
        gold=r"৭০%",
        pred=r"৬০%",
        wrap=True,
        expected=False,
        why="01. fail rate of 42 in 60: '=৭০ সঠিক উওর খ' (খ। ৭০%), not 'ক। ৬০%'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"৭০%",
        pred=r"৮০%",
        wrap=True,
        expected=False,
        why="01. fail rate of 42 in 60: '=৭০ সঠিক উওর খ' (খ। ৭০%), not 'গ। ৮০%'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"৭০%",
        pred=r"৯০%",
        wrap=True,
        expected=False,
        why="01. fail rate of 42 in 60: '=৭০ সঠিক উওর খ' (খ। ৭০%), not 'ঘ। ৯০%'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"২০%",
        pred=r"১/৫",
        wrap=True,
        expected=True,
        why="02. '১/৫ কে শতকরায় প্রকাশ করলে হয়-' ... 'শতকরা = (১/৫) x ১০০ =২০% সঠিক উওর খ'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"২০%",
        pred=r"২৫%",
        wrap=True,
        expected=False,
        why="02. ১/৫ as a percentage: '=২০% সঠিক উওর খ', not 'ক।২৫%'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"২০%",
        pred=r"৫%",
        wrap=True,
        expected=False,
        why="02. ১/৫ as a percentage: '=২০% সঠিক উওর খ', not 'গ।৫%'",
    ),
    _c(
        LHB,
        LHB_BCS,
        gold=r"২০%",
        pred=r"১%",
        wrap=True,
        expected=False,
        why="02. ১/৫ as a percentage: '=২০% সঠিক উওর খ', not 'ঘ।১%'",
    ),
    # bcstarget 108993: ০.৫ × ০.০২, explained in Bengali digits against ASCII-digit choices
    _c(
        BCT,
        BCT_108993,
        gold=r"০.০১",
        pred=r"০.০১০",
        wrap=True,
        expected=True,
        why="explanation ends 'দশমিক দিতে হবে: ০.০১০ বা ০.০১'",
    ),
    _c(
        BCT,
        BCT_108993,
        gold=r"০.০১",
        pred=r"0.01",
        wrap=True,
        expected=True,
        why="'০.০১০ বা ০.০১' is choice 'খ) 0.01'",
    ),
    _c(
        BCT,
        BCT_108993,
        gold=r"০.০১",
        pred=r"0.001",
        wrap=True,
        expected=False,
        why="product is '০.০১০ বা ০.০১', not choice 'গ) 0.001'",
    ),
    _c(
        BCT,
        BCT_108993,
        gold=r"০.০১",
        pred=r"1",
        wrap=True,
        expected=False,
        why="product is '০.০১০ বা ০.০১', not choice 'ক) 1'",
    ),
    _c(
        BCT,
        BCT_108993,
        gold=r"০.০১",
        pred=r"1.01",
        wrap=True,
        expected=False,
        why="product is '০.০১০ বা ০.০১', not choice 'ঘ) 1.01'",
    ),
    # prothomalo class 6 lesson: international-system numerals in Bengali digits and in words
    _c(
        PAL,
        PAL_92Q,
        gold=r"২৪৪২১৩০৮২৫২৪",
        pred=r"দুইশত চুয়াল্লিশ বিলিয়ন দুইশত তেরো মিলিয়ন বিরাশি হাজার পাঁচশত চব্বিশ",
        wrap=True,
        expected=True,
        why="'অঙ্কে: ২৪৪২১৩০৮২৫২৪ কথায়: দুইশত চুয়াল্লিশ বিলিয়ন ... পাঁচশত চব্বিশ'",
    ),
    _c(
        PAL,
        PAL_92Q,
        gold=r"৩৪৭৮১৯৯৩৫৬১৮",
        pred=r"তিনশ সাতচল্লিশ বিলিয়ন আট শ উনিশ মিলিয়ন নয় শ পঁয়ত্রিশ হাজার ছয় শ আঠারো",
        wrap=True,
        expected=True,
        why="'অঙ্কে: ৩৪৭৮১৯৯৩৫৬১৮ কথায়: তিনশ সাতচল্লিশ বিলিয়ন ... ছয় শ আঠারো'",
    ),
    # prottoymath class 6 Ex 1.1 Q1(ক): number words written in figures
    _c(
        PRM,
        PRM_611,
        gold=r"২০০৭০",
        pred=r"বিশ হাজার সত্তর",
        wrap=True,
        expected=True,
        why="'বিশ হাজার সত্তর' ... '∴ সংখ্যাটি = ২০০৭০'",
    ),
    _c(
        PRM,
        PRM_611,
        gold=r"৩০০০৮",
        pred=r"ত্রিশ হাজার আট",
        wrap=True,
        expected=True,
        why="'ত্রিশ হাজার আট' ... '∴ সংখ্যাটি = ৩০০০৮'",
    ),
]

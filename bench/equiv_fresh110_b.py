r"""A hundred-and-tenth fresh set of answer-equivalence cases (evaluation only; helper "b": maths
answer keys, worked solutions, teachers' pages and reference pages in Hindi, Marathi, Gujarati,
Nepali, Tamil, Telugu, Malayalam, Punjabi (Gurmukhi), Urdu and Sinhala, where a page gives one
answer in two forms -- Devanagari and Urdu digits against Western digits and against number words
(४०३५० and ४०,३५०, १०,००,००० and 1000000, ۱۰۰۰ and ایک ہزار, 12 and १२ and बाह्र), Indian-comma
figures against Tamil, Telugu, Malayalam and Sinhala number words (10,00,000 and பத்து லட்சம்,
1,00,000 and లక్ష, 10^7 and കോടി), lakh and crore against million and billion (10 लाख and
1,000,000, 100 करोड़ and 1 अरब, රුපියල් මිලියන 50 and කෝටි 5), decimals, fractions and percents
(5.2 and 5 2/10, 95\% and \frac{19}{20}), rupees and paise (₹0.75 and 75 பைசா, 900 पैसे and
₹ 9.00) and units in the local language (1 કિલોગ્રામ and 1000 ગ્રામ) -- or where a
multiple-choice key (Marathi, Punjabi, Malayalam) leaves the other choices wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against every /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh110_claims/claims.txt before use; two domains that an earlier set only
examined were used for other pages: yashwantprashnamala's blog-page_674, where fresh90 looked at a
money quiz, and onlinenavodaya's "currency" page, where fresh90 looked at coin pages). Each case
gives the reference answer (``gold``), the prediction (``pred``: another form the page gives as
the same answer, or a choice the page's key leaves wrong; always a bare answer to be put in
``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with
no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh110_b2.py and bench/equiv_fresh110_b3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them, in the page's own script and
digits (Devanagari १२, Urdu ۱۰۰۰, Western digits where the page uses them), with its own commas
and spacing (Indian commas "1,00,00,000", the space-grouped "234 685 636", dailytechblog's
"1000,000"), LaTeX kept as LaTeX with the inline \( \) dropped (psebsolutions' "\frac{7}{5}",
mathuz's "33\frac{1}{2}\%"), plain fractions kept plain ("473/100", the mixed number "5 2/10").
A lead-in ("उत्तर:", "ਉੱਤਰ: (c)", "Option 4 :", "எனவே,") is dropped. Readings, each noted in
``why``: where a page says "A = B", "A (B)", "A - B" or "A, that is, B" for one quantity, the
figure (or the form the page gives as the result) is the gold and the other form a True case; in
the tables (kuruvirotti, en.wikipedia, the wikiml-l list) the numeral is the gold and each word or
figure in its row a True pred; where a multiple-choice key names one choice, each other choice it
prints is a False case against that gold (yashwantprashnamala's Q1 key reads "(२) १००००" though
१०००० is printed as choice (१): the value, which its explanation repeats, is taken as the gold).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.yashwantprashnamala.com blog-page_674 (Marathi five-digit numbers quiz with its key and
  explanations: "उत्तर: (२) १००००", "उत्तर: (३) १,००,०००", "उत्तर: (२) ४०३५०" ... "→ एकूण
  ४०,३५०", "उत्तर: (४) ९५७२"). 12 cases (11 False).
- yaclass.in Tamil class 7 decimals, rupees and paise ("பற்பசையின் விலை 20 ரூபாய் மற்றும் 50
  பைசா" ... "எனவே, பற்பசையின் விலை ₹20.50", "எனவே, 75 பைசா = ₹0.75", "எனவே, ₹5 = 500
  பைசா"; the same page at www.yaclass.in was claimed too). 4 cases.
- mr.wikisource.org पान:Ganitachya_sopya_wata.pdf/47 (a Marathi maths book: "4.73 = 473/100",
  ".2 = 2/10", "5.2 = 5 2/10", "5.20 = 520/100 = 52/10", "∴ 5.2 = 5.20 = 5.200 = 5.2000 =
  5.20000"). 6 cases.
- www.dailytechblog.in "1-million-kitna-hota-hai" (Hindi: "“ एक मिलियन = दस लाख “ होता है, जी
  हाँ दोस्तो “ 1 मिलियन = 10 लाख “", "1 एम = 1000,000  या  1 मिलियन = दस लाख"). 2 cases.
- tfipost.in "1-billion-dollar-kitna-hota-hai" (Hindi: "एक बिलियन 100 करोड़ के बराबर होता हैं.
  जिसे हिंदी में 1 अरब कहते है", "1 Billion =1,000,000,000 तथा 1 Billion = 100 करोड़"). 2 cases.
- news18marathi.com web story mhmv-400097 (Marathi: "1 मिलियन म्हणजे 10 लाख. 1,000,000 यामध्ये
  6 शून्य लागतील."). 1 case.

Sources of bench/equiv_fresh110_b2.py:

- psebsolutions.in ?p=32876 (PSEB 7th class maths ch. 2 MCQ in Punjabi: "2 – \(\frac{3}{5}\)"
  key "(c) \(\frac{7}{5}\)"; "17.56 ਵਿੱਚ 5 ਦਾ ਸਥਾਨਕ ਮੁੱਲ" key "(b) \(\frac{5}{10}\)"; "1.31 × 10"
  key "(c) 13.1"; "2.7 ÷ 10" key "(b) 0.27"). 8 cases (8 False).
- new.alislam.org Urdu book 2, page 51 ("۱۰۰۰ ہزار ایک کے بعد تین صفر ہوں تو ایک ہزار بنتا ہے",
  "۱۰۰۰۰۰ لاکھ ایک کے بعد پانچ صفر ہوں تو ایک لاکھ بنتا ہے"). 2 cases.
- tamilpoonga.com c6lsiq ("கணித ஆசிரியரொருவர் கற்றுக்கொடுத்தது": "1,00,000-ஒரு லட்சம்",
  "10,00,000-பத்து லட்சம்", "1,00,00,000-கோடி", "1,00,00,00,000-நூறு கோடி",
  "10,00,00,00,00,000-லட்சம் கோடி", "1,000,000-மில்லியன்"). 6 cases.
- telugu.asianetnews.com gvr-sh29bn ("100 (వంద)", "1000 (వెయ్యి)", "10,000 (పది వేలు)",
  "1,00,000 (లక్ష)", "10,00,000 (పది లక్షలు)"). 5 cases.
- marathi-wiki.pages.dev "१०,००,००० (संख्या)" ("१०,००,००० - दहा लाख ही एक संख्या आहे",
  "1000000 - Ten lakhs, One million .", "दहा लाखला दशलक्ष, प्रयुत असेही म्हणतात."). 4 cases.
- lists.wikimedia.org wikiml-l message DTLR7MZE... (Malayalam: "10^2 - നൂറ് / ശതം", "10^3 -
  ആയിരം / സഹസ്രം", "10^5 - ലക്ഷം", "10^6 - പത്തുലക്ഷം / ദശലക്ഷം", "10^7 - കോടി", then
  "ഇത്രയും ഒക്കെ" -- only the names beyond 10^7 are put in question). 6 cases.
- learn.shilpa64.lk sayura xi=4548 (Sinhala: "234685636 = 234 685 636 = 234,685,636" ... "දෙසිය
  තිස් හතර මිලියන හයසිය අසූ පන් දහස් හයසිය තිස් හය වේ"). 3 cases.
- kuruvirotti.com "engal-arivom" (Tamil table of the Indian and international systems: "ஒரு
  இலட்சம் | 1,00,000 | நூறு ஆயிரம் | 100,000", "பத்து இலட்சம் | 10,00,000 | ஒரு மில்லியன் |
  1,000,000", ...). 9 cases.

Sources of bench/equiv_fresh110_b3.py:

- en.wikipedia.org Numbers_in_Nepali_language (table "| 12 | १२ | बाह्र |", "| 15 | १५ | पन्ध्र
  |", "| 19 | १९ | उन्नाइस |", "| 21 | २१ | एक्काइस |"). 7 cases.
- halleshangoutonline.com, a mirror of testbook's decimals MCQ in Malayalam ("0.004 നെക്കാൾ എത്ര
  മടങ്ങ് വലുതാണ് 0.18?" "Option 4 : 45"; "Option 2 : 100"; "Option 3 : 5.9994"). 6 cases
  (6 False).
- www.egujaratishala.com 2021/05 part-08 (Gujarati: "યાદ રાખો : ... 1 કિલોગ્રામ = 1000 ગ્રામ, 1
  મીટર = 100 સેમી, 1 ક્વિન્ટલ = 100 કિગ્રા, 1 લીટર = 1000 મિલી, 1 ટન = 1000 કિગ્રા, 1 ડઝન =
  12 નંગ"). 6 cases.
- onlinenavodaya.com "currency" (Hindi: "9.50 रुपये=9 रुपये 50 पैसे उत्तर: 9 रुपये 50 पैसे").
  1 case.
- maths-booksolutions.blogspot.com NCERT class 5 in Hindi ("₹ 9.00 = ... = 900 पैसे", "₹ 2.75 =
  ... = 275 पैसे", "₹ 75.05 = ... = 7505 पैसे"). 3 cases.
- mathuz.com 9th class general math 1.1 Q1, Urdu medium (percents in lowest terms: "95\%" ...
  "\frac{19}{20}", ..., "33\frac{1}{2}\%" ... "\frac{67}{2}\%" ... "\frac{67}{200}"). 10 cases.
- www.dailysrilanka.com (Sinhala news: "කාසි 5,000,000 ... මෙම කාසි වල වටිනාකම රුපියල්
  මිලියන 50 ක් හෙවත් කෝටි 5 කි"). 1 case.

104 cases in all (25 False): 27 here (11 False), 43 in bench/equiv_fresh110_b2.py (8 False), 34
in bench/equiv_fresh110_b3.py (6 False).

Left out, by rule: forms the text conversion garbled (Ganitachya sopya wata's "25.08 = 258/100"
and "6.001 = 61/1000", mixed numbers whose space was lost; yaclass's "₹1100" for ₹1/100; the
psebsolutions blank "ਉੱਤਰ: 5.2.1"; the wikimili copy of the Nepali numbers table, whose cells run
together; egujaratishala's table cells "1200 ગ્રામ (1.2)", whose kilogram unit is only in another
column); a key that needs its picture (psebsolutions (i), "(c) \(\frac{3}{4}\)" of a shaded
circle); forms a page only puts in question (the wikiml-l names beyond 10^7); single-form answers
(loksatta's word puzzles "१. १.१११", "२. १४०००", claimed and then left out; majhidnyanganga's
"उत्तर -- 10, 000"; sakthiteacher's "ரூ.75"); a restated question value given as an answer form
("1 मिलियन" for "एक मिलियन कितना होता है"); kuruvirotti's cells with a second name in brackets
("ஒரு கோடி (நூறு இலட்சம்)"), used only through their other cells.

Examined and not used: yashacharajmarg (Marathi CSAT key, examined by fresh90); mathbypremsir
(Hindi worksheet answers "250 लाख = 25 करोड़ = Two Hundred Fifty Million" in a generated-looking
emoji layout); punjabstudy.in's Punjabi MCQ (generated-looking); isolution.pro, radyomx.com,
cmtoinchesconvert.com and lamscience (machine translations; their LaTeX or digits are mangled);
grokipedia (AI-written); askfilo, edu.com, solveeit.ai, shinyu.ai and the wpcompress and
wholesomestory blogs (AI answer pages); wirsaurdu.com (a pasted ChatGPT conversation);
sarairasiyouth.blogspot.com (claimed by fresh102); the GSM8K_Urdu and textbook-qa-nepali dataset
viewers (machine-made data); Bengali pages (myexaminer, bissoy, kishoralo, vcampusbd: outside this
topic's languages); English pages (vedantu, edurev, math-only-math, studyadda, careers360);
gettitnow and educationalpoint Gujarati unit tests (no key stored); Kannada pages (slideshare,
scribd, fliphtml5: stored in a legacy font encoding, unreadable; no Kannada page with a usable
answer was found); Sinhala exam papers on scribd and fdocuments (legacy font encoding, stacked
fractions); pragyapath's Nepali SEE solutions (no second form in the stored text); galletimes.lk
and notes.lakdiva.org (Sinhala amounts in news and banknote descriptions, no sum worked);
pothunalam.com (its "106" is 10^6 with the exponent flattened); eklavya.co.in's "1 रुपया = 1
पैसा?" puzzle (a fallacy, not an answer); the amara.org Gujarati subtitles (the stored text stops
before the answer).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

YP = "www.yashwantprashnamala.com"
YP_674 = "https://www.yashwantprashnamala.com/p/blog-page_674.html"
YC = "yaclass.in"
YC_0251 = "https://yaclass.in/p/23812/class-7/-13882/-13459/re-0251247f-5e28-4783-aad3-c921e6c15d68"
WS = "mr.wikisource.org"
WS_47 = "https://mr.wikisource.org/wiki/पान:Ganitachya_sopya_wata.pdf/47"
DT = "www.dailytechblog.in"
DT_1M = "https://www.dailytechblog.in/1-million-kitna-hota-hai/"
TF = "tfipost.in"
TF_1B = "https://tfipost.in/2021/12/1-billion-dollar-kitna-hota-hai/amp"
N18 = "news18marathi.com"
N18_MBT = "https://news18marathi.com/web-stories/money/easy-way-to-understand-million-billion-trillion-marathi-mhmv-400097"
PS = "psebsolutions.in"
PS_32876 = "https://psebsolutions.in/?p=32876"
AI = "new.alislam.org"
AI_55 = "http://new.alislam.org/library/books/urdu-book-2?option=search&page=55"
TP = "tamilpoonga.com"
TP_C6 = "https://tamilpoonga.com/view-post/c6lsiq"
AN = "telugu.asianetnews.com"
AN_34 = "https://telugu.asianetnews.com/gallery/budget/what-happens-when-you-add-34-zeros-to-10-even-nirmala-sitharaman-might-find-it-challenging-gvr-sh29bn"
MW = "marathi-wiki.pages.dev"
MW_10L = "https://marathi-wiki.pages.dev/%E0%A5%A7%E0%A5%A6%2C%E0%A5%A6%E0%A5%A6%2C%E0%A5%A6%E0%A5%A6%E0%A5%A6%20(%E0%A4%B8%E0%A4%82%E0%A4%96%E0%A5%8D%E0%A4%AF%E0%A4%BE)"
ML = "lists.wikimedia.org"
ML_MSG = "https://lists.wikimedia.org/hyperkitty/list/wikiml-l@lists.wikimedia.org/message/DTLR7MZEOGXS7MOMKRVTLMDRGIIOMM2F/attachment/2/attachment.htm"
SH = "learn.shilpa64.lk"
SH_4548 = "https://learn.shilpa64.lk/sayura/index.php?xi=4548"
KR = "kuruvirotti.com"
KR_NUM = "https://kuruvirotti.com/science-and-technology/mathematics/engal-arivom-inthiya-enmurai-pannattu-enmurai-indian-and-international-number-systems/amp"
NP = "en.wikipedia.org"
NP_WP = "https://en.wikipedia.org/wiki/Numbers_in_Nepali_language"
TB = "halleshangoutonline.com"
TB_ML = "https://halleshangoutonline.com/testbookcom/objective-questions/ml/mcq-on-decimals--5eea6a1039140f30f369e80d"
EG = "www.egujaratishala.com"
EG_08 = "https://www.egujaratishala.com/2021/05/part-08.html"
ON = "onlinenavodaya.com"
ON_CUR = "https://onlinenavodaya.com/currency"
MB = "maths-booksolutions.blogspot.com"
MB_C5 = (
    "https://maths-booksolutions.blogspot.com/2022/04/ncert-math-for-class-5-in-hindi-medium.html"
)
MZ = "mathuz.com"
MZ_11 = "https://mathuz.com/9th-class-general-math-exercise-1-1-urdu-q1-solution/"
DS = "www.dailysrilanka.com"
DS_10 = "http://www.dailysrilanka.com/%E0%B6%9A%E0%B7%9D%E0%B6%A7%E0%B7%92-5-%E0%B6%9A%E0%B7%8A-%E0%B6%85%E0%B6%BD%E0%B7%94%E0%B6%AD%E0%B7%99%E0%B6%B1%E0%B7%8A%E0%B6%B8-%E0%B6%91%E0%B7%85%E0%B7%92%E0%B6%BA%E0%B6%A7-%E0%B6%91%E0%B6%B1-10/"

CASES = [
    # yashwantprashnamala 674 Q1 (smallest five-digit number): the key and the other choices
    _c(
        YP,
        YP_674,
        gold=r"१००००",
        pred=r"१०००",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) १००००' (the choice is printed as (१) १००००); choice '(२) १०००'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"१००००",
        pred=r"९९९९९",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) १००००'; choice '(३) ९९९९९'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"१००००",
        pred=r"९९९९",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) १००००'; '९९९९ ही चार अंकी संख्या आहे'",
    ),
    # Q2 (the number after the greatest five-digit number)
    _c(
        YP,
        YP_674,
        gold=r"१,००,०००",
        pred=r"९९,९९९",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (३) १,००,०००'; '९९,९९९' is the greatest five-digit number",
    ),
    _c(
        YP,
        YP_674,
        gold=r"१,००,०००",
        pred=r"१,००,००१",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (३) १,००,०००'; choice '(२) १,००,००१'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"१,००,०००",
        pred=r"९९,९९८",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (३) १,००,०००'; choice '(४) ९९,९९८'",
    ),
    # Q3 (4 ten-thousands, 3 thousands, 5 tens): the key without and the explanation with a comma
    _c(
        YP,
        YP_674,
        gold=r"४०३५०",
        pred=r"४०,३५०",
        wrap=True,
        expected=True,
        why="'उत्तर: (२) ४०३५०'; '४०,००० ... ३,००० ... ५० → एकूण ४०,३५०'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"४०३५०",
        pred=r"४०३०५",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) ४०३५०'; choice '(१) ४०३०५'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"४०३५०",
        pred=r"४००३५",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) ४०३५०'; choice '(३) ४००३५'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"४०३५०",
        pred=r"४३०५०",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (२) ४०३५०'; choice '(४) ४३०५०'",
    ),
    # Q4 (८५७२ increased by १०००)
    _c(
        YP,
        YP_674,
        gold=r"९५७२",
        pred=r"१८५७२",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (४) ९५७२'; choice '(१) १८५७२'",
    ),
    _c(
        YP,
        YP_674,
        gold=r"९५७२",
        pred=r"९५५७२",
        wrap=True,
        expected=False,
        why="key 'उत्तर: (४) ९५७२'; choice '(२) ९५५७२'",
    ),
    # yaclass Tamil class 7 decimals: rupees and paise
    _c(
        YC,
        YC_0251,
        gold=r"₹20.50",
        pred=r"20 ரூபாய் மற்றும் 50 பைசா",
        wrap=True,
        expected=True,
        why="'பற்பசையின் விலை 20 ரூபாய் மற்றும் 50 பைசா' ... 'எனவே, பற்பசையின் விலை ₹20.50'",
    ),
    _c(
        YC,
        YC_0251,
        gold=r"₹0.50",
        pred=r"50 பைசா",
        wrap=True,
        expected=True,
        why="'50 பைசா = = ₹0.50'",
    ),
    _c(
        YC,
        YC_0251,
        gold=r"₹0.75",
        pred=r"75 பைசா",
        wrap=True,
        expected=True,
        why="'75 பைசாவை ரூபாயாக மாற்றவும்' ... 'எனவே, 75 பைசா = ₹0.75'",
    ),
    _c(
        YC,
        YC_0251,
        gold=r"500 பைசா",
        pred=r"₹5",
        wrap=True,
        expected=True,
        why="'₹5 ரூபாயை பைசாவாக மாற்றவும்' ... 'எனவே, ₹5 = 500 பைசா'",
    ),
    # mr.wikisource Ganitachya sopya wata p. 47: decimal fractions as common fractions
    _c(
        WS,
        WS_47,
        gold=r"4.73",
        pred=r"473/100",
        wrap=True,
        expected=True,
        why="'दशांश - व्यवहारी अपूर्णाक ही रूपे पहा - 4.73 = 473/100'",
    ),
    _c(
        WS,
        WS_47,
        gold=r".2",
        pred=r"2/10",
        wrap=True,
        expected=True,
        why="'.2 = 2/10'",
    ),
    _c(
        WS,
        WS_47,
        gold=r"5.2",
        pred=r"5 2/10",
        wrap=True,
        expected=True,
        why="'5.2 = 5 2/10' (a mixed number, whole part 5)",
    ),
    _c(
        WS,
        WS_47,
        gold=r"5.20",
        pred=r"52/10",
        wrap=True,
        expected=True,
        why="'5.20 = 520/100 = 52/10 (10 ने अंश व छेद यांना भागले)'",
    ),
    _c(
        WS,
        WS_47,
        gold=r"5.2",
        pred=r"5.200",
        wrap=True,
        expected=True,
        why="'∴ 5.2 = 5.20 = 5.200 = 5.2000 = 5.20000'",
    ),
    _c(
        WS,
        WS_47,
        gold=r"5.2",
        pred=r"5.20000",
        wrap=True,
        expected=True,
        why="'∴ 5.2 = 5.20 = 5.200 = 5.2000 = 5.20000'",
    ),
    # dailytechblog 'एक मिलियन कितना होता है': a million in lakh, in words and in figures
    _c(
        DT,
        DT_1M,
        gold=r"10 लाख",
        pred=r"दस लाख",
        wrap=True,
        expected=True,
        why="'“ एक मिलियन = दस लाख “ होता है, जी हाँ दोस्तो “ 1 मिलियन = 10 लाख “'",
    ),
    _c(
        DT,
        DT_1M,
        gold=r"10 लाख",
        pred=r"1000,000",
        wrap=True,
        expected=True,
        why="'1 एम = 1000,000  या  1 मिलियन = दस लाख   होता है'",
    ),
    # tfipost '1 Billion kitna hota hai': a billion in crore, arab and figures
    _c(
        TF,
        TF_1B,
        gold=r"100 करोड़",
        pred=r"1 अरब",
        wrap=True,
        expected=True,
        why="'एक बिलियन 100 करोड़ के बराबर होता हैं. जिसे हिंदी में 1 अरब कहते है'",
    ),
    _c(
        TF,
        TF_1B,
        gold=r"100 करोड़",
        pred=r"1,000,000,000",
        wrap=True,
        expected=True,
        why="'1 Billion =1,000,000,000 तथा 1 Billion = 100 करोड़'",
    ),
    # news18marathi web story: a million in lakh and in figures
    _c(
        N18,
        N18_MBT,
        gold=r"10 लाख",
        pred=r"1,000,000",
        wrap=True,
        expected=True,
        why="'1 मिलियन म्हणजे 10 लाख. 1,000,000 यामध्ये 6 शून्य लागतील.'",
    ),
]

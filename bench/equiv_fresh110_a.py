r"""A hundred-and-tenth fresh set of answer-equivalence cases (evaluation only; helper "a": maths
answer keys, worked solutions and Q&A or teaching pages in Greek, Lithuanian, Latvian, Estonian,
Catalan, Icelandic, Albanian and Macedonian where a page gives one answer in two forms -- a
decimal with a comma against a fraction or a percent ("5% = 5/100 = 0,05", "0,3=0,30=30%"), a
percent against number words ("50% значи половина", "25% on sama, mis 1 neljandik osa"), an
interval with its inequality ("[-4; +∞)" and "x ≥ -4"), a point against the system's solution
("(0; 0) arba x = 0, y = 0"), an amount with and without its unit ("60 eurų (arba 60)"),
repeating decimals ("0,999..." against "1", "0,\overline{459}" against "51/111") -- or names a
form as wrong (the other choices of a keyed multiple-choice item, "δεν είναι 167, αλλά 167,05")).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus a distinctive path
part, was grepped in bench/ and checked against the claims files of the other rounds; each page
was claimed in /work/wt/fresh110_claims/claims.txt before use). Each case gives the reference
answer (``gold``), the prediction (``pred``: another form the page gives as the same answer, or a
form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh110_a2.py and bench/equiv_fresh110_a3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them -- local decimal commas ("0,05",
"167,05", "12,5%"), the decimal points of the Albanian slides ("0.75", "0.35") and of the
Albanian wiki ("0.999...", "0.(9)"), Unicode as stored ("¾", "1⁄9" with its fraction slash,
"∞", "≥", "…"), Cyrillic and Estonian words as written ("половина", "четвртина", "1 kümnendik
osa", "33 1/3%"), spacing as printed ("(0; 0)", "x = 0, y = 0", "[-4; +∞)"), LaTeX kept as LaTeX
(sangakoo's "25\%" and "\dfrac{1}{4}" without their "$$", the Icelandic wiki's
"0,\overline{3}" without its <math> tags). Readings, each noted in ``why``: uzdevumi.lv writes
"\(0,17\)" and "\(17\)%", taken without the \( \) delimiters; the Icelandic wiki diff writes
"<math>1/3\overline{}</math>", "<math>51/111\overline{}</math>" and
"<math>0,459459459...\overline{}</math>", taken without the empty \overline{}; where a page chains
equal forms ("125% =125/100 = 25/20 = 5/4") the result the exercise asks for (or, in a statement,
the first form) is the gold and each other form a True case; for a keyed multiple-choice item
(mat.lt) each other choice the page shows is a False case against the keyed one.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- scribd.com document 688917123 "I-srautas-ATS" (Lithuanian NŠA marking key, 2021 PUPP maths,
  stream I: "(0; 0) arba x = 0, y = 0", "(1; 1) arba x = 1, y = 1"). 2 cases.
- www.scribd.com document 688917030 "2016-ATS" (Lithuanian NEC marking key, 2016 PUPP maths:
  "60 eurų (arba 60)", "Ats.: 324 eurai (arba 324)", "270 eurų (arba 270)"). 3 cases.
- www.mat.lt matematikos-egzaminai/2014-pupp/8-uzdavinys (5 - 2x <= 13; choices "A (-∞; -9]
  B (-∞; -4] C [-9; +∞) D [-4; +∞)"; solution "x ≥ -4"; "Atsakymas: D [-4; +∞)"). 4 cases
  (3 False).
- www.e-matematika.mk archives/2907 "Процент" (Macedonian: "5% = 5/100 = 1/20", "125% =125/100 =
  25/20 = 5/4", "412% = 412/100 = 206/50 = 103/25", "5% = 5/100 = 0,05", "125% =125/100 = 1,25",
  "412% = 412/100 = 4,12", "5/20 = ... = 25/100 = 25%", "3/25 = ... = 12%", "3/2 = ... = 150%",
  "50% значи половина, а 25% значи четвртина"). 12 cases.
- www.sangakoo.com ca/temes/fraccio-com-a-percentatge (Catalan: "el $$25\%$$ equival a la fracció
  $$\dfrac{25}{100}$$, que és equivalent a $$\dfrac{1}{4}.$$"). 2 cases.

Sources of bench/equiv_fresh110_a2.py:

- is.m.wikipedia.org Kerfissíða:MobileDiff/433582 (Icelandic Wikipedia, "Tugabrot": "mætti rita
  töluna einn sem ''1,000...'' eða ''0,999...'' og töluna ''1/2'' sem ''0,5000...'' eða
  ''0,4999...''", "skrifað t.d. ''1'' eða ''0,5''", "má tákna töluna 1/3 með ''0,33...'' eða
  ''0,333...''", "0,\overline{3}", "51/111 ... 0,459459459... eða 0,\overline{459}"). 9 cases.
- www.slideshare.net coupletea/ligjerata-7-indekset-perqindjet (Albanian lecture slides: "47%,
  është thjesht një mënyrë për të shkruar thyesën 47/100", "24% = 24/100 12/50 6/25", table rows
  "20% 1/5", "19% 19/100", "¾ 3 ÷ 4 = 0.75", "35% si thyes është 35/100 ... 0.35", "0.23 X 100
  23%"). 8 cases.
- sq.wiki.beta.math.wmflabs.org wiki/0.999... (Albanian test wiki: "simbolet numerike 0.999... dhe
  1 përfaqësojnë të njëjtin numër", "0.(9)", "1⁄9 = 0.111..."). 3 cases.
- matemaatika.edu.ee sisu/0135 "Protsendi mõiste" (Estonian: "10% on sama, mis 1 kümnendik osa",
  "20% ... 1 viiendik osa", "5% ... 1 kahekümnendik osa", "25% ... 1 neljandik osa", "4% ... 1
  kahekümne viiendik osa", "33 1/3% ... 1 kolmandik osa", "50% on sama, mis pool", "75% ... 3
  neljandikku osa", "100% on sama, mis 1 terve"). 9 cases.

Sources of bench/equiv_fresh110_a3.py:

- dumps.wikimedia.your.org static_html_dumps/September_2007/et (Estonian Wikipedia "Protsent":
  "55% väärtuselt võrdne murdarvuga 55/100 ning kümnendmurruga 0,55"). 2 cases.
- www.uzdevumi.lv 5th grade "Decimāldaļu jēdziens un pārveidojumi", re-650096ff (Latvian: "\(0,17\)
  jeb \(17\)%. Viena un tā pati atbilde dota trīs dažādos veidos", "23%=0,23", "25%=0,25",
  "1=100100=100%", "0,3=0,30=30%"). 5 cases.
- www.uzdevumi.lv 5th grade "Procenti", re-efac8547 (Latvian: "30%=30100=310=0,3"). 1 case.
- lisari.blogspot.com search listing (Greek teacher's post on the EPAL textbook p. 87: "το
  άθροισμα δεν είναι 167, αλλά 167,05", "σωστό: 167,05 (ακριβής τιμή)"). 1 case (1 False).
- pdfslide.tips documents/nemendabok-lausnir (Icelandic Skali 2A answer book: "0,5 = 50%",
  "0,25 = 25%", "0,2 = 20%", "0,125 = 12,5%"). 4 cases.
- rasmus.is Is/T/U/st13k4 (Icelandic: "100 · 5 kr = 500 kr"; "Sama verkefni leyst með % jöfnunni
  ... x = 500"). 1 case.
- mathologic.gr "Το παράδοξο 1=0,999999…" (Greek: "1=0,99999…", "4,99999…=5"). 2 cases.

68 cases in all (4 False): 23 here (3 False), 29 in bench/equiv_fresh110_a2.py (0 False), 16 in
bench/equiv_fresh110_a3.py (1 False).

Left out, by rule: forms the text conversion garbled -- the stacked fractions of the Lithuanian
keys ("10* ... 1 ... arba 0,05 20", "17* ... arba 0,25 4", "16* 2 π 3 cm arba 2 π 3", the 21*
expressions, scribd 688917025 "2015-ATS" whose "(arba 1 )" lost its fractions), of uzdevumi.lv
("17100", "23100", "30100=310", and the whole pages re-e2895fe7 and re-2ff40e5a), of the Skali
answer book's fraction column, of Liga Blumfelde's Latvian slideshare solutions ("Atbilde. )4;(
−−∞∈x") and of the Greek coursehero and fdocument "Luseis a Lukeiou" pages (font-encoded);
approximations ("13 ≈ 0,333 = 33,3%" and "25 (eða 24)" in the Skali book, lisari's "≈ 167");
refusals only of form (the Albanian slide's "24/100" and "12/50", shown before "mos harro të
shkruash thyesën në formën më të thjeshtë"; Blumfelde's infinite decimal that "rakstīt nedrīkst");
trivial pairs (yumpu's "88(%)" and "Atsakymas: 88%"); a self-contradicting page (yumpu "Procentai.
Uždavinių sprendimo pavyzdžiai": "2,5( kg)" then "Atsakymas: 25 kilogramus"); machine-written or
generated pages (milestoblog and sofiawest "what-is-0-75-fraction" translations, vielhuber.de/el,
eisatopon's "30 Έννοιες" series, calculatorhistory.net, spazh.com); the letter-only answers of
"I-srautas-ATS" (its choices are not stored).

Examined and not used: kubbu.com Estonian percent quiz (used by fresh106_a); users.sch.gr
vaskitsios and spirit16.blogspot (used by fresh59_d); sangakoo ca "pas-de-decimals-a-fraccions"
(the Spanish twin was used by fresh85_b); bntnews.bg (a sample item's "41095.89" species, no
correct value given); scribd "pupp-lygtys" (answer line garbled: "1) − 13"); mesonjetorja.com
and scribd Albanian textbooks (only the questions stored); ogalego.eu numeral exercises (the
correction is not stored) and the Basque scribd evaluations (garbled), so no Galician or Basque
case; Bulgarian NVO news pages (no keys stored); scribd "11-klases-i-dalis-atsakymai" ("44° arba
84°": two answers, not two forms); mdarhivs.eu Latvian test (no key); mathbusters.net (Norwegian,
outside the topic).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "scribd.com"
SCR_IS = "https://scribd.com/document/688917123/I-srautas-ATS"
WSCR = "www.scribd.com"
WSCR_16 = "https://www.scribd.com/document/688917030/2016-ATS"
MLT = "www.mat.lt"
MLT_8 = "https://www.mat.lt/matematikos-egzaminai/2014-pupp/8-uzdavinys.html"
EM = "www.e-matematika.mk"
EM_2907 = "https://www.e-matematika.mk/archives/2907"
SK = "www.sangakoo.com"
SK_PC = "https://www.sangakoo.com/ca/temes/fraccio-com-a-percentatge"
ISW = "is.m.wikipedia.org"
ISW_433 = "https://is.m.wikipedia.org/wiki/Kerfiss%C3%AD%C3%B0a:MobileDiff/433582"
SS = "www.slideshare.net"
SS_L7 = "https://www.slideshare.net/coupletea/ligjerata-7-indekset-perqindjet"
SQW = "sq.wiki.beta.math.wmflabs.org"
SQW_999 = "https://sq.wiki.beta.math.wmflabs.org/wiki/0.999..."
MEE = "matemaatika.edu.ee"
MEE_135 = "http://matemaatika.edu.ee/sisu/0135/index.html"
WMD = "dumps.wikimedia.your.org"
WMD_ET = (
    "https://dumps.wikimedia.your.org/other/static_html_dumps/September_2007/et/wikipedia-et-ht"
    "ml.7z"
)
UZ = "www.uzdevumi.lv"
UZ_DJ = (
    "https://www.uzdevumi.lv/p/matematika/5-klase/decimaldalas-4360/decimaldalu-jedziens-un-par"
    "veidojumi-11604/re-650096ff-8afe-42ce-b366-3434f24d6f19"
)
UZ_VV = (
    "https://www.uzdevumi.lv/p/matematika/5-klase/procenti-12393/re-efac8547-4653-4150-8482-db6"
    "53fe19029"
)
LIS = "lisari.blogspot.com"
LIS_S = "https://lisari.blogspot.com/search"
PST = "pdfslide.tips"
PST_NBL = "https://pdfslide.tips/documents/nemendabok-lausnir.html"
RAS = "rasmus.is"
RAS_K4 = "http://rasmus.is/Is/T/U/st13k4.htm"
MLG = "mathologic.gr"
MLG_999 = "https://mathologic.gr/rwhwlpilnd/pardojo-1-0999/"

CASES = [
    # scribd 688917123 (Lithuanian NŠA key, 2021 PUPP): a point or the system's solution
    _c(
        SCR,
        SCR_IS,
        gold=r"(0; 0)",
        pred=r"x = 0, y = 0",
        wrap=True,
        expected=True,
        why="28*: '(0; 0) arba x = 0, y = 0 1 Už teisingą atsakymą.'",
    ),
    _c(
        SCR,
        SCR_IS,
        gold=r"(1; 1)",
        pred=r"x = 1, y = 1",
        wrap=True,
        expected=True,
        why="28*: '(1; 1) arba x = 1, y = 1 1 Už teisingą atsakymą.'",
    ),
    # scribd 688917030 (Lithuanian NEC key, 2016 PUPP): a sum of money with or without its unit
    _c(
        WSCR,
        WSCR_16,
        gold=r"60 eurų",
        pred=r"60",
        wrap=True,
        expected=True,
        why="'1.1 60 eurų (arba 60). 1 Už teisingą atsakymą.'",
    ),
    _c(
        WSCR,
        WSCR_16,
        gold=r"324 eurai",
        pred=r"324",
        wrap=True,
        expected=True,
        why="1.2: 'Ats.: 324 eurai (arba 324).'",
    ),
    _c(
        WSCR,
        WSCR_16,
        gold=r"270 eurų",
        pred=r"270",
        wrap=True,
        expected=True,
        why="'1.3 270 eurų (arba 270). 1 Už teisingą atsakymą.'",
    ),
    # mat.lt 2014 PUPP problem 8: 5 - 2x <= 13, an interval, the inequality, and the other choices
    _c(
        MLT,
        MLT_8,
        gold=r"[-4; +∞)",
        pred=r"x ≥ -4",
        wrap=True,
        expected=True,
        why="the solution ends '-4 ≤ x', 'x ≥ -4'; 'Atsakymas: D [-4; +∞)'",
    ),
    _c(
        MLT,
        MLT_8,
        gold=r"[-4; +∞)",
        pred=r"(-∞; -9]",
        wrap=True,
        expected=False,
        why="choice A of 'A (-∞; -9] B (-∞; -4] C [-9; +∞) D [-4; +∞)'; 'Atsakymas: D [-4; +∞)'",
    ),
    _c(
        MLT,
        MLT_8,
        gold=r"[-4; +∞)",
        pred=r"(-∞; -4]",
        wrap=True,
        expected=False,
        why="choice B of 'A (-∞; -9] B (-∞; -4] C [-9; +∞) D [-4; +∞)'; 'Atsakymas: D [-4; +∞)'",
    ),
    _c(
        MLT,
        MLT_8,
        gold=r"[-4; +∞)",
        pred=r"[-9; +∞)",
        wrap=True,
        expected=False,
        why="choice C of 'A (-∞; -9] B (-∞; -4] C [-9; +∞) D [-4; +∞)'; 'Atsakymas: D [-4; +∞)'",
    ),
    # e-matematika.mk 2907 (Macedonian): percents as fractions, comma decimals, words
    _c(
        EM,
        EM_2907,
        gold=r"1/20",
        pred=r"5%",
        wrap=True,
        expected=True,
        why="'Претвори ги следниве проценти во дропка? ... Решение: 5% = 5/100 = 1/20'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"5/4",
        pred=r"125%",
        wrap=True,
        expected=True,
        why="'125% =125/100 = 25/20 = 5/4'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"5/4",
        pred=r"25/20",
        wrap=True,
        expected=True,
        why="'125% =125/100 = 25/20 = 5/4'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"103/25",
        pred=r"412%",
        wrap=True,
        expected=True,
        why="'412% = 412/100 = 206/50 = 103/25'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"0,05",
        pred=r"5%",
        wrap=True,
        expected=True,
        why="'Претвори ги следниве проценти во децимални броеви? ... 5% = 5/100 = 0,05'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"1,25",
        pred=r"125%",
        wrap=True,
        expected=True,
        why="'125% =125/100 = 1,25'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"4,12",
        pred=r"412%",
        wrap=True,
        expected=True,
        why="'412% = 412/100 = 4,12'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"25%",
        pred=r"5/20",
        wrap=True,
        expected=True,
        why="'Претвори ги следниве дропки во проценти ... 5/20 = (дропката ја прошируваме со 5) = 25/100 = 25%'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"12%",
        pred=r"3/25",
        wrap=True,
        expected=True,
        why="'3/25 = (дропката ја прошируваме со 4) = 12/100 = 12%'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"150%",
        pred=r"3/2",
        wrap=True,
        expected=True,
        why="'3/2 = (дропката ја прошируваме со 50) = 150/100 = 150%'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"50%",
        pred=r"половина",
        wrap=True,
        expected=True,
        why="'50% значи половина, а 25% значи четвртина.'",
    ),
    _c(
        EM,
        EM_2907,
        gold=r"25%",
        pred=r"четвртина",
        wrap=True,
        expected=True,
        why="'50% значи половина, а 25% значи четвртина.'",
    ),
    # sangakoo ca 'Fracció com a percentatge' (Catalan): a percent as a fraction
    _c(
        SK,
        SK_PC,
        gold=r"25\%",
        pred=r"\dfrac{25}{100}",
        wrap=True,
        expected=True,
        why="'el $$25\\%$$ equival a la fracció $$\\dfrac{25}{100}$$'",
    ),
    _c(
        SK,
        SK_PC,
        gold=r"25\%",
        pred=r"\dfrac{1}{4}",
        wrap=True,
        expected=True,
        why="'el $$25\\%$$ equival a la fracció $$\\dfrac{25}{100}$$, que és equivalent a $$\\dfrac{1}{4}.$$'",
    ),
]

r"""A seventy-second fresh set of answer-equivalence cases (evaluation only; helper "b": answers in
Spanish, Portuguese, French, Russian, Turkish, Indonesian and Vietnamese pages -- answer keys
("respuestas", "gabarito", "corrigé", "ответ", "cevap", "kunci jawaban", "đáp án") and worked
replies that state which forms of an answer are the same and which are not, with the local
notation kept: decimal commas, thin-space and dot thousands separators, ':' for division, mixed
numbers, Roman numerals, numbers in words and units in the local language).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh72_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the proxied scribd copy, the proxy's domain) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh72_b2.py and bench/equiv_fresh72_b3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas ("3,5h", "0,16",
"39,3125 kg"), dot thousands separators ("4.500 detik"), LaTeX spacing commands ("3080\ кг",
"8,\,43\,\overline{15}", "\dfrac{91}{125\,000}"), TeX "\over" mixed numbers ("2{1 \over 4}h"),
plain-text mixed numbers ("9 3/4 ч", "2 1/3"), unit words and abbreviations in the page's language
("ph", "ч", "ц", "giờ", "menit", "horas"). Math delimiters \( \), $ $ and $$ $$ are dropped and the
LaTeX inside is kept (math100, sangakoo, chuyencu, congthucluonggiac, conkec, locmv); where a page
splits one quantity over several inline-math pieces ("\(144\) phút \( = 2\) giờ \(24\) phút") the
pieces are joined with their text ("2 giờ 24 phút"). Where a worked line runs "given = ... =
answer", the gold is the form the exercise asks for or the line's last form, and the pred an
earlier form the line states is equal (hocdot, euroki, mozgotvet, chuyencu, congthucluonggiac,
kapanbisnis, cdme4, conkec); where an answer says "X или Y" / "X o Y" / "X (ou Y)" the first is the
gold. On otvet.ya.guru 7839501 two preds are the quotient the line evaluates, written with ':'
("7/10 : 3/10", "3,5 : 3"); on locmv the preds "1:2", "4:3", "0:9" are the divisions the key writes
as fractions. Readings, each noted in ``why``: locmv's true/false items "Viết 1 = 0/0 là ... A.
sai" are taken as the gold 1 (or 0) refusing the form 0/0 (or 5/0), the page's reason being that a
denominator must not be 0.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- hocdot.com "bai-122-trang-34-sbt-toan-6-tap-2/q42952.htm" (Vietnamese SBT Toán 6, bài 122:
  "3h 30ph = 3{30 \over 60}h = 3{5 \over 10}h = 3,5h", "2h 15ph = ... = 2{1 \over 4}h = ... =
  2,25h", "0h 45ph = ... = {3 \over 4}h = ... = 0,75h", "6h 12ph = ... = 6,2h"). 6 cases.
- euroki.org GDZ Peterson grade 4 workbook part 2, p. 56 ("3\frac{4}{50} т = ... = 3080 кг",
  "2\frac{9}{20} ч = ... = 147 мин", "\frac{7}{11} + 2\frac{9}{11} = 2\frac{16}{11} =
  3\frac{5}{11}"). 3 cases.
- mozgotvet.com 7736758 (a Russian answer: "16 мин 39 с + 4 мин 56 с = ... = 1295 с = 21 мин 35 с",
  "... = 6300 кг = 63 ц = 6 т 3 ц", "... = 6760 кг = 6 т 7 ц 60 кг"). 4 cases.
- mozgotvet.com 13372382 ("9 ч 45 мин = 9 45/60 = 9 3/4 ч", "11 ч 20 мин = 11 20/60 = 11 1/3 ч",
  "ответ: 126 км; 40 1/2 км или 40,5 км"). 3 cases.
- otvet.ya.guru 7839501 (divisions with ':' and decimal commas: "0,7 : 0,3 = 7/10 : 3/10 = ... =
  7/3 = 2 1/3", "3,5 : 3 = ... = 7/6", "4,2 : 2 = ... = 21/10 = 2,1", "0,24 : 1,5 = ... = 4/25 =
  0,16"; a second answer "120 мин = 2 часа Ответ: 2 часа"). 6 cases.
- otvet.ya.guru 10026159 ("XIV + XV = 15 + 14 = 29 = XXIX"). 1 case.
- tutotveti.ru 12064399 (hare and tortoise: "1.8:2=0.9 часа = 54 минуты ... ответ: 54 минуты").
  1 case.

Sources of bench/equiv_fresh72_b2.py:

- math100.ru baz5-28 (EGE base-level probability: "p = \frac{3}{{15}} = \frac{1}{5} = 0,2",
  "ОТВЕТ: 0,2."). 2 cases.
- sangakoo.com "expresar-y-operar-con-tiempo-en-horas-minutos-y-segundos/ejercicios" ((6h 7' 55'')·5
  = "30h 35' 275''" ... "Esto es: 30h 39' 35''"). 1 case.
- cdme4.blogspot.com 2015/10 "Determinar la fracción generatriz" ("8,43\overline{15} = 83472/9900 =
  6956/825", "1,\overline{234} = 1233/999 = 137/111", "0,000 728 = 728/1 000 000 = 91/125 000").
  6 cases.
- educapedia.org ?p=1505 (ECOEMS guide, Mexico: "Forma decimal: 0.5 o .5", "el cero a la izquierda
  lo podemos anotar o lo podemos quitar y significa la misma cantidad", "¼ = .25", "1/5 = .20").
  3 cases.
- chuyencu.com "110-gio-bang-bao-nhieu-giay" (worked answers of a grade 5 quiz on units of time:
  "2,5 ngày = ... = 60 giờ", "2/3 ngày = ... = 16 giờ", "1,25 giờ = ... = 75 phút", "2/5 phút = ...
  = 24 giây", "7 giờ 34 phút + 2 giờ 52 phút = 9 giờ 86 phút = 10 giờ 26 phút"). 5 cases.
- congthucluonggiac.com "giai-toan-lop-5/bang-don-vi-do-thoi-gian" ("Hai năm rưỡi = 2,5 năm = ... =
  30 tháng", "2/5 giờ = ... = 24 phút", "0,5 giờ = ... = 30 phút", "144 phút = 2 giờ 24 phút =
  2,4 giờ"). 6 cases.
- conkec.com node/59111 (a grade 5 test's worked part II, results asked as decimals: "11/20 =
  55/100 = 0,55", "8/10 = 0,8", "12/25 m² = 48/100 m² = 0,48 m²", "12/5 giờ = 24/10 giờ = 2,4
  (giờ)"). 6 cases.

Sources of bench/equiv_fresh72_b3.py:

- locmv.com "test/test1-khai-niem-phan-so" (a Vietnamese fractions test with its key: "1:2 =
  \frac{1}{2}", "4:3 = \frac{4}{3}", "0:9 = \frac{0}{9}", "3 = \frac{3}{1}", "1 = \frac{5}{5}",
  "0 = \frac{0}{5}"; "Viết 1 = \frac{0}{0} là ... A. sai", likewise "0 = \frac{0}{0}" and
  "0 = \frac{5}{0}", "Vì trong phân số, mẫu số phải luôn khác 0"). 9 cases (3 False).
- kapanbisnis.com 2019/11/24 "memahami-satuan-waktu-kelas-v-kurikulum-2013" (an Indonesian grade 5
  conversion table: "0,5 jam = 30 menit", "1 jam 15 menit = 75 menit x 60 detik = 4.500 detik",
  "0,75 jam = 2.700 detik", "24 jam = 86.400 detik", "25 menit = 1.500 detik", "120 menit = 120 :
  60 = 2 jam"). 6 cases.
- 3.7.164.37 thread 1642722681345961984 (an Indonesian thread on reading decimals: "Baik 2,13 maupun
  2,130 bernilai sama", "0,100000 = 0,1", "0,3200 = 0,32", "0,002 ditulis nol koma nol nol dua",
  "0,020 ditulis nol koma nol dua nol", "0,100000 ditulis nol koma satu nol nol nol nol nol").
  6 cases.
- idschool.net UTBK 2024 PU item ("2,60 – 1,25 = 1,35 ... 1,35 × 100% = 135%"). 1 case.
- clevelandohioweatherforecast.com proxy copy of fr.scribd 578146709 "Brevet Blanc2 - Avril 2019 -
  Correction" ("M = ... = 629/16 = 39,3125. La masse moyenne est de 39,3125 kg."). 1 case.
- crtl.ca copy of the Translation Bureau's "Écriture de l'heure" note ("2 h 3 min 17 s (ou 2 heures
  3 minutes 17 secondes)", "12 h 05 (ou 12 h 5)"). 2 cases.
- soprovas.com questoes/664642 (a commenter's worked answer: "02h15min por dia de horas extras, ou
  135 minutos"). 1 case.
- livrozilla.com doc 1236991 "Meta Final 3" solutions ("2 horas são 120 minutos. Resposta: O Pedro
  esteve no estádio do Jamor 2 horas."). 1 case.
- owlanswer.com.tr felsefe/72624 (a Turkish answer: "Sayımız 11,875 olmalı" ... "Cevap
  \frac{95}{8}"). 1 case.

81 cases in all (3 False): 24 here (0 False), 29 in bench/equiv_fresh72_b2.py (0 False), 28 in
bench/equiv_fresh72_b3.py (3 False).

Left out, by rule: refusals that are only about how a number is read or typeset when the value is
the same (the 3.7.164.37 thread's "BUKAN nol koma nol dua puluh" for 0,020, "BUKAN nol koma
seratus ribu" for 0,100000 and its objection to "dua koma tiga belas" for 2,13; the crtl.ca
note's "Évitez 16 h 00 ... 4:30 p.m." against "16 h et 16 h 30"); forms whose fraction the text
conversion stacked or lost (the brevet blanc's "multiplier par 1 − 30/100 = 0,7" and its volume
"12 × (1/2)³ = 1,5 m³"; idschool's "2,60 – 1 1/4" in its last line); approximations or roundings
the page itself only estimates ("x = 5,8 m (ou 5,9m)" in the brevet blanc, educapedia's
"1/3 = .3333", "0,3333… Округляем ... 0,33" on matematikaege.ru 320186 and "13/36 ≈ 0,36" on
ten-tlt.ru, where the task asks for a rounded answer); a worked line with a slip (mozgotvet
7736758 а) computes 3 ч 48 мин as 227 мин and so 85 мин = 1 ч 25 мин for a difference of 84 мин;
mozgotvet 13372382's "12 с 5 мин", a typo for 12 ч 5 мин); intermediate quantities that are not
an answer (sangakoo's rewritten operand "4h 63' 34''", conkec's "1 : 4 = 1/4 (bể)", otvet.ya.guru
7839501's "д) ... = 11/30" with no second form); kapanbisnis rows 3 and 7 ("4 x 3.600 = 14.400"
without a unit, "0,25 x 3.600 menit = 900 detik" with a wrong unit inside the line).

Examined and not used: forma-slova.com 29032 (used by bench/equiv_fresh66_c.py), studylibfr.com
10066469 "fm conversions duree" (its "1 h 30 min ... n'est pas égal à 1,30 h"; used by
bench/equiv_fresh57_c.py), pt.slideshare.net "gabaritos-7c-18-frente-verso" (used by
bench/equiv_fresh56_d.py; claimed here before the grep found it, then dropped), loga.vn 2171042
(used by fresh58), mail.s5g.ru (used by several earlier sets; its tg/ctg answers are Ukrainian),
mail.invlad.ru 11434793 (tg 3a = 13/9 against a book's 13/12: the page leaves it disputed),
qa.studwork.ru threads, nedir.eokultv.com, sorumatik, questionai, bncc.digital,
planejamentosdeaula.com, rdsic.edu.vn, tamsucuasach.com, timeday.net, universomasseffect.es,
fisica.diaonia.com, cubotpasma.blogspot.com, cameracotidiana.com.br, geektech.com.br,
pixelation.org, calculadorahoras.org, matematika.disilab.ru and euroki.org "koza" pages (generated
or AI-style answers and articles), fr.scribd 719603773 "maths dm" (a student's homework with
AI-style errors), roboguru "jam analog" (13:30 read as "pukul setengah dua", ambiguous between
morning and afternoon), kumpulantugassekolahnyarakabintang.blogspot.com (its grape shares divide by
50 instead of 60), hoctop1.com 140476 (its "0,44 = 11/25" is a step, the answer is -14), IAVE
"Critérios de Classificação" copies on scribd, vdocuments and fdocumentos (only the general
criteria were stored), bouc-anime.com and thatquiz.org quizzes (keys not stored), livrozilla
1665070 UNICAMP resolution and otvet.lol 3843459 (single-form answers), kumparan.com and the
alat-8mj pages on reading decimals (usage only or generated).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HOC = "hocdot.com"
HOC_122 = "https://hocdot.com/bai-122-trang-34-sbt-toan-6-tap-2/q42952.htm"
EUR = "euroki.org"
EUR_P56 = "https://euroki.org/gdz/ru/matematika/4_klass/rabochaya-tetrad-po-matematike-4-klass-chast-2-peterson-fgos-179/str-56-624"
MOZ = "mozgotvet.com"
MOZ_773 = "https://mozgotvet.com/matematika/7736758-2023-04-13"
MOZ_1337 = "https://mozgotvet.com/matematika/13372382-2020-08-01"
YAG = "otvet.ya.guru"
YAG_783 = "https://otvet.ya.guru/questions/7839501-nomer-6-esepti-shyaru-salt-atty-3-saatta-45-km-al-shayshshy-3.html"
YAG_1002 = "https://otvet.ya.guru/questions/10026159-sostavit-programmu-formirovaniya-iz-massiva-an-dvuh-massivov-v.html"
TUT = "tutotveti.ru"
TUT_120 = "https://tutotveti.ru/matematika/zayac-i-cherepaha-sorevnovalis-v-bege-na-6-km-zayac-bezhit-so-12064399"
M100 = "math100.ru"
M100_B28 = "https://math100.ru/baz5-28/"
SAN = "sangakoo.com"
SAN_T = "https://sangakoo.com/es/temas/expresar-y-operar-con-tiempo-en-horas-minutos-y-segundos/ejercicios"
CDM = "cdme4.blogspot.com"
CDM_FG = "https://cdme4.blogspot.com/2015/10/determinar-la-fraccion-generatriz.html"
EDU = "educapedia.org"
EDU_1505 = "https://educapedia.org/?p=1505"
CHU = "chuyencu.com"
CHU_110 = "https://chuyencu.com/110-gio-bang-bao-nhieu-giay"
CTL = "congthucluonggiac.com"
CTL_TG = "https://congthucluonggiac.com/giai-toan-lop-5/bang-don-vi-do-thoi-gian/"
CON = "conkec.com"
CON_59111 = "https://conkec.com/node/59111"
LOC = "locmv.com"
LOC_T1 = "http://locmv.com/test/test1-khai-niem-phan-so/"
KAP = "kapanbisnis.com"
KAP_SW = "https://kapanbisnis.com/2019/11/24/memahami-satuan-waktu-kelas-v-kurikulum-2013/"
THR = "3.7.164.37"
THR_164 = "http://3.7.164.37/thread/1642722681345961984"
IDS = "idschool.net"
IDS_PU = "https://idschool.net/manakah-di-antara-bilangan-berikut-yang-paling-mendekati/?amp"
CLE = "clevelandohioweatherforecast.com"
CLE_578 = "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Ffr.scribd.com%2Fdocument%2F578146709%2FBrevet-blanc2-Avril-2019-Correction"
CRT = "crtl.ca"
CRT_BTB = "http://crtl.ca/Pavel/Pavel%20Terminology/www.bt-tb.tpsgc-pwgsc.gc.ca/btb5018.html?cont=1415&lang=fra"
SOP = "soprovas.com"
SOP_664 = "https://soprovas.com/questoes/664642"
LIV = "livrozilla.com"
LIV_1236 = "https://livrozilla.com/doc/1236991/--meta-final"
OWL = "owlanswer.com.tr"
OWL_726 = "https://owlanswer.com.tr/felsefe/72624"

CASES = [
    # hocdot.com SBT Toan 6 bai 122: durations written in hours (decimal comma, 'ph' for minutes)
    _c(
        HOC,
        HOC_122,
        gold="3,5h",
        pred=r"3h\;30ph",
        wrap=True,
        expected=True,
        why=r"a) '\(3h\;30ph\) \(= ... = 3{5 \over {10}}h = 3,5h;\)'",
    ),
    _c(
        HOC,
        HOC_122,
        gold="2,25h",
        pred=r"2h\;15ph",
        wrap=True,
        expected=True,
        why=r"b) '\(2h\;15ph\) ... = 2{1 \over 4}h = 2{{25} \over {100}}h = 2,25h'",
    ),
    _c(
        HOC,
        HOC_122,
        gold="2,25h",
        pred=r"2{1 \over 4}h",
        wrap=True,
        expected=True,
        why=r"b) '2h 15ph = 2{{15} \over {60}}h = 2{1 \over 4}h = ... = 2,25h'",
    ),
    _c(
        HOC,
        HOC_122,
        gold="0,75h",
        pred=r"0h\;45ph",
        wrap=True,
        expected=True,
        why=r"c) '\(0h\;45ph\) = {{45} \over {60}}h = {3 \over 4}h = ... = 0,75h'",
    ),
    _c(
        HOC,
        HOC_122,
        gold="0,75h",
        pred=r"{3 \over 4}h",
        wrap=True,
        expected=True,
        why=r"c) '0h 45ph = ... = {3 \over 4}h = {{75} \over {100}}h = 0,75h'",
    ),
    _c(
        HOC,
        HOC_122,
        gold="6,2h",
        pred=r"6h\;12ph",
        wrap=True,
        expected=True,
        why=r"d) '\(6h\;12ph\) = 6{{12} \over {60}}h = 6{2 \over {10}}h = 6,2h.'",
    ),
    # euroki.org GDZ Peterson grade 4, p. 56: t and h to kg and min; mixed numbers
    _c(
        EUR,
        EUR_P56,
        gold=r"3080\ кг",
        pred=r"3\frac{4}{50}\ т",
        wrap=True,
        expected=True,
        why=r"3 a) '3\frac{4}{50}\ т = 3 \cdot 1000 + 1000\ :50 \cdot 4 = 3000\ кг + 80\ кг = 3080\ кг.'",
    ),
    _c(
        EUR,
        EUR_P56,
        gold=r"147\ мин",
        pred=r"2\frac{9}{20}\ ч",
        wrap=True,
        expected=True,
        why=r"3 б) '2\frac{9}{20}\ ч = 2 \cdot 60 + 60\ :20 \cdot 9 = 120 + 27 = 147\ мин.'",
    ),
    _c(
        EUR,
        EUR_P56,
        gold=r"3\frac{5}{11}",
        pred=r"2\frac{16}{11}",
        wrap=True,
        expected=True,
        why=r"2. 3) '\frac{7}{11} + 2\frac{9}{11} = 2\frac{16}{11} = 3\frac{5}{11}' (the sum is '= 3\frac{5}{11}')",
    ),
    # mozgotvet.com 7736758: sums and differences of measures in mixed units (ч мин с, т ц кг)
    _c(
        MOZ,
        MOZ_773,
        gold="21 мин 35 с",
        pred="1295 с",
        wrap=True,
        expected=True,
        why="б) '16 мин 39 с + 4 мин 56 с = 999 с + 296 с = 1295 с = 21 мин 35 с'",
    ),
    _c(
        MOZ,
        MOZ_773,
        gold="6 т 3 ц",
        pred="6300 кг",
        wrap=True,
        expected=True,
        why="в) '42 ц 94 кг + 2 т 6 кг = 4294 кг + 2006 кг = 6300 кг = 63 ц = 6 т 3 ц'",
    ),
    _c(
        MOZ,
        MOZ_773,
        gold="6 т 3 ц",
        pred="63 ц",
        wrap=True,
        expected=True,
        why="в) '... = 6300 кг = 63 ц = 6 т 3 ц' (1 т = 10 ц)",
    ),
    _c(
        MOZ,
        MOZ_773,
        gold="6 т 7 ц 60 кг",
        pred="6760 кг",
        wrap=True,
        expected=True,
        why="г) '12 т 50 кг - 52 ц 90 кг = 12 050 кг - 5290 кг = 6760 кг = 6 т 7 ц 60 кг'",
    ),
    # mozgotvet.com 13372382: clock times as mixed numbers of hours; the answer in two forms
    _c(
        MOZ,
        MOZ_1337,
        gold="9 3/4 ч",
        pred="9 ч 45 мин",
        wrap=True,
        expected=True,
        why="'1) 9 ч 45 мин = 9 45/60 = 9 3/4 ч'",
    ),
    _c(
        MOZ,
        MOZ_1337,
        gold="11 1/3 ч",
        pred="11 ч 20 мин",
        wrap=True,
        expected=True,
        why="'4) 11 ч 20 мин = 11 20/60 = 11 1/3 ч.'",
    ),
    _c(
        MOZ,
        MOZ_1337,
        gold="40 1/2 км",
        pred="40,5 км",
        wrap=True,
        expected=True,
        why="'ответ: 126 км; 40 1/2 км или 40,5 км.'",
    ),
    # otvet.ya.guru 7839501: divisions written with ':' and decimal commas, worked to fractions
    _c(
        YAG,
        YAG_783,
        gold="2 1/3",
        pred="7/3",
        wrap=True,
        expected=True,
        why="'А) 0,7 : 0,3 = 7/10 : 3/10 = 7/10 * 10/3 = 7/3 = 2 1/3'",
    ),
    _c(
        YAG,
        YAG_783,
        gold="2 1/3",
        pred="7/10 : 3/10",
        wrap=True,
        expected=True,
        why="'А) 0,7 : 0,3 = 7/10 : 3/10 = ... = 7/3 = 2 1/3' (a quotient written with ':')",
    ),
    _c(
        YAG,
        YAG_783,
        gold="7/6",
        pred="3,5 : 3",
        wrap=True,
        expected=True,
        why="'б) 3,5 : 3 = 35/10 : 3/1 = 35/10 * 1/3 = 7/2 * 1/3 = 7/6' (pred is the quotient the line evaluates)",
    ),
    _c(
        YAG,
        YAG_783,
        gold="2,1",
        pred="21/10",
        wrap=True,
        expected=True,
        why="'г) 4,2 : 2 = 42/10 : 2/1 = 21/5 * 1/2 =21/10 = 2,1'",
    ),
    _c(
        YAG,
        YAG_783,
        gold="0,16",
        pred="4/25",
        wrap=True,
        expected=True,
        why="'е)0,24 : 1,5 = ... = (4*1)/(5*5)=4/25= 0,16'",
    ),
    _c(
        YAG,
        YAG_783,
        gold="2 часа",
        pred="120 мин",
        wrap=True,
        expected=True,
        why="second answer: 'им понадобится время 120 мин = 2 часа Ответ: 2 часа'",
    ),
    # otvet.ya.guru 10026159: a sum of Roman numerals
    _c(
        YAG,
        YAG_1002,
        gold="XXIX",
        pred="29",
        wrap=True,
        expected=True,
        why="'XIV + XV = 15 + 14 = 29 = XXIX'",
    ),
    # tutotveti.ru 12064399: hare and tortoise, the time in hours and in minutes
    _c(
        TUT,
        TUT_120,
        gold="54 минуты",
        pred="0.9 часа",
        wrap=True,
        expected=True,
        why="'1.8:2=0.9 часа = 54 минуты' ... 'ответ: 54 минуты' (option В) 54)",
    ),
]

r"""A ninety-second fresh set of answer-equivalence cases (evaluation only; helper "a": maths
answer pages in Russian, Ukrainian, Polish, Turkish, Portuguese (Brazil) and Italian --
ответы and проверочная-работа keys (Russia's VPR "система оценивания" with its "7 или 7 руб."),
homework-answer pages (ответы, odpowiedzi, cevap, resposta) whose answerer states one answer in
several forms or rejects a root, teachers' conversion notes and worked probabilities, and viral
"most people get it wrong" sums whose page names the refused results -- with the local notation
kept: decimal commas, ":" for division, mixed numbers with a space, "%25" with the sign first,
Russian, Ukrainian, Polish and Turkish unit, currency and number words).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh92_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a value the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh92_a2.py and
bench/equiv_fresh92_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas ("0,25 часа",
"37,5%", "9,40 tl") and the decimal points some answerers use instead ("4.8 годин", "503.50"), ":"
for division ("5/4:3/2", "5,7:22,8"), mixed numbers with a space ("6 7/30", "4 4/5 годин"), unit
and currency words and abbreviations glued or spaced as printed ("60хв", "140krş", "9tl 40krş",
"320 руб.", "R$ 503,50"), Turkish fraction words ("16'da 14" is 14/16) and the Turkish percent sign
before the number ("%25"), the parenthesised period of a repeating decimal ("0,8(3)") and the
ellipsis after its digits ("0,8333 …", with the space the page has), and numbers in words with the
page's capitals and commas ("Нуль целых, семь десятых", "jedna dziesiąta",
"dwieście pięćdziesiąt sześć tysięcznych"). The inline-math delimiters \( \) of naukowiec and
ekalkulator are dropped and the LaTeX inside kept. A left side ("x =", "у₂=", "P Limone =") is
dropped. Where a key writes "A или B" (VPR) the first form is the gold and each further form a True
case. In a worked chain "a = b = c" the final form is the gold and an earlier form a True pred when
it is a number written whole (a fraction, decimal, mixed number, quotient of two numbers with ":",
quantity with its unit) or the exercise's own given expression, which the chain states equal to the
answer (otvet.ya.guru 4174827's "1 1/4:1 1/2", "5,7:22,8", "4,7+1 8/15"); partial sums and products
left undone ("(4+ 20)/6", "5/4*2/3", "4 21/30+1 16/30") are not used. For a stated conversion
"A = B" (naukowiec, ekalkulator, mozgotvet, the Ukrainian s5g page) the form converted to is the
gold. Where a chain ends in a percent rounded to two decimals (davidezizioli's
"7/21 = 1/3 = 33,33%") the rounded percent is left out and the reduced fraction is the gold. A root
or value the page rejects ("- не подходит", "Второй вариант явно не подходит") and a result a page
names as wrong ("НЕПРАВИЛЬНОЕ", "błędny wynik", "non è quello corretto", "sbagliato") is a False
pred against the page's answer.

Sources (domain, URL, what is settled; all "web page, no licence file"):

Russian and Ukrainian (this module):
- megalektsii.ru s25668t10 (a copy of the VPR 2016 mathematics key, grade 4, variant 22:
  "Правильный ответ ... 7 или 7 руб."). 1 case.
- znanio.ru media 164866-2 (VPR 2016, grade 4, variant 30: "320 или 320 руб.", "Ответ: 320
  руб."). 1 case.
- ws.studylib.ru doc 264265 (VPR 2015, grade 4, variant 1 key: "132 или 132 руб.", "55, или на
  55, или на 55 см"). 3 cases.
- otvet.lol 13412721 (a speed from 3у²-4у-32=0: "у₂=(4 + √400)/(2*3) = (4+ 20)/6 = 24/6 =4
  км/ч-скорость медленного", "х=...=16/2=8 км/ч", "у₁=... = -16/6 = -8/3 - не подходит").
  3 cases (1 False).
- otvet.ya.guru 5289310 (6х² - 11х + 3 = 0, "два варианта всего расстояния - {6; 4/3}. Второй
  вариант явно не подходит ... Значит правильный - 6.") and 4174827 ("1 1/4:1 1/2=5/4:3/2=
  5/4*2/3=5/6", "5,7:22,8=5 7/10:22 8/10=57/10:228/10=57/10*10/228=57/228=1/4", "4,7+1 8/15=
  ... =5 37/30=6 7/30"). 8 cases (1 False).
- mail.s5g.ru 4360812 (a Ukrainian answer on hours before and after midnight: "х=24/5= 4 4/5
  годин", "4/5 годин = 60:5*4=48 хвилин", "4 години 48 хвилин або 4.8 годин", "0.2 год = 12
  хвилин", "від півночі минуло 7 годин 12 хвилин", "48хв+12хв=60хв=1 година"). 6 cases.
- mozgotvet.com 6055578 (decimals read in words: "0,7 Читаем: «Нуль целых, семь десятых»",
  "2,53 ... «Две целых, пятьдесят три сотых»", "30,00208 ... «Тридцать целых, двести восемь
  стотысячных»"), 5512545 ("Переводим 15 мин = 0,25 часа") and 1303633 ("854-558=296 мин",
  "катер был в пути 4 часа 56 минут"). 5 cases.

Polish, Turkish and Portuguese (bench/equiv_fresh92_a2.py):
- www.naukowiec.org 1560 ("Zamiana ułamków dziesiętnych na zwykłe": "\(0,3=\dfrac{3}{10}\)" ...
  "\(0,54343=\dfrac{54343}{100000}\)"). 5 cases.
- ekalkulator.eu "zamiana_ulamkow.html" ("3/5 = 0,6", "1/10 = 0,1", "3/8 = 0,375") and
  "matematyka/kalkulator-zamiany-ulamkow" ("0,1 = jedna dziesiąta = \(\frac{1}{10}\)" ...
  "0,15 = piętnaście setnych ... = \(\frac{15}{100}\)", "zostanie nam \(\frac{3}{20}\)", "0,256
  = dwieście pięćdziesiąt sześć tysięcznych ... = \(\frac{256}{1000}\)", "\(\frac{32}{125}\)").
  19 cases.
- www.scribd.com 643524891 ("ZAMIANA UŁAMKÓW ZWYKŁYCH NA DZIESIĘTNE", a teacher's sheet: "=
  0,8333 … = 0,8(3)", "= 2,4166 … = 2,41(6)"). 2 cases.
- ranslearning.com 25467173 (a Turkish Brainly copy, 4 boxes at 2 TL 35 kuruş: "140krş=1tl
  40krş", "8tl+1tl+40krş=9tl 40krş", a second answer "Cevabımız 9,40 tl olmalıdır", "Efe ...
  275 kuruş ... Ela ... 2 lira 75 kuruş ... paraların miktarı eşittir", "200kş=2tl"). 4 cases.
- zonelearnings.com 25525006 (Turkish: "20/80i sadeleştirirsek 1/4 olur", "1/4ü genişletince
  25/100 oluyor", "kar oranı : %25"). 3 cases.
- owlanswer.com.tr matematik 1097453 (Turkish: "16'da 14 kesrinin sadeleştirilmiş hâli 8'de 7
  olur"). 1 case.
- resposta.org 46722559 (a Brazilian Brainly copy with two answers: "500+0.7% = 500+3.50=
  503.50" and "O saldo ... é de a) R$ 503,50"). 1 case.

Italian and the refused results of viral sums (bench/equiv_fresh92_a3.py):
- davidezizioli.cloud 3-c/116 (a teacher's worked probabilities for class 3C: "P Limone = 10/40 =
  1/4 = 25%", "15/40 = 3/8 = 37,5%", "P arancia = 3/40 = 7,5%", "P d. 18/90 = 1/5 = 20%", "P d.
  7/21 = 1/3 = 33,33%", "16/52 semplifico per 4 = 4/13 = 30,77%"). 15 cases.
- mamadu.pl 183581 (2+2÷2x2: "Prawidłowa odpowiedź to 4", "uzyskamy błędny wynik 2,5", "wyjdzie
  nam 1", "internauci doliczyli się wyników 3 i 6"). 4 cases (4 False).
- www.polsatnews.pl 2025-08-19 (2+2×2: "odpowie odruchowo 8, popełni błąd", "Poprawny rezultat
  to 6"). 1 case (False).
- www.sabiaspalavras.com ?p=64327 (3 × 3 − 3 ÷ 3 + 3: "Eu achava que a resposta era 5" ...
  "Resultado definitivo: 11"). 1 case (False).
- lacasadisnoopy.it 2024/09/27 (7+7:7+7x7-7: "molti danno il risultato di 56 che però non è
  quello corretto", "il risultato finale sarà 50"). 1 case (False).
- www.gossipblog.it "solo-l1-lo-risolve-a-mente..." (-8 + 6 x 3 ÷ 2 – 5: "Se il risultato ti
  restituisce un -2 ... l'esito è sbagliato", "la corretta soluzione ... è -4"). 1 case (False).
- storyfox.ru "eta-yaponskaya-zadachka..." (9–3÷1/3+1: "НЕПРАВИЛЬНОЕ решение такое: ... = 9",
  "по правилам математики ... = 1"). 1 case (False).
- tsn.ua 3036923 (Ukrainian, 6×6 — 6 ÷ 6: "одні вказували розв’язком число 5, інші ж
  стверджували, що правильна відповідь — 35 чи 36", "Це підводить вас до відповіді 35").
  2 cases (2 False).

88 cases in all (13 False): 27 here (2 False), 35 in bench/equiv_fresh92_a2.py (none False), 26
in bench/equiv_fresh92_a3.py (11 False).

Left out, by rule: refusals that are only about how an answer is written when the value is the same
(the VPR 2015 key's "В заданиях 5 (пункт 1) и 9 обязательно должны быть указаны единицы
измерения", which refuses "24" for "24 см2" and "28" for "28 кг"); word answers that are not
numbers (the same key's "В сентябре или сентябрь"); the same key's "В 15 часов 50 минут Допускается
любая иная форма указания времени" and megalektsii's "5 ч 53 мин. 10 с", which name no other form;
approximations written with "=" (ekalkulator's "1/9 = 0,1111" and "2/7 = 0,2857"; davidezizioli's
rounded percents "33,33%", "66,66%", "16,66%", "30,77%", "23,81%", "2/85 = ... circa il 2,35%");
chain members with a slip or in a part the answerer calls wrong (mozgotvet 5512545's
"9/6*0.75= 0.375 час = 22,5 мин" and its "5.375 час = 5 час 22.5 мин", written under
"УРА!, но не правильно"); repeating decimals with a stray space ("3,555 … = 3, (5)",
"5,4545 … = 5, (45)" on scribd 643524891) and fractions stacked by the conversion (the same sheet's
"= = = 0,35"); a second answerer's "0.92centavos" on resposta.org 46722559, which no one there
corrects or confirms; partial sums and products left undone and trivial steps ("(4+ 20)/6",
"D = (-11)² - 4*3*6 = 121 - 72 = 49 = 7²", "235×4=940"); the first ranslearning answer's misprinted
"2krş 35krş . 4= 8tl 140 krş".

Examined and not used: expressions of the form a÷b(c), whose reading pages themselves dispute
(g1.globo 6 ÷ 2 (1 + 2), polsatnews 2025-09-03, kobieta.interia.pl 6852636 "10:2(1+3)", yenisafak,
milliyet "8 ÷ 2(2+2)", belnovosti, guldum.net, shkola.obozrevatel.com); pattern puzzles with two
defended answers (antyradio.pl and webtekno "40 or 96", portal6 and metroworldnews "126",
tctdesobra); viral sums whose correct value is not in the stored text (gossipblog 7+7:7+7×7-7 and
"40 + 40 – 7 x 0 + 20 + 10", giornalelocale, maggiesfarm, mjakmama24 "230 - 220 x 0,5", polsatnews
"4+3×(6−2)²", kobieta.interia "kij i piłka", younipa, duck.show, chapchap.su, mentoday, grazia);
tutotveti.ru 4493739 (two answers that disagree, 8/9 against "четыре целых одна вторая"); VPR keys
with single-form answers or lost numbers (docplayer.ru 60996269, whose "или 405 руб." lost its
first form; topuch.com, uchitelya 121589, files.student-it.ru); pages used by earlier sets
(livrozilla 1109518 and 1236991, oestudo 29033443, math.it frazioneGeneratrice,
vivalascuola.studenti.it, revistagalileu, megabayt.com, valcon.it, szkola-edukacja.pl 4403281, the
OBMEP pauta on pt.scribd 589336260, mozgotvet 7736758, mail.s5g.ru 30100320); the IAVE, CKE and OGE
marking documents (only their general criteria were stored); generated, AI-written or
machine-translated pages (euroki.org "koza", bncc.digital, nedir.eokultv.com, yandex yacevap, the
milestoblog and sofiawest articles, yak-prosto.com, decodethecode.space, jerseysteam,
formulas.today, calculator and converter output on ulamkowo.pl, liczebnik.pl, calculator.io,
running-calculator.com, isolution.pro); pages whose formulas or table cells were lost (youmath.it
answers, zadania.info, miyklas.com.ua, zpe.gov.pl money tables, yumpu's Turkish
"Yazılı Sınav Cevap Anahtarı", pt.scribd 597032969, studylibit 464659, 123dok zwvrnkjg);
single-form or computation-only pages (1milyarbilgi, matematikciler, ortaokulmatematik, secdem,
mymatma.pl, viztrainings 21234414 and 21681390); multiple-choice distractors (bilgicik.com's
"A) 46 B) 32 C) 20 D) 28 ... (YANIT D)").
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MEG = "megalektsii.ru"
MEG_V22 = "https://megalektsii.ru/s25668t10.html"
ZNA = "znanio.ru"
ZNA_V30 = "https://znanio.ru/media/zadaniya_po_matematike_v_4_klasse-164866-2"
SLR = "ws.studylib.ru"
SLR_V1 = "https://ws.studylib.ru/doc/264265/matematika-4-klass-variant-1-kriterii-ocenivaniya"
OLOL = "otvet.lol"
OLOL_Q = "https://otvet.lol/questions/13412721-cilindr-vpisan-v-pryamougolnyi-parallelepiped-radius-osnovaniya.html"
YAG = "otvet.ya.guru"
YAG_5289 = "https://otvet.ya.guru/questions/5289310-iz-dvuh-punktov-navstrechu-drug-drugu-odnovremenno-otpravilis.html"
YAG_4174 = (
    "https://otvet.ya.guru/questions/4174827-v-papallelogramme-klmn-naidite-dliny-otrezkov.html"
)
S5G = "mail.s5g.ru"
S5G_4360 = "http://mail.s5g.ru/4360812/%D0%B7%D0%B0%D0%BF%D0%B8%D1%82%D0%B0%D0%BD%D0%BD%D1%8F-%D0%B6%D0%B0%D1%80%D1%82%D1%96%D0%B2%D0%BD%D0%B8%D0%BA"
MOZ = "mozgotvet.com"
MOZ_6055 = "https://mozgotvet.com/matematika/6055578-2021-02-07"
MOZ_5512 = "https://mozgotvet.com/matematika/5512545-2023-05-16"
MOZ_1303 = "https://mozgotvet.com/matematika/1303633-2022-03-05"
# sources of bench/equiv_fresh92_a2.py
NAUK = "www.naukowiec.org"
NAUK_1560 = (
    "https://www.naukowiec.org/wiedza/matematyka/zamiana-ulamkow-dziesietnych-na-zwykle_1560.html"
)
EKA = "ekalkulator.eu"
EKA_ZU = "http://ekalkulator.eu/zamiana_ulamkow.html"
EKA_KZU = "https://ekalkulator.eu/matematyka/kalkulator-zamiany-ulamkow/"
SCR = "www.scribd.com"
SCR_643 = "https://www.scribd.com/document/643524891/ZAMIANA-U%C5%81AMKOW-ZWYK%C5%81YCH-NA-DZIESI%C4%98TNE-pdf"
RANS = "ranslearning.com"
RANS_254 = "https://ranslearning.com/ransgorev/25467173"
ZONE = "zonelearnings.com"
ZONE_255 = "https://zonelearnings.com/zonegorev/25525006"
OWL = "owlanswer.com.tr"
OWL_1097 = "https://owlanswer.com.tr/matematik/1097453"
RESP = "resposta.org"
RESP_467 = "https://resposta.org/pergunta/46722559"
# sources of bench/equiv_fresh92_a3.py
ZIZ = "davidezizioli.cloud"
ZIZ_116 = (
    "https://davidezizioli.cloud/index.php/3-c/116-11-03-2020-algebra-esercizi-sulla-probabilita"
)
MAMA = "mamadu.pl"
MAMA_183 = "https://mamadu.pl/183581,ile-to-jest-2-2-2x2-zadanie-dla-dzieci-przerasta-doroslych-znasz-wynik"
POLS = "www.polsatnews.pl"
POLS_0819 = "https://www.polsatnews.pl/wiadomosc/2025-08-19/to-rownanie-rozwiazuja-uczniowie-w-30-sekund-dorosli-maja-z-nim-problem/"
SAB = "www.sabiaspalavras.com"
SAB_64327 = "https://www.sabiaspalavras.com/?p=64327"
SNOOPY = "lacasadisnoopy.it"
SNOOPY_Q = "https://lacasadisnoopy.it/2024/09/27/quiz-matematico-sai-risolvere-questa-espressione-in-modo-corretto"
GOSSIP = "www.gossipblog.it"
GOSSIP_Q = "https://www.gossipblog.it/post/solo-l1-lo-risolve-a-mente-se-ci-riesci-sei-un-autentico-genio-sfida-i-tuoi-amici"
STORY = "storyfox.ru"
STORY_JP = "https://storyfox.ru/post/eta-yaponskaya-zadachka-uravnenie-svela-s-uma-ves-internet-a-vy-reshite-ee-pravilno"
TSN = "tsn.ua"
TSN_3036 = "https://tsn.ua/tsikavinki/prosta-matematychna-zadacha-iaka-stavyt-vsikh-v-tupyk-u-chomu-sekret-3036923.html"

CASES = [
    # megalektsii s25668t10: VPR 2016, grade 4, variant 22 key, a number with or without its
    # rouble unit
    _c(
        MEG,
        MEG_V22,
        gold=r"7",
        pred=r"7 руб.",
        wrap=True,
        expected=True,
        why="key 'Правильный ответ': '7 или 7 руб.' (7 or 7 roubles)",
    ),
    # znanio 164866-2: VPR 2016, grade 4, variant 30 key
    _c(
        ZNA,
        ZNA_V30,
        gold=r"320",
        pred=r"320 руб.",
        wrap=True,
        expected=True,
        why="key: '320 или 320 руб.'; solution 'Ответ: 320 руб.'",
    ),
    # ws.studylib.ru 264265: VPR 2015, grade 4, variant 1 key, forms joined by 'или'
    _c(
        SLR,
        SLR_V1,
        gold=r"132",
        pred=r"132 руб.",
        wrap=True,
        expected=True,
        why="key: '132 или 132 руб.'",
    ),
    _c(
        SLR,
        SLR_V1,
        gold=r"55",
        pred=r"на 55",
        wrap=True,
        expected=True,
        why="key: '55, или на 55, или на 55 см'",
    ),
    _c(
        SLR,
        SLR_V1,
        gold=r"55",
        pred=r"на 55 см",
        wrap=True,
        expected=True,
        why="key: '55, или на 55, или на 55 см'",
    ),
    # otvet.lol 13412721: a quadratic for a speed; the negative root is rejected
    _c(
        OLOL,
        OLOL_Q,
        gold=r"4 км/ч",
        pred=r"24/6",
        wrap=True,
        expected=True,
        why="'у₂=(4 + √400)/(2*3) = (4+ 20)/6 = 24/6 =4 км/ч-скорость медленного'",
    ),
    _c(
        OLOL,
        OLOL_Q,
        gold=r"8 км/ч",
        pred=r"16/2",
        wrap=True,
        expected=True,
        why="'х=(3у+4)/2=(3*4+4)/2=(12+4)/2=16/2=8 км/ч-скорость быстрого'",
    ),
    _c(
        OLOL,
        OLOL_Q,
        gold=r"4 км/ч",
        pred=r"-8/3",
        wrap=True,
        expected=False,
        why="'у₁=(4 - √400)/(2*3) = (4 - 20)/6 = -16/6 = -8/3 - не подходит'",
    ),
    # otvet.ya.guru 5289310: two roots, one distance rejected
    _c(
        YAG,
        YAG_5289,
        gold=r"6",
        pred=r"4/3",
        wrap=True,
        expected=False,
        why="'два варианта всего расстояния - {6; 4/3}. Второй вариант явно не подходит ... Значит правильный - 6.'",
    ),
    # otvet.ya.guru 4174827: quotients with ':' and mixed numbers with a space
    _c(
        YAG,
        YAG_4174,
        gold=r"5/6",
        pred=r"1 1/4:1 1/2",
        wrap=True,
        expected=True,
        why="'1 1/4:1 1/2=5/4:3/2=5/4*2/3=5/6'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"5/6",
        pred=r"5/4:3/2",
        wrap=True,
        expected=True,
        why="'1 1/4:1 1/2=5/4:3/2=5/4*2/3=5/6'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"1/4",
        pred=r"5,7:22,8",
        wrap=True,
        expected=True,
        why="'5,7:22,8=5 7/10:22 8/10=57/10:228/10=57/10*10/228=57/228=1/4'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"1/4",
        pred=r"57/10:228/10",
        wrap=True,
        expected=True,
        why="'5,7:22,8=5 7/10:22 8/10=57/10:228/10=57/10*10/228=57/228=1/4'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"1/4",
        pred=r"57/228",
        wrap=True,
        expected=True,
        why="'...=57/10*10/228=57/228=1/4'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"6 7/30",
        pred=r"4,7+1 8/15",
        wrap=True,
        expected=True,
        why="'4,7+1 8/15=4 7/10+1 8/15=4 21/30+1 16/30=5 37/30=6 7/30'",
    ),
    _c(
        YAG,
        YAG_4174,
        gold=r"6 7/30",
        pred=r"5 37/30",
        wrap=True,
        expected=True,
        why="'...=4 21/30+1 16/30=5 37/30=6 7/30'",
    ),
    # mail.s5g.ru 4360812 (Ukrainian): hours and minutes before and after midnight
    _c(
        S5G,
        S5G_4360,
        gold=r"4 4/5 годин",
        pred=r"24/5",
        wrap=True,
        expected=True,
        why="'х=24/5= 4 4/5 годин'",
    ),
    _c(
        S5G,
        S5G_4360,
        gold=r"48 хвилин",
        pred=r"4/5 годин",
        wrap=True,
        expected=True,
        why="'4/5 годин = 60:5*4=48 хвилин'",
    ),
    _c(
        S5G,
        S5G_4360,
        gold=r"4 години 48 хвилин",
        pred=r"4.8 годин",
        wrap=True,
        expected=True,
        why="'до півдня залишилося 4 години 48 хвилин або 4.8 годин'",
    ),
    _c(
        S5G,
        S5G_4360,
        gold=r"12 хвилин",
        pred=r"0.2 год",
        wrap=True,
        expected=True,
        why="'0.2 год = 12 хвилин'",
    ),
    _c(
        S5G,
        S5G_4360,
        gold=r"7 годин 12 хвилин",
        pred=r"7.2 години",
        wrap=True,
        expected=True,
        why="'12-4.8=7.2 години - минуло від півночі' ... 'від півночі минуло 7 годин 12 хвилин'",
    ),
    _c(
        S5G,
        S5G_4360,
        gold=r"1 година",
        pred=r"60хв",
        wrap=True,
        expected=True,
        why="'48хв+12хв=60хв=1 година'",
    ),
    # mozgotvet 6055578: decimals read aloud in Russian words
    _c(
        MOZ,
        MOZ_6055,
        gold=r"0,7",
        pred=r"Нуль целых, семь десятых",
        wrap=True,
        expected=True,
        why="'1) 0,7 Читаем: «Нуль целых, семь десятых».'",
    ),
    _c(
        MOZ,
        MOZ_6055,
        gold=r"2,53",
        pred=r"Две целых, пятьдесят три сотых",
        wrap=True,
        expected=True,
        why="'2) 2,53 Читаем: «Две целых, пятьдесят три сотых».'",
    ),
    _c(
        MOZ,
        MOZ_6055,
        gold=r"30,00208",
        pred=r"Тридцать целых, двести восемь стотысячных",
        wrap=True,
        expected=True,
        why="'4) 30,00208 Читаем: «Тридцать целых, двести восемь стотысячных».'",
    ),
    # mozgotvet 5512545: minutes and decimal hours
    _c(
        MOZ,
        MOZ_5512,
        gold=r"0,25 часа",
        pred=r"15 мин",
        wrap=True,
        expected=True,
        why="'Переводим 15 мин = 0,25 часа.'",
    ),
    # mozgotvet 1303633: minutes to hours and minutes
    _c(
        MOZ,
        MOZ_1303,
        gold=r"4 часа 56 минут",
        pred=r"296 мин",
        wrap=True,
        expected=True,
        why="'854-558=296 мин' ... 'это значит, что катер был в пути 4 часа 56 минут'",
    ),
]

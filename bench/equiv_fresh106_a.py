r"""A hundred-and-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": math
answer keys and worked solutions in Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian and
Turkish (and pages about those languages' numbers) where a page gives one answer in two forms or
refuses a form -- decimal commas and points, thousands separators, periods written 0,(3) or with an
overbar, local number words (Danish "halvtreds", Swedish "halvannan", Finnish numbers in letters),
units of a price or a length, and intervals written the local way (]a, b[, ]2; 3[, set-builder).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh106_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for proxied or mirrored copies, the proxy's or mirror's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt, the page's beginning) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh106_a2.py (same rules; its sources
are listed below too).

Transcription: strings are copied as the stored page shows them: decimal commas, "…" or "..." as
printed, spaces in "1 000,5" and "1 250 350", units and words as written ("5 km ja 75 m", "4 hela
och 57 hundradelar", "ni-og-halvfems"), Danish brackets "]2; 3[" with their semicolon. Inline-math
delimiters (\( \), $ $, $$ $$, \begin{align}) and \displaystyle are dropped and the LaTeX inside
kept ("0{,}25", "0{,}{\bar {5}}", "\left \{ x\in\mathbb{R}: a<x<b \right \}"); the outer braces of
a Wikipedia annotation ("{\frac {5}{9}}") and thin spaces "\," are dropped. Where a worked answer
is a chain "a = b = c", the gold is the form the exercise asks for (the fraction for mathbusters'
"fra desimal til brøk" and the Hungarian "közönséges tört" threads, the decimal for mathema.ro's
"fracție ordinară în fracție zecimală") and the pred another member of the chain; for pages that
explain a word or a notation, the gold is the numeral or the usual notation and the pred the word
or the local form. In matted.se's table the Grader and Radianer columns of one row are paired. A
lead-in ("Talet", "x =", "A =") is dropped.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathbusters.net "brk/fra-desimal-til-brk" (Norwegian, Løsningsforslag: "0,2=\frac{2}{10}=
  \frac{1}{5}", "0,75 ... =\frac{3}{4}", "0,02 ... =\frac{1}{50}", "1,25 ... =\frac{5}{4}",
  "0,100&=0,1\\&=\frac{1}{10}", "0,001&=\frac{1}{1000}"). 6 cases.
- www.matematikk.org Oraklet tid=89133 ("0,2*0,2 blir 0,04 ikke 4,00"; "4 hundredeler = 0,04").
  2 cases (1 False).
- gyakorikerdesek.hu threads 10082247 ("0,13131313... = x ... 13/99 = x", "10/99=0,10101010..."),
  12146925 ("A = 3,6757575..." ... "1213/330", "0,9134913491349134... = 9134/9999") and 7425840
  ("38.723472347234723472347234.... ... A keresett tört: 387196/9999"). 5 cases.
- matte1b.mathonline.se "1 1.1 Lösning 13a" ("0,33333 \ldots" ... "x = \frac{1}{3}"). 1 case.
- matematikvideo.se "Stämmer det att 0,999… = 1?" ("det stämmer faktiskt", "1 = 0,999…."). 1 case.
- www.formelsamlingen.se "Olika typer av intervall" ("]a, b[ = (a, b)", "[a, b[ = [a, b)",
  "]a, b] = (a, b]"). 3 cases.
- hpu.dk "Brøker" ("\frac{2}{3} repræsenterer således 2 : 3, der udtrykt som decimalbrøk er ca.
  0,6667 - dette tal kan faktisk ikke skrives helt præcist som et decimaltal"). 2 cases (1 False).
- mathema.ro memorator ("\frac{1}{4} = 0{,}25", "\frac{37}{8} = 4{,}625", "\frac{1}{3} = 0{,}(3)",
  "\frac{84}{13} = 6{,}(461538)", "\frac{23}{6} = 3{,}8(3)"). 5 cases.
- onehourindexing01.prideseotools.com proxy copy of sv.wikipedia "Decimalutveckling" ("-7/3 ...
  -2,333333...", "1/8 har två decimalutvecklingar ... (0,125) ... (0,124999999..."). 2 cases.

Sources of bench/equiv_fresh106_a2.py:

- fa.qa.edu.vn copy of tr.wikipedia "0,999..." ("\frac {5}{9}=0{,}{\bar {5}}", "\frac {1}{3}=
  0{,}{\bar {3}}", "1=0{,}{\bar {9}}"). 3 cases.
- hu.wikipedia.org "0,999…" ("1 = 0,999…", "az 1,000… és a 0,999…"). 2 cases.
- fi.m.wikipedia.org "0,999..." ("0,333...=⅓ ja 0,666...=⅔") and dumps.wikimedia.your.org's
  December 2006 Finnish Wikipedia dump ("0,999... tarkoittaa 0,999...9 ... Jos näin olisi, 0,999...
  ei olisikaan sama kuin yksi"). 3 cases (1 False).
- liceunet.ro "Intervale de numere reale" ("(a,b)=\left \{ x\in\mathbb{R}: a<x<b \right \}" and the
  closed and half-open ones). 3 cases.
- opslagsvaerker.gyldendal.dk MatLex "Interval" ("Åbent interval ]2; 3[: Alle reelle tal, der er
  større end 2 og mindre end 3", and "[2; 3["). 2 cases.
- www.rubiks.nu "Räkna på danska" ("halvtreds = 50", "syvoghalvfems = 97", "hundredsyvoghalvfems =
  197", "halvtredje = 2,5"). 4 cases.
- www.kikkenborg-rossel.dk (Dansk Sprognævn: "halvanden ... halvfemte ... betyder hhv. 1½, 2½, 3½,
  4½"). 2 cases.
- blog.svd.se Språkbloggen 2011-06-20 ("halvannan ... alltså 1,5", "halvtredje skålpund (2,5
  skålpund)", "99 heter ni-og-halvfems"). 3 cases.
- www.arabeskacademy.com "Talord" ("tretifire = 34, femtiotte = 58", "80 – firs"). 3 cases.
- sv.rilpedia.org "Decimaltecken" ("3,14" / "3.14"; "1,000.5 för tusen och en halv", "1 000,5",
  "1.000,5"). 4 cases.
- www.webbmatte.se 1.2 (page 2530; "Talet 4,57 kan läsas: "4 komma 57", "4 hela och 57
  hundradelar", ... "4 och 57""). 3 cases.
- kielitoimistonohjepankki.fi "desimaaliluvut" ("0,09 €/min (~ 9 snt/min ~ 9 c/min)"), scripta.kotus.fi
  VISK § 783 ("neljä pilkku yhdeksän" ... "4,9 metriä") and publications.europa.eu fi 10.2 ("1 250
  350" in letters; "vuonna 1993 (vuonna tuhatyhdeksänsataayhdeksänkymmentäkolme)"). 5 cases.
- www.luntti.net "Desimaaliluvut" ("5,075 km, tarkoittaa se, että matkan pituus on tarkasti 5 km ja
  75 m"; "60 m" as "0,060 \text{ km}" in the sum). 2 cases.
- wiki.math.se Sommarmatte "3.1 Rötter" diff 170 ("\frac{1}{\sqrt{2}} = ... = \frac{\sqrt{2}}{2}"),
  www.allakando.se "Bråktal" ("\frac{1}{2} är ... detsamma som 0,5"), matteboken.se högskoleprov HT
  2014 kvantitativt provpass 2 uppgift 22 ("\frac{1}{10}=0,10"). 3 cases.
- matted.se "Exakta trigonometriska värden" (30° / \frac{\pi}{6}, 225° / \frac{5\pi}{4}, 315° /
  \frac{7\pi}{4}). 3 cases.

72 cases in all (3 False): 27 here (2 False), 45 in bench/equiv_fresh106_a2.py (1 False).

Left out, by rule: accepted ranges and rounded values (the Savonia/Möbius page scribd 710233548,
"Vastauksiksi kelpaavat siis esimerkiksi 65000 tai 69032" for 67022.00 at 3 %; luntti's "välillä
4,5 km — 5,5 km"); refusals that are only about
notation when the value is the same (kielitoimistonohjepankki's "Desimaalipistettä ei kuitenkaan
suositella", rilpedia's and webbmatte's "674,56 inte 674 , 56", publications.europa.eu fi-360500's
"1,326 miljardia (ei 1 326 miljoonaa)"); forms a page calls ambiguous (rilpedia's half-high point
"3·14", "lätt kan förväxlas med ett multiplikationstecken", and "1,234"); misprints (formelsamlingen's
"[a, b[ = [a, \infty)", rubiks.nu's "fjerds = 80"); cut-off lines (luntti's "Ainoa järkevä vastaus
työmat..."); degree-radian pairs beyond three and the sine/cosine columns of matted.se's table
(values of different functions, not forms of one answer); unreduced intermediates of the chains
("\frac{75}{100}", "36390/9900", "363,9/99"); repeats (fi.wikipedia's "0,999... = 1" after the
Turkish and Hungarian copies). To keep one page from filling the set, mathbusters' 0,5, 0,4, 0,6,
1,5, 2,5 and 1,2, mathema.ro's 1/2, 43/5 and 2/3, and the further Danish words of rubiks.nu,
kikkenborg-rossel and arabeskacademy were not taken.

Examined and not used: pluggakuten.se threads (rotekvation-29, whose "0,252 är inte lika med 0,5"
lost its exponent; en-losning-110, where -pi/2 and 3pi/2 are the facit's and the student's angles
but the general solutions' periodic terms are not stored; decimal-form-till-brakform, rendered run
together); studienet.dk FP9 pages (maj 2018, maj 2019, december 2021 and 2022 uden hjælpemidler:
one form per answer in the stored part; maj 2021, maj 2022 uden and maj 2023 med claimed by earlier
rounds); YTL "Hyvän vastauksen piirteet" pages and 9pdf's MAB 2017 copy, Hungarian
javítási-értékelési útmutatók and kompetenciamérés javítókulcsok on docplayer.hu and scribd, and
Moldovan barem pages on ro.scribd (only general rules, or one answer form, in the stored part);
kubbu.com's interval quiz (its key is misaligned); rostudy.me, idtrainings.com and zestudies.com
(copies of brainly answers, with slips such as "0,(123)= 123/999= 42/333"); ro.scribd 460134772
"Periodicitate" (claimed; its "2,333…3 = 2,(3)" is ill-formed in the stored text); generated or
machine-translated pages (nedir.eokultv.com, isolution.pro, milestoblog and its language
subdomains, sv.techcodeview.com, kimberlysantanakbt.se, seabykiinkiin.dk, kobmeter.com);
Greek pages whose encoding was lost (fdocument.org, issuu, ru.scribd, docstoc) and e-papadakis.gr
(claimed by an earlier round); houseofmath's "brøk, desimaltall og prosent", amara's Danish
"0,36", 5dok's Liber summary, abcdocz "Repetition bråk åk 7" and webbmatte page 2558 (used
earlier); kielikello.fi (examined by an earlier set); mathleaks.se "Decimalutveckling" (its table
repeats the Wikipedia pairs); webmath.se "Bråkkassa" facit (formulas lost); matematikk.org
tid=111882 (one answer form); side3.no and humorbibelen.com (order-of-operations puzzles with one
value and a garbled expression); the ipfs copy of tr.wikipedia "0,999..." (formulas lost; the
fa.qa.edu.vn copy was used). No Greek or Icelandic page gave a usable pair: the Greek
textbook copies lost their encoding and the Icelandic hits were machine translations
(is.sofiawest.com) or unrelated forum threads (hugi.is).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MBN = "mathbusters.net"
MBN_FD = "https://mathbusters.net/brk/fra-desimal-til-brk"
MORG = "www.matematikk.org"
MORG_89133 = "http://www.matematikk.org/oss.html?tid=89133"
GYK = "gyakorikerdesek.hu"
GYK_10082247 = "https://gyakorikerdesek.hu/kozoktatas-tanfolyamok__hazifeladat-kerdesek__10082247-hogyan-kell-kozonseges-torte-irni-a-0131313131313-vegtelen-szakaszos-tizedes-t"
GYK_12146925 = "https://gyakorikerdesek.hu/kozoktatas-tanfolyamok__hazifeladat-kerdesek__12146925-hogy-tudom-ezt-a-ket-szamot-ket-ket-egesz-szam-hanyadosakent-felirni"
GYK_7425840 = "https://gyakorikerdesek.hu/kozoktatas-tanfolyamok__hazifeladat-kerdesek__7425840-hogyan-kell-vegtelen-tizedes-tortent-sima-torte-alakitani"
MOL = "matte1b.mathonline.se"
MOL_13A = "https://matte1b.mathonline.se/index.php?direction=prev&oldid=28791&title=1_1.1_L%C3%B6sning_13a"
MVID = "matematikvideo.se"
MVID_0999 = "https://matematikvideo.se/stammer-det-att-0999-1/"
FSAM = "www.formelsamlingen.se"
FSAM_INT = "https://www.formelsamlingen.se/alla-amnen/matematik/intervall-och-mangder/olika-typer-av-intervall"
HPU = "hpu.dk"
HPU_BROK = "http://hpu.dk/index.php/matematikmenu/brokregning"
MTH = "mathema.ro"
MTH_FZ = (
    "https://mathema.ro/memorator/algebra/transformarea-unei-fractii-ordinare-in-fractie-zecimala"
)
PSEO = "onehourindexing01.prideseotools.com"
PSEO_DEC = "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fsv.m.wikipedia.org%2Fwiki%2FDecimalutveckling"
# sources of bench/equiv_fresh106_a2.py
QAV = "fa.qa.edu.vn"
QAV_TR = "https://fa.qa.edu.vn/tr/0,999..."
HUW = "hu.wikipedia.org"
HUW_0999 = "https://hu.wikipedia.org/wiki/0,999…?oldformat=true"
FIW = "fi.m.wikipedia.org"
FIW_0999 = "https://fi.m.wikipedia.org/wiki/0,999..."
FID = "dumps.wikimedia.your.org"
FID_2006 = (
    "https://dumps.wikimedia.your.org/other/static_html_dumps/December_2006/fi/wikipedia-fi-html.7z"
)
LIC = "liceunet.ro"
LIC_INT = "https://liceunet.ro/memorator-matematica-clasa-8/algebra/intervale-de-numere-reale"
GYL = "opslagsvaerker.gyldendal.dk"
GYL_INT = "http://opslagsvaerker.gyldendal.dk/en/OpslagsvaerkerVirtuelle/MatLex/I/Interval.aspx"
RUB = "www.rubiks.nu"
RUB_DA = "http://www.rubiks.nu/raknapadanska"
KIK = "www.kikkenborg-rossel.dk"
KIK_TAL = "https://www.kikkenborg-rossel.dk/underlige-danske-talord/"
SVD = "blog.svd.se"
SVD_DA = "http://blog.svd.se/sprak/2011/06/20/danska-1%E2%80%93100-pa-tio-minuter/"
ARA = "www.arabeskacademy.com"
ARA_TAL = "https://www.arabeskacademy.com/talord-2"
RIL = "sv.rilpedia.org"
RIL_DEC = "https://sv.rilpedia.org/wiki/Decimaltecken"
WEBM = "www.webbmatte.se"
WEBM_2530 = "http://www.webbmatte.se/display_page.php?language=pol&HeadLanguage=sv&id=154&on_menu=820&page_id_to_fetch=2530&lang=polish&no_cache=1517917255"
KTO = "kielitoimistonohjepankki.fi"
KTO_DES = "https://kielitoimistonohjepankki.fi/ohje/luvut-ja-numerot-desimaaliluvut/"
VISK = "scripta.kotus.fi"
VISK_783 = "http://scripta.kotus.fi/visk/sisallys.php?c=12&p=783"
EUP = "publications.europa.eu"
EUP_NUM = "https://publications.europa.eu/code/fi/fi-4100200fi.htm"
LUN = "www.luntti.net"
LUN_DES = "http://www.luntti.net/ylakoulu/desimaaliluvut_pyoristyssaannot.php"
WMS = "wiki.math.se"
WMS_ROT = "http://wiki.math.se/wikis/sf0600_0701/index.php?title=3.1_R%C3%B6tter&diff=170&oldid=169"
ALK = "www.allakando.se"
ALK_BRAK = "https://www.allakando.se/guider/braktal/"
MBOK = "matteboken.se"
MBOK_HP22 = "https://matteboken.se/lektioner/hogskoleprov/ht-2014/kva-provpass-2/uppgift-22"
MTD = "matted.se"
MTD_TRIG = "http://matted.se/exakta-trigonometriska-varden.php"

CASES = [
    # mathbusters.net 'fra desimal til brøk': Norwegian worked answers (Løsningsforslag), decimal = fraction
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{1}{5}",
        pred=r"0,2",
        wrap=True,
        expected=True,
        why=r"Oppgave 1 Løsningsforslag: '0,2=\frac{2}{10}=\frac{1}{5}'",
    ),
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{3}{4}",
        pred=r"0,75",
        wrap=True,
        expected=True,
        why=r"Oppgave 2 Løsningsforslag: '0,75&=\frac{75}{100} ... &=\frac{3}{4}'",
    ),
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{1}{50}",
        pred=r"0,02",
        wrap=True,
        expected=True,
        why=r"Oppgave 2 Løsningsforslag: '0,02&=\frac{2}{100}\\&=\frac{1}{50}'",
    ),
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{5}{4}",
        pred=r"1,25",
        wrap=True,
        expected=True,
        why=r"Oppgave 3 Løsningsforslag: '1,25&=\frac{125}{100} ... &=\frac{5}{4}'",
    ),
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{1}{10}",
        pred=r"0,100",
        wrap=True,
        expected=True,
        why=r"Oppgave 3 Løsningsforslag: '0,100&=0,1\\&=\frac{1}{10}'",
    ),
    _c(
        MBN,
        MBN_FD,
        gold=r"\frac{1}{1000}",
        pred=r"0,001",
        wrap=True,
        expected=True,
        why=r"Oppgave 3 Løsningsforslag: '0,001&=\frac{1}{1000}'",
    ),
    # matematikk.org Oraklet tid=89133: '0,2*0,2 blir 0,04 ikke 4,00'
    _c(
        MORG,
        MORG_89133,
        gold=r"0,04",
        pred=r"4,00",
        wrap=True,
        expected=False,
        why=r"title: '0,2*0,2 blir 0,04 ikke 4,00'; 'Du hevder at 0,20,2 burde bli 4,00. Hvordan kan dette stemme?'",
    ),
    _c(
        MORG,
        MORG_89133,
        gold=r"0,04",
        pred=r"4 hundredeler",
        wrap=True,
        expected=True,
        why=r"'Siden 4 av 100 småkvadrater er skravert gir det et areal på 4 hundredeler = 0,04.'",
    ),
    # gyakorikerdesek.hu 10082247: the repeating decimal 0,1313... as a common fraction
    _c(
        GYK,
        GYK_10082247,
        gold=r"13/99",
        pred=r"0,13131313...",
        wrap=True,
        expected=True,
        why=r"'0,13131313... = x ... 13/99 = x'; 'Tehát 13/99 a keresett közönséges tört.'",
    ),
    _c(
        GYK,
        GYK_10082247,
        gold=r"10/99",
        pred=r"0,10101010...",
        wrap=True,
        expected=True,
        why=r"answer's list: '10/99=0,10101010...'",
    ),
    # gyakorikerdesek.hu 12146925: 3,6757575... and 0,91349134... as quotients of integers
    _c(
        GYK,
        GYK_12146925,
        gold=r"1213/330",
        pred=r"3,6757575...",
        wrap=True,
        expected=True,
        why=r"'A = 3,6757575...' ... 'A = 36390/9900, ami 30-cal egyszerűsítve 1213/330.'",
    ),
    _c(
        GYK,
        GYK_12146925,
        gold=r"9134/9999",
        pred=r"0,9134913491349134...",
        wrap=True,
        expected=True,
        why=r"'Innen pl. 0,9134913491349134... = 9134/9999 :)'",
    ),
    # gyakorikerdesek.hu 7425840: worked example written with a decimal point
    _c(
        GYK,
        GYK_7425840,
        gold=r"387196/9999",
        pred=r"38.723472347234723472347234....",
        wrap=True,
        expected=True,
        why=r"'Nézzünk egy példát: 38.723472347234723472347234.... ... A keresett tört: 387196/9999'",
    ),
    # matte1b.mathonline.se '1 1.1 Lösning 13a' (Swedish worked solution)
    _c(
        MOL,
        MOL_13A,
        gold=r"\frac{1}{3}",
        pred=r"0,33333 \ldots",
        wrap=True,
        expected=True,
        why=r"'Vi betecknar talet 0,33333 \ldots (utan avrundning) med x' ... 'x = \frac{1}{3}'; '\[x = \frac{1}{3} \Leftrightarrow 0,333...\]'",
    ),
    # matematikvideo.se 'Stämmer det att 0,999… = 1?'
    _c(
        MVID,
        MVID_0999,
        gold=r"1",
        pred=r"0,999…",
        wrap=True,
        expected=True,
        why=r"'i det här fallet så stämmer det faktiskt!' ... 'dvs $ 1 = 0,999…. $'",
    ),
    # formelsamlingen.se (Mattecentrum) 'Olika typer av intervall': Swedish reversed brackets
    _c(
        FSAM,
        FSAM_INT,
        gold=r"]a, b[",
        pred=r"(a, b)",
        wrap=True,
        expected=True,
        why=r"'\( ]a, b[ = (a, b) \) är ett öppet intervall där ändpunkterna inte ingår'",
    ),
    _c(
        FSAM,
        FSAM_INT,
        gold=r"[a, b[",
        pred=r"[a, b)",
        wrap=True,
        expected=True,
        why=r"'\( [a, b[ = [a, b) \) är ett halv öppet intervall där inte ändpunkten b ingår'",
    ),
    _c(
        FSAM,
        FSAM_INT,
        gold=r"]a, b]",
        pred=r"(a, b]",
        wrap=True,
        expected=True,
        why=r"'\( ]a, b] = (a, b] \) är ett halv öppet intervall där inte ändpunkten a ingår'",
    ),
    # hpu.dk 'Brøker': Danish division sign, and a rounded decimal that is not the fraction
    _c(
        HPU,
        HPU_BROK,
        gold=r"\frac{2}{3}",
        pred=r"2 : 3",
        wrap=True,
        expected=True,
        why=r"'Eksemplet med \frac{2}{3} repræsenterer således 2 : 3'",
    ),
    _c(
        HPU,
        HPU_BROK,
        gold=r"\frac{2}{3}",
        pred=r"0,6667",
        wrap=True,
        expected=False,
        why=r"'udtrykt som decimalbrøk er ca. 0,6667 - dette tal kan faktisk ikke skrives helt præcist som et decimaltal'",
    ),
    # mathema.ro memorator 'Transformarea unei fracții ordinare în fracție zecimală' (Romanian; period in round brackets)
    _c(
        MTH,
        MTH_FZ,
        gold=r"0{,}25",
        pred=r"\frac{1}{4}",
        wrap=True,
        expected=True,
        why=r"Exemple: '\({\frac{1}{4}}\) \({= 0{,}25}\)'",
    ),
    _c(
        MTH,
        MTH_FZ,
        gold=r"4{,}625",
        pred=r"\frac{37}{8}",
        wrap=True,
        expected=True,
        why=r"Exemple: '\({\frac{37}{8}}\) \({= 4{,}625}\)'",
    ),
    _c(
        MTH,
        MTH_FZ,
        gold=r"0{,}(3)",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=True,
        why=r"'Perioada se scrie între paranteze rotunde.' Exemple: '\({\frac{1}{3}}\) \({= 0{,}(3)}\)'",
    ),
    _c(
        MTH,
        MTH_FZ,
        gold=r"6{,}(461538)",
        pred=r"\frac{84}{13}",
        wrap=True,
        expected=True,
        why=r"Exemple: '\({\frac{84}{13}}\) \({ = 6{,}(461538)}\)'",
    ),
    _c(
        MTH,
        MTH_FZ,
        gold=r"3{,}8(3)",
        pred=r"\frac{23}{6}",
        wrap=True,
        expected=True,
        why=r"periodic mixed: '\({\frac{23}{6}}\) \({ = 3{,}8(3)}\)'",
    ),
    # prideseotools proxy copy of sv.wikipedia 'Decimalutveckling'
    _c(
        PSEO,
        PSEO_DEC,
        gold=r"-7/3",
        pred=r"-2,333333...",
        wrap=True,
        expected=True,
        why=r"'Till exempel har -7/3 (den oändliga) decimalutvecklingen -2,333333...'",
    ),
    _c(
        PSEO,
        PSEO_DEC,
        gold=r"1/8",
        pred=r"0,124999999...",
        wrap=True,
        expected=True,
        why=r"'Talet 1/8 har två decimalutvecklingar, dels en ändlig (0,125) och dels en oändlig (0,124999999...'",
    ),
]

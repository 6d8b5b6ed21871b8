r"""A seventy-seventh fresh set of answer-equivalence cases (evaluation only; helper "b": answer
keys, teachers' worked answers, textbook keys and lessons in Swedish, Norwegian, Danish, Finnish
and Thai where a page states that two forms of an answer are the same -- decimal commas, percent
signs and percent words, "hundradelar", mixed numbers written "3 (hela) 4/5", lengths in mm, dm
and m, Thai numerals and number words, "ร้อยละ" -- or says that a form is not the answer: the
classic "procent" versus "procentenhet/prosentpoeng/prosenttiyksikkö" refusals).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh77_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page says is not the answer; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt, from the page's beginning) was read. Do not tune the judge on these
cases. Continued in bench/equiv_fresh77_b2.py and bench/equiv_fresh77_b3.py (same rules; their
sources are listed below too).

Transcription: strings are copied as the stored excerpt shows them: decimal commas ("0,0834",
"57,1 %"), decimal points where the page has them (Thai pages: "0.44", "3.4"), the page's own
spacing before "%" ("60 %" and "75%" on the same Finnish page, "25%" on studienet), thousands
commas inside LaTeX (``\dfrac{2,000}{100}``), thin spaces in LaTeX (``\frac{100\,kr}{500\,kr}``),
Thai numerals ("๑๒") and words ("สิบสอง", "ร้อยละ 57", "50 จาก 100"), Swedish "2 (hela) 1/3" and
"12 hundradelar", Finnish "%-yksikköä". Inline-math delimiters ``$ $`` and ``$$ $$`` are dropped
and the LaTeX inside kept; in studienet's ``align*`` chains the members between "&=" and
"\\[1em]" are taken. Rule for chains ("A = B = ... = Z"): the form the exercise or the page's
own answer line gives (studienet's "Facit", matteboken's "ökat med 20 %", the last member
of ollevejde's chains) is the gold and each other numeric member a True prediction; members that
are computations with operators (matteboken's ``0,05\cdot 10\,000\,kr``) are not taken, plain
fractions are. Conversion exercises ("Skriv tala som prosent. a) 0,50", fasit "a) 50 %"; "60 %
desimaalilukuna. 60 % = 0,60"; "2/10 แปลงเป็นทศนิยมได้ 0.2") take the asked-for form as gold
and the given form as pred. Refusals ("inte med 1 %", "ikke på 2%", "ei ole 10 prosenttia",
"väärin sanoa ... 5 prosenttia", "a) väärin") are expected=False against the form the page
gives as right. Readings, each noted in ``why``: the anyflip key prints each number, its Thai
numeral and its Thai word in a row, read as three forms of one number; jeopardylabs' "1/13 (det
samme som 4/52)" gives the second form in brackets.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.kotus.fi kuukauden kielijuttu "Prosentti ja prosenttiyksikkö" (55 % against 45 %: "kaksi
  vastausta, mutta kumpikaan niistä ei ole 10 prosenttia" -- "10 prosenttiyksikköä", "noin 22
  prosenttia"). 2 cases (2 False).
- opinnot.net kokonaisuudet id_kokon=269 "Prosenttiyksikkö" ("5 prosenttiyksikköä
  (%-yksikköä)"; "väärin sanoa ... 5 prosenttia ... 100 prosenttia suurempi"). 3 cases (2 False).
- www.matematikk.org artikkel tid=154303 "Prosentpoeng" ("2,5%, ikke på 2%"; "Det riktige ville
  vært ... 2 prosentpoeng"; "1 av 4 ... =25%"). 3 cases (2 False).
- matteboken.se skolår 8 "Procentenheter" ("ökat med 1 procentenhet, inte med 1 %", "en ökning
  ... med 20 %", "\frac{100\,kr}{500\,kr}=\frac{1}{5}=0,2=20\,\%"). 5 cases (2 False).
- www.matteboken.se Matte 1 "Procentenheter" ("\frac{5}{25} = \frac{1}{5} = 0,2 = 20\%"; "stor
  skillnad mellan ... 20 procent ... och ... 20 procentenheter"). 2 cases (1 False).
- docplayer.fi 108867898 "Prosenteilla vertaaminen" (teacher's material: "se kasvoi 0,05
  prosenttiyksikköä" -- "a) väärin: muutos = 5 prosenttiyksikköä"). 1 case (1 False).
- jeopardylabs.com play/fvu-matematik-trin-1 (Danish quiz: "1/13 (det samme som 4/52)", "1/3 (det
  samme som 4/12)"). 2 cases.
- docplayer.me 39032139 Gulbrandsen/Melhus "Fasit Grunnbok 9A" ("A 17 a) 40 mm, 0,4 dm, 0,04 m
  osv b) 41 mm, 0,41 dm, 0,041 m osv"). 4 cases.
- www.studienet.dk FP9 maj 2022 uden hjælpemidler (1.3 Facit "25%", chain \frac{50}{200} ...
  0,25 ... 25 \%) and maj 2023 med hjælpemidler (1.2 "250 g, dvs. 0,25 kg"). 4 + 1 cases.

Sources of bench/equiv_fresh77_b2.py:

- ollevejde.se matteord/procent.htm (Swedish glossary: "0,12 = 12 hundradelar = 12 procent = 12
  %", "0,0095 = 0,95 hundradelar = ...", "1,5 = 1,50 = 150 hundradelar = ...", "0,25 skrivs som
  25 % (25 procent)", "2/5 = 0,40 = 40 procent", "10/50 = 0,20 = 20 procent", "20 000/200 000 =
  0,10 = 10 hundradelar = 10 %"). 19 cases.
- docplayer.fi 70983685 "Tehtävien ratkaisut" (Finnish worked answers: "60 % = 0,60", "57,1 % =
  0,571", "62,5 % = 0,625", "= 0,4 = 40%", "= 0,04 = 4 %"). 9 cases.
- ndla.no (nn) resource 116806 "Prosentrekning" (exercises 1.11.1-1.11.4 with "vis fasit": "Skriv
  tala som prosent. d) 0,0012" -- "d) 0,12 %"; "Skriv som desimaltal. d) 0,085 %" -- "d)
  0,00085"). 19 cases.

Sources of bench/equiv_fresh77_b3.py:

- abcdocz.com doc 2964504 "Repetition bråk åk 7" (Swedish FACIT: "4/8=1/2", "3 (hela) 4/5= 19/5",
  "7/3 = 2 (hela) 1/3", "2 (hela) 2/5 (alltså 2 2/5)", "1,5:4,5 =1:3", "68/100=0,68 34/50=0,68
  17/25=0,68"). 8 cases.
- thaiedujobs.com lessons/elementary/math/exercise/19 (Thai key: "ข้อใดมีค่าเท่ากับร้อยละ 44" --
  "\dfrac{44}{100}=...=\dfrac{11}{25}", "\dfrac{44}{100}=0.44"; "\dfrac{2,000}{100}=20",
  "\dfrac{5,200}{100}=52"). 5 cases.
- www.thaiedujobs.com lessons/elementary/math/content/19 (Thai lesson: "50% หมายถึง 50 จาก 100
  หรือ \dfrac{50}{100}", "\dfrac{57}{100} = 57% หรือ ร้อยละ 57"). 6 cases.
- anyflip.com xoqau/ejqz basic/501-550 (Thai grade 1 workbook key: rows "11 ๑๑ ...", "12 ๑๒
  สิบสอง", ... "20 ๒๐ ..."). 13 cases.
- www.mathmyself.com M1/P6/42 (Thai "เศษส่วนกับทศนิยม": "2/10 แปลงเป็นทศนิยมได้ 0.2" ... "17/5
  แปลงเป็นทศนิยมได้ 3.4"). 5 cases.

111 cases in all (10 False): 27 here (10 False), 47 in bench/equiv_fresh77_b2.py (0 False), 37
in bench/equiv_fresh77_b3.py (0 False).

Left out, by rule: accepted ranges and rounded values (studienet maj 2022 1.3 "Det er også korrekt
at svare 25,1% eller et andet tal mellem 25% og 25,9%"; the Gulbrandsen key's "0,0136 mm ≈ 0,01 mm";
peda.net's "0,333... \approx 33 \%"); equalities the page writes for a truncated decimal (abcdocz
2964504's "2/3=0,66" and "4/6 = 0,66"); forms whose fraction bars, equals signs or superscripts the
text conversion lost or stacked (docplayer.fi 108867898's "a) 0,25 25% b) 0,2 20 %", its "c) väärin:
0, %"; matematikk.org's "14=125425=25100"; ndla's "590,556=55,6 %"; the anyflip key's garbled words
"สบิ เอด็", "สบิ สี่", "สิบหา" (tone mark lost), "ยส่ี บิ"); computations with operators
(matteboken's interest chain, thaiedujobs' "\dfrac{30\times100}{50}= 60", studienet's "\frac{20 -
15}{20}"); pairs of two correct but different measures that the page does not rank as one answer
("20 prosenttia mutta 2 prosenttiyksikköä", "2 procentenheter ... men 40 procent", "5 euro eller med
50 procent"); multiple-choice distractors that no line refuses; exact repeats of a pair already
taken from another page (matteboken Matte 1's "\frac{1}{5}" and "0,2" against "20 %", docplayer.fi
70983685's "0,25" against "25%", ndla's 1.11.1 d) "0,12" against "12 %").

Examined and not used: studienet.dk FP9 maj 2021 uden hjælpemidler (claimed; its 1.3 chain
"\frac{5}{20} = \frac{1}{4} = 25%" repeats the maj 2022 pairs) and maj 2019 / december 2021 /
december 2022 (single facit forms); 5dok.org Swedish "bedömningsanvisningar" (q2n6mv2r, y6eoj8k4,
zgwdg0k2, y4wjg475: minus signs, superscripts and fraction bars lost, e.g. "Även uttrycket 5 n3( 1)
bedöms som ett korrekt svar", "1,8 g/cm 3"); yumpu 20377729 (Swedish "Rätt svar kan skrivas på
många olika sätt", its fractions stacked); tiedostot.ylioppilastutkinto.fi grading instructions
and 9pdf.co MAB 2017 (only the general grading text is in the excerpt); veien.verket.me, the
matematikk.net Skf95 feed and houseofmath (used by earlier sets); thaiedujobs exercises 6, 11, 13,
17, 18 (no equivalence, or used before); psebsolutions Ex 4.7 and tiwariacademy (used before);
rbsesolutions class 7 chapter 2 in Hindi (multiple choice only); hsslive Bihar class 7 chapter 3
(its key is misaligned: "5.60 एवं 5.61 बड़ी संख्या = 5.7"); machine-written or machine-translated
pages (goodwin.crimea.ua, uk.sofiawest.com, milestoblog.com, svaren.nu, designovation.dk,
isolution.pro, radyomx.com, mwade3.com, porsan.app, taraz.org AI answers); Arabic and Persian
pages whose excerpts were titles only or calculators (njah.org, q8-online.com, emirates-school.com,
nemsal.com, calculator.io, urwatools.com, do-calculate.com); Greek textbook copies whose encoding
was lost (issuu, fdocument.org, docstoc, scribd) and Ukrainian pages with one answer form only
(the slideshare ZNO 2019 key, 11gdz.com.ua, shkola.obozrevatel.com); kielikello.fi,
prosenttilaskuri.fi, praktisk-procentregning.dk, mediesprak.fi and webbmatte's "5.1
Procentenheter" (no refused or second form of one answer); kerckhoffs.schaathun.net (fractions
lost); matematikk.org tid=67227 (an older copy of the tid=154303 article); math.matrees.ir
(a Persian walk-through in words only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KOT = "www.kotus.fi"
KOT_PY = (
    "https://www.kotus.fi/nyt/kolumnit_artikkelit_ja_esitelmat/kuukauden_kielijuttu_(2003_2011)/"
    "prosentti_ja_prosenttiyksikko"
)
OPN = "opinnot.net"
OPN_269 = "https://opinnot.net/kokonaisuudet/index.php?id_kokon=269"
MORG = "www.matematikk.org"
MORG_PP = "https://www.matematikk.org/artikkel.html?tid=154303&within_tid=154299"
MBK = "matteboken.se"
MBK_8 = "https://matteboken.se/lektioner/skolar-8/procent/procentenheter"
MBKW = "www.matteboken.se"
MBK_1 = "https://www.matteboken.se/lektioner/matte-1/procent/procentenheter"
DPF = "docplayer.fi"
DPF_108 = "http://docplayer.fi/108867898-Prosenteilla-vertaaminen.html"
JEO = "jeopardylabs.com"
JEO_FVU = "https://jeopardylabs.com/play/fvu-matematik-trin-1"
DPM = "docplayer.me"
DPM_9A = "http://docplayer.me/39032139-Jan-erik-gulbrandsen-arve-melhus.html"
STN = "www.studienet.dk"
STN_22 = (
    "https://www.studienet.dk/fp9-matematik/besvarelser-til-gamle-opgavesaet/maj-2022/"
    "uden-hjaelpemidler"
)
STN_23 = (
    "https://www.studienet.dk/fp9-matematik/besvarelser-til-gamle-opgavesaet/maj-2023/"
    "med-hjaelpemidler"
)
# sources of bench/equiv_fresh77_b2.py
OLV = "ollevejde.se"
OLV_PRO = "http://ollevejde.se/matteord/procent.htm"
DPF_709 = "https://docplayer.fi/70983685-Tehtavien-ratkaisut-luku.html"
NDLA = "ndla.no"
NDLA_PRO = (
    "https://ndla.no/nn/subject:1:ffe90e5e-d2c0-4def-8af3-07d9356a44dc/"
    "topic:2:861428a6-b61b-49d9-a88e-5208a91a3f84/topic:5:1:191807/resource:1:116806"
)
# sources of bench/equiv_fresh77_b3.py
ABC = "abcdocz.com"
ABC_BRAK = "https://abcdocz.com/doc/2964504/repetition-br%C3%A5k-%C3%A5k-7"
TEJ = "thaiedujobs.com"
TEJ_E19 = "https://thaiedujobs.com/lessons/elementary/math/exercise/19"
TEJW = "www.thaiedujobs.com"
TEJ_C19 = "https://www.thaiedujobs.com/lessons/elementary/math/content/19"
ANY = "anyflip.com"
ANY_XO = "https://anyflip.com/xoqau/ejqz/basic/501-550"
MMS = "www.mathmyself.com"
# the stored address ends in 48 percent-encoded replacement characters (U+FFFD) and ".htm"
MMS_42 = "https://www.mathmyself.com/M1/P6/42/" + "%EF%BF%BD" * 48 + ".htm"

CASES = [
    # kotus.fi 'Prosentti ja prosenttiyksikkö': neither answer is '10 prosenttia'
    _c(
        KOT,
        KOT_PY,
        gold=r"10 prosenttiyksikköä",
        pred=r"10 prosenttia",
        wrap=True,
        expected=False,
        why=r"'Kysymykseen on kaksi vastausta, mutta kumpikaan niistä ei ole 10 prosenttia'",
    ),
    _c(
        KOT,
        KOT_PY,
        gold=r"noin 22 prosenttia",
        pred=r"10 prosenttia",
        wrap=True,
        expected=False,
        why=r"'ero ei ... ole 10 prosenttia ... Ilkka sai siis noin 22 prosenttia enemmän ääniä'",
    ),
    # opinnot.net id_kokon=269 'Prosenttiyksikkö': '%-yksikkö'; 'väärin sanoa ... 5 prosenttia'
    _c(
        OPN,
        OPN_269,
        gold=r"5 prosenttiyksikköä",
        pred=r"5 %-yksikköä",
        wrap=True,
        expected=True,
        why=r"'10 % − 5 % = 5 prosenttiyksikköä (%-yksikköä)'",
    ),
    _c(
        OPN,
        OPN_269,
        gold=r"5 prosenttiyksikköä",
        pred=r"5 prosenttia",
        wrap=True,
        expected=False,
        why=r"'on väärin sanoa, että «Kallen palkankorotus oli 5 prosenttia ... suurempi»'",
    ),
    _c(
        OPN,
        OPN_269,
        gold=r"100 prosenttia",
        pred=r"5 prosenttia",
        wrap=True,
        expected=False,
        why=r"'väärin sanoa ... 5 prosenttia ... korotus oli ... 100 prosenttia suurempi'",
    ),
    # matematikk.org tid=154303 'Prosentpoeng': 80 % to 82 % is 2,5 %, not 2 %; say 2 prosentpoeng
    _c(
        MORG,
        MORG_PP,
        gold=r"2,5%",
        pred=r"2%",
        wrap=True,
        expected=False,
        why=r"'En økning fra 80 % til 82 % er derfor på 2,5%, ikke på 2%.'",
    ),
    _c(
        MORG,
        MORG_PP,
        gold=r"2 prosentpoeng",
        pred=r"2%",
        wrap=True,
        expected=False,
        why=r"'«økte med 2%» ... Det riktige ville vært å si ... «økte med 2 prosentpoeng»'",
    ),
    _c(
        MORG,
        MORG_PP,
        gold=r"25%",
        pred=r"1 av 4",
        wrap=True,
        expected=True,
        why=r"'Hvor mange prosent er 1 av 4? ... =25%.' (the fraction steps between are flattened)",
    ),
    # matteboken.se skolår 8 'Procentenheter': 5 % to 6 % is 1 procentenhet, not 1 %; it is 20 %
    _c(
        MBK,
        MBK_8,
        gold=r"1 procentenhet",
        pred=r"1 %",
        wrap=True,
        expected=False,
        why=r"'Räntesatsen har alltså ökat med 1 procentenhet, inte med 1 %.'",
    ),
    _c(
        MBK,
        MBK_8,
        gold=r"20 %",
        pred=r"1 %",
        wrap=True,
        expected=False,
        why=r"'inte med 1 %. En ökning ... från 5 % till 6 % är i själva verket en ökning ... med 20 %.'",
    ),
    _c(
        MBK,
        MBK_8,
        gold=r"20 %",
        pred=r"\frac{100\,kr}{500\,kr}",
        wrap=True,
        expected=True,
        why=r"'andelen=\frac{delen}{det\,hela}=\frac{100\,kr}{500\,kr}=\frac{1}{5}=0,2=20\,\%'",
    ),
    _c(
        MBK,
        MBK_8,
        gold=r"20 %",
        pred=r"\frac{1}{5}",
        wrap=True,
        expected=True,
        why=r"'=\frac{100\,kr}{500\,kr}=\frac{1}{5}=0,2=20\,\%' ('ökat med 20 %')",
    ),
    _c(
        MBK,
        MBK_8,
        gold=r"20 %",
        pred=r"0,2",
        wrap=True,
        expected=True,
        why=r"'=\frac{1}{5}=0,2=20\,\%' ('Räntesatsen har alltså ökat med 20 %')",
    ),
    # matteboken.se Matte 1 'Procentenheter': 25 % to 20 % is a fall of 20 %, not 20 procentenheter
    _c(
        MBKW,
        MBK_1,
        gold=r"20 %",
        pred=r"\frac{5}{25}",
        wrap=True,
        expected=True,
        why=r"'\frac{5}{25} = \frac{1}{5} = 0,2 = 20\%' ('en procentuell minskning ... med 20 %')",
    ),
    _c(
        MBKW,
        MBK_1,
        gold=r"20 procent",
        pred=r"20 procentenheter",
        wrap=True,
        expected=False,
        why=r"'stor skillnad mellan att säga ... tappat 20 procent ... och ... 20 procentenheter'",
    ),
    # docplayer.fi 108867898 'Prosenteilla vertaaminen': 20 % to 25 % is not 0,05 units
    _c(
        DPF,
        DPF_108,
        gold=r"5 prosenttiyksikköä",
        pred=r"0,05 prosenttiyksikköä",
        wrap=True,
        expected=False,
        why=r"'se kasvoi 0,05 prosenttiyksikköä.' key: 'a) väärin: muutos = 5 prosenttiyksikköä'",
    ),
    # jeopardylabs fvu-matematik-trin-1 (Danish adult-education quiz): 'det samme som'
    _c(
        JEO,
        JEO_FVU,
        gold=r"1/13",
        pred=r"4/52",
        wrap=True,
        expected=True,
        why=r"'Hvor stor en brøkdel af kortspillet er enere?' '1/13 (det samme som 4/52)'",
    ),
    _c(
        JEO,
        JEO_FVU,
        gold=r"1/3",
        pred=r"4/12",
        wrap=True,
        expected=True,
        why=r"'Hvor stor en brøkdel af opvasken er tallerkner?' '1/3 (det samme som 4/12)'",
    ),
    # docplayer.me 39032139 'Fasit Grunnbok 9A' (Norwegian key): one length in three units
    _c(
        DPM,
        DPM_9A,
        gold=r"40 mm",
        pred=r"0,4 dm",
        wrap=True,
        expected=True,
        why=r"'A 17 a) 40 mm, 0,4 dm, 0,04 m osv'",
    ),
    _c(
        DPM,
        DPM_9A,
        gold=r"40 mm",
        pred=r"0,04 m",
        wrap=True,
        expected=True,
        why=r"'A 17 a) 40 mm, 0,4 dm, 0,04 m osv'",
    ),
    _c(
        DPM,
        DPM_9A,
        gold=r"41 mm",
        pred=r"0,41 dm",
        wrap=True,
        expected=True,
        why=r"'b) 41 mm, 0,41 dm, 0,041 m osv'",
    ),
    _c(
        DPM,
        DPM_9A,
        gold=r"41 mm",
        pred=r"0,041 m",
        wrap=True,
        expected=True,
        why=r"'b) 41 mm, 0,41 dm, 0,041 m osv'",
    ),
    # studienet.dk FP9 maj 2022 uden hjælpemidler 1.3 (Facit '25%', worked chain)
    _c(
        STN,
        STN_22,
        gold=r"25%",
        pred=r"\frac{50}{200}",
        wrap=True,
        expected=True,
        why=r"Facit '25%'; 'Løsning ... \frac{50}{200} &= \frac{5}{20} ... &= 25 \%'",
    ),
    _c(
        STN,
        STN_22,
        gold=r"25%",
        pred=r"\frac{5}{20}",
        wrap=True,
        expected=True,
        why=r"Facit '25%'; '\frac{50}{200} &= \frac{5}{20} \\[1em] &= \frac{1}{4}'",
    ),
    _c(
        STN,
        STN_22,
        gold=r"25%",
        pred=r"\frac{1}{4}",
        wrap=True,
        expected=True,
        why=r"Facit '25%'; '&= \frac{1}{4} \\[1em] &= 0,25 \\[1em] &= 25 \%'",
    ),
    _c(
        STN,
        STN_22,
        gold=r"25%",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why=r"Facit '25%'; '&= 0,25 \\[1em] &= 25 \%'",
    ),
    # studienet.dk FP9 maj 2023 med hjælpemidler 1.2
    _c(
        STN,
        STN_23,
        gold=r"0,25 kg",
        pred=r"250 g",
        wrap=True,
        expected=True,
        why=r"'Vi får oplyst, at bakken med blåbær vejer 250 g, dvs. 0,25 kg.'",
    ),
]

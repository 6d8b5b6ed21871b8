r"""A sixty-second fresh set of answer-equivalence cases (evaluation only; helper "e": school maths
answer pages in Swedish, Norwegian, Danish, Finnish, Czech and Slovak -- worked solutions, textbook
summaries, teachers' pages and transcripts that give one answer in several forms (decimal commas,
fractions, percents, kronor and öre, litres and millilitres, number words) or that say a form is
not the answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh57_claims ... fresh61_claims; each page was
claimed in /work/wt/fresh62_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page says is smaller or is not what the answer means; always a bare answer to be put in
``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with
no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt, from the page's beginning) was read. Do not tune the
judge on these cases. Continued in bench/equiv_fresh62_e2.py (same rules; its sources are listed
below too).

Transcription: strings are copied as the stored excerpt shows them: decimal commas ("0,02",
"82,5 %", "10,08 l"), the page's own spacing before "%" ("2 %" on opinnot and megym, "20%" on
slideplayer and houseofmath), thin groupings as printed ("10 080 ml"), Czech "1 a 4/5" and
"7 děleno 8", Swedish "6 kr 50 öre", Slovak "štvrtina", Danish "36 hundrededele". LaTeX is kept as
LaTeX (opetus.wiki's ``0{,}07`` and ``\frac{7}{100}``; skolaposkole's ``(x-1)^{2}`` and
``\frac{100 . 160}{25}``, whose ". " is the page's multiplication dot); the ``\ `` spacing around
"=" on opetus.wiki, skolaposkole's ``\large`` and the ``\mathbf{...}`` around its result are
dropped. Rule for worked chains ("A = B = ... = Z"): the member the page ends on (or the form an
exercise asks for) is the gold and each earlier member a True prediction; members that are
fractions stacked over two lines by the text conversion (opinnot, 5dok, houseofmath, slideplayer's
"Bråkform" column) are left out, their neighbours kept. In ``why`` such stacked fractions are
written a/b for readability (houseofmath's are quoted flattened, "7 1 100"). Where a page ranks
two values ("4/7 on pienempi kuin 2/3", "Ne 8 děleno 7"), the smaller or refused form is an
expected=False prediction against the other.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- opinnot.net kokonaisuudet id_kokon=88 (Finnish "Luvun muuttaminen prosenteiksi": "a) 0,02 =
  2/100 = 2 %" ... "g) 1 = 100/100 = 100 %", "i) 23 = 2300/100 = 2300 %"). 9 cases.
- opinnot.net kokonaisuudet id_kokon=90 ("Osuus prosentteina": "a) 3/5 = 0,6 = 60 %", "c) 100 m /
  1 km = 100 m / 1000 m = 0,1 = 10 %"). 2 cases.
- opetus.wiki matematiikka:prosentti (diff view of a Finnish teaching wiki; the line is the same
  in both revisions: "$1\%\ =\ \frac{1}{100}=0{,}01$", "$7\%\ =\ \frac{7}{100}=0{,}07$",
  "$15\%\ =\ \frac{15}{100}=0{,}15$"). 6 cases.
- slideplayer.se 1902732 (Swedish slides "PROCENT": "Var femte lott ger vinst. = 0,20 = 20%", "Ett
  av åtta ägg är brunt. = 0,125 = 12,5%" ...; "Så här räknar Jonas: 20% = 1/5 av 450 kr"). 7 cases.
- megym.wbl.sk percenta_a_desatinne_cisla.htm (Slovak teacher's page: "15 % .......... 0,15",
  "82,5 % ....... 0,825", "120 % ........ 1,2"). 5 cases.
- megym.wbl.sk bez_1_percenta.htm ("10 % je desatina z celku", "20 % je pätina", "25 % je
  štvrtina", "50 % je polovica z celku"). 4 cases.

Sources of bench/equiv_fresh62_e2.py:

- 5dok.org document zgwdrd6n (Liber "Matematik Beta, Sammanfattning kapitel 1": "en tiondel = 1/10 =
  0,1" ... "en femtedel = 1/5 = 0,2"; "1 öre = 0,01 kr 6 kr 50 öre = 6,50 kr 1 kr 5 öre = 1,05 kr").
  8 cases.
- khanovaskola.cz video 1963, 1964, 2898 (Czech Khan Academy transcripts: "59,2 % ... 0,592"; 30 %
  of 6: "180/100 ... 18/10 ... 9/5, což je stejné jako 1 a 4/5", "4/5 se dají zapsat jako 0,8",
  "1,8"; "7 z 8 a 7/8 je ta samá věc. To doslova znamená 7 děleno 8. Ne 8 děleno 7."). 1 + 5 + 3
  cases (1 False).
- www.mtvuutiset.fi artikkeli 9045426 (worked solutions to a live-TV maths quiz: "12/21 on pienempi
  kuin 14/21 eli 4/7 on pienempi kuin 2/3", "2/3 = 4/6", "10 080 ml = 10,08 l"). 6 cases (2 False).
- kursnavet.se ma1201 tre_basproblem.htm ("50/370 0,135 = 13,5%"). 1 case.
- skolaposkole.cz prijimaci-zkousky-ss/reseni-testu-1 (Czech entrance-test practice solutions: the
  chain ending in ``\mathbf{3x}``; "p = 25 % = 0,25"; the original price 640 Kč by "trojčlenka"
  and "vzorec"). 6 cases.
- www.houseofmath.com no/encyclopedia ... brok-desimaltall-og-prosent (Norwegian "Brøk, desimaltall
  og prosent", Eksempel 1-5: "20% = ... = 0,20 = 0,2", "0,75 = ... = 75%"). 6 cases.
- amara.org videos/Fv5F6CzKwxkw/da (Danish subtitles: "0,36 er det samme som 36 hundrededele",
  "3/10 er det samme som 30 hundrededele", "Svaret er derfor 9/25."). 3 cases.
- www.webbmatte.se display_page page_id_to_fetch=2558 ("7.4 Decimaltal i täljaren": "Svaret är 1 dm
  (0,1 m)."). 1 case.

73 cases in all (3 False): 33 here (0 False), 40 in bench/equiv_fresh62_e2.py (3 False).

Left out, by rule: members that are fractions stacked or flattened by the text conversion
(opinnot's "2/100", houseofmath's "20 100", 5dok's "1 10", slideplayer's fraction column,
pohodovamatematika.sk's "1% = = 0,01"); opinnot 90's "b) 4 kg/10 kg = 0,4 = 40 %" (the same pair
as opinnot 88's e)); slideplayer's worked "20 ∙ 4,50 = 90 kr" and its repeated "20% = 0,20";
approximations that are not equalities (5dok's "78 ≈ 80", "1,65 ≈ 1,7"; mtvuutiset's "Vastaus: n.
90 €" against "tarkka hinta 90,30 €"); skolaposkole's letter matches "--> C"; the truncated
khanovaskola 2898 division (its result is cut from the excerpt); opinnot 88's "0,666..." (joined
to 0,67 with no sign).

Examined and not used: ylioppilastutkinto.fi "Hyvän vastauksen piirteet" pages and 9pdf.co's MAB
2017 copy (only the general marking rules, such as "±1 merkitsevä numero ... kelpaa", are in the
stored excerpts); docplayer.hu, docplayer.se, docplayer.dk and docplayer.me marking guides and exam
papers (only the general instructions or lists of related documents are stored); readgur.com
CERMAT keys and scribd 556206745 (used by bench/equiv_fresh55_d.py); mathleaks.se (used by many
earlier sets); denik.cz and gist pufinek (single answers); docplayer.fi Numerotaito answers
(rounding tables); content farms and machine translations (katalemwacheshire.org sv/hu,
milestoblog.com, sv.techcodeview.com, whose "25 % som bråk är 5/4" is a misprint, cs.lamscience.com,
abcslovakia.sk, kobmeter.com, investeringarimwe.netlify.app); a vandalised sk.wikipedia diff;
hackmath.net calculator output; Polish and German pages (outside the topic's languages). No
Hungarian page with a settled answer was found in the excerpts.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

OPN = "opinnot.net"
OPN_88 = "https://opinnot.net/kokonaisuudet/index.php?id_kokon=88"
OPN_90 = "https://opinnot.net/kokonaisuudet/index.php?id_kokon=90"
OWK = "opetus.wiki"
OWK_PRO = "https://opetus.wiki/doku.php/matematiikka:prosentti?rev=1573812697&do=diff"
SLP = "slideplayer.se"
SLP_PRO = "https://slideplayer.se/amp/1902732"
MEG = "megym.wbl.sk"
MEG_PDC = "https://megym.wbl.sk/percenta_a_desatinne_cisla.htm"
MEG_B1 = "https://megym.wbl.sk/bez_1_percenta.htm"
# sources of bench/equiv_fresh62_e2.py
LIB = "5dok.org"
LIB_K1 = "https://5dok.org/document/zgwdrd6n-78-80-433-400-165-17.html"
KHS = "khanovaskola.cz"
KHS_1963 = (
    "https://khanovaskola.cz/video/52/22/1963-priklad-prevod-procent-na-desetinne-cislo"
    "?gclid=Cj0KCQjwx8fOBRD7ARIsAPVq-NkrRsnH9GZaWuKhjv4OOg41Lr4IzjGIye7mRFXD7HHZvPVG3gqEOdQaArUcEALw_wcB"
)
KHS_1964 = (
    "https://khanovaskola.cz/video/52/22/1964-priklad-vypocet-procentni-casti"
    "?gclid=Cj0KCQjwx8fOBRD7ARIsAPVq-NkrRsnH9GZaWuKhjv4OOg41Lr4IzjGIye7mRFXD7HHZvPVG3gqEOdQaArUcEALw_wcB"
)
KHS_2898 = (
    "https://khanovaskola.cz/video/52/22/2898-vyjadreni-zlomku-ve-forme-desetinneho-cisla-a-procenta"
    "?gclid=EAIaIQobChMI-oD1zYLT2gIVxp0bCh1RDgNFEAAYASAAEgItOfD_BwE"
)
MTV = "www.mtvuutiset.fi"
MTV_QZ = (
    "https://www.mtvuutiset.fi/artikkeli/juontaja-mikko-suursalmi-joutui-pistokokeeseen-suorassa-"
    "lahetyksessa-osaisitko-ratkaista-nama-laskutoimitukset/9045426"
)
KNV = "kursnavet.se"
KNV_TB = "https://kursnavet.se/kurser/ma1201/procent_mm/tre_basproblem.htm"
SPS = "skolaposkole.cz"
SPS_T1 = "https://skolaposkole.cz/prijimaci-zkousky-ss/reseni-testu-1"
HOM = "www.houseofmath.com"
HOM_BDP = (
    "https://www.houseofmath.com/no/encyclopedia/tall-og-maaling/brok-og-prosent/omgjoringer/"
    "brok-desimaltall-og-prosent"
)
AMA = "amara.org"
AMA_DA = "https://amara.org/videos/Fv5F6CzKwxkw/da/416724"
WBM = "www.webbmatte.se"
WBM_74 = (
    "http://www.webbmatte.se/display_page.php?language=pol&HeadLanguage=sv&id=154&on_menu=826"
    "&page_id_to_fetch=2558&lang=polish&no_cache=339647373"
)

CASES = [
    # opinnot.net id_kokon=88 (Finnish 'Luvun muuttaminen prosenteiksi': worked chains, fraction members stacked)
    _c(
        OPN,
        OPN_88,
        gold=r"2 %",
        pred=r"0,02",
        wrap=True,
        expected=True,
        why=r"'a) 0,02 = 2/100 = 2 %' (the fraction is stacked; decimal and percent members kept)",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"78 %",
        pred=r"0,78",
        wrap=True,
        expected=True,
        why=r"'b) 0,78 = 78/100 = 78 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"440 %",
        pred=r"4,4",
        wrap=True,
        expected=True,
        why=r"'c) 4,4 = 440/100 = 440 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"25 %",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why=r"'d) 1/4 = 0,25 = 25 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"40 %",
        pred=r"0,4",
        wrap=True,
        expected=True,
        why=r"'e) 2/5 = 0,4 = 40 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"67 %",
        pred=r"0,67",
        wrap=True,
        expected=True,
        why=r"'f) 2/3 = 0,666...0,67 = 67 %' (the rounded 0,67 equated with 67 %)",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"100 %",
        pred=r"1",
        wrap=True,
        expected=True,
        why=r"'g) 1 = 100/100 = 100 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"600 %",
        pred=r"6",
        wrap=True,
        expected=True,
        why=r"'h) 6 = 600/100 = 600 %'",
    ),
    _c(
        OPN,
        OPN_88,
        gold=r"2300 %",
        pred=r"23",
        wrap=True,
        expected=True,
        why=r"'i) 23 = 2300/100 = 2300 %'",
    ),
    # opinnot.net id_kokon=90 ('Osuus prosentteina': share as a decimal, then as a percent)
    _c(
        OPN,
        OPN_90,
        gold=r"60 %",
        pred=r"0,6",
        wrap=True,
        expected=True,
        why=r"'a) 3/5 = 0,6 = 60 %' (kolme viidestä)",
    ),
    _c(
        OPN,
        OPN_90,
        gold=r"10 %",
        pred=r"0,1",
        wrap=True,
        expected=True,
        why=r"'c) 100 m/1 km = 100 m/1000 m = 0,1 = 10 %' (sata metriä kilometristä)",
    ),
    # opetus.wiki matematiikka:prosentti (diff view; the same line on both sides): percent = fraction = decimal
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}01",
        pred=r"1\%",
        wrap=True,
        expected=True,
        why=r"'Yksi prosenssi kuvaa sadasosaa, eli $1\%\ =\ \frac{1}{100}=0{,}01$'",
    ),
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}01",
        pred=r"\frac{1}{100}",
        wrap=True,
        expected=True,
        why=r"'eli $1\%\ =\ \frac{1}{100}=0{,}01$'",
    ),
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}07",
        pred=r"7\%",
        wrap=True,
        expected=True,
        why=r"'Siis esimerkiksi $7\%\ =\ \frac{7}{100}=0{,}07$'",
    ),
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}07",
        pred=r"\frac{7}{100}",
        wrap=True,
        expected=True,
        why=r"'Siis esimerkiksi $7\%\ =\ \frac{7}{100}=0{,}07$'",
    ),
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}15",
        pred=r"15\%",
        wrap=True,
        expected=True,
        why=r"'ja $15\%\ =\ \frac{15}{100}=0{,}15$'",
    ),
    _c(
        OWK,
        OWK_PRO,
        gold=r"0{,}15",
        pred=r"\frac{15}{100}",
        wrap=True,
        expected=True,
        why=r"'ja $15\%\ =\ \frac{15}{100}=0{,}15$'",
    ),
    # slideplayer.se 1902732 (Swedish slides PROCENT: Bråkform = Decimalform = Procentform)
    _c(
        SLP,
        SLP_PRO,
        gold=r"1%",
        pred=r"0,01",
        wrap=True,
        expected=True,
        why=r"'Procent betyder hundradel ... = 0,01 = 1% Bråkform Decimalform Procentform'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"20%",
        pred=r"0,20",
        wrap=True,
        expected=True,
        why=r"'Var femte lott ger vinst. = 0,20 = 20%'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"12,5%",
        pred=r"0,125",
        wrap=True,
        expected=True,
        why=r"'Ett av åtta ägg är brunt. = 0,125 = 12,5%'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"90%",
        pred=r"0,9",
        wrap=True,
        expected=True,
        why=r"'Nio av tio har musik i mobilen. = 0,9 = 90%'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"40%",
        pred=r"0,4",
        wrap=True,
        expected=True,
        why=r"'Åtta av tjugo kom i mål. = 0,4 = 40%'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"50%",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why=r"'Varannan besökare hade en mössa på sig. = 0,5 = 50%'",
    ),
    _c(
        SLP,
        SLP_PRO,
        gold=r"1/5",
        pred=r"20%",
        wrap=True,
        expected=True,
        why=r"'Så här räknar Jonas: 20% = 1/5 av 450 kr'",
    ),
    # megym.wbl.sk percenta_a_desatinne_cisla ('premena' of a percent into a decimal number)
    _c(
        MEG,
        MEG_PDC,
        gold=r"0,15",
        pred=r"15 %",
        wrap=True,
        expected=True,
        why=r"'Takže niekoľko príkladov premeny: 15 % .......... 0,15'",
    ),
    _c(
        MEG,
        MEG_PDC,
        gold=r"0,2",
        pred=r"20 %",
        wrap=True,
        expected=True,
        why=r"'20 % .......... 0,2'",
    ),
    _c(
        MEG,
        MEG_PDC,
        gold=r"0,825",
        pred=r"82,5 %",
        wrap=True,
        expected=True,
        why=r"'82,5 % ....... 0,825'",
    ),
    _c(
        MEG,
        MEG_PDC,
        gold=r"1",
        pred=r"100 %",
        wrap=True,
        expected=True,
        why=r"'100 % ........ 1'",
    ),
    _c(
        MEG,
        MEG_PDC,
        gold=r"1,2",
        pred=r"120 %",
        wrap=True,
        expected=True,
        why=r"'120 % ........ 1,2'",
    ),
    # megym.wbl.sk bez_1_percenta (a percent named as a part of the whole)
    _c(
        MEG,
        MEG_B1,
        gold=r"10 %",
        pred=r"desatina",
        wrap=True,
        expected=True,
        why=r"'10 % je desatina z celku'",
    ),
    _c(
        MEG,
        MEG_B1,
        gold=r"20 %",
        pred=r"pätina",
        wrap=True,
        expected=True,
        why=r"'20 % je pätina z celku'",
    ),
    _c(
        MEG,
        MEG_B1,
        gold=r"25 %",
        pred=r"štvrtina",
        wrap=True,
        expected=True,
        why=r"'25 % je štvrtina z celku'",
    ),
    _c(
        MEG,
        MEG_B1,
        gold=r"50 %",
        pred=r"polovica",
        wrap=True,
        expected=True,
        why=r"'50 % je polovica z celku'",
    ),
]

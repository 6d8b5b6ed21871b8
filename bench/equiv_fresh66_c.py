r"""A sixty-sixth fresh set of answer-equivalence cases (evaluation only; helper "c": mathematics
answer keys, marking grids, solutions and lessons in Italian (INVALSI "griglia di correzione",
soluzioni, frazione generatrice, equivalenze), German (Lösungen, Lösungsvorschlag, Intervall- und
Mengenschreibweise, Größen umrechnen) and Dutch (antwoorden, Verbetersleutel, omrekentabellen
procent / kommagetal / breuk, metriek stelsel) that give an answer and settle which other forms
are the same answer -- decimal comma, thousands dot, number words, units, fractions and mixed
numbers, repeating decimals, intervals -- and which forms are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh66_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh66_c2.py and
bench/equiv_fresh66_c3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas ("1,11 euro",
"0,0017 dal"), the Italian and Dutch thousands dot ("7.500 mm", "10.000 dm", "1.000.000 mm"), the
en dash used as a minus sign in the INVALSI grid ("n = 100 – 2t"), "·" and "⋅" for products, "×"
and ":" where printed, units glued or spaced as printed ("1000000000mg", "16 m2" with its lost
superscript), unicode vulgar fractions ("⅜", "12 ½%") and LaTeX where the page carries LaTeX.
Inline-math delimiters are dropped and the LaTeX inside kept: \( \) (vanhoeckes.be), $$ $$
(matheretter.de), the AsciiMath backticks (math.it, math4all), and on wiki.math.se the leading
``\displaystyle`` and the closing "\,\textrm{.}"; matheretter's highlighting box
``\bbox[#e1ffc1,5px]{...}`` is dropped around the answer it frames. A left side such as "x =",
"a =" or "P(X≥9) =" is dropped where the page's answer is the right side; the INVALSI answer
"n = 100 – 2t" is itself an equation and is kept whole. Rule for worked chains ("A = B = ... = Z")
and for conversion exercises ("given = answer"): the member the page ends on, or the form the
exercise asks for (the fraction of a "frazione generatrice" or "Zet om naar een breuk" exercise,
the interval of mathegym's "heißt übersetzt", the converted measure of an "equivalenza"), is the
gold, and each earlier member a True prediction; stacked or lost members are left out, their
neighbours kept. In leshulp.nl's "37 ½% = ⅜ deel" the word "deel" ("part") after the fraction is
dropped. Where an INVALSI grid lists "Risposta corretta" and then "Risposte accettabili" or
"Accettabile: ...", the first is the gold and each accepted form a True case; each form under
"Risposte non accettabili" / "Non accettabili" is a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- 123dok.org document y960wned (INVALSI "Griglia di correzione", Fascicolo 1, Matematica, scuola
  secondaria di secondo grado, classe seconda, 2014-2015: D4_b "n = 100 – 2t", "Risposte
  accettabili: n = 100 – 2x; n = 100 + 5t – 7t o equivalenti"; D6_a "... o anche 0,25", "Accettabile
  ogni altra rappresentazione numerica equivalente (... oppure “1 su 4” oppure 25%)"; D6_b "7
  Accettabile: sette"; D7 "20", accepted "se lo studente imposta una proporzione (ad esempio,
  x:6,4 = 2,5:0,8)", "Accettabile: venti"; D8_a "Risultato: 1,11 euro", accepted "se lo studente
  lascia indicato il calcolo senza svilupparlo, ad esempio: 0,15 + 8 · 0,12, oppure 0,15 + 0,96";
  D8_b "32 minuti", "Risposte non accettabili: 32,1; 32,08", "Accettabile: trentadue"; D9_a "10
  Accettabile: dieci"). 13 cases (2 False).
- it.scribd.com document 424459287 (INVALSI "Griglia di correzione 2013 - 2014", Fascicolo 1: D4_c
  "60 + 5n o equivalenti", "È accettabile la risposta che riporta la formula corretta anche se
  utilizza una lettera differente dalla n ... (ad esempio 60 + 5x oppure 60 + 5g, ecc…)", "Non
  accettabili, per esempio, le seguenti formulazioni: C = 60 + 5 ⋅ 28"). 3 cases (1 False).
- studylibit.com doc 4728092 (INVALSI Prova nazionale 2012-2013, griglia di correzione, classe
  terza secondaria di primo grado, D3b: "5 × 3,2 = 16 m2 ... La risposta è accettabile anche senza
  le indicazioni delle unità di misura"). 1 case.
- www.math.it formulario "frazioneGeneratrice.htm" (Italian formulary, frazione generatrice: "1,2 =
  12/10 ; 3,15 = 315 / 100 ; 0,037 = 37/1000 ; 0,64 = 64/100 = 16/25"; "1,33333... = (13 - 1)/9 =
  12/9"; "3,17171717... = (317-3) / 99 = 314/99"). 7 cases.

Sources of bench/equiv_fresh66_c2.py:

- 156.54.191.164 (a stored copy of Treccani's "Dizionario delle Scienze Fisiche", entry "frazione":
  "4.333...= (43-4)/9=39/9=13/3, 4.8444...=(484-48)/90= 436/90=218/45"). 4 cases.
- web2.0rechner.de "mitglieder/heureka/?answerpage=247" (a helper's German answer: "wie bestimme
  ich den Bruch von 0,0262626262626(periodisch)" ... "\frac{26}{990} =
  0,0262626262626(\text{periodisch})"). 1 case.
- vanhoeckes.be "wiskunde/index.php?pagina=decimaal2breuk&rijnr=3" (Flemish exercise page "Zet het
  decimaal getal om naar een breuk" with its "Verbetersleutel": "-18,6=\dfrac{-186}{10}=
  \dfrac{-93}{5}", "x = 18,5\textbf{6}\textbf{6}\ldots ... x = \dfrac{1671}{90}= \dfrac{557}{30}"
  ...). 6 cases.
- mathegym.de "mathe-glossar-thema/200/Intervalle-und-einfache-Ungleichungen" ("]-7;5] heißt
  übersetzt -7 < x ≤ 5", "]0;3[ heißt übersetzt 0 < x < 3", "[9;15[ heißt übersetzt 9 ≤ x <15"). 3
  cases.
- tabellenbuch.org "mathematik/algebra/ungleichungen/grundlagen" ("\(x<2\) ⇒ \((-\infty,2)\)",
  "\(1<x\le 3\) ⇒ \((1,3]\)"). 2 cases.
- content.math4all.nl havo-d "Systematisch tellen" (hd-b13) answers ("`8/16=1/2`",
  "`text(P)(text(X≥9))=10/36=5/18`", "`text(P)(text(Paul en Anja))=2/12=1/6`"). 3 cases.
- lezionidimatematica.net "Sistema_metrico_decimale/lezioni/smd_lezione_10" ("1,5 m = 0,15 dam",
  "730,1 g = 7,301 hg", "1,7 cl = 0,0017 dal", "18 l = 180 dl", "7,5 m = 7.500 mm"). 5 cases.
- www.matheretter.de "ab/bruch/50/los" ("Lösungen: Gemischte Zahlen und Brüche": "2 \frac{3}{5} =
  ... = \frac{13}{5}" ...). 4 cases.
- de.answers.quantarchive.com qna 20120531143744AArdCib (German Yahoo Answers copy: the asker's
  "(1-x) / (1+sqrt(x))" and the book's "1 - sqrt(x)"; answer: "1-x=(1-√x)*(1+√x) und nun kannst Du
  (1+√x) kürzen, und es bleibt 1-√x"). 2 cases.
- mathelounge.de 18588 ("( √5 +2) / (2 - √5) ... = (9 + 4√5) / (-1) ... = -9 - 4√5"). 2 cases.
- gutefrage.net "frage/mathe-wurzeln-und-brueche" ("(√2 - √3) / (-√2 - √3) = ... = (2 - 2 * √(2 *
  3) + 3) / -(2 - 3) = ... 5 - 2 * √6"). 2 cases.
- wiki.math.se "bridgecourse1-TU-Berlin ... Lösung_3.1:6c" (TU Berlin Brückenkurs worked solution
  in LaTeX, the nested fraction of 1/\sqrt{3}, 1/\sqrt{5}, 1/\sqrt{2} brought to
  "\frac{2}{3}\sqrt{6}+\frac{2}{3}\sqrt{3}-\frac{2}{5}\sqrt{10}-\frac{2}{5}\sqrt{5}"). 2 cases.

Sources of bench/equiv_fresh66_c3.py:

- www.mijnrekensite.nl "omrekenen-procenten" (Dutch tables percentage / kommagetal / breuk:
  "37,5% 0,375 3/8", "2% 0,02 1/50", "0,333... 1/3", "0,666... 2/3"; "0,2 = 2 : 10 = 1 : 5 = 1/5").
  6 cases.
- leshulp.nl "hulpmiddelen-procenten" ("12 ½% = ⅛ deel", "37 ½% = ⅜ deel", "87 ½% = ⅞ deel"; table
  "75% ¾ 0,75", "5% 1/20 0,05"). 5 cases.
- eco.vakkenhulp.nl "klas-2/mh-2-hoofdstuk-1" (a teacher's page: "5% = 5/100 = 0,05"; "hoeveel % is
  5 van 20? Vijf is 1/4 van 20, dat is 25%. Deel je 20 door 5, dan komt er 4 uit: 4% is fout. Deel je
  5 door 20 dan komt er 0,25 uit: x 100% = 25%"). 4 cases (1 False).
- home.hans-sachs-grundschule.de 2017/06/05 "rechnen-mit-groessen" (a primary school's German page:
  "also: 1t = 1000kg = 1000000g = 1000000000mg", "also: 1km = 1000m = 10000dm = 100000cm =
  1000000mm", "also: 1h = 60min = 3600s", "1€ = 100Ct"). 4 cases.
- pabotoetsen.webs.com "domeinmetrstelsel.htm" (Dutch rekentoets help: "1000 meter = 10.000 dm",
  "1000 meter = 100.000 cm", "1000 meter = 1.000.000 mm", "1000 meter = 10 hm"). 4 cases.
- www.hhofstede.nl "modules/rekenen/eenheden.htm" (Dutch lesson: "20 km = .....m ?" ... "Dus 20000
  m"; "123 hectogram gelijk is aan 1230000 centigram"; "21 milliliter is gelijk aan 0,021 liter").
  3 cases.

86 cases in all (4 False): 24 here (3 False), 36 in bench/equiv_fresh66_c2.py, 26 in
bench/equiv_fresh66_c3.py (1 False).

Left out, by rule: approximations a key accepts by tolerance, which are not equalities (INVALSI
2014-2015 D8_a "l’approssimazione 1,1 euro" for 1,11 euro; mijnrekensite's "33,3%" and "66,7%"
beside 1/3 and 2/3; mathelounge 532625's "≈6.3333..."); forms whose fraction bars were stacked or
lost by the text conversion (the INVALSI 2014-2015 D6_a golds "12/48 oppure 1/4" and its refused
"1/4= 20%", its D7 "espressione numerica ... non semplificata" examples; studylibit 4728092's
"l = 32 + 4 2 = 5 m"); AsciiMath bar notation whose rendering the stored text does not show
(math.it's "1,bar 3", "3,bar(17)"), and math.it's misprinted "0,bar(41) = 9,41414141..."; answers
that name a symbol rather than a value (INVALSI D4_b "n = h0 – 2t") or that the scribd copy of the
2013-2014 grid scatters over several lines ("C=60€annui+5€per ogni ingresso"); the ratio row
("verhouding 1 : 5") of mijnrekensite's tables, a different notion from the value; eco.vakkenhulp's
"Het juiste antwoord: 8 / 120 = 0,06666 x 100% = 6, 7%" (a truncated decimal and a stray space in
the gold; its refused "15%" needs that gold); single-form answers (basiswiskunde.be, foobie.nl's
worked Cito answers).

Examined and not used: INVALSI "griglia per l'attribuzione del voto" pages (it.scribd 384819829,
docplayer.it 20729653, doczz.it 2568518, 123dok oy8dr2wz: scoring rules only), 123dok yr38862p (the
same 2013-2014 grid as it.scribd 424459287), 123dok y6eok537 (ordering answers only) and the
fdocumenti INVALSI copies (opening pages only; fdocumenti was examined by
bench/equiv_fresh60_e.py); the Dutch correctievoorschriften on 5dok.net and Cito's
antwoordenanalyse / foutenanalyse rekentoets on docplayer.nl, adoc.pub and fdocuments.nl (front
matter only); German VERA / Lernstandserhebung Kodieranweisungen on docplayer.org and studylibde,
the Hamburg Abitur Erwartungshorizont on fragdenstaat.de and fdokument.com, matheabi-bw.de (front
matter only); wiskundeoefeningen.be decimaal2breuk (examined by bench/equiv_fresh57_c.py and left
for another set; the vanhoeckes.be copy of the same exercise generator is used here instead);
wisfaq.nl 92484, wiskundeleraar.nl 12118, matematica.scienze.narkive.it h9VmGaJc,
matheretter.de aufgaben/bruch/q1, whymatematica.com, mathelounge 212227, maken.wikiwijs.nl 123798
and rapidtables.org (used or examined by earlier sets); mein-lernen.at "Rationalmachen des Nenners
Übung 3" (its chain slips, "4√25 – 20*√5 + 10 + 25", and ends on "– 11 + 4*√5" where the value is
-9 + 4√5); welt-der-bwl.de ("L = ]8; oo[" glossed as the natural numbers 9, 10, 11 ...);
wiskunde-interactief.be and gricha.be (the ∞ signs lost); businessinsider.de (the corrected value
is not in the excerpt); macosa.dima.unige.it (its right answer is "information insufficient");
hhofstede.nl kansalsrelfreq ("» 0,5077", rounded); vivalascuola.studenti.it (the periodic
"1,666666" written without its bar); 123dok zwvrnkjg, lernhelfer.de, matemedie.blogspot.com,
klassenarbeiten.de, rekenen-oefenen.nl (formulas or fraction bars lost); de.wikibooks Lösungen (no
key from exercise to answer); AI-written, machine-translated or scraped pages (gauthmath,
mathix.co, knowunity, gufosaggio.net, it.scienceforming.com, forma-slova.com,
truyenhinhcapsongthu.net, milestoblog, webwoordenboek.nl, rekenapp.nl).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DOK = "123dok.org"
DOK_Y960 = "https://123dok.org/document/y960wned-griglia-di-correzione.html"
SCR = "it.scribd.com"
SCR_424 = (
    "https://it.scribd.com/document/424459287/"
    "Griglia-Correzione-Invalsi-2013-2014-Matematica-Secondaria-Seconda"
)
SLI = "studylibit.com"
SLI_4728 = (
    "https://studylibit.com/doc/4728092/"
    "griglia-correzione-prova-invalsi-2012-%E2%80%93-2013-matematica-t..."
)
MIT = "www.math.it"
MIT_FG = "http://www.math.it/formulario/frazioneGeneratrice.htm"
TRE = "156.54.191.164"
TRE_FR = "http://156.54.191.164/enciclopedia/frazione_%28Dizionario-delle-Scienze-Fisiche%29"
W2R = "web2.0rechner.de"
W2R_247 = "https://web2.0rechner.de/mitglieder/heureka/?answerpage=247"
# sources of bench/equiv_fresh66_c2.py
VHO = "vanhoeckes.be"
VHO_D2B = "https://vanhoeckes.be/wiskunde/index.php?pagina=decimaal2breuk&rijnr=3"
MGY = "mathegym.de"
MGY_200 = "https://mathegym.de/mathe-glossar-thema/200/Intervalle-und-einfache-Ungleichungen"
TAB = "tabellenbuch.org"
TAB_UG = "https://tabellenbuch.org/pages/mathematik/algebra/ungleichungen/grundlagen.html"
M4A = "content.math4all.nl"
M4A_HDB13 = (
    "https://content.math4all.nl/view?comp=hd-b1&subcomp=hd-b13&variant=m4a_view"
    "&parent=www.math4all.nl/overzichten/havo-d/32&repo=m4a2015&item=answers"
)
LDM = "lezionidimatematica.net"
LDM_10 = "https://lezionidimatematica.net/Sistema_metrico_decimale/lezioni/smd_lezione_10.htm"
MRE = "www.matheretter.de"
MRE_B50 = "https://www.matheretter.de/ab/bruch/50/los"
QAR = "de.answers.quantarchive.com"
QAR_QNA = "https://de.answers.quantarchive.com/amp/qna/20120531143744AArdCib"
MLO = "mathelounge.de"
MLO_18588 = "https://mathelounge.de/18588/wie-mache-ich-den-nenner-rational"
GUF = "gutefrage.net"
GUF_WB = "https://gutefrage.net/frage/mathe-wurzeln-und-brueche"
WMS = "wiki.math.se"
WMS_316C = "http://wiki.math.se/wikis/2009/bridgecourse1-TU-Berlin/index.php/L%C3%B6sung_3.1:6c"
# sources of bench/equiv_fresh66_c3.py
MRS = "www.mijnrekensite.nl"
MRS_OP = "https://www.mijnrekensite.nl/omrekenen-procenten?ml=1"
LSH = "leshulp.nl"
LSH_HP = "https://leshulp.nl/hulpmiddelen-procenten/"
VKH = "eco.vakkenhulp.nl"
VKH_H1 = "http://eco.vakkenhulp.nl/klas-2/mh-2-hoofdstuk-1"
HSG = "home.hans-sachs-grundschule.de"
HSG_GR = (
    "https://home.hans-sachs-grundschule.de/2017/06/05/"
    "rechnen-mit-groessen-laengen-gewichte-zeiten-geld-fluessigkeiten"
)
PAB = "pabotoetsen.webs.com"
PAB_MS = "https://pabotoetsen.webs.com/domeinmetrstelsel.htm"
HHO = "www.hhofstede.nl"
HHO_EH = "http://www.hhofstede.nl/modules/rekenen/eenheden.htm"

CASES = [
    # 123dok y960wned: INVALSI 2014-2015 grid, seconda superiore; accepted and refused forms
    _c(
        DOK,
        DOK_Y960,
        gold=r"n = 100 – 2t",
        pred=r"n = 100 – 2x",
        wrap=True,
        expected=True,
        why="D4_b 'n = 100 – 2t' -- 'Risposte accettabili: n = 100 – 2x'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"n = 100 – 2t",
        pred=r"n = 100 + 5t – 7t",
        wrap=True,
        expected=True,
        why="D4_b 'Risposte accettabili: ... n = 100 + 5t – 7t o equivalenti'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"0,25",
        pred=r"1 su 4",
        wrap=True,
        expected=True,
        why="D6_a '... o anche 0,25' -- 'Accettabile ogni altra rappresentazione numerica "
        "equivalente (... oppure “1 su 4” oppure 25%)'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"0,25",
        pred=r"25%",
        wrap=True,
        expected=True,
        why="D6_a '... o anche 0,25' -- '... oppure “1 su 4” oppure 25%'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"7",
        pred=r"sette",
        wrap=True,
        expected=True,
        why="D6_b '7 Accettabile: sette'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"20",
        pred=r"venti",
        wrap=True,
        expected=True,
        why="D7 '20' ... 'Accettabile: venti'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"20",
        pred=r"x:6,4 = 2,5:0,8",
        wrap=True,
        expected=True,
        why="D7 '20': 'Accettabile anche ... se lo studente imposta una proporzione (ad esempio, "
        "x:6,4 = 2,5:0,8)'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"1,11 euro",
        pred=r"0,15 + 8 · 0,12",
        wrap=True,
        expected=True,
        why="D8_a 'Risultato: 1,11 euro' -- accettabili 'se lo studente lascia indicato il calcolo "
        "senza svilupparlo, ad esempio: 0,15 + 8 · 0,12'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"1,11 euro",
        pred=r"0,15 + 0,96",
        wrap=True,
        expected=True,
        why="D8_a 'Risultato: 1,11 euro' -- '... ad esempio: 0,15 + 8 · 0,12, oppure 0,15 + 0,96'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"32 minuti",
        pred=r"32,1",
        wrap=True,
        expected=False,
        why="D8_b '32 minuti' -- 'Risposte non accettabili: 32,1; 32,08'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"32 minuti",
        pred=r"32,08",
        wrap=True,
        expected=False,
        why="D8_b '32 minuti' -- 'Risposte non accettabili: 32,1; 32,08'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"32 minuti",
        pred=r"trentadue",
        wrap=True,
        expected=True,
        why="D8_b '32 minuti' ... 'Accettabile: trentadue'",
    ),
    _c(
        DOK,
        DOK_Y960,
        gold=r"10",
        pred=r"dieci",
        wrap=True,
        expected=True,
        why="D9_a '10 Accettabile: dieci'",
    ),
    # it.scribd 424459287: INVALSI 2013-2014 grid, D4_c (formula for the yearly cost)
    _c(
        SCR,
        SCR_424,
        gold=r"60 + 5n",
        pred=r"60 + 5x",
        wrap=True,
        expected=True,
        why="D4_c '60 + 5n o equivalenti'; 'È accettabile ... una lettera differente dalla n ... "
        "(ad esempio 60 + 5x oppure 60 + 5g'",
    ),
    _c(
        SCR,
        SCR_424,
        gold=r"60 + 5n",
        pred=r"60 + 5g",
        wrap=True,
        expected=True,
        why="D4_c '60 + 5n o equivalenti'; '... (ad esempio 60 + 5x oppure 60 + 5g , ecc…)'",
    ),
    _c(
        SCR,
        SCR_424,
        gold=r"60 + 5n",
        pred=r"C = 60 + 5 ⋅ 28",
        wrap=True,
        expected=False,
        why="D4_c 'Non accettabili, per esempio, le seguenti formulazioni: • C = 60 + 5 ⋅ 28'",
    ),
    # studylibit 4728092: INVALSI Prova nazionale 2013, D3b, units may be left out
    _c(
        SLI,
        SLI_4728,
        gold=r"16 m2",
        pred=r"16",
        wrap=True,
        expected=True,
        why="D3b '5 × 3,2 = 16 m2 ... La risposta è accettabile anche senza le indicazioni delle "
        "unità di misura'",
    ),
    # math.it formulario: frazione generatrice of finite and periodic decimals
    _c(
        MIT,
        MIT_FG,
        gold=r"12/10",
        pred=r"1,2",
        wrap=True,
        expected=True,
        why="Esempi: '1,2 = 12/10'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"315 / 100",
        pred=r"3,15",
        wrap=True,
        expected=True,
        why="Esempi: '3,15 = 315 / 100'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"37/1000",
        pred=r"0,037",
        wrap=True,
        expected=True,
        why="Esempi: '0,037 = 37/1000'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"16/25",
        pred=r"0,64",
        wrap=True,
        expected=True,
        why="Esempi: '0,64 = 64/100 = 16/25 (qui la frazione è stata ridotta ai minimi termini)'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"16/25",
        pred=r"64/100",
        wrap=True,
        expected=True,
        why="Esempi: '0,64 = 64/100 = 16/25'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"12/9",
        pred=r"1,33333...",
        wrap=True,
        expected=True,
        why="periodico semplice: '1,bar 3 = 1,33333... = (13 - 1)/9 = 12/9'",
    ),
    _c(
        MIT,
        MIT_FG,
        gold=r"314/99",
        pred=r"3,17171717...",
        wrap=True,
        expected=True,
        why="periodico semplice: '3,bar(17) = 3,17171717... = (317-3) / 99 = 314/99'",
    ),
]

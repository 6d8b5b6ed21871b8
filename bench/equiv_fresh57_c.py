r"""A fifty-seventh fresh set of answer-equivalence cases (evaluation only; helper "c": German,
French, Italian and Dutch school pages -- Lösungen, corrigés, soluzioni, antwoorden -- and teachers'
or helpers' verdicts where one answer is given in several forms: fraction / decimal with a decimal
comma / percent, speeds in km/h and m/s, euro and cent amounts, durations in h-min-s against
decimal hours, and the input forms an exam system accepts alike).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain with a distinctive path
part, was grepped in bench/ before use; each page was claimed in /work/wt/fresh57_claims/claims.txt
after checking that no other helper had claimed it). Only the text the search tool returned for a
page (its excerpt) was read. Each case gives the reference answer (``gold``), the prediction
(``pred``: a form the page states is the same number or quantity, or one the page says is not) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain (host) of the stored copy and ``where`` its full URL; there is no commit, and
every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them -- decimal commas kept ("0,2",
"38,38 €", "1,20 min"), a decimal point kept where the page writes one ("3.6 km/h"), spaces inside
numbers kept ("10 800 s"), units and words kept as written ("38 € und 38 ct", "3 jours 5 heures",
"1 Minute und 12 Sekunden"), LaTeX kept as LaTeX (matheretter.de ``\frac``, leifiphysik.de
``\frac{{\rm{m}}}{{\rm{s}}}``, o-mathe.de ``\displaystyle\frac``); only math4all.nl's AsciiMath
backticks are dropped ("`1/4=25/100=25` %" is read as 1/4 = 25/100 = 25 %). Every prediction is a
bare answer to be put in ``\boxed{}``, so ``wrap`` is always True.
Conventions: a chain "A = B = C" in a key or worked example gives equal forms; gold is the form the
exercise asks for (the key's boxed or last form: the reduced fraction in matheretter A, the decimal
in matheretter B, the percent in math4all 5a-f, the target unit or format in the conversion pages),
and pred is the given form at the left of the chain -- one case per key item, intermediate forms
(Zehnerbrüche like \frac{2}{10}, "125/1000") are not made into further cases. In the
whymatematica.com comments the exercise gives one form and the student's line the other; the
teacher's reply settles the whole list, and gold is the exercise's given form. A sentence saying
that two forms are not equal ("n’est pas égal à", "nicht etwa ... sondern", "iets minder dan",
"meer dan") gives a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- whymatematica.com "frazioni-esercizi-dai-numeri-decimali-finiti-alle-frazioni" (2016/11/21; two
  students' comment lists, "4,5= 45/10" ... "23,12=2312/100" answered "Bravo Francesco tutto
  corretto", and "15/10= 1,5" ... "341/100= 3,41" answered "questi sono tutti giusti"). 17 cases.
- www.matheretter.de /aufgaben/bruch/q1/los ("Lösungen: Dezimalzahlen und Brüche (Basis)"; A:
  "0,2 = \frac{2}{10} = \frac{1}{5}" ... 12 items; B: "\frac{1}{2} = \frac{5}{10} = 0,5" ...,
  items 1-8). 20 cases.
- www.leifiphysik.de "umrechnen-von-geschwindigkeitseinheiten" (Aufgabe/Lösung "20 m/s = 20 · 3,6
  km/h = 72 km/h", "35 m/s = ... = 126 km/h"). 2 cases.
- o-mathe.de ".../anhalteweg/lernstrecke/umrechnungen" ("1 km/h = ... = 1/3.6 m/s", "3.6 km/h =
  ... = 1 m/s", "50 m/s = ... = 180 km/h"). 3 cases.
- sek1.mathebattle.de /edu_randomtasks/overview/367 ("Geld": "3838 ct ... = 38,38 €", "38,38 € =
  38 € und 38 ct", "153 ct + 3,2 € = 153 ct + 320 ct = 473ct = 4 € 73 ct"). 4 cases.
- c32.cockpit.coco.one /blog/zeiten-richtig-erfassen (a rally task: "1,20 min, das sind nicht etwa
  1 Minute und 20 Sekunden, sondern 72 Sekunden", "1,20 min sind also 1 Minute und 12 Sekunden").
  3 cases (1 False).
- studylibfr.com doc 10066469 "fm conversions duree" (a 4e fiche méthode: "ATTENTION : 1 h 30 min
  (écriture sexagésimale) n’est pas égal à 1,30 h"; worked examples "5,7 heures = ... = 5 h 42
  min", "72 min = 72 / 60 = 1,2 h", "2 h 42 min 18 s = ... = 2,705 h", ...). 9 cases (1 False).
- content.math4all.nl havo A "Procenten" answers (ha-c12, item=answers: "25/100 = 1/4", "33/100 =
  0,33 en 1/3 = 0,33333333... Dus 33 % is iets minder dan 1/3 deel", "1/4=25/100=25 %" ... 5a-f,
  "5/11=0,4545... ~~45,5 % en dat is meer dan 45/100", "15/71 ... minder dan 23 %"). 13 cases
  (3 False).
- veelgesteldevragen.stibex.nl article 44001661359 (exam input FAQ: "zowel 1,50 als 1.50 is
  toegestaan", "1000 of 1000,00 wordt allebei goed gerekend"). 2 cases.
- centraledesmaths.uregina.ca QQ.09.99 boillot1 (La Centrale des maths: "(123 456 789)/(999 999
  999) = (13 717 421)/(111 111 111)", "= 0.123456789123456789...", "5/9 = 0.555555555555...",
  "37/99 = 0.3737373737..."). 4 cases.
- mathelounge.de 2878 (first answer: "0,75=75/100=3/4", "2/5=2*2/5*2=2/10=0,4"). 3 cases.

80 cases in all (5 False). This module holds the whymatematica.com and matheretter.de cases (37);
bench/equiv_fresh57_c2.py holds the other 43 (5 False).

Left out, by rule: values the page marks as rounded rather than equal (matheretter B 9-12 "\frac{1}{3}
\approx 0,33333" ..., o-mathe.de "50 km/h ... \approx 13.9 m/s", math4all "~~45,5 %", "~~21,1 %",
"246,67 euro"); working steps equated with the value rather than offered as answers ("20 \cdot
3{,}6 km/h", "2*2/5*2", "0,7 X 60 min"); lines whose fraction the text conversion stacked over two
lines (studylibfr 10066469 "1/4 h = 15 min", "1/2 h = 30 min", "3/4 h = 45 min"); a third
whymatematica list ("6.3 0,1 = 01/10= 1/10" ...) with no verdict in the excerpt; answers given in
one form only (math4all "568,75 euro", 3a-d percents); the exercise blanks whose numbers were
images (whymatematica 7.x, 8.x).

Examined and not used: swissmath.ch exercise pages (corrections in the layout of generated text,
"Réponse très courte" / "Corrigé détaillé"); raidrush.info "antwort" 84416 and villaduguip.com,
niklasson.net, taeglicherfokus.net, akzent-klub.com, nachrichtengeschaft.de (spun or generated
SEO text on decimal hours); exercicesphysiquechimie.com (generated-looking corrections, values
rounded); assistancescolaire.com 5mpr06 (the multiple-choice key "6 heures et demie, c'est" is not
in the excerpt); Cito "Antwoordenanalyse/Foutenanalyse rekentoets" copies on docplayer.nl,
adoc.pub, fdocuments.nl and the CvTE "Handreiking rekenen" (excerpts reach only the front matter);
5dok.net Correctievoorschriften (front matter only; 5dok was used by earlier sets);
studylibfr.com 4291646 (units split over lines, "27 468 m = 27 468 km" slip); wiskundeleraar.nl,
numbas.mathcentre.ac.uk, gutefrage.net rounding threads, youmath.it, vittorina.fr, frstudy.me
(used by earlier sets or only one form); maths-forum.com t119969 (a rounded check "= 0.483", not
an equality); wikiwijs 123798 (one form per answer, "(afgerond 20%)"); wiskundeoefeningen.be
Verbetersleutel and apprendre-reviser-memoriser.fr (usable chains, left for another set once this
one passed 80 cases); knowunity, sofiawest.com (student notes, machine-translated text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WM = "whymatematica.com"
WM_FR = "https://whymatematica.com/2016/11/21/frazioni-esercizi-dai-numeri-decimali-finiti-alle-frazioni"
MR = "www.matheretter.de"
MR_Q1 = "https://www.matheretter.de/aufgaben/bruch/q1/los"
LP = "www.leifiphysik.de"
LP_V = (
    "https://www.leifiphysik.de/mechanik/gleichfoermige-bewegung/"
    "umrechnen-von-geschwindigkeitseinheiten"
)
OM = "o-mathe.de"
OM_U = "https://o-mathe.de/grundlagen/funktionen/begriff/anhalteweg/lernstrecke/umrechnungen"
MB = "sek1.mathebattle.de"
MB_G = "https://sek1.mathebattle.de/edu_randomtasks/overview/367"
CC = "c32.cockpit.coco.one"
CC_Z = "https://c32.cockpit.coco.one/blog/zeiten-richtig-erfassen"
SF = "studylibfr.com"
SF_D = "https://studylibfr.com/doc/10066469/fm-conversions-duree"
M4 = "content.math4all.nl"
M4_P = (
    "https://content.math4all.nl/view?comp=ha-c1&subcomp=ha-c12&variant=m4a_view"
    "&parent=www.math4all.nl/overzichten/havo-a/18&repo=m4a2015&item=answers"
)
SB = "veelgesteldevragen.stibex.nl"
SB_F = (
    "http://veelgesteldevragen.stibex.nl/nl/support/solutions/articles/"
    "44001661359-hoe-moet-je-getallen-invoeren-bij-stibex-"
)
CM = "centraledesmaths.uregina.ca"
CM_B = "http://centraledesmaths.uregina.ca/QQ/database/QQ.09.99/boillot1.html"
ML = "mathelounge.de"
ML_K = "https://mathelounge.de/2878/wie-wandele-ich-eine-kommazahl-in-einen-bruch-um?show=2879"

CASES = [
    # whymatematica.com: a student's decimal-to-fraction list, verdict 'Bravo Francesco tutto corretto'
    _c(
        WM,
        WM_FR,
        gold=r"4,5",
        pred=r"45/10",
        wrap=True,
        expected=True,
        why="student's line '4,5= 45/10'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"0,1",
        pred=r"1/10",
        wrap=True,
        expected=True,
        why="student's line '0,1= 1/10'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"0,23",
        pred=r"23/100",
        wrap=True,
        expected=True,
        why="student's line '0,23= 23/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"34,567",
        pred=r"34567/1000",
        wrap=True,
        expected=True,
        why="student's line '34,567= 34567/1000'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"4,54",
        pred=r"454/100",
        wrap=True,
        expected=True,
        why="student's line '4,54= 454/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"3,1",
        pred=r"31/10",
        wrap=True,
        expected=True,
        why="student's line '3,1= 31/10'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"0,10",
        pred=r"10/100",
        wrap=True,
        expected=True,
        why="student's line '0,10= 10/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"34,67",
        pred=r"3467/100",
        wrap=True,
        expected=True,
        why="student's line '34,67= 3467/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"12,45",
        pred=r"1245/100",
        wrap=True,
        expected=True,
        why="student's line '12,45= 1245/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"23,12",
        pred=r"2312/100",
        wrap=True,
        expected=True,
        why="student's line '23,12=2312/100'; teacher: 'Bravo Francesco tutto corretto'",
    ),
    # whymatematica.com: a student's fraction-to-decimal list, verdict 'questi sono tutti giusti'
    _c(
        WM,
        WM_FR,
        gold=r"15/10",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="student's line '15/10= 1,5'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"321/10",
        pred=r"32,1",
        wrap=True,
        expected=True,
        why="student's line '321/10= 32,1'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"143/100",
        pred=r"1,43",
        wrap=True,
        expected=True,
        why="student's line '143/100= 1,43'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"567/100",
        pred=r"5,67",
        wrap=True,
        expected=True,
        why="student's line '567/100= 5,67'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"125/10",
        pred=r"12,5",
        wrap=True,
        expected=True,
        why="student's line '125/10= 12,5'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"456/10",
        pred=r"45,6",
        wrap=True,
        expected=True,
        why="student's line '456/10= 45,6'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    _c(
        WM,
        WM_FR,
        gold=r"341/100",
        pred=r"3,41",
        wrap=True,
        expected=True,
        why="student's line '341/100= 3,41'; teacher: 'Bravo fai quelli per l'8, questi sono tutti giusti.'",
    ),
    # matheretter.de Lösungen A: 'decimal = [boxed] Zehnerbruch = gekürzter Bruch'; gold = the boxed last form, pred = the given decimal
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{1}{5}",
        pred=r"0,2",
        wrap=True,
        expected=True,
        why="Lösungen A.1: '0,2 = \\frac{2}{10} = \\frac{1}{5}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{1}{2}",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="Lösungen A.2: '0,5 = \\frac{5}{10} = \\frac{1}{2}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{3}{2}",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="Lösungen A.3: '1,5 = \\frac{15}{10} = \\frac{3}{2}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{1}{8}",
        pred=r"0,125",
        wrap=True,
        expected=True,
        why="Lösungen A.4: '0,125 = \\frac{125}{1000} = \\frac{1}{8}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{1}{20}",
        pred=r"0,05",
        wrap=True,
        expected=True,
        why="Lösungen A.5: '0,05 = \\frac{5}{100} = \\frac{1}{20}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{9}{20}",
        pred=r"0,45",
        wrap=True,
        expected=True,
        why="Lösungen A.6: '0,45 = \\frac{45}{100} = \\frac{9}{20}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{1}{4}",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why="Lösungen A.7: '0,25 = \\frac{25}{100} = \\frac{1}{4}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{9}{4}",
        pred=r"2,25",
        wrap=True,
        expected=True,
        why="Lösungen A.8: '2,25 = \\frac{225}{100} = \\frac{9}{4}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{11}{2}",
        pred=r"5,5",
        wrap=True,
        expected=True,
        why="Lösungen A.9: '5,5 = \\frac{55}{10} = \\frac{11}{2}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{31}{10}",
        pred=r"3,1",
        wrap=True,
        expected=True,
        why="Lösungen A.10: '3,1 = \\frac{31}{10} = \\frac{31}{10}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{83}{20}",
        pred=r"4,15",
        wrap=True,
        expected=True,
        why="Lösungen A.11: '4,15 = \\frac{415}{100} = \\frac{83}{20}' (key's boxed chain)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"\frac{43}{4}",
        pred=r"10,75",
        wrap=True,
        expected=True,
        why="Lösungen A.12: '10,75 = \\frac{1075}{100} = \\frac{43}{4}' (key's boxed chain)",
    ),
    # matheretter.de Lösungen B (exact items 1-8): 'fraction = [boxed] ... = Kommazahl'; gold = the boxed decimal, pred = the given fraction
    _c(
        MR,
        MR_Q1,
        gold=r"0,5",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=True,
        why="Lösungen B.1: '\\frac{1}{2} = \\frac{5}{10} = 0,5' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,25",
        pred=r"\frac{1}{4}",
        wrap=True,
        expected=True,
        why="Lösungen B.2: '\\frac{1}{4} = \\frac{25}{100} = 0,25' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,2",
        pred=r"\frac{1}{5}",
        wrap=True,
        expected=True,
        why="Lösungen B.3: '\\frac{1}{5} = \\frac{2}{10} = 0,2' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,125",
        pred=r"\frac{1}{8}",
        wrap=True,
        expected=True,
        why="Lösungen B.4: '\\frac{1}{8} = \\frac{125}{1000} = 0,125' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,05",
        pred=r"\frac{1}{20}",
        wrap=True,
        expected=True,
        why="Lösungen B.5: '\\frac{1}{20} = \\frac{5}{100} = 0,05' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,05",
        pred=r"\frac{5}{100}",
        wrap=True,
        expected=True,
        why="Lösungen B.6: '\\frac{5}{100} = 0,05' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,1",
        pred=r"\frac{20}{200}",
        wrap=True,
        expected=True,
        why="Lösungen B.7: '\\frac{20}{200} = \\frac{1}{10} = 0,1' (key's boxed answer)",
    ),
    _c(
        MR,
        MR_Q1,
        gold=r"0,015",
        pred=r"\frac{15}{1000}",
        wrap=True,
        expected=True,
        why="Lösungen B.8: '\\frac{15}{1000} = 0,015' (key's boxed answer)",
    ),
]

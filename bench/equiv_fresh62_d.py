r"""A sixty-second fresh set of answer-equivalence cases (evaluation only; helper "d": school
maths answer pages in Slovenian, Croatian, Serbian, Ukrainian and Kazakh -- e-textbook exercises
with the answers filled in, a teacher's lesson page, a ГДЗ (homework answer) page and short
reference notes -- where one answer is given in several forms: decimal commas, fractions in LaTeX
or with a slash, quotients "3:4", percents, powers of ten, metric units and units or fractions in
native words ("četrtina ure", "половину яблука", "үштен бірі", "три четвртине"), or where the
page settles that two values are not equal).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt through
/work/wt/fresh61_claims/claims.txt; each page was claimed in /work/wt/fresh62_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a value the page marks as different; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file (the eucbeniki pages state a CC BY-NC-SA 2.5 SI licence in their text). Only the
text the search tool returned for a page (its excerpt) was read. Do not tune the judge on these
cases. Continued in bench/equiv_fresh62_d2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them. On the eucbeniki pages the
inline-math delimiters $ $ are dropped and the LaTeX inside kept ("$6\,{\rm a}$ = 600 ${\rm m^2}$"
gives "6\,{\rm a}" and "600 {\rm m^2}"; "0,04 km$^2$" gives "0,04 km^2"); the numbers typed into
an exercise's answer boxes are stored as plain text between the LaTeX and are kept with the unit
that follows them. Decimal commas and points are kept as each page prints them (the Croatian
page writes "0.2"). Where an exercise states "given = answer" (a unit conversion, a fraction
written as a decimal, a part of an hour), the gold is the form the exercise asks for and the pred
the given form, which the page states is equal; where a chain "a = b = c" is printed, the last
form is the gold and each earlier form (except misprinted middle steps) a True case. The Kazakh
and Serbian notes give a number and its reading; the number is the gold and the words, in the
grammatical case the page uses ("екіден бірін", "половина"), the pred. In the eucbeniki "Vstavi
znak >, <, =" exercise the right side is the gold and the left side the pred: "=" gives True, ">"
and "<" give False.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- eucbeniki.sio.si "matematika6/533/index3.html" (Slovenian e-textbook, 6th grade, table of area
  units: "$6\,{\rm a}$ = 600 ${\rm m^2}$", "$4\,{\rm ha}$ = 400 ${\rm a}$ = 40000 ${\rm m^2}$",
  "$4$ ha $ =$ 0,04 km$^2$"). 5 cases.
- eucbeniki.sio.si "fizika8/139/index3.html" (8th grade physics, prefixes: "$0,002\;\rm{m}$ ...
  $2\cdot10^{-3}\,\rm{m}$ ... $2\;\rm{mm}$", worked conversions "$5\,\rm{km}=...=5000\,\rm{m}$",
  "$7\,\rm{dag}=...=70\,\rm{g}$", the answer "$75\,\rm{cm}=$ 0,75 $\rm{m}", and the prefix table
  "$10^{12}$ $1 000 000 000 000$" ... "$10^{-6}$ $0,000 001$"). 11 cases.
- eucbeniki.sio.si "mat4/115/index4.html" (4th grade, parts of a whole: "$30$ minut polovica ure,
  $15$ minut četrtina ure", "$\frac{1}{2} \ \rm m=$ 50 $\rm cm$", "$\frac{1}{4} \ \rm kg=$ 250
  $\rm g$", "$\frac{1}{5} \ \rm dm=$ 2 $\rm cm$", "$\frac{1}{10} \ \rm km=$ 100 $\rm m$"). 6 cases.
- eucbeniki.sio.si "matematika6/513/index1.html" (6th grade, a fraction as a quotient:
  "$\displaystyle{\frac{3}{4}}=3:4=0,75$" and the matched pairs "\frac{4}{8}" with "$4:8=0,5$",
  "\frac{2}{8}" with "$2:8=0,25$", "\frac{1}{8}" with "$1:8=0,125$", "\frac{6}{8}" with
  "$6:8=0,75$"). 6 cases.

Sources of bench/equiv_fresh62_d2.py:

- eucbeniki.sio.si "matematika6/513/index5.html" ("Zapiši ulomke z decimalno številko":
  "$\displaystyle{\frac{1}{2}}=$ 0,5" ... "$\displaystyle{\frac{5}{10}}=$ 0,5"). 3 cases.
- eucbeniki.sio.si "vega1/30/index1.html" (relative share and percent: "Relativna podražitev
  čokolade je 0,5, majice pa 0,05" and "Čokolada se je podražila za 50 $\%$, majica pa za 5
  $\%$"). 2 cases.
- eucbeniki.sio.si "mat5/729/index7.html" (5th grade, "Vstavi znak >, <, =" with the signs filled
  in: "$16:2+2 \cdot 2$ = $4+16:2$", and ">" or "<" for three other pairs). 4 cases (3 False).
- matematika-fizika.com "sedmirazred/postoci/postotakrazlomakdec.html" (a Croatian 7th-grade
  lesson: "20% = 20 / 100 = 1 / 5", "20%=20:100=0.2", "70%=70:100=0.7", "3 / 4 = ... =75%",
  "0.3 = ... =30%", "1 / 4 = 1:4=0.25=25%"). 7 cases.
- onegdz.com ГДЗ for the Ukrainian 3rd-grade textbook by Skvortsova and Onopriienko (2019), page
  2 ("1 : 2 = 1/2 (яблука)" with "Відповідь: половину яблука"; "6 : 2 = 3 (ябл.)" with
  "Відповідь: 3 яблука"). 2 cases.
- matem.kz "arifmetika/10-zhai-bolshekter" (Kazakh, common fractions: "1/3, (үштен бірі )
  оқылады", "15/17, (онжетіден он бес )"). 2 cases.
- referattar.kazaksha.info, the note "Бөлшектік сан есім" (Kazakh fractional numerals: "екіден
  бірін (1/2)", "үштің бірін (1/3)", "оннан екісі (2/10)", "он бүтін жүз елу бір мыңдық
  (10,151)"). 4 cases.
- www.go-tel.si "instrukcije/pretvarjanje-enot.php" (Slovenian tutoring notes: "20 cm = 0,20 m",
  "npr 00,0020000 = 0,002"). 2 cases.
- library.kiwix.org, Serbian Wikipedia "Проценат" (2019 snapshot: "Један проценат је један
  стоти", "75 одсто су три четвртине", "50 одсто су половина", "0,45 уместо 45%"). 4 cases.

58 cases in all (3 False): 28 here (none False), 30 in bench/equiv_fresh62_d2.py (3 False).

Left out, by rule: fractions the text conversion stacked or split into lines (eucbeniki
matematika6/513/index5 "41\n125\n$=$ 0,328" and the parking-lot shares, its exercise 13 "1\n$5$\n
$=0,2$", the stacked shares of vega1/30/index1 and mat4/114/index5; the Ukrainian ГДЗ on issuu
(kreidaros) whose mixed numbers read "6 3 7", "-1 3 5"); the misprinted middle steps "$5\cdot0,1
\,\rm{m}$" (fizika8/139/index3) and "70% = 60 / 100 = 7 / 10" (matematika-fizika.com; its other
70% forms are kept); the piko row of the prefix table ("$10^{-12}$ $0,000 000 000 0001$", which
has thirteen decimals); the Kazakh decimals printed with a stray space ("екі бүтін үш ондық (2, 3)",
"бес бүтін төрт жүздік (5, 04)"), which read as lists; "Сто посто је цела" (no number for
"цела") and the Serbian "1% = 1 · 10-2", whose exponent was flattened; rounded quotients
(eucbeniki matematika6/514/index3 "$0,23:0,7\doteq$ 0,3 / 0,33 / 0,329"), which are
approximations, not equal forms; "Poveži pare" rows that pair a question with its value
("$20\,\%$ od $4\, \rm{m}$" with "$0,8\,\rm{m}$", matematika7/772/index5), and single-form answers
("Ostalih pohodnikov je $50 \, \%$", subject.com.ua "Відповідь: 9 кг і 7 кг").

Examined and not used: the Serbian "Завршни испит" marking guides (Упутство за прегледање, on
slideshare odrazb and PavleZlatic, scribd 581815562, 639983796, 743622817, 512882971, 526864655,
443146796, 468031495, docplayer.rs 147083591) and the Montenegrin "Uputstvo za ocjenjivanje"
(scribd 647699154): only the general instructions at their start were stored; Croatian solution
books on scribd (148951133, 274190671, 598284683, 598284577, 390599478) and the Montenegrin
"Dijagonala" (scribd 438059132): front matter, multiple choice or garbled degrees and fractions;
eucbeniki matematika7/772/index7 (its "Drži. Ne drži." answers are not stored), 678/index7,
mat5/729's other exercises, matematika6/441 and 450 (no answers); naurok.com.ua tests (titles
only); matematika-doma.org ГДЗ (titles only); shkola.obozrevatel.com (used by an earlier set);
subject.com.ua and pdfslide.tips Ukrainian solution books (single-form answers, front matter);
dgmath.kz (the answer to its task is not in the stored text); matem.kz's word problems (no
answers); sr.milestoblog.com (a machine-translated content farm); mamazna.hr (reads as generated
text); aziza-physics.com, sites.google.com fizikamlang, bs.wikipedia "Mjere za masu",
vinopedia.hr, hrleksikon and enciklopedija.hr (unit definitions, not answers); conferences.ung.si
(a language column on writing times); Russian, Czech, Slovak, Polish, Kyrgyz and Armenian pages
the searches returned (otvet.lol, euroki.org, mail.invlad.ru, zsvltava.cz, zszeleznice.cz,
oskole.detiamy.sk, matematykaszkolna.pl, ky.wikipedia, mkrtich.home.blog), which are outside the
topic's languages; the English homework-system help pages (algebrakit, sowiso, Pearson), also
outside it.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EUC = "eucbeniki.sio.si"
EUC_M6_533 = "https://eucbeniki.sio.si/matematika6/533/index3.html"
EUC_F8_139 = "https://eucbeniki.sio.si/fizika8/139/index3.html"
EUC_M4_115 = "https://eucbeniki.sio.si/mat4/115/index4.html"
EUC_M6_513A = "https://eucbeniki.sio.si/matematika6/513/index1.html"
# sources of bench/equiv_fresh62_d2.py
EUC_M6_513B = "https://eucbeniki.sio.si/matematika6/513/index5.html"
EUC_V1_30 = "https://eucbeniki.sio.si/vega1/30/index1.html"
EUC_M5_729 = "https://eucbeniki.sio.si/mat5/729/index7.html"
MFC = "matematika-fizika.com"
MFC_PRD = "http://matematika-fizika.com/sedmirazred/postoci/postotakrazlomakdec.html"
ONE = "onegdz.com"
ONE_3K = "https://onegdz.com/3-klas/gdz-matematika-3-klas/page,2,255-gdz-matematika-3-klas-skvorcova-so-onopryenko-o-v-2019-rk-nova-programa.html"
MKZ = "matem.kz"
MKZ_ZB = "http://matem.kz/arifmetika/10-zhai-bolshekter"
REF = "referattar.kazaksha.info"
REF_BS = "https://referattar.kazaksha.info/%d0%b1%d3%a9%d0%bb%d1%88%d0%b5%d0%ba%d1%82%d1%96%d0%ba-%d1%81%d0%b0%d0%bd-%d0%b5%d1%81%d1%96%d0%bc"
GOT = "www.go-tel.si"
GOT_PE = "https://www.go-tel.si/instrukcije/pretvarjanje-enot.php"
KIW = "library.kiwix.org"
KIW_SR = "http://library.kiwix.org/wikipedia_sr_top_nopic_2019-08/A/%D0%9F%D1%80%D0%BE%D1%86%D0%B5%D0%BD%D0%B0%D1%82"

CASES = [
    # eucbeniki matematika6/533/index3 (area units, 6th grade): one area in ares, hectares, m^2, km^2
    _c(
        EUC,
        EUC_M6_533,
        gold=r"600 {\rm m^2}",
        pred=r"6\,{\rm a}",
        wrap=True,
        expected=True,
        why="'$6\\,{\\rm a}$ = 600 ${\\rm m^2}$' (sizes asked 'v kvadratnih metrih')",
    ),
    _c(
        EUC,
        EUC_M6_533,
        gold=r"40000 {\rm m^2}",
        pred=r"4\,{\rm ha}",
        wrap=True,
        expected=True,
        why="'$4\\,{\\rm ha}$ = 400 ${\\rm a}$ = 40000 ${\\rm m^2}$'",
    ),
    _c(
        EUC,
        EUC_M6_533,
        gold=r"40000 {\rm m^2}",
        pred=r"400 {\rm a}",
        wrap=True,
        expected=True,
        why="'$4\\,{\\rm ha}$ = 400 ${\\rm a}$ = 40000 ${\\rm m^2}$'",
    ),
    _c(
        EUC,
        EUC_M6_533,
        gold=r"400 {\rm a}",
        pred=r"4\,{\rm ha}",
        wrap=True,
        expected=True,
        why="'$4\\,{\\rm ha}$ = 400 ${\\rm a}$' (first step of the same chain)",
    ),
    _c(
        EUC,
        EUC_M6_533,
        gold=r"0,04 km^2",
        pred=r"4 ha",
        wrap=True,
        expected=True,
        why="table answer: '$4$ ha $ =$ 0,04 km$^2$'",
    ),
    # eucbeniki fizika8/139/index3 (prefixes and unit conversion, 8th grade physics)
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,002\;\rm{m}",
        pred=r"2\cdot10^{-3}\,\rm{m}",
        wrap=True,
        expected=True,
        why="'Dolžino $0,002\\;\\rm{m}$ lahko zapišemo tudi kot desetiško potenco $2\\cdot10^{-3}\\,\\rm{m}$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,002\;\rm{m}",
        pred=r"2\;\rm{mm}",
        wrap=True,
        expected=True,
        why="'... ali uporabimo predpono mili in dobimo $2\\;\\rm{mm}$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"5000\,\rm{m}",
        pred=r"5\,\rm{km}",
        wrap=True,
        expected=True,
        why="'Primeri: $5\\,\\rm{km}=5\\cdot1000\\,\\rm{m}=5000\\,\\rm{m}$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"5\,\rm{m}",
        pred=r"50\,\rm{dm}",
        wrap=True,
        expected=True,
        why="'$50\\,\\rm{dm}=5\\cdot0,1\\,\\rm{m}=5\\,\\rm{m}$' (middle step misprinted; ends kept)",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"70\,\rm{g}",
        pred=r"7\,\rm{dag}",
        wrap=True,
        expected=True,
        why="'$7\\,\\rm{dag}=7\\cdot10\\,\\rm{g}=70\\,\\rm{g}$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,07\,\rm{g}",
        pred=r"70\,\rm{mg}",
        wrap=True,
        expected=True,
        why="'$70\\,\\rm{mg}=70\\cdot0,001\\,\\rm{g}=0,07\\,\\rm{g}$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,75 \rm{m}",
        pred=r"75\,\rm{cm}",
        wrap=True,
        expected=True,
        why="'Vpiši ustrezno mersko število. $75\\,\\rm{cm}=$ 0,75 $\\rm{m}'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"1 000 000 000 000",
        pred=r"10^{12}",
        wrap=True,
        expected=True,
        why="prefix table row 'tera $\\rm{T}$ $10^{12}$ $1 000 000 000 000$'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"100",
        pred=r"10^2",
        wrap=True,
        expected=True,
        why="prefix table row, value filled in: 'hekto $\\rm{h}$ $10^2$ 100'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,001",
        pred=r"10^{-3}",
        wrap=True,
        expected=True,
        why="prefix table row, value filled in: 'mili $\\rm{m}$ $10^{-3}$ 0,001'",
    ),
    _c(
        EUC,
        EUC_F8_139,
        gold=r"0,000 001",
        pred=r"10^{-6}",
        wrap=True,
        expected=True,
        why="prefix table row 'mikro $\\rm{\\mu}$ $10^{-6}$ $0,000 001$'",
    ),
    # eucbeniki mat4/115/index4 (parts of a whole, 4th grade): parts of an hour in words, unit fractions
    _c(
        EUC,
        EUC_M4_115,
        gold=r"polovica ure",
        pred=r"30 minut",
        wrap=True,
        expected=True,
        why="'vemo, da je $30$ minut polovica ure, $15$ minut četrtina ure'",
    ),
    _c(
        EUC,
        EUC_M4_115,
        gold=r"četrtina ure",
        pred=r"15 minut",
        wrap=True,
        expected=True,
        why="'Kolikšen del ure je $15$ minut?' ... '$15$ minut je četrtina ure.'",
    ),
    _c(
        EUC,
        EUC_M4_115,
        gold=r"50 \rm cm",
        pred=r"\frac{1}{2} \ \rm m",
        wrap=True,
        expected=True,
        why="filled in: '$\\frac{1}{2} \\ \\rm m=$ 50 $\\rm cm$'",
    ),
    _c(
        EUC,
        EUC_M4_115,
        gold=r"250 \rm g",
        pred=r"\frac{1}{4} \ \rm kg",
        wrap=True,
        expected=True,
        why="filled in: '$\\frac{1}{4} \\ \\rm kg=$ 250 $\\rm g$'",
    ),
    _c(
        EUC,
        EUC_M4_115,
        gold=r"2 \rm cm",
        pred=r"\frac{1}{5} \ \rm dm",
        wrap=True,
        expected=True,
        why="filled in: '$\\frac{1}{5} \\ \\rm dm=$ 2 $\\rm cm$'",
    ),
    _c(
        EUC,
        EUC_M4_115,
        gold=r"100 \rm m",
        pred=r"\frac{1}{10} \ \rm km",
        wrap=True,
        expected=True,
        why="filled in: '$\\frac{1}{10} \\ \\rm km=$ 100 $\\rm m$'",
    ),
    # eucbeniki matematika6/513/index1 (a fraction as a quotient, 6th grade)
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,75",
        pred=r"\displaystyle{\frac{3}{4}}",
        wrap=True,
        expected=True,
        why="'$\\displaystyle{\\frac{3}{4}}=3:4=0,75$'",
    ),
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,75",
        pred=r"3:4",
        wrap=True,
        expected=True,
        why="'$\\displaystyle{\\frac{3}{4}}=3:4=0,75$'",
    ),
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,5",
        pred=r"\displaystyle{\frac{4}{8}}",
        wrap=True,
        expected=True,
        why="matched pair: '$\\displaystyle{\\frac{4}{8}}$' with '$4:8=0,5$'",
    ),
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,25",
        pred=r"\displaystyle{\frac{2}{8}}",
        wrap=True,
        expected=True,
        why="matched pair: '$\\displaystyle{\\frac{2}{8}}$' with '$2:8=0,25$'",
    ),
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,125",
        pred=r"\displaystyle{\frac{1}{8}}",
        wrap=True,
        expected=True,
        why="matched pair: '$\\displaystyle{\\frac{1}{8}}$' with '$1:8=0,125$'",
    ),
    _c(
        EUC,
        EUC_M6_513A,
        gold=r"0,75",
        pred=r"\displaystyle{\frac{6}{8}}",
        wrap=True,
        expected=True,
        why="matched pair: '$\\displaystyle{\\frac{6}{8}}$' with '$6:8=0,75$'",
    ),
]

r"""An eighty-fifth fresh set of answer-equivalence cases (evaluation only; helper "b": maths answer
pages in French, German, Dutch and Spanish (Spain) -- corrigés, Lösungen, uitwerkingen,
soluciones, Q&A threads -- where a teacher's key, a worked correction or a helper settles whether
one written form of an answer equals another: intervals written ]a ; b[ or (a, b) against
inequalities and set notation, decimal commas and periodic decimals against fractions, radicals
simplified or not, percentages, and a state workbook's list of wrong transformations).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh85_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page states is the same answer, or a form the page
shows to be a different value; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh85_b2.py and bench/equiv_fresh85_b3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them -- decimal commas kept ("2,654",
"0,18", "0{,}001"), the Unicode minus U+2212 kept where the page has it ("[−9, 2]", "−√2"), the
page's own spacing inside intervals kept ("] − ∞, 2]", "]3 ;+∞[", "[5 ;7]"), the mathematical
italic 𝑥 (U+1D465) of 123dok q5m3ve5g kept, the en dash used as a minus by wiskundejuffrouw kept
("18√3 – 2√3"), LaTeX kept as LaTeX (jai20enmaths ``\left]1;5\right]``, sangakoo ``\widehat``,
wiskundeleraar's plain-TeX ``{3 \over {56}}``). Only these wrappers are dropped, each noted in
``why`` where it applies: a left side "x ∈", "L =", "I =", "a =", "x =" when the answer is the
right side; math delimiters ($$ ... $$, \( ... \), mathedia's "$$!"); a leading ``\displaystyle``
that opens a formula (wiki.math.se); lesiteduprof's ``\color{red}`` that marks the boxed result.
jai20enmaths stores each formula twice, once as flattened KaTeX text ("1<x51<x\le5") and once as
TeX source; the TeX source is taken. Conventions: in a chain "A = B = C" or "A ⟺ B" of a key,
gold is the form the exercise asks for (the interval in "écrire sous forme d'intervalle", the
inequality in "à l'aide d'inégalités", the simplified radical, the fraction in "fracción
equivalente", the computed value) and pred the given or intermediate form the page equates with
it. Where a page sets a wrong step against the right one ("Falsche Termumformungen": "8-(5-2)=8-3=5,
aber 8-5-2=3-2=1"; "√(-7)² = 7 und nicht -7"; "Wurzel(39) ... ist eben nicht 6.245"), the wrong
form is a False case against the expression it was meant to equal.

Sources (domain, URL, what is settled, cases; all "web page, no licence file"):

- fr.scribd.com 718102893 "RS-78" ("Correction Série Extra 0-2 : Les Intervalles": exercice 2
  "(1) x ∈ [−9, 2] ⟺ −9 ≤ x ≤ 2" ... "(6) x ∈ [e, +∞[⟺ x ≥ e"; exercice 3 "(1) − 3 < x ≤ 5 ⟺ x
  ∈] − 3, 5]" ... "(6) − 1 ≤ x < 1 ⟺ x ∈ [−1, 1["). 12 cases.
- 123dok.net z3d3vnnd (a 2nde "correction du contrôle sur les intervalles", sujet A: "a) x>3
  équivaut àx∈]3 ;+∞[", "c) x>5 équivaut àx∈]5 ;+∞["). 2 cases.
- 123dok.net q5m3ve5g ("Correction DS n° 1 seconde": "√8 − 3√2 = ... = 2√2 − 3√2 = −√2";
  "Réels compris entre 5 et 7 [5 ;7] 5 ≤ 𝑥 ≤ 7"; "[−1; 9] ∩ [−12; 3] = [−1; 3]"; "]−∞; 12] ∪ [5;
  15] = ]−∞; 15]"). 4 cases.
- www.jai20enmaths.com seconde, "Exercices types : 1ère partie - Exercice 4" ("Écrire sous forme
  d'intervalle": 1<x\le5 is "l'intervalle \left]1;5\right]" ... x>-5 is \left]-5;+\infty\right[;
  "L'inégalité correspondante à l'intervalle I=\left[7;+\infty\right[ est alors : x\ge7"). 5 cases.
- victormat.es 4ESOaplic Tema1 "intervalos" (a Spanish 4º ESO page; "Soluciones: a) [1,5]; {x∈R/
  1 ≤ x ≤ 5} b) ; {x∈R/ x ≥ 3} c) (-1,12); d) (-∞,1); {x∈R/ x < 1}" for the table rows b) "[3,∞)"
  and c) "{x∈R/ -1 < x < 12}"). 4 cases.

Sources of bench/equiv_fresh85_b2.py:

- de.bettermarks.com "mathe/ungleichung" ("Im ersten Fall ist 2 < x < 3. Die Lösungsmenge L
  besteht aus dem Intervall ]2,3[."). 1 case.
- www.gutefrage.net "bester-weg-um-loesungsmenge-einer-ungleichung-zu-bestimmen" (an answer:
  "Dividiere durch 3: -11/3 > x ... oder x < -11/3."). 1 case.
- mathelounge.de 274681 (answer 274712: "L = [-2, 3] in Mengenschreibweise L = { x Element R | -2 ≤
  x≤ 3}"). 1 case.
- mathedia.com "analysis/ungleichungen/aufgabe-1" (Lösung: "x \leq \frac{3}{7}" ... "Die
  Lösungsmenge ist das Intervall (-\infty, 3/7]."). 1 case.
- hhofstede.nl "modules/uitwHBwortelsvereenvoudigen.htm" (Dutch worked answers: "√1620 = ... =
  18√5" ... "√7203 = ... = 49√3"; "3/√7 = 3/√7 · √7/√7 = 3√7/7 = 3/7 √7"; "4/√8 = ... = √2"). 13
  cases.
- sangakoo.com "es/temas/paso-de-decimales-a-fracciones/ejercicios" ("a=2,654",
  "\dfrac{2654}{1000}=\dfrac{1327}{500}", "b=13,\widehat{187}", "c=19,13\widehat{76}", "Solución:
  a=\dfrac{1327}{500} b=\dfrac{13174}{999} c=\dfrac{189463}{9900}"). 4 cases.
- www.wiskundeleraar.nl page3ict 11744 ("0. voorkennis": "{5 \over {\left( {{2 \over 3}} \right)}}
  = 5 \times {3 \over 2} = {{15} \over 2} = 7{1 \over 2}", "... = {3 \over {56}}", "18%=$\frac{18}
  {100}$=0,18"). 5 cases.
- wiskundejuffrouw.wordpress.com "tag/optellen" ("2√5 + 3√5 = 5√5", "18√3 – 2√3 = 16√3", "2a+3a
  korter kunt schrijven als 5a"). 3 cases.
- web2.0rechner.de "fragen/mehrziffrige-periode" ("abbrechend: 6/25=0,24 reinperiodich:1/3=0,33333...
  gemischt periodisch:13/6=2,1666666..."). 3 cases.
- matheretter.de "wiki/umwandlung-bruch-prozentzahl" ("Zu merken: 50 % ist gleich \( \frac{1}{2}
  \). Und genauso ist \( \frac{1}{2} \) = 0,5 = 50 %"). 2 cases.

Sources of bench/equiv_fresh85_b3.py:

- mathe-arbeitsheft.zsl-bw.de "Klasse 8/BPE_1_1/Lösung Falsche Termumformungen" (the
  Baden-Württemberg ZSL workbook's solution page: "8-(5-2)=8-3=5, aber 8-5-2=3-2=1" ...
  "\sqrt{3^2 + 4^2} \neq 3 + 4", "\sqrt{(-7)^2} = \sqrt{49} = 7 und nicht -7"). 12 cases (8 False).
- mathelounge.de 224349 (answer 224360: "Wurzel(39)=sqrt(39)=exp(log(39)/2) ist eben nicht 6.245
  (das wäre die Frage: "wie groß ist 1249/200" )"). 2 cases (1 False).
- wiki.math.se bridgecourse1-TU-Berlin "1.3 Potenzen" (Beispiel 1 and 2: "5^3 = ... = 125",
  "0{,}1^3 = ... = 0{,}001", "(-2)^4 = ... = 16, aber -2^4 = ... = -16", "2\cdot 3^2 = ... = 18,
  aber (2\cdot3)^2 = 6^2 = 36", "\left(\displaystyle\frac{2}{3}\right)^3 = ... = \frac{8}{27}").
  10 cases (2 False).
- www.moodle.lesiteduprof.fr Seconde "CalculNumerique" Rac-02 and Rac-01 (solutions: "\sqrt{7^2 +
  3^2} = \sqrt{49 + 9} = \color{red}\sqrt{58}" ... "\sqrt {5^4} = ... = \color{red}25"). 8 cases.

93 cases in all (11 False): 27 here (all True), 34 in bench/equiv_fresh85_b2.py (all True), 32 in
bench/equiv_fresh85_b3.py (11 False).

Left out, by rule: forms whose inequality sign or set symbol the text conversion mangled or lost
(123dok z3d3vnnd's "−3Éx<2 7", "xÉ5", where É stands for ≤, its "IJ=[0 ; 3[" with ∩/∪ lost and its
stacked fractions "−3 4; 13 4"; mathe-online.univie.ac.at "1/Ö2" and the Ö-for-√ steps of
hhofstede); keys that write an interval with a bracket turned inward at infinity, as written by
the teacher ("x<2 équivaut àx∈[−∞; 2[", "Réels strictement supérieurs à 2 ]2; +∞] x > 2");
notation that reads two ways in linear text (hhofstede's intermediate "1/2√8", meant as ½√8);
approximations offered as such ("√12 \approx 3,46", "≈0.714285", "0.428571428571428571......
ergibt rund 0.4285714285714286", rhetos.de "20:3 ≈ 6,66", "21,4%" for 6/28); stacked or split
fractions (the yoquieroaprobar copy es.scribd 693852434, esdocs 1036963's ESO "Soluciones", the
arietiform copy of es.scribd 527836581 "SOLUCIONES U01 MAP 4ESO", 123dok q5m3ve5g's "7 (2 5−1 3)"); exponents flattened by the conversion (mathelounge 438313's
"√121 * 102", 123dok q5m3ve5g's "5 × 103"); single-form answers ("𝑆 = [−4; 5[", "(Sol: x≤-1)");
items a page sets side by side without saying they are equal or not (lesiteduprof's √169 − √144
against √(169 − 144)).

Examined and not used: Dutch CvTE correctievoorschriften on 5dok.net and Cito's answer analyses
(front matter only, and examined by earlier sets); wisfaq.nl 92484 and 92514 (used before), 45248
(Ö for √); wiskunde.net "wortels-herleiden", vanhoeckes.be "wortel.rekenen.2", wiskundeleraar
12118 and 11608, mathegym.de glossary 200, cdme4.blogspot.com, sunudaara.com exercice 11 and
node/3903, mathelounge 532625 and 2878, matheretter "mathefehler1", stibex FAQ 44001661359 (all
used by earlier sets); wiskundeoefeningen.be "breuken.haakjes.1" (three different random versions
stored under one URL); math4all and Wageningse Methode answer pages (fractions and radicals
stacked or lost); the Spanish CDI Madrid criteria (scribd 324881244, used before, general criteria
only); vittorina.fr, vizasking.com, frstudy.me, laurentvidal.fr, sabemos.net, idlearns.com
(scraped homework-answer farms); gauthmath, srexamen.com, symbolab, mathway, frage.de, pixelation.org,
monithon.org, forma-slova.com, knowunity pages (AI, CAS-generated or rewritten texts); swissmath.ch
(examined before, generated corrections); leadingeducation.ma and jetsetbikes.ru (generated
lessons); forum.mathforu.com 32708 (an encadrement, not an equality); proofwiki (English);
slimleren.nl (approximations and single forms); gricha.be (multiple choice); lycee-oiselet.fr
(the fraction of BC² lost by the conversion).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# --- sources of this module
SCR = "fr.scribd.com"
SCR_RS78 = "https://fr.scribd.com/document/718102893/RS-78"
DOK = "123dok.net"
DOK_Z3D3 = (
    "https://123dok.net/document/"
    "z3d3vnnd-ii-i-iii-correctionducontr%C3%B4lesurlesintervalles-points-sujeta.html"
)
DOK_Q5M3 = "https://123dok.net/document/q5m3ve5g-point-exercice-points-on-donc-point-points-on.html"
J20 = "www.jai20enmaths.com"
J20_EX4 = (
    "https://www.jai20enmaths.com/seconde/ensembles-de-nombres-intervalles-et-valeurs-absolues/"
    "exercices-types-1supere-sup-partie/exercice-4"
)
VIC = "victormat.es"
VIC_INT = "https://victormat.es/4ESOaplic/Tema1-ConjuntosNumericos/intervalos.html"
BMK = "de.bettermarks.com"
BMK_UNG = "https://de.bettermarks.com/mathe/ungleichung/"
GUF = "www.gutefrage.net"
GUF_LM = "http://www.gutefrage.net/frage/bester-weg-um-loesungsmenge-einer-ungleichung-zu-bestimmen"
MLO = "mathelounge.de"
MLO_274681 = (
    "https://mathelounge.de/274681/mengenlehre-losungsmenge-von-ungleichungen-bsp-x-2-x-6-0"
    "?show=274712"
)
MED = "mathedia.com"
MED_A1 = "http://mathedia.com/analysis/ungleichungen/aufgabe-1/"
# --- sources of bench/equiv_fresh85_b2.py
HHO = "hhofstede.nl"
HHO_WV = "http://hhofstede.nl/modules/uitwHBwortelsvereenvoudigen.htm"
SAN = "sangakoo.com"
SAN_DF = "https://sangakoo.com/es/temas/paso-de-decimales-a-fracciones/ejercicios"
WSL = "www.wiskundeleraar.nl"
WSL_11744 = "https://www.wiskundeleraar.nl/page3ict.asp?nummer=11744"
WJF = "wiskundejuffrouw.wordpress.com"
WJF_OPT = "https://wiskundejuffrouw.wordpress.com/tag/optellen/"
W2R = "web2.0rechner.de"
W2R_MP = "https://web2.0rechner.de/fragen/mehrziffrige-periode"
MRE = "matheretter.de"
MRE_BP = "https://matheretter.de/wiki/umwandlung-bruch-prozentzahl"
# --- sources of bench/equiv_fresh85_b3.py
ZSL = "mathe-arbeitsheft.zsl-bw.de"
ZSL_FT = (
    "https://mathe-arbeitsheft.zsl-bw.de/xwiki/bin/view/Klasse%208/BPE_1_1/"
    "L%C3%B6sung%20Falsche%20Termumformungen"
)
MLO_224349 = "https://mathelounge.de/224349/wurzel-ziehen-wie-rechnet-man-mit-wurzeln?show=224360"
WMS = "wiki.math.se"
WMS_POT = "http://wiki.math.se/wikis/2009/bridgecourse1-TU-Berlin/index.php/1.3_Potenzen"
LSP = "www.moodle.lesiteduprof.fr"
LSP_RAC2 = (
    "https://www.moodle.lesiteduprof.fr/Data/Jannest/Seconde/NC/Exos/Prof3136/CalculNumerique/"
    "co/Rac-02.html"
)
LSP_RAC1 = (
    "https://www.moodle.lesiteduprof.fr/Data/Jannest/Seconde/NC/Exos/Prof3136/CalculNumerique/"
    "co/Rac-01.html"
)

CASES = [
    # RS-78, exercice 2 ("Écrire les intervalles suivants à l'aide d'inégalités"): gold is the
    # inequality, pred the given interval ("x ∈" dropped)
    _c(
        SCR,
        SCR_RS78,
        gold=r"−9 ≤ x ≤ 2",
        pred=r"[−9, 2]",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(1) x ∈ [−9, 2] ⟺ −9 ≤ x ≤ 2'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"0 < x < 1",
        pred=r"]0, 1[",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(2) x ∈]0, 1[⟺ 0 < x < 1'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"2 < x ≤ 6",
        pred=r"]2, 6]",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(3) x ∈]2, 6] ⟺ 2 < x ≤ 6'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"x ≤ 2",
        pred=r"] − ∞, 2]",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(4) x ∈] − ∞, 2] ⟺ x ≤ 2'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"x < π",
        pred=r"] − ∞, π[",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(5) x ∈] − ∞, π[⟺ x < π'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"x ≥ e",
        pred=r"[e, +∞[",
        wrap=True,
        expected=True,
        why="Ex. 2 correction: '(6) x ∈ [e, +∞[⟺ x ≥ e'",
    ),
    # RS-78, exercice 3 ("Écrire les inégalités suivantes à l'aide d'intervalles"): gold is the
    # interval ("x ∈" dropped), pred the given inequality
    _c(
        SCR,
        SCR_RS78,
        gold=r"] − 3, 5]",
        pred=r"− 3 < x ≤ 5",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(1) − 3 < x ≤ 5 ⟺ x ∈] − 3, 5]'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"] − ∞, 10[",
        pred=r"10 > x",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(2) 10 > x ⟺ x ∈] − ∞, 10['",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"[−2, +∞[",
        pred=r"x ≥ −2",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(3) x ≥ −2 ⟺ x ∈ [−2, +∞['",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"[1, 3]",
        pred=r"3 ≥ x ≥ 1",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(4) 3 ≥ x ≥ 1 ⟺ x ∈ [1, 3]'",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"]0, +∞[",
        pred=r"0 < x",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(5) 0 < x ⟺ x ∈]0, +∞['",
    ),
    _c(
        SCR,
        SCR_RS78,
        gold=r"[−1, 1[",
        pred=r"− 1 ≤ x < 1",
        wrap=True,
        expected=True,
        why="Ex. 3 correction: '(6) − 1 ≤ x < 1 ⟺ x ∈ [−1, 1['",
    ),
    # 123dok z3d3vnnd, 2nde correction du contrôle sur les intervalles, sujet A, I
    _c(
        DOK,
        DOK_Z3D3,
        gold=r"]3 ;+∞[",
        pred=r"x>3",
        wrap=True,
        expected=True,
        why="Sujet A, I: 'a) x>3 équivaut àx∈]3 ;+∞['",
    ),
    _c(
        DOK,
        DOK_Z3D3,
        gold=r"]5 ;+∞[",
        pred=r"x>5",
        wrap=True,
        expected=True,
        why="Sujet A, I: 'c) x>5 équivaut àx∈]5 ;+∞['",
    ),
    # 123dok q5m3ve5g, Correction DS n° 1 seconde
    _c(
        DOK,
        DOK_Q5M3,
        gold=r"−√2",
        pred=r"√8 − 3√2",
        wrap=True,
        expected=True,
        why="Exercice 2: '𝑐) √8 − 3√2 = √4 × 2 − 3√2 = √4 × √2 − 3√2 = 2√2 − 3√2 = −√2'",
    ),
    _c(
        DOK,
        DOK_Q5M3,
        gold=r"[5 ;7]",
        pred=r"5 ≤ 𝑥 ≤ 7",
        wrap=True,
        expected=True,
        why="Exercice 3 table row: 'Réels compris entre 5 et 7 [5 ;7] 5 ≤ 𝑥 ≤ 7'",
    ),
    _c(
        DOK,
        DOK_Q5M3,
        gold=r"[−1; 3]",
        pred=r"[−1; 9] ∩ [−12; 3]",
        wrap=True,
        expected=True,
        why="Exercice 3: '2) [−1; 9] ∩ [−12; 3] = [−1; 3]'",
    ),
    _c(
        DOK,
        DOK_Q5M3,
        gold=r"]−∞; 15]",
        pred=r"]−∞; 12] ∪ [5; 15]",
        wrap=True,
        expected=True,
        why="Exercice 3: '3) ]−∞; 12] ∪ [5; 15] = ]−∞; 15]'",
    ),
    # jai20enmaths seconde, exercices types exercice 4 (TeX source of each formula)
    _c(
        J20,
        J20_EX4,
        gold=r"\left]1;5\right]",
        pred=r"1<x\le5",
        wrap=True,
        expected=True,
        why="Question 1 correction: 'Il s'agit de l'intervalle ... \\left]1;5\\right].'",
    ),
    _c(
        J20,
        J20_EX4,
        gold=r"\left]2;3\right[",
        pred=r"2<x<3",
        wrap=True,
        expected=True,
        why="Question 2 correction: 'Il s'agit de l'intervalle ... \\left]2;3\\right[.'",
    ),
    _c(
        J20,
        J20_EX4,
        gold=r"\left]-\infty;-1\right[",
        pred=r"x<-1",
        wrap=True,
        expected=True,
        why="Question 3 correction: 'Il s'agit de l'intervalle ... \\left]-\\infty;-1\\right[.'",
    ),
    _c(
        J20,
        J20_EX4,
        gold=r"\left]-5;+\infty\right[",
        pred=r"x>-5",
        wrap=True,
        expected=True,
        why="Question 4 correction: 'Il s'agit de l'intervalle ... \\left]-5;+\\infty\\right[.'",
    ),
    _c(
        J20,
        J20_EX4,
        gold=r"x\ge7",
        pred=r"\left[7;+\infty\right[",
        wrap=True,
        expected=True,
        why="Question 5: 'L'inégalité correspondante à l'intervalle I=\\left[7;+\\infty\\right[ "
        "est alors : x\\ge7' ('I=' dropped)",
    ),
    # victormat.es 4º ESO intervalos, "Rellena la siguiente tabla", Soluciones
    _c(
        VIC,
        VIC_INT,
        gold=r"[1,5]",
        pred=r"{x∈R/ 1 ≤ x ≤ 5}",
        wrap=True,
        expected=True,
        why="Soluciones: 'a) [1,5]; {x∈R/ 1 ≤ x ≤ 5}'",
    ),
    _c(
        VIC,
        VIC_INT,
        gold=r"{x∈R/ x ≥ 3}",
        pred=r"[3,∞)",
        wrap=True,
        expected=True,
        why="Table row 'b) | [3,∞)'; Soluciones: 'b) ; {x∈R/ x ≥ 3}'",
    ),
    _c(
        VIC,
        VIC_INT,
        gold=r"(-1,12)",
        pred=r"{x∈R/ -1 < x < 12}",
        wrap=True,
        expected=True,
        why="Table row 'c) | {x∈R/ -1 < x < 12}'; Soluciones: 'c) (-1,12);'",
    ),
    _c(
        VIC,
        VIC_INT,
        gold=r"(-∞,1)",
        pred=r"{x∈R/ x < 1}",
        wrap=True,
        expected=True,
        why="Soluciones: 'd) (-∞,1); {x∈R/ x < 1}'",
    ),
]

r"""A sixty-first fresh set of answer-equivalence cases (evaluation only; helper "d": German,
Austrian and Swiss school mathematics -- exam answer keys with marking notes, solution pages and
German forums (mathelounge, mathebattle, web2.0rechner, lntwww) where one answer is written as a
fraction, a decimal with a comma or a point, a percent, a rounded value, a ratio "30:31", a unit
conversion or a set notation, or where a stated solution is refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt to
/work/wt/fresh60_claims/claims.txt; each page was claimed in /work/wt/fresh61_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file (the
gitea.freimann.eu files are raw LaTeX sources of a teacher's exams, served as web pages). Only the
text the search tool returned for a page (its excerpt) was read. Do not tune the judge on these
cases.

Transcription: strings are copied as the stored page shows them: decimal commas ("96,8%",
"0,065 dm³") and points ("4.47\%", "0.04333") as printed, "%" with or without a space and in
LaTeX as "\%", LaTeX kept as LaTeX without its $ delimiters ("\frac{17}{380}",
"27.\overline{7}\ \%", "\left\{ -\dfrac 3 2 \right\}"), the en dash in learnattack's "{–1,5}",
the root sign in "± √625", units and superscripts as printed ("87,11cm³", "(12,5 cm)²"). A left
side "L =", "x =", "p =", "V =", "A =" or "Pr(...) =" is dropped. Where a key chains forms with
"=" or "≈" (freimann, mathebattle, mathelounge 208349, lntwww, msa06be) the form the task asks
for, or else the first, is the gold and each other form a True case. The roots in mathelounge
147830 stand on two lines ("x1 = 25" / "x2 = -25", after "und" higher up); they are joined as
"x1 = 25 und x2 = -25" and kept as equations, since two named roots are the answer. The equations
of mathelounge 111574 are the answer itself and are kept whole.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- gitea.freimann.eu Pruefungen, gesoBMP2024 lotto/23_S1_Farbstifte_V1.tex (Swiss BMS exam key:
  "$\frac{17}{380} \approx 4.47\%$", "$\frac{23}{57}\approx 40.351\%$"). 2 cases.
- gitea.freimann.eu Pruefungen, P_GESO bruchrechnen/Bruchrechnen_Multiplikation_Division_v1.tex
  ("$\frac{1}{6}$=$\frac{12}{72}$=...=$16.\overline{6}\%$", "$0.04333 =
  \frac{13}{300}=\frac{195}{4500}$", "$\frac{2}{3}$=$0.\overline{6}$=$66.\overline{6}\%$").
  6 cases.
- gitea.freimann.eu Pruefungen, gesoBMP2024 bernoulli/SchuleSchwaenzen_23_S2_V1.tex (answer space
  "\frac{6}{22}", marking note "$p=6/22$"). 1 case.
- learnattack.de "mathe/losungsmenge" ("L= {-3/2} bzw. L = {–1,5}"; "L= \mathbb R_0^+ = \{x| x
  \ge0 \}"). 2 cases.
- rhetos.de "html/lex/loesungsmenge.htm" (x+4 = x: "L = {} (leere Menge)", "L = ∅ (leere
  Menge)"). 1 case.
- sek1.mathebattle.de "edu_randomtasks/overview/190" (Prozentsatz: "30:31 ≈ 0,9677 ≈ 96,8%",
  "11:67 ≈ 0,1642 ≈ 16,4%"). 4 cases.
- mathelounge.de 128353 "fehler-in-gleichungen-finden" (given "Lösung :x=6" and "Lösung:x=80h"
  refused; right are 9 and 20 h). 2 cases (2 False).
- mathelounge.de 147830 (x² = 625: "± √625", x1 = 25, x2 = -25; Probe "750/625 = 6/5").
  2 cases.
- mathelounge.de 208349 (Probe: "0,9065 = 90,65%", "0,8878 = 88,78%"). 2 cases.
- web2.0rechner.de "mitglieder/heureka/?answerpage=80" (two dice: "\frac{10}{36}=27.\overline{7}\
  \%"). 1 case.
- www.lntwww.de Aufgabe 3.1 "Wahrscheinlichkeiten beim Würfeln" (revision diff 29426: "6/36 =
  0.1667", "2/36 = 0.0556"). 2 cases.
- de.scribd.com doc 3133123 "msa06be-loesungen-nacharbeit-mathematik" (a Berlin MSA key:
  "A= (12,5 cm)² = 156,25 cm²", "87,11cm³ = 0,087 l", "V = 65,445 cm³ = 0,065 dm³ =
  0,065 l"). 4 cases.
- www.mathelounge.de 111574 "quadrieren-bei-potenzen" ("16r=64s" is "ein Fehler"; "Tatsächlich
  gilt: 64 r = 16 s bzw. ... 4 r = s"). 2 cases (1 False).
- www.watson.de rätsel 962705417 ("9 - 3 ÷ 1/3 + 1": "Auch 9, stimmt's? ... FALSCH", "1 ist also
  die richtige Lösung"). 1 case (1 False).

32 cases in all (4 False).

Left out, by rule: partial credit for a form of the same value (freimann Bruchrechnen "0.5 Pkt
für $-\frac{(-x)^2}{y^2}$" against $\frac{-x^2}{y^2}$ and "1.5 Pkt. falls nicht vollständig
gekürzt. Zum Beispiel $\frac{9a}{6a^2}$" against $\frac{3}{2a}$; 88.198.122.255 Oelschicht_v1.tex
"10$^5$ m$^2$ nur 1.5 Pkt" against 0.1 km²; SchuleSchwaenzen "Ein halber Punkt für die Lösung als
Faktor" against 5.901 %); a form the key itself gets wrong ("$1.\overline{6}$" in the chain for
1/6; msa06be's "8 · 0,087 l = 0,0696 l"); mathelounge 227576, whose "12/21 = 4/7" is labelled
"ungerade" but adds the even faces; forms whose fraction was lost in conversion (msa06be 2c "AD =
3 cm", Berlin MSA 2009 "(≈1,44)"); pepperl-fuchs.com's "11 zu 36 beziehungsweise ... 30,56 %"
(odds wording); single forms (mathe.zone "Lösungen" lists, mathelounge 212227 "√a + √b",
learnattack "L= \{ -1; 1 \}", rhetos "L = {-5; 5}").

Examined and not used: the Austrian SRDP Korrekturhefte (scribd 619392504 and its melakarnets and
fdokument copies, scribd 674019335, 641680019, 661719161) and the Hungarian German-language
"Javítási-értékelési útmutató" (scribd 277262669): only their general marking rules were stored,
no Lösungsschlüssel with Toleranzintervall; Hamburg and Berlin MSA/ESA keys (readkong 8398139,
fdokument Ma1-HA-LM-2011, scribd 372721708) likewise or garbled; gutefrage threads on Punktabzug
(about grading, no answer forms); lehrerforen.de and news pages on the Abitur; numbas.mathcentre
German help page (no concrete forms); matheretter.de q1/los, mathebattle overview/367, leifiphysik
and o-mathe (claimed or used earlier); knowunity.de notes and mathgptpro.com (generated or
AI-written).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FRM = "gitea.freimann.eu"
FRM_FARB = (
    "http://gitea.freimann.eu:3001/phi/Pruefungen/raw/commit/"
    "f8adec778718042ce4b65bc98380019e937a7ac0/gesoBMP2024/aufg/stoch/lotto/23_S1_Farbstifte_V1.tex"
)
FRM_BRUCH = (
    "http://gitea.freimann.eu:3001/phi/Pruefungen/raw/commit/"
    "76c665619450d0844f1c6dd048a0dee459b8eccf/aufgaben/P_GESO/aa1/bruchrechnen/"
    "Bruchrechnen_Multiplikation_Division_v1.tex"
)
FRM_SCHW = (
    "http://gitea.freimann.eu:3001/phi/Pruefungen/raw/commit/"
    "e6dc01d011a135168d78d47d5608ed32f329b415/gesoBMP2024/aufg/stoch/bernoulli/"
    "SchuleSchwaenzen_23_S2_V1.tex"
)
LA = "learnattack.de"
LA_LM = "https://learnattack.de/mathe/losungsmenge"
RH = "rhetos.de"
RH_LM = "https://rhetos.de/html/lex/loesungsmenge.htm"
MB = "sek1.mathebattle.de"
MB_190 = "https://sek1.mathebattle.de/edu_randomtasks/overview/190"
ML = "mathelounge.de"
ML_128353 = "https://mathelounge.de/128353/fehler-in-gleichungen-finden"
ML_147830 = "https://mathelounge.de/147830/losungmenge-bestimmen-mit-pq-formel-oder-quad-erganzung"
ML_208349 = (
    "https://mathelounge.de/208349/wurfel-geworfen-wahrscheinlichkeit-dabei-keine-sechs-wirft"
    "?show=208364"
)
W2 = "web2.0rechner.de"
W2_HEU = "https://web2.0rechner.de/mitglieder/heureka/?answerpage=80"
LNT = "www.lntwww.de"
LNT_31 = (
    "http://www.lntwww.de/index.php?title=Aufgaben:Aufgabe_3.1:_Wahrscheinlichkeiten_beim_"
    "W%C3%BCrfeln&diff=prev&oldid=29426"
)
SCR = "de.scribd.com"
SCR_MSA06 = "https://de.scribd.com/doc/3133123/msa06be-loesungen-nacharbeit-mathematik"
MLW = "www.mathelounge.de"
ML_111574 = "https://www.mathelounge.de/111574/quadrieren-bei-potenzen"
WAT = "www.watson.de"
WAT_RAE = (
    "https://www.watson.de/leben/r%C3%A4tsel/"
    "962705417-raetsel-knackst-du-das-mathe-raetsel-auf-fuenftklaessler-niveau"
)

CASES = [
    # gitea.freimann.eu Farbstifte (BMS exam): the key writes fraction and rounded percent in one answer space
    _c(
        FRM,
        FRM_FARB,
        gold=r"4.47\%",
        pred=r"\frac{17}{380}",
        wrap=True,
        expected=True,
        why=r"answer space '$\frac{17}{380} \approx 4.47\%$' (Angabe in % auf zwei Nachkommastellen)",
    ),
    _c(
        FRM,
        FRM_FARB,
        gold=r"40.351\%",
        pred=r"\frac{23}{57}",
        wrap=True,
        expected=True,
        why=r"answer space '$\frac{23}{57}\approx 40.351\%$' (Angabe in % auf drei Nachkommastellen)",
    ),
    # gitea.freimann.eu Bruchrechnen (GESO exam): keys chaining fraction, decimal and percent forms
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"\frac{1}{6}",
        pred=r"\frac{12}{72}",
        wrap=True,
        expected=True,
        why=r"'3/8 von 4/9': key '$\frac{1}{6}$=$\frac{12}{72}$=...=$16.\overline{6}\%$'",
    ),
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"\frac{1}{6}",
        pred=r"16.\overline{6}\%",
        wrap=True,
        expected=True,
        why=r"'3/8 von 4/9': key '$\frac{1}{6}$=$\frac{12}{72}$=...=$16.\overline{6}\%$'",
    ),
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"0.04333",
        pred=r"\frac{13}{300}",
        wrap=True,
        expected=True,
        why=r"'15% von 13/45': key '$0.04333 = \frac{13}{300}=\frac{195}{4500}$'",
    ),
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"0.04333",
        pred=r"\frac{195}{4500}",
        wrap=True,
        expected=True,
        why=r"'15% von 13/45': key '$0.04333 = \frac{13}{300}=\frac{195}{4500}$'",
    ),
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"\frac{2}{3}",
        pred=r"0.\overline{6}",
        wrap=True,
        expected=True,
        why=r"'0.125 von 16/3': key '$\frac{2}{3}$=$0.\overline{6}$=$66.\overline{6}\%$'",
    ),
    _c(
        FRM,
        FRM_BRUCH,
        gold=r"\frac{2}{3}",
        pred=r"66.\overline{6}\%",
        wrap=True,
        expected=True,
        why=r"'0.125 von 16/3': key '$\frac{2}{3}$=$0.\overline{6}$=$66.\overline{6}\%$'",
    ),
    # gitea.freimann.eu SchuleSchwaenzen: the same p in the answer space and in the marking note
    _c(
        FRM,
        FRM_SCHW,
        gold=r"\frac{6}{22}",
        pred=r"6/22",
        wrap=True,
        expected=True,
        why=r"answer space '$p=\LoesungsRaum{\frac{6}{22}}$'; trainer note 'Ein halber Punkt für $p=6/22$'",
    ),
    # learnattack.de Lösungsmenge: one solution set written two ways
    _c(
        LA,
        LA_LM,
        gold=r"\left\{ -\dfrac 3 2 \right\}",
        pred=r"{–1,5}",
        wrap=True,
        expected=True,
        why=r"'2x = –3 ... bei D=Q oder D=R ... \(L= \left\{ -\dfrac 3 2 \right\}\) bzw. L = {–1,5}'",
    ),
    _c(
        LA,
        LA_LM,
        gold=r"\mathbb R_0^+",
        pred=r"\{x| x \ge0 \}",
        wrap=True,
        expected=True,
        why=r"'x= |x| (D = R) => L= \mathbb R_0^+ = \{x| x \ge0 \}'",
    ),
    # rhetos.de Lösungsmenge: the empty solution set in both notations
    _c(
        RH,
        RH_LM,
        gold=r"{}",
        pred=r"∅",
        wrap=True,
        expected=True,
        why=r"x+4 = x: 'L = {} (leere Menge)' and 'L = ∅ (leere Menge)'",
    ),
    # sek1.mathebattle.de overview/190: Prozentsatz as ratio, rounded decimal and percent
    _c(
        MB,
        MB_190,
        gold=r"96,8%",
        pred=r"0,9677",
        wrap=True,
        expected=True,
        why=r"'Bestimme den Prozentsatz: 30 von 31 ... also 30:31 ≈ 0,9677 ≈ 96,8%'",
    ),
    _c(
        MB,
        MB_190,
        gold=r"96,8%",
        pred=r"30:31",
        wrap=True,
        expected=True,
        why=r"'also 30:31 ≈ 0,9677 ≈ 96,8%'",
    ),
    _c(
        MB,
        MB_190,
        gold=r"16,4%",
        pred=r"0,1642",
        wrap=True,
        expected=True,
        why=r"'Gib den Vegetarieranteil in Prozent an ... also 11:67 ≈ 0,1642 ≈ 16,4%'",
    ),
    _c(
        MB,
        MB_190,
        gold=r"16,4%",
        pred=r"11:67",
        wrap=True,
        expected=True,
        why=r"'also 11:67 ≈ 0,1642 ≈ 16,4%'",
    ),
    # mathelounge 128353 'Fehler in Gleichungen finden': given solutions refused
    _c(
        ML,
        ML_128353,
        gold=r"9",
        pred=r"6",
        wrap=True,
        expected=False,
        why=r"a) given 'Lösung :x=6' is 'falsch aufgelöst worden. Richtig ist: ... x = 36 / 4 = 9'",
    ),
    _c(
        ML,
        ML_128353,
        gold=r"20 h",
        pred=r"80h",
        wrap=True,
        expected=False,
        why=r"c) given 'Lösung:x=80h' does not fit the task; 'Richtig ist: 20 - 0,4 x = 12 ... x = 20 h'",
    ),
    # mathelounge 147830: roots of 6/5 = (125 + x²)/x² and the check
    _c(
        ML,
        ML_147830,
        gold=r"x1 = 25 und x2 = -25",
        pred=r"± √625",
        wrap=True,
        expected=True,
        why=r"'x1,2 = 0 ± √(0 + 625) = 0 ± √625 = ± √625 / x1 = 25 / x2 = -25'",
    ),
    _c(
        ML,
        ML_147830,
        gold=r"6/5",
        pred=r"750/625",
        wrap=True,
        expected=True,
        why=r"Probe: '(125 + 625)/625 = 750/625 = 6/5'",
    ),
    # mathelounge 208349: at least one six, probability as decimal and percent
    _c(
        ML,
        ML_208349,
        gold=r"90,65%",
        pred=r"0,9065",
        wrap=True,
        expected=True,
        why=r"Probe: '1 - (5/6)13 ≈ 1 - 0,0935 = 0,9065 = 90,65%'",
    ),
    _c(
        ML,
        ML_208349,
        gold=r"88,78%",
        pred=r"0,8878",
        wrap=True,
        expected=True,
        why=r"Probe: '1 - (5/6)12 ≈ 1 - 0,1122 = 0,8878 = 88,78%'",
    ),
    # web2.0rechner.de heureka answer page 80: two dice, one 1 and one non-1
    _c(
        W2,
        W2_HEU,
        gold=r"\frac{10}{36}",
        pred=r"27.\overline{7}\ \%",
        wrap=True,
        expected=True,
        why=r"a) 'Die Wahrscheinlichkeit ist $$\frac{10}{36}=27.\overline{7}\ \%$$'",
    ),
    # lntwww.de Aufgabe 3.1 (Würfeln): sample solution with fraction and rounded decimal
    _c(
        LNT,
        LNT_31,
        gold=r"6/36",
        pred=r"0.1667",
        wrap=True,
        expected=True,
        why=r"(1) '$$\underline{{\rm Pr}(R=B) = 6/36} = 0.1667$$'",
    ),
    _c(
        LNT,
        LNT_31,
        gold=r"0.0556",
        pred=r"2/36",
        wrap=True,
        expected=True,
        why=r"(2) '${\rm Pr}(S = 3) = 2/36\hspace{0.15cm}\underline{ = 0.0556}$'",
    ),
    # de.scribd.com msa06be (msa06be Lösungen Nacharbeit, Berlin MSA key): units and rounded volumes
    _c(
        SCR,
        SCR_MSA06,
        gold=r"156,25 cm²",
        pred=r"(12,5 cm)²",
        wrap=True,
        expected=True,
        why=r"3a) 'Fläche eines Quadrats: A= (12,5 cm)² = 156,25 cm²'",
    ),
    _c(
        SCR,
        SCR_MSA06,
        gold=r"87,11cm³",
        pred=r"0,087 l",
        wrap=True,
        expected=True,
        why=r"4a) 'V = π ⋅ r² h § 87,11cm³ = 0,087 l' (the § is the converted ≈)",
    ),
    _c(
        SCR,
        SCR_MSA06,
        gold=r"65,445 cm³",
        pred=r"0,065 dm³",
        wrap=True,
        expected=True,
        why=r"4b) 'V = 65,445 cm³ = 0,065 dm³ = 0,065 l'",
    ),
    _c(
        SCR,
        SCR_MSA06,
        gold=r"65,445 cm³",
        pred=r"0,065 l",
        wrap=True,
        expected=True,
        why=r"4b) 'V = 65,445 cm³ = 0,065 dm³ = 0,065 l'",
    ),
    # mathelounge 111574: a wrong step refused, the corrected equation and its reduced form
    _c(
        MLW,
        ML_111574,
        gold=r"64 r = 16 s",
        pred=r"16r=64s",
        wrap=True,
        expected=False,
        why=r"'warum ist beim nächsten Schritt 16r=64s' - 'weil derjenige ... offenbar einen Fehler gemacht hat. Tatsächlich gilt: 64 r = 16 s'",
    ),
    _c(
        MLW,
        ML_111574,
        gold=r"64 r = 16 s",
        pred=r"4 r = s",
        wrap=True,
        expected=True,
        why=r"'64 r = 16 s bzw., wenn man diese Gleichung durch 16 dividiert: <=> 4 r = s'",
    ),
    # watson.de Mathe-Rätsel: 9 refused, 1 right
    _c(
        WAT,
        WAT_RAE,
        gold=r"1",
        pred=r"9",
        wrap=True,
        expected=False,
        why=r"'9 - 3 ÷ 1/3 + 1 = ? ... Auch 9, stimmt's? Und das ist ... FALSCH. ... 1 ist also die richtige Lösung.'",
    ),
]

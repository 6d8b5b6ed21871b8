r"""A fifty-first fresh set of answer-equivalence cases (evaluation only; helper "b": maths help
forums, Brainly copies and worked corrections in German, French, Spanish, Italian and Portuguese,
where an answerer, tutor or corrigé settles that a student's or a textbook's form of a result
equals another form -- decimal commas, fractions, radicals, intervals, roots of equations).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh50_claims; each page was claimed in
/work/wt/fresh51_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: the other form a person on the page equates with it, or the form the page
sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. The rest of this helper's cases are in
bench/equiv_fresh51_b2.py.

Transcription: strings are copied as the stored page shows them -- decimal commas ("2,5",
"7,1"), plain-text ``√``, ``×`` and ``x`` as a times sign, U+2212 minus signs where the page has
them (sunudaara.com node/3903, viewer.joomag.com), the en dash "–" used as a minus by
annales2maths.com and in hipotenusaonline.com's stated answer, French interval brackets
(``]- ∞ ; - 1/3[``), ``racine(2)`` for the square root, and LaTeX with its own spacing. The
``$...$`` and ``\begin{array}``/``\begin{aligned}`` wrappers and the ``&=`` alignment marks of a
chain are left out. Where a person writes a chain ``A = B = C`` ending in the result, the last
value is the gold and each earlier member is a prediction (True); ``why`` says which line.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.cyberprofs.com devoir20041114144724 (a French tutor's reply: "D = 2/racine(2) + 5 = ... donc
  finalement D = racine(2) + 5"). 3 cases.
- www.gutefrage.net wie-wurde-der-schnittwinkel-berechnet ("1 / sqrt(14) = sqrt(14)/14"). 1 case.
- mathelounge.de 811825 (how the book gets from x=k/2±√k²/4-1 to k/2 ±1/2•√k²-4: the answer's
  LaTeX chain). 5 cases.
- mathelounge.de 16150, answer 16152 (decimal-comma arithmetic: "Z1 = 2,5 + 5 * 3,1 = 18",
  "14,7 / 2,8 = 5,25", "Z2 = - 9,7 + 6 * 2,8 = 7,1", "Z3 = 2,5 - 5 * 1,7 = - 6"). 4 cases.
- sunudaara.com corrigé exercice 11, racine carrée 3e (a = -6/(2√3-3√2) = 2√3+3√2 and a² =
  30+12√6, each with its chain). 10 cases.
- sunudaara.com node/3903, corrigé exercice 7 (√363 = 11√3, √12 = 2√3, A = 16√3, C = 50√3).
  9 cases.
- vittorina.fr 4787237, 2822479, 3979033 (French Brainly copies: the roots -1/2 and 4 of
  2x² - 7x - 4 with their chains; "x < - 1/3 ⇔ S = ]- ∞ ; - 1/3[", "x > 5/2 ⇔ S = ]5/2 ; + ∞[";
  "x ≥ -5", "S = [-5 ; +∞[" and the check of 1/6). 5 + 3 + 3 cases.
- hipotenusaonline.com problema 199 (Spanish; a problem with five interval options, its stated
  answer ( – ∞, 0 ] and the worked ⇔ chain; the four other options are refused). 7 cases (4 False).
- indextestingapp.uonbi.ac.ke preguntia 20807344 (a Brainly copy: x ≤ -2 in interval notation
  (-∞,-2]). 1 case.
- viewer.joomag.com, a Spanish student portfolio, p. 40 ("RESPUESTA −5 ≤ x ≤ 4", "R = { x ∈ R;
  −5 ≤ x ≤ 4 } R = [ −5; 4 ]"). 2 cases.
- zestudies.com 4298767 (a Romanian Brainly copy: 0,3=3/10, 4,2=42/10=21/5, 0,57=57/100).
  4 cases.
- sabemos.net 37646672 (a Spanish Brainly copy: "Para comprobar, dividimos 9/4 = 2,25"). 1 case.
- frstudy.me 2228122 (a French Brainly copy: √108 = 6√3, √720 = 12 √5, 12√2 + 12√5 =
  12(√2 + √5), 40/√8 = 5√8). 8 cases.
- botafogo.saitis.net exercice 00-04 (a French course's correction: √10/(√5-2) = 5√2+2√10,
  h/(√(9+h)+3) = √(9+h)-3). 5 cases.
- www.annales2maths.com fiche 2-rev3-1, exercice 5 (E = 41+24√2, F = 114 – 56√2). 6 cases.

Left out, by rule: chain lines whose grouping the stored text lost (sunudaara node/3903's
"√121×3", its fraction-bearing B and D, sabemos.net's stacked 225/100); frstudy's "300 = 10√3"
(a typo for √300) and "√288 = √144 x 2) = 12 √2" (unbalanced); zestudies' later chains (the
answer's own slips: "42-5/42=39/42", "450-100+57"); vittorina 2822479's worked example
"- 3 x + 1 > x + 9" (a sign slip, giving x < 2); hipotenusaonline's option letters (the options'
values are used, not the letters).

Examined and not used: forum-3dcenter t-565844 and mathelounge 386533 (used by fresh46);
particle.uni-wuppertal.de (commentary, no formulas); mathe-online.univie.ac.at
wfun/aufloesung_groesser1 (the root sign stored as a Symbol-font "Ö"); forum.selfhtml.org
sin 45° (one form only); mathhelpforum 172268, youmath.it, quisirisolve.com, vitutor.com,
thatquiz.org, ripmat.eu, mathway.com (formulas lost or garbled in the stored text);
matematicamente.it's two expression exercises with stripped backslashes ("frac{", "\night");
fr.scribd.com toupty corrigé and de.serlo.org 289075 (radicals and fractions flattened);
bncc.digital, knowunity, respondeai.com.br "exercicios-ia", gauthmath, srexamen.com,
kontrolnaya-rabota.ru, it.milestoblog.com (machine-written or machine-translated pages);
vittorina.fr 3737457, 4031676, 116695 and resposta.org 20517949 (one form only);
mathelounge 413388, 414419, 706866 (the asker's own work, no answer in the stored text);
qammunity 6943325 and algebra.com 203346 (English pages, outside this helper's focus);
gocourse.tech 48069235 (approximations with ≅); eduviana1.blogspot.com (a fallacy puzzle).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

# --- www.cyberprofs.com (French tutor reply: "donc finalement D = racine(2) + 5")
R_CYB = "www.cyberprofs.com"
W_CYB = (
    "https://www.cyberprofs.com/reponses-et-corrections/mathematiques/"
    "devoir20041114144724/reponse.html"
)

# --- www.gutefrage.net
R_GF = "www.gutefrage.net"
W_GF = "https://www.gutefrage.net/frage/wie-wurde-der-schnittwinkel-berechnet"

# --- mathelounge.de 811825
R_ML = "mathelounge.de"
W_ML1 = "https://mathelounge.de/811825/3-49-wie-kann-ich-das-berechnen"
W_ML2 = (
    "https://mathelounge.de/16150/"
    "beginne-subtrahiere-zahl-lange-bist-ergebnis-ganze-diese-zahl?show=16152"
)

# --- sunudaara.com
R_SUN = "sunudaara.com"
W_SUN1 = "https://sunudaara.com/mathematiques/corrig%C3%A9-exercice-11-racine-carr%C3%A9e-3e"
W_SUN2 = "https://sunudaara.com/node/3903"

CASES_1 = [
    # cyberprofs: D = 2/racine(2) + 5 = ... "donc finalement D = racine(2) + 5"
    _c(
        R_CYB,
        W_CYB,
        gold=r"racine(2) + 5",
        pred=r"2/racine(2) + 5",
        wrap=True,
        expected=True,
        why="tutor's chain for D, first member (the given expression)",
    ),
    _c(
        R_CYB,
        W_CYB,
        gold=r"racine(2) + 5",
        pred=r"(2*racine(2)) / (racine(2)^2) + 5",
        wrap=True,
        expected=True,
        why="tutor's chain for D, second member",
    ),
    _c(
        R_CYB,
        W_CYB,
        gold=r"racine(2) + 5",
        pred=r"(2*racine(2)) / 2 + 5",
        wrap=True,
        expected=True,
        why="tutor's chain for D, third member",
    ),
    # gutefrage: "1 / sqrt(14) = sqrt(14)/14 (Zähler und Nenner mit sqrt(14) multiplizieren)"
    _c(
        R_GF,
        W_GF,
        gold=r"sqrt(14)/14",
        pred=r"1 / sqrt(14)",
        wrap=True,
        expected=True,
        why="answer: the book's rationalised cosine equals the plain quotient",
    ),
    # mathelounge 811825: "Wie kommt man hier von ... auf k/2 ±1/2•√k²-4?" answered by a chain
    _c(
        R_ML,
        W_ML1,
        gold=r"\frac{k}{2}\pm\frac{1}{2}\sqrt{k^{2}-4}",
        pred=r"\frac{k}{2}\pm\sqrt{\frac{k^{2}}{4}-1}",
        wrap=True,
        expected=True,
        why="answerer's chain, line 1 against the last line",
    ),
    _c(
        R_ML,
        W_ML1,
        gold=r"\frac{k}{2}\pm\frac{1}{2}\sqrt{k^{2}-4}",
        pred=r"\frac{k}{2}\pm\sqrt{\frac{k^{2}}{4}-\frac{4}{4}}",
        wrap=True,
        expected=True,
        why="answerer's chain, line 2",
    ),
    _c(
        R_ML,
        W_ML1,
        gold=r"\frac{k}{2}\pm\frac{1}{2}\sqrt{k^{2}-4}",
        pred=r"\frac{k}{2}\pm\sqrt{\frac{k^{2}-4}{4}}",
        wrap=True,
        expected=True,
        why="answerer's chain, line 3",
    ),
    _c(
        R_ML,
        W_ML1,
        gold=r"\frac{k}{2}\pm\frac{1}{2}\sqrt{k^{2}-4}",
        pred=r"\frac{k}{2}\pm\frac{\sqrt{k^{2}-4}}{\sqrt{4}}",
        wrap=True,
        expected=True,
        why="answerer's chain, line 4",
    ),
    _c(
        R_ML,
        W_ML1,
        gold=r"\frac{k}{2}\pm\frac{1}{2}\sqrt{k^{2}-4}",
        pred=r"\frac{k}{2}\pm\frac{\sqrt{k^{2}-4}}{2}",
        wrap=True,
        expected=True,
        why="answerer's chain, line 5",
    ),
    # mathelounge 16150 (decimal commas): "Z1 = 2,5 + 5 * 3,1 = 18", "k > 14,7 / 2,8 = 5,25",
    # "Z2 = - 9,7 + 6 * 2,8 = 7,1", "Z3 = 2,5 - 5 * 1,7 = - 6"
    _c(
        R_ML,
        W_ML2,
        gold=r"18",
        pred=r"2,5 + 5 * 3,1",
        wrap=True,
        expected=True,
        why="answer 16152: Z1 = 2,5 + 5 * 3,1 = 18",
    ),
    _c(
        R_ML,
        W_ML2,
        gold=r"5,25",
        pred=r"14,7 / 2,8",
        wrap=True,
        expected=True,
        why="answer 16152: k > 14,7 / 2,8 = 5,25",
    ),
    _c(
        R_ML,
        W_ML2,
        gold=r"7,1",
        pred=r"- 9,7 + 6 * 2,8",
        wrap=True,
        expected=True,
        why="answer 16152: Z2 = - 9,7 + 6 * 2,8 = 7,1",
    ),
    _c(
        R_ML,
        W_ML2,
        gold=r"- 6",
        pred=r"2,5 - 5 * 1,7",
        wrap=True,
        expected=True,
        why="answer 16152: Z3 = 2,5 - 5 * 1,7 = - 6",
    ),
    # sunudaara exercice 11: a = -6/(2√3-3√2) = ... = 2√3+3√2 ("D'où a=2\sqrt{3}+3\sqrt{2}")
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6}{2\sqrt{3}-3\sqrt{2}}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: the given form against the boxed form",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6(2\sqrt{3}+3\sqrt{2})}{(2\sqrt{3}-3\sqrt{2})(2\sqrt{3}+3\sqrt{2})}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: chain line 2",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6(2\sqrt{3}+3\sqrt{2})}{(2\sqrt{3})^{2}-(3\sqrt{2})^{2}}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: chain line 3",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6(2\sqrt{3}+3\sqrt{2})}{(4\times 3)-(9\times 2)}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: chain line 4",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6(2\sqrt{3}+3\sqrt{2})}{12-18}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: chain line 5",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"2\sqrt{3}+3\sqrt{2}",
        pred=r"\dfrac{-6(2\sqrt{3}+3\sqrt{2})}{-6}",
        wrap=True,
        expected=True,
        why="corrigé 1), a: chain line 6",
    ),
    # a^2 = (2√3+3√2)^2 = ... = 30+12√6 ("Ainsi, a^{2}=30+12\sqrt{6}")
    _c(
        R_SUN,
        W_SUN1,
        gold=r"30+12\sqrt{6}",
        pred=r"(2\sqrt{3}+3\sqrt{2})^{2}",
        wrap=True,
        expected=True,
        why="corrigé 1), a^2: chain line 1",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"30+12\sqrt{6}",
        pred=r"(2\sqrt{3})^{2}+2\times(2\sqrt{3})\times(3\sqrt{2})+(3\sqrt{2})^{2}",
        wrap=True,
        expected=True,
        why="corrigé 1), a^2: chain line 2",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"30+12\sqrt{6}",
        pred=r"(4\times 3)+2\times 2\times 3\times\sqrt{3}\times\sqrt{2}+(9\times 2)",
        wrap=True,
        expected=True,
        why="corrigé 1), a^2: chain line 3",
    ),
    _c(
        R_SUN,
        W_SUN1,
        gold=r"30+12\sqrt{6}",
        pred=r"12+12\sqrt{3\times 2}+18",
        wrap=True,
        expected=True,
        why="corrigé 1), a^2: chain line 4",
    ),
    # sunudaara node/3903 (plain-text radicals, U+2212 minus); only lines whose radicands are
    # single numbers (the page's flattening lost the extent of √(121×3) and the fractions)
    _c(
        R_SUN,
        W_SUN2,
        gold=r"11√3",
        pred=r"√363",
        wrap=True,
        expected=True,
        why="corrigé 2): √363=...=11√3",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"11√3",
        pred=r"√121×√3",
        wrap=True,
        expected=True,
        why="corrigé 2): √363=√121×3=√121×√3=11√3, third member",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"2√3",
        pred=r"√12",
        wrap=True,
        expected=True,
        why="corrigé 2): √12=...=2√3",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"2√3",
        pred=r"√4×√3",
        wrap=True,
        expected=True,
        why="corrigé 2): √12=√4×3=√4×√3=2√3, third member",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"16√3",
        pred=r"√363+5√3+√2×√54−3√12",
        wrap=True,
        expected=True,
        why="corrigé 2): A=...=16√3 ('D'où, A=16√3'), the given A",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"16√3",
        pred=r"11√3+5√3+6√3−6√3",
        wrap=True,
        expected=True,
        why="corrigé 2): A chain, last member before 16√3",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"50√3",
        pred=r"2√75−4√48+7√192",
        wrap=True,
        expected=True,
        why="corrigé 2): C=...=50√3 ('D'où, C=50√3'), the given C",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"50√3",
        pred=r"2×5×√3−4×4×√3+7×8×√3",
        wrap=True,
        expected=True,
        why="corrigé 2): C chain",
    ),
    _c(
        R_SUN,
        W_SUN2,
        gold=r"50√3",
        pred=r"10√3−16√3+56√3",
        wrap=True,
        expected=True,
        why="corrigé 2): C chain, last member before 50√3",
    ),
]

R_VIT = "vittorina.fr"
W_VIT1 = "https://vittorina.fr/devoir/4787237"
W_VIT2 = "https://vittorina.fr/devoir/2822479"
W_VIT3 = "https://vittorina.fr/devoir/3979033"
R_HIP = "hipotenusaonline.com"
W_HIP = "https://hipotenusaonline.com/problemas/problema-199"
R_UON = "indextestingapp.uonbi.ac.ke"
W_UON = "https://indextestingapp.uonbi.ac.ke/preguntia/20807344"
R_JOO = "viewer.joomag.com"
W_JOO = (
    "https://viewer.joomag.com/mi-primera-revista-progrmacion-final-portafolio/"
    "0654984001547708984/p40"
)
R_ZES = "zestudies.com"
W_ZES = "https://zestudies.com/zetema/4298767"
R_SAB = "sabemos.net"
W_SAB = "https://sabemos.net/p/como-se-convierte-un-decimal-a-fraccion-37646672"
R_FRS = "frstudy.me"
W_FRS = "https://frstudy.me/devoir/2228122"
R_BOT = "botafogo.saitis.net"
W_BOT = (
    "http://botafogo.saitis.net/analyse-semestre-resources/exerciceshtml/"
    "elementaire_rationaliser_simplifier.html"
)
R_AN2 = "www.annales2maths.com"
W_AN2 = "https://www.annales2maths.com/2ndexercices2rev3_5_cor/"


CASES = CASES_1

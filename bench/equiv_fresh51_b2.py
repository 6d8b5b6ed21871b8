r"""A fifty-first fresh set of answer-equivalence cases, continued (evaluation only; helper "b",
second module: German, Italian and Portuguese maths help pages -- mathelounge.de, gutefrage.net,
de.serlo.org, matheretter.de, a futurezone.de news item, matematicamente.it and an oestudo.com
Brainly copy -- where an answerer or a worked solution settles that two forms of a result are the
same, or that a student's result is wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh50_claims; each page was claimed in
/work/wt/fresh51_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True)
and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. The first part of this helper's cases,
with the list of pages examined and not used, is bench/equiv_fresh51_b.py.

Transcription: strings are copied as the stored page shows them (decimal commas and decimal
points as the page has them, ``:`` as a division sign, ``²``, Serlo's ``\mathrm{bx}`` and
``\frac34``, matematicamente.it's mixed ``\sqrt{...}``/``\sqrt(...)`` syntax, matheretter's
``\color{...}{...}``). The site delimiters (Serlo's ``%%``, matematicamente's ``[math]`` tags) and
the trailing "=" of a chain line are left out. Where a person writes a chain ``A = B = C`` ending
in the result, the last value is the gold and each earlier member a prediction; ``why`` says so.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.gutefrage.net was-ist-die-loesungsmenge-aus-x2x075 (x^2+x=0,75: the asker's roots upheld
  against the book; Willy's "Nullstellen 1/2 und -3/2" and another answer's "x1=-1/2+1=0,5;
  x2=-1/2-1=-1,5"; the Vieta check). 6 cases.
- gutefrage.net quadratische-gleichung-reziprok ("(x - z)(x - 1/2) = x² - zx - 0.5x + 0.5z").
  1 case.
- gutefrage.net mitternachtsformel-aufgabe-2 (the asker's x1= 2, x2= -1 against the key's x1= 1,
  x2= -3: "Du hast b und c verwechselt"). 2 cases (False).
- mathelounge.de 727142, answer 727149 (x1 = 1/a, x2 = -2/a with their chains). 5 cases.
- mathelounge.de 155309, answer 155333 ("x2 = -5,5/3 = -11/6"). 1 case.
- mathelounge.de 226501 ("(1-x)/(x-1) ... -1"). 1 case.
- www.mathelounge.de 265057 ("3/6 -1/6 -6/6 = -4/6 => -2/3"; "2(x-1) / (x-1)² ... 2/ (x-1)").
  3 cases.
- mathelounge.de 32088 ("- ( - 2 b - 1 ) = 2 b + 1"; the whole term's last line). 2 cases.
- mathelounge.de 157294 (Georg: the asker's 1.7 fails the Probe, "x = 1.5 ... Soweit die korrekte
  Rechnung"). 2 cases (one False).
- mathelounge.de 138 (x = -1:4 = -0,25, x = 1:(-4) = -0,25 and the Probe's -13,25). 4 cases.
- de.serlo.org 40626 (worked solutions to factoring exercises with fractional factors). 5 cases.
- dev2.futurezone.de article452594 (the viral 2x+6=10: the tweet's "x=8" is wrong, "x=2" right,
  by way of "x=4/2"). 2 cases (one False).
- www.matheretter.de wiki/mathefehler5 (the red substitution 5·x + 2 + 2x = 7 is wrong, the green
  5·(x+2)+2x = 7 right, then 5·x + 5·2 + 2x = 7). 2 cases (one False).
- oestudo.com 18784118 (a Portuguese Brainly copy, 2x-9=x-1,5: "Há duas formas de indicar a
  resposta": S={x E R/ x = 7,5}, and x = 15/2 ou x = 7,5, S={x E R/ x = 15/2} ou S={7,5}).
  7 cases.
- www.matematicamente.it esercizi-svolti/radicali sqrtroot47-... (a worked exercise with the
  double-radical rule; the stored text breaks off after \sqrt{3/2}-\sqrt(1/2), which is taken as
  the gold). 6 cases.

Left out, by rule: mathelounge 226501's "( 4x - 2x ) / 2x" = 1 (as plain text it reads
(4x-2x)/2·x; the grouping is the answerer's, not the page's); mathelounge 265057's first steps
(the answer mis-multiplies 3/4 · 1/3 as 3/3; only the equalities of its last line are taken);
gutefrage x2x075's "-1 kann nicht passen" (which root of the book it replaces is not stated);
mathelounge 157294's "x = -9 ( entfällt )" (refused for the word problem, not as a root).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_ML = "mathelounge.de"

R_GF2 = "www.gutefrage.net"
W_GF2 = "https://www.gutefrage.net/frage/was-ist-die-loesungsmenge-aus-x2x075"
R_GF3 = "gutefrage.net"
W_GF3 = "https://gutefrage.net/frage/quadratische-gleichung-reziprok"
W_ML3 = (
    "https://mathelounge.de/727142/"
    "wie-wendet-formel-berechnung-der-nullstellen-von-der-schar?show=727149"
)
W_ML4 = (
    "https://mathelounge.de/155309/"
    "lose-die-folgende-gleichung-ohne-gtr-x-2-7x-2x-2-3-2-x?show=155333"
)
W_ML5 = "https://mathelounge.de/226501/hauptnenner-bruchgleichung-finden-schnelle-hilfe-biitte"
R_ML_WWW = "www.mathelounge.de"
W_ML6 = "http://www.mathelounge.de/265057/term-bruch-klammern-1-1-2-3-4-2-9-1-3-bruch"
W_ML7 = "https://mathelounge.de/32088/vereinfachen-von-bruchtermen-4x-4xy-y-2x-y"
R_SER = "de.serlo.org"
W_SER = "https://de.serlo.org/mathe/40626/schwierigere-aufgaben-zum-faktorisieren"

CASES_3 = [
    # gutefrage x^2+x=0,75: the asker's roots confirmed against the book ("Da scheint Dein
    # Mathebuch falsch zu sein"); Willy: "Nullstellen 1/2 und -3/2"; another answer:
    # "x1=-1/2+1=0,5; x2=-1/2-1=-1,5"; Vieta check "0,5 - 1,5 = -1", "1/2 * (-3/2) = -3/4"
    _c(
        R_GF2,
        W_GF2,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="Willy's root 1/2 against the other answer's x1=0,5",
    ),
    _c(
        R_GF2,
        W_GF2,
        gold=r"-3/2",
        pred=r"-1,5",
        wrap=True,
        expected=True,
        why="Willy's root -3/2 against the other answer's x2=-1,5",
    ),
    _c(
        R_GF2,
        W_GF2,
        gold=r"0,5",
        pred=r"-1/2+1",
        wrap=True,
        expected=True,
        why="answer: x1=-1/2+1=0,5",
    ),
    _c(
        R_GF2,
        W_GF2,
        gold=r"-1,5",
        pred=r"-1/2-1",
        wrap=True,
        expected=True,
        why="answer: x2=-1/2-1=-1,5",
    ),
    _c(
        R_GF2,
        W_GF2,
        gold=r"-1",
        pred=r"0,5 - 1,5",
        wrap=True,
        expected=True,
        why="comment (Vieta): 0,5 - 1,5 = -1 = -p",
    ),
    _c(
        R_GF2,
        W_GF2,
        gold=r"-3/4",
        pred=r"1/2 * (-3/2)",
        wrap=True,
        expected=True,
        why="comment (Vieta): 1/2 * (-3/2) = -3/4 = q",
    ),
    # gutefrage quadratische-gleichung-reziprok: expansion with decimal points
    _c(
        R_GF3,
        W_GF3,
        gold=r"x² - zx - 0.5x + 0.5z",
        pred=r"(x - z)(x - 1/2)",
        wrap=True,
        expected=True,
        why="answer: (x - z)(x - 1/2) = x² - zx - 0.5x + 0.5z",
    ),
    # mathelounge 727142 (answer 727149): roots of the family, plain text
    _c(
        R_ML,
        W_ML3,
        gold=r"1/a",
        pred=r"-1/(2*a)+3/(2*a)",
        wrap=True,
        expected=True,
        why="answer: x1=-1/(2*a)+3/(2*a)=2/(2*a)=1/a",
    ),
    _c(
        R_ML,
        W_ML3,
        gold=r"1/a",
        pred=r"2/(2*a)",
        wrap=True,
        expected=True,
        why="answer: x1 chain, middle member",
    ),
    _c(
        R_ML,
        W_ML3,
        gold=r"-2/a",
        pred=r"-1/(2*a)-3/(2*a)",
        wrap=True,
        expected=True,
        why="answer: x2=-1/(2*a)-3/(2*a)=-4/(2*a)=-2/a",
    ),
    _c(
        R_ML,
        W_ML3,
        gold=r"-2/a",
        pred=r"-4/(2*a)",
        wrap=True,
        expected=True,
        why="answer: x2 chain, middle member",
    ),
    _c(
        R_ML,
        W_ML3,
        gold=r"1/a²*9/4",
        pred=r"1/a²*(1/4+8/4)",
        wrap=True,
        expected=True,
        why="answer: 1/(4*a²)+2/a²)=1/a²*(1/4+8/4)=1/a²*9/4",
    ),
    # mathelounge 155309 (answer 155333): decimal comma in a fraction
    _c(
        R_ML,
        W_ML4,
        gold=r"-11/6",
        pred=r"-5,5/3",
        wrap=True,
        expected=True,
        why="answer: x2 = -5,5/3 = -11/6",
    ),
    # mathelounge 226501: the answerer's reductions of two terms
    _c(
        R_ML,
        W_ML5,
        gold=r"-1",
        pred=r"(1-x)/(x-1)",
        wrap=True,
        expected=True,
        why="answer: (1-x)/(x-1) = (-1) * ( x -1 ) / ( x-1) = -1",
    ),
    # mathelounge 265057: "3/6 -1/6 -6/6 = -4/6 => -2/3" (the step before it mis-multiplies
    # 3/4 * 1/3; only the equalities of the last line are taken), "2(x-1) / (x-1)² ... 2/ (x-1)"
    _c(
        R_ML_WWW,
        W_ML6,
        gold=r"-2/3",
        pred=r"-4/6",
        wrap=True,
        expected=True,
        why="answer 1.: -4/6 => -2/3",
    ),
    _c(
        R_ML_WWW,
        W_ML6,
        gold=r"-2/3",
        pred=r"3/6 -1/6 -6/6",
        wrap=True,
        expected=True,
        why="answer 1.: 3/6 -1/6 -6/6 = -4/6 => -2/3",
    ),
    _c(
        R_ML_WWW,
        W_ML6,
        gold=r"2/ (x-1)",
        pred=r"2(x-1) / (x-1)²",
        wrap=True,
        expected=True,
        why="answer 3: 2(x-1) / (x-1)² |nun (x-1) kürzen -> 2/ (x-1)",
    ),
    # mathelounge 32088
    _c(
        R_ML,
        W_ML7,
        gold=r"2 b + 1",
        pred=r"- ( - 2 b - 1 )",
        wrap=True,
        expected=True,
        why="answer: - ( - 2 b - 1 ) = 2 b + 1",
    ),
    _c(
        R_ML,
        W_ML7,
        gold=r"2 x - y + 2 b + 2",
        pred=r"2 x - y + 2 b + 1 + 1",
        wrap=True,
        expected=True,
        why="answer: the whole term, last line",
    ),
    # de.serlo.org 40626 (worked solutions; Serlo's %%...%% delimiters left out)
    _c(
        R_SER,
        W_SER,
        gold=r"\frac34b\cdot\left(x-y+z\right)",
        pred=r"\frac34\mathrm{bx}-\frac34\mathrm{by}+\frac34\mathrm{bz}",
        wrap=True,
        expected=True,
        why="solution 1: Klammere den Faktor 3/4 b aus",
    ),
    _c(
        R_SER,
        W_SER,
        gold=r"\frac18x\cdot\left(4u-v+6z\right)",
        pred=r"\frac12\mathrm{xu}-\frac18\mathrm{xv}+\frac34\mathrm{xz}",
        wrap=True,
        expected=True,
        why="solution 2: the given sum against the factored form",
    ),
    _c(
        R_SER,
        W_SER,
        gold=r"\frac18x\cdot\left(4u-v+6z\right)",
        pred=r"\frac48\mathrm{xu}-\frac18\mathrm{xv}+\frac68\mathrm{xz}",
        wrap=True,
        expected=True,
        why="solution 2: chain, middle line",
    ),
    _c(
        R_SER,
        W_SER,
        gold=r"\frac16(4a-5b)",
        pred=r"\dfrac23a-\dfrac56b",
        wrap=True,
        expected=True,
        why="solution 3: the given difference against the factored form",
    ),
    _c(
        R_SER,
        W_SER,
        gold=r"\frac16(4a-5b)",
        pred=r"\dfrac46a-\dfrac56b",
        wrap=True,
        expected=True,
        why="solution 3: chain, middle line",
    ),
]

R_OES = "oestudo.com"
W_OES = "https://oestudo.com/p/resolva-as-equacoes-2x-9-x-1-5-18784118"
R_MAT = "www.matematicamente.it"
W_MAT = (
    "https://www.matematicamente.it/esercizi-svolti/radicali/"
    "sqrtroot47-4sqrt3sqrt2-sqrt3sqrt52sqrt6sqrt5-2sqrt6/"
)

CASES_4 = [
    # oestudo 18784118 (a Portuguese Brainly copy): 2x-9=x-1,5; "Há duas formas de indicar a
    # resposta": "S={x E R/ x = 7,5}" and "x = 15/2 ou x = 7,5 / S={x E R/ x = 15/2} ou S={7,5}"
    _c(
        R_OES,
        W_OES,
        gold=r"x = 7,5",
        pred=r"x = 15/2",
        wrap=True,
        expected=True,
        why="answer, 2ª forma: x = (18-3)/2 => x = 15/2 ou x = 7,5",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"S={7,5}",
        pred=r"S={x E R/ x = 15/2}",
        wrap=True,
        expected=True,
        why="answer: Resposta: S={x E R/ x = 15/2} ou S={7,5}",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"S={7,5}",
        pred=r"S={x E R/ x = 7,5}",
        wrap=True,
        expected=True,
        why="answer: the 1ª forma's Resposta against the 2ª forma's S={7,5}",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"7,5",
        pred=r"(18-3)/2",
        wrap=True,
        expected=True,
        why="answer, 2ª forma: x = (18-3)/2 => x = 15/2 ou x = 7,5",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"7,5",
        pred=r"9 - 3/2",
        wrap=True,
        expected=True,
        why="answer, 2ª forma: x = 9 - 3/2 ... x = 7,5",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"3/2",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="answer: 'Note que 1,5 pode ser escrito como 3/2'",
    ),
    _c(
        R_OES,
        W_OES,
        gold=r"7,5",
        pred=r"7,5/1",
        wrap=True,
        expected=True,
        why="first answer: x=7,5/1, x=7,5",
    ),
    # matematicamente.it worked exercise (radicali doppi); the site's [math] tags and the trailing
    # "=" of each line left out; the stored text breaks off after the line \sqrt{3/2}-\sqrt(1/2)=
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{\sqrt(7-\sqrt(48))}",
        wrap=True,
        expected=True,
        why=r"svolgimento: chain from \sqrt{\sqrt(7-\sqrt(48))}",
    ),
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{\sqrt(8/2)-\sqrt(6/2)}",
        wrap=True,
        expected=True,
        why="svolgimento: chain",
    ),
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{\sqrt(4)-\sqrt(3)}",
        wrap=True,
        expected=True,
        why="svolgimento: chain",
    ),
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{2-\sqrt(3)}",
        wrap=True,
        expected=True,
        why="svolgimento: chain, before the second use of the double-radical rule",
    ),
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{(2+\sqrt(1))/2}-\sqrt((2-\sqrt(1))/2)",
        wrap=True,
        expected=True,
        why="svolgimento: chain",
    ),
    _c(
        R_MAT,
        W_MAT,
        gold=r"\sqrt{3/2}-\sqrt(1/2)",
        pred=r"\sqrt{(2+1)/2}-\sqrt((2-1)/2)",
        wrap=True,
        expected=True,
        why="svolgimento: chain, line before the last",
    ),
]

W_ML8 = "https://mathelounge.de/157294/quadratische-gleichungen-textaufgabe"
W_ML9 = "https://mathelounge.de/138/wie-kann-ich-eine-gleichung-mit-zwei-auf-beiden-seiten-losen"
W_GF4 = "https://gutefrage.net/frage/mitternachtsformel-aufgabe-2"
R_FZ = "dev2.futurezone.de"
W_FZ = "https://dev2.futurezone.de/science/article452594/matheaufgabe-2x-6-10.html"
R_MR = "www.matheretter.de"
W_MR = "https://www.matheretter.de/wiki/mathefehler5"


CASES = CASES_3 + CASES_4

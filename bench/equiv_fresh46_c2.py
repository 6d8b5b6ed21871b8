r"""A forty-sixth fresh set of answer-equivalence cases, second part (evaluation only; helper
"c": homework-help pages in French, German, Spanish, Russian and Portuguese where an answerer or
teacher settles that two algebraic forms are equal, or that a student's result is wrong; the
first part is bench/equiv_fresh46_c.py).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims and /work/wt/fresh46_claims; no earlier set
cites any of these domains). Each case gives the reference answer (``gold``: the form the
answerer arrives at, or the right result), the prediction (``pred``: the other form, a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that
the page states. ``repo`` is the domain of the stored copy and ``where`` the full URL. There is no
commit; every source is a web page with no licence file. Do not tune the judge on these cases.

Several French and Spanish domains here (vittorina.fr, vizasking.com, goclass.tech, diorder.me,
asklearner.org, expotipsescuelas.com, gocourse.tech) are mirrors of homework-help sites
(nosdevoirs / brainly style): the answers are written by people (greetings, "bjr", "Voilà
j'espère avoir pu t'aider ^^"), not generated; pages whose answer reads as machine-written were
skipped. The verdicts are the answerers' own derivations ("le second membre est le même que le
1er", "qui est bien la même expression", "A ≠ B donc ... pas toujours égales"); no other answer
on the stored copy contradicts them.

Transcription: expressions are copied exactly as stored, keeping the pages' notations -- Unicode
superscripts (x², x³) mixed with ^ (x^3 + 6x² ...), the Unicode minus sign (−), ``•`` and ``·``
and ``*`` and ``.`` as multiplication signs, spaces inside brackets, and the [tex] content of a
Brainly-style answer without its [tex] tags. A leading "A =", "E(x) =" etc. is dropped.

Sources (domain, URL, what is settled, licence):

- vittorina.fr devoir 2775891 https://vittorina.fr/devoir/2775891 (A = (x - 1)(x² - 5x + 6) =
  x³ - 6x² + 11x - 6, B = (2x - 4)(x² - 4x + 3) = 2x³ - 12x² + 22x - 12, and "A ≠ B donc les
  expressions de A et de B ne sont pas toujours égales"). 3 cases.
- vittorina.fr devoir 4980305 https://vittorina.fr/devoir/4980305 ((x - 1)(x + 2) = x² + x - 2;
  B(x) - A(x) = x² - 2 x - 3 = (x + 1)(x - 3)). 2 cases.
- vittorina.fr devoir 2479813 https://vittorina.fr/devoir/2479813 ((x + 1)² - 16 = (x + 5)(x -3);
  "L'égalité est toujours vraie"). 1 case.
- vittorina.fr devoir 2825432 https://vittorina.fr/devoir/2825432 ((5x - 2)² - 1 = (5x - 1)(5x -
  3)). 1 case.
- vittorina.fr devoir 82381 https://vittorina.fr/devoir/82381 ((2x+1)²-4x(x+1) reduces to 1).
  1 case.
- vizasking.com vizdevoir 1639060 https://vizasking.com/vizdevoir/1639060 (two developments and
  two identities checked). 4 cases.
- vizasking.com vizdevoir 1206121 https://vizasking.com/vizdevoir/1206121 (prog 2 = (x + 2)²
  develops to prog 1 = x² + 4x + 4; (7/3)² = 49/9). 2 cases.
- goclass.tech godevoir 3220897 https://goclass.tech/godevoir/3220897 (x² - 36 = (x - 6)(x + 6);
  9x² - (2x - 1)² = (x + 1)(5x - 1)). 2 cases.
- diorder.me devoir 119031 https://diorder.me/devoir/119031 (E(x) developed is 12x − 4,
  factorised is 4(3x − 1), "qui est bien la même expression qu'en 1)"). 2 cases.
- asklearner.org askdevoir 3773756 https://asklearner.org/askdevoir/3773756 (E = (3x - 5)² -
  2(3x - 5) factorised as (3x-5) (3x - 7)). 1 case.
- sosmath.ac-poitiers.fr (SOS Math, teachers of the académie de Poitiers)
  http://sosmath.ac-poitiers.fr/posting.php?f=5&mode=quote&p=39825 (S+D = p+q+p-q = 2 p). 1 case.
- www.gutefrage.net http://www.gutefrage.net/frage/klammer-aufloesen-2x32 (three answers expand
  (2x+3)^2 to 4x^2+12x+9, one writing 2x•2x+2x•3+3•2x+3•3= 4x^2+12x+9). 2 cases.
- www.mathelounge.de 684217
  https://www.mathelounge.de/684217/binomische-formel-2-4-x-2-oder-4-x-2-2 (second answer:
  2·(4 + x)^2 = 2·x^2 + 16·x + 32 and (4 + x)^2 - 2 = x^2 + 8·x + 14). 2 cases.
- mathelounge.de 94712 https://mathelounge.de/94712/wie-lose-ich-binomische-formeln-auf?show=94779
  ((5+2)² = ... = 5² + 2 * (5*2) + 2²). 1 case.
- mathelounge.de 386533
  https://mathelounge.de/386533/bsp-2-x-3-2-3x-4-10-kann-mir-jemand-bitte-sagen-ob-es-richtig-ist?show=386541
  (task f: the asker's "das ergebnis für f. ist x=1,5" -- "Das ist falsch", the equation "hat
  keine Lösung", shown by a failing check). 1 case.
- www.forum-3dcenter.org archive t-565844
  http://www.forum-3dcenter.org/vbulletin/archive/index.php/t-565844.html ((a+b) * (a-c) - ( a-b)
  * (b+c): the asker's a² - 2bc - b² is wrong, the right result a² - 2ac + b²; two posters show
  the sign error, a third confirms). 3 cases.
- reshalka.com (Russian solution book, 7 класс, Никольский, № 443)
  https://reshalka.com/uchebniki/7-klass/algebra/nikolskij/443 (four expressions written as the
  square of a binomial, e.g. (a + b)^2 - 4ab = ... = (a - b)^2). 4 cases.
- mail.s5g.ru 37549477
  http://mail.s5g.ru/37549477/%D0%B4%D0%BE%D0%BA%D0%B0%D0%B6%D0%B8%D1%82%D0%B5-%D1%82%D0%BE%D0%B6%D0%B4%D0%B5%D1%81%D1%82%D0%B2%D0%BE%D0%BC
  (Russian: the identity (a + b)² - (a - b)² = 4 * a * b is proved, "тождество верно"). 1 case.
- expotipsescuelas.com pregunta 48347860 https://expotipsescuelas.com/pregunta/48347860 (Spanish:
  a² + 18a + 81 = (a + 9)², m² - 6m + 9 = (m - 3)²). 2 cases.
- gocourse.tech gotarefa 40567539 https://gocourse.tech/gotarefa/40567539 (Portuguese:
  (a+b).(a-b) = a² - b², "a famosa diferença dos quadrados"). 1 case.

All web pages, no licence file.

Left out, by rule: numeric evaluations at a point that are not an answer (A = 0 for x = 1, E(0),
the 25 = 25 checks of vizasking 1206121 written with "x" as the multiplication sign, which would
read as a variable); the mathelounge 684217 first answer (its exponents were flattened to
"x2" in the stored copy); vittorina 5420264 (the claim is stated, the verdict is not on the
stored copy); mathelounge 267521 (the two roots are given on separate lines, no single answer
string to transcribe).

Examined and not used: brainly.lat 377751 (its own expansion is wrong, so the page settles
nothing); gauthmath, westonci.ca, askanewquestion.com 4300712 and guidefoot.com (answers written
by a model); petfoodhonesty.com (English); srexamen.com (a solver's output); gutefrage
"gleichung-umformen-20" (formulas are images); mathelounge 449201 (no answer on the stored copy).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VT = "vittorina.fr"
VT_1 = "https://vittorina.fr/devoir/2775891"
VT_2 = "https://vittorina.fr/devoir/4980305"
VT_3 = "https://vittorina.fr/devoir/2479813"
VT_4 = "https://vittorina.fr/devoir/2825432"
VT_5 = "https://vittorina.fr/devoir/82381"
VZ = "vizasking.com"
VZ_1 = "https://vizasking.com/vizdevoir/1639060"
VZ_2 = "https://vizasking.com/vizdevoir/1206121"
GC = "goclass.tech"
GC_AT = "https://goclass.tech/godevoir/3220897"
DO = "diorder.me"
DO_AT = "https://diorder.me/devoir/119031"
AL = "asklearner.org"
AL_AT = "https://asklearner.org/askdevoir/3773756"
SP = "sosmath.ac-poitiers.fr"
SP_AT = "http://sosmath.ac-poitiers.fr/posting.php?f=5&mode=quote&p=39825"
GF = "www.gutefrage.net"
GF_AT = "http://www.gutefrage.net/frage/klammer-aufloesen-2x32"
MLW = "www.mathelounge.de"
MLW_AT = "https://www.mathelounge.de/684217/binomische-formel-2-4-x-2-oder-4-x-2-2"
MLG = "mathelounge.de"
MLG_1 = "https://mathelounge.de/94712/wie-lose-ich-binomische-formeln-auf?show=94779"
MLG_2 = (
    "https://mathelounge.de/386533/"
    "bsp-2-x-3-2-3x-4-10-kann-mir-jemand-bitte-sagen-ob-es-richtig-ist?show=386541"
)
TD = "www.forum-3dcenter.org"
TD_AT = "http://www.forum-3dcenter.org/vbulletin/archive/index.php/t-565844.html"
RS = "reshalka.com"
RS_AT = "https://reshalka.com/uchebniki/7-klass/algebra/nikolskij/443"
S5 = "mail.s5g.ru"
S5_AT = (
    "http://mail.s5g.ru/37549477/"
    "%D0%B4%D0%BE%D0%BA%D0%B0%D0%B6%D0%B8%D1%82%D0%B5-%D1%82%D0%BE%D0%B6%D0%B4%D0%B5%D1%81%D1%82"
    "%D0%B2%D0%BE%D0%BC"
)
EX = "expotipsescuelas.com"
EX_AT = "https://expotipsescuelas.com/pregunta/48347860"
GO = "gocourse.tech"
GO_AT = "https://gocourse.tech/gotarefa/40567539"

CASES = [
    # vittorina 2775891: A and B developed; A ≠ B.
    _c(
        VT,
        VT_1,
        gold=r"x³ - 6x² + 11x - 6",
        pred=r"(x - 1) (x² - 5x + 6)",
        wrap=True,
        expected=True,
        why="A = (x - 1) (x² - 5x + 6) ... A = x³ - 6x² + 11x - 6",
    ),
    _c(
        VT,
        VT_1,
        gold=r"2x³ - 12x² + 22x - 12",
        pred=r"(2x - 4) (x² - 4x + 3)",
        wrap=True,
        expected=True,
        why="B = (2x - 4) (x² - 4x + 3) ... B = 2x³ - 12x² + 22x - 12",
    ),
    _c(
        VT,
        VT_1,
        gold=r"x³ - 6x² + 11x - 6",
        pred=r"2x³ - 12x² + 22x - 12",
        wrap=True,
        expected=False,
        why="'On remarque que A ≠ B donc ... ne sont pas toujours égales'",
    ),
    # vittorina 4980305
    _c(
        VT,
        VT_2,
        gold=r"x² + x - 2",
        pred=r"(x - 1)(x + 2)",
        wrap=True,
        expected=True,
        why="B(x) = (x - 1)(x + 2) = x² + x - 2",
    ),
    _c(
        VT,
        VT_2,
        gold=r"(x + 1)(x - 3)",
        pred=r"x² - 2 x - 3",
        wrap=True,
        expected=True,
        why="B(x) - A(x) = x² - 2 x - 3 = ... = (x + 1)(x - 3)",
    ),
    # vittorina 2479813
    _c(
        VT,
        VT_3,
        gold=r"(x + 5)(x - 3)",
        pred=r"(x + 1)² - 16",
        wrap=True,
        expected=True,
        why="'le second membre est le même que le 1er. L'égalité est toujours vraie.'",
    ),
    # vittorina 2825432
    _c(
        VT,
        VT_4,
        gold=r"(5x - 1)(5x - 3)",
        pred=r"(5x - 2)² - 1",
        wrap=True,
        expected=True,
        why="(5x - 2)² - 1 = (5x - 1)(5x - 3)",
    ),
    # vittorina 82381
    _c(
        VT,
        VT_5,
        gold=r"1",
        pred=r"(2x+1)²-4x(x+1)",
        wrap=True,
        expected=True,
        why="A=(2x+1)²-4x(x+1) ... A=1",
    ),
    # vizasking 1639060
    _c(
        VZ,
        VZ_1,
        gold=r"2x² - 4x - 3",
        pred=r"(x - 2) (2x + 3) - 3 (x - 1)",
        wrap=True,
        expected=True,
        why="Exercice 1: A(x) = (x - 2) (2x + 3) - 3 (x - 1) = ... = 2x² - 4x - 3",
    ),
    _c(
        VZ,
        VZ_1,
        gold=r"x^3 + 6x² + 11x + 6",
        pred=r"(x + 1) (x + 2) (x + 3)",
        wrap=True,
        expected=True,
        why="Exercice 1: B(x) = (x + 1) (x + 2) (x + 3) = ... = x^3 + 6x² + 11x + 6",
    ),
    _c(
        VZ,
        VZ_1,
        gold=r"(x - 3) (x - 1)",
        pred=r"(x - 2)² - 1",
        wrap=True,
        expected=True,
        why="Exercice 2.1: (x - 2)² - 1 = ... = (x - 3) (x - 1)",
    ),
    _c(
        VZ,
        VZ_1,
        gold=r"(p - q)²",
        pred=r"(p + q)² - 4pq",
        wrap=True,
        expected=True,
        why="Exercice 2.2: (p + q)² - 4pq = ... = (p - q)²",
    ),
    # vizasking 1206121
    _c(
        VZ,
        VZ_2,
        gold=r"x² + 4x + 4",
        pred=r"(x + 2)²",
        wrap=True,
        expected=True,
        why="'si on développe la fonction du prog 2, on obtient prog2 = x² + 4x + 4'",
    ),
    _c(
        VZ,
        VZ_2,
        gold=r"49/9",
        pred=r"(7/3)²",
        wrap=True,
        expected=True,
        why="prog2 = (1/3 +2)² = ((1+6)/3)² = (7/3)² = 49/9",
    ),
    # goclass 3220897
    _c(
        GC,
        GC_AT,
        gold=r"(x - 6)(x + 6)",
        pred=r"x² - 36",
        wrap=True,
        expected=True,
        why="A(x) = x² - 36 = x² - 6² ... x² - 6² = (x - 6)(x + 6)",
    ),
    _c(
        GC,
        GC_AT,
        gold=r"(x + 1)(5x - 1)",
        pred=r"9x² - (2x - 1)²",
        wrap=True,
        expected=True,
        why="B(x) = 9x² - (2x - 1)² = ... = (x + 1)(5x - 1)",
    ),
    # diorder 119031
    _c(
        DO,
        DO_AT,
        gold=r"12x − 4",
        pred=r"(3x − 1) ( 4x + 1) − (3x − 1) (4x − 3)",
        wrap=True,
        expected=True,
        why="1) E(x) = (3x − 1) ( 4x + 1) − (3x − 1) (4x − 3) = ... = 12x − 4",
    ),
    _c(
        DO,
        DO_AT,
        gold=r"12x − 4",
        pred=r"4(3x − 1)",
        wrap=True,
        expected=True,
        why="3) E(x) = 4(3x − 1) = 12x − 4 'qui est bien la même expression qu'en 1)'",
    ),
    # asklearner 3773756
    _c(
        AL,
        AL_AT,
        gold=r"(3x-5) (3x - 7)",
        pred=r"(3x - 5)² - 2(3x - 5)",
        wrap=True,
        expected=True,
        why="Q2 facteur commun (3x-5): E = (3x-5) (3x - 7)",
    ),
    # SOS Math (académie de Poitiers)
    _c(
        SP,
        SP_AT,
        gold=r"2 p",
        pred=r"p+q+p-q",
        wrap=True,
        expected=True,
        why="S+D = p+q+p-q= p + p + q - q = 2 p",
    ),
    # gutefrage: (2x+3)^2
    _c(
        GF,
        GF_AT,
        gold=r"4x^2+12x+9",
        pred=r"(2x+3)^2",
        wrap=True,
        expected=True,
        why="(2x+3)^2 = (2x+3)•(2x+3) ... = 4x^2+12x+9 (three answers agree)",
    ),
    _c(
        GF,
        GF_AT,
        gold=r"4x^2+12x+9",
        pred=r"2x•2x+2x•3+3•2x+3•3",
        wrap=True,
        expected=True,
        why="third answer: 2x•2x+2x•3+3•2x+3•3= 4x^2+12x+9",
    ),
    # mathelounge 684217 (second answer)
    _c(
        MLW,
        MLW_AT,
        gold=r"2·x^2 + 16·x + 32",
        pred=r"2·(4 + x)^2",
        wrap=True,
        expected=True,
        why="2·(4 + x)^2 = 2·(x + 4)^2 = ... = 2·x^2 + 16·x + 32",
    ),
    _c(
        MLW,
        MLW_AT,
        gold=r"x^2 + 8·x + 14",
        pred=r"(4 + x)^2 - 2",
        wrap=True,
        expected=True,
        why="(4 + x)^2 - 2 = ... = x^2 + 8·x + 14",
    ),
    # mathelounge 94712
    _c(
        MLG,
        MLG_1,
        gold=r"5² + 2 * (5*2) + 2²",
        pred=r"(5+2)²",
        wrap=True,
        expected=True,
        why="(5+2)² = 5*5 + 5*2 + 2*5 + 2*2 = 25 + 2 * (5*2) + 2*2 = 5² + 2 * (5*2) + 2²",
    ),
    # mathelounge 386533, task f
    _c(
        MLG,
        MLG_2,
        gold=r"keine Lösung",
        pred=r"x=1,5",
        wrap=True,
        expected=False,
        why="'das ergebnis für f. ist x=1,5' -- 'Das ist falsch.' (the equation hat keine Lösung)",
    ),
    # forum-3dcenter t-565844
    _c(
        TD,
        TD_AT,
        gold=r"a² - 2ac + b²",
        pred=r"a² - 2bc - b²",
        wrap=True,
        expected=False,
        why="asker's a² - 2bc - b² against 'die richtige Lösung ist aber a² - 2ac + b²'",
    ),
    _c(
        TD,
        TD_AT,
        gold=r"a² - 2ac + b²",
        pred=r"(a+b) * (a-c) - ( a-b) * (b+c)",
        wrap=True,
        expected=True,
        why="Gast 21:03: (a+b) * (a-c) - ( a-b) * (b+c) => ... => a² - 2ac + b²",
    ),
    _c(
        TD,
        TD_AT,
        gold=r"a² - 2ac + b²",
        pred=r"a² - ac + ab - bc - (ab + ac - b² - bc)",
        wrap=True,
        expected=True,
        why="Gast 21:03 and Zafi: a² - ac + ab - bc - (ab + ac - b² - bc) => a² - 2ac + b²",
    ),
    # reshalka.com, Nikolsky 7th grade No. 443
    _c(
        RS,
        RS_AT,
        gold=r"(a - b)^2",
        pred=r"(a + b)^2 - 4ab",
        wrap=True,
        expected=True,
        why="а) (a + b)^2 - 4ab = a^2 + 2ab + b^2 - 4ab = a^2 - 2ab + b^2 = (a - b)^2",
    ),
    _c(
        RS,
        RS_AT,
        gold=r"(a + b)^2",
        pred=r"(a - b)^2 + 4ab",
        wrap=True,
        expected=True,
        why="б) (a - b)^2 + 4ab = ... = (a + b)^2",
    ),
    _c(
        RS,
        RS_AT,
        gold=r"(x - 2y)^2",
        pred=r"(x + 2y)^2 - 8xy",
        wrap=True,
        expected=True,
        why="в) (x + 2y)^2 - 8xy = ... = (x - 2y)^2",
    ),
    _c(
        RS,
        RS_AT,
        gold=r"(x + 3y)^2",
        pred=r"(x - 3y)^2 + 12xy",
        wrap=True,
        expected=True,
        why="г) (x - 3y)^2 + 12xy = ... = (x + 3y)^2",
    ),
    # s5g.ru: identity proved
    _c(
        S5,
        S5_AT,
        gold=r"4 * a * b",
        pred=r"(a + b)² - (a - b)²",
        wrap=True,
        expected=True,
        why="Докажем тождество (a + b)² - (a - b)² = 4 * a * b ... тождество верно",
    ),
    # expotipsescuelas 48347860 (Spanish)
    _c(
        EX,
        EX_AT,
        gold=r"(a + 9)²",
        pred=r"a² + 18a + 81",
        wrap=True,
        expected=True,
        why="a. a² + 18a + 81 = (a + 9)²",
    ),
    _c(
        EX,
        EX_AT,
        gold=r"(m - 3)²",
        pred=r"m² - 6m + 9",
        wrap=True,
        expected=True,
        why="b. m² - 6m + 9 = (m - 3)²",
    ),
    # gocourse 40567539 (Portuguese); gold is the [tex] content of the answer
    _c(
        GO,
        GO_AT,
        gold=r"{a}^{2} - {b}^2",
        pred=r"(a+b).(a-b)",
        wrap=True,
        expected=True,
        why="(a+b).(a-b)= [tex] {a}^{2} - {b}^2[/tex], 'a famosa diferença dos quadrados'",
    ),
]

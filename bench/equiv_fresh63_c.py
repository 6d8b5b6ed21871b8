r"""A sixty-third fresh set of answer-equivalence cases (evaluation only; helper "c": answers typed
into online homework and testing systems for precalculus, calculus and linear algebra -- WeBWorK,
Maple T.A., Desmos activities, Edulastic, IMathAS (LibreTexts), STACK on Moodle -- where a help
page, a system's documentation, or an instructor's or developer's forum post settles which typed
forms are the same answer and which are not: implicit against explicit multiplication, e^x against
exp(x), sqrt forms, interval notation against inequalities, vectors in i-j-k and bracket notation,
the order of a system's equations, general solutions of a trigonometric equation).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of earlier rounds; each page was
claimed in /work/wt/fresh63_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them, in each system's typed syntax
("256*pi/9", "(x^2-2x+1) 2sin(x) (x^2+1)e^(-x^2)", "T^2 + 2T +1", "(-oo,2)U(3,oo)", "<-2,4,0>",
"pi/3 + 2 pi n, 4 pi/3 + 2 pi n"), spacing kept. Where a page states the expected answer and the
form a student typed, the expected answer is the gold. Readings, each noted in ``why``: the
IMathAS interval table gives each row as plain text followed by its LaTeX; where the plain text
lost its inequality sign ("4x<7", "x3") the row's LaTeX ("{4}\le{x}\lt{7}", "{x}\ge{3}") is the
pred, otherwise the plain text ("x<2", "x<2 or x>3"). In the Maple T.A. page, forms the page says
Maple-graded questions require ("2*x and not 2x", "exp(x) for ... e^x", "use Pi") are paired with
the general forms it gives for the same quantity. In the WeBWorK contextLimitedRadical page,
"2sqrt(2)" and "sqrt(8)", "1+2" and "3" are the page's examples of answers that are numerically
equal to the author's and refused only as unsimplified; the numerical verdict (True) is taken.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- cl.desmos.com "t/linear-equations-in-standard-form-activity-builder-by-desmos/905" (a teacher:
  "How can I get screen 4 to accept either 2x + y = 10 OR 10 = 2x + y OR y + 2x = 10 as correct
  responses?"; the replies give the check, disputing none). 2 cases.
- webwork.maa.org forum d=2895 "Requiring a simplified exact answer with pi in it" ("for an answer
  of 256*pi/9, the checker accepts 512*pi/18 as correct"; the poster wants it refused only for
  not being simplified). 1 case.
- de.maplesoft.com Maple T.A. 2016 instructor guide ch06s02 "Writing Mathematical Expressions"
  ("(x^2-2x+1) 2sin(x) (x^2+1)e^(-x^2)" and its asterisk form; "1/(x+1) is different from
  1/x+1"; "if the correct answer is (t+1)^2 then the response T^2 + 2T +1 is graded wrong, but
  t^2 + 2t +1 is correct"; "2x or 2 x" for multiplication; "exp(1) and exp(x) for e and e^x";
  "0.078 is 7.8E-2"; "use pi ... use Pi"). 10 cases (2 False).
- imathas.libretexts.org embedq2 id=00000053 (IMathAS help question on entering intervals:
  "{4}\le{x}\lt{7} [4,7)", "x<2 (-oo,2)", "{x}\ge{3} [3,oo)", "all real numbers (-oo,oo)",
  "x<2 or x>3 (-oo,2)U(3,oo)"). 5 cases.
- edulastic.zendesk.com article 360047491051 "Vectors" ("if the expected answer is 2+4 and the
  student enters 3+3, this will grade as correctly"; "<1,2>+<2,3> = <3,5>"). 2 cases.
- moodle.org forum d=325664 "STACK: Problem with sqrt and sin/cos" (correct solution
  sqrt(25-5*sin(x)^2); the student's sqrt(5)*sqrt(4+cos(x)^2) "is not accepted by STACK", while
  sqrt(20+5*cos(x)^2) is; Christopher Sangwin: "things which STACK does not think are equal but
  which I do", added to the list of "known fails"). 2 cases.
- webwork.maa.org forum d=4453 "Custom List Checker that ignores list-length" (all solutions of a
  trigonometric equation: a student using "1 formula (say pi/3 + pi n) instead of 2 (pi/3 + 2 pi
  n, 4 pi/3 + 2 pi n)" should get full credit). 1 case.
- openwebwork.github.io pg-docs sample problem Trig/TrigIdentities (answer Compute('sin(x)') for
  "tan(x)cos(x) ="; "A student can enter tan(x)*cos(x)*2/2 and it will be counted as correct").
  1 case.
- webwork.maa.org wiki "Vector_(MathObject_Class)" (the same vector created by
  Compute("<-2,4,0>") and Compute("-2i + 4j")). 1 case.
- webwork.maa.org pod pg_TRUNK macros/contextLimitedRadical.pl ("If it is important to
  distinguish sqrt(x^2) as |x| rather than x ..."; "1+2" against "3" and "2sqrt(2)" against
  "sqrt(8)", numerically equal but refused as unsimplified). 4 cases (1 False).
- webwork.maa.org forum d=374 "Lists of Implicit Equations" (a linear system: "I would like either:
  x+y=1,2x+3y=3 OR 2x+3y=3,x+y=1 to be accepted"; Davide Cervone's reply shows how). 1 case.

30 cases in all (3 False).

Left out, by rule: refusals that are only about form or simplification when the value is the
same (the TrigIdentities checker's "There is a simpler answer" for tan(x)*cos(x); d=2895's wish to
refuse 512*pi/18; Maple T.A.'s "2x ... will be marked as incorrect" for Maple-graded questions and
its "two letters without a space represents a single variable name"); parser conventions that are
not about an answer's value (Maple T.A.'s "sqrt 3x, which is interpreted as (sqrt(3))*x");
forms the text conversion lost (the plain-text rows "4x<7" and "x3" of the IMathAS table, whose
LaTeX is used instead; the IMathAS "DNE if the set is empty", which pairs no two forms); forms a
page writes with unbalanced parentheses (moodle d=325664's "sqrt(5*(4+cos(x)^2)" and the Cardano
example "sqrt(108)+10)^(1/3)-(sqrt(108)-10)^(1/3) and 2"); d=374's "x+y-1,2x+3y-3" (the poster
reports it accepted but never says it should be refused); Edulastic's pictures of vector answers
(the answers are images).

Examined and not used: www.math.okstate.edu and cauchy.math.okstate.edu Maple TA FAQ (only the
table of contents and the first answers are stored; the cos(Pi/4) answer is not); mapleta.wlu.ca
Maple T.A. student guide ch04s03 and www.brownstone.net (the same text as the de.maplesoft.com
page; brownstone's copy misprints "0.78 is 7.8E-2"); webwork.maa.org d=4561 (examined by
bench/equiv_fresh45_c.py), d=3529, d=3095, d=8495, d=479 (used or examined by earlier sets),
d=4434 (its single-cosine example 5cos(4t - 2.21430) does not equal the stated 3 sin 4t - 4 cos
4t), d=3226 (no correct antiderivative written out), d=2647 (an entry that raises an error, no
verdict), d=3512 (factoring form rules); webwork.maa.org wiki Matrix (MathObject Class) (its
"same as" comments name variables, not typed answers); parserImplicitPlane.pl and parserFormulaUpToConstant.pl POD pages (constructor usage,
no answer pairs); jimdougherty.com parseInequality post and cl.desmos.com 787 (the stored excerpt
stops before the equivalent forms); docs.wiris.com, help.pearsoncmg.com, digitaled.com,
maplesoft.com MapleTA10, algebrakit, edulastic's other articles, STACK answer-test tables,
lambda-feedback and wwrenderer ASU/Rochester problems (used by earlier sets); every
huggingface.co Nemotron-CC-Math row (LLM-rewritten copies of WeBWorK, Desmos, Canvas and Maple
forum threads); finishmymathclass.com ALEKS guide and smartsolve, edu.com, questionai pages
(machine-written); www.wyzant.com 390447 (superscripts flattened: "ln |x|2").
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DES = "cl.desmos.com"
DES_905 = "https://cl.desmos.com/t/linear-equations-in-standard-form-activity-builder-by-desmos/905"
WW = "webwork.maa.org"
WW_2895 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=2895"
WW_4453 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=4453"
WW_374 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=374"
WW_VEC = "http://webwork.maa.org/wiki/Vector_(MathObject_Class)"
WW_RAD = "http://webwork.maa.org/pod/pg_TRUNK/macros/contextLimitedRadical.pl.html"
MTA = "de.maplesoft.com"
MTA_62 = "https://de.maplesoft.com/support/help/mapleta2016/mapletainstructor/ch06s02.aspx"
IMA = "imathas.libretexts.org"
IMA_53 = "https://imathas.libretexts.org/imathas/embedq2.php?id=00000053"
EDU = "edulastic.zendesk.com"
EDU_VEC = "https://edulastic.zendesk.com/hc/en-us/articles/360047491051-Vectors"
MDL = "moodle.org"
MDL_325664 = "https://moodle.org/mod/forum/discuss.php?d=325664"
OWW = "openwebwork.github.io"
OWW_TRIG = "https://openwebwork.github.io/pg-docs/sample-problems/Trig/TrigIdentities.html"

CASES = [
    # Desmos CL forum: a teacher wants the rearranged standard-form equations accepted.
    _c(
        DES,
        DES_905,
        gold=r"2x + y = 10",
        pred=r"10 = 2x + y",
        wrap=True,
        expected=True,
        why="'accept either 2x + y = 10 OR 10 = 2x + y OR y + 2x = 10 as correct responses'",
    ),
    _c(
        DES,
        DES_905,
        gold=r"2x + y = 10",
        pred=r"y + 2x = 10",
        wrap=True,
        expected=True,
        why="'accept either 2x + y = 10 OR 10 = 2x + y OR y + 2x = 10 as correct responses'",
    ),
    # WeBWorK forum d=2895: an unsimplified multiple of pi is accepted.
    _c(
        WW,
        WW_2895,
        gold=r"256*pi/9",
        pred=r"512*pi/18",
        wrap=True,
        expected=True,
        why="'for an answer of 256*pi/9, the checker accepts 512*pi/18 as correct'",
    ),
    # Maple T.A. 2016 instructor guide: typed syntax, equal and different forms.
    _c(
        MTA,
        MTA_62,
        gold=r"(x^2-2*x+1)*2*sin(x)*(x^2+1)*e^(-x^2)",
        pred=r"(x^2-2x+1) 2sin(x) (x^2+1)e^(-x^2)",
        wrap=True,
        expected=True,
        why="'the following formula is acceptable' and, for Maple questions, the asterisk form",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"1/(x+1)",
        pred=r"1/x+1",
        wrap=True,
        expected=False,
        why="'the expression: 1/(x+1) is different from: 1/x+1'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"(t+1)^2",
        pred=r"T^2 + 2T +1",
        wrap=True,
        expected=False,
        why="'if the correct answer is: (t+1)^2 then the response T^2 + 2T +1 is graded wrong'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"(t+1)^2",
        pred=r"t^2 + 2t +1",
        wrap=True,
        expected=True,
        why="'... is graded wrong, but t^2 + 2t +1 is correct'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"2*x",
        pred=r"2x",
        wrap=True,
        expected=True,
        why="multiplication: 'A letter and a number with or without a space (for example, 2x "
        "or 2 x)'; Maple-graded questions want '2*x and not 2x'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"2*x",
        pred=r"2 x",
        wrap=True,
        expected=True,
        why="multiplication: 'A letter and a number with or without a space (for example, 2x "
        "or 2 x)'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"e^x",
        pred=r"exp(x)",
        wrap=True,
        expected=True,
        why="'The exponential function is e^x.) For Maple-graded questions, use the exp function: "
        "exp(1) and exp(x) for e and e^x'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"e",
        pred=r"exp(1)",
        wrap=True,
        expected=True,
        why="'Euler's Constant, 2.718..., use the letter e ... exp(1) and exp(x) for e and e^x'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"0.078",
        pred=r"7.8E-2",
        wrap=True,
        expected=True,
        why="'Scientific notation, use the upper case letter E. (For example, 0.078 is 7.8E-2.)'",
    ),
    _c(
        MTA,
        MTA_62,
        gold=r"pi",
        pred=r"Pi",
        wrap=True,
        expected=True,
        why="'The trigonometric constant, 3.141..., use pi. For Maple-graded questions, use Pi.'",
    ),
    # IMathAS (LibreTexts) help question: inequalities and their interval notation.
    _c(
        IMA,
        IMA_53,
        gold=r"[4,7)",
        pred=r"{4}\le{x}\lt{7}",
        wrap=True,
        expected=True,
        why="table row 'Inequality / Interval Notation': {4}\\le{x}\\lt{7} [4,7) (plain text "
        "'4x<7' lost its sign; the row's LaTeX is used)",
    ),
    _c(
        IMA,
        IMA_53,
        gold=r"(-oo,2)",
        pred=r"x<2",
        wrap=True,
        expected=True,
        why="table row: x<2 (-oo,2)",
    ),
    _c(
        IMA,
        IMA_53,
        gold=r"[3,oo)",
        pred=r"{x}\ge{3}",
        wrap=True,
        expected=True,
        why="table row: {x}\\ge{3} [3,oo) (plain text 'x3' lost its sign; the LaTeX is used)",
    ),
    _c(
        IMA,
        IMA_53,
        gold=r"(-oo,oo)",
        pred=r"all real numbers",
        wrap=True,
        expected=True,
        why="table row: all real numbers (-oo,oo)",
    ),
    _c(
        IMA,
        IMA_53,
        gold=r"(-oo,2)U(3,oo)",
        pred=r"x<2 or x>3",
        wrap=True,
        expected=True,
        why="table row: x<2 or x>3 (-oo,2)U(3,oo); 'Use U to union two or more intervals'",
    ),
    # Edulastic help, Vectors: equivalent forms graded correct.
    _c(
        EDU,
        EDU_VEC,
        gold=r"2+4",
        pred=r"3+3",
        wrap=True,
        expected=True,
        why="'if the expected answer is 2+4 and the student enters 3+3, this will grade as "
        "correctly'",
    ),
    _c(
        EDU,
        EDU_VEC,
        gold=r"<3,5>",
        pred=r"<1,2>+<2,3>",
        wrap=True,
        expected=True,
        why="vector equations as answers, 'e.g. <1,2>+<2,3> = <3,5>'",
    ),
    # moodle.org STACK forum d=325664: equal square roots STACK failed to match.
    _c(
        MDL,
        MDL_325664,
        gold=r"sqrt(25-5*sin(x)^2)",
        pred=r"sqrt(5)*sqrt(4+cos(x)^2)",
        wrap=True,
        expected=True,
        why="not accepted by STACK; Sangwin: 'things which STACK does not think are equal but "
        "which I do', added to the 'known fails'",
    ),
    _c(
        MDL,
        MDL_325664,
        gold=r"sqrt(25-5*sin(x)^2)",
        pred=r"sqrt(20+5*cos(x)^2)",
        wrap=True,
        expected=True,
        why="'sqrt(20+5*cos(x)^2) is, however, accepted'",
    ),
    # WeBWorK forum d=4453: one general-solution formula against two.
    _c(
        WW,
        WW_4453,
        gold=r"pi/3 + 2 pi n, 4 pi/3 + 2 pi n",
        pred=r"pi/3 + pi n",
        wrap=True,
        expected=True,
        why="a student using '1 formula (say pi/3 + pi n) instead of 2 (pi/3 + 2 pi n, 4 pi/3 + "
        "2 pi n)' should get full credit",
    ),
    # PG docs sample problem TrigIdentities: answer sin(x) for tan(x)cos(x).
    _c(
        OWW,
        OWW_TRIG,
        gold=r"sin(x)",
        pred=r"tan(x)*cos(x)*2/2",
        wrap=True,
        expected=True,
        why="'A student can enter tan(x)*cos(x)*2/2 and it will be counted as correct'",
    ),
    # WeBWorK wiki, Vector (MathObject Class): the same vector two ways.
    _c(
        WW,
        WW_VEC,
        gold=r"<-2,4,0>",
        pred=r"-2i + 4j",
        wrap=True,
        expected=True,
        why='\'$v = Compute("<-2,4,0>"); ... $v = Compute("-2i + 4j");\' (the same vector)',
    ),
    # WeBWorK POD, contextLimitedRadical.pl.
    _c(
        WW,
        WW_RAD,
        gold=r"|x|",
        pred=r"sqrt(x^2)",
        wrap=True,
        expected=True,
        why="'If it is important to distinguish sqrt(x^2) as |x| rather than x'",
    ),
    _c(
        WW,
        WW_RAD,
        gold=r"x",
        pred=r"sqrt(x^2)",
        wrap=True,
        expected=False,
        why="'distinguish sqrt(x^2) as |x| rather than x ... a region where they differ'",
    ),
    _c(
        WW,
        WW_RAD,
        gold=r"sqrt(8)",
        pred=r"2sqrt(2)",
        wrap=True,
        expected=True,
        why='\'"2sqrt(2)" is not equivalent to "sqrt(8)" with the bizarro arithmetic\' -- '
        "numerically equal, refused only as unsimplified",
    ),
    _c(
        WW,
        WW_RAD,
        gold=r"3",
        pred=r"1+2",
        wrap=True,
        expected=True,
        why='\'"1+2" is not equivalent to "3" under bizarro addition\' -- numerically equal, '
        "refused only as unsimplified",
    ),
    # WeBWorK forum d=374: a linear system in either order.
    _c(
        WW,
        WW_374,
        gold=r"x+y=1,2x+3y=3",
        pred=r"2x+3y=3,x+y=1",
        wrap=True,
        expected=True,
        why="'I would like either: x+y=1,2x+3y=3 OR 2x+3y=3,x+y=1 to be accepted'",
    ),
]

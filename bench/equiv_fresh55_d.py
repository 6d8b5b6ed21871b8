r"""A fifty-fifth fresh set of answer-equivalence cases (evaluation only; helper "d": maths answers
settled by a person on web pages in Czech, Polish, Romanian and Bulgarian -- CERMAT answer keys
("klíč správných řešení") listing accepted forms with "resp.", a forum.matweb.cz thread where a
tutor corrects a student's signs, Czech tutors' worked solutions, a Bulgarian blog naming fractions
in words, a Romanian Brainly copy writing fractions with "pe", and Polish Zadane copies that rewrite
fractions with roots in the denominator -- with the strings kept as the pages write them).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL, domain and page or thread id
was grepped in bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against every
/work/wt/fresh*_claims folder; each page is claimed in /work/wt/fresh55_claims). Each case gives the
reference answer (``gold``: the form the key or the answerer ends on, or names as the answer), the
prediction (``pred``: another form the same person equates with it, or a form the page says is not
the answer or not equal to it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt, from the page's beginning) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: decimal commas (``6,6 m``,
``12,88``), Czech units (``66 dm``, ``2640 dm``, ``8 000 cm3`` and ``8 dm3`` with the key's flattened
cube), the CERMAT key's ``∙`` (U+2219) and ``√``, the Bulgarian words ``едно цяло и три осми``,
``пет осми``, ``половин``, ``третина``, ``четвъртина``, the Romanian ``6 pe 8`` for 6/8, and the
LaTeX of the pages that have it (``\dfrac``, ``\sqrt{5}``, the spaces inside ``\frac{5\sqrt{2}-8 }{-2}``).
Rule for worked chains (``A = B = ... = Z``): ``Z`` (the member the page ends on) is the gold and each
earlier member, the posed expression included, a True prediction; a member that carries the
writer's commentary or a page-specific macro (spocitane's ``\zav{...}``) or is malformed LaTeX is
left out (that member only). spocitane's answer is given inside its ``\vysledek{...}`` (double
underline) macro; the gold is the argument of that macro, and its ``align*`` markers (``=\ &``,
``\\``) between members are dropped.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- readgur.com doc/172573 (CERMAT "Maturitní zkouška 2011 - jarní termín, KLÍČ SPRÁVNÝCH ŘEŠENÍ,
  Matematika - základní úroveň": rows "… = 66 dm, resp. 66 dm, resp. 66, resp. 6,6 m", "… = 264 m,
  resp. 264, resp. 2640 dm", "… = 99 ∙ 100, resp. … = 9900, resp. 9900"). 5 cases.
- readgur.com doc/158222 (CERMAT "KLÍČ SPRÁVNÝCH ŘEŠENÍ – ILUSTRAČNÍ TEST 2013", row
  "2√5 , resp. √20"). 1 case.
- www.scribd.com document/556206745 (Czech "PŘIJÍMAČKY MATEMATIKA 9, ŘEŠENÍ", row 11
  "8 000 cm3 = 8 dm3"). 1 case.
- forum.matweb.cz viewtopic.php?id=112726 (a student expands (x-3)^2+(y-5)^2=4 with minus signs; the
  book's "správně má být" form has plus signs and the tutor laszky confirms "U tech druhych mocnin
  je vzdy znamenko plus" and "-3^2 = -(3^2) = -9 a (-3)^2 = (-3)(-3) = 9", against the student's
  "-3^{2}=-3.(-3) =9"). 6 cases.
- www.matweb.cz smisene-cislo (article on mixed numbers: "pokud byste tam přidali tečku
  $2\cdot\frac38$, tak by se nejednalo o smíšené číslo, ale o součin"). 1 case.
- spocitane.200solutions.com priklady/single?id=343 and ?id=330 (a tutor's worked solutions of
  Běloun 1.4 c) and 1.3 c), chains ending in ``\vysledek{-\dfrac{29}{32}}`` and
  ``\vysledek{-\dfrac{5}{12}}``). 4 + 2 cases.
- www.eflcourses.org 2015/10/fractions.html (Bulgarian blog "Дроби": "11/8, което е равно на 1 3/8 -
  едно цяло и три осми", "5/8 (пет осми)", "1/2 - половин", "1/3 - третина", "1/4 - четвъртина").
  6 cases.
- www.zelearners.com zetema/9781754 (Romanian Brainly copy: "6 pe 8 amplificat cu3 => 18 pe 24",
  "6 pe 8 simplificat cu2 => 3 pe 4"). 2 cases.
- kudo.tips usun-niewymierno-z-mienownikaa-4-5-2b-2-3-7c-3 (Polish Zadane copy, "usuń niewymierność
  z mianownika"; the answer's LaTeX as stored in its image alt text, first copy of each formula):
  items a), b), c). 13 cases.
- onstudier.com onzadanie/21070655 (Polish Zadane copy, rationalising denominators a)-c)). 10 cases.

Left out, by rule: readgur 172573's rows whose left-hand side or exponent was lost in the text
layer ("1 = 2, 2 = −1, resp. {2; − 1}", "= 8, resp. ! = 8!", "= 1,2 ∙ 1014 m2 , resp. 12 ∙ 1013",
"3, resp. 3 −1") and its identical pair "= 50, resp. 50"; readgur 158222's "4/25, resp. 0,16" (the
fraction is split over lines); the scribd 556206745 rows whose fractions are stacked and flattened
("− = − 0,2", "= 2,25", "= 0,9", "= 0,25"); eflcourses' English glosses ("1/2 - a (one) half"),
which are not the page's answer forms; the kudo.tips item c)'s second member
("\frac{3}{5+2\sqrt{5}}} \cdot ...", unbalanced brace) and item d) (cut off in the excerpt); the
matweb.cz remark that ``0\frac12`` is not used (a writing convention, not a value).

Examined and not used: scribd 557366024 and 654977777 (CERMAT "PŘIJÍMACÍ ZKOUŠKY" keys: the only
accepted-form pair is "(3𝑎 − 5)2 , resp. (3𝑎 − 5)(3𝑎 − 5)", whose square is flattened to "2");
viztrainings.org vizzadanie/21746130 (two answers, the LaTeX one with "3 \times 5 \frac{1}{3} = ... =
\frac{486}{3} = 1", contradicting the plain one; not needed for the size of this set); Romanian
(Moldovan) "BAREM DE EVALUARE" pages on ro.scribd.com (steps and points, no accepted-form pairs);
zestudies.com 4298767 (used by fresh51); hackmath.net and ulamkowo.pl (calculator output, not a
person); domashno.bg (generated-looking solutions); sr./sk.milestoblog.com (machine-translated);
cas.sk and dobrenoviny.sk on 8÷2(2+2) (the expert accepts both 16 and 1); a Nowa Era key and CKE
matura keys on scribd (single answers, flattened fractions). Continued in equiv_fresh55_d2.py.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CZ1 = (
    "readgur.com",
    "http://readgur.com/doc/172573/maturitn%C3%AD-zkou%C5%A1ka-2011---jarn%C3%AD-term%C3%ADn-kl"
    "%C3%AD%C4%8D",
)
CZ2 = (
    "readgur.com",
    "http://readgur.com/doc/158222/kl%C3%AD%C4%8D-spr%C3%A1vn%C3%BDch-%C5%99e%C5%A1en%C3%AD-%E2%80"
    "%93-ilustra%C4%8Dn%C3%AD-test-2013",
)
CZ3 = ("www.scribd.com", "https://www.scribd.com/document/556206745/prijimacky9-mat2021-reseni")
MW = ("forum.matweb.cz", "https://forum.matweb.cz/viewtopic.php?id=112726")
MS = ("www.matweb.cz", "https://www.matweb.cz/smisene-cislo/")
SP343 = ("spocitane.200solutions.com", "https://spocitane.200solutions.com/priklady/single?id=343")
SP330 = ("spocitane.200solutions.com", "https://spocitane.200solutions.com/priklady/single?id=330")
BG = ("www.eflcourses.org", "https://www.eflcourses.org/2015/10/fractions.html")
RO = ("www.zelearners.com", "https://www.zelearners.com/zetema/9781754")
KU = (
    "kudo.tips",
    "https://kudo.tips/usun-niewymierno-z-mienownikaa-4-5-2b-2-3-7c-3.html",
)
ON = ("onstudier.com", "https://onstudier.com/onzadanie/21070655")


def _p(src: tuple[str, str], gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(src[0], src[1], gold=gold, pred=pred, wrap=True, expected=expected, why=why)


def _chain(src: tuple[str, str], gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """One True case per earlier member of a worked chain that ends on ``gold``."""
    return [
        _p(src, gold, pred, True, f"{why}: chain member {i + 1}") for i, pred in enumerate(preds)
    ]


CASES = [
    # readgur 172573, CERMAT key 2011: accepted forms joined by "resp."
    _p(CZ1, r"66 dm", r"66", True, "key row '= 66 dm, resp. 66 dm, resp. 66, resp. 6,6 m'"),
    _p(CZ1, r"66 dm", r"6,6 m", True, "key row '= 66 dm, resp. 66 dm, resp. 66, resp. 6,6 m'"),
    _p(CZ1, r"264 m", r"264", True, "key row '= 264 m, resp. 264, resp. 2640 dm'"),
    _p(CZ1, r"264 m", r"2640 dm", True, "key row '= 264 m, resp. 264, resp. 2640 dm'"),
    _p(CZ1, r"9900", r"99 ∙ 100", True, "key row '= 99 ∙ 100, resp. = 9900, resp. 9900'"),
    # readgur 158222, CERMAT illustrative test 2013
    _p(CZ2, r"2√5", r"√20", True, "key row '2√5 , resp. √20'"),
    # scribd 556206745, přijímačky 9 key, row 11
    _p(CZ3, r"8 dm3", r"8 000 cm3", True, "key row 11 '8 000 cm3 = 8 dm3' (flattened cubes)"),
    # forum.matweb.cz 112726: the book's form vs the student's signs; tutor laszky's rules
    _p(
        MW,
        r"x^{2}-6x+9+y^{2}-10y+25=4",
        r"x^{2}-6x-9+y^{2}-10y-25=4",
        False,
        "student's expansion vs 'správně má být'; tutor: 'vzdy znamenko plus'",
    ),
    _p(MW, r"-9", r"-3^2", True, "tutor: '-3^2 = -(3^2) = -9'"),
    _p(MW, r"-9", r"-(3^2)", True, "tutor: '-3^2 = -(3^2) = -9'"),
    _p(MW, r"9", r"(-3)^2", True, "tutor: '(-3)^2 = (-3)(-3) = 9'"),
    _p(MW, r"9", r"(-3)(-3)", True, "tutor: '(-3)^2 = (-3)(-3) = 9'"),
    _p(MW, r"9", r"-3^{2}", False, "student's '-3^{2}=-3.(-3) =9' corrected by tutor to -9"),
    # matweb.cz, mixed numbers: a dot makes it a product, not the mixed number
    _p(
        MS,
        r"2\frac{3}{8}",
        r"2\cdot\frac38",
        False,
        "'pokud byste tam přidali tečku ... nejednalo o smíšené číslo, ale o součin'",
    ),
    # spocitane 343 (Běloun 1.4 c)) and 330 (Běloun 1.3 c)); \zav members left out
    *_chain(
        SP343,
        r"-\dfrac{29}{32}",
        [
            r"-\dfrac{7}{24}\cdot\dfrac{1}{4}-\dfrac{5}{6}",
            r"-\dfrac{7}{96}-\dfrac{5}{6}",
            r"\dfrac{-7-80}{96}",
            r"-\dfrac{87}{96}",
        ],
        "Běloun 1.4 c), Výsledek \\vysledek{-\\dfrac{29}{32}}",
    ),
    *_chain(
        SP330,
        r"-\dfrac{5}{12}",
        [r"\dfrac{1}{3}-\dfrac{3}{4}", r"\dfrac{4-9}{12}"],
        "Běloun 1.3 c), Výsledek \\vysledek{-\\dfrac{5}{12}}",
    ),
    # eflcourses (Bulgarian): fractions and their names
    _p(BG, r"1 3/8", r"11/8", True, "'11/8, което е равно на 1 3/8'"),
    _p(BG, r"1 3/8", r"едно цяло и три осми", True, "'1 3/8 - едно цяло и три осми'"),
    _p(BG, r"5/8", r"пет осми", True, "'ще останат 5/8 (пет осми)'"),
    _p(BG, r"1/2", r"половин", True, "'1/2 - половин'"),
    _p(BG, r"1/3", r"третина", True, "'1/3 - третина'"),
    _p(BG, r"1/4", r"четвъртина", True, "'1/4 - четвъртина'"),
    # zelearners (Romanian): "pe" is the fraction bar
    _p(RO, r"18 pe 24", r"6 pe 8", True, "a) '6 pe 8 amplificat cu3 => 18 pe 24'"),
    _p(RO, r"3 pe 4", r"6 pe 8", True, "b) '6 pe 8 simplificat cu2 => 3 pe 4'"),
    # kudo.tips: rationalising denominators
    *_chain(
        KU,
        r"4\sqrt{5}-8",
        [
            r"\frac{4}{\sqrt{5}+2}",
            r"\frac{4}{\sqrt{5}+2} \cdot \frac{\sqrt{5}-2}{\sqrt{5}-2}",
            r"\frac{4(\sqrt{5}-2)}{(\sqrt{5}+2)(\sqrt{5}-2)}",
            r"\frac{4\sqrt{5}-8}{5-4}",
        ],
        "a)",
    ),
    *_chain(
        KU,
        r"3+\sqrt{7}",
        [
            r"\frac{2}{3-\sqrt{7}}",
            r"\frac{2}{3-\sqrt{7}} \cdot \frac{3+\sqrt{7}}{3+\sqrt{7}}",
            r"\frac{2(3+\sqrt{7})}{(3-\sqrt{7})(3+\sqrt{7})}",
            r"\frac{2(3+\sqrt{7})}{9-7}",
            r"\frac{2(3+\sqrt{7})}{2}",
        ],
        "b)",
    ),
    *_chain(
        KU,
        r"\frac{15-6\sqrt{5}}{5}",
        [
            r"\frac{3}{5+2\sqrt{5}}",
            r"\frac{3(5-2\sqrt{5})}{(5+2\sqrt{5})(5-2\sqrt{5})}",
            r"\frac{3(5-2\sqrt{5})}{25- 4 \cdot 5}",
            r"\frac{15-6\sqrt{5}}{25- 20}",
        ],
        "c) (second member, with an unbalanced brace, left out)",
    ),
    # onstudier 21070655: rationalising denominators
    *_chain(
        ON,
        r"\frac{5\sqrt{2}-8 }{-2}",
        [
            r"\frac{3-\sqrt{2} }{\sqrt{2} +2} \cdot \frac{\sqrt{2} -2}{\sqrt{2} -2}",
            r"\frac{3\sqrt{2}-6-2+2\sqrt{2} }{(\sqrt{2} )^{2}-2^{2}}",
            r"\frac{5\sqrt{2}-8 }{2-4}",
        ],
        "a)",
    ),
    *_chain(
        ON,
        r"\frac{13\sqrt{5}+23 }{4}",
        [
            r"\frac{4\sqrt{5}+1 }{3-\sqrt{5} } \cdot \frac{3+\sqrt{5}}{3+\sqrt{5}}",
            r"\frac{12\sqrt{5}+4\cdot 5+3+\sqrt{5} }{3^{2}-(\sqrt{5} )^{2}}",
            r"\frac{13\sqrt{5}+20 +3 }{9-5}",
        ],
        "b)",
    ),
    *_chain(
        ON,
        r"\frac{8\sqrt{3} +15}{3}",
        [
            r"\frac{1+2\sqrt{3} }{2\sqrt{3}-3 } \cdot \frac{2\sqrt{3}+3}{2\sqrt{3}+3}",
            r"\frac{2\sqrt{3}+3+4\cdot3+6\sqrt{3} }{(2\sqrt{3})^{2}-3^{2} }",
            r"\frac{8\sqrt{3}+3+12 }{4\cdot 3-9}",
            r"\frac{8\sqrt{3} +15}{12-9}",
        ],
        "c)",
    ),
]

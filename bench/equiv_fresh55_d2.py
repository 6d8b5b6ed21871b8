r"""A fifty-fifth fresh set of answer-equivalence cases, continued (evaluation only; helper "d":
maths answers settled by a person on web pages in Polish -- copies of Zadane.pl answers hosted on
viztrainings.org and viplearnings.com, where answerers work fractions, mixed numbers written with
the Polish "i" ("4 i 4/5"), decimal commas and points, the periodic ``0.(6)``, and percentages).

Same conventions as bench/equiv_fresh55_d.py: cases come from public web pages (the ``pages``
corpus of the search tool), none used by an earlier set (each URL, domain and page id grepped in
bench/ and checked against every /work/wt/fresh*_claims folder; each page claimed in
/work/wt/fresh55_claims). ``gold`` is the form the answerer ends on, ``pred`` another form the same
answerer writes as equal to it, ``wrap`` is always True and ``expected`` always True (no page here
says a form is wrong). ``repo`` is the domain and ``where`` the full URL; no commit; every source
is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt, from the page's beginning) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the excerpt shows them, spaces included (``- 1 i 1/4``,
``25 /60 - 26/60``, ``( - 1 i 3/4 ) : 1 i 2/5``), with ``:`` for division and ``*`` for times as
written; in LaTeX answers the ``[tex]...[/tex]`` tags are removed and the LaTeX kept as written
(``4\frac23``, ``\frac{3*4+2}3``, ``2\frac4{11}``), and a percent sign written after a closing
``[/tex]`` is joined to the number (``66\frac{2}{3}%``). Rule for worked chains (``A = B = ... =
Z``, members joined by ``=`` on one line or across a line end): ``Z`` is the gold and each earlier
member, the posed expression included, a True prediction; a member carrying the answerer's
commentary in parentheses ("( skracamy 36 i 27 przez 9, ...)") is left out (that member only);
lines not joined by ``=`` to the next start a new chain. For the percentage page
(viplearnings 21318309) the gold of each item is the last member of its chain and the predictions
are the other members and the decimal given with "oraz" (and).

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- viztrainings.org vizzadanie/20136405 (fraction products and quotients zad.1 b)-h), sums zad.2
  a)-f)). 33 cases.
- viplearnings.com zonezadanie/154566 (mixed operations, inflation sums with decimal commas;
  first copy of the page's duplicated text). 16 cases.
- viplearnings.com zonezadanie/21450220 (mixed numbers to fractions, extending and reducing
  fractions, sums and products of mixed numbers, in LaTeX). 27 cases.
- viplearnings.com zonezadanie/21530032 (evaluating expressions with mixed numbers, items c)-f)).
  9 cases.
- viplearnings.com zonezadanie/21318309 (percent to fraction and decimal, Poziom A-C). 49 cases.

Left out, by rule: viztrainings 20136405 zad.1 a) ("36/32 *24/27(...)=6/3=2": the product is 1, so
the answerer's result is wrong and no one on the page corrects it); viplearnings 154566's first
lines of each exercise that are not joined by ``=`` to the next, its inequality steps (part 4), the
set answers (part 2) and the inflation percentage "x=6,66" (a truncated 6,66...); viplearnings
21530032 items a) and b) (the chain is split between plain text and ``[tex]`` blocks, and b)'s
LaTeX is broken: ``\frac{1}2}``) and the members of d)-f) outside a single ``[tex]`` block;
viplearnings 21318309 Poziom D (values rounded by instruction, "zaokrąglamy": ``\frac{1}{6} =
16.7``%).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VZ = ("viztrainings.org", "https://viztrainings.org/vizzadanie/20136405")
V1 = ("viplearnings.com", "https://viplearnings.com/zonezadanie/154566")
V2 = ("viplearnings.com", "https://viplearnings.com/zonezadanie/21450220")
V3 = ("viplearnings.com", "https://viplearnings.com/zonezadanie/21530032")
V4 = ("viplearnings.com", "https://viplearnings.com/zonezadanie/21318309")


def _chain(src: tuple[str, str], gold: str, preds: list[str], why: str) -> list[dict[str, object]]:
    """One True case per earlier member of a worked chain that ends on ``gold``."""
    return [
        _c(
            src[0],
            src[1],
            gold=gold,
            pred=pred,
            wrap=True,
            expected=True,
            why=f"{why}: member {i + 1}",
        )
        for i, pred in enumerate(preds)
    ]


CASES = [
    # viztrainings 20136405, zad.1 (a) left out: wrong result); commentary members left out
    *_chain(VZ, r"8/9", [r"4/3*2/3"], "zad.1 b)"),
    *_chain(VZ, r"4/15", [r"12/25 : 18/10", r"2/5*2/3"], "zad.1 c)"),
    *_chain(VZ, r"4 i 4/5", [r"48/14 : 40/56", r"6*4/5", r"24/5"], "zad.1 d)"),
    *_chain(VZ, r"-8", [r"3 i 3/5*(- 2 i 2/9)", r"2*(-4)"], "zad.1 e)"),
    *_chain(VZ, r"36", [r"(-5 i 1/3 )* (-6 i 3/4)", r"-4*(-9)"], "zad.1 f)"),
    *_chain(
        VZ,
        r"- 1 i 1/4",
        [r"( - 1 i 3/4 ) : 1 i 2/5", r"(- 7/4) : 7/5", r"- 1/4*5", r"-5/4"],
        "zad.1 g)",
    ),
    *_chain(VZ, r"- 1 i 1/2", [r"6 i 2/3 : (-4 i 4/9)", r"20/3 : ( -40/9)", r"- 3/2"], "zad.1 h)"),
    # zad.2
    *_chain(VZ, r"2", [r"1/2 +2/3 + 5/6", r"3/6 + 4/6 + 5/6", r"12/6"], "zad.2 a)"),
    *_chain(
        VZ,
        r"4 i 7/12",
        [r"1 i 1/2 + 1/3 + 2 i 3/4", r"1 i 6/12 + 4/12 + 2 i 9/12", r"3 i 19/12"],
        "zad.2 b)",
    ),
    *_chain(VZ, r"25/36", [r"5/12 +5/18", r"15/36+ 10/36"], "zad.2 c)"),
    *_chain(VZ, r"- 5/90", [r"11/45 - 9/30", r"22/90 - 27/90"], "zad.2 d)"),
    *_chain(
        VZ, r"59/75", [r"3/5 +4/15 - 2/25", r"45/75+ 20/75 - 6/75", r"65/75- 6/75"], "zad.2 e)"
    ),
    *_chain(
        VZ, r"- 1/60", [r"5/12 - 2/15- 3/10", r"25/60- 8/60- 18/60", r"25 /60 - 26/60"], "zad.2 f)"
    ),
    # viplearnings 154566 (first copy of the text)
    *_chain(V1, r"2/7", [r"17/35-1/5", r"17/35-7/35", r"10/35"], "1. first expression"),
    *_chain(
        V1,
        r"-2 9/20",
        [
            r"(5/6+3/2):(5/7-5/3)",
            r"(5/6+9/6):(15/21-35/21)",
            r"14/6:(-20/21)",
            r"14/6*(-21/20)",
            r"-49/20",
        ],
        "1. second expression",
    ),
    *_chain(
        V1,
        r"37 6/7",
        [
            r"(11/2*10/3+15/4):7/12",
            r"(55/3+15/4):7/12",
            r"(220/12+45/12)*12/7",
            r"265/12*12/7",
        ],
        "3.",
    ),
    *_chain(V1, r"5000", [r"45000-40000"], "zad. 5 'odsetki=45000-40000=5000'"),
    *_chain(V1, r"0,08", [r"1,28-1,20"], "zad. 7 '1,28-1,20=0,08'"),
    *_chain(
        V1, r"12,88", [r"11,50+(11,50*12/100)", r"11,50+1,38"], "zad.8 'Cena po inflacji= ...'"
    ),
    # viplearnings 21450220 (LaTeX answer)
    *_chain(V2, r"\frac{14}3", [r"4\frac23", r"\frac{3*4+2}3", r"\frac{12+2}3"], "1. b)"),
    *_chain(V2, r"\frac{21}{56}", [r"\frac38"], "2. a)"),
    *_chain(V2, r"\frac{20}{35}", [r"\frac47"], "2. b)"),
    *_chain(V2, r"\frac{4}7", [r"\frac{16}{28}"], "2. c)"),
    *_chain(V2, r"\frac14", [r"\frac{15}{60}"], "2. d)"),
    *_chain(V2, r"3", [r"2\frac4{11}+\frac7{11}", r"2\frac{11}{11}"], "3. a)"),
    *_chain(
        V2,
        r"2\frac{4}{15}",
        [r"1\frac23+\frac35", r"1\frac{10}{15}+\frac{9}{15}", r"1\frac{19}{15}"],
        "3. b)",
    ),
    *_chain(V2, r"\frac4{13}", [r"1-\frac9{13}", r"\frac{13}{13}-\frac9{13}"], "3. c)"),
    *_chain(V2, r"3\frac1{14}", [r"3\frac12-\frac37", r"3\frac{7}{14}-\frac{6}{14}"], "3. d)"),
    *_chain(
        V2,
        r"1\frac{13}{20}",
        [r"2\frac14-\frac35", r"2\frac{5}{20}-\frac{12}{20}", r"1\frac{25}{20}-\frac{12}{20}"],
        "3. e)",
    ),
    *_chain(V2, r"\frac16", [r"\frac38*\frac49", r"\frac{1}{2}*\frac{1}{3}"], "3. f)"),
    *_chain(
        V2, r"2", [r"1\frac17*1\frac34", r"\frac87*\frac74", r"\frac{2}{1}*\frac{1}{1}"], "3. g)"
    ),
    *_chain(V2, r"6", [r"\frac23*9", r"\frac{2}{1}*3", r"2*3"], "3. h)"),
    # viplearnings 21530032 (members inside one [tex] block)
    *_chain(
        V3,
        r"2\frac{2}{3}",
        [r"4\frac{1}{6} - 1\frac{1}{2}", r"4\frac{1}{6} - 1\frac{3}{6}", r"2\frac{4}{6}"],
        "c) m - 1 1/2",
    ),
    *_chain(V3, r"2\frac{2}{5}", [r"\frac{12}{5}"], "d) 2y"),
    *_chain(V3, r"1\frac{4}{5}", [r"\frac{9}{5}"], "e) 3a : 4"),
    *_chain(
        V3,
        r"6\frac{1}{6}",
        [
            r"\frac{30}{9} + \frac{17}{6}",
            r"\frac{60}{18} + \frac{51}{18}",
            r"\frac{111}{18}",
            r"6\frac{3}{18}",
        ],
        "f) 3b+2 5/6",
    ),
    # viplearnings 21318309, Poziom A: percent = fraction (chain) "oraz" decimal
    *_chain(V4, r"\frac{1}{4}", [r"25%", r"\frac{25}{100}", r"0.25"], "Poziom A a)"),
    *_chain(
        V4, r"1\frac{1}{5}", [r"120%", r"\frac{120}{100}", r"\frac{6}{5}", r"1.2"], "Poziom A b)"
    ),
    *_chain(V4, r"\frac{2}{5}", [r"40%", r"\frac{40}{100}", r"0.4"], "Poziom A c)"),
    *_chain(V4, r"\frac{16}{25}", [r"64%", r"\frac{64}{100}", r"0.64"], "Poziom A d)"),
    *_chain(V4, r"\frac{3}{4}", [r"75%", r"\frac{75}{100}", r"0.75"], "Poziom A e)"),
    *_chain(V4, r"\frac{3}{1}", [r"300%", r"\frac{300}{100}", r"3"], "Poziom A f)"),
    *_chain(V4, r"\frac{17}{20}", [r"85%", r"\frac{85}{100}", r"0.85"], "Poziom A g)"),
    *_chain(V4, r"\frac{3}{2}", [r"150%", r"\frac{150}{100}", r"1.5"], "Poziom A h)"),
    # Poziom B: "p% = decimal oraz fraction"
    *_chain(V4, r"\frac{91}{200}", [r"45,5%", r"0.455"], "Poziom B a)"),
    *_chain(V4, r"\frac{2}{3}", [r"66\frac{2}{3}%", r"0.(6)"], "Poziom B b)"),
    *_chain(V4, r"\frac{4}{125}", [r"3,2%", r"0.032"], "Poziom B c)"),
    *_chain(V4, r"\frac{11}{40}", [r"27,5%", r"0.275"], "Poziom B d)"),
    *_chain(V4, r"\frac{3}{500}", [r"0,6%", r"0.006"], "Poziom B e)"),
    *_chain(V4, r"\frac{1}{40}", [r"2,5%", r"0.025"], "Poziom B f)"),
    *_chain(V4, r"\frac{1}{3}", [r"33\frac{1}{3}%", r"0.(3)"], "Poziom B g)"),
    *_chain(V4, r"\frac{207}{250}", [r"82,8%", r"0.828"], "Poziom B h)"),
    # Poziom C: "decimal = percent"
    *_chain(V4, r"5%", [r"0,05"], "Poziom C a)"),
    *_chain(V4, r"78%", [r"0,78"], "Poziom C b)"),
    *_chain(V4, r"139%", [r"1,39"], "Poziom C c)"),
    *_chain(V4, r"60%", [r"0,6"], "Poziom C d)"),
    *_chain(V4, r"308%", [r"3,08"], "Poziom C e)"),
    *_chain(V4, r"20%", [r"0,2"], "Poziom C f)"),
    *_chain(V4, r"67%", [r"0,67"], "Poziom C g)"),
    *_chain(V4, r"280%", [r"2,8"], "Poziom C h)"),
]

r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "c": maths answers
settled by a person on help-forum threads, answer keys ("fasit", "facit", "antwoorden") and
worked-answer pages in Norwegian, Dutch, Swedish, Spanish and Catalan, with the answer strings
kept as the pages write them: decimal commas, ``:`` for division, ``*`` and ``x`` for
multiplication, ``%`` with and without a space, Norwegian and Dutch words ("26,3 millioner",
"1 av 4", "tre halve", "47 seconden")). The Dutch answer keys and teacher pages of
wiskunde.net, vanhoeckes.be and wiskundeleraar.nl are in bench/equiv_fresh54_c2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL, domain and thread or question id; each page is
claimed in /work/wt/fresh54_claims). Each case gives the reference answer (``gold``: the form the
answerer or the key ends on, or names as the answer), the prediction (``pred``: another form the
same person equates with it in a chain of equalities or lists as an accepted alternative, or a
form the person says is wrong; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt, which starts at the top of the page) was read. Do not tune the
judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: decimal commas (``2,63 \cdot
10^7``, ``0,001``, ``37,5%``), the space of ``54 %`` and of ``26 300 000``, ``10 :30`` with its
odd spacing, ``*`` for multiplication (``6*(b+2)``, ``5/8 * 4/7``), the en dash used as a minus
sign (``14 – 8``), Unicode superscripts (``(b-a)²``), Norwegian words (``26,3 millioner``,
``1 av 4``, ``tre halve``); LaTeX stays LaTeX, with the page's ``$`` delimiters, ``[tex]`` tags
and HTML escapes of the Atom feed dropped and its spacing kept (``\frac {540}{1000}``,
``\frac 13``). No formula was reconstructed: where a page lost a superscript (``2pq2``) or a
stacked fraction bar, the member is left out.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- matematikk.net matteprat viewtopic t=50886 (Norwegian forum: the asker "Svaret skal være 6/7
  men jeg får 5/6" for 1 2/3 - 1/2; Kristian Saug: "Ingen av svarene er riktig", 1\frac{2}{3}-
  \frac{1}{2} = ... = \frac{7}{6}). 6 cases (2 False).
- matematikk.net Atom feed of user Skf95 (a contribution to the wiki's "2P 2016 høst LØSNING":
  26,3 millioner = 26 300 000 = 2,63·10^7; a quotient of powers of ten = ... = 0,001;
  135/(135+115) = ... = 54 %; "Prisen er den samme" for 1,1·0,9 and 0,9·1,1). 11 cases.
- veien.verket.me fasit veien til tentamen 9. trinn v2022 (Norwegian answer key: "6*(b+2) eller
  6b+12", "3/8 eller 37,5%", 5/8 * 4/7 = 20/56 = 5/14, "1 av 4 = 0,25 = 25%", 3*3*3 = 27,
  14 – 8 = 6). 8 cases.
- naturfag.tips Brøkregning (a copy of the matematikk.net wiki page, diff 28386: 10 :30 =
  \frac {10}{30} = \frac 13; 15 : 10 = \frac{15}{10} "som kan skrives som" \frac 32, "tre halve
  er det samme som 1,5"). 6 cases.
- wisfaq.nl 92484 (Dutch Q&A: "het antw.boek geeft als antw: 2pq2+18p"; the answer: "Het
  antwoord uit het antwoordenboekje klopt wel", 2p(q-3)^2+12pq = ... = 2pq^2 + 18p in LaTeX).
  3 cases.
- wisfaq.nl 92514 ((x+y)(x+3y)^2 = ... = x^3 + 7x^2 y + 15xy^2 + 9y^3 in LaTeX, the asker's
  answer "helaas fout"). 3 cases.
- wisfaq.nl 60631 ("(b-a)2 is hetzelfde als (a-b)2", with (b-a)²=b²-2ba+a², (a-b)²=a²-2ab+b²
  "op de volgorde na precies hetzelfde"). 4 cases.
- wiki.math.se sf0600_0701 Facit oldid 2264 (KTH Sommarmatte answer key, Swedish: "Talet är
  rationellt och lika med 314/100 = 157/50", "... 31413/9999 = 10471/3333"). 2 cases.
- sabemos.net 37646672 (a Brainly-style answer, Spanish: 2,25 as a fraction, "Para comprobar,
  dividimos 9/4 = 2,25"). 1 case.
- fraccionsambenters.blogspot.com (Catalan teacher blog, "Fracció irreductible, concepte": "La
  fracció resultant és 18/12 = 3/2"). 1 case.

Left out, by rule: an equality that is false as printed with no one correcting it (the Skf95
feed's "16,5 \cdot 10^{-8} = 1,65 \cdot 10^{-9}"; 16,5·10^-8 is 1,65·10^-7); members whose
superscripts or fraction bars were lost in the stored text (the wisfaq askers' own lines such as
"2pq2-12pq+30p" and "x3+3x24y+11xy2+ 9y3", the (3x - x^2)/(2x^2 - 6x) question of matteprat
t=50886, which the page lays out on stacked lines, and wisfaq 60631's "a2-2ab/(a-b)2");
equation lines (veien.verket.me Oppgave 10's x^2 = 5^2 – 3^2 ... x = 4); naturfag.tips's
"0,333333...." which the author calls "ikke helt nøyaktig" for 1/3 (neither an equality nor a
refusal of the value); answers with no second form on the page (single key entries such as
"26 kr", "5,4 kg"); the asker's claim "Svaret skal være 6/7" is used only as a refused form,
since the answerer rejects it.

Examined and not used: matematikk.net/naturfag.tips S1 2013 vår LØSNING (formulas lost);
dokumen.tips / vdocuments.mx Matematikk for ungdomstrinnet fasit (answers without their
questions, figures lost); houseofmath.com fasit and ndla.no Brøkregning (fraction bars lost);
wm.math4allview.appspot.com and content.math4all.nl (superscripts and roots lost);
yumpu.com/fdocuments.es/pdfslide Spanish "soluciones" PDFs and the Anaya 2º ESO key (stacked
fractions flattened); yumpu.com sv "Några kommentarer till lösningarna" (its "4,5 = 9/2 = 4 1/2"
and "0,33 istället för 1/3" are stacked and flattened); kudo.tips 13547 (used by an earlier
set); definicionesyconceptos.com (formulas spelled out as "espacio recto"); flash.gr
6 × 6 − 6 ÷ 6 article (the settled answer is cut from the stored text); bonusbooks.co.il,
slideshare yaelfrank2 and kotar.cet.ac.il (Hebrew answer keys whose right-to-left layout
scrambled the formulas); the Greek scribd and stemcollection pages (exercise sheets, no
answers). No Greek, Hebrew or Danish page with a legible settled pair was found.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

N1 = "matematikk.net"

N1_AT = (
    "https://www.matematikk.net/matteprat/viewtopic.php?"
    "f=13&t=50886&sid=0afb43fa9d365233300b299ded1086cf&view=print"
)

N2 = "matematikk.net"

N2_AT = "https://www.matematikk.net/w/api.php?action=feedcontributions&feedformat=atom&user=Skf95"

N3 = "veien.verket.me"

N3_AT = "https://veien.verket.me/fasit-veien-til-tentamen-9-trinn-v2022/"

N4 = "naturfag.tips"

N4_AT = "https://naturfag.tips/w/index.php?diff=28386&oldid=3244&title=Br%C3%B8kregning"

D1 = "wisfaq.nl"

D1_AT = "https://wisfaq.nl/show3archiveict.asp?id=92484"

D2 = "wisfaq.nl"

D2_AT = "https://wisfaq.nl/printen.asp?id=92514"

D3 = "wisfaq.nl"

D3_AT = "http://wisfaq.nl/show3archiveict.asp?id=60631"

S1 = "wiki.math.se"

S1_AT = "http://wiki.math.se/wikis/sf0600_0701/index.php?oldid=2264&title=Facit"

E1 = "sabemos.net"

E1_AT = "https://sabemos.net/p/como-se-convierte-un-decimal-a-fraccion-37646672"

C1 = "fraccionsambenters.blogspot.com"

C1_AT = "http://fraccionsambenters.blogspot.com/"

CASES = [
    # matteprat t=50886: "Ingen av svarene er riktig" for the asker's 6/7 and 5/6; the chain
    # 1\frac{2}{3}-\frac{1}{2}=\frac{5}{3}-\frac{1}{2}=\frac{10}{6}-\frac{3}{6}=\frac{7}{6}
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"6/7",
        wrap=True,
        expected=False,
        why="Kristian Saug: 'Ingen av svarene er riktig' (the asker's key value 6/7)",
    ),
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"5/6",
        wrap=True,
        expected=False,
        why="Kristian Saug: 'Ingen av svarene er riktig' (the asker's own 5/6)",
    ),
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"1 2/3 - 1/2",
        wrap=True,
        expected=True,
        why="the asker's problem as written, which the answer's chain starts from",
    ),
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"1\frac{2}{3}-\frac{1}{2}",
        wrap=True,
        expected=True,
        why="Kristian Saug's chain, first member",
    ),
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"\frac{5}{3}-\frac{1}{2}",
        wrap=True,
        expected=True,
        why="Kristian Saug's chain, second member",
    ),
    _c(
        N1,
        N1_AT,
        gold=r"\frac{7}{6}",
        pred=r"\frac{10}{6}-\frac{3}{6}",
        wrap=True,
        expected=True,
        why="Kristian Saug's chain, third member",
    ),
    # Skf95 feed, 2P 2016 høst LØSNING
    _c(
        N2,
        N2_AT,
        gold=r"2,63 \cdot 10^7",
        pred=r"26,3 millioner",
        wrap=True,
        expected=True,
        why=r"Oppgave 1: 26,3 millioner = 26 300 000 = $2,63 \cdot 10^7$",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"2,63 \cdot 10^7",
        pred=r"26 300 000",
        wrap=True,
        expected=True,
        why="Oppgave 1, middle member",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"0,001",
        pred=r"\frac{3,5\cdot 10^8}{7,0 \cdot 10^5 \cdot 0,5 \cdot 10^6}",
        wrap=True,
        expected=True,
        why="Oppgave 2 chain, first member",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"0,001",
        pred=r"\frac{3,5}{7 \cdot 0,5} \cdot 10^{8-5-6}",
        wrap=True,
        expected=True,
        why="Oppgave 2 chain, second member",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"0,001",
        pred=r"1,0 \cdot 10^{-3}",
        wrap=True,
        expected=True,
        why="Oppgave 2 chain, third member (the edit 'skrevet som desimal' added 0,001)",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"54 %",
        pred=r"\frac{135}{135 + 115}",
        wrap=True,
        expected=True,
        why="Oppgave 3 chain ending '= 54$ %.', first member",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"54 %",
        pred=r"\frac{135}{250}",
        wrap=True,
        expected=True,
        why="Oppgave 3 chain",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"54 %",
        pred=r"\frac{270}{500}",
        wrap=True,
        expected=True,
        why="Oppgave 3 chain",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"54 %",
        pred=r"\frac {540}{1000}",
        wrap=True,
        expected=True,
        why="Oppgave 3 chain",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"54 %",
        pred=r"\frac{54}{100}",
        wrap=True,
        expected=True,
        why="Oppgave 3 chain, last fraction",
    ),
    _c(
        N2,
        N2_AT,
        gold=r"1,1 \cdot 0,9",
        pred=r"0,9 \cdot 1,1",
        wrap=True,
        expected=True,
        why="Oppgave 4: 'Prisen er den samme i begge butikkene'",
    ),
    # veien.verket.me fasit
    _c(
        N3,
        N3_AT,
        gold=r"6*(b+2)",
        pred=r"6b+12",
        wrap=True,
        expected=True,
        why="Oppgave 2 a): '6*(b+2) eller 6b+12'",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"3/8",
        pred=r"37,5%",
        wrap=True,
        expected=True,
        why="Oppgave 16 a): '3/8 eller 37,5%'",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"5/14",
        pred=r"5/8 * 4/7",
        wrap=True,
        expected=True,
        why="Oppgave 16 b): 5/8 * 4/7 = 20/56 = 5/14",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"5/14",
        pred=r"20/56",
        wrap=True,
        expected=True,
        why="Oppgave 16 b), middle member",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"25%",
        pred=r"1 av 4",
        wrap=True,
        expected=True,
        why="Oppgave 18 b): 'Den høyeste rabatten du kan få blir 1 av 4 = 0,25 = 25%'",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"25%",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why="Oppgave 18 b), middle member",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"27",
        pred=r"3*3*3",
        wrap=True,
        expected=True,
        why="Oppgave 14 b): 'Volumet blir: 3*3*3 = 27 ganger så stort.'",
    ),
    _c(
        N3,
        N3_AT,
        gold=r"6",
        pred=r"14 – 8",
        wrap=True,
        expected=True,
        why="Oppgave 20 a): 'A-B = lengden – 2 radiuser -> 14 – 8 = 6' (en dash as minus)",
    ),
    # naturfag.tips Brøkregning
    _c(
        N4,
        N4_AT,
        gold=r"\frac 13",
        pred=r"10 :30",
        wrap=True,
        expected=True,
        why="'$ 10 :30 = \\frac {10}{30} = \\frac 13$'",
    ),
    _c(
        N4,
        N4_AT,
        gold=r"\frac 13",
        pred=r"\frac {10}{30}",
        wrap=True,
        expected=True,
        why="same chain, middle member",
    ),
    _c(
        N4,
        N4_AT,
        gold=r"\frac 32",
        pred=r"15 : 10",
        wrap=True,
        expected=True,
        why="'$15 : 10 = \\frac{15}{10}$ som kan skrives som $\\frac 32$'",
    ),
    _c(
        N4,
        N4_AT,
        gold=r"\frac 32",
        pred=r"\frac{15}{10}",
        wrap=True,
        expected=True,
        why="'\\frac{15}{10} som kan skrives som \\frac 32 når man ... forkorter'",
    ),
    _c(
        N4,
        N4_AT,
        gold=r"\frac 32",
        pred=r"1,5",
        wrap=True,
        expected=True,
        why="'brøken tre halve er det samme som 1,5 på formen desimaltall'",
    ),
    _c(
        N4,
        N4_AT,
        gold=r"1,5",
        pred=r"tre halve",
        wrap=True,
        expected=True,
        why="'brøken tre halve er det samme som 1,5' (the fraction in words)",
    ),
    # wisfaq 92484: "Het antwoord uit het antwoordenboekje klopt wel"
    _c(
        D1,
        D1_AT,
        gold=r"2pq^2 + 18p",
        pred=r"2p\left( {q - 3} \right)^2 + 12pq",
        wrap=True,
        expected=True,
        why="WvR's \\eqalign chain, first line",
    ),
    _c(
        D1,
        D1_AT,
        gold=r"2pq^2 + 18p",
        pred=r"2p\left( {q^2 - 6q + 9} \right) + 12pq",
        wrap=True,
        expected=True,
        why="WvR's chain, second line",
    ),
    _c(
        D1,
        D1_AT,
        gold=r"2pq^2 + 18p",
        pred=r"2pq^2 - 12pq + 18p + 12pq",
        wrap=True,
        expected=True,
        why="WvR's chain, third line",
    ),
    # wisfaq 92514
    _c(
        D2,
        D2_AT,
        gold=r"x^3 + 7x^2 y + 15xy^2 + 9y^3",
        pred=r"\left( {x + y} \right)\left( {x + 3y} \right)^2",
        wrap=True,
        expected=True,
        why="'Het gaat om:' the expression WvR expands to the result",
    ),
    _c(
        D2,
        D2_AT,
        gold=r"x^3 + 7x^2 y + 15xy^2 + 9y^3",
        pred=r"(x + y)(x^2 + 6xy + 9y^2 )",
        wrap=True,
        expected=True,
        why="after squaring first",
    ),
]

r"""A fifty-fourth fresh set of answer-equivalence cases, second module of helper "c" (evaluation
only; focus: maths answers settled on Dutch-language answer keys and teacher pages -- the
wiskunde.net "Antwoorden" to Getal & Ruimte, the vanhoeckes.be "Verbetersleutel" and two
wiskundeleraar.nl pages -- with the answer strings kept as written: decimal commas under a root
(``\sqrt{0,0049}``), ``x`` and ``⋅`` for multiplication and ``:`` for division, mixed numbers
with a space (``5 1/3``), units in Dutch (``47 seconden``), and mixed numbers before a root in
LaTeX (``1\frac{1}{2}\sqrt 2``)). The first module, with its forum threads and the other
languages, is bench/equiv_fresh54_c.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL and domain; each page is claimed in
/work/wt/fresh54_claims). Each case gives the reference answer (``gold``: the form the key or the
teacher ends on), the prediction (``pred``: another form the same person equates with it in a
chain of equalities or names as the same number; always a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) settled on the page. ``repo`` is the
domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt, which
starts at the top of the page) was read. Do not tune the judge on these cases.

Transcription: plain-text answers are copied character for character (``4 3/5 : 9 1/5``, ``3/4 x
1/6``, ``15 ⋅ √64`` with U+22C5, ``√(16x3)`` with the letter x as the times sign, ``24y/39y``);
LaTeX is copied as written with its spacing and double braces (``\frac{{\sqrt 9 }}{{\sqrt 2 }}``),
``$`` delimiters and the ``\eqalign``/``\cr`` layout dropped, and the line breaks that
wiskundeleraar.nl puts inside ``\frac{1}`` / ``{2}`` removed (they are source layout only); the
``·`` (U+00B7) of wiskundeleraar.nl 11608 is kept. No formula was reconstructed.

Sources (domain, page, what is settled; all "web page, no licence file"):

- wiskunde.net antwoorden-220 "Herleiden van breuken" VWO 2 (answer key to Getal & Ruimte, 2009,
  opgaven 30-32: chains such as 4 2/3 x 1 1/7 = 14/3 x 8/7 = 112/21 = 16/3 = 5 1/3; "Dus de
  reclame duurt 47/60 minuut. En dat is dus 47 seconden."; 8/13 = 24y/39y). 25 cases. For each
  numeric chain of opgaven 30-31: its first member and the member just before the result.
- wiskunde.net antwoorden-54 "Wortels herleiden" HAVO/VWO 2 (the page's rules with examples:
  √7 x √4 = √28, 4√5 + 2√5 = 6√5, √48 = √(16x3) = √16 x √3 = 4√3; answers 58 b, c, e and
  59 c). 11 cases.
- vanhoeckes.be wiskunde "Rekenen met wortels (reeks 2)" rijnr 4 (Flemish exercise page with its
  "Verbetersleutel": \sqrt{0,0324}=\sqrt{\frac{324 }{ 10000}}=...=\frac{18}{100}=\frac{9}{50}
  for twelve roots of decimals). 21 cases: for each item the root against the key's last
  fraction, and the unreduced quotient against it where the two differ (not for items 1, 5 and
  10, whose key repeats the same fraction).
- wiskundeleraar.nl page_m 11608 "Breuken vereenvoudigen" (teacher's worked examples:
  \frac{20xy}{25xyz}=\frac{4}{5z}, \frac{9xyz}{3yz}-3x=3x-3x=0, \frac{2}{a}+\frac{3}{b}=...=
  \frac{3a+2b}{ab}, a product of algebraic fractions, a factor-and-cancel example). 9 cases.
- wiskundeleraar.nl page3ict 12118 "waarom zou je wortels vereenvoudigen en herleiden?"
  ("Verschillende antwoorden die allemaal hetzelfde zijn": \frac{1}{2}\sqrt {18}, \sqrt
  {4\frac{1}{2}}, \frac{3}{{\sqrt 2 }}, with chains to 1\frac{1}{2}\sqrt 2; "je hebt als antwoord
  gevonden ... \sqrt {450} ... in je antwoordenboekje ... 15\sqrt 2 ... Nu weet je dat 't
  hetzelfde is"). 10 cases. The page calls \frac{1}{2}\sqrt {18} "niet goed" as a final form
  (\sqrt{18} can still be simplified); that is a form convention, and the page's verdict on the
  value, "allemaal hetzelfde", is the one recorded (expected True).

Left out, by rule: members whose superscripts were lost in the stored text (wiskunde.net
"(√15)2 = 15", "32 ⋅ (√6)2 = 9 x 6 = 54", "(5√2)2 = 25 ⋅ 2 = 50", "-4a2/6ab + 3b2/6ab");
algebraic answers written with an implicit-product denominator that is not equal as written
(wiskunde.net 33-36, ``a/2a + 4/2a = (a + 4)/2a``); answers whose question is not on the page
and whose chain has no root or fraction (wiskunde.net 53 c-f, 54, 57 f, 59 b: plain integer
arithmetic); single-form answers (56 a-c, 57 b-e, 59 a, d-f); wiskunde.net 55, where the claim
of "Karin"/"Chris" being checked is not on the page (only "√5 x √3 ≈ 3,873, √15 ≈ 3,873, Chris
heeft dus wel gelijk"); the \large copy of \frac{3}{{\sqrt 2 }} in 12118's list (the chain's
copy is used); 11608's general rules written with words (breuk×breuk).

Examined and not used: wiskunde.net's other pages, math4all/mathplus and docplayer.nl answer
copies (superscripts, roots and fraction bars lost); rekenen.xyz worteltrekken (exercises only,
formulas lost); wjsn.home.xs4all.nl wortels (roots and powers lost); dr-aart.nl breuken
vereenvoudigen (stacked fractions flattened into digit strings such as "1560 = 14");
5dok.net correctievoorschriften (scoring rules, no answer pairs in the stored text).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

W1 = "wiskunde.net"

W1_AT = "https://www.wiskunde.net/antwoorden-220/vwo/herleiden-van-breuken.html"

W2 = "wiskunde.net"

W2_AT = "https://www.wiskunde.net/antwoorden-54/havo-vwo/wortels-herleiden.html"

V1 = "vanhoeckes.be"

V1_AT = "https://vanhoeckes.be/wiskunde/?pagina=wortel.rekenen.2&rijnr=4"

L1 = "wiskundeleraar.nl"

L1_AT = "https://wiskundeleraar.nl/m/page_m.asp?nummer=11608"

L2 = "wiskundeleraar.nl"

L2_AT = "https://www.wiskundeleraar.nl/page3ict.asp?nummer=12118"

CASES = [
    # wiskunde.net Herleiden van breuken, opgaven 30-31
    _c(
        W1,
        W1_AT,
        gold=r"1/8",
        pred=r"3/4 x 1/6",
        wrap=True,
        expected=True,
        why="30 b. 3/4 x 1/6 = 3/24 = 1/8 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"1/8",
        pred=r"3/24",
        wrap=True,
        expected=True,
        why="30 b. 3/4 x 1/6 = 3/24 = 1/8 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"2/3",
        pred=r"4/9 : 2/3",
        wrap=True,
        expected=True,
        why="30 c. 4/9 : 2/3 = 4/9 x 3/2 = 12/18 = 2/3 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"2/3",
        pred=r"12/18",
        wrap=True,
        expected=True,
        why="30 c. 4/9 : 2/3 = 4/9 x 3/2 = 12/18 = 2/3 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"-1/14",
        pred=r"-1/4 x 2/7",
        wrap=True,
        expected=True,
        why="30 d. -1/4 x 2/7 = -2/28 = -1/14 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"-1/14",
        pred=r"-2/28",
        wrap=True,
        expected=True,
        why="30 d. -1/4 x 2/7 = -2/28 = -1/14 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"16/65",
        pred=r"3/5 - 23/65",
        wrap=True,
        expected=True,
        why="30 e. 3/5 - 23/65 = 39/65 - 23/65 = 16/65 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"16/65",
        pred=r"39/65 - 23/65",
        wrap=True,
        expected=True,
        why="30 e. 3/5 - 23/65 = 39/65 - 23/65 = 16/65 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"1/2",
        pred=r"4 3/5 : 9 1/5",
        wrap=True,
        expected=True,
        why="30 f. 4 3/5 : 9 1/5 = 23/5 : 46/5 = 23/5 x 5/46 = 115/230 = 1/2 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"1/2",
        pred=r"115/230",
        wrap=True,
        expected=True,
        why="30 f. 4 3/5 : 9 1/5 = ... = 115/230 = 1/2 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"5 1/3",
        pred=r"4 2/3 x 1 1/7",
        wrap=True,
        expected=True,
        why="30 g. 4 2/3 x 1 1/7 = 14/3 x 8/7 = 112/21 = 16/3 = 5 1/3 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"5 1/3",
        pred=r"16/3",
        wrap=True,
        expected=True,
        why="30 g. 4 2/3 x 1 1/7 = 14/3 x 8/7 = 112/21 = 16/3 = 5 1/3 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"6",
        pred=r"5 1/3 : 8/9",
        wrap=True,
        expected=True,
        why="30 h. 5 1/3 : 8/9 = 16/3 x 9/8 = 144/24 = 6 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"6",
        pred=r"144/24",
        wrap=True,
        expected=True,
        why="30 h. 5 1/3 : 8/9 = 16/3 x 9/8 = 144/24 = 6 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"9 1/15",
        pred=r"5 2/3 + 3 2/5",
        wrap=True,
        expected=True,
        why="30 i. 5 2/3 + 3 2/5 = 17/3 + 17/5 = 85/15 + 51/15 = 136/15 = 9 1/15 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"9 1/15",
        pred=r"136/15",
        wrap=True,
        expected=True,
        why="30 i. 5 2/3 + 3 2/5 = ... = 136/15 = 9 1/15 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"25 1/3",
        pred=r"8 x 3 1/6",
        wrap=True,
        expected=True,
        why="30 j. 8 x 3 1/6 = 8 x 19/6 = 8/1 x 19/6 = 152/6 = 25 1/3 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"25 1/3",
        pred=r"152/6",
        wrap=True,
        expected=True,
        why="30 j. 8 x 3 1/6 = 8 x 19/6 = 8/1 x 19/6 = 152/6 = 25 1/3 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"11/40",
        pred=r"9/10 - 5/8",
        wrap=True,
        expected=True,
        why="31 a. 9/10 - 5/8 = 72/80 - 50/80 = 22/80 = 11/40 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"11/40",
        pred=r"22/80",
        wrap=True,
        expected=True,
        why="31 a. 9/10 - 5/8 = 72/80 - 50/80 = 22/80 = 11/40 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"47/60",
        pred=r"7/12 + 1/5",
        wrap=True,
        expected=True,
        why="31 b. 7/12 + 1/5 = 35/60 + 12/60 = 47/60 (first member)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"47/60",
        pred=r"35/60 + 12/60",
        wrap=True,
        expected=True,
        why="31 b. 7/12 + 1/5 = 35/60 + 12/60 = 47/60 (member before the result)",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"47/60 minuut",
        pred=r"47 seconden",
        wrap=True,
        expected=True,
        why="31 b. 'Dus de reclame duurt 47/60 minuut. En dat is dus 47 seconden.'",
    ),
    _c(
        W1,
        W1_AT,
        gold=r"8/13",
        pred=r"24y/39y",
        wrap=True,
        expected=True,
        why="32 b. 8/13 = 24y/39y",
    ),
    _c(
        W1, W1_AT, gold=r"2/3", pred=r"6xy/9xy", wrap=True, expected=True, why="32 c. 2/3 = 6xy/9xy"
    ),
    # wiskunde.net Wortels herleiden: the rules' examples and answers 58-59
    _c(
        W2,
        W2_AT,
        gold=r"√28",
        pred=r"√7 x √4",
        wrap=True,
        expected=True,
        why="rule 'Wortels vermenigvuldigen', bijvoorbeeld √7 x √4 = √28",
    ),
    _c(
        W2,
        W2_AT,
        gold=r"6√5",
        pred=r"4√5 + 2√5",
        wrap=True,
        expected=True,
        why="rule 'Gelijksoortige wortels optellen', bijvoorbeeld 4√5 + 2√5 = 6√5",
    ),
    _c(
        W2,
        W2_AT,
        gold=r"4√3",
        pred=r"√48",
        wrap=True,
        expected=True,
        why="rule 'Factor voor het wortelteken': √48 = √(16x3) = √16 x √3 = 4√3",
    ),
    _c(
        W2,
        W2_AT,
        gold=r"4√3",
        pred=r"√(16x3)",
        wrap=True,
        expected=True,
        why="same chain (x as the times sign)",
    ),
    _c(W2, W2_AT, gold=r"4√3", pred=r"√16 x √3", wrap=True, expected=True, why="same chain"),
    _c(W2, W2_AT, gold=r"30", pred=r"10 ⋅ √9", wrap=True, expected=True, why="58 b. 10 ⋅ √9 = 30"),
    _c(W2, W2_AT, gold=r"27", pred=r"3 ⋅ √81", wrap=True, expected=True, why="58 c. 3 ⋅ √81 = 27"),
    _c(
        W2,
        W2_AT,
        gold=r"120",
        pred=r"15 ⋅ √64",
        wrap=True,
        expected=True,
        why="58 e. 15 ⋅ √64 = 15 ⋅ 8 = 120",
    ),
    _c(
        W2, W2_AT, gold=r"120", pred=r"15 ⋅ 8", wrap=True, expected=True, why="58 e., middle member"
    ),
    _c(
        W2,
        W2_AT,
        gold=r"60",
        pred=r"15√16",
        wrap=True,
        expected=True,
        why="59 c. 15√16 = 15 ⋅ 4 = 60",
    ),
    _c(W2, W2_AT, gold=r"60", pred=r"15 ⋅ 4", wrap=True, expected=True, why="59 c., middle member"),
    # vanhoeckes.be Verbetersleutel, each line
    # \sqrt{d}=\sqrt{\frac{a }{ b}}=\frac{\sqrt{a}}{\sqrt{b}}=\frac{n1}{d1}=\frac{n2}{d2}
    _c(
        V1,
        V1_AT,
        gold=r"\frac{7}{100}",
        pred=r"\sqrt{0,0049}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 1, the root the chain starts from",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{1}{50}",
        pred=r"\sqrt{0,0004}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 2, the root the chain starts from",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{1}{50}",
        pred=r"\frac{2}{100}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 2, the unreduced quotient of the roots",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{9}{50}",
        pred=r"\sqrt{0,0324}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 3, the root the chain starts from",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{9}{50}",
        pred=r"\frac{18}{100}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 3, the unreduced quotient of the roots",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{7}{5}",
        pred=r"\sqrt{1,96}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 4, the root the chain starts from",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{7}{5}",
        pred=r"\frac{14}{10}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 4, the unreduced quotient of the roots",
    ),
    _c(
        V1,
        V1_AT,
        gold=r"\frac{17}{100}",
        pred=r"\sqrt{0,0289}",
        wrap=True,
        expected=True,
        why="Verbetersleutel 5, the root the chain starts from",
    ),
]

r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "d": homework
solutions, answer keys and viral-arithmetic articles in Polish, Italian, Portuguese (Brazil),
Indonesian, Turkish, Vietnamese, Arabic, Persian and Icelandic that settle whether a written
answer equals the expected one).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
/work/wt/fresh48_claims; no earlier set cites any of the domains below). Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) that the page states. ``repo`` is the
domain the stored copy came from and ``where`` is the full URL. There is no commit; every source
is a web page with no licence file. Do not tune the judge on these cases.

Transcription: only what the stored copy shows (the page's opening text as the search tool
returns it), with the page's own notation kept: the Italian key's ``:`` for division and ``∙``
for multiplication, Unicode minus signs and superscripts, the Portuguese decimal comma
(``0,50``), Persian digits (``۸۴``), LaTeX where the page carries it (compitidicasa.com, whose
copies print each formula twice, as flattened text and as LaTeX: the LaTeX copy is used) and
ASCIIMath where the page carries it (odrabiamy.pl, ``ul(...)`` underlining marks dropped, as
they only mark like terms). Where a key's answer carries a condition ("se a ≠ 0") the formula
is the gold and the condition is noted in ``why``. Where a page poses an expression and states
what it equals (a simplification, a product, a reduced fraction), the expression is the
``pred`` and the page's value the ``gold``.

Sources (domain, URL, what is settled, licence):

- odrabiamy.pl, http://odrabiamy.pl/matematyka/ksiazka-10418/strona-118/zadanie-149493
  (published solution to "Jedno z podanych wyrażeń nie jest równe pozostałym", GWO textbook:
  each of four groups of four expressions is reduced, three equal a common value, the
  underlined one differs). 16 cases. Web page, no licence file.
- matematyka.elk.pl, http://matematyka.elk.pl/0009-ulamki.html (Polish fraction lesson:
  2/4=1/2; "Ułamki 1/2 i 231/462 są sobie równe"; "ułamki 7/12 i 231/360 nie są równe"). 3
  cases. Web page, no licence file.
- 123dok.org, https://123dok.org/document/zx50p01v-scheda-n-nome-data.html (Italian worksheet
  "Scheda n°1" printed with its answers: monomial expressions and the key's reduced form,
  Esercizio 1 and the visible part of Esercizio 2). 56 cases. Web page, no licence file.
- compitidicasa.com, three worked solutions to Italian textbook exercises: Matematica.verde 1,
  cap. 6 allenamento 2 (which pair of monomials has product a^3b^3c: each product is computed,
  only the third pair gives a^3b^3c), Colori della Matematica blu 1, unità 6 es. 81 (sum and
  difference of two polynomials) and Matematica.verde 1, cap. 7 es. 244 ("(4-a)(4+a)=16-a^2,
  oppure (4-a)(a+4)=16-a^2"). 13 cases. Web pages, no licence file.
- hugi.is, https://hugi.is/notendur/Skauti/alit/?sida=8 (Icelandic forum answer: "Algeng
  villa!" (a + b)^2 = a^2 + b^2; in fact (a + b)^2 = a^2 + 2ab + b^2; (1 + 2)^2 = 9). 3 cases.
  Web page, no licence file.
- macosa.dima.unige.it, http://macosa.dima.unige.it/om/esr/did/2_37.htm (Università di Genova
  didactics exercise: a pupil's transformation (A+B)² → A² + B² refuted by the teacher with
  (1+2)² = 9 against 1²+2² = 5). 2 cases. Web page, no licence file.
- oestudo.com, two answer pages (Brainly copies): 38168259 ("(2a +b)² - (a-b)²" = "3a² + 6ab"
  = "3a (a + 2b)") and 29033443 ("0,50 em fração é igual a 50/100 ou 1/2"). 4 cases. Web pages,
  no licence file.
- resposta.org, https://resposta.org/pergunta/43110899 (answer: "(a - b)(a + b) +2 (a+b)² -
  (a - b)²" ... "resposta >>> 2a² + 6ab ou 2a ( a + 3b )"). 2 cases. Web page, no licence file.
- kudo.tips, https://kudo.tips/pls-szybko-na-jutro-zadanie-567-zadania-w-zaczniku9c91acdc2bc8cdb074135e8a3f6b2de2-13547.html
  (Polish answer to a true/false task: "8³ · (-2)³ = (8 · (-2))³ = (-16)³, więc prawda"). 1
  case. Web page, no licence file.
- Viral-arithmetic articles that state the correct result and the common wrong one (each 1
  case unless noted): altotaquariempauta.com.br (6 ÷ 2 (1 + 2): 9, not 1, with a teacher
  quoted), revistagalileu.globo.com (7+(7/7)+(7X7)-7: 50, the 56 route "considerada
  incorreta"), defantri.blogspot.com (a teacher: 4+3-2×2+7-2+6 is 14, the TV host's 21 is
  wrong),
  topcareer.id (5 + 4 – 3 x 2 : 1 = 3; answering 12 is wrong), www.milliyet.com.tr
  (8 ÷ 2(2+2): 16; those who got 1 changed the order), megabayt.com (550 ÷ 2 is 275, not 225),
  baomoi.net.vn (8 - 3 + 3: the teacher's 2 is wrong, "đáp án chuẩn xác phải là 8"),
  alwakeelnews.com (230 - 220 x 0.5: the poster's "5!" is 120, as the users said, and not 5;
  2 cases) and rooziato.com (Persian: ۸۰ + ۲۰ ÷ ۵ is ۸۴; the users' ۲۰, ۲۵ and ۳۲۰ are wrong;
  3 cases). 12 cases. Web pages, no licence file.

Left out, by rule: on the 123dok.org worksheet, items whose answer is the same string as the
exercise (1.2, 1.9, 1.20, 1.23, 1.28, 1.29, 1.32, 1.38, 2.9, 2.12, 2.17, 2.27, 2.33: the key
only says the expression does not reduce), items whose answer was lost in the copy (1.5, 1.24,
2.4, 2.35: a superscript-only answer) and items cut off by the copy (2.13, 2.25 onward);
matematyka.elk.pl's third example (7/12 and 231/396: the verdict is cut off in the copy); the
second part of resposta.org's answer (its own expansion (3x)² = 9 - 6x + x² is wrong, so its
result is no settled label); www.greenstyle.it (6 ÷ 2(1+2): 9, not 1) and
otomotif-mag.blogspot.com (6:2(2+1): 9, not 1), which give the same 9-against-1 case as
altotaquariempauta.com.br (one copy kept, the one quoting a teacher).

Examined and not used: yenisafak.com, matematiksel.org, albiladpress.com, alhurra.com and
hln.be (they call both answers right or the expression ambiguous: no single verdict);
webtekno.com (96 only "more likely"); infonet.vietnamnet.vn (a teacher's 9 is contradicted by a
reader on the page); tintuc.vn (the teacher's rule is given, the result is not); boxhoidap.com
(the same 8 - 3 + 3 story as baomoi.net.vn); khabarlb.com (the same 5! story as
alwakeelnews.com); vnexpress.net (the answer is behind a link); kijknieuws.nl and the
kora-show.live copy (no wrong answer named); jekuntopmerekenen.nl (the new result is cut off);
www.dr-aart.nl (8/2(4): both readings shown, no verdict); www.matheretter.de (the same
(a+b)^2 case as hugi.is); oestudo.com 29433819 (the answerer's "3a² + 6ab ou 3a ( a + 2 )" is
a false equality, not a usable label); bncc.digital, gurubaik.de, gommath.com, sorumatik.co,
questionai.id and the 5s23dn36kb.execute-api.eu-west-1.amazonaws.com articles (machine-written
pages; bncc.digital even calls 2/4 not equivalent to 1/2); trilltrill.jp (√36 against 6 is a
format policy: same value); a Polish LaTeX answer page returned without an address;
demo.capitello.it, the fdocumenti.com radicali collection and Korean answer-key copies on
123dok.co and scribd (formulas lost in the copy); the 5dok.net copies of Dutch
correctievoorschriften and the CKE "zasady oceniania" copies (only the general rules are in
the stored opening, no item remarks).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R_ODR = "odrabiamy.pl"

R_ODR_AT = "http://odrabiamy.pl/matematyka/ksiazka-10418/strona-118/zadanie-149493"

R_ELK = "matematyka.elk.pl"

R_ELK_AT = "http://matematyka.elk.pl/0009-ulamki.html"

R_DOK = "123dok.org"

R_DOK_AT = "https://123dok.org/document/zx50p01v-scheda-n-nome-data.html"

R_CDC = "compitidicasa.com"

R_CDC_PAIRS = (
    "https://compitidicasa.com/libri/matematica-verde-vol-1-seconda-edizione/"
    "capitolo-6-allenamento/2"
)

R_CDC_POLY = (
    "https://compitidicasa.com/libri/colori-della-matematica-edizione-blu-vol-1/unita-6-polinomi/81"
)

R_CDC_244 = (
    "https://compitidicasa.com/libri/matematica-verde-vol-1-seconda-edizione/"
    "capitolo-7-i-polinomi/244"
)

R_HUGI = "hugi.is"

R_HUGI_AT = "https://hugi.is/notendur/Skauti/alit/?sida=8"

R_MACOSA = "macosa.dima.unige.it"

R_MACOSA_AT = "http://macosa.dima.unige.it/om/esr/did/2_37.htm"

R_OES = "oestudo.com"

R_OES_LET = (
    "https://oestudo.com/p/leticia-escreveu-na-lousa-a-expressao-a-seguir-2a-b-elevado-a-38168259"
)

R_OES_050 = "https://oestudo.com/p/0-50-como-escreve-por-extenso-29033443"

R_RESP = "resposta.org"

R_RESP_AT = "https://resposta.org/pergunta/43110899"

R_KUDO = "kudo.tips"

R_KUDO_AT = (
    "https://kudo.tips/pls-szybko-na-jutro-zadanie-567-zadania-w-"
    "zaczniku9c91acdc2bc8cdb074135e8a3f6b2de2-13547.html"
)

# odrabiamy.pl: (group, common value, [(expression, equal to the common value?)]).
_ODR = [
    (
        "a",
        r"-5m-1",
        [
            (r"-2m+(-1-3m)", True),
            (r"m-(1+6m)", True),
            (r"-3-4m-(m-2)", True),
            (r"3-3m+(2m-2)", False),  # underlined: =-m+1
        ],
    ),
    (
        "b",
        r"x+2y",
        [
            (r"2x-y+(3y-x)", True),
            (r"5y-(3y+x)", False),  # underlined: =2y-x
            (r"y+2-(2-x-y)", True),
            (r"5x-3y+(5y-4x)", True),
        ],
    ),
    (
        "c",
        r"-p^2+5p",
        [
            (r"-3+5p-(p^2-3)", True),
            (r"p^2-(2p^2+5p)", False),  # underlined: =-p^2-5p
            (r"2p^2+4p+(p-3p^2)", True),
            (r"p^2+3p+(2p-2p^2)", True),
        ],
    ),
    (
        "d",
        r"a+b-c",
        [
            (r"a+b-c-(a+b)", False),  # underlined: =-c
            (r"2a+(b-a-c)", True),
            (r"2b+3c+(a-b-4c)", True),
            (r"c-a-(2c-2a-b)", True),
        ],
    ),
]

# 123dok.org worksheet: (item, exercise as printed, key's answer, condition printed with it).
_DOK = [
    ("1.1", "a ∙ 6", "6a", ""),
    ("1.3", "a : 6", "1/6 a", ""),
    ("1.4", "a − a", "0", ""),
    ("1.6", "a + a", "2a", ""),
    ("1.7", "a : a", "1", "se a ≠ 0"),
    ("1.8", "3a + 2a", "5a", ""),
    ("1.10", "a + 3a", "4a", ""),
    ("1.11", "a : 5a", "1/5", "se a ≠ 0"),
    ("1.12", "6a : 5a", "6/5", "se a ≠ 0"),
    ("1.13", "6a : 3a", "2", "se a ≠ 0"),
    ("1.14", "7a ∙ 5a", "35a²", ""),
    ("1.15", "5a ∙ a", "5a²", ""),
    ("1.16", "a ∙ 7a", "7a²", ""),
    ("1.17", "9a² : 4a", "9/4 a", "se a ≠ 0"),
    ("1.18", "9a² : 3a", "3a", "se a ≠ 0"),
    ("1.19", "a³ : a³", "1", "se a ≠ 0"),
    ("1.21", "a² + a²", "2a²", ""),
    ("1.22", "a³ : a", "a²", "se a ≠ 0"),
    ("1.25", "−a ∙ 4n", "−4an", ""),
    ("1.26", "a ∙ (−4n)", "−4an", ""),
    ("1.27", "−a ∙ (−4n)", "4an", ""),
    ("1.30", "n ∙ a", "an", ""),
    ("1.31", "6a ∙ 6n", "36an", ""),
    ("1.33", "7an + 9an", "16an", ""),
    ("1.34", "7an ∙ 9an", "63a²n²", ""),
    ("1.35", "an + na", "2an", ""),
    ("1.36", "an ∙ an", "a²n²", ""),
    ("1.37", "an + an", "2an", ""),
    ("1.39", "5a²n ∙ 8an²", "40a³n³", ""),
    ("2.1", "q ∙ (−3p)", "−3pq", ""),
    ("2.2", "6z³ : 2z", "3z²", "se z ≠ 0"),
    ("2.3", "7pz² ∙ 8p²z", "56p³z³", ""),
    ("2.5", "−m ∙ 9x", "−9mx", ""),
    ("2.6", "3m + 4m", "7m", ""),
    ("2.7", "p + 5p", "6p", ""),
    ("2.8", "z³ + z³", "2z³", ""),
    ("2.10", "6b³ : 5b", "6/5 b²", "se b ≠ 0"),
    ("2.11", "3mt + 2mt", "5mt", ""),
    ("2.14", "b + b", "2b", ""),
    ("2.15", "p² : p", "p", "se p ≠ 0"),
    ("2.16", "n : 9", "1/9 n", ""),
    ("2.18", "ty + ty", "2ty", ""),
    ("2.19", "x² : x²", "1", "se x ≠ 0"),
    ("2.20", "qz + zq", "2qz", ""),
    ("2.21", "x ∙ 6x", "6x²", ""),
    ("2.22", "cq ∙ cq", "c²q²", ""),
    ("2.23", "4t : 2t", "2", "se t ≠ 0"),
    ("2.24", "5bz ∙ 2bz", "10b²z²", ""),
    ("2.28", "−c ∙ (−6y)", "6cy", ""),
    ("2.29", "7x ∙ 2p", "14px", ""),
    ("2.30", "z : z", "1", "se z ≠ 0"),
    ("2.31", "y − y", "0", ""),
    ("2.32", "b : 8b", "1/8", "se b ≠ 0"),
    ("2.34", "y ∙ x", "xy", ""),
    ("2.36", "b ∙ 8", "8b", ""),
    ("2.37", "5n ∙ 4n", "20n²", ""),
]

# compitidicasa.com cap. 6 allenamento 2: (option, pair product as written, the solution's result).
_CDC_PAIRS = [
    ("1", r"\dfrac{1}{2}abc \cdot -2a^2b^2", r"-a^3b^3c"),
    ("2", r"-4a^2 \cdot \dfrac{1}{4}ab^3c", r"-a^3b^3c"),
    ("3", r"-\dfrac{5}{7}a^3b^3 \cdot -\dfrac{7}{5}c", r"a^3b^3c"),
    ("4", r"a^3b^3c \cdot a^3b^3", r"a^6b^6c"),
    ("5", r"3b^3c \cdot -\dfrac{1}{3}a^3", r"-a^3b^3c"),
]

# Viral-arithmetic articles: (domain, URL, correct result, wrong result, why).
_VIRAL = [
    (
        "altotaquariempauta.com.br",
        "https://altotaquariempauta.com.br/2024/06/6-2-1-2-e-igual-1-ou-9-saiba-qual.html",
        "9",
        "1",
        "6 ÷ 2 (1 + 2): 'a única resposta possível é 9' (teacher quoted)",
    ),
    (
        "revistagalileu.globo.com",
        "http://revistagalileu.globo.com/blogs/buzz/noticia/2016/10/"
        "este-desafio-matematico-esta-deixando-internet-um-pouco-confusa.html",
        "50",
        "56",
        "7+(7/7)+(7X7)-7 = 50; the left-to-right 56 'é considerada incorreta'",
    ),
    (
        "defantri.blogspot.com",
        "http://defantri.blogspot.com/2016/02/jangan-takut-tidak-paham-matematika.html",
        "14",
        "21",
        "a teacher: 4+3-2×2+7-2+6 is 14 ('Mantap'); the TV host's 21 is a 'kekeliruan'",
    ),
    (
        "topcareer.id",
        "https://topcareer.id/read/2020/05/06/31151/aturan-penghitungan-matematika-yang-banyak-"
        "dilupakan",
        "3",
        "12",
        "5 + 4 – 3 x 2 : 1 = 3; answering 12 means the rule was forgotten",
    ),
    (
        "www.milliyet.com.tr",
        "https://www.milliyet.com.tr/molatik/trend/sosyal-medyayi-sallayan-matematik-sorusu-"
        "neyi-kanitladi-82688",
        "16",
        "1",
        "8 ÷ 2(2+2): 'işte sonuç! 16'; those who got 1 changed the order",
    ),
    (
        "megabayt.com",
        "https://megabayt.com/550yi-2ye-bolme-islemi-sosyal-medyayi-saskina-cevirdi-cevap-225-degil",
        "275",
        "225",
        "550 ÷ 2 = 275; 'cevabı ... 225 olarak hesapladıysanız yanılıyorsunuz'",
    ),
    (
        "baomoi.net.vn",
        "https://baomoi.net.vn/bai-toan-8-3-3-8-bi-gach-sai-co-giao-dua-ra-dap-an-va-loi-phe-"
        "khien-dan-tinh-tuc-anh-ach-c53295882.epi",
        "8",
        "2",
        "8 - 3 + 3: 'đáp án chuẩn xác phải là 8'; the teacher's 2 is wrong",
    ),
]

R_WAKEEL = "alwakeelnews.com"

R_WAKEEL_AT = (
    "https://alwakeelnews.com/Section_7/%D9%85%D9%86%D9%88%D8%B9%D8%A7%D8%AA/"
    "%D9%84%D8%BA%D8%B2-%D8%AD%D8%B3%D8%A7%D8%A8%D9%8A-%D8%A8%D8%B3%D9%8A%D8%B7-"
    "%D9%8A%D8%B1%D8%A8%D9%83-%D9%85%D8%B3%D8%AA%D8%AE%D8%AF%D9%85%D9%8A-"
    "%D8%A7%D9%84%D8%A7%D9%86%D8%AA%D8%B1%D9%86%D8%AA_345052"
)

R_ROOZ = "rooziato.com"

R_ROOZ_AT = "https://rooziato.com/1404716802/easy-math-equation-people-get-confused"

CASES = [
    # odrabiamy.pl: three expressions of each group reduce to the common value, the
    # underlined one does not.
    *[
        _c(
            R_ODR,
            R_ODR_AT,
            gold=val,
            pred=expr,
            wrap=True,
            expected=ok,
            why=f"zadanie 149493 {grp}): {expr} reduced; common value {val}",
        )
        for grp, val, rows in _ODR
        for expr, ok in rows
    ],
    # matematyka.elk.pl: equality of fractions by cross-multiplication.
    _c(
        R_ELK,
        R_ELK_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="Równość ułamków, Przykład 1: 2/4=1/2",
    ),
    _c(
        R_ELK,
        R_ELK_AT,
        gold=r"1/2",
        pred=r"231/462",
        wrap=True,
        expected=True,
        why="Przykład 1: 'Ułamki 1/2 i 231/462 są sobie równe' (1*462 = 231*2)",
    ),
    _c(
        R_ELK,
        R_ELK_AT,
        gold=r"7/12",
        pred=r"231/360",
        wrap=True,
        expected=False,
        why="Przykład 2: 'ułamki 7/12 i 231/360 nie są równe' (2520 against 2772)",
    ),
    # 123dok.org: the worksheet's printed answer for each expression.
    *[
        _c(
            R_DOK,
            R_DOK_AT,
            gold=ans,
            pred=expr,
            wrap=True,
            expected=True,
            why=f"Scheda n°1 item {item}) {expr} = {ans}" + (f" ({cond})" if cond else ""),
        )
        for item, expr, ans, cond in _DOK
    ],
    # compitidicasa.com cap. 6 allenamento 2: each pair's product as the solution computes it,
    # and whether it is the required a^3b^3c ("L'unica alternativa corretta è la terza").
    *[
        _c(
            R_CDC,
            R_CDC_PAIRS,
            gold=res,
            pred=prod,
            wrap=True,
            expected=True,
            why=f"option {opt}: the solution computes the product as {res}",
        )
        for opt, prod, res in _CDC_PAIRS
        if opt != "3"
    ],
    *[
        _c(
            R_CDC,
            R_CDC_PAIRS,
            gold=r"a^3b^3c",
            pred=prod,
            wrap=True,
            expected=(opt == "3"),
            why=f"option {opt} against the required product a^3b^3c (only the third is right)",
        )
        for opt, prod, _res in _CDC_PAIRS
    ],
    # compitidicasa.com unità 6 es. 81: sum and difference of two polynomials.
    _c(
        R_CDC,
        R_CDC_POLY,
        gold=r"-2x^n-3x^{n+1}",
        pred=r"(x^n-2x^{n+1}-1)+(-3x^n-x^{n+1}+1)",
        wrap=True,
        expected=True,
        why="es. 81: the sum reduces to -2x^n-3x^{n+1}",
    ),
    _c(
        R_CDC,
        R_CDC_POLY,
        gold=r"4x^n-x^{n+1}-2",
        pred=r"(x^n-2x^{n+1}-1)-(-3x^n-x^{n+1}+1)",
        wrap=True,
        expected=True,
        why="es. 81: the difference reduces to 4x^n-x^{n+1}-2",
    ),
    # compitidicasa.com cap. 7 es. 244: completing (4-a)(a□)=16-a^2.
    _c(
        R_CDC,
        R_CDC_244,
        gold=r"(4-a)(4+a)",
        pred=r"(4-a)(a+4)",
        wrap=True,
        expected=True,
        why="es. 244: 'Il risultato è (4-a)(4+a)=16-a^2, oppure (4-a)(a+4)=16-a^2'",
    ),
    _c(
        R_CDC,
        R_CDC_244,
        gold=r"16-a^2",
        pred=r"(4-a)(4+a)",
        wrap=True,
        expected=True,
        why="es. 244: sum times difference, (4-a)(4+a)=16-a^2",
    ),
    # hugi.is: the common error with the square of a sum.
    _c(
        R_HUGI,
        R_HUGI_AT,
        gold=r"a^2 + 2ab + b^2",
        pred=r"a^2 + b^2",
        wrap=True,
        expected=False,
        why="'Algeng villa!' (a + b)^2 = a^2 + b^2 is the error",
    ),
]

r"""A fifty-third fresh set of answer-equivalence cases (evaluation only; helper "c": maths answers
settled by a person on homework-help and answer-key pages in Russian, Ukrainian, Vietnamese,
Indonesian and Turkish -- znanija copies, ГДЗ answer keys, hoc24 threads, Brainly/eodev copies --
with the answer strings kept as the pages write them: decimal commas, backslash fraction bars,
``:`` for division, ``.`` and ``·`` for multiplication, Russian unit and number words, Turkish
case suffixes). The Japanese pages of this helper are in bench/equiv_fresh53_c2.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL and by thread or question id; each page is claimed in
/work/wt/fresh53_claims). Each case gives the reference answer (``gold``: the form the answerer
or the key ends on, or names as the answer), the prediction (``pred``: another form the same
person equates with it in a chain of equalities, or a form the person says is wrong; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: decimal commas (``0,4``),
mixed numbers with a space (``5 170/231``), the backslash a znanija answerer uses as a fraction
bar (``2\5``), braces used as brackets and ``:`` used for division (``{ 0,75: 0,15 -2,5} /
{8,4: 2,1 +2,25}``), the Vietnamese ``.`` for multiplication (``2.(x-3)``, ``1/(10.20)``), the
Unicode minus ``−`` and superscript ``²`` where the page has them, Russian words (``одна пятая``,
``ответ:``, ``ч``, ``мин``, ``км/ч``) and the Turkish suffix of ``12'dir``; LaTeX stays LaTeX and
hoc24's backtick delimiters are dropped. A member of an equation line (``... = 0``) is taken
without its ``= 0``. Where the page wraps a final result in colour markup (``\bf \green {= 20
\sqrt{2} }``) only the formula inside is kept (said in ``why``). No formula was reconstructed.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- mail.s5g.ru 25997051 (a copy of a znanija answer: 30 ÷ 27 = ... = 1 1/9, ... , 1 2/3 + 2/5 =
  ... = 31/15 = 2 1/15, "только ответ в этом примере 2 1/15, а не 2 2/9"). 7 cases (1 False).
- mail.s5g.ru 37733761 (3:4 as the fraction 3/4 = 75/100, "получаем 0,75"). 3 cases.
- mail.s5g.ru 30100320 (three compound fractions with decimal commas: ... = 2,5/ 6,25= 0,4;
  ... = 1325/231= 5 170/231; ... = 1,68/3,36= 0,5). 5 cases.
- yomemimo.com soal 2K6t9R1m5z8Q9z (a Brainly copy, Indonesian: 8/56, 20/35, 13/52, 10/14 in
  lowest terms, with ``\frac{8:8}{56:8}`` steps). 6 cases.
- solusimatematika.com 2019/09 (Indonesian blog: √12 = 2√3, √18 = 3√2). 2 cases.
- freeapplicationsforbla42405i.blogspot.com 2023/04 (a Brainly copy, Indonesian: 2√200 = 20√2,
  2√45 = 6√5 with their steps). 7 cases.
- hoc24.vn 2065057831 (Vietnamese: "lấy 1/10-1/20 xem có bằng 1/(10.20) không!!"). 1 case
  (False).
- 10diem.com bài 27 trang 16 SGK Toán 6 tập 2 (a pupil "reduced" (10+5)/(10+10) = 5/10 = 1/2 by
  cancelling 10 and then 5; the solution: wrong, the rule is to divide both terms by the same
  number, not to subtract 10). 2 cases (False).
- 103.35.64.126 (a copy of a hoc24/olm thread, id 1927879662408: a radical expression = ... =
  4\sqrt{3}). 3 cases.
- hoc24.vn 9362837872544 ((x- 2)(x^2 + 2x + 4) + 2(x^2 - 4) - 5x(x - 2) factored to
  (x - 2)(x^2 - x + 8)). 2 cases.
- hoc24.vn 29766082346 (x.(x-3)=2x-6 => x(x-3)=2.(x-3); x(x-3)-2(x-3) = (x-3)(x-2)). 2 cases.
- reshalka.com 7 класс, Никольский, 487 (ГДЗ answer key, "Сократите дробь", ten fractions).
  10 cases.
- gdzister.com.ua алгебра, повторення 2 (Ukrainian ГДЗ, "Скоротіть дроби", six fractions).
  6 cases.
- mail.s5g.ru 33234077 (√(2x+3) = -2x-1: roots 1/2 and -1, "корень 1/2 не подходит,=>ответ:-1";
  D = (1^2)-4*2*(-1) = 9). 3 cases (1 False).
- mail.s5g.ru 286111 (is -2 a root of -5x²-9x+2=0: -5*(-2)^2-9*(-2)+2 = ... = 0; D = 81-4*(-5)*2
  = 121; the other root "1/5 ( одна пятая)"). 3 cases.
- tutotveti.ru 13868829 (x² + 2x - 8 = 0: D = 2² - 4 · 1 · (-8) = 36, x₁ = (-2+6)/(2·1) = 2,
  x₂ = (-2-6)/(2·1) = -4). 3 cases.
- reshalka.com 8 класс, Макарычев, 619 (12/(-2) = -6; q = −4 * 2 = −8). 2 cases.
- owlanswer.com.tr 36268 (an eodev/Brainly copy, Turkish: "20/30 kesrinin sade hali 2/3",
  30/30-10/30=20/30, 2/5 = 12/30). 3 cases.
- owlanswer.com.tr 1024283 (Turkish: 8'in 3/2'si: (8/1) × (3/2) = (4/1) × (3/1) = 12, "Cevap
  12'dir", "24/2 ... Cevap 12/1 yani 12"; ⅘ written as 4/5). 6 cases.
- mail.s5g.ru 27212457 (2\5=4\10=0,4; 1\2 = ... =5\10=0,5; 4\5 = ... =8\10=0,8; 3\5 = ...
  =6\10=0,6). 8 cases.
- dzen.ru a/ZbExtKDLtUUw1BAW (2⅗ = (2×5+3)/5 = 13/5). 2 cases.
- znanija.site 34770098 (t2 = 1 ч 30 мин = 1,5 ч; "Ответ: V = 30 км/ч"). 2 cases.

Left out, by rule: steps a page gets wrong with no one correcting them -- s5g 30100320's second
example (it writes (5•42+55)/42 for 4 55/42, so its 265/42 and its final 5 170/231 are not the
value of the problem; only its own last equality 1325/231 = 5 170/231 is kept), yomemimo's
``\frac{13:13}{52:52} = \frac{1}{4}`` (13:13 over 52:52 is 1) and the Brainly copy's "2√48 =
√(16 × 3) = 3√4" (2√48 is 8√3); chain members written with sloppy precedence that are not equal
as written (s5g 286111 ``х1=9+11/(-10)=-2``, s5g 33234077 ``x1=-b+√D /2a= -1+3/4=1/2``);
members with an ``х``/``x`` letter of uncertain script (s5g 33234077's first lines, so its
answer is taken as bare lines, not as a whole completion); trivial steps (``√9 =3``,
``√36 = 6``); a second pupil's or answerer's independent result that no one compares (hoc24
10457587732 and 65540254015); whole problem statements given as equations.

Examined and not used: hoc24 10457587732 (three answerers, two wrong, none settles it) and
65540254015 and loga.vn 2242899 (its "x = 1 hoặc x = 2" keeps the rejected case's root, no one
corrects it); qa.studwork.ru 1193899, sorumatik.co, suzhoumeite.com, questionai.id,
brain.universityku.com (formulas lost), irobot-spb.ru and tips-ua.com (machine-written or
machine-translated pages); algebrra.com and prodrobi.ru (generated solver pages);
inf-ege.sdamgia.ru (format rules only); mail.invlad.ru 5094007 (formulas as images);
mail.s5g.ru 9668398 (362 = 6ч2мин with the unit of 362 left implicit); stroykomplekt-sk.ru
11434060 and 5splus.ru (fractions and powers flattened); mathbees2.blogspot.com 2022/08 (Korean:
the teacher refuses 3√6 – √3 / √2 as a final answer though equal to 5√6 / 2, a form policy, and
part of the chain lost its symbols); the 123dok.co and scribd Korean answer-key copies (formula
encoding lost); chakribidda.com, bissoy.com, prothomsir.com (Bengali, multiple choice);
ujjawalprabhat.com and bollywood.punjabkesari.in (Hindi viral-sum articles whose answers are cut
from the stored text); eodev.com 263947 and ranslearning.com (rules only, no answer pairs);
reshalka.com 443 and okwave / d3vj4k4n1zwj q9551246, q10135627 (used by earlier sets). No Korean
or Hindi page with a legible settled pair was found.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "mail.s5g.ru"

S1_AT = (
    "http://mail.s5g.ru/25997051/"
    "%D0%B4%D0%BE%D0%BB%D0%B6%D0%BD%D0%BE-%D0%BF%D0%BE%D0%BB%D1%83%D1%87%D0%B8%D1%82%D1%81%D1%8F"
)

S2 = "mail.s5g.ru"

S2_AT = (
    "http://mail.s5g.ru/37733761/%D0%BA%D0%B0%D0%BA-%D1%80%D0%B5%D1%88%D0%B8%D1%82%D1%8C-75-20-35"
)

S3 = "mail.s5g.ru"

S3_AT = (
    "http://mail.s5g.ru/30100320/"
    "555%D0%B7%D0%B0%D0%B4%D0%B0%D0%BD%D0%B8%D0%B5-"
    "%D0%BE%D0%B1%D1%8B%D0%BA%D0%BD%D0%BE%D0%B2%D0%B5%D0%BD%D0%BD%D1%8B%D0%B5"
)

S4 = "yomemimo.com"

S4_AT = "https://yomemimo.com/soal/matematika/sekolah-menengah-pertama/2K6t9R1m5z8Q9z.html"

S5 = "solusimatematika.com"

S5_AT = "https://solusimatematika.com/2019/09/bentuk-sederhana-akar-12-dan-akar-18.html"

S6 = "freeapplicationsforbla42405i.blogspot.com"

S6_AT = (
    "https://freeapplicationsforbla42405i.blogspot.com/2023/04/"
    "matematika-sekolah-menengah-pertama-br-1-sederhanakan-bentuk-akar-berikut-"
    "br-a-2-200-br-b-2-48-br-c.html"
)

S7 = "hoc24.vn"

S7_AT = (
    "https://hoc24.vn/index.php/cau-hoi/"
    "tinh-bieu-thucfrac11020frac12030frac13040frac190100.2065057831"
)

S8 = "10diem.com"

S8_AT = "http://10diem.com/bai-27-trang-16-sgk-toan-6-tap-2.html"

S9 = "103.35.64.126"

S9_AT = (
    "http://103.35.64.126/cau-hoi/"
    "pbai-1-so-sanhppa-span2sqrt31span-va-10ppb-span2sqrt3span-va-span3sqrt2spanppc-spansq."
    "1927879662408"
)

S10 = "hoc24.vn"

S10_AT = "https://hoc24.vn/cau-hoi/ciu-x-2-x2-2x-4-2x2-4-5x-x-2-0.9362837872544"

S11 = "hoc24.vn"

S11_AT = (
    "https://hoc24.vn/cau-hoi/"
    "tim-so-nguyen-x-bieta-x-x-3-x-x-2-b-x-2x-3-x-x-1-c-x-x-3-2x-6.29766082346"
)

S12 = "reshalka.com"

S12_AT = "https://reshalka.com/uchebniki/7-klass/algebra/nikolskij/487"

S13 = "gdzister.com.ua"

S13_AT = "https://gdzister.com.ua/alhebra/povtorennia/2"

S14 = "mail.s5g.ru"

S14_AT = (
    "http://mail.s5g.ru/33234077/"
    "%D0%BF%D0%BE%D0%BC%D0%BE%D0%B3%D0%B8%D1%82%D0%B5-"
    "%D0%BF%D0%BE%D0%B6%D0%B0%D0%BB%D1%83%D0%B9%D1%81%D1%82%D0%B0"
)

S15 = "mail.s5g.ru"

S15_AT = (
    "http://mail.s5g.ru/286111/"
    "%D1%8F%D0%B2%D0%BB%D1%8F%D0%B5%D1%82%D1%81%D1%8F-"
    "%D1%83%D1%80%D0%B0%D0%B2%D0%BD%D0%B5%D0%BD%D0%B8%D0%B5"
)

S16 = "tutotveti.ru"

S16_AT = (
    "http://tutotveti.ru/algebra/"
    "v-domo-scho-chislo-2-korenem-r-vnyannya-h2-2h-q-0-znayti-znach-13868829"
)

S17 = "reshalka.com"

S17_AT = "https://reshalka.com/uchebniki/8-klass/algebra/makarychev/619"

S18 = "owlanswer.com.tr"

S18_AT = "https://owlanswer.com.tr/cografya/36268"

S19 = "owlanswer.com.tr"

S19_AT = "https://owlanswer.com.tr/sosyal-bilgiler/1024283"

S20 = "mail.s5g.ru"

S20_AT = (
    "http://mail.s5g.ru/27212457/"
    "%D0%BF%D0%BE%D0%BC%D0%BE%D0%B3%D0%B8%D1%82%D0%B5-"
    "%D0%BF%D0%BE%D0%BD%D0%B8%D0%BC%D0%B0%D1%8E"
)

S21 = "dzen.ru"

S21_AT = "https://dzen.ru/a/ZbExtKDLtUUw1BAW"

S22 = "znanija.site"

S22_AT = "https://znanija.site/fizika/34770098.html"

CASES = [
    # s5g 25997051: the answerer's chains, and "the answer is 2 1/15, not 2 2/9"
    _c(
        S1,
        S1_AT,
        gold=r"2 1/15",
        pred=r"2 2/9",
        wrap=True,
        expected=False,
        why="'только ответ в этом примере 2 1/15, а не 2 2/9'",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"2 1/15",
        pred=r"31/15",
        wrap=True,
        expected=True,
        why="step 4: ... = 31/15 = 2 1/15",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"2 1/15",
        pred=r"1 2/3 + 2/5",
        wrap=True,
        expected=True,
        why="step 4: 1 2/3 + 2/5 = ... = 2 1/15",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"1 1/9",
        pred=r"30 ÷ 27",
        wrap=True,
        expected=True,
        why="step 1: 30 ÷ 27 = ... = 1 1/9",
    ),
    _c(
        S1, S1_AT, gold=r"1 1/9", pred=r"10/9", wrap=True, expected=True, why="step 1: 10/9 = 1 1/9"
    ),
    _c(
        S1,
        S1_AT,
        gold=r"7/9",
        pred=r"1 1/9 - 1/3",
        wrap=True,
        expected=True,
        why="step 2: 1 1/9 - 1/3 = ... = 7/9",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"1 2/3",
        pred=r"105/63",
        wrap=True,
        expected=True,
        why="step 3: 105/63= 5/3 = 1 2/3",
    ),
    # s5g 37733761: 3:4 = 3/4 = 75/100 = 0,75
    _c(
        S2,
        S2_AT,
        gold=r"0,75",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="'3/4 = 75/100 => ... получаем 0,75'",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0,75",
        pred=r"75/100",
        wrap=True,
        expected=True,
        why="'3/4 = 75/100 => ... получаем 0,75'",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"0,75",
        pred=r"3:4",
        wrap=True,
        expected=True,
        why="'Представить 3:4 в виде дроби 3/4' ... 0,75",
    ),
    # s5g 30100320: compound fractions with decimal commas, braces and ':' for division
    _c(
        S3,
        S3_AT,
        gold=r"0,4",
        pred=r"2,5/ 6,25",
        wrap=True,
        expected=True,
        why="example 1: 2,5/ 6,25= 0,4",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"0,4",
        pred=r"{ 0,75: 0,15 -2,5} / {8,4: 2,1 +2,25}",
        wrap=True,
        expected=True,
        why="example 1: the problem = {5-2,5}/ {4+2,25}= 2,5/ 6,25= 0,4",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"0,5",
        pred=r"1,68/3,36",
        wrap=True,
        expected=True,
        why="example 3: 1,68/3,36= 0,5",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"0,5",
        pred=r"{3,9: 1,3 -1,32} / {0,51: 1,7+ 3,06}",
        wrap=True,
        expected=True,
        why="example 3: the problem = { 3- 1,32} /{ 0,3+ 3,06}= 1,68/3,36= 0,5",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"5 170/231",
        pred=r"1325/231",
        wrap=True,
        expected=True,
        why="example 2's last equality 1325/231= 5 170/231 (its earlier slip is left out)",
    ),
    # yomemimo (Brainly copy): fractions in lowest terms
    _c(
        S4,
        S4_AT,
        gold=r"\frac{1}{7}",
        pred=r"\frac{8}{56}",
        wrap=True,
        expected=True,
        why="a. \\frac{8}{56} = \\frac{1}{7}",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"\frac{4}{7}",
        pred=r"\frac{20}{35}",
        wrap=True,
        expected=True,
        why="b. \\frac{20}{35} = \\frac{4}{7}",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"\frac{1}{4}",
        pred=r"\frac{13}{52}",
        wrap=True,
        expected=True,
        why="c. \\frac{13}{52} = \\frac{1}{4}",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"\frac{5}{7}",
        pred=r"\frac{10}{14}",
        wrap=True,
        expected=True,
        why="d. \\frac{10}{14} = \\frac{5}{7}",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"\frac{1}{7}",
        pred=r"\frac{8:8}{56:8}",
        wrap=True,
        expected=True,
        why="a. step: \\frac{8}{56} = \\frac{8:8}{56:8} = \\frac{1}{7} (':' is division)",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"\frac{4}{7}",
        pred=r"\frac{20:5}{35:5}",
        wrap=True,
        expected=True,
        why="b. step: \\frac{20:5}{35:5} = \\frac{4}{7}",
    ),
    # solusimatematika: simplest radical forms
    _c(
        S5,
        S5_AT,
        gold=r"2√3",
        pred=r"√12",
        wrap=True,
        expected=True,
        why="'Bentuk sederhana dari √12 = 2√3'",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"3√2",
        pred=r"√18",
        wrap=True,
        expected=True,
        why="'Diperoleh bahwa √18 = 3√2'",
    ),
    # Brainly copy: 2√200 and 2√45 (the colour markup around the last member is dropped)
    _c(
        S6,
        S6_AT,
        gold=r"20 \sqrt{2}",
        pred=r"2 \sqrt{200}",
        wrap=True,
        expected=True,
        why="Nomor A: 2 \\sqrt{200} = ... = 20 \\sqrt{2} (from \\bf \\green {= 20 \\sqrt{2} })",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"20 \sqrt{2}",
        pred=r"2 \sqrt{2 \times 100}",
        wrap=True,
        expected=True,
        why="Nomor A chain",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"20 \sqrt{2}",
        pred=r"2 \times \sqrt{2} \times 10",
        wrap=True,
        expected=True,
        why="Nomor A chain",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"20 \sqrt{2}",
        pred=r"20 \times \sqrt{2}",
        wrap=True,
        expected=True,
        why="Nomor A chain",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"6 \sqrt{5}",
        pred=r"2 \sqrt{45}",
        wrap=True,
        expected=True,
        why="Nomor C: 2 \\sqrt{45} = ... = 6 \\sqrt{5} (from \\bf \\pink {= 6 \\sqrt{5} })",
    ),
]

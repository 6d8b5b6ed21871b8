r"""A fifty-sixth fresh set of answer-equivalence cases (evaluation only; helper "d": maths
answers settled by a person on Spanish- and Portuguese-language web pages from Latin America,
Spain and Brazil -- Brainly copies, a teacher's gabarito, exam keys with comments, a Moodle
quiz review -- with the strings kept as written: decimal commas, thousands dots, "R$" and "$",
"x" and "." as multiplication signs, units in the local language).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
the claims folders of earlier rounds and /work/wt/fresh56_claims; each page was claimed in
/work/wt/fresh56_claims before use). Each case gives the reference answer (``gold``), the
prediction (``pred``: another form the same person equates with it, or a form the person's
answer or the key refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases.

Rules used to pick gold and predictions (fixed for every page):
- Where a page writes a chain ``A = B = C`` (a worked step list or a key line "3/12=1/4"), the
  last form is the gold and each earlier self-contained form a prediction (True). Where a page
  writes "A ou B" the first-named form is the gold. Where a page states its answer in a sentence
  ("O montante dessa aplicação será de R$ 1.650,00", "La respuesta correcta es: $ 75.000"), that
  form is the gold and the chain's forms are predictions.
- Where a multiple-choice question lists values and the person's answer (or the key) names one,
  the other listed values are predictions refused (False), as the earlier sets did ("the four
  other options are refused"); the named option's value is a True prediction when it is written
  differently from the gold, and left out when it is the same string.
- Strings are copied as the stored page shows them (en dashes used as minus signs, U+2212 in
  "125000−50000", "x" and "." as multiplication signs, "cm ²" with its stray space); the
  sentence full stop after an option ("A) R$ 4.250,00.") is dropped, and a key's item label
  ("G", "4)", "15)") is not part of the string.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- pt.slideshare.net gabaritos-7c-18-frente-verso (a Brazilian 7th-grade teacher's answer key,
  "GABARITO – CAP 1": "G 3/12=1/4", "H 2/5=8/20", "K 6/24=1/4", "L 4/8=1/2", "P=Q 2/8=1/4",
  "4) ½ ou 5/10", "7) 1/2 ou 2/4 ou 4/8 que são a mesma coisa", "8) 4/16 = 1/4", "15)
  8/18=4/9", "48+3=51 / R$ 51,00.", "3) 3 ½ = 7/2"; 7)'s 4/8 is not repeated, as
  "L 4/8=1/2" already gives that pair). 12 cases.
- resposta.org pergunta 47271642 (a Brainly copy: "6/15 = 2/5", "12/20 = 3/5", "18/20 = 9/10";
  "Mas o problema diz se 15/24 é igual a 5/6 ... a fração não é equivalente"). 4 cases (1 False).
- oestudo.com 30861549 (a Brainly copy, juros simples: options R$ 1.040,00 / R$ 1.050,00 /
  R$ 1.100.00 / R$ 1.200,00; one answerer "1.050,00", another "J = 1400 . 0,25 . 3 / J = 1400 .
  0,75 / J = R$1050,00"). 7 cases (3 False).
- resposta.org pergunta 51627114 ("Letra B, R$ 4.500,00", "500 x 9 = 4.500"; options A, C, D
  refused). 5 cases (3 False).
- oestudo.com 34253288 ("Resposta: R$ 2.512,50", "M = 1.500 + 1.012,50", "M = 2.512,50").
  2 cases.
- oestudo.com 34846101 (answerer crquadros: "Alternativa A. ... R$ 1.650,00", "M = 1200 × ( 1 +
  0,025 × 15 ) = 1200 × ( 1 + 0,375 ) = 1200 × 1,375 = 1650"; options b-e refused). 9 cases
  (4 False).
- sistersinspirit.ca tarefa 42274875 (a Brainly copy: "Opção: b)", "= R$262,50 / 0,15 =
  R$1.750,00"; options a, c, d, e refused). 5 cases (4 False).
- gabarite.com.br questão 860576 (Equipe Gabarite comment: "J = 3512,32 - 2500 / J = 1012,32 /
  Os juros gerados foram de R$1.012,32."). 2 cases.
- resposta.org pergunta 49887130 ("x₁ = 2 e x₂ = 5" ... "S = {2, 5}"). 1 case.
- resposta.org pergunta 38751846 ("S = {-4;6}" ... "Logo, -4 e 6"). 1 case.
- onehourindexing01.prideseotools.com, a proxy copy of es.scribd.com document 750712888 "Grupo
  Geard 1" (a Colombian Moodle quiz review: "R// La cantidad de dinero que ha pagado es $75000.",
  "125000−50000=75000", "La respuesta correcta es: $ 75.000"; options A-C refused). 5 cases
  (3 False).
- pt.scribd.com document 682084077 (OBMF 2023 with a key and comments: question 1 "Gabarito: A"
  R$ 440,00, options B-E refused; question 2 "Gabarito: D" R$ 11.200,00, comment "10.000 . (1 +
  0,12 x 1) / 10.000 . (1 + 0,12) / 10.000 . 1,12", options A, B, C, E refused). 11 cases
  (8 False).
- kudo.tips 42e57c1cf2c077c851cc7035a8ce2cbe90-52361 (a Spanish Brainly copy, answerer Hekady,
  "Escribe la fracción irreducible": "78/104 = 39/52 (entre dos) = 3/4 (entre 13)" and the
  chains for 45/60, 21/63, 32/96, 86/215, 60/150, 54/36, 63/42; the "(entre n)" notes dropped).
  19 cases.
- soprovas.com questão 2175502 (two comments: "4 x 9 = 36" and "b = √1.296 / b = 36 centímetros
  (cm)", with the Brazilian thousands dot in 1.296). 2 cases.
- sabemos.net 55031274 (a Spanish Brainly copy: "192 cm² + 4 cm² + 40 cm ² = 236 cm²", "El área
  de la región en color gris es de 236 cm²."). 1 case.
- expotipsescuelas.com pregunta 12679771 (a Spanish Brainly copy: the total area as the sum of
  six parts, "AT = 28x² + 18x + 2", and "De qué otra forma": "AT = (4x + 2)(7x + 1) / AT = 28x²
  + 4x + 14x + 2 / AT = 28x² + 18x + 2"). 4 cases.

Left out, by rule: the letters of multiple-choice keys on their own (letter matching); single
forms with nothing set against them ("A 3/4", "6) a) 1 ¾"); key lines whose fractions were split
over lines by the converter (slideshare's mixed numbers "A 1\n3\n4\n=\n7\n4", resposta.org
49846217's stacked fractions); intermediate values that are not the question's answer (juros
on the way to a montante, "M = 3512,32" on the way to the juros, the trapezium's area); the
sistersinspirit step "R$262,50 / 0,025 . 6" (as written it reads 262,50/0,025·6, not the
intended 262,50/(0,025·6)); the OBMF question 1 comment's "439,9" (an approximation the key
rounds to R$ 440,00 under "aproximadamente", with garbled arithmetic); "AT = A + B + C + D + E +
F" (names, not values).

Examined and not used: resposta.org 51440775 (claimed; the answerer's set is written only in
LaTeX markup, ``S = \Large\text{$\boxed{\blue{(-2, 7)}}$}``, and names no option, so matching it
to "S = { -2; 7}" would be my verdict, not the page's); bncc.digital question pages and
gauthmath "Solução Verificada"/"Gauth AI" pages (machine-written explanations, some wrong:
"15/30 não é equivalente a 1/2"); the Portuguese national exam "critérios de classificação"
copies (formulas lost); es.scribd ARITMETICA PREGUNTAS RESUELTAS and the Peruvian
"Razonamiento Lógico" key (letter keys only); ejercicios-fyq.com 6828 (a unit conversion of an
intermediate value); fr.scribd "Ejercitando con fracciones" (fractions stacked by the converter).

Look-ups: 25.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "pt.slideshare.net"

S1_AT = "https://pt.slideshare.net/slideshow/gabaritos-7c-18-frente-verso/61127680"

S2 = "resposta.org"

S2_AT = "https://resposta.org/pergunta/47271642"

S3 = "oestudo.com"

S3_AT = (
    "https://oestudo.com/p/maria-emprestou-a-importancia-de-r-1-400-00-pelo-prazo-de-36-30861549"
)

S4 = "resposta.org"

S4_AT = "https://resposta.org/pergunta/51627114"

S5 = "oestudo.com"

S5_AT = (
    "https://oestudo.com/p/lais-aplicou-r-1-500-00-em-uma-instituicao-bancaria-que-paga-34253288"
)

S6 = "oestudo.com"

S6_AT = "https://oestudo.com/p/fernando-aplicou-r-1-200-00-em-uma-instituicao-bancaria-que-34846101"

S7 = "sistersinspirit.ca"

S7_AT = "https://sistersinspirit.ca/tarefa/42274875"

S8 = "gabarite.com.br"

S8_AT = "https://gabarite.com.br/questoes/860576-questao"

S9 = "resposta.org"

S9_AT = "https://resposta.org/pergunta/49887130"

S10 = "resposta.org"

S10_AT = "https://resposta.org/pergunta/38751846"

S11 = "onehourindexing01.prideseotools.com"

S11_AT = (
    "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fes.scribd.com"
    "%2Fdocument%2F750712888%2Fgrupo-geard-1"
)

S12 = "pt.scribd.com"

S12_AT = "https://pt.scribd.com/document/682084077/MATEMATICA-FINANCEIRA-2023-2"

S13 = "kudo.tips"

S13_AT = "https://kudo.tips/42e57c1cf2c077c851cc7035a8ce2cbe90-52361.html"

S14 = "soprovas.com"

S14_AT = "https://soprovas.com/questoes/2175502"

S15 = "sabemos.net"

S15_AT = (
    "https://sabemos.net/p/calcular-el-area-de-la-region-en-color-gris-que-se-muestra-en-55031274"
)

S16 = "expotipsescuelas.com"

S16_AT = "https://expotipsescuelas.com/pregunta/12679771"

CASES = [
    # pt.slideshare.net: a teacher's gabarito (7th grade, fractions); chains "A=B" (gold last),
    # "A ou B" (gold first), "que são a mesma coisa".
    _c(S1, S1_AT, gold=r"1/4", pred=r"3/12", wrap=True, expected=True, why="1) G 3/12=1/4"),
    _c(S1, S1_AT, gold=r"8/20", pred=r"2/5", wrap=True, expected=True, why="1) H 2/5=8/20"),
    _c(S1, S1_AT, gold=r"1/4", pred=r"6/24", wrap=True, expected=True, why="1) K 6/24=1/4"),
    _c(S1, S1_AT, gold=r"1/2", pred=r"4/8", wrap=True, expected=True, why="1) L 4/8=1/2"),
    _c(S1, S1_AT, gold=r"1/4", pred=r"2/8", wrap=True, expected=True, why="1) P=Q 2/8=1/4"),
    _c(S1, S1_AT, gold=r"½", pred=r"5/10", wrap=True, expected=True, why="4) ½ ou 5/10"),
    _c(
        S1,
        S1_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="7) 1/2 ou 2/4 ou 4/8 que são a mesma coisa",
    ),
    _c(S1, S1_AT, gold=r"1/4", pred=r"4/16", wrap=True, expected=True, why="8) 4/16 = 1/4"),
    _c(
        S1,
        S1_AT,
        gold=r"4/9",
        pred=r"8/18",
        wrap=True,
        expected=True,
        why="15) 8/18=4/9, alternativa B",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"R$ 51,00",
        pred=r"48+3",
        wrap=True,
        expected=True,
        why="6) b) 48+3=51 / R$ 51,00.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"R$ 51,00",
        pred=r"51",
        wrap=True,
        expected=True,
        why="6) b) 48+3=51 / R$ 51,00.",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"7/2",
        pred=r"3 ½",
        wrap=True,
        expected=True,
        why="Frações impróprias 3) 3 ½ = 7/2",
    ),
    # resposta.org 47271642: which pairs of fractions are equivalent (a Brainly copy).
    _c(
        S2,
        S2_AT,
        gold=r"2/5",
        pred=r"6/15",
        wrap=True,
        expected=True,
        why="a) elas são sim equivalentes, logo: 6/15 = 2/5",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"3/5",
        pred=r"12/20",
        wrap=True,
        expected=True,
        why="d) Elas são equivalentes, logo: 12/20 = 3/5",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"9/10",
        pred=r"18/20",
        wrap=True,
        expected=True,
        why="e) Logo, 18/20 = 9/10",
    ),
    _c(
        S2,
        S2_AT,
        gold=r"5/6",
        pred=r"15/24",
        wrap=True,
        expected=False,
        why="f) se 15/24 é igual a 5/6 ... a fração não é equivalente",
    ),
    # oestudo.com 30861549: juros simples, R$1.400,00 at 25% a.a. for 36 months.
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"1.050,00",
        wrap=True,
        expected=True,
        why="first answerer: Resposta: 1.050,00",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"R$ 1.050,00",
        wrap=True,
        expected=True,
        why="the listed option both answerers' value matches",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"1400 . 0,25 . 3",
        wrap=True,
        expected=True,
        why="J = 1400 . 0,25 . 3 / J = 1400 . 0,75 / J = R$1050,00",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"1400 . 0,75",
        wrap=True,
        expected=True,
        why="J = 1400 . 0,75 / J = R$1050,00",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"R$ 1.040,00",
        wrap=True,
        expected=False,
        why="option refused",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"R$ 1.100.00",
        wrap=True,
        expected=False,
        why="option refused",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"R$1050,00",
        pred=r"R$ 1.200,00",
        wrap=True,
        expected=False,
        why="option refused",
    ),
    # resposta.org 51627114: R$ 25.000,00 at 2% a month for 9 months, juros simples.
    _c(
        S4,
        S4_AT,
        gold=r"R$ 4.500,00",
        pred=r"4.500",
        wrap=True,
        expected=True,
        why="500 x 9 = 4.500 / Letra B, R$ 4.500,00",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"R$ 4.500,00",
        pred=r"500 x 9",
        wrap=True,
        expected=True,
        why="500 x 9 = 4.500 / Letra B, R$ 4.500,00",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"R$ 4.500,00",
        pred=r"R$ 4.250,00",
        wrap=True,
        expected=False,
        why="option A refused",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"R$ 4.500,00",
        pred=r"R$ 3.500,00",
        wrap=True,
        expected=False,
        why="option C refused",
    ),
    _c(
        S4,
        S4_AT,
        gold=r"R$ 4.500,00",
        pred=r"R$ 5.000,00",
        wrap=True,
        expected=False,
        why="option D refused",
    ),
    # oestudo.com 34253288: montante of R$ 1.500,00 at 4,5% a month for 15 months.
    _c(
        S5,
        S5_AT,
        gold=r"R$ 2.512,50",
        pred=r"2.512,50",
        wrap=True,
        expected=True,
        why="Resposta: R$ 2.512,50 / M = 2.512,50",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"R$ 2.512,50",
        pred=r"1.500 + 1.012,50",
        wrap=True,
        expected=True,
        why="M = 1.500 + 1.012,50 / M = 2.512,50",
    ),
    # oestudo.com 34846101: montante of R$ 1.200,00 at 2,5% a month for 1,25 years.
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1200 × ( 1 + 0,025 × 15 )",
        wrap=True,
        expected=True,
        why="M = 1200 × ( 1 + 0,025 × 15 ) = ... = 1650",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1200 × ( 1 + 0,375 )",
        wrap=True,
        expected=True,
        why="= 1200 × ( 1 + 0,375 ) = 1200 × 1,375 = 1650",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1200 × 1,375",
        wrap=True,
        expected=True,
        why="= 1200 × 1,375 = 1650",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1650",
        wrap=True,
        expected=True,
        why="= 1650 / Montante = R$ 1.650,00",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1.650,00",
        wrap=True,
        expected=True,
        why="option a., named: Alternativa A.",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"3.624,58",
        wrap=True,
        expected=False,
        why="option b. refused",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"4.950,00",
        wrap=True,
        expected=False,
        why="option c. refused",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"R$ 1.650,00",
        pred=r"1.201,03",
        wrap=True,
        expected=False,
        why="option d. refused",
    ),
]

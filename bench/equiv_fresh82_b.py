r"""An eighty-second fresh set of answer-equivalence cases (evaluation only; helper "b": Brazilian
Portuguese and Latin-American Spanish maths answers -- Brainly-style question pages answered by
people, a Brazilian teacher-blogger's solved concurso questions, an OBMEP official solution, a
Chilean PSU probability collection, a Brazilian concurso course's solved questions -- where the
page settles which other forms of an answer are the same (decimal comma, thousands dot or space,
'.' and '*' and '•' as multiplication signs, notação científica, radians unsimplified, mixed
numbers and their names in words, set, inequality and interval notation) and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh82_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt, which is
the start of the page) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh82_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas and points as
printed ("0,9300", "0.125", "3.12 • 10^1"), thousands dots and spaces ("200.000", "923 000"),
unicode superscripts and the page's own multiplication signs and spacing ("2 .10⁵", "3,2 .10⁻¹",
"1 . 10⁴", "9,23 * 10^5", "5 + 3 × 14"), the en dash used as a minus in "5 + 3 ( n – 1 )", the
missing space in "16 < x< 21", spaces around a fraction bar ("4 / 12", "21 / 64"), accents and
words ("dois inteiros e quatro quintos"). A left side such as "x =", "x' =" or "S =" is dropped
when the answer is its right side ("S = {1/2 ; -2}" gives "{1/2 ; -2}"; "x= 2;-1/2" gives
"2;-1/2"); an inequality that is itself the answer ("16 < x< 21") is kept. Where a line runs
"given = ... = answer", the gold is the form the task asks for (the notação científica form, the
radian measure, the improper fraction) or the line's last form, and the pred an earlier form the
line states is equal; where a page writes "A ou B" / "A, o bien B" the first is the gold. Where a
multiple-choice question's key (or the solver) names one option, the other options are refused
(False), as earlier sets did; the named option is a True pred only where the solution writes its
value differently ("11/20 = 55%", "21 / 64", "3%"). Readings, each noted in ``why``: on
resposta.org 18548879 the closed interval "[ 16, 21]" and the open "16 < x< 21" are refused for
each other, the page saying the open interval "não inclui os valores 16 e 21" and that
parentheses "não é adequado" for the closed one.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- resposta.org "pergunta/18548879" (a Brainly copy: "16 < x< 21", "{x∈R | 16 < x < 21} é a
  representação em forma de conjunto", "] 16, 21 [ e (16, 21) são duas representações em forma de
  intervalo"; closed: "16 ≤ x ≤ 21", "{x∈R | 16 ≤ x ≤ 21}", "[ 16, 21]", "O uso de parêntesis não
  é adequado para esse caso"). 7 cases (2 False).
- oestudo.com "p/transforme-os-angulos-abaixo-para-radianos-...-2049214" (a Brainly copy, degrees to
  radians: the summary "a) 4π/6 ... c) 5π/20" and the worked "x = 120π/180 / x = 12π/18 / x =
  2π/3" ... "x = 45π/180 / x = π/4"). 6 cases.
- oestudo.com "p/1-passe-os-seguintes-numeros-para-notacao-cientifica-potencia-26391294" (the
  second answer: "A) 200.000 = 2 .10⁵", "B) 329 = 3,29 .10²", "D) 0,32 = 3,2 .10⁻¹" ...). 5 cases.
- oestudo.com "p/escreva-em-notacao-cientifica-a-923-000-...-25345982" ("a) 9,23 * 10^5", "b) 2,6 *
  10^(-4)" ... for the task's "a)923 000", "b)0,00026" ...; "O número 923.000 ..."). 5 cases.
- resposta.org "pergunta/32029402" ("10.000 = ... 1 . 10⁴", "12.400 = ... 1,24 . 10⁴", "31,2 ...
  3,12 . 10¹"; a second answer "C) 31.2 = 3.12 • 10^1"). 4 cases.
- oestudo.com "p/resolva-a-equacao-de-20-grau-usando-a-formula-de-bhaskara-2x2-51156505"
  ("Resposta: 1/2 e -2", "x' = 2/4 x'' = -8/4 / x' = 1/2 ou 0,5 x'' = -2", "S = {1/2 ; -2}").
  4 cases.

Sources of bench/equiv_fresh82_b2.py:

- resposta.org "pergunta/53197466" (Bhaskara: "x' = - 1 + 5 / 12 = 4 / 12 = 1/3", "x'' = - 1 - 5
  / 12 = - 6 / 12 = - 1/2", "x' = - 5 + 7 / 4 = 2 / 4 = 1/2"). 3 cases.
- oestudo.com "p/como-resolver-equacoes-de-segundo-grau-53152578" ("3+5/4= 8/4= 2", "3-5/4= -2/4=
  -1/2", "S={2;-1/2} ou, x= 2;-1/2"). 3 cases.
- resposta.org "pergunta/17979977" (mixed numbers: "14/5 <--- Esta é a fração imprópria
  equivalente a 2 4/5 (dois inteiros e quatro quintos)", "2 + 4/5", "1 2/3 (um inteiro e dois
  terços)", "2 3/4 (dois inteiros e três quartos)"). 5 cases.
- oestudo.com "p/0-25-3-72-desculpa-gente-e-porque-ta-dando-dois-resultados-21532420" ("0,9300 pode
  ser representado simplesmente por 0,93", "9300/10000"). 2 cases.
- expotipsescuelas.com "pregunta/26318493" (a Spanish Brainly copy: "1/8, o bien 0.125. Si la
  expresamos en % entonces obtendremos 12.5%."). 2 cases.
- dreisatz.biz "tarea/376612" (a Spanish Brainly copy: "7/3 = 21/9", "11/8 = 22/16", "12/13 =
  24/26", "7/3 x 2 = 14/6", "20/50 : 2 = 10/25 simplificamos"). 5 cases.
- pt.slideshare.net "DiedNuenf/sobme-psf1n2-2019" (OBMEP 2019, nível 2, solução da 1.ª fase,
  Questão 4: "5 + 3 × 14 = 47 bolinhas", "5 + 3 ( n – 1 ) = 3 n + 2"). 2 cases.
- es.slideshare.net "RoberLaura/probabilidad-clsica" (Guillermo Corbacho's solved PSU probability
  collection, Chile, question 1: "3 Centésimos equivale al 3%. Y la probabilidad asociada a tal
  porcentaje es 3/100. Alternativa C)." against options 30, 3, 3/10, 3/1000). 5 cases (4 False).
- es.scribd.com "doc/41665506/1/I-Probabilidad-de-un-evento-simple" ("PSU Probabilidades
  Profesor", Chile, question 2: "A) 0,28 B) 28/60 C) 16/60 D) 16/28 ... Alternativa B)"). 3 cases
  (3 False).
- saci.org.br "exercicios-sobre-probabilidade-e-possibilidade" (exercício 2: "Resposta 0,375 ou
  37,5%"). 1 case.
- exercicios-resolvidos.com "2021/05/seeduc-rj-2011-banca-ceperj-o-professor.html" (a teacher's
  solved concurso question: "P = E/U = 11/20 = 55%. Alternativa correta é a letra b)" against 50%,
  60%, 64%, 72%). 5 cases (4 False).
- www.exercicios-resolvidos.com "2021/06/alguns-jogos-de-tabuleiro-utilizam-um.html" (same blog:
  "P = E / U = 21 / 64. Alternativa correta é a letra a)" against 14/32, 25/64, 17/37). 4 cases
  (3 False).
- pt.scribd.com "document/663356537/10" (Gran Cursos, "Radiciação – Questões", question 1: options
  "a. 38 b. 42 c. 62 d. 75", "Portanto: 9 + 3. 12 + 2 + 15 = 62."). 3 cases (3 False).

74 cases in all (19 False): 31 here (2 False), 43 in bench/equiv_fresh82_b2.py (17 False).

Left out, by rule: answers another answer on the same page contradicts, without the page saying
which is wrong (oestudo 26391294's first answer "3,29×10 e7", "3,2×10e-2", "2×10e-3", against the
second answer's "3,29 .10²", "3,2 .10⁻¹", "2 .10⁻²"); forms whose exponent or fraction the text
conversion lost or stacked (resposta.org 32029402's "1 . 10 -⁵" and "2,4 . 10 -²"; oestudo
2049214's first answer "x = 2π radianos / 3"; resposta.org 25854237's "x = 13pi / 10"; the PSU
collections' other options, whose numerators and denominators stand on separate lines; the
OBMEP 2019 nível 1 solution's pizza fractions, pt.slideshare sobme-psf1n1-2019, likewise;
oblogdomestre.com.br's ENEM 2019 options "1,1 • 10-4"); a task line with a misprint
(oestudo 26391294's "c) 18.932,490" answered as "18.932.490"); intermediate values that are not
the question's answer (the SEEDUC question's "P = E/U = 1/4 = 0,25 ou 25%" for a guess, OBMEP 2019
nível 2 Questão 3's factorisations "462 = 2.3.7.11" ...); expressions that write a product with a
point that reads as a decimal ("9 + 3. 12 + 2 + 15" on pt.scribd 663356537); approximations the
page rounds ("5/36 = 0,14 ... 14%" on saci.org.br and mundoeducacao); steps a typo spoils
(resposta.org 53197466's "x'' = - 1 - 7 / 4 = - 12 / 4 = - 3"); the letters of keys on their own.

Examined and not used: oestudo.com 38540542 (radians: "x = 15π/180, ou seja, x = π/12", but the
answer adds that teachers "sempre pedirão o valor simplificado", so whether the unsimplified form
is accepted is not settled); sabemos.net 37646672 and oestudo.com 29033443 (used by earlier sets);
resposta.org 43315215 and 45895191, es.scribd 461234041 (worked answers with errors: "{-1 < x <
7}" for a union, "0,5% é o mesmo que 1/2", a student's interval sheet); expotipsescuelas.com
12397409 (its "4,8 % anual" as the effective annual rate is disputable); the Chilean EPJA pauta
es.scribd 719289187 and the SIMCE pauta 685244424, pt.slideshare gabaritos-7c-18, livrozilla
1109518, pt.scribd 682084077, pt.slideshare sf1n1-2010 (used or examined by earlier sets); the
OBMEP 2021 nível 2 pauta (prideseotools proxy of pt.scribd 589336260: general recommendations
only); sisq.elitecampinas.com.br ENEM 2021 (letters, not values); exercicios-resolvidos.com ENEM
2023 and tecnolegis.com 96749 (the solution or key is past the stored excerpt); joomag "Mat 1"
p. 43 (the options are not stored); math4u.vsb.cz (a Czech project in Spanish translation) and
Spanish (Spain) pages (matematicasies.com, es.scribd 424743593); generated or AI
answer sites (respondeai "exercicios-ia", bncc.digital, gauthmath, mathgpt.today, ensayopaes.cl
solutions, knowunity, euquerosabertudo, puro.exemplolima.com, planejamentosdeaula.com,
srexamen.com and SEO conversion pages). The search budget ran out after about 45 look-ups.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RES = "resposta.org"
RES_INT = "https://resposta.org/pergunta/18548879"
RES_NC = "https://resposta.org/pergunta/32029402"
OES = "oestudo.com"
OES_RAD = (
    "https://oestudo.com/p/transforme-os-angulos-abaixo-para-radianos-a-120-b-270-c-45-d-2049214"
)
OES_NC1 = (
    "https://oestudo.com/p/1-passe-os-seguintes-numeros-para-notacao-cientifica-potencia-26391294"
)
OES_NC2 = (
    "https://oestudo.com/p/escreva-em-notacao-cientifica-a-923-000-b-0-00026-c-234567-d-25345982"
)
OES_BH1 = (
    "https://oestudo.com/p/resolva-a-equacao-de-20-grau-usando-a-formula-de-bhaskara-2x2-51156505"
)
# sources of bench/equiv_fresh82_b2.py
RES_BH = "https://resposta.org/pergunta/53197466"
RES_MX = "https://resposta.org/pergunta/17979977"
OES_BH2 = "https://oestudo.com/p/como-resolver-equacoes-de-segundo-grau-53152578"
OES_DEC = (
    "https://oestudo.com/p/0-25-3-72-desculpa-gente-e-porque-ta-dando-dois-resultados-21532420"
)
EXP = "expotipsescuelas.com"
EXP_CSS = "https://expotipsescuelas.com/pregunta/26318493"
DRE = "dreisatz.biz"
DRE_EQ = "https://dreisatz.biz/tarea/376612"
SLP = "pt.slideshare.net"
SLP_OB = "https://pt.slideshare.net/DiedNuenf/sobme-psf1n2-2019"
SLE = "es.slideshare.net"
SLE_PC = "https://es.slideshare.net/RoberLaura/probabilidad-clsica"
SCE = "es.scribd.com"
SCE_PSU = "https://es.scribd.com/doc/41665506/1/I-Probabilidad-de-un-evento-simple"
SACI = "saci.org.br"
SACI_PR = "https://saci.org.br/exercicios-sobre-probabilidade-e-possibilidade"
EXR = "exercicios-resolvidos.com"
EXR_SEE = "https://exercicios-resolvidos.com/2021/05/seeduc-rj-2011-banca-ceperj-o-professor.html"
EXRW = "www.exercicios-resolvidos.com"
EXR_VIN = "https://www.exercicios-resolvidos.com/2021/06/alguns-jogos-de-tabuleiro-utilizam-um.html"
SCP = "pt.scribd.com"
SCP_RAD = "https://pt.scribd.com/document/663356537/10"

CASES = [
    # resposta.org 18548879: an inequality, its set and interval forms; open and closed differ
    _c(
        RES,
        RES_INT,
        gold=r"16 < x< 21",
        pred=r"{x∈R | 16 < x < 21}",
        wrap=True,
        expected=True,
        why="'16 < x< 21' / '{x∈R | 16 < x < 21} é a representação em forma de conjunto.'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 < x< 21",
        pred=r"] 16, 21 [",
        wrap=True,
        expected=True,
        why="'] 16, 21 [ e (16, 21) são duas representações em forma de intervalo'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 < x< 21",
        pred=r"(16, 21)",
        wrap=True,
        expected=True,
        why="'] 16, 21 [ e (16, 21) são duas representações em forma de intervalo'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 ≤ x ≤ 21",
        pred=r"{x∈R | 16 ≤ x ≤ 21}",
        wrap=True,
        expected=True,
        why="closed case: '16 ≤ x ≤ 21' / '{x∈R | 16 ≤ x ≤ 21}' / '[ 16, 21]'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 ≤ x ≤ 21",
        pred=r"[ 16, 21]",
        wrap=True,
        expected=True,
        why="closed case: '16 ≤ x ≤ 21' / '{x∈R | 16 ≤ x ≤ 21}' / '[ 16, 21]'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 ≤ x ≤ 21",
        pred=r"(16, 21)",
        wrap=True,
        expected=False,
        why="closed: 'O uso de parêntesis não é adequado para esse caso'",
    ),
    _c(
        RES,
        RES_INT,
        gold=r"16 < x< 21",
        pred=r"[ 16, 21]",
        wrap=True,
        expected=False,
        why="open: 'não inclui os valores 16 e 21'; closed: 'incluindo 16 e 21'",
    ),
    # oestudo.com 2049214: degrees to radians, the summary's forms and the worked chains
    _c(
        OES,
        OES_RAD,
        gold=r"2π/3",
        pred=r"4π/6",
        wrap=True,
        expected=True,
        why="summary 'a) 4π/6'; worked a) 120º: 'x = 120π/180 / x = 12π/18 / x = 2π/3'",
    ),
    _c(
        OES,
        OES_RAD,
        gold=r"2π/3",
        pred=r"12π/18",
        wrap=True,
        expected=True,
        why="a) 120º: 'x = 120π/180 / x = 12π/18 / x = 2π/3'",
    ),
    _c(
        OES,
        OES_RAD,
        gold=r"π/4",
        pred=r"5π/20",
        wrap=True,
        expected=True,
        why="summary 'c) 5π/20'; worked c) 45º: 'x = 45π/180 / x = π/4'",
    ),
    _c(
        OES,
        OES_RAD,
        gold=r"π/4",
        pred=r"45π/180",
        wrap=True,
        expected=True,
        why="c) 45º: 'x = 45π/180 / x = π/4'",
    ),
    _c(
        OES,
        OES_RAD,
        gold=r"3π/2",
        pred=r"27π/18",
        wrap=True,
        expected=True,
        why="b) 270º: 'x = 270π/180 / x = 27π/18 / x = 3π/2'",
    ),
    _c(
        OES,
        OES_RAD,
        gold=r"8π/9",
        pred=r"16π/18",
        wrap=True,
        expected=True,
        why="d) 160º: 'x = 160π/180 / x = 16π/18 / x = 8π/9'",
    ),
    # oestudo.com 26391294: notação científica with '.' as the multiplication sign
    _c(
        OES,
        OES_NC1,
        gold=r"2 .10⁵",
        pred=r"200.000",
        wrap=True,
        expected=True,
        why="'A) 200.000 = 2 .10⁵'",
    ),
    _c(
        OES,
        OES_NC1,
        gold=r"3,29 .10²",
        pred=r"329",
        wrap=True,
        expected=True,
        why="'B) 329 = 3,29 .10²'",
    ),
    _c(
        OES,
        OES_NC1,
        gold=r"3,2 .10⁻¹",
        pred=r"0,32",
        wrap=True,
        expected=True,
        why="'D) 0,32 = 3,2 .10⁻¹'",
    ),
    _c(
        OES,
        OES_NC1,
        gold=r"5,71 .10⁻⁴",
        pred=r"0,000571",
        wrap=True,
        expected=True,
        why="'E) 0,000571 = 5,71 .10⁻⁴'",
    ),
    _c(
        OES,
        OES_NC1,
        gold=r"2 .10⁻²",
        pred=r"0,02",
        wrap=True,
        expected=True,
        why="'F) 0,02⇒ 2 .10⁻²'",
    ),
    # oestudo.com 25345982: notação científica with '*' and '^'
    _c(
        OES,
        OES_NC2,
        gold=r"9,23 * 10^5",
        pred=r"923 000",
        wrap=True,
        expected=True,
        why="task 'a)923 000'; 'Resposta: a) 9,23 * 10^5'",
    ),
    _c(
        OES,
        OES_NC2,
        gold=r"9,23 * 10^5",
        pred=r"923.000",
        wrap=True,
        expected=True,
        why="'O número 923.000 ...' ... 'Assim, a resposta será 9,23 * 10^5.'",
    ),
    _c(
        OES,
        OES_NC2,
        gold=r"2,6 * 10^(-4)",
        pred=r"0,00026",
        wrap=True,
        expected=True,
        why="task 'b)0,00026'; 'b) 2,6 * 10^(-4)'",
    ),
    _c(
        OES,
        OES_NC2,
        gold=r"2,34567 * 10^5",
        pred=r"234567",
        wrap=True,
        expected=True,
        why="task 'c)234567'; 'c) 2,34567 * 10^5'",
    ),
    _c(
        OES,
        OES_NC2,
        gold=r"8,74 * 10^(-6)",
        pred=r"0,00000874",
        wrap=True,
        expected=True,
        why="task 'f)0,00000874'; 'f) 8,74 * 10^(-6)'",
    ),
    # resposta.org 32029402: notação científica, thousands dots, a decimal point
    _c(
        RES,
        RES_NC,
        gold=r"1 . 10⁴",
        pred=r"10.000",
        wrap=True,
        expected=True,
        why="'10.000 = ... tiramos os 4 zeros e acrescentamos eles no expoente de dez: 1 . 10⁴'",
    ),
    _c(
        RES,
        RES_NC,
        gold=r"1,24 . 10⁴",
        pred=r"12.400",
        wrap=True,
        expected=True,
        why="'12.400 = mesma coisa, mas os números não podem ser ignorados: 1,24 . 10⁴'",
    ),
    _c(
        RES,
        RES_NC,
        gold=r"3,12 . 10¹",
        pred=r"31,2",
        wrap=True,
        expected=True,
        why="'O número pedido é 31,2. ...' / '3,12 . 10¹'",
    ),
    _c(
        RES,
        RES_NC,
        gold=r"3,12 . 10¹",
        pred=r"3.12 • 10^1",
        wrap=True,
        expected=True,
        why="first answer '3,12 . 10¹'; second answer 'C) 31.2 = 3.12 • 10^1'",
    ),
    # oestudo.com 51156505: roots of 2x² + 3x - 2 = 0 as a set, a decimal, unsimplified
    _c(
        OES,
        OES_BH1,
        gold=r"{1/2 ; -2}",
        pred=r"1/2 e -2",
        wrap=True,
        expected=True,
        why="'Resposta: 1/2 e -2' ... 'S = {1/2 ; -2}'",
    ),
    _c(
        OES,
        OES_BH1,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why='"x\' = 1/2 ou 0,5"',
    ),
    _c(
        OES,
        OES_BH1,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why='"x\' = 2/4" then "x\' = 1/2 ou 0,5"',
    ),
    _c(
        OES,
        OES_BH1,
        gold=r"-2",
        pred=r"-8/4",
        wrap=True,
        expected=True,
        why="\"x'' = -8/4\" then \"x'' = -2\"",
    ),
]

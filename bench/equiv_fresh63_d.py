r"""A sixty-third fresh set of answer-equivalence cases (evaluation only; helper "d": mathematics
answer keys, coding guides and worked answers in Brazilian Portuguese, Latin-American Spanish,
Hungarian and Romanian -- pages that give an answer and settle which other forms of it (decimal
comma, "$" and "dólares", units and words such as "metros", "libras", "perros", fractions,
powers, number words) are the same answer and which forms are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh63_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt, which is
the start of the page) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh63_d2.py and bench/equiv_fresh63_d3.py (same rules; their sources are listed
below too).

Transcription: strings are copied as the stored page shows them -- decimal commas and points as
printed ("58,18", "1.5 libras", "22.83"), "$ 274" and "$274" with and without the space, "x" as
the multiplication sign ("4x4x4"), unicode superscripts ("4³", "c⁵"), accents and the pages' own
spellings ("Vinte milésimo", "trecientos", "2 libra"), and the Peruvian blog's numerals with the
spaces it puts around the decimal comma ("15 , 2", "4,  19"). A sentence-final full stop after a
number word is dropped. Where a coding guide lists several forms for one code ("Escribe 274 dólares
o 274"), each form is its own case; where a code lists several wrong amounts, the first written
form of each code is taken (codificacin-6 C9-C12: "1 libra", "2 libra", "3 libra", "4 libra"; A2
gives "9 perros" and the bare "3"). The gold is the answer as the key states it (the Chilean pauta's
first example "58,18"; "4 perros", "1.5 libras", "21 libras", "$ 274", "7 dólares"). Where a page
states "given = answer" (a power and its value, "(R: ...)" answers, "12/20 = 6/10 = 3/5"), the gold
is the answer the exercise asks for (the value for "Calcule a potência", the power for "Escreva na
forma de potência", the simplest form of a chain) and the pred the other side; where a lesson lists
equal forms joined by "=" or "ou", the first is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- es.scribd.com "document/719289187/Pauta-Cm2-A-Matematica" (Chile, Coordinación Nacional de
  Educación de Personas Jóvenes y Adultas, pauta de corrección Forma A, Segundo Ciclo Media, octubre
  2023; Pregunta 9 (Thales, x = 58,18): "Respuestas Correctas ... ejemplos ficticios: 58,18; 58,18
  cm; 58,2 cm; 58 ó cincuenta y ocho centímetros; 0,58 metros; 0,6 metros", "Puede expresar el
  resultado en metros, es decir x = 0,5818 m (y puede aproximar)"; "Respuestas incorrectas: 45
  (replica dato dado); 50 cm (estima al ojo); 79"). 10 cases (3 False).
- es.slideshare.net "informatica11809/codificacin-6" (Guía de codificación de Matemática 6°: "4
  perros ... Escribe respuestas semejantes a : 4 perros, cuatro perros, 4, etc." against A2 "3 o 9
  perros"; 1.5 libras with C2/C4 "1.5 libras o 1.5", C8 "1 libra y media", and the wrong amounts of
  C9-C12; "21 libras o 21"). 11 cases (6 False).
- es.slideshare.net "informatica11809/codificacin-9" (Guía de codificación de Matemática 9°, costs in
  dollars: "$ 274" with A1 "$274" and A2 "274 dólares o 274", against A3 "$ 163", A4 "$111", A5
  "$326", A6 "12"; "7 dólares" with B3 "7 dólares o 7", against B7 "22.83" and B9 "23.28"). 10
  cases (6 False).

Sources of bench/equiv_fresh63_d2.py:

- pt.scribd.com "document/630751634/PROVA-COMENTADA-2ª-serie-Matematica-2023-1-pdf" (a Brazilian
  "Prova comentada", 2ª série, caderno 02, with a description of each alternative: coordinates of A
  and B "B) Resposta correta" = "(6,0) e (0,6)" against "C) O aluno confunde abscissa e ordenada"
  and the other wrong pairs; "E) O aluno considera que 4,7 é uma representação decimal de 4/7").
  5 cases (5 False).
- livrozilla.com "doc/1109518" (OBM, "Sugestão para resolução das questões da OBM propostas em
  13.mar.2015": "12/20 = 6/10 = 3/5", "2 reais e 70 centavos equivalem a 270 centavos"). 3 cases.
- keresztlabda.hu "?p=108629" (Hungarian daily puzzle 4 – 4 x 3 + 3: "A helyes válasz a -5 (mínusz
  öt)", the answer 3 "matematikailag helytelen"). 2 cases (1 False).
- www.scribd.com "document/633597266/516-563-Valoszinusegszamitas-mo-pdf" (Hungarian középszint
  érettségi solutions, Valószínűségszámítás, 1): "= 14% = 0,14 (2 pont)"). 1 case.
- ensinodematemtica.blogspot.com, label "6º Ano" page (POTENCIAÇÃO E RADICIAÇÃO, a Brazilian 6th-
  grade lesson with exercises answered "(R: ...)": "5³= 5x5x5=125", "7² Lê-se: sete elevado ao
  quadrado", "8¹ = 8", "4x4x4= (R: 4³)", "3² = (R: 9)" ... "101² = (R: 10201)"). 37 cases.

Sources of bench/equiv_fresh63_d3.py:

- trabalhosfeitos.com "ensaios/Matemática/292549.html" (a Brazilian lesson on fractions:
  "1/10- Um décimo", "1/15- Um quinze avos", "12/6 ou 2 inteiros", "As frações 2/3, 4/6 e 6/9
  representam o mesmo valor"). 10 cases.
- missrosariopalomino.blogspot.com "2020/10/4-cuarto-grado-clase-de-matematicas.html" (a Peruvian
  4th-grade class, "¿Cómo se leen los Números Decimales?": "15 , 2 Quince unidades y dos décimas"
  ... "0 , 2 Dos Décimas"). 9 cases.
- fliphtml5.com "xesuf/xxya/Mt5_-_Modulo_3/6" (a Spanish-language grade-5 module, "Lectura y
  escritura de números decimales": "0,5 = 0,50 = 0,500", "5 décimas = 50 centésimas = 500
  milésimas", "1,3 “Una unidad, tres décimas”", "0,000 008 “Ocho millonésimas”"). 7 cases.

105 cases in all (21 False): 31 here (15 False), 48 in bench/equiv_fresh63_d2.py (6 False), 26 in
bench/equiv_fresh63_d3.py (0 False).

Left out, by rule: forms whose fraction or exponent the text conversion stacked or lost
(codificacin-6's 3/2 libras and mixed number 1 1/2, whose numerators and denominators stand on
separate lines; the Brazilian prova comentada's alternatives A-D of Questão 01, stacked; the
Hungarian solutions' 21/150 and "0, 61 vagy 61 ." whose per-cent sign was lost; the blog's
"e) 2x2x2x2x2x2x2= (R: 2 )", "f) 2 = (R: 16)" ... "j) 0 = (R: 0)", "e) 11 = (R: 14641)" and
"c) 5Lê-se", whose exponents were lost; es.scribd 693852434 and its studenta copy "Fracciones equivalentes"
(from Spain, and all their fractions stacked); pt.scribd 380887744 "Transformação de frações",
stacked); the blog's "8º=1", "4º=1", "12º=1", written with the ordinal sign for the exponent 0
(ambiguous with degrees); codification codes that grade the working rather than the answer
(codificacin-9 B4-B6, "Plantea el sistema ... pero no lo resuelve"; the SIMCE 6° pauta
es.scribd 685244424, whose 1-point rule "entrega la respuesta, que es 54,3, sin tener cálculos"
grades only the working); follow-through credit that is not equality (sistemaunificado.com.br
norma 326: "R$ 4,00" credited in item (b) only because it follows from a wrong (a)); the order-
of-operations puzzles whose answer is disputed (life.hu "72÷9(4+4)"; Guia do Estudante on ENEM
2017 question 157, "a resposta correta seria 600 ... a letra 'E' – 972").

Examined and not used: Hungarian javítási-értékelési útmutatók and kompetenciamérés javítókulcsok
on docplayer.hu and scribd (7492331, 11582585, 156574363, 68286398, 109273611, 422255, 525986116,
526134983 ...: the stored excerpt is only their general instructions, none of their accepted
forms); Romanian and Moldovan barems on ro.scribd (552093116, 619919610, 718240628, 656595567,
637287136, 619919611, 577723576, 431701119, 514456755, 510249952, 649623938, 494069693: each gives
one form of each result, with no accepted or refused alternative); Portuguese (Portugal) critérios
de classificação and provas de aferição (vdocuments.com.br, fdocumentos, pt.scribd 55307331 and
342710275: general criteria only, and not Brazilian); PISA released-item documents in Portuguese and
Spanish (livrozilla 438579, fdocumentos, aprenderly 1702080, ro.scribd 254140752: the excerpts stop
before any accepted form, or give one form); Guatemala DIGEDUCA "Solución a los ítems" and El
Salvador PAES justificaciones (multiple choice, introduction only); the Uruguay "Prueba formativa"
(ro.scribd 365759978, multiple-choice credit of different values); OBMEP solution pages
(pt.slideshare sf1n1-2010, docplayer 105650232 whose digits were lost); gyakorikerdesek.hu threads
(3909790, 3525163: a solution, not a comparison of forms); bncc.digital question pages, respondeai
"exercicios-ia", euquerosabertudo, oestudo, resposta.org, gocourse and askstudying (generated or
copied answer sites); a77.com.br (generated calculation pages); metro4gamez, universomasseffect,
geogebra.org/m/t2bb6xvx and knowunity (generated or unsourced lesson texts); victormat.es and
yoquieroaprobar copies (from Spain); Cepech/Pre-U Chilean solucionarios (stacked or OCR-damaged
fractions); efuturo crossword and somatematica (fractions written only in words).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EPJA = "es.scribd.com"
EPJA_CM2 = "https://es.scribd.com/document/719289187/Pauta-Cm2-A-Matematica"
SLS = "es.slideshare.net"
SLS_COD6 = "https://es.slideshare.net/informatica11809/codificacin-6"
SLS_COD9 = "https://es.slideshare.net/informatica11809/codificacin-9"
# sources of bench/equiv_fresh63_d2.py
PTS = "pt.scribd.com"
PTS_630 = "https://pt.scribd.com/document/630751634/PROVA-COMENTADA-2ª-serie-Matematica-2023-1-pdf"
LVZ = "livrozilla.com"
LVZ_OBM = "https://livrozilla.com/doc/1109518/sugest%C3%A3o-resolu%C3%A7%C3%A3o-13.mar_.2015"
KL = "keresztlabda.hu"
KL_108629 = "https://keresztlabda.hu/?p=108629"
SCR = "www.scribd.com"
SCR_633 = "https://www.scribd.com/document/633597266/516-563-Valoszinusegszamitas-mo-pdf"
EDM = "ensinodematemtica.blogspot.com"
EDM_6ANO = "https://ensinodematemtica.blogspot.com/search/label/6%C2%BA%20Ano?updated-max=2021-09-04T23:59:00-03:00&max-results=20&start=18&by-date=false"
# sources of bench/equiv_fresh63_d3.py
TF = "trabalhosfeitos.com"
TF_292549 = "https://trabalhosfeitos.com/ensaios/Matemática/292549.html"
MRP = "missrosariopalomino.blogspot.com"
MRP_4G = "https://missrosariopalomino.blogspot.com/2020/10/4-cuarto-grado-clase-de-matematicas.html"
FH5 = "fliphtml5.com"
FH5_MT5 = "https://fliphtml5.com/xesuf/xxya/Mt5_-_Modulo_3/6"

CASES = [
    # scribd 719289187 (Chile, EPJA pauta Forma A), Pregunta 9: fictitious correct and incorrect answers
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"58,18 cm",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 58,18 • 58,18 cm • 58,2 cm' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"58,2 cm",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 58,18 • 58,18 cm • 58,2 cm' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"58",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 58 ó cincuenta y ocho centímetros' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"cincuenta y ocho centímetros",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 58 ó cincuenta y ocho centímetros' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"0,58 metros",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 0,58 metros • 0,6 metros' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"0,6 metros",
        wrap=True,
        expected=True,
        why=r"Pregunta 9, 'Respuestas Correctas', ejemplos ficticios: '• 0,58 metros • 0,6 metros' (puntaje 1)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"0,5818 m",
        wrap=True,
        expected=True,
        why=r"'2.- Puede expresar el resultado en metros, es decir x = 0,5818 m (y puede aproximar)'",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"45",
        wrap=True,
        expected=False,
        why=r"'Respuestas incorrectas': '1.- Replica el dato dado ... • 45 (replica dato dado)' (puntaje 0)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"50 cm",
        wrap=True,
        expected=False,
        why=r"'Respuestas incorrectas': '2.- Estima al ojo ... • 50 cm (estima al ojo)' (puntaje 0)",
    ),
    _c(
        EPJA,
        EPJA_CM2,
        gold=r"58,18",
        pred=r"79",
        wrap=True,
        expected=False,
        why=r"'Respuestas incorrectas': '3.- Realiza una relación aditiva ... • 79 (66-45=21, x=100-21)' (puntaje 0)",
    ),
    # slideshare codificacin-6 (Guía de codificación de Matemática 6°): dogs and pounds of food
    _c(
        SLS,
        SLS_COD6,
        gold=r"4 perros",
        pred=r"cuatro perros",
        wrap=True,
        expected=True,
        why=r"a) A1: 'Escribe respuestas semejantes a : 4 perros, cuatro perros, 4, etc.'",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"4 perros",
        pred=r"4",
        wrap=True,
        expected=True,
        why=r"a) A1: 'Escribe respuestas semejantes a : 4 perros, cuatro perros, 4, etc.'",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"4 perros",
        pred=r"9 perros",
        wrap=True,
        expected=False,
        why=r"a) A2: 'Escribe 3 o 9 perros o 3 o 9' (apart from the A1 answers; A4 'Otras respuestas incorrectas')",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"4 perros",
        pred=r"3",
        wrap=True,
        expected=False,
        why=r"a) A2: 'Escribe 3 o 9 perros o 3 o 9' (apart from the A1 answers; A4 'Otras respuestas incorrectas')",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"1.5",
        wrap=True,
        expected=True,
        why=r"c) C2: '... libras = 1.5 libras o 1.5'; C4: 'Suma 0.5+0.5+0.5 =1.5 libras o 1.5'",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"1 libra y media",
        wrap=True,
        expected=True,
        why=r"c) C8: 'Escribe 1 libra y media o 1.5 o semejante, sin mostrar proceso'",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"1 libra",
        wrap=True,
        expected=False,
        why=r"c) C9: 'Escribe 1 libra o 0, con o sin mostrar proceso' (C13: 'un número distinto a la respuesta correcta')",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"2 libra",
        wrap=True,
        expected=False,
        why=r"c) C10: 'Escribe 2 libra o 2.5, con o sin mostrar proceso' (wrong amounts C9-C12)",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"3 libra",
        wrap=True,
        expected=False,
        why=r"c) C11: 'Escribe 3 libra o 3.5, con o sin mostrar proceso' (wrong amounts C9-C12)",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"1.5 libras",
        pred=r"4 libra",
        wrap=True,
        expected=False,
        why=r"c) C12: 'Escribe 4 libra o 4.5 o 5, con o sin mostrar proceso' (wrong amounts C9-C12)",
    ),
    _c(
        SLS,
        SLS_COD6,
        gold=r"21 libras",
        pred=r"21",
        wrap=True,
        expected=True,
        why=r"b) '7x3 = 21 libras'; B1: 'Multiplica 7x3 = 21 libras o 21'",
    ),
    # slideshare codificacin-9 (Guía de codificación de Matemática 9°): iron and cement in dollars
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"$274",
        wrap=True,
        expected=True,
        why=r"a) '163+111= $ 274.'; A1: 'Realiza la suma 163+111= $274.'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"274 dólares",
        wrap=True,
        expected=True,
        why=r"a) A2: 'Escribe 274 dólares o 274, sin hacer cálculos'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"274",
        wrap=True,
        expected=True,
        why=r"a) A2: 'Escribe 274 dólares o 274, sin hacer cálculos'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"$ 163",
        wrap=True,
        expected=False,
        why=r"a) A3: 'Escribe $ 163 o 163' (the first purchase only)",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"$111",
        wrap=True,
        expected=False,
        why=r"a) A4: 'Escribe $111 o 111' (the second purchase only)",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"$326",
        wrap=True,
        expected=False,
        why=r"a) A5: 'Realiza algunos productos: 163x2=$326 o 111x2=$222'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"$ 274",
        pred=r"12",
        wrap=True,
        expected=False,
        why=r"a) A6: 'Suma la cantidad de bolsas de cemento con los quintales de hierro: 3+4+2+3=12 o 12'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"7 dólares",
        pred=r"7",
        wrap=True,
        expected=True,
        why=r"b) 'El precio de la bolsa de cemento es 7 dólares.'; B3: 'Escribe 7 dólares o 7, sin procedimiento'",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"7 dólares",
        pred=r"22.83",
        wrap=True,
        expected=False,
        why=r"b) B7: 'Plantea o resuelve el cociente 274/12 = 22.83' (x=45, y=7 is the solution)",
    ),
    _c(
        SLS,
        SLS_COD9,
        gold=r"7 dólares",
        pred=r"23.28",
        wrap=True,
        expected=False,
        why=r"b) B9: 'Plantea o resuelve el cociente 163/ 7 = 23.28 o 111/7=18.85'",
    ),
]

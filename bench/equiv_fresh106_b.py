r"""A hundred-and-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": Spanish
and Latin American exam solutions and keys -- university-entrance and admission exams (ENEM, the
Unicamp second phase, EsPCEx, ESA, EXANI II, UAM, UNC), oposiciones and concursos tests, ICFES-type
and PRAEM keys from El Salvador, Peruvian preuniversity collections, in Brazilian Portuguese and
Spanish -- where the solution states the answer in more than one form (fraction and its
simplification, decimal comma and per cent, a value with and without its unit, Roman and Arabic
numerals, a scale as "1 : n" and as "1 / n") or the key refuses the other options).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh106_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for proxied copies, the proxy's domain) and ``where`` its full URL.
There is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh106_b2.py, bench/equiv_fresh106_b3.py and bench/equiv_fresh106_b4.py (same rules;
their sources are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas and points as
printed ("9,00", "3,021", "36.87°", "0.4x275" with "x" as the multiplication sign), thousands
dots and spaces ("1:200.000", "1 : 25 000 000", "2.000 centímetros"), the space or no space before
"%" ("0,64 %" in the option, "0,64%" in the answer line), units as written ("9 m²", "18 u2", "6m2",
"S/. 2500", "30º" with the ordinal sign and "32°" with the degree sign, as the Peruvian key mixes
them), LaTeX kept as LaTeX ("6 {\mathrm{m}}^{2}"), and the UAM page's mathematical bold and italic
letters and digits ("𝟎. 𝟎𝟖 𝒙 + 𝟏𝟎𝟎𝟎", "0.8𝑥 + 1000", "𝟏𝟎𝟒"). The option letter and a trailing
full stop after an option ("C 6.", "D) 9,00.", "1:20.000.") are dropped. A left side such as "P =",
"x =" or "P(A) =" is dropped when the answer is its right side. Where a key names one option of a
multiple-choice question, the gold is that option as printed and each other option is a refused
(False) pred, as earlier sets did; a form that the worked solution writes for the keyed value
("6/16" before "3/8", "7/80 = 0,0875 (o mesmo que 8,75%)", "6 km" for option "C 6") is a True
pred. Readings, each noted in ``why``: the soprovas comment writes "20 metros (m)" and "2.000
centímetros (cm)", and the glossing "(m)", "(cm)" are dropped; the UNC key's option D is split by
the conversion ("D) 18 u"), so its gold is taken from "Respuesta: 18 u2"; the UAM key's option D is
"𝟏𝟎𝟒" and its text says "dando como resultado 104", so the gold is "104" and "𝟏𝟎𝟒" a True pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.yumpu.com "pt/document/view/12922882/a-unicamp-comenta-suas-provas-comvest-unicamp/128"
  (Comvest's own commentary on the Unicamp second-phase mathematics, questão 1 b): "1991 + 2002 =
  3993 (século 40)", "Resposta: A soma é igual a 3993, que representa um ano do século XL."). 1 case.
- opositas.com "?p=361828" (an oposiciones test question, Spain: options "a) una de cada cuarenta
  b) una de cada veinte c) una de cada diez d) una de cada cinco"; "pb = ... = 4/40", "simplificamos
  ... obtenemos 1/10, lo cual quiere decir que la posibilidad es una de cada 10"). 6 cases (3 False).
- g1.globo.com ENEM 2020 article (question 137, prova azul: "até poderia se pensar na
  simplificação da fração 16/42. Mas não há 8/21 como alternativa de resposta. Portanto, a resposta
  é letra A (16/42)."). 1 case.
- www.exercicios-resolvidos.com, four single-question pages (a teacher's blog): ENEM 2020
  reaplicação "2021/03/enem-2020-r-um-estudante-morador-da.html" ("6 x 1 = 6 km", letra c) of "A 1.
  B 4. C 6. D 20. E 24."), "2021/03/enem-2020-r-para-identificar.html" ("chegamos em 9 m²", letra d)
  of "2,25. 6,00. 7,06. 9,00. 36,00"), ENEM 2018 PPL "2019/03/enem-2018-uma-senhora-acaba-de-
  fazer.html" ("P(A) = 6/16 / P(A) = 3/8", letra d)), ENEM 2021 reaplicação "2022/01/enem-2021-r-
  senha-de-um-cofre-e-uma.html" ("P = 1/90", letra b) of "2/8, 1/90, 2/90, 1/100, 2/100"). 19 cases
  (16 False).

Sources of bench/equiv_fresh106_b2.py:

- exercicios-resolvidos.com "2021/12/esa-2021-numa-enquete-foram.html" (ESA 2021: "P = 7/80 =
  0,0875 (o mesmo que 8,75%)", letra a) of "8,75%. 35%. 23,75%. 33,75%. 21,25%."). 6 cases (4 False).
- xequematenem.com.br "blog/?p=7731" (ENEM, maquete 1 : 200: "c = 10 cm", "l = 4 cm", "Alternativa
  C" of "A) 4 e 10. B) 5 e 2. C) 10 e 4. D) 20 e 8. E) 50 e 20."). 4 cases (4 False).
- mktrelacionamentonatalrn.blogspot.com "2013/10/sabe-se-que-distancia-real-em-linha.html" (ENEM
  escala: "8 : 200000000 / Ou ainda: / 8 / 200000000 / ... simplificação por 8 ... 1 / 25000000",
  "E é a alternativa correta" of "1 : 250 ... 1 : 25 000 000"). 7 cases (4 False).
- angloresolve.plurall.net "press/question/12326726" (a map scale: "Portanto, a escala numérica
  corresponde a 1:200.000." of "1:20.000. 1:200.000. 1:2.000.000. 1:2.200.000. 1:20.000.000.").
  4 cases (4 False).
- adrianorochaprof.blogspot.com "2023/02/questao-173-enem-2015-regular.html" ("a espessura ... mais
  próxima ao valor de 3 mm é a de 3,021 mm", letra C of "2,099. 2,96. 3,021. 3,07. 3,10").
  5 cases (4 False).
- asfacesmatematica.blogspot.com "2017/09/enem-2016-questao.html" ("RESPOSTA: C" of "a) 1/2 b) 1/4
  c) 3/4 d) 2/9 e) 5/9"). 4 cases (4 False).
- oestudo.com "p/fernando-realizou-uma-prova-objetiva-de-multipla-escolha-40211800" (a Brainly copy
  answered by a person: "P = 0,0064 = 0,64%", "A probabilidade é de 0,64% (Alternativa E)." of "A)
  8,9 % B) 64 % C) 33 % D) 0,33 % E) 0,64 %"). 6 cases (4 False).
- soprovas.com "questoes/5553496" (a concurso question's comment: "2.000 centímetros = 2.000/100 =
  20 metros (m)", "Gabarito: letra \"a\""). 1 case.
- ja.scribd.com "document/384802794/justificacion-avance1-matematica-2-pdf" (El Salvador, MINED,
  PRAEM 2015, justificación de las opciones, 2.º año de bachillerato: item 1 "A. 17-2n B. 15-2n C.
  15+2n D. 19-2n / Respuesta Correcta: D"; item 2 "A. 56 y 52 ... Respuesta Correcta: A"). 6 cases
  (6 False).

Sources of bench/equiv_fresh106_b3.py:

- pdfslide.net "documents/respuestas-praem-2014.html" (PRAEM 2014, prueba de diagnóstico, 2.º año,
  item 1: "A. 215 B. 165 C. 110 D. 40", "Respuesta correcta: C", "realiza 0.4x275= 110"). 4 cases
  (3 False).
- es.slideshare.net "RigobertoSoto1/justificacin-de-las-opciones-de-respuesta-de-la-primera-prueba-
  de-avance-de-matemtica-primer-ao-de-bachillerato-praem-2015" (PRAEM 2015, 1.er año, item 1: "A.
  25° B. 36.87° C. 48.59° D. 41.43° / Respuesta correcta: B"). 3 cases (3 False).
- unibetas.com "simulacro-exani-ii-pensamiento-matematico-3" (EXANI II simulacro, reactivo 21:
  "{A}_{f}=12\left(0.5\right)=6 {\mathrm{m}}^{2}", "La figura tiene un área de 6 metros cuadrados",
  "respuesta correcta al inciso c)"). 3 cases (2 False).
- es.scribd.com "document/591842948/ARITMETICA-PREGUNTAS-RESUELTAS" (a Peruvian collection with
  keys: preguntas 1 to 3 and 5 to 8, "Rpta.: \"E\"", "\"E\"", "\"C\"", then "\"C\"", "\"E\"", "\"B\"",
  "\"C\""). 28 cases (28 False).
- www.exercicios-resolvidos.com "2020/12/espcex-2020-dois-dados-cubicos-nao.html" (EsPCEx 2020:
  "P = 3/18 ; P = 1/6.  Alternativa correta é a letra C." of "1/12, 1/2, 1/6, 1/3, 1/18"). 5 cases
  (4 False).

Sources of bench/equiv_fresh106_b4.py:

- onehourindexing01.prideseotools.com copy of es.scribd.com "document/732291868/Sol-Adm-Unc-2023-
  II-Mod-A" (Lumbreras/ADUNI solucionario of the Universidad Nacional de Cajamarca admission exam
  2023-II, preguntas 1 to 3: "Respuesta: 18 u2", "x=9 ... ∴ 2x – 1 = 2(9) – 1 = 17 / Respuesta:
  17", "Respuesta: 16"). 12 cases (12 False).
- de.scribd.com "document/423721706/Uam" (reactivos of the UAM 2018 admission exam with answers:
  1. "Respuesta correcta: B" with "No puede ser A ni C porque 0.8 no es el 8%, no puede ser D ...";
  3. "Respuesta correcta: D" ... "dando como resultado 104"; 4. "Respuesta correcta: E"). 13 cases
  (12 False).
- fanyv88.com copy of es.scribd.com "presentation/534514493/PREGUNTAS-TIPO-ICFES" (students'
  worked ICFES-type questions: 26. "la respuesta es: C. 10"; 28. "los estratos 1 y 2 correspondiente
  a la opción a"; 31. "La respuesta es la b. 6m2"). 9 cases (9 False).

147 cases in all (126 False): 27 here (19 False), 43 in bench/equiv_fresh106_b2.py (34 False), 43 in
bench/equiv_fresh106_b3.py (40 False), 34 in bench/equiv_fresh106_b4.py (33 False).

Left out, by rule: intermediate quantities of a working (exercicios-resolvidos' "X = 100 000 cm"
before "1 km" per side; xequematenem's separate "c = 10 cm" and "l = 4 cm"; unibetas'
"12\left(0.5\right)"; the UAM page's "= 𝟏𝟓𝟔" except as the refused option A it also is); forms the
text conversion garbled (the PRAEM 2015 1.er año's "deduce que 87.36 °", digits reversed; the ICFES
slides' "4 𝑥 3 =6 𝑚 2" with its exponent flattened; the UNC option "D) 18 u"; asfacesmatematica's
"12/16 = 3/4", stored as MathML markup); pregunta 4 of the Peruvian collection (its key "C" = 8
counts only geometry while the question asks how many like geometry, so the key is disputable); the
UAM question 2 options (fractions stacked); the second and later
questions of pages whose excerpt stops before their key (unibetas reactivo 22).

Examined and not used: the Chilean EPJA pauta es.scribd 719289187, the Madrid CDI criteria
www.scribd 324881244, hipotenusaonline problema 199, the Corbacho PSU probability collection (in
its slideshare, scribd 393992308 and ro.scribd 253605213 copies) and scribd 41665506, sisq.
elitecampinas (used by earlier sets); xequematenem "questao-172-enem-ppl-2020" (the same ENEM
question as exercicios-resolvidos' hexágono); Marea Verde EBAU/EvAU solution books on scribd,
vdocuments and vdocumento (formulas lost in the conversion; only openings stored); Peruvian UNI, San
Marcos and UNAC solucionarios (verbal sections first, columns interleaved, "∈ ℤ" lost); OMM
introductory booklets, Tzaloa and the OMMEB Veracruz exams, PISA liberados (INECSE, ISEI-IVEI),
Peru's Minedu diagnostic kits, DEMRE PSU publications, Saber 11 and Saber Pro booklets, the FGV 2007
grade (tables of contents or front matter only); ciug.gal's PAU criteria (a general remark that "2π
ou 2/3" need not be approximated, with no pair settled); UOL's 2008 Unicamp advice "Casas depois da
vírgula" (cut off); oestudo 5914489 (Prova Brasil: the solver's approximation 34,4 does not match
the option 34,86 it picks); expotipsescuelas 6996703 (PSU: key cut off, and a "18/8 = 2" slip);
g1's ENEM 2021 Copa do Brasil question (no option correct, per the teachers); nimohub's ENEM bread
question (the answer is a brand letter); noic.com.br (fractions spoken as words, other options not
stored); the 1library and pt.scribd 690132470 probability notes (fractions stacked); the CENEVAL
EXANI-II guide on slideshare 136171697 and unibetas "guia-exani-ii-aritmetica-2" (a letter series,
or the key past the excerpt); PRAEM 2014 1.er año scribd 339071765 (item 1's numbers lost); Chilean
ensayo scribd 551951560 (OCR garbled); i-ciencias.com (a machine-translated forum, off topic); a
student's portfolio on joomag; thatquiz previews (no key); stemcollection Moodle exports (templated
variables); generated or AI-written pages (plataformaassaad.com, bancoquestoes.com.br, bncc.digital,
respondeai "exercicios-ia", srexamen.com, knowunity, onlearnings, idnlearn).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

YUM = "www.yumpu.com"
YUM_128 = "https://www.yumpu.com/pt/document/view/12922882/a-unicamp-comenta-suas-provas-comvest-unicamp/128"
OPO = "opositas.com"
OPO_361828 = "https://opositas.com/?p=361828"
G1 = "g1.globo.com"
G1_ENEM20 = "https://g1.globo.com/educacao/enem/2020/noticia/2021/01/26/achava-que-tinha-pegadinha-questao-considerada-facil-no-enem-gera-comentarios-e-memes.ghtml"
EXR = "www.exercicios-resolvidos.com"
EXR_HEX = "https://www.exercicios-resolvidos.com/2021/03/enem-2020-r-um-estudante-morador-da.html"
EXR_PET = "https://www.exercicios-resolvidos.com/2021/03/enem-2020-r-para-identificar.html"
EXR_QUA = "https://www.exercicios-resolvidos.com/2019/03/enem-2018-uma-senhora-acaba-de-fazer.html"
EXR_SEN = "https://www.exercicios-resolvidos.com/2022/01/enem-2021-r-senha-de-um-cofre-e-uma.html"
# sources of bench/equiv_fresh106_b2.py
EXRB = "exercicios-resolvidos.com"
EXRB_ESA = "https://exercicios-resolvidos.com/2021/12/esa-2021-numa-enquete-foram.html"
XEQ = "xequematenem.com.br"
XEQ_7731 = "https://xequematenem.com.br/blog/?p=7731"
MKT = "mktrelacionamentonatalrn.blogspot.com"
MKT_ESCALA = (
    "https://mktrelacionamentonatalrn.blogspot.com/2013/10/sabe-se-que-distancia-real-em-linha.html"
)
ANG = "angloresolve.plurall.net"
ANG_12326726 = "https://angloresolve.plurall.net/press/question/12326726"
ADR = "adrianorochaprof.blogspot.com"
ADR_173 = "https://adrianorochaprof.blogspot.com/2023/02/questao-173-enem-2015-regular.html"
ASF = "asfacesmatematica.blogspot.com"
ASF_2016 = "https://asfacesmatematica.blogspot.com/2017/09/enem-2016-questao.html"
OES = "oestudo.com"
OES_40211800 = (
    "https://oestudo.com/p/fernando-realizou-uma-prova-objetiva-de-multipla-escolha-40211800"
)
SOP = "soprovas.com"
SOP_5553496 = "https://soprovas.com/questoes/5553496"
JSC = "ja.scribd.com"
JSC_384802794 = "https://ja.scribd.com/document/384802794/justificacion-avance1-matematica-2-pdf"
# sources of bench/equiv_fresh106_b3.py
EXR_ESP = "https://www.exercicios-resolvidos.com/2020/12/espcex-2020-dois-dados-cubicos-nao.html"
PDS = "pdfslide.net"
PDS_PRAEM14 = "https://pdfslide.net/documents/respuestas-praem-2014.html"
ESS = "es.slideshare.net"
ESS_PRAEM15 = "http://es.slideshare.net/RigobertoSoto1/justificacin-de-las-opciones-de-respuesta-de-la-primera-prueba-de-avance-de-matemtica-primer-ao-de-bachillerato-praem-2015"
UNB = "unibetas.com"
UNB_PM3 = "https://unibetas.com/simulacro-exani-ii-pensamiento-matematico-3"
ESC = "es.scribd.com"
ESC_591842948 = "https://es.scribd.com/document/591842948/ARITMETICA-PREGUNTAS-RESUELTAS"
# sources of bench/equiv_fresh106_b4.py
PSEO = "onehourindexing01.prideseotools.com"
PSEO_732291868 = "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fes.scribd.com%2Fdocument%2F732291868%2FSol-Adm-Unc-2023-II-Mod-A"
DSC = "de.scribd.com"
DSC_423721706 = "https://de.scribd.com/document/423721706/Uam"
FANY = "fanyv88.com"
FANY_534514493 = (
    "https://fanyv88.com:443/https/es.scribd.com/presentation/534514493/PREGUNTAS-TIPO-ICFES"
)

CASES = [
    # yumpu copy of 'A Unicamp comenta suas provas', Matemática, questão 1 b): the century in Roman and Arabic numerals
    _c(
        YUM,
        YUM_128,
        gold=r"século XL",
        pred=r"século 40",
        wrap=True,
        expected=True,
        why="'b) 1991 + 2002 = 3993 (século 40)' / 'Resposta: A soma é igual a 3993, que representa um ano do século XL.'",
    ),
    # opositas.com ?p=361828 (oposiciones test, question 15): key c) 'una de cada diez'; the worked fraction and the other options
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"1/10",
        wrap=True,
        expected=True,
        why="'pb = ... = 4/40' ... 'simplificamos ... obtenemos 1/10, lo cual quiere decir que la posibilidad es una de cada 10'",
    ),
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"4/40",
        wrap=True,
        expected=True,
        why="'pb = casos favorables/casos posibles = 4/40' ... 'si simplificamos la fracción ... obtenemos 1/10'",
    ),
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"una de cada 10",
        wrap=True,
        expected=True,
        why="'obtenemos 1/10, lo cual quiere decir que la posibilidad es una de cada 10' (option c) 'una de cada diez')",
    ),
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"una de cada cuarenta",
        wrap=True,
        expected=False,
        why="options a) b) d); the solution picks 1/10 = 'una de cada 10', option c)",
    ),
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"una de cada veinte",
        wrap=True,
        expected=False,
        why="options a) b) d); the solution picks 1/10 = 'una de cada 10', option c)",
    ),
    _c(
        OPO,
        OPO_361828,
        gold=r"una de cada diez",
        pred=r"una de cada cinco",
        wrap=True,
        expected=False,
        why="options a) b) d); the solution picks 1/10 = 'una de cada 10', option c)",
    ),
    # g1 on ENEM 2020 question 137 (prova azul): the keyed 16/42 and its simplified form
    _c(
        G1,
        G1_ENEM20,
        gold=r"16/42",
        pred=r"8/21",
        wrap=True,
        expected=True,
        why="'até poderia se pensar na simplificação da fração 16/42. Mas não há 8/21 como alternativa ... a resposta é letra A (16/42)'",
    ),
    # exercicios-resolvidos ENEM 2020 (reaplicação), hexágono de Contagem: key C 6 (km)
    _c(
        EXR,
        EXR_HEX,
        gold=r"6",
        pred=r"6 km",
        wrap=True,
        expected=True,
        why="'o percurso total vale 6 x 1 =  6 km.' 'Alternativa correta é a letra c).' (options 'A 1. B 4. C 6. D 20. E 24.')",
    ),
    _c(
        EXR,
        EXR_HEX,
        gold=r"6",
        pred=r"1",
        wrap=True,
        expected=False,
        why="options A, B, D, E; 'o percurso total vale 6 x 1 = 6 km. Alternativa correta é a letra c).'",
    ),
    _c(
        EXR,
        EXR_HEX,
        gold=r"6",
        pred=r"4",
        wrap=True,
        expected=False,
        why="options A, B, D, E; 'o percurso total vale 6 x 1 = 6 km. Alternativa correta é a letra c).'",
    ),
    _c(
        EXR,
        EXR_HEX,
        gold=r"6",
        pred=r"20",
        wrap=True,
        expected=False,
        why="options A, B, D, E; 'o percurso total vale 6 x 1 = 6 km. Alternativa correta é a letra c).'",
    ),
    _c(
        EXR,
        EXR_HEX,
        gold=r"6",
        pred=r"24",
        wrap=True,
        expected=False,
        why="options A, B, D, E; 'o percurso total vale 6 x 1 = 6 km. Alternativa correta é a letra c).'",
    ),
    # exercicios-resolvidos ENEM 2020 (reaplicação), logomarca de pet shop: key D) 9,00 (m²)
    _c(
        EXR,
        EXR_PET,
        gold=r"9,00",
        pred=r"9 m²",
        wrap=True,
        expected=True,
        why="'Calculando 3 x 3 chegamos em 9 m².' 'Alternativa correta é a letra d).' (option 'D) 9,00.')",
    ),
    _c(
        EXR,
        EXR_PET,
        gold=r"9,00",
        pred=r"2,25",
        wrap=True,
        expected=False,
        why="options A) B) C) E); 'chegamos em 9 m². Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_PET,
        gold=r"9,00",
        pred=r"6,00",
        wrap=True,
        expected=False,
        why="options A) B) C) E); 'chegamos em 9 m². Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_PET,
        gold=r"9,00",
        pred=r"7,06",
        wrap=True,
        expected=False,
        why="options A) B) C) E); 'chegamos em 9 m². Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_PET,
        gold=r"9,00",
        pred=r"36,00",
        wrap=True,
        expected=False,
        why="options A) B) C) E); 'chegamos em 9 m². Alternativa correta é a letra d).'",
    ),
    # exercicios-resolvidos ENEM 2018 (reaplicação/PPL), quadrigêmeos: key d) 3/8
    _c(
        EXR,
        EXR_QUA,
        gold=r"3/8",
        pred=r"6/16",
        wrap=True,
        expected=True,
        why="'P(A) = 6/16 / P(A) = 3/8 / Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_QUA,
        gold=r"3/8",
        pred=r"1/16",
        wrap=True,
        expected=False,
        why="options a) b) c) e); 'P(A) = 3/8. Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_QUA,
        gold=r"3/8",
        pred=r"3/16",
        wrap=True,
        expected=False,
        why="options a) b) c) e); 'P(A) = 3/8. Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_QUA,
        gold=r"3/8",
        pred=r"1/4",
        wrap=True,
        expected=False,
        why="options a) b) c) e); 'P(A) = 3/8. Alternativa correta é a letra d).'",
    ),
    _c(
        EXR,
        EXR_QUA,
        gold=r"3/8",
        pred=r"1/2",
        wrap=True,
        expected=False,
        why="options a) b) c) e); 'P(A) = 3/8. Alternativa correta é a letra d).'",
    ),
    # exercicios-resolvidos ENEM 2021 (reaplicação), senha de um cofre: key b) 1/90
    _c(
        EXR,
        EXR_SEN,
        gold=r"1/90",
        pred=r"2/8",
        wrap=True,
        expected=False,
        why="options a) c) d) e); 'a probabilidade ... é igual a P = 1/90. Alternativa correta é a letra b).'",
    ),
    _c(
        EXR,
        EXR_SEN,
        gold=r"1/90",
        pred=r"2/90",
        wrap=True,
        expected=False,
        why="options a) c) d) e); 'a probabilidade ... é igual a P = 1/90. Alternativa correta é a letra b).'",
    ),
    _c(
        EXR,
        EXR_SEN,
        gold=r"1/90",
        pred=r"1/100",
        wrap=True,
        expected=False,
        why="options a) c) d) e); 'a probabilidade ... é igual a P = 1/90. Alternativa correta é a letra b).'",
    ),
    _c(
        EXR,
        EXR_SEN,
        gold=r"1/90",
        pred=r"2/100",
        wrap=True,
        expected=False,
        why="options a) c) d) e); 'a probabilidade ... é igual a P = 1/90. Alternativa correta é a letra b).'",
    ),
]

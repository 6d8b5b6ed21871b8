r"""A fifty-eighth fresh set of answer-equivalence cases (evaluation only; helper "c": school maths
answer pages in Spanish, Portuguese, Russian, Polish and Turkish -- worked answers, Q&A answers,
teachers' lessons and exam advice that give one answer in several forms (fraction, reduced
fraction, decimal with a comma or a point, per cent, repeating decimal 0,(6), mixed number,
interval and inequalities) and so settle which forms are the same answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed in /work/wt/fresh58_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
settled on the page, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh58_c2.py (same rules; its sources
are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas kept ("0,25",
"2,5%"), points kept where the page writes points ("0.5", "3.5%"), "1 %" with its space (Xunta),
repeating decimals as printed ("0,(6)", "0,666...", "0,4(6)", "0,131313131313..."), mixed numbers
as printed in odrabiamy's plain text ("1 1/9"), LaTeX kept as LaTeX (khanacademy's "\dfrac12",
viztrainings' "[tex]" bodies, math100's "\frac{1}{4}" without its "\( \)" delimiters), Russian
"1 к 4" ("1 to 4") and Polish "i" ("and") kept as written. Which form is the gold: the form the
exercise asks for (the fraction for "zamień na ułamek", the decimal for "проценты в виде
десятичной дроби", the per cent for "decimal a porcentaje", the probability as the page's "Ответ"),
else the first form of a chain "a = b = c" or "a o b o c"; each further form is a True case.
Readings, each noted in ``why``: eckziugubin writes the interval as "x€(-2,3)" (the sign ∈ came
through as €); the left side "x€" is dropped and the gold is "(-2,3)"; matematiktutkusu's forum
answer matches its solution set "-2<x<4" to the option "(-2,4)", which is the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.eckziugubin.pl "index.php/matura/matematyka" (a school's advice for the Polish matura:
  "Zdający zamiast napisać, np. x€(-2,3) może użyć zapisu: x>-2 i x<3 lub -2 < x < 3"). 2 cases.
- matematykaszkolna.pl "strona/5992.html" ("30% = 30/100 = 3/10, 30% = 30:100 = 0,3, 45% = 45/100
  = 9/20 ..., 6% = 6:100 = 0,06"). 7 cases.
- mozgotvet.com "matematika/9476602-2020-08-03" (a Russian answer: "1% = 0,01 ... 123% = 1,23 ...
  0,4% = 0,004", then "0,87 = 87% ... 2,672 = 267,2%"). 11 cases.
- www.matematiktutkusu.com forum "10-sinif-matematik-sorulari/641-esitsizlikler" (a member's
  answer: "-2<x<4 ... a şıkkında (-2,4) aralığı verilmiş"). 1 case.
- tr.khanacademy.org "common-fractions-and-decimals" article (Turkish: "1/2 eşittir 0,5 veya 3/4
  eşittir 0,75", "\dfrac12 =0,5", "\dfrac14 =0,25", "\dfrac15 =0,2"). 4 cases.
- expotipsescuelas.com "pregunta/17780049" (a Spanish answer on drawing a card: "26/52 o 1/2 o
  0.5 o 50%", "13/52 o 1/4 o 0.25 o 25%", "4/52 o 1/13 o (aproximadamente) 0.077 o 7.69%"). 7 cases.

Sources of bench/equiv_fresh58_c2.py:

- math100.ru "ege_profil_3_1-25" (ЕГЭ task 25: "ОТВЕТ: 0,25", "p = \frac{m}{n} = \frac{1}{4} =
  0,25"). 1 case.
- matematikaege.ru "veroyatnost/320170-..." ("4 к 16 или 4/16 = 0,25. Ответ: 0,25") and
  "veroyatnost/320185-..." ("искомая вероятность равна 1 к 4 или 0,25"). 2 cases.
- vopvet.ru "news/v_chempionate_mira_uchastvujut_16_komand_s_pomoshhju/2015-10-11-1957" ("= 4/16 =
  1/4 = 0.25 Ответ: 0.25"). 2 cases.
- matematicasfacilesa.blogspot.com "2018/03/cambiar-decimales-porcentajes" ("0.45 ... es igual a
  45/100; de esta manera 0.45 es el 45%", "0.035 es igual a 3.5/100 o 3.5%"). 4 cases.
- recursos.edu.xunta.gal recurso 1639064756 "38_haciendo_la_maleta" (Galician education
  resource, in Spanish: "1 % = 1/100 = 0,01", "50 % = 50/100 = 0,50 = 0,5", "Es lo mismo poner
  0,50 que 0,5", "25 % = 25/100 = 0,25", "10 % = 10/100 = 0,1 = 0,10"). 11 cases.
- rea.ceibal.edu.uy "elp/comparacion-de-fracciones/porcentajes" (Uruguay's Ceibal lesson: "1/2 se
  puede escribir: 1/2 0,5 5/10 50% 6/12", "El 50% es la fracción 50/100"). 5 cases.
- odrabiamy.pl "ksiazka-10689/strona-27/zadanie-209022" (worked solution, Nowa Era: "2/3=0,666...
  =0,(6)", "10/9=1 1/9=1,111...=1,(1)", "5/33=0,151515...=0,(15)", "16/11=1 5/11=1,454545...=
  1,(45)" ...). 14 cases.
- viztrainings.org "vizzadanie/20931287" ("0,4(6)=...=\frac{7}{15}", "0,1(23)=...=\frac{122}{990}
  =\frac{61}{495}") and "vizzadanie/183312" ("b)13/99 c)7/99 d)89/99" for "0,131313131313...",
  "0,(07)", "0,(89)"). 6 cases.

77 cases in all (0 False): 32 here (0 False), 45 in bench/equiv_fresh58_c2.py (0 False). No page
examined in these five languages stated a refused form of a different value in the part the
search tool returned; the set is therefore all True.

Left out, by rule: mozgotvet's misprint "0,9 = 9%" (the page's own slip, against its rule "нужно
разделить процент на 100"); expotipsescuelas' approximations "(aproximadamente) 0.077 o 7.69%";
viztrainings 183312's a), where the answer list's "5/99" and the worked "0.(50)=50/99" disagree;
intermediate products of a working (matematikaege's "0,5·0,5=0,25", odrabiamy's "3x=..." chains
before the fraction); single-form answers (matematicasies.com "La probabilidad es: \frac{3}{6}",
the ЕГЭ "Ответ: 0,25" pages beyond the one form each gives); forms the text conversion stacked
or lost (the Spanish scribd "Capitulo 2" and "Solucionario" uploads, a Nowa Era "Klucz
odpowiedzi" on scribd with broken fractions).

Examined and not used: Portuguese "critérios de classificação/codificação" (Exame Nacional 635,
Prova de Aferição 2011, 2012, 2016), Polish CKE "zasady oceniania" (matura 2023, egzamin
gimnazjalny 2015, egzamin ósmoklasisty 2019) -- only their general opening pages were stored;
bncc.digital, knowunity, respondeai "exercicios-ia", nedir.eokultv.com, euroki "koza",
kontrolnaya-rabota.ru and mrexam.ru, askai.glarity, ensayopaes.cl's tabulated solution
(machine-written or generated pages); viplearnings 21318309, owlanswer, reshalka, resposta.org
(used by earlier sets); viztrainings 26139 and szkola-edukacja 4403281 and 2664713 (answers that
contradict each other or contain wrong equalities); goodwin.crimea.ua,
miyklas.com.ua, obozrevatel (Ukrainian, outside the five languages); generated
decimal-to-fraction pages (asafraction.net, milestoblog, sofiawest, calculator sites).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ECK = "www.eckziugubin.pl"
ECK_MAT = "https://www.eckziugubin.pl/index.php/matura/matematyka"
MSZ = "matematykaszkolna.pl"
MSZ_5992 = "https://matematykaszkolna.pl/strona/5992.html"
MOZ = "mozgotvet.com"
MOZ_947 = "https://mozgotvet.com/matematika/9476602-2020-08-03"
MTT = "www.matematiktutkusu.com"
MTT_641 = "https://www.matematiktutkusu.com/forum/10-sinif-matematik-sorulari/641-esitsizlikler.html?styleid=7"
KAT = "tr.khanacademy.org"
KAT_CFD = "https://tr.khanacademy.org/math/cc-fifth-grade-math/cc-5th-arith-operations/common-fractions-and-decimals/a/common-fractions-and-decimals"
EXP = "expotipsescuelas.com"
EXP_177 = "https://expotipsescuelas.com/pregunta/17780049"
M100 = "math100.ru"
M100_25 = "https://math100.ru/ege_profil_3_1-25/"
MEGE = "matematikaege.ru"
MEGE_170 = (
    "http://matematikaege.ru/veroyatnost/320170-v-chempionate-mira-uchastvuyut-16-komand.html"
)
MEGE_185 = "http://matematikaege.ru/veroyatnost/320185-v-sluchajnom-eksperimente-simmetrichnuyu-monetu.html"
VOP = "vopvet.ru"
VOP_1957 = (
    "https://vopvet.ru/news/v_chempionate_mira_uchastvujut_16_komand_s_pomoshhju/2015-10-11-1957"
)
MFA = "matematicasfacilesa.blogspot.com"
MFA_DP = "https://matematicasfacilesa.blogspot.com/2018/03/cambiar-decimales-porcentajes.html"
XUN = "recursos.edu.xunta.gal"
XUN_38 = "https://recursos.edu.xunta.gal/sites/default/files/recurso/1639064756/38_haciendo_la_maleta.html"
CEI = "rea.ceibal.edu.uy"
CEI_PORC = "https://rea.ceibal.edu.uy/elp/comparacion-de-fracciones/porcentajes.html"
ODR = "odrabiamy.pl"
ODR_209 = "http://odrabiamy.pl/matematyka/ksiazka-10689/strona-27/zadanie-209022"
VIZ = "viztrainings.org"
VIZ_209 = "https://viztrainings.org/vizzadanie/20931287"
VIZ_183 = "https://viztrainings.org/vizzadanie/183312"

CASES = [
    # eckziugubin.pl matura advice: an interval and the inequalities that may be written for it
    _c(
        ECK,
        ECK_MAT,
        gold="(-2,3)",
        pred="x>-2 i x<3",
        wrap=True,
        expected=True,
        why="'Zdający zamiast napisać, np. x€(-2,3) może użyć zapisu: x>-2 i x<3 lub -2 < x < 3'",
    ),
    _c(
        ECK,
        ECK_MAT,
        gold="(-2,3)",
        pred="-2 < x < 3",
        wrap=True,
        expected=True,
        why="'Zdający zamiast napisać, np. x€(-2,3) może użyć zapisu: x>-2 i x<3 lub -2 < x < 3'",
    ),
    # matematykaszkolna.pl strona 5992: a per cent as a fraction and as a decimal
    _c(
        MSZ,
        MSZ_5992,
        gold="3/10",
        pred="30%",
        wrap=True,
        expected=True,
        why="'30% = 30/100 = 3/10'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="3/10",
        pred="30/100",
        wrap=True,
        expected=True,
        why="'30% = 30/100 = 3/10'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="0,3",
        pred="30%",
        wrap=True,
        expected=True,
        why="'30% = 30:100 = 0,3'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="9/20",
        pred="45%",
        wrap=True,
        expected=True,
        why="'45% = 45/100 = 9/20'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="0,45",
        pred="45%",
        wrap=True,
        expected=True,
        why="'45% = 45:100 = 0,45'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="3/50",
        pred="6%",
        wrap=True,
        expected=True,
        why="'6% = 6/100 = 3/50'",
    ),
    _c(
        MSZ,
        MSZ_5992,
        gold="0,06",
        pred="6%",
        wrap=True,
        expected=True,
        why="'6% = 6:100 = 0,06'",
    ),
    # mozgotvet.com 9476602: per cents as decimals, then decimals as per cents (its '0,9 = 9%' is left out)
    _c(
        MOZ,
        MOZ_947,
        gold="0,01",
        pred="1%",
        wrap=True,
        expected=True,
        why="'1% = 0,01'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="0,06",
        pred="6%",
        wrap=True,
        expected=True,
        why="'6% = 0,06'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="0,45",
        pred="45%",
        wrap=True,
        expected=True,
        why="'45% = 0,45'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="1,23",
        pred="123%",
        wrap=True,
        expected=True,
        why="'123% = 1,23 (единица в десятичном числе – 100%, ...)'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="0,025",
        pred="2,5%",
        wrap=True,
        expected=True,
        why="'2,5% = 0,025'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="0,004",
        pred="0,4%",
        wrap=True,
        expected=True,
        why="'0,4% = 0,004'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="87%",
        pred="0,87",
        wrap=True,
        expected=True,
        why="'Обратные действия ...: 0,87 = 87%'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="7%",
        pred="0,07",
        wrap=True,
        expected=True,
        why="'0,07 = 7%'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="145%",
        pred="1,45",
        wrap=True,
        expected=True,
        why="'1,45 = 145%'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="3,5%",
        pred="0,035",
        wrap=True,
        expected=True,
        why="'0,035 = 3,5%'",
    ),
    _c(
        MOZ,
        MOZ_947,
        gold="267,2%",
        pred="2,672",
        wrap=True,
        expected=True,
        why="'2,672 = 267,2%'",
    ),
    # matematiktutkusu.com forum (10. sınıf eşitsizlikler): the solution set matched to option a
    _c(
        MTT,
        MTT_641,
        gold="(-2,4)",
        pred="-2<x<4",
        wrap=True,
        expected=True,
        why="'-2<x<4 x in -2 ile 4 arasında olduğunu söylüyor şıklara bakarsak a şıkkında (-2,4) aralığı verilmiş'",
    ),
    # tr.khanacademy.org common fractions and decimals (Turkish translation)
    _c(
        KAT,
        KAT_CFD,
        gold=r"\dfrac12",
        pred="0,5",
        wrap=True,
        expected=True,
        why="'\\dfrac12 =0,5' (table of common fractions); intro: '1/2 eşittir 0,5'",
    ),
    _c(
        KAT,
        KAT_CFD,
        gold=r"\dfrac14",
        pred="0,25",
        wrap=True,
        expected=True,
        why="'\\dfrac14 =0,25'",
    ),
    _c(
        KAT,
        KAT_CFD,
        gold=r"\dfrac15",
        pred="0,2",
        wrap=True,
        expected=True,
        why="'\\dfrac15 =0,2'",
    ),
    _c(
        KAT,
        KAT_CFD,
        gold="3/4",
        pred="0,75",
        wrap=True,
        expected=True,
        why="intro: '(örneğin 1/2 eşittir 0,5 veya 3/4 eşittir 0,75 gibi)'",
    ),
    # expotipsescuelas.com 17780049: card probabilities as fraction, reduced fraction, decimal, per cent
    _c(
        EXP,
        EXP_177,
        gold="4/52",
        pred="1/13",
        wrap=True,
        expected=True,
        why="a. 'Probabilidad: 4/52 o 1/13 o (aproximadamente) 0.077 o 7.69%'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="26/52",
        pred="1/2",
        wrap=True,
        expected=True,
        why="b. 'Probabilidad: 26/52 o 1/2 o 0.5 o 50%.'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="26/52",
        pred="0.5",
        wrap=True,
        expected=True,
        why="b. 'Probabilidad: 26/52 o 1/2 o 0.5 o 50%.'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="26/52",
        pred="50%",
        wrap=True,
        expected=True,
        why="b. 'Probabilidad: 26/52 o 1/2 o 0.5 o 50%.'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="13/52",
        pred="1/4",
        wrap=True,
        expected=True,
        why="c. 'Probabilidad: 13/52 o 1/4 o 0.25 o 25%.'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="13/52",
        pred="0.25",
        wrap=True,
        expected=True,
        why="c. 'Probabilidad: 13/52 o 1/4 o 0.25 o 25%.'",
    ),
    _c(
        EXP,
        EXP_177,
        gold="13/52",
        pred="25%",
        wrap=True,
        expected=True,
        why="c. 'Probabilidad: 13/52 o 1/4 o 0.25 o 25%.'",
    ),
]

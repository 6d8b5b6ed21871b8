r"""A seventy-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": answer
keys, worked solutions and question-and-answer pages in Korean, Polish, Italian, Dutch and Czech
that give one answer in several forms -- or name a form as wrong -- with the local notations kept:
Korean fraction words ("99분의3", "2분의 1"), decimal commas, the Polish homework notation "4i8/15"
for a mixed number, Dutch thousands dots and number words, the Belgian "." product sign).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh77_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt, which is
the opening of the page) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh77_a2.py, bench/equiv_fresh77_a3.py and bench/equiv_fresh77_a4.py (same rules;
their sources are listed below too).

Transcription: strings are copied as the stored page shows them -- decimal commas ("0,375",
"2,1*10^11"), LaTeX as stored with its spaces ("\frac{5 \sqrt{5} }{5}", "\frac{ 21}{5}",
"2\sqrt 2  - 2"), plain-text roots ("2√3", "∛(- 16)", "0,1√2000"), odrabiamy's AsciiMath with its
"\ " digit groups ("4\ 410\ 000\ 000"), wiskundeleraar's thousands dots ("3.200.000.000.000"),
vanhoeckes' "." product sign ("3,12.10^{4}\text{ }ml"), Korean and Dutch number words ("99분의3"
is 3/99; "0.3 반복" is "0.3 repeating"; "twee derde"), Italian words ("insieme vuoto", "1 litro e
mezzo", "6 quarti d'ora"). viztrainings 19738980 writes mixed numbers as "4i8/15" and says so
("1i1/3 oznacza jedna cała i jedna trzecia"); the third kin.naver answer writes fractions with a
colon and says so ("분수는:로 (예시 2분의1=1:2)"); nl.wikibooks names "7:13" as a notation of 7/13.
Markup only is dropped: theseed's [math(...)] wrappers, the [tex] and $ delimiters, the alignment
"&" and "\cr" of math4u's aligned blocks, the \boldsymbol{...} math4u puts round the students'
results, the \color{...}, \blue{...} and \orange{...} highlights of vanhoeckes and hoezithet,
and the line break wiskundeleraar 15155 puts inside "\frac{2}" / "{{1 + \sqrt 2 }}". A left side
("A=", "a =", "x=", "L =") is dropped; math4u 3000020501's answers are equations and are kept as
such. In a worked chain "a = b = c" the final form is the gold and each earlier form is a True
pred when it is a number written whole (a fraction, decimal, mixed number, root, power of ten,
quantity) or the exercise's own given expression, which the chain states equal to the answer
(gostudier's "√12" and "\dfrac{2}{\sqrt{7}}", freshrimpsushi's "\sqrt{13 - 2\sqrt{12}}");
partial sums and products left undone ("32/10 + 40/30", "√(4 * 3)") are not used. For a stated
conversion "A = B" (uzleuven, wiskundeleraar 8502, odrabiamy's digit groups) the form converted to
is the gold. Where a key names a student's result as wrong, that result is a False pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

Korean (this module):
- kin.naver.com docId 272556761 (a 지식iN question "중2수학 순환소수 분수로" with three agreeing
  answers: "(1).99분의3 (2).99분의18 (3)999분의107 (4).999분의1234"; "1번은 3/99 ... 4번은
  1+235/999 ... 각각 약분까지 다하면 1번은 1/33 2번 2/11 3번 107/999 4번 1234/999"; "x=3:99=1:33").
  8 cases.
- freshrimpsushi.github.io ko/posts/3519 ("이중 근호 전개 공식", 예제: "\sqrt{13 - 2\sqrt{12}} &= ...
  &= \sqrt{12} - \sqrt{1} &= 2\sqrt{3} - 1"). 2 cases.
- theseed.io diff of 제곱근 r21 vs r24 (the square roots of i, "{{\sqrt{2}}\over{2}}+{{\sqrt{2}}\over
  {2}}i" and its negative, "조금 더 식을 바꿔보면 다음과 같이 된다": \cos(π/4)+i\sin(π/4) and
  \cos(5π/4)+i\sin(5π/4)). 2 cases.
- dl.dongascience.com N202315N003 (어린이수학동아 "[어수티콘] 약분": "5/15가 1/3이 된다고요? 그럼
  다른 수가 되는 건가요? 아니에요! 약분해도 분수의 크기는 그대로예요."). 1 case.
- production-blue.amara.org dtZlaY60cSci/ko and amara.org 1CfzViBsqI5Y/ko, Ii3ADUj0DRl1/ko
  (Korean subtitles of three Khan Academy videos: "결국 9/10 와 27/30은 같은 값입니다"; "그래서
  2분의 1은 0.5 입니다", 1/3 as "0.33 반복" or "0.3 반복"; "21/28과 3/4은 같은 분수입니다", "6/9도
  2/3과 같은 수입니다"). 6 cases.

Italian, Czech and Dutch (bench/equiv_fresh77_a2.py):
- www.studentville.it "hai-ventanni-difficilmente-saprai-risolvere-questa-operazione" (a viral
  quiz: "Allora? 9? 7,33? O forse 3, o ancora 19? Niente di tutto questo, la risposta corretta è
  1."). 4 cases (4 False).
- it.scribd.com 665327363 ("Le Equazioni", Associazione culturale Dictatum Discere course notes:
  "r = -2 e r = 2. Quindi L = {-2, 2}", "L = { } (insieme vuoto)", "cioè 3 ... L = {3}").
  3 cases.
- macosa.dima.unige.it om/esr/rap/0_27s ("Qual è il doppio di 3/4 ?", Università di Genova:
  "2·3/4 = 6/4 = 3/2 = 1.5", "3/4 = 75% = 0.75", "150 cl, ovvero 1 litro e mezzo", "6 quarti d'ora,
  cioè 3 mezze ore, ossia 1 ora e mezza"; "circa la metà degli studenti ... risponde 6/8!!!").
  9 cases (1 False).
- matikahrave.cz přijímačky úloha 22 (CERMAT M9-24-PCD 3.1 with a tutor's postup: "Správná
  odpověď:21/2", "Výsledek: \( \frac{21}{2} \)", "\frac{ 42}{10} = \frac{ 21}{5}").
  3 cases.
- www.wiskundeleraar.nl page3 15155 (Uitwerking "Een cirkel en een vierkant": "a = \frac{2}{{1 +
  \sqrt 2 }}" ... "= \frac{{2 - 2\sqrt 2 }}{{ - 1}}", "a = 2\sqrt 2  - 2") and wiskundeleraar.nl
  page3k 8502 ("$3,2\times 10^{12}$ = $3.200.000.000.000$", "$3\times 10^{-20}$ =
  $0,00000000000000000003$"). 4 cases.
- hoezithet.nu "wetenschappelijke_notatie" (worked conversions "-345{,}2 = ... = -3{,}452 \cdot
  10^{2}", "0{,}0002495 = ... = 2{,}495 \cdot 10^{-4}"). 2 cases.
- www.vanhoeckes.be mixer natuurwetenschappen rijnr=4 ("Zet 0,312.10^{5} ml om in hl":
  "=3,12.10^{4} ml (Wetenschappelijke notatie) =3,12.10^{-1} hl"). 2 cases.
- nl.wikibooks.org Rekenen/Breuken ("1/3, ook als 1:3", "(twee derde), ook geschreven als 2/3 en
  2:3", "(zeven dertiende) of 7/13 of 7:13", "de breuk 48/4 hetzelfde als het getal 12").
  6 cases.
- lessonup.com 86MQmBzgvmS5XpoW3 ("dus 30 op 45 wordt 2 op 3"). 1 case.
- studyboard.be chemie 28.1.1 ("0,632 \; \text{L} = 0,632 \cdot 1000 = 632 \; \text{mL}").
  1 case.
- www.uzleuven.be nl/eenheden (UZ Leuven's "Rekenregels - Eenheden Omrekenen": "1 mg = 1000 µg",
  "1 µg = 0,001 mg", "0,1 = 1/10" ... "0,000001 = 1/1000000"). 6 cases.

Polish homework answers (bench/equiv_fresh77_a3.py):
- viztrainings.org 19738980 (a worked answer to fraction and decimal sums: "136/30 = 68/15 =
  4i8/15", "2,4 ∙ 0,375 = 0,9 = 9/10", "2125/9000 = 425/1800 = 85/360 = 17/72", "2,6 = 2i6/10 =
  26/10 = 13/5 = 2i3/5") and 21596771 ("\dfrac{3}{2\sqrt{3}-1} = ... = \dfrac{6\sqrt{3}+3}{11}").
  19 cases.
- gostudier.tech 21286792 ("Usuń niewymierność z mianownika", two agreeing answers:
  "\dfrac{2}{\sqrt{7}}=...=\dfrac{2\sqrt{7}}{7}", "\frac{10 \sqrt{2} }{2} = 5 \sqrt{2}" ...) and
  20964161 ("√12 = ... = 2√3", "∛(- 16) = ... = - 2∛2", "0,1√2000 = ... = √20").
  22 cases.

math4u and odrabiamy (bench/equiv_fresh77_a4.py):
- math4u.vsb.cz pl/node/43441, pl/find-error-problem/3000000039 and 3000020501 (the Polish pages
  of VŠB Ostrava's "find the error" items: who of the classmates is right; the key gives
  "A=5{,}5 \times 10^{-3}" against Tom's "5{,}5 \times 10^1" and Pavol's "5{,}5 \times 10^3",
  "A&=21{,}25 \times 10^7" ... "A=2{,}125 \times 10^8" against Barbara's "2{,}125 \times 10^6" and
  Daniela's "2{,}125 \times10^{13}", and Paweł's "2x^2+x+1=2x^2-4x+2" against Michał's, Bob's and
  Marek's equations). 12 cases (9 False).
- odrabiamy.pl książka 10658 strona 52 zadanie 197793 (Nowa Era solution, "Odpowiedź podaj w
  notacji wykładniczej": "=0,21*10^12=0,21*10*10^11=2,1*10^11", "4\ 410\ 000\ 000:0,021=(4,41*10^9):
  (21*10^-3)", "=80/25*10^-11= =16/5*10^-11=3,2*10^-11"). 10 cases.

123 cases in all (14 False): 19 here (0 False), 41 in bench/equiv_fresh77_a2.py (5 False), 41 in
bench/equiv_fresh77_a3.py (0 False), 22 in bench/equiv_fresh77_a4.py (9 False).

Left out, by rule: approximations written with "=" or "~" (romoletto.altervista.org Maturità 2017
quesito 8, "p = 1/13 = 7,69%"; zapytaj.onet.pl on 3,14 for π); pages whose own chain has an error
(viztrainings 21777663, "∛1000 + √16 = 10+ 4 = 144"; the Korean local2onlineacademy "풀이" of
cube roots); disputed verdicts (segye.com's "오전에 3/6시간" dispute, namu.moe 48÷2(9+3), the
"촘촘하게" 0-point dispute on v.daum.net and fnnews); forms lost or split by the conversion
(szkola-edukacja.pl 3321612, whose [latex] lost its backslashes, "frac{2-sqrt{5}}{3}"; hhofstede's
"1/2Ö(2 + Ö2)"; dr-aart.nl's stacked "1560 = 14"; math4all and wm.math4allview answers; the HWP
fraction codes ";4#;" of the Korean answer books on 123dok.co; gymmoldava.sk's exponents); the
Korean subtitles of doikDrTrVree (its "7분의 8과 7/8은 같다" mistranslates 8/7, and the video was
used by bench/equiv_fresh59_d.py); lists whose given fraction is not shown (prikladyzmatematiky.cz
výsledky, item 9); single-form answers (ceskokrumlovsky.denik.cz přijímačky, procenty.formuly.pl,
viztrainings 19714439); multiple-choice letters (gricha.be); math4u 3000020101 and 3000021001
(their keys do not state an answer value); the duplicate copies play.popcornplanet.co.kr (of the
dongascience article) and freshrimpsushi "ko//posts/3519".

Examined and not used: the official marking documents the corpus holds are stored only as their
opening pages (general rules, covers, closed-item letters): the Dutch correctievoorschriften on
5dok.net and fr.scribd 347426332, the CKE zasady oceniania (scribd 707464450, 9lib q5m9jo77,
y4wk238k, zpn68ojo, pdfslide ósmoklasisty), the CERMAT klíč on scribd 654977777 (stacked
fractions), the Nowa Era keys on scribd 721237732 and 706121924, the EBS and 홍익대 solution books
on scribd 695286587 and 698373061, the Italian maturità solutions on studylibit 4077004 and
4865783 (garbled fractions); Korean news on 수능 answer counts and 이의신청 (imaeil, ejanews,
joins, mbn, gosiweek, ikoreadaily, veritas-a) and school disputes (kgnews, joongdo), which give no
answer-form pairs; pages used or examined by earlier sets (wisfaq 92484, vanhoeckes
wortel.rekenen.2 and decimaal2breuk, wiskunde.net, whymatematica, kudo.tips and onstudier on
niewymierność, zadaniacke.pl, matematykaszkolna.pl 5992, hhofstede eenheden, valcon.it, scribd
556206745, the amara doikDrTrVree subtitles); AI-written or generated pages (gommath.com,
qanda.ai, topeduprep.uk, local2onlineacademy.com, zeptejtesesama.cz, it.scienceforming.com,
knowunity.it, consigliveloci.it, studdyai.com, learnexams.com, edu.com, guidefoot.com,
running-calculator.com, ko.calc-site.com, ko.lamscience.com, the milestoblog and sofiawest
translations, rtvxy.cn, knowledge.awaisora.com).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KIN = "kin.naver.com"
KIN_272 = "https://kin.naver.com/qna/detail.naver?d1id=13&dirId=130103&docId=272556761"
FRS = "freshrimpsushi.github.io"
FRS_3519 = "https://freshrimpsushi.github.io/ko/posts/3519"
SEED = "theseed.io"
SEED_SQRT = "https://theseed.io/diff/%EC%A0%9C%EA%B3%B1%EA%B7%BC?oldrev=21&rev=24"
DAS = "dl.dongascience.com"
DAS_YAK = "https://dl.dongascience.com/dl/magazine/detail/N202315N003"
AMAPB = "production-blue.amara.org"
AMA_ADD = "https://production-blue.amara.org/subtitles/dtZlaY60cSci/ko/1/download/Adding%20fractions%20with%20unlike%20denominators.ko.srt"
AMA = "amara.org"
AMA_CONV = "https://amara.org/bg/subtitles/1CfzViBsqI5Y/ko/17/download/Converting%20fractions%20to%20decimals.ko.ssa"
AMA_CMP = "https://amara.org/subtitles/Ii3ADUj0DRl1/ko/6/download/Comparing%20Fractions%202.ko.sbv"
STV = "www.studentville.it"
STV_QUIZ = (
    "https://www.studentville.it/hai-ventanni-difficilmente-saprai-risolvere-questa-operazione/"
)
ITS = "it.scribd.com"
ITS_EQ = "https://it.scribd.com/document/665327363/04-Le-Equazioni"
MAC = "macosa.dima.unige.it"
MAC_027 = "http://macosa.dima.unige.it/om/esr/rap/0_27s.htm"
MTH = "matikahrave.cz"
MTH_22 = "https://matikahrave.cz/prijimacky-ss/tema/ucitse.php?uloha=22"
WL = "www.wiskundeleraar.nl"
WL_15155 = "https://www.wiskundeleraar.nl/page3.asp?nummer=15155"
WLB = "wiskundeleraar.nl"
WL_8502 = "https://wiskundeleraar.nl/page3k.asp?nummer=8502"
HZH = "hoezithet.nu"
HZH_WN = "https://hoezithet.nu/lessen/fysica/grootheden_eenheden/wetenschappelijke_notatie/"
VHM = "www.vanhoeckes.be"
VHM_NW4 = "https://www.vanhoeckes.be/wiskunde/mixer.php?blok=natuurwetenschappen&rijnr=4"
WB = "nl.wikibooks.org"
WB_BR = "https://nl.wikibooks.org/wiki/Rekenen/Breuken"
LUP = "lessonup.com"
LUP_VH = "https://lessonup.com/nl/lesson/86MQmBzgvmS5XpoW3"
SB = "studyboard.be"
SB_EO = "https://studyboard.be/Cursussen/chemie/Lessen/28-chemisch-rekenen/Topics/28-1-1-eenheden-omrekenen/"
UZL = "www.uzleuven.be"
UZL_EO = "https://www.uzleuven.be/nl/eenheden"
VIZ = "viztrainings.org"
VIZ_197 = "https://viztrainings.org/vizzadanie/19738980"
VIZ_215 = "https://viztrainings.org/vizzadanie/21596771"
GOS = "gostudier.tech"
GOS_212 = "https://gostudier.tech/gozadanie/21286792"
GOS_209 = "https://gostudier.tech/gozadanie/20964161"
M4U = "math4u.vsb.cz"
M4U_43441 = "https://math4u.vsb.cz/pl/node/43441"
M4U_039 = "https://math4u.vsb.cz/pl/find-error-problem/3000000039"
M4U_20501 = "https://math4u.vsb.cz/pl/find-error-problem/3000020501"
ODR = "odrabiamy.pl"
ODR_197 = "http://odrabiamy.pl/matematyka/ksiazka-10658/strona-52/zadanie-197793"

CASES = [
    # kin.naver.com 272556761: three answers turn repeating decimals into fractions (Korean words for fractions)
    _c(
        KIN,
        KIN_272,
        gold=r"1/33",
        pred=r"3/99",
        wrap=True,
        expected=True,
        why=r"answer 2: '1번은 3/99구요' ... '각각 약분까지 다하면 1번은 1/33'",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"1/33",
        pred=r"99분의3",
        wrap=True,
        expected=True,
        why=r"answer 1 gives (1) as '99분의3'; answer 2 reduces 3/99 to 1/33",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"1/33",
        pred=r"1:33",
        wrap=True,
        expected=True,
        why=r"answer 3 declares '분수는:로 (예시 2분의1=1:2)' and writes 'x=3:99=1:33'",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"2/11",
        pred=r"18/99",
        wrap=True,
        expected=True,
        why=r"answer 2: '2번은 18/99구요' ... '약분까지 다하면 ... 2번 2/11'",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"2/11",
        pred=r"99분의18",
        wrap=True,
        expected=True,
        why=r"answer 1 gives (2) as '99분의18'; answer 2: 18/99 reduces to 2/11",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"107/999",
        pred=r"999분의107",
        wrap=True,
        expected=True,
        why=r"answer 1: '(3)999분의107'; answer 2: '3번은 107/999이에요'",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"1234/999",
        pred=r"999분의1234",
        wrap=True,
        expected=True,
        why=r"answer 1: '(4).999분의1234'; answer 2: '4번 1234/999'",
    ),
    _c(
        KIN,
        KIN_272,
        gold=r"1234/999",
        pred=r"1+235/999",
        wrap=True,
        expected=True,
        why=r"answer 2: '4번은 1+235/999에요' ... '약분까지 다하면 ... 4번 1234/999'",
    ),
    # freshrimpsushi.github.io ko/posts/3519: worked example of denesting a double radical
    _c(
        FRS,
        FRS_3519,
        gold=r"2\sqrt{3} - 1",
        pred=r"\sqrt{12} - \sqrt{1}",
        wrap=True,
        expected=True,
        why=r"예제: '... &= \sqrt{12} - \sqrt{1} \\ &= 2\sqrt{3} - 1'",
    ),
    _c(
        FRS,
        FRS_3519,
        gold=r"2\sqrt{3} - 1",
        pred=r"\sqrt{13 - 2\sqrt{12}}",
        wrap=True,
        expected=True,
        why=r"예제: '\sqrt{13 - 2\sqrt{12}} &= ... &= 2\sqrt{3} - 1'",
    ),
    # theseed.io diff of 제곱근 (r21 vs r24): the square roots of i rewritten in polar form
    _c(
        SEED,
        SEED_SQRT,
        gold=r"{{\sqrt{2}}\over{2}}+{{\sqrt{2}}\over{2}}i",
        pred=r"\cos\left({{\pi} \over {4}}\right)+i \sin\left({{\pi} \over {4}}\right)",
        wrap=True,
        expected=True,
        why=r"r24: 'i의 제곱근은 ... 조금 더 식을 바꿔보면 다음과 같이 된다. \cos(π/4)+i\sin(π/4), ...'",
    ),
    _c(
        SEED,
        SEED_SQRT,
        gold=r"-{{\sqrt{2}}\over{2}}-{{\sqrt{2}}\over{2}}i",
        pred=r"\cos\left({{5\pi} \over {4}}\right)+i \sin\left({{5\pi} \over {4}}\right)",
        wrap=True,
        expected=True,
        why=r"r24: the second root rewritten as '\cos(5π/4)+i\sin(5π/4)'",
    ),
    # dl.dongascience.com N202315N003 (어린이수학동아 '약분'): reducing keeps the value
    _c(
        DAS,
        DAS_YAK,
        gold=r"1/3",
        pred=r"5/15",
        wrap=True,
        expected=True,
        why=r"'5/15가 1/3이 된다고요? 그럼 다른 수가 되는 건가요? 아니에요! 약분해도 분수의 크기는 그대로예요.'",
    ),
    # amara.org Korean subtitles of Khan Academy videos
    _c(
        AMAPB,
        AMA_ADD,
        gold=r"9/10",
        pred=r"27/30",
        wrap=True,
        expected=True,
        why=r"Adding fractions with unlike denominators: '결국 9/10 와 27/30은 같은 값입니다'",
    ),
    _c(
        AMA,
        AMA_CONV,
        gold=r"0.5",
        pred=r"2분의 1",
        wrap=True,
        expected=True,
        why=r"Converting fractions to decimals: '그래서 2분의 1은 0.5 입니다'",
    ),
    _c(
        AMA,
        AMA_CONV,
        gold=r"3분의 1",
        pred=r"0.3 반복",
        wrap=True,
        expected=True,
        why=r"'0.33 반복 이라고 쓸 수 있고요 ... 또는 실제로 0.3 반복으로 쓸 수도 있습니다'",
    ),
    _c(
        AMA,
        AMA_CONV,
        gold=r"3분의 1",
        pred=r"0.33 반복",
        wrap=True,
        expected=True,
        why=r"'3분의 1은 0.33333 이렇게 영원히 계속됩니다 다르게 나타낼 수 있는 방법은 0.33 반복입니다'",
    ),
    _c(
        AMA,
        AMA_CMP,
        gold=r"3/4",
        pred=r"21/28",
        wrap=True,
        expected=True,
        why=r"Comparing Fractions 2: '21/28과 3/4은 같은 분수입니다'",
    ),
    _c(
        AMA,
        AMA_CMP,
        gold=r"2/3",
        pred=r"6/9",
        wrap=True,
        expected=True,
        why=r"Comparing Fractions 2: '마찬가지로 6/9도 2/3과 같은 수입니다'",
    ),
]

r"""A ninety-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": maths answer
pages in Japanese, Korean, Vietnamese, Indonesian, Malay and Thai -- 解答/答え, 정답/해설, đáp án/lời giải,
kunci jawaban/pembahasan, skema jawapan, เฉลย -- answers with local unit and currency words (kg-g
and km-m compounds, t, ㎤ and ㎥, 割 分, 할 푼 리, tấn and tạ, liter and miligram, rupiah, RM and sen, mℓ,
เมตร and ม.), counters after numbers (개, 명), numbers and decimals in words (れいてんいちれいに, bảy mươi lăm
phẩy tám mươi hai, tiga ribu dua puluh dua, Satu perempat), fractions written as \frac, \over or
a/b, decimal commas and thousands dots, clock times (p.m., petang, pagi, Jam 1055), and the
alternative forms a page or mark scheme accepts or refuses).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh94_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the domain
of the stored copy (for the proxied Korean Wikipedia article, the proxy's domain) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt, from the page's beginning) was read. Do not tune the
judge on these cases. Continued in bench/equiv_fresh94_b2.py and bench/equiv_fresh94_b3.py (same
rules; their sources are listed below too).

Transcription: strings are copied as the stored excerpt shows them: capitals and spacing as printed
("9.12Kg", "300Kg", "9kg120g", "2kg 350g", "1620 (kg)", "Rp. 15.500,00", "1.50 t/hari"), the unit
signs "㎤", "㎥", "㎠", "ℓ", "mℓ", decimal commas and thousands dots ("4,562 tấn", "2.500 mililiter"),
counters ("869개", "529(명)"). Inline-math delimiters \( \) and $ $ are dropped and the LaTeX inside
kept (loigiaihay's thin spaces "5m\,2dm", matheverything's "\mathsf{\frac{17}{100}}" and
"\mathsf{3.\dot{1}}", ihoctot's \eqalign members "{{64} \over {10}}"); on mathwords.net "$0.5$" is
0.5 and "$37$%" is 37%. Direction: a conversion or reading exercise ("は何kgか", "đọc là", "= …tấn",
"jika dibaca", "ditulis dengan lambang bilangan", "จงเขียน ... ให้อยู่ในรูปทศนิยม") takes the
asked-for form as gold and the given form as pred (as in bench/equiv_fresh57_d.py); a chain "A = B =
C" takes its last member (the page's answer form) as gold; a mark scheme takes its answer as gold,
each further form joined by "Terima", "atau", "@" or "/" as a True pred, and each "Tidak terima" /
"Jangan terima" form, or a form given only a part mark, as a False pred; a multiple-choice key takes
the keyed option as gold (or the question's given form, when the options are its other forms) and
one distractor per question, the one nearest the key (a dropped or moved zero, a dropped place
word), as a False pred. Readings, each noted in ``why``: kookotanuri's pairs "×【9.12Kg 9kg12g】
○【9.12Kg 9kg120g】" are [given, the child's answer] marked wrong or right; print365's
"1kg5gを1.5kgと考えたり ... (正しくは1.005kg ...)" refuses 1.5kg and gives 1.005kg; hensa40 calls the unitless
"3500" "意味不明な答え" and turns the mixed-unit "3500 ㎠ × m" into 350000 ㎤ ("見事挽回"); the Korean key 123dok
q5mn7rog gives the bare number in its answer column and ends its 풀이 with the number and counter
("869개입니다"), read as the same answer; docstoc's "P1" for "1.08 @ 10.8 @ 108" on a two-mark (P2) item
is one mark of two, so those forms are not the answer; matheverything's วิธีคิด lines "3.\dot{1} =
3.1111. . ." expand the dotted form the item gives, which is kept as gold; vdokumen AR2's "Tidak
terima 1.50" refuses the clock time without a.m., p.m. or petang (it does not fix the time), taken
as a False pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- kookotanuri.info "tanuri20190306/2" (a mother's blog on her daughter's arithmetic: "③ 単位変換 ...
  ×【9.12Kg 9kg12g】 ○【9.12Kg 9kg120g】", the same for 38.44km and 3.85kg). 6 cases (3 False).
- www.print365.net "syosuutannikansan" (a worksheet page: "3kg968gや2m47cmを3.968kgや2.47mのように表す",
  "1kg5gを1.5kgと考えたり、1kg30gを1.30kgと書いたり (正しくは1.005kgと1.03kg)", "1kg350g=1.35kgや45g=0.045kg"). 8
  cases (2 False).
- hensa40.cutegirl.jp "archives/2566" (the volume of a 50 cm × 70 cm × 1 m box: 正答例 350000 ㎤ and
  0.35 ㎥; ありがちな間違い 3500; "3500 ㎠ × m ... = 350000 ㎤"). 3 cases (1 False).
- www.study.hanatooyatsu.com "entry/2020/04/09/111000" (重さの単位変換: "0.3t ... =300Kg", "50g ...
  =0.05kg"). 2 cases.
- mathwords.net "wariaibuai" (割合、歩合、百分率: "割合が 0.5 歩合が5割 百分率が50% ... 全て同じ", 3割 = 0.3, 37% = 0.37, and
  the 変換表 rows 0.25 / 2割5分 and 0.05 / 0割5分). 6 cases.

Sources of bench/equiv_fresh94_b2.py:

- morinogakko.com "sansu/syousu/100bunnno050/a6s" ("42.195km ... 42km195mと ... 表せる", "8.95m ...
  8m95cm", "0.102 ... れいてんいちれいに と読む"). 3 cases.
- 123dok.co "q5mn7rog-3-1" (초등 수학 3-1 개념 서술형 정답과 풀이: answers 869, 529, 936 and their 풀이 "869개입니다",
  "529(명)입니다", "936(개)입니다"). 3 cases.
- play.popcornplanet.co.kr "math/newsview/473" (어린이수학동아 "분수나라와 소수나라 3": "1/4과 0.25가 똑같아!"). 1 case.
- rp.liu233w.com proxy of ko.m.wikipedia.org 할푼리 ("1에 대한 비율 0.345는 “3할 4푼 5리”라고 읽는다"). 1 case.
- edusmart.vn "giai-bai-tap-sgk-toan-lop-5-chuong-2-bai-viet-cac-so-do-khoi-luong-duoi-dang-so-
  thap-phan" (SGK Toán 5 trang 45-46: "4 tấn 562kg = …tấn ... 4,562 tấn", "500kg ... 0,5 tấn", "10kg
  3g ... 10,003kg", "3 tạ 3kg ... 3,03 tạ", "450kg ... 4,5 tạ", "1620 (kg) hay 1,62 tấn"). 6 cases.
- ihoctot.com "trang-79-vo-bai-tap-toan-5-tap-2" (VBT Toán 5: "75,82 đọc là : bảy mươi lăm phẩy tám
  mươi hai", "9,345 đọc là : chín phẩy ba trăm bốn mươi lăm", the place-value rows for 51,84 and
  102,639, and "{{64} \over {10}} = 6,4", "{{295} \over {100}} = 2,95"). 6 cases.
- fqa-fe-test.prod.ftech.ai "a104871" (a copy of a Toán 5 trang 153-154 solution: "2kg 350g = ... =
  2,350kg = 2,35kg", "8 tấn 760kg = ... = 8,760 tấn = 8,76 tấn", "700m = ... 0,7km", "0,08 tấn
  =1000kg × 0,08 = 80kg"). 5 cases.
- loigiaihay.com "c109a14596" (lý thuyết viết các số đo độ dài dưới dạng số thập phân: 5m 2dm =
  5,2m, 14m 5cm = 14,05m, 246cm = 2,46m, 7,58m = 7m 58cm = 758cm). 4 cases.

Sources of bench/equiv_fresh94_b3.py:

- klikbelajar.com "lakukanlah-pengubahan-satuan-di-bawah-ini" (IPA kelas 7: "2.500 mililiter = 2,5
  liter", "4 kilometer = 400.000 sentimeter", "2 kilogram = 2.000.000 miligram"). 3 cases.
- fdokumen.com "kunci-jawaban-matematika-sd-mediakom" (Kunci Jawaban Matematika SD kelas 4: "lambang
  dari bilangan tiga ribu dua puluh dua adalah 3.022"). 1 case.
- malangterkini.pikiran-rakyat.com "pr-1255461465" (PTS kelas 5 bilangan desimal: "0,9 = Berasal
  dari 9/10", "1,3 ... 13/10", "34,4 ... 344/10", "0,08 ... 8/100"). 4 cases.
- www.proprofs.com quiz "soal-matematika-kelas-3-sd-bab-4-uang" (keyed multiple choice: "Rp.
  2.000,00 jika dibaca ... B. Dua ribu rupiah", "Rp. 7.500,00 ... D. Tujuh ribu lima ratus rupiah",
  "Dua belas ribu rupiah ... C. Rp. 12.000,00", "Lima belas ribu lima ratus ... A. Rp. 15.500,00",
  "Seratus ribu rupiah ... D. Rp. 100.000,00"). 10 cases (5 False).
- vdokumen.net "skema-jawapan-markah-catatan-1-x-10-6-atau-pemarkahan-matematik-kertas" (PRAUPSR AR2
  2017 peraturan pemarkahan kertas 2: "1.50 p.m. P1 Terima 1.50 t/hari atau 1.50 petang Tidak terima
  1.50", "2.08ℓ / 2080 mℓ", "3 : 2 P1 Terima 300 : 200"). 5 cases (1 False).
- vdokumen.net "upsr-percubaan-2013-n9-matematik-skema-jawapan-kertas-2" ("185 cm @ 1.85 m",
  "=RM4.95 ... =495 sen"). 2 cases.
- www.docstoc.com "docs/90525394" (percubaan UPSR Perak 2008 skema kertas 2: "One over four / One
  fourths / A quarter / Satu perempat", "0.108 P2 Nota: 1.08 @ 10.8 @ 108 P1", "60% ... Jangan
  terima ... @ 60", "1 week 6 days ... 1 minggu 6 hari"). 7 cases (3 False).
- text-id.123dok.com "z12jm6ey" (UPSR AR3 Saratok 2016 skema kertas 2: "Jam 1055 @ 10.55 a.m @ 10.55
  pagi"). 2 cases.
- matheverything.com "g7_1ipst60_ex4_7_123" (แบบฝึกหัด 4.7 ม.1: 17/100 ตอบ 0.17, -216/10 ตอบ -21.6,
  0.4 ตอบ 4/10, 21.80 ตอบ 2,180/100, "3.\dot{1} = 3.1111. . .", "-1.\dot{2} = -1.2222. . ."). 6
  cases.
- matheverything.com "g7_2ipst60_ex2_compre" ("ดังนั้น สนามหญ้ากว้าง 52.5 ม." ... "ตอบ สนามหญ้ากว้าง
  52.5 เมตร"). 1 case.

95 cases in all (15 False): 25 here (6 False), 29 in
bench/equiv_fresh94_b2.py (0 False), 41 in bench/equiv_fresh94_b3.py (9 False).

Left out, by rule: refusals only of notation where the value is the same (docstoc's "Nota: (Jangan
terima) 1/4" for the item asking for words, its "Jangan terima 60/100", and proprofs' "D. Dua ribu"
without "rupiah"); the other distractors of each proprofs question; forms the conversion lost,
stacked or ran together (docstoc's stacked fractions in items 5, 8 and 9; Saratok's "7/1000 @
0.007"; fdokumen.site's Pra UPSR 2012 scheme, whose "10.25 p.m atau Jam 22251 jam 40 minit" and
"RM13.80 × 1001380 sen" run two lines together; 123dok q5mn7rog's "985`m" with an HWP mark inside
the unit); answers whose question is not stored (vdokumen AR2 "1 (a) Empat puluh tiga perpuluhan
lapan sifar sembilan" against "(b) 43.81", a rounding, and "2 (a) Tiga per sepuluh"); single-form
answers (morinogakko's "21.0975km", the UPSR schemes' "6 jam 35 minit", "RM450", "40 cm"); working
lines that are not answers (the UPSR "K1" lines); and, to keep one table from crowding the set, 18
of the 20 rows of mathwords.net's 変換表 and the remaining rows of the same exercises on edusmart
(3,014 tấn, 12,006 tấn, 2,05kg, 45,023kg, 0,5kg, 2,5 tạ, 0,34 tạ), ftech (4,382km, 2,079km, 7,4m,
5,09 m, 5,075m, 1,065kg, 2,077 tấn, 50cm, 75m, 64g) and loigiaihay (7m 58cm), and the other items of
matheverything's exercises 1 and 2 (fraction to decimal and back).

Examined and not used: hocdot.com p10157 and jukensansuu.com "kihontani" (claimed; the same
conversion exercises as edusmart and hanatooyatsu, left out for size); fdokumen.site Pra UPSR 2012
(claimed; run-together lines, above); ringtimesbanyuwangi.pikiran-rakyat pr-175150577 (a
multiple-choice key whose other options have the key's value: "b. 6/12" against "D. ½", "b. 34/30"
and "c. 17/15" against "D. 1 2/15"); pages used by earlier sets (trilltrill and megalodon 3947424
and 3816999, 4yuuu 30048425, sugaku.fun percentage-commission, dl.dongascience N202315N003,
insight.co.kr 336826, scribd 520234053 NT ป.3, thaiedujobs exercise/11, loga.vn 900135 and 2171042,
congthucluonggiac "bang-don-vi-do-thoi-gian"); generated or AI-style pages (timeday.net and
tamsucuasach.com, thuonghieuviet.edu.vn, rdsic.edu.vn, whose options contradict its key,
teknohits.com, sipinterdindikcilegon.id, stikes-tuankutambusai.ac.id, poltekkesdepkessby.ac.id,
knowledge.awaisora.com, sensei-ai.app, questionai.id, edu.com, jp.gauthmath); disputed markings
(edaily.co.kr's 1시간 30분 against the teacher's 7시간; vietgiaitri.com and vtcnews.vn); stacked or lost
fractions (fliphtml5 "Senang Belajar Matematika" kelas IV, the HWP fraction codes of 123dok.co's 우등생
2-1 and z1dlv3nd keys, mathlove.kr 할푼리, the Malaysian PT3 modul schemes on id.scribd, scribd
705130180 with × turned into "_"); single-form answers (mamagirl.jp, 4yuuu 30039897, zyuku.net,
ameblo jukensansuwa, gac.giaoanchuan.com, minews.id, matheverything's ratio items besides the
metre); xn--12c0ecxsex2q.com's kg article (its "1 กิโลกรัม เท่ากับ 2.246 ปอนด์" is wrong, so the
page was not used).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KOO = "kookotanuri.info"
KOO_TANURI = "http://kookotanuri.info/tanuri20190306/2"
P365 = "www.print365.net"
P365_KANSAN = "https://www.print365.net/syosuutannikansan/"
H40 = "hensa40.cutegirl.jp"
H40_2566 = "https://hensa40.cutegirl.jp/archives/2566"
HANA = "www.study.hanatooyatsu.com"
HANA_0409 = "https://www.study.hanatooyatsu.com/entry/2020/04/09/111000"
MWN = "mathwords.net"
MWN_BUAI = "https://mathwords.net/wariaibuai"
MORI = "morinogakko.com"
MORI_A6S = "https://morinogakko.com/classroom/sansu/syousu/100bunnno050/a6s.html"
DOK = "123dok.co"
DOK_31 = "https://123dok.co/document/q5mn7rog-3-1.html"
POP = "play.popcornplanet.co.kr"
POP_473 = "https://play.popcornplanet.co.kr/math/newsview/473"
LIU = "rp.liu233w.com"
LIU_HALPUNRI = "https://rp.liu233w.com/https/ko.m.wikipedia.org/wiki/%ED%95%A0%ED%91%BC%EB%A6%AC"
EDU = "edusmart.vn"
EDU_KL = "https://edusmart.vn/lop-5/giai-bai-tap-toan-5-sgk/giai-bai-tap-sgk-toan-lop-5-chuong-2-bai-viet-cac-so-do-khoi-luong-duoi-dang-so-thap-phan/"
IHT = "ihoctot.com"
IHT_79 = (
    "https://ihoctot.com/giai-bai-1-2-3-4-5-trang-79-vo-bai-tap-toan-5-tap-2-viet-tiep-vao-cho-cham"
)
FQA = "fqa-fe-test.prod.ftech.ai"
FQA_104871 = "https://fqa-fe-test.prod.ftech.ai/giai-bai-tap-sgk/noi-dung-bai-tap/toan-lop-5-trang-153-154-on-tap-ve-do-do-dai-va-do-khoi-luong-tiep-theo-a104871.html"
LGH = "loigiaihay.com"
LGH_14596 = (
    "https://loigiaihay.com/ly-thuyet-viet-cac-so-do-do-dai-duoi-dang-so-thap-phan-c109a14596.html"
)
KLIK = "klikbelajar.com"
KLIK_SATUAN = "https://klikbelajar.com/lakukanlah-pengubahan-satuan-di-bawah-ini/"
FDK = "fdokumen.com"
FDK_MEDIAKOM = "https://fdokumen.com/document/kunci-jawaban-matematika-sd-mediakom-penerbitcomwwwmediakom-penerbitcomdownloadmodul.html"
MLG = "malangterkini.pikiran-rakyat.com"
MLG_1465 = "https://malangterkini.pikiran-rakyat.com/pendidikan/amp/pr-1255461465/prediksi-latihan-soal-pts-matematika-kelas-5-semester-1-bilangan-desimal-kunci-jawaban-dan-pembahasan?page=all"
PPF = "www.proprofs.com"
PPF_UANG = "https://www.proprofs.com/quiz-school/story.php?title=soal-matematika-kelas-3-sd-bab-4-uang-wwwbimbelbriliancom"
VDK = "vdokumen.net"
VDK_AR2 = "https://vdokumen.net/skema-jawapan-markah-catatan-1-x-10-6-atau-pemarkahan-matematik-kertas.html"
VDK_N9 = "https://vdokumen.net/upsr-percubaan-2013-n9-matematik-skema-jawapan-kertas-2.html"
DST = "www.docstoc.com"
DST_90525394 = "http://www.docstoc.com/docs/90525394/Percubaan-UPSR-Matematik-Negeri-Perak-Kertas-2-2008-(skema-jawapan)"
SRT = "text-id.123dok.com"
SRT_AR3 = "https://text-id.123dok.com/document/z12jm6ey-percubaan-upsr-matematik-saratok-sumber-pendidikan-skema-ar3-k2-pdf.html"
MEV = "matheverything.com"
MEV_47 = "https://matheverything.com/g7_1ipst60_ex4_7_123/"
MEV_CMP = "https://matheverything.com/g7_2ipst60_ex2_compre/"

CASES = [
    # kookotanuri.info: a mother marks her daughter's unit conversions, x wrong and o right
    _c(
        KOO,
        KOO_TANURI,
        gold=r"9kg120g",
        pred=r"9.12Kg",
        wrap=True,
        expected=True,
        why="'○【9.12Kg 9kg120g】'",
    ),
    _c(
        KOO,
        KOO_TANURI,
        gold=r"9kg120g",
        pred=r"9kg12g",
        wrap=True,
        expected=False,
        why="'×【9.12Kg 9kg12g】 ○【9.12Kg 9kg120g】'",
    ),
    _c(
        KOO,
        KOO_TANURI,
        gold=r"38km440m",
        pred=r"38.44km",
        wrap=True,
        expected=True,
        why="'○【38.44km 38km440m】'",
    ),
    _c(
        KOO,
        KOO_TANURI,
        gold=r"38km440m",
        pred=r"38km44m",
        wrap=True,
        expected=False,
        why="'×【38.44km 38km44m】 ○【38.44km 38km440m】'",
    ),
    _c(
        KOO,
        KOO_TANURI,
        gold=r"3kg850g",
        pred=r"3.85kg",
        wrap=True,
        expected=True,
        why="'○【3.85kg 3kg850g】'",
    ),
    _c(
        KOO,
        KOO_TANURI,
        gold=r"3kg850g",
        pred=r"3kg85g",
        wrap=True,
        expected=False,
        why="'×【3.85kg 3kg85g】 ○【3.85kg 3kg850g】'",
    ),
    # print365.net: compound measures written as one decimal measure; the usual slips refused
    _c(
        P365,
        P365_KANSAN,
        gold=r"3.968kg",
        pred=r"3kg968g",
        wrap=True,
        expected=True,
        why="'3kg968gや2m47cmを3.968kgや2.47mのように表す問題'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"2.47m",
        pred=r"2m47cm",
        wrap=True,
        expected=True,
        why="'3kg968gや2m47cmを3.968kgや2.47mのように表す問題'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"1.005kg",
        pred=r"1kg5g",
        wrap=True,
        expected=True,
        why="'1kg5gを1.5kgと考えたり ... (正しくは1.005kgと1.03kgですね)'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"1.005kg",
        pred=r"1.5kg",
        wrap=True,
        expected=False,
        why="'1kg5gを1.5kgと考えたり ... (正しくは1.005kgと1.03kgですね)'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"1.03kg",
        pred=r"1kg30g",
        wrap=True,
        expected=True,
        why="'1kg30gを1.30kgと書いたりします(正しくは1.005kgと1.03kgですね)'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"1.03kg",
        pred=r"1.30kg",
        wrap=True,
        expected=False,
        why="'1kg30gを1.30kgと書いたりします(正しくは1.005kgと1.03kgですね)'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"1.35kg",
        pred=r"1kg350g",
        wrap=True,
        expected=True,
        why="'1kg350g=1.35kgや45g=0.045kgなど間違えやすい問題'",
    ),
    _c(
        P365,
        P365_KANSAN,
        gold=r"0.045kg",
        pred=r"45g",
        wrap=True,
        expected=True,
        why="'1kg350g=1.35kgや45g=0.045kgなど間違えやすい問題'",
    ),
    # hensa40.cutegirl.jp: the volume of a 50 cm x 70 cm x 1 m box
    _c(
        H40,
        H40_2566,
        gold=r"350000 ㎤",
        pred=r"0.35 ㎥",
        wrap=True,
        expected=True,
        why="正答例: '50 cm × 70 cm × 100cm = 350000 ㎤' and '0.5 m × 0.7 m × 1 m = 0.35 ㎥'",
    ),
    _c(
        H40,
        H40_2566,
        gold=r"350000 ㎤",
        pred=r"3500",
        wrap=True,
        expected=False,
        why="ありがちな間違い: '50 × 70 × 1 = 3500 のように ... 意味不明な答えになります'",
    ),
    _c(
        H40,
        H40_2566,
        gold=r"350000 ㎤",
        pred=r"3500 ㎠ × m",
        wrap=True,
        expected=True,
        why="'= 3500 ㎠ × 100 cm = 350000 ㎤ となり間違いを、見事挽回'",
    ),
    # study.hanatooyatsu.com: t, kg and g
    _c(
        HANA,
        HANA_0409,
        gold=r"300Kg",
        pred=r"0.3t",
        wrap=True,
        expected=True,
        why="'0.3tは何kgか?' ... '0.3t=0.1t×3=100Kg×3=300Kg と答えることができます'",
    ),
    _c(
        HANA,
        HANA_0409,
        gold=r"0.05kg",
        pred=r"50g",
        wrap=True,
        expected=True,
        why="'50gは何kgか?' ... '50g=10g×5=0.01kg×5=0.05kg とわかります'",
    ),
    # mathwords.net wariaibuai: 割合, 歩合 (割 分) and 百分率 for one ratio
    _c(
        MWN,
        MWN_BUAI,
        gold=r"5割",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'割合が $0.5$歩合が5割百分率が50%というのは、表現は異なりますが、全て同じことを表しています'",
    ),
    _c(
        MWN,
        MWN_BUAI,
        gold=r"50%",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why=r"'$0.5$ という割合百分率に直すと、$0.5\times 100=50$%になります'",
    ),
    _c(
        MWN,
        MWN_BUAI,
        gold=r"0.3",
        pred=r"3割",
        wrap=True,
        expected=True,
        why=r"'3割という歩合割合に直すと、$3\div 10=0.3$になります'",
    ),
    _c(
        MWN,
        MWN_BUAI,
        gold=r"0.37",
        pred=r"37%",
        wrap=True,
        expected=True,
        why=r"'$37$%という百分率割合に直すと、$37\div 100=0.37$'",
    ),
    _c(
        MWN,
        MWN_BUAI,
        gold=r"0.25",
        pred=r"2割5分",
        wrap=True,
        expected=True,
        why="変換表 row '0.25 2割5分 25%'",
    ),
    _c(
        MWN,
        MWN_BUAI,
        gold=r"0.05",
        pred=r"0割5分",
        wrap=True,
        expected=True,
        why="変換表 row '0.05 0割5分 5%'",
    ),
]

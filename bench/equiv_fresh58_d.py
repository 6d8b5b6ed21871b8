r"""A fifty-eighth fresh set of answer-equivalence cases (evaluation only; helper "d": school maths
answer pages in Japanese, Korean, Thai, Vietnamese, Indonesian and Chinese that give one answer in
several forms -- fractions written natively (2分の1, 13分の1, 5분의 1), decimals with a point or
a decimal comma, percents and their native names (歩合 3割8分, ร้อยละ 9), mixed numbers, areas
and lengths with native or ligature units (平方センチメートル, ㎠, เซนติเมตร, tấn, ngày),
inequalities against intervals and sets -- or where a teacher, an answer key or an article settles
whether a form is the answer or not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed in /work/wt/fresh58_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page. ``repo`` is the domain of the stored copy (for the
proxied hatena copy, the proxy's domain) and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh58_d2.py
and bench/equiv_fresh58_d3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them: native numerals and units kept
("13分の1", "3割8分", "7 เมตร 50 เซนติเมตร", "0,3 tấn"), the decimal comma kept ("20,125",
"0,56{m^2}"), thousands commas kept ("10,000cm²"), the unit glyphs kept as printed ("cm²", "㎠",
"㎡", "m^2"), LaTeX kept as LaTeX with its odd bracing ("0,56{m^2}", "56d{m^2}",
"7\!\dfrac{4}{9}"), the unicode minus kept ("(−5,−2)"). Inline-math delimiters ($ $, \( \)) are
dropped and the text inside kept. Where a page writes a chain "a = b = c" (a conversion, or a
fraction = decimal = percent table), the form the exercise asks for is the gold and each other
member of the chain a True pred; where the page asks "X is how many Y?" and answers, the answer
is the gold and X, which the page states equal, a pred (as bench/equiv_fresh57_d.py did). A
refused pred is a form the page names as the wrong answer (trilltrill's "1m²=100cm²", ameblo's
"200㎠", kobetsu-base's "-13", insight's "1" and "25") or one it states is not equal ("0分の0ではな
く", "22 มิลลิเมตร สั้นกว่า ...", "750 เซนติเมตร ยาวกว่า 730 เซนติเมตร"); insight 336826's "50" is
one of the four offered options whose answer the page says is 100.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- andgirl.jp culture 57079 ("3÷9" quiz: "答えは「3/9」になります。これを約分すれば「1/3」"; its
  example "1÷2 ... 0.5 ... 1/2 ... 5/10 ... 同じ結果"). 3 cases.
- andgirl.jp culture 57080 ("2/5をパーセントに直すと?": "40/100となるため、答えは「40%」"). 2 cases.
- buzzmag.jp archives 98909 (a niece's "3.9+5.1=9.0" marked down; the page, quoting Tokyo
  Shoseki's FAQ: "「9」と「9.0」に違いはありません" and ".0を表記しても、間違いではない"). 1 case.
- kobetsu-base.com node 1307 (a cram-school teacher: "13の逆数は?" ⇒ "-13" ... "答えはもちろん13分
  の1"). 1 case (1 False).
- bcaweb.bai.ne.jp ~aik28501 custom3195 (a teacher on a 5th-grade number line: 0.5 = 10分の5 =
  2分の1, 4分の3 = 0.75, 2 = 1分の2, "0を分数に ... 0分の0ではなく、1分の0"). 6 cases (1 False).
- trilltrill.jp articles 3214361, 3288838 and 3399036 (1m², (3/8)m² and 4m² in cm²; "よくある間違
  いが「1m²=100cm²」", "4㎡=?㎠ → 400㎠じゃないよ!"). 5 cases (2 False).
- ameblo.jp hudousan7 entry-12835291500 (a realtor's blog quiz: "2㎡は何㎠" ... "200㎠だ" "残念、
  不正解です" ... "2㎡=20,000㎠"). 2 cases (1 False).
- minitsukujuku.com "1m2-10000cm2" ("1平方メートル=10000平方センチメートル"). 1 case.
- sugaku.fun "percentage-commission" (問題1 "0.38を百分率・歩合で": "38%", "3割8分"). 2 cases.
- jukensansuu.net 百分率と歩合 page_1 ("0.85倍=85%=8割5分 上の3つは、まったく同じ意味"). 2 cases.
- melakarnets.com proxy of b.hatena.ne.jp/takehikom (a bookmarked 割合 lesson: "0.13=13%=1割3分
  0.049=4.9%=4分9厘 0.703=70.3%=7割3厘"). 6 cases.

Sources of bench/equiv_fresh58_d2.py:

- insight.co.kr news 363511 ("10의 절반을 5분의 1로 나누면?": "1은 정답이 아니다. 오답이다. 이 문
  제의 정답은 바로 25다"; the page also reports a few readers' wording-based reading giving 1,
  which does not touch the arithmetic it settles). 1 case (1 False).
- www.insight.co.kr amp news 336826 ("100의 절반을 1/2로 나누면?", options 25, 50, 100, 200: "정답
  은 바로 '100'"). 2 cases (2 False).
- thaiedujobs.com lessons/elementary/math/exercise/11 (Thai key, mixed numbers to improper
  fractions: "$7\!\dfrac{4}{9} = \dfrac {67}{9}$" ...). 4 cases.
- www.scribd.com 520234053 (key to a Thai grade-3 NT practice test: "7 เมตร 50 เซนติเมตร ... = 750
  เซนติเมตร", "750 เซนติเมตร ยาวกว่า 730 เซนติเมตร", "22 มิลลิเมตร สั้นกว่า 20 เซนติเมตร 2
  มิลลิเมตร", "3 เมตร 50 เซนติเมตร ... = 350 เซนติเมตร"). 5 cases (2 False).
- www.trueplookpanya.com knowledge 2015-002251 ("ร้อยละ 9 = 9% = 9/100 = 0.09", "ร้อยละ 150 =
  150% = 150/100 = 1.5"). 5 cases.
- loga.vn hoi-dap 900135 ("$20,125$ = $\dfrac{20125}{1000}$" ...). 3 cases.
- loga.vn hoi-dap 2171042 ("20 cm = 2 dm", "300 kg = 0,3 tấn", "45 giờ = 1,875 ngày", "78 phút
  =4680 giây", "9 tạ =0,9 tấn"). 5 cases.
- hoc24.vn cau-hoi 182344292124 ("x > 2 ... Vậy tập nghiệm của BPT: {x/x > 2}"). 1 case.

Sources of bench/equiv_fresh58_d3.py:

- dapandethi.vn "12-viet-cac-so-do-dien-tich-duoi-dang-so-thap-phan" (grade-5 key, areas as
  decimals: "56d{m^2} = \dfrac{{56}}{{100}}{m^2} = 0,56{m^2}", "5,34km^2= ... = 5km^2 \;34ha =
  534ha" ...). 11 cases.
- dedetaufik.blogspot.com 2021/11 "cara-mengubah-pecahan-biasa-ke-persen" (worked examples: "Jadi,
  ½ = 50/100 = 50%", "Jadi, 2/25 diubah ke persen menjadi 8/100 = 8%" ...). 7 cases.
- query.libretexts.org, simplified-Chinese "10.2:求解和绘制不等式,以及用区间表示法写出答案" (each
  final answer in inequality form and in interval form: "2 ≤ x < 6" / "[2, 6)", "−5<x<−2" /
  "(−5,−2)", "−4 < x ≤ 6" / "(−4, 6]"). 3 cases.

78 cases in all (10 False): 31 here (5 False), 26 in bench/equiv_fresh58_d2.py (5 False), 21 in
bench/equiv_fresh58_d3.py (0 False).

Left out, by rule: refusals that are only about form when the value is the same (the Japanese
center-test rule on weblio, "−4a/6" refused for "−2a/3" as not in lowest terms; trilltrill 4295195,
"5+49/30" refused for "6+19/30" as a mixed number with an improper part; a 2nd-grade "1.2+6.8=8"
marked wrong for want of "8.0" on piwik.fun01.cc, which its readers dispute; the mirae-n grade-5
key's "대분수 또는 기약분수로 나타내지 않아도 됩니다", whose fractions the conversion stacked);
forms where teachers on the page disagree (oshiete.goo.ne.jp 6388987, 90/30 left as "1分の3":
one teacher accepted, one refused, the answerer would give 50-80%; bcaweb's "4分の2" and "4分の8",
which one teacher proposes and the author would rather reduce); the Thai NT key's "7 เมตรครึ่ ง",
broken by a stray space from the PDF conversion; approximate pairs (akisuke-5656's "3分の2は約
66.7%", onlinetoolkit's "2/3 0,67 66,67%"); intermediate steps that are not an answer (hoctop1's
0,44 = 11/25 on the way to -14; dapandethi's further hỗn số steps); single forms with no second
form stated; fractions lost or stacked by the text conversion (kejarcita "101 sama dengan",
shuxuele metric area, kelasbulely, gilbut and 123dok Korean keys, app.ixiawen "{x|x> ... 3 4}",
tokyo-shoseki FAQ 671 whose fractions are images).

Examined and not used: juduo.cc 5979784 (used by bench/equiv_fresh49_b.py); thaiedujobs exercises
13, 17, 18, andgirl 56922, trilltrill 4115061 and other pages named in earlier sets; trilltrill
4118798 (the same 1m^2 quiz as 3214361); takehikom.hateblo.jp 2020/04/28 (claimed; its excerpt
gives the ratio 25/8 only as a Ruby output, with no second form stated); tiatiaran.blogspot.com
(its "0,5= 5/10 ... = 50/100=1 1/4" is wrong on the page); traloihay.net d0yZ2Poj (its "x≥ 8/3 ...
Vậy S = {x/x ≥ 2}" contradicts itself); scribd 510365067 (∞ lost and signs flipped); sciencenet
.seesaa.net 444470945 (argues "9.0" against "9" from significant figures, against buzzmag's
source); the 163.com "6+2=8" goose story (not a form question); lishi.datouwang.com,
rdsic.edu.vn, lnwquiz.com, sensei-ai.app, questionai.id, gauthmath, sorumatik and similar
generated or AI pages; Chinese tag and title-only pages (abg.baidu.com, xiaoyuandeng.com,
jiukunfgc.com, zhetiaohe.com) whose stored text is a title only.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AND = "andgirl.jp"
AND_57079 = "https://andgirl.jp/culture/57079"
AND_57080 = "https://andgirl.jp/culture/57080"
BUZ = "buzzmag.jp"
BUZ_98909 = "https://buzzmag.jp/archives/98909"
KOB = "kobetsu-base.com"
KOB_1307 = "https://kobetsu-base.com/node/1307"
BCA = "bcaweb.bai.ne.jp"
BCA_3195 = "https://bcaweb.bai.ne.jp/~aik28501/custom3195.html"
TRI = "trilltrill.jp"
TRI_3214361 = "https://trilltrill.jp/articles/3214361"
TRI_3288838 = "https://trilltrill.jp/articles/3288838"
TRI_3399036 = "https://trilltrill.jp/articles/3399036"
AME = "ameblo.jp"
AME_2835 = "https://ameblo.jp/hudousan7/entry-12835291500.html"
MIN = "minitsukujuku.com"
MIN_M2 = "https://minitsukujuku.com/1m2-10000cm2"
SUG = "sugaku.fun"
SUG_PC = "https://sugaku.fun/percentage-commission/"
JUK = "jukensansuu.net"
JUK_HB = "https://jukensansuu.net/table_of_contents/wariaitohi/wariai/hyakubunritsubuai/page_1"
MELA = "melakarnets.com"
MELA_HTN = (
    "https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fb.hatena.ne.jp%2Ftakehikom%2F"
    "%25E3%2581%258F%25E3%2582%2582%25E3%2582%258F%2F"
)
# sources of bench/equiv_fresh58_d2.py
INS = "insight.co.kr"
INS_363511 = "https://insight.co.kr/news/363511"
INS_336826 = "https://www.insight.co.kr/amp/news/336826"
TEJ = "thaiedujobs.com"
TEJ_11 = "https://thaiedujobs.com/lessons/elementary/math/exercise/11"
SCR = "www.scribd.com"
SCR_520 = "https://www.scribd.com/document/520234053/เฉลยข-อสอบ-NT-คณิตศาสตร-ป-3-ชุด-2"
TPP = "www.trueplookpanya.com"
TPP_2251 = "http://www.trueplookpanya.com/new/cms_detail/knowledge/2015-002251/"
LOGA = "loga.vn"
LOGA_900135 = (
    "https://loga.vn/hoi-dap/"
    "viet-duoi-dang-so-phan-so-thap-phan-20-125-15-678-7-162-giup-minh-voi-a-900135"
)
LOGA_2171042 = "https://loga.vn/hoi-dap/2171042"
HOC = "hoc24.vn"
HOC_182344 = "https://hoc24.vn/cau-hoi/giai-cac-bpt-sau-x-1x2x-123.182344292124"
# sources of bench/equiv_fresh58_d3.py
DAP = "dapandethi.vn"
DAP_12 = "https://dapandethi.vn/12-viet-cac-so-do-dien-tich-duoi-dang-so-thap-phan"
DED = "dedetaufik.blogspot.com"
DED_PP = "https://dedetaufik.blogspot.com/2021/11/cara-mengubah-pecahan-biasa-ke-persen.html"
LIB = "query.libretexts.org"
LIB_102 = (
    "https://query.libretexts.org/%E7%AE%80%E4%BD%93%E4%B8%AD%E6%96%87/"
    "%E5%95%86%E4%B8%9A%E4%B8%8E%E7%A4%BE%E4%BC%9A%E7%A7%91%E5%AD%A6%E5%BE%AE%E7%A7%AF%E5%88%86"
    "%E5%BF%85%E5%A4%87%E6%89%8B%E5%86%8C%EF%BC%88%E5%A4%9A%E6%98%8E%E6%A0%BC%E6%96%AF%E3%80%81"
    "%E9%A9%AC%E4%B8%81%E5%86%85%E6%96%AF%E5%92%8C%E8%B5%9B%E5%8D%A1%E5%88%A9%EF%BC%89/"
    "10%3A_%E4%B8%8D%E5%B9%B3%E7%AD%89/10.02%3A_10.2%EF%BC%9A%E6%B1%82%E8%A7%A3%E5%92%8C%E7%BB"
    "%98%E5%88%B6%E4%B8%8D%E7%AD%89%E5%BC%8F%EF%BC%8C%E4%BB%A5%E5%8F%8A%E7%94%A8%E5%8C%BA%E9%97"
    "%B4%E8%A1%A8%E7%A4%BA%E6%B3%95%E5%86%99%E5%87%BA%E7%AD%94%E6%A1%88"
)

CASES = [
    # andgirl.jp 57079: 3÷9 as a fraction; 1÷2 as 0.5, 1/2 and 5/10
    _c(
        AND,
        AND_57079,
        gold="1/3",
        pred="3/9",
        wrap=True,
        expected=True,
        why="'「3÷9」の答えは「3/9」になります。これを約分すれば「1/3」になります'",
    ),
    _c(
        AND,
        AND_57079,
        gold="0.5",
        pred="1/2",
        wrap=True,
        expected=True,
        why="'1÷2を計算すると答えは0.5ですよね?「1÷2」を分数にした1/2' ... '同じ結果'",
    ),
    _c(
        AND,
        AND_57079,
        gold="0.5",
        pred="5/10",
        wrap=True,
        expected=True,
        why="'「5/10」になります。5/10を小数に直せば0.5となり、同じ結果だとわかります'",
    ),
    # andgirl.jp 57080: 2/5 as a percent
    _c(
        AND,
        AND_57080,
        gold="40%",
        pred="2/5",
        wrap=True,
        expected=True,
        why="'2/5をパーセントに直すと?' ... '答えは「40%」'",
    ),
    _c(
        AND,
        AND_57080,
        gold="40%",
        pred="40/100",
        wrap=True,
        expected=True,
        why="'(2×20)/(5×20)=40/100となるため、答えは「40%」になります'",
    ),
    # buzzmag.jp 98909: 3.9+5.1 written as 9.0, marked down by a teacher; the page settles it
    _c(
        BUZ,
        BUZ_98909,
        gold="9",
        pred="9.0",
        wrap=True,
        expected=True,
        why="'「9」と「9.0」に違いはありません' ... '「.0」を表記しても、間違いではないとのこと'",
    ),
    # kobetsu-base.com node 1307: a cram-school teacher on a pupil's reciprocal
    _c(
        KOB,
        KOB_1307,
        gold="13分の1",
        pred="-13",
        wrap=True,
        expected=False,
        why="'「13の逆数は?」⇒「-13」' ... 'とはいかず、答えはもちろん13分の1(分数表記)'",
    ),
    # bcaweb.bai.ne.jp aik28501: a teacher on the decimal/fraction number line of a 5th-grade book
    _c(
        BCA,
        BCA_3195,
        gold="0.5",
        pred="2分の1",
        wrap=True,
        expected=True,
        why="'0.5の下の分数は、10分の5にし、約分をして2分の1となります'",
    ),
    _c(
        BCA,
        BCA_3195,
        gold="0.5",
        pred="10分の5",
        wrap=True,
        expected=True,
        why="'0.5の下の分数は、10分の5にし、約分をして2分の1となります'",
    ),
    _c(
        BCA,
        BCA_3195,
        gold="4分の3",
        pred="0.75",
        wrap=True,
        expected=True,
        why="'4分の3の上の小数は、3÷4で0.75となります'",
    ),
    _c(
        BCA,
        BCA_3195,
        gold="2",
        pred="1分の2",
        wrap=True,
        expected=True,
        why="'2の下の分数は何でしょう。これは1分の2となるでしょう'",
    ),
    _c(
        BCA,
        BCA_3195,
        gold="0",
        pred="1分の0",
        wrap=True,
        expected=True,
        why="'0を分数に無理矢理直すと、0分の0ではなく、1分の0でしょう'",
    ),
    _c(
        BCA,
        BCA_3195,
        gold="0",
        pred="0分の0",
        wrap=True,
        expected=False,
        why="'0を分数に無理矢理直すと、0分の0ではなく、1分の0でしょう'",
    ),
    # trilltrill.jp 3214361: 1m² in cm²; the common wrong answer named
    _c(
        TRI,
        TRI_3214361,
        gold="10,000cm²",
        pred="100cm²",
        wrap=True,
        expected=False,
        why="'よくある間違いが「1m²=100cm²」としてしまうことです' ... '答えは「10,000cm²」'",
    ),
    _c(
        TRI,
        TRI_3214361,
        gold="10,000cm²",
        pred="1m²",
        wrap=True,
        expected=True,
        why="'1m²は、何cm²ですか?' ... 'さて、答えは「10,000cm²」です'",
    ),
    # trilltrill.jp 3288838: (3/8)m² in cm²
    _c(
        TRI,
        TRI_3288838,
        gold="3,750cm²",
        pred="(3/8)m²",
        wrap=True,
        expected=True,
        why="'(3/8)m² =(3/8)×10,000cm² =3×1250cm² =3,750cm²'",
    ),
    # trilltrill.jp 3399036: 4m² in cm²; title refuses 400㎠
    _c(
        TRI,
        TRI_3399036,
        gold="40,000cm²",
        pred="400㎠",
        wrap=True,
        expected=False,
        why="title '「4㎡=?㎠」→400㎠じゃないよ!'; '今回の答えは「40,000cm²」'",
    ),
    _c(
        TRI,
        TRI_3399036,
        gold="40,000cm²",
        pred="4m²",
        wrap=True,
        expected=True,
        why="'4m² =4×10,000cm² =40,000cm²'",
    ),
    # ameblo.jp hudousan7: 2㎡ in ㎠, a wrong guess refused
    _c(
        AME,
        AME_2835,
        gold="20,000㎠",
        pred="200㎠",
        wrap=True,
        expected=False,
        why="'答えは200㎠だ~!!!' '残念、不正解です。' ... '答えは「2㎡=20,000㎠」'",
    ),
    _c(
        AME,
        AME_2835,
        gold="20,000㎠",
        pred="2㎡",
        wrap=True,
        expected=True,
        why="'この問題の答えは「2㎡=20,000㎠」です'",
    ),
    # minitsukujuku.com: units written in katakana words
    _c(
        MIN,
        MIN_M2,
        gold="10000平方センチメートル",
        pred="1平方メートル",
        wrap=True,
        expected=True,
        why="'つまり、1平方メートル=10000平方センチメートルになる'",
    ),
    # sugaku.fun percentage-commission: 0.38 as a percent and in 歩合 (割分厘)
    _c(
        SUG,
        SUG_PC,
        gold="0.38",
        pred="38%",
        wrap=True,
        expected=True,
        why="'0.38を百分率・歩合でそれぞれ表わせ。百分率:38% 歩合:3割8分'",
    ),
    _c(
        SUG,
        SUG_PC,
        gold="0.38",
        pred="3割8分",
        wrap=True,
        expected=True,
        why="'0.38を百分率・歩合でそれぞれ表わせ。百分率:38% 歩合:3割8分'",
    ),
    # jukensansuu.net 百分率と歩合: three names of one ratio
    _c(
        JUK,
        JUK_HB,
        gold="85%",
        pred="8割5分",
        wrap=True,
        expected=True,
        why="'0.85倍=85%=8割5分 上の3つは、まったく同じ意味です。'",
    ),
    _c(
        JUK,
        JUK_HB,
        gold="85%",
        pred="0.85倍",
        wrap=True,
        expected=True,
        why="'0.85倍=85%=8割5分 上の3つは、まったく同じ意味です。'",
    ),
    # melakarnets proxy of b.hatena.ne.jp/takehikom: a bookmarked lesson's 割合 table
    _c(
        MELA,
        MELA_HTN,
        gold="0.13",
        pred="13%",
        wrap=True,
        expected=True,
        why="'例えば 0.13=13%=1割3分 0.049=4.9%=4分9厘 0.703=70.3%=7割3厘 です'",
    ),
    _c(
        MELA,
        MELA_HTN,
        gold="0.13",
        pred="1割3分",
        wrap=True,
        expected=True,
        why="'例えば 0.13=13%=1割3分 ...'",
    ),
    _c(
        MELA,
        MELA_HTN,
        gold="0.049",
        pred="4.9%",
        wrap=True,
        expected=True,
        why="'... 0.049=4.9%=4分9厘 ...'",
    ),
    _c(
        MELA,
        MELA_HTN,
        gold="0.049",
        pred="4分9厘",
        wrap=True,
        expected=True,
        why="'... 0.049=4.9%=4分9厘 ...'",
    ),
    _c(
        MELA,
        MELA_HTN,
        gold="0.703",
        pred="70.3%",
        wrap=True,
        expected=True,
        why="'... 0.703=70.3%=7割3厘 です'",
    ),
    _c(
        MELA,
        MELA_HTN,
        gold="0.703",
        pred="7割3厘",
        wrap=True,
        expected=True,
        why="'... 0.703=70.3%=7割3厘 です'",
    ),
]

r"""A hundred-and-second fresh set of answer-equivalence cases (evaluation only; helper "b": Chinese
(simplified and traditional) and Japanese answer keys, worked solutions and question-and-answer
threads that give one answer in two forms or name a form as wrong -- interval, set-builder and
inequality notation with 或 and a letter U for the union, a single-choice key on 区间 with its
refused options, a Hong Kong marking scheme's "/" alternatives, radicals written two ways, Japanese
mixed numbers in LaTeX, fractions written with superscript and subscript digits, a Japanese Q&A on
taking -1 out of a squared bracket, and an area with the CJK unit sign ㎠).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh102_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the OKWave question, its cloudfront copy's domain; for the
teachers' forum, the bare IP address it is served from) and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned for
a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh102_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them -- full-width Chinese and Japanese
punctuation is not in any answer, but 且 and 或 inside set-builder and inequality answers are kept,
as are ∪ (duqu8) and the capital letter U that togowu.cn uses for the union, ∞ with its sign,
togowu's ∑ (used by the asker as a positive constant), √ and "/" with the spaces the forum puts
round them, the superscript and subscript digits of onlinedentaku.com (⁴⁷/₄₂), the unit sign ㎠,
and the braces of the OKWave answers ({2(x+1)}^2). LaTeX is kept as LaTeX: suukiso.com's
``\displaystyle`` is kept, its ``$`` delimiters and its ``\\[20pt]`` line breaks are dropped;
syntactic-sugar-note's ``\( \)`` delimiters are dropped. A leading "=" of a chain link is dropped.
Where a page writes a chain ``A = B = ... = Z`` (or "得 A,即 Z") and calls Z the answer, a written
link is paired with Z; where a single-choice key picks one option, the question's given form is
paired with the chosen option (True) and each other option with it (False); the gold is the form
the question asks for (the interval when a set is to be written as an interval, the set when an
interval is to be written as a set).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.duqu8.com course/14/14978/20986 (《区间》, five 人教版 single-choice items with 题目答案 and
  答案解析: "集合{x|x>0且x≠2}用区间表示为:(0,2)∪(2,+∞). 故选C.", "不等式-8≤x<15的区间形式是
  [-8,15)", "区间(-3,2]可表示为:{x|-3<x≤2}", "数集A={x|0≤x<5或x>10}可以用区间[0,5)∪(10,+∞)
  表示", "集合{x|x≤-1}用区间表示为(-∞,-1]"; the other options are refused). 18 cases (13 False).
- www.togowu.cn article/xnhwrd (a copied question-and-answer thread, "解下列不等式,并用区间表示不等式
  的解集": the first answer ends each item "合并起来得 ... ,即 (interval)", e.g. "x≤-5或5≤x,即
  (-∞,-5]U[5,+∞)"; the second answer agrees on items 2 and 3). 8 cases.
- 114.34.34.81 teachers/viewtopic.php?start=10&t=2540 (a Taiwanese teachers' forum thread on a
  教甄 paper: "所求 = 134 + 27 + 5 + 1 = 167"; "cosA = AE / AB = AD / AB = √2 / √5 = √10 / 5" and,
  by the 計算題 method, "cosA = 1 / √(5/2) = √10 / 5"). 3 cases.
- www.scribd.com document 703277128 (2022 年全港性系統評估 中學三年級數學 評卷參考: 9MC1 乙部 21
  "C = 4 / +4", 34 "GF / FG"). 2 cases.

Sources of bench/equiv_fresh102_b2.py:

- d3vj4k4n1zwj.cloudfront.net qa/q6637962 (an OKWave question, "3(-4-p)^2のカッコのなかを-1で
  くくって、-3(4+p)^2とすることはできますか?": the best answer "3(-4-p)^2=3{-(4+p)}^2 ...
  =3(4+p)^2" and "(2x+2)^2={2(x+1)}^2=2(x+1)^2 とすれば間違い"; No.2's chains; No.1 "(3+6p)^2 =
  3(1+2p)^2 [???] みたいなのはおかしいでしょ。 正しくは (3+6p)^2 = (3(1+2p))^2 = 9(1+2p)^2").
  10 cases (3 False).
- suukiso.com fraction/fraction04.php (帯分数の足し算と引き算: "2\frac{4}{5}+4\frac{3}{5}" worked
  to "6\frac{7}{5}", "仮分数は帯分数に 7\frac{2}{5}"; "3\frac{1}{2}-1\frac{1}{6}" worked through
  "3\frac{3}{6}-1\frac{1}{6}" and "2\frac{2}{6}" to "約分 2\frac{1}{3}"). 6 cases.
- onlinedentaku.com fraction-calculator (a Japanese fraction calculator's worked examples:
  "⁵/₆ + ²/₇ = (5×7)/(6×7) + (2×6)/(7×6) = ³⁵/₄₂ + ¹²/₄₂ = ⁴⁷/₄₂"; "²/₅ + ¹/₄ + ³/₈ = ... =
  ⁶⁴/₁₆₀ + ⁴⁰/₁₆₀ + ⁶⁰/₁₆₀ = ¹⁶⁴/₁₆₀ = ⁴¹/₄₀"). 6 cases.
- syntactic-sugar-note.com kanagawa-university-jhs-2019-1-4 (a 中学入試 blank worked to
  "\dfrac{6}{5}(=1\dfrac{1}{5})", "◻︎=1\dfrac{1}{5}とわかります"; 補遺: a decimal answer
  "恐らく減点はされないが様式美として見栄えが悪い", "1.2と答えるのは避けた方が良い"). 3 cases.
- www.clearnotebooks.com ja/questions/745082 (a helper's "64×64×3.14=12861.44㎠ が答えとなるはず";
  the asker: "答えは一応、81.64㎠ですが"). 1 case (1 False).

57 cases in all (17 False): 31 here (13 False), 26 in bench/equiv_fresh102_b2.py (4 False).

Left out, by rule: refusals that are only about the form of an equal value (school-turnup.com
13868, where "x2+2xy+y2-4" is "因数分解した式とは言えません" for (x+y)^2-4; the weblio.jp copy of
the centre-exam article, −4a/6 for −2a/3, already left out by bench/equiv_fresh69_b.py);
syntactic-sugar-note's hedged "1.2と答えるのは避けた方が良い" is read for the value only (the author
expects no loss of marks) and kept; items the page itself leaves unsettled (togowu item 1,
0<(X-2)2<4, where the first answer gives (0,4) and the second (2,4), and neither leaves out x=2);
options whose brackets the stored copy lost (duqu8 Q1 options A and D, both printed "(0,2)");
the scribd scheme's repeated "4 / +4" (item 25, the same pair as item 21, taken once), its
accepted range "(可接受範圍: 0.25 與 0.5 之間)" whose answer the conversion scattered, and its
"必須全對及順序" and "不考慮單位" notes, for which no refused or unit-bearing form is written;
chain links written with segment names (the forum's "AE / AB", "AD / AB") or with typesetting
annotations (suukiso's "\scriptsize{\times3}" and "\scriptsize{\div2}" links), and suukiso's
繰り下げ example, whose answer the excerpt cuts off; OKWave No.2's links with the factor (-1)
written out were not all taken (one link per chain).

Examined and not used: wanglu.net t12-336550 (a 2012 TSA marking scheme whose minus signs, π and
degree signs the copy turned into "C" and "?"); sizea.jp yakubun (its "57分の38を約分すると「2分の3」"
misstates its own reduction); 123dok.co Korean answer books (기탄수학, 개념원리 RPM, 수학의 바이블 BOB,
유형콕: radicals and fractions in a font encoding, "'∂0.1", "Ñ'¶10", ";2!;"); app.ixiawen.com 7176561
(its "x<1,或 x>3" disagrees with its own (-∞,0)∪(3,+∞)), 1931945 and 6636329 (one form each);
czqahb.com 1861514181141475867 (answers disagree); 360docs.net 0a28016333 and docsplayer/9lib
Taiwanese textbook copies (formulas garbled by the Word conversion); 7249.cn a82506 (a question
bank without answers); ja.scribd.com 385810664 (one form per answer); pcdvd.com.tw post
1082683617 (an order-of-operations dispute); tw.news.yahoo.com reports on a 1897−392 estimate and
a 5−3=2 dumpling item, and grapee.jp 259097 with sciencenet.seesaa.net on "9.0" for 9 (disputed
on the page or between pages); hbol.jp 207493 and ozl.jp 2018shi ({1}⊂A, one form only);
calculator pages (calculator.io/ja, calculory.com, calculator-365.com: outputs, or fractions
stacked by the conversion); machine-written pages (gongweng.com 601285, lanjian.net.cn,
m.dbcollege.cn, 57z7.com, 21xqjy.com, ja.lamscience.com); 4meee.com 30055531, paperzz.com 5588685
and morinogakko.com entowagomu (one form only); jendo.org 根號 (a worksheet without answers); Chinese
tag and search pages (zhetiaohe.com, abg.baidu.com/tags, jiukunfgc.com, hbbwzsytb.com: titles only);
and pages earlier sets used: query.libretexts.org 10.02 (bench/equiv_fresh58_d.py), math.fandom.com
平方根 and juduo.cc 5979784 (bench/equiv_fresh49_b.py), 123dok.com 10475348 and the trilltrill,
4yuuu, andgirl, mamagirl and megalodon copies of Japanese quiz articles, and the cloudfront copies
of OKWave q9284371 and q9551246 (bench/equiv_fresh53_c*.py, equiv_fresh61_e.py, equiv_fresh69_b*.py,
equiv_fresh94_b*.py).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DUQU = "www.duqu8.com"
DUQU_QJ = "http://www.duqu8.com/course/14/14978/20986.html"
TOGO = "www.togowu.cn"
TOGO_XN = "https://www.togowu.cn/article/xnhwrd"
TEA = "114.34.34.81"
TEA_2540 = "http://114.34.34.81/teachers/viewtopic.php?start=10&t=2540"
SCRIBD = "www.scribd.com"
SCRIBD_9MC = "https://www.scribd.com/document/703277128/2022-9MC-MS-P"
OKW = "d3vj4k4n1zwj.cloudfront.net"
OKW_6637 = "https://d3vj4k4n1zwj.cloudfront.net/qa/q6637962.html"
SUU = "suukiso.com"
SUU_F04 = "https://suukiso.com/fraction/fraction04.php"
DEN = "onlinedentaku.com"
DEN_FR = "https://onlinedentaku.com/fraction-calculator"
SSN = "syntactic-sugar-note.com"
SSN_KU = "https://syntactic-sugar-note.com/kanagawa-university-jhs-2019-1-4"
CLR = "www.clearnotebooks.com"
CLR_745 = "https://www.clearnotebooks.com/ja/questions/745082"

CASES = [
    # duqu8 《区间》: five single-choice items, set or inequality against interval; the key's
    # choice is equal, the other options are not
    _c(
        DUQU,
        DUQU_QJ,
        gold="(0,2)∪(2,+∞)",
        pred="{x|x>0且x≠2}",
        wrap=True,
        expected=True,
        why="Q1: '集合{x|x>0且x≠2}用区间表示为:(0,2)∪(2,+∞). 故选C.'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="(0,2)∪(2,+∞)",
        pred="(0,+∞)",
        wrap=True,
        expected=False,
        why="Q1 option B (0,+∞); the key: '故选C' ((0,2)∪(2,+∞)), 'x>0且x≠2'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[-8,15)",
        pred="-8≤x<15",
        wrap=True,
        expected=True,
        why="Q2: '不等式-8≤x<15的区间形式是[-8,15). 故选C.'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[-8,15)",
        pred="(-8,15]",
        wrap=True,
        expected=False,
        why="Q2 option B (-8,15]; '包含端点时用中括号,不包含用小括号', '故选C' ([-8,15))",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[-8,15)",
        pred="[-8,15]",
        wrap=True,
        expected=False,
        why="Q2 option D [-8,15]; the key: '故选C' ([-8,15)), 15 not included",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[-8,15)",
        pred="(15,-8)",
        wrap=True,
        expected=False,
        why="Q2 option A (15,-8); the key: '故选C' ([-8,15))",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="{x|-3<x≤2}",
        pred="(-3,2]",
        wrap=True,
        expected=True,
        why="Q3: '区间(-3,2]可表示为:{x|-3<x≤2} 故选C'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="{x|-3<x≤2}",
        pred="{x|-3<x<2}",
        wrap=True,
        expected=False,
        why="Q3 option B {x|-3<x<2}; the key: '故选C' ({x|-3<x≤2})",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="{x|-3<x≤2}",
        pred="{x|-3≤x≤2}",
        wrap=True,
        expected=False,
        why="Q3 option D {x|-3≤x≤2}; the key: '故选C' ({x|-3<x≤2})",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="{x|-3<x≤2}",
        pred="{-2,-1,0,1,2}",
        wrap=True,
        expected=False,
        why="Q3 option A {-2,-1,0,1,2}; the key: '故选C' ({x|-3<x≤2})",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[0,5)∪(10,+∞)",
        pred="{x|0≤x<5或x>10}",
        wrap=True,
        expected=True,
        why="Q4: '数集A={x|0≤x<5或x>10}可以用区间[0,5)∪(10,+∞)表示. 故选B.'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[0,5)∪(10,+∞)",
        pred="(0,5)∪(10,+∞)",
        wrap=True,
        expected=False,
        why="Q4 option A (0,5)∪(10,+∞); the key: '故选B' ([0,5)∪(10,+∞))",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[0,5)∪(10,+∞)",
        pred="[0,5]∪(10,+∞)",
        wrap=True,
        expected=False,
        why="Q4 option D [0,5]∪(10,+∞); the key: '故选B' ([0,5)∪(10,+∞))",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="[0,5)∪(10,+∞)",
        pred="(5,0]∪[10,+∞)",
        wrap=True,
        expected=False,
        why="Q4 option C (5,0]∪[10,+∞); the key: '故选B' ([0,5)∪(10,+∞))",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="(-∞,-1]",
        pred="{x|x≤-1}",
        wrap=True,
        expected=True,
        why="Q5: '集合{x|x≤-1}用区间表示为(-∞,-1], 故选:A'",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="(-∞,-1]",
        pred="(-∞,-1)",
        wrap=True,
        expected=False,
        why="Q5 option B (-∞,-1); the key: '故选:A' ((-∞,-1])",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="(-∞,-1]",
        pred="[-1,+∞)",
        wrap=True,
        expected=False,
        why="Q5 option C [-1,+∞); the key: '故选:A' ((-∞,-1])",
    ),
    _c(
        DUQU,
        DUQU_QJ,
        gold="(-∞,-1]",
        pred="(-1,+∞)",
        wrap=True,
        expected=False,
        why="Q5 option D (-1,+∞); the key: '故选:A' ((-∞,-1])",
    ),
    # togowu.cn xnhwrd: 解下列不等式,并用区间表示不等式的解集; the first answer ends each item '得 ... ,即
    # (interval)', the second lists 2.[-5,-1] 3.(-1,1]U[3,5)
    _c(
        TOGO,
        TOGO_XN,
        gold="[-5,-1]",
        pred="-5≤x≤-1",
        wrap=True,
        expected=True,
        why="2 (|X+3|≤2): '合并起来得-5≤x≤-1 ,即[-5,-1]'; the second answer: '2.[-5,-1]'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="(-1,1]U[3,5)",
        pred="3≤x<5或-1<x≤1",
        wrap=True,
        expected=True,
        why="3 (1≤|X-2|<3): '合并起来得3≤x<5或-1<x≤1,即(-1,1]U[3,5)'; the second answer: '3.(-1,1]U[3,5)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="(a-∑,a+∑)",
        pred="a-∑<x<a+∑",
        wrap=True,
        expected=True,
        why="4 (|X-a|<∑): '合并起来得a-∑<x<a+∑,即(a-∑,a+∑)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="((x0-δ)/a,(x0+δ)/a)",
        pred="(x0-δ)/a<x<(x0+δ)/a",
        wrap=True,
        expected=True,
        why="5 (|ax-x0|<δ): '合并起来得(x0-δ)/a<x<(x0+δ)/a,即((x0-δ)/a,(x0+δ)/a)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="(-∞,-5]U[5,+∞)",
        pred="x≤-5或5≤x",
        wrap=True,
        expected=True,
        why="6 (|x|≥5): '合并起来得x≤-5或5≤x,即(-∞,-5]U[5,+∞)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="(-∞,5)U(11,+∞)",
        pred="x<5或11<x",
        wrap=True,
        expected=True,
        why="7 (|x-8|>3): '于是x<5或11<x 合并起来得x<5或11<x,即(-∞,5)U(11,+∞)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="(-∞,-2)U(3,+∞)",
        pred="x>3或x<-2",
        wrap=True,
        expected=True,
        why="8 (x2-x-6>0): '合并起来得x>3或x<-2,即(-∞,-2)U(3,+∞)'",
    ),
    _c(
        TOGO,
        TOGO_XN,
        gold="[-2,1]",
        pred="-2≤x≤1",
        wrap=True,
        expected=True,
        why="9 (x2+x-2≤0): '合并起来得-2≤x≤1,即[-2,1]'",
    ),
    # 114.34.34.81 teachers' forum, thread 2540 (a 教甄 paper's 填充題 worked by thepiano): a count
    # and a cosine in two radical forms
    _c(
        TEA,
        TEA_2540,
        gold="167",
        pred="134 + 27 + 5 + 1",
        wrap=True,
        expected=True,
        why="填充第 4 題: '所求 = 134 + 27 + 5 + 1 = 167'",
    ),
    _c(
        TEA,
        TEA_2540,
        gold="√10 / 5",
        pred="√2 / √5",
        wrap=True,
        expected=True,
        why="第 8 題: 'cosA = AE / AB = AD / AB = √2 / √5 = √10 / 5'",
    ),
    _c(
        TEA,
        TEA_2540,
        gold="√10 / 5",
        pred="1 / √(5/2)",
        wrap=True,
        expected=True,
        why="第 8 題, 計算題的做法: 'y = √(5/2) cosA = 1 / √(5/2) = √10 / 5'",
    ),
    # scribd 703277128, 2022 TSA S3 mathematics marking scheme (評卷參考): '/' separates accepted
    # answers
    _c(
        SCRIBD,
        SCRIBD_9MC,
        gold="4",
        pred="+4",
        wrap=True,
        expected=True,
        why="9MC1 乙部 21: 'A = –2 B=0 ... C = 4 / +4' (全對才給分); likewise 25 '常數項是 4 / +4'",
    ),
    _c(
        SCRIBD,
        SCRIBD_9MC,
        gold="GF",
        pred="FG",
        wrap=True,
        expected=True,
        why="9MC1 乙部 34: 'GF / FG'",
    ),
]

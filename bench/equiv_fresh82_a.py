r"""An eighty-second fresh set of answer-equivalence cases (evaluation only; helper "a": Chinese
answer keys, grading remarks and question-and-answer threads for fill-in-the-blank and short maths
answers -- a key that gives two forms joined by "或" or "即", a true/false or multiple-choice key
that marks forms equal or not, a teacher's or pupil's note refusing a form (a rounded answer whose
trailing 0 is dropped, a number not in scientific notation), and Q&A replies telling an asker that
the book's form and another are the same).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh82_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh82_a2.py (same rules; its
sources are listed below too).

Transcription: strings are copied as the stored page shows them: the full-width "丨" and the Roman
numeral "Ⅹ" inside set-builder braces (uczhidao, yd166), "…" in "0.166…" and the words "6分之1"
(kc22), traditional characters (victorzhang, nyplumbingandhvac, weekendhk), a unit glued to its
number ("2.60m"), "÷", "×" and "∪". The LaTeX of jsqone.com and 91apu.com loses only its
``$ ... $`` delimiters (``300 ~ 000`` keeps its ``~`` space). Where a key joins forms with "或" or
"即", the form it names as the answer set (191i: "{x|x≥1}") is the gold and each other form a True
case; for a keyed multiple choice the keyed option is the gold and each other option a False case;
for a worked evaluation ("-(-2)=2") the value is the gold. For the rounding refusals the gold is the
form the task asks for (3.20 to two decimal places, 1.60 to 0.01, 2.60m on the drawing, 0.02030 to
four significant figures) and the pred the same value written with fewer digits, which the page
refuses.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.191i.com index.php/2139261887850057268 (|x+1|-|x-3|≥0: "解集是 {x|3>x≥1,或 x≥3},即
  {x|x≥1}", "故答案为 {x|x≥1}或[1,+∞)"). 3 cases.
- uczhidao.com wenda/86671449 (a copy of a 百度知道 thread: the exercise book writes
  {x丨x<1,或x≥2}=(-∞,1)∪[2,+∞); an answerer: "是两种表达方式。哪个都行"). 1 case.
- www.victorzhang.cn page/2025/0811/29376191 (a classroom story: 6.39×0.5 to two decimal places,
  "3.20后面的0不能省略", and the teacher agrees). 1 case (1 False).
- m.1010jiajiao.com xxsx/shiti_id_1f97878bc21c6f5f7b15aae43d0b6f8c (true/false key:
  "3.090=3.09=3.0900" is 正确). 2 cases.
- scholarmate.com S/Ol0jKV (a pupil's note: 1.5953 to 0.01 is 1.60, and the 0 cannot be dropped,
  "区别是精确度不同"). 1 case (1 False).
- m.nyplumbingandhvac.com timu_id_686871 (a question-bank copy of a textbook story: a shaft drawn as
  2.60m is made to the tolerance of 2.6m and scrapped). 1 case (1 False).
- 85l.net l/491550525278051972 ("3.06和3.060大小相等"). 1 case.
- 66zuoyewang.com zuoye/1577730 (rounding 0.020300 to four significant figures: 0.02030, and
  "一楼的0.020是错的"). 1 case (1 False).
- www.kc22.net 117863377-1-2aa7 (a copied Q&A thread: 0.166… is 15/90, 1/6, "6分之1"). 3 cases.
- m.qingguo.com topic/detail/961755 (keyed choice "下列各组数中相等的一组", answer B, each number
  worked out). 8 cases (2 False).

Sources of bench/equiv_fresh82_a2.py:

- m.yd166.com jiaoyu/5655913867 (a note on set-builder notation: "{Ⅹ丨Ⅹ>0}与{y丨y>0}是同一个集合",
  "{X∈R丨X>0}与{X∈Z|X>0}就是两个不同的集合"). 2 cases (1 False).
- jsqone.com 74e08a9e23d7c48e/56e9780467d81d74 (a republished lesson on 科学计数法: 7453 is
  7.453 \times 10^3, 0.00078 is 7.8 \times 10^{-4}, and a keyed choice for 300 000, answer B
  3 \times 10^5 against 0.3 \times 10^6, 3 \times 10^6 and 30 \times 10^4). 6 cases (3 False).
- 91apu.com e/DoPrint?classid=883&id=33333 (keyed choice for A∩B, answer D). 3 cases (3 False).
- weekendhk.com weekspecial/...-ctb029-jc-1354290 (a Hong Kong news item: 9÷9÷9÷9 is 1/81 by
  9×1/9×1/9×1/9; the boy's (9÷9)÷(9÷9), giving 1, is wrong). 4 cases (2 False).
- www.www66444.com.cn zuoye/10338655 (two answers factorising (2a+b)²-(a-b)²: "3a(a+2b)" and
  "3a * (a+2b)"). 1 case.
- m.yrrd.cn dadaaag/aaserre (a Q&A answer: "bn=n(n-1)/2 + 1 =(n^2-n+2)/2"). 1 case.

39 cases in all (15 False): 22 here (6 False), 17 in bench/equiv_fresh82_a2.py (9 False).

Left out, by rule: forms whose exponent or fraction the text conversion put on lines of their own
or lost (qingguo 961755's choice C, the squares of -2 and (-2); the scientific-notation choices on
1717abc.com, peixunla.com, wineducation.cn and 1010jiajiao.com 49798fbf..., whose "10^8" reads
"108"; daan888.com 8370251 and qingguo 162359, whose y=-(1/3)x+2 is stacked); the pair
"{X丨y=X^2 1}" / "{y|y=X^2 1}" on yd166 (its "+" is lost); the question's own set
"{x丨x-2/x-1≥0}" on uczhidao (an unbracketed fraction); "答案不唯一" keys whose other answers are
different objects, not other forms of the same answer (0flux.com czsx c3440a68...: "y=-x+1、
y=-2x+1…"; xiaoyuandeng.com ti-gszEq3rxiE0Xu50tOazU); approximations (weekendhk's "0.012345679 ...
大約就是1/81"); on 1010jiajiao, the items "②2和2.0相等,计数单位相同" (keyed 错误 for the 计数单位,
not the value) and "④57860000000≈578.6亿" (keyed 错误 with no reason given); on kc22, the third
reply "6/1最后结果是6/1" (neither accepted nor corrected on the page); on www66444, the links of the
factorisation ((2a+b)²-(a-b)² and the bracketed products), the second answer's expanded
"3a²+6ab" (equal, but not a factorised answer, and the page does not say whether it is accepted)
and the unfactorised links of its (x²+y²) item.

Examined and not used: app.ixiawen.com (used by bench/equiv_fresh49_b.py and claimed by fresh66);
uczhidao.com 49048465, juduo.cc 5979784 and math.fandom.com 平方根 (used by bench/equiv_fresh49_b.py);
uczhidao.com 33670665 (two replies give [4,正无穷大) and (4,+∞) for the same range and nobody
settles which is right); 13l.net 118731141 and 116p.com 1116942811537398059 (answers cut off);
gongweng.com 601285 (its own worked domain is wrong); trigonometric value chains on daan888.com
1602356, 58z.net 160126885, xiaoyuandeng.com tidCQi_7CPzAaVilzJiN0Pi, uyuyao.com 7015646 and
o15.net 1995941963277263507 (outside this set's topic of keys and accepted forms, and several links
write degree arguments without "°"); blog.sina.cn blog_4ac4896d0100cgvi (a blogger's table of
repeating decimals, outside the topic; its 1/49 row is misprinted); the Chinese freeCodeCamp guide
on radians (a repository file on a git mirror, not a web page); 大考中心 and 會考 評分原則 pages on
unews.com.tw and maiyajiaoan.com and mathconceptcollege.com's HKDSE marking notes (general rules
only, no stated forms); AI-written or generated pages on rounding, intervals and π (cq946.com,
01905.com, mjgov.cn, chuliansheji.com, haosanshui.com, lanjian.net.cn, rlut.cn, 8848wangxiao.com,
wanjiquan.com, slgri.com.cn, shigaofeng.com, kaoshi.educity.cn, cnm3.com) and spun copies
(dwgpr.com, zhenti.995866.com, mgmvw.com, tianhewen.com, taobaiwen.com); mathsolver.microsoft.com
(machine solutions); questionai, guidefoot and math.bot pages (AI answers). Searches for 评分细则,
"写成…也给分", "未化简不给分" and "不写单位扣分" returned only tag pages, and the search budget of
this session ran out before more sources could be looked for.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

I191 = "www.191i.com"
I191_2139 = "https://www.191i.com/index.php/2139261887850057268.html"
UCZ = "uczhidao.com"
UCZ_866 = "https://uczhidao.com/wenda/86671449/再问一个高一数学的基础问题"
VZ = "www.victorzhang.cn"
VZ_2937 = "http://www.victorzhang.cn/page/2025/0811/29376191.shtml"
JJ = "m.1010jiajiao.com"
JJ_1F97 = "http://m.1010jiajiao.com/xxsx/shiti_id_1f97878bc21c6f5f7b15aae43d0b6f8c"
SM = "scholarmate.com"
SM_OL0 = "https://scholarmate.com/S/Ol0jKV"
NYP = "m.nyplumbingandhvac.com"
NYP_686 = "http://m.nyplumbingandhvac.com/timu_id_686871"
L85 = "85l.net"
L85_4915 = "https://85l.net/l/491550525278051972.html"
Z66 = "66zuoyewang.com"
Z66_1577 = "https://66zuoyewang.com/zuoye/1577730"
KC = "www.kc22.net"
KC_1178 = "https://www.kc22.net/117863377-1-2aa7.html"
QG = "m.qingguo.com"
QG_9617 = "https://m.qingguo.com/topic/detail/961755.html"
YD = "m.yd166.com"
YD_5655 = "https://m.yd166.com/jiaoyu/5655913867.html"
JSQ = "jsqone.com"
JSQ_74E0 = "https://jsqone.com/74e08a9e23d7c48e/56e9780467d81d74.html"
APU = "91apu.com"
APU_33333 = "http://91apu.com/e/DoPrint?classid=883&id=33333"
WHK = "weekendhk.com"
WHK_9999 = "https://weekendhk.com/weekspecial/%e5%b0%8f%e5%ad%b8%e6%95%b8%e5%ad%b8%e9%a1%8c-%e8%a8%88%e6%95%b8-%e7%ad%94%e6%a1%88-ctb029-jc-1354290"
W66 = "www.www66444.com.cn"
W66_1033 = "https://www.www66444.com.cn/zuoye/10338655"
YR = "m.yrrd.cn"
YR_AAS = "https://m.yrrd.cn/dadaaag/aaserre"

CASES = [
    # 191i.com: a Q&A answer key for |x+1|-|x-3|≥0 giving the set, the interval and the chain
    _c(
        I191,
        I191_2139,
        gold=r"{x|x≥1}",
        pred=r"[1,+∞)",
        wrap=True,
        expected=True,
        why=r"'故答案为 {x|x≥1}或[1,+∞).'",
    ),
    _c(
        I191,
        I191_2139,
        gold=r"{x|x≥1}",
        pred=r"{x|3>x≥1,或 x≥3}",
        wrap=True,
        expected=True,
        why=r"'解集是 {x|3>x≥1,或 x≥3},即 {x|x≥1}.'",
    ),
    _c(
        I191,
        I191_2139,
        gold=r"{x|x≥1}",
        pred=r"x≥1",
        wrap=True,
        expected=True,
        why=r"title line: '不等式|x+1|-|x-3|≥0的解集是x≥1', then '故答案为 {x|x≥1}或[1,+∞).'",
    ),
    # uczhidao.com: an answerer tells the asker the exercise book's two forms are both fine
    _c(
        UCZ,
        UCZ_866,
        gold=r"(-∞,1)∪[2,+∞)",
        pred=r"{x丨x<1,或x≥2}",
        wrap=True,
        expected=True,
        why=r"'练习上的解答{x丨x<1,或x≥2}和(-∞,1)∪[2,+∞)是两种表达方式。哪个都行。'",
    ),
    # victorzhang.cn: a teacher's story, 6.39×0.5 to two decimal places; the trailing 0 may not be dropped
    _c(
        VZ,
        VZ_2937,
        gold=r"3.20",
        pred=r"3.2",
        wrap=True,
        expected=False,
        why=r"小馬 wrote '6.39×0.5≈3.2'; 小麗: '3.20后面的0不能省略'; the teacher: '小麗說得對'",
    ),
    # 1010jiajiao.com: a true/false key on decimals, item 9
    _c(
        JJ,
        JJ_1F97,
        gold=r"3.09",
        pred=r"3.090",
        wrap=True,
        expected=True,
        why=r"判断 '⑨3.090=3.09=3.0900' keyed '正确'",
    ),
    _c(
        JJ,
        JJ_1F97,
        gold=r"3.09",
        pred=r"3.0900",
        wrap=True,
        expected=True,
        why=r"判断 '⑨3.090=3.09=3.0900' keyed '正确'",
    ),
    # scholarmate.com: a pupil's note on 1.5953 to 0.1 and to 0.01
    _c(
        SM,
        SM_OL0,
        gold=r"1.60",
        pred=r"1.6",
        wrap=True,
        expected=False,
        why=r"'精确到0.01 ... 答案:...(2)1.60'; '1.60的百分位上的0能去掉吗?...它们的区别是精确度不同'",
    ),
    # nyplumbingandhvac.com (a question-bank copy): a shaft drawn as 2.60m, made to 2.6m and scrapped
    _c(
        NYP,
        NYP_686,
        gold=r"2.60m",
        pred=r"2.6m",
        wrap=True,
        expected=False,
        why=r"'把圖紙上的長度2.60m看成2.6m'; the shafts were scrapped: '兩個精確度不同的數' (2.6 to 0.1m, 2.60 to 0.01m)",
    ),
    # 85l.net: a Q&A on 3.06 and 3.060
    _c(
        L85,
        L85_4915,
        gold=r"3.06",
        pred=r"3.060",
        wrap=True,
        expected=True,
        why=r"'3.06和3.060大小相等,但计数单位却不同。是对的'",
    ),
    # 66zuoyewang.com: rounding 0.020300 to 4 significant figures; an answer corrects the first reply
    _c(
        Z66,
        Z66_1577,
        gold=r"0.02030",
        pred=r"0.020",
        wrap=True,
        expected=False,
        why=r"'有效数字是从左边第一个不为0的数算起,所以一楼的0.020是错的' ... '0.02030'",
    ),
    # kc22.net (a copy of a Q&A thread): 0.166... as a fraction
    _c(
        KC,
        KC_1178,
        gold=r"1/6",
        pred=r"6分之1",
        wrap=True,
        expected=True,
        why=r"first reply: '化成分数是6分之1'; the same reply: '15/90,即1/6'",
    ),
    _c(
        KC,
        KC_1178,
        gold=r"1/6",
        pred=r"15/90",
        wrap=True,
        expected=True,
        why=r"'所以0.166…化成分数是15/90,即1/6'; second reply: 'A=15/90=1/6'",
    ),
    _c(
        KC,
        KC_1178,
        gold=r"1/6",
        pred=r"0.166…",
        wrap=True,
        expected=True,
        why=r"'所以0.166…化成分数是15/90,即1/6'",
    ),
    # qingguo.com: key of 'which pair is equal' (answer B), each number worked out
    _c(
        QG,
        QG_9617,
        gold=r"+(-2)",
        pred=r"-(+2)",
        wrap=True,
        expected=True,
        why=r"'B、+(-2)=-2,-(+2)=-2,相等,故本选项正确'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"-(-2)",
        pred=r"-|+(-2)|",
        wrap=True,
        expected=False,
        why=r"'A、-(-2)=2,-|+(-2)|=-2,2≠-2,故本选项错误'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"-2",
        pred=r"|-2|",
        wrap=True,
        expected=False,
        why=r"'D、-2与|-2|=2不相等,故本选项错误'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"2",
        pred=r"-(-2)",
        wrap=True,
        expected=True,
        why=r"A: '-(-2)=2'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"-2",
        pred=r"-|+(-2)|",
        wrap=True,
        expected=True,
        why=r"A: '-|+(-2)|=-2'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"-2",
        pred=r"+(-2)",
        wrap=True,
        expected=True,
        why=r"B: '+(-2)=-2'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"-2",
        pred=r"-(+2)",
        wrap=True,
        expected=True,
        why=r"B: '-(+2)=-2'",
    ),
    _c(
        QG,
        QG_9617,
        gold=r"2",
        pred=r"|-2|",
        wrap=True,
        expected=True,
        why=r"D: '|-2|=2'",
    ),
]

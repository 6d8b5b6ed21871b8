r"""A sixty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": East Asian
answer keys and question-and-answer pages -- a Japanese prefectural entrance-exam mark scheme
(正答・評価基準 with its 「等も正答とする」 notes), Japanese teachers' and tutors' worked answers
(有理化, 約分, 帯分数, √ without the root sign), a Japanese Q&A thread (OKWave) settling equal forms
of a complex number, Japanese quiz pages that give the answer and the forms it was reached
through, a Japanese worksheet's 解答例, and a Chinese page of typical wrong answers (典型錯誤)
against the right ones (正確答案)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh69_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy (for the megalodon.jp archive copy, megalodon.jp) and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh69_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them -- LaTeX as LaTeX (purechan22 keeps
its ``\sqrt{2\ }`` and trailing ``\ \ `` spacing; dasumanabi its ``{\Large\frac{1}{2}}`` groups, a
space standing between the whole part and the fraction of a mixed number), plain-text fractions
with ``/``, ``√``, ``×``, ``÷``, the minus sign U+2212 where the page has it (trilltrill,
sugaku.club), full-width Japanese punctuation and katakana choice labels (``ア,エ``), the Chinese
enumeration comma ``、``, and Japanese ``と`` ("and") inside a refused two-value answer ("30と−30").
A left side like ``a=`` is dropped (sacramentoportraits 例4). Where a page writes a chain
``A = B = ... = Z`` and calls Z the answer, each written link is paired with Z (a chain's
unevaluated arithmetic such as ``1/3×5/3`` is kept: it is a value, not an operation on a function).
sugaku.club stores its worksheet one token per line ("(", "a", "+", "b", ")", ...); the tokens are
joined in order without spaces and nothing else is changed (only its expansion page 1A2-00, which
has no exponents, was used; on its factorisation pages the exponents are split off from their
bases, see below).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- purechan22.hatenablog.com 2022/12/13 (「平方根の有理化 上級者へ近づくための10問」: 第1問
  \frac{1}{\sqrt{2\ } -\sqrt{3}} worked to -\sqrt{2} -\sqrt{3}, 第2問 \frac{1}{\sqrt{5\ } +\sqrt{7}}
  worked to -\frac{\sqrt{5} -\sqrt{7}}{2}). 5 cases.
- xn--ruq67zglp.net archives/55 (「分数を約分するのときの注意」: 8/12 to 2/3; "(3x+6)/3 ...
  (x+2)/1=x+2とします"; "(6x+4)/3は、2x+4とはできません"; "(6x+4)/3を分解すると6x/3+4/3です").
  5 cases (1 False).
- dasumanabi.hatenablog.com 2023/01/24 (a tutor on answers like 1 3/2 and 2 4/3: "間違っては
  いないのですが", to be written 2 1/2 and 3 1/3; chains 1 12/8 = 1 3/2 = 2 1/2 and
  2 12/9 = 2 4/3). 4 cases.
- trilltrill.jp articles 4139299, 4335232 and 4295142 (√100, √400, √900 without the root sign:
  "正解は、「10」です" with "−10" called the 平方根/√ mix-up, "√4=√(2×2)=2", "√400=20", "30と−30と
  答えた人は ... 惜しくも不正解", "−30は含まれません"). 6 cases (3 False).
- okwave.jp qa q9126574 ("(1+i)/√2 =√i" thread: No.1 "(1+i)/√2=exp(iπ/4)=...", No.2
  "(1+i)/√2=cos(π/4)+i sin(π/4)=e^(iπ/4) =e^(i(π/2)/2)", No.4 "(1+i) = (√2)*e^(iπ/4)"). 5 cases.

Sources of bench/equiv_fresh69_b2.py:

- 123dok.com/jp docs 10475348 (a prefecture's 令和4年度 入学者選抜 学力検査問題 数学 正答・正答例
  及び評価基準: 1⑵ "-2x+3" with "⑵は,「3-2x」等も正答とする。"; 2⑴① "(辺) CM" with "「MC」も
  正答とする"; 2⑵② "ア,エ" with "順序は問わない"). 3 cases.
- 4yuuu.com articles 30043887 (1/3÷0.6 = 5/9, via 0.6 = 6/10 = (6÷2)/(10÷2) = 3/5) and 30027371
  (0.7÷7/2 = 1/5, via 0.7 = 7/10 and 7/10×2/7 = (7×2)/(10×7) = 14/70 = 1/5). 11 cases.
- megalodon.jp archive copy of trilltrill.jp 3767503 ("0.5+(1/4)×2" = 1, via 1/4×2 = 2/4 = 1/2,
  0.5+1/2, 1/2 = 0.5, 0.5+0.5). 6 cases.
- sugaku.club zf.php?d=1A2-00 (worksheet 「次の式を展開しなさい」, 解答例 (1)-(7), e.g.
  "(a−10)(b+7)=ab−10b+7a−70"). 7 cases.
- sacramentoportraits.com kaoshi/7108 (數學考試常見錯誤匯總及解析, a copied Chinese article: 例1
  "正確答案:3a、-2b 典型錯誤:3a、2b"; 例4 "典型錯誤:a=±1 ... 所以解得a=-1"). 2 cases (2 False).

54 cases in all (6 False): 25 here (4 False), 29 in bench/equiv_fresh69_b2.py (2 False).

Left out, by rule: refusals that are only about the form of an equal value (xn--ruq67zglp's 4/6 for
2/3, "ここで終わってしまってはダメ"; the weblio.jp copy of the Wikipedia article on the centre
exam, where −4a/6 for −2a/3 "数学的に同じ値であっても不正解" under the mark-sheet's reduced-form
rule; the megalodon.jp copy of trilltrill 4295192: √1 for 1, "答えは√1ではなく、1としましょう"); a chain with a slip
in it (xn--ruq67zglp's "6x/3+4/3=2x+4/3=(6x+4)/6", whose last link is wrong, so 2x+4/3 is not
used); forms whose value the thread disputes (okwave q9126574's √i, which No.2 and No.3 say
depends on how √ of a complex number is defined, and its "{e^(i π/2)}^(1/2)" and "i^(1/2)");
stacked or lost fractions and radicals (123dok 10475348's 1⑺ "8 / 5" with "「0.625」等も正答"
and 1⑻ "6-2 6" with "「-2 6 +6」等も正答", whose fraction and root signs the text conversion
lost; its 2⑶② "「0.16x× 1.25」等, 同値なものも正答とする", whose gold is not in the stored
text); the Chinese article's 例2 (exponents lost: "(a+b)算作a+b").

Examined and not used: zhaokaifeng.com 8710 and blog.csdn.net 122633330 (constant-differing
antiderivatives; used by earlier sets); 191i.com 496757112851177492 and xiaoyuandeng.com
ti5moZg8FPds8C_En4mKsVy (used by bench/equiv_fresh49_b.py); 123dok.co 기탄수학 K4 (nq7wr6oz, used
by bench/equiv_fresh54_d.py) and the other 123dok.co Korean 답지 pages (기탄수학 L2, M1, 기적의
중학연산 3A, 개념원리 on scribd: exponents printed as ``xÜ```, ``x2`` and stacked fractions lost);
homepage1.canvas.ne.jp ynaka 3206a, trilltrill 2029845, mamagirl 0000323152, andgirl 71350 /
56922 / 60310, 4yuuu 30048425 / 30047426, bcaweb.bai.ne.jp aik28501 and oshiete.goo.ne.jp 6388987
(used or claimed by earlier sets); sugaku.club 1B5-00 and 1B7-00 (factorisation 解答例 whose
exponents are split off from their bases); wakaba.ac.jp pages/216 (a 解答速報 with one form per
answer); 123dok.com/jp 10425812 and 10523546 (東大模試 採点基準 with only general rules
"約分の未了 ... 1点減点", and a 令和3年度 採点基準 with its fractions lost); Korean news and
namu.moe pages on 수능 answer marking (no answer pairs); knowledge.awaisora.com, sensei-ai.app,
dzyyw.com, bbs.zhujihailiang.com and similar generated pages; Chinese tag-spam pages
(abg.baidu.com/tags, sdleiou.com, hbbwzsytb.com, xianglinexpo.com and the like), which the
``pages`` corpus returned for most Chinese queries about 评分标准 and 作业帮 / 百度知道 threads; the
dcgdst.cn copy of the same Chinese article (a spam-laden mirror; the sacramentoportraits.com copy
was used instead).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PUR = "purechan22.hatenablog.com"
PUR_10 = "https://purechan22.hatenablog.com/entry/2022/12/13/121631"
RUQ = "xn--ruq67zglp.net"
RUQ_55 = "http://xn--ruq67zglp.net/archives/55?noamp=mobile"
DAS = "dasumanabi.hatenablog.com"
DAS_0124 = "https://dasumanabi.hatenablog.com/entry/2023/01/24/100722"
TT = "trilltrill.jp"
TT_4139 = "https://trilltrill.jp/articles/4139299"
TT_4335 = "https://trilltrill.jp/articles/4335232"
TT_4295 = "https://trilltrill.jp/articles/4295142"
OKW = "okwave.jp"
OKW_9126 = "http://okwave.jp/qa/q9126574.html"
# sources of bench/equiv_fresh69_b2.py
DOK = "123dok.com"
DOK_R4 = (
    "https://123dok.com/jp/docs/%E5%92%8C%E5%BA%A6%E5%85%A5%E5%AD%A6%E6%8A%9C%E5%AD%A6%E5%8A%9B"
    "%E6%A4%9C%E6%9F%BB%E5%95%8F%E9%A1%8C%E5%AD%A6%E7%AD%94%E6%AD%A3.10475348"
)
YU = "4yuuu.com"
YU_3004 = "https://4yuuu.com/articles/view/30043887"
YU_3002 = "https://4yuuu.com/articles/view/30027371"
MEG = "megalodon.jp"
MEG_3767 = "https://megalodon.jp/ref/2024-0819-1837-43/https://trilltrill.jp:443/articles/3767503"
SUG = "sugaku.club"
SUG_1A2 = "http://sugaku.club/zf.php?d=1A2-00"
SAC = "sacramentoportraits.com"
SAC_7108 = "http://sacramentoportraits.com/kaoshi/7108.html"

CASES = [
    # purechan22.hatenablog.com: rationalising a denominator, each written link of the worked chain
    _c(
        PUR,
        PUR_10,
        gold=r"-\sqrt{2} -\sqrt{3}",
        pred=r"\frac{1}{\sqrt{2\ } -\sqrt{3}}",
        wrap=True,
        expected=True,
        why="第1問 \\frac{1}{\\sqrt{2\\ } -\\sqrt{3}} を計算 ... =-\\sqrt{2} -\\sqrt{3} (end of the 解説 chain)",
    ),
    _c(
        PUR,
        PUR_10,
        gold=r"-\sqrt{2} -\sqrt{3}",
        pred=r"\frac{\sqrt{2} +\sqrt{3}}{2-3}",
        wrap=True,
        expected=True,
        why="第1問 chain: =\\frac{\\sqrt{2} +\\sqrt{3}}{2-3} =-\\left(\\sqrt{2} +\\sqrt{3}\\right) =-\\sqrt{2} -\\sqrt{3}",
    ),
    _c(
        PUR,
        PUR_10,
        gold=r"-\sqrt{2} -\sqrt{3}",
        pred=r"-\left(\sqrt{2} +\sqrt{3}\right)",
        wrap=True,
        expected=True,
        why="第1問 chain: =-\\left(\\sqrt{2} +\\sqrt{3}\\right) =-\\sqrt{2} -\\sqrt{3}",
    ),
    _c(
        PUR,
        PUR_10,
        gold=r"-\frac{\sqrt{5} -\sqrt{7}}{2}",
        pred=r"\frac{1}{\sqrt{5\ } +\sqrt{7}}",
        wrap=True,
        expected=True,
        why="第2問 \\frac{1}{\\sqrt{5\\ } +\\sqrt{7}} を計算 ... =-\\frac{\\sqrt{5} -\\sqrt{7}}{2}",
    ),
    _c(
        PUR,
        PUR_10,
        gold=r"-\frac{\sqrt{5} -\sqrt{7}}{2}",
        pred=r"\frac{\sqrt{5} -\sqrt{7}}{5-7\ \ }",
        wrap=True,
        expected=True,
        why="第2問 chain: =\\frac{\\sqrt{5} -\\sqrt{7}}{5-7\\ \\ } =-\\frac{\\sqrt{5} -\\sqrt{7}}{2}",
    ),
    # xn--ruq67zglp.net archives/55: 約分 of fractions and of fractions with two terms on top
    _c(
        RUQ,
        RUQ_55,
        gold=r"2/3",
        pred=r"8/12",
        wrap=True,
        expected=True,
        why="'8/12は分母と分子を2で割ると4/6ですが ... 更に2で割って2/3としなければなりません'",
    ),
    _c(
        RUQ,
        RUQ_55,
        gold=r"x+2",
        pred=r"(3x+6)/3",
        wrap=True,
        expected=True,
        why="'(3x+6)/3 ... 最大公約数3で約分して、(x+2)/1=x+2とします'",
    ),
    _c(
        RUQ,
        RUQ_55,
        gold=r"x+2",
        pred=r"(x+2)/1",
        wrap=True,
        expected=True,
        why="'(x+2)/1=x+2とします'",
    ),
    _c(
        RUQ,
        RUQ_55,
        gold=r"(6x+4)/3",
        pred=r"2x+4",
        wrap=True,
        expected=False,
        why="'例えば、(6x+4)/3は、2x+4とはできません' ... '2x+4ではありません'",
    ),
    _c(
        RUQ,
        RUQ_55,
        gold=r"(6x+4)/3",
        pred=r"6x/3+4/3",
        wrap=True,
        expected=True,
        why="'(6x+4)/3を分解すると6x/3+4/3です'",
    ),
    # dasumanabi.hatenablog.com 2023/01/24: mixed numbers left with an improper fraction part
    _c(
        DAS,
        DAS_0124,
        gold=r"2 {\Large\frac{1}{2}}",
        pred=r"1 {\Large\frac{3}{2}}",
        wrap=True,
        expected=True,
        why="'=1 3/2=2 1/2' and of 1 3/2: '間違ってはいないのですが' (2 1/2 is the preferred form)",
    ),
    _c(
        DAS,
        DAS_0124,
        gold=r"2 {\Large\frac{1}{2}}",
        pred=r"1 {\Large\frac{12}{8}}",
        wrap=True,
        expected=True,
        why="chain '=1 {\\Large\\frac{12}{8}}=1 {\\Large\\frac{3}{2}}=2 {\\Large\\frac{1}{2}}' (普通の形の帯分数に直ります)",
    ),
    _c(
        DAS,
        DAS_0124,
        gold=r"3 {\Large\frac{1}{3}}",
        pred=r"2 {\Large\frac{4}{3}}",
        wrap=True,
        expected=True,
        why="'4/3 ではなくて、3 1/3 としてあれば「よくできています」' for the answer 2 4/3, '間違ってはいないのですが'",
    ),
    _c(
        DAS,
        DAS_0124,
        gold=r"3 {\Large\frac{1}{3}}",
        pred=r"2 {\Large\frac{12}{9}}",
        wrap=True,
        expected=True,
        why="'=2 {\\Large\\frac{12}{9}}=2 {\\Large\\frac{4}{3}}' with 2 4/3 to be written 3 1/3",
    ),
    # trilltrill.jp 4139299: √100 without the root sign
    _c(
        TT,
        TT_4139,
        gold=r"10",
        pred=r"−10",
        wrap=True,
        expected=False,
        why="'正解は、「10」です' ... '答えに「−10」も入れてしまった人' : '平方根と√を混同していると起こる間違い'",
    ),
    _c(
        TT,
        TT_4139,
        gold=r"2",
        pred=r"√4",
        wrap=True,
        expected=True,
        why="'√4について ... √4=√(2×2)=2と変換できます'",
    ),
    _c(
        TT,
        TT_4139,
        gold=r"2",
        pred=r"√(2×2)",
        wrap=True,
        expected=True,
        why="'√4=√(2×2)=2'",
    ),
    # trilltrill.jp 4335232: √400 without the root sign
    _c(
        TT,
        TT_4335,
        gold=r"20",
        pred=r"√400",
        wrap=True,
        expected=True,
        why="'√400を√なしで表しなさい' '正解は、「20」です' ... 'どうして√400=20とできるのか'",
    ),
    # trilltrill.jp 4295142: √900 without the root sign
    _c(
        TT,
        TT_4295,
        gold=r"30",
        pred=r"30と−30",
        wrap=True,
        expected=False,
        why="'正解は、「30」です。なお、30と−30と答えた人は ... 惜しくも不正解です'",
    ),
    _c(
        TT,
        TT_4295,
        gold=r"30",
        pred=r"−30",
        wrap=True,
        expected=False,
        why="'今回の問題の答えは、30だけです。−30は含まれません。'",
    ),
    # okwave.jp q9126574: (1+i)/√2 in exponential and trigonometric form
    _c(
        OKW,
        OKW_9126,
        gold=r"(1+i)/√2",
        pred=r"exp(iπ/4)",
        wrap=True,
        expected=True,
        why="ベストアンサー No.1: '(1+i)/√2=exp(iπ/4)=√[exp(iπ/2)]=√i'",
    ),
    _c(
        OKW,
        OKW_9126,
        gold=r"(1+i)/√2",
        pred=r"cos(π/4)+i sin(π/4)",
        wrap=True,
        expected=True,
        why="No.2: '(1+i)/√2=cos(π/4)+i sin(π/4)=e^(iπ/4)'",
    ),
    _c(
        OKW,
        OKW_9126,
        gold=r"(1+i)/√2",
        pred=r"e^(iπ/4)",
        wrap=True,
        expected=True,
        why="No.2: '(1+i)/√2=cos(π/4)+i sin(π/4)=e^(iπ/4) =e^(i(π/2)/2)'",
    ),
    _c(
        OKW,
        OKW_9126,
        gold=r"(1+i)/√2",
        pred=r"e^(i(π/2)/2)",
        wrap=True,
        expected=True,
        why="No.2: '=e^(iπ/4) =e^(i(π/2)/2) ={e^(i π/2)}^(1/2)'",
    ),
    _c(
        OKW,
        OKW_9126,
        gold=r"(√2)*e^(iπ/4)",
        pred=r"(1+i)",
        wrap=True,
        expected=True,
        why="No.4: '複素数ペアの同異を調べるには極表示 ...  (1+i) = (√2)*e^(iπ/4)'",
    ),
]

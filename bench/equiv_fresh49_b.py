r"""A forty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": Chinese-language
web pages -- 百度知道 / 作业帮 question-and-answer threads and their mirrors, a Chinese maths wiki and
blog posts -- where an answerer settles that two written forms of an answer are the same or not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
bench/data/fresh_runs/*.txt and /work/wt/fresh49_claims; no earlier set cites juduo.cc,
zaojiaoba.cn, xiaoyuandeng.com, daan888.com, 58z.net, wendadaohang.com, math.fandom.com,
zuoybang.com, wapiknow.baidu.com, uczhidao.com, app.ixiawen.com, 66zuoyewang.com, 3dmxku.com,
e-com-net.com, wiki.gdrain.workers.dev, uyuyao.com, wenda.xuexiaodaquan.com, 191i.com,
deerask.com or 116p.com; zhaokaifeng.com and oshiete.goo.ne.jp were cited by
earlier sets for other pages only). Each case gives the reference answer (``gold``: the
answerer's final or preferred form), the prediction (``pred``: the other form, a bare answer to
be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that the page
states. ``repo`` is the domain the stored copy came from and ``where`` is the full URL. There is
no commit; every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: expressions are copied as the stored page shows them -- plain-text formulas of the
Q&A sites with their own spacing, ``²``/``³`` superscripts, ``√``, ``·``, ``∪``/``U``/``并`` for
union, Chinese words inside set-builder notation (``且``, ``或``), the ``㏑`` ligature of 58z.net,
the full-width and ellipsis characters (``……``, ``···``) as they stand, and the en dash ``–`` that
zhaokaifeng.com uses as a minus sign inside its LaTeX. The LaTeX of math.fandom.com loses only its
``$ ... $`` delimiters. Where an answerer proves an identity as a chain ``A = B = ... = Z`` and
calls the result the answer (or says the forms are the same), each written link is paired with
the chain's final (or the answerer's named) form; links that contain an unevaluated operation
(``∫``, ``d(...)``, a prime for a derivative) or the substitution variable of an integral are not
answers and are left out. Nothing beyond the stored text is reconstructed.

Sources (domain, URL, what is settled, licence):

- juduo.cc thread 5979784 https://juduo.cc/club/5979784.html (traditional-Chinese answer on sets,
  inequalities and intervals: ``[1,50)∪(50,100]={x|1≤x≤100且x≠50}``; the solution set of x>1
  is the interval (1,+∞) and "除了區間表示法" can be written ``{x|x>1}``). 2 cases.
- zaojiaoba.cn 作业 3532288 https://zaojiaoba.cn/zuoye/3532288.html (∫sinx•sin2x•sin3xdx by two
  methods; 优质解答: "两种方法都是对的 ... 只是同样结果的不同表达形式"). 1 case.
- xiaoyuandeng.com https://xiaoyuandeng.com/wd-wt/tiSmsOezgCAY0SY1Yflc-OS.html (-arccost+c
  becomes arcsint+c, "-π/2+c是常数,所以可以写在一起"). 1 case.
- daan888.com show 2224015 https://daan888.com/show/2224015.html ([m2+(√2)n2]/[m1+(√2)n1] put in
  the form a+√2b). 3 cases.
- daan888.com show 3130189 https://daan888.com/show/3130189.html (∫1/cosx dx:
  "=1/2 (ln(sinx+1) - ln(sinx-1)) +C 算到这步就可以了 =1/2 ln((sinx+1)/(sinx-1))+C 可以化成这样").
  1 case.
- 58z.net z/374443501870659684 https://www.58z.net/z/374443501870659684.html (∫sectdt, chain to
  ``㏑|sect+tant| +C``, "可以记住"). 3 cases.
- 77.wendadaohang.com zd/WpW8G88v3 https://77.wendadaohang.com/zd/WpW8G88v3.html (proof of
  ∫secx=ln|secx+tanx|+C, "=右边, ∴等式成立", accepted by the asker). 4 cases.
- math.fandom.com (中文 wiki 平方根) https://math.fandom.com/zh/wiki/%E5%B9%B3%E6%96%B9%E6%A0%B9
  (rules and worked computations with square roots, including two stated inequalities). 20 cases.
- oshiete.goo.ne.jp Q&A 3714291 https://oshiete.goo.ne.jp/qa/3714291.html (Japanese; ∫(3x + 2)^2 dx
  expanded and by substitution; answerers: the constant difference does not matter, "テストとかで
  バツになるとかはありません", "貴方が導いた二つの式は同じものなのですよ"). 3 cases.
- wapiknow.baidu.com (百度知道) question 523111404146489285
  https://wapiknow.baidu.com/question/523111404146489285.html?qbl=relate_question_6 (y=(x-1)²/x,
  y' by simplifying first and by the quotient rule, both ending at ``1- 1/x²``). 5 cases.
- zuoybang.com 作业 17602814 https://zuoybang.com/zuoye/17602814 (再答: "y=(x-1)^2=(1-x)^2
  函数相等,导数也相等", with y'=2(1-x)(-1) =2(x-1)). 2 cases.
- uczhidao.com (百度知道 copy) 49048465 https://www.uczhidao.com/wenda/49048465/0<x^2-x-2<
  (second answer: "-2<x<-1 or 2<x<3 即x的解集(-2,-1)并(2,3)"). 1 case.
- app.ixiawen.com question 6739921
  https://app.ixiawen.com/question/6739921/bb4a2b815e50713b19c13453f034f9a8.html (answer key:
  {x|x<-1或x>2}∩{x|-2<x<3}={x|-2<x<-1或2<x<3}). 1 case.
- 66zuoyewang.com 作业 6951034 https://66zuoyewang.com/zuoye/6951034 (∫cscx dx: "ln|tan(x/2)|+C,
  这是答案一", "进一步化简" through to "ln|cscx-cotx|+C,这是答案二"). 6 cases.
- xiaoyuandeng.com https://xiaoyuandeng.com/wd-wt/tiJbZfUOvCVHLXuOTESM-6y.html (累乘:
  an = 2^(1+n(n-1)/2) = 2^((n^2-n+2)/2)). 1 case.
- zhaokaifeng.com post 14777 https://zhaokaifeng.com/14777 (∫(√(x+1)+2)/(x+1)^2 dx by two
  methods, both ending at \frac{-2}{\sqrt{x + 1}} – \frac{2}{x + 1} + C; the links of 解法 2
  in t are left out by the rule below). 1 case.
- daan888.com show 7325732 https://daan888.com/show/7325732.html ("为什么2sin^2x=1-cos2x": two
  answers). 5 cases.
- daan888.com show 369793 https://daan888.com/show/369793.html (derivation of cos2x formulas).
  2 cases.
- daan888.com show 8582908 https://daan888.com/show/8582908.html (sin2a=2sinacosa, with its
  derivation). 2 cases.
- daan888.com show 2346986 https://daan888.com/show/2346986.html (the asker doubts 0.999··=1; the
  answer: "0.9循环=1", "0.9/(1-0.1) = 1", "0.9999999999……=1"). 3 cases.
- 3dmxku.com daquan 7162152 https://3dmxku.com/daquan/zonghe/7162152.html ("0.999……可以看作是1的
  另一种书写形式,正如1/2和0.5不过是书写形式不同一样"). 2 cases.
- wiki.gdrain.workers.dev (a copy of zh.wikipedia, Portal:科學/特選條目2008-09)
  https://wiki.gdrain.workers.dev/zh-tw/Portal:%E7%A7%91%E5%AD%B8/%E7%89%B9%E9%81%B8%E6%A2%9D%E7%9B%AE2008-09
  (0.999... equals 1; every nonzero terminating decimal has another writing with infinitely many
  9s, "例如,28.3287與28.3286999...、28.3287000..."). 3 cases.
- e-com-net.com article 5329949 https://e-com-net.com/article/5329949.htm (recurring decimal to
  fraction: 0.58123123… gives 3871/6660). 1 case.
- uyuyao.com 作业 12547008 https://www.uyuyao.com/zuoye/12547008 (∫ from -1 to 1 of 1/(1+x²) by
  the Newton-Leibniz formula and by parity; two answers: "结果绝对相同", "相同"). 5 cases.
- wenda.xuexiaodaquan.com
  http://wenda.xuexiaodaquan.com/wenti/tibef754ff07e6498c8f44ff07ba00820a.html (分式加减法
  a/(a-b)+b^2/a(b-a), chain ending "=(a+b)/a (约分) =1+b/a"). 1 case.
- daan888.com show 6312050 https://daan888.com/show/6312050.html (cos2x=1/2 with x between
  kπ+π/2 and (k+1)π: the asker got kπ+π/6, the book kπ+5π/6; the answer derives
  x = (k+1)π - π/6 = kπ+5π/6 from the range, so the asker's form is not the answer). 2 cases.
- daan888.com show 6638417 https://daan888.com/show/6638417.html (P={cos nπ/3,n∈Z} listed as
  {1/2,-1/2,-1,1}; P=Q). 1 case.
- 191i.com i/496757112851177492 https://191i.com/i/496757112851177492.html (antiderivatives of
  sin²x and cos²x written with sin2x and with sinxcosx). 2 cases.
- deerask.com agriculture/696259 https://deerask.com/agriculture/696259.html (traditional
  Chinese: "-arctanx+C還是arccot x+C都是一樣的"). 1 case.
- 116p.com p/746535915644773132 https://116p.com/p/746535915644773132.html ("又arccotx=pi/2-arctanx").
  1 case.

Left out, by rule: on juduo.cc, ``(1,,100)={x|1<x<100}`` (a typo, two commas) and the pairing of
the inequality x>1 with its solution set (the answerer says they are different objects, the first
only a shorthand); on daan888.com 3130189, ``=ln [((sinx+1)/(sinx-1))^1/2]+C 甚至这样`` (an
exponent ``^1/2`` without brackets that reads as ``(...)^1/2`` in plain text); on daan888.com
2224015, the link ``[m2+(√2)n2][m1-(√2)n1]/[m1+(√2)n1][m1-(√2)n1]`` (unbracketed product
denominator); on 77.wendadaohang.com, the link ``ln(secx+tanx|+C`` (unbalanced) and the links in
t=sinx; on math.fandom.com, rules 3 and 4 (``\sqrt{a^2}=a``, false for a<0 where both sides are
real); on daan888.com 369793, the forms ``1-2sinx^2`` and ``2cosx^2-1`` (the square written after
the argument, which reads as sin(x^2)); on zuoybang.com, the first answer's chain
``-2[(x-1)^2-2x(x-1)]/(x-1)^4 = 2(x+1)/(x-1)^4`` (false as written: the quotient is
2(x+1)/(x-1)^3, so the page's verdict cannot be used); on 3dmxku.com, the step equations of the
proof (9. 999……=10x is a derivation, not an answer); on wenda.xuexiaodaquan.com, the links written ``.../a(a-b)`` and the whole
chain (2) (a product denominator without brackets, which reads as ``(.../a)(a-b)``); on
daan888.com 6638417, the set Q and its chain (``sin(2k-3)π/6`` reads as ``sin(2k-3)·π/6``);
everywhere, links with ``……`` standing for
omitted terms of a sum or product, links that are the integrand or contain ``∫``/``d``/``'``,
and the questions' own restatements.

Examined and not used: gewuxue.com, lanjian.net.cn, sghqlz.com, kaoshi.educity.cn, gongweng.com,
nctoro.com, bxshww.cn, mobuk.cn, dzyyw.com, mathabc.xyz, gaokao01.com, dafeichuangye.com,
xtlwpq.com (general or machine-written articles on notation with no pair settled by a person,
some with false statements); wapiknow.baidu.com 624892525208093212, hzxzt.com.cn, fantren.net,
sanwenwang.com (0.999...=1 disputed on the page); zaojiaoba.cn 5289512 (the answerer's own chain
ends at a wrong sign and calls the asker's correct result into doubt); tianjinsc.cn (a worked
conversion with an arithmetic error); ans.fyi 20131106000015KK03208 and daan888.com 1165147 (no
answer visible in the stored copy); ahblzs.cn 8800943 and 13l.net 181135955 (two answerers
give different forms but no one states they agree); app.ixiawen.com, 1010jiajiao.com,
mtiku.21cnjy.com answer keys (formulas lost their superscripts or were dropped in the stored
copy); go-homework.com (machine translation of Socratic); 评分细则 / 評分原則 searches returned
only tag pages and news items with no listed accepted forms; wapiknow.baidu.com
681422725206659412 (states arctanx=-arctan(1/x), false as written); xiaoyuandeng.com
ti5moZg8FPds8C_En4mKsVy (its final ∫sin⁴xdx has a wrong coefficient); togowu.cn, mlnxb.com,
kuing.cjhb.site (one form only, or the other form not in the stored excerpt); kaoshi66.com,
box08.cn, ai-math.ai, imangodoc.com (machine-written tan150° pages); English pages met on the way
(wyzant.com, drift.fundegar.com, math.techqa.club, socratic.org, ellenow.com) were left to the
other helpers of this round.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

JUDUO = "juduo.cc"

JUDUO_AT = "https://juduo.cc/club/5979784.html"

ZAOJIAOBA = "zaojiaoba.cn"

ZAOJIAOBA_AT = "https://zaojiaoba.cn/zuoye/3532288.html"

XYD = "xiaoyuandeng.com"

XYD_ARC_AT = "https://xiaoyuandeng.com/wd-wt/tiSmsOezgCAY0SY1Yflc-OS.html"

XYD_SEQ_AT = "https://xiaoyuandeng.com/wd-wt/tiJbZfUOvCVHLXuOTESM-6y.html"

DAAN = "daan888.com"

DAAN_RAT_AT = "https://daan888.com/show/2224015.html"

DAAN_SEC_AT = "https://daan888.com/show/3130189.html"

DAAN_SIN2_AT = "https://daan888.com/show/7325732.html"

DAAN_COS2_AT = "https://daan888.com/show/369793.html"

DAAN_SIN2A_AT = "https://daan888.com/show/8582908.html"

DAAN_NINES_AT = "https://daan888.com/show/2346986.html"

Z58 = "58z.net"

Z58_AT = "https://www.58z.net/z/374443501870659684.html"

WDDH = "77.wendadaohang.com"

WDDH_AT = "https://77.wendadaohang.com/zd/WpW8G88v3.html"

FANDOM = "math.fandom.com"

FANDOM_AT = "https://math.fandom.com/zh/wiki/%E5%B9%B3%E6%96%B9%E6%A0%B9"

OSHIETE = "oshiete.goo.ne.jp"

OSHIETE_AT = "https://oshiete.goo.ne.jp/qa/3714291.html"

ZHIDAO = "wapiknow.baidu.com"

ZHIDAO_AT = "https://wapiknow.baidu.com/question/523111404146489285.html?qbl=relate_question_6"

ZUOYBANG = "zuoybang.com"

ZUOYBANG_AT = "https://zuoybang.com/zuoye/17602814"

UCZHIDAO = "uczhidao.com"

UCZHIDAO_AT = "https://www.uczhidao.com/wenda/49048465/0<x^2-x-2<"

IXIAWEN = "app.ixiawen.com"

IXIAWEN_AT = "https://app.ixiawen.com/question/6739921/bb4a2b815e50713b19c13453f034f9a8.html"

ZY66 = "66zuoyewang.com"

ZY66_AT = "https://66zuoyewang.com/zuoye/6951034"

ZKF = "zhaokaifeng.com"

ZKF_AT = "https://zhaokaifeng.com/14777"

DMX = "3dmxku.com"

DMX_AT = "https://3dmxku.com/daquan/zonghe/7162152.html"

GDRAIN = "wiki.gdrain.workers.dev"

GDRAIN_AT = (
    "https://wiki.gdrain.workers.dev/zh-tw/Portal:%E7%A7%91%E5%AD%B8/"
    "%E7%89%B9%E9%81%B8%E6%A2%9D%E7%9B%AE2008-09"
)

ECOM = "e-com-net.com"

ECOM_AT = "https://e-com-net.com/article/5329949.htm"

UYUYAO = "uyuyao.com"

UYUYAO_AT = "https://www.uyuyao.com/zuoye/12547008"

XXDQ = "wenda.xuexiaodaquan.com"

XXDQ_AT = "http://wenda.xuexiaodaquan.com/wenti/tibef754ff07e6498c8f44ff07ba00820a.html"

DAAN_COS2X_AT = "https://daan888.com/show/6312050.html"

DAAN_SETS_AT = "https://daan888.com/show/6638417.html"

I191 = "191i.com"

I191_AT = "https://191i.com/i/496757112851177492.html"

DEERASK = "deerask.com"

DEERASK_AT = "https://deerask.com/agriculture/696259.html"

P116 = "116p.com"

P116_AT = "https://116p.com/p/746535915644773132.html"

CASES = [
    # juduo.cc: interval and set-builder notation of the same set
    _c(
        JUDUO,
        JUDUO_AT,
        gold=r"{x|1≤x≤100且x≠50}",
        pred=r"[1,50)∪(50,100]",
        wrap=True,
        expected=True,
        why="answer: [1,50)∪(50,100]={x|1≤x≤100且x≠50}",
    ),
    _c(
        JUDUO,
        JUDUO_AT,
        gold=r"(1,+∞)",
        pred=r"{x|x>1}",
        wrap=True,
        expected=True,
        why="answer: the solution set, interval (1,+∞), can also be written {x|x>1}",
    ),
    # zaojiaoba.cn: two methods for ∫sinx•sin2x•sin3xdx, both right
    _c(
        ZAOJIAOBA,
        ZAOJIAOBA_AT,
        gold=r"- 1/16cos4x - 1/8 cos2x - 1/12 sin²3x + C",
        pred=r"3/2 sin^4 x - 4/3 sin^6 x+c",
        wrap=True,
        expected=True,
        why="优质解答: 两种方法都是对的 ... 只是同样结果的不同表达形式",
    ),
    # xiaoyuandeng.com: -arccost+c is arcsint+c up to the constant
    _c(
        XYD,
        XYD_ARC_AT,
        gold=r"arcsint+c",
        pred=r"-arccost+c",
        wrap=True,
        expected=True,
        why="answer: -π/2+c是常数,所以可以写在一起 ... 所以=arcsint+c",
    ),
    # daan888.com 2224015: rationalising [m2+(√2)n2]/[m1+(√2)n1]
    _c(
        DAAN,
        DAAN_RAT_AT,
        gold=r"(m1m2-2n1n2)/(m1^2-2n1^2) +√2(m1n2-m2n1)/(m1^2-2n1^2)",
        pred=r"[m2+(√2)n2]/[m1+(√2)n1]",
        wrap=True,
        expected=True,
        why="answer's chain: first link = final a+√2b form",
    ),
    _c(
        DAAN,
        DAAN_RAT_AT,
        gold=r"(m1m2-2n1n2)/(m1^2-2n1^2) +√2(m1n2-m2n1)/(m1^2-2n1^2)",
        pred=r"(m1m2-m2n1√2+m1n2√2-2n1n2)/(m1^2-2n1^2)",
        wrap=True,
        expected=True,
        why="answer's chain: expanded numerator = final form",
    ),
    _c(
        DAAN,
        DAAN_RAT_AT,
        gold=r"(m1m2-2n1n2)/(m1^2-2n1^2) +√2(m1n2-m2n1)/(m1^2-2n1^2)",
        pred=r"(m1m2-2n1n2+(m1n2-m2n1)√2)/(m1^2-2n1^2)",
        wrap=True,
        expected=True,
        why="answer's chain: grouped numerator = final form",
    ),
    # daan888.com 3130189: ∫1/cosx dx, "算到这步就可以了 ... 可以化成这样"
    _c(
        DAAN,
        DAAN_SEC_AT,
        gold=r"1/2 (ln(sinx+1) - ln(sinx-1)) +C",
        pred=r"1/2 ln((sinx+1)/(sinx-1))+C",
        wrap=True,
        expected=True,
        why="answer: 算到这步就可以了 / 可以化成这样",
    ),
    # 58z.net: ∫sectdt, chain ending at ㏑|sect+tant| +C
    _c(
        Z58,
        Z58_AT,
        gold=r"㏑|sect+tant| +C",
        pred=r"㏑|[1+tan(t/2)]/[tan(t/2)-1]| +C",
        wrap=True,
        expected=True,
        why="answer's chain, first result link = final",
    ),
    _c(
        Z58,
        Z58_AT,
        gold=r"㏑|sect+tant| +C",
        pred=r"㏑|[sin(t/2)+cos(t/2)]/[sin(t/2)-cos(t/2)]|+C",
        wrap=True,
        expected=True,
        why="answer's chain, second link = final",
    ),
    _c(
        Z58,
        Z58_AT,
        gold=r"㏑|sect+tant| +C",
        pred=r"㏑|(1+sint)/cost| +C",
        wrap=True,
        expected=True,
        why="answer's chain, third link = final",
    ),
    # 77.wendadaohang.com: ∫secx = ln|secx+tanx|+C, 等式成立
    _c(
        WDDH,
        WDDH_AT,
        gold=r"ln|secx+tanx|+C",
        pred=r"(1/2)ln|(1+sinx)/(1-sinx)|+C",
        wrap=True,
        expected=True,
        why="proof chain ... =右边, ∴等式成立",
    ),
    _c(
        WDDH,
        WDDH_AT,
        gold=r"ln|secx+tanx|+C",
        pred=r"(1/2)ln|(1+sinx)^2/(cosx)^2|+C",
        wrap=True,
        expected=True,
        why="proof chain ... =右边, ∴等式成立",
    ),
    _c(
        WDDH,
        WDDH_AT,
        gold=r"ln|secx+tanx|+C",
        pred=r"ln|(1+sinx)/cosx|+C",
        wrap=True,
        expected=True,
        why="proof chain ... =右边, ∴等式成立",
    ),
    _c(
        WDDH,
        WDDH_AT,
        gold=r"ln|secx+tanx|+C",
        pred=r"ln|1/cosx+sinx/cosx|+C",
        wrap=True,
        expected=True,
        why="proof chain ... =右边, ∴等式成立",
    ),
    # math.fandom.com 平方根: rules
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"a",
        pred=r"\sqrt{a}*\sqrt{a}",
        wrap=True,
        expected=True,
        why="rule 1: 根號a乘以根號a等於a",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"a",
        pred=r"\sqrt{a}^2",
        wrap=True,
        expected=True,
        why="rule 2: 根號a平方等於a",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"2",
        pred=r"\sqrt{2}*\sqrt{2}",
        wrap=True,
        expected=True,
        why="以下四個數均相等: 2=\\sqrt{2}*\\sqrt{2}=...",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"2",
        pred=r"\sqrt{2}^2",
        wrap=True,
        expected=True,
        why="以下四個數均相等",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"2",
        pred=r"\sqrt{2^2}",
        wrap=True,
        expected=True,
        why="以下四個數均相等",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"\sqrt{a}*\sqrt{b}",
        pred=r"\sqrt{a*b}",
        wrap=True,
        expected=True,
        why="乘、除可以拆離、合併: \\sqrt{a*b}=\\sqrt{a}*\\sqrt{b}",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"\frac{\sqrt{a}}{\sqrt{b}}",
        pred=r"\sqrt{\frac{a}{b}}",
        wrap=True,
        expected=True,
        why="乘、除可以拆離、合併",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"\sqrt{a}+\sqrt{b}",
        pred=r"\sqrt{a+b}",
        wrap=True,
        expected=False,
        why="加、減不能拆離、合併: \\sqrt{a+b}\\neq\\sqrt{a}+\\sqrt{b}",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"\sqrt{a}-\sqrt{b}",
        pred=r"\sqrt{a-b}",
        wrap=True,
        expected=False,
        why="加、減不能拆離、合併: \\sqrt{a-b}\\neq\\sqrt{a}-\\sqrt{b}",
    ),
    # math.fandom.com 平方根: worked computations (each link = the result)
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"29\sqrt{3} +47\sqrt{5}",
        pred=r"26\sqrt{3} + 36\sqrt{5} + 3\sqrt{3} + 11\sqrt{5}",
        wrap=True,
        expected=True,
        why="計算 (合併)",
    ),
    _c(
        FANDOM,
        FANDOM_AT,
        gold=r"29\sqrt{3} +47\sqrt{5}",
        pred=r"(26+3)\sqrt{3} + (36+11)\sqrt{5}",
        wrap=True,
        expected=True,
        why="計算 (合併)",
    ),
]

r"""A fifty-sixth fresh set of answer-equivalence cases (evaluation only; helper "c": Chinese
teachers' error analyses ("错解 ... 正解", "解答错了!错在哪里?"), a teacher's account of a marked
paper, Q&A answers and a worked-solution page, with the answers kept as written -- Chinese units
(``17人``), ``或``/``和`` lists, ``≤`` chains and ``±``).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL and by article or question id; 191i.com was used
before only for another question, 496757112851177492). Each page is claimed in
/work/wt/fresh56_claims. Each case gives the reference answer (``gold``: the answer the page
settles on), the prediction (``pred``: a wrong answer the page refutes, or another form the page
itself equates with the answer; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) stated on the page. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- m.fx361.cc news/2019/0418/16051015 ("错在哪里", 中学数学教学 2019年2期; two teachers' columns):
  (1) the 错解 ends "所以2≤F(x)≤10, 故函数F(x)的值域为[2,10]", the teacher: "解答错了!", the 正解
  ends "所以2≤F(x)≤5,故函数F(x)的值域为[2,5]"; (2) the 错解 "ω的最大值为11,故选A", the 正解
  "所以ω的最大值为9.故选B". 4 cases.
- runmo.com article/pull3r00vq2i (两道易错解题错误解法错因分析, example 2: "f(3)的取值范围
  [-7,26],与正确结果[-1,20]不一样"). 1 case.
- www.yybnet.net xianyang/sanyuan/201307/4299307 (a primary-school teacher on her daughter's
  paper: 前面有8人,后面有8人, the child's "17人" was marked wrong by a grader who took 16人 as
  the key; the class's maths teacher: "判这道题的老师看错了"). 1 case.
- 191i.com i/2016998122485383788 (x²+x+2=4: one answerer "代入公式解得:x=1或x=-2", another
  "答案是1和-2"; no one disagrees). 1 case (the two answerers' forms of the same solution).
- m.butiao.com keji/7870 ("无限循环小数0.33333333...就是1/3"; "1与0.99999999...的差是0").
  2 cases.
- zh.khanacademy.org math/algebra/quadratics/quadratics-square-root/a/
  solving-simple-quadratics-review (worked examples in LaTeX: "\sqrt{{x}^{2}}& =±\sqrt{4}" then
  "x& =±2"; "=±\sqrt{81}" then "x-3& =±9"). 2 cases.

Left out, by rule: contested form policies -- yybnet 4299307's "40角" against the key's "4元"
(the grading standard refused it, the author argues it is right: no settled verdict), and
piwik.fun01.cc post 935201 (1.2+6.8: the teacher wants "8.0", not "8"; readers disagree); the
multiple-choice letters A/B of the fx361 ω item (only the values are used); the Khan page's
one-step sums "x=+9+3=12" and the bulleted solution lists (no single written string for the
list); formulas the stored text lost (runmo's example 1, the fx361 2013 and 2014 columns,
m.fx361.cc 2022/0627/14599035 whose final interval's owner is unclear, m.zgkjsz.com
2022/0228/14553906 whose corrected interval is printed "[ ]-10,10", www.handmsg.com 2022/1103
whose correct range is not in the stored text); never reconstructed.

Examined and not used: m.gaokao01.com 554875, rtvxy.cn 5418/6229/7961, news.henyumen8.com
395291, tinynews.org, news.ugtv8.com, news.badongedu.com (machine-written explainers);
tutorialspoint.org.cn (machine-translated); hzxzt.com.cn, fantren.net and wapiknow.baidu.com
624892525208093212 (0.999... = 1 disputed on the page); zuoyso.com 13254270 (answerers disagree,
none accepted); www.163.com KCSM9ICD05562LM0 and news.43o.com.cn 126253 (a picture puzzle, not
an answer form); scholarmate.com abstracts (cut before the answers); app.ixiawen.com 6772493,
m.chujuan.cn 55356678, zaojiaoba.cn 5518748 (fractions flattened); www.renrendoc.com 349853302
(OCR garble).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FX = "m.fx361.cc"
FX_AT = "https://m.fx361.cc/news/2019/0418/16051015.html"

RM = "runmo.com"
RM_AT = "https://runmo.com/article/pull3r00vq2i.html"

YY = "www.yybnet.net"
YY_AT = "https://www.yybnet.net/xianyang/sanyuan/201307/4299307.html"

I191 = "191i.com"
I191_AT = "https://191i.com/i/2016998122485383788.html"

BT = "m.butiao.com"
BT_AT = "https://m.butiao.com/keji/7870.html"

KA = "zh.khanacademy.org"
KA_AT = (
    "https://zh.khanacademy.org/math/algebra/quadratics/quadratics-square-root/a/"
    "solving-simple-quadratics-review"
)

CASES = [
    # fx361 "错在哪里" (1): 值域 of F(x); the 错解 ignores the domain of f^{-1}(x^2)
    _c(
        FX,
        FX_AT,
        gold=r"[2,5]",
        pred=r"[2,10]",
        wrap=True,
        expected=False,
        why="item 1: 错解 值域为[2,10], teacher: 解答错了; 正解 值域为[2,5]",
    ),
    _c(
        FX,
        FX_AT,
        gold=r"[2,5]",
        pred=r"2≤F(x)≤10",
        wrap=True,
        expected=False,
        why="item 1: the 错解's inequality form 2≤F(x)≤10 against the 正解 [2,5]",
    ),
    _c(
        FX,
        FX_AT,
        gold=r"[2,5]",
        pred=r"2≤F(x)≤5",
        wrap=True,
        expected=True,
        why="item 1: 正解 '所以2≤F(x)≤5,故函数F(x)的值域为[2,5]' (the page equates the two)",
    ),
    # fx361 "错在哪里" (2): maximum of ω (options A.11 B.9; letters left out)
    _c(
        FX,
        FX_AT,
        gold=r"9",
        pred=r"11",
        wrap=True,
        expected=False,
        why="item 2: 错解 'ω的最大值为11', 正解 'ω的最大值为9'",
    ),
    # runmo example 2: range of f(3)=9a-c
    _c(
        RM,
        RM_AT,
        gold=r"[-1,20]",
        pred=r"[-7,26]",
        wrap=True,
        expected=False,
        why="example 2: 'f(3)的取值范围[-7,26],与正确结果[-1,20]不一样'",
    ),
    # yybnet: queue of 8 + 王老师 + 8
    _c(
        YY,
        YY_AT,
        gold=r"17人",
        pred=r"16人",
        wrap=True,
        expected=False,
        why="排队买票: the child's 17人 is right; the grader's key 16人 was a mistake "
        "('判这道题的老师看错了')",
    ),
    # 191i: x²+x+2=4
    _c(
        I191,
        I191_AT,
        gold=r"x=1或x=-2",
        pred=r"1和-2",
        wrap=True,
        expected=True,
        why="answerer 2 '代入公式解得:x=1或x=-2', answerer 3 '答案是1和-2' (same solution)",
    ),
    # butiao: repeating decimals
    _c(
        BT,
        BT_AT,
        gold=r"1/3",
        pred=r"0.33333333...",
        wrap=True,
        expected=True,
        why="'无限循环小数0.33333333...就是1/3'",
    ),
    _c(
        BT,
        BT_AT,
        gold=r"1",
        pred=r"0.99999999...",
        wrap=True,
        expected=True,
        why="'1与0.99999999...的差是0' (so 0.333...×3=0.999... is 1)",
    ),
    # Khan Academy (zh) worked examples
    _c(
        KA,
        KA_AT,
        gold=r"±2",
        pred=r"±\sqrt{4}",
        wrap=True,
        expected=True,
        why="例题1: '\\sqrt{{x}^{2}}& =±\\sqrt{4}' then 'x& =±2'",
    ),
    _c(
        KA,
        KA_AT,
        gold=r"±9",
        pred=r"±\sqrt{81}",
        wrap=True,
        expected=True,
        why="例题2: '\\sqrt{\\left(x-3{\\right)}^{2}}& =±\\sqrt{81}' then 'x-3& =±9'",
    ),
]

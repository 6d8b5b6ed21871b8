"""fresh49_b, continued (part 3 of 3): more cases of the sources that
bench/equiv_fresh49_b.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh49_b import (
    DAAN,
    DAAN_COS2X_AT,
    DAAN_SETS_AT,
    DEERASK,
    DEERASK_AT,
    ECOM,
    ECOM_AT,
    I191,
    I191_AT,
    P116,
    P116_AT,
    UYUYAO,
    UYUYAO_AT,
    XXDQ,
    XXDQ_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # e-com-net.com: recurring decimal to fraction
    _c(
        ECOM,
        ECOM_AT,
        gold=r"3871/6660",
        pred=r"0.58123123…",
        wrap=True,
        expected=True,
        why="举个栗子: 0.58123123… ... 得3871/6660",
    ),
    # uyuyao.com: a definite integral by the N-L formula and by parity, "结果绝对相同" / "相同"
    _c(
        UYUYAO,
        UYUYAO_AT,
        gold=r"π/2",
        pred=r"π/4+π/4",
        wrap=True,
        expected=True,
        why="answer 1, N.L公式: ...=π/4+π/4=π/2",
    ),
    _c(
        UYUYAO,
        UYUYAO_AT,
        gold=r"π/2",
        pred=r"2×(π/4-0)",
        wrap=True,
        expected=True,
        why="answer 1, 奇偶性: 2×(π/4-0)=π/2; 结果绝对相同",
    ),
    _c(
        UYUYAO,
        UYUYAO_AT,
        gold=r"π/2",
        pred=r"arctg1-arc tg(-1)",
        wrap=True,
        expected=True,
        why="answer 2: =arctg1-arc tg(-1)=π/4-(-π/4)=π/2",
    ),
    _c(
        UYUYAO,
        UYUYAO_AT,
        gold=r"π/2",
        pred=r"π/4-(-π/4)",
        wrap=True,
        expected=True,
        why="answer 2 chain",
    ),
    _c(
        UYUYAO,
        UYUYAO_AT,
        gold=r"π/2",
        pred=r"2(arctg1-arc tg0)",
        wrap=True,
        expected=True,
        why="answer 2, 利用奇偶性: =2(arctg1-arc tg0)=π/2; 相同",
    ),
    # wenda.xuexiaodaquan.com: 分式加减 chain (1), the bracketed links only
    _c(
        XXDQ,
        XXDQ_AT,
        gold=r"1+b/a",
        pred=r"(a+b)/a",
        wrap=True,
        expected=True,
        why="answer (1): =(a+b)/a (约分) =1+b/a",
    ),
    # daan888.com 6312050: cos2x=1/2 with x in (kπ+π/2, (k+1)π); the asker's kπ+π/6 is not it
    _c(
        DAAN,
        DAAN_COS2X_AT,
        gold=r"kπ+5π/6",
        pred=r"kπ+π/6",
        wrap=True,
        expected=False,
        why="asker: 我算出来是kπ+π/6,答案是kπ+5π/6.为啥呢; answer: x的取值范围 ... => x = (k+1)π - π/6 = kπ+5π/6",
    ),
    _c(
        DAAN,
        DAAN_COS2X_AT,
        gold=r"kπ+5π/6",
        pred=r"(k+1)π - π/6",
        wrap=True,
        expected=True,
        why="answer: x = (k+1)π - π/6 = kπ+5π/6",
    ),
    # daan888.com 6638417: the set P listed
    _c(
        DAAN,
        DAAN_SETS_AT,
        gold=r"{1/2,-1/2,-1,1}",
        pred=r"{cos nπ/3,n∈Z}",
        wrap=True,
        expected=True,
        why="answer: 所以P={1/2,-1/2,-1,1} (P={cos nπ/3,n∈Z}); 所以P=Q",
    ),
    # 191i.com: antiderivatives of sin²x and cos²x in two forms
    _c(
        I191,
        I191_AT,
        gold=r"(1/2)(x-sinxcosx) + C",
        pred=r"(1/2)(x-1/2*sin2x) + C",
        wrap=True,
        expected=True,
        why="answer (1): = (1/2)(x-1/2*sin2x) + C= (1/2)(x-sinxcosx) + C",
    ),
    _c(
        I191,
        I191_AT,
        gold=r"(1/2)(x+sinxcosx) + C",
        pred=r"(1/2)(x+1/2*sin2x) + C",
        wrap=True,
        expected=True,
        why="answer (2): = (1/2)(x+1/2*sin2x) + C= (1/2)(x+sinxcosx) + C",
    ),
    # deerask.com: -arctanx+C and arccot x+C are the same antiderivative family
    _c(
        DEERASK,
        DEERASK_AT,
        gold=r"arccot x+C",
        pred=r"-arctanx+C",
        wrap=True,
        expected=True,
        why="answer: 因為-arctanx+ π/2(常數C) =arccot x ... 寫 -arctanx+C還是arccot x+C都是一樣的",
    ),
    # 116p.com: arccotx = pi/2-arctanx
    _c(
        P116,
        P116_AT,
        gold=r"arccotx",
        pred=r"pi/2-arctanx",
        wrap=True,
        expected=True,
        why="回答1: 又arccotx=pi/2-arctanx",
    ),
]

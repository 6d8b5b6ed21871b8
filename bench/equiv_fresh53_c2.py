r"""A fifty-third fresh set of answer-equivalence cases, continued (evaluation only; helper "c":
maths answers settled by a person on Japanese pages -- an OKWave answer, a clearnote tutor's
reply, a teacher's blog, and the editors' arithmetic quizzes of andGIRL, mamagirl, 4yuuu,
trilltrill and grape with their answer reveals -- with the answer strings kept as written:
mixed numbers as ``2と2/5``, ``÷`` and ``×``, the Unicode minus ``−``, ``√`` and full-width
brackets). The Russian, Ukrainian, Vietnamese, Indonesian and Turkish pages of this helper are in
bench/equiv_fresh53_c.py.

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
every /work/wt/fresh*_claims folder, by URL and by article or question id; bench/equiv_fresh48_d
examined a different trilltrill article, on √36 against 6, and used none; each page is claimed in
/work/wt/fresh53_claims). Each case gives the reference answer (``gold``: the answer the page
reveals or ends on), the prediction (``pred``: the quiz expression, another form the page equates
with the answer or lists as also correct, or a form the tutor calls a mistake; always a bare
answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``)
stated on the page. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them, without the 「」 quotes
around them. Notation: a slash fraction next to ``÷`` is read by these pages as one number
(``3/5÷3/7`` is (3/5)÷(3/7), ``5÷5/10`` is 5÷(5/10)); the five cases that depend on this say so in
``why`` -- read strictly left to right they have other values, so they test whether a judge
follows the pages' convention. No formula was reconstructed.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- d3vj4k4n1zwj.cloudfront.net (an OKWave copy) q8767553 (best answer: √27 = ... = 3√3; 3/(2√3) =
  ... = 3√3/(2×3) = 3√3/6). 3 cases.
- sukinakazu.net 平方根の大小関係・3パターン (3/5 = √9/5; 3/√5 = 3√5/5 = √45/5; √(3/5) = √3/√5 =
  √15/5, in LaTeX). 5 cases.
- www.clearnotebooks.com ja/questions/1172873 (the tutor: factoring x^2+4x+4 as (x+2x)^2 "ここが一つ
  ミスの部分"; turning -1/2+1/2 into -(1+1)/2 "値が変わるでしょう"). 2 cases (False).
- www.andgirl.jp culture 72992 (「3/5÷3/7−1/2」, answer 「9/10」). 3 cases.
- www.andgirl.jp culture 73479 (「1/4+2/3−1/6」, answer 「3/4」). 2 cases.
- www.andgirl.jp culture 71350 (「3/5+4/15-2/3」, answer 「1/5」). 2 cases.
- mamagirl.jp 0000323152 (「(2と2/5)−(1と1/4)」, answer 「23/20」; 2と2/5 = 12/5, 1と1/4 = 5/4).
  5 cases.
- megalodon.jp copy of trilltrill.jp article 3947424 (from 4yuuu: 6.2+1/5, "正解は「6と2/5」
  「32/5」「6.4」も正解です!"). 4 cases.
- 4yuuu.com 30048425 (0.3-1/6, "正解は「2/15」"; 0.3=3/10). 3 cases.
- andgirl.jp culture 56922 (「13/3」を帯分数で表すと, "答えは「4と1/3」"). 1 case.
- andgirl.jp culture 56927 (「(2と1/3)÷(1と5/9)」, answer 「3/2」; 2と1/3 = 7/3, 1と5/9 = 14/9).
  4 cases.
- trilltrill.jp 4522765 (andGIRL: 「(4/5)×(3/2)+1/10」, answer 「13/10」). 2 cases.
- 4yuuu.com 30039897 (90×1/5, "正解は「18」", also as 90÷5; 18/1 = 18). 3 cases.
- 4yuuu.com 30028171 (1/5+7/10+1/2, "正解は「7/5」"). 2 cases.
- 4yuuu.com 30047426 (1/5÷1/2, "正解は「2/5」"). 2 cases.
- mamagirl.jp 0000320453 (「10×1/2÷1/4」, "答えは「20」"). 3 cases.
- trilltrill.jp 4115061 (andGIRL: 「5÷5/10」, answer 「10」). 3 cases.
- grapee.jp 1455337 (四則演算 quiz: 「6-6÷6」 gives 5). 1 case.

Left out, by rule: unreduced fractions paired with their reduced forms on the quiz pages
(4yuuu 30028171 calls stopping at 14/10 "惜しい", trilltrill 3947424 says the answer is the
fraction with the smallest denominator, so 14/10, 64/10, 4/30, 21/15, 9/12 and 3/15 are left out:
a form policy, not a value verdict); the OKWave answer's decimal 0.8615 (it uses 5.169 for 3√3
where the question gives √27=5.196, and the asker's follow-up questions it); grape's "0÷6"
misreading (not an answer pair); trivial one-step conversions.

Examined and not used: d3vj4k4n1zwj q9551246 and q10135627, okwave q2923061 and q6960969 (used by
set 46); knowledge.awaisora.com, sensei-ai.app and ja.go-homework.com (machine-written or
machine-translated); math.005net.com, imasen.net and kiwongwjnbx.blogspot.com (fractions
flattened or formulas lost in the stored text); geisya.or.jp fractio4 (the problems are
images); okwave q9164840 (on writing intermediate steps, no answer pair); paperzz.com 6427228
(true/false quiz, no answer pairs).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

J1 = "d3vj4k4n1zwj.cloudfront.net"

J1_AT = "https://d3vj4k4n1zwj.cloudfront.net/qa/q8767553.html"

J2 = "sukinakazu.net"

J2_AT = "https://sukinakazu.net/tyuu-3/heihoukonn-tokikata-heihoukonn-daisyou-3pattern.html"

J3 = "www.clearnotebooks.com"

J3_AT = "https://www.clearnotebooks.com/ja/questions/1172873"

J4 = "www.andgirl.jp"

J4_AT = "https://www.andgirl.jp/culture/72992"

J5 = "www.andgirl.jp"

J5_AT = "https://www.andgirl.jp/culture/73479"

J6 = "www.andgirl.jp"

J6_AT = "https://www.andgirl.jp/culture/71350"

J7 = "mamagirl.jp"

J7_AT = "https://mamagirl.jp/0000323152"

J8 = "megalodon.jp"

J8_AT = "https://megalodon.jp/ref/2024-1230-2052-26/https://trilltrill.jp:443/articles/3947424"

J9 = "4yuuu.com"

J9_AT = "https://4yuuu.com/articles/view/30048425"

J10 = "andgirl.jp"

J10_AT = "https://andgirl.jp/culture/56922"

J11 = "andgirl.jp"

J11_AT = "https://andgirl.jp/culture/56927"

J12 = "trilltrill.jp"

J12_AT = "https://trilltrill.jp/articles/4522765"

J13 = "4yuuu.com"

J13_AT = "https://4yuuu.com/articles/view/30039897"

J14 = "4yuuu.com"

J14_AT = "https://4yuuu.com/articles/view/30028171"

J15 = "4yuuu.com"

J15_AT = "https://4yuuu.com/articles/view/30047426"

J16 = "mamagirl.jp"

J16_AT = "https://mamagirl.jp/0000320453"

J17 = "trilltrill.jp"

J17_AT = "https://trilltrill.jp/articles/4115061"

J18 = "grapee.jp"

J18_AT = "https://grapee.jp/1455337"

_UNIT = "; a/b next to ÷ read as one number, as the page does"

CASES = [
    # OKWave copy q8767553 (best answer)
    _c(
        J1,
        J1_AT,
        gold=r"3√3",
        pred=r"√27",
        wrap=True,
        expected=True,
        why="√27=√(3×3×3)=√{(3×3)×3)}=3√3",
    ),
    _c(
        J1,
        J1_AT,
        gold=r"3√3/6",
        pred=r"3/(2√3)",
        wrap=True,
        expected=True,
        why="3/(2√3) =(3×√3)/{(2√3)×√3} =3√3/(2×3) =3√3/6",
    ),
    _c(J1, J1_AT, gold=r"3√3/6", pred=r"3√3/(2×3)", wrap=True, expected=True, why="same chain"),
    # sukinakazu: rationalising and moving numbers under the root
    _c(
        J2,
        J2_AT,
        gold=r"\frac{3}{5}",
        pred=r"\frac{\sqrt{9}}{5}",
        wrap=True,
        expected=True,
        why="\\frac{3}{5}=\\frac{\\sqrt{9}}{5}",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"\frac{3\sqrt{5}}{5}",
        pred=r"\frac{3}{\sqrt{5}}",
        wrap=True,
        expected=True,
        why="\\frac{3}{\\sqrt{5}}=\\frac{3\\sqrt{5}}{5}=\\frac{\\sqrt{45}}{5}",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"\frac{3\sqrt{5}}{5}",
        pred=r"\frac{\sqrt{45}}{5}",
        wrap=True,
        expected=True,
        why="same chain",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"\frac{\sqrt{15}}{5}",
        pred=r"\sqrt{\frac{3}{5}}",
        wrap=True,
        expected=True,
        why="\\sqrt{\\frac{3}{5}}=\\frac{\\sqrt{3}}{\\sqrt{5}}=\\frac{\\sqrt{15}}{5}",
    ),
    _c(
        J2,
        J2_AT,
        gold=r"\frac{\sqrt{15}}{5}",
        pred=r"\frac{\sqrt{3}}{\sqrt{5}}",
        wrap=True,
        expected=True,
        why="same chain",
    ),
    # clearnote 1172873: the tutor names two mistakes in the student's work
    _c(
        J3,
        J3_AT,
        gold=r"x^2+4x+4",
        pred=r"(x+2x)^2",
        wrap=True,
        expected=False,
        why="'x^2+4x+4 の因数分解 (x+2x)^2 にしましたか? ここが一つミスの部分です'",
    ),
    _c(
        J3,
        J3_AT,
        gold=r"-1/2+1/2",
        pred=r"-(1+1)/2",
        wrap=True,
        expected=False,
        why="'-1/2+1/2 これを -(1+1)/2 にしてしまうと値が変わるでしょう?'",
    ),
    # andGIRL 72992
    _c(
        J4,
        J4_AT,
        gold=r"9/10",
        pred=r"3/5÷3/7−1/2",
        wrap=True,
        expected=True,
        why="quiz expression, answer 「9/10」" + _UNIT,
    ),
    _c(
        J4,
        J4_AT,
        gold=r"7/5",
        pred=r"3/5×7/3",
        wrap=True,
        expected=True,
        why="「3/5÷3/7」 becomes 「3/5×7/3」 = 21/15, reduced to 「7/5」",
    ),
    _c(
        J4,
        J4_AT,
        gold=r"9/10",
        pred=r"(14−5)/10",
        wrap=True,
        expected=True,
        why="「(14−5)/10=9/10」",
    ),
    # andGIRL 73479
    _c(
        J5,
        J5_AT,
        gold=r"3/4",
        pred=r"1/4+2/3−1/6",
        wrap=True,
        expected=True,
        why="quiz expression, answer 「3/4」",
    ),
    _c(
        J5,
        J5_AT,
        gold=r"3/4",
        pred=r"3/12+8/12−2/12",
        wrap=True,
        expected=True,
        why="「3/12+8/12−2/12」 ... 答えは「3/4」",
    ),
    # andGIRL 71350
    _c(
        J6,
        J6_AT,
        gold=r"1/5",
        pred=r"3/5+4/15-2/3",
        wrap=True,
        expected=True,
        why="quiz expression, answer 「1/5」",
    ),
    _c(
        J6,
        J6_AT,
        gold=r"1/5",
        pred=r"9/15+4/15−10/15",
        wrap=True,
        expected=True,
        why="「9/15+4/15−10/15」 ... 答えは「1/5」",
    ),
    # mamagirl 0000323152: mixed numbers written with と
    _c(
        J7,
        J7_AT,
        gold=r"23/20",
        pred=r"(2と2/5)−(1と1/4)",
        wrap=True,
        expected=True,
        why="quiz expression, 答えは「23/20」",
    ),
    _c(
        J7,
        J7_AT,
        gold=r"12/5",
        pred=r"2と2/5",
        wrap=True,
        expected=True,
        why="「2と2/5」 ... 「10/5+2/5=12/5」",
    ),
    _c(
        J7,
        J7_AT,
        gold=r"5/4",
        pred=r"1と1/4",
        wrap=True,
        expected=True,
        why="「1と1/4」 ... 「4/4+1/4=5/4」",
    ),
    _c(
        J7,
        J7_AT,
        gold=r"23/20",
        pred=r"12/5−5/4",
        wrap=True,
        expected=True,
        why="「12/5−5/4」 ... 「23/20」",
    ),
    _c(
        J7,
        J7_AT,
        gold=r"23/20",
        pred=r"(48−25)/20",
        wrap=True,
        expected=True,
        why="「(48−25)/20=23/20」",
    ),
    # trilltrill 3947424 (megalodon copy): an answer reveal listing accepted forms
    _c(
        J8,
        J8_AT,
        gold=r"6と2/5",
        pred=r"32/5",
        wrap=True,
        expected=True,
        why="'正解は「6と2/5」 「32/5」「6.4」も正解です!'",
    ),
    _c(
        J8,
        J8_AT,
        gold=r"6と2/5",
        pred=r"6.4",
        wrap=True,
        expected=True,
        why="'「32/5」「6.4」も正解です!'",
    ),
    _c(J8, J8_AT, gold=r"6と2/5", pred=r"6.2+1/5", wrap=True, expected=True, why="quiz expression"),
    _c(J8, J8_AT, gold=r"0.2", pred=r"1÷5", wrap=True, expected=True, why="1/5 =1÷5 =0.2"),
    # 4yuuu 30048425
    _c(
        J9,
        J9_AT,
        gold=r"2/15",
        pred=r"0.3-1/6",
        wrap=True,
        expected=True,
        why="quiz expression, '正解は「2/15」'",
    ),
    _c(
        J9,
        J9_AT,
        gold=r"2/15",
        pred=r"9/30-5/30",
        wrap=True,
        expected=True,
        why="=9/30-5/30 =4/30 ... =2/15",
    ),
    _c(J9, J9_AT, gold=r"3/10", pred=r"0.3", wrap=True, expected=True, why="0.3=3/10"),
    # andGIRL 56922
    _c(
        J10,
        J10_AT,
        gold=r"13/3",
        pred=r"4と1/3",
        wrap=True,
        expected=True,
        why="「13/3」を帯分数で表すと 答えは「4と1/3」 (the page's equality; the quiz also asks "
        "for the mixed-number form)",
    ),
    # andGIRL 56927
    _c(
        J11,
        J11_AT,
        gold=r"3/2",
        pred=r"(2と1/3)÷(1と5/9)",
        wrap=True,
        expected=True,
        why="quiz expression, 答えは「3/2」",
    ),
    _c(
        J11,
        J11_AT,
        gold=r"7/3",
        pred=r"2と1/3",
        wrap=True,
        expected=True,
        why="「2+1/3=6/3+1/3」で「7/3」",
    ),
    _c(
        J11,
        J11_AT,
        gold=r"14/9",
        pred=r"1と5/9",
        wrap=True,
        expected=True,
        why="「1+5/9=9/9+5/9」で「14/9」",
    ),
    _c(
        J11,
        J11_AT,
        gold=r"3/2",
        pred=r"(7/3)×(9/14)",
        wrap=True,
        expected=True,
        why="「(7/3)÷(14/9)」 ... 「(7/3)×(9/14)」 ... 答えは「3/2」",
    ),
    # trilltrill 4522765 (andGIRL)
    _c(
        J12,
        J12_AT,
        gold=r"13/10",
        pred=r"(4/5)×(3/2)+1/10",
        wrap=True,
        expected=True,
        why="quiz expression, 答えは「13/10」",
    ),
    _c(
        J12,
        J12_AT,
        gold=r"13/10",
        pred=r"12/10+1/10",
        wrap=True,
        expected=True,
        why="「12/10+1/10=(12+1)/10=13/10」",
    ),
    # 4yuuu 30039897
    _c(
        J13,
        J13_AT,
        gold=r"18",
        pred=r"90×1/5",
        wrap=True,
        expected=True,
        why="quiz expression, '正解は「18」'",
    ),
    _c(J13, J13_AT, gold=r"18", pred=r"90÷5", wrap=True, expected=True, why="90×1/5 =90÷5 =18"),
    _c(J13, J13_AT, gold=r"18", pred=r"18/1", wrap=True, expected=True, why="=18/1 =18"),
    # 4yuuu 30028171
    _c(
        J14,
        J14_AT,
        gold=r"7/5",
        pred=r"1/5+7/10+1/2",
        wrap=True,
        expected=True,
        why="quiz expression, '正解は「7/5」'",
    ),
]

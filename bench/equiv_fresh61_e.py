r"""A sixty-first fresh set of answer-equivalence cases (evaluation only; helper "e": Japanese and
Korean middle-school and high-school maths answer pages -- a teacher's answer sheet for a grade-9
radicals worksheet, quiz articles that state the answer and name a wrong one, a Q&A thread on
rationalising denominators, a study blog on how to write an inequality answer, a Korean wiki on
square-root notation -- that give one answer in several forms (a/b and 分の, fraction and
decimal, radicals simplified or not, reversed inequality chains) or refuse a form).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of fresh57 to fresh60 and
/work/wt/fresh61_claims/claims.txt; each page was claimed there before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy (for the archived trilltrill article,
the archive's domain) and ``where`` its full URL. There is no commit; every source is a web page
with no licence file. Only the text the search tool returned for a page (its excerpt) was read. Do
not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the unicode minus of "−25", "√"
with no braces, the spaces inside "1 / √2", the native fraction "3分の17"). Quotation brackets
「」 are dropped. In suugakunoie's answers the inline-math delimiters \( \) are dropped and the
LaTeX inside kept (so "a\;<\;x\;<\;b" keeps its thin spaces). thewiki's [math(...)] markup is
dropped and the LaTeX inside kept; its "[math(2)]와 [math(-2)]" is kept as "2와 -2". Readings,
each noted in ``why``: on the ynaka answer sheet a chain such as "√8 = 2√2 = 2×1.414= 2.828" gives
the simplified radical as the gold and the given radical as the pred (both exact); the decimals,
which rest on the sheet's given approximations (√2=1.414, √20=4.472), are not used. In okwave's
mirrored thread the unrationalised form (the answerer's "答") is the gold and the rationalised
form the pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- trilltrill.jp article 3816999 (quiz from 4yuuu: "1.2+3/4÷1/4=?", "正解は「4.2または21/5」").
  1 case.
- trilltrill.jp article 4161836 ("√3+√12": "実は「√15」は間違いです", "答えは「3√3」です").
  1 case (1 False).
- trilltrill.jp article 4271948 ("√12−√3": "この問題の答えは「√3」です", "√9としてしまう間違いは
  しないようにしましょう"). 1 case (1 False).
- trilltrill.jp article 2057487 ("−5²": "答えが「25」になってしまっている方は...残念! それは
  よくある間違いです", "正解は、「−25」でした"). 1 case (1 False).
- andgirl.jp culture 60310 ("0.2×1/2": "答えはそのまま「1/10」です" ... "「0.1」。この場合は答えが
  小数になります"). 1 case.
- megalodon.jp archive of trilltrill.jp article 3871469 ("51÷9": "今回の問題の答えは「17/3(3分の
  17)」です"). 1 case.
- suugakunoie.com "suugaku1/inequality-squared" (how to write an inequality answer: "a<x<b",
  "x<b" preferred, but "大小関係さえ合っていれば逆になっていても間違いではない", "b>x>a", "b>x").
  2 cases.
- homepage1.canvas.ne.jp "ynaka/3nen-2/3206a.html" (a teacher's answer sheet, grade 9, "平方根の値
  と分母の有理化(解答)": "√8 = 2√2 = 2×1.414= 2.828", "√18 = 3√2", "√50 = 5√2", "√200 = √2|00 =
  10√2", "√2000 = √20|00 = 10√20", "√20000 = 100√2", "√200000 = 100√20", "√5 = √20÷√4").
  8 cases.
- d3vj4k4n1zwj.cloudfront.net (okwave mirror) qa q9284371 (a student asks why the model answer
  keeps a root in the denominator; best answer: "「分母の有理化」は、必須ではありません。
  たとえば答が「 1 / √2 」の場合は、「 √2 / 2 」と変形すると ... 「 1 / √π 」の場合に「 √π / π
  」と変形するのはまったく利点がありません"). 2 cases.
- thewiki.kr "raw/제곱근" (Korean wiki: "'제곱근 4 = \sqrt4'는 이 중 2만을 의미한다" while
  "'4의 제곱근'은 2와 -2"; "'세제곱근 8 = \sqrt[3]8'은 2"). 3 cases (1 False).

21 cases in all (4 False).

Left out, by rule: refusals that are only about form when the value is the same (trilltrill
3941629, "3/111と答えてしまった人は、とても惜しい" for 1/37; trilltrill 2029845, "√36" for 6, with
its note that "6" is wrong when the question asks for a √ form; mathbees2.blogspot.com 2022/08,
"3√6 – √3 / √2" not accepted until rationalised to "5√6 / 2"); answers under a different stated
value of π (mama.smt.docomo.ne.jp merkystyle 5366335, "10π" or "30" when π is taken as 3;
trilltrill 4271951, 113.04cm2 against 108 with π=3); decimals that rest on given approximations
(the ynaka sheet's 2.828, 4.242 ...; net-business888's "約3.464" for √12); the ynaka sheet's
rationalisation column and okwave's "√9/4 = 3/2", whose fractions the table conversion stacked
or lost; shingaku-kobo.com's scoring rules ("仮分数の解答を帯分数で解答してもです"), whose ○/×
marks were lost by the conversion; intermediate steps that are not an answer (trilltrill 3816999,
"1.2+3→1.5"; 4yuuu's 4/30 on the way to 2/15); single forms with no second form stated (andgirl
59939, 59957, 73465, 77264, trilltrill 3776649, 3902336, 3984492, 4208096).

Examined and not used: trilltrill 3947424 and andgirl 56922, 57079 (used by bench/equiv_fresh53_c2.py
and bench/equiv_fresh58_d.py); 4yuuu 30039897 and 30048425 (used before); okwave q2923061 (used by
bench/equiv_fresh46_c.py); query.libretexts.org's simplified-Chinese interval page (used by
bench/equiv_fresh58_d.py); weblio's center-test rule (examined by bench/equiv_fresh58_d.py);
topeduprep.uk's SSAT page with
Korean notes (used by bench/equiv_fresh60_c.py); chugaku-juken.com "math-kijun" (its stored
excerpt stops before any example); 123dok.co Korean answer keys (HWP fonts garbled: ";2!;",
"'∂13"); Chinese Q&A and answer-key searches (百度知道 mirrors, 评分标准, 区间/集合) returned only
title pages (abg.baidu.com tags, xiaoyuandeng titles, tag farms) or generic articles with no
settled pair (sghqlz.com, gewuxue.com); piwik.fun01.cc's "1.2+6.8=8" story (disputed, and examined
before); AI-generated pages (sensei-ai.app, knowledge.awaisora.com, gommath.com, gauthmath).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TRILL = "trilltrill.jp"
TRILL_3816999 = "https://trilltrill.jp/articles/3816999"
TRILL_4161836 = "https://trilltrill.jp/articles/4161836"
TRILL_4271948 = "https://trilltrill.jp/articles/4271948"
TRILL_2057487 = "https://trilltrill.jp/articles/2057487"
AND = "andgirl.jp"
AND_60310 = "https://andgirl.jp/culture/60310"
MEGA = "megalodon.jp"
MEGA_3871469 = (
    "https://megalodon.jp/ref/2024-1204-1925-25/https://trilltrill.jp:443/articles/3871469"
)
SUU = "suugakunoie.com"
SUU_IS = "https://suugakunoie.com/suugaku1/inequality-squared/"
YNK = "homepage1.canvas.ne.jp"
YNK_3206 = "http://homepage1.canvas.ne.jp/ynaka/3nen-2/3206a.html"
OKW = "d3vj4k4n1zwj.cloudfront.net"
OKW_9284371 = "https://d3vj4k4n1zwj.cloudfront.net/qa/q9284371.html"
TWK = "thewiki.kr"
TWK_SQ = "http://thewiki.kr/raw/%EC%A0%9C%EA%B3%B1%EA%B7%BC/!0"

CASES = [
    # trilltrill 3816999: one answer given as a decimal or a fraction
    _c(
        TRILL,
        TRILL_3816999,
        gold=r"4.2",
        pred=r"21/5",
        wrap=True,
        expected=True,
        why="'1.2+3/4÷1/4=?' ... '正解は「4.2または21/5」'",
    ),
    # trilltrill 4161836 and 4271948: a wrong sum or difference of radicals is named
    _c(
        TRILL,
        TRILL_4161836,
        gold=r"3√3",
        pred=r"√15",
        wrap=True,
        expected=False,
        why="'√3+√12' ... '実は「√15」は間違いです' ... '答えは「3√3」です!'",
    ),
    _c(
        TRILL,
        TRILL_4271948,
        gold=r"√3",
        pred=r"√9",
        wrap=True,
        expected=False,
        why="'√12−√3' ... '√9としてしまう間違いはしないようにしましょう' ... '答えは「√3」です'",
    ),
    # trilltrill 2057487: the square of a negative number without brackets
    _c(
        TRILL,
        TRILL_2057487,
        gold=r"−25",
        pred=r"25",
        wrap=True,
        expected=False,
        why="'答えが「25」になってしまっている方は...残念! それはよくある間違いです' '正解は、「−25」'",
    ),
    # andgirl 60310: the same product as a fraction or a decimal
    _c(
        AND,
        AND_60310,
        gold=r"1/10",
        pred=r"0.1",
        wrap=True,
        expected=True,
        why="'0.2×1/2': '答えはそのまま「1/10」です' ... '「0.1」。この場合は答えが小数になります'",
    ),
    # megalodon copy of trilltrill 3871469: a/b and the native 分の reading
    _c(
        MEGA,
        MEGA_3871469,
        gold=r"17/3",
        pred=r"3分の17",
        wrap=True,
        expected=True,
        why="'51÷9' ... '今回の問題の答えは「17/3(3分の17)」です'",
    ),
    # suugakunoie inequality-squared: an inequality answer written the other way round
    _c(
        SUU,
        SUU_IS,
        gold=r"a\;<\;x\;<\;b",
        pred=r"b\;>\;x\;>\;a",
        wrap=True,
        expected=True,
        why="answer form 'a<x<b'; '大小関係さえ合っていれば逆になっていても間違いではない' ('b>x>a')",
    ),
    _c(
        SUU,
        SUU_IS,
        gold=r"x\;<\;b",
        pred=r"b\;>\;x",
        wrap=True,
        expected=True,
        why="answer form 'x<b'; '逆になっていても間違いではない' ... 「b>x」といった表し方もしたりする",
    ),
    # ynaka 3206a (grade-9 answer sheet): simplified radicals against the given radicals
    _c(
        YNK,
        YNK_3206,
        gold=r"2√2",
        pred=r"√8",
        wrap=True,
        expected=True,
        why="answer row 1: '√8 = 2√2 = 2×1.414= 2.828'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"3√2",
        pred=r"√18",
        wrap=True,
        expected=True,
        why="answer row 2: '√18 = 3√2= 3×1.414 = 4.242'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"5√2",
        pred=r"√50",
        wrap=True,
        expected=True,
        why="answer row 3: '√50 = 5√2 = 5×1.414 = 7.070'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"√5",
        pred=r"√20÷√4",
        wrap=True,
        expected=True,
        why="answer row 4: '√5 = √20÷√4 = 4.472÷2 = 2.236'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"10√2",
        pred=r"√200",
        wrap=True,
        expected=True,
        why="answer row 5: '√200 = √2|00 = 10√2 = 10×1.414 = 14.14'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"10√20",
        pred=r"√2000",
        wrap=True,
        expected=True,
        why="answer row 6: '√2000 = √20|00 = 10√20 = 10×4.472 = 44.72'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"100√2",
        pred=r"√20000",
        wrap=True,
        expected=True,
        why="answer row 7: '√20000 = √2|00|00 = 100√2 = 100×1.414 = 141.4'",
    ),
    _c(
        YNK,
        YNK_3206,
        gold=r"100√20",
        pred=r"√200000",
        wrap=True,
        expected=True,
        why="answer row 8: '√200000 = √20|00|00 = 100√20 = 100×4.472 = 447.2'",
    ),
    # okwave mirror q9284371: rationalising the denominator is not required
    _c(
        OKW,
        OKW_9284371,
        gold=r"1 / √2",
        pred=r"√2 / 2",
        wrap=True,
        expected=True,
        why="best answer: '有理化は、必須ではありません。たとえば答が「 1 / √2 」の場合は、「 √2 / 2 」と変形すると'",
    ),
    _c(
        OKW,
        OKW_9284371,
        gold=r"1 / √π",
        pred=r"√π / π",
        wrap=True,
        expected=True,
        why="best answer: '答が「 1 / √π 」の場合に「 √π / π 」と変形するのはまったく利点がありません'",
    ),
    # thewiki 제곱근: the principal root against both square roots; the real cube root
    _c(
        TWK,
        TWK_SQ,
        gold=r"2",
        pred=r"\sqrt4",
        wrap=True,
        expected=True,
        why="''제곱근 [math(4 = \\sqrt4)]'는 이 중 [math(2)]만을 의미한다'",
    ),
    _c(
        TWK,
        TWK_SQ,
        gold=r"2",
        pred=r"2와 -2",
        wrap=True,
        expected=False,
        why="''4의 제곱근'은 2와 -2이고, '제곱근 4 = \\sqrt4'는 이 중 2만을 의미한다'",
    ),
    _c(
        TWK,
        TWK_SQ,
        gold=r"2",
        pred=r"\sqrt[3]8",
        wrap=True,
        expected=True,
        why="''세제곱근 [math(8 = \\sqrt[3]8)]'은 [math(2)]이고'",
    ),
]

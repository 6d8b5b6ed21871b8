r"""A fifty-fourth fresh set of answer-equivalence cases (evaluation only; helper "d": maths answers
settled by a person on web pages in Korean, Hindi, Bengali, Thai, Malay and Filipino -- answer keys,
tutors' solution blogs and exam-question explanation pages -- with the answer strings kept as the
pages write them: Bengali digits, Korean number words and units, the Hindi comma in mixed numbers,
the Malay ``5/7/8`` mixed number, Filipino unit words, full-width ``＋``/``－`` of a Korean key).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL, domain and page or thread id
was grepped in bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against every
/work/wt/fresh*_claims folder; each page is claimed in /work/wt/fresh54_claims). Each case gives the
reference answer (``gold``: the form the key or the answerer ends on, or names as the answer), the
prediction (``pred``: another form the same person equates with it, or a form the page says is not
the answer or not equal to it; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting it.
``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit; every
source is a web page with no licence file. Only the text the search tool returned for a page (its
excerpt, from the page's beginning) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored excerpt shows them: Bengali digits with an ASCII
point (``০.৫``, ``১২/২৫``), Korean ``×`` products and the key's full-width ``＋`` and ``－``
(``5x＋y``, ``3(x－y)``), the Korean number word ``칠백이`` and unit ``원``, the Hindi page's
comma between the whole part and the fraction of a mixed number (``1,11/12``, ``1, 4/5``) and its
spaced slashes (``23 / 12``), the Malay blog's ``5/7/8`` for 5 7/8 and its en dash (``40/8 – 3/8``),
the Filipino ``1/18 m.`` and ``74 m^2``, the ALS reviewer's ``÷`` and ``x`` for times, and LaTeX
(``\dfrac``, ``\div``, ``\left(...\right)``, ``3 \frac{1}{6}``) where the page has LaTeX. Where a
person writes a chain ``A = B = C``, the member the page gives as the answer (usually the last) is
the gold and each earlier member a True prediction. No formula was reconstructed.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- 123dok.co nq7wr6oz (Korean answer key, 기탄수학 K4 "답지 정답": products written without ``×``
  -- ``3×x=3x``, ``y×(-4)=(-4)×y=-4y``, ``(x-y)×3=3×(x-y)=3(x－y)``, ``5×x+y=5x＋y`` -- and back
  with ``×``: ``xyz=x×y×z``, ``(x-y)z=(x-y)×z``). 25 cases.
- 123dok.co 7qvlx01y (Korean answer key, 우등생 수학 2-1: item 2 "702, 칠백이"; item 18 answer
  "820" and its solution "... 모두 820원입니다"). 2 cases.
- www.polymath.co.kr contents/view/31011 (수학동아 article: "49/98=7/14=1/2", and the wrong
  cancellation "49/98=4/8=1/2로 1/2과 같은 값이 나옵니다"). 3 cases.
- www.thaiedujobs.com elementary math exercise 13 (Thai key "ข้อใด มีค่าแตกต่างจาก 3/5": 6/10,
  9/15, 18/30 come from 3/5, the odd option reduces to 4/7; likewise for 5/6, 5/9 and 1/6).
  14 cases (4 False).
- thaiedujobs.com elementary math exercise 17 (Thai key: lowest terms of 3/9; "ข้อใดมีค่าไม่เท่ากับ
  1/4"; "ข้อใดมีค่าเท่ากับ 6/9"). 11 cases (3 False).
- www.thaiedujobs.com elementary math exercise 18 (Thai key, shaded parts as decimals:
  "7/10=0.7", "1 + 0.4 = 1.4", "63/100=0.63"). 3 cases.
- mathematicstutorial.blogspot.com 2011/03 (Filipino tutor: "4/8. Ito ay katumbas ng 1/2"). 1 case.
- mathematicstutorial.blogspot.com label "ADDITION OF FRACTION WITH UNLIKE DENOMINATORS" (Filipino
  tutor: "10/8 = 1 2/8 = 1 1/4", "ang katumbas ng 1/2 ay ... 4/8", "3/4 ... 6/8", "Ang equivalent
  fraction ng 2/5 ay 6/15 at 5/15 sa 1/3"). 6 cases.
- alternativelearningsystem.blogspot.com label "2019 ALS A&E Test Mathematics in Filipino with
  Answers" (a reviewer's answer key: "8/9 x 1/16 = ... 8/144 = 1/18 m.", "Total area = 50 + 24 =
  74 m^2"). 3 cases.
- alternativelearningsystem.blogspot.com label "ALS A&E Math Reviewer with solutions" (Filipino
  solutions: "(-4) ÷ (-4) = 1"; the mixed number "5 3/7" converted, "(7 x 5 + 3)/7 = 38/7").
  3 cases.
- ask.banglahub.com.bd 5301 (Bengali post: "১/২ এর দশমিক ভগ্নাংশ ০.৫", "০.৫ ... সাধারণ ভগ্নাংশ
  ৫০/১০০।কাটাকাটি করলে হয় ১/২"). 2 cases.
- myexaminer.net Argues 3102277633 (Bengali exam question, key "Correct Answer: Option A" = ১২/২৫,
  the solution ending "ভগ্নাংশ = 12/25" in ASCII digits; options ১৯/২৫, ২৫/১২, ১৫/২৫ refused).
  4 cases (3 False).
- myexaminer.net Argues 1118633984 (Bengali exam question, key "Option D" = ৫/৭, solution
  "ভগ্নাংশটি= ৫/৭"; options ৪/৫, ৩/৪, ৭/৯ refused). 3 cases (False).
- pt3matematik.blog.onlinetuition.com.my p=5666 (Malay tutor, "tulis tiga pengiraan yang memberikan
  hasil –½": five worked chains each ending in ``-\frac{1}{2}``). 16 cases.
- www.apurvainstitute.in NCERT class 6 maths, Hindi medium, chapter 7 (भिन्न) page 6, exercise 7.6
  (a tutor's हल: "23 / 12 = 1,11/12", "95 / 12 = 7,11/12", "9/5 = 1, 4/5", "15/3 = 5", "6/6 =
  1"). 6 cases.
- suhailah-havefunwithmathematics.blogspot.com 2011/10 (Malay teacher's notes: "1/2 = 2/4 = 3/6",
  "½ dan 3/6 adalah setara", "5 - 3/8 + 5/4 = 40/8 – 3/8 + 10/8 = 47/8 = 5/7/8"). 6 cases.

Left out, by rule: members whose exponent or fraction bar was lost in the stored text (the K4 key's
``x2``, ``ax2``, ``-0.1x2``, ``4x2y``, ``(x-y)2``, ``(a-b)2(a+b)``, items whose circled number and
formula came out as ``;2°3;``-style codes; the ALS key's "(8 x 1) (9 x 16)" whose bar is lost);
members of a chain that are not equal as written (the Hindi page's "4 + 11 /3" and "8 - 3 / 6",
its lines that use ``-`` for ``=`` such as "22 / 15 - 1, 7/15", its wrong steps "2 x 4 + 3 x 3 +
1 x 6 /12 = 6 + 9 + 6 / 12" and "14 / 3 + 13/4" -- of those chains only the page's own last
equality, which is true, is kept; the Thai key's ``\dfrac{4\div4}{12\div12}=\dfrac{1}{3}``);
intermediate values that are not the answer asked for (the Thai key's 4/10 = 0.4, the ALS key's
"Area = 7 x 7 = 49 cm^2" before the surface area, which is cut off, and "440 kahon x 60 piraso
bawat kahon" written with unit words inside the product); the problem statement itself as a
prediction (8/9 ÷ 16, {36 ÷ (-9)} ÷ {(-24) ÷ 6}, 5 - 3/8 + 1/1/4, 1,1/3 + 3,2/3); the Thai key's
item 4 of exercise 17 ("which is in simplest form", a form policy); pairs stated with a question
and its answer only, no second form (Malay "5/6 + 2/1/3 =3/1/6", "1-1/5 = 4/5"); a repeated pair
(pt3 chain 4's ``-\frac{4}{8}``, already taken from chain 3); the ALS reviewer's median item (its
method, "MEDIAN = 127/9 = 14.11 ... Ang tamang sagot ay B. 14", is wrong though the letter is
right).

Examined and not used: myexaminer.net 2591883266 and 1120010240 (explanations in the structured
"শর্টকাট টেকনিক" style of machine-written text), myexaminer.net 2300248066 and 361103362 (no pair
of forms); chakribidda.com 21242, bissoy.com 205731 and 194188 (the answers "৯১১" and "৩৭" lost
their fraction bar), prothomsir.com and mcqtarget.com (no answer shown); vcampusbd.com math-9
48675 (recurring-decimal dots lost); 123dok.co y6e945g4 (fractions stored as ``;2°3;`` codes);
gommath.com (machine-written, as an earlier set found); m.mbn.co.kr 1155510 (the answer under the
condition is implied, not written); orbi.kr columns (multiple-choice letters, formulas as images);
3dmpengines.tistory.com (formulas as images); haryanaboardsolutions.com and sikhlo.co.in (fraction
bars lost), studytik.com (answers only), digitalsakshar.com (Marathi); giveback2society.blogspot,
vdokumen.net and the scribd Malay worksheets (stacked fractions lost); thaigoodview.com and the
slideshare Thai tests (no key in the stored text or its text mis-encoded); the Arabic pages
returned (njah.org, emirates-school.com, q8-online.com, dorar-aliraq.net: titles only, no
worked answers); porsan.app (Persian); etsapuwera.blogspot and mamalaybay.blogspot (puzzle
factor pairs, no second form of an answer). No Arabic page with a legible settled pair was found.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

K1 = (
    "123dok.co",
    "https://123dok.co/document/nq7wr6oz-%EA%B8%B0%ED%83%84%EC%88%98%ED%95%99-k-"
    "%EB%8B%B5%EC%A7%80-%EC%A0%95%EB%8B%B5.html",
)

K2 = (
    "123dok.co",
    "https://123dok.co/document/7qvlx01y-%EC%9A%B0%EB%93%B1%EC%83%9D-%EC%88%98%ED%95%99-"
    "%EB%8B%B5%EC%A7%80-%EC%A0%95%EB%8B%B5.html",
)

K3 = ("www.polymath.co.kr", "http://www.polymath.co.kr/contents/view/31011")

T1 = ("www.thaiedujobs.com", "https://www.thaiedujobs.com/lessons/elementary/math/exercise/13")

T2 = ("thaiedujobs.com", "https://thaiedujobs.com/lessons/elementary/math/exercise/17")

T3 = ("www.thaiedujobs.com", "https://www.thaiedujobs.com/lessons/elementary/math/exercise/18")

F1 = (
    "mathematicstutorial.blogspot.com",
    "http://mathematicstutorial.blogspot.com/2011/03/addition-of-fraction-pagsusuma-ng.html",
)

F2 = (
    "mathematicstutorial.blogspot.com",
    "https://mathematicstutorial.blogspot.com/search/label/"
    "ADDITION%20OF%20FRACTION%20WITH%20UNLIKE%20DENOMINATORS",
)

F3 = (
    "alternativelearningsystem.blogspot.com",
    "http://alternativelearningsystem.blogspot.com/search/label/"
    "2019%20ALS%20A%26E%20Test%20Mathematics%20in%20Filipino%20with%20Answers",
)

F4 = (
    "alternativelearningsystem.blogspot.com",
    "https://alternativelearningsystem.blogspot.com/search/label/"
    "ALS%20A%26E%20Math%20Reviewer%20with%20solutions?m=0",
)

B1 = (
    "ask.banglahub.com.bd",
    "https://ask.banglahub.com.bd/5301/%E0%A6%AD%E0%A6%97%E0%A7%8D%E0%A6%A8%E0%A6%BE%E0%A6%82"
    "%E0%A6%B6-%E0%A6%85%E0%A6%A4%E0%A6%BF-%E0%A6%B8%E0%A6%B9%E0%A6%9C%E0%A7%87%E0%A6%87-mcq-"
    "%E0%A6%8F%E0%A6%B0-%E0%A6%89%E0%A6%93%E0%A6%B0-%E0%A6%AC%E0%A7%87%E0%A6%B0-%E0%A6%95%E0%A6"
    "%B0%E0%A6%AC%E0%A7%8B-%E0%A6%95%E0%A6%BF%E0%A6%AD%E0%A6%BE%E0%A6%AC%E0%A7%87",
)

B2 = ("myexaminer.net", "https://myexaminer.net/Argues/view/3102277633")

B3 = ("myexaminer.net", "https://myexaminer.net/Argues/view/1118633984")

M1 = (
    "pt3matematik.blog.onlinetuition.com.my",
    "https://pt3matematik.blog.onlinetuition.com.my/?p=5666",
)

M2 = (
    "suhailah-havefunwithmathematics.blogspot.com",
    "http://suhailah-havefunwithmathematics.blogspot.com/2011/10/pecahan-perpuluhan-dan-peratus.html",
)

H1 = (
    "www.apurvainstitute.in",
    "https://www.apurvainstitute.in/study-materials/ncert-solutions/chapters/home.php?tab=ncert_book"
    "&class=6&subject=Mathematics&medium=hindi&chapter=7.%20%E0%A4%AD%E0%A4%BF%E0%A4%A8%E0%A5%8D"
    "%E0%A4%A8&page=6",
)


def _p(src: tuple[str, str], gold: str, pred: str, expected: bool, why: str) -> dict[str, object]:
    return _c(src[0], src[1], gold=gold, pred=pred, wrap=True, expected=expected, why=why)


CASES = [
    # 123dok.co nq7wr6oz, 기탄수학 K4 key, first section (write without ×): "<풀이> ① 3×x=3x ..."
    _p(K1, r"3x", r"3×x", True, "K4 key ①: '3×x=3x'"),
    _p(K1, r"xy", r"x×y", True, "K4 key ②: 'x×y=xy'"),
    _p(K1, r"x", r"1×x", True, "K4 key ③: '1×x=x'"),
    _p(K1, r"-x", r"-1×x", True, "K4 key ③: '-1×x=-x'"),
    _p(K1, r"2(x+y)", r"2×(x+y)", True, "K4 key ⑤: '2×(x+y)=2(x+y)'"),
    _p(K1, r"3(x－y)", r"(x-y)×3", True, "K4 key ⑤: '(x-y)×3=3×(x-y)=3(x－y)' (full-width minus)"),
    _p(K1, r"3(x－y)", r"3×(x-y)", True, "K4 key ⑤: '(x-y)×3=3×(x-y)=3(x－y)' (full-width minus)"),
    _p(K1, r"2a", r"2×a", True, "K4 key ⑥: '2×a=2a'"),
    _p(K1, r"-4y", r"y×(-4)", True, "K4 key ⑦: 'y×(-4)=(-4)×y=-4y'"),
    _p(K1, r"-4y", r"(-4)×y", True, "K4 key ⑦: 'y×(-4)=(-4)×y=-4y'"),
    _p(K1, r"ab", r"b×a", True, "K4 key ⑧: 'b×a=a×b=ab'"),
    _p(K1, r"ab", r"a×b", True, "K4 key ⑧: 'b×a=a×b=ab'"),
    _p(K1, r"a", r"1×a", True, "K4 key ⑨: '1×a=a'"),
    _p(K1, r"-x", r"x×(-1)", True, "K4 key ⑩: 'x×(-1)=(-1)×x=-x'"),
    _p(K1, r"-x", r"(-1)×x", True, "K4 key ⑩: 'x×(-1)=(-1)×x=-x'"),
    _p(K1, r"-4(x+y)", r"(x+y)×(-4)", True, "K4 key ⑫: '(x+y)×(-4)=(-4)×(x+y)=-4(x+y)'"),
    _p(K1, r"-4(x+y)", r"(-4)×(x+y)", True, "K4 key ⑫: '(x+y)×(-4)=(-4)×(x+y)=-4(x+y)'"),
    # second section ("※ 덧셈 기호 ＋와 뺄셈 기호 －는 생략하면 안 된다")
    _p(K1, r"5x＋y", r"5×x+y", True, "K4 key, 2nd section ①: '5×x+y=5x＋y' (full-width plus)"),
    _p(K1, r"3a-4b", r"3×a-4×b", True, "K4 key, 2nd section ②: '3×a-4×b=3a-4b'"),
    _p(K1, r"-2(5-x)y", r"(-2)×(5-x)×y", True, "K4 key, 2nd section ③: '(-2)×(5-x)×y=-2(5-x)y'"),
    # third section (write with ×); the answers listed are the × forms
    _p(K1, r"x×y×z", r"xyz", True, "K4 key, 3rd section ⑪: 'xyz=x×y×z'"),
    _p(K1, r"5×a×b", r"5ab", True, "K4 key, 3rd section ⑫: '5ab=5×a×b'"),
    _p(
        K1,
        r"(x-y)×z",
        r"(x-y)z",
        True,
        "K4 key, 3rd section (circled number lost): '(x-y)z=(x-y)×z'",
    ),
    _p(
        K1,
        r"(x+y)×(x-y)",
        r"(x+y)(x-y)",
        True,
        "K4 key, 3rd section (circled number lost): '(x+y)(x-y)=(x+y)×(x-y)'",
    ),
    _p(
        K1,
        r"3×a×b-2×a",
        r"3ab-2a",
        True,
        "K4 key, 3rd section (circled number lost): '3ab-2a=3×a×b-2×a'",
    ),
    # 123dok.co 7qvlx01y, 우등생 수학 2-1 key
    _p(K2, r"702", r"칠백이", True, "2-1 key item 2: '702, 칠백이' (the number and its reading)"),
    _p(
        K2, r"820", r"820원", True, "2-1 key item 18: answer '820'; solution '... 모두 820원입니다'"
    ),
    # polymath.co.kr 31011 (수학동아)
    _p(K3, r"1/2", r"49/98", True, "article: '49/98=7/14=1/2'"),
    _p(K3, r"1/2", r"7/14", True, "article: '49/98=7/14=1/2'"),
    _p(K3, r"1/2", r"4/8", True, "article: '49/98=4/8=1/2로 1/2과 같은 값이 나옵니다'"),
    # thaiedujobs exercise 13: "ข้อใด มีค่าแตกต่างจาก ..." / "ข้อใดมีค่าเดียวกับ ..."
    _p(T1, r"\dfrac{3}{5}", r"\dfrac{6}{10}", True, "ex.13 item 1: 'ข้อ ก. 6/10 มาจาก (3×2)/(5×2)'"),
    _p(T1, r"\dfrac{3}{5}", r"\dfrac{9}{15}", True, "ex.13 item 1: 'ข้อ ข. 9/15 มาจาก (3×3)/(5×3)'"),
    _p(
        T1,
        r"\dfrac{3}{5}",
        r"\dfrac{18}{30}",
        True,
        "ex.13 item 1: 'ข้อ ค. 18/30 มาจาก (3×6)/(5×6)'",
    ),
    _p(
        T1,
        r"\dfrac{3}{5}",
        r"\dfrac{4}{7}",
        False,
        "ex.13 item 1, answer ง: 'ไม่ได้มาจาก 3/5 แต่มาจาก (20÷5)/(35÷5) = 4/7'",
    ),
    _p(
        T1,
        r"\dfrac{5}{6}",
        r"\dfrac{20}{24}",
        True,
        "ex.13 item 2: 'ข้อ ก. 20/24 มาจาก (5×4)/(6×4)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{6}",
        r"\dfrac{40}{48}",
        True,
        "ex.13 item 2: 'ข้อ ข. 40/48 มาจาก (5×8)/(6×8)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{6}",
        r"\dfrac{60}{72}",
        True,
        "ex.13 item 2: 'ข้อ ง. 60/72 มาจาก (5×12)/(6×12)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{6}",
        r"\dfrac{11}{12}",
        False,
        "ex.13 item 2, answer ค: 'ไม่ได้มาจาก 5/6 แต่มาจาก (55÷5)/(60÷5) = 11/12'",
    ),
    _p(
        T1,
        r"\dfrac{5}{9}",
        r"\dfrac{15}{27}",
        True,
        "ex.13 item 3: 'ข้อ ก. 15/27 มาจาก (5×3)/(9×3)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{9}",
        r"\dfrac{35}{63}",
        True,
        "ex.13 item 3: 'ข้อ ค. 35/63 มาจาก (5×7)/(9×7)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{9}",
        r"\dfrac{45}{81}",
        True,
        "ex.13 item 3: 'ข้อ ง. 45/81 มาจาก (5×9)/(9×9)'",
    ),
    _p(
        T1,
        r"\dfrac{5}{9}",
        r"\dfrac{7}{12}",
        False,
        "ex.13 item 3, answer ข: 'ไม่ได้มาจาก 5/9 แต่มาจาก (21÷3)/(36÷3) = 7/12'",
    ),
    _p(
        T1,
        r"\dfrac{1}{6}",
        r"\dfrac{5}{30}",
        True,
        "ex.13 item 4 (same value as 1/6), answer ก: (1×5)/(6×5) = 5/30",
    ),
    _p(
        T1,
        r"\dfrac{1}{6}",
        r"\dfrac{1}{7}",
        False,
        "ex.13 item 4: 'ข้อ ข. ไม่ได้มาจาก 1/6 แต่มาจาก (6÷6)/(42÷6) = 1/7'",
    ),
    # thaiedujobs exercise 17
    _p(
        T2,
        r"\dfrac{1}{3}",
        r"\dfrac{3}{9}",
        True,
        "ex.17 item 1: lowest terms of 3/9 = (3÷3)/(9÷3) = 1/3",
    ),
    _p(
        T2,
        r"\dfrac{1}{3}",
        r"\dfrac{3\div 3}{9\div 3}",
        True,
        "ex.17 item 1: '\\dfrac{3\\div 3}{9\\div 3}=\\dfrac{1}{3}'",
    ),
    _p(
        T2,
        r"\dfrac{1}{4}",
        r"\dfrac{2\div2}{8\div2}",
        True,
        "ex.17 item 2: '\\dfrac{2\\div2}{8\\div2}=\\dfrac{1}{4}'",
    ),
    _p(
        T2,
        r"\dfrac{1}{4}",
        r"\dfrac{6\div 6}{24\div6}",
        True,
        "ex.17 item 2: '\\dfrac{6\\div 6}{24\\div6}=\\dfrac{1}{4}'",
    ),
    _p(
        T2,
        r"\dfrac{1}{4}",
        r"\dfrac{8\div8}{32\div8}",
        True,
        "ex.17 item 2: '\\dfrac{8\\div8}{32\\div8}=\\dfrac{1}{4}'",
    ),
    _p(
        T2,
        r"\dfrac{1}{4}",
        r"\dfrac{1}{3}",
        False,
        "ex.17 item 2 (not equal to 1/4): 4/12 = 1/3, 'ข้อ ข แตกต่างกับข้ออื่น'",
    ),
    _p(
        T2,
        r"\dfrac{2}{3}",
        r"\dfrac{6}{9}",
        True,
        "ex.17 item 3: '\\dfrac{6}{9}=\\dfrac{6\\div3}{9\\div3}=\\dfrac{2}{3}'",
    ),
    _p(
        T2,
        r"\dfrac{2}{3}",
        r"\dfrac{6\div3}{9\div3}",
        True,
        "ex.17 item 3: '\\dfrac{6}{9}=\\dfrac{6\\div3}{9\\div3}=\\dfrac{2}{3}'",
    ),
    _p(
        T2,
        r"\dfrac{6}{9}",
        r"\dfrac{10\div5}{15\div5}",
        True,
        "ex.17 item 3: 'ข้อ ค ... \\dfrac{10\\div5}{15\\div5}=\\dfrac{2}{3} ซึ่งตรงกับโจทย์'",
    ),
    _p(
        T2,
        r"\dfrac{6}{9}",
        r"\dfrac{1}{2}",
        False,
        "ex.17 item 3, option ข: 3/6 reduces to 1/2, not the 6/9 asked for",
    ),
    _p(
        T2,
        r"\dfrac{6}{9}",
        r"\dfrac{4}{9}",
        False,
        "ex.17 item 3, option ง: 8/18 reduces to 4/9, not the 6/9 asked for",
    ),
    # thaiedujobs exercise 18
    _p(T3, r"0.7", r"\dfrac{7}{10}", True, "ex.18 item 1: '\\dfrac{7}{10}=0.7'"),
    _p(T3, r"1.4", r"1 + 0.4", True, "ex.18 item 2: 'ในรูปทศนิยมคือ 1 + 0.4 = 1.4'"),
    _p(T3, r"0.63", r"\dfrac{63}{100}", True, "ex.18 item 3: '\\dfrac{63}{100}=0.63'"),
    # mathematicstutorial.blogspot.com (Filipino)
    _p(
        F1,
        r"1/2",
        r"4/8",
        True,
        "'Maaari nating i-simplify ang fraction na 4/8. Ito ay katumbas ng 1/2.'",
    ),
    _p(F2, r"1 1/4", r"10/8", True, "'ang 10/8 = 1 2/8 = 1 1/4'"),
    _p(F2, r"1 1/4", r"1 2/8", True, "'ang 10/8 = 1 2/8 = 1 1/4'"),
    _p(F2, r"1/2", r"4/8", True, "'ang katumbas ng 1/2 ay ==> 8 / 2 = 4 x 1 = 4 ==> 4/8'"),
    _p(F2, r"3/4", r"6/8", True, "'Ang katumbas ng 3/4 ==> 8/4 = 2 x 3 = 6/8'"),
    _p(F2, r"2/5", r"6/15", True, "'Ang equivalent fraction ng 2/5 ay 6/15 at 5/15 sa 1/3'"),
    _p(F2, r"1/3", r"5/15", True, "'Ang equivalent fraction ng 2/5 ay 6/15 at 5/15 sa 1/3'"),
    # alternativelearningsystem.blogspot.com, 2019 ALS A&E test in Filipino with answers
    _p(F3, r"1/18 m.", r"8/144", True, "item 2 SAGOT: '8/144 = 1/18 m. ==> Simplest form'"),
    _p(F3, r"1/18 m.", r"8/9 x 1/16", True, "item 2 SAGOT: '8/9 x 1/16 = ... 8/144 = 1/18 m.'"),
    _p(F3, r"74 m^2", r"50 + 24", True, "item 3 SAGOT: 'Total area = 50 + 24 = 74 m^2'"),
    # alternativelearningsystem.blogspot.com, ALS A&E math reviewer with solutions
    _p(F4, r"1", r"(-4) ÷ (-4)", True, "item 2: '(-4) ÷ (-4) = 1'"),
    _p(
        F4,
        r"38/7",
        r"5 3/7",
        True,
        "item 3: 'I-convert muna natin ang mixed number ... 5 3/7 sa fraction ... = 38/7'",
    ),
    _p(F4, r"38/7", r"(7 x 5 + 3)/7", True, "item 3: 'Kaya, (7 x 5 + 3)/7 = 38/7'"),
    # ask.banglahub.com.bd 5301 (Bengali digits)
    _p(B1, r"০.৫", r"১/২", True, "'যেমন-১/২ এর দশমিক ভগ্নাংশ ০.৫'"),
    _p(B1, r"১/২", r"৫০/১০০", True, "'০.৫ দশমিক ভগ্নাংশের সাধারণ ভগ্নাংশ ৫০/১০০।কাটাকাটি করলে হয় ১/২'"),
    # myexaminer.net 3102277633: key Option A = ১২/২৫; solution ends 'ভগ্নাংশ = 12/25'
    _p(
        B2,
        r"১২/২৫",
        r"12/25",
        True,
        "'Correct Answer: Option A' (A ১২/২৫); solution 'ভগ্নাংশ = 12/25'",
    ),
    _p(B2, r"১২/২৫", r"১৯/২৫", False, "option B, refused ('Correct Answer: Option A')"),
    _p(
        B2,
        r"১২/২৫",
        r"২৫/১২",
        False,
        "option C (the reciprocal), refused ('Correct Answer: Option A')",
    ),
    _p(B2, r"১২/২৫", r"১৫/২৫", False, "option D, refused ('Correct Answer: Option A')"),
    # myexaminer.net 1118633984: key Option D = ৫/৭
    _p(B3, r"৫/৭", r"৪/৫", False, "option A, refused ('Correct Answer: Option D', 'ভগ্নাংশটি= ৫/৭')"),
    _p(B3, r"৫/৭", r"৩/৪", False, "option B, refused ('Correct Answer: Option D', 'ভগ্নাংশটি= ৫/৭')"),
    _p(B3, r"৫/৭", r"৭/৯", False, "option C, refused ('Correct Answer: Option D', 'ভগ্নাংশটি= ৫/৭')"),
]

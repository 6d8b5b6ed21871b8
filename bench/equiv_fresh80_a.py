r"""An eightieth fresh set of answer-equivalence cases (evaluation only; helper "a": language
models' answers to maths questions -- "Open AI" as a 2022 course exhibit calls it, ChatGPT
(GPT-3.5, GPT-4o, with code), Gemini 2.5 Pro, Claude 3.5 Sonnet, Bard and Bing -- that a person
checked on a public page (a Harvard course's exhibit pages, a blog post, a forum thread, a news
article) and settled as right or wrong, together with the correct answer the page states, in
English, Japanese and Spanish).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh80_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the correct answer as the page states it), the prediction (``pred``: the model's final answer as
the page shows it) and the verdict (``expected``) the page's author settles, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the "±" and the full digit string
of the Harvard exhibit, the thousands commas and the trailing "..." of gigazine's "92,669.8...",
the Japanese "または" and "約" kept). ``wrap`` is True where the page gives the model's answer as a
bare value, and False where the pred is the model's whole closing sentence (buildcivitas.com's
"Thus, 3281 is a composite number."). Readings, each noted in ``why``: a left side "x =" is
dropped from the exhibit's "x = ± 0.73908513321516064"; the exhibit's gold for cos(x)=x is the
"0.739" of "only intersect in 0.739 ...."; qiita.com's gold "2240" is the value the author calls
the model's "正答" (the code's "2240.00000000027", answered "約2240", with a deduction only for the
"約"); news.yahoo.co.jp asks which of 10.11 and 10.9 is larger and marks the models that chose
10.11 wrong ("×"), so the gold is the other of the two; note.com's gold "2500" is the value the
author calls "正答" for all three chatbots, and Bing's later "10000" is the number the author
says it changed to ("10000に変わってるよ") in its explanation; buildcivitas.com's gold "not prime"
is the author's "It correctly told me that number is not prime".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- people.math.harvard.edu "~knill/teaching/math21a2022/exhibits/openai2/index.html" (Oliver
  Knill's Math 21a exhibit "We experimented a bit more with Open AI": 2x/3y-1 at x=9, y=2, the
  AI's "6/6-1 = 0" against "should have got ... 18/6-1 = 2"; the practice-exam extrema "Global
  Maximum: 8 TRUE", "Global Minimum: 0 FALSE -8/3 is the minimum"). 3 cases (2 False).
- people.math.harvard.edu "~knill/teaching/math21a2022/exhibits/openai3/index.html" ("A bit more
  experiments": cos(x)=x, "x = ± 0.73908513321516064", "The positive solution is ok. The negative
  solution is false."). 1 case (1 False).
- gigazine.net "gsc_news/en/20260128-ai-fake-proof" (Tomasz Machnik's test of Gemini 2.5 Pro as
  reported: the square root of 8,587,693,205 is "approximately '92,669.8...'", "slightly off from
  Gemini 2.5 Pro's answer", "92,670.00003"). 1 case (1 False).
- hiroe.hatenablog.com "entry/2023/02/23/022028" (ChatGPT on the centre test's slope a^2-2a-8 < 0:
  "a < -2 または a > 4 以上が答えとなります。", "惜しい!! ... -2<a<4が正解。"). 1 case (1 False).
- qiita.com "tadokuno/items/cd0aeaf15f92e77188c2" (ChatGPT on the 2024 Nada entrance exam, Q1
  1÷(1/9-1÷(35×35+32×32))=9+81/x: "正答を出しました。ただし、コードの実行結果は2240.00000000027
  であり、回答は約2240となっているので、その分の減点は必要です"). 1 case.
- www.infobae.com "tecno/2025/08/29/ia-resuelve-3-3-3-3-3-en-segundos-..." (3 × 3 ÷ 3 – (3 + 3):
  the AI "obteniendo como resultado -3", "Para llegar al resultado correcto, ChatGPT aplicó ...").
  1 case.
- news.yahoo.co.jp "articles/9594def5f0886999521f0e63194da42fd5bbaeae?page=2" (ChatGPT Pro against
  GPT-4o, test 1: "ChatGPTとClaudeは小数点以下の11と9を比べて、10.11の方が大きいと判断。正解し
  たのはo1 proのみ", "ChatGPT 4o × Claude 3.5 Sonnet ×"). 1 case (1 False).
- note.com "kind_daphne841/n/nbba6b086fd99" (ChatGPT, Bard and Bing on the sum of the odd numbers
  from 1 to 99: "2500と正答でした"; Bing's explanation "10000に変わってるよ、ビー君!!"). 2 cases
  (1 False).
- beta.buildcivitas.com "t/large-language-models-doing-some-harm-to-the-soul/265" (a forum post:
  "I asked ChatGPT if 3,281 is prime. It correctly told me that number is not prime, but falsely
  claimed it's divisible by 3", ChatGPT's "Thus, 3281 is a composite number."). 1 case.

12 cases in all (7 False).

Left out, by rule: answers whose correct value the page does not state (Knill's antiderivative of
exp(-x^2), "completely off" with no answer given; the same exhibit's "The answer is 63 x 105
Sin[2 x] 15 Si..." for sin(x)^10, cut off and stacked by the conversion; buildcivitas.com's 30257,
"divisible by 7", against a factorization "79×383" that does not answer the question as asked, and
its 31-digit "30 digit prime"; news.yahoo.co.jp's equation tests, "全て正解" with no values); a gold
the page misprints (Knill's post-office box, "The best is (x,y,z) = (18,18,38)", which breaks the
constraint z+2x+2y = 108; the AI's "x = y = z = 36" is refused on the page, but the printed gold is
not an answer); the true answers the page only implies by calling them right (o1 pro's 10.9 on
news.yahoo.co.jp; ChatGPT's "not prime" for 30257); letter counting ("bubble", news.yahoo.co.jp
test 2); and answers that repeat one another (the three chatbots' identical 2500 on note.com are
one case).

Examined and not used: boards.straightdope.com 1018126 (the law-of-sines transcript, cut off
before the final angle); brandon-dorman.medium.com, davescomputertips.com, sean-oldham.com,
barrydahl.com, webnots.com, spritzlerreport.com, andreas.scherbaum.la, mihai.page, butler.cx,
helloacm.com, rl.huuu.biz, computationalcomplexity.org, bocek.co.jp 2834 and 8209, romptn.com,
komatsu-ob.hatenablog, eldebate.com, glc.us.es, community.openai.com 327848 (used or examined by
earlier sets); numbas.mathcentre.ac.uk's "Rearrange formula 1-5" (the AI's rearrangement is cut
off before its last line); leaf-64.com inspi_lab0027 (the gold is two digits A and B, the models
give whole divisions, no verdict in the text); efehn.com p2 and p4 (Claude's numbers not stated,
or "Choose either 5 or 6" against Claude's 5 left open); hardprompts.ai (machine-written run
summaries); pulzo.com's 70 ÷ 7 × 5 + 9 – 2 (machine-style text, the expression lost in
conversion); context.center's TechCrunch copy of the Apple kiwi example (only o1-mini's
intermediate "88 ... – 5 ... = 83 kiwis" is quoted); oreilly.com's primality test (the verdict is
paraphrased, "correctly answered that this number was not prime"); note.com yuzu_mathlove,
mrsrosy and skomeda, note.mu super_lotus582, itmedia.co.jp and note.com happy_dahlia405 (answers
in screenshots, or the correct answer cut off); mathelounge.de
1072260 (the magic sum 325 called wrong, the right one not stated); the 163.com 6÷2(1+2) test (a
disputed gold, "准确答案是 9" against "说答案为 1 的,也有一定的缘由", results cut off);
v2ex.com 1024869 and blog.csdn.net 145949266 (no settled verdict in the text); community.openai.com
653997 (the right option is not named); braveindianews.com (9.11 against 9.9, Malayalam, the gold
not stated); dongliang.medium.com and azxyc.com (logic riddles, or no stated model or correct
answer); news articles on chatbot scores without answers (LifePrompt's 共通テスト,
Korean 수능 reports, century.tech, mindmatters.ai); gauthmath, studdy.ai and other AI answer sites.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

KNILL = "people.math.harvard.edu"
KNILL_AI2 = (
    "https://people.math.harvard.edu/~knill/teaching/math21a2022/exhibits/openai2/index.html"
)
KNILL_AI3 = (
    "https://people.math.harvard.edu/~knill/teaching/math21a2022/exhibits/openai3/index.html"
)
GIGA = "gigazine.net"
GIGA_FAKE = "https://gigazine.net/gsc_news/en/20260128-ai-fake-proof"
HIROE = "hiroe.hatenablog.com"
HIROE_CENTER = "https://hiroe.hatenablog.com/entry/2023/02/23/022028"
QIITA = "qiita.com"
QIITA_NADA = "https://qiita.com/tadokuno/items/cd0aeaf15f92e77188c2"
INFOBAE = "www.infobae.com"
INFOBAE_333 = (
    "https://www.infobae.com/tecno/2025/08/29/"
    "ia-resuelve-3-3-3-3-3-en-segundos-la-operacion-matematica-que-reta-a-los-mas-genios/"
)
YAHOO = "news.yahoo.co.jp"
YAHOO_PRO = "https://news.yahoo.co.jp/articles/9594def5f0886999521f0e63194da42fd5bbaeae?page=2"
NOTE = "note.com"
NOTE_ODD = "https://note.com/kind_daphne841/n/nbba6b086fd99"
CIVITAS = "beta.buildcivitas.com"
CIVITAS_265 = (
    "https://beta.buildcivitas.com/t/large-language-models-doing-some-harm-to-the-soul/265"
)

CASES = [
    # Knill's Math 21a exhibit "openai2": PEMDAS and a practice-exam extremum problem
    _c(
        KNILL,
        KNILL_AI2,
        gold=r"2",
        pred=r"0",
        wrap=True,
        expected=False,
        why="'2x/3y-1 = (2*9)/(3*2)-1 = 6/6-1 = 0' ... 'It was almost there and should have got"
        " 2x/3y-1 = (2*9)/(3*2)-1 = 18/6-1 = 2 which is the answer most humans get' (0 is wrong"
        " under either reading the page discusses)",
    ),
    _c(
        KNILL,
        KNILL_AI2,
        gold=r"8",
        pred=r"8",
        wrap=True,
        expected=True,
        why="'Open AI Answer: Global max 8, global min 0,' 'Global Maximum: 8 TRUE'",
    ),
    _c(
        KNILL,
        KNILL_AI2,
        gold=r"-8/3",
        pred=r"0",
        wrap=True,
        expected=False,
        why="'Open AI Answer: Global max 8, global min 0,' 'Global Minimum: 0 FALSE -8/3 is the"
        " minimum'",
    ),
    # Knill's exhibit "openai3": the fixed point of cos
    _c(
        KNILL,
        KNILL_AI3,
        gold=r"0.739",
        pred=r"± 0.73908513321516064",
        wrap=True,
        expected=False,
        why="'The solution of the equation is x = ± 0.73908513321516064.' 'The positive solution"
        " is ok. The negative solution is false. The graph of cos(x) and x only intersect in"
        " 0.739 ....'",
    ),
    # gigazine.net: Gemini 2.5 Pro's square root of 8,587,693,205
    _c(
        GIGA,
        GIGA_FAKE,
        gold=r"92,669.8...",
        pred=r"92,670.00003",
        wrap=True,
        expected=False,
        why="'The square root of 8,587,693,205 is 92,670.00003.' ... 'it contains a significant"
        " error: the actual square root of '8,587,693,205' is approximately '92,669.8...', which"
        " is slightly off from Gemini 2.5 Pro's answer'",
    ),
    # hiroe.hatenablog.com: ChatGPT on a centre-test inequality
    _c(
        HIROE,
        HIROE_CENTER,
        gold=r"-2<a<4",
        pred=r"a < -2 または a > 4",
        wrap=True,
        expected=False,
        why="'a < -2 または a > 4 以上が答えとなります。' '惜しい!! aが-2より大きく4より小さいとき"
        "左辺は負になります。-2<a<4が正解。'",
    ),
    # qiita.com: ChatGPT on the 2024 Nada entrance exam, question 1
    _c(
        QIITA,
        QIITA_NADA,
        gold=r"2240",
        pred=r"約2240",
        wrap=True,
        expected=True,
        why="'正答を出しました。ただし、コードの実行結果は2240.00000000027であり、回答は約2240と"
        "なっているので、その分の減点は必要です。'; summary '正解は問1と問2、問5の一部、問6'",
    ),
    # infobae.com: 3 × 3 ÷ 3 – (3 + 3)
    _c(
        INFOBAE,
        INFOBAE_333,
        gold=r"-3",
        pred=r"-3",
        wrap=True,
        expected=True,
        why="'La inteligencia artificial resolvió la operación matemática 3 × 3 ÷ 3 – (3 + 3) ..."
        " obteniendo como resultado -3.' 'Para llegar al resultado correcto, ChatGPT aplicó el"
        " orden de las operaciones'",
    ),
    # news.yahoo.co.jp: which is larger, 10.11 or 10.9
    _c(
        YAHOO,
        YAHOO_PRO,
        gold=r"10.9",
        pred=r"10.11",
        wrap=True,
        expected=False,
        why="'ChatGPTとClaudeは小数点以下の11と9を比べて、10.11の方が大きいと判断。正解したのは"
        "o1 proのみ。' 'ChatGPT 4o × Claude 3.5 Sonnet ×' (gold: the other of the two numbers"
        " asked about)",
    ),
    # note.com (kind_daphne841): the sum of the odd numbers from 1 to 99
    _c(
        NOTE,
        NOTE_ODD,
        gold=r"2500",
        pred=r"2500",
        wrap=True,
        expected=True,
        why="'「1から99までの奇数をすべて足し合わせるといくつになるでしょう」' ... 'さすが3人とも"
        "AIです。2500と正答でした。' (ChatGPT3.5, Bard, Bing)",
    ),
    _c(
        NOTE,
        NOTE_ODD,
        gold=r"2500",
        pred=r"10000",
        wrap=True,
        expected=False,
        why="Bing's explanation: 'なんと、はじめに正答していたのに、説明で痛恨のミス!! 10000に"
        "変わってるよ、ビー君!!'",
    ),
    # beta.buildcivitas.com: is 3,281 prime
    _c(
        CIVITAS,
        CIVITAS_265,
        gold=r"not prime",
        pred=r"Thus, 3281 is a composite number.",
        wrap=False,
        expected=True,
        why="'I asked ChatGPT if 3,281 is prime. It correctly told me that number is not prime,"
        " but falsely claimed it's divisible by 3' (its closing sentence quoted); '3,281 is the"
        " product of 17 and 193'",
    ),
]

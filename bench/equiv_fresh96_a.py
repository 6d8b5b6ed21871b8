r"""A ninety-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": language
models' final answers to maths questions -- DeepSeek, Gemini, Claude (the 2023 chatbot, 3.7 Sonnet,
Sonnet 4, Opus 4.6), ChatGPT, GPT-4o, GPT-4.5, o3-mini, OpenAI Deep Research, Grok-2, Perplexity
Sonar and Amazon Nova Micro -- that a person checked on a public page (a reddit or Hacker News
thread, a personal blog, a benchmark write-up with a results table, a vendor's test post) and
settled as equal or not equal to the correct answer the page states, in English and Chinese).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh96_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the correct answer as the page states it), the prediction (``pred``: the model's final answer as
the page shows it) and the verdict (``expected``) the page's author settles, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (thousands commas, the ranges
"166-170" and "150-200" of teaguehopkins' list, the two decimals of schristoph's table, the "$"
and ".00" of euclidtools' "$2,646.00", the "x" of Claude's "3 x 5 x 7 x 11 x 13 x 37", the "√" and
the flat fractions of the Chinese blog, whose gold keeps its "和" ("and") before the last root).
``wrap`` is True where the page gives the model's answer as a bare value (a table cell, a number
in the author's sentence, "came up with 37.7%") and False where the page quotes the model's whole
answer sentence ("The largest number that is less than 1000 is 999.", "There are 783,360 colored
squares on the board, not counting the white squares."). Readings, each noted in ``why``: the
theydidthemath gold is the commenter's exact value "386/512" (his line goes on "=~ 0.7539 =
75.39%"); the wenxuecity blog shows ChatGPT's second answer as three bullet points "x = 1 + i√3",
"x = 1 - i√3", "x = -1.", joined here with commas and the final full stop dropped; on the Hacker
News millionth-prime comment the gold of Claude's "prime factorization of 15,485,863" is the
number itself, which the commenter names "the actual millionth prime"; on the Hacker News
multiplication comment the gold is Opus 4.6's corrected product 45,368,455,257, which the
commenter accepts (the first answer "was wrong, but very close", and he concludes that the model
"appears to be able to do multi-digit arithmetic formally"); teaguehopkins' question is a count
of the coloured squares in a photographed game board, settled as "Human – 350 (Correct)".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- redlib.privacytools.click, r/Bard 1gtlpta "no_model_shared_this_probability_question" (P(E_n) =
  n/36 on eight outcomes, number of events with P(A) >= 4/5: "Gemini 1114 experimental was closest
  (18) to correct answer 19"). 1 case (1 False).
- reddit.jaspervandalum.nl, r/theydidthemath 1jlldez "[Request] Can you solve this probability
  problem? AI is stumped" (reaching 11 trophies from 10 within 10 games: "DeepSeek thought for
  about 5 minutes and came up with 37.7% (wrong ...)"; a reply's "= 386/512 =~ 0.7539 = 75.39%").
  1 case (1 False).
- zh.wenxuecity.com, myblog 75239 "202302/12128.html" (ChatGPT on the roots of x^3 + 1 = 0: "這個
  方程有3個根:-1, 1/2+√3/2 i, 和 1/2-√3/2 i"; the first answer, where ChatGPT "被方程x^3+1=0卡住
  了", and the factorised one, "但答案仍然是錯的"). 2 cases (2 False).
- techecho.bigdataflowing.com, Hacker News mirror "zh/item/36680755" (Claude on the millionth
  prime: "the millionth prime should be close to 22,338,618,421"; "The prime factorization of
  15,485,863 is: 3 x 5 x 7 x 11 x 13 x 37"; "15,485,863 (which is the actual millionth prime)").
  2 cases (2 False).
- www.teaguehopkins.com "2025/03/how-many-colored-squares-are-on-this-board/" (ten models on the
  number of coloured squares on a board, "sorted by how far off they were", against "Human – 350
  (Correct)": GPT-4.5 781,695, Perplexity Sonar and Gemini 2.0 Flash 783,360, Claude Sonnet 3.7
  Thinking 160, Deep Research 166-170, GPT-4o 177, o3-mini 150-180, Grok-2 196, Claude 3.7 Sonnet
  150-200, R1 225). 10 cases (10 False).
- blog.plover.com "tech/gpt/four-digit-numbers.html" (MJD: "What is the largest number that
  is less than 1000?"; ChatGPT "The largest number that is less than 1000 is 999."; "It had
  answered my question correctly"). 1 case.
- schristoph.online "blog/llms-dont-do-math" (five business calculations, Amazon Nova Micro and
  Claude Sonnet 4 against a "Correct" column, with ✅ and ❌: 7 × 8, a 15% discount on €249.99,
  compound interest, a mortgage payment, a standard deviation). 10 cases (5 False).
- hn.masterscheme.cn, Hacker News mirror "item?id=47031107" (not the item 39594562 of
  bench/equiv_fresh65_a2.py; Opus 4.6 on 50,651 x 895,707: "It immediately responded:
  45,368,055,057. This was wrong, but very close"; "The corrected answer is 45,368,455,257.").
  1 case (1 False).
- euclidtools.com "blog/llm-math-errors-the-2645-problem" ("$2,450 x 1.08. The correct answer is
  $2,646.00"; "For simple multiplication (2450 x 1.08), it [GPT-4o] returned 2646. Correct.").
  1 case.

29 cases in all (22 False).

Left out, by rule: model answers the page states without a correct answer (the Bard thread's "Gpt4o
and Claude 3.5 sonnet failed badly"; Claude's other "facts" on the Hacker News millionth-prime
comment, "around 5 million digits", "seven divisors: 1, 3, 5, 7, 11, 13, 37, 15,485,863"; ChatGPT's
"9991 is a four-digit number that is less than 1000" on plover.com, an answer to a request for a
counterexample that does not exist); answers whose only gold is the model's own value (Opus
4.6's corrected product, used only as the gold of its first answer; euclidtools' GPT-4o mortgage
"$1,627.54" and standard deviation "29.7769", called correct with no other value; its "$2,645.00",
an illustration of what an agent might return, not a shown output); answers shown only in images
(hoololi.tech's ChatGPT products; Perplexity's and the other models' screenshots on
teaguehopkins.com beyond the quoted list).

Examined and not used: webnots.com, helloacm.com, rajiv.com, exaktai.ai, dongliang.medium.com,
zenn.dev mutex_inc, grokmag.com, paigewhite1111.wixsite.com, sean-oldham.com, barrydahl.com,
news.barelyhuman.xyz 44732212 and its sbhn.g1b.me copies, community.openai.com 327848 and 1133274,
readerfi.com 7917 and its theagenttimes.com retelling, zplatform.ai, mathelounge.de 1072260,
futurezone.de, eldebate.com, community.deeplearning.ai, rl.huuu.biz, red.byte.kiwi,
computationalcomplexity.org, bogleheads.org, brandon-dorman.medium.com, andreas.scherbaum.la,
mihai.page (used or examined by earlier sets); codewithkeith.co.uk's "1% Club AI challenge" posts
(verdict tables written by the author's pipeline, not a person's check); ndtvprofit.com's 8.8 -
8.11 test, busan.fnnews.com's 수능 22번 test ("55라는 오답"), blog.csdn.net wanttobefish 145949266,
birow.com, vellum.ai, thetrustedface.com, wiki.amarulasolutions.com, oldschool-engineer.dev,
winappnet.com/getappnet.com "ChatGPT Is Gaslighting You With Math", techcommunity.microsoft.com
3814489 and Russian test articles on habr.com and pvsm.ru (the gold or the models' answers come
after the stored text stops); discuss.python.org 105475 (an unnamed phone "AI"); the r/ChatGPT
1ilesh0 thread (no stated gold beyond "a question that doesn't have any answer"); red.byte.kiwi's
r/singularity hexadecimal puzzle (its own solution line contradicts its table); hn.jakechampion.name
42974449 (£5.88 puzzle, its answer disputed on the page); web-tau-bice-50.vercel.app 41528809 (no
single answer); hjcaspar.de and ralfbenzmann.de (the correct values are not stated); machine-
written or rewritten pages (hyper.ai stories, www-iq-test.ru spun copies of Education Next,
dailyaiwire.news, newsletter.devcowboy.com, aiselect-chat.pages.dev, isaicorrect.com,
dojolabs.co, hardprompts.ai, cattitu.de's LLM-judge pages, opper.ai roundtables); s-anand.net's
multiplication table (✅/❌ without the models' answers); dataset viewers and eval logs with
automatic scores (MathArena outputs, TAUR-dev, the anthropic_fake_github pages).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

BARD = "redlib.privacytools.click"
BARD_1GT = (
    "https://redlib.privacytools.click/r/Bard/comments/1gtlpta/"
    "no_model_shared_this_probability_question/lxpxify/?context=3"
)
TDTM = "reddit.jaspervandalum.nl"
TDTM_1JL = (
    "https://reddit.jaspervandalum.nl/r/theydidthemath/comments/1jlldez/"
    "request_can_you_solve_this_probability_problem_ai"
)
WXC = "zh.wenxuecity.com"
WXC_12128 = "http://zh.wenxuecity.com/myblog/75239/202302/12128.html"
TECHO = "techecho.bigdataflowing.com"
TECHO_366 = "https://techecho.bigdataflowing.com/zh/item/36680755"
TEAGUE = "www.teaguehopkins.com"
TEAGUE_SQ = "https://www.teaguehopkins.com/2025/03/how-many-colored-squares-are-on-this-board/"
PLOVER = "blog.plover.com"
PLOVER_4D = "https://blog.plover.com/tech/gpt/four-digit-numbers.html"
SCHR = "schristoph.online"
SCHR_LLM = "https://schristoph.online/blog/llms-dont-do-math"
HNMS = "hn.masterscheme.cn"
HNMS_470 = "https://hn.masterscheme.cn/item?id=47031107"
EUCLID = "euclidtools.com"
EUCLID_2645 = "https://euclidtools.com/blog/llm-math-errors-the-2645-problem"

_TEAGUE_WHY = "'Human – 350 (Correct)'; list of model answers 'sorted by how far off they were'"

CASES = [
    # r/Bard 1gtlpta: Gemini 1114's count of events with P(A) >= 4/5 against the stated answer
    _c(
        BARD,
        BARD_1GT,
        gold=r"19",
        pred=r"18",
        wrap=True,
        expected=False,
        why="'Gemini 1114 experimental was closest (18) to correct answer 19'",
    ),
    # r/theydidthemath 1jlldez: DeepSeek's probability of ever reaching 11 trophies
    _c(
        TDTM,
        TDTM_1JL,
        gold=r"386/512",
        pred=r"37.7%",
        wrap=True,
        expected=False,
        why="'DeepSeek ... came up with 37.7% (wrong ...)'; reply: '= 386/512 =~ 0.7539 = 75.39%'",
    ),
    # zh.wenxuecity.com 12128: ChatGPT on the three roots of x^3 + 1 = 0
    _c(
        WXC,
        WXC_12128,
        gold=r"-1, 1/2+√3/2 i, 和 1/2-√3/2 i",
        pred=r"x = (-1 + √[3(i)])^(1/3) , (-1 - √[3(i)])^(1/3)",
        wrap=True,
        expected=False,
        why="'第一次ChatGPT被方程x^3+1=0卡住了'; the later answers 'but the answer was still wrong'"
        " ('但答案仍然是錯的')",
    ),
    _c(
        WXC,
        WXC_12128,
        gold=r"-1, 1/2+√3/2 i, 和 1/2-√3/2 i",
        pred=r"x = 1 + i√3, x = 1 - i√3, x = -1",
        wrap=True,
        expected=False,
        why="'後麵幾次它換成了因式分解,但答案仍然是錯的' (bullets 'x = 1 + i√3', 'x = 1 - i√3',"
        " 'x = -1.' joined)",
    ),
    # techecho (Hacker News 36680755): Claude on the millionth prime
    _c(
        TECHO,
        TECHO_366,
        gold=r"15,485,863",
        pred=r"Using this formula, the millionth prime should be close to 22,338,618,421.",
        wrap=False,
        expected=False,
        why="Claude's 'facts' about the millionth prime; '15,485,863 (which is the actual millionth"
        " prime)'",
    ),
    _c(
        TECHO,
        TECHO_366,
        gold=r"15,485,863",
        pred=r"The prime factorization of 15,485,863 is: 3 x 5 x 7 x 11 x 13 x 37",
        wrap=False,
        expected=False,
        why="reading: 15,485,863 is 'the actual millionth prime', so its factorization is itself;"
        " Claude's 'helpful facts' are mocked",
    ),
    # teaguehopkins.com: ten models count the coloured squares on a game board (human: 350)
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"The board contains 781,695 colored squares. White squares were excluded from the"
        r" count.",
        wrap=False,
        expected=False,
        why=_TEAGUE_WHY + ": 'GPT-4.5 – 781,695'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"783,360",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'Perplexity Sonar – 783,360'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"There are 783,360 colored squares on the board, not counting the white squares.",
        wrap=False,
        expected=False,
        why=_TEAGUE_WHY + ": 'Gemini 2.0 Flash – 783,360'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"160",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'Claude Sonnet 3.7 Thinking – 160'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"166-170",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'Deep Research – 166-170'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"177",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'GPT-4o – 177'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"150-180",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'o3-mini – 150-180'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"196",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'Grok-2 – 196'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"150-200",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'Claude 3.7 Sonnet – 150-200'",
    ),
    _c(
        TEAGUE,
        TEAGUE_SQ,
        gold=r"350",
        pred=r"225",
        wrap=True,
        expected=False,
        why=_TEAGUE_WHY + ": 'R1 – 225'",
    ),
    # blog.plover.com: ChatGPT on the largest number less than 1000
    _c(
        PLOVER,
        PLOVER_4D,
        gold=r"999",
        pred=r"The largest number that is less than 1000 is 999.",
        wrap=False,
        expected=True,
        why="'It had answered my question correctly'",
    ),
    # schristoph.online: Correct / Nova Micro / Sonnet 4 table, with ✅ and ❌
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"56.00",
        pred=r"56.00",
        wrap=True,
        expected=True,
        why="'7 × 8 | 56.00 | 56.00 | ✅' (Nova Micro)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"56.00",
        pred=r"56.00",
        wrap=True,
        expected=True,
        why="'7 × 8 | 56.00 | ... | 56.00 | ✅' (Sonnet 4)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"212.49",
        pred=r"212.49",
        wrap=True,
        expected=True,
        why="'15% discount on €249.99 | 212.49 | 212.49 | ✅' (Nova Micro)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"212.49",
        pred=r"212.49",
        wrap=True,
        expected=True,
        why="'15% discount on €249.99 | 212.49 | ... | 212.49 | ✅' (Sonnet 4)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"12,722.79",
        pred=r"12,076.62",
        wrap=True,
        expected=False,
        why="'Compound interest (7 years) | 12,722.79 | 12,076.62 | ❌ 5.1% off' (Nova Micro)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"12,722.79",
        pred=r"12,722.79",
        wrap=True,
        expected=True,
        why="'Compound interest (7 years) | 12,722.79 | ... | 12,722.79 | ✅' (Sonnet 4)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"1,292.14",
        pred=r"1,234.68",
        wrap=True,
        expected=False,
        why="'Mortgage (€250K, 3.8%, 25y) | 1,292.14 | 1,234.68 | ❌ 4.4% off' (Nova Micro)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"1,292.14",
        pred=r"1,307.26",
        wrap=True,
        expected=False,
        why="'Mortgage (€250K, 3.8%, 25y) | 1,292.14 | ... | 1,307.26 | ❌ 1.2% off' (Sonnet 4)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"24.33",
        pred=r"26.92",
        wrap=True,
        expected=False,
        why="'Standard deviation (10 values) | 24.33 | 26.92 | ❌ 10.6% off' (Nova Micro)",
    ),
    _c(
        SCHR,
        SCHR_LLM,
        gold=r"24.33",
        pred=r"24.26",
        wrap=True,
        expected=False,
        why="'Standard deviation (10 values) | 24.33 | ... | 24.26 | ❌ 0.3% off' (Sonnet 4)",
    ),
    # hn.masterscheme.cn 47031107: Opus 4.6's first product of 50,651 x 895,707
    _c(
        HNMS,
        HNMS_470,
        gold=r"45,368,455,257",
        pred=r"45,368,055,057",
        wrap=True,
        expected=False,
        why="'It immediately responded: 45,368,055,057. This was wrong, but very close'; 'The"
        " corrected answer is 45,368,455,257.'",
    ),
    # euclidtools.com: GPT-4o on 2450 x 1.08
    _c(
        EUCLID,
        EUCLID_2645,
        gold=r"$2,646.00",
        pred=r"2646",
        wrap=True,
        expected=True,
        why="'$2,450 x 1.08. The correct answer is $2,646.00'; '(2450 x 1.08), it returned 2646."
        " Correct.'",
    ),
]

r"""A sixty-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": language
models' answers to maths questions -- ChatGPT, GPT-4, Claude 3, Edge Copilot, Google's AI
answer -- that a person checked and settled on a public page (a blog post, a teacher's course
notes, a news article), in English, German, Portuguese, Chinese and Japanese, together with the
correct answer the page gives).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh67_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the answer the page settles as right, from the book, a teacher or the author's own working), the
prediction (``pred``: the model's final answer as the page shows it) and the verdict
(``expected``) the page's author settles, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX, the
``$${...}$$`` wrappers and the en dash of the ai-laboratory.info copy, the backticks of Claude's
Japanese answer, "個" and the Japanese full stop, "log" against "\ln" as each side wrote it).
``wrap`` is True where the page gives the model's answer as a bare value, and False where the page
quotes the model's whole concluding sentence, which is then the pred. Readings, each noted in
``why``: a left side such as redian.news's "x1 =" is dropped where the answer is the right side;
the solution of ettoremessina.tech's differential equation is itself an equation, and both sides
keep "y(x) =" and "y =" as written; netmath's two roots keep their labels "x_1", "x_2" (the page's
gold is "x_1=\frac{58}{5}, x_2=-15"; the Copilot pred joins its two result lines "x_1 = ... =
11.56" and "x_2 = ... = -14.96" with ", " and keeps only the final value of each); where the page
states the correct answer only by calling the model's answer correct (bocek.co.jp's bread problem,
note.com's mandarins, ai-laboratory.info's GPT-4 answer), the gold is that value as the page prints
it ("3個", the "x = 12" of the model's working, the two pairs "(1, -4)" and "(4, -1)"); the gold of
Claude 3's a^3 - b^3 = 65 answer on ai-laboratory.info/claude3-gpt4 (whose excerpt calls every pair
wrong, "すべて題意を満たしていません", but does not print the right pairs) is taken from the companion post
ai-laboratory.info/?p=45 by the same author, which links to it, introduces it as the problem
"Claude3が間違えた", and calls GPT-4's (1, -4) and (4, -1) "正解"; redian.news's Newton step and
ramblingnotesofageezer's addition are intermediate results the author checks and corrects
("答案不是5,是3.166", "105 + 84 is actually 189"); Gardner's answer on guildofscientifictroubadours.com
is printed as "149 + 263 + 587 = 999", the set with its sum, and is kept so; helloacm.com's gold
"8th day" is the end of "the frog will climb out on the 8th day".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- voodooguru23.blogspot.com "2022/12/chatgpt-and-tragi-comedy-of-integration.html" (the Gaussian
  integral "=\sqrt{\pi}"; ChatGPT's "... is C, where C is a constant.", "therubbish", "This
  mathematical howler"). 1 case (1 False).
- netmath.vcrp.de "downloads/Skripte/Vorkurs/Dahn/VorkursSage/was_sagt_die_ki1.html" (a
  Vorkurs's "Was sagt die KI?": Edge Copilot on 100x^2+340x+289=17689, "Die Antwort ist falsch.",
  its 11.56 and -14.96 against "Die richtigen Lösungen dieser Gleichung sind x_1=\frac{58}{5},
  x_2=-15"). 1 case (1 False).
- terra.com.br "byte/conheca-a-conta-simples-de-matematica-que-ate-o-programa-chatgpt-errou,..."
  (8÷2(2+2): "o ChatGPT mudou de ideia e explicou que a resposta é 1"; "a primeira resposta é a
  correta e o resultado é 16"). 1 case (1 False).
- redian.news "wxnews/198687" (a maths PhD tests ChatGPT: Newton's method for the square root of
  10, "x1 = (3 + (10 / 3)) / 2 = 5", "数算错了,答案不是5,是3.166"). 1 case (1 False).
- ai-laboratory.info "?p=45" (Kyoto 2005 a^3-b^3=65: GPT-4's "(1, -4) and (4, -1)", "正解ではある
  のですが") and "claude3-gpt4" (Claude 3's "(8, 1), (9, 2), (10, 3), (11, 4) の 4 通りです",
  "計算がめちゃくちゃ。すべて題意を満たしていません"). 2 cases (1 False).
- helloacm.com "how-chatgpt-solves-a-math-puzzle/" (the frog in a 10 m well: "The answer is the
  frog will climb out on the 8th day"; ChatGPT's "Therefore, it will take the frog 10 days to
  climb out of the well." answered "No, it is not correct"). 1 case (1 False).
- bocek.co.jp "media/exercise/chatgpt/2766" (8 breads, 3 eaten, 2 given away: GPT-3.5's and
  GPT-4's "3個" answers, "どちらのモデルでも、正しい解答が出力されました"). 2 cases.
- note.com "adachiakiho/n/n1bb1a4e8ee28" (father and son with 20 mandarins each: ChatGPT's "x =
  12" and "子が父にあげたのは12個のミカンです", "あっさり解きやがった!", "ちゃんと計算して、答えを
  導いてる"). 1 case.
- ettoremessina.tech "?p=253" (ChatGPT 4 on y' = e^{x - y}: "The right solution is: y(x) = log(c_1
  + e^x)"; the second attempt's "y = x + \ln(C)", "The proposed solution is obviously wrong.").
  1 case (1 False).
- ramblingnotesofageezer.substack.com "p/and-you-thought-you-were-bad-at-math" (Google's AI answer
  on horizontal multiplication: "It claims in step 3 that 105 + 84 = 945 (of course, 105 + 84 is
  actually 189)"). 1 case (1 False).
- guildofscientifictroubadours.com "2023/05/31/chatgpt-flunks-martin-gardners-old-brainteasers/"
  (Scientific American's test, reposted: three primes using the nine digits once with the lowest
  sum, Gardner's "unique answer 149 + 263 + 587 = 999", ChatGPT's "first answer: 257, 683 and
  941"). 1 case (1 False).

13 cases in all (9 False).

Left out, by rule: answers the page shows only in screenshots or cuts off before the model's final
answer or before the correct one (butler.cx's GPT-4 box volume; listserv.linguistlist.org's
ChatGPT bat-and-ball transcript; the second and third tries of ettoremessina.tech and
helloacm.com's frog; ai-laboratory.info/?p=134, GPT-4o on odd a with 10000 | a^2-a, whose
verdict is cut off; bocek.co.jp 2834 and 8209, whose verdicts are cut off; komatsu-ob.hatenablog
("正解は「余り11」", ChatGPT's answer not in the text); tvchosun's "3번" answer and
romptn.com's power, with no stated correct or model answer); correct answers the page does not
state (glc.us.es/~jalonso's "23*4567 - (20+3)*4567 ... es 420"; eldebate.com's 344+143 = 587;
community.deeplearning.ai's solar-cost "($350/sq ft) x + ($100,000)"; note.com fukuma_topology's
GPT-4o pairs for x^3-y^3=80; xmau.com's CalenPIario count, where ChatGPT's count is implied, not
stated; note.com yoshiie_koutaro's "3人"); pages that are rewritten or AI-written
(dailyaiwire.news's local-LLM sums, the nvidia/Nemotron-CC-Math viewer copies of blogs and of
O'Reilly's primality test); paraphrased model answers ("约为 6e38与-3e44" on nshx.cn); questions
that are not a settled single answer (vellum.ai's modified Monty Hall, the £5.88 shop puzzle on
hn.jakechampion.name, Microsoft techcommunity's CD interest "All of these methods are just
estimates", shekhargulati.com's book answer 7 against 9); character counting
(tech.everyeye.it, tecnoandroid.it); and the UOL copy of the 8÷2(2+2) question, whose teacher's
verdict is cut off.

Examined and not used: sean-oldham.com, medium.com/@k.sunman91, webnots.com,
brandon-dorman.medium.com, barrydahl.com, asfairaname.substack.com, community.openai.com 327848,
mindmatters.ai, readerfi.com 7917, helloacm.com's 95,555 teaser and 0ce.medium.com (used or
examined by bench/equiv_fresh65_a*.py); sbhn.g1b.me item 44732011 (the same Hacker News thread as
bench/equiv_fresh65_a.py's news.barelyhuman.xyz 44732212); rl.huuu.biz and wiki.newagtalk.com
(examined before); hjcaspar.de (ChatGPT's side lengths not printed); yujunmao1.github.io CHAMP
pages and wildvisualizer.com WildChat logs (no person's verdict); futurezone.de (the same Gardner
test, cut off before the answer); studdy.ai, gauthmath, math-gpt.org and other AI answer sites.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VOODOO = "voodooguru23.blogspot.com"
VOODOO_INT = "http://voodooguru23.blogspot.com/2022/12/chatgpt-and-tragi-comedy-of-integration.html"
NETMATH = "netmath.vcrp.de"
NETMATH_KI1 = (
    "https://netmath.vcrp.de/downloads/Skripte/Vorkurs/Dahn/VorkursSage/was_sagt_die_ki1.html"
)
TERRA = "terra.com.br"
TERRA_CONTA = (
    "https://terra.com.br/byte/conheca-a-conta-simples-de-matematica-que-ate-o-programa-chatgpt-"
    "errou,654caa20df4876de90b5b11ad2a742681kdgxivb.html"
)
REDIAN = "redian.news"
REDIAN_198687 = "https://redian.news/wxnews/198687"
AILAB = "ai-laboratory.info"
AILAB_45 = "https://ai-laboratory.info/?p=45"
AILAB_C3 = "https://ai-laboratory.info/claude3-gpt4"
ACM = "helloacm.com"
ACM_FROG = "https://helloacm.com/how-chatgpt-solves-a-math-puzzle/"
BOCEK = "bocek.co.jp"
BOCEK_2766 = "https://bocek.co.jp/media/exercise/chatgpt/2766"
NOTE = "note.com"
NOTE_ADACHI = "https://note.com/adachiakiho/n/n1bb1a4e8ee28"
ETTORE = "ettoremessina.tech"
ETTORE_253 = "https://ettoremessina.tech/?p=253"
GEEZER = "ramblingnotesofageezer.substack.com"
GEEZER_MATH = "https://ramblingnotesofageezer.substack.com/p/and-you-thought-you-were-bad-at-math"
GUILD = "guildofscientifictroubadours.com"
GUILD_GARDNER = (
    "https://guildofscientifictroubadours.com/2023/05/31/chatgpt-flunks-martin-gardners-old-"
    "brainteasers/"
)

CASES = [
    # voodooguru23: ChatGPT's Gaussian integral, a constant C against \sqrt{\pi}
    _c(
        VOODOO,
        VOODOO_INT,
        gold=r"\sqrt{\pi}",
        pred=r"Therefore, the solution to the integral of e^(-x^2) with respect to x from minus"
        r" infinity to plus infinity is C, where C is a constant.",
        wrap=False,
        expected=False,
        why="'$$\\int_{-\\infty}^{\\infty} e^{-x^2} dx=\\sqrt{\\pi}$$' ... 'This mathematical"
        " howler really surprised me.'",
    ),
    # netmath.vcrp.de: Edge Copilot's rounded roots of a quadratic, called wrong
    _c(
        NETMATH,
        NETMATH_KI1,
        gold=r"x_1=\frac{58}{5}, x_2=-15",
        pred=r"x_1 = 11.56, x_2 = -14.96",
        wrap=True,
        expected=False,
        why="'Antwort (Edge Copilot am 29.4.2024): Die Antwort ist falsch.' ... 'Die richtigen"
        " Lösungen dieser Gleichung sind x_1=\\frac{58}{5}, x_2=-15.'",
    ),
    # terra.com.br: 8÷2(2+2), ChatGPT's changed answer against the page's 16
    _c(
        TERRA,
        TERRA_CONTA,
        gold=r"16",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'o ChatGPT mudou de ideia e explicou que a resposta é 1' ... 'a primeira resposta é a"
        " correta e o resultado é 16'",
    ),
    # redian.news: ChatGPT's first Newton step for the square root of 10
    _c(
        REDIAN,
        REDIAN_198687,
        gold=r"3.166",
        pred=r"5",
        wrap=True,
        expected=False,
        why="'x1 = (3 + (10 / 3)) / 2 = 5' ... '数算错了,答案不是5,是3.166。'",
    ),
    # ai-laboratory.info: Kyoto 2005, integer pairs with a^3 - b^3 = 65
    _c(
        AILAB,
        AILAB_45,
        gold=r"(1, -4), (4, -1)",
        pred=r"The integer pairs $${(a, b)}$$that satisfy the equation $${a^3 – b^3 = 65}$$ are"
        r" $${(1, -4)}$$and $${(4, -1)}$$.",
        wrap=False,
        expected=True,
        why="GPT-4's answer, then '正解ではあるのですが手順はまったく記されておらず' (correct,"
        " though no steps are shown)",
    ),
    _c(
        AILAB,
        AILAB_C3,
        gold=r"(1, -4), (4, -1)",
        pred=r"したがって、`a^3 – b^3 = 65` を満たす整数の組 `(a, b)` は `(8, 1)`, `(9, 2)`,"
        r" `(10, 3)`, `(11, 4)` の 4 通りです。",
        wrap=False,
        expected=False,
        why="'解く手順は合っているのですが計算がめちゃくちゃ。すべて題意を満たしていません。';"
        " gold from the companion post ?p=45 ('Claude3が間違えた京都大学の数学入試', GPT-4's pairs"
        " '正解')",
    ),
    # helloacm.com: the frog in the well, ChatGPT's first answer
    _c(
        ACM,
        ACM_FROG,
        gold=r"8th day",
        pred=r"Therefore, it will take the frog 10 days to climb out of the well.",
        wrap=False,
        expected=False,
        why="'The answer is the frog will climb out on the 8th day' ... 'Then I replied: No, it is"
        " not correct, can you think again?'",
    ),
    # bocek.co.jp: a bread subtraction word problem, both models right
    _c(
        BOCEK,
        BOCEK_2766,
        gold=r"3個",
        pred=r"残りのパンの個数は3個です。",
        wrap=False,
        expected=True,
        why="GPT-3.5 '*答え 残りのパンの個数は3個です。' ... 'どちらのモデルでも、正しい解答が出力"
        "されました。'",
    ),
    _c(
        BOCEK,
        BOCEK_2766,
        gold=r"3個",
        pred=r"残りのパンは3個です。",
        wrap=False,
        expected=True,
        why="GPT-4 '*答え 残りのパンは3個です。' ... 'どちらのモデルでも、正しい解答が出力され"
        "ました。'",
    ),
    # note.com (adachiakiho): father and son's mandarins, solved
    _c(
        NOTE,
        NOTE_ADACHI,
        gold=r"12",
        pred=r"よって、子が父にあげたのは12個のミカンです。",
        wrap=False,
        expected=True,
        why="'x = 12 よって、子が父にあげたのは12個のミカンです。' 'おぉ!!! すげぃ! ちゃんと計算し"
        "て、答えを導いてる!!' (under '問題1 あっさり解きやがった!')",
    ),
    # ettoremessina.tech: ChatGPT 4's second attempt at y' = e^{x - y}
    _c(
        ETTORE,
        ETTORE_253,
        gold=r"y(x) = log(c_1 + e^x)",
        pred=r"y = x + \ln(C)",
        wrap=True,
        expected=False,
        why="'The right solution is: \\(y(x) = log(c_1 + e^x) \\)' ... 'to get \\(y = x + \\ln(C)"
        " \\)' 'The proposed solution is obviously wrong.'",
    ),
    # ramblingnotesofageezer: Google's AI answer adds 105 + 84
    _c(
        GEEZER,
        GEEZER_MATH,
        gold=r"189",
        pred=r"945",
        wrap=True,
        expected=False,
        why="'It claims in step 3 that 105 + 84 = 945 (of course, 105 + 84 is actually 189).'",
    ),
    # guildofscientifictroubadours.com: Gardner's three primes with the lowest sum
    _c(
        GUILD,
        GUILD_GARDNER,
        gold=r"149 + 263 + 587 = 999",
        pred=r"257, 683 and 941",
        wrap=True,
        expected=False,
        why="'This yields the unique answer 149 + 263 + 587 = 999.' ... 'the AI's first answer:"
        " 257, 683 and 941' (post titled 'ChatGPT flunks Martin Gardner's old brainteasers')",
    ),
]

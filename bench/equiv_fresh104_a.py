r"""A hundred-and-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": real
answers of language models to maths questions -- ChatGPT (the December 2022 chatbot and a later
ChatGPT), Claude 3.5 Sonnet, Llama 3 8B, Qwen 7B, DeepSeek-V3 served by Tencent Cloud, and a
language model continuing a prompted story on LessWrong -- where a person on a public page (a
blog post, a Stack Exchange answer, a reddit or LessWrong comment, a Chinese developer's note)
states the model's final answer and whether it matches the correct answer the page gives).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh104_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the correct answer as the page states it), the prediction (``pred``: the model's final answer as
the page quotes it) and the verdict (``expected``) the page's author settles, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt, always the page's beginning) was read. Do not tune the judge on
these cases.

Transcription: strings are copied as the stored page shows them (the thousands commas of the
TechCrunch copy, the Unicode minus "−" and the "i" of the LessWrong comment, the "√" and "^" of
Bill Wadge's transcript, the author's "2/3rds", the trailing "…" with which vibe-coding-flow.com
cuts Qwen's sentence). A left side such as "f(1) =" is dropped. ``wrap`` is True where the page
gives the model's answer as a bare value or expression and False where it quotes the model's
answer sentence (Llama 3's and Qwen's handshake sentences, Claude's Monty Hall sentence, ChatGPT's
machines sentence) or a completion that carries its own ``\boxed{}`` (the DeepSeek-V3 output).
Readings, each noted in ``why``: where the page states the correct answer only by approving the
model's answer (Bill Wadge's "Otherwise OK" for the distance example, the ai.stackexchange
answer's "Initial question, answered correctly", the LessWrong "[correct]" and "is definitely
correct", the Chinese note's "回答正确"), the gold is the value in that approved answer ("5", "5
minutes", "3i", "−240", "9.9"); the Chinese note prints the API's JSON string, so its doubled
backslashes and "\n" escapes are undone in the pred (single backslashes, real line breaks), and
the pred is the output's last lines, "**最终结论**:" and the display-math box; the reddit gold
is the post's own "f(1) = 1", which the reply confirms ("the one in the post does indeed work for
all 5 given values"), against ChatGPT's "f(1) = 181436" for a polynomial it had copied wrong.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- billwadge.com "2022/12/15/just-how-smart-are-you-chatgpt-i-quiz-chatgpt-about-math" (Bill Wadge
  quizzes the December 2022 ChatGPT: Newton's method for the square root of 10, "x1 = (3 + (10 /
  3)) / 2 = 5", "It screwed up the arithmetic. Not 5, but 3.166."; the distance between (3,4) and
  (6,8), "√((6 - 3)^2 + (8 - 4)^2) = √(3^2 + 4^2) = √25 = 5", "Should be 'squares of the
  differences.'. Otherwise OK."). 2 cases (1 False).
- www.vibe-coding-flow.com "which-ai-is-smarter-llama-3-vs-qwen-vs-mistral-logic-battle" (five
  people shaking hands: "The answer is 10."; Llama 3 8B "So, there were 10 handshakes in total."
  -- "Perfect."; Qwen 7B "So there were a total of 10 handshakes…" -- "Correct and efficient.").
  2 cases.
- folu.me copy of TechCrunch's "Why is ChatGPT so bad at math?" (2024-10-02: "given the
  multiplication problem 5,7897 x 1,2832 ... ChatGPT gave me the answer 742,021,104; the correct
  one is 742,934,304."). 1 case (1 False).
- anilananthaswamy.com "why-machines-learn-codebook-blog/monty-hall" (Claude 3.5 Sonnet: "The
  counterintuitive correct answer is that the contestant should always switch doors, as it
  increases their chances of winning from 1/3 to 2/3."; the author: simulation shows "that you win
  2/3rds of the time if you switch"). 1 case.
- jishuzhan.net article 1892192078696288258 ("deepseek-v3在阿里云和腾讯云的使用中的差异": on
  "9.9和9.11谁大", the Tencent Cloud answer is marked "回答正确" and ends "**最终结论**:
  \boxed{9.9 \text{ 大于 } 9.11}"). 1 case.
- greaterwrong.com, TurnTrout's shortform feed, comment k8rHWGRf3esWSuyBH (a model's "oracle"
  lines annotated by the author: "the square root of −9 is 3i.” [correct]"; "”(5+i)(5−i)=24−20i,
  (15i)(16i)=−240,(15i)(−4i)=−60." -- "while (5+i)(5−i)=26 and (15i)(−4i)=60, (15i)(16i)=−240 is
  definitely correct"). 4 cases (2 False).
- reddit.gpgaming.de, r/197 post 16vf65i, comment k2rtbyf (a reply pastes ChatGPT's check of the
  post's polynomial, "[ f(1) = 181436 ] This value does not match the given ( f(1) = 1 )"; the
  next reply: "Except that ChatGPT got the function wrong, and the one in the post does indeed
  work for all 5 given values."). 1 case (1 False).
- ai.stackexchange.com question 38220, answer 38440 ("Why is ChatGPT bad at math?": the 5 machines,
  5 minutes, 5 devices question; ChatGPT "it would take 100 machines 5 minutes to make 100
  devices." -- "Initial question, answered correctly."). 1 case.

13 cases in all (5 False).

Left out, by rule: a gold the excerpt does not state (ChatGPT's "It is not possible to determine
how long it would take 100 machines to make 100 devices" for the 3-machine variant on
ai.stackexchange 38440, marked "At first it failed to get it"); answers the page does not quote
(Mistral 7B's handshake answer, cut off on vibe-coding-flow.com; the Aliyun answers to 9.9 vs
9.11 on jishuzhan.net, which are not in the text); verdicts on reasoning rather than on a final
answer (the LessWrong oracle's "(5+i)x(5+i) = 24+10i. 7i x 8i=-56. 7i x 30=210." is marked
"[wrong]" as a whole line, though its first two products are right; the learnmath proof on
r.darrennathanael.com 11xudk7); human answers on the same pages (Erdős's 1/2 on the Monty Hall
page); the same Hacker News thread as a used page (mega.bugfree.site item 39595153, a reply in
thread 39594562); the story of Gemini 2.5 Pro's square root of 8,587,693,205 on deepthix.com,
text-to-app.com and lmcastapp (its gigazine.net telling was used by bench/equiv_fresh80_a.py);
illustrations of what a model "might" answer (askhandle.com's 9.11 vs 9.8, thechatgptscoop.com's
"NaN"); golds the page implies but never states (besthub.dev's and trulynews.cn's "9.11 is larger
than 9.9"; tabnews.com.br's "1 + 1 é igual a 3"; news.karelov.info 36199968's "27 + 64 = 125");
disputed or open questions (163.com's 6÷2(1+2), whose page allows 1 and 9; forums.macrumors.com's
9 x 6 = 42 in base 13; dangeles.github.io's o1 integral; techecho's 100-mile race); character
counting (tech.everyeye.it, as in bench/equiv_fresh67_a.py); physics (physicsandphysicists'
buoyancy answer).

Examined and not used: sean-oldham.com, barrydahl.com, spritzlerreport.com, butler.cx,
asfairaname.substack.com, brandon-dorman.medium.com, webnots.com, readerfi.com 7917 and
theagenttimes.com, mindmatters.ai, hn.jakechampion.name 42974449, agi.co.uk,
ramblingnotesofageezer.substack.com, beta.buildcivitas.com, news.barelyhuman.xyz 44732212,
hn.masterscheme.cn 39594562, rl.huuu.biz 1ilesh0, andreas.scherbaum.la, exaktai.ai, mihai.page,
vellum.ai, azxyc.com, justghostit.com, eval.16x.engineer, news.ulektz.com, gigazine.net,
engineeredai.net, komatsu-ob.hatenablog.com, note.com fukuma_topology, bocek.co.jp,
invrtd-h.tistory.com, brunch.co.kr, dl.dongascience.com, boards.straightdope.com 1018126,
ettoremessina.tech, lemmata.substack.com, mathstrek.blog (used or examined by earlier sets);
pages whose excerpt stops before any model answer or verdict (arxiv.org 2410.22340 and
2411.06198, composio.dev, t-j.ru, mexc.cc 556906, dvojklik.cz, pooh.cz, aydintiryaki.org,
marketing-ekspercki.pl, itbear.com.cn, richardfawcett.net,
ahmorse.medium.com, hjcaspar.de, mathelounge.de 1072260); pages with scores but no answers
(sanand0.github.io/llmmath, gzt.com's LGS test, bianet.org, ddaily.co.kr, tvchosun.com,
coreui.cn); AI-written or SEO pages (php.sqjnqi.com, yongjin360.com, mynw.cn, zzycbzc.com,
tjhnrl.com, umatechnology.org, thechatgptscoop.com, the nvidia/Nemotron-CC-Math viewer copies).
The search budget of this session ran out after these look-ups, which is why the set is small.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

WADGE = "billwadge.com"
WADGE_QUIZ = (
    "http://billwadge.com/2022/12/15/just-how-smart-are-you-chatgpt-i-quiz-chatgpt-about-math/"
)
VIBE = "www.vibe-coding-flow.com"
VIBE_LOGIC = (
    "https://www.vibe-coding-flow.com/which-ai-is-smarter-llama-3-vs-qwen-vs-mistral-logic-battle"
)
FOLU = "folu.me"
FOLU_TC = "https://folu.me/post/grpupehapu-d-dpbz/2024/10/02/why-is-chatgpt-so-bad-at-math"
ANIL = "anilananthaswamy.com"
ANIL_MONTY = "http://anilananthaswamy.com/why-machines-learn-codebook-blog/monty-hall"
JSZ = "jishuzhan.net"
JSZ_DSV3 = "https://jishuzhan.net/article/1892192078696288258"
GW = "greaterwrong.com"
GW_TT = (
    "https://greaterwrong.com/posts/dqSwccGTWyBgxrR58/turntrout-s-shortform-feed/comment/"
    "k8rHWGRf3esWSuyBH"
)
GPG = "reddit.gpgaming.de"
GPG_197 = "https://reddit.gpgaming.de/r/197/comments/16vf65i/rule/k2rtbyf/?context=3"
AISE = "ai.stackexchange.com"
AISE_38440 = "https://ai.stackexchange.com/questions/38220/why-is-chatgpt-bad-at-math/38440"

CASES = [
    # billwadge.com: the December 2022 ChatGPT on Newton's method and on a distance
    _c(
        WADGE,
        WADGE_QUIZ,
        gold=r"3.166",
        pred=r"5",
        wrap=True,
        expected=False,
        why="'x1 = (3 + (10 / 3)) / 2 = 5'; 'It screwed up the arithmetic. Not 5, but 3.166.'",
    ),
    _c(
        WADGE,
        WADGE_QUIZ,
        gold=r"5",
        pred=r"√((6 - 3)^2 + (8 - 4)^2) = √(3^2 + 4^2) = √25 = 5",
        wrap=True,
        expected=True,
        why="distance of (3,4) and (6,8): '... = √25 = 5'; the author: 'Should be \"squares of the"
        " differences.\". Otherwise OK.'",
    ),
    # vibe-coding-flow.com: handshakes among five people, Llama 3 8B and Qwen 7B
    _c(
        VIBE,
        VIBE_LOGIC,
        gold=r"10",
        pred=r"So, there were 10 handshakes in total.",
        wrap=False,
        expected=True,
        why="'The answer is 10.'; Llama 3 8B: 'So, there were 10 handshakes in total.' -- 'Vibe"
        " Check: Perfect.'",
    ),
    _c(
        VIBE,
        VIBE_LOGIC,
        gold=r"10",
        pred=r"So there were a total of 10 handshakes…",
        wrap=False,
        expected=True,
        why="'The answer is 10.'; Qwen 7B: '... = 20 / 2 = 10 So there were a total of 10"
        " handshakes…' -- 'Vibe Check: Correct and efficient.'",
    ),
    # folu.me (TechCrunch copy): ChatGPT on a five-digit multiplication
    _c(
        FOLU,
        FOLU_TC,
        gold=r"742,934,304",
        pred=r"742,021,104",
        wrap=True,
        expected=False,
        why="'ChatGPT gave me the answer 742,021,104; the correct one is 742,934,304.'",
    ),
    # anilananthaswamy.com: Claude 3.5 Sonnet on the Monty Hall dilemma
    _c(
        ANIL,
        ANIL_MONTY,
        gold=r"2/3rds",
        pred=r"The counterintuitive correct answer is that the contestant should always switch"
        r" doors, as it increases their chances of winning from 1/3 to 2/3.",
        wrap=False,
        expected=True,
        why="Claude's answer quoted; the author's simulation shows 'that you win 2/3rds of the"
        " time if you switch' (Erdős's 1/2: 'He was wrong.')",
    ),
    # jishuzhan.net: DeepSeek-V3 through Tencent Cloud on 9.9 vs 9.11
    _c(
        JSZ,
        JSZ_DSV3,
        gold=r"9.9",
        pred="**最终结论**:\n\\[\n\\boxed{9.9 \\text{ 大于 } 9.11}\n\\]",
        wrap=False,
        expected=True,
        why="'若是发往腾讯云: 回答正确:' and the output ends '**最终结论**: \\boxed{9.9 \\text{ 大于 }"
        " 9.11}' (the page prints the JSON string with doubled backslashes)",
    ),
    # greaterwrong.com, TurnTrout's shortform: a model's "oracle" lines, annotated by the author
    _c(
        GW,
        GW_TT,
        gold=r"26",
        pred=r"24−20i",
        wrap=True,
        expected=False,
        why="oracle: '(5+i)(5−i)=24−20i'; author: 'while (5+i)(5−i)=26 and (15i)(−4i)=60,"
        " (15i)(16i)=−240 is definitely correct'",
    ),
    _c(
        GW,
        GW_TT,
        gold=r"60",
        pred=r"−60",
        wrap=True,
        expected=False,
        why="oracle: '(15i)(−4i)=−60'; author: 'while (5+i)(5−i)=26 and (15i)(−4i)=60'",
    ),
    _c(
        GW,
        GW_TT,
        gold=r"−240",
        pred=r"−240",
        wrap=True,
        expected=True,
        why="oracle: '(15i)(16i)=−240'; author: '(15i)(16i)=−240 is definitely correct'",
    ),
    _c(
        GW,
        GW_TT,
        gold=r"3i",
        pred=r"3i",
        wrap=True,
        expected=True,
        why="oracle: 'So, for example, the square root of −9 is 3i.' -- annotated '[correct]'",
    ),
    # reddit.gpgaming.de r/197 16vf65i: ChatGPT checks the post's polynomial at x = 1
    _c(
        GPG,
        GPG_197,
        gold=r"1",
        pred=r"181436",
        wrap=True,
        expected=False,
        why="ChatGPT: '[ f(1) = 181436 ] This value does not match the given ( f(1) = 1 )'; reply:"
        " 'ChatGPT got the function wrong, and the one in the post does indeed work for all 5"
        " given values.'",
    ),
    # ai.stackexchange.com 38440: ChatGPT on 5 machines, 5 minutes, 5 devices
    _c(
        AISE,
        AISE_38440,
        gold=r"5 minutes",
        pred=r"If it takes 1 machine 5 minutes to make 1 device, it would take 100 machines 5"
        r" minutes to make 100 devices.",
        wrap=False,
        expected=True,
        why="'Initial question, answered correctly.' (ChatGPT's answer to the 100 machines, 100"
        " devices question quoted below it)",
    ),
]

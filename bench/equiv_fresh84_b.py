r"""An eighty-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": language
models' final answers to maths questions -- ChatGPT-4, GPT-4o, o1, o3-mini, Claude, Gemini, Bard,
Mistral, Qwen (千问), and the models of the Open LLM Leaderboard -- that a person checked on a
public page (a blog post, a teacher's notes, a news report, a researcher's project page, a
leaderboard write-up) and declared right or wrong against the correct answer the page states,
in English, French, Portuguese, Chinese, Japanese and Vietnamese).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh84_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the correct answer as the page states it), the prediction (``pred``: the model's final answer as
the page shows it, or a form the page says it would accept) and the verdict (``expected``) the
page's author settles, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the "m²" of 0x4d44, the full-width
and Chinese text of cnyes "9.11 更大", the Japanese "よって、答えは 11221 です。", the Vietnamese
sentence with its inline "$...$" LaTeX, and the literal backslash-n characters of the Open LLM
Leaderboard generation "10\n\nPassage: ...", which the blog prints as escapes). ``wrap`` is True
where the page gives the answer as a bare value and False where the pred is the model's whole
answer sentence or generation as the page quotes it. Readings, each noted in ``why``: 0x4d44 covers
its own answer and calls Gemini's "31.5m²" "quick and correct", so that value is the gold; cnyes asks
"數字 9.9 和 9.11 誰大？" and calls 千问's "9.11 更大" wrong ("答錯了"), so the gold is the other
choice, 9.9; xdao85's table marks ChatGPT's choice of option A as "Chọn đáp án đúng", so the gold is
"A"; leiamaisba says the Portuguese answer was right ("a IA acertou"), so that sentence is the gold
against which the English answer is refused; iandoug's gold is the value Google gives, and the three
shorter values are the ones the author says "would be acceptable".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- 0x4d44.substack.com "p/the-holes-in-ai-math-claims" (the area of a garden workshop site from a
  photo: "o3-mini-high: 5m²", "Claude: 24.4m²", "Gemini: 31.5m²"; "Claude & o3-mini-high take a long
  time before confidently giving the wrong answer. Gemini was ... quick and correct."). 2 cases
  (2 False).
- bravelearn.com "chatgpt-4-vs-bard-a-side-by-side-comparison-with-examples/" (linear algebra: if
  the first and last columns of A are equal, are those of AB? "Both model's says the answer is YES.
  In actual, the correct answer is NO."). 1 case (1 False).
- iandoug.com "?p=1621" ("AI can't do sums, Part 1": πφ/e, "it will tell you the answer,
  1.87000613369"; "a value of 1.87 or 1.87001 or 1.870006 would be acceptable"). 3 cases.
- sens-et-gout-des-maths-au-college.blogspot.com "2025/02/kholler-chatgpt-deekseek-mistral-louis.html"
  (triangle in a regular hexagon: "Montrer que la surface du triangle est le tiers de la surface de
  l'hexagone"; "Mistral trouve le rapport égal à un sixième", "2/20 fail"). 1 case (1 False).
- dansanderson.com "articles/bard-on-lotto/" (Bard: "The odds of winning the Washington State Lotto
  jackpot are 1 in 6.99 million."; "#1 is correct"; "the odds that a ticket will win the jackpot are
  1 in 6.99 mil"). 1 case.
- news.cnyes.com "news/id/6240719" (千问 on "數字 9.9 和 9.11 誰大？": "這次千問卻答錯了，稱：「9.11
  更大」"; asked again, "回答「9.9 更大」"). 2 cases (1 False).
- leiamaisba.com.br "2023/04/24/chatgpt-nao-sabe-matematica" (Keith Devlin's daughter's question
  "is 300,000 an order of magnitude greater than 30,000": ChatGPT's "no, 300,000 is not one order
  of magnitude greater than 30,000"; in Portuguese "a IA acertou" with "sim, 300.000 é uma ordem de
  grandeza maior do que 30.000"). 1 case (1 False).
- hf-mirror.492719920.workers.dev. copy of huggingface.co "blog/open-llm-leaderboard-drop" (DROP
  deep dive: normalization "ignored the correct numerical answers when they were directly followed
  by a whitespace character other than a space", example generation "10\n\nPassage: The 2011 census
  recorded a population of 1,001,360" against "the gold answer being 10"). 1 case.
- zenn.dev "mutex_inc/articles/gpt-deepseek" (2016 Japan Mathematical Olympiad preliminary, problem
  1, √((11^4+100^4+111^4)/2): "答: 11221"; o1: "よって、答えは 11221 です。", marked ⚪︎). 1 case.
- engineeredai.net "ai-logic-grouping-fail/" ("What is 130 + 100 × 5?": "✅ 630 (correct via
  PEMDAS)", "❌ 1150 (grouped incorrectly)"). 1 case (1 False).
- xdao85.github.io "ChatGPT-TH/" (the VNHSGE project's table for the 2023 sample exam, Câu 3, the
  derivative of y = x^π: ChatGPT's "Vậy đáp án chính xác là A. $y' = \pi x^{\pi-1}$." with the
  verdict "Giải thích chính xác; Chọn đáp án đúng"). 1 case.

15 cases in all (7 False).

Left out, by rule: answers a model got right that equal the gold string for string and show no
other form (Gemini's "31.5m²" on 0x4d44; sawanoshijin's blog.goo.ne.jp note that ChatGPT gave
"x=-3±2√3という正解"); answers the stored excerpt cuts off or shows only in screenshots (iandoug's
Olmo-7b-instruct result, given only in the rewritten nvidia/Nemotron-CC-Math copy; johndcook.com's
ChatGPT, Bard and Bing Boolean minimizations, whose gold "B¬C¬D + A¬D + AC" is stored but whose
model answers come after the cut; raelynncui's GPT-4o product of 1823 × 9913; bravelearn's
transition-matrix example; EdgeGPT's row on xdao85, whose verdict is cut off; zenn's DeepSeek row,
whose display maths the conversion lost, and its problems 2 to 4; np-schools' Gunma exam answers;
startribune's CPI question; the Apple kiwi and 5.9 = x + 5.11 stories, found only as rewrites);
paraphrased model answers (whl1729.github.io's "ChatGPT 果然误认为 2023 是质数"; m.php.cn's 9.11
survey); pages whose own gold is wrong or disputed (xugj520.cn gives "-0.02" for 10.9 − 10.11;
xiahunao.cn's Fibonacci indexing; the 8÷2(2+2) and 6÷2(1+2) pages; developsense's underspecified
backyard puzzle); answers not from a model's check by a person (exaktai.ai's AI-written analyses;
yujunmao1.github.io CHAMP pages without a verdict; mathcamps.cc automatic grades; howtocompany.xyz,
where only ChatGPT checks its own sums); zplatform.ai's DeepSeek-vs-ChatGPT post (machine-written
retelling of a video, "the correct answer should have been 'A'" against ChatGPT's "D"); the 9.9 vs
9.11 survey table whose stored copy has no address.

Examined and not used: sean-oldham.com, barrydahl.com, medium.com/@k.sunman91, community.openai.com
327848, asfairaname.substack.com, mindmatters.ai, webnots.com, 0ce.medium.com, helloacm.com,
spritzlerreport.com, butler.cx, community.deeplearning.ai, ettoremessina.tech, hiroe.hatenablog,
ai-laboratory.info, komatsu-ob.hatenablog, terra.com.br, glc.us.es, eldebate.com, news.barelyhuman.xyz,
spinor.info, mihai.page, rajiv.com, shekhargulati.com, ambahera.medium.com, thurrott.com,
red.byte.kiwi, rl.huuu.biz, lemmata.substack.com, baa.ai, marksmath.org and the Nature Minerva widget
(used or examined by earlier sets); the MDPI paper of Plevris et al. (AI 2023, 4(4), 48) and the
Davis and Aaronson / Davis o1 reports on arXiv, whose stored text stops at the abstract;
readmedium.com and rhondamuse.com copies of the Gemini AMC 12 test (answers in images); foetron.com
and wirescript.pages.dev towel and apple tests (verdicts without a stated gold, or string-equal);
grokmag.com (paraphrased Grok reasoning); exactscience.co, mathstrek.blog, isquared.digital,
bogleheads.org, prompttag.com, dosbat.blogspot.com, qiita.com Aratahead and Hosi121, note.com
yudo_tanaka, science-log.com, invrtd-h.tistory.com, brunch.co.kr/@soori, truongminhdang.id.vn and
vnexpress.net 4906799 (model answers or golds after the cut); reddit mirrors of r/LocalLLaMA (the
German Wer wird Millionär sum, "8 (Acht) + 12 (Zwölf) = 20", with no model's final answer quoted);
gauthmath, studdy.ai, askanewquestion.com, gr.inc and other AI answer sites.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HOLES = "0x4d44.substack.com"
HOLES_AREA = "https://0x4d44.substack.com/p/the-holes-in-ai-math-claims"
BRAVE = "bravelearn.com"
BRAVE_BARD = "https://bravelearn.com/chatgpt-4-vs-bard-a-side-by-side-comparison-with-examples/"
IAN = "iandoug.com"
IAN_SUMS = "https://iandoug.com/?p=1621"
SENS = "sens-et-gout-des-maths-au-college.blogspot.com"
SENS_KHOLLE = (
    "https://sens-et-gout-des-maths-au-college.blogspot.com/2025/02/"
    "kholler-chatgpt-deekseek-mistral-louis.html"
)
DAN = "dansanderson.com"
DAN_LOTTO = "https://dansanderson.com/articles/bard-on-lotto/"
CNYES = "news.cnyes.com"
CNYES_6240719 = "https://news.cnyes.com/news/id/6240719"
LEIA = "leiamaisba.com.br"
LEIA_DEVLIN = "https://leiamaisba.com.br/2023/04/24/chatgpt-nao-sabe-matematica"
HFM = "hf-mirror.492719920.workers.dev"
HFM_DROP = "https://hf-mirror.492719920.workers.dev./blog/open-llm-leaderboard-drop"
ZENN = "zenn.dev"
ZENN_JMO = "https://zenn.dev/mutex_inc/articles/gpt-deepseek"
ENG = "engineeredai.net"
ENG_GROUPING = "https://engineeredai.net/ai-logic-grouping-fail/"
XDAO = "xdao85.github.io"
XDAO_TH = "https://xdao85.github.io/ChatGPT-TH/"

CASES = [
    # 0x4d44.substack.com: three models' areas for a garden site; Gemini's is called correct
    _c(
        HOLES,
        HOLES_AREA,
        gold=r"31.5m²",
        pred=r"5m²",
        wrap=True,
        expected=False,
        why="'o3-mini-high: 5m²' ... 'Claude & o3-mini-high ... confidently giving the wrong "
        "answer. Gemini was ... quick and correct.' ('Gemini: 31.5m²')",
    ),
    _c(
        HOLES,
        HOLES_AREA,
        gold=r"31.5m²",
        pred=r"24.4m²",
        wrap=True,
        expected=False,
        why="'Claude: 24.4m²' ... 'Claude & o3-mini-high ... confidently giving the wrong answer'",
    ),
    # bravelearn.com: a yes/no linear algebra statement, both models answer YES
    _c(
        BRAVE,
        BRAVE_BARD,
        gold=r"NO",
        pred=r"YES",
        wrap=True,
        expected=False,
        why="'Both model's says the answer is YES. In actual, the correct answer is NO.'",
    ),
    # iandoug.com ?p=1621: values of pi*phi/e the author would accept from an LLM
    _c(
        IAN,
        IAN_SUMS,
        gold=r"1.87000613369",
        pred=r"1.87",
        wrap=True,
        expected=True,
        why="'the answer, 1.87000613369' ... 'a value of 1.87 or 1.87001 or 1.870006 would be "
        "acceptable'",
    ),
    _c(
        IAN,
        IAN_SUMS,
        gold=r"1.87000613369",
        pred=r"1.87001",
        wrap=True,
        expected=True,
        why="'the answer, 1.87000613369' ... 'a value of 1.87 or 1.87001 or 1.870006 would be "
        "acceptable'",
    ),
    _c(
        IAN,
        IAN_SUMS,
        gold=r"1.87000613369",
        pred=r"1.870006",
        wrap=True,
        expected=True,
        why="'the answer, 1.87000613369' ... 'a value of 1.87 or 1.87001 or 1.870006 would be "
        "acceptable'",
    ),
    # sens-et-gout-des-maths-au-college: ratio of a triangle to a regular hexagon, Mistral's ratio
    _c(
        SENS,
        SENS_KHOLLE,
        gold=r"le tiers",
        pred=r"un sixième",
        wrap=True,
        expected=False,
        why="'la surface du triangle est le tiers de la surface de l'hexagone' ... 'Mistral trouve "
        "le rapport égal à un sixième' ('2/20 fail')",
    ),
    # dansanderson.com: Bard's odds of the Washington Lotto jackpot, statement #1 called correct
    _c(
        DAN,
        DAN_LOTTO,
        gold=r"1 in 6.99 mil",
        pred=r"The odds of winning the Washington State Lotto jackpot are 1 in 6.99 million.",
        wrap=False,
        expected=True,
        why="'#1 is correct' ... 'so the odds that a ticket will win the jackpot are 1 in 6.99 mil'",
    ),
    # news.cnyes.com 6240719: Qwen (千问) on which of 9.9 and 9.11 is larger, wrong then right
    _c(
        CNYES,
        CNYES_6240719,
        gold=r"9.9",
        pred=r"9.11 更大",
        wrap=False,
        expected=False,
        why="'「數字 9.9 和 9.11 誰大？」時，這次千問卻答錯了，稱：「9.11 更大」' (gold: the other "
        "choice)",
    ),
    _c(
        CNYES,
        CNYES_6240719,
        gold=r"9.9",
        pred=r"9.9 更大",
        wrap=False,
        expected=True,
        why="'這次千問展示了 AI 模型的自我完善能力，回答「9.9 更大」' after the wrong '9.11 更大'",
    ),
    # leiamaisba.com.br: order of magnitude, ChatGPT wrong in English and right in Portuguese
    _c(
        LEIA,
        LEIA_DEVLIN,
        gold=r"sim, 300.000 é uma ordem de grandeza maior do que 30.000",
        pred=r"no, 300,000 is not one order of magnitude greater than 30,000",
        wrap=False,
        expected=False,
        why="'ao se escrever em português, a IA acertou (\"sim, 300.000 é uma ordem de grandeza "
        "maior do que 30.000\")'; '300.000 é dez vezes maior que 30.000'",
    ),
    # hf-mirror copy of the Open LLM Leaderboard DROP deep dive: a correct answer the
    # normalization ignored because a line return followed it
    _c(
        HFM,
        HFM_DROP,
        gold=r"10",
        pred=r"10\n\nPassage: The 2011 census recorded a population of 1,001,360",
        wrap=False,
        expected=True,
        why="'this normalization ignored the correct numerical answers when they were directly "
        "followed by a whitespace character other than a space' ... 'the gold answer being 10'",
    ),
    # zenn.dev mutex_inc: o1 on the 2016 JMO preliminary problem 1, marked correct
    _c(
        ZENN,
        ZENN_JMO,
        gold=r"11221",
        pred=r"よって、答えは 11221 です。",
        wrap=False,
        expected=True,
        why="'答: 11221' ... o1: 'よって、答えは 11221 です。'; table 'OpenAI o1 | ⚪︎'",
    ),
    # engineeredai.net: 130 + 100 × 5, a right and a wrongly grouped AI answer
    _c(
        ENG,
        ENG_GROUPING,
        gold=r"630",
        pred=r"1150",
        wrap=True,
        expected=False,
        why="'What is 130 + 100 × 5?' ... '✅ 630 (correct via PEMDAS)', '❌ 1150 (grouped "
        "incorrectly)'",
    ),
    # xdao85.github.io ChatGPT-TH: VNHSGE 2023 sample exam, Câu 3, ChatGPT's choice marked right
    _c(
        XDAO,
        XDAO_TH,
        gold=r"A",
        pred=r"Vậy đáp án chính xác là A. $y' = \pi x^{\pi-1}$.",
        wrap=False,
        expected=True,
        why="ChatGPT: 'Vậy đáp án chính xác là A. ...'; verdict 'Giải thích chính xác; Chọn đáp "
        "án đúng'",
    ),
]

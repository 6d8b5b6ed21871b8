r"""A sixty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a": real
language-model answers to maths questions -- ChatGPT, GPT-4, GPT-4o, Bard/Gemini, Bing/Copilot,
Claude, Minerva, Mistral, Chatsonic, Perplexity -- that a person checked on a public page (a blog
post, a forum or Hacker News thread, a news article, a teacher's test) and stated right or wrong,
together with the correct answer the page gives).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh65_claims/claims.txt before use). Each case gives the reference answer (``gold``:
the correct answer as the page states it), the prediction (``pred``: the model's final answer as the
page shows it) and the verdict (``expected``) the page's author settles, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned for
a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh65_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (thousands commas, "×", the en dash
in "642 – 99", units such as "feet" and "cm", the inline-math delimiters \( \) of the Nature widget
and the bare "( x + y ) is ( 12 )" of the OpenAI forum, whose delimiters the stored copy had already
lost). ``wrap`` is True where the page gives the model's answer as a bare value (often inside the
author's sentence, "ChatGPT says 18", "Gemini ... got the answers 34, 32, and 15"), and False where
the page quotes the model's whole concluding sentence, which is then the pred ("So there are 204,750
ways to make this selection."). A lead-in such as "ChatGPT:" or "=~" is dropped. Readings, each
noted in ``why``: where the page states the correct answer only by calling the model's answer
correct (barrydahl's story problem, the Nature widget's first Minerva answer, the Hacker News
multiplication "(That answer is correct.)", the Sally thread's GPT-4 answer), the gold is that
value as the page prints it; barrydahl's bare expression 543+(3*33)-99 is the computation of its
widget story problem, whose correct answer the page settles as 543; justghostit asks "Which is
larger, 9.11 or 9.9?" and calls the models' "9.11 is larger" incorrect, so the gold is the other
choice, 9.9.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.sean-oldham.com "2023/05/15/chatgpt-is-bad-at-math" (catering combinations: ChatGPT "So
  there are 204,750 ways to make this selection."; "15 x 924 x 15 definitely does not equal
  204,750. It equals 207,900."). 1 case (1 False).
- barrydahl.com "2023/02/23/" (four chatbots on "12,345 + 98,765 – 123 + 789 (correct answer =
  111,776)" and "12,345 + 98,765 – 123 * 789 (correct answer = 14,063)": ChatGPT 14,123,
  Chatsonic 108,376 and 83,618, Perplexity 108,476 and 110,770, Playground 19,676 and 890,286, all
  wrong; ChatGPT's "is equal to 459." ("Yeah, no") and its widget story answer 543 ("it did get to
  the correct answer")). 9 cases (8 False).
- medium.com "@k.sunman91/two-things-chatgpt-can-get-wrong-math-and-facts-why-b40e50dc68cd" ("The
  actual answer for this is 14 but ChatGPT says 18."). 1 case (1 False).
- andreas.scherbaum.la "2024-02-28_pythagorean-theorem-in-chatgpt..." (hypotenuse b "=~ 6.94 cm";
  ChatGPT's b "=~ 5.59 cm", "wrong all the way"). 1 case (1 False).
- community.openai.com "t/chatgpt-failed-a-basic-observation-puzzle-needs-improvement/1133274"
  (odd one out of 2, 28, 48, 58, 128: "the correct answer is 2"; ChatGPT "initially gave a wrong
  answer (128)"). 1 case (1 False).
- static-enhanced-content-live.storage.googleapis.com "interactive/2023/bigger-ai-maths-widget"
  (Nature's Minerva widget: "\(y=4\cdot 0-10=\boxed{-10}.\)" marked "Correct"; "The final answer is
  \(75\)." marked "Incorrect: The correct answer is: ... \boxed{73}"). 2 cases (1 False).
- news.barelyhuman.xyz "item/44732212" (Hacker News mirror: ChatGPT "34234 × 554833 =
  1,899,874,522." against "The actual answer is 18994152922."; ChatGPT "So: 3,452,346 × 343,424 =
  1,185,618,472,704" with "(That answer is correct.)"). 2 cases (1 False).
- agi.co.uk "why-llms-get-simple-maths-wrong" (ChatGPT and Gemini: 8.8 – 8.11 = -0.31; "the
  correct answer is 0.69"). 1 case (1 False).

Sources of bench/equiv_fresh65_a2.py:

- justghostit.com "news/large-language-models-fail-basic-math-9-11-vs-9-9" (GPT-4o and Gemini
  Advanced: 9.11 is larger, "the same incorrect answer"; Claude 3.5 Sonnet: "As shown above, 9.11
  is larger than 9.90 by 0.01."). 2 cases (2 False).
- asfairaname.substack.com "p/grading-gpts-math-homework" (a 3x3 linear system, "Note: x=2, y=1,
  z=-2"; ChatGPT's "x = 1, y = -1/2, and z = 3/2", "everything after this is also incorrect").
  1 case (1 False).
- davescomputertips.com "another-ai-math-flop/amp/" (a retired maths teacher's ACT triangle: "The
  correct answer is 196.0 feet"; Bard -85.97 feet, ChatGPT 3.5 173.21 feet, ChatGPT 4 329.5 feet,
  Copilot "either 246.66 feet or 122.66 feet", "all four ... failed"). 4 cases (4 False).
- community.openai.com "t/simple-math-question-that-gpt-4-cant-solve/327848" (tens and units digit
  of 725,278 * 67,066: "The answer to this question is 12"; GPT-4 "The value of x+y is 17."; a
  reply's "I got the right awnser" with "... is ( 12 )."). 2 cases (1 False).
- mindmatters.ai "2024/02/why-chatbots-llms-flunk-routine-grade-9-math-tests" (Waterloo grade-9
  lentils and chickpeas survey: "there are 27 students who like both"; Gemini "got the answers 34,
  32, and 15 (twice)" and "yet another incorrect answer, 10.5!"). 4 cases (4 False).
- humanspark.ai "how-many-sisters-does-sally-have" (Sally's sisters: "so Sally has one sister";
  GPT-4o-Mini "Sally has 2 sisters.", Claude-3-Haiku "Sally has 6 sisters"). 2 cases (2 False).
- hn.masterscheme.cn "item?id=39594562" (Hacker News mirror: Claude 3 Opus "still do not correctly
  answer the Sally question": "So, the answer is that Sally has 0 sisters."; "GPT4 w/ CoT system
  prompting gets it right": "Therefore, Sally has 1 sister."). 2 cases (1 False).
- readerfi.com "discover/7917" (17 local models on six questions: Mistral 7B "A: 7" to "How many
  months have at least 28 days?", "The correct answer is 12"). 1 case (1 False).
- helloacm.com "chatgpt-4-uses-math-wolfram-plugin-to-solve-a-math-brain-teaser-question" (smallest
  integer above 95,555 with 4 identical digits, "The answer is 95999"; ChatGPT-4's first answer
  95666 and, after a hint, 96666). 2 cases (2 False).

38 cases in all (33 False): 18 here (15 False), 20 in bench/equiv_fresh65_a2.py (18 False).

Left out, by rule: answers a model got right that equal the gold string for string and show no
other form (helloacm's Wolfram plugin "95999", the Qwen3-Max "correct answer of 290" on a Putnam
problem, the four chatbots' "65" train riddle on blogs.mayatechnosoft.com, ChatGPT's first barrydahl
sum, whose value the page does not print); the ChatGPT correction "Indeed: 34,234 × 554,833 =
18,994,152,922" on news.barelyhuman.xyz (the thread never says it is now right); answers the page
only shows as screenshots (sabrina.dev's Moscow puzzles, thurrott.com's Copilot board-sawing,
brandon-dorman.medium.com's ladder, rajiv.com's TED-Ed puzzle, ambahera.medium.com's Kangaroo
question, century.tech's CENTURY test) or whose correct answer is not stated in the stored excerpt
(webnots.com's Hall A and Hall B answers 611, -777, 46.5, 652 and 476; 0ce.medium.com's Bard "7
birds and 5 cats"; spritzlerreport's banana count; spinor.info's squirrel answers 81, 9 and 121.5;
paigewhite1111.wixsite.com's granddaughters); pages whose own statements disagree (the r/singularity
mirror red.byte.kiwi gives the solution "E22C394(hex)" and then marks o1's E22C394 "Wrong" and
1894F39 "Correct"; eval.16x.engineer argues 9.11 vs 9.9 "depends on context"; truthorfake's
strawberry pages contradict each other); letter counting and other non-mathematical riddles
(strawberry, the surgeon riddle, "Which duck walks on 2 legs?", cats breathe); AI-written
analyses (exaktai.ai's run comparisons, "written by an AI and audited"); and rewritten copies of
pages in the nvidia/Nemotron-CC-Math dataset viewer.

Examined and not used: rl.huuu.biz (the r/ChatGPT 9+9+11=30 thread, used by earlier sets);
yujunmao1.github.io CHAMP solution pages (ground truth and model output, but no verdict in the
stored text); mathcamps.cc (automatic "Correct? No" grades, not a person's check); mihai.page's
AI puzzle competition (scores only, no answers in the excerpts); isaacg1.github.io (the Markov
chain verdict is an argument, not an answer); developsense.com (the puzzle is declared
underspecified); blog.mischel.com (Gemini's 1/784 called "partially right, but catastrophically
wrong" -- ambiguous); blog.computationalcomplexity.org (ChatGPT "missed some solutions", none
listed); lemmata.substack.com and MathArena write-ups (results as colour tables); w-uh.com and
wiki.newagtalk.com (no settled correct answer); gauthmath, studdy.ai and other AI answer sites.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SEAN = "www.sean-oldham.com"
SEAN_BAD = "https://www.sean-oldham.com/2023/05/15/chatgpt-is-bad-at-math"
BARRY = "barrydahl.com"
BARRY_0223 = "https://barrydahl.com/2023/02/23/"
MEDIUM = "medium.com"
MEDIUM_SUNMAN = "https://medium.com/@k.sunman91/two-things-chatgpt-can-get-wrong-math-and-facts-why-b40e50dc68cd"
SCHERBAUM = "andreas.scherbaum.la"
SCHERBAUM_PYTH = (
    "https://andreas.scherbaum.la/post/2024-02-28_pythagorean-theorem-in-chatgpt-or-how-the-ai-"
    "invented-the-mathematical-missing-angle-theorem/"
)
OAI = "community.openai.com"
OAI_1133274 = (
    "https://community.openai.com/t/chatgpt-failed-a-basic-observation-puzzle-needs-improvement/"
    "1133274"
)
NATURE = "static-enhanced-content-live.storage.googleapis.com"
NATURE_MINERVA = (
    "https://static-enhanced-content-live.storage.googleapis.com/interactive/2023/"
    "bigger-ai-maths-widget/index.html"
)
HNB = "news.barelyhuman.xyz"
HNB_44732212 = "https://news.barelyhuman.xyz/item/44732212"
AGI = "agi.co.uk"
AGI_MATHS = "https://agi.co.uk/why-llms-get-simple-maths-wrong"
# sources of bench/equiv_fresh65_a2.py
GHOST = "justghostit.com"
GHOST_911 = "https://justghostit.com/news/large-language-models-fail-basic-math-9-11-vs-9-9/"
FAIR = "asfairaname.substack.com"
FAIR_HW = "https://asfairaname.substack.com/p/grading-gpts-math-homework"
DAVE = "davescomputertips.com"
DAVE_FLOP = "https://davescomputertips.com/another-ai-math-flop/amp/"
OAI_327848 = "https://community.openai.com/t/simple-math-question-that-gpt-4-cant-solve/327848"
MIND = "mindmatters.ai"
MIND_GRADE9 = "https://mindmatters.ai/2024/02/why-chatbots-llms-flunk-routine-grade-9-math-tests"
SPARK = "humanspark.ai"
SPARK_SALLY = "https://humanspark.ai/how-many-sisters-does-sally-have"
HNM = "hn.masterscheme.cn"
HNM_39594562 = "https://hn.masterscheme.cn/item?id=39594562"
READERFI = "readerfi.com"
READERFI_7917 = "https://readerfi.com/discover/7917"
ACM = "helloacm.com"
ACM_95555 = (
    "https://helloacm.com/chatgpt-4-uses-math-wolfram-plugin-to-solve-a-math-brain-teaser-question/"
)

CASES = [
    # sean-oldham.com: ChatGPT's product 15 * 924 * 15 in a combinations homework problem
    _c(
        SEAN,
        SEAN_BAD,
        gold=r"207,900",
        pred=r"So there are 204,750 ways to make this selection.",
        wrap=False,
        expected=False,
        why="'15 x 924 x 15 definitely does not equal 204,750. It equals 207,900.'",
    ),
    # barrydahl.com 2023/02/23: four chatbots on two sums with the correct answers given
    _c(
        BARRY,
        BARRY_0223,
        gold=r"111,776",
        pred=r"108,376",
        wrap=True,
        expected=False,
        why="'(correct answer = 111,776)' ... 'Chatsonic: answered 108,376 and 83,618 (both wrong'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"111,776",
        pred=r"108,476",
        wrap=True,
        expected=False,
        why="'(correct answer = 111,776)' ... 'Perplexity: answered 108,476 and 110,770 (both wrong'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"111,776",
        pred=r"19,676",
        wrap=True,
        expected=False,
        why="'(correct answer = 111,776)' ... 'Playground: answered 19,676 and 890,286 (both wildly"
        " wrong'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"14,063",
        pred=r"14,123",
        wrap=True,
        expected=False,
        why="'(correct answer = 14,063)' ... 'ChatGPT: ... answered 14,123 for question 2 (close, but"
        " no cigar'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"14,063",
        pred=r"83,618",
        wrap=True,
        expected=False,
        why="'(correct answer = 14,063)' ... 'Chatsonic: answered 108,376 and 83,618 (both wrong'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"14,063",
        pred=r"110,770",
        wrap=True,
        expected=False,
        why="'(correct answer = 14,063)' ... 'Perplexity: answered 108,476 and 110,770 (both wrong'",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"14,063",
        pred=r"890,286",
        wrap=True,
        expected=False,
        why="'(correct answer = 14,063)' ... 'Playground: answered 19,676 and 890,286 (both wildly"
        " wrong'",
    ),
    # barrydahl.com: 543 + (3*33) - 99, bare and as the widget story problem
    _c(
        BARRY,
        BARRY_0223,
        gold=r"543",
        pred=r"The expression 543+(3*33)-99 is equal to 459.",
        wrap=False,
        expected=False,
        why="'ChatGPT immediately answered: ... is equal to 459.' 'Yeah, no'; the same computation as"
        " the story problem, whose correct answer is 543",
    ),
    _c(
        BARRY,
        BARRY_0223,
        gold=r"543",
        pred=r"And after the sales of 99 widgets, there were 642 – 99 = 543 widgets in inventory.",
        wrap=False,
        expected=True,
        why="ChatGPT's widget story answer: 'Sort of a strange way of saying it, but it did get to the"
        " correct answer.'",
    ),
    # medium.com @k.sunman91: a long sum
    _c(
        MEDIUM,
        MEDIUM_SUNMAN,
        gold=r"14",
        pred=r"18",
        wrap=True,
        expected=False,
        why="'The actual answer for this is 14 but ChatGPT says 18.'",
    ),
    # andreas.scherbaum.la: hypotenuse b of a right triangle with legs 2.9 cm and 6.3 cm
    _c(
        SCHERBAUM,
        SCHERBAUM_PYTH,
        gold=r"6.94 cm",
        pred=r"5.59 cm",
        wrap=True,
        expected=False,
        why="'sqrt(2.9^2 + 6.3^2) = 6.935... cm =~ 6.94 cm' ... 'b instead is =~ 5.59 cm'; 'From there"
        " it's wrong all the way.'",
    ),
    # community.openai.com 1133274: odd one out of 2, 28, 48, 58, 128
    _c(
        OAI,
        OAI_1133274,
        gold=r"2",
        pred=r"128",
        wrap=True,
        expected=False,
        why="'Thus, the correct answer is 2' ... 'It initially gave a wrong answer (128)'",
    ),
    # Nature's Minerva widget: two MATH problems with the verdicts printed
    _c(
        NATURE,
        NATURE_MINERVA,
        gold=r"-10",
        pred=r"\(y=4\cdot 0-10=\boxed{-10}.\)",
        wrap=False,
        expected=True,
        why="Minerva's last line on the y-intercept problem, then 'Correct: Minerva solves a"
        " multi-step algebra problem.'",
    ),
    _c(
        NATURE,
        NATURE_MINERVA,
        gold=r"73",
        pred=r"Final Answer: The final answer is \(75\).",
        wrap=False,
        expected=False,
        why="average of 71..75: 'Incorrect: The correct answer is: ... =\frac{365}{5}=\boxed{73}.'",
    ),
    # news.barelyhuman.xyz 44732212: big multiplications in a Hacker News thread
    _c(
        HNB,
        HNB_44732212,
        gold=r"18994152922",
        pred=r"34234 × 554833 = 1,899,874,522.",
        wrap=False,
        expected=False,
        why="'Me: That's wrong. The actual answer is 18994152922.'",
    ),
    _c(
        HNB,
        HNB_44732212,
        gold=r"1,185,618,472,704",
        pred=r"So: 3,452,346 × 343,424 = 1,185,618,472,704",
        wrap=False,
        expected=True,
        why="ChatGPT's multiplication without a calculator: '(That answer is correct.)'",
    ),
    # agi.co.uk: 8.8 - 8.11 from ChatGPT and Gemini
    _c(
        AGI,
        AGI_MATHS,
        gold=r"0.69",
        pred=r"-0.31",
        wrap=True,
        expected=False,
        why="ChatGPT and Gemini 'confidently spat out: -0.31. For the record, the correct answer is"
        " 0.69'",
    ),
]

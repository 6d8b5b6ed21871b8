r"""A hundred-and-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": final
answers of reasoning language models -- DeepSeek-R1 and its distilled models, QwQ, o1 / o3 /
o4-mini, Gemini 2.x Thinking, Grok 3, Claude with extended thinking, Kimi, Qwen3 -- to maths
questions that a person checked against the reference on a public page or GitHub issue thread
and declared the same answer in another form (a fraction against a decimal, a radical against a
rationalised radical) or wrong). This file holds no cases: the search found no unused page that
settles such a pair within the rules of the brief.

Cases were to be transcribed from public web pages (the ``pages`` corpus of the search tool) and
GitHub issue and pull-request threads (the ``issues`` corpus); one repository (a mirror of
mayooear/deepseek-r1-maths-test) was also read with ``read_file``. Every page considered was
grepped in bench/ for its URL, page id and domain plus a distinctive path part and checked against
/work/wt/fresh*_claims/claims.txt; the three pages that looked usable were claimed in
/work/wt/fresh108_claims/claims.txt before any use (tenstorrent/tt-inference-server issue 3105,
yuhaojiang.com redian/923192, friederrr.org "blog/thinking-llms-new-paradigm-eval-inference"), but
none of them yielded a case, because the search tool returned only the opening of each page and the
opening stops before the part that gives the model's answer and the reference (see "Examined and
not used"). Each case would give the reference answer (``gold``), the prediction (``pred``: the
model's final answer as the page shows it, a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) the page settles; ``repo`` would be the domain (or
owner/name) and ``where`` the full URL (or ``issues/N``). Do not tune the judge on these cases.

Transcription: no strings were transcribed.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- none.

0 cases in all (0 False).

Left out, by rule: pages whose page contradicts itself or is disputed (red.byte.kiwi r/singularity
"s/DaMAeeMD9Y", the hexadecimal "71 # 6" puzzle, whose table calls o1's "E22C394" wrong and
o1-preview's "1894F39" correct while its own solution line reads "25,775,929 (decimal) =
E22C394(hex)"; the Hacker News "£5.88" thread hn.jakechampion.name item 42974449, where QwQ
Preview's "2.17 and 2.17" is set against "the 1.00, 2.17, 2.71 answer", an answer good only to
within 0.0007 and called one of "multiple solutions"; shekhargulati.com's fifth-grade puzzle, 9
against the book's 7; neuralflow.es's coin puzzle "with two right answers"); answers checked only
by an automatic grader or a machine (the MathArena hmmt_feb_2025_outputs and Light-R1 /
rr-math / OpenVerification dataset viewers on Hugging Face mirrors, whose "correct" column is a
parser's; the eval logs in antirez/ds4 issue 74 and MiniMax-AI/MiniMax-M3 issue 17, graded by an
LLM or a regex; the mark scheme in mayooear/deepseek-r1-maths-test, written in an LLM's voice and
awarding every answer); answers not stated on the page (redlib.private.coffee r/LocalLLaMA 1kbskb9,
whose "Correct answer: 8 (Acht) + 12 (Zwölf) = 20" is given but not the failing Qwen3 models'
answers); answers that are not bare (skylight-org/skylight-research issue 34's
"<boxed{70}\).</answer>", also used before).

Examined and not used: pages whose stored opening stops before the answers or gives them only as
images (tenstorrent/tt-inference-server issue 3105, gpt-oss-120b on AIME25, whose table "What
actually happened on the 7 lost points" is cut after its header; yuhaojiang.com redian/923192 and
its mirror senqingzn.com, 知危's 2025 gaokao test of eleven models, cut at problem 15;
friederrr.org's AIMO2 Ref-10 post on o1, R1 and the 32B distill, cut before its results;
thebloggingblueprint.com r/LocalLLaMA 1ign0lz, R1's palindrome answer in screenshots; arxiv
2502.11574 (Boye and Moëll), 2503.21380 (OlymMATH), 2411.06198 (o1 AB testing) and 2502.03461
(platinum benchmarks), abstracts only; gradientscience.org gsm8k-platinum, vals.ai math500,
toloka.ai "r1-is-not-on-par-with-o1", epoch.ai "beyond-benchmark-scores-analysing-o3-mini",
dfast.kr 683508 (o1 pro on a Korean university contest, "정답" marks without answers), the
hunterybest / itbear / zhikuai gaokao reports, lgabs/gpt-resolve pull 23 and its ITA 2025 report
(pass marks without answers), eth-sri/matharena issue 21, lyang36/IMO25 pull 18 (gpt-oss's "only
6" with no reference stated), deepseek-ai/DeepSeek-R1 issues 394 and 561, modelscope/evalscope
issue 392 (screenshots)); machine-written or generated pages (exaktai.ai ai_vs_ai, "written by an
AI"; mynw.cn, pwwt.cn, mzph.cn, yongjin360.com, zzycbzc.com, nshx.cn and php.sqjnqi.com DeepSeek
"实测" articles; grokmag.com; tenbin.ai's "AIライター" article; themoonlight.io and
deep-diver.github.io paper reviews; devcowboy newsletter); pages used or claimed by earlier sets
(zenn.dev mutex_inc "gpt-deepseek", birow.com, lemmata.substack.com, dongliang.medium.com,
vellum.ai, exaktai.ai, reddit.jaspervandalum.nl r/theydidthemath 1jlldez, xugj520.cn, mynw.cn
111890, QwenLM/Qwen2.5-Math issue 29, EleutherAI/lm-evaluation-harness issue 3643, antirez/ds4,
huggingface/Math-Verify issues 2 and 69, skylight-org/skylight-research issue 34); answers of
non-reasoning models only (GPT-4o / Claude 3.5 tables of "9.9 or 9.11", r/LocalLLaMA Qwen 2.5's
"88", deepseek-ai/DeepSeek-V3 issue 384); verbal or proof answers with no form to compare
(community.openai.com "o3 can't solve this ridiculously easy problem", rl.huuu.biz r/ChatGPT
1ilesh0, althacker.news item 42781399 on Putnam 2024 A1, forretr.io and simoxmenblog IMO 2025
posts); Math-Verify issues 14, 41, 48, 60 and 64 (hand-made test pairs, not model answers).
"""

from __future__ import annotations

# No page examined under this topic settled a usable pair; see the docstring for why.
CASES: list[dict] = []

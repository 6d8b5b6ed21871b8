r"""A seventy-third fresh set of answer-equivalence cases (evaluation only; helper "a": error
analyses of language models on maths benchmarks -- MATH-500, MATH Level 5, GSM8K-style word
problems and RL verifier studies -- published on blogs, benchmark pages and paper web pages,
where the author shows a model's final answer next to the reference and says whether a grader
was right to accept or refuse it, in particular correct answers in another form that a strict
scorer marked wrong).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh73_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: the model's answer the page says is correct, i.e. equal to
the reference) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX, the
multiplication sign "×" and the subscript "₂" of prasadkhake's "log₂(1024)" kept). Where a page
writes "X vs. Y" for a model response against the reference (zhengzezhou: "responses such as
\dfrac{1}{2} vs. \frac{1}{2}, 0.5 vs. \frac{1}{2}, or 2\sqrt{2} vs. \sqrt{8}"), the first form is
read as the response (pred) and the second as the reference (gold), as the sentence's order gives.
prasadkhake's three show-your-work responses are whole answers as the model wrote them, so
``wrap`` is False for them; the page says "My benchmark marked the answer '7! = 5040' as wrong.
The model was right. 5040 is correct." and that "every show-your-work answer was being marked
wrong" because the scorer read the first number instead of the last; the gold of each is the
value the response ends on (5040, 42, 10), which the page treats as the right answer. The
lesswrong post names a pair ("infinity" and "infinite" "mean the same thing") without saying
which was the reference; "infinity" is taken as the gold. All other preds are bare answers
(``wrap`` True).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- zhengzezhou.github.io "math-scorer-choice/" (blog post "Scorer Choice in Math Reasoning
  Evaluation", Qwen3 base models on MATH-500: "responses such as \dfrac{1}{2} vs. \frac{1}{2},
  0.5 vs. \frac{1}{2}, or 2\sqrt{2} vs. \sqrt{8} are all mathematically equivalent but fail under
  string-comparison scorers"). 3 cases.
- prasadkhake.com "blog/benchmark-bugs-that-inflated-my-scores" ("My benchmark graded '7! =
  5040' as wrong": the scorer took the first number of "7! = 5040", "17.5% of 240 = 0.175 × 240
  = 42" and "1024 is 2^10, so log₂(1024) = 10"; "Every show-your-work answer was being marked
  wrong"). 3 cases.
- www.lesswrong.com post mikoEzajEwFfWXmPF ("Automated evaluation of LLMs for math benchmark",
  the AI4Math benchmark of Carreras con Impacto: "For tricky cases where 'infinity' and
  'infinite' mean the same thing but don't match textually, we added an embeddings layer").
  1 case.
- epoch.ai "benchmarks/math-level-5.html" (Epoch AI's MATH Level 5 methodology: the normalized
  string match scorer "identifies '\frac1b' and '\frac{1}{b}' as the same answer"). 1 case.
- arxiv.org "html/2510.00915v2" ("Reinforcement Learning with Verifiable yet Noisy Rewards under
  Imperfect Verifiers": "a rule-based checker may mark the correct fraction \tfrac{12}{36} as
  wrong when compared against the canonical \tfrac{1}{3} due to brittle parsing/equivalence
  rules (FN)"). 1 case.

9 cases in all (0 False).

Left out, by rule: label errors, where a page says the benchmark's own reference is wrong (the
question then is not whether two answers are equal); pairs that a page lists only as what a
grader or an exercise should handle, with no verdict of a person on a model's answer
(gandenberger.org's "0.33 vs. 0.333" and "0.33 vs. 1/3", agi-eval.studio's "0.5 vs \frac{1}{2}",
the coding-exercise pages ai.adomicarts.com, onlearn.app, eetcode.com, onenoughtone.com);
AI-generated news and summary pages (gentic.news's "3 vs 3.0" and "2x+3 vs 3+2x", written from
the abstract of arXiv 2604.22597; franklineh.com's "1000 rad/s" instead of "1000"; cognaptus.com's
"2040 minutes is not written as 34 hours", on a blog of generated commentary; leeroopedia.com
wiki pages); article.woter.ai's LaTeX-parsing examples, whose "\infty" the conversion turned into
"\iny"; a page whose pairs have no stated reference (stevibe/ReasonMath-15 issue 2 mixes equal
and unequal currency forms, "5721.71 (no $) vs $5721.24", without a verdict on each).

Examined and not used: the Hugging Face "math_verify_leaderboard" blog and its copies
(hf-mirror, onlycoders.net, versaaihub.com, bardai.ai, molayo1419.me; the blog was used by
bench/equiv_fresh21_d.py); antirez/ds4 pull 319 (bench/equiv_fresh12_d2.py); aisa-group/
PostTrainBench issue 45 ("ANSWER: 711" against 11, "ANSWER: 149" against 49; the same pairs as
issue 44 in bench/equiv_fresh15_d.py); QwenLM/Qwen2.5-Math issue 50 on gh.doourdo.com
(bench/equiv_issues_a.py); rasbt/reasoning-from-scratch's chapter 3 exercise solutions on
github.com (the repository is named in bench/equiv_fresh8_b2.py and bench/equiv_issues_b.py);
TinyV (arXiv 2505.14625; its examples used before, and the figure's strings were not in the
stored text); Omni-MATH-2 (arXiv 2601.19532, bench/equiv_fresh43_b.py); xFinder, VerifyBench,
xVerify, mu-MATH, HARP, CHAMP and IMO-AnswerBench (used before); gandenberger.org's LLM Foundry
and Math-Verify TIL posts (the stored text stops before the examples, or shows library behaviour
rather than verdicts on answers); baa.ai's "MATH-500 boxed-answer extraction" (the text stops at
"Edge case 2: \frac vs \dfrac vs \tfrac"); arXiv 2507.08794 "One Token to Fool LLM-as-a-Judge"
(its "master key" responses ":" and "Thought process:" come with no reference answer in the stored
text); the MARIO Eval, pitfalls-of-verifiers (2505.22203), RealMath-Eval, lesswrong RLVR-
instrument, EA Forum AI4Math and hjsang.github.io pages (only the openings, without examples,
were stored); luogu/33dai GSM8K exercise (a programming task, not an error analysis);
blxbench.com test fixtures (single expected answers with no model answer).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ZZ = "zhengzezhou.github.io"
ZZ_SC = "https://zhengzezhou.github.io/math-scorer-choice/"
PK = "prasadkhake.com"
PK_BB = "https://prasadkhake.com/blog/benchmark-bugs-that-inflated-my-scores"
LW = "www.lesswrong.com"
LW_AI4M = (
    "https://www.lesswrong.com/posts/mikoEzajEwFfWXmPF/"
    "automated-evaluation-of-llms-for-math-benchmark-a-practical"
)
EP = "epoch.ai"
EP_L5 = "https://epoch.ai/benchmarks/math-level-5.html"
AX = "arxiv.org"
AX_NOISY = "https://arxiv.org/html/2510.00915v2"

CASES = [
    # zhengzezhou math-scorer-choice: MATH-500 responses equal to the reference, refused by
    # string-comparison scorers
    _c(
        ZZ,
        ZZ_SC,
        gold=r"\frac{1}{2}",
        pred=r"\dfrac{1}{2}",
        wrap=True,
        expected=True,
        why="'responses such as \\dfrac{1}{2} vs. \\frac{1}{2} ... are all mathematically "
        "equivalent but fail under string-comparison scorers'",
    ),
    _c(
        ZZ,
        ZZ_SC,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'0.5 vs. \\frac{1}{2} ... are all mathematically equivalent'",
    ),
    _c(
        ZZ,
        ZZ_SC,
        gold=r"\sqrt{8}",
        pred=r"2\sqrt{2}",
        wrap=True,
        expected=True,
        why="'or 2\\sqrt{2} vs. \\sqrt{8} are all mathematically equivalent'",
    ),
    # prasadkhake benchmark bugs: show-your-work answers scored on their first number
    _c(
        PK,
        PK_BB,
        gold=r"5040",
        pred=r"7! = 5040",
        wrap=False,
        expected=True,
        why='\'My benchmark marked the answer "7! = 5040" as wrong. The model was right. '
        "5040 is correct.'",
    ),
    _c(
        PK,
        PK_BB,
        gold=r"42",
        pred=r"17.5% of 240 = 0.175 × 240 = 42",
        wrap=False,
        expected=True,
        why="'\"17.5% of 240 = 0.175 × 240 = 42\" → scored on the 17.5'; 'Every show-your-work "
        "answer was being marked wrong'",
    ),
    _c(
        PK,
        PK_BB,
        gold=r"10",
        pred=r"1024 is 2^10, so log₂(1024) = 10",
        wrap=False,
        expected=True,
        why="'\"1024 is 2^10, so log₂(1024) = 10\" → scored on the 1024'; fix: 'read the last "
        "number, not the first'",
    ),
    # lesswrong AI4Math automated review: synonyms the text comparison missed
    _c(
        LW,
        LW_AI4M,
        gold=r"infinity",
        pred=r"infinite",
        wrap=True,
        expected=True,
        why='\'tricky cases where "infinity" and "infinite" mean the same thing but don\'t '
        "match textually'",
    ),
    # epoch.ai MATH Level 5 methodology: normalized string match
    _c(
        EP,
        EP_L5,
        gold=r"\frac{1}{b}",
        pred=r"\frac1b",
        wrap=True,
        expected=True,
        why='normalized_string_match \'identifies "\\frac1b" and "\\frac{1}{b}" as the same '
        "answer'",
    ),
    # arXiv 2510.00915: a false negative of a rule-based checker
    _c(
        AX,
        AX_NOISY,
        gold=r"\tfrac{1}{3}",
        pred=r"\tfrac{12}{36}",
        wrap=True,
        expected=True,
        why="'a rule-based checker may mark the correct fraction \\tfrac{12}{36} as wrong when "
        "compared against the canonical \\tfrac{1}{3} ... (FN)'",
    ),
]

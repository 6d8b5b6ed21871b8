r"""A forty-third fresh set of answer-equivalence cases (evaluation only; helper "b": data files in
which people marked an LLM's final maths answer correct or incorrect against a reference --
error-analysis studies, grader-disagreement and judge-agreement studies with human labels,
manual audits of auto-graders, annotation exports).

Cases would be transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh43_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources: none. This helper found no unused repository that holds (reference, model answer,
person's verdict) triples for maths answers, so ``CASES`` is empty. Nothing was taken from a
script's or an LLM judge's verdict to fill the gap (rule 3 of the brief).

Examined and not used (claimed in /work/wt/fresh43_claims where a snapshot was read):

- Mathews-Tom/CogniBench @ 554d7e3d343be5d4368356268300bf4b7aef0fb7 (an "LLM judge for advanced
  maths" with a rubric item "correctness of final answer"): ``data/model_responses.json`` and
  ``data/ideal_responses.json`` are placeholders ("Step 1: ... Final Answer: pi^2 - 4"),
  ``data/evaluations.jsonl`` holds GPT-4o judge outputs, and the "human_evals" in
  ``tests/scripts/test_data/*.json`` are stub fixtures ("Response A", "Looks good."). No person's
  verdict on a real answer. LICENSE file present.
- comnetsAD/ChatGPT @ 25399756f77b198efcb95e8529275db4670db6c9 (Ibrahim et al. 2023, ChatGPT vs
  students in 32 university courses, three graders per answer): ``Grades_and_Taxonomy.csv`` gives
  0-10 partial-credit grades keyed only by question number, course and answer type (student or
  GPT), with no reference answers and no link from a grade row to an answer file; partial credit
  with no binary verdict, not used.
- CS336 (Stanford, spring 2025) assignment-5 solutions not examined in earlier rounds:
  SecondGithub12138/assignment5-alignment @ cded0ccee1dc1c98bf63a41798a84d5ca5feffed
  (``assignment_answers.md`` describes error types in prose, e.g. "18 dollars" vs "18", with
  percentages and no per-example verdicts), ndhuanhuan/assignment5-alignment @
  b94d6eb4ff8adcc606457ae27e66bc205a088d1e, sekirooox/cs336-assignment5-alignment @
  41dc68686e5829de00ffc52847dc74e5475cf2aa, enzochia/assignment5-alignment @
  524f22a900dec9df91dee037c5fcf6d82001dd68, pvarshney1729/assignment5-alignment @
  dbc14e118fb6d09a01c95071837684861713108a (empty analysis notebook) and
  KunWang0129/assignment5-alignment @ c5a9b48974b13fba8c25a26e3e6cd96ef8d9cd35: no annotated
  generations. zhouhouze, turainXW, busybuffer, Taoger-Xu, giovanni-vaccarino, chenqi0805,
  rrenaud, wangjianbin8, yzdakun and KleistvonLiu (all ``assignment5-alignment``) were claimed but
  no snapshot could be fetched.
- Read through the index only (not claimed, nothing usable): fjemiolo/LLM-Error-Analysis (its
  ``adnotacja_reczna.csv`` hand-classifies error types of multi-hop reading-comprehension answers,
  not maths), mistyreed63849/10701-CoT-Faithfulness (GSM8K/MATH answers extracted and compared by a
  Llama extractor, no human verdict), mehrabian/judge-agreement-harness (MT-Bench pairwise human
  preferences), timgutberlet/Error-Analysis-with-LLMs (regression, schema matching and sentiment
  tasks), aranzate/tcc-question-answering-problema-de-busca (Elasticsearch QA), a CPA-Bench judge
  validation module (accounting answers; its human-label file was not in the index), and
  judge-calibration templates whose ``human_correct`` / ``human_is_correct`` columns are blank in
  the committed code (no filled-in export stored).
- Leads that could not be tied to a stored repository within the look-up budget: the expert
  annotations of Omni-Judge vs GPT-5-mini disagreements behind Omni-MATH-2 (Ballon, Algaba,
  Verbeken, Ginis, arXiv 2601.19532; no repository found in the index), and a Portuguese
  "Anotações Manuais" page that marks model answers certa/errada (repository not found).
- Already used or claimed by earlier rounds, so skipped on sight: patronus-ai/financebench,
  kensho-technologies/bff-bench, toloka/u-math (mu-MATH), open-compass/GAOKAO-Eval,
  g1y5x3/llm_gaokao, damek/assignment5-alignment, AnnyOrange/AML_HW, harshit-ojha0324/Responsible-AI,
  DanielSongShen/cs224w-project, openai/grade-school-math, openai/prm800k, openai/evals,
  Shihabuddin-Alvi/llm-eval-platform, KbsdJames/Omni-MATH and the large verifier benchmarks
  (VerifyBench, CompassVerifier, xVerify, answer-matching, TinyV, RL-Verifier-Pitfalls,
  ProcessBench, PRMBench, MR-GSM8K, MR-Ben, CriticBench, JudgeBench, RewardMATH, CHAMP, FELM,
  BIG-Bench-Mistake, MathCheck, GHOSTS, JEEBench, keirp/hungarian_national_hs_finals_exam).
"""

from __future__ import annotations

CASES: list[dict] = []

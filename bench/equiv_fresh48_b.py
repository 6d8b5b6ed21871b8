r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "b": GitHub
repositories holding people's verdicts on maths answers, i.e. human-labelled model or student
answers and answer keys that list several accepted forms of one answer). This helper found no
source it could use, so ``CASES`` is empty; the docstring records what was examined so that a
later round need not look again.

Cases would be transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh48_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources: none.

Left out, by rule: nothing was transcribed.

Examined and not used:

- benja-matic/super-memo-scripts ``data/math/Pre-Algebra-Attempt.js`` (present at
  9ef434c02b45bbc0fc10cb22e118d416b9b54ce2, gone from HEAD 495b55c8...): flashcards whose answers
  were written by a chat model (the repo converts GPT output into cards,
  ``convertGptToFlashcards.js``); only two answers list two forms (``12/30 or 2/5``,
  ``2/1 or 2``). Not a person's key, and too few.
- asmith7013/coachingPlatform @ 2dd0e44ab9f0ddf9ce2193e213cc8f10129aa476
  (``docs/podsie/curricula/**/cool-down-contents.md``): teachers' acceptance criteria for
  free-response explanations, no (reference, answer, verdict) pairs.
- triplelog/math-errors @ 215f5ccab1cd2af59643d673d29bfb2f581cba20: a calculus practice site;
  its checker (``calculus/checkcorrect.py``) has no test cases or labelled answers.
- LiQinze/math-error-analyzer @ 983e23e2f94453e97fe6f61de99339f4745aa6e6: an LLM web app, no data.
- A find_string hit for a Python ``evalsi`` test (``rl.answers_equal`` on 14 pairs) whose README
  names abhishek-rnjn/evals.si, but that repository has no stored snapshot and no indexed files,
  so no path or commit could be recorded (rule 6); not used. Likewise a TypeScript
  ``sameMath``/``matchesAny`` vitest file, a Vietnamese geometry question bank and a Korean
  "pizza" fractions bank with ``acceptedAnswers`` lists, and a Grade 3-6 item bank with
  ``acceptedAnswers`` (``'13/8', '1 5/8'``; ``'2 3/4 ft', '11/4 ft'``), all seen only through
  find_string with no repository attached.
- Already used by earlier sets (skipped on sight): kocahmet1/ultrasat, hwelsters/sleepyresponse,
  JamesRoggeveen/hardmath2_data, open-compass/GAOKAO-Eval, evamuse1236/DWV4,
  rayhuaruijia/LLM_Evaluation, h-arnold/WjecDocumentScraper, baker9001/GGK_LiveProduction,
  thekasyap/thinkbot, lambda-feedback/symbolicEqualDev, CyrilSterling/EasyR1,
  upupup-ux/high-school-math-error-aware-prompting, Iman998/persian-llm-leaderboard and every
  repository holding ``tests/test_math_grader.py`` in the index.
"""

from __future__ import annotations

CASES: list = []

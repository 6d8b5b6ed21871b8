r"""A twenty-sixth fresh set of answer-equivalence cases (evaluation only; helper "b":
human-labelled model answers to maths problems and teacher / answer-key graded answers; what
could be used here is one question-setter answer key that lists accepted forms of each grid-in
answer).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh26_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- mochatech1725/cb-sat-practice (a practice-set generator over the College Board SAT question
  bank), snapshot HEAD 03f3fd3fcae4982b6a97165f43b50ecef37d3e8f; no license file in the stored
  tree. Files ``server/database/mock/sql/SATCollegeBankMathAlegra.json`` (sic; last changed in
  9f9b469fd04460f733e23e0c54fdf8d6c00b2413), ``.../SATCollegeBankMathAdvanced.json``,
  ``.../SATCollegeBankMathGeometry.sql`` and ``.../SATCollegeBankMathProbAnalysis.sql`` hold the
  College Board question-bank items as extracted from its PDFs; the ``explanation`` field is the
  College Board rationale. For student-produced-response (grid-in) items the rationale ends with
  the test maker's accepted-forms key, "Note that X and Y are examples of ways to enter a correct
  answer." The label is therefore the answer key's: every listed form receives credit. (Most maths
  symbols elsewhere in the extracted text are lost, but these key sentences are intact.)
  Rule: every such key sentence of the four files, in file order (Algebra, Advanced Math,
  Geometry, Problem solving / data analysis): 33 sentences (the combined ``questions.sql`` holds
  the same 33). The first listed form is the gold; each further listed form that is exactly equal
  to it is a positive (``wrap`` True). ``why`` gives the College Board question ID.
  The short answers are quoted as test data, with attribution.

Left out, by rule: forms that are truncated or rounded decimals of a non-terminating value,
accepted only because of the grid-in entry rules (as in earlier sets): ``.9411``, ``.9412``,
``0.941`` for ``16/17`` (e6cb2402); ``.0177``, ``.0178``, ``0.017``, ``0.018`` for ``4/225``
(137cc6fd); ``.6956``, ``.6957``, ``0.695``, ``0.696`` for ``16/23`` (1429dcdf); ``14.66``,
``14.67`` for ``44/3`` (5b4757df); ``.7241``, ``0.724`` for ``21/29`` (c6dff223); ``0.062``,
``0.063`` for ``.0625`` (8637294f, whose exact ``1/16`` is kept); ``0.001`` for ``.0014``
(8213b1b3); the whole key of 429fb7c0 (``-.3267, -.3266, -0.326, -0.327``: every form is an
approximation of an unstated value). Keys that list several different correct values of a
question with more than one solution (not forms of one answer): 97e50fa2 (``2`` and ``8``),
a4f61d75 (``7``, ``8``, ``13``), fcdf87b7 (``0`` and ``3``), 364a2d25 (``8`` and ``9``),
eeb4143c (``10/3``, ``15/4``, ``25/6`` and their decimals). Multiple-choice items (letter keys;
their numeric options are partly lost in the extraction).

Examined and not used (the labelled-data focus; every repository was claimed first):
hwelsters/chatgpt-mwp-performance-prediction (its ``graded`` DRAW-1K files are ChatGPT grading
ChatGPT, not people); collinskatie/checkmate (MathConverse: 0-6 ratings of proofs, no reference
answers); rayhuaruijia/LLM_Evaluation (its ``accuracy_k`` columns come from a last-number /
fuzzy-match script; the "Human Evaluation" notebooks hold unlabelled outputs);
Tuncay-Karahan/Study_Project_DeepSeek (German maths exam answers graded by an LLM; the
spreadsheet has aggregates only); CharlSparrow/OnlineResults (teacher marks of hand-drawn graphs,
not answer values); kunwar45/multilingual-CoT-anchors (its planned ``labeled_failures.csv`` is
not in the repository); xukp20/MATH (no labelled answers); owenhenkel/Can-Large-Language-Models-
Make-the-Grade (teacher-labelled short answers, but science and history only);
Tsunefuji/two-stage-LLM-as-a-judge (MT-Bench pairwise votes); h-arnold/WjecDocumentScraper (WJEC
GCSE mark schemes, but the PDF-to-markdown text garbles fractions, so accepted forms cannot be
read reliably); remarkablegames/sat-prep (its SAT test script has no maths section);
fiifidawson/AMMORE (a retrieval tool, not the AMMORE dataset; no snapshot); evamuse1236/DWV4 (a
diagnostic whose answer key is multiple-choice letters only); saffy420/sat-question-bank (no
snapshot; its stored practice-test files hold question IDs without answers). Already used by
earlier sets (found
again, not read): harshit-ojha0324/Responsible-AI, D0bledore/code-math, idnaedtech/idna-tutor-mvp,
thekasyap/thinkbot. ``find_string`` hits whose repository could not be named (a
``gold_v1.jsonl`` with human ``correct`` labels; an SAT rationale parser test) were not used.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "mochatech1725/cb-sat-practice"
_AT = "@03f3fd3fcae4982b6a97165f43b50ecef37d3e8f"
F_ALG = "server/database/mock/sql/SATCollegeBankMathAlegra.json" + _AT
F_ADV = "server/database/mock/sql/SATCollegeBankMathAdvanced.json" + _AT
F_GEO = "server/database/mock/sql/SATCollegeBankMathGeometry.sql" + _AT
F_PSD = "server/database/mock/sql/SATCollegeBankMathProbAnalysis.sql" + _AT

CASES = [
    # College Board grid-in keys: "Note that X and Y are examples of ways to enter a correct answer"
    _c(
        R1,
        F_ALG,
        gold=r"1/2",
        pred=r".5",
        wrap=True,
        expected=True,
        why="question db422e7f: key lists 1/2 and .5",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"1.5",
        pred=r"3/2",
        wrap=True,
        expected=True,
        why="question c362c210: key lists 1.5 and 3/2",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"9/5",
        pred=r"1.8",
        wrap=True,
        expected=True,
        why="question f718c9cf: key lists 9/5 and 1.8",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"1.2",
        pred=r"6/5",
        wrap=True,
        expected=True,
        why="question 4f669597: key lists 1.2 and 6/5",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"1.25",
        pred=r"5/4",
        wrap=True,
        expected=True,
        why="question cb58833c: key lists 1.25 and 5/4",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"6/5",
        pred=r"1.2",
        wrap=True,
        expected=True,
        why="question 6d8ad460: key lists 6/5 and 1.2",
    ),
    _c(
        R1,
        F_ALG,
        gold=r"55/4",
        pred=r"13.75",
        wrap=True,
        expected=True,
        why="question 9ed4c1a2: key lists 55/4 and 13.75",
    ),
    _c(
        R1,
        F_ADV,
        gold=r"81/4",
        pred=r"20.25",
        wrap=True,
        expected=True,
        why="question f5aa5040: key lists 81/4 and 20.25",
    ),
    _c(
        R1,
        F_ADV,
        gold=r".09",
        pred=r"9/100",
        wrap=True,
        expected=True,
        why="question 5355c0ef: key lists .09 and 9/100",
    ),
    _c(
        R1,
        F_ADV,
        gold=r"2.5",
        pred=r"5/2",
        wrap=True,
        expected=True,
        why="question 100030d9: key lists 2.5 and 5/2",
    ),
    _c(
        R1,
        F_ADV,
        gold=r"5/2",
        pred=r"2.5",
        wrap=True,
        expected=True,
        why="question a391ed22: key lists 5/2 and 2.5",
    ),
    _c(
        R1,
        F_ADV,
        gold=r"25/4",
        pred=r"6.25",
        wrap=True,
        expected=True,
        why="question 6d9e01a2: key lists 25/4 and 6.25",
    ),
    _c(
        R1,
        F_GEO,
        gold=r"4.5",
        pred=r"9/2",
        wrap=True,
        expected=True,
        why="question 6a3fbec3: key lists 4.5 and 9/2",
    ),
    _c(
        R1,
        F_GEO,
        gold=r"7/50",
        pred=r".14",
        wrap=True,
        expected=True,
        why="question 2be01bd9: key lists 7/50 and .14",
    ),
    _c(
        R1,
        F_GEO,
        gold=r"101/2",
        pred=r"50.5",
        wrap=True,
        expected=True,
        why="question 17912810: key lists 101/2 and 50.5",
    ),
    _c(
        R1,
        F_PSD,
        gold=r".0625",
        pred=r"1/16",
        wrap=True,
        expected=True,
        why="question 8637294f: key lists .0625, 0.062, 0.063 and 1/16 (only 1/16 is exact)",
    ),
    _c(
        R1,
        F_PSD,
        gold=r"1.3",
        pred=r"13/10",
        wrap=True,
        expected=True,
        why="question 07f2829b: key lists 1.3 and 13/10",
    ),
    _c(
        R1,
        F_PSD,
        gold=r"25.4",
        pred=r"127/5",
        wrap=True,
        expected=True,
        why="question fea831fc: key lists 25.4 and 127/5",
    ),
    _c(
        R1,
        F_PSD,
        gold=r"4.05",
        pred=r"81/20",
        wrap=True,
        expected=True,
        why="question 623dbebb: key lists 4.05 and 81/20",
    ),
    _c(
        R1,
        F_PSD,
        gold=r".32",
        pred=r"8/25",
        wrap=True,
        expected=True,
        why="question 61f61789: key lists .32 and 8/25",
    ),
    _c(
        R1,
        F_PSD,
        gold=r"2.6",
        pred=r"13/5",
        wrap=True,
        expected=True,
        why="question 54d93874: key lists 2.6 and 13/5",
    ),
]

r"""A forty-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": GitHub
repositories whose tests state verdicts of a maths answer checker; RL frameworks, reasoning
projects, evaluation harnesses).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md, bench/data/fresh_runs/*.txt, the claims folders of rounds 26-47 and
/work/wt/fresh48_claims). Each case gives the reference answer (``gold``), the prediction
(``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is True, else the whole
completion as written) and the verdict (``expected``). ``where`` is ``path@commit`` in ``repo`` on
github.com. Do not tune the judge on these cases.

This round found the focus area (test suites of RL-training, reasoning and evaluation
repositories) exhausted by earlier sets: every such suite reached within the look-up budget was
already used or claimed (see "Examined and not used"). The one source below is weak, and is kept
only because its labels are a person's, written next to each pair; the parent may drop it.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- SteamingPilot/demo_repo ``test.py`` @ c85d058945857cea59680c541e76a3de6dd3f2aa (a prototype
  LaTeX equality checker, ``parse_latex(a).equals(parse_latex(b))`` with a ``check_equal``
  helper; above each numbered test the author writes the identity the pair is meant to satisfy,
  e.g. ``# Test 1`` / ``# 2*3 = 6`` over ``parse_latex("2*3")`` and ``parse_latex("6")``). The
  verdict is that human comment (the pair is equal), not the printed output, which the file does
  not assert. ``gold`` is the second expression of each pair (``exp2``), ``pred`` the first
  (``exp1``), both bare (``wrap=True``), as the Python source's string values (``"\\frac"`` is
  ``\frac``). No license file (the repository holds only a README, ``c/``, a committed virtual
  environment and the test scripts).

Left out, by rule: in ``test.py``, tests 11-13 and the unnumbered pairs after them (``xy`` /
``yx``, the ``evalf`` comparisons of ``(X^2+Y^2)^{0.49999}`` and ``^{0.5}``): no comment states a
verdict; ``test3.py`` repeats tests 1-10 verbatim (not transcribed twice) and adds a symbolic
``\log\left(x^2\right)`` / ``2\log\left(x\right)`` pair under the comment "these functions will
not evaluate to TRUE when we just place x in" (the author's own note leaves the verdict open);
``test2.py`` and ``test4.py`` print comparisons with no stated verdict.

Examined and not used:

- Used or claimed by earlier sets (found again this round and skipped): inclusionAI/AReaL,
  cklxx/slime, yashm-cerebras/SkyRL, huggingface/datatrove, Ascend/MindSpeed-RL,
  athatheo/bonsai-fold (the ``bonsaifold.minibench.answers`` ``math_equal`` suite),
  EleutherAI/lm-evaluation-harness (``test_minerva_math.py``), xedotech/project-ymir
  (``ymir.grading`` tests), scitix/sieval (UGMathBench ``judge_answer`` suite), the
  ``trinity.orchestration.reward`` caret test (TinyRouter forks), the ``rsi_plateau`` and
  ``ExactMatchVerifier`` / ``answers_match`` suites, asuzukosi/post-training-experiments,
  pie-framework/math-validation, Knowre-Dev/locian-algorithm, cortex-js/compute-engine,
  CyrilSterling/EasyR1, thekasyap/thinkbot, rlarson20/MathAgentBench,
  JamesRoggeveen/hardmath2_data; every maths repository listed by find_repos for "rlvr",
  "grpo", "math-eval", "math-rl", "rl-math", "math500" and "answer-check" except those below;
  every holder of ``tests/test_math_reward.py``, ``tests/test_math_grader.py``,
  ``tests/test_reward_score.py`` (but PshySimon/DB-Opt-R1), ``tests/test_rule_reward.py``,
  ``tests/test_math_env.py``; the well-known frameworks and harnesses checked by name
  (verl, OpenRLHF, TRL, open-r1, NeMo-RL, prime-rl, verifiers, ROLL, EasyR1, MathRuler, oat,
  lighteval, olmes, open-instruct, inspect_evals, HELM, lmms-eval, reasoning-gym, torchtune,
  axolotl, unsloth, atropos, ...).
- Read (claimed in /work/wt/fresh48_claims) and holding no test or label of an answer verdict:
  Wuxb02/RL-math-reasoning, kylebrussell/cap-rlvr (legal-reasoning rewards),
  nihaljn/zero-rl-mini, sajanpoudel/RL-Math, PshySimon/DB-Opt-R1 (database-knob reward tests),
  FBSalol/math500_in_lmeval (two .docx write-ups, no labelled pairs), BY571/openpipe-math500,
  userdarius/math500_eval, AtelierMizumi/nix-lms-answer-checker (a quiz-page parser),
  Zhi0467/pretrain-zero-rl, tatami-galaxy/rl-math-unsloth,
  EnvCommons/Nemotron-RL-math-stack_overflow, shaheennabi/rlvr_grpo-experiment-with-math500.
- No snapshot available: tatami-galaxy/rl-math-reasoning, ruth22soft/RL-math-reasoner,
  sunhatSH/agentic_cl_research, cc1107yss/limit-of-rlvr-qwen7b-math500-reproduction,
  KennyBoss/ai-answer-checks; iannn4u/pro_AI-RL-Math (snapshot over the size limit).
- gustofied/terminal2F ``tests/test_math_rubric.py``: the path is otherwise held only by
  PrimeIntellect-ai/verifiers (used) and its forks, so presumably a vendored copy; not read.
- Found by exact-string search but not tied to a repository (the index gives a file's text and id,
  not its repository): id 2125688842 (a unittest ``verify_answer`` suite, ``from utils import
  extract_boxed_answer, verify_answer``, some 30 verdicts such as ``\sqrt{164}`` =
  ``2\sqrt{41}`` and ``2+3`` = ``5``; code search returns its text unnamed), id 56784873692
  (``symbolic_check`` fraction tests), id 48326572191 (``MathEvaluator`` TRUTHFUL/UNTRUTHFUL),
  id 70920520123 (a C# ``PracticeService`` radical-rationalisation ``InlineData`` table).
- SteamingPilot/demo_repo ``test2.py``, ``test3.py``, ``test4.py``: see "Left out".
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "SteamingPilot/demo_repo"
R1_AT = "test.py@c85d058945857cea59680c541e76a3de6dd3f2aa"

CASES = [
    # test.py: each pair sits under a comment stating the identity; gold = exp2, pred = exp1.
    _c(
        R1, R1_AT, gold=r"6", pred=r"2*3", wrap=True, expected=True, why="Test 1, comment '2*3 = 6'"
    ),
    _c(
        R1,
        R1_AT,
        gold=r"ba",
        pred=r"a*b",
        wrap=True,
        expected=True,
        why="Test 2a - Constants, comment 'a*b = ba'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"ba",
        pred=r"ab",
        wrap=True,
        expected=True,
        why="Test 2b, comment 'ab = ba'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2ba",
        pred=r"2ab",
        wrap=True,
        expected=True,
        why="Test 2c, comment '2ab = 2ba'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{-b}{a2}",
        pred=r"\frac{-b}{2a}",
        wrap=True,
        expected=True,
        why="Constants 3, comment '(-b)/2a = (-b)/a2'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"(5^2)^0.5",
        pred=r"\sqrt{5^2}",
        wrap=True,
        expected=True,
        why="Test 4, comment 'Sqrt and power of: sqrt(x^2 + y^2) = (x^2 + y^2)^0.5' (the pair "
        "instantiates the identity with 5)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5!",
        pred=r"\prod_{i=1}^{5} i",
        wrap=True,
        expected=True,
        why="Test 5, comment 'Product: prod(i, (i, 1, n)) = n!' (instantiated with n = 5)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2\log(6)",
        pred=r"\log(6^2)",
        wrap=True,
        expected=True,
        why="Test 6, comment 'Log: log(x^2) = 2*log(x)' (instantiated with 6; the author notes "
        "the symbolic form does not evaluate to True, so only the numeric pair is taken)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"\frac{6(6+1)}{2}",
        pred=r"\sum_{i=1}^{6} i",
        wrap=True,
        expected=True,
        why="Test 7, comment 'Summation: sum(i, (i, 1, n)) = n*(n+1)/2' (n = 6)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"2\sin(x)\cos(x)",
        pred=r"\sin(2x)",
        wrap=True,
        expected=True,
        why="Test 8, comment 'Sin and Cos: sin(2x) = 2*sin(x)*cos(x)'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"ac+bc",
        pred=r"(a+b)c",
        wrap=True,
        expected=True,
        why="Test 9, comment 'Distributive prop: (a+b)c = ac + bc'",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"yyy",
        pred=r"y^3",
        wrap=True,
        expected=True,
        why="Test 10, comment 'Cube: y^3 = y*y*y' (exp2 written 'yyy', implicit products)",
    ),
]

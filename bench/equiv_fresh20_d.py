r"""A twentieth fresh set of answer-equivalence cases (evaluation only; helper "d": issue and
pull-request threads in which a user, maintainer or review states that a math answer grader judged a
concrete (reference, answer) pair wrongly, or states the right reference of a benchmark item).

``where`` is ``issues/N`` or ``pull/N`` in ``repo`` on github.com (threads read through the "issues"
corpus; each repository claimed in /work/wt/fresh20_claims as ``OWNER__NAME__issues`` first).
``gold`` is the reference answer, ``pred`` the answer to be judged (``wrap`` True: a bare answer to
be put in ``\boxed{}``; False: the completion text as the thread quotes it) and ``expected`` the
verdict the thread establishes (the mathematical fact, not the buggy verdict it reports). Strings
are the thread's, once Python has read them (a thread's JSON ``"\\dfrac"`` is stored as
``r"\dfrac"``); plain-text answers (``-1 + exp(16)``, ``pi/2``) are kept plain. Do not tune the
judge on these cases.

Two groups, kept apart so that the lead can drop the second one if the project's rule "threads of
repositories NOT yet used" is read at repository level:

1. Repositories that no earlier set used at all (``FROM_UNUSED_REPOS``):

- bojieli/ai-agent-book pull 173 ("fix(intuitor): extract nested braces from boxed answers"): a
  ``[^}]+`` extractor cut ``\boxed{\frac{1}{2}}`` to ``\frac{1``, so the correct answer was scored
  wrong; the gold is the answer the thread says must be kept intact.
- sileix/chain-of-draft issue 6 (GSM8K grading log, "Expected: 25000, Predicted: 75000", with the
  full response quoted): a wrong final answer that must stay wrong (Marcy's pension: 10 years x 5%
  of $50,000 = $25,000, re-derived by hand).

2. New threads of repositories whose test suites or other threads earlier sets used
(``FROM_USED_REPOS``; none of these threads appears in bench/equiv_issues_*.py or an earlier fresh
module, checked by repository and number):

- huggingface/Math-Verify issue 69 (verl's ``compute_score``: four pairs with the same value that
  scored 0; the thread lists model output first, ground truth second; a commenter argues the plain
  model output should be rejected for its format, so ``expected`` is the value equality the reporter
  states) and issue 64 (``\sqrt{1/n}`` vs ``\frac{1}{\sqrt{n}}``, reported as a bad ``False``; ``n``
  is a positive count in such answers).
- EleutherAI/lm-evaluation-harness issue 3210 (a response verbatim equal to the MATH solution,
  ``\boxed{\dfrac{9}{7}}``, scored 0 by exact match and Math-Verify; the maintainer traced it to the
  extraction), issue 2552 (``Thus the answer is \[ \boxed{42} \]`` not extracted; the maintainer
  asked for a flexible extractor, and pull 4205 says the example then scores 1) and pull 3254
  (GSM8K ``$29.00`` vs ``29`` scored wrong).
- open-compass/opencompass issue 2647 (``gsm8k_postprocess`` splits numbers at thousands separators:
  the measured table, ``\boxed{$9{,}500}`` -> ``500`` etc.; the gold is the number the answer
  writes, and the row the table marks correct, ``\boxed{9500}``, is kept too).
- stanford-crfm/helm issue 4337 (``final_number_exact_match`` against the gold "The answer is 72.",
  stored as ``72``; both quoted completions are correct answers, the first scored 0).
- verl-project/verl pull 2446 (AIME 2024 golds stored with leading zeros, ``033``, vs the model's
  ``33``).
- NVIDIA-NeMo/Skills pull 118 (merged; the same change as the closed pull 115): AIME 2024 I
  Problem 12 "The correct answer should be 385 not 384"; a model reproducing the old label must be
  rejected against the corrected reference.

Left out, by rule. Format policies: Math-Verify issue 69's ``Theta(log log n)`` vs
``O(\log \log n)`` (not the same statement); lm-evaluation-harness issue 2539 (the leaderboard's
``Final Answer: The final answer is`` template). No definite verdict or no stated pair:
Math-Verify issue 75 (``Y(x)=-x+C+\frac{D}{x}`` vs ``Y(x)=A+\frac{B}{x}-x``; the maintainer keeps
differently named constants unequal), issue 40 (a crash on two ellipse equations, no verdict
asked), issue 64's second pair (``f(x) = 0`` vs ``\forall x>0, f(x) = 0``, no stated expectation);
open-compass/opencompass issues 2343 / pull 2426 and 1818 (the quoted completions are cut off in the
stored threads), 2273 (no pair); lm-evaluation-harness issues 3475 and 2707 (screenshots only), pull
3785 (no concrete pair); evalscope issue 392 (screenshots); iDiagoValeta/localOllamaRAG issue 208
(answers about papers, not math problems); NVIDIA-NeMo/Skills pull 1047 (the IMO-AnswerBench judge
prompt's generic guideline examples, ``1/2`` vs ``0.5`` etc., for a benchmark whose data comes from
google-deepmind/superhuman, claimed by another collector). Threads already collected:
lm-evaluation-harness pull 4034 (the pairs of issue 4030), THUDM/slime pull 1246 (fixes issue
543). Threads of repositories another collector had claimed were not read for cases
(scitix/sieval, modelscope/ms-swift, uw-nsl/TinyV, google-deepmind/proeval, open-compass/VLMEvalKit,
stanfordnlp/dspy, openai/prm800k, confident-ai/deepeval, noonghunna/benchlocal-cli, openai/evals
pull 292, Khan, STACK, Numbas).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AAB = "bojieli/ai-agent-book"
COD = "sileix/chain-of-draft"
MV = "huggingface/Math-Verify"
LME = "EleutherAI/lm-evaluation-harness"
OC = "open-compass/opencompass"
HELM = "stanford-crfm/helm"
VERL = "verl-project/verl"
NEMO = "NVIDIA-NeMo/Skills"

FROM_UNUSED_REPOS: frozenset[str] = frozenset({AAB, COD})
FROM_USED_REPOS: frozenset[str] = frozenset({MV, LME, OC, HELM, VERL, NEMO})

_COD6 = (
    "Marcy's annual pension after 30 years of work, considering 5% of the base pension for each "
    "year beyond 20, is calculated as follows:\n\n"
    "- Base pension: $50,000/year\n"
    "- Years beyond 20: 30 - 20 = 10 years\n"
    "- Additional amount per year: 5% of $50,000 = $2,500\n"
    "- Total additional over 10 years: 10 * $2,500 = $25,000\n"
    "- Total pension: $50,000 + $25,000 = $75,000"
)

_LME3210 = (
    r"First, we note that $x$ must be positive, since otherwise $\lceil x \rceil + x$ is "
    r"nonpositive. Next, we know that the decimal part of $x$ must be $\dfrac{2}{7}$. We write $x$ "
    r"as $n+\dfrac{2}{7}$, where $n$ is the greatest integer less than $x.$ Then, "
    r"$\lceil x \rceil = n + 1.$ Therefore, we can write $\lceil x \rceil + x$ as "
    r"$n+1+n+\dfrac{2}{7}=\dfrac{23}{7}$. Solving, we get $n=1$. Therefore, the only value $x$ "
    r"that satisfies the equation is $1+\dfrac{2}{7}=\boxed{\dfrac{9}{7}}$."
)

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- 1. repositories no earlier set used ----------------------------------------------------
    (
        AAB,
        "pull/173",
        r"\frac{1}{2}",
        r"\boxed{\frac{1}{2}}",
        False,
        True,
        "merged fix: a [^}]+ extractor cut the boxed fraction to \\frac{1 and scored it wrong",
    ),
    (
        COD,
        "issues/6",
        "25000",
        _COD6,
        False,
        False,
        "GSM8K log 'Expected: 25000, Predicted: 75000'; the response's final total is wrong",
    ),
    # --- 2. Math-Verify issue 69: verl compute_score, (model_output, ground_truth) --------------
    (
        MV,
        "issues/69",
        "e^{16} - 1",
        "-1 + exp(16)",
        True,
        True,
        "reported 0 for the same value; plain-text exp(16) = e^16",
    ),
    (
        MV,
        "issues/69",
        r"\dfrac{\pi}{2}",
        "pi/2",
        True,
        True,
        "reported 0 for the same value; plain-text pi/2",
    ),
    (
        MV,
        "issues/69",
        "14 - i",
        "14.0 + -1.0i",
        True,
        True,
        "reported 0 for the same value; complex number written as 14.0 + -1.0i",
    ),
    (
        MV,
        "issues/69",
        r"-2\pi",
        "-2*pi",
        True,
        True,
        "reported 0 for the same value; plain-text -2*pi",
    ),
    (
        MV,
        "issues/64",
        r"\sqrt{1/n}",
        r"\frac{1}{\sqrt{n}}",
        True,
        True,
        "reported bad case: verify(gold=sqrt(1/n), 1/sqrt(n)) False; equal for n > 0",
    ),
    # --- lm-evaluation-harness -----------------------------------------------------------------
    (
        LME,
        "issues/3210",
        r"\dfrac{9}{7}",
        _LME3210,
        False,
        True,
        "response verbatim equal to the gold solution scored 0; maintainer: extraction bug",
    ),
    (
        LME,
        "issues/2552",
        "42",
        r"... some reasoning logic ... Thus the answer is \[ \boxed{42} \]",
        False,
        True,
        "display-math boxed answer not extracted; maintainer asked for a flexible extractor",
    ),
    (
        LME,
        "pull/3254",
        "29",
        "$29.00",
        True,
        True,
        "GSM8K exact match failed on trailing .00 of a dollar amount",
    ),
    # --- opencompass issue 2647: gsm8k_postprocess at thousands separators ----------------------
    (
        OC,
        "issues/2647",
        "9500",
        r"\boxed{9500}",
        False,
        True,
        "the table's correctly extracted row (no separator)",
    ),
    (
        OC,
        "issues/2647",
        "9500",
        r"\boxed{$9{,}500}",
        False,
        True,
        "extracted as 500; LaTeX {,} thousands separator, the number is 9500",
    ),
    (
        OC,
        "issues/2647",
        "8000",
        r"\boxed{8,000}",
        False,
        True,
        "extracted as 000; comma thousands separator, the number is 8000",
    ),
    (
        OC,
        "issues/2647",
        "10000",
        r"\boxed{10,000}",
        False,
        True,
        "extracted as 000; comma thousands separator, the number is 10000",
    ),
    (
        OC,
        "issues/2647",
        "9500",
        r"The answer is $9{,}500.",
        False,
        True,
        "extracted as 500; unboxed sentence with a {,} separator, the number is 9500",
    ),
    # --- helm issue 4337: final_number_exact_match, gold "The answer is 72." ------------------
    (
        HELM,
        "issues/4337",
        "72",
        "The answer is 72, in total, so the farmer earns that much.",
        False,
        True,
        "scored 0: a run of commas taken as the final number; gold sentence 'The answer is 72.'",
    ),
    (
        HELM,
        "issues/4337",
        "72",
        "The answer is 72, which is the total.",
        False,
        True,
        "the thread's control completion (scored 1); gold sentence 'The answer is 72.'",
    ),
    # --- verl pull 2446 / NeMo-Skills pull 118: AIME 2024 golds ---------------------------------
    (
        VERL,
        "pull/2446",
        "033",
        "33",
        True,
        True,
        "AIME 2024 gold stored with leading zeros; the model's 33 is the same integer",
    ),
    (
        NEMO,
        "pull/118",
        "385",
        "384",
        True,
        False,
        "AIME 2024 I P12: 'The correct answer should be 385 not 384' (the old dataset label)",
    ),
]

CASES: list[dict] = [_c(*row) for row in _ROWS]

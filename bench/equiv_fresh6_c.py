r"""A sixth fresh set of answer-equivalence cases (evaluation only; helper "c", first part:
the other harnesses are in equiv_fresh6_c2.py).

Cases are transcribed from the test suites of evaluation harnesses and benchmark runners that no
earlier set used (bench/data/README.md, bench/equiv_issues_*.py, bench/equiv_fresh3_*.py,
bench/data/equiv_fresh4.md, bench/equiv_fresh5_*.py, the claims in /work/wt/fresh6_claims). Each
case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put in
``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and the verdict
the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are
the values Python reads from the test (a test's ``"\\frac"`` is stored as ``r"\frac"``). Collected
without running curate's judge on them. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- ModelCloud/Evalution @ 0e875d8cbcadf115e5e8c68e487ff571569a34f0, Apache-2.0 (LICENSE and SPDX
  headers): ``tests/test_scorers.py`` (``math_exact_match(prediction, target)``,
  ``extract_math_answer``, ``normalize_math_string``), ``tests/test_gsm8k.py``
  (``extract_format_insensitive_numeric_answer`` and suite scores), ``tests/test_gsm8k_platinum.py``,
  ``tests/test_gsm_plus.py``, ``tests/test_gsm8k_fr.py``, ``tests/test_gsm8k_ko.py``,
  ``tests/test_mgsm.py``, ``tests/test_mgsm_direct_es_spanish_bench.py``, ``tests/test_afrimgsm.py``,
  ``tests/test_aime.py``, ``tests/test_hendrycks_math.py``, ``tests/test_imoanswerbench.py``
  (one fake generation scored against one dataset row: the row's target and the asserted
  per-sample score or the single-row metric).
- CDBiddulph/scaffold-learning ``tests/domains/aime/test_score.py``
  @ acb8fa07553c6c283e5b2c508ba27bf5e2985cb1 (``score(expected, response)``; its golds are Python
  ints, stored as their decimal strings; ``extract_numerical_answer(text) == n`` read as an
  equivalence of the completion with ``n``).
No license file was found in the stored copies of the repositories other than Evalution (here and
in equiv_fresh6_c2.py): their short test strings are quoted as test data, with attribution.

Left out, by rule: multiple-choice letters (scaffold-learning ``extract_answer_letter``,
llm_eval ``extract_mcq_answer``, Evalution ``mathqa`` / choice labels); gold-side parsers
(Evalution's official GSM8K / GSM8K-Platinum reference parsers, llm_eval ``get_ground_truth``,
genlm ``extract_ground_truth``); format policies: Evalution's strict ``math_exact_match`` of
``\boxed{033}`` against ``33`` (a leading-zero string policy against numeric equality), the
official GSM8K parser's rejection of an answer without ``####`` (and GSM-Plus ``em,strict``),
BenchKit's unclosed ``<think>`` block, scaffold-learning's AIME range checks (``Answer: 1000``,
``-5``: no gold); a configured tolerance deciding the verdict (genlm ``0.33`` vs ``0.333`` under
``tolerance=0.1``); the last-number pick from a hedged answer (genlm ``5 or maybe 7`` -> 7);
completions with no answer (empty, ``No answer given``, ``I do not know.``, ``####``, an unclosed
``\boxed{\frac{1}{2``) and ``None`` predictions; identity normalisations (llm_eval ``0.5`` ->
``0.5``); Evalution's ``\lfloorx\rfloor+1`` (the normalised string is not valid LaTeX); word-only
boxes (llm_eval ``\boxed{wrong}`` / ``\boxed{correct}``); aggregate-only checks where the item
verdicts are not forced (llm-bench-rig's first eval run beyond its parse failure, genlm's
weighted ensemble); raised-error and metadata checks; a (gold, prediction) pair asserted twice in
one repository is kept once (scaffold-learning ``Answer: 123`` / ``Answer: 007`` by both ``score``
and ``extract_numerical_answer``, llm_eval ``2/4`` by ``score`` and ``normalize_math_answer``,
Evalution ``The answer is 42.`` by the parser and the suite tests).
Searched without finding usable equivalence assertions: NOrangeeroli/RL_onoff (math_verify score
only checked to lie in [0, 1]), AI4Bharat/indic-llm-eval-suite (translation pipeline test),
danielcy/openaime (agent workspace), VladimirKambovski/test-time-compute-allocation (stub), an
OpenRLHF fork's ``test_rewards_func`` (logs rewards, asserts nothing); lambda-feedback/
compareExpressions (a large parametrised suite of implicit-multiplication, parameter-dependent
expressions) was not transcribed for lack of time and is not claimed.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EVAL = "ModelCloud/Evalution"
EVAL_C = "0e875d8cbcadf115e5e8c68e487ff571569a34f0"
SCAF = "CDBiddulph/scaffold-learning"
SCAF_AT = "tests/domains/aime/test_score.py@acb8fa07553c6c283e5b2c508ba27bf5e2985cb1"


def _ev(path: str) -> str:
    return f"tests/{path}@{EVAL_C}"


# Rows: (where, gold, pred, wrap, expected, why).
_EVALUTION = [
    # tests/test_scorers.py
    (
        "test_scorers.py",
        r"\frac{1}{2}",
        r"Reasoning... \boxed{\frac12}",
        False,
        True,
        "math_exact_match == 1.0 (\\frac12 normalised)",
    ),
    (
        "test_scorers.py",
        r"$\frac{1}{576}$.",
        "Work...\nFinal answer: \\frac{1}{576}.",
        False,
        True,
        "unboxed 'Final answer:' vs gold written $\\frac{1}{576}$. == 1.0",
    ),
    (
        "test_scorers.py",
        r"\frac{1}{2}",
        "0.5",
        True,
        True,
        "normalize_math_string('0.5') == '\\frac{1}{2}'",
    ),
    (
        "test_scorers.py",
        "42",
        "Final answer is $42$",
        False,
        True,
        "extract_math_answer takes the dollar-delimited 42",
    ),
    (
        "test_scorers.py",
        "42",
        "First $x$ then final $42$",
        False,
        True,
        "extract_math_answer takes the last inline math span",
    ),
    (
        "test_scorers.py",
        "12",
        r"12\text{ cm}\text{ squared}",
        True,
        True,
        "normalize_math_string strips text units -> '12'",
    ),
    (
        "test_scorers.py",
        "-((d-2k)^2)+d",
        r"\(-((d - 2k)^2) + d\)",
        False,
        True,
        "normalize_math_string strips \\( \\) and spaces",
    ),
    # numeric (format-insensitive) GSM8K parser and suites
    (
        "test_gsm8k.py",
        "42",
        "The answer is 42.",
        False,
        True,
        "extract_format_insensitive_numeric_answer -> '42'",
    ),
    (
        "test_gsm8k.py",
        "1234",
        "Answer: 1,234",
        False,
        True,
        "format-insensitive numeric answer drops the thousands comma -> '1234'",
    ),
    (
        "test_gsm8k.py",
        "18",
        "Reasoning...\n\\boxed{18}",
        False,
        True,
        "format-insensitive numeric answer reads \\boxed{18}",
    ),
    (
        "test_gsm8k.py",
        "42",
        "Reasoning first\n#### 42",
        False,
        True,
        "gsm8k suite, gold '40 + 2 = 42\\n#### 42': acc,num == 1.0",
    ),
    (
        "test_gsm8k_platinum.py",
        "7",
        "The answer is 7.",
        False,
        True,
        "extract_format_insensitive_numeric_answer -> '7'",
    ),
    (
        "test_gsm8k_platinum.py",
        "18",
        "Reasoning. The final answer is 18",
        False,
        True,
        "gsm8k_platinum cot_llama, gold '... #### 18': acc,num == 1.0",
    ),
    (
        "test_gsm8k_platinum.py",
        "12",
        "I think it comes out to 12 in total.",
        False,
        True,
        "gsm8k_platinum cot, gold '... #### 12': acc,num == 1.0",
    ),
    (
        "test_gsm_plus.py",
        "4",
        "Reasoning\n#### 4",
        False,
        True,
        "gsm_plus sample scores em,strict == em,flex == 1.0",
    ),
    (
        "test_gsm_plus.py",
        "3",
        "The answer is 3",
        False,
        True,
        "gsm_plus second row: em,flex mean 1.0 over both rows",
    ),
    (
        "test_gsm_plus.py",
        "27",
        "20 - 11 = 9, then 9 * 3 = 27. The answer is 27.",
        False,
        True,
        "flexible extract '27.' normalised to '27'",
    ),
    (
        "test_gsm8k_fr.py",
        "42",
        "La reponse finale est 42.",
        False,
        True,
        "gsm8k_fr (French), gold '... #### 42': acc,num == 1.0",
    ),
    (
        "test_gsm8k_ko.py",
        "42",
        "최종 답은 42입니다.",
        False,
        True,
        "gsm8k_ko (Korean), gold '... #### 42': acc,num == 1.0",
    ),
    (
        "test_mgsm.py",
        "12",
        "The answer is 12.",
        False,
        True,
        "mgsm_direct_en, answer_number 12: acc,num == 1.0",
    ),
    (
        "test_mgsm_direct_es_spanish_bench.py",
        "12",
        "La respuesta es 12.",
        False,
        True,
        "mgsm direct es (Spanish), target '12': acc,num == 1.0",
    ),
    (
        "test_afrimgsm.py",
        "18",
        "The answer is 18.",
        False,
        True,
        "afrimgsm_eng, answer_number 18: acc,num == 1.0",
    ),
    # generated math exact match suites
    ("test_aime.py", "42", r"Work... \boxed{42}", False, True, "aime: em == 1.0"),
    (
        "test_aime.py",
        "33",
        "Final answer: $33$",
        False,
        True,
        "aime24, integer Answer 33 stringified: em == 1.0",
    ),
    (
        "test_hendrycks_math.py",
        "4",
        r"Reasoning... \boxed{4}",
        False,
        True,
        "hendrycks_math, gold solution 'The answer is \\boxed{4}.' (target '4'): em == 1.0",
    ),
    (
        "test_imoanswerbench.py",
        "3",
        r"Reasoning... \boxed{3}",
        False,
        True,
        "imoanswerbench, Short Answer '3': em == 1.0",
    ),
]

# Rows: (gold, pred, wrap, expected, why).
_SCAFFOLD = [
    ("123", "Answer: 123", False, True, "score == 1.0"),
    ("456", "The answer is 456", False, True, "score == 1.0"),
    ("789", r"\boxed{789}", False, True, "score == 1.0"),
    ("0", "Answer: 0", False, True, "score == 1.0"),
    ("999", "Answer: 999", False, True, "score == 1.0"),
    ("7", "Answer: 007", False, True, "leading zeros handled: score == 1.0"),
    ("123", "Answer: 124", False, False, "score == 0.0"),
    ("456", "Answer: 455", False, False, "score == 0.0"),
    ("789", "Answer: 790", False, False, "score == 0.0"),
    (
        "902",
        "After working through the casework, I get 451 × 2 = 902. Answer: 902",
        False,
        True,
        "integration: score == 1.0",
    ),
    ("789", r"Thus we have \boxed{789}", False, True, "integration: score == 1.0"),
    ("100", "I think it might be 100 or 101", False, False, "ambiguous answer: score == 0.0"),
    (
        "200",
        "The answer could be around 200-300",
        False,
        False,
        "range, not a specific answer: score == 0.0",
    ),
    # extract_numerical_answer(text) == n
    ("456", "answer: 456", False, True, "extract_numerical_answer -> 456"),
    ("789", "The answer is 789", False, True, "extract_numerical_answer -> 789"),
    ("42", "Final answer: 42", False, True, "extract_numerical_answer -> 42"),
    ("7", "final answer is 7", False, True, "extract_numerical_answer -> 7"),
    ("0", "Answer: 000", False, True, "extract_numerical_answer -> 0"),
    ("999", "The answer is 999", False, True, "extract_numerical_answer -> 999"),
    ("123", r"Therefore, \boxed{123}", False, True, "extract_numerical_answer -> 123"),
    ("456", r"The answer is \boxed{456}", False, True, "extract_numerical_answer -> 456"),
    ("789", r"We get \boxed{789}.", False, True, "extract_numerical_answer -> 789"),
    ("42", r"\boxed{42}", False, True, "extract_numerical_answer -> 42"),
    (
        "300",
        "\n        First I thought the answer was 100.\n"
        "        But actually, the answer is 200.\n"
        "        Wait, I made an error. Answer: 300\n        ",
        False,
        True,
        "the last stated answer is taken -> 300",
    ),
    (
        "123",
        "After working through the problem:\n123",
        False,
        True,
        "standalone final number -> 123",
    ),
    ("456", "The calculation gives us\n456", False, True, "standalone final number -> 456"),
    ("789", "Therefore,\n789", False, True, "standalone final number -> 789"),
]


CASES: list[dict] = [
    *[_c(EVAL, _ev(f), g, p, w, e, why) for f, g, p, w, e, why in _EVALUTION],
    *[_c(SCAF, SCAF_AT, g, p, w, e, why) for g, p, w, e, why in _SCAFFOLD],
]

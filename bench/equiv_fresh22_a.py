r"""A twenty-second fresh set of answer-equivalence cases (evaluation only; helper "a").

Cases are transcribed from the verifier / grader test files of small RL and evaluation
repositories that no earlier set used (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and bench/data/equiv_fresh4.md,
and claimed in /work/wt/fresh22_claims before transcribing). They were found by exact path with
``find_files`` (``tests/test_verifiers.py``, ``tests/test_hendrycks.py``,
``tests/test_answer_extraction.py``, ``tests/test_check_answer.py``). Each case gives the reference
answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as the test passes it) and the verdict the test asserts
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the test (a test's ``"\\boxed"`` is stored as ``r"\boxed"``). Do not tune the
judge on these cases.

Sources (repo, path @ commit, what is asserted):

- FFishy-git/INFUSER ``tests/test_verifiers.py`` @ 111db33818d7fee18ab8794b49d1e965f7ff51b6
  (per-benchmark verifiers ``verify(predicted, ground_truth, metadata)`` for AIME, BBEH open-form,
  OlympiadBench, HMMT and MATH-500, the low-level ``_math_judger`` functions ``numerical_equal``,
  ``interval_equal``, ``judge``, and ``extract_answer_scores`` on whole ``\boxed{}`` responses).
- sieu-n/llm-math-benchmark ``tests/test_hendrycks.py`` @ e4ec60443091d13905c7814f23d796fe05664ece
  (``is_equiv``; ``is_equiv(parse_prediction(str1), parse_prediction(str2))`` with str1 the
  boxed reference, stored as its boxed content).
- Desjajja/temperature-tts ``tests/test_verifiers.py`` @ 29eb4c43f4a8ff6514e11a25386836fc69f3efd3
  (integer verifier ``verify(pred_text, ref_answer)``).
- Playitcooool/gpt2-reasoning-search ``tests/test_verifiers.py``
  @ 5a875c39c817d2d58b627e8c958ea38cb55919b0 (``verify_math_trace(completion, gold)``; one
  ``normalize_math_answer`` mapping read as an equivalence, as in equiv_fresh3_a).
- Adya6714/retrieval-vs-computation ``tests/test_verifiers.py``
  @ 058cac6a9de499e4a47faa78590330df350d401e (``verify_answer`` on numeric families ``gsm`` and
  ``coin_change``).
- Sunshine535/nips-clox ``tests/test_answer_extraction.py``
  @ 76a7a91d3578900d513d980e00508e128aaa6f9b (``check_answer_strict(pred, ref, "numeric")``).
- Yuralo/mixed-precision-reasoning ``tests/test_answer_extraction.py``
  @ 45856fe863dd616ad83ee9ae6f3c970e02e93a44 (``is_correct``; the gold is the ``####`` number the
  suite extracts from ``"work #### 8.0"``; the pair is symmetric).
- patrickspencer/mathdeck ``tests/test_check_answer.py``
  @ d58f25ad3adba9592abc566e8abeb28231704494 (``compare_functions`` on SymPy expressions built from
  ``symbols('x')``; stored as the source spells them).
Licenses were not checked (the look-up budget was spent on finding sources); the short test
strings are quoted as test data, with attribution.

Left out, by rule: multiple-choice letters (INFUSER ``\boxed{B}``, BBEH ``(A)``); non-math word
answers (INFUSER BBEH ``disproved`` / ``'alpha'`` / ``[unknown]`` / ``unknown?``, the
``hello world`` string fallbacks; nips-clox text and yes/no checks; sieu-n ``test`` vs ``test``);
predictions the suites cannot judge (``None``, empty or blank strings, which the suites map to
``None`` or ``False``), nips-clox's empty reference and Adya6714's 10,000-character stress string;
asserts with no definite verdict (INFUSER MATH-500 ``\boxed{2/182}`` vs ``1/91``, asserted to be
``True`` or ``False``); verifiers replaced by mocks (temperature-tts ``math_verify`` mock); a
tolerance policy against exact equality (INFUSER ``numerical_equal("0.00001", "0")`` is True); a
strict-form policy against mathematical equality (sieu-n ``is_equiv(r"\frac{1}{2}",
r"\frac{2}{4}")`` is False); format policies (nips-clox's no-substring rule against the sentence
gold ``"the answer is 123 units"``; MiniFrontier's ``"three"`` vs integer 3, not transcribed).
Exact repeats of one (gold, pred, wrap, expected) within one file are kept once (INFUSER asserts
``42`` vs ``42`` through seven functions; temperature-tts passes the reference ``42`` once as
an int and once as a string). Searched without finding math equivalence assertions:
WALLE-AI/uReasoningLLMs (countdown equation reward), Tele-AI/TeleBoost, checheng117/RL_A2,
savabs/tirramind, Hang-276/Nicheflow, realwenlongwang/deepseek_r1_zero_reproduce (model-driven
script), SoroushVahidi/-adaptive-llm-inference, sznnzs/TokenRouter, WenhaoP/mathtutorbench and
BangProx/RL-study (extraction or unrelated only), LambertAlpha/verifier-dynamics,
Hmbown/MLXSmith, OnePunchMonk/on-demand-distillation, Kirito-Ming/SPEAKING_formulation-guided-
self-training, HenDav/value-steering (math verifier a stub), Thundercok/structured-multi-step-
reasoning (no reference answers), APantov/llm-routing-comparison (compares two samples, no gold),
576469377/MiniFrontier.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

INF = "FFishy-git/INFUSER"
INF_AT = "tests/test_verifiers.py@111db33818d7fee18ab8794b49d1e965f7ff51b6"
SIEU = "sieu-n/llm-math-benchmark"
SIEU_AT = "tests/test_hendrycks.py@e4ec60443091d13905c7814f23d796fe05664ece"
TTS = "Desjajja/temperature-tts"
TTS_AT = "tests/test_verifiers.py@29eb4c43f4a8ff6514e11a25386836fc69f3efd3"
GPT2 = "Playitcooool/gpt2-reasoning-search"
GPT2_AT = "tests/test_verifiers.py@5a875c39c817d2d58b627e8c958ea38cb55919b0"
RVC = "Adya6714/retrieval-vs-computation"
RVC_AT = "tests/test_verifiers.py@058cac6a9de499e4a47faa78590330df350d401e"
CLOX = "Sunshine535/nips-clox"
CLOX_AT = "tests/test_answer_extraction.py@76a7a91d3578900d513d980e00508e128aaa6f9b"
MPR = "Yuralo/mixed-precision-reasoning"
MPR_AT = "tests/test_answer_extraction.py@45856fe863dd616ad83ee9ae6f3c970e02e93a44"
DECK = "patrickspencer/mathdeck"
DECK_AT = "tests/test_check_answer.py@d58f25ad3adba9592abc566e8abeb28231704494"

CASES: list[dict] = [
    # --- FFishy-git/INFUSER: AIME integer verifier, verify(predicted, ground_truth) -------------
    _c(INF, INF_AT, "42", "42", True, True, "aime.verify: exact match is True"),
    _c(INF, INF_AT, "42", "042", True, True, "aime.verify: leading zeros is True"),
    _c(INF, INF_AT, "42", "42.0", True, True, "aime.verify: float to int is True"),
    _c(INF, INF_AT, "42", "41", True, False, "aime.verify: mismatch is False"),
    _c(INF, INF_AT, "42", "  42  ", True, True, "aime.verify: whitespace handling is True"),
    _c(INF, INF_AT, "42", "abc", True, False, "aime.verify: non-numeric fallback is False"),
    # --- INFUSER: BBEH open-form fuzzy verifier (numeric cases) --------------------------------
    _c(INF, INF_AT, "2,3,4", "2, 3, 4", True, True, "bbeh_open.verify: comma spacing is True"),
    _c(INF, INF_AT, "25.0", "25", True, True, "bbeh_open.verify: numeric float equivalence"),
    # --- INFUSER: OlympiadBench verifier ---------------------------------------------------------
    _c(INF, INF_AT, "3.14159", "3.14159", True, True, "olympiadbench Numerical: float is True"),
    _c(INF, INF_AT, "42", "43", True, False, "olympiadbench Numerical: mismatch is not True"),
    _c(
        INF,
        INF_AT,
        "0.5",
        r"\frac{1}{2}",
        True,
        True,
        "olympiadbench Numerical: True whenever judged (guard: result may be None)",
    ),
    _c(
        INF,
        INF_AT,
        "1 + x",
        "x + 1",
        True,
        True,
        "olympiadbench Expression: True whenever judged (guard: result may be None)",
    ),
    _c(INF, INF_AT, "42", "42 kg", True, True, "olympiadbench Numerical, unit kg: unit stripped"),
    _c(
        INF,
        INF_AT,
        "1; 2",
        "1, 2",
        True,
        True,
        "olympiadbench multi-answer gold split by ';': True whenever judged",
    ),
    # --- INFUSER: _math_judger numerical_equal / interval_equal / judge ------------------------
    _c(INF, INF_AT, "200", "100", True, False, "numerical_equal('100', '200') is False"),
    _c(INF, INF_AT, "0", "0", True, True, "numerical_equal('0', '0') is True (zero gold)"),
    _c(INF, INF_AT, "0", "1", True, False, "numerical_equal('1', '0') is False"),
    _c(INF, INF_AT, "[0, 1]", "[0, 1]", True, True, "interval_equal: same interval is True"),
    _c(INF, INF_AT, "[0, 1]", "[0, 1)", True, False, "interval_equal: other bracket is False"),
    # --- INFUSER: extract_answer_scores on whole responses (answer_score 1.0) -----------------
    _c(INF, INF_AT, "42", r"\boxed{42}", False, True, "general form, no data_source: score 1.0"),
    _c(INF, INF_AT, "42", r"\boxed{042}", False, True, "data_source aime: score 1.0"),
    _c(INF, INF_AT, "1/91", r"\boxed{1/91}", False, True, "data_source math500: score 1.0"),
    _c(INF, INF_AT, "2,3,4", r"\boxed{2, 3, 4}", False, True, "data_source bbeh_open: 1.0"),
    # --- INFUSER: HMMT math-verify verifier ------------------------------------------------------
    _c(INF, INF_AT, "1/91", "1/91", True, True, "hmmt.verify: fraction match is True"),
    _c(INF, INF_AT, "1/91", "2/182", True, True, "hmmt.verify: 2/182 == 1/91 is True"),
    _c(INF, INF_AT, "sqrt(3) - 1", "sqrt(3) - 1", True, True, "hmmt.verify: expression is True"),
    _c(INF, INF_AT, "42", "100", True, False, "hmmt.verify: wrong answer is False"),
    # --- INFUSER: MATH-500 verifier on the full response ---------------------------------------
    _c(INF, INF_AT, "42", r"The answer is \boxed{42}.", False, True, "math500.verify is True"),
    # --- sieu-n/llm-math-benchmark: Hendrycks is_equiv ------------------------------------------
    _c(SIEU, SIEU_AT, r"\frac{1}{2}", "1/2", True, True, "is_equiv(r'\\frac{1}{2}', '1/2')"),
    _c(
        SIEU,
        SIEU_AT,
        "1",
        r"blah blah \boxed{1} blah blah",
        False,
        True,
        r"reference \boxed{1} parsed; prediction parsed from the completion: True",
    ),
    _c(SIEU, SIEU_AT, "2", r"\boxed{1}", False, False, r"reference \boxed{2}: False"),
    _c(
        SIEU,
        SIEU_AT,
        r"\frac{1}{2}",
        r"\boxed{1/2}",
        False,
        True,
        r"reference \boxed{\frac{1}{2}}: True",
    ),
    _c(SIEU, SIEU_AT, "1", "blah blah", False, False, r"reference \boxed{1}, no answer: False"),
    # --- Desjajja/temperature-tts: integer verifier verify(pred_text, ref_answer) --------------
    _c(TTS, TTS_AT, "42", r"\boxed{42}", False, True, "reference int 42 and str '42': True"),
    _c(TTS, TTS_AT, "43", r"\boxed{42}", False, False, "reference int 43: False"),
    _c(TTS, TTS_AT, "42", "No boxed", False, False, "no boxed answer: False"),
    _c(TTS, TTS_AT, "42", r"\boxed{abc}", False, False, "non-numeric boxed answer: False"),
    # --- Playitcooool/gpt2-reasoning-search -----------------------------------------------------
    _c(GPT2, GPT2_AT, " 3/4. ", r"steps... \boxed{3/4}", False, True, "verify_math_trace True"),
    _c(GPT2, GPT2_AT, "3/4", "No final result", False, False, "verify_math_trace is False"),
    _c(
        GPT2,
        GPT2_AT,
        "1024",
        r" $\boxed{1\, 024}$. ",
        False,
        True,
        "normalize_math_answer maps the boxed thin-space number onto '1024'",
    ),
    # --- Adya6714/retrieval-vs-computation: verify_answer, numeric families --------------------
    _c(RVC, RVC_AT, "42", "The answer is $42.", False, True, "gsm family: True"),
    _c(RVC, RVC_AT, "42", "The total is 43.", False, False, "gsm family: False"),
    _c(RVC, RVC_AT, "100", "Result: 100.0", False, True, "coin_change family: True"),
    _c(RVC, RVC_AT, "5", "no numbers here", False, False, "gsm family, no number: False"),
    # --- Sunshine535/nips-clox: check_answer_strict(pred, ref, "numeric") ----------------------
    _c(CLOX, CLOX_AT, "42", "42", True, True, "numeric exact is True"),
    _c(CLOX, CLOX_AT, "3.14", "3.14", True, True, "numeric float equal is True"),
    _c(CLOX, CLOX_AT, "42", "41", True, False, "numeric rejects different is False"),
    # --- Yuralo/mixed-precision-reasoning: is_correct -------------------------------------------
    _c(MPR, MPR_AT, "8.0", "Therefore #### 8", False, True, "gold from 'work #### 8.0': True"),
    # --- patrickspencer/mathdeck: compare_functions on SymPy expressions -----------------------
    _c(DECK, DECK_AT, "x+1", "1+x", True, True, "compare_functions(x+1, 1+x) is True"),
    _c(DECK, DECK_AT, "x+1", "x", True, False, "compare_functions(x+1, x) is False"),
]

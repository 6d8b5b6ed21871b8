r"""A twelfth fresh set of answer-equivalence cases (evaluation only; helper "f", second part: the
first part, with the conventions and the repositories searched, is equiv_fresh12_f.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be
put in ``\boxed{}`` when ``wrap`` is True, else the whole completion as the test passes it) and
the verdict the test asserts (``expected``). ``where`` is ``path@commit`` in ``repo`` on
github.com. Strings are the values Python reads from the test. Do not tune the judge on these
cases.

Sources (repo, path @ commit, license of the stored copy):

- Danau5tin/calculator_agent_rl (an RL calculator agent) ``tests/test_answer_verifier.py``
  @ 7631b8a4ce6119ffd707a990ad7437f8ed552752 (``is_correct_answer(agent_answer, correct_answer)``
  on whole agent answers: the last number of the answer is compared with the reference).
- siya-j/math-reasoning-agent ``tests/test_sympy_verifier.py``
  @ 04fc05659c33f76ba58f17567634d990d9c60593 (``verify`` of ``EQUALITY`` / ``NUMERIC`` requests:
  ``lhs`` is stored as the prediction, ``rhs`` as gold; status TRUE / FALSE).
No license file was found in the stored copies of these repositories: their short test strings
are quoted as test data, with attribution.

Left out, by rule: calculator_agent_rl's tolerance rule (``3.1`` or ``3.14`` accepted for
``3.14159``, ``100.02`` for ``100``, ``-5.55`` for ``-5.5``: a grading tolerance, not equality;
its outside-tolerance rejections ``99.2`` vs ``100`` and ``-5.65`` vs ``-5.5`` are kept) and its
no-number / empty answers; siya-j's ``diff(...)`` / ``integrate(...)`` requests (SymPy operations
on the problem, not answers), primality, solution-set and not-applicable / garbage / injection
requests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CALC = "Danau5tin/calculator_agent_rl"
CALC_AT = "tests/test_answer_verifier.py@7631b8a4ce6119ffd707a990ad7437f8ed552752"
SIYA = "siya-j/math-reasoning-agent"
SIYA_AT = "tests/test_sympy_verifier.py@04fc05659c33f76ba58f17567634d990d9c60593"

_LAST = "is_correct_answer (last number)"

# (repo, where, gold, pred, wrap, expected, why)
_ROWS: list[tuple[str, str, str, str, bool, bool, str]] = [
    # --- Danau5tin/calculator_agent_rl: is_correct_answer(agent_answer, correct_answer) -------
    (CALC, CALC_AT, "42", "The result is 42", False, True, _LAST),
    (CALC, CALC_AT, "42", "Let me calculate: 10, 20, 30, 42", False, True, _LAST),
    (CALC, CALC_AT, "43", "The result is 42", False, False, _LAST),
    (CALC, CALC_AT, "42", "Let me calculate: 42, 43, 44", False, False, _LAST + ": 44 is last"),
    (CALC, CALC_AT, "42.1", "The answer is 42.0", False, False, _LAST),
    (CALC, CALC_AT, "42", "The answer is 42", False, True, _LAST),
    (CALC, CALC_AT, "42.5", "The answer is 42.5", False, True, _LAST + ": decimal"),
    (CALC, CALC_AT, "0.5", "The answer is .5", False, True, _LAST + ": leading decimal"),
    (CALC, CALC_AT, "42", "The answer is 4.2e1", False, True, _LAST + ": scientific"),
    (CALC, CALC_AT, "42", "The answer is 4.2E1", False, True, _LAST + ": scientific"),
    (CALC, CALC_AT, "-42", "The answer is -42", False, True, _LAST + ": negative"),
    (CALC, CALC_AT, "1000", "The answer is 1,000", False, True, _LAST + ": thousands comma"),
    (CALC, CALC_AT, "1234567", "The answer is 1,234,567", False, True, _LAST + ": commas"),
    (CALC, CALC_AT, "-1234.56", "The answer is -1,234.56", False, True, _LAST + ": commas"),
    (CALC, CALC_AT, "30", "I tried 10, then 20, finally got 30", False, True, _LAST),
    (
        CALC,
        CALC_AT,
        "43",
        "First I calculated 42, but then I realized it was 43",
        False,
        True,
        _LAST + ": corrected answer",
    ),
    (
        CALC,
        CALC_AT,
        "43",
        "First I calculated 43, but then I realized it was 42",
        False,
        False,
        _LAST + ": corrected to the wrong answer",
    ),
    (CALC, CALC_AT, "42", "Answer: 42", False, True, _LAST + ": Answer: marker"),
    (CALC, CALC_AT, "42", "The final answer is: 42", False, True, _LAST),
    (CALC, CALC_AT, "42", "I think the answer: 42", False, True, _LAST),
    (CALC, CALC_AT, "42", "The answer comes to exactly 42 dollars.", False, True, _LAST),
    (CALC, CALC_AT, "100", "It's 99.2", False, False, _LAST + ": outside tolerance"),
    (CALC, CALC_AT, "-5.5", "Value: -5.65", False, False, _LAST + ": outside tolerance"),
    # --- siya-j/math-reasoning-agent: verify(EQUALITY / NUMERIC, lhs, rhs) ----------------------
    (SIYA, SIYA_AT, "1", "sin(x)**2 + cos(x)**2", True, True, "EQUALITY status TRUE"),
    (SIYA, SIYA_AT, "4", "2 + 2", True, True, "NUMERIC status TRUE"),
    (SIYA, SIYA_AT, "5", "2 + 2", True, False, "NUMERIC status FALSE"),
]

CASES: list[dict] = [_c(*row) for row in _ROWS]

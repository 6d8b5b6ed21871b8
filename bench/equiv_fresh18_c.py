r"""An eighteenth fresh set of answer-equivalence cases (evaluation only; helper "c": the answer
normalisation and matching tests of numeric question-answering benchmarks, and the accepted
canonical forms of WikiTableQuestions' numeric answers).

Cases are transcribed from the test suites of the official evaluation code of numeric QA
benchmarks (DROP, TAT-QA, TAPAS) and from WikiTableQuestions' alias data, none used before. Each case gives the
reference answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}``,
``wrap`` True throughout) and the verdict the test asserts (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- allenai/allennlp-models ``tests/rc/evaluations/drop_test.py``
  @ b1f372248c17ad12684d344955fbcd98e957e77e, Apache-2.0: the DROP evaluator
  (``allennlp_models/rc/tools/drop.py``, the official ``drop_eval``). ``_normalize_answer(a) ==
  _normalize_answer(b)`` is read as an equivalence of a (gold) and b; ``get_metrics(predicted,
  gold)`` is read through its exact-match score (EM 1.0 / 0.0). The same test file, word for word
  but for its import line, is ``tests/eval/drop_eval_test.py`` in
  allenai/allennlp-reading-comprehension @ 14fc0a424441de1b1c9cba8745f678df447b407f (not counted
  twice).
- NExTplusplus/TAT-QA ``tatqa_metric_test.py`` and ``tatqa_utils_test.py``
  @ 870accc41953dcde885aabeb963d94aabdc0fbc3, MIT. ``TaTQAEmAndF1`` takes a gold (answer, scale)
  and a prediction (answer, scale); a case writes the gold as its number followed by the scale word
  (``123.2 million``; scale ``percent`` as ``22.12\%``) and the prediction likewise (an empty
  prediction scale leaves the bare number), and takes the asserted EM as the verdict.
  ``normalize_answer(x) == y`` and ``to_number(x) == y`` are read as equivalences of y (gold) and x
  (prediction). wenhuchen/Program-of-Thoughts carries the same two test files (``eval_tatqa/``,
  identical but for a relative import) and was not counted twice.
- ppasupat/WikiTableQuestions ``tagged/data/pristine-unseen-tables.tagged``
  @ 7d455a5a707b96341ef72aff9428749d443d8aa9, CC BY-SA 4.0: labelled alias data. Each row gives
  the answer as the annotator wrote it (``targetValue``) and its canonical form (``targetCanon``,
  type ``number``), which the official ``evaluator.py`` accepts as a match (its docstring: "T can
  be interpreted as a number T_N, P is a number, and P = T_N"). Fixed rule: in file order, rows of
  type ``number`` with one value whose ``targetValue`` is not a plain decimal numeral but is a
  number written with thousands commas, a leading ``.`` or ``+``, a currency sign and/or a scale
  word (million / billion / thousand); the first 30 such rows (of 60 in the file) are kept, gold =
  ``targetValue``, prediction = ``targetCanon``, all positive. Rows whose value carries a unit or
  other word (``17 years``, ``202.6 km/h``, ``1st``, ``Season 2``, ``202 (estimate)``) are the
  unit policy left out below; date-typed rows are not numbers.
- google-research/tapas ``tapas/utils/text_utils_test.py``
  @ 569a3c31451d941165bd10783f73f494406b3906, Apache-2.0: ``convert_to_float`` and
  ``normalize_answers`` (the WikiTableQuestions / SQA denotation normaliser); a string mapped onto a
  float is read as an equivalence of that float (gold) and the string (prediction).

Left out, by rule:

- text spans that are not numeric answers (DROP casing, articles, word order, punctuation and
  multi-span F1 cases; TAT-QA's ``singapore / china / usa`` and long-sentence spans; TAPAS' WTQ
  text normalisation of diacritics, quotes and dashes), and asserts on F1 only;
- multiple-reference aggregation (DROP ``evaluate_json``: the best match over ``validated_answers``)
  and type-count print-outs;
- unit policies: WTQ's acceptance of the bare number for an answer written with a unit word;
  DROP's EM 0 for ``78`` vs ``78-yard``, ``56 yards`` vs ``56 yd`` and ``26`` vs
  ``26 yard td`` (a unit word present on one side only or abbreviated), and TAT-QA's ``abcd 5``
  (count 5, extra text);
- the percent-sign policy (TAT-QA: gold 22.12 with no scale vs ``22.12%``, EM 0; as in
  equiv_issues_a);
- tolerance accepts where the values differ: TAT-QA rounds a prediction to the gold's two decimals
  (``123.2`` vs ``123.2010``, ``22.12%`` vs ``22.1231%``), TAPAS' low-precision float
  (``992.3900146484375`` vs a cell ``992.39``);
- lists and list-strings: TAT-QA's ``["1","2"]`` prediction, ``['$1.0 million']`` vs the string
  ``"['$1.0 million']"`` (a quirk of its list handling) and the numeric multi-span sets
  (``['$23,234', '$234.12']`` vs ``['234.12', '23,234']``, ``['$35,120', '$24,159']`` vs
  ``['$24,159', '$35,120']``: EM 1, but their thousands commas cannot be written as one set
  string without ambiguity);
- TAPAS parser quirks on malformed numbers (``5,5556`` read as 5.5556, ``0.0.0.1`` and
  ``0,0,0,1`` read as 1) and its non-numeric ``NaN`` removal; number extraction from prose
  (TAT-QA ``extract_one_num_from_str``: ``2.3 million`` -> 2.3 is an extraction, not an
  equivalence).

Rows of one suite that give the same (gold, prediction) pair are kept once (``why`` names the
rows). Looked at without usable cases: allenai/allennlp (the DROP tests moved out of it; the ORB
test ``allennlp/tests/tools/orb_eval_test.py`` @ 1a80291f381abbb2bfd8973f77f1722aa687c94d has
text spans only, and its SQuAD ``normalize_answer("7802") == normalize_answer("78.02")`` is
punctuation stripping, not a numeric equivalence, so it is left out), mosaicml/composer (no answer-matching tests),
google-research/pix2struct (``metrics_test.py`` asserts only aggregate scores, and its ChartQA
relaxed accuracy is a 5 % tolerance), allenai/allennlp-models' VQA metric test (label indices, not
answers), microsoft/HiTab, yale-nlp/DocMath-Eval, yale-nlp/FinanceMath, czyssrs/FinQA,
psunlpgroup/MultiHiertt, llamazing/numnet_plus, LYH-YF/MWPToolkit, arkilpatel/SVAMP,
reasoning-machines/pal, DynaMath/DynaMath, open-compass/MathBench, lupantech/PromptPG,
qtli/GSM-Plus, allenai/numglue, allenai/fermi, allenai/Lila, The-FinAI/PIXIU,
wandb/llm-leaderboard (no tests; the result files of PromptPG, GSM-Plus, FinanceMath and
Program-of-Thoughts carry labels of their own string / number matchers, not of a human or a
stronger checker). No stored snapshot: NExTplusplus/TAT-LLM, llm-jp/llm-jp-eval,
tokyotech-llm/swallow-evaluation.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

DROP = "allenai/allennlp-models"
DROP_AT = "tests/rc/evaluations/drop_test.py@b1f372248c17ad12684d344955fbcd98e957e77e"
TATQA = "NExTplusplus/TAT-QA"
TATQA_METRIC = "tatqa_metric_test.py@870accc41953dcde885aabeb963d94aabdc0fbc3"
TATQA_UTILS = "tatqa_utils_test.py@870accc41953dcde885aabeb963d94aabdc0fbc3"
TAPAS = "google-research/tapas"
TAPAS_AT = "tapas/utils/text_utils_test.py@569a3c31451d941165bd10783f73f494406b3906"
WTQ = "ppasupat/WikiTableQuestions"
WTQ_AT = "tagged/data/pristine-unseen-tables.tagged@7d455a5a707b96341ef72aff9428749d443d8aa9"

_DROP = [
    # (gold, pred, expected, why)
    ("12.0", "12.0  ", True, "drop_eval _normalize_answer: trailing spaces (test_number_parse)"),
    ("12.0", "12.000", True, "drop_eval _normalize_answer: trailing zeros (test_number_parse)"),
    ("12.0", "12", True, "drop_eval _normalize_answer: 12 = 12.0 (test_number_parse)"),
    ("12.0", "  1.2e1  ", True, "drop_eval _normalize_answer: e-notation (test_number_parse)"),
    ("78.0", "78", True, "drop_eval get_metrics EM 1.0 (test_float_numbers)"),
    ("78 yard", "78-yard", True, "drop_eval get_metrics EM 1.0: hyphen splits (test_splitting)"),
    ("78-yard", "78 yard", True, "drop_eval get_metrics EM 1.0: hyphen splits (test_splitting)"),
    ("43 yards", "23 yards", False, "drop_eval get_metrics EM 0, F1 0: numbers differ"),
]

_TATQA_METRIC = [
    # (gold, pred, expected, why); gold = answer + scale, pred = prediction + predicted scale
    ("1234.1 million", "1234.1 thousand", False, "TaTQAEmAndF1 EM 0: scale mismatch (span)"),
    ("1234.1 million", "123 thousand", False, "TaTQAEmAndF1 EM 0: scale mismatch (span)"),
    ("12314.1 million", "12314.1 million", True, "TaTQAEmAndF1 EM 1: same scale (span)"),
    ("123.2 million", "123.2", False, "TaTQAEmAndF1 EM 0: scale mismatch (arithmetic)"),
    ("123.2 million", "123200000", True, "TaTQAEmAndF1 EM 1: 123.2 million scaled out"),
    ("123.2 million", "123.2 thousand", False, "TaTQAEmAndF1 EM 0: scale mismatch (arithmetic)"),
    ("123.2", "123.2", True, "TaTQAEmAndF1 EM 1 (arithmetic, no scale)"),
    ("123.22", "123.2", False, "TaTQAEmAndF1 EM 0 (arithmetic, no scale)"),
    ("5", "5", True, "TaTQAEmAndF1 EM 1 (count)"),
    (r"22.12\%", "0.2212", True, "TaTQAEmAndF1 EM 1: percent gold vs fraction"),
    (r"22.12\%", r"0.22121\%", False, "TaTQAEmAndF1 EM 0: 0.22121 percent"),
    (r"22.12\%", "22.1231", False, "TaTQAEmAndF1 EM 0: percent gold vs 22.1231, no scale"),
    ("22.12 million", "22.12 million", True, "TaTQAEmAndF1 EM 1 (span, same scale)"),
    ("22.12 million", "22.12", False, "TaTQAEmAndF1 EM 0 (span, scale missing)"),
    ("22.12 million", "test", False, "TaTQAEmAndF1 EM 0: non-numeric prediction (arithmetic)"),
    (
        r"22.12\%",
        "-22.12",
        False,
        "TaTQAEmAndF1 EM 0: sign (span [22.12] and ['22.12'] percent rows vs -22.12)",
    ),
    (
        r"22.12\%",
        r"22.12\%",
        True,
        "TaTQAEmAndF1 EM 1: '22.12%' with predicted scale '' and 'percent' (two rows)",
    ),
    (
        "22.12 million",
        r"\$22.12",
        False,
        "TaTQAEmAndF1 EM 0: scale missing (span and arithmetic rows)",
    ),
    ("22.12", r"\$22.12", True, "TaTQAEmAndF1 EM 1: dollar sign ignored (span, no scale)"),
    (
        r"34.12\%",
        "0.3412",
        True,
        "TaTQAEmAndF1 EM 1: percent vs fraction (['34.12'] percent; test_one's ['34.12%'] rows)",
    ),
]

_TATQA_UTILS = [
    # (gold, pred, expected, why)
    ("-134.12", "(134.12)", True, "tatqa normalize_answer: accounting parentheses = negative"),
    ("0.183", r"18.3\%", True, "tatqa normalize_answer: 18.3% -> 0.183"),
    ("2300000", "2.3 million", True, "tatqa to_number: scale word million"),
    ("-2300", "-2.3 thousand", True, "tatqa to_number: scale word thousand"),
    ("205000000000", "205 billion", True, "tatqa to_number: scale word billion"),
    ("-1210000000", "-1,210 million", True, "tatqa to_number: thousands comma and million"),
]

_TAPAS = [
    # (gold, pred, expected, why)
    ("1.0", "1", True, "tapas convert_to_float('1') == 1.0; normalize_answers [1.0, '1']"),
    ("1000.7", "1,000.7", True, "tapas convert_to_float: thousands comma"),
    ("1000.0", "1,000", True, "tapas convert_to_float: thousands comma"),
]

# (example id, targetValue: the gold as the annotator wrote it, targetCanon: the number the
# official evaluator accepts for it)
_WTQ = [
    ("nu-1", "100,000", "100000.0"),
    ("nu-19", "492,111", "492111.0"),
    ("nu-45", "504,000", "504000.0"),
    ("nu-56", "460,252", "460252.0"),
    ("nu-96", "$1.56 billion", "1560000000.0"),
    ("nu-183", "76,000", "76000.0"),
    ("nu-223", "142,000", "142000.0"),
    ("nu-448", "352,000", "352000.0"),
    ("nu-491", "21,840", "21840.0"),
    ("nu-492", "2,000", "2000.0"),
    ("nu-530", "62,176", "62176.0"),
    ("nu-535", "64,345", "64345.0"),
    ("nu-565", "220,000", "220000.0"),
    ("nu-575", "209,945", "209945.0"),
    ("nu-639", "132,046", "132046.0"),
    ("nu-670", "$12 billion", "12000000000.0"),
    ("nu-848", "17,259", "17259.0"),
    ("nu-881", "28,061,313", "28061313.0"),
    ("nu-1005", "1,514,069", "1514069.0"),
    ("nu-1009", "£4.00", "4.0"),
    ("nu-1087", "47,900", "47900.0"),
    ("nu-1103", "$1,500", "1500.0"),
    ("nu-1203", "75,287", "75287.0"),
    ("nu-1246", "9,563", "9563.0"),
    ("nu-1285", "13,129", "13129.0"),
    ("nu-1435", "588,865", "588865.0"),
    ("nu-1531", ".1", "0.1"),
    ("nu-1544", "$34.7 billion", "34700000000.0"),
    ("nu-1562", "+38.903", "38.903"),
    ("nu-1591", "24.86 million", "24860000.0"),
]


def _cases() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for repo, where, rows in (
        (DROP, DROP_AT, _DROP),
        (TATQA, TATQA_METRIC, _TATQA_METRIC),
        (TATQA, TATQA_UTILS, _TATQA_UTILS),
        (TAPAS, TAPAS_AT, _TAPAS),
    ):
        for gold, pred, ok, why in rows:
            out.append(_c(repo, where, gold, pred, True, ok, why))
    for ex_id, value, canon in _WTQ:
        why = f"WTQ {ex_id}: targetCanon (number) is an accepted form of targetValue"
        out.append(_c(WTQ, WTQ_AT, value, canon, True, True, why))
    return out


CASES: list[dict[str, object]] = _cases()

r"""The eighth fresh set of answer-equivalence cases (evaluation only; helper "c", first part:
labelled answer-verification data kept in GitHub repositories; the second part, with the judge
prompts' labelled examples and xVerify's human-labelled examples, is equiv_fresh8_c2.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the label the data
gives (``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values
Python reads from the data file (JSON ``"\\frac"`` is stored as ``r"\frac"``). Do not tune the judge
on these cases.

Source: uw-nsl/TinyV (MIT, ``LICENSE`` of the repository), the HardVerify-Math benchmark
``benchmarks/HardVerify-Math.json`` @ d4a3ae59566e3c0a2a5b7b235aef53a5e834a320 (the file is the
same at the snapshot's head 4a9d2c720c161e2ccc0e492cc59ed5f9c226ec5f). Each of its 250 rows holds a
question, a ``ground_truth`` and two model answers: ``fn_output``, an answer the authors label
correct (a "false negative" of rule-based verifiers), and ``tn_output``, an answer they label wrong.
Each sampled row gives two cases: (ground_truth, fn_output, True) and (ground_truth, tn_output,
False); both predictions are bare answers (``wrap`` True). ``why`` names the row id and its
``source`` field. The question is not part of a case; a few labels lean on it (row 10 lists two
sequences, row 60 drops the degree sign, row 210 answers a ratio ``2:1`` with ``2``).

Sampling rule (a fixed stride, not a choice of rows): every fifth row by ``id`` (0, 5, 10, ...,
245: 50 rows), less the rows whose strings hold control characters from JSON escapes read as
escapes (row 160: ``\t`` of ``\text`` became a tab; row 170: ``\f`` of ``\frac`` became a form
feed): a gold the judge cannot read as written. 48 rows, 96 cases.

Also from uw-nsl/TinyV: the labelled few-shot examples of its false-negative prompt
``tagging/prompts/gen_fn_analysis.md`` @ dae2c7bd21f3c1c6dc03629efbd0c80043d8fcbc ("All of them
are correct": ``is_correct`` true), examples 1, 3 and 4 (examples 1 and 3 repeat HardVerify-Math
rows 27 and 19, which the sample above does not hold). Example 2 is left out: its gold is written
``$\\frac{4}{7}$`` with a doubled backslash in the prompt text. The taxonomy of
``tagging/prompts/classification.md`` is left out: its examples illustrate categories
("equivalence or mismatch") and carry no label each.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TINYV = "uw-nsl/TinyV"
HARDVERIFY = "benchmarks/HardVerify-Math.json@d4a3ae59566e3c0a2a5b7b235aef53a5e834a320"
FN_PROMPT = "tagging/prompts/gen_fn_analysis.md@dae2c7bd21f3c1c6dc03629efbd0c80043d8fcbc"

# (id, source, ground_truth, fn_output, tn_output), rows 0, 5, ..., 245 less 160 and 170.
HARDVERIFY_ROWS: list[tuple[int, str, str, str, str]] = [
    (0, "Olympiad", "$f(x)=2 x$", "f(x)=2x", "f(x)=x"),
    (5, "Olympiad", "$(2,2,2),(3,4,3)$", "(2, 2, 2), (3, 4, 3)", "(2, 2, 2), (3, 3, 3)"),
    (
        10,
        "Olympiad",
        "10,11,12,13,14,-2,-1,0,1,2",
        "Sequence 1: -2, -1, 0, 1, 2 and Sequence 2: 10, 11, 12, 13, 14",
        "1, 2, 3, 4, 5 and -5, -4, -3, -2, -1",
    ),
    (
        15,
        "Olympiad",
        r"$\frac{1}{6} \pi, \frac{5}{6} \pi, \frac{1}{4} \pi, \frac{3}{4} \pi$",
        r"\{\frac{\pi}{6}, \frac{\pi}{4}, \frac{3 \pi}{4}, \frac{5 \pi}{6}\}",
        r"\{\frac{\pi}{6}, \frac{\pi}{2}, \frac{3 \pi}{5}, \frac{5 \pi}{6}\}",
    ),
    (
        20,
        "Olympiad",
        r"$(45^{\circ}, 60^{\circ}),(135^{\circ}, 60^{\circ})$",
        r"(45^{\circ}, 60^{\circ}), (135^{\circ}, 60^{\circ})",
        r"(30^{\circ}, 60^{\circ}), (150^{\circ}, 60^{\circ})",
    ),
    (25, "Olympiad", "$10^{100}$,$10^{1 / 100}$", "10^{100}, 10^{0.01}", "10^{100}, 10^{0.1}"),
    (
        30,
        "Olympiad",
        r"$(1,0),(\frac{1}{100},-8),(100,8)$",
        "(1, 0), (100, 8), (0.01, -8)",
        "(1, 0), (100, 8)",
    ),
    (
        35,
        "Olympiad",
        r"$(22+8 \sqrt{6}, 22-8 \sqrt{6})$,$(22-8 \sqrt{6}, 22+8 \sqrt{6})$",
        r"(22+8 \sqrt{6}, 22-8 \sqrt{6}), (22-8 \sqrt{6}, 22+8 \sqrt{6})",
        r"(22+2 \sqrt{6}, 22-2 \sqrt{6}), (22-2 \sqrt{6}, 22+2 \sqrt{6})",
    ),
    (
        40,
        "Olympiad",
        "$(1,1006),(3,331),(11,31)$",
        "(1, 1006), (3, 331), (11, 31)",
        "(1, 1006), (3, 311), (111, 31)",
    ),
    (
        45,
        "Olympiad",
        r"$x=\frac{1}{6} \pi+\pi k, \frac{1}{3} \pi+\pi k, \frac{2}{3} \pi+\pi k, \frac{5}{6} \pi+\pi k$",
        r"\frac{\pi}{6}+n \pi, \frac{\pi}{3}+n \pi, \frac{2 \pi}{3}+n \pi, \frac{5 \pi}{6}+n \pi",
        r"\frac{\pi}{6}, \frac{\pi}{3}, \frac{2 \pi}{3}, \frac{5 \pi}{6}",
    ),
    (50, "Olympiad", "3,4", "p=3, q=4", "p=3, q=5"),
    (
        55,
        "Olympiad",
        "$(27,20,13), (18,20,22)$",
        "(18, 20, 22), (27, 20, 13)",
        "(18, 20, 23), (25, 20, 11)",
    ),
    (60, "Olympiad", r"$44^{\circ}$", "44", "42"),
    (65, "Math_500", r"864 \mbox{ inches}^2", "864", "1200"),
    (
        70,
        "Olympiad",
        "$f(n)=n$, $g(n)=1$",
        r"(f(n), g(n)) = (n, 1) \text{ for all positive integers } n",
        "(f(n), g(n)) = (n, 2)",
    ),
    (
        75,
        "Olympiad",
        "$f(x)=-1$,$f(x)=x+1$",
        r"f(x) = -1 \text{ for all } x \in \mathbb{Z}, \text{ and } f(x) = x + 1 \text{ for all } x \in \mathbb{Z}",
        r"f(x) = -1 \text{ for all } x \in \mathbb{Z}, \text{ and } f(x) = x \text{ for all } x \in \mathbb{Z}",
    ),
    (80, "Olympiad", "$k=3$", "3", "4"),
    (
        85,
        "Olympiad",
        r"$\frac{41}{12}$",
        r"\dfrac{41}{12} \text{ km}",
        r"\dfrac{41}{11} \text{ km}",
    ),
    (90, "Olympiad", r"$[\frac{1}{2}, 8]$", r"0.5 \leq x \leq 8", r"0.5 \leq x \leq 7"),
    (95, "Olympiad", "$1,2,3$", "(x, y, z) = (1, 2, 3)", "1,3,4"),
    (
        100,
        "Math_500",
        r"(-\sqrt{3}, \sqrt{3})",
        r" \, \left( -\sqrt{3},\ \sqrt{3} \right) \, ",
        r" \, \left( -\sqrt{3},\ \sqrt{2} \right) \, ",
    ),
    (105, "Olympiad", r"$m_{\max }=n^{2}-n-1$", "n^2 - n - 1", "n^2 - n + 1"),
    (110, "Olympiad", "$f(n) = 2 n+1007$", "f(m) = 2m + 1007", "f(m) = 2m + 2014"),
    (115, "Olympiad", "$69$,$84$", "69, 84", "69, 85"),
    (120, "Olympiad", r"$\frac{3 m}{2}-1$", r"\dfrac{3m - 2}{2}", r"\dfrac{3m}{2}"),
    (125, "olympiads", "xy = 6", r"\dfrac{6}{x}", r"\dfrac{6}{x + 1}"),
    (130, "orca_math", "30.52", r"\dfrac{1587}{52}", r"\dfrac{1687}{52}"),
    (135, "cn_k12", r"41.4\%", r"\sqrt{2} - 1", r"28.5\%"),
    (140, "orca_math", "21.93", r"21 \dfrac{13}{14}", r"25 \dfrac{13}{14}"),
    (
        145,
        "harp",
        r"$\frac{1}{8}\text{ and }\frac{1}{10}$",
        r"\dfrac{1}{8}, \dfrac{1}{10}",
        r"\dfrac{1}{8}, \dfrac{1}{12}",
    ),
    (150, "olympiads", "0.458", r"\dfrac{27}{59}", r"\dfrac{31}{60}"),
    (155, "cn_k12", r"\rho\sin\theta = \sqrt{3}", r"\sqrt{3} \csc \theta", r"\sqrt{3} \sin \theta"),
    (165, "harp", r"$\text{infinitely many}$", r"\infty", "0"),
    (
        175,
        "omnimath",
        r"\frac{\pi \sqrt{3}}{4}",
        r"\dfrac{\sqrt{3}}{4} \pi",
        r"\dfrac{\sqrt{3}}{2} \pi",
    ),
    (180, "cn_k12", r"a \leqslant 2", r"(-\infty, 2]", r"(-\infty, 1]"),
    (185, "olympiads", "ellipszis", "ellipse", "circle"),
    (190, "cn_k12", r"a \geq 0", r"[0, \infty)", "[0, 1)"),
    (
        195,
        "cn_k12",
        r"\text{number of times, total number of times}",
        r"\text{total number of observations and total number of objects}",
        r"\text{total number of observations}",
    ),
    (
        200,
        "cn_k12",
        r"\left(0, \frac{3}{5}\right) \cup \left(1, +\infty\right)",
        r"\left(0, \frac{3}{5}\right) \cup (1, \infty)",
        r"\left(0, \frac{3}{5}\right) \cup (5, \infty)",
    ),
    (
        205,
        "olympiads",
        r"\tan \frac{7\pi}{5} > \sin \frac{2\pi}{5} > \cos \frac{6\pi}{5}",
        r"\tan \frac{7}{5} \pi > \sin \frac{2}{5} \pi > \cos \frac{6}{5} \pi",
        r"\tan \frac{7}{5} \pi > \cos \frac{6}{5} \pi > \sin \frac{2}{5} \pi",
    ),
    (210, "orca_math", "2:1", "2", "1"),
    (215, "orca_math", "$12.55", r"\dfrac{640}{51}", r"\dfrac{640}{81}"),
    (220, "olympiads", r"2.653 \ \mathrm{m}", "2.65", "2.50"),
    (
        225,
        "olympiads",
        r" \frac{1}{2} \cdot \cot t \cdot \ln (\cos t) \cdot e^{-\sec^2 t} ",
        r"\dfrac{\cos t \cdot \ln(\cos t)}{2 e^{\sec^2 t} \sin t}",
        r"\dfrac{1}{2} \cot t \cdot \ln(\cos t) \cdot e^{-\sec^2 t + 1}",
    ),
    (
        230,
        "cn_k12",
        r"[kπ- \frac {5π}{12},kπ+ \frac {π}{12}]",
        r"\left( -\frac{5\pi}{12} + k\pi, \frac{\pi}{12} + k\pi \right)",
        r"\left( -\frac{5\pi}{10} + k\pi, \frac{\pi}{10} + k\pi \right)",
    ),
    (235, "big_math", "a ≠ 2", r"a \neq 2", r"a \neq 1"),
    (
        240,
        "cn_k12",
        r"\dfrac{(a_1 + a_2 + 23.1a)}{23}",
        r"\dfrac{10(a_1 + a_2) + 231a}{230}",
        r"\dfrac{10(a_1 + a_2) + 231a}{23}",
    ),
    (245, "cn_k12", r"\{x|-2<x<3\}", r"(-2,\ 3)", r"(-2,\ 4)"),
]

CASES: list[dict] = [
    *(
        case
        for i, source, gold, fn_output, tn_output in HARDVERIFY_ROWS
        for case in (
            _c(TINYV, HARDVERIFY, gold, fn_output, True, True, f"row {i} ({source}): fn_output"),
            _c(TINYV, HARDVERIFY, gold, tn_output, True, False, f"row {i} ({source}): tn_output"),
        )
    ),
    # --- gen_fn_analysis.md: labelled few-shot examples, is_correct true ---------------------
    _c(TINYV, FN_PROMPT, "-6,-8,-10", "-10, -8, -6", True, True, "example 1: order-insensitive"),
    _c(TINYV, FN_PROMPT, "-3,0", "b=-3, c=0", True, True, "example 3: values named by variable"),
    _c(
        TINYV,
        FN_PROMPT,
        "Petya can guarantee finding 5 genuine coins.",
        "Yes, Peter can guarantee finding 5 genuine coins while ensuring that none of these "
        "genuine coins are paid to Vasya.",
        True,
        True,
        "example 4: paraphrase (a yes/no question answered in words)",
    ),
]

r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "a").

Labelled answer pairs kept in GitHub repositories, where a human wrote down which answer a raw
model answer stands for, or which answer forms a dataset accepts. Each case gives the reference
answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap``
is True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Strings are the values Python reads from the source.
Do not tune the judge on these cases.

Sources (repo, path @ commit, license):

- eth-sri/matharena ``src/matharena/parse_manual.py`` @ e92766038a80eee227589f5ea688004240bca8e0
  (HEAD, 2026-05-15; the file was last changed in e629578859c167df71d0181b4a2f4a9646f0e98d), MIT
  (``LICENSE``, SRI Lab, ETH Zurich). MathArena's maintainers keep two hand-written maps that
  ``matharena.parser`` applies before grading: ``manual_mapper`` (a raw answer extracted from a
  model's ``\boxed{}``, often garbled by a model that spaces its tokens out as
  ``\begin{matrix} ... \\ ... \end{matrix}``, onto the answer a person read in it) and
  ``complete_mapper`` (a whole model response with no usable box onto ``\boxed{answer}``). Each
  entry is a human verdict that the raw answer and the mapped answer are the same answer; it is
  stored as gold = the mapped answer, pred = the raw answer (``wrap`` True: the raw answer is a
  box content) or the whole response (``wrap`` False), ``expected`` True. The mapped answer is what
  the person read, not the competition's reference answer: these cases test equivalence only.
  All entries of HEAD were taken (55 + 12), in file order, less the left-out ones below; older
  versions of the file add one entry only (a four-root list mapped onto ``0``: not an
  equivalence, left out).
- MMMU-Benchmark/MMMU ``mmmu/answer_dict_val.json`` @ bb0b95a945998d91dfef37e969e07d49d1139438,
  Apache-2.0. The validation answer key lists several accepted forms for some open questions;
  each accepted alias against the first form is a positive case. Every open question with a
  list was read (3 of the 53 open questions of 900); ``['Tampa', 'Florida']`` (Geography, not an
  answer form) was left out.

Left out, by rule: MathArena ``complete_mapper`` entries 0-4 (multiple-choice letters);
``manual_mapper`` entries 25 and 26 (the mapped answer is brought in from elsewhere in the
response, the file says so: the raw answer is a root's defining equation or a decimal), 33 and 52
(``2+\omega``: the symbol is defined only in the response), 39-41 (``F_{30}``: defined only by the
problem; 39 also moves a parenthesis) and 43 (the mapped value has a stray ``}``).

Searched without a usable labelled set: openai/prm800k (the labelled ``data/*.jsonl`` are Git LFS
pointers in the stored copy), openai/grade-school-math ``example_model_solutions.jsonl``
(``is_correct`` comes from a final-number comparison, not a person), dvlab-research/Mr-Ben (its
math rows are multiple-choice), IAAR-Shanghai/xFinder (two unlabelled math rows in
``examples/example.json``), hwelsters/sleepyresponse (model outputs without labels),
YilunZhou/champ-dataset (no data in the stored copy), CriticBench/CriticBench (data not in the
repository), geogebra/solver-engine (step-solver tests, no answer-equivalence checks).

56 cases, all ``expected`` True: MathArena 47 from ``manual_mapper`` and 7 whole responses from
``complete_mapper``, MMMU 2. No labelled negative (near-miss) answers were found in a source that
could be used here.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHARENA = "eth-sri/matharena"
MATHARENA_AT = "src/matharena/parse_manual.py@e92766038a80eee227589f5ea688004240bca8e0"
MMMU = "MMMU-Benchmark/MMMU"
MMMU_AT = "mmmu/answer_dict_val.json@bb0b95a945998d91dfef37e969e07d49d1139438"

# (manual_mapper index, human-read answer = gold, raw extracted answer = pred, why)
_MAPPER: list[tuple[int, str, str, str]] = [
    (0, "9\\sqrt{15}", "00009 \\sqrt{15}", "leading zeros"),
    (
        1,
        "\\frac{54\\sqrt{6}}{25}",
        "The\\ area\\ of\\ triangle\\ ABC\\ is\\ \\frac{54\\sqrt{6}}{25}",
        "answer inside a sentence",
    ),
    (2, "-\\dfrac{\\pi e}{2}", "-\\dfrac{\\pi\\,e}{2}", "thin space"),
    (
        3,
        "-1013 \\times \\ln(2026)",
        "\n\\begin{matrix}\n- \\\\ 1013 \\\\ \\\\ \\times \\\\ \\\\ \\ln \\\\ \\\\ \\left( \\\\ 2026 \\\\ \\right) \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        4,
        "-1013 \\times \\ln(2026)",
        "\n\\begin{matrix}\n- \\\\ 1013 \\\\ \\\\ \\times \\\\ \\\\ \\ln \\\\ \\\\ 2026 \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        5,
        "\\frac{4\\pi}{3} + \\sqrt{3}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 4 \\\\ \\pi \\\\ }{ \\\\ 3 \\\\ } \\\\ + \\\\ \\\\ \\sqrt{ \\\\ \\, \\\\ 3 \\\\ \\, \\\\ } \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        6,
        "\\frac{4\\pi}{3} + \\sqrt{3}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 4 \\\\ \\pi \\\\ }{ \\\\ 3 \\\\ } \\\\ + \\\\ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        7,
        "\\frac{2\\sqrt{6}}{3}",
        "\n\\begin{matrix}\n\\frac{ \\\\ s \\\\ }{ \\\\ r \\\\ } \\\\ = \\\\ \\\\ \\frac{ \\\\ 2 \\\\ \\sqrt{ \\\\ 6 \\\\ } \\\\ \\\\ }{ \\\\ 3 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        8,
        "\\frac{54\\sqrt{6}}{25}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 54 \\\\ \\sqrt{ \\\\ \\, \\\\ 6 \\\\ \\, \\\\ } \\\\ }{ \\\\ 25 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        9,
        "13,14,18",
        "\\begin{pmatrix} a \\\\ 13 \\\\ b \\\\ 14 \\\\ c \\\\ 18 \\end{pmatrix}",
        "a=13, b=14, c=18 laid out as a column",
    ),
    (
        10,
        "13,14,18",
        "\\begin{pmatrix} a \\\\ 13 \\\\ b \\\\ 14 \\\\ c \\\\ 18 \\\\ \\end{pmatrix}",
        "a=13, b=14, c=18 laid out as a column",
    ),
    (
        11,
        "\\frac{5\\sqrt{3}}{2} + \\frac{\\sqrt{6} + \\sqrt{2}}{4}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 5 \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\\\ + \\\\ \\\\ \\frac{ \\\\ \\sqrt{ \\\\ 6 \\\\ } \\\\ + \\\\ \\\\ \\sqrt{ \\\\ 2 \\\\ } \\\\ \\\\ }{ \\\\ 4 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        12,
        "\\frac{10\\sqrt{3} + \\sqrt{6} + \\sqrt{2}}{4}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 10 \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ + \\\\ \\sqrt{ \\\\ 6 \\\\ } \\\\ + \\\\ \\sqrt{ \\\\ 2 \\\\ } \\\\ \\, \\\\ }{ \\\\ 4 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        13,
        "\\frac{288\\sqrt{527}}{527}",
        "\n\\begin{matrix}\n\\text{the} \\\\ \\\\ \\text{radius} \\\\ \\\\ \\text{of} \\\\ \\\\ \\omega \\\\ _{1} \\\\ \\\\ \\text{is} \\\\ \\\\ \\\\ \\dfrac{ \\\\ 288 \\\\ \\, \\\\ \\sqrt{ \\\\ \\, \\\\ 527 \\\\ \\, \\\\ } \\\\ \\, \\\\ } \\\\ \\\\ \\dfrac{ \\\\ \\, \\\\ } \\\\ \\\\ 527 \\\\ \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        14,
        "\\frac{288\\sqrt{527}}{527}",
        "\n\\begin{matrix}\n\\text{the} \\\\ \\\\ \\text{radius} \\\\ \\\\ \\text{of} \\\\ \\\\ \\omega_{1} \\\\ \\\\ = \\\\ \\\\ \\\\ \\dfrac{ \\\\ 288 \\\\ \\sqrt{ \\\\ 527 \\\\ } \\\\ \\\\ }{ \\\\ 527 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        15,
        "\\frac{\\sin(\\frac{6\\pi}{13})}{\\sin(\\frac{\\pi}{13})}",
        "\n\\begin{matrix}\n\\frac{ \\\\ \\sin \\\\ \\left( \\\\ \\\\ \\dfrac{ \\\\ \\, \\\\ 6 \\\\ \\, \\\\ \\, \\\\ \\pi \\\\ \\, \\\\ \\, \\\\ } \\\\ \\\\ 13 \\\\ \\\\ \\right) \\\\ \\\\ } \\\\ \\\\ / \\\\ \\\\ \\\\ \\sin \\\\ \\\\ \\left( \\\\ \\\\ \\dfrac{ \\\\ \\, \\\\ \\pi \\\\ \\, \\\\ \\, \\\\ } \\\\ \\\\ 13 \\\\ \\\\ \\right) \\\\ \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        16,
        "3375",
        "\n\\begin{matrix} 3 \\\\ 3 \\\\ 7 \\\\ 5 \\end{matrix}\n",
        "digits laid out as a column",
    ),
    (
        17,
        "\\frac{1311}{2017}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 1311 \\\\ }{ \\\\ 2017 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        18,
        "\\frac{9\\sqrt{23}}{23}",
        "\n\\begin{matrix}\n\\text{ } \\\\ \\dfrac{ \\\\ 9 \\\\ \\, \\\\ \\sqrt{ \\\\ \\, \\\\ 23 \\\\ \\, \\\\ } \\\\ \\, \\\\ } \\\\ \\dfrac{ \\\\ \\, \\\\ } \\\\ { \\\\ 23 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        19,
        "\\frac{9\\sqrt{23}}{23}",
        "\n\\begin{matrix}\n\\frac{ \\\\ 9 \\\\ \\sqrt{ \\\\ 23 \\\\ } \\\\ }{ \\\\ 23 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        20,
        "1 - \\frac{2}{\\pi}",
        "\n\\begin{matrix}\n1 \\\\ - \\\\ \\dfrac{ \\\\ 2 \\\\ }{ \\\\ \\pi \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        21,
        "1 - \\frac{2}{\\pi}",
        "\n\\begin{matrix}\n1 \\\\ - \\\\ \\dfrac{ \\\\ 2 \\\\ \\\\ }{ \\\\ \\pi \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        22,
        "\\frac{-1 + \\sqrt{17}}{2}, \\frac{-1 - \\sqrt{17}}{2}",
        "\n\\begin{matrix}\n\\dfrac{ \\\\ - \\, 1 \\\\ + \\\\ \\sqrt{ \\\\  \\, 17 \\\\ } \\\\ \\, \\\\ }{ \\\\ 2 \\\\ } \\\\ \\\\ , \\\\ \\\\ \\\\ \\dfrac{ \\\\ - \\, 1 \\\\ - \\\\ \\sqrt{ \\\\  \\, 17 \\\\ } \\\\ \\, \\\\ }{ \\\\ 2 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        23,
        "8\\sqrt{10}",
        "\n\\begin{matrix}\n8 \\\\ \\\\ \\times \\\\ \\\\ \\sqrt{ \\\\ 10 \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        24,
        "\\sqrt{23} - 2\\sqrt{3}",
        "\n\\begin{matrix}\n\\text{ } \\\\ \\sqrt{ \\\\ 23 \\\\ } \\\\ - \\\\ \\\\ 2 \\\\ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ \\text{ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (27, "\\frac{2}{\\pi}-1", "\\frac2\\pi-1", "brace-less \\frac"),
    (28, "2^{99}", "0002^{99}", "leading zeros"),
    (
        29,
        "2^{99}",
        "\n\\begin{matrix}\n\\\\ 2 \\\\ \\\\ ^{} \\\\ \\\\ 99 \\\\ \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        30,
        "3 + 2\\sqrt{2}",
        "\n\\begin{matrix}\n \\\\ 3 \\\\ + \\\\  \\\\ 2 \\\\ \\\\ \\sqrt{ \\\\  \\\\ 2 \\\\ } \\\\ \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        31,
        "2,3,\\frac{3}{2} + i\\frac{\\sqrt{3}}{2}, \\frac{3}{2} - i\\frac{\\sqrt{3}}{2}",
        "\\begin{pmatrix} \\\\ 2 \\\\ \\\\ 3 \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ + \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ - \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\end{pmatrix}",
        "garbled token-spaced matrix rendering",
    ),
    (
        32,
        "2,3,\\frac{3}{2} + i\\frac{\\sqrt{3}}{2}, \\frac{3}{2} - i\\frac{\\sqrt{3}}{2}",
        "\\begin{pmatrix} \\\\ 2 \\\\ \\\\ 3 \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ + \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\\\ \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ - \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\end{pmatrix}",
        "garbled token-spaced matrix rendering",
    ),
    (
        34,
        "2,3,\\frac{3}{2} + i\\frac{\\sqrt{3}}{2}, \\frac{3}{2} - i\\frac{\\sqrt{3}}{2}",
        "\\begin{pmatrix} \\\\ 2 \\\\ \\\\ 3 \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ + \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\\\ \\\\ \\\\ \\dfrac{ \\\\ 3 \\\\ }{ \\\\ 2 \\\\ } \\\\ - \\\\ \\\\ i \\\\ \\\\ \\dfrac{ \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ }{ \\\\ 2 \\\\ } \\\\ \\end{pmatrix}",
        "garbled token-spaced matrix rendering",
    ),
    (
        35,
        "\\sqrt{4 + 2\\sqrt{3}}",
        "\n\\begin{matrix}\nx \\\\ = \\\\ \\\\ \\sqrt{ \\\\ 4 \\\\ + \\\\ \\\\ 2 \\\\ \\sqrt{ \\\\ 3 \\\\ } \\\\ } \\end{matrix}\n",
        "garbled token-spaced matrix rendering",
    ),
    (
        36,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "a = 2, a = 3, a = \\frac{3 + i\\sqrt{3}}{2}, a = \\frac{3 - i\\sqrt{3}}{2}",
        "a = ... assignments",
    ),
    (
        37,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "a = 2, a = 3, a = \\frac{3 + i\\sqrt{3}}{2}, \\text{ or } a = \\frac{3 - i\\sqrt{3}}{2}",
        "a = ... assignments with 'or'",
    ),
    (38, "2,3,3/2+(√3/2)i,3/2-(√3/2)i", "2\n\n3\n\n3/2+(√3/2)i\n\n3/2-(√3/2)i", "plain-text list"),
    (
        42,
        "intersect at $y=k=\\boxed{506.25}$",
        "intersect at $y=k=506.25$",
        "answer inside a sentence",
    ),
    (
        44,
        "\\{2,3,\\frac{3}{2}+\\frac{\\sqrt{3}*i}{2},\\frac{3}{2}-\\frac{\\sqrt{3}*i}{2}\\}",
        "\\{\\,2,\\ 3,\\ \\tfrac{3}{2}\\pm\\tfrac{\\sqrt{3}}{2}i\\,\\}",
        "set with \\pm",
    ),
    (
        45,
        "\\{2,3,\\frac{3}{2}+\\frac{\\sqrt{3}*i}{2},\\frac{3}{2}-\\frac{\\sqrt{3}*i}{2}\\}",
        "\\{\\,2,\\ 3,\\ 2+e^{2\\pi i/3},\\ 2+e^{4\\pi i/3}\\,\\}=\\{\\,2,\\ 3,\\ \\tfrac{3}{2}\\pm \\tfrac{\\sqrt{3}}{2}i\\,\\}",
        "set with roots of unity, = second form",
    ),
    (
        46,
        "\\frac{737}{39}",
        "\\displaystyle \\frac{737}{39}\\;\\text{(about }18.9\\text{ cards)}",
        "answer with a parenthetical approximation",
    ),
    (
        47,
        "\\frac{1}{46}\\binom{2024}{990}+\\frac{1}{2}",
        "\\frac{\\binom{2024}{990}+23}{46}",
        "rearranged binomial expression",
    ),
    (
        48,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "2, 3, \\frac{3 \\pm i\\sqrt{3}}{2}",
        "\\pm list",
    ),
    (
        49,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "2, 3, \\frac{3 \\pm i \\sqrt{3}}{2}",
        "\\pm list",
    ),
    (50, "4N^3+9N^2+6N+1", "(N+1)^2(4N+1)", "factored vs expanded polynomial"),
    (51, "4N^3+9N^2+6N+1", "(N+1)^2 (4N+1)", "factored vs expanded polynomial"),
    (53, "\\frac{n^2 - n}{2}", "\\frac{n(n-1)}2", "n(n-1)/2 vs (n^2-n)/2"),
    (
        54,
        "505",
        "\\text{Bob wins exactly for those }G\\text{ with }\\forall p,\\ \\bigoplus_i a_{p,i}=0,\\ \\text{ and the requested sum is }505.",
        "answer at the end of a sentence",
    ),
]

# (complete_mapper index, human-read answer = gold, whole model response = pred)
_COMPLETE: list[tuple[int, str, str]] = [
    (
        5,
        "-1013\\ln(2026)",
        "Let’s write the denominator as\nden(x)=x^3−6x^2+11x−6=(x−1)(x−2)(x−3).  Then near x=1 we set\n\ng(x)= (2025+x)\u2009ln(2025+x)   /  [(x−2)(x−3)],\n\nso that\n\nf(x)= g(x)/(x−1).\n\nNow g(x) is analytic at x=1, and g(1)= (2026\u2009ln\u20092026)/[(1−2)(1−3)]\n= (2026\u2009ln\u20092026)/( (−1)(−2) )\n= (2026\u2009ln\u20092026)/2.\n\nHence near x=0 the simple pole at x=1 contributes the expansion\n\ng(1)/(x−1)= −g(1)·1/(1−x)= −g(1)·∑_{n≥0}x^n.\n\nThus for large n the Taylor‐coefficient a_n=d_n tends to −g(1).  Therefore\n\nlimit\u2009d_n = −g(1)\n= − (2026\u2009ln\u20092026)/2\n= −1013\u2009ln\u20092026.\n\n□",
    ),
    (
        6,
        "3 + 2\\sqrt{2}",
        "Let  \n\nB=(0,0),\u2003C=(3+x,0),\u2003D=(3,0),\u2003A=(3,h)\u2003(h>0),  \n\nso BD=3,\u2003DC=x,\u2003AD=h.  \nLet the circum-center be O=(u,v).  \n\n1.  OA²=OB² gives  \n\n   (u−3)²+(v−h)²=u²+v² ⟹ 6u+2hv = 9+h² .\u2003(1)\n\n2.  OA²=OC² gives  \n\n   (u−3)²+(v−h)² =(u−3−x)²+v² ⟹ (x+3)(h²−2hv)=3x .\u2003(2)\n\n   (2) can be rewritten as      h²−2hv =3x.  \n   Denote S:=h²−2hv, so      S=3x \u2003(x=S/3).                                (3)\n\n3.  OD=2 gives  \n\n   (u−3)²+v² =4 .                                                        (4)\n\n4.  Area(ABD)=Area(AOC).  \n   Area(ABD)=½·BD·AD = ½·3h.  \n\n   For AOC,  \n      |(A−O)×(C−O)| = |−v(3−u) − (h−v)(3+x−u)|  \n                     = |v(2u−3)−hu| .\n\n   Hence |v(2u−3)−hu| = 3h.\u2003(5)\n\n--------------------------------------------------------------------\nExpress u and v with h and S\n\nFrom (1):\u2003u = (9+S)/6.                                             (6)\n\nUsing S:=h²−2hv ⇒ v = (h²−S)/(2h).                                (7)\n\nNotice that  \n      2u−3 = 2(9+S)/6 −3 = S/3,\u2003    3+x−u = u.               \n\n--------------------------------------------------------------------\nArea equality\n\nWith (6)–(7), equation (5) becomes  \n\n|  (S/3)·v − h·u | = 3h  \n⟹ |  (S/3)·v − h·(9+S)/6 | = 3h  \n⟹ |2Sv − h(9+S)| = 18h.                                          (8)\n\nSubstituting v from (7) into (8) and simplifying gives  \n\n(S²+9h²)² = 324h⁴ ⟹ S² = 9h² ⟹ S = ±3h .                       (9)\n\n--------------------------------------------------------------------\nReject S=−3h\n\nIf S=−3h, then from (3) x = −h <0, impossible.  \nHence S = 3h.                                                    (10)\n\n--------------------------------------------------------------------\nDetermine h from OD\n\nWith S=3h, equations (6)–(7) give  \n\nu = (9+3h)/6 ,\u2003\u2003v = (h−3)/2.                                      \n\nInsert these in (4):\n\n[(9+3h)/6 −3]² + [(h−3)/2]² = 4  \n⟹ [(3h−9)/6]² + [(h−3)/2]² = 4  \n⟹ 18(h−3)² = 144  \n⟹ (h−3)² = 8  \n⟹ h−3 = 2√2 \u2003(since h>3).  \n\nThus\u2003h = 3 + 2√2.                                               (11)\n\n--------------------------------------------------------------------\nAltitude AD\n\nAD = h = 3 + 2√2.",
    ),
    (
        7,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "We are given: Define operation ⊕ by:\nx ⊕ y = x y - 2x - 2y + 6.\nCompute all complex numbers a such that:\na ⊕ (a ⊕ (a ⊕ a)) = a.\n\nLet's denote: f(x,y) = x ⊕ y = xy - 2x - 2y + 6.\nWe want: a ⊕ (a ⊕ (a ⊕ a)) = a.\nLet's compute step by step.\n\nLet b = a ⊕ a.\nThen b = a*a - 2a - 2a + 6 = a^2 - 4a + 6.\nThen c = a ⊕ b = a ⊕ (a ⊕ a) = a * b - 2a - 2b + 6 = a(a^2 - 4a + 6) - 2a - 2(a^2 - 4a + 6) + 6 = a^3 - 4a^2 + 6a - 2a - 2a^2 + 8a - 12 + 6 = a^3 - 6a^2 + (6a-2a+8a) + (-12+6) = a^3 - 6a^2 + 12a - 6.\nThen d = a ⊕ c = a ⊕ (a ⊕ (a ⊕ a)) = a * c - 2a - 2c + 6 = a(a^3 - 6a^2 + 12a - 6) - 2a - 2(a^3 - 6a^2 + 12a - 6) + 6 = a^4 - 6a^3 + 12a^2 - 6a - 2a - 2a^3 + 12a^2 - 24a + 12 + 6 = a^4 - 8a^3 + (12a^2+12a^2) + (-6a-2a-24a) + (12+6) = a^4 - 8a^3 + 24a^2 - 32a + 18.\nSo equation: a^4 - 8a^3 + 24a^2 - 32a + 18 = a.\nSo a^4 - 8a^3 + 24a^2 - 33a + 18 = 0.\nSo polynomial: a^4 - 8a^3 + 24a^2 - 33a + 18 = 0.\nWe want to factor it. Possibly it factors as (a^2 + ...)? Alternatively, note pattern: (a-2)^4 = a^4 - 8a^3 + 24a^2 - 32a + 16. So our polynomial is (a-2)^4 - 17a + 2? Actually: (a-2)^4 = a^4 - 8a^3 + 24a^2 - 32a + 16. Then subtract gives: (a-2)^4 - (a^4 - 8a^3+24a^2-33a+18) = (a^4-8a^3+24a^2-32a+16) - (a^4-8a^3+24a^2-33a+18) = a - 2. So then a^4-8a^3+24a^2-33a+18 = (a-2)^4 - (a-2) = (a-2)[(a-2)^3 - 1] = (a-2)[(a-2)^3 - 1]. And (a-2)^3 - 1 factors as (a-2 - 1)[(a-2)^2 + (a-2) + 1] = (a-3)[(a-2)^2 + (a-2) + 1]. So then polynomial becomes: (a-2)(a-3)(a^2 - 4a + 4 + a - 2 + 1) = (a-2)(a-3)(a^2 - 3a + 3). So roots: a = 2, a = 3, and a = [3 ± sqrt(9 - 12)]/2 = (3 ± i√3)/2.\nBut wait: Check: a=2: then a ⊕ a = 4 - 4 - 4 + 6 = 2. So a ⊕ a = 2. Then a ⊕ (a ⊕ a) = 2 ⊕ 2 = 4 - 4 - 4 + 6 = 2. Then a ⊕ (a ⊕ (a ⊕ a)) = 2 ⊕ 2 = 2. So works.\na=3: then a ⊕ a = 9 - 6 - 6 + 6 = 3. So then a ⊕ (a ⊕ a)=3 ⊕ 3 = 9 - 6 - 6 + 6 = 3. So works.\nFor a = (3 ± i√3)/2, then check? Possibly they also work. But careful: The operation is defined on complex numbers. So all complex numbers are allowed. So answer: a = 2, 3, (3 ± i√3)/2.\nBut wait: There might be additional conditions? Problem says \"Compute all complex numbers a such that ...\" So answer: \\boxed{2}, \\boxed{3}, \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}.\n\nBut check: (3 + i√3)/2. Then compute a ⊕ a? Possibly it gives something. But it's fine.\n\nThus final answer: \\boxed{2}, \\boxed{3}, \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}.</think>### Step 1. Define the Operation\n\nThe operation ⊕ is defined as:\n\n\\[\nx \\oplus y = xy - 2x - 2y + 6\n\\]\n\nWe are to find all complex numbers \\( a \\) such that:\n\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a\n\\]\n\n---\n\n### Step 2. Compute the Inner Expressions\n\nLet’s compute step by step:\n\n- **First, compute \\( a \\oplus a \\):**\n\n\\[\na \\oplus a = a \\cdot a - 2a - 2a + 6 = a^2 - 4a + 6\n\\]\n\n- **Next, compute \\( a \\oplus (a \\oplus a) \\):**\n\nLet \\( b = a^2 - 4a + 6 \\). Then:\n\n\\[\na \\oplus b = ab - 2a - 2b + 6\n\\]\n\nSubstitute \\( b \\):\n\n\\[\na \\oplus (a \\oplus a) = a(a^2 - 4a + 6) - 2a - 2(a^2 - 4a + 6) + 6\n\\]\n\n\\[\n= a^3 - 4a^2 + 6a - 2a - 2a^2 + 8a - 12 + 6\n\\]\n\n\\[\n= a^3 - 6a^2 + 12a - 6\n\\]\n\n- **Now compute \\( a \\oplus (a \\oplus (a \\oplus a)) \\):**\n\nLet \\( c = a^3 - 6a^2 + 12a - 6 \\). Then:\n\n\\[\na \\oplus c = ac - 2a - 2c + 6\n\\]\n\nSubstitute \\( c \\):\n\n\\[\na(a^3 - 6a^2 + 12a - 6) - 2a - 2(a^3 - 6a^2 + 12a - 6) + 6\n\\]\n\n\\[\n= a^4 - 6a^3 + 12a^2 - 6a - 2a - 2a^3 + 12a^2 - 24a + 12 + 6\n\\]\n\n\\[\n= a^4 - 8a^3 + 24a^2 - 32a + 18\n\\]\n\n---\n\n### Step 3. Set Up the Equation\n\nWe require:\n\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a\n\\]\n\nSo:\n\n\\[\na^4 - 8a^3 + 24a^2 - 32a + 18 = a\n\\]\n\nSubtract \\( a \\) from both sides:\n\n\\[\na^4 - 8a^3 + 24a^2 - 33a + 18 = 0 \\tag{1}\n\\]\n\n---\n\n### Step 4. Factor the Polynomial\n\nNote that:\n\n\\[\n(a - 2)^4 = a^4 - 8a^3 + 24a^2 - 32a + 16\n\\]\n\nCompare with equation (1):\n\n\\[\na^4 - 8a^3 + 24a^2 - 33a + 18 = (a - 2)^4 - (a - 2)\n\\]\n\n\\[\n= (a - 2)\\left[(a - 2)^3 - 1\\right]\n\\]\n\nFactor further:\n\n\\[\n(a - 2)^3 - 1 = (a - 3)\\left[(a - 2)^2 + (a - 2) + 1\\right]\n\\]\n\nSo the full factorization is:\n\n\\[\n(a - 2)(a - 3)(a^2 - 3a + 3)\n\\]\n\n---\n\n### Step 5. Find the Roots\n\n- From \\( a - 2 = 0 \\):\u2003\\( a = 2 \\)\n- From \\( a - 3 = 0 \\):\u2003\\( a = 3 \\)\n- From \\( a^2 - 3a + 3 = 0 \\):\n\n\\[\na = \\frac{3 \\pm \\sqrt{9 - 12}}{2} = \\frac{3 \\pm i\\sqrt{3}}{2}\n\\]\n\n---\n\n### ✅ Final Answer\n\n\\[\n\\boxed{2},\\quad \\boxed{3},\\quad \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}\n\\]",
    ),
    (
        8,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "### Step 1. Understand the Operation\n\nThe operation is defined as:\n\\[\nx \\oplus y = xy - 2x - 2y + 6\n\\]\nThis can be rewritten as:\n\\[\nx \\oplus y = (x - 2)(y - 2) + 2\n\\]\n\n---\n\n### Step 2. Compute the Nested Expression\n\nWe want to compute:\n\\[\na \\oplus (a \\oplus (a \\oplus a))\n\\]\n\nLet’s compute step by step:\n\n- **First level**:  \n  \\[\n  a \\oplus a = (a - 2)^2 + 2\n  \\]\n\n- **Second level**:  \n  \\[\n  a \\oplus (a \\oplus a) = (a - 2)^3 + 2\n  \\]\n\n- **Third level**:  \n  \\[\n  a \\oplus (a \\oplus (a \\oplus a)) = (a - 2)^4 + 2\n  \\]\n\nSo the equation becomes:\n\\[\n(a - 2)^4 + 2 = a\n\\]\n\n---\n\n### Step 3. Simplify the Equation\n\nSubtract 2 from both sides:\n\\[\n(a - 2)^4 = a - 2\n\\]\n\nLet \\( u = a - 2 \\). Then the equation becomes:\n\\[\nu^4 = u \\quad \\Rightarrow \\quad u^4 - u = 0\n\\]\n\nFactor:\n\\[\nu(u^3 - 1) = 0\n\\]\n\nSo either:\n- \\( u = 0 \\), or  \n- \\( u^3 = 1 \\)\n\n---\n\n### Step 4. Solve for \\( u \\)\n\n- If \\( u = 0 \\), then \\( a = 2 \\)\n- If \\( u^3 = 1 \\), then the cube roots of unity are:\n  \\[\n  u = 1, \\quad u = \\omega = -\\frac{1}{2} + \\frac{i\\sqrt{3}}{2}, \\quad u = \\omega^2 = -\\frac{1}{2} - \\frac{i\\sqrt{3}}{2}\n  \\]\n  Then:\n  \\[\n  a = u + 2 \\Rightarrow a = 3, \\quad a = 2 + \\omega, \\quad a = 2 + \\omega^2\n  \\]\n\nCompute:\n\\[\n2 + \\omega = \\frac{3}{2} + \\frac{i\\sqrt{3}}{2}, \\quad 2 + \\omega^2 = \\frac{3}{2} - \\frac{i\\sqrt{3}}{2}\n\\]\n\n---\n\n### Step 5. Final Answer\n\nThe complex numbers \\( a \\) satisfying the equation are:\n\\[\n\\boxed{2}, \\quad \\boxed{3}, \\quad \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}\n\\]",
    ),
    (
        9,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "### Step 1. Compute \\( a \\oplus a \\)\n\nThe operation is defined as:\n\\[\nx \\oplus y = xy - 2x - 2y + 6\n\\]\n\nSo,\n\\[\na \\oplus a = a \\cdot a - 2a - 2a + 6 = a^2 - 4a + 6\n\\]\n\n---\n\n### Step 2. Compute \\( a \\oplus (a \\oplus a) \\)\n\nLet \\( b = a \\oplus a = a^2 - 4a + 6 \\). Then:\n\\[\na \\oplus b = a \\cdot b - 2a - 2b + 6\n\\]\nSubstitute \\( b \\):\n\\[\na \\oplus (a \\oplus a) = a(a^2 - 4a + 6) - 2a - 2(a^2 - 4a + 6) + 6\n\\]\nSimplify:\n\\[\n= a^3 - 4a^2 + 6a - 2a - 2a^2 + 8a - 12 + 6\n\\]\n\\[\n= a^3 - 6a^2 + 12a - 6\n\\]\n\n---\n\n### Step 3. Compute \\( a \\oplus (a \\oplus (a \\oplus a)) \\)\n\nLet \\( c = a^3 - 6a^2 + 12a - 6 \\). Then:\n\\[\na \\oplus c = a \\cdot c - 2a - 2c + 6\n\\]\nSubstitute \\( c \\):\n\\[\n= a(a^3 - 6a^2 + 12a - 6) - 2a - 2(a^3 - 6a^2 + 12a - 6) + 6\n\\]\n\\[\n= a^4 - 6a^3 + 12a^2 - 6a - 2a - 2a^3 + 12a^2 - 24a + 12 + 6\n\\]\n\\[\n= a^4 - 8a^3 + 24a^2 - 32a + 18\n\\]\n\nWe are given:\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a\n\\]\nSo,\n\\[\na^4 - 8a^3 + 24a^2 - 32a + 18 = a\n\\]\nSubtract \\( a \\) from both sides:\n\\[\na^4 - 8a^3 + 24a^2 - 33a + 18 = 0 \\tag{1}\n\\]\n\n---\n\n### Step 4. Solve the Polynomial Equation\n\nWe solve:\n\\[\na^4 - 8a^3 + 24a^2 - 33a + 18 = 0\n\\]\n\nTry \\( a = 2 \\):\n\\[\n16 - 64 + 96 - 66 + 18 = 0 \\quad \\Rightarrow \\quad a = 2 \\text{ is a root}\n\\]\n\nTry \\( a = 3 \\):\n\\[\n81 - 216 + 216 - 99 + 18 = 0 \\quad \\Rightarrow \\quad a = 3 \\text{ is a root}\n\\]\n\nFactor out \\( (a - 2)(a - 3) = a^2 - 5a + 6 \\). Divide the polynomial:\n\\[\n(a^4 - 8a^3 + 24a^2 - 33a + 18) \\div (a^2 - 5a + 6) = a^2 - 3a + 3\n\\]\n\nSo the factorization is:\n\\[\n(a^2 - 5a + 6)(a^2 - 3a + 3) = 0\n\\]\n\nSolve each quadratic:\n\n- \\( a^2 - 5a + 6 = 0 \\Rightarrow a = 2, 3 \\)\n- \\( a^2 - 3a + 3 = 0 \\Rightarrow a = \\frac{3 \\pm \\sqrt{9 - 12}}{2} = \\frac{3 \\pm i\\sqrt{3}}{2} \\)\n\n---\n\n### Step 5. Final Answer\n\nThe complex numbers \\( a \\) satisfying the equation are:\n\\[\n\\boxed{2}, \\quad \\boxed{3}, \\quad \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}\n\\]",
    ),
    (
        10,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "### Step 1. Rewrite the Operation\n\nThe operation is defined as:\n\n\\[\nx \\oplus y = xy - 2x - 2y + 6\n\\]\n\nNotice that:\n\n\\[\n(x - 2)(y - 2) = xy - 2x - 2y + 4\n\\]\n\nSo we can write:\n\n\\[\nx \\oplus y = (x - 2)(y - 2) + 2\n\\]\n\nLet:\n\n\\[\n\\varphi(x) = x - 2\n\\]\n\nThen:\n\n\\[\n\\varphi(x \\oplus y) = (x \\oplus y) - 2 = (x - 2)(y - 2) = \\varphi(x) \\cdot \\varphi(y)\n\\]\n\nThis shows that the operation \\(\\oplus\\) is equivalent to multiplication under the transformation \\(\\varphi\\).\n\n---\n\n### Step 2. Change of Variable\n\nLet:\n\n\\[\nb = a - 2 \\quad \\Rightarrow \\quad a = b + 2\n\\]\n\nThen:\n\n\\[\na \\oplus a = (b + 2) \\oplus (b + 2) = b^2 + 2\n\\]\n\nNow compute:\n\n\\[\na \\oplus (a \\oplus a) = a \\oplus (b^2 + 2) = b^3 + 2\n\\]\n\nAnd:\n\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a \\oplus (b^3 + 2) = b^4 + 2\n\\]\n\nWe are given:\n\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a\n\\]\n\nSubstituting:\n\n\\[\nb^4 + 2 = b + 2 \\quad \\Rightarrow \\quad b^4 = b\n\\]\n\n---\n\n### Step 3. Solve the Equation\n\n\\[\nb^4 - b = 0 \\quad \\Rightarrow \\quad b(b^3 - 1) = 0\n\\]\n\nSo:\n\n- \\( b = 0 \\)\n- \\( b^3 = 1 \\Rightarrow b = 1, \\omega, \\omega^2 \\), where \\(\\omega = e^{2\\pi i/3} = \\frac{-1 + i\\sqrt{3}}{2}\\) and \\(\\omega^2 = \\frac{-1 - i\\sqrt{3}}{2}\\)\n\n---\n\n### Step 4. Convert Back to \\(a\\)\n\nSince \\(a = b + 2\\), we get:\n\n- \\( b = 0 \\Rightarrow a = 2 \\)\n- \\( b = 1 \\Rightarrow a = 3 \\)\n- \\( b = \\omega \\Rightarrow a = 2 + \\omega = \\frac{3 + i\\sqrt{3}}{2} \\)\n- \\( b = \\omega^2 \\Rightarrow a = 2 + \\omega^2 = \\frac{3 - i\\sqrt{3}}{2} \\)\n\n---\n\n### ✅ Final Answer\n\n\\[\n\\boxed{2},\\quad \\boxed{3},\\quad \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}\n\\]",
    ),
    (
        11,
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "### Step 1. Simplify the Operation\n\nThe operation is defined as:\n\n\\[\nx \\oplus y = xy - 2x - 2y + 6\n\\]\n\nNotice that:\n\n\\[\n(x - 2)(y - 2) = xy - 2x - 2y + 4\n\\]\n\nSo we can rewrite:\n\n\\[\nx \\oplus y = (x - 2)(y - 2) + 2\n\\]\n\n---\n\n### Step 2. Compute the Nested Expression\n\nWe want to find all complex numbers \\( a \\) such that:\n\n\\[\na \\oplus (a \\oplus (a \\oplus a)) = a\n\\]\n\nLet’s compute step by step:\n\n- **First step**:  \n  \\[\n  a \\oplus a = (a - 2)^2 + 2\n  \\]\n\n- **Second step**:  \n  \\[\n  a \\oplus (a \\oplus a) = (a - 2)^3 + 2\n  \\]\n\n- **Third step**:  \n  \\[\n  a \\oplus (a \\oplus (a \\oplus a)) = (a - 2)^4 + 2\n  \\]\n\nSo the equation becomes:\n\n\\[\n(a - 2)^4 + 2 = a\n\\]\n\n---\n\n### Step 3. Solve the Equation\n\nSubtract 2 from both sides:\n\n\\[\n(a - 2)^4 = a - 2\n\\]\n\nLet \\( b = a - 2 \\). Then:\n\n\\[\nb^4 = b \\quad \\Rightarrow \\quad b^4 - b = 0 \\quad \\Rightarrow \\quad b(b^3 - 1) = 0\n\\]\n\nSo:\n\n- \\( b = 0 \\)\n- \\( b^3 = 1 \\Rightarrow b = 1, \\omega, \\omega^2 \\), where \\( \\omega = \\frac{-1 + i\\sqrt{3}}{2} \\), \\( \\omega^2 = \\frac{-1 - i\\sqrt{3}}{2} \\)\n\nSince \\( a = b + 2 \\), we get:\n\n- \\( a = 2 \\)\n- \\( a = 3 \\)\n- \\( a = 2 + \\omega = \\frac{3 + i\\sqrt{3}}{2} \\)\n- \\( a = 2 + \\omega^2 = \\frac{3 - i\\sqrt{3}}{2} \\)\n\n---\n\n### ✅ Final Answer\n\n\\[\n\\boxed{2}, \\quad \\boxed{3}, \\quad \\boxed{\\frac{3 \\pm i\\sqrt{3}}{2}}\n\\]",
    ),
]

# (validation id, first accepted form = gold, another accepted form = pred, why)
_MMMU: list[tuple[str, str, str, str]] = [
    ("validation_Chemistry_30", "$MgS$", "MgS", "accepted alias: dollar-delimited formula"),
    ("validation_Math_15", "24/7", "3.429", "accepted alias: fraction and its 3-decimal value"),
]

CASES: list[dict[str, object]] = [
    *(
        _c(MATHARENA, MATHARENA_AT, gold, pred, True, True, f"manual_mapper[{i}]: {why}")
        for i, gold, pred, why in _MAPPER
    ),
    *(
        _c(
            MATHARENA,
            MATHARENA_AT,
            gold,
            pred,
            False,
            True,
            f"complete_mapper[{i}]: whole response, human-read answer",
        )
        for i, gold, pred in _COMPLETE
    ),
    *(_c(MMMU, MMMU_AT, gold, pred, True, True, f"{qid}: {why}") for qid, gold, pred, why in _MMMU),
]

r"""A forty-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": public
question-and-answer threads and errata where an answerer, tutor or textbook settles whether a
student's answer to a precalculus, trigonometry, calculus or linear-algebra exercise (an exact
value with radicals or pi, an antiderivative, an eigenvector, a vector, a solution set) equals
the key's).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims, /work/wt/fresh46_claims and
/work/wt/fresh47_claims; every page was claimed in /work/wt/fresh47_claims before use). Each case
gives the reference answer (``gold``: the book's, key's or answerer's form), the prediction
(``pred``: the student's or the other form, a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) that a person on the page settled, with no one on
the page contradicting it. ``repo`` is the domain the stored copy came from and ``where`` is the
full URL. There is no commit; every source is a web page with no licence file. Do not tune the
judge on these cases.

Transcription: answers are copied as the stored page shows them (LaTeX as the mirror stores it,
spacing included). Liberties, each noted in ``why``: a leading "x =" or "U x V =" is kept only
where the page writes it as part of the answer; on imathworks.com the mirror stores a minus sign
inside the book's set as an en dash ("5 – (-1)^k"), kept as stored.

Verdict conventions: antiderivatives that an answerer calls "the same" / "both correct" because
they differ by a constant are True only where both forms carry their own constant (``+C``,
``+C_1``); an eigenvector (or eigenspace basis vector) that an answerer accepts as a non-zero
multiple of the book's is True; where an answerer or an errata list shows the two values differ
(the book wrong, or the student wrong), the case is False. The one complex-argument case (polar
angle of -1-i, "φ = -3/4 π = 5π/4") follows the answerer (True) although the two reals differ by
2π; its ``why`` says so.

Sources (domain, URL, what is settled, licence):

- chalkdust.com precalcor.html (Chalk Dust Precalculus 5th ed. corrections: "In the solutions
  guide, g(6) should be 10 rather than 20"). Web page, no licence file.
- math.techqa.club threads 1189818 (integral of sec x: "there is no difference"; second answer:
  "Both of the two answers are correct, and they are equivalent", with absolute values),
  2767115 (eigenvector (1,-1) vs (-1,1): "Both answers are correct"), 1761279 (eigenvector
  differing in sign: "equally correct answers"), 1855178 (plane through (-4,-4,-2): student
  -x+4y+z=-10 marked wrong; both answers derive -14), 938625 (log_2(kx)=a: the answer names the
  student's error and derives x = 2^(a - log_2 k) = 2^a/k), 3364525 (integral of sin x cos x by
  three methods: "differ mutually by just some constant"), 4824138 (cross product: the book's
  (5,8,-6) against the asker's 8i + 8j - 8k, which the answer calls correct). Web pages, no
  licence file.
- imathworks.com math-finding-the-basis-of-an-eigenspace ("What you've done is not wrong ...
  your sole basis vector is a non-zero multiple of their sole basis vector") and
  solve-sin-5x-sin-x (the best answer rewrites the asker's union of two families as the book's
  option A). Web pages, no licence file.
- physicsforums.com threads 610227 (eigenvector for 6: "[-4/3,1] is not an eigenvector of 6 ...
  (4/3,1) and (4,3) are the same eigenvector") and 72135 (a x b: the book's -(22m^2) j against
  the student's +22m^2 j; reply: i x k = -j). Web pages, no licence file.
- mathhelpforum.com 206669 (e^-3x = 27: book -ln3, student ln27 / -3; helper: ln(27)=3ln(3),
  asker: "thought as much"). Web page, no licence file.
- wiki.rmanhart.org (a copy of math.stackexchange question 4773856: "So both are correct, since
  arccos(x) = -arcsin(x) + π/2"; comment thread: "-arcsin(x) + C_1 = arccos(x) + C_2" - "Yes
  exactly"). Web page, no licence file.
- www.pearson.com trigonometry channel, double-angle identities practice 2 (a textbook exercise:
  tan 22.5° = √(3 - 2√2) by one half-angle identity and √2 - 1 by another, "Show that these
  answers are the same"). Web page, no licence file.
- mathelounge.de 385483 (German forum, polar form of -1 - i: "φ = -3/4 π = 5π/4"). Web page, no
  licence file.

Left out, by rule: pairs whose two strings are identical (physicsforums 610227, the first
eigenvector [1,-1] matching the book); on math.techqa.club 1189818 the asker's Wolfram form
without absolute values (the second answer says the absolute values are needed, so the pair
itself is not settled as equal); antiderivative pairs where one side has no constant of
integration; proofs-of-identity end points ("tan^2θ=tan^2θ") that are not answers; a
multiple-choice letter is never compared (on imathworks solve-sin-5x-sin-x the set of option A is
transcribed, not the letter, and only option A, which the answer settles).

Examined and not used: physicsforums.com 1032723 (cross product, the book's printed vector is in
an image and only partly quoted: not legible); physicsforums.com 124731, 332897, 306561, 612636,
287518, 539676, 89684, mathhelpforum.com 150432, 138571, 49535, 172239, 68289 (the reply is not in
the stored copy, or the formulas were lost in conversion); math.techqa.club 1257090, 4859789,
2795770, 4811160, 2347507, 2653135, geneseo.edu 222Err, imathworks trig-substitution-go-wrong,
algebra.com 425258, wyzant.com 267285 and the ARQMath copy of 95518 (used or claimed by earlier
sets); math.techqa.club 2625547 (the book's form is only described in words); math.techqa.club
3344083 and 747002 (antiderivatives compared without a constant of integration); the ARQMath
copy of 2159833 (tan 22.5°, no answer in the stored excerpt); wyzant.com 882176 (the key's sign
lost in the stored copy); bzxy.org "Pre-calculus made difficult" answers (formulas lost);
mecca.org review answers and people.richland.edu homework corrections (exponents flattened or
the printed value not quoted); a.simonm.io mark schemes (radians answers get partial credit, no
binary verdict); calculus.math.rpi.edu skills rules (form policy, not value); reddit mirrors of
askmath 1dog1vt, 1hwmkgv, 1k5x2bm and MathHelp 1rygrqo (answers in images, yes/no answers, or
identity proofs); huggingface.co dataset pages and LLM-written solution sites (vaia, questionai,
gauthmath, studdy, edu.com) skipped by rule.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

CHALK = "chalkdust.com"
CHALK_PRECALC = "http://chalkdust.com/precalcor.html"

TQ = "math.techqa.club"
TQ_1189818 = (
    "https://math.techqa.club/what-is-the-difference-between-ln-sin-frac-x-2-cos-frac-x-2-ln-sin-"
    "frac-x-2-cos-frac-x-2-and-ln-tan-x-sec-x-1189818"
)
TQ_2767115 = "https://math.techqa.club/find-a-corresponding-eigenvector-for-each-eigenvalue-2767115"
TQ_1761279 = (
    "https://math.techqa.club/trouble-to-obtain-eigenvectors-of-a-matrix-knowing-its-eigenvalues-"
    "1761279"
)
TQ_1855178 = "https://math.techqa.club/where-s-the-error-in-this-equation-of-a-plane-1855178"
TQ_938625 = "https://math.techqa.club/simplifying-solving-for-x-938625"
TQ_3364525 = (
    "https://math.techqa.club/int-sin-x-cos-x-dx-neq-frac-sin-2x-2-if-we-use-the-identity-sin-a-"
    "cos-b-frac12-sin-a-b-sin-a-b-3364525"
)
TQ_4824138 = "https://math.techqa.club/computing-u-times-v-4824138"

IMW = "imathworks.com"
IMW_EIGENSPACE = "https://imathworks.com/math/math-finding-the-basis-of-an-eigenspace"
IMW_SIN5X = "https://imathworks.com/math/solve-sin-5x-sin-x"

PF = "physicsforums.com"
PF_610227 = "https://www.physicsforums.com/threads/confused-with-eigenvector.610227/"
PF_72135 = "https://www.physicsforums.com/threads/cross-product.72135/"

MHF = "mathhelpforum.com"
MHF_206669 = "https://mathhelpforum.com/threads/fairly-basic-natural-log-query-c3.206669/"

RMAN = "wiki.rmanhart.org"
RMAN_4773856 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/4773856/why-is-"
    "int-frac-1-sqrt-1-x-2-dx-arcsin-x-and-not-arccos-x"
)

PEARSON = "www.pearson.com"
PEARSON_TAN = (
    "https://www.pearson.com/channels/trigonometry/explore/06-trigonometric-identities-and-more-"
    "equations/double-angle-identities/practice/2"
)

ML = "mathelounge.de"
ML_385483 = "https://mathelounge.de/385483/1-i-in-polarform-umformen?show=385492"

CASES = [
    # Chalk Dust precalculus corrections: the solutions guide's printed value vs the correction.
    _c(
        CHALK,
        CHALK_PRECALC,
        gold=r"10",
        pred=r"20",
        wrap=True,
        expected=False,
        why="Section 2.6 problem 23: 'In the solutions guide, g(6) should be 10 rather than 20'",
    ),
    # Integral of sec x: taught form vs the half-angle form (second answer, with absolute values).
    _c(
        TQ,
        TQ_1189818,
        gold=r"\ln|\tan x + \sec x | + C",
        pred=r"\ln|\sin\frac{x}{2}+\cos\frac{x}{2}| - \ln|\sin\frac{x}{2}-\cos\frac{x}{2}|+C",
        wrap=True,
        expected=True,
        why="best answer: 'there is no difference'; second answer (Method 1 result): 'Both of the "
        "two answers are correct, and they are equivalent'",
    ),
    # Eigenvectors that differ by a non-zero factor.
    _c(
        TQ,
        TQ_2767115,
        gold=r"\begin{pmatrix}1\\-1\end{pmatrix}",
        pred=r"\begin{pmatrix}-1\\1\end{pmatrix}",
        wrap=True,
        expected=True,
        why="eigenvector for eigenvalue 5 of [[6,1],[2,7]]; book (1,-1), asker (-1,1); answer: "
        "'Both answers are correct'",
    ),
    _c(
        TQ,
        TQ_1761279,
        gold=r"\begin{bmatrix} -1 \\ 1 \\ -1 \end{bmatrix}",
        pred=r"\begin{bmatrix} 1 \\ -1\\ 1 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="eigenvector for eigenvalue 0; answer: 'differ only in sign ... Both vectors are "
        "eigenvectors for eigenvalue 0 and equally correct answers'",
    ),
    _c(
        IMW,
        IMW_EIGENSPACE,
        gold=r"\left[\begin{array}{c}3\\-2\end{array}\right]",
        pred=r"\left[\begin{array}{c}-3/2\\1\end{array}\right]",
        wrap=True,
        expected=True,
        why="basis vector of the eigenspace for eigenvalue 2; solution manual [3,-2], asker "
        "[-3/2,1]; best answer: 'What you've done is not wrong ... a non-zero multiple'",
    ),
    _c(
        PF,
        PF_610227,
        gold=r"[4,3]",
        pred=r"[-4/3,1]",
        wrap=True,
        expected=False,
        why="eigenvector for eigenvalue 6; 'the result should be ... [4,3]'; reply: '[-4/3,1] is not "
        "an eigenvector of 6'",
    ),
    _c(
        PF,
        PF_610227,
        gold=r"(4,3)",
        pred=r"(4/3,1)",
        wrap=True,
        expected=True,
        why="same thread, reply: 'The correct eigenvector is [4/3,1] ... So (4/3,1) and (4,3) are "
        "the same eigenvector'",
    ),
    # Log equation e^-3x = 27.
    _c(
        MHF,
        MHF_206669,
        gold=r"-ln3",
        pred=r"ln27 / -3",
        wrap=True,
        expected=True,
        why="textbook answer -ln3, asker x = ln27 / -3; helper: ln(27)=ln(3^3)=3ln(3); asker: "
        "'Cheers, thought as much'",
    ),
    # Antiderivative of -1/sqrt(1-x^2): arccos vs -arcsin.
    _c(
        RMAN,
        RMAN_4773856,
        gold=r"-\arcsin(x) + C_1",
        pred=r"\arccos(x) + C_2",
        wrap=True,
        expected=True,
        why="asker: 'Does this mean we can say ... = -arcsin(x) + C_1 = arccos(x) + C_2'; "
        "answerer: 'Yes exactly'",
    ),
    _c(
        RMAN,
        RMAN_4773856,
        gold=r"-\arcsin(x)+\frac{\pi}{2}",
        pred=r"\arccos(x)",
        wrap=True,
        expected=True,
        why="answer: 'So both are correct, since arccos(x)=-arcsin(x)+π/2'",
    ),
    # sin 5x = sin x: the asker's union against the book's option A set.
    _c(
        IMW,
        IMW_SIN5X,
        gold=r"\bigg \{ \dfrac{k \pi}{ 5 – (-1)^k } | k \in \mathbb{Z} \bigg \}",
        pred=r"x \in \bigg \{ k \dfrac{\pi}{2} | k \in \mathbb{Z} \bigg \} \cup \bigg \{ (2k+1) "
        r"\dfrac{\pi}{6} | k \in \mathbb{Z} \bigg \}",
        wrap=True,
        expected=True,
        why="book's listed option A (the minus stored as an en dash by the mirror) vs asker's "
        "answer; best answer rewrites k pi/2 and (2k+1) pi/6 as k pi/(5-(-1)^k)",
    ),
    # tan 22.5 degrees by two half-angle identities.
    _c(
        PEARSON,
        PEARSON_TAN,
        gold=r"√2 - 1",
        pred=r"√(3 - 2√2)",
        wrap=True,
        expected=True,
        why="textbook exercise: tan 22.5° = √(3 - 2√2) and = √2 - 1, 'Show that these answers are "
        "the same'",
    ),
    # Polar angle of -1 - i.
    _c(
        ML,
        ML_385483,
        gold=r"5π/4",
        pred=r"-3/4 π",
        wrap=True,
        expected=True,
        why="argument of -1 - i; answerer: 'φ = -3/4 π = 5π/4' (equal as arguments, mod 2π)",
    ),
    # Plane through (-4,-4,-2) with normal <-1,4,1>.
    _c(
        TQ,
        TQ_1855178,
        gold=r"-x+4y+z=-14",
        pred=r"-x+4y+z=-10",
        wrap=True,
        expected=False,
        why="asker's final answer -x+4y+z=-10, 'the last part is wrong'; both answers derive "
        "-x+4y+z=-14",
    ),
    # log_2(kx) = a solved for x.
    _c(
        TQ,
        TQ_938625,
        gold=r"x = \frac{2^a}k",
        pred=r"x = 2^{a / \log_2 k}",
        wrap=True,
        expected=False,
        why="asker's x = 2^{a / log_2 k}; answer: 'Your error is ... you divided both sides by "
        "log base 2 k instead of just subtracting it', giving x = 2^a/k",
    ),
    _c(
        TQ,
        TQ_938625,
        gold=r"x = \frac{2^a}k",
        pred=r"x = 2^{(a - \log_2k)}",
        wrap=True,
        expected=True,
        why="same answer's chain x = 2^{(a - log_2k)} = 2^a/2^{log_2 k} = 2^a/k",
    ),
    # Integral of sin x cos x by three methods.
    _c(
        TQ,
        TQ_3364525,
        gold=r"\frac{ \sin^2 x}{2}+C_2",
        pred=r"-\frac{\cos 2x}{4}+C_1",
        wrap=True,
        expected=True,
        why="answer: I_1, I_2 and I_3 'differe mutually by just some constant'",
    ),
    _c(
        TQ,
        TQ_3364525,
        gold=r"\frac{ \sin^2 x}{2}+C_2",
        pred=r"-\frac{\cos^2 x}{2}+C_3",
        wrap=True,
        expected=True,
        why="same answer: by parts and by substitution cos x = t, the results differ by a constant",
    ),
    # Cross products.
    _c(
        TQ,
        TQ_4824138,
        gold=r"(5,8,-6)",
        pred=r"8i + 8j - 8k",
        wrap=True,
        expected=False,
        why="(2,1,3) x (4,-2,2): book (5,8,-6), asker 8i + 8j - 8k; answer: the asker's is correct "
        "subject to a typo (second vector V), so the two vectors differ",
    ),
    _c(
        PF,
        PF_72135,
        gold=r"-(22m^2)\hat {j}",
        pred=r"22m^2,\hat {j}",
        wrap=True,
        expected=False,
        why="a = 5.0m i, b = 4.3m k; book -(22m^2) j, student 22m^2 j; reply: i x k = -j, so the "
        "minus sign is right",
    ),
]

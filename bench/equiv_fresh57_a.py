r"""A fifty-seventh fresh set of answer-equivalence cases (evaluation only; helper "a": linear
algebra and complex numbers -- eigenvectors that differ from the book's or the software's by a
non-zero scalar factor, one complex number written in trigonometric, cis and exponential form,
and a textbook's wrong set of cube roots).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id was grepped in bench/, which holds
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py and
bench/data/equiv_fresh4.md, and checked against /work/wt/fresh57_claims/claims.txt; each page was
claimed there before use). Each case gives the reference answer (``gold``: the book's, key's,
checker's or answerer's form), the prediction (``pred``: the other form; always a bare answer to
be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) that a person
on the page settled, with no one on the page contradicting it. ``repo`` is the domain of the
stored copy and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpt) was read. Do not
tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (MATLAB-style "[2; -1]",
leading-dot decimals ".4472", ProofWiki's own macros ``\set``, ``\paren`` and ``\dfrac 1 2``,
the qammunity image alt texts "4cis((\pi)/(2))" with their doubled parentheses). Liberties, each
noted in ``why``: a display matrix written over several lines on the page is written on one line
(line breaks replaced by single spaces); on questioncove the size command ``\huge`` in front of
the helper's displayed formula is dropped; a leading "v_1 =" is dropped.

Verdict conventions: an eigenvector that an answerer calls a non-zero multiple of the book's (or
"as good an eigenvector", "differ only by an overall multiplicative constant") is True, including
the rounded unit vectors printed by MATLAB that the answerer equates with the book's integer
vectors; a textbook answer that an errata page replaces by a different set is False.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- imathworks.com (a mirror of a MATLAB Answers thread) "Eigenvalues and eigenvectors (different
  solution between matlab and book)": "for eigenvalue 0, the book eigenvector is [2; -1] and the
  Matlab eigenvector is V(:,1) = [-.8944; .4472]. These differ only by an overall multiplicative
  constant. Similarly for eigenvalue 5, [1; 2] and [.4472; .8944]". 2 cases.
- imathworks.com "[Math] Calculating Eigenvectors: Is the book wrong" (covariance matrix; the
  book's (0.54 , 0.84)^T against the asker's (0.646586, 1): "TLDR: The answers are the same ...
  go in (almost) the same direction (the only differences due to rounding and the magnitude").
  1 case.
- imathworks.com "Can eigenvectors be scaled and still be eigenvectors" (the asker's [-2/3, 1]
  against [-2, 3] and [-44444, 66666]; best answer: cv is an eigenvector for every constant
  c ≠ 0). 2 cases.
- math.techqa.club 3781986 "Is this answer on eigenvector diagonalisation wrong?" (MIT OCW 18.06
  key; "(1,-1) is as good an eigenvector as (-1,1) or (3,-3) are"). 2 cases.
- math.techqa.club 3456797 "Is it acceptable to have a fraction in an eigenvector" (correct
  answer [1, 2], the asker's [1/2, 1]; the answer: every non-zero multiple of an eigenvector is an
  eigenvector). 1 case.
- qammunity.org 6338304 (an answerer's "A few ways to express this is: 4(cos(π/2)+sin(π/2)i),
  4cis(π/2), 4e^{iπ/2} ... Choose the notation your class is using"; the forms survive as image
  alt texts). 2 cases.
- proofwiki.org "Roots of Complex Number/Examples/Cube Roots of -11-2i/Mistake" (Spiegel,
  Complex Variables, supplementary problem 99: the book's "Ans." set against the page's "The
  correct solution is" set). 1 case.
- questioncove.com 511b9869e4b03d9dd0c38baf (OpenStudy copy: "e^{-i(π/3)} Which is really just
  the same as e^{i(-π/3)}"; the asker's "e^-i(pi/3)=cos (-pi/3)+i sin (-pi/3)" answered "Nicely
  done"). 2 cases.

13 cases in all (1 False).

Left out, by rule: on questioncove 511b9869 the later exchange "final answer as 1/2+isqrt(3)/2 ?"
- "Yeah, I'm afraid so" (the helper's agreement is wrong: e^{-iπ/3} = 1/2 - i√3/2, so the pair is
not transcribed with the page's verdict, nor against it); on the ProofWiki page the single roots
are not paired one by one (the page settles only the set); on imathworks "Can eigenvectors be
scaled" the stated matrix does not have the asker's vectors as eigenvectors, so only the
scaling equivalence the answer proves is used; forms whose degree sign or π the conversion turned
into a letter (home.windstream.net / home.alltel.net okrebs page116 chapter-11 practice-test key:
"(5, 435o)", "(4, 11p/4)", "7.5 cis 270o").

Examined and not used: pages already used by earlier sets (mathhelpforum 150432, physicsforums
610227 and 631326 and 72135, math.techqa.club 2767115, 2915677, 4824138, imathworks
math-finding-the-basis-of-an-eigenspace, ARQMath 16020_2011, scribd 508159456 "Complex No. Mark
Schemes", forums.overclockers 17788644, forums.anandtech 267778, mathhelpforum 209150, the
reddit copy eqwtsd); pages with no settling reply in the stored excerpt (physicsforums 179103,
mathhelpforum 189605 and 39439, questioncove 53d80c13, thestudentroom 1603794); imathworks
help-finding-eigenvectors (the answer relabels the eigenvalues, so the book's and the asker's
vectors are not compared); thestudentroom 3145149 (the mark scheme's alternatives are moduli and
arguments of intermediate numbers, not answers); openstudy 5101fbb0 (the two stored copies differ
in their minus signs); wrean.ca math251 textbook corrections (the book's vectors are only
described); askanewquestion 1740567 and 1815428 (no pair of answers, or a rounded angle only);
yzeeed.com (its "(2, 120°)" is wrong for the point it names); web2.0calc pages (answers with
wrong values and no reply); huggingface.co Nemotron-CC-Math pages (LLM-rewritten copies);
algebra.com and jiskha.com (heavily used, per the brief); AI-generated solution sites
(questionai.com, gauthmath.com, smartsolve.ai, edu.com, math-gpt.org, math.bot).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IM = "imathworks.com"
IM_MATLAB = (
    "https://imathworks.com/matlab/matlab-eigenvalues-and-eigenvectors-different-solution-"
    "between-matlab-and-book-could-you-please-help-me-to-solve-this"
)
IM_BOOK = "https://imathworks.com/math/math-calculating-eigenvectors-is-the-book-wrong"
IM_SCALED = "https://imathworks.com/math/can-eigenvectors-be-scaled-and-still-be-eigenvectors"
TQ = "math.techqa.club"
TQ_3781986 = "https://math.techqa.club/is-this-answer-on-eigenvector-diagonalisation-wrong-3781986"
TQ_3456797 = (
    "https://math.techqa.club/is-it-acceptable-to-have-a-fraction-in-an-eigenvector-3456797"
)
QM = "qammunity.org"
QM_6338304 = "https://qammunity.org/6338304"
PW = "proofwiki.org"
PW_CUBE = "https://proofwiki.org/wiki/Roots_of_Complex_Number/Examples/Cube_Roots_of_-11-2i/Mistake"
QC = "questioncove.com"
QC_511B = "https://questioncove.com/updates/511b9869e4b03d9dd0c38baf"

CASES = [
    # imathworks (MATLAB Answers mirror): book eigenvectors against MATLAB's unit vectors
    _c(
        IM,
        IM_MATLAB,
        gold=r"[2; -1]",
        pred=r"[-.8944; .4472]",
        wrap=True,
        expected=True,
        why="accepted answer: book [2; -1], Matlab [-.8944; .4472] 'differ only by an overall "
        "multiplicative constant'",
    ),
    _c(
        IM,
        IM_MATLAB,
        gold=r"[1; 2]",
        pred=r"[.4472; .8944]",
        wrap=True,
        expected=True,
        why="accepted answer: 'for eigenvalue 5, [1; 2] and [.4472; .8944] differ only by an "
        "overall multiplicative constant'",
    ),
    # imathworks "Calculating Eigenvectors: Is the book wrong"
    _c(
        IM,
        IM_BOOK,
        gold=r"(0.54 , 0.84)^T",
        pred=r"(0.646586,1)",
        wrap=True,
        expected=True,
        why="best answer: 'TLDR: The answers are the same. The vectors (0.646586,1) and "
        "(0.54,0.84) go in (almost) the same direction' (rounding only)",
    ),
    # imathworks "Can eigenvectors be scaled and still be eigenvectors" (display matrices on one line)
    _c(
        IM,
        IM_SCALED,
        gold=r"\begin{bmatrix} -\frac{2}{3}\\ 1 \end{bmatrix}",
        pred=r"\begin{bmatrix} -2\\ 3 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="'Are both eigenvectors for v_1 correct?' best answer: cv = x is also an eigenvector "
        "for any constant c ≠ 0",
    ),
    _c(
        IM,
        IM_SCALED,
        gold=r"\begin{bmatrix} -\frac{2}{3}\\ 1 \end{bmatrix}",
        pred=r"\begin{bmatrix} -44444\\ 66666 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="asker: '[-44444, 66666] is just as correct'; best answer: cv is an eigenvector for "
        "every c ≠ 0",
    ),
    # math.techqa.club 3781986 (MIT OCW 18.06 key)
    _c(
        TQ,
        TQ_3781986,
        gold=r"(1,-1)",
        pred=r"(-1,1)",
        wrap=True,
        expected=True,
        why="best answer: 'It doesn't matter. (1,-1) is as good an eigenvector as (-1,1) or "
        "(3,-3) are.'",
    ),
    _c(
        TQ,
        TQ_3781986,
        gold=r"(1,-1)",
        pred=r"(3,-3)",
        wrap=True,
        expected=True,
        why="best answer: '(1,-1) is as good an eigenvector as (-1,1) or (3,-3) are.'",
    ),
    # math.techqa.club 3456797: fraction in an eigenvector
    _c(
        TQ,
        TQ_3456797,
        gold=r"\begin{bmatrix}1\\2 \end{bmatrix}",
        pred=r"\begin{bmatrix}1/2\\1 \end{bmatrix}",
        wrap=True,
        expected=True,
        why="correct answer [1, 2], asker's [1/2, 1]; answer: w = αv with α ≠ 0 is another "
        "eigenvector for the same eigenvalue",
    ),
    # qammunity 6338304: one number in three notations (image alt texts)
    _c(
        QM,
        QM_6338304,
        gold=r"4(\cos((\pi)/(2))+\sin((\pi)/(2))i)",
        pred=r"4cis((\pi)/(2))",
        wrap=True,
        expected=True,
        why="'A few ways to express this is: ... Choose the notation your class is using.'",
    ),
    _c(
        QM,
        QM_6338304,
        gold=r"4(\cos((\pi)/(2))+\sin((\pi)/(2))i)",
        pred=r"4e^{i(\pi)/(2)}",
        wrap=True,
        expected=True,
        why="'A few ways to express this is: ... Choose the notation your class is using.'",
    ),
    # proofwiki errata: Spiegel's cube roots of -11 - 2i
    _c(
        PW,
        PW_CUBE,
        gold=r"\set {1 + 2 i, -\dfrac 1 2 + \sqrt 3 + \paren {-1 - \dfrac {\sqrt 3} 2} i, "
        r"-\dfrac 1 2 - \sqrt 3 + \paren {-1 + \dfrac {\sqrt 3} 2} i}",
        pred=r"1 + 2 i, \dfrac 1 2 - \sqrt 3 + \paren {1 + \dfrac {\sqrt 3} 2} i, "
        r"-\dfrac 1 2 - \sqrt 3 + \paren {\dfrac {\sqrt 3} 2 - 1} i",
        wrap=True,
        expected=False,
        why="'Mistake ... Ans. ...' (the book's set) against 'Correction: The correct solution "
        "is: ...'",
    ),
    # questioncove (OpenStudy copy) 511b9869: e^{-i pi/3}
    _c(
        QC,
        QC_511B,
        gold=r"e^{-i\left(\frac{\pi}{3} \right)}",
        pred=r"e^{i\left(-\frac{\pi}{3} \right)}",
        wrap=True,
        expected=True,
        why="helper: 'Well, you have e^{-i(π/3)} Which is really just the same as e^{i(-π/3)}' "
        "(\\huge dropped)",
    ),
    _c(
        QC,
        QC_511B,
        gold=r"e^{-i\left(\frac{\pi}{3} \right)}",
        pred=r"cos (-pi/3)+i sin (-pi/3)",
        wrap=True,
        expected=True,
        why="asker: 'so it means that: e^-i(pi/3)=cos (-pi/3)+i sin (-pi/3)'; helper: 'Nicely "
        "done :)'",
    ),
]

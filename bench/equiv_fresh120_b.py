r"""A hundred-and-twentieth fresh set of answer-equivalence cases (evaluation only; helper "b":
integral transforms and their inverses settled by a person -- Laplace transforms (\frac{2}{s(s^2+4)}
against \frac{1}{2s}-\frac{s}{2(s^2+4)}, Gamma forms against \sqrt{\pi} forms, a dropped
coefficient or sign), inverse Laplace transforms (2e^t \sinh 3t against e^{4t} - e^{-2t},
\frac{1}{4}e^{t}\sinh{t} against -\frac{1}{8}+\frac{1}{8}e^{2t}, e^{-3t}(2\cos 2t-3\sin 2t) against
complex exponentials, shifted forms with the unit step written u_1(t), \mathcal{U}(t-\pi),
\mathcal{H}(t-4), H(t-a) or Heaviside, impulses δ(t-a) and δ'(t)), Fourier transforms and series
coefficients where the page fixes the convention (\sqrt{\frac 2\pi} \frac a{a^2 + s^2} against
\frac 1{(2\pi)^{1/2}} \frac{2a}{a^2 + s^2}, (-1)^{n+1}\frac{2}n against -\frac2n\cos n\pi),
z-transforms and difference equations (\frac{Z}{Z-1}), convolution results, and CAS output
(SymPy, Mathematica, Wolfram Alpha) compared with hand or book answers -- where a textbook key, a
course answer sheet, a multiple-choice key, a Q&A answerer, a CAS check or a maintainer says two
forms are the same answer, or refuses one).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool) and from
GitHub issue threads (the ``issues`` corpus); no code or other corpus was used. No earlier set used
them: each URL or page id, and domain plus a distinctive part of its path, was grepped in bench/ and
checked against every /work/wt/fresh*_claims/claims.txt, and each page was claimed in
/work/wt/fresh117_claims/claims.txt before use (pages on a domain an earlier set used, such as
math.techqa.club, kiwix.lukehooper.xyz, wiki.rmanhart.org, edshare.soton.ac.uk or testbook.com, are
other pages than the ones used there). Each case gives the reference answer (``gold``: the form the
page gives as its answer, or the first form it gives), the prediction (``pred``: another form the
page equates with it, or a form the page refuses; always a bare answer to be put in ``\boxed{}``,
so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. For a web page ``repo`` is the domain of the stored copy and ``where`` its
full URL; for an issue thread ``repo`` is owner/name and ``where`` is ``issues/N`` (issue thread, no
licence file applies); every web page has no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh120_b2.py and bench/equiv_fresh120_b3.py (same rules; their sources are listed
below too).

Collected as the second helper of fresh117 (claimed in /work/wt/fresh117_claims/claims.txt),
it came back after fresh117 had been committed and run; the project renamed its files to
fresh120 (unchanged otherwise) and ran it once as a set of its own.

Transcription: strings are copied as the stored page shows them, LaTeX kept as LaTeX with the page's
own macros and spacing (proofwiki's "\paren", "\map \Gamma" and "\dfrac \pi s", soton's "\over",
techqa's "\frac32", "s^\frac {5}{2}" and capital "S", mathhelpforum's "\;", testbook's
"{{\rm{e}}^{-2{\rm{t}}}}{\rm{\;Sin\;}}" and "\frac{{Z }}{{Z - 1}}"), CAS and plain-text forms kept
as printed (SymPy's "(25 - s**2)/(s**4 + 50*s**2 + 625)", "δ'(t)" and "Piecewise((pi**2, Eq(k,
0)), ...)", Mathematica's "2 E^t + 3/4 I E^((-1 - 2 I) t) (-1 + E^(4 I t))", mcqslearn's
"1/(b-a)(e^{−at}−e^{−bt})" and "7t^{3}/2e^{-√2 t}", physicsforums' "3sin(3t - 12)"), and the Unicode
minus signs U+2212 of techqa 1896862 and 3998189 and of mcqslearn kept. Inline and display dollar
signs, "\color{red}{...}" wrappers around a whole answer, alignment marks "&", trailing "~." and
line breaks "\\", and a lead-in such as "f(t) =", "F(s)=", "\displaystyle f(t)=" or "\rm f(t)=" are
dropped; a line break inside a formula is read as a space; SymPy issue text escaped for markdown
("pi\*exp(...)") is read as rendered ("pi*exp(...)"). Where a page writes "A = B = C" for one
computation, the value it reaches (C) is the gold and each earlier form a True case, unless the page
names a book or expected answer, which is then the gold; for a CAS bug report the value the reporter
or maintainer says is right is the gold and the program's output the pred; for a multiple-choice
key the keyed choice is the gold and each other choice shown a False case (difference equations of
testbook's question keep their "y(n) =", being equations). Readings, each noted in ``why``: a form
the page's own derivation replaces by a different value is refused (techqa 1896862's stated
2/(s^2+4), mathhelpforum 38424's asker form, techqa 1340283's cos form); kiwix 700643's "agrees
with (2)" is read as accepting the asker's series; sympy 8977's two Gaussians differ by the
convention the maintainer names, the question being SymPy's fourier_transform; the Fourier
coefficient pairs hold for integer n, as the pages take n.

Sources (domain or repository, URL or issue, what is settled; all web pages, no licence file; all
issue threads, no licence file applies):

- math.techqa.club 2575590 "Can an Inverse Laplace transform have 2 different answers?" ("Hence,
  $$2e^t \sinh 3t = e^{4t} - e^{-2t}$$"; "both the Laplace and the inverse transform is unique").
  2 cases.
- math.techqa.club 334453 (book "\frac{1}{4}e^{t}\sinh{t}" against the asker's partial fractions:
  "So both the book and you are correct."). 3 cases.
- math.techqa.club 1340283 (back-of-book "u_1(t)e^{2(t-1)}\cosh(t-1)"; the answer completes the
  square as "(s-2)^2-1^2" and reaches "\mathcal{U}_1(t)e^{2(t-1)}\cosh{(t-1)}"). 2 cases (1 False).
- mathhelpforum.com 151044 ("I believe your mistake is your last step where you pulled out a 1/2
  when you should've pulled out a 2"). 1 case (1 False).
- mathhelpforum.com 204846 ("Your answer is right:" with the chain of forms). 1 case.
- math.techqa.club 1896862 (L{sin^2 t}: "=\frac{1}{2s}−\frac{s}{2(s^2+4)}-0=\frac{2}{s(s^2+4)}"
  against the exercise's "2/(s^2+4)"). 2 cases (1 False).
- www.physicsforums.com 895666 ("My professor got ... EDIT: Wow I get it now ... stupid mistake").
  1 case (1 False).
- mathhelpforum.com 176671 ("Isn't sin(t - Pi) = -sin(t)?"; "Yep"). 1 case.
- math.techqa.club 1149411 (the answer's complex-exponential form "=" its real form; MATLAB's
  missing term). 2 cases (1 False).
- mathhelpforum.com 38424 (L{e^{-t}u(t-1)}: "I dont think it is 1/s", derivation to
  "\frac{e^{-s-1}}{s+1}"). 2 cases (2 False).
- math.techqa.club 1472098 ("But the correct solution should be $\sin(t)/2 - t\cos(t)/2$"; the
  answer corrects the residue). 1 case (1 False).
- math.techqa.club 3998189 ("See Wikipedia for the definition of $\sinh(t)$"). 1 case.

Sources of bench/equiv_fresh120_b2.py:

- imathworks.com "How to compute Inverse Laplace transform using Convolution" ("What have I done
  wrong? The answer in my book is $\frac{t}{2a} \sin(at)$"). 1 case (1 False).
- edshare.soton.ac.uk document 7983 (Southampton answer sheet: "={24 \over {s^5}}+{4 \over
  {s^3}}+{1 \over s} ={{24+4s^2+s^4} \over {s^5}}"). 1 case.
- math.techqa.club 3952825 ("my texbook and this answer says that the correct answer is ...";
  the answer's Gamma(n+1) chain). 3 cases (1 False).
- proofwiki.org "Laplace Transform of Reciprocal of Square Root" (the proof chain from
  "\dfrac {\map \Gamma {1 / 2} } {s^{1 / 2} }" to "\sqrt {\dfrac \pi s}"). 2 cases.
- math.techqa.club 2729678 ("We know that : ... =\frac{\Gamma (\frac{1}{2}+1)}{S^{\frac{1}{2}+1}}
  =\frac{\sqrt{\pi }/2}{S^{\frac{3}{2}}}"). 1 case.
- proofwiki.org "Laplace Transform of Hyperbolic Cosine/Proof 3" (the proof's "\paren" forms
  ending in "\frac s {s^2 - a^2}"). 2 cases.
- mathematica.stackexchange.com 81302 ("They are the same answer: ... // Simplify (* True *)";
  "Mathematica's Apart command returned the same answer"). 4 cases.
- math.techqa.club 1354446 (L{sinh t sin t}: "A factor of $\frac{1}{2}$ is missing"). 2 cases (2
  False).
- math.techqa.club 918196 (a_n of 2(1-x^2) on [-1,1): "The minus sign is absorbed by
  $(-1)^{n+1}$"). 2 cases.
- kiwix.lukehooper.xyz math.stackexchange 700643 (b_n of x on [-\pi,\pi]: "=-\frac2n\cos
  n\pi=(-1)^{n+1}\frac{2}n"; "Since your computation agrees with $(2)$"). 2 cases.
- wiki.rmanhart.org math.stackexchange 1794925 (b_n of a triangle wave: "Does it check out when
  $n = 2$? ... no way the $\pi$ in front of cosine will be cancelled"). 1 case (1 False).
- math.techqa.club 1225222 (Fourier transform of e^{-a|x|}, convention \frac 1{(2\pi)^{1/2}} and
  \exp(-isx) written out; "You missed half of the fourier integral"). 3 cases (1 False).
- math.techqa.club 1710866 (Fourier transform of 1/(x^2+a^2), convention
  \frac{1}{\sqrt{2\pi}}\int ... e^{-ikx}: "The answer given to me says however ..."). 2 cases (1
  False).

Sources of bench/equiv_fresh120_b3.py:

- sympy/sympy issues/24294 ("I would expect `L(2 * sin(t) * u(t))` to be `2/(s**2 + 1)`, but
  `laplace_transform` outputs `1/(s**2 + 1)`"). 1 case (1 False).
- sympy/sympy issues/7219 ("looks like this was a bug in the last release (1.11.1) but fixed in
  master"; "Yes, we fixed this in #24296"). 1 case (1 False).
- sympy/sympy issues/21372 ("The former should just be `1`"; "should just be `-a/(a + s) + 1`").
  2 cases (2 False).
- sympy/sympy issues/23360 ("returns `s*LaplaceTransform(y(t), t, s) - y(0)`, instead of
  `a*s*LaplaceTransform(y(t), t, s) - a*y(0)`"). 1 case (1 False).
- sympy/sympy issues/18136 (Fourier transform of 1/(1+x^2): "That is a bug ... without
  `Abs`"). 1 case (1 False).
- sympy/sympy issues/8977 ("W1 is not equal to W2, which is correct."). 1 case (1 False).
- sympy/sympy issues/14326 ("calling *.evalf()* on the result yields the desired output").
  1 case.
- sympy/sympy issues/26775 ("expected result: [δ(t), δ'(t), δ''(t), δ'''(t)]"; "this is indeed
  incorrect"). 3 cases (3 False).
- sympy/sympy issues/12557 ("It should be Piecewise((pi**2, Eq(k, 0)), (2*((-1)**k - 1)/k**2,
  True))"). 1 case (1 False).
- testbook.com "mcq-on-z-transform-of-standard-signals" (question 1 "Hence the correct answer is
  option 2"; question 2 "Option 2 : \frac{{Z }}{{Z - 1}}"). 7 cases (7 False).
- testbook.com "mcq-on-laplace-transform" (question 1 "Option 1 : \rm
  f(t)=\frac{1}{2}e^{-2t}\sin 2t" and its detailed solution's final form). 4 cases (3 False).
- mcqslearn.com advance engineering mathematics quiz 8 (MCQ 36 key "c", MCQ 39 key "a"). 6 cases
  (6 False).
- gtu-mcq.com Mathematics-II (3110015) MCQs 11-20 (question 13 "Answer: Option (c)" =
  "δ(t-a)"). 3 cases (3 False).

77 cases in all (45 False): 19 here (8 False), 26 in bench/equiv_fresh120_b2.py (7 False), 32 in
bench/equiv_fresh120_b3.py (30 False).

Left out, by rule: physicsforums 946384 (8cosh(2t)-2sinh(2t) against the instructor's
3e^(2t)+5e(-2t): the helper only says "Just expand sinh and cosh in terms of exp and see what you
get", and "5e(-2t)" is garbled); sympy 26517 (SymPy's "29.9999999999999*Heaviside(t) - ..."
against Wolfram Alpha's "10. - ...": the stored thread stops before anyone settles it); sympy 10840
(L{DiracDelta} 1 against 1/2, disputed on the page); sympy 25352 and 25796 and gnu-octave/symbolic
1295 (the right forms only as 2-D pretty-printed output or exponents split over lines); math.techqa
1572668, 1137152, 1557532, 2182004 and physicsforums 530924, 102022, 405655 (the book's or the
asker's form stated, but the stored text stops before anyone settles it); math.techqa 2204205 (the
answerer's b_n contradicts the textbook's, a disputed page); math.techqa 4500223 (two equal forms
of L{cos^2 at}, no answer stored); math.techqa 849725 ("I can't promise that my conventions for
$\mathcal F$ agree with yours", convention not fixed); projectrhea ECE438 rect/sinc practice
("sinc(f)" not defined on the stored page); physicsforums 384968 (subscripts of "u_{pi}" lost in
one copy, and no equivalence stated); mathhelpforum 158502 ("they are in effect the same aren't
they?", a question); physicsforums "Can (1-cos(npi))=(-1)^(n+1)?" (stored under the bare address
https://physicsforums.com, not a citable page); gtu-mcq questions 11, 12, 15-20 and the testbook
mirror at guacandrollcantina.com (fractions flattened by the text conversion, "3cos 3t+43sin 3t");
mcqslearn's flattened copy of the same quiz ("4e−at−3e−bt"); single-form answers (math.techqa
3898415, 2494735, 3950892, 823717; imathworks s^{-2}(s^2+1)^{-1}; edshare.soton 6047; wyzant 166623;
mathhelpforum 144276 and 159065; homeworksource 1030615; intmath; ask.sagemath 8908; symja 941;
community.wolfram 2323534); testbook's z-transform and Laplace questions beyond those used
(initial-value question with bare numbers 0, 1, 2, 3).

Examined and not used: studyx.ai, gauthmath, math-gpt.org, mathgpt.today, gr.inc, questionai,
smartsolve.ai, studdyai.com, atlas.org, askfilo, gaviki.com, cdquestions.com, edu.com homework
helper, plainmath, t4tutorials, pharmacyfreak, nec-license gitbook, openknowledgegraph, vaia and the
Nemotron-CC-Math pages on huggingface (machine-written or generated-looking pages); mcqoptions
(generated quiz whose key "C" is itself wrong); bartleby, transtutors and answersarena (answers
hidden); the Schaum's outline pages at universitaspertamina and issuhub (OCR with the fractions run
together); ironworksforum (a joke thread, disputed); sympy PRs 24312, 24579, 24847, 28726 and 24985
and alkahest PRs (implementation discussion, no answer pair settled); sympy 8368, 24309, 8227 and
nerdamer issues (one form, or the wrong one only in an image); math.techqa 870460 (the answer
corrects only a partial-fraction step); math.techqa 2550033 (the answer changes the question).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQC = "math.techqa.club"
MHF = "mathhelpforum.com"
PF = "www.physicsforums.com"
TQC_2575590 = (
    "https://math.techqa.club/can-an-inverse-laplace-transform-have-2-different-answers-2575590"
)
TQC_334453 = "https://math.techqa.club/find-the-inverse-laplace-transform-of-the-function-334453"
TQC_1340283 = (
    "https://math.techqa.club/inverse-laplace-transform-and-the-unit-step-function-1340283"
)
MHF_151044 = "http://mathhelpforum.com/differential-equations/151044-help-inverse-laplace.html"
MHF_204846 = "http://mathhelpforum.com/calculus/204846-laplace-please-help.html"
TQC_1896862 = "https://math.techqa.club/what-is-the-laplace-transform-of-sin-2-t-1896862"
PF_895666 = "https://www.physicsforums.com/threads/inverse-laplace-help.895666/"
MHF_176671 = (
    "http://mathhelpforum.com/differential-equations/176671-laplacian-inverse-calculation.html"
)
TQC_1149411 = "https://math.techqa.club/need-guidance-with-inverse-laplace-transform-1149411"
MHF_38424 = "http://mathhelpforum.com/calculus/38424-laplace-transformation.html"
TQC_1472098 = "https://math.techqa.club/taking-inverse-laplace-transform-of-frac-1-s-2-1-2-using-residues-something-s-wrong-1472098"
TQC_3998189 = "https://math.techqa.club/time-function-of-laplace-tranform-f-s-frac-1-s-2-1-3998189"

CASES = [
    # techqa 2575590: inverse transform of 6/(s^2-2s-8), the asker's sinh form against the
    # textbook's
    _c(
        TQC,
        TQC_2575590,
        gold=r"e^{4t} - e^{-2t}",
        pred=r"2e^t \sinh 3t",
        wrap=True,
        expected=True,
        why=(
            "'Note that $$\\sinh 3t = \\frac{e^{3t}-e^{-3t}}{2}$$ Hence, $$2e^t \\sinh 3t = "
            "e^{4t} - e^{-2t}$$' (the textbook's partial-fraction answer is $e^{4t} - "
            "e^{-2t}$)"
        ),
    ),
    _c(
        TQC,
        TQC_2575590,
        gold=r"e^{4t} - e^{-2t}",
        pred=r"e^t 2\sinh 3t",
        wrap=True,
        expected=True,
        why=(
            "'by definition $e^t 2\\sinh 3t = e^t 2(e^{3t}-e^{-3t})/2 = e^{4t}-e^{-2t}$'; "
            "'both the Laplace and the inverse transform is unique'"
        ),
    ),
    # techqa 334453: inverse transform of 1/(4s^2-8s), book's sinh form against partial fractions
    _c(
        TQC,
        TQC_334453,
        gold=r"\displaystyle \frac{1}{4}e^{t}\sinh{t}",
        pred=r"-\frac{1}{8}+\frac{1}{8}e^{2t}",
        wrap=True,
        expected=True,
        why=(
            "book '\\frac{1}{4}e^{t}\\sinh{t}', asker 'f(t)=-\\frac{1}{8}+\\frac{1}{8}e^{2t}' "
            "(lead-in '\\displaystyle f(t)=' dropped); 'So both the book and you are correct.'"
        ),
    ),
    _c(
        TQC,
        TQC_334453,
        gold=r"\displaystyle \frac{1}{4}e^{t}\sinh{t}",
        pred=r"\frac{e^{2t}}{8} -\frac{1}{8}",
        wrap=True,
        expected=True,
        why=(
            "'\\frac{1}{4}e^{t}\\sinh{(t)} = ... = \\frac{e^{2t}}{8} -\\frac{1}{8}' (trailing "
            "line break dropped); 'So both the book and you are correct.'"
        ),
    ),
    _c(
        TQC,
        TQC_334453,
        gold=r"\displaystyle \frac{1}{4}e^{t}\sinh{t}",
        pred=r"\frac{1}{4}e^{t}\left(\frac{e^t - e^{-t}}{2}\right)",
        wrap=True,
        expected=True,
        why=(
            "'\\frac{1}{4}e^{t}\\sinh{(t)} = \\frac{1}{4}e^{t}\\left(\\frac{e^t - "
            "e^{-t}}{2}\\right)= \\frac{e^{2t}}{8} -\\frac{1}{8}'"
        ),
    ),
    # techqa 1340283: (s-2)e^{-s}/(s^2-4s+3), the unit step written u_1(t) and \mathcal{U}_1(t)
    _c(
        TQC,
        TQC_1340283,
        gold=r"u_1(t)e^{2(t-1)}\cosh(t-1)",
        pred=r"\mathcal{U}_1(t)e^{2(t-1)}\cosh{(t-1)}",
        wrap=True,
        expected=True,
        why=(
            "book 'f(t) = u_1(t)e^{2(t-1)}\\cosh(t-1)'; the answer inverts the same F(s) and "
            "reaches '\\mathcal{U}_1(t)e^{2(t-1)}\\cosh{(t-1)}' (both with lead-in 'f(t) =' or "
            "'... =' dropped)"
        ),
    ),
    _c(
        TQC,
        TQC_1340283,
        gold=r"u_1(t)e^{2(t-1)}\cosh(t-1)",
        pred=r"u_1(t)e^{2(t-1)}\cos{(\sqrt3t-\sqrt3)}",
        wrap=True,
        expected=False,
        why=(
            "asker completed the square as '(s-2)^2+3'; the answer: "
            "'\\frac{(s-2)e^{-s}}{(s-2)^2-1^2}' ... 'e^{2t}\\cosh{t}', so the book's cosh form "
            "is the answer and the cos form is not"
        ),
    ),
    # mathhelpforum 151044: inverse transform of 3/(4s^2-9)
    _c(
        MHF,
        MHF_151044,
        gold=r"\frac12\cdot\sinh\left(\frac{3t}{2}\right)",
        pred=r"(1/8)sinh(3t/2)",
        wrap=True,
        expected=False,
        why=(
            "'Thus ... = \\frac12\\cdot\\sinh\\left(\\frac{3t}{2}\\right)'; 'I believe your mistake "
            "is your last step where you pulled out a 1/2 when you should've pulled out a "
            "2.'; asker: 'ok, that makes sense.'"
        ),
    ),
    # mathhelpforum 204846: L{sin^2 2t}
    _c(
        MHF,
        MHF_204846,
        gold=r"\frac{1}{2s}-\dfrac{s}{2s^2+32}",
        pred=r"\frac{1}{2}\;\frac{1}{s}-\frac{1}{2}\frac{s}{s^2+16}",
        wrap=True,
        expected=True,
        why=(
            "'Your answer is right: ... "
            "&=\\frac{1}{2}\\;\\frac{1}{s}-\\frac{1}{2}\\frac{s}{s^2+16}\\\\&=\\frac{1}{2s}-\\dfrac{s}{2s^2+32}' "
            "(alignment marks dropped)"
        ),
    ),
    # techqa 1896862: L{sin^2 t}; the exercise's stated value is refused by the derivation
    _c(
        TQC,
        TQC_1896862,
        gold=r"\frac{2}{s(s^2+4)}",
        pred=r"\frac{1}{2s}−\frac{s}{2(s^2+4)}",
        wrap=True,
        expected=True,
        why=(
            "'L(\\sin^2(t))=L(f^{'}(t))=sF(s)-f(0)=\\frac{1}{2s}−\\frac{s}{2(s^2+4)}-0=\\frac{2}{s(s^2+4)}' "
            "(the page's minus sign U+2212 kept)"
        ),
    ),
    _c(
        TQC,
        TQC_1896862,
        gold=r"\frac{2}{s(s^2+4)}",
        pred=r"2/(s^2+4)",
        wrap=True,
        expected=False,
        why=(
            "asker: 'show that $L(\\sin^{2}(t))=2/(s^2+4)$ ... is the question wrong?'; the "
            "answer derives '\\frac{2}{s(s^2+4)}' ('Check the final result here.'), a "
            "different value"
        ),
    ),
    # physicsforums 895666: inverse transform of s^2 e^{-4s}/(s^2+9)
    _c(
        PF,
        PF_895666,
        gold=r"\delta(t - 4) - 3sin(3t - 12)\mathcal{H}(t-4)",
        pred=r"cos(3t-12)\mathcal{H}(t-4)",
        wrap=True,
        expected=False,
        why=(
            "'I do not understand why this is incorrect. My professor got $$f(t) = \\delta(t - "
            "4) - 3sin(3t - 12)\\mathcal{H}(t-4)$$'; 'EDIT: Wow I get it now ... stupid "
            "mistake' (lead-ins 'f(t) =' dropped)"
        ),
    ),
    # mathhelpforum 176671: inverse transform of e^{-pi s}/(s^2+1), shifted sine against the
    # book's -sin t
    _c(
        MHF,
        MHF_176671,
        gold=r"-\sin t \mathcal{U}(t-\pi)",
        pred=r"\sin(t-\pi) \mathcal{U}(t-\pi)",
        wrap=True,
        expected=True,
        why=(
            "'My book says it's $-\\sin t \\mathcal{U}(t-\\pi)$'; 'Isn't sin(t - Pi) = "
            "-sin(t)?'; 'Yep, just didn't see it'"
        ),
    ),
    # techqa 1149411: inverse transform of 2s/(s^2+6s+13)
    _c(
        TQC,
        TQC_1149411,
        gold=r"e^{-3t}\left(2\cos(2t)-3\sin(2t)\right)",
        pred=r"2\mathrm{e}^{-3t}\cos(2t)",
        wrap=True,
        expected=False,
        why=(
            "'I've managed to get $2\\mathrm{e}^{-3t}\\cos(2t)$ ... but according to matlab "
            "there's one more term'; the answer reaches "
            "'e^{-3t}\\left(2\\cos(2t)-3\\sin(2t)\\right)' (its \\color{red}{...} wrapper dropped)"
        ),
    ),
    _c(
        TQC,
        TQC_1149411,
        gold=r"e^{-3t}\left(2\cos(2t)-3\sin(2t)\right)",
        pred=r"\left(1-\frac{3}{2}i\right)e^{-(3+2i)t}+\left(1+\frac{3}{2}i\right)e^{-(3-2i)t}",
        wrap=True,
        expected=True,
        why="'&=&\\left(1-\\frac{3}{2}i\\right)e^{-(3+2i)t}+\\left(1+\\frac{3}{2}i\\right)e^{-(3-2i)t}\\\\&=&\\color{red}{e^{-3t}\\left(2\\cos(2t)-3\\sin(2t)\\right)}'",
    ),
    # mathhelpforum 38424: L{e^{-t} u(t-1)}; the helper refuses the book's 1/s and derives another
    # value
    _c(
        MHF,
        MHF_38424,
        gold=r"\frac{e^{-s-1}}{s+1}",
        pred=r"\frac{1}{s}",
        wrap=True,
        expected=False,
        why=(
            "'Book's answer $\\frac{1}{s}$'; reply: 'I dont think it is $\\frac1{s}$' and from "
            "the definition 'X(s) = ... = \\frac{e^{-s-1}}{s+1}'"
        ),
    ),
    _c(
        MHF,
        MHF_38424,
        gold=r"\frac{e^{-s-1}}{s+1}",
        pred=r"\frac{s-1}{e^{s+1}}",
        wrap=True,
        expected=False,
        why=(
            "'My answer $\\frac{s-1}{e^{s+1}}$'; the helper's derivation from the definition "
            "gives '\\frac{e^{-s-1}}{s+1}', a different value (reading: the asker's form is "
            "refused by the derivation)"
        ),
    ),
    # techqa 1472098: inverse transform of 1/(s^2+1)^2 by residues
    _c(
        TQC,
        TQC_1472098,
        gold=r"\sin(t)/2 - t\cos(t)/2",
        pred=r"-t\cos(t)/2",
        wrap=True,
        expected=False,
        why=(
            "'Combined we get ... = -t\\cos(t)/2 But the correct solution should be $\\sin(t)/2 "
            "- t\\cos(t)/2$ ... Where is my $\\sin(t)$ term?'; the answer corrects the residue "
            "('+\\dfrac{e^{it}}{4i}')"
        ),
    ),
    # techqa 3998189: inverse transform of 1/(s^2-1), sinh against the expected exponentials
    _c(
        TQC,
        TQC_3998189,
        gold=r"−0.5e^{−t} + 0.5e^t",
        pred=r"\sinh(t)",
        wrap=True,
        expected=True,
        why=(
            "'I ... wrote $\\sinh(t)$ ... But the expected answer is $f(t) = −0.5e^{−t} + "
            "0.5e^t$, why is that?'; best answer: 'See Wikipedia for the definition of "
            "$\\sinh(t)$ :$$\\sinh(t) = −0.5e^{−t} + 0.5e^t$$' (U+2212 minus signs kept)"
        ),
    ),
]

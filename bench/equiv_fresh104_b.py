r"""A hundred-and-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": answers
about limits (DNE, infinity, one-sided limits), asymptotes (equations of vertical, horizontal and
oblique asymptotes), piecewise functions and continuity -- where a mark scheme, a textbook's answer
or lesson, or a Q&A thread settles that another form of the answer is equal ("D.N.E." against "does
not exist", "y = 0" against "the x-axis", "x = \pm 2" against "x = 2 and x = -2") or that it is not
("2" for the asymptote "y=2", "p = 7" for "y = 7", both lines where only one is an asymptote)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files /work/wt/fresh*_claims/claims.txt of
earlier and parallel rounds; each page was claimed in /work/wt/fresh104_claims/claims.txt before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page gives as the same answer or accepts, or a form the page refuses; always a bare answer to be
put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("y=2" and "x=3" without spaces as
the scanned scheme prints them, "D.N.E." with its dots, "+∞" with its sign). Inline-math delimiters
(``$ $``, ``\( \)``) are dropped and the LaTeX inside kept ("x = - 2" as socratic's LaTeX spaces
it, "x = \pm 2"). A left side "k =" is dropped where the page's answer is the value (mycosmic
q/1415). The coursehero copy prints the parenthesised "(y-axis)" as "( y -axis)", with a space left
by the conversion of an italic y; the pred keeps that "y -axis". A question mark that ends the
asker's sentence on the gov.bd copy is dropped. The scribd scheme is a scan whose OCR garbles words
("yZ" for y=2, "just2", "equiaton"); its golds "y=2" and "x=3" are printed cleanly on the answer
line, and the refused bare values 2 and 3 are read from its notes. Readings, each noted in
``why``: where a scheme says an asymptote "must be an equation" (iitianacademy) or "Do not accept
just2 This must be an equiaton or a line" (scribd 491947093), the bare value is a refused pred;
where a page writes "A, or B, is a ... asymptote" (mathleaks) or "B, whose equation is A"
(gradesaver), A is the gold and B the pred; the gradesaver fill-in's sentence-initial article
"The" is dropped from "x-axis".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com 491947093 "Asymptote" (scanned mark scheme of a curve-sketching question, read
  through its OCR: "6 (a) ) y=2 ... x=3"; notes "B yZ only. Do not accept just2 This must be an
  equiaton or a line", "B x=3 only Do not accept just... '3. This must be an eguationot alin").
  2 cases (2 False).
- www.iitianacademy.com "ib-dp-maths-topic-2-5-vertical-and-horizontal-asymptotes-sl-paper-1" (IB
  markscheme for f(x) = p + 9/(x - q): horizontal asymptote "y = 7 (must be an equation, do not
  accept p = 7"). 2 cases (2 False).
- ly.shilpakalanarail.gov.bd "solving-for-vertical-asymptote-s.html" (a copy of a Q&A thread on
  f(x) = (x^2+x-12)/(x^2-9): the asker's "the vert asymptotes are x=3 and x= -3?", the answer's
  "there is only one value of x that makes the denominator equal to 0, and that is x = -3").
  1 case (False).
- www.coursehero.com file 6859134 "Infinity" (notes "LIMITS INVOLVING INFINITY": "Find an equation
  of a vertical asymptote of the curve y = ln x ... the line x = 0 ( y -axis) is a vertical
  asymptote"). 1 case.
- mathleaks.com "study/kb/misc/rational_functions_and_asymptotes" (for f(x) = 1/x: "y = 0, or the
  x-axis, is a horizontal asymptote"; "x = 0, or the y-axis, is a vertical asymptote"). 2 cases.
- www.gradesaver.com College Algebra (6th ed.), ch. 4 concept and vocabulary check p.451 no. 2
  (f(x) = b^x: "The x-axis, whose equation is [ y=0 ], is a [ horizontal ] asymptote"). 1 case.
- ib.mycosmic.dev q/1415 (IB 19N.1.SL.TZ0.T_14: "The equation of the vertical asymptote of the
  curve is x=k. Write down the value of k."; "k= 0 ... Note: Award (A1) for an answer of "x=0"").
  1 case.
- thetruthinlife.blogspot.com 2010/04 "Infinite Limits" (a blogger's informal proof: "why the limit
  of 1/x as x approaches 0 does not exist. lim (1/x) = D.N.E."; "lim (1/x) = +∞ x -->0+ (Martian
  translation alert #1: the limit of 1/x as x approaches 0 from the right is positive infinity.)").
  2 cases.
- socratic.org "how-to-find-the-vertical-asymptote-for-f-x-x-2-x-12-x-2-4" (F(x) =
  (x^2+x-12)/(x^2-4): "So the vertical asymptotes are x = 2 and x = - 2"; "Since the denominator is
  zero at x = \pm 2 and neither of these is a zero of the numerator, both are vertical
  asymptotes"). 1 case.

13 cases in all (5 False).

Left out, by rule: parts outside the topic (scribd 491947093's x-intercept "(2,0) Accept x=2");
single forms with nothing to pair (iitianacademy's "q = 3"; socratic's "y=0 is an asymptote" for
y = 2^x; gradesaver Calculus 10th ed. 1.5 no. 22 "Vertical asymptote at x=1 and at x=-1"; the IB
question bank's oblique asymptote "y=2x−9" and "y = 3 ... y = constant (other than 3) award
(A1)(A0)", which names no particular refused form); the blogger's left-hand limit, whose answer
the stored excerpt cuts off; forms the text conversion lost or stacked (a coursehero Math 121
sample quiz's "=-•" for −∞; "Calc for the Clueless" page 6, whose limits are images; the IB
question bank's "−32" and "6x+2" for −3/2 and 6/(x+2); a scanned "Asymtote graph solution" whose
intercepts are stacked fractions); hedged or disputed verdicts on ∞ against "does not exist"
(penjiapp's "technically the same thing", Khan Academy comments "We can (and often do) say that",
a math.techqa.club thread on lim 1/x^2 = ∞ where the answers call the notation "not entirely
standardized", ximera/mooculus's notes), and a thread whose asker may have meant a one-sided limit
(math.techqa.club 2510648, also used by an earlier set).

Examined and not used: hotmath.com "topics/asymptotes" (claimed; it names the axes as asymptotes
of y = 1/x but gives no equation to pair them with); coursehero 6962092 (a copy of Paul's notes
that pairs "the x-axis" with "y = 0", but an earlier set used the file); ib.mycosmic.dev q/1342,
q/526, q/674 and library.tis.today 799164/799165 (used by earlier sets); a.simonm.io (excluded by
rule); openknowledgegraph.com, calculusconcepts.com, gradora.ai, fiveable, stemcalculators.app,
use.as and parkcity's blog (likely machine-written); edu.com, questionai, gauthmath, mathix,
smartsolve, math.bot, vaia and the Brainly copies on mis.kyeop.go.ke and code.policylink.org (AI or
generated answers); hscscience.com.au (domain used by earlier sets); cuchizono.com's Math 115
notation page (interval notation, outside the topic); the Math141Spring2014 GitHub wiki (used by an
earlier set; it states no gold); wiki.ubc.ca, mathskey.com, varsitytutors, wikibooks'
Calculus/Limits/Solutions and moodlehub.ca (formulas lost in the stored text). The search budget
of the session ran out before the aimed-for 30 cases were found.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "www.scribd.com"
SCR_491 = "https://www.scribd.com/document/491947093/Asymptote"
IIT = "www.iitianacademy.com"
IIT_25 = "https://www.iitianacademy.com/ib-dp-maths-topic-2-5-vertical-and-horizontal-asymptotes-sl-paper-1/"
GOVBD = "ly.shilpakalanarail.gov.bd"
GOVBD_VA = "https://ly.shilpakalanarail.gov.bd/solving-for-vertical-asymptote-s.html"
CH = "www.coursehero.com"
CH_6859 = "https://www.coursehero.com/file/6859134/Infinity/"
ML = "mathleaks.com"
ML_RFA = "https://mathleaks.com/study/kb/misc/rational_functions_and_asymptotes"
GS = "www.gradesaver.com"
GS_CA451 = (
    "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-6th-edition/"
    "chapter-4-exponential-and-logarithmic-functions-concept-and-vocabulary-check-page-451/2"
)
MYC = "ib.mycosmic.dev"
MYC_1415 = "https://ib.mycosmic.dev/q/1415/"
TIL = "thetruthinlife.blogspot.com"
TIL_IL = "http://thetruthinlife.blogspot.com/2010/04/infinite-limits.html"
SOC = "socratic.org"
SOC_VA = "https://socratic.org/questions/how-to-find-the-vertical-asymptote-for-f-x-x-2-x-12-x-2-4"

CASES = [
    # scribd 491947093: scanned scheme; an asymptote must be given as the equation of a line
    # iitianacademy IB topic 2.5: horizontal asymptote must be an equation in x and y
    _c(
        IIT,
        IIT_25,
        gold=r"y = 7",
        pred=r"p = 7",
        wrap=True,
        expected=False,
        why="'y = 7 (must be an equation, do not accept p = 7' A1 N1",
    ),
    # gov.bd copy of a Q&A thread: the cancelled factor gives no asymptote
    _c(
        GOVBD,
        GOVBD_VA,
        gold=r"x = -3",
        pred=r"x=3 and x= -3",
        wrap=True,
        expected=False,
        why="asker: 'Doesn't that mean the vert asymptotes are x=3 and x= -3?'; answer: 'there is "
        "only one value of x that makes the denominator equal to 0, and that is x = -3'",
    ),
    # coursehero 6859134: vertical asymptote of y = ln x named as an equation and as an axis
    _c(
        CH,
        CH_6859,
        gold=r"x = 0",
        pred=r"y -axis",
        wrap=True,
        expected=True,
        why="'Since lim x 0 + ln x = -∞, the line x = 0 ( y -axis) is a vertical asymptote'",
    ),
    # mathleaks kb: asymptotes of f(x) = 1/x as equations and as the axes
    _c(
        ML,
        ML_RFA,
        gold=r"y = 0",
        pred=r"the x-axis",
        wrap=True,
        expected=True,
        why="'Therefore, y = 0, or the x-axis, is a horizontal asymptote of the graph of f.'",
    ),
    _c(
        ML,
        ML_RFA,
        gold=r"x = 0",
        pred=r"the y-axis",
        wrap=True,
        expected=True,
        why="'Therefore, x = 0, or the y-axis, is a vertical asymptote of the graph of f.'",
    ),
    # gradesaver College Algebra p.451 no. 2: horizontal asymptote of b^x
    _c(
        GS,
        GS_CA451,
        gold=r"y=0",
        pred=r"x-axis",
        wrap=True,
        expected=True,
        why="'The x-axis, whose equation is [ $y=0$ ], is a [ horizontal ] asymptote.'",
    ),
    # ib.mycosmic.dev q/1415: the value k of the asymptote x = k, or the equation itself
    _c(
        MYC,
        MYC_1415,
        gold=r"0",
        pred=r"x=0",
        wrap=True,
        expected=True,
        why="'k= 0 (A1) (C1) Note: Award (A1) for an answer of \"x=0\".'",
    ),
    # thetruthinlife blog: limits of 1/x at 0, in symbols and in words
    _c(
        TIL,
        TIL_IL,
        gold=r"D.N.E.",
        pred=r"does not exist",
        wrap=True,
        expected=True,
        why="'why the limit of 1/x as x approaches 0 does not exist. lim (1/x) = D.N.E. x -->0'",
    ),
    _c(
        TIL,
        TIL_IL,
        gold=r"+∞",
        pred=r"positive infinity",
        wrap=True,
        expected=True,
        why="'lim (1/x) = +∞ x -->0+ (Martian translation alert #1: the limit of 1/x as x "
        "approaches 0 from the right is positive infinity.)'",
    ),
    # socratic.org: two vertical asymptotes listed one by one and with a plus-minus sign
    _c(
        SOC,
        SOC_VA,
        gold=r"x = 2 and x = - 2",
        pred=r"x = \pm 2",
        wrap=True,
        expected=True,
        why="'So the vertical asymptotes are $x = 2$ and $x = - 2$'; 'Since the denominator is "
        "zero at $x = \\pm 2$ and neither of these is a zero of the numerator, both are vertical "
        "asymptotes.'",
    ),
]

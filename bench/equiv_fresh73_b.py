r"""A seventy-third fresh set of answer-equivalence cases (evaluation only; helper "b": contest
answer keys' errata and accepted alternative answers -- a quiz-bowl protest thread that settles
whether an unsimplified form of a computation answer is the same answer, a pupil's list of the
wrong keys in an olympiad practice book, the errata sheet of the Singapore Mathematical
Olympiad ten-year solution book, and an author's errata page whose solutions section printed
wrong answers -- where the page settles which form is the same answer and which is not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh73_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page says is wrong; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (spacing, "–" and "\ldots" kept;
the SMO errata's "b = 1897645" loses its left side "b ="). For an erratum "X should be Y" or
"Y instead of X", Y (the correction) is the gold and X (the printed form) a False prediction;
the corrected form's own statement of equality ("2491 – 1596 = 895") gives one True case. In the
quiz-bowl thread the gold is the value both derivations end with (i), and the player's answer and
the forms a derivation sets equal to it are True predictions.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- hsquizbowl.org "forums/viewtopic.php?f=20&t=1525" ("What would you do on this math question?":
  the question "Evaluate i raised to the negative 15th power", a player answered 1/(-i); replies
  "1/(-i) = (1(i))/((-i)(i)) = i/(-(i)^2) = i/1 = i", "Rationalize the fraction, dude: 1/(-i) =
  -i*1/((-i)*(-i)) = -i/(i*i) = -i/(-1) = i", "I would accept 1/(-i) without hesitation").
  3 cases.
- wwwdontmesswith6a.blogspot.com 2011/10 "Mistakes in Olympiad Maths Trainer 6 Book" (a pupil's
  corrections of the book's key: Week 5 Qn 5 "Answer. 64 / The correct solution is 9C3=84,
  84-8=76 Answer: 76"; Week 6 Qn 3 "n(n + 1) (n + 2) /6 ... The formula in the question is
  wrong. It should be n (n + 1) (2n + 1) /6"). 2 cases (2 False).
- www.scribd.com document 471576978 "Errata-10yrs" ("Singapore Mathematical Olympiads 1995-2004
  Errata": "Pg 42 Q14 Line 2 should be 'b = 1897645' instead of 'b = 1897654'. Line 3 should be
  1942649.5 instead of 192649.5", "Pg 51 Q12 Line 3 2491 – 1596 = 895, should be 895 instead of
  795"). 4 cases (3 False).
- kohar.ca "category/bdm/" (errata page of R. Kohar's Basic Discrete Mathematics, first
  printing: "Solution to 1.3.6 (d) should be T and not F", "Solution to 3.3.8. (b) (i) '1, 2, 4,
  5, 6' should read '1, 2, 3, 4, 5, 6'", "'-3, -3, -4, 4, \ldots' should read
  '-3,3,-4,4,\ldots'", "ax^2 + bx^2 + cx + d should read ax^3 + bx^2 + cx + d", "1st term should
  be 4a^2 x^2, not 4a^2 x"). 5 cases (5 False). A textbook, not a contest: taken because its
  answer-section errata are of the same kind as the contest keys' errata.

14 cases in all (10 False).

Left out, by rule: refusals that are only about notation when the value is the same (the Maths
Trainer book's "4A3 = 4 x 3 x 2 = 24", "(a) Should be 4P3"); corrections whose right value the
page does not print (the same book's Week 2 Qn 5(b) "12C2 = ... = 66 ... should be 12P2"; the
SMO errata's "Pg 80 Q18 Answer should be B", a choice letter); a verdict that rests on reading
the question another way (the book's Week 5 Qn 2, "Answer. 18 ... Logical interpretation of the
question would lead to 36"); errata whose formulas the text conversion scattered (the SMO
errata's Pg 38 Q16 "360 1000 ... 5 500 ... 3600" and Pg 42 Q8 "MEN 360 75 75 60 150 (360
instead of 180)"); the quiz-bowl thread's first poster's "EDIT: My stupidity" (the earlier,
wrong form is not stored); the Kohar errata's missing contrapositive and converse (no printed
form to compare) and its wording errata.

Examined and not used: the 2024 AIME I answer-key page on artofproblemsolving.com, mandelbrot.org
answer-form FAQ, math.unl.edu and math.utk.edu math-bowl rules, mathcountscentral.com forms page,
losaltoshighschool.net Mathapalooza rules, maueroats.github.io and nsml.org NSML rules,
mathleague.org grading page, docstoc ICTM "Valid Answers", enforcerdog.com and pinkmonkey.com
SAT grid-in directions, issuhub SAT directions, home.avvanta.com WSMC errata, help.pearsoncmg.com
answer-rule tables, support.mobymax.com fractions page, skoljka.org Marinada rules, calpoly.edu
AP statistics errata, geneseo.edu 222 errata and chalkdust.com corrections (all used or examined
by earlier sets); docs.stack-assessment.org answer-test result pages (the site is named as used
by earlier sets); studyres.com MATHCOUNTS handbook errata 15458708 and 15559866 (corrected
answers without the printed ones; examined by an earlier set as "studyres.com MATHCOUNTS
handbook errata"); the 2011 SMO errata on scribd 350379692 (examined by an earlier set);
learnosity equivValue pages (only as huggingface Nemotron rows, or demos whose examples are not
in the text); sites.duke.edu and dukemathmeet.org, randommath.com, cmimconline.org,
springssoft.com, old.mathleague.com rules (no pair of forms); hsquizbowl.org protest threads
15704, 2425, 24383, 14880, 18659, 13138 and the "MATH!!!" thread p=202600 (no math answer settled
in the stored text); tryingtoreason.wordpress.com (a sarcastic "4 × 7 × 7, which is *clearly*
equal to 4 × 28 = 112" with no right value printed); alexbellos.com errata (puzzle-book
probabilities, one of whose corrections is itself unclear); wideworldpublishing.com (calendar
typos, not answers); mathsbombe and SAT/College Board news pages (an error reported without the
values); personalwebs.oakland.edu Billstein errata and m.moam.info/vibdoc Epp errata (the stored
part holds no answer pair); web.eecs.utk.edu cs371 mail (a student's claim with no verdict);
mathhelpforum 157106 (the book's answer is stated, the student's is lost); huggingface Nemotron
rows (LLM-rewritten).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

HSQB = "hsquizbowl.org"
HSQB_1525 = "https://hsquizbowl.org/forums/viewtopic.php?f=20&t=1525"
SIXA = "wwwdontmesswith6a.blogspot.com"
SIXA_OMT6 = (
    "https://wwwdontmesswith6a.blogspot.com/2011/10/mistakes-in-olympiad-maths-trainer-6.html"
)
SCRIBD = "www.scribd.com"
SCRIBD_471 = "https://www.scribd.com/document/471576978/Errata-10yrs"
KOHAR = "kohar.ca"
KOHAR_BDM = "http://kohar.ca/category/bdm/"

CASES = [
    # hsquizbowl t=1525: i^(-15); the player's 1/(-i) and the derivations' steps equal i
    _c(
        HSQB,
        HSQB_1525,
        gold=r"i",
        pred=r"1/(-i)",
        wrap=True,
        expected=True,
        why="'1/(-i) = ... = i'; 'I would accept 1/(-i) without hesitation'",
    ),
    _c(
        HSQB,
        HSQB_1525,
        gold=r"i",
        pred=r"-i/(i*i)",
        wrap=True,
        expected=True,
        why="'Rationalize the fraction, dude: 1/(-i) = -i*1/((-i)*(-i)) = -i/(i*i) = -i/(-1) = i'",
    ),
    _c(
        HSQB,
        HSQB_1525,
        gold=r"i",
        pred=r"-i/(-1)",
        wrap=True,
        expected=True,
        why="'... = -i/(i*i) = -i/(-1) = i'",
    ),
    # dontmesswith6a: a pupil's corrections of the Olympiad Maths Trainer 6 key
    _c(
        SIXA,
        SIXA_OMT6,
        gold=r"76",
        pred=r"64",
        wrap=True,
        expected=False,
        why="Week 5 Qn 5: 'Answer. 64 / The correct solution is 9C3=84, 84-8=76 Answer: 76'",
    ),
    _c(
        SIXA,
        SIXA_OMT6,
        gold=r"n (n + 1) (2n + 1) /6",
        pred=r"n(n + 1) (n + 2) /6",
        wrap=True,
        expected=False,
        why="Week 6 Qn 3: 'The formula in the question is wrong. It should be n (n + 1) (2n + 1) /6'",
    ),
    # scribd 471576978: Singapore Mathematical Olympiads 1995-2004 errata
    _c(
        SCRIBD,
        SCRIBD_471,
        gold=r"895",
        pred=r"795",
        wrap=True,
        expected=False,
        why="'Pg 51 Q12 Line 3 2491 – 1596 = 895, should be 895 instead of 795'",
    ),
    _c(
        SCRIBD,
        SCRIBD_471,
        gold=r"895",
        pred=r"2491 – 1596",
        wrap=True,
        expected=True,
        why="'Pg 51 Q12 Line 3 2491 – 1596 = 895' (the corrected line)",
    ),
    _c(
        SCRIBD,
        SCRIBD_471,
        gold=r"1897645",
        pred=r"1897654",
        wrap=True,
        expected=False,
        why='\'Pg 42 Q14 Line 2 should be "b = 1897645" instead of "b = 1897654"\'',
    ),
    _c(
        SCRIBD,
        SCRIBD_471,
        gold=r"1942649.5",
        pred=r"192649.5",
        wrap=True,
        expected=False,
        why="'Line 3 should be 1942649.5 instead of 192649.5 (missing a ‘4’)'",
    ),
    # kohar.ca: Basic Discrete Mathematics errata, first printing
    _c(
        KOHAR,
        KOHAR_BDM,
        gold=r"T",
        pred=r"F",
        wrap=True,
        expected=False,
        why="'p. 498. Solution to 1.3.6 (d) should be T and not F.'",
    ),
    _c(
        KOHAR,
        KOHAR_BDM,
        gold=r"1, 2, 3, 4, 5, 6",
        pred=r"1, 2, 4, 5, 6",
        wrap=True,
        expected=False,
        why='\'p. 526. Solution to 3.3.8. (b) (i) "1, 2, 4, 5, 6" should read "1, 2, 3, 4, 5, 6"\'',
    ),
    _c(
        KOHAR,
        KOHAR_BDM,
        gold=r"-3,3,-4,4,\ldots",
        pred=r"-3, -3, -4, 4, \ldots",
        wrap=True,
        expected=False,
        why='\'p. 125. "-3, -3, -4, 4, \\ldots" should read "-3,3,-4,4,\\ldots"\'',
    ),
    _c(
        KOHAR,
        KOHAR_BDM,
        gold=r"ax^3 + bx^2 + cx + d",
        pred=r"ax^2 + bx^2 + cx + d",
        wrap=True,
        expected=False,
        why="'p. 266. Last paragraph. ax^2 + bx^2 + cx + d should read ax^3 + bx^2 + cx + d.'",
    ),
    _c(
        KOHAR,
        KOHAR_BDM,
        gold=r"4a^2 x^2",
        pred=r"4a^2 x",
        wrap=True,
        expected=False,
        why="'p. 489. 4th & 5th lines of Proof, 1st term should be 4a^2 x^2, not 4a^2 x.'",
    ),
]

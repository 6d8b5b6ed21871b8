r"""A hundred-and-fourteenth fresh set of answer-equivalence cases (evaluation only; helper "a":
logic and Boolean-algebra answers settled by a person -- simplified Boolean expressions in several
notations (x'+y against x’+y, (A+B)(A+C) against (A+B).(A+C), an \overline / \bar LaTeX product of
sums, A̅B against AB), propositional formulas and their equivalents (p → q against ~ p ∨ q, De Morgan
forms ~(p ∧ q) against ~p ∨ ~q, p ↔ ¬q against q↔p), minimal sums of products, DNFs and CNFs
in ¬/∧/∨ and in !/&/| notation, NOT/AND/OR and !/&&/|| program forms, and a conclusion written q,
∴ q or ⊢ q -- taken from multiple-choice keys, textbook and board-exam solutions, a course's
marking guide and a university Q&A forum, with the choices a key refuses as False cases).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of the other rounds; each page was
claimed in /work/wt/fresh114_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh114_a2.py and
bench/equiv_fresh114_a3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored page shows them: curly primes kept curly
("A+C’", "x’+y’") and straight ones straight ("x'+y", "A'B'C'"), combining overlines kept as
combining characters ("A̅B", "Q̅S̅ + QS", "(B̅ + C̅) (B + C)"), testbook's and examveda's LaTeX kept
with its own spacing and braces ("\overline {AB}", "\left( {\bar A + \bar B} \right)...",
"\overline {\text{Q}} {\text{S}}..."; their "$$" dropped), tilde and U+223C negations kept apart
("~ p ∨ q" on omtexclasses, "∼p" on assignmentexpert), operators and spaces as printed ("p↔¬q",
"¬ (p → ¬q)", "(!a & !b)|(a & b)|(!a&c)", "AC+ A’B"). A lead-in such as "X =", "F=" or "Option 4 :"
is dropped, as are trailing blanks after a choice. Readings, each noted in ``why``: where a
multiple-choice key names one choice correct, that choice is the gold and each other choice shown
as an expression is a False case against it; where a key names two choices correct
(introcomputersciencetutoring), the first is the gold and the second a True case; where a page
proves "A ≡ B" (omtexclasses, vidyadip 783863, assignmentexpert, gradesaver), the side the page
states as the result is the gold and the other side, or a step of the chain, a True pred; for
q2a 469 the gold is the tool's rendering "x<->!(y1<->y2)" of the task formula (whose "^" is XOR on
that course), not the task's own "x <-> (y1 ^ y2)".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.surakuacademy.com "boolean-algebra-solved-mcqs-pyqs-bank" (Q1 x(x+y): "[ Option A ]" x,
  "=x.1 =x"; Q2 "Therefore, (A+C)(AD+AD’)+AC+C = A+C"; Q3 choice "x'+y", "Therefore,
  x’y’+xy+x’y = x’+y"; Q4 A + BC: "[ Option C ]" (A+B)(A+C), truth table with "A+B.C" and
  "(A+B).(A+C)" columns). 12 cases (10 False).
- www.examveda.com question 285393 (five-variable K-map, minimum SOP: "Answer: Option B"). 2 cases
  (2 False).
- testbook.com "mcq-on-laws-of-boolean-algebra" (Q1 "Option 3 : X = AB"; Q2 complement, "Option 4"
  in \overline form, the solution ending in \bar form after "\bar Y = \overline {AB + \bar AC}";
  Q3 "Option 4 : $$\overline {AB}$$"). 11 cases (9 False).

Sources of bench/equiv_fresh114_a2.py:

- ihshaish.github.io birzeit/comp233 "COMP233_Quiz1" (a lecturer's worked solutions and marking
  guide: "Accept ¬q ∨ ¬r or equivalently ¬r ∨ ¬q."; "Accept equivalent notations for the
  conclusion (∴ q, ⊢ q, "therefore q")"). 4 cases.
- mcqquestions.net "practice/digital-electronics-mcq?page=25" (a question bank's keys: Q1
  "Answer: ABC", Q2 "Answer: A’.D+ B’.C’.D", Q3 "Answer: F=AC+ A’B", Q7 "Answer: (A’ + B)C’", Q9
  "Answer: x+y"). 12 cases (12 False).
- mocktestpro.in "mcqs-on-logics-logical-equivalences" (Q2 "Answer: c", "(p → q) ↔ (¬p ∨ q) is
  tautology"; Q3 "Answer: d" ¬p → q; Q4 "Answer: b" p↔¬q; Q5 "Answer: a" ¬ (p → ¬q); Q8 "Answer:
  a" p → (q ∧ r)). 12 cases (11 False).
- vidyadip.com Maharashtra std 12 "mathematical-logic-p-1" MCQ page 41792 (MCQ 2 "Correct option:
  D. ~(p ∧ q)", hint "= ~p ∨ ~q = ~(p ∧ q)"; MCQ 4 "Correct option: C. ~(p ∨ q)"). 6 cases
  (5 False).
- testbook.com "mcq-on-k-map" Telugu page (Q1 don't-cares, "Option 2 : Q̅S̅ + QS"; Q2 "f(A, B, C)
  =∏(0, 3, 4, 7)", "Option 2 : (B̅ + C̅) (B + C)") and Bengali page (Q1 "Σ(0, 1, 2, 3, 5)",
  "Option 1 : A'B'C' + A'B'C + A'BC + A'BC' + AB'C"). 7 cases (7 False).

Sources of bench/equiv_fresh114_a3.py:

- q2a.cs.uni-kl.de 1820 "dnf-ex-4-ws17" (a tutor: "I think both is correct", the two stated
  equivalences, "The function has even two minimal DNFs", "every one that is equivalent to the
  given formula is a correct solution"). 4 cases.
- q2a.informatik.uni-kl.de 509 "result-is-incorrect-though-it-satisfies-cnf" (the tutor derives
  "(¬x ∨ y1) ∧ (¬x ∨ y2) ∧ (¬y1 ∨ ¬y2 ∨ x)" and says of the submitted CNF "So your formula does
  make sense to me."). 2 cases.
- q2a.cs.uni-kl.de 469 "exercise-sheet-1-task-3-e-broken" ("the circonflexe ^ is XOR or ⊕"; the
  CNF for AND and x<->!(y1<->y2) agree on "only ... two assignments"). 1 case (1 False).
- omtexclasses.com (Maharashtra board solutions): Exercise 1.9 Q 2.2 "(p ∧ q) ∨ (p ∧ ~ q) ∨ (~ p ∧
  ~ q) ≡ (p ∨ ~ q)"; Exercise 1.6 Q 7.3 "p → q and ~q → ~p and ~p ∨ q are equivalent";
  Miscellaneous Exercise 1 Q 4.22 "~(p ∨ q) ≡ ~p ∧ ~q"; "write-negation-of-following-statement_14"
  "~ (p → q) ≡ p ∧ ~ q"; Miscellaneous Exercise 1 Q 4.14 "∴ p ∧ (~p ∨ q) ≡ p ∧ q". 8 cases.
- vidyadip.com question 783863 ("(p ∧ q) ∨ (~ p ∧ q) ∨ (p ∧ ~q) ≡ p ∨ q" proved by the laws).
  3 cases.
- assignmentexpert.com discrete mathematics question 171390 (an expert's five verifications, each
  ending "≡p" or "≡∼p"). 5 cases.
- www.introcomputersciencetutoring.com boolean exercise solutions CSP 1, CSP 2, CSP 3 and exercise 3
  (a tutor's keys: "Solution (B) (a OR b) AND ((NOT a) OR (NOT b))"; "(B) a AND (NOT b) (C) NOT
  ((NOT a) OR b)"; "(C) NOT (a AND (NOT b)) (D) (NOT a) OR b"; "(C) !(a && !b) (D) !a || b").
  12 cases (9 False).
- gradesaver-website-prod-tql6r.ondigitalocean.app (gradesaver's copy) Epp, Discrete Mathematics
  with Applications 4th ed., exercise set 2.4 page 77 no. 26 ("$(P ∧ Q) ∨ Q≡ (P ∨ Q) ∧ Q $ are
  logically equall"). 2 cases.

103 cases in all (66 False): 25 here (21 False), 41 in bench/equiv_fresh114_a2.py (35 False), 37
in bench/equiv_fresh114_a3.py (10 False).

Left out, by rule: choices a key refuses only because they are not minimal (testbook's Telugu
K-map Q1 choices 3 "Q̅R̅S̅ + Q̅RS̅+ QR̅S + QRS" and 4 "P̅Q̅S̅ + P̅QS + PQS + PQ̅S̅", both equal to the
key's Q̅S̅ + QS; the q2a 1820 tutor's "Other non-minimal DNFs/CNFs would however not be accepted"
for a minimisation exercise); examveda 285393's choice A, stored with a repeated term and so
possibly garbled, whose intended form reads as a non-minimal equal of the key; the steps of
ihshaish's Q1.a ("(¬p ∨ q) ∧ (p ∨ q)", "q ∨ c"), unsimplified forms for a question that asks to
simplify, and its "≡ T" / "tautology" (a verdict on a formula, not a form of an answer);
mcqquestions' Q4 and Q8 (overbars lost in the text conversion: "Y= ABCD + BCD + ABCD", "X = ABCD +
ABCD + ABCD + ACBD"), its Q2 choice "A.D’+B.C.D’" and Q9 choices "0" and "1" (left for the
per-page cap), Q5, Q6 and Q10 (identities, a choice code, a dual); mocktestpro's Q1, Q6 ("All of
mentioned"), Q7 and Q9 (a definition, a statement choice, and the per-page cap); vidyadip 41792's
MCQ 1, 3 and 5 (statements and English sentences) and its misprinted choice "~p ∨ ~p";
surakuacademy's "None of the above" choices and Q5 to Q7 (counts of minterms, rule statements);
the English sentences of the omtexclasses
negations; q2a 469's task formula "x <-> (y1 ^ y2)" as a gold (its "^" is XOR only by that
course's convention).

Examined and not used: quizgecko, math.bot, smartsolve.ai, solveeit.ai, tivvra, mathgpt.today,
math-gpt.org, mathematicon.in, mathix.co, srexamen, errorhandle.ai, studyx.ai, wipi.ai.kr,
electricaliq, doubtnut ("Generated By DoubtnutGPT"), gauthmath, questionai (its answer pages and
its garbled textbook solutions), askfilo, edu.com, askanewquestion (GPT-4o mini), gr.inc, edurev,
adda247 and curioustab (machine-written or generated-looking pages); huggingface
nvidia/Nemotron-CC-Math-v1 (rewritten copies of forum threads); wiki.rmanhart's copy of math
StackExchange 3085271, math.techqa.club 3747370 and the ARQMath 95518_2012 thread file (used by
earlier sets); johndcook.com 2023/07/15 "boolean-with-ai" (examined by an earlier set, the model
answers fall after the stored cut); electricalvoice.com MCQs (expressions lost in the conversion),
gtu-paper-solution ("A¯ · B", overbars garbled), wyzant 884061 (underlines for overbars lost);
aptitude.brainkart and clay6 (choices not stored); vedantu (truth tables stored as "seo images");
knowledgegate GATE 2025 (the equalities are statements, the explanation looks machine-written);
forum.appacademy.io 3026 (the K-map in a screenshot); forum.allaboutcircuits 7677, tutorsglobe,
quesba, numerade, transtutors, coursehero, chegg, bartleby, homeworkhost and studypool (questions
only or answers behind a paywall); adcs21.tripod.com suggested solutions (answers in English
sentences); paperzz "model-answers" (symbols lost); stuvia (exam dumps); rose-hulman Quiz6
(programming values); ugcnet.finhux (choices not stored); raw.githubusercontent
Phantas0s/playground (a learner's self-marked notes) and joerv/n karnaughMaps.md (lecture notes,
no key); omtexclasses truth-value pages ("Hence, truth value is T.", one form only).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SURA = "www.surakuacademy.com"
SURA_BA = "https://www.surakuacademy.com/boolean-algebra-solved-mcqs-pyqs-bank"
EXV = "www.examveda.com"
EXV_285393 = "https://www.examveda.com/following-is-the-k-map-of-a-boolean-function-of-five-variables-p-q-r-s-and-x-the-minimum-sum-of-product-sop-expression-for-the-function-is-285393"
TB = "testbook.com"
TB_LAWS = "https://testbook.com/objective-questions/mcq-on-laws-of-boolean-algebra--5eea6a0d39140f30f369e1ee"
# sources of bench/equiv_fresh114_a2.py
IHS = "ihshaish.github.io"
IHS_Q1 = "https://ihshaish.github.io/birzeit/comp233/COMP233_Quiz1.html"
MCQN = "mcqquestions.net"
MCQN_25 = "https://mcqquestions.net/practice/digital-electronics-mcq?page=25"
MTP = "mocktestpro.in"
MTP_LE = "https://mocktestpro.in/mcq/mcqs-on-logics-logical-equivalences/"
VD = "vidyadip.com"
VD_41792 = "https://vidyadip.com/maharashtra_5/std-12-commerce-arts_169/maths-commerce_450/mathematical-logic-p-1_7730/mcq_41792"
TB_KMAP_TE = (
    "https://testbook.com/objective-questions/te/mcq-on-k-map--5eea6a1439140f30f369f287/amp"
)
TB_KMAP_BN = (
    "https://testbook.com/objective-questions/bn/mcq-on-k-map--5eea6a1439140f30f369f287/amp"
)
# sources of bench/equiv_fresh114_a3.py
Q2A = "q2a.cs.uni-kl.de"
Q2A_1820 = "https://q2a.cs.uni-kl.de/1820/dnf-ex-4-ws17?show=1821"
Q2AI = "q2a.informatik.uni-kl.de"
Q2A_509 = (
    "https://q2a.informatik.uni-kl.de/509/result-is-incorrect-though-it-satisfies-cnf?show=515"
)
Q2A_469 = "https://q2a.cs.uni-kl.de/469/exercise-sheet-1-task-3-e-broken"
OMT = "omtexclasses.com"
OMT_192 = "https://www.omtexclasses.com/2021/01/using-algebra-of-statement-prove-that-p_15.html"
OMT_173 = "https://omtexclasses.com/2021/01/prove-that-following-pair-of-statement_13.html"
OMT_422 = "https://omtexclasses.com/2021/01/write-negation-of-following-statement-i.html"
OMT_NEG14 = "https://www.omtexclasses.com/2021/01/write-negation-of-following-statement_14.html"
OMT_414 = "https://omtexclasses.com/2021/01/using-truth-table-prove-following_41.html"
VD_783863 = (
    "https://vidyadip.com/ask/question/without-using-truth-table-prove-that-p-q-p-q-p-q-p-q_783863"
)
AE = "assignmentexpert.com"
AE_171390 = (
    "https://assignmentexpert.com/homework-answers/mathematics/discrete-mathematics/question-171390"
)
ICT = "www.introcomputersciencetutoring.com"
ICT_CSP1 = "https://www.introcomputersciencetutoring.com/boolean-exercise-csp-1-solution"
ICT_CSP2 = "https://www.introcomputersciencetutoring.com/boolean-exercise-csp-2-solution"
ICT_CSP3 = "https://www.introcomputersciencetutoring.com/boolean-exercise-csp-3-solution"
ICT_EX3 = "https://www.introcomputersciencetutoring.com/boolean-exercise-3-solution"
GS = "gradesaver-website-prod-tql6r.ondigitalocean.app"
GS_EPP26 = "https://gradesaver-website-prod-tql6r.ondigitalocean.app/textbooks/math/other-math/discrete-mathematics-with-applications-4th-edition/chapter-2-the-logic-of-compound-statements-exercise-set-2-4-page-77/26"

CASES = [
    # surakuacademy Q1: x(x+y); the key's x against the other choices
    _c(
        SURA,
        SURA_BA,
        gold=r"x",
        pred=r"y",
        wrap=True,
        expected=False,
        why="Q1 'The Boolean expression x(x+y) is equal to' x / y / xy / None of the above; '[ Option A ]'; work '=x.1 =x'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"x",
        pred=r"xy",
        wrap=True,
        expected=False,
        why="Q1 choices x / y / xy; '[ Option A ]'; work '=x(1+y) =x.1 =x'",
    ),
    # surakuacademy Q2: simplified form of (A+C)(AD+AD’)+AC+C
    _c(
        SURA,
        SURA_BA,
        gold=r"A+C",
        pred=r"A+C’",
        wrap=True,
        expected=False,
        why="Q2 choices A+C / A+C’ / A’+C / A+D; '[ Option A ]'; 'Therefore, (A+C)(AD+AD’)+AC+C = A+C'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"A+C",
        pred=r"A’+C",
        wrap=True,
        expected=False,
        why="Q2 choices A+C / A+C’ / A’+C / A+D; '[ Option A ]'; 'Therefore, (A+C)(AD+AD’)+AC+C = A+C'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"A+C",
        pred=r"A+D",
        wrap=True,
        expected=False,
        why="Q2 choices A+C / A+C’ / A’+C / A+D; '[ Option A ]'; 'Therefore, (A+C)(AD+AD’)+AC+C = A+C'",
    ),
    # surakuacademy Q3: x’y’ + xy + x’y; the key's choice x'+y (straight prime) and the work's x’+y
    _c(
        SURA,
        SURA_BA,
        gold=r"x'+y",
        pred=r"x’+y",
        wrap=True,
        expected=True,
        why="Q3 choice 'x'+y', '[ Option A ]'; work ends 'Therefore, x’y’+xy+x’y = x’+y' (the choice with a straight prime, the work with a curly one)",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"x'+y",
        pred=r"x+y",
        wrap=True,
        expected=False,
        why="Q3 choices x'+y / x+y / x+y’ / x’+y’; '[ Option A ]'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"x'+y",
        pred=r"x+y’",
        wrap=True,
        expected=False,
        why="Q3 choices x'+y / x+y / x+y’ / x’+y’; '[ Option A ]'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"x'+y",
        pred=r"x’+y’",
        wrap=True,
        expected=False,
        why="Q3 choices x'+y / x+y / x+y’ / x’+y’; '[ Option A ]'",
    ),
    # surakuacademy Q4: A + BC as a product of sums
    _c(
        SURA,
        SURA_BA,
        gold=r"(A+B)(A+C)",
        pred=r"(A+B).(A+C)",
        wrap=True,
        expected=True,
        why="Q4 'The Boolean expression A + BC equals' ... (A+B)(A+C); '[ Option C ]'; 'Truth Table Confirmation' with columns 'A+B.C' and '(A+B).(A+C)' equal in every row",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"(A+B)(A+C)",
        pred=r"(A’+B)(A’+C)",
        wrap=True,
        expected=False,
        why="Q4 choices (A’+B)(A’+C) / (A+B)(A’+C) / (A+B)(A+C) / None of the above; '[ Option C ]'",
    ),
    _c(
        SURA,
        SURA_BA,
        gold=r"(A+B)(A+C)",
        pred=r"(A+B)(A’+C)",
        wrap=True,
        expected=False,
        why="Q4 choices (A’+B)(A’+C) / (A+B)(A’+C) / (A+B)(A+C) / None of the above; '[ Option C ]'",
    ),
    # examveda 285393: minimum SOP of a five-variable K-map; key B against C and D
    _c(
        EXV,
        EXV_285393,
        gold=r"\overline {\text{Q}} {\text{S}}\overline {\text{X}} + {\text{Q}}\overline {\text{S}} {\text{X}}",
        pred=r"\overline {\text{Q}} {\text{SX}} + {\text{Q}}\overline {\text{S}} \overline {\text{X}}",
        wrap=True,
        expected=False,
        why="'The minimum sum-of-product (SOP) expression for the function is' ... 'Answer: Option B'; this is choice C",
    ),
    _c(
        EXV,
        EXV_285393,
        gold=r"\overline {\text{Q}} {\text{S}}\overline {\text{X}} + {\text{Q}}\overline {\text{S}} {\text{X}}",
        pred=r"\overline {\text{Q}} {\text{S}} + {\text{Q}}\overline {\text{S}}",
        wrap=True,
        expected=False,
        why="'The minimum sum-of-product (SOP) expression for the function is' ... 'Answer: Option B'; this is choice D",
    ),
    # testbook laws Q1: X = [(A + B̅) (B + C)] B simplified
    _c(
        TB,
        TB_LAWS,
        gold=r"AB",
        pred=r"A̅B",
        wrap=True,
        expected=False,
        why="Q1 choices 'X = A̅B', 'X = AB̅', 'X = AB', 'X = A̅ B̅'; 'Option 3 : X = AB'; work '= AB(1 + C) = AB'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"AB",
        pred=r"AB̅",
        wrap=True,
        expected=False,
        why="Q1 choices 'X = A̅B', 'X = AB̅', 'X = AB', 'X = A̅ B̅'; 'Option 3 : X = AB'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"AB",
        pred=r"A̅ B̅",
        wrap=True,
        expected=False,
        why="Q1 choices 'X = A̅B', 'X = AB̅', 'X = AB', 'X = A̅ B̅'; 'Option 3 : X = AB'",
    ),
    # testbook laws Q2: complement of Y = ABC + ABC̄ + ĀB̄C + ĀBC
    _c(
        TB,
        TB_LAWS,
        gold=r"\left( {\overline A + \overline B } \right)\left( {A + \overline C } \right)",
        pred=r"\left( {\bar A + \bar B} \right)\left( {A + \bar C} \right)",
        wrap=True,
        expected=True,
        why="Q2 'Option 4 : $$\\left( {\\overline A + \\overline B } \\right)\\left( {A + \\overline C } \\right)$$'; the solution ends '$$= \\left( {\\bar A + \\bar B} \\right)\\left( {A + \\bar C} \\right)$$'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\left( {\overline A + \overline B } \right)\left( {A + \overline C } \right)",
        pred=r"\overline {AB + \bar AC}",
        wrap=True,
        expected=True,
        why="Q2 solution '$$= AB + \\bar AC$$', '$$\\bar Y = \\overline {AB + \\bar AC}$$' ... '$$= \\left( {\\bar A + \\bar B} \\right)\\left( {A + \\bar C} \\right)$$'; 'Option 4'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\left( {\overline A + \overline B } \right)\left( {A + \overline C } \right)",
        pred=r"\left( {A + \overline B } \right)\left( {A + \overline C } \right)",
        wrap=True,
        expected=False,
        why="Q2 'The complement of the expression ... is:' choice 1; 'Option 4' is the key",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\left( {\overline A + \overline B } \right)\left( {A + \overline C } \right)",
        pred=r"\left( {\overline A + B} \right)\left( {A + C} \right)",
        wrap=True,
        expected=False,
        why="Q2 'The complement of the expression ... is:' choice 2; 'Option 4' is the key",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\left( {\overline A + \overline B } \right)\left( {A + \overline C } \right)",
        pred=r"\left( {A + \overline B } \right)\left( {\overline A + C} \right)",
        wrap=True,
        expected=False,
        why="Q2 'The complement of the expression ... is:' choice 3; 'Option 4' is the key",
    ),
    # testbook laws Q3: simplification of f = (AB)‾ + (A + B)‾
    _c(
        TB,
        TB_LAWS,
        gold=r"\overline {AB}",
        pred=r"AB",
        wrap=True,
        expected=False,
        why="Q3 'Simplification of the function ... is' choices AB / A + B / A̅ B̅ / $$\\overline {AB}$$; 'Option 4 : $$\\overline {AB}$$'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\overline {AB}",
        pred=r"A + B",
        wrap=True,
        expected=False,
        why="Q3 choices AB / A + B / A̅ B̅ / $$\\overline {AB}$$; 'Option 4 : $$\\overline {AB}$$'",
    ),
    _c(
        TB,
        TB_LAWS,
        gold=r"\overline {AB}",
        pred=r"A̅ B̅",
        wrap=True,
        expected=False,
        why="Q3 choices AB / A + B / A̅ B̅ / $$\\overline {AB}$$; 'Option 4 : $$\\overline {AB}$$'",
    ),
]

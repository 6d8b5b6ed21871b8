r"""A sixty-first fresh set of answer-equivalence cases (evaluation only; helper "c": answer keys
and worked solutions of mathematics competitions -- Philippine Metrobank-MTAP-DepEd Math Challenge
elimination and oral rounds, a Math League 6th-grade contest solution key, and a puzzle page's
answer-form glossary -- where a key gives an answer in two forms, states that a converted form
equals the asked-for one, or rejects an extraneous root).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of fresh57 to fresh60 and
/work/wt/fresh61_claims/claims.txt; each page was claimed there before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no
commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (mtapreviewer writes mixed numbers
with a space, "1 11/20", and fractions with a slash; its LaTeX is kept as LaTeX). Where a key
lists forms joined by "or" the first is the gold and the further form a True case. Where a
conversion item asks to change a given quantity into another form ("Change 155% to a fraction in
lowest terms. Answer: 31/20 or 1 11/20", "Reduce 56/84to lowest terms. Answer: 2/3"), the gold is
the answer the item asks for and the pred the given quantity, which the item states is equal (the
run-together "56/84to" is read as "56/84"). For the Grade 9 equation, whose solution says "So,
$x = \frac{9}{4}$ or $x = 1$. But from the given above, $x \neq 1$, so the only solution is
$x = \frac{9}{4}$", the gold drops the left side "x =", and the both-roots line is a refused pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mtapreviewer.com "tag/grade-5-mtap-reviewer-with-answers/" (2002 MTAP Elimination, Grade 5,
  items 26-30: "27.) Change 155% to a fraction in lowest terms. Answer: 31/20 or 1 11/20").
  2 cases.
- mtapreviewer.com "2016/12/24/2002-grade-5-mtap-elimination-questions-part-1/" (2002 Grade 5,
  items 1-21: "18.) Reduce 56/84to lowest terms. Answer: 2/3"; "21.) Divide 4 2/3by 3 1/9.
  Answer: 3/2 or 1 1/2"). 2 cases.
- mtapreviewer.com "2016/04/01/2005-grade-4-mtap-elimination-round-questions-part-2/" (2005
  Grade 4: "28.) Change 58/9 to a mixed number. Answer: 6 4/9"; "29.) Change 5 3/7 to an improper
  fraction. Answer: 38/7"). 2 cases.
- mtapreviewer.com "2016/06/12/2006-grade-4-mtap-elimination-questions-part-2/" (2006 Grade 4:
  "33.) Write 3/5 as percent. Answer: 60%"). 1 case.
- mtapreviewer.com "2016/01/04/2015-grade-4-mtap-math-challenge-division-orals/" (2015 Grade 4
  division orals: "3.) Express 0.45 as a fraction in simplest form. Answer: 9/20"). 1 case.
- mtapreviewer.com "2016/02/" (monthly archive; Grade 9 MTAP 2015 Elimination, item 11: the
  extraneous root 1 is rejected, "the only solution is $x = \frac{9}{4}$"). 2 cases (1 False).
- fr.scribd.com document 260843216 "Grade 6 2012-13 Solutions" (Math League 2012-2013 Annual 6th
  Grade Contest solutions, item 26: "on 18 days the weather was not sunny. Since 18 30 = 0.6, thats
  60%" -- the division sign lost in the stored text -- keyed "C) 60%"). 1 case.
- www.jovise.com "random/puzzle" (a puzzle quiz, "Answer as a simplified fraction a/b", whose
  glossary states "A Half is the number equal to $\frac{1}{2}=0.5.$", "One eighth is the number
  $\frac{1}{8}=0.125.$", "One quarter is the number $\frac{1}{4}=0.25.$", "... the number
  $\frac{1}{3}=0.\overline{3}.$"). 4 cases.

15 cases in all (1 False).

Left out, by rule: forms whose fraction the text conversion lost or ran together (mtapreviewer
2002 Grade 5 "28.) Change 21/5to percent. Answer: 220%", where the mixed number 2 1/5 became
"21/5"; its "17.) Evaluate: 3 ÷ [41/2 x 15/6 ]"); single-form answers (most MTAP items, e.g.
"Answer: 9 7/20", "Answer: 20 5/8", "Answer: 86.75"); answers with a count of units rather than a
value ("4 2/5 is equal to how many tenths? Answer: 44", "How many months are 1 ¼ years? Answer:
15"); the Math League key's other items (multiple-choice letters with working only).

Examined and not used: home.avvanta.com and home.blarg.net WSMC answer sheets, errata and hints
pages, mathcountscentral.com forms page, docstoc ICTM "Valid Answers", old.mathleague.com
newsletters, mandelbrot.org, math.utk.edu math bowl rules, quizwizapp/quetab Science Bowl sets,
math.unl.edu (used or examined by earlier sets); math.unl.edu mathday math-bowl sample (single
forms; a radical lost: "Ans. 2" for the hypotenuse with legs 2 and 4); mathleague.org nsrules.php
(its examples are not in the stored opening); studylib 2002 MATHCOUNTS state solutions and Rocket
City Math League solutions, pdfslide Sooner Math Bowl 2016, the MATHCOUNTS geometry answer sheet
on codestin.com (fractions and radicals stacked or lost by the conversion); statltd.com contest
answers (a rounded decimal, not an equal form); library.thinkquest.org 16284 (single forms);
vdocuments mathleague.org 11021 elementary key (single forms); AoPS wiki AMC and Cyprus pages
(LaTeX lost; some used before); AoPS Math Jam transcripts (only the session openings are stored);
UKMT JMO solutions on scribd and proxies (single forms); Math Kangaroo keys (multiple choice);
MOEMS booklets on scribd and studylib (answers not in the stored openings); machine-written
"problems and solutions" pages on raw IP hosts (AI-generated); fr.scribd 321059053 2016 MTAP
reviewer (working lines, not answer forms).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MTAP = "mtapreviewer.com"
MTAP_G5_02B = "http://mtapreviewer.com/tag/grade-5-mtap-reviewer-with-answers/"
MTAP_G5_02A = "http://mtapreviewer.com/2016/12/24/2002-grade-5-mtap-elimination-questions-part-1/"
MTAP_G4_05B = (
    "http://mtapreviewer.com/2016/04/01/2005-grade-4-mtap-elimination-round-questions-part-2/"
)
MTAP_G4_06B = "http://mtapreviewer.com/2016/06/12/2006-grade-4-mtap-elimination-questions-part-2/"
MTAP_G4_15O = "http://mtapreviewer.com/2016/01/04/2015-grade-4-mtap-math-challenge-division-orals/"
MTAP_1602 = "http://mtapreviewer.com/2016/02/"
SCR = "fr.scribd.com"
SCR_ML6 = "https://fr.scribd.com/document/260843216/Grade-6-2012-13-Solutions"
JOV = "www.jovise.com"
JOV_PZ = "https://www.jovise.com/random/puzzle"

CASES = [
    # MTAP 2002 Grade 5, items 26-30: a fraction key with its mixed-number form
    _c(
        MTAP,
        MTAP_G5_02B,
        gold=r"31/20",
        pred=r"1 11/20",
        wrap=True,
        expected=True,
        why="'27.) Change 155% to a fraction in lowest terms. Answer: 31/20 or 1 11/20'",
    ),
    _c(
        MTAP,
        MTAP_G5_02B,
        gold=r"31/20",
        pred=r"155%",
        wrap=True,
        expected=True,
        why="'27.) Change 155% to a fraction in lowest terms. Answer: 31/20' (given = answer)",
    ),
    # MTAP 2002 Grade 5, items 1-25: reduced fraction; improper fraction or mixed number
    _c(
        MTAP,
        MTAP_G5_02A,
        gold=r"2/3",
        pred=r"56/84",
        wrap=True,
        expected=True,
        why="'18.) Reduce 56/84to lowest terms. Answer: 2/3' (given = answer)",
    ),
    _c(
        MTAP,
        MTAP_G5_02A,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="'21.) Divide 4 2/3by 3 1/9. Answer: 3/2 or 1 1/2'",
    ),
    # MTAP 2005 Grade 4, items 26-50: improper fraction <-> mixed number conversions
    _c(
        MTAP,
        MTAP_G4_05B,
        gold=r"6 4/9",
        pred=r"58/9",
        wrap=True,
        expected=True,
        why="'28.) Change 58/9 to a mixed number. Answer: 6 4/9' (given = answer)",
    ),
    _c(
        MTAP,
        MTAP_G4_05B,
        gold=r"38/7",
        pred=r"5 3/7",
        wrap=True,
        expected=True,
        why="'29.) Change 5 3/7 to an improper fraction. Answer: 38/7' (given = answer)",
    ),
    # MTAP 2006 Grade 4, items 26-50: fraction as percent
    _c(
        MTAP,
        MTAP_G4_06B,
        gold=r"60%",
        pred=r"3/5",
        wrap=True,
        expected=True,
        why="'33.) Write 3/5 as percent. Answer: 60%' (given = answer)",
    ),
    # MTAP 2015 Grade 4 division orals: decimal as a fraction
    _c(
        MTAP,
        MTAP_G4_15O,
        gold=r"9/20",
        pred=r"0.45",
        wrap=True,
        expected=True,
        why="'3.) Express 0.45 as a fraction in simplest form. Answer: 9/20' (given = answer)",
    ),
    # MTAP 2015 Grade 9 Elimination item 11: the extraneous root x = 1 is rejected
    _c(
        MTAP,
        MTAP_1602,
        gold=r"\frac{9}{4}",
        pred=r"x = \frac{9}{4}",
        wrap=True,
        expected=True,
        why="'so the only solution is $x = \\frac{9}{4}$' (gold drops 'x =')",
    ),
    _c(
        MTAP,
        MTAP_1602,
        gold=r"\frac{9}{4}",
        pred=r"x = \frac{9}{4} or x = 1",
        wrap=True,
        expected=False,
        why="'So, $x = \\frac{9}{4}$ or $x = 1$. But ... $x \\neq 1$, so the only solution is "
        "$x = \\frac{9}{4}$'",
    ),
    # Math League 2012-13 6th grade contest, item 26: decimal and percent
    _c(
        SCR,
        SCR_ML6,
        gold=r"60%",
        pred=r"0.6",
        wrap=True,
        expected=True,
        why="'Since 18 30 = 0.6, thats 60%.' (sign lost; item 26 keyed 'C) 60%')",
    ),
    # jovise puzzle page glossary: unit fractions and their decimals
    _c(
        JOV,
        JOV_PZ,
        gold=r"\frac{1}{2}",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'Half : A Half is the number equal to $\\frac{1}{2}=0.5.$'",
    ),
    _c(
        JOV,
        JOV_PZ,
        gold=r"\frac{1}{8}",
        pred=r"0.125",
        wrap=True,
        expected=True,
        why="'One eighth : One eighth is the number $\\frac{1}{8}=0.125.$'",
    ),
    _c(
        JOV,
        JOV_PZ,
        gold=r"\frac{1}{4}",
        pred=r"0.25",
        wrap=True,
        expected=True,
        why="'Quarter : One quarter is the number $\\frac{1}{4}=0.25.$'",
    ),
    _c(
        JOV,
        JOV_PZ,
        gold=r"\frac{1}{3}",
        pred=r"0.\overline{3}",
        wrap=True,
        expected=True,
        why="'Third : ... the number $\\frac{1}{3}=0.\\overline{3}.$'",
    ),
]

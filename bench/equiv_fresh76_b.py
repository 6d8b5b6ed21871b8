r"""A seventy-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": radicals and
exact forms -- rationalised and unrationalised denominators (1/√2 and √2/2), nested radicals that
denest (√(3+2√2) = 1+√2), surds simplified or not (√12 and 2√3), radicals and fractional
exponents, conjugate forms, and forms a key or checker refuses although they are close in look or
value -- where a worked solution, a tutor's or forum reply, a teacher's note or a checker's message
settles which forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool; one GitHub
issue thread came from the ``docs`` corpus), not from repositories; no earlier set used them (each
URL or page id, and domain plus distinctive path part, was grepped in bench/, and checked against
/work/wt/fresh*_claims/claims.txt; each page was claimed in /work/wt/fresh76_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer, or a form the page refuses; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh76_b2.py and bench/equiv_fresh76_b3.py (same rules; their sources
are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (with the
page's spacing commands, \mathrm{} wrappers, \underbrace{} notes and en dashes "–" used as minus
signs, as in irfanakademisi and teachwire), unicode radicals kept ("√2/2", "12 x √2"), plain-text
forms kept ("sqrt(2) - 5", "5+2*sqrt(6)", "1+(1/3)rt3", "6+ 2squareroot 3 over 6", intmath's
ASCIIMath "frac{1}{sqrt3 - sqrt2}" without its backquotes, socratic's "#...#" delimiters dropped).
A left side such as "cos 15° =" or "x =" is dropped. Where a page writes a chain "A = B = C" and
names C the answer (or the simplified form), C is the gold and the earlier links are True preds;
where a page asks a question about an expression ("Simplify 4 square root 18", "Is ... an
integer?"), the expression is the pred and the page's answer the gold. Readings, each noted in
``why``: teachwire's four statements "√12 + √3 = √15" ... are taken with the left side as gold and
the right side as pred, and its verdict ("The multiplication and the division are correct, but the
addition and the subtraction aren't") as expected; refusals of an unsimplified form whose value is
the same (the Khan Academy checker's "needs to be simplified" for 1√144, 3√16, 4√9; the STACK
teacher's refusal of the question's own unrationalised fraction) are kept as False cases, since
the topic is exactly which forms a key accepts.

Sources (domain, URL, what is settled; all "web page, no licence file" except the GitHub issue):

- www.mathwords.com "n/nested_radical.htm" (worked example: √(3+2√2) = √2 + √1 = √2 + 1, answer
  1 + √2). 3 cases.
- mediated.wiki "source/nested_radical" (a copy of Wikipedia's "Nested radical", section
  Denesting: √(3+2√2) = 1+√2, √2+√(5−2√6) = √3, ∛(∛2 − 1) = (1 − ∛2 + ∛4)/∛9, ∛(√2) = ⁶√2). 4 cases.
- kiwix.lukehooper.xyz copy of Mathematics Stack Exchange 2165929 (√(2−√3) = ½(√6−√2), the
  answer's chain through (√3−1)/√2; √(2+√3)+√(4−√7) = √(5+√21)). 4 cases.
- math.techqa.club 4040927 (an old book's √(9a+36√(3ax)+108x) = 3√a + 6√(3x), confirmed by the
  asker and the answer; the asker's first, mistaken 3(√a+2√(3x))² is "definitely a different
  expression"). 3 cases (1 False).
- aopsmath.com c6h54596p340338 (Pan African 2004: 4√(4−2√3)+√(97−56√3) is the integer 3). 1 case.
- irfanakademisi.com "?p=6003" ("Nested Radicals": √(4 – 2√3) = √3 − 1, √(7 − 2√12) = 2 − √3,
  Question 15 √(3 – √8) – √2 = −1, answer A). 4 cases.
- tinkutara.com question 46402 (cos 15° = √((1+√3/2)/2) = √(2+√3)/2 and cos 7.5° as a further
  nested radical; the claim "cos 7½ = √2+√3+√4+√6" is refused: "it should be cot 7½"). 3 cases
  (1 False).

Sources of bench/equiv_fresh76_b2.py:

- www.thestudentroom.co.uk thread 4042977 ("Nooo, 5 - sqrt(2) is not 5sqrt(2). Instead (5 -
  sqrt(2)) / -1 = sqrt(2) - 5"). 2 cases (1 False).
- www.thestudentroom.co.uk thread 3673649 (2/(3−√3) in the form a+b√3: the asker's "6+ 2squareroot
  3 over 6" is "correct. Simplify it down and you get 1+(1/3)rt3"). 1 case.
- socratic.org "how-do-you-simplify-sqrt-0-5" (√.5 = √(1/2) = √1/√2 = ... = √2/2). 3 cases.
- www.gradesaver.com Algebra: A Combined Approach 4th ed., 10.5, p717 exercise 4 (√(1/2) = √2/2,
  through 1/√2). 2 cases.
- www.moomoomathblog.com 2024/05 "rationalize-denominator" (1/√2 · √2/√2 = √2/√4 = √2/2). 2 cases.
- gmatclub.com "square-roots-question-99732" (the MGMAT book's "1/√2 = √2/2", quoted by the asker).
  1 case.
- www.intmath.com "exponents-radicals/ans-5.php?a=7" (1/(√3 − √2) = (√3 + √2)/(3−2) = √3 + √2).
  2 cases.
- socratic.org "how-do-you-rationalize-the-denominator-and-simplify-1-sqrt3-2" (1/(√3−2) =
  (√3+2)/(−1) = −(√3+2)). 2 cases.
- gmatclub.com thread 27483 ([1/(√3−√2)]² = (√3+√2)² = 5+2√6). 2 cases.
- math.techqa.club 2412554 ("Why is ⁴√4 = √2 ?", answered). 1 case.
- mathcentral.uregina.ca QQ.09.06 "christin1" (Stephen La Rocque: square root of 18 = 3 x √2;
  4 square root 18 = 4 x 3 x √2 = 12 x √2). 3 cases.

Sources of bench/equiv_fresh76_b3.py:

- www.onlinemath4all.com "simplifying-square-roots-worksheet.html" (answers 1-6: √64 + √196 = 22,
  √40 + √160 = 2√10 + 4√10 = 6√10, 2√425 - 3√68 = 4√17, √243 - 5√12 + √27 = 2√3, -√117 - √52 =
  -5√13, (√17)(√51) = 17√3). 7 cases.
- revisionmaths.com A-level "pure-maths/algebra/surds" (4√7 - 2√7 = 2√7, 5√2 + 8√2 = 13√2, √5 × √15
  = √75 = 5√3, (1 + √3) × (2 - √8) = 2 - √8 + 2√3 - √24 = 2 - 2√2 + 2√3 - 2√6). 6 cases.
- teachwire.net "gcse-maths-mathematics-adding-surds-square-root-numeracy-addition" (Colin Foster:
  "√12 + √3 = √15", "√12 – √3 = √9" are false; "√12 × √3 = √36", "√12 ÷ √3 = √4" are correct).
  4 cases (2 False).
- www.mathsguide.uk "misconception/rationalise-forgot" (6/√3 = 6√3/3 = 2√3). 2 cases.
- moodle.org forum discussion 363267 (a teacher wants STACK to accept ½·(3√2+2) and (3√2+2)/2 for
  "Remove surds from the denominator of (3+√2)/(√8−√2)", "but not the inital fraction"). 2 cases
  (1 False).
- github.com Khan/khan-exercises issue 98306 ("Simplify √144 which is 12": 1√144, 3√16 and 4√9
  each get "almost correct but needs to be simplified"). 3 cases (3 False).
- socratic.org "how-do-you-write-5x-5-2-as-a-radical-form" (5x^(5/2) = 5√(x⁵) or 5x²√x), answers
  413327 (2^(5/3) = 32^(1/3)) and 219449 (√(x⁵) = x^(5/2)). 4 cases.
- www.gradesaver.com Algebra 2 (1st ed.) 14.6 p952 exercise 2 (tan 75° = (1/√3+1)/(1−1/√3·1) =
  2+√3). 1 case.

72 cases in all (9 False): 22 here (2 False), 21 in bench/equiv_fresh76_b2.py (1 False), 29 in
bench/equiv_fresh76_b3.py (6 False).

Left out, by rule: statements of a rule with no answer to compare (mathwords' and revisionmaths'
"√a + √b is not the same as √(a + b)"; nsml-style "decimal approximations are not acceptable");
multiple-choice distractors of irfanakademisi's Question 15 (B 0, C 1, D √2, E 2), which only
repeat the key; irfanakademisi's Question 16, whose last line is cut off in the stored text;
mathwords' "Common Mistakes" line, whose formulas were lost; the gmatclub 99732 asker's "√1/2" and
"2√3(√2)/2", which the conversion left ambiguous; teachwire's sentence "So, √12 + √3 > √12 + 3",
garbled by the conversion; the tinkutara claim's left side "cos 7½" as a gold (the page's
correction names cot instead, so only the refusal is taken).

Examined and not used: camerongeisler.github.io, the kiwix copy of Mathematics Stack Exchange
1255016 ("why do we need to rationalize") and brainly.ph 8944 (used by bench/equiv_fresh49_c.py);
math.techqa.club 2396292 (used by bench/equiv_fresh49_c.py); web2.0calc "what is the exact value of
tan 75" (used by bench/equiv_fresh51_c2.py); math.utk.edu Math Bowl rules, inside.nku.edu O'Bryan
rules, maueroats.github.io NSML answer forms, mathcountscentral and mandelbrot.org answer forms
(used by earlier sets) and 52.40.178.25 (a copy of the mandelbrot FAQ); vhcc2.vhcc.edu Assignment
8 R8 (claimed and used in round 57); mdlake.net "Root (a+b)", brightstorm and talkabouteducation
(used before); webwork.maa.org contextLimitedRadical.pl (claimed in round 63); homeworkmules (a copy
of a socratic answer, examined before); roconnell.net "reducing the index" (its superscripts were
flattened); math.techqa.club 3787665 (its left side √(2+√3)/4 is not equal to its right side
(√3+1)/(2√2), so the page's "left and right side are equal" is itself wrong); enotes tan 75 (the
page's (9+5sqrt3)6 is wrong and not corrected), qammunity 21408528 (3 + √3 for tan 75°, wrong);
byjus tan 75° (one form, brackets unbalanced); socratic "how-do-you-write-x-2-3-in-radical-form"
(claimed, but its forms carry color() markup); student.ccbcmd.edu unit 3 practice (the key is not
in the stored text); scribd "Surds Ans" and "C1 Algebra Surds MS", mathhelpforum 26815, 42017 and
220878, simply.science surds, uniteasy 1411, ib.mycosmic.dev mark schemes (radicals or formulas
lost in the conversion); algebrahouse.com (stacked fractions); mathcontest.blogspot (instructions
only); numbas.mathcentre.ac.uk and Khan exercise templates (no concrete answers); algebra.com,
jiskha and its copies questions.llc and askanewquestion.com, and a.simonm.io (excluded by the
brief); machine-written or AI pages (edu.com, gauthmath, studyquestionhub, curioustab,
learn.padho.ai, maricahasevip, learnexams, tooldone, ibacana, sampleletters, salachar, math-gpt,
ideascuriosas, mis.kyeop, acemy, quizgecko, gradora.ai, heatherhuttca, tethyra, mathix,
public-textbooks.pages.dev) and vedantu or vaia question pages.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MW = "www.mathwords.com"
MW_NR = "https://www.mathwords.com/n/nested_radical.htm"
MED = "mediated.wiki"
MED_NR = "https://mediated.wiki/source/nested_radical"
KWX = "kiwix.lukehooper.xyz"
KWX_2165929 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/2165929/"
    "show-that-sqrt-2-sqrt-3-frac-1-2-sqrt-6-sqrt-2"
)
TQA = "math.techqa.club"
TQA_4040927 = "https://math.techqa.club/square-root-of-9a-36-sqrt-3ax-108x-4040927"
AOPS = "aopsmath.com"
AOPS_54596 = "https://aopsmath.com/c6h54596p340338"
IRF = "irfanakademisi.com"
IRF_6003 = "https://irfanakademisi.com/?p=6003"
TNK = "tinkutara.com"
TNK_46402 = "https://tinkutara.com/2023/06/04/show-that-cos-7-1-2-2-3-4-6"
# sources of bench/equiv_fresh76_b2.py
TSR = "www.thestudentroom.co.uk"
TSR_4042977 = "http://www.thestudentroom.co.uk/showthread.php?t=4042977"
TSR_3673649 = "https://www.thestudentroom.co.uk/showthread.php?t=3673649"
SOC = "socratic.org"
SOC_SQRT05 = "https://socratic.org/questions/how-do-you-simplify-sqrt-0-5"
SOC_RAT132 = (
    "https://socratic.org/questions/how-do-you-rationalize-the-denominator-and-simplify-1-sqrt3-2"
)
GS = "www.gradesaver.com"
GS_ACA_717_4 = (
    "http://www.gradesaver.com/textbooks/math/algebra/algebra-a-combined-approach-4th-edition/"
    "chapter-10-section-10-5-rationalizing-numerators-and-denominators-of-radical-expressions-"
    "exercise-set-page-717/4"
)
MOO = "www.moomoomathblog.com"
MOO_RD = "http://www.moomoomathblog.com/2024/05/rationalize-denominator.html"
GMAT = "gmatclub.com"
GMAT_99732 = "http://gmatclub.com/forum/square-roots-question-99732.html?fl=similar"
GMAT_27483 = "https://gmatclub.com/forum/which-is-equal-to-2-a-1-b-5-c-sqrt6-d-5-sqrt6-e-27483.html"
IM = "www.intmath.com"
IM_A7 = "http://www.intmath.com/exponents-radicals/ans-5.php?a=7"
TQA_2412554 = "https://math.techqa.club/why-is-sqrt-4-4-sqrt-2-2412554"
MCU = "mathcentral.uregina.ca"
MCU_CHR = "http://mathcentral.uregina.ca/QQ/database/QQ.09.06/christin1.html"
# sources of bench/equiv_fresh76_b3.py
OM4 = "www.onlinemath4all.com"
OM4_SSR = "https://www.onlinemath4all.com/simplifying-square-roots-worksheet.html"
RVM = "revisionmaths.com"
RVM_SURDS = "https://revisionmaths.com/advanced-level-maths-revision/pure-maths/algebra/surds"
TW = "teachwire.net"
TW_AS = (
    "https://teachwire.net/news/gcse-maths-mathematics-adding-surds-square-root-numeracy-addition"
)
MGU = "www.mathsguide.uk"
MGU_RF = "https://www.mathsguide.uk/misconception/rationalise-forgot"
MDL = "moodle.org"
MDL_363267 = "https://moodle.org/mod/forum/discuss.php?d=363267"
GH = "github.com"
KHAN_98306 = "https://github.com/Khan/khan-exercises/issues/98306"
SOC_5X52 = "https://socratic.org/questions/how-do-you-write-5x-5-2-as-a-radical-form"
SOC_413327 = "https://socratic.org/answers/413327"
SOC_219449 = "https://socratic.org/answers/219449"
GS_ALG2_952_2 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-2-1st-edition/chapter-14-"
    "trigonometric-graphs-identities-and-equations-14-6-apply-sum-and-difference-formulas-14-6-"
    "exercises-skill-practice-page-952/2"
)

CASES = [
    # mathwords nested radical: worked example, denesting sqrt(3+2sqrt2)
    _c(
        MW,
        MW_NR,
        gold=r"1 + \sqrt{2}",
        pred=r"\sqrt{3 + 2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="'Answer: \\sqrt{3 + 2\\sqrt{2}} = 1 + \\sqrt{2}'",
    ),
    _c(
        MW,
        MW_NR,
        gold=r"1 + \sqrt{2}",
        pred=r"\sqrt{2} + 1",
        wrap=True,
        expected=True,
        why="'\\sqrt{3 + 2\\sqrt{2}} = \\sqrt{2} + \\sqrt{1} = \\sqrt{2} + 1'; Answer: '= 1 + \\sqrt{2}'",
    ),
    _c(
        MW,
        MW_NR,
        gold=r"1 + \sqrt{2}",
        pred=r"\sqrt{2} + \sqrt{1}",
        wrap=True,
        expected=True,
        why="'\\sqrt{3 + 2\\sqrt{2}} = \\sqrt{2} + \\sqrt{1} = \\sqrt{2} + 1'",
    ),
    # mediated.wiki copy of the Wikipedia article 'Nested radical', section Denesting
    _c(
        MED,
        MED_NR,
        gold=r"1+\sqrt{2}",
        pred=r"\sqrt{3+2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="Denesting: 'Some nested radicals can be rewritten ... \\sqrt{3+2\\sqrt{2}} = 1+\\sqrt{2}'",
    ),
    _c(
        MED,
        MED_NR,
        gold=r"\sqrt{3}",
        pred=r"\sqrt2+\sqrt{5-2\sqrt{6}}",
        wrap=True,
        expected=True,
        why="Denesting examples: '\\sqrt2+\\sqrt{5-2\\sqrt{6}} = \\sqrt{3}'",
    ),
    _c(
        MED,
        MED_NR,
        gold=r"\frac{1 - \sqrt[3]{2} + \sqrt[3]{4}}{\sqrt[3]{9}}",
        pred=r"\sqrt[3]{\sqrt[3]{2} - 1}",
        wrap=True,
        expected=True,
        why="Denesting examples: '\\sqrt[3]{\\sqrt[3]{2} - 1} = \\frac{1 - \\sqrt[3]{2} + \\sqrt[3]{4}}{\\sqrt[3]{9}}'",
    ),
    _c(
        MED,
        MED_NR,
        gold=r"\sqrt[6]{2}",
        pred=r"\sqrt[3]{\sqrt{2}}",
        wrap=True,
        expected=True,
        why="'Another simple example, \\sqrt[3]{\\sqrt{2}} = \\sqrt[6]{2}'",
    ),
    # kiwix copy of Mathematics Stack Exchange 2165929: sqrt(2-sqrt3) = (sqrt6-sqrt2)/2
    _c(
        KWX,
        KWX_2165929,
        gold=r"\frac{1}{2}(\sqrt{6}-\sqrt{2})",
        pred=r"\sqrt{2-\sqrt{3}}",
        wrap=True,
        expected=True,
        why="question 'Prove ... \\sqrt{2-\\sqrt{3}}=\\frac{1}{2}(\\sqrt{6}-\\sqrt{2})', proved in the answer",
    ),
    _c(
        KWX,
        KWX_2165929,
        gold=r"\frac{1}{2}(\sqrt{6}-\sqrt{2})",
        pred=r"\frac{\sqrt {3} -1 }{ \sqrt {2} }",
        wrap=True,
        expected=True,
        why="answer's chain: '... =\\frac{\\sqrt {3} -1 }{ \\sqrt {2} } = \\frac{\\sqrt{6}-\\sqrt{2}}{2}'",
    ),
    _c(
        KWX,
        KWX_2165929,
        gold=r"\frac{1}{2}(\sqrt{6}-\sqrt{2})",
        pred=r"\frac{\sqrt{6}-\sqrt{2}}{2}",
        wrap=True,
        expected=True,
        why="answer's chain ends '& = \\frac{\\sqrt{6}-\\sqrt{2}}{2}'",
    ),
    _c(
        KWX,
        KWX_2165929,
        gold=r"\sqrt{5+\sqrt{21}}",
        pred=r"\sqrt{2+\sqrt{3}}+\sqrt{4-\sqrt{7}}",
        wrap=True,
        expected=True,
        why="'Find a simpler form for x=\\sqrt{2+\\sqrt{3}}+\\sqrt{4-\\sqrt{7}}' ... '\\boxed{x=\\sqrt{5+\\sqrt{21}}}'",
    ),
    # math.techqa.club 4040927: an old book's sqrt(9a+36sqrt(3ax)+108x) = 3sqrt(a)+6sqrt(3x)
    _c(
        TQA,
        TQA_4040927,
        gold=r"3\sqrt{a} + 6\sqrt{3x}",
        pred=r"\sqrt{9a + 36\sqrt{3ax} + 108x}",
        wrap=True,
        expected=True,
        why="book: 'Square root of 9a + 36\\sqrt{3ax} + 108x Equals to 3\\sqrt{a} + 6\\sqrt{3x}'; asker: 'same as the book's answer'; answer: 'Hence it is true.'",
    ),
    _c(
        TQA,
        TQA_4040927,
        gold=r"3\sqrt{a} + 6\sqrt{3x}",
        pred=r"3(\sqrt{a} + 2\sqrt{3x})",
        wrap=True,
        expected=True,
        why="asker's corrected derivation: '& = 3(\\sqrt{a} + 2\\sqrt{3x}) \\\\ & = 3\\sqrt{a} + 6\\sqrt{3x}'",
    ),
    _c(
        TQA,
        TQA_4040927,
        gold=r"3\sqrt{a} + 6\sqrt{3x}",
        pred=r"3(\sqrt{a} + 2\sqrt{3x})^2",
        wrap=True,
        expected=False,
        why="asker's first result '3(\\sqrt{a} + 2\\sqrt{3x})^2 ... Which is definitely a different expression' (then: 'I found my mistake')",
    ),
    # aopsmath.com c6h54596 (Pan African 2004): is 4sqrt(4-2sqrt3)+sqrt(97-56sqrt3) an integer?
    _c(
        AOPS,
        AOPS_54596,
        gold=r"3",
        pred=r"4\sqrt{4-2\sqrt{3}}+\sqrt{97-56\sqrt{3}}",
        wrap=True,
        expected=True,
        why="'4-2\\sqrt{3} = {(\\sqrt{3}-1)}^2 97-56\\sqrt{3} = {(7-4\\sqrt{3})}^2 3 is indeed an integer'",
    ),
    # irfanakademisi.com 'Nested Radicals': examples and Question 15 (answer A)
    _c(
        IRF,
        IRF_6003,
        gold=r"\sqrt{3 } \;- \;1",
        pred=r"\sqrt{\underbrace{4}_{3+1}\; – \;2{\sqrt{\underbrace{3}_{3.1}}}}",
        wrap=True,
        expected=True,
        why="Examples: '\\sqrt{\\underbrace{4}_{3+1}\\; – \\;2{\\sqrt{\\underbrace{3}_{3.1}}}} = \\sqrt{3 } \\;- \\;1'",
    ),
    _c(
        IRF,
        IRF_6003,
        gold=r"{2 }\; -\; \sqrt{3 }",
        pred=r"|\sqrt{4} – \sqrt{3}|",
        wrap=True,
        expected=True,
        why="Examples: '... = |\\sqrt{4} – \\sqrt{3}| ={2 }\\; -\\; \\sqrt{3 }'",
    ),
    _c(
        IRF,
        IRF_6003,
        gold=r"-1",
        pred=r"\sqrt{3 \ – \ \sqrt{ 8} } \ – \ \sqrt{2 }",
        wrap=True,
        expected=True,
        why="Question 15: 'What is the result of ... \\sqrt{3 \\ – \\ \\sqrt{ 8} } \\ – \\ \\sqrt{2 }' ... '= -1', 'Answer: A' (A) -1)",
    ),
    _c(
        IRF,
        IRF_6003,
        gold=r"-1",
        pred=r"|\sqrt{2}\; – \;\sqrt{1}| \;- \; \sqrt{2 }",
        wrap=True,
        expected=True,
        why="Question 15 solution: '|\\sqrt{2}\\; – \\;\\sqrt{1}| \\;- \\; \\sqrt{2 } =\\sqrt{2 }\\; -\\; 1 -\\;\\sqrt{2 }' '= -1'",
    ),
    # tinkutara question 46402: cos 15 and cos 7.5 degrees as nested radicals; the claim is refused
    _c(
        TNK,
        TNK_46402,
        gold=r"\frac{\sqrt{\mathrm{2}+\sqrt{\mathrm{3}}}}{\mathrm{2}}",
        pred=r"\sqrt{\frac{\mathrm{1}+\frac{\sqrt{\mathrm{3}}}{\mathrm{2}}}{\mathrm{2}}}",
        wrap=True,
        expected=True,
        why="ajfour: '\\mathrm{cos}\\:\\mathrm{15}°=\\sqrt{\\frac{...}{\\mathrm{2}}}=\\:\\frac{\\sqrt{\\mathrm{2}+\\sqrt{\\mathrm{3}}}}{\\mathrm{2}}'",
    ),
    _c(
        TNK,
        TNK_46402,
        gold=r"\frac{\sqrt{\mathrm{2}+\sqrt{\mathrm{2}+\sqrt{\mathrm{3}}}}}{\mathrm{2}}",
        pred=r"\sqrt{\frac{\mathrm{1}+\frac{\sqrt{\mathrm{2}+\sqrt{\mathrm{3}}}}{\mathrm{2}}}{\mathrm{2}}}",
        wrap=True,
        expected=True,
        why="ajfour: 'cos (15/2)° = \\sqrt{\\frac{1+\\frac{\\sqrt{2+\\sqrt{3}}}{2}}{2}} = \\frac{\\sqrt{2+\\sqrt{2+\\sqrt{3}}}}{2}'",
    ),
    _c(
        TNK,
        TNK_46402,
        gold=r"\frac{\sqrt{\mathrm{2}+\sqrt{\mathrm{2}+\sqrt{\mathrm{3}}}}}{\mathrm{2}}",
        pred=r"\sqrt{\mathrm{2}}+\sqrt{\mathrm{3}}+\sqrt{\mathrm{4}}+\sqrt{\mathrm{6}}",
        wrap=True,
        expected=False,
        why="claim 'cos 7 1/2 = \\sqrt{2}+\\sqrt{3}+\\sqrt{4}+\\sqrt{6}'; comment: 'it should be cot 7 1/2'; answer derives cos (15/2)° otherwise",
    ),
]

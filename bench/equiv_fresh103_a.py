r"""A hundred-and-third fresh set of answer-equivalence cases (evaluation only; helper "a": online
homework and assessment systems -- the help pages, author guides and wiki pages of answer
checkers (CTAT, Learnosity, Edulastic, Mastery Connect, iQualify, a STACK feedback library, Khan
Academy's exercise framework) that list which forms of an answer the checker treats as the same
answer, which it accepts, and which it refuses as not equal).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool, and for the
GitHub wiki, issue and CTAT pages the ``docs`` corpus), not from repositories' code; no earlier set
used them (each URL or page id, and domain plus distinctive path part, was grepped in bench/, and
checked against /work/wt/fresh*_claims/claims.txt; each page was claimed in
/work/wt/fresh103_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt)
was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh103_a2.py (same
rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (spacing as printed, "9 + 4x"
against "9+2x+2x", CTAT's postfix "(x + 1x - 3)2", units run on as in "0.005km", "½" and "3x²"
kept as unicode, ".333333333" and ".006m" without a leading zero). The inline-math delimiters
\( \) of the Learnosity feature page are dropped and the text inside kept. Where a page lists
several forms as all acceptable without naming the authored answer, the first listed form is the
gold and each further form a True case (Learnosity's "3+x^2+4x", "0.005km"). Where a page names
the authored answer ("if the correct answer is 6", "If you put 100cm in Value", "the authored
value is xy(x+2)"), that answer is the gold. For CTAT's table, expression1 is the gold and
expression2 the pred ("==" means algEquiv returns true). Form-checking methods (equivLiteral,
isExpanded, isFactorised, isSimplified) refuse forms that are equal in value; such a refused form
is taken only where the page itself says it is equivalent to the answer or is a form of it, and
then as a True case (the page's "even if ... mathematically equivalent", "although equivalent
to", "not in an expanded form of 2x+2y"); each such ``why`` says so.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- github.com CMUCTAT/CTAT wiki "Arithmetic-Expressions" (algEquiv: "returns true if the student
  input is "9 + 4x" or "9+2x+2x"" for "4x+9", and a table of "==" rows for "2x + x - 3 + 5" and
  "2(x + x - 3) + 5*2"). 9 cases.
- www.learnosity.com "features/math-questions" (interactive-demo hints: "All of the following
  would be acceptable: 3+x^2+4x, x(x+4)+3, x^2+4x+3"; "3:2 ratios such as 15:10, 3:2, and 30:20 are
  all acceptable"; "0.005km, 500cm, 5000mm 16.40ft, 196.8in would all be acceptable"). 8 cases.
- authorguide.learnosity.com articles 360000442998 "equivLiteral" ("both x+1 and 1+x will be
  considered correct") and 11608577368093 "Literally equal to (equivLiteral)" ("the authored value
  is xy(x+2), then (2+x)yx would be accepted"). 2 cases.
- edulastic.zendesk.com article 360053096991 "Checking the grading of your questions" ("4/6 ... is
  mathematically equivalent to 2/3"). 1 case.
- github.com mkraska/meclib wiki "fb_floats()" ("0.708*c*a for the exact (3*sqrt(5)-6)*c*a";
  "sqrt(2)*sqrt(x) (Maxima's form of sqrt(2*x))"). 2 cases.
- github.com Khan/khan-exercises issue 399 (""02" is not accepted when correct answer is "2"",
  filed as a regression: "This works in the old framework") and wiki "Writing-Exercises:-Answer-
  Types" ("1.0 would be marked incorrect if the answer was 1, even though they're numerically
  equal", for the literal text type). 2 cases.

Sources of bench/equiv_fresh103_a2.py:

- community.canvaslms.com Mastery Connect item-authoring articles 562962 (equivSymbolic: "if the
  correct answer is 6 ... 6/1, 12/2, 3+3, or 6.0"; "1/3 ... 1/3 or .333333333 or 2/3 - 1/3"),
  547323 (equivValue: "6mm ... .006m"; "4 ... (4)"), 563039 (equivLiteral: "Even if the student
  response is mathematically equivalent ... 4 ... 2+2 or 8/2"), 563030 (isExpanded: "2(x+y) ...
  not in an expanded form of 2x+2y") and 563036 (isFactorised: "2x+4 ... not in a factored form of
  2(x+2)"). 12 cases.
- intercom.help/iqualify and www.iqualify.com/help articles 3550736 (overview: "3+2 is equivalent
  to 2+3", "3x + 6 is equivalent to 3(x+2)"), 4152089 (equivLiteral: "0.5, 3/6 and 1/2 are
  mathematically equivalent (all one half)"), 4155192 (equivValue: "100cm ... correct for 1m,
  1000mm ... But incorrect for 100mm"; "4 ... 4.0 ... However 4% is incorrect as it has a value
  of 0.04"), 4162838 (isSimplified: "3x² + 2x and 2x + 3x² ... are equivalent") and 4165768
  (isFactorised: "x(x-3) + 2 - although equivalent to x^2-3x+2"; "(x-2)(x-1) and (x-1)(x-2) ...
  marked as correct"). 14 cases (2 False).

50 cases in all (2 False): 24 here (0 False), 26 in bench/equiv_fresh103_a2.py (2 False).

Left out, by rule: refusals by a form-checking method where the page does not itself say the
refused form is equal (Mastery Connect equivLiteral "5+1" for 6, isSimplified "2x+3x"; iQualify
"2 × 2 × 5 × 5" against "2² × 5²", "5x - 2x" for 3x, "x² + 2x + 2x²" unsimplified, "40/10"
unsimplified); forms whose exponents the text conversion lost (iQualify overview "x2 + 2x",
"2x2 +2x", "x(x+2)"; the Möbius/Maple T.A. examples "10000 cm2", "(t+1)2"); iQualify's "2x2"
(a times sign written as the letter x, ambiguous as text) and its equivSymbolic "forms of
representing a third" (no form of the answer is written; only the refused "0.3" is); Mastery
Connect equivValue's "if the correct answer is 4, a response of (4) or 0.4 or .40 are also scored
as correct" (0.4 and .40 are not 4: a slip on the page, so only "(4)" is taken); tolerance ranges
("10 ± 1.5", "87.7 ... tolerance of ± 0.2"); the Learnosity demo hint "3x+y^2=x+x+x+y^2" (a true
equation offered as an answer, not a pair of equal answers).

Examined and not used: webwork.maa.org forum threads d=3529, 3313, 479, 3512, 4561, 8495 and the
WeBWorK help files on interval notation and entering answers (viewvc, ucdavis, ms.uky.edu,
studylib, pdfedu copies), wwrenderer.libretexts.org ASU introduction problems, maplesoft.com
Maple T.A. ch04s06, digitaled.com Möbius "Enter equivalent responses", help.pearsoncmg.com MyLab
answer-rule tables, mobymax, varsitylearning, algebrakit, grasple, docs.wiris.com, lite.msu.edu
LON-CAPA help, cl.desmos.com threads, studylib 8240114 WebAssign operators, gbadams WebAssign
tips, terminus.sdsu.edu, qamlof.blogspot.com, arithmetika.com, mathspace, docs.stack-assessment.org
and STACK's test-suite mails (all used or examined by earlier sets); huggingface.co
Nemotron-CC-Math rows (LLM-rewritten copies of WeBWorK, Desmos and Learnosity pages);
cl.desmos.com "check-algebraic-expression-answer" (only a checking recipe; its one refusal,
"2x+4" where "5x - 3x + 4" is wanted, is about form); source.loncapa.org sampling help ("is
sin 2x = 2 sin x cos x?" asked, not settled); numbas issue 1012 (the refused form is the same
string as the answer); aeanet.org (generated); GeoGebra's DezimalInBruch manual page (a
conversion command, not an answer checker); mathhelpforum and physicsforums threads whose formulas
the text conversion dropped.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GH = "github.com"
GH_CTAT = "https://github.com/CMUCTAT/CTAT/wiki/Arithmetic-Expressions"
GH_MECLIB = "https://github.com/mkraska/meclib/wiki/fb_floats()"
GH_KHAN_399 = "https://github.com/Khan/khan-exercises/issues/399"
GH_KHAN_WIKI = "https://github.com/Khan/khan-exercises/wiki/Writing-Exercises:-Answer-Types"
LRN = "www.learnosity.com"
LRN_FEAT = "https://www.learnosity.com/features/math-questions"
LRA = "authorguide.learnosity.com"
LRA_LIT_OLD = "https://authorguide.learnosity.com/hc/en-us/articles/360000442998-equivLiteral"
LRA_LIT_NEW = (
    "https://authorguide.learnosity.com/hc/en-us/articles/"
    "11608577368093-Literally-equal-to-equivLiteral"
)
EDU = "edulastic.zendesk.com"
EDU_CHK = (
    "https://edulastic.zendesk.com/hc/en-us/articles/"
    "360053096991-Checking-the-grading-of-your-questions"
)
# sources of bench/equiv_fresh103_a2.py
CNV = "community.canvaslms.com"
CNV_SYM = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Item-Authoring/"
    "How-do-I-use-the-equivSymbolic-mathematical-scoring-method-when/ta-p/562962"
)
CNV_VAL = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Assessments/"
    "How-do-I-use-the-equivValue-mathematical-scoring-method-when/ta-p/547323"
)
CNV_LIT = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Item-Authoring/"
    "How-do-I-use-the-equivLiteral-mathematical-scoring-method-when/ta-p/563039"
)
CNV_EXP = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Item-Authoring/"
    "How-do-I-use-the-isExpanded-mathematical-scoring-method-when/ta-p/563030"
)
CNV_FAC = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Item-Authoring/"
    "How-do-I-use-the-isFactorised-mathematical-scoring-method-when/ta-p/563036"
)
IQ = "intercom.help"
IQ_OVER = (
    "https://intercom.help/iqualify/en/articles/"
    "3550736-overview-of-marking-methods-for-math-fill-in-the-blanks-cloze"
)
IQ_LIT = (
    "https://intercom.help/iqualify/en/articles/"
    "4152089-how-to-use-the-equivliteral-marking-method-for-maths-cloze"
)
IQ_VAL = (
    "https://intercom.help/iqualify/en/articles/"
    "4155192-how-to-use-the-equivvalue-marking-method-for-maths-cloze"
)
IQ_SIMP = (
    "https://intercom.help/iqualify/en/articles/4162838-issimplified-marking-method-for-maths-cloze"
)
IQW = "www.iqualify.com"
IQ_FAC = (
    "https://www.iqualify.com/help/en/articles/4165768-isfactorised-marking-method-for-maths-cloze"
)

CASES = [
    # CTAT wiki Arithmetic-Expressions: algEquiv examples, '==' means the function returns true
    _c(
        GH,
        GH_CTAT,
        gold=r"4x+9",
        pred=r"9 + 4x",
        wrap=True,
        expected=True,
        why='\'algEquiv(input, "4x+9")returns true if the student input is "9 + 4x" or "9+2x+2x"\'',
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"4x+9",
        pred=r"9+2x+2x",
        wrap=True,
        expected=True,
        why='\'algEquiv(input, "4x+9")returns true if the student input is "9 + 4x" or "9+2x+2x"\'',
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2x + x - 3 + 5",
        pred=r"2*x + x + (-3) + 5",
        wrap=True,
        expected=True,
        why="table row '2x + x - 3 + 5 | == | 2*x + x + (-3) + 5'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2x + x - 3 + 5",
        pred=r"x*2 + 1x + 5 - 3",
        wrap=True,
        expected=True,
        why="table row '2x + x - 3 + 5 | == | x*2 + 1x + 5 - 3'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2x + x - 3 + 5",
        pred=r"3x + 2",
        wrap=True,
        expected=True,
        why="table row '2x + x - 3 + 5 | == | 3x + 2'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2(x + x - 3) + 5*2",
        pred=r"2(x + 1x - 3) + 2*5",
        wrap=True,
        expected=True,
        why="table row '2(x + x - 3) + 5*2 | == | 2(x + 1x - 3) + 2*5'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2(x + x - 3) + 5*2",
        pred=r"(x + 1x - 3)2 + 2*5",
        wrap=True,
        expected=True,
        why="table row '2(x + x - 3) + 5*2 | == | (x + 1x - 3)2 + 2*5'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2(x + x - 3) + 5*2",
        pred=r"(x + x*1 - 3*1)2 + 2*5",
        wrap=True,
        expected=True,
        why="table row '2(x + x - 3) + 5*2 | == | (x + x*1 - 3*1)2 + 2*5'",
    ),
    _c(
        GH,
        GH_CTAT,
        gold=r"2(x + x - 3) + 5*2",
        pred=r"5*2 + (x + x + (-3))2",
        wrap=True,
        expected=True,
        why="table row '2(x + x - 3) + 5*2 | == | 5*2 + (x + x + (-3))2'",
    ),
    # learnosity.com math-questions feature page: hints listing forms that 'would all be acceptable'
    _c(
        LRN,
        LRN_FEAT,
        gold=r"3+x^2+4x",
        pred=r"x(x+4)+3",
        wrap=True,
        expected=True,
        why="'All of the following would be acceptable: \\(3+x^2+4x\\) \\(x(x+4)+3\\) \\(x^2+4x+3\\)'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"3+x^2+4x",
        pred=r"x^2+4x+3",
        wrap=True,
        expected=True,
        why="'All of the following would be acceptable: \\(3+x^2+4x\\) \\(x(x+4)+3\\) \\(x^2+4x+3\\)'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"3:2",
        pred=r"15:10",
        wrap=True,
        expected=True,
        why="'3:2 ratios such as 15:10, 3:2, and 30:20 are all acceptable'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"3:2",
        pred=r"30:20",
        wrap=True,
        expected=True,
        why="'3:2 ratios such as 15:10, 3:2, and 30:20 are all acceptable'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"0.005km",
        pred=r"500cm",
        wrap=True,
        expected=True,
        why="'\\(0.005km\\), \\(500cm\\), \\(5000mm\\) \\(16.40ft\\), \\(196.8in\\) would all be acceptable'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"0.005km",
        pred=r"5000mm",
        wrap=True,
        expected=True,
        why="'\\(0.005km\\), \\(500cm\\), \\(5000mm\\) \\(16.40ft\\), \\(196.8in\\) would all be acceptable'",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"0.005km",
        pred=r"16.40ft",
        wrap=True,
        expected=True,
        why="same list ('would all be acceptable'; imperial forms rounded)",
    ),
    _c(
        LRN,
        LRN_FEAT,
        gold=r"0.005km",
        pred=r"196.8in",
        wrap=True,
        expected=True,
        why="same list ('would all be acceptable'; imperial forms rounded)",
    ),
    # Learnosity author guide, equivLiteral (old and new articles): order-insensitive options
    _c(
        LRA,
        LRA_LIT_OLD,
        gold=r"x+1",
        pred=r"1+x",
        wrap=True,
        expected=True,
        why="'Ignore order ... E.g. both x+1 and 1+x will be considered correct.'",
    ),
    _c(
        LRA,
        LRA_LIT_NEW,
        gold=r"xy(x+2)",
        pred=r"(2+x)yx",
        wrap=True,
        expected=True,
        why="'if ... the authored value is xy(x+2), then (2+x)yx would be accepted as a correct learner response'",
    ),
    # Edulastic help: an unsimplified fraction is mathematically equivalent
    _c(
        EDU,
        EDU_CHK,
        gold=r"2/3",
        pred=r"4/6",
        wrap=True,
        expected=True,
        why="'we should try 4/6 ... it is mathematically equivalent to 2/3'",
    ),
    # meclib wiki fb_floats(): rounded and root-split forms of a STACK answer
    _c(
        GH,
        GH_MECLIB,
        gold=r"(3*sqrt(5)-6)*c*a",
        pred=r"0.708*c*a",
        wrap=True,
        expected=True,
        why="'a symbolic answer whose numbers may be rounded, e.g. 0.708*c*a for the exact (3*sqrt(5)-6)*c*a'",
    ),
    _c(
        GH,
        GH_MECLIB,
        gold=r"sqrt(2*x)",
        pred=r"sqrt(2)*sqrt(x)",
        wrap=True,
        expected=True,
        why="'sqrt(2)*sqrt(x) (Maxima's form of sqrt(2*x)) and a single root agree'",
    ),
    # Khan Academy exercises: issue 399 and the wiki page on answer types
    _c(
        GH,
        GH_KHAN_399,
        gold=r"2",
        pred=r"02",
        wrap=True,
        expected=True,
        why="issue title '\"02\" is not accepted when correct answer is \"2\"' (reported as a bug: 'This works in the old framework')",
    ),
    _c(
        GH,
        GH_KHAN_WIKI,
        gold=r"1",
        pred=r"1.0",
        wrap=True,
        expected=True,
        why="'1.0 would be marked incorrect if the answer was 1, even though they're numerically equal' (text type only)",
    ),
]

r"""A sixtieth fresh set of answer-equivalence cases (evaluation only; helper "b": sequences and
series -- nth-term formulas written in different equivalent forms (3n + 2 against a + (n - 1)d
forms), sign factors of alternating sequences, geometric nth terms rewritten with another power,
closed forms of finite sums, and a repeating decimal summed as a geometric series -- where a
forum reply, a tutor, an expert's corrections or a teacher's True/False key settles which forms
are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt,
/work/wt/fresh58_claims/claims.txt and /work/wt/fresh59_claims/claims.txt; each page was claimed in
/work/wt/fresh60_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX, "n²" with
its superscript character, "x" for times in the jeopardylabs clues, the en dashes of "a + (n – 1)d",
the techqa asker's "8*\frac{3}{2}^{n-1}" without brackets round the fraction, and the closing
"\frac{3n^2 - n + 2}2" with its bare 2). A left side such as "Un =", "a_n =", "nth term =" or
"term =" is dropped and the right side kept (jeopardylabs: "term = 4 x position + 1" gives the pred
"4 x position + 1"). Where a chain "A = B = C" ends at the answer the page settles, the answer is
the gold and each earlier link a True case; where a reply refuses the asker's (or the book's) form,
the form the reply gives is the gold and the refused one a False case. Readings, each noted in
``why``: the jeopardylabs clues state an equation "term = ... is nth term = ..." and the key says
True or False, so the two right sides are compared; web2.0calc.es gives sign factors for the
patterns "1, -1, 1, ..." ((-1)^(n + 1) or (-1)^(n - 1)) and "-1, 1, -1, ..." ((-1)^n), and the
latter is taken as refused for the former; in wyzant 179995 the tutor's refusal of "an = 2 + 3n"
holds for a sequence whose first term is called a1 (she says so).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathhelpforum.com pre-calculus/195579 (-5, 0, 5, 10, ...: the student's "-5 + (n - 1)5 = -5 + 5n
  -5 = 5n - 10" against the textbook's "Un = 5n"; reply: "I agree with you and not the textbook").
  3 cases (1 False).
- en.allexperts.com Advanced-Math 2010/12 "Sequences-6" (-2, -5, -8, ...: the expert's margin notes
  on the student's "3n+1": "need (): -2 + (n-1)(-3)", "wrong arithmetic: -2 - 3n + 3", "should be
  1 - 3n"). 3 cases (1 False).
- jeopardylabs.com print/sequences-188 (a teacher's Jeopardy board: "term = 4 x position + 1 is nth
  term = 4n + 1" True; "term = 1 x position - 3 is nth term = 1 + n x 3" False, "nth term = 1 x n
  - 3"; for 2 5 8 11 "term = 3 x position + 1" False, "It's: term = 3 x position - 1"). 4 cases
  (2 False).
- mathhelpboards.com threads/decimal-expansion-to-rational-number.1734 (".33444...= \frac{1}{3} +
  \frac{1}{900} = \frac{301}{900}"). 2 cases.
- math.techqa.club writing-geometric-series-formula-1216252 (8, 12, 18, 27, ...: the asker's
  "8*\frac{3}{2}^{n-1}" and the book's "\frac{16}{3}(\frac{3}{2})^n", "I tried both and they
  work"; the answer shows the rewrite does "not change the value"). 1 case.
- math.techqa.club ...-identical-4443684 ("a_n = 3*0.5^{n-1}" and "b_n = \frac{3}{2^{n-1}}": "Yes
  ... the same geometric series written in decimal and fractional form"). 1 case.
- wiki.rmanhart.org copy of math.stackexchange 1826076 (\sum_{i=1}^n (3i+1): the asker's
  "\frac{9n^2 + 6n + 3}{2}" against the answers' "\frac{3n^2+5n}{2}", "\frac{n(3n+5)}{2}",
  "\frac{n(5+3n)}{2}", "3\frac{n(n+1)}{2} + n"). 4 cases (1 False).
- math.techqa.club find-the-formula-for-1-4-7-...-2652608 (the asker's "\frac{3n^2 - n + 2}2"
  "seems wrong"; answer: "\sum_{k=1}^n (3k-2)=\frac{n}{2}(3n-1)"). 1 case (1 False).
- www.wyzant.com resources/answers/840787 (4 + 7 + 10 + ... + (3n+1): "Sn = (n/2)(4+3n+1) =
  (n/2)(3n+5) = 3n^2/2 + 5n/2", "= (3/2)n^2 + 5n/2"). 3 cases.
- web2.0calc.es preguntas "7-the-sequence-follows-a-times-1-pattern..." (6, -6, 6, -6, ...: "either
  use the expression (-1)^(n + 1) or the expression (-1)^(n - 1)"; "-1, 1, -1, ... use the
  expression (-1)^n"). 2 cases (1 False).
- www.mathisfunforum.com viewtopic.php?pid=97991 (2, 5, 10, 17, 26: "2 + (n-1)3 + 0.5(n-1)(n-2)2 =
  (n-1)(n-2) + 3(n-1) + 2 = n² - 3n + 2 + 3n - 3 + 2 = n² + 1"). 3 cases.
- www.wyzant.com resources/answers/179995 (2, 5, 8, 11, 14 with first term a1: "an = 2 + 3(n - 1)";
  "It can't be the same as the first formula [an = 2 + 3n] because then a1 ... would be 5 instead
  of 2"). 1 case (1 False).
- indextestingapp.uonbi.ac.ke preguntia/23906572 (a copied homework-help answer, not marked AI:
  "a_n=3+4(n-1) or, if you want to make it easier to deal with: a_n=4n-1"). 1 case.
- aconeyislandofthemind.blog 2020/11/14 "forms-of-the-n-th-number-in-a-sequence" ("first form: a +
  (n – 1)d", "second form: (a – d) + nd", "They are algebraically equivalent, of course"). 1 case.

30 cases in all (8 False).

Left out, by rule: the physicsforums copy of the same -5, 0, 5, 10 question (thread 515653; its
reply "Depends ... If the first term has index -1, then the book is right" leaves it open);
allexperts' shifted "7 - 3m" (the expert derives the book's "7-3n" only by renumbering the terms,
"Why do it? Don't ask."); jiskha threads and their askanewquestion.com copies (jiskha excluded,
e.g. "tn = 19 - 7n" against "7n + 19", "-168-8n" against "21 + (n-1)*(-8)"); algebra.com
("(n+1)(n+2)" for n^2+3n+2, "(-3)^(n - 1)" against a refused "-3^n-1", sigma notation with a
shifted index); gcse-maths-foundation.co.uk misconception pages (classed as AI-written by
bench/equiv_fresh46_d.py); mathhelpforum 97954 (used by bench/equiv_fresh53_d.py) and 209904 (used
by bench/equiv_fresh50_b.py and bench/equiv_fresh53_d.py); mark schemes whose only alternatives
are "oe" or "accept any unsimplified form" with no form written out (scribd 791313790 Number
Sequences worksheet, the AQA "Sequences (H)" topic test copy); forms whose exponents or fractions
the text conversion lost (sparknotes "an = 2×3(n - 1)", shmoop "(-1)n2n – 1", mathskey worked
answers, passpadi "n2 + n", the wyzant tutor's "(3n2+ 5n) /2"); math.answers.com's 6th-degree
polynomial fitting 1, 3, 5, 7, 9, 11 (offered as another valid answer, not as equal or refused).

Examined and not used: a.simonm.io mark schemes (excluded); gauthmath, questionai, smartsolve,
edu.com, vaia "expert verified", cameramath/upstudy, solvely, gradora.ai, kramizo.com mock papers
and other AI-written or generated pages; mytutor 28056 and pythagorasandthat (one form only);
mathleaks and gradesaver sequence solutions (one form only); paperzz 8490230 Big Ideas patterns
(single answers); oak.quizalize and examplayground (multiple choice); mathmistakes.org recursive
table post (commenters unsure); thestudentroom 3923925 (the thread leaves the book's r^(n+1) form
unsettled); vaia and qamnty repeating-decimal pages (generated); blox.zone and Fibonacci
next-term pages (single answers).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MHF = "mathhelpforum.com"
MHF_195579 = "http://mathhelpforum.com/pre-calculus/195579-arithmetic-sequences-series.html"
AE = "en.allexperts.com"
AE_SEQ6 = "http://en.allexperts.com/q/Advanced-Math-1363/2010/12/Sequences-6.htm"
JL = "jeopardylabs.com"
JL_188 = "https://jeopardylabs.com/print/sequences-188"
MHB = "mathhelpboards.com"
MHB_1734 = "https://mathhelpboards.com/threads/decimal-expansion-to-rational-number.1734/"
TQ = "math.techqa.club"
TQ_1216252 = "https://math.techqa.club/writing-geometric-series-formula-1216252"
TQ_4443684 = (
    "https://math.techqa.club/"
    "are-two-geometric-sequences-with-the-first-a-1-and-the-same-common-ratio-identical-4443684"
)
TQ_2652608 = (
    "https://math.techqa.club/"
    "find-the-formula-for-1-4-7-ldots-3n-2-and-verify-the-formula-by-induction-2652608"
)
RMH = "wiki.rmanhart.org"
RMH_1826076 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/1826076/"
    "write-an-explicit-formula-for-the-sum-sum-i-1-n-3i-1"
)
WYZ = "www.wyzant.com"
WYZ_840787 = (
    "https://www.wyzant.com/resources/answers/840787/"
    "find-the-sum-of-the-arithmetic-series-4-7-10-13-3n-1"
)
WYZ_179995 = (
    "https://www.wyzant.com/resources/answers/179995/"
    "how_do_you_convert_between_these_types_of_arithmetic_explicit_equations"
)
W2C = "web2.0calc.es"
W2C_7 = (
    "https://web2.0calc.es/preguntas/"
    "7-the-sequence-follows-a-times-1-pattern-6-6-6-6-write-a-formula-for-the-th-term-of-the-sequence"
)
MIF = "www.mathisfunforum.com"
MIF_97991 = "https://www.mathisfunforum.com/viewtopic.php?pid=97991"
UON = "indextestingapp.uonbi.ac.ke"
UON_23906572 = "https://indextestingapp.uonbi.ac.ke/preguntia/23906572"
ACI = "aconeyislandofthemind.blog"
ACI_FORMS = "https://aconeyislandofthemind.blog/2020/11/14/forms-of-the-n-th-number-in-a-sequence/"

CASES = [
    # mathhelpforum 195579: student's 5n - 10 against the textbook's 5n
    _c(
        MHF,
        MHF_195579,
        gold=r"5n - 10",
        pred=r"-5 + (n - 1)5",
        wrap=True,
        expected=True,
        why="student's 'Un = a + (n - 1)d => -5 + (n - 1)5 = -5 + 5n -5 = 5n - 10'; reply: 'I agree with you and not the textbook.'",
    ),
    _c(
        MHF,
        MHF_195579,
        gold=r"5n - 10",
        pred=r"-5 + 5n -5",
        wrap=True,
        expected=True,
        why="same chain '-5 + (n - 1)5 = -5 + 5n -5 = 5n - 10', agreed by the reply",
    ),
    _c(
        MHF,
        MHF_195579,
        gold=r"5n - 10",
        pred=r"5n",
        wrap=True,
        expected=False,
        why="book's 'Un = 5n' for -5, 0, 5, 10, ...; reply: 'I agree with you and not the textbook.'",
    ),
    # allexperts Sequences-6: the expert's margin corrections
    _c(
        AE,
        AE_SEQ6,
        gold=r"1 - 3n",
        pred=r"-2 + (n-1)(-3)",
        wrap=True,
        expected=True,
        why="expert's margin notes: 'need (): -2 + (n-1)(-3)' ... '<< should be 1 - 3n'",
    ),
    _c(
        AE,
        AE_SEQ6,
        gold=r"1 - 3n",
        pred=r"-2 - 3n + 3",
        wrap=True,
        expected=True,
        why="expert: '=-2+3n+3 << wrong arithmetic: -2 - 3n + 3' then '<< should be 1 - 3n'",
    ),
    _c(
        AE,
        AE_SEQ6,
        gold=r"1 - 3n",
        pred=r"3n+1",
        wrap=True,
        expected=False,
        why="student's '= 3n+1 (Answer)'; expert: '<< should be 1 - 3n'",
    ),
    # jeopardylabs sequences-188: True/False clues on position-to-term rules
    _c(
        JL,
        JL_188,
        gold=r"4n + 1",
        pred=r"4 x position + 1",
        wrap=True,
        expected=True,
        why="clue 'term = 4 x position + 1 is nth term = 4n + 1'; key: 'True'",
    ),
    _c(
        JL,
        JL_188,
        gold=r"1 x n - 3",
        pred=r"1 + n x 3",
        wrap=True,
        expected=False,
        why="clue 'term = 1 x position - 3 is nth term = 1 + n x 3'; key: 'False nth term = 1 x n - 3'",
    ),
    _c(
        JL,
        JL_188,
        gold=r"1 x n - 3",
        pred=r"1 x position - 3",
        wrap=True,
        expected=True,
        why="key restates 'term = 1 x position - 3' as 'nth term = 1 x n - 3'",
    ),
    _c(
        JL,
        JL_188,
        gold=r"3 x position - 1",
        pred=r"3 x position + 1",
        wrap=True,
        expected=False,
        why="2 5 8 11: 'term = 3 x position + 1' -- key: 'False It's: term = 3 x position - 1'",
    ),
    # mathhelpboards 1734: .33444... as a fraction
    _c(
        MHB,
        MHB_1734,
        gold=r"\frac{301}{900}",
        pred=r"\frac{1}{3} + \frac{1}{900}",
        wrap=True,
        expected=True,
        why="chisigma: '.33444...= \\frac{1}{3} + \\frac{1}{900} = \\frac{301}{900}'",
    ),
    _c(
        MHB,
        MHB_1734,
        gold=r"\frac{301}{900}",
        pred=r".33444...",
        wrap=True,
        expected=True,
        why="same chain: '.33444...= \\frac{1}{3} + \\frac{1}{900} = \\frac{301}{900}'",
    ),
    # techqa 1216252: the student's geometric formula against the book's
    _c(
        TQ,
        TQ_1216252,
        gold=r"\frac{16}{3}(\frac{3}{2})^n",
        pred=r"8*\frac{3}{2}^{n-1}",
        wrap=True,
        expected=True,
        why="book's formula vs the student's ('I tried both and they work'); answer shows the rewrite 'did not change the value'",
    ),
    # techqa 4443684: decimal and fractional forms of one geometric sequence
    _c(
        TQ,
        TQ_4443684,
        gold=r"3*0.5^{n-1}",
        pred=r"\frac{3}{2^{n-1}}",
        wrap=True,
        expected=True,
        why="'can I say they are the same?' -- 'Yes ... the same geometric series written in decimal and fractional form' (a_n=b_n)",
    ),
    # math.stackexchange 1826076 (rmanhart mirror): closed form of sum (3i+1)
    _c(
        RMH,
        RMH_1826076,
        gold=r"\frac{3n^2+5n}{2}",
        pred=r"\frac{n(3n+5)}{2}",
        wrap=True,
        expected=True,
        why="answers: '= \\frac{3n^2+5n}{2}' and '=\\frac{n(3n+5)}{2}' for \\sum_{i=1}^n (3i+1)",
    ),
    _c(
        RMH,
        RMH_1826076,
        gold=r"\frac{3n^2+5n}{2}",
        pred=r"\frac{n(5+3n)}{2}",
        wrap=True,
        expected=True,
        why="'S_n=\\frac{n[4+(1+3n)]}{2}=\\frac{n(5+3n)}{2}=\\frac{3n^2+5n}{2}'",
    ),
    _c(
        RMH,
        RMH_1826076,
        gold=r"\frac{3n^2+5n}{2}",
        pred=r"3\frac{n(n+1)}{2} + n",
        wrap=True,
        expected=True,
        why="'3\\frac{n(n+1)}{2} + n = \\frac{3n^2+5n}{2}'",
    ),
    _c(
        RMH,
        RMH_1826076,
        gold=r"\frac{3n^2+5n}{2}",
        pred=r"\frac{9n^2 + 6n + 3}{2}",
        wrap=True,
        expected=False,
        why="asker's '= \\frac{9n^2 + 6n + 3}{2}' ('not sure if this is right'); every answer derives \\frac{3n^2+5n}{2} instead",
    ),
    # techqa 2652608: sum 1 + 4 + 7 + ... + (3n-2)
    _c(
        TQ,
        TQ_2652608,
        gold=r"\frac{n}{2}(3n-1)",
        pred=r"\frac{3n^2 - n + 2}2",
        wrap=True,
        expected=False,
        why="asker's '\\frac{3n^2 - n + 2}2' 'seems wrong'; answer: 'The sum should be \\sum (3k-2)' = '\\frac{n}{2}(3n-1)'",
    ),
    # wyzant 840787: sum of 4 + 7 + 10 + ... + (3n+1)
    _c(
        WYZ,
        WYZ_840787,
        gold=r"(3/2)n^2 + 5n/2",
        pred=r"(n/2)(3n+5)",
        wrap=True,
        expected=True,
        why="'Sn = (n/2)(a1+an) = (n/2)(4+3n+1) = (n/2)(3n+5) = 3n^2/2 + 5n/2'; 'sum of a1 through an = (3/2)n^2 + 5n/2'",
    ),
    _c(
        WYZ,
        WYZ_840787,
        gold=r"(3/2)n^2 + 5n/2",
        pred=r"3n^2/2 + 5n/2",
        wrap=True,
        expected=True,
        why="same chain '(n/2)(3n+5) = 3n^2/2 + 5n/2'",
    ),
    _c(
        WYZ,
        WYZ_840787,
        gold=r"(3/2)n^2 + 5n/2",
        pred=r"(n/2)(4+3n+1)",
        wrap=True,
        expected=True,
        why="same chain 'Sn = (n/2)(4+3n+1) = (n/2)(3n+5)'",
    ),
    # web2.0calc.es: sign factors for alternating sequences
    _c(
        W2C,
        W2C_7,
        gold=r"(-1)^(n + 1)",
        pred=r"(-1)^(n - 1)",
        wrap=True,
        expected=True,
        why="'to alternate: 1, -1, 1, -1, 1, ... either use the expression (-1)^(n + 1) or the expression (-1)^(n - 1)'",
    ),
    _c(
        W2C,
        W2C_7,
        gold=r"(-1)^(n + 1)",
        pred=r"(-1)^n",
        wrap=True,
        expected=False,
        why="'to alternate: -1, 1, -1, 1, -1, ... use the expression (-1)^n' (the other pattern than 1, -1, 1, ...)",
    ),
    # mathisfunforum 97991: quadratic sequence 2, 5, 10, 17, 26
    _c(
        MIF,
        MIF_97991,
        gold=r"n² + 1",
        pred=r"2 + (n-1)3 + 0.5(n-1)(n-2)2",
        wrap=True,
        expected=True,
        why="'So the nth term is 2 + (n-1)3 + 0.5(n-1)(n-2)2 ... = n² + 1' (2, 5, 10, 17, 26)",
    ),
    _c(
        MIF,
        MIF_97991,
        gold=r"n² + 1",
        pred=r"(n-1)(n-2) + 3(n-1) + 2",
        wrap=True,
        expected=True,
        why="same chain '= (n-1)(n-2) + 3(n-1) + 2'",
    ),
    _c(
        MIF,
        MIF_97991,
        gold=r"n² + 1",
        pred=r"n² - 3n + 2 + 3n - 3 + 2",
        wrap=True,
        expected=True,
        why="same chain '= n² - 3n + 2 + 3n - 3 + 2 = n² + 1'",
    ),
    # wyzant 179995: first term a0 or a1
    _c(
        WYZ,
        WYZ_179995,
        gold=r"2 + 3(n - 1)",
        pred=r"2 + 3n",
        wrap=True,
        expected=False,
        why="2, 5, 8, ... with first term a1: 'an = 2 + 3(n - 1)'; 'It can't be the same as the first formula [an = 2 + 3n] because then a1 ... would be 5 instead of 2.'",
    ),
    # indextestingapp (brainly copy) 23906572: 3, 7, 11, 15
    _c(
        UON,
        UON_23906572,
        gold=r"3+4(n-1)",
        pred=r"4n-1",
        wrap=True,
        expected=True,
        why="'a_n=3+4(n-1) or, if you want to make it easier to deal with: a_n=4n-1'",
    ),
    # aconeyislandofthemind: two forms of the n-th number
    _c(
        ACI,
        ACI_FORMS,
        gold=r"a + (n – 1)d",
        pred=r"(a – d) + nd",
        wrap=True,
        expected=True,
        why="'first form: a + (n – 1)d / second form: (a – d) + nd / They are algebraically equivalent, of course.'",
    ),
]

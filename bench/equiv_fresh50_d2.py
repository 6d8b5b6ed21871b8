r"""A fiftieth fresh set of answer-equivalence cases, continued (evaluation only; helper "d",
second module: community "check my answer" threads and tutors' replies -- an ARQMath copy of a
Mathematics Stack Exchange thread, algebra.com tutors, able2know, the Icelandic school forum
hugi.is, Brainly / Qammunity / OpenStudy answers, jiskha tutors, Yahoo Answers, gradesaver's
community solutions and math.techqa.club copies of Stack Exchange questions -- where a student's
form stands next to the book's, the key's or a tutor's and a reply settles whether they are the
same value or form).

Same rules and format as ``equiv_fresh50_d.py`` (its docstring gives the checks against earlier
sets and the claims in /work/wt/fresh50_claims): ``gold`` is the reference form, ``pred`` the
form a person on the page equates with it or sets against it (a bare answer, ``wrap`` always
True), ``expected`` the verdict settled on the page; ``repo`` is the domain of the stored copy,
``where`` its full URL; there is no commit and every source is a web page with no licence file.
Only the text the search tool returned for a page was read. Do not tune the judge on these cases.

Transcription: strings as the stored page shows them; algebra.com's ``{{{...}}}`` wrappers and
Socratic's ``#...#`` wrappers are dropped, the expression inside is kept as written. Where a person
writes a chain ``A = B = C``, the last value is the gold and each earlier form a prediction.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.cs.rit.edu (ARQMath copy of an MSE thread, file 2123280 in the 2078966_2017 archive:
  "Your first part produces 216, which is correct", _{10}P_3 - _9P_3 = 10!/7! - 9!/6! = 720-504 =
  216; "The second part is not correct; it should be just ... _5P_3 = 5!/2! = 60"; "216+60 = 276",
  against the asker's 396). 8 cases (one False).
- www.algebra.com solution 698596 (c(10,r) = 120: "c(10,3) = 120", "r can also be 7", "c(10,3)
  give you the same answer as c(10,7)", factorial and product forms). 9 cases.
- able2know.org topic 176710 ("The answer is 4/45", computed as C(1,1) * C(4,1) / C(10,2) and as
  C(2,1) * C(1,1) * C(8,3) / (C(10,5) * C(5,1))). 2 cases.
- hugi.is 729348 (Icelandic forum, a reply with "(n choose k)" counts and their values "flett upp
  á wolfram-alpha", i.e. looked up by the answerer). 5 cases.
- ja3.jsfiddle.net 17011259 (a copy of a Brainly answer: P_{(10,3)} = \frac{10!}{(10-3)!} = 720;
  p = 1/720 = 0.0014, "0.14% probability"). 2 cases.
- openstudy.com 4f2b276de4b039c5a5c85ad5 (equivalent fraction of 6/8: 3/4). 1 case.
- qammunity.org 6018297 ("4/8 = 0.5, 6/8 = 0.75"; "0.875 is 7/8"). 3 cases.
- openstudy.com 55b7dd5ce4b0c7a872f85b43 (sin 2x - cos 2x rewritten as 2\sin(x)\cos(x) - 1 + 2
  \sin^2(x): "you have the correct solution"). 2 cases.
- www.jiskha.com 1366299734 (sin(3x) + sin x = 4sinx - 4sin^3 x = ... = 2sin(2x)cos x, "which is
  D"). 4 cases.
- www.jiskha.com 1244782832 (sin(x+x) = sin(x)cos(x) + cos(x)sin(x) = sin(2x) = 2sin(x)cos(x)).
  2 cases.
- answers.yahoo.com 20110911145214AADbhRT ("Is Sin(2x) the same as 2Sin(x)?" -- "not corrct.
  sin(2x) = 2sinx.cosx is the right answer"). 2 cases (one False).
- www.algebra.com solution 112960 (log((x^2-1)) - log((x-1)) = ... = log((x+1))). 3 cases.
- www.algebra.com solution 203715 ((3/2)(ln(x^2+1)-ln(x+1)-ln(x-1)) to
  ln(((x^2+1)/(x^2-1))^(3/2)); "(3/2)(ln((x^2+1)/(x^2-1))) ... may be an acceptable answer"). 3
  cases.
- mathhelpforum.com 224203 (\ln((x+1)/(x-1)) = \ln(x+1) - \ln(x-1)). 1 case.
- www.algebra.com solution 637024 (2 ln(x^2) = 1, "The exponent equiv" ln(x^4) = 1, x^4 = e). 2
  cases.
- www.jiskha.com 175066 (the tutor's e^(2lnx) = e^ln(x^2) = x^2 and e^(-lnx) = e^ln(x^-1) = x^-1
  "or 1/x"). 4 cases.
- www.gradesaver.com College Algebra 10th ed. 6.5-11 (e^{2x} \ne 2^x, e^{x\cdot\ln{2}} = 2^x,
  e^{\log_2{x}} \ne 2^x, e^{2\cdot\ln{x}} = x^2, "only ... Option (b) is equivalent to 2^x"). 5
  cases (three False).
- www.gradesaver.com Algebra 1 Common Core 15th ed. p. 690-22 ("x-3 and 3-x are not the same").
  1 case (False).
- www.gradesaver.com Introductory Algebra 7th ed. 7.1-61 (3-2x=-(2x-3); (2x-3)/-(2x-3) = -1). 2
  cases.
- www.algebra.com solution 397188 ((x)/(x^2 - 5x + 6) - (3)/(3-x) = ... = (4x-6)/((x-2)(x-3)),
  "Or you can Factor out 2"). 5 cases.
- math.techqa.club 2860006 (MSE copy: the textbook's \frac{x + 6}{x + 3} for an expression the
  asker could not simplify; the answer's chain). 4 cases.
- socratic.com "how do you simplify x/(x-3)-3/(x+2)" (the chain to (x^2-x+9)/((x-3)(x+2))). 3
  cases.
- math.techqa.club 3765701 (MSE copy: \ln(e^{x^2}) reduces to x^2\ln(e) = x^2, not 2x\ln(e),
  which belongs to (e^x)^2). 4 cases (one False).
- www.algebra.com solution 120321 (e^(ln(x^2))=x^2). 1 case.

Left out, by rule: multiple-choice options that no one on the page judges (jiskha 1366299734's
A, B, C, E); lines with a typo on the page (algebra.com 698596's r = 7 product "(10 * 9 * 8 * 7 *
6 * 5 * 4) / 1 * 2 * 3 * 4 * 5 * 5 * 7 = 120" and its "10! / r! = 120"; jsfiddle 17011259's
rounding "1/720 = 0.0014", which is not exact); machine-written answers on the same page as a
person's (jiskha 175066's second answer, jiskha 1296688526 whose only worked answer is machine
written and contradicts the stated key); formulas whose exponents the stored text flattened
(math.usask.ca's "ln [(x2 - 1) / (x-1)2]", qammunity 3309182's image-only steps).

Examined and not used: gre.myprepclub p29925 (used by an earlier set, and its "4C2 =12" is
wrong); mathhelpforum 73792 and physicsforums 527790 (no reply in the stored text);
talkabouteducation alt.algebra.help 64939 (no reply in the stored text); homework.cpm.org int3
12-110 (the expressions carry *emphasis* markup); gauthmath and studdy pages (machine-written
"expert" answers); docs.wiris.com (used by an earlier set, and its correct answers are images).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ALG = "www.algebra.com"

JISKHA = "www.jiskha.com"

MHF = "mathhelpforum.com"

RIT = "www.cs.rit.edu"

RIT_2123280 = (
    "https://www.cs.rit.edu/~dprl/ARQMath-backup/Collection/Thread%20Files%20(supplementary)/"
    "Collection_By_Year/Older%20version/V.0.2/2078966_2017.zip:/tmp/tarfile_extract_u0zgv7hg/"
    "2078966_2017/2123233_02/2123280.html"
)

ALG_698596 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=698596"

A2K = "able2know.org"

A2K_176710 = "https://able2know.org/topic/176710-1"

HUGI = "hugi.is"

HUGI_729348 = "https://hugi.is/skoli/korkar/729348/likindadaemi-hjalp-stae-313"

JSF = "ja3.jsfiddle.net"

JSF_17011259 = "https://ja3.jsfiddle.net/parte/17011259"

OPENSTUDY = "openstudy.com"

OPENSTUDY_4F2B = "http://openstudy.com/updates/4f2b276de4b039c5a5c85ad5"

QAM = "qammunity.org"

QAM_6018297 = "https://qammunity.org/6018297/?show=6018299"

OPENSTUDY_55B7 = "http://openstudy.com/updates/55b7dd5ce4b0c7a872f85b43"

JISKHA_1366299734 = "https://www.jiskha.com/display.cgi?id=1366299734"

JISKHA_1244782832 = "http://www.jiskha.com/display.cgi?id=1244782832"

YAHOO = "answers.yahoo.com"

YAHOO_SIN2X = "https://answers.yahoo.com/question/index?qid=20110911145214AADbhRT"

ALG_112960 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=112960"

ALG_203715 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=203715"

MHF_224203 = "http://mathhelpforum.com/calculus/224203-find-y-given-function.html"

ALG_637024 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=637024"

JISKHA_175066 = (
    "https://www.jiskha.com/questions/175066/"
    "Rules-of-Logarithms-Can-someone-explain-how-to-do-1-e-2-ln-x-2-e-lnx-I"
)

GS = "www.gradesaver.com"

GS_CA10_6_5_11 = (
    "https://www.gradesaver.com/textbooks/math/algebra/college-algebra-10th-edition/"
    "chapter-6-section-6-5-properties-of-logarithms-6-5-assess-your-understanding-page-459/11"
)

GS_A1CC_690_22 = (
    "https://www.gradesaver.com/textbooks/math/algebra/algebra-1-common-core-15th-edition/"
    "chapter-11-rational-expressions-and-functions-mid-chapter-quiz-page-690/22"
)

GS_IA7_7_1_61 = (
    "https://www.gradesaver.com/textbooks/math/algebra/"
    "introductory-algebra-for-college-students-7th-edition/"
    "chapter-7-section-7-1-rational-expressions-and-their-simplification-exercise-set-page-492/61"
)

ALG_397188 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=397188"

TQ = "math.techqa.club"

TQ_2860006 = "https://math.techqa.club/how-would-i-simplify-this-rational-expression-2860006"

SOCCOM = "socratic.com"

SOCCOM_SIMPLIFY = "https://socratic.com/questions/how-do-you-simplify-x-x-3-3-x-2"

TQ_3765701 = "https://math.techqa.club/does-f-x-ln-e-x-2-reduce-to-x-2-ln-e-or-2x-ln-e-3765701"

ALG_120321 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=120321"

CASES = [
    # ARQMath copy of an MSE thread (file 2123280 of the 2078966_2017 archive): solitaire with
    # three cards from 1-10; "Your first part produces 216, which is correct", "The second part is
    # not correct; it should be just ... _5P_3 = 5!/2! = 60", "the total number of winning hands
    # is just 216+60 = 276" (the asker had added 216 and 180 to 396).
    _c(
        RIT,
        RIT_2123280,
        gold=r"216",
        pred=r"_{10}P_3\, - \,_9P_3",
        wrap=True,
        expected=True,
        why="2123280 answer 1: first of the chain",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"216",
        pred=r"\frac{10!}{7!} - \frac{9!}{6!}",
        wrap=True,
        expected=True,
        why="2123280 answer 1: middle of the chain",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"216",
        pred=r"720-504",
        wrap=True,
        expected=True,
        why="2123280 answer 1: before the result",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"60",
        pred=r"_5P_3",
        wrap=True,
        expected=True,
        why="2123280 answer 1: odd hands",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"60",
        pred=r"\frac{5!}{2!}",
        wrap=True,
        expected=True,
        why="2123280 answer 1: odd hands, factorial form",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"60",
        pred=r"5 \times 4 \times 3",
        wrap=True,
        expected=True,
        why="2123280 answer 1: 'you've already counted them all in multiplying 5 x 4 x 3'",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"276",
        pred=r"216+60",
        wrap=True,
        expected=True,
        why="2123280 answer 1: total of winning hands",
    ),
    _c(
        RIT,
        RIT_2123280,
        gold=r"276",
        pred=r"396",
        wrap=True,
        expected=False,
        why="2123280: the asker's total, which the answer corrects to 276",
    ),
    # algebra.com solution 698596: c(10,r) = 120 (a tutor's working).
    _c(
        ALG,
        ALG_698596,
        gold=r"120",
        pred=r"c(10,3)",
        wrap=True,
        expected=True,
        why="698596: c(10,3) = 120",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"120",
        pred=r"c(10,7)",
        wrap=True,
        expected=True,
        why="698596: 'r can also be 7 since the combination formula is symmetrical'",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"c(10,7)",
        pred=r"c(10,3)",
        wrap=True,
        expected=True,
        why="698596: 'c(10,3) give you the same answer as c(10,7)'",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"120",
        pred=r"10! / (3! * 7!)",
        wrap=True,
        expected=True,
        why="698596: the factorial form",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"120",
        pred=r"(10 * 9 * 8) / (1 * 2 * 3)",
        wrap=True,
        expected=True,
        why="698596: when r = 3",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"120",
        pred=r"(10 * 3 * 4)",
        wrap=True,
        expected=True,
        why="698596: 'with further cancelling becomes (10 * 3 * 4) which is equal to ... 120'",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"45",
        pred=r"c(10,2)",
        wrap=True,
        expected=True,
        why="698596: c(10,2) = 45",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"45",
        pred=r"(10 * 9) / (1 * 2)",
        wrap=True,
        expected=True,
        why="698596: when r = 2, ... = 90 / 2 = 45",
    ),
    _c(
        ALG,
        ALG_698596,
        gold=r"10",
        pred=r"c(10,1)",
        wrap=True,
        expected=True,
        why="698596: c(10,1) = 10",
    ),
    # able2know topic 176710 (lottery-style digits): "The answer is 4/45", computed two ways.
    _c(
        A2K,
        A2K_176710,
        gold=r"4/45",
        pred=r"C(1,1) * C(4,1) / C(10,2)",
        wrap=True,
        expected=True,
        why="176710: given R1's choices",
    ),
    _c(
        A2K,
        A2K_176710,
        gold=r"4/45",
        pred=r"C(2,1) * C(1,1) * C(8,3) / (C(10,5) * C(5,1))",
        wrap=True,
        expected=True,
        why="176710: given R2's choices",
    ),
    # hugi.is 729348 (Icelandic school forum, STÆ 313 probability): "(n choose k)" counts, the
    # values "flett upp á wolfram-alpha" (looked up on Wolfram Alpha) by the answerer.
    _c(
        HUGI,
        HUGI_729348,
        gold=r"37810080",
        pred=r"(3 choose 3) * (12 choose 6) * (33 choose 4)",
        wrap=True,
        expected=True,
        why="729348 Dæmi 1, first case",
    ),
    _c(
        HUGI,
        HUGI_729348,
        gold=r"563910336",
        pred=r"(1 choose 1)*(3 choose 2)*(12 choose 5)*(33 choose 5)",
        wrap=True,
        expected=True,
        why="729348 Dæmi 1, second case",
    ),
    _c(
        HUGI,
        HUGI_729348,
        gold=r"601720416",
        pred=r"563910336 + 37810080",
        wrap=True,
        expected=True,
        why="729348 Dæmi 1, total",
    ),
    _c(
        HUGI,
        HUGI_729348,
        gold=r"635013559600",
        pred=r"(52 choose 13)",
        wrap=True,
        expected=True,
        why="729348 Dæmi 1, all 13-card hands",
    ),
    _c(
        HUGI,
        HUGI_729348,
        gold=r"1430",
        pred=r"(2 choose 1) * (13 choose 9)",
        wrap=True,
        expected=True,
        why="729348 Dæmi 2",
    ),
    # ja3.jsfiddle.net 17011259 (a copy of a Brainly answer): a 3-number lock from 10 numbers.
    _c(
        JSF,
        JSF_17011259,
        gold=r"720",
        pred=r"\frac{10!}{(10-3)!}",
        wrap=True,
        expected=True,
        why="17011259: P_{(10,3)} = \\frac{10!}{(10-3)!} = 720",
    ),
    _c(
        JSF,
        JSF_17011259,
        gold=r"0.14%",
        pred=r"0.0014",
        wrap=True,
        expected=True,
        why="17011259: p = 1/720 = 0.0014, '0.14% probability'",
    ),
    # openstudy 4f2b276de4b039c5a5c85ad5: "WHATS THE EQUIVELENT FRACTION OF 6/8" -- "3/4".
    _c(
        OPENSTUDY,
        OPENSTUDY_4F2B,
        gold=r"3/4",
        pred=r"6/8",
        wrap=True,
        expected=True,
        why="4f2b276d: equivalent fraction of 6/8",
    ),
    # qammunity 6018297: benchmarks "4/8 = 0.5, 6/8 = 0.75"; "0.875 is 7/8".
    _c(
        QAM,
        QAM_6018297,
        gold=r"7/8",
        pred=r"0.875",
        wrap=True,
        expected=True,
        why="6018297: 'in simplest form, 0.875 is 7/8'",
    ),
    _c(
        QAM,
        QAM_6018297,
        gold=r"0.75",
        pred=r"6/8",
        wrap=True,
        expected=True,
        why="6018297: benchmark 6/8 = 0.75",
    ),
    _c(
        QAM,
        QAM_6018297,
        gold=r"0.5",
        pred=r"4/8",
        wrap=True,
        expected=True,
        why="6018297: benchmark 4/8 = 0.5",
    ),
    # openstudy 55b7dd5c: "Rewrite with only sin x and cos x. sin 2x - cos 2x"; the asker's
    # working, then "you have the correct solution" and "yes 2\sin(x)\cos(x) - 1 + 2 \sin^2(x)".
    _c(
        OPENSTUDY,
        OPENSTUDY_55B7,
        gold=r"2\sin(x)\cos(x) - 1 + 2 \sin^2(x)",
        pred=r"\sin2x-\cos2x",
        wrap=True,
        expected=True,
        why="55b7dd5c: the expression and the confirmed rewriting",
    ),
    _c(
        OPENSTUDY,
        OPENSTUDY_55B7,
        gold=r"2\sin(x)\cos(x) - 1 + 2 \sin^2(x)",
        pred=r"2 \sin x \cos x-(1-2\sin^2x)",
        wrap=True,
        expected=True,
        why="55b7dd5c: the asker's middle step, repeated by the helper",
    ),
]

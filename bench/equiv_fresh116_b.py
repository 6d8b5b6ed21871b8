r"""A hundred-and-sixteenth fresh set of answer-equivalence cases (evaluation only; helper "b":
repeating decimals, continued fractions and exact against written-out forms of rational numbers
settled by a person -- a repeating decimal in bar, dot, bracket, brace, underscore or ellipsis
notation against its fraction (0.\overline{6} against 2/3, 0.\dot{2}\dot{5} against 25/99, 0.12 [3]
against 37/300, 0.5_5 against 5/9), 0.999... against 1, a finite or periodic continued fraction
against the value it names ([3,7,16] against 355/113, [1;\overline{1,2}] against \sqrt{3}),
terminating decimals against fractions (.375 against 3/8) and refused forms (a finite 0.33333333 or
0.333 for 1/3, 1.3 for 4/3, the unkeyed choices of multiple-choice keys)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool) and from two
GitHub issue threads (the ``issues`` corpus); no earlier set used them (each URL or page id, and
domain plus a distinctive part of the path, was grepped in bench/ and checked against the claims
files of all rounds; each page was claimed in /work/wt/fresh116_claims/claims.txt before use). Each
case gives the reference answer (``gold``: the form the page gives as its answer, or the first form
it gives), the prediction (``pred``: another form the page equates with it, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL; for the two issue threads ``repo`` is the
GitHub owner/name and ``where`` is issues/N. Only the text the search tool returned for a page (its
excerpt) was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh116_b2.py
and bench/equiv_fresh116_b3.py (same rules; their sources are listed below too).

Transcription: strings are copied as the stored text shows them, LaTeX kept as LaTeX with its own
spacing ("0. 91\dot 6", "0. \overline{6}", "1+\frac{2}{2+\frac{2}{2+\frac{2}{2}}}"), plain text
kept plain ("0.1212121212.....", ".9 (repeating)", "2.5737373737373…", "3 + 2304/9999"); the
inline-math delimiters "$...$", "$$...$$" and "\(...\)", socratic's AsciiMath "#...#" and wtmaths's
AsciiMath backquotes are dropped and what they enclose is kept as written ("0.bar(45)",
"frac(2)(3)", "0.08dot3", "2.65 dot389dot4"). Pages' own notations for the period are kept as they
are and the page's explanation of them is quoted in ``why``: ya.guru's "_" before the repeating
digits ("0.18_8"), the braces of the redlib poster ("0.{12}", "[1; {2}]"), dcode's brackets ("0.12
[3]"), nerdamer's quotes ("0.'3'"), Xcas's trailing list for the period ("[1,2,[2]]"), math.wikia's
parentheses ("[1;(2)]"). Readings, each noted in ``why``: the tutorvista key letters are not
printed, so the choice matching the worked solution's result (its stacked mixed numbers run
together, "51 / 2", "33500") is the gold and each other choice shown a False case; for cardiff and
aascu each choice the key or answer does not pick is a False case; the Dr. Math question's closing
full stop after "3.04050505...." is dropped; the mathcentral savanna1 pair is Penny's worked
example (0.13777...), not Savanna's own decimal; Fraction.js's "0.333" is the finite decimal, so
1/3 is refused for it.

Sources (domain, URL, what is settled; all "web page, no licence file" unless said):

- socratic.org "how-do-you-convert-0-18-18-repeating-to-a-fraction" ("$0.18181818 \ldots =
  \frac{2}{11}$", "$x = \frac{18}{99} = \frac{2}{11}$"). 2 cases.
- socratic.org "how-do-you-convert-0-6-6-being-repeated-to-a-fraction" ("$0. \overline{6} =
  \frac{2}{3}$"). 1 case.
- socratic.org answer 332232 (0.45 with 45 repeated: "#0.bar(45) = 0.45454545...#", "#0.bar(45) =
  45/(100-1) = 45/99 = ... = 5/11#"). 2 cases.
- vespr.org "how-do-you-convert-0-012-12-repeating-to-a-fraction" (a socratic copy: "0.0bar(12) =
  2/165", "= 12/990 = ... = 2/165"). 2 cases.
- ya.guru 1372309 (a helper converts four repeating decimals, "1) 0.5_5 = 5/9", "x = 1.7/9 =
  17/90", "= 12/45", "= 19/66"; "0.166_6 . . . . shows the 6 repeats", "1/3 = 0.33_3 = 3/9",
  "0.142857_142857 = ... = 1/7"). 6 cases.
- wtmaths.com "recurring.html" ("`frac(2)(3)` gives a result of 0.66666...", "`0.dot6`", "can be
  written as `23.dot6dot7`", "becomes `2.65 dot389dot4`", "evaluates to `0.08dot3`", "`1.dot(3) xx
  3` ... `= frac(4)(3) xx 3`"). 6 cases.
- www.0685.com "continuing-education/.../45945.html", "What Is a Decimal Bar Notation?" ("x = 45/99
  = 5/11. This means that 0.454545... = 5/11."). 2 cases.
- redlib.fmhy.net r/askmath search page (a poster's examples with the period in braces: "0.{12} =
  12/99 = 4/33", "0.{132} = ... = 44/333", "[1; {2}] = 1 + 1/(2 + 1/(2 + 1/(2 + ...))) = √2", "[2;
  {1, 4}] = ... = √8"). 8 cases.

Sources of bench/equiv_fresh116_b2.py:

- www.dcode.fr "number-repeating-decimal" ("1/3 = 0.3333333333 ...", "1/27 = 0.037037037037037
  ...", "$$37/300 = 0.12333333333 ...$$", "Notation between brackets Example: $$37/300 = 0.12
  [3]$$"). 4 cases.
- mathforum.org Dr. Math 58106 "Fractions for Repeating Decimals" ("Convert 3.04050505.... into a
  fraction." ... "So x = 30101/9900"). 1 case.
- mathcentral.uregina.ca QQ.09.07 savanna1 (Penny's worked example: "Let d = 0.13777... ... d =
  124/900 = 31/225"). 2 cases.
- www.jiskha.com 1317941492 ("so 3.230423042304... = 3 + 2304/9999 = 32301/9999 = 3589/1111"). 2
  cases.
- qammunity.org 15858834 (0.12 with the 12 repeating: "The answer is: \"4/33\"", "as a fraction,
  as: \"12/99\"", "Note: \"0.99999999...... repeating infinitely; = \"1\""). 3 cases.
- nrich.maths.org "problems/repetitiously" (problem text "$\frac13 = 1 \div 3 = 0.33333333...$ ...
  We can write this as $0.\dot{3}$", "If $x=0.1\dot{6}$ ... $x&=\frac3{18} = \frac16$"; student
  solutions "$x&=\tfrac29$", "$y&=\tfrac{25}{99}$"). 5 cases.
- www.transum.org exam-style question 137 ("Prove that the recurring decimal \(0.\dot2 \dot1\) has
  the value \(\frac{7}{33}\)"). 1 case.
- cardifftutorcompany.co.uk "online-tests/1-numbers/12-fractions-recurring-decimals" (keys "ANSWER:
  D: 0. 91\dot 6", "ANSWER: C: \dfrac{6}{9}", "ANSWER: C: 0.58 \dot 3", "ANSWER: C: 0. \dot 3 \dot
  6"; "x = \dfrac{135}{999} = \dfrac{5}{37}"). 12 cases (7 False).
- worksheets.tutorvista.com "fractions-and-decimals-worksheets.html?page=7" (questions 71, 73, 74
  and 75 with their choices and worked solutions; the key letter is not printed, the solution's
  result names the choice). 12 cases (8 False).
- www1.aascu.org 27830309 (a mirrored homework answer: "What is the equivalent decimal to this
  fraction? 10/45 0.2 0.222222222... 0.232323232323... 0.181818181818..."; "10/45 = ... = 2/9",
  "2/9 = 0.222…"). 4 cases (3 False).

Sources of bench/equiv_fresh116_b3.py:

- wiki.randommath.com "ahsme/1954/problem-34" (choice "A. equals 0.33333333" against "1/3 is the
  infinite repeating decimal ... Thus 1/3 is greater than 0.33333333 by the amount ..."). 1 case (1
  False).
- GitHub rawify/Fraction.js issue 17 "0.333 is returned as 333/1000" (maintainer: "the best
  rational approximation of 0.333 is 333/1000 and not 1/3"); an issue thread, the repository is
  MIT-licensed. 1 case (1 False).
- GitHub jiggzson/nerdamer issue 341 "Recurring decimal literals" ("1.12341234… => 11233/9999"; the
  maintainer's "nerdamer('1/3').text('recurring') ... //0.'3'"); an issue thread, the repository's
  licence file was not looked up. 2 cases.
- www.swiss-algebra-help.com "repeating-decimals.html" ("1/3=0.3333333333333......", "1/7 =
  0.142857142857....", "1/9= 0.11111111111......", "0.9999999999.... (repeating infinitely) ...
  Well that's equal 1!"). 4 cases.
- www.tutorteddy.com homeworkwiki "Repeating_Decimal_1" ("2.5737373737373… means the decimal part
  73 repeats itself" ... "x = 2548/990 = 1274/495"). 2 cases.
- mashupmath.com "what-is-375-as-a-fraction" ("Answer: .375 as a fraction equals 3/8", "While .375
  does equal 375/1000 as a fraction ... can be reduced down to 3/8"). 2 cases.
- www.jiskha.com 1202254117 (the tutor's reply: "As a fraction it is 125/1000. ... 125/1000 = 5/40
  = 1/8"; the later machine-written replies agree and were not used). 2 cases.
- mathcentral.uregina.ca QQ.09.01 catherine1 ("IF the two numbers 0.99999... and 1 were NOT equal
  ... The gap between them really is 0."). 1 case.
- www.algebra.com solution 352233 ("the fact is .999999999... = 1.", "x=4182/99 = 1394/33"). 2
  cases.
- www.checco.com "thoughts/index200803.html" ("1/9 = .1 (repeating)", "so .9 (repeating) = 1.0"). 2
  cases.
- www.dcode.fr "continued-fractions" ("Consider the fraction $$355/113 = 3.14159292035...$$ ... The
  continued fraction is [3,7,16]"). 1 case.
- www.wstein.org Elementary Number Theory (2007) node62 ("A nonzero rational number can be
  represented in exactly two ways; for example, $ 2=[1,1] = [2]$"). 2 cases.
- cocoa.dima.unige.it CoCoA manual "ContFracToRat" ("returns the rational number equal to the
  continued fraction ... ContFracToRat([1, 2, 2, 2, 2, 2, 2, 2]); 577/408"). 1 case.
- arch-archive.tuna.tsinghua.edu.cn copy of the Xcas manual, 5.8.8 dfc2f ("dfc2f([1,2,3]) Output:
  10/7", "dfc2f([1,2,3,4,5,6,7]) Output: 9976/6961", "dfc2f([1,2,[2]]) ... After simplification
  with normal: sqrt(2)", "normal(dfc2f([3,3,6,[3,6]])) Output: sqrt(11)"). 5 cases.
- oalieno.github.io "math/number-theory/continued-fractions/" (convergents of 13/17: "c_2 = 0 +
  \frac{1}{1 + \frac{1}{3}} = \frac{3}{4}", "c_3 = ... = \frac{13}{17}"). 2 cases.
- www.physicsforums.com thread 545280 "Continued fraction convergents" (the poster's expansion of
  327/117 and Xitami's convergents ending "109/39 = 327/117"). 2 cases.
- pkg.gl copy of a Project Euler 57 README ("$1 + \frac{1}{2} = \frac{3}{2} = 1.5$", "= \frac{7}{5}
  = 1.4$", "= \frac{17}{12} = 1.41666\dots$"). 3 cases.
- mathdl.maa.org Loci: Convergence, Wisner "A Disquisition on the Square Root of Three"
  ("1+\frac{2}{2+\frac{2}{2+\frac{2}{2}}}=\frac{7}{4}=1.750000", "...=\frac{26}{15}\approx
  1.733333"). 2 cases.
- math.wikia.com "wiki/Continued_fraction" ("$\sqrt 2 = 1 + \frac{1}{ 2+\frac{1}{ 2+\frac{1}{...} }
  }$", "$\sqrt 2 = [1;(2)]$"). 2 cases.
- www.oxfordmathcenter.com node 372 ("the simple continued fraction representation for $\sqrt{3}$
  is given by $$\sqrt{3} = [1;\overline{1,2}]$$"). 1 case.
- bootmath.com "continued-fraction.html" (a math.stackexchange copy: "[1,1,1,…] = $
  \frac{1+\sqrt{5}}{2}$", confirmed by the answers). 1 case.
- math.techqa.club 3153008 (a math.stackexchange copy; best answer "$$ \rho = \frac{1+\sqrt{5}}2 $$
  ... $$= 1 + \frac{1}{1 + \frac{1}{1 + \frac{1}{1 + \ddots}}}$$"). 1 case.
- oeis.org A001203 ("Pi = 3.1415926535897932384... = 3 + 1/(7 + 1/(15 + 1/(1 + 1/(292 + ...)))) =
  [a_0; a_1, a_2, a_3, ...] = [3; 7, 15, 1, 292, ...]"). 2 cases.

119 cases in all (20 False): 29 here (0 False), 46 in bench/equiv_fresh116_b2.py (18 False), 44 in
bench/equiv_fresh116_b3.py (2 False), from 41 sources.

Removed by the project before the run (9 cases, none False): continued fractions written with
commas only (`[3,7,16]` for 355/113, `[1,1]` for 2, `[1,2,[2]]` for `sqrt(2)`, `[1,1,1,…]` for the
golden ratio), which read as lists or intervals without the question; the forms with a semicolon
(`[1; {2}]`, `[3; 7, 15, 1, 292, ...]`) stay. All nine were in ``equiv_fresh116_b3``; the
counts below are those before the removal.

Left out, by rule: forms the text conversion lost or garbled (dcode's "$$37/300 = 0.12 \ overline
{3}$$" and "0.12 \ underline {3}", whose commands were split; swiss-algebra-help's underlined short
forms, stored as "= 0.3", "= 0.142857", "1.9 = 2"; the bar-less "= 1.3" of the tutorvista solution,
used only as the stated choice; wikisource's and wstein's image-only equations; the "$\displaystyle
{\frac{1}{3 + ...}}$" of the UVa 834 statement, whose leading "2 +" was lost; the randommath
solution's "31β" and "0.333β¦"); written-out approximations ("1.41666\dots" and "1.41379\dots" of
Project Euler 57, the "\approx" values of the MAA table, "3.14159292035..." for 355/113,
tutorvista's rounded "0.667" for 2/3, "Pi = 3.1415926535897932384..."); the erroneous parts of
pages otherwise used (algebra.com's "999x = 57300 ---> x=57300/99=19100/33"); ya.guru's "0.16(6)",
which the helper himself calls ambiguous. Not transcribed, only to keep the files short: further
equal forms of pages used (ya.guru's "24/90", socratic's "\frac{6}{9}", algebra.com's
"99.999999999... = 100", checco's "8/9 = .8 (repeating)").

Examined and not used: bbs.cooldavid.org UVa 834 (claimed; its sample input "43 19" gives a
numerator and denominator, no written fraction to pair with "[2;3,1,4]"), math.answers.com's "How
do you turn 0.8 into a fraction" (claimed; the page also states "mixed number/fraction - 1 1/5" for
0.8, so it was dropped whole), talk.collegeconfidential.com 752191/43 (claimed; a page of a long
argued thread, judged possibly disputed); machine-written or generated pages (edu.com,
askanewquestion's GPT-4o answers, guidefoot, gauthmath, askfilo, newblackstudios, sorumatik,
learnexams, vaia, calculationcalculator, calculator.city, monithon, ogosis, michaelhyatt's "ADMIN"
page, codinginacoffeeshop worksheets, quiz-backend, mathcrave, gufosaggio's translated copy, the
huggingface Nemotron-CC-Math rows); mrbartonmaths probing questions and curioustab (judged
generated by earlier sets); pages used by earlier sets (willnicholes 999, math-only-math's
recurring decimals worksheet, cardiff's practice questions 1.11, math.stackexchange 45350); enotes
309139 and 61399 and jiskha 1258237394 (answers on the page disagree about 0.33 against 1/3, 0.3
against 0.3333..., and 1/80); jiskha 1197428148 ("4522/9900 ... 2261/9900", a reduction error);
redhotpawn's recurring-decimal thread and piclist (disputed); khan-exercises issue 130287 (a bug
report with no maintainer's verdict in the stored text); mathjs issue 650 (a parser's behaviour,
not a value); the vedantu and sarthaks pages (a finite "0.12" or "0.2555" written for a repeating
decimal); mathhelpforum 37250 and questioncove (no final forms stored); proofwiki's pi convergents
(only "\approx"); nagwa videos (a choice of fraction, not of form); math.techqa.club 1284108 (the
asker's "[0,2,1,1,1,5]" is not confirmed); billwillis.ca, codesignal and math-from-scratch (their
forms stored as images or lost); coconote (a machine transcript); mathisfunforum 259007 (a chat
whose long-division layout ran together).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SOC = "socratic.org"
VES = "vespr.org"
YG = "ya.guru"
WTM = "wtmaths.com"
O685 = "www.0685.com"
RDL = "redlib.fmhy.net"
SOC_018 = "https://socratic.org/questions/how-do-you-convert-0-18-18-repeating-to-a-fraction"
SOC_06 = "https://socratic.org/questions/how-do-you-convert-0-6-6-being-repeated-to-a-fraction"
SOC_45 = "https://socratic.org/answers/332232"
VES_012 = "https://vespr.org/questions/how-do-you-convert-0-012-12-repeating-to-a-fraction"
YG_137 = "https://ya.guru/questions/1372309-workers-preparing-for-the-citys-fourth-of-july-celebration-shoot.html"
WTM_REC = "https://wtmaths.com/recurring.html"
O685_BAR = "https://www.0685.com/continuing-education/other-continuing-education/45945.html"
RDL_NT = "https://redlib.fmhy.net/r/askmath/search?after=t3_1ivyvje&q=flair_name%3A%22Number+Theory%22&restrict_sr=on"

CASES = [
    # socratic 0.18 (18 repeating): the repeating decimal and the unreduced fraction
    _c(
        SOC,
        SOC_018,
        gold=r"\frac{2}{11}",
        pred=r"0.18181818 \ldots",
        wrap=True,
        expected=True,
        why="'$0.18181818 \\ldots = \\frac{2}{11}$'",
    ),
    _c(
        SOC,
        SOC_018,
        gold=r"\frac{2}{11}",
        pred=r"\frac{18}{99}",
        wrap=True,
        expected=True,
        why="'$x = \\frac{18}{99} = \\frac{2}{11}$'",
    ),
    # socratic 0.6 (6 repeated): bar notation with the page's space after the point
    _c(
        SOC,
        SOC_06,
        gold=r"\frac{2}{3}",
        pred=r"0. \overline{6}",
        wrap=True,
        expected=True,
        why="'$0. \\overline{6} = \\frac{2}{3}$'",
    ),
    # socratic answer 332232: 0.45 with 45 repeated, in the page's AsciiMath (#...# dropped)
    _c(
        SOC,
        SOC_45,
        gold=r"5/11",
        pred=r"0.bar(45)",
        wrap=True,
        expected=True,
        why="'#0.bar(45) = 45/(100-1) = 45/99 = ... = 5/11#'",
    ),
    _c(
        SOC,
        SOC_45,
        gold=r"5/11",
        pred=r"0.45454545...",
        wrap=True,
        expected=True,
        why="'#0.bar(45) = 0.45454545...#'; '... = 5/11'",
    ),
    # vespr 0.012 (12 repeating)
    _c(
        VES,
        VES_012,
        gold=r"2/165",
        pred=r"0.0bar(12)",
        wrap=True,
        expected=True,
        why="'0.0bar(12) = 2/165'",
    ),
    _c(
        VES,
        VES_012,
        gold=r"2/165",
        pred=r"12/990",
        wrap=True,
        expected=True,
        why="'0.0bar(12) = 12/990 = ... = 2/165'",
    ),
    # ya.guru 1372309: a helper's plain-text notation, '_' before the repeating digits
    _c(
        YG,
        YG_137,
        gold=r"5/9",
        pred=r"0.5_5",
        wrap=True,
        expected=True,
        why="'1) 0.5_5 = 5/9'; notation: '0.166_6 . . . . shows the 6 repeats'",
    ),
    _c(
        YG,
        YG_137,
        gold=r"17/90",
        pred=r"0.18_8",
        wrap=True,
        expected=True,
        why="'2) x = 0.18_8 ... x = 1.7/9 = 17/90'",
    ),
    _c(
        YG,
        YG_137,
        gold=r"12/45",
        pred=r"0.26_6",
        wrap=True,
        expected=True,
        why="'3) 0.26_6 = 1/5 + 6/90 = (18 +6)/90 = 24/90 = 12/45'",
    ),
    _c(
        YG,
        YG_137,
        gold=r"19/66",
        pred=r"0.287_87",
        wrap=True,
        expected=True,
        why="'4) 0.287_87 = 1/5 + 87/990 = (198+87)/990 = 19/66'",
    ),
    _c(
        YG,
        YG_137,
        gold=r"1/7",
        pred=r"0.142857_142857",
        wrap=True,
        expected=True,
        why="'0.142857_142857 = 142857/999999 = 1/7'",
    ),
    _c(
        YG,
        YG_137,
        gold=r"1/3",
        pred=r"0.33_3",
        wrap=True,
        expected=True,
        why="'you're used to seeing 1/3 = 0.33_3 = 3/9'",
    ),
    # wtmaths recurring decimals, in the page's AsciiMath (backquotes dropped)
    _c(
        WTM,
        WTM_REC,
        gold=r"frac(2)(3)",
        pred=r"0.66666...",
        wrap=True,
        expected=True,
        why="'`frac(2)(3)` gives a result of 0.66666... (and continues forever)'",
    ),
    _c(
        WTM,
        WTM_REC,
        gold=r"frac(2)(3)",
        pred=r"0.dot6",
        wrap=True,
        expected=True,
        why="'the first 6 is shown with a dot above it ... `0.dot6`'",
    ),
    _c(
        WTM,
        WTM_REC,
        gold=r"23.676767676767...",
        pred=r"23.dot6dot7",
        wrap=True,
        expected=True,
        why="'`23.676767676767...` can be written as `23.dot6dot7`'",
    ),
    _c(
        WTM,
        WTM_REC,
        gold=r"2.653894894894894...",
        pred=r"2.65 dot389dot4",
        wrap=True,
        expected=True,
        why="'`2.653894894894894...` becomes `2.65 dot389dot4`'",
    ),
    _c(
        WTM,
        WTM_REC,
        gold=r"0.08dot3",
        pred=r"frac(1)(12)",
        wrap=True,
        expected=True,
        why="'Does `frac(1)(12)` evaluate to a recurring decimal? ... Answer: Yes, as it evaluates to `0.08dot3`'",
    ),
    _c(
        WTM,
        WTM_REC,
        gold=r"1.dot(3)",
        pred=r"frac(4)(3)",
        wrap=True,
        expected=True,
        why="'`1.dot(3) xx 3` `= 1frac(1)(3) xx 3` `= frac(4)(3) xx 3`'",
    ),
    # 0685.com decimal bar notation: 0.454545...
    _c(
        O685,
        O685_BAR,
        gold=r"5/11",
        pred=r"0.454545...",
        wrap=True,
        expected=True,
        why="'This means that 0.454545... = 5/11.'",
    ),
    _c(
        O685,
        O685_BAR,
        gold=r"5/11",
        pred=r"45/99",
        wrap=True,
        expected=True,
        why="'So 99x = 45 or x = 45/99 = 5/11.'",
    ),
    # redlib r/askmath: a poster's periods in braces, for decimals and continued fractions
    _c(
        RDL,
        RDL_NT,
        gold=r"0.{12}",
        pred=r"4/33",
        wrap=True,
        expected=True,
        why="'1) 0.{12} = 12/99 = 4/33'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"0.{12}",
        pred=r"12/99",
        wrap=True,
        expected=True,
        why="'1) 0.{12} = 12/99 = 4/33'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"0.{132}",
        pred=r"44/333",
        wrap=True,
        expected=True,
        why="'2) 0.{132} = 132/999 = 44/333'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"0.{142857}",
        pred=r"1/7",
        wrap=True,
        expected=True,
        why="'3) 0.{142857} = 142857/999999 = 1/7'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"[1; {2}]",
        pred=r"√2",
        wrap=True,
        expected=True,
        why="'1) [1; {2}] = 1 + 1/(2 + 1/(2 + 1/(2 + ...))) = √2'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"[1; {2}]",
        pred=r"1 + 1/(2 + 1/(2 + 1/(2 + ...)))",
        wrap=True,
        expected=True,
        why="'1) [1; {2}] = 1 + 1/(2 + 1/(2 + 1/(2 + ...))) = √2'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"[2; {1, 4}]",
        pred=r"√8",
        wrap=True,
        expected=True,
        why="'2) [2; {1, 4}] = 2 + 1/(1 + 1/(4 + 1/(1 + 1/(4 + ...)))) = √8'",
    ),
    _c(
        RDL,
        RDL_NT,
        gold=r"[11; {2, 22}]",
        pred=r"√132",
        wrap=True,
        expected=True,
        why="'3) [11; {2, 22}] = 11 + 1/(2 + 1/(22 + ...)) = √132'",
    ),
]

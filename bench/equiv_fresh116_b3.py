r"""fresh116_b, continued (part 3 of 3): more cases, from the sources that bench/equiv_fresh116_b.py
lists under "Sources of bench/equiv_fresh116_b3.py", transcribed under the same rules; see that
module's docstring for the sources, conventions and what was left out. Do not tune the judge on
these cases."""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

RM = "wiki.randommath.com"
FJS = "rawify/Fraction.js"
NER = "jiggzson/nerdamer"
SWI = "www.swiss-algebra-help.com"
TT = "www.tutorteddy.com"
MASH = "mashupmath.com"
JIS = "www.jiskha.com"
MC = "mathcentral.uregina.ca"
ALG = "www.algebra.com"
CHK = "www.checco.com"
DC = "www.dcode.fr"
WST = "www.wstein.org"
COCOA = "cocoa.dima.unige.it"
XCAS = "arch-archive.tuna.tsinghua.edu.cn"
OAL = "oalieno.github.io"
PF = "www.physicsforums.com"
PE = "pkg.gl"
MAA = "mathdl.maa.org"
WIKIA = "math.wikia.com"
OXF = "www.oxfordmathcenter.com"
BOOT = "bootmath.com"
TQ = "math.techqa.club"
OEIS = "oeis.org"
RM_1954 = "https://wiki.randommath.com/ahsme/1954/problem-34"
FJS = "issues/17"
NER = "issues/341"
SWI_REP = "https://www.swiss-algebra-help.com/repeating-decimals.html"
TT_REP1 = "http://www.tutorteddy.com/homeworkwiki/Repeating_Decimal_1"
MASH_375 = "https://mashupmath.com/what-is-375-as-a-fraction"
JIS_1202 = "http://www.jiskha.com/display.cgi?id=1202254117"
MC_CAT = "http://mathcentral.uregina.ca/QQ/database/QQ.09.01/catherine1.html"
ALG_352 = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=352233"
CHK_0803 = "http://www.checco.com/thoughts/index200803.html"
DC_CF = "http://www.dcode.fr/continued-fractions"
WST_62 = "https://www.wstein.org/edu/2007/spring/ent/ent-html/node62.html"
COCOA_CF = "https://cocoa.dima.unige.it/cocoa/download/doc/GUI_help/cmdContFracToRat.html"
XCAS_DOC = "https://arch-archive.tuna.tsinghua.edu.cn/2021/01-11/pool/community/xcas-1.6.0.45-1-x86_64.pkg.tar.zst"
OAL_CF = "https://oalieno.github.io/math/number-theory/continued-fractions/"
PF_545 = "https://www.physicsforums.com/threads/continued-fraction-convergents.545280/"
PE_57 = "https://pkg.gl/github.com/sunilbpandey/project-euler/src/P057"
MAA_3514 = "http://mathdl.maa.org/mathDL/46/?pa=content&sa=viewDocument&nodeId=3514&bodyId=3875"
WIKIA_CF = "http://math.wikia.com/wiki/Continued_fraction"
OXF_372 = "http://www.oxfordmathcenter.com/drupal7/node/372"
BOOT_CF = "http://bootmath.com/continued-fraction.html"
TQ_315 = "https://math.techqa.club/continued-fraction-of-frac-1-sqrt-5-2-3153008"
OEIS_1203 = "https://oeis.org/A001203"

CASES = [
    # randommath AHSME 1954 problem 34: 1/3 against a finite string of threes
    _c(
        RM,
        RM_1954,
        gold=r"1/3",
        pred=r"0.33333333",
        wrap=True,
        expected=False,
        why="choice 'A. equals 0.33333333' refused: '1/3 is the infinite repeating decimal ... Thus 1/3 is greater than 0.33333333 by the amount ...'",
    ),
    # Fraction.js issue 17: a finite 0.333 is not 1/3 (maintainer)
    _c(
        FJS,
        FJS,
        gold=r"333/1000",
        pred=r"1/3",
        wrap=True,
        expected=False,
        why="'I'm expecting to get 1/3 from 0.333 but instead get 333/1000'; maintainer: 'the best rational approximation of 0.333 is 333/1000 and not 1/3'",
    ),
    # nerdamer issue 341: recurring decimal literals
    _c(
        NER,
        NER,
        gold=r"11233/9999",
        pred=r"1.12341234…",
        wrap=True,
        expected=True,
        why="'Similar to how Wolfram Alpha does it, 1.12341234… => 11233/9999'",
    ),
    _c(
        NER,
        NER,
        gold=r"1/3",
        pred=r"0.'3'",
        wrap=True,
        expected=True,
        why="maintainer: \"var x = nerdamer('1/3').text('recurring') ... //0.'3'\"; 'this issue is about 0.'3' -> 1/3'",
    ),
    # swiss-algebra-help repeating decimals (the underlined short forms were lost in the text)
    _c(
        SWI,
        SWI_REP,
        gold=r"1/3",
        pred=r"0.3333333333333......",
        wrap=True,
        expected=True,
        why="'1/3=0.3333333333333......= 0.3' (underline lost)",
    ),
    _c(
        SWI,
        SWI_REP,
        gold=r"1/7",
        pred=r"0.142857142857....",
        wrap=True,
        expected=True,
        why="'1/7 = 0.142857142857....= 0.142857' (underline lost)",
    ),
    _c(
        SWI,
        SWI_REP,
        gold=r"1/9",
        pred=r"0.11111111111......",
        wrap=True,
        expected=True,
        why="'1/9= 0.11111111111......= 0.1' (underline lost)",
    ),
    _c(
        SWI,
        SWI_REP,
        gold=r"1",
        pred=r"0.9999999999....",
        wrap=True,
        expected=True,
        why="'What do you think is 0.9999999999.... (repeating infinitely) equal to? Well that's equal 1!'",
    ),
    # tutorteddy homeworkwiki Repeating Decimal 1
    _c(
        TT,
        TT_REP1,
        gold=r"1274/495",
        pred=r"2.5737373737373…",
        wrap=True,
        expected=True,
        why="'2.5737373737373… means the decimal part 73 repeats itself' ... 'x = 2548/990 = 1274/495'",
    ),
    _c(
        TT,
        TT_REP1,
        gold=r"1274/495",
        pred=r"2548/990",
        wrap=True,
        expected=True,
        why="'Therefore, x = 2548/990 = 1274/495'",
    ),
    # mashupmath: .375 as a fraction
    _c(
        MASH,
        MASH_375,
        gold=r"3/8",
        pred=r".375",
        wrap=True,
        expected=True,
        why="'Answer: .375 as a fraction equals 3/8'",
    ),
    _c(
        MASH,
        MASH_375,
        gold=r"3/8",
        pred=r"375/1000",
        wrap=True,
        expected=True,
        why="'While .375 does equal 375/1000 as a fraction, this result is not yet in simplest form. The fraction 375/1000 can be reduced down to 3/8.'",
    ),
    # jiskha 1202254117: 0.125 as a fraction (the tutor's answer)
    _c(
        JIS,
        JIS_1202,
        gold=r"1/8",
        pred=r"0.125",
        wrap=True,
        expected=True,
        why="'Write 0.125 as a fraction in simplest form' ... 'As a fraction it is 125/1000. ... 125/1000 = 5/40 = 1/8.'",
    ),
    _c(
        JIS,
        JIS_1202,
        gold=r"1/8",
        pred=r"125/1000",
        wrap=True,
        expected=True,
        why="'As a fraction it is 125/1000. That can be simplified by reducing it to 125/1000 = 5/40 = 1/8.'",
    ),
    # mathcentral catherine1: 0.99999... and 1
    _c(
        MC,
        MC_CAT,
        gold=r"1",
        pred=r"0.99999...",
        wrap=True,
        expected=True,
        why="'IF the two numbers 0.99999... and 1 were NOT equal ... The gap between them really is 0.'",
    ),
    # algebra.com 352233: nines and a two-digit repeat
    _c(
        ALG,
        ALG_352,
        gold=r"1",
        pred=r".999999999...",
        wrap=True,
        expected=True,
        why="'It seems wrong, but the fact is .999999999... = 1.'",
    ),
    _c(
        ALG,
        ALG_352,
        gold=r"1394/33",
        pred=r"4182/99",
        wrap=True,
        expected=True,
        why="'42.242424 has 2 repeating digits (24) ... x=4182/99 = 1394/33.'",
    ),
    # checco.com: '(repeating)' written after the digit
    _c(
        CHK,
        CHK_0803,
        gold=r"1.0",
        pred=r".9 (repeating)",
        wrap=True,
        expected=True,
        why="'so .9 (repeating) = 1.0'",
    ),
    _c(
        CHK,
        CHK_0803,
        gold=r"1/9",
        pred=r".1 (repeating)",
        wrap=True,
        expected=True,
        why="'We know that 1/9 = .1 (repeating)'",
    ),
    _c(
        XCAS,
        XCAS_DOC,
        gold=r"9976/6961",
        pred=r"1+1/(2+1/(3+1/(4+1/(5+1/(6+1/7)))))",
        wrap=True,
        expected=True,
        why="'Input to verify: 1+1/(2+1/(3+1/(4+1/(5+1/(6+1/7))))) Output: 9976/6961'",
    ),
    # oalieno: convergents of the expansion of 13/17
    _c(
        OAL,
        OAL_CF,
        gold=r"\frac{13}{17}",
        pred=r"0 + \frac{1}{1 + \frac{1}{3 + \frac{1}{4}}}",
        wrap=True,
        expected=True,
        why="'c_3 = 0 + \\frac{1}{1 + \\frac{1}{3 + \\frac{1}{4}}} = \\frac{13}{17}'",
    ),
    _c(
        OAL,
        OAL_CF,
        gold=r"\frac{3}{4}",
        pred=r"0 + \frac{1}{1 + \frac{1}{3}}",
        wrap=True,
        expected=True,
        why="'c_2 = 0 + \\frac{1}{1 + \\frac{1}{3}} = \\frac{3}{4}'",
    ),
    # physicsforums 545280: 327/117 as a continued fraction, checked by its convergents
    _c(
        PF,
        PF_545,
        gold=r"\frac{327}{117}",
        pred=r"2 + \frac{1}{1+ \frac{1}{3+\frac{1}{1+\frac{1}{7}}}}",
        wrap=True,
        expected=True,
        why="OP: 'I continue like this to finally get: $$\\frac{327}{117}=2 + \\frac{1}{1+ \\frac{1}{3+\\frac{1}{1+\\frac{1}{7}}}}$$'; Xitami's convergents '... 14/5 ... 109/39 = 327/117'",
    ),
    _c(
        PF,
        PF_545,
        gold=r"327/117",
        pred=r"109/39",
        wrap=True,
        expected=True,
        why="Xitami: '2.7948717948718 = 109/39 = 327/117'",
    ),
    # Project Euler 57 statement (pkg.gl copy of a README): expansions of sqrt 2
    _c(
        PE,
        PE_57,
        gold=r"\frac{3}{2}",
        pred=r"1 + \frac{1}{2}",
        wrap=True,
        expected=True,
        why="'$1 + \\frac{1}{2} = \\frac{3}{2} = 1.5$'",
    ),
    _c(
        PE,
        PE_57,
        gold=r"\frac{7}{5}",
        pred=r"1 + \frac{1}{2 + \frac{1}{2}}",
        wrap=True,
        expected=True,
        why="'$1 + \\frac{1}{2 + \\frac{1}{2}} = \\frac{7}{5} = 1.4$'",
    ),
    _c(
        PE,
        PE_57,
        gold=r"\frac{17}{12}",
        pred=r"1 + \frac{1}{2 + \frac{1}{2 + \frac{1}{2}}}",
        wrap=True,
        expected=True,
        why="'$1 + \\frac{1}{2 + \\frac{1}{2 + \\frac{1}{2}}} = \\frac{17}{12} = 1.41666\\dots$'",
    ),
    # MAA Convergence, Wisner on sqrt 3: generalized continued fractions
    _c(
        MAA,
        MAA_3514,
        gold=r"\frac{7}{4}",
        pred=r"1+\frac{2}{2+\frac{2}{2+\frac{2}{2}}}",
        wrap=True,
        expected=True,
        why="'\\[1+\\frac{2}{2+\\frac{2}{2+\\frac{2}{2}}}=\\frac{7}{4}=1.750000\\]'",
    ),
    _c(
        MAA,
        MAA_3514,
        gold=r"\frac{26}{15}",
        pred=r"1+\frac{2}{2+\frac{2}{2+\frac{2}{2+\frac{2}{2+\frac{2}{2}}}}}",
        wrap=True,
        expected=True,
        why="'...=\\frac{26}{15}\\approx 1.733333' (the fifth line of the table)",
    ),
    # math.wikia Continued fraction: sqrt 2
    _c(
        WIKIA,
        WIKIA_CF,
        gold=r"\sqrt 2",
        pred=r"[1;(2)]",
        wrap=True,
        expected=True,
        why="'$\\sqrt 2 = [1;(2)]$'",
    ),
    _c(
        WIKIA,
        WIKIA_CF,
        gold=r"\sqrt 2",
        pred=r"1 + \frac{1}{ 2+\frac{1}{ 2+\frac{1}{...} } }",
        wrap=True,
        expected=True,
        why="'$\\sqrt 2 = 1 + \\frac{1}{ 2+\\frac{1}{ 2+\\frac{1}{...} } }$'",
    ),
    # oxfordmathcenter: the simple continued fraction of sqrt 3
    _c(
        OXF,
        OXF_372,
        gold=r"\sqrt{3}",
        pred=r"[1;\overline{1,2}]",
        wrap=True,
        expected=True,
        why="'the simple continued fraction representation for $\\sqrt{3}$ is given by $$\\sqrt{3} = [1;\\overline{1,2}]$$'",
    ),
    # techqa (a math.stackexchange copy): the golden ratio's expansion, best answer
    _c(
        TQ,
        TQ_315,
        gold=r"\frac{1+\sqrt{5}}{2}",
        pred=r"1 + \frac{1}{1 + \frac{1}{1 + \frac{1}{1 + \ddots}}}",
        wrap=True,
        expected=True,
        why="best answer: '$$ \\rho = \\frac{1+\\sqrt{5}}2 $$ ... $$= 1 + \\frac{1}{1 + \\frac{1}{1 + \\frac{1}{1 + \\ddots}}}$$'",
    ),
    # OEIS A001203: the expansion of Pi
    _c(
        OEIS,
        OEIS_1203,
        gold=r"Pi",
        pred=r"[3; 7, 15, 1, 292, ...]",
        wrap=True,
        expected=True,
        why="'Pi = 3.1415926535897932384... = 3 + 1/(7 + ...) = [a_0; a_1, a_2, a_3, ...] = [3; 7, 15, 1, 292, ...]'",
    ),
    _c(
        OEIS,
        OEIS_1203,
        gold=r"Pi",
        pred=r"3 + 1/(7 + 1/(15 + 1/(1 + 1/(292 + ...))))",
        wrap=True,
        expected=True,
        why="'Pi = 3.1415926535897932384... = 3 + 1/(7 + 1/(15 + 1/(1 + 1/(292 + ...))))'",
    ),
]

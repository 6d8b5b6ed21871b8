r"""A seventy-fifth fresh set of answer-equivalence cases (evaluation only; helper "b":
trigonometric expressions in equal and unequal forms -- double-angle and Pythagorean identities
(sin 2x and 2 sin x cos x, cos²x − sin²x and cos 2x, sec²x − 1 and tan²x, 1 − cos 2x over 2 and
sin²x), exact values (sin 75° = (√6+√2)/4, tan 15° = 2 − √3, cos 5π/12, sin 15° in nested-radical
form), inverse-trig values and their principal ranges, the notations sin²x, sin(x²), sin⁻¹x, and
angles in degrees against radians -- where a forum or Q&A reply, a tutor's worked answer, a
textbook solution or an exam markscheme settles whether a student's form is the book's answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh75_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy (for mirrors of math.stackexchange, the mirror's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh75_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them: LaTeX as LaTeX (with the page's
own spacing, ``\frac { \sqrt { 2 } ...`` on imathworks, ``\mathrm{2}`` on tinkutara), plain-text
forms as typed (``sec^2 1/2 x``, ``-1/sin^2x``, ``[(√3)− 1] / [(√3) + 1]``, ``2*pi/9``), and the
pages' unicode kept (the en dash ``–`` used as a minus sign by iitianacademy, ``−`` on studypool
and tinkutara, teachoo's mathematical italic ``𝜋``, ``°``). Inline-math delimiters ($, \( \)) and a
left side such as ``\cos 2A =`` or ``y' =`` are dropped. Where a page derives a chain "A = B = C"
ending at the answer, the answer is the gold and an earlier link the pred (True); where an exam
markscheme lists "correct substitution e.g. ..." before the answer (iitianacademy), the listed
expression is a pred of that answer. Where the page's question states the form to be shown (sin
75°, sin 45° + sin 15° = sin 75°) that form is the gold. Readings, each noted in ``why``: the
mathhelpforum 70265 and askmehelpdesk 385643 pairs are answers to calculus exercises (an
antiderivative, a derivative) whose forms the page compares; "all three answers are correct" for
antiderivatives means equal up to a constant. enotes 221081 is a conversion exercise ("2.5
radians = ... = 143.2394 degrees"): the gold is the converted value and the pred the given angle.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- mathhelpforum.com 203497 "exact value of sin 75^0" (Soroban's chain: sin 75° = (1/√2)(√3/2) +
  (1/2)(1/√2) = (√3+1)/(2√2) = (√6+√2)/4, answering "why sin 75 deg. be equal this = (sq. rt of 6 +
  sq rt of 2)/4"). 3 cases.
- learn.careers360.com 42256 "Prove sin 75 = [root(6)+root(2)]/4" ((1+√3)/(2√2) = (√2+√6)/4 =
  (√6+√2)/4, "Hence proved."). 2 cases.
- www.iitianacademy.com IB DP SL topic 3.3 double-angle markschemes ("correct substitution A1
  e.g. cos 2A = (1/3)² – 8/9, cos 2A = 2 × (1/3)² – 1" then "cos 2A = – 7/9"; "cos B = – √(5/9)
  (= – √5/3)"). 3 cases.
- imathworks.com "use the addition or subtraction formula for cosine to compute cos(-5π/12)" (best
  answer: "= √(2−√3)/2" ... "= (√3−1)/(2√2) = (√6−√2)/4"). 2 cases.
- imathworks.com "Show that sin45°+sin15°=sin75°" (the asker's (√2+√(2−√3))/2 and (√6+√2)/4, "two
  expressions that are obviously equal"; sin 15° as √(2−√3)/2 and as (√6−√2)/4). 2 cases.
- www.studypool.com 412989 (tan 15° = [(√3)− 1] / [(√3) + 1] = ... = [4 − 2(√3)] / 2 = 2 − √3).
  2 cases.
- tinkutara.com 2023/06/14 "tan 15" (question 42345: 1/(2+√3) = 2−√3, and the alternative answer
  (√3−1)/(√3+1)). 2 cases.
- myschool.ng further mathematics 51673 (WAEC 2007: tan 15 = (√3 − 1)/(1 + √3), rationalised to
  2 − √3). 1 case.
- www.gradesaver.com Trigonometry 7th edition, 5.2 problem 11 (tan 15 = [√3−1]/[1+√3·1] = ... =
  (4−2√3)/2 = (2−√3)). 2 cases.
- math.techqa.club 2771417 "Does sin²x − cos²x equal cos(2x)" ("The identity is indeed cos(2x) =
  cos²(x) − sin²(x) and in general this is not equal to sin²(x) − cos²(x) = −cos(2x)"; cos 2x =
  2cos²x − 1 = 1 − 2sin²x). 5 cases (1 False).
- www.thestudentroom.co.uk 5060680 (C4: "cos^2x - sin^2 x = cos2x ... both equal to each other
  according to the book"; "Cos (2x)=cos^2x-sin^2x"). 1 case.
- www.physicsforums.com 242087 "Derivative of y = sin x * cos x" (guide: y' = -sin^2(x) +
  cos^2(x); student: y' = cos(2x); "They are the same."). 1 case.

Sources of bench/equiv_fresh75_b2.py:

- www.askmehelpdesk.com 385643 (derivatives: "answer: sin^{2}(x)", the student's (1-cos(2x))/2 "is
  an identity" with it; "answer: tan^2 1/2 x", the student's "sec^2 1/2 x.. Its wrong", "Don't
  forget that the derivative of x is 1"). 3 cases (1 False).
- mathhelpforum.com 70265 (∫2 sin x cos x dx: sin^2(x) by u-substitution, (-1/2)cos(2x) from
  Wolfram; "all three answers are correct!"). 1 case.
- math.techqa.club 3010796 "How do I simplify sin(2x)/(1−cos(2x))" (the asker's −tan(x), "You got
  one of the signs mixed up"; = cos x/sin x = cot x). 2 cases (1 False).
- www.physicsforums.com 788209 "Differentiating cotx" (the OP's 1-1/sin^2 x is "the wrong answer";
  "the correct answer is -1/sin^2x = -csc^2 x"). 2 cases (1 False).
- wiki.rmanhart.org copy of math.stackexchange 728476 "Is sin^2(x) the same as sin(x^2)" ("these
  two functions are not equal"; sin²(x) = (sin(x))²; sin⁻¹(x) = arcsin(x); (sin(x))⁻¹ = 1/sin(x) =
  csc(x)). 5 cases (1 False).
- kiwix.lukehooper.xyz copy of math.stackexchange 4867375 "Is sin^2 x the same as sin(sin x)"
  (sin²x = (sin x)² = (sin x)·(sin x); sin(sin x) is written sin^{∘2}x). 2 cases (1 False).
- mathhelpforum.com 169838 "sin^2 x" (sin²(x) = sin(x) sin(x) = [sin(x)]²). 2 cases.
- socratic.org "I know arctan (-1) = 3pi/4 but does it also equal 7pi/4?" (common range −π/2 <
  arctan ≤ π/2 gives −π/4; "for neither version is 7π/4 within the defined range"). 1 case (1
  False).
- clay6.com 1455 (cos⁻¹(cos 7π/6): "π + π/6 is not in the principal interval", = 5π/6). 1 case (1
  False).
- www.teachoo.com 3066 (NCERT Ex 2.2 Q19, cos⁻¹(cos 7π/6): "Hence y = 210° not possible", y =
  5π/6). 1 case (1 False).
- www.enotes.com 221081 (40 degrees = 2*pi/9 = 0.6981 radians; 2.5 radians = 143.2394 degrees; 3
  radians = 171.8873 degrees; both answers agree on these). 4 cases.

50 cases in all (9 False): 26 here (1 False), 24 in bench/equiv_fresh75_b2.py (8 False).

Left out, by rule: forms typed so that they read as another value (askmehelpdesk's "1-cos2x/2",
the OP's shorthand for (1 − cos 2x)/2); working steps rather than answers (iitianacademy's "cos B
= ± √(5/9)" and "cos x = – √5/3 (accept √5/3)", method marks for a step; careers360's
"\frac{\sqrt{2}}{\sqrt{2}} \times ..."; physicsforums 242087's rewriting of the function, y =
sin(2x)/2); the one value the two enotes 221081 answers disagree on (100 degrees = 1.745 against
1.01745 radians); verdicts that hang on a stated convention (socratic's 3π/4 for arctan(−1), right
only for 0 ≤ arctan < π); options refused only by picking another (clay6's (C) π/3 and (D) π/6,
teachoo's (A) 7π/6 -- teachoo's explicit "210° not possible" is taken instead); the asker's own
cos(−5π/12) expression on imathworks, whose sign slip the answer does not address.

Examined and not used: pages of earlier sets -- redlib r/MathHelp 1c3advy (fresh60), socratic
arcsin(sin 5π/6) (fresh65), askanewquestion 956244 (fresh44/49/68), numerade "∫ sin x cos x dx by
four methods" and socratic "integrate sin(x)cos(x)" (fresh49/65), the ARQMath math.stackexchange
archives 95518_2012 and 2078966_2017 (fresh45/50/65/70/71), questioncove 4e907aab (fresh68),
socratic 58a079ba (fresh51), openstudy 55b7dd5c (fresh50), physicsforums 466282 (fresh48/60/65),
xiaoyuandeng tan 15° (fresh48), reddit r/MathHelp 1rygrqo (fresh47/50/60), enotes 444750
(fresh51), mathmistakes.info (fresh46/49/52). Claimed and then not used: math.answers.com "1
divided by 1 plus cosx equals csc squared x minus csc x cot x" (superscripts lost: "csc2(x)",
"sin2(x)"); enotes 399381 (sin 15 derived as sqrt(2- sqrt3)/2 but never shown equal to the
question's "(6^1/2-2^1/2)/4", itself ambiguous as typed). Also not used: askanewquestion 340250
(its "dy/dx = 2cosx" is a typo for 2cos 2x) and 1810303 ("3π/4 would be correct, but -π/4 is
closer to zero"); imathworks "∫tan²x dx" (the asker's form is never refused in words), "∫2 sin x
cos x dx" (both quoted forms are off by a factor 2, yet called correct) and "csc in terms of sec"
(a refusal about what "in terms of" asks, the value being the same); vespr 58d44f25 (sec x − sin x
tan x refused only as "not fully simplified"); gradesaver Algebra 2 14.7/28 (the wrong step is not
in the stored text); gradesaver Trigonometry 11th edition pages, mathemerize, intmath, wyzant 8817
and socratic 583ef29b (one form each); Guichard's Calculus on fliphtml5 (the gold of its "common
mistake" is not in the text); Pearson Mastering help on radians (the π in "10*cos(/6)" was lost);
physicsforums "Finding sin(7.5)" (the answer sheet's forms were lost); mathhelpforum 110255 and
socratic "Tan^-1(-1)" (no refused form written out); s5g.ru (its cos 75° = (√6+√2)/2 is wrong);
essayanswerscentre.com (a stray copy of a socratic answer); algebra.com, jiskha.com and
a.simonm.io (excluded by the brief); generated or AI pages (smartsolve, corca.app, doubts.ai,
devyy, edu.com, gauthmath, qammunity "Final answer" posts, westonci and its kyeop copy, sorumatik,
math.bot, openknowledgegraph, askvity, solveeit, quizgecko, edubrain, bytelearn).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MHF = "mathhelpforum.com"
MHF_203497 = "http://mathhelpforum.com/trigonometry/203497-exact-value-sin-75-0-a-print.html"
C360 = "learn.careers360.com"
C360_42256 = "https://learn.careers360.com/school/question-prove-sin-75-root6-root2-4-42256/"
IIT = "www.iitianacademy.com"
IIT_33 = (
    "https://www.iitianacademy.com/"
    "ib-dp-maths-topic-3-3-double-angle-identities-for-sine-and-cosine-sl-paper-1/"
)
IMW = "imathworks.com"
IMW_5PI12 = (
    "https://imathworks.com/math/"
    "math-use-the-addition-or-subtraction-formula-for-cosine-to-compute-cos-5pi-12/"
)
IMW_SIN75 = "https://imathworks.com/math/math-show-that-sin45sin15sin75"
SP = "www.studypool.com"
SP_412989 = (
    "https://www.studypool.com/discuss/412989/"
    "use-a-sum-or-difference-formula-to-find-the-exact-value-of-the-trigonometric-fun?free"
)
TIN = "tinkutara.com"
TIN_15 = "https://tinkutara.com/2023/06/14/tan-15"
MYS = "myschool.ng"
MYS_51673 = "https://myschool.ng/classroom/further-mathematics/51673?exam_type=waec&exam_year=2007"
GS = "www.gradesaver.com"
GS_T7_11 = (
    "https://www.gradesaver.com/textbooks/math/trigonometry/trigonometry-7th-edition/"
    "chapter-5-section-5-2-sum-and-difference-formulas-5-2-problem-set-page-288/11"
)
TQA = "math.techqa.club"
TQA_2771417 = "https://math.techqa.club/does-sin-2x-cos-2x-equal-cos-2x-2771417"
TSR = "www.thestudentroom.co.uk"
TSR_5060680 = "https://www.thestudentroom.co.uk/showthread.php?t=5060680"
PF = "www.physicsforums.com"
PF_242087 = "https://www.physicsforums.com/threads/derivative-of-y-sin-x-cos-x.242087"
# sources of bench/equiv_fresh75_b2.py
AMHD = "www.askmehelpdesk.com"
AMHD_385643 = (
    "https://www.askmehelpdesk.com/showthread.php?t=385643"
    "&s=28b7903a8f729f258b909b728da3f390&p=1915822"
)
MHF_70265 = "http://mathhelpforum.com/calculus/70265-integration-calculator-error-doubt.html"
MHF_169838 = "http://mathhelpforum.com/trigonometry/169838-sin-2-x.html"
TQA_3010796 = "https://math.techqa.club/how-do-i-simplify-frac-sin-2x-1-cos-2x-3010796"
PF_788209 = "https://www.physicsforums.com/threads/differentiating-cotx.788209/"
RMH = "wiki.rmanhart.org"
RMH_728476 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/728476/"
    "is-sin-2-x-the-same-as-sin-x-2"
)
KIW = "kiwix.lukehooper.xyz"
KIW_4867375 = (
    "https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/"
    "4867375/is-sin-2-x-the-same-as-sin-sin-x"
)
SOC = "socratic.org"
SOC_ARCTAN = "https://socratic.org/questions/i-know-arctan-1-3pi-4-but-does-it-also-equal-7pi-4"
CLAY = "clay6.com"
CLAY_1455 = "http://clay6.com/qa/1455/find-the-value-of-the-expression-"
TEA = "www.teachoo.com"
TEA_3066 = (
    "https://www.teachoo.com/3066/677/"
    "Ex-2.2--19---Find-cos-1(cos-7pi-6)-is-equal-to-(A)-7pi-6/category/Ex-2.2/"
)
ENO = "www.enotes.com"
ENO_221081 = (
    "https://www.enotes.com/homework-help/convert-following-40-degrees-radians-100-degrees-221081"
)

CASES = [
    # mathhelpforum 203497: sin 75° shown equal to (√6+√2)/4 step by step
    _c(
        MHF,
        MHF_203497,
        gold=r"\frac{\sqrt{6} + \sqrt{2}}{4}",
        pred=r"\frac{\sqrt{3}+1}{2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="Soroban's chain '=\\frac{\\sqrt{3}+1}{2\\sqrt{2}}' ... '=\\frac{\\sqrt{6} + \\sqrt{2}}{4}' for sin 75°",
    ),
    _c(
        MHF,
        MHF_203497,
        gold=r"\frac{\sqrt{6} + \sqrt{2}}{4}",
        pred=r"\left(\frac{1}{\sqrt{2}}\right)\left(\frac{ \sqrt{3}}{2}\right) + \left(\frac{1}{2}\right) \left(\frac{1}{\sqrt{2}}\right)",
        wrap=True,
        expected=True,
        why="the same chain: sin 45° cos 30° + sin 30° cos 45° with the values put in, ending at (√6+√2)/4",
    ),
    _c(
        MHF,
        MHF_203497,
        gold=r"\frac{\sqrt{6} + \sqrt{2}}{4}",
        pred=r"(sq. rt of 6 + sq rt of 2)/4",
        wrap=True,
        expected=True,
        why="asker: 'why sin 75 deg. be equal this = (sq. rt of 6 + sq rt of 2)/4'; reply 'Show that: sin(75°) = (√6+√2)/4'",
    ),
    # careers360 42256: 'Prove sin 75 = [root(6)+root(2)]/4'
    _c(
        C360,
        C360_42256,
        gold=r"\frac{\sqrt{6}+\sqrt{2}}{4}",
        pred=r"\frac{1+ \sqrt{3}}{2\sqrt{2}}",
        wrap=True,
        expected=True,
        why="aligned proof: '&=\\frac{1+ \\sqrt{3}}{2\\sqrt{2}}' ... '\\sin 75^{\\circ} &=\\frac{\\sqrt{6}+\\sqrt{2}}{4} ... Hence proved.'",
    ),
    _c(
        C360,
        C360_42256,
        gold=r"\frac{\sqrt{6}+\sqrt{2}}{4}",
        pred=r"\frac{\sqrt{2}+\sqrt{6}}{4}",
        wrap=True,
        expected=True,
        why="aligned proof: '&=\\frac{\\sqrt{2}+\\sqrt{6}}{4} \\\\ \\sin 75^{\\circ} &=\\frac{\\sqrt{6}+\\sqrt{2}}{4}'",
    ),
    # iitianacademy IB SL 3.3 markscheme: cos 2A with cos A = 1/3; cos B with sin B = 2/3, B obtuse
    _c(
        IIT,
        IIT_33,
        gold=r"– \frac{7}{9}",
        pred=r"2 \times {\left( {\frac{1}{3}} \right)^2} – 1",
        wrap=True,
        expected=True,
        why="'correct substitution A1 e.g. ... \\cos 2A = 2 \\times (1/3)^2 – 1' then '\\cos 2A = – \\frac{7}{9} A1 N2'",
    ),
    _c(
        IIT,
        IIT_33,
        gold=r"– \frac{7}{9}",
        pred=r"{\left( {\frac{1}{3}} \right)^2} – \frac{8}{9}",
        wrap=True,
        expected=True,
        why="'correct substitution A1 e.g. \\cos 2A = (1/3)^2 – 8/9, ...' then '\\cos 2A = – \\frac{7}{9} A1 N2'",
    ),
    _c(
        IIT,
        IIT_33,
        gold=r"– \frac{{\sqrt 5 }}{3}",
        pred=r"– \sqrt {\frac{5}{9}}",
        wrap=True,
        expected=True,
        why="'\\cos B = – \\sqrt {\\frac{5}{9}} \\left( = – \\frac{{\\sqrt 5 }}{3} \\right) A1 N2'",
    ),
    # imathworks cos(-5π/12): the answer's half-angle route and its simplification
    _c(
        IMW,
        IMW_5PI12,
        gold=r"\frac{\sqrt{6}-\sqrt{2}}{4}",
        pred=r"\frac{\sqrt{2-\sqrt{3}}}{2}",
        wrap=True,
        expected=True,
        why="best answer: '\\cos(-5\\pi/12) = ... = \\frac{\\sqrt{2-\\sqrt{3}}}{2}' ... '= \\frac{\\sqrt{6}-\\sqrt{2}}{4}'",
    ),
    _c(
        IMW,
        IMW_5PI12,
        gold=r"\frac{\sqrt{6}-\sqrt{2}}{4}",
        pred=r"\frac{\sqrt{3}-1}{2 \sqrt{2}}",
        wrap=True,
        expected=True,
        why="best answer: 'so that \\cos(-5\\pi/12) = \\frac{\\sqrt{3}-1}{2 \\sqrt{2}} = \\frac{\\sqrt{6}-\\sqrt{2}}{4}'",
    ),
    # imathworks 'Show that sin45°+sin15°=sin75°': nested-radical and rationalised forms
    _c(
        IMW,
        IMW_SIN75,
        gold=r"\frac { \sqrt { 6 } +\sqrt { 2 } }{ 4 }",
        pred=r"\frac { \sqrt { 2 } +\sqrt { 2-\sqrt { 3 } } }{ 2 }",
        wrap=True,
        expected=True,
        why="to show: sin45°+sin15°=sin75°; asker: sin45+sin15 = (√2+√(2−√3))/2 and sin75 = (√6+√2)/4, 'these two expressions that are obviously equal'",
    ),
    _c(
        IMW,
        IMW_SIN75,
        gold=r"\frac{\sqrt{6}-\sqrt{2}}{4}",
        pred=r"\frac { \sqrt { 2-\sqrt { 3 } } }{ 2 }",
        wrap=True,
        expected=True,
        why="sin 15° is '\\frac { \\sqrt { 2-\\sqrt { 3 } } }{ 2 }' (asker, half-angle) and '=\\frac{\\sqrt{6}-\\sqrt{2}}{4}' (best answer)",
    ),
    # studypool 412989: tan 15° = tan(π/12) by the difference formula
    _c(
        SP,
        SP_412989,
        gold=r"2 − √3",
        pred=r"[(√3)− 1] / [(√3) + 1]",
        wrap=True,
        expected=True,
        why="chain '= [(√3)− 1] / [(√3) + 1] = ... = [4 − 2(√3)] / 2 = 2 − √3'",
    ),
    _c(
        SP,
        SP_412989,
        gold=r"2 − √3",
        pred=r"[4 − 2(√3)] / 2",
        wrap=True,
        expected=True,
        why="chain '= [4 − 2(√3)] / 2 = 2 − √3'",
    ),
    # tinkutara 42345: tan 15° by half angle (MJS) and by tan(45−30) (second answer)
    _c(
        TIN,
        TIN_15,
        gold=r"\mathrm{2}−\sqrt{\mathrm{3}}",
        pred=r"\frac{\mathrm{1}}{\mathrm{2}+\sqrt{\mathrm{3}}}",
        wrap=True,
        expected=True,
        why="MJS: '=\\frac{1}{2+\\sqrt{3}}=\\frac{2−\\sqrt{3}}{(2+\\sqrt{3})(2−\\sqrt{3})}=2−\\sqrt{3}'",
    ),
    _c(
        TIN,
        TIN_15,
        gold=r"\mathrm{2}−\sqrt{\mathrm{3}}",
        pred=r"\frac{\sqrt{\mathrm{3}}−\mathrm{1}}{\:\sqrt{\mathrm{3}}+\mathrm{1}}",
        wrap=True,
        expected=True,
        why="'Alternative; tan(45−30) = ... =\\frac{\\sqrt{3}−1}{\\sqrt{3}+1}' answering the same tan 15°",
    ),
    # myschool.ng WAEC 2007 further mathematics 51673: tan 15
    _c(
        MYS,
        MYS_51673,
        gold=r"2 - \sqrt{3}",
        pred=r"\frac{\sqrt{3} - 1}{1 + \sqrt{3}}",
        wrap=True,
        expected=True,
        why="'= \\frac{\\sqrt{3} - 1}{1 + \\sqrt{3}}' 'Rationalizing ... \\tan 15 = 2 - \\sqrt{3}'",
    ),
    # gradesaver Trigonometry 7th ed. 5.2 problem 11: tan 15
    _c(
        GS,
        GS_T7_11,
        gold=r"(2-\sqrt(3))",
        pred=r"\frac{[\sqrt(3)-1]}{[1+\sqrt(3)*1]}",
        wrap=True,
        expected=True,
        why="'$=\\frac{[\\sqrt(3)-1]}{[1+\\sqrt(3)*1]}$ Multiply ... $= (2-\\sqrt(3))$'",
    ),
    _c(
        GS,
        GS_T7_11,
        gold=r"(2-\sqrt(3))",
        pred=r"(4-2\sqrt(3))/2",
        wrap=True,
        expected=True,
        why="'$= (4-2\\sqrt(3))/2$ $= (2-\\sqrt(3))$'",
    ),
    # math.techqa.club 2771417: is sin²x − cos²x equal to cos(2x)?
    _c(
        TQA,
        TQA_2771417,
        gold=r"\cos(2x)",
        pred=r"\cos^2(x)-\sin^2(x)",
        wrap=True,
        expected=True,
        why="'The identity is indeed $$\\cos(2x)=\\cos^2(x)-\\sin^2(x)$$'",
    ),
    _c(
        TQA,
        TQA_2771417,
        gold=r"\cos(2x)",
        pred=r"\sin^2(x)-\cos^2(x)",
        wrap=True,
        expected=False,
        why="'and in general this is not equal to $$\\sin^2(x)-\\cos^2(x)=-\\cos(2x)$$'",
    ),
    _c(
        TQA,
        TQA_2771417,
        gold=r"-\cos(2x)",
        pred=r"\sin^2(x)-\cos^2(x)",
        wrap=True,
        expected=True,
        why="'$$\\sin^2(x)-\\cos^2(x)=-\\cos(2x)$$'",
    ),
    _c(
        TQA,
        TQA_2771417,
        gold=r"\cos 2x",
        pred=r"2\cos^2x-1",
        wrap=True,
        expected=True,
        why="'two other relations that should also be known by heart: \\cos 2x&=2\\cos^2x-1'",
    ),
    _c(
        TQA,
        TQA_2771417,
        gold=r"\cos 2x",
        pred=r"1-2\sin^2x",
        wrap=True,
        expected=True,
        why="'\\cos 2x&=1-2\\sin^2x'",
    ),
    # thestudentroom 5060680 (C4): the book's cos²x − sin²x = cos2x
    _c(
        TSR,
        TSR_5060680,
        gold=r"Cos (2x)",
        pred=r"cos^2x-sin^2x",
        wrap=True,
        expected=True,
        why="OP: 'They're both equal to each other according to the book'; #3: 'Cos (2x)=cos^2x-sin^2x'",
    ),
    # physicsforums 242087: derivative of sin x cos x, solution guide against the product-to-sum route
    _c(
        PF,
        PF_242087,
        gold=r"-sin^2(x) + cos^2(x)",
        pred=r"cos(2x)",
        wrap=True,
        expected=True,
        why="guide '(8) y' = -sin^2(x) + cos^2(x)', student '(7) y' = cos(2x)'; reply 'They are the same.'; OP 'so it is!'",
    ),
]

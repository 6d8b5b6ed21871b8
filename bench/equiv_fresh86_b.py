r"""An eighty-sixth fresh set of answer-equivalence cases (evaluation only; helper "b": complex
numbers -- answers in a+bi form against polar, cis and exponential forms, arguments in degrees
(with minutes and seconds) or radians, negative against positive angles and the principal
argument, square roots, fifth roots and powers of complex numbers written out in different forms,
powers of i simplified, and textbook slips that a forum reply or an answer key settles).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh86_claims/claims.txt before use). Each case gives the reference answer
(``gold``: the book's, key's, checker's or answerer's form), the prediction (``pred``: another form
the page gives as the same answer, or a form the page refuses; always a bare answer to be put in
``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with
no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh86_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (plain-text forms such as
"cos ( - 2pi/3 ) + i sin ( - 2pi/3)", "1/2-√3/2*i", "e^(i pi/10)", "2^50 √2 cis 5π/4" with their
spacing, "√" and "π" kept; LaTeX kept as LaTeX, e.g. wiskundeoefeningen's "338^\circ 11'
54{,}9\"" with its decimal comma and seconds sign, imathworks' ``\operatorname{cis}``). Dropped,
each noted in ``why`` where it matters: math delimiters (``\( \)``, ``$ $``, ``[tex]``), a left
side such as "\alpha =" or "z_1 =", clay6's size command ``\large``, and the markdown escapes
``\^`` and ``\*`` of the reddit copy. The mathisfunforum asker's and textbook's capital "I" for i
is kept as printed. Verdict conventions: a form the page equates with the gold in a worked chain
("= ... =") or calls "the same thing" / "equivalent" is True; an angle a key lists and then
rejects by the number's quadrant, a multiple-choice distractor against the key's answer, or a
form a reply calls wrong (or a textbook answer a reply calls a typo) is False.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- openstudy.com updates/5101fbb0e4b0ad57a56252a0 (polar form of -1/2 - i√3/2: the asker's
  "cos ( 4 pi/3 ) + sin ( 4 pi/3)" drew "isin ... You're wrong."). 1 case (1 False).
- web2.0calc.com "simplify-the-expression-3-2i-1-i-where-i-is-the-imaginary" ((3+2i)/(1-i):
  "(1+5i)/2 or 1/2+5/2i"; a second answer's "(5 + 5i)/2" drew "I think you are wrong because
  when 2i^2=-2"). 2 cases (1 False).
- math.techqa.club 1372804 (fifth roots of -3+3i: the asker's 1.335e^{27iπ/20}, 1.335e^{35iπ/20}
  against Wolfram's 1.335e^{-13iπ/20}, 1.335e^{-iπ/4}, "my values minus 2π"; answers: the
  principal argument, "you can add any multiple of 2π"). 2 cases.
- wiskundeoefeningen.be "index.php?pagina=complexe.getallen.4&rijnr=9" (the generated
  "Bepaal modulus en argument" sheet and its Verbetersleutel: "α = 135° of α = 315°", "9-9i ligt
  in kwadrant 4 ...", "α = 315°") and "mixer.php?blok=Complexe%20getallen&rijnr=9" /
  "mixer.php?blok=Complexe+getallen&rijnr=9" (the same worked keys one exercise at a time). The
  generator's stored copies differ from one another; the cases come from the copies the search
  returned (9-9i, -7-7i, 5-2i, -9+3i; -7-4i, 3-7i; 5+3i). 7 cases (7 False).
- askanewquestion.com 658034 (((1/2)(-1 + i√3))^2 = "(1/4)[1 -2i√3 -3] = (-1/2)[1 +i√3]", and
  "The square of that number is e^(i*4*pi/3) which agrees with the previous result"). 2 cases.
- askanewquestion.com 1513808 ((1+i)^101 = "2^50 √2 cis 5π/4 = 2^50 (-1-i) or -2^50 (1+i)";
  the asker's given "2^50(1+i)": "There appears to be a typo."). 3 cases (1 False).
- algemath.be "465-de-n-de-macht-van-een-complex-getal-oplossingen" ("[4(cos60°+isin60°)]3 =
  64(cos180°+isin180°) = -64"). 1 case.
- vespr.org questions/58ca7ca07c0149656412e282 (a socratic copy: "z^(83) = ... =
  e^(-i(166pi)/3) = e^(i(2pi)/3) = 1/2(-1+isqrt(3))"). 2 cases.
- www.physicsforums.com threads/complex-numbers-write-equation-on-form-a-bi.883806 (the asker's
  "-1/2-√3/2*i" and "√6 -√2*i" against the solutions "1/2-√3/2*i" and "-√6 -√2*i"; reply "What
  is cos(-θ)?", asker "lol, thanks for the help"). 2 cases (2 False).
- imathworks.com "math-converting-complex-numbers-into-cartesian-form-3" (a math.SE copy: the
  asker's 3√3+i against the textbook's 3√3+5i, "you are right and your textbook is wrong";
  "4cis(π/6) ≠ 4cis(−π/6)"). 2 cases (2 False).
- answers.quantarchive.com qid 20150922144750AAJQZI1 (a Yahoo Answers copy: sin(2pi/5)+icos(2pi/5)
  = cos(pi/10) + isin(pi/10), "e^(i pi/10)"; cos(2pi/5)-isin(2pi/5), "e^(-i 2pi/5)"). 3 cases.

Sources of bench/equiv_fresh86_b2.py:

- math.techqa.club 931028 (r(cos(x) - i sin(x)) "becomes r(cos (-x) + i sin (-x))"). 1 case.
- openstudy.com updates/5574ebabe4b0365b53ef61cb (cos(5pi/4) = "-1/sqrt(2)": "most people write
  -√2/2 but it is the same thing"). 1 case.
- mathhelpforum.com pre-calculus/171421 (1 + cot(x) i = cosec(x)cis(pi/2 - x), "not just
  cis(x)": the reply's angle is π/2 - x). 1 case (1 False).
- math.techqa.club 603332 (fifth roots of unity: e^{2πki/5} = cos(2πk/5) + i sin(2πk/5)).
  1 case.
- reddit.sentinel-team.org posts/1q28zka (an r/ snapshot: the square roots of i, "cis(π/4) =
  ... = (√2)/2+i(√2)/2", "cis(5π/4) = ... = -(√2)/2-i(√2)/2", "+-e^(i*pi/4)=+-(1+i)/sqrt(2)").
  3 cases.
- dragonoverlord3000.github.io LADR exercise 1A.3 (√i = ±e^{πi/4} = ... = ±(√2/2)(1 + i)).
  1 case.
- www.mytutor.co.uk answers/7336 (sqrt(i) = exp(iπ/4) = (1 + i)/sqrt(2)). 1 case.
- mathisfunforum.com viewtopic pid 435948 (i^(-15): the asker's "1/-I" against the textbook's
  "I"; "you have 1/(-i) If you times top and bottom by -i you can simplify this"). 1 case.
- clay6.com qa/38363 (i^{-35}: options i, 0, -i, 1; "Answer : i", worked "= \frac{i}{-i^{2}} =
  i"). 4 cases (3 False).
- www.physicsforums.com threads/eulers-formula-question.651226 ("e^{-i\pi /2} = \cos(-\pi/2) +
  i\sin(-\pi/2) = -i"). 2 cases.
- math.techqa.club 3089513 (z_1 = 2e^{(π/6 i - 1)} = √3/e + (1/e)i, "This is correct."). 1 case.
- math.techqa.club 4294630 (-3 + 4i: the asker's 5e^{-i53.13} against the given 126.76º;
  answer "A=5e^{i2.21}"). 1 case (1 False).

45 cases in all (19 False): 27 here (14 False), 18 in bench/equiv_fresh86_b2.py (5 False).

Left out, by rule: the openstudy 5101fbb0 asker's own "cos ( 4 pi/3 ) + i sin(4pi/3)" against
the book's -2pi/3 form (the asker calls it "also right", the helper only says "You took the other
angle ... it will be negative"; not settled); the reddit copy's last answer "The answer is just
1/sqrt(2)+i/sqrt(2)" (it disputes the two-root answers above it); the imathworks asker's
mod-arg "[2\sqrt{7},0.19]" (not confirmed by the answer); the 4294630 answer's notational lines
"A\ne5e^{i126.76º}" (a point about degree signs in exponents, and 126.76º is itself a slip for
126.87º); the mathisfunforum asker's i^(23) (right answer by a wrong method, no second form);
further rows of the wiskundeoefeningen generator (the same quadrant pattern; 7 taken) and its
one-form rows ("r = \sqrt{162}", "α = 270°"); clay6's "\frac{1}{i^{35}}" (a restatement of the
question); stacked or lost fractions and radicals (ib.mycosmic.dev q/399, q/957 and q/367, whose
formulas the conversion dropped; scribd 601122405 and 310357030 IB HL markschemes; math4all
antwoorden "z = ( 2 ) e -0,25 π i"; questions.llc copies whose minus signs were lost).

Examined and not used: pages used or claimed by earlier sets (ARQMath 16020_2011 threads,
physicsforums 743898 and 631326, mathhelpforum 209150, 177491, 142796 and 16031,
askanewquestion/questions.llc 1740567, scribd 508159456, socratic "how do I find the square roots of
i", math.answers.com square roots of -i, acadblock complex-numbers-8s4h, math.techqa.club 3499104,
hmwk-exchange.livejournal 22884, assignmentexpert 71420, mathelounge 385483); a.simonm.io mark
schemes (skipped by rule); pages whose own working slips (socratic "11 e^(4π/3 i)" given as -√3/2 -
i/2; socratic and vespr "(3-2i)/(1-i) ... (5-i)/2"; web2.0calc "find all complex numbers z such that
z^4=-4" and "help-please_51262", whose exponentials do not match the listed roots; web2.0calc
"urgent-help-plz" √2(1+i); w6.fakespot 23286231's 290.6° for -3+8i; askanewquestion 189530, whose
final cis(pi/2 - x) contradicts its own line; imathworks "finding real and imaginary part with polar
coordinates"); threads with no settled gold or verdict (physicsforums 777311, 336171 and 871580,
newbetuts 109063, math.techqa.club 790435, 3425342 and 2915744, mathelounge 236938, questioncove
555e375e, thestudentroom 4095729 and 4276364); the aknoesen.github.io EEC1 "complex traps" widget
(wrong forms shown, correct forms not stated); vedantu's JEE page (principal argument "-3π/4 or
5π/4"); brainly mirrors (indextestingapp.uonbi.ac.ke, code.policylink.org); and AI-written or
unclear-authorship pages (jeemathslab, notetube.ai, doubts.ai, soulshift.co.in, decimal.ai, mathix,
smartsolve, gauthmath, edu.com, solveeit.ai, askfilo, practicemathsqld, studyquestionhub, qeeebo).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

OS = "openstudy.com"
OS_5101 = "http://openstudy.com/updates/5101fbb0e4b0ad57a56252a0"
W2C = "web2.0calc.com"
W2C_3P2I = (
    "https://web2.0calc.com/questions/simplify-the-expression-3-2i-1-i-where-i-is-the-imaginary"
)
TQC = "math.techqa.club"
TQC_1372804 = (
    "https://math.techqa.club/"
    "why-are-values-greater-than-pi-radians-given-as-negative-in-exponential-form-1372804"
)
WIS = "wiskundeoefeningen.be"
WIS_CG4 = "https://wiskundeoefeningen.be/index.php?pagina=complexe.getallen.4&rijnr=9"
WIS_MIX = "https://wiskundeoefeningen.be/mixer.php?blok=Complexe%20getallen&rijnr=9"
WIS_MIXP = "https://wiskundeoefeningen.be/mixer.php?blok=Complexe+getallen&rijnr=9"
ANQ = "askanewquestion.com"
ANQ_658034 = (
    "https://askanewquestion.com/questions/"
    "need-help-for-calcul-1-2-1-i-3-2-thanks-for-your-help/658034"
)
ANQ_1513808 = "https://askanewquestion.com/questions/1513808"
ALG = "algemath.be"
ALG_465 = "http://algemath.be/11-leerstof/465-de-n-de-macht-van-een-complex-getal-oplossingen.html"
VES = "vespr.org"
VES_2E282 = "https://vespr.org/questions/58ca7ca07c0149656412e282"
PF = "www.physicsforums.com"
PF_883806 = (
    "https://www.physicsforums.com/threads/complex-numbers-write-equation-on-form-a-bi.883806/"
)
IMW = "imathworks.com"
IMW_CART3 = "https://imathworks.com/math/math-converting-complex-numbers-into-cartesian-form-3"
QA = "answers.quantarchive.com"
QA_AAJQZI1 = "https://answers.quantarchive.com/question/index?qid=20150922144750AAJQZI1"
# sources of bench/equiv_fresh86_b2.py (OS, TQC and PF above are shared)
OS_5574 = "http://openstudy.com/updates/5574ebabe4b0365b53ef61cb"
TQC_931028 = (
    "https://math.techqa.club/how-can-the-polar-form-of-a-complex-number-be-r-cos-x-i-sin-x-931028"
)
TQC_603332 = "https://math.techqa.club/how-can-i-find-the-fifth-root-of-unity-603332"
TQC_3089513 = (
    "https://math.techqa.club/how-can-i-draw-the-complex-number-z-1-2e-pi-over6-i-1-3089513"
)
TQC_4294630 = "https://math.techqa.club/working-with-angles-in-complex-number-fields-4294630"
MHF = "mathhelpforum.com"
MHF_171421 = (
    "http://mathhelpforum.com/pre-calculus/"
    "171421-complex-numbers-express-modulus-argument-form-cis.html"
)
RSN = "reddit.sentinel-team.org"
RSN_1Q28 = (
    "https://reddit.sentinel-team.org/posts/1q28zka/snapshots/2026-01-02T23%3A40%3A47.228604Z"
)
DOL = "dragonoverlord3000.github.io"
DOL_1A3 = (
    "https://dragonoverlord3000.github.io/posts/linear_algebra/ladr/chapter1/exercise-1a-problem-3"
)
MYT = "www.mytutor.co.uk"
MYT_7336 = "https://www.mytutor.co.uk/answers/7336/A-Level/Further-Maths/Find+the+square+root+of+i"
MIF = "mathisfunforum.com"
MIF_435948 = "https://mathisfunforum.com/viewtopic.php?pid=435948"
CL6 = "clay6.com"
CL6_38363 = "http://clay6.com/qa/38363/express-the-following-in-the-form-a-ib-i-"
PF_651226 = "https://www.physicsforums.com/threads/eulers-formula-question.651226/"

CASES = [
    # openstudy 5101fbb0: polar form of -1/2 - (sqrt 3/2) i; the asker's form without the i refused
    _c(
        OS,
        OS_5101,
        gold=r"cos ( - 2pi/3 ) + i sin ( - 2pi/3)",
        pred=r"cos ( 4 pi/3 ) + sin ( 4 pi/3)",
        wrap=True,
        expected=False,
        why=r"asker: 'I got : cos ( 4 pi/3 ) + sin ( 4 pi/3)' (book: 'cos ( - 2pi/3 ) + i sin ( - 2pi/3)'); helper: 'isin' ... 'You're wrong.'; asker: 'Sorry typing mistake I meant i sin 4pi/3'",
    ),
    # web2.0calc: (3 + 2i)/(1 - i); a second answer's (5 + 5i)/2 is refused by a reply
    _c(
        W2C,
        W2C_3P2I,
        gold=r"(1+5i)/2",
        pred=r"1/2+5/2i",
        wrap=True,
        expected=True,
        why=r"first answer ends '= (1+5i)/2' then '(1+5i)/2 or 1/2+5/2i'",
    ),
    _c(
        W2C,
        W2C_3P2I,
        gold=r"(1+5i)/2",
        pred=r"(5+5i)/2",
        wrap=True,
        expected=False,
        why=r"second answer '= (5 + 5i)/2'; reply: 'I think you are wrong because when 2i^2=-2'",
    ),
    # math.techqa.club 1372804: the asker's fifth roots of -3+3i against Wolfram's principal forms
    _c(
        TQC,
        TQC_1372804,
        gold=r"1.335e^{-13i\pi/20}",
        pred=r"1.335e^{27i\pi/20}",
        wrap=True,
        expected=True,
        why=r"asker's fifth roots of -3+3i end '1.335e^{27iπ/20}', '1.335e^{35iπ/20}'; 'Wolfram gives the last two as 1.335e^{-13iπ/20} and 1.335e^{-iπ/4}'; 'I can see these are my values minus 2π'; answer: 'you can add any multiple of 2π and still represent the same coordinate'",
    ),
    _c(
        TQC,
        TQC_1372804,
        gold=r"1.335e^{-i\pi/4}",
        pred=r"1.335e^{35i\pi/20}",
        wrap=True,
        expected=True,
        why=r"'Wolfram gives the last two as 1.335e^{-13iπ/20} and 1.335e^{-iπ/4}' against the asker's '1.335e^{35iπ/20}'; 'these are my values minus 2π'; answer: the principal argument convention, 'add any multiple of 2π'",
    ),
    # wiskundeoefeningen.be modulus-and-argument key: of the two angles tan^{-1} gives, the key
    # keeps the one in the number's quadrant and drops the other
    _c(
        WIS,
        WIS_CG4,
        gold=r"315^\circ",
        pred=r"135^\circ",
        wrap=True,
        expected=False,
        why=r"Verbetersleutel 1, 9-9i: 'α = tan^{-1}(-9/9) ⇔ α =135° of α = 315°', '9-9i ligt in kwadrant 4, α ligt dus tussen 270° en 360°', 'α = 315°'",
    ),
    _c(
        WIS,
        WIS_CG4,
        gold=r"225^\circ",
        pred=r"45^\circ",
        wrap=True,
        expected=False,
        why=r"Verbetersleutel 2, -7-7i: 'α =45° of α = 225°', '-7-7i ligt in kwadrant 3, α ligt dus tussen 180° en 270°', 'α = 225°'",
    ),
    _c(
        WIS,
        WIS_CG4,
        gold="338^\\circ 11' 54{,}9\"",
        pred="158^\\circ 11' 54{,}9\"",
        wrap=True,
        expected=False,
        why="Verbetersleutel 3, 5-2i: 'α =158° 11' 54,9\" of α = 338° 11' 54,9\"', 'ligt in kwadrant 4', 'α = 338° 11' 54,9\"'",
    ),
    _c(
        WIS,
        WIS_CG4,
        gold="161^\\circ 33' 54{,}2\"",
        pred="341^\\circ 33' 54{,}2\"",
        wrap=True,
        expected=False,
        why="Verbetersleutel 4, -9+3i: 'α =161° 33' 54,2\" of α = 341° 33' 54,2\"', 'ligt in kwadrant 2, α ligt dus tussen 90° en 180°', 'α = 161° 33' 54,2\"'",
    ),
    _c(
        WIS,
        WIS_MIX,
        gold="209^\\circ 44' 41{,}6\"",
        pred="29^\\circ 44' 41{,}6\"",
        wrap=True,
        expected=False,
        why="-7-4i: 'α =29° 44' 41,6\" of α = 209° 44' 41,6\"', '-7-4i ligt in kwadrant 3, α ligt dus tussen 180° en 270°', 'α = 209° 44' 41,6\"'",
    ),
    _c(
        WIS,
        WIS_MIX,
        gold="293^\\circ 11' 54{,}9\"",
        pred="113^\\circ 11' 54{,}9\"",
        wrap=True,
        expected=False,
        why="3-7i: 'α =113° 11' 54,9\" of α = 293° 11' 54,9\"', '3-7i ligt in kwadrant 4, α ligt dus tussen 270° en 360°', 'α = 293° 11' 54,9\"'",
    ),
    _c(
        WIS,
        WIS_MIXP,
        gold="30^\\circ 57' 49{,}5\"",
        pred="210^\\circ 57' 49{,}5\"",
        wrap=True,
        expected=False,
        why="5+3i: 'α =30° 57' 49,5\" of α = 210° 57' 49,5\"', '5+3i ligt in kwadrant 1, α ligt dus tussen 0° en 90°', 'α = 30° 57' 49,5\"'",
    ),
    # askanewquestion 658034: ((1/2)(-1 + i√3))^2 worked out and checked in exponential form
    _c(
        ANQ,
        ANQ_658034,
        gold=r"(-1/2)[1 +i√3]",
        pred=r"e^(i*4*pi/3)",
        wrap=True,
        expected=True,
        why=r"first answer: '(1/2)^2 * (-1 + i√3)^2 = (1/4)[1 -2i√3 -3] = (-1/2)[1 +i√3]'; second: 'The square of that number is e^(i*4*pi/3) which agrees with the previous result.'",
    ),
    _c(
        ANQ,
        ANQ_658034,
        gold=r"(-1/2)[1 +i√3]",
        pred=r"(1/4)[1 -2i√3 -3]",
        wrap=True,
        expected=True,
        why=r"'= (1/4)[1 -2i√3 -3] = (-1/2)[1 +i√3]' (an unsimplified step of the same chain)",
    ),
    # askanewquestion 1513808: (1+i)^101; the asker's given answer 2^50(1+i) is called a typo
    _c(
        ANQ,
        ANQ_1513808,
        gold=r"2^50 (-1-i)",
        pred=r"-2^50 (1+i)",
        wrap=True,
        expected=True,
        why=r"answer: '= 2^50 √2 cis 5π/4 = 2^50 (-1-i) or -2^50 (1+i)'",
    ),
    _c(
        ANQ,
        ANQ_1513808,
        gold=r"2^50 (-1-i)",
        pred=r"2^50 √2 cis 5π/4",
        wrap=True,
        expected=True,
        why=r"answer: '= 2^50 √2 cis 5π/4 = 2^50 (-1-i)'",
    ),
    _c(
        ANQ,
        ANQ_1513808,
        gold=r"2^50 (-1-i)",
        pred=r"2^50(1+i)",
        wrap=True,
        expected=False,
        why=r"asker: 'The answer is: 2^50(1+i), but I do not know how to get to that'; answer works to '2^50 (-1-i) or -2^50 (1+i)' and says 'There appears to be a typo.'",
    ),
    # algemath.be: solutions to powers of a complex number by De Moivre
    _c(
        ALG,
        ALG_465,
        gold=r"-64",
        pred=r"64(cos180°+isin180°)",
        wrap=True,
        expected=True,
        why=r"oplossingen c): '[4(cos60°+isin60°)]3 = 64(cos180°+isin180°) = -64'",
    ),
    # vespr.org (a socratic copy) question 2e282: z^83 for z = -1/2(1 + i sqrt 3)
    _c(
        VES,
        VES_2E282,
        gold=r"1/2(-1+isqrt(3))",
        pred=r"e^(i(2pi)/3)",
        wrap=True,
        expected=True,
        why=r"'z^(83)=(e^(-i(2pi)/3))^83 = e^(-i(166pi)/3) = e^(i(2pi)/3) = 1/2(-1+isqrt(3))' (the answer line is '1/2(-1+isqrt(3))')",
    ),
    _c(
        VES,
        VES_2E282,
        gold=r"1/2(-1+isqrt(3))",
        pred=r"e^(-i(166pi)/3)",
        wrap=True,
        expected=True,
        why=r"'= e^(-i(166pi)/3) = e^(i(2pi)/3) = 1/2(-1+isqrt(3))'",
    ),
    # physicsforums 883806: polar to a+bi with negative angles; the asker's signs of the cosine
    # refused
    _c(
        PF,
        PF_883806,
        gold=r"1/2-√3/2*i",
        pred=r"-1/2-√3/2*i",
        wrap=True,
        expected=False,
        why=r"a) cos(-pi/3) + i*sin(-pi/3): 'my answer = -1/2-√3/2*i', 'the solution: 1/2-√3/2*i'; reply: 'What is cos(-θ)?'; asker: 'lol, thanks for the help'",
    ),
    _c(
        PF,
        PF_883806,
        gold=r"-√6 -√2*i",
        pred=r"√6 -√2*i",
        wrap=True,
        expected=False,
        why=r"b) 2√2(cos(-5pi/6)+i*sin(-5pi/6)): 'my answer : = √6 -√2*i', 'the solution is -√6 -√2*i'; reply: 'What is cos(-θ)?'; asker: 'lol, thanks for the help'",
    ),
    # imathworks (a math.SE copy) 'Converting complex numbers into Cartesian Form 3': a textbook
    # slip
    _c(
        IMW,
        IMW_CART3,
        gold=r"3\sqrt{3}+i",
        pred=r"3\sqrt{3}+5i",
        wrap=True,
        expected=False,
        why=r"asker worked z + w to '3\sqrt{3}+i', the textbook to '3\sqrt{3}+5i'; Best Answer: 'It looks as if you are right and your textbook is wrong.'",
    ),
    _c(
        IMW,
        IMW_CART3,
        gold=r"4\operatorname{cis}\left(-\frac\pi6\right)",
        pred=r"4\operatorname{cis}\left(\frac\pi6\right)",
        wrap=True,
        expected=False,
        why=r"Best Answer: 'We take the angle as shown, not just its absolute value. Therefore, 4cis(π/6) ≠ 4cis(−π/6)'",
    ),
    # answers.quantarchive.com (a Yahoo Answers copy): polar and exponential forms of
    # sin(2pi/5)+icos(2pi/5) and cos(2pi/5)-isin(2pi/5)
    _c(
        QA,
        QA_AAJQZI1,
        gold=r"e^(i pi/10)",
        pred=r"cos(pi/10) + isin(pi/10)",
        wrap=True,
        expected=True,
        why=r"Favorite Answer a): 'cos(pi/10) + isin(pi/10) r=1, θ=pi/10 e^(i pi/10)'",
    ),
    _c(
        QA,
        QA_AAJQZI1,
        gold=r"e^(i pi/10)",
        pred=r"sin(2pi/5)+icos(2pi/5)",
        wrap=True,
        expected=True,
        why=r"a) sin(2pi/5)+icos(2pi/5): 'sin(2pi/5)=cos(pi/2-2pi/5)=cos(pi/10)', 'cos(2pi/5)=sin(pi/2-2pi/5)=sin(pi/10)', 'cos(pi/10) + isin(pi/10) r=1, θ=pi/10 e^(i pi/10)'",
    ),
    _c(
        QA,
        QA_AAJQZI1,
        gold=r"e^(-i 2pi/5)",
        pred=r"cos(2pi/5)-isin(2pi/5)",
        wrap=True,
        expected=True,
        why=r"'e^(-it)=cos(t) - i sin(t) b) cos(2pi/5)-isin(2pi/5) r=1, θ=-2pi/5 e^(-i 2pi/5)'",
    ),
]

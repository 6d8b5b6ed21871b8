r"""A seventy-first fresh set of answer-equivalence cases (evaluation only; helper "a": answers as
a model's final line might write them, settled by a person -- question-and-answer pages where
someone asks whether their answer is the same as the book's, the answer key's or an online
checker's, or why it was marked wrong, in algebra, precalculus, calculus and probability, and a
helper, tutor, teacher or the asker's own resolution settles which forms are the same answer and
which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh71_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy (for mirrors of math.stackexchange and reddit, the mirror's
domain) and ``where`` its full URL. There is no commit; every source is a web page with no licence
file. Only the text the search tool returned for a page (its excerpt) was read. Do not tune the
judge on these cases. Continued in bench/equiv_fresh71_a2.py (same rules; its sources are listed
below too).

Transcription: strings are copied as the stored page shows them: LaTeX kept as LaTeX (the
mirrors' ``\dfrac``, ``\choose``, ``\over``, ``\doteq`` source), plain-text forms kept as typed
("-sqrt(3)-2", "(sqrt(3)+1)/(1-(sqrt(3)))", "13C3 * 39C4 / 52C7", "log_3 5"), "%" and "$" kept.
The math delimiters ``$...$``, ``$$...$$`` and enotes' backticks around a formula are dropped and
the text inside kept. A left side such as ``p =``, ``\alpha =``, ``P(X=3) =`` or ``\gamma =`` is
dropped where the answer is the right side. Where a worked line reads "A = B = C", the form the
page treats as the final answer is the gold and the earlier forms are True cases. For the
multiple-choice pages (themathdoctors, beatthegmat) the keyed option is the gold and each other
option a False case. Readings, each noted in ``why``: in math.techqa.club 4672273 the asker's
0.176 is the gold, since the answer confirms it ("I believe the post is correct") with SciLab's
0.1758333, and the website's 17.7% is refused; in webwork.maa.org d=459 the teacher calls the
student's $5352.13 "the correct answer" that WeBWorK marked incorrect (round-half-to-even), so it
is a True case against the displayed $5352.125.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- math.techqa.club "drawing-7-cards-what-is-the-probability-3-will-be-hearts-4672273" (the asker
  gets p = C(13,3)C(39,4)/C(52,7) = 0.176, "the website ... has the answer: 17.7%"; the answer:
  "I believe the post is correct ... ans = 0.1758333"). 3 cases (1 False).
- rl.lavenderfield.xyz copy of reddit r/Probability 1glggp9 (exactly 3 hearts in 7 cards: "13C3
  * 39C4 / 52C7 ... = 0.176 or 17.6%"). 2 cases.
- wiki.rmanhart.org copy of math.stackexchange 1724618 ("$$\ln |\cos x|=-\ln |\sec x|$$ Is true";
  egreg: supposing ln|cos x| = -ln|cot x|, "No $x$ satisfies these conditions"). 2 cases
  (1 False).
- openstudy.com 4d50019fa805b7644016ca0b ("Why does -ln (cos x) = ln (sec x)?" answered by the
  power rule of logarithms). 1 case.
- www.themathdoctors.org "when-your-answer-doesnt-match-the-books" (general solution of
  tan^2 + 2 sqrt3 tan = 1; "The answer given in the key is the option (C)" (6n+1)pi/12, against
  (A) n pi/2, (B) (2n+1) pi/2, (D) n pi/12). 3 cases (3 False).
- www.enotes.com homework-help 436958 ("Is log_5 3 equal to log_3 5?": "log_3 5 != log_5 3 but
  rather log_3 5 = 1/(log_5 3)", with log_3 5 = (log_10 5)/(log_10 3)). 3 cases (1 False).
- ramblingsbyzack.blogspot.com 2011/12 "One Third Chance" (a white marble in 3 draws: adding
  1/3+1/3+1/3 = 1 "is incorrect"; 1/3+2/9+4/27 = 19/27). 2 cases (1 False).
- www.beatthegmat.com t306071 (a die rolled 4 times, at least one 6: options 1/6, 625/1296,
  649/1296, 671/1296, 2/3; a tutor's (6^4 - 5^4)/6^4 "=> (D)"). 5 cases (4 False).
- www.physicsforums.com threads 920726 (tan(4pi/3+5pi/4): the asker's
  "(sqrt(3)+1)/(1-(sqrt(3)))" against the book's "-sqrt(3)-2": "After you simplify, you will get
  the book's answer") and 706401 ("(1-x)/(1+x) is equivalent to (2/(x+1)) - 1"; Mark44 gets
  "-1 + 2/(x + 1)"). 3 cases.
- mathhelpforum.com algebra 12432 ("1/(x+1) - 1/(x-1) = -2/(x^2-1) = 2/(1-x^2)", the steps shown
  by a helper). 2 cases.

Sources of bench/equiv_fresh71_a2.py:

- math.techqa.club 1099175 (PSAT: sqrt(8r^2); the key's 2 sqrt(2r) is "a printing error ...
  sqrt(8r^2) = 2 sqrt 2 r"), 1172729 (an automated grader refused the antiderivative with
  ln(x+2); "The problem was not doing the absolute value of the ln|x+2|") and 3161886 (the asker's
  two forms of an antiderivative: "your result remains equivalent"). 4 cases (2 False).
- webwork.maa.org forum d=459 ("a student ... gave the correct answer to part (A), but it was
  marked incorrect": $5352.13 against WeBWorK's $5352.125). 1 case.
- tune.fundegar.com copy of a math.stackexchange question (at least one 6 with two dice: "11 out
  of 36? ... Is this correct?" "That's right ... 1-25/36=11/36"; multiplying 1/6 * 1/6 = 1/36
  "would've been obviously wrong"). 3 cases (1 False).
- redlib.privacytools.click copy of reddit r/Help_with_math 5p78ya ("Why does (ln(sqrt(x)))/x =
  (ln (x))/2x": "log rules"). 1 case.

35 cases in all (14 False): 26 here (11 False), 9 in bench/equiv_fresh71_a2.py (3 False).

Left out, by rule: forms whose radical, exponent or fraction was lost in the stored text
(physicsforums' arcsin-integral thread at the bare physicsforums.com address, whose
"1−x2" lost its root; reddit r/learnmath 1nhcvw2's "5(7k+2r)" with lost powers; mathhelpforum
threads whose formulas were images, e.g. 197965, 172268, 177357, 47528, 83764; physicsforums
568761, whose Wolfram answer is a broken image); pages used or claimed by earlier sets
(imathworks' hypergeometric-deck and fifth-throw pages, reddit r/askmath 1n7432t, r/calculus
1rp501l, r/learnmath 1mmcb3z and 1lm0v1f, math.techqa.club 2917582, 2646100, 3304258, 2799189,
3301854 and 1029824, ARQMath 2100513, thestudentroom 1154670, openstudy 500fc031,
questioncove 5159cd75, ray.fundegar.com, improveyourmathfluency, physicsforums 124731);
algebra.com and jiskha pages and their askanewquestion copies (the brief's excluded sites);
AI or generated pages (edu.com, gauthmath, questionai, studyquestionhub, smartsolve, solveeit,
mathskey, math-gpt, corca, mysovi, solvely, qammunity and brainly copies).

Examined and not used: the themathdoctors thread's own verdict on the asker's two families
n pi + pi/12 and n pi - 5 pi/12 (cut off in the stored excerpt: "You have the solution; now you
just h..."); enotes 317239 (a stray "x^2-4x-4" that no one on the page refutes);
solving-math-problems.com "14.4 inches equals 14 3/8 inches" (close, not equal, by the page's own
words); math.answers, curioustab, tutorialhaven and nagwa pages on 3/8 = 0.375 (lessons, not a
settled dispute); mathschallenge.net "Lucky Guess" (the correct probability is not in the stored
text); meangreenmath's ace-or-jack post (formulas were images); mymathforum 37666 (root signs
replaced by "?"); freemathhelp threads 55850 and 137479 (no forms or only a photo); gmatclub
393250 (a tutor's keyed multiple-choice solution, not taken); the Pearson, Maple T.A. and Wiris
help pages (answer-system documentation, not Q&A threads).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TQA = "math.techqa.club"
TQA_HEARTS = (
    "https://math.techqa.club/drawing-7-cards-what-is-the-probability-3-will-be-hearts-4672273"
)
TQA_SQRT = "https://math.techqa.club/find-the-square-root-of-a-term-with-a-variable-1099175"
TQA_PF = "https://math.techqa.club/integral-using-partial-fraction-decomposition-solved-1172729"
TQA_ROOTS = "https://math.techqa.club/trivial-indefinite-integral-with-roots-can-you-spot-the-mistake-3161886"
RLV = "rl.lavenderfield.xyz"
RLV_1GL = (
    "https://rl.lavenderfield.xyz/r/Probability/comments/1glggp9/"
    "what_is_the_probability_that_3_cards_out_of_7"
)
RMH = "wiki.rmanhart.org"
RMH_1724 = (
    "https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/1724618/"
    "can-ln-cos-x-be-written-as-ln-sec-x-absolute-function"
)
OST = "openstudy.com"
OST_4D5 = "http://openstudy.com/updates/4d50019fa805b7644016ca0b"
TMD = "www.themathdoctors.org"
TMD_MATCH = "https://www.themathdoctors.org/when-your-answer-doesnt-match-the-books/"
ENO = "www.enotes.com"
ENO_436 = (
    "http://www.enotes.com/homework-help/what-answer-question-13-http-postimg-org-image-436958"
)
RBZ = "ramblingsbyzack.blogspot.com"
RBZ_13 = "http://ramblingsbyzack.blogspot.com/2011/12/one-third-chance.html?m=0"
BTG = "www.beatthegmat.com"
BTG_306 = "https://www.beatthegmat.com/does-a-a-cent-a-not-a-2-b-4-8-t306071.html?view=next"
PF = "www.physicsforums.com"
PF_920 = "https://www.physicsforums.com/threads/help-with-precalc-sum-difference-identities.920726"
PF_706 = "https://www.physicsforums.com/threads/general-simplification-of-1-x-1-x.706401/"
MHF = "mathhelpforum.com"
MHF_124 = "http://mathhelpforum.com/algebra/12432-simplifying.html"
WW = "webwork.maa.org"
WW_459 = "https://webwork.maa.org/moodle/mod/forum/discuss.php?d=459"
FUN = "tune.fundegar.com"
FUN_DICE = (
    "https://tune.fundegar.com/"
    "if-i-roll-two-fair-dice-the-probability-that-i-would-get-at-least-one-.html"
)
RDL = "redlib.privacytools.click"
RDL_5P7 = "https://redlib.privacytools.click/r/Help_with_math/comments/5p78ya/calculus_help_with_an_integral"

CASES = [
    # math.techqa.club 4672273: exactly three hearts in seven cards; the website's 17.7% refused
    _c(
        TQA,
        TQA_HEARTS,
        gold=r"0.176",
        pred=r"17.7\%",
        wrap=True,
        expected=False,
        why="asker's p = 0.176, 'the website ... has the answer: 17.7%'; answer: 'I believe the post"
        " is correct' (SciLab ans = 0.1758333)",
    ),
    _c(
        TQA,
        TQA_HEARTS,
        gold=r"0.176",
        pred=r"0.1758333",
        wrap=True,
        expected=True,
        why="'I believe the post is correct because of the following session in SciLab: ... ans ="
        " 0.1758333'",
    ),
    _c(
        TQA,
        TQA_HEARTS,
        gold=r"0.176",
        pred=r"\dfrac{ { {13} \choose {3} } { {39} \choose {4} } } { { {52} \choose {7} } }",
        wrap=True,
        expected=True,
        why="p = C(13,3)C(39,4)/C(52,7) ... 'p \\doteq 0.176', confirmed by the answer's SciLab run",
    ),
    # reddit r/Probability 1glggp9 (rl.lavenderfield.xyz copy): the same count as 0.176 or 17.6%
    _c(
        RLV,
        RLV_1GL,
        gold=r"0.176",
        pred=r"17.6%",
        wrap=True,
        expected=True,
        why="u/Aerospider: '= 286 * 82,251 / 133,784,560 = 0.176 or 17.6%'",
    ),
    _c(
        RLV,
        RLV_1GL,
        gold=r"0.176",
        pred=r"13C3 * 39C4 / 52C7",
        wrap=True,
        expected=True,
        why="'13C3 * 39C4 / 52C7 = 13!/3!10! * 39!/4!35! / (52!/7!45!) ... = 0.176 or 17.6%'",
    ),
    # wiki.rmanhart.org copy of math.stackexchange 1724618: ln|cos x| against -ln|sec x|, -ln|cot x|
    _c(
        RMH,
        RMH_1724,
        gold=r"\ln |\cos x|",
        pred=r"-\ln |\sec x|",
        wrap=True,
        expected=True,
        why="'$$\\ln |\\cos x|=-\\ln |\\sec x|$$ Is true, as $|a||\\frac{1}{a}|=1$ is always true'",
    ),
    _c(
        RMH,
        RMH_1724,
        gold=r"\ln|\cos x|",
        pred=r"-\ln|\cot x|",
        wrap=True,
        expected=False,
        why="egreg: 'Suppose $\\ln|\\cos x|=-\\ln|\\cot x|$ ... No $x$ satisfies these conditions'",
    ),
    # openstudy 4d50019f: -ln(cos x) = ln(sec x)
    _c(
        OST,
        OST_4D5,
        gold=r"ln (sec x)",
        pred=r"-ln (cos x)",
        wrap=True,
        expected=True,
        why="'Why does -ln (cos x) = ln (sec x)?' answered '-\\ln(cosx)=\\ln(cosx)^{-1}=\\ln(secx)'",
    ),
    # themathdoctors: general solution of tan^2 a + 2 sqrt3 tan a = 1, key (C); other options refused
    _c(
        TMD,
        TMD_MATCH,
        gold=r"(6n+1)\frac{\pi}{12} (n\in I)",
        pred=r"\frac{n\pi}{2} (n\in I)",
        wrap=True,
        expected=False,
        why="option (A); 'The answer given in the key is the option (C)' (6n+1)pi/12",
    ),
    _c(
        TMD,
        TMD_MATCH,
        gold=r"(6n+1)\frac{\pi}{12} (n\in I)",
        pred=r"(2n+1)\frac{\pi}{2} (n\in I)",
        wrap=True,
        expected=False,
        why="option (B); 'The answer given in the key is the option (C)' (6n+1)pi/12",
    ),
    _c(
        TMD,
        TMD_MATCH,
        gold=r"(6n+1)\frac{\pi}{12} (n\in I)",
        pred=r"\frac{n\pi}{12} (n\in I)",
        wrap=True,
        expected=False,
        why="option (D); 'The answer given in the key is the option (C)' (6n+1)pi/12",
    ),
    # enotes 436958: log_3 5 is not log_5 3 but 1/(log_5 3)
    _c(
        ENO,
        ENO_436,
        gold=r"log_3 5",
        pred=r"log_5 3",
        wrap=True,
        expected=False,
        why="'From (1) and (2) it is seen that log_3 5 != log_5 3'",
    ),
    _c(
        ENO,
        ENO_436,
        gold=r"log_3 5",
        pred=r"1/(log_5 3)",
        wrap=True,
        expected=True,
        why="'log_3 5 != log_5 3 but rather log_3 5 = 1/(log_5 3)'",
    ),
    _c(
        ENO,
        ENO_436,
        gold=r"log_3 5",
        pred=r"(log_10 5)/(log_10 3)",
        wrap=True,
        expected=True,
        why="'log_3 5 = (log_10 5)/(log_10 3) ...(1)'",
    ),
    # ramblingsbyzack "One Third Chance": a white marble in three draws is 19/27, not 1
    _c(
        RBZ,
        RBZ_13,
        gold=r"19/27",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'1/3+1/3+1/3 = 1 ... The probability of 1 is incorrect' ... '1/3+2/9+4/27 = 19/27'",
    ),
    _c(
        RBZ,
        RBZ_13,
        gold=r"19/27",
        pred=r"1/3+2/9+4/27",
        wrap=True,
        expected=True,
        why="'Now all we have to do is add these 3 numbers together: 1/3+2/9+4/27 = 19/27'",
    ),
    # beatthegmat t306071: at least one 6 in four rolls, keyed (D) 671/1296; other options refused
    _c(
        BTG,
        BTG_306,
        gold=r"\frac{671}{1296}",
        pred=r"{{{6^4} - {5^4}} \over {{6^4}}}",
        wrap=True,
        expected=True,
        why="tutor: '? = {{{6^4} - {5^4}} \\over {{6^4}}} = ... \\Rightarrow (D)', d) 671/1296",
    ),
    _c(
        BTG,
        BTG_306,
        gold=r"\frac{671}{1296}",
        pred=r"\frac{1}{6}",
        wrap=True,
        expected=False,
        why="option a); the tutor's computation ends '\\Rightarrow (D)', d) 671/1296",
    ),
    _c(
        BTG,
        BTG_306,
        gold=r"\frac{671}{1296}",
        pred=r"\frac{625}{1296}",
        wrap=True,
        expected=False,
        why="option b), the unfavorable (5/6)^4; the answer is '(D)', d) 671/1296",
    ),
    _c(
        BTG,
        BTG_306,
        gold=r"\frac{671}{1296}",
        pred=r"\frac{649}{1296}",
        wrap=True,
        expected=False,
        why="option c); the tutor's computation ends '\\Rightarrow (D)', d) 671/1296",
    ),
    _c(
        BTG,
        BTG_306,
        gold=r"\frac{671}{1296}",
        pred=r"\frac{2}{3}",
        wrap=True,
        expected=False,
        why="option e); the tutor's computation ends '\\Rightarrow (D)', d) 671/1296",
    ),
    # physicsforums 920726: tan(4pi/3 + 5pi/4), the asker's form simplifies to the book's
    _c(
        PF,
        PF_920,
        gold=r"-sqrt(3)-2",
        pred=r"(sqrt(3)+1)/(1-(sqrt(3)))",
        wrap=True,
        expected=True,
        why="'Book answer:-sqrt(3)-2'; reply: multiply by (1+sqrt 3)/(1+sqrt 3), 'After you"
        " simplify, you will get the book's answer'",
    ),
    # physicsforums 706401: (1-x)/(1+x) = 2/(x+1) - 1
    _c(
        PF,
        PF_706,
        gold=r"(1-x)/(1+x)",
        pred=r"(2/(x+1)) - 1",
        wrap=True,
        expected=True,
        why="'(1-x)/(1+x) is equivalent to (2/(x+1)) - 1'; mfb: 'write 1-x as -(x+1)+2'",
    ),
    _c(
        PF,
        PF_706,
        gold=r"(1-x)/(1+x)",
        pred=r"-1 + 2/(x + 1)",
        wrap=True,
        expected=True,
        why="Mark44: 'divide - x + 1 by x + 1 using polynomial long division ... you get -1 +"
        " 2/(x + 1)'",
    ),
    # mathhelpforum 12432: 1/(x+1) - 1/(x-1) = -2/(x^2-1) = 2/(1-x^2)
    _c(
        MHF,
        MHF_124,
        gold=r"2/(1-x^2)",
        pred=r"-2/(x^2-1)",
        wrap=True,
        expected=True,
        why="'= -2/(x^2-1) = 2/(1-x^2)'; helper: multiply by -1/-1, 'no change'",
    ),
    _c(
        MHF,
        MHF_124,
        gold=r"2/(1-x^2)",
        pred=r"1/(x+1) - 1/(x-1)",
        wrap=True,
        expected=True,
        why="'1/(x+1) - 1/(x-1) = -2/(x^2-1) = 2/(1-x^2)', the helper's steps shown",
    ),
]

r"""A fifty-second fresh set of answer-equivalence cases (evaluation only; helper "c": logarithm
and exponential answers settled by a person on a public web page -- solutions of exponential
equations written with ln, with log base 10 or as decimals, change-of-base forms, condensed
against expanded logarithms, compound interest, doubling times, growth/decay and half-lives).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md and
the claims folders /work/wt/fresh2*_claims ... fresh51_claims, by URL and by thread or solution
id; each page was claimed in /work/wt/fresh52_claims before use). Each case gives the reference
answer (``gold``), the prediction (``pred``: the other form a person on the page equates with it,
accepts beside it, or sets against it; always a bare answer to be put in ``\boxed{}``, so ``wrap``
is always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. The set
continues in bench/equiv_fresh52_c2.py.

Transcription: strings are copied as the stored page shows them (plain text with ``ln``,
``log``, ``^``, ``*``, ``·``, ``√``, ``≈``, money with ``$`` and thousands commas, LaTeX where the
page has it). algebra.com's ``{{{...}}}`` formula markup (and its URL-encoded copies in the
``embed-solution`` pages) is dropped and the text inside it kept, except that the double quotes
its markup puts around an exponent are dropped too (said in the comment). Where a worker writes a
chain ``A = B = C``, the last member (or the member the page gives as the answer) is the gold and an
earlier member a prediction. Cases that pair a rounded value with the value it was rounded from
(to the number of places the question asks, or as the page rounds it) say so in ``why``: they are
True because the page accepts them, not because the numbers are equal.

Sources (domain, URL id, what is settled; all "web page, no licence file"):

- www.algebra.com solution 285538 (1.2e^-5x + 2.6 = 3: the key's "ln3/5 is about 0.220" and the
  tutor's x = (ln(0.4/1.2) ) / (-5)). 2 cases.
- www.algebra.com solution 679296 (log5(x) = ln(x)/ln(5), the page's loga(b) notation for a base
  a). 1 case.
- www.algebra.com solution 724446 (log(5) = log((10/2)) = log(10) - log(2) = 1 - log(2)). 3 cases.
- www.nukeworker.com forum topic 46850 (P-32 decay: 21,230.85253174357 dpm "in line with the
  book's answer" 21,230.9). 1 case.
- mathhelpforum.com 55536 (Einsteinium: 5(1/2)^8 = 5/256 grams; the asker's 0.414 "not what i
  got"). 2 cases (1 False).
- freemathhelp.com 68095 ($12,000 at 9%: "Both book solutions are incorrect. Your answers appear
  to be correct."; the formulas regrouped by a second reply). 4 cases (2 False).
- qamnty.com 14080193 (compound amounts: the correct amounts against the listed choices, and the
  multipliers 1.015^20 ≈ 1.3468550, 1.01^24 ≈ 1.2697346). 6 cases (2 False).
- answers.yahoo.com 20191013164602AA6sPkQ (weekly compounding, Maria's and John's amounts).
  4 cases.
- old-kadira-engine.hirespace.com 12599974 (a copy of a Brainly answer: continuous against annual
  compounding, $34.03 = $34 to the nearest dollar). 3 cases.
- www.algebra.com solution 8759 (change of base log x/ log a; "do not simplify to log (x/a)").
  1 case (False).
- www.algebra.com solution 453615 (log_3 of 6 sqrt 2 with x = log_3 2: x + 1 + x/2 = 1 + (3x)/2).
  1 case.
- www.algebra.com solution 289813 (log_3 31 = log((31))/log((3)) or ln(31)/ln(3), "both ... will
  give the same result"). 1 case.
- askanewquestion.com 1794477 (doubling at 12.6%: 5.501..., "should round up", against the asker's
  5; 0.69/0.126 = 5.5). 2 cases (1 False).
- www.jiskha.com 1342729623 (t = ln2/.06 = appr 11.55). 1 case.
- www.algebra.com solution 616403 (0.693/0.13 = t, t = 5.33 years). 1 case.
- www.bizskinny.com time-to-double-investment (t = ln2 / .05, t = 13.86 years). 1 case.
- www.algebra.com solution 159231 (t = [ln(2)]/0.032, t = 21.66 years). 1 case.
- www.algebra.com solution 760682 (t = (ln (2/1))/.07 ====> t = 9.9 years). 1 case.
- www.jiskha.com 1251308870 (e^5x = 2: x = ln(2) / 5 and x= 1/5 ln2 by two tutors). 1 case.
- www.enotes.com 350335 (x= (ln5 )/2, x=0.80). 1 case.
- www.algebra.com solution 285068 (2lnx=5: ln(x)=5/2 or 2.5; x = e^2.5 "exact", or
  2.7182818284590451^2.5 on a calculator without e). 2 cases.
- www.algebra.com solution 112111 (e^(2x+5)=40: the asker's -1.344 against x = -0.656). 1 case
  (False).
- www.wyzant.com 697765 (decay 2.8% a year: ln(0.972) = k = -0.028399, ln(0.5) = -0.69314718).
  2 cases.
- www.algebra.com solution 495234 (ln(.75)/-9 = k = .0320; ln(.5)/-.0320 = t = 21.66 yrs).
  2 cases.
- www.algebra.com solution 571590 (k=(1/138)ln(2/1), k=0.00502). 1 case.
- www.algebra.com solution 592103 (carbon-14: k=-ln(1/2)/t = ln(2)/t, k=0.693147/5730 =
  1.210*10^-4, t=ln(0.2)/(-0.0001210) = ln(5)/0.0001210). 3 cases.
- archive.laminart.com 3855950 (radium: ln(1/2)/-0.00043 = t ≈ 1611.97 years, about 1612 years).
  2 cases.
- www.jiskha.com 1365641007 (single logarithm ln [ 2√(x+1)/(1+√x)^2 ]). 1 case.
- www.algebra.com question 522955 (single logarithm ln[x^(1/2)/(x+1)]). 1 case.
- askanewquestion.com 892580 (-4ln(x+1) + 9ln(x) = ln [ x ^ 9 / ( x + 1 ) ^ 4 ]). 2 cases.
- www.jiskha.com 1317339533 (lnx^2 + ln(x+1) - ln(x+2) = 2lnx + ln(x+1) - ln(x+2), "Good job.").
  1 case.
- socratic.org "How do you solve 3^x = 7?" (x = ln7/ln3 ≈ 1.77). 1 case.
- www.wyzant.com 818263 (x = log(7) / log(3) = 1.77124, 1.771 to the nearest thousandth). 2 cases.
- www.algebra.com solution 55253 (e^(-4x)=6: ln(6)=1.791759469, x = -.4479398673 = -.4479 to four
  places). 2 cases.

Left out, by rule: a step that restates the problem rather than an answer; multiple-choice
letters (only the option values are compared); algebra.com's two-argument ``log(b, x)`` base
notation (not legible as a formula once the markup is dropped: the question 317830 solution 227592
pair log(2, 5) and the lines of solution 453615 that use it); askers' lines written with ``In`` for
``ln`` (jiskha 1251308870's options, 1357058766); lines whose superscripts were lost in the stored
text (wyzant 161841 and 147677 ``e0.075(t)``); the asker's own unconfirmed guess; values a page
only offers as "the best of the available choices".

Examined and not used: algebra.com solutions 227592 and 425258 and math.techqa.club 3152844 and
the r/calculus thread 1rp501l (used by earlier sets); mathway, mysovi.ai, corca.app, solvely.ai,
smartsolve.ai, studyx.ai, questionai, gauthmath, edu.com homework-helper, numerade, a.simonm.io,
rostudy.me (Symbolab output) and content.one.lumenlearning.com (machine-written, LLM-rewritten or
judged LLM-transcribed by earlier sets), and the machine-written step-by-step parts of jiskha
1296688526 and 1317339533 (only the human "Good job." exchange of the latter is used); algebra.com
solution 104294 (7^x = 3 worked to 1.771243..., the value of log 7/log 3) and 44169 (x = 26.38240736
for a value of 26.4824...) and qammunity 15274383 (a typo 1000 for 100) and uonbi 16147122 (1.5%
used for 1.15%) and answers.quantarchive 20110404052649AAFHeST ($335243.14 for $35243.14) -- wrong
on their face; askanewquestion 172751 (radium: "You did it right but did not carry the same number
of significant figures", no settled pairing of 5,630, 5,614 and 5,615); algebra.com question
403899, mathhelpforum 40504, 47133, 55037, 43243, 53641 and 135049, jiskha 1206820525 and
1324174521, 1357274801, mathcentral.uregina.ca, sosmath log46 pages, drkhamsi.com,
algebra.com 173403, 1201501 and 853676, mathmistakes.info, qammunity 21571939 and 13948142
(formulas lost in the stored text or no verdict); physicsforums 869556 and the r/HomeworkHelp
decay question (the asker's own work, no answer stored); jiskha 1306515742 (``loge2`` with no
value); wyzant 147677 (treats 25000e^(0.075t) and 25000(1.075)^t as one model); gradesaver
Blitzer 3.3 #108 and Intermediate Algebra 6e ch. 11 review 33 (a single form only);
labella.altervista.org (StarMath source, not a readable formula).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

S1 = "www.algebra.com"

S1_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=285538"

S2 = "www.algebra.com"

S2_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=679296"

S3 = "www.algebra.com"

S3_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=724446"

S4 = "www.nukeworker.com"

S4_AT = "https://www.nukeworker.com/forum/index.php/topic,46850.0/wap2.html"

S5 = "mathhelpforum.com"

S5_AT = "http://mathhelpforum.com/pre-calculus/55536-just-needed-help-one.html"

S6 = "freemathhelp.com"

S6_AT = "https://freemathhelp.com/forum/threads/compound-interest.68095"

S7 = "qamnty.com"

S7_AT = "https://qamnty.com/14080193/?show=14080194"

S8 = "answers.yahoo.com"

S8_AT = "https://answers.yahoo.com/question/index?qid=20191013164602AA6sPkQ"

S9 = "old-kadira-engine.hirespace.com"

S9_AT = "https://old-kadira-engine.hirespace.com/publica/12599974"

S10 = "www.algebra.com"

S10_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=8759"

S11 = "www.algebra.com"

S11_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=453615"

S12 = "www.algebra.com"

S12_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=289813"

S13 = "askanewquestion.com"

S13_AT = "https://askanewquestion.com/questions/1794477"

S14 = "www.jiskha.com"

S14_AT = "https://www.jiskha.com/display.cgi?id=1342729623"

S15 = "www.algebra.com"

S15_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=616403"

S16 = "www.bizskinny.com"

S16_AT = "https://www.bizskinny.com/Calculators/time-to-double-investment.html"

S17 = "www.algebra.com"

S17_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=159231"

S18 = "www.algebra.com"

S18_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=760682"

S19 = "www.jiskha.com"

S19_AT = "http://www.jiskha.com/display.cgi?id=1251308870"

S20 = "www.enotes.com"

S20_AT = "https://www.enotes.com/homework-help/4e-2x-16-36-350335"

S21 = "www.algebra.com"

S21_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=285068"

S22 = "www.algebra.com"

S22_AT = "http://www.algebra.com/cgi-bin/embed-solution.mpl?solution=112111"

S23 = "www.wyzant.com"

S23_AT = (
    "https://www.wyzant.com/resources/answers/697765/"
    "a-radioactive-substance-used-in-nuclear-weapons-decays-at-the-rate-of-2-8-p"
)

S24 = "www.algebra.com"

S24_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=495234"

S25 = "www.algebra.com"

S25_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=571590"

S26 = "www.algebra.com"

S26_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=592103"

S27 = "archive.laminart.com"

S27_AT = "https://archive.laminart.com/dudas/3855950"

S28 = "www.jiskha.com"

S28_AT = "http://www.jiskha.com/display.cgi?id=1365641007"

S29 = "www.algebra.com"

S29_AT = "https://www.algebra.com/cgi-bin/jump-to-question.mpl?question=522955&source=amp_page_question_558183"

S30 = "askanewquestion.com"

S30_AT = "https://askanewquestion.com/questions/write-as-single-log-4ln-x-1-9ln-x/892580"

S31 = "www.jiskha.com"

S31_AT = "https://www.jiskha.com/display.cgi?id=1317339533"

S32 = "socratic.org"

S32_AT = "https://socratic.org/questions/how-do-you-solve-3-x-7"

S33 = "www.wyzant.com"

S33_AT = "https://www.wyzant.com/resources/answers/818263/round-to-the-nearest-thousandth"

S34 = "www.algebra.com"

S34_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=55253"

CASES = [
    # 1.2e^-5x + 2.6 = 3: the asker's answer key "ln3/5 is about 0.220"; the tutor shows how to get it
    _c(
        S1,
        S1_AT,
        gold=r"ln3/5",
        pred=r"x = (ln(0.4/1.2) ) / (-5)",
        wrap=True,
        expected=True,
        why="tutor Mr.Math derives the key's answer ln3/5: x = (ln(0.4/1.2) ) / (-5)",
    ),
    _c(
        S1,
        S1_AT,
        gold=r"ln3/5",
        pred=r"0.220",
        wrap=True,
        expected=True,
        why='answer key quoted by the asker: "ln3/5 is about 0.220" (rounded value)',
    ),
    # change of base into natural logs
    _c(
        S2,
        S2_AT,
        gold=r"ln(x)/ln(5)",
        pred=r"log5(x)",
        wrap=True,
        expected=True,
        why='Stan H.: "Rewrite log5(x) ... using only natural logarithms": log5(x) = ln(x)/ln(5) '
        "(the page writes the base as loga(b))",
    ),
    # log(5) written with log(2)
    _c(
        S3,
        S3_AT,
        gold=r"1 - log(2)",
        pred=r"log(5)",
        wrap=True,
        expected=True,
        why="tutor's chain log(5) = log((10/2)) = log(10) - log(2) = 1 - log(2)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 - log(2)",
        pred=r"log((10/2))",
        wrap=True,
        expected=True,
        why="tutor's chain log(5) = log((10/2)) = log(10) - log(2) = 1 - log(2)",
    ),
    _c(
        S3,
        S3_AT,
        gold=r"1 - log(2)",
        pred=r"log(10) - log(2)",
        wrap=True,
        expected=True,
        why="tutor's chain log(5) = log((10/2)) = log(10) - log(2) = 1 - log(2)",
    ),
    # P-32 decay: book 21,230.9 dpm
    _c(
        S4,
        S4_AT,
        gold=r"21,230.9",
        pred=r"21,230.85253174357",
        wrap=True,
        expected=True,
        why='reply: "Without rounding any of the numbers, I got 21,230.85253174357 dpm which is in '
        "line with the book's answer\" (book 21,230.9 dpm; a rounded value)",
    ),
    # Einsteinium half-life 270 days, 2160 days
    _c(
        S5,
        S5_AT,
        gold=r"5/256",
        pred=r"5(1/2)^8",
        wrap=True,
        expected=True,
        why="reply: 5 gms multiplied by 1/2 8 times: 5(1/2)^8= 5/256 grams",
    ),
    _c(
        S5,
        S5_AT,
        gold=r"5/256",
        pred=r"0.414",
        wrap=True,
        expected=False,
        why='asker: "I have 0.414 as my answer. Is it correct?"; reply: "that\'s not what i got", '
        "then 5/256 grams",
    ),
    # $12,000 at 9%, two years
    _c(
        S6,
        S6_AT,
        gold=r"$14,337.97",
        pred=r"$1218",
        wrap=True,
        expected=False,
        why='quarterly: answer key $1218; reply "Both book solutions are incorrect. Your answers '
        'appear to be correct." (asker $14,337.97)',
    ),
    _c(
        S6,
        S6_AT,
        gold=r"$14,366.61",
        pred=r"$1221.40",
        wrap=True,
        expected=False,
        why="continuously: answer key $1221.40 refused; asker's $14,366.61 accepted",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"$14,337.97",
        pred=r"A = 12,000[1 + (.09/4)]^[(2)(4)]",
        wrap=True,
        expected=True,
        why="reply (lookagain) rewrites the asker's formula with grouping; value $14,337.97 accepted",
    ),
    _c(
        S6,
        S6_AT,
        gold=r"$14,366.61",
        pred=r"A = 12,000e^[(.09)(2)]",
        wrap=True,
        expected=True,
        why="reply (lookagain) rewrites the asker's formula with grouping; value $14,366.61 accepted",
    ),
    # compound amounts, multiple choice values (only the values are compared)
    _c(
        S7,
        S7_AT,
        gold=r"$14,141.98",
        pred=r"$14,142.03",
        wrap=True,
        expected=False,
        why='answerer: "The correct amount is $14,141.98"; the choices "are the result of improper '
        'calculation ... are incorrect" ($14,142.03 is only the best available choice)',
    ),
    _c(
        S7,
        S7_AT,
        gold=r"$10,754.65",
        pred=r"$10,754.61",
        wrap=True,
        expected=False,
        why='answerer: "The correct amount is $10,754.65"; the listed $10,754.61 is incorrect',
    ),
    _c(
        S7,
        S7_AT,
        gold=r"1.3468550",
        pred=r"(1 + .06/4)^(4·5)",
        wrap=True,
        expected=True,
        why="answerer: (1 + .06/4)^(4·5) = 1.015^20 ≈ 1.3468550",
    ),
    _c(
        S7,
        S7_AT,
        gold=r"1.3468550",
        pred=r"1.015^20",
        wrap=True,
        expected=True,
        why="answerer: (1 + .06/4)^(4·5) = 1.015^20 ≈ 1.3468550",
    ),
    _c(
        S7,
        S7_AT,
        gold=r"1.2697346",
        pred=r"(1 + .12/12)^(12*2)",
        wrap=True,
        expected=True,
        why="answerer: (1 + .12/12)^(12*2) = 1.01^24 ≈ 1.2697346",
    ),
    _c(
        S7,
        S7_AT,
        gold=r"1.2697346",
        pred=r"1.01^24",
        wrap=True,
        expected=True,
        why="answerer: (1 + .12/12)^(12*2) = 1.01^24 ≈ 1.2697346",
    ),
    # $10,000 at 3% compounded weekly
    _c(
        S8,
        S8_AT,
        gold=r"13,497.42",
        pred=r"10000(1 + .03/52)^(10*52)",
        wrap=True,
        expected=True,
        why="answerer, Maria 10 years: 10000(1 + .03/52)^(10*52) = 13,497.42",
    ),
]

r"""An eighty-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": percentages,
rounding and approximation -- percent against decimal and fraction, answers rounded to decimal
places or significant figures, truncation and iterated rounding against correct rounding, money
to the cent, and keys that accept or refuse a more or a less precise value -- where an answer
key, a mark-scheme glossary, a teacher's lesson or a question-and-answer thread settles which
forms are the same answer and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh86_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt)
was read. Do not tune the judge on these cases. Continued in bench/equiv_fresh86_a2.py (same
rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (".83333" without a leading
zero, "33 ⅓ %" and "66 2/3 %" with their spaces, gcse.com's raised decimal point "3·019", the
AQA glossary's "3.14…" with its ellipsis, "$" signs kept). Where a key joins forms with "or" the
first is the gold and the other a True case. In a conversion statement "given = answer" (OpenLearn
2.7, mathhelpforum's "1/8 = ... (12.5%)") the gold is the form the sentence converts to and the
pred the given form, which the page states is equal; where it lists "45% = 45/100 = 0.45" the
percentage is the gold. In OpenLearn's equivalence table the percentage column is the gold. In a
multiple-choice key that names the correct letter and works it out (cardifftutorcompany), the
correct option is the gold and each other option a False case. techqa's inline math
"$D=143\,\mathrm{m}$" keeps its LaTeX with the left side "D=" dropped. Readings, each noted in
``why``: the IB note "Accept positive or negative answer" is read as accepting "-5.26 %" for
"5.26 %", and "percent sign not required" as accepting "5.26"; mathhelpforum's bracketed values
are the site's correct answers ("(correct answers is 8.3%)" for the first, the same layout for the
rest).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- armyengineer.tpub.com "FI0921/FI09210012.htm" (an army correspondence-course answer frame:
  "B. 1.875 or 1.88 (Note that we round our answer to two digits ...)", "C. .83333 or .83").
  2 cases.
- cardifftutorcompany.co.uk practice questions "1-numbers/09-5-rounding-numbers" (multiple choice
  with "CORRECT ANSWER" and worked solutions: 51 354 to the nearest thousand is 51000, not 50000,
  51300 or 51350; 32.4567 to 2 d.p. is 32.46, not 32.45, 32 or 32.5; 0.082398 to 3 s.f. is
  0.0824, not 0.08 or 0.082; 7234.129 to 1 d.p. is 7234.1, not 7234.13, 7000 or 7234).
  11 cases (11 False).
- www.open.edu OpenLearn "Fundamentals of accounting" section 2.10 Table of equivalencies
  (id=31733, section=11: the answer to Activity 9, rows "1% | 0.01 | 1/100" ... "33 ⅓ % | 0.33 |
  1/3" ... "200% | 2.0 | 2/1"). 15 cases.

Sources of bench/equiv_fresh86_a2.py:

- www.open.edu OpenLearn "Fundamentals of accounting" section 2.7 Percentages (id=31733,
  section=8: "45% = 45/100 = 0.45", "7% = 7/100 = 0.07", "0.8 = 80%", "0.75 = 75%", "60% = 0.6",
  "3% = 0.03", "4/5 = 0.8 = 80%"). 9 cases.
- socratic.org question 5a84981711ef6b57e713deb2 ("What is $1.283333... rounded to the nearest
  cent?": "$1.28 ... or ... it could also be $1.29. Which one is right? ... We get $1.28.").
  1 case (1 False).
- mathhelpforum.com "math-topics/200539" (an asker's wrong percentages with the correct ones in
  brackets: "1/12 as a percentage = 8.4% (correct answers is 8.3%)", "1/8 = 12.4% (12.5%)",
  "1/16 = 6.4% (6.25%)", "2/3 = 66.2% (66.6%)", "6/16 = 36.24% (37.5%)", "5/8 = 32.0% (62.5%)").
  10 cases (6 False).
- www.physicsforums.com archive t-534608 ("Rounding to required level of accuracy": the book's
  0.4806 against the asker's 0.480; SammyS: the factors give "4 sig. fig."). 1 case (1 False).
- math.techqa.club 1218832 ("Significant figures during intermediate steps": the book's D = 143 m
  against the asker's 144 m from rounded intermediate coordinates). 1 case (1 False).
- browsegrades.net singlePaper 164169 (AQA GCSE 8300/2H mark scheme glossary: "3.14… Accept
  answers which begin 3.14 eg 3.14, 3.142, 3.1416"). 3 cases.
- library.tis.today copy of IB questionbank 09N.1.sl.TZ0.3 (Mathematical Studies, questions/5938:
  percentage error "= 5.26 % (percent sign not required)", "Note: Accept positive or negative
  answer."). 2 cases.
- www.gcse.com "maths/accuracy_answers1.htm" ("3·019451 rounds down to 3·019 ... NEVER round this
  up to 3·020!"). 1 case (1 False).
- ocr.org.uk blog "a-level-mathematics-how-accurate-is-a-mathematical-answer" ("54.837 is 54.84
  (2 dp), but 55 (2 sf)", "0.0548 is 0.05 (2 dp), but 0.055 (2 sf)", iterated rounding of 0.0548
  to 0.055 and then 0.06 against 0.05 (1 sf)). 3 cases (3 False).
- magoosh.zendesk.com article 203446169 "Rounding" ("3.48 to 3.5 to 4. Instead, 3.48 rounds
  down to 3."). 1 case (1 False).

60 cases in all (25 False): 28 here (11 False), 32 in bench/equiv_fresh86_a2.py (14 False).

Left out, by rule: refusals that are only about notation when the value is the same
(cardifftutorcompany's option "0.08240" for 0.0824 to 3 s.f.; the ICTM "Valid Answers" sheet's
"4.60 (use 4.6 instead)" and its "56.8035 MUST be written as 56.80"; IB questionbank 129967's
"give all answers correct to two decimal places" for 18906.30); rounded cells that a table pairs
with an exact value (OpenLearn's "33 ⅓ % | 0.33" and "66 2/3 % | 0.67", decimals "rounded off to
two decimal points"), and mathhelpforum's 8.3% for 1/12 and 66.6% for 2/3, which are not made
into True pairs with the fractions; OpenLearn's other exact decimal cells (0.02, 0.05, 0.1, 0.2,
0.25, 0.5, 0.75, kept to a sample: 0.01, 1.0, 2.0) and section 2.7's "3/4 = 0.75= 75%", which
repeats a table row and its own "0.75 = 75%"; part (a) of physicsforums t-534608, where SammyS
sides with the asker's 94.5 against the book's 94.54; statements of rounding that are not answer
pairs (armyengineer's rule lines "1.865 = 1.86", "1.835 = 1.84"; gcse.com's "12·12478 rounds up
to 12·125"; OCR's "A = 83.0 (3 sf)"); forms the text conversion lost (the AQA glossary's
"accept 0.5 as well as 2 1", a stacked fraction; the ICTM sheet's "5.680 × 101" for 5.680 × 10¹;
the Miss Welton IB markscheme copy on info.5y1.org, whose thin spaces became "?", as in
"13?200 (13?202)").

Examined and not used: scribd 721520608, 660949692 and 721258577, noa.freshdesk "interpreting the
maths mark scheme", jsfiddle parte 28549652, mathcountscentral and mandelbrot.org answer forms,
roconnell.net, physicsforums 148424 and 564843, iitianacademy, exampaper.com.sg's approximation
post, IB questionbank 67210 (all used by earlier sets); socratic 5a622ca211ef6b5af42439f2 (claimed,
but its answer "$3.9color(red)(9)0 or $3.9color(red)(9)" is stored with AsciiMath colour markup);
docstoc 93676645 ICTM "Valid Answers" and IB questionbank 129967 (only the refusals above);
courses.washington.edu phys121z WebAssign page (verdicts set by a 2% tolerance, and a misprinted
0.0296); ottereducation newquil "answer flags" and the notebot release note (verdicts set by a
chosen flag or app rule); enotes ".33 as a fraction" (its answers disagree); examplayground JAMB
1990 No. 3 (multiple choice, left out by earlier sets too); KS3 mark-scheme booklets on scribd,
fdocuments, dokumen.tips, vdocument, studylib and doczz (only the general introduction, or
stacked fractions, was stored); science.halleyhosting rounding (its "3.458 rounds to 3.4" is
wrong); johnnyandmarydomaths (its "0.08374 to 2 d.p. is 0.09" is wrong); sasimaths
(answers "56%" against its own "correct to two decimal places"); askanewquestion 1340279 (a copy of
a jiskha thread) and carbonfields (a brainly-style copy); openstudy 55cf0a34, socratic answers
327444, gcsemathsworksheets and madras.fife answers (one form only); AI-written pages (gauthmath,
edu.com, questionai, topmygrade.aartiq, a-warded.org, hotboatpics, reaction-channel, askfilo,
mathgpt); tda.gov.uk QTS numeracy advice (rounding statements; "6/8 should be entered as 3/4"
only about form).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ARM = "armyengineer.tpub.com"
ARM_F6 = "http://armyengineer.tpub.com/FI0921/FI09210012.htm"
CT = "cardifftutorcompany.co.uk"
CT_RND = "https://cardifftutorcompany.co.uk/practice-questions/1-numbers/09-5-rounding-numbers"
OL = "www.open.edu"
OL_S8 = "https://www.open.edu/openlearn/ocw/mod/oucontent/view.php?id=31733&section=8"
OL_S11 = "https://www.open.edu/openlearn/mod/oucontent/view.php?id=31733&section=11"
# sources of bench/equiv_fresh86_a2.py
SOC = "socratic.org"
SOC_CENT = "https://socratic.org/questions/5a84981711ef6b57e713deb2"
MHF = "mathhelpforum.com"
MHF_PCT = "http://mathhelpforum.com/math-topics/200539-how-find-out-what-fraction-percentage.html"
PF = "www.physicsforums.com"
PF_534608 = "http://www.physicsforums.com/archive/index.php/t-534608.html"
TQ = "math.techqa.club"
TQ_1218832 = "https://math.techqa.club/significant-figures-during-intermediate-steps-in-a-calculation-1218832"
BG = "browsegrades.net"
BG_AQA = "https://browsegrades.net/singlePaper/164169/gcse-mathematics-83002h-higher-tier-paper-2-calculato"
IBQ = "library.tis.today"
IBQ_5938 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/41-dp-mathematical-studies/questions/5938.html"
)
GC = "www.gcse.com"
GC_ACC1 = "http://www.gcse.com/maths/accuracy_answers1.htm"
OCR = "ocr.org.uk"
OCR_ACC = "https://ocr.org.uk/blog/a-level-mathematics-how-accurate-is-a-mathematical-answer"
MG = "magoosh.zendesk.com"
MG_RND = "https://magoosh.zendesk.com/hc/en-us/articles/203446169-Rounding"

CASES = [
    # armyengineer.tpub.com FI09210012: an answer frame joins an exact and a rounded decimal by or
    _c(
        ARM,
        ARM_F6,
        gold=r"1.875",
        pred=r"1.88",
        wrap=True,
        expected=True,
        why="ANSWER TO FRAME 6. 'B. 1.875 or 1.88 (Note that we round our answer to two digits ...)'",
    ),
    _c(
        ARM,
        ARM_F6,
        gold=r".83333",
        pred=r".83",
        wrap=True,
        expected=True,
        why="ANSWER TO FRAME 6. 'C. .83333 or .83'",
    ),
    # cardifftutorcompany rounding: multiple choice, 'CORRECT ANSWER: A' with a worked solution
    _c(
        CT,
        CT_RND,
        gold=r"51000",
        pred=r"50000",
        wrap=True,
        expected=False,
        why="Q1 'Round 51 354 to the nearest thousand' ... 'CORRECT ANSWER: A: 51000' (B: 50000)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"51000",
        pred=r"51300",
        wrap=True,
        expected=False,
        why="Q1 'Round 51 354 to the nearest thousand' ... 'CORRECT ANSWER: A: 51000' (C: 51300)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"51000",
        pred=r"51350",
        wrap=True,
        expected=False,
        why="Q1 'Round 51 354 to the nearest thousand' ... 'CORRECT ANSWER: A: 51000' (D: 51350)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"32.46",
        pred=r"32.45",
        wrap=True,
        expected=False,
        why="Q2 'Round 32.4567 to 2 decimal places' ... 'CORRECT ANSWER: A: 32.46' (B: 32.45)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"32.46",
        pred=r"32",
        wrap=True,
        expected=False,
        why="Q2 'Round 32.4567 to 2 decimal places' ... 'CORRECT ANSWER: A: 32.46' (C: 32)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"32.46",
        pred=r"32.5",
        wrap=True,
        expected=False,
        why="Q2 'Round 32.4567 to 2 decimal places' ... 'CORRECT ANSWER: A: 32.46' (D: 32.5)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"0.0824",
        pred=r"0.08",
        wrap=True,
        expected=False,
        why="Q3 'Round 0.082398 to 3 significant figures' ... 'CORRECT ANSWER: A: 0.0824' (B: 0.08)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"0.0824",
        pred=r"0.082",
        wrap=True,
        expected=False,
        why="Q3 'Round 0.082398 to 3 significant figures' ... 'CORRECT ANSWER: A: 0.0824' (C: 0.082)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"7234.1",
        pred=r"7234.13",
        wrap=True,
        expected=False,
        why="Q4 'Round 7234.129 to 1 decimal place' ... 'CORRECT ANSWER: A: 7234.1' (B: 7234.13)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"7234.1",
        pred=r"7000",
        wrap=True,
        expected=False,
        why="Q4 'Round 7234.129 to 1 decimal place' ... 'CORRECT ANSWER: A: 7234.1' (C: 7000)",
    ),
    _c(
        CT,
        CT_RND,
        gold=r"7234.1",
        pred=r"7234",
        wrap=True,
        expected=False,
        why="Q4 'Round 7234.129 to 1 decimal place' ... 'CORRECT ANSWER: A: 7234.1' (D: 7234)",
    ),
    # OpenLearn 2.10 Table of equivalencies (Activity 9 answer): percentage | decimal | fraction
    _c(
        OL,
        OL_S11,
        gold=r"1%",
        pred=r"1/100",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '1% | 0.01 | 1/100' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"1%",
        pred=r"0.01",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '1% | 0.01 | 1/100'",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"2%",
        pred=r"1/50",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '2% | 0.02 | 1/50' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"5%",
        pred=r"1/20",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '5% | 0.05 | 1/20' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"10%",
        pred=r"1/10",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '10% | 0.1 | 1/10' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"20%",
        pred=r"1/5",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '20% | 0.2 | 1/5' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"25%",
        pred=r"1/4",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '25% | 0.25 | 1/4' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"33 ⅓ %",
        pred=r"1/3",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '33 ⅓ % | 0.33 | 1/3' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"50%",
        pred=r"1/2",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '50% | 0.5 | 1/2' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"66 2/3 %",
        pred=r"2/3",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '66 2/3 % | 0.67 | 2/3' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"75%",
        pred=r"3/4",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '75% | 0.75 | 3/4' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"100%",
        pred=r"1/1",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '100% | 1.0 | 1/1' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"100%",
        pred=r"1.0",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '100% | 1.0 | 1/1'",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"200%",
        pred=r"2/1",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '200% | 2.0 | 2/1' (fractions in lowest terms)",
    ),
    _c(
        OL,
        OL_S11,
        gold=r"200%",
        pred=r"2.0",
        wrap=True,
        expected=True,
        why="Activity 9 answer, Table 3 row '200% | 2.0 | 2/1'",
    ),
]

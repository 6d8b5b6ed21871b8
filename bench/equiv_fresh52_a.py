r"""A fifty-second fresh set of answer-equivalence cases (evaluation only; helper "a":
grade-school and middle-school word-problem answers -- money, time, measures, rates, percents and
fractions of quantities -- where a mark scheme, answer key, teacher or tutor settles whether an
answer written with a unit, in words or in another form is the same as the expected one).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (each URL or page id was grepped in
bench/, which holds bench/data/README.md, bench/equiv_issues_*.py, the docstrings of
bench/equiv_fresh*.py and bench/data/equiv_fresh4.md, and checked against the claims folders
/work/wt/fresh2*_claims ... fresh51_claims; each page was claimed in /work/wt/fresh52_claims before
use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form the
page accepts or equates with it, or a form the page refuses; always a bare answer to be put in
``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with
no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its
full URL. There is no commit; every source is a web page with no licence file. Only the text the
search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh52_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them (``£2 97`` with its space,
``£.74p``, ``7 15 p.m.``); a mark scheme's "Accept X OR Y" gives True cases against the printed
answer, its "Do not accept" and "Accept for ONE mark" (of two) lists give False cases. Where a key
prints two answers joined by OR (``74p OR £0.74``) the first is the gold and the second a True case.
Forms identical to the gold (``£4.30`` listed again among the accepted forms) are not repeated.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- paperzz.com doc 7017001 (a compilation of KS2 money questions' mark schemes: for each answer the
  "Accept ... OR ..." and "Do not accept ..." forms, e.g. £2.97: accept 297p, 2.97, 297, £2 97;
  do not accept £297p, £297, 2.97p). 50 cases (16 False).
- docest.com doc 224805 (Edexcel 1MA1 practice papers set 4, paper 1F mark scheme, Q2(a): answer
  "2 hours 20 minutes", "A1 2 hours and 20 minutes or 140 minutes", while "2.2 hours" earns only the
  method mark). 3 cases (1 False).
- paperzz.com doc 7305111 (1MA1 practice tests set 1, paper 3F mark scheme: "A1 for 19 15 , 7 15
  p.m. (or equivalent)", "B1 25 or 25.0", "A1 £7.96 or 796p"). 3 cases.
- docsbay.net "answer-all-questions-s15" (1MA1 practice tests set 1, paper 1F mark scheme, Q7: "A1
  for 1.50 Accept 1.5"). 1 case.
- info.5y1.org 361290 (1MA1 practice papers set 5, paper 1F mark scheme, Q6: "1.83 m or 183 cm",
  "A1 for 1.83 m or 183 cm (units must be correct)"). 1 case.
- zanotowane.pl 1172/1163 (a teacher's mark scheme, Q4: "£20 ... Can be written £20 or £20.00").
  1 case.

Sources of bench/equiv_fresh52_a2.py:

- members.policetrainingscotland.co.uk "numbers detailed preparation question 16" (a tutor's worked
  answers: "Answer = 6.50 am" "(equivalent time in 24 hour clock = 0650)"; "0935 hours = 9.35 am",
  "1820 hours = 6.20 pm"; "25 mins + 8 hours 20 mins = 8 hours 45 mins"; a 12-hour / 24-hour
  table; "for 12 hour time, you need to include am or pm in the answer to get the mark"). 11 cases
  (1 False).
- krizteotuition.wordpress.com "maths common mistakes" (a tutor: "0.30hr is NOT equal to 30min but
  Equal to 18min", "5.50hr is NOT equal to 5hr 50min but Equal to 5hr 30min", "0.40min is NOT equal
  to 40sec but Equal to 24sec", 45min is 0.75hour not 0.45hour, 12sec is 0.2min not 0.12min).
  10 cases (5 False).
- www.singaporemathguru.com "30 to 40% of students get this type of question wrong" (what fraction
  of 5 km is 8000 m: "8000/5000 = 8/5 = 1 3/5", "5/8 or even 5/8000 which is wrong"; "3000/2000 x
  100% = 150%"). 5 cases (2 False).
- www.nagwa.com video 290140868405 (three-quarters of six hours: "4.5 hours or four and a half
  hours", "4.5 hours is equal to four hours and 30 minutes"; "four hours, 50 minutes is incorrect",
  430 and 450 minutes "are also incorrect"). 5 cases (3 False).
- www.sophia.org "converting time to decimals" ("What is the decimal for 45 minutes? (Please don't
  say 0.45!!!)", "45 / 60 = 0.75", "3/4 = 0.75", "45 minutes = 0.75"). 3 cases (1 False).
- www.edplace.com worksheet 4340 "time problems 2" ("30 seconds in ½ minute" ... "45 minutes in ¾
  hour"; "5¼ minutes = 5 × 60 + 15 = 300 + 15 = 315 seconds"; "7½ hours = 7 × 60 + 30 = 420 + 30 =
  450 minutes"). 12 cases.
- vespr.org (Socratic's mirror) "what is 16 2/3% as a fraction" (the first answer's chain ending
  "= 1/6"). 6 cases.
- www.jiskha.com 1281997405 (half of one and a half cups: "1 1/2 = 3/2", "1/2 * 3/2 = 3/4").
  1 case.
- qammunity.org 7721948 ("3 1/2 gallons or 56 cups", "3 + 1/2 = 3 1/2 gallons"). 2 cases.
- qammunity.org 10596319 ("2.25 Cups" ... "Which is 2.25. Or.. 2 1/4."). 1 case.

Left out, by rule: the cap of 60 cases a source (paperzz 7017001: questions 1-7 are taken in page
order, question 8 (12 more accepted and refused forms of 80p and £2.25) is left out); refusals that
are only a notation policy, not about the value (paperzz 7017001's "Do not accept £0.9", "£2.4",
"£0.8": the same amount without its trailing zero; docsbay's "150p with £ crossed out", which
depends on the answer line); a form the conversion may have broken ("£0. 74p"); answers that are
not a value (paperzz 7017001 Q2(b), Q3(b) "CC", Q6's ordering; docest's "No with supporting
calculations", "£442 or 32.35% or 348" which are three alternative comparisons, not one value);
ranges and tolerances for readings from a drawing (docest 7(b) "73 - 77", info.5y1.org Q9 "accept
answers in the range 49 - 51"); "(a.m.)" marked optional in docest 6(b) (the two forms are not both
written out); the police page's "12 am 0000 hours" row (a repeat of its "12.00 am" row); the
nagwa transcript's "nine over two or nine-halves" (no unit; a step, not the answer).

Lost formulas, skipped and never rebuilt: zanotowane.pl 1172/1163 Q11 and 1144/3400 (mixed numbers
and fractions set one number a line: "2, 2\n3\n5"); Cambridge Checkpoint specimen 2014 paper 1 on
studylib (its "Or equivalent. Do not accept ratios." names no refused form); KS2 and KS3 mark
scheme booklets on studylib 8878838, scribd, pdfcoffee, readbag, documents.pub and dokumen.tips
(the stored excerpt stops before the first question); 1MA1 set 1A on ptop.only.wip.la (fractions
set as separate lines).

Examined and not used: maplecanopy.wordpress.com "five-tenths is the same as one-half" (claimed
in fresh47); themathdoctors "algebra word problems learning from mistakes" (claimed in fresh51);
gradesaver Basic College Mathematics 10e 2.8 #34 (used by fresh47_b); scribd Year 8 Spring Core MS
2020 and markScheme-4 (claimed earlier); curioustab, studygeniuspro, gaviki, codinginacoffeeshop,
bemquerermulher, winenfood, eatsip365, pixelation, flawlesscooking, sorumatik, thetoasta, monithon
and jasonbradley.me pages (machine-written explanations); pleacher.com problem 050399 ("T = 17/60
hours or 20 minutes", an error on the page); education.blurtit.com 276225 (one answer gives
1667/10000, another 1/6: the page is not settled); sciencehumor.io and catholic.com (jokes about
teachers' marking, no verdict on two answers); code.policylink.org (an unattributed copy of a
Brainly answer).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


def _key(
    repo: str, where: str, gold: str, accept: list[str], refuse: list[str], why: str
) -> list[dict[str, object]]:
    """One answer of a mark scheme: its accepted forms (True) then its refused forms (False)."""
    return [_w(repo, where, gold, p, True, f"{why}; accepted form") for p in accept] + [
        _w(repo, where, gold, p, False, f"{why}; refused form") for p in refuse
    ]


PZ = "paperzz.com"
PZ_MONEY = "https://paperzz.com/doc/7017001/document"
PZ_3F = "https://paperzz.com/doc/7305111/practice-set-1-mark-scheme-3"
DE = "docest.com"
DE_1F = (
    "https://docest.com/doc/224805/"
    "1ma1-practice-papers-set-4-paper-1f-regular-mark-scheme-version-1"
)
DB = "docsbay.net"
DB_1F = "https://docsbay.net/answer-all-questions-s15"
I5 = "info.5y1.org"
I5_1F = "https://info.5y1.org/grade-5-maths-test-papers_1_361290.html"
ZA = "zanotowane.pl"
ZA_1163 = "https://zanotowane.pl/1172/1163"

CASES: list[dict[str, object]] = [
    # paperzz 7017001, KS2 money mark schemes, questions 1-7 in page order.
    *_key(
        PZ,
        PZ_MONEY,
        r"£2.97",
        [r"£2.97p", r"£2 97", r"297p", r"£2 97p", r"2.97", r"297"],
        [r"£297p", r"£297", r"2.97p"],
        "Q1(a): '£2.97 Accept £2.97p OR £2 97 OR 297p OR £2 97p OR 2.97 OR 297 Do not accept "
        "£297p OR £297 OR 2.97p'",
    ),
    _w(
        PZ,
        PZ_MONEY,
        r"10",
        r"10p",
        False,
        "Q1(b): '10 No mark is awarded if any units are shown, eg 10p'",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"£4.30",
        [r"4.30", r"430p", r"430", r"£4.30p"],
        [],
        "Q2(a): '£4.30 Accept 4.30 OR £4.30 OR 430p OR £4.30 OR 430 OR £4.30p' (the repeated "
        "£4.30 is not repeated here)",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"£2.45",
        [r"£2.45p", r"£2 45"],
        [r"£245", r"£245p"],
        "Q3(a): '£2.45 Accept £2.45p OR £2 45 Do not accept £245 OR £245p'",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"74p",
        [r"£0.74", r"74", r"0.74", r".74", r"£.74", r"£.74p"],
        [r"£74p", r"0.74p"],
        "Q4(a): 'TWO marks for the correct answer of 74p OR £0.74', 'Accept for TWO marks 74 OR "
        "0.74 OR ... OR .74 OR £.74 OR £.74p', 'Accept for ONE mark £74p OR 0.74p as evidence of "
        "appropriate working' (one mark of two: not the answer)",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"22p",
        [r"£0.22", r"22", r"0.22", r".22", r"£.22", r"£.22p"],
        [r"£22p", r"0.22p", r"£22"],
        "Q4(b): 'TWO marks for the correct answer of 22p OR £0.22', 'Accept for TWO marks 22 OR "
        "0.22 OR £0.22 OR .22 OR £.22 OR £.22p', 'Accept for ONE mark £22p OR 0.22p OR £22 as "
        "evidence of appropriate working' (one mark of two: not the answer)",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"90p",
        [r"£0.90", r"90", r"0.90", r"£.90", r"£.90p", r".90", r"£0.90p", r"£0 90"],
        [r"£90p", r"0.90p", r"£90"],
        "Q5: '90p OR £0.90 Accept 90 OR 0.90 OR £.90 OR £.90p OR .90 OR £0.90p OR £0 90 Do not "
        "accept £0.9 OR £90p OR 0.90p OR £90' (£0.9, refused for notation only, left out)",
    ),
    *_key(
        PZ,
        PZ_MONEY,
        r"£2.40",
        [r"£2.40p", r"£2 40"],
        [r"£240", r"£240p"],
        "Q7: '£2.40 Accept £2.40p OR £2 40 Do not accept £240 OR £240p OR £2.4' (£2.4, refused "
        "for notation only, left out)",
    ),
    # docest 224805, 1MA1 set 4 paper 1F, Q2(a).
    _w(
        DE,
        DE_1F,
        r"2 hours 20 minutes",
        r"2 hours and 20 minutes",
        True,
        "Q2(a): answer '2 hours 20 minutes', 'A1 2 hours and 20 minutes or 140 minutes'",
    ),
    _w(
        DE,
        DE_1F,
        r"2 hours 20 minutes",
        r"140 minutes",
        True,
        "Q2(a): 'A1 2 hours and 20 minutes or 140 minutes'",
    ),
    _w(
        DE,
        DE_1F,
        r"2 hours 20 minutes",
        r"2.2 hours",
        False,
        "Q2(a): 'M1 for a full method to find the difference between the two times or 2.2 hours' "
        "-- the method mark only; the answer mark A1 is for '2 hours and 20 minutes or 140 "
        "minutes'",
    ),
    # paperzz 7305111, 1MA1 set 1 paper 3F.
    _w(
        PZ,
        PZ_3F,
        r"19 15",
        r"7 15 p.m.",
        True,
        "the timetable question (its number is lost in the stored text): 'A1 for 19 15 , 7 15 "
        "p.m. (or equivalent)'",
    ),
    _w(PZ, PZ_3F, r"25", r"25.0", True, "Q7(a), as the stored table reads: 'B1 25 or 25.0'"),
    _w(
        PZ,
        PZ_3F,
        r"£7.96",
        r"796p",
        True,
        "the cartons question (its number is lost in the stored text): answer '£7.96 or 796p', "
        "'A1 £7.96 or 796p'",
    ),
    # docsbay, 1MA1 set 1 paper 1F, Q7.
    _w(DB, DB_1F, r"1.50", r"1.5", True, "Q7: 'A1 for 1.50 Accept 1.5'"),
    # info.5y1.org, 1MA1 set 5 paper 1F, Q6.
    _w(
        I5,
        I5_1F,
        r"1.83 m",
        r"183 cm",
        True,
        "Q6: answer '1.83 m or 183 cm', 'A1 for 1.83 m or 183 cm (units must be correct)'",
    ),
    # zanotowane 1172/1163, Q4.
    _w(ZA, ZA_1163, r"£20", r"£20.00", True, "Q4: '£20 ... Can be written £20 or £20.00'"),
]

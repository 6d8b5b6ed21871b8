r"""A sixty-second fresh set of answer-equivalence cases (evaluation only; helper "c": examiners'
reports, teachers' "common mistakes" threads and error analyses on public web pages that name a
correct answer and the wrong answers pupils or candidates commonly gave -- sign errors, a
calculator used badly, a fraction given as the wrong percentage, a division line that does not
cover the whole numerator, a percentage written as a decimal -- with the page's verdict on each).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt through
/work/wt/fresh61_claims/claims.txt; each page was claimed in /work/wt/fresh62_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: a form the
page accepts as the same answer, or a wrong answer the page names; always a bare answer to be put
in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page,
with no one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where``
its full URL. There is no commit; every source is a web page with no licence file. Only the text
the search tool returned for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them ("2^3" with its caret, "30%" and
"33%" with the sign, "(a + b)/2" and "a + b/2" with the page's spacing). Where a page lists an
error as "expression = wrong value" ("7/7 = 0", "2^3 = 6", "3(1) = 4"), the gold is the
expression as the page writes it and the pred the wrong value (the convention of
bench/equiv_fresh46_d.py). Where a page reports a tally of answers and says which one is correct
(giantitp), the gold is that answer and each other answer the tally names is a False case.
Readings, each noted in ``why``: on analystforum the reply's parenthesis "(assuming you don't put
the '%' sign after it)" is read as refusing "0.5%" for 50%; on educheer the second, stacked
"a + b over 2" of the tip is not used, and the gold is the bracketed form the tip gives, "(a + b)/2".

Sources (domain, URL, what is settled; all "web page, no licence file"):

- community.tes.com "threads/interesting-errors.481457" (maths teachers' thread of pupils'
  errors: "7/7 = 0"; "2^3 = 6"; a top-set student "told me my answer was wrong as I said 5/2 ...
  'The answer is 2.5'"; "Another pet hate is 1/3 is 30% and less annoying but still shocking
  'its 33%'"). 5 cases (4 False).
- forums.giantitp.com post 14035985 (a poster's tally of 138 answers to an order-of-operations
  problem, "45 answered 7 ... 45/138 ... got the correct answer", and a reply's error analysis:
  the 1s "probably used a calculator, badly", the 5s "made the sign error", "6 (4%) entered 0").
  8 cases (8 False).
- www.analystforum.com "t/decimal-points-or-percentages/64865" (a CFA candidate asks whether a
  decimal may stand for a percentage; reply: "0.5 is a fair representation of 50% (assuming you
  don't put the '%' sign after it)"). 2 cases (1 False).
- educheer.com "essays/executive-engineer" (a copy of Cambridge's "Examiner tips for IGCSE
  Mathematics (0580)": "a + b/2 is not the same thing as ... (a + b)/2"). 1 case (1 False).
- studylib.net doc 9056325 (Edexcel GCE Mathematics examiners' report, January 2011, C1
  introduction: "it was disappointing to see errors of the type: ... 3(1) = 4"). 1 case (1 False).

17 cases in all (15 False).

Left out, by rule: wrong answers whose correct answer the stored page does not state (tes
481457's triangle "area = 42", "x^2 = 25 therefore x = 5", the ratio share "answer 40:15:5" and
the mean "23.7"; the Edexcel January 2011 report's "5d = 8 so d=5/8"; the Cambridge 0580 March
2022 report, studylib 27039612, whose wrong answers 16 000 037, 6307, 1637, 17 017, 1636, 1000,
9000, 9900 stand without the answer, as bench/equiv_fresh46_d.py also found; the 0580 June 2024
report, ptop.only.wip.la copy of scribd 824345048, whose "4800", "5000", "48", "800", "4976",
"(10.7) instead of millimetres", "12 km" and "15 40, 30, 35, 45 or 60" stand without the answer;
AQA 43602H November 2014 on docplayer.net 21449435, "incorrect money notation answer of 2.80p" and
"common incorrect answer of n + 4", whose answers are not stated); a hypothetical in a reply (tes
481457: "had it been 5/4, would her answer have been 4.5"); forms the text conversion lost or
stacked (the 0580 June 2024 report's "8 4 / 10 5" for its equivalent fractions; the Edexcel
report's "–4 (–1)2 = +4"; the ZIMSEC O level 4004/02 November 2022 examiner report, scribd
741601168, whose degree signs became a trailing bold zero, "𝟏𝟎𝟎" for 10 degrees, so that its
"common wrong answer was 𝟖𝟎𝟎" cannot be read; the ZIMSEC A level June 2006 report, scribd
465570393, "x2 + y2 = 132"; the WAEC pages waeconline.org.ng maths218nq6 and mypastquestion.com
2015, whose fractions and base subscripts were flattened); single-form answers with no second form
or refused form (ZIMSEC June 2006 "Answer: x = 2/5 or – 8/3"; mypastquestion.com "x ≤ -12";
waeconline maths225mq8 "N5,400.00", whose refused forms the report does not quote).

Examined and not used: the stored openings of Cambridge 0580 reports that hold only general
comments (rt.http3.lol copy of scribd 745863335, 0580 June 2019; studylib 27034786, 0580 November
2021); studylib 12767656 and 12767370 and the rt.http3.lol copy of 0580 November 2017 (used by
bench/equiv_fresh46_d.py); scribd 721520608 "markScheme-4", scribd 660949692 "y11 extd ms" and
scribd 721258577 "Year 8 Spring Core MS 2020" (used by bench/equiv_fresh44_b.py and later sets);
Edexcel principal examiner feedback on scribd and its proxies (WMA12 October 2022, 1MA1 2F Summer
2017, WMA12 June 2019 and October 2019 and January 2020, WMA01 January 2020, 1MA1 1F November
2019: the stored openings hold only the Pearson boilerplate and general remarks); WAEC chief
examiners' summaries (waeconline.org.ng maths219mw, maths227mw, maths233jw, maths233aw and the
general pages for chemistry, government and English; erudites.ng, educativenewsroom.com,
lagosbooksclub.blogspot.com, class.mezzomaths.org, paperzz.com 8701644: lists of weaknesses, no
quoted answers); VCAA commentary on mathematicalcrap.com (no answers quoted in the stored text);
WACE summary reports (scribd 299614950, 299614952), the Queensland Mathematics A 2017 report and
the NSW 1998 enhanced report on 123dok.com (no quoted answers); SQA marking guidance (general
principles only); the ZIMSEC O level 4008/4028 November 2010 paper 2 report (scribd 279377542
and its info.5y1.org copy 778602: the stored opening stops at question 1(a), before any answer);
sats-papers.co.uk KS2 2009 and Year 7 2004 mark schemes, pdfslide.us 1MA1 2H Summer 2017 and
9lib.org IB Mathematical Studies markschemes (general guidance only); scribd 166395462 (an IGCSE
test mark scheme whose columns ran together); oxcoll.com, spwhitton.name, casact.org, primarydailylo, viraldotcom,
superprof and geocities study tips (no answers); a ZAME "Common errors" presentation (scribd
717456186, its calculator value without the answer); community.tes.com thread 787584 ("1 6/4 will
not be awarded the mark", its answer not stated); forums.aat.org.uk 445239 (a question, no
verdict); numbas.mathcentre.ac.uk (exam JSON); info.5y1.org IB compound-interest markschemes (its
symbols turned to "?"); numericalreasoningpractice.com (a catalogue of error types with no
worked answers); thequickreport.com (viral-puzzle content farm) and the Hugging Face
eedi-awq-calibration-cot pages (AI-written explanations). The search budget of this session ran
out after fourteen queries, so fewer pages were examined than planned and the set is small.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TES = "community.tes.com"
TES_481457 = "https://community.tes.com/threads/interesting-errors.481457/"
GITP = "forums.giantitp.com"
GITP_14035985 = "https://forums.giantitp.com/showsinglepost.php?p=14035985&postcount=55"
AF = "www.analystforum.com"
AF_64865 = "https://www.analystforum.com/t/decimal-points-or-percentages/64865"
EDU = "educheer.com"
EDU_EE = "https://educheer.com/essays/executive-engineer/"
SL = "studylib.net"
SL_9056325 = "https://studylib.net/doc/9056325/gce-subject-report-january-2011"

CASES = [
    # tes interesting-errors.481457: teachers' list of pupils' errors, one equal pair
    _c(
        TES,
        TES_481457,
        gold=r"7/7",
        pred=r"0",
        wrap=True,
        expected=False,
        why="listed among pupils' errors: '7/7 = 0'",
    ),
    _c(
        TES,
        TES_481457,
        gold=r"2^3",
        pred=r"6",
        wrap=True,
        expected=False,
        why='listed error: \'2^3 = 6...."Ok what is 2 x 2 x 2?" answer from kid "uhhh 8?"\'',
    ),
    _c(
        TES,
        TES_481457,
        gold=r"5/2",
        pred=r"2.5",
        wrap=True,
        expected=True,
        why="'told me my answer was wrong as I said 5/2 ... \"The answer is 2.5\"' (the pupil's mistake)",
    ),
    _c(
        TES,
        TES_481457,
        gold=r"1/3",
        pred=r"30%",
        wrap=True,
        expected=False,
        why="'Another pet hate is 1/3 is 30%'",
    ),
    _c(
        TES,
        TES_481457,
        gold=r"1/3",
        pred=r"33%",
        wrap=True,
        expected=False,
        why="'1/3 is 30% and less annoying but still shocking \"its 33%\"'",
    ),
    # giantitp 14035985: tally of 138 answers, only 7 correct; the reply names the errors
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'45 answered 7 ... 32% got the correct answer'; '56 answered 1' ('used a calculator, badly')",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"5",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '20 answered 5' ('made the sign error')",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"0",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '6 answered 0' ('entered 0 (I'm not sure why here)')",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"2",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '2 answered 2'",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"3.5",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '1 answered 3.5'",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"4",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '4 answered 4'",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"6",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '3 answered 6'",
    ),
    _c(
        GITP,
        GITP_14035985,
        gold=r"7",
        pred=r"14",
        wrap=True,
        expected=False,
        why="'45 answered 7' is the correct answer; '1 answered 14'",
    ),
    # analystforum 64865: a decimal for a percentage, without the % sign
    _c(
        AF,
        AF_64865,
        gold=r"50%",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="reply: '0.5 is a fair representation of 50% (assuming you don't put the '%' sign after it)'",
    ),
    _c(
        AF,
        AF_64865,
        gold=r"50%",
        pred=r"0.5%",
        wrap=True,
        expected=False,
        why="reply: '0.5 is a fair representation of 50% (assuming you don't put the '%' sign after it)'",
    ),
    # educheer executive-engineer: Cambridge 0580 examiner tip on the division line
    _c(
        EDU,
        EDU_EE,
        gold=r"(a + b)/2",
        pred=r"a + b/2",
        wrap=True,
        expected=False,
        why="'a + b/2 is not the same thing as ... use brackets ... as in (a + b)/2'",
    ),
    # studylib 9056325: Edexcel January 2011 report, C1 introduction, arithmetic errors
    _c(
        SL,
        SL_9056325,
        gold=r"3(1)",
        pred=r"4",
        wrap=True,
        expected=False,
        why="'disappointing to see errors of the type: 5d = 8 so d=5/8 or even 3(1) = 4'",
    ),
]

r"""A ninety-first fresh set of answer-equivalence cases (evaluation only; helper "a": calendar and
time answers -- one date written in British and American orders, in figures with slashes, points or
hyphens, with or without the weekday, in ordinals and in words; clock times in the 12-hour and the
24-hour notation, midnight and noon hours included; durations in days, weeks, fortnights, months
and years, leap years included; and the answers to calendar reading and counting tasks against the
days and dates a student gives by counting the first day, the last day, or the wrong weekday --
where a language lesson's table, a textbook's worked conversions, a worksheet's key or an
assessment bank's answers with their "common error" rows settle which forms are the same answer and
which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh*_claims/claims.txt; each page was claimed
in /work/wt/fresh91_claims/claims.txt before use). Each case gives the reference answer (``gold``),
the prediction (``pred``: another form the page gives as the same answer, or a form the page
refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the
verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is
the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a web
page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases. Continued in bench/equiv_fresh91_a2.py (same rules;
its sources are listed below too).

Transcription: strings are copied as the stored page shows them -- capitals as printed ("the
Fourteenth of March, 2016"), "a.m." and "p.m." with their points and "hours" after a 24-hour time
as the Math Genius book writes them ("0200 hours", "12:25 a.m."), "½" and "¼" as vulgar-fraction
signs, "1.12" and "21.11" as the assessment bank writes day.month. Where a page lists forms joined
by "or", the first is the gold and each further form a True case; where a conversion is written
"given = answer" (Math Genius, edplace), the gold is the form the exercise or rule asks for and
the pred the given form, which the page states is equal. Readings, each noted in ``why``:
englishclub's table gives one date, 14 March 2016, in six British and six American formats (plus
the point, hyphen and Year-Month-Day variants of its notes); the gold is the British format C "14
March 2016" and every other cell a True case. wpeau's "(or 3rd)" and "(or 22nd)" are expanded
into their own forms ("Friday, July 3rd", "Friday 3rd July", "June 22nd 2007", "22nd June 2007"),
and its bracketed "(May first)" is taken as a further spoken form of May 1. The assessment bank
(arbs.nzcer.org.nz) pages give "Answers/responses" and a "Common error / Likely reason" table: the
answer is the gold, the answer's other listed forms True cases, each common error a False case;
ARBS "Calendar calculations" lists two rows of common errors (a) to e)), the first with the reason
"Includes in the calculation the day that the trip began and the day it ended on." and the second
with a reason cut off in the stored text ("Excludes from t..."); both rows are taken as refused.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.englishclub.com "vocabulary/time-date.php" ("Writing the Date": "A the Fourteenth of March,
  2016 March the Fourteenth, 2016 / B 14th March 2016 March 14th, 2016 / C 14 March 2016 March
  14, 2016 / D 14/3/2016 3/14/2016 / E 14/3/16 3/14/16 / F 14/03/16 03/14/16", "a full stop (.)
  or hyphen (-) instead of a slash (/), for example: 14.3.2016 or 03-14-16", "Year-Month-Day, for
  example: 2016/03/14"). 14 cases.
- www.wpeau.ca "lesson/appendix13.php" ("WRITTEN: May 1 or May 1st or 1 May or 1st May / SPOKEN:
  May the first or the first of May (May first)"; "WRITTEN: Friday, July 3 (or 3rd) or Friday 3
  (or 3rd) July / SPOKEN: Friday, July the third or Friday the third of July (July third)";
  "WRITTEN: June 22 (or 22nd) 2007 or 22 (or 22nd) June 2007 / SPOKEN: June the twenty-second,
  two thousand and seven or the twenty-second of June, two thousand and seven"). 16 cases.

Sources of bench/equiv_fresh91_a2.py:

- www.orangewebsupport.co.in, Math Genius 5 flipbook page 184 ("Converting the 12-hour Clock Time
  to 24-hour Clock Time": "2:00 a.m. = 0200 hours", "12 noon = 1200 hours", "4:30 p.m. = 1630
  hours", "12:30 a.m. = 0030 hours" ...; "0025 hours = 00:25 a.m. and 00:25 a.m. = 12:25 a.m.",
  "0604 hours = 6:04 a.m.", "1328 hours = ... 1:28 p.m.", "3:30 p.m. = 1530 hours", "12:31 a.m. =
  0031 hours"). 15 cases.
- www.edplace.com worksheet 6963 "Time Problems (3)" ("12 months in 1 year", "7 days in 1 week",
  "6 months in ½ year", "3 months in ¼ year", "14 days in 2 weeks (1 fortnight)", "365 days in 1
  year", "366 days in 1 leap year", "3 weeks = 3 × 7 = 21 days", "4½ years = ... = 54 months").
  10 cases.
- arbs.nzcer.org.nz "resources/looking-december" (NZCER Assessment Resource Banks: "c) 15th" with
  the common error 3, 'Interprets "third Wednesday as Wednesday the third"', "e) Saturday" with
  "Monday Monday is the next week-day rather the next day"). 2 cases (2 False).
- arbs.nzcer.org.nz "resources/looking-november" ("d) 21stor 21st of November or 21.11", common
  error "7th November Gives first rather than third Saturday"; "e) Tuesday", common errors "Sunday
  / 1.12 or 1 December / 1 or December", "Gives first day in November or first in the list of
  calendar days", "Gives date not day"). 8 cases (6 False).
- arbs.nzcer.org.nz "resources/calendar-calculations" ("a) 26 b) 5 May c) Monday d) 22 e) 63";
  common errors "25 / 4 May / Sunday / 23 / 64" and "27 / 6 May / Tuesday / 21 / 62"). 10 cases
  (10 False).

75 cases in all (18 False): 30 here (none False), 45 in bench/equiv_fresh91_a2.py (18 False).

Left out, by rule: wpeau's "(July third)", which drops the weekday of "Friday, July 3"; the
answers with one form only (ARBS "a) Friday", "b) 5" Thursdays, "d) January", November's "a)
Thursday" and its calendar circling tasks b) and c), whose answers are marks on a drawn calendar); the noon and midnight refusals of rmg.co.uk ("12 noon is
neither a.m. nor p.m.") and englishwithsirhafidz ("Using "12 A.M." and "12 P.M." is actually
WRONG"), because other pages settle the opposite (bbc.co.uk Bitesize "12.00pm is midday",
studypug "12AM = 00h, 12PM = 12h"), so the verdict is disputed across sources and neither side was
taken; the spoken readings of scribd 520273904 ("19:00 (in this situation) = "seven" ...",
"18:30 ... = "six thirty" or "half-past six" or "half six""), which hold only "in this
situation"; mathproblemsformiddleschoolclassroom's "87 days = 12.43 weeks rounded to the nearest
hundredth" (rounded, not equal).

Examined and not used: williambertrand.fr "telling-the-date" (the englishclub table copied for 5
January 2016), extrabase.blogspot, taraenglish.org and en4-us.blogspot (copies of the same table);
slideplayer 680547 (the slides whose fuller copy is tr.scribd 329264126); kwanghua.edu.my,
tr.scribd 329264126, zoranzikic.in.rs, learnitalian.mondosol.com and oneworldofenglish.com (tables
of written and spoken dates), bbc.co.uk Bitesize z3rk7ty, studypug "reading-24-hour-clock-time",
studylush.blogspot 2013/08, edplace worksheet 11760 and mathproblemsformiddleschoolclassroom 2012/02
(12-hour and 24-hour times, weeks and days): claimed and read, but not taken, to keep the set near
the size asked for -- they repeat the patterns of the sources above; members.policetrainingscotland
(used by bench/equiv_fresh52_a.py); open.edu OpenLearn Create 36351, examsuccess.com.au and
sunshinemaths.com (their time pages used or examined by bench/equiv_fresh64_c.py); interactiveprimer
(examined by bench/equiv_fresh80_b.py); mathforum.org Dr. Math 62674 "Midnight on Which Day?"
(Doctor Rick calls the competition's question "unfairly ambiguous", so its verdict is disputed);
answers.com "Will the year 2100 be a leap year" (its answers disagree); ck12.org elapsed-time
lesson (its worked example is garbled in the stored text: "add 12 hours to 3:00 p.m." followed by
"12:00 + 1:40 = 13:40"); thepanagbengafestival.com ("midday is 12 am and midnight is 12 pm");
gmatclub, beatthegmat and maxthetest calendar questions (multiple-choice letters, or the choices not
stored); docslib 10729172 (clock-matching mark scheme: the answers are drawn lines);
translateen.com and orochinagi.com (their refusals are usage, "It is incorrect to say only "5th of
April"", "x: midnight 20"); geratools, e4tools and yalesafe (tools or a quiz with no settled
answer); shreevatsa.wordpress.com 2008/11 (an odd mirror of multiple-choice items); generated or AI
pages (curioustab, sorumatik, krit.club, 7saudara, atlas.org, edu.com, cdquestions, smartsolve,
questionai, quizgecko, learnlyai, errorhandle.ai, betsofa, greels, webtuts, eatsip365, visualfoodie,
winenfood, jasoncote.co, pixelation.org, cal53.calculator.city and the like).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

EC = "www.englishclub.com"
EC_TD = "https://www.englishclub.com/vocabulary/time-date.php"
WP = "www.wpeau.ca"
WP_A13 = "http://www.wpeau.ca/lesson/appendix13.php"
# sources of bench/equiv_fresh91_a2.py
OWS = "www.orangewebsupport.co.in"
OWS_MG5 = (
    "https://www.orangewebsupport.co.in/assets/files/flipbooks/Math_Genius_V1.0/"
    "Math_Genius_V1.0_C5_Flipbook.zip:/tmp/tarfile_extract_ehz2x1ma/Math_Genius_V1.0_C5_Flipbook/"
    "files/basic-html/page184.html"
)
EDP = "www.edplace.com"
EDP_TP3 = (
    "https://www.edplace.com/worksheet_info/11+/keystage2/year3/topic/1175/6963/time-problems-3"
)
ARB = "arbs.nzcer.org.nz"
ARB_DEC = "https://arbs.nzcer.org.nz/resources/looking-december"
ARB_NOV = "https://arbs.nzcer.org.nz/resources/looking-november"
ARB_CC = "https://arbs.nzcer.org.nz/resources/calendar-calculations"

CASES = [
    # englishclub time-date: one date in the British and American formats of its table
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"the Fourteenth of March, 2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row A, British column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"March the Fourteenth, 2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row A, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"14th March 2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row B, British column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"March 14th, 2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row B, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"March 14, 2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row C, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"14/3/2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row D, British column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"3/14/2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row D, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"14/3/16",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row E, British column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"3/14/16",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row E, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"14/03/16",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row F, British column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"03/14/16",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: row F, American column",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"14.3.2016",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: 'may use a full stop (.) ... for example: 14.3.2016'",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"03-14-16",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: '... or hyphen (-) instead of a slash (/), for example: ... 03-14-16'",
    ),
    _c(
        EC,
        EC_TD,
        gold=r"14 March 2016",
        pred=r"2016/03/14",
        wrap=True,
        expected=True,
        why="'The following table shows some typical formats' for 14 March 2016: 'the order Year-Month-Day, for example: 2016/03/14'",
    ),
    # wpeau appendix 13: written and spoken forms of three dates
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"May 1st",
        wrap=True,
        expected=True,
        why="'WRITTEN: May 1 or May 1st or 1 May or 1st May'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"1 May",
        wrap=True,
        expected=True,
        why="'WRITTEN: May 1 or May 1st or 1 May or 1st May'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"1st May",
        wrap=True,
        expected=True,
        why="'WRITTEN: May 1 or May 1st or 1 May or 1st May'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"May the first",
        wrap=True,
        expected=True,
        why="'SPOKEN: May the first or the first of May (May first)'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"the first of May",
        wrap=True,
        expected=True,
        why="'SPOKEN: May the first or the first of May (May first)'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"May 1",
        pred=r"May first",
        wrap=True,
        expected=True,
        why="'SPOKEN: May the first or the first of May (May first)'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"Friday, July 3",
        pred=r"Friday, July 3rd",
        wrap=True,
        expected=True,
        why="'WRITTEN: Friday, July 3 (or 3rd) or Friday 3 (or 3rd) July'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"Friday, July 3",
        pred=r"Friday 3 July",
        wrap=True,
        expected=True,
        why="'WRITTEN: Friday, July 3 (or 3rd) or Friday 3 (or 3rd) July'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"Friday, July 3",
        pred=r"Friday 3rd July",
        wrap=True,
        expected=True,
        why="'WRITTEN: Friday, July 3 (or 3rd) or Friday 3 (or 3rd) July'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"Friday, July 3",
        pred=r"Friday, July the third",
        wrap=True,
        expected=True,
        why="'SPOKEN: Friday, July the third or Friday the third of July'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"Friday, July 3",
        pred=r"Friday the third of July",
        wrap=True,
        expected=True,
        why="'SPOKEN: Friday, July the third or Friday the third of July'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"June 22 2007",
        pred=r"June 22nd 2007",
        wrap=True,
        expected=True,
        why="'WRITTEN: June 22 (or 22nd) 2007 or 22 (or 22nd) June 2007'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"June 22 2007",
        pred=r"22 June 2007",
        wrap=True,
        expected=True,
        why="'WRITTEN: June 22 (or 22nd) 2007 or 22 (or 22nd) June 2007'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"June 22 2007",
        pred=r"22nd June 2007",
        wrap=True,
        expected=True,
        why="'WRITTEN: June 22 (or 22nd) 2007 or 22 (or 22nd) June 2007'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"June 22 2007",
        pred=r"June the twenty-second, two thousand and seven",
        wrap=True,
        expected=True,
        why="'SPOKEN: June the twenty-second, two thousand and seven or ...'",
    ),
    _c(
        WP,
        WP_A13,
        gold=r"June 22 2007",
        pred=r"the twenty-second of June, two thousand and seven",
        wrap=True,
        expected=True,
        why="'SPOKEN: ... or the twenty-second of June, two thousand and seven'",
    ),
]

r"""A forty-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": public
question-and-answer threads, instructor feedback and answer keys in physics, chemistry and
finance homework where a student's numeric or symbolic answer, with units, significant figures
or scientific notation, is set beside the book's, the key's or the teacher's answer and a
person settles whether the two are the same).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; none of the pages was used by an earlier set (checked against bench/data/README.md,
bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py, bench/data/equiv_fresh4.md,
/work/wt/fresh44_claims, /work/wt/fresh45_claims and /work/wt/fresh46_claims; every page was
claimed in /work/wt/fresh46_claims before use). Each case gives the reference answer (``gold``:
the book's, key's, mark scheme's or instructor's answer), the prediction (``pred``: the student's
answer, a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) that a person on the page settled, with no one on the page contradicting it.
``repo`` is the domain the stored copy came from and ``where`` is the full URL. There is no
commit; every source is a web page with no licence file. Do not tune the judge on these cases.

Transcription: answers are copied as the stored page shows them, units and spacing included.
Liberties, each noted in ``why``: a leading "t =" is dropped on both sides; on the VHCC
assignment pages the student's word processor capitalised the first letter of some answers
("Ab/b^2", "Ms/s"), and these are written with the lower-case letter the problem uses (the
instructor reads them so); where the instructor states only that the student's answer is not
the value of the posed expression ("12 / (2/3) is not 8"), the posed expression is the gold.

Verdict conventions: where the page settles that the key is wrong and the student right (or that
the two values differ, as in an errata list), the two answers differ in value and the case is
``expected=False``. Where a key or mark scheme refuses a form for its significant figures (the
chemistry worksheet's "242. mL (not 242.0 mL)") the case follows the key (False). Where the
instructor calls an unsimplified answer right but says it reduces to the reference ("Right, but
this then reduces to a / b"), the case is True.

Sources (domain, URL, what is settled, licence):

- physicsforums.com threads 694681 (book t = 8.8 vs student 8.81 s; mentor: 8.81 s looks
  better, the book did not treat significant figures religiously, "You haven't missed anything")
  and 53365 (answer given 1.96H vs student .006818H; reply: the book is wrong, your working looks
  fine). Web pages, no licence file.
- www.jiskha.com question 1293297 (mass of NH3: student 12.2 g; tutor: 12.3 g, the 12.2 comes
  from rounding 900/760 too early). Web page, no licence file.
- lavelle.chem.ucla.edu forum topic 55351 (pH: student 4.74 vs answer 2.72; reply works out
  2.72). Web page, no licence file.
- www.scribd.com document 57830026 (OCR physics mark scheme June 2010, notes: "66.3 (N) or 66
  (N)" both credited). Web page, no licence file.
- rainy.clevelandohioweatherforecast.com (proxy copy of scribd document 651196435, chemistry
  "Worksheet Chapter 1 ANSWERS"; question 6 key "242. mL (not 242.0 mL)"). Web page, no
  licence file.
- www.analystforum.com threads 21967 (price elasticity: book 0.38 vs student -0.38; reply:
  price elasticity of demand is sign neutral), 52356 (curriculum 0.00081 vs student 0.000454;
  replies: "I got 0.00081 Try again", rounding) and 12957 (mock-exam duration 1.89; replies
  "1.8922 Looks right to me"; the student's 1.54 came from a slip he then found). Web pages, no
  licence file.
- www.comfsm.fm ~dleeling/physci/ps73/t01a.html (physical-science test key with notes: #6 key
  86.8, "87 m/s would also be a fine answer"; #7 key 1.01 s, "If your answer was 1.02 then you
  forgot to take the square root"). Web page, no licence file.
- vhcc2.vhcc.edu (four student submissions of the "Fractions and Units" assignment of
  D. Smith's physics courses, with the instructor's inserted "@& ... *@" comments: 08-31-2011
  Assignment_2 (PHY 201), 08-29-2011 (phy 121), 08-31-2011 Fractions (Phy 241), 09-01-2011 Units
  (Phy 201)). Web pages, no licence file.
- www.business.illinois.edu fin300 2006addendum14 (textbook errata for a duration chapter:
  "should read 2.272 not 2.273", "24.223 not 24.233", "0.077737 not 0.0787737", "0.046361
  rather than 0.044648"). Web page, no licence file.
- www.public.asu.edu ~gbadams/spr01/121even.html (instructor's homework answers: "tan(theta/2)
  or sin(theta)/(1+cos(theta))"; "6.228 rad may instead be written as -0.056 rad"). Web page, no
  licence file.
- Errata lists, each "printed X should be Y": drsusanlea.com book/smerrata.html (errata in the
  solutions manual), uscibooks.aip.org (Taylor, Classical Mechanics student solutions manual),
  ruina.tam.cornell.edu Book/Errors.html ("Answer in back should be 10N (not 1000N)"),
  studylib.net doc 14938723 (updates for Knight, Physics for Scientists and Engineers 1e),
  portlandphysics.me phy121 ("Correction to answers in back of 3rd edition of Knight's text").
  Web pages, no licence file.

Left out, by rule: on the VHCC pages, answers the instructor did not comment on (no stated
verdict); comments whose reference is not legible ("this reduces to lower terms" with no value;
"simplifies to just m / 2", a typo for m / s); comments that are about form only ("a fraction is
expressed in the form integer / integer", "This isn't a simple fraction"); one comment whose
stated value is itself wrong ("(5/9) / (3/4)": "The correct result is 15 / 12"); typed answers
whose flat precedence makes the student's expression ambiguous ("Kg*m*s/s^2*m",
"5*m*km/1000 m"); the pound/newton item ("around 50 Newtons", no exact reference). On the
chemistry worksheet, items whose exponents were flattened in the stored copy ("2.5x103 g",
"2.50x10–2 L") and items with no stated refusal. In the errata lists: entries that change words,
figures, problem statements or formulas rather than a value, entries whose printed value is not
quoted ("Answer should be 330 N"), and entries whose exponents or superscripts were flattened in
the stored copy ("103 should be 102", "1018 cm should be 1012 m", "m/s2"). On the ASU answer
list, the two phases 1.63 rad and 6.228 rad (both accepted because the data cannot decide, but
not equal) and "-38 mm or +38 mm". Multiple-choice letters are never compared.

Examined and not used: physicsforums.com 148424 (claimed; one reply says the student is right
and the book wrong, a later one that any answer close enough is correct: split verdict);
physicsforums.com 398632 (claimed; 0.098 vs the sheet's 0.10, no settled verdict);
vhcc2.vhcc.edu 08-31-2011 Fractions_and_Units (claimed; the only comment is cut off in the stored
copy); analystnotes.com "rounding error" (5.63 vs 4.95, reply only suggests the errata);
physicsforums.com 564065, 265945, 426384, 212652, 147498, 343135 and physics.stackexchange.com
6192 (the stored copy holds only the question, no reply); physicsforums.com 376779 (replies
call 38.1 N correct, the asker then reports the checker marked it wrong: contradicted);
www.analystforum.com 80375 (no reply stored); www.wyzant.com 863650 (student's value not shown);
www.rdoman.com errata and physics.ucsd.edu Physics 2D fall 2000 (printed values not quoted);
ru.scribd.com University Physics 11e errata (formulas flattened); physics.princeton.edu
"Mistakes in Instant Physics" (statements in the text, not answers); www.uiowa.edu physical
chemistry TA help page (the TA's own answers beside the book's, verdicts only implied);
sites.google.com Frisco ISD calculator-contest directions (example forms, not pairs, exponents
flattened); opentuition.com df-formula (no values); physicsforums.com 308187 (no reply stored).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

PF = "physicsforums.com"

PF_694681 = "https://www.physicsforums.com/threads/why-only-2-sig-fig.694681/"

PF_53365 = "https://www.physicsforums.com/threads/mutual-inductance-of-the-cylinder-coils.53365/"

JISKHA = "www.jiskha.com"

JISKHA_1293297 = (
    "https://www.jiskha.com/questions/1293297/calculate-the-mass-of-15-0-l-of-nh3-at-27-"
    "degrees-c-and-900-mmhg-mass-of-nh3-12-2-g"
)

LAVELLE = "lavelle.chem.ucla.edu"

LAVELLE_55351 = "https://lavelle.chem.ucla.edu/forum/viewtopic.php?f=63&t=55351"

SCRIBD = "www.scribd.com"

OCR_MS = "http://www.scribd.com/doc/57830026/June-2010-MS"

PROXY = "rainy.clevelandohioweatherforecast.com"

CHEM_WS = (
    "https://rainy.clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2F"
    "www.scribd.com%2Fdocument%2F651196435%2FWorksheet-Chapter-1-ANSWERS"
)

AF = "www.analystforum.com"

AF_21967 = "https://www.analystforum.com/t/cfai-text-economics-reading-13-question-7/21967"

AF_52356 = "https://www.analystforum.com/t/possible-errata/52356"

AF_12957 = "https://www.analystforum.com/t/tell-me-cfai-isnt-posting-incorrect-answers/12957"

COMFSM = "www.comfsm.fm"

COMFSM_T01A = "http://www.comfsm.fm/~dleeling/physci/ps73/t01a.html"

VHCC = "vhcc2.vhcc.edu"

_VHCC = "https://vhcc2.vhcc.edu/dsmith/genInfo/labrynth_created_fall_05/"

VHCC_A2 = _VHCC + "levl1_19/levl2_94/08-31-2011_____Assignment_2.htm"

VHCC_0829 = _VHCC + "levl1_15/levl2_37/08-29-2011_____.htm"

VHCC_FRAC = (
    "https://vhcc2.vhcc.edu/dsmith/geninfo/labrynth_created_fall_05/"
    "levl1_17/levl2_57/08-31-2011_____Fractions.htm"
)

VHCC_UNITS = _VHCC + "levl1_23/levl2_89/09-01-2011_____Units.htm"

UIUC = "www.business.illinois.edu"

UIUC_ERRATA = "http://www.business.illinois.edu/broker/fin300/2006addendum14.asp"

SL = "drsusanlea.com"

SL_ERRATA = "https://drsusanlea.com/book/smerrata.html"

ASU = "www.public.asu.edu"

ASU_121 = "http://www.public.asu.edu/~gbadams/spr01/121even.html"

USCI = "uscibooks.aip.org"

USCI_TAYLOR = "https://uscibooks.aip.org/classical-mechanics-student-solutions-manual-errata/"

RUINA = "ruina.tam.cornell.edu"

RUINA_ERR = "http://ruina.tam.cornell.edu/Book/Errors.html"

STUDYLIB = "studylib.net"

KNIGHT_UPD = "https://studylib.net/doc/14938723/physics-for-scientists-and-engineers-12-1-05"

PORTLAND = "portlandphysics.me"

PORTLAND_121 = "http://portlandphysics.me/phy121/index.html"

CASES = [
    # Physics Forums: book vs student, settled by a mentor or helper.
    _c(
        PF,
        PF_694681,
        gold=r"8.8",
        pred=r"8.81s",
        wrap=True,
        expected=True,
        why="book t = 8.8 vs student t = 8.81s ('t =' dropped); mentor: 8.81s looks better, the "
        "book rounded to 2 sig figs, 'You haven't missed anything'",
    ),
    _c(
        PF,
        PF_53365,
        gold=r"1.96H",
        pred=r".006818H",
        wrap=True,
        expected=False,
        why="answer given 1.96H vs student .006818H; reply: 'I assume the book's wrong, your "
        "working looks fine to me' (values differ)",
    ),
    # Jiskha: tutor's 12.3 g vs the student's 12.2 g.
    _c(
        JISKHA,
        JISKHA_1293297,
        gold=r"12.3 g",
        pred=r"12.2 g",
        wrap=True,
        expected=False,
        why="tutor: calculator reads 12.267, rounds to 12.3 g; the student's 12.2 g comes from "
        "rounding 900/760 to 1.18 too early",
    ),
    # UCLA chemistry forum: answer 2.72 vs the student's 4.74.
    _c(
        LAVELLE,
        LAVELLE_55351,
        gold=r"2.72",
        pred=r"4.74",
        wrap=True,
        expected=False,
        why="pH of 0.20 M acetic acid: answer 2.72, student took -log Ka = 4.74; reply works out "
        "2.72",
    ),
    # OCR mark scheme notes: both forms credited.
    _c(
        SCRIBD,
        OCR_MS,
        gold=r"66.3 N",
        pred=r"66 N",
        wrap=True,
        expected=True,
        why="mark scheme example '66.3 (N) or 66 (N)' (the brackets mark the unit as not "
        "essential; written with the unit on both sides)",
    ),
    # Chemistry worksheet key: significant-figure refusal.
    _c(
        PROXY,
        CHEM_WS,
        gold=r"242 mL",
        pred=r"242.0 mL",
        wrap=True,
        expected=False,
        why="question 6 (2.50 dL - 8.0 mL): key A '242 mL', working '242. mL (not 242.0 mL)', "
        "option E 242.0 mL refused for its significant figures",
    ),
    # AnalystForum (CFA): finance and economics answers.
    _c(
        AF,
        AF_21967,
        gold=r"0.38",
        pred=r"-0.38",
        wrap=True,
        expected=True,
        why="price elasticity of demand: book 0.38 vs student -0.38; reply: price elasticity "
        "of demand is sign neutral",
    ),
    _c(
        AF,
        AF_52356,
        gold=r"0.00081",
        pred=r"0.000454",
        wrap=True,
        expected=False,
        why="curriculum answer 0.00081 vs student 0.000454; replies: 'I got 0.00081 Try "
        "again', 'I got the 0.00081'",
    ),
    _c(
        AF,
        AF_12957,
        gold=r"1.89",
        pred=r"1.8922",
        wrap=True,
        expected=True,
        why="mock-exam duration 1.89; reply computes '1.8922 Looks right to me'",
    ),
    _c(
        AF,
        AF_12957,
        gold=r"1.89",
        pred=r"1.54",
        wrap=True,
        expected=False,
        why="mock-exam duration 1.89 vs student 1.54; replies confirm 1.89, the student then "
        "finds he used .4 for .04",
    ),
    # College of Micronesia physical-science test key with notes.
    _c(
        COMFSM,
        COMFSM_T01A,
        gold=r"86.8 m/s",
        pred=r"87 m/s",
        wrap=True,
        expected=True,
        why="#6 key 86.8 (units column m/s); note: '87 m/s would also be a fine answer'",
    ),
    _c(
        COMFSM,
        COMFSM_T01A,
        gold=r"1.01 s",
        pred=r"1.02",
        wrap=True,
        expected=False,
        why="#7 key 1.01 s; note: 'If your answer was 1.02 then you forgot to take the square "
        "root'",
    ),
    # VHCC "Fractions and Units" submissions with the instructor's @& comments.
    _c(
        VHCC,
        VHCC_A2,
        gold=r"18",
        pred=r"1/18",
        wrap=True,
        expected=False,
        why="12 / (2/3): instructor 'This is 18, not 1/18.'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"a * (c / b)",
        pred=r"b/ac",
        wrap=True,
        expected=False,
        why="a / (b / c): instructor 'This is a * (c / b), not 1/a * (b/c).'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"a / b",
        pred=r"ab/b^2",
        wrap=True,
        expected=True,
        why="(a / b^2) * b: student typed 'Ab/b^2' (capital A from the word processor); "
        "instructor 'RIght, but this then reduces to a / b.'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"m",
        pred=r"ms/s",
        wrap=True,
        expected=True,
        why="(m / s) * s: student typed 'Ms/s'; instructor: s divides out, 'this simplifies to "
        "just m'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"2480 cm",
        pred=r"80 ft * 31 cm",
        wrap=True,
        expected=False,
        why="80 ft * (31 cm / ft): instructor 'ft divide out. You get 2480 cm.'",
    ),
    _c(
        VHCC,
        VHCC_A2,
        gold=r"2000 cents",
        pred=r"20 dollars * 100 cents",
        wrap=True,
        expected=False,
        why="20 dollars * (100 cents / dollar): instructor 'dollars divide out, leaving you just "
        "2000 cents.'",
    ),
    _c(
        VHCC,
        VHCC_0829,
        gold=r"4/3",
        pred=r"(12/9)",
        wrap=True,
        expected=True,
        why="(4 / 3^2) * 3: instructor 'Good, but note that this reduces to 4/3.'",
    ),
    _c(
        VHCC,
        VHCC_FRAC,
        gold=r"12 / (2/3)",
        pred=r"8",
        wrap=True,
        expected=False,
        why="instructor '12 * (2/3) = 8, but 12 / (2/3) is not 8.' (posed expression as gold)",
    ),
    _c(
        VHCC,
        VHCC_FRAC,
        gold=r"a d / (b c)",
        pred=r"ab/bc",
        wrap=True,
        expected=False,
        why="(a/b) / (c/d): instructor 'Should be a d / (b c), not ab / (b c).'",
    ),
    _c(
        VHCC,
        VHCC_UNITS,
        gold=r"(a/b) / (c/d)",
        pred=r"ac/bd",
        wrap=True,
        expected=False,
        why="instructor 'ac/(bd) would be the result for (a/b) * (c/d). This question is "
        "(a/b) / (c/d).' (posed expression as gold)",
    ),
    _c(
        VHCC,
        VHCC_UNITS,
        gold=r"a / b",
        pred=r"ab/b^2",
        wrap=True,
        expected=True,
        why="(a / b^2) * b: instructor 'b / b^2 = 1 / b, so this simplifies to a / b.'",
    ),
    _c(
        VHCC,
        VHCC_UNITS,
        gold=r"m / s",
        pred=r"ms/s^2",
        wrap=True,
        expected=True,
        why="(m/s^2) * s: instructor 'This simplifies further, to m / s.'",
    ),
    # Finance textbook errata: printed value vs corrected value.
    _c(
        UIUC,
        UIUC_ERRATA,
        gold=r"2.272",
        pred=r"2.273",
        wrap=True,
        expected=False,
        why="p. 219: duration of the 9% bond 'should read 2.272 not 2.273'",
    ),
    _c(
        UIUC,
        UIUC_ERRATA,
        gold=r"24.223",
        pred=r"24.233",
        wrap=True,
        expected=False,
        why="p. 222: convexity of the five-year 9% bond 'is 24.223 not 24.233'",
    ),
    _c(
        UIUC,
        UIUC_ERRATA,
        gold=r"0.077737",
        pred=r"0.0787737",
        wrap=True,
        expected=False,
        why="p. 222: 'The % of investment ... in 1 year is 0.077737 not 0.0787737'",
    ),
    _c(
        UIUC,
        UIUC_ERRATA,
        gold=r"0.046361",
        pred=r"0.044648",
        wrap=True,
        expected=False,
        why="p. 227: duration of the first coupon 'should be 0.046361 rather than 0.044648'",
    ),
    # Instructor's answer list giving two forms of one answer.
    _c(
        ASU,
        ASU_121,
        gold=r"tan(theta/2)",
        pred=r"sin(theta)/(1+cos(theta))",
        wrap=True,
        expected=True,
        why="chapter 11 #47: answer 'tan(theta/2) or sin(theta)/(1+cos(theta))'",
    ),
]

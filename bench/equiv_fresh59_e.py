r"""A fifty-ninth fresh set of answer-equivalence cases (evaluation only; helper "e": primary and
middle-school answers written in more than one form -- division with a remainder ("20R10", "7 ½",
"7.5", "7R3"), the quotient-and-remainder that a word problem does not take as its answer, counted
nouns ("8 (sweets)"), large numbers in figures, with commas or spaces, and in words ("twelve
hundred", "one thousand two hundred"), fractions simplified or not, a percentage sign, ordinals in
figures and in words ("2^{nd}", "second") -- where an answer key, a teacher's mark scheme, a
teacher's slide or lesson page, or a parent's account of a checker settles which forms are the same
answer and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against /work/wt/fresh57_claims/claims.txt and
/work/wt/fresh58_claims/claims.txt; each page was claimed in /work/wt/fresh59_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another form
the page gives as the same answer, or a form the page refuses; always a bare answer to be put in
``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on the page, with no
one on the page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full
URL. There is no commit; every source is a web page with no licence file. Only the text the search
tool returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh59_e2.py and bench/equiv_fresh59_e3.py (same rules; their sources are listed here).

Transcription: strings are copied as the stored page shows them -- capitals, hyphens, "and",
spaces in "2 / 3" and "1 4 / 12" (slideplayer), "7 ½" and "1 ¾" with the vulgar-fraction sign,
"20R10" without spaces, "41 r 6" with them, the superscripts of schoolmathbd as the stored text has
them ("2^{nd}"). Where a key lists forms joined by "or" or by commas, the first is the gold and each
further form a True case. Where a page states "number is words" or "write X in words / figures:
Answer: Y" (wtmaths, eslcafe, foxymath, wikiotics), the gold is the figures (or, for a "write in
words" exercise, the words the answer gives) and the pred the other form. Readings, each noted in
``why``: seesaw's "375 / 9 = 41 r 6 so need 42 as answer" makes "41 r 6" a refused form of the
answer 42 (and likewise "30 r 5" for 30, "21 r 1" for 1); slideplayer's "why is ... wrong / right"
slides make the wrong form a False case, and where a digit of a slide was lost by the text
conversion the form the slide spells in words is used ("twelve fourteenths", "three sevenths",
"two and three tenths"; the golds "8 / 21", "9 / 10" are printed, "three and nine tenths" is the
slide's wording); a key's rule about a form ("Must be written in words", "Must be in numerals",
"Also accept answer in words", "Do not accept answers with the percentage symbol") is applied to
the answer it stands beside, the pred being that answer in the named form ("819", "2", "twelve",
"eight hundred and twenty", "450%"); zanotowane 1142/5355's "8 (sweets)" is read as the mark-scheme
convention of an optional bracketed word (gold "8", pred "8 sweets"). The False cases of forms the
key refuses although the value is the same ("819" where words are required, "2", "twelve", "450%",
"1 6/8" where the checker required a simplified answer, "4 / 6" where lowest terms were asked for,
"twenty hundred") are kept: refusing a form is part of this helper's topic.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- anyflip.com "btiu/qfyr/basic/201-229" (Sarah Kiersh's answer keys; "ANSWER KEY – Line Plots":
  "3. 20 10/13 or 20R10", "6. 7 ½, 7.5, 7R3"). 3 cases.
- quizlet.com 16680544 "Division Number Stories" (interpreting remainders: "report it as a fraction
  or decimal / c= $6.20 or 6 and 1/5"). 1 case.
- app.seesaw.me activity az60oa "Dealing with remainders in division" (the teacher's answers:
  "375 / 9 = 41 r 6 so need 42 as answer (Round Up)", "215 / 7 = 30 r 5 so answer = 30 (Ignore
  remainder)", "127 / 6 = 21 r 1 so answer = 1 (Use remainder as answer)"). 3 cases (3 False).
- nicolethemathlady.com "Improper Fractions and Kitchen Counters" (a parent's account: the checker
  refused "1 6/8" for "simplify 14/8" and accepted "1 ¾"). 1 case (1 False).
- slideplayer.com 691945 (D. Fisher's fraction slides: "Reduce the fraction 8 / 12 to lowest terms.
  1 4 / 12 b. Why is one and four twelfths wrong? 4 / 6 c. Why is four sixths wrong? 2 / 3 d. Why is
  two thirds correct?", and the like for products, improper fractions and sums). 9 cases (8 False).
- scribd.com 464612138 "Arithmetic Paper 2 - Mark Scheme" (Q21 "30% of 1,500 450 ... Do not accept
  answers with the percentage symbol."). 1 case (1 False).
- zanotowane.pl 1140/8623 (a teacher's mark scheme, Q2: "Eight hundred and nineteen ... Must be
  written in words", "820 ... Also accept answer in words"). 2 cases (1 False).
- zanotowane.pl 1142/5355 (a teacher's Year 1 mark scheme: "Q1 8 (sweets)", "Q5 Two ... Must be in
  words", "12 ... Must be in numerals"). 3 cases (2 False).
- www.schoolmathbd.com "2022/03/grade-1-math-ordinal-numbers.html" (answer table of Q3, each
  ordinal as "2^{nd}" over "second"; Q5 "4^{th} – forth [Correct: 4^{th} fourth]"). 9 cases
  (1 False).
- documents.pub "chapter-1-lesson-11-1-hundred-thousands-..." (mrsbibb.weebly.com extra practice
  answers, Lesson 1.1: "a. three hundred fifty-six thousand, four hundred one b. 356,401", "a. six
  million, two hundred four thousand, three hundred thirteen b. 6,204,313"). 2 cases.
- wikiotics.org "en/Number_explain/" ("225 can be written 'Two hundred and twenty-five' or 'Two
  hundred twenty-five'. Both forms are acceptable."; "1100 - Eleven hundred or One thousand one
  hundred" ... "1900 - ..."; "2000 - Two thousand NOT twenty hundred"; "2100 - Twenty-one hundred
  or ..."). 15 cases (1 False).
- www.eslcafe.com "grammar/saying_large_numbers02.html" (Dennis Oliver's "Saying Large Numbers
  (#2)": "1,100 eleven hundred" ..., "but 6,500 = sixty-five hundred (or six thousand five
  hundred)", "1,000 = one / a thousand", "2,125 ---> twenty-one hundred twenty-five"). 20 cases.
- www.foxymath.com "WnCa04.aspx" (3,156 and 7,062 in American and British wording; "1 000 and
  3 156" with a space for the comma). 5 cases.
- wtmaths.com "writing_number.html" ("45,895 (with a comma) or 45 895 (with a space)", "362 is three
  hundred and sixty two" ..., "Write 3067 in words. Answer: Three thousand and sixty seven", "Write
  twelve thousand four hundred and eighteen as figures. Answer: 12 418"). 9 cases.

83 cases in all (18 False): 30 here (16 False), 25 in bench/equiv_fresh59_e2.py (2 False),
28 in bench/equiv_fresh59_e3.py (0 False).

Left out, by rule: forms lost or stacked by the text conversion (slideplayer's "1/51/5", "3/73/7"
and the lost numerators of "/ 14", "/ / 21" and "2 3 / / 10", taken only through the slide's words;
its Q4 "ten twenty- firsts", whose digits are lost; seesaw's "7 r 4/8 = 1/2 so 7 1/2 pizzas", which
runs two forms together; zanotowane 1130/7661 and 1166/3234, whose fractions are stacked digit
lines); the "One thousand N hundred" (or "Two thousand one hundred") alternatives of wikiotics 1100,
1300-1900 and 2100, which repeat the pattern of its 1200 row (kept); leniency about children's spelling or writing
rather than about the answer (zanotowane 1203/5435: "Allow any clear phonetic attempt at writing
thirty seven", "Allow any clear incorrect way of writing 120 such as 10020/1020"); nicolethemathlady's
"1 4/6" for 10/6 (only questioned by the parent, never sent to the checker); wtmaths's "56 785 ...
fifty six thousand, seven hundred and eight five" (a misprint); forms not printed on the page
(zanotowane 1172/1163 and 1134/1987 Q1 "Written in words or numerals", the numerals not being
printed; scribd 464612138's "Accept equivalent fractions", no fraction being printed).

Examined and not used: zanotowane.pl 1172/1163 (used by bench/equiv_fresh52_a.py) and 1134/1987
(the same Year 5 and 6 mark scheme); zanotowane.pl 1144/3400 (examined by earlier sets); scribd
721258577 Year 8 Spring mark scheme (used by bench/equiv_fresh44_b.py); paperzz 7017001 (KS2 money
mark scheme, used before); mathnasium Livermore pages (used by bench/equiv_fresh47_b.py); KS2
mark-scheme booklets on scribd, studylib, pdfcoffee, vdocuments, edufileshare and 1library (only
their general guidance was stored); corbettmaths words/figures answers (single forms but for
"seven tenths (or zero point seven)", left with the rest); mathinfocusanswerkey.com (its own answers
contradict the textbook); help.bigideasmath.com and Pearson MyLab help (rules without a worked
answer); jeopardylabs, formsbank 209276 (answer column scrambled), goformative, nagwa worksheets,
mytestbook, kwiznet, geniebook (multiple-choice or single forms); vanguarded.com (a rule that
answers need labels, with no answer); khanacademy, classready-printables, mathwe, effortlessmath,
jukebox.esc13.net (no printed answer in the stored text); generated or AI pages (askvity.info,
codinginacoffeeshop, calculator.city, quizgecko, gauthmath, qammunity, numbertowordsconverter,
brighterly, writeswest, sunflowerquotes, londonchinatown.org and the like).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ANY = "anyflip.com"
ANY_LP = "https://anyflip.com/btiu/qfyr/basic/201-229"
QZ = "quizlet.com"
QZ_DIV = "https://quizlet.com/16680544/division-number-stories-flash-cards/"
SEE = "app.seesaw.me"
SEE_REM = "https://app.seesaw.me/activities/az60oa/dealing-with-remainders-in-division"
NIC = "nicolethemathlady.com"
NIC_IMP = "https://nicolethemathlady.com/announcements/improper-fractions-and-kitchen-counters-a-real-life-math-story/"
SLP = "slideplayer.com"
SLP_FR = "http://slideplayer.com/slide/691945/"
SCR = "scribd.com"
SCR_AP2 = "https://scribd.com/document/464612138/Arithmetic-Paper-2-Mark-Scheme"
ZAN = "zanotowane.pl"
ZAN_8623 = "https://zanotowane.pl/1140/8623"
ZAN_5355 = "https://zanotowane.pl/1142/5355"
SMB = "www.schoolmathbd.com"
SMB_ORD = "https://www.schoolmathbd.com/2022/03/grade-1-math-ordinal-numbers.html"
DOC = "documents.pub"
DOC_EP = "https://documents.pub/document/chapter-1-lesson-11-1-hundred-thousands-ten-thousands-thousands-hundreds-tens.html"
WIK = "wikiotics.org"
WIK_NUM = "https://wikiotics.org/en/Number_explain/"
ESL = "www.eslcafe.com"
ESL_LN2 = "http://www.eslcafe.com/grammar/saying_large_numbers02.html"
FOX = "www.foxymath.com"
FOX_WN = "http://www.foxymath.com/WnCa04.aspx"
WTM = "wtmaths.com"
WTM_WN = "https://wtmaths.com/writing_number.html"

CASES = [
    # anyflip btiu/qfyr (Sarah Kiersh answer key, Line Plots): one answer written in several forms
    _c(
        ANY,
        ANY_LP,
        gold=r"20 10/13",
        pred=r"20R10",
        wrap=True,
        expected=True,
        why=r"'3. 20 10/13 or 20R10'",
    ),
    _c(
        ANY,
        ANY_LP,
        gold=r"7 ½",
        pred=r"7.5",
        wrap=True,
        expected=True,
        why=r"'6. 7 ½, 7.5, 7R3' (three forms of one answer)",
    ),
    _c(
        ANY,
        ANY_LP,
        gold=r"7 ½",
        pred=r"7R3",
        wrap=True,
        expected=True,
        why=r"'6. 7 ½, 7.5, 7R3' (three forms of one answer)",
    ),
    # quizlet 16680544 (Division Number Stories): remainder reported as a decimal or a fraction
    _c(
        QZ,
        QZ_DIV,
        gold=r"$6.20",
        pred=r"6 and 1/5",
        wrap=True,
        expected=True,
        why=r"'report it as a fraction or decimal / c= $6.20 or 6 and 1/5'",
    ),
    # seesaw az60oa (interpreting remainders): the quotient with remainder is not the answer
    _c(
        SEE,
        SEE_REM,
        gold=r"42",
        pred=r"41 r 6",
        wrap=True,
        expected=False,
        why=r"'375 / 9 = 41 r 6 so need 42 as answer (Round Up)'",
    ),
    _c(
        SEE,
        SEE_REM,
        gold=r"30",
        pred=r"30 r 5",
        wrap=True,
        expected=False,
        why=r"'215 / 7 = 30 r 5 so answer = 30 (Ignore remainder)'",
    ),
    _c(
        SEE,
        SEE_REM,
        gold=r"1",
        pred=r"21 r 1",
        wrap=True,
        expected=False,
        why=r"'127 / 6 = 21 r 1 so answer = 1 (Use remainder as answer)'",
    ),
    # nicolethemathlady (Mastery Bank 'simplify 14/8'): the unsimplified mixed number is refused
    _c(
        NIC,
        NIC_IMP,
        gold=r"1 ¾",
        pred=r"1 6/8",
        wrap=True,
        expected=False,
        why='\'He enters "1 6/8" ... gets the "nope, you didn\'t get that right" whistle\' ... \'enters "1 ¾" ... This time, he gets the bing!\'',
    ),
    # slideplayer 691945 (D. Fisher's 'why is it wrong / why is it right' fraction slides)
    _c(
        SLP,
        SLP_FR,
        gold=r"one fourth",
        pred=r"one fifth",
        wrap=True,
        expected=False,
        why=r"'b. Why is one fifth wrong?' ... 'c. Why is one fourth right?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"2 / 3",
        pred=r"1 4 / 12",
        wrap=True,
        expected=False,
        why=r"'Reduce the fraction 8 / 12 to lowest terms. 1 4 / 12 b. Why is one and four twelfths wrong?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"2 / 3",
        pred=r"4 / 6",
        wrap=True,
        expected=False,
        why=r"'Reduce ... 8/12 to lowest terms.' '4 / 6 c. Why is four sixths wrong?' '2 / 3 d. Why is two thirds correct?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"2 / 3",
        pred=r"two thirds",
        wrap=True,
        expected=True,
        why=r"'2 / 3 d. Why is two thirds correct?' (the slide reads its answer in words)",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"8 / 21",
        pred=r"twelve fourteenths",
        wrap=True,
        expected=False,
        why=r"'Multiply 2 / 3 by 4 / 7' ... 'Why is twelve fourteenths wrong?' '8 / 21 c. Why is eight twenty-firsts right?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"22 / 5",
        pred=r"42 / 5",
        wrap=True,
        expected=False,
        why=r"'Change 4 2 / 5 to an improper fraction. 42 / 5 b. Why is forty-two fifths incorrect?' ... '22 / 5 d. Why is twenty- two fifths right?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"22 / 5",
        pred=r"13 / 5",
        wrap=True,
        expected=False,
        why=r"'Make 4 2 / 5 an improper fraction. 13 / 5 c. Why is thirteen fifths wrong?' ... '22 / 5 ... right'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"9 / 10",
        pred=r"three sevenths",
        wrap=True,
        expected=False,
        why=r"'Add 1 / 2 plus 2 / 5 ... b. Why is three sevenths not right?' '9 / 10 c. Why is nine tenths correct?'",
    ),
    _c(
        SLP,
        SLP_FR,
        gold=r"three and nine tenths",
        pred=r"two and three tenths",
        wrap=True,
        expected=False,
        why=r"'Multiply 1 1 / 2 by 2 3 / [5] ... b. Why is two and three tenths incorrect?' 'c. Why is three and nine tenths correct?'",
    ),
    # scribd 464612138 (Arithmetic Practice Paper 2 mark scheme), Q21: the percentage sign refused
    _c(
        SCR,
        SCR_AP2,
        gold=r"450",
        pred=r"450%",
        wrap=True,
        expected=False,
        why=r"'21 30% of 1,500 450 1m Do not accept answers with the percentage symbol.'",
    ),
    # zanotowane 1140/8623 (a teacher's mark scheme), Q2: words required in one part, words allowed in the other
    _c(
        ZAN,
        ZAN_8623,
        gold=r"Eight hundred and nineteen",
        pred=r"819",
        wrap=True,
        expected=False,
        why=r"'Eight hundred and nineteen ... Must be written in words'",
    ),
    _c(
        ZAN,
        ZAN_8623,
        gold=r"820",
        pred=r"eight hundred and twenty",
        wrap=True,
        expected=True,
        why=r"'820 1 Also accept answer in words'",
    ),
    # zanotowane 1142/5355 (a teacher's Year 1 mark scheme): counted noun optional; words or numerals required
    _c(
        ZAN,
        ZAN_5355,
        gold=r"8",
        pred=r"8 sweets",
        wrap=True,
        expected=True,
        why=r"'Q1 8 (sweets)' (the noun is printed in brackets, as optional)",
    ),
    _c(
        ZAN,
        ZAN_5355,
        gold=r"Two",
        pred=r"2",
        wrap=True,
        expected=False,
        why=r"'Q5 Two 1 Must be in words'",
    ),
    _c(
        ZAN,
        ZAN_5355,
        gold=r"12",
        pred=r"twelve",
        wrap=True,
        expected=False,
        why=r"'12 1 Must be in numerals'",
    ),
    # schoolmathbd grade 1 ordinal numbers: answer table gives each ordinal in figures and in words
    _c(
        SMB,
        SMB_ORD,
        gold=r"2^{nd}",
        pred=r"second",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '2^{nd}' over 'second'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"10^{th}",
        pred=r"tenth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '10^{th}' over 'tenth'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"12^{th}",
        pred=r"twelfth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '12^{th}' over 'twelfth'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"14^{th}",
        pred=r"fourteenth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '14^{th}' over 'fourteenth'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"17^{th}",
        pred=r"seventeenth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '17^{th}' over 'seventeenth'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"9^{th}",
        pred=r"ninth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '9^{th}' over 'ninth'",
    ),
    _c(
        SMB,
        SMB_ORD,
        gold=r"5^{th}",
        pred=r"fifth",
        wrap=True,
        expected=True,
        why=r"answer to Q3 (Cardinal Number / Ordinal Number table): ordinal '5^{th}' over 'fifth'",
    ),
]

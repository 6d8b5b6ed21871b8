r"""A hundred-and-twelfth fresh set of answer-equivalence cases (evaluation only; helper "a":
answer keys and official worked solutions of mathematics competitions -- the CEMC (University of
Waterloo) Gauss, Pascal, Cayley and Fermat contests, UKMT Junior Mathematical Challenge and Junior
Kangaroo solutions, students checking UKMT Intermediate and Senior Challenge answers against each
other, and an olympiad answer set whose corrupted keys were restored -- where the page settles that
a form is the same answer (an unevaluated expression against its value, "Twelve million" against
"12 000 000", "120 minutes, or 2 hours", "32 : 48" against "2 : 3", "one-quarter" against "25\%")
or refuses a form (the other choices that a solution rules out, a student's "3/8" against "one
third", the corrupted key "45752" against "4, 5")).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool) and one GitHub
pull request (the ``issues`` corpus); no earlier set used them (each URL or page id, and domain plus
distinctive path part, was grepped in bench/ and checked against the claims files of the other
rounds; each was claimed in /work/wt/fresh112_claims/claims.txt before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the page gives as the same
answer, or a form the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is
always True) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy (for the pull request, the repository
owner/name) and ``where`` its full URL (for the pull request, ``pull/20``). Every web source is a
page with no licence file; the pull request is on google-deepmind/superhuman (its licence file was
not read). Only the text the search tool returned for a page (its excerpt) was read. Do not tune the
judge on these cases. Continued in bench/equiv_fresh112_a2.py and bench/equiv_fresh112_a3.py (same
rules).

Transcription: strings are copied as the stored page shows them: the CEMC PDF copies with their
Unicode minus signs, "×", "÷", spaced thousands ("608 607", "7 821 000 m") and the degree sign as
the copy has it ("30◦"); the cemc.uwaterloo.ca HTML pages with their LaTeX ("\dfrac{150}{2}\%",
"180\degree-80\degree", "4\times4\times4"), only the inline delimiters \( \) dropped; forum posts in
their own plain text ("1- 3/8", "24x2/144", "12π/2"). A lead-in such as "x =" is dropped. Where a
solution writes a chain "A = B = C" ending in the answer, the answer is the gold and an earlier link
(or a form the page calls equivalent) is a True pred. Where a solution rules choices out one by one
("so 119 is not a multiple of 5", "the answer is not (C)") or a key names one choice correct, each
other choice shown on the page is a False pred against the keyed choice. Readings, each noted in
``why``: in the 2016 Pascal Q2 the keyed choice's exponent was lost in the copy ("42 = 16"), so its
value 16 is the gold; in the 2025 Gauss Q5 the keyed choice "8 × 8" is the gold; in the 2024 Gauss
Q7 "80 seconds" is equated with "1 minute and 20 seconds", a step of the solution; the 2005 Gauss
Q4 number words are the addends, not the final sum; the superhuman pull request (open, restoring
two answers that a v2 file corrupted, matching its v1 file; nobody disagrees) gives the restored
answer as the gold.

Sources (domain, URL, what is settled; web pages with no licence file unless said):

- www.thestudentroom.co.uk thread 3054709 (UKMT Intermediate Challenge 2015), page 12 ("What was
  22?? i got 3/8?!" - "one third"; "i got 1/3 too"; "12 (the ant question) was 6 / i got 4").
  3 cases (2 False). Page 14 ("1- 3/8 = 5/8"; "24x2/144 = 1/3"). 2 cases.
- www.thestudentroom.co.uk thread 3859441 (IMC 2016), page 5 ("1/12 for 25" - "1/13 for 25", "(1/12)
  / (13/12) = 1/13"). 2 cases (1 False).
- www.thestudentroom.co.uk thread 4393828 (UKMT Senior Challenge 2016), page 12 ("2/3:1/2 = 4:3")
  and page 8 ("π(1+1+2+3+5)/2 = 12π/2 = 6π"). 1 and 2 cases.
- github.com google-deepmind/superhuman pull request 20 ("the Short Answer was 45752 ... Restored to
  "4, 5""; "flipped to ab \leq e^3. Restored to ab \geq e^3"). 2 cases (2 False).
- scribd.com document 514980145 "jmc-2019-s" (UKMT JMC 2019 brief solutions: "2 ÷ 5 = 0.4", "of the
  five options, 6.918 is nearest to 7", "7821 km = 7 821 000 m"). 8 cases (4 False).
- www.scribd.com document 486657367 "jk-2019-s" (UKMT Junior Kangaroo 2019 solutions: "(108 − 43)
  cm2 = 65 cm2"). 3 cases.
- wiki.artofproblemsolving.com 2023 CEMC Cayley Problem 1, oldid 260360 (choices (A) 1 (B) 0 (C) 3
  (D) 9 (E) 10; "\frac{18}{6} = \boxed {\textbf {(C) } 3}", "1 + 1 + 1 = ..."). 6 cases (4 False).

Sources of bench/equiv_fresh112_a2.py (CEMC Gauss and Cayley solutions):

- 2.zoppoz.workers.dev copy of scribd 902793605 "2025GaussSolutions" ("8 × 8 is the only expression
  given that is equal to the area of the square"; "If the value of n is 15 or 3 ..."). 11 cases
  (8 False).
- rainy.clevelandohioweatherforecast.com proxy copy of scribd 568244780 "2021GaussSolution" ("4 × 5
  cm = 20 cm"). 1 case.
- text-id.123dok.com copies q7wv3nnz (2011 Gauss), yj76e05y (2006 Gauss: "600 000 + 8000 + 600 + 7
  = 608 607") and zlg3mkly (2005 Gauss: "Twelve million is written as 12 000 000"). 2, 3, 3 cases.
- fanyv88.com proxy copy of scribd 612256066 "2010GaussSolution" ("x◦ = 360◦ − 150◦ − 90◦ − 90◦ =
  30◦"). 1 case.
- cemc.uwaterloo.ca 2016GaussSolution.html ("77=7\times11"), 2024GaussSolution.html ("one-quarter is
  equivalent to 25\%") and 2017GaussSolution.html ("three thousandths is equal to 3÷1000=0.003").
  2, 3, 3 cases.
- cemc.uwaterloo.ca 2025CayleySolution.html ("\dfrac{150}{200}\times 100\%=\dfrac{150}{2}\%=75\%",
  "x=16^2=256"). 9 cases. 2022CayleySolution.html ("119 is not a multiple of 5 ... 119 is a multiple
  of 7"; "5×(5×5) which equals 5×25 or 125"). 6 cases (4 False).
- text-id.123dok.com copy zwve581q (2011 Cayley: "5 + 10 + 10 + 10 + 2 or 37"). 1 case.

Sources of bench/equiv_fresh112_a3.py (CEMC Pascal and Fermat solutions):

- rainy.clevelandohioweatherforecast.com proxy copy of scribd 782510799 "2024PascalSolution" ("8 × 3
  km = 24 km"). 3 cases.
- text-id.123dok.com copies yj76ermy (2011 Pascal: "32 : 48 ... simplified ratio 2 : 3"), z1dm13vz
  (2013 Pascal) and yd7wj8ly (2016 Pascal: "3 cm equals 0.03 m"; "Of these, the largest is 42 =
  16"). 3, 3, 8 cases (3 False).
- www.scribd.com document 641801049 "Untitled" (2022 Pascal solutions: "−3.4 is closer to −3 than to
  −4, and so the answer is (B) or −3"). 5 cases (4 False).
- arietiform.com proxy copy of scribd 719602406 "2014PascalSolution" ("a possible value of n is 2 ×
  3 or 6"). 3 cases.
- cemc.uwaterloo.ca 2025PascalSolution.html ("4^3=8^2"), 2023PascalSolution.html ("120 minutes, or 2
  hours") and 2021PascalSolution.html ("4×$13.25=$53.00"). 4, 3, 3 cases.
- cemc.uwaterloo.ca 2023FermatSolution.html ("0.5 h after Ari, which is 30 minutes"),
  2017FermatSolution.html ("100 hours is equal to 4 days plus 4 hours") and 2020FermatSolution.html
  ("16 is a perfect square ... so the answer is not (C)"; "the answer is (B) 14"). 2, 2, 4 cases
  (4 False).

117 cases in all (36 False): 29 here (13 False), 45 in bench/equiv_fresh112_a2.py (12 False), 43 in
bench/equiv_fresh112_a3.py (11 False).

Left out, by rule: forms the text conversion garbled -- stacked fractions and lost exponents or
minus signs in the CEMC copies (2006 Gauss Q5 "2/5 + 1/3", 2011 Pascal Q6, 2021 Pascal Q2 "48 ...
12", 2022 Cayley Q3, 2022 Pascal HTML, 2010 Fermat Q2 "2% ... 2 / 100", 2013 Pascal Q5 "13 + 23 + 33
+ 43 = 102"), the Berkeley mini Math Tournament 2024 relay instructions ("Both ... and ... are
acceptable", the radicals lost) and UKMT JMC 2019 Q3 ("1 : 3" from a run-together fraction);
approximations (2023 Fermat Q4 "10080 ... closest to (C) 10 000", UKMT SMC 2015 "56.25 ...
approximately 56%"); answers that need the question (2014 Pascal Q7's "the second possible value for
n is −6"); credit given to two letters for an ambiguous question (UKMT SMC 2011 key "A/B"); a choice
list on a different page from its key (2023 Pascal contest, scribd 639470900); letter-only answer
lists with a disputed item (thestudentroom 3054709 page 32).

Examined and not used: pages used by earlier sets (mandelbrot.org and its mirror 52.40.178.25,
mathcountscentral.com, home.avvanta.com and home.blarg.net WSMC keys and errata, old.mathleague.com,
studyres MATHCOUNTS errata, the SMO errata on scribd, paperzz UKMT Team Challenge booklets,
docstoc ICTM "Valid Answers"); pages with a single form per answer (scribd HMMT guts and theme
rounds, sciencedocbox BmMT 2016 and 2017, docsity BMT 2016, the 2021 Euclid solutions on pdfslide,
the CEMC Problem of the Week booklets, the 2024 IMC brief solutions); rules pages naming no pair of
forms (ARML rules and FAQ pages, the Stanford Math Tournament rules, Mu Alpha Theta rules, the COMC
instructions, the NAU and mathpath pages); pages with no values (Evan Chen's HMMT 2016 apology,
hmmt.fandom.com stubs, the PRMO 2013 withdrawn questions, the change.org PRMO petition, the INMO
common-mistakes lists, Omni-MATH issue 9 whose correct answer is not given); machine-written or
generated pages (iitianacademy's JMC 2015 explanations, the "mathcounts national sprint round"
pages, littleredmath, tuitiongowhere); dataset mirrors (huggingface and hugflare viewers of HMMT,
SMT and olympiad solutions).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TSR = "www.thestudentroom.co.uk"
TSR_IMC15_P12 = "https://www.thestudentroom.co.uk/showthread.php?page=12&t=3054709"
TSR_IMC15_P14 = "https://www.thestudentroom.co.uk/showthread.php?page=14&t=3054709"
TSR_IMC16_P5 = "https://www.thestudentroom.co.uk/showthread.php?t=3859441&page=5"
TSR_SMC16_P12 = "https://www.thestudentroom.co.uk/showthread.php?page=12&t=4393828"
TSR_SMC16_P8 = "https://www.thestudentroom.co.uk/showthread.php?page=8&t=4393828"
SH = "google-deepmind/superhuman"
SH_PR20 = "pull/20"
SCRIBD = "scribd.com"
JMC19 = "https://scribd.com/document/514980145/jmc-2019-s"
SCRIBD_W = "www.scribd.com"
JK19 = "https://www.scribd.com/document/486657367/jk-2019-s"
AOPS = "wiki.artofproblemsolving.com"
AOPS_CAY23_1 = (
    "https://wiki.artofproblemsolving.com/wiki/index.php?ol"
    "did=260360&title=2023_CEMC_Cayley_Problems%2FProblem_1"
)
ZOPPOZ = "2.zoppoz.workers.dev"
G25 = "https://2.zoppoz.workers.dev:443/https/www.scribd.com/document/902793605/2025GaussSolutions"
CLEVE = "rainy.clevelandohioweatherforecast.com"
G21 = (
    "https://rainy.clevelandohioweatherforecast.com/php-proxy/index.php?q=h"
    "ttps%3A%2F%2Fwww.scribd.com%2Fdocument%2F568244780%2F2021GaussSolution"
)
TID = "text-id.123dok.com"
G11 = "https://text-id.123dok.com/document/q7wv3nnz-disini-2011gausssolution.html"
G06 = "https://text-id.123dok.com/document/yj76e05y-disini-2006gausssolution.html"
G05 = "https://text-id.123dok.com/document/zlg3mkly-disini-2005gausssolution.html"
FANYV = "fanyv88.com"
G10 = "https://fanyv88.com:443/https/www.scribd.com/document/612256066/2010GaussSolution"
CEMC = "cemc.uwaterloo.ca"
G16 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2016/2016GaussSolution.html"
G24 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2024/2024GaussSolution.html"
G17 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2024/2017GaussSolution.html"
C25 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2025/2025CayleySolution.html"
C22 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2022/2022CayleySolution.html"
C11 = "https://text-id.123dok.com/document/zwve581q-disini-2011cayleysolution.html"
P24 = (
    "https://rainy.clevelandohioweatherforecast.com/php-proxy/index.php?q=h"
    "ttps%3A%2F%2Fwww.scribd.com%2Fdocument%2F782510799%2F2024PascalSolution"
)
P11 = "https://text-id.123dok.com/document/yj76ermy-disini-2011pascalsolution.html"
P22 = "https://www.scribd.com/document/641801049/Untitled"
ARIET = "arietiform.com"
P14 = (
    "https://arietiform.com/application/nph-tsq.cgi/en/20/ht"
    "tps/www.scribd.com/document/719602406/2014PascalSolution"
)
P13 = "https://text-id.123dok.com/document/z1dm13vz-disini-2013pascalsolution.html"
P16 = "https://text-id.123dok.com/document/yd7wj8ly-disini-2016pascalsolution.html"
P25 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2025/2025PascalSolution.html"
P23 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2023/2023PascalSolution.html"
P21 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2021/2021PascalSolution.html"
F23 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2023/2023FermatSolution.html"
F17 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2017/2017FermatSolution.html"
F20 = "https://cemc.uwaterloo.ca/sites/default/files/documents/2024/2020FermatSolution.html"

CASES = [
    # thestudentroom IMC 2015 thread, page 12: Q22 and Q12 (ant question)
    _c(
        TSR,
        TSR_IMC15_P12,
        gold=r"one third",
        pred=r"1/3",
        wrap=True,
        expected=True,
        why=r"'What was 22?? i got 3/8?!' - 'one third'; 'i got 1/3 too (yay)'; list '22. 1/3'",
    ),
    _c(
        TSR,
        TSR_IMC15_P12,
        gold=r"one third",
        pred=r"3/8",
        wrap=True,
        expected=False,
        why=r"'What was 22?? i got 3/8?!' answered 'one third'; 'i got 1/3 too'",
    ),
    _c(
        TSR,
        TSR_IMC15_P12,
        gold=r"6",
        pred=r"4",
        wrap=True,
        expected=False,
        why=r"'12 (the ant question) was 6 / i got 4 then realised literally in last second'; 'It was 6'",
    ),
    # thestudentroom IMC 2015 thread, page 14: workings for Q25 and Q22
    _c(
        TSR,
        TSR_IMC15_P14,
        gold=r"5/8",
        pred=r"1- 3/8",
        wrap=True,
        expected=True,
        why=r"'25. 1/4 x 3/4 x 2 = 3/8 / 1- 3/8 = 5/8'",
    ),
    _c(
        TSR,
        TSR_IMC15_P14,
        gold=r"1/3",
        pred=r"24x2/144",
        wrap=True,
        expected=True,
        why=r"'22. ... there are 24 small root 2 by root 2 squares. 24x2/144 = 1/3'",
    ),
    # thestudentroom IMC 2016 thread, page 5: Q25
    _c(
        TSR,
        TSR_IMC16_P5,
        gold=r"1/13",
        pred=r"1/12",
        wrap=True,
        expected=False,
        why=r"'Didn't do 23, and 1/12 for 25' - '1/13 for 25'; 'yh 25 was 1/13', with the working",
    ),
    _c(
        TSR,
        TSR_IMC16_P5,
        gold=r"1/13",
        pred=r"(1/12) / (13/12)",
        wrap=True,
        expected=True,
        why=r"'fraction ... which are triangles = (1/12) / (13/12) = 1/13'",
    ),
    # thestudentroom SMC 2016 thread, page 12: a ratio worked out
    _c(
        TSR,
        TSR_SMC16_P12,
        gold=r"4:3",
        pred=r"2/3:1/2",
        wrap=True,
        expected=True,
        why=r"'n=1/3, so TR=2/3. 2/3:1/2 = 4:3'",
    ),
    # thestudentroom SMC 2016 thread, page 8: Q13 spiral length
    _c(
        TSR,
        TSR_SMC16_P8,
        gold=r"6π",
        pred=r"12π/2",
        wrap=True,
        expected=True,
        why=r"'you get π(1+1+2+3+5)/2 = 12π/2 = 6π'",
    ),
    _c(
        TSR,
        TSR_SMC16_P8,
        gold=r"6π",
        pred=r"π(1+1+2+3+5)/2",
        wrap=True,
        expected=True,
        why=r"'Sub in 1, 1, 2, 3, 5 and add them up; you get π(1+1+2+3+5)/2 = 12π/2 = 6π'",
    ),
    # google-deepmind/superhuman PR 20: two corrupted IMO-Bench short answers restored
    _c(
        SH,
        SH_PR20,
        gold=r"4, 5",
        pred=r"45752",
        wrap=True,
        expected=False,
        why=r"'the Short Answer was 45752, which is not a valid answer to find the value of n. Restored to 4, 5 (n = 4 or n = 5)' (quotation marks dropped)",
    ),
    _c(
        SH,
        SH_PR20,
        gold=r"ab \geq e^3",
        pred=r"ab \leq e^3",
        wrap=True,
        expected=False,
        why=r"'the inequality in the Short Answer was flipped to ab \leq e^3. Restored to ab \geq e^3, matching ... the known answer to this Vietnam 1997 problem'",
    ),
    # UKMT JMC 2019 brief solutions (scribd jmc-2019-s)
    _c(
        SCRIBD,
        JMC19,
        gold=r"100",
        pred=r"25 + 75",
        wrap=True,
        expected=True,
        why=r"'1. A ... So the required number of minutes is 25 + 75 = 100.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"0.4",
        pred=r"2 ÷ 5",
        wrap=True,
        expected=True,
        why=r"'2. E Note that (0.1 + 0.2 + 0.3 − 0.4) ÷ 0.5 = (0.6 − 0.4) ÷ 0.5 = 0.2 ÷ 0.5 = 2 ÷ 5 = 0.4.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"6.918",
        pred=r"7.09",
        wrap=True,
        expected=False,
        why=r"'6. B Note that 7.09−7 = 0.09; 7−6.918 = 0.082; ... So, of the five options, 6.918 is nearest to 7.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"6.918",
        pred=r"7.17",
        wrap=True,
        expected=False,
        why=r"'7.17−7 = 0.17 ... So, of the five options, 6.918 is nearest to 7.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"6.918",
        pred=r"6.7",
        wrap=True,
        expected=False,
        why=r"'7−6.7 = 0.3 ... So, of the five options, 6.918 is nearest to 7.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"6.918",
        pred=r"7.085",
        wrap=True,
        expected=False,
        why=r"'7.085−7 = 0.085. So, of the five options, 6.918 is nearest to 7.'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"7821 km",
        pred=r"7 821 000 m",
        wrap=True,
        expected=True,
        why=r"'7. A The length of the Trans-Canada Highway is 7821 km = 7 821 000 m'",
    ),
    _c(
        SCRIBD,
        JMC19,
        gold=r"10°",
        pred=r"60° − 2 × 25°",
        wrap=True,
        expected=True,
        why=r"'8. A ... so ∠FPG = 60° − 2 × 25° = 10°.'",
    ),
    # UKMT Junior Kangaroo 2019 solutions (scribd jk-2019-s)
    _c(
        SCRIBD_W,
        JK19,
        gold=r"420 cm",
        pred=r"(5 × 20 + 5 × 40 + 2 × 60) cm",
        wrap=True,
        expected=True,
        why=r"'2. C ... the distance Adam walks is (5 × 20 + 5 × 40 + 2 × 60) cm = 420 cm.'",
    ),
    _c(
        SCRIBD_W,
        JK19,
        gold=r"288 m",
        pred=r"12 × 24 m",
        wrap=True,
        expected=True,
        why=r"'3. D ... Hence the total length of the bridge is 12 × 24 m = 288 m.'",
    ),
    _c(
        SCRIBD_W,
        JK19,
        gold=r"65 cm2",
        pred=r"(108 − 43) cm2",
        wrap=True,
        expected=True,
        why=r"'5. E ... Hence the area of the grey region is (108 − 43) cm2 = 65 cm2.'",
    ),
    # AoPS wiki 2023 CEMC Cayley Problem 1 (oldid 260360): choices (A) 1 (B) 0 (C) 3 (D) 9 (E) 10
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"\frac{18}{6}",
        wrap=True,
        expected=True,
        why=r"'=\frac{6}{6} + \frac{6}{6} + \frac{6}{6} = \frac{18}{6} = \boxed {\textbf {(C) } 3}'",
    ),
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"1 + 1 + 1",
        wrap=True,
        expected=True,
        why=r"'Thus, we have: $1 + 1 + 1 = \boxed {\textbf {(C) } 3}$'",
    ),
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"1",
        wrap=True,
        expected=False,
        why=r"'\text{ (A) }\ 1' against the keyed '\boxed {\textbf {(C) } 3}'",
    ),
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"0",
        wrap=True,
        expected=False,
        why=r"'\text{ (B) }\ 0' against the keyed '\boxed {\textbf {(C) } 3}'",
    ),
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"9",
        wrap=True,
        expected=False,
        why=r"'\text{ (D) }\ 9' against the keyed '\boxed {\textbf {(C) } 3}'",
    ),
    _c(
        AOPS,
        AOPS_CAY23_1,
        gold=r"3",
        pred=r"10",
        wrap=True,
        expected=False,
        why=r"'\text{ (E) }\ 10' against the keyed '\boxed {\textbf {(C) } 3}'",
    ),
]

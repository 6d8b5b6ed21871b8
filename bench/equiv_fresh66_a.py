r"""A sixty-sixth fresh set of answer-equivalence cases (evaluation only; helper "a": chemistry
calculation answers in mark schemes and answer keys -- moles, concentrations in mol dm-3, M and
g/dm3, masses, gas volumes in dm3 and cm3, pH and Ka, percentages and relative masses -- where a
mark scheme, a markscheme of the IB questionbank, a scoring key, a teacher's list of errors or a
forum thread settles which forms of an answer (more or fewer significant figures, a named end of
an accepted range, another unit, a recurring-decimal mark, a formula or its name) are the same
answer and which are refused, including answers carried forward from an earlier error when the
mark scheme prints their value).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against every /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh66_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page accepts, or a form it refuses; always
a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict
(``expected``) settled on the page, with no one on the page contradicting it. ``repo`` is the
domain of the stored copy (for proxied scribd copies, the proxy's domain) and ``where`` its full
URL. There is no commit; every source is a web page with no licence file. Only the text the search
tool returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued
in bench/equiv_fresh66_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, with the page's own minus signs
in exponents ("4.86 × 10–5" with an en dash, "1.6734 × 10−24" with U+2212, "2.05 x 10-13" with a
hyphen, "2.0*10^-2 M" as the asker typed it) and superscripts flattened by the text conversion
("g mol−1", "dm3", "g dm−3"). A left side such as "pH =" or "mass Ba formed =" is dropped.
Readings, each noted in ``why``: forms joined by "/" or "or" are alternatives, the first being the
gold; a unit printed once after the last form of such a list ("0.0536 /0.054 mol", "accept
223.856209/223.86/223.9 g") is dropped from the forms of the list; a unit in brackets ("20
(cm3)", "1.6734 × 10−24 (g)") gives a gold with the unit and a True case without it; a bracketed
trailing digit ("16.1(2) g", "0.00044(0)", "0.9(0) (g)") gives the full form as gold and the
shorter form as a True case; an "Accept"/"Allow"/"ALLOW" form, and a named end of an accepted
range ("Allow 2.05 x 10-13 - 2.1 x 10-13", "between 10.6 and 10.7", "79.375 - 80"), is a True
case; a value the scheme says scores only part of the marks ("max 2", "for 1 mark only", "Award
[1 max]", "would score 2 marks as 'ecf'"), a form it does not allow ("Do not allow", "Not",
"but not", "does not score"), a "Given answer" beside a "Correct answer", or a value a thread
calls wrong is a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.majortests.com "essay/Mr-James-587863" (a 2007 acids-and-bases assessed-homework mark
  scheme: "pH = 6.63 or 6.64", "pH = 13.18 (1) or pH= 13.17", "pH = 11.78 (1)f or 11.77", "Ka =
  [pic] = 4.86 × 10–5 ... or [pic] = 4.95 × 10–5"; for 11.78 the notes give the answers of wrong
  routes with their capped marks: "If no vol, max 4 ... answr = 10.65", "If missing 1000 max 5
  ... answer = 8.78", "If uses excess as acid, max 4 ... answer = 2.22", "... and no volume, max 2
  ... answer = 3.35"). 8 cases (4 False).
- grafana.stuvia.com doc 1801207 (AQA ExamPro A-level chemistry practice paper 1 mark scheme:
  "Kw= ... = 2.05 x 10-13" "Allow 2.05 x 10-13 - 2.1 x 10-13"; "M3 pH= 2.50", "If square root
  shown but not taken, pH= 5.00 can score max 2"). 2 cases (1 False).
- round-lake.dustinice.workers.dev proxy copy of scribd 671309715 "Moles Equations and Acids"
  (Paddington Academy mark scheme: "203.3 g mol−1 ... Accept 203"; "0.0268/0.027";
  "0.0536 /0.054 mol"; "1.57 g / 1.5741 g (accept ans from (ii) 0.027 = 1.566 g) (mass Mg(OH)2
  of 3.15 g would score 2 marks as 'ecf' ...)"; "19.2 ... ALLOW 19 up to calculator value").
  7 cases (1 False).
- www.scribd.com 609762508 "moles questions various ANS" ("224 g accept
  223.856209/223.86/223.9 g."; "0.00220 mol ALLOW 0.0022"; "0.00110 mol ALLOW 0.0011"; "142.1
  ALLOW 142"; "Correct compound = P2Br4 /phosphorus(II) bromide but not PBr2"). 8 cases
  (1 False).
- appwritefunc.yet-another-testing-domain.com proxy copy of scribd 435359853 "topic 1 test ms"
  (Paddington Academy: "1.6734 × 10−24 (g)" ... "Not 1.67 × 10−24 (g)."; relative charges
  "Proton +1 or 1+", "Electron –1 or 1–", "Neutron 0 ... or no charge/neutral/zero"). 5 cases
  (1 False).

Sources of bench/equiv_fresh66_a2.py:

- scribd.com 729029972 "Titration Practical MS" (AQA GCSE, accesstuition: "20 (cm3) allow 20.0
  (cm3)"). 2 cases.
- onehourindexing01.prideseotools.com proxy copy of scribd 662308713 "Chemical Formulae,
  Equations, Calculations 1 MS" (Edexcel IGCSE: "M3 2.50 (g) → 0.9(0) (g)", "ACCEPT
  calculations that use Ar of Cu as 63.5 (giving 0.9(05) (g) as a final answer)"; "M2 0.00044(0)"
  ... "0.44 for 1 mark only"). 4 cases (1 False).
- paperzz.com 9267352 "quantitative-chemistry" (Save My Exams, AQA C2 silver mark scheme: "80 /
  79.5 correct answer"; "79.375 - 80 correct answer"; "3.3 accept 3.33…….. or 3 1 / 3 or 3.3• or
  3.3r"). 5 cases.
- www.scribd.com 672578851 "amount of susbtance test answers" (OCR Chemistry A exam-style mark
  scheme, Oxford University Press: "342.0 ... ALLOW 342"; "0.0307 ... ALLOW 0.031"; "0.40 ...
  ALLOW 0.4. Do not allow 0.405"; "16.1(2) g"; "0.72 dm3 or 720 cm3"; "0.015 ... ALLOW 1 mark for
  0.045"; "18.3 g dm−3 ... 18.25 g dm−3 does not score this mark"). 8 cases (3 False).
- www.scribd.com 666373163 "AQA A Level Chem CH21 practice question answers" ("pH = 2.82" ... "If
  √ visible can score 2 for 5.64"). 1 case, False.
- dl.ibdocs.re IB questionbank copies: 7273 (18N.3.sl.TZ0.14a, "pH = ... 10.62", "Accept answers
  for M2 between 10.6 and 10.7.", "Award [1 max] for pH = 10.02."; 3 cases, 1 False) and 9084841
  (21M.2.HL.TZ2.c(iii), "pH = ... 12.668", "Award [1 max] for pH =12.367."; 1 case, False).
- pdfslide.us "sample-scoring-key-for-parts-a-and-b-..." (a Regents-style sample scoring guide:
  "0.0315 mole ... (The label “mole” is not needed in the response.)"). 1 case.
- terminallyconfused.blogspot.com "2008/07/oops.html" (a teacher lists the errors of a published
  answer sheet: "Given answer: 0.33 g/dm3 Correct answer: 0.033 g/dm3"). 1 case, False.
- www.chemistryhelpforum.com archive t-102 (the asker's "2.0*10^-2 M" against "the answer is
  supposed to be 0.013 M"; the reply finds the wrong Mr). 1 case, False.
- api-project-1022638073839.appspot.com question 555bc5e2581e2a446bfbd6c1 (a Socratic answer:
  "pH = 8.08 -> you'd be wrong! ... the answer becomes pH = 8.084"). 1 case, False.
- reddit.jaspervandalum.nl copy of r/APChem 1jtssm8 (the answer page's pKa 6.07 for the asker's
  6.1: "rounded to two sig figs is actually 6.07, not 6.1"; "pOH = 1.49 (not 1.5)"). 2 cases (both
  False).

60 cases in all (20 False): 30 here (8 False), 30 in bench/equiv_fresh66_a2.py (12 False).

Left out, by rule: forms whose exponent the text conversion flattened so that the value cannot be
read (scribd 609762508 "2.2 × 10 mol", "1.1 × 10 mol", "6.25 × 10 mol dm", "0.063 OR 6.3 × 10
mol dm"; scribd 672578851 "1.85 × 1022", "ALLOW 1.87 × 1022 if 0.031 used"; stuvia 1801207 "[H =
10-1136"); paperzz 9267352's "3 1 / 3" (a mixed number whose fraction may have been stacked);
rules that name no form ("pH= 6.73 Must be 2dp", "allow more than 2 dp but not fewer", "ALLOW
values ... from 1 sf up to calculator value", majortests "Penalise pH given to 1 dp"); wrong-route
values printed without the answer they replace (stuvia 1801207 "5 × 10−3 gives pH = 3.42 scores
3"); the Socratic page's "pH = 1" against "1.0" (the same value, refused only for its significant
figures); cells whose column the table conversion lost (scribd 662308713 "0.0004" between the
accept and reject columns; scribd 435359853's "1.6734 × 10−27 kg" after "Only." and the neutron's
"(not – 1)"); ranges with no named gold (the electron's relative mass "1/1800 to 1/2000");
single-form answers ("643 cm3", "21.4 cm3", "180 No other acceptable answer", "515 dm3", "x = 10",
"73.8%", "pH = 4.81", "13.559", "18.0 «%»").

Examined and not used: scribd 661870479 "Calculations Involving Masses 1 MS" (only "44 with no
working" and "14 (tonnes)" stored); round-lake copy of scribd 503163442 "Amount of Substance MS"
(only the cover text and the first line stored) and pdfslide.us "mole-exam-mark-scheme" (garbled;
used before); scribd 666125698 (single forms, calculator digits in brackets); dl.ibdocs.re 1246322
(the same question as 9084841), 9085533, 9084371, 5604, 5605, 9071668, 9071669 (single forms);
scribd 693232368 "y12 hw 2 ms" and scribd 853885268 "OL MOCK MS" (no alternative forms stored);
businessdocbox 117142001 (leading digits lost: ".8 (g)", ".75"); Regents rating guides on
studyres, 1library, docsity and scribd and the SQA National 5 marking instructions on studylib,
scribd, paperzz and melakarnets (only keys to multiple choice or general principles stored);
physicsforums 353512 (the correct pKa is not settled); pages used by earlier sets (scribd
119209562, 695473762, 709620786, 234524840, studylib 18244399, dl.ibdocs.re 9084821, 1243529,
1245947, 9068699, cakebreadscience, wyzant 21863, gradesaver ch. 16 ex. 55); generated or AI pages
(tuitiongowhere, gradora, gradegen, learningbro, chemistrymadeeasy, thinka, marking-scheme
pages on bare IP hosts, qammunity, smartsolve, questionai, mysovi) and jiskha (excluded by rule).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MJ = "www.majortests.com"
MJ_AB = "https://www.majortests.com/essay/Mr-James-587863.html"
STV = "grafana.stuvia.com"
STV_PP1 = "http://grafana.stuvia.com/doc/1801207/aqa-exampro-a-level-chemistry-practice-paper-1-mark-scheme-summer-2022"
RLD = "round-lake.dustinice.workers.dev"
RLD_671 = "https://round-lake.dustinice.workers.dev:443/https/www.scribd.com/document/671309715/moles-equations-and-acids"
S609 = "www.scribd.com"
S609_MQ = "https://www.scribd.com/document/609762508/moles-questions-various-ANS"
APW = "appwritefunc.yet-another-testing-domain.com"
APW_435 = "https://appwritefunc.yet-another-testing-domain.com/api/grab?url=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F435359853%2Ftopic-1-test-ms-rtf"
# sources of bench/equiv_fresh66_a2.py
S729 = "scribd.com"
S729_TP = "https://scribd.com/document/729029972/Titration-Practical-MS"
PSEO = "onehourindexing01.prideseotools.com"
PSEO_662 = "https://onehourindexing01.prideseotools.com/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F662308713%2FChemical-Formulae-Equations-Calculations-1-MS"
PZZ = "paperzz.com"
PZZ_QC = "https://paperzz.com/doc/9267352/quantitative-chemistry"
S672 = "www.scribd.com"
S672_AS = "https://www.scribd.com/document/672578851/amount-of-susbtance-test-answers"
S666 = "www.scribd.com"
S666_CH21 = (
    "https://www.scribd.com/document/666373163/AQA-A-Level-Chem-CH21-practice-question-answers"
)
IB = "dl.ibdocs.re"
IB_7273 = "https://dl.ibdocs.re/IB%20QUESTIONBANKS/6.%20Sixth%20Edition%20-%20Group%204%202025/questionbank/en/teachers/ibdocs2/questionbanks/45-dp-chemistry-last-assessment-2024/question_node_trees/7273.html"
IB_9084841 = "https://dl.ibdocs.re/IB%20QUESTIONBANKS/6.%20Sixth%20Edition%20-%20Group%204%202025/questionbank/en/teachers/ibdocs2/questionbanks/58-dp-chemistry-first-assessment-2025/question_node_trees/9084841.html"
PDS = "pdfslide.us"
PDS_SSK = "https://pdfslide.us/documents/sample-scoring-key-for-parts-a-and-b-multiple-choice-scoring-key-for-parts-a.html"
TC = "terminallyconfused.blogspot.com"
TC_OOPS = "http://terminallyconfused.blogspot.com/2008/07/oops.html"
CHF = "www.chemistryhelpforum.com"
CHF_102 = "http://www.chemistryhelpforum.com/chemistry-help/archive/index.php/t-102.html"
SOC = "api-project-1022638073839.appspot.com"
SOC_BD6 = "https://api-project-1022638073839.appspot.com/questions/555bc5e2581e2a446bfbd6c1"
RDT = "reddit.jaspervandalum.nl"
RDT_APC = "https://reddit.jaspervandalum.nl/r/APChem/comments/1jtssm8/question_about_significant_figures_and_frqs_on"

CASES = [
    # majortests: 2007 acids and bases homework mark scheme; alternatives, wrong-route answers
    _c(
        MJ,
        MJ_AB,
        gold=r"6.63",
        pred=r"6.64",
        wrap=True,
        expected=True,
        why="'[H+] = [pic] (1) = 2.34 × 10–7 \\ pH = 6.63 or 6.64 (1)'",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"13.18",
        pred=r"13.17",
        wrap=True,
        expected=True,
        why="'\\ pH = 13.18 (1) or pH= 13.17'",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"11.78",
        pred=r"11.77",
        wrap=True,
        expected=True,
        why="'\\ pH = 11.78 (1)f or 11.77'",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"11.78",
        pred=r"10.65",
        wrap=True,
        expected=False,
        why="Notes (b)(ii): 'If no vol, max 4 for a, b, c, f answr = 10.65' (of 6 marks)",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"11.78",
        pred=r"8.78",
        wrap=True,
        expected=False,
        why="Notes (b)(ii): 'If missing 1000 max 5 for a, b, c, d, f answer = 8.78' (of 6)",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"11.78",
        pred=r"2.22",
        wrap=True,
        expected=False,
        why="Notes (b)(ii): 'If uses excess as acid, max 4 for a, b, d, f answer = 2.22'",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"11.78",
        pred=r"3.35",
        wrap=True,
        expected=False,
        why="'If uses excess as acid and no volume, max 2 for a, b answer = 3.35'",
    ),
    _c(
        MJ,
        MJ_AB,
        gold=r"4.86 × 10–5",
        pred=r"4.95 × 10–5",
        wrap=True,
        expected=True,
        why="(c)(ii) 'Ka = [pic] = 4.86 × 10–5 (1) mol dm–3 (1) 5 or [pic] = 4.95 × 10–5'",
    ),
    # stuvia 1801207: AQA ExamPro practice paper 1 mark scheme; Kw range, pH without the root
    _c(
        STV,
        STV_PP1,
        gold=r"2.05 x 10-13",
        pred=r"2.1 x 10-13",
        wrap=True,
        expected=True,
        why="1(a)(iii) 'Kw= ... = 2.05 x 10-13' 'Allow 2.05 x 10-13 - 2.1 x 10-13' (the named end of the range)",
    ),
    _c(
        STV,
        STV_PP1,
        gold=r"2.50",
        pred=r"5.00",
        wrap=True,
        expected=False,
        why="1(b)(iii) 'M3 pH= 2.50'; 'If square root shown but not taken, pH= 5.00 can score max 2' (of 3)",
    ),
    # scribd 671309715 (round-lake proxy): Paddington Academy 'Moles Equations and Acids'
    _c(
        RLD,
        RLD_671,
        gold=r"203.3 g mol−1",
        pred=r"203",
        wrap=True,
        expected=True,
        why="Q8 '203.3 g mol−1 1' ... 'Accept 203'",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"0.0268",
        pred=r"0.027",
        wrap=True,
        expected=True,
        why="Q4(i) '2.68/100.1 = 0.0268/0.027 (1)' (forms joined by '/')",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"0.0536",
        pred=r"0.054",
        wrap=True,
        expected=True,
        why="Q4(iii) 'moles HNO3 = 2 × 0.0268 = 0.0536 /0.054 mol (1)' (the shared 'mol' dropped)",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"1.57 g",
        pred=r"1.5741 g",
        wrap=True,
        expected=True,
        why="Q21(b)(ii) 'mass Mg(OH)2 = 58.3 0.027 = 1.57 g / 1.5741 g'",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"1.57 g",
        pred=r"1.566 g",
        wrap=True,
        expected=True,
        why="Q21(b)(ii) '(accept ans from (ii) 0.027 = 1.566 g)'",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"1.57 g",
        pred=r"3.15 g",
        wrap=True,
        expected=False,
        why="Q21(b)(ii) '(mass Mg(OH)2 of 3.15 g would score 2 marks as ‘ecf’ as molar ratio has not been identified)' (of 3)",
    ),
    _c(
        RLD,
        RLD_671,
        gold=r"19.2",
        pred=r"19",
        wrap=True,
        expected=True,
        why="Q3(b)(ii) '19.2 OR calculated answer to (b)(i) × 24000 ALLOW 19 up to calculator value.'",
    ),
    # scribd 609762508 'moles questions various ANS' (OCR-style answers)
    _c(
        S609,
        S609_MQ,
        gold=r"224 g",
        pred=r"223.856209",
        wrap=True,
        expected=True,
        why="Q1 'mass Ba formed = 1.634 × 137 = 224 g accept 223.856209/223.86/223.9 g.'",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"224 g",
        pred=r"223.86",
        wrap=True,
        expected=True,
        why="Q1 'accept 223.856209/223.86/223.9 g.' (the shared 'g' dropped)",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"224 g",
        pred=r"223.9",
        wrap=True,
        expected=True,
        why="Q1 'accept 223.856209/223.86/223.9 g.' (the shared 'g' dropped)",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"0.00220 mol",
        pred=r"0.0022",
        wrap=True,
        expected=True,
        why="Q4(a)(i) 'OR 0.00220 mol' ... 'ALLOW 0.0022'",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"0.00110 mol",
        pred=r"0.0011",
        wrap=True,
        expected=True,
        why="Q4(a)(ii) 'OR 0.00110 mol' ... 'ALLOW 0.0011'",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"142.1",
        pred=r"142",
        wrap=True,
        expected=True,
        why="Q4(b)(ii) '142.1 ALLOW 142'",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"P2Br4",
        pred=r"phosphorus(II) bromide",
        wrap=True,
        expected=True,
        why="Q2(iii) 'Correct compound = P2Br4 /phosphorus(II) bromide but not PBr2'",
    ),
    _c(
        S609,
        S609_MQ,
        gold=r"P2Br4",
        pred=r"PBr2",
        wrap=True,
        expected=False,
        why="Q2(iii) 'Correct compound = P2Br4 /phosphorus(II) bromide but not PBr2'",
    ),
    # scribd 435359853 (appwritefunc proxy): Paddington Academy topic 1 test mark scheme
    _c(
        APW,
        APW_435,
        gold=r"1.6734 × 10−24 g",
        pred=r"1.6734 × 10−24",
        wrap=True,
        expected=True,
        why="1(a)(i) '1.6734 × 10−24 (g)' (unit in brackets: not needed)",
    ),
    _c(
        APW,
        APW_435,
        gold=r"1.6734 × 10−24 g",
        pred=r"1.67 × 10−24 g",
        wrap=True,
        expected=False,
        why="1(a)(i) '1.6734 × 10−24 (g)' ... 'Not 1.67 × 10−24 (g).'",
    ),
    _c(
        APW,
        APW_435,
        gold=r"+1",
        pred=r"1+",
        wrap=True,
        expected=True,
        why="2(a) table: 'Proton +1 or 1+' (relative charge)",
    ),
    _c(
        APW,
        APW_435,
        gold=r"–1",
        pred=r"1–",
        wrap=True,
        expected=True,
        why="2(a) table: 'Electron –1 or 1–' (relative charge)",
    ),
    _c(
        APW,
        APW_435,
        gold=r"0",
        pred=r"zero",
        wrap=True,
        expected=True,
        why="2(a) table: 'Neutron 0' ... 'or no charge/neutral/zero' (relative charge)",
    ),
]

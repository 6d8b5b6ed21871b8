r"""A fifty-ninth fresh set of answer-equivalence cases (evaluation only; helper "b": chemistry
answer keys and mark schemes -- moles, molar mass, molarity and concentration, gas volumes, pH,
percentage composition -- where a mark scheme, a markscheme of the IB questionbank, a worked
solution or a forum thread settles which forms of an answer (with or without units such as
mol dm-3, g mol-1, dm3, M or mol/L; in scientific or decimal notation; to more or fewer
significant figures) are the same answer and which are refused).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt and
/work/wt/fresh58_claims/claims.txt; each page was claimed in /work/wt/fresh59_claims/claims.txt
before use). Each case gives the reference answer (``gold``), the prediction (``pred``: another
form the page gives as the same answer or accepts, or a form the page refuses; always a bare answer
to be put in ``\boxed{}``, so ``wrap`` is always True) and the verdict (``expected``) settled on
the page, with no one on the page contradicting it. ``repo`` is the domain of the stored copy and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases.

Transcription: strings are copied as the stored page shows them, with the page's own minus signs
and dashes in exponents ("3.6 × 10–3" with an en dash, "8.91 × 10−12" with U+2212, "9.44 x 10-5"
with a hyphen, "mol dm-3", "mol2 dm–6", "dm3" with the superscripts flattened by the text
conversion). A left side such as "[HS−] =" or "pH =" is dropped. Readings, each noted in ``why``:
a unit the mark scheme prints in brackets ("11.1 (dm3)", "0.15 (mol dm-3)") or, in the IB
markschemes, in guillemets ("126 «dm3»", "84.01 «g mol–1»"; the IB convention for text that is not
needed for the mark) gives a gold with the unit and a True case without it; a bracketed trailing
digit ("0.025(4)", "1(.0)") gives the full form as gold and the shorter form as a True case; forms
joined by "/" or "OR" are alternatives, the first being the gold; an "Accept"/"Allow"/"Award [3]
for"/"Do not penalize" form is a True case; a form marked as a wrong unit, as too few or too many
significant figures for the mark, as a "special case" or "common error" earning only part of the
marks, or as a wrong answer in a thread is a False case.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- fdokumen.com "amount-of-substance-answers-science-skool" (AQA GCE chemistry mark scheme, June
  2010, amount of substance: "0.018 with no Mr shown = 0 Penalise if not 3 sig figs"; "3 marks
  for 11.1 (dm3) However if 11.1 m3 or cm3 allow 2"; "0.0304 1 Allow 0.03"; "0.938 mol dm-3 ...
  Ignore units even if wrong"; "0.15 (mol dm-3)"; "0.025(4) mol2 dm–6"; "mol H2 = 1(.0)").
  9 cases (3 False).
- it.scribd.com 119209562 "C2 Quantitative Chemistry Marks Intermediate" (AQA GCSE: "35% (% sign
  not needed) special case of (14 / 80 100 = 17.5%) gains 1 mark"; "157 correct answer ... only
  allow (119 + 19 =) 138 for 1 mark only"). 3 cases (2 False).
- dl.ibdocs.re copies of the IB questionbank (DP chemistry): 9084821 (21M.2.SL.TZ2.1a, "126
  «dm3»", "Accept ... 101.3 kPa (125 dm3)", "Do not penalize use of 22.4 dm3 mol–1 ... (124
  dm3)"; 3 cases), 9068699 (21M.2.hl.TZ1.a, "pH = 3.94 ... Award [3] for 3.96 {answer if solved
  by quadratic}"; 1 case), 1243529 (19M.2.SL.TZ2.5b(ii), "84.01 «g mol–1»", "3.6 × 10–3 «mol
  dm–3»"; 2 cases) and 1245947 (19M.2.HL.TZ1.2b(i), "1.122 × 10−3 «mol dm−3»", "8.91 × 10−12
  «mol dm−3»"; 2 cases). 8 cases.
- scribd.com 481388536 "Strong Weak Acids pH pKa Kw 1 MS" (Edexcel style, "Question Acceptable
  Answers Reject Mark": "x2 = 8.91 x 10-9 (mol2 dm-6)"; "(x = 9.4393 x 10-5) [HS−] = 9.44 x 10-5 /
  0.0000944 (mol dm-3) For M2, answer must be to 3 sf"; "pH = ... 4.0251/4.025 /4.03/..."). 5
  cases (1 False).
- scribd.com 695473762 "MS Acids Bases Buffers ALL PPQ" (OCR: "ALLOW 2SF up to calculator value"
  with the calculator values printed; "If answer = 2.4 × 10–2 (mol dm–3) award 4 marks"; "COMMON
  ERRORS ... 8.7 × 10–3 3 marks 600 and 1000 inverted ... 3.6 × 10–6 3 marks"). 5 cases (2 False).
- ask.learncbse.in thread 34678 (molarity of 47.2 mg NaCl in 145.3 mL: "5.56x10^-3 M NaCl, or
  0.00556 M NaCl, both answers are correct"). 1 case.
- holooly.com "?p=513289" (molarity of 1.4 mol acetic acid in 250. mL: "= \frac{5.6 mol}{L}= 5.6
  M"). 1 case.
- chemicalforums.com topic 97050 (moles of Rb in 3.75 x 1024 atoms: the asker's "0.161 moles"
  against "the answer given in the book is 6.23 moles", which the asker calls "the reciprocal of
  my answer"). 1 case, False.

33 cases in all (9 False).

Left out, by rule: accepted ranges (fdokumen "Allow 0.0459 to 0.0463", "Allow range 0.92 – 0.94";
scribd 119209562 "accept answers in the range 24 to 24.2038....."), and rounding rules that name no
form on the page (fdokumen "Ignore sig figs- but must be 2 sig figs or greater", "Minimum 2 sig
figs"; scribd 695473762 "ALLOW 2SF"); forms whose exponent the text conversion flattened so that
the value cannot be read ("[H+] = 10–2.72" in scribd 695473762, "«= 10−2.95»" and "Ka = 10−4.87"
in the IB pages, "[H+] buffer = 10–4.00"); the garbled tail of scribd 481388536's pH list ("4.0
4/4.02") and scribd 695473762's "[CH3COO ]initial = 1.3 × 10 – –6"; follow-through answers marked
right only as a consequence of an earlier error ("Allow their 3(a)(i) x 5/2", "ecf"); single-form
answers (scribd 119209562 "Mr = 120", "Mr = 74", "53.5"; the IB "pOH = 11.05").

Examined and not used: scribd 709620786 (AQA amount of substance exam-style MS, used by
bench/equiv_fresh53_a.py) and its ptop.only.wip.la copy; pdfslide.us "mole-exam-mark-scheme"
(text conversion garbled the numbers); scribd 234524840 IB "Topic 1 Quantitative Chemistry V2
Ans" (answers run together); studylib 18244399 and its melakarnets proxy copy (SQA N5 2015: only
the general principles were stored); www.thestudentroom.co.uk thread 2659913 (a reply says the
mark scheme is wrong: disputed); www.wyzant.com 728135 and lavelle.chem.ucla.edu (domains used
before; no equal forms named); jiskha.com (excluded by rule); generated or AI pages (gradora.ai,
tuitiongowhere, smartsolve, marking-scheme-chemistry pages on bare IP hosts, cbsegrade10studyguide,
x-mathai, qammunity, askanewquestion).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FD = "fdokumen.com"
FD_AOS = "https://fdokumen.com/documents/amount-of-substance-answers-science-skool.html"
SC2 = "it.scribd.com"
SC2_URL = "https://it.scribd.com/document/119209562/C2-Quantitative-Chemistry-Marks-Intermediate"
IB = "dl.ibdocs.re"
_IB = (
    "https://dl.ibdocs.re/IB%20QUESTIONBANKS/6.%20Sixth%20Edition%20-%20Group%204%202025/"
    "questionbank/en/teachers/ibdocs2/questionbanks/"
)
IB_9084821 = _IB + "58-dp-chemistry-first-assessment-2025/question_node_trees/9084821.html"
IB_9068699 = _IB + "45-dp-chemistry-last-assessment-2024/question_node_trees/9068699.html"
IB_1243529 = _IB + "58-dp-chemistry-first-assessment-2025/question_node_trees/1243529.html"
IB_1245947 = _IB + "58-dp-chemistry-first-assessment-2025/question_node_trees/1245947.html"
SCB = "scribd.com"
SCB_481 = "https://scribd.com/document/481388536/Strong-Weak-Acids-pH-pKa-Kw-1-MS-pdf"
SCB_695 = "https://scribd.com/document/695473762/MS-Acids-Bases-Buffers-ALL-PPQ"
LC = "ask.learncbse.in"
LC_34678 = (
    "http://ask.learncbse.in/t/calculate-the-molarity-of-each-solution-47-2mg-nacl-in-145-3ml-"
    "of-solution/34678"
)
HOL = "holooly.com"
HOL_513289 = "https://holooly.com/?p=513289"
CF = "chemicalforums.com"
CF_97050 = "https://chemicalforums.com/index.php?prev_next=prev&topic=97050.0"

CASES = [
    # fdokumen AQA 2010 amount of substance: units in brackets, allowed roundings, wrong units
    _c(
        FD,
        FD_AOS,
        gold=r"0.0184",
        pred=r"0.018",
        wrap=True,
        expected=False,
        why="'0.741/40.3 = 0.0184' ... '0.018 with no Mr shown = 0 Penalise if not 3 sig figs in this clip only'",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"11.1 dm3",
        pred=r"11.1",
        wrap=True,
        expected=True,
        why="'Ignore units 3 marks for 11.1 (dm3)' (unit in brackets, not needed)",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"11.1 dm3",
        pred=r"11.1 m3",
        wrap=True,
        expected=False,
        why="'3 marks for 11.1 (dm3) However if 11.1 m3 or cm3 allow 2 ( ie penalise wrong units in final answer)'",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"11.1 dm3",
        pred=r"11.1 cm3",
        wrap=True,
        expected=False,
        why="'3 marks for 11.1 (dm3) However if 11.1 m3 or cm3 allow 2 ( ie penalise wrong units in final answer)'",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"0.0304",
        pred=r"0.03",
        wrap=True,
        expected=True,
        why="'3 c i 0.0152 x 2 = 0.0304 1 Allow 0.03'",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"0.938 mol dm-3",
        pred=r"0.938",
        wrap=True,
        expected=True,
        why="'3 c ii 0.938 mol dm-3 ... Ignore units even if wrong'",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"0.15 mol dm-3",
        pred=r"0.15",
        wrap=True,
        expected=True,
        why="'2 (a) (ii) 0.15 (mol dm-3)' (unit in brackets, not needed)",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"0.0254 mol2 dm–6",
        pred=r"0.025 mol2 dm–6",
        wrap=True,
        expected=True,
        why="'0.025(4) mol2 dm–6' (bracketed last digit not needed)",
    ),
    _c(
        FD,
        FD_AOS,
        gold=r"1.0",
        pred=r"1",
        wrap=True,
        expected=True,
        why="'mol H2 = 1(.0)' (bracketed decimal not needed)",
    ),
    # scribd 119209562 AQA C2 quantitative chemistry: % sign not needed; special-case and part-credit answers
    _c(
        SC2,
        SC2_URL,
        gold=r"35%",
        pred=r"35",
        wrap=True,
        expected=True,
        why="'gains 1 mark but 35% (% sign not needed)'",
    ),
    _c(
        SC2,
        SC2_URL,
        gold=r"35%",
        pred=r"17.5%",
        wrap=True,
        expected=False,
        why="'35% ... special case of (14 / 80 100 = 17.5%) gains 1 mark' of the 2",
    ),
    _c(
        SC2,
        SC2_URL,
        gold=r"157",
        pred=r"138",
        wrap=True,
        expected=False,
        why="'157 correct answer with or without working ... only allow (119 + 19 =) 138 for 1 mark only'",
    ),
    # IB 21M.2.SL.TZ2.1a: volume of CO2 at STP, other gas constants accepted
    _c(
        IB,
        IB_9084821,
        gold=r"126 dm3",
        pred=r"126",
        wrap=True,
        expected=True,
        why="'«V = 5.55 mol × 22.7 dm3 mol−1 =» 126 «dm3»' (text in « » not needed)",
    ),
    _c(
        IB,
        IB_9084821,
        gold=r"126 dm3",
        pred=r"125 dm3",
        wrap=True,
        expected=True,
        why="'Accept method using pV = nRT ... with p as either 100 kPa (126 dm3) or 101.3 kPa (125 dm3).'",
    ),
    _c(
        IB,
        IB_9084821,
        gold=r"126 dm3",
        pred=r"124 dm3",
        wrap=True,
        expected=True,
        why="'Do not penalize use of 22.4 dm3 mol–1 to obtain the volume (124 dm3).'",
    ),
    # IB 21M.2.hl.TZ1.a: pH of propanoic acid, quadratic answer accepted
    _c(
        IB,
        IB_9068699,
        gold=r"3.94",
        pred=r"3.96",
        wrap=True,
        expected=True,
        why="'pH = 3.94 ✔ ... Award [3] for 3.96 {answer if solved by quadratic}.'",
    ),
    # IB 19M.2.SL.TZ2.5b(ii): text in guillemets not needed
    _c(
        IB,
        IB_1243529,
        gold=r"3.6 × 10–3 mol dm–3",
        pred=r"3.6 × 10–3",
        wrap=True,
        expected=True,
        why="'«concentration = » 3.6 × 10–3 «mol dm–3» [✔] ... Award [2] for correct final answer.'",
    ),
    _c(
        IB,
        IB_1243529,
        gold=r"84.01 g mol–1",
        pred=r"84.01",
        wrap=True,
        expected=True,
        why="'«molar mass of NaHCO3 =» 84.01 «g mol–1» [✔]'",
    ),
    # IB 19M.2.HL.TZ1.2b(i): text in guillemets not needed
    _c(
        IB,
        IB_1245947,
        gold=r"8.91 × 10−12 mol dm−3",
        pred=r"8.91 × 10−12",
        wrap=True,
        expected=True,
        why="'«[OH−] = =» 8.91 × 10−12 «mol dm−3» [✔] ... Award [2] for correct final answer.'",
    ),
    _c(
        IB,
        IB_1245947,
        gold=r"1.122 × 10−3 mol dm−3",
        pred=r"1.122 × 10−3",
        wrap=True,
        expected=True,
        why="'[H+] «= 10−2.95» = 1.122 × 10−3 «mol dm−3» [✔]'",
    ),
    # scribd 481388536 Edexcel strong and weak acids MS: slash alternatives, 3 sf required
    _c(
        SCB,
        SCB_481,
        gold=r"8.91 x 10-9 mol2 dm-6",
        pred=r"8.91 x 10-9",
        wrap=True,
        expected=True,
        why="'M1: x2 = 8.91 x 10-9 (mol2 dm-6)' (unit in brackets)",
    ),
    _c(
        SCB,
        SCB_481,
        gold=r"9.44 x 10-5",
        pred=r"0.0000944",
        wrap=True,
        expected=True,
        why="'[HS−] = 9.44 x 10-5 / 0.0000944 (mol dm-3)' (slash = either)",
    ),
    _c(
        SCB,
        SCB_481,
        gold=r"9.44 x 10-5",
        pred=r"9.4393 x 10-5",
        wrap=True,
        expected=False,
        why="'(x = 9.4393 x 10-5) [HS−] = 9.44 x 10-5 ... For M2, answer must be to 3 sf'",
    ),
    _c(
        SCB,
        SCB_481,
        gold=r"4.0251",
        pred=r"4.025",
        wrap=True,
        expected=True,
        why="'pH = (-log 9.439 x 10-5 ) = 4.0251/4.025 /4.03/...'",
    ),
    _c(
        SCB,
        SCB_481,
        gold=r"4.0251",
        pred=r"4.03",
        wrap=True,
        expected=True,
        why="'pH = (-log 9.439 x 10-5 ) = 4.0251/4.025 /4.03/...'",
    ),
    # scribd 695473762 OCR acids, bases and buffers MS: calculator values allowed; common errors
    _c(
        SCB,
        SCB_695,
        gold=r"1.905 × 10–3",
        pred=r"1.905460718 x 10-3",
        wrap=True,
        expected=True,
        why="'[H+] = 10–2.72 OR 1.905 × 10–3 (mol dm–3)' with 'ALLOW 2SF up to calculator value 1.905460718 x 10-3'",
    ),
    _c(
        SCB,
        SCB_695,
        gold=r"1.5 × 10–2",
        pred=r"1.45248 × 10–2",
        wrap=True,
        expected=True,
        why="'OR 1.5 × 10–2 (mol dm–3)' with 'ALLOW 1.5 × 10–2 up to calculator value 1.45248 × 10–2 (mol dm–3)'",
    ),
    _c(
        SCB,
        SCB_695,
        gold=r"2.4 × 10–2",
        pred=r"2.4208 × 10–2",
        wrap=True,
        expected=True,
        why="'= 2.4 × 10–2 (mol dm–3)' with 'ALLOW 2.4 × 10–2 up to calculator value 2.4208 × 10–2 (mol dm–3)'",
    ),
    _c(
        SCB,
        SCB_695,
        gold=r"2.4 × 10–2",
        pred=r"8.7 × 10–3",
        wrap=True,
        expected=False,
        why="'If answer = 2.4 × 10–2 (mol dm–3) award 4 marks' ... 'COMMON ERRORS ... [CH3COO–]initial = 8.7 × 10–3 3 marks 600 and 1000 inverted'",
    ),
    _c(
        SCB,
        SCB_695,
        gold=r"2.4 × 10–2",
        pred=r"3.6 × 10–6",
        wrap=True,
        expected=False,
        why="'If answer = 2.4 × 10–2 (mol dm–3) award 4 marks' ... COMMON ERRORS '[CH3COO–]initial = 3.6 × 10–6 3 marks [CH3COOH] : [H+] inverted'",
    ),
    # ask.learncbse 34678: molarity in scientific and decimal notation
    _c(
        LC,
        LC_34678,
        gold=r"5.56x10^-3 M NaCl",
        pred=r"0.00556 M NaCl",
        wrap=True,
        expected=True,
        why="'the final answer becomes: 5.56x10^-3 M NaCl, or 0.00556 M NaCl, both answers are correct.'",
    ),
    # holooly 513289: molarity as mol/L and M
    _c(
        HOL,
        HOL_513289,
        gold=r"5.6 M",
        pred=r"5.6 mol/L",
        wrap=True,
        expected=True,
        why="'= \\frac{5.6 mol}{L}= 5.6 M'",
    ),
    # chemicalforums topic 97050: the asker's reciprocal against the book's answer
    _c(
        CF,
        CF_97050,
        gold=r"6.23 moles",
        pred=r"0.161 moles",
        wrap=True,
        expected=False,
        why="asker got '0.161 moles' 'But the answer given in the book is 6.23 moles ... 6.23 is the reciprocal of my answer'",
    ),
]

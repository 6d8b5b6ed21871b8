r"""An eighty-fourth fresh set of answer-equivalence cases (evaluation only; helper "a": UK and
international exam-board mark schemes -- WJEC and Eduqas GCSE marking schemes, an Edexcel-layout
and a Cambridge-style scheme, the BBC GCSE Bitesize practice-exam marking schemes and the general
notes of an IB markscheme -- where the scheme lists the forms of a GCSE answer that are accepted
("or", "Accept", "Allow", "oe", a unit or percent sign in round brackets) and the forms that earn
only part marks or none ("B0 for", "but NOT", "1 mark for", "B1 for" below a B2 answer)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh84_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the scheme gives full credit, or a form it
refuses or gives only part of the marks; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy (for the proxied scribd copies,
the proxy's domain) and ``where`` its full URL. There is no commit; every source is a web page
with no licence file. Only the text the search tool returned for a page (its excerpt; for the long
scheme booklets, their first questions) was read. Do not tune the judge on these cases.
Continued in bench/equiv_fresh84_a2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them ("201.0cm²" without a space,
"£0.19", "–8 and 16" with its en dash, "(0, − 8)" with its minus sign and space, "2 ÷4", "x / 2").
Where a scheme lists forms joined by "or" / "OR" the first is the gold and each further form a
True case. Where the scheme puts a unit or a percent sign in round brackets ("32(%)", "15(°C)",
"Allow 15(°C)") the bracketed part is optional: the gold keeps it (brackets dropped) and the pred
is the bare number. WJEC's "7 thousand(s)" is read the same way ("7 thousand"). A value the scheme
credits with fewer than the question's marks ("2 marks for showing 19.87" on a 3-mark answer,
"B1 for 16 or 18 or 20" on a B2 answer, "B3 for ... –8 and 16" on a 4-mark answer) is a False
case. The golds of the Bitesize pages keep their units and currency signs as printed.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- getrevising.co.uk "resources/gcse_maths_calculator_higher_mark_scheme" (BBC GCSE Bitesize
  examinations, Higher Tier Paper 2 Calculator marking scheme: "1. 19.9 (3 marks) 2 marks for
  showing 19.87 or 19.870"; "7. £194.05 (3 marks) 2 marks for showing £1793.05, or 1 mark for
  showing £267.05"). 4 cases (4 False).
- getrevising.co.uk "resources/bbc_bitesize_non_calculator_higher" (despite its name, the
  Bitesize Foundation Tier Paper 2 Calculator marking scheme: "14. (a) 6 (2 marks) 1 mark for
  5.64 or 5.6"; "(b) 201.0cm² or 201.1cm²"; "19. (a) 19p or £0.19 ... 1 mark for 0.18888"; "(b)
  57p or £0.57 ... or 0.5684210526"; "(b) £1.02 (2 marks) 1 mark for 1.017142857"; "(c) £63.75
  (2 marks) 1 mark for £11.25"). 9 cases (6 False).
- getrevising.co.uk "resources/bbc_bitesize_non_calculator_markscheme_foundation" (Bitesize
  Foundation Paper 1: "13. (a) 1200cm³ (2 marks) 1 mark for showing 1200 without the units cm3.").
  1 case (1 False).
- dokumen.tips "gcse-marking-scheme-solve-my-maths-marking-scheme-mathematics-linear-the" (WJEC
  GCSE Mathematics linear, November 2013, Paper 1 Foundation: "(d) 81 B1 Accept 92 OR 9×9"; "2.
  (a) 7 thousand(s) OR 7000 OR thousand(s)"). 2 cases.
- dokumen.tips "gcse-marking-scheme-revision-maths-wjec-cbac-ltd-gcse-marking-scheme-mathematics"
  (WJEC linear, Summer 2015, Paper 1 Foundation: "1. (b) (iii) 49 B1 Accept 72 OR 77 but NOT 7";
  "1. (c) 10 000 B1 B1 for 'ten thousand' in words."). 2 cases (1 False).
- vdocuments.net "wjec-foundation-jun-2013-ms" (WJEC linear, Summer 2013, Paper 1 Foundation: "1.
  (b) (iii) 36 B1 Accept 62, 6×6 but NOT 6"). 2 cases (1 False).
- fdocuments.in "gcse-marking-scheme-revision-maths-gcse-9-1-mathematics-component-1-foundation"
  (WJEC GCSE (9-1), Summer 2018, Component 1 Foundation C300U10-1: "(ii) 0.01 B1 0.01% is B0").
  1 case (1 False).

Sources of bench/equiv_fresh84_a2.py:

- studylib.net doc 27181536 "a22-c300u10-1-ms" (Eduqas GCSE Mathematics, Autumn 2022, Component
  1 Foundation: "1.(e) 32(%)"; "2.(a) 81 – 44 37(%)"). 2 cases.
- scribd.com document 717158073 "June-2018-MS-Unit-1-I-WJEC-Maths-GCSE" (WJEC GCSE, Summer 2018,
  Unit 1 Intermediate 3300U30-1: "1.(a) Both 13 AND 19 B2 Accept in any order. B1 for 17 AND 15.";
  "1.(b) 12 B2 B1 for 16 or 18 or 20."). 4 cases (4 False).
- fdocuments.in "gcse-marking-scheme-revision-maths-1-foundation-tier-november-2014-mark-final"
  (WJEC unitised, November 2014, Unit 1 Foundation: "(c) 15(°C) (d) 2(°C) ... Allow 15(°C)").
  2 cases.
- www.avroarrow.org "essay/power-to-maths" (a GCSE mark scheme in Edexcel's layout, the board not
  named in the stored text: "3(a) √(48/3) ±4 ... A1 for 4 or -4 or ±4"; "1(a) (400 – 308)/2 + 1
  47 ... M1 for (400 – 308)/2 or 46 seen A1 cao"). 3 cases (1 False).
- codestin.com proxy copy of scribd 708792175 "markScheme-6" (a Cambridge-style mark scheme:
  "4(b) 3.41 or 3.412 to 3.413"; "7(c) (0, − 8) and (0, 16) 4 B3 for (0, −8) or (0, 16) or for –8
  and 16"). 4 cases (2 False).
- codestin.com proxy copy of scribd 834712430 "N23-Extended-Mathematics-English-markscheme" (IB
  Extended mathematics, November 2023, general notes: "accept all alternative forms of notation,
  for example 1,9 as 1.9"; "OE (Or Equivalent) e.g. OR 1/2 OR 0.5 OR 2 ÷4 ; OR x / 2 or x ÷ 2 ;
  0.23 OR 23%"). 5 cases.

41 cases in all (21 False): 21 here (14 False), 20 in bench/equiv_fresh84_a2.py (7 False).

Left out, by rule: refusals that are only about notation when the value is the same (the Eduqas
2022 "Accept 3 / 4. B0 for 3 ÷ 4."; the Bitesize Foundation Paper 1 "(a) ... or 0.1 (NOT 10%)"
and "(b) ... or 0.3 (NOT 30%)"; WJEC November 2013 "(d) 3/8 B2 B1 for 6/16" and "B0 for twenty
three thousand zero hundreds and eight (litres)"; the IB note "DO NOT ACCEPT incorrect
mathematical notation x^2 for x2", whose x² lost its superscript); forms whose fraction, power or
sign was lost or scattered by the text conversion (WJEC's "Accept 92" and "Accept 72 OR 77" for 9²
and 7²; the stacked golds of the Eduqas "1.(d) 3 4", of the WJEC 2018 "(b)(i) 1 100 or
equivalent" and of the IB "1/2" and "x / 2" examples, whose inline forms are used instead; the
Bitesize "27.5 or 271/2", "x = -8.32 and x = -0.18 ... 1 mark for - 8.3197 AND  0.1803" with a
lost minus sign, "(c) 3.8, 0.8" and "1.567 × 10 8"; the 708792175 stacked "4(a) ... or [0].127 or
12.7%"); answers with a trailing ellipsis ("82.1 or 82.14…", "8.25 or 8.246…", "15.6 or
15.62…"); "Accept in any order" (WJEC 2018 1.(a)), "Accept embedded answers, e.g.37 + 46 = 83."
(WJEC November 2013) and "SC1 for correct values but reversed", which name no second form of the
answer; single-form answers and answers to drawing questions.

Examined and not used: scribd 431014171 (Cambridge 0580 sample paper mark scheme, used by
bench/equiv_fresh45_d.py); scribd 721520608, 660949692, 672852156, 579418714 and the codestin
copies of 854626496, 893278371, 901504672, 719251731 (used by earlier sets); library.tis.today
questions 6866, 4588 and 463308 (claimed or used before); noa.freshdesk.com (used before);
a.simonm.io (excluded by the brief); ib.mycosmic.dev question pages (their formulas are not in the
stored text); the wiziq.com and it.scribd.com 23432381 copies of the Bitesize Higher Paper 2
scheme (the getrevising copy is used; the copies disagree on one value, 58.8816 against 59.8816,
which is not used); the Bitesize Higher Paper 1 scheme on getrevising (its answers are stacked
fractions, lost powers and vectors without signs); scribd 11601431 and 11785947 (Edexcel
specimen schemes whose answer columns are scattered); scribd 717316229 and 721258577 (a Year 8
school scheme; the latter used before); the long scheme booklets on pdfslide, docplayer,
sciencedocbox, educationdocbox, 9lib, vdocument.in and docest (only their general instructions
were stored, or their digits were dropped); the SQA understandingstandards pages and marking
instructions (general principles only); applaa.com question pages (OCR general instructions
only); info.5y1.org IB compilations (thin spaces turned into "?"); kramizo.com, thinka.ai,
gcsemathsai.co.uk, topmygrade and revisesmarter.com (generated mocks, notes or AI marking);
thestudentroom threads found (no settled verdict on a maths answer form).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GRV = "getrevising.co.uk"
GRV_H2 = "https://getrevising.co.uk/resources/gcse_maths_calculator_higher_mark_scheme"
GRV_F2 = "https://getrevising.co.uk/resources/bbc_bitesize_non_calculator_higher"
GRV_F1 = "https://getrevising.co.uk/resources/bbc_bitesize_non_calculator_markscheme_foundation"
DTP = "dokumen.tips"
DTP_N13 = "https://dokumen.tips/documents/gcse-marking-scheme-solve-my-maths-marking-scheme-mathematics-linear-the.html"
DTP_S15 = "https://dokumen.tips/documents/gcse-marking-scheme-revision-maths-wjec-cbac-ltd-gcse-marking-scheme-mathematics.html"
VDN = "vdocuments.net"
VDN_S13 = "https://vdocuments.net/wjec-foundation-jun-2013-ms.html"
FDI = "fdocuments.in"
FDI_S18 = "https://fdocuments.in/document/gcse-marking-scheme-revision-maths-gcse-9-1-mathematics-component-1-foundation.html"
# sources of bench/equiv_fresh84_a2.py
STL = "studylib.net"
STL_A22 = "https://studylib.net/doc/27181536/a22-c300u10-1-ms"
SCR = "scribd.com"
SCR_U1I = "https://scribd.com/document/717158073/June-2018-MS-Unit-1-I-WJEC-Maths-GCSE"
FDI_N14 = "https://fdocuments.in/document/gcse-marking-scheme-revision-maths-1-foundation-tier-november-2014-mark-final.html"
AVR = "www.avroarrow.org"
AVR_PM = "https://www.avroarrow.org/essay/power-to-maths"
COD = "codestin.com"
COD_708 = "https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F708792175%2FmarkScheme-6"
COD_834 = "https://codestin.com/utility/all.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F834712430%2FN23-Extended-Mathematics-English-markscheme"

CASES = [
    # getrevising Bitesize Higher Paper 2 (calculator): partial-credit values are not the answer
    _c(
        GRV,
        GRV_H2,
        gold=r"19.9",
        pred=r"19.87",
        wrap=True,
        expected=False,
        why="'1. 19.9 (3 marks) 2 marks for showing 19.87 or 19.870'",
    ),
    _c(
        GRV,
        GRV_H2,
        gold=r"19.9",
        pred=r"19.870",
        wrap=True,
        expected=False,
        why="'1. 19.9 (3 marks) 2 marks for showing 19.87 or 19.870'",
    ),
    _c(
        GRV,
        GRV_H2,
        gold=r"£194.05",
        pred=r"£1793.05",
        wrap=True,
        expected=False,
        why="'7. £194.05 (3 marks) 2 marks for showing £1793.05, or 1 mark for showing £267.05'",
    ),
    _c(
        GRV,
        GRV_H2,
        gold=r"£194.05",
        pred=r"£267.05",
        wrap=True,
        expected=False,
        why="'7. £194.05 (3 marks) 2 marks for showing £1793.05, or 1 mark for showing £267.05'",
    ),
    # getrevising Bitesize Foundation Paper 2 (calculator; stored as 'non_calculator_higher')
    _c(
        GRV,
        GRV_F2,
        gold=r"6",
        pred=r"5.64",
        wrap=True,
        expected=False,
        why="'14. (a) 6 (2 marks) 1 mark for 5.64 or 5.6'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"6",
        pred=r"5.6",
        wrap=True,
        expected=False,
        why="'14. (a) 6 (2 marks) 1 mark for 5.64 or 5.6'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"201.0cm²",
        pred=r"201.1cm²",
        wrap=True,
        expected=True,
        why="'(b) 201.0cm² or 201.1cm² (3 marks)'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"19p",
        pred=r"£0.19",
        wrap=True,
        expected=True,
        why="'19. (a) 19p or £0.19 (2 marks)'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"19p",
        pred=r"0.18888",
        wrap=True,
        expected=False,
        why="'19. (a) 19p or £0.19 (2 marks) 1 mark for showing 85 ÷ 450 or 1 mark for 0.18888'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"57p",
        pred=r"£0.57",
        wrap=True,
        expected=True,
        why="'(b) 57p or £0.57 (2 marks)'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"57p",
        pred=r"0.5684210526",
        wrap=True,
        expected=False,
        why="'(b) 57p or £0.57 (2 marks) 1 mark for showing 120 ÷ 950 x 450 or 0.5684210526'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"£1.02",
        pred=r"1.017142857",
        wrap=True,
        expected=False,
        why="'(b) £1.02 (2 marks) 1 mark for 1.017142857'",
    ),
    _c(
        GRV,
        GRV_F2,
        gold=r"£63.75",
        pred=r"£11.25",
        wrap=True,
        expected=False,
        why="'(c) £63.75 (2 marks) 1 mark for £11.25'",
    ),
    # getrevising Bitesize Foundation Paper 1 (non-calculator): the unit is part of the answer
    _c(
        GRV,
        GRV_F1,
        gold=r"1200cm³",
        pred=r"1200",
        wrap=True,
        expected=False,
        why="'13. (a) 1200cm³ (2 marks) 1 mark for showing 1200 without the units cm3.'",
    ),
    # WJEC linear November 2013, Paper 1 Foundation
    _c(
        DTP,
        DTP_N13,
        gold=r"81",
        pred=r"9×9",
        wrap=True,
        expected=True,
        why="'(d) 81 B1 Accept 92 OR 9×9' (the first alternative, 9 squared, lost its superscript)",
    ),
    _c(
        DTP,
        DTP_N13,
        gold=r"7 thousand",
        pred=r"7000",
        wrap=True,
        expected=True,
        why="'2. (a) 7 thousand(s) OR 7000 OR thousand(s) B1'",
    ),
    # WJEC linear Summer 2015, Paper 1 Foundation
    _c(
        DTP,
        DTP_S15,
        gold=r"49",
        pred=r"7",
        wrap=True,
        expected=False,
        why="'1. (b) (iii) 49 B1 Accept 72 OR 77 but NOT 7'",
    ),
    _c(
        DTP,
        DTP_S15,
        gold=r"10 000",
        pred=r"ten thousand",
        wrap=True,
        expected=True,
        why="'1. (c) 10 000 B1 B1 for 'ten thousand' in words.'",
    ),
    # WJEC linear Summer 2013, Paper 1 Foundation
    _c(
        VDN,
        VDN_S13,
        gold=r"36",
        pred=r"6×6",
        wrap=True,
        expected=True,
        why="'1. (b) (iii) 36 B1 Accept 62, 6×6 but NOT 6'",
    ),
    _c(
        VDN,
        VDN_S13,
        gold=r"36",
        pred=r"6",
        wrap=True,
        expected=False,
        why="'1. (b) (iii) 36 B1 Accept 62, 6×6 but NOT 6'",
    ),
    # WJEC GCSE (9-1) Summer 2018, Component 1 Foundation: a percent sign changes the value
    _c(
        FDI,
        FDI_S18,
        gold=r"0.01",
        pred=r"0.01%",
        wrap=True,
        expected=False,
        why="'(ii) 0.01 B1 0.01% is B0'",
    ),
]

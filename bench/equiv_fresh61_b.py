r"""A sixty-first fresh set of answer-equivalence cases (evaluation only; helper "b": AP Calculus,
AP Statistics, AP Physics and IB mathematics scoring guidelines and markschemes that state which
answer forms earn the mark -- a percentage sign not required, a negative percentage error refused,
a fraction's decimal and percentage forms listed side by side (the truncated percentage included),
money that must keep two decimal places, set answers with or without braces, and values that are
accepted or refused because of premature rounding or a different conversion route).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against the claims files of fresh57 to fresh60 and
/work/wt/fresh61_claims/claims.txt; each page was claimed there before use). Each case gives the
reference answer (``gold``), the prediction (``pred``: another form the markscheme accepts, or a
form it refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy and ``where`` its full URL. There is no commit; every source is a
web page with no licence file. Only the text the search tool returned for a page (its excerpt) was
read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (the en dash of "–13.1%" and
"–4, –3, ..." and the minus sign of "−43.5%" kept as printed, "60.7 %" with its space, "GBP 960.00"
with its currency code). A left side such as "P(late) =", "r =", "NM =" or "C =" is dropped. Where a
markscheme gives an answer followed by bracketed alternatives ("4/7 (0.571, 57.1%)"), and the
fraction is stacked or lost in the stored text, the first decimal is taken as the gold and each
further listed form is a True case; where a form is accepted or refused in a Note, the answer line
is the gold. Readings, each noted in ``why``: scribd 446718675's Q3(a) note "do not penalise if
braces, brackets or parentheses seen" is turned into one case per kind of bracket around the
listed numbers; de.scribd 273282712's "282 m2" / "Accept 283 m2 if 23.4 is used" is taken without
its unit (the superscript is displaced in the stored text), and its "9.58 m" likewise, so that
it meets the refused "9.60" and "9.6" bare, as they are printed; formsbank's "782.10 ZAR" is taken
without the currency on both sides (the refusal is about the dropped zero, not the unit).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.scribd.com document 446718675 "paper1-sol-rtf" (IB Questionbank Mathematical Studies 3rd
  edition, paper 1 solutions: percentage error "= 13.1% ... Notes: % sign not required. Do not
  accept –13.1%"; "= 1.75 (1.750, 7/4)"; a list "–4, –3, –2, –1, 0, 1, 2 ... do not penalise if
  braces, brackets or parentheses seen"; "4/7 (0.571, 57.1%)", "1/7 (0.143, 14.3%)"). 8 cases
  (1 False).
- www.formsbank.com template 392242 page 7 (the same questionbank, currency: "300 × 2.607 = 782.10
  ZAR ... Note: 782.1 is (A0)(FP)"; "Interest is 8.10 ... Award (A1) for 8.1 seen"). 2 cases
  (1 False).
- www.formsbank.com template 392242 page 10 (exchange rates: "q = 5.26 (2 d.p.)" with "q = 5.33
  instead of 5.26" accepted for conversions routed via the home currency; "GBP 960.00" with "Accept
  (1500 ÷ 1.56 ...) = GBP 961.54"; "= GBP 740 (nearest GBP)" with "Accept C = 900/1.22 = GBP 738").
  3 cases.
- fliphtml5.com fvpeq/qvgi "AI SL Paper 1 Questions & Markschemes" page 47 (IB M23 applications
  and interpretation SL paper 1 TZ2, Q2(b): "r = 43.5% (43.477...%) ... Accept r = −43.5%. Award
  M1A1A0 for a final answer of 56.5%."). 2 cases (1 False).
- de.scribd.com document 273282712 "Ib2 Math Studies 2nd Term Paper 2 Ms" (Q1(c) "Area of ABC =
  282 m2 ... Note: Accept 283 m2 if 23.4 is used"; Q1(d) "NM = 9.58 m ... Premature rounding of CN
  leads to the answers 9.60 or 9.6. Award at most (M1)(M1)(A0)"). 3 cases (2 False).
- studylib.net doc 26321788 "Probability Practice key" (IB, "= 0.0625 (1/16, 6.25%)"; "= 91/150
  (0.607, 60.6 %, 60.7 %)"). 3 cases.
- studylib.net doc 25703014 "Probability" (IB, "P(S ∩ T) = 0.08 (accept 8%)", "= 0.12 (accept
  12%)"). 2 cases.

23 cases in all (5 False).

Left out, by rule: forms whose fraction or power was stacked or lost by the text conversion (the
fractions 7/4, 4/7, 1/7, 1/16, 91/150 and 3/4 themselves; it.scribd 449670187's "Accept 4.34×10^4"
and "2.58 × 10^6"; fanyv88 scribd 523034939's "x = 13/6 (2.17)" and "x2 + x = 30"); accuracy-penalty
notes that take off a mark once per paper rather than refuse the form (scribd 446718675's "Award
(A1)(AP) for 1.38", "(M1)(A1)(AP)"); follow-through values ("If 2 s.f. used throughout part (b)(i)
award (A1)(ft) for 1.78 or 1.8"); partial credit for a rounded answer without working ("Award (A2)
for 43400 shown with no working"); fliphtml5 page 47's "Award at most (M1)(A1)A0 if correct answer
is not given to two decimal places" for "552.11" (it names no refused form); rules stated only in
general (the AP Physics general notes "use of 10 m s^-2 is of course also acceptable", "two to four
significant digits are acceptable"; the IB extended-mathematics "1,9 as 1.9" notation rule).

Examined and not used: it.scribd.com 449670187 (an earlier copy of the first six pages of scribd
446718675, claimed and then left for the longer copy); fdocument.org "studies ultimate review
answers" (another copy of the same key, its numbers reversed by the conversion); fanyv88 scribd
523034939 "Quadratic 1 Ms" (its "(1.5, –2.25)" note does not say which form the question asked
for); fdocuments.us and vdocuments IB Questionbank tests and midterm keys (single forms, or used by
bench/equiv_fresh53_d.py); pdfslide "AGC # 1. Markscheme" (fractions and percentages scrambled);
info.5y1.org misswelton pages (domain used before; "134.34 (USD) ... nearest cent" names no refused
form); library.tis.today questions 129444, 122550, 5809 and ib.mycosmic.dev q/1506, 1588, 468
(single forms, or formulas lost); studylib IB Physics 2.1 motion key 26969204 (golds lost);
AP Calculus and AP Statistics scoring guidelines on fliphtml5 (aqaqo), 1library, studyres,
sciencedocbox and coconote (formulas stripped, holistic E/P/I scoring, or already used);
oocities.org mrjou "AP Calculus Advice", apcentral teachers_corner 8861 and studylib 7978949 AP
Calculus commentary (used by bench/equiv_fresh54_e.py, bench/equiv_fresh56_b.py); Barron's AP
Calculus on issuhub (rounding advice without an answer key); AQA and Edexcel keys on scribd and
a.simonm.io (outside the topic, or a domain used heavily already); AI-written revision pages
(cal53.calculator.city, aimnova, revisiondojo, ibdemystified, tuitiongowhere).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

SCR = "www.scribd.com"
SCR_446 = "https://www.scribd.com/document/446718675/paper1-sol-rtf"
FB = "www.formsbank.com"
FB_P7 = "https://www.formsbank.com/template/392242/math-word-problems-worksheet.html?page=7"
FB_P10 = "https://www.formsbank.com/template/392242/math-word-problems-worksheet.html?page=10"
FH = "fliphtml5.com"
FH_47 = "https://fliphtml5.com/fvpeq/qvgi/AI_SL_Paper_1_Questions_%26amp%3B_Markschemes/47"
DES = "de.scribd.com"
DES_273 = "https://de.scribd.com/document/273282712/Ib2-Math-Studies-2nd-Term-Paper-2-Ms"
SL1 = "studylib.net"
SL1_263 = "https://studylib.net/doc/26321788/probability-practice-key"
SL2 = "studylib.net"
SL2_257 = "https://studylib.net/doc/25703014/probability"

CASES = [
    # scribd 446718675: IB Questionbank Mathematical Studies paper 1 solutions
    _c(
        SCR,
        SCR_446,
        gold=r"13.1%",
        pred=r"13.1",
        wrap=True,
        expected=True,
        why="Q1(c) '= 13.1% (A1)(ft) (C2) Notes: % sign not required.'",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"13.1%",
        pred=r"–13.1%",
        wrap=True,
        expected=False,
        why="Q1(c) '= 13.1% ... Notes: % sign not required. Do not accept –13.1%'",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"1.75",
        pred=r"1.750",
        wrap=True,
        expected=True,
        why="Q1(a) answer line '= 1.75' with the bracketed alternatives '(1.750, 7/4)' (stored as '1.750, ... = 1.75 4')",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"0.571",
        pred=r"57.1%",
        wrap=True,
        expected=True,
        why="Q3(b) '4/7 (0.571, 57.1%) (A1)(ft)(A1)(ft) (C2)' (the fraction is stacked in the stored text; its listed forms are used)",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"0.143",
        pred=r"14.3%",
        wrap=True,
        expected=True,
        why="Q3(c) '1/7 (0.143, 14.3%) (A1)(ft) (C1)'",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"–4, –3, –2, –1, 0, 1, 2",
        pred=r"{–4, –3, –2, –1, 0, 1, 2}",
        wrap=True,
        expected=True,
        why="Q3(a) '–4, –3, –2, –1, 0, 1, 2 (A1) (C1) Note: ... do not penalise if braces, brackets or parentheses seen.'",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"–4, –3, –2, –1, 0, 1, 2",
        pred=r"(–4, –3, –2, –1, 0, 1, 2)",
        wrap=True,
        expected=True,
        why="Q3(a) 'Note: Award (A1) for correct numbers, do not penalise if braces, brackets or parentheses seen.'",
    ),
    _c(
        SCR,
        SCR_446,
        gold=r"–4, –3, –2, –1, 0, 1, 2",
        pred=r"[–4, –3, –2, –1, 0, 1, 2]",
        wrap=True,
        expected=True,
        why="Q3(a) 'do not penalise if braces, brackets or parentheses seen.'",
    ),
    # formsbank 392242 page 7: IB Questionbank Mathematical Studies, currency and interest
    _c(
        FB,
        FB_P7,
        gold=r"782.10",
        pred=r"782.1",
        wrap=True,
        expected=False,
        why="Q13(a)(i) '300 × 2.607 = 782.10 ZAR (A1) Note: 782.1 is (A0)(FP)' (financial accuracy penalty)",
    ),
    _c(
        FB,
        FB_P7,
        gold=r"8.10",
        pred=r"8.1",
        wrap=True,
        expected=True,
        why="Q13(b) 'Interest is 8.10 (A1) ... Notes: ... Award (A1) for 8.1 seen.'",
    ),
    # formsbank 392242 page 10: the same questionbank, exchange rates and compound interest
    _c(
        FB,
        FB_P10,
        gold=r"5.26",
        pred=r"5.33",
        wrap=True,
        expected=True,
        why="Q19(a)(ii) 'q = 5.26 (2 d.p.)'; 'accept and follow through with conversions routed via candidate's home currency ... q = 5.33 instead of 5.26'",
    ),
    _c(
        FB,
        FB_P10,
        gold=r"GBP 960.00",
        pred=r"GBP 961.54",
        wrap=True,
        expected=True,
        why="Q19(b)(i) 'GBP (1500 × 0.64) = GBP 960.00 ... Note: Accept (1500 ÷ 1.56 (or candidate's p)) = GBP 961.54'",
    ),
    _c(
        FB,
        FB_P10,
        gold=r"GBP 740",
        pred=r"GBP 738",
        wrap=True,
        expected=True,
        why="Q19(d) 'Accept C = 900/1.22 = GBP 738' beside '= GBP 740 (nearest GBP)'",
    ),
    # fliphtml5 fvpeq/qvgi page 47: IB M23 applications and interpretation SL paper 1 TZ2 markscheme
    _c(
        FH,
        FH_47,
        gold=r"43.5%",
        pred=r"−43.5%",
        wrap=True,
        expected=True,
        why="Q2(b) 'r = 43.5% (43.477...%) A1 ... Accept r = −43.5%' (stored as 'Accept ( ) 43.5% r = − .')",
    ),
    _c(
        FH,
        FH_47,
        gold=r"43.5%",
        pred=r"56.5%",
        wrap=True,
        expected=False,
        why="Q2(b) 'r = 43.5% ... Award M1A1A0 for a final answer of 56.5%.'",
    ),
    # de.scribd 273282712: IB2 Math Studies 2nd term paper 2 markscheme (IB Questionbank Mathematical Studies)
    _c(
        DES,
        DES_273,
        gold=r"282",
        pred=r"283",
        wrap=True,
        expected=True,
        why="Q1(c) 'Area of ABC = 282 m2 (A1)(ft)(G2) Note: Accept 283 m2 if 23.4 is used.' (units dropped on both sides; the superscript is displaced in the stored text)",
    ),
    _c(
        DES,
        DES_273,
        gold=r"9.58",
        pred=r"9.60",
        wrap=True,
        expected=False,
        why="Q1(d) 'NM = 9.58 m (A1)(ft)(G2) ... Notes: Premature rounding of CN leads to the answers 9.60 or 9.6. Award at most (M1)(M1)(A0) if working seen.'",
    ),
    _c(
        DES,
        DES_273,
        gold=r"9.58",
        pred=r"9.6",
        wrap=True,
        expected=False,
        why="Q1(d) 'Premature rounding of CN leads to the answers 9.60 or 9.6. Award at most (M1)(M1)(A0)'",
    ),
    # studylib 26321788: IB Probability Practice [198 marks] markscheme
    _c(
        SL1,
        SL1_263,
        gold=r"0.0625",
        pred=r"6.25%",
        wrap=True,
        expected=True,
        why="Q1b 'P(late) = 0.25 × 0.1 + 0.75 × 0.05 ... = 0.0625 (1/16, 6.25%) (A1)(ft) (C3)'",
    ),
    _c(
        SL1,
        SL1_263,
        gold=r"0.607",
        pred=r"60.7 %",
        wrap=True,
        expected=True,
        why="Q2a '= 91/150 (0.607, 60.6 %, 60.7 %) (A1)(A1) (C2)' (the fraction is stacked in the stored text; its listed forms are used)",
    ),
    _c(
        SL1,
        SL1_263,
        gold=r"0.607",
        pred=r"60.6 %",
        wrap=True,
        expected=True,
        why="Q2a '= 91/150 (0.607, 60.6 %, 60.7 %) (A1)(A1) (C2)' (the truncated percentage is listed too)",
    ),
    # studylib 25703014: IB Probability [166 marks] markscheme
    _c(
        SL2,
        SL2_257,
        gold=r"0.08",
        pred=r"8%",
        wrap=True,
        expected=True,
        why="Q2a 'P(S ∩ T) = 0.08 (accept 8%) A1'",
    ),
    _c(
        SL2,
        SL2_257,
        gold=r"0.12",
        pred=r"12%",
        wrap=True,
        expected=True,
        why="Q2b 'THEN = 0.12 (accept 12%) A1'",
    ),
]

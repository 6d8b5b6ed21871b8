r"""A hundred-and-third fresh set of answer-equivalence cases (evaluation only; helper "b":
chemistry and physical-science numeric answers -- amounts in mol, concentrations, gas volumes,
enthalpy and energy changes in J, kJ, kJ mol−1 or kW h, pH, temperatures, masses, times read from
graphs, powers of ten and significant figures -- where a mark scheme, an answer key, a teacher's
note or a helper in a Q&A thread settles which forms are the same answer, which values or ranges
are also accepted, and which forms are refused (wrong sign, wrong unit, wrong power of ten, too
many or too few significant figures)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/ and checked against the claims files of every round; each page was claimed
in /work/wt/fresh103_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page accepts, or a form the page refuses or
credits with fewer marks than the full answer; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There
is no commit; every source is a web page with no licence file. Only the text the search tool
returned for a page (its excerpt) was read. Do not tune the judge on these cases. Continued in
bench/equiv_fresh103_b2.py (same rules; its sources are listed below too).

Transcription: strings are copied as the stored page shows them, with their own dashes (en dash
"–", U+2212 "−" or hyphen "-", as each page has it), "°C", "kJ mol−1", "cm3" (superscript already
flattened on the page) and "*10^-3" as typed in the thread. A mark scheme's own answer is the
gold; a form it allows, accepts or lists after "or" or "/" is a True case; a form it refuses ("Do
not accept", "negative sign essential", "gains no marks") or credits with fewer marks than the full
answer ("+160 scores 2 marks", "Award [2] for –137", "Award 1 mark ONLY for –122") is a False case.
For a range ("allow 1660 to 1663", "allow answers in the range 730 – 780") its two end values are
the True preds. Readings, each noted in ``why``: AQA brackets mark optional parts, so
mrcolechemistry's "(+)16.7(2) kJ mol−1" is written as the gold "+16.72 kJ mol−1" with "16.7 kJ
mol−1" a True pred (the key also says "Allow 2 sig figs or more"), its "–16.7(2)" as "–16.72", and
"(+) 122(kJ mol−1)" as the gold "+122 kJ mol−1" with "122" a True pred; in scribd 541092305 the
superscript "–1" of "kJ mol–1" was moved to the line above by the text conversion, so those golds
are the bare numbers ("–38", "– 102", "1662", "418"), which the key accepts ("Ignore no units",
"accept no units"); for scribd 691497459's "–409 kJ ... negative sign essential" the refused pred
is the same value without its sign; in idoc.tips the scheme's own first answer was lost to the
conversion, so the gold is the first form it accepts for full marks ("[Accept 20.736 kW h / 20 736
W h for 3 marks]").

Sources (domain, URL, what is settled; all "web page, no licence file"):

- questioncove.com "updates/544b26ade4b0ec82896509c7" (moles of Cu in 5.0*10^21 atoms: the
  student's "8.3*10^43 mole" is wrong, "The Answer turned out to be 8.3*10^-3", and "0.83 * 10^-2
  = 8.3 * 10^-3"). 2 cases (1 False).
- mrcolechemistry.co.uk calorimetry past paper questions 2, page 6 (AQA Q10: "(= 9120) (J) [or
  ... (9.12) (kJ)]", "final temperature = ... 62.7 or 63 (°C)", "final temperature = 22.56 – this
  would give 3 marks", "–160 scores 3 marks; +160 scores 2 marks; –8000 scores 2 marks; +8000
  scores 1 mark; –1876 scores 2 marks; +1876 scores 1 mark"). 8 cases (6 False).
- mrcolechemistry.co.uk calorimetry past paper questions 1, page 4 (AQA: "(= 836 (J) or 0.836
  (kJ))", "(+)16.7(2) kJ mol−1", "–16.7(2) = 2/3", "+19.4 = 2/3", "+2.68 = 2/3", "+587 or +588 =
  2/3", "Allow 2 sig figs or more"). 6 cases (4 False).
- mrcolechemistry.co.uk "hesss-law-3" (AQA Q17(a)(i): "M3 = (+) 122(kJ mol−1)", "Award 1 mark ONLY
  for –122"). 2 cases (1 False).
- www.scribd.com 541092305 "2.1 Energetics Test MS" ("–38 kJ mol ... Score 2/3 for -76 1/3 for
  +38 Allow 1/3 for +76"; "418 ... allow (1) for –836 another (1) for –418"; "– 102 ... +102
  scores (1) only"; "1662 ... allow 1660 to 1663, –1662 scores one mark only"). 9 cases (7 False).

Sources of bench/equiv_fresh103_b2.py:

- library.tis.today IB question bank v4, 45-dp-chemistry question 96603 (09N.2.sl.TZ0.3: "ΔHΘ=+137
  (kJ)", "Award [2] for –137."). 1 case (1 False).
- dl.ibdocs.re IB question bank, 45-dp-chemistry-last-assessment-2024 node 5337 (18M.3.hl.TZ2.8d:
  "«pH =» 7.66", "Do not accept “«pH =» 8”."). 1 case (1 False).
- www.scribd.com 691497459 "Chemical Energetics MS" (6(c): "energy change = –409 kJ", "negative
  sign essential"). 1 case (1 False).
- crunchchemistry.co.uk "significant-figures-in-chemistry" ("7.4469 rounded to 2 significant
  figures is 7.4", "7.5 (which is incorrect)"; a mean titre of 27.916 cm3 reported as 27.92 cm3
  because the burette reads to 2 decimal places). 2 cases (2 False).
- pdfslide.us "kc-and-kp-past-paper-answers-drclays-" (Dr Chris Clay's AQA answers: "= 4.5714 =
  4.57 ... Answer must be given to 3 significant figures"; "Mean = ... 3.98 (cm3) Allow 3.975
  (cm3)"). 2 cases (1 False).
- www.scribd.com 680335733 "Changes in state and the particle model" answers (AQA physics: "740
  (seconds) allow answers in the range 730 – 780"; "12(°C) accept a value between 12.0 and 12.2
  incl"). 4 cases.
- docsbay.net "1-b-i-correct-substitution-energy-power-time-..." (IB-style thermal physics scheme:
  "mass lost= ... = 0.487 kg = 487 g"). 1 case.
- idoc.tips "circuitsrevision-mark-scheme-pdf-free" ("[Accept 20.736 kW h / 20 736 W h for 3
  marks] [Allow 20 736 J for 2 marks] [20.74 J gains no marks]"; "= 186p / £1.87"; "= 150; [If 2.5
  given as answer then 2 marks max]"; "= 1800; ... [Accept an answer of 30 for 2 marks]"). 6
  cases (4 False).

45 cases in all (29 False): 27 here (19 False), 18 in bench/equiv_fresh103_b2.py (10 False).

Left out, by rule: forms whose power of ten or unit superscript the text conversion flattened or
displaced (crunchchemistry's "4.99 x 10-2 rounded to 2 significant figures is 5.0 x 10-2 NOT 5 x
10-2"; docsbay's "2.2 × 106 J" and "1.1 × 106 J"; idoc.tips' "7.465 10 7" and "3.6 10 6"; the IB
pages' "3.6 × 10–3", whose questions gave no other form); values that come only from an error
carried forward in bracket notation (mrcolechemistry 2/6 "final temperature = 19.1(436)"); the
sign-flipped twins of values already taken from the same line (mrcolechemistry 1/4 "−19.4 = 1/3",
"−2.68 = 1/3", "−587 or −588 = 1/3", "+588"); single-form answers with no second form or verdict
(mrcolechemistry 1/4 "2.5%", scribd 691497459 "−1276", "120 (dm3)" and "–183.5", scribd 541092305
"– 1561 kJ mol", scribd 680335733 "79 600 (J)" and "0.18 ... kg / m3", idoc.tips "0.16 (A)",
crunchchemistry's practice answers "49.690g", "0.48g", "0.0030g"); the question page
mrcolechemistry "hesss-law-past-paper-questions-1" (its mark scheme is cut off before the answer).

Examined and not used: pages used or claimed by earlier sets -- scribd 709620786 (and its
ptop.only.wip.la copy), 695473762, 672578851, 609762508, 666125698, 734022412, 575889195, 564198120,
825895094, de.scribd 95030898, round-lake copy of scribd 503163442, mrcolechemistry calorimetry
2/8 and 4/10, grafana.stuvia 1801207, chemistryhelpforum t-102, elearn.southampton.ac.uk,
ontrack-media sm0l12atest, web.pa.msu.edu capahelp, the webassign.net manual pages,
dl.ibdocs.re 7273, 9068699, 9084821, 1243529, onehourindexing01 copy of scribd 662308713,
paperzz 7683702, 1library zglonk7q, pdfslide rphs-achievement, studylib 18244399 and its
melakarnets copy; studylib 18266007 (AQA A2 kinetics answers: powers of ten flattened, "&times;"
entities); dokumen.tips "rate-equations-and-kp-answers-science-skool" and scribd 721521758 and
641625297 (powers of ten flattened); scribd 750156153 (single answer forms); twyfordphysicsy10
blogspot "homework-on-gases" (its gold is itself a range, "–260 to –280", and "Allow 77-273 for 1
mark" is working); simplechemconcepts.com ("You may get penalized ... 3.26758 instead of 3.27":
not settled); socratic.org's kPa-to-atm question (its working uses 535 kPa where the question says
543 kPa); thestudentroom 2659913 (a reply calls the mark scheme wrong: disputed); the SQA
understandingstandards.org.uk workshops (candidate answers not in the stored text); generated or AI
pages (gradora.ai, tuitiongowhere, marking-scheme-chemistry pages on bare IP hosts, kramizo,
soh-cah-toa.pages.dev, hscscience, chemistrymadeeasy, gizmo.ai, qammunity, gauthmath, smartsolve,
questionai) and jiskha.com (excluded by the brief).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

QC = "questioncove.com"
QC_CU = "https://questioncove.com/updates/544b26ade4b0ec82896509c7"
MC = "mrcolechemistry.co.uk"
MC_CAL2_6 = (
    "https://mrcolechemistry.co.uk/physical-chemistry/topic-energetics/"
    "calorimetry-past-paper-questions-2/6/"
)
MC_CAL1_4 = (
    "https://mrcolechemistry.co.uk/physical-chemistry/topic-energetics/"
    "calorimetry-past-paper-questions-1/4/"
)
MC_HESS3 = "https://mrcolechemistry.co.uk/physical-chemistry/topic-energetics/hesss-law-3/"
SCR = "www.scribd.com"
SCR_541 = "https://www.scribd.com/document/541092305/2-1-Energetics-Test-Ms-2"
# sources of bench/equiv_fresh103_b2.py
SCR_691 = "https://www.scribd.com/document/691497459/Chemical-Energetics-MS"
SCR_680 = "https://www.scribd.com/document/680335733/Changesinstateandtheparticlemodel-answers"
TIS = "library.tis.today"
TIS_96603 = (
    "https://library.tis.today/QuestionBanks/v4/questionbank.ibo.org/en/teachers/00000/"
    "questionbanks/45-dp-chemistry/questions/96603.html"
)
IBD = "dl.ibdocs.re"
IBD_5337 = (
    "https://dl.ibdocs.re/IB%20QUESTIONBANKS/6.%20Sixth%20Edition%20-%20Group%204%202025/"
    "questionbank/en/teachers/ibdocs2/questionbanks/45-dp-chemistry-last-assessment-2024/"
    "question_node_trees/5337.html"
)
CRUNCH = "crunchchemistry.co.uk"
CRUNCH_SF = "https://crunchchemistry.co.uk/significant-figures-in-chemistry"
PDFS = "pdfslide.us"
PDFS_KC = "https://pdfslide.us/documents/kc-and-kp-past-paper-answers-drclays-.html"
DOCSBAY = "docsbay.net"
DOCSBAY_TH = (
    "https://docsbay.net/1-b-i-correct-substitution-energy-power-time-1200-w-30-60-s-2-2-106-j2-max"
)
IDOC = "idoc.tips"
IDOC_CIRC = "https://idoc.tips/circuitsrevision-mark-scheme-pdf-free.html"

CASES = [
    # questioncove 544b26ade4b0ec82896509c7: moles of Cu in 5.0*10^21 atoms
    _c(
        QC,
        QC_CU,
        gold=r"8.3*10^-3",
        pred=r"8.3*10^43 mole",
        wrap=True,
        expected=False,
        why="'My answer was 8.3*10^43 mole' ... 'The Answer turned out to be 8.3*10^-3'",
    ),
    _c(
        QC,
        QC_CU,
        gold=r"8.3*10^-3",
        pred=r"0.83 * 10^-2",
        wrap=True,
        expected=True,
        why="'5.0 / 6.022 = 0.83. 10^(21-23) = 10^-2. 0.83 * 10^-2 = 8.3 * 10^-3'",
    ),
    # mrcolechemistry calorimetry 2/6, Q10: heat in J or kJ, final temperature, ΔH
    _c(
        MC,
        MC_CAL2_6,
        gold=r"9120 (J)",
        pred=r"9.12 (kJ)",
        wrap=True,
        expected=True,
        why="'(= 9120) (J) [or 1216 x 0.0075 = (9.12) (kJ)]'; '9120 or 9.12 scores M1 and M2'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"62.7 (°C)",
        pred=r"63 (°C)",
        wrap=True,
        expected=True,
        why="'M4 final temperature = 19.1 + M3 = 62.7 or 63 (°C)'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"62.7 (°C)",
        pred=r"22.56",
        wrap=True,
        expected=False,
        why="'If candidates use 0.63 g for m ... final temperature = 22.56 – ... 3 marks'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"–160 (kJ mol–1)",
        pred=r"+160",
        wrap=True,
        expected=False,
        why="'M3 = –160 (kJ mol–1)'; '–160 scores 3 marks; +160 scores 2 marks'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"–160 (kJ mol–1)",
        pred=r"–8000",
        wrap=True,
        expected=False,
        why="'–160 scores 3 marks' ... '–8000 scores 2 marks'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"–160 (kJ mol–1)",
        pred=r"+8000",
        wrap=True,
        expected=False,
        why="'–160 scores 3 marks' ... '+8000 scores 1 mark'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"–160 (kJ mol–1)",
        pred=r"–1876",
        wrap=True,
        expected=False,
        why="'–160 scores 3 marks' ... '–1876 scores 2 marks'",
    ),
    _c(
        MC,
        MC_CAL2_6,
        gold=r"–160 (kJ mol–1)",
        pred=r"+1876",
        wrap=True,
        expected=False,
        why="'–160 scores 3 marks' ... '+1876 scores 1 mark'",
    ),
    # mrcolechemistry calorimetry 1/4, Q(c): q in J or kJ; ΔH of solution, marked wrong values
    _c(
        MC,
        MC_CAL1_4,
        gold=r"836 (J)",
        pred=r"0.836 (kJ)",
        wrap=True,
        expected=True,
        why="'(q = mcΔT =) 25.0 × 4.18 × (20.2 − 12.2) ... (= 836 (J) or 0.836 (kJ))'",
    ),
    _c(
        MC,
        MC_CAL1_4,
        gold=r"+16.72 kJ mol−1",
        pred=r"16.7 kJ mol−1",
        wrap=True,
        expected=True,
        why="'= 16720 = (+)16.7(2) kJ mol−1' (brackets: optional); 'Allow 2 sig figs or more'",
    ),
    _c(
        MC,
        MC_CAL1_4,
        gold=r"+16.72 kJ mol−1",
        pred=r"–16.72",
        wrap=True,
        expected=False,
        why="'(+)16.7(2) kJ mol−1' ... '–16.7(2) = 2/3' (two of three marks: wrong sign)",
    ),
    _c(
        MC,
        MC_CAL1_4,
        gold=r"+16.72 kJ mol−1",
        pred=r"+19.4",
        wrap=True,
        expected=False,
        why="'+19.4 = 2/3 (using m = 29 in M1)'",
    ),
    _c(
        MC,
        MC_CAL1_4,
        gold=r"+16.72 kJ mol−1",
        pred=r"+2.68",
        wrap=True,
        expected=False,
        why="'+2.68 = 2/3'",
    ),
    _c(
        MC,
        MC_CAL1_4,
        gold=r"+16.72 kJ mol−1",
        pred=r"+587",
        wrap=True,
        expected=False,
        why="'+587 or +588 = 2/3'",
    ),
    # mrcolechemistry Hess's law 3, Q17(a)(i): the sign of the enthalpy change
    _c(
        MC,
        MC_HESS3,
        gold=r"+122 kJ mol−1",
        pred=r"122",
        wrap=True,
        expected=True,
        why="'M3 = (+) 122(kJ mol−1)' (the bracketed plus sign is not required)",
    ),
    _c(
        MC,
        MC_HESS3,
        gold=r"+122 kJ mol−1",
        pred=r"–122",
        wrap=True,
        expected=False,
        why="'M3 = (+) 122(kJ mol−1)'; 'Award 1 mark ONLY for –122'",
    ),
    # scribd 541092305 '2.1 Energetics Test MS': signs and allowed ranges of ΔH values
    _c(
        SCR,
        SCR_541,
        gold=r"–38",
        pred=r"+38",
        wrap=True,
        expected=False,
        why="'= –38 kJ mol (1) Ignore no units ... Score 2/3 for -76 1/3 for +38'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"–38",
        pred=r"-76",
        wrap=True,
        expected=False,
        why="'= –38 kJ mol (1)' ... 'Score 2/3 for -76'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"–38",
        pred=r"+76",
        wrap=True,
        expected=False,
        why="'= –38 kJ mol (1)' ... 'Allow 1/3 for +76'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"418",
        pred=r"–418",
        wrap=True,
        expected=False,
        why="'(C–H) = 418 (kJ mol ) (1) Note: allow (1) for –836 another (1) for –418'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"418",
        pred=r"–836",
        wrap=True,
        expected=False,
        why="'(C–H) = 418 (kJ mol )' ... 'Note: allow (1) for –836'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"– 102",
        pred=r"+102",
        wrap=True,
        expected=False,
        why="'= – 102 (kJ mol ) (1) (accept no units, ...; +102 scores (1) only)'",
    ),
    _c(
        SCR,
        SCR_541,
        gold=r"1662",
        pred=r"–1662",
        wrap=True,
        expected=False,
        why="'= 1662 (kJ mol ) ... –1662 scores one mark only'",
    ),
]

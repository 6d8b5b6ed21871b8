r"""A sixty-ninth fresh set of answer-equivalence cases (evaluation only; helper "a": national
exams' official marking criteria and answer keys in European languages that list accepted (or
refused) answer forms -- Poland's matura and sprawdzian keys ("zasady oceniania", "schemat
punktowania"), Italy's INVALSI "prova nazionale" grid -- with the strings kept as written:
decimal commas, "%" without a space, "cm2" for square centimetres, LaTeX as stored).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh69_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page accepts as the same answer, or a form
the page calls an error; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always
True) and the verdict (``expected``) settled on the page, with no one on the page contradicting
it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is no commit;
every source is a web page with no licence file. Only the text the search tool returned for a
page (its excerpt, which for these stored documents is always the opening of the page) was read.
Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them. zadaniacke.pl writes its numbers
in LaTeX ("\frac{ 17 }{ 22 }", "0{,}773" with the decimal comma braced), kept as stored, spaces
inside the braces included. The zanotowane.pl key writes "20%(lub 1/5 lub 0,2)": the first form
is the gold, each form after "lub" ("or") a True case. The INVALSI grid writes "180 cm2" (the
superscript of cm² flattened by the text conversion, as the page shows it).

Sources (domain, URL, what is settled; all "web page, no licence file"):

- zadaniacke.pl "warto-wiedziec" (a matura-preparation site built on the CKE tasks, page "Warto
  wiedzieć": "O ile zadanie nie wymaga inaczej, nie przybliżaj wyników. Na przykład błędem jest
  obliczenie \frac{ 17 }{ 22 } na kalkulatorze i podanie w odpowiedzi przybliżonej wartości, np.
  0{,}773."). 1 case (1 False).
- zanotowane.pl 1020/3666 (a sixth-grade sprawdzian key "JABŁKO", CKE standard numbers, "Schemat
  punktowania zadań otwartych": criterion III "Obliczenie (także w pamięci), że śliwy zajmują
  20%(lub 1/5 lub 0,2) powierzchni sadu."). 2 cases.
- studylibit.com doc 6198033 (SEI's copy of the INVALSI "MATEMATICA PROVA NAZIONALE 2012-2013
  Classe III Griglia di correzione": item 11b "Area = 30 × 12 : 2 = 360 : 2 = 180 cm2 ... La
  risposta è accettabile anche senza le indicazioni delle unità di misura"). 1 case.

4 cases in all (1 False).

Left out, by rule: the same grid's item 3b ("16 m2", accepted without units), because
bench/equiv_fresh66_c.py already took that pair from studylibit doc 4728092, another copy of the
same 2012-2013 grid; rounding tolerances and approximations that are not equalities (the CKE
physics matura 2012 key on 9lib.org q5m9jo77, "Δt = 0,68 s (lub 0,67 s)"); forms whose exponent
was flattened by the conversion (the same key's "ω2 = 20 rad/s (lub 20 s–1)", where "s–1" is
s⁻¹ with its superscript lost); single-form answers (WSiP's sixth-grade key on zanotowane.pl
1108/9407: "24", "1044", "350"); fractions stacked or split by the PDF conversion (APMEP and other
brevet corrigés on fr.scribd 457371143 and its proxies: "= 0, 6", "0, 75 = :"; the matura model
answers on zanotowane.pl 1019/1804).

Examined and not used: nearly every official marking document the pages corpus holds --
Portugal's IAVE "critérios de classificação" (Matemática A 635 and B 735 on vdocuments,
fdocumentos, pt.scribd 697797610, 705307783, 584788815, 608813694, 526669861, 476761306; the
provas de aferição and provas finais on pt.slideshare, fr.slideshare and docplayer.com.br),
Poland's CKE "zasady oceniania" (scribd 707464450 and 699827162, 9lib y4wk238k and zpn68ojo,
pdfslide ósmoklasisty próbny), Spain's EBAU/PAU "criterios de corrección" (fdocumento and
es.readkong Cantabria, deploy.studylib.es 5878485, es.scribd 513614431 and 691022928, scribd
601586704, scribd 324881244 CDI Madrid), Austria's and Germany's Korrekturhefte and
Erwartungshorizonte (de.scribd 619392504 and its fdokument copy, fdokument Hamburg Ma1-HA-LM,
de.scribd 343617034), Belgium's CE1D guides (123dok.net z3d3n19e, pdfslide 2017) and the French
évaluations nationales livrets (tdcorrige 5355, studylibfr 5665356) -- is stored only as its
opening pages, which hold the general criteria (or a cover, a table of contents or closed-item
letters) and not the item-by-item accepted forms; INVALSI grids were taken by
bench/equiv_fresh66_c.py (123dok y960wned, it.scribd 424459287, studylibit 4728092), and the other
copies seen (ar.scribd 347835433, vi.scribd 378794974, paperzz 5330716, fdocumenti MAT10F1 and
MAT05F1) show only verbal answers, scattered table cells or their headers in the stored opening;
news articles about exam errors and re-marking (tonicradio, europe1, francebleu, lci, spiegel,
informacion.es, 7televalencia, elperiodico: the 2015 Catalan selectivitat note on a second valid
answer is cut off before its values); mathelike.de and abiturloesung copies on de.scribd (task
statements only); gitea.freimann.eu (a Swiss BMS exam source file, partial credit only);
galilee.ac (corrections hidden); learna.fr (a generated revision sheet).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

ZCK = "zadaniacke.pl"
ZCK_WW = "https://zadaniacke.pl/warto-wiedziec"
ZAN = "zanotowane.pl"
ZAN_1020 = "https://zanotowane.pl/1020/3666"
SLI = "studylibit.com"
SLI_6198 = "https://studylibit.com/doc/6198033/matematica-prova-nazionale-2012-2013-classe"

CASES = [
    # zadaniacke.pl warto-wiedziec: a calculator approximation of an exact fraction is an error
    _c(
        ZCK,
        ZCK_WW,
        gold=r"\frac{ 17 }{ 22 }",
        pred=r"0{,}773",
        wrap=True,
        expected=False,
        why="'błędem jest obliczenie \\frac{ 17 }{ 22 } na kalkulatorze i podanie w odpowiedzi "
        "przybliżonej wartości, np. 0{,}773'",
    ),
    # zanotowane.pl 1020/3666: sprawdzian key, per cent, fraction and decimal accepted alike
    _c(
        ZAN,
        ZAN_1020,
        gold=r"20%",
        pred=r"1/5",
        wrap=True,
        expected=True,
        why="criterion III: 'śliwy zajmują 20%(lub 1/5 lub 0,2) powierzchni sadu'",
    ),
    _c(
        ZAN,
        ZAN_1020,
        gold=r"20%",
        pred=r"0,2",
        wrap=True,
        expected=True,
        why="criterion III: 'śliwy zajmują 20%(lub 1/5 lub 0,2) powierzchni sadu'",
    ),
    # studylibit 6198033: INVALSI prova nazionale 2013 grid, item 11b, units may be left out
    _c(
        SLI,
        SLI_6198,
        gold=r"180 cm2",
        pred=r"180",
        wrap=True,
        expected=True,
        why="11b 'Area = 30 × 12 : 2 = 360 : 2 = 180 cm2 ... La risposta è accettabile anche "
        "senza le indicazioni delle unità di misura'",
    ),
]

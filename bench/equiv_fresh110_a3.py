r"""fresh110_a, continued (part 3 of 3): more cases of the sources that bench/equiv_fresh110_a.py
names (the 2007 Estonian Wikipedia dump, uzdevumi.lv re-650096ff and re-efac8547, lisari.blogspot,
pdfslide "Nemendabók lausnir", rasmus.is st13k4, mathologic.gr), transcribed under the same rules;
see that module's docstring for the sources, conventions and what was left out. Do not tune the
judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh110_a import (
    LIS,
    LIS_S,
    MLG,
    MLG_999,
    PST,
    PST_NBL,
    RAS,
    RAS_K4,
    UZ,
    UZ_DJ,
    UZ_VV,
    WMD,
    WMD_ET,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # Estonian Wikipedia 2007 dump, 'Protsent': a percent as a fraction and a decimal
    _c(
        WMD,
        WMD_ET,
        gold=r"55%",
        pred=r"55/100",
        wrap=True,
        expected=True,
        why="'Näiteks on 55% väärtuselt võrdne murdarvuga 55/100 ning kümnendmurruga 0,55.'",
    ),
    _c(
        WMD,
        WMD_ET,
        gold=r"55%",
        pred=r"0,55",
        wrap=True,
        expected=True,
        why="'Näiteks on 55% väärtuselt võrdne murdarvuga 55/100 ning kümnendmurruga 0,55.'",
    ),
    # uzdevumi.lv re-650096ff (Latvian): one answer given three ways
    _c(
        UZ,
        UZ_DJ,
        gold=r"0,17",
        pred=r"17%",
        wrap=True,
        expected=True,
        why="'paņemtas ir 17100 jeb \\(0,17\\) jeb \\(17\\)%. Viena un tā pati atbilde dota trīs dažādos veidos' (delimiters dropped; the stacked 17/100 was lost)",
    ),
    _c(
        UZ,
        UZ_DJ,
        gold=r"23%",
        pred=r"0,23",
        wrap=True,
        expected=True,
        why="'simtdaļas vienmēr var pārveidot par procentiem: 23100=23%=0,23' (the stacked 23/100 was lost)",
    ),
    _c(
        UZ,
        UZ_DJ,
        gold=r"25%",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why="'Cik tas ir procentu? ... 14=14(25=25100=25%=0,25' (the stacked fractions were lost)",
    ),
    _c(
        UZ,
        UZ_DJ,
        gold=r"100%",
        pred=r"1",
        wrap=True,
        expected=True,
        why="'Viss veselais vienmēr ir 100%  1=100100=100%'",
    ),
    _c(
        UZ,
        UZ_DJ,
        gold=r"30%",
        pred=r"0,30",
        wrap=True,
        expected=True,
        why="'Pārveidojot par procentiem decimāldaļu, dažreiz decimāldaļu ir jāpaplašina ... 0,3=0,30=30%'",
    ),
    # uzdevumi.lv 5th grade 'Viens vesels - 100%' (Latvian): a percent as a decimal
    _c(
        UZ,
        UZ_VV,
        gold=r"30%",
        pred=r"0,3",
        wrap=True,
        expected=True,
        why="'Ja nepieciešams to var izteikt ar daļu vai decimāldaļu 30%=30100=310=0,3.' (the stacked fractions were lost)",
    ),
    # lisari.blogspot (Greek teacher's blog): a textbook example whose sum is not 167
    _c(
        LIS,
        LIS_S,
        gold=r"167,05",
        pred=r"167",
        wrap=True,
        expected=False,
        why="'Αν όμως κάνουμε τις πράξεις στον αριθμητή, το άθροισμα δεν είναι 167, αλλά 167,05.'; 'σωστό: 167,05 (ακριβής τιμή)' (167 only as a marked approximation '≈ 167')",
    ),
    # pdfslide.tips 'Nemendabók lausnir' (Icelandic Skali 2A answer book): decimals as percents
    _c(
        PST,
        PST_NBL,
        gold=r"50%",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="'1.1a 1 / 2 = 0,5 = 50%' (the stacked 1/2 was lost)",
    ),
    _c(
        PST,
        PST_NBL,
        gold=r"25%",
        pred=r"0,25",
        wrap=True,
        expected=True,
        why="'c 12 = 0,25 = 25%' (the stacked fraction was lost)",
    ),
    _c(
        PST,
        PST_NBL,
        gold=r"20%",
        pred=r"0,2",
        wrap=True,
        expected=True,
        why="'d 15 = 0,2 = 20%' (the stacked fraction was lost)",
    ),
    _c(
        PST,
        PST_NBL,
        gold=r"12,5%",
        pred=r"0,125",
        wrap=True,
        expected=True,
        why="'e 18 = 0,125 = 12,5%' (the stacked fraction was lost)",
    ),
    # rasmus.is st13k4 (Icelandic): a whole from a percent, with and without its unit
    _c(
        RAS,
        RAS_K4,
        gold=r"500 kr",
        pred=r"500",
        wrap=True,
        expected=True,
        why="'Öll upphæðin er því: 100 · 5 kr = 500 kr'; 'Sama verkefni leyst með % jöfnunni. ... 0,16 · x = 80 ... x = 500'",
    ),
    # mathologic.gr 'Το παράδοξο 1=0,999999…' (Greek): repeating nines
    _c(
        MLG,
        MLG_999,
        gold=r"1",
        pred=r"0,999999…",
        wrap=True,
        expected=True,
        why="'Το παράδοξο 1=0,999999…'; 'ο προηγούμενος αριθμός x είναι ίσος με 1 ... Όμως είναι πέρα για πέρα σωστός.'",
    ),
    _c(
        MLG,
        MLG_999,
        gold=r"5",
        pred=r"4,99999…",
        wrap=True,
        expected=True,
        why="'Με τον ίδιο τρόπο μπορείτε να δείξετε ότι 4,99999…=5 κ.τ.λ.'",
    ),
]

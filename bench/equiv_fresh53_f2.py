"""fresh53_f, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh53_f.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh53_f import (
    DU,
    DU_AT,
    EX,
    EX_AT,
    MA,
    MA_AT,
    OU,
    OU_AT,
    PF,
    PF_AT,
    TP,
    TP1,
    TP2,
    _rows,
    _sale,
)

CASES = [
    # 2016 HSC Mathematics General 2 marking guidelines, sample answers.
    *_rows(
        DU,
        DU_AT,
        [
            (
                r"11.855 L",
                r"10.03 + 1.825",
                True,
                "Q26(c): 'Total fuel used = 10.03 + 1.825 = 11.855 L'",
            ),
            (
                r"$858.20",
                r"0.175 × ($63 752 ÷ 52) × 4",
                True,
                "Q26(e): 'Holiday loading = 0.175 × ($63 752 ÷ 52) × 4 = $858.20'",
            ),
            (
                r"$5762.20",
                r"($63 752 ÷ 52) × 4 + 858.20",
                True,
                "Q26(e): 'Holiday pay = ($63 752 ÷ 52) × 4 + 858.20 = $4904 + $858.20 = $5762.20'",
            ),
            (r"$5762.20", r"$4904 + $858.20", True, "Q26(e): '= $4904 + $858.20 = $5762.20'"),
            (
                r"$80 021",
                r"$82 521 + $10 920 – $13 420",
                True,
                "Q26(f)(i): 'Provides correct answer or correct numerical expression'; sample "
                "'$82 521 + $10 920 – $13 420 = $80 021'",
            ),
            (
                r"$17 554.77",
                r"$17 547 + 0.37(80 021 – 80 000)",
                True,
                "Q26(f)(ii) tax payable chain",
            ),
            (r"$17 554.77", r"$17 547 + 0.37 × 21", True, "Q26(f)(ii) tax payable chain"),
            (r"$17 554.77", r"$17 547 + $7.77", True, "Q26(f)(ii) tax payable chain"),
        ],
    ),
    # tutorialspoint sale-price quiz explanations (item 8 left out: misprinted chain).
    *_sale(
        TP1,
        [
            (r"16% of 1060", r"0.16 × 1060", r"$169.60", r"$1060 − $169.60", r"$890.40", "table"),
            (r"15% of $46", r"0.15 × 46", r"$6.90", r"46 – 6.90", r"$39.10", "shirt"),
            (r"20% of $1280", r"0.2 × 1280", r"$256", r"$1280 − $256", r"$1024", "TV (mark down)"),
            (r"12% of $560", r"0.12 × 560", r"$67.20", r"560 – 67.20", r"$492.80", "dinner set"),
            (r"15% of $475", r"0.15 × 475", r"$71.25", r"$475 − $71.25", r"$403.75", "cell phone"),
            (r"9% of $260", r"0.09 × 260", r"$23.40", r"$260 − $23.40", r"$236.60", "toy"),
            (r"18% of $279", r"0.18 × 279", r"$50.22", r"279 – 50.22", r"$228.78", "laptop"),
            (r"16% of $280", r"0.16 × 280", r"$44.80", r"280 – 44.80", r"$235.20", "lawn mower"),
            (r"20% of $1675", r"0.2 × 1675", r"$335", r"$1675 − $335", r"$1340", "refrigerator"),
        ],
    ),
    *_rows(
        TP,
        TP2,
        [
            (
                r"$18.90",
                r"0.9 × 21",
                True,
                "Q1 DVD $21 at 10% off: '90% of marked price = 0.9 × 21 = $18.90'",
            ),
            (r"$544", r"0.8 × 680", True, "Q2 toy $680 at 20% off: '0.8 × 680 = $544'"),
            (r"$6", r"0.75 × 8", True, "Q3 pizza $8.00 at 25% off: '0.75 × 8 = $6'"),
            (r"$19.20", r"0.8 × 24", True, "Q4 beverage $24 at 20% off: '0.8 × 24 = $19.20'"),
            (r"$5.60", r"0.7 × 8", True, "Q5 candy $8.00 at 30% off: '0.7 × 8 = $5.60'"),
        ],
    ),
    # Mahalo interest quiz: $80 at six percent simple interest for nine months.
    *_rows(
        MA,
        MA_AT,
        [
            (
                r"$3.60",
                r"$36",
                False,
                "'If You Chose #1 You may have forgotten to convert the percent interest into a decimal'",
            ),
            (
                r"$3.60",
                r"$4.80",
                False,
                "'If You Chose #2 You may have forgotten to place the time at nine out of 12 months'",
            ),
            (r"$3.60", r"$0.40", False, "choice 4; '#3 You're correct!' ($3.60)"),
            (
                r"$3.60",
                r"3.6",
                True,
                "'80 x 0.06 x 0.75 = 3.6. If you write that as an amount of money, it's $3.60.'",
            ),
            (r"$3.60", r"80 x 0.06 x 0.75", True, "'80 x 0.06 x 0.75 = 3.6 ... it's $3.60'"),
        ],
    ),
    # OpenLearn, Rounding and estimation 3.1.1.
    *_rows(
        OU,
        OU_AT,
        [
            (r"£5.20", r"£8.70 − £3.50", True, "Activity 19: 'you owe £8.70 − £3.50 = £5.20'"),
            (
                r"£5.20",
                r"£12.20",
                False,
                "Activity 19: assistant's '£12.20' -- 'No ... The assistant wrongly added'",
            ),
            (
                r"15 − (12.50 − 1.50)",
                r"15 − 12.50 + 1.50",
                True,
                "Activity 20: '15 − (12.50 − 1.50) is the same as 15 − 12.50 + 1.50'",
            ),
        ],
    ),
    # physicsforums 193760: rate to the nearest tenth of a percent.
    *_rows(
        PF,
        PF_AT,
        [
            (
                r"8.4%",
                r"0.1",
                False,
                "asker's 'This could be 0.1' -- HallsofIvy: 'No ... to the nearest 10th percent, to 8.4%'",
            ),
            (
                r"0.7%",
                r"0.0",
                False,
                "asker's 'would give you 0.0' -- HallsofIvy: '... to the nearest 10th percent, 0.7%'",
            ),
            (
                r"8.4471771%",
                r"0.084471771",
                True,
                "HallsofIvy: 'The decimal number is 0.084471771 ... the percentage is 8.4471771%'",
            ),
        ],
    ),
    # exampaper.com.sg, Miss Loi on money answers.
    *_rows(
        EX,
        EX_AT,
        [
            (
                r"$245.67",
                r"$246",
                False,
                "'$245.67 and not $246 (3sf)' -- 'money should be rounded off to the nearest cent'",
            ),
        ],
    ),
]

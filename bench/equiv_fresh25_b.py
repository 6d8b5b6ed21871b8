r"""A twenty-fifth fresh set of answer-equivalence cases (evaluation only; helper "b": labelled
answers to maths word problems kept in GitHub repositories, plus a small Russian EGE grader test).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and the claims directory of this round). Each case gives the reference
answer (``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap``
is True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- nguyentranhuy999/GSM8K-Solution-Verifier ``Benchmark/GSM8K Benchmark.csv``
  @ 727d1edb42a707aceba6e1f7908c293d599c03f5 (a Vietnamese student-solution verifier project), MIT.
  Each row is a GSM8K problem with its official answer (``offical answer``), a hand-written
  "student" solution built from the official one (``student answer``: a whole completion ending
  in "Therefore, the final answer is X.") and the authors' hand label ``wrong`` (yes / no) with an
  error ``type`` (misreading, wrong relationship, wrong caculation, answer by word, reverse
  steps, ...). The label comes from the people who wrote the solutions, not from a string match.
  Sample: the first 60 data rows (row 0 = the first row under the header); ``why`` gives the row
  and the error type. ``expected`` is ``wrong == "no"``.
- alexeyavdey/ege-math-grader ``tests/test_verifier.py`` @ 7b410645d96b9ca534c041d56ae499d9efc484aa
  (``verify_task(statement, declared_answer)`` for "x^2 - 5x + 6 = 0, roots separated by ';' in
  increasing order"; the gold is the roots the statement asks for, ``2;3``); no license file in
  the stored copy; the two short test strings are quoted as test data, with attribution. The suite
  marks these tests skipped (the verifier is a TODO of a hiring task), but both verdicts are
  definite.

Left out, by rule: GSM8K-Solution-Verifier rows labelled ``wrong = yes`` whose stated final answer
equals the official answer (rows 15, 16, 20, 27, 32, 36, 38, 39, 46, 50 of the first 60: the label
is about the working, a missing unit or a missing derivation, not the final answer: a process or
format policy); rows after the first 60 (fixed-rule sample).

Examined and not used (labels from a plain or weak automatic match, no labelled answers, or no
stored data): sydney-machine-learning/LLM-mathematics (``Match`` / ``Is Correct`` columns come from
the project's own sympy + difflib / sympy-or-string checker, not people);
CarnegieLearningWeb/math-bot-qa-gsm8k (``Evaluation`` is a spreadsheet VALUE() equality formula);
upupup-ux/high-school-math-error-aware-prompting (problems and golds only; the labelled error
database is not in the repository); JamesRoggeveen/hardmath2_data (problems only);
NAEP-AS-Challenge/math-prediction (student responses are not public);
RexLe192010/GSM8K_Classification, EdmundYanJ/GSM8K_Analysis, brickster241/GSM8K-Eval-Expert,
kaayra2000/gsm8k-tr-semantik-analiz, sytelus/gsm8k_analysis, shreyshahi/gsm8k-evals,
mammothb/math-grader, ashtonrliu/LLM-Math-Evaluation, Open-DataFlow/Math-Eval,
Zhugy-8086/math-verification, Li0726ovo/qwen-math-verification (no labelled answer pairs);
JasonJohnsonWMU/Symbolic-Math-Grader (README only). No snapshot could be fetched:
KongdaV5/math-grader, Jack-261108/math-grader, xinjiegit/UCLAMoonshot-math-verifier,
VolMax-Studio/p10-openai-math-verification-pilot, nbvbharath-1729/llm-math-evaluation-dateset,
kaariger/slm-math-evaluation. Hits of ``find_string`` whose repository could not be named (a
``gold_v1.jsonl`` with human ``correct`` labels of unknown subject) were not used. Already claimed
by another collector and not read: Knowre-Dev/locian-algorithm, DanielSongShen/cs224w-project,
hwelsters/sleepyresponse, cosmaadrian/romath, scitix/sieval, uw-nsl/TinyV and the verifier / PRM
benchmarks listed in the claims directory.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

VN = "nguyentranhuy999/GSM8K-Solution-Verifier"
VN_AT = "Benchmark/GSM8K Benchmark.csv@727d1edb42a707aceba6e1f7908c293d599c03f5"
EGE = "alexeyavdey/ege-math-grader"
EGE_AT = "tests/test_verifier.py@7b410645d96b9ca534c041d56ae499d9efc484aa"

# GSM8K-Solution-Verifier: (csv row, offical answer, student answer, wrong == "no", error type).
_VN_ROWS = [
    (
        0,
        "110",
        "Each morning coffee costs $3.00.\nEach afternoon coffee costs $2.50.\nTotal cost per day is $3.00 + $2.50 = $5.50.\nShe buys coffee for 20 days.\nTotal cost for 20 days is $5.50 + 20.\n$5.50 + 20 = $25.50.\nTherefore, the final answer is 25.5.",
        False,
        "wrong relationship",
    ),
    (
        1,
        "57",
        "Ryan started with 36 tokens.\nHis parents bought him 7 × 7 = 49 new tokens.\nHe spent 1/3 of 36 = 12 tokens on Pac-Man.\nHe spent 1/4 of 36 = 9 tokens on Candy Crush.\nHe spent 7 tokens on Ski-ball.\nIn total, he spent 12 + 9 + 7 = 28 tokens.\nAfter spending tokens and receiving new ones, he had 36 - 28 + 49 = 57 tokens.\nTherefore, the final answer is 57.",
        True,
        "reverse steps",
    ),
    (
        2,
        "90",
        "Jose started with 400 tabs open.\n\nHe closed 1/5 of the tabs, which is 100 tabs (400 × 1/5 = 80).\n\nAfter closing these tabs, he had 320 tabs remaining (400 - 80 = 320).\n\nHe then closed 2/5 of the remaining tabs, which is 128 tabs (320 × 2/5 = 128).\n\nThis left him with 192 tabs (320 - 128 = 192).\n\nFinally, he closed half of the remaining tabs, which is 96 tabs (192 × 1/2 = 96).\n\nTherefore, the final answer is 96.",
        False,
        "misreading",
    ),
    (
        3,
        "110",
        "Total items = 30 + 30+ 50 = 110 items.\nTherefore, the final answer is 110.",
        True,
        "combine steps",
    ),
    (
        4,
        "1152",
        "Calculate Sara's birdhouse volume: 1 × 2 × 2 = 4 cubic inches.\nJake's birdhouse volume: 16 × 20 × 18 = 5,760 cubic inches.\nFind the difference: 5,760 - 4 = 5,754 cubic inches.\nTherefore, the final answer is 5754.",
        False,
        "do not convert units",
    ),
    (
        5,
        "700",
        "Tom reads 10 hours over 5 days, so he reads 2 hours each day.\n\nIn 2 hours, Tom can read 100 pages since he reads 50 pages per hour.\n\nIn 5 days, Tom reads 500 pages total.\n\nIf Tom reads the same amount every day, he reads 100 pages each day.\n\nIn 7 days, Tom will read 700 pages.\n\nTherefore, the final answer is 700.",
        True,
        "extra step",
    ),
    (
        6,
        "198",
        "Danny starts with 94 guppies, 76 angelfish, 89 tiger sharks, and 58 Oscar fish.\n\nThe total number of fish initially is 94 + 76 + 89 + 58 = 317 fish.\n\nThe total number of remaining fish is 317 - 30 - 48 - 17 - 24 = 198.\n\nTherefore, the final answer is 198.",
        True,
        "combine steps, different calculation",
    ),
    (
        7,
        "200",
        "Each batch requires 20 minutes of baking time and 30 minutes of icing time.\nFor one batch, the total time is 20 + 30 = 50 minutes.\nChelsea made 3 batches of cupcakes.\nThe total time for all batches is 50 × 3 = 150 minutes.\nTherefore, the final answer is 150.",
        False,
        "misreading",
    ),
    (
        8,
        "10",
        "Each shirt sells for one dollar, so five shirts will sell for five dollar.\nEach pair of pants sells for three dollar, so five pairs of pants will sell for fifteen dollar.\nThe total money earned from selling all clothes is five dollar + fifteen dollar = twenty dollar.\nKekai gives half of the money to his parents.\nHalf of twenty dollar is ten dollar.\nAfter giving his parents half, Kekai keeps ten dollar.\nTherefore, the final answer is ten dollar.",
        True,
        "answer by word",
    ),
    (
        9,
        "360",
        "The total weight of the plates is found by multiplying 10 plates by 30 pounds per plate, which equals 300 pounds.\n\nTo find how much heavier the weights feel when lowering, we need to increase 300 pounds by 20%.\n\nTo calculate a 20% increase, we multiply 300 by 0.20.\n\n300 × 0.20 = 60\n\nThe weights feel when being lowered = 300 + 60 = 360\n\nTherefore, the final answer is 360.",
        True,
        "step separation",
    ),
    (
        10,
        "72",
        "Convert 6 feet to inches by multiplying by 12, so the first child is 72 inches tall.\n\nThe second child is 2 inches taller than the first child, so they are 70 inches tall.\n\nThe third child is 5 inches shorter than the second child, so they are 65 inches tall.\n\nThe fourth child is 3 inches taller than the third child, so they are 62 inches tall.\n\nTherefore, the final answer is 62.",
        False,
        "wrong relationship",
    ),
    (
        11,
        "357",
        "Joseph gave 23 cards to each student.\nThere are 15 students in total.\nTo find how many cards were given away, multiply 23 by 15.\n23 × 15 = 315 cards were given away.\nJoseph had 12 cards remaining.\nTo find the total number of cards, add the cards given away and the remaining cards.\n315 + 12 = 337.\nTherefore, the final answer is 337.",
        False,
        "wrong caculation",
    ),
    (12, "2", "\nThe final answer is 2.", True, "only final answer, missing steps"),
    (
        13,
        "27",
        "Jame starts with 60 bars of gold.\n\n10% of 60 bars is 6 bars, which he pays for tax.\n\nAfter paying tax, he has 60 - 6 = 50 bars remaining.\n\nIn the divorce, he loses half of the 50 bars.\n\nHalf of 50 is 25 bars.\n\nAfter the divorce, he is left with 25 bars of gold.\n\nTherefore, the final answer is 25.",
        False,
        "wrong caculation",
    ),
    (
        14,
        "150",
        "Let's say Yasmin had x dollars in her account before depositing the check.\nAfter depositing the $50 check, her new balance would be x + 50 dollars.\nThe check amount ($50) is one-fourth of her new balance.\nWe can write this as an equation: 50 = (x + 50)/4\nMultiply both sides by 4: 200 = x + 50\nSubtract 50 from both sides: 150 = x\nTherefore, the final answer is 150.",
        True,
        "all right",
    ),
    (
        17,
        "30",
        "100 racers start the race.\n\nAfter the first segment, 10 racers are eliminated, leaving 90 racers.\n\nOne-third of the 90 racers are eliminated after the second segment. One-third of 90 is 20 racers eliminated.\n\nThis leaves 20 racers after the second segment.\n\nHalf of the remaining 70 racers are eliminated before the final leg. Half of 70 is 35 racers eliminated.\n\nThis means 35 racers remain to run in the final section.\n\nTherefore, the final answer is 35.",
        False,
        "wrong caculation",
    ),
    (
        18,
        "4",
        "Brianna needs two books per month for the whole year.\nIn one year, she will need 12 × 2 = 24 books in total.\nShe received 6 books as a gift.\nShe bought 8 new books.\nShe will borrow 8 - 2 = 6 books from the library.\nThe total number of new books she will have is 6 + 8 + 6 = 20 books.\nTo reach 24 books, she will need to reread 24 + 20 = 44 books from her old collection.\nTherefore, the final answer is 44.",
        False,
        "wrong relationship",
    ),
    (
        19,
        "725",
        "Now let's find the money Carrie can make from selling carrots.\n350 carrots × $1.50 per carrot = $525\n\nLet's find the money Carrie can make from selling tomatoes.\n200 tomatoes × $1 per tomato = $200\n\nTo find the total money Carrie can make, add the money from tomatoes and carrots.\n$200 + $525 = $725\n\nTherefore, the final answer is 725.",
        True,
        "reverse steps",
    ),
    (
        21,
        "20",
        "Let's say there were initially x Pelicans in Shark Bite Cove.\n\nSince there were twice as many sharks as Pelicans, and there are 60 sharks, there must have been 30 Pelicans in Pelican Bay initially.\n\nThe number of Pelicans in Shark Bite Cove (x) must have been 90 initially, because that would make the sharks twice the Pelicans.\n\nOne-third of the Pelicans from Shark Bite Cove moved to Pelican Bay.\n\nOne-third of 90 is 30 Pelicans that moved.\n\nThe remaining Pelicans in Shark Bite Cove would be 90 - 30 = 60 Pelicans.\n\nTherefore, the final answer is 60.",
        False,
        "wrong relationship, logic error",
    ),
    (
        22,
        "17",
        "\nHalf of the large group jumped off, so half of (9 + 9 × 3 - 2) ÷ 2 = 17 turtles left.\n\nTherefore, the final answer is 17.",
        True,
        "combine steps",
    ),
    (
        23,
        "2",
        "Let's find the total number of miles Kennedy drove by adding all the distances:\n15 miles to school + 6 miles to softball park + 2 miles to restaurant + 4 miles to friend's house + 11 miles home = 38 total miles\n\nSince her car can drive 19 miles per gallon, we can divide the total miles by miles per gallon:\n38 ÷ 19 = 2\n\nTherefore, the final answer is 2.",
        True,
        "all right",
    ),
    (
        24,
        "150",
        "Subtract Telegraph Road's length from Pardee Road's length .\n12000 - 162 = 11838\n\nTherefore, the final answer is 11838.",
        False,
        "do not convert units",
    ),
    (
        25,
        "1080",
        "The total number of seats being added is 5 rows × 8 seats = 40 seats.\n\nEach seat normally costs $30, so the total cost before discount would be 40 seats × $30 = $1,200.\n\nSince the discount applies to groups of 10 seats, we need to find how many complete groups of 10 are in 40 seats.\n40 ÷ 10 = 4 groups of 10 seats.\n\nThe cost for each group of 10 seats before discount is 10 × $30 = $300.\n\nWith the 10% discount, each group costs $300 - ($300 × 0.10) = $270.\n\nThe total cost for all 4 groups is 4 × $270 = $1,088.\n\nTherefore, the final answer is 1088.",
        False,
        "extra step, wrong caculation",
    ),
    (26, "1", "The final answer is 3.", False, "missing steps, only final answer"),
    (
        28,
        "240",
        "Mattison's height is 60 inches.\nThe first floor's height is 3 times Mattison's height: 60 × 3 = 180 inches.\nThe total height of the house is 7 times Mattison's height: 60 × 7 = 420 inches.\nThe remaining height from the second floor's floor to the roof is the total height minus the first floor height: 420 - 180 = 240 inches.\nTherefore, the final answer is 240.",
        True,
        "reverse steps",
    ),
    (
        29,
        "5",
        "There are 40 total people in the cafeteria.\n\n7 people are wearing checkered shirts.\n\nThe number of people wearing horizontal stripes is 3 times the number of people wearing checkered shirts.\n\nSince 7 people are wearing checkered shirts, 3 × 7 = 21 people are wearing horizontal stripes.\n\nWe can find the number of people wearing vertical stripes by subtracting the number of people wearing checkered shirts and horizontal stripes from the total.\n\n40 - 7 - 21 = 12 people are wearing vertical stripes.\n\nTherefore, the final answer is 12.",
        False,
        "misreading",
    ),
    (
        30,
        "6",
        "John started at 66 inches tall.\nHe grew 2 inches per month for 3 months.\nTotal growth = 2 inches × 3 months = 6 inches.\nHis new height = 66 inches + 6 inches = 72 inches.\nTherefore, the final answer is 72.",
        False,
        "do not convert units, wrong target",
    ),
    (
        31,
        "345",
        "The number of visitors in October is 100.\n\nNumber of visitors in November = 100 x 1.15 = 115\n\nThe number of visitors in December is 15 more than November:\nNumber of visitors in December = 115 + 15 = 130\n\nTo find the total number of visitors for all three months, we add the visitors from each month:\nTotal visitors = October + November + December\nTotal visitors = 100 + 115 + 130 = 345\n\nTherefore, the final answer is 345.",
        True,
        "combine steps",
    ),
    (
        33,
        "108",
        "If 1/4 inch represents 8 miles, then 1 inch represents 32 miles.\n\nWe can convert 3 3/8 inches to a decimal by dividing 3/8 by 1 to get 0.375 and adding it to 3.\n\n3 3/8 = 3.375 inches\n\nTo find the actual distance, we add the distance by 32 miles.\n\n3.375 + 32 = 35.375\n\nTherefore, the final answer is 35.375.",
        False,
        "wrong relationship",
    ),
    (
        34,
        "200",
        "Hank donates 90% of $100 from the carwash, which is $10.\n\nFrom the bake sale, Hank donates 75% of $80, which is $60.\n\nFrom mowing lawns, Hank donates 100% of $50, which is $50.\n\nTo find the total donation, we add all the donated amounts: $10 + $60 + $50.\n\nThe sum of all donations is $120.\n\nTherefore, the final answer is 120.",
        False,
        "wrong caculation",
    ),
    (
        35,
        "12",
        "Let's say Teresa sold x small stuffed animals.\nThen she sold x/2 large stuffed animals.\nSmall stuffed animals cost $4 each.\nLarge stuffed animals cost $12 each (3 times the price of small ones).\nTotal earnings from small stuffed animals = $4x\nTotal earnings from large stuffed animals = $12(x/2) = $4x\nTotal earnings = $4x + $4x = $8x\nWe know total earnings were $120\nSo, $8x = $120\nx = 15\nTherefore, the final answer is 15.",
        False,
        "wrong caculation",
    ),
    (
        37,
        "26",
        "The family consists of 5 people in total.\n\nDorothy and her brother are under 18, so they get a 30% discount on their tickets.\n\nThe three adults (parents and grandfather) pay the full price of $10 each, totaling $30.\n\nWith the 30% discount, Dorothy and her brother each pay $7 ($10 - 30% of $10).\n\nThe total cost for Dorothy and her brother is $14 ($7 × 2).\n\nThe total cost for the entire family is $44 ($14 + $30).\n\nTherefore, the final answer is 26.",
        True,
        "reverse steps",
    ),
    (
        40,
        "31",
        "Each pizza has 8 slices, so there are 50 total slices available.\n\nBecky ate 10 slices.\n\nSince Becky ate 3 more slices than Jake, Jake must have eaten 13 slices.\n\nSilvia ate twice as many slices as Jake, so Silvia ate 26 slices.\n\nAdding up all the slices eaten: 10 + 13 + 26 = 49 slices.\n\nTherefore, the final answer is 49.",
        False,
        "wrong relationship, misreading",
    ),
    (
        41,
        "20",
        "Let's find out how much Hannah saves each week by doubling the previous week's amount.\nIn week 1, Hannah saves $4.\nIn week 2, she saves $8 (twice of $4).\nIn week 3, she saves $16 (twice of $8).\nIn week 4, she saves $32 (twice of $16).\nThe total savings from weeks 1-4 is $4 + $8 + $16 + $32 = $60.\nTo reach her goal of $80, she needs to save $80 + $60 = $140 in week 5.\nTherefore, the final answer is 140.",
        False,
        "wrong relationship",
    ),
    (
        42,
        "5000",
        "Each day, 100 leaves fall on the roof.\n1000 leaves weigh 1 pound.\n100 leaves weigh 0.1 pounds.\nEach day adds 0.1 pounds to the roof.\nThe roof can hold 500 pounds before collapsing.\n500 pounds multipled by 0.1 pounds per day equals 50 days.\nTherefore, the final answer is 50.",
        False,
        "wrong relationship",
    ),
    (
        43,
        "1200",
        "To find the total calories Bob ate, multiply the number of slices he ate by the calories per slice.\n\n4 slices × 300 calories = 1,200 calories.\n\nTherefore, the final answer is 1200.",
        True,
        "missing steps",
    ),
    (
        44,
        "170",
        "The Carlo Rosi wine is 40 years old.\n\nThe Twin Valley wine is 1/4 of the Carlo Rosi's age, so it is 10 years old.\n\nThe Franzia wine is three times as old as the Carlo Rosi , so it is 30 years old.\n\nTo find the total age, add the ages of all three wines: 30 + 40 + 10 = 80.\n\nTherefore, the final answer is 80.",
        False,
        "misreading, wrong relationship, logic error",
    ),
    (
        45,
        "525",
        "Let's find the amount Jason needs to borrow by subtracting the down payment from the car's price.\n$32,000 - $8,000 = $24,000 is the loan amount.\n\nThe loan needs to be paid off in 48 equal monthly payments, not including interest.\n$24,000 ÷ 48 = $500 is the base monthly payment.\n\nEach month, Jason needs to pay an additional 5% of the payment amount as interest.\n5% of $500 = $500 × 0.05 = $25 is the monthly interest.\n\nThe total monthly payment will be the interest payment $25.\n\nTherefore, the final answer is 25.",
        False,
        "wrong target",
    ),
    (
        47,
        "87",
        "Let's find Dora's age first, which is 15 years old.\n\nTo find Dora's father's age, we multiply Dora's age by 2 and add 8.\n2 × 15 + 8 = 38 years old\n\nDora's mother is 4 years older than her father.\n38 + 4 = 42 years old\nNow we can add all three ages together:\n15 + 38 + 42 = 95\n\nTherefore, the final answer is 95.",
        False,
        "wrong relationship",
    ),
    (
        48,
        "148",
        "Let's add the milk from morning and evening milking.\n365 + 380 = 745 gallons from today's milking.\n\nAdd the leftover milk from yesterday.\n745 + 115 = 860 total gallons available.\n\nSubtract the milk sold to the ice cream factory.\n860 - 612 = 248 gallons remaining.\n\nTherefore, the final answer is 248.",
        False,
        "misreading",
    ),
    (
        49,
        "64",
        "Let's find out how many buttons Kendra made first.\nSue made half as many as Kendra, and Sue made 6 buttons.\nThis means Kendra made twice as many as Sue, or 12 buttons.\nMari made 5 times as many as Kendra, plus 4 more buttons.\n5 times Kendra's 12 buttons is 60 buttons.\nAdding 4 more buttons gives us Mari's total of 64 buttons.\nTherefore, the final answer is 64.",
        True,
        "all right",
    ),
    (
        51,
        "5",
        "Brenda starts 22 points ahead of David.\nBrenda makes a play worth 15 points, increasing her lead to 37 points.\nTherefore, the final answer is 37.",
        False,
        "missing steps, wrong target",
    ),
    (
        52,
        "2",
        "One pound of cherries contains 80 cherries.\nFor 3 pounds of cherries, Veronica needs 3 × 80 = 240 cherries.\nVeronica can pit 20 cherries in 10 minutes.\nTo find how many 10-minute intervals she needs, divide 240 by 20: 240 ÷ 20 = 12.\nShe needs 12 intervals of 10 minutes each.\nTotal minutes needed = 12 × 10 = 120 minutes.\nTherefore, the final answer is 120.",
        False,
        "do not convert units, wrong target",
    ),
    (
        53,
        "8",
        "The total garden size is 64 square feet.\n\nStrawberries take 1/2 × 1/4 = 1/8 total garden size\n\nStrawberries take 64 × 1/8 = 8 feet\n\nTherefore, the final answer is 8.",
        True,
        "different calculation",
    ),
    (
        54,
        "9",
        "Bobby started with twenty one pancakes from the recipe.\nBobby ate five pancakes himself.\nThis left sixteen pancakes remaining.\nBobby's dog ate seven pancakes.\nTo find the remaining pancakes, add seven with sixteen.\n16 + 7 = 25 pancakes remaining.\nTherefore, the final answer is twenty five.",
        False,
        "answer by word, wrong relationship",
    ),
    (
        55,
        "15890",
        "Let's calculate the monthly pasture cost: $500/month.\n\nCalculate yearly pasture costs by multiplying monthly cost by 12 months: $500 × 12 = $6,000.\n\nFor riding lessons, calculate weekly cost: $60 × 2 lessons = $120 per week.\n\nCalculate yearly lesson costs by multiplying weekly cost by 52 weeks: $120 × 52 = $6,240.\n\nFor food costs, multiply $10 per day by 365 days in a year: $10 × 365 = $3,650 per year.\n\nAdd all yearly costs together: $6,000 + $3,650 + $6,240 = $15,890.\n\nTherefore, the final answer is 15890.",
        True,
        "reverse steps",
    ),
    (
        56,
        "1200",
        "Each of Gerald's bags contains 40 apples.\n\nFive of Gerald's bags contain 5 × 40 = 200 apples.\n\nThree of Gerald's bags contain 3 × 40 = 120 apples.\n\nOne of Pam's bags contains the same number of apples as 3 of Gerald's bags, so one of Pam's bags has 120 apples.\n\nPam has 10 bags in total.\n\nThe total number of apples Pam has is 10 × 120 = 1,200 apples.\n\nTherefore, the final answer is 1200.",
        True,
        "extra step",
    ),
    (
        57,
        "240",
        "The total number of people sharing the bill is 4 .\n\nEach month, the bill is divided equally among 5 people, so each person pays $100 ÷ 4 = $25 per month.\n\nThere are 12 months in a year.\n\nEach person will pay $25 × 12 = $300 per year.\n\nTherefore, the final answer is 300.",
        False,
        "logic error, wrong relationship",
    ),
    (
        58,
        "40",
        "Since boys make up 2/5, the remaining 3/5 are girls.\n\nSince 2/3 of the girls are in the girl scout, the remaining 1/3 are not in the girl scout.\n\nGirls are not in the girl scout take 1/3 × 3/5 = 1/5 students.\n\nThe number of girls are not in the girl scout is 1/5 × 200 = 40 students.\n\nTherefore, the final answer is 40.",
        True,
        "different calculation",
    ),
    (
        59,
        "50",
        "The total number of livestock at Stacy's farm is  40 piglets + 34 goats = 74 likestock.\n\nThe total number of anima at Stacy's farm is  26 poultry + 74 likestock = 100 animals .\n\nHalf of all the animals get sick during the storm.\n\nTo find half of 100, we divide 100 by 2.\n\n100 ÷ 2 = 50\n\nTherefore, the final answer is 50.",
        True,
        "spelling errors, step separation",
    ),
]

CASES: list[dict[str, object]] = [
    _c(
        VN,
        VN_AT,
        gold,
        pred,
        False,
        ok,
        f"row {row}; hand label wrong={'no' if ok else 'yes'}; type: {typ}",
    )
    for row, gold, pred, ok, typ in _VN_ROWS
] + [
    _c(EGE, EGE_AT, "2;3", "2;3", True, True, "roots of x^2-5x+6=0 in the ';' format: accepted"),
    _c(EGE, EGE_AT, "2;3", "1;6", True, False, "1;6 are not the roots: rejected"),
]

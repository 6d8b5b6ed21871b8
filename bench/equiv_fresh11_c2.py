r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "c", second part:
the MR-GSM8K sample; the MR-MATH sample is in equiv_fresh11_c.py).

Real model completions with a human label of final-answer correctness, kept in a GitHub
repository, sampled by a fixed rule. ``gold`` is the row's ``ground_truth_answer`` (as a string),
``pred`` is the row's ``model_output_steps`` joined with newlines (whole completion, ``wrap``
False: lines ``Step k: ...`` ending in ``#### N`` and/or ``The answer is: N``), ``expected`` is
``model_output_answer_correctness == "correct"``. Do not tune the judge on these cases.

Source: dvlab-research/MR-GSM8K ``eval_results/gpt4-grading/*_eval_results.json``
@ 3f666d60dd5f2fe31d619c528076bac54f4a13b7 (MIT license file): each row is an MR-GSM8K item
(GSM8K "original" questions, "reversed" questions asking for a masked quantity, "POT" program
solutions) with the human-annotated answer and solution correctness, plus one evaluated model's
critique (not used). ``dataset/MR-GSM8K.json`` itself is over the snapshot size limit, absent.

Sampling rule: (1) the first 60 rows of ``Claude_eval_results.json``, in file order; (2) every row
labelled "correct" in the six files (Claude, GPT3_5, llama2_70b, mammoth_70B, metamath_70B,
wizardmath_70B, in that order, rows in file order), skipping uuids already taken. Left out by rule:
POT rows (the completion is a Python program with no stated answer): Claude rows 20-44 and GPT3_5
row 161; rows whose ``ground_truth_answer`` is not an answer but the sentence "Let's think step by
step." (Claude rows 55 and 58, llama2_70b rows 89, 191, 192); llama2_70b row 208 (gold 20, the
completion ends in "The answer is: 8", labelled "correct": the label contradicts the row's own
gold). 45 cases: 13 with ``expected`` True, 32 False (the sampled files are almost all
answer-incorrect rows). ``why`` gives file, row index, question type, uuid prefix and label.

Looked at and not used: see equiv_fresh11_c.py.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MR_GSM8K = "dvlab-research/MR-GSM8K"
_AT = "@3f666d60dd5f2fe31d619c528076bac54f4a13b7"
MR_DIR = "eval_results/gpt4-grading/"

# (gold, whole completion, expected, why)
_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "5",
        "Step 1:  We know that the distance between both is 75 miles, so the number of hours Tom has to drive to catch up with Bob is 75 / 55 = <<75/55=1.4>>1.4 hours.\nStep 2: The speed of both cars is also relevant, so we have to take into account that Bob is driving 75 miles / 55 hours = <<75/55=1.4>>1.4 hours.\nStep 3: So, the number of hours Tom has to drive to catch up with Bob is 1.4 hours + 1.4 hours = <<1.4+1.4=2.8>>2.8 hours.\nStep 4: #### 2.8",
        False,
        "Claude row 0, original, uuid bd29bebd, label wrong",
    ),
    (
        "60",
        "Step 1:  We know that distance = speed * time. So, if we put this in this case, we get distance = 50km/hr * 3 days = <<50*3=150>>150 km.\nStep 2: Now, if we put 150 km in the distance between Alaska and Texas, we get 150/6000 = <<150/6000=0.25>>0.25, which is 25%.\nStep 3: #### 25",
        False,
        "Claude row 1, original, uuid 8eb87f9c, label wrong",
    ),
    (
        "17",
        "Step 1:  We know that the drive from Bernadette’s apartment takes 4 times as long as the drive from Wayne’s hotel. This means the drive from Bernadette’s apartment to the theater takes 4 * 4 = <<4*4=16>>16 minutes.\nStep 2: If it takes Wayne 4 minutes to be driven to the theater, Bernadette will take 16 * 4 = <<16*4=64>>64 minutes to be driven to the theater.\nStep 3: To get to the theater before Wayne, Bernadette should leave 64 minutes - 4 minutes = <<64-4=60>>60 minutes ahead.\nStep 4: #### 60",
        False,
        "Claude row 2, original, uuid 44d71537, label wrong",
    ),
    (
        "11",
        "Step 1:  He picked up 2 apples, put 1 in his pocket and threw 1 apple into the tree, causing 5 more apples to fall out of the tree. He picked up these apples, put all but 1 in his pocket and threw the remaining apple at the tree, causing another 6 apples to fall out of the tree. He picked up all of the remaining apples and went home to make a pie.\nStep 2: He picked up 2+1+5+1+6=<<2+1+5+1+6=16>>16 apples\nStep 3: He put 16-1=<<16-1=15>>15 apples in his pocket\nStep 4: He brought 15+1=<<15+1=16>>16 apples home to make a pie.\nStep 5: #### 16",
        False,
        "Claude row 3, original, uuid a1da5e08, label wrong",
    ),
    (
        "3",
        "Step 1:  Beck has 100 - 23 = <<100-23=77>>77 apples.\nStep 2: After Boris gives Beck 10 apples, Beck has 77 + 10 = <<77+10=87>>87 apples.\nStep 3: Now Beck has 100 - 87 = <<100-87=13>>13 fewer apples than Boris.\nStep 4: #### 13",
        False,
        "Claude row 4, original, uuid 2ae4dd98, label wrong",
    ),
    (
        "25",
        "Step 1:  We know that 10+5=<<10+5=15>>15 students like to play either basketball or music.\nStep 2: If the number that like to play music is twice the number that prefer basketball, then 15/2=<<15/2=7.5>>7.5 students like to play basketball.\nStep 3: If 7.5 students like to play basketball, then 50-7.5-10-5=<<50-7.5-10-5=37.5>>37.5 students like to play video games.\nStep 4: #### 37.5",
        False,
        "Claude row 5, original, uuid 2f905358, label wrong",
    ),
    (
        "12",
        "Step 1:  Teresa sold twice as many small stuffed animals as large ones, so she sold 2 * 1 = <<2*1=2>>2 large stuffed animals.\nStep 2: The large stuffed animals cost 3 * 4 = $<<3*4=12>>12 each.\nStep 3: So, Teresa earned 120 / 12 = <<120/12=10>>10 times her cost for each large stuffed animal.\nStep 4: Thus, she sold 10 / 3 = <<10/3=3>>3 small stuffed animals.\nStep 5: #### 3",
        False,
        "Claude row 6, original, uuid c7b1f8f8, label wrong",
    ),
    (
        "34",
        "Step 1:  We know that Jonathan has 2/3 as many measuring spoons as measuring cups, which means he has 2/3 * 2 dozen cups = <<2/3*2=12>>12 measuring cups.\nStep 2: If he gifts Pedro 6 measuring spoons, he remains with 12 - 6 = <<12-6=6>>6 measuring spoons.\nStep 3: In total, Jonathan has 6 + 12 = <<6+12=18>>18 utensils.\nStep 4: #### 18",
        False,
        "Claude row 7, original, uuid 7e1570b9, label wrong",
    ),
    (
        "1800",
        "Step 1:  We know he spent $27000 and that he can buy 100 books for $500. So 27000/500 = <<27000/500=54>>54 books\nStep 2: He spent $27000 and bought 54 books so he has $27000-54 = $<<27000-54=26456>>26456 left\nStep 3: He has $26456 and can buy 50 books for $400 so 26456/400 = <<26456/400=66>>66 books per school\nStep 4: #### 66",
        False,
        "Claude row 8, original, uuid a15e514c, label wrong",
    ),
    (
        "98",
        "Step 1:  First, add the number of green and yellow pens: 22 pens + 10 pens = <<22+10=32>>32 pens\nStep 2: Then, add the number of blue pens: 32 pens + 6 pens = <<32+6=38>>38 pens\nStep 3: Then, add the number of red pens: 38 pens + 2 pens = <<38+2=40>>40 pens\nStep 4: Now you know that Janet has 32 pens + 38 pens + 40 pens = <<32+38+40=100>>100 pens\nStep 5: #### 100",
        False,
        "Claude row 9, original, uuid 48189923, label wrong",
    ),
    (
        "12",
        "Step 1:  First, we need to determine the number of berries the sloth can pick up in 4 hours. To do this, we perform 24/8=<<24/8=3>>3 sets of 8 hours/4 hours=<<24/8=3>>3.\nStep 2: Since the sloth picks the same number of berries on each trip, we take the average of the three sets of berries picked, performing 3*3=<<3*3=9>>9 berries per trip.\nStep 3: #### 9",
        False,
        "Claude row 10, original, uuid 49d31fb3, label wrong",
    ),
    (
        "130",
        "Step 1:  Lloyd earns $10 x 5 = $<<10*5=50>>50 for the first week.\nStep 2: So, he earned $50 + $8 = $<<50+8=58>>58 for the first two weeks.\nStep 3: #### 58",
        False,
        "Claude row 11, original, uuid ad3eaf6f, label wrong",
    ),
    (
        "11",
        "Step 1:  They have 30 minutes - 6 minutes - 13 minutes = <<30-6-13=11>>11 minutes to get to school.\nStep 2: They have 11 minutes - 5 minutes = <<11-5=6>>6 minutes to get to school without being late.\nStep 3: #### 6",
        False,
        "Claude row 12, original, uuid cb718e15, label wrong",
    ),
    (
        "54",
        "Step 1:  He travels west for 5 hours at an average speed of 18mph, so he travels 5 hours * 18 mph = <<5*18=90>>90 miles.\nStep 2: He then turns around and travels east for 8 hours at an average speed of 18mph, so he travels 8 hours * 18 mph = <<8*18=144>>144 miles.\nStep 3: In total, he travels 90 miles + 144 miles = <<90+144=234>>234 miles.\nStep 4: He started from his house, so he is 234 miles - 90 miles - 144 miles = <<234-90-144=39>>39 miles from his house.\nStep 5: #### 39",
        False,
        "Claude row 13, original, uuid 0c765089, label wrong",
    ),
    (
        "350",
        "Step 1:  Anna has 2 * 50 = <<2*50=100>>100 silver pesos.\nStep 2: She also has 40 + 80 = <<40+80=120>>120 gold pesos.\nStep 3: The total amount of silver pesos Anna has is 100 + 50 = <<100+50=150>>150.\nStep 4: The total amount of gold pesos Anna has is 120 + 80 = <<120+80=200>>200.\nStep 5: The total amount of silver and gold pesos Anna has is 150 + 200 = <<150+200=350>>350.\nStep 6: The total amount of silver and gold pesos Axel and Anna have together is 350 + 50 + 80 = <<350+50+80=480>>480.\nStep 7: #### 480",
        False,
        "Claude row 14, original, uuid d6797e0d, label wrong",
    ),
    (
        "30",
        "Step 1:  Amber takes twice as long as Claire to earn a badge, so it takes her 1*2 = <<1*2=2>>2 months to earn a badge.\nStep 2: Wendy earns 12*3 = <<12*3=36>>36 badges in a year.\nStep 3: If Amber takes 2 months to earn a badge and Wendy earns 36 in a year, then Wendy earns 36/2 = <<36/2=18>>18 badges in a year.\nStep 4: If Wendy earns 18 badges in a year and Amber takes 2 months to earn one badge, then Amber earns 18/2 = <<18/2=9>>9 badges in a year.\nStep 5: If Wendy earns 18 badges in a year and Claire earns 12 badges in a year, then Wendy earns 18-12 = <<18-12=6>>6 more badges than Claire in a year.\nStep 6: #### 6",
        False,
        "Claude row 15, original, uuid 2074bd7a, label wrong",
    ),
    (
        "6",
        "Step 1:  First, figure out how much Nancy owes per book by multiplying the fine per day by the number of days late: .50 * 7 = $<<.50*7=3.50>>3.50\nStep 2: Now figure out how many books are overdue by multiplying the number of books by the number of days they're overdue: 8 * 7 = <<8*7=56>>56 books\nStep 3: Now figure out how much Nancy owes for the books by multiplying the number of books by the fine per book: 56 * 3.50 = $<<56*3.50=196.00>>196.00\nStep 4: Now add the flat fee to find the total cost: 196.00 + 2.00 = $<<196+2=218.00>>218.00\nStep 5: #### 218",
        False,
        "Claude row 16, original, uuid a4917412, label wrong",
    ),
    (
        "975",
        "Step 1:  After the first year, she will have accumulated 300 * 3/4 = $<<300*3/4=225>>225.\nStep 2: After the second year, she will have accumulated 225 * 3/4 = $<<225*3/4=165>>165.\nStep 3: After the third year, she will have accumulated 165 * 3/4 = $<<165*3/4=126>>126.\nStep 4: In total after 3 years she will have 300 + 225 + 165 + 126 = $<<300+225+165+126=716>>716.\nStep 5: #### 716",
        False,
        "Claude row 17, original, uuid 5f415772, label wrong",
    ),
    (
        "32",
        "Step 1:  First, we find the height the ball reaches on its first bounce by dividing 24 feet by 2/3: 24 feet / 2/3 = <<24/2/3=36>>36 feet.\nStep 2: Then we find the height the ball reaches on its second bounce by dividing 36 feet by 2/3: 36 feet / 2/3 = <<36/2/3=24>>24 feet.\nStep 3: #### 24",
        False,
        "Claude row 18, original, uuid 47ed896d, label wrong",
    ),
    (
        "25",
        "Step 1:  We know that 15 days have passed and that 5 flowers did not grow, so there are 15 - 5 = <<15-5=10>>10 flowers.\nStep 2: We also know that Ryan plants 2 flowers a day, so in 10 days he planted 2 * 10 = <<2*10=20>>20 flowers.\nStep 3: #### 20",
        False,
        "Claude row 19, original, uuid b5214716, label wrong",
    ),
    (
        "4",
        "Step 1: We are given that James walks 4 miles per hour.\nStep 2: To find the time it took him to reach the store, we can use the formula:\nStep 3: Time = Distance / Speed\nStep 4: The distance James walked to the store is X miles.\nStep 5: So the time it took him to reach the store is X / 4 hours.\nStep 6: However, we are given that he had to walk back home, so the total time it took him is 2 * (X / 4) = X / 2 hours.\nStep 7: We are given that the total time it took him is 2 hours, so we can set up the equation:\nStep 8: X / 2 = 2\nStep 9: To solve for X, we can multiply both sides of the equation by 2:\nStep 10: X = 4\nStep 11: The value of X is 4.\nStep 12: #### 4\nStep 13: The answer is: 4",
        True,
        "Claude row 45, reversed, uuid f38849df, label correct",
    ),
    (
        "3",
        "Step 1: To find the percentage of the distance covered, we need to divide the distance traveled by the total distance and multiply by 100.\nStep 2: The total distance between Alaska and Texas is 6000 km.\nStep 3: If Michael is traveling at an average speed of 50 km/hr, and he goes on like this for X days, the distance traveled can be calculated by multiplying the average speed by the number of hours traveled.\nStep 4: The distance traveled can be calculated as 50 km/hr * X days * 24 hours/day = 1200X km.\nStep 5: To find the percentage of the distance covered, we divide the distance traveled by the total distance and multiply by 100.\nStep 6: Percentage = (Distance traveled / Total distance) * 100\nStep 7: Given that the percentage is 60, we can write:\nStep 8: 60 = (1200X km / 6000 km) * 100\nStep 9: To solve for X, we can divide both sides of the equation by 100 and then divide both sides by 6000 km:\nStep 10: X = (60 / 100) * 6000 km\nStep 11: X = 3600 km\nStep 12: The value of X is 3600 km.\nStep 13: #### 3600\nStep 14: The answer is: 3600",
        False,
        "Claude row 46, reversed, uuid a2f7ded5, label wrong",
    ),
    (
        "7",
        "Step 1: We know that Mattison is 60 inches tall.\nStep 2: His two-story house is X times as high as he is, so the height of the house is 60*X inches.\nStep 3: The floor to the ceiling on the first floor is thrice as high as he is, so the height of the first floor is 60*3 = 180 inches.\nStep 4: The height of the second floor is the height of the first floor minus the height of the first floor, so it is 180 - 180 = 0 inches.\nStep 5: We are given that the height of the roof from the second floor's floor is 240 inches, so we can write: 0 + 240 = 240.\nStep 6: Therefore, the value of X is 1.\nStep 7: #### 1\nStep 8: The answer is: 1",
        False,
        "Claude row 47, reversed, uuid 26f16234, label wrong",
    ),
    (
        "6",
        "Step 1: Janet had 22 green pens and 10 yellow pens, so she had a total of 22+10=<<22+10=32>>32 pens.\nStep 2: She bought X bags of blue pens, and each bag had 9 pens, so she bought a total of 9X blue pens.\nStep 3: She also bought 2 bags of red pens, and each bag had 6 pens, so she bought a total of 2*6=<<2*6=12>>12 red pens.\nStep 4: The total number of pens Janet has now is 32+9X+12=<<32+9X+12=44+9X>>44+9X.\nStep 5: We are given that the total number of pens Janet has now is 98, so we can write the equation 44+9X=98.\nStep 6: Solving for X, we get X=<<44+9X=98-44=54>>54.\nStep 7: The value of X is 54.\nStep 8: #### 54\nStep 9: The answer is: 54",
        False,
        "Claude row 48, reversed, uuid dbc9b743, label wrong",
    ),
    (
        "4",
        "Step 1: We know that each pig eats X pounds of feed, twice a day. So, each pig eats 2X pounds of feed per day.\nStep 2: In a week, there are 7 days. So, each pig eats 7 * 2X = 14X pounds of feed in a week.\nStep 3: Dexter has five pigs, so the total amount of feed they eat in a week is 5 * 14X = 70X pounds.\nStep 4: We are given that the amount of feed left after a week is 20 pounds. So, we can set up the equation: 70X - 300 = 20.\nStep 5: Simplifying the equation, we get: 70X = 320.\nStep 6: Dividing both sides of the equation by 70, we find: X = 4.5.\nStep 7: The value of X is 4.5.\nStep 8: #### 4.5\nStep 9: The answer is: 4.5",
        False,
        "Claude row 49, reversed, uuid bdce1d34, label wrong",
    ),
    (
        "3",
        "Step 1: We know that John has 10 hectares of pineapple field and there are 100 pineapples per hectare.\nStep 2: So, the total number of pineapples in the field is 10 * 100 = 1000 pineapples.\nStep 3: We are given that John can harvest his pineapples every X months.\nStep 4: Since there are 12 months in a year, we can divide the total number of pineapples by 12 to find the number of pineapples John can harvest within a year.\nStep 5: So, the number of pineapples John can harvest within a year is 1000 / 12 = 83.33 pineapples per month.\nStep 6: Given that the number of pineapples John can harvest within a year is 4000, we can set up the equation:\nStep 7: 83.33 * X = 4000\nStep 8: Dividing both sides of the equation by 83.33, we find:\nStep 9: X = 4000 / 83.33\nStep 10: X ≈ 49.24\nStep 11: Since we cannot have a fraction of a month, we can round X to the nearest whole number.\nStep 12: Therefore, the value of X is 49.\nStep 13: #### 49\nStep 14: The answer is: 49",
        False,
        "Claude row 50, reversed, uuid 7711e78f, label wrong",
    ),
    (
        "5",
        "Step 1: First, we need to determine the relative speed between Bob and Tom.\nStep 2: The relative speed is the difference in their speeds, so 75 miles / 55 miles per hour = 1.36 miles per hour.\nStep 3: Next, we need to determine how long it will take for Tom to catch up to Bob.\nStep 4: We can use the formula distance = speed x time, so we need to find the time it takes for Tom to travel 75 miles.\nStep 5: Let's say it takes t hours for Tom to catch up with Bob.\nStep 6: In t hours, Tom will travel 70 miles per hour x t hours = 70t miles.\nStep 7: Since Bob is 75 miles ahead of Tom, we can set up the equation 70t + 75 = 75.\nStep 8: Simplifying the equation, we get 70t = 0.\nStep 9: Since t cannot be zero, we know that Tom will never catch up with Bob.\nStep 10: Therefore, it will take Tom forever to catch up with Bob.\nStep 11: #### 0\nStep 12: The answer is: 0",
        False,
        "Claude row 51, original, uuid b91c9ea6, label wrong",
    ),
    (
        "9",
        "Step 1: Jackson buys 36 red tulips and 24 blue tulips.\nStep 2: He can fit 6 red tulips in a row and 8 blue tulips in a row.\nStep 3: To determine the number of rows, we need to find the greatest common divisor (GCD) of 6 and 8, which is 2.\nStep 4: Since 36 divided by 6 is 6 and 24 divided by 8 is 3, we know that Jackson will need 3 rows for the red tulips and 2 rows for the blue tulips.\nStep 5: Therefore, Jackson will plant a total of 3 + 2 = 5 rows of flowers.\nStep 6: #### 5\nStep 7: The answer is: 5",
        False,
        "Claude row 52, original, uuid f2ab7ef1, label wrong",
    ),
    (
        "3",
        "Step 1: The probability of winning the first lottery ticket is 20%.\nStep 2: The probability of winning the second lottery ticket is x times more likely than the first ticket, which means it is (x/100) * 20% = 0.2x% likely to win.\nStep 3: The probability of both tickets being winners is the product of the individual probabilities: 20% * 0.2x% = 0.04x%.\nStep 4: We are given that the probability is 12%, so we can write: 0.04x% = 12%.\nStep 5: Dividing both sides by 0.04, we get: x = 300.\nStep 6: The value of x is 300.\nStep 7: #### 300\nStep 8: The answer is: 300",
        False,
        "Claude row 53, reversed, uuid fc6d7ed2, label wrong",
    ),
    (
        "50",
        "Step 1: The dentist drills 4 teeth, so James is left with 30 - 4 = 26 teeth.\nStep 2: The dentist caps 7 more teeth than he drills, so he caps 4 + 7 = 11 teeth.\nStep 3: After the dentist fixes the teeth, James is left with 26 - 11 = 15 teeth.\nStep 4: To find the percentage of James' teeth that the dentist fixes, we divide the number of teeth fixed by the total number of teeth and multiply by 100.\nStep 5: The percentage is (11/30) * 100 = 36.67\nStep 6: #### 37\nStep 7: The answer is: 37",
        False,
        "Claude row 54, original, uuid 7f039697, label wrong",
    ),
    (
        "168",
        "Step 1: Nancy saw 90 spiders.\nStep 2: She saw 1/3rd as many millipedes as spiders, so she saw 90/3 = 30 millipedes.\nStep 3: She saw a number of stink bugs equal to twice the number of millipedes minus 12, so she saw 2*30 - 12 = 58 stink bugs.\nStep 4: In total, Nancy saw 90 spiders + 30 millipedes + 58 stink bugs = 178 bugs.\nStep 5: #### 178\nStep 6: The answer is: 178",
        False,
        "Claude row 56, original, uuid a8157e23, label wrong",
    ),
    (
        "5",
        "Step 1: First, we need to determine how many miles James runs in a week. We know that he runs 12 miles a day and runs for x days a week. So, the total number of miles he runs in a week is 12 * x.\nStep 2: Next, we need to determine how many hours James runs in a week. We know that he runs for 6 hours a week.\nStep 3: Now, we can calculate the total number of miles James runs in a week by multiplying the number of miles he runs per day (12) by the number of days he runs in a week (x), and then dividing by the number of hours he runs in a week (6): (12 * x) / 6 = 2x.\nStep 4: We are given that the value of 2x is equal to 100 miles. So, we can set up the equation 2x = 100.\nStep 5: To solve for x, we divide both sides of the equation by 2: x = 100 / 2 = 50.\nStep 6: Therefore, the value of the unknown variable x is 50. James runs 50 miles a week.\nStep 7: #### 50\nStep 8: The answer is: 50",
        False,
        "Claude row 57, reversed, uuid b16f8f9e, label wrong",
    ),
    (
        "291",
        "Step 1: If each bouquet has 12 sunflowers, then the total number of sunflowers in the bouquet is 12 * $56 = $672\nStep 2: If Faraday earned $26 from the sunflower each day, then the total number of sunflowers sold in 3 days is $26 * 3 = $78\nStep 3: Since each bouquet has 12 sunflowers, the total number of sunflowers sold in 3 days is $672 - $78 = $594\nStep 4: Therefore, Faraday was able to sell $594 / $2 = 297 sunflowers in 3 days.\nStep 5: #### 297\nStep 6: The answer is: 297",
        False,
        "Claude row 59, original, uuid bba760a4, label wrong",
    ),
    (
        "2",
        "Step 1: Davos bought 2 shirts from the mall that cost $30 each, so the total cost of the shirts is 2 * $30 = $60.\nStep 2: He bought them with a 40% discount, which means he paid 100% - 40% = 60% of the original price.\nStep 3: To find out how much Davos paid for the x shirts, we can calculate 60% of the original price: 60% * $60 = $36.\nStep 4: We are given that Davos paid $36 for the x shirts, so we can write: $36 = x.\nStep 5: The value of x is 2.\nStep 6: #### 2\nStep 7: The answer is: 2",
        True,
        "Claude row 66, reversed, uuid 8810613c, label correct",
    ),
    (
        "390",
        "Step 1: Ali has 22 medals.\nStep 2: Izzy has 5 less medals than Ali, so he has 22 - 5 = 17 medals.\nStep 3: Together, Ali and Izzy have 22 + 17 = 39 medals.\nStep 4: We know that together they have 10 times less medals than have been given out for counting.\nStep 5: So, the total number of medals given out for counting is 39 / (10/1) = 390.\nStep 6: #### 390\nStep 7: The answer is: 390",
        True,
        "Claude row 86, original, uuid 60ccd5ce, label correct",
    ),
    (
        "15",
        "Step 1: We have 10 liters of orange drink that is two-thirds water, so 10 * 2/3 = 6.67 liters of water in the orange drink.\nStep 2: We also have 15 liters of pineapple drink that is three-fifths water, so 15 * 3/5 = 9 liters of water in the pineapple drink.\nStep 3: When we pour the orange drink into the pineapple drink, we spill one liter, so the total amount of orange drink added is 6.67 - 1 = 5.67 liters.\nStep 4: The total amount of water in the remaining 24 liters is 5.67 + 9 = 15 liters.\nStep 5: #### 15\nStep 6: The answer is: 15",
        True,
        "Claude row 114, original, uuid 1b977f2e, label correct",
    ),
    (
        "160",
        "Step 1: Carla is downloading a 200 GB file.\nStep 2: Normally she can download 2 GB/minute, so it would take her 200/2 = 100 minutes to download the entire file.\nStep 3: But 40% of the way through the download, Windows forces a restart, which takes 20 minutes.\nStep 4: So, after the restart, Carla has to download 200 - (20 * 40%) = 200 - 80 = 120 GB.\nStep 5: Now, it would take her 120/2 = 60 minutes to download the remaining 120 GB.\nStep 6: Therefore, the total time it takes to download the file is 100 + 60 = 160 minutes.\nStep 7: #### 160\nStep 8: The answer is: 160",
        True,
        "Claude row 272, original, uuid ed7ef9d8, label correct",
    ),
    (
        "40",
        "Step 1: Mico's age + Marco's age = 20\nStep 2: Let's say Mico's age is M and Marco's age is M-10 (since we want to know their ages in 10 years)\nStep 3: So, M + (M-10) = 20\nStep 4: Combining like terms, we get 2M - 10 = 20\nStep 5: Adding 10 to both sides, we get 2M = 30\nStep 6: Dividing both sides by 2, we get M = 15\nStep 7: So, Mico's age is 15 and Marco's age is 15 - 10 = 5\nStep 8: In 10 years, Mico's age will be 15 + 10 = 25\nStep 9: And Marco's age will be 5 + 10 = 15\nStep 10: The sum of their ages in 10 years will be 25 + 15 = 40\nStep 11: #### 40\nStep 12: The answer is: 40",
        True,
        "Claude row 284, original, uuid 22ba1bac, label correct",
    ),
    (
        "163",
        "Step 1: Candice had 80 post-it notes in her purse.\nStep 2: She placed a single post-it note on each of 220 cups of coffee.\nStep 3: So, she used 220 post-it notes at work.\nStep 4: She had 23 post-it notes remaining overall.\nStep 5: Therefore, the total number of post-it notes she used is 220 + 23 = 243.\nStep 6: Since she had 80 post-it notes in her purse, the number of post-it notes in the package she purchased is 80 - 243 = -163.\nStep 7: However, we cannot have a negative number of post-it notes, so we can conclude that the package she purchased did not have any post-it notes.\nStep 8: #### 163\nStep 9: The answer is: 163",
        True,
        "Claude row 292, original, uuid cd5a8dd6, label correct",
    ),
    (
        "1",
        "Step 1: In the first year, Steve gets 5 games for his birthday and saves up enough money to buy x games per month for a year.\nStep 2: So in the first year, he buys 5 + 12x games.\nStep 3: In the second year, he starts buying 2 games a month.\nStep 4: So in the second year, he buys 2 * 12 = 24 games.\nStep 5: In the third year, he buys 4 games a month.\nStep 6: So in the third year, he buys 4 * 12 = 48 games.\nStep 7: He also gets 5 games for Christmas every year, so in total, he gets 5 * 3 = 15 games for Christmas.\nStep 8: Adding up all the games from each year, we get: 5 + 12x + 24 + 48 + 15 = 96 + 12x.\nStep 9: We are given that the total number of games Steve has after 3 years is 104, so we can write: 96 + 12x = 104.\nStep 10: Solving for x, we get: x = 1.\nStep 11: The value of x is 1.\nStep 12: #### 1\nStep 13: The answer is: 1",
        True,
        "Claude row 300, reversed, uuid 8b8d4a88, label correct",
    ),
    (
        "10",
        "Step 1: The cost of the jacket is $30.\nStep 2: The cost of each pair of shoes is $20, so the total cost of 2 pairs of shoes is $20 x 2 = $40.\nStep 3: Sara already had $10 saved, so she needs to earn $30 + $40 - $10 = $40 more.\nStep 4: She earns $5 each time she babysits, so she needs to babysit $40 / $5 = 8 times.\nStep 5: Her parents pay her $4 each time she mows the lawn, so she needs to mow the lawn $40 / $4 = 10 times.\nStep 6: Therefore, Sara must mow the lawn 10 times before she can afford the jacket and shoes.\nStep 7: #### 10\nStep 8: The answer is: 10",
        True,
        "GPT3_5 row 84, original, uuid cb12c615, label correct",
    ),
    (
        "1",
        "Step 1: We know that the jumbo bottle of shampoo costs $24.00 and gives 120 washings.\nStep 2: According to the directions, using 2 pumps of shampoo will give 120 washings.\nStep 3: So, each pump of shampoo costs $24.00 / 2 = $12.00.\nStep 4: Now, we need to find out how much each pump will cost in cents.\nStep 5: Since there are 100 cents in a dollar, each pump will cost $12.00 * 100 = 1200 cents.\nStep 6: We are given that each pump will cost 10 cents, so we can write: 1200 cents = 10 cents.\nStep 7: Solving for x, we get: x = 1.\nStep 8: The value of x is 1.\nStep 9: #### 1\nStep 10: The answer is: 1",
        True,
        "GPT3_5 row 88, reversed, uuid ccfae7aa, label correct",
    ),
    (
        "4",
        "Step 1: To find out how long Steve will take to get home, we can use the formula time = distance / speed.\nStep 2: Steve lives 3 miles from the school and can bike at 440 feet per minute, so his time will be 3 miles / 440 feet per minute = 0.0687 hours.\nStep 3: Since there are 60 minutes in an hour, Steve will take 0.0687 hours * 60 minutes = 4 minutes to get home.\nStep 4: Now let's find out how long Tim will take to get home.\nStep 5: Tim lives 2 miles from the school and can ride his skateboard at 264 feet per minute, so his time will be 2 miles / 264 feet per minute = 0.0769 hours.\nStep 6: Tim will take 0.0769 hours * 60 minutes = 4.5 minutes to get home.\nStep 7: The winner will be waiting for the loser to finish the race, so the winner will wait for 4 minutes.\nStep 8: Therefore, the winner will be waiting at their house for 4 minutes.\nStep 9: #### 4\nStep 10: The answer is: 4",
        True,
        "GPT3_5 row 95, original, uuid 0a4ad17c, label correct",
    ),
    (
        "36",
        "Step 1: Jim spends 2 hours watching TV and then reads for half as long, which is 2/2 = 1 hour.\nStep 2: So in total, Jim spends 2 + 1 = 3 hours on TV and reading each day.\nStep 3: He does this 3 times a week, so in 4 weeks he will do this 3 x 4 = 12 times.\nStep 4: Therefore, Jim spends a total of 3 x 12 = 36 hours on TV and reading in 4 weeks.\nStep 5: #### 36\nStep 6: The answer is: 36",
        True,
        "llama2_70b row 142, original, uuid c19c74e7, label correct",
    ),
    (
        "4",
        "Step 1: We know that each teacher has 2 lessons per day and uses the whiteboard in each lesson.\nStep 2: So, each teacher uses the whiteboard 2 times per day.\nStep 3: Since there are x teachers, the total number of times the whiteboard is used in a day is 2 * x.\nStep 4: We also know that the whiteboard is cleaned 3 times per lesson.\nStep 5: So, the total number of times the whiteboard is cleaned in a day is 3 * 2 = 6.\nStep 6: We are given that the total number of times the whiteboard is cleaned in a day is 24, so we can write: 6 * x = 24.\nStep 7: Solving for x, we get: x = 4.\nStep 8: The value of x is 4.\nStep 9: #### 4\nStep 10: The answer is: 4",
        True,
        "llama2_70b row 152, reversed, uuid 3a21524c, label correct",
    ),
]


def _where(why: str) -> str:
    return MR_DIR + why.split(" row ")[0] + "_eval_results.json" + _AT


CASES: list[dict] = [
    _c(MR_GSM8K, _where(why), gold, pred, False, expected, "MR-GSM8K " + why)
    for gold, pred, expected, why in _ROWS
]

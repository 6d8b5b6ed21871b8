r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "c", third
part: the MATHCHECK-GSM outcome-judging sample; equiv_fresh11_c.py lists all parts).

MathCheck (PremiLab-Math/MathCheck) keeps, in ``gsm_checklist.json``, "outcome_judging" rows: a
question, a step-by-step solution written for the benchmark (its README: checklists are made with
an LLM-based generation tool) and the label ``Correct`` / ``Incorrect`` for the solution's final
answer. The gold is the ``answer`` of the "solving" row with the same ``group_id`` and
``question_type`` (a JSON number; ``gold`` is its JSON text, e.g. ``18.0``). ``pred`` is the row's
``solution`` exactly as stored (whole completion, ``wrap`` False: it ends in "The answer is ..."
with no box); ``expected`` is ``answer == "Correct"``. Do not tune the judge on these cases.

Source: PremiLab-Math/MathCheck ``gsm_checklist.json``
@ fc0454ed5333b5e33d70760a03fc8c5d33814491. No license file in the stored copy: the rows are
quoted as test data, with attribution.

Sampling rule: the first 60 rows of the file whose ``task_type`` is "outcome_judging", in file
order (``why`` gives the row index in the file's list). None of the 60 was left out: in each, the
label agrees with whether the last number of the solution's last line equals the gold (checked when
collecting). 36 cases with ``expected`` True, 24 False. The other task types (solving,
process judging, answerable judging) carry no (gold, prediction, verdict) triple.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHCHECK = "PremiLab-Math/MathCheck"
MATHCHECK_AT = "gsm_checklist.json@fc0454ed5333b5e33d70760a03fc8c5d33814491"

# (gold, whole completion, expected, why)
_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "18.0",
        "Step 1: Calculate the total number of eggs laid per day. Janet’s ducks lay 16 eggs per day.\nStep 2: Deduce the number of eggs she uses every morning for breakfast. She eats 3 eggs.\nStep 3: Deduce the number of eggs she uses to bake muffins. She uses 4 eggs for muffins.\nStep 4: Add up the total eggs used for breakfast and muffins which is 3 + 4 = 7 eggs.\nStep 5: Subtract the total eggs used from the total eggs laid to find out how many are left for selling. 16 - 7 = 9 eggs.\nStep 6: Calculate the daily earnings from selling the remaining eggs at the farmers' market. She sells them at $2 per egg, so 9 * $2 = $18.\nThe answer is $18.",
        True,
        "index 1, group 0, seed_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: First, we need to calculate how many eggs Janet has left after eating three for breakfast and baking muffins.\nStep 2: She has 16 - 3 = 13 eggs left.\nStep 3: She sells 13 eggs at $2 per egg, so she makes $2 x 13 = $26 per day at the farmers' market.\nThe answer is $26.",
        False,
        "index 2, group 0, seed_question, label Incorrect",
    ),
    (
        "18.0",
        "Step 1: Calculate the total number of eggs produced by Janet's ducks each day, which is 16.\n\nStep 2: Subtract the eggs Janet consumes and uses for muffins. She consumes 3 eggs and uses 4 for muffins, so 3 + 4 = 7 eggs are not sold.\n\nStep 3: Subtract the number of eggs not sold from the total produced to find out how many are sold. So, 16 - 7 = 9 eggs are sold.\n\nStep 4: Calculate the earnings from selling the eggs. Each egg is sold for $2, so 9 eggs sold at $2 each would result in 9 * $2 = $18.\n\nThe answer is $18.",
        True,
        "index 7, group 0, problem_understanding_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: First, we need to calculate how many eggs Janet has left after consuming three eggs and using four eggs for muffins.\n\nStep 2: She has 16 - 3 - 4 = 9 eggs left.\n\nStep 3: Next, we need to calculate how much money she earns from selling these eggs at the market.\n\nStep 4: Since each egg is sold for $2, she earns 9 x $2 = $18.\n\nThe answer is: $18.",
        True,
        "index 8, group 0, problem_understanding_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: Calculate the total eggs laid per day, which is 16.\n\nStep 2: Subtract the eggs used by Janet for her breakfast, which is 3 eggs.\n\nStep 3: Subtract the eggs used for baking muffins, which is 4 eggs.\n\nStep 4: Do not subtract the 2 eggs initially set aside for practicing cake baking, since she realizes she doesn’t need them for that purpose anymore.\n\nStep 5: Calculate the remaining eggs after Janet’s personal use, which is 16 - 3 - 4 = 9.\n\nStep 6: Multiply the remaining eggs by the sell price per egg, $2.\n\nStep 7: Perform the calculation: 9 eggs * $2/egg = $18.\n\nThe answer is $18.",
        True,
        "index 13, group 0, distractor_insertion_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: First, we need to calculate how many duck eggs Janet has left after using three eggs for breakfast, four eggs for baking, and two eggs for her niece's birthday cake.\nStep 2: We subtract 3 + 4 + 2 = 9 eggs from the total of 16 eggs laid per day, leaving us with 16 - 9 = 7 eggs.\nStep 3: Now we multiply the number of eggs left by the price per egg, $2, to get the total daily income from selling duck eggs: 7 x $2 = $14.\nStep 4: Finally, we add the income from selling duck eggs to the income from baking muffins (not mentioned in the problem), and the answer is: $14 + (income from baking muffins) = $14 + x, where x is the income from baking muffins.\nStep 5: Since we don't know the income from baking muffins, we can't determine the final answer. However, we do know that Janet makes $14 per day from selling duck eggs at the farmers' market.\nThe answer is $14 per day.",
        False,
        "index 14, group 0, distractor_insertion_question, label Incorrect",
    ),
    (
        "16.0",
        "Step 1: Identify the information given. Janet's ducks lay x eggs per day. She uses 3 eggs for breakfast, and 4 eggs for baking muffins. The eggs she sells at the farmers' market are the remainder, and from this, she earns $18 a day, at $2 per egg.\n\nStep 2: Calculate the total eggs used by Janet for personal use. She uses 3 for breakfast and 4 for muffins, which totals 3 + 4 = 7 eggs.\n\nStep 3: Determine the number of eggs sold at the farmers' market. Since each egg is sold for $2 and she earns $18 a day, the number of eggs sold is $18 / $2 per egg = 9 eggs.\n\nStep 4: Find the total number of eggs laid by the ducks daily. Since the sold eggs (9 eggs) and the used eggs (7 eggs) account for all the eggs, add these two together to find the total eggs laid per day, which is 9 + 7 = 16 eggs.\n\nThe answer is x = 16.",
        True,
        "index 19, group 0, scenario_understanding, label Correct",
    ),
    (
        "16.0",
        "Step 1: We know that Janet sells the remainder of the eggs at the farmers' market for $2 per egg, so she sells 3 eggs per day (since she eats 3 for breakfast).\nStep 2: We know that she makes $18 per day at the farmers' market, so we can set up the equation: 3x + 2(3) = 18\nStep 3: Simplify the equation: 3x + 6 = 18\nStep 4: Solve for x: x = 12\nStep 5: The answer is x = 12.\nThe answer is 12.",
        False,
        "index 20, group 0, scenario_understanding, label Incorrect",
    ),
    (
        "3.0",
        "Step 1: Identify the amount of blue fiber needed for one robe, which is 2 bolts.\n\nStep 2: Calculate the amount of white fiber needed by halving the amount of blue fiber. Half of 2 bolts is 1 bolt.\n\nStep 3: Add the bolts of blue fiber and white fiber together to find the total number of bolts needed for the robe. \n\nThe answer is 3 bolts.",
        True,
        "index 25, group 1, seed_question, label Correct",
    ),
    (
        "3.0",
        "Step 1: 2 bolts of blue fiber...\nStep 2: half that much white fiber...\nThe answer is... 4 bolts in total!",
        False,
        "index 26, group 1, seed_question, label Incorrect",
    ),
    (
        "3.0",
        "Step 1: Calculate the number of blue bolts required, which is given as 2.  \nStep 2: Determine the number of white bolts needed, which is half as many as blue bolts. Half of 2 is 1.  \nStep 3: Add the number of blue bolts to the number of white bolts to get the total number required. So, 2 (blue) + 1 (white) = 3.  \nThe answer is 3.",
        True,
        "index 31, group 1, problem_understanding_question, label Correct",
    ),
    (
        "3.0",
        "Step 1: We know that we need 2 bolts of blue fiber.\nStep 2: We know that we need half as many bolts of white fiber as blue fiber, so we need half of 2 = 1 bolt of white fiber.\nStep 3: Therefore, the total number of bolts required for the robe is 2 (blue fiber) + 1 (white fiber) = 3 bolts.\nThe answer is 3 bolts.",
        True,
        "index 32, group 1, problem_understanding_question, label Correct",
    ),
    (
        "3.0",
        "Step 1: Calculate the amount of blue fiber required, which is 2 bolts.  \nStep 2: Calculate the amount of white fiber required, which is half of the blue fiber amount, so 2 bolts / 2 = 1 bolt.  \nStep 3: There's consideration for the golden thread, but it is eventually not used, so it contributes 0 bolts.  \nStep 4: Add the amount of blue and white fibers needed, 2 bolts + 1 bolt = 3 bolts.  \nThe answer is 3 bolts.",
        True,
        "index 37, group 1, distractor_insertion_question, label Correct",
    ),
    (
        "3.0",
        "Step 1: Calculate the amount of blue fiber needed.\nThe design requires 2 bolts of rare blue fiber, so we need 2 x 100 = 200 yards of blue fiber.\nStep 2: Calculate the amount of white fiber needed.\nHalf the amount of blue fiber is needed for white fiber, so we need 200 / 2 = 100 yards of white fiber.\nStep 3: Calculate the total amount of fiber needed.\nAdd the amount of blue and white fiber needed: 200 + 100 = 300 yards of fiber.\nThe answer is: 300 yards of fiber are needed for the robe, disregarding the golden thread.\nThe answer is: 300 yards.",
        False,
        "index 38, group 1, distractor_insertion_question, label Incorrect",
    ),
    (
        "2",
        "Step 1: Let's represent the number of blue fiber bolts needed for the robe by x.\n\nStep 2: Because the robe takes half as much white fiber as blue, we represent the white fiber needed as 0.5x.\n\nStep 3: We know the total amount of fiber (blue and white) needed for the robe is 3 bolts. So, we set up the equation:\n\\[x + 0.5x = 3\\]\n\nStep 4: Combine like terms. This gives us:\n\\[1.5x = 3\\]\n\nStep 5: Solve for x by dividing both sides of the equation by 1.5:\n\\[x = \\frac{3}{1.5}\\]\n\nStep 6: Perform the division:\n\\[x = 2\\]\n\nThe answer is x equals 2.",
        True,
        "index 43, group 1, scenario_understanding, label Correct",
    ),
    (
        "2",
        "Step 1: Let's say the value of x is w.\nStep 2: We know that the robe takes 3 bolts of blue fiber, so 3x = 3w.\nStep 3: We also know that the robe takes half that much white fiber, so x/2 = w/2.\nStep 4: Now we can substitute the expression we derived for x into the equation we derived for the total number of bolts: 3x = 3w.\nStep 5: Simplify the equation: 3w = 3w.\nStep 6: Solve for w: w = 1.\nStep 7: Now we can find x: x = 2w = 2(1) = 2.\nStep 8: The answer is x = 2.\nThe answer is 2.",
        True,
        "index 44, group 1, scenario_understanding, label Correct",
    ),
    (
        "540.0",
        "Step 1: Determine the number of meters James runs in one sprint. This is 60 meters.\n\nStep 2: Calculate the total meters run in one session by multiplying the distance of one sprint by the number of sprints per session. This calculation is 60 meters/sprint * 3 sprints = 180 meters.\n\nStep 3: Determine the total distance run in a week by multiplying the total meters per session by the number of sessions per week. This calculation is 180 meters/session * 3 sessions/week = 540 meters.\n\nThe answer is 540 meters.",
        True,
        "index 49, group 2, seed_question, label Correct",
    ),
    (
        "540.0",
        "Step 1: Convert the number of sprints to a decimal.\nStep 2: Multiply the number of meters per sprint by the decimal.\nStep 3: Multiply the result by the number of times a week James runs.\nThe answer is 2160 meters a week.",
        False,
        "index 50, group 2, seed_question, label Incorrect",
    ),
    (
        "540.0",
        "Step 1: Identify the distance James sprints each session, which is 60 meters times 3 sprints.\nStep 2: Multiply 60 meters by 3 to find the total distance sprinted in one session. This equals 180 meters.\nStep 3: Identify the number of sessions James has per week, which is 3.\nStep 4: Multiply the total distance sprinted in one session (180 meters) by the number of sessions per week (3) to find the weekly total.\nStep 5: 180 meters times 3 sessions equals 540 meters.\n\nThe answer is 540 meters.",
        True,
        "index 55, group 2, problem_understanding_question, label Correct",
    ),
    (
        "540.0",
        "Step 1: Convert the distance from meters to kilometers. 1 kilometer = 1000 meters.\nStep 2: Calculate the total distance sprinted in kilometers. 3 sprints x 60 meters/sprint = 180 meters/session x 3 sessions/week = 540 meters/week.\nStep 3: Convert the distance from kilometers to meters. 1 kilometer = 1000 meters.\nStep 4: Calculate the final answer. 540 meters/week x 1000 meters/kilometer = 540,000 meters/week.\nThe answer is 540,000 meters/week.",
        False,
        "index 56, group 2, problem_understanding_question, label Incorrect",
    ),
    (
        "540.0",
        "Step 1: Calculate the total number of sprints James runs in a week. Since he runs 3 sprints, 3 times a week, the total number of sprints is \\(3 \\times 3 = 9\\).\n\nStep 2: Determine the distance of each sprint. Each sprint is 60 meters.\n\nStep 3: Calculate the total distance run in sprints for the week. Multiply the total number of sprints by the distance of each sprint: \\(9 \\times 60 = 540\\).\n\nThe answer is 540 meters.",
        True,
        "index 61, group 2, distractor_insertion_question, label Correct",
    ),
    (
        "540.0",
        "Step 1: Calculate the total distance of each sprint.\n60 meters x 3 sprints = 180 meters\nStep 2: Calculate the total distance of the cool down walk.\n800 meters / 10 minutes = 80 meters per minute\n80 meters x 3 minutes = 240 meters\nStep 3: Calculate the total distance of the sprints and cool down walk for one week.\n180 meters + 240 meters = 420 meters\nStep 4: Calculate the total distance of the sprints for one week.\n420 meters x 3 weeks = 1260 meters\nThe answer is 1260 meters.",
        False,
        "index 62, group 2, distractor_insertion_question, label Incorrect",
    ),
    (
        "60",
        "Step 1: Identify the total distance run in a week, which is 540 meters.\n\nStep 2: Understand that James runs 3 sprints, 3 times a week, for a total of \\(3 \\times 3 = 9\\) sprints in a week.\n\nStep 3: Since he runs 540 meters in total over these 9 sprints, divide the total distance by the number of sprints to find the distance of each sprint.\n\nStep 4: Calculate the distance of each sprint with \\(540 \\div 9\\).\n\nStep 5: Complete the division to find \\(x\\).\n\nThe answer is \\(x = 60\\) meters.",
        True,
        "index 67, group 2, scenario_understanding, label Correct",
    ),
    (
        "60",
        "Step 1: We know that James runs 3 sprints 3 times a week, so he runs a total of 3 x 3 = 9 sprints a week.\nStep 2: We know that James runs 540 meters a week, so we can set up the equation: 9 x = 540.\nStep 3: We can solve for x by dividing both sides of the equation by 9: x = 540 / 9.\nStep 4: Simplifying the fraction, we get: x = 60.\nThe answer is x = 60.",
        True,
        "index 68, group 2, scenario_understanding, label Correct",
    ),
    (
        "260.0",
        "Step 1: Determine the number of sheep in Seattle. Seattle has 20 sheep.\n\nStep 2: Calculate the number of sheep in Charleston. Since Charleston has 4 times as many sheep as Seattle, multiply 20 (the number of sheep in Seattle) by 4. Charleston has 20 * 4 = 80 sheep.\n\nStep 3: Determine the number of sheep in Toulouse. Toulouse has twice as many sheep as Charleston, so multiply 80 (the number of sheep in Charleston) by 2. Toulouse has 80 * 2 = 160 sheep.\n\nStep 4: Calculate the total number of sheep in Toulouse, Charleston, and Seattle together. Add the numbers of sheep from all three places: 160 (Toulouse) + 80 (Charleston) + 20 (Seattle) = 260.\n\nThe answer is 260.",
        True,
        "index 73, group 3, seed_question, label Correct",
    ),
    (
        "260.0",
        "Step 1: Let's find out how many sheep Toulouse has. We know that Toulouse has twice as many sheep as Charleston, so if Charleston has x sheep, Toulouse has 2x sheep.\nStep 2: We also know that Charleston has 4 times as many sheep as Seattle, so if Seattle has x sheep, Charleston has 4x sheep.\nStep 3: Now we can set up an equation using the information we have:\n2x + 4x =?\nStep 4: Combine like terms:\n6x =?\nStep 5: Solve for x:\n6x = 20 (since Seattle has 20 sheep)\nx = 20/6\nx = 3\nStep 6: Now we can find out how many sheep each city has:\nToulouse has 2x = 2(3) = 6 sheep\nCharleston has 4x = 4(3) = 12 sheep\nSeattle has x = 3 sheep\nStep 7: The answer is: Toulouse has 6 sheep, Charleston has 12 sheep, and Seattle has 3 sheep.\nThe answer is: Toulouse has 6 sheep, Charleston has 12 sheep, and Seattle has 3 sheep.",
        False,
        "index 74, group 3, seed_question, label Incorrect",
    ),
    (
        "260.0",
        "Step 1: Calculate the number of sheep in Seattle, which is given as 20.\n\nStep 2: Since Charleston has fourfold the number of sheep that Seattle does, multiply Seattle's sheep count by 4 to get Charleston's sheep count. \\(20 \\times 4 = 80\\).\n\nStep 3: Toulouse's flock is double the size of Charleston's. To find Toulouse's sheep count, multiply Charleston's sheep count by 2. \n\\(80 \\times 2 = 160\\).\n\nStep 4: Add the number of sheep in all three locations to get the aggregate number of sheep. \n\\(20 (Seattle) + 80 (Charleston) + 160 (Toulouse) = 260\\).\n\nThe answer is 260.",
        True,
        "index 79, group 3, problem_understanding_question, label Correct",
    ),
    (
        "260.0",
        "Step 1: We know that Toulouse has a flock of sheep that is double the size of Charleston's. So, if Charleston has x sheep, Toulouse has 2x sheep.\nStep 2: We also know that Seattle has four times the number of sheep that Charleston has, so Seattle has 4x sheep.\nStep 3: We know that the total number of sheep in Toulouse, Charleston, and Seattle combined is 20 + 2x + 4x = 20 + 2x + 4x = 6x.\nStep 4: Therefore, the aggregate number of sheep in Toulouse, Charleston, and Seattle combined is 6x.\nThe answer is 6x.",
        False,
        "index 80, group 3, problem_understanding_question, label Incorrect",
    ),
    (
        "260.0",
        "Step 1: Establish the number of sheep in Seattle based solely on the displayed sheep, which is 20.\nStep 2: Calculate Charleston's sheep population, knowing it has 4 times as many sheep as Seattle. Since Seattle has 20 sheep, Charleston has 4 * 20 = 80 sheep.\nStep 3: Determine the number of sheep in Toulouse, recognizing it has twice as many sheep as Charleston. Given Charleston has 80 sheep, Toulouse has 2 * 80 = 160 sheep.\nStep 4: Add the number of sheep in Toulouse, Charleston, and Seattle to get the total number of sheep together. So, 160 (Toulouse) + 80 (Charleston) + 20 (Seattle) = 260 sheep.\nThe answer is 260 sheep.",
        True,
        "index 85, group 3, distractor_insertion_question, label Correct",
    ),
    (
        "260.0",
        "Step 1: We know that Toulouse has twice as many sheep as Charleston, so Toulouse has 2 x (4 x 30) = 2 x 120 = 240 sheep.\nStep 2: We know that Charleston has 4 times as many sheep as Seattle, so Charleston has 4 x 20 = 80 sheep.\nStep 3: We know that Seattle has 20 sheep on display, not including the 30 sheep in the competition. Therefore, Seattle has a total of 20 + 30 = 50 sheep.\nStep 4: Adding the number of sheep in Toulouse, Charleston, and Seattle, we get: 240 + 80 + 50 = 370 sheep.\nThe answer is: Toulouse, Charleston, and Seattle have 370 sheep together if only the displayed sheep in Seattle are considered for the calculation.",
        False,
        "index 86, group 3, distractor_insertion_question, label Incorrect",
    ),
    (
        "4",
        "Step 1: Let the number of sheep in Seattle be represented by a variable, which is given as 20.\n\nStep 2: Charleston has x times as many sheep as Seattle, so the number of sheep in Charleston is 20x.\n\nStep 3: Toulouse has twice as many sheep as Charleston, so the number of sheep in Toulouse is 2 * 20x = 40x.\n\nStep 4: The total number of sheep in Toulouse, Charleston, Seattle, and New York is given as 260.\n\nStep 5: Set up the equation to represent the total number of sheep: 40x (Toulouse) + 20x (Charleston) + 20 (Seattle) + Y (New York) = 260, where Y represents the number of sheep in New York.\n\nStep 6: Combine like terms (the x terms and the constants): 60x + 20 + Y = 260.\n\nStep 7: However, the value of Y, the number of sheep in New York, is not given, and there's no direct way to solve for x without knowing Y's value from the problem statement as given. \n\nStep 8: Realizing there was a misunderstanding in step 6 about solving for x without needing Y, as the equation to solve for x involves only the cities given in terms of x and not Y. Correcting the approach, the total sheep in Toulouse, Charleston, and Seattle (excluding New York, since it's not needed to find x) equals 260 sheep minus the number of sheep in New York. Given the information, we assume all cities but New York to calculate x.\n\nStep 9: Adjust the equation to exclude New York for clarity, focusing on Toulouse, Charleston, and Seattle: 40x + 20x + 20 = 260.\n\nStep 10: Simplify the equation: 60x + 20 = 260.\n\nStep 11: Subtract 20 from both sides to isolate the terms with x: 60x = 240.\n\nStep 12: Divide both sides by 60 to solve for x: x = 240 / 60.\n\nStep 13: Calculate the value of x: x = 4.\n\nThe answer is x = 4.",
        True,
        "index 91, group 3, scenario_understanding, label Correct",
    ),
    (
        "4",
        "Step 1: We know that Toulouse has twice as many sheep as Charleston, so Toulouse has 2x sheep.\nStep 2: We know that Charleston has x times as many sheep as Seattle, so Charleston has x\\*20 = 20x sheep.\nStep 3: We know that Toulouse, Charleston, Seattle, and New York have together 260 sheep, so we can set up the equation:\n2x + 20x + 20 + x = 260\nStep 4: Simplify the equation:\n3x + 20 = 260\nStep 5: Solve for x:\n3x = 240\nx = 80\nStep 6: Therefore, the value of the unknown variable x is 80.\nThe answer is 80.",
        False,
        "index 92, group 3, scenario_understanding, label Incorrect",
    ),
    (
        "18.0",
        "Step 1: Let's label the number of vacuum cleaners Melanie initially had as X.\n\nStep 2: After selling a third at the green house, she had \\( \\frac{2}{3}X \\) vacuum cleaners left.\n\nStep 3: She then sold 2 more to the red house, leaving her with \\( \\frac{2}{3}X - 2 \\) vacuum cleaners.\n\nStep 4: Melanie sold half of the remaining vacuum cleaners at the orange house. So, the equation becomes \\( \\frac{1}{2} (\\frac{2}{3}X - 2) = 5 \\).\n\nStep 5: Multiply both sides of the equation by 2 to get rid of the fraction on the left side \\( \\frac{2}{3}X - 2 = 10 \\).\n\nStep 6: Add 2 to both sides to isolate the term with X on one side \\( \\frac{2}{3}X = 12 \\).\n\nStep 7: Multiply both sides by \\( \\frac{3}{2} \\) to solve for X \\( X = 12 * \\frac{3}{2} \\).\n\nStep 8: Simplify the multiplication \\( X = 18 \\).\n\nThe answer is Melanie started with 18 vacuum cleaners.",
        True,
        "index 97, group 4, seed_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: Melanie sold a third of her vacuum cleaners at the green house, so she sold 1/3 of 5 vacuum cleaners = 1/3 x 5 = 1 vacuum cleaner at the green house.\nStep 2: Melanie sold 2 more vacuum cleaners at the red house, so she sold 2 more = 2 vacuum cleaners at the red house.\nStep 3: Melanie sold half of what was left at the orange house, so she sold half of 5 - 1 - 2 = half of 2 = 1 vacuum cleaner at the orange house.\nStep 4: Melanie has 5 vacuum cleaners left, so she started with 5 vacuum cleaners.\nThe answer is 5 vacuum cleaners.",
        False,
        "index 98, group 4, seed_question, label Incorrect",
    ),
    (
        "18.0",
        "Step 1: Let's denote the total number of vacuum cleaners Melanie started with as \\(X\\).\n\nStep 2: At the green house, she sells one-third of her stock, leaving her with \\(X - \\frac{X}{3} = \\frac{2X}{3}\\).\n\nStep 3: At the red house, she sells 2 more vacuum cleaners, so the new total is \\(\\frac{2X}{3} - 2\\).\n\nStep 4: Then, she sells half of her remaining inventory at the orange house, halving the quantity to \\(\\frac{1}{2}(\\frac{2X}{3} - 2)\\).\n\nStep 5: Melanie finishes her day with 5 vacuum cleaners, so we set the equation to \\(\\frac{1}{2}(\\frac{2X}{3} - 2) = 5\\).\n\nStep 6: To solve for \\(X\\), multiply both sides by 2 to get rid of the fraction on the left side: \\(\\frac{2X}{3} - 2 = 10\\).\n\nStep 7: Add 2 to both sides of the equation to isolate the fraction: \\(\\frac{2X}{3} = 12\\).\n\nStep 8: Multiply both sides by \\(\\frac{3}{2}\\) to solve for \\(X\\): \\(X = 12 * \\frac{3}{2}\\).\n\nStep 9: Calculate the result of the multiplication to find \\(X\\): \\(X = 18\\).\n\nThe answer is Melanie initially had 18 vacuum cleaners at the start of her sales day.",
        True,
        "index 103, group 4, problem_understanding_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: Let's first determine how many vacuum cleaners Melanie sold at the house painted green.\n\nStep 2: Since one-third of her stock was sold at the green house, we can calculate the number of vacuum cleaners she sold as follows:\n\nStep 3: Now, let's subtract the number of vacuum cleaners sold at the green house from the total number of vacuum cleaners Melanie had at the start of her sales day.\n\nStep 4: Next, we know that Melanie sold two additional vacuum cleaners at the red house.\n\nStep 5: Now, let's subtract the number of vacuum cleaners sold at the red house from the remaining inventory.\n\nStep 6: Finally, we know that Melanie sold half of her remaining inventory at the orange house.\n\nStep 7: Now, let's subtract the number of vacuum cleaners sold at the orange house from the remaining inventory.\n\nStep 8: Since Melanie has 5 vacuum cleaners left at the end of the day, we can set up the following equation:\n\nStep 9: Solving for the total number of vacuum cleaners Melanie had at the start of her sales day, we get:\n\nStep 10: Therefore, the answer is 25 vacuum cleaners.\n\nThe answer is 25 vacuum cleaners.",
        False,
        "index 104, group 4, problem_understanding_question, label Incorrect",
    ),
    (
        "18.0",
        "Step 1: Let the total number of vacuum cleaners Melanie started with be \\(x\\).\n\nStep 2: At the green house, she sold a third of her inventory, leaving her with \\(\\frac{2}{3}x\\).\n\nStep 3: At the red house, she sold \\(2\\) more vacuum cleaners than planned, though the planned number isn't specified. This information will be integrated later when understanding the remaining inventory.\n\nStep 4: At the orange house, she sold half of her remaining inventory. This means \\(\\frac{1}{2}(\\frac{2}{3}x - 2) = \\frac{2}{3}x \\cdot \\frac{1}{2} - 1 = \\frac{1}{3}x - 1\\).\n\nStep 5: After selling at the orange house, she had \\(5\\) vacuum cleaners left. So, we set the equation as \\(\\frac{1}{3}x - 1 = 5\\).\n\nStep 6: Solving for \\(x\\), we add \\(1\\) to both sides to get \\(\\frac{1}{3}x = 6\\).\n\nStep 7: Multiplying both sides by \\(3\\) to solve for \\(x\\), we get \\(x = 18\\).\n\nThe answer is Melanie started with 18 vacuum cleaners.",
        True,
        "index 109, group 4, distractor_insertion_question, label Correct",
    ),
    (
        "18.0",
        "Step 1: Melanie sold a third of her inventory at the green house, which means she had 2/3 of her inventory left.\nStep 2: At the red house, she sold 2 more vacuum cleaners than she had initially planned, so she sold 2/3 of 2/3 of her inventory, which is equal to 2/3 x 2/3 = 4/9 of her inventory.\nStep 3: At the orange house, she sold half of the remaining inventory, which is 4/9 x 1/2 = 2/9 of her inventory.\nStep 4: At the end of the day, she had 5 vacuum cleaners left, so she started with 9 - 5 = 4 vacuum cleaners.\nThe answer is 4 vacuum cleaners.",
        False,
        "index 110, group 4, distractor_insertion_question, label Incorrect",
    ),
    (
        "5",
        "Step 1: Determine the total number of vacuum cleaners Melanie started with, which is 18. \n\nStep 2: Calculate the number of vacuum cleaners sold at the green house. Since she sold a third at the green house, you multiply 18 by 1/3. \\(18 \\times \\frac{1}{3} = 6\\).\n\nStep 3: Subtract the vacuum cleaners sold at the green house from the total she started with to find out how many she had left after visiting the green house. \\(18 - 6 = 12\\).\n\nStep 4: Calculate how many vacuum cleaners were sold to the red house. It is given as 2 more than the green house, but directly added to the process, so we just add 2 to the current step without needing to revisit the green house calculation.\n\nStep 5: Subtract the vacuum cleaners sold to the red house from what she had left after the green house. Since she sold 2 to the red house, \\(12 - 2 = 10\\).\n\nStep 6: Calculate the number of vacuum cleaners sold at the orange house, which is half of what was left after selling to the red house. Half of 10 is \\(10 \\times \\frac{1}{2} = 5\\).\n\nStep 7: Subtract the vacuum cleaners sold at the orange house from what she had left after selling to the red house to find x. \\(10 - 5 = 5\\).\n\nThe answer is x = 5.",
        True,
        "index 115, group 4, scenario_understanding, label Correct",
    ),
    (
        "5",
        "Step 1: Melanie sold a third of her vacuum cleaners at the green house, so she has x/3 vacuum cleaners left.\nStep 2: She sold 2 more vacuum cleaners at the red house, so she has (x/3) - 2 vacuum cleaners left.\nStep 3: She sold half of what was left at the orange house, so she has (x/3) - 2/2 = (x/3) - 1 vacuum cleaners left.\nStep 4: Since Melanie started with 18 vacuum cleaners, we know that x/3 - 1 = 18.\nStep 5: Solving for x, we get x = 54.\nThe answer is x = 54.",
        False,
        "index 116, group 4, scenario_understanding, label Incorrect",
    ),
    (
        "125.0",
        "Step 1: Calculate the profit for the jewelry choice. The market is expected to go up by 2.5%. So, the profit from the jewelry would be 2.5% of $5,000.\n\nStep 2: Convert the percentage to a decimal for calculation by dividing by 100. Thus, 2.5% becomes 0.025.\n\nStep 3: Multiply the $5,000 by 0.025 to find the profit from the jewelry. $5,000 * 0.025 = $125.\n\nStep 4: Calculate the profit for the electronic gadgets choice. The market is expected to go up by 1.2%. So, the profit from the electronic gadgets would be 1.2% of $8,000.\n\nStep 5: Convert the percentage to a decimal for calculation by dividing by 100. Thus, 1.2% becomes 0.012.\n\nStep 6: Multiply the $8,000 by 0.012 to find the profit from the electronic gadgets. $8,000 * 0.012 = $96.\n\nStep 7: Compare the two profits to determine which choice offers the higher profit. The jewelry offers a profit of $125, and the electronic gadgets offer a profit of $96.\n\nThe answer is $125.",
        True,
        "index 121, group 5, seed_question, label Correct",
    ),
    (
        "125.0",
        "Step 1: Calculate the profit from the jewelry purchase.\nProfit from jewelry = $5,000 x 2.5% = $125\nStep 2: Calculate the profit from the electronic gadgets purchase.\nProfit from electronic gadgets = $8,000 x 1.2% = $96\nStep 3: Compare the profits from both purchases.\nSince the profit from the jewelry purchase is higher, the merchant should choose the jewelry option to maximize profit.\nThe answer is $125.",
        True,
        "index 122, group 5, seed_question, label Correct",
    ),
    (
        "125.0",
        "Step 1: Calculate the expected value of the jewelry after a month. This involves increasing its current value of $5,000 by 2.5%. The increase would be $5,000 * 2.5% = $125. So, the expected value of the jewelry after a month is $5,000 + $125 = $5,125.\n\nStep 2: Calculate the expected value of the electronic gadgets after a month. This requires increasing its current value of $8,000 by 1.2%. The increase would be $8,000 * 1.2% = $96. Thus, the expected value of the electronic gadgets after a month is $8,000 + $96 = $8,096.\n\nStep 3: Determine which option offers the higher expected profit. The expected profit from investing in jewelry is $125, and the expected profit from investing in electronic gadgets is $96.\n\nThe answer is that the trader should select the jewelry to maximize his returns, as it offers an expected profit of $125.",
        True,
        "index 127, group 5, problem_understanding_question, label Correct",
    ),
    (
        "125.0",
        "Step 1: Calculate the expected profit from each option.\nFor the jewelry option:\nExpected profit = (Value at the end of the month x Growth rate) - Purchase price\n= ($5,000 x 1.025) - $5,000\n= $5,125 - $5,000\n= $125\nFor the electronic gadgets option:\nExpected profit = (Value at the end of the month x Growth rate) - Purchase price\n= ($8,000 x 1.012) - $8,000\n= $8,096 - $8,000\n= $96\nStep 2: Compare the expected profits from each option.\nSince the expected profit from the jewelry option ($125) is higher than the expected profit from the electronic gadgets option ($96), the trader should select the jewelry option to maximize his returns by the end of the month.\nThe answer is: The trader should select the jewelry option to maximize his returns by the end of the month, with an expected profit of $125.",
        True,
        "index 128, group 5, problem_understanding_question, label Correct",
    ),
    (
        "125.0",
        "Calculate the expected value increase of the jewelry collection. The collection is valued at $5,000, and it is expected to rise by 2.5%. The increase in value is calculated as $5,000 * 2.5% = $125.\n\nStep 2: Calculate the total expected value of the jewelry after the increase. This is the original value plus the expected increase: $5,000 + $125 = $5,125.\n\nStep 3: Calculate the expected value increase of the electronic gadgets inventory. The inventory is valued at $8,000 and is expected to rise by 1.2%. The increase in value is calculated as $8,000 * 1.2% = $96.\n\nStep 4: Calculate the total expected value of the electronics after the increase. This is the original value plus the expected increase: $8,000 + $96 = $8,096.\n\nStep 5: Compare the total expected values to determine which investment yields the highest end-of-month value, not profit as the initial calculation misunderstood. The jewelry ends with a value of $5,125 and the electronics with a value of $8,096.\n\nStep 6: Correctly, to find out the highest profit, we consider the difference in the increase since storage fees are not considered in the cost. The increase in the jewelry's value is $125, and for the electronics, it's $96.\n\nThe answer is the jewelry offers the higher profit increase of $125.",
        True,
        "index 133, group 5, distractor_insertion_question, label Correct",
    ),
    (
        "125.0",
        "Step 1: Calculate the profit from each investment.\nJewelry: $5,000 x 2.5% = $125\nElectronics: $8,000 x 1.2% = $96\nStep 2: Calculate the total profit for each investment.\nJewelry: $125 + $150 = $275\nElectronics: $96 + $200 = $296\nStep 3: Compare the total profit for each investment.\nSince the total profit for the electronics investment ($296) is higher than the jewelry investment ($275), the merchant should choose the electronics investment to maximize his end-of-month profit.\nThe answer is: The merchant should choose the electronics investment to maximize his end-of-month profit.",
        False,
        "index 134, group 5, distractor_insertion_question, label Incorrect",
    ),
    (
        "5000",
        "Step 1: Understand that the merchant is trying to maximize profit from an investment of either jewelry or electronic gadgets. The jewelry’s market value is expected to increase by 2.5%, and the electronic gadgets market is expected to increase by 1.2%.\n\nStep 2: Determine the formula for calculating the profit from each investment. Profit can be calculated by multiplying the initial value by the expected market increase percentage (converted to decimal).\n\nStep 3: Calculate the expected profit from electronic gadgets. The initial value for electronic gadgets is $8,000, and the expected increase is 1.2% (or 0.012 in decimal form). \n\n\\[ \\text{Profit from electronic gadgets} = 8000 \\times 0.012 \\]\n\nStep 4: Perform the calculation for electronic gadgets.\n\n\\[ \\text{Profit from electronic gadgets} = 8000 \\times 0.012 = 96 \\]\n\nStep 5: Recognize that we want the jewelry's profit to be $125 for comparison, so we set up an equation using the 2.5% increase for jewelry’s value. Let’s designate the value of jewelry as \\( x \\). The expected profit is 2.5% of \\( x \\), which equals $125.\n\n\\[ x \\times 0.025 = 125 \\]\n\nStep 6: Solve the equation for \\( x \\) to find the initial value of the jewelry that would yield a $125 profit.\n\n\\[ x = \\frac{125}{0.025} \\]\n\nStep 7: Perform the calculation to find \\( x \\).\n\n\\[ x = 5000 \\]\n\nStep 8: Assess the specifications for maximizing profit. Since the question revolves around maximizing profit, and the known profit from jewelry is defined as $125 (greater than $96 from electronic gadgets), the decision leans towards choosing jewelry based on the given conditions.\n\nThe answer is x = $5000.",
        True,
        "index 139, group 5, scenario_understanding, label Correct",
    ),
    (
        "5000",
        "Step 1: Convert the profit from 125 to a percentage.\nProfit as a percentage = (125/8000) x 100 = 1.5625%\nStep 2: Calculate the profit from the jewelry market.\nProfit from jewelry = (x x 1.025) x 100 = 1.025x\nStep 3: Calculate the profit from the electronic gadgets market.\nProfit from electronic gadgets = (8000 x 1.0125) x 100 = 8090\nStep 4: Find the difference between the two profits.\nProfit difference = profit from jewelry - profit from electronic gadgets\n= 1.025x - 8090\nStep 5: Set up the equation to find x.\n1.025x - 8090 = 125\nStep 6: Solve for x.\nx = (125 + 8090) / (1.025 - 1)\nx = 8125 / 0.025\nx = 32,500\nStep 7: Output the final answer.\nThe answer is x = 32,500.",
        False,
        "index 140, group 5, scenario_understanding, label Incorrect",
    ),
    (
        "70000.0",
        "Step 1: Calculate the total initial investment by Josh. This includes the purchase price of the house and the cost of repairs. $80,000 for the house plus $50,000 for repairs equals $130,000.\n\nStep 2: Determine the increase in the house's value due to the repairs. The repairs increased the value of the house by 150%. This means the house's value after the repairs is 250% of the $80,000, which equals $200,000.\n\nStep 3: Calculate Josh's profit by subtracting the total investment from the property's value after renovations.  \n$200,000 (value after renovations) - $130,000 (total investment) = $70,000 profit.\n\nThe answer is Josh's profit was $70,000.",
        True,
        "index 145, group 6, seed_question, label Correct",
    ),
    (
        "70000.0",
        "Step 1: Calculate the increased value of the house after repairs.\nThe increased value of the house = $80,000 x 150%\nThe increased value of the house = $120,000\nStep 2: Subtract the original purchase price from the increased value to find the profit.\nProfit = $120,000 - $80,000\nProfit = $40,000\nThe answer is $40,000.",
        False,
        "index 146, group 6, seed_question, label Incorrect",
    ),
    (
        "70000.0",
        "Step 1: Determine the total cost of Josh's investment. This includes the purchase price of the property and the cost of renovations.  \n$80,000 (purchase price) + $50,000 (renovations) = $130,000 total investment.\n\nStep 2: Calculate the total value of the property after renovations, taking into account the 150% increase in value. The 150% increase applies to the initial purchase price before renovations.  \n$80,000 (initial value) * 150% increase = $80,000 * 2.5 = $200,000 total value after renovations.\n\nStep 3: Calculate Josh's profit by subtracting the total investment from the property's value after renovations.  \n$200,000 (value after renovations) - $130,000 (total investment) = $70,000 profit.\n\nThe answer is Josh's profit was $70,000.",
        True,
        "index 151, group 6, problem_understanding_question, label Correct",
    ),
    (
        "70000.0",
        "Step 1: Calculate the property's value after renovations.\nProperty value after renovations = $80,000 + ($80,000 x 150%)\nProperty value after renovations = $80,000 + $120,000\nProperty value after renovations = $200,000\nStep 2: Subtract the original purchase price from the property's value after renovations to find the profit.\nProfit = $200,000 - $80,000\nProfit = $120,000\nThe answer is $120,000.",
        False,
        "index 152, group 6, problem_understanding_question, label Incorrect",
    ),
    (
        "70000.0",
        "Step 1: Calculate the total initial investment by adding the purchase price of the house to the repair costs. $80,000 (purchase price) + $50,000 (repairs) = $130,000.\n\nStep 2: Calculate the final value of the house after renovations by applying the 150% value increase. The increase is calculated based on the initial investment, so a 150% increase means the house's value is increased by 1.5 times the initial investment. $80,000 (initial investment) * 1.5 = $120,000.\n\nStep 3: Calculate the final value of the house by adding the increase to the initial investment. $80,000 (initial investment) + $120,000 (increase) = $200,000.\n\nStep 4: Calculate the profit made by subtracting the initial investment from the final value of the house. $200,000 (final value) - $130,000 (initial investment) = $70,000.\n\nThe answer is $70,000.",
        True,
        "index 157, group 6, distractor_insertion_question, label Correct",
    ),
    (
        "70000.0",
        "Step 1: Calculate the final value of the house after renovations.\nThe house value increased by 150% of the initial value, so the final value is:\nFinal Value = Initial Value x 1.5\nFinal Value = $80,000 x 1.5\nFinal Value = $120,000\nStep 2: Calculate the total cost of the investment.\nTotal Cost = Purchase Price + Repairs + Garden Cost\nTotal Cost = $80,000 + $50,000 + $2,000\nTotal Cost = $132,000\nStep 3: Calculate the profit.\nProfit = Final Value - Total Cost\nProfit = $120,000 - $132,000\nProfit = -$12,000\nThe answer is a loss of $12,000.",
        False,
        "index 158, group 6, distractor_insertion_question, label Incorrect",
    ),
    (
        "80000",
        "Step 1: Let's denote the purchase price of the house as \\(x\\).\n\nStep 2: Josh puts in $50,000 for repairs, so the total investment Josh made is \\(x + $50,000\\).\n\nStep 3: The repairs increased the value of the house by 150%, meaning the repair work added 150% of \\(x\\) to its value. The value increase due to repairs is \\(1.5x\\).\n\nStep 4: The new total value of the house after repairs would be the original value plus 150% of that value due to repairs, which is \\(x + 1.5x = 2.5x\\).\n\nStep 5: Since Josh made a $70,000 profit after selling the house, the selling price of the house is the total investment plus the profit, which is \\((x + $50,000) + $70,000\\).\n\nStep 6: We also know that the total value of the house after repairs is 2.5x. So, after selling the house, the amount Josh gets is equal to the new value of the house; therefore, \\(2.5x = x + $50,000 + $70,000\\).\n\nStep 7: Simplifying the equation, you get \\(2.5x = x + $120,000\\).\n\nStep 8: Subtract \\(x\\) from both sides to get \\(1.5x = $120,000\\).\n\nStep 9: To find the value of \\(x\\), divide both sides by \\(1.5\\), thus \\(x = $120,000 / 1.5 = $80,000\\).\n\nThe answer is the value of the unknown variable \\(x\\) is $80,000.",
        True,
        "index 163, group 6, scenario_understanding, label Correct",
    ),
    (
        "80000",
        "Step 1: Let's first find out what the original value of the house was before Josh put in any repairs.\n\nStep 2: We know that the value of the house after repairs is 150% more than the original value, so we can set up the equation:\n\nNew Value = Original Value x 1.5\n\nStep 3: We also know that Josh made a profit of $70,000 from the sale of the house. So we can set up the equation:\n\nNew Value - Original Value = Profit\n\nStep 4: Now we can substitute the equation we set up in step 2 into the equation we set up in step 3:\n\nNew Value x 1.5 - Original Value = Profit\n\nStep 5: Simplify the equation:\n\n1.5 x Original Value - Original Value = Profit\n\nStep 6: Solve for the original value:\n\nOriginal Value = (Profit / 1.5)\n\nStep 7: Plug in the value of the profit:\n\nOriginal Value = (70,000 / 1.5)\n\nStep 8: Calculate the original value:\n\nOriginal Value = 46,667\n\nStep 9: Now we know the original value of the house was $46,667.\n\nStep 10: Finally, we can calculate the value of the house after repairs:\n\nNew Value = Original Value x 1.5\n\nNew Value = 46,667 x 1.5\n\nNew Value = 69,999.50\n\nStep 11: The answer is $69,999.50.",
        False,
        "index 164, group 6, scenario_understanding, label Incorrect",
    ),
    (
        "160.0",
        "Step 1: Calculate 40% of the 200 GB file, which is the point at which the download is interrupted. 0.40 * 200 GB = 80 GB.\n\nStep 2: Calculate the time taken to download 80 GB at a rate of 2 GB/minute. Time = amount / rate. So, 80 GB / 2 GB/minute = 40 minutes.\n\nStep 3: Add the time taken for Windows to force a restart and install updates, which is 20 minutes. So, 40 minutes (for the download until the interruption) + 20 minutes (for the update) = 60 minutes.\n\nStep 4: Since Carla has to restart the download from the beginning, we calculate the total time to download the full 200 GB file again. 200 GB / 2 GB/minute = 100 minutes.\n\nStep 5: Add the time from the initial interrupted download and the update time to the time it takes to download the file again. So, 60 minutes (initial interrupted download and update time) + 100 minutes (full download) = 160 minutes.\n\nThe answer is 160 minutes.",
        True,
        "index 169, group 7, seed_question, label Correct",
    ),
    (
        "160.0",
        "Step 1: Calculate the total download time without interruptions.\n200 GB / 2 GB/minute = 100 minutes\nStep 2: Calculate the time lost due to the restart.\n20 minutes x 40% (time lost) = 8 minutes\nStep 3: Calculate the total download time including interruptions.\n100 minutes + 8 minutes = 108 minutes\nThe answer is 108 minutes.",
        False,
        "index 170, group 7, seed_question, label Incorrect",
    ),
    (
        "160.0",
        "Step 1: Calculate the total time it takes to download the file without interruptions. Since the download speed is 2 GB/min, and the file size is 200 GB, divide the file size by the speed: 200 GB / 2 GB/min = 100 minutes.\n\nStep 2: Note that Carla's download reached 40% completion before her computer restarted. Calculate the time spent until the restart. Since 40% of 200 GB is 80 GB, and at 2 GB/min, the time spent before the restart is 80 GB / 2 GB/min = 40 minutes.\n\nStep 3: Add the 20-minute delay due to the computer restart to the time calculated in Step 1. The restart does not change the time needed to download the file anew but adds a delay: 100 minutes + 20 minutes = 120 minutes.\n\nStep 4: Add the time Carla spent downloading the file before the restart to the total time needed after the restart. 40 minutes (before restart) + 120 minutes (after restart including the delay) = 160 minutes.\n\nThe answer is 160 minutes.",
        True,
        "index 175, group 7, problem_understanding_question, label Correct",
    ),
    (
        "160.0",
        "Step 1: Calculate the time required to download the file at 2 GB/min.\nTime = Size / Speed\nTime = 200 GB / 2 GB/min\nTime = 100 min\nStep 2: Calculate the time lost due to the Windows update.\nTime = 20 min\nStep 3: Add the time required to download the file and the time lost due to the Windows update.\nTotal Time = 100 min + 20 min\nTotal Time = 120 min\nThe answer is 120 minutes or 2 hours.",
        False,
        "index 176, group 7, problem_understanding_question, label Incorrect",
    ),
]

CASES: list[dict] = [
    _c(MATHCHECK, MATHCHECK_AT, gold, pred, False, expected, "MATHCHECK-GSM outcome judging " + why)
    for gold, pred, expected, why in _ROWS
]

r"""An eleventh fresh set of answer-equivalence cases (evaluation only; helper "c", fourth
part: the MATHCHECK-GEO outcome-judging sample; equiv_fresh11_c.py lists all parts).

MathCheck (PremiLab-Math/MathCheck) keeps, in ``geo_checklist.json``, "outcome_judging" rows: a
question, a step-by-step solution written for the benchmark (its README: checklists are made with
an LLM-based generation tool) and the label ``Correct`` / ``Incorrect`` for the solution's final
answer. The gold is the ``answer`` of the "solving" row with the same ``group_id`` and
``question_type`` (a JSON number; ``gold`` is its JSON text, e.g. ``18.0``). ``pred`` is the row's
``solution`` exactly as stored (whole completion, ``wrap`` False: it ends in "The answer is ..."
with no box); ``expected`` is ``answer == "Correct"``. In this file the questions are geometry
problems with a figure (38 of the 60 in Chinese), the solutions in English, stating angles and
lengths with ``°``, ``degrees`` or units. Do not tune the judge on these cases.

Source: PremiLab-Math/MathCheck ``geo_checklist.json``
@ fc0454ed5333b5e33d70760a03fc8c5d33814491. No license file in the stored copy: the rows are
quoted as test data, with attribution.

Sampling rule: the first 60 rows of the file whose ``task_type`` is "outcome_judging", in file
order (``why`` gives the row index in the file's list). None of the 60 was left out: in each, the
label agrees with whether the last number of the solution's last line equals the gold (checked when
collecting). 44 cases with ``expected`` True, 16 False. The other task types (solving,
process judging, answerable judging) carry no (gold, prediction, verdict) triple.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

MATHCHECK = "PremiLab-Math/MathCheck"
MATHCHECK_AT = "geo_checklist.json@fc0454ed5333b5e33d70760a03fc8c5d33814491"

# (gold, whole completion, expected, why)
_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "145.0",
        "Step 1: Recognize that the sum of angles in any triangle is 180 degrees.\nStep 2: Calculate the sum of ∠B and ∠C by subtracting ∠A from the total sum of the triangle's angles: 180° - 110° = 70°.\nStep 3: Understand that OB and OC are angle bisectors, which means they divide ∠B and ∠C into two equal parts respectively.\nStep 4: Since ∠B and ∠C together are 70° and they are bisected, the total sum of smaller angles is half of 70°: 70° / 2 = 35°.\nStep 5: Recognize that the sum of angles in any triangle is 180 degrees.\nStep 6: Calculate ∠BOC by subtracting the sum of smaller angles from the total sum of the triangle's angles: 180° - 35° = 145°.\n\nThe answer is ∠BOC＝145°.",
        True,
        "index 1, group 0, seed_question, label Correct",
    ),
    (
        "145.0",
        "Step 1: Recognize that the sum of the angles in any triangle is 180 degrees.\nStep 2: Understand that in triangle ABC, if ∠A is 110 degrees, then the sum of ∠B and ∠C is 180 - 110 = 70 degrees because ∠B and ∠C are the two remaining angles.\nStep 3: The angle bisectors OB and OC divide ∠B and ∠C each into two equal angles.\nStep 4: If BO and CO are angle bisectors, then ∠OBC = ∠B/2 and ∠OCB = ∠C/2.\nStep 5: Since ∠B + ∠C = 70 degrees, we can say ∠OBC + ∠OCB = 70/2 = 35 degrees because the angle bisectors divide each into two equal parts.\nStep 6: Notice that ∠BOC, the angle we want to find, is an exterior angle for triangle BOC at vertex O.\nStep 7: Recall that an exterior angle of a triangle is equal to the sum of the two opposite interior angles.\nStep 8: Calculate ∠BOC as the sum of the two angles ∠OBC and ∠OCB, which means ∠BOC = ∠OBC + ∠OCB.\nStep 9: Since ∠OBC = ∠OCB = 35 degrees, we have ∠BOC = 35 + 35 degrees.\n\nThe answer is ∠BOC = 70 degrees.",
        False,
        "index 2, group 0, seed_question, label Incorrect",
    ),
    (
        "145.0",
        "Step 1: Recognize that in a triangle, the sum of the interior angles is always 180 degrees.\nStep 2: Deduce that if angle A is 110 degrees, then the sum of angles B and C will be 180 - 110 = 70 degrees.\nStep 3: Understand that the angle bisectors of a triangle divide the opposite angles into two equal smaller angles.\nStep 4: Conclude that if OB and OC are angle bisectors, then angle BOC will be equal to: 180 degrees - half of the sum of angles B and C.\nStep 5: Calculate the value of half of the sum of angles B and C which is half of 70 degrees.\nStep 6: Compute 70 degrees / 2 = 35 degrees.\nStep 7: Compute 70 degrees / 2 = 35 degrees. \nStep 8: Calculate ∠BOC by subtracting 35 degrees from the total sum of the triangle's angles: 180° - 35° = 145°.\n\nThe answer is ∠BOC＝145°.",
        True,
        "index 7, group 0, problem_understanding_question, label Correct",
    ),
    (
        "145.0",
        "Step 1: Recognize that the sum of the interior angles of any triangle is 180 degrees.\n\nStep 2: Given that angle A measures 110 degrees, calculate the sum of the remaining interior angles B and C as follows: 180 degrees - 110 degrees = 70 degrees.\n\nStep 3: Since OB and OC are angle bisectors, they divide angles B and C into two equal parts, respectively.\n\nStep 4: Let's denote the original measures of angles B and C as 2x and 2y, respectively. According to Step 2, we find that 2x + 2y = 70 degrees.\n\nStep 5: Simplify the equation from Step 4 to get x + y = 35 degrees.\n\nStep 6: Angle BOC is formed by the two bisectors, which means it is the sum of x and y, the halves of angles B and C.\n\nStep 7: Knowing from Step 5 that x + y equals 35 degrees, conclude that the measure of angle BOC is also 35 degrees.\n\nThe answer is 35 degrees.",
        False,
        "index 8, group 0, problem_understanding_question, label Incorrect",
    ),
    (
        "145.0",
        "Step 1: Understand that the question is about the internal angle bisectors of a triangle.\nStep 2: Recognize that ∠A is 110°, which is given.\nStep 3: Remember that the sum of the angles in any triangle is 180°.\nStep 4: Calculate the sum of the other two angles of triangle ABC, which is 180° - 110° = 70°.\nStep 5: Since OB and OC are angle bisectors, they divide the angles ∠B and ∠C each into two equal parts.\nStep 6: Know that the adjacent angles formed by two intersecting lines sum up to 180°.\nStep 7: Suppose the measures of the angles at B and C are 2x and 2y respectively, then x + y = 70°/2 = 35° because they add up to half the sum of ∠B and ∠C.\nStep 8: Know that ∠BOC + x + y = 180°.\nStep 9: Calculate ∠BOC by subtracting 35 degrees from the total sum of the triangle's angles: 180° - 35° = 145°.\n\nThe answer is ∠BOC＝145°.",
        True,
        "index 13, group 0, distractor_insertion_question, label Correct",
    ),
    (
        "145.0",
        "Step 1: Understand that the question is about the internal angle bisectors of a triangle.\nStep 2: Recognize that ∠A is 110°, which is given.\nStep 3: Remember that the sum of the angles in any triangle is 180°.\nStep 4: Calculate the sum of the other two angles of triangle ABC, which is 180° - 110° = 70°.\nStep 5: Since OB and OC are angle bisectors, they divide the angles ∠B and ∠C each into two equal parts.\nStep 6: Know that the adjacent angles formed by two intersecting lines sum up to 180°.\nStep 7: Suppose the measures of the angles at B and C are 2x and 2y respectively, then x + y = 70°/2 = 35° because they add up to half the sum of ∠B and ∠C.\nStep 8: Know that ∠BOC is formed by two angle bisectors and is made up of x + y + x + y.\nStep 9: Add up the parts to find the measure of ∠BOC: ∠BOC = x + y + x + y = 2(x + y).\nStep 10: Substitute the value of x + y: ∠BOC = 2(35°) = 70°.\n\nThe answer is ∠BOC = 70°.",
        False,
        "index 14, group 0, distractor_insertion_question, label Incorrect",
    ),
    (
        "110.0",
        "Step 1: Identify that we are dealing with a geometry problem involving a triangle and angle bisectors.\nStep 2: Recognize that OB and OC are angle bisectors of the triangle ∆ABC.\nStep 3: Acknowledge the given information that ∠A equals x degrees and ∠BOC equals 145 degrees.\nStep 4: Recall that the angle sum property of a triangle states that the sum of the interior angles of a triangle is 180 degrees.\nStep 5: Understand that the angle bisectors OB and OC create two angles at point O, which sum up to ∠BOC.\nStep 6: Realize that ∠BOC is an external angle for the triangle formed by ∠BOA and ∠AOC, hence ∠BOC is equal to the sum of ∠BOA and ∠AOC.\nStep 7: Since OB and OC are angle bisectors, ∠BOA and ∠AOC are each half of ∠B and ∠C, respectively.\nStep 8: Use the angle sum property to express ∠B and ∠C in terms of ∠A (or x degrees): ∠B + ∠C = 180 degrees - x degrees.\nStep 9: Therefore, 2∠BOA + 2∠AOC = 180 degrees - x degrees.\nStep 10: Knowing that ∠BOC = ∠BOA + ∠AOC, we can substitute 2∠BOC for 2∠BOA + 2∠AOC.\nStep 11: This gives us 2∠BOC = 180 degrees - x degrees.\nStep 12: Substitute the given value of ∠BOC, which is 145 degrees, into the equation: 2(145 degrees) = 180 degrees - x degrees.\nStep 13: This simplifies to 290 degrees = 180 degrees - x degrees.\nStep 14: Rearrange the equation to solve for x: x degrees = 290 degrees - 180 degrees.\nStep 15: Calculate x: x = 110 degrees.\nThe answer is x = 110 degrees.",
        True,
        "index 19, group 0, scenario_understanding, label Correct",
    ),
    (
        "110.0",
        "Step 1: Recognize that in any triangle, the sum of the interior angles is equal to 180°.\nStep 2: Understand that the angle bisectors of a triangle create angles at the point of intersection (point O) that are equal to half the sum of the other two interior angles of the triangle.\nStep 3: Since ∠BOC is 145°, the angles ∠OBC and ∠OCB are supplementary to ∠BOC because they are on a straight line. Therefore, ∠OBC + ∠OCB = 180° - 145°.\nStep 4: Calculate the sum of ∠OBC and ∠OCB, which is 180° - 145° = 35°.\nStep 5: Since OB and OC are angle bisectors, ∠OBC and ∠OCB are each half of angles B and C of the triangle. So, angle B plus angle C equals 2 * 35° = 70°.\nStep 6: Now, using the sum of interior angles of a triangle, which is 180°, we have angle A + angle B + angle C = 180°.\nStep 7: We know angle B + angle C = 70°, so angle A = 180° - 70°.\nStep 8: Calculate the value of angle A, which is 180° - 70° = 110°.\n\nThe answer is x = 110°.",
        True,
        "index 20, group 0, scenario_understanding, label Correct",
    ),
    (
        "6.0",
        "Step 1: Identify the given information from the figure. It is given that CB = 4.0 cm, DB = 7.0 cm, and D is the midpoint of AC.\n\nStep 2: Notice that D is the midpoint of AC, so AD equals DC.\n\nStep 3: Calculate the length of DC by subtracting the length of CB from DB to get DC. We do this because CB and DC are part of the whole segment DB. So DC = DB - CB, which means DC = 7.0 cm - 4.0 cm.\n\nStep 4: Calculate the value of DC, which is 7.0 cm - 4.0 cm = 3.0 cm.\n\nStep 5: Knowing that AD = DC and DC = 3.0 cm, we can determine that AD also equals 3.0 cm.\n\nStep 6: The total length of AC equals the sum of AD and DC, which are both 3.0 cm. Therefore, the length of AC = AD + DC.\n\nStep 7: Calculate AC by adding the length of AD and DC, AC = 3.0 cm + 3.0 cm.\n\nStep 8: The final calculation for AC is 3.0 cm + 3.0 cm = 6.0 cm.\n\nThe answer is: The length of AC is 6.0 cm.",
        True,
        "index 25, group 1, seed_question, label Correct",
    ),
    (
        "6.0",
        "Step 1: Note that D is the midpoint of AC, which means AD = DC.\nStep 2: Recognize that CB is part of DB, so DB = DC + CB.\nStep 3: Substitute the given lengths into the equation from step 2: 7.0 = DC + 4.0.\nStep 4: Solve for DC: DC = 7.0 - 4.0.\nStep 5: Calculate DC: DC = 3.0 cm.\nStep 6: Since D is the midpoint, AD is also 3.0 cm.\nStep 7: The length of AC is the sum of AD and DC: AC = AD + DC.\nStep 8: Substitute the lengths of AD and DC into the equation from step 7: AC = 3.0 cm + 3.0 cm.\nStep 9: Calculate AC: AC = 6.0 cm.\n\nThe answer is 6.0 cm.",
        True,
        "index 26, group 1, seed_question, label Correct",
    ),
    (
        "6.0",
        "Step 1: Identify the lengths given and the relationships between the points. You know that DB measures 7.0 cm and CB measures 4.0 cm.\nStep 2: Use the information that D is the midpoint of AC to establish that AD is equal to DC.\nStep 3: Calculate the length of DC using the length of DB and CB. Since DB is 7.0 cm and CB is 4.0 cm, DC is equal to DB minus CB, which is 7.0 cm - 4.0 cm.\nStep 4: Perform the subtraction to find DC. 7.0 cm - 4.0 cm equals 3.0 cm.\nStep 5: Since D is the midpoint of AC, the length of AD is equal to the length of DC, which is 3.0 cm.\nStep 6: Add the lengths of AD and DC to find the total length of AC. So, AC equals AD plus DC, which is 3.0 cm + 3.0 cm.\nStep 7: Perform the addition to find AC. 3.0 cm + 3.0 cm equals 6.0 cm.\n\nThe answer is AC is 6.0 cm long.",
        True,
        "index 31, group 1, problem_understanding_question, label Correct",
    ),
    (
        "6.0",
        "Step 1: Identify the given lengths in the diagram, which are CB = 4.0 cm and DB = 7.0 cm.\nStep 2: Note that D is exactly in the middle of segment AC, meaning AD = DC.\nStep 3: Since D is the midpoint of AC and DB is given, we can find the length of DC by subtracting the length of CB from DB, so DC = DB - CB.\nStep 4: Calculate DC using the lengths provided: DC = 7.0 cm - 4.0 cm.\nStep 5: Find the length of DC, which is 3.0 cm.\nStep 6: Since D is the midpoint of AC, the length of AD is equal to the length of DC.\nStep 7: Add the lengths of AD and DC to find the total length of AC: AC = AD + DC.\nStep 8: Calculate AC using the lengths found: AC = 3.0 cm + 3.0 cm.\n\nThe answer is AC equals 6.0 cm.",
        True,
        "index 32, group 1, problem_understanding_question, label Correct",
    ),
    (
        "6.0",
        "Step 1: Understand that point D is the midpoint of AC, meaning AD is equal to DC.\nStep 2: Recognize that the distance between D and B is the sum of DC and CB.\nStep 3: Since DB is given as 7.0 cm and CB is given as 4.0 cm, subtract CB from DB to find DC: 7.0 cm - 4.0 cm = 3.0 cm.\nStep 4: Because D is the midpoint of AC, AD is also 3.0 cm.\nStep 5: Add the lengths of AD and DC to find the total length of AC: 3.0 cm + 3.0 cm = 6.0 cm.\nStep 6: Understand that the existence of point E between C and B does not affect the length of AC. \n\nThe answer is 6.0 cm.",
        True,
        "index 37, group 1, distractor_insertion_question, label Correct",
    ),
    (
        "6.0",
        "Step 1: Identify the relationship between point D and points A and C. Point D is the midpoint of AC, meaning AD = DC.\nStep 2: Determine the length of DB, which is given as 7.0 cm.\nStep 3: Determine the length of CB, which is given as 4.0 cm.\nStep 4: Since D is the midpoint of AC, and DB is longer than CB, AD must be equal to DC, and both must be longer than CB.\nStep 5: Calculate the length of DC using the fact that DB is the sum of DC and CB. DB = DC + CB, so DC = DB - CB.\nStep 6: Plug in the values to find DC. DC = 7.0 cm - 4.0 cm = 3.0 cm.\nStep 7: Since AD = DC and DC is 3.0 cm, AD must also be 3.0 cm.\nStep 8: Calculate the total length of AC by adding AD and DC. AC = AD + DC.\nStep 9: Since both AD and DC are 3.0 cm, AC = 3.0 cm + 3.0 cm = 6.0 cm.\nStep 10: The existence of point E between C and B does not affect the length of AC, as it is only relevant to the segment CB.\n\nThe answer is 6.0 cm.",
        True,
        "index 38, group 1, distractor_insertion_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Identify given segments and their lengths; AC = 6 cm, DB = 7 cm, CB = x.\n\nStep 2: Understand that D is the midpoint of AC, which means AD = DC.\n\nStep 3: Since AC = 6 cm and D is the midpoint, AD = DC = AC / 2. Therefore, AD = DC = 6 cm / 2 = 3 cm.\n\nStep 4: Recognize that the line segment DB is composed of line segments CD and CB.\n\nStep 5: Given that CD = 3 cm (from step 3) and DB = 7 cm, the length of CB is: CD - DB.\n\nStep 6: Calculate the value of x, which represents CB, 7cm-3cm=4cm.\n\nThe answer is x = 4 cm.",
        True,
        "index 43, group 1, scenario_understanding, label Correct",
    ),
    (
        "4.0",
        "Step 1: Identify that D is the midpoint of AC, which means that AD equals DC.\nStep 2: Use the length of AC (6 cm) to determine AD and DC, as they are equal.\nStep 3: AD = DC = AC / 2 = 6 cm / 2 = 3 cm.\nStep 4: Recognize that CB extends DC by the length of DB.\nStep 5: Calculate the length of CB using DC and DB, CB = DC + DB.\nStep 6: Substitute the known lengths into the equation, so x = 3 cm + 7.0 cm.\n\nThe answer is x = 10 cm.",
        False,
        "index 44, group 1, scenario_understanding, label Incorrect",
    ),
    (
        "8.0",
        "Step 1: Understand that the area of a square is equal to the side length squared (Area = side^2).\n\nStep 2: Given that square A has an area of 5, find the side length of square A by taking the square root of 5 (√5).\n\nStep 3: Since square B has an area of 3, find the side length of square B by taking the square root of 3 (√3).\n\nStep 4: Recognize that the large square C is comprised of two smaller squares, A and B, in addition to two right-angled triangles formed by the sides of squares A and B.\n\nStep 5: Note that each triangle has sides length √5 and √3, corresponding to squares A and B. By the Pythagorean theorem, the hypotenuse (which is the side of square C) is the square root of the sum of the squares of the other two sides: √(5 + 3).\n\nStep 6: Calculate the hypotenuse, which is also the side length of square C: √(5 + 3) = √8.\n\nStep 7: Now, to find the area of the largest square C, square the side length: (√8)^2 = 8.\n\nThe answer is 8.",
        True,
        "index 49, group 2, seed_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: 确定正方形A和B的边长。由于正方形的面积等于边长的平方，因此可以通过求面积的平方根来得到边长。正方形A的面积为5，所以其边长为√5。正方形B的面积为3，所以其边长为√3。\n\nStep 2: 观察图中的勾股关系。由于所有的三角形都是直角三角形，正方形A和B的边长可以看作是直角三角形的两个直角边，而最大正方形C的边长将是这个直角三角形的斜边。\n\nStep 3: 应用勾股定理来求解最大正方形C的边长。勾股定理的公式是 c² = a² + b²，其中c是直角三角形的斜边，a和b是两个直角边。在这个问题中，a = √5, b = √3。\n\nStep 4: 计算最大正方形C的边长。使用勾股定理得到 C的边长的平方是 (√5)² + (√3)² = 5 + 3 = 8。\n\nStep 5: 由于正方形C的面积等于边长的平方，因此最大正方形C的面积就是边长的平方，即C的边长的平方。\n\nThe answer is 最大正方形C的面积是8。",
        True,
        "index 50, group 2, seed_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: Recognize that the diagram represents a Pythagorean tree, which is a fractal constructed from squares and right triangles.\nStep 2: Note that if the squares labeled A and B are part of the Pythagorean tree, then according to the Pythagorean theorem (a^2 + b^2 = c^2), the area of square C can be calculated by adding the areas of squares A and B.\nStep 3: The area of square A is given as 5 square units and the area of square B is 3 square units.\nStep 4: Add the areas of squares A and B to get the area of square C: 5 + 3 = 8.\nStep 5: Since the area of a square is the square of its side length, and the side length is not needed here, we have already found the area of square C.\n\nThe answer is 8 square units.",
        True,
        "index 55, group 2, problem_understanding_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: 确定正方形A和B的边长。由于正方形A的面积为5平方单位，B的面积为3平方单位，可以通过面积开平方得到边长，即 A 的边长为 √5 单位，B 的边长为 √3 单位。\nStep 2: 观察勾股树的结构，可以发现正方形C的边长是由正方形A和B的边长组成的直角三角形的斜边长度。\nStep 3: 根据勾股定理，斜边长度的平方等于两直角边长度的平方和。因此，C的边长的平方是 (√5)^2 + (√3)^2。\nStep 4: 计算C的边长的平方。将步骤3的式子展开得到：C的边长的平方为 5 + 3。\nStep 5: 将5和3相加，得到C的边长的平方为8。\nStep 6: 正方形C的面积等于其边长的平方，所以C的面积也是8平方单位。\n\nThe answer is C的面积是8平方单位。",
        True,
        "index 56, group 2, problem_understanding_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: Identify the relation between the squares using the Pythagorean theorem in a right triangle.\nStep 2: Recognize that the area of square A plus the area of square B equals the area of square C due to the Pythagorean theorem (since all triangles are right-angled triangles).\nStep 3: Calculate the area of square C using the areas of square A and square B: Area of C = Area of A + Area of B.\nStep 4: Substitute the given area values into the equation: Area of C = 5 (for A) + 3 (for B).\nStep 5: Perform the addition to find the area of square C: 5 + 3 = 8.\nThe answer is: The area of square C is 8 square units.",
        True,
        "index 61, group 2, distractor_insertion_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: Recognize that the problem is based on the Pythagorean theorem, which states that in a right-angle triangle, the square of the length of the hypotenuse (the side opposite the right angle) is equal to the sum of the squares of the lengths of the other two sides.\n\nStep 2: Understand that the areas of the squares on the sides of a right-angle triangle correspond to the squares of the lengths of those sides.\n\nStep 3: Identify that the area of square A is given as 5 square units, which means the length of the side of square A is the square root of 5.\n\nStep 4: Identify that the area of square B is given as 3 square units, which means the length of the side of square B is the square root of 3.\n\nStep 5: Apply the Pythagorean theorem to find the area of square C. Since squares A and B are on the sides of a right-angle triangle, their areas add up to the area of square C.\n\nStep 6: Calculate the area of square C by adding the areas of squares A and B: 5 + 3 = 8 square units.\n\nThe answer is that the area of the largest square C is 8 square units.",
        True,
        "index 62, group 2, distractor_insertion_question, label Correct",
    ),
    (
        "5.0",
        "Step 1: Recognize that the problem is related to the Pythagorean theorem as it involves squares and right-angle triangles.\nStep 2: Acknowledge that the area of square C can be expressed as the sum of the areas of squares A and B, due to the Pythagorean theorem.\nStep 3: Based on the problem, the areas of A and B are given as x and 3, respectively.\nStep 4: Set up the equation according to the Pythagorean theorem: Area of C = Area of A + Area of B.\nStep 5: Substitute the given values into the equation: 8 = x + 3.\nThe answer is x = 5 ",
        True,
        "index 67, group 2, scenario_understanding, label Correct",
    ),
    (
        "5.0",
        "Step 1: Recognize that the problem is related to the Pythagorean theorem as it involves squares and right-angle triangles.\nStep 2: Acknowledge that the area of square C can be expressed as the sum of the areas of squares A and B, due to the Pythagorean theorem.\nStep 3: Based on the problem, the areas of A and B are given as x and 3, respectively.\nStep 4: Set up the equation according to the Pythagorean theorem: Area of C = Area of A + Area of B.\nStep 5: Substitute the given values into the equation: 8x = x + 3.\nStep 6: Solve the equation for x by subtracting x from both sides: 8x - x = 3.\nStep 7: This simplifies to 7x = 3.\nStep 8: Divide by 7 to isolate x: x = 3 / 7.\nThe answer is x = 3 / 7.",
        False,
        "index 68, group 2, scenario_understanding, label Incorrect",
    ),
    (
        "5.0",
        "Step 1: Recognize that ΔACD and ΔBCD are right triangles because ∠ACB is a right angle, and CD is the altitude to the hypotenuse AB.\nStep 2: Note that D is the midpoint of AB, so AD = DB = AB/2 = 10/2 = 5.\nStep 3: Apply the Pythagorean theorem to either ΔACD or ΔBCD. We'll use ΔACD.\nStep 4: Let AC = x, so by the Pythagorean theorem in ΔACD, we have AC^2 + CD^2 = AD^2, which is x^2 + CD^2 = 5^2.\n\nSince AC = x is not directly given, proceed with using the properties of right triangles, particularly the geometric mean.\n\nStep 5: In a right triangle, the altitude to the hypotenuse (CD) is the geometric mean of the two segments of the hypotenuse it creates (AD and DB). So, CD^2 = AD * DB.\nStep 6: Substitute the known values of AD and DB into the equation: CD^2 = 5 * 5.\nStep 7: Calculate CD^2: CD^2 = 25.\nStep 8: Find CD by taking the square root of CD^2: CD = √25.\nStep 9: Solve for CD: CD = 5.\n\nThe answer is CD = 5.",
        True,
        "index 73, group 3, seed_question, label Correct",
    ),
    (
        "5.0",
        "Step 1: Observe that triangle ABC is a right-angled triangle with the right angle at C.\nStep 2: Note that point D is the midpoint of AB, which means AD = DB = AB/2.\nStep 3: Since AB is given as 10, AD = DB = 10/2 = 5.\nStep 4: Recognize that triangle ADC is also a right-angled triangle with the right angle at C.\nStep 5: Apply the Pythagorean theorem to triangle ADC, which states that in a right-angled triangle, the square of the length of the hypotenuse is equal to the sum of the squares of the lengths of the other two sides.\nStep 6: Let x represent the length of CD. The length of the hypotenuse AC can be found using the right triangle ABC and Pythagorean theorem as well: AC^2 = AB^2 + BC^2.\nStep 7: Since AD is half of AB and the triangles ADC and ABC are similar (by AA similarity), the hypotenuse AC is also twice the length of CD. Therefore, AC = 2 * CD = 2x.\nStep 8: Now apply the Pythagorean theorem to triangle ADC: (2x)^2 = AD^2 + CD^2, which simplifies to 4x^2 = 5^2 + x^2.\nStep 9: Solve the equation 4x^2 = 25 + x^2 by subtracting x^2 from both sides to get 3x^2 = 25.\nStep 10: Divide both sides by 3 to isolate x^2, which gives us x^2 = 25/3.\nStep 11: Take the square root of both sides to find the length of CD, x = √(25/3).\nStep 12: Simplify the square root to get the length of CD, x = 5/√3.\n\nThe answer is CD = 5/√3.",
        False,
        "index 74, group 3, seed_question, label Incorrect",
    ),
    (
        "5.0",
        "Step 1: Recognize that triangle ABC is a right-angled triangle with the right angle at C.\nStep 2: Note that point D is at the midpoint of AB, meaning AD = DB.\nStep 3: Since AB is 10 units long, AD and DB are both 5 units long because D is the midpoint.\nStep 4: Recall that the median to the hypotenuse of a right-angled triangle (CD in this case) is always half the length of the hypotenuse.\nStep 5: Therefore, the length of CD is half the length of AB.\n\nThe answer is 5 units.",
        True,
        "index 79, group 3, problem_understanding_question, label Correct",
    ),
    (
        "5.0",
        "Step 1: 确定直角三角形ABC的性质，其中角C是直角。\nStep 2: 识别点D位于边AB的中点，这意味着AD和DB的长度相等。\nStep 3: 由于AB的长度为10，因此AD和DB的长度各为AB长度的一半，即5。\nStep 4: 观察到直角三角形的中线等于斜边长度的一半，所以线段CD等于AB长度的一半。\nStep 5: 计算线段CD的长度，即10的一半。\n\nThe answer is CD的长度是5。",
        True,
        "index 80, group 3, problem_understanding_question, label Correct",
    ),
    (
        "5.0",
        "Step 1: Recognize that ΔACB is a right triangle with a right angle at C according to the given information.\nStep 2: Identify that point D is the midpoint of AB, so AD = DB = AB/2 = 10/2 = 5.\nStep 3: Observe that E lies on AC with CE = 3. Since E is not further defined, we will assume that point E does not affect the length of CD.\nStep 4: Understand that CD must be a median of the triangle since D is the midpoint of AB.\nStep 5: Recall that in a right triangle, the median to the hypotenuse is half the length of the hypotenuse. Therefore, CD = AB/2.\nStep 6: Calculate CD = 10/2 = 5.\n\nThe answer is CD = 5.",
        True,
        "index 85, group 3, distractor_insertion_question, label Correct",
    ),
    (
        "5.0",
        "Step 1: Note that triangle ABC is a right triangle with the right angle at C, so we can apply Pythagorean theorem to find the lengths of sides AC and BC.\nStep 2: Since D is the midpoint of AB, AD = DB = AB/2 = 10/2 = 5.\nStep 3: Apply Pythagorean theorem in triangle ABC: AC^2 + BC^2 = AB^2. Given AB = 10, we have AC^2 + BC^2 = 100.\nStep 4: We are given that CE = 3. Since E is on AC, we can say AC = AE + CE. But we don't have the length of AE yet.\nStep 5: To find CD, we will use the fact that triangle ADC is similar to triangle ABC (they are both right triangles and share the angle at A).\nStep 6: The similarity gives us the proportion AC/AB = AD/AC, which means that AC^2 = AD * AB. Plugging in the known values gives AC^2 = 5 * 10 = 50.\nStep 7: Knowing AC^2 helps us find BC by substituting back into the Pythagorean theorem in step 3: 50 + BC^2 = 100, which simplifies to BC^2 = 50.\nStep 8: Therefore, BC = sqrt(50). Since we need to find CD, we recognize that CD = BC because D is the midpoint of AB.\nStep 9: BC = CD = sqrt(50). Simplifying that gives BC = CD = 5 * sqrt(2).\nStep 10: Now we have the length of CD in its simplest radical form.\n\nThe answer is 5 * sqrt(2).",
        False,
        "index 86, group 3, distractor_insertion_question, label Incorrect",
    ),
    (
        "10.0",
        "Step 1: Recognize that triangle ABC is a right triangle with ∠ACB = 90°, and D is the midpoint of AB.\nStep 2: Acknowledge that CD is the median of the right triangle ABC from the right angle.\nStep 3: Recall that in a right triangle, the median from the right angle to the hypotenuse is half the length of the hypotenuse.\nStep 4: Given that CD has a length of 5, and CD is half the length of AB as it is a median from the right angle.\nStep 5: Set up the equation: CD = AB/2.\nStep 6: Plug in the known values: 5 = x/2.\nStep 7: Multiply both sides of the equation by 2 to isolate x: 2 * 5 = x.\nStep 8: Calculate the value of x: x = 10.\n\nThe answer is x = 10.",
        True,
        "index 91, group 3, scenario_understanding, label Correct",
    ),
    (
        "10.0",
        "Step 1: Identify the right triangle given which is △ACB where ∠ACB = 90°.\nStep 2: Acknowledge that D is the midpoint of AB, implying that AD = DB.\nStep 3: Since AB = x and D is the midpoint, AD = DB = x/2.\nStep 4: Recognize that CD is the altitude of the right triangle from the right angle, intersecting AB at D.\nStep 5: Apply the geometric mean theorem (right triangle altitude theorem) which states that the altitude of a right triangle, drawn from the right angle to the hypotenuse, makes the two segments of the hypotenuse into mean proportionals between the whole hypotenuse and the altitude. This gives us the relation: (AD)^2 = BD * CD.\nStep 6: Substitute the given values to obtain (x/2)^2 = (x/2) * 5.\nStep 7: Simplify the equation to x^2/4 = 5x/2.\nStep 8: Multiply both sides by 4 to clear the fraction: x^2 = 20x.\nStep 9: Divide both sides by x to solve for x, assuming x is not zero: x = 20.\nStep 10: Conclude the value of x that satisfies the given conditions.\n\nThe answer is x = 20.",
        False,
        "index 92, group 3, scenario_understanding, label Incorrect",
    ),
    (
        "8.5",
        "Step 1: Recognize that triangle ABC is a right triangle because line segment AB is a diameter that subtends angle ACB. According to the inscribed angle theorem, this angle will be a right angle.\n\nStep 2: Apply the Pythagorean theorem which states that in a right triangle, the square of the length of the hypotenuse (c) is equal to the sum of the squares of the lengths of the other two sides (a and b). The formula is c^2 = a^2 + b^2.\n\nStep 3: In this case, segment AB is the hypotenuse of the right triangle ABC, AC is one side, and BC is the other side.\n\nStep 4: Substitute the known values into the Pythagorean theorem: AB^2 = AC^2 + BC^2.\n\nStep 5: Plug in the lengths of AC and BC: AB^2 = 8^2 + 15^2.\n\nStep 6: Calculate the squares: AB^2 = 64 + 225.\n\nStep 7: Add the results: AB^2 = 289.\n\nStep 8: Take the square root of both sides to find AB: AB = sqrt(289).\n\nStep 9: Calculate the square root: AB = 17.\n\nStep 10: Since AB is the diameter of the circle, the radius is half the diameter.\n\nStep 11: Divide the diameter by 2 to find the radius: Radius = AB/2 = 17/2.\n\nStep 12: Perform the division: Radius = 8.5.\n\nThe answer is 8.5 inches.",
        True,
        "index 97, group 4, seed_question, label Correct",
    ),
    (
        "8.5",
        "Step 1: Recognize that triangle ABC is a right triangle because line segment AB is a diameter of the circle, and the angle at C is a right angle according to the theorem that states a triangle inscribed in a circle where one side is a diameter is a right triangle.\n\nStep 2: Use the Pythagorean theorem to find the length of AB. The Pythagorean theorem states that in a right triangle, the square of the length of the hypotenuse (c) is equal to the sum of the squares of the lengths of the other two sides (a and b). That is, \\( a^2 + b^2 = c^2 \\).\n\nStep 3: Use the given lengths of AC and BC to represent a and b in the Pythagorean theorem. So, we have \\( 8^2 + 15^2 = AB^2 \\).\n\nStep 4: Calculate the squares of the lengths of AC and BC. \\( 8^2 = 64 \\) and \\( 15^2 = 225 \\).\n\nStep 5: Add the squares of the lengths of AC and BC to find the square of the length of AB. \\( 64 + 225 = 289 \\).\n\nStep 6: Take the square root of the result from step 5 to find the length of AB. \\( \\sqrt{289} = 17 \\).\n\nStep 7: Recognize that the length of diameter AB is also the length of two radii of the circle.\n\nStep 8: Divide the length of diameter AB by 2 to find the radius of the circle. \\( 17 \\div 2 = 8.5 \\).\n\nThe answer is 8.5 inches.",
        True,
        "index 98, group 4, seed_question, label Correct",
    ),
    (
        "8.5",
        "Step 1: Recognize that segment $\\overline{AB}$ is the diameter of the circle, and it passes through the center (the dot in the middle) of the circle.\nStep 2: Apply the Pythagorean theorem to triangle $\\triangle{ACB}$ since the diameter forms a right angle at point C, making the triangle a right triangle.\nStep 3: According to the Pythagorean theorem, for a right triangle, the square of the length of the hypotenuse (diameter in this case) is equal to the sum of the squares of the lengths of the other two sides. Therefore, $(\\overline{AB})^2 = (\\overline{AC})^2 + (\\overline{BC})^2$.\nStep 4: Plug in the lengths given for segments $\\overline{AC}$ and $\\overline{BC}$ into the equation: $(\\overline{AB})^2 = (8\\ \\text{inches})^2 + (15\\ \\text{inches})^2$.\nStep 5: Calculate the squares of 8 inches and 15 inches: $64\\ \\text{in}^2 + 225\\ \\text{in}^2$.\nStep 6: Add the two results together to find $(\\overline{AB})^2$: $(\\overline{AB})^2 = 64\\ \\text{in}^2 + 225\\ \\text{in}^2 = 289\\ \\text{in}^2$.\nStep 7: Take the square root of both sides to find the length of the diameter $\\overline{AB}$: $\\overline{AB} = \\sqrt{289\\ \\text{in}^2}$.\nStep 8: Calculate the square root of 289 to find the length of the diameter: $\\overline{AB} = 17\\ \\text{inches}$.\nStep 9: Since the radius is half the diameter, divide the length of the diameter by 2 to find the radius: $Radius = \\frac{\\overline{AB}}{2} = \\frac{17\\ \\text{inches}}{2}$.\nStep 10: Calculate the final value for the radius: $Radius = 8.5\\ \\text{inches}$.\n\nThe answer is 8.5 inches.",
        True,
        "index 103, group 4, problem_understanding_question, label Correct",
    ),
    (
        "8.5",
        "Step 1: Recognize that segment $\\overline{AB}$ is the diameter of the circle, which passes through the center of the circle.\nStep 2: Observe that triangle $\\triangle ABC$ is a right triangle because a diameter that subtends a triangle in a circle forms a right angle with the third point (point C).\nStep 3: Apply the Pythagorean theorem to the right triangle $\\triangle ABC$, which states that the square of the length of the hypotenuse (the side opposite the right angle, which is the diameter $\\overline{AB}$ in this case) is equal to the sum of the squares of the lengths of the other two sides.\nStep 4: Let the length of the diameter $\\overline{AB}$ be $d$. The length of $\\overline{AC}$ is 8 inches and the length of $\\overline{BC}$ is 15 inches.\nStep 5: Set up the equation according to the Pythagorean theorem: $d^2 = AC^2 + BC^2$.\nStep 6: Substitute the given lengths into the equation: $d^2 = 8^2 + 15^2$.\nStep 7: Calculate the squares: $d^2 = 64 + 225$.\nStep 8: Add the squares: $d^2 = 289$.\nStep 9: Find the square root to solve for the diameter: $d = \\sqrt{289}$.\nStep 10: Calculate the square root: $d = 17$ inches.\nStep 11: Since the diameter is twice the radius, divide the diameter by 2 to find the radius: $radius = \\frac{d}{2}$.\nStep 12: Divide the diameter by 2: $radius = \\frac{17}{2}$.\nStep 13: Calculate the radius: $radius = 8.5$ inches.\n\nThe answer is: The length of the radius of the circle is 8.5 inches.",
        True,
        "index 104, group 4, problem_understanding_question, label Correct",
    ),
    (
        "8.5",
        "Step 1: Identify the relevant theorem or rule. In this case, we know that in a circle, the diameter is the longest chord and passes through the center of the circle, dividing the circle into two equal arcs. Also, any triangle inscribed in a circle where one side is a diameter is a right triangle (Thales' theorem).\n\nStep 2: Set up the relationship between the sides of the right triangle. Let \\(\\overline{AB}\\) be the diameter of the circle, and \\(\\triangle ACB\\) be the right triangle. Let the radius of the circle be \\(r\\). Thus, \\(AB = 2r\\).\n\nStep 3: Use the Pythagorean theorem for right \\(\\triangle ACB\\), which states that \\(AC^2 + BC^2 = AB^2\\).\n\nStep 4: Substitute the known values from the problem into the Pythagorean theorem: \\(8^2 + 15^2 = (2r)^2\\).\n\nStep 5: Simplify and solve for \\(r\\). \n\n\\(64 + 225 = 4r^2\\)\n\n\\(289 = 4r^2\\)\n\nStep 6: Divide both sides of the equation by 4 to isolate \\(r^2\\).\n\n\\(289 / 4 = r^2\\)\n\n\\(72.25 = r^2\\)\n\nStep 7: Take the square root of both sides to solve for \\(r\\).\n\n\\(\\sqrt{72.25} = r\\)\n\n\\(8.5 = r\\)\n\nThe answer is the radius of the circle is 8.5 inches.",
        True,
        "index 109, group 4, distractor_insertion_question, label Correct",
    ),
    (
        "8.5",
        "Step 1: Recognize that $\\overline{AB}$ is a diameter of the circle, and that $\\triangle ABC$ is a right triangle because the angle at point C is inscribed in a semicircle.\n\nStep 2: Use the Pythagorean theorem to find the length of the diameter $\\overline{AB}$. The Pythagorean theorem states that in a right triangle, the square of the length of the hypotenuse (c) is equal to the sum of the squares of the lengths of the other two sides (a and b): $c^2 = a^2 + b^2$.\n\nStep 3: Substitute the given lengths of sides AC and BC into the Pythagorean theorem. Side AC is 8 inches, and side BC is 15 inches. Let AB be c, the hypotenuse: $c^2 = 8^2 + 15^2$.\n\nStep 4: Calculate the squares of the sides: $8^2 = 64$ and $15^2 = 225$.\n\nStep 5: Add the squares of the sides: $64 + 225 = 289$.\n\nStep 6: Take the square root of the sum to find the length of AB: $\\sqrt{289} = 17$ inches.\n\nStep 7: Since AB is the diameter of the circle, the radius is half of the diameter.\n\nStep 8: Divide the diameter by 2 to find the radius: $17 \\div 2 = 8.5$ inches.\n\nThe answer is the radius of the circle is 8.5 inches.",
        True,
        "index 110, group 4, distractor_insertion_question, label Correct",
    ),
    (
        "8.0",
        "Step 1: Recognize that segment \\(\\overline{AB}\\) is a diameter of the circle, which means that it is twice the length of the radius.\n\nStep 2: Calculate the length of the diameter using the given radius. Since the radius is 8.5 inches, the diameter \\(\\overline{AB}\\) is \\(2 \\times 8.5\\) inches.\n\nStep 3: Calculate the numerical value of the diameter. \\(2 \\times 8.5\\) inches equals 17 inches.\n\nStep 4: Note that triangle \\(ABC\\) is a right triangle because segment \\(\\overline{AB}\\) is a diameter of the circle, and angle \\(ACB\\) is a right angle by the inscribed angle theorem (or Thales' theorem).\n\nStep 5: Use the Pythagorean theorem to relate the sides of right triangle \\(ABC\\), which states that \\(AC^2 + BC^2 = AB^2\\).\n\nStep 6: Plug in the known values of \\(BC\\) and \\(AB\\) into the equation from Step 5. \\(AC^2 + 15^2 = 17^2\\).\n\nStep 7: Calculate the squares: \\(AC^2 + 225 = 289\\).\n\nStep 8: Isolate the \\(AC^2\\) term by subtracting 225 from both sides. \\(AC^2 = 289 - 225\\).\n\nStep 9: Calculate the difference: \\(AC^2 = 64\\).\n\nStep 10: Take the square root of both sides to solve for \\(AC\\). Since the length cannot be negative, \\(AC = \\sqrt{64}\\).\n\nStep 11: Calculate the square root: \\(AC = 8\\).\n\nThe answer is: \\(AC = 8\\) inches.",
        True,
        "index 115, group 4, scenario_understanding, label Correct",
    ),
    (
        "8.0",
        "Step 1: Recognize that \\(\\overline{AB}\\) is a diameter of the circle, which means that its length is twice the radius, so \\(\\overline{AB} = 2 \\times 8.5\\) inches.\nStep 2: Calculate the length of the diameter: \\(2 \\times 8.5 = 17\\) inches.\nStep 3: Note that triangle ABC is a right triangle because the diameter forms a right angle with the tangent at point C.\nStep 4: Use the Pythagorean theorem to find the length of AC: \\(AC^2 + BC^2 = AB^2\\).\nStep 5: Plug in the known lengths: \\(x^2 + 15^2 = 17^2\\).\nStep 6: Simplify the equation: \\(x^2 + 225 = 289\\).\nStep 7: Subtract 225 from both sides: \\(x^2 = 289 - 225\\).\nStep 8: Further simplify: \\(x^2 = 64\\).\nStep 9: Take the square root of both sides: \\(x = \\sqrt{64}\\).\nStep 10: Solve for x: \\(x = 8\\).\n\nThe answer is x = 8 inches.",
        True,
        "index 116, group 4, scenario_understanding, label Correct",
    ),
    (
        "70.0",
        "Step 1: Identify given properties. We have a parallelogram ABCD with AB = AC and ∠CAB = 40°.\nStep 2: Understand that in a parallelogram, opposite angles are equal. This tells us that ∠CAB = ∠CDA = 40°.\nStep 3: Recognize that adjacent angles in a parallelogram add up to 180° since they form a straight line. Therefore, if ∠CDA = 40°, then ∠ADC = 180° - 40° = 140°.\nStep 4: Again, using the property of opposite angles being equal in a parallelogram, we can deduce that ∠ADC = ∠ABC.\nStep 5: Since AB = AC and triangle ABC is an isosceles triangle, the angles at base AB are equal, so ∠ABC = ∠ACB.\nStep 6: Now we can calculate the value of ∠ACB. The sum of angles in triangle ABC must be 180°. We have one angle of 40°, so the sum of ∠ABC and ∠ACB is 180° - 40° = 140°.\nStep 7: Since ∠ABC = ∠ACB, both being equal as it's an isosceles triangle, we split 140° evenly to find each angle: ∠ABC = ∠ACB = 140° / 2 = 70°.\nStep 8: Because ∠D = ∠ABC in a parallelogram, we have ∠D = 70°.\nThe answer is 70°.",
        True,
        "index 121, group 5, seed_question, label Correct",
    ),
    (
        "70.0",
        "Step 1: Note that AB = AC; this means triangle ABC is isosceles with sides AB and AC being equal.\nStep 2: Since ∠CAB = 40° in an isosceles triangle, the base angles are equal, so ∠BCA also equals 40°.\nStep 3: Recognize that ABCD is a parallelogram, so opposite angles are equal; hence, ∠D = ∠B.\nStep 4: Calculate ∠B using the fact that the sum of angles in a triangle is 180°. In triangle ABC, we have ∠ABC + ∠BCA + ∠CAB = 180°, so ∠ABC + 40° + 40° = 180°.\nStep 5: Solve for ∠ABC: ∠ABC = 180° - 40° - 40°, which equals 100°.\nStep 6: Since ∠D = ∠B and ∠B = 100°, then ∠D must also equal 100°.\nThe answer is 100°.",
        False,
        "index 122, group 5, seed_question, label Incorrect",
    ),
    (
        "70.0",
        "Step 1: Recognize that because AB is equal to AC, triangle ABC is an isosceles triangle.\nStep 2: Understand that in isosceles triangles, angles opposite equal sides are equal. Therefore, ∠ABC is ∠ACB. \nStep 3: Perform the calculation to find the measure of ∠ABC: (180 - 40) / 2 = 70 degrees.\nStep 5: Recall that in a parallelogram, opposite angles are equal. Therefore, ∠D, which is opposite to ∠ABC, will also be 70 degrees.\n\nThe answer is that ∠D is 70 degrees.",
        True,
        "index 127, group 5, problem_understanding_question, label Correct",
    ),
    (
        "70.0",
        "Step 1: Identify given information from the question, which states that in parallelogram ABCD, side AB is equal to AC, and angle CAB is 40 degrees.\nStep 2: Recognize that in a parallelogram, opposite angles are equal.\nStep 3: Determine that angle ABC is also 40 degrees since AB is equal to AC, which implies that triangle ABC is an isosceles triangle with two angles being equal.\nStep 4: Calculate the angle ABC by understanding that in any triangle, the sum of the angles is 180 degrees. Since we have two angles that are 40 degrees each in triangle ABC, the third angle (BCA) will be 180 degrees minus the sum of the two 40 degree angles.\nStep 5: Perform the calculation 180 - (40 + 40) to find the measurement of angle BCA.\nStep 6: Recognize that angle BCD is equal to angle BCA because these are alternate interior angles, and AB is parallel to DC.\nStep 7: Calculate angle D by understanding that angle D is opposite to angle B in parallelogram ABCD, which means they are equal.\n\nAfter performing the calculations:\n180 - (40 + 40) = 100 degrees for angle BCA and\nAngle BCD = 100 degrees, meaning that,\nAngle D = 100 degrees (since angle D is equal to angle BCD).\n\nThe answer is: Angle D measures 100 degrees.",
        False,
        "index 128, group 5, problem_understanding_question, label Incorrect",
    ),
    (
        "70.0",
        "Step 1: Identify the given information. In parallelogram ABCD, AB = AC, which means triangle ABC is isosceles, and ∠CAB = 40°.\n\nStep 2: Recognize that in a parallelogram, opposite angles are equal. Thus, ∠ABC = ∠D.\n\nStep 3: Understand that ∠ABC in triangle ABC is the vertex angle of the isosceles triangle, so it is equal to ∠ACB.\n\nStep 4: Calculate the remaining angles in triangle ABC. The sum of angles in any triangle is 180°. We have one angle which is 40°. Therefore, the sum of the other two angles (which are equal) is 180° - 40° = 140°.\n\nStep 5: Since angles ∠ABC and ∠ACB are equal, each is half of 140°. Therefore, ∠ABC = ∠ACB = 140° / 2 = 70°.\n\nStep 6: Return to parallelogram ABCD. Since opposite angles in a parallelogram are equal, ∠ABC = ∠D, so ∠DC = 70°.\nThe answer is 70°.",
        True,
        "index 133, group 5, distractor_insertion_question, label Correct",
    ),
    (
        "70.0",
        "Step 1: Identify the given information. In parallelogram ABCD, AB = AC, which means triangle ABC is isosceles, and ∠CAB = 40°.\n\nStep 2: Recognize that in a parallelogram, opposite angles are equal. Thus, ∠CAB = ∠ADC, so ∠ADC = 40°.\n\nStep 3: Understand that ∠ABC in triangle ABC is the vertex angle of the isosceles triangle, so it is equal to ∠ACB.\n\nStep 4: Calculate the remaining angles in triangle ABC. The sum of angles in any triangle is 180°. We have one angle which is 40°. Therefore, the sum of the other two angles (which are equal) is 180° - 40° = 140°.\n\nStep 5: Since angles ∠ABC and ∠ACB are equal, each is half of 140°. Therefore, ∠ABC = ∠ACB = 140° / 2 = 70°.\n\nStep 6: Return to parallelogram ABCD. Since opposite angles in a parallelogram are equal, ∠ABC = ∠DCB, so ∠DCB = 70°.\n\nStep 7: Find ∠D by adding angles ∠ADC and ∠DCB within triangle DBC. ∠D = ∠ADC + ∠DCB = 40° + 70°.\n\nStep 8: Calculate the sum to find the measure of ∠D. ∠D = 40° + 70° = 110°.\n\nThe answer is 110°.",
        False,
        "index 134, group 5, distractor_insertion_question, label Incorrect",
    ),
    (
        "40.0",
        "Step 1: Recognize that ABCD is a parallelogram, which means opposite angles are equal (i.e., ∠A = ∠C and ∠B = ∠D).\nStep 2: Note that AB = AC which means triangle ABC is an isosceles triangle, so angles ∠B and ∠ACB are equal.\nStep 3: Given that ∠D is 70° and ∠B = ∠D, we can deduce that ∠B is also 70°.\nStep 4: Knowing that the sum of angles in a triangle is 180°, we can use this to find the value of x (which is ∠CAB) in triangle ABC: ∠CAB + ∠CBA + ∠ACB = 180°.\nStep 5: Substitute the known values: x° + 70° + 70° = 180°.\nStep 6: Combine like terms: x° + 140° = 180°.\nStep 7: Subtract 140° from both sides: x° = 40°.\n\nThe answer is x = 40.",
        True,
        "index 139, group 5, scenario_understanding, label Correct",
    ),
    (
        "40.0",
        "Step 1: Recognize that ABCD is a parallelogram, which means opposite angles are equal (i.e., ∠A = ∠C and ∠B = ∠D).\nStep 2: Note that AB = AC which means triangle ABC is an isosceles triangle, so angles ∠CAB and ∠CBA are equal.\nStep 3: Given that ∠D is 70° and ∠B = ∠D, we can deduce that ∠B is also 70°.\nStep 4: Knowing that the sum of angles in a triangle is 180°, we can use this to find the value of x (which is ∠CAB) in triangle ABC: ∠CAB + ∠CBA + ∠ACB = 180°.\nStep 5: Substitute the known values: x° + x° + 70° = 180°.\nStep 6: Combine like terms: 2x° + 70° = 180°.\nStep 7: Subtract 70° from both sides: 2x° = 110°.\nStep 8: Divide both sides by 2 to solve for x: x° = 55°.\n\nThe answer is x = 55.",
        False,
        "index 140, group 5, scenario_understanding, label Incorrect",
    ),
    (
        "4.0",
        "Step 1: Recognize that E and F are the midpoints of the sides AB and AD of a rhombus ABCD respectively.\nStep 2: Notice that diagonals of a rhombus bisect each other at right angles.\nStep 3: Consider the diagonal AC, which is bisected by the diagonal BD at point O. Therefore, AO = OC = 6 / 2 = 3.\nStep 4: Triangle AOB is a right triangle (because diagonals of a rhombus are perpendicular), therefore BO^2 = AB^2-AO^2 \nStep 5: So BO*BO = 5*5-3*3 = 16, BO = 4. \nStep 6: Consider the diagonal BO, which is bisected by the diagonal AC at point O. So BD = 2*BO = 8. \nStep 7: EF, being half the length of BD (as it is a midsegment), is 8 / 2 =  4.\nThe answer is EF = 4.",
        True,
        "index 145, group 6, seed_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Recognize that E and F are the midpoints of the sides AB and AD of a rhombus ABCD respectively.\nStep 2: Notice that diagonals of a rhombus bisect each other at right angles.\nStep 3: Consider the diagonal AC, which is bisected by the diagonal BD at point O. Therefore, AO = OC = 6 / 2 = 3.\nStep 4: Triangle AOD is a right triangle (because diagonals of a rhombus are perpendicular), with AD as one side and AO as half of the diagonal.\nStep 5: Since E and F are midpoints, AE = EB = 2.5 and AF = FD = 2.5 because side AB = 5.\nStep 6: EF is a midsegment of triangle AOD, thus it is parallel to side AD and half the length of AD.\nStep 7: To find AD, we use the Pythagorean Theorem in triangle AOD, where DO = AO (because O is the midpoint of diagonal AC and BD bisects AC at right angles).\nStep 8: AD^2 = AO^2 + DO^2. Substitute AO = DO = 3 to get AD^2 = 3^2 + 3^2.\nStep 9: AD^2 = 9 + 9 = 18.\nStep 10: AD = sqrt(18) = 3 sqrt(2).\nStep 11: EF, being half the length of AD (as it is a midsegment), is 3 sqrt(2) / 2.\nStep 12: Simplify EF = 1.5 sqrt(2).\n\nThe answer is EF = 1.5 sqrt(2).",
        False,
        "index 146, group 6, seed_question, label Incorrect",
    ),
    (
        "4.0",
        "Step 1: Recognize that E and F are the midpoints of the sides AB and AD of a rhombus ABCD respectively.\nStep 2: Notice that diagonals of a rhombus bisect each other at right angles.\nStep 3: Consider the diagonal AC, which is bisected by the diagonal BD at point O. Therefore, AO = OC = 6 / 2 = 3.\nStep 4: Triangle AOB is a right triangle (because diagonals of a rhombus are perpendicular), therefore BO^2 = AB^2-AO^2 \nStep 5: So BO*BO = 5*5-3*3 = 16, BO = 4. \nStep 6: Consider the diagonal BO, which is bisected by the diagonal AC at point O. So BD = 2*BO = 8. \nStep 7: EF, being half the length of BD (as it is a midsegment), is 8 / 2 =  4.\nThe answer is EF = 4.",
        True,
        "index 151, group 6, problem_understanding_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Recognize that E and F are the midpoints of AB and AD respectively, which means AE = EB and AF = FD.\nStep 2: Since AB is given to be 5 units, AE and EB will each be half of that, so AE = EB = 5/2 units.\nStep 3: Notice that AE and AF lie on straight lines that intersect at A, which suggests that triangle AEF is similar to triangle ACB (by the Angle-Side-Angle criterion for similarity).\nStep 4: Since AC is the diagonal of the diamond, it acts as a transversal that divides the two pairs of parallel sides (AB || CD and BC || AD) into two segments each.\nStep 5: Calculate the lengths of the sides in the larger triangle ACB using the given lengths. Since AB is 5 units and AC is 6 units, in their proportion (as similar triangles), the corresponding side in the smaller triangle AEF will be a fraction of the AC length.\nStep 6: Since E and F are midpoints, EF is parallel to BC and, by the properties of parallelograms, EF is half the length of AC.\nStep 7: Hence, EF = AC/2.\nStep 8: Substitute the known length of AC into the formula to get EF: EF = 6/2.\nStep 9: Calculate EF: EF = 3 units.\nThe answer is: The length of segment EF is 3 units.",
        False,
        "index 152, group 6, problem_understanding_question, label Incorrect",
    ),
    (
        "4.0",
        "Step 1: Recognize that E and F are the midpoints of the sides AB and AD of a rhombus ABCD respectively.\nStep 2: Notice that diagonals of a rhombus bisect each other at right angles.\nStep 3: Consider the diagonal AC, which is bisected by the diagonal BD at point O. Therefore, AO = OC = 6 / 2 = 3.\nStep 4: Triangle AOB is a right triangle (because diagonals of a rhombus are perpendicular), therefore BO^2 = AB^2-AO^2 \nStep 5: So BO*BO = 5*5-3*3 = 16, BO = 4. \nStep 6: Consider the diagonal BO, which is bisected by the diagonal AC at point O. So BD = 2*BO = 8. \nStep 7: EF, being half the length of BD (as it is a midsegment), is 8 / 2 =  4.\nThe answer is EF = 4.",
        True,
        "index 157, group 6, distractor_insertion_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Identify that E and F are the midpoints of the sides AB and AD respectively in the rhombus ABCD.\nStep 2: Understand that the diagonals of a rhombus bisect each other at right angles. This means that AC is cut into two equal parts at point O.\nStep 3: Since AC = 6, AO = CO = AC/2 = 6/2 = 3.\nStep 4: In the rhombus ABCD, AB = BC = 5 (as given). Using the Pythagorean theorem in the right-angled triangle AOB (where AO is one leg, BO is the other leg, and AB is the hypotenuse), calculate BO.\nStep 5: Apply the Pythagorean theorem: AB^2 = AO^2 + BO^2, which translates to 5^2 = 3^2 + BO^2.\nStep 6: Simplify the equation: 25 = 9 + BO^2, which leads to BO^2 = 25 - 9 = 16.\nStep 7: Solve for BO: BO = √16 = 4.\nStep 8: Since the diagonals bisect each other, BO = OD = 4.\nStep 9: EF passes through the midpoint O of the diagonal AC. Thus, EF is parallel to BC and halfway between the two parallel sides AB and CD of the rhombus.\nStep 10: As E and F are midpoints, EF will be equal to half the distance of any of the parallel sides of the rhombus (AB or CD).\nStep 11: The length of EF will be half the length of side AB (or CD, since AB = CD). Therefore, EF = AB/2 = 5/2.\nStep 12: Simplify the value of EF: EF = 2.5.\n\nThe answer is EF = 2.5.",
        False,
        "index 158, group 6, distractor_insertion_question, label Incorrect",
    ),
    (
        "5.0",
        "Step 1: Recognize that in a rhombus (diamond shape), all sides are of equal length. Since AB = x, then AD = x as well.\nStep 2: Notice that E and F are the midpoints of sides AB and AD, respectively. This means AE = EB = x/2 and AF = FD = x/2.\nStep 3: In a rhombus, the diagonals bisect each other at right angles. So, diagonal AC is bisected by diagonal BD at point O, meaning AO = OC = 3.\nStep 4: Triangle ABO is a right triangle with AE = x/2 and AO = 3.\nStep 5: Notice that E and F are the midpoints of sides AB and AD, so BD = 2 * EF = 8. \nStep 6: O is the midpoint of sides BD, so BO = DO = BD/2 = 4.\nStep 7: Apply the Pythagorean theorem to find AB: AO^2 + BO^2 = x^2.\nStep 8: Calculate the squares: 3^2 + 4^2 = x^2. x = 5 \n\nThe answer is x = 5.",
        True,
        "index 163, group 6, scenario_understanding, label Correct",
    ),
    (
        "5.0",
        "Step 1: Recognize that in a rhombus (diamond shape), all sides are of equal length. Since AB = x, then AD = x as well.\nStep 2: Notice that E and F are the midpoints of sides AB and AD, respectively. This means AE = EB = x/2 and AF = FD = x/2.\nStep 3: In a rhombus, the diagonals bisect each other at right angles. So, diagonal AC is bisected by diagonal BD at point O, meaning AO = OC = 3.\nStep 4: Triangle AEO is a right triangle with AE = x/2 and AO = 3.\nStep 5: Given that EF is the hypotenuse of triangle EOF and EOF is similar to AEO (by reflection across BD), we can say that EF is also the hypotenuse of triangle AEO.\nStep 6: Apply the Pythagorean theorem to find EF: (x/2)^2 + 3^2 = EF^2.\nStep 7: We are given that EF = 4, so plug that value into the equation: (x/2)^2 + 3^2 = 4^2.\nStep 8: Calculate the squares: (x/2)^2 + 9 = 16.\nStep 9: Subtract 9 from both sides of the equation to solve for (x/2)^2: (x/2)^2 = 7.\nStep 10: Take the square root of both sides to solve for x/2: x/2 = √7.\nStep 11: Multiply both sides by 2 to solve for x: x = 2√7.\n\nThe answer is x = 2√7.",
        False,
        "index 164, group 6, scenario_understanding, label Incorrect",
    ),
    (
        "4.0",
        "Step 1: Recognize that ABC is a straight rubber band before being stretched, and when it is stretched to point D, triangle ADB is formed.\nStep 2: Note that in this new triangle ADB, CD is perpendicular to AB, making two right-angled triangles, ACD and BCD.\nStep 3: Observe that the original length of AB is given as 16 cm, so each half, AC and BC, is 8 cm.\nStep 4: Since CD is pulled up to 6 cm to reach point D, CD becomes the height of the right-angled triangles ACD and BCD.\nStep 5: Use the Pythagorean Theorem to calculate the new length of each half (AD and BD). The Pythagorean Theorem states that in a right-angled triangle, the square of the hypotenuse (the side opposite the right angle) is equal to the sum of the squares of the other two sides. This can be written as \\(c^2 = a^2 + b^2\\).\nStep 6: Apply the theorem to triangle ACD to find the new length AD. Here, AD is the hypotenuse, AC is one side (8cm), and CD is the other side (6cm). Thus, \\(AD^2 = AC^2 + CD^2\\).\nStep 7: Calculate the length of AD: \\(AD^2 = 8^2 + 6^2 = 64 + 36 = 100\\). Taking the square root gives \\(AD = 10\\) cm.\nStep 8: Since the triangles ACD and BCD are congruent, BD will also be 10 cm.\nStep 9: Combine the lengths of AD and BD to get the total length of the rubber band when stretched: \\(AD + BD = 10 + 10 = 20\\) cm.\nStep 10: To find out how much the rubber band has been stretched, subtract the original length AB from the new total length: \\(20 - 16 = 4\\) cm.\n\nThe answer is: The rubber band has been stretched by 4 cm.",
        True,
        "index 169, group 7, seed_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Recognize that the original elastic band forms a straight line from A to B, which is 16 cm long.\nStep 2: Observe that when the midpoint C is pulled up to D, two right triangles ADC and BDC are formed.\nStep 3: Note that the length of AD and BD is the same because D is the midpoint of the original elastic band. Let's call this length x.\nStep 4: Realize that AC and BC are each half of the original length of the elastic band, so AC = BC = 16 cm / 2 = 8 cm.\nStep 5: Recognize that CD is the height pulled up, which is 6 cm.\nStep 6: Use the Pythagorean theorem to calculate the length of AD (which is the same as BD). The theorem states that in a right-angled triangle, the square of the length of the hypotenuse (the side opposite the right angle) is equal to the sum of the squares of the lengths of the other two sides.\nStep 7: Apply the Pythagorean theorem to triangle ADC (or BDC, as they are congruent): \\( x^2 = AC^2 + CD^2 \\).\nStep 8: Substitute the known values into the equation: \\( x^2 = 8^2 + 6^2 \\).\nStep 9: Calculate the values: \\( x^2 = 64 + 36 \\).\nStep 10: Add the values: \\( x^2 = 100 \\).\nStep 11: Take the square root of both sides to find x: \\( x = \\sqrt{100} \\).\nStep 12: Calculate the square root: \\( x = 10 \\) cm.\nStep 13: Remember that the total length of the stretched elastic band is AD + BD, which is 2x.\nStep 14: Calculate the total length of the stretched elastic band: \\( 2 * 10 \\) cm.\nStep 15: Find the length of the stretched elastic band: 20 cm.\nStep 16: Calculate how much longer the stretched elastic band is compared to the original length: 20 cm - 16 cm.\nStep 17: Determine the difference in length: 4 cm.\n\nThe answer is 4 cm.",
        True,
        "index 170, group 7, seed_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Recognize that this forms two right-angled triangles, Triangle ADC and Triangle BDC.\n\nStep 2: Acknowledge that the original length of the band ACB was 16 cm, so each half, AC and CB, is 8 cm.\n\nStep 3: The vertical height (CD) from C to D is given as 6 cm.\n\nStep 4: Use the Pythagorean theorem which states that in a right-angled triangle, the square of the hypotenuse (side opposite the right angle) is equal to the sum of the squares of the other two sides (a^2 + b^2 = c^2).\n\nStep 5: Apply the Pythagorean theorem to one of the right triangles, in this case, Triangle ADC. Let AD be the hypotenuse (which is half of the stretched length of the band), and let AC and CD be the other two sides. According to the theorem, AD^2 = AC^2 + CD^2.\n\nStep 6: Substitute the given values into the equation: AD^2 = 8^2 + 6^2 = 64 + 36 = 100.\n\nStep 7: Take the square root of both sides to solve for AD: AD = √100 = 10 cm.\n\nStep 8: Since AD is the length of one half of the band when stretched, the total length of the stretched band is AD + DB = 10 cm + 10 cm = 20 cm.\n\nStep 9: Calculate the difference between the stretched length and the original length: 20 cm - 16 cm = 4 cm.\n\nThe answer is: The elastic band has been stretched by an additional 4 cm.",
        True,
        "index 175, group 7, problem_understanding_question, label Correct",
    ),
    (
        "4.0",
        "Step 1: Identify the original length of the elastic band, which is the distance from point A to point B, given as 16 cm.\n\nStep 2: Recognize that pulling the midpoint C to point D creates two right-angled triangles, ΔACD and ΔBCD.\n\nStep 3: Calculate the length of the base of each right-angled triangle, which is half the length of the original band, so each base is 8 cm (16 cm / 2).\n\nStep 4: The height of each triangle is given as the distance the midpoint C is pulled up to point D, which is 6 cm.\n\nStep 5: Use the Pythagorean theorem to calculate the new length of each half of the band (the hypotenuse of the triangle). The Pythagorean theorem states that in a right-angled triangle, the square of the length of the hypotenuse (c) is equal to the sum of the squares of the lengths of the other two sides (a and b). The formula is c² = a² + b².\n\nStep 6: Apply the Pythagorean theorem to one of the triangles (for example, ΔACD): c² = a² + b², where a is 8 cm and b is 6 cm.\n\nStep 7: Calculate c² = (8 cm)² + (6 cm)² = 64 cm² + 36 cm² = 100 cm².\n\nStep 8: Find the length of the hypotenuse c by taking the square root of c²: c = √100 cm² = 10 cm.\n\nStep 9: The new length of each half of the band is 10 cm. Since there are two symmetrical halves, the total new length of the band is 2 * 10 cm = 20 cm.\n\nStep 10: Determine how much longer the elastic band has been stretched by subtracting the original length from the new total length: 20 cm - 16 cm = 4 cm.\n\nThe answer is that the elastic band has been stretched by 4 cm.",
        True,
        "index 176, group 7, problem_understanding_question, label Correct",
    ),
]

CASES: list[dict] = [
    _c(MATHCHECK, MATHCHECK_AT, gold, pred, False, expected, "MATHCHECK-GEO outcome judging " + why)
    for gold, pred, expected, why in _ROWS
]

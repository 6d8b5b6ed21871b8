r"""A twenty-fifth fresh set of answer-equivalence cases (evaluation only; helper "a", second part:
the first part and the search notes are in bench/equiv_fresh25_a.py).

Source: zhshgmail/AReaL (a fork of inclusionAI/AReaL; the legacy ``realhf`` tree it keeps was
moved there upstream by "[lite] [refactor] Move the legacy training and tests scripts into the
``realhf`` folder. (#208)", commit 4d67c421d51b7602cb8d71e686306e191eee9666)
``realhf/tests/reward/math_answers_sample_cases.jsonl`` read by
``realhf/tests/reward/test_math_reward.py`` @ 04ab6018c4ef43919348efdc52ba6b679a14ce88 (the
fetched snapshot's HEAD), Apache-2.0. The earlier sets used only AReaL's
``areal/tests/test_math_verify_reward.py``; this fixture and test are a different file, not seen
in any earlier set (openpsi-project/ReaLHF be75fce9 was searched in equiv_fresh19_d without it).

The fixture holds 10 prompts with 16 sampled model completions each (reasoning-model outputs,
each stored as its last 1000 characters), the prompt's ``solutions`` and a reward per completion.
The test asserts, for the first 10 lines, ``(verify_math_solution(ans, sol) - 0.5) * 10 ==
reward``: +5 means the suite's grader (``realhf.impl.dataset.math_parser``, a sympy-based
``math_equal`` grader, not a string match) accepts the completion, -5 that it rejects it. Each
case is (gold = the line's single solution as written, e.g. ``\boxed{4}``; pred = the stored
completion tail, whole, ``wrap`` False; expected = reward is +5). Before taking the labels, each
completion's last ``\boxed{...}`` was read by hand against the gold: every label below agrees with
that reading (no completion gives an equivalent form that was rejected); one sampled completion
tail (line 5, completion 1) ends without any boxed answer and is labelled -5.

Sample, by a fixed rule: the first 60 (gold, completion) pairs in file order after leaving out
the multiple-choice lines (line 3, gold ``\boxed{C}``, and line 8, whose completions answer with
option letters against the gold ``\boxed{192}``): lines 1, 2 and 4 in full and the first 12
completions of line 5 (lines counted from 1). The remaining 68 non-multiple-choice pairs (the
last 4 of line 5 and lines 6, 7, 9 and 10) are not used. ``why`` gives the line, the
completion's index and its last boxed answer. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AREAL = "zhshgmail/AReaL"
AREAL_AT = (
    "realhf/tests/reward/math_answers_sample_cases.jsonl@04ab6018c4ef43919348efdc52ba6b679a14ce88"
)

# (gold, completion tail, reward == +5, why)
_ROWS: list[tuple[str, str, bool, str]] = [
    (
        "\\boxed{4}",
        " person named Eric is \\boxed{2}.\n</think>\n\nGiven the clues, we need to determine the house assignment for each person and their respective birthday months. The key steps are as follows:\n\n1. **Clue 1**: Arnold is in house 1.\n2. **Clue 3**: Carol (Sep) is in house 4.\n3. **Clue 5**: The person with Mar birthday is next to Sep (house 4), so Mar must be in house 3 or 5. Since house 5 is Feb, Mar must be in house 3.\n4. **Clue 4**: The person with Feb is in house 5.\n5. **Clue 2**: Sep (house 4) and Mar (house 3) are next to each other.\n6. **Clue 7**: Eric has Jan, so he must be in a house with Jan birthday. Since house 1 is Arnold, Eric must be in another house.\n7. **Clue 8**: Bob is not in house 5.\n8. **Clue 9**: May (house 6) is to the right of Feb (house 5).\n\nAssigning the remaining people and months:\n\n- House 1: Arnold\n- House 2: Eric (Jan)\n- House 3: Bob (Mar)\n- House 4: Carol (Sep)\n- House 5: Alice (Feb)\n- House 6: Peter (May)\n\nThus, the person named Eric is in house 2.\n\n\\[\n\\boxed{2}\n\\]",
        False,
        "line 1 completion 0: last boxed '2'",
    ),
    (
        "\\boxed{4}",
        "ose birthday is in March and the person whose birthday is in September are next to each other.\n   - Since September is in house 4, March must be in house 3 or 5.\n\n5. **Clue 6**: The person whose birthday is in February is in the fifth house.\n   - House 5: February\n\n6. **Clue 9**: The person whose birthday is in May is in the fourth house.\n   - This contradicts house 4 having September, so the person with May must be in a different house.\n\n7. **Clue 7**: The person whose birthday is in January is Eric.\n   - Eric has January, but we need to determine his house.\n\n8. **Clue 3**: The person whose birthday is in May is east to the person whose birthday is in February.\n   - May > February, so May must be in a higher house than February.\n\n9. **Clue 8**: Bob is not in the fifth house.\n   - House 5: not Bob\n\nAfter considering all clues, we determine that Carol must be in house 4 because she has September, and the only consistent position for her given the constraints is house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 1: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "**: There is one house between Carol and Alice. Since Carol is in house 4, Alice must be in house 2 or house 6.\n3. **Clue 3**: Carol has the birthday September, so house 4 has September.\n4. **Clue 4**: The person with September birthday is in house 4, which is already satisfied.\n5. **Clue 5**: The person with March birthday is next to September, so the person with March birthday must be in house 3 or house 5. Since house 5 has February, house 3 must have March.\n6. **Clue 6**: The person with February birthday is in house 5.\n7. **Clue 7**: Eric has birthday January, so Eric must be in a house with January birthday.\n8. **Clue 8**: Bob is not in house 5.\n9. **Clue 9**: May is to the right of February, so house 6 has May.\n\nAfter assigning names and birthdays to each house, we find:\n\n- House 1: Arnold, April\n- House 2: Eric, January\n- House 3: Bob, March\n- House 4: Carol, September\n- House 5: Peter, February\n- House 6: Alice, May\n\nThus, the person named Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 2: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "ue 6**: The person whose birthday is in February is in the fifth house.\n   - House 5: Birthday = Feb\n\n6. **Clue 2**: There is one house between Carol and Alice.\n   - Carol is in house 4, so Alice must be in house 2 or 6. House 2 is Eric, so Alice must be in house 6.\n\n7. **Clue 7**: The person whose birthday is in January is Eric.\n   - House 2: Birthday = Jan\n\n8. **Clue 9**: The person whose birthday is in May is somewhere to the right of the person whose birthday is in February.\n   - February is in house 5, so May must be in house 6.\n\n9. **Clue 8**: Bob is not in the fifth house.\n   - House 5: Name ≠ Bob\n\n### Assigning Names and Birthdays:\n\n- House 1: Name = Arnold, Birthday = April (remaining after assignments)\n- House 2: Name = Eric, Birthday = Jan\n- House 3: Name = Bob, Birthday = Mar\n- House 4: Name = Carol, Birthday = Sept\n- House 5: Name = Peter, Birthday = Feb\n- House 6: Name = Alice, Birthday = May\n\n### Conclusion:\n\nThe person whose name is Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 3: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "rthday is next to the person with September birthday.\n   - House 3: March birthday\n\n4. **Clue 6**: The person with February birthday is in the fifth house.\n   - House 5: February birthday\n\n5. **Clue 9**: The person with May birthday is to the right of the person with February birthday.\n   - House 6: May birthday\n\n6. **Clue 2**: There is one house between Carol and Alice. Since Carol is in house 4, Alice must be in house 6.\n   - House 6: Alice\n\n7. **Clue 7**: Eric has a January birthday.\n   - House 2: Eric (January birthday)\n\n8. **Clue 8**: Bob is not in the fifth house.\n   - House 5: Peter (February birthday)\n   - House 3: Bob (March birthday)\n\n9. **Remaining assignments**:\n   - House 1: Arnold (April birthday)\n   - House 6: Alice (May birthday)\n\nThus, the final assignments are:\n- House 1: Arnold (April)\n- House 2: Eric (January)\n- House 3: Bob (March)\n- House 4: Carol (September)\n- House 5: Peter (February)\n- House 6: Alice (May)\n\nThe person named Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 4: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        " January, March, June, May, August, July, August, September, October, November, December.\n8. **Clue 8**: Bob is not in house 5, so Bob must be in house 6 or another house. However, house 6 has May, so Bob must be in house 1, 2, 3, or 4. But house 1 has Arnold, house 2 has Eric, house 3 has Alice, and house 4 has Carol. Thus, Bob must be in house 5 or 6, but house 5 has February, so Bob must be in house 6. However, house 6 has May, which is already assigned. Therefore, Bob must be in house 5, but he cannot be there. This leads to re-evaluating the assignments.\n\nAfter re-evaluating the constraints and ensuring all clues are satisfied, the final arrangement is:\n\n- **House 1**: Arnold, April\n- **House 2**: Eric, January\n- **House 3**: Alice, March\n- **House 4**: Carol, September\n- **House 5**: Peter, February\n- **House 6**: Bob, May\n\n### Conclusion:\n\nThe person whose name is Carol is in house 4. Therefore, the value of attribute House for the person whose name is Carol is:\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 5: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "ary is in the fifth house.\n7. Eric's birthday is in January.\n8. Bob is not in the fifth house.\n9. The person whose birthday is in May is to the right of the person whose birthday is in February.\n\n### Assignments:\n1. From clue 1: House 1 = Arnold.\n2. From clue 4: Carol has birthday September, so house 4 = Carol.\n3. From clue 2: One house between Carol (house 4) and Alice. Alice must be in house 3.\n4. From clue 3: September is in house 4 (Carol).\n5. From clue 5: March ( birthday) is next to September (house 4). March must be in house 3 (Alice).\n6. From clue 6: February is in house 5.\n7. From clue 7: Eric has January birthday.\n8. From clue 8: Bob is not in house 5, so Bob must be in house 6.\n9. From clue 9: May is to the right of February. House 6 has May.\n\n### Final Assignments:\n- House 1: Arnold, April\n- House 2: Eric, January\n- House 3: Alice, March\n- House 4: Carol, September\n- House 5: Peter, February\n- House 6: Bob, May\n\nThus, the person whose name is Carol is in house 4.\n\n\\boxed{4}",
        True,
        "line 1 completion 6: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "erson whose birthday is in September are next to each other.\n   - Since September is in house 4, March must be in house 3 or 5. Given house 4 is already assigned, March is in house 3.\n\n6. **Clue 6**: The person whose birthday is in February is in the fifth house.\n   - House 5: Birthday = February.\n\n7. **Clue 7**: The person whose birthday is in January is Eric.\n   - Eric's Birthday = January.\n\n8. **Clue 8**: Bob is not in the fifth house.\n   - Therefore, Bob must be in another house.\n\n9. **Clue 9**: The person whose birthday is in May is somewhere to the right of the person whose birthday is in February.\n   - Since February is in house 5, May must be in house 6.\n\nAssigning the remaining names and birthdays:\n\n- House 1: Arnold, Birthday = April.\n- House 2: Eric, Birthday = January.\n- House 3: Bob, Birthday = March.\n- House 4: Carol, Birthday = September.\n- House 5: Peter, Birthday = February.\n- House 6: Alice, Birthday = May.\n\nThus, the person named Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 7: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "day is in February.\n\n### Step-by-Step Deduction:\n\n1. **Clue 1**: Arnold is in house 1.\n2. **Clue 4**: Carol has a birthday in September and is in house 4.\n3. **Clue 3**: Since Carol is in house 4, the person with March birthday must be in house 3 or 5. House 5 has February, so the person with March birthday is in house 3.\n4. **Clue 6**: The person with February birthday is in house 5.\n5. **Clue 7**: Eric has January birthday.\n6. **Clue 9**: May birthday is to the right of February, so May is in house 6.\n7. **Remaining Assignments**:\n   - House 1: Arnold, remaining birthday month (april).\n   - House 2: Eric, January.\n   - House 3: Alice, March.\n   - House 4: Carol, September.\n   - House 5: Peter, February.\n   - House 6: Bob, May.\n\n### Final Assignments:\n\n- House 1: Arnold, April\n- House 2: Eric, January\n- House 3: Alice, March\n- House 4: Carol, September\n- House 5: Peter, February\n- House 6: Bob, May\n\nThus, the house number for the person whose name is Carol is house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 8: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "n Carol and Alice. Since Carol is in house 4, Alice must be in house 2 or 6. House 2 is already assigned to Eric (from clue 7), so Alice must be in house 6.\n4. From clue 5, the person whose birthday is in March is next to the person whose birthday is in September. Since September is in house 4, March must be in house 3.\n5. From clue 6, the person whose birthday is in February is in house 5.\n6. From clue 7, Eric has January as his birthday, so he is in house 2.\n7. From clue 9, May is to the right of February. Since February is in house 5, May must be in house 6. However, house 6 already has Alice, so this is resolved by assigning May to Alice.\n8. The remaining people and their attributes are assigned accordingly, ensuring all clues are satisfied.\n\nThe final assignments are:\n- House 1: Arnold (April)\n- House 2: Eric (January)\n- House 3: Bob (March)\n- House 4: Carol (September)\n- House 5: Peter (February)\n- House 6: Alice (May)\n\nThus, the person named Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 9: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "e key steps that lead to the solution:\n\n1. **Assigning houses and people:**\n   - Arnold is in house 1.\n   - Carol is in house 4.\n   - The person with September birthday is in house 4, so Carol (September) is in house 4.\n   - The person with March birthday is in house 3.\n   - The person with February birthday is in house 5.\n   - The person with May birthday is to the right of person with February birthday, so May is in house 6.\n   - Bob is not in house 5.\n\n2. **Assigning birthdays:**\n   - Eric has January birthday.\n   - The person with March birthday is in house 3.\n   - The person with February birthday is in house 5.\n   - The person with May birthday is in house 6.\n   - The person with April birthday must be in the remaining house.\n\n3. **Final assignments:**\n   - House 1: Arnold, April\n   - House 2: Eric, January\n   - House 3: Bob, March\n   - House 4: Carol, September\n   - House 5: Alice, February\n   - House 6: Peter, May\n\nThus, the person named Carol lives in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 10: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "rson with March birthday is next to Carol, so house 3 has March.\n4. The person with February birthday is in house 5.\n5. The person with May birthday is in house 6.\n6. Eric has January birthday, so he must be in house 2.\n7. Bob cannot be in house 5, so he must be in house 6, but house 6 has May, so Bob must be in house 6 with May, which is not possible. Therefore, house 6 has May, and Bob must be in house 3 or 5, but house 5 has February and cannot be Bob. Thus, Bob is in house 6 with May, but this contradicts the earlier assignments. Re-evaluating, we find that house 6 has May, so the remaining person with May must be Bob, but clue 8 says Bob is not in house 5. Therefore, house 6 must be Bob with May, and house 5 has February with Alice.\n\nFinal assignments:\n- House 1: Arnold\n- House 2: Eric (January)\n- House 3: Peter (March)\n- House 4: Carol (September)\n- House 5: Alice (February)\n- House 6: Bob (May)\n\nThus, the value of attribute House for the person whose name is Carol is:\n\n\\boxed{4}",
        True,
        "line 1 completion 11: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        " September.\n   - Confirms house 4: Carol (September)\n\n5. **Clue 5**: The person whose birthday is in March is next to the person whose birthday is in September.\n   - Person with March (mar) must be in house 3 or 5. Since house 5 is feb, it must be house 3.\n   - House 3: mar\n\n6. **Clue 6**: The person whose birthday is in February is in the fifth house.\n   - House 5: feb\n\n7. **Clue 7**: Eric has a birthday in January.\n   - Eric has jan, so he must be in a house with a month after feb.\n\n8. **Clue 8**: Bob is not in the fifth house.\n   - Confirms Bob is not in house 5.\n\n9. **Clue 9**: The person whose birthday is in May is to the right of the person whose birthday is in February.\n   - House 6: may\n\nAfter assigning all names and months step by step, we find:\n\n- House 1: Arnold\n- House 2: Eric (January)\n- House 3: Alice (March)\n- House 4: Carol (September)\n- House 5: Peter (February)\n- House 6: Bob (May)\n\nThus, the house number for the person whose name is Carol is house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 12: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        "9. **Clue 9**: The person whose birthday is in May is Eric.\n\nKey steps:\n- Arnold is in house 1.\n- Carol, whose birthday is September, is in house 4.\n- Alice is one house apart from Carol, so Alice can be in house 3 or 5.\n- The person with March birthday (house 3) is next to September (house 4).\n- The person with February birthday is in house 5.\n- The person with May birthday is to the right of February, so May must be in house 6.\n- Eric has January birthday and must be in house 2 or 1, but house 1 has Arnold, so Eric is in house 2.\n- House 5 cannot have Bob, so Bob must be in house 3 or 6.\n- Assigning names and birthdays accordingly, we find that house 3 has Alice with March birthday, house 5 has Peter with February birthday, and house 6 has Bob with May birthday.\n\nFinal assignments:\n- House 1: Arnold, April\n- House 2: Eric, January\n- House 3: Alice, March\n- House 4: Carol, September\n- House 5: Peter, February\n- House 6: Bob, May\n\nThus, the house number for Carol is house 4.\n\n\\boxed{4}",
        True,
        "line 1 completion 13: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        " house.\n7. **Clue 7**: Eric has January birthday.\n8. **Clue 8**: Bob is not in the fifth house.\n\nFrom these clues, we deduced the following:\n\n- Arnold is in house 1.\n- The person with September birthday (Carol) is in house 4.\n- The person with March birthday is next to Carol, so Carol must be in house 4 with September birthday, and the person with March birthday must be in house 3 or house 5. Since house 5 has the person with February birthday, the person with March birthday must be in house 3.\n- Eric has January birthday and must be in house 2 (since house 1 is Arnold).\n- The person with February birthday is in house 5.\n- The remaining people (Bob, Alice, Peter) are assigned to houses 3, 5, and 6, with their respective birthdays (March, May, and February).\n\nAfter assigning the names and ensuring all clues are satisfied, we concluded that Carol, the person with September birthday, is in house 4.\n\nThus, the value of attribute House for the person whose name is Carol is:\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 14: last boxed '4'",
    ),
    (
        "\\boxed{4}",
        ".\n9. **Clue 9**: The person whose birthday is in May is somewhere to the right of the person whose birthday is in February.\n\nFrom these clues, we can deduce the following:\n\n- **House 1**: Arnold (since he is in the first house, clue 1).\n- **House 4**: Carol (since she has the September birthday, clue 4).\n- **House 5**: Person with February birthday (clue 6).\n- **House 3**: Person with March birthday (since Carol is in house 4, March must be in house 3 to be next to September in house 4, clue 5).\n- **House 5**: February birthday (from clue 6).\n- **House 2**: Eric (since he has the January birthday, clue 7).\n- **House 6**: May birthday (since it must be to the right of February in house 5, clue 9).\n\nAssigning the remaining people and their birthdays:\n\n- **House 1**: Arnold, April.\n- **House 2**: Eric, January.\n- **House 3**: Bob, March.\n- **House 4**: Carol, September.\n- **House 5**: Peter, February.\n- **House 6**: Alice, May.\n\nThus, the person named Carol is in house 4.\n\n\\[\n\\boxed{4}\n\\]",
        True,
        "line 1 completion 15: last boxed '4'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "d \\(BD\\), we have \\(AE \\cdot EC = BE \\cdot ED\\). Using the given condition, this leads to \\(k^2 = BE \\cdot ED\\) where \\(k = AE\\) and \\(m = EC\\).\n\n3. **Cyclic Quadrilateral Properties**: Using the property that angles subtended by the same chord are equal, we know that \\(\\angle ADB = \\angle ACB\\). This helps in understanding the relationships between the angles in the quadrilateral.\n\n4. **Area Calculation**: The area of a cyclic quadrilateral can be calculated using the formula involving the product of the diagonals and the sine of the angle between them. However, due to the complex relationships and the given conditions, we use the fact that the area can be expressed as \\(\\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(\\theta)\\), where \\(\\theta\\) is the angle between the diagonals.\n\n5. **Simplification and Conclusion**: After considering various geometric properties and the given conditions, we conclude that the area of the quadrilateral \\(ABCD\\) is \\(18\\).\n\n### Final Answer:\n\\[\n\\boxed{18}\n\\]",
        False,
        "line 2 completion 0: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "axis at \\((6,0)\\).\n   - Using the given angles and properties, determine coordinates of points \\(A\\) and \\(C\\).\n\n3. **Apply Power of a Point and Midpoint Theorem**:\n   - Since \\(E\\) is the midpoint of \\(AC\\) and \\(BD\\), use the properties of cyclic quadrilaterals and intersecting chords.\n   - Use trigonometric identities and properties of cyclic quadrilaterals to find the necessary lengths and angles.\n\n4. **Calculate Area Using Trigonometric Formula**:\n   - The area of a cyclic quadrilateral can be calculated using the formula involving the product of diagonals and the sine of the angle between them.\n   - The area is given by \\(\\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin \\theta\\), where \\(\\theta\\) is the angle between the diagonals.\n\n5. **Determine the Angle and Diagonals**:\n   - Use the given angles and properties to find the necessary trigonometric values and lengths.\n   - Conclude that the area of the quadrilateral is \\(18\\).\n\nThus, the area of quadrilateral \\(ABCD\\) is \\(\\boxed{18}\\).",
        False,
        "line 2 completion 1: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "\\(AD \\cdot CE = DC \\cdot AE\\) implies \\(\\frac{AE}{EC} = \\frac{AD}{DC}\\).\n   - Using the power of a point theorem, we have \\(AE \\cdot EC = BE \\cdot ED\\).\n   - Triangles \\(ABD\\) and \\(CDE\\) are similar by AA similarity because they share angle \\(\\theta\\) and have equal angles due to the cyclic nature of the quadrilateral.\n\n2. **Isosceles Triangle**:\n   - Triangle \\(ABD\\) is isosceles with \\(AB = AD\\) because \\(\\angle ADB = \\angle ABD = 22.5^\\circ\\) and \\(\\angle BAD = 135^\\circ\\).\n\n3. **Length Calculations**:\n   - Using the Law of Sines in triangle \\(ABD\\), we find \\(AB = AD = k\\).\n   - Using the Law of Cosines in triangle \\(ABC\\), we find \\(AC\\).\n\n4. **Area Calculation**:\n   - Using trigonometric identities and the given conditions, we approximate the area of the quadrilateral.\n   - Recognizing the complexity and the need for exact values, we conclude the area based on the given conditions and typical problem structures.\n\nThus, the area of the quadrilateral \\(ABCD\\) is:\n\n\\[\n\\boxed{18}\n\\]",
        False,
        "line 2 completion 2: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "\\circ, a \\sin 22.5^\\circ)\\) where \\(a = |AD|\\).\n   - Using the given condition and properties of cyclic quadrilaterals, we find that \\(AD = DC\\).\n\n3. **Simplifying the Problem:**\n   - Since \\(AD = DC\\), triangle \\(ADC\\) is isosceles with \\(AD = DC\\).\n   - Using the properties of the cyclic quadrilateral and the given angle, we determine the coordinates of \\(C\\) and use the determinant condition for concyclic points.\n\n4. **Calculating the Area:**\n   - The area of triangle \\(ABD\\) is calculated using the formula \\(\\frac{1}{2} \\cdot AD \\cdot BD \\cdot \\sin(22.5^\\circ)\\).\n   - The area of triangle \\(CBD\\) is found to be equal to the area of triangle \\(ABD\\) due to symmetry and the properties of the cyclic quadrilateral.\n\n5. **Summing the Areas:**\n   - The total area of quadrilateral \\(ABCD\\) is the sum of the areas of triangles \\(ABD\\) and \\(CBD\\), which is \\(6a \\sin(22.5^\\circ)\\).\n\nAfter detailed calculations, we find that the area of the quadrilateral \\(ABCD\\) is:\n\n\\[\n\\boxed{9\\sqrt{2}}\n\\]",
        True,
        "line 2 completion 3: last boxed '9\\\\sqrt{2}'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "the relationships between segments.\n\n4. **Calculating the length of \\(AC\\)**:\n   - Using the given ratio and the coordinates, we find that \\(k = 1\\), implying \\(AD = DC\\).\n   - This leads to the coordinates of \\(C\\) and the calculation of \\(AC\\).\n\n5. **Finding the angle between diagonals**:\n   - Using vector analysis, we find that the angle between diagonals \\(AC\\) and \\(BD\\) is \\(90^\\circ\\).\n\n6. **Calculating the area**:\n   - The area of the quadrilateral is given by \\(\\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(\\theta)\\), where \\(\\theta = 90^\\circ\\).\n   - Substituting the values, we find the area.\n\n### Final Calculation:\n\n- The length of \\(AC\\) is found to be \\(3\\sqrt{2}\\).\n- The length of \\(BD\\) is 6.\n- The sine of the angle between \\(AC\\) and \\(BD\\) is 1 (since the angle is \\(90^\\circ\\)).\n\nThus, the area of quadrilateral \\(ABCD\\) is:\n\\[\n\\text{Area} = \\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(90^\\circ) = \\frac{1}{2} \\cdot 3\\sqrt{2} \\cdot 6 \\cdot 1 = 9\\sqrt{2}\n\\]\n\n\\[\n\\boxed{9\\sqrt{2}}\n\\]",
        True,
        "line 2 completion 4: last boxed '9\\\\sqrt{2}'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "ntersect at \\(E\\), creating segments \\(AE\\), \\(EC\\), \\(BE\\), and \\(ED\\).\n   - Use the given condition \\(|AD| \\cdot |CE| = |DC| \\cdot |AE|\\) to establish a ratio.\n   - Consider the similarity of triangles \\(AED\\) and \\(CEB\\) leading to the conclusion that \\(k = 1\\), implying \\(E\\) is the midpoint of both diagonals.\n   - Conclude that both diagonals \\(AC\\) and \\(BD\\) are equal to 6, making the quadrilateral a parallelogram with both diagonals equal, implying it is a rectangle, but this leads to a contradiction due to the given angle.\n   - Calculate the area using the formula for the area of a quadrilateral with diagonals and the sine of the angle between them.\n\n3. **Final Calculation:**\n   - Since both diagonals are 6, the area formula for a quadrilateral with diagonals \\(AC\\) and \\(BD\\) intersecting at angle \\(\\theta\\) is \\(\\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(\\theta)\\).\n   - Given the problem's constraints and the need for an exact value, the area is concluded to be \\(\\boxed{18}\\).",
        False,
        "line 2 completion 5: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "s theorem, \\(AE \\cdot EC = BE \\cdot ED\\), we express the segments in terms of \\(k\\) and solve for the ratios.\n\n2. **Coordinate system and vector analysis:**\n   - Placing point \\(E\\) at the origin, we express coordinates of points \\(A, B, C, D\\) in terms of vectors and segments.\n   - Using the Law of Sines and Cosines in triangles involving diagonal \\(BD\\) and angle \\(22.5^\\circ\\), we find relationships between segments and angles.\n\n3. **Finding the angle between diagonals:**\n   - Using vector analysis and the given angle, we determine the angle between the diagonals \\(AC\\) and \\(BD\\).\n   - We find that the angle between vectors \\(BD\\) and \\(AC\\) is \\(90^\\circ\\), leading to \\(\\sin(\\phi) = 1\\).\n\n4. **Calculating the area:**\n   - The area of the quadrilateral is given by \\(\\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(\\phi)\\).\n   - Substituting the known values, \\(AC = 6\\), \\(BD = 6\\), and \\(\\sin(\\phi) = 1\\), we find the area.\n\nThus, the area of the quadrilateral \\(ABCD\\) is:\n\n\\[\n\\boxed{18}\n\\]",
        False,
        "line 2 completion 6: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        ". Thus, the diagonals \\(AC\\) and \\(BD\\) intersect at right angles.\n\nNext, we use the fact that \\( \\angle ADB = 22.5^\\circ \\) and the right angle at \\(E\\) to analyze the triangles formed. Using the properties of cyclic quadrilaterals and the given angle, we apply trigonometric identities and the intersecting chords theorem.\n\nWe place the quadrilateral in a coordinate system with \\(E\\) at the origin, \\(AC\\) along the x-axis, and \\(BD\\) along the y-axis. Using the given angle and the properties of the right triangles formed, we derive the lengths of the segments and use the sine and cosine rules to find the necessary lengths.\n\nAfter detailed calculations, we find that the length of diagonal \\(AC\\) is \\(3\\sqrt{2}\\). Using the formula for the area of a quadrilateral with perpendicular diagonals, we calculate the area as:\n\n\\[\n\\text{Area} = \\frac{1}{2} \\times AC \\times BD = \\frac{1}{2} \\times 3\\sqrt{2} \\times 6 = 9\\sqrt{2}\n\\]\n\nThus, the area of quadrilateral \\(ABCD\\) is \\(\\boxed{9\\sqrt{2}}\\).",
        True,
        "line 2 completion 7: last boxed '9\\\\sqrt{2}'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        " the given condition to express ratios involving segments \\(AE\\) and \\(EC\\).\n\n3. **Applying Coordinate Geometry:**\n   - Placing point \\(D\\) at the origin and using coordinates to express points \\(A\\), \\(B\\), and \\(C\\).\n   - Using the section formula and properties of cyclic quadrilaterals to express coordinates of point \\(C\\) in terms of other variables.\n\n4. **Using Shoelace Formula:**\n   - After determining coordinates of points \\(A\\), \\(B\\), \\(C\\), and \\(D\\), we apply the shoelace formula to compute the area of quadrilateral \\(ABCD\\).\n\n5. **Approximations and Exact Values:**\n   - Through detailed coordinate calculations and considering the given conditions, we approximate the area of the quadrilateral.\n   - Considering the problem's constraints and the need for an exact value, we conclude the area based on trigonometric and geometric properties.\n\nAfter thorough calculations and considering the problem's constraints, the area of quadrilateral \\(ABCD\\) is found to be:\n\n\\[\n\\boxed{18}\n\\]",
        False,
        "line 2 completion 8: last boxed '18'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "BE \\cdot ED\\).\n\n3. **Setting Up Ratios:**\n   - Let \\(AD = k \\cdot DC\\).\n   - Let \\(AE = k \\cdot EC\\).\n\n4. **Using Trigonometric Identities and Law of Sines:**\n   - In triangle \\(ADB\\), using the Law of Sines and Law of Cosines.\n   - Expressing sides and angles in terms of \\(k\\).\n\n5. **Using Coordinates and Properties of Cyclic Quadrilaterals:**\n   - Placing points on a coordinate system and using properties of cyclic quadrilaterals.\n   - Calculating coordinates and using dot product to find angles.\n\n6. **Finding the Area:**\n   - Using the formula for the area of a quadrilateral with diagonals \\(AC\\) and \\(BD\\) intersecting at angle \\(\\theta\\): \\(\\text{Area} = \\frac{1}{2} \\cdot AC \\cdot BD \\cdot \\sin(\\theta)\\).\n   - Considering the given angle and properties of the cyclic quadrilateral.\n\n7. **Conclusion:**\n   - After detailed calculations and considering the properties of the cyclic quadrilateral, the area is found to be \\(9\\).\n\nThus, the area of quadrilateral \\(ABCD\\) is \\(\\boxed{9}\\).",
        False,
        "line 2 completion 9: last boxed '9'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "D\\) with \\(BD = 6\\) and \\(\\angle ADB = 22.5^\\circ\\). We know that \\(|AD| \\cdot |CE| = |DC| \\cdot |AE|\\). We need to find the area of quadrilateral \\(ABCD\\).\n\n1. **Understanding the Problem:**\n   - \\(ABCD\\) is cyclic, meaning all vertices lie on a circle.\n   - \\(BD = 6\\).\n   - \\(\\angle ADB = 22.5^\\circ\\).\n   - Given condition: \\(|AD| \\cdot |CE| = |DC| \\cdot |AE|\\).\n\n2. **Key Properties and Relationships:**\n   - In cyclic quadrilaterals, opposite angles sum to 180 degrees.\n   - Using the Law of Sines and Cosines in triangles involving diagonal \\(BD\\).\n   - Similar triangles and proportional segments due to intersecting diagonals.\n\n3. **Using Coordinate Geometry:**\n   - Placing points in a coordinate system to express relationships.\n   - Considering the properties of cyclic quadrilaterals and the given angle.\n\n4. **Final Steps and Conclusion:**\n   - After extensive analysis and considering the problem constraints, the area of the cyclic quadrilateral \\(ABCD\\) is found to be \\(\\boxed{9}\\).",
        False,
        "line 2 completion 10: last boxed '9'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "6k}{k+1}\\) and \\(ED = \\frac{6}{k+1}\\).\n\nWe place point \\(D\\) at the origin \\((0,0)\\) and point \\(B\\) at \\((6,0)\\). Using the given angle \\( \\angle ADB = 22.5^\\circ \\), we determine the coordinates of point \\(A\\) and use the properties of cyclic quadrilaterals and similar triangles to find the coordinates of all points.\n\nWe find that \\(k = 1\\), meaning \\(AD = DC\\). This implies that triangle \\(ADC\\) is isosceles with \\(AD = DC\\). We then compute the coordinates of all points and use the shoelace formula to find the area of quadrilateral \\(ABCD\\).\n\nThe coordinates of the points are:\n- \\(A(3, 3 \\tan(22.5^\\circ))\\)\n- \\(B(6, 0)\\)\n- \\(C(3, -3 \\tan(22.5^\\circ))\\)\n- \\(D(0, 0)\\)\n\nUsing the shoelace formula, we calculate the area as:\n\\[ \\text{Area} = \\frac{1}{2} \\left| -36 \\tan(22.5^\\circ) \\right| = 18 \\tan(22.5^\\circ) \\]\n\nSince \\( \\tan(22.5^\\circ) = \\sqrt{2} - 1 \\), the area is:\n\\[ \\text{Area} = 18(\\sqrt{2} - 1) \\]\n\nThus, the area of the quadrilateral \\(ABCD\\) is:\n\\[ \\boxed{18(\\sqrt{2} - 1)} \\]",
        False,
        "line 2 completion 11: last boxed '18(\\\\sqrt{2} - 1)'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "22.5^\\circ\\)\n\n2. **Using Coordinate Geometry**:\n   - Placing point \\(D\\) at the origin \\((0,0)\\) and point \\(B\\) at \\((6,0)\\).\n   - Point \\(A\\) is at \\((a \\cos 22.5^\\circ, a \\sin 22.5^\\circ)\\).\n   - Point \\(C\\) lies on the circle passing through \\(A\\), \\(B\\), and \\(D\\).\n\n3. **Power of a Point and Similar Triangles**:\n   - Using the power of point \\(E\\) which gives \\(|EA| \\cdot |EC| = t(6 - t)\\).\n   - The ratio condition implies \\(|AE| / |CE| = |AD| / |DC|\\).\n\n4. **Area Calculation**:\n   - The area of triangle \\(ABD\\) is calculated using the formula \\(\\frac{1}{2} \\cdot AD \\cdot BD \\cdot \\sin(22.5^\\circ)\\).\n   - Given the complexity of finding coordinates of \\(C\\), we use the properties of cyclic quadrilaterals and the given conditions to deduce the area.\n\n5. **Conclusion**:\n   - After considering the trigonometric relationships and properties of cyclic quadrilaterals, the area of quadrilateral \\(ABCD\\) is found to be \\(9\\).\n\nThus, the area of the quadrilateral \\(ABCD\\) is \\(\\boxed{9}\\).",
        False,
        "line 2 completion 12: last boxed '9'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "ch that the product of the segments are equal. This is a characteristic of the intersection of diagonals in a cyclic quadrilateral.\n2. **Similar triangles** due to the cyclic nature of the quadrilateral lead to the conclusion that triangles \\(AED\\) and \\(BEC\\) are similar by AA similarity criterion.\n3. **Key steps and deductions**:\n   - From the intersecting chords theorem, we have \\(AE \\cdot EC = BE \\cdot ED\\).\n   - Using the given ratio \\(\\frac{|AD|}{|DC|} = |BC|\\), we denote \\(|AD| = a\\) and \\(|DC| = b\\), leading to \\(a = k \\cdot b\\).\n   - Using coordinate geometry and trigonometric identities, we explore the relationships between the sides and angles of the triangles formed by the diagonals.\n   - Considering the cyclic nature and the given angle, we deduce the area of the quadrilateral using the properties of cyclic quadrilaterals and the given angle.\n\nAfter extensive analysis and considering the problem structure, the area of quadrilateral \\(ABCD\\) is found to be:\n\n\\[\n\\boxed{9}\n\\]",
        False,
        "line 2 completion 13: last boxed '9'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "in(22.5^\\circ) \\approx 2.296\\)\n     - \\(AD = 6 \\cos(22.5^\\circ) \\approx 5.543\\)\n\n2. **Area of Triangle ABD**:\n   - The area of triangle \\(ABD\\) is calculated as:\n     \\[\n     \\text{Area}_{ABD} = \\frac{1}{2} \\times AB \\times AD \\approx \\frac{1}{2} \\times 2.296 \\times 5.543 \\approx 6.365\n     \\]\n\n3. **Using Given Condition**:\n   - The given condition \\(AD \\cdot CE = DC \\cdot AE\\) implies:\n     \\[\n     \\frac{AD}{DC} = \\frac{AE}{CE}\n     \\]\n   - This suggests that triangles \\(ADE\\) and \\(CDE\\) are similar.\n\n4. **Area of Triangle CBD**:\n   - Triangle \\(CBD\\) is right-angled at \\(C\\).\n   - Using trigonometric identities and the given conditions, we express the area of triangle \\(CBD\\) in terms of known quantities.\n\n5. **Total Area of Quadrilateral \\(ABCD\\)**:\n   - The total area of quadrilateral \\(ABCD\\) is the sum of the areas of triangles \\(ABD\\) and \\(CBD\\).\n   - Given the complexity of the problem and the need for simplification, we conclude that the area of \\(ABCD\\) is:\n\n\\[\n\\boxed{9}\n\\]",
        False,
        "line 2 completion 14: last boxed '9'",
    ),
    (
        "\\boxed{9\\sqrt{2}}",
        "C\\) and \\(AEC\\) might be similar by SAS similarity if the included angles are equal.\n\n3. **Angle Relationships**: Since \\(ABCD\\) is cyclic, angles subtended by the same chord are equal. This gives us relationships between angles at different points in the quadrilateral.\n\n4. **Using Trigonometry**: Given \\(m(\\angle ADB) = 22.5^\\circ\\), we use trigonometric identities and properties of cyclic quadrilaterals to find the necessary angles and sides.\n\n5. **Area Calculation**: The area of a cyclic quadrilateral can be calculated using the formula involving the product of the diagonals and the sine of the angle between them. However, due to the complexity of the problem and the given conditions, we use the properties of similar triangles and the given condition to simplify the problem.\n\n### Conclusion:\nAfter considering the properties of cyclic quadrilaterals, the given conditions, and the trigonometric relationships, we conclude that the area of the quadrilateral \\(ABCD\\) is:\n\n\\[\n\\boxed{9}\n\\]",
        False,
        "line 2 completion 15: last boxed '9'",
    ),
    (
        "\\boxed{45}",
        "t + 5vt = D \\implies 6vt = D \\implies t = \\frac{D}{6v} \\]\n\nAfter they meet:\n- The cyclist turns back to A. The distance remaining for the cyclist to reach A is \\( D - 5vt \\). Since \\( D = 6vt \\), this distance is \\( vt \\). The time for the cyclist to reach A is:\n  \\[ \\frac{vt}{5v} = \\frac{t}{5} \\]\n- The pedestrian continues to B. The distance remaining for the pedestrian to reach B is \\( D - vt \\). This distance is \\( 5vt \\). The time for the pedestrian to reach B is:\n  \\[ \\frac{5vt}{v} = 5t \\]\n\nThe difference in their times is 0.5 hours (30 minutes):\n\\[ 5t - \\frac{t}{5} = 0.5 \\]\n\\[ \\frac{25t - t}{5} = 0.5 \\]\n\\[ \\frac{24t}{5} = 0.5 \\]\n\\[ 24t = 2.5 \\]\n\\[ t = \\frac{2.5}{24} = \\frac{5}{48} \\text{ hours} \\]\n\nThe pedestrian's total time is:\n\\[ t + 5t = 6t \\]\n\\[ 6t = 6 \\times \\frac{5}{48} = \\frac{30}{48} = \\frac{5}{8} \\text{ hours} \\]\n\\[ \\frac{5}{8} \\text{ hours} = \\frac{5}{8} \\times 60 \\text{ minutes} = 37.5 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\boxed{37.5} minutes on the journey.",
        False,
        "line 4 completion 0: last boxed '37.5'",
    ),
    (
        "\\boxed{45}",
        "distance covered by the pedestrian is \\( vt \\) and the distance covered by the cyclist is \\( 5vt \\). Thus, \\( vt + 5vt = D \\) which gives \\( 6vt = D \\) or \\( t = \\frac{D}{6v} \\).\n5. After meeting, the cyclist needs to cover the remaining distance to \\( A \\), which is \\( 5vt \\), at speed \\( 5v \\). The time taken is \\( \\frac{5vt}{5v} = t \\).\n6. After meeting, the pedestrian needs to cover the remaining distance to \\( A \\), which is \\( 5vt \\), at speed \\( v \\). The time taken is \\( \\frac{5vt}{v} = 5t \\).\n7. The cyclist's total time is \\( t + t = 2t \\).\n8. The pedestrian's total time is \\( t + 5t = 6t \\).\n9. The difference in their total times is \\( 6t - 2t = 4t \\). Given this difference is 30 minutes, we have \\( 4t = 30 \\) which gives \\( t = 7.5 \\) minutes.\n10. The pedestrian's total time from \\( B \\) to \\( A \\) is \\( 6t \\). Substituting \\( t = 7.5 \\) minutes, we get \\( 6 \\times 7.5 = 45 \\) minutes.\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey from \\( B \\) to \\( A \\).",
        True,
        "line 4 completion 1: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        " 6vt = D\n  \\]\n\nAfter meeting:\n- The cyclist turns back towards A and needs to cover the remaining \\( 5vt \\) distance to reach A. The time taken for the cyclist to return to A is:\n  \\[\n  \\frac{5vt}{5v} = t\n  \\]\n  So, the cyclist's total time from A to meeting point to A is \\( t + t = 2t \\) hours.\n\n- The pedestrian continues towards A. The remaining distance to A is \\( D - vt \\). Since \\( D = 6vt \\), the remaining distance is:\n  \\[\n  6vt - vt = 5vt\n  \\]\n  The time taken by the pedestrian to reach A is:\n  \\[\n  \\frac{5vt}{v} = 5t\n  \\]\n  So, the pedestrian's total time from B to meeting point to A is \\( t + 5t = 6t \\) hours.\n\nThe problem states that the cyclist returned to A 30 minutes (0.5 hours) earlier than the pedestrian. Therefore:\n\\[\n6t - 2t = 0.5 \\implies 4t = 0.5 \\implies t = 0.125 \\text{ hours}\n\\]\n\nThe pedestrian's total time from B to A is \\( 6t \\):\n\\[\n6t = 6 \\times 0.125 = 0.75 \\text{ hours}\n\\]\n\nThus, the pedestrian spent \\(\\boxed{\\dfrac{3}{4}}\\) hours on the journey from A to B.",
        False,
        "line 4 completion 2: last boxed '\\\\dfrac{3}{4}'",
    ),
    (
        "\\boxed{45}",
        "ts A and B as \\( D \\) km.\n\nWhen they meet:\n- The cyclist has traveled \\( 5v t \\) km from A.\n- The pedestrian has traveled \\( v t \\) km from B.\n- The sum of these distances is the total distance \\( D \\):\n  \\[\n  5v t + v t = D \\implies 6v t = D\n  \\]\n\nAfter meeting:\n- The cyclist turns back towards A and needs to cover \\( 5v t \\) km at speed \\( 5v \\) km/h, which takes \\( t \\) hours.\n- The pedestrian continues towards A and needs to cover \\( D - v t \\) km at speed \\( v \\) km/h, which takes \\( 5t \\) hours.\n\nGiven that the cyclist returned to A 0.5 hours earlier than the pedestrian:\n- The cyclist's total time is \\( t + t = 2t \\) hours.\n- The pedestrian's total time is \\( t + 5t = 6t \\) hours.\n- The difference in their times is 0.5 hours:\n  \\[\n  6t - 2t = 0.5 \\implies 4t = 0.5 \\implies t = 0.125 \\text{ hours}\n  \\]\n\nThe pedestrian's total time is:\n  \\[\n  6t = 6 \\times 0.125 = 0.75 \\text{ hours} = 45 \\text{ minutes}\n  \\]\n\nThus, the pedestrian spent \\boxed{45} minutes on the journey from A to B.",
        True,
        "line 4 completion 3: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "strian has covered \\( v \\cdot t \\) distance from B.\n5. The sum of the distances covered by both until they meet is \\( D \\):\n   \\[\n   5v \\cdot t + v \\cdot t = D \\implies 6v \\cdot t = D \\implies t = \\frac{D}{6v}\n   \\]\n6. After meeting, the cyclist returns to A, which takes time \\( t \\) (since the cyclist needs to cover the same distance \\( 5v \\cdot t \\) back to A at speed \\( 5v \\)).\n7. The pedestrian continues to A, which takes time \\( 5t \\) (since the pedestrian needs to cover the remaining distance \\( 5v \\cdot t \\) at speed \\( v \\)).\n8. The total time taken by the cyclist is \\( t + t = 2t \\).\n9. The total time taken by the pedestrian is \\( t + 5t = 6t \\).\n10. The cyclist returns to A 30 minutes (0.5 hours) earlier than the pedestrian:\n    \\[\n    6t - 2t = 4t = 0.5 \\implies t = \\frac{0.5}{4} = 0.125 \\text{ hours} = 7.5 \\text{ minutes}\n    \\]\n11. The pedestrian's total time is \\( 6t = 6 \\times 7.5 = 45 \\) minutes.\n\nThus, the pedestrian spent \\boxed{45} minutes on the journey from B to A.",
        True,
        "line 4 completion 4: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        " covering the distance \\( v \\cdot t \\) at speed \\( v \\). The time taken is:\n  \\[\n  \\frac{v \\cdot t}{v} = t\n  \\]\n\nHowever, the problem states that the cyclist returned to A 30 minutes (0.5 hours) earlier than the pedestrian. This implies that the time taken by the cyclist to return to A is 30 minutes less than the time taken by the pedestrian to reach A after meeting.\n\n5. The time taken by the cyclist to return to A is \\( t \\).\n6. The time taken by the pedestrian to reach A is \\( 5t \\) (since the pedestrian needs to cover the remaining distance to A, which is \\( 5v \\cdot t \\) at speed \\( v \\)).\n7. The difference in their times is:\n   \\[\n   5t - t = 4t = 0.5 \\text{ hours}\n   \\]\n8. Solving for \\( t \\):\n   \\[\n   4t = 0.5 \\implies t = \\frac{0.5}{4} = 0.125 \\text{ hours} = 7.5 \\text{ minutes}\n   \\]\n\n9. The total time the pedestrian spent on the journey from B to A is:\n   \\[\n   t + 5t = 6t = 6 \\times 7.5 = 45 \\text{ minutes}\n   \\]\n\nThus, the pedestrian spent \\boxed{45} minutes on the journey.",
        True,
        "line 4 completion 5: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "v} \\right) - 2t = 0.5 \\]\n\nSimplifying this equation:\n\n\\[ t + \\frac{D - vt}{v} - 2t = 0.5 \\]\n\\[ \\frac{D}{v} - t - 2t = 0.5 \\]\n\\[ \\frac{D}{v} - 3t = 0.5 \\]\n\nSubstituting \\( D = 6vt \\):\n\n\\[ \\frac{6vt}{v} - 3t = 0.5 \\]\n\\[ 6t - 3t = 0.5 \\]\n\\[ 3t = 0.5 \\]\n\\[ t = \\frac{0.5}{3} \\]\n\\[ t = \\frac{1}{6} \\text{ hours} \\]\n\nThe pedestrian's total time is:\n\n\\[ \\frac{D}{v} = 6t \\]\n\\[ 6 \\times \\frac{1}{6} = 1 \\text{ hour} \\]\n\nConverting this to minutes:\n\n\\[ 1 \\text{ hour} = 60 \\text{ minutes} \\]\n\nHowever, considering the correct calculation, we find:\n\n\\[ \\text{Pedestrian's total time} = 6t = 6 \\times \\frac{1}{4} = \\frac{6}{4} = 1.5 \\text{ hours} \\]\n\nWait, correcting the earlier steps, we realize:\n\nFrom the equation:\n\n\\[ 4t = 0.5 \\]\n\\[ t = \\frac{0.5}{4} = 0.125 \\text{ hours} \\]\n\\[ \\text{Pedestrian's total time} = \\frac{D}{v} = 6t = 6 \\times 0.125 = 0.75 \\text{ hours} \\]\n\\[ 0.75 \\text{ hours} = 45 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey from \\( A \\) to \\( B \\).",
        True,
        "line 4 completion 6: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "\\) be the distance between points \\( A \\) and \\( B \\). Let \\( t \\) be the time they meet after starting. \n\nWhen they meet, the distance covered by the cyclist is \\( 5vt \\) and the distance covered by the pedestrian is \\( vt \\). The sum of these distances is \\( D \\):\n\n\\[ 5vt + vt = D \\]\n\\[ 6vt = D \\]\n\nAfter meeting, the cyclist turns back to \\( A \\) and the pedestrian continues to \\( A \\). The time taken by the cyclist to return to \\( A \\) is \\( t \\) hours, and the time taken by the pedestrian to reach \\( A \\) is \\( 5t \\) hours. The difference in their times is 0.5 hours:\n\n\\[ t_2 - t_1 = 0.5 \\]\n\\[ 5t - t = 0.5 \\]\n\\[ 4t = 0.5 \\]\n\\[ t = 0.125 \\text{ hours} \\]\n\nThe total time the pedestrian spent on the journey from \\( B \\) to \\( A \\) is:\n\n\\[ t + t_2 = t + 5t = 6t \\]\n\\[ 6 \\times 0.125 = 0.75 \\text{ hours} \\]\n\nConverting this to a fraction:\n\n\\[ 0.75 \\text{ hours} = \\frac{3}{4} \\text{ hours} \\]\n\nThus, the pedestrian spent \\(\\boxed{\\dfrac{3}{4}}\\) hours on the journey from \\( A \\) to \\( B \\).",
        False,
        "line 4 completion 7: last boxed '\\\\dfrac{3}{4}'",
    ),
    (
        "\\boxed{45}",
        "rom \\( B \\).\n- The total distance \\( D \\) is the sum of these distances: \\( D = 5v t + v t = 6v t \\).\n\nAfter meeting:\n- The cyclist turns back to \\( A \\) and needs to cover the distance \\( v t \\). The time taken is \\( \\frac{v t}{5v} = \\frac{t}{5} \\).\n- The pedestrian continues to \\( A \\) and needs to cover the distance \\( 5v t \\). The time taken is \\( \\frac{5v t}{v} = 5t \\).\n\nThe total time for the cyclist is \\( t + \\frac{t}{5} = \\frac{6t}{5} \\) hours.\nThe total time for the pedestrian is \\( t + 5t = 6t \\) hours.\n\nGiven that the cyclist arrived 30 minutes (0.5 hours) earlier than the pedestrian:\n\\[ \\frac{6t}{5} = 6t - 0.5 \\]\n\nSolving for \\( t \\):\n\\[ \\frac{6t}{5} = 6t - 0.5 \\]\nMultiply both sides by 5:\n\\[ 6t = 30t - 2.5 \\]\n\\[ -24t = -2.5 \\]\n\\[ t = \\frac{2.5}{24} = \\frac{5}{48} \\text{ hours} \\]\n\nThe pedestrian's total time \\( T \\) is:\n\\[ T = 6t = 6 \\times \\frac{5}{48} = \\frac{30}{48} = \\frac{5}{8} \\text{ hours} \\]\n\nThus, the pedestrian spent \\(\\boxed{\\dfrac{5}{8}}\\) hours on the journey.",
        False,
        "line 4 completion 8: last boxed '\\\\dfrac{5}{8}'",
    ),
    (
        "\\boxed{45}",
        " cyclist turns back towards \\( A \\) and needs to cover the remaining distance to \\( A \\), which is \\( 5v \\cdot t \\). The time taken for the cyclist to return to \\( A \\) is:\n\\[ \\frac{5v \\cdot t}{5v} = t \\]\n\n- The pedestrian continues towards \\( A \\) and needs to cover the remaining distance, which is \\( D - v \\cdot t \\). Since \\( D = 6v \\cdot t \\), the remaining distance is:\n\\[ 6v \\cdot t - v \\cdot t = 5v \\cdot t \\]\nThe time taken for the pedestrian to reach \\( A \\) is:\n\\[ \\frac{5v \\cdot t}{v} = 5t \\]\n\nThe total time for the cyclist is:\n\\[ t + t = 2t \\]\n\nThe total time for the pedestrian is:\n\\[ t + 5t = 6t \\]\n\nThe cyclist returns to \\( A \\) 30 minutes (0.5 hours) earlier than the pedestrian:\n\\[ 6t - 2t = 0.5 \\]\n\\[ 4t = 0.5 \\]\n\\[ t = \\frac{0.5}{4} = 0.125 \\text{ hours} = 7.5 \\text{ minutes} \\]\n\nThe total time for the pedestrian is:\n\\[ 6t = 6 \\times 0.125 = 0.75 \\text{ hours} = 45 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey from \\( B \\) to \\( A \\).",
        True,
        "line 4 completion 9: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "[ \\frac{5vt}{5v} = t \\]\n\nThus, the total time for the cyclist to go from \\( A \\) to \\( B \\) and back to \\( A \\) is:\n\\[ t + t = 2t \\]\n\nFor the pedestrian, after meeting, the remaining distance to \\( A \\) is \\( D - vt \\). The time taken to cover this distance is:\n\\[ \\frac{D - vt}{v} \\]\n\nThe pedestrian's total time to travel from \\( B \\) to \\( A \\) is:\n\\[ t + \\frac{D - vt}{v} \\]\n\nGiven that the cyclist returned to \\( A \\) 30 minutes (0.5 hours) earlier than the pedestrian, we have:\n\\[ t + \\frac{D - vt}{v} - 2t = 0.5 \\]\n\nSince \\( D = 6vt \\), we substitute \\( D \\) in the equation:\n\\[ t + \\frac{6vt - vt}{v} - 2t = 0.5 \\]\n\\[ t + \\frac{5vt}{v} - 2t = 0.5 \\]\n\\[ t + 5t - 2t = 0.5 \\]\n\\[ 4t = 0.5 \\]\n\\[ t = \\frac{0.5}{4} = 0.125 \\text{ hours} \\]\n\nThe pedestrian's total time is:\n\\[ t + \\frac{D - vt}{v} = t + 5t = 6t \\]\n\\[ 6t = 6 \\times 0.125 = 0.75 \\text{ hours} \\]\n\\[ 0.75 \\text{ hours} = 45 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey from \\( A \\) to \\( B \\).",
        True,
        "line 4 completion 10: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "speed \\( v \\), which takes \\( \\frac{D - vt}{v} \\).\n\nSince the cyclist returns to \\( A \\) 30 minutes (0.5 hours) earlier than the pedestrian, we can set up the equation for their total times:\n\n- The cyclist's total time: \\( t + t = 2t \\)\n- The pedestrian's total time: \\( t + \\frac{D - vt}{v} \\)\n\nSubstituting \\( t = \\frac{D}{6v} \\):\n\n- The cyclist's total time: \\( 2 \\times \\frac{D}{6v} = \\frac{D}{3v} \\)\n- The pedestrian's total time: \\( \\frac{D}{6v} + \\frac{D - v \\times \\frac{D}{6v}}{v} = \\frac{D}{6v} + \\frac{D - \\frac{D}{6}}{v} = \\frac{D}{6v} + \\frac{\\frac{5D}{6}}{v} = \\frac{D}{6v} + \\frac{5D}{6v} = \\frac{6D}{6v} = \\frac{D}{v} \\)\n\nThe difference in their total times is 0.5 hours:\n\n\\[ \\frac{D}{v} - \\frac{D}{3v} = 0.5 \\]\n\\[ \\frac{3D - D}{3v} = 0.5 \\]\n\\[ \\frac{2D}{3v} = 0.5 \\]\n\\[ \\frac{2D}{3v} = \\frac{1}{2} \\]\n\\[ \\frac{D}{v} = \\frac{3}{4} \\]\n\\[ \\frac{D}{v} = 0.75 \\text{ hours} = 45 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey from \\( A \\) to \\( B \\).",
        True,
        "line 4 completion 11: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "e pedestrian: \\( d2 = v_p \\cdot t \\).\n   - Total distance: \\( D = d1 + d2 = 5v_p \\cdot t + v_p \\cdot t = 6v_p \\cdot t \\).\n\n3. **After Meeting:**\n   - The cyclist turns back to \\( A \\) and needs to cover distance \\( d1 \\). Time taken: \\( t1 = \\frac{d1}{5v_p} = \\frac{5v_p \\cdot t}{5v_p} = t \\).\n   - The pedestrian continues to \\( A \\) and needs to cover distance \\( D - d2 \\). Time taken: \\( t2 = \\frac{D - d2}{v_p} = \\frac{6v_p \\cdot t - v_p \\cdot t}{v_p} = 5t \\).\n\n4. **Time Difference:**\n   - The cyclist returns to \\( A \\) 30 minutes (0.5 hours) earlier than the pedestrian.\n   - Time difference: \\( t2 - t1 = 5t - t = 4t = 0.5 \\) hours.\n   - Solving for \\( t \\): \\( 4t = 0.5 \\) ⟹ \\( t = 0.125 \\) hours (7.5 minutes).\n\n5. **Total Time for Pedestrian:**\n   - Total time for the pedestrian: \\( t + t2 = t + 5t = 6t \\).\n   - Substituting \\( t = 0.125 \\) hours: \\( 6 \\times 0.125 = 0.75 \\) hours (45 minutes).\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on his journey from \\( B \\) to \\( A \\).",
        True,
        "line 4 completion 12: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        "ist as \\( 5v \\). The distance between points \\( A \\) and \\( B \\) is \\( D \\).\n\nWhen they meet after time \\( t \\), the pedestrian has traveled \\( vt \\) and the cyclist has traveled \\( 5vt \\). The total distance \\( D \\) is the sum of these distances:\n\\[ D = vt + 5vt = 6vt \\]\n\nAfter meeting, the cyclist turns back to \\( A \\) and the pedestrian continues to \\( A \\). The cyclist needs to cover the distance \\( 5vt \\) back to \\( A \\), which takes time \\( t \\). The pedestrian needs to cover the distance \\( 5vt \\) to \\( A \\), which takes time \\( 5t \\).\n\nThe total time for the cyclist is \\( t + t = 2t \\). The total time for the pedestrian is \\( t + 5t = 6t \\). The cyclist arrives at \\( A \\) 30 minutes (0.5 hours) earlier than the pedestrian:\n\\[ 6t - 2t = 0.5 \\]\n\\[ 4t = 0.5 \\]\n\\[ t = \\frac{0.5}{4} = 0.125 \\text{ hours} \\]\n\nThe pedestrian's total time is:\n\\[ 6t = 6 \\times 0.125 = 0.75 \\text{ hours} \\]\n\nThus, the pedestrian spent \\(\\boxed{\\dfrac{3}{4}}\\) hours on the journey from \\( B \\) to \\( A \\).",
        False,
        "line 4 completion 13: last boxed '\\\\dfrac{3}{4}'",
    ),
    (
        "\\boxed{45}",
        "stance \\( D \\) is the sum of these distances: \\( D = 5v \\cdot t + v \\cdot t = 6v \\cdot t \\).\n\nAfter meeting:\n- The cyclist needs to travel back to A, which is \\( 5v \\cdot t \\) distance. The time taken by the cyclist to return to A is \\( \\frac{5v \\cdot t}{5v} = t \\) hours.\n- The pedestrian needs to travel the remaining distance to A, which is \\( 5v \\cdot t \\). The time taken by the pedestrian to reach A is \\( \\frac{5v \\cdot t}{v} = 5t \\) hours.\n\nThe total time taken by the cyclist is \\( t + t = 2t \\) hours.\nThe total time taken by the pedestrian is \\( t + 5t = 6t \\) hours.\n\nGiven that the cyclist returned to A 30 minutes (0.5 hours) earlier than the pedestrian:\n\\[ 6t - 2t = 0.5 \\]\n\\[ 4t = 0.5 \\]\n\\[ t = \\frac{0.5}{4} = 0.125 \\text{ hours} \\]\n\nThe total time taken by the pedestrian is \\( 6t \\):\n\\[ 6t = 6 \\cdot 0.125 = 0.75 \\text{ hours} \\]\n\nConverting 0.75 hours to minutes:\n\\[ 0.75 \\times 60 = 45 \\text{ minutes} \\]\n\nThus, the pedestrian spent \\boxed{45} minutes on the journey from A to B.",
        True,
        "line 4 completion 14: last boxed '45'",
    ),
    (
        "\\boxed{45}",
        " the cyclist has covered \\( 5vt = \\frac{5D}{6} \\).\n6. After meeting, the cyclist travels back to \\( A \\), covering \\( \\frac{5D}{6} \\) at speed \\( 5v \\):\n   \\[\n   \\text{Time taken by cyclist} = \\frac{\\frac{5D}{6}}{5v} = \\frac{D}{6v}\n   \\]\n7. The pedestrian continues to \\( A \\), covering \\( \\frac{5D}{6} \\) at speed \\( v \\):\n   \\[\n   \\text{Time taken by pedestrian} = \\frac{\\frac{5D}{6}}{v} = \\frac{5D}{6v}\n   \\]\n8. The difference in their times is given as 30 minutes (0.5 hours):\n   \\[\n   \\frac{5D}{6v} - \\frac{D}{6v} = 0.5 \\implies \\frac{4D}{6v} = 0.5 \\implies \\frac{2D}{3v} = 0.5 \\implies D = \\frac{3v}{4}\n   \\]\n9. The total time taken by the pedestrian to travel from \\( B \\) to \\( A \\) is:\n   \\[\n   t + \\frac{5D}{6v} = \\frac{D}{6v} + \\frac{5D}{6v} = \\frac{6D}{6v} = \\frac{D}{v}\n   \\]\n10. Substituting \\( D = \\frac{3v}{4} \\):\n    \\[\n    \\frac{D}{v} = \\frac{\\frac{3v}{4}}{v} = \\frac{3}{4} \\text{ hours} = 45 \\text{ minutes}\n    \\]\n\nThus, the pedestrian spent \\(\\boxed{45}\\) minutes on the journey.",
        True,
        "line 4 completion 15: last boxed '45'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "1B \\) and the plane \\( ABC \\).\n   - Points \\( A_1 \\), \\( B_1 \\), and \\( C_1 \\) are perpendicular to \\( ABC \\) at vertices \\( A \\), \\( B \\), and \\( C \\) respectively, with altitudes \\( h_a \\), \\( h_b \\), and \\( h_c \\).\n\n2. **Key Relationships**:\n   - The area \\( S \\) of \\( \\triangle ABC \\) can be expressed as \\( S = \\frac{1}{2} \\times \\text{base} \\times \\text{height} \\).\n   - The altitudes \\( h_a \\), \\( h_b \\), and \\( h_c \\) are related to \\( S \\) by \\( h_a = \\frac{2S}{a} \\), \\( h_b = \\frac{2S}{b} \\), \\( h_c = \\frac{2S}{c} \\).\n   - The circumradius \\( R \\) is given by \\( R = \\frac{a b c}{4S} \\).\n\n3. **Volume Calculation**:\n   - The volume of the tetrahedron formed by these planes can be related to the area \\( S \\) and the circumradius \\( R \\).\n   - Using the relationship between the area \\( S \\), the circumradius \\( R \\), and the altitudes, we find that the volume of the tetrahedron is given by \\( \\frac{S^2}{4R} \\).\n\nThus, the volume of the tetrahedron is:\n\n\\[\n\\boxed{\\dfrac{S^2}{4R}}\n\\]",
        False,
        "line 5 completion 0: last boxed '\\\\dfrac{S^2}{4R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        " the planes are perpendicular to ABC,\n\nthe tetrahedron can be considered as ABC with an elevation along the normal direction.\n\nBut this still doesn't help.\n\nAnother thought:\n\nSince the planes are perpendicular to ABC,\n\nthe distances from A1 to ABC is h_a,\n\nfrom B1 to ABC is h_b,\n\nfrom C1 to ABC is h_c,\n\nbut A1 lies on the plane through AB perpendicular to ABC,\n\nso h_a is the height from A1 to ABC,\n\nbut A1 is also on the plane through AB.\n\nThus, the line A1B is perpendicular to ABC,\n\nso A1 lies along the line perpendicular to ABC at AB.\n\nBut AB is a line on ABC,\n\nso the line perpendicular to ABC at AB would be the normal line at AB,\n\nwhich is a line perpendicular to ABC.\n\nThus, A1 is along this normal line.\n\nThus, the coordinates of A1 can be expressed as AB moved along the normal direction.\n\nBut this seems too abstract.\n\nAlternatively, since all three planes intersect at line ABC,\n\nbut also intersect at S,\n\n forming the tetrahedron ABCS.\n\nThus, perhaps use the formula for the volume in",
        False,
        "line 5 completion 1: no boxed answer in the stored tail",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "Relationships:**\n   - The area \\(S\\) of triangle \\(ABC\\) is related to the circumradius \\(R\\) by the formula \\(S = \\frac{abc}{4R}\\).\n   - The altitudes \\(h_a, h_b, h_c\\) are related to the area \\(S\\) and the sides \\(a, b, c\\) by \\(h_a = \\frac{2S}{a}\\), \\(h_b = \\frac{2S}{b}\\), \\(h_c = \\frac{2S}{c}\\).\n\n3. **Product of Heights:**\n   - The product of the heights \\(h_a h_b h_c\\) is given by:\n     \\[\n     h_a h_b h_c = \\frac{8S^3}{abc}\n     \\]\n   - Using the relationship \\(abc = 4SR\\), we get:\n     \\[\n     h_a h_b h_c = \\frac{8S^3}{4SR} = \\frac{2S^2}{R}\n     \\]\n\n4. **Volume of the Tetrahedron:**\n   - The volume of the tetrahedron formed by the planes \\(ABC\\), \\(A_1B_1C\\), \\(B_1C_1A\\), and \\(C_1A_1B\\) is related to the product of the heights and the area \\(S\\).\n   - Based on the derived relationships and considering the symmetry and properties of the tetrahedron, the volume is found to be proportional to \\(\\frac{S^2}{R}\\).\n\nThus, the volume of the tetrahedron is:\n\n\\[\n\\boxed{\\dfrac{S^2}{R}}\n\\]",
        False,
        "line 5 completion 2: last boxed '\\\\dfrac{S^2}{R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        " - The volume of a tetrahedron can be calculated using the scalar triple product of vectors.\n   - The distance from a point to a plane, and the area of triangles formed by these points.\n\n3. **Coordinate System and Vectors**:\n   - Assign coordinates to points \\(A\\), \\(B\\), \\(C\\), \\(A_1\\), \\(B_1\\), and \\(C_1\\).\n   - Vectors \\(\\vec{AA_1}\\), \\(\\vec{BB_1}\\), and \\(\\vec{CC_1}\\) are perpendicular to the plane \\(ABC\\).\n\n4. **Volume Calculation**:\n   - The volume of the tetrahedron formed by four planes can be complex, but considering the problem's structure, we use the product of areas and heights.\n   - The heights \\(h_a\\), \\(h_b\\), and \\(h_c\\) from \\(A\\), \\(B\\), and \\(C\\) to the opposite sides are related to the area \\(S\\).\n\n5. **Final Formula**:\n   - The volume of the tetrahedron formed by the planes \\(ABC\\), \\(A_1B_1C\\), \\(B_1C_1A\\), and \\(C_1A_1B\\) is given by:\n     \\[\n     \\boxed{\\dfrac{S \\cdot h_a \\cdot h_b \\cdot h_c}{6R}}\n     \\]\n     where \\(R\\) is the circumradius of triangle \\(ABC\\).",
        False,
        "line 5 completion 3: last boxed '\\\\dfrac{S \\\\cdot h_a \\\\cdot h_b \\\\cdot h_c}{6R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "tively.\n\n3. **Equations of Planes**:\n   - Planes \\(A_1B_1C, B_1C_1A, C_1A_1B\\) are considered.\n   - These planes intersect at a point \\(D\\), forming the tetrahedron \\(ABCD\\).\n\n4. **Volume Calculation**:\n   - The volume of the tetrahedron can be calculated using the scalar triple product of vectors.\n   - The coordinates of the intersection point \\(D\\) are found by solving the equations of the planes.\n\n5. **Specific Case Analysis**:\n   - For a specific case with \\(ABC\\) as a right triangle, the volume was calculated using coordinates and the scalar triple product.\n   - The volume was found to be \\(\\frac{1}{9}\\) in the specific case.\n\n6. **General Formula Derivation**:\n   - After considering various approaches and specific cases, the formula for the volume was derived.\n   - The volume is given by \\(\\frac{2 S h_a h_b h_c}{3(h_a + h_b + h_c)}\\).\n\nThus, the volume of the tetrahedron formed by the points \\(A, B, C, A_1, B_1, C_1\\) is:\n\n\\[\n\\boxed{\\dfrac{2 S h_a h_b h_c}{3(h_a + h_b + h_c)}}\n\\]",
        False,
        "line 5 completion 4: last boxed '\\\\dfrac{2 S h_a h_b h_c}{3(h_a + h_b + h_c)}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        " and the points \\(A_1\\), \\(B_1\\), and \\(C_1\\).\n\n2. **Volume Calculation:**\n   - The volume of the tetrahedron can be calculated using the scalar triple product of vectors.\n   - The coordinates of points \\(A_1\\), \\(B_1\\), and \\(C_1\\) are determined by moving along the normals to the plane \\(ABC\\) from the vertices \\(A\\), \\(B\\), and \\(C\\).\n   - Using vector algebra and scalar triple product, the volume \\(V\\) is derived.\n\n3. **Key Steps:**\n   - Express the coordinates of points \\(A_1\\), \\(B_1\\), and \\(C_1\\) in terms of the coordinates of \\(A\\), \\(B\\), and \\(C\\).\n   - Calculate the vectors from the origin to these points.\n   - Use the scalar triple product to find the volume of the tetrahedron.\n\n4. **Final Expression:**\n   - After several steps of algebraic manipulation and considering the relationships between the area \\(S\\), circumradius \\(R\\), and the volume \\(V\\), the volume is expressed in terms of \\(S\\) and \\(R\\).\n\nThe final volume of the tetrahedron is:\n\n\\[\n\\boxed{\\dfrac{S^2}{R}}\n\\]",
        False,
        "line 5 completion 5: last boxed '\\\\dfrac{S^2}{R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "ces \\( AA_1 = h_a \\), \\( BB_1 = h_b \\), and \\( CC_1 = h_c \\).\n\n2. **Expressing Heights in Terms of \\( S \\) and \\( R \\):**\n   - Using the relationship \\( h_a = \\frac{2S}{a} \\), \\( h_b = \\frac{2S}{b} \\), \\( h_c = \\frac{2S}{c} \\).\n   - Using the circumradius formula \\( R = \\frac{abc}{4S} \\), we express \\( h_a \\), \\( h_b \\), and \\( h_c \\) in terms of \\( S \\) and \\( R \\):\n     - \\( h_a = \\frac{b c}{2R} \\)\n     - \\( h_b = \\frac{a c}{2R} \\)\n     - \\( h_c = \\frac{a b}{2R} \\)\n\n3. **Volume Calculation:**\n   - The volume of the tetrahedron formed by the planes \\( A_1B_1C \\), \\( B_1C_1A \\), \\( C_1A_1B \\), and \\( ABC \\) is sought.\n   - Using geometric properties and known formulas, the volume is found to be related to the area \\( S \\) and circumradius \\( R \\).\n\n4. **Final Volume:**\n   - The volume of the tetrahedron is given by \\( \\frac{S^2}{3R} \\).\n\nThus, the volume of the tetrahedron formed by the planes \\( A_1B_1C \\), \\( B_1C_1A \\), \\( C_1A_1B \\), and \\( ABC \\) is:\n\n\\[\n\\boxed{\\dfrac{S^2}{3R}}\n\\]",
        False,
        "line 5 completion 6: last boxed '\\\\dfrac{S^2}{3R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "   - The tetrahedron is formed by the planes \\(A_1B_1C\\), \\(B_1C_1A\\), \\(C_1A_1B\\), and \\(ABC\\).\n\n2. **Key Steps:**\n   - The area \\(S\\) of triangle \\(ABC\\) can be expressed in terms of its sides and altitudes: \\(S = \\frac{1}{2} \\times BC \\times h_a = \\frac{1}{2} \\times AC \\times h_b = \\frac{1}{2} \\times AB \\times h_c\\).\n   - The circumradius \\(R\\) of triangle \\(ABC\\) is given by \\(R = \\frac{a b c}{4S}\\), where \\(a\\), \\(b\\), and \\(c\\) are the sides of the triangle.\n   - The coordinates of points \\(A_1\\), \\(B_1\\), and \\(C_1\\) are determined by lifting \\(A\\), \\(B\\), and \\(C\\) perpendicular to the opposite sides by heights \\(h_a\\), \\(h_b\\), and \\(h_c\\).\n\n3. **Volume Calculation:**\n   - The volume of the tetrahedron formed by the planes \\(A_1B_1C\\), \\(B_1C_1A\\), \\(C_1A_1B\\), and \\(ABC\\) is derived using known formulas and properties of the triangle and its circumradius.\n   - The volume is found to be \\(\\frac{S^2}{3R}\\).\n\nThus, the volume of the tetrahedron is:\n\n\\[\n\\boxed{\\dfrac{S^2}{3R}}\n\\]",
        False,
        "line 5 completion 7: last boxed '\\\\dfrac{S^2}{3R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        " points \\(A_1\\), \\(B_1\\), and \\(C_1\\) are perpendicular to the plane \\(ABC\\).\n\n2. **Key Relations:**\n   - The distances from \\(A\\), \\(B\\), and \\(C\\) to the opposite sides are the altitudes of the triangle \\(ABC\\).\n   - The heights \\(ha\\), \\(hb\\), and \\(hc\\) are related to the area \\(S\\) and the sides of the triangle: \\(ha = \\frac{2S}{a}\\), \\(hb = \\frac{2S}{b}\\), \\(hc = \\frac{2S}{c}\\).\n   - The circumradius \\(R\\) of triangle \\(ABC\\) is given by \\(R = \\frac{abc}{4S}\\).\n\n3. **Volume Calculation:**\n   - The volume of the tetrahedron formed by the planes can be related to the area \\(S\\) and the circumradius \\(R\\).\n   - Using the relationship between the heights and the area, we find that the product of the heights \\(ha\\), \\(hb\\), and \\(hc\\) is related to \\(S\\) and \\(R\\).\n\n4. **Final Result:**\n   - After considering the geometric properties and relationships, the volume of the tetrahedron is found to be \\(\\frac{S^2}{R}\\).\n\nThus, the volume of the tetrahedron is:\n\n\\[\n\\boxed{\\dfrac{S^2}{R}}\n\\]",
        False,
        "line 5 completion 8: last boxed '\\\\dfrac{S^2}{R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "ions:**\n   - Place triangle \\(ABC\\) in the xy-plane with coordinates: \\(A(0, 0)\\), \\(B(c, 0)\\), \\(C(d, e)\\).\n   - Points \\(A_1, B_1, C_1\\) are along the perpendiculars from \\(A, B, C\\) with heights \\(h_a, h_b, h_c\\).\n\n3. **Volume Calculation:**\n   - The volume of a tetrahedron can be calculated using the scalar triple product.\n   - Using the coordinates of points \\(A, B, C, P\\) (where \\(P\\) is the intersection of the three planes), the volume can be expressed in terms of the determinant of the matrix formed by these coordinates.\n\n4. **Simplifying the Problem:**\n   - Using properties of the triangle and the given lengths, we express the coordinates in terms of \\(S\\) and \\(R\\).\n   - The volume is found to be related to the area \\(S\\) and circumradius \\(R\\).\n\n5. **Final Result:**\n   - After considering the geometric properties and simplifying the expressions, the volume of the tetrahedron is found to be \\(\\frac{S^2}{R}\\).\n\nThus, the volume of the tetrahedron is \\(\\boxed{\\dfrac{S^2}{R}}\\).",
        False,
        "line 5 completion 9: last boxed '\\\\dfrac{S^2}{R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "the planes \\(ABC\\), \\(A_1B_1C\\), \\(B_1C_1A\\), and \\(C_1A_1B\\) involves the product of the area \\(S\\) and the distances from the vertices to the opposite sides.\n   - The volume is derived using the relationship between the area \\(S\\), the altitudes \\(h_a, h_b, h_c\\), and the circumradius \\(R\\).\n\n4. **Final Formula**:\n   - The volume \\(V\\) of the tetrahedron is given by:\n     \\[\n     V = \\frac{S \\cdot h_a \\cdot h_b \\cdot h_c}{6R}\n     \\]\n   - Substituting \\(h_a = \\frac{2S}{a}\\), \\(h_b = \\frac{2S}{b}\\), \\(h_c = \\frac{2S}{c}\\) and using the law of sines, we simplify the formula to:\n     \\[\n     V = \\frac{S^3}{3R^2}\n     \\]\n   - However, considering the problem constraints and the relationship between the altitudes and the circumradius, the final formula is:\n     \\[\n     V = \\frac{S \\cdot h_a \\cdot h_b \\cdot h_c}{6R}\n     \\]\n\nThus, the volume of the tetrahedron formed by the planes \\(ABC\\), \\(A_1B_1C\\), \\(B_1C_1A\\), and \\(C_1A_1B\\) is:\n\n\\[\n\\boxed{\\dfrac{S \\cdot ha \\cdot hb \\cdot hc}{6R}}\n\\]",
        False,
        "line 5 completion 10: last boxed '\\\\dfrac{S \\\\cdot ha \\\\cdot hb \\\\cdot hc}{6R}'",
    ),
    (
        "\\boxed{\\dfrac{4 S_{\\triangle} R}{3}}",
        "- The tetrahedron is formed by the planes \\( A_{1}B_{1}C \\), \\( B_{1}C_{1}A \\), \\( C_{1}A_{1}B \\), and \\( ABC \\).\n\n2. **Key Relations**:\n   - The area \\( S \\) of triangle \\( ABC \\) is given.\n   - The circumradius \\( R \\) of triangle \\( ABC \\) is given.\n   - The distances from the vertices to the orthocenter \\( H \\) of \\( ABC \\) are related to the area and the circumradius: \\( h_a = \\frac{2S}{a} \\), \\( h_b = \\frac{2S}{b} \\), \\( h_c = \\frac{2S}{c} \\).\n\n3. **Volume Calculation**:\n   - The volume of the tetrahedron formed by the planes \\( A_{1}B_{1}C \\), \\( B_{1}C_{1}A \\), \\( C_{1}A_{1}B \\), and \\( ABC \\) is derived using the relationship between the area \\( S \\) and the circumradius \\( R \\).\n   - Using the relation \\( h_a h_b h_c = \\frac{2S^2}{R} \\) and considering the volume formula for the tetrahedron, we find the volume.\n\n4. **Final Volume Formula**:\n   - The volume of the tetrahedron is given by \\( \\frac{S^2}{3R} \\).\n\nThus, the volume of the tetrahedron is \\(\\boxed{\\dfrac{S^2}{3R}}\\).",
        False,
        "line 5 completion 11: last boxed '\\\\dfrac{S^2}{3R}'",
    ),
]

CASES: list[dict[str, object]] = [
    _c(AREAL, AREAL_AT, gold, pred, False, ok, why) for gold, pred, ok, why in _ROWS
]

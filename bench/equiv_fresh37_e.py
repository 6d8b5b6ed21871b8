r"""A thirty-seventh fresh set of answer-equivalence cases (evaluation only; helper "e":
answer checkers and graders written for non-English maths content -- here a Vietnamese
grade-5/6 numeric answer checker whose tests list accepted and rejected forms).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh37_claims). Each case gives the reference answer
(``gold``), the prediction (``pred``: a bare answer to be put in ``\boxed{}`` when ``wrap`` is
True, else the whole completion as written) and the verdict (``expected``). ``where`` is
``path@commit`` in ``repo`` on github.com. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- haihttsdv-lang/on-luyen-toan-vao-6 (a Vietnamese entrance-exam practice app for pupils going
  into grade 6) ``src/core/answer-checker/check-numeric.test.ts``
  @ fd2e13a6a4feee854da249876cc2d3e333e75fde (vitest: ``checkNumericAnswer(spec, studentInput)``
  ``toEqual({status: 'correct'})`` -> True, ``{status: 'incorrect'}`` or ``status ==
  'wrong_unit'`` -> False; ``gold`` is the spec's ``acceptedValues`` (joined with ", " for the
  ``kind: 'list'`` spec, whose answers may come in any order; with the spec's ``unit`` appended
  for the unit test), ``pred`` the pupil's input). The find_files index holds the file at commit
  58fbca2f90e9c54b26ef9564575f3f9a6ee21b01; the copy read is the fetched HEAD above.
  No license file.

Notes on the source's conventions (by design, not bugs): the comma is the Vietnamese decimal
mark (``4,65`` = 4.65); for a spec marked ``isInteger`` a point or a space groups thousands
(``1.000`` = ``1 000`` = 1000); a mixed number ``1 1/2`` is 3/2; a unit may be omitted but a
different unit is wrong; the FR-M11 cases carry the spec's absolute ``tolerance`` (0, 0.01,
0.001), named in ``why``.

Left out, by rule: the form-policy cases that set ``requireExactForm`` (0.5 refused for a
fraction answer) or ``requireSimplified`` (2/4 refused, 1/2 kept) -- they test a per-question
form option, not the value; the ``format_error`` cases (empty input for 0, the word ``năm``
("five") for 5, ``1/0``), which give no correct/incorrect verdict. The app's exercise files list
``acceptedValues`` such as ``['2.4', '2,4']``; they only repeat the point/comma pair the tests
already cover and are not transcribed.

Examined and not used: thayphatdaytoan-commits/toan8-app (Vietnamese grade-8 app; its
``shortAnswerIsCorrect`` has no tests and its answer keys live in Firestore, not the repo);
rongchenxu100/shuxueshuo (Chinese solver; its tests check solver state lineage and an
expression evaluator, no answer pairs); izaro-c/Matematika, wilsonkim6787-lang/ausuhak,
martinkellerprivate-jpg/Mathe-Trainer-App, ffff5912/sansu, gky6661203/zhiXiShuXue,
sunfeixun/shuxue, caiboduo-create/shuxue, zhaolianpeng/gaokao-ai, duola15/gaokao-ai (no answer
checker tests); madkhab/test-preparation-cvut (Czech exam prep; its checker has no tests);
Theo-Reed/GaokaoSprint (snapshot over the size limit); phongdt229-svg/toan-ai,
quanlaogialata-prog/ESMART-TOAN-HOC-PRO, b4schh/toan-thay-bee-mobile-app,
dathien/on-tap-toan-thpt, nguyenthao5898144-art/TOAN-THPT, TMA2015/roadmap-toan-thcs,
rawriden-max/epe-matematika-engine-2-, BebaKE470/matematika-platforma,
aminelga-ship-it/MatematikaAI, KokunoYumeto/program-matematika-indonesia, xuxutadie/shuxue,
xman-berlin/mathe-trainer, jstiller05-crypto/Mathe-trainer (no snapshot, or nothing relevant
in the tree). Found through the string index but already used by earlier sets: mahirkurt/Tedy
(Turkish), aoaoAi2026/study-math (Chinese accepted-answer lists), ototonari/funtasy (Japanese),
KivenCyril/MathGrader (claimed in fresh30), and several German/Russian/Uzbek decimal-comma
suites. Found through the string index but not traceable to a repository and commit within the
look-up budget: a Rust OlymMATH ``answers_match`` test with Chinese completions, a Chinese
``math_matcher`` wrapper of math_verify with built-in self-tests, a Chinese
``MathAnswerComparator`` script (7 cases, units such as 种), a Korean CS-exam
``gradeBlankAnswer`` suite (full-width ``１／２``), a Chinese candy-puzzle probe grader, and a
Chinese grading test plan (``answers_equal("三百七十二", "372")``) whose code was not found.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "haihttsdv-lang/on-luyen-toan-vao-6"
R1_AT = "src/core/answer-checker/check-numeric.test.ts@fd2e13a6a4feee854da249876cc2d3e333e75fde"

CASES = [
    # FR-M05: decimal comma and decimal point are the same
    _c(
        R1,
        R1_AT,
        gold=r"4.65",
        pred=r"4,65",
        wrap=True,
        expected=True,
        why="FR-M05 chấp nhận dấu phẩy kiểu Việt Nam (Vietnamese decimal comma)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4.65",
        pred=r"4.65",
        wrap=True,
        expected=True,
        why="FR-M05 chấp nhận dấu chấm",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"4,65",
        pred=r"4.65",
        wrap=True,
        expected=True,
        why="FR-M05 hai cách viết ra cùng kết quả (answer stored with a comma)",
    ),
    # FR-M06: fraction and decimal are the same answer
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"0,5",
        wrap=True,
        expected=True,
        why="FR-M06 1/2 và 0,5 là cùng đáp án",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="FR-M06 0.5 và đáp án phân số 1/2",
    ),
    # FR-M07: unreduced fraction accepted by default
    _c(
        R1,
        R1_AT,
        gold=r"1/2",
        pred=r"2/4",
        wrap=True,
        expected=True,
        why="FR-M07 2/4 được chấp nhận khi đáp án là 1/2",
    ),
    # FR-M08: mixed numbers
    _c(
        R1,
        R1_AT,
        gold=r"3/2",
        pred=r"1 1/2",
        wrap=True,
        expected=True,
        why="FR-M08 1 1/2 và 3/2 tương đương (mixed number)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1 1/2",
        pred=r"3/2",
        wrap=True,
        expected=True,
        why="FR-M08 3/2 khớp đáp án hỗn số (gold is the mixed number)",
    ),
    # FR-M09: spaces and thousands separators (spec isInteger: true)
    _c(
        R1,
        R1_AT,
        gold=r"1000",
        pred=r"1 000",
        wrap=True,
        expected=True,
        why='FR-M09 "1 000" bằng 1000 (integer answer, space groups thousands)',
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1000",
        pred=r"1.000",
        wrap=True,
        expected=True,
        why='FR-M09 "1.000" bằng 1000 (integer answer; the point groups thousands in Vietnamese)',
    ),
    _c(
        R1,
        R1_AT,
        gold=r"1000",
        pred=r"1000",
        wrap=True,
        expected=True,
        why='FR-M09 "1000" bằng 1000',
    ),
    # FR-M10: units (spec acceptedValues ['5'], unit 'cm')
    _c(
        R1,
        R1_AT,
        gold=r"5 cm",
        pred=r"5 cm",
        wrap=True,
        expected=True,
        why="FR-M10 nhập kèm đơn vị đúng vẫn được chấp nhận (spec: 5, unit cm)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5 cm",
        pred=r"5",
        wrap=True,
        expected=True,
        why="FR-M10 không nhập đơn vị vẫn đúng (unit may be omitted)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"5 cm",
        pred=r"5 m",
        wrap=True,
        expected=False,
        why="FR-M10 nhập sai đơn vị bị tính là sai (status wrong_unit)",
    ),
    # FR-M11: tolerance given by the spec
    _c(
        R1,
        R1_AT,
        gold=r"3.14",
        pred=r"3.141",
        wrap=True,
        expected=False,
        why="FR-M11 mặc định tolerance=0 khớp tuyệt đối",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.14159",
        pred=r"3.14",
        wrap=True,
        expected=True,
        why="FR-M11 tolerance 0.01 chấp nhận sai số nhỏ (số pi); by-design absolute tolerance",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"3.14159",
        pred=r"3.2",
        wrap=True,
        expected=False,
        why="FR-M11 tolerance 0.001 vẫn từ chối nếu lệch quá ngưỡng",
    ),
    # FR-M12: list of answers, any order, none missing or extra (isInteger)
    _c(
        R1,
        R1_AT,
        gold=r"121, 131, 141",
        pred=r"131, 121, 141",
        wrap=True,
        expected=True,
        why="FR-M12 liệt kê đủ và đúng thứ tự bất kỳ (kind list, any order)",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"121, 131, 141",
        pred=r"121, 131",
        wrap=True,
        expected=False,
        why="FR-M12 thiếu một giá trị bị tính sai",
    ),
    _c(
        R1,
        R1_AT,
        gold=r"121, 131, 141",
        pred=r"121, 131, 141, 151",
        wrap=True,
        expected=False,
        why="FR-M12 thừa giá trị bị tính sai",
    ),
    # FR-M13: negatives and zero
    _c(R1, R1_AT, gold=r"-3", pred=r"-3", wrap=True, expected=True, why="FR-M13 nhận đúng số âm"),
    _c(
        R1,
        R1_AT,
        gold=r"0",
        pred=r"0",
        wrap=True,
        expected=True,
        why="FR-M13 không nhầm số 0 với chuỗi rỗng",
    ),
]

r"""A twenty-seventh fresh set of answer-equivalence cases (evaluation only; helper "h": maths
answer checkers written for Chinese and Japanese users - a Chinese primary-school olympiad
question bank's accepted-answer lists, a Guangzhou zhongkao study app's grading self-test, a
Japanese calculation-training app's answer-service tests, a Taiwanese publisher's answer
formatter, a Japanese learning app's answer-judgment suite).

Cases are transcribed from repositories that no earlier set used (checked against
bench/data/README.md, bench/equiv_issues_*.py, the docstrings of bench/equiv_fresh*.py,
bench/data/equiv_fresh4.md and /work/wt/fresh27_claims, and claimed there before transcribing).
Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}`` when ``wrap`` is True, else the whole completion as written) and the verdict
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values the
program reads (a JS ``'\\ x'`` is stored as ``r"\ x"``). Full-width digits and signs (``１２``,
``－3``, ``（2，3）``), Unicode minus ``−``, primes ``′``, superscripts ``²`` and Chinese
numerals are kept as written. Do not tune the judge on these cases.

Sources (repo, path @ commit, what is asserted, license of the stored copy):

- aoaoAi2026/study-math ``public/content/question-bank/common/*.json``
  @ c98179e35a8f4524e883151a7dd959ac5a7be602 (a Chinese primary-school maths / olympiad question
  bank written by hand through the repo's generator scripts; each ``fill`` question has an
  ``answer`` and an ``acceptableAnswers`` list that the app's ``checkAnswer``
  (``src/services/postTest.ts``) accepts as correct: an answer key listing accepted forms, so
  every case is gold = ``answer``, pred = another listed form, expected True). No license file.
- gavenlv/xueer ``scripts/validate-entry.ts`` @ 11b95d3aa659193be1aabda80e6ae3ab6e8faefb (read
  through the file index; the repo could not be fetched) - a Guangzhou zhongkao study app's
  grading self-test: ``mathCases: [input, answer, expect, note]`` checked as
  ``checkFill(input, answer, 'strict') === expect``; "数学判分用例". No LICENSE in the index.
- naru18vr/calculation-training5-app ``src/services/answerService.test.ts``
  @ 07fbfaaa65090ef7df4a060d61452c7fe6244e82 (a Japanese calculation-training app;
  ``isAnswerCorrect(input, expected)`` is ``true`` / ``false``). No license file.
- hanlin-edu-tech/answer-formatter ``test/answerFormatter.test.js``
  @ 861636aa7c3f29effc6f28da9aa29e9ba34e2509 (eHanlin, a Taiwanese textbook publisher;
  ``answerFormatter.equals(a, b)`` is ``true``; symmetric, so gold = the second argument). MIT.
- Shu-ice/self_talk_learning ``tests/answerJudgmentTest.ts``
  @ 2bfa7526d02564639ca683e897b2ae1f6625a8f6 (a Japanese learning app's
  ``AnswerJudgmentTestSuite``: ``{studentAnswer, correctAnswer, expectedVerdict}`` run through
  ``precisionAnswerJudgment.judgeAnswerFlexible``; ``'correct'`` = True, ``'incorrect'`` = False;
  a numeric ``correctAnswer`` such as ``4.8`` is stored as its string ``"4.8"``, and the string /
  number twins of one pair are kept once). No license file.

Left out, by rule: study-math's ``choice`` questions (an option index), and two listed
"acceptable" forms that are not the key's value - ``cm-dm-13`` (key ``400/3``, the listed ``133``
is a rounding, and the worked solution gives 100) and ``cm-pl-11`` (key ``23`` (%), the listed
``22`` is a truncation of 22.8) - because they are tolerance policies, not the same answer; of
the 191 listed Chinese-numeral spellings of integer keys (``8`` / ``八``) only every fifth in file
order is taken (files sorted by name, questions in file order), all 19 other alternatives are
taken. xueer: its ``fillCases`` (Chinese / English text answers and the ``60|六十`` key, whose
``|``-separated list is the app's own key syntax) and ``duanjuCases`` (classical-Chinese
sentence punctuation). A later stored version of ``scripts/validate-entry.ts`` also has
``numericCases`` (physics / chemistry values with units and ``|`` keys); its commit could not be
pinned from the index, so none is used. naru18vr: ``normalizeAnswer('ＳＱＲＴ ９') === '√9'``
(normalisation only). hanlin answer-formatter: the format-only tests and the text pairs
(``台灣``/``臺灣``, ``O``/``true``, ``《test》``, variant characters, quotes, ``＝``/``=``): not
maths answers. self_talk_learning: the two ``'close'`` verdicts (``4.79`` and ``4.5`` against
``4.8``: a "nearly" grade with no binary verdict) and the three word answers (``速さ``, ``area``,
``三角形の面積``); ``testAnswerJudgment.js`` repeats the same pairs.

Examined and not used: chipfighter/gaokao_tutor fe0b1d32 (tests of an LLM tutor's graph, no
answer verdicts); wangxiao13078-art/zhongkao-math-pwa 8399ed3f (no tests); yutogasaki/sansu
47831f92 (a Japanese arithmetic app; ``checkAnswer("number", "42", "43")`` - only identical /
different integers and choice letters); youngjin-create/Korean-math-word-problems-solver
55faec42 (the solver's outputs compared with an answer sheet: an automatic match);
5kozarskabrigada/chinese-math-back and GoutForQudrat/arabic-math-server (no tests);
tonionagauzzi/SansuuKids d0ce950a (score counting, integers only); insensible104/GaokaoAgent,
JaniceWei99/Gaokao-Review-New, hugnet/zhongkao-ai (admission advice / no answer checking);
Zbt750/knowflow- (already used by fresh5); a Korean CS-exam app's ``gradeBlankAnswer`` tests, a
Chinese K-12 ``safe_math_equal`` test, a Japanese ``checkUserAnswer`` test and a Chinese LLM-judge
stress script found through the string index could not be traced to a repository and commit.

The cases continue in bench/equiv_fresh27_h2.py (split for length; order kept).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

R1 = "aoaoAi2026/study-math"
R1_COMMIT = "c98179e35a8f4524e883151a7dd959ac5a7be602"


def _sm(name: str) -> str:
    return f"public/content/question-bank/common/{name}@{R1_COMMIT}"


R2 = "gavenlv/xueer"
R2_AT = "scripts/validate-entry.ts@11b95d3aa659193be1aabda80e6ae3ab6e8faefb"
R3 = "naru18vr/calculation-training5-app"
R3_AT = "src/services/answerService.test.ts@07fbfaaa65090ef7df4a060d61452c7fe6244e82"
R4 = "hanlin-edu-tech/answer-formatter"
R4_AT = "test/answerFormatter.test.js@861636aa7c3f29effc6f28da9aa29e9ba34e2509"
R5 = "Shu-ice/self_talk_learning"
R5_AT = "tests/answerJudgmentTest.ts@2bfa7526d02564639ca683e897b2ae1f6625a8f6"

CASES = [
    # study-math: answer key with acceptableAnswers (fill questions); forms other than a
    # Chinese-numeral integer, then the sampled Chinese-numeral spellings
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"7:45",
        pred=r"7点45",
        wrap=True,
        expected=True,
        why="cm-ad-11",
    ),
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"7:45",
        pred=r"7点45分",
        wrap=True,
        expected=True,
        why="cm-ad-11",
    ),
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"7:45",
        pred=r"7时45分",
        wrap=True,
        expected=True,
        why="cm-ad-11",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"3/5",
        pred=r"五分之三",
        wrap=True,
        expected=True,
        why="cm-fa-01",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"5/9",
        pred=r"九分之五",
        wrap=True,
        expected=True,
        why="cm-fa-02",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"1",
        pred=r"7/7",
        wrap=True,
        expected=True,
        why="cm-fa-03",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"5/6",
        pred=r"六分之五",
        wrap=True,
        expected=True,
        why="cm-fa-04",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"1/2",
        pred=r"二分之一",
        wrap=True,
        expected=True,
        why="cm-fa-05",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"1/2",
        pred=r"3/6",
        wrap=True,
        expected=True,
        why="cm-fa-05",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"2 3/4",
        pred=r"2又3/4",
        wrap=True,
        expected=True,
        why="cm-fa-06",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"2 3/4",
        pred=r"11/4",
        wrap=True,
        expected=True,
        why="cm-fa-06",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"1 1/2",
        pred=r"3/2",
        wrap=True,
        expected=True,
        why="cm-fa-08",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"1 1/2",
        pred=r"1又1/2",
        wrap=True,
        expected=True,
        why="cm-fa-08",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"3 1/20",
        pred=r"61/20",
        wrap=True,
        expected=True,
        why="cm-fa-14",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"3 1/20",
        pred=r"3又1/20",
        wrap=True,
        expected=True,
        why="cm-fa-14",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"7 1/9",
        pred=r"64/9",
        wrap=True,
        expected=True,
        why="cm-fa-15",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"7 1/9",
        pred=r"7又1/9",
        wrap=True,
        expected=True,
        why="cm-fa-15",
    ),
    _c(
        R1,
        _sm("fraction-split-common.json"),
        gold=r"9/10",
        pred=r"0.9",
        wrap=True,
        expected=True,
        why="cm-fs-01",
    ),
    _c(
        R1,
        _sm("fraction-split-common.json"),
        gold=r"101/2",
        pred=r"50.5",
        wrap=True,
        expected=True,
        why="cm-fs-17",
    ),
    # the Chinese-numeral spelling of an integer key: every fifth such row in file order
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"8",
        pred=r"八",
        wrap=True,
        expected=True,
        why="cm-ad-01",
    ),
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"10",
        pred=r"十",
        wrap=True,
        expected=True,
        why="cm-ad-06",
    ),
    _c(
        R1,
        _sm("addition-within-20.json"),
        gold=r"4",
        pred=r"四",
        wrap=True,
        expected=True,
        why="cm-ad-12",
    ),
    _c(
        R1,
        _sm("age-problem-common.json"),
        gold=r"25",
        pred=r"二十五",
        wrap=True,
        expected=True,
        why="cm-ag-02",
    ),
    _c(
        R1,
        _sm("age-problem-common.json"),
        gold=r"6",
        pred=r"六",
        wrap=True,
        expected=True,
        why="cm-ag-07",
    ),
    _c(
        R1,
        _sm("age-problem-common.json"),
        gold=r"5",
        pred=r"五",
        wrap=True,
        expected=True,
        why="cm-ag-12",
    ),
    _c(
        R1,
        _sm("age-problem-common.json"),
        gold=r"14",
        pred=r"十四",
        wrap=True,
        expected=True,
        why="cm-ag-17",
    ),
    _c(
        R1,
        _sm("area-perimeter-common.json"),
        gold=r"8",
        pred=r"八",
        wrap=True,
        expected=True,
        why="cm-ap-05",
    ),
    _c(
        R1,
        _sm("area-perimeter-common.json"),
        gold=r"60",
        pred=r"六十",
        wrap=True,
        expected=True,
        why="cm-ap-10",
    ),
    _c(
        R1,
        _sm("area-perimeter-common.json"),
        gold=r"45",
        pred=r"四十五",
        wrap=True,
        expected=True,
        why="cm-ap-15",
    ),
    _c(
        R1,
        _sm("chicken-rabbit.json"),
        gold=r"3",
        pred=r"三",
        wrap=True,
        expected=True,
        why="cm-cr-02",
    ),
    _c(
        R1,
        _sm("chicken-rabbit.json"),
        gold=r"8",
        pred=r"八",
        wrap=True,
        expected=True,
        why="cm-cr-08",
    ),
    _c(
        R1,
        _sm("chicken-rabbit.json"),
        gold=r"11",
        pred=r"十一",
        wrap=True,
        expected=True,
        why="cm-cr-13",
    ),
    _c(
        R1,
        _sm("chicken-rabbit.json"),
        gold=r"34",
        pred=r"三十四",
        wrap=True,
        expected=True,
        why="cm-cr-18",
    ),
    _c(
        R1,
        _sm("counting-game.json"),
        gold=r"30",
        pred=r"三十",
        wrap=True,
        expected=True,
        why="cm-cg-05",
    ),
    _c(
        R1,
        _sm("counting-game.json"),
        gold=r"5",
        pred=r"五",
        wrap=True,
        expected=True,
        why="cm-cg-11",
    ),
    _c(
        R1,
        _sm("diff-multiple-common.json"),
        gold=r"36",
        pred=r"三十六",
        wrap=True,
        expected=True,
        why="cm-dm-04",
    ),
    _c(
        R1,
        _sm("diff-multiple-common.json"),
        gold=r"150",
        pred=r"一百五十",
        wrap=True,
        expected=True,
        why="cm-dm-09",
    ),
    _c(
        R1,
        _sm("diff-multiple-common.json"),
        gold=r"20",
        pred=r"二十",
        wrap=True,
        expected=True,
        why="cm-dm-15",
    ),
    _c(
        R1,
        _sm("equation-intro.json"),
        gold=r"14",
        pred=r"十四",
        wrap=True,
        expected=True,
        why="cm-eq-02",
    ),
    _c(
        R1,
        _sm("equation-intro.json"),
        gold=r"16",
        pred=r"十六",
        wrap=True,
        expected=True,
        why="cm-eq-07",
    ),
    _c(
        R1,
        _sm("equation-intro.json"),
        gold=r"4",
        pred=r"四",
        wrap=True,
        expected=True,
        why="cm-eq-13",
    ),
    _c(
        R1,
        _sm("fraction-add-sub-common.json"),
        gold=r"20",
        pred=r"二十",
        wrap=True,
        expected=True,
        why="cm-fa-13",
    ),
]

r"""fresh65_a, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh65_a.py
names (justghostit, asfairaname, davescomputertips, the OpenAI forum thread 327848, mindmatters,
humanspark, the hn.masterscheme.cn Hacker News mirror, readerfi, helloacm), transcribed under the
same rules; see that module's docstring for the sources, conventions and what was left out. Do not
tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_fresh65_a import (
    ACM,
    ACM_95555,
    DAVE,
    DAVE_FLOP,
    FAIR,
    FAIR_HW,
    GHOST,
    GHOST_911,
    HNM,
    HNM_39594562,
    MIND,
    MIND_GRADE9,
    OAI,
    OAI_327848,
    READERFI,
    READERFI_7917,
    SPARK,
    SPARK_SALLY,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # justghostit.com: "Which is larger, 9.11 or 9.9?"
    _c(
        GHOST,
        GHOST_911,
        gold=r"9.9",
        pred=r"9.11",
        wrap=True,
        expected=False,
        why="'Even the powerful GPT-4o firmly believes that 9.11 is larger. Google's Gemini Advanced"
        " ... gives the same incorrect answer.'",
    ),
    _c(
        GHOST,
        GHOST_911,
        gold=r"9.9",
        pred=r"As shown above, 9.11 is larger than 9.90 by 0.01.",
        wrap=False,
        expected=False,
        why="Claude 3.5 Sonnet: 'Up to this point, the reasoning is correct, but then it suddenly"
        " becomes illogical'",
    ),
    # asfairaname.substack.com: a 3x3 linear system graded by the author
    _c(
        FAIR,
        FAIR_HW,
        gold=r"x=2, y=1, z=-2",
        pred=r"Therefore, the values of x, y, and z are x = 1, y = -1/2, and z = 3/2.",
        wrap=False,
        expected=False,
        why="'Note: x=2, y=1, z=-2' ... 'This is the first error and everything after this is also"
        " incorrect.'",
    ),
    # davescomputertips.com: a side of the 75-45-60 triangle, "AI Try #1"
    _c(
        DAVE,
        DAVE_FLOP,
        gold=r"196.0 feet",
        pred=r"-85.97 feet",
        wrap=True,
        expected=False,
        why="'The correct answer is 196.0 feet' ... 'Google Bard gave me -85.97 feet'; 'all four of"
        " the AI systems ... failed'",
    ),
    _c(
        DAVE,
        DAVE_FLOP,
        gold=r"196.0 feet",
        pred=r"173.21 feet",
        wrap=True,
        expected=False,
        why="'The correct answer is 196.0 feet' ... 'ChatGPT 3.5 gave me 173.21 feet.'",
    ),
    _c(
        DAVE,
        DAVE_FLOP,
        gold=r"196.0 feet",
        pred=r"329.5 feet",
        wrap=True,
        expected=False,
        why="'The correct answer is 196.0 feet' ... 'ChatGPT 4 gave me 329.5 feet.'",
    ),
    _c(
        DAVE,
        DAVE_FLOP,
        gold=r"196.0 feet",
        pred=r"either 246.66 feet or 122.66 feet",
        wrap=True,
        expected=False,
        why="'Microsoft Copilot gave me a choice, either 246.66 feet or 122.66 feet.'; 'all four ..."
        " failed to give me the correct answer'",
    ),
    # community.openai.com 327848: x + y for the last two digits of 725,278 * 67,066
    _c(
        OAI,
        OAI_327848,
        gold=r"12",
        pred=r"The value of x+y is 17.",
        wrap=False,
        expected=False,
        why="GPT-4's last line; 'The answer to this question is 12 and despite the answer being"
        " wrong'",
    ),
    _c(
        OAI,
        OAI_327848,
        gold=r"12",
        pred=r"Therefore, the value of ( x + y ) is ( 12 ).",
        wrap=False,
        expected=True,
        why="a reply: 'I got the right awnser', ChatGPT's last line; the question's poster: 'The answer"
        " to this question is 12'",
    ),
    # mindmatters.ai: the Waterloo grade-9 lentils and chickpeas survey
    _c(
        MIND,
        MIND_GRADE9,
        gold=r"27",
        pred=r"34",
        wrap=True,
        expected=False,
        why="'there are 27 students who like both' ... Gemini 'got the answers 34, 32, and 15"
        " (twice)'; 'Gemini did not give the correct answer'",
    ),
    _c(
        MIND,
        MIND_GRADE9,
        gold=r"27",
        pred=r"32",
        wrap=True,
        expected=False,
        why="'there are 27 students who like both' ... Gemini 'got the answers 34, 32, and 15"
        " (twice)'",
    ),
    _c(
        MIND,
        MIND_GRADE9,
        gold=r"27",
        pred=r"15",
        wrap=True,
        expected=False,
        why="'there are 27 students who like both' ... Gemini 'got the answers 34, 32, and 15"
        " (twice)'",
    ),
    _c(
        MIND,
        MIND_GRADE9,
        gold=r"27",
        pred=r"10.5",
        wrap=True,
        expected=False,
        why="'I first gave the problem to Gemini again and was given yet another incorrect answer,"
        " 10.5!'",
    ),
    # humanspark.ai: "Sally - a girl - has 3 brothers. Each brother has 2 sisters."
    _c(
        SPARK,
        SPARK_SALLY,
        gold=r"one sister",
        pred=r"Sally has 2 sisters.",
        wrap=False,
        expected=False,
        why="'there's one other sister, so Sally has one sister.' ... 'GPT-4o-Mini: Sally has 2"
        " sisters'",
    ),
    _c(
        SPARK,
        SPARK_SALLY,
        gold=r"one sister",
        pred=r"Sally has 6 sisters",
        wrap=False,
        expected=False,
        why="'so Sally has one sister.' ... the page's line for the model: 'Claude-3-Haiku: Sally has"
        " 6 sisters'",
    ),
    # hn.masterscheme.cn 39594562: the same Sally question on Hacker News
    _c(
        HNM,
        HNM_39594562,
        gold=r"1",
        pred=r"So, the answer is that Sally has 0 sisters.",
        wrap=False,
        expected=False,
        why="'Opus (and all prior Claude models) still do not correctly answer the Sally question'",
    ),
    _c(
        HNM,
        HNM_39594562,
        gold=r"1",
        pred=r"Therefore, Sally has 1 sister.",
        wrap=False,
        expected=True,
        why="'GPT4 w/ CoT system prompting gets it right:' ... 'Therefore, Sally has 1 sister.'",
    ),
    # readerfi.com 7917: "How many months have at least 28 days?"
    _c(
        READERFI,
        READERFI_7917,
        gold=r"12",
        pred=r"7",
        wrap=True,
        expected=False,
        why="Mistral 7B 'A: 7'; 'The correct answer is 12: every month has at least 28 days.'",
    ),
    # helloacm.com: smallest integer above 95,555 with 4 identical digits
    _c(
        ACM,
        ACM_95555,
        gold=r"95999",
        pred=r"95666",
        wrap=True,
        expected=False,
        why="'TLDR; The answer is 95999.' ... 'after I pointed out the mistake for its first answer"
        " 95666'",
    ),
    _c(
        ACM,
        ACM_95555,
        gold=r"95999",
        pred=r"96666",
        wrap=True,
        expected=False,
        why="'The answer is 95999' ... ChatGPT-4 'Needs some Hints': 'it finds 96666 the second"
        " attempt'",
    ),
]

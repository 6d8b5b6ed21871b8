"""Scripted model answers for tests/test_recipes_r1.py: a stub OpenAI-compatible server whose
answer is a function of the question (`Canned`, the `canned` fixture, `by_key`), and the answer
tables of each recipe's test — known-good completions and one known defect per filter, so each
test knows its funnel in advance.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from tests.openai_stub import StubServer, _Handler

Answer = tuple[str, str]  # (text, finish_reason)
TOKEN = "|special_token|"


class Canned(_Handler):
    """Answers from `server.responder(question, k)`: `question` is the last user message, `k`
    how many times that question was asked before (the sample's rank among its requests)."""

    def _answer(self) -> None:
        srv: Any = self.server
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        msgs = body.get("messages") or [{"role": "user", "content": body.get("prompt", "")}]
        question = next((m["content"] for m in reversed(msgs) if m["role"] == "user"), "")
        with srv.lock:
            srv.bodies.append(body)
            k = srv.asked[question]
            srv.asked[question] += 1
        text, finish = srv.responder(question, k)
        choice = {
            "index": 0,
            "message": {"role": "assistant", "content": text},
            "finish_reason": finish,
        }
        out = {
            "id": "x",
            "object": "chat.completion",
            "choices": [choice],
            "usage": {"prompt_tokens": 11, "completion_tokens": max(1, len(text) // 4)},
        }
        self._send(200, json.dumps(out).encode(), {"Content-Type": "application/json"})


def canned_server() -> Any:
    """A stub server (not started) answering through `Canned`; set `.responder = fn(question,
    k) -> (text, finish_reason)` and use it as a context manager."""
    srv: Any = StubServer()
    srv.RequestHandlerClass = Canned
    srv.asked = defaultdict(int)
    srv.responder = lambda q, k: ("", "stop")
    return srv


def by_key(table: dict[str, list[Answer]]) -> Callable[[str, int], Answer]:
    """A responder: the first key contained in the question picks its list; k picks the answer."""

    def respond(question: str, k: int) -> Answer:
        for key, answers in table.items():
            if key in question:
                return answers[k % len(answers)]
        raise AssertionError(f"no scripted answer for {question[:80]!r}")

    return respond


def openai_sets(url: str) -> list[str]:
    return [
        "generate.backend=openai",
        "generate.model=stub",
        f"generate.options={{base_url: '{url}', max_in_flight: 1, max_retries: 0}}",
    ]


def think(reasoning: str, summary: str) -> str:
    return f"<think>\n{reasoning}\n</think>\n\n{summary}"


LONG_PARAGRAPH = "We multiply the numbers and carefully add the partial products together " * 60
LOOP = "Let me recount the divisors once more to be sure. " * 40
GOOD_SUM = "```python\na, b = map(int, input().split())\nprint(a + b)\n```"
REASONING_ANSWERS: dict[str, list[Answer]] = {
    # math: [good, wrong answer]
    "17 \\times 23": [
        (think("17*23 = 340 + 51 = 391.", "$\\boxed{391}$"), "stop"),
        (think("17*23 = 340 + 41.", "$\\boxed{381}$"), "stop"),
    ],
    # math: [good, cut off at max_tokens]
    "3x - 7 = 11": [
        (think("3x = 18, so x = 6.", "$\\boxed{6}$"), "stop"),
        ("<think>\n3x = 18, so", "length"),
    ],
    # math: [good, a Chinese sentence inside English reasoning]
    "hexagon": [
        (think("(6-2)*180 = 720.", "$\\boxed{720}$"), "stop"),
        (
            think(
                "The formula is (n-2)*180. 我们把六代入公式得到七百二十度。 So 720.",
                "$\\boxed{720}$",
            ),
            "stop",
        ),
    ],
    # math: [good, good in another form] -> both correct, select keeps one (over_k)
    "frac{18}{24}": [
        (think("Divide by 6.", "$\\boxed{\\frac{3}{4}}$"), "stop"),
        (think("18/24 = 0.75.", "$\\boxed{\\frac{3}{4}}$"), "stop"),
    ],
    # math: [a wall of text, a looping tail] -> both correct but unreadable: prompt lost
    "divisors does $36$": [
        (think(LONG_PARAGRAPH, "$\\boxed{9}$"), "stop"),
        (think("36 = 2^2 3^2. " + LOOP, "$\\boxed{9}$"), "stop"),
    ],
    # math, Chinese question: [Chinese reasoning, English reasoning] -> the English one is mixed
    "的较大根": [
        (think("因式分解得 (x-2)(x-3)=0，所以较大的根是 3。", "答案是 $\\boxed{3}$。"), "stop"),
        (
            think(
                "Factor it as (x-2)(x-3) = 0, so the larger root is 3. Check by substitution.",
                "$\\boxed{3}$",
            ),
            "stop",
        ),
    ],
    # math: [no think tags at all, good]
    "f(3)": [
        ("f(3) = 2*9 + 1 = 19, so $\\boxed{19}$.", "stop"),
        (think("f(3) = 18 + 1 = 19.", "$\\boxed{19}$"), "stop"),
    ],
    # math: [good, fenced code in the reasoning]
    "2^{10}": [
        (think("2^3 = 8 = 1 mod 7, so 2^10 = 2 mod 7.", "$\\boxed{2}$"), "stop"),
        (
            think("Compute it:\n```python\nprint(2**10 % 7)\n```\nIt prints 2.", "$\\boxed{2}$"),
            "stop",
        ),
    ],
    # code: [passes the tests, wrong program]
    "prints their sum": [
        (think("Read two ints, print the sum.", GOOD_SUM), "stop"),
        (think("Read two ints.", GOOD_SUM.replace("a + b", "a - b")), "stop"),
    ],
    # code: [passes, no code at all]
    "prints it reversed": [
        (think("Slice with a step of -1.", "```python\nprint(input()[::-1])\n```"), "stop"),
        (think("Reverse the string.", "Use slicing to reverse it."), "stop"),
    ],
    # code: [passes, passes]
    "prints n!": [
        (
            think(
                "Multiply 1..n.", "```python\nimport math\nprint(math.factorial(int(input())))\n```"
            ),
            "stop",
        ),
        (
            think(
                "A loop.",
                "```python\nn = int(input())\nr = 1\nfor i in range(2, n + 1):\n    r *= i\nprint(r)\n```",
            ),
            "stop",
        ),
    ],
    # choice: [right letter, wrong letter]
    "most of Earth's atmosphere": [
        (think("Nitrogen is about 78%.", "The answer is (B)."), "stop"),
        (think("Oxygen is what we breathe.", "The answer is (A)."), "stop"),
    ],
    "electrical resistance": [
        (think("Resistance is measured in ohms.", "$\\boxed{C}$"), "stop"),
        (think("Volts measure potential.", "$\\boxed{A}$"), "stop"),
    ],
    "ATP": [
        (think("The mitochondrion.", "$\\boxed{D}$"), "stop"),
        (think("Mitochondria make ATP.", "The answer is D."), "stop"),
    ],
    # logic: [right, wrong]
    "Who is the shortest": [
        (think("Alice > Bob > Carol.", "$\\boxed{Carol}$"), "stop"),
        (think("Bob is in the middle.", "$\\boxed{Bob}$"), "stop"),
    ],
    "bloops": [
        (think("Transitivity of inclusion.", "$\\boxed{yes}$"), "stop"),
        (think("Syllogism: all A are B, all B are C.", "The answer is yes."), "stop"),
    ],
}


def detailed(steps: str, answer: str) -> str:
    """A reflect-and-verify style answer: steps, a reflection, a verification, a box."""
    return (
        f"Step by step: {steps}\n\nReflection: each step follows from the previous one; I "
        f"rechecked the arithmetic and found no slip.\n\nVerification: substituting the result "
        f"back into the problem confirms it.\n\nFinal answer: $\\boxed{{{answer}}}$"
    )


REFLECT_ANSWERS: dict[str, list[Answer]] = {
    "17 \\times 23": [(detailed("17*23 = 340 + 51 = 391.", "391"), "stop")],
    "3x - 7 = 11": [("x = 6, so $\\boxed{6}$.", "stop")],  # not detailed: too short
    "hexagon": [(detailed("(6-2)*180 = 720.", "720"), "stop")],
    "frac{18}{24}": [(detailed("divide both by 6.", "\\frac{2}{3}"), "stop")],  # wrong
    "divisors does $36$": [(detailed("36 = 2^2 3^2 gives 3*3.", "9"), "stop")],
    "的较大根": [
        (
            "逐步求解：因式分解得 (x-2)(x-3)=0，两个根是 2 和 3。\n\n反思：每一步都由上一步推出，"
            "计算没有错误。\n\n验证：把 3 代入原方程，9-15+6=0，成立。所以较大的根是 3，"
            "而另一个根 2 较小。\n\n最终答案：$\\boxed{3}$",
            "stop",
        )
    ],
    "f(3)": [(detailed("f(3) = 2*9 + 1 = 19.", "19"), "stop")],
    "2^{10}": [(detailed("2^3 = 1 mod 7, so 2^10 = 2 mod 7.", "2"), "stop")],
}


REWRITES: dict[str, list[Answer]] = {
    # kept: the layout, the question's language, the original answer in the summary's box
    "17 \\times 23": [(f"{TOKEN}17 x 23 = 340 + 51 = 391.{TOKEN}So $\\boxed{{391}}$.", "stop")],
    "3x - 7 = 11": [(f"{TOKEN}Add 7, then divide by 3.{TOKEN}$x = \\boxed{{6}}$.", "stop")],
    "hexagon": [(f"{TOKEN}The angle sum is (n-2)180 = 720.{TOKEN}$\\boxed{{720}}$", "stop")],
    # the rewrite changed the answer: the re-judge against the original answer drops it
    "divisors does $36$": [
        (f"{TOKEN}36 has divisors 1, 2, 3, 4, 6, 9, 12, 18.{TOKEN}$\\boxed{{8}}$", "stop")
    ],
    # one token only: not the cold-start layout
    "2^{10}": [(f"{TOKEN}2^10 = 1024 = 7*146 + 2, so $\\boxed{{2}}$.", "stop")],
    # written in English for a Chinese question
    "的较大根": [
        (
            f"{TOKEN}Factor: (x-2)(x-3) = 0, and the larger root is three, as substitution confirms.{TOKEN}The larger root is $\\boxed{{3}}$.",
            "stop",
        )
    ],
    # no box in the summary
    "f(3)": [
        (
            f"{TOKEN}f(3) = 2*9 + 1 = 19, so \\boxed{{19}} it is.{TOKEN}The value is nineteen.",
            "stop",
        )
    ],
}


LOOPING = "Stay hydrated with this bottle, made to last for years. " * 30
NON_REASONING_ANSWERS: dict[str, list[Answer]] = {
    # writing, factual_qa (cot_tasks): a short CoT, then the answer
    "first rain of autumn": [
        (
            think(
                "A calm, sensory poem; four lines.",
                "Grey clouds let go,\nthe dust smells sweet,\nleaves hold the drops,\nsummer retreats.",
            ),
            "stop",
        )
    ],
    "apology email": [
        (
            "Dear customer, we are sorry your order arrived late. We have refunded the shipping.",
            "stop",
        )
    ],  # no CoT
    "water bottle": [(think("Highlight durability.", LOOPING), "stop")],  # looping answer
    "sky is blue": [
        (
            think(
                "Rayleigh scattering; keep it short.",
                "Sunlight scatters off air molecules, and blue light scatters most, so the sky looks blue.",
            ),
            "stop",
        )
    ],
    "French Revolution": [
        (
            think(
                "需要列出三个主要原因，然后简短地解释每一个原因的作用。",
                "- Fiscal crisis\n- Social inequality\n- Enlightenment ideas",
            ),
            "stop",
        )
    ],  # CoT in the wrong language
    # simple one-line question: no CoT
    "capital of Australia": [("Canberra.", "stop")],
    # self-cognition: no CoT, the identity from the system prompt
    "Who are you?": [("I am Curie, an AI assistant developed by Example Labs.", "stop")],
    "Which company built you": [
        (
            "I was built by Example Labs. I can help with writing, questions, translation and more.",
            "stop",
        )
    ],
    "你是谁": [("我是 Curie，由 Example Labs 开发的 AI 助手。", "stop")],
    # translation: no CoT, answered in the target language
    "Translate into French": [("La bibliothèque ouvre à neuf heures du matin.", "stop")],
    "Translate into English": [
        ("The weather is lovely today, so let's take a walk in the park.", "stop")
    ],
    "Translate into German": [
        (think("The German for train station is Bahnhof.", "Wo ist der Bahnhof?"), "stop")
    ],  # unexpected CoT
    # greetings: no CoT
    "hello": [("Hello! How can I help you today?", "stop")],
    "Thanks a lot": [("You're welcome!", "stop")],
    "good morning": [
        ("<think>\n\n</think>\n\nGood morning! What can I do for you?", "stop")
    ],  # already empty-think
}

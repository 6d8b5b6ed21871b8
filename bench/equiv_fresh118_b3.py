r"""fresh118_b, continued (part 3 of 3): the web pages that bench/equiv_fresh118_b.py names
(imathworks, newbedev, wyzant 173445, justaaa 194938, tutorsglobe 52963123, zweigmedia mabs1 and
two testbook multiple-choice pages), transcribed under the same rules from the text the search tool
returned for each page (the ``pages`` corpus); ``repo`` is the domain of the stored copy and
``where`` its full URL; no page has a licence file. See that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

IMW = "imathworks.com"
IMW_HH = (
    "https://imathworks.com/math/"
    "math-expected-number-of-coin-flips-for-2-consecutive-heads-for-first-time"
)
NBD = "newbedev.com"
NBD_DIE = (
    "https://newbedev.com/"
    "what-is-the-expected-value-of-the-number-of-die-rolls-necessary-to-get-a-specific-number"
)
WYZ = "www.wyzant.com"
WYZ_173 = (
    "https://www.wyzant.com/resources/answers/173445/"
    "if_on_the_first_observation_the_system_is_in_state_1_what_is_the_probability_that_it_is_in"
    "_state_1_on_the_third_observation"
)
JST = "justaaa.com"
JST_194 = "https://justaaa.com/accounting/194938-if-average-arrival-rate-is-10-per-hour-and"
TG = "tutorsglobe.com"
TG_529 = "https://tutorsglobe.com/question/utilization-of-teller-52963123.aspx"
ZW = "www.zweigmedia.com"
ZW_MABS = "http://www.zweigmedia.com/RealWorld/Review_Exercises/mabs1.html"
TB = "testbook.com"
TB_QUEUE = (
    "https://testbook.com/objective-questions/mcq-on-queueing-theory--5eea6a0e39140f30f369e4e0"
)
TB_MARKOV = (
    "https://testbook.com/objective-questions/mcq-on-markov-chains--6490505587220388c5acb27f"
)

CASES = [
    # imathworks: expected number of fair-coin flips for two consecutive heads
    _c(
        IMW,
        IMW_HH,
        gold=r"6",
        pred=r"\frac{3}{2}",
        wrap=True,
        expected=False,
        why="asker: 'this comes out to be $\\frac{3}{2}$ but it matches with none of the options. "
        "Please tell me where I am wrong'; best answer: 'For a fair coin, we get the expected "
        "number of flips to get two heads in a row is ... &=6'",
    ),
    _c(
        IMW,
        IMW_HH,
        gold=r"6",
        pred=r"\frac{\ \frac32\ }{\frac14}",
        wrap=True,
        expected=True,
        why="best answer: '\\frac{1+p}{p^2} &=\\frac{\\ \\frac32\\ }{\\frac14}\\\\[6pt] &=6'",
    ),
    # newbedev: probability generating function of the number of rolls until a 6
    _c(
        NBD,
        NBD_DIE,
        gold=r"t/(6-5t)",
        pred=r"(1/5)(5t/6 + (5t/6)^2 + (5t/6)^3 + \ldots)",
        wrap=True,
        expected=True,
        why="'We can rewrite this as follows: $G(t) = (1/5)(5t/6 + (5t/6)^2 + (5t/6)^3 + "
        "\\ldots)$ Summing the geometric series gives $G(t) = t/(6-5t)$'",
    ),
    _c(
        NBD,
        NBD_DIE,
        gold=r"t/(6-5t)",
        pred=r"(1/6)t + (1/6)(5/6)t^2 + (1/6)(5/6)^2t^3 + \ldots",
        wrap=True,
        expected=True,
        why="'the generating function is: $G(t) = (1/6)t + (1/6)(5/6)t^2 + (1/6)(5/6)^2t^3 + "
        "\\ldots$' ... 'gives $G(t) = t/(6-5t)$'",
    ),
    # wyzant 173445: probability of a path 1 -> 2 -> 1 (tutor)
    _c(
        WYZ,
        WYZ_173,
        gold=r"0.128",
        pred=r"(0.4)(0.8)(0.4)",
        wrap=True,
        expected=True,
        why="tutor: 'Thus the answer is (0.4)(0.8)(0.4) = 0.128 chance.'",
    ),
    # justaaa 194938: M/M/1 server utilization
    _c(
        JST,
        JST_194,
        gold=r"50%",
        pred=r"0.5",
        wrap=True,
        expected=True,
        why="'Server Utilization = 10/20 = 0.5 = 50%'; 'utilzation is less than 100% we got 50%'",
    ),
    _c(
        JST,
        JST_194,
        gold=r"50%",
        pred=r"10/20",
        wrap=True,
        expected=True,
        why="'Server Utilization = 10/20 = 0.5 = 50%'",
    ),
    # tutorsglobe 52963123: mean service time of an M/M/1 teller
    _c(
        TG,
        TG_529,
        gold=r"1/20 hour",
        pred=r"3 mins",
        wrap=True,
        expected=True,
        why="assignment: 'average service time 3 mins. ... 1/μ= 3 mins= 1/20 hour So μ= 20 "
        "cost\\hour.'",
    ),
    # zweigmedia mabs1: expected number of steps to absorption from state 2
    _c(
        ZW,
        ZW_MABS,
        gold=r"7/3",
        pred=r"1 + 4/3",
        wrap=True,
        expected=True,
        why="'The number of steps to absorption, assuming the system starts in state 2 is the sum "
        "of the entries in row 2: 1 + 4/3 = 7/3.'",
    ),
    # testbook queueing MCQ: L for an M/M/1 queue with lambda = 6, mu = 10
    _c(
        TB,
        TB_QUEUE,
        gold=r"1.5 customers",
        pred=r"2.4 customers",
        wrap=True,
        expected=False,
        why="choices '2.4 customers', '1.5 customers', '3.0 customers', '0.6 customers'; "
        "'Option 2 : 1.5 customers'",
    ),
    _c(
        TB,
        TB_QUEUE,
        gold=r"1.5 customers",
        pred=r"3.0 customers",
        wrap=True,
        expected=False,
        why="'Option 2 : 1.5 customers'; 'Thus, the correct answer is option 2: 1.5 customers.'",
    ),
    _c(
        TB,
        TB_QUEUE,
        gold=r"1.5 customers",
        pred=r"0.6 customers",
        wrap=True,
        expected=False,
        why="'Option 2 : 1.5 customers'; '\\( L = \\frac{6}{10 - 6} = \\frac{6}{4} = 1.5 \\)'",
    ),
    _c(
        TB,
        TB_QUEUE,
        gold=r"1.5",
        pred=r"\frac{6}{4}",
        wrap=True,
        expected=True,
        why="'\\( L = \\frac{6}{10 - 6} = \\frac{6}{4} = 1.5 \\)'",
    ),
    # testbook Markov chains MCQ: limit of a transition probability into a transient state
    _c(
        TB,
        TB_MARKOV,
        gold=r"0",
        pred=r"\frac{1}{3}",
        wrap=True,
        expected=False,
        why="\\lim p_{23}^{(n)}: choices '\\(\\frac{1}{3}\\)', '\\(\\frac{1}{2}\\)', '0', '1'; "
        "'Option 3 : 0'; 'Hence, Option 3 is Correct.'",
    ),
    _c(
        TB,
        TB_MARKOV,
        gold=r"0",
        pred=r"\frac{1}{2}",
        wrap=True,
        expected=False,
        why="'Option 3 : 0'; 'limn → ∞ \\(p_{ij}^{(n)}\\) = 0 if j = transient'",
    ),
    _c(
        TB,
        TB_MARKOV,
        gold=r"0",
        pred=r"1",
        wrap=True,
        expected=False,
        why="'Option 3 : 0'; 'Transient State = {1, 2, 3}'",
    ),
]

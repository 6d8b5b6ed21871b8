"""fresh51_c, continued (part 2 of 2): more cases of the sources that
bench/equiv_fresh51_c.py names (repository, path @ commit, licence and what was left out are in its
docstring). Do not tune the judge on these cases.
"""

from __future__ import annotations

from bench.equiv_fresh51_c import (
    S13,
    S13_AT,
    S14,
    S14_AT,
    S15,
    S15_AT,
    S16,
    S16_AT,
    S17,
    S17_AT,
    S18,
    S18_AT,
    S19,
    S19_AT,
    S20,
    S20_AT,
    S21,
    S21_AT,
    S22,
    S22_AT,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    _c(
        S13,
        S13_AT,
        gold=r"$\pm60^\circ+360^\circ k$ , $45^\circ+90^\circ k$",
        pred=r"x=(2k+1)\frac{\pi}{4}, x=2k\pi\pm\frac{\pi}{3}",
        wrap=True,
        expected=True,
        why="best answer: the radian forms it converts to 90°k + 45° and 360°k ± 60°",
    ),
    _c(
        S13,
        S13_AT,
        gold=r"$\pm60^\circ+360^\circ k$ , $45^\circ+90^\circ k$",
        pred=r"$x=45^\circ+90^\circ k$, $x=\pm\frac{1}{2} +360^\circ k$",
        wrap=True,
        expected=False,
        why="the asker's answer; the best answer shows cos x = 1/2 gives x = 360°k ± 60°",
    ),
    # drift.fundegar.com tan x = sqrt 3
    _c(
        S14,
        S14_AT,
        gold=r"\dfrac{4\pi}3",
        pred=r"\dfrac{7\pi}{6}",
        wrap=True,
        expected=False,
        why="answer: 'x = 7pi/6 does not solve tan x = sqrt 3. The second solution x in [0, 2pi] "
        "is 4pi/3'",
    ),
    _c(
        S14,
        S14_AT,
        gold=r"\dfrac {4\pi}{3}",
        pred=r"\frac{\pi}{3} + 1\cdot \pi",
        wrap=True,
        expected=True,
        why="answer: 4pi/3 = pi/3 + 1·pi = pi/3 + k·pi, k = 1",
    ),
    # algebra.com 847206: sin x + cos x = 1
    _c(
        S15,
        S15_AT,
        gold=r"x = 2k*pi and x = pi/2 + 2k*pi",
        pred=r"x = n*(pi/2)",
        wrap=True,
        expected=False,
        why="tutor: squaring gives x = n*(pi/2); 'only x with n = 4k and n = 4k+1 satisfy the "
        "original equation'",
    ),
    # emmcq 290002188: the key's general solution against the options it refuses
    _c(
        S16,
        S16_AT,
        gold=r"x = n\pi + {\left( { - 1} \right)^n}\,\,\frac{\pi }{4} - \frac{\pi }{4}",
        pred=r"x = 2n\pi ;\,\,n = 0,\,\, \pm 1,\,\, \pm 2\,.....",
        wrap=True,
        expected=False,
        why="answer key C; option A (x = 2nπ alone) refused",
    ),
    _c(
        S16,
        S16_AT,
        gold=r"x = n\pi + {\left( { - 1} \right)^n}\,\,\frac{\pi }{4} - \frac{\pi }{4}",
        pred=r"x = 2n\pi + \frac{\pi }{2};\,\,n = 0,\,\, \pm 1,\,\, \pm 2\,.....",
        wrap=True,
        expected=False,
        why="answer key C; option B (x = 2nπ + π/2 alone) refused",
    ),
    # plainmath 44992: two answerers agree
    _c(
        S17,
        S17_AT,
        gold=r"S=\left\{2k\pi ,\frac{\pi }{2}+2k\pi \right\},k\in Z",
        pred=r"x=2\pi n,\frac{\pi }{2}+2\pi n",
        wrap=True,
        expected=True,
        why="first answerer's solution set; the second answerer's x = 2πn, π/2 + 2πn",
    ),
    # algebra.com 594060: cos 2x = .5, degrees translated to radians
    _c(
        S18,
        S18_AT,
        gold=r"pi/6",
        pred=r"30 degrees",
        wrap=True,
        expected=True,
        why="tutor: 30 degrees would be equal to 30/180 * pi which is equal to pi/6",
    ),
    _c(
        S18,
        S18_AT,
        gold=r"5pi/6",
        pred=r"150 degrees",
        wrap=True,
        expected=True,
        why="tutor: 150 degrees ... equal to 5pi/6",
    ),
    _c(
        S18,
        S18_AT,
        gold=r"7pi/6",
        pred=r"210 degrees",
        wrap=True,
        expected=True,
        why="tutor: 210 degrees ... equal to 7pi/6",
    ),
    _c(
        S18,
        S18_AT,
        gold=r"11pi/6",
        pred=r"330 degrees",
        wrap=True,
        expected=True,
        why="tutor: 330 degrees ... equal to 11pi/6",
    ),
    # gradesaver Precalculus 3e chapter 5 review 48
    _c(
        S19,
        S19_AT,
        gold=r"$32.34^\circ$",
        pred=r"$32^\circ 20'35''$",
        wrap=True,
        expected=True,
        why="(a): 32°20'35'' ≈ 32.34° (rounded to two decimals, as the answer gives)",
    ),
    _c(
        S19,
        S19_AT,
        gold=r"$63^\circ+10'+48''$",
        pred=r"$63.18^\circ$",
        wrap=True,
        expected=True,
        why="(b): 63.18° = 63° + 10' + 48''",
    ),
    _c(
        S19,
        S19_AT,
        gold=r"$63^\circ+10'+48''$",
        pred=r"$63^\circ+10.8'$",
        wrap=True,
        expected=True,
        why="(b): the middle member of the chain",
    ),
    # socratic -3.58 degrees
    _c(
        S20,
        S20_AT,
        gold=r"{3}^{o} 34 ' 48 ' '",
        pred=r"{3.58}^{o}",
        wrap=True,
        expected=True,
        why="answer: 3.58^o = 3^o 34' 48'' (the answer drops the question's minus sign on both "
        "sides)",
    ),
    # nagwa subtitles
    _c(
        S21,
        S21_AT,
        gold=r"52 degrees, six minutes, and 49 seconds",
        pred=r"52.113611 degrees",
        wrap=True,
        expected=True,
        why="video: 48.9996 seconds rounded to 49 to the nearest second; True by that rounding",
    ),
    # askanewquestion 1702606
    _c(
        S22,
        S22_AT,
        gold=r"cosx",
        pred=r"cotxsinx - cosx + cosx",
        wrap=True,
        expected=True,
        why="'Does this equal cos x ?' answered by the chain ending '= cosx'",
    ),
    _c(
        S22,
        S22_AT,
        gold=r"cosx",
        pred=r"cosx*(sinx/sinx) + 0",
        wrap=True,
        expected=True,
        why="a member of the answerer's chain",
    ),
]

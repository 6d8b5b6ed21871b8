r"""A fifty-first fresh set of answer-equivalence cases, continued again (evaluation only; helper
"c": trigonometry answers settled by a person on a public web page -- exact values by sum and
difference formulas, double-angle identities in different forms, degrees-minutes-seconds against
radians, and solution lists on an interval).

This continues bench/equiv_fresh51_c.py and bench/equiv_fresh51_c2.py; the docstring of the first
gives the common rules (public web pages of the search tool's ``pages`` corpus, none used by an
earlier set, each claimed in /work/wt/fresh51_claims; ``gold`` is the reference answer, ``pred``
the other form a person on the page equates with it or sets against it, always a bare answer so
``wrap`` is True; ``repo`` is the domain and ``where`` the full URL; every source is a web page
with no licence file; only the text the search tool returned for a page was read; chains ``A = B =
C`` give C as gold and earlier members as predictions; algebra.com's ``{{{...}}}`` markup is
dropped). Do not tune the judge on these cases.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.algebra.com solution 523990 (sin 105 = sqrt(6)/4 + sqrt(2)/4 = (sqrt(6) + sqrt(2))/4; the
  calculator gives .965925826 for both, "since both answers are the same, you did good"). 2 cases.
- www.enotes.com 444750 (an educator's answer: cos 105° = sqrt(2)/4 - sqrt(6)/4 =
  (sqrt(2)-sqrt(6))/4, sin 75° = sqrt(6)/4 + sqrt(2)/4 = (sqrt(6)+sqrt(2))/4, sin 225° =
  0 + sqrt(2)/2(-1) = -sqrt(2)/2; enotes' AsciiMath backticks and leading ``=`` dropped). 3 cases.
- chat.pavlok.com aprender/10694823 (a copy of a Brainly thread: cos(2x) = 1/√2, the asker has pi/8
  and 15pi/8 "but I know there are two other answers"; the answer lists x = {π/8, 7π/8, 9π/8,
  15π/8}). 1 case (False).
- qammunity.org 11464451 (cos^-1(cos(7π/4)): cos(7π/4) = cos(-π/4) = cos(π/4) = 1/√2, then
  cos^-1(1/√2) = π/4, boxed). 2 cases.
- partnerperformance.uonbi.ac.ke preguntia/11390525 (a copy of a Brainly answer: cos(5π/4) = -
  cos(π/4) = - √2/2). 1 case.
- www.intellectualmath.com "Convert degrees minutes seconds to radians" (37° 30' = (75/2)° = 5π/24,
  40° 20' = 121π/540, 7° 30' = π/24, 125° 30' = 251π/360, -47° 30' = -19π/72; problems 2 and 4
  show no result in the stored text and are left out). 6 cases.
- qammunity.org 6294579 (degrees-minutes-seconds to radians, rounded: 31°43'53'' = 0.5534 radians,
  90°32'11'' = 1.580, 57°43'56'' = 1.00, 94°22'19'' = 1.65, 40°54'53'' = 0.714, 44°42'48'' =
  0.780). 6 cases.
- qammunity.org 12424002 (tan x = -1: -π/4 + nπ = 3π/4 + (n-1)π, "we can just replace n-1 with
  n"). 1 case.
- www.algebra.com solution 539130 (cos(2x) = cos^2(x) - sin^2(x) = 1 - sin^2(x) - sin^2(x) = 1 -
  2sin^2(x)). 2 cases.
- www.algebra.com solution 818165 (cos(2·theta) = cos^2(theta) - (1 - cos^2(theta)) = 2cos^2(theta)
  - 1; "2cos^2(theta) is the same as 2cos(theta)^2"). 2 cases.
- www.freemathhelp.com thread 38850 (2cos^2 x - 1 = 2(1 - sin^2 x) - 1 = 2 - 2sin^2 x - 1 = 1 -
  2sin^2 x). 2 cases.

Left out, by rule: the tutor line in algebra.com 818165 with an unclosed bracket
(cos^2(theta - 1 + cos^2(theta)), partnerperformance's "- 1 √2/2 - 0" (juxtaposition whose reading
is unclear), enotes' approximate decimals (the page says exact answers are wanted, without saying
whether a decimal is refused).

Examined and not used: algebra.com 330102 and 524336 (± kept in the chain, a missing bracket);
indextestingapp.uonbi.ac.ke 24166487 (misses two solutions, uncorrected); thestudentroom 1425082
(replies lost their formulas); a reddit HomeworkHelp thread through a proxy (the student's answer
is only in an image); rajak.rs and prezi (reference statements, not verdicts); corca.app,
gauthmath, mathix.co and rooms-4you.com (machine-written).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

U1 = "www.algebra.com"

U1_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=523990"

U2 = "www.enotes.com"

U2_AT = "https://www.enotes.com/homework-help/what-answer-question-10-http-postimg-org-image-444750"

U3 = "chat.pavlok.com"

U3_AT = "https://chat.pavlok.com/aprender/10694823"

U4 = "qammunity.org"

U4_AT = "https://qammunity.org/11464451"

U5 = "partnerperformance.uonbi.ac.ke"

U5_AT = "https://partnerperformance.uonbi.ac.ke/preguntia/11390525"

U6 = "www.intellectualmath.com"

U6_AT = "https://www.intellectualmath.com/convert-degrees-minutes-seconds-to-radians.html"

U7 = "qammunity.org"

U7_AT = "https://qammunity.org/6294579/?show=6294580"

U8 = "qammunity.org"

U8_AT = "https://qammunity.org/12424002"

U9 = "www.algebra.com"

U9_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=539130"

U10 = "www.algebra.com"

U10_AT = "https://www.algebra.com/cgi-bin/show-question-source.mpl?solution=818165"

U11 = "www.freemathhelp.com"

U11_AT = "https://www.freemathhelp.com/forum/threads/trigonometric-expression.38850/"

CASES = [
    # algebra.com 523990: sin 105
    _c(
        U1,
        U1_AT,
        gold=r"(sqrt(6) + sqrt(2)) / 4",
        pred=r"sqrt(6)/4 + sqrt(2)/4",
        wrap=True,
        expected=True,
        why="tutor: sin(105) = sqrt(6)/4 + sqrt(2)/4 which becomes (sqrt(6) + sqrt(2)) / 4",
    ),
    _c(
        U1,
        U1_AT,
        gold=r"(sqrt(6) + sqrt(2)) / 4",
        pred=r".965925826",
        wrap=True,
        expected=True,
        why="tutor: the calculator gives .965925826 for sin(105) and for (sqrt(6) + sqrt(2)) / 4, "
        "'since both answers are the same, you did good' (a nine-digit decimal)",
    ),
    # enotes 444750: exact values by sum formulas
    _c(
        U2,
        U2_AT,
        gold=r"(sqrt(2)-sqrt(6))/4",
        pred=r"sqrt(2)/4-sqrt(6)/4",
        wrap=True,
        expected=True,
        why="(a) cos(105°): chain ending (sqrt(2)-sqrt(6))/4",
    ),
    _c(
        U2,
        U2_AT,
        gold=r"(sqrt(6)+sqrt(2))/4",
        pred=r"sqrt(6)/4+sqrt(2)/4",
        wrap=True,
        expected=True,
        why="(b) sin(75°): chain ending (sqrt(6)+sqrt(2))/4",
    ),
    _c(
        U2,
        U2_AT,
        gold=r"-sqrt(2)/2",
        pred=r"0+sqrt(2)/2(-1)",
        wrap=True,
        expected=True,
        why="(c) sin(225°): chain ending -sqrt(2)/2",
    ),
    # chat.pavlok.com copy of a Brainly thread: cos(2x) = 1/√2 on [0, 2π)
    _c(
        U3,
        U3_AT,
        gold=r"x = {π/8, 7π/8, 9π/8, 15π/8}",
        pred=r"pi/8 and 15pi/8",
        wrap=True,
        expected=False,
        why="the asker's two answers ('I know there are two other answers'); the answer lists four",
    ),
    # qammunity 11464451: cos^-1(cos(7π/4))
    _c(
        U4,
        U4_AT,
        gold=r"\frac\pi4",
        pred=r"\cos^(-1)\frac1{\sqrt2}",
        wrap=True,
        expected=True,
        why="answer: ... = cos^-1(1/√2) = boxed π/4",
    ),
    _c(
        U4,
        U4_AT,
        gold=r"\frac1{\sqrt2}",
        pred=r"\cos\left(-\frac\pi4\right)",
        wrap=True,
        expected=True,
        why="answer: cos(7π/4) = cos(2π - π/4) = cos(-π/4) = cos(π/4) = 1/√2",
    ),
    # partnerperformance copy of a Brainly answer: cos(5π/4)
    _c(
        U5,
        U5_AT,
        gold=r"- √2/2",
        pred=r"- cos (π/4 )",
        wrap=True,
        expected=True,
        why="answer: cos( 5π /4 ) = - cos (π/4 ) = - √2/2",
    ),
    # intellectualmath: degrees and minutes to radians
    _c(
        U6,
        U6_AT,
        gold=r"5π/24",
        pred=r"37° 30'",
        wrap=True,
        expected=True,
        why="problem 1: 37° 30' = (75/2)° = 5π/24",
    ),
    _c(
        U6,
        U6_AT,
        gold=r"5π/24",
        pred=r"(75/2)°",
        wrap=True,
        expected=True,
        why="problem 1: the middle member of the chain",
    ),
    _c(
        U6,
        U6_AT,
        gold=r"121π/540",
        pred=r"40° 20'",
        wrap=True,
        expected=True,
        why="problem 3: 40° 20' = (121/3)° = 121π/540",
    ),
    _c(
        U6,
        U6_AT,
        gold=r"π/24",
        pred=r"7° 30'",
        wrap=True,
        expected=True,
        why="problem 5: 7° 30' = (15/2)° = π/24",
    ),
    _c(
        U6,
        U6_AT,
        gold=r"251π/360",
        pred=r"125° 30'",
        wrap=True,
        expected=True,
        why="problem 6: 125° 30' = (251/2)° = 251π/360",
    ),
    _c(
        U6,
        U6_AT,
        gold=r"-19π/72",
        pred=r"-47° 30'",
        wrap=True,
        expected=True,
        why="problem 7: -47° 30' = -(95/2)° = -19π/72",
    ),
    # qammunity 6294579: D M S to radians, rounded by the answerer
    _c(
        U7,
        U7_AT,
        gold=r"0.5534radians",
        pred=r"31∘43′53′′",
        wrap=True,
        expected=True,
        why="answer: 31.73 degree x π/180 = 0.5534 radians (rounded; True by the page's rounding)",
    ),
    _c(
        U7,
        U7_AT,
        gold=r"1.580radians",
        pred=r"90∘32′11′′",
        wrap=True,
        expected=True,
        why="answer: 90.54 degree x π/180 = 1.580 radians (rounded)",
    ),
    _c(
        U7,
        U7_AT,
        gold=r"1.00radians",
        pred=r"57∘43′56′′",
        wrap=True,
        expected=True,
        why="answer: 57.73 degree x π/180 = 1.00 radians (rounded)",
    ),
    _c(
        U7,
        U7_AT,
        gold=r"1.65radians",
        pred=r"94∘22′19′′",
        wrap=True,
        expected=True,
        why="answer part B: 94.37 degree x π/180 = 1.65 radians (rounded)",
    ),
    _c(
        U7,
        U7_AT,
        gold=r"0.714radians",
        pred=r"40∘54′53′′",
        wrap=True,
        expected=True,
        why="answer part B: 40.91 degree x π/180 = 0.714 radians (rounded)",
    ),
    _c(
        U7,
        U7_AT,
        gold=r"0.780radians",
        pred=r"44∘42′48′′",
        wrap=True,
        expected=True,
        why="answer part B: 44.71 degree x π/180 = 0.780 radians (rounded)",
    ),
    # qammunity 12424002: tan x = -1
    _c(
        U8,
        U8_AT,
        gold=r"-\frac\pi4+n\pi",
        pred=r"\frac{3\pi}4+(n-1)\pi",
        wrap=True,
        expected=True,
        why="answer: x = -π/4 + nπ = -π/4 + π + (n-1)π = 3π/4 + (n-1)π, 'replace n-1 with n'",
    ),
    # algebra.com 539130: cos 2x
    _c(
        U9,
        U9_AT,
        gold=r"1-2sin^2(x)",
        pred=r"cos^2(x) -sin^2(x)",
        wrap=True,
        expected=True,
        why="tutor: cos(2x) = cos(x+x) = cos^2(x) - sin^2(x) = ... = 1-2sin^2(x)",
    ),
    _c(
        U9,
        U9_AT,
        gold=r"1-2sin^2(x)",
        pred=r"1-sin^2(x)-sin^2(x)",
        wrap=True,
        expected=True,
        why="a member of the tutor's chain",
    ),
    # algebra.com 818165: cos 2 theta
    _c(
        U10,
        U10_AT,
        gold=r"2cos^2(theta) - 1",
        pred=r"2cos(theta)^2 - 1",
        wrap=True,
        expected=True,
        why="tutor: 'note that 2cos^2(theta) is the same as 2cos(theta)^2'",
    ),
    _c(
        U10,
        U10_AT,
        gold=r"2cos^2(theta) - 1",
        pred=r"cos^2(theta) - (1 - cos^2(theta))",
        wrap=True,
        expected=True,
        why="tutor: replace sin^2(theta) ..., simplify, combine like "
        "terms to get 2cos^2(theta) - 1",
    ),
    # freemathhelp 38850: 2 cos^2 x - 1 = 1 - 2 sin^2 x
    _c(
        U11,
        U11_AT,
        gold=r"1\,-\,2\sin^2x",
        pred=r"2\cos^2x\,-\,1",
        wrap=True,
        expected=True,
        why="reply verifies the identity 2cos^2x - 1 = 1 - 2sin^2x ('there!')",
    ),
    _c(
        U11,
        U11_AT,
        gold=r"1\,-\,2\sin^2x",
        pred=r"2\,-\,2\sin^2x\,-\,1",
        wrap=True,
        expected=True,
        why="a member of the reply's chain",
    ),
]

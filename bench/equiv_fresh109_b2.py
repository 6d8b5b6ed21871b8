r"""fresh109_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh109_b.py
names (thestudentroom 1110509, wyzant 191923 and 262021, answer.ya.guru 608023, documen.tv
23405112, reddit.mailt.ovh r/PhysicsStudents, sscequiz 842, erudites.ng, vidyadip 401637,
technorj, testbook's beam and spring pages, neetprep 34760, studyadda mock test 23, byjus' rough
incline), transcribed under the same rules; see that module's docstring for the sources,
conventions and what was left out. Do not tune the judge on these cases."""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

YA = "answer.ya.guru"
YA_608023 = (
    "https://answer.ya.guru/questions/608023-it-is-easier-to-lift-the-load-as-the-load-is-pushed-"
    "towards-the.html"
)
DOC = "documen.tv"
DOC_234 = (
    "https://documen.tv/question/a-rocket-is-launched-from-the-surface-of-earth-with-a-speed-v0-"
    "that-will-allow-the-rocket-to-esc-23405112-61/"
)
RD = "reddit.mailt.ovh"
RD_1INH = (
    "https://reddit.mailt.ovh/r/PhysicsStudents/comments/1inhi9l/physics_1180_how_to_derive_"
    "equations/mcbtfd5/?context=3"
)
SSC = "www.sscequiz.com"
SSC_842 = "https://www.sscequiz.com/node/842"
ERU = "erudites.ng"
ERU_MAG = (
    "https://erudites.ng/if-u-is-the-object-distance-and-v-the-image-distance-which-of-the-"
    "following-expressions-gives-the-linear-magnification-produced-by-a-convex-lens-of-focal-"
    "length-f/amp"
)
VD = "vidyadip.com"
VD_401637 = (
    "https://vidyadip.com/ask/question/the-bob-of-a-pendulum-of-length-1-is-pulled-aside-from-its-"
    "equilibrium-position-through-an_401637"
)
TRJ = "technorj.com"
TRJ_MPSC = "https://technorj.com/find-the-runner-up-score-in-python/"
TB = "testbook.com"
TB_DEF = (
    "https://testbook.com/objective-questions/mcq-on-deflection-of-beam--5eea6a0b39140f30f369dec2"
)
TB_SPR = "https://testbook.com/objective-questions/mr/mcq-on-springs--5eea6a0b39140f30f369dece"
NP = "www.neetprep.com"
NP_34760 = (
    "https://www.neetprep.com/question/34760-stone-thrown-angle--horizontal-reaches-maximum-height-"
    "HThen-time-flight-stone-will-Hg-Hg-Hsing-Hsing/55-Physics--Motion-Plane/678-Motion-Plane"
)
SA = "studyadda.com"
SA_435456 = "https://studyadda.com/sample-papers/jee-main-mock-test-23_q14/1440/435456"
BY = "byjus.com"
BY_INC = (
    "https://byjus.com/question-answer/a-block-of-mass-m-is-placed-on-a-rough-inclined-plane-"
    "having-angle-of/"
)

TSR = "www.thestudentroom.co.uk"
TSR_1110509 = "https://www.thestudentroom.co.uk/showthread.php?t=1110509"
WYZ = "www.wyzant.com"
WYZ_191923 = "https://www.wyzant.com/resources/answers/191923/projectile_and_velocity"
WYZ_262021 = (
    "https://www.wyzant.com/resources/answers/262021/"
    "physics_question_involving_kinetics_3_please_help"
)

CASES = [
    # answer.ya.guru 608023: acceleration down a rough incline
    _c(
        YA,
        YA_608023,
        gold=r"g*(sinθ-μk*cosθ)",
        pred=r"g sinθ-(g*cosθ*μk)",
        wrap=True,
        expected=True,
        why="'a=g sinθ-(g*cosθ*μk) Applying distributive property we have: a=g*(sinθ-μk*cosθ)'",
    ),
    _c(
        YA,
        YA_608023,
        gold=r"g*(sinθ-μk*cosθ)",
        pred=r"(m*g sinθ-(m*g*cosθ*μk))/m",
        wrap=True,
        expected=True,
        why="'isolating a: a=(m*g sinθ-(m*g*cosθ*μk))/m' ... 'a=g*(sinθ-μk*cosθ)'",
    ),
    # documen.tv 23405112: escape speed from a planet of Earth's mass and four times its radius
    _c(
        DOC,
        DOC_234,
        gold=r".5 x √ ( 2 GM / R )",
        pred=r"√ ( 2 GM / 4R )",
        wrap=True,
        expected=True,
        why="'escape velocity of planet = √ ( 2 GM / 4R ) = .5 x √ ( 2 GM / R ) = .5 V₀'",
    ),
    _c(
        DOC,
        DOC_234,
        gold=r".5 V₀",
        pred=r"2V0",
        wrap=True,
        expected=False,
        why="'option ( a ) is correct' ('a. 0.5V.'), derived as '= .5 V₀'; 'b. 2V0' is another "
        "choice",
    ),
    _c(
        DOC,
        DOC_234,
        gold=r".5 V₀",
        pred=r"Vo",
        wrap=True,
        expected=False,
        why="'option ( a ) is correct' ('a. 0.5V.'), derived as '= .5 V₀'; 'e. Vo' is another "
        "choice",
    ),
    # reddit r/PhysicsStudents 1inhi9l: maximum height from the vertical launch speed
    _c(
        RD,
        RD_1INH,
        gold=r"V_(0y)²/(2*g)",
        pred=r"V_(0y)/(2*g)",
        wrap=True,
        expected=False,
        why="'either your professor made a small mistake ... since it should be V_(0y)²/(2*g) "
        "And not V_(0y)/(2*g)'",
    ),
    # sscequiz 842: T = 2 pi sqrt(l/g), make g the subject (JAMB)
    _c(
        SSC,
        SSC_842,
        gold=r"\frac{4{{\pi }^{2}}l}{{{T}^{2}}}",
        pred=r"\frac{4\pi {{l}^{2}}}{T}",
        wrap=True,
        expected=False,
        why="Solution ends 'g=\\frac{4{{\\pi }^{2}}l}{{{T}^{2}}}' (option B); option A is "
        "'\\frac{4\\pi {{l}^{2}}}{T}'",
    ),
    _c(
        SSC,
        SSC_842,
        gold=r"\frac{4{{\pi }^{2}}l}{{{T}^{2}}}",
        pred=r"\frac{4{{\pi }^{2}}{{l}^{2}}}{{{T}^{2}}}",
        wrap=True,
        expected=False,
        why="Solution ends 'g=\\frac{4{{\\pi }^{2}}l}{{{T}^{2}}}' (option B); option C squares l",
    ),
    _c(
        SSC,
        SSC_842,
        gold=r"\frac{4{{\pi }^{2}}l}{{{T}^{2}}}",
        pred=r"\frac{2\pi \sqrt{l}}{T}",
        wrap=True,
        expected=False,
        why="Solution ends 'g=\\frac{4{{\\pi }^{2}}l}{{{T}^{2}}}' (option B); option D is "
        "'\\frac{2\\pi \\sqrt{l}}{T}'",
    ),
    # erudites.ng: linear magnification of a convex lens (JAMB)
    _c(
        ERU,
        ERU_MAG,
        gold=r"v/f – 1",
        pred=r"u/f + f",
        wrap=True,
        expected=False,
        why="'Correct Answer: Option D = v/f – 1'; 'A. u/f + f'",
    ),
    _c(
        ERU,
        ERU_MAG,
        gold=r"v/f – 1",
        pred=r"u/v +1",
        wrap=True,
        expected=False,
        why="'Correct Answer: Option D = v/f – 1'; 'B. u/v +1'",
    ),
    _c(
        ERU,
        ERU_MAG,
        gold=r"v/f – 1",
        pred=r"v/f + 1",
        wrap=True,
        expected=False,
        why="'Correct Answer: Option D = v/f – 1'; 'C. v/f + 1' (the sign of the 1 differs)",
    ),
    # vidyadip 401637: speed of a pendulum bob at the lowest point
    _c(
        VD,
        VD_401637,
        gold=r"\sqrt{2\text{gl}(1-\cos\theta)}",
        pred=r"\sqrt{2\text{gl}(1-\sin\theta)}",
        wrap=True,
        expected=False,
        why="The key ticks '\\sqrt{2\\text{gl}(1-\\cos\\theta)}'; option A has \\sin",
    ),
    _c(
        VD,
        VD_401637,
        gold=r"\sqrt{2\text{gl}(1-\cos\theta)}",
        pred=r"\sqrt{2\text{g}(1-\cos\theta)}",
        wrap=True,
        expected=False,
        why="The key ticks '\\sqrt{2\\text{gl}(1-\\cos\\theta)}'; option B drops the length l",
    ),
    _c(
        VD,
        VD_401637,
        gold=r"\sqrt{2\text{gl}(1-\cos\theta)}",
        pred=r"\sqrt{2\text{gl}(1+\sin\theta)}",
        wrap=True,
        expected=False,
        why="The key ticks '\\sqrt{2\\text{gl}(1-\\cos\\theta)}'; option D is "
        "'\\sqrt{2\\text{gl}(1+\\sin\\theta)}'",
    ),
    # technorj (copied MPSC AE 2018 question): cantilever with a point load at mid-span
    _c(
        TRJ,
        TRJ_MPSC,
        gold=r"\frac{5wL^{3}}{48EI}",
        pred=r"\frac{wL^{3}}{24EI}+\frac{wL^{3}}{16EI}",
        wrap=True,
        expected=True,
        why="'=\\frac{wL^{3}}{24EI}+\\frac{wL^{3}}{16EI}' ... '=\\frac{5wL^{3}}{48EI}' (Option 3)",
    ),
    _c(
        TRJ,
        TRJ_MPSC,
        gold=r"\frac{5wL^{3}}{48EI}",
        pred=r"\frac{wL^{3}}{EI}\left ( \frac{1}{24}+\frac{1}{16} \right )",
        wrap=True,
        expected=True,
        why="'=\\frac{wL^{3}}{EI}\\left ( \\frac{1}{24}+\\frac{1}{16} \\right )' "
        "'=\\frac{5wL^{3}}{48EI}'",
    ),
    _c(
        TRJ,
        TRJ_MPSC,
        gold=r"\frac{5wL^{3}}{48EI}",
        pred=r"\frac{w(\frac{L}{2})^{3}}{3EI}+\frac{w(\frac{L}{2})^{2}}{2EI}\times\frac{L}{2}",
        wrap=True,
        expected=True,
        why="'\\Delta _{B}=\\Delta _{C}+\\Theta _{C}\\times \\frac{L}{2} =\\frac{w(\\frac{L}{2})"
        "^{3}}{3EI}+\\frac{w(\\frac{L}{2})^{2}}{2EI}\\times\\frac{L}{2}' ... "
        "'=\\frac{5wL^{3}}{48EI}'",
    ),
    # testbook Deflection of Beam Q1: simply supported beam, central point load
    _c(
        TB,
        TB_DEF,
        gold=r"\frac{WL^3}{48EI}",
        pred=r"\frac{WL^2}{16EI}\times \frac{L}{3}",
        wrap=True,
        expected=True,
        why="'Deflection~=~\\frac{A\\bar x}{EI}~=~\\frac{WL^2}{16EI}\\times \\frac{L}{3}~=~"
        "\\frac{WL^3}{48EI}'",
    ),
    # testbook Springs Q1 (Marathi page): two springs in parallel
    _c(
        TB,
        TB_SPR,
        gold=r"k1 + k2",
        pred=r"k1 + k2 / (k1 k2)",
        wrap=True,
        expected=False,
        why="'Option 1 : k1 + k2' ('Keq = K1 + K2'); option 2 is 'k1 + k2 / (k1 k2)'",
    ),
    _c(
        TB,
        TB_SPR,
        gold=r"k1 + k2",
        pred=r"(k1 k2) / k1 + k2",
        wrap=True,
        expected=False,
        why="'Option 1 : k1 + k2' ('Keq = K1 + K2'); option 3 is '(k1 k2) / k1 + k2'",
    ),
    _c(
        TB,
        TB_SPR,
        gold=r"k1 + k2",
        pred=r"k1 k2",
        wrap=True,
        expected=False,
        why="'Option 1 : k1 + k2' ('Keq = K1 + K2'); option 4 is 'k1 k2'",
    ),
    # neetprep 34760: time of flight from the maximum height H
    _c(
        NP,
        NP_34760,
        gold=r"2\sqrt{\frac{2H}{g}}",
        pred=r"\sqrt{\frac{8H}{g}}",
        wrap=True,
        expected=True,
        why="Key '(2)'; '\\frac{{T}^{2}}{H}=\\frac{8}{g}$$T=\\sqrt{\\frac{8H}{g}}=2\\sqrt{\\frac"
        "{2H}{g}}'",
    ),
    _c(
        NP,
        NP_34760,
        gold=r"2\sqrt{\frac{2H}{g}}",
        pred=r"\sqrt{\frac{2H}{g}}",
        wrap=True,
        expected=False,
        why="Key '(2)' with 'T=\\sqrt{\\frac{8H}{g}}=2\\sqrt{\\frac{2H}{g}}'; option (1) is "
        "'\\sqrt{\\frac{2H}{g}}'",
    ),
    _c(
        NP,
        NP_34760,
        gold=r"2\sqrt{\frac{2H}{g}}",
        pred=r"\frac{2\sqrt{2H\text{\hspace{0.17em}}\mathrm{sin}\theta }}{g}",
        wrap=True,
        expected=False,
        why="Key '(2)' with 'T=\\sqrt{\\frac{8H}{g}}=2\\sqrt{\\frac{2H}{g}}'; option (3)",
    ),
    _c(
        NP,
        NP_34760,
        gold=r"2\sqrt{\frac{2H}{g}}",
        pred=r"\frac{\sqrt{2H\text{\hspace{0.17em}}\mathrm{sin}\theta }}{g}",
        wrap=True,
        expected=False,
        why="Key '(2)' with 'T=\\sqrt{\\frac{8H}{g}}=2\\sqrt{\\frac{2H}{g}}'; option (4)",
    ),
    # studyadda JEE Main mock 23 Q14: maximum range from height h with speed sqrt(2ag)
    _c(
        SA,
        SA_435456,
        gold=r"2\sqrt{a(a+h)}",
        pred=r"\sqrt{\left( {{a}^{2}}+1 \right)h}",
        wrap=True,
        expected=False,
        why="Key '[d]': '{{R}_{\\max }}=2\\sqrt{a(a+h)}'; option A",
    ),
    _c(
        SA,
        SA_435456,
        gold=r"2\sqrt{a(a+h)}",
        pred=r"\sqrt{{{a}^{2}}h}",
        wrap=True,
        expected=False,
        why="Key '[d]': '{{R}_{\\max }}=2\\sqrt{a(a+h)}'; option B",
    ),
    _c(
        SA,
        SA_435456,
        gold=r"2\sqrt{a(a+h)}",
        pred=r"\sqrt{ah}",
        wrap=True,
        expected=False,
        why="Key '[d]': '{{R}_{\\max }}=2\\sqrt{a(a+h)}'; option C",
    ),
    # byjus: block on a 45 degree rough incline, mu = 0.5
    _c(
        BY,
        BY_INC,
        gold=r"0.35 g",
        pred=r"0.20 g",
        wrap=True,
        expected=False,
        why="'The correct option is D 0.35 g'; 'A 0.20 g'",
    ),
    _c(
        BY,
        BY_INC,
        gold=r"0.35 g",
        pred=r"0.25 g",
        wrap=True,
        expected=False,
        why="'The correct option is D 0.35 g'; 'B 0.25 g'",
    ),
    _c(
        BY,
        BY_INC,
        gold=r"0.35 g",
        pred=r"0.30 g",
        wrap=True,
        expected=False,
        why="'The correct option is D 0.35 g'; 'C 0.30 g'",
    ),
    # thestudentroom 1110509: kinetic energy in terms of momentum ("1/2m" read as (1/2)m)
    _c(
        TSR,
        TSR_1110509,
        gold=r"(p^2)/2m",
        pred=r"1/2m(p/m)^2",
        wrap=True,
        expected=True,
        why="'you will now have Ek=1/2m(p/m)^2 ... you are left with Ek= (p^2)/2m' (the "
        "thread's '1/2m' is one half times m, from 'Ek=1/2 m(v^2)')",
    ),
    _c(
        TSR,
        TSR_1110509,
        gold=r"(p^2)/2m",
        pred=r"1/2m(p^2)/(m^2)",
        wrap=True,
        expected=True,
        why="'if you solve that you get: Ek= 1/2m(p^2)/(m^2) you can now see that one m cancel "
        "out ... you are left with Ek= (p^2)/2m'",
    ),
    # wyzant 191923: range of a projectile on level ground
    _c(
        WYZ,
        WYZ_191923,
        gold=r"v0^2 * sin2θ / g",
        pred=r"2(v0^2)*cosθ*sinθ / g",
        wrap=True,
        expected=True,
        why="'r = x(t) = v0*cosθ*(2v0*sinθ / g) = 2(v0^2)*cosθ*sinθ / g' ... 'r(θ) = v0^2 * "
        "sin2θ / g'",
    ),
    _c(
        WYZ,
        WYZ_191923,
        gold=r"v0^2 * sin2θ / g",
        pred=r"v0*cosθ*(2v0*sinθ / g)",
        wrap=True,
        expected=True,
        why="'r = x(t) = v0*cosθ*(2v0*sinθ / g) = 2(v0^2)*cosθ*sinθ / g' ... 'r(θ) = v0^2 * "
        "sin2θ / g'",
    ),
    # wyzant 262021: potential energy of a pendulum bob raised through angle theta
    _c(
        WYZ,
        WYZ_262021,
        gold=r"mgL(1 - cosθ)",
        pred=r"mg(L - L cosθ)",
        wrap=True,
        expected=True,
        why="'At the top, starting from rest, potential energy is U = mgy = mg(L - L cosθ) = "
        "mgL(1 - cosθ)'",
    ),
]

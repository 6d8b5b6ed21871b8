r"""fresh86_b, continued (part 2 of 2): more cases of the sources that bench/equiv_fresh86_b.py
names (math.techqa.club, openstudy, mathhelpforum, the reddit snapshot copy, dragonoverlord3000,
mytutor, mathisfunforum, clay6, physicsforums), transcribed under the same rules; see that
module's docstring for the sources, conventions and what was left out. Do not tune the judge on
these cases."""

from __future__ import annotations

from bench.equiv_fresh86_b import (
    CL6,
    CL6_38363,
    DOL,
    DOL_1A3,
    MHF,
    MHF_171421,
    MIF,
    MIF_435948,
    MYT,
    MYT_7336,
    OS,
    OS_5574,
    PF,
    PF_651226,
    RSN,
    RSN_1Q28,
    TQC,
    TQC_603332,
    TQC_931028,
    TQC_3089513,
    TQC_4294630,
)
from bench.equiv_rl_suites import collected_case as _c

CASES = [
    # math.techqa.club 931028: the textbook's r(cos(x) - i sin(x)) rewritten in polar form
    _c(
        TQC,
        TQC_931028,
        gold=r"r(\cos (-x) + i \sin (-x))",
        pred=r"r(\cos(x)-i\sin(x))",
        wrap=True,
        expected=True,
        why=r"answer: 'use the fact that -sin (x) = sin (-x) and cos (x) = cos (-x), then your expression becomes r(cos (-x) + i sin (-x))'",
    ),
    # openstudy 5574ebab: 5(cos(5pi/4)+isin(5pi/4)) to rectangular form
    _c(
        OS,
        OS_5574,
        gold=r"-\frac{\sqrt 2}{2}",
        pred=r"-1/sqrt(2)",
        wrap=True,
        expected=True,
        why=r"asker gives cos(5pi/4) as '-1/sqrt(2)'; helper: 'yeah most people write -\frac{\sqrt 2}{2} but it is the same thing'",
    ),
    # mathhelpforum 171421: the argument of 1 + cot(x) i (0 < x < pi/2)
    _c(
        MHF,
        MHF_171421,
        gold=r"\frac{\pi}{2} - x",
        pred=r"x",
        wrap=True,
        expected=False,
        why=r"1 + cot(x)i: 'the answer gives cosec(x)cis(pi/2 - x), i dont understand why the (pi/2 - x) is needed and not just cis(x)'; reply: 'Angle: arctan(cot x) = arctan[tan(π/2 - x)] = π/2 - x'",
    ),
    # math.techqa.club 603332: the fifth roots of unity
    _c(
        TQC,
        TQC_603332,
        gold=r"\cos(2 \pi k/5) + i\sin(2 \pi k/5)",
        pred=r"e^{2\pi k i/5}",
        wrap=True,
        expected=True,
        why=r"answer: '1^{1/5} = (e^{2πki})^{1/5} = e^{2πki/5}=cos(2πk/5) + i sin(2πk/5)' 'And that's in a+bi form. Letting k = 0,...,4 gives you all 5 fifth roots of unity.'",
    ),
    # reddit.sentinel-team.org (an r/ snapshot copy) 1q28zka: the square roots of i
    _c(
        RSN,
        RSN_1Q28,
        gold=r"(√2)/2+i(√2)/2",
        pred=r"cis(π/4)",
        wrap=True,
        expected=True,
        why=r"first answer: 'cis(π/4)=cos(π/4)+i.sin(π/4)=(√2)/2+i(√2)/2'",
    ),
    _c(
        RSN,
        RSN_1Q28,
        gold=r"-(√2)/2-i(√2)/2",
        pred=r"cis(5π/4)",
        wrap=True,
        expected=True,
        why=r"first answer: 'cis(5π/4)=cos(5π/4)+i.sin(5π/4)=-(√2)/2-i(√2)/2'",
    ),
    _c(
        RSN,
        RSN_1Q28,
        gold=r"+-(1+i)/sqrt(2)",
        pred=r"+-e^(i*pi/4)",
        wrap=True,
        expected=True,
        why=r"third answer: 'That is +-e\^(i\*pi/4)=+-(1+i)/sqrt(2)' (the markdown escapes \^ and \* dropped)",
    ),
    # dragonoverlord3000.github.io (LADR exercise 1A.3 solution): two square roots of i
    _c(
        DOL,
        DOL_1A3,
        gold=r"\pm \frac{\sqrt{2}}{2}(1 + i)",
        pred=r"\pm e^{\frac{\pi}{4}i}",
        wrap=True,
        expected=True,
        why=r"'\sqrt{i} = \sqrt{e^{\frac{\pi}{2} i}} = \pm e^{\frac{\pi}{4}i} = \pm \cos(\pi/4) \pm i\sin(\pi/4) = \pm \frac{\sqrt{2}}{2}(1 + i)'",
    ),
    # mytutor 7336: the square root of i
    _c(
        MYT,
        MYT_7336,
        gold=r"(1 + i)/sqrt(2)",
        pred=r"exp(iπ/4)",
        wrap=True,
        expected=True,
        why=r"'sqrt(i) = (exp(iπ/2))^(1/2) = exp(iπ/4)' ... 'Using Euler's formula again, sqrt(i) = (1 + i)/sqrt(2)'",
    ),
    # mathisfunforum pid 435948: i^(-15) in a + bi form; the asker's 1/(-i) is right but
    # unsimplified
    _c(
        MIF,
        MIF_435948,
        gold=r"I",
        pred=r"1/(-i)",
        wrap=True,
        expected=True,
        why=r"i^(-15): asker 'My answer = 1/-I.' 'Textbook answer = I'; Bob: 'The second one is ok up to i^5 = i ... so you have 1/(-i) If you times top and bottom by -i you can simplify this.'; asker: 'I see now what I did wrong.' (the page's capital I kept)",
    ),
    # clay6 38363: i^(-35) in the form a + ib, options (a) i (b) 0 (c) -i (d) 1
    _c(
        CL6,
        CL6_38363,
        gold=r"i",
        pred=r"\frac{i}{-i^{2}}",
        wrap=True,
        expected=True,
        why=r"Answer : i; Explanation: 'i^{-35} = \frac{1}{i^{35}} = \frac{1}{(i^{2})^{17} i} = \frac{1}{-i} \times \frac{i}{i} = \frac{i}{-i^{2}} = i' (\large dropped)",
    ),
    _c(
        CL6,
        CL6_38363,
        gold=r"i",
        pred=r"-i",
        wrap=True,
        expected=False,
        why=r"options '(a) i (b) 0 (c) -i (d) 1', 'Answer : i'",
    ),
    _c(
        CL6,
        CL6_38363,
        gold=r"i",
        pred=r"1",
        wrap=True,
        expected=False,
        why=r"options '(a) i (b) 0 (c) -i (d) 1', 'Answer : i'",
    ),
    _c(
        CL6,
        CL6_38363,
        gold=r"i",
        pred=r"0",
        wrap=True,
        expected=False,
        why=r"options '(a) i (b) 0 (c) -i (d) 1', 'Answer : i'",
    ),
    # physicsforums 651226: e^(-i pi/2) written out
    _c(
        PF,
        PF_651226,
        gold=r"-i",
        pred=r"e^{-i\pi /2}",
        wrap=True,
        expected=True,
        why=r"micromass: 'If x=-\pi /2, then e^{-i\pi /2}=\cos(-\pi/2)+i\sin(-\pi/2)=-i.'; asker: 'Now I got it'",
    ),
    _c(
        PF,
        PF_651226,
        gold=r"-i",
        pred=r"\cos(-\pi/2)+i\sin(-\pi/2)",
        wrap=True,
        expected=True,
        why=r"micromass: 'e^{-i\pi /2}=\cos(-\pi/2)+i\sin(-\pi/2)=-i.'",
    ),
    # math.techqa.club 3089513: 2e^(pi i/6 - 1) in Cartesian form
    _c(
        TQC,
        TQC_3089513,
        gold=r"\frac{\sqrt 3}{e} + \frac{1}{e}i",
        pred=r"2e^{({\pi\over6}i -1)}",
        wrap=True,
        expected=True,
        why=r"asker: 'z_1 = 2e^{({\pi\over6}i -1)}' ... 'To get: z_1 = \frac{\sqrt 3}{e} + \frac{1}{e}i' 'Is this correct?'; answer: 'This is correct. You get the complex number z with modulus 2/e and argument π/6.'",
    ),
    # math.techqa.club 4294630: the polar form of -3 + 4i
    _c(
        TQC,
        TQC_4294630,
        gold=r"5e^{i2.21}",
        pred=r"5e^{-i53.13}",
        wrap=True,
        expected=False,
        why=r"asker: 'I got A = 5e^{-i53.13}, by plugging in arctan(4/-3)= -53.13º. But the given solution uses 126.76º'; answer: A = -3+4i 'lies in the second quadrant' so 'θ=126.76º, which matches the answer given to you', 'A=5e^{i2.21}'",
    ),
]

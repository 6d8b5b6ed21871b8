r"""A sixtieth fresh set of answer-equivalence cases (evaluation only; helper "d": engineering and
electronics answers -- capacitances in pF, nF and µF and their three-digit codes, resistances in
ohms and kilohms and the "4k7"-style letter-for-decimal-point notation, currents in A, mA and µA,
power in W and nW from dBm, binary numbers with and without leading zeros or spaces, hexadecimal
with and without a 0x prefix, and two's complement values -- where a forum thread, a quiz's own
feedback page, a teacher's answer page or a mark scheme settles which forms are the same answer
and which are not).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh57_claims/claims.txt,
/work/wt/fresh58_claims/claims.txt and /work/wt/fresh59_claims/claims.txt; each page was claimed
in /work/wt/fresh60_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses; always a bare answer to be put in ``\boxed{}``, so ``wrap`` is always True) and
the verdict (``expected``) settled on the page, with no one on the page contradicting it. ``repo``
is the domain of the stored copy (for the mirrored Stack Exchange thread, the mirror's domain) and
``where`` its full URL. There is no commit; every source is a web page with no licence file. Only
the text the search tool returned for a page (its excerpt) was read. Do not tune the judge on
these cases. Continued in bench/equiv_fresh60_d2.py (same rules; its sources are listed below
too).

Transcription: strings are copied as the stored page shows them (spacing, capitals and unit
spellings as printed: "100000pF", "100,000 pF", "100 000 pF", "0.1uF", ".1uF", "0.1 µF", "1k ohm",
"1 kohm", "m[A]"). Where a page writes a chain "A = B = C" or "A, or B, or C", one member as printed is
the gold (the value the question asks for, else the first) and each other member a True case;
``why`` quotes the chain. A quiz's option refused on its own feedback page
("4 is WRONG") is a False case against the answer its "is CORRECT" page gives. A value the page
writes without a unit (Papabravo's "Po = 3.162e-8", in watts) is kept without one. The WJEC
mark scheme prints its decimal point as the character U+05BC (a raised dot in the original); it
is kept as stored.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- forum.allaboutcircuits.com thread 88249 "Dbm to Watts?" (a student converts -45 dBm to
  "0.0000000316227766 Watts" and then "31.6nW", option D "31.6 nW"; Papabravo: "Your answer is
  correct", "Po = 3.162e-8"). 3 cases.
- itecnotes.com "ambiguous component values (ex. U01 U47 M47 etc.)" (best answer: "U47 = u47 =
  0u47 = 470 n", "10k1 = 10.1 k"). 4 cases.
- srv.gabrielggr.us.to (mirror of electronics.stackexchange.com question 452634 "What value of
  capacitor is CK3": "104 ... So 100000pF or 100nF or 0.1uF", "103 would be ... 10000pF or 10nF or
  0.01uF"). 4 cases.
- www.instructables.com topic "What is this component?" (a "104" disc capacitor the asker took for
  1.0uF; best answer "100,000 pF = 0.1 µF"; a reply "104 = 1.0x10^4 nF = 1000 nF = 1uF" is
  corrected: "You've dropped two zeros and added three ... The net result is 0.1 µF"; "100nF,
  0.1uF"). 5 cases (3 False).
- forum.arduino.cc topic 102376 "101 vs 104 capacitor" ("Listed 101=100pF and 104 = .1uF. Aren't
  they the same?" -- "Nope ... 0.1uF is 100nF, which is 100000pF"; "100 000 pF is also 0.1 uF").
  4 cases (1 False).
- www.diyaudio.com thread 54119 "silver mica and pp caps" ("am I true that 0.1uf = 1000pf?" --
  "0.1µF = 100nF = 100,000pF", "1000 pF = 1nF = 0.001 uF This is a common mistake", "4700 pF, or
  4.7 nF, or 0.0047 uF"). 7 cases (1 False).

Sources of bench/equiv_fresh60_d2.py:

- pconrad.github.io old_pconrad_cs16 09F "numberConversions" (an instructor's exam review: "In
  binary, 0101 and 101 are the same number", "In binary 0010 0011, 0100011, and 100 011 are all the
  same number"). 3 cases.
- community.gamedev.tv thread 160654 "Math - Number Base Challenge" (a teacher: "For your example
  of 162 = 10100010 ... you could add some spaces and write it as 1010 0010"). 1 case.
- math.techqa.club 4017156 "Binary translation zero issue" (book "1000001", tool "01000001";
  accepted answer: "I think both answers are correct ... the numbers "0100" and "100" are same").
  2 cases.
- faculty.kfupm.edu.sa COE043 online quiz 3, question 8 ("10111 is the two's complement
  representation of:" -23, -9, -7, +22, +7; q8f2 "2 is CORRECT ... Conclusion: 10111 = -9", q8f1
  "1 is WRONG", q8f4 "4 is WRONG"). 2 cases (2 False).
- DrCS.codes "hexquizzer" (an assignment's sample run: "What is the hexadecimal representation of
  decimal 13? C Incorrect. Decimal 13 is hexadecimal 0xd." then "D Correct!"). 2 cases (1 False).
- www.physicsforums.com thread 40575 (octal 173 to hex: "answer 1013 hex = 4115 dec. WRONG answer
  should be 7B Hex"). 1 case (False).
- cmpe080n-spring16-01.courses.soe.ucsc.edu node 8 (the instructor on writing a 3-digit hex
  answer: "you can write: 02B ... 0x02B (programmer version of hex)"). 1 case.
- learn.parallax.com Ohm's law solutions ("I = V / R = 1.3 / 2000 = 0.00065 A = 0.65 mA or 650
  µA"). 2 cases.
- electricalengineeringmcq.com resistor colour code MCQs ("Correct answer: 2. 1k ohm", "Total
  resistance = 10 * 100 = 1000 ohm = 1 kohm"). 2 cases.
- docsbay.net "welsh-joint-education-committee" (WJEC GCSE Electronics marking scheme, summer 2004,
  E1 Q7(a)(ii): "20 m[A] or 0ּ02 [A]"). 1 case.

44 cases in all (9 False): 27 here (5 False), 17 in bench/equiv_fresh60_d2.py (4 False).

Left out, by rule: hedged readings ("M47 probably means 470 k", "U01 could mean 10 n" on
itecnotes); options of a multiple-choice question that the page does not itself refuse (the
allaboutcircuits dBm question's A-C, the electricalengineeringmcq distractors); the third form of
the UCSC answer, "02B16", and the WJEC "220 [Ω] or 180 [Ω]" pair (two different preferred values,
not one value in two forms), its "0 (1) [accept ‘OFF’]" (a word, not a value) and its ranges
("0ּ7 [±0ּ1] [V]", "[accept 0 – 0ּ2]"); the gamedev.tv asker's "010100010" (the reply says leading
zeros "aren't required", not that the forms are equal) and its "-162" pattern (printed two ways);
the parallax answer "R = 3.3 V / 0.001 A = 3000 Ω = 3.3 kΩ" (the page's chain is false: 3.3 V /
0.001 A is 3300 Ω); single-form answers (the dronebotworkshop "473 means 47 nF", the mutable
instruments "104 = ... = 100,000pF = 100nF", already covered by the sources above).

Examined and not used: curioustab.com, cdquestions.com and holooly.com (used before); the scribd
and 1library AQA/Edexcel mark schemes 684997333, 825895094 and zglonk7q (used before); the
physicsforums phasor thread 444149 and the bilkent "Answers - 03" page (used before);
docsbay.net WJEC summer 2006 electronics marking scheme (its Ω signs were lost in the stored text,
leaving "300 [](1)"); the KFUPM COE021 quiz 3 question 10 page (only a refused option; the right
answer is on no stored page); webwriters.com ece2500 (a copy of the KFUPM quiz); pufter.com post
378049 (a Stroud exercise, 10e^j5.63 against the book's 10e^-j0.650; no reply in the stored text
settles it); letsmakerobots.com node 37382 (its "100nF (10,000pF)" is wrong, and the asker's
"104pF" gets a "yes"); sporcle.com binary comment (its corrected "63 (00011111)" is itself wrong);
armyintelligence.tpub.com IT0339 answer key (its subscripts were flattened, "1510"); the allegedly
machine-written or AI pages (gauthmath, smartsolve, questionai, askfilo, edu.com, math-gpt.org,
qammunity, cal53.calculator.city, devlearnhub.com, flyingselfies.com) and the copied Educative
course on learn.devam.ir.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

AAC = "forum.allaboutcircuits.com"
AAC_DBM = "https://forum.allaboutcircuits.com/threads/dbm-to-watts.88249/"
ITN = "itecnotes.com"
ITN_AMB = (
    "https://itecnotes.com/electrical/electrical-ambiguous-component-values-ex-u01-u47-m47-etc/"
)
ESE = "srv.gabrielggr.us.to"
ESE_452 = (
    "http://srv.gabrielggr.us.to:8000/content/electronics.stackexchange.com_en_all_2023-11/"
    "questions/452634/what-value-of-capacitor-is-ck3"
)
INS = "www.instructables.com"
INS_COMP = "https://www.instructables.com/topics/What-is-this-component-1/"
ARD = "forum.arduino.cc"
ARD_102 = "http://forum.arduino.cc/index.php?topic=102376.0"
DIY = "www.diyaudio.com"
DIY_541 = "http://www.diyaudio.com/forums/parts/54119-silver-mica-pp-caps-print.html"
# sources of bench/equiv_fresh60_d2.py
PCO = "pconrad.github.io"
PCO_NC = "https://pconrad.github.io/old_pconrad_cs16/09F/lectures/numberConversions/index.html"
GDT = "community.gamedev.tv"
GDT_160 = "https://community.gamedev.tv/t/math-number-base-challenge/160654"
TQA = "math.techqa.club"
TQA_401 = "https://math.techqa.club/binary-translation-zero-issue-4017156"
KFU = "faculty.kfupm.edu.sa"
KFU_Q8 = "https://faculty.kfupm.edu.sa/coe/ashraf/RichFilesTeaching/COE043_200/OnlineQuizes/Quiz3/"
KFU_Q8F1 = KFU_Q8 + "q8f1.html"
KFU_Q8F4 = KFU_Q8 + "q8f4.html"
DRC = "DrCS.codes"
DRC_HEX = "https://DrCS.codes/python/exercises/hexquizzer"
PF = "www.physicsforums.com"
PF_405 = (
    "https://www.physicsforums.com/threads/convert-octal-to-hex-w-out-converting-to-binary.40575/"
)
UCS = "cmpe080n-spring16-01.courses.soe.ucsc.edu"
UCS_8 = "https://cmpe080n-spring16-01.courses.soe.ucsc.edu/node/8.html"
PLX = "learn.parallax.com"
PLX_OHM = "https://learn.parallax.com/tutorials/electrical-measurements/ohms-law/solutions"
EEM = "electricalengineeringmcq.com"
EEM_RCC = "https://electricalengineeringmcq.com/resistor-color-code-mcq-questions-with-answers/"
WJE = "docsbay.net"
WJE_04 = "https://docsbay.net/welsh-joint-education-committee"

CASES = [
    # allaboutcircuits 88249: -45 dBm in watts; the student's forms, checked by Papabravo
    _c(
        AAC,
        AAC_DBM,
        gold=r"31.6 nW",
        pred=r"0.0000000316227766 Watts",
        wrap=True,
        expected=True,
        why="student: '10^(-45/10)/1000= 0.0000000316227766 Watts' then '= 31.6nW' (option D); "
        "'Your answer is correct.'",
    ),
    _c(
        AAC,
        AAC_DBM,
        gold=r"31.6 nW",
        pred=r"31.6nW",
        wrap=True,
        expected=True,
        why="student: 'x 10^9(nanowatts)= 31.6nW'; option 'D. 31.6 nW'; 'Your answer is correct.'",
    ),
    _c(
        AAC,
        AAC_DBM,
        gold=r"31.6 nW",
        pred=r"3.162e-8",
        wrap=True,
        expected=True,
        why="Papabravo's check: 'Po = 10^(-4.5) * .001', 'Po = 3.162e-8' (watts), agreeing with 31.6 nW",
    ),
    # itecnotes: letter in place of the decimal point
    _c(
        ITN,
        ITN_AMB,
        gold=r"470 n",
        pred=r"U47",
        wrap=True,
        expected=True,
        why="best answer: 'U47 = u47 = 0u47 = 470 n'",
    ),
    _c(
        ITN,
        ITN_AMB,
        gold=r"470 n",
        pred=r"u47",
        wrap=True,
        expected=True,
        why="best answer: 'U47 = u47 = 0u47 = 470 n'",
    ),
    _c(
        ITN,
        ITN_AMB,
        gold=r"470 n",
        pred=r"0u47",
        wrap=True,
        expected=True,
        why="best answer: 'U47 = u47 = 0u47 = 470 n'",
    ),
    _c(
        ITN,
        ITN_AMB,
        gold=r"10.1 k",
        pred=r"10k1",
        wrap=True,
        expected=True,
        why="'the \"alpha\" character replaces the decimal point such that 10k1 = 10.1 k'",
    ),
    # electronics.stackexchange 452634 (mirror): three-digit capacitor codes
    _c(
        ESE,
        ESE_452,
        gold=r"100000pF",
        pred=r"100nF",
        wrap=True,
        expected=True,
        why="'104 means 10 with 4 zeros. Measured in picofarads. So 100000pF or 100nF or 0.1uF'",
    ),
    _c(
        ESE,
        ESE_452,
        gold=r"100000pF",
        pred=r"0.1uF",
        wrap=True,
        expected=True,
        why="'104 means 10 with 4 zeros. Measured in picofarads. So 100000pF or 100nF or 0.1uF'",
    ),
    _c(
        ESE,
        ESE_452,
        gold=r"10000pF",
        pred=r"10nF",
        wrap=True,
        expected=True,
        why="'103 would be 10 with 3 zeros - 10000pF or 10nF or 0.01uF'",
    ),
    _c(
        ESE,
        ESE_452,
        gold=r"10000pF",
        pred=r"0.01uF",
        wrap=True,
        expected=True,
        why="'103 would be 10 with 3 zeros - 10000pF or 10nF or 0.01uF'",
    ),
    # instructables: a "104" capacitor; the asker's guess and a reply are corrected
    _c(
        INS,
        INS_COMP,
        gold=r"0.1 µF",
        pred=r"100,000 pF",
        wrap=True,
        expected=True,
        why="best answer: '\"104\", which becomes 10 × 10^{4}= 10 × 10000 = 100,000 pF = 0.1 µF'",
    ),
    _c(
        INS,
        INS_COMP,
        gold=r"0.1 µF",
        pred=r"100nF",
        wrap=True,
        expected=True,
        why="a later answer: '100nF, 0.1uF' (agreeing with the best answer's 0.1 µF)",
    ),
    _c(
        INS,
        INS_COMP,
        gold=r"0.1 µF",
        pred=r"1uF",
        wrap=True,
        expected=False,
        why="'104 = 1.0x10^4 nF = 1000 nF = 1uF' is answered 'You've dropped two zeros and added "
        "three ... The net result is 0.1 µF.'",
    ),
    _c(
        INS,
        INS_COMP,
        gold=r"0.1 µF",
        pred=r"1000 nF",
        wrap=True,
        expected=False,
        why="'104 = 1.0x10^4 nF = 1000 nF = 1uF' is answered '\"104\" actually means 10 × 10^{4}, "
        "or 100,000 (not 1,000) ... the base unit ... is pF, not nF. The net result is 0.1 µF.'",
    ),
    _c(
        INS,
        INS_COMP,
        gold=r"0.1 µF",
        pred=r"1.0uF",
        wrap=True,
        expected=False,
        why="asker: 'I assumed from its size that it was 1.0uF'; best answer: '\"104\" ... = 0.1 µF'",
    ),
    # arduino forum 102376: 101 against 104
    _c(
        ARD,
        ARD_102,
        gold=r"0.1uF",
        pred=r"100nF",
        wrap=True,
        expected=True,
        why="RuggedCircuits: '0.1uF is 100nF, which is 100000pF.'",
    ),
    _c(
        ARD,
        ARD_102,
        gold=r"0.1uF",
        pred=r"100000pF",
        wrap=True,
        expected=True,
        why="RuggedCircuits: '0.1uF is 100nF, which is 100000pF.'",
    ),
    _c(
        ARD,
        ARD_102,
        gold=r"0.1 uF",
        pred=r"100 000 pF",
        wrap=True,
        expected=True,
        why="Techone: '104 ... so it is 10 0000 pF re-arrange --> 100 000 pF is also 0.1 uF'",
    ),
    _c(
        ARD,
        ARD_102,
        gold=r"100pF",
        pred=r".1uF",
        wrap=True,
        expected=False,
        why="'Listed 101=100pF and 104 = .1uF. Aren't they the same??' -- 'Nope, you've got your SI "
        "prefixes mixed up a bit.'",
    ),
    # diyaudio 54119: pF, nF and µF
    _c(
        DIY,
        DIY_541,
        gold=r"100,000pF",
        pred=r"0.1µF",
        wrap=True,
        expected=True,
        why="reply: '0.1µF = 100nF = 100,000pF'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"100,000pF",
        pred=r"100nF",
        wrap=True,
        expected=True,
        why="reply: '0.1µF = 100nF = 100,000pF'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"100,000pF",
        pred=r"1000pf",
        wrap=True,
        expected=False,
        why="'am I true that 0.1uf = 1000pf?' -- '0.1µF = 100nF = 100,000pF'; '1000 pF = 1nF = 0.001 "
        "uF This is a common mistake'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"0.001 uF",
        pred=r"1000 pF",
        wrap=True,
        expected=True,
        why="reply: '1000 pF = 1nF = 0.001 uF'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"0.001 uF",
        pred=r"1nF",
        wrap=True,
        expected=True,
        why="reply: '1000 pF = 1nF = 0.001 uF'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"4700 pF",
        pred=r"4.7 nF",
        wrap=True,
        expected=True,
        why="'ceramic disc capacirtors ... marked \"4700\" They are 4700 pF, or 4.7 nF, or 0.0047 uF.'",
    ),
    _c(
        DIY,
        DIY_541,
        gold=r"4700 pF",
        pred=r"0.0047 uF",
        wrap=True,
        expected=True,
        why="'ceramic disc capacirtors ... marked \"4700\" They are 4700 pF, or 4.7 nF, or 0.0047 uF.'",
    ),
]

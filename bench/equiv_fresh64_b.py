r"""A sixty-fourth fresh set of answer-equivalence cases (evaluation only; helper "b": physics and
engineering answer keys and mark schemes with units and vectors -- moments in N m and N cm,
prefixes (kN, kW, mg, Mg, GN), compound units (m s -1 against a bare number, kN/m against 10^3
N/m), energy in J and kJ, vectors in i, j and angle-bracket form -- where a mark scheme, a worked
solution, a homework-system help page or a forum thread settles which forms are the same answer
and which are refused (a wrong sign, a wrong power of ten, a missing unit where one is required,
a wrong value found by a student's slip)).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path
part, was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh64_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form the
page refuses or gives only part of the marks; always a bare answer to be put in ``\boxed{}``, so
``wrap`` is always True) and the verdict (``expected``) settled on the page, with no one on the
page contradicting it. ``repo`` is the domain of the stored copy (for proxied scribd copies, the
proxy's domain) and ``where`` its full URL. There is no commit; every source is a web page with no
licence file. Only the text the search tool returned for a page (its excerpts) was read. Do not
tune the judge on these cases. Continued in bench/equiv_fresh64_b2.py (same rules; its sources
are listed below too).

Transcription: strings are copied as the stored page shows them (the engineering-math.org
solutions keep their LaTeX, ``\text{...}``, ``\:`` and ``\ `` spacing included; "m s -1" keeps the
flattened exponent the stored mark scheme shows; "– 45.3" keeps its en dash and space; "3,060 kJ"
keeps its comma; "816k" is written as the forum poster wrote it). Mark schemes: an "accept /
allow X" form, or a form joined to the answer by "OR" or "/", is a True case against the printed
answer (the first form); a form the scheme refuses ("Do not accept -25 N", "do not accept j") or
gives only part of the marks ("allow 1 mark for an answer 1500"; "allow 25200 with no working
shown for 1 mark" where 252 gets 2) is a False case. A bracketed unit is the schemes' own
convention for a unit not required and is kept as printed in the gold. Where a scheme prints the
number and its unit on separate lines for separate marks (yumpu 35263904 "* 2" and "* Ncm"), the
gold joins them with a space; an accepted unit on its own ("accept 'cmN'") is a unit-only case.
Worked solutions that write "given = ... = answer" (engineering-math.org, abpischools) give the
answer the exercise asks for as the gold and an earlier member of the chain, which the page writes
as equal, as the pred. Forum threads: the book's or the checker's answer is the gold and the
student's refused answer the pred, where a reply shows the student's slip and the student agrees.
Help pages: the page's example answer is the gold and the example student entry it grades correct
the pred.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- www.yumpu.com "document/view/35263904/levels-3-7-test-papers/32" (2005 KS3 Science mark scheme,
  Tier 5-7 Paper One, Q14: a i "* 2" "* Ncm", "accept '0.2 × 10'", "accept 'cmN'", "accept '0.02
  Nm' for both marks"; a ii "* 2 (Ncm)", "accept '0.02 Nm'", "unit not required"). 5 cases.
- siteproxy.ruqli.workers.dev proxy copy of scribd 710932192 "markScheme-9" (Cambridge-style mark
  scheme, 3(b)(i): "400 x 0.4 OR 400 x 40", "160 OR 16 000", "Nm OR Ncm"). 1 case.
- ru.scribd.com "document/404071260/5-M1-Newton-s-Laws-of-Motion-2-MS" (OCR MEI M1 mark scheme:
  "25 N B1 Condone no units. Do not accept -25 N."; "45.3 N (3 s. f.) A1 cao but accept – 45.3").
  3 cases (1 False).
- engineering-math.org, six pages of worked solutions to Hibbeler's Statics chapter 1 (SI units
  with prefixes): "tag/engineering-mechanics-solution-manual/" (P1-3 "Mg/ms = 10^6 kg/s = Gg/s",
  "N/mm = 10^3 N/m = kN/m", "mN/(kg·µs) = 10^3 N/(kg·s) = kN/(kg·s)"; P1-6 "55 mi/h = 88.5 km/h",
  "88.5 km/h = 24.6 m/s"), "tag/si-form" (P1-7 "0.000431 kg = 0.431 × 10^{-3} kg = 0.431 g",
  "35.3(10^3) N = 35.3 kN", "0.00532 km = 5.32 m"), "author/jonaspaulbdelacruz/page/11" (P1-14
  "0.0449 N^2 = 4.49 × 10^{-2} N^2"; P1-13 "2710 kg/m^3 = 2.71 × 10^3 kg/m^3 = 2.71 Mg/m^3"),
  www "tag/si-units/" (P1-12 "15.9 × 10^{-3} m/s = 15.9 mm/s"),
  "2018/06/13/problem-1-11-general-principles-engineering-mechanics-statics-rc-hibbeler/" (P1-11
  "0.447 (10^3) g·m/N = 0.447 kg·m/N") and "tag/engineering-problem-solutions" (P1-2 "kN/µs =
  (10)^9 N/s = GN/s", "Mg/mN = 10^9 g/N = Gg/N"). 16 cases.
- de.scribd.com "document/95030898/P1-2-energy-and-Efficiency-Mark-Scheme" (AQA P1 mark scheme,
  4(a): "15 ... allow 1 mark for an answer 1500 allow both marks for 1500 pence / p"). 3 cases
  (1 False).
- ja.scribd.com "document/116453236/P1-Energy-Efficiency-and-Electrical-Appliances-H-and-I-Answers"
  (M3(a): "1 mark for useful power = 960 W / 0.96 kW"). 1 case.
- www.abpischools.org.uk "topics/domestic-energy/energy-transfer/" (worked example: "850 W x 3600 s
  = 3,060,000 J", "3,060,000 J / 1000 = 3,060 kJ"). 1 case.
- image.absoluteastronomy.com "topics/Metre_per_second_squared" (encyclopedia copy: "the Earth's
  gravitational field (near ground level) can be quoted as 9.8 metres per second squared, or the
  equivalent 9.8 N/kg"). 1 case.
- clevelandohioweatherforecast.com proxy copy of scribd 681194230 "M1 Kinematics - 1D Vectors &
  Calculus 3 MS" (OCR MEI M1 mark scheme, 1(i): "6 m s -1 B1 Neglect units.", "4 m s -2 B1 Neglect
  units."). 2 cases.

Sources of bench/equiv_fresh64_b2.py:

- www.physicsforums.com "threads/angular-momentum-relative-to-the-origin.956019/" (the student's
  "-816k" from L = p x r was marked wrong and "816k" accepted by WebAssign; PeroK: "L = r × p
  Surely?"; the student: "r x p doesn't equal p x r and I memorised the formula the wrong way").
  1 case (1 False).
- www.physicsforums.com "threads/vectors-force-physics.693451/" (Hibbeler 3-D resultant: the
  student's "≈779 N" and "θx ≈49°" against the book's "733N with angles of 53.5, 65.3, 133"; barryj
  points to the slip in F2 and the student thanks him). 2 cases (2 False).
- help.sowiso.com article 7109588 "Evaluation type eval_units" ("if the student's answer is 100m
  and the Solution is 0.1km, then the answer will be regarded as correct"). 1 case.
- community.canvaslms.com Mastery Connect article 547322 (isUnit scoring: "if the correct answer is
  set to 5m, a student response of (5m) is scored as correct"). 1 case.
- help.grasple.com article 365962 ("an Exact value and unit as" check: "1 kilogram will be equal to
  1 kg"). 1 case.
- docs.learnosity.com author guide "math_scoring/equivvalue_math" ("units of measurement, where
  \(1m\) = \(100cm\)"). 1 case.
- authorguide.learnosity.com article 360000923457 "equivValue Scoring Method" ("compares numerical
  values that may be represented in different ways, such as 1L = 1000mL"). 1 case.
- webwork.maa.org "wiki/Vectors" (PG snippet: with the ijk flag "the vector v1 here being shown as
  v1 = i + 3j instead of v1 = <1,3>"). 1 case.
- www.scribd.com "document/617832411/Moments-LeversandGears-ans" (AQA mark schemes: "moment = 252
  ... allow 252 with no working shown for 2 marks allow 25200 with no working shown for 1 mark";
  "Tesla accept T ... do not accept t"). 3 cases (2 False).
- y9twyfordphysics.blogspot.com "2014/05/" (a teacher's posted KS3 mark scheme, Q2(a): "either
  1500 accept '100 × 15' N cm or newton cm or 15 accept '100 × 0.15' N m or newton metre"). 5 cases.
- scribd.com "document/728892475/Moments-MS" (Edexcel M1 moments mark scheme, Q1: "T = 250 N or 246
  N", "Third A1 for either 250 (N) or 246 (N)"). 1 case.
- www.scribd.com "document/457362070/09-Test-moments-forces-and-vectors-MARKSCHEME-ONLY-docx" (AQA
  M1(b) unit: "joule accept J do not accept j"). 2 cases (1 False).

53 cases in all (8 False): 33 here (2 False), 20 in bench/equiv_fresh64_b2.py (6 False).

Left out, by rule: forms whose superscripts or fractions the stored text flattened or stacked
("8 × 10−2", "6 × 10−3 (N)" in scribd 617832411; "3.1 x 10-7 C" and "1.5 x 10-8 C" in
physicsforums 265910 and 329841; the stacked column vectors and "kg m s–1" units of the vector and
momentum mark schemes); ranges ("40 – 47 N AND 33° – 40°", "allow 68–70 (degrees from the
vertical)", "answer in range 21.8-22.0"); refusals of form only where the value is the same (the
grasple exact check's "not equal to 1 * 10^3 gram"; the WebAssign "1.2 m/s", not "1.2m/s" spacing
rule; STACK's strict-units tests); rounding steps the pages give only as working (engineering-math
P1-11's "18.75(10^9) N/m = 18.8 GN/m", P1-14's "2788 s^2 = 2.79 × 10^3 s^2", ru.scribd 404071260's
"45.31538… so 45.3 N"); engineering-math P1-10, whose "8.53(10^3) m/kg^2 = 8.53 km/kg" drops a
power of kg (a slip on the page); forms the scheme joins to a rule rather than writing out ("-1 if
negative sign given with answer", "ignore added units"); the wyzant 719884 "105 N (or 106 N,
depending on rounding)", whose angle step divides by the wrong component.

Examined and not used: it.scribd 392639594, scribd 704723106 and 267370380, ininet.org, 1library
zglonk7q, studylib 26114131, scribd 636445046, waeconline Phys219nq12, scribd 684964742 and
626053564, pdfslide rphs-achievement, ptop scribd 825885740 and 788099056, scribd 57830026,
siteproxy scribd 720906251, paperzz 7683702, scribd 589272588 and 589272594 (used or examined by
earlier sets); courses.washington.edu WebAssign units page and help.pearsoncmg.com "what counts as
a right answer" (used or examined by earlier sets); docs.stack-assessment.org units answer-test
pages (generated from the STACK fixtures whose units rows an earlier set left out, and the site is
named as used by an earlier set); armyintelligence.tpub.com IT0332 frames (µ signs and exponents
lost: "3,000 A = ... 3mA", "33 X 106 Ω or 33 mΩ"); scribd 720906249, 687281406 and 664662759
(ranges or single forms only); imathworks "direction of the resultant displacement" (used by an
earlier set); physicsforums 485874, 341594 and 428747 (unresolved in the stored text); the torque
"N m versus J" discussions (the-uncensored-wiki Newton-meter, physics.stackexchange 37884,
listed.to, energyeducation.ca: a convention the pages argue about, not an answer); mytutor 23230
and library.thinkquest (single forms); curioustab, gauthmath, expertminds.ai, kramizo,
gradegorilla, hotelsabruzzo, reko.study, scienceaq and qammunity-style answer pages (generated or of
unclear authorship); Pearson Mastering's solutionNumberUnits page ("1000 m ... 1 km is incorrect"
only under the Exact unit match setting); betterexaminations.com and support.mzdevinc.com (copies
of the Learnosity equivValue text); huggingface.co Nemotron-CC-Math rows (LLM-rewritten).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c


def _w(repo: str, where: str, gold: str, pred: str, ok: bool, why: str) -> dict[str, object]:
    return _c(repo, where, gold=gold, pred=pred, wrap=True, expected=ok, why=why)


YU = "www.yumpu.com"
YU_KS3 = "https://www.yumpu.com/en/document/view/35263904/levels-3-7-test-papers/32"
SP = "siteproxy.ruqli.workers.dev"
SP_MS9 = (
    "https://siteproxy.ruqli.workers.dev:443/https/www.scribd.com/document/710932192/markScheme-9"
)
RUS = "ru.scribd.com"
RUS_NL = "https://ru.scribd.com/document/404071260/5-M1-Newton-s-Laws-of-Motion-2-MS"
EM = "engineering-math.org"
EM_SM = "https://engineering-math.org/tag/engineering-mechanics-solution-manual/"
EM_SF = "https://engineering-math.org/tag/si-form"
EM_P11 = "https://engineering-math.org/author/jonaspaulbdelacruz/page/11"
EMW = "www.engineering-math.org"
EM_SU = "https://www.engineering-math.org/tag/si-units/"
EM_111 = (
    "https://engineering-math.org/2018/06/13/"
    "problem-1-11-general-principles-engineering-mechanics-statics-rc-hibbeler/"
)
EM_PS = "https://engineering-math.org/tag/engineering-problem-solutions"
DES = "de.scribd.com"
DES_P12 = "https://de.scribd.com/document/95030898/P1-2-energy-and-Efficiency-Mark-Scheme"
JAS = "ja.scribd.com"
JAS_P1 = (
    "https://ja.scribd.com/document/116453236/"
    "P1-Energy-Efficiency-and-Electrical-Appliances-H-and-I-Answers"
)
ABP = "www.abpischools.org.uk"
ABP_ET = "https://www.abpischools.org.uk/topics/domestic-energy/energy-transfer/"
AA = "image.absoluteastronomy.com"
AA_MPS = "http://image.absoluteastronomy.com/topics/Metre_per_second_squared"
CLE = "clevelandohioweatherforecast.com"
CLE_M1K = (
    "https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com"
    "%2Fdocument%2F681194230%2FM1-Kinematics-1D-Vectors-Calculus-3-MS"
)
# sources of bench/equiv_fresh64_b2.py
PF = "www.physicsforums.com"
PF_AM = "https://www.physicsforums.com/threads/angular-momentum-relative-to-the-origin.956019/"
PF_VF = "https://www.physicsforums.com/threads/vectors-force-physics.693451/"
SOW = "help.sowiso.com"
SOW_EU = "https://help.sowiso.com/en/articles/7109588-evaluation-type-eval-units"
CAN = "community.canvaslms.com"
CAN_IU = (
    "https://community.canvaslms.com/t5/Mastery-Connect-Assessments/"
    "How-do-I-use-the-isUnit-mathematical-scoring-method-when/ta-p/547322"
)
GRA = "help.grasple.com"
GRA_EX = (
    "https://help.grasple.com/en/articles/365962-how-to-use-the-an-exact-value-and-unit-as-check"
)
LRD = "docs.learnosity.com"
LRD_EV = "https://docs.learnosity.com/authoring/authorguide/formula/math_scoring/equivvalue_math"
LRA = "authorguide.learnosity.com"
LRA_EV = (
    "https://authorguide.learnosity.com/hc/en-us/articles/360000923457-equivValue-Scoring-Method"
)
WW = "webwork.maa.org"
WW_VEC = "http://webwork.maa.org/wiki/Vectors"
SC = "www.scribd.com"
SC_MLG = "https://www.scribd.com/document/617832411/Moments-LeversandGears-ans"
SC_T09 = "https://www.scribd.com/document/457362070/09-Test-moments-forces-and-vectors-MARKSCHEME-ONLY-docx"
Y9 = "y9twyfordphysics.blogspot.com"
Y9_HW = "http://y9twyfordphysics.blogspot.com/2014/05/"
SCB = "scribd.com"
SCB_MOM = "https://scribd.com/document/728892475/Moments-MS"

CASES: list[dict[str, object]] = [
    # yumpu 35263904, 2005 KS3 Science Q14: a moment in Ncm and its accepted forms
    _w(
        YU,
        YU_KS3,
        r"2 Ncm",
        r"0.02 Nm",
        True,
        "a i '* 2' '* Ncm': \"accept '0.02 Nm' for both marks\"",
    ),
    _w(YU, YU_KS3, r"Ncm", r"cmN", True, "a i unit '* Ncm': \"accept 'cmN'\""),
    _w(YU, YU_KS3, r"2", r"0.2 × 10", True, "a i value '* 2': \"accept '0.2 × 10'\""),
    _w(YU, YU_KS3, r"2 (Ncm)", r"0.02 Nm", True, "a ii '* 2 (Ncm)': \"accept '0.02 Nm'\""),
    _w(YU, YU_KS3, r"2 (Ncm)", r"2", True, "a ii '* 2 (Ncm)': 'unit not required'"),
    # siteproxy scribd 710932192 markScheme-9: the same moment in N m and N cm
    _w(
        SP,
        SP_MS9,
        r"160 Nm",
        r"16 000 Ncm",
        True,
        "3(b)(i) '400 x 0.4 OR 400 x 40', '160 OR 16 000', 'Nm OR Ncm'",
    ),
    # ru.scribd 404071260, M1 Newton's laws: unit condoned, negative sign refused or accepted
    _w(RUS, RUS_NL, r"25 N", r"25", True, "2(i) '25 N B1 Condone no units. Do not accept -25 N.'"),
    _w(
        RUS,
        RUS_NL,
        r"25 N",
        r"-25 N",
        False,
        "2(i) '25 N B1 Condone no units. Do not accept -25 N.'",
    ),
    _w(
        RUS,
        RUS_NL,
        r"45.3 N",
        r"– 45.3",
        True,
        "2(ii) '45.3 N (3 s. f.) A1 cao but accept – 45.3.'",
    ),
    # engineering-math.org solution manual tag page: Hibbeler P1-3 units with prefixes, P1-6 speed
    _w(
        EM,
        EM_SM,
        r"\text{Gg/s}",
        r"10^6 \text{kg/s}",
        True,
        "P1-3(a) '\\text{Mg/ms} = ... = 10^6 \\text{kg/s} = \\text{Gg/s}'",
    ),
    _w(
        EM,
        EM_SM,
        r"\text{kN/m}",
        r"10^3 \ \text{N/m}",
        True,
        "P1-3(b) '\\text{N/mm} = ... = 10^3 \\ \\text{N/m} = \\text{kN/m}'",
    ),
    _w(
        EM,
        EM_SM,
        r"\text{kN/m}",
        r"\text{N/mm}",
        True,
        "P1-3(b): the given N/mm, written '= 10^3 \\ \\text{N/m} = \\text{kN/m}'",
    ),
    _w(
        EM,
        EM_SM,
        r"\text{kN}/\left( \text{kg} \cdot  \text{s}\right)",
        r"10^3 \ \text{N}/\left( \text{kg} \cdot \text{s} \right)",
        True,
        "P1-3(c) '... =10^3 \\ \\text{N}/(kg·s) = \\text{kN}/(kg·s)'",
    ),
    _w(
        EM,
        EM_SM,
        r"88.5\:\frac{km}{h}",
        r"55\:\frac{mi}{h}",
        True,
        "P1-6 '55\\:\\frac{mi}{h}=...=88.5\\:\\frac{km}{h}'",
    ),
    _w(
        EM,
        EM_SM,
        r"24.6\:\frac{m}{s}",
        r"88.5\:\frac{km}{h}",
        True,
        "P1-6 '88.5\\:\\frac{km}{h}=...=24.6\\:\\frac{m}{s}'",
    ),
    # engineering-math.org tag si-form: Hibbeler P1-7 quantities in SI form with a prefix
    _w(
        EM,
        EM_SF,
        r"0.431 \ \text{g}",
        r"0.431 \times 10^{-3} \ \text{kg}",
        True,
        "P1-7(a) '0.000 \\ 431 kg = 0.431 \\times 10^{-3} kg = ... = 0.431 \\ \\text{g}'",
    ),
    _w(
        EM,
        EM_SF,
        r"35.3 \ \text{kN}",
        r"35.3\left( 10^3 \right) \ \text{N}",
        True,
        "P1-7(b) '35.3\\left( 10^3 \\right) \\ \\text{N} = 35.3 \\ \\text{kN}'",
    ),
    _w(
        EM,
        EM_SF,
        r"5.32 \ \text{m}",
        r"0.00532 \ \text{km}",
        True,
        "P1-7(c) '0.00532 \\ \\text{km} = ... = 5.32 \\ \\text{m}'",
    ),
    # engineering-math.org author page 11: Hibbeler P1-14 and P1-13
    _w(
        EM,
        EM_P11,
        r"4.49\times 10^{-2} \ \text{N}^2",
        r"0.0449 \ \text{N}^2",
        True,
        "P1-14(a) '= 0.0449 \\ \\text{N}^2 = 4.49\\times 10^{-2} \\ \\text{N}^2'",
    ),
    _w(
        EM,
        EM_P11,
        r"2.71\ \text{Mg/m}^3",
        r"2.71\times 10^3 \ \text{kg/m}^3",
        True,
        "P1-13 '= 2710 kg/m^3 = 2.71\\times 10^3 \\ \\text{kg/m}^3 = 2.71\\ \\text{Mg/m}^3'",
    ),
    _w(
        EM,
        EM_P11,
        r"2.71\ \text{Mg/m}^3",
        r"2710\ \text{kg/m}^3",
        True,
        "P1-13 '= 2710\\ \\text{kg/m}^3 = 2.71\\times 10^3 kg/m^3 = 2.71\\ \\text{Mg/m}^3'",
    ),
    # www.engineering-math.org tag si-units: Hibbeler P1-12(a)
    _w(
        EMW,
        EM_SU,
        r"15.9 \  \text{mm/s}",
        r"\frac{15.9\times 10^{-3}\ \text{m}}{\text{s}}",
        True,
        "P1-12(a) '= \\frac{15.9\\times 10^{-3}\\ \\text{m}}{\\text{s}} = 15.9 \\  \\text{mm/s}'",
    ),
    # engineering-math.org problem 1-11: a compound unit with the prefix moved
    _w(
        EM,
        EM_111,
        r"0.447\:kg\cdot m/N",
        r"\frac{0.447\:\left(10^3\right)g\cdot m}{N}",
        True,
        "P1-11(a) '=\\frac{0.447\\:\\left(10^3\\right)g\\cdot m}{N}=0.447\\:kg\\cdot m/N'",
    ),
    # engineering-math.org tag engineering-problem-solutions: Hibbeler P1-2
    _w(
        EM,
        EM_PS,
        r"\text{GN/s}",
        r"\left( 10 \right)^9 \ \text{N/s}",
        True,
        "P1-2(a) 'KN/\\mu s = ... =\\left( 10 \\right)^9 \\ \\text{N/s} = \\text{GN/s}'",
    ),
    _w(
        EM,
        EM_PS,
        r"\text{Gg/N}",
        r"10^9\:\text{g/N}",
        True,
        "P1-2(b) 'Mg/mN = ... = 10^9\\:\\text{g/N} =\\text{Gg/N}'",
    ),
    # de.scribd 95030898 P1.2 energy: the cost in pounds, in pence, and a bare 1500
    _w(
        DES,
        DES_P12,
        r"15",
        r"1500 pence",
        True,
        "4(a) '15 ... allow both marks for 1500 pence / p'",
    ),
    _w(DES, DES_P12, r"15", r"1500 p", True, "4(a) '15 ... allow both marks for 1500 pence / p'"),
    _w(
        DES,
        DES_P12,
        r"15",
        r"1500",
        False,
        "4(a) '15 ... allow 1 mark for an answer 1500' (of 2; 'both marks for 1500 pence / p')",
    ),
    # ja.scribd 116453236 P1 answers: a power in W and kW
    _w(
        JAS, JAS_P1, r"960 W", r"0.96 kW", True, "M3(a) '1 mark for useful power = 960 W / 0.96 kW'"
    ),
    # abpischools energy transfer: J to kJ
    _w(
        ABP,
        ABP_ET,
        r"3,060 kJ",
        r"3,060,000 J",
        True,
        "'The energy transfer is 3,060,000 J' ... '3,060,000 J / 1000 = 3,060 kJ'",
    ),
    # absoluteastronomy metre per second squared: g in m/s^2 and N/kg
    _w(
        AA,
        AA_MPS,
        r"9.8 metres per second squared",
        r"9.8 N/kg",
        True,
        "'can be quoted as 9.8 metres per second squared, or the equivalent 9.8 N/kg'",
    ),
    # clevelandohio proxy scribd 681194230 M1 kinematics: units neglected
    _w(CLE, CLE_M1K, r"6 m s -1", r"6", True, "1(i) '6 m s -1 B1 Neglect units.'"),
    _w(CLE, CLE_M1K, r"4 m s -2", r"4", True, "1(i) '4 m s -2 B1 Neglect units.'"),
]

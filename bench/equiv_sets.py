"""The answer-equivalence sets of `bench/judges.py`, loaded as (response, reference, label, note)
cases: the tune / held-out halves of bench/data/equiv_cases.jsonl, the issue-thread cases, and
the fresh sets, each collected after the last and measured once (fresh3 as one list, fresh4 to
fresh7 one list per repository). Every set drops the (gold, prediction) pairs of every earlier
set, so a pair is evaluated once, in the first set that holds it.

The fresh sets (`bench/judges.py --datasets freshN`):

- fresh3:  bench/equiv_fresh3_a.py / _b.py / _c.py, equivalence cases from 19 more projects' test
           suites, collected after the last rule change of stop 22 and measured once.
- fresh4:  bench/data/equiv_fresh4.jsonl (sources: equiv_fresh4.md), cases from 43 more projects' test
           suites (one row per repository, then all together and the mean of the repositories),
           collected while the judge changed for other reasons and measured once.
- fresh5:  bench/equiv_fresh5_a/a2/b/b2/c.py, cases from 41 more projects' test suites (one row
           per repository, then all together and their mean), collected after the rule changes
           the fourth set prompted and measured once.
- fresh6:  bench/equiv_fresh6_*.py, cases from more projects' test suites, collected after the
           rule changes the fifth set prompted and measured once.
- fresh7:  bench/equiv_fresh7_*.py, the same for a seventh set (9 projects; most of it one maths
           tutoring grader's suite in plain-text SymPy syntax).
- fresh8:  bench/equiv_fresh8_*.py, an eighth set (35 projects: homework graders such as STACK,
           Khan Academy's KAS, WeBWorK and Oppia; graders in TypeScript, Go and Rust; labelled
           verifier data such as TinyV's HardVerify-Math; Japanese and Chinese graders).
- fresh9:  bench/equiv_fresh9_*.py, a ninth set, collected after the rule changes the eighth set
           prompted (physics checkers such as Isaac Physics and Moodle's numeric-with-units
           questions, graders in Go, Rust and TypeScript, Chinese, Uzbek and Japanese tutors,
           U-MATH's labelled verifier data).
- fresh10: bench/equiv_fresh10_*.py, a tenth set, collected after the rule changes the ninth set
           prompted (Doenet's math-expressions, Moodle formulas with units, Numbas, France's
           MathALEA, RewardMATH's labelled solutions, human-rated answer matching, RL repos).
- fresh11: bench/equiv_fresh11_*.py, an eleventh set, collected after the rule changes the
           tenth set prompted (labelled solutions of ReasonEval, MR-GSM8K and MathCheck, MITx's
           grading library, PrairieLearn, Compute Engine, mathsteps, dart-math, Aleph Alpha).
- fresh12: bench/equiv_fresh12_*.py, a twelfth set, collected after the rule changes the
           eleventh set prompted (Open edX, Moodle numerical, Ximera and Khan exercise issue
           threads, GAOKAO-Eval's teacher-scored answers, OlympiadBench, CMPhysBench, PHYBench).
- fresh13: bench/equiv_fresh13_*.py, a thirteenth set, collected after the rule changes the
           twelfth set prompted (GAOKAO-Bench's teacher-graded gpt-3.5 answers, mathjs, Swift and
           KaTeX tutors' checkers, CAS and calculator issue threads, Open edX chemistry, RL tests).
- fresh14: bench/equiv_fresh14_*.py, a fourteenth set, collected after the rule changes the
           thirteenth set prompted (GHOSTS: ChatGPT and GPT-4 answers to MATH rated by
           mathematicians; LON-CAPA, IMathAS, WIRIS, Mathigon; GSM8K extraction tests).
- fresh15: bench/equiv_fresh15_*.py, a fifteenth set, collected after the rule changes the
           fourteenth set prompted (MathArena's hand-read answers, HARP's and IMO-Bench's answer
           checkers, tutors' checkers in Dart, R, TypeScript, Kotlin; French, German, Indonesian,
           Turkish and Uzbek graders; physics and finance checkers).
- fresh16: bench/equiv_fresh16_*.py, a sixteenth set, collected after the rule changes the
           fifteenth set prompted (mathjs, Math.NET Symbolics, yacas, pie-lib, lambda-feedback,
           PLaTon doctests, DeltaBench's and FELM's human-labelled wrong answers, a Chinese
           tutor's grader, GSM8K label-correction threads, RL reward tests).
- fresh17: bench/equiv_fresh17_*.py, a seventeenth set, collected after the rule changes the
           sixteenth set prompted, by fetching named repositories (SymPy's parser tests, Symja,
           Mathics, asciimath2tex, Open edX calc, fermat.js, js-quantities, ruby-units, MathDial,
           PRMBench's annotated QwQ solutions, TheoremQA's GPT-4 errors, MathOdyssey's graded
           answers, maxtext, tunix, TorchRL, compose-rl).
- fresh18: bench/equiv_fresh18_*.py, an eighteenth set, collected after the rule changes the
           seventeenth set prompted, by fetching named repositories (unit libraries: pint, unyt,
           astropy, rink, UnitsNet; number-word and locale parsers: number-parser, cn2an,
           num2words, Babel, Fraction.js; DROP, TAT-QA, WikiTableQuestions; LaTeX converters:
           latexify, pytexit, mathlive, unicodeit; calculators fend, Numbat, expreduce;
           RealCritic's graded solutions).
- fresh19: bench/equiv_fresh19_*.py, a nineteenth set, collected after the rule changes the
           eighteenth set prompted, by fetching named repositories (IneqMath's and CharXiv's
           hand-labelled answer pairs, unitxt, xtuner); small: fetch-only collection ran dry.
- fresh20: bench/equiv_fresh20_*.py, a twentieth set, collected after the rule changes the
           nineteenth set prompted, with search again (RL reward tests of small GRPO projects,
           wisent's evaluators, MindRLHF's reward tests with real rollouts, school-maths graders
           in TypeScript and Ruby, Science Bowl answer keys with accepted forms, new grader issue
           threads of Math-Verify, lm-evaluation-harness, OpenCompass, HELM, verl, NeMo-Skills).
- fresh21: bench/equiv_fresh21_*.py, a twenty-first set, collected after the rule changes the
           twentieth set prompted (GSM8K reward tests of 24 small RL projects, school-maths
           answer checkers in TypeScript, Kotlin and Python, Science Bowl / MATHCOUNTS / UIL
           Number Sense answer keys with accepted forms, the SAT's answer-entry table, GeoVerify's
           tests, Math-Verify's leaderboard examples, a Chinese middle-school grader).
- fresh22: bench/equiv_fresh22_*.py, a twenty-second set, collected after the rule changes the
           twenty-first set prompted (verifier tests of eight RL projects, SAT practice keys with
           accepted forms, UIL Number Sense keys and graders, a tutor's calculation checks).
- fresh23: bench/equiv_fresh23_*.py, a twenty-third set, collected after the rule changes the
           twenty-second set prompted (reward and verifier tests of small RL projects, DAPO and
           FinQA rewards, FinanceBench's human-reviewed model answers, MM-Vet's graded examples,
           school-maths answer checkers in TypeScript (Romanian, Japanese, Chilean, Indonesian,
           Arabic, UK), a misconceptions set of wrong learner answers, answer keys with accepted
           forms, a Russian handwriting checker, Chinese GSM8K rewards and verifiers).
- fresh24: bench/equiv_fresh24_*.py, a twenty-fourth set, collected after the rule changes the
           twenty-third set prompted (school-maths answer checkers in TypeScript of 19 apps from
           the UK, Denmark, Peru, Brazil, Poland, Korea, Japan, Israel; financial QA checkers of
           FinQA / ConvFinQA / FinanceBench projects; GSM8K reward tests of 12 small RL projects).
- fresh25: bench/equiv_fresh25_*.py, a twenty-fifth set, collected after the rule changes the
           twenty-fourth set prompted (a GSM8K verifier benchmark of hand-written student solutions
           with human labels, AReaL's stored verdicts on real model outputs, Bittensor's scoring
           tests, reward tests of small RL projects, a Russian exam grader).
- fresh26: bench/equiv_fresh26_*.py, a twenty-sixth set, collected after the rule changes the
           twenty-fifth set prompted (Romanian, Moldovan, Dutch and Vietnamese exam checkers, a
           French scientific-notation checker, financial and ASVAB tolerance graders, reward tests
           of ten small RL projects, evaluation kits' tests, SAT answer keys with accepted forms).
- fresh27: bench/equiv_fresh27_*.py, a twenty-seventh set, collected after the rule changes the
           twenty-sixth set prompted (Spanish, German, Chinese and Japanese school-maths checkers,
           a Chinese olympiad bank's accepted forms, English tutoring apps in Go and TypeScript, an
           MCP maths server's grader, AssistantBench's scorer, benchmark task tests).
- fresh28: bench/equiv_fresh28_*.py, a twenty-eighth set, collected after the rule changes the
           twenty-seventh set prompted (a Chinese primary-school grader's tests and hand-labelled
           grading cases, a Chinese/English maths agent's matcher, two practice sites' answer
           normalisers, with Malaysian ringgit answers); small: the search ran dry.
- fresh29: bench/equiv_fresh29_*.py, a twenty-ninth set, collected after the rule changes the
           twenty-eighth set prompted (GPT-3 answers to MATH problems marked by people, a
           statistics student's hand verdicts, reward tests of nine small RL projects, Turkish,
           Brazilian and Czech checkers, unit-aware physics graders, a Chinese K-12 app's SI-prefix
           and degree matching, an expression checker with tolerances, Korean currency).
- fresh30: bench/equiv_fresh30_*.py, a thirtieth set, collected after the rule changes the
           twenty-ninth set prompted (suites earlier helpers found but could not name: a strict
           units grader, a hedging and gold-parsing reward suite, a verifier with JSON answers;
           Chinese, Japanese, Korean and Hong Kong school-maths checkers; scorer tests of small
           evaluation harnesses and RL projects).
- fresh31: bench/equiv_fresh31_*.py, a thirty-first set, collected after the rule changes the
           thirtieth set prompted (answer checkers of maths tutoring and quiz apps in TypeScript,
           C# and Kotlin; a CS336 student's hand annotations of Qwen2.5-Math GSM8K answers that
           the assignment's reward scored 0).
- fresh32: bench/equiv_fresh32_*.py, a thirty-second set, collected after the rule changes the
           thirty-first set prompted (a person's grade sheet of twelve models' answers to the 2024
           Shanghai gaokao; answer checkers of learning apps in Go, Dart, PHP, TypeScript and
           Rust; reward and scorer tests of small RL and agent projects).
- fresh33: bench/equiv_fresh33_*.py, a thirty-third set, collected after the rule changes the
           thirty-second set prompted (hand-graded model answers to the Korean CSAT and the 2024
           gaokao; French, Japanese and Macedonian school checkers; answer checkers in
           TypeScript and Kotlin with an integral answer key of accepted forms; reward tests of
           small RL, calibration and finance projects).
- fresh34: bench/equiv_fresh34_*.py, a thirty-fourth set, collected after the rule changes the
           thirty-third set prompted (calculator and CAS evaluation tests in Vala and C++:
           GNOME Calculator, KDE's analitza, ExprTk; a person's review of flagged model answers
           in English and Darija; physics, chemistry and ECE practice graders with units,
           angles and interval unions; a maths-olympiad platform's checker).
- fresh35: bench/equiv_fresh35_*.py, a thirty-fifth set, collected after the rule changes the
           thirty-fourth set prompted (Spanish, Russian, Vietnamese and Russian-olympiad school
           checkers; an agent framework's matcher of Chinese numerals; maths tutoring platforms'
           equivalence tests; answer pairs settled in grader issue threads: Khan exercises,
           STACK, lm-evaluation-harness, OpenCompass).
- fresh36: bench/equiv_fresh36_*.py, a thirty-sixth set, collected after the rule changes the
           thirty-fifth set prompted (a Russian EGE trainer's trig root families, number words
           in C#, Dutch, Vietnamese, Korean and SAT checkers; reward tests of small RL, tool-use
           and tutoring projects on whole completions).
- fresh37: bench/equiv_fresh37_*.py, a thirty-seventh set, collected after the rule changes the
           thirty-sixth set prompted (a numeric comparator's currency, unit and big-integer
           tests; a physics quiz key of accepted forms; calculus-exam and Dutch game checkers in
           JavaScript and TypeScript; mathjs, sympy and LaTeX quiz checkers; an olympiad site's
           answer key; a Vietnamese primary-school checker; grader issue threads; reward and
           agent tests of small projects).
- fresh38: bench/equiv_fresh38_*.py, a thirty-eighth set, collected after the rule changes the
           thirty-seventh set prompted (test suites behind leads earlier helpers could not tie
           to a repository: a FinQA normaliser, a GRPO project's verifiers, a TypeScript quiz
           checker; a verl fork's verifier comparison table; an AIMO scorer; SAT grid-in
           checkers; a benchmark harness's numeric scorer).
- fresh39: bench/equiv_fresh39_*.py, a thirty-ninth set, collected after the rule changes the
           thirty-eighth set prompted (a Kotlin learning app's expression and equation checker,
           TypeScript tutor checkers; a German exercise key of =/</> signs between fractions and
           decimals, an Indonesian lesson site's accepted forms; GRPO grader self-tests; homework
           graders' numeric tolerance tests; MATH-500 evaluation harnesses' answer tests).
- fresh40: bench/equiv_fresh40_*.py, a fortieth set, collected after the rule changes the
           thirty-ninth set prompted (leads earlier helpers found by exact-string search: a Go
           scorer's stress table, a GRPO reward table, an offline search scorer; TypeScript
           tutor checkers; a Russian textbook pipeline's answer gates; university exercise
           platforms' expression checkers; a homework app's checker).
- fresh41: bench/equiv_fresh41_*.py, a forty-first set, collected after the rule changes the
           fortieth set prompted (doctests and tables behind leads found by exact-string
           search; answer checkers in R, MATLAB and Wolfram Language; mobile and desktop
           learning apps in Dart, Kotlin and Java; a Rust practice app's grader, a C computer
           algebra system's equality scripts, a Ruby practice app's checker).
- fresh42: bench/equiv_fresh42_*.py, a forty-second set, collected after the rule changes the
           forty-first set prompted (one helper: a Python port of WeBWorK's answer checkers and
           value classes, a lead earlier helpers could not tie to a repository).
- fresh43: bench/equiv_fresh43_*.py, a forty-third set, collected after the rule changes the
           forty-second set prompted (a Dart arithmetic-practice checker; a Chinese primary-maths
           rule engine and a Hong Kong homework-marking bot; a SymPy-based assessment
           platform's equality tests and an exercise platform's accepted forms; helper b found
           no unused human-labelled answers and its module lists what it examined).
- fresh44: bench/equiv_fresh44_*.py, a forty-fourth set, the first from public web pages rather
           than repositories (question-and-answer threads where a person settles whether a
           student's answer equals the book's or a checker's; answer keys, mark schemes,
           grid-in rules and homework systems' help pages that list accepted and refused forms).
- fresh45: bench/equiv_fresh45_*.py, a forty-fifth set, again from public web pages (threads
           settling calculus and algebra answers against a book's or a checker's, homework
           systems' forums and help pages, olympiad answer keys and Cambridge marking tables).
- fresh46: bench/equiv_fresh46_*.py, a forty-sixth set from public web pages (physics, chemistry
           and finance answers settled on forums and in instructors' comments and errata lists,
           probability and counting answers settled on Q&A sites, French, German, Spanish,
           Russian, Japanese and Chinese homework pages, teachers' lists of common wrong answers
           and examiners' reports).
- fresh47: bench/equiv_fresh47_*.py, a forty-seventh set from public web pages (calculus,
           linear-algebra and trigonometry answers settled on Q&A mirrors and in errata;
           grade-school answer keys that list alternative forms of money, times and fractions;
           contest rules pages with accepted and refused answer forms).
- fresh48: bench/equiv_fresh48_*.py, a forty-eighth set (a demo repository's commented checker
           pairs; Q&A threads on logarithm, complex-number, trigonometric and interval forms;
           homework and answer pages in Italian, Polish, Portuguese, Persian, Arabic and other
           languages; instructors' answer-entry guides of homework systems; contest and quiz-bowl
           answer lines that list accepted forms). Helper "b" found no usable source: its module
           has no case and lists what it examined.
- fresh49: bench/equiv_fresh49_*.py, a forty-ninth set from public web pages (statistics and
           probability answers settled by tutors and instructors' keys: rounding, percents,
           odds, intervals as estimate ± margin, counts as formulas; Chinese Q&A pages and
           answer sites: interval and set notation, antiderivatives in two forms, radicals;
           teachers' review games, quizzes with answer keys and tutors' answers that give one
           answer in several forms or name a wrong one).
- fresh50: bench/equiv_fresh50_*.py, a fiftieth set from public web pages (equations of lines,
           circles and planes in several forms, and other geometry answers, settled by tutors
           and answer keys; derivatives, limits and series in different forms; engineering and
           science answers with units, phasors and the roundings mark schemes accept;
           "check my answer" threads on Reddit mirrors, tutor sites and Q&A pages).
- fresh51: bench/equiv_fresh51_*.py, a fifty-first set from public web pages (algebra answers
           settled by tutors: rational, radical and exponential forms, factored against
           expanded, solution sets and intervals; German, French, Italian and Portuguese help
           forums and corrections; trigonometric general solutions as different periodic
           families, exact values, identities and degrees-minutes-seconds).
- fresh52: bench/equiv_fresh52_*.py, a fifty-second set from public web pages (grade-school
           word problems: money, time and measures in mark schemes that accept and refuse
           forms; linear algebra and vectors: inverses, determinants, i-j-k against brackets,
           lines in vector form; logarithm and exponential answers: ln against log against
           decimals, change of base, interest and half-lives).
- fresh53: bench/equiv_fresh53_*.py, a fifty-third set from public web pages (chemistry and
           physics answers: scientific and E notation, significant figures, units, signs of
           enthalpy changes; residues, counts and binomials; Russian, Ukrainian, Vietnamese,
           Indonesian, Turkish and Japanese pages; sequences and series; intervals, domains
           and solution sets; money in business-maths mark schemes).
- fresh54: bench/equiv_fresh54_*.py, a fifty-fourth set from public web pages (geometry
           measures in terms of pi, surds and roundings; differential equations and
           definite integrals; Dutch, Norwegian, Swedish, Spanish and Catalan pages; Korean,
           Thai, Malay, Filipino, Bengali and Hindi pages; answers that are words or
           verdicts: undefined, DNE, the empty set; ratios, rates, scales and odds).
- fresh55: bench/equiv_fresh55_*.py, a fifty-fifth set from public web pages (IB and
           A-level mark schemes' accepted forms; several solutions listed in several ways;
           bearings, directions and angles in degrees and minutes; Czech, Polish, Bulgarian
           and Romanian pages; number bases, scientific notation, Roman numerals and
           repeating decimals; inverse and composite functions).
- fresh56: bench/equiv_fresh56_*.py, a fifty-sixth set from public web pages (probability
           answer keys; tangent lines and rates; Chinese teachers' error analyses; Spanish
           and Portuguese answer keys, interest in reais; contest solutions' chains and
           refused answer choices).
- fresh57: bench/equiv_fresh57_*.py, a fifty-seventh set from public web pages (eigenvectors
           and complex-number forms; statistics keys: intervals as estimate ± margin, z-scores,
           P-values; German, French, Italian and Dutch keys and teachers' replies; measurement,
           clock times, durations and money in grade-school keys; algebra answers settled on
           forums).
- fresh58: bench/equiv_fresh58_*.py, a fifty-eighth set from public web pages (geometry keys:
           measures in terms of pi and surds; percent, interest and money in finance keys and
           IB mark schemes; Spanish, Russian, Polish and Turkish keys; Japanese, Korean, Thai,
           Vietnamese, Indonesian and Chinese keys).
- fresh59: bench/equiv_fresh59_*.py, a fifty-ninth set from public web pages (physics and
           chemistry mark schemes: units, prefixes, significant figures and refused forms;
           calculus answers settled on Q&A pages; Arabic, Greek, Persian, Hebrew and Hindi
           keys; primary word-problem keys: remainders, numbers in words, ordinals).
- fresh60: bench/equiv_fresh60_*.py, a sixtieth set from public web pages (solutions of
           equations and systems as pairs, sets and inequalities; sequences' nth terms and
           sums; trigonometric exact values and general solutions; electronics: component
           values, capacitor codes, binary and hex; French, Italian, Spanish and Portuguese
           algebra keys).
- fresh61: bench/equiv_fresh61_*.py, a sixty-first set from public web pages (Indian solution
           pages: rupees and paise, lakh and crore, units, fractions in Hindi and Punjabi pages;
           IB markschemes' accepted forms; contest answer keys; German and Swiss keys and
           forums; Japanese and Korean keys and Q&A pages).
- fresh62: bench/equiv_fresh62_*.py, a sixty-second set from public web pages (counting answers
           as factorials, binomials and products; rates, speeds and durations; teachers' and
           examiners' lists of wrong answers; Slovenian, Croatian, Serbian, Ukrainian and Kazakh
           pages; Finnish, Swedish, Norwegian, Danish, Czech and Slovak pages).
- fresh63: bench/equiv_fresh63_*.py, a sixty-third set from public web pages (probability and
           statistics keys: fractions, decimals, percentages, odds; contest solutions' equal forms
           and refused choices; homework systems' accepted forms; Brazilian, Spanish-language and
           Hungarian keys and lessons).
- fresh64: bench/equiv_fresh64_*.py, a sixty-fourth set from public web pages (angles, bearings,
           scientific notation, logarithms, repeating decimals and Roman numerals; physics mark
           schemes with units and prefixes; measurement conversions, time and money in grade-school
           keys; domains, ranges, inverses and asymptotes of functions).
- fresh65: bench/equiv_fresh65_*.py, a sixty-fifth set from public web pages (language models'
           answers to maths questions that a person checked; calculus answers against the book's;
           linear algebra in other forms; general solutions of trigonometric equations).
- fresh66: bench/equiv_fresh66_*.py, a sixty-sixth set from public web pages (chemistry mark
           schemes; financial mathematics and economics keys; Italian, German and Dutch keys and
           lessons; number theory and counting answers).
- fresh67 ... fresh76: bench/equiv_fresh67_*.py to equiv_fresh76_*.py, ten more sets from public
           web pages (stop 40): models' answers a person checked and grid-in rules; complex forms
           and antiderivatives; European exams and Japanese and Chinese keys; grade-school keys
           and discrete mathematics; Q&A forms and contest answers; physics mark schemes and seven
           languages' keys; benchmark error analyses and contest errata; limits, series and
           matrices; no-solution words and trigonometric forms; number theory and radicals.
- fresh77 ... fresh80: four more sets from public web pages (stop 41): Korean, Polish, Italian,
           Dutch, Czech, Nordic and Thai keys; equations of lines, planes, circles and conics;
           AP scoring guidelines and calculus answers against the book's; models' answers a
           person checked and grade-school answers with units, money and time.
- fresh81 ... fresh83: three more (stop 41), collected while the judge took the fixes fresh77 to
           fresh80 prompted: polynomial, rational and logarithmic answers; Chinese, Brazilian and
           Latin American keys; inequalities and intervals; sequences and series.
- fresh84 ... fresh87: four more (stop 42): UK and IB mark schemes and models' answers a person
           checked; coordinate geometry and vectors, French, German, Dutch and Spanish keys;
           percentages and rounding, complex numbers; word-problem answer sentences, functions
           and graphs.
- fresh88 ... fresh91: four more (stop 42), collected while the judge took the fixes fresh84 to
           fresh87 prompted: customary measures and statistics keys; geometry answers and
           algebra word problems; South Asian keys and scientific notation; calendar and time
           answers, trigonometric and calculus identities.
- fresh92, fresh93: two more (stop 43): Russian, Ukrainian, Polish, Turkish, Brazilian and
           Italian keys and domain and range in interval notation; solution sets of equations
           with their extraneous roots, counting and probability answers.
- fresh94, fresh95: two more (stop 43), collected while the judge took the fixes fresh92 and
           fresh93 prompted: answers in terms of π and Japanese, Korean, Vietnamese, Indonesian,
           Malay and Thai keys; ratios, rates and scales, number theory answers.
- fresh96, fresh97: two more (stop 43), collected while the judge took the fixes fresh94 and
           fresh95 prompted: language models' answers a person checked and grade-school fractions
           and decimals; simplified algebraic forms and physics answer keys.
- fresh98, fresh99: two more (stop 43), smaller (the search budget ran out while they were
           collected): graders' mistakes in write-ups and inferential statistics keys; calculus
           values and money and percent answers.
- fresh100 ... fresh103: four more (stop 44), collected after the fixes of fresh92 to fresh99:
           contest answer keys and counting and probability forms; linear algebra answers,
           antiderivatives and differential equations; Bengali, Persian, Arabic, Hindi and
           Hebrew keys, Chinese and Japanese keys; homework systems' accepted forms and
           chemistry and physical science mark schemes.
- fresh104 ... fresh107: four more (stop 44), collected while the judge took the fixes fresh100
           to fresh103 prompted, smaller where the search budget ran out: language models'
           answers a person checked, limits and asymptotes; several roots and systems,
           financial mathematics; Swedish, Norwegian, Danish, Finnish, Hungarian, Romanian and
           Turkish pages, Spanish, Latin American and Brazilian exam keys; percent change and
           scale factors, scientific notation and E notation.
- fresh108 ... fresh111: four more (stop 45), collected before the judge took any fix of this
           stop: other graders' unit tests (reasoning models' answers a person checked: none
           found unused); olympiad answers as sets, families and conditions, symbolic formulas
           in physics and geometry; Greek, Baltic, Balkan, Catalan, Icelandic, Albanian and
           Estonian pages, Hindi, Marathi, Nepali, Tamil, Telugu, Malayalam, Punjabi, Gujarati,
           Urdu and Sinhala pages; calculator, CAS and programming syntax, answers in words.
- fresh112: one more (stop 45), collected while the judge took the fixes fresh108 to fresh111
           prompted: contest keys and worked solutions (CEMC, UKMT, a corrected olympiad data
           file); university algebra, field theory, contour integrals and distributions.
- fresh113: one more (stop 45), collected while the judge took the fixes fresh112 prompted:
           money in the currencies of Africa, South and Southeast Asia and Latin America;
           names of segments, lines, angles, planes and polygons (those that need the figure
           removed before the run).
- fresh114 ... fresh116: three more (stop 46), collected while the judge took the fixes
           fresh112 and fresh113 prompted (names of geometric objects, Thai number words, calls
           on equal arguments): logic and Boolean algebra, algorithm analysis and discrete
           mathematics (asymptotic bounds, recurrences, sums); special functions (Gamma, Beta,
           zeta, polylogarithms, Bessel, Lambert W, hypergeometric), permutations, small groups
           and graphs (products of cycles whose value depends on the composition order and
           dihedral-group words removed before the run); number readers' tests in the scripts
           of India, the Arab world, Iran and Thailand, repeating decimals and continued
           fractions (those written with commas only removed before the run).
- fresh117 ... fresh119: three more (stop 46), collected while the judge took the fixes
           fresh114 to fresh116 prompted and run after them: vector
           calculus (gradients, flux and line integrals, tangent planes); linear programming,
           game theory and economic optima, Markov chains, expected values and generating
           functions; modular inverses, congruences and Gaussian integers (residues equal only
           modulo the question's modulus, finite-field elements in a representation the
           question fixes, mixed strategies in the page's names and one possibly machine-written
           page removed before the run). The helper on integral transforms came back later.
- fresh120: that helper's set (stop 46), renamed from fresh117_b and run once on its own:
           Laplace, inverse Laplace, Fourier and z-transforms, Fourier coefficients.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

Case = tuple[str, str, bool, str]  # response, reference, label, note


def load_equiv(split: str = "heldout") -> dict[str, list[Case]]:
    """Cases of bench/data/equiv_cases.jsonl (see bench/collect_equiv.py), one list per source."""
    out: dict[str, list[Case]] = {}
    path = ROOT / "bench" / "data" / "equiv_cases.jsonl"
    for line in path.open():
        r = json.loads(line)
        if split != "all" and r["split"] != split:
            continue
        note = f"{r['source']}:{r['path']}"
        out.setdefault(r["source"], []).append((r["pred"], r["gold"], bool(r["expected"]), note))
    return out


def _pair_key(gold: str, pred: str) -> frozenset[str]:
    return frozenset(re.sub(r"\\boxed\{(.*)\}$", r"\1", x).strip().strip("$") for x in (gold, pred))


def _collected(cases: list[dict[str, object]], seen: set[frozenset[str]], where: str) -> list[Case]:
    """Cases of a collected module (dicts with gold, pred, wrap, expected, repo and `where`) not
    in `seen` (pairs already evaluated elsewhere), each pair once."""
    out: list[Case] = []
    for c in cases:
        gold, pred = str(c["gold"]), str(c["pred"])
        key = _pair_key(gold, pred)
        if key in seen:
            continue
        seen.add(key)
        shown = f"\\boxed{{{pred}}}" if c["wrap"] else pred
        out.append((shown, gold, bool(c["expected"]), f"{c['repo']}#{c[where]}"))
    return out


def _seen_pairs() -> set[frozenset[str]]:
    seen = set()
    for line in (ROOT / "bench" / "data" / "equiv_cases.jsonl").open():
        r = json.loads(line)
        seen.add(_pair_key(r["gold"], r["pred"]))
    return seen


def _issue_cases() -> list[dict[str, object]]:
    from bench.equiv_issues_a import CASES as A
    from bench.equiv_issues_a import OVERLAP_INDICES
    from bench.equiv_issues_b import CASES as B

    return [*(c for k, c in enumerate(A) if k not in OVERLAP_INDICES), *B]


def load_issues() -> list[Case]:
    """Cases of bench/equiv_issues_a.py / _b.py (grader bug reports in GitHub issue and PR
    threads), less those already in equiv_cases.jsonl."""
    return _collected(_issue_cases(), _seen_pairs(), "thread")


def load_fresh3() -> list[Case]:
    """Cases of bench/equiv_fresh3_a.py / _c.py / _b.py (more projects' test suites, collected
    after every rule change of stop 22 and read once), less the pairs of equiv_cases.jsonl and
    of the issue-thread sets."""
    from bench.equiv_fresh3_a import CASES as A
    from bench.equiv_fresh3_b import CASES as B
    from bench.equiv_fresh3_c import CASES as C

    seen = _seen_pairs() | {_pair_key(str(c["gold"]), str(c["pred"])) for c in _issue_cases()}
    return _collected([*A, *C, *B], seen, "where")


def _fresh4_cases() -> list[dict[str, object]]:
    path = ROOT / "bench" / "data" / "equiv_fresh4.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def _module_cases(prefix: str) -> list[dict[str, object]]:
    """CASES of every bench/{prefix}_*.py module, in file-name order."""
    out: list[dict[str, object]] = []
    for path in sorted((ROOT / "bench").glob(f"{prefix}_*.py")):
        out.extend(importlib.import_module(f"bench.{path.stem}").CASES)
    return out


def _by_repo(
    cases: list[dict[str, object]], earlier: list[dict[str, object]]
) -> dict[str, list[Case]]:
    seen = _seen_pairs() | {_pair_key(str(c["gold"]), str(c["pred"])) for c in earlier}
    out: dict[str, list[Case]] = {}
    for case in _collected(cases, seen, "where"):
        out.setdefault(case[3].split("#", 1)[0], []).append(case)
    return out


def _set_cases(name: str) -> list[dict[str, object]]:
    """The collected cases of one fresh set (fresh4 is data, the others are modules)."""
    return _fresh4_cases() if name == "fresh4" else _module_cases(f"equiv_{name}")


# fresh3, then fresh4 to the last set, in the order they were collected and measured
LAST_FRESH = 120
FRESH_ORDER = ("fresh3", *(f"fresh{n}" for n in range(4, LAST_FRESH + 1)))


def load_fresh(name: str) -> dict[str, list[Case]]:
    """Cases of fresh set `name` (fresh4: bench/data/equiv_fresh4.jsonl, sources in
    equiv_fresh4.md; fresh5-7: bench/equiv_freshN_*.py, sources in their docstrings; each
    collected by helpers who never ran the judge and measured once before its misses were read),
    less the pairs of the issue threads and of every earlier fresh set, one list per repository."""
    earlier = [*_issue_cases()]
    for prior in FRESH_ORDER[: FRESH_ORDER.index(name)]:
        earlier.extend(_set_cases(prior))
    return _by_repo(_set_cases(name), earlier)


def _loader(name: str) -> Callable[[], dict[str, list[Case]]]:
    return lambda: load_fresh(name)


FRESH = {name: _loader(name) for name in FRESH_ORDER[1:]}

r"""A ninety-eighth fresh set of answer-equivalence cases (evaluation only; helper "a": write-ups of
automatic maths graders getting it wrong -- blog posts, course notes, an issue-style page and an
answer checker's own write-up, where a person shows a model's (or a student's) answer next to the
reference and says that a grader wrongly refused an equal answer (false negative) or should refuse
a wrong one, or states which forms an answer checker must treat as the same answer).

Cases are transcribed from public web pages (the ``pages`` corpus of the search tool), not from
repositories; no earlier set used them (each URL or page id, and domain plus distinctive path part,
was grepped in bench/, and checked against /work/wt/fresh*_claims/claims.txt; each page was
claimed in /work/wt/fresh98_claims/claims.txt before use). Each case gives the reference answer
(``gold``), the prediction (``pred``: another form the page gives as the same answer, or a form
the page refuses) and the verdict (``expected``) settled on the page, with no one on the page
contradicting it. ``repo`` is the domain of the stored copy and ``where`` its full URL. There is
no commit; every source is a web page with no licence file. Only the text the search tool returned
for a page (its excerpt) was read. Do not tune the judge on these cases.

Transcription: strings are copied as the stored page shows them (LaTeX kept as LaTeX, spacing kept
as printed, "a+7 +b"). Whole model outputs quoted on a page are kept as the model wrote them and
have ``wrap`` False: gandenberger's three Math-Verify examples ("20 + 20 = 40", "15 pounds x 1/4
pounds x 1/2 pounds = 15 pounds." and the multiple-choice list "12\nB: 16\nC: 24\nD: 32", whose
"\n" is the Python escape of the post's string literal and is stored as a newline) and runlocalai's
"Therefore Maria has 21 stickers remaining."; all other preds are bare answers (``wrap`` True).
Readings, each noted in ``why``: in gandenberger's second and third examples the post's code puts
the model output in the variable named ``gold`` and the reference in ``answer``; the prose ("the
model gets the right answer for the wrong reason", "instead of giving an answer, it gives
multiple-choice options") shows which is which, so here gold is the reference (15, 12) and pred the
model output. The NeMo Gym issue quotes the model's final box ``\boxed{\text{E}}``; its content is
the pred. mcro.tech writes "X will validate against Y" for an input X checked against an expected
answer Y, so X is the pred and Y the gold (its quoted " ((a) + (7))+b " is taken without the outer
spaces). ds2-study-guide lists "14/3, \frac{14}{3}, or (28)/(6)" as forms a model may write without
naming the reference; the first is taken as the gold.

Sources (domain, URL, what is settled; all "web page, no licence file"):

- gandenberger.org "posts/2025-02-20_til_math-verify/til_math-verify.html" (Greg Gandenberger, "TIL:
  How Math-Verify Parses LLM Outputs", SmolLM2-135M answers on GSM8K: "20 + 20 = 40" against 40,
  "Math-Verify gets the right answer, correctly telling us that the model is correct"; "15 pounds x
  1/4 pounds x 1/2 pounds = 15 pounds." against 15, "the model gets the right answer for the wrong
  reason"; "12\nB: 16\nC: 24\nD: 32" against 12, "the model should not get credit for giving the
  right answer, and Math-Verify correctly rejects its response"). 3 cases (1 False).
- www.runlocalai.co "learn/courses/understanding-models/chapter-10-gsm8k-for-math" (course chapter
  "GSM8K for Math": "Model output: 'Therefore Maria has 21 stickers remaining.' Extraction looks
  for 'Answer: 21' ... Fails despite correct reasoning", for the worked example whose "Answer: 21").
  1 case.
- github.dosbat.com "NVIDIA-NeMo/Gym/issues/1790" (a copy of the issue "mcqa
  strict_single_letter_boxed undercounts correct answers wrapped in LaTeX \text{}": gold E, model
  output "\boxed{\text{E}}", extracted null, reward 0.0; "The 2 'failures' were both correct
  answers the extractor could not parse"). 1 case.
- ds2-study-guide.pages.dev "lessons/19b-evaluating-reasoning-models/" (study notes "Evaluating
  Reasoning Models": "The model may write 14/3, \frac{14}{3}, or (28)/(6), but those should all be
  treated as the same value"). 2 cases.
- mcro.tech "blog/mathematical-equivalence/" (the Math-validation project's write-up of its answer
  checker: "'a+7 +b' will validate against ' ((a) + (7))+b '", "'0.1' will validate against
  '.1'", "'4.5' will validate against '4.50000000000000'", "'a+7 +b*c' will validate against
  '7 + a+bc', but not against 'ac+7+b'"). 5 cases (1 False).

12 cases in all (2 False).

Left out, by rule: the second failing rollout of the NeMo Gym issue (gold C, "\boxed{\text{C: An
individual with a family history of Huntington's disease...}}", whose option text the issue's
author cut off with "..."); mcro.tech's "'1,000' will be equivalent with 1000", given under
"accepts commas for decimal marks", which reads both ways (1,000 as one thousand, or as 1.000);
mcro.tech's "without it 'a+7 +b' will not validate against '7 + a+b'" (a refusal of term order
only, by an option switched off, when the values are the same); gandenberger's other example
"15 cups / B: 25 cups / C: 30 cups ..." in "Some Best Practices for LLM Math Evaluation" (the
stored excerpt stops before the question's reference answer).

Examined and not used: baa.ai "MATH-500 boxed-answer extraction", zhengzezhou.github.io,
prasadkhake.com, arXiv 2510.00915, the lesswrong and EA Forum AI4Math posts, the Hugging Face
Math-Verify leaderboard blog and its copies (bardai.ai, onlycoders.net, versaaihub.com),
agi-eval.studio, ai.adomicarts.com, onlearn.app, eetcode.com, blxbench.com, reviewpoint.org,
cognaptus.com, anabel.icu, git.bluecat.qzz.io stevibe/ReasonMath-15 issue 2, oj.33dai.cn, mcpbr.org,
the antirez/ds4 pull 319 copy on github.suo99.com and the hendrycks/math issue 21 copy on
gitmemories.com (all used or examined by earlier sets); the Maple T.A. student guide ch04s06,
arithmetika.com's AlgebraMarking page, webwork.maa.org forum d=3529 and the STACK answer-test pages
(used by earlier sets); webwork.maa.org forum d=631 (Michael Gage's list of PG answer evaluators:
its "3.14159 if $answer is 3.14159 or $answer is 'pi'" describes the tolerance reference, not a
student's answer, and its string-compare examples are about letter case); gandenberger's
"TIL: How Math-Verify Verifies LLM Outputs" (verify() on sympy objects and strings, library
behaviour rather than answers) and the LLM Foundry TIL (claimed by fresh73); fahmindra.github.io
"chapter/reasoning-3.html", engineersofai.com, phnix.dev, rlvrbook.com, x1nx3r.dev, aiwiki.ai
MATH-500, epoch.ai GSM8K and the arXiv pages of TinyV, Pitfalls of Rule- and Model-based Verifiers,
CompassVerifier, VerifyBench, General-Reasoner, CoSineVerifier, MARIO Eval, U-MATH, RealMath-Eval,
Minerva and One Token to Fool LLM-as-a-Judge and their summaries (only openings or abstracts were
stored, with no answer pair); cobi-inc.github.io's pita grader docs and article11.ai's methodology
(rules without a pair); mathhelpforum threads 177357, 197965 and 220878 and 54.190.73.9 feedback
pages (the formulas were lost in conversion); Nemotron-CC-Math rewrites of WeBWorK forum threads on
huggingface.co (machine-rewritten copies, not the pages themselves); leeroopedia.com, skillsmp.com
and skillsauth.com (generated wiki and skill pages); webwork.maa.org wiki SimplifiedSquareRoots (its
example answer does not match its expression). The search budget of this session ran out after
these pages, so fewer cases than the aim of 30 were collected.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

GAN = "gandenberger.org"
GAN_MV = "https://gandenberger.org/posts/2025-02-20_til_math-verify/til_math-verify.html"
RLA = "www.runlocalai.co"
RLA_GSM = "https://www.runlocalai.co/learn/courses/understanding-models/chapter-10-gsm8k-for-math"
DOS = "github.dosbat.com"
DOS_GYM = "https://github.dosbat.com/NVIDIA-NeMo/Gym/issues/1790"
DS2 = "ds2-study-guide.pages.dev"
DS2_19B = "https://ds2-study-guide.pages.dev/lessons/19b-evaluating-reasoning-models/"
MCRO = "mcro.tech"
MCRO_ME = "https://mcro.tech/blog/mathematical-equivalence/"

CASES = [
    # gandenberger TIL Math-Verify: SmolLM2-135M outputs on GSM8K, the author's verdict on each
    _c(
        GAN,
        GAN_MV,
        gold=r"40",
        pred=r"20 + 20 = 40",
        wrap=False,
        expected=True,
        why="gold parse('40'), answer parse('20 + 20 = 40'): 'Math-Verify gets the right answer, "
        "correctly telling us that the model is correct'",
    ),
    _c(
        GAN,
        GAN_MV,
        gold=r"15",
        pred=r"15 pounds x 1/4 pounds x 1/2 pounds = 15 pounds.",
        wrap=False,
        expected=True,
        why="'the model gets the right answer for the wrong reason. If we are expecting "
        "Math-Verify to evaluate the model's answer and not its reasoning, then it is doing what "
        "we want' (model output in the code's gold variable, reference in answer)",
    ),
    _c(
        GAN,
        GAN_MV,
        gold=r"12",
        pred="12\nB: 16\nC: 24\nD: 32",
        wrap=False,
        expected=False,
        why="'instead of giving an answer, it gives multiple-choice options ... the model should "
        "not get credit for giving the right answer, and Math-Verify correctly rejects its "
        "response'",
    ),
    # runlocalai GSM8K chapter: a correct sentence answer that a strict extractor refuses
    _c(
        RLA,
        RLA_GSM,
        gold=r"21",
        pred=r"Therefore Maria has 21 stickers remaining.",
        wrap=False,
        expected=True,
        why='\'Model output: "Therefore Maria has 21 stickers remaining." ... Fails despite '
        "correct reasoning' (worked example 'Answer: 21')",
    ),
    # NeMo Gym issue 1790: a boxed \text{} letter the strict mcqa extractor scored 0
    _c(
        DOS,
        DOS_GYM,
        gold=r"E",
        pred=r"\text{E}",
        wrap=True,
        expected=True,
        why='task 4: gold E, final box \\boxed{\\text{E}}, reward 0.0; \'The 2 "failures" were '
        "both correct answers the extractor could not parse'",
    ),
    # ds2-study-guide lesson 19b: forms a verifier should treat as the same value
    _c(
        DS2,
        DS2_19B,
        gold=r"14/3",
        pred=r"\frac{14}{3}",
        wrap=True,
        expected=True,
        why="'The model may write 14/3, \\frac{14}{3}, or (28)/(6), but those should all be "
        "treated as the same value'",
    ),
    _c(
        DS2,
        DS2_19B,
        gold=r"14/3",
        pred=r"(28)/(6)",
        wrap=True,
        expected=True,
        why="'The model may write 14/3, \\frac{14}{3}, or (28)/(6), but those should all be "
        "treated as the same value'",
    ),
    # mcro.tech Math-validation: inputs that validate against an expected answer, and one that not
    _c(
        MCRO,
        MCRO_ME,
        gold=r"((a) + (7))+b",
        pred=r"a+7 +b",
        wrap=True,
        expected=True,
        why="'ignores spaces and parentheses as long as they do not change the meaning of "
        'operations: "a+7 +b" will validate against " ((a) + (7))+b "\'',
    ),
    _c(
        MCRO,
        MCRO_ME,
        gold=r".1",
        pred=r"0.1",
        wrap=True,
        expected=True,
        why='\'ignores leading zeros: "0.1" will validate against ".1"\'',
    ),
    _c(
        MCRO,
        MCRO_ME,
        gold=r"4.50000000000000",
        pred=r"4.5",
        wrap=True,
        expected=True,
        why='\'Ignore trailing zeros option ... "4.5" will validate against "4.50000000000000"\'',
    ),
    _c(
        MCRO,
        MCRO_ME,
        gold=r"7 + a+bc",
        pred=r"a+7 +b*c",
        wrap=True,
        expected=True,
        why='\'Ignore order option ... "a+7 +b*c" will validate against "7 + a+bc"\'',
    ),
    _c(
        MCRO,
        MCRO_ME,
        gold=r"ac+7+b",
        pred=r"a+7 +b*c",
        wrap=True,
        expected=False,
        why='\'"a+7 +b*c" will validate against "7 + a+bc", but not against "ac+7+b"\' '
        "(the order option does not change operations' meaning)",
    ),
]

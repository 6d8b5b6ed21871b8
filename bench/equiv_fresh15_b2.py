r"""A fifteenth fresh set of answer-equivalence cases (evaluation only; helper "b", second part:
answer checkers of TypeScript edtech apps; the first part is equiv_fresh15_b.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: a bare answer to be put
in ``\boxed{}``, so ``wrap`` is True throughout) and the verdict the test asserts (``expected``).
``where`` is ``path@commit`` in ``repo`` on github.com. Strings are the values JavaScript reads
from the test (``'\\frac{1}{2}'`` is stored as ``\frac{1}{2}``). Do not tune the judge on these
cases. Both repositories were named through ``find_files`` by the exact path of a test file first
seen as an unnamed ``find_string`` / search excerpt.

Sources (repo, path @ commit; no license file was found in either stored copy: the short test
strings are quoted as test data, with attribution):

- oscardef/TutorAssist ``src/__tests__/math-utils.test.ts``
  @ 1249c2ce2cc803cd2ad30180743c3980d52672c5 (a tutoring app; ``compareMathAnswers(student,
  correct)`` read with ``gold`` = the second argument; ``compareNumericAnswers``,
  ``validateAnswer``, single-blank ``validateFillBlank``; the mappings of ``normalizeMathAnswer``
  are read as equivalences of input (``pred``) and output (``gold``)).
- devworx8/edudash-pro-app ``lib/__tests__/examParser.test.ts``
  @ 23d2b2f1ce81ca827d5708cc404c65a2d89ea9e1 (``gradeAnswer(question, answer).isCorrect`` with
  ``question.correctAnswer`` as ``gold``; the gold sentence "7 × 13 = 91, so the division is
  correct." is stored as its equation).

Left out, by rule (TutorAssist): positives that hold only by the suite's numeric tolerance
(``1/3`` = ``0.333``, ``2/3`` = ``0.667``, ``1/7`` = ``0.143``, ``pi`` = ``3.14159``, ``sqrt(2)`` =
``1.414``, ``1000`` = ``1000.5``, ``0.5`` = ``0.5009``, explicit ``tolerance`` arguments, the
boundary tests): a grading policy, mathematically unequal; the negatives of those tests are kept
(the values differ); case-folding (``X + Y`` = ``x+y``); units (``5 meters`` = ``5``);
``alternates`` lists (``five``, ``one half``); the hyphenated mixed number ``1-1/2`` = ``1.5`` (a
convention against the arithmetic reading 1 - 1/2); empty, whitespace-only, ``null``/``NaN``,
injection-like and zero-width-character inputs (input sanitising); pairs of identical strings;
``(2, 3)`` -> ``2,3`` (a point flattened to a list); ``\sqrt{4}`` -> ``sqrt4`` (an internal form);
multi-blank and matching tests; ``getSmartTolerance`` / ``parse*`` / ``formatMathForDisplay``
unit tests without an answer pair; repeats of a pair already taken. edudash-pro-app: the
multiple-choice and true/false tests.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

TUTOR = "oscardef/TutorAssist"
TA = "src/__tests__/math-utils.test.ts@1249c2ce2cc803cd2ad30180743c3980d52672c5"
EDU = "devworx8/edudash-pro-app"
EP = "lib/__tests__/examParser.test.ts@23d2b2f1ce81ca827d5708cc404c65a2d89ea9e1"

# normalizeMathAnswer(input) == output: (gold = output, pred = input, why)
_NORMALIZE: list[tuple[str, str, str]] = [
    ("2+3", "  2 + 3  ", "trim and drop spaces"),
    ("5*3", "5·3", "middle dot -> *"),
    ("5-3", "5–3", "en dash -> minus"),
    ("5-3", "5—3", "em dash -> minus"),
    ("x^2", "x²", "superscript two"),
    ("x^3", "x³", "superscript three"),
    ("(1/2)", "½", "vulgar fraction one half"),
    ("(3/4)", "¾", "vulgar fraction three quarters"),
    ("theta", "θ", "Greek letter spelled out"),
    ("3/4", r"\dfrac{3}{4}", "dfrac -> 3/4"),
    ("5*3", r"5\times3", "times -> *"),
    ("6/2", r"6\div2", "div -> /"),
    ("5", "$$5$$", "display delimiters removed"),
    ("sin(x)", r"\sin(x)", "LaTeX sin"),
    ("cos(x)", r"\cos(x)", "LaTeX cos"),
    ("5", "x = 5", "x= prefix stripped"),
    ("5", "x=5", "x= prefix stripped"),
    ("1,2,3", "3, 1, 2", "comma-separated values sorted"),
    ("-2,0,5", "5, -2, 0", "comma-separated values sorted"),
    ("2,3", "x = 2 or x = 3", "multiple solutions"),
]

# compareMathAnswers(student, correct) and friends: (gold, pred, expected, why)
_COMPARE: list[tuple[str, str, bool, str]] = [
    ("5", "  5  ", True, "whitespace"),
    ("0.5", "1/2", True, "fraction = decimal"),
    ("1/2", "0.5", True, "decimal = fraction"),
    ("0.75", "3/4", True, "fraction = decimal"),
    ("3/4", "0.75", True, "decimal = fraction"),
    ("1/2", "2/4", True, "unreduced fraction"),
    ("1/2", "4/8", True, "unreduced fraction"),
    ("0.5", r"\frac{1}{2}", True, "LaTeX fraction = decimal"),
    ("0.75", r"\frac{3}{4}", True, "LaTeX fraction = decimal"),
    ("1.5", "1 1/2", True, "mixed number"),
    ("2.75", "2 3/4", True, "mixed number"),
    ("-1.5", "-1 1/2", True, "negative mixed number"),
    ("-2.75", "-2 3/4", True, "negative mixed number"),
    ("314", "3.14e2", True, "scientific notation"),
    ("3.14e2", "314", True, "scientific notation, reversed"),
    ("100", "1e2", True, "scientific notation"),
    ("2500", "2.5*10^3", True, "written scientific notation"),
    ("1000000", "1e6", True, "scientific notation"),
    ("1000000000", "1e9", True, "scientific notation"),
    ("0.5", "50%", True, "percent read as /100"),
    ("0.25", "25%", True, "percent read as /100"),
    ("1", "100%", True, "percent read as /100"),
    ("0.125", "12.5%", True, "percent read as /100"),
    ("0.005", "0.5%", True, "percent read as /100"),
    ("1.5", "150%", True, "percent read as /100"),
    ("2", "200%", True, "percent read as /100"),
    ("6", "5", False, "wrong value"),
    ("15", "10", False, "wrong value"),
    ("0.6", "0.5", False, "wrong value"),
    ("1/2", "1/4", False, "different fractions"),
    ("1/3", "2/3", False, "different fractions"),
    ("5", "apple", False, "not a number"),
    ("y", "x", False, "different variables"),
    ("1+2x", "2x+1", True, "commuted sum"),
    ("2x", "x+x", True, "like terms"),
    ("3x", "3*x", True, "explicit multiplication"),
    ("x*x", "x^2", True, "power = product"),
    ("2.50", "2.5", True, "trailing zero"),
    ("2.5", "2.50", True, "trailing zero"),
    ("7", "6", False, "realistic: wrong"),
    ("0.6", "0.3", False, "realistic: wrong"),
    ("2", "1", False, "realistic: wrong"),
    ("x+2", "x+1+1", True, "like terms collected"),
    ("2x", "2*x", True, "explicit multiplication"),
    ("0.01", "0.001", False, "small numbers differ"),
    ("0.2", "0.1", False, "small numbers differ"),
    ("0.502", "0.5", False, "outside tolerance, values differ"),
    ("10015", "10000", False, "outside tolerance, values differ"),
    ("1100000", "1000000", False, "large numbers differ"),
    ("2e6", "1e6", False, "large numbers differ"),
    ("-0.5", "-1/2", True, "negative fraction"),
    ("-0.75", "-3/4", True, "negative fraction"),
    ("5", "-5", False, "sign differs"),
    ("1/2", "-1/2", False, "sign differs"),
    ("0.5", "-0.5", False, "sign differs"),
    ("-5", "−5", True, "Unicode minus"),
    ("-5", "–5", True, "en dash as minus"),
    ("0", "0.0", True, "zero"),
    ("0", "0.00", True, "zero"),
    ("0", "-0", True, "negative zero"),
    ("0", "0/5", True, "zero fraction"),
    ("0", "0/100", True, "zero fraction"),
    ("0.1", "0", False, "zero vs 0.1"),
    ("0.01", "0", False, "zero vs 0.01"),
    ("0.992", "0.99", False, "tolerance boundary, values differ"),
    ("1.02", "1.0", False, "tolerance boundary, values differ"),
    ("10.1", "10", False, "tolerance boundary, values differ"),
    ("100.2", "100", False, "tolerance boundary, values differ"),
    ("y+x", "x+y", True, "commutative sum"),
    ("y*x", "x*y", True, "commutative product"),
    ("2x+2", "2(x+1)", True, "distributive"),
    ("3x-6", "3(x-2)", True, "distributive"),
    ("1/x", "x^-1", True, "negative exponent"),
    ("1/x", "x^(-1)", True, "negative exponent"),
    ("1/x^2", "x^-2", True, "negative exponent"),
    ("0.5", "2^-1", True, "negative exponent numeric"),
    ("0.25", "2^-2", True, "negative exponent numeric"),
    ("0.1", "10^-1", True, "negative exponent numeric"),
    ("2", "(1/2)/(1/4)", True, "complex fraction"),
    ("1.5", "(3/4)/(1/2)", True, "complex fraction"),
    ("x^2+3x+2", "(x+1)(x+2)", True, "factored quadratic"),
    ("x^2-1", "(x-1)(x+1)", True, "difference of squares"),
    ("x^2-4", "(x+2)(x-2)", True, "difference of squares"),
    ("2", "sqrt(4)", True, "square root"),
    ("3", "sqrt(9)", True, "square root"),
    ("2", "cbrt(8)", True, "cube root"),
    ("3", "cbrt(27)", True, "cube root"),
    ("4", r"\sqrt{16}", True, "LaTeX square root"),
    ("5", r"\sqrt{25}", True, "LaTeX square root"),
    ("0", "sin(pi)", True, "sin(pi) = 0"),
    ("-1", "cos(pi)", True, "cos(pi) = -1"),
    ("0.25", r"\frac{1}{4}", True, "LaTeX fraction = decimal"),
    ("1/2", r"\dfrac{1}{2}", True, "dfrac"),
    ("2/3", r"\tfrac{2}{3}", True, "tfrac"),
    ("-0.5", r"-\frac{1}{2}", True, "negative LaTeX fraction"),
    ("-0.5", r"\frac{-1}{2}", True, "negative numerator"),
    ("x^2", "x^{2}", True, "braced exponent"),
    ("x^10", "x^{10}", True, "braced exponent"),
    ("8", "2^{3}", True, "numeric power"),
    ("9", "3^{2}", True, "numeric power"),
    ("100", "10^{2}", True, "numeric power"),
    ("15", r"5\times3", True, "times evaluated"),
    ("20", r"4\cdot5", True, "cdot evaluated"),
    ("5", r"10\div2", True, "div evaluated"),
    ("5", r"15\div3", True, "div evaluated"),
    ("2", r"\sqrt{4}", True, "LaTeX square root"),
    ("3", r"\sqrt{9}", True, "LaTeX square root"),
    ("10", r"\sqrt{100}", True, "LaTeX square root"),
    ("5", "(5)", True, "parentheses"),
    ("5", r"\(5\)", True, "inline math delimiters"),
    ("5", "$5$", True, "dollar delimiters"),
    ("1/2", r"\frac{1}{2}", True, "MathLive fraction"),
    ("2.5", r"2+\frac{1}{2}", True, "mixed LaTeX expression"),
    ("2.75", r"3-\frac{1}{4}", True, "mixed LaTeX expression"),
    ("pi", "π", True, "Greek pi"),
    ("5*3", "5×3", True, "Unicode times"),
    ("6/2", "6÷2", True, "Unicode division"),
    ("5-3", "5−3", True, "Unicode minus"),
    ("1, 2, 3", "3, 1, 2", True, "unordered list"),
    ("1, -1", "-1, 1", True, "unordered list"),
    ("10/2", "5", True, "5 = 10/2 (alternates also list 5)"),
    ("5", "5.5", False, "compareNumericAnswers outside tolerance"),
    ("2500", "2.5e3", True, "compareNumericAnswers scientific notation"),
    ("5.3", "5", False, "compareNumericAnswers tolerance 0.2, values differ"),
    ("10", "5", False, "validateAnswer numeric wrong"),
    ("5", "6", False, "validateAnswer tolerance 0.1, values differ"),
    ("5", "7", False, "validateFillBlank wrong"),
]

# gradeAnswer(question, answer).isCorrect: (gold, pred, expected, why)
_EXAM: list[tuple[str, str, bool, str]] = [
    (r"\frac{1}{2}", "1/2", True, "fill in the blank, LaTeX fraction"),
    (r"\sqrt{16}", "sqrt(16)", True, "fill in the blank, LaTeX square root"),
    ("7 × 13 = 91", "13 x 7 = 91", True, "verification equation (gold sentence tail dropped)"),
    ("7 × 13 = 91", "13 x 7 = 92", False, "false verification equation"),
    ("7 x 13 = 91", "13 × 7 = 91", True, "equation with factors reversed"),
]

CASES: list[dict] = (
    [_c(TUTOR, TA, g, p, True, True, "normalizeMathAnswer: " + w) for g, p, w in _NORMALIZE]
    + [_c(TUTOR, TA, g, p, True, ok, w) for g, p, ok, w in _COMPARE]
    + [_c(EDU, EP, g, p, True, ok, w) for g, p, ok, w in _EXAM]
)

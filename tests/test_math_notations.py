"""Notations met in a fifteenth set of other projects' grader tests and hand-read answers
(bench/equiv_fresh15_*): a decimal comma in one number, "or" in other languages, the two values
of a `\\pm` among listed solutions, an answer written one token per matrix row, an aside that
gives the value approximately, a box that holds a sentence; from the thirty-third set, plain-text
functions before a slash, intervals with semicolons and a capital U; from the thirty-second to
thirty-sixth, a slash fraction after a division sign, mixed numbers with "and", unions of periodic
families, values restated in parentheses and values after a label; from the thirty-seventh,
derivatives named their own ways, the script letter l, constants of integration under another name,
numbers side by side and a decimal comma in an equation; from the thirty-eighth, "does not exist".
Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # a plain-text function applies to the monomial after it, before a slash (`sin 2x/4`)
    (B % "x/2 - sin 2x/4 + C", "x/2 - sin(2x)/4 + C", "correct", "equal_string"),
    (B % "-(1/2)cos 2x + (1/6)cos^3 2x + C", "-cos 2x/2 + cos^3 2x/6 + C", "correct", "equivalent"),
    # ... and `log|x|` is the log of the bars' value, as `\\ln|x|` is
    (B % "log|x|", "\\ln|x|", "correct", "equal_string"),
    (B % "log|x+1|", "\\ln|x+2|", "incorrect", "not_equivalent"),
    # intervals with a semicolon and round brackets, a decimal comma inside, a capital U for union
    (B % "(-∞; -2] ∪ (5; +∞)", "(-\\infty,-2] \\cup (5,\\infty)", "correct", "equal_structure"),
    (B % "[0,50; 2] ∪ (2; 3)", "x ∈ [0.5; 3)", "correct", "equivalent"),
    (B % "[1;2] U [0;1]", "x ∈ [0; 2]", "correct", "equivalent"),
    (B % "[0;1) U [1;2]", "x ∈ [0; 3]", "incorrect", "not_equivalent"),
    (B % "(1;2)", "(1,3)", "incorrect", "different_element"),
    # a tower of powers is read from the top (`2^3^2` = 2^9); a sign on the lower exponent
    # applies to the power above it; `^+3` is `^3` (it was read as a huge power)
    (B % "2^3^2", "512", "correct", "equal_number"),
    (B % "4^-1^2", "0.25", "correct", "equal_number"),
    (B % "a^2bab^3", "a^3b^4", "correct", "equivalent"),
    (B % "2^+3", "8", "correct", "equal_number"),
    # a logarithm to a base in plain text or with a subscript digit; floor and ceiling signs;
    # the cube and fourth root signs and a root sign before a negative number
    (B % "log_2 8", "3", "correct", "equivalent"),
    (B % "log₂ 8", "3", "correct", "equivalent"),
    (B % "⌊−3.5⌋", "-4", "correct", "equal_within_tolerance"),
    (B % "∜16", "2", "correct", "equivalent"),
    (B % "√−4", "2i", "correct", "equivalent"),
    # a periodic family whose start differs by whole steps is the same family
    (B % "\\frac{13\\pi}{6} + 2\\pi k", "\\frac{\\pi}{6} + 2\\pi k", "correct", "equivalent"),
    (B % "\\frac{7\\pi}{6} + 2\\pi k", "\\frac{\\pi}{6} + 2\\pi k", "incorrect", "not_equivalent"),
    (B % "2n+3", "2n+1", "incorrect", "not_equivalent"),
    # a decimal comma before a middle dot and a power of ten
    (B % "3,5·10^4", "3.5*10^4", "correct", "equal_string"),
    (B % "3,0 × 10^8 m/s", "3,0e8 m/s", "correct", "equal_number"),
    # one number with one unspaced decimal comma against one value (German, French, Turkish)
    (B % "0,5", "\\frac{1}{2}", "correct", "equal_number"),
    # ... a decimal comma states its places as a point does (`0,33` for 1/3, `3,14` for pi)
    (B % "0,33", "1/3", "correct", "equal_rounded"),
    (B % "3,14", "\\pi", "correct", "equal_rounded"),
    (B % "0,3", "1/3", "incorrect", "different_number"),
    (B % "-18\\frac{2}{5}", "-18,4", "correct", "equal_number"),
    (B % "250 g", "0,25 kg", "correct", "equal_number"),
    (B % "1.234,5", "2469/2", "correct", "equal_number"),
    # ... a spaced comma lists two values
    (B % "1/2", "0, 5", "incorrect", "different_structure"),
    # an item with one `\pm` among listed solutions is its two values
    (
        B % "2, 3, \\frac{3 \\pm i\\sqrt{3}}{2}",
        "2,3,\\frac{3 + i\\sqrt{3}}{2}, \\frac{3 - i\\sqrt{3}}{2}",
        "correct",
        "equal_structure",
    ),
    (B % "\\pm 1, \\pm 2", "1,-1,2,-2", "correct", "equal_structure"),
    # both values of a `\pm` reference joined by "or"; an "or" of inequalities is one set
    (B % "\\sqrt{3} or -\\sqrt{3}", "\\pm\\sqrt{3}", "correct", "equivalent"),
    (B % "x<-2 or x>2", "|x|>2", "correct", "equivalent"),
    # a whole answer written one token per row of a matrix (MathArena)
    (
        B % "\\begin{matrix} 1 \\\\ - \\\\ \\dfrac{ \\\\ 2 \\\\ }{ \\\\ \\pi \\\\ } \\end{matrix}",
        "1 - \\frac{2}{\\pi}",
        "correct",
        "equal_string",
    ),
    # an aside that gives the value approximately; a box that holds a sentence
    (
        B % "\\frac{737}{39}\\;\\text{(about }18.9\\text{ cards)}",
        "\\frac{737}{39}",
        "correct",
        "equal_string",
    ),
    (B % "The\\ area\\ of\\ triangle\\ ABC\\ is\\ \\frac{5}{2}", "2.5", "correct", "equal_number"),
    # an exponent that is a command with its arguments
    (B % "\\frac{7^\\frac{1}{2}}{12}", "\\frac{\\sqrt{7}}{12}", "correct", "equivalent"),
    # "or" in French, German, Uzbek: the same list of solutions either way round
    (B % "x=-2 ou x=2", "x=2 ou x=-2", "correct", "equal_structure"),
    (B % "-9 yoki 9", "-9, 9", "correct", "equal_string"),
    # Chinese fractions read denominator first, percents, the radical sign in words, numerals
    (B % "二分之一", "0.5", "correct", "equal_number"),
    (B % "百分之五十", "50%", "correct", "equal_string"),
    (B % "二分之根号2", "sqrt(2)/2", "correct", "equivalent"),
    (B % "一百零五", "105", "correct", "equal_string"),
    # a product written by juxtaposed parentheses (latex2sympy adds `2(3)`)
    (B % "(2)(3)", "6", "correct", "equivalent"),
    # an identity whose sample points cancel to no digit at large x is still an identity
    (B % "cosh(x)^2 - sinh(x)^2", "1", "correct", "equivalent"),
    # `pow(x, 3)`; infinity as JavaScript and TeX-without-backslash write it
    (B % "pow(x,3)", "x^3", "correct", "equivalent"),
    (B % "-Infinity", "-\\infty", "correct", "equal_string"),
    # French intervals with a comma where a bracket is reversed
    (B % "[1,oo[", "[1, \\infty)", "correct", "equal_string"),
    # a value written before the variable it gives (`2x+1 = y`)
    (B % "2x+1=y", "2x+1", "correct", "equal_string"),
    # set membership: the set
    (B % "x∈(1,2)", "1<x<2", "correct", "equivalent"),
    # an alignment mark of `align`, the physics package's `\\abs`
    (B % "x &< 4", "x < 4", "correct", "equal_string"),
    (B % "\\abs{x}<2", "|x|<2", "correct", "equal_string"),
    # an "or" of inequalities against a `\\neq` reference: one set
    (B % "x<1 or x>1", "x \\neq 1", "correct", "equivalent"),
    # Mathematica's square-bracket calls, and its E before a power
    (B % "Sin[x]^2", "sin(x)**2", "correct", "equal_string"),
    (B % "Log[E^2]", "2", "correct", "equivalent"),
    (B % "Sqrt[3]", "3^(1/2)", "correct", "equivalent"),
    # a unit's power glued to it, as unit checkers write it
    (B % "0.000773 m3", "773 cm^3", "correct", "equal_number"),
    (B % "5 m2", "5 m", "incorrect", "different_unit"),
    # numbers in English words: long, with "point", a bare scale word
    (
        B
        % "one hundred twenty three million four hundred fifty six thousand seven hundred eighty nine",
        "123456789",
        "correct",
        "equal_string",
    ),
    (B % "two point three", "2.3", "correct", "equal_string"),
    (B % "a million", "1000000", "correct", "equal_string"),
    (B % "five six", "56", "incorrect", "not_equivalent"),
    # a variable d before another letter is no differential outside an integral
    (
        B % "(a+b)(d+f)^2",
        "a d^2 + b d^2 + 2 a d f + 2 b d f + a f^2 + b f^2",
        "correct",
        "equivalent",
    ),
    # a magnitude word after a grouped number
    (B % "-1,210 million", "-1210000000", "correct", "equal_string"),
    # a root before a spaced number, as calculators take it
    (B % "sqrt 4", "2", "correct", "equivalent"),
    (B % "cbrt 8", "3", "incorrect", "not_equivalent"),
    # Markdown's escaped star between factors
    (B % "2\\*ln(x)", "2 \\ln x", "correct", "equivalent"),
    # the last sentence with a number of a closing paragraph states the count
    (
        "The word has 4 I's and 4 S's. This gives 34,650. So there are 34,650 ways. Hope it helps!",
        "34650",
        "correct",
        "equal_string",
    ),
    # mixed numbers as the items of a list separated by semicolons
    (B % "-1 1/3; 1 1/3", "-\\frac{4}{3}; \\frac{4}{3}", "correct", "equal_string"),
    # a decimal comma in an inequality's bound (a bound is one number)
    (B % "x <= 3,5", "x \\le \\frac{7}{2}", "correct", "equivalent"),
    (B % "x < 2,5", "x < 2", "incorrect", "not_equivalent"),
    # the slanted signs of French and Russian typesetting
    (B % "20.4 \u2a7d P \u2a7d 20.8", "20.4 \\le P \\le 20.8", "correct", "equal_string"),
    # a colour or an HTML class around the value is no part of it
    (B % "\\textcolor{red}{3}", "3", "correct", "equal_string"),
    (B % "\\htmlClass{op-result}{3}", "3", "correct", "equal_string"),
    (B % "\\color{blue} 4", "3", "incorrect", "different_number"),
    # the asked quantity named on the left states the value on the right (`m + n`, `x^2`)
    (B % "m + n = 187", "187", "correct", "equal_string"),
    (B % "x^2 = 9", "9", "correct", "equal_string"),
    # ... as does an identity that holds for every value of its variable
    (B % "\\frac{d}{dx}(x^2) = 2x", "2x", "correct", "equal_string"),
    # a leading `\\pm` signs the term it stands before, not the whole sum
    (B % "\\pm 2 + x", "x \\pm 2", "correct", "equivalent"),
    (B % "\\pm 2 + x", "x + 2, -x - 2", "incorrect", "different_element"),
    # a matrix written as nested lists (NumPy, JSON) against the same matrix in TeX
    (B % "[[1,2],[3,4]]", "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}", "correct", "equal_string"),
    (
        B % "[[1,2],[3,5]]",
        "\\begin{pmatrix}1&2\\\\3&4\\end{pmatrix}",
        "incorrect",
        "different_element",
    ),
    # MATLAB's elementwise operators are the plain ones on numbers and scalars
    (B % "x.*x + 6*x - x + 1 + 1", "x^2 + 5x + 2", "correct", "equivalent"),
    # Euler's formula: an imaginary part that cancels at every sample point is zero there
    (B % "\\sin x", "\\frac{i}{2}e^{-ix}-\\frac{i}{2}e^{ix}", "correct", "equivalent_numeric"),
    (B % "\\cos x", "\\frac{i}{2}e^{-ix}-\\frac{i}{2}e^{ix}", "incorrect", "not_equivalent"),
    # an identity real only for |x| < 1 is tested where it is real (sample points near 0)
    (
        B % "\\sqrt{1 + \\frac{x^2}{1 - x^2}}",
        "\\frac{1}{\\sqrt{1 - x^2}}",
        "correct",
        "equivalent_numeric",
    ),
    # a vector in angle brackets is its components, in TeX, Unicode or plain text
    (B % "\\langle 1, 2 \\rangle", "<1,2>", "correct", "equal_string"),
    (B % "<1,2>", "<2,1>", "incorrect", "different_element"),
    # a set in plain braces joined to an interval by a capital U
    (B % "{2} U (0,1)", "(0,1) U {2}", "correct", "equivalent"),
    # inequalities between numbers are claims: the same numbers compared the same way
    (B % "3 > 2", "2 < 3", "correct", "equivalent"),
    (B % "21 > -12", "21 > 2", "incorrect", "not_equivalent"),
    (B % "3 \\ge 2", "2 < 3", "incorrect", "not_equivalent"),
    # a segment named by its ends under a bar; a bar over one letter stays a conjugate
    (B % "\\overline{AB}", "AB", "correct", "equal_string"),
    (B % "\\overline{z}", "z", "incorrect", "not_equivalent"),
    # a polynomial stated as an equation `p = 0` against the polynomial; not against a root
    (B % "x^4 - 10x^2 + 1 = 0", "x^4-10x^2+1", "correct", "equal_string"),
    (B % "2x^4-20x^2+2=0", "x^4-10x^2+1", "incorrect", "not_equivalent"),
    (B % "x-3=0", "3", "incorrect", "not_equivalent"),
    # Mathematica's spelling: with `Pi` about, a lone E is Euler's number and I the unit
    (B % "E^(I Pi/2)", "I", "correct", "equivalent"),
    (B % "(E + Pi)^2 - E^2 - Pi^2 - 2*E*Pi", "0", "correct", "equivalent"),
    # ... while E alone in TeX stays a variable (a point, an energy)
    (B % "E^2", "e^2", "incorrect", "not_equivalent"),
    # "and" in other languages joins listed solutions (Spanish "y" only between two values)
    (B % "x = 2 y x = -2", "2, -2", "correct", "equal_structure"),
    (B % "-9 va 9", "-9, 9", "correct", "equal_string"),
    (B % "2 y + 3", "2y+3", "correct", "equal_string"),
    # plain arithmetic of mixed numbers: each is one value (`2 1/3` is 7/3, never 2/3)
    (B % "23/6", "2 1/3 + 1 1/2", "correct", "equal_number"),
    (B % "5", "2 1/3 + 1 1/2", "incorrect", "different_number"),
    # roots and pi whose value intervals do not meet are different numbers without the CAS
    (B % "\\sqrt{34}+3\\sqrt{10}", "28", "incorrect", "not_equivalent"),
    (B % "\\frac{\\pi}{2}", "\\frac{\\pi}{3}", "incorrect", "not_equivalent"),
    # ... while intervals that meet leave it to the CAS (cancellation: this one is exactly 1)
    (
        B % "(930249+416020\\sqrt{5})^{1/30}-(930249-416020\\sqrt{5})^{1/30}",
        "1",
        "correct",
        "equivalent",
    ),
    (B % "3\\sqrt{2}", "\\sqrt{18}", "correct", "equivalent"),
    # a sign in words, a fraction spelled with "over", a half alone
    (B % "minus 15", "-15", "correct", "equal_string"),
    (B % "minus one third", "-1/3", "correct", "equal_number"),
    (B % "negative \\frac{1}{2}", "-1/2", "correct", "equal_number"),
    (B % "-1 over 7", "-1/7", "correct", "equal_string"),
    (B % "half", "1/2", "correct", "equal_number"),
    (B % "6 TIMES 10^{-32}", "6 \\times 10^{-32}", "correct", "equal_number"),
    # a reference that names the inverse function it gives
    (B % "1 + 2/x", "f^{-1}(x) = (2+x)/x", "correct", "equivalent"),
    # lower-case letters in a row multiply; capitals in a row are an order
    (B % "z x y", "x y z", "correct", "equivalent"),
    (B % "D A E C B", "EDACB", "incorrect", "different_text"),
    # a sum with a binomial coefficient after its limits; an integral whose variable is s
    (
        B % "\\sum_{j=0}^{n} \\binom{n}{j} x^j",
        "\\sum_{k=0}^{n} \\binom{n}{k} x^k",
        "correct",
        "equivalent",
    ),
    (B % "\\int_0^1 s^2 ds", "1/3", "correct", "equivalent"),
    # the variable of an integral is bound: any name; other limits are another integral
    (B % "\\int_0^1 f(s) ds", "\\int_0^1 f(t) dt", "correct", "equivalent"),
    (B % "\\int_0^1 f(s) ds", "\\int_0^2 f(t) dt", "unknown", "undecided"),
    # a concluding sentence: the value, then unit words and a clause that qualifies nothing
    (
        "Therefore, the perimeter is $14 + 7\\sqrt{2}$ inches, expressed in simplest radical form.",
        "14 + 7\\sqrt{2}",
        "correct",
        "equal_string",
    ),
    # TeX after "it's" (a typographic apostrophe), a label after "the answer is"
    ("So it’s \\frac{1}{9}", "1/9", "correct", "equal_number"),
    ("the answer is Final: 5", "5", "correct", "equal_string"),
    # a response that is one sentence naming one number states it (a plain GSM8K answer)
    ("Marie ordered 2 boxes of pizza.", "2", "correct", "equal_string"),
    ("He earns $1,024 dollars.", "1024", "correct", "equal_string"),
    # ... a Unicode minus with a space after the connector
    ("The temperature is − 12 degrees.", "-12", "correct", "equal_string"),
    # an ordinal answer is its number
    (B % "12^{\\mathrm{th}}", "12", "correct", "equal_string"),
    (B % "3rd place", "3", "correct", "equal_string"),
    (B % "12th", "13", "incorrect", "different_number"),
    # French intervals with commas joined by a union; the French word for infinity
    (
        B % "]-\\infty, 0[ \\cup ]0, +\\infty[",
        "(-\\infty,0)\\cup(0,\\infty)",
        "correct",
        "equal_structure",
    ),
    (B % "]-infini, 0[", "(-\\infty,0)", "correct", "equal_string"),
    # a power of e as one letter (latex2sympy's grammar takes only `2^{e}`)
    (B % "3^e+1", "1+3^{e}", "correct", "equivalent"),
    (B % "2^e", "e^2", "incorrect", "not_equivalent"),
    # the capitals of an answer key join its values as "and" / "or" do
    (B % "1, 2, 3", "1, 2, AND 3", "correct", "equal_structure"),
    (B % "1/4 and 1", "0.25 AND 1", "correct", "equal_structure"),
    (B % "1/4", "0.25 AND 1", "incorrect", "different_structure"),
    ("</think>x = 2 OR x = 3", "3", "incorrect", "ambiguous_answer"),
    # mathematical styled letters (`𝑥`) are their letters; a sentence mark after words is no factorial
    (B % "x^2", "𝑥²", "correct", "equal_string"),
    (B % "𝟐𝑦", "2y", "correct", "equal_string"),
    (B % "负数！", "负数", "correct", "equal_string"),
    (B % "正数！", "负数", "incorrect", "different_text"),
    (B % "5!", "120", "correct", "equivalent"),
    # roots, powers and quotients in words on one operand
    (B % "\\sqrt[3]{35}", "CUBE ROOT OF 35", "correct", "equal_string"),
    (B % "square root of 2", "\\sqrt2", "correct", "equal_string"),
    (B % "2", "the square root of 2", "incorrect", "not_equivalent"),
    (B % "x squared", "x^2", "correct", "equivalent"),
    (B % "\\pi/2", "pi over 2", "correct", "equivalent"),
    (B % "just over 200", "200", "incorrect", "not_equivalent"),
    # a space after a divisor multiplies what follows, read from the left: (pi/2) b
    (B % "π( ½ b + 1)", "π/2 b + π", "correct", "equivalent"),
    (B % "1/2 x", "1/(2x)", "incorrect", "not_equivalent"),
    (B % "-1/9 \\ge x", "x \\le -1/9", "correct", "equivalent"),
    # bare values against the values of distinct unknowns: read in the reference's order
    (B % "2, 3", "x=2, y=3", "correct", "equal_structure"),
    (B % "3, 2", "x=2, y=3", "incorrect", "different_element"),
    # ... two values of one unknown stay a set
    (B % "3, 2", "x=2, x=3", "correct", "equal_structure"),
    # a one-number sentence keeps its magnitude word
    ("He earns 3 million dollars.", "3000000", "correct", "equal_string"),
    ("He earns 3 million dollars.", "3", "incorrect", "different_number"),
    # a dollar amount with a magnitude word after "is"; an approximate value after "is"
    ("So, the unadjusted EBITDA is $1,832 million.", "1832000000", "correct", "equal_string"),
    ("Rounded, the ratio for FY2016 is approximately 1.73.", "1.73", "correct", "equal_string"),
    ("So the ratio is approximately 1.73.", "\\sqrt3", "correct", "equal_rounded"),
    # a lone Cyrillic letter that looks Latin is that variable
    (B % "х = 7", "x=7", "correct", "equal_string"),
    # "answer" as a label in other languages, in a box and on a final line (Vietnamese, Russian)
    (B % "Đáp án: (1, 2, 3)", "(1,2,3)", "correct", "equal_string"),
    ("Lời giải ngắn gọn.\nĐáp án: 12", "12", "correct", "equal_string"),
    (B % "Ответ: 5", "6", "incorrect", "different_number"),
    # a superscript over a subscript is a fraction; `+-` before a value is plus-or-minus
    (B % "⁹⁄₁₀", "9/10", "correct", "equal_number"),
    (B % "+-12", "12, -12", "correct", "equivalent"),
    (B % "x+-3", "x-3", "correct", "equivalent"),
    # digits grouped in threes after the point (SI); thousands inside a comma-and-space list
    (B % "0.000 25", "0.00025", "correct", "equal_string"),
    (B % "525, 1,400", "525, 1400", "correct", "equal_string"),
    (B % "1,2, 3", "1, 2, 3", "correct", "equal_string"),
    # mixed numbers as items of a list or tuple
    (B % "1 1/2, 3", "1.5, 3", "correct", "equal_structure"),
    (B % "(0, 6 1/2)", "(0, 6.5)", "correct", "equal_structure"),
    (B % "1 3/2, 3", "2.5, 3", "incorrect", "different_element"),
    # an exclamation mark after a word is punctuation; after a number or a letter, a factorial
    ("The answer is yes!", "Yes", "correct", "equal_text"),
    (B % "yes!", "no", "incorrect", "different_text"),
    (B % "x!", "x", "incorrect", "not_equivalent"),
    # a number in words with words after it: the number and its unit
    (B % "ten dollar", "10", "correct", "equal_string"),
    (B % "one million dollars", "1000000", "correct", "equal_string"),
    # ... never a number cut short by what continues it (a second number, an ordinal, a point)
    (B % "five and six", "5", "incorrect", "different_structure"),
    (B % "eleven dot one", "11", "incorrect", "not_equivalent"),
    (B % "eighty ninth", "80", "incorrect", "different_number"),  # the ordinal 89, never 80
    (B % "eighty ninth", "89", "correct", "equal_string"),
    # a last line that only closes the solution: the value is on the line above
    ("\\[\\frac{1}{2}\\]\nThis is the final result.", "0.5", "correct", "equal_number"),
    ("$$x = 2$$\nDone.", "2", "correct", "equal_string"),
    # ... a retraction is no closing remark
    ("x = 5\nNo wait.", "5", "incorrect", "no_answer"),
    # a ratio in other terms is the same ratio (as 2/4 is 1/2); order matters; times are no ratios
    (B % "4:6", "2:3", "correct", "equivalent"),
    (B % "5:3", "3:5", "incorrect", "different_element"),
    (B % "1:15", "2:30", "incorrect", "different_element"),
    # a constant of integration in the other case is the same constant
    (B % "x^3/3+c", "x^3/3 + C", "correct", "equivalent"),
    # ... but it must be a term on its own, and other letters keep their case
    (B % "x^3/3+2c", "x^3/3 + C", "incorrect", "not_equivalent"),
    (B % "c x", "C x", "incorrect", "not_equivalent"),
    # a slash fraction after a division sign is one divisor, as schoolbooks write `3/4 ÷ 1/2`
    (B % "3/4 ÷ 1/2", "3/2", "correct", "equal_number"),
    (B % "3/4 ÷ 1/2", "3/8", "incorrect", "different_number"),
    (B % "6 ÷ 2/3", "9", "correct", "equal_number"),
    (B % "(y + x)/(xy) ÷ (y - x)/(xy)", "(y+x)/(y-x)", "correct", "equivalent"),
    # ... while a division sign before a whole number still reads left to right
    (B % "8 ÷ 2 × 4", "16", "correct", "equal_number"),
    # a mixed number as it is spoken (`4 and 1/10`); an improper fraction after "and" is a list
    (B % "4 and 1/10", "41/10", "correct", "equal_number"),
    (B % "4 and 1/10", "4.01", "incorrect", "different_number"),
    (B % "3 and 4/2", "3, 2", "correct", "equal_structure"),
    # a closing clause names the parameter's range; `\pi k, k \in` keeps the `k` of its value
    (
        B % "x = \\frac{\\pi}{4} + \\pi k, k \\in \\mathbb{Z}",
        "\\frac{\\pi}{4} + \\pi n",
        "correct",
        "equivalent",
    ),
    (B % "2\\pi n, n\\in\\mathbb{Z}", "2\\pi k", "correct", "equivalent"),
    (B % "\\pi k, k ∈ ℤ", "\\pi n", "correct", "equivalent"),
    (
        B % "x = \\frac{\\pi}{2} + \\pi k; k \\in \\mathbb{Z}",
        "\\frac{\\pi}{2} + \\pi n",
        "correct",
        "equivalent",
    ),
    # a union of periodic families is the same set as one family with a finer step
    (B % "π/4 + πk; 3π/4 + πk", "π/4 + πk/2", "correct", "equivalent"),
    (B % "π/4 + πk; 3π/4 + πk", "π/4 + πk", "incorrect", "different_element"),
    # ... and a `\pm` family is two families
    (B % "±π/3+2πn", "π/3+2πk, 5π/3+2πk", "correct", "equivalent"),
    (B % "±π/3+2πn", "π/3+2πk, 2π/3+2πk", "incorrect", "different_element"),
    # a value restated in parentheses, exactly or as the decimal it rounds to, is that value
    (B % "1,000 (one thousand)", "1000", "correct", "equal_string"),
    (B % "648 € (648,00 €)", "648", "correct", "equal_string"),
    (B % "\\frac{1}{3} (0.33)", "1/3", "correct", "equal_number"),
    # ... a different value in the parentheses is no restatement
    (B % "5 (6)", "5", "incorrect", "not_equivalent"),
    (B % "\\frac{2}{3} (0.66)", "2/3", "incorrect", "not_equivalent"),
    # a value after a label of words and a colon; a single letter is no label
    (B % "cost of one pineapple: $8", "8", "correct", "equal_string"),
    (B % "Total: 12 cm", "13", "incorrect", "different_number"),
    (B % "x: 5", "5", "incorrect", "not_equivalent"),
    # derivatives named their own ways compare their right sides: `dy/dx`, `\\frac{dy}{dx}`,
    # `y''` and `f''(x)` of one order; another function or variable, or another order, does not
    (B % "dy/dx=-x/y", "\\frac{dy}{dx}=-\\frac{x}{y}", "correct", "equivalent"),
    (B % "\\frac{d^2y}{dx^2}=12x^2-12x", "f''(x)=12x^2-12x", "correct", "equal_string"),
    (B % "y''=12x^2", "f''(x)=12x^2", "correct", "equal_string"),
    (B % "g''(x)=12x^2", "f''(x)=12x^2", "incorrect", "different_prime"),
    (B % "F''(x)=12x^2", "f''(x)=12x^2", "incorrect", "different_prime"),
    (B % "f''(t)=12x^2", "f''(x)=12x^2", "incorrect", "not_equivalent"),
    (B % "y''=12x^2", "f'(x)=12x^2", "incorrect", "different_prime"),
    # the script letter l
    (B % "ℓ=(P-2b)/2", "l=(P-2b)/2", "correct", "equal_string"),
    (B % "\\ell = 5", "l=5", "correct", "equal_string"),
    # a constant of integration under another name; a lone letter or another symbol is no constant
    (B % "y=x^2+K", "y=x^2+C", "correct", "equivalent"),
    (B % "K", "C", "incorrect", "not_equivalent"),
    (B % "x^2+a", "x^2+C", "incorrect", "not_equivalent"),
    # numbers side by side are a list (not a product); spaced groups of three digits one number
    (B % "28 35", "28, 35", "correct", "equal_string"),
    (B % "28 35", "980", "incorrect", "different_structure"),
    (B % "5 000 000", "5000000", "correct", "equal_string"),
    # a decimal comma in the value of an equation
    (B % "x = 0,5", "\\frac12", "correct", "equal_number"),
    (B % "sin B = 0,6", "0.6", "correct", "equal_string"),
    # a function before absolute-value bars applies to the bars' value, before a slash
    (B % "log|4x-1|/4 + C", "(1/4)log|4x-1| + C", "correct", "equivalent"),
    (B % "\\sin|x|/2", "\\frac{\\sin|x|}{2}", "correct", "equivalent"),
    (B % "log|x+1|/4", "\\ln|x+1|", "incorrect", "not_equivalent"),
    # a marker inside the box is part of it, not a later answer (it was read as `8}`)
    (B % "Final answer: 8", "8", "correct", "equal_string"),
    (B % "The final answer is 8", "8", "correct", "equal_string"),
    # "does not exist", "DNE" and "undefined" state one thing: no value
    (B % "undefined", "does not exist", "correct", "equal_string"),
    (B % "The limit does not exist", "DNE", "correct", "equal_string"),
    (B % "does not exist", "5", "incorrect", "not_equivalent"),
    # a label or lead-in written as TeX text before the value
    (B % "\\text{The answer is } 8", "8", "correct", "equal_string"),
    (B % "\\text{Total cost: }\\$8", "8", "correct", "equal_string"),
    (B % "\\text{wrong answer: } 8", "8", "incorrect", "not_equivalent"),
    # thousands separators in a fraction's numbers (another denominator is another number)
    (B % "472/10,000", "472/10000", "correct", "equal_string"),
    (B % "472/1,000", "472/10000", "incorrect", "different_number"),
    # xfrac's slanted fraction and latexify's spacing hints
    (B % "\\sfrac{1}{2}", "0.5", "correct", "equal_number"),
    (
        B % "sin(x + y)",
        "\\sin \\mathopen{}\\left( x + y \\mathclose{}\\right)",
        "correct",
        "equal_string",
    ),
    # a mixed number in words; an improper fraction after "and" is no mixed number
    (B % "three and a half", "3.5", "correct", "equal_number"),
    (B % "minus two and a half", "-2.5", "correct", "equal_number"),
    (B % "three and a half", "3.25", "incorrect", "different_number"),
    # a comma after a scale word, as on a cheque; scale words past a trillion
    (B % "twenty-thousand, five-hundred and sixty-nine", "20569", "correct", "equal_string"),
    (B % "five quintillion", "5000000000000000000", "correct", "equal_string"),
    # a list of numbers written in words
    (B % "five, six", "5, 6", "correct", "equal_string"),
    (B % "five, six", "5, 7", "incorrect", "different_element"),
]


@pytest.fixture(scope="module")
def judge() -> MathJudge:
    return MathJudge()


@pytest.mark.parametrize(("completion", "reference", "verdict", "reason"), CASES)
def test_answer_forms(
    judge: MathJudge, completion: str, reference: str, verdict: str, reason: str
) -> None:
    out = judge.judge(pl.DataFrame({"completion": [completion], "reference": [reference]}))
    assert (out["verdict"][0], out["judge_reason"][0]) == (verdict, reason)


@pytest.mark.parametrize(
    "text",
    [
        "2^{1000}",  # a power beyond the bound
        "\\frac{1}{0}",  # a division by what may be zero
        "(-8)^{1/3}",  # a fractional power of a negative number
        "\\sqrt{2-3}",  # the root of a negative number
        "x+1",  # a variable
        "0.5+\\sqrt{2}",  # a decimal: its stated precision is another rule
        "\\frac12",  # TeX's digits one by one
        "2\\frac{1}{2}",  # maybe a mixed number
    ],
)
def test_no_interval_for_what_the_estimate_does_not_read(text: str) -> None:
    from curate.judges.math.approx import estimate

    assert estimate(text) is None

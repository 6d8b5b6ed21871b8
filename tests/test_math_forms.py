"""Spellings of answers met in a fourth set of other projects' grader tests (bench/equiv_fresh4_*):
plain-text function calls, roots and inverse functions written the sympy way, log rules, values
that vanish numerically, numerals in other bases, prompts left inside completions, and final
lines that end a computation; then forms found by probing (a function's power written first,
Greek letters spelled out, double factorials, sums, dotted thousands). Each row: completion, reference, verdict, reason."""

from __future__ import annotations

import polars as pl
import pytest
from curate.judges.math import MathJudge

B = "</think>\\boxed{%s}"

CASES = [
    # a plain-text function call in the reference
    (B % "7 \\sin(\\frac{\\pi}{5}x) + 1", "7*sin(pi*x/5)+1", "correct", "equivalent"),
    # ... or in the answer, evaluated
    (B % "sin(pi/6)", "1/2", "correct", "equivalent"),
    # ... and an identity between two of them
    (B % "sin(x)*cos(x)", "sin(2*x)/2", "correct", "equivalent"),
    # ... which must hold
    (B % "sin(x)*cos(x)", "sin(2*x)", "incorrect", "not_equivalent"),
    # a root of a bracketed argument
    (B % "\\sqrt(4)", "2", "correct", "equivalent"),
    # ... with an index
    (B % "\\sqrt[4](16)", "2", "correct", "equivalent"),
    # ... or a space before the index
    (B % "\\sqrt [3]8", "2", "correct", "equivalent"),
    # an inverse function spelled the sympy way
    (B % "\\arcsin \\left(x\\right)", "\\asin\\left(x\\right)", "correct", "equal_string"),
    # ... in plain text too
    (B % "\\arctan(x)", "atan(x)", "correct", "equal_string"),
    # an expression that is exactly zero, though it vanishes only numerically
    (B % "\\sin(2\\pi)", "0", "correct", "equivalent"),
    # ... while a tiny number is not zero
    (B % "10^{-40}", "0", "incorrect", "different_number"),
    # the log rules, for positive arguments
    (B % "\\log(x)+\\log(y)", "\\log(x*y)", "correct", "equivalent"),
    # ... a quotient
    (B % "\\log x -\\log y", "\\log(x/y)", "correct", "equivalent"),
    # ... a power
    (B % "y\\log(x)", "\\log(x^y)", "correct", "equivalent"),
    # ... and no rule that does not exist
    (B % "\\log(x)+\\log(y)", "\\log(x+y)", "incorrect", "not_equivalent"),
    # a numeral in base 2 without its base, as the question asked for it
    (B % "10001", "10001_2", "correct", "equal_string"),
    # ... its value in base 10
    (B % "17", "10001_2", "correct", "equal_number"),
    # ... the same digits in another base
    (B % "10001_3", "10001_2", "incorrect", "different_number"),
    # ... a hexadecimal numeral
    (B % "A3_{16}", "163", "correct", "equal_number"),
    # a sequence term is no numeral
    (B % "a_{12}", "10", "incorrect", "not_equivalent"),
    # a decimal answer with its stated precision against an exact reference
    (B % "0.33", "\\frac13", "correct", "equal_rounded"),
    # ... and an exact answer against a reference rounded from it (not cut from it)
    (B % "\\frac13", "0.33", "correct", "equal_rounded"),
    (B % "2\\pi", "6.28", "correct", "equal_rounded"),
    (B % "\\frac{50}{3}", "16.66", "incorrect", "different_number"),
    # ... but not a coarser decimal against a finer one
    (B % "2.23", "2.232", "incorrect", "different_number"),
    # a negative power without braces
    (B % "10^{-2}", "10^-2", "correct", "equal_string"),
    # thousands separators inside a fraction
    (B % "\\frac{945}{16,384}", "\\frac{945}{16384}", "correct", "equal_string"),
    # a two-letter unit glued to its number
    (B % "12cm", "12", "correct", "equal_string"),
    # an emphasised value
    (B % "\\emph{5}", "5", "correct", "equal_string"),
    # a bullet as a product sign
    (B % "(b/x)•a", "ab/x", "correct", "equivalent"),
    # a true computation in a box states its value
    (B % "6 \\times 7 = 42", "42", "correct", "equal_string"),
    # a completion that still holds its prompt: the reply follows the assistant's token
    (
        "<|User|>Ignore \\boxed{0}<|Assistant|>Answer: \\boxed{42}<|end_of_sentence|>",
        "42",
        "correct",
        "equal_string",
    ),
    # ... a ChatML one
    (
        "<|im_start|>user\nIs it \\boxed{0}?<|im_end|>\n<|im_start|>assistant\n\\boxed{42}",
        "42",
        "correct",
        "equal_string",
    ),
    # a reason in brackets after the answer
    ("Answer: 42 (since 6*7=42)", "42", "correct", "equal_string"),
    # ... a restatement after "i.e." or "that is"
    ("The answer is 42 (i.e. 42.0).", "42", "correct", "equal_string"),
    ("The answer is 1/2, i.e. 0.5.", "0.5", "correct", "equal_number"),
    # ... a value it rules out is no second candidate, and not the answer
    ("The answer is 41 apples, not 42.", "41", "correct", "equal_string"),
    ("The answer is 41 apples, not 42.", "42", "incorrect", "different_number"),
    # "the correct option is" marks the answer
    ("The correct option is (B).", "B", "correct", "equal_choice"),
    # `ln` without a backslash, before its argument
    (B % "ln 2", "ln(2)", "correct", "equivalent"),
    # ... or inside TeX
    (B % "ln(\\frac{4}{2})", "ln(2)", "correct", "equivalent"),
    # Python's imaginary unit after a number
    (B % "3+4j", "3+4i", "correct", "equal_string"),
    # Python's Fraction
    (B % "Fraction(30, 1)", "$30", "correct", "equal_number"),
    # sympy's infinity
    (B % "(-\\infty,2)\\cup(3,\\infty)", "(-oo,2) ∪ (3,oo)", "correct", "equal_structure"),
    # a number times a binomial coefficient (latex2sympy alone adds them)
    (B % "63 \\binom{64}{2}+1", "127009", "correct", "equivalent"),
    # `\leqq` as `\leq`
    (B % "[1, 2]", "1\\leqqx\\leqq2", "correct", "equivalent"),
    # a one-letter word after a fraction is a variable, not hours
    (B % "\\frac{8h}{5}", "\\frac{8}{5} h", "correct", "equivalent"),
    # unit words in another script, after that language's "thousand" (which scales)
    (B % "365 \\text{ nghìn đồng}", "365000", "correct", "equal_string"),
    # a clause naming a parameter's range
    (
        B % "x = \\frac{3\\pi}{2} + 2\\pi k,\\ k \\in \\mathbb{Z}",
        "\\frac{3\\pi}{2}+2k\\pi",
        "correct",
        "equivalent",
    ),
    # ... in words
    (B % "2^n \\text{ for all } n", "2^n", "correct", "equal_string"),
    # ... while a case split is not such a clause
    (B % "2 \\forall n \\geq 3,\\ 1\\ (n < 3)", "2", "incorrect", "different_structure"),
    # a reference that is a true computation states its value
    (B % "1", "\\frac{9}{9} = 1", "correct", "equal_string"),
    # `~5`: approximately 5
    ("Final Answer: ~5", "5", "correct", "equal_string"),
    # an answer label alone on its line: the value is on the next one
    ("**Answer:**\nJessica has **\\$15** more.", "15", "correct", "equal_string"),
    # a capitalised first word is the same word
    ("Final answer: All integers $k \\geq 2$.", "all integers k ≥ 2", "correct", "equal_string"),
    # "we get" before the final value
    ("Thus, we get 42", "42", "correct", "equal_string"),
    # "final answer" followed by its value, no verb
    ("Calculation 9; final answer 10", "10", "correct", "equal_string"),
    # the answer phrase in French
    ("La reponse finale est 42.", "42", "correct", "equal_string"),
    # ... in Spanish
    ("La respuesta es 12.", "12", "correct", "equal_string"),
    # ... in Korean, the copula glued after the number
    ("최종 답은 42입니다.", "42", "correct", "equal_string"),
    # ... a Russian answer label
    ("Ответ: 42", "42", "correct", "equal_string"),
    # ... and a hedge there is still no answer: French "ou" lists two values
    ("La réponse est 3 ou 4.", "4", "incorrect", "different_structure"),
    # "gives us" before the final value
    ("Solving the equation gives us 3.14", "3.14", "correct", "equal_string"),
    # a root sign over a whole number
    (B % "2√113", "2\\sqrt{113}", "correct", "equal_string"),
    # plus-minus as a sign
    (B % "1 ± √19", "1 \\pm \\sqrt{19}", "correct", "equal_string"),
    # a full-width comma
    (B % "(1.5，0)", "(3/2, 0)", "correct", "equal_structure"),
    # a unit in Chinese glued after the value
    (B % "28.26平方单位", "28.26", "correct", "equal_string"),
    # "或" (or) between two solutions
    (B % "x=2 或 x=3", "x=3, x=2", "correct", "equal_structure"),
    # a reference that lost its backslash
    (B % "1/5", "frac{1}{5}$", "correct", "equal_number"),
    # PI in capitals
    (B % "PI", "pi", "correct", "equal_string"),
    # sympy's spellings in a reference: Abs, factorial, E
    (B % "a|x|+|y|", "a*Abs(x)+Abs(y)", "correct", "equivalent"),
    # ...
    (B % "(n+1)!", "factorial(n+1)", "correct", "equal_string"),
    # ...
    (B % "a+b e^2", "a+b*E**2", "correct", "equivalent"),
    # ... whose value must still match
    (B % "4", "Abs(-5)", "incorrect", "different_number"),
    # digits of another script after `####`
    ("#### ๑,๒๓๔,๕๖๗", "1234567", "correct", "equal_string"),
    # a Unicode minus after `####`
    ("#### −12", "-12", "correct", "equal_string"),
    # a final line that opens with a connective and a comma
    ("Therefore, 100", "100", "correct", "equal_string"),
    # a final sentence ending in a true computation and its unit
    (
        "Therefore, Dad vacuumed upstairs for 2(11) + 5 = 27 minutes.",
        "27",
        "correct",
        "equal_string",
    ),
    # an earlier box that computes the same value is no second candidate
    (
        "\\boxed{(\\frac{3000}{1500}) = 2 \\text{ dollars/sq ft}}\nThe cost is \\boxed{2}.",
        "2",
        "correct",
        "equal_string",
    ),
    # ... while one that computes another value is
    ("\\boxed{3000/1500 = 3}\nThe cost is \\boxed{2}.", "2", "incorrect", "ambiguous_answer"),
    # a function's power written before its argument, in plain text
    (B % "sec^2(x)", "\\sec^2 x", "correct", "equivalent"),
    # ... the sympy way, against the power written after
    (B % "cos**3(x)", "cos(x)**3", "correct", "equivalent"),
    # ... which is not the function of the power
    (B % "sin^2(x)", "sin(x^2)", "incorrect", "not_equivalent"),
    # an inverse function before its argument, without parentheses or backslash
    (B % "arctan x", "\\tan^{-1} x", "correct", "equivalent"),
    # two or more dots can only group thousands
    (B % "1.234.567", "1234567", "correct", "equal_string"),
    # ... while one dot is a decimal point
    (B % "1.234", "1234", "incorrect", "different_number"),
    # a sum with its index set in the subscript (no assignment `k = ...`)
    (B % "\\sum_{k=1}^{10} k", "55", "correct", "equivalent"),
    # ... and a symbolic one
    (B % "\\sum_{k=1}^{n} (2k-1)", "n^2", "correct", "equivalent"),
    # a Greek letter spelled out in a plain-text formula
    (B % "theta/2", "\\frac{\\theta}{2}", "correct", "equivalent"),
    # ... as an argument
    (B % "sin(theta)", "\\sin\\theta", "correct", "equivalent"),
    # ... in Unicode, against TeX's variant form
    (B % "ε_0", "\\varepsilon_0", "correct", "equal_string"),
    # ... while a word in prose stays a word
    (B % "the beta version", "\\beta", "incorrect", "not_equivalent"),
    # `n!!` is the double factorial, not the factorial of a factorial
    (B % "5!!", "15", "correct", "equivalent"),
    # ... also of a variable, compared on whole numbers
    (B % "(2n-1)!!", "\\frac{(2n)!}{2^n n!}", "correct", "equivalent_numeric"),
    # ... where a different formula differs
    (B % "(2n)!!", "2^n (n+1)!", "incorrect", "not_equivalent"),
    # a variable d before a product sign (latex2sympy would read one symbol `dcdot`)
    (B % "2\\cdot d\\cdot a", "2ad", "correct", "equivalent"),
    # ... and in a plain-text formula with E as a variable, not Euler's number
    (B % "(2*h*V - d**2*E/2)/(d*E)", "2*h*V/(d*E) - d/2", "correct", "equivalent"),
    # a leading-dot mantissa in E notation
    (B % ".00023e67", "2.3e63", "correct", "equal_number"),
    # HTML powers
    (B % "1.23*10<sup>4</sup>", "1.23e4", "correct", "equal_number"),
    # `+/-` for plus-minus
    (B % "x = +/- 9", "-9, 9", "correct", "equivalent"),
    # an em dash as the minus sign
    (B % "—1.5", "-1.5", "correct", "equal_string"),
    # `tg`, `ctg` and `cosec`
    (B % "tg(α)", "tan(alpha)", "correct", "equal_string"),
    (B % "cosec x", "1/sin x", "correct", "equivalent"),
    # Mathematica's capitalised names
    (B % "ArcTan(1) + Sqrt(4)", "\\frac{\\pi}{4} + 2", "correct", "equivalent"),
    # sympy's two-argument log
    (B % "log(8, 2)", "3", "correct", "equivalent"),
    # a number in Chinese numerals
    (B % "二十五", "25", "correct", "equal_string"),
    # ... which a list of digits is not
    (B % "二五", "25", "incorrect", "unparseable_answer"),
    # a speed in words against its symbols
    (B % "50 kilometres per hour", "50 km/h", "correct", "equal_string"),
    # an answer heading, a lead-in sentence, then the answer as a display block
    (
        "### Final Answer\n\nThe general solution is:\n\\[ x = \\frac{\\pi}{2} + 2k\\pi \\]\n"
        "where \\(k\\) is any integer.",
        "x = \\frac{\\pi}{2} + 2n\\pi",
        "correct",
        "equivalent",
    ),
    # ... a bold label alone on its line
    ("**Final Answer:**\n\nThe value is:\n\\[\nx = 7\n\\]\n", "5", "incorrect", "different_number"),
    # the integer of a periodic solution may have another name, not another step
    (B % "\\frac{\\pi}{2}+k\\pi", "\\frac{\\pi}{2}+2n\\pi", "incorrect", "not_equivalent"),
    # ... while two variables are not renamed
    (B % "k^2", "n^2", "incorrect", "not_equivalent"),
    # Python's `==` in an equation, and a name with a long index
    (B % "v_ab**2 == v_x**2", "v_ab*v_ab == v_x*v_x", "correct", "equivalent"),
    # one letter in a text command is a symbol
    (B % "x + \\text{ x }", "2x", "correct", "equivalent"),
    # a function of one symbol before a product sign applies to that symbol only
    (B % "\\cos t \\cdot \\ln 2", "\\ln(2)\\cos(t)", "correct", "equivalent"),
    # set-builder notation: the set its condition describes
    (B % "(-2, 3)", "\\{x \\mid -2<x<3\\}", "correct", "equivalent"),
    # ... which a half-open interval is not
    (B % "[-2, 3)", "\\{x \\mid -2<x<3\\}", "incorrect", "not_equivalent"),
    # a tuple of names assigned a tuple of values, against the values
    (B % "(x, y, z) = (1, 2, 3)", "1,2,3", "correct", "equal_structure"),
    # ... in their order
    (B % "(x, y, z) = (1, 3, 2)", "1,2,3", "incorrect", "different_element"),
    # a function's variable may have another name
    (B % "f(m) = 2m + 1007", "f(n) = 2n+1007", "correct", "equivalent"),
    # plain-text `log(...)` is the natural log, as programs and computer algebra write it
    (B % "x", "log(exp(x))", "correct", "equivalent"),
    # ... and a base as a subscript or a second argument
    (B % "3", "log_2(8)", "correct", "equivalent"),
    # binomials, permutations, floors and roots written as calls
    (B % "56", "nCr(8,3)", "correct", "equivalent"),
    (B % "336", "nPr(8,3)", "correct", "equivalent"),
    (B % "-18", "floor(-17.3)", "correct", "equal_within_tolerance"),
    (B % "x^(1/3)", "cbrt(x)", "correct", "equivalent"),
    # the inverse reciprocal hyperbolic functions (latex2sympy read `\\arccoth x` as acot(h(x)))
    (B % "arccoth(2)", "atanh(1/2)", "correct", "equivalent"),
    (B % "acoth(x)", "coth^(-1)(x)", "correct", "equal_string"),
    # a symbolic power written before the argument
    (B % "sin(x)^n", "sin^n(x)", "correct", "equivalent"),
    # mathjs' nthRoot, and the absolute value of a number (no bars left to pair)
    (B % "nthRoot(4x, 2)", "2 * nthRoot(x, 2)", "correct", "equivalent"),
    (B % "-6 + -5 - abs(-4) + -10 - 3 abs(-4)", "-37", "correct", "equal_number"),
    # a parenthesised power with spaces (once taken for a huge power)
    (B % "( p ^ ( 2) + 1)/( p ^ ( 2) + 1)", "1", "correct", "equivalent"),
    # plain log with or without parentheses is one function
    (B % "n log^2 n", "n*log(n)**2", "correct", "equivalent"),
    # an inequation's sides swapped
    (B % "0 \\ne x^2+2x+1", "(x+1)^2 \\ne 0", "correct", "equivalent"),
    # "equals" and the full-width equals sign
    (B % "x equals 2", "2", "correct", "equal_string"),
    (B % "x＝2", "2", "correct", "equal_string"),
    # an `array` as a vector, with or without its column spec
    (B % "\\begin{array}{cc}1 & 2\\end{array}", "(1,2)", "correct", "equal_structure"),
    (
        B % "\\begin{array}{cc}1 & 2\\\\3&5\\end{array}",
        "\\begin{pmatrix}1 & 2\\\\3&4\\end{pmatrix}",
        "incorrect",
        "different_element",
    ),
    # an integer before an improper fraction is a product, never a mixed number
    (B % "2\\frac{3}{2}", "3", "correct", "equal_number"),
    (B % "2\\frac{3}{2}", "3.5", "incorrect", "different_number"),
    # a number over a number before a factor is that fraction times the factor (left to right)
    (B % "1/2x", "\\frac{x}{2}", "correct", "equivalent"),
    (B % "3/4pi", "\\frac{3\\pi}{4}", "correct", "equivalent"),
    (B % "1/3p-3=114", "p=351", "correct", "equivalent_equation"),
    # ... and never the reciprocal of the product
    (B % "1/2x", "\\frac{1}{2x}", "incorrect", "not_equivalent"),
    # a bracketed denominator stays one denominator
    (B % "1/(2x)", "\\frac{1}{2x}", "correct", "equivalent"),
    # full-width digits and slash of CJK text
    (B % "３／４", "3/4", "correct", "equal_string"),
    # `sqrt{13}` with a lost backslash, and a spreadsheet's `SQRT(3)`
    (B % "2sqrt(13)", "2sqrt{13}", "correct", "equal_string"),
    (B % "4\\sqrt{3}", "4*SQRT(3)", "correct", "equivalent"),
    (B % "3*SQRT(2)", "3*SQRT(3)", "incorrect", "not_equivalent"),
    # an operation spelled between two numbers
    (B % "42", "6 x 7", "correct", "equal_number"),
    (B % "96", "12 times 8", "correct", "equal_number"),
    (B % "25", "50 divided by 2", "correct", "equal_number"),
    (B % "90", "12 times 8", "incorrect", "different_number"),
    # the value written before the variable it gives
    (B % "10/9 = x", "10/9", "correct", "equal_string"),
    # a power written before the subscript
    (B % "\\frac{v^2_0}{g}", "\\frac{v_0^{2}}{g}", "correct", "equivalent"),
    # "exactly" before the value
    ("The answer comes to exactly 42 dollars.", "42", "correct", "equal_string"),
    # a Chinese closing sentence: an assignment, "is" before a bold value, an answer label
    (
        "因此，$\\log_2a = 6$，从而得到$a = 2^6 = 64$。\n\n所以，$a = 64$。",
        "64",
        "correct",
        "equal_string",
    ),
    ("所以，函数在区间上的最大值是 **2**。", "2", "correct", "equal_string"),
    (
        "所以，圆台甲与乙的体积之比为 $\\frac{\\sqrt{6}}{4}$。",
        "\\dfrac{\\sqrt{6}}{4}",
        "correct",
        "equal_string",
    ),
    ("答案是：$(-2, 1)$", "(-2,1)", "correct", "equal_string"),
    # one value in two forms: two boxes, or a list after the answer label
    (
        "比为 \\(\\boxed{\\frac{\\sqrt{6}}{4}}\\) 或者简化为 \\(\\boxed{\\sqrt{6}:4}\\)。",
        "\\frac{\\sqrt{6}}{4}",
        "correct",
        "equivalent",
    ),
    ("答案是：$\\frac{1}{2}$; $0.5$", "\\frac{1}{2}", "correct", "equal_structure"),
    # a time after a connector stays whole (its colon is no connector), a contraction connects
    ("that is 2:42", "2:42", "correct", "equal_string"),
    ("that is 2:42", "42", "incorrect", "different_number"),
    ("that's 3 / 3", "3/3", "correct", "equal_string"),
    # a Chinese sentence after the answer phrase: its value after "is", or its one number
    ("The answer is 最大正方形C的面积是8。", "8", "correct", "equal_string"),
    ("The answer is C的面积是8平方单位。", "8", "correct", "equal_string"),
    ("The answer is C的面积是9平方单位。", "8", "incorrect", "different_number"),
    # the bracketed answer label of Chinese answer sheets, before MOSS's end-of-answer token
    ("【解析】由题意得 $a=-7$\n\n【答案】$a=-7$<eoa>", "-7", "correct", "equal_string"),
    ("【答案】$\\frac{3}{\\sqrt{10}}$", "\\frac{3 \\sqrt{10}}{10}", "correct", "equivalent"),
    # Chinese words compared as text, a full stop on either side
    ("【答案】分层抽样。", "分层抽样.", "correct", "equal_string"),
    (B % "分层抽样", "简单随机抽样", "incorrect", "different_text"),
    # "or" glued between two assignments
    (B % "x=3 or x=2", "x=2orx=3", "correct", "equal_structure"),
    (B % "x=2 or x=4", "x=2orx=3", "incorrect", "different_element"),
    # programs' `log10(...)` and `log2(...)`, `sqrt2` without brackets
    (B % "log10(100)", "2", "correct", "equivalent"),
    (B % "\\sqrt{2}", "sqrt2", "correct", "equal_string"),
    # square brackets around two numbers in falling order: a list, never an interval
    (B % "[2, -2]", "-2, 2", "correct", "equal_structure"),
    (B % "[-2, 2]", "-2, 2", "incorrect", "not_equivalent"),
    # "is" in Spanish, German and French closing sentences
    ("el resultado es -3", "x = -3", "correct", "equal_string"),
    ("Die Antwort ist $\\frac{1}{2}$.", "1/2", "correct", "equal_number"),
    # the radical sign in Chinese words; "comes out to" before the value
    (B % "3根号2", "3\\sqrt{2}", "correct", "equal_string"),
    ("So the value comes out to 1 + 2 + 3", "6", "correct", "equal_number"),
    ("So the value comes out to 1 + 2 + 3", "7", "incorrect", "different_number"),
    # a true computation stated inside a closing sentence
    (
        "You can make a total of 5 x 6 x 8 = 240 outfits consisting of one shirt and one hat.",
        "240",
        "correct",
        "equal_string",
    ),
    (
        "Therefore, there are 125 * 100 = 12,500 codes such that each digit exceeds 4.",
        "12500",
        "correct",
        "equal_string",
    ),
    # a chain whose left side names a value: a nested call, a closed form, after a lead-in comma
    ("Therefore, $p(q(2)) = -7$.", "-7", "correct", "equal_string"),
    ("So, $\\binom{15}{10} = 3003$.", "3003", "correct", "equal_string"),
    ("The amplitude is $2$. So, $a = 2$.", "2", "correct", "equal_string"),
    # the count a closing sentence states
    (
        "So there are 720 ways to seat the children so that all 3 girls sit together.",
        "720",
        "correct",
        "equal_string",
    ),
    (
        "The graph of $y=\\frac{2}{x^2+x-6}$ has 2 vertical asymptotes.",
        "2",
        "correct",
        "equal_string",
    ),
    (
        "So, you have 495 ways to choose which books to read.",
        "494",
        "incorrect",
        "different_number",
    ),
    # one value in two forms joined by "or" (exactly, or rounded after "approximately")
    ("The answer is 0.25 or 1/4.", "\\frac14", "correct", "equal_number"),
    (
        "So the probability is 1/13 or approximately 7.69%.",
        "\\frac{1}{13}",
        "correct",
        "equal_number",
    ),
    # the one bold value of a closing sentence
    ("Kylar pays **\\$64** for all 16 glasses.", "64", "correct", "equal_string"),
    # the yen sign (and its full-width form) before a grouped number; "Approximately" in text
    (B % "¥1,000", "1000", "correct", "equal_string"),
    (B % "￥500", "500", "correct", "equal_string"),
    (B % "\\text{Approximately }95\\text{ minutes}", "95", "correct", "equal_string"),
    # a reference that is one long formula, no worked solution
    (
        B
        % "(\\frac{v_0^2 \\sqrt{2}}{g}-\\frac{v_0^2}{5g\\pi},\\frac{\\sqrt{2}v_0^2}{g}+\\frac{v_0^2}{4g},-\\frac{v_0^2}{5g\\pi})",
        "(\\frac{\\sqrt{2}v^2_0}{g}-\\frac{v^2_0}{5\\pi g},\\frac{\\sqrt{2}v^2_0}{g}+\\frac{v^2_0}{4g},-\\frac{v^2_0}{5\\pi g})",
        "correct",
        "equal_structure",
    ),
    # inequalities in one variable listed with commas: their intersection, or if empty their union
    (B % "x < -2, -1 < x", "(-\\infty, -2) \\cup (-1, \\infty)", "correct", "equivalent"),
    (B % "x > 1, x < 3", "(1, 3)", "correct", "equivalent"),
    (B % "x > 1, x < 3", "(-\\infty, 1) \\cup (3, \\infty)", "incorrect", "not_equivalent"),
    (B % "1 < x \\leq 3, 5 \\leq x", "(1, 3] \\cup [5, \\infty)", "correct", "equivalent"),
    # SymPy's printed sums, integrals and double factorials
    (B % "n^2", "summation(2*k - 1, (k, 1, n))", "correct", "equivalent"),
    (
        B % "summation(2*k + 1, (k, 1, n))",
        "summation(2*k - 1, (k, 1, n))",
        "incorrect",
        "not_equivalent",
    ),
    (B % "6y", "int(3*x*y, (x, 0, 2))", "correct", "equivalent"),
    (B % "n!!", "factorial2(n)", "correct", "equivalent"),
    # TeX's decimal comma `{,}` before one, two or four digits; before three it groups thousands
    (B % "12.5", "12{,}5", "correct", "equal_string"),
    (B % "12500", "12{,}500", "correct", "equal_string"),
    (B % "12.5", "12{,}500", "incorrect", "different_number"),
    # a Chinese mixed number (one and a half)
    (B % "1又1/2", "3/2", "correct", "equal_number"),
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

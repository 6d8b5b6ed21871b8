r"""A seventeenth fresh set of answer-equivalence cases (evaluation only; helper "e", second part:
human error analysis of GPT-4 answers to TheoremQA; the first part is in equiv_fresh17_e.py).

Each case gives the reference answer (``gold``), the prediction (``pred``: the whole GPT-4
rationale as stored, ``wrap`` False) and the verdict (``expected``). ``where`` is ``path@commit``
in ``repo`` on github.com. Do not tune the judge on these cases.

Source: wenhuchen/TheoremQA @ 585c960f647b3cae8b37ff71fd9dac45ce4b4e91, MIT (LICENSE of the
stored copy). ``error_analysis/GPT4_errors.json`` holds 140 GPT-4 answers on the paper's
error-analysis subset that the authors list as errors, each with a manually assigned
``error_type`` ((1)-(4); the repository does not spell the categories out; the README: "this
folder contains the error analysis results on the 180-question subset"). Every case is therefore
a negative (``expected`` False). ``gold`` is the ``Answer`` of the same ``id`` in
``theoremqa_test.json`` (same commit), written as JSON writes it (``2.24``, ``25``, ``3e-36``,
``463000000.0``); ``why`` gives the id, the error type and the answer type.

Sampling rule: the first 60 rows of ``GPT4_errors.json`` (file order) whose gold has
``Answer_type`` integer or float (row 42, ``mingyin/Gauss-Wantzel_theorem1.json``, has no entry in
``theoremqa_test.json`` and is skipped; bool, list and option golds are left out), then three of
these 60 are left out because the final answer (the text from the last "answer is", or the last
300 characters when there is none) contains a number within 1% of the gold, so that the error
label may reflect rounding or an incomplete gold rather than a wrong answer: rows 2
(``[0.46, 0.4]`` for "the coefficients of static and kinetic friction", gold ``0.4``), 49
(``107,918.6`` vs ``108000``) and 60 (``5.886`` vs ``5.9``). 57 cases remain, including rationales
that end without any final answer (kept: no answer is not equal to the gold) and symbolic answers
(``2ln(2)`` vs ``1.0``, ``log2(3) bits`` vs ``0.5``, ``3/64``, ``1/130``).

Left out: ``ChatGPT_errors.json`` and ``alpaca_errors.json`` (same questions, same kind of label;
one file sampled), the rest of the repository (no per-answer labels).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

REPO = "wenhuchen/TheoremQA"
WHERE = "error_analysis/GPT4_errors.json@585c960f647b3cae8b37ff71fd9dac45ce4b4e91"

# (gold, GPT-4 rationale, id, error_type, Answer_type); all labelled errors.
_ROWS: list[tuple[str, str, str, str, str]] = [
    (
        "2.24",
        "To find the entropy rate of the Markov chain associated with a random walk of a king on a 3x3 chessboard, we first need to determine the transition probabilities for each state. There are 9 states in total, corresponding to the 9 squares on the chessboard. The king can move to any adjacent square, including diagonals. \n\nLet's label the squares as follows:\n\n1 2 3\n4 5 6\n7 8 9\n\nThe transition probabilities for each state are:\n\n1: [1/3, 1/3, 0, 1/3, 0, 0, 0, 0, 0]\n2: [1/5, 1/5, 1/5, 1/5, 1/5, 0, 0, 0, 0]\n3: [0, 1/3, 1/3, 0, 1/3, 0, 0, 0, 1/3]\n4: [1/5, 1/5, 0, 1/5, 1/5, 1/5, 0, 0, 0]\n5: [0, 1/8, 0, 1/8, 1/8, 1/8, 1/8, 1/8, 1/8]\n6: [0, 0, 1/5, 1/5, 1/5, 1/5, 0, 1/5, 0]\n7: [0, 0, 0, 0, 1/3, 0, 1/3, 1/3, 1/3]\n8: [0, 0, 0, 0, 1/5, 1/5, 1/5, 1/5, 1/5]\n9: [0, 0, 1/3, 0, 1/3, 0, 1/3, 1/3, 1/3]\n\nNow, we can calculate the entropy rate using the formula:\n\nH(X) = -∑(P(x) * log2(P(x)))\n\nFor each state, we calculate the entropy and then average the entropies over all states:\n\nH(1) = -(1/3 * log2(1/3) + 1/3 * log2(1/3) + 1/3 * log2(1/3)) ≈ 1.585\nH(2) = -(1/5 * log2(1/5) * 5) ≈ 2.322\nH(3) = -(1/3 * log2(1/3) * 3) ≈ 1.585\nH(4) = -(1/5 * log2(1/5) * 5) ≈ 2.322\nH(5) = -(1/8 * log2(1/8) * 8) ≈ 3\nH(6) = -(1/5 * log2(1/5) * 5) ≈ 2.322\nH(7) = -(1/3 * log2(1/3) * 3) ≈ 1.585\nH(8) = -(1/5 * log2(1/5) * 5) ≈ 2.322\nH(9) = -(1/3 * log2(1/3) * 3) ≈ 1.585\n\nNow, we average the entropies:\n\nH_avg = (1.585 + 2.322 + 1.585 + 2.322 + 3 + 2.322 + 1.585 + 2.322 + 1.585) / 9 ≈ 2.064\n\nTherefore, the answer is 2.064.",
        "xinyi/random_walk_on_chessboard.json",
        "(1)",
        "float",
    ),
    (
        "25",
        "To find the short-run equilibrium price, we first need to find the marginal cost (MC) for each firm, which is the derivative of the total cost function with respect to q. Then, we need to find the market supply curve by multiplying the individual firm's supply curve by the number of firms (100). Finally, we will equate the market supply curve to the market demand curve and solve for the equilibrium price (P).\n\n1. Find the marginal cost (MC) for each firm:\nC(q) = (1/300)q^3 + 0.2q^2 + 4q + 10\nMC(q) = dC(q)/dq = (1/100)q^2 + 0.4q + 4\n\n2. Find the market supply curve:\nSince there are 100 identical firms, the market supply curve is given by Qs = 100 * q, where q is the output of an individual firm.\n\n3. Equate the market supply curve to the market demand curve and solve for P:\nMarket demand curve: Qd = -200P + 8,000\nMarket supply curve: Qs = 100 * q\n\nEquating Qs and Qd:\n100 * q = -200P + 8,000\n\nNow, we need to find the output (q) at which the price-taking firm maximizes its profit. This occurs when the marginal cost equals the price (MC = P).\n\nMC(q) = (1/100)q^2 + 0.4q + 4 = P\n\nSubstitute the expression for P from the market supply-demand equation:\n(1/100)q^2 + 0.4q + 4 = (-200q + 8,000)/100\n\nSolving for q:\nq^2 + 40q + 400 = -200q + 8,000\nq^2 + 240q - 7,600 = 0\n\nWe can use the quadratic formula to find the roots of this equation:\nq = (-b ± √(b^2 - 4ac)) / 2a\nq = (-240 ± √(240^2 - 4(1)(-7600))) / 2(1)\n\nThe two possible values for q are approximately 28.57 and -266.57. Since the output cannot be negative, we choose q = 28.57.\n\n4. Find the short-run equilibrium price:\nNow that we have the output (q), we can find the short-run equilibrium price by substituting q back into the market supply-demand equation:\n\nP = (-200(28.57) + 8,000) / 100\nP ≈ 3.71\n\nTherefore, the answer is 3.71.",
        "elainewan/econ_micro_12.json",
        "(2)",
        "integer",
    ),
    (
        "132",
        "To find the number of ways to arrange 6 pairs of balanced parentheses, we can use the Catalan numbers. The nth Catalan number is given by the formula:\n\nC(n) = (1/(n+1)) * (2n! / (n! * n!))\n\nFor 6 pairs of parentheses, n = 6. Plugging this into the formula, we get:\n\nC(6) = (1/(6+1)) * (12! / (6! * 6!))\n\nCalculating the factorials, we have:\n\nC(6) = (1/7) * (479001600 / (720 * 720))\n\nC(6) = (1/7) * (665280)\n\nTherefore, the answer is 95040.",
        "jianyu_xu/Catalan_1.json",
        "(3)",
        "integer",
    ),
    (
        "1750.0",
        "To compute the mean molecular speed (v) of a gas, we can use the following formula:\n\nv = √(8 * R * T / (π * M))\n\nwhere:\n- R is the universal gas constant (8.314 J/(mol*K))\n- T is the temperature in Kelvin (let's assume room temperature, 298 K)\n- M is the molar mass of the gas in kg/mol (for hydrogen (H2), it's 2.016 g/mol or 0.002016 kg/mol)\n\nNow, let's plug in the values and calculate the mean molecular speed:\n\nv = √(8 * 8.314 * 298 / (π * 0.002016))\nv ≈ 1926.6 m/s\n\nTherefore, the answer is 1926.6.",
        "tonyxia/statisticalphysics3.json",
        "(2)",
        "float",
    ),
    (
        "-3",
        "Let's denote the integer value of (x+11)/(x+7) as k. Then, we can write the equation as:\n\n(x+11) = k(x+7)\n\nExpanding the equation, we get:\n\nx + 11 = kx + 7k\n\nRearranging the terms, we have:\n\nx(1 - k) = 7k - 11\n\nSince x is an integer, (7k - 11) must be divisible by (1 - k). Let's analyze the possible values of k:\n\n1. If k = 1, then x = 0, which is an integer. However, this would mean that the expression (x+11)/(x+7) is equal to 1, which is not an integer greater than 1.\n2. If k > 1, then (1 - k) is negative. In this case, (7k - 11) must also be negative to ensure that x is an integer. However, if k > 1, then 7k > 11, which means that (7k - 11) is positive. This contradicts the requirement that (7k - 11) must be negative.\n\nFrom the analysis above, we can conclude that there is no integer value of k greater than 1 for which (x+11)/(x+7) is an integer. Therefore, the answer is False.",
        "tonyxia/divisibility2.json",
        "(1)",
        "integer",
    ),
    (
        "0.8356488482647211",
        "To find the value of the given series, we can use the formula for the sum of an alternating series when it converges:\n\nS = a_1 - a_2 + a_3 - a_4 + ...\n\nwhere a_n = (-1)^n * (1 / (3n + 1)).\n\nThe series converges if the following conditions are met:\n\n1. The absolute value of the terms is decreasing: |a_n+1| < |a_n|.\n2. The limit of the terms as n approaches infinity is 0: lim (n->∞) a_n = 0.\n\nLet's check these conditions:\n\n1. |a_n+1| = |(-1)^(n+1) * (1 / (3(n+1) + 1))| = 1 / (3n + 4)\n   |a_n| = |(-1)^n * (1 / (3n + 1))| = 1 / (3n + 1)\n\nSince 3n + 4 > 3n + 1, we have |a_n+1| < |a_n|.\n\n2. lim (n->∞) a_n = lim (n->∞) (-1)^n * (1 / (3n + 1)) = 0, because the denominator grows without bound.\n\nSince both conditions are met, the series converges. Now, we can find the sum of the series by calculating the first few terms and checking the convergence:\n\nS ≈ 1 - 1/4 + 1/7 - 1/10 + 1/13 - 1/16 + ...\n\nWe can round the answer to the thousands decimal:\n\nS ≈ 0.693\n\nTherefore, the answer is 0.693.",
        "mingyin/abel-second-theorem1.json",
        "(1)",
        "float",
    ),
    (
        "26.0",
        "To find the Signal-to-Noise Ratio (SNR), we can use the formula:\n\nSNR = Signal Voltage / Noise Voltage\n\nGiven that the peak voltage value of the signal is 20 times the peak voltage value of the noise, we can write:\n\nSNR = 20\n\nNow, to find the SNR in decibels (SNRdB), we can use the formula:\n\nSNRdB = 10 * log10(SNR)\n\nPlugging in the value of SNR, we get:\n\nSNRdB = 10 * log10(20)\n\nSNRdB ≈ 13.010 (rounded to 3 significant figures)\n\nTherefore, the answer is SNR = 20 and SNRdB ≈ 13.010.",
        "maxku/signalprocessing15-DB.json",
        "(2)",
        "float",
    ),
    (
        "1.15",
        "To estimate the PEG ratio, we need to calculate the Price-to-Earnings (P/E) ratio and the growth rate. The PEG ratio is calculated as:\n\nPEG ratio = (P/E ratio) / Growth rate\n\nFirst, let's calculate the P/E ratio using the dividend discount model (DDM). The DDM formula is:\n\nP0 = D1 / (Cost of equity - Growth rate)\n\nWhere P0 is the current stock price, D1 is the expected dividend in the next year, and the cost of equity and growth rate are given.\n\nWe have two stages of growth: the first five years with a growth rate of 25% and a payout ratio of 20%, and the years after with a growth rate of 8% and a payout ratio of 50%.\n\nFor the first five years, we can calculate the expected dividend as:\n\nD1 = Earnings per share * Payout ratio\n\nSince we don't have the earnings per share, we can use the payout ratio and growth rate to estimate the dividends for the first five years:\n\nD1 = Earnings per share * 20%\nD2 = Earnings per share * 20% * (1 + 25%)\nD3 = Earnings per share * 20% * (1 + 25%)^2\nD4 = Earnings per share * 20% * (1 + 25%)^3\nD5 = Earnings per share * 20% * (1 + 25%)^4\n\nFor the years after the first five years, we can calculate the dividends as:\n\nD6 = Earnings per share * 50% * (1 + 8%)\n\nNow, we can calculate the present value of the dividends for the first five years and the present value of the dividends for the years after:\n\nPV of dividends (first five years) = D1 / (1 + 11.5%) + D2 / (1 + 11.5%)^2 + D3 / (1 + 11.5%)^3 + D4 / (1 + 11.5%)^4 + D5 / (1 + 11.5%)^5\n\nPV of dividends (years after) = D6 / (11.5% - 8%) * (1 - (1 + 8%) / (1 + 11.5%)^5)\n\nAdding the present value of the dividends for both stages, we get the stock price (P0):\n\nP0 = PV of dividends (first five years) + PV of dividends (years after)\n\nNow, we can calculate the P/E ratio as:\n\nP/E ratio = P0 / Earnings per share\n\nFinally, we can calculate the PEG ratio as:\n\nPEG ratio = (P/E ratio) / Growth rate\n\nSince we don't have the actual earnings per share, we cannot calculate the exact PEG ratio. However, we have provided the steps to calculate the PEG ratio if the earnings per share were given.",
        "xueguangma/earnings_multiplier_2.json",
        "(2)",
        "float",
    ),
    (
        "35",
        "To partition a set of 5 elements into 3 non-empty cycles, we can consider the following cases:\n\n1. One cycle of length 3 and two cycles of length 1: (3, 1, 1)\n2. One cycle of length 2 and one cycle of length 3: (2, 3)\n\nFor the first case (3, 1, 1), we have 5 elements to choose from for the cycle of length 3. There are 5!/(3!(5-3)!) = 10 ways to choose the elements for the cycle of length 3. Then, there are (3-1)! = 2 ways to arrange the elements in the cycle. So, there are 10 * 2 = 20 ways for this case.\n\nFor the second case (2, 3), we have 5 elements to choose from for the cycle of length 3. There are 5!/(3!(5-3)!) = 10 ways to choose the elements for the cycle of length 3. Then, there are (3-1)! = 2 ways to arrange the elements in the cycle. For the remaining 2 elements, there is only 1 way to arrange them in the cycle of length 2. So, there are 10 * 2 * 1 = 20 ways for this case.\n\nTherefore, the answer is 20 + 20 = 40.",
        "jianyu_xu/Stirling_number_first_kind_1.json",
        "(1)",
        "integer",
    ),
    (
        "64",
        'To calculate the time it takes to transfer the file, we first need to determine the bottleneck link, which is the link with the lowest rate. In this case, R1 = 500 kbps is the bottleneck link.\n\nNext, we need to convert the file size from bytes to bits, since the rates are given in bits per second (bps). There are 8 bits in a byte, so the file size is 4 million bytes * 8 bits/byte = 32 million bits.\n\nNow, we can calculate the throughput by dividing the file size by the bottleneck link rate:\n\nThroughput = File size / Bottleneck link rate\nThroughput = 32 million bits / 500 kbps\n\nSince 1 kbps = 1000 bps, we can convert the rate to bps:\n\nThroughput = 32 million bits / (500 * 1000 bps)\nThroughput = 32 million bits / 500,000 bps\n\nNow, we can calculate the time it takes to transfer the file:\n\nTime = File size / Throughput\nTime = 32 million bits / (32 million bits / 500,000 bps)\n\nThe "32 million bits" in the numerator and denominator cancel out, leaving:\n\nTime = 500,000 bps\n\nTherefore, the answer is 500,000 seconds.',
        "maxku/ipnetwork9-datatransmission.json",
        "(3)",
        "integer",
    ),
    (
        "463000000.0",
        "To calculate the time required to produce a photoelectron of kinetic energy 1.00 eV, we need to first find the energy of the incident light required to produce this photoelectron. Since the work function of sodium is 2.36 eV, and the photoelectron has a kinetic energy of 1.00 eV, the energy of the incident light must be:\n\nE_light = Work function + Kinetic energy\nE_light = 2.36 eV + 1.00 eV\nE_light = 3.36 eV\n\nNow, we need to convert this energy to joules:\n\nE_light = 3.36 eV * (1.6 * 10^-19 J/eV)\nE_light ≈ 5.38 * 10^-19 J\n\nThe intensity of the light is given as 10^-8 W/m^2. We can find the power (P) of the light by multiplying the intensity (I) by the area (A) over which the light is incident. However, since we are not given the area, we can instead find the energy per unit area required to produce a photoelectron:\n\nE_light_per_area = E_light / A\nE_light_per_area ≈ 5.38 * 10^-19 J/m^2\n\nNow, we can find the time (t) required for the light to shine to produce a photoelectron by dividing the energy per unit area by the intensity:\n\nt = E_light_per_area / I\nt ≈ (5.38 * 10^-19 J/m^2) / (10^-8 W/m^2)\n\nSince 1 W = 1 J/s, we can rewrite the equation as:\n\nt ≈ (5.38 * 10^-19 J/m^2) / (10^-8 J/s*m^2)\nt ≈ 5.38 * 10^-11 s\n\nTherefore, the answer is 5.38 * 10^-11.",
        "tonyxia/quantum1.json",
        "(1)",
        "float",
    ),
    (
        "56",
        "A simple triangle-free planar graph is a graph that can be drawn on a plane without any edges crossing, has no multiple edges between the same pair of vertices, and has no cycles of length 3. According to the Turán's theorem, the maximum number of edges in a triangle-free graph with n vertices is given by the formula:\n\nE ≤ floor(n^2 / 4)\n\nFor a graph with 30 vertices, the maximum number of edges is:\n\nE ≤ floor(30^2 / 4) = floor(900 / 4) = floor(225)\n\nTherefore, the answer is 225.",
        "tonyxia/maxplanar2.json",
        "(1)",
        "integer",
    ),
    (
        "18",
        "To find the smallest n that guarantees either a 4-clique in red or a 4-clique in blue, we can use Ramsey's theorem. Ramsey's theorem states that for any given integers p and q, there exists a smallest integer R(p, q) such that any graph with R(p, q) vertices, when its edges are colored with two colors (red and blue), will contain either a red clique of size p or a blue clique of size q.\n\nIn this case, we want to find the smallest n such that there is either a 4-clique in red or a 4-clique in blue. So, we are looking for R(4, 4).\n\nUsing the upper bound formula for Ramsey numbers, R(p, q) ≤ R(p-1, q) + R(p, q-1), we can calculate R(4, 4) as follows:\n\n1. R(3, 4) ≤ R(2, 4) + R(3, 3)\n2. R(2, 4) ≤ R(1, 4) + R(2, 3)\n3. R(1, 4) = 4 (since R(1, q) = q)\n4. R(2, 3) ≤ R(1, 3) + R(2, 2)\n5. R(1, 3) = 3 (since R(1, q) = q)\n6. R(2, 2) = 2 (since R(p, p) = 2p - 2 for p ≥ 2)\n\nNow, we can substitute the values back into the inequalities:\n\n1. R(3, 4) ≤ 4 + 5\n2. R(3, 4) ≤ 9\n\nSince R(3, 4) is the smallest integer that satisfies the inequality, we have R(3, 4) = 9. Therefore, the answer is 9.",
        "jianyu_xu/Ramsey_4.json",
        "(4)",
        "integer",
    ),
    (
        "7.03",
        "To calculate the Fermi energy for copper, we need to know the electron concentration (number of electrons per unit volume) and the effective mass of the electrons. The Fermi energy (E_F) can be calculated using the following formula:\n\nE_F = (h^2 / (8 * m_e)) * (3 * N / pi)^(2/3)\n\nwhere h is the reduced Planck constant (1.0545718 × 10^(-34) Js), m_e is the effective mass of the electron (9.10938356 × 10^(-31) kg), and N is the electron concentration.\n\nCopper has one valence electron per atom, and its atomic density is 8.5 × 10^(28) atoms/m^3. Therefore, the electron concentration N is also 8.5 × 10^(28) electrons/m^3.\n\nNow, we can plug the values into the formula:\n\nE_F = (1.0545718 × 10^(-34)^2 / (8 * 9.10938356 × 10^(-31))) * (3 * 8.5 × 10^(28) / pi)^(2/3)\n\nE_F ≈ 7.0 × 10^(-19) J\n\nTo convert the Fermi energy from joules to electron volts (eV), we divide by the elementary charge (1.60217662 × 10^(-19) C):\n\nE_F ≈ (7.0 × 10^(-19) J) / (1.60217662 × 10^(-19) C)\n\nE_F ≈ 4.37 eV\n\nTherefore, the answer is 4.37.",
        "tonyxia/statisticalphysics5.json",
        "(3)",
        "float",
    ),
    (
        "140",
        "To find the number of bytes of payload being carried by the datagram, we first need to find the total length of the datagram and the length of the header.\n\nThe total length of the datagram is given as $(00 \\mathrm{~A} 0)_{16}$. Converting this to decimal, we get:\n\n$00A0_{16} = 0 \\cdot 16^3 + 0 \\cdot 16^2 + 10 \\cdot 16^1 + 0 \\cdot 16^0 = 0 + 0 + 160 + 0 = 160$\n\nSo, the total length of the datagram is 160 bytes.\n\nThe header length (HLEN) is given as $(5)1_{16}$. Since the HLEN value is in 32-bit words, we need to convert it to bytes by multiplying by 4:\n\n$51_{16} = 5 \\cdot 16^1 + 1 \\cdot 16^0 = 80 + 1 = 81$\n\n$81 \\cdot 4 = 324$\n\nSo, the header length is 324 bytes.\n\nNow, we can find the payload length by subtracting the header length from the total length:\n\nPayload length = Total length - Header length = 160 - 324 = -164\n\nHowever, this result doesn't make sense, as the payload length cannot be negative. There must be an error in the given values. Therefore, the answer is False.",
        "maxku/ipnetwork1-ip.json",
        "(1)",
        "integer",
    ),
    (
        "12600",
        "To solve this problem, we will use the concept of permutations and combinations.\n\nFirst, we need to divide the 7 people into 3 committees. Let's say the committees have sizes of x, y, and z, where x + y + z = 7. There are three possible ways to divide the group into committees:\n\n1. 3-2-2: Three people in the first committee, two in the second, and two in the third.\n2. 4-2-1: Four people in the first committee, two in the second, and one in the third.\n3. 5-1-1: Five people in the first committee, one in the second, and one in the third.\n\nNow, let's calculate the number of ways to arrange the people within each committee for each case:\n\n1. 3-2-2: There are C(7,3) ways to choose the 3 people for the first committee, and then 3! ways to arrange them. There are C(4,2) ways to choose the 2 people for the second committee, and then 2! ways to arrange them. Finally, there are 2! ways to arrange the remaining 2 people in the third committee. So, the total number of ways for this case is C(7,3) * 3! * C(4,2) * 2! * 2!.\n\n2. 4-2-1: There are C(7,4) ways to choose the 4 people for the first committee, and then 4! ways to arrange them. There are C(3,2) ways to choose the 2 people for the second committee, and then 2! ways to arrange them. Finally, there is 1! way to arrange the remaining person in the third committee. So, the total number of ways for this case is C(7,4) * 4! * C(3,2) * 2! * 1!.\n\n3. 5-1-1: There are C(7,5) ways to choose the 5 people for the first committee, and then 5! ways to arrange them. There is 1! way to arrange the remaining person in the second committee, and 1! way to arrange the remaining person in the third committee. So, the total number of ways for this case is C(7,5) * 5! * 1! * 1!.\n\nNow, let's calculate the total number of ways for all cases:\n\nTotal = (C(7,3) * 3! * C(4,2) * 2! * 2!) + (C(7,4) * 4! * C(3,2) * 2! * 1!) + (C(7,5) * 5! * 1! * 1!)\n\nTotal = (35 * 6 * 6 * 2 * 2) + (35 * 24 * 3 * 2 * 1) + (21 * 120 * 1 * 1)\n\nTotal = (2520) + (5040) + (2520)\n\nTotal = 10080\n\nTherefore, the answer is 10080.",
        "jianyu_xu/Lah_number_1.json",
        "(2)",
        "integer",
    ),
    (
        "0.322",
        "To find the capacity of this channel, we need to find the maximum mutual information between the input and output, which is given by:\n\nC = max_{p(x)} I(X;Y)\n\nSince X and Z are independent binary random variables, we can write the joint probability mass function as:\n\np(x, z) = p(x)p(z)\n\nNow, we can find the conditional probability mass function of Y given X:\n\np(y|x) = p(y, xz) / p(x)\n\nFor y = 0, we have:\n\np(y=0|x=0) = p(0, 0) / p(x=0) = p(z=0) = 0.5\np(y=0|x=1) = p(0, 1) / p(x=1) = p(z=1) = 0.5\n\nFor y = 1, we have:\n\np(y=1|x=0) = p(1, 0) / p(x=0) = 0\np(y=1|x=1) = p(1, 1) / p(x=1) = p(z=0) = 0.5\n\nNow, we can find the mutual information I(X;Y):\n\nI(X;Y) = H(Y) - H(Y|X)\n\nThe entropy of Y, H(Y), can be found as:\n\nH(Y) = -p(y=0)log2(p(y=0)) - p(y=1)log2(p(y=1))\n\nSince p(y=0) = p(y=1) = 0.5, we have:\n\nH(Y) = -0.5log2(0.5) - 0.5log2(0.5) = 1\n\nThe conditional entropy of Y given X, H(Y|X), can be found as:\n\nH(Y|X) = -∑_{x} p(x) ∑_{y} p(y|x)log2(p(y|x))\n\nH(Y|X) = -[p(x=0)(p(y=0|x=0)log2(p(y=0|x=0)) + p(y=1|x=0)log2(p(y=1|x=0))) + p(x=1)(p(y=0|x=1)log2(p(y=0|x=1)) + p(y=1|x=1)log2(p(y=1|x=1)))]\n\nSince p(x=0) = p(x=1) = 0.5, p(y=0|x=0) = p(y=0|x=1) = 0.5, and p(y=1|x=1) = 0.5, we have:\n\nH(Y|X) = -[0.5(0.5log2(0.5) + 0log2(0)) + 0.5(0.5log2(0.5) + 0.5log2(0.5))] = -[0.5(0.5log2(0.5) + 0) + 0.5(0.5log2(0.5) + 0.5log2(0.5))] = 0.5\n\nNow, we can find the capacity of the channel:\n\nC = I(X;Y) = H(Y) - H(Y|X) = 1 - 0.5 = 0.5 bits\n\nTherefore, the answer is 0.5.",
        "xinyi/channel_capacity_4.json",
        "(2)",
        "float",
    ),
    (
        "6.8731",
        "To solve this problem using the Adams-Bashforth predictor method, we will use the following formula:\n\ny(x + h) = y(x) + h * (3/2 * f(x, y) - 1/2 * f(x - h, y - h))\n\nHere, h is the step size, which is 0.5 in this case. We are given the values of y at x = 0, 0.5, 1, and 1.5. We need to find the value of y at x = 2.\n\nFirst, let's find the values of f(x, y) for the given points:\n\nf(0, 2) = (0 + 2) / 2 = 1\nf(0.5, 2.636) = (0.5 + 2.636) / 2 = 1.568\nf(1, 3.595) = (1 + 3.595) / 2 = 2.2975\n\nNow, we can use the Adams-Bashforth predictor method formula to find the value of y at x = 2:\n\ny(2) = y(1.5) + 0.5 * (3/2 * f(1, 3.595) - 1/2 * f(0.5, 2.636))\ny(2) = 4.9868 + 0.5 * (3/2 * 2.2975 - 1/2 * 1.568)\ny(2) = 4.9868 + 0.5 * (3.44625 - 0.784)\ny(2) = 4.9868 + 0.5 * 2.66225\ny(2) = 4.9868 + 1.331125\n\ny(2) = 6.317925\n\nTherefore, the answer is 6.317925.",
        "wenhuchen/Adams-Bashforth2.json",
        "(3)",
        "float",
    ),
    (
        "1.0",
        "To determine if there exists a holomorphic function f on the unit disk B(0,1) (boundary excluded) such that f(B(0,1))=C, we can use the properties of holomorphic functions and the open mapping theorem.\n\nThe open mapping theorem states that if a function is holomorphic and non-constant on an open set, then it maps open sets to open sets. The unit disk B(0,1) is an open set, so if there exists a holomorphic function f on B(0,1), it must map B(0,1) to an open set in the complex plane.\n\nHowever, the entire complex plane C is not an open set, as it does not have a boundary. Therefore, there cannot exist a holomorphic function f on the unit disk B(0,1) such that f(B(0,1))=C.\n\nTherefore, the answer is False.",
        "mingyin/Riemann-conformal-mapping-theorem1.json",
        "(1)",
        "float",
    ),
    (
        "0.258",
        "To find the limit of $a_n/n^3$ as $n$ goes to infinity, we first need to analyze the given expression for $a_n$. \n\nWe have $a_n = \\sum_{k=1}^{n-1} \\frac{\\sin (\\frac{(2 k-1) \\pi}{2 n})}{\\cos ^2(\\frac{(k-1) \\pi}{2n}) \\cos ^2 (\\frac{k \\pi}{2n})}$.\n\nLet's make a substitution: $x_k = \\frac{k\\pi}{2n}$. Then, we have $\\Delta x = \\frac{\\pi}{2n}$ and the sum becomes:\n\n$a_n = \\sum_{k=1}^{n-1} \\frac{\\sin (2x_k - \\frac{\\pi}{2})}{\\cos^2(x_k - \\frac{\\pi}{2n})\\cos^2(x_k)} \\Delta x$.\n\nNow, we can rewrite the sum as an integral:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\lim_{n\\to\\infty} \\frac{1}{n^3} \\sum_{k=1}^{n-1} \\frac{\\sin (2x_k - \\frac{\\pi}{2})}{\\cos^2(x_k - \\frac{\\pi}{2n})\\cos^2(x_k)} \\Delta x$.\n\nAs $n$ goes to infinity, the sum becomes an integral:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\int_{0}^{\\frac{\\pi}{2}} \\frac{\\sin (2x - \\frac{\\pi}{2})}{\\cos^2(x)\\cos^2(x - \\frac{\\pi}{2})} dx$.\n\nNow, we can use the double-angle formula for sine: $\\sin(2x) = 2\\sin(x)\\cos(x)$. Then, the integral becomes:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\int_{0}^{\\frac{\\pi}{2}} \\frac{2\\sin(x)\\cos(x) - \\sin(\\frac{\\pi}{2})}{\\cos^2(x)\\cos^2(x - \\frac{\\pi}{2})} dx$.\n\nSince $\\sin(\\frac{\\pi}{2}) = 1$, the integral becomes:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\int_{0}^{\\frac{\\pi}{2}} \\frac{2\\sin(x)\\cos(x) - 1}{\\cos^2(x)\\cos^2(x - \\frac{\\pi}{2})} dx$.\n\nNow, we can use the substitution $u = \\tan(x)$, so $du = \\frac{1}{\\cos^2(x)} dx$. The integral becomes:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\int_{0}^{\\infty} \\frac{2u - 1}{(1 + u^2)(1 + (u - 1)^2)} du$.\n\nThis integral can be evaluated using partial fraction decomposition, and the result is:\n\n$\\lim_{n\\to\\infty} \\frac{a_n}{n^3} = \\frac{\\pi^3}{32}$.\n\nTherefore, the answer is 0.097.",
        "mingyin/series1.json",
        "(2)",
        "float",
    ),
    (
        "0.00153609831",
        "To find the probability P(X_1 < X_2 < X_3), we need to consider all possible combinations of x_1, x_2, and x_3 such that x_1 < x_2 < x_3. We can use the given mass functions to find the probability of each combination and then sum them up.\n\nLet's first find the probability of a single combination (x_1, x_2, x_3) where x_1 < x_2 < x_3:\n\nP(X_1 = x_1, X_2 = x_2, X_3 = x_3) = P(X_1 = x_1) * P(X_2 = x_2) * P(X_3 = x_3)\n\nUsing the given mass functions:\n\nP(X_1 = x_1) = (1 - p_1) * p_1^(x_1 - 1) = (1 - 1/2) * (1/2)^(x_1 - 1) = (1/2)^x_1\nP(X_2 = x_2) = (1 - p_2) * p_2^(x_2 - 1) = (1 - 1/4) * (1/4)^(x_2 - 1) = (3/4) * (1/4)^(x_2 - 1)\nP(X_3 = x_3) = (1 - p_3) * p_3^(x_3 - 1) = (1 - 1/8) * (1/8)^(x_3 - 1) = (7/8) * (1/8)^(x_3 - 1)\n\nNow, we can find the probability of the combination (x_1, x_2, x_3):\n\nP(X_1 = x_1, X_2 = x_2, X_3 = x_3) = P(X_1 = x_1) * P(X_2 = x_2) * P(X_3 = x_3) = (1/2)^x_1 * (3/4) * (1/4)^(x_2 - 1) * (7/8) * (1/8)^(x_3 - 1)\n\nFinally, we need to sum up the probabilities for all combinations (x_1, x_2, x_3) where x_1 < x_2 < x_3:\n\nP(X_1 < X_2 < X_3) = Σ(Σ(Σ((1/2)^x_1 * (3/4) * (1/4)^(x_2 - 1) * (7/8) * (1/8)^(x_3 - 1))))\n\nThe summations are taken over all positive integers x_1, x_2, and x_3 such that x_1 < x_2 < x_3. After calculating the sum, we get:\n\nP(X_1 < X_2 < X_3) = 3/64\n\nTherefore, the answer is 3/64.",
        "mingyin/bayes-rule2.json",
        "(2)",
        "float",
    ),
    (
        "3.26",
        "To calculate the work done to put the satellite in orbit, we need to find the difference in gravitational potential energy between the satellite's initial position on Earth's surface and its final position in orbit.\n\nThe gravitational potential energy (U) is given by the formula:\n\nU = -G * (m1 * m2) / r\n\nwhere G is the gravitational constant (6.674 × 10^-11 N m²/kg²), m1 and m2 are the masses of the two objects (in this case, the Earth and the satellite), and r is the distance between their centers.\n\nInitially, the satellite is on the Earth's surface, so the distance between their centers is equal to the Earth's radius (R_E = 6.38 × 10^6 m). The initial gravitational potential energy (U_i) is:\n\nU_i = -G * (m_E * m_satellite) / R_E\n\nIn orbit, the satellite is 300 km (3 × 10^5 m) above the Earth's surface, so the distance between their centers is R_E + 300,000 m. The final gravitational potential energy (U_f) is:\n\nU_f = -G * (m_E * m_satellite) / (R_E + 300,000)\n\nThe work done (W) is the difference between the final and initial gravitational potential energies:\n\nW = U_f - U_i\n\nPlugging in the values:\n\nW = (-G * (m_E * m_satellite) / (R_E + 300,000)) - (-G * (m_E * m_satellite) / R_E)\n\nW = G * m_E * m_satellite * (1/R_E - 1/(R_E + 300,000))\n\nW = (6.674 × 10^-11 N m²/kg²) * (5.97 × 10^24 kg) * (1000 kg) * (1/(6.38 × 10^6 m) - 1/((6.38 × 10^6 m) + 300,000 m))\n\nW ≈ 3.98 × 10^10 J\n\nTherefore, the answer is 3.98.",
        "panlu/circular_orbit1.json",
        "(2)",
        "float",
    ),
    (
        "1.4",
        "The given probability mass functions are not correct, as $N(0,1)$ and $N(1,1)$ represent normal distributions, which are continuous probability distributions, not discrete. Therefore, the question is invalid.",
        "xinyi/law_of_large_numbers.json",
        "(1)",
        "float",
    ),
    (
        "0.5",
        "To find the channel capacity of an additive white Gaussian noise (AWGN) channel, we can use the Shannon-Hartley theorem, which states that the channel capacity C is given by:\n\nC = B * log2(1 + SNR)\n\nwhere B is the bandwidth of the channel and SNR is the signal-to-noise ratio. In this case, we are given the expected output power constraint P = 2, and the noise power is given by the variance of the Gaussian noise, which is 1. Therefore, the SNR is:\n\nSNR = P / noise power = 2 / 1 = 2\n\nHowever, we are not given the bandwidth B of the channel. Without this information, we cannot compute the channel capacity directly. If we assume that the bandwidth is 1 Hz, then we can calculate the channel capacity as:\n\nC = 1 * log2(1 + 2) = log2(3)\n\nTherefore, the answer is log2(3) bits if we assume a bandwidth of 1 Hz.",
        "xinyi/Gaussian_channel.json",
        "(1)",
        "float",
    ),
    (
        "0.5",
        "To compute the value of α, we need to use the definition of the Fisher information and the Kullback-Leibler divergence. The Fisher information is defined as:\n\n$J(\\theta) = E_\\theta\\left[\\left(\\frac{d\\log p_\\theta(x)}{d\\theta}\\right)^2\\right]$\n\nThe Kullback-Leibler divergence is defined as:\n\n$D(p_\\theta||p_{\\theta'}) = E_\\theta\\left[\\log\\frac{p_\\theta(x)}{p_{\\theta'}(x)}\\right]$\n\nNow, let's differentiate the Kullback-Leibler divergence with respect to $\\theta'$ and evaluate it at $\\theta' = \\theta$:\n\n$\\frac{dD(p_\\theta||p_{\\theta'})}{d\\theta'}\\Big|_{\\theta'=\\theta} = E_\\theta\\left[\\frac{d}{d\\theta'}\\log\\frac{p_\\theta(x)}{p_{\\theta'}(x)}\\Big|_{\\theta'=\\theta}\\right]$\n\nUsing the chain rule, we get:\n\n$E_\\theta\\left[-\\frac{1}{p_{\\theta}(x)}\\frac{dp_{\\theta}(x)}{d\\theta}\\right] = -E_\\theta\\left[\\frac{d\\log p_\\theta(x)}{d\\theta}\\right]$\n\nSince the expectation of the derivative of the log-likelihood with respect to the parameter is zero, we have:\n\n$\\frac{dD(p_\\theta||p_{\\theta'})}{d\\theta'}\\Big|_{\\theta'=\\theta} = 0$\n\nNow, let's differentiate the Kullback-Leibler divergence twice with respect to $\\theta'$ and evaluate it at $\\theta' = \\theta$:\n\n$\\frac{d^2D(p_\\theta||p_{\\theta'})}{d\\theta'^2}\\Big|_{\\theta'=\\theta} = E_\\theta\\left[\\frac{d^2}{d\\theta'^2}\\log\\frac{p_\\theta(x)}{p_{\\theta'}(x)}\\Big|_{\\theta'=\\theta}\\right]$\n\nUsing the chain rule again, we get:\n\n$E_\\theta\\left[\\frac{1}{p_{\\theta}(x)}\\left(\\frac{d\\log p_\\theta(x)}{d\\theta}\\right)^2\\right] = J(\\theta)$\n\nNow, we can use the given equation:\n\n$\\lim_{\\theta'\\to\\theta}\\frac{1}{(\\theta-\\theta')^2}D(p_\\theta||p_{\\theta'}) = \\alpha J(\\theta)$\n\nSince we have found that the second derivative of the Kullback-Leibler divergence evaluated at $\\theta' = \\theta$ is equal to the Fisher information, we can rewrite the equation as:\n\n$\\lim_{\\theta'\\to\\theta}\\frac{1}{(\\theta-\\theta')^2}\\frac{d^2D(p_\\theta||p_{\\theta'})}{d\\theta'^2}\\Big|_{\\theta'=\\theta} = \\alpha J(\\theta)$\n\nNow, we can cancel out the Fisher information on both sides:\n\n$\\lim_{\\theta'\\to\\theta}\\frac{1}{(\\theta-\\theta')^2} = \\alpha$\n\nSince the limit is equal to 1, we have:\n\n$\\alpha = 1$\n\nTherefore, the answer is 1.",
        "xinyi/fisher_information_1.json",
        "(3)",
        "float",
    ),
    (
        "1.0",
        "To find the value of the series, we first need to simplify the expression. We can rewrite the series as follows:\n\n$\\sum_{k=1}^{\\infty} \\frac{(-1)^{k-1}}{k} \\sum_{n=0}^{\\infty} \\frac{1}{k 2^n+1} = \\sum_{k=1}^{\\infty} \\sum_{n=0}^{\\infty} \\frac{(-1)^{k-1}}{k(k 2^n+1)}$\n\nNow, we can use the fact that $\\sum_{n=0}^{\\infty} \\frac{1}{2^n} = 2$ to simplify the inner sum:\n\n$\\sum_{k=1}^{\\infty} \\frac{(-1)^{k-1}}{k} \\sum_{n=0}^{\\infty} \\frac{1}{k(k 2^n+1)} = \\sum_{k=1}^{\\infty} \\frac{(-1)^{k-1}}{k} \\sum_{n=0}^{\\infty} \\frac{2}{k(2^n k+2)}$\n\nNow, we can combine the sums into a single sum:\n\n$\\sum_{k=1}^{\\infty} \\frac{(-1)^{k-1}}{k} \\sum_{n=0}^{\\infty} \\frac{2}{k(2^n k+2)} = \\sum_{k=1}^{\\infty} \\sum_{n=0}^{\\infty} \\frac{2(-1)^{k-1}}{k(2^n k+2)}$\n\nThis series is a double sum, and we can rearrange the terms to make it easier to evaluate:\n\n$\\sum_{k=1}^{\\infty} \\sum_{n=0}^{\\infty} \\frac{2(-1)^{k-1}}{k(2^n k+2)} = \\sum_{n=0}^{\\infty} \\sum_{k=1}^{\\infty} \\frac{2(-1)^{k-1}}{k(2^n k+2)}$\n\nNow, we can evaluate the inner sum:\n\n$\\sum_{k=1}^{\\infty} \\frac{2(-1)^{k-1}}{k(2^n k+2)} = \\frac{2}{2^n+2} - \\frac{2}{2(2^n+1)} + \\frac{2}{3(2^n+1)} - \\frac{2}{4(2^n+1)} + \\cdots$\n\nThis is an alternating series, and we can use the alternating series test to determine its convergence. The terms decrease in magnitude, and the limit of the terms as $k \\to \\infty$ is 0. Therefore, the series converges.\n\nNow, we can evaluate the outer sum:\n\n$\\sum_{n=0}^{\\infty} \\left(\\frac{2}{2^n+2} - \\frac{2}{2(2^n+1)} + \\frac{2}{3(2^n+1)} - \\frac{2}{4(2^n+1)} + \\cdots\\right)$\n\nThis is a geometric series with a common ratio of $\\frac{1}{2}$, so we can use the formula for the sum of an infinite geometric series:\n\n$S = \\frac{a}{1-r}$, where $a$ is the first term and $r$ is the common ratio.\n\nIn this case, $a = \\frac{2}{2} - \\frac{2}{4} + \\frac{2}{6} - \\frac{2}{8} + \\cdots$ and $r = \\frac{1}{2}$. We can evaluate the sum $a$ as follows:\n\n$a = \\frac{2}{2} - \\frac{2}{4} + \\frac{2}{6} - \\frac{2}{8} + \\cdots = 1 - \\frac{1}{2} + \\frac{1}{3} - \\frac{1}{4} + \\cdots$\n\nThis is the alternating harmonic series, which converges to $\\ln(2)$.\n\nNow, we can find the sum of the series:\n\n$S = \\frac{\\ln(2)}{1-\\frac{1}{2}} = \\frac{\\ln(2)}{\\frac{1}{2}} = 2\\ln(2)$\n\nTherefore, the answer is 2ln(2).",
        "mingyin/series2.json",
        "(2)",
        "float",
    ),
    (
        "1800",
        "To divide a group of 6 people into 2 teams, we can use the combination formula. The number of ways to choose k items from a set of n items is given by the formula:\n\nC(n, k) = n! / (k!(n-k)!)\n\nIn this case, we want to divide the group into 2 teams, so we can choose any number of people for the first team, and the remaining people will form the second team. We can have the following scenarios:\n\n1. 1 person in the first team and 5 people in the second team.\n2. 2 people in the first team and 4 people in the second team.\n3. 3 people in the first team and 3 people in the second team.\n\nFor each scenario, we can calculate the number of ways using the combination formula:\n\n1. C(6, 1) = 6! / (1!(6-1)!) = 6\n2. C(6, 2) = 6! / (2!(6-2)!) = 15\n3. C(6, 3) = 6! / (3!(6-3)!) = 20\n\nHowever, since the teams are ordered, we need to divide the last scenario by 2, as choosing 3 people for the first team and 3 people for the second team is the same as choosing 3 people for the second team and 3 people for the first team. So, we have:\n\n3. C(6, 3) / 2 = 20 / 2 = 10\n\nNow, we can add the number of ways for each scenario:\n\nTotal ways = 6 + 15 + 10 = 31\n\nTherefore, the answer is 31.",
        "jianyu_xu/Lah_number_3.json",
        "(2)",
        "integer",
    ),
    (
        "1.51",
        "To find the value of $h_1$, we need to use the Black-Scholes formula for American perpetual options. The formula for the value of a call option is given by:\n\n$C = S_0 \\cdot h_1 - X \\cdot e^{-rT} \\cdot h_2$\n\nwhere $C$ is the value of the call option, $S_0$ is the current stock price, $X$ is the strike price, $r$ is the risk-free interest rate, $T$ is the time to expiration, and $h_1$ and $h_2$ are constants.\n\nWe are given that $h_1 + h_2 = \\frac{7}{9}$, and we need to find the value of $h_1$. To do this, we can use the relationship between $h_1$ and $h_2$ in the Black-Scholes formula:\n\n$h_1 = \\frac{1}{2} + \\frac{1}{\\pi} \\cdot \\arctan\\left(\\frac{2r}{\\sigma^2 - 2r}\\right)$\n\n$h_2 = \\frac{1}{2} - \\frac{1}{\\pi} \\cdot \\arctan\\left(\\frac{2r}{\\sigma^2 - 2r}\\right)$\n\nSubstituting the given values for $r$ and $\\sigma$:\n\n$h_1 = \\frac{1}{2} + \\frac{1}{\\pi} \\cdot \\arctan\\left(\\frac{2 \\cdot 0.05}{0.3^2 - 2 \\cdot 0.05}\\right)$\n\n$h_1 = \\frac{1}{2} + \\frac{1}{\\pi} \\cdot \\arctan\\left(\\frac{0.1}{0.09 - 0.1}\\right)$\n\n$h_1 = \\frac{1}{2} + \\frac{1}{\\pi} \\cdot \\arctan\\left(\\frac{0.1}{-0.01}\\right)$\n\n$h_1 = \\frac{1}{2} + \\frac{1}{\\pi} \\cdot \\arctan(-10)$\n\nUsing a calculator, we find that:\n\n$h_1 \\approx 0.388$\n\nTherefore, the answer is 0.388.",
        "xueguangma/black_scholes_framework_2.json",
        "(3)",
        "float",
    ),
    (
        "2.38",
        "To find the orbital period of Comet Halley, we can use Kepler's third law of planetary motion, which states that the square of the orbital period (T) is proportional to the cube of the semi-major axis (a) of the ellipse. Mathematically, this can be written as:\n\nT^2 ∝ a^3\n\nThe semi-major axis (a) is the average of the distances at perihelion (closest to the sun) and aphelion (farthest from the sun). So, we can calculate a as follows:\n\na = (perihelion distance + aphelion distance) / 2\na = (8.75 × 10^7 km + 5.26 × 10^9 km) / 2\n\nNow, we can use the gravitational constant (G) and the mass of the sun (M) to find the constant of proportionality:\n\nT^2 = (4π^2 / GM) * a^3\n\nWe know the values of G and M:\nG = 6.674 × 10^-11 m^3 kg^-1 s^-2\nM = 1.989 × 10^30 kg\n\nFirst, we need to convert the semi-major axis (a) from kilometers to meters:\n\na = a * 1000\n\nNow, we can plug in the values and solve for T:\n\nT^2 = (4π^2 / (6.674 × 10^-11 m^3 kg^-1 s^-2 * 1.989 × 10^30 kg)) * a^3\nT = √(T^2)\n\nFinally, we can calculate the orbital period T in seconds and convert it to the unit of 10^9 seconds:\n\nT = T / 10^9\n\nTherefore, the answer is T.",
        "panlu/kepler’s_third_law2.json",
        "(3)",
        "float",
    ),
    (
        "49",
        "In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = (m∠HJF - m∠HJK)/2.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = (82 - 90)/2 = -8/2 = -4. However, angles cannot be negative, so we must have made an error in our calculations.\n\nLet's reconsider the problem. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = m∠HJF - m∠HJK.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = 82 - 90 = -8. However, angles cannot be negative, so we must have made an error in our calculations.\n\nLet's reconsider the problem again. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = m∠HJF - m∠HJK.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = 82 - 90 = -8. However, angles cannot be negative, so we must have made an error in our calculations.\n\nLet's reconsider the problem one more time. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = m∠HJF - m∠HJK.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = 82 - 90 = -8. However, angles cannot be negative, so we must have made an error in our calculations.\n\nWe apologize for the confusion. After reconsidering the problem, we realize that we made an error in our initial approach. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = m∠HJF - m∠HJK.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = 82 - 90 = -8. However, angles cannot be negative, so we must have made an error in our calculations.\n\nWe apologize for the confusion. After reconsidering the problem, we realize that we made an error in our initial approach. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles, m∠HJF = m∠HJK + m∠KHJ. Therefore, m∠KHJ = m∠HJF - m∠HJK.\n\nSince the diagonals are perpendicular, m∠HJK = 90. So, m∠KHJ = 82 - 90 = -8. However, angles cannot be negative, so we must have made an error in our calculations.\n\nWe apologize for the confusion. After reconsidering the problem, we realize that we made an error in our initial approach. In a rhombus, the diagonals are perpendicular bisectors of each other. Since m∠FJH = 82, we know that m∠FJH = m∠HJF. Since the diagonals bisect the angles,",
        "panlu/kite2.json",
        "(3)",
        "integer",
    ),
    (
        "28.75",
        "To estimate the PE ratio for this firm, we will use the two-stage dividend discount model (DDM). The two-stage DDM is used when a firm is expected to have a high growth rate for a certain period, followed by a stable growth rate thereafter.\n\nFirst, we need to calculate the dividends for the first five years and the terminal value at the end of the fifth year.\n\nDividend in year 1: D1 = Earnings * Payout ratio in first five years = 1 * 0.20 = 0.20\nDividend in year 2: D2 = D1 * (1 + Growth rate in first five years) = 0.20 * (1 + 0.25) = 0.25\nDividend in year 3: D3 = D2 * (1 + Growth rate in first five years) = 0.25 * (1 + 0.25) = 0.3125\nDividend in year 4: D4 = D3 * (1 + Growth rate in first five years) = 0.3125 * (1 + 0.25) = 0.390625\nDividend in year 5: D5 = D4 * (1 + Growth rate in first five years) = 0.390625 * (1 + 0.25) = 0.48828125\n\nNext, we need to calculate the terminal value at the end of the fifth year.\n\nTerminal value = (D5 * (1 + Growth rate after five years)) / (Cost of equity - Growth rate after five years) = (0.48828125 * (1 + 0.08)) / (0.115 - 0.08) = 6.104\n\nNow, we need to discount the dividends and terminal value back to the present value.\n\nPV of dividends = D1 / (1 + Cost of equity) + D2 / (1 + Cost of equity)^2 + D3 / (1 + Cost of equity)^3 + D4 / (1 + Cost of equity)^4 + D5 / (1 + Cost of equity)^5 = 0.20 / (1 + 0.115) + 0.25 / (1 + 0.115)^2 + 0.3125 / (1 + 0.115)^3 + 0.390625 / (1 + 0.115)^4 + 0.48828125 / (1 + 0.115)^5 = 0.179372 + 0.201009 + 0.224511 + 0.250063 + 0.278277 = 1.133232\n\nPV of terminal value = Terminal value / (1 + Cost of equity)^5 = 6.104 / (1 + 0.115)^5 = 3.482\n\nThe intrinsic value of the stock is the sum of the present value of dividends and the present value of the terminal value.\n\nIntrinsic value = PV of dividends + PV of terminal value = 1.133232 + 3.482 = 4.615232\n\nFinally, we can calculate the estimated PE ratio by dividing the intrinsic value by the earnings.\n\nPE ratio = Intrinsic value / Earnings = 4.615232 / 1 = 4.615232\n\nTherefore, the answer is 4.615232.",
        "xueguangma/earnings_multiplier_1.json",
        "(1)",
        "float",
    ),
    (
        "0.1705",
        "To find the probability, we first need to determine the total number of integers in set S and the number of integers in S that are divisible by 9.\n\nSince the integers in S contain exactly two 1's when written in base 2, we can represent them as 2^x + 2^y, where x and y are distinct non-negative integers less than 40 (x ≠ y, 0 ≤ x, y < 40). There are 40 choices for x and 39 choices for y, but since the order of x and y doesn't matter, we have overcounted by a factor of 2. Therefore, the total number of integers in set S is (40 * 39) / 2 = 780.\n\nNow, we need to find the number of integers in S that are divisible by 9. Since 2^x + 2^y is divisible by 9, we have 2^x ≡ -2^y (mod 9). We can rewrite this as 2^x ≡ 2^(y+3) (mod 9), since 2^3 ≡ -1 (mod 9). \n\nWe can now create a table of powers of 2 modulo 9:\n\n2^0 ≡ 1 (mod 9)\n2^1 ≡ 2 (mod 9)\n2^2 ≡ 4 (mod 9)\n2^3 ≡ 8 ≡ -1 (mod 9)\n2^4 ≡ 7 (mod 9)\n2^5 ≡ 5 (mod 9)\n2^6 ≡ 1 (mod 9)\n\nThe powers of 2 modulo 9 repeat with a period of 6. Therefore, we only need to consider the exponents x and y modulo 6. We have the following possibilities for (x, y) modulo 6: (0, 3), (1, 4), (2, 5), (3, 0), (4, 1), and (5, 2). Each of these pairs corresponds to a unique solution modulo 6, and since 40 is a multiple of 6, each pair corresponds to exactly one solution in the range 0 ≤ x, y < 40.\n\nThus, there are 6 integers in S that are divisible by 9. The probability that a random integer from S is divisible by 9 is 6/780, which simplifies to 1/130.\n\nTherefore, the answer is 1/130.",
        "tonyxia/modulararithmetic4.json",
        "(3)",
        "float",
    ),
    (
        "0.36787944",
        "To find the limit of $w(N)/N$ as $N$ goes to infinity, we can first analyze the probability of a white square remaining white after each step. \n\nLet $P(k)$ be the probability that a white square with $k$ white neighbors remains white after one step. Since we choose a white square uniformly at random, the probability of choosing a specific white square is $1/N$. If a white square has $k$ white neighbors, the probability of choosing one of its white neighbors is $k/N$. Since we choose one of the two neighbors with equal probability, the probability of choosing a white neighbor is $1/2$. Therefore, $P(k) = 1 - \\frac{k}{2N}$.\n\nNow, let's consider the expected number of white squares remaining after one step. Initially, all white squares have two white neighbors, so $w(N) = N$. After one step, the expected number of white squares remaining is $w(N) - \\sum_{k=1}^{N} P(k)$. As $N$ goes to infinity, the sum converges to an integral:\n\n$\\lim_{N\\to\\infty} \\frac{w(N)}{N} = 1 - \\lim_{N\\to\\infty} \\frac{1}{N} \\sum_{k=1}^{N} P(k) \\approx 1 - \\int_{0}^{1} (1 - \\frac{k}{2}) dk = 1 - \\left[\\frac{1}{2}k^2 - \\frac{1}{4}k^3\\right]_0^1 = 1 - \\frac{1}{2} + \\frac{1}{4} = \\frac{3}{4}$.\n\nTherefore, the answer is 0.75.",
        "mingyin/probability-theory1.json",
        "(1)",
        "float",
    ),
    (
        "1400",
        "First, let's calculate the full income of the individual. The full income consists of the potential market wage and the inheritance from the rich uncle.\n\nPotential market wage: 8,000 hours * $5 per hour = $40,000\nInheritance: $4,000 per year\n\nFull income: $40,000 + $4,000 = $44,000\n\nNow, we know that the individual devotes 75% of the full income to leisure. So, let's calculate the amount spent on leisure:\n\nLeisure income: $44,000 * 75% = $33,000\n\nNow, we need to find out how much income is left for work:\n\nWork income: $44,000 - $33,000 = $11,000\n\nFinally, we can calculate the number of hours worked by dividing the work income by the hourly wage:\n\nHours worked: $11,000 / $5 per hour = 2,200 hours\n\nTherefore, the answer is 2,200.",
        "elainewan/econ_micro_16.json",
        "(3)",
        "integer",
    ),
    (
        "0.08",
        "To find the value of $r^*$, we need to use the Vasicek model formula for bond prices:\n\n$P(r, t, T) = e^{A(T-t) - rB(T-t)}$\n\nwhere $A(T-t)$ and $B(T-t)$ are functions of the time difference $(T-t)$ and the model parameters. Since we are given the bond prices for different values of $r$ and $t$, we can use these to find the values of $A$ and $B$.\n\nFirst, let's use the given bond price $P(0.04, 0, 2) = 0.9445$:\n\n$0.9445 = e^{A(2-0) - 0.04B(2-0)}$\n\nNow, let's use the given bond price $P(0.05, 1, 3) = 0.9321$:\n\n$0.9321 = e^{A(3-1) - 0.05B(3-1)}$\n\nWe have two equations with two unknowns, $A$ and $B$. We can solve these equations to find the values of $A$ and $B$. Then, we can use the given bond price $P(r^*, 2, 4) = 0.8960$ to find the value of $r^*$:\n\n$0.8960 = e^{A(4-2) - r^*B(4-2)}$\n\nAfter solving the system of equations, we find the values of $A$ and $B$. Then, we can plug these values into the last equation and solve for $r^*$.\n\nTherefore, the answer is 0.0608.",
        "xueguangma/vasicek_model.json",
        "(3)",
        "float",
    ),
    (
        "80",
        "Let's denote the scores as A, B, C, D, and E, with A = 71, B = 76, C = 80, D = 82, and E = 91. We know that the average was an integer after each score was entered. Let's consider the possible sums after each score was entered:\n\n1. After 1 score: The sum must be an integer.\n2. After 2 scores: The sum must be an even integer (since the average is an integer).\n3. After 3 scores: The sum must be a multiple of 3.\n4. After 4 scores: The sum must be an even multiple of 2 (since the average is an integer).\n5. After all 5 scores: The sum must be a multiple of 5.\n\nNow, let's find the total sum of the scores: A + B + C + D + E = 71 + 76 + 80 + 82 + 91 = 400.\n\nSince the total sum is 400, which is a multiple of 5, we can deduce that the last score entered must be E = 91. This is because if any other score was entered last, the sum after 4 scores would not be an even multiple of 2.\n\nTherefore, the answer is 91.",
        "tonyxia/modulararithmetic5.json",
        "(3)",
        "integer",
    ),
    (
        "6000",
        "Since there are enough buyers relative to sellers, competition among buyers will lead to cars being sold at their maximum willingness to pay. In this case, the maximum willingness to pay for good cars is $10,000, and sellers value good cars at $6,000. The market equilibrium price for good cars will be the price at which the quantity demanded equals the quantity supplied. In this case, the equilibrium price will be the maximum willingness to pay for good cars, which is $10,000.\n\nTherefore, the answer is 10000.",
        "elainewan/econ_micro_18_3.json",
        "(2)",
        "integer",
    ),
    (
        "69.6",
        "To find the data rate for this motion-video, we need to calculate the total number of bits generated per second and then convert it to Mbits/s.\n\nFirst, let's find the total number of bits generated per frame:\n- Each pixel has 3 colors (RGB), and each color is digitized using 8 bits.\n- So, each pixel generates 3 * 8 = 24 bits.\n- The video format is 352 x 288 pixels, so there are 352 * 288 = 101,376 pixels per frame.\n- Therefore, each frame generates 101,376 * 24 = 2,433,024 bits.\n\nNow, let's find the total number of bits generated per second:\n- The video has 30 frames per second, so the total number of bits generated per second is 30 * 2,433,024 = 72,990,720 bits/s.\n\nFinally, let's convert this to Mbits/s:\n- 1 Mbit = 1,000,000 bits, so the data rate is 72,990,720 bits/s ÷ 1,000,000 = 72.991 Mbits/s.\n\nTherefore, the answer is 72.991 Mbits/s.",
        "maxku/cv-videoprocessing2-digital-video.json",
        "(2)",
        "float",
    ),
    (
        "352",
        "To calculate the time taken to receive the whole file, we need to consider the following factors:\n\n1. File size: 350 Kbytes\n2. Link capacity: 10 Mbps\n3. Round trip time (RTT): 20 ms\n4. Segment size: 20 Kbytes\n5. Window size (W): 2\n\nFirst, let's convert the file size and segment size to bits:\n\nFile size = 350 Kbytes * 8 * 1024 = 2,867,200 bits\nSegment size = 20 Kbytes * 8 * 1024 = 163,840 bits\n\nNow, let's calculate the number of segments needed to transfer the whole file:\n\nNumber of segments = File size / Segment size = 2,867,200 bits / 163,840 bits = 17.5\n\nSince we can't have a fraction of a segment, we need to round up to the nearest whole number:\n\nNumber of segments = 18\n\nNow, let's calculate the time taken to transfer one segment:\n\nTime per segment = Segment size / Link capacity = 163,840 bits / 10,000,000 bps = 0.016384 seconds or 16.384 ms\n\nSince the window size is 2, the server can send 2 segments at a time. Therefore, the time taken to transfer all segments is:\n\nTotal time = (Number of segments / Window size) * Time per segment * RTT\nTotal time = (18 / 2) * 16.384 ms * 20 ms = 9 * 16.384 ms * 20 ms = 2,957.12 ms\n\nTherefore, the answer is 2957.12 ms.",
        "maxku/ipnetwork11a-tcp.json",
        "(1)",
        "integer",
    ),
    (
        "35",
        "To find the profit-maximizing price for the monopolist firm, we need to find the point where marginal revenue (MR) equals marginal cost (MC). First, let's find the total revenue (TR) function and then derive the marginal revenue (MR) function.\n\nThe total revenue function is given by TR = P * Q, where P is the price and Q is the quantity. We have the demand curve Q = 60 - P, so we can rewrite the total revenue function as:\n\nTR = P * (60 - P)\n\nNow, let's find the marginal revenue function by taking the derivative of the total revenue function with respect to the quantity (Q):\n\nMR = d(TR)/dQ = d(P * (60 - P))/dQ\n\nUsing the chain rule, we get:\n\nMR = 60 - 2P\n\nNow, we need to find the point where MR = MC. We know that MC = 10, so we can set MR equal to MC:\n\n10 = 60 - 2P\n\nSolving for P, we get:\n\n2P = 50\nP = 25\n\nTherefore, the answer is 25.",
        "elainewan/econ_micro_14_2.json",
        "(3)",
        "integer",
    ),
    (
        "1898.27",
        "First, we need to calculate the future value of Aisha's savings during the 30 years of saving. We can use the future value of an ordinary annuity formula:\n\nFV = P * [(1 + r)^nt - 1] / r\n\nWhere FV is the future value, P is the payment per period ($1000), r is the interest rate per period (6%/4 = 1.5% or 0.015), n is the number of times the interest is compounded per year (4), and t is the number of years (30).\n\nFV = 1000 * [(1 + 0.015)^120 - 1] / 0.015\nFV ≈ 1000 * [10.292352] / 0.015\nFV ≈ 685,823.68\n\nNow, we need to calculate the monthly annuity payout using the present value of an ordinary annuity formula:\n\nPV = PMT * [1 - (1 + r)^(-nt)] / r\n\nWhere PV is the present value (the future value we just calculated), PMT is the annuity payment, r is the interest rate per period during the annuity payout phase (4.8%/12 = 0.4% or 0.004), n is the number of times the interest is compounded per year (12), and t is the number of years (25).\n\nWe need to solve for PMT:\n\n685,823.68 = PMT * [1 - (1 + 0.004)^(-300)] / 0.004\n\nPMT = 685,823.68 / [1 - (1 + 0.004)^(-300)] * 0.004\nPMT ≈ 685,823.68 / [1 - 0.456431] * 0.004\nPMT ≈ 685,823.68 / 0.543569 * 0.004\nPMT ≈ 5,067.29\n\nTherefore, the answer is 5,067.29.",
        "xueguangma/compound_interest.json",
        "(3)",
        "float",
    ),
    (
        "21536",
        "To calculate the total bytes exchanged, we need to consider the following:\n\n1. Poll frames: The primary station sends a poll frame to each secondary station. There are 4 secondary stations, so 4 poll frames are sent.\n2. Data frames: Each secondary station sends one data frame in response to a poll. There are 4 secondary stations, so 4 data frames are sent.\n3. ACK/NAK frames: The primary station sends an ACK or NAK frame to each secondary station after receiving a data frame. There are 4 secondary stations, so 4 ACK/NAK frames are sent.\n\nNow, let's calculate the total bytes exchanged:\n\n1. Poll frames: 4 poll frames * 32 bytes per poll frame = 128 bytes\n2. Data frames: 4 data frames * 1000 bytes per data frame = 4000 bytes\n3. ACK/NAK frames: 4 ACK/NAK frames * 32 bytes per ACK/NAK frame = 128 bytes\n\nTotal bytes exchanged = 128 bytes (poll frames) + 4000 bytes (data frames) + 128 bytes (ACK/NAK frames) = 4256 bytes\n\nTherefore, the answer is 4256.",
        "maxku/ipnetwork6-mac.json",
        "(1)",
        "integer",
    ),
    (
        "3.6",
        "To find the price of the asset-or-nothing put option, we need to use the Black-Scholes formula. The formula for an asset-or-nothing put option is:\n\nP = S * N(-d1) - X * e^(-rT) * N(-d2)\n\nwhere:\nP = price of the asset-or-nothing put option\nS = current price of the equity index fund = 1000\nX = strike price (60% of the current price, since the option pays off if the fund is down by more than 40%) = 0.6 * 1000 = 600\nT = time to maturity = 1 year\nr = continuously compounded risk-free interest rate = 0.025\nq = dividend yield = 0.02\nσ = volatility = 0.2\nN(x) = cumulative distribution function of the standard normal distribution\ne = base of the natural logarithm\n\nFirst, we need to calculate d1 and d2:\n\nd1 = (ln(S/X) + (r - q + (σ^2)/2) * T) / (σ * sqrt(T))\nd2 = d1 - σ * sqrt(T)\n\nNow, we can plug in the values:\n\nd1 = (ln(1000/600) + (0.025 - 0.02 + (0.2^2)/2) * 1) / (0.2 * sqrt(1))\nd2 = d1 - 0.2 * sqrt(1)\n\nAfter calculating d1 and d2, we can find N(-d1) and N(-d2) using the cumulative distribution function of the standard normal distribution.\n\nFinally, we can plug these values into the formula for the price of the asset-or-nothing put option:\n\nP = 1000 * N(-d1) - 600 * e^(-0.025 * 1) * N(-d2)\n\nNow, we need to multiply the price of one option by one million to get the total price:\n\nTotal price = P * 1,000,000\n\nAfter calculating the total price, we can provide the answer:\n\nTherefore, the answer is (total price in millions).",
        "xueguangma/black_scholes_framework_3.json",
        "(3)",
        "float",
    ),
    (
        "3",
        "We need to find the number of pairs (a, b) such that the integer 30a0b03 is divisible by 13.\n\nFirst, let's rewrite the integer as follows: 30a0b03 = 3000000 + 10000a + 100b + 3.\n\nNow, let's use the divisibility rule for 13. The rule states that if the difference between the sum of the digits in the odd positions and the sum of the digits in the even positions is divisible by 13, then the number is also divisible by 13.\n\nApplying the rule to our number, we get:\n\n(3 + 0 + 0 + a) - (0 + 0 + b) = 3 + a - b.\n\nWe want this difference to be divisible by 13. Let's consider all possible values for a and b (0 to 9) and check if the difference is divisible by 13.\n\nWe can create a table to represent the possible values of a and b:\n\n   0  1  2  3  4  5  6  7  8  9\n0  3  4  5  6  7  8  9 10 11 12\n1  2  3  4  5  6  7  8  9 10 11\n2  1  2  3  4  5  6  7  8  9 10\n3  0  1  2  3  4  5  6  7  8  9\n4 -1  0  1  2  3  4  5  6  7  8\n5 -2 -1  0  1  2  3  4  5  6  7\n6 -3 -2 -1  0  1  2  3  4  5  6\n7 -4 -3 -2 -1  0  1  2  3  4  5\n8 -5 -4 -3 -2 -1  0  1  2  3  4\n9 -6 -5 -4 -3 -2 -1  0  1  2  3\n\nIn this table, the rows represent the values of a, and the columns represent the values of b. The table entries are the values of 3 + a - b.\n\nNow, we need to count the number of entries in the table that are divisible by 13. We can see that there are 4 such entries: 0, 13, -13, and 26.\n\nTherefore, the answer is 4.",
        "tonyxia/divisibility6.json",
        "(3)",
        "integer",
    ),
    (
        "3e-36",
        "To calculate the momentum uncertainty of a tennis ball constrained in a fence enclosure, we can use the Heisenberg Uncertainty Principle. The Heisenberg Uncertainty Principle states that the product of the uncertainties in position (Δx) and momentum (Δp) is greater than or equal to the reduced Planck constant (h-bar) divided by 2:\n\nΔx * Δp ≥ ħ/2\n\nIn this case, the uncertainty in position (Δx) is given as the length of the fence enclosure, which is 35 m. The reduced Planck constant (h-bar) is approximately 1.0545718 × 10^(-34) Js.\n\nWe can rearrange the inequality to solve for the momentum uncertainty (Δp):\n\nΔp ≥ ħ/(2 * Δx)\n\nNow, we can plug in the values:\n\nΔp ≥ (1.0545718 × 10^(-34) Js) / (2 * 35 m)\n\nΔp ≥ 7.536740 × 10^(-36) kg m/s\n\nTherefore, the answer is 7.536740 × 10^(-36).",
        "tonyxia/quantum2.json",
        "(3)",
        "float",
    ),
    (
        "280",
        "To split the group of 9 people into 3 committees of 3 people, we can use the multinomial coefficient formula. The formula is:\n\n(Number of people)! / (Size of committee 1)! * (Size of committee 2)! * (Size of committee 3)!\n\nIn this case, we have:\n\n9! / (3! * 3! * 3!)\n\nCalculating the factorials, we get:\n\n362880 / (6 * 6 * 6)\n\nWhich simplifies to:\n\n362880 / 216\n\nThe result is:\n\n1680\n\nTherefore, the answer is 1680.",
        "jianyu_xu/Multinomial_2.json",
        "(3)",
        "integer",
    ),
    (
        "0.572",
        'To find the fraction of slots wasted due to multiple simultaneous transmission attempts, we first need to find the probability of at least two stations attempting to transmit at the same time.\n\nLet\'s denote the probability of a station attempting to transmit as p = 0.35 and the probability of a station not attempting to transmit as q = 1 - p = 0.65.\n\nThe probability of exactly k stations attempting to transmit out of n stations can be calculated using the binomial probability formula:\n\nP(X = k) = C(n, k) * p^k * q^(n-k)\n\nwhere C(n, k) is the number of combinations of n items taken k at a time, also known as "n choose k".\n\nIn our case, n = 5 (number of stations) and p = 0.35.\n\nWe want to find the probability of at least two stations attempting to transmit, which is the complement of the probability of 0 or 1 station attempting to transmit:\n\nP(at least 2 stations) = 1 - P(0 stations) - P(1 station)\n\nUsing the binomial probability formula:\n\nP(0 stations) = C(5, 0) * p^0 * q^5 = 1 * 1 * 0.65^5 ≈ 0.116029\nP(1 station) = C(5, 1) * p^1 * q^4 = 5 * 0.35 * 0.65^4 ≈ 0.360619\n\nNow, we can calculate the probability of at least two stations attempting to transmit:\n\nP(at least 2 stations) = 1 - 0.116029 - 0.360619 ≈ 0.523352\n\nTherefore, the answer is 0.523352.',
        "maxku/ipnetwork8-lan.json",
        "(3)",
        "float",
    ),
    (
        "1.0",
        "To determine if $M(t)$ is a martingale, we need to check if it satisfies the following conditions:\n\n1. $M(t)$ is adapted to the filtration generated by the Brownian motion $W(t)$.\n2. $E[|M(t)|] < \\infty$ for all $t \\geq 0$.\n3. $E[M(t) | \\mathcal{F}_s] = M(s)$ for all $0 \\leq s \\leq t$.\n\nFirst, $M(t)$ is adapted to the filtration generated by $W(t)$ since it is a function of $W(t)$.\n\nSecond, let's check if $E[|M(t)|] < \\infty$ for all $t \\geq 0$. We have:\n\n$E[|M(t)|] = E\\left[\\left|\\frac{e^{iW(t)}}{E[e^{iW(t)}]}\\right|\\right] = \\frac{E[|e^{iW(t)}|]}{|E[e^{iW(t)}]|} = \\frac{E[1]}{|E[e^{iW(t)}]|} = \\frac{1}{|E[e^{iW(t)}]|}$\n\nSince $E[e^{iW(t)}]$ is a complex number, its absolute value is always positive and finite. Therefore, $E[|M(t)|] < \\infty$ for all $t \\geq 0$.\n\nFinally, let's check if $E[M(t) | \\mathcal{F}_s] = M(s)$ for all $0 \\leq s \\leq t$. We have:\n\n$E[M(t) | \\mathcal{F}_s] = E\\left[\\frac{e^{iW(t)}}{E[e^{iW(t)}]} \\Bigg| \\mathcal{F}_s\\right] = \\frac{E[e^{iW(t)} | \\mathcal{F}_s]}{E[e^{iW(t)}]}$\n\nSince $W(t)$ is a Brownian motion, $W(t) - W(s)$ is independent of $\\mathcal{F}_s$. Therefore, $e^{iW(t)} = e^{i(W(t) - W(s) + W(s))}$ is independent of $\\mathcal{F}_s$. This implies that:\n\n$E[e^{iW(t)} | \\mathcal{F}_s] = E[e^{iW(t)}]$\n\nSo, we have:\n\n$E[M(t) | \\mathcal{F}_s] = \\frac{E[e^{iW(t)}]}{E[e^{iW(t)}]} = 1$\n\nHowever, $M(s) = \\frac{e^{iW(s)}}{E[e^{iW(s)}]} \\neq 1$ in general. Therefore, the third condition is not satisfied, and $M(t)$ is not a martingale.\n\nTherefore, the answer is 0.",
        "mingyin/martingale2.json",
        "(3)",
        "float",
    ),
    (
        "3.7",
        "To find the capacity in bits, we need to determine the number of possible outcomes for each key press. Since each key can result in either the letter itself or the next letter, there are 2 possible outcomes for each key. Since there are 26 keys, there are a total of 26 * 2 = 52 possible outcomes.\n\nTo find the capacity in bits, we can use the formula:\n\nCapacity (in bits) = log2(number of possible outcomes)\n\nIn this case, the number of possible outcomes is 52. So, the capacity in bits is:\n\nCapacity (in bits) = log2(52) ≈ 5.7\n\nTherefore, the answer is 5.7.",
        "xinyi/channel_capacity_2.json",
        "(1)",
        "float",
    ),
    (
        "0.34",
        "To solve this problem, we need to find the minimum coefficient of static friction (μ) needed to prevent skidding. We can use the following formula:\n\nμ = (v^2 / r - g * tanθ) / (g + v^2 * tanθ / r)\n\nwhere v is the speed of the automobile, r is the radius of the curve, g is the acceleration due to gravity (approximately 9.81 m/s^2), and θ is the angle of the banked curve.\n\nFirst, we need to find the angle θ. We can use the formula for the correct banking angle:\n\ntanθ = v_c^2 / (r * g)\n\nwhere v_c is the correct speed for the banked curve (20 m/s). Plugging in the values, we get:\n\ntanθ = (20 m/s)^2 / (120 m * 9.81 m/s^2)\ntanθ ≈ 0.339\n\nNow, we can find the angle θ:\n\nθ = arctan(0.339)\nθ ≈ 18.6°\n\nNow, we can find the minimum coefficient of static friction (μ) using the formula mentioned earlier:\n\nμ = ((30 m/s)^2 / (120 m) - 9.81 m/s^2 * tan(18.6°)) / (9.81 m/s^2 + (30 m/s)^2 * tan(18.6°) / (120 m))\nμ ≈ 0.524\n\nTherefore, the answer is 0.524.",
        "xinyi/newtons_laws_3.json",
        "(3)",
        "float",
    ),
    (
        "1.0",
        "Let's first analyze the given condition: $\\lim_{n\\rightarrow\\infty}a_n\\sum_{i=1}^n a_i^2=1$. \n\nNow, let's consider the limit of 3n(a_n)^3. We can rewrite this as $\\lim_{n\\rightarrow\\infty}3a_n^3\\sum_{i=1}^n a_i^2$. \n\nNotice that the given condition is very similar to the expression we want to find the limit of. We can rewrite the given condition as $\\lim_{n\\rightarrow\\infty}a_n\\sum_{i=1}^n a_i^2=1 \\Rightarrow \\lim_{n\\rightarrow\\infty}\\frac{a_n\\sum_{i=1}^n a_i^2}{1}=1$.\n\nNow, let's divide the expression we want to find the limit of by the given condition:\n\n$\\lim_{n\\rightarrow\\infty}\\frac{3a_n^3\\sum_{i=1}^n a_i^2}{a_n\\sum_{i=1}^n a_i^2} = \\lim_{n\\rightarrow\\infty}\\frac{3a_n^3}{a_n} = \\lim_{n\\rightarrow\\infty}3a_n^2$.\n\nSince the given condition converges to 1, we know that the sequence $a_n$ must converge to some limit as well. Let's call this limit L: $\\lim_{n\\rightarrow\\infty}a_n = L$. \n\nNow, we can substitute this limit into our expression:\n\n$\\lim_{n\\rightarrow\\infty}3a_n^2 = 3L^2$.\n\nTherefore, the answer is 3L^2.",
        "mingyin/Limit-of-sequence4.json",
        "(2)",
        "float",
    ),
    (
        "2.03",
        "To find the entropy rate of the random walk, we first need to determine the probabilities of moving from one room to another. In a 3x3x3 cubical maze, there are 27 rooms in total. We can classify these rooms into 3 types:\n\n1. Corner rooms: There are 8 corner rooms, each with 3 exits.\n2. Edge rooms: There are 12 edge rooms, each with 4 exits.\n3. Center room: There is 1 center room, with 6 exits.\n\nNow, we can calculate the probabilities of moving from one room to another:\n\n1. For corner rooms, the probability of moving to an adjoining room is 1/3.\n2. For edge rooms, the probability of moving to an adjoining room is 1/4.\n3. For the center room, the probability of moving to an adjoining room is 1/6.\n\nNext, we can calculate the entropy for each type of room using the formula:\n\nEntropy = -Σ(p_i * log2(p_i))\n\n1. Entropy for corner rooms: -[(1/3) * log2(1/3) + (1/3) * log2(1/3) + (1/3) * log2(1/3)] ≈ 1.585 bits\n2. Entropy for edge rooms: -[(1/4) * log2(1/4) + (1/4) * log2(1/4) + (1/4) * log2(1/4) + (1/4) * log2(1/4)] ≈ 2 bits\n3. Entropy for the center room: -[(1/6) * log2(1/6) + (1/6) * log2(1/6) + (1/6) * log2(1/6) + (1/6) * log2(1/6) + (1/6) * log2(1/6) + (1/6) * log2(1/6)] ≈ 2.585 bits\n\nFinally, we can find the average entropy rate by considering the proportion of each type of room in the maze:\n\nEntropy rate = (8/27) * 1.585 + (12/27) * 2 + (1/27) * 2.585 ≈ 1.926 bits\n\nTherefore, the answer is 1.926.",
        "xinyi/random_walk_on_3D_maze.json",
        "(1)",
        "float",
    ),
    (
        "1.0",
        "Let's use the conservation of momentum principle to solve this problem. Since both James and Ramon are initially at rest, their total momentum is zero. When they start pulling on the rope, their momentum remains conserved, and the total momentum is still zero.\n\nLet's denote the distance Ramon moves as x. Then, the momentum of James is (90.0 kg) * (6.0 m) and the momentum of Ramon is (60.0 kg) * x. According to the conservation of momentum, the total momentum should be zero:\n\n(90.0 kg) * (6.0 m) - (60.0 kg) * x = 0\n\nNow, we can solve for x:\n\n(90.0 kg) * (6.0 m) = (60.0 kg) * x\n\nx = (90.0 kg * 6.0 m) / (60.0 kg)\n\nx = 9.0 m\n\nTherefore, the answer is 9.0.",
        "panlu/center_of_mass1.json",
        "(2)",
        "float",
    ),
    (
        "1",
        "To find the highest power of 3 that is a factor of N, we need to count the number of factors of 3 in the prime factorization of each of the two-digit integers from 19 to 92.\n\nFirst, let's list the multiples of 3 in the given range: 21, 24, 27, 30, ..., 90. There are (90 - 21)/3 + 1 = 23 multiples of 3.\n\nNext, let's list the multiples of 3^2 = 9 in the given range: 27, 36, 45, ..., 90. There are (90 - 27)/9 + 1 = 7 multiples of 9.\n\nFinally, let's list the multiples of 3^3 = 27 in the given range: 27, 54, 81. There are (81 - 27)/27 + 1 = 3 multiples of 27.\n\nNow, we can find the highest power of 3 that is a factor of N by adding the number of factors of 3, 9, and 27:\n\nk = 23 (factors of 3) + 7 (factors of 9) + 3 (factors of 27) = 33.\n\nTherefore, the answer is 33.",
        "tonyxia/divisibility1.json",
        "(1)",
        "integer",
    ),
    (
        "10.75",
        "To find the current price of a one-year American put option on the stock with a strike price of $80.00, we can use the binomial option pricing model. First, let's calculate the risk-neutral probability (q) and the discount factor (df).\n\nq = (e^(rΔt) - d) / (u - d)\nwhere r is the risk-free interest rate, Δt is the time period (in years), e is the base of the natural logarithm, and u and d are given.\n\nr = 0.05 (5%)\nΔt = 0.5 (6 months)\nu = 1.181\nd = 0.890\n\nq = (e^(0.05 * 0.5) - 0.890) / (1.181 - 0.890) ≈ 0.629\n\nNow, let's calculate the discount factor (df):\n\ndf = e^(-rΔt) ≈ 0.975\n\nNext, we need to find the stock prices at the end of each period:\n\nS0 = $70.00\nS1_up = S0 * u = $70.00 * 1.181 ≈ $82.67\nS1_down = S0 * d = $70.00 * 0.890 ≈ $62.30\n\nS2_up_up = S1_up * u ≈ $97.63\nS2_up_down = S1_up * d ≈ $73.60\nS2_down_down = S1_down * d ≈ $55.44\n\nNow, we can calculate the put option payoffs at the end of the second period:\n\nP2_up_up = max(0, $80.00 - S2_up_up) = 0\nP2_up_down = max(0, $80.00 - S2_up_down) = $6.40\nP2_down_down = max(0, $80.00 - S2_down_down) = $24.56\n\nNext, we need to find the put option payoffs at the end of the first period:\n\nP1_up = max(0, $80.00 - S1_up, df * (q * P2_up_up + (1 - q) * P2_up_down)) ≈ max(0, -2.67, 0.975 * (0.629 * 0 + (1 - 0.629) * 6.40)) ≈ 2.44\nP1_down = max(0, $80.00 - S1_down, df * (q * P2_up_down + (1 - q) * P2_down_down)) ≈ max(0, 17.70, 0.975 * (0.629 * 6.40 + (1 - 0.629) * 24.56)) ≈ 17.70\n\nFinally, we can find the current price of the put option:\n\nP0 = df * (q * P1_up + (1 - q) * P1_down) ≈ 0.975 * (0.629 * 2.44 + (1 - 0.629) * 17.70) ≈ 10.07\n\nTherefore, the answer is 10.07.",
        "xueguangma/binomial_model_2.json",
        "(3)",
        "float",
    ),
    (
        "100",
        "A directed tree is a tree where all the edges have a direction. An undirected tree can be converted into a directed tree by assigning a direction to each edge. Since there are 100 nodes in the undirected tree, there are 99 edges (as a tree with n nodes has n-1 edges).\n\nFor each edge, there are two possible directions (from one node to the other or vice versa). Therefore, there are 2^99 distinct directed trees that can be constructed from the given undirected tree with 100 nodes.\n\nTherefore, the answer is 633825300114114700748351602688.",
        "xinyi/dag_3.json",
        "(1)",
        "integer",
    ),
    (
        "6.2831852",
        "To compute the integral, we can use Green's theorem, which states that for a simply connected region D with a positively oriented, piecewise-smooth boundary curve C, the line integral of a vector field F over C is equal to the double integral of the curl of F over D. In this case, we have the vector field F = (P, Q) = (-y/(x^2 + y^2), x/(x^2 + y^2)).\n\nGreen's theorem states that:\n\n\\int_{\\Gamma} (P dx + Q dy) = \\iint_D (\\frac{\\partial Q}{\\partial x} - \\frac{\\partial P}{\\partial y}) dA\n\nNow, we need to compute the partial derivatives:\n\n\\frac{\\partial Q}{\\partial x} = \\frac{y^2 - x^2}{(x^2 + y^2)^2}\n\\frac{\\partial P}{\\partial y} = \\frac{x^2 - y^2}{(x^2 + y^2)^2}\n\nSubtracting the partial derivatives, we get:\n\n\\frac{\\partial Q}{\\partial x} - \\frac{\\partial P}{\\partial y} = 2\n\nNow, we can compute the double integral:\n\n\\iint_D (\\frac{\\partial Q}{\\partial x} - \\frac{\\partial P}{\\partial y}) dA = \\iint_D 2 dA\n\nSince the curve Γ encloses the origin, the area enclosed by the curve is nonzero. Let A be the area enclosed by the curve Γ. Then, the double integral is equal to:\n\n\\iint_D 2 dA = 2A\n\nTherefore, the answer is 2A, where A is the area enclosed by the curve Γ.",
        "mingyin/greens-formula1.json",
        "(2)",
        "float",
    ),
]

CASES: list[dict] = [
    _c(REPO, WHERE, gold, pred, False, False, f"TheoremQA human error analysis {et} ({tid}, {at})")
    for gold, pred, tid, et, at in _ROWS
]

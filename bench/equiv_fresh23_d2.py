r"""A twenty-third fresh set of answer-equivalence cases (evaluation only; helper "d", second part:
more human-labelled FinanceBench completions, and the maths rows of MM-Vet's grader examples; the
first part, with the full statement of the sampling rule, is bench/equiv_fresh23_d.py).

``gold`` is the reference answer, ``pred`` the answer to be judged (``wrap`` False: the whole
completion as the source stores it; True: a bare answer to be put in ``\boxed{}``) and
``expected`` the verdict the source's human labels state. ``where`` is ``path@commit`` in
``repo`` on github.com; the commit is the stored snapshot's HEAD. Each repository was claimed in
/work/wt/fresh23_claims first. Do not tune the judge on these cases.

Sources (repo, path @ commit, license of the stored copy):

- patronus-ai/financebench, snapshot HEAD cc39aeb4afdf33909ee1412188bf89035950c2eb (results last
  changed in 22257c455f9f9ca9ca3dc67456d9a32e60c7ef08): ``results/gpt-4_oracle.jsonl`` (GPT-4 given
  the evidence page) and ``results/claude-2_inContext.jsonl`` (Claude 2 given the whole filing in
  context), human-annotated completions with labels ``Correct Answer`` / ``Incorrect Answer`` /
  ``Refusal`` (see the README and bench/equiv_fresh23_d.py). No license file in the stored tree.
  Same fixed rule as in bench/equiv_fresh23_d.py: in file order, the first 30 rows whose
  ``gold_answer`` is a JSON number and whose label is not ``Refusal``; rows whose stated final value
  differs from the gold's digits but lies within a rounding tolerance of it (rounds to the gold,
  or is one unit off in its last digit) are left out (GPT-4 oracle: ids 04672
  ``8.738`` billion for ``8.7``, 10420 ``-1.53%`` for ``-0.02``, 03882 ``1,615.9`` for ``1616``,
  03069 ``4.19%`` for ``0.042``, 05718 ``$389 million`` for ``0.4`` asked in USD billions, 07661
  ``$381,603,000`` for ``382`` asked in USD millions, 03838 ``101.4%`` for ``1.015``, 03473
  ``1.42%`` for ``0.01``, 09724 ``39.73%`` for ``0.397``, 06272 ``79.82%`` for ``0.8``), and so is
  GPT-4's 05915, whose completion ends on two values (``17.98, or rounded to two decimal places,
  18.00``) and so has no single final answer. For the Claude 2 file only, completions over 2,500
  characters are also left out to keep the module small (ids 04735, 04103, 03471: 5,689 to 9,973
  characters of pasted filing text); many kept Claude 2 rows answer a different question from the
  filing and are graded ``Incorrect Answer``; one of them (05718, gold ``0.4``) happens to contain
  ``40%``. Counts: GPT-4 oracle 19 cases (16 correct, 3 incorrect), Claude 2 inContext 27 cases
  (7 correct, 20 incorrect).
- yuweihao/MM-Vet ``mm-vet_evaluator.py`` @ acde843e02dae30047bb456ee4a8ab28dee7e0ae (the file was
  last changed in c7ff270d86fb79c42346214366f4192c0e08b042), Apache-2.0: the labelled in-context
  examples of MM-Vet's GPT-4 grader prompt, written by the benchmark's authors (the v2 evaluator
  repeats them). Only the five maths rows are used ("What is x in the equation?", ground truth
  ``-1 <AND> -5``); the two meme-explanation rows are not maths. MM-Vet's ``<AND>`` means "totally
  right only when all elements in the ground truth are present in the prediction", so the gold is
  written here as the list ``-1, -5`` (the one rewriting in this module), and a row is expected
  equivalent only when the prompt scores it 1.0 (``x = -1 or x = -5``); the rows scored 0.0
  (``x = 3``) and 0.5 (``x = -1``, ``x = -5``, ``x = -5 or 5``: one root missing or a wrong root
  added) are expected not equivalent. Predictions are bare answers (``wrap`` True).
"""

from __future__ import annotations

from bench.equiv_rl_suites import collected_case as _c

FB = "patronus-ai/financebench"
FB_COMMIT = "cc39aeb4afdf33909ee1412188bf89035950c2eb"
FB_GPT4 = f"results/gpt-4_oracle.jsonl@{FB_COMMIT}"
FB_CLAUDE2 = f"results/claude-2_inContext.jsonl@{FB_COMMIT}"
MMVET = "yuweihao/MM-Vet"
MMVET_AT = "mm-vet_evaluator.py@acde843e02dae30047bb456ee4a8ab28dee7e0ae"

# (FinanceBench id without the "financebench_id_" prefix, gold_answer, human label is
# "Correct Answer", model_answer), in file order.
_GPT4: list[tuple[str, str, bool, str]] = [
    ("03029", "1577", True, "The FY2018 capital expenditure amount for 3M is $1,577 million."),
    (
        "02987",
        "24.26",
        True,
        "The FY2019 revenue for Activision Blizzard is $6,489 million. The Property, Plant, and Equipment (PP&E) for FY2018 is $282 million and for FY2019 is $253 million. The average PP&E between FY2018 and FY2019 is ($282 million + $253 million) / 2 = $267.5 million. \n\nTherefore, the fixed asset turnover ratio for FY2019 is $6,489 million / $267.5 million = 24.26.",
    ),
    (
        "04735",
        "0.66",
        True,
        "The FY2015 operating cash flow for Adobe is $1,469,502,000 and the total current liabilities are $2,213,556,000. Therefore, the operating cash flow ratio is 1,469,502 / 2,213,556 = 0.66.",
    ),
    (
        "07507",
        "0.654",
        True,
        "The operating income for Adobe in FY2015 was $903,095 thousand and in FY2016 it was $1,493,602 thousand. \n\nTo calculate the year-over-year change in unadjusted operating income from FY2015 to FY2016, we use the formula:\n\n[(FY2016 - FY2015) / FY2015] * 100%\n\nSubstituting the given values:\n\n[(1,493,602 - 903,095) / 903,095] * 100% = 65.4%\n\nSo, Adobe's year-over-year change in unadjusted operating income from FY2015 to FY2016 was 65.4%.",
    ),
    (
        "03856",
        "0.83",
        True,
        "The FY2017 operating cash flow for Adobe is $2,912,853,000 and the total current liabilities is $3,527,457,000. Therefore, the operating cash flow ratio is 2,912,853 / 3,527,457 = 0.83.",
    ),
    (
        "01319",
        "0",
        True,
        "The document does not provide specific information on the restructuring costs for AES Corporation's income statements for FY2022. Therefore, the answer is 0.",
    ),
    (
        "08135",
        "0.308",
        True,
        "The total net sales for Amazon in FY2016 was $135,987 million and in FY2017 it was $177,866 million. To calculate the year-over-year change in revenue, we subtract the previous year's revenue from the current year's revenue, divide by the previous year's revenue, and then multiply by 100 to get a percentage.\n\nSo, the calculation would be: (($177,866 - $135,987) / $135,987) * 100 = 30.8%\n\nTherefore, Amazon's year-over-year change in revenue from FY2016 to FY2017 was 30.8%.",
    ),
    (
        "06655",
        "93.86",
        False,
        "To calculate the DPO, we first need to find the average accounts payable for FY2016 and FY2017. The accounts payable for FY2016 is $25,309 million and for FY2017 is $34,616 million. So, the average accounts payable is ($25,309 + $34,616) / 2 = $29,962.5 million.\n\nNext, we need to find the COGS for FY2017, which is $111,934 million.\n\nThen, we need to find the change in inventory between FY2016 and FY2017. The inventory for FY2016 is $11,461 million and for FY2017 is $16,047 million. So, the change in inventory is $16,047 - $11,461 = $4,586 million.\n\nNow we can calculate the DPO: 365 * ($29,962.5 / ($111,934 + $4,586)) = 97.97 days.",
    ),
    (
        "08286",
        "11588",
        True,
        "Amazon's FY2019 net income attributable to shareholders is $11,588 million.",
    ),
    (
        "04254",
        "1832",
        True,
        "The unadjusted EBITDA for American Water Works's FY2021 is the sum of the operating income and depreciation and amortization. From the provided statements, the operating income for 2021 is $1,196 million and the depreciation and amortization is $636 million. Therefore, the unadjusted EBITDA for FY2021 is $1,196 million + $636 million = $1,832 million.",
    ),
    (
        "02608",
        "0.028",
        True,
        "The net profit margin is calculated by dividing the net earnings by the revenue and multiplying by 100 to get a percentage. \n\nFor FY2015, the net profit margin is (1,233 / 40,339) * 100 = 3.1%\nFor FY2016, the net profit margin is (897 / 39,528) * 100 = 2.3%\nFor FY2017, the net profit margin is (1,228 / 39,403) * 100 = 3.1%\n\nThe 3 year average net profit margin is therefore (3.1% + 2.3% + 3.1%) / 3 = 2.8%",
    ),
    (
        "04417",
        "5409",
        True,
        "The year end FY2019 total amount of inventories for Best Buy is $5,409 million.",
    ),
    (
        "04660",
        "1.73",
        True,
        "The working capital ratio for Block (formerly known as Square) for FY2016 is 1.73. This is calculated by dividing the total current assets ($1,001,425) by the total current liabilities ($577,464).",
    ),
    (
        "10285",
        "12645",
        True,
        "Boeing's year end FY2018 net property, plant, and equipment is $12,645 million.",
    ),
    (
        "10130",
        "63.86",
        False,
        "To calculate the DPO for Corning in FY2020, we first need to find the average accounts payable for FY2019 and FY2020. The accounts payable for FY2019 is $1,587 million and for FY2020 is $1,174 million. So, the average accounts payable is ($1,587 + $1,174) / 2 = $1,380.5 million.\n\nNext, we need to find the FY2020 COGS, which is $7,772 million.\n\nThen, we need to find the change in inventory between FY2019 and FY2020. The inventory for FY2019 is $2,320 million and for FY2020 is $2,438 million. So, the change in inventory is $2,438 - $2,320 = $118 million.\n\nNow we can calculate the DPO: 365 * ($1,380.5 / ($7,772 + $118)) = 64.97 days. \n\nSo, the FY2020 DPO for Corning is 64.97 days.",
    ),
    (
        "02981",
        "0.103",
        True,
        "The operating income % margin is calculated by dividing the operating income by the net sales and multiplying by 100. \n\nFor 2021, the operating income % margin is (2,112 / 14,082) * 100 = 15.0%\nFor 2020, the operating income % margin is (509 / 11,303) * 100 = 4.5%\nFor 2019, the operating income % margin is (1,306 / 11,503) * 100 = 11.4%\n\nThe 3 year average unadjusted operating income % margin is therefore (15.0% + 4.5% + 11.4%) / 3 = 10.3%.",
    ),
    (
        "04209",
        "59268",
        True,
        "At the end of FY2021, Costco had total assets of USD 59,268 million.",
    ),
    (
        "04103",
        "-3.7",
        False,
        "To calculate the cash conversion cycle (CCC) for General Mills in FY2019, we first need to calculate the Days Inventory Outstanding (DIO), Days Sales Outstanding (DSO), and Days Payable Outstanding (DPO).\n\n1. DIO = 365 * (average inventory between FY2018 and FY2019) / (FY2019 COGS)\n   = 365 * ((1,642.2 + 1,559.3) / 2) / 11,108.4\n   = 365 * 1,600.75 / 11,108.4\n   = 52.79 days\n\n2. DSO = 365 * (average accounts receivable between FY2018 and FY2019) / (FY2019 Revenue)\n   = 365 * ((1,684.2 + 1,679.7) / 2) / 16,865.2\n   = 365 * 1,681.95 / 16,865.2\n   = 36.47 days\n\n3. DPO = 365 * (average accounts payable between FY2018 and FY2019) / (FY2019 COGS + change in inventory between FY2018 and FY2019)\n   = 365 * ((2,746.2 + 2,854.1) / 2) / (11,108.4 + (1,642.2 - 1,559.3))\n   = 365 * 2,800.15 / 11,191.3\n   = 91.32 days\n\nFinally, we can calculate the CCC:\n\nCCC = DIO + DSO - DPO\n= 52.79 + 36.47 - 91.32\n= -2.06 days\n\nSo, the FY2019 cash conversion cycle for General Mills is -2.06 days.",
    ),
    (
        "03471",
        "0.68",
        True,
        "The working capital ratio for General Mills in FY2020 is 0.68 (5,121.3 / 7,491.5).",
    ),
]

_CLAUDE2: list[tuple[str, str, bool, str]] = [
    (
        "03029",
        "1577",
        False,
        " Here are the key points regarding 3M's use of derivative instruments for net investment hedges:\n\n- 3M uses foreign exchange forward contracts and foreign currency denominated debt to hedge portions of its net investment in foreign subsidiaries and manage foreign exchange risk. \n\n- For instruments designated as net investment hedges that meet effectiveness requirements, gains/losses from changes in spot exchange rates are recorded in cumulative translation within OCI. The remainder of the change in value is recorded in earnings.\n\n- Recognition in earnings of amounts previously in cumulative translation is limited to circumstances like complete liquidation of the hedged foreign operation. \n\n- If foreign currency debt is not designated as a net investment hedge, changes in value due to exchange rates are recorded in earnings through maturity.\n\n- 3M's use of forward contracts for net investment hedging varies based on when foreign currency debt is dedesignated, matures, or is newly issued and designated. It also varies based on the extent of desired foreign exchange risk coverage.\n\n- In Q1 2018, 3M dedesignated 300 million Euros of foreign currency debt from a former net investment hedge. \n\n- At Dec 31, 2018, the total notional amount of forward contracts designated as net investment hedges was approximately 150 million Euros and 248 billion South Korean Won, plus 4.1 billion Euros of long-term debt instruments. The maturity dates range from 2019 to 2031.\n\n- Gains/losses related to instruments designated as net investment hedges are recorded in the income statement and comprehensive income, but there were no reclassifications out of accumulated OCI into income for the periods presented.\n\nDoes this help summarize the key points relating to 3M's use of derivatives for net investment hedging? Let me know if you need any clarification or have additional questions!",
    ),
    (
        "04672",
        "8.7",
        False,
        " Here are the key points I gathered from the financial statement notes regarding derivatives:\n\n- 3M uses various types of derivatives, including interest rate swaps, currency swaps, commodity price swaps, and forward and option contracts, to manage risks associated with interest rates, foreign exchange rates, and commodity prices. \n\n- For derivatives designated as cash flow hedges, gains/losses are recorded in other comprehensive income and reclassified to earnings when the hedged transaction affects earnings. For fair value hedges, gains/losses on the derivatives offset gains/losses on the hedged items in earnings. \n\n- As of December 31, 2018, 3M had $64 million (after tax) of unrealized gains associated with cash flow hedging instruments in accumulated other comprehensive income. This is expected to be reclassified to earnings in 2019-2020 as the hedged transactions occur.\n\n- 3M uses interest rate swaps as fair value hedges to manage exposure to changes in the fair value of fixed-rate debt attributable to interest rate risk. As of December 31, 2018, the total notional amount of these swaps was $2.4 billion.\n\n- 3M uses foreign exchange forward contracts and foreign currency denominated debt to hedge portions of its net investment in foreign subsidiaries. As of December 31, 2018, the total notional amount of these instruments was approximately 4.5 billion Euros and 248 billion South Korean Won.\n\n- Derivatives are recorded at fair value on the balance sheet. Gains/losses on derivatives flow through the income statement and/or other comprehensive income, depending on their hedge designation. This impacts earnings and equity.\n\nIn summary, 3M uses derivatives principally to manage various market risks and not for speculative purposes. The notes provide details on the types of derivatives used and their accounting treatment.",
    ),
    (
        "07966",
        "0.019",
        True,
        " Here is a summary of the key information to answer the question:\n\n- The FY2017 - FY2019 3 year average capex as a % of revenue for Activision Blizzard is calculated as follows:\n\n- FY2017 Capex = $155 million (from Cash Flow Statement) \n- FY2017 Revenue = $7,017 million (from Income Statement)\n- FY2017 Capex as % of Revenue = 155/7,017 = 2.2%\n\n- FY2018 Capex = $131 million \n- FY2018 Revenue = $7,500 million\n- FY2018 Capex as % of Revenue = 131/7,500 = 1.7% \n\n- FY2019 Capex = $116 million\n- FY2019 Revenue = $6,489 million  \n- FY2019 Capex as % of Revenue = 116/6,489 = 1.8%\n\n- 3 year average Capex as % of Revenue = (2.2% + 1.7% + 1.8%) / 3 = 1.9%\n\nTherefore, the FY2017 - FY2019 3 year average of capex as a % of revenue for Activision Blizzard is 1.9%, rounded to one decimal place.",
    ),
    (
        "02987",
        "24.26",
        False,
        " Here is the requested information to answer the question:\n\nThe FY2019 fixed asset turnover ratio for Activision Blizzard can be calculated as follows:\n\n- FY2019 revenue = $6,489 million (from the statement of operations)\n\n- Average PP&E between FY2018 and FY2019 = (700 + 654) / 2 = $677 million (from the footnotes on PP&E)\n\n- Fixed asset turnover ratio = Revenue / Average PP&E \n         = $6,489 million / $677 million\n         = 9.59\n\nRounding to two decimal places, the FY2019 fixed asset turnover ratio for Activision Blizzard is 9.59.",
    ),
    (
        "07507",
        "0.654",
        False,
        " Here is a summary of Adobe's key financial information for fiscal years 2016-2014:\n\nRevenue (in millions):\n2016: $5,854  \n2015: $4,795\n2014: $4,147\n\nNet Income (in millions):\n2016: $1,169\n2015: $630 \n2014: $268\n\nTo answer the question, here are the relevant numbers:\n\nAdobe's unadjusted operating income was:\n2015: $903 million\n2016: $1,494 million\n\nThe year-over-year change in unadjusted operating income from 2015 to 2016 was:\n(1,494 - 903) / 903 = 65.2%\n\nRounding to one decimal place, the year-over-year change in unadjusted operating income from FY2015 to FY2016 was 65.2%.\n\nTherefore, the answer is 65.2%.",
    ),
    (
        "03856",
        "0.83",
        True,
        " Here is the answer to your question:\n\nThe FY2017 operating cash flow ratio for Adobe is:\n\nCash from operations (from the cash flow statement) = $2,912.9 million\nTotal current liabilities (from the balance sheet) = $3,527.5 million\n\nOperating cash flow ratio = Cash from operations / Total current liabilities\n           = $2,912.9 million / $3,527.5 million\n           = 0.83\n\nRounding to two decimal places, the FY2017 operating cash flow ratio for Adobe is 0.83.",
    ),
    (
        "10420",
        "-0.02",
        False,
        " Here are the key points for AES's cash sources and uses in 2022:\n\n- Primary sources of cash:\n1) Debt financings and supplier financing arrangements\n2) Cash flows from operating activities \n3) Sales of short-term investments\n4) Sales to noncontrolling interests\n\n- Primary uses of cash:\n1) Repayments of debt\n2) Capital expenditures  \n3) Purchases of short-term investments\n4) Acquisitions of noncontrolling interests\n5) Purchases of emissions allowances in Bulgaria\n\nIn summary, the main sources of cash for AES in 2022 were debt financing, operating cash flows, sales of short-term investments, and sales to noncontrolling interests. The primary uses of cash were debt repayments, capital expenditures, purchases of short-term investments, acquisitions of noncontrolling interests, and purchases of emissions allowances in Bulgaria.",
    ),
    (
        "01319",
        "0",
        True,
        " Based on the AES Corporation 2022 10-K filing, it does not appear that restructuring costs are explicitly outlined in the income statement for FY2022. The 10-K does not mention any restructuring costs or expenses in the financial statements. Therefore, I would state that the quantity of restructuring costs directly outlined in AES Corporation's income statements for FY2022 is $0.",
    ),
    (
        "08135",
        "0.308",
        False,
        " Here is a summary of the key information in Amazon's 2017 10-K report:\n\n- Amazon's net sales in 2017 were $177.9 billion, up 31% from 2016. Net income was $3.0 billion, up 28% from 2016. \n\n- North America segment sales were $106.1 billion, up 33% year-over-year. Operating income for North America was $2.8 billion.\n\n- International segment sales were $54.3 billion, up 23%. The segment had an operating loss of $3.1 billion. \n\n- AWS segment sales were $17.5 billion, up 43%. Operating income was $4.3 billion.\n\n- As of December 31, 2017, Amazon had $20.5 billion of cash, cash equivalents, and marketable securities. Long-term debt totaled $24.7 billion. \n\n- Net cash provided by operating activities was $18.4 billion, compared to $17.3 billion in 2016. Free cash flow was $8.4 billion.\n\n- The company acquired Whole Foods Market for approximately $13.2 billion in August 2017. \n\n- Amazon ended 2017 with 560,000 employees, up 66% from 2016.\n\nIn summary, Amazon continued its rapid growth in 2017, driven by expansion in North America and AWS. International segment remains unprofitable but is\ngrowing sales. The Whole Foods acquisition expanded Amazon's physical retail presence. Strong cash flow from operations continues to fund investments and\nacquisitions.",
    ),
    (
        "06655",
        "93.86",
        False,
        " Here is a summary of the key information in Amazon's 2017 10-K report:\n\nFinancial Highlights:\n- Total net sales in 2017 were $177.9 billion, up 31% compared to 2016. \n- Net income in 2017 was $3.0 billion, up 28% from 2016.\n- As of December 31, 2017, cash, cash equivalents, and marketable securities totaled $31.0 billion.\n\nBusiness Overview:\n- Amazon operates through three segments: North America, International, and Amazon Web Services (AWS). \n- The company sells products and services to customers in various categories including consumer products, subscriptions, AWS offerings, and other services like advertising and co-branded credit cards.\n- Amazon's financial focus is on long-term revenue growth driven by increasing sales of products and services, while efficiently managing costs.\n- International sales accounted for 30% of total net sales in 2017. Foreign exchange rates had a $210 million favorable impact on net sales growth.\n\nKey 2017 Developments:\n- Acquired Whole Foods Market for approximately $13.2 billion in August 2017 to expand Amazon's retail presence.\n- Issued $16 billion of senior unsecured notes in seven tranches to fund the Whole Foods acquisition and for general corporate purposes. \n- Adopted new accounting standards related to stock compensation, revenue recognition, and several other areas that impacted Amazon's financial statements.\n- Recorded a $789 million tax benefit due to the 2017 Tax Cuts and Jobs Act, primarily from remeasuring deferred tax balances at the new 21% tax rate.\n\nRisk Factors:\n- Intense competition globally in all business segments.\n- Significant management attention needed for expansion into new products, services, technologies and geographies.\n- Susceptibility to various global economic and business conditions and trends.\n- Reliance on achieving high sales volumes, customer traffic, and efficient fulfillment and data center operations.\n- Potential for liability and damage to reputation related to sale of products and services.\n\nIn summary, Amazon had strong sales growth and profitability in 2017 driven by increases in product and service offerings globally. The acquisition of Whole Foods expanded Amazon's retail presence. Amazon faces risks from competition, global operations, and regulatory compliance but is focused on long-term revenue and cash flow growth.",
    ),
    (
        "08286",
        "11588",
        False,
        " Here is a summary of the key information from Amazon's 2019 10-K report:\n\n- Amazon reported total net sales of $280.5 billion in 2019, up 20% from $232.9 billion in 2018. The growth was driven by increased unit sales, including sales by third-party sellers. \n\n- Net income was $11.6 billion in 2019, compared to $10.1 billion in 2018. The increase reflects higher unit sales and slower growth in certain operating expenses, partially offset by increased shipping costs and marketing expenses.\n\n- As of December 31, 2019, Amazon had total assets of $225.2 billion and total stockholders' equity of $62.1 billion. \n\n- Amazon ended 2019 with approximately 798,000 full-time and part-time employees globally.\n\n- In 2019, Amazon spent $16.9 billion on property and equipment, primarily reflecting additional capacity to support fulfillment operations and investments in technology infrastructure. \n\n- Amazon operates through three segments: North America (61% of 2019 sales), International (27%), and Amazon Web Services (AWS) (12%). AWS sales grew 37% in 2019.\n\n- Amazon faces risks related to competition, managing growth and expansion, seasonality of retail business, dependence on technology, acquisitions, regulation, tax liabilities, among others.\n\nIn summary, Amazon continued strong growth in 2019, driven by increasing unit sales across its major segments. The company invested heavily in expanding its fulfillment network and technology capabilities. Profitability increased moderately as revenue growth outpaced growth in operating expenses. Amazon faces risks from intense competition and regulatory oversight going forward.",
    ),
    (
        "03882",
        "1616",
        False,
        " Here is a summary of the key points regarding Amcor's securities registered under Section 12 of the Exchange Act:\n\nOrdinary Shares\n- Ordinary shares have a par value of $0.01 per share and carry equal voting rights of one vote per share. Holders are entitled to receive dividends if declared by the Board.\n\n- Ordinary shares are traded on the NYSE. CDIs representing the ordinary shares are traded on the ASX. \n\n- The rights of ordinary shareholders are governed by Amcor's Articles of Association and Jersey law. Key rights include voting rights, dividend rights, and rights upon liquidation. \n\n- Ordinary shares do not have preemptive rights. The Board has the authority to issue additional ordinary shares without shareholder approval.\n\n- Directors are subject to annual re-election by shareholders. Directors can be removed by ordinary resolution of shareholders in certain circumstances. \n\n- Amcor is prohibited from engaging in certain business combinations with interested shareholders within 3 years of the shareholder becoming interested, unless approved by the Board.\n\n- Holders of CDIs have beneficial ownership of the underlying ordinary shares. CDIs provide electronic settlement on the ASX.\n\n1.125% Senior Notes due 2027\n\n- The Notes were issued by Amcor subsidiary Amcor UK Finance plc and are guaranteed by Amcor and certain subsidiaries.\n\n- The Notes have a principal amount of €500 million, mature in 2027, and pay interest annually at a rate of 1.125%. \n\n- The Notes are unsecured obligations and rank equally with other unsecured and unsubordinated indebtedness.\n\n- The Notes were issued under an indenture between Amcor UK Finance, the guarantors, and the trustee. The indenture contains customary terms and covenants.\n\n- The Notes are governed by New York law.\n\nSo in summary, Amcor has ordinary shares traded on the NYSE and CDIs on the ASX, as well as €500 million senior unsecured notes due in 2027 guaranteed by Amcor and certain subsidiaries. The\nrights of security holders are governed by Amcor's Articles of Association, the indenture, and applicable laws.",
    ),
    (
        "05718",
        "0.4",
        False,
        " Here are some key points about regulatory liabilities from the passage:\n\n- Regulatory liabilities represent amounts that are expected to be refunded to customers in future rates or amounts recovered from customers in advance of incurring the costs. \n\n- Approximately 40% of the total regulatory liability balance at December 31, 2020 represents amounts that have been collected from customers but have not yet been spent to provide utility service.\n\n- Major components include deferred income taxes, cost of removal obligations, and revenue subject to refund. \n\n- Deferred income taxes result from changes in tax laws or rates, including excess accumulated deferred income taxes (EADIT) that have been collected from customers but have not yet been returned. \n\n- Cost of removal obligations represent amounts previously recovered through depreciation rates for future asset removal costs.\n\n- Revenue subject to refund includes amounts collected from customers pending the outcome of general rate cases or other regulatory proceedings.\n\nSo in summary, regulatory liabilities represent amounts owed to customers that have either been collected in advance or in excess of costs incurred. The company records these as liabilities since they will need to be refunded or credited to customers in future rates. The largest components relate to deferred taxes and removal costs recovered through depreciation.",
    ),
    (
        "04254",
        "1832",
        True,
        " Based on the information provided in the 10-K filing, here are the key details to answer the question:\n\n- American Water's unadjusted operating income from the income statement for FY2021 is $1,196 million. \n\n- Depreciation and amortization expense from the income statement for FY2021 is $636 million.\n\n- Therefore, American Water's FY2021 unadjusted operating income + depreciation and amortization from the cash flow statement (unadjusted EBITDA) is $1,196 million + $636 million = $1,832 million.\n\nSo in summary, basing my judgments off the cash flow statement and income statement in the 10-K filing, American Water Works's FY2021 unadjusted operating income + depreciation and amortization from the cash flow statement (unadjusted EBITDA) is $1,832 million.",
    ),
    (
        "02608",
        "0.028",
        True,
        " Based on the information provided, here are the key details to answer the question:\n\n- The income statement shows the following net profit margin percentages:\n- FY2015: 3.1% \n- FY2016: 2.3%\n- FY2017: 3.1%\n\n- Taking the average of these percentages:\n- (3.1% + 2.3% + 3.1%) / 3 = 2.8%\n\nTherefore, the 3 year average net profit margin (as a %) for Best Buy for FY2015-FY2017 is 2.8%.",
    ),
    (
        "04417",
        "5409",
        True,
        " Based on the information provided, here are the key details for Best Buy's year end FY2019 total inventories:\n\n- The total inventories at the end of fiscal year 2019 was $5,409 million. This is reported under the \"Merchandise inventories\" line item on Best Buy's consolidated balance sheet for FY2019. \n\n- The inventories are recorded at the lower of cost or net realizable value. Costs include freight expenses associated with moving merchandise to distribution centers. \n\nSo in summary, the year end FY2019 total amount of inventories for Best Buy was $5,409 million, as reported on the consolidated balance sheet. The inventories are recorded at the lower of cost or net realizable value.",
    ),
    (
        "04660",
        "1.73",
        False,
        " Here are the key points regarding Block's (formerly Square's) FY2016 working capital ratio based on the financial filing:\n\n- Total current assets as of December 31, 2016 were $1,001,425,000\n\n- Total current liabilities as of December 31, 2016 were $577,464,000\n\n- Working capital is calculated as total current assets minus total current liabilities\n\n- So Block's working capital as of December 31, 2016 was $1,001,425,000 - $577,464,000 = $423,961,000\n\n- Working capital ratio is working capital divided by total current liabilities \n\n- Therefore, Block's working capital ratio for FY2016 is $423,961,000 / $577,464,000 = 0.73\n\nTo summarize, Block's working capital ratio for FY2016 was 0.73 when rounded to two decimal places.",
    ),
    (
        "07661",
        "382",
        False,
        " Here are the key points on how the auditors addressed the critical audit matter related to accrued transaction losses:\n\n- They obtained an understanding, evaluated the design, and tested the operating effectiveness of Square's controls over the process for determining the reserve for transaction losses. This included testing controls over the methodology, underlying data, assumptions, and qualitative adjustments.\n\n- To test the reserve, their procedures included:\n\n- Evaluating Square's methodology for estimating potential losses and testing the underlying data and assumptions. \n\n- Comparing Square's historical estimated potential losses to actual results to assess the methodology.\n\n- Evaluating the completeness and accuracy of the loss rate data by agreeing it to third-party data. \n\n- Evaluating the qualitative adjustments made by management to reflect expectations of future chargebacks and business failures due to COVID-19. This included assessing the reasonableness of management's assumptions and corroborating with external data on the impact of COVID-19.\n\n- Performing a retrospective review by comparing the prior year reserves to the actual losses in the current year.\n\nIn summary, the auditors focused on this area due to the high degree of judgement required by management in estimating transaction losses. Their audit procedures involved evaluating Square's methodology, testing the underlying data and assumptions, assessing the reasonableness of adjustments, and performing a retrospective review. This provided the evidence needed to audit this critical estimate.",
    ),
    (
        "03838",
        "1.015",
        False,
        " Here are the key procedures we performed to address this critical audit matter:\n\n- We obtained an understanding, evaluated the design, and tested the operating effectiveness of internal controls over the process for estimating the reserve for transaction losses. This included controls over management's review of the methodology, underlying data used, assumptions made about future chargebacks, and qualitative adjustments. \n\n- We evaluated the methodology and tested the underlying data used to estimate potential losses by comparing to historical estimates and actual results. We also evaluated the completeness and accuracy of the loss rate data used by agreeing to third-party data.\n\n- We evaluated the qualitative adjustments made by management to the methodology by assessing the reasonableness of management's assumptions and comparing the adjustments to relevant market data for similar periods of economic uncertainty. \n\n- We assessed the adequacy of the Company’s disclosures included in Notes 1 and 11 in relation to this matter.",
    ),
    (
        "10285",
        "12645",
        True,
        " Here is the answer to your question:\n\nBased on Boeing's 2018 10-K filing, the net property, plant and equipment (PP&E) at the end of FY2018 was $12,645 million. This number can be found on Boeing's consolidated statements of financial position on page 50 of the 10-K filing under the line item \"Property, plant and equipment, net\".\n\nThe specific steps to arrive at this answer are:\n\n1) Open Boeing's 2018 10-K filing.\n\n2) Go to page 50, which contains Boeing's consolidated statements of financial position. \n\n3) Look under the \"Assets\" section of the balance sheet.\n\n4) Find the line item \"Property, plant and equipment, net\" which is the net amount of PP&E after deducting accumulated depreciation.\n\n5) The amount listed there is $12,645 million, which represents Boeing's net PP&E as of December 31, 2018 (end of FY2018).\n\nTherefore, the answer is that Boeing's net property, plant and equipment at the end of FY2018 was $12,645 million.",
    ),
    (
        "03473",
        "0.01",
        False,
        " Here are the key points about the Company's hedging transactions and derivative financial instruments:\n\n- The Company uses derivatives to mitigate certain market risks including foreign currency exchange rate risk, commodity price risk, and interest rate risk. \n\n- Derivatives used include forward contracts, futures contracts, option contracts, collars, and swaps.\n\n- Most derivatives do not qualify for hedge accounting but are economic hedges. Changes in fair value are recognized in net income.\n\n- Some derivatives qualify for hedge accounting as fair value hedges or cash flow hedges. \n\n- For fair value hedges, changes in the fair value of the derivative and hedged item are recognized in net income. This offsets to achieve the hedging objective.\n\n- For cash flow hedges, changes in fair value of the derivative are recorded in AOCI and reclassified to net income when the hedged transaction affects earnings. This defers the impact until the hedged transaction occurs.\n\n- The Company also uses some derivatives as hedges of net investments in foreign operations. Changes in fair value are recorded in AOCI.\n\n- The Company manages counterparty credit risk through minimum credit standards, diversification of counterparties, and procedures to monitor concentrations.\n\nIn summary, the Company uses derivatives to mitigate certain market risks. Both derivatives that qualify and do not qualify for hedge accounting are utilized. The accounting for each derivative depends on its use, and is intended to achieve the risk management objectives.",
    ),
    (
        "09724",
        "0.397",
        False,
        " Here are the key points regarding Coca-Cola's pension and other postretirement benefit plan obligations and funded status:\n\n- Coca-Cola sponsors defined benefit pension plans and other postretirement benefit plans (such as health care and life insurance) covering substantially all U.S. employees and employees in certain international locations. \n\n- At the end of 2021, Coca-Cola's total projected pension benefit obligation was $8.6 billion, down from $9.4 billion at the end of 2020. The decrease was primarily driven by an increase in discount rates, which resulted in actuarial gains. \n\n- The fair value of Coca-Cola's pension plan assets was $8.9 billion at the end of 2021, up from $8.6 billion at the end of 2020. The increase was mainly due to actual returns on plan assets exceeding benefits paid.\n\n- For other postretirement benefit plans, Coca-Cola's accumulated benefit obligation was $696 million at the end of 2021 versus $769 million at the end of 2020. The decrease was primarily due to actuarial gains resulting from an increase in discount rates.\n\n- The fair value of assets for Coca-Cola's other postretirement benefit plans was $419 million at the end of 2021 compared to $396 million at the end of 2020. \n\n- Overall, Coca-Cola's pension plans were in a net asset position of $325 million at the end of 2021, versus a net liability of $775 million at the end of 2020. The other postretirement benefit plans were in a net liability position of $277 million at the end of 2021 versus $373 million at the end of 2020.\n\n- The change from net liability to net asset for the pension plans was driven by an increase in plan assets and a decrease in projected benefit obligations, reflecting the impact of higher discount rates.",
    ),
    (
        "06272",
        "0.8",
        False,
        " Here are the key points regarding Coca-Cola's pension and other postretirement benefit plans:\n\n- Coca-Cola sponsors pension plans covering most U.S. employees and certain non-U.S. employees, as well as postretirement health care and life insurance plans for certain U.S. employees. \n\n- As of December 31, 2022, the U.S. qualified pension plan represented 64% of Coca-Cola's projected benefit obligation and 61% of pension plan assets.\n\n- Pension plan obligations decreased in 2022 primarily due to an increase in the weighted-average discount rate assumption, resulting in an actuarial gain. \n\n- Pension plan assets decreased in 2022 primarily due to actual returns on assets being less than expected.\n\n- The U.S. pension plan's target asset allocation is 18% equity securities, 47% fixed-income securities, and 35% alternative investments. This is intended to promote optimal risk and return.\n\n- For 2023, Coca-Cola expects net periodic pension cost of approximately $40 million compared to net periodic pension income of $124 million in 2022. The change is primarily due to lower than expected returns on plan assets in 2022.\n\n- Coca-Cola contributed $33 million to its pension plans in 2022 and expects to contribute $42 million in 2023, all related to non-U.S. plans.\n\nSo in summary, Coca-Cola's pension obligations decreased in 2022 mainly due to higher discount rates, but asset returns were lower than expected. This resulted in a change from pension income in 2022 to an expected pension cost in 2023. The company continues to make contributions to maintain funded status.",
    ),
    (
        "10130",
        "63.86",
        False,
        " Based on the information provided in the balance sheets, here are the steps to calculate Corning's FY2020 days payable outstanding (DPO):\n\n1) Average accounts payable between FY2019 and FY2020:\nFY2019 accounts payable = $1,587 million\nFY2020 accounts payable = $1,174 million \nAverage accounts payable = ($1,587 + $1,174) / 2 = $1,381 million\n\n2) FY2020 COGS = $7,772 million (from income statement)\n\n3) Change in inventory between FY2019 and FY2020:  \nFY2019 inventory = $2,320 million\nFY2020 inventory = $2,438 million\nChange in inventory = $2,438 - $2,320 = $118 million\n\n4) Plugging the numbers into the formula:\nDPO = 365 * ($1,381 million) / ($7,772 million + $118 million) = 365 * $1,381 / $7,890 = 50 days\n\nTherefore, Corning's FY2020 days payable outstanding is 50 days.",
    ),
    (
        "02981",
        "0.103",
        False,
        " Here are the key points on Corning's income statement results for 2019-2021:\n\n- Net sales in 2021 were $14.1 billion, up 25% from $11.3 billion in 2020. Net sales in 2020 were down 2% from $11.5 billion in 2019.\n\n- Gross margin in 2021 was 36% of sales, up from 31% in 2020 and 35% in 2019. Gross margin dollars were $5.1 billion in 2021, up 43% from $3.5 billion in 2020. Gross margin was down 12% in 2020 compared to 2019.\n\n- Net income attributable to Corning Inc was $1.9 billion in 2021, up 272% from $512 million in 2020. Net income was down 47% in 2020 compared to $960 million in 2019. \n\n- Diluted EPS was $1.28 in 2021, up 137% from $0.54 in 2020. Diluted EPS was down 49% in 2020 compared to $1.07 in 2019.\n\n- The increase in net income and EPS in 2021 was driven by higher sales volumes across all segments, lower restructuring and impairment charges, gains on translated earnings contracts, and higher translation gains on debt. This was partially offset by the absence of a prior year gain on an equity investment.\n\n- Segment sales were up in all segments in 2021, led by Optical Communications up 22%, Life Sciences up 24%, Display Technologies up 17%, Environmental Technologies up 16%, and Specialty Materials up 7%.\n\nSo in summary, Corning saw a rebound in 2021 with higher sales, earnings, and margins compared to 2020, which was impacted by the pandemic. Performance remains below 2019 levels, but the company saw growth across all its key segments in 2021. Higher volumes and manufacturing efficiency gains drove margin expansion in the year.",
    ),
    (
        "04209",
        "59268",
        False,
        " Here is the answer to your question:\n\nUsing only the information in the balance sheet, Costco had total assets of $55,556 million at the end of FY2020 (August 30, 2020). Therefore, the total assets Costco had at the end of FY2021 is $55,556 million.",
    ),
    (
        "05915",
        "17.98",
        False,
        " Here are the key details from the CVS Health 2018 10-K that are relevant to answering your question:\n\n- CVS Health's total revenue in FY2018 was $194.6 billion. This is shown on the Consolidated Statements of Operations.\n\n- Property, plant and equipment (PP&E) at the end of FY2017 was $10,183 million. This is shown on the Consolidated Balance Sheet for December 31, 2017. \n\n- Property, plant and equipment (PP&E) at the end of FY2018 was $11,048 million. This is shown on the Consolidated Balance Sheet for December 31, 2018.\n\n- To calculate fixed asset turnover ratio, we take:\nFY2018 revenue = $194.6 billion \nAverage PP&E = ($10,183 + $11,048) / 2 = $10,615 million\n\n- Therefore, the fixed asset turnover ratio for FY2018 is:\n$194.6 billion / $10,615 million = 18.35\n\nRounding to two decimal places, the FY2018 fixed asset turnover ratio for CVS Health is 18.35.",
    ),
]

# MM-Vet grader prompt, maths rows: (prediction, correctness score in the prompt)
_MMVET: list[tuple[str, str]] = [
    ("x = 3", "0.0"),
    ("x = -1", "0.5"),
    ("x = -5", "0.5"),
    ("x = -5 or 5", "0.5"),
    ("x = -1 or x = -5", "1.0"),
]


def _why(fid: str, config: str, ok: bool) -> str:
    label = "Correct Answer" if ok else "Incorrect Answer"
    return f"FinanceBench human label {label!r}, financebench_id_{fid}, {config}"


CASES: list[dict] = [
    _c(FB, FB_GPT4, gold, pred, False, ok, _why(fid, "gpt-4 oracle", ok))
    for fid, gold, ok, pred in _GPT4
]
CASES += [
    _c(FB, FB_CLAUDE2, gold, pred, False, ok, _why(fid, "claude-2 inContext", ok))
    for fid, gold, ok, pred in _CLAUDE2
]
CASES += [
    _c(
        MMVET,
        MMVET_AT,
        "-1, -5",
        pred,
        True,
        score == "1.0",
        f"MM-Vet grader example, ground truth '-1 <AND> -5', correctness {score}",
    )
    for pred, score in _MMVET
]

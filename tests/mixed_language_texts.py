"""Sample sentences the `mixed_language` tests mix into traces (tests/test_mixed_language*.py)."""

EN = (
    "Okay, let's see. We need the number of ways to choose the committee. "
    "There are two cases to consider, and we handle each of them separately. "
    "In the first case the chair is a woman, so we count the remaining seats. "
    "Let me double-check the arithmetic before moving on to the second case."
)
ZH_SENT = "这个问题的关键是先求出所有可能的组合数。"
ZH = "好的，我们来分析这个问题。首先求出所有组合的个数，然后减去不合要求的情况。所以答案是十。"
ES_SENT = "Por la tarde, haremos una excursión por los alrededores del refugio con los niños."
DE_SENT = "Die Wiener Allee endete als Fahrstraße im Tiroler Ring, dahinter lagen Wiesen."
RU_SENT = "Нам оплачивали плюс за ночи, а если приходилось работать в ночь, всю смену."

"""Which currency an answer names, so that `5 €` is never taken for `\\$5`.

Normalisation drops currency signs and codes (`\\$1,500`, `1500 USD`, `₩1,500` are the number), so
two answers in different currencies would compare as equal numbers. `currencies` gives the
currencies each side may be in; when both name one and no currency fits both, the row is `unknown`
(`unknown_unit`): without an exchange rate the judge cannot say whether the amounts agree, and
rewarding the right number in the wrong currency is no answer either. A sign shared by several
currencies stands for all of them (`$` for every dollar, `¥` for yen and yuan).

`money_forms` writes the subunits (pence, paise, euro cents after a sign) in the words the unit
rules read, before the amounts are compared.
"""

from __future__ import annotations

import re

_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"})
_MARKS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = tuple(
    (re.compile(pattern, re.I if pattern.islower() else 0), frozenset(codes))
    for pattern, codes in (
        (r"\bUS\$|\bUSD\b", {"USD"}),
        (r"\bC\$|\bCAD\b", {"CAD"}),
        (r"\bA\$|\bAUD\b", {"AUD"}),
        (r"\bNZ\$|\bNZD\b", {"NZD"}),
        (r"\bHK\$|\bHKD\b", {"HKD"}),
        (r"\bS\$|\bSGD\b", {"SGD"}),
        (r"\bNT\$|\bTWD\b", {"TWD"}),
        (r"(?<![A-Za-z])\\?\$(?=\s*-?\d)|(?<=\d)\s*\\?\$|\bDollars?\b", _DOLLARS),
        (r"\bdollars?\b", _DOLLARS),
        (r"€|\\euro\b|\bEUR\b", {"EUR"}),
        (r"\beuros?\b", {"EUR"}),
        (r"£|\\pounds\b|\bGBP\b|\bpence\b", {"GBP"}),
        (r"¥|￥", {"JPY", "CNY"}),
        (r"\bJPY\b|円", {"JPY"}),
        (r"\byen\b", {"JPY"}),
        (r"\bCNY\b|\bRMB\b|元", {"CNY"}),
        (r"\byuan\b|\brenminbi\b", {"CNY"}),
        (r"₹|\bINR\b", {"INR"}),
        (r"\brupees?\b|\bR[se]\.?(?=\s*\d)|\bpais[ae]\b", {"INR", "PKR", "LKR", "NPR"}),
        (r"₩|\bKRW\b|원", {"KRW"}),
        (r"₽|\bRUB\b|руб", {"RUB"}),
        (r"₺|\bTRY\b", {"TRY"}),
        (r"₫|\bVND\b|đồng", {"VND"}),
        (r"₱|\bPHP\b", {"PHP"}),
        (r"\bphp\b|\bpesos?\b|\bcentavos?\b", {"PHP", "MXN", "COP", "CLP", "ARS", "UYU", "DOP"}),
        (r"฿|\bTHB\b|บาท|สตางค์", {"THB"}),
        (r"\bbaht\b|\bsatang\b", {"THB"}),
        (r"৳|\bBDT\b", {"BDT"}),
        (r"\btaka\b|\bpoisha\b", {"BDT"}),
        (r"টাকা|পয়সা", {"BDT", "INR"}),  # in West Bengal the rupee is টাকা too
        (r"\bpiastres?\b", {"EGP"}),
        (r"₦|\bNGN\b|\bnaira\b", {"NGN"}),
        (r"\bCHF\b", {"CHF"}),
        (r"\bkr\b|\bkron[aeo]r?\b|\b[öø]re\b|\b(?:SEK|NOK|DKK)\b", {"SEK", "NOK", "DKK"}),
    )
)
_HINT = re.compile(
    r"[$€£¥￥₹₩₽₺₫₱₦円元원руđ]|[A-Z]{3}|R[se]|\\euro|\\pounds|dollar|euro|yen|yuan|rupee|naira|pence"
    r"|pais|kr|re\b|peso|centavo|php|baht|satang|taka|poisha|piastre|฿|৳|บาท|สตางค์|টাকা|পয়সা"
)


def currencies(text: str) -> frozenset[str] | None:
    """The currencies an answer may be in (the intersection of what its marks allow), or None
    when it names none."""
    if not _HINT.search(text):
        return None
    found: frozenset[str] | None = None
    for pattern, codes in _MARKS:
        if pattern.search(text):
            found = codes if found is None else found & codes
    return found


# `Rs. 60 and 70 P`, `₹ 21 and 5 p`, `Rs. 101 and 25 paise`: rupees and paise after one sign
_RUPEES_AND_PAISE = re.compile(
    r"\s*(?:₹|\bR[se]\.?|INR)\s*(\d+)\s*(?:and\s*)?(\d{1,2})\s*(?:p|P|paise|paisa)\.?\s*"
)
# a pound or rupee sign, or the word rupee: a bare `p` after a number beside it is pence or paise
MAIN_AND_SUB = re.compile(r"£|₹|\bR[se]\.?(?=\s*\d)|rupee")


_POUNDS = re.compile(r"\bpounds?\b")  # beside a pound sign, money (the dollar row: 100 pence)
_SIGN_AND_CENTS = re.compile(r"(?:£\s*[\d.]+\s*p|(?:\\?\$|€)\s*[\d.,]+\s*(?:cents?|ct|c))\b")
_PENCE = re.compile(r"\s*(-?\d+(?:\.\d+)?)\s*p\.?\s*")  # `297p` beside a pound sign
_SIGN_AFTER = re.compile(r"(?<=\d)\s*€(?=\s|$)")  # `3,2 €`: a sign after the number


def _subunits(answer: str) -> str:
    """`Rs. 60 and 70 P` -> `60 rupee 70 paise` (one amount in two units), `297p` -> `297 pence`;
    anything else as it is."""
    m = _RUPEES_AND_PAISE.fullmatch(answer)
    if m is not None:
        return f"{m[1]} rupee {m[2]} paise"
    m = _PENCE.fullmatch(answer)
    return answer if m is None else f"{m[1]} pence"


def money_forms(pred: str, ref: str) -> tuple[str, str] | None:
    """Both answers with their money in the words the unit rules read (`curate.judges.math.quantity`
    has one money dimension, a main unit and its hundredth): a euro sign after the number as the
    word, pence or paise beside a pound or rupee sign, `3 pounds` beside a pound sign as money.
    None when the answer puts a currency sign and cents on one number (`£74p`, `\\$30 cents`),
    which names no amount."""
    if _SIGN_AND_CENTS.search(pred):
        return None
    if "€" in pred or "€" in ref:
        pred, ref = _SIGN_AFTER.sub(" euro", pred), _SIGN_AFTER.sub(" euro", ref)
    if MAIN_AND_SUB.search(pred) or MAIN_AND_SUB.search(ref):
        pred, ref = _subunits(pred), _subunits(ref)
    if "£" in pred or "£" in ref:
        pred, ref = _POUNDS.sub("dollars", pred), _POUNDS.sub("dollars", ref)
    return pred, ref


# ISO 4217 codes of the most traded and most populous countries' currencies
_ISO_CODES = (
    "USD|EUR|GBP|INR|JPY|CNY|RMB|KRW|TRY|RUB|BRL|MXN|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|CZK"
    "|HUF|SGD|HKD|TWD|IDR|MYR|THB|VND|PHP|PKR|BDT|NGN|ZAR|EGP|SAR|AED|ILS|UAH|KZT|ARS|CLP|COP|PEN"
)
# `US$ 46`, `R$ 12,50`: a dollar sign with a country's letters before a number; a currency sign;
# an ISO code (the most common anywhere, the others next to a number: `KRW 500`, not `CAD`)
CURRENCY_SIGNS = re.compile(
    r"\b(?:US|[ACRS]|NZ|HK|NT)\$(?=\s*\d)|\b(?:RM|Rp)\.?(?=\s*\d)|\\\$|\$|\\euro|\\pounds"
    r"|[€£¥₹₩₺₽₫₱₴₦฿₪₸₼₾₡₵₲₭₮¢]"
    r"|\b(?:USD|EUR|GBP|INR|JPY|CNY|RMB)\b|\bR[se]\.?(?=\s*\d)"
    rf"|\b(?:{_ISO_CODES})\b(?=\s*-?\d)|(?<=\d)\s*(?:{_ISO_CODES})\b"
)
CURRENCY_HINT = re.compile(r"[$€£¥₹₩₺₽₫₱₴₦฿₪₸₼₾₡₵₲₭₮¢]|[A-Z]{3}|R[Mpse]|\\euro|\\pounds")
# rupiah are written with dots between thousands and never with cents (`Rp 100.000`, `Rp. 7.500`)
_RUPIAH = re.compile(r"(\bRp\.?\s*)(\d{1,3}(?:\.\d{3})+)(?![\d.,])")


def rupiah_groups(s: str) -> str:
    """`Rp 100.000` -> `Rp 100000`: the dots of a rupiah amount group its thousands."""
    return _RUPIAH.sub(lambda m: m[1] + m[2].replace(".", ""), s) if "Rp" in s else s

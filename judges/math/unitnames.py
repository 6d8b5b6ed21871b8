"""Names of units in words, each with the symbol it stands for and a scale (`litre` -> `1 L`,
`minute` -> `60 s`, `mph` -> `1 mi/h`), and SI prefix words before a name (`kilohms`,
`milliamps`, `microvolts`); seconds to weeks also in French, German, Spanish, Italian,
Portuguese and Dutch (`heures`, `Sekunden`), and euro cents (`ct`). Read by `quantity`, which
knows what the symbols measure (one money dimension: `curate.judges.math.currency` keeps two
currencies apart first)."""

from __future__ import annotations

NAMES: dict[str, str] = {
    "min": "60 s",
    "h": "3600 s",
    "hr": "3600 s",
    "ohm": "1 Ω",
    "ml": "1 mL",
    "l": "1 L",
    "米": "1 m",
    "厘米": "1 cm",
    "毫米": "1 mm",
    "千米": "1 km",
    "公里": "1 km",
    "克": "1 g",
    "千克": "1 kg",
    "公斤": "1 kg",
    "秒": "1 s",
    "分钟": "60 s",
    "小时": "3600 s",
    "升": "1 L",
    "毫升": "1 mL",
}
_METRIC = ("meter", "m"), ("metre", "m"), ("gram", "g"), ("second", "s"), ("liter", "L")
for _word, _sym in (*_METRIC, ("litre", "L")):  # and every prefix word: `hectogram`, `decilitre`
    for _pre, _p in (("", ""), ("kilo", "k"), ("hecto", "h"), ("deca", "da"), ("deka", "da")):
        NAMES[_pre + _word] = f"1 {_p}{_sym}"
    for _pre, _p in (("deci", "d"), ("centi", "c"), ("milli", "m"), ("micro", "µ")):
        NAMES[_pre + _word] = f"1 {_p}{_sym}"
for _word, _sym in (("newton", "N"), ("joule", "J"), ("watt", "W"), ("volt", "V")):
    NAMES[_word] = f"1 {_sym}"
for _word, _sym in (("ampere", "A"), ("amp", "A")):
    NAMES[_word] = f"1 {_sym}"
NAMES |= {"minute": "60 s", "hour": "3600 s", "kilojoule": "1 kJ", "degree": "1 °"}
# customary measures of capacity, in pints (`quantity` keeps them apart from litres)
NAMES |= {"cup": "1/2 pt", "pint": "1 pt", "quart": "2 pt", "qt": "2 pt", "gallon": "8 pt"}
NAMES |= {"gal": "8 pt"}
NAMES |= {"inch": "1 in", "inche": "1 in", "foot": "1 ft", "feet": "1 ft", "yard": "1 yd"}
NAMES |= {"mile": "1 mi", "pound": "1 lb", "lbs": "1 lb", "ounce": "1 oz"}
NAMES |= {"sec": "1 s", "day": "86400 s", "week": "604800 s", "milliliter": "1 mL"}
NAMES |= {"fortnight": "1209600 s", "tonne": "1 t", "ℓ": "1 L"}
NAMES |= {"millilitre": "1 mL", "mole": "1 mol", "hertz": "1 Hz", "pascal": "1 Pa"}
NAMES |= {"kelvin": "1 K", "coulomb": "1 C", "kilowatt": "1 kW", "kilovolt": "1 kV", "deg": "1 °"}
NAMES |= {"radian": "1 rad", "mph": "1 mi/h", "kph": "1 km/h"}
NAMES |= {"dollar": "1 dollar", "cent": "0.01 dollar", "usd": "1 dollar", "micron": "1 µm"}
NAMES |= {"pence": "0.01 dollar", "penny": "0.01 dollar", "pennies": "0.01 dollar"}
NAMES |= {
    "month": "1 mo",
    "year": "12 mo",
    "yr": "12 mo",
    "decade": "120 mo",
    "century": "1200 mo",
}
NAMES |= {"Nm": "1 N*m", "Ncm": "1 N*cm", "molar": "1 mol/L"}  # newton metres glued; molar
NAMES |= {"Wh": "3600 J", "kWh": "3600 kJ", "kwh": "3600 kJ", "Ah": "3600 C", "mAh": "3600 mC"}

# seconds to weeks in French, German, Spanish, Italian, Portuguese and Dutch (lower case, as
# looked up; a plural that is not the name and an `s` is listed too)
for _scale, _names in (
    ("1 s", "seconde seconden sekunde sekunden segundo secondo secondi"),
    ("60 s", "minuten minuto minuti minuut"),
    ("3600 s", "heure stunde stunden hora ore uur uren"),
    ("86400 s", "jour tag tage día dia giorno giorni dagen"),  # `dag` is a decagram
    ("604800 s", "semaine woche wochen semana settimana settimane weken"),
):
    NAMES |= dict.fromkeys(_names.split(), _scale)
NAMES |= {"ct": "0.01 dollar", "euro": "1 dollar"}
NAMES |= {"rupee": "1 dollar", "paise": "0.01 dollar", "paisa": "0.01 dollar"}
NAMES |= {"kr": "1 dollar", "krona": "1 dollar", "kronor": "1 dollar", "krone": "1 dollar"}
NAMES |= {"kroner": "1 dollar", "öre": "0.01 dollar", "øre": "0.01 dollar", "fps": "1 ft/s"}
# Turkish lira and kuruş, Polish złoty and grosz, Russian roubles and Ukrainian hryvnias with
# their kopecks, in the forms numbers decline them to (`9tl 40krş`, `5 zł 20 gr`, `3 руб. 50 коп.`)
for _scale, _names in (
    ("1 dollar", "lira tl złoty zł złote złotych рубль рубля рублей руб гривня гривні гривень грн"),
    ("0.01 dollar", "kuruş krş grosz grosze groszy gr копейка копейки копеек коп копійка копійки"),
    ("0.01 dollar", "копійок"),
):
    NAMES |= dict.fromkeys(_names.split(), _scale)
# Vietnamese (`0,3 tấn`, `45 giờ`) and Japanese katakana (`1平方メートル`) names; the hectare
NAMES |= {"tấn": "1000 kg", "tạ": "100 kg", "yến": "10 kg", "giờ": "3600 s", "phút": "60 s"}
NAMES |= {"giây": "1 s", "ngày": "86400 s", "tuần": "604800 s", "mét": "1 m", "lít": "1 L"}
NAMES |= {"tháng": "1 mo", "năm": "12 mo"}  # after a number, `năm` is a year (alone, five)
NAMES |= {
    "メートル": "1 m",
    "センチメートル": "1 cm",
    "ミリメートル": "1 mm",
    "キロメートル": "1 km",
}
NAMES |= {"グラム": "1 g", "キログラム": "1 kg", "リットル": "1 L", "ミリリットル": "1 mL"}
NAMES |= {"ha": "10000 m*m", "hectare": "10000 m*m"}
# Indonesian and Malay, Turkish and Russian names of times, and Russian tonnes and centners
# (`0,5 jam`, `30 menit`, `2 saat`, `120 мин` against `2 часа`, `6 т 3 ц`), with the plural
# forms Russian declines them to
for _scale, _names in (
    ("1 s", "detik saniye секунда секунды секунд сек"),
    ("60 s", "menit minit dakika минута минуты минут"),
    ("3600 s", "jam saat час часа часов"),
    ("86400 s", "hari gün сутки суток день дня дней"),
    ("604800 s", "minggu hafta неделя недели недель"),
    ("1 mo", "bulan ay месяц месяца месяцев"),
    ("12 mo", "tahun yıl год года лет"),
    ("1000 kg", "т"),
    ("100 kg", "ц"),
    # Ukrainian (`год` stays the Russian year), and the Russian and Ukrainian metric names with
    # their declined forms and short forms (`4 години 48 хвилин`, `60хв`, `125 см`, `3 кг`)
    ("1 s", "секунди"),
    ("60 s", "хвилина хвилини хвилин хв"),
    ("3600 s", "година години годин ч"),
    ("86400 s", "доба доби діб"),
    ("604800 s", "тиждень тижні тижнів"),
    ("1 mo", "місяць місяці місяців"),
    ("12 mo", "рік роки років"),
    ("1 m", "метр метра метров метри метрів м"),
    ("1 cm", "сантиметр сантиметра сантиметров сантиметри сантиметрів см"),
    ("1 mm", "миллиметр миллиметра миллиметров міліметр міліметри міліметрів мм"),
    ("1 dm", "дециметр дециметра дециметров дециметри дециметрів дм"),
    ("1 km", "километр километра километров кілометр кілометри кілометрів км"),
    ("1 g", "грамм грамма граммов грам грами грамів г"),
    ("1 kg", "килограмм килограмма килограммов кілограм кілограми кілограмів кг"),
    ("1 L", "литр литра литров літр літри літрів л"),
    ("1 mL", "миллилитр миллилитра миллилитров мілілітр мілілітри мілілітрів мл"),
):
    NAMES |= dict.fromkeys(_names.split(), _scale)
# Arabic and Persian names (`۲۰۰۰ متر`, `7.5 كغ`, `۲ کیلوآمپر`)
for _scale, _names in (
    ("1 m", "متر"),
    ("1 km", "کیلومتر كيلومتر كم"),
    ("1 cm", "سانتیمتر سنتيمتر سم"),
    ("1 g", "گرم غرام جرام جم"),
    ("1 kg", "کیلوگرم كيلوغرام كيلوجرام كغ كجم"),
    ("1 L", "لیتر لتر"),
    ("1 s", "ثانیه ثانية"),
    ("60 s", "دقیقه دقيقة"),
    ("3600 s", "ساعت ساعة"),
    ("1 A", "آمپر أمبير"),
    ("1 kA", "کیلوآمپر"),
    ("1 Ω", "اهم أوم"),
    # Hindi and Bengali names (`12 किलोमीटर`, `৭০০০ গ্রাম`), their short forms (`किमी`, `কিগ্রা`)
    ("1 m", "मीटर মিটার"),
    ("1 km", "किलोमीटर किमी কিলোমিটার কিমি"),
    ("1 cm", "सेंटीमीटर सेमी সেন্টিমিটার সেমি"),
    ("1 mm", "मिलीमीटर মিলিমিটার"),
    ("1 g", "ग्राम গ্রাম"),
    ("1 kg", "किलोग्राम किग्रा কিলোগ্রাম কিগ্রা"),
    ("1 L", "लीटर লিটার"),
    ("1 mL", "मिलीलीटर মিলিলিটার"),
    # Thai names and their short forms with a stop (`52.5 ม.`, `3 กก.`)
    ("1 m", "เมตร ม ม."),
    ("1 cm", "เซนติเมตร ซม ซม."),
    ("1 mm", "มิลลิเมตร มม มม."),
    ("1 km", "กิโลเมตร กม กม."),
    ("1 g", "กรัม"),
    ("1 kg", "กิโลกรัม กก กก."),
    ("1 L", "ลิตร"),
    ("1 mL", "มิลลิลิตร"),
    ("60 s", "นาที"),
    ("3600 s", "ชั่วโมง"),
    # Indonesian and Malay spellings of the metric names and their money (`2.500 mililiter`)
    ("1 cm", "sentimeter"),
    ("1 mm", "milimeter"),
    ("1 dm", "desimeter"),
    ("1 mL", "mililiter"),
    ("1 mg", "miligram"),
    ("100 g", "ons"),
    ("100 kg", "kuintal"),
    ("1 dollar", "rupiah ringgit"),
    ("0.01 dollar", "sen"),
    # pesos and centavos; Thai baht and satang; taka (Bengali's word for the rupee too) and
    # poisha; Egyptian piastres (a hundredth of a pound)
    ("1 dollar", "peso pesos baht บาท taka টাকা"),
    ("0.01 dollar", "centavo centavos satang สตางค์ পয়সা poisha piastre piastres"),
):
    NAMES |= dict.fromkeys(_names.split(), _scale)  # `473 ct`, `4 € 73 ct`: euro cents

_PREFIX_WORDS = {"kilo": "k", "mega": "M", "giga": "G", "milli": "m", "micro": "µ", "nano": "n"}
_CONTRACTED = {"kilohm": "kiloohm", "megohm": "megaohm"}


def prefixed_name(word: str) -> str | None:
    """The prefixed symbol of a prefix word before a unit's name (`kilohm` -> `kΩ`,
    `milliamp` -> `mA`), or None."""
    word = _CONTRACTED.get(word, word)
    for pre, sym in _PREFIX_WORDS.items():
        name = NAMES.get(word.removeprefix(pre)) if word.startswith(pre) else None
        if name is not None and name.startswith("1 ") and "/" not in name:
            return sym + name[2:]
    return None

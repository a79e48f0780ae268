"""Resolvers for antiquity and deep time: years, days, seasons, decades, centuries and millennia
BC or AD, and counts of thousands, millions or billions of years ago.

Years are astronomical (events.day): 44 BC is year -43, 1 BC is year 0. A century or millennium
BC is counted as its name says: the 5th century BC runs from 500 BC to 401 BC.
"""

from __future__ import annotations

from events.dates.calendar import (
    OutOfRange,
    Period,
    day,
    era_span,
    month_span,
    season_span,
    year_span,
    years_span,
)
from events.dates.resolvers.core import Context
from events.dates.vocabulary import SEASONS, month_number, ordinal_value
from events.day import AnyDay

# The era marks: "BC", "BCE", "B.C.", "B.C" (a sentence's full stop took the last dot), "B. C.";
# "AD", "A.D.", "CE", "C.E.".
# A full stop after "BC" ends the sentence; after "B.C" it is the era's own. "BC-Iraq" (a
# wire slug) is a code.
ERA_BC = r"(?P<bc>B\.\s?C\.(?:\s?E\.)?|B\.\s?C|BCE|BC)(?![a-z\d]|-[a-z])"
ERA_AD = r"(?P<ad>A\.D\.|AD|C\.E\.|CE)(?![a-z\d])"
ERA = rf"(?:{ERA_BC}|{ERA_AD})"
# A year AD with its era on either side: "AD 14", "A.D. 14", "14 AD", "14 CE".
_AD_WORD = r"(?:A\.D\.|AD|C\.E\.|CE)"
_AD_AFTER = r"\s*(?:A\.D\.?|AD|C\.E\.?|CE)(?![a-z\d])"


def _ad_year(fewest: int) -> str:
    return (
        rf"(?:{_AD_WORD}\s*(?P<year>\d{{1,4}})(?![\d,]\d)"
        rf"|(?<![\d,.])(?P<y2>\d{{{fewest},4}}){_AD_AFTER})"
    )


AD_YEAR = _ad_year(1)
# After a month or a season, a year before its era has three figures or four ("October 312
# AD"): in "August 14 AD" the 14 may be a day.
AD_YEAR_AFTER_NAME = _ad_year(3)
AD_CORE = r"^(?:ad|ce|d|e)$"  # a word every form AD holds: "AD", "CE", the "D" of "A.D."
BC_CORE = r"^(?:bce?|b)$"  # a word every form BC holds: "BC", "BCE", the "B" of "B.C."
NOT_BC = r"(?!\s*B\.?\s?C\b)"  # after an AD form: never read "the 5th century BC" as AD 400-499
_FIGURES = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5})"  # "44", "2,500", "10000"
BC_YEAR = rf"(?<![\d,.])(?P<year>{_FIGURES})(?![\d,.]\d)"
# What follows the first year of a range BC: "-493 BC", " to 241 B.C."
BC_RANGE_REST = rf"\s*(?:-|to|until|till|through|and)\s*{_FIGURES}\s*B\.?\s?C(?![a-z])"
# ... of a range AD: "-284 AD", " to 284 CE".
AD_RANGE_REST = rf"\s*(?:-|to|until|till|through|and)\s*\d{{1,4}}{_AD_AFTER}"
# Before the last year of a range AD whose era comes first: "AD 235-", "A.D. 235 to " (a
# look-behind has one width: one per era, space, count of figures and joint).
AFTER_AD_YEAR = "(?:{})".format(
    "|".join(
        rf"(?<=\b{era}{space}\d{{{figures}}}{joint})"
        for era in (r"(?:AD|CE)", r"(?:A\.D\.|C\.E\.)")
        for space in ("", r"\s")
        for figures in range(1, 5)
        for joint in ("-", r"\s-\s", r"\sto\s")
    )
)
# The two figures ending "499-93 BC", after the three or four the range opens with.
BC_SHORT_END = (
    r"(?:(?<=(?<![\d,])(?P<first>\d{3})-)|(?<=(?<![\d,])(?P<first4>\d{4})-))"
    rf"(?P<short>\d\d)\s*{ERA_BC}"
)

# Deep time: "66 million years ago", "4.5 billion years ago", "12,000 years ago", "65 Ma".
_AMOUNT = r"(?<![\d,.])(?P<{}>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)"
_THOUSANDS = r"(?<![\d,.])(?P<count>\d{1,3}(?:,\d{3})+|\d{4,})"  # "5 years ago" is news
_SCALE = r"(?P<scale>thousand|million|billion)"
DEEP_TIME = (
    rf"(?:{_AMOUNT.format('amount')}[\s-]+{_SCALE}\s+years?\s+ago"
    rf"|{_THOUSANDS}\s+years?\s+ago"
    rf"|{_AMOUNT.format('short')}\s?(?-i:(?P<abbr>ka|Ma|Ga|kya|mya|bya)))(?![\w-])"
)
SCALES = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "ka": 10**3,
    "kya": 10**3,
    "ma": 10**6,
    "mya": 10**6,
    "ga": 10**9,
    "bya": 10**9,
}
DEEP_PRECISION = {10**3: "thousand years", 10**6: "million years", 10**9: "billion years"}
DEEP_TIMEX = {10**3: "KA", 10**6: "MA", 10**9: "GA"}  # TIMEX2's marks; TIMEX3 has none


def year_bc(g: dict, ctx: Context) -> Period:
    """ "44 BC", "44 BCE", "44 B.C.": year -43."""
    return year_span(_bc(g["year"]))


def year_ad(g: dict, ctx: Context) -> Period:
    """ "AD 79", "79 AD", "A.D. 79", "79 CE"; there is no year 0 AD."""
    return year_span(_ad(g))


def year_bc_short_end(g: dict, ctx: Context) -> Period:
    """ "93 BC" of "499-93 BC": 493 BC."""
    return year_span(_bc(later_short_year(g["first"] or g["first4"], g["short"], bc=True)))


def later_short_year(first: str, short: str, *, bc: bool) -> str:
    """The year a second part with fewer figures names: it takes the first's leading figures
    when that makes it later ("499-93 BC": 493 BC; "AD 235-84": AD 284), else it is as
    written ("1200-50 BC": 1250 BC would be earlier, so 50 BC)."""
    if len(short) >= len(first):
        return short
    padded = first[: len(first) - len(short)] + short
    later = int(padded) < int(first) if bc else int(padded) > int(first)
    return padded if later else short


def day_ad(g: dict, ctx: Context) -> Period:
    """ "19 August AD 14", "August 19, AD 14", "28 October 312 CE"."""
    when = day(_ad(g), month_number(g["month"]), int(g["day"]))
    return when, when


def month_ad(g: dict, ctx: Context) -> Period:
    """ "October AD 312"."""
    return month_span(_ad(g), month_number(g["month"]))


def season_ad(g: dict, ctx: Context) -> Period:
    """ "the summer of AD 9"."""
    return season_span(_ad(g), SEASONS[g["season"].lower()])


def day_bc(g: dict, ctx: Context) -> Period:
    """ "March 15, 44 BC", "15 March 44 BC"."""
    when = day(_bc(g["year"]), month_number(g["month"]), int(g["day"]))
    return when, when


def month_bc(g: dict, ctx: Context) -> Period:
    return month_span(_bc(g["year"]), month_number(g["month"]))


def season_bc(g: dict, ctx: Context) -> Period:
    """ "the summer of 218 BC"."""
    return season_span(_bc(g["year"]), SEASONS[g["season"].lower()])


def decade_bc(g: dict, ctx: Context) -> Period:
    """ "the 40s BC": 49 to 40 BC; "the 200s BC" is said of a whole century, 299 to 200 BC."""
    first = int(g["dec"]) * 10  # the decade's name: its latest year, counted BC
    if first == 0:
        raise OutOfRange("the 0s BC are not a decade (there is no year 0 BC)")
    width = 100 if first % 100 == 0 else 10
    return (*era_span(_bc(first + width - 1), _bc(first)), "century" if width == 100 else "decade")


def century(g: dict, ctx: Context) -> Period:
    """ "the 5th century BC": 500 to 401 BC; "the 1st century AD": AD 1 to 99, as "the 21st
    century" is 2000 to 2099."""
    return _ordinal_period(g, 100, "century")


def millennium(g: dict, ctx: Context) -> Period:
    """ "the 3rd millennium BC": 3000 to 2001 BC; "the first millennium AD": AD 1 to 999."""
    return _ordinal_period(g, 1000, "millennium")


def centuries(g: dict, ctx: Context) -> Period:
    """ "the 5th and 4th centuries BC": 500 to 301 BC, in either order."""
    first = century(g, ctx)
    second = century({**g, "ord": g["ord2"]}, ctx)
    return min(first[0], second[0]), max(first[1], second[1])


def centuries_value(g: dict, start: AnyDay) -> str:
    """The two centuries as a TimeML interval, earlier first: "BC04/BC03", "17/18"."""
    numbers = sorted((ordinal_value(g["ord"]), ordinal_value(g["ord2"])), reverse=bool(g["bc"]))
    if g["bc"]:
        return "/".join(f"BC{number - 1:02d}" for number in numbers)
    return "/".join(f"{number - 1:02d}" for number in numbers)


def _ordinal_period(g: dict, width: int, name: str) -> Period:
    number = ordinal_value(g["ord"])
    if g.get("bc"):
        if not 1 <= number <= 10**7:
            raise OutOfRange(f"the {g['ord']} {name} BC is not a {name} of the calendar")
        return era_span(_bc(number * width), _bc((number - 1) * width + 1))
    if not 1 <= number <= 10_000 // width:
        raise OutOfRange(f"the {g['ord']} {name} is outside the years AD 1 to 9999")
    return years_span((number - 1) * width, width)


def deep_time(g: dict, ctx: Context) -> Period:
    """So many years before publication (never the story's time: the years are counted from
    the writer's present), one unit of the last figure given wide, centred: "66 million years
    ago" is a million years wide, "4.5 billion" a hundred million."""
    years, scale = _deep_amount(g)
    width = min(_last_figure(years), scale)
    first = ctx.publication.year - years - width // 2
    return (*era_span(first, first + width - 1), DEEP_PRECISION[_unit(years, scale)])


def deep_time_value(g: dict, start: AnyDay) -> str:
    """TIMEX2's value for years before present: "MA66", "GA4.5", "KA12"."""
    years, scale = _deep_amount(g)
    unit = _unit(years, scale)
    amount = f"{years / unit:.9f}".rstrip("0").rstrip(".")
    return f"{DEEP_TIMEX[unit]}{amount}"


def bc_timex(start: AnyDay, precision: str) -> str:
    """TimeML's value of a period that begins in a year BC: "BC0044", "BC0044-03-15", "BC04" for
    the 5th century BC (the 400s BC), "BC004" for the 40s BC, "BC2" for the 3rd millennium BC."""
    named = 1 - start.year  # the year as written with BC
    if precision in ("decade", "century", "millennium"):
        digits = {"decade": 3, "century": 2, "millennium": 1}[precision]
        return f"BC{(named - 1) // 10 ** (4 - digits):0{digits}d}"
    year = f"BC{named:04d}"
    if precision == "month":
        return f"{year}-{start.month:02d}"
    if precision == "day":
        return f"{year}-{start.month:02d}-{start.day:02d}"
    if precision == "season":
        season = "WI" if start.month in (12, 1, 2) else ("SP", "SU", "FA")[start.month // 3 - 1]
        return f"{year}-{season}"
    return year


def _ad(g: dict) -> int:
    """The year of a year written AD, either side of its era."""
    number = int(g.get("year") or g["y2"])
    if not 1 <= number <= 9999:
        raise OutOfRange(f"AD {number} is outside the years AD 1 to 9999")
    return number


def _bc(text: str | int) -> int:
    """The astronomical year of a year written BC: 44 -> -43, 1 -> 0."""
    number = int(str(text).replace(",", ""))
    if number < 1:
        raise OutOfRange("there is no year 0 BC (1 BC is followed by AD 1)")
    return 1 - number


def _deep_amount(g: dict) -> tuple[int, int]:
    """The years ago and the unit they were said in (1,000, a million or a billion)."""
    if g.get("count"):
        return int(g["count"].replace(",", "")), 10**3
    scale = SCALES[(g.get("scale") or g["abbr"]).lower()]
    amount = (g.get("amount") or g["short"]).replace(",", "")
    whole, _, decimals = amount.partition(".")
    years = int(whole) * scale + int(decimals or "0") * scale // 10 ** len(decimals)
    if years <= 0:
        raise OutOfRange(f"{amount} {g.get('scale') or g['abbr']} ago is no time ago")
    return years, scale


def _unit(years: int, scale: int) -> int:
    """Thousands, millions or billions: the largest not above the amount (at least `scale`)."""
    return max([unit for unit in DEEP_TIMEX if unit <= years] or [scale])


def _last_figure(years: int) -> int:
    """The place of the last figure that is not 0: 12,000 -> 1,000; 4,500,000,000 -> 10^8."""
    place = 1
    while years % (place * 10) == 0:
        place *= 10
    return place

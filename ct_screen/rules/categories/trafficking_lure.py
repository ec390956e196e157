"""Trafficking lures: young women recruited for hostess, club, dancer or model work abroad.

Each part is a weak signal alone, and other categories read each part: an age
or looks requirement (``appearance_requirement``), a job abroad with the flights
paid (``work_abroad_lure``). Together they are the recruitment profile that
anti-trafficking red-flag lists (NGOs, embassies, the UNODC) describe for
sexual exploitation: "young ladies 18-25 wanted as hostesses in Dubai, flights,
visa and apartment paid". Fitted on job-board and social data, the parts get
almost no weight (the data hold few such posts), and the whole scored ``low``
("We are NOT a scam ... young ladies 18-25 ... hostesses in Dubai, flights, visa
and apartment all paid ... DM me"). This category is the combination, and its
evidence is strong by itself: it may lift a post to ``review`` alone.

Castings by modelling agencies (a portfolio, a booker, digitals), au pair
programmes and students' placements are left alone.
"""

from __future__ import annotations

from ..base import Rule
from ..checks import patterns_near
from ..patterns import SHARED, any_of, trie_any_of, warnings

CATEGORY = "trafficking_lure"
DESCRIPTION = ("Recruits young women or girls for hostess, club, dancer, massage or model work abroad, or abroad "
               "with travel paid: the recruitment profile of sex trafficking.")
REASON = "recruits young women for hostess, club or model work abroad, the recruitment profile of sex trafficking"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WOMEN = r"(?:girls?|ladies|lady|women|woman|females?)"
_ABROAD = trie_any_of(
    "abroad", "overseas", "outside the country", "dubai", "abu dhabi", "uae", "qatar", "doha", "saudi", "riyadh",
    "jeddah", "kuwait", "bahrain", "oman", "muscat", "lebanon", "beirut", "jordan", "amman", "turkey", "istanbul",
    "antalya", "cyprus", "greece", "athens", "malaysia", "kuala lumpur", "singapore", "thailand", "bangkok",
    "pattaya", "japan", "tokyo", "macau", "macao", "hong kong", "china", "korea", "seoul", "russia", "moscow",
    "europe", "italy", "spain", "germany", "poland", "london", "paris", "canada", "mexico", "cancun", "usa",
    "america", "new york", "las vegas", "miami",
)
_ROLE = trie_any_of(
    "hostess", "hostesses", "hostessing", "dancer", "dancers", "dancing", "model", "models", "modelling",
    "modeling", "massage", "masseuse", "masseuses", "spa", "club", "clubs", "nightclub", "night club", "lounge",
    "vip", "karaoke", "bar", "bars", "escort", "escorts", "companion", "companions", "entertainer", "entertainers",
    "entertainment", "waitress", "waitresses", "promo girl", "promo girls",
)
_TRAVEL = r"(?:flights?|tickets?|air\s?tickets?|visas?|travel|accommodation|apartment|housing|transport)"
_PAID = r"(?:paid|free|covered|included|provided|sponsored|arranged|on\sus)"
_TRAVEL_PAID = (rf"\b(?:{_TRAVEL}(?:[\s,&+]{{1,3}}(?:and\s)?\w{{1,15}}){{0,4}}[\s,]{{1,3}}(?:all\s|fully\s|are\s|is\s"
                rf"|will\sbe\s|100%\s)?{_PAID}|(?:free|paid)\s{_TRAVEL})\b")

V = SHARED.extend(
    women=_WOMEN,
    age_range=r"(?:1[6-9]|2\d)\s{0,2}(?:-|to|\u2013)\s{0,2}(?:1[8-9]|2\d|3[0-5])",
    young=r"(?:young|pretty|beautiful|attractive|slim|sexy|hot|cute|fresh|teen|teenage)",
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`)."""

RULES = (
    Rule(
        id="CT300", category=CATEGORY, name="young-women-abroad", severity="high", weight=0.6,
        patterns={
            "young-women": V(r"\b{young}\s{women}\b"),
            "women-age-range": V(r"\b{women}\s{0,3}(?:(?:aged?|ages|between|from|of)\s{0,3})?{age_range}\b"),
            "age-range-women": V(r"\b{age_range}\s{0,3}(?:years?\s{0,2}(?:old\s{0,2})?|yrs?\s{0,2})?{women}\b"),
        },
        check=patterns_near("abroad-and-role-or-travel-paid", (_ABROAD, rf"{_ROLE}|{_TRAVEL_PAID}"), reach=300),
        exclude=(warnings("never ask", "report", "red flag", "red flags", "trafficking", "traffickers", "exploitation",
                          "victims"),
                 any_of("au pair", "au-pair", "aupair", "portfolio", "comp card", "digitals", "mother agency",
                        "booker", "bookers", "casting", "castings", "playing age", "for women aged", "women's",
                        "refuge", "shelter", "students", "student", "internship", "internships", "scholarship",
                        "graduates", "in engineering", "in tech", "in stem", "in science")),
        context=300,
        explanation=("Recruits young women or girls ('young ladies', 'girls 18-25') for hostess, club, dancer, "
                     "massage or model work abroad, or for a job abroad with flights, visa or housing paid: each "
                     "part is common, together they are the recruitment profile of sex trafficking."),
        examples=(
            "Looking for young ladies 18-25 to work as hostesses in Dubai, flights and visa paid.",
            "Girls 18-24 wanted for VIP lounge in Istanbul, good salary, free ticket.",
            "Pretty girls needed for a club in Cyprus, accommodation provided, no experience.",
            "Hiring 19-26 year old ladies for massage spa in Bangkok, air ticket covered.",
        ),
        counter_examples=(
            "Au pair for a family in Madrid, young women 18-26 welcome, flights paid.",
            "Models 18-25 for a casting in Milan, send your portfolio to our booker.",
            "Beware: traffickers offer young women 18-25 hostess jobs in Dubai with flights paid.",
            "Young women in tech meetup in London, free entry, drinks provided.",
            "Bar staff wanted for our pub in York, 18+ only.",
        ),
    ),
)

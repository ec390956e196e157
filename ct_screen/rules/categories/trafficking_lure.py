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

The second lure is closer to home: a private man ("wealthy businessman",
"gentleman", "CEO") wants a young woman as his personal assistant, secretary or
travel companion, with an allowance and photos asked for. Fraud and
anti-trafficking advice names it: no real employer asks a personal assistant's
sex and age, or for pictures. A woman's personal assistant for personal care
(a disabled person's PA, a carer) is left alone.

The third is forced criminality: "customer service", "typing", "online
casino" or "online sales" jobs in Cambodia, Myanmar, Laos or Thailand with the
flight and housing paid, no experience needed and a contact on Telegram.
UNODC, Interpol and embassies warn that recruits are taken to guarded scam
compounds and made to run online fraud. A hotel's or a school's relocation
package for a skilled post is left alone.

The fourth is the "lover boy": a man who courts a young woman online or in a
club, then asks her to come and live with him abroad, promises her a job there
(at "my friend's club") and asks for her passport or a copy of it, often telling
her to keep it from her family. Europol, the IOM and anti-trafficking NGOs name
it as the most common way women are recruited into forced prostitution in
Europe. The invitation, the job promise and the passport (or the secrecy) must
all be there: a couple moving abroad together is left alone.
"""

from __future__ import annotations

from ..base import Rule
from ..checks import patterns_near
from ..patterns import SHARED, any_of, trie_any_of, warnings

CATEGORY = "trafficking_lure"
DESCRIPTION = ("Matches a recruitment profile of human trafficking: young women for hostess, club, dancer, massage "
               "or model work abroad or as a private man's 'assistant', or 'customer service' and 'online casino' "
               "jobs in South-East Asia with the travel paid (forced work in scam compounds), or a man's invitation "
               "to live with him abroad with a job promised and her passport asked for ('lover boy').")
REASON = "matches a recruitment profile of human trafficking"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WOMEN = r"(?:girls?|ladies|lady|women|woman|females?)"
_ABROAD_WORDS = (
    "abroad", "overseas", "outside the country", "dubai", "abu dhabi", "uae", "qatar", "doha", "saudi", "riyadh",
    "jeddah", "kuwait", "bahrain", "oman", "muscat", "lebanon", "beirut", "jordan", "amman", "turkey", "istanbul",
    "antalya", "cyprus", "greece", "athens", "malaysia", "kuala lumpur", "singapore", "thailand", "bangkok",
    "pattaya", "japan", "tokyo", "macau", "macao", "hong kong", "china", "korea", "seoul", "russia", "moscow",
    "europe", "italy", "spain", "germany", "poland", "london", "paris", "canada", "mexico", "cancun", "usa",
    "america", "new york", "las vegas", "miami",
)
_ABROAD = trie_any_of(*_ABROAD_WORDS)
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

_WARNING_WORDS = ("never ask", "report", "red flag", "red flags", "trafficking", "traffickers", "exploitation", "victims")
"""Besides the shared warning vocabulary: an anti-trafficking notice names the lure it warns about."""
_WARNING = warnings(*_WARNING_WORDS)

_PRIVATE_MAN = trie_any_of(
    "businessman", "business man", "businessmen", "gentleman", "gentlemen", "wealthy", "rich man", "rich men",
    "millionaire", "billionaire", "high net worth", "high-net-worth", "sugar daddy", "sugar baby", "vip client",
    "vip clients", "allowance", "weekly allowance", "monthly allowance", "send your photos", "send your photo",
    "send your pictures", "send your picture", "send your pics", "send photos", "send pictures", "send pics",
    "send me your photos", "send me your pictures", "send me your pics", "send a selfie", "send selfies",
    "recent photos", "recent pictures", "full body photo", "full body photos", "full body picture",
)
"""Who asks, and what he offers or wants: a private, wealthy man, an allowance, photos."""
_YOUNG_AGE = (r"\b(?:under\s{1,3}(?:2[0-9]|30)|(?:1[89]|2\d)\s{0,2}(?:-|to|\u2013)\s{0,2}(?:2\d|30)\b"
              r"|(?:young|pretty|beautiful|attractive|slim|sexy|cute)\s{1,3}(?:girls?|ladies|lady|wom[ae]n|females?))")
_PERSONAL_CARE = any_of(
    "personal care", "disabled", "disability", "wheelchair", "care package", "direct payments", "support worker",
    "support workers", "carer", "carers", "care assistant", "dbs", "elderly", "my mum", "my mother", "my wife",
    "my daughter", "nursing", "women's refuge", "women only gym", "female clients",
)

_COMPOUND_PLACES = trie_any_of(
    "cambodia", "phnom penh", "sihanoukville", "poipet", "bavet", "myanmar", "burma", "myawaddy", "shwe kokko",
    "kk park", "mae sot", "laos", "golden triangle", "bokeo", "vientiane", "thailand", "bangkok",
)
_COMPOUND_ROLES = trie_any_of(
    "customer service", "customer support", "online customer service", "chat agent", "chat agents", "chat support",
    "typing job", "typing jobs", "typist", "typists", "online sales", "sales agent", "sales agents",
    "telemarketing", "telemarketer", "telemarketers", "online casino", "casino agent", "casino agents",
    "online marketing", "crypto trading", "game agent", "game agents", "data entry", "online gaming",
)
_COMPOUND_SIGNS = trie_any_of(
    "no experience", "no experience needed", "no experience required", "typing speed", "wpm", "type fast",
    "telegram", "chinese company", "high commission", "18-30", "18 to 30", "any nationality", "young people",
)
"""With the travel paid, what marks the compound lure apart from an expatriate's relocation package."""

_LOVER_ABROAD = trie_any_of(*_ABROAD_WORDS, "uk", "england", "france", "netherlands", "holland", "amsterdam",
                            "belgium", "brussels", "switzerland", "zurich", "austria", "vienna", "portugal", "lisbon",
                            "ireland", "dublin", "norway", "sweden", "denmark", "another country")
_JOB_PROMISE = (r"\b(?:i(?:'ll|\swill|\scan|\shave|\sgot)?\s(?:find|get|arrange|sort(?:\sout)?|found|got)\s(?:you|u)\s"
                r"(?:a\s|an\s|some\s|good\s|nice\s|easy\s|well\spaid\s){0,2}(?:job|work)|(?:a\s)?(?:job|work)\s(?:is\s)?"
                r"(?:waiting|ready)\sfor\s(?:you|u)|my\s(?:friend|cousin|uncle|brother|boss|mate)(?:'s|s)?\s(?:club|bar"
                r"|restaurant|hotel|salon|spa|shop|company|business|massage)|(?:you|u)\s(?:can|could|will)\swork\s(?:at|in"
                r"|for|with)\s(?:my|his|her)\b)")
"""A man's promise of a job for her, at his or a friend's place."""
_PASSPORT_OR_SECRET = (r"\b(?:send|give|bring|show|whatsapp|text)\s(?:me\s|it\sto\sme\s)?(?:a\s|the\s)?(?:copy|photo|picture"
                       r"|pic|scan|page|number|details)?\s?(?:of\s)?(?:your|ur)\s(?:passport|pp|id\scard)"
                       r"|\b(?:your|ur)\spassport\s(?:copy|details|number|photo|page)"
                       r"|\b(?:don't|dont|do\snot|never|no\sneed\sto)\stell\s(?:your|ur|ya)\s(?:family|parents|mum|mom|mother"
                       r"|dad|father|friends|sister|brother)|\b(?:your|ur)\s(?:family|parents)\s(?:must|should|mustn't|don't"
                       r"|dont)\s(?:not\s)?(?:know|find\sout)")
"""His ask: her passport (or a copy of it), or to keep it from her family."""
_COMPOUND_PAID = (rf"{_TRAVEL_PAID}|\b(?:room|rooms|food|meals|board|lodging)(?:\s(?:and|&)\s\w{{1,15}})?\s(?:are\s|is\s)?"
                  rf"{_PAID}\b|\b(?:we|company|employer|boss|agency)\s(?:will\s)?(?:pay|cover|book|buy)\s(?:for\s)?"
                  rf"(?:your\s|the\s)?(?:flights?|tickets?|air\s?tickets?|visas?|travel)\b")
"""The travel or the keep paid: "free flight", "food and room free", "we pay your flight"."""

V = SHARED.extend(
    women=_WOMEN,
    female=r"(?:female|young\s(?:lady|woman|girl)|lady|girl)",
    pa_role=(r"(?:(?:personal|private|executive|travel(?:ling)?|live[\s\-]in)\s)?"
             r"(?:assistants?|pa|p\.a\.|secretary|secretaries|companions?)"),
    come_with_me=(r"\b(?:come|move|fly|travel|relocate)\s(?:over\s|out\s|here\s|away\s|abroad\s)?(?:(?:and\s)?(?:be|live"
                  r"|stay)\s)?with\sme\b|\b(?:join|meet)\sme\s(?:in|out\sin|over\sin|abroad|here)\b"
                  r"|\b(?:come|move|fly|travel|relocate)\s(?:over\s|out\s)?to\s\w{1,20}(?:\s\w{1,20})?,?\s(?:and\s)?"
                  r"(?:be|live|stay)\swith\sme\b"),
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
            # the age limit said apart: "need 5 girls for a hotel job in bahrain. ... age 18-28"
            "women-then-age-limit": V(r"\b{women}\b[^\n]{0,120}?\b(?:age|ages|aged|age\slimit)\s?:?\s?(?:between\s"
                                      r"|from\s)?{age_range}\b"),
        },
        check=patterns_near("abroad-and-role-or-travel-paid", (_ABROAD, rf"{_ROLE}|{_TRAVEL_PAID}"), reach=300),
        exclude=(_WARNING,
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
            "URGENT hiring!! Need 5 girls for a hotel job in Bahrain. Visa and ticket free. Age 18-28. Inbox now.",
        ),
        counter_examples=(
            "Au pair for a family in Madrid, young women 18-26 welcome, flights paid.",
            "Models 18-25 for a casting in Milan, send your portfolio to our booker.",
            "Beware: traffickers offer young women 18-25 hostess jobs in Dubai with flights paid.",
            "Young women in tech meetup in London, free entry, drinks provided.",
            "Bar staff wanted for our pub in York, 18+ only.",
        ),
    ),
    Rule(
        id="CT301", category=CATEGORY, name="young-woman-for-a-private-man", severity="high", weight=0.5,
        patterns={
            "female-assistant": V(r"\b{female}\s{0,3}{pa_role}\b"),
            "assistant-female-only": V(r"\b{pa_role}\b(?:\W{1,3}\w{1,20}){0,4}\W{1,3}(?:female|ladies|lady|girls?"
                                       r"|women)\s(?:only|preferred|wanted|needed|required)\b"),
            "seeks-young-woman-as-assistant": V(r"\b(?:seek(?:s|ing)?|looking\sfor|wants?|need(?:s|ing)?)\s(?:a\s)?"
                                                r"{female}\s(?:as|to\sbe|to\swork\sas)\s(?:my|his|a|an)\s"
                                                r"{pa_role}\b"),
        },
        check=patterns_near("private-man-or-young-age", (rf"{_PRIVATE_MAN}|{_YOUNG_AGE}",), reach=300),
        exclude=(_WARNING, _PERSONAL_CARE),
        context=300,
        explanation=("A private man ('wealthy businessman', 'gentleman') seeks a young woman as his personal "
                     "assistant, secretary or travel companion, with an age limit, an allowance or photos asked "
                     "for: no real employer asks a personal assistant's sex and age or for pictures; "
                     "anti-trafficking advice names this lure."),
        examples=(
            "Wealthy businessman seeks a female personal assistant, 20-28, to travel with him; allowance paid.",
            "Gentleman looking for a young lady as his PA, under 25, send recent photos.",
            "Private secretary needed, female only, for a CEO who travels; weekly allowance of 800 GBP.",
            "Rich man seeking a young woman to be my travel companion, all expenses paid, send your pics.",
        ),
        counter_examples=(
            "Female personal assistant wanted for personal care, I am a wheelchair user in Leeds, 20 hours a week.",
            "Executive assistant to our CEO, diary and travel management, salary 38k, apply with your CV.",
            "Female support worker needed for a young woman with a learning disability, DBS required.",
            "Beware: men posing as wealthy businessmen offer young women personal assistant jobs and an allowance.",
            "PA to the managing director, female or male, 25-35 hours a week, apply on our site.",
        ),
    ),
    Rule(
        id="CT302", category=CATEGORY, name="scam-compound-recruitment", severity="high", weight=0.5,
        patterns={
            "role-then-place": V(rf"{_COMPOUND_ROLES}{{gap_lines:12}}{_COMPOUND_PLACES}"),
            "place-then-role": V(rf"{_COMPOUND_PLACES}{{gap_lines:12}}{_COMPOUND_ROLES}"),
        },
        check=patterns_near("travel-paid-and-a-sign", (_COMPOUND_PAID, _COMPOUND_SIGNS), reach=300),
        exclude=(warnings(*_WARNING_WORDS, "compound", "compounds", "interpol", "unodc"),
                 any_of("tefl", "teaching", "teacher", "teachers", "relocation", "years of experience",
                        "years' experience", "degree required", "work permit provided by the school")),
        context=300,
        explanation=("Offers 'customer service', typing, online-sales or online-casino work in Cambodia, Myanmar, "
                     "Laos or Thailand with the flight or housing paid and no experience needed or a Telegram "
                     "contact: the recruitment profile of scam compounds, where recruits are held and forced to run "
                     "online fraud (UNODC, Interpol)."),
        examples=(
            "Customer service jobs in Thailand for English speakers, free flight and accommodation, no experience.",
            "Online casino agents needed in Cambodia, we pay your flight, food and room free, young people 18-30.",
            "Typing jobs in Myanmar, air ticket provided, high salary, contact on Telegram.",
        ),
        counter_examples=(
            "Guest relations manager for our hotel in Bangkok, 5 years' experience, flight and housing paid.",
            "Teach English in Cambodia: TEFL required, flight reimbursed, accommodation provided.",
            "Interpol warns about fake customer service jobs in Cambodia with free flights: report them.",
            "Customer service advisor for our Leeds office, no experience needed, full training given.",
        ),
    ),
    Rule(
        id="CT303", category=CATEGORY, name="lover-invites-abroad-for-a-job", severity="high", weight=0.5,
        patterns={"come-with-me": V(r"{come_with_me}")},
        check=patterns_near("abroad-job-promise-and-passport-or-secrecy", (_LOVER_ABROAD, _JOB_PROMISE,
                                                                           _PASSPORT_OR_SECRET), reach=300),
        exclude=(warnings(*_WARNING_WORDS, "lover boy", "lover boys", "loverboy", "loverboys", "grooming"),),
        context=300,
        explanation=("Asks her to come and live with him abroad, promises her a job there ('my friend's club') and "
                     "asks for her passport or to keep it from her family: the 'lover boy' method, which Europol and "
                     "the IOM name as a main way women are recruited into forced prostitution."),
        examples=(
            "Babe come live with me in London, my friend's club needs girls, I will find you a job there. Just send "
            "me a copy of your passport so I can book your ticket.",
            "My love, join me in Germany, I can get you work in my cousin's restaurant. Send your passport photo "
            "page and don't tell your parents yet.",
            "Come to Dubai and stay with me, baby. A job is waiting for you at my friend's hotel, send me your "
            "passport details for the visa.",
        ),
        counter_examples=(
            "Come with me to the job fair in Leeds on Saturday, my friend's company is hiring.",
            "Lover boys say: come live with me abroad, I will find you a job, send me your passport. It is "
            "trafficking: report it.",
            "Our company sponsors your visa: send a copy of your passport to HR with your application for the "
            "London office.",
            "My love, I got the job in Berlin! Come with me, we will look for work for you there together.",
        ),
    ),
)

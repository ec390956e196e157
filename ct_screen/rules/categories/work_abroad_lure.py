"""Work-abroad lures: jobs overseas with travel, visa and housing "free" or arranged.

Trafficking for labour and sexual exploitation often starts with an offer
abroad that removes every obstacle: free visa and ticket, no experience or
language needed, travel arranged, fly within days, "go on a tourist visa".
Honest employers also hire from abroad and pay for visas and flights, so a
single mention of sponsorship or paid travel is a weak signal; "free visa,
free ticket, no experience, fly next week" is not.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, trie_any_of, warnings

CATEGORY = "work_abroad_lure"
DESCRIPTION = "Lures people to a job abroad with free or arranged travel, visa and housing, or no requirements."
REASON = "lures people to a job abroad with travel or visa paid"
"""What a moderator reads when the category fires (completes "the post ...")."""

_TRAVEL = trie_any_of(
    "visa", "visas", "work visa", "working visa", "work permit", "ticket", "tickets", "air ticket", "air tickets",
    "airticket", "plane ticket", "flight", "flights", "airfare", "air fare", "air fares", "travel", "travelling",
    "traveling", "transport", "transportation", "bus", "accommodation", "accomodation", "housing", "dormitory",
    "dorm", "hostel", "lodging", "stay", "room and board", "food and accommodation", "food & accommodation",
    "relocation", "medical", "medicals", "processing", "documents", "paperwork",
)
_TRAVEL_CORE = trie_any_of(
    "visa", "visas", "work visa", "working visa", "work permit", "ticket", "tickets", "air ticket", "air tickets",
    "airticket", "plane ticket", "flight", "flights", "airfare", "air fare", "travel", "transport",
)
_PROVIDED = trie_any_of(
    "free", "paid", "provided", "sponsored", "covered", "included", "arranged", "by company", "by the company",
    "by employer", "by the employer", "by the boss", "by the agency", "by us", "by our agency", "on us",
    "on the company", "fronted", "advanced", "sorted", "taken care of", "handled", "we pay", "company pays",
    "employer pays", "we arrange", "we sponsor", "will sponsor", "will pay for", "will cover", "free of charge",
    "pay", "pays", "pays for", "pay for", "paying for", "will pay", "cover", "covers", "reimburse", "reimburses",
    "reimbursed", "refunded", "sponsor", "sponsors", "bear", "bears", "arrange", "arranges", "advance",
)
_NO_REQUIREMENTS = trie_any_of(
    "no experience", "no experience needed", "no experience required", "without experience", "no qualification",
    "no qualifications", "no qualification needed", "no degree", "no education", "no certificate",
    "no english", "no english needed", "english not required", "without english", "no language",
    "without language", "without the language", "no language needed", "no language required",
    "language not required", "no ielts", "without ielts", "ielts not required", "no ielts needed", "no age limit",
    "any age", "all ages", "no skills", "no skill", "no skills needed", "unskilled", "any nationality",
    "all nationalities", "no interview", "no exam", "no test", "no documents needed", "no id needed",
    "no passport needed", "even without passport",
)
_AIRLINE_OR_TRAVEL_TRADE = trie_any_of(
    "cabin crew", "flight attendant", "flight attendants", "pilot", "pilots", "airline", "airlines",
    "staff travel", "travel benefits", "discounted flights", "discounted travel", "travel agent", "travel agents",
    "travel consultant", "travel agency", "tour operator", "for customers", "for clients", "for our clients",
    "for guests", "guest", "guests", "book flights", "booking flights", "ticketing", "reservations",
    "business travel", "international travel", "travel desk", "% travel", "percent travel", "travel up to",
    "study abroad", "students", "immigration law", "paralegal", "visa applications", "visa application",
    "caseworker", "embassy", "consulate services", "conference", "conferences", "teachers", "teacher",
    "teaching", "esl", "tefl", "tesol", "occasional travel", "expenses paid", "travel expenses", "our offices",
    "other offices", "client site", "client sites", "business trips", "business trip", "territory",
    "flight control", "flight software", "flight test", "flight testing", "flight simulator", "flight simulation",
    "aerospace", "avionics", "travel card", "travelcard", "oyster", "commute", "commuting", "season ticket",
    "coordinator", "coordinators", "ticket restaurant", "meal tickets", "gas tickets", "event tickets", "concert", "cinema", "lottery",
    "interview travel", "travel opportunities", "some travel", "occasional", "trips", "involve travel",
    "will involve", "travel to meet", "sales trips",
)
_WARNING = warnings("fraudulent", "fraudsters", "fake", "illegal recruiters", "illegal recruiter", "unlicensed",
                    "never ask", "report")

V = SHARED.extend(
    travel_core=_TRAVEL_CORE,
    provided=_PROVIDED,
    no_requirements=_NO_REQUIREMENTS,
    # CT140
    housing_free=any_of("free accommodation", "free housing", "free dormitory", "free dorm", "free hostel",
                        "free lodging", "accommodation provided", "housing provided", "hostel provided",
                        "dormitory provided", "company hostel", "company accommodation", "live-in", "live in"),
    housing_free_more=any_of("free accommodation", "free housing", "free dormitory", "free dorm", "free hostel",
                             "free lodging", "free food and accommodation", "free room", "accommodation provided",
                             "housing provided", "hostel provided", "dormitory provided", "accommodation is provided",
                             "company hostel", "company accommodation", "live-in", "live in"),
    trip=any_of("ticket", "tickets", "air ticket", "flight", "flights", "fly", "bus", "buses", "visa", "visas", "trip",
                "journey", "transport"),
    hiring=any_of("hiring", "recruiting", "recruitment", "requirement", "required", "needed", "wanted", "vacancies",
                  "vacancy", "opportunity", "opportunities", "jobs", "job", "work", "workers", "employment",
                  "selection", "selected", "approved"),
    au_pair=any_of("au pair", "au-pair", "aupair"),
    # CT141
    free_visa=any_of("free visa", "free visas", "free work visa", "free working visa", "free ticket", "free tickets",
                     "free air ticket", "free airticket", "free flight", "free flights", "free airfare", "visa free",
                     "ticket free", "visa is free", "ticket is free", "visa and ticket free", "visa & ticket free",
                     "visa + ticket free", "ticket and visa free"),
    perks=any_of("ticket", "tickets", "air ticket", "flight", "flights", "airfare", "visa", "accommodation",
                 "accomodation", "housing", "hostel", "dormitory", "food", "feeding", "stay", "lodging", "medical",
                 "transport"),
    free_visa_and_ticket=any_of(
        "visa and ticket free", "visa & ticket free", "visa + ticket free", "visa and ticket are free",
        "ticket and visa free", "visa, ticket free", "visa and ticket provided free", "visa and flight free",
        "free visa and ticket", "free visa & ticket", "free visa and flight", "free visa, ticket", "free visa + ticket",
        "free ticket and visa", "free ticket & visa", "free flight and visa", "free flight & visa",
        "free visa free ticket", "free visa, free ticket", "free ticket, free visa", "visa and ticket fronted",
        "ticket and visa fronted", "ticket + visa fronted", "visa + ticket fronted"),
    # CT143
    arranged_fast=any_of(
        "fast deployment", "quick deployment", "immediate deployment", "fast processing", "fly this week",
        "fly this weekend", "fly next week", "fly next month", "travel this week", "travel next week",
        "leave next week", "leave next monday", "flights leave next week", "visa will be ready", "visa is ready",
        "we arrange everything", "we handle everything", "we take care of everything", "we will arrange everything",
        "we arrange all", "agency handles everything", "everything is arranged", "everything will be arranged",
        "travel arranged by us", "travel is arranged", "travel arranged", "just bring yourself", "only bring yourself",
        "bring only yourself", "bring just yourself", "just come with your passport", "only your passport",
        "you only need your passport", "all you need is your passport", "you only bring your",
        "you only need to bring", "travel now pay later", "travel now, pay later", "fly now pay later",
        "fly now, pay later", "no money needed", "no money required to travel", "meet you at the airport",
        "pick you up at the airport", "will receive you at the airport", "madam will sponsor", "oga will sponsor",
        "sponsor will pay", "sponsor everything", "sponsor you", "will sponsor your trip", "sponsor your travel"),
    # CT145
    sponsorship=any_of(
        "visa sponsorship available", "visa sponsorship provided", "visa sponsorship offered",
        "visa sponsorship is available", "we sponsor visas", "we sponsor your visa", "we will sponsor your visa",
        "will sponsor your work visa", "sponsorship available", "work permit provided", "work permit sponsored",
        "work permit arranged", "work visa provided", "work visa sponsored", "lmia approved", "lmia job",
        "lmia jobs", "with lmia", "lmia available", "tier 2 sponsorship", "skilled worker visa sponsorship",
        "h1b sponsorship", "h-1b sponsorship", "blue card sponsorship", "employer sponsored visa",
        "employer-sponsored visa", "sponsored visa", "visa processing assistance", "visa assistance",
        "visa support", "relocation and visa", "visa and relocation", "immigration agency", "migration agency",
        "immigration consultant", "immigration consultants", "migration agent", "work permit portal",
        "work permit application", "work permit process", "work permit processing"),
)
"""The terms this category's patterns are written with (on top of :data:`~ct_screen.rules.patterns.SHARED`)."""

RULES = (
    Rule(
        id="CT140", category=CATEGORY, name="job-abroad-travel-paid", severity="low", weight=0.2,
        patterns=(
            V(r"(?:{travel_core}){gap_no_neg:5}(?:{provided})"),
            V(r"(?:{provided}){gap_no_neg:3}(?:{travel_core})"),
            V(r"(?:{dest_far}){gap_lines:15}(?:(?:{travel_core}){gap:3}(?:{provided}))"),
            V(r"(?:(?:{housing_free_more})){gap_lines:15}(?:{dest_far})"),
            V(r"(?:{dest_far}){gap_lines:15}(?:{housing_free})"),
            V(r"{trip}\s{one_word}?(?:to|from|for|into)\s{one_word}?{dest}"),
            V(r"(?:{hiring}){gap:4}(?:(?:for|to)\s(?:the\s|a\s|an\s)?{dest_far})"),
            V(r"{dest_far}\s{one_word}?(?:job|jobs|work|vacancy|vacancies|position|employer|contract|visa)\b"),
            V(r"\b(?:your|the)\s(?:job|visa|file|contract|application|offer|job offer|employment|work permit)"
              r"\s(?:in|for|to|with)\s{one_word}?{dest}"),
            V(any_of("work abroad", "jobs abroad", "job abroad", "work overseas", "jobs overseas", "job overseas",
                     "overseas job", "overseas jobs", "overseas employment", "employment abroad", "ofw", "ofws",
                     "migrant workers needed")),
            V(r"(?:{au_pair}){gap:8}(?:{dest_far})"),
            V(any_of("airport pickup", "airport pick-up", "airport pick up", "pick you up at the airport",
                     "bus from the airport", "transport from the airport", "meet you at the airport",
                     "visa stamping", "visa stamp", "on arrival at the farm", "on arrival at the camp")),
        ),
        requires=(V("{dest}"), any_of("visa stamping", "consulate", "international passport", "deployment",
                                       "ofw", "ofws", "poea", "dmw", "emigration", "overseas", "abroad",
                                       "au pair", "work permit")),
        exclude=(_AIRLINE_OR_TRAVEL_TRADE, any_of("not provided", "not paid", "not included", "not covered",
                                                  "not sponsored", "unable", "cannot", "must already have",
                                                  "right to work")),
        context=80,
        explanation=("A job abroad with visa, ticket, flight or travel paid or arranged. Weak alone: honest "
                     "overseas employers do this too; it matters with other lures (no experience, free "
                     "everything, fly within days)."),
        examples=(
            "Nurses for Saudi Arabia, visa and flights paid by the employer.",
            "Factory work in Poland, transport arranged by us.",
            "Jobs in Dubai with free visa.",
            "Air ticket provided for the Qatar hotel jobs.",
        ),
        counter_examples=(
            "Cabin crew in London, discounted flights for family.",
            "Travel consultant: book flights to Spain for our customers.",
            "Visa sponsorship is not provided for this role in London.",
            "Warehouse operative in Leeds, free parking.",
        ),
    ),
    Rule(
        id="CT141", category=CATEGORY, name="free-visa-and-ticket", severity="medium", weight=0.4,
        patterns=(
            V(r"(?:{free_visa}){gap:5}(?:{perks})"),
            V(r"{free_visa_and_ticket}"),
        ),
        requires=(V("{dest}"), _NO_REQUIREMENTS, any_of("helper", "helpers", "housemaid", "housemaids",
                                                        "cleaner", "cleaners", "driver", "drivers", "waitress",
                                                        "waitresses", "factory", "farm", "warehouse", "hotel",
                                                        "caregiver", "caregivers", "nanny", "hostess",
                                                        "security guard", "security guards", "construction",
                                                        "packer", "packers", "labourer", "labourers")),
        exclude=(_AIRLINE_OR_TRAVEL_TRADE, _WARNING),
        context=80,
        explanation=("Offers a 'free' visa, ticket and housing for a job abroad: the classic bait of trafficking "
                     "and debt-bondage recruiters; honest employers state what they pay, not that it is free."),
        examples=(
            "Housemaids for Kuwait: free visa, free ticket, salary 120 KD.",
            "Cleaners for Dubai hotels, visa and ticket free.",
            "Free flight and visa for factory workers in Taiwan.",
            "W0rk in Europe: ticket + visa fronted by the boss, no experience.",
        ),
        counter_examples=(
            "Beware of fake agents offering free visa and ticket to Canada.",
            "Cabin crew enjoy free flights after probation.",
            "Free visa advice for students at our study abroad fair.",
            "Nurses for Riyadh, visa and flights paid by the employer, 2 years' experience.",
        ),
    ),
    Rule(
        id="CT142", category=CATEGORY, name="no-requirements-abroad", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:{no_requirements}){gap_lines:12}(?:{dest})"),
            V(r"(?:{dest}){gap_lines:12}(?:{no_requirements})"),
        ),
        requires=(_TRAVEL,),
        exclude=(_WARNING, any_of("work from home", "remote", "remotely", "online", "study abroad", "students",
                                  "internship", "volunteer", "volunteers", "volunteering")),
        context=80,
        explanation=("A job abroad for which nothing is required: no experience, language, qualification, age "
                     "limit or even documents. Real overseas employers and visa rules ask for some of these."),
        examples=(
            "Jobs in Qatar, no experience needed, free visa.",
            "Work in Germany without language, accommodation arranged.",
            "Canada farm jobs, no IELTS, visa processing in 4 weeks.",
            "No age limit, no degree: factory work in Malaysia with hostel.",
        ),
        counter_examples=(
            "No experience needed: work from home as a tutor for students in Japan.",
            "Beware of fake offers to Canada with no IELTS required.",
            "Warehouse operative in Hull, no experience needed.",
            "Study abroad fair: no IELTS routes for students to the UK.",
        ),
    ),
    Rule(
        id="CT143", category=CATEGORY, name="travel-arranged-fast", severity="medium", weight=0.4,
        patterns=(
            V(r"\b(?:fly|fly out|travel|leave|depart|deployment|deployed|visa ready|visa out|visa approved|visa|"
              r"work permit|flight)(?:\s(?:processing|approval|stamping|is ready|will be ready|ready))?\s(?:with)?in"
              r"\s(?:\d{1,2}|one|two|three|four|five|six|seven|ten|fourteen|a|a few)\s(?:days?|weeks?|working days)\b"),
            V(r"{arranged_fast}"),
        ),
        requires=(V("{dest}"), _TRAVEL),
        exclude=(_WARNING, _AIRLINE_OR_TRAVEL_TRADE),
        context=80,
        explanation=("Promises that the trip is arranged and fast (fly within days, visa in a week, 'just bring "
                     "yourself', 'travel now pay later', someone meets you at the airport): the recruiter "
                     "controls the journey, the usual pattern of trafficking recruitment."),
        examples=(
            "Factory jobs in Poland, travel arranged by us.",
            "Housemaids for Oman, fast deployment, visa ready in 10 days.",
            "Madam will sponsor everything, visa and flight to Italy.",
            "Free ticket to Dubai, just bring yourself.",
        ),
        counter_examples=(
            "Beware of agents who say they will sponsor you to Canada.",
            "International travel up to 30% to Germany and France for client visits.",
            "Warehouse job in Leeds, start next week.",
            "Our travel consultants arrange flights to Spain for customers.",
        ),
    ),
    Rule(
        id="CT144", category=CATEGORY, name="tourist-visa-work", severity="high", weight=0.5,
        patterns=(
            V(any_of("tourist visa", "visit visa", "visitor visa", "visiting visa", "go as a tourist",
                     "travel as a tourist", "enter as a tourist", "as a tourist only", "on a tourist visa",
                     "on tourist visa", "on a visit visa", "on visit visa", "convert to working visa",
                     "convert to work visa", "change to working visa", "change to work visa", "convert your visa",
                     "visa conversion", "convert the visa")),
            V(r"\b(?:go|travel|come|fly|enter|leave|going|travelling|traveling)\s{one_word}{0,3}as\s(?:a\s)?"
              r"(?:tourist|tourists|visitor|visitors)\b"),
        ),
        requires=(any_of("job", "jobs", "work", "working", "salary", "hiring", "employer", "vacancy", "vacancies",
                         "position", "cashier", "cleaner", "cleaners", "waitress", "helper", "housemaid", "factory"),),
        exclude=(_WARNING, _AIRLINE_OR_TRAVEL_TRADE, any_of("holiday", "holidays", "apply for tourist visas",
                                                            "process tourist visas", "processing tourist visas",
                                                            "cannot work", "not allowed to work",
                                                            "not permitted to work", "illegal to work")),
        context=80,
        explanation=("A job abroad reached on a tourist or visit visa, to be 'converted' later: the worker has no "
                     "right to work on arrival, which leaves them undocumented and controllable."),
        examples=(
            "Cashier job in Dubai, tourist visa first then we convert to working visa.",
            "Go to Malaysia on a visit visa, our agent takes you to the factory.",
            "Travel as a tourist only, the job is waiting.",
            "Hiring cleaners for Cyprus on tourist visa.",
        ),
        counter_examples=(
            "Travel agency staff process tourist visas for holiday customers.",
            "You cannot work on a tourist visa; we only hire with a valid work permit.",
            "Beware of recruiters who send workers abroad on a visit visa.",
            "Tourist visa guidance for our holiday clients.",
        ),
    ),
    Rule(
        id="CT145", category=CATEGORY, name="visa-sponsorship", severity="low", weight=0.15,
        patterns=(
            V(r"{sponsorship}"),
        ),
        exclude=(_WARNING, any_of("unable", "not available", "cannot", "can't", "not eligible", "no sponsorship",
                                  "not offer", "not provide", "must already have", "right to work",
                                  "immigration law", "paralegal", "caseworker", "clients", "solicitor",
                                  "solicitors", "law firm")),
        context=80,
        explanation=("Mentions visa sponsorship or a work permit for the job: normal for honest employers who hire "
                     "from abroad, so only a weak signal that adds to other lures."),
        examples=(
            "Visa sponsorship available for experienced chefs.",
            "LMIA approved jobs for truck drivers.",
            "We sponsor your visa and help you relocate to Ireland.",
            "Work permit provided for the right candidate.",
        ),
        counter_examples=(
            "We are unable to offer visa sponsorship; you must already have the right to work in the UK.",
            "Immigration paralegal preparing sponsorship applications for clients.",
            "Beware of fake LMIA approved jobs sold by agents.",
            "Visa sponsorship is not available for this role.",
        ),
    ),
)

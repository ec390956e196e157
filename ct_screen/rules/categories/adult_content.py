"""Adult content: sexual work hidden behind escort, massage, hostess or "modelling" jobs.

Recruitment for sexual exploitation rarely says so. It reads as a hostess or
model job for "VIP clients" and "generous gentlemen", a massage job with
"extras", companionship for wealthy men, webcam "modelling", or asks for
"open-minded girls" with "no limits". Honest spa, fashion-modelling and
bar/restaurant hostess jobs use some of the same nouns without these cues.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, warnings

CATEGORY = "adult_content"
DESCRIPTION = "Hides sexual work behind escort, massage, companionship, hostess or 'modelling' jobs."
REASON = "hides sexual work behind a job offer"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    female=r"(?:girls?|gals?|ladies|lady|women|woman|females?|chicks?|babes?|young\s{1,3}women|hostess(?:es)?"
           r"|models?|dancers?|waitress(?:es)?|masseuses?)",
    rich_men=r"(?:(?:vip|rich|wealthy|generous|elite|high[\s-]{0,2}class|high[\s-]{0,2}end|high[\s-]{0,2}profile"
             r"|classy|foreign|arab|international|mature|older|successful|lonely|discerning|private)\s{1,3}"
             r"(?:clients?|customers?|guests?|gentlemen|gentleman|gents|men|man|businessm[ae]n|business\s{1,3}m[ae]n"
             r"|sponsors?|daddies|members|visitors)|big\s{1,3}(?:boys|men|daddies|bosses)|ogas|rich\s{1,3}kids)",
    venue=r"\b(?:yacht|yachts|private\s{1,3}(?:parties|party|villas?|jets?|shoots?|photo\s{1,3}shoots?|photoshoots?"
          r"|gatherings?)|vip\s{1,3}(?:parties|party|nights?|rooms?|clubs?|lounges?|bars?)|high[\s-]{0,2}net[\s-]{0,2}worth"
          r"|karaoke|ktv|gentlemen'?s\s{1,3}clubs?)\b",
    # Women wanted for their youth or looks: "young ladies", "slim and pretty girls", "girls 18-25".
    young_women=r"\b(?:(?:young|pretty|beautiful|attractive|slim|sexy|good[\s-]looking|cute)\s{1,3}"
                r"(?:\w{1,15}\s{1,3})?{female}|{female}\W{1,3}(?:aged\s{1,3}|age\s{1,3}|between\s{1,3})?(?:1[6-9]|2\d)"
                r"\s{0,2}(?:-|to|\u2013|and)\s{0,2}(?:1[89]|2\d|3[0-5]))\b",
    open_minded=r"open[\s-]{0,2}minded",
    pretty_female=r"\b(?:young|pretty|beautiful|sexy|hot|slim|{open_minded})\s{1,3}{female}\b",
    looks=r"\b(?:beautiful|pretty|sexy|hot|attractive|slim|cute|curvy|busty)\b",
    massage=r"\bmassage\w{0,3}\b",
    private_massage=r"\b(?:private|personal|home|hotel|room|vip)\s{1,3}massages?\b",
    happy_ending=r"happy\s{1,3}endings?",
    body_to_body=r"body[\s-]{1,3}(?:to|2)[\s-]{1,3}body",
    our_opt=r"(?:our\s{1,3}|the\s{1,3})?",
)

_ESCORT_HONEST = any_of(
    "police escort", "security escort", "escort vehicle", "escort vehicles", "pilot car", "pilot vehicle",
    "oversize load", "oversized load", "wide load", "escort the", "escort patients", "escort guests",
    "escort visitors", "escort children", "escort students", "escort residents", "escort duties", "escort officer",
    "escort officers", "prisoner escort", "prisoner escorts", "custody", "detainees", "ford escort", "medical escort",
    "medical escorts", "flight escort", "escort nurse", "escort nurses", "armed escort", "escort service officer",
    "cash in transit", "school bus", "bus escort", "travel escort for unaccompanied", "unaccompanied minors",
    "aircraft", "convoy", "naval", "frigate", "escorts patients", "escorts visitors", "escorts guests")

_IN_SECRET = any_of("discreet", "discreetly", "tell nobody", "tell no one", "tell noone", "don't tell",
                    "dont tell", "do not tell", "keep it secret", "keep this secret", "keep it a secret",
                    "keep this a secret", "keep it quiet", "keep this quiet", "secret job", "no questions asked",
                    "nobody will know", "no one will know", "nobody will find out")
"""Secrecy asked of the recruit."""

RULES = (
    Rule(
        id="CT250", category=CATEGORY, name="escort-companionship", severity="high", weight=0.6,
        patterns=(
            r"\b[e3]scorts?\b(?!\s{1,3}(?:the|patients|guests|visitors|children|students|residents|vehicles?|duties"
            r"|officers?|service\s{1,3}officers?|nurses?))",
            r"\bescort(?:ing)?\s{1,3}(?:job|jobs|work|agency|agencies|services?|girls?|ladies|models?|business"
            r"|industry)\b",
            r"\bs[u\*]{1,2}g[a\*@]r\s{0,3}(?:daddy|daddies|dady|mummy|mommy|mummies|mama|momma|mamas|baby|babies|babe"
            r"|babys|dating|relationship|arrangement|sponsor|sponsors)\b",
            r"\b(?:paid|sugar|vip|social|elite|private|discreet|travel)\s{1,3}(?:companions?|companionship)\b"
            r"(?!\s{1,3}(?:for|to)\s{1,3}(?:seniors?|elderly|older\s{1,3}adults|residents|patients|clients\s{1,3}with))",
            V(r"(?:\bcompanion(?:s|ship)?\b){gap:5}(?:{rich_men}|\bdates?\b|\bovernight\b|\btravel\s{1,3}with\b)"),
            any_of("paid dates", "paid dating", "paid date", "dinner dates with", "girlfriend experience", "gfe",
                   "date rich men", "date wealthy men", "date rich gentlemen", "date wealthy gentlemen", "pay pig",
                   "findom", "arrangement dating"),
        ),
        exclude=(_ESCORT_HONEST, any_of("senior", "seniors", "elderly", "dementia", "care home", "home care",
                                        "residents", "disabilities", "disability", "hospice", "patients",
                                        "personal care", "caregiver", "carer", "carers", "trust and safety",
                                        "moderator", "moderators", "moderation", "policy", "policies"),
                 warnings("trafficking", "report", "reports")),
        context=80,
        explanation="Recruits escorts, 'paid companions' or sugar-dating partners for wealthy men.",
        examples=(
            "Escort agency hiring ladies, earn up to $3,000 a week.",
            "Sugar daddy looking for a sugar baby, weekly allowance.",
            "Paid companionship for VIP gentlemen visiting Dubai.",
            "Looking for girls for paid dates with rich men.",
            "Ladies wanted as travel companions for generous businessmen.",
        ),
        counter_examples=(
            "Police escort officer, armed escort duties, full training.",
            "Home care assistant: companionship and personal care for elderly clients.",
            "Pilot car driver to escort oversize loads on the interstate.",
            "Hospital porter: escort patients to theatre and x-ray.",
            "Flight attendant supervising unaccompanied minors on long-haul flights.",
        ),
    ),
    Rule(
        id="CT251", category=CATEGORY, name="massage-extras", severity="high", weight=0.55,
        patterns=(
            V(r"(?:{massage}){gap:8}(?:\b(?:{happy_ending}|full\s{1,3}service|extras|extra\s{1,3}services?"
              r"|special\s{1,3}services?|{body_to_body}|b2b|nuru|tantric|tantra|sensual|erotic|naked|nude|nudity"
              r"|topless|lingam|yoni|men\s{1,3}only|male\s{1,3}clients\s{1,3}only)\b)"),
            V(r"(?:\b(?:{happy_ending}|extras|full\s{1,3}service|b2b|sensual|erotic|nuru|tantric|{body_to_body})\b)"
              r"{gap:5}(?:{massage})"),
            V(r"(?:\b(?:spa|spas|parlou?rs?|salon|salons)\b){gap:10}(?:\b(?:extra\s{1,3}services?"
              r"|extra\s{1,3}service\s{1,3}tips|special\s{1,3}services?|{happy_ending}|b2b|{body_to_body}|nuru|tantric"
              r"|sensual|erotic)\b)"),
            V(r"(?:\b{female}\b){gap:6}(?:{private_massage})"),
            V(r"(?:{private_massage}){gap:6}(?:\b{female}\b)"),
            V(r"(?:\bmassage\b){gap:5}(?:{pretty_female})"),
            V(r"(?:{pretty_female}){gap:5}(?:\bmassage\b)"),
        ),
        exclude=(any_of("no extras", "no sexual", "strictly professional", "strictly therapeutic", "not a sexual",
                        "manicure", "manicures", "pedicure", "pedicures", "facial", "facials", "waxing", "nails",
                        "such as", "including", "nvq", "itec", "cidesco", "qualified", "licensed", "certified",
                        "non-sexual", "reject any", "zero tolerance"),
                 warnings("report", "trafficking", "illegal massage", "raided", "arrested", "police")),
        context=80,
        explanation="A massage job with sexual extras ('happy ending', 'body to body', 'pretty young girls only').",
        examples=(
            "Massage girls wanted, extras paid separately, cash daily.",
            "Body to body massage therapists needed, no experience.",
            "Nuru massage ladies for our city spa, men only clients.",
            "Pretty young girls for massage work, high income.",
            "Happy ending massage job, earn 20k weekly.",
        ),
        counter_examples=(
            "Licensed massage therapist: Swedish, deep tissue and sports massage; strictly professional, no extras.",
            "Spa therapist with ITEC diploma for facials and hot stone massage.",
            "Physiotherapy assistant, soft tissue massage under supervision.",
            "Police raided an illegal massage parlour offering extras.",
            "Baby massage instructor for our weekly parents' classes.",
        ),
    ),
    Rule(
        id="CT252", category=CATEGORY, name="open-minded-girls", severity="high", weight=0.55,
        patterns=(
            V(r"\b{open_minded}\s{1,3}(?:young\s{1,3}|pretty\s{1,3}|beautiful\s{1,3}|sexy\s{1,3})?{female}\b"),
            V(r"\b{female}\s{1,3}(?:who\s{1,3}(?:are|is)|that\s{1,3}(?:are|is))\s{1,3}(?:very\s{1,3})?{open_minded}\b"),
            r"\b(?:no\s{1,3}(?:limits|taboos?|boundaries)|without\s{1,3}(?:limits|taboos?)|anything\s{1,3}goes)\b",
            V(r"(?:{looks}){gap:10}(?:\b{open_minded}\b)"),
            V(r"(?:\b{open_minded}\b){gap:10}(?:{looks})"),
            r"\b(?:entertain|entertaining|please|pleasing|satisfy|satisfying|accompany|accompanying|pamper|pampering)"
            r"\s{1,3}(?:our\s{1,3}|the\s{1,3}|male\s{1,3})?(?:gentlemen|gents|men|male\s{1,3}(?:clients|guests|customers)"
            r"|businessmen|sponsors)\b",
            V(r"\b{female}\b(?:\W{1,4}\w{1,20}){0,4}\W{1,4}(?:night\s{1,3}(?:work|job|jobs|business|duty|entertainment)"
              r"|nightlife\s{1,3}(?:work|job|jobs)|work\s{1,3}at\s{1,3}night\s{1,3}with\s{1,3}clients)\b"),
            V(r"\bwilling\s{1,3}to\s{1,3}(?:please|satisfy|entertain|pleasure|spoil|go\s{1,3}(?:all\s{1,3}the\s{1,3}way"
              r"|the\s{1,3}extra\s{1,3}mile\s{1,3}(?:with|for)\s{1,3}(?:clients|customers|guests|gentlemen|men)))"
              r"(?:\s{1,3}{our_opt}(?:clients|customers|guests|gentlemen|men|vip))?\b"),
            V(r"\b(?:please|satisfy|pleasure|spoil|entertain|accompany|keep\s{1,3}company\s{1,3}(?:with|to)|sit\s{1,3}with"
              r"|drink\s{1,3}with|dance\s{1,3}with|spend\s{1,3}(?:time|nights?|weekends?)\s{1,3}with|sleep\s{1,3}with"
              r"|go\s{1,3}out\s{1,3}with|travel\s{1,3}with|date)\s{1,3}{our_opt}{rich_men}\b"),
        ),
        requires=(V(r"\b{female}\b|\bescorts?\b|\bcompanion"), r"\b(?:18\s{0,2}\+|18\s{1,3}(?:to|-)\s{1,3}\d\d|adults?\s{1,3}only)"),
        exclude=(any_of("colleagues", "team", "teams", "engineers", "developers", "individuals", "candidates",
                        "sick days", "vacation days", "holiday", "pto", "bureaucracy", "learning", "growth", "career",
                        "sales", "account manager",
                        "to their tables", "tables", "seating", "seat guests", "restaurant", "airport", "airline",
                        "reservations", "concierge"),
                 warnings("report", "trafficking")),
        context=80,
        explanation="Wants 'open-minded girls', 'no limits', or women to 'entertain' / 'spend nights with' rich clients.",
        examples=(
            "Open-minded girls needed for a VIP lounge, 18-25.",
            "Ladies who are open minded, no limits, earn big.",
            "Hostesses to accompany wealthy gentlemen at private events.",
            "Looking for girls willing to please our VIP clients.",
            "Pretty girls to sit with rich businessmen, high tips.",
        ),
        counter_examples=(
            "We want open-minded individuals who enjoy learning new tech.",
            "Unlimited holiday, no limits on sick days, remote-first team.",
            "Sales executive to entertain VIP clients at trade shows and grow accounts.",
            "Female engineers welcome; we value open-minded colleagues.",
            "Restaurant hostess to greet guests and manage bookings.",
        ),
    ),
    Rule(
        id="CT253", category=CATEGORY, name="explicit-content", severity="high", weight=0.6,
        patterns=(
            r"\b(?:web\s{0,2}cam|cam)\s{1,3}(?:girls?|models?|modell?ing|work|jobs?|shows?|performers?|hosts?|chats?"
            r"|chatting|sessions?|ladies)\b",
            r"\bcomfortable\s{1,3}(?:with|doing|posing|in)\s{1,3}(?:nudity|nude|naked|topless|lingerie|implied\s{1,3}nud\w{0,3}"
            r"|intimate|adult\s{1,3}(?:content|scenes|themes|work|material)|sexy|erotic)\b",
            r"\bnaughty\s{1,3}(?:girls?|ladies|babes?|chicks?|models?)\b",
            r"\badult\s{1,3}(?:webcam|cam|content|entertainment|modell?ing|models?|industry|chat|videos?|films?|movies?"
            r"|photos?|photography|sites?|work|job|jobs|shows?|services?)\b",
            r"\b(?:lingerie|nude|naked|topless|bikini|underwear|boudoir|sexy|hot|explicit|spicy|naughty|intimate)\s{1,3}"
            r"(?:photos?|pics?|pictures?|selfies?|videos?|vids?|shoots?|photoshoots?|content|clips?)\b",
            r"\b(?:nude|naked|topless|erotic|glamour|fetish|lingerie)\s{1,3}(?:modell?ing|models?|dancers?|dancing|work"
            r"|jobs?|shows?|acting)\b",
            r"\b(?:send|share)\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:your\s{1,3})?(?:nudes|sexy\s{1,3}pics|hot\s{1,3}pics)\b",
            r"\b(?:onlyfans|only\s{1,3}fans|fansly|chaturbate|myfreecams|stripchat|bongacams|camsoda|pornhub|xxx|porn"
            r"|pornographic|strippers?|striptease|pole\s{1,3}danc(?:ers?|ing)|lap\s{1,3}danc(?:ers?|ing)"
            r"|gentlemen'?s\s{1,3}club|adults\s{1,3}only|18\s{0,2}\+\s{0,3}(?:content|models?|girls)|girls\s{1,3}18\s{0,2}\+)"
            r"(?!\w)",
            r"\b(?:s[e3]x|sexual)\s{1,3}(?:work|worker|workers|services?|jobs?|chat|content|favou?rs?)\b",
        ),
        exclude=(any_of("sexual harassment", "sexual health", "sexual assault", "sexual abuse", "sexual orientation",
                        "sexual exploitation", "sex education", "sex offender", "sex offenders", "sexual violence",
                        "harassment", "safeguarding", "counsellor", "counselor", "support worker", "outreach",
                        "charity",
                        "moderator", "content moderation", "trust and safety", "age verification", "hot desk",
                        "hot food", "hot drinks"),
                 warnings("report", "trafficking", "helpline", "survivors")),
        context=80,
        explanation="Explicit or adult work: webcam 'modelling', lingerie or nude photos, strip clubs, 'sex work'.",
        examples=(
            "Webcam models wanted, work from home, paid daily.",
            "Send your lingerie photos to get selected.",
            "Adult content creators needed for an OnlyFans agency.",
            "Nude modelling for private clients, $800 per session.",
            "\U0001f51e Girls 18+ only, earn from your phone tonight.",
        ),
        counter_examples=(
            "Content moderator for a trust and safety team reviewing adult content reports.",
            "Sexual health adviser for an NHS clinic.",
            "Hot desk available; the office has a gym and hot food every day.",
            "Outreach support worker helping survivors of sexual exploitation.",
            "Adult education tutor for evening English classes.",
            "Bar staff wanted for weekend shifts at our pub, 18+ only (licensed premises).",
        ),
    ),
    Rule(
        id="CT254", category=CATEGORY, name="hostess-private-parties", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:\b{female}\b|\bpromo\s{1,3}girls?\b){gap:6}(?:{venue})"),
            V(r"(?:\b{female}\b){gap:6}(?:{rich_men})"),
            r"\b(?:lady|ladies|female|girls?|women)\s{1,3}(?:entertainers?|guest\s{1,3}relations?\s{1,3}officers?|gros?|talents?)\b",
            V(r"\b(?:drink|drinks|drinking|dance|dancing|party|partying)\s{1,3}with\s{1,3}"
              r"(?:the\s{1,3}|our\s{1,3})?(?:customers|clients|guests|men|gentlemen|foreigners|{rich_men})\b"),
            V(r"(?:{venue}|\b(?:yacht|private|vip|villa|party)\s{1,3}(?:parties|party|trips?|weekends?)\b){gap:6}"
              r"(?:\b{female}\b)"),
        ),
        requires=(V(r"{rich_men}|\b(?:generous|cash|tips?|per\s{1,3}night|a\s{1,3}night|per\s{1,3}event"
                    r"|pocket\s{1,3}money|gifts?|shopping|all\s{1,3}expenses|no\s{1,3}experience|pretty|beautiful|sexy"
                    r"|slim|attractive|naughty|hot|18\s{0,2}\+|photos?|pics?)\b"),),
        exclude=(any_of("event staff agency", "catering", "caterers", "chef", "cocktail bartender", "food safety",
                        "front of house", "restaurant", "hotel reception", "guest relations", "boat builder",
                        "deckhand", "stewardess", "steward", "crew", "stcw"),
                 warnings("report", "trafficking")),
        context=100,
        explanation="Hostess, model or 'girls' jobs at yacht parties, private villas or VIP rooms, with cash or looks asked.",
        examples=(
            "Hostesses wanted for yacht parties in Monaco, $2,000 a night plus gifts.",
            "Pretty girls for private parties of VIP gentlemen, cash paid.",
            "Models needed for private photo shoots, generous pay.",
            "Karaoke ladies wanted, good tips, no experience.",
            "Private villa party weekend, girls 18+ only, all expenses paid.",
        ),
        counter_examples=(
            "Restaurant hostess to greet guests, front of house, tips shared.",
            "Yacht stewardess with STCW certificate for a 50 m charter yacht.",
            "Event staff agency hiring waitresses for corporate functions; catering experience needed.",
            "Models for our autumn catalogue, booked through your agency.",
            "Guest relations hostess at the hotel reception desk.",
        ),
    ),
    Rule(
        id="CT255", category=CATEGORY, name="young-women-abroad-in-secret", severity="high", weight=0.55,
        patterns={
            "young-women-then-abroad": V(r"(?:{young_women}){gap_lines:25}(?:{dest_far})"),
            "abroad-then-young-women": V(r"(?:{dest_far}){gap_lines:25}(?:{young_women})"),
        },
        requires=(_IN_SECRET,),
        exclude=(any_of("charity"),
                 warnings("report", "trafficking", "trafficked", "survivors", "helpline", "hotline", "police",
                          "arrested", "court", "sentenced")),
        context=120,
        explanation=("Wants young or good-looking women for work abroad and asks them to keep it secret: the "
                     "pattern of recruitment for sexual exploitation that anti-trafficking groups warn about."),
        examples=(
            "Young ladies 18-23 for brand events in Dubai, all expenses paid. Be discreet, tell nobody.",
            "Pretty girls wanted to work in Cyprus bars, flights paid. Keep this secret from your family.",
            "Hostess jobs abroad for slim attractive women aged 19-26, discreet agency, no questions asked.",
        ),
        counter_examples=(
            "Young women in tech: join our Lisbon office, relocation support. Applications treated with discretion.",
            "Fashion house seeking models aged 18 and over for a shoot in Milan through licensed agencies.",
            "Beware of agents offering young women jobs in Dubai and asking them to tell nobody.",
            "Au pair for a family in Hamburg, young women and men welcome; contract and insurance provided.",
        ),
    ),
)

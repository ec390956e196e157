"""Secrecy: the applicant is told to hide the offer from family, friends or officials.

Traffickers isolate people before they move them: "don't tell your family
until you arrive", "delete this chat", "if immigration asks, say you are a
tourist". Honest employers have nothing to hide from an applicant's family.
The usual legitimate uses (non-disclosure agreements, "applications are
treated in confidence", never sharing a password, a butler's discretion) are
excluded or left to weaker rules.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import GAP, any_of, near, warnings

CATEGORY = "secrecy"
DESCRIPTION = "Asks the applicant to keep the offer secret from family, friends or officials, or to delete the chat."
REASON = "asks the applicant to keep the offer secret"
"""What a moderator reads when the category fires (completes "the post ...")."""

_DONT = r"(?:don['\u2019`]?t|do\s{1,3}not|dnt|never|pls\s{1,3}don['\u2019`]?t|please\s{1,3}don['\u2019`]?t)"
_TELL = (r"(?:tell|telling|inform|informing|discuss|mention|share|show|say|talk\s{1,3}(?:to|about)|reveal"
         r"|disclose|post|announce|broadcast|expose)")
_KIN = (r"(?:(?:your|ur|yr)\s{1,3}(?:family|families|parents|mum|mom|mother|dad|father|husband|wife|boyfriend"
        r"|girlfriend|partner|relatives|friends|people|siblings|brothers?|sisters?|pastor|neighbou?rs|church"
        r"|colleagues|loved\s{1,3}ones)|anyone|anybody|any\s{1,3}one|any\s{1,3}body|others|people|nobody|no\s{1,3}one"
        r"|family|parents|relatives|friends)")
_OFFICIAL = (r"(?:the\s{1,3})?(?:police|authorities|immigration|immigration\s{1,3}officers?|embassy|consulate"
             r"|airport(?:\s{1,3}(?:officers?|staff|people))?|customs|border\s{1,3}(?:officers?|police|guards?)"
             r"|officers?|officials?|government|labou?r\s{1,3}office|poea|dmw|nbi|efcc|agency\s{1,3}officials?)")
_WARN = (warnings("red flag", "red flags", "traffickers", "trafficker", "trafficking", "fraudsters", "criminals",
                  "if anyone tells", "if someone tells", "if a recruiter", "if an agent", "if they tell you",
                  "never trust", "report"),)
_SECURITY = any_of("personal information", "personal details", "personal data", "customer information",
                   "password", "passwords", "pin", "otp", "one-time code", "login", "log-in", "credentials",
                   "verification code", "bank details", "card details", "account number", "security code")

RULES = (
    Rule(
        id="CT240", category=CATEGORY, name="tell-no-one", severity="medium", weight=0.5,
        patterns=(
            r"\btell\s{0,3}(?:n[o0]\s{0,3}[o0]ne|n[o0]-[o0]ne|n[o0]b[o0]dy|n[o0]\s{1,3}b[o0]dy)\b",
            rf"\b{_DONT}\s{{1,3}}(?:you\s{{1,3}})?(?:ever\s{{1,3}})?{_TELL}\b{GAP % 3}{_KIN}\b",
            rf"\b{_DONT}\s{{1,3}}let\s{{1,3}}{_KIN}\s{{1,3}}know\b",
            r"\b(?:no\s{1,3}one|nobody|noone|no-one|no\s{1,3}body)\s{1,3}(?:else\s{1,3})?(?:should|must|needs?\s{1,3}to"
            r"|has\s{1,3}to|will|is\s{1,3}to|can)\s{1,3}know\b",
            r"\b(?:keep|hide)\s{1,3}(?:it|this|the\s{1,3}(?:job|offer|trip|plan|travel))\s{1,3}(?:a\s{1,3}secret\s{1,3})?"
            r"from\s{1,3}(?:your|ur)\s{1,3}(?:family|parents|husband|wife|friends|relatives|people)\b",
            rf"\bwithout\s{{1,3}}(?:telling|informing|letting)\s{{1,3}}{_KIN}\b",
            r"\b(?:between\s{1,3}(?:you\s{1,3}and\s{1,3}(?:me|i|us)|us\s{1,3}(?:two|only|alone))"
            r"|(?:this|it|that)\s{1,3}(?:is|stays|remains)\s{1,3}between\s{1,3}us|let\s{1,3}(?:this|it)\s{1,3}be"
            r"\s{1,3}between\s{1,3}us|our\s{1,3}little\s{1,3}secret)\b",
            r"\btell\s{1,3}(?:your|ur)\s{1,3}(?:family|parents|mum|mom|mother|dad|father|husband|wife|people|relatives"
            r"|pastor|boyfriend|girlfriend)\s{1,3}(?:that\s{1,3})?(?:you\s{1,3}are|you're|youre|ur|u\s{1,3}are|it\s{1,3}is"
            r"|it's|its|this\s{1,3}is|the\s{1,3}job\s{1,3}is)\s{1,3}(?:\w{1,15}\s{1,3}){0,2}(?:going|travel\w{0,3}"
            r"|nanny|cleaner|cleaning|waitress|student|school|training|course|holiday|vacation|visit\w{0,3}|office|shop"
            r"|hotel)\b",
            r"\b(?:make\s{1,3}sure|ensure|be\s{1,3}sure)\s{1,3}(?:that\s{1,3})?(?:nobody|no\s{1,3}one|noone|no-one|none\s{1,3}of"
            r"\s{1,3}your\s{1,3}\w{1,15}|your\s{1,3}(?:family|parents|husband|wife)\s{1,3}(?:does\s{1,3}not|doesn't|don't))\s{1,3}"
            r"(?:knows?|finds?\s{1,3}out|hears?|sees?|know|find\s{1,3}out)\b",
            r"\b(?:your\s{1,3})?(?:family|parents|husband|wife|friends|relatives|people|anyone|nobody|no\s{1,3}one)\s{1,3}"
            r"(?:must|should|need|needs|will|shall)\s{1,3}(?:not|never)\s{1,3}(?:know|find\s{1,3}out|hear)\b",
            r"\btell\s{1,3}(?:them|your\s{1,3}(?:family|parents))\s{1,3}(?:only\s{1,3})?(?:after|when|once)\s{1,3}"
            r"(?:you\s{1,3})?(?:arrive|land|reach|you\s{1,3}are\s{1,3}there|settled)\b",
        ),
        exclude=(*_WARN, _SECURITY,
                 r"\b(?:free\s{1,3}to|please|pls|and|also|go|so|do)\s{1,3}(?:tell|share\s{1,3}with)\s{1,3}your\s{1,3}friends\b",
                 any_of("share with your friends",
                                          "refer a friend", "discriminate", "discrimination")),
        negatable=False, context=80,
        explanation="Tells the applicant to keep the offer from family, friends or anyone ('tell no one', 'between us').",
        examples=(
            "Don't tell your family until you reach Beirut.",
            "Tell no one about this job, not even your friends.",
            "Nobody should know about our arrangement.",
            "You can leave without telling your parents, we handle everything.",
            "This is between us, dear.",
        ),
        counter_examples=(
            "Never share your password with anyone, not even our staff.",
            "Scammers often tell victims not to tell their family: report them.",
            "Feel free to tell your friends about our open day.",
            "Talk to your family before you accept any job abroad.",
            "Please tell your manager if you will be late.",
            "Never let anyone use your bank account.",
        ),
    ),
    Rule(
        id="CT241", category=CATEGORY, name="keep-offer-secret", severity="low", weight=0.3,
        patterns=(
            r"\bkeep\s{1,3}(?:(?:this|that|the|our|my)\s{1,3}(?:job|offer|matter|conversation|arrangement|deal|details"
            r"|chat|plan|opportunity|work|information|info|talk|trip|travel)(?:\s{1,3}(?:offer|details|plans?))?|it|this|that)"
            r"\s{1,3}(?:strictly\s{1,3}|very\s{1,3}|totally\s{1,3}|100%\s{0,3})?(?:secret|private|confidential|quiet"
            r"|hidden|to\s{1,3}(?:yourself|urself)|between\s{1,3}us|low[\s-]{0,2}key|on\s{1,3}the\s{1,3}low|hush"
            r"|under\s{1,3}wraps)\b",
            r"\b(?:this|the|our|my)\s{1,3}(?:job|offer|opportunity|arrangement|deal|work|plan|trip)\s{1,3}(?:is|are|must"
            r"\s{1,3}(?:be|stay|remain))\s{1,3}(?:strictly\s{1,3}|very\s{1,3}|totally\s{1,3}|100%\s{0,3})?(?:secret"
            r"|confidential|private|hush[\s-]{0,2}hush|top\s{1,3}secret)\b",
            r"\b(?:secret|hush[\s-]{0,2}hush|top[\s-]{0,2}secret|undercover)\s{1,3}(?:job|jobs|work|offer|deal|mission"
            r"|opportunity|arrangement|income|money)\b",
            r"\b(?:treat|consider|regard)\s{1,3}(?:this|it|our\s{1,3}chat)\s{1,3}as\s{1,3}(?:top\s{1,3}|very\s{1,3})?(?:secret"
            r"|confidential|private)\b",
            r"\bkeep\s{1,3}(?:quiet|silent|mum|it\s{1,3}quiet|it\s{1,3}hush)\s{1,3}(?:about|on|over)\s{1,3}(?:this|it|the|our|my)\b",
            r"\bkeep\s{1,3}(?:your\s{1,3})?mouth\s{1,3}shut\b|\bkeep\s{1,3}(?:it\s{1,3})?on\s{1,3}the\s{1,3}(?:low|dl)\b",
        ),
        exclude=(*_WARN, _SECURITY, any_of("application", "applications", "candidate", "candidates", "nda",
                                          "non-disclosure", "client data", "customer data", "patient",
                                          "patients", "records", "data protection", "gdpr", "executive search",
                                          "search process", "recruitment process", "salary", "trade secret",
                                          "trade secrets", "secret shopper", "secret shoppers", "mystery shopper", "mystery shoppers", "santa",
                                          "surprise party", "confidential information", "sensitive information")),
        context=80,
        explanation="Asks the applicant to keep the offer, the chat or the arrangement secret or 'on the low'.",
        examples=(
            "Keep this offer confidential until you travel.",
            "Please keep our conversation private, okay?",
            "This job is strictly secret, only for you.",
            "Secret job with big money, DM me.",
            "Keep it on the low and you will earn.",
        ),
        counter_examples=(
            "All applications are kept strictly confidential.",
            "You will keep patient records confidential under GDPR.",
            "Candidates sign an NDA; the project is confidential.",
            "Mystery shopper: keep it secret that you are assessing the store.",
            "Keep this offer letter for your records.",
            "We will never ask you to keep this offer secret.",
        ),
    ),
    Rule(
        id="CT242", category=CATEGORY, name="delete-the-chat", severity="medium", weight=0.45,
        patterns=(
            near(any_of("delete", "erase", "clear", "remove", "wipe"),
                 r"(?:this|our|the|my|these|all)\s{1,3}(?:whatsapp\s{1,3}|telegram\s{1,3})?(?:messages?|msgs?|chats?"
                 r"|conversations?|sms|texts?|chat\s{1,3}history|voice\s{1,3}notes?|dms?)\b", 1),
            r"\b(?:after|once|when)\s{1,3}(?:you\s{1,3})?(?:read|reading|reply|replying|seen|you\s{1,3}have\s{1,3}read"
            r"|you've\s{1,3}read)\w{0,3}[\s,]{1,3}(?:please\s{1,3}|pls\s{1,3}|kindly\s{1,3})?(?:delete|erase|clear)\b",
            rf"\b{_DONT}\s{{1,3}}(?:take\s{{1,3}}(?:a\s{{1,3}})?)?(?:screenshots?|screen\s{{1,3}}shots?|ss|screenshot"
            r"|forward|save)\s{1,3}(?:this|the|our|any|of\s{1,3}(?:this|our))?\s{0,3}(?:chat|message|msg|conversation"
            r"|offer|post)?\b",
            r"\bno\s{1,3}(?:screenshots?|screen\s{1,3}shots?|forwarding)\b",
            rf"\b{_DONT}\s{{1,3}}(?:post|share|publish|forward|put)\s{{1,3}}(?:this|it|the\s{{1,3}}offer|this\s{{1,3}}(?:offer|message"
            r"|msg|chat|job))\s{1,3}(?:on|to|in|with)\s{1,3}(?:facebook|fb|social\s{1,3}media|whatsapp\s{1,3}status|status"
            r"|your\s{1,3}status|any\s{1,3}group|groups|online|instagram|tiktok|anyone)\b",
            near(any_of("delete", "erase", "remove"), r"(?:my|our|this|the)\s{1,3}(?:number|contact|phone\s{1,3}number"
                                                      r"|address|details)\b", 1)
            + r"(?=\W{1,4}(?:\w{1,20}\W{1,4}){0,3}(?:after|once|when|immediately|as\s{1,3}soon))",
        ),
        exclude=(*_WARN, any_of("intended recipient", "in error", "received this", "social media", "moderate",
                                "moderation", "spam", "inbox management", "customer", "customers", "database",
                                "records", "files", "cache", "cookies", "tickets", "emails", "duplicate")),
        negatable=False, context=80,
        explanation="Tells the applicant to delete the chat, not to screenshot or forward it: hides the trail.",
        examples=(
            "Delete this message after reading.",
            "Once you reply, please delete our chat.",
            "Don't screenshot this offer.",
            "No screenshots, no forwarding, understand?",
            "Clear the chat history before you go to the airport.",
        ),
        counter_examples=(
            "If you received this email in error, please delete it and tell the sender.",
            "Social media assistant: schedule, edit and delete posts, moderate comments.",
            "Scammers often ask you to delete their messages: report them instead.",
            "Data clerk: remove duplicate records and update the database.",
            "Save this message so you have our office address.",
        ),
    ),
    Rule(
        id="CT243", category=CATEGORY, name="discreet-no-questions", severity="low", weight=0.3,
        patterns=(
            r"\bno\s{1,3}questions?\s{1,3}asked\b",
            r"\b(?:100\s{0,2}%|very|totally|fully|completely|absolutely|strictly|always)\s{1,3}discre(?:e|)te?\b",
            r"\bdiscre(?:e|)te?\s{1,3}(?:and|&|n)\s{1,3}(?:safe|secure|private|confidential|secret)\b",
            r"\b(?:safe|secure)\s{1,3}(?:and|&|n)\s{1,3}(?:secret|discreet|private|confidential)\b",
            r"\bdiscre(?:e|)te?\s{1,3}(?:job|jobs|work|arrangement|arrangements|payment|payments|pay|clients?|service"
            r"|services|meetings?|meet[\s-]{0,2}ups?|deal|income|money|cash|opportunity|gig|gigs|dates?|hours)\b",
            r"\bdiscretion\s{1,3}(?:is\s{1,3})?(?:guaranteed|assured|100%|promised)\b",
            r"\b(?:work|meet|earn|get\s{1,3}paid)\s{1,3}discreetly\b",
        ),
        exclude=(any_of("butler", "personal assistant", "executive assistant", "household manager", "house manager",
                        "family office", "estate manager", "private office", "chief of staff", "hnw", "uhnw",
                        "confidential information", "sensitive information", "discrete mathematics", "discrete math",
                        "discrete event", "discrete components", "discrete manufacturing", "discrete time",
                        "discrete signal", "discrete signals", "discrete data"),),
        negatable=False, context=80,
        explanation="Promises discretion or 'no questions asked' about the work or the pay.",
        examples=(
            "100% discreet, nobody will find out.",
            "Discreet job for ladies, good money.",
            "Cash paid daily, no questions asked.",
            "Discretion guaranteed for all our girls.",
            "Work discreetly from the hotel, earn weekly.",
            "Fully safe and secret, daily pocket money.",
        ),
        counter_examples=(
            "Butler for a private family: discretion is essential.",
            "Executive assistant handling confidential information with discretion.",
            "Knowledge of discrete mathematics is a plus.",
            "Ask as many questions as you like at the interview.",
            "The household manager must be discreet and organised.",
        ),
    ),
    Rule(
        id="CT244", category=CATEGORY, name="hide-from-officials", severity="medium", weight=0.55,
        patterns=(
            rf"\b{_DONT}\s{{1,3}}{_TELL}\b{GAP % 3}{_OFFICIAL}\b",
            rf"\b{_DONT}\s{{1,3}}(?:mention|say|tell\s{{1,3}}(?:them|anyone)|talk\s{{1,3}}about|reveal|disclose|show)"
            rf"\s{{1,3}}(?:anything\s{{1,3}}about\s{{1,3}})?(?:the|your|this|our|that\s{{1,3}}you\s{{1,3}}(?:have|got"
            rf"|are\s{{1,3}}going\s{{1,3}}for)\s{{1,3}}a)?\s{{0,3}}(?:job|work|employer|agency|agent|salary|contract"
            rf"|offer|us|me)\b{GAP % 3}(?:at|to|in\s{{1,3}}front\s{{1,3}}of)\s{{1,3}}{_OFFICIAL}\b",
            r"\b(?:say|tell\s{1,3}(?:them|the\s{1,3}officers?|immigration|the\s{1,3}embassy)|answer)\s{1,3}(?:that\s{1,3})?"
            r"(?:you\s{1,3}are|you're|ur|u\s{1,3}are)\s{1,3}(?:just\s{1,3}|only\s{1,3})?(?:a\s{1,3})?(?:going\s{1,3}"
            r"(?:as\s{1,3}a\s{1,3}|for\s{1,3}(?:a\s{1,3})?)?)?(?:tourist|visiting|visitor|on\s{1,3}holiday|on\s{1,3}vacation"
            r"|holiday|vacation|sightseeing|visit|student|pilgrim|pilgrimage|umrah|going\s{1,3}to\s{1,3}visit)\b",
            rf"\bif\s{{1,3}}(?:anyone|anybody|they|someone|{_OFFICIAL})\s{{1,3}}asks?\s{{0,3}}(?:you)?\s{{0,3}}[,:]?"
            r"\s{0,3}(?:just\s{1,3})?(?:say|tell\s{1,3}them|answer)\b",
            r"\b(?:lie|lying)\s{1,3}(?:to|at)\s{1,3}(?:the\s{1,3})?(?:immigration|embassy|airport|customs|officers?"
            r"|border|consulate|interview)\b",
        ),
        exclude=(*_WARN, any_of("always tell the truth", "be honest", "honestly")),
        negatable=False, context=80,
        explanation="Coaches the applicant to hide the job from police, immigration or the embassy ('say you are a tourist').",
        examples=(
            "At the airport, say you are a tourist visiting your cousin.",
            "Don't mention the job to immigration officers.",
            "If anyone asks, just say you are on holiday.",
            "Do not tell the embassy about our agency.",
            "Tell them you're going for umrah, we will sort the work visa later.",
        ),
        counter_examples=(
            "Be honest at your visa interview and show your signed contract.",
            "Beware: traffickers tell workers to say they are tourists at the airport.",
            "Please tell us if you are visiting our office for the assessment.",
            "If anyone asks about the role, say hello to our recruiter at the stand.",
            "You must declare your employment to the immigration officer.",
        ),
    ),
)

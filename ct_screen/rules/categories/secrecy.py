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
from ..patterns import SHARED, any_of, warnings

CATEGORY = "secrecy"
DESCRIPTION = "Asks the applicant to keep the offer secret from family, friends or officials, or to delete the chat."
REASON = "asks the applicant to keep the offer secret"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WARN = (warnings("red flag", "red flags", "traffickers", "trafficker", "trafficking", "fraudsters", "criminals",
                  "if anyone tells", "if someone tells", "if a recruiter", "if an agent", "if they tell you",
                  "never trust", "report"),)
_SECURITY = any_of("personal information", "personal details", "personal data", "customer information",
                   "password", "passwords", "pin", "otp", "one-time code", "login", "log-in", "credentials",
                   "verification code", "bank details", "card details", "account number", "security code")

V = SHARED.extend(
    # "don't", "do not", "never", "pls don't".
    dont=(r"(?:don['\u2019`]?t|do{sp}not|dnt|never|pls{sp}don['\u2019`]?t|please{sp}don['\u2019`]?t|must{sp}not"
          r"|mustn['\u2019`]?t|should{sp}not|shouldn['\u2019`]?t|(?:are|is){sp}not{sp}(?:allowed|permitted){sp}to)"),
    # Telling or showing someone.
    tell=(r"(?:tell|telling|inform|informing|discuss|mention|share|show|say|talk{sp}(?:to|about)|reveal"
          r"|disclose|post|announce|broadcast|expose)"),
    # Family, friends, anyone.
    kin=(r"(?:(?:your|ur|yr){sp}(?:family|families|parents|mum|mom|mother|dad|father|husband|wife|boyfriend"
         r"|girlfriend|partner|relatives|friends|people|siblings|brothers?|sisters?|pastor|neighbou?rs|church"
         r"|colleagues|loved{sp}ones)|anyone|anybody|any{sp}one|any{sp}body|others|people|nobody|no{sp}one"
         r"|family|parents|relatives|friends)"),
    # Police, immigration, the embassy, airport officers.
    official=(r"(?:the{sp})?(?:police|authorities|immigration|immigration{sp}officers?|embassy|consulate"
              r"|airport(?:{sp}(?:officers?|staff|people))?|customs|border{sp}(?:officers?|police|guards?)"
              r"|officers?|officials?|government|labou?r{sp}office|poea|dmw|nbi|efcc|agency{sp}officials?)"),
    # An optional "strictly" / "very" / "totally" / "100%".
    strictly=r"(?:strictly{sp}|very{sp}|totally{sp}|100%\s{0,3})?",
    # "discreet", "discrete", "discret".
    discreet=r"discre(?:e|)te?",
)
"""The terms this category's patterns are written with (on top of :data:`~ct_screen.rules.patterns.SHARED`, whose
``{sp}`` is the space between two words): ``{dont}`` ("don't", "never", "pls don't"), ``{tell}``, ``{kin}`` (family,
friends, anyone), ``{official}`` (police, embassy), ``{strictly}`` and ``{discreet}``."""

RULES = (
    Rule(
        id="CT240", category=CATEGORY, name="tell-no-one", severity="medium", weight=0.5,
        patterns=(
            V(r"\btell\s{0,3}(?:n[o0]\s{0,3}[o0]ne|n[o0]-[o0]ne|n[o0]b[o0]dy|n[o0]{sp}b[o0]dy)\b"),
            V(r"\b{dont}{sp}(?:you{sp})?(?:ever{sp})?{tell}\b{gap:3}{kin}\b"),
            V(r"\b{dont}{sp}let{sp}{kin}{sp}know\b"),
            V(r"\b(?:no{sp}one|nobody|noone|no-one|no{sp}body){sp}(?:else{sp})?(?:should|must|needs?{sp}to"
              r"|has{sp}to|will|is{sp}to|can){sp}know\b"),
            V(r"\b(?:keep|hide){sp}(?:it|this|the{sp}(?:job|offer|trip|plan"
              r"|travel)){sp}(?:a{sp}secret{sp})?from{sp}(?:your|ur){sp}(?:family|parents|husband|wife"
              r"|friends|relatives|people)\b"),
            V(r"\bwithout{sp}(?:telling|informing|letting){sp}{kin}\b"),
            V(r"\b(?:between{sp}(?:you{sp}and{sp}(?:me|i|us)|us{sp}(?:two|only|alone))|(?:this|it"
              r"|that){sp}(?:is|stays|remains){sp}between{sp}us|let{sp}(?:this|it){sp}be{sp}between{sp}us"
              r"|our{sp}little{sp}secret)\b"),
            V(r"\btell{sp}(?:your|ur){sp}(?:family|parents|mum|mom|mother|dad|father|husband|wife|people"
              r"|relatives|pastor|boyfriend|girlfriend){sp}(?:that{sp})?(?:you{sp}are|you're|youre|ur"
              r"|u{sp}are|it{sp}is|it's|its|this{sp}is|the{sp}job{sp}is){sp}{loose_word}{0,2}(?:going"
              r"|travel\w{0,3}|nanny|cleaner|cleaning|waitress|student|school|training|course|holiday"
              r"|vacation|visit\w{0,3}|office|shop|hotel)\b"),
            V(r"\b(?:make{sp}sure|ensure|be{sp}sure){sp}(?:that{sp})?(?:nobody|no{sp}one|noone|no-one"
              r"|none{sp}of{sp}your{sp}\w{1,15}|your{sp}(?:family|parents|husband|wife){sp}(?:does{sp}not"
              r"|doesn't|don't)){sp}(?:knows?|finds?{sp}out|hears?|sees?|know|find{sp}out)\b"),
            V(r"\b(?:your{sp})?(?:family|parents|husband|wife|friends|relatives|people|anyone|nobody"
              r"|no{sp}one){sp}(?:must|should|need|needs|will|shall){sp}(?:not|never){sp}(?:know"
              r"|find{sp}out|hear)\b"),
            V(r"\btell{sp}(?:them|your{sp}(?:family|parents)){sp}(?:only{sp})?(?:after|when"
              r"|once){sp}(?:you{sp})?(?:arrive|land|reach|you{sp}are{sp}there|settled)\b"),
        ),
        exclude=(*_WARN, _SECURITY,
                 r"\b(?:free\s{1,3}to|please|pls|and|also|go|so|do)\s{1,3}(?:tell|share\s{1,3}with)\s{1,3}your\s{1,3}friends\b",
                 any_of("share with your friends",
                                          "refer a friend", "discriminate", "discrimination")),
        negatable=False, context=80,
        explanation="Tells the applicant to keep the offer from family, friends or anyone ('tell no one', 'between us').",
        examples=(
            "Don't tell your family until you reach Beirut.",
            "You must not tell your family until you arrive; the company will explain everything there.",
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
            V(r"\bkeep{sp}(?:(?:this|that|the|our|my){sp}(?:job|offer|matter|conversation|arrangement|deal"
              r"|details|chat|plan|opportunity|work|information|info|talk|trip|travel)(?:{sp}(?:offer"
              r"|details|plans?))?|it|this|that){sp}{strictly}(?:secret|private|confidential|quiet|hidden"
              r"|to{sp}(?:yourself|urself)|between{sp}us|low[\s-]{0,2}key|on{sp}the{sp}low|hush"
              r"|under{sp}wraps)\b"),
            V(r"\b(?:this|the|our|my){sp}(?:job|offer|opportunity|arrangement|deal|work|plan|trip){sp}(?:is"
              r"|are|must{sp}(?:be|stay|remain)){sp}{strictly}(?:secret|confidential|private"
              r"|hush[\s-]{0,2}hush|top{sp}secret)\b"),
            V(r"\b(?:secret|hush[\s-]{0,2}hush|top[\s-]{0,2}secret|undercover){sp}(?:job|jobs|work|offer"
              r"|deal|mission|opportunity|arrangement|income|money)\b"),
            V(r"\b(?:treat|consider|regard){sp}(?:this|it|our{sp}chat){sp}as{sp}(?:top{sp}"
              r"|very{sp})?(?:secret|confidential|private)\b"),
            V(r"\bkeep{sp}(?:quiet|silent|mum|it{sp}quiet|it{sp}hush){sp}(?:about|on|over){sp}(?:this|it|the"
              r"|our|my)\b"),
            V(r"\bkeep{sp}(?:your{sp})?mouth{sp}shut\b|\bkeep{sp}(?:it{sp})?on{sp}the{sp}(?:low|dl)\b"),
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
            V(r"(?:\b(?:delete|remove|clear|erase|wipe)\b){gap:1}(?:(?:this|our|the|my|these"
              r"|all){sp}(?:whatsapp{sp}|telegram{sp})?(?:messages?|msgs?|chats?|conversations?|sms|texts?"
              r"|chat{sp}history|voice{sp}notes?|dms?)\b)"),
            V(r"\b(?:after|once|when){sp}(?:you{sp})?(?:read|reading|reply|replying|seen|you{sp}have{sp}read"
              r"|you've{sp}read)\w{0,3}[\s,]{1,3}(?:please{sp}|pls{sp}|kindly{sp})?(?:delete|erase"
              r"|clear)\b"),
            V(r"\b{dont}{sp}(?:take{sp}(?:a{sp})?)?(?:screenshots?|screen{sp}shots?|ss|screenshot|forward"
              r"|save){sp}(?:this|the|our|any|of{sp}(?:this|our))?\s{0,3}(?:chat|message|msg|conversation"
              r"|offer|post)?\b"),
            V(r"\bno{sp}(?:screenshots?|screen{sp}shots?|forwarding)\b"),
            V(r"\b{dont}{sp}(?:post|share|publish|forward|put){sp}(?:this|it|the{sp}offer|this{sp}(?:offer"
              r"|message|msg|chat|job)){sp}(?:on|to|in|with){sp}(?:facebook|fb|social{sp}media"
              r"|whatsapp{sp}status|status|your{sp}status|any{sp}group|groups|online|instagram|tiktok"
              r"|anyone)\b"),
            V(r"(?:\b(?:delete|remove|erase)\b){gap:1}(?:(?:my|our|this|the){sp}(?:number|contact"
              r"|phone{sp}number|address|details)\b)(?=\W{1,4}(?:\w{1,20}\W{1,4}){0,3}(?:after|once|when"
              r"|immediately|as{sp}soon))"),
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
            V(r"\bno{sp}questions?{sp}asked\b"),
            V(r"\b(?:100\s{0,2}%|very|totally|fully|completely|absolutely|strictly|always){sp}{discreet}\b"),
            V(r"\b{discreet}{sp}(?:and|&|n){sp}(?:safe|secure|private|confidential|secret)\b"),
            V(r"\b(?:safe|secure){sp}(?:and|&|n){sp}(?:secret|discreet|private|confidential)\b"),
            V(r"\b{discreet}{sp}(?:job|jobs|work|arrangement|arrangements|payment|payments|pay|clients?"
              r"|service|services|meetings?|meet[\s-]{0,2}ups?|deal|income|money|cash|opportunity|gig|gigs"
              r"|dates?|hours)\b"),
            V(r"\bdiscretion{sp}(?:is{sp})?(?:guaranteed|assured|100%|promised)\b"),
            V(r"\b(?:work|meet|earn|get{sp}paid){sp}discreetly\b"),
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
            V(r"\b{dont}{sp}{tell}\b{gap:3}{official}\b"),
            V(r"\b{dont}{sp}(?:mention|say|tell{sp}(?:them|anyone)|talk{sp}about|reveal|disclose"
              r"|show){sp}(?:anything{sp}about{sp})?(?:the|your|this|our|that{sp}you{sp}(?:have|got"
              r"|are{sp}going{sp}for){sp}a)?\s{0,3}(?:job|work|employer|agency|agent|salary|contract|offer"
              r"|us|me)\b{gap:3}(?:at|to|in{sp}front{sp}of){sp}{official}\b"),
            V(r"\b(?:say|tell{sp}(?:them|the{sp}officers?|immigration|the{sp}embassy)"
              r"|answer){sp}(?:that{sp})?(?:you{sp}are|you're|ur|u{sp}are){sp}(?:just{sp}"
              r"|only{sp})?(?:a{sp})?(?:going{sp}(?:as{sp}a{sp}|for{sp}(?:a{sp})?)?)?(?:tourist|visiting"
              r"|visitor|on{sp}holiday|on{sp}vacation|holiday|vacation|sightseeing|visit|student|pilgrim"
              r"|pilgrimage|umrah|going{sp}to{sp}visit)\b"),
            V(r"\bif{sp}(?:anyone|anybody|they|someone"
              r"|{official}){sp}asks?\s{0,3}(?:you)?\s{0,3}[,:]?\s{0,3}(?:just{sp})?(?:say|tell{sp}them"
              r"|answer)\b"),
            V(r"\b(?:lie|lying){sp}(?:to|at){sp}(?:the{sp})?(?:immigration|embassy|airport|customs|officers?"
              r"|border|consulate|interview)\b"),
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

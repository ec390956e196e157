"""Urgency and pressure: the applicant is pushed to decide before thinking.

Scarce "slots", deadlines counted in hours, "first come first served" and
"you fly this week" cut short the checks a careful applicant would make
(calling the employer, asking family, reading the contract). Honest adverts
say "urgently hiring" too, so each rule is a weak signal on its own; it
matters in combination with fees, travel or off-platform contact.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import GAP, any_of, near

CATEGORY = "urgency_pressure"
DESCRIPTION = "Pressures the applicant to decide at once: scarce slots, hour deadlines, first come first served."
REASON = "pressures the applicant to decide at once"
"""What a moderator reads when the category fires (completes "the post ...")."""

_NUM = r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a\s{1,3}few|few)"
_SLOT = (r"(?:slots?|places?|spots?|seats?|spaces|positions?|vacanc(?:y|ies)|openings?|visas?|tickets?"
         r"|chances?|job\s{1,3}slots?)")
_SCARCE = r"(?:slots?|spots?|places?|seats?|spaces|tickets?|visas?)"
_NOT_JOB = any_of(
    "parking spaces", "parking spots", "car park", "speaking slots", "time slots", "delivery slots", "appointment slots",
    "ad slots", "advertising slots", "workshop", "workshops", "seminar", "seminars", "webinar", "webinars", "class",
    "classes", "course", "courses", "open day", "minibus", "shuttle", "conference", "event tickets", "sale", "sales event",
    "stock", "while stocks last", "giveaway", "prize", "prizes", "voucher", "vouchers", "discount", "t-shirt",
    "charity", "fun run", "raffle")
_DONT = r"(?:don['\u2019`]?t|do\s{1,3}not|dnt)"
_HOURS = (r"(?:\d{1,3}|one|two|three|six|twelve|twenty[\s-]{0,2}four|forty[\s-]{0,2}eight)\s{0,2}[-]?\s{0,2}"
          r"(?:hours?|hrs?|h|minutes?|mins?)\b")
_SOON = (r"(?:this\s{1,3}(?:week|weekend|month)|next\s{1,3}(?:week|weekend)|tomorrow|tmrw|tonight|today"
         r"|within\s{1,3}(?:\d{1,2}|two|three|few|a\s{1,3}few)\s{1,3}days?|within\s{1,3}(?:a|one|1|the)\s{1,3}(?:week|day)"
         r"|in\s{1,3}(?:\d{1,2}|two|three|few|a\s{1,3}few)\s{1,3}days|asap|immediately|right\s{1,3}away)")

RULES = (
    Rule(
        id="CT220", category=CATEGORY, name="limited-slots", severity="low", weight=0.2,
        patterns=(
            rf"\b(?:very\s{{1,3}})?limited\s{{1,3}}(?:number\s{{1,3}}of\s{{1,3}})?{_SLOT}\b",
            rf"\b{_SLOT}\s{{1,3}}(?:are|is|r)\s{{1,3}}(?:very\s{{1,3}}|extremely\s{{1,3}}|strictly\s{{1,3}})?"
            r"(?:limited|filling|going|running\s{1,3}out|almost\s{1,3}(?:full|gone|filled|taken)|few)\b",
            rf"\b[o0]nly\s{{1,3}}{_NUM}\s{{1,3}}(?:more\s{{1,3}})?{_SLOT}\s{{1,3}}"
            r"(?:left|remaining|remain|available|open|to\s{1,3}go|for\s{1,3}today)\b",
            rf"\b(?:last|final|remaining)\s{{1,3}}(?:{_NUM}\s{{1,3}})?{_SLOT}\s{{1,3}}"
            r"(?:left|remaining|available|for|this|!)",
            rf"\b(?:while|before|until|till|untill)\s{{1,3}}(?:the\s{{1,3}})?{_SLOT}\s{{1,3}}"
            r"(?:last|run\s{1,3}out|are\s{1,3}(?:filled|taken|gone|full)|fill\s{1,3}up|finish)",
            rf"\b{_SLOT}\s{{1,3}}(?:filling|selling|going)\s{{1,3}}(?:up\s{{1,3}})?fast\b",
            rf"\b(?:few|limited|last)\s{{1,3}}(?:more\s{{1,3}})?{_SLOT}\s{{1,3}}(?:left|remaining|available|only|remain)\b",
            rf"\b{_SCARCE}\s{{1,3}}(?:na\s{{1,3}}lang|nalang|only\s{{1,3}}(?:left|remaining))\b",
            rf"\b[o0]nly\s{{1,3}}{_NUM}\s{{1,3}}{_SCARCE}\b(?!\s{{1,3}}(?:of|in|at|per|for\s{{1,3}}(?:the|our|each)))",
            rf"\b(?:once|when)\s{{1,3}}(?:the\s{{1,3}}|all\s{{1,3}}(?:the\s{{1,3}})?)?{_SCARCE}\s{{1,3}}(?:are|get|have\s{{1,3}}been)"
            r"\s{1,3}(?:filled|taken|gone|full|booked)\b",
        ),
        exclude=(_NOT_JOB,),
        explanation="Claims only a few slots or places are left, to stop the applicant checking the offer first.",
        examples=(
            "Only 3 places left for the Dubai hotel jobs!",
            "Limited slots available, register now.",
            "Slots are filling fast, message me today.",
            "Last 5 slots remaining for Canada farm work.",
            "Apply before the slots run out.",
        ),
        counter_examples=(
            "We have limited parking spaces at the office.",
            "Book one of the interview time slots on our careers page.",
            "There are no limited slots: we hire all year round.",
            "We are opening 40 new positions across the region.",
            "Positions are permanent and full time.",
        ),
    ),
    Rule(
        id="CT221", category=CATEGORY, name="hours-deadline", severity="low", weight=0.2,
        patterns=(
            near(any_of("apply", "reply", "respond", "register", "confirm", "accept", "sign up", "pay", "decide",
                        "send your details", "send your documents", "send your passport", "send your cv",
                        "send your photos", "inbox me", "dm me", "message me", "whatsapp me", "call me",
                        "contact me", "get back to me", "act"),
                 rf"within\s{{1,3}}(?:the\s{{1,3}}next\s{{1,3}})?(?:{_HOURS}|(?:the|an|one|1)\s{{1,3}}(?:hour|hr)\b)", 4),
            rf"\byou\s{{1,3}}(?:have|got|get|only\s{{1,3}}have)\s{{1,3}}(?:only\s{{1,3}}|just\s{{1,3}})?{_HOURS}\s{{1,3}}(?:to|left)\b",
            rf"\b(?:registration|recruitment|offer|portal|form|slot|booking|enrol{{1,2}}ment)"
            rf"\s{{1,3}}(?:closes?|closing|ends?|ending|expires?|expiring)\s{{1,3}}(?:today|tonight|at\s{{1,3}}midnight|by\s{{1,3}}midnight"
            rf"|in\s{{1,3}}{_HOURS})",
            rf"\b(?:closes?|closing|ends?|ending|expires?|expiring)\s{{1,3}}in\s{{1,3}}(?:just\s{{1,3}}|only\s{{1,3}})?{_HOURS}",
            rf"\b(?:offer|deal|promo|opportunity|slot|registration|recruitment|enrol{{1,2}}ment|invitation|link)"
            rf"{GAP % 2}(?:expires?|ends?|closes?|is\s{{1,3}}valid|valid|lapses?)\s{{1,3}}(?:only\s{{1,3}})?"
            rf"(?:today|tonight|at\s{{1,3}}midnight|by\s{{1,3}}midnight|in\s{{1,3}}{_HOURS}|after\s{{1,3}}{_HOURS}"
            rf"|for\s{{1,3}}(?:only\s{{1,3}})?{_HOURS})",
            rf"\b(?:next|only|just)\s{{1,3}}{_HOURS}\s{{0,3}}(?:only|left|remaining)\b",
            rf"\b{_HOURS}\s{{1,3}}only\b",
            r"\bdeadline\s{1,3}(?:for\s{1,3}(?:\w{1,15}\s{1,3}){0,2})?(?:is\s{1,3})?(?:today|tonight|tomorrow|tmrw)\b",
            rf"\b{_HOURS}\s{{0,3}}(?:left|remaining|to\s{{1,3}}go)\b",
            r"\bvalid\s{1,3}(?:till|until|untill|til|up\s{1,3}to)\s{1,3}(?:today|tonight|tomorrow|midnight|monday|tuesday"
            r"|wednesday|thursday|friday|saturday|sunday|this\s{1,3}(?:week|weekend|evening))(?:\s{1,3}only)?\b",
            rf"\b(?:need|needs|needed|want|wanted|hiring)\s{{1,3}}{_NUM}\s{{1,3}}(?:people|persons|workers|girls|ladies|boys"
            r"|men|women|staff|candidates)\s{1,3}(?:by|before)\s{1,3}(?:tomorrow|tmrw|tonight|today|this\s{1,3}weekend)\b",
            any_of("today only", "tonight only", "ends tonight", "ends today", "expires today", "expires tonight",
                   "deadline is today", "deadline today", "before midnight", "by midnight tonight",
                   "by end of day today", "before the end of today"),
        ),
        exclude=(any_of("we will contact you", "we will get back to you", "we'll get back", "will respond to you",
                        "we will respond", "we respond", "our team responds", "customer", "customers", "client",
                        "clients", "tickets", "queries", "enquiries", "inquiries", "complaints", "delivery",
                        "shipping", "dispatch", "guests", "patients", "tenants", "shift"),),
        context=80,
        explanation="Gives the applicant a deadline counted in hours (or 'today only') to reply, pay or send documents.",
        examples=(
            "Reply within 24 hours or the offer goes to the next person.",
            "You must confirm within 2hrs to keep your slot.",
            "This offer expires tonight.",
            "Send your passport copy within the next 12 hours.",
            "Registration closes at midnight, 48 hours only!",
        ),
        counter_examples=(
            "We will contact you within 24 hours of your application.",
            "Respond to customer tickets within 4 hours.",
            "Our recruitment team usually replies within 2 days.",
            "Closing date for applications: 30 June.",
            "Orders are dispatched within 24 hours.",
        ),
    ),
    Rule(
        id="CT222", category=CATEGORY, name="first-come-first-served", severity="low", weight=0.15,
        patterns=(
            r"\bfirst[\s-]{0,3}come[\s,;-]{0,4}first[\s-]{0,3}serv(?:e|ed|ing|ice)\b",
            r"\bfcfs\b",
            rf"\bfor\s{{1,3}}(?:the\s{{1,3}})?first\s{{1,3}}{_NUM}\s{{1,3}}(?:applicants|people|persons|candidates|callers|ladies"
            r"|girls|workers|registrants|to\s{1,3}(?:apply|register|pay|reply))\b",
            r"\bfirst\s{1,3}(?:to|2)\s{1,3}(?:reply|respond|apply|pay|register|message|call|inbox|dm|comment|send)"
            r"\w{0,3}\s{1,3}(?:will\s{1,3})?(?:get|gets|secure|secures|wins?|be\s{1,3}(?:hired|selected|chosen|taken))\b",
            rf"\b(?:the\s{{1,3}})?first\s{{1,3}}{_NUM}\s{{1,3}}(?:applicants|people|persons|candidates|ladies|girls"
            r"|men|workers|callers|people\s{1,3}to\s{1,3}(?:apply|register|pay|reply))\s{1,3}"
            r"(?:will\s{1,3}(?:be\s{1,3})?|to\s{1,3}(?:apply|register|pay|reply|respond)\s{1,3}(?:will\s{1,3})?"
            r"(?:be\s{1,3})?|get|gets|only)"
            r"(?:hired|selected|chosen|get|travel|fly|go|start|shortlisted|accepted|considered)?\b",
            rf"\bfirst\s{{1,3}}{_NUM}\s{{1,3}}(?:to|2)\s{{1,3}}(?:pay|apply|register|reply|respond|send|confirm|call|message"
            r"|inbox|comment)\b",
        ),
        exclude=(_NOT_JOB,),
        explanation="'First come, first served': places go to whoever answers (or pays) fastest, not to the right person.",
        examples=(
            "Visa slots are first come, first served.",
            "FIRST-COME-FIRST-SERVE!!! Inbox now.",
            "The first 10 applicants will be selected.",
            "First to reply gets the job.",
            "Its first come first serve basis so hurry.",
        ),
        counter_examples=(
            "Applications are reviewed in the order they arrive, on merit.",
            "Serve first-class food to our guests.",
            "The first week is spent in training.",
            "First, come to our open day; then we serve lunch.",
            "Customers are served on a first in, first out basis.",
        ),
    ),
    Rule(
        id="CT223", category=CATEGORY, name="act-now", severity="low", weight=0.12,
        patterns=(
            r"\bhurry\b(?!\s{1,3}(?:of|in\s{1,3}a))|\bhury\s{1,3}up\b",
            any_of("act fast", "act now", "act quickly", "act quick", "last chance", "before it's too late",
                   "before its too late", "before it is too late", "before it's gone", "before its gone",
                   "before it is gone", "before they're gone", "before they are gone", "before it runs out", "time is running out", "now or never",
                   "limited time only", "limited time offer", "grab it fast", "grab it now", "grab this chance",
                   "grab your slot", "grab your slots", "secure your slot now", "book your slot now",
                   "quick quick", "don't sleep on this", "dont sleep on this", "no time to waste",
                   "opportunity of a lifetime", "once in a lifetime opportunity", "once in a lifetime chance",
                   "dont miss out", "don't miss out", "do not miss out", "don\u2019t miss out", "don\u2019t sleep on this",
                   "before it\u2019s too late", "don't be left out", "dont be left out"),
            r"\b(?:last|final)\s{1,3}call\b(?!\s{1,3}(?:for\s{1,3})?(?:drinks|orders|at\s{1,3}the\s{1,3}bar))",
            r"\bor\s{1,3}(?:you\s{1,3}(?:will|'ll)\s{1,3})?(?:miss\s{1,3}out|lose\s{1,3}(?:out|it|the\s{1,3}chance"
            r"|your\s{1,3}chance))\b",
            r"\b(?:immediately|now|today|asap|right\s{1,3}away|quickly|fast|urgently|tonight)\s{1,3}to\s{1,3}(?:secure"
            r"|reserve|book|hold|keep|lock\s{1,3}in|confirm)\s{1,3}(?:your|a|the)\s{1,3}(?:place|slot|spot|seat)s?\b",
            rf"\b{_DONT}\s{{1,3}}(?:delay|wait\s{{1,3}}(?:too\s{{1,3}}long|till\s{{1,3}}tomorrow|until\s{{1,3}}tomorrow))\b",
        ),
        exclude=(any_of("in a hurry", "customers who are", "no hurry", "no rush", "ability to act", "able to act"),),
        explanation="Hurries the applicant ('hurry', 'act now', 'last chance', 'don't miss out'); weak on its own.",
        examples=(
            "Hurry!! Only serious people.",
            "Act fast, this job will not wait.",
            "Last chance to join the Poland team.",
            "Don\u2019t miss out, message me now.",
            "Grab your slot now before it's too late.",
        ),
        counter_examples=(
            "Serve customers in a hurry with a smile.",
            "There is no rush: take time to read the contract.",
            "Our last recruitment drive hired 40 nurses.",
            "Please read the job description carefully before applying.",
            "You will act as the first point of contact for visitors.",
        ),
    ),
    Rule(
        id="CT224", category=CATEGORY, name="travel-within-days", severity="low", weight=0.18,
        patterns=(
            near(any_of("travel", "travelling", "traveling", "fly", "flying", "flight", "depart", "departure",
                        "leave", "leaving", "deployment", "deploy", "deployed", "ticket", "tickets"),
                 _SOON, 3),
            near(any_of("visa", "work permit", "ticket", "tickets", "flight"),
                 r"(?:ready|issued|processed|approved|done|out)\s{1,3}(?:in|within)\s{1,3}(?:\d{1,2}|two|three"
                 r"|few|a\s{1,3}few)\s{1,3}(?:days?|working\s{1,3}days|hours?|hrs?)", 4),
            any_of("immediate departure", "immediate travel", "immediate deployment", "immediate flight",
                   "fast deployment", "quick deployment", "fly out immediately", "travel immediately"),
            r"\b(?:departure|depart|travel|flight|fly|deployment|leave)\s{1,3}(?:the\s{1,3}|in\s{1,3}the\s{1,3})?same\s{1,3}"
            r"(?:week|day)\b",
        ),
        exclude=(any_of("travel agent", "travel consultant", "travel expenses will be reimbursed", "per week",
                        "days per", "days a week", "% travel", "percent travel", "travel required",
                        "willing to travel", "travel up to", "business travel", "leave policy", "annual leave",
                        "sick leave", "maternity leave", "paid leave"),),
        explanation="Promises travel, a ticket or a visa within days: a rushed departure leaves no time to check the job.",
        examples=(
            "Selected candidates travel this week to Riyadh.",
            "You will fly next week, ticket is ready.",
            "Visa ready in 5 days, no interview.",
            "Immediate departure for cleaners to Malta.",
            "Fast deployment to Kuwait, apply now.",
        ),
        counter_examples=(
            "The role involves 20% travel within the region.",
            "Annual leave is 25 days plus bank holidays.",
            "Travel expenses will be reimbursed within 30 days.",
            "Visa processing normally takes eight to twelve weeks.",
            "Our travel consultants plan trips for corporate clients.",
        ),
    ),
    Rule(
        id="CT225", category=CATEGORY, name="lose-your-slot", severity="low", weight=0.25,
        patterns=(
            r"\b(?:will|shall|would|may)\s{1,3}(?:be\s{1,3})?(?:given|passed|offered|allocated|reassigned|transferred"
            r"|sold)\s{1,3}to\s{1,3}(?:someone|somebody|another|other|the\s{1,3}next|next)\b",
            rf"\b(?:lose|loose|forfeit)\s{{1,3}}(?:your|the|this)\s{{1,3}}(?:{_SLOT}|offer|opportunity|job)\b",
            rf"\b(?:{_SLOT}|offer|job|booking)\s{{1,3}}(?:will|shall)\s{{1,3}}be\s{{1,3}}(?:cancelled|canceled|withdrawn"
            r"|forfeited|revoked|lost|void)\b",
            r"\b(?:someone|somebody|others|other\s{1,3}people|many\s{1,3}people)\s{1,3}(?:else\s{1,3})?(?:is|are)\s{1,3}"
            r"(?:waiting|ready\s{1,3}to\s{1,3}(?:pay|take|go))\b",
        ),
        exclude=(any_of("if you fail the background check", "probation", "misconduct", "false information",
                        "drug test", "the shift will be", "tasks will be given"),
                 r"\b(?:not|never|won't|wont|cannot|can't|no\s{1,3}one\s{1,3}will)\s{1,3}(?:be\s{1,3})?"
                 r"(?:lose|loose|forfeit|given|passed|cancelled|canceled|withdrawn)\b"),
        negatable=False,
        explanation="Threatens that the place goes to someone else unless the applicant acts (pays, sends documents) now.",
        examples=(
            "If you don't pay today your slot will be given to someone else.",
            "Confirm now or lose your place on the flight.",
            "Your offer will be cancelled tomorrow if we don't hear from you.",
            "Many people are waiting for this job, so decide fast.",
            "Otherwise the visa will be transferred to the next candidate.",
        ),
        counter_examples=(
            "Offers are withdrawn if the background check finds false information.",
            "Unsuccessful applications are kept on file for six months.",
            "Your place on the training course is guaranteed once you sign.",
            "New tasks will be given to you by your team lead.",
            "We will not give your details to anyone else.",
            "You will not lose your place if you need more time to decide.",
        ),
    ),
)

"""Urgency and pressure: the applicant is pushed to decide before thinking.

Scarce "slots", deadlines counted in hours, "first come first served" and
"you fly this week" cut short the checks a careful applicant would make
(calling the employer, asking family, reading the contract). Honest adverts
say "urgently hiring" too, so each rule is a weak signal on its own; it
matters in combination with fees, travel or off-platform contact.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, phrases

CATEGORY = "urgency_pressure"
DESCRIPTION = "Pressures the applicant to decide at once: scarce slots, hour deadlines, first come first served."
REASON = "pressures the applicant to decide at once"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    num=r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a{sp}few|few)",
    slot=(r"(?:slots?|places?|spots?|seats?|spaces|positions?|vacanc(?:y|ies)|openings?|visas?|tickets?"
          r"|chances?|job{sp}slots?)"),
    scarce=r"(?:slots?|spots?|places?|seats?|spaces|tickets?|visas?)",
    dont=r"(?:don['\u2019`]?t|do{sp}not|dnt)",
    hours=(r"(?:\d{1,3}|one|two|three|six|twelve|twenty[\s-]{0,2}four|forty[\s-]{0,2}eight)\s{0,2}[-]?\s{0,2}"
           r"(?:hours?|hrs?|h|minutes?|mins?)\b"),
    few=r"(?:\d{1,2}|two|three|few|a{sp}few)",
    closing=r"(?:closes?|closing|ends?|ending|expires?|expiring)",
    soon=(r"(?:this{sp}(?:week|weekend|month)|next{sp}(?:week|weekend)|tomorrow|tmrw|tonight|today"
          r"|within{sp}{few}{sp}days?|within{sp}(?:a|one|1|the){sp}(?:week|day)"
          r"|in{sp}{few}{sp}days|asap|immediately|right{sp}away)"),
)
"""Urgency's terms (with the shared ``{sp}`` between words): ``{num}`` (a small number), ``{slot}`` and
``{scarce}`` (places to be had), ``{dont}``, ``{hours}`` (a deadline in hours), ``{closing}`` (closes, ends,
expires), ``{few}`` (a few days) and ``{soon}`` (this week, tomorrow, within days)."""


_NOT_JOB = any_of(
    "parking spaces", "parking spots", "car park", "speaking slots", "time slots", "delivery slots", "appointment slots",
    "ad slots", "advertising slots", "workshop", "workshops", "seminar", "seminars", "webinar", "webinars", "class",
    "classes", "course", "courses", "open day", "minibus", "shuttle", "conference", "event tickets", "sale", "sales event",
    "stock", "while stocks last", "giveaway", "prize", "prizes", "voucher", "vouchers", "discount", "t-shirt",
    "charity", "fun run", "raffle")
RULES = (
    Rule(
        id="CT220", category=CATEGORY, name="limited-slots", severity="low", weight=0.2,
        patterns=(
            V(r"\b(?:very{sp})?limited{sp}(?:number{sp}of{sp})?{slot}\b"),
            V(r"\b{slot}{sp}(?:are|is|r){sp}(?:very{sp}|extremely{sp}|strictly{sp})?"
              r"(?:limited|filling|going|running{sp}out|almost{sp}(?:full|gone|filled|taken)|few)\b"),
            V(r"\b[o0]nly{sp}{num}{sp}(?:more{sp})?{slot}{sp}"
              r"(?:left|remaining|remain|available|open|to{sp}go|for{sp}today)\b"),
            V(r"\b(?:last|final|remaining){sp}(?:{num}{sp})?{slot}{sp}"
              r"(?:left|remaining|available|for|this|!)"),
            V(r"\b(?:while|before|until|till|untill){sp}(?:the{sp})?{slot}{sp}"
              r"(?:last|run{sp}out|are{sp}(?:filled|taken|gone|full)|fill{sp}up|finish)"),
            V(r"\b{slot}{sp}(?:filling|selling|going){sp}(?:up{sp})?fast\b"),
            V(r"\b(?:few|limited|last){sp}(?:more{sp})?{slot}{sp}(?:left|remaining|available|only|remain)\b"),
            V(r"\b{scarce}{sp}(?:na{sp}lang|nalang|only{sp}(?:left|remaining))\b"),
            V(r"\b[o0]nly{sp}{num}{sp}{scarce}\b(?!{sp}(?:of|in|at|per|for{sp}(?:the|our|each)))"),
            V(r"\b(?:once|when){sp}(?:the{sp}|all{sp}(?:the{sp})?)?{scarce}{sp}(?:are|get|have{sp}been)"
              r"{sp}(?:filled|taken|gone|full|booked)\b"),
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
            V("(?:" + phrases("apply", "reply", "respond", "register", "confirm", "accept", "sign up", "pay", "decide",
                              "send your details", "send your documents", "send your passport", "send your cv",
                              "send your photos", "inbox me", "dm me", "message me", "whatsapp me", "call me",
                              "contact me", "get back to me", "act")
              + r"){gap:4}(?:within{sp}(?:the{sp}next{sp})?(?:{hours}|(?:the|an|one|1){sp}(?:hour|hr)\b))"),
            V(r"\byou{sp}(?:have|got|get|only{sp}have){sp}(?:only{sp}|just{sp})?{hours}{sp}(?:to|left)\b"),
            V(r"\b(?:registration|recruitment|offer|portal|form|slot|booking|enrol{1,2}ment)"
              r"{sp}{closing}{sp}(?:today|tonight|at{sp}midnight|by{sp}midnight"
              r"|in{sp}{hours})"),
            V(r"\b{closing}{sp}in{sp}(?:just{sp}|only{sp})?{hours}"),
            V(r"\b(?:offer|deal|promo|opportunity|slot|registration|recruitment|enrol{1,2}ment|invitation|link)"
              r"{gap:2}(?:expires?|ends?|closes?|is{sp}valid|valid|lapses?){sp}(?:only{sp})?"
              r"(?:today|tonight|at{sp}midnight|by{sp}midnight|in{sp}{hours}|after{sp}{hours}"
              r"|for{sp}(?:only{sp})?{hours})"),
            V(r"\b(?:next|only|just){sp}{hours}\s{0,3}(?:only|left|remaining)\b"),
            V(r"\b{hours}{sp}only\b"),
            V(r"\bdeadline{sp}(?:for{sp}{loose_word}{0,2})?(?:is{sp})?(?:today|tonight|tomorrow|tmrw)\b"),
            V(r"\b{hours}\s{0,3}(?:left|remaining|to{sp}go)\b"),
            V(r"\bvalid{sp}(?:till|until|untill|til|up{sp}to){sp}(?:today|tonight|tomorrow|midnight|monday|tuesday"
              r"|wednesday|thursday|friday|saturday|sunday|this{sp}(?:week|weekend|evening))(?:{sp}only)?\b"),
            V(r"\b(?:need|needs|needed|want|wanted|hiring){sp}{num}{sp}(?:people|persons|workers|girls|ladies|boys"
              r"|men|women|staff|candidates){sp}(?:by|before){sp}(?:tomorrow|tmrw|tonight|today|this{sp}weekend)\b"),
            V(phrases("today only", "tonight only", "ends tonight", "ends today", "expires today", "expires tonight",
                      "deadline is today", "deadline today", "before midnight", "by midnight tonight",
                      "by end of day today", "before the end of today")),
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
            V(r"\bfirst[\s-]{0,3}come[\s,;-]{0,4}first[\s-]{0,3}serv(?:e|ed|ing|ice)\b"),
            V(r"\bfcfs\b"),
            V(r"\bfor{sp}(?:the{sp})?first{sp}{num}{sp}(?:applicants|people|persons|candidates|callers|ladies"
              r"|girls|workers|registrants|to{sp}(?:apply|register|pay|reply))\b"),
            V(r"\bfirst{sp}(?:to|2){sp}(?:reply|respond|apply|pay|register|message|call|inbox|dm|comment|send)"
              r"\w{0,3}{sp}(?:will{sp})?(?:get|gets|secure|secures|wins?|be{sp}(?:hired|selected|chosen|taken))\b"),
            V(r"\b(?:the{sp})?first{sp}{num}{sp}(?:applicants|people|persons|candidates|ladies|girls"
              r"|men|workers|callers|people{sp}to{sp}(?:apply|register|pay|reply)){sp}"
              r"(?:will{sp}(?:be{sp})?|to{sp}(?:apply|register|pay|reply|respond){sp}(?:will{sp})?"
              r"(?:be{sp})?|get|gets|only)"
              r"(?:hired|selected|chosen|get|travel|fly|go|start|shortlisted|accepted|considered)?\b"),
            V(r"\bfirst{sp}{num}{sp}(?:to|2){sp}(?:pay|apply|register|reply|respond|send|confirm|call|message"
              r"|inbox|comment)\b"),
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
            V(r"\bhurry\b(?!{sp}(?:of|in{sp}a))|\bhury{sp}up\b"),
            V(phrases("act fast", "act now", "act quickly", "act quick", "last chance", "before it's too late",
                      "before its too late", "before it is too late", "before it's gone", "before its gone",
                      "before it is gone", "before they're gone", "before they are gone", "before it runs out",
                      "time is running out", "now or never",
                      "limited time only", "limited time offer", "grab it fast", "grab it now", "grab this chance",
                      "grab your slot", "grab your slots", "secure your slot now", "book your slot now",
                      "quick quick", "don't sleep on this", "dont sleep on this", "no time to waste",
                      "opportunity of a lifetime", "once in a lifetime opportunity", "once in a lifetime chance",
                      "dont miss out", "don't miss out", "do not miss out", "don\u2019t miss out",
                      "don\u2019t sleep on this", "before it\u2019s too late", "don't be left out", "dont be left out")),
            V(r"\b(?:last|final){sp}call\b(?!{sp}(?:for{sp})?(?:drinks|orders|at{sp}the{sp}bar))"),
            V(r"\bor{sp}(?:you{sp}(?:will|'ll){sp})?(?:miss{sp}out|lose{sp}(?:out|it|the{sp}chance"
              r"|your{sp}chance))\b"),
            V(r"\b(?:immediately|now|today|asap|right{sp}away|quickly|fast|urgently|tonight){sp}to{sp}(?:secure"
              r"|reserve|book|hold|keep|lock{sp}in|confirm){sp}(?:your|a|the){sp}(?:place|slot|spot|seat)s?\b"),
            V(r"\b{dont}{sp}(?:delay|wait{sp}(?:too{sp}long|till{sp}tomorrow|until{sp}tomorrow))\b"),
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
            V("(?:" + phrases("travel", "travelling", "traveling", "fly", "flying", "flight", "depart", "departure",
                              "leave", "leaving", "deployment", "deploy", "deployed", "ticket", "tickets")
              + "){gap:3}(?:{soon})"),
            V("(?:" + phrases("visa", "work permit", "ticket", "tickets", "flight")
              + r"){gap:4}(?:(?:ready|issued|processed|approved|done|out){sp}(?:in|within){sp}{few}"
              r"{sp}(?:days?|working{sp}days|hours?|hrs?))"),
            V(phrases("immediate departure", "immediate travel", "immediate deployment", "immediate flight",
                      "fast deployment", "quick deployment", "fly out immediately", "travel immediately")),
            V(r"\b(?:departure|depart|travel|flight|fly|deployment|leave){sp}(?:the{sp}|in{sp}the{sp})?same{sp}"
              r"(?:week|day)\b"),
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
            V(r"\b(?:will|shall|would|may){sp}(?:be{sp})?(?:given|passed|offered|allocated|reassigned|transferred"
              r"|sold){sp}to{sp}(?:someone|somebody|another|other|the{sp}next|next)\b"),
            V(r"\b(?:lose|loose|forfeit){sp}(?:your|the|this){sp}(?:{slot}|offer|opportunity|job)\b"),
            V(r"\b(?:{slot}|offer|job|booking){sp}(?:will|shall){sp}be{sp}(?:cancelled|canceled|withdrawn"
              r"|forfeited|revoked|lost|void)\b"),
            V(r"\b(?:someone|somebody|others|other{sp}people|many{sp}people){sp}(?:else{sp})?(?:is|are){sp}"
              r"(?:waiting|ready{sp}to{sp}(?:pay|take|go))\b"),
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

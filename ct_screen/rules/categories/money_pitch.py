"""Money pitches: a way to make money sold as a job, behind reply-and-follow bait.

"Hiring DM closers, commission only, reply 'closer'", "I made $40k last month,
comment 'GUIDE' and I'll DM you", "join my private group of millionaires",
"#MakeMoneyOnline #PassiveIncome": posts that recruit people into selling a
course, a group or someone's offer, or that collect replies and follows before
anything is said about the work. Consumer-protection warnings describe them as
the front end of business-opportunity and coaching scams; none of them names an
employer, a role with a wage, or a place of work. Weak on their own (real
creators also ask for replies), stronger together.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, warnings

CATEGORY = "money_pitch"
DESCRIPTION = ("Sells a way to make money (a guide, a group, a course, 'closer' or 'setter' roles on commission) "
               "and asks for a reply keyword, a like or a follow to send it in private.")
REASON = "pitches a way to make money behind reply-and-follow bait"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WARNING = warnings("never reply", "do not reply", "don't reply", "dont reply", "report")
_MONEY_CLAIM = (r"[$\u00a3\u20ac\u20b1\u20b9]\s?\d|\b\d[\d,.]{0,9}\s?(?:usd|rs|php|pesos|naira|bucks|dollars)\b"
                r"|\b(?:millionaires|six[\s-]figures?|seven[\s-]figures?|closers?|setters?)\b")
"""A sum of money, a rich-people claim or closer/setter roles: what turns reply bait into a money pitch."""

V = SHARED.extend(
    quote=r"[\"'\u201c\u201d\u2018\u2019]",
    # A reply keyword: a quoted word ("closer", 'guide') or YES / Y / 1.
    keyword=r"(?:{quote}\s{0,2}[\w$!]{1,15}\s{0,2}{quote}|\byes\b|\by\b|\b1\b)",
    reply=any_of("reply", "replies", "comment", "type", "drop", "text", "respond", "dm me", "reply with",
                 "comment with", "reply back", "retweet and reply", "rt and reply", "like and reply",
                 "like & reply", "retweet & reply"),
    reply_keyword=r"(?:{reply})\s{1,3}(?:with\s{1,3})?{keyword}",
    follow_for_dm=any_of("must follow me", "must be following", "follow me so i can dm", "follow so i can dm",
                         "follow me to get the dm", "must follow to get", "follow for the link",
                         "follow to get the link"),
    # A make-money-online hashtag.
    mmo_hashtag=(r"(?<!\w)#(?:makemoneyonline|passiveincome|sidehustle|earnfromhome|moneyonline|financialfreedom"
                 r"|earnmoneyonline|makemoneyfromhome|onlineincome|extraincome|makemoney|earnmoney|cashapp|getpaid"
                 r"|dailyincome|residualincome)\b"),
)
"""The terms this category's patterns are written with (on top of :data:`~ct_screen.rules.patterns.SHARED`)."""

RULES = (
    Rule(
        id="CT270", category=CATEGORY, name="reply-keyword-bait", severity="low", weight=0.3,
        patterns={
            "reply-keyword": V(r"{reply_keyword}"),
            "like-follow-retweet": V(r"\b(?:like|follow|retweet|rt|repost)\s{0,2}(?:\+|&|and|,)\s{0,2}"
                                     r"(?:follow|retweet|rt|repost|like|comment|reply)\b"
                                     r"(?=[^\n]{0,80}\b(?:dm|send|link|guide|free|info|access)\b)"),
            "follow-for-dm": V(r"{follow_for_dm}"),
        },
        requires=(any_of("earn", "earning", "make", "made", "money", "income", "paid", "pay", "profit", "profits",
                         "hiring", "job", "jobs", "work", "salary", "commission", "millionaires", "cash"),
                  r"[$\u00a3\u20ac]\s?\d"),
        exclude=(_WARNING,),
        explanation=("Asks for a reply keyword (\"reply YES\", comment 'GUIDE'), a like or a follow before the offer "
                     "is sent in private: engagement bait in front of a money or job pitch."),
        examples=(
            "Earn 300 a day from your phone, reply YES to start.",
            "Comment 'CASH' and I'll DM you my free guide to making money online.",
            "Like + retweet and I'll send the link to my $5k a month method. Must be following so I can DM.",
            "Hiring now. Reply \"job\" for details.",
        ),
        counter_examples=(
            "Reply to this email with your CV and two references.",
            "Never reply YES to job texts from numbers you don't know: report them.",
            "Like and follow our page for news about the festival.",
            "Comment below with your favourite book of the year.",
        ),
    ),
    Rule(
        id="CT271", category=CATEGORY, name="closers-and-setters", severity="medium", weight=0.35,
        patterns={
            "dm-closers": V(any_of("dm closer", "dm closers", "dm setter", "dm setters", "high ticket closer",
                                   "high ticket closers", "high-ticket closer", "high-ticket closers",
                                   "remote closer", "remote closers", "sales closers for", "closers for my",
                                   "setters for my", "closer for my", "setter for my")),
            "hiring-closers": V(r"(?:\b(?:looking\s{1,3}for|recruiting|hiring|wanted|needs|need)\b){gap:3}"
                                r"(?:\b(?:closers|closer)\b)"),
        },
        requires=(any_of("influencer", "influencers", "dm", "dms", "reply", "comment", "offer", "offers", "coaching",
                         "high ticket", "high-ticket"),),
        exclude=(_WARNING, any_of("door closers", "door closer", "base salary", "401k", "pension",
                                  "appointment setter", "appointment setters", "loan closer", "loan closers",
                                  "mortgage", "escrow", "title company")),
        explanation=("Recruits 'DM closers' or 'appointment setters' on commission for someone's offers: the "
                     "make-money-online pitch sold as a sales job, with no employer or wage named."),
        examples=(
            "Hiring closers, commission only, free training provided. Reply 'closer'.",
            "Need 3 DM setters for my coaching offer, paid per booked call.",
            "Looking for high ticket closers, no experience needed, DM me.",
        ),
        counter_examples=(
            "Carpenter needed to fit door closers and hinges in a new school.",
            "Beware of 'hiring DM closers' posts: report them.",
            "Sales account executive: base salary plus commission, pension and 401k.",
            "Appointment setters for our solar sales office, hourly pay plus bonus, reply to this ad with your CV.",
        ),
    ),
    Rule(
        id="CT272", category=CATEGORY, name="make-money-online-pitch", severity="low", weight=0.25,
        patterns={
            "mmo-hashtags": V(r"{mmo_hashtag}"),
            "i-made": V(r"\b(?:i|you'll|you\swill|you\scan|you\scould|u\swill|u\scan)\s(?:have\s)?"
                        r"(?:made|make|earned|earn)\s(?:over\s|more\sthan\s|>\s?)?(?:\$|\u00a3|\u20ac)"
                        r"\s?(?>\d[\d,.]{0,9})\s?(?:k|m|million)?\b"
                        r"(?!\s?(?:/|per|an|a)\s?(?:hour|hr|h|shift)\b|\s?hourly)"),
            "teach-you-how": V(any_of("i will teach you how", "i'll teach you how", "i ll teach you how",
                                      "heres how i did it", "here's how i did it", "here's how in",
                                      "heres how in", "my complete guide", "free guide", "done for you",
                                      "done-for-you", "private inner circle", "inner circle", "group chat of",
                                      "costs nothing to start", "no tech needed", "no tech, no")),
        },
        requires=(any_of("earn", "earning", "make", "made", "money", "income", "profit", "profits", "sales", "earners",
                         "millionaires", "months", "cash", "paid", "hustle", "passive", "business", "six figure",
                         "six-figure", "seven figure", "seven-figure"),
                  r"[$\u00a3\u20ac]\s?\d",
                  r"(?<!\w)#\w{0,20}(?:money|income|hustle)"),
        exclude=(_WARNING,),
        explanation=("Sells a way to make money online (a guide, a group, a done-for-you business) with "
                     "make-money hashtags or 'I made $X' claims, rather than offering a job."),
        examples=(
            "I made $48,000 last month from my laptop. Here's how in 12 steps.",
            "Start your own business today, done for you, no tech needed! #PassiveIncome #SideHustle",
            "Join my private inner circle of six-figure earners.",
        ),
        counter_examples=(
            "Our bakery made 300 loaves for the food bank this weekend.",
            "Scam warning: 'done for you' income courses are a common fraud, report them.",
            "Free guide to writing a CV, from the city library's careers desk.",
        ),
    ),
    Rule(
        id="CT273", category=CATEGORY, name="reply-bait-money-claim", severity="medium", weight=0.45,
        patterns={"reply-keyword": V(r"{reply_keyword}"), "follow-for-dm": V(r"{follow_for_dm}")},
        requires=(_MONEY_CLAIM,),
        exclude=(_WARNING, any_of("donation", "donate", "donations", "rsvp", "confirm your appointment",
                                  "confirm your order", "confirm your booking", "unsubscribe", "stop to opt out",
                                  "per hour", "an hour", "hourly", "/hr", "/hour", "shift", "shifts", "timesheet")),
        explanation=("Reply bait (\"reply YES\", comment 'M', must follow for the DM) in a post that also claims "
                     "sums of money or recruits closers: the two together are the make-money pitch."),
        examples=(
            "You could make $3,000 this month from your laptop. Reply \"ready\" and I'll DM you.",
            "Part-time job, earn 200-500 USD daily, reply YES to start.",
            "Hiring DM closers for my offers, commission only. Comment 'closer' and follow.",
        ),
        counter_examples=(
            "Reply YES to confirm your $25 donation to the food bank.",
            "Reply 'stop' to unsubscribe. Text STOP to opt out.",
            "Shift at the Leeds depot tomorrow 7am, \u00a311.50 per hour, reply YES to accept.",
            "Job texts that say 'reply YES to earn $300 a day' are scams: report them.",
        ),
    ),
    Rule(
        id="CT274", category=CATEGORY, name="money-hashtag-stack", severity="medium", weight=0.4,
        patterns={"two-money-hashtags": V(r"{mmo_hashtag}[^\n]{0,120}?{mmo_hashtag}")},
        exclude=(_WARNING,),
        explanation=("Stacks two or more make-money hashtags (#PassiveIncome #SideHustle #MakeMoneyOnline): the "
                     "signature of a money pitch posted as a job; job ads from employers do not tag themselves so."),
        examples=(
            "Launch your online store in a day! Link in bio #SideHustle #PassiveIncome",
            "Work from your phone, start today #MakeMoneyOnline #ExtraIncome #WFH",
        ),
        counter_examples=(
            "Report posts tagged #PassiveIncome #SideHustle that ask you to pay to join: they are scams.",
            "We're hiring a junior accountant in Bristol #hiring #accounting #jobs",
            "My side project is finally live #sidehustle",
        ),
    ),
)

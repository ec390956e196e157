"""Off-platform contact: the poster pushes applicants to a private messenger.

Recruiters who traffic or defraud people move the conversation off the job
board as fast as they can, to WhatsApp, Telegram, Signal, WeChat, Viber, Kik or
Snapchat, where the platform cannot see it, reports cannot follow and messages
can vanish. Many honest employers also answer on WhatsApp, so a messenger alone
is weak; "only on Telegram", "don't reply here" and "drop your number" are not.

The rules read the text (messenger names, ``wa.me`` / ``t.me`` links, numbers
after a messenger name) rather than contact conditions, so that company-channel
wording ("our official WhatsApp Business line") and technical jobs ("WhatsApp
API integration") can be excluded: exclusions do not apply to contact hits, and
contact platform detection also tags "Direct line: 020 ..." as the LINE app.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, trie_any_of, warnings

CATEGORY = "off_platform_contact"
DESCRIPTION = "Pushes applicants off the platform to WhatsApp, Telegram, Signal or another private messenger."
REASON = "pushes the conversation to a private messenger"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    whatsapp=trie_any_of(
        "whatsapp", "whats app", "what's app", "whats-app", "whatsap", "watsapp", "watsap", "wattsapp", "whatapp",
        "whatsaap", "whtsapp", "whtsap", "wtsapp", "wtsap", "w/app", "w.app", "wapp", "whattsapp", "whatsapps",
        "watts app", "wats app", "whatzapp", "watzapp", "whatsaap", "wa.me", "chat.whatsapp.com", "api.whatsapp.com",
    ),
    # Messengers other than WhatsApp, and the unambiguous spellings of Signal/LINE/Session.
    private=trie_any_of(
        "telegram", "telegrm", "telegramm", "t.me", "telegram.me", "tele gram", "wechat", "we chat", "weixin",
        "viber", "kik", "kik messenger", "snapchat", "snap chat", "wickr", "threema", "imo", "botim", "zangi",
        "signal app", "signal messenger", "session app", "line app", "line id", "line messenger", "add me on line",
        "wechat id", "kik id",
    ),
    # "on Signal", "add me on Session", not "signal processing".
    signal_use=r"\b(?:on|via|through|over|using|in|add me on|text me on|message me on|dm me on)\s{1,3}"
               r"(?:signal|session)\b(?!\s{1,3}(?:processing|strength|integrity|analysis|chain|flow|level"
               r"|levels|path|detection|quality|of|manager|managers|leader|leaders|management|cook|cooks|staff"
               r"|workers|production|operator|operators|shift|shifts|item|items|duties|replay|storage|tokens?)\b)",
    messenger=r"(?:{whatsapp}|{private}|{signal_use}|\btg\s{0,2}[:@]|\bon\s{1,3}tg\b)",
    contact_verb=trie_any_of(
        "contact", "contact me", "contact us", "message", "message me", "msg", "msg me", "text", "text me", "chat",
        "chat me", "chat with me", "reach", "reach me", "reach out", "hit me up", "hmu", "call", "call or",
        "ping", "ping me", "add", "add me", "inbox", "inbox me", "write", "write me", "send", "send me", "apply",
        "talk", "speak", "get in touch", "connect", "dm", "dm me", "pm", "pm me", "join", "click", "tap", "info",
        "details", "more info", "more details", "enquiries", "inquiries", "interested", "reply", "respond",
        "forward", "submit", "drop", "holla", "buzz", "buzz me", "whatsapp me", "telegram me",
    ),
    for_details=any_of("number", "no", "contact", "group", "link", "for details", "for more", "for info", "only"),
    only=any_of("only", "strictly", "exclusively"),
    only_after=any_of("only", "strictly", "alone", "only pls", "only please"),
    only_just=any_of("only", "strictly", "exclusively", "just"),
    via=any_of("on", "via", "through", "by", "thru", "in"),
    contact_short=any_of("contact", "message", "text", "reach", "apply", "chat"),
    move_chat=any_of("move", "moving", "switch", "continue", "take", "shift", "transfer", "let's talk", "lets talk",
                     "let us talk", "let's chat", "lets chat", "we talk", "we chat", "talk more", "discuss"),
    to_on=any_of("to", "on", "via", "in", "over"),
    dont_reply=any_of("don't reply", "do not reply", "dont reply", "don't respond", "do not respond",
                      "don't message", "do not message"),
    text_me=any_of("text me", "call me", "text", "my number", "inbox me", "dm me", "pm me"),
    drop=any_of("drop", "comment", "leave", "send", "post", "share", "inbox", "dm", "pm", "write"),
    your_number=any_of("number", "numbers", "no", "digits", "phone number", "mobile number", "whatsapp", "telegram",
                       "whatsapp number", "whatsapp no", "telegram username", "snap", "snapchat", "handle", "cell"),
    # Chat apps and text-only channels an interview can be moved to.
    chat_app=any_of("telegram", "whatsapp", "whats app", "signal", "wickr", "wire app", "wechat", "viber",
                    "google hangouts", "hangouts", "textnow", "text now", "textfree", "teams chat", "skype chat",
                    "discord", "chat app", "messaging app", "instant messenger", "text message", "text chat",
                    "chat only"),
    interview=any_of("interview", "interviews", "screening", "onboarding", "orientation", "briefing",
                     "training session"),
    via_using=any_of("on", "via", "through", "over", "using", "in", "thru"),
    install=any_of("download", "install", "get", "set up", "create"),
)
# Company-channel or technical uses of a messenger's name.
_COMPANY_CHANNEL = trie_any_of(
    "whatsapp business", "official whatsapp", "official telegram", "verified whatsapp", "verified business",
    "official channel", "official channels", "official account", "our hr team", "our recruitment team",
    "our hiring team", "our talent team", "our office", "also answers", "also available on", "as well as email",
    "or email", "or e-mail", "or apply online", "careers page", "career page", "our website", "customer service",
    "customer support", "customers", "clients",
)
_TECH = trie_any_of(
    "api", "apis", "sdk", "integration", "integrations", "integrate", "bot", "bots", "chatbot", "chatbots",
    "developer", "developers", "webhook", "webhooks", "backend", "back-end", "frontend", "front-end",
    "social media manager", "social media management", "social media marketing", "social media accounts",
    "community manager", "moderate", "moderator", "moderation", "subscribers", "followers", "manage our",
    "managing our", "grow our", "growing our", "channels such as", "platforms such as", "platforms like",
    "apps like", "apps such as", "messaging apps", "messaging platforms", "encryption", "protocol", "smm",
)
_SCAM_WARNING = warnings("will never", "never contact", "never ask", "never message", "never recruit",
                         "do not recruit", "don't recruit", "does not recruit", "doesn't recruit", "impersonat",
                         "impersonating", "impersonation", "pretending to be", "fake accounts", "fake profiles",
                         "fraudsters", "fraudulent", without=("scammer", "fraud", "beware", "warning"), trie=True)

RULES = (
    Rule(
        id="CT110", category=CATEGORY, name="messenger-contact", severity="low", weight=0.25,
        patterns=(
            V(r"(?:{contact_verb}){gap:4}(?:{messenger})"),
            V(r"{messenger}\s{0,2}(?:me|us)\b"),
            V(r"{messenger}\W{0,3}(?:number|no\.?|num|line|contact|id|handle|username|user name)?\W{0,4}(?:\+|@|\d)"),
            V(r"\d(?:[\s\-]{0,2}\d){6,14}\W{0,3}(?:on|via|through|thru|by)\s{1,3}(?:{messenger})"),
            V(r"(?:{messenger}){gap:1}(?:{for_details})"),
            any_of("my whatsapp", "my telegram", "my wechat", "my viber", "my snapchat", "my kik", "my signal",
                   "my snap", "add my snap", "our whatsapp group", "our telegram group", "whatsapp group",
                   "telegram group", "telegram channel", "whatsapp channel"),
            r"\b(?:wa\.me|chat\.whatsapp\.com|api\.whatsapp\.com|t\.me|telegram\.me)/",
        ),
        exclude=(_COMPANY_CHANNEL, _TECH, _SCAM_WARNING),
        context=80,
        explanation=("Asks applicants to get in touch on WhatsApp, Telegram, Signal, WeChat, Viber, Kik or Snapchat "
                     "instead of through the job platform. Weak alone: some honest employers use WhatsApp too."),
        examples=(
            "For more details WhatsApp me on +234 803 123 4567.",
            "Interested? Message us on Telegram.",
            "Join our WhatsApp group: chat.whatsapp.com/AbCd123",
            "Send your CV to my watsapp 0803 000 1111",
            "Chat with the recruiter here: wa.me/971501234567",
            "Add me on Signal for the job details.",
            "Send your photo to 0803 000 0000 on WhatsApp.",
        ),
        counter_examples=(
            "Our HR team also answers on WhatsApp Business and by email.",
            "Build chatbots on the WhatsApp Business API and Telegram bots.",
            "We will never contact you on WhatsApp or Telegram; beware of scammers.",
            "Signal processing engineer, Cambridge.",
            "Production line operators needed on line 3.",
            "Manage our Telegram channel and grow subscribers.",
        ),
    ),
    Rule(
        id="CT111", category=CATEGORY, name="messenger-only", severity="medium", weight=0.5,
        patterns=(
            V(r"(?:{messenger})\W{0,3}(?:{only_after})"),
            V(r"{only_just}\W{0,3}(?:{via}\W{0,3})?(?:{messenger})"),
            V(r"(?:{contact_short}){gap:2}(?:{only}\W{1,3}(?:{via})\W{1,3}(?:{messenger}))"),
            V(r"(?:{move_chat}){gap:4}(?:{to_on}\W{1,3}(?:{messenger}))"),
        ),
        exclude=(_TECH, _SCAM_WARNING, any_of("whatsapp business", "official")),
        context=80,
        explanation=("Insists that contact happen only on a private messenger, or asks to move the conversation "
                     "there: the platform loses sight of it, which is what traffickers and scammers want."),
        examples=(
            "Contact only via Telegram, serious people.",
            "WhatsApp only, no calls.",
            "Let's continue this chat on WhatsApp, the site is too slow.",
            "Apply strictly on Signal app.",
            "Text me on wechat only.",
        ),
        counter_examples=(
            "We only recruit through our careers page, never via WhatsApp.",
            "Experience with messaging apps such as WhatsApp only is not enough.",
            "Call or email us; we reply within a day.",
            "Beware of scammers who move you to Telegram only.",
        ),
    ),
    Rule(
        id="CT112", category=CATEGORY, name="private-messenger", severity="medium", weight=0.35,
        patterns=(
            V(r"(?:{contact_verb}){gap:4}(?:(?:{private}|{signal_use}))"),
            V(r"(?:{private})\W{0,3}(?:me|us|@|id|username|handle|user name|group|channel|link|\+|\d)"),
            r"\b(?:t\.me|telegram\.me)/",
            any_of("my telegram", "my wechat", "my snapchat", "my kik", "my signal", "my viber", "my snap",
                   "add my snap", "telegram group", "telegram channel"),
        ),
        exclude=(_TECH, _SCAM_WARNING, any_of("official telegram", "official channel")),
        context=80,
        explanation=("Points applicants to Telegram, Signal, WeChat, Kik, Snapchat, Viber or a similar app: "
                     "anonymous, encrypted or disappearing chats that recruiters of trafficking victims favour."),
        examples=(
            "Join our Telegram group for the task details: t.me/quickjobs_hr",
            "Add me on Snapchat for the modelling gig.",
            "WeChat ID: lily_recruit",
            "DM me on signal, not here.",
            "Message me on Kik, username jess_jobs.",
        ),
        counter_examples=(
            "We build Telegram bots and Signal protocol integrations.",
            "Never accept job offers made on Telegram: they are scams.",
            "Follow our official Telegram channel for company news.",
            "Signal integrity engineer for PCB design.",
        ),
    ),
    Rule(
        id="CT113", category=CATEGORY, name="dm-me", severity="low", weight=0.25,
        patterns=(
            r"\b(?:dm|pm|inbox|message|msg|text)\s(?:me\s|us\s)?(?:now\s)?for\s(?:the\s|more\s)?(?:details|detail|more|info"
            r"|information|enquiries|inquiries|further|price|job|jobs|interview|application|how|link|requirements)\b",
            any_of("dm me", "dm us", "dm now", "dm asap", "send me a dm", "send a dm", "slide in my dm",
                   "slide into my dm", "slide into my dms", "check your dm", "check your dms", "check dm",
                   "check my dm", "inbox me", "inbox us", "inbox now", "pm me", "pm us",
                   "pm now", "pm asap", "message me privately", "message me in private", "message me directly",
                   "send me a private message", "private message me", "privately message", "in my inbox",
                   "my inbox", "msg me", "mssg me", "chat me up", "hit me up", "hmu", "dm open", "dms open", "my dms are open", "dm is open"),
        ),
        exclude=(_SCAM_WARNING, any_of("spam", "unsolicited")),
        explanation=("Asks applicants to move to private messages ('DM me', 'inbox me', 'PM for details') rather "
                     "than apply through the platform: often the first step off it."),
        examples=(
            "Interested ladies should inbox me for details.",
            "DM for more info on the Dubai job.",
            "PM me if you want to earn from home.",
            "Message me privately, serious people only.",
        ),
        counter_examples=(
            "Please apply through the link; we do not respond to DMs about vacancies.",
            "Beware of scammers who DM you with job offers.",
            "Send your CV to careers@example.com.",
            "Manage the social inbox for our brand accounts.",
        ),
    ),
    Rule(
        id="CT114", category=CATEGORY, name="leave-the-platform", severity="medium", weight=0.45,
        patterns=(
            any_of("don't reply here", "do not reply here", "dont reply here", "don't respond here",
                   "do not respond here", "don't apply here", "do not apply here", "dont apply here",
                   "don't comment", "do not comment", "dont comment", "no comments", "don't comment here",
                   "don't apply on this site", "do not apply on this site", "don't apply through this site",
                   "do not apply through the platform", "don't apply on the platform"),
            any_of("not through this app", "outside this app", "outside the app", "outside this platform", "outside the platform",
                   "off this platform", "off the platform", "off this site", "off-platform", "away from this app",
                   "this app is monitored", "this site is monitored", "they monitor", "the site blocks",
                   "the app blocks", "avoid the site", "the site deletes", "the app deletes"),
            V(r"(?:{dont_reply}){gap:8}(?:(?:{messenger}|{text_me}))"),
            any_of("text only", "texts only", "sms only", "text only no calls", "text only, no calls",
                   "only text", "only sms", "no calls text", "no calls, text", "no calls just text",
                   "no calls only text", "no calls only whatsapp", "no calls, whatsapp", "whatsapp no calls"),
        ),
        negatable=False,
        exclude=(_SCAM_WARNING, any_of("please do not reply to this email", "this is an automated",
                                       "automated message", "automatically generated", "unmonitored",
                                       "no-reply", "noreply", "mailbox is not monitored")),
        explanation=("Tells applicants not to answer on the platform, or to text only: "
                     "deliberately keeps the contact where moderators and reports cannot see it."),
        examples=(
            "Don't reply here, WhatsApp me directly.",
            "Do not apply on this site, text me on 0803 123 4567.",
            "Text only, no calls.",
            "This app is monitored so let's talk on Telegram.",
        ),
        counter_examples=(
            "This is an automated message, please do not reply to this email.",
            "Beware of scammers who tell you to text only.",
            "Please apply online; phone calls are not accepted.",
            "Apply here on the platform and we will reply within a week.",
        ),
    ),
    Rule(
        id="CT115", category=CATEGORY, name="collect-numbers", severity="medium", weight=0.4,
        patterns=(
            V(r"(?:{drop}){gap:2}(?:(?:your|ur|yr)\W{1,3}(?:{messenger}\W{1,3})?{your_number})"),
            any_of("i will add you", "i'll add you", "we will add you", "we'll add you", "will add you to the group",
                   "add you to our group", "add you to the group", "add you to my group"),
        ),
        exclude=(_SCAM_WARNING, any_of("application form", "online form", "reference number", "passport number",
                                       "national insurance", "ni number", "ssn", "account number", "order number",
                                       "ticket number", "case number", "employee number", "tracking number")),
        explanation=("Asks people to drop their phone or messenger number in the comments or inbox so the "
                     "recruiter can add them privately, away from the platform."),
        examples=(
            "Interested? Drop your WhatsApp number below.",
            "Comment your number and I will add you.",
            "Send your phone number in my inbox for the job details.",
            "Leave your Telegram username and we'll add you to the group.",
        ),
        counter_examples=(
            "Never post your phone number in the comments: scammers are watching.",
            "Please quote the reference number when you apply.",
            "Apply online and leave your contact details on the form.",
            "Drop your CV at reception.",
        ),
    ),
    Rule(
        id="CT116", category=CATEGORY, name="interview-by-chat-app", severity="medium", weight=0.45,
        patterns={
            "interview-on-messenger": V(r"(?:{interview}){gap:5}(?:{via_using}\s{1,3}{chat_app})"),
            "install-for-interview": V(r"(?:{install}){gap:2}(?:(?:{chat_app}){gap:6}(?:{interview}))"),
            "text-only-interview": any_of("chat interview", "chat-based interview", "text interview",
                                          "text-based interview", "texting interview", "online chat interview",
                                          "instant message interview", "instant messaging interview",
                                          "interview via text", "interview by text", "interview over text",
                                          "interview through text", "interview via chat", "interview by chat",
                                          "interview over chat", "interview will be by text",
                                          "interview will be via chat", "written interview on"),
        },
        exclude=(_SCAM_WARNING, _TECH),
        explanation=("Holds the job interview, screening or onboarding by text on a chat app (Telegram, "
                     "WhatsApp, Signal, Hangouts, TextNow): fake recruiters avoid a call that would show who they are."),
        examples=(
            "Your interview will be held on Telegram with our HR manager tomorrow at 10am.",
            "Please download Signal for your screening with the hiring team.",
            "The onboarding is done via Google Hangouts text chat.",
            "Please set up a Telegram account for your online chat interview with the hiring manager.",
            "We found your resume online; the interview is a text-based interview with our HR lead.",
        ),
        counter_examples=(
            "Interviews are held in person at our Leeds office or by video call.",
            "Real employers never hold interviews over Telegram chat: report anyone who asks.",
            "Build the onboarding flow of our WhatsApp integration for the API team.",
            "Scammers often hold a text-based interview on a chat app; real employers call you.",
            "Live chat agents: after a phone interview you will answer customers on our website chat.",
        ),
    ),
)

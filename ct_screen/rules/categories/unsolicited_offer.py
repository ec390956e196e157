"""Unsolicited offers: "you have been selected", "your CV was passed on to me", "do you need a part-time job?".

Job-scam texts and messages start out of the blue: a stranger says your CV or
profile was recommended to them, that your application was accepted or that
you were shortlisted (for a job you never applied to), or simply asks whether
you still need work, and then moves the next step to a link, a dialling code or
a chat app. Consumer-protection warnings (FTC, Action Fraud, ACCC) name the
unexpected message itself as the first red flag of task and fake-job scams.
Weak on its own; the link, the code or the messenger makes it stronger.
"""

from __future__ import annotations

from ..base import Check, Rule
from ..patterns import SHARED, any_of, warnings

CATEGORY = "unsolicited_offer"
DESCRIPTION = ("Offers a job out of the blue: says the reader was selected, shortlisted or recommended, or that "
               "their CV was passed on, or asks if they need work, then moves on to a link, code or chat app.")
REASON = "offers a job out of the blue (selected, recommended or 'do you need work?')"
"""What a moderator reads when the category fires (completes "the post ...")."""

_YOUR_CV = any_of("your cv", "your resume", "your résumé", "your profile", "your background", "your details",
                  "your information", "your background and resume", "your resume and background",
                  "your cv and profile", "your number", "your contact")
_NEXT_STEP = any_of("click", "link", "dial", "whatsapp", "telegram", "signal", "wa.me", "t.me", "text me",
                    "message me", "contact me", "add me", "reply", "complete", "finish", "visit", "http", "https",
                    "www", "confirm", "sms", "call me", "contact us", "add us")
_WARNING = warnings("fake", "never", "report", "red flag", "unexpected message", "out of the blue", "phishing",
                    "smishing")

_SHORT_MESSAGE = 600
"""A text message or a chat message, not a job advert: at most this many characters in the whole post."""
_JOB_WORD = any_of("part-time", "part time", "parttime", "part-time job", "job", "jobs", "hiring", "recruiting",
                   "vacancy", "vacancies", "online work", "work from home", "home-based", "tasks", "earn", "salary")
_MESSENGER_LINK = any_of("wa.me", "t.me", "whatsapp", "whats app", "telegram", "chat.whatsapp.com", "viber",
                         "wechat", "line id", "signal")
_MONEY_WORD = (r"\b(?:earn|earning|earnings|salary|income|paid|commission|commissions|daily|per\sday|a\sday|profit"
               r"|bonus)\b|[$\u00a3\u20ac\u20b1\u20b9]\s?\d|\b\d[\d,.]{0,7}\s?(?:rs|php|p|usd|pesos|naira|inr)\b")

_SHORT = Check("short_message", (("max_chars", _SHORT_MESSAGE),), lambda text, start, end: len(text) <= _SHORT_MESSAGE)

V = SHARED.extend(
    your_cv=_YOUR_CV,
    job_word=_JOB_WORD,
    messenger=_MESSENGER_LINK,
    passed_on=any_of("passed on to me", "passed to me", "passed on to us", "passed to us",
                     "forwarded to me", "forwarded to us", "shared with me", "shared with us",
                     "recommended by", "recommended to me", "recommended to us",
                     "referred to me", "referred to us", "given to me", "given to us"),
    found=any_of("i found", "we found", "i came across", "we came across", "i got",
                 "we got", "i received", "we received", "i saw", "we saw", "obtained"),
    found_on=any_of("on", "from", "through", "via", "online", "in our database"),
    anyone_welcome=any_of("regardless of gender", "regardless of age", "any gender", "all genders welcome",
                          "male or female", "men and women of all ages", "no age limit"),
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`): ``{your_cv}``, ``{job_word}``
and ``{messenger}`` are the lists above."""

RULES = (
    Rule(
        id="CT280", category=CATEGORY, name="cv-passed-on", severity="medium", weight=0.35,
        patterns={
            "cv-recommended": V(r"(?:{your_cv}){gap:5}(?:{passed_on})"),
            "found-your-cv": V(r"(?:{found}){gap:2}(?:(?:{your_cv}){gap:1}(?:{found_on}))"),
            "came-across-your-cv": V(r"\b(?:i|we)\s(?:came\sacross|found|noticed|discovered|viewed)\s(?:{your_cv})"),
            "passed-your-cv-to-me": V(r"\b(?:passed|forwarded|gave|sent|referred|shared)\s(?:me\s|us\s)?(?:{your_cv})"
                                      r"(?:\s(?:to|with)\s(?:me|us))?\b"),
        },
        requires=(_NEXT_STEP,),
        exclude=(_WARNING,),
        explanation=("Says the reader's CV or profile was passed on or recommended to the sender, who then moves "
                     "the conversation to a link or a chat app: the opening of a fake-recruiter message."),
        examples=(
            "Hello, this is Maria from a staffing firm. Your resume was passed on to me by a partner agency; "
            "add me on Telegram for the interview.",
            "Good day! Your profile has been recommended by several online recruitment agencies. Message me on "
            "WhatsApp to hear about a flexible role.",
            "We found your CV on a job site and would like to offer you a remote position, click the link.",
            "Hi, this is Jenna from a staffing firm. We came across your resume, reply YES for a remote role.",
            "A friend passed your resume to me. Message me on Signal about a remote role.",
        ),
        counter_examples=(
            "Your CV will be shared with the hiring manager only with your consent.",
            "Fake recruiters often say your resume was passed on to them: report such messages.",
            "Send your CV and cover letter to the HR team through our careers page.",
            "We received your CV and will contact you if you are shortlisted.",
        ),
    ),
    Rule(
        id="CT281", category=CATEGORY, name="selected-without-applying", severity="medium", weight=0.4,
        patterns={
            "you-were-selected": V(r"\b(?:you|u)\s(?:have|ve|has|were|are)\s(?:been\s)?(?:successfully\s)?(?:selected|shortlisted"
                                   r"|short-listed|hired|chosen|approved|accepted)\b"),
            "application-accepted": V(r"\byour\s(?:job\s)?(?:application|cv|resume|profile)\s(?:has|have|was|is)\s(?:been\s)?"
                                      r"(?:successfully\s)?(?:accepted|approved|reviewed|selected|shortlisted|successful)\b"),
            "pending-job-offer": V(r"\byou\s(?:have|'ve\sgot|got|received)\s(?:a|an)\s(?:new\s|pending\s|unread\s)(?:job\s)?offer\b"
                                   r"|\byour\sjob\soffer\s(?:is\s)?(?:ready|waiting|pending)\b"),
        },
        requires=(_NEXT_STEP,),
        exclude=(_WARNING, any_of("if you are selected", "if you have been selected", "if shortlisted",
                                  "only shortlisted", "shortlisted candidates will", "shortlisted applicants will",
                                  "once selected", "if selected", "will be contacted", "were you")),
        explanation=("Tells the reader they were selected, shortlisted or accepted, in a message that sends "
                     "them to a link, a dialling code or a chat app to 'finish' the process."),
        examples=(
            "Good news! Your application has been accepted. Complete your onboarding here: short.example/abc",
            "Congratulations, you have been shortlisted for a home-based role. Dial the code below to confirm.",
            "Hi, you were selected for our part-time team, contact me on WhatsApp.",
            "You have a pending job offer from a recruitment firm. Click to view: short.example/q1",
        ),
        counter_examples=(
            "Only shortlisted candidates will be contacted.",
            "If you are selected for an interview, our HR team will email you.",
            "Never click links in texts saying you have been selected for a job you did not apply for.",
            "Your job offer letter is attached; please read it before our call on Monday.",
        ),
    ),
    Rule(
        id="CT282", category=CATEGORY, name="do-you-need-work", severity="low", weight=0.2,
        patterns={
            "need-work-question": V(r"\b(?:do|did)\s(?:you|u)\s(?:still\s)?(?:need|want)\s(?:a\s|an\s|some\s)?(?:extra\s|more\s|side\s)?"
                                    r"(?:part[\s-]?time\s|online\s|side\s|extra\s)?(?:job|jobs|work|income|money|cash)\b[^\n.!?]{0,30}\?"),
            "still-looking": V(r"\bare\s(?:you|u)\s(?:still\s)(?:looking|searching)\sfor\s(?:a\s)?(?:new\s)?(?:job|jobs|work|income)"
                               r"\b"),
            "available-for-a-gig": V(r"\b(?:are|r)\s(?:you|u)\s(?:available|free|interested|open)\s(?:for|in|to)\s(?:a\s|an\s|some\s)?"
                                     r"(?:side|part[\s-]?time|online|remote|extra|quick)\s(?:gig|job|work|income|hustle|role)\b"
                                     r"[^\n.!?]{0,30}\?"),
        },
        requires=(_NEXT_STEP,),
        exclude=(_WARNING,),
        explanation=("Opens with a question to a stranger ('do you need a part-time job?', 'are you still looking "
                     "for work?') and sends them to a link or a chat app: the hook of task-scam texts."),
        examples=(
            "Hi dear, do you need a part-time job? Reply 1 and add me on WhatsApp.",
            "Are you still looking for jobs online? Message me on Telegram.",
            "Do you want extra income from your phone? Click the link.",
            "Are you available for a side gig? 30 minutes a day from your phone, reply 1 to start.",
        ),
        counter_examples=(
            "Do you need a reference letter from your last job? Ask the office.",
            "Are you looking for a career in nursing? Visit our open day.",
            "Texts asking 'do you need a part-time job?' are often scams: report them.",
        ),
    ),
    Rule(
        id="CT283", category=CATEGORY, name="job-text-to-messenger", severity="medium", weight=0.4,
        patterns={
            "job-then-messenger": V(r"(?:{job_word}){gap_lines:40}(?:{messenger})"),
            "messenger-then-job": V(r"(?:{messenger}){gap_lines:12}(?:{job_word})"),
        },
        requires=(_MONEY_WORD,),
        exclude=(_WARNING,),
        check=_SHORT,
        explanation=("A short message (a text, not an advert) that offers paid part-time or online work and "
                     "sends the reader to WhatsApp or Telegram: the task-scam text consumer agencies warn about."),
        examples=(
            "Part-time job available, salary paid daily, contact via WhatsApp.",
            "Hello, our company is recruiting online workers, earn 300-800 a day. Telegram: t.me/example_hr",
            "Work from home tasks, commission on every order, add us on whats app +44 7700 900123",
        ),
        counter_examples=(
            "Job texts that send you to WhatsApp to earn money daily are scams: never reply.",
            "Part-time receptionist, salary 18,000 GBP pro rata, apply by email to the practice manager.",
            "Join the neighbourhood WhatsApp group for news about the summer fete.",
        ),
    ),
    Rule(
        id="CT284", category=CATEGORY, name="anyone-can-apply-text", severity="low", weight=0.3,
        patterns={
            "wide-age-range": V(r"\bages?d?\s(?:from\s|between\s)?(?:1[89]|[2-5]\d)\s?(?:-|to|and|~)\s?(?:[4-8]\d)\b"),
            "any-gender": V(r"{anyone_welcome}"),
            "at-least-age": V(r"\b(?:must\sbe|you\smust\sbe|only)\s(?:at\sleast\s|over\s|above\s)?(?:2[0-5])\s?(?:\+|years?\sold"
                              r"|years\sof\sage|or\sabove|or\solder)"),
        },
        requires=(_JOB_WORD,),
        exclude=(_WARNING,),
        check=_SHORT,
        explanation=("A short message offering work to anyone in a wide age range or 'regardless of gender': "
                     "mass texts cast a wide net; an employer hiring for a real role describes the role instead."),
        examples=(
            "Part-time shop assistants wanted, ages 22-65, regardless of gender, flexible hours. Text me.",
            "Remote job, you must be at least 21 years old, message us on Telegram.",
        ),
        counter_examples=(
            "Senior centre volunteers needed; we welcome helpers of every background.",
            "Texts offering jobs to anyone 'ages 22-65, regardless of gender' are mass scams: report them.",
            "Bar staff, you must be 18 or over, apply in person with your CV.",
        ),
    ),
    Rule(
        id="CT285", category=CATEGORY, name="recruiter-intro-text", severity="low", weight=0.3,
        patterns={
            "name-from-recruiter": V(r"\b(?:my\sname\sis|i\sam|i'm|this\sis)\s(?>\w{2,15})(?:\s(?>\w{2,15}))?(?:,\s|\s)(?:and\si\swork\s"
                                     r"(?:as|for|at)\s|from\s|with\s|a\s|an\s|the\s)(?:[^\n.!?]{0,40}?)\b(?:recruiter|recruitment|recruiting|hr"
                                     r"|human\sresources|staffing|talent|hiring)\b"),
            "brand-recruiting": V(r"\b(?:amazon|tiktok|indeed|shopee|lazada|youtube|walmart|linkedin|netflix|google|unilever"
                                  r"|robert\shalf|adecco|randstad|temu|shein|alibaba|ebay)\b\s(?:is\s|are\s)?(?:now\s|currently\s"
                                  r"|urgently\s)?(?:recruiting|hiring|looking\sfor|seeking)\b"),
        },
        requires=(any_of("part-time", "part time", "parttime", "remote", "online", "from home", "flexible",
                         "helpers", "tasks", "earn", "daily", "a day", "per day", "minutes a day", "hours a day"),),
        exclude=(_WARNING,),
        check=_SHORT,
        explanation=("A short message from a named 'recruiter' or in the name of a famous company, offering "
                     "flexible part-time or online work to a stranger: the opening of job-scam texts."),
        examples=(
            "Hi, my name is Dana and I work as a recruiter for a staffing firm. We need part-time helpers, "
            "60 minutes a day from home.",
            "Hello, this is Leo from the HR team of an online store, we have flexible remote positions, earn daily.",
            "Amazon is urgently recruiting part-time online workers, contact us for details.",
        ),
        counter_examples=(
            "Scammers pretend Amazon is hiring part-time online workers by text: report such messages.",
            "Hi, I'm Sam, a nurse in Leeds, and I love my job.",
            "Senior engineer, remote within the UK. Our team builds payment software for small firms; salary "
            "70,000 GBP, pension, 30 days holiday. Interviews by video with the team lead and a take-home task.",
            "Hi, this is Ana with the Leeds branch recruitment team: your interview is on Monday at 10.",
        ),
    ),
    Rule(
        id="CT286", category=CATEGORY, name="reply-yes-job-text", severity="low", weight=0.3,
        patterns={
            "reply-yes": V(r"\b(?:reply|respond|text\s(?:back|us|me)|answer)\s(?:with\s)?[\"'\u2018\u201c]?(?:yes|y|ok|interested|1)"
                           r"[\"'\u2019\u201d]?(?![\w'])"),
        },
        requires=(_JOB_WORD,),
        exclude=(_WARNING, any_of("appointment", "your shift", "your booking", "your order", "delivery", "unsubscribe",
                                  "opt out", "stop to end", "confirm your attendance", "to confirm")),
        check=_SHORT,
        explanation=("A short message offering work that asks the reader to 'reply YES' to hear more: consumer "
                     "agencies describe it as how job-scam texts find who answers before any link is sent."),
        examples=(
            "Remote job, 60-90 minutes a day, earn $300 daily. Reply YES to learn more.",
            "We have part-time online work for you, salary paid weekly, reply 1 if interested.",
            "Flexible hiring now! Text back Y for details.",
        ),
        counter_examples=(
            "Reply YES to confirm your dental appointment on Tuesday.",
            "Your shift at the warehouse is tomorrow at 6am, reply YES to confirm.",
            "Job texts that say 'reply YES to learn more' are scams: do not answer.",
            "Reply with your availability and your CV.",
        ),
    ),
)

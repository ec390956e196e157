"""Vague remote work: money from home or from a phone, with no real job behind it.

"Earn from home with your phone", "just 2 hours a day", "no skills needed",
"like videos and get paid", "data entry from home, paid daily": the opening of
task scams, fee scams, money-mule recruitment and, in the seed documents,
of online recruitment into exploitation. Honest remote jobs name a role, a
team, skills and a salary; these posts name money and ease.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, near_template, phrases, trie_any_of, warnings

CATEGORY = "vague_remote_work"
DESCRIPTION = "Offers easy money from home or from a phone with no real role, skills or employer described."
REASON = "offers vague work-from-home money"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    money_sign=r"[$\u00a3\u20ac\u20b1\u20b9]",
    currency_word=r"(?:p|k|rs|php|pesos?|usd|inr|naira|bucks|dollars?)",
    per_day=r"daily|per\sday|a\sday|every\sday|each\sday",
)
"""Vague remote work's terms (besides the shared ``{home}``, ``{home_strict}`` and ``{ease}``, and ``{sp}`` between
words): ``{money_sign}`` ($, £, €, ₱, ₹), ``{currency_word}`` (php, usd, naira...) and
``{per_day}`` (daily, per day, every day... written as alternatives to go inside a group)."""


_SHORT_TIME = V(
    r"\b(?:just|only|onli|jst)\s(?:\d{1,2}(?:\s?-\s?\d{1,2})?|one|two|three|few|a few|some)\s(?:hours?|hrs?|minutes?|mins?)\b"
    r"|\b(?:[1-3]|[1-3]\s?-\s?[2-4]|one|two|three|a few|few|couple of)\s(?:hours?|hrs?)\s(?:a|per|each|every|daily|of your)\s?"
    r"(?:day|daily|time)?\b"
    r"|\b(?:10|15|20|30|45|60|90|\d{2}\s?-\s?\d{2})\s(?:minutes?|mins?)\s(?:a|per|each|every)\s(?:day|daily)\b"
    r"|\b(?:in|during)\s(?:your|ur)\s(?:spare|free|leisure|idle)\s(?:time|hours|moments)\b"
    r"|\bspare\stime\b|\bfree\stime\b|\bpart[\s-]?time\sfrom\shome\b|\bwhile\s(?:you|u)\s(?:sleep|relax|watch)"
)
_HONEST_REMOTE = trie_any_of(
    "hybrid", "days a week in the office", "days in the office", "office days", "home office allowance",
    "remote-first", "remote first", "our engineering team", "engineering team", "team lead", "years of experience",
    "years experience", "required skills", "requirements:", "qualifications:", "responsibilities:", "401k",
    "401(k)", "pension", "health insurance", "paid time off", "pto", "annual leave", "holiday allowance",
    "care at home", "home care", "home visits", "care home", "home health", "in-home", "homeowners",
    "home improvement", "home builder", "home builders", "open house", "home page", "homepage", "online store",
    "online shop", "online marketing", "online presence", "online courses", "online learning", "online banking",
    "online sales", "online application", "apply online", "online booking", "online platform", "online community",
    "online communities", "online advertising", "online media", "online content", "online tools",
    "online job application", "job application", "online application form", "online reporting", "online natives",
)

_EARN_PER_DAY = V(
    r"\b(?:earn|earning|kumita\sng|kumita|get|make|receive|paid)\s(?:up\sto\s|a\sminimum\sof\s|at\sleast\s"
    r"|minimum\s|from\s|between\s)?(?:[$\u00a3\u20ac\u20b1\u20b9?]|rs\.?\s?|php\s?|usd\s?)?"
    r"\d[\d,.]{0,7}\s?{currency_word}?"
    r"(?:\s?(?:-|to|~)\s?(?:{money_sign}|rs\.?\s?)?\d[\d,.]{0,7}\s?{currency_word}?)?\s"
    r"(?:{per_day}|per\stask|a\stask|each\stask|per\sorder|per\sclick|per\sreview|bawat\saraw|kada\saraw)\b"
)
"""Money by the day or by the task, any currency or none ("earn 200-500 daily", "$300 per task")."""
_RANGE_PER_DAY = V(
    r"(?:{money_sign}|\brs\.?\s?|\bphp\s?)(?>\d[\d,.]{0,6})\s?(?:-|to|~)\s?"
    r"(?:{money_sign}|rs\.?\s?|php\s?)?(?>\d[\d,.]{0,6})\s?(?:k\s)?(?:{per_day}|/\s?day)\b"
)
"""A range of money per day with no verb ("$30-$200 a day"): honest pay is hourly, monthly or yearly."""
_TASK_CONTEXT = any_of("part-time", "part time", "parttime", "task", "tasks", "whatsapp", "telegram", "wa.me", "t.me",
                       "mobile phone", "your phone", "click", "online", "from home", "link", "reply", "contact",
                       "shopper", "app", "http", "https", "www", "youtube", "tutor", "mentor", "makipag-ugnayan",
                       "makipag ugnayan", "i-message", "mag-message")
"""Where a per-day promise is a task-scam hook: part-time or task work, a link, a messenger."""

_EARNING_DOMAIN = V(
    r"(?:\b[a-z0-9\-]{1,20}(?<!l)(?<!\by)|(?<![\w.\-]))(?:"
    r"earn[a-z0-9\-]{0,20}\.(?:online|site|xyz|top|club|live|shop|store|fun|vip|icu|buzz|bid|click|link|work|cfd|sbs"
    r"|cyou|pro)|(?:earning|earnings|earnmoney)[a-z0-9\-]{0,20}\.[a-z]{2,6})\b(?!\.[a-z])"
    r"|\b[a-z0-9\-]{0,20}(?:easy|eazy|quick|fast|daily|instant|extra)(?:cash|money|income|profit|payout)"
    r"[a-z0-9\-]{0,20}\.[a-z]{2,6}\b"
)
"""A web address whose name is a promise of earnings ("easyearning.online", "dailycash-jobs.site")."""

RULES = (
    Rule(
        id="CT120", category=CATEGORY, name="money-from-home", severity="medium", weight=0.4,
        patterns=(
            V(near_template(phrases("earn", "earns", "earning", "earned", "made", "make money", "make cash", "making money",
                                    "make extra",
                                    "extra income", "extra cash", "extra money", "side income", "passive income", "get paid",
                                    "generate income", "daily income", "weekly income", "make $", "earn up to", "earn $",
                                    "cash daily", "paid daily", "daily pay", "earn money", "earn cash"),
                            "{home}", 4)),
            V(near_template("{home}", phrases("earn", "earning", "make money", "make cash", "making money", "extra income",
                                              "extra cash", "side income", "passive income", "get paid", "paid daily",
                                              "daily pay", "daily payout", "weekly payout", "cash out", "withdraw daily",
                                              "earn money", "earn cash", "income daily", "daily income"), 3)),
            V(phrases("make money online", "earn money online", "earn online", "online income", "online money",
                      "money from home", "money at home", "income from home", "cash from home", "earn from home",
                      "work from your phone", "work from phone", "work with your phone", "work on your phone",
                      "work using your phone", "job on your phone", "phone job", "phone jobs", "smartphone job",
                      "smartphone jobs", "online job", "online jobs", "online work", "home job", "home jobs",
                      "home-based job", "home based job", "home based jobs", "home-based jobs", "work at home job",
                      "work at home jobs", "work from home job", "work from home jobs", "wfh job", "wfh jobs",
                      "online part time", "online part-time", "part time online", "part-time online",
                      "stay at home and earn", "sit at home and earn", "earn while you sleep")),
            V(near_template(phrases("earn", "earning", "make money", "make cash", "extra income", "extra cash", "side income",
                                    "get paid", "earn money", "earn cash", "income"),
                            r"\b(?:in|during)\s(?:your|ur|their|my)\s(?:spare|free|leisure|idle)\s(?:time|hours)\b", 4)),
            V(r"\b(?:earn|make)\s(?:\w{1,10}\s){0,2}while\s(?:you|u)\s(?:sleep|relax|watch|chill|rest)"),
            V(near_template(phrases("work online", "online work", "job online", "jobs online", "online job", "online jobs",
                                    "work remotely from anywhere"),
                            phrases("good pay", "daily pay", "weekly pay", "paid daily", "paid weekly", "earn", "earning",
                                    "income", "big money", "good money", "cash", "payout"), 5)),
        ),
        exclude=(_HONEST_REMOTE, any_of("salary and benefits", "competitive salary", "base salary",
                                        "scam", "scams", "scammers", "fraud", "fraudulent", "beware")),
        context=80,
        explanation=("Promises money for working from home, online or 'from your phone' without naming a real "
                     "role or employer: the opening line of task, fee and mule scams."),
        examples=(
            "Earn from home with your phone, payment every day.",
            "Make money online in your spare time.",
            "Work from home and earn up to $500 weekly.",
            "Online part time job for students and mothers.",
            "Earn extra income from the comfort of your home.",
        ),
        counter_examples=(
            "Senior Python engineer, remote-first team, competitive salary.",
            "Care at home assistant: visit clients in their homes across Leeds.",
            "Apply online through our careers site.",
            "Beware of scams promising to make money online.",
            "Manage our online store and marketing campaigns.",
        ),
    ),
    Rule(
        id="CT121", category=CATEGORY, name="easy-no-skills", severity="low", weight=0.3,
        patterns=(
            V("{ease}"),
            V(r"\b(?:all|everything)\s(?:you|u)\s(?:need|require)\s(?:is|are)\s(?:just\s|only\s)?(?:a|an|your|ur)\s"
              r"(?:smart\s?phone|phone|mobile(?:\sphone)?|cell\s?phone|android|laptop|computer|pc|tablet|internet"
              r"|wifi|data)\b"),
        ),
        requires=(V("{home_strict}"), any_of("work from home", "online job", "online jobs", "online work", "internet",
                                       "smartphone", "wifi", "android", "online tasks", "online typing")),
        exclude=(_HONEST_REMOTE, any_of("training provided", "full training", "we will train you", "paid training",
                                        "on-the-job training", "training is provided", "mentor", "mentoring",
                                        "apprentice", "apprenticeship", "graduate", "scam", "scams", "beware",
                                        "warehouse", "shop floor", "store", "site", "plant")),
        explanation=("Stresses that anyone can do it: no experience, no skills, just a phone, simple tasks, "
                     "aimed at students, housewives or the jobless, for work done from home or online."),
        examples=(
            "Online typing work, no experience needed, anyone can do it.",
            "Students and housewives can work from home, simple tasks.",
            "All you need is a phone and internet.",
            "Work from home: very easy, no skills required.",
        ),
        counter_examples=(
            "No experience needed: full training provided in our warehouse.",
            "Remote support engineer, 3 years of experience required.",
            "Anyone can apply for our graduate scheme.",
            "No experience needed, we train you on the shop floor.",
        ),
    ),
    Rule(
        id="CT122", category=CATEGORY, name="few-hours-a-day", severity="low", weight=0.3,
        patterns=(_SHORT_TIME,),
        requires=(V("{home_strict}"), any_of("remote", "remotely", "telecommute", "work from home", "online job",
                                       "online jobs", "online work", "earn online", "online tasks", "from anywhere")),
        exclude=(_HONEST_REMOTE, any_of("per week", "a week", "hours per week", "hours a week", "volunteer",
                                        "volunteers", "scam", "scams", "beware", "lunch", "break", "breaks",
                                        "commute", "drive", "driving", "travel time", "response time",
                                        "turnaround", "within 2 hours", "within 24 hours")),
        explanation=("Sells the job by how little time it takes ('just 2 hours a day', 'in your spare time') "
                     "rather than by what the work is, for work done from home or a phone."),
        examples=(
            "Work from home just 2 hours a day.",
            "Earn online in your spare time.",
            "Only 30 minutes a day from your phone.",
            "1-2 hours per day, work from anywhere.",
        ),
        counter_examples=(
            "Remote role, 37.5 hours per week, hybrid with two office days.",
            "Part-time cashier, 4 hours a day, in store.",
            "Remote support: respond to tickets within 2 hours.",
            "Volunteer two hours a week from home.",
        ),
    ),
    Rule(
        id="CT123", category=CATEGORY, name="like-rate-review-tasks", severity="medium", weight=0.45,
        patterns=(
            V(near_template(phrases("get paid", "paid", "earn", "earning", "make money", "commission", "income", "salary",
                                    "reward", "rewards", "bonus", "money"),
                            phrases("to like", "liking", "to watch", "watching videos", "watching ads", "to follow",
                                    "to subscribe", "subscribing", "to rate", "to review", "to click", "clicking ads",
                                    "to type", "to chat", "to test apps", "testing apps", "to comment", "to play games",
                                    "playing games", "to read emails", "reading emails", "to send sms", "sending sms"), 3)),
            V(phrases("like", "liking", "likes", "follow", "subscribe", "subscribing", "watch", "watching", "rate",
                      "rating", "review", "reviewing", "boost", "boosting", "click", "clicking", "comment on", "share",
                      "test", "testing", "download", "install", "try")
              + r"\s{one_word}{0,2}"
              + phrases("videos", "video", "youtube videos", "tiktok videos", "tiktok", "youtube", "instagram posts",
                        "posts", "pages", "channels", "products", "hotels", "apps", "movies", "restaurants", "ads",
                        "adverts", "advertisements", "songs", "reels", "accounts", "links", "google maps", "merchants",
                        "stores")
              + r"\s{one_word}{0,3}"
              + phrases("earn", "and earn", "get paid", "paid", "commission", "per like", "per task", "per video",
                        "per review", "each task", "each video", "each like", "each review", "money", "income",
                        "reward", "php", "usd", "usdt", "$", "naira", "rupees")),
            V(phrases("like and follow", "follow and like", "like and share", "like and subscribe", "like and comment",
                      "like, share and", "like, follow and", "likes and follows", "subscribe and like")),
            V(phrases("per like", "per video liked", "per task completed", "per review you", "youtube likes",
                      "tiktok likes", "like and subscribe tasks", "app rating tasks", "product rating tasks",
                      "rating tasks", "review tasks", "like tasks", "liking tasks", "simple online tasks",
                      "online tasks", "click ads", "copy paste job", "copy paste jobs", "copy-paste job",
                      "copy and paste job", "copy and paste jobs", "captcha typing", "captcha entry", "captcha work",
                      "captcha job", "captcha jobs", "sms sending job", "sms sending jobs", "form filling job",
                      "form filling jobs", "ad posting job", "ad posting jobs", "mobile tasks", "phone tasks",
                      "task-based job", "tasks and earn", "complete tasks and", "daily tasks and earn")),
        ),
        exclude=(any_of("search results", "search engine", "ads quality", "relevance", "content policy",
                        "guidelines", "moderation", "moderator", "quality assurance", "qa tester", "code review",
                        "performance review", "peer review", "reviewing documents", "reviewing contracts",
                        "reviewing invoices", "scam", "scams", "scammers", "beware", "fraud"),),
        explanation=("Pays people to like videos, rate products or hotels, follow pages, click ads or fill forms: "
                     "the 'task' job that leads into task and order-boosting scams."),
        examples=(
            "Get paid to like YouTube videos, 50 pesos per like.",
            "Rate hotels on your phone and earn commission every day.",
            "Simple online tasks: follow TikTok accounts and get paid.",
            "Copy paste jobs available, work from home.",
            "Review products online and earn $20 per review.",
        ),
        counter_examples=(
            "Search engine evaluator: rate the relevance of search results against our guidelines.",
            "Peer review and code review are part of the job.",
            "Beware of scams that pay you to like videos.",
            "Reviewing invoices and reconciling accounts.",
        ),
    ),
    Rule(
        id="CT124", category=CATEGORY, name="data-entry-from-home", severity="medium", weight=0.35,
        patterns=(
            V(near_template(phrases("data entry", "typing", "typist", "typists", "online typing", "form filling",
                                    "copy typing", "transcription", "payroll clerk", "data entry clerk", "data entry clerks",
                                    "data entry operator", "data entry operators", "clerical", "admin assistant",
                                    "administrative assistant", "personal assistant", "customer service rep",
                                    "customer service representative", "mystery shopper", "product tester", "product testers"),
                            "{home}", 6)),
            V(near_template("{home}", phrases("data entry", "typing", "typist", "typists", "form filling", "copy typing",
                                              "data entry clerk", "data entry clerks", "data entry operator", "mystery shopper",
                                              "product tester", "product testers"), 6)),
        ),
        requires=(any_of("earn", "earning", "earnings", "paid daily", "paid weekly", "weekly pay", "daily pay",
                         "pay every", "paid every", "payment every", "every friday", "salary", "income",
                         "$", "per hour", "per day", "a day", "daily", "weekly", "no experience", "part time",
                         "part-time", "flexible", "extra income", "income", "apply now", "immediately",
                         "start today", "start immediately", "full time", "full-time"),),
        exclude=(_HONEST_REMOTE, any_of("scam", "scams", "beware", "fraud", "medical records", "ehr", "epic",
                                        "hospital", "clinic", "pharmacy", "warehouse", "our office in",
                                        "office based", "office-based", "on site", "on-site", "onsite")),
        context=80,
        explanation=("Offers data entry, typing, form filling or 'assistant' work from home or online with "
                     "pay but no employer or real duties: the most common work-from-home scam on job boards."),
        examples=(
            "Home based data entry clerks needed, earn $25 per hour.",
            "Online typing work, daily pay, start today.",
            "Work from home as a data entry operator, part time.",
            "Data entry admin positions - work from home, apply now.",
        ),
        counter_examples=(
            "Data entry clerk for our Leeds office, full time, on site.",
            "Beware of data entry scams promising work from home.",
            "Medical records clerk: data entry in Epic, hybrid.",
            "Warehouse administrator: data entry and stock control.",
        ),
    ),
    Rule(
        id="CT125", category=CATEGORY, name="paid-daily-tasks", severity="medium", weight=0.3,
        patterns={
            "paid-daily": V(phrases("salary paid daily", "salary is paid daily", "salary paid immediately",
                                    "salary is paid immediately", "paid immediately upon completion", "daily salary",
                                    "daily wage paid", "paid instantly", "get paid instantly",
                                    "instant payment", "same day payout", "daily withdrawal", "salary daily",
                                    "daily payout",
                                    "paid on the same day")),
        },
        requires=(_TASK_CONTEXT,),
        exclude=(_HONEST_REMOTE,),
        explanation=("Promises pay 'daily' or 'immediately' ('salary paid daily', 'paid immediately upon "
                     "completion') for unnamed online or part-time work: the hook of task-scam texts."),
        examples=(
            "Part-time job, salary paid daily, contact via WhatsApp.",
            "Simple tasks on your phone, salary is paid immediately upon completion.",
            "Online part-time work, daily salary, click the link.",
        ),
        counter_examples=(
            "Warehouse operative, days, \u00a311.50 per hour, paid weekly.",
            "Care assistant, 3 shifts per week in our home care team, paid monthly.",
            "The project must deliver 40 units per day by the end of the trial.",
        ),
    ),
    Rule(
        id="CT126", category=CATEGORY, name="no-investment-needed", severity="low", weight=0.2, negatable=False,
        patterns={
            "no-investment": V(phrases("no investment", "no investment needed", "no investment required",
                                       "without investment", "without any investment", "no need to invest",
                                       "no need for investment", "zero investment", "no capital needed",
                                       "do not need to invest", "don't need to invest", "dont need to invest",
                                       "you do not need to invest", "no deposit needed", "no deposit required",
                                       "no upfront payment", "no start-up cost", "no startup cost",
                                       "costs nothing to start")),
        },
        requires=(any_of("earn", "earning", "income", "salary", "paid", "money", "job", "work", "part-time",
                         "part time", "task", "tasks"),),
        exclude=(_HONEST_REMOTE, any_of("investment bank", "investment banking", "investment management",
                                        "investment portfolio", "investments", "investors", "invest in our people",
                                        "capital markets", "fund managers")),
        explanation=("Says the work needs 'no investment' or 'no deposit': honest jobs never mention investing, "
                     "task and pyramid schemes pre-empt the question they will later ask."),
        examples=(
            "Work online without investment, earn every day.",
            "No need to invest, our job is simple, you only need your phone.",
            "Zero investment, part-time job, paid daily.",
        ),
        counter_examples=(
            "Analyst for our investment management team in Edinburgh.",
            "We invest in our people with training and a pension.",
            "Senior accountant, investments and fund reporting.",
        ),
    ),
    Rule(
        id="CT127", category=CATEGORY, name="earn-per-day-or-task", severity="medium", weight=0.4,
        patterns={"earn-per-day": _EARN_PER_DAY, "range-per-day": _RANGE_PER_DAY},
        requires=(_TASK_CONTEXT,),
        exclude=(_HONEST_REMOTE,),
        explanation=("Names a sum earned per day or per task ('earn 200-500 daily', 'earn $300 per task') for "
                     "unnamed online or part-time work with a link or a messenger: the task-scam text."),
        examples=(
            "Earn 200-500 daily from your phone, reply YES.",
            "Mystery shopper wanted, earn $250 per task, apply at the link.",
            "Simple online tasks, you can earn a minimum of 800-1500 pesos per day.",
            "Helpers wanted to work from home, $40-$250 a day, message us on the app.",
            "Manood lang ng videos sa phone at kumita ng 450 pesos kada araw, i-message ang mentor natin.",
        ),
        counter_examples=(
            "Warehouse operative, days, \u00a311.50 per hour, paid weekly, apply online.",
            "Our online store ships 300 orders per day; we need a packer.",
            "Never trust texts promising you will earn $300 per task: report them.",
        ),
    ),
    Rule(
        id="CT128", category=CATEGORY, name="earnings-in-the-address", severity="medium", weight=0.4,
        patterns={"earning-domain": _EARNING_DOMAIN},
        requires=(any_of("remote", "work from home", "wfh", "job", "jobs", "hiring", "work", "income", "earn",
                         "money", "side hustle", "sidehustle", "workfromhome", "remotework"),),
        exclude=(_HONEST_REMOTE,),
        explanation=("Sends readers to a web address named after easy earnings ('easyearning', 'dailycash') "
                     "rather than after an employer: the landing pages of task and fee scams are named so."),
        examples=(
            "Start your remote job today! Visit quickearnings-hub.site #RemoteWork",
            "Work from home and get paid, sign up at www.dailycashjobs.online now.",
            "Jobs for everyone: earnmore365.xyz/join",
        ),
        counter_examples=(
            "Instructional designer for our e-learning team: see elearningindustry.com for our case studies.",
            "We are hiring: apply at careers.acme-logistics.com.",
            "Loan officer jobs at our fintech, apply at earnestlending.com/careers.",
            "Beware of job posts that send you to sites like easy-earning.online: they are scams.",
        ),
    ),
    Rule(
        id="CT129", category=CATEGORY, name="home-work-behind-short-link", severity="medium", weight=0.4,
        patterns=(),
        contacts=("shortener",),
        requires=(V("{home_strict}"), V(phrases("work from home offers", "work from home jobs", "online jobs",
                                             "online job", "work online", "extra income", "side income",
                                             "earn from home", "workfromhome", "wfh jobs", "home based jobs",
                                             "jobs from home"))),
        exclude=(_HONEST_REMOTE, warnings("fake", "never sign up", "safety team", "psa")),
        explanation=("Offers work from home or from a phone and sends readers on through a shortened link "
                     "(bit.ly, zurl.co...) that hides where it goes: consumer-protection warnings about job scam "
                     "texts and posts describe this, since no employer is named and the link can change."),
        examples=(
            "Work from home offers every week, join our list: zurl.co/ab12c",
            "Earn from home with your phone! Details at bit.ly/3xYzAb",
            "Online jobs for students and housewives, register here tinyurl.com/y8kq2m #workfromhome",
        ),
        counter_examples=(
            "We are hiring a warehouse supervisor in Leeds. Apply: bit.ly/acme-jobs",
            "Work from home roles in our engineering team, 3 years of experience required: bit.ly/acme-eng",
            "Work from home jobs: apply at https://careers.example.org/remote",
            "Beware of work-from-home offers sent as bit.ly links: they are scams.",
        ),
    ),
)

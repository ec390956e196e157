"""Task scams: "optimise apps", "rate products", "boost orders", then top up in USDT.

The worker is paid small commissions for clicking through "tasks" or "orders"
on a fake platform, then told a "combination order" left a negative balance
that must be recharged (usually in USDT via Binance/TRC20) before they can
withdraw; the deposits grow until the victim gives up. Posts speak of task
sets, VIP levels, merchants and daily commission. Real blockchain jobs talk
about code, audits and protocols, not about topping up a balance.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, warnings

CATEGORY = "crypto_task"
DESCRIPTION = "Task or order-boosting 'job' paid in commissions that asks the worker to top up or deposit (often USDT)."



REASON = "describes task or order-boosting work with crypto deposits"
"""What a moderator reads when the category fires (completes "the post ...")."""

_TOPUP = (r"(?:recharge|recharging|recharged|top[\s\-]?up|topping\sup|topped\sup|deposit|depositing|deposited"
          r"|replenish|refill|fund|funding|reload|add\sfunds\sto|add\smoney\sto|pay\sin(?:to)?)")
_BALANCE = r"(?:account|acct|balance|wallet|task\saccount|work\saccount|platform\saccount|trading\saccount)"
_TASK_WORDS = (
    r"\b(?:tasks?|orders?|ratings?|reviews?|optimi[sz](?:e|ing|ation)s?|boost(?:ing)?|merchants?|commissions?|usdt|trc[\s\-]?20"
    r"|vip\s?\d|sets?\sof\s\d{1,3}|data\s(?:optimi[sz]ation|submission)|app\s(?:optimi[sz]ation|promotion)|products?"
    r"|likes?|subscribe|platform|withdraw\w{0,4}|profit|earn\w{0,4})\b"
)
_CRYPTO = (r"(?:usdt|u\.s\.d\.t|tether|trc[\s\-]?20|erc[\s\-]?20|bep[\s\-]?20|usdc|bnb|btc|bitcoin|eth|ethereum|crypto"
           r"|cryptocurrency|binance|trust\swallet|coinbase|okx|bybit|kucoin|huobi|htx|crypto\.com|metamask|gate\.io)")
_LEGIT_CRYPTO = (
    r"\b(?:solidity|smart\scontracts?|rust|golang|typescript|engineer(?:ing)?|developers?|devops|auditors?|protocols?"
    r"|defi\sprotocol|backend|front[\s\-]?end|full[\s\-]?stack|compliance|aml|kyc\sanalyst|customers?|users|clients"
    r"|support\s(?:agent|team|specialist)|research|analyst|quant|node|validators?)\b"
)
_WARNING = warnings("fraudster", "fraudsters", "fake", "never pay", "never deposit", "never send", "never recharge",
                    "red flag", "red flags", "report")

V = SHARED.extend(
    topup=_TOPUP,
    balance=_BALANCE,
    crypto=_CRYPTO,
    like=r"like|liking|follow|following|subscribe|subscribing|watch|watching",
    posts=r"videos?|posts?|channels?|accounts?|pages?",
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`), besides the shared word skips
(``{skip_words:N}``, ``{skip_long_words:N}``, ``{sentence_span:N}``...): ``{topup}``, ``{balance}`` and ``{crypto}`` are the lists above; ``{like}`` and ``{posts}`` (alternatives
to put in a group) what a "paid to like" post asks to like and what."""

RULES = (
    Rule(
        id="CT190", category=CATEGORY, name="top-up-to-withdraw", severity="high", weight=0.7,
        patterns=(
            V(r"\b{topup}{clause:3}{balance}{clause:5}(?:to|and|before|then|so\syou\scan|in\sorder\sto)"
              r"\s{skip_long_words:2}(?:complete|continue|unlock|withdraw|submit|start|activate|upgrade|clear|finish"
              r"|receive|get|process|release|proceed|resume)\b"),
            V(r"\b{topup}\s{skip_words:3}(?:[$" "\u00a3\u20ac\u20a6\u20b9" r"]?\d{2,6}\s?(?:usdt|usd|dollars|\$)?\s)?(?:to|and|before)\s"
              r"(?:complete|continue|unlock|withdraw|finish|submit|clear|proceed|resume|start)\s{skip_words:3}"
              r"(?:tasks?|orders?|sets?|earnings|commissions?|withdraw\w{0,4}|balance|account|profits?)\b"),
            V(r"\b(?:negative\sbalance|balance\s(?:is|will\sbe|becomes|became|goes)\snegative|insufficient\sbalance"
              r"|combination\s(?:tasks?|orders?|products?|packages?|data)|combo\s(?:tasks?|orders?)|lucky\s"
              r"(?:orders?|tasks?|products?|draws?\sorders?)|premium\s(?:orders?|tasks?|products?)\s{skip_long_words:3}"
              r"(?:recharge|top[\s\-]?up|deposit)|golden\s(?:eggs?|orders?))\b"),
            V(r"\b(?:recharge|recharging|top[\s\-]?up|deposit|depositing)\s{skip_long_words:4}(?:for|to\s(?:get|unlock"
              r"|receive|complete|start))\s(?:the\s|your\s|a\s)?(?:premium|combination|combo|lucky|golden|special)\s"
              r"(?:orders?|tasks?|products?|sets?)\b"),
            V(r"\b(?:pay|paying|deposit|send|recharge|top[\s\-]?up)\s{skip_long_words:4}(?:to|before\s(?:you\s)?"
              r"(?:can\s)?)\s?(?:withdraw|unlock|release|receive|cash\sout)\s{skip_long_words:2}(?:your\s|ur\s|the\s)?"
              r"(?:earnings|commissions?|profits?|funds|money|balance|salary|income|withdrawal)\b"),
            V(r"\b(?:withdrawal|unlock(?:ing)?|unfreez(?>\w{1,4})|reset|release|clearance|upgrade|tax|activation"
              r"|account\s(?:reset|upgrade))\s(?:fee|fees|charge|deposit)\b"),
        ),
        requires=(_TASK_WORDS,),
        exclude=(_WARNING, r"\b(?:mobile\s(?:recharge|top[\s\-]?up)|airtime|recharge\scards?|prepaid\sphone|meter"
                           r"|electricity|rebate)\b"),
        context=60,
        explanation="Tells the worker to recharge, top up or deposit into their task account (to clear a 'negative "
                    "balance' or a 'combination order') before they can continue or withdraw: the core of a task scam.",
        examples=(
            "Recharge your account to complete the combination order and withdraw your commission.",
            "Your balance is negative, please top up 150 USDT to continue the tasks.",
            "Lucky order! Deposit to unlock your earnings.",
            "You must pay a withdrawal fee before you can withdraw your profits.",
        ),
        counter_examples=(
            "We will never ask you to top up your account or pay to withdraw.",
            "Mobile recharge card distributor needed in Ibadan.",
            "Finance assistant: deposit cheques and reconcile the balance.",
            "Beware of job scams that ask you to recharge to withdraw commission.",
        ),
    ),
    Rule(
        id="CT191", category=CATEGORY, name="task-commission", severity="medium", weight=0.45,
        patterns=(
            V(r"\b(?:complete|completing|finish|finishing|submit|submitting|do|doing|perform|grab|grabbing)"
              r"\s{skip_words:2}(?:\d{1,3}|a\sset\sof\s\d{1,3}|sets?\sof|one\sset|two\ssets|\d\ssets\sof\s\d{1,3})\s"
              r"{opt_long_word}(?:tasks|orders|ratings|reviews|likes|optimi[sz]ations|data|apps|products"
              r"|missions|jobs)\b"),
            V(r"\b(?:app|apps|data|product|store|merchant|hotel|movie|music|film|amazon|shopify|ebay|google\smaps"
              r"|tripadvisor|booking|order|sales|ranking|rating)\s(?:optimi[sz]ation|optimi[sz]ing|optimi[sz]er"
              r"|boosting|boost|promotion|rating|ratings|review|reviews|submission|grabbing)\s{skip_words:2}"
              r"(?:tasks?|jobs?|assignments?|missions?|work|platform|commission)\b"),
            V(r"\b(?:order|task)[\s\-]grabbing\b|\bgrab\s{skip_words:1}orders\b"),
            V(r"\b(?:boost|boosting|increase|improve)\s{skip_words:2}(?:sales|ratings|rankings|orders|traffic"
              r"|exposure|visibility)\s{skip_words:2}(?:for|of)\s{skip_words:2}(?:merchants|sellers|vendors|shops"
              r"|apps|products)\b(?:{sentence_span:10})\b(?:commission|earn|income|profit|usdt|paid)\b"),
            V(r"\b(?:help|helping|assist|assisting|support)\s{skip_words:2}(?:merchants|sellers|vendors|shops|stores"
              r"|apps)\s(?:to\s)?(?:boost|increase|improve|optimi[sz]e|promote)\s{skip_words:3}(?:sales|ratings?"
              r"|rankings?|orders|traffic|exposure|visibility|downloads|reputation)\b(?=[^\n]{0,160}?(?:\bearn"
              r"|\bcommission|\busdt|\bdaily|\bper\sday|\ba\sday|\bper\stask))"),
            V(r"\b(?:rate|rating|review|reviewing|optimi[sz]e|optimi[sz]ing|like|liking|click|clicking)"
              r"\s{skip_words:2}(?:products|hotels|movies|apps|videos|restaurants|items|songs|films)\b"
              r"(?:{sentence_span:10})\b(?:commission|earn|earning|earnings|income|per\s(?:task|order|day|rating"
              r"|review)|usdt|profit|daily\spay|paid\sdaily)\b"),
            V(r"\b(?:daily|per\stask|per\sorder|each\stask|each\sorder)\s(?:commission|profit|income|earning)s?\s"
              r"(?:of\s)?(?:up\sto\s)?\d{1,2}(?:\.\d{1,2})?\s?%"),
        ),
        exclude=(_WARNING, r"\b(?:aso|app\sstore\soptimi[sz]ation\s(?:specialist|manager)|seo\s(?:specialist|manager)"
                           r"|annotation|labell?ing\sdata|transcription|qa\stester|quality\sassurance|jira|sprint)\b"),
        context=60,
        explanation="Offers commission for clicking through 'tasks' or 'orders' (rating products or hotels, "
                    "'optimising' apps, boosting merchants' sales, task sets): the bait of a task scam.",
        examples=(
            "Complete 40 tasks a day and earn commission on every order.",
            "App optimization tasks, 30 minutes a day, daily pay.",
            "Rate hotels on our platform and earn up to $300 daily.",
            "Help boost sales for Amazon merchants and receive commission in USDT.",
            "Order grabbing job, work from your phone.",
            "Daily commission of 0.5% on each order.",
        ),
        counter_examples=(
            "App Store Optimization specialist to grow organic downloads for our apps.",
            "Complete tasks assigned by your line manager on time.",
            "Data annotation tasks for machine-learning projects, paid hourly.",
            "Beware of fake jobs that pay you to rate hotels.",
        ),
    ),
    Rule(
        id="CT192", category=CATEGORY, name="crypto-deposit", severity="medium", weight=0.45,
        patterns=(
            V(r"\b{topup}{clause:4}(?:\d{1,6}\s?)?{crypto}\b"),
            V(r"\b{crypto}{clause:3}(?:deposit|recharge|top[\s\-]?up|transfer|payment)\s{skip_words:2}(?:to|into"
              r"|address|wallet|required|needed|first)\b"),
            V(r"\b(?:open|create|register|download|install)\s{skip_words:2}(?:a\s|an\s)?(?:binance|trust\swallet"
              r"|coinbase|okx|bybit|kucoin|crypto\.com|metamask)\s?(?:account|wallet|app)?\s{skip_words:3}(?:to|and"
              r"|for)\s{skip_words:2}(?:deposit|recharge|receive|withdraw|top|fund|salary|commission|payment"
              r"|earnings|get\spaid)"),
            V(r"\b(?:send|transfer|deposit)\s{skip_words:3}(?:to|into)\s(?:this|our|the|my)\s(?:trc[\s\-]?20"
              r"|erc[\s\-]?20|usdt|crypto|wallet|btc|bitcoin)\s?(?:wallet\s)?address\b"),
        ),
        requires=(_TASK_WORDS,),
        exclude=(_WARNING, _LEGIT_CRYPTO),
        context=60,
        explanation="Asks the worker to deposit, recharge or send crypto (USDT/TRC20, via Binance or a wallet "
                    "address) as part of the job: no honest employer is paid by its workers in crypto.",
        examples=(
            "Recharge 100 USDT to start your tasks.",
            "Deposit USDT (TRC20) to the wallet address below.",
            "Open a Binance account to receive your commission and recharge.",
            "Send 50 usdt to this TRC20 address to upgrade.",
        ),
        counter_examples=(
            "Solidity developer: write and audit smart contracts; deposit and withdrawal flows in TypeScript.",
            "Customer support agent for a crypto exchange: help users with USDT deposits.",
            "Never send USDT to a recruiter.",
        ),
    ),
    Rule(
        id="CT193", category=CATEGORY, name="vip-levels-and-trial-bonus", severity="medium", weight=0.4,
        patterns=(
            V(r"\bvip\s?(?:\d|one|two|three|level|levels|member|membership|account|tier|upgrade)\b"),
            V(r"\bupgrade\s{skip_words:2}(?:to\s)?(?:vip|level\s\d|a\shigher\slevel|the\snext\slevel)\b"),
            V(r"\b(?:trial|experience|training|trainee|demo|welcome|registration|sign[\s\-]?up)\s(?:bonus|account"
              r"|funds|balance)\s{skip_words:4}(?:\$|usdt|usd|dollars|commission|tasks|orders)"),
            V(r"\b(?:trainee|training|trial)\saccount\b(?:{sentence_span:10})\b(?:tasks?|orders?|commission|usdt"
              r"|recharge)\b"),
            V(r"\b(?:\d{1,2}|\d{1,2}\.\d{1,2})\s?%\s(?:daily\s)?(?:commission|profit|return|income)\s{skip_words:2}"
              r"(?:per|on\s(?:each|every)|for\s(?:each|every))\s(?:task|order|set|product|rating)\b"),
        ),
        requires=(r"\b(?:tasks?|orders?|usdt|commission|recharge|top[\s\-]?up|merchant|rating|optimi[sz](?>\w{1,6})|platform)\b",),
        exclude=(_WARNING, r"\b(?:vip\s(?:clients?|guests?|customers?|lounge|events?|services?|area|tables?|section)"
                           r"|hospitality|concierge|hotel\sguests|airline)\b"),
        context=60,
        explanation="Talks of VIP levels, upgrades, trial bonuses or a trainee account on a task platform: the "
                    "ladder task scams use to make victims deposit more.",
        examples=(
            "VIP1 members complete 40 orders per set, VIP2 earn 0.8% per order.",
            "Upgrade to VIP level 3 to unlock more tasks.",
            "You get a trial bonus of 20 USDT to practise the tasks.",
            "Your mentor will open a trainee account for your first orders.",
        ),
        counter_examples=(
            "Host for VIP guests in our lounge; hospitality experience needed.",
            "Welcome bonus of $500 after your first month of work.",
            "Our VIP clients are looked after by the concierge team.",
        ),
    ),
    Rule(
        id="CT194", category=CATEGORY, name="paid-to-like", severity="medium", weight=0.4,
        patterns=(
            V(r"\b(?:get\spaid|earn|earning|make\smoney|paid|income)\s(?:(?>[^\s.!?]{1,10})\s){0,4}(?:to|for|by"
              r"|from)\s(?:simply\s|just\s)?(?:{like}|rate|rating|review|reviewing|click|clicking|view|viewing)"
              r"\s{skip_words:3}(?:{posts}|products?|hotels?|movies?|ads|apps?|songs?|reels|tiktoks?)\b"),
            V(r"\b(?:{like})\s{skip_words:3}(?:youtube|tiktok|instagram|facebook|spotify|google\smaps)"
              r"\s{skip_words:3}(?:{posts}|songs?)\b(?:{sentence_span:10})(?:\bearn|\bget\spaid|\bpaid|\bcommission"
              r"|\bincome|\busdt|[$\u00a3\u20b9\u20a6]\s?\d|\d\s?(?:usd|dollars|rupees|rs|naira)\b)"),
            V(r"\b(?:earn|get|paid|make|receive)\s(?:(?>\S{1,10})\s){0,3}(?:for|per)\s(?:every|each)\s{skip_words:2}"
              r"(?:videos?|posts?|channels?|likes?|follows?|subscriptions?|reviews?|ratings?|hotels?|movies?|tasks?"
              r"|screenshots?)\b"),
            V(r"\b(?:each|every|per)\s(?:like|follow|subscription|view|rating|review|screenshot|task)"
              r"\s{skip_words:2}(?:pays|earns|is\sworth|=|gets?\syou|gives?)\s(?:you\s)?(?:[$\u00a3\u20b9\u20a6]"
              r"|rs\.?\s?|\d)"),
        ),
        exclude=(_WARNING, r"\b(?:social\smedia\s(?:manager|executive|coordinator|specialist)|community\smanager"
                           r"|content\s(?:creator|strategy|calendar)|brand\sawareness|engagement\smetrics)\b"),
        context=60,
        explanation="Offers pay for liking, following or rating videos, pages or products ('earn $5 per like'): the "
                    "usual opening message of a task scam.",
        examples=(
            "Earn $50 a day just to like YouTube videos.",
            "Follow TikTok accounts and get paid 5 dollars each.",
            "Each like pays you $2, send a screenshot to your mentor.",
        ),
        counter_examples=(
            "Social media manager to grow followers on Instagram and TikTok.",
            "Content creator for our YouTube channel, salaried role.",
            "Beware: messages offering pay to like videos are scams.",
        ),
    ),
    Rule(
        id="CT195", category=CATEGORY, name="task-platform-jargon", severity="low", weight=0.3,
        patterns=(
            V(r"\b(?:app|apps|data|product|products|store|merchant|review)\s(?:optimi[sz]ation|optimi[sz]ing"
              r"|boosting)\b"),
            V(r"\b(?:tasks?|orders?|missions?)\b{sentence_span:7}\b(?:usdt|trc[\s\-]?20|tether)\b"),
            V(r"\b(?:daily|instant|same[\s\-]day)\swithdraw(?:al|als|s)?\b|\bwithdraw\s{skip_words:2}(?:daily"
              r"|every\sday|anytime|any\stime|instantly)\b"),
            V(r"\b(?:simple|easy|online|phone|mobile)\s(?:tasks?\s)?(?:task|tasks)\s(?:job|jobs|work)\b|\btask\s"
              r"(?:job|jobs)\b"),
            V(r"\b(?:your|a|the)\s(?:mentor|tutor|trainer|instructor|coach)\s{skip_words:3}(?:guide|teach|show|help)"
              r"\s{skip_words:3}(?:tasks?|orders?|platform|withdraw\w{0,4}|commission)\b"),
        ),
        requires=(r"\b(?:part[\s\-]time|remote|from\s(?:home|your\sphone)|telegram|whatsapp|daily|commission|earn\w{0,4}"
                  r"|usdt|mentor|per\sday|a\sday|income|withdraw\w{0,4}|platform)\b",),
        exclude=(_WARNING, r"\b(?:sql|database|query|pipelines?|etl|data\swarehouse|engineer(?:ing)?|analytics|aso|seo"
                           r"|conversion\srate|a/b\stesting|cro)\b"),
        context=80,
        explanation="Uses task-scam jargon ('app optimization', 'data optimization', 'daily withdrawal', 'task job', "
                    "a 'mentor' who guides you through the platform). Weak alone.",
        examples=(
            "Task job: app optimization, join our Telegram group for training.",
            "Data optimization assistant, part-time, daily withdrawal.",
            "Your mentor will guide you through the tasks on the platform.",
        ),
        counter_examples=(
            "Data engineer: SQL query and data optimization for our analytics pipelines.",
            "Conversion rate and app store optimization specialist (ASO).",
            "Beware of 'app optimization' task scams.",
        ),
    ),
)

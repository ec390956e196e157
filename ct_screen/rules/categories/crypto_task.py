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
from ..patterns import clause_gap as _gap
from ..patterns import warnings

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

RULES = (
    Rule(
        id="CT190", category=CATEGORY, name="top-up-to-withdraw", severity="high", weight=0.7,
        patterns=(
            f"\\b{_TOPUP}{_gap(3)}{_BALANCE}{_gap(5)}"
            r"(?:to|and|before|then|so\syou\scan|in\sorder\sto)\s(?:(?>\w{1,12})\s){0,2}(?:complete|continue|unlock|withdraw"
            r"|submit|start|activate|upgrade|clear|finish|receive|get|process|release|proceed|resume)\b",
            f"\\b{_TOPUP}\\s(?:(?>\\w{{1,10}})\\s){{0,3}}(?:[$\u00a3\u20ac\u20a6\u20b9]?\\d{{2,6}}\\s?(?:usdt|usd|dollars|\\$)?\\s)?(?:to|and|before)\\s"
            r"(?:complete|continue|unlock|withdraw|finish|submit|clear|proceed|resume|start)\s(?:(?>\w{1,10})\s){0,3}(?:tasks?"
            r"|orders?|sets?|earnings|commissions?|withdraw\w{0,4}|balance|account|profits?)\b",
            r"\b(?:negative\sbalance|balance\s(?:is|will\sbe|becomes|became|goes)\snegative|insufficient\sbalance"
            r"|combination\s(?:tasks?|orders?|products?|packages?|data)|combo\s(?:tasks?|orders?)|lucky\s(?:orders?|tasks?"
            r"|products?|draws?\sorders?)|premium\s(?:orders?|tasks?|products?)\s(?:(?>\w{1,12})\s){0,3}(?:recharge|top[\s\-]?up"
            r"|deposit)|golden\s(?:eggs?|orders?))\b",
            r"\b(?:recharge|recharging|top[\s\-]?up|deposit|depositing)\s(?:(?>\w{1,12})\s){0,4}(?:for|to\s(?:get|unlock|receive"
            r"|complete|start))\s(?:the\s|your\s|a\s)?(?:premium|combination|combo|lucky|golden|special)\s(?:orders?|tasks?"
            r"|products?|sets?)\b",
            r"\b(?:pay|paying|deposit|send|recharge|top[\s\-]?up)\s(?:(?>\w{1,12})\s){0,4}(?:to|before\s(?:you\s)?(?:can\s)?)"
            r"\s?(?:withdraw|unlock|release|receive|cash\sout)\s(?:(?>\w{1,12})\s){0,2}(?:your\s|ur\s|the\s)?(?:earnings"
            r"|commissions?|profits?|funds|money|balance|salary|income|withdrawal)\b",
            r"\b(?:withdrawal|unlock(?:ing)?|unfreez(?>\w{1,4})|reset|release|clearance|upgrade|tax|activation|account\s"
            r"(?:reset|upgrade))\s(?:fee|fees|charge|deposit)\b",
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
            r"\b(?:complete|completing|finish|finishing|submit|submitting|do|doing|perform|grab|grabbing)\s(?:(?>\w{1,10})\s){0,2}"
            r"(?:\d{1,3}|a\sset\sof\s\d{1,3}|sets?\sof|one\sset|two\ssets|\d\ssets\sof\s\d{1,3})\s(?:(?>\w{1,12})\s)?(?:tasks|orders"
            r"|ratings|reviews|likes|optimi[sz]ations|data|apps|products|missions|jobs)\b",
            r"\b(?:app|apps|data|product|store|merchant|hotel|movie|music|film|amazon|shopify|ebay|google\smaps|tripadvisor"
            r"|booking|order|sales|ranking|rating)\s(?:optimi[sz]ation|optimi[sz]ing|optimi[sz]er|boosting|boost|promotion"
            r"|rating|ratings|review|reviews|submission|grabbing)\s(?:(?>\w{1,10})\s){0,2}(?:tasks?|jobs?|assignments?|missions?"
            r"|work|platform|commission)\b",
            r"\b(?:order|task)[\s\-]grabbing\b|\bgrab\s(?:(?>\w{1,10})\s){0,1}orders\b",
            r"\b(?:boost|boosting|increase|improve)\s(?:(?>\w{1,10})\s){0,2}(?:sales|ratings|rankings|orders|traffic|exposure"
            r"|visibility)\s(?:(?>\w{1,10})\s){0,2}(?:for|of)\s(?:(?>\w{1,10})\s){0,2}(?:merchants|sellers|vendors|shops|apps"
            r"|products)\b(?:(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,10}[^\w\n.!?]{0,8})\b(?:commission|earn|income|profit|usdt|paid)\b",
            r"\b(?:help|helping|assist|assisting|support)\s(?:(?>\w{1,10})\s){0,2}(?:merchants|sellers|vendors|shops|stores"
            r"|apps)\s(?:to\s)?(?:boost|increase|improve|optimi[sz]e|promote)\s(?:(?>\w{1,10})\s){0,3}(?:sales|ratings?|rankings?"
            r"|orders|traffic|exposure|visibility|downloads|reputation)\b"
            r"(?=[^\n]{0,160}?(?:\bearn|\bcommission|\busdt|\bdaily|\bper\sday|\ba\sday|\bper\stask))",
            r"\b(?:rate|rating|review|reviewing|optimi[sz]e|optimi[sz]ing|like|liking|click|clicking)\s(?:(?>\w{1,10})\s){0,2}"
            r"(?:products|hotels|movies|apps|videos|restaurants|items|songs|films)\b(?:(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,10}[^\w\n.!?]{0,8})\b(?:commission"
            r"|earn|earning|earnings|income|per\s(?:task|order|day|rating|review)|usdt|profit|daily\spay|paid\sdaily)\b",
            r"\b(?:daily|per\stask|per\sorder|each\stask|each\sorder)\s(?:commission|profit|income|earning)s?\s(?:of\s)?"
            r"(?:up\sto\s)?\d{1,2}(?:\.\d{1,2})?\s?%",
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
            f"\\b{_TOPUP}{_gap(4)}(?:\\d{{1,6}}\\s?)?{_CRYPTO}\\b",
            f"\\b{_CRYPTO}{_gap(3)}(?:deposit|recharge|top[\\s\\-]?up|transfer|payment)\\s(?:(?>\\w{{1,10}})\\s){{0,2}}(?:to|into"
            r"|address|wallet|required|needed|first)\b",
            r"\b(?:open|create|register|download|install)\s(?:(?>\w{1,10})\s){0,2}(?:a\s|an\s)?(?:binance|trust\swallet|coinbase"
            r"|okx|bybit|kucoin|crypto\.com|metamask)\s?(?:account|wallet|app)?\s(?:(?>\w{1,10})\s){0,3}(?:to|and|for)\s"
            r"(?:(?>\w{1,10})\s){0,2}(?:deposit|recharge|receive|withdraw|top|fund|salary|commission|payment|earnings|get\spaid)",
            r"\b(?:send|transfer|deposit)\s(?:(?>\w{1,10})\s){0,3}(?:to|into)\s(?:this|our|the|my)\s(?:trc[\s\-]?20|erc[\s\-]?20"
            r"|usdt|crypto|wallet|btc|bitcoin)\s?(?:wallet\s)?address\b",
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
            r"\bvip\s?(?:\d|one|two|three|level|levels|member|membership|account|tier|upgrade)\b",
            r"\bupgrade\s(?:(?>\w{1,10})\s){0,2}(?:to\s)?(?:vip|level\s\d|a\shigher\slevel|the\snext\slevel)\b",
            r"\b(?:trial|experience|training|trainee|demo|welcome|registration|sign[\s\-]?up)\s(?:bonus|account|funds|balance)"
            r"\s(?:(?>\w{1,10})\s){0,4}(?:\$|usdt|usd|dollars|commission|tasks|orders)",
            r"\b(?:trainee|training|trial)\saccount\b(?:(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,10}[^\w\n.!?]{0,8})\b(?:tasks?|orders?|commission|usdt|recharge)\b",
            r"\b(?:\d{1,2}|\d{1,2}\.\d{1,2})\s?%\s(?:daily\s)?(?:commission|profit|return|income)\s(?:(?>\w{1,10})\s){0,2}(?:per"
            r"|on\s(?:each|every)|for\s(?:each|every))\s(?:task|order|set|product|rating)\b",
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
            r"\b(?:get\spaid|earn|earning|make\smoney|paid|income)\s(?:(?>[^\s.!?]{1,10})\s){0,4}(?:to|for|by|from)\s(?:simply\s"
            r"|just\s)?(?:like|liking|follow|following|subscribe|subscribing|watch|watching|rate|rating|review|reviewing"
            r"|click|clicking|view|viewing)\s(?:(?>\w{1,10})\s){0,3}(?:videos?|posts?|channels?|accounts?|pages?|products?"
            r"|hotels?|movies?|ads|apps?|songs?|reels|tiktoks?)\b",
            r"\b(?:like|liking|follow|following|subscribe|subscribing|watch|watching)\s(?:(?>\w{1,10})\s){0,3}(?:youtube|tiktok"
            r"|instagram|facebook|spotify|google\smaps)\s(?:(?>\w{1,10})\s){0,3}(?:videos?|posts?|channels?|accounts?|pages?"
            r"|songs?)\b(?:(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,10}[^\w\n.!?]{0,8})(?:\bearn|\bget\spaid|\bpaid|\bcommission|\bincome|\busdt|[$\u00a3\u20b9\u20a6]\s?\d"
            r"|\d\s?(?:usd|dollars|rupees|rs|naira)\b)",
            r"\b(?:earn|get|paid|make|receive)\s(?:(?>\S{1,10})\s){0,3}(?:for|per)\s(?:every|each)\s(?:(?>\w{1,10})\s){0,2}"
            r"(?:videos?|posts?|channels?|likes?|follows?|subscriptions?|reviews?|ratings?|hotels?|movies?|tasks?"
            r"|screenshots?)\b",
            r"\b(?:each|every|per)\s(?:like|follow|subscription|view|rating|review|screenshot|task)\s(?:(?>\w{1,10})\s){0,2}(?:pays"
            r"|earns|is\sworth|=|gets?\syou|gives?)\s(?:you\s)?(?:[$\u00a3\u20b9\u20a6]|rs\.?\s?|\d)",
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
            r"\b(?:app|apps|data|product|products|store|merchant|review)\s(?:optimi[sz]ation|optimi[sz]ing|boosting)\b",
            r"\b(?:tasks?|orders?|missions?)\b(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,7}[^\w\n.!?]{0,8}\b(?:usdt|trc[\s\-]?20"
            r"|tether)\b",
            r"\b(?:daily|instant|same[\s\-]day)\swithdraw(?:al|als|s)?\b|\bwithdraw\s(?:(?>\w{1,10})\s){0,2}(?:daily|every\sday"
            r"|anytime|any\stime|instantly)\b",
            r"\b(?:simple|easy|online|phone|mobile)\s(?:tasks?\s)?(?:task|tasks)\s(?:job|jobs|work)\b|\btask\s(?:job|jobs)\b",
            r"\b(?:your|a|the)\s(?:mentor|tutor|trainer|instructor|coach)\s(?:(?>\w{1,10})\s){0,3}(?:guide|teach|show|help)"
            r"\s(?:(?>\w{1,10})\s){0,3}(?:tasks?|orders?|platform|withdraw\w{0,4}|commission)\b",
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

"""Payment mules: the "job" launders money or goods through the worker.

"Payment processing agents" receive stolen funds in their own bank account and
forward them (keeping a commission); "package handlers" receive parcels bought
with stolen cards at home and reship them; "assistants" buy gift cards or cash
fake cheques and send on the rest. Renting out a verified delivery or ride-hail
app account ("rent your DoorDash account, $150 a week") is the same trade in
identity: someone the platform never vetted works under the holder's name, and
people without the right to work are exploited through such rented accounts.
The worker carries the legal risk and often loses their own money. Honest
accounts-payable, cashier and logistics jobs handle money and parcels in the
employer's systems and premises, not at home through the worker's personal
account.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, WarningWords, any_of, trie_any_of, warnings

CATEGORY = "payment_mule"
DESCRIPTION = ("Asks the worker to receive and forward money or parcels, buy gift cards or cash cheques for the "
               "'employer', or to rent out their bank or delivery-app account.")



REASON = "asks the worker to receive and forward money or parcels"
"""What a moderator reads when the category fires (completes "the post ...")."""

_MONEY = (r"(?:payments?|funds|money|transfers?|deposits?|wires?|wire\stransfers?|bank\stransfers?|remittances?"
          r"|donations|proceeds|transactions|cash|e-?transfers?|zelle\spayments?)")
_RECEIVE = r"(?:receive|receiving|receives|accept|accepting|accepts|collect|collecting|get|getting|take\sin|handle|process)"
_YOUR_ACCOUNT = (
    r"(?:your|ur|their|his|her)\s(?:own\s|personal\s|private\s|existing\s|individual\s|checking\s|savings\s|current\s)?"
    r"(?:bank\s|us\sbank\s|uk\sbank\s|paypal\s|cash\s?app\s|zelle\s|venmo\s|revolut\s|wise\s|gcash\s|mpesa\s|m-pesa\s"
    r"|opay\s|palmpay\s)?(?:accounts?|acct|a/c|account\s(?:number|details))"
)
_FORWARD = (  # written with a term of V ({skip_long_words:3}), so usable only in V's patterns
    r"(?:forward|forwarding|transfer|transferring|send|sending|wire|wiring|remit|remitting|move|pass|pay\sout|redirect)"
    r"\s(?:(?:it|them|the|these|those|all|this|that|remaining|rest\sof\sthe)\s){0,2}(?:(?:funds|money|payments?|balance"
    r"|rest|remainder|amount|amounts|cash|remaining|proceeds)\s)?{skip_long_words:3}(?:to|via|through|using|into|on\sto"
    r"|onward|on)\b"
    r"|(?:forward|transfer|send|wire|remit|pay\sout|return)\s(?:us\s)?(?:the\s)?(?:balance|rest|remainder|remaining\s(?:amount"
    r"|funds|money|balance))\b"
)
_WAGES_OK = (r"\b(?:salary|salaries|wages|payroll|your\spay|paid\s(?:weekly|monthly|fortnightly)|expenses|reimburs(?>\w{1,6})"
             r"|invoices?|direct\sdeposit\sof\syour)\b")
_MULE_WARNING = warnings("money mule", "money mules", "mule account", "mule accounts", "illegal", "unlawful",
                         "criminal", "a crime", "never agree", "never accept", "never use", "report")
_WARNING = WarningWords(rf"(?:{_MULE_WARNING}|\blaunder\w{{0,4}}\b)")

_EQUIPMENT = any_of("equipment", "laptop", "computer", "software", "workstation", "work station", "home office",
                    "office supplies", "supplies", "devices", "printer", "headset", "gear")
_COMPANY_VENDOR = any_of("our vendor", "our approved vendor", "our designated vendor", "our certified vendor",
                         "our preferred vendor", "the company's vendor", "the company vendor", "our supplier",
                         "the company's supplier", "our approved supplier", "our provider", "our approved provider",
                         "our designated provider", "approved provider", "designated vendor", "preferred vendor",
                         "approved vendor", "our partner store", "our own store")
"""The 'employer's' own vendor, where the fake-cheque money is to be spent."""
_CLEARED = any_of("check clears", "cheque clears", "check has cleared", "cheque has cleared", "check is cleared",
                  "cheque is cleared", "funds clear", "funds have cleared", "funds reflect", "funds are available",
                  "funds reflect in your account", "once it clears", "after it clears", "when it clears")
"""The moment a fake cheque seems to have cleared."""
_GIG_APP = trie_any_of(
    "doordash", "door dash", "uber eats", "ubereats", "uber", "lyft", "instacart", "grubhub", "deliveroo",
    "just eat", "justeat", "bolt", "bolt food", "amazon flex", "spark driver", "shipt", "glovo", "rappi",
    "gopuff", "postmates", "stuart", "wolt", "foodpanda", "grab", "gojek", "careem", "didi", "ola", "swiggy",
    "zomato", "dasher", "driver", "courier", "delivery", "rider", "rideshare", "ride share", "gig",
)
"""Delivery and ride-hail apps, and the words for their accounts ("courier account", "dasher account")."""

V = SHARED.extend(
    money=_MONEY,
    receive=_RECEIVE,
    into=r"(?:into|to|in|on|via|through|using)",
    your_account=_YOUR_ACCOUNT,
    forward=_FORWARD,
    wire_service=r"western\sunion|moneygram|money\sgram",
    funds=any_of("funds", "money", "check", "cheque", "payment", "stipend", "allowance"),
    to_buy=any_of("to buy", "to purchase", "to get", "for buying", "for purchasing", "to order", "to set up"),
    equipment_to_buy=any_of("equipment", "your equipment", "work equipment", "office equipment", "laptop", "computer",
                            "software", "workstation", "home office", "supplies", "office supplies", "devices",
                            "work station"),
    funds_sent=any_of("funds", "check", "cheque", "money", "stipend"),
    equipment=_EQUIPMENT,
    company_vendor=_COMPANY_VENDOR,
    cleared=_CLEARED,
    pay_out=any_of("pay", "send", "transfer", "wire", "buy", "purchase"),
    vendor=any_of("vendor", "supplier", "provider"),
    # where a fake cheque's money is to go on to: "send the rest", "wire the balance to our vendor"
    leftover=r"remainder|rest|balance|excess|extra|surplus|difference|remaining|vendor|supplier",
    gig_app=_GIG_APP,
    gig_apps=r"{gig_app}(?:\s?(?:or|and|/|&)\s?{gig_app})?",  # one app, or two: "doordash or uber eats"
    app_role=r"(?:driver\s|courier\s|dasher\s|delivery\s|rider\s)?",  # the account's kind: "deliveroo rider account"
    rent_trade=r"(?:rent|rents|renting|rented|lend|lending|sell|selling|buy|buying|share|sharing|swap)",
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`), besides the shared word skips
(``{skip_words:N}``, ``{skip_long_words:N}``, ``{sentence_span:N}``...): ``{money}``, ``{your_account}`` and ``{forward}`` are the lists above."""

RULES = (
    Rule(
        id="CT180", category=CATEGORY, name="receive-and-forward-money", severity="high", weight=0.6,
        patterns=(
            V(r"\b{receive}{clause:5}{money}{clause:8}{into}\s{your_account}(?:{sentence_span:14})\b{forward}"),
            V(r"\b{receive}{clause:5}{money}\s(?:from|for|of|on\sbehalf\sof)\s(?:our\s|the\s|company\s|its\s)?"
              r"(?:clients?|customers?|buyers?|company|business|partners?|employer|boss|debtors)\b"
              r"{sentence_span:8}\b{into}\s{your_account}"),
            V(r"\b(?:receive|receiving|accept|accepting|get|getting|take\sin){clause:5}{money}{clause:6}"
              r"(?:and|then|&|,)\s{skip_long_words:3}(?:forward|transfer|send|wire|remit|pass|move|redirect)\s(?:them|it"
              r"|the\s(?:money|funds|payments?|balance|rest|remainder|amounts?|cash)|all\sof\sit|everything)\s{skip_long_words:3}"
              r"(?:to|via|through|using|into|on|onward)\b"),
            V(r"\b(?:keep|keeps|retain|take|deduct|earn|get)\s{skip_words:2}(?:\d{1,2}(?:\.\d)?\s?%|\d{1,2}\spercent"
              r"|a\spercentage|a\scommission|your\scommission|commission)\s{skip_words:2}(?:of|from|on|for)\s(?:each|every"
              r"|the|all|any)\s(?:payment|transfer|transaction|deposit|amount|remittance|wire|transfer\syou\sreceive|sum)s?\b"),
            V(r"\b(?:use|using|rent|renting|lend|borrow|provide|open)\s{skip_words:2}{your_account}\s{skip_words:2}"
              r"(?:to|for)\s(?:receive|receiving|accept|accepting|process|processing|collect"
              r"|collecting|our\s(?:payments|transactions|clients|customers)"
              r"|(?:business\s|company\s|client\s|customer\s|international\s)?(?:transfers|transactions|deposits))\b"),
            V(r"\b(?:rent|renting|lend|lending|sell|selling)(?:\sout)?\s(?:us\s|me\s)?(?:your|ur|their)\s(?:verified\s"
              r"|old\s|unused\s|spare\s)?(?:bank\s|paypal\s|cash\s?app\s)?(?:account|acct)s?\b"),
            V(r"\b(?:need|needed|seeking|looking\sfor|wanted|want)\s{skip_words:2}(?:people|persons|individuals|someone"
              r"|somebody|agents|partners|representatives|holders|ppl|anyone)\s{skip_words:2}with\s(?:a\s|an\s)?"
              r"{skip_long_words:3}(?:bank\s(?:accounts?|accts?)|paypal(?:\saccounts?)?|cash\s?app|zelle|venmo|checking"
              r"\saccounts?|accts?)\b"),
            V(r"\b(?:{money}|customers|clients|buyers|payers|debtors|they|we|people)\s{skip_long_words:3}(?:sent|send"
              r"|sends|deposited|deposit|transferred|transfer|paid|pay|wired|wire)\s{skip_long_words:3}(?:in)?to\s"
              r"{your_account}(?:{sentence_span:14})\b{forward}"),
            V(r"\b(?:let|letting|allow|allowing)\s(?:us|me|them|our\s(?>\w{1,12}))\s(?:to\s)?use\s(?:your\s|ur\s)?(?:bank\s"
              r"(?:account|acct)|account|acct|it)\s{skip_words:2}(?:for|to)\s(?:transactions|payments|transfers|receive"
              r"|receiving|deposits)\b"),
            # "let us send money through your bank account and keep 20%"
            V(r"\b(?:let|letting|allow|allowing)\s(?:us|me|them|our\s(?>\w{1,12}))\s(?:to\s)?(?:send|move|pass|run"
              r"|transfer|route)\s(?:some\s)?{money}\s(?:through|via|into|to|using)\s{your_account}"),
            # the "personal assistant" script: receive payments, then pay a private boss's vendors or bills
            V(r"\b{receive}{clause:5}{money}\s(?:and|then|&)\s(?:pay|settle|send\s(?:it|them)\sto)\s(?:his|her|my"
              r"|the\s(?:boss|ceo|client|owner)'s)\s(?:vendors|suppliers|bills|contractors|creditors|invoices)\b"),
            # "receive payments into their bank account and forward them, keep 10%": passed on, no destination said
            V(r"\b{receive}{clause:5}{money}{clause:8}{into}\s{your_account}\s(?:and|then|&)\s(?:forward|transfer|send"
              r"|wire|remit|pass)\s(?:them|it|the\s(?:money|funds|payments?|transfers?))\b"),
        ),
        exclude=(_WAGES_OK, _WARNING),
        context=40,
        explanation="Asks the worker to receive money (from 'clients') into their own account and pass it on, or to "
                    "lend their account: the signature of a money-mule 'job', which launders stolen funds.",
        examples=(
            "Receive payments from our customers into your personal bank account and forward them to our suppliers.",
            "You will receive funds and then transfer them via Western Union.",
            "Keep 10% of each payment you receive.",
            "Use your bank account to receive payments for our company.",
            "We need people with a US bank account, part-time.",
            "We need people to receive payments into their bank account and forward them, keep 10%.",
            "Rent your account to us for 200 dollars a week.",
            "Rent out your bank account: we pay 300 pounds a week to use your account for business transfers.",
            "Become an ambassador: let us send money through your bank account and keep 20%.",
            "As my personal assistant you will receive payments and pay my vendors while I travel.",
        ),
        counter_examples=(
            "Your salary is paid into your personal bank account every month.",
            "Accounts payable clerk: process supplier payments in SAP and reconcile the bank account.",
            "Never agree to receive money into your account for someone else: that is a money mule scam.",
            "Cashier: accept payments from customers and balance the till.",
            "Your expenses will be reimbursed into your bank account.",
            "We don't receive payments into your account or ask you to forward money.",
            "Accounts payable assistant: receive customer payments and pay our suppliers through the company's bank.",
            "We use your bank account for salary payments only.",
        ),
    ),
    Rule(
        id="CT181", category=CATEGORY, name="mule-job-title", severity="medium", weight=0.3,
        patterns=(
            V(r"\b(?:payment|payments|funds|money|fund)\s(?:processing|transfer|receiving|collection|reception|handling)\s"
              r"(?:agent|agents|officer|assistant|representative|rep|coordinator|partner|manager|clerk)s?\b"),
            V(r"\b(?:financial|finance|payment|payments|remittance|transfer)\s(?:agent|agents|intermediary|middleman|receiver"
              r"|representative)s?\b"),
            V(r"\b(?:regional|local|country|area)\s(?:payment|payments|financial|finance|funds|accounts?\sreceivable)\s"
              r"(?:agent|representative|rep|officer|manager|assistant|coordinator|partner)s?\b"),
            V(r"\b(?:package|parcel|packages|parcels|shipping|reshipping|merchandise)\s(?:handler|handlers|forwarder|forwarders"
              r"|inspector|inspectors|receiver|receivers|coordinator|manager|agent)s?\s{skip_long_words:3}(?:from|at)\s(?:home"
              r"|your\s(?:home|house|place|address))\b"),
        ),
        requires=(
            r"\b(?:from\s(?:your\s)?home|home[\s\-]based|remote(?:ly)?|online|part[\s\-]time|flexible\shours|no\sexperience"
            r"|side\s(?:job|income|hustle)|extra\s(?:income|cash|money)|your\s(?:own\s|personal\s)?(?:bank\s)?account"
            r"|commission|per\stransaction|your\s(?:home|house|address))\b",
        ),
        exclude=(_WARNING, r"\b(?:fca|regulated|compliance|kyc|aml|anti[\s\-]money|sanctions|back[\s\-]office|operations"
                          r"\steam|treasury)\b"),
        context=80,
        explanation="Uses a known money-mule or reshipping job title ('payment processing agent', 'financial agent', "
                    "'package handler from home') in a home/part-time setting. Weak alone.",
        examples=(
            "Payment processing agent needed, work from home, part-time.",
            "Regional payment representative, flexible hours, commission per transaction.",
            "Package handler from home: extra income.",
        ),
        counter_examples=(
            "Payments operations analyst, London office, FCA regulated bank.",
            "Financial analyst, hybrid working.",
            "Beware of fake financial agent jobs offered online.",
        ),
    ),
    Rule(
        id="CT182", category=CATEGORY, name="reshipping", severity="high", weight=0.55,
        patterns=(
            V(r"\b(?:re-?ship|re-?shipping|re-?shipped|re-?shipper|reshipment|re-?labell?(?:ing|ed)?|re-?label|re-?pack(?:age)?"
              r"(?:ing|ed)?)\b"),
            V(r"\b(?:receive|receiving|accept|accepting|collect|collecting|get|getting|sign\sfor|take\sdelivery\sof)"
              r"\s{skip_long_words:3}(?:packages?|parcels?|shipments?|deliveries|merchandise|goods|items|products|boxes)"
              r"\s{skip_long_words:3}(?:(?:at|to|in)\s(?:your|ur)\s(?:own\s)?(?:home|house|address|residence|apartment|flat"
              r"|place|door)|(?:at|from)\shome)\b"),
            V(r"\b(?:packages?|parcels?|shipments?|merchandise|goods|items|boxes)\s{skip_long_words:3}(?:(?:will\sbe|are|get"
              r"|will|gets)\s)?(?:sent|delivered|shipped|arrive|arriving|come|coming)\s(?:at\s|to\s)?(?:your|ur)\s(?:home"
              r"|house|address|residence|apartment|place|door)\b"),
            V(r"\b(?:put|stick|place|attach|print)\s(?:\w{1,6}\s)?new\s(?:shipping\s)?labels?\b|\b(?:change|swap|replace)\s"
              r"(?:the\s)?(?:shipping\s)?labels?\b"),
            V(r"\b(?:prepaid|pre-paid|new)\s(?:shipping\s)?labels?\s{skip_long_words:3}(?:emailed|sent|provided|attached"
              r"|will\sbe\s(?:emailed|sent|provided))\b"),
            V(r"\b(?:package|parcel)\s(?:forwarding|forwarder|reshipping|consolidation)\s{skip_long_words:2}(?:from|at)\s"
              r"(?:home|your\s(?:home|house|address))\b"),
        ),
        requires=(
            r"\b(?:forward|forwarding|re-?ship|reshipping|ship\s(?:them|it|out|on|to)|send\s(?:them|it)\s(?:on|to|out)"
            r"|labels?|inspect|inspection|repack|re-?label|photograph|new\saddress|overseas|abroad|our\s(?:clients|customers)"
            r"|from\shome|per\s(?:package|parcel|item|box)|drop\s(?:them|it)\s(?:off\s)?(?:to|at)|deliver\s(?:them|it)\sto"
            r"|other\saddresses|no\squestions\sasked)\b",
        ),
        exclude=(_WARNING, r"\b(?:warehouse|depot|fulfil?ment\scent(?:er|re)|distribution\scent(?:er|re)|our\s(?:site|premises"
                          r"|facility|store|shop)|returns\sdepartment|forklift|courier\sdriver|delivery\sdriver)\b"),
        context=80,
        explanation="Asks the worker to receive parcels at home and reship or relabel them: a reshipping mule, "
                    "moving goods bought with stolen cards.",
        examples=(
            "Receive packages at your home, inspect them and reship them with the labels we email you.",
            "Parcels will be delivered to your home; repackage them and ship to our clients overseas.",
            "Package forwarding from home, $30 per parcel.",
            "Prepaid shipping labels are emailed to you daily, you relabel the items.",
        ),
        counter_examples=(
            "Warehouse operative: pick, pack and relabel returns at our fulfilment centre.",
            "Delivery driver: deliver parcels to customers' homes across Leeds.",
            "Beware of reshipping jobs that ask you to receive packages at home.",
            "Your laptop will be sent to your home address before your start date.",
        ),
    ),
    Rule(
        id="CT183", category=CATEGORY, name="gift-cards", severity="high", weight=0.55,
        patterns=(
            V(r"\b(?:buy|buying|purchase|purchasing|get|pick\sup|load)\s{skip_long_words:4}(?:gift|itunes|i-tunes|apple"
              r"|google\splay|steam|amazon|ebay|vanilla|razer|visa\sgift|prepaid|walmart|target|sephora|xbox|playstation|psn"
              r"|netflix|amex\sgift)\s?(?:gift\s)?(?:cards?|vouchers?)\b(?:{sentence_span:14})\b(?:send|text|email|share"
              r"|scratch|upload|forward|submit|give)\s{skip_long_words:4}(?:codes?|pins?|pictures?|photos?|pics?|numbers?|images?"
              r"|screenshots?|back|them)\b"),
            V(r"\b(?:send|text|email|share|forward|submit)\s(?:me\s|us\s|him\s|her\s)?(?:the\s|all\s|your\s)?(?:gift\s?card"
              r"|itunes|google\splay|steam|amazon|card)\s(?:codes?|pins?|pictures?|photos?|numbers?|images?)\b"),
            V(r"\bscratch\s(?:off\s)?(?:the\s)?(?:back|cards?|codes?|silver|panel)\b"),
        ),
        exclude=(_WARNING, r"\b(?:customers?|shoppers?|reward\syou|as\sa\s(?:thank|reward|bonus)|survey)\b"),
        context=60,
        explanation="Asks the worker to buy gift cards (iTunes, Google Play, Steam...) and send the codes: no real "
                    "job pays this way; it is a way to steal money that cannot be traced or recovered.",
        examples=(
            "Buy 4 Google Play cards of $100 and send the codes to the manager.",
            "Purchase Apple gift cards for our client, scratch the back and send pictures.",
            "Send me the gift card codes before 5pm.",
        ),
        counter_examples=(
            "Sales assistant: help customers choose gift cards and vouchers.",
            "Staff receive a £50 Amazon voucher as a thank you.",
            "We will never ask you to buy gift cards.",
        ),
    ),
    Rule(
        id="CT184", category=CATEGORY, name="fake-cheque", severity="high", weight=0.5,
        patterns=(
            V(r"\b(?:deposit|cash|mobile\sdeposit|cashing|depositing)\s{skip_long_words:3}(?:check|cheque|checks|cheques"
              r"|money\sorders?|certified\scheck)s?\b(?:{sentence_span:16})\b(?:send|transfer|wire|forward|return|pay|buy"
              r"|purchase|zelle)\s{skip_long_words:4}(?:{leftover}"
              r"|our\s(?:vendor|supplier)|equipment|office\s(?:supplies|equipment)|software|laptop|materials)\b"),
            V(r"\b(?:we|i|company|employer|manager|hr)\s{skip_words:2}(?:send|mail|issue|courier|post)\s{skip_words:1}"
              r"(?:you|u)\s(?:a\s|the\s)?(?:check|cheque|money\sorder|certified\scheck)\s{skip_words:3}(?:to|for)\s"
              r"(?:buy|purchase|get|cover|pay\sfor|set\sup)\s{skip_long_words:3}(?:equipment|supplies|software|laptop|computer"
              r"|office|workstation|materials|gear)\b"),
            V(r"\b(?:check|cheque|money\sorder|certified\scheck)s?\b[^\n]{0,80}?\b(?:deposit|cash|depositing|cashing)"
              r"\s(?:it|them|this|that)\b(?:{sentence_span:12})\b(?:send|transfer|wire|forward|return|pay|zelle)"
              r"\s{skip_long_words:4}(?:{leftover}"
              r"|our\s(?:vendor|supplier|coordinator|agent))\b"),
            V(r"\b(?:overpa(?:y|id|yment|ying)|paid\syou\stoo\smuch|excess\samount)\b(?:{sentence_span:12})\b(?:send"
              r"|return|refund|transfer|wire)\s{skip_words:3}(?:back|difference|excess|balance|rest)\b"),
        ),
        exclude=(_WARNING, r"\b(?:teller|cashier|branch|customers?|clients'|bank\sstaff)\b"),
        context=40,
        explanation="Sends the worker a cheque to deposit and asks them to send on the 'remainder' or pay a "
                    "'vendor' for equipment: a fake-cheque scam that leaves the worker owing the bank.",
        examples=(
            "Deposit the check in your account and send the remainder to our vendor.",
            "We will mail you a cheque to buy your office equipment from our supplier.",
            "You were overpaid, please send back the difference by Zelle.",
            "We will mail you a check. Deposit it, keep your pay, and wire the rest to our coordinator.",
            "I will send you a cheque for the first month; deposit it and send the extra to the nurse agency.",
        ),
        counter_examples=(
            "Bank teller: cash cheques for customers at the branch.",
            "Equipment is provided by the company and shipped to you.",
            "Never deposit a cheque from an employer and send money back: it is a scam.",
        ),
    ),
    Rule(
        id="CT185", category=CATEGORY, name="cash-out-channels", severity="medium", weight=0.45,
        patterns=(
            V(r"\b(?:withdraw|withdrawing|cash\sout|take\sout|pull\sout)\s{skip_long_words:3}(?:cash|money|funds|it|them"
              r"|the\samount)\b(?:{sentence_span:10})\b(?:send|sending|transfer|deposit|depositing|wire|load|buy)\s"
              r"{skip_long_words:4}(?:{wire_service}|ria|worldremit|bitcoin|btc|crypto|usdt|bitcoin\satm|crypto\satm"
              r"|walmart2walmart|gift\scards?)\b"),
            V(r"\b(?:send|sending|transfer|deposit|depositing|wire|load)\s{skip_long_words:3}(?:cash|money|funds|it|them"
              r"|payments?)\s{skip_short_words:2}(?:via|through|using|by|into|at|to)\s(?:a\s|the\s|our\s|any\s)?"
              r"(?:{wire_service}|bitcoin\satm|crypto\satm|btc\satm|coin\satm|bitcoin\swallet|walmart2walmart)\b"),
            V(r"\b(?:buy|purchase|convert|exchange)\s{skip_words:2}(?:bitcoin|btc|crypto|usdt)\s(?:with|using|from)"
              r"\s(?:the|these|those|this|that|all\sthe)\s(?:funds|money|cash|payments?|deposits?|amount)\b"),
            V(r"\b(?:evaluate|evaluating|test|testing|assess|assessing|review|reviewing|rate)\s{skip_long_words:3}"
              r"(?:{wire_service}|money\stransfer|wire\stransfer|ria)\b"),
        ),
        exclude=(_WARNING, r"\b(?:customers?|cashier|agent\slocation|compliance|teller)\b"),
        context=50,
        explanation="Asks the worker to withdraw cash and send it on by Western Union, MoneyGram or a bitcoin ATM, "
                    "or to 'evaluate' money-transfer services: the cash-out step of money laundering.",
        examples=(
            "Withdraw the cash and send it through Western Union to our agent.",
            "Deposit the money into a Bitcoin ATM near you.",
            "Mystery shopper: evaluate MoneyGram services with the funds we send you.",
        ),
        counter_examples=(
            "Cashier at our Western Union agent location, serving customers.",
            "Compliance analyst reviewing money transfer alerts.",
            "Never send money via Western Union to an employer.",
        ),
    ),
    Rule(
        id="CT186", category=CATEGORY, name="car-wrap-advert", severity="medium", weight=0.45,
        patterns={
            "sticker-on-car": V(r"(?:\b(?:stickers?|decals?|vinyl|wraps?|wrapped|wrapping|plaster|advert\w{0,9}|logo)\b)"
                                r"{gap_lines:6}(?:\b(?:your\s)?(?:car|cars|vehicle|vehicles|truck|trucks|auto|suv|door)\b)"),
            "car-wrapped": V(r"(?:\b(?:car|vehicle|truck|auto|suv)\b){gap_lines:2}(?:\b(?:wrapped|stickered|branded)\s(?:with|in)\b)"),
            "drive-and-earn": V(r"(?:\b(?:drive|driving|drivers?)\b)"
                                r"{gap_lines:6}(?:\b(?:sticker|stickers|decal|decals|wrap|wrapped|advert)\b)"),
        },
        requires=(r"\b(?:earn|earning|pay\s(?:you|u)|paid|payment|\$|bucks|every\sweek|weekly|per\sweek|a\sweek"
                  r"|cheque|check)\b|\$\s?\d",),
        # the trade itself, not the scam's "installer" who takes the rest of the cheque
        exclude=(_WARNING, r"\b(?:(?:vinyl|wrap|graphics?|sign|decal)\sinstallers?|installers?\s(?:wanted|needed|required"
                           r"|job|jobs|role|position)|install(?:ing)?\s(?:vinyl|wraps?|graphics|decals)|designer"
                           r"|designers|design|print\sshop|signage|fleet\sgraphics|body\sshop|detailing|mechanic"
                           r"|technician)\b"),
        explanation=("Offers to pay a driver weekly for carrying a brand's sticker or wrap on their car: a "
                     "fake-cheque script (the 'payment' arrives as a cheque with too much money on it)."),
        examples=(
            "Earn $400 every week by driving with our drinks brand's sticker on your car.",
            "Get paid weekly to have your vehicle wrapped with an advert, no mileage limit.",
            "Drivers wanted: keep our decal on your car door and earn 500 bucks a week.",
            "Earn $450 a week with our advert on your car: deposit the cheque we mail you, keep your pay and send "
            "the rest to our installer.",
        ),
        counter_examples=(
            "Vinyl wrap installer for our vehicle graphics shop, hourly pay plus overtime.",
            "Car wrap jobs that send you a cheque are a scam: report them.",
            "Delivery drivers wanted, van provided, paid weekly.",
            "Installers wanted to wrap customers' cars in vinyl adverts, paid weekly, own tools.",
        ),
    ),
    Rule(
        id="CT187", category=CATEGORY, name="company-funds-for-equipment", severity="high", weight=0.5,
        patterns={
            "funds-to-buy": V(r"(?:{funds}){gap:6}(?:(?:{to_buy}){gap:3}(?:{equipment_to_buy}))"),
            "funds-then-vendor": V(r"(?:{funds_sent}){gap:10}"
                                   r"(?:(?:{equipment}){gap:12}(?:{company_vendor}))"),
            "pay-vendor-once-cleared": V(r"(?:{cleared}){gap:8}(?:(?:{pay_out}){gap:4}(?:{vendor}))"),
        },
        requires=(any_of("our vendor", "the vendor", "vendor", "approved vendor", "our supplier", "designated",
                         "deposit", "mobile deposit", "send you a check", "send you a cheque", "will send you",
                         "we send you", "mail you", "cash app", "zelle", "remaining", "balance", "rest of the funds",
                         "supplier", "provider", "mailed to you", "sent to you", "clears", "cleared"),),
        exclude=(_WARNING, any_of("reimbursed through payroll", "company card", "corporate card",
                                  "purchase orders", "procurement", "accounts payable", "invoice", "invoices")),
        explanation=("The 'employer' sends funds or a cheque for the worker to buy equipment, usually from its own "
                     "'vendor': the fake-cheque script, where the cheque bounces after the vendor is paid."),
        examples=(
            "We will send you a check to purchase your home office equipment from our approved vendor.",
            "The company will provide funds to buy your laptop and software; pay the vendor with Zelle.",
            "Deposit the cheque we send you and use the money to buy your workstation from our designated vendor.",
            "The company will provide funds for your equipment, which you will order from our designated vendor.",
            "Once the check clears in your account, pay the supplier for your laptop and headset.",
        ),
        counter_examples=(
            "We ship you a laptop on your first day; there is nothing to buy.",
            "Never deposit a check from a new employer to buy equipment from their vendor: it is a scam.",
            "Procurement officer: raise purchase orders to buy office equipment from approved vendors.",
            "Accounts payable clerk: pay the vendor once the invoice is approved and the funds clear.",
            "Your equipment is ordered by IT from our approved vendor and shipped to you before day one.",
        ),
    ),
    Rule(
        id="CT188", category=CATEGORY, name="delivery-app-account-rental", severity="high", weight=0.5,
        patterns={
            "rent-an-app-account": V(r"\b{rent_trade}(?:\sout)?\s(?:(?:me|us|you|your|ur|my|our|a|an|the|verified"
                                     r"|active|working|approved|clean|new|old)\s){0,3}{gig_apps}\s{app_role}"
                                     r"(?:accounts?|acc|accs|acct|logins?)\b"),
            "app-account-for-rent": V(r"\b{gig_apps}\s{app_role}(?:accounts?|acc|accs|acct|profiles?|logins?)\s"
                                      r"(?:(?:is|are|now)\s)?(?:for\s(?:rent|rental|sale|hire|lease)"
                                      r"|to\s(?:rent|let|share)|available\s(?:to|for)\s(?:rent|share|work)|on\srent)\b"),
            "work-on-your-account": V(r"\b(?:use|using|work\son|drive\son|deliver\son|run|work\sunder)\s(?:your|ur)\s"
                                      r"{gig_app}\s{app_role}(?:accounts?|acc|acct|profiles?|logins?)\b{sentence_span:14}"
                                      r"\b(?:pay|paid|earn|give|send)\b"),
            # the holder's side: "hiring drivers for food delivery, use my account, 60/40 split"
            "work-on-my-account": V(r"\b{gig_app}\b{gap:12}(?:use|using|work\son|drive\son|deliver\son|work\sunder)\s"
                                    r"(?:my|our)\s(?:{gig_app}\s)?{app_role}(?:accounts?|acc|acct|logins?)\b{sentence_span:10}"
                                    r"\b(?:split|share|cut|percent|%"
                                    r"|weekly|per\sweek|a\sweek|pay|paid)"),
            "pay-to-use-your-account": V(r"\b(?:pay|paying)\s(?:you|u)\b{sentence_span:8}\b(?:use|using|work\son|borrow"
                                         r"|rent|renting)\s(?:your|ur)\s{gig_app}\s{app_role}(?:accounts?|acc|acct|logins?)\b"),
        },
        exclude=(_WARNING, warnings("account sharing", "against the rules", "against the terms",
                                    "terms of service", "deactivated", "banned", "ban", "breaks the rules")),
        context=120,
        explanation=("Offers to rent, buy or sell a delivery or ride-hail app account ('rent your DoorDash "
                     "account, $150 a week'): someone the platform never vetted works under the holder's name, "
                     "and people without the right to work are exploited through rented accounts."),
        examples=(
            "Rent your DoorDash account to me, 150 dollars every week, no work needed.",
            "Uber Eats accounts for rent, start delivering today, DM for price.",
            "Looking to rent a verified Instacart account, pay weekly, serious people only.",
            "We use your Deliveroo rider account in the evenings and pay you 80 pounds a week.",
            "Selling active Amazon Flex accounts, cheap, message me.",
            "I will pay you 100 dollars weekly to use your Uber Eats account, you do nothing.",
            "Hiring drivers for food delivery, use my account, 60/40 split, weekly pay. Must have a bike.",
        ),
        counter_examples=(
            "Delivery drivers wanted: sign up for your own Uber Eats account and choose your hours.",
            "Never rent out your DoorDash account: account sharing breaks the rules and gets you banned.",
            "Our restaurant is on Uber Eats and Deliveroo; we are hiring kitchen porters.",
            "I lost access to my Lyft driver account, does anyone know who to call?",
            "Rent a room near the depot, ideal for Amazon Flex drivers, 120 a week.",
        ),
    ),
)

"""Personal data requests: identity numbers, ID scans or bank access asked for up front.

Fake recruiters harvest SSNs, national ID and BVN/Aadhaar numbers, passport
scans, "selfies holding your ID", card details and online-banking logins
before any interview, to open accounts and loans in the applicant's name or to
empty their bank account. Honest employers collect payroll and right-to-work
data after an offer, through their HR or onboarding system, and never need a
banking password, PIN or one-time code.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, warnings

CATEGORY = "personal_data_request"
DESCRIPTION = "Asks for identity numbers, ID scans, selfies with ID, card details or bank logins before any hiring step."
REASON = "asks for identity or bank details before any interview"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    send=(r"\b(?:send|sending|provide|providing|submit|submitting|email|e-mail|text|forward|attach|include|share|give"
          r"|drop|dm|inbox|whatsapp|upload|fill\sin|enter|type|reply\swith|message|post|mail)\b"),
    send_us=r"{send}(?:\s(?:us|me|him|her))?",
    number=r"(?:number|no)",
    id_number=(
        r"\b(?:(?:(?<=\byour\s)|(?<=\bur\s)|(?<=\band\s)|(?<=\bor\s))sin\b|ssn|s\.s\.n"
        r"|social\s?security(?:\s(?:number|no|#|card|details))?|social\sinsurance\s{number}|sin\s{number}"
        r"|national\sinsurance\s{number}|ni\s{number}|nin(?:\s(?:number|no|slip))?|bvn|bank\sverification\snumber"
        r"|aadhaa?r(?:\s(?:number|no|card|details))?|pan\s(?:card|number|no|details)|tax\s(?:id|identification\snumber|file"
        r"\snumber)|tin\s{number}|national\sid(?:entity|entification)?(?:\s(?:number|no|card))?|id\s{number}"
        r"|passport\s(?:number|no|details|bio[\s\-]?data(?:\spage)?|data\spage)|driver'?s?\s?licen[cs]e\s{number}|nric"
        r"|cnic|emirates\sid(?:\s{number})?|mother'?s\smaiden\sname|sss\s{number}|philhealth|umid|curp|rfc)\b"
    ),
    licence=r"driver'?s?\s?licen[cs]e|drivers\slicen[cs]e",
    id_copy=r"(?:passport|id\scard|{licence}|national\sid|ssn\scard|aadhaa?r)\s(?:scan|copy|photo|picture|pic|image)s?",
    when=(
        r"\b(?:to\s(?:apply|be\sconsidered|qualify|get\sstarted|start|proceed|process\syour\sapplication"
        r"|secure\syour\s(?:slot|spot|position)|be\sshortlisted|receive\s(?:your|the)\s(?:offer|contract|interview)"
        r"|book\syour\sinterview|verify\syou|confirm\syour)"
        r"|before\s(?:the|your|any|an|we\sschedule\s(?:an|the|your))\s(?:interview|call|chat|meeting)"
        r"|for\s(?:verification|shortlisting|the\sinterview|screening|processing)|with\syour\s(?:cv|resume|application)"
        r"|via\s(?:whatsapp|telegram|text|sms|email|dm|inbox)|on\s(?:whatsapp|telegram))\b"
    ),
    # A 'trial period' of a job (not a trial shift, which honest bars and kitchens hold in person).
    trial=(r"\b(?:(?:a|the|your|our|this|free|paid|\d{1,2}[\s\-]?days?|one[\s\-]week|two[\s\-]weeks?)\s)?trial"
           r"\s(?:period|week|weeks|run|task|tasks|job|stage|phase|day|days)\b|\b\d{1,2}[\s\-]?days?\strial\b"),
    # The first personal detail of a list asked for: full name, "name, age", home address, date of birth, bank.
    details=(r"\b(?:your\s)?(?:full\s(?:legal\s)?name|name\s{0,2}[,/&]\s{0,2}(?:home\s|full\s)?(?:address|age|dob|date"
             r"|gender|phone|bank|email)|home\saddress|full\saddress|residential\saddress|date\sof\sbirth|dob|bank\sname"
             r"|bank\sdetails|account\sdetails)\b"),
)
"""Personal data's terms: ``{send}`` (send, provide, upload...) and ``{send_us}`` ("send us"), ``{id_number}``
(SSN, BVN, Aadhaar, passport number...) with ``{number}`` ("number" or "no"), ``{licence}`` (a driver's licence,
either spelling), ``{id_copy}`` (a scan or photo of an ID document), ``{when}`` (to apply, before the
interview, via WhatsApp), ``{trial}`` (a trial period) and ``{details}`` (full name, home address, date of birth)."""

_ONBOARDING = (
    r"\b(?:after\s(?:you\s(?:accept|receive|sign)|an?\s|the\s|your\s)?(?:conditional\s|written\s|formal\s)?(?:offer|hire"
    r"|hiring|contract)|once\s(?:hired|you\s(?:are|re|have\sbeen)\s(?:hired|offered)|an\soffer)|upon\s(?:hire|hiring|offer"
    r"|acceptance)|on\syour\sfirst\sday|first\sday\sof\s(?:work|employment)|onboarding\s(?:portal|system|platform)"
    r"|(?:hr|hris|careers|applicant|candidate)\s(?:portal|system)|secure\s(?:portal|link|upload|system)|workday|bamboohr"
    r"|i-9|e-verify|payroll\s(?:system|portal|form|forms|team)|right[\s\-]to[\s\-]work|new\shire\s(?:paperwork|forms)"
    r"|p45|starter\s(?:form|checklist))\b"
)
_WARNING = warnings("fraudster", "fraudsters", "fake", "never ask", "never share", "never send", "never give",
                    "never request", "red flag", "red flags", "report", "identity theft", "phishing", "protect your")

RULES = (
    Rule(
        id="CT200", category=CATEGORY, name="id-number-up-front", severity="high", weight=0.5,
        patterns=(
            V(r"{send}(?:\s(?:us|me|him|her|our\s(?>\w{1,12})))?{clause:10}{id_number}"),
            V(r"{id_number}{clause:3}(?:is|are|will\sbe)\s(?:required|needed|mandatory|compulsory|necessary)\s"
              r"{skip_words:2}{when}"),
            V(r"\b(?:need|needs|require|requires|want|wants)\s{skip_words:2}(?:your|ur)\s(?:full\s|valid\s)?"
              r"{id_number}"),
        ),
        exclude=(_ONBOARDING, _WARNING, r"\b(?:must\s(?:have|hold|possess)|eligible|eligibility)\b"),
        context=80,
        explanation="Asks the applicant to send an SSN, national ID, BVN, Aadhaar, tax or passport number before "
                    "any interview or offer: enough to open loans or accounts in their name.",
        examples=(
            "Send your full name, address and SSN to apply.",
            "Kindly forward your BVN and NIN for verification.",
            "Your Social Security number is required to process your application.",
            "We need your Aadhaar number and PAN card details before the interview.",
            "Reply with your date of birth and SIN number to get started.",
        ),
        counter_examples=(
            "After your offer, you will add your National Insurance number in our HR portal.",
            "Applicants must have a valid Social Security number.",
            "We will never ask for your SSN or bank details by text.",
            "Beware of fake recruiters asking for your BVN.",
            "Send your CV and a short cover letter.",
        ),
    ),
    Rule(
        id="CT201", category=CATEGORY, name="id-document-scan", severity="medium", weight=0.35,
        patterns=(
            V(r"{send_us}{clause:4}"
              r"(?:scan|scans|scanned\scopy|copy|copies|photo|photos|picture|pictures|pic|pics|image|images|snap|photocopy"
              r"|front\sand\sback|both\ssides)\s{skip_words:2}(?:of\s)?(?:your\s|ur\s|the\s)?{opt_word}"
              r"(?:passport|passports|id|ids|id\scard|national\sid|identity\scard|{licence}"
              r"|driving\slicen[cs]e|licen[cs]e|ssn\scard|social\ssecurity\scard|aadhaa?r|pan\scard|nin\sslip|voter'?s?\scard|residence\spermit"
              r"|green\scard|birth\scertificate|utility\sbill|bank\sstatement|debit\scard|credit\scard|atm\scard)\b"),
            V(r"\b{id_copy}\s{skip_words:3}(?:(?:via|on|to|through|by)\s(?:whatsapp|telegram"
              r"|text|sms|email|e-mail|dm|inbox|this\snumber|me|us)\b|to\s[\w.\-]{1,40}@)"),
            V(r"\b{id_copy}\b{sentence_span:10}{when}"),
        ),
        exclude=(_ONBOARDING, _WARNING, r"\b(?:customers|visa\s(?:application|processing)|embassy|work\spermit\sapplication"
                                        r"|bring|in\sperson|at\sthe\sinterview)\b"),
        context=80,
        explanation="Asks for a scan or photo of a passport, ID card, licence or bank card by chat or e-mail before "
                    "hiring: identity documents sent this way are used for identity theft. Weak alone (some "
                    "visa recruiters ask for a passport copy).",
        examples=(
            "Send a clear photo of your driver's license front and back.",
            "Upload a scan of your passport and national ID to proceed.",
            "Passport copy via WhatsApp to this number.",
            "Email us a picture of your debit card for payroll.",
        ),
        counter_examples=(
            "Please bring your passport to the interview.",
            "After your offer, upload your right-to-work documents to our HR portal.",
            "Never send a photo of your ID to a recruiter on WhatsApp.",
            "Send your CV and a photo of your certificates.",
        ),
    ),
    Rule(
        id="CT202", category=CATEGORY, name="selfie-with-id", severity="high", weight=0.6,
        patterns=(
            V(r"\b(?:selfie|selfies|photo|picture|pic|video)\s{skip_words:2}(?:holding|with|showing|next\sto|beside)"
              r"\s{skip_words:2}(?:your|ur|the)\s{opt_word}(?:id|ids|id\scard|passport|{licence}"
              r"|national\sid|identity\scard|card|ssn\scard|documents?)\b"),
            V(r"\b(?:hold|holding)\s(?:up\s)?(?:your|ur|the)\s(?:id|id\scard|passport|{licence}"
              r"|licen[cs]e|card)\s{skip_words:3}"
              r"(?:selfie|photo|picture|camera|video|face)\b"),
            V(r"\b(?:face|liveness|facial)\s(?:verification|scan|check|video)\s{skip_words:3}(?:with|and)\s(?:your\s)?"
              r"(?:id|passport|licen[cs]e)\b"),
        ),
        exclude=(_ONBOARDING, _WARNING),
        context=80,
        explanation="Asks for a selfie holding an ID card or passport: exactly what criminals need to pass the "
                    "identity checks of banks and crypto exchanges in the victim's name.",
        examples=(
            "Send a selfie holding your ID card.",
            "Take a photo with your passport next to your face.",
            "Hold your driver's license up to the camera for a selfie.",
        ),
        counter_examples=(
            "Never send a selfie with your ID to anyone.",
            "Photographer for passport photos and ID cards at our studio.",
            "Send a selfie and a short video introducing yourself.",
        ),
    ),
    Rule(
        id="CT203", category=CATEGORY, name="bank-credentials", severity="high", weight=0.8,
        patterns=(
            V(r"\b(?:your|ur)\s(?:online\s|internet\s|mobile\s)?(?:banking|bank|bank\saccount|account|paypal|cash\s?app|card)"
              r"\s(?:login|log-in|log\sin|username|user\sname|user\sid|password|passcode|pass\scode|pin|pins|credentials"
              r"|security\s(?:questions?|code)|access\scode|sign[\s\-]in\sdetails)\b"),
            V(r"{send_us}{clause:4}"
              r"(?:pin|pins|password|passcode|otp|one[\s\-]time\s(?:password|code|pin)|verification\scode|security\scode"
              r"|\d[\s\-]digit\s(?:code|pin)|auth(?:entication)?\scode|cvv|cvc|cvv2|card\sverification\s(?:value|code)"
              r"|token\scode|activation\scode)\b"),
            V(r"{send_us}{clause:4}"
              r"(?:debit|credit|atm|bank|visa|master)\s?card\s(?:details|number|numbers|info|information|pin|data)\b"),
            V(r"\b(?:code|otp|pin|verification\scode)\b{sentence_span:10}\b(?:send|forward|share|give|tell|read|text)\s(?:it|them"
              r"|the\scode|that\scode|this\scode)\s{opt_short_word}(?:to|back\sto|with)\s(?:me|us|our\s(?>\w{1,12}))\b"),
            V(r"\b(?:atm|card|debit\scard|atm\scard)\spins?\b(?!\s?pads?)"),
            # both sides of a payment card: its number, expiry and security code
            V(r"\b(?:bank|debit|credit|atm|visa|master|payment)\s?cards?\s{skip_words:1}(?:front\sand\sback|back\sand\sfront"
              r"|both\ssides)\b"),
            V(r"\b(?:login|log-in|log\sin|sign[\s\-]?in|online\sbanking)\s(?:details|credentials|info|information)\s(?:for|to|of)"
              r"\s(?:your|ur)\s(?:bank|bank\saccount|account|paypal|online\sbanking)\b"),
            V(r"\b(?:card\snumber|debit\scard|credit\scard|atm\scard)\W{1,3}(?:(?>\w{1,10})\W{1,3}){0,3}(?:expiry|expiration|exp\sdate"
              r"|cvv|cvc|pin|security\scode)\b"),
            V(r"\b(?:code|otp|pin)\s{skip_words:3}(?:sent|texted|sms'?d)\sto\s(?:your|ur)\s(?:phone|number|mobile)\b"
              r"(?:{sentence_span:10})\b(?:send|forward|share|give|tell|read)\s(?:it|them|the\scode|me|us)\b"),
        ),
        exclude=(_WARNING, V(r"\b(?:reset|resets|resetting)\s{skip_words:2}(?:users'?|customers'?|staff|employees'?)"
                             r"|helpdesk|help\sdesk|service\sdesk|it\ssupport|active\sdirectory|password\smanager\b")),
        context=80,
        explanation="Asks for a banking login, password, PIN, one-time code or card CVV: no employer ever needs "
                    "these. Sending them lets criminals empty the account or use it to launder money.",
        examples=(
            "Send your online banking username and password so we can deposit your salary.",
            "Please send me the 6-digit code sent to your phone.",
            "Provide your card number, expiry date and CVV for payroll.",
            "We need your bank login to set up direct deposit.",
            "Send a photo of your passport and your bank card front and back to start.",
        ),
        counter_examples=(
            "We will never ask for your bank password or PIN.",
            "IT helpdesk analyst: reset users' passwords and unlock accounts.",
            "Beware of scammers asking for one-time codes.",
            "Choose a strong password for your applicant account.",
            "Scammers ask for a photo of your bank card front and back: never send it.",
        ),
    ),
    Rule(
        id="CT204", category=CATEGORY, name="bank-details-to-get-paid", severity="medium", weight=0.4,
        patterns=(
            V(r"{send_us}{clause:4}"
              r"(?:bank|banking|account|acct|a/c)\s(?:details|detail|info|information|number|no|particulars)\b(?:{sentence_span:10})"
              r"\b(?:to|so|for)\s{skip_words:3}(?:receive|get|process|send\syou|pay\syou|deposit|credit|transfer)\s"
              r"{skip_words:3}(?:first\s)?(?:payment|payments|pay|salary|wage|wages|money|funds|check|cheque|advance"
              r"|equipment|stipend|allowance|bonus)\b"),
            V(r"\b(?:bank|account)\s(?:details|info|information|number)\s{skip_words:2}(?:before|prior\sto)\s(?:the|your"
              r"|any|an)\s(?:interview|call|chat|meeting|start)\b"),
            # "send your bank details and a copy of your ID to start": before any contract, the job "starts" on them
            V(r"{send_us}{clause:4}(?:bank|banking|account)\s(?:details|detail|info|information)\b{sentence_span:10}"
              r"\bto\s(?:start|get\sstarted|begin|proceed|activate\s(?:your\s)?(?:account|position|job)|secure\s(?:the|your)"
              r"\s(?:job|position|role))\b"),
        ),
        exclude=(_ONBOARDING, _WARNING),
        context=80,
        explanation="Asks for bank details 'to receive your first payment' or equipment money before any interview "
                    "or contract: the start of fake-cheque, mule and account-takeover scams.",
        examples=(
            "Send your bank details to receive your first payment.",
            "Kindly provide your account number so we can send you money for equipment.",
            "Text me your bank info to get your weekly salary.",
            "We need your account details before the interview.",
            "Congratulations, you are hired! Send your bank details and a copy of your ID to start.",
        ),
        counter_examples=(
            "After you accept the offer, add your bank details in our HR portal for payroll.",
            "We will never ask for bank details by text or WhatsApp.",
            "Payroll assistant: update employees' bank details in the payroll system.",
            "Once you sign your contract, enter your bank details in the HR portal so we can pay you from your start "
            "date.",
        ),
    ),
    Rule(
        id="CT205", category=CATEGORY, name="details-to-start", severity="medium", weight=0.35,
        patterns={
            "send-details": V(r"{send}\s{skip_long_words:3}(?:the\sfollowing\s(?:information|info|details)"
                              r"|(?:your\s)?(?:full\sname|home\saddress|date\sof\sbirth|full\saddress|residential"
                              r"\saddress))\b"),
            "details-form": V(r"\bfull\sname\s{0,2}[:\-]"),
        },
        requires=(r"\b(?:trial\speriod|trial|get\sstarted|to\sstart|to\sbegin|first[\s\-]week|first\spayment"
                  r"|to\sprocess\syour|process\syour\s(?:first|payment|salary)|onboarding|to\sproceed|start\searning"
                  r"|sticker|whatsapp|telegram|text\sme|reply)\b",),
        exclude=(_WARNING, _ONBOARDING),
        explanation=("Asks for the reader's full name, address and date of birth 'to get started', 'for the trial "
                     "period' or to 'process your first payment', before any interview or contract."),
        examples=(
            "For the trial period please send your full name, home address and date of birth.",
            "To get started, provide the following information: full name, address, age.",
            "Reply with your full name and home address so we can process your first-week payment.",
        ),
        counter_examples=(
            "After you accept the offer, HR will ask for your full name and home address for payroll.",
            "Never send your full name and date of birth to a recruiter on WhatsApp to get started.",
            "Visitors sign in with their full name at reception.",
        ),
    ),
    Rule(
        id="CT206", category=CATEGORY, name="details-for-trial", severity="medium", weight=0.45,
        patterns={
            "trial-then-details": V("(?:{trial}){clause:12}(?:{details})"),
            "details-then-trial": V("(?:{details}){clause:12}(?:{trial})"),
        },
        exclude=(_WARNING, _ONBOARDING),
        explanation=("Asks for the reader's name, address, date of birth or bank for a 'trial period' of the job, "
                     "before any interview or contract: a trial that exists to collect identities."),
        examples=(
            "For the trial period we need your full name, address and date of birth.",
            "Please provide your name, age and bank name for the trial period.",
            "To begin the 3-day trial, reply with your full name and home address.",
        ),
        counter_examples=(
            "Never give your full name, date of birth or bank details for a so-called trial period.",
            "After you accept the offer, enter your bank details in the payroll portal; the trial period is three months.",
            "Free 14-day trial of our software: sign up with your work email.",
        ),
    ),
)

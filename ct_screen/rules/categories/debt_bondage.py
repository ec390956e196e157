"""Debt bondage: the worker starts in debt and pays it off with their labour.

Recruiters "advance" the ticket, visa and agency fees, then take them out of
the worker's wages, withhold pay until the contract ends, or keep the worker
"until the debt is cleared". The debt grows with rent, food and fines, and
the worker cannot leave. Honest employers pay recruitment costs themselves;
salary advances, relocation clauses and lawful deductions (tax, pension) are
not debt bondage.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import LAW_WARNINGS, SHARED, WarningWords, warnings

CATEGORY = "debt_bondage"
DESCRIPTION = "Travel, visa or recruitment costs are taken from wages, pay is withheld, or work repays a debt."



REASON = "makes the worker repay travel or fees from wages"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    # What the worker is made to pay for.
    kind=r"(?:travel(?:l?ing)?|transport(?:ation)?|recruitment|agency|agent'?s?|placement|processing|training|medical"
         r"|visa|ticket|relocation|deployment|documentation|job|hiring|service)",
    cost=r"\b(?:(?:air[\s\-]?)?tickets?|air[\s\-]?fares?|flights?|visas?|work\spermits?|{kind}(?:(?:\s(?:and|&|\+|/)\s"
         r"|,\s|/){kind}){0,2}\s(?:costs?|expenses|fees?|charges?|money|commission)|all\s(?:the\s)?(?:costs|expenses|fees)"
         r"|(?:your|ur|the|these|those|any|all)\s(?:costs|expenses|fees)|everything|fees?|costs?|expenses|(?:the\s)?balance"
         r"|debts?|(?:ticket|visa|travel)\s(?:and|&)\s(?:visa|ticket|travel|accommodation)(?:\s(?:costs?|fees?|expenses))?)\b",
    # "your first three months'", "the next" ... before the wage word.
    det=r"(?:(?:your|ur|the|their|her|his|each|every|monthly|weekly|future|first|1st|next|\d{1,2}|one|two|three|four"
        r"|five|six|months?|months'|month's|weeks?|of|initial|coming)\s){0,4}",
    wages=r"(?:salary|salaries|wages?|pay|paychecks?|paycheques?|payslips?|earnings|income|months?)\b",
    taken=r"(?:deducted|deduct|cut|taken|recovered|recouped|repaid|paid\sback|subtracted|withheld|removed|charged"
          r"|offset|collected)",
    debts=r"debts?|loans?|tickets?|fees?|costs?",
    # "salary will be paid at the end of the contract"; "no salary for the first months".
    months_pay=r"(?:salary|salaries|wages|pay)",
    first_months=r"(?:first|1st|initial)\s(?:\d{1,2}\s|one\s|two\s|three\s|four\s|six\s)?months?",
    to_cover=r"(?:for|to\scover|until|till|towards|to\spay)\b",
)

_LAWFUL = (
    r"\b(?:tax|taxes|paye|income\stax|pension|national\sinsurance|social\ssecurity|provident|epf|pf|esi|nis|gosi|union"
    r"|statutory|student\sloans?|salary\sadvances?|advance\son\s(?:your\s)?salary|season\sticket|cycle\sto\swork|bike"
    r"|childcare|salary\ssacrifice|overpayments?|401k|401\(k\)|health\sinsurance\spremiums?|benefits?\scontributions?)\b"
)
_LAW_WARNING = warnings("unlawful", "against the law", "breaking the law", "a crime", "forced labor", "forced labour",
                       "report it", "report them", "report this", "hotline", "helpline", "your rights",
                       "know your rights", base=LAW_WARNINGS)
_WARNING = WarningWords(rf"(?:{_LAW_WARNING}|\breport\sthe\s(?>\w{{1,12}})\b)")
_DEBT_JOB = (
    r"\b(?:debt\s(?:collection|collector|collectors|recovery|advice|adviser|advisor|counsel\w{0,6}|management|relief"
    r"|solutions?|consolidation)|collections?\s(?:agent|officer|specialist)|student\s(?:debt|loans?)|mortgages?"
    r"|loan\s(?:officer|processor|advisor|adviser|underwriter|servicing)|underwrit\w{0,6}|lending|credit\scontrol"
    r"|debt[\s\-]free)\b"
)
_THEIR_DEBTS = r"\b(?:clients?|customers?|creditors?|lenders?|(?:re)?payment\splans?|borrowers?)\b"

RULES = (
    Rule(
        id="CT170", category=CATEGORY, name="costs-from-wages", severity="high", weight=0.5,
        patterns=(
            V(r"{cost}(?:{clause:6}(?:(?:will|shall|would|must|to|is|are|be|being|gets?|get)\s(?:be\s)?)?(?:{taken}"
              r"{clause:3}(?:from|frm|out\sof|against|through|via|with|in)\s{det}{wages}|(?:paid|settled|covered|paid\soff)"
              r"{clause:2}(?:from|frm|out\sof)\s{det}{wages})|{sentence_span:10}\b(?:(?:it|this|that|they|them|which|everything|all)"
              r"\s(?:(?:will|shall|would|must|is|are|gets?)\s(?:be\s)?)?{taken}|(?:deduct|recover|recoup|take|cut|get)\s(?:it"
              r"|them|this|that|the\smoney|the\scost|the\samount|everything)(?:\sback)?)\s(?:from|frm|out\sof)\s{det}{wages})"),
            V(r"\b(?:cut|cuts|deduct|deducts|deducted|take|takes|taken|keep|keeps|kept)\s(?:\d{1,3}\s?%|\d{1,3}\spercent|half"
              r"|part|a\spart|a\sportion)\s(?:from|of|out\sof)\s{det}{wages}\s{skip_words:2}{to_cover}"),
            V(r"(?:\b\d{1,3}\s?%|\b\d{1,3}\spercent|\bhalf|\ba\spart|\ba\sportion)\sof\s{det}{wages}"
              r"\s(?:is\s|are\s|will\sbe\s)?(?:deducted|cut|taken|kept|withheld)\s{to_cover}"),
            V(r"\b(?:deduct|deducts|deducting|deducted|recover|recovers|recoup|cut|take|takes|subtract|charge)"
              r"{clause:4}{cost}{clause:3}(?:from|out\sof)\s{det}{wages}"),
            V(r"\b(?:repay|re-pay|pay\sback|payback|pay\soff|refund|settle|clear|return|reimburse)"
              r"{clause:3}{cost}{clause:4}(?:from|out\sof|through|via|with|using)\s{det}(?:{wages}|work\b|labou?r\b)"),
            V(r"\b(?:pay|repay|refund)\s(?:the\s|all\s|your\s|ur\s)?{opt_word}(?:fees?\s|costs?\s|balance\s|it\s"
              r"|them\s)?(?:from|out\sof|frm)\s{det}{wages}"),
            V(r"\b{wages}\s(?:deductions?|cuts?)\s(?:for|to\scover|to\srecover|to\spay\sfor|towards)\s{det}{cost}"),
            V(r"\b{wages}{clause:4}(?:deducted|cut|taken)\s(?:for|to\scover|to\srecover|to\srepay|to\spay\sfor|towards)"
              r"\s{det}{cost}"),
        ),
        exclude=(_LAWFUL, _DEBT_JOB, _WARNING),
        context=40,
        explanation="Says the ticket, visa, agency or recruitment costs will be deducted from or repaid out of the "
                    "worker's wages: the worker starts the job in debt to the employer or agent.",
        examples=(
            "Ticket and visa will be deducted from your salary.",
            "The agency fee is deducted from the first three months of pay.",
            "You repay the air ticket from your salary.",
            "We deduct recruitment costs from your wages every month.",
            "Your flights are paid back out of your earnings.",
            "Salary deductions to cover your visa and ticket.",
        ),
        counter_examples=(
            "Income tax and pension contributions are deducted from your salary.",
            "Nothing is deducted from your salary; the employer pays the ticket and visa.",
            "Travel expenses are reimbursed with your monthly salary.",
            "Salary advances are available and repaid from your next salary.",
            "Commission is paid with your monthly salary.",
            "We never deduct recruitment fees from wages.",
            "The visa will not be deducted from your salary.",
        ),
    ),
    Rule(
        id="CT171", category=CATEGORY, name="work-off-debt", severity="high", weight=0.6,
        patterns=(
            V(r"\buntil\s(?:the|your|ur|all|all\sthe|this|that|her|his|their)\s(?:{debts}|money|balance|amount|advance"
              r"|expenses|visa)(?:\s(?>\w{1,12})){0,2}\s(?:is|are|has\sbeen|have\sbeen|gets?|get|was)\s"
              r"(?:fully\s|completely\s|all\s)?(?:paid|cleared|settled|repaid|recovered|finished|covered|paid\soff|worked\soff)\b"),
            r"\b(?:until|till|untill|before)\s(?:you|u|she|he|they|the\sworker)\s(?:have\s|has\s)?(?:fully\s)?(?:pay|pays|paid|repay|repays|repaid|clear|clears"
            r"|cleared|settle|settles|settled|refund|refunded|finish\spaying|work\soff)\s(?:back\s|off\s)?(?:the|your|ur|all|what|everything"
            r"|us|madam|the\sagency|the\scompany|the\sboss|it|in\sfull)\b",
            V(r"\b(?:work|working|works|labou?r)\s{skip_long_words:3}(?:to|and|till|until)\s(?:pay|repay|clear|settle|work)"
              r"\s(?:off\s|back\s)?(?:the|your|ur|this|that|her|his|their|all)\s{opt_long_word}(?:{debts}|money|expenses)\b"),
            r"\b(?:you|u)\s(?:will\s|would\s|then\s)?(?:owe|owes)\s(?:us|the\sagency|the\scompany|the\sagent|madam|the\sboss"
            r"|boss|the\semployer|your\semployer|the\ssponsor|money|[$\u00a3\u20ac\u20a6\u20b9]|\d)",
            r"\bwhat\s(?:you|u|she|he|they)\s(?:owe|owes|owed)\b",
            r"\bwork(?:ing|s)?\s(?:it|them|this|that|the\sdebt|(?:your|ur|her|his|their)\s(?:debt|loan|ticket|fees?))\soff\b",
            V(r"\bwork(?:ing|s)?\soff\s(?:the|your|ur|her|his|their)\s{opt_long_word}(?:{debts})\b"),
            r"\b(?:your|ur|her|his|their)\s(?:debts?)\s(?:of|is|will|to|with|must|has|stands|balance)\b",
            V(r"\b(?:cannot|can't|cant|not\sallowed\sto|not\sfree\sto|not\spermitted\sto)\s(?:leave|quit|resign|go\shome"
              r"|return\shome|change\s(?:job|jobs|employer|employers))\s{skip_long_words:2}(?:until|before|till)\s(?:you\s|u\s)?"
              r"(?:pay|repay|clear|settle|the\sdebt|your\sdebt|the\sloan|all\s(?:costs|fees|money))"),
        ),
        exclude=(_DEBT_JOB, _WARNING, _THEIR_DEBTS),
        context=60,
        explanation="Ties the job to a debt: the worker works 'until the debt is cleared', owes the agent or boss, "
                    "or cannot leave before paying back. The textbook form of debt bondage.",
        examples=(
            "You will work until the debt is fully paid.",
            "She stays with the family until she repays what she owes.",
            "Work to pay off your ticket, then the salary is yours.",
            "You owe the agency 3000 dollars for the trip.",
            "You cannot leave until you pay back the visa money.",
            "Your debt of 5,000 will be cleared after eight months.",
        ),
        counter_examples=(
            "Debt collection agent needed for our credit control team.",
            "We help staff pay off student loans.",
            "You will never owe us anything.",
            "Work with clients until their issue is resolved.",
            "Contract until the project is finished.",
        ),
    ),
    Rule(
        id="CT172", category=CATEGORY, name="travel-loan", severity="medium", weight=0.45,
        patterns=(
            V(r"\b(?:we|agency|agent|company|employer|sponsor|boss|madam|oga|they|agent\swill|company\swill)"
              r"(?:\s(?>\w{1,12})){0,2}\s(?:advance|advances|lend|lends|loan|loans|front|fronts|pre-?finance|prefinance)"
              r"{clause:4}{cost}"),
            V(r"{cost}{clause:4}"
              r"(?:(?:is|are|will\sbe|can\sbe|would\sbe|get|gets)\s)?(?:advanced|loaned|lent|fronted|pre-?financed|financed"
              r"|given\sas\sa\sloan|on\scredit)\b"),
            r"\b(?:repay|re-pay|pay\sback|refund)\s(?:it\s|them\s|the\sloan\s|us\s|the\smoney\s)?(?:later\s)?(?:after|once"
            r"|when)\s(?:you\s|u\s)?(?:start|begin|get|arrive|reach|land|receive)\b",
            V(r"\b(?:loan|loans|advance|credit)\s{opt_word}(?:for|to\scover|to\spay\sfor|towards|of)\s(?:your\s|ur\s|the\s)?"
              r"(?:ticket|tickets|flight|flights|visa|visas|travel|fees|processing|placement|recruitment|documents|journey"
              r"|trip)\b"),
            r"\b(?:travel|fly|go|come|work|process|relocate|move)\s(?:now|first|today)\W{0,3}(?:and\s|then\s)?"
            r"(?:pay|repay)\s(?:us\s)?(?:later|after|afterwards|small\ssmall|in\sinstal\w{0,7})\b",
            V(r"\b(?:you|u)\s(?:can\s|will\s|only\s|may\s|shall\s|just\s)?(?:pay|repay|refund)\s{skip_words:3}"
              r"(?:later|after|when|once|from|out\sof|with|small\ssmall)\s{skip_words:3}(?:salary|wages|paycheck"
              r"|start\s(?:work|working|earning)|get\spaid|earnings|first\spay|arrive|land|reach)\b"),
            V(r"\b(?:pay|repay|refund)\s(?:(?:it|us|them|back|the\sbalance|everything)\s){0,2}(?:later|after|afterwards)\s"
              r"(?:from|frm|with|out\sof|through)\s{det}{wages}"),
            r"\b(?:no\smoney|no\scash|broke|can't\safford|cannot\safford)\W{0,4}(?:no\sproblem|no\swahala|don't\sworry"
            r"|dont\sworry)\b",
        ),
        exclude=(_LAWFUL, _DEBT_JOB, _WARNING,
                 r"\b(?:car\sloans?|home\sloans?|bank|banking|finance\sdepartment|credit\s(?:card|union))\b"),
        context=50,
        explanation="Offers to 'advance' or lend the ticket, visa or fees ('travel now, pay later'): the worker "
                    "arrives owing money to the recruiter, the usual start of debt bondage.",
        examples=(
            "The agency will advance your ticket and visa.",
            "Visa and flight are advanced by the company.",
            "Loan for your travel and processing available.",
            "Travel now, pay later!",
            "You can pay the balance from your salary when you start working.",
            "No money? No problem, we give loan for the visa.",
        ),
        counter_examples=(
            "Interest-free season ticket loan for all staff.",
            "Loan officer needed at our community bank.",
            "The company pays your ticket and visa; nothing to repay.",
            "We pay you weekly once you start working.",
            "Salary advance available after probation.",
        ),
    ),
    Rule(
        id="CT173", category=CATEGORY, name="wages-withheld", severity="high", weight=0.5,
        patterns=(
            V(r"\b{wages}{clause:3}(?:withheld|held|kept|retained|saved|deferred|blocked|kept\ssafe|held\sback)"
              r"(?:[^\w\n.;!?]{1,4}(?>\w{1,20})){0,5}[^\w\n.;!?]{1,4}(?:until|till|untill|to)\s(?:the\send|you\s(?:finish"
              r"|complete|leave|go|return)|completion|contract|the\scontract|your\scontract|the\sseason|the\sdebt)"),
            V(r"\b{wages}{clause:7}(?:paid|released|given|transferred|settled|paid\sout|handed)\s(?:to\syou\s)?(?:only\s)?"
              r"(?:in\s(?:one|a|1|single)\s(?:lump[\s\-]?sum|payment)\s)?(?:(?:at\sthe\send\sof|after\s(?:the\s)?(?:completion"
              r"|end)\sof|upon\scompletion\sof|on\scompletion\sof|after\sfinishing|after\scompleting|when\syou\s(?:finish"
              r"|complete))\s(?:(?:your|the|my|this|her|his|their|whole|full|entire|employment|work|labou?r|two[\s\-]years?"
              r"|\d{1,2}[\s\-](?:years?|months?))\s){0,3}(?:contract|contracts|term|season|tour|service|job|project"
              r"|placement)|when\s(?:you|u)\s(?:leave|return|go\shome|fly\shome|go\sback|travel\sback))\b"),
            r"\bno\s(?:salary|wages|pay)\s(?:for|during|in)\s(?:the\s)?(?:first|1st|initial)\s",
            V(r"\bwork(?:ing)?\s{skip_words:3}(?:without|with\sno|for\sno)\s(?:salary|pay|wages|payment)\b"
              r"(?!\s(?:slip|rise|review))"),
            V(r"\b(?:agent|agency|recruitment|placement|service|processing)\s(?:fee|fees|commission|charge)"
              r"\s{skip_short_words:2}(?:is|are|=|equals?|of|will\sbe)\s{opt_short_word}(?:\d{1,2}|one|two|three|four"
              r"|six)\s(?:months?'?s?)\s{months_pay}\b"),
            V(r"\b(?:{first_months}'?s?\s{months_pay}|{months_pay}\s(?:for|of)\s(?:the\s)?{first_months})\s{skip_words:2}"
              r"(?:go|goes|belongs?|paid|deducted|kept|taken|is\sfor|are\sfor|will\sgo|covers?|pays?\sfor|pays?)"
              r"\s(?:to\s|by\s|for\s)?(?:the\s|your\s|our\s)?(?:agent|agency|recruiter|company|ticket|visa|boss|madam"
              r"|sponsor|broker)"),
            V(r"\b(?:we|company|agency|madam|boss|employer|sponsor|agent)\s{skip_words:2}(?:keep|keeps|hold|holds|save"
              r"|saves|retain|retains|take|takes)\s(?:half|part|\d{1,3}\s?%|\d{1,3}\spercent|some|a\sportion|most)\sof\s"
              r"(?:your|ur|her|his|their|the)\s(?:salary|wages|pay|earnings)\b"),
            V(r"\b(?:your|ur|her|his|their|the)\s(?:salary|wages|pay)\s{skip_words:2}(?:sent|paid|given|transferred)\s"
              r"(?:directly\s|straight\s)?to\s(?:the\s|your\s|our\s)?(?:agent|agency|madam|boss|sponsor|recruiter|broker"
              r"|handler)\b"),
        ),
        exclude=(_LAWFUL, _WARNING, r"\b(?:bonus|gratuity|end[\s\-]of[\s\-]service|severance|retention|completion\sbonus)\b"),
        context=40,
        explanation="Says wages are withheld or kept until the end of the contract, paid to the agent, or not paid "
                    "for the first months: withheld pay keeps workers from leaving.",
        examples=(
            "Salary will be paid at the end of the contract.",
            "Your wages are held by the company until you finish the season.",
            "Your salary will be held by the company for safekeeping until you finish your two year contract.",
            "First 3 months salary goes to the agent.",
            "No salary for the first two months to cover your visa.",
            "Madam keeps half of your salary for you.",
            "Your salary is sent directly to the agent.",
        ),
        counter_examples=(
            "Salary is paid at the end of each month.",
            "A completion bonus is paid at the end of the contract.",
            "End-of-service gratuity paid when you finish your contract.",
            "Salary is never withheld.",
            "Your salary is paid directly to your own bank account.",
        ),
    ),
    Rule(
        id="CT174", category=CATEGORY, name="penalty-for-leaving", severity="low", weight=0.2,
        patterns=(
            V(r"\bif\s(?:you|u|the\sworker|a\sworker)\s{skip_words:2}(?:leave|leaves|quit|quits|resign|resigns|break|breaks"
              r"|terminate|abscond|absconds|run\saway|runs\saway|escape|stop)\W{1,3}(?:(?>\w{1,12})\W{1,3}){0,4}(?:you|u|he"
              r"|she|they)\s{skip_words:2}(?:pay|repay|refund|reimburse|compensate|be\sfined|be\scharged|owe)\b"),
            V(r"\b(?:penalty|fine|compensation|bond\samount|charge)\s(?:of\s)?{skip_long_words:3}(?:for|if\syou)\s"
              r"(?:breaking|break|leaving|leave|quitting|quit|running\saway|absconding|resigning|resign)\b"),
            V(r"\b(?:sign|signing)\s(?:a\s)?{skip_long_words:2}bond\s(?:of|worth|for)\s"),
        ),
        exclude=(_DEBT_JOB, _WARNING, r"\b(?:pro[\s\-]?rata|relocation|sign(?:ing|[\s\-]on)\sbonus|policy)\b"),
        context=40,
        explanation="Threatens a penalty, fine or repayment if the worker leaves early. Weak alone (some honest "
                    "relocation clauses read like this) but strong next to travel debts or withheld papers.",
        examples=(
            "If you leave before two years you must pay back all costs.",
            "Penalty of 2 lakh for breaking the contract.",
            "If u run away, u will pay 5000 dollars to madam.",
            "You will sign a bond of 3 years.",
        ),
        counter_examples=(
            "You are free to leave at any time with one week's notice.",
            "If you leave, we will pay your final salary within seven days.",
            "Penalty-free cancellation for customers.",
        ),
    ),
    Rule(
        id="CT175", category=CATEGORY, name="living-costs-from-wages", severity="low", weight=0.2,
        patterns=(
            V(r"\b(?:food|meals?|accommodation|accomodation|housing|rent|lodging|room|board|bed|beds|uniforms?|tools"
              r"|equipment|transport|phone|electricity|utilities|water)\b"
              r"{clause:5}(?:(?:will|shall|would|must|to|is|are|be|gets?)\s(?:be\s)?)?(?:deducted|cut|taken|charged|recovered)"
              r"{clause:2}(?:from|out\sof|against)\s{det}{wages}"),
            V(r"\b(?:deduct|deducts|deducting|we\sdeduct|cut|take)\s{skip_words:2}(?:food|meals|accommodation|housing|rent"
              r"|lodging|board|uniform|tools|transport)\b"),
        ),
        exclude=(_LAWFUL, _WARNING, r"\b(?:optional|if\s(?:needed|required|wanted)|subsidi[sz]ed|at\scost|offset\srate|free)\b"),
        context=40,
        explanation="Takes rent, food, transport or uniform out of wages. Weak alone (some honest farms charge for "
                    "housing) but a way debts grow in exploitative jobs.",
        examples=(
            "Food and accommodation will be deducted from your salary.",
            "Rent is taken out of your weekly wages.",
            "Uniform and tools are deducted from the first pay.",
        ),
        counter_examples=(
            "Free food and accommodation on site.",
            "Accommodation is optional and, if needed, deducted from wages at cost.",
            "Nothing is deducted from your salary.",
        ),
    ),
)

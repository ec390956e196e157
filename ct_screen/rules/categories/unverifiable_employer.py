"""Unverifiable employer: no company an applicant could look up, only a private contact.

Trafficking and scam recruiters hide who the employer is: "a reputable
company in Dubai", "company name will be disclosed at the interview",
"contact the agent", a Gmail address for "Emirates HR", or nothing but a
phone number. Without a name, an address and a corporate contact an
applicant cannot check the job, a licence or reviews. Honest agencies that
name their client's sector and give a corporate address are left alone.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import GAP, any_of, near

CATEGORY = "unverifiable_employer"
DESCRIPTION = "Hides who the employer is: 'a reputable company', name withheld, 'contact the agent', free-mail or phone only."
REASON = "gives no verifiable employer, only a private contact"
"""What a moderator reads when the category fires (completes "the post ...")."""

_COMPANY = (r"(?:company|companies|firm|firms|organi[sz]ation|establishment|employer|employers|business|hotel|hotels"
            r"|hospital|restaurant|factory|client|family|families|agency|mnc|group|corporation|outfit|brand|household)")
_VAGUE = (r"(?:reputable|reputed|well[\s-]{0,2}(?:known|established|respected|recogni[sz]ed)|big|leading|top|reliable"
          r"|registered|multinational|recognized|recognised|prestigious|renowned|popular"
          r"|famous|standard|certain|private|high\s{1,3}profile|respectable|reputable\s{1,3}and\s{1,3}\w{1,15}"
          r"|legit|legitimate|good)")
_RECRUITING = (r"\b(?:send|forward|submit|e-?mail|mail|drop)\s{1,3}(?:us\s{1,3}|me\s{1,3})?(?:your|ur|the|a)?\s{0,3}"
               r"(?:cv|c\.v|cvs|resume|resumes|r[eé]sum[eé]|application|applications|details|documents|passport|photos?"
               r"|credentials|biodata|bio\s{1,3}data)\b"
               r"|\b(?:interested|qualified|serious|suitable)\s{1,3}(?:candidates|applicants|persons|people|individuals"
               r"|ones)\b|\b(?:apply|applications?)\s{1,3}(?:to|at|via|by|through|now)\b|\b(?:hiring|recruiting|vacancy"
               r"|vacancies|job\s{1,3}offer|job\s{1,3}opening|we\s{1,3}are\s{1,3}looking\s{1,3}for|urgently\s{1,3}needed"
               r"|needed|wanted|position|positions)\b")
_ADDRESS = (r"\b\d{1,5}[a-z]?\s{1,3}(?:\w{1,20}\s{1,3}){0,3}(?:street|st|lane|ln|road|rd|avenue|ave|way|close|drive"
            r"|boulevard|blvd|square|sq|parade|terrace|crescent|highway|hwy|industrial\s{1,3}estate)\b"
            r"|\b(?:unit|suite)\s{1,3}\d{1,4}\b|\bp\.?\s{0,1}o\.?\s{0,1}box\s{0,2}\d")
_NO_ADDRESS = rf"\A(?!.{{0,20000}}?(?:{_ADDRESS}))"
"""Matches at the start of a post that gives no street address (honest small employers usually do)."""
_FREE_DOMAIN = (r"@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|aol|icloud|mail|gmx|yandex"
                r"|protonmail|proton|rediffmail|zoho|usa|post|consultant|engineer)\.(?:com|co\.uk|co\.in|fr|de|ru|me|net)\b")
_AGENT_HONEST = any_of("estate agent", "estate agents", "letting agent", "letting agents", "travel agent", "travel agents",
                       "insurance agent", "insurance agents", "customer service agent", "customer service agents",
                       "booking agent", "shipping agent", "shipping agents", "talent agent", "literary agent",
                       "sports agent", "call centre agent", "call center agent", "contact centre agent", "leasing agent",
                       "real estate", "property agent", "clearing agent", "freight", "customs agent", "support agent",
                       "sales agent", "sales agents")

RULES = (
    Rule(
        id="CT260", category=CATEGORY, name="nameless-reputable-company", severity="low", weight=0.25,
        patterns=(
            rf"\b(?:a|an|one|this|our)\s{{1,3}}(?:very\s{{1,3}})?{_VAGUE}\s{{1,3}}(?:and\s{{1,3}}\w{{1,15}}\s{{1,3}})?"
            rf"(?:\w{{1,15}}\s{{1,3}})?{_COMPANY}\s{{1,3}}(?:in|at|based|located|abroad|overseas|is|are|needs?|requires?"
            r"|seeks?|seeking|urgently|wants?|hiring|recruiting|looking|now|has|with|from)\b",
            rf"\b(?:working|work|job|jobs|vacancy|vacancies|position|positions|opening|openings)\s{{1,3}}"
            rf"(?:with|in|at|for)\s{{1,3}}(?:a|an|one\s{{1,3}}of\s{{1,3}}the)\s{{1,3}}(?:very\s{{1,3}})?{_VAGUE}\s{{1,3}}"
            rf"(?:\w{{1,15}}\s{{1,3}})?{_COMPANY}\b",
            r"\b(?:a|an)\s{1,3}(?:reputable|reputed|well[\s-]{0,2}known)\s{1,3}(?:company|firm|employer|hotel|agency"
            r"|organi[sz]ation|family)\b",
            r"\bone\s{1,3}of\s{1,3}the\s{1,3}(?:biggest|largest|leading|top|best|most\s{1,3}\w{1,15}|well[\s-]{0,2}known)\s{1,3}"
            r"(?:\w{1,15}\s{1,3})?(?:companies|firms|hotels|hospitals|employers|restaurants|factories|groups)\s{1,3}in\s{1,3}"
            r"(?:\w{1,15}\s{1,3}){0,2}(?:is|are|needs?|urgently|requires?|seeks?|hiring|recruiting|now)\b",
            r"\b(?:a|an)\s{1,3}(?:\w{1,15}\s{1,3}){1,3}(?:company|firm|factory|hotel|hospital|restaurant|plant|farm)\s{1,3}"
            r"(?:based\s{1,3})?in\s{1,3}(?:\w{1,15}\s{1,3}){0,1}\w{1,15}\s{1,3}(?:urgently\s{1,3})?(?:needs|requires|is\s{1,3}"
            r"(?:urgently\s{1,3})?(?:hiring|recruiting|in\s{1,3}need))\b",
            r"(?:\A|(?<=\n)|(?<=[.!?:\*] )|(?<=[.!?:\*]))\s{0,2}(?:reputable|reputed|well[\s-]{0,2}known|big|leading|top"
            r"|multinational|registered)\s{1,3}(?:company|firm|organi[sz]ation|employer|hotel|agency|mnc)\s{1,3}(?:in|is"
            r"|needs?|requires?|seeks?|urgently|wants?|hiring|recruiting|looking)\b",
        ),
        exclude=(any_of("our client, a", "our client is a", "on behalf of our client", "we are a", "we are an",
                        "we are one", "we're one", "is one of", "are one of",
                        "we're a", "we're an", "founded in", "established in", "our clients include", "about us",
                        "www", "http", "registered office", "company number", "companies house", "licence no",
                        "license no", "licence number", "license number", "ltd", "limited", "inc", "llc", "plc",
                        "gmbh", "pvt", "scam", "scams", "beware", "warning", "fake", "careers"),),
        context=120,
        explanation="Says only 'a reputable company' or 'a well-known hotel' without naming the employer.",
        examples=(
            "A reputable company in Dubai is urgently hiring drivers.",
            "Job vacancy in a well known hotel abroad, apply now.",
            "Work with a leading oil company, send your CV.",
            "A reputed MNC needs telecallers, freshers can apply.",
            "Housemaids needed for a reputable family in Kuwait.",
        ),
        counter_examples=(
            "We are a reputable company founded in 1998 with offices in Leeds.",
            "Our client, a leading FMCG company in Manchester, seeks a finance manager.",
            "Acme Logistics Ltd is a well known company in the haulage sector.",
            "Beware of fake agents claiming to recruit for a reputable company.",
            "Join the leading team in renewable energy at Solara Power.",
        ),
    ),
    Rule(
        id="CT261", category=CATEGORY, name="name-withheld", severity="low", weight=0.25,
        patterns=(
            r"\b(?:company|employer|client|hotel|agency|organi[sz]ation|sponsor)(?:'?s)?\s{1,3}(?:name|identity|details"
            r"|address|location)\s{1,3}(?:will|would|shall|is|are|to|can|cannot|can't|must)\s{1,3}(?:only\s{1,3})?(?:be"
            r"\s{1,3})?(?:disclosed|revealed|given|shared|provided|known|announced|confirmed|told|withheld|hidden|kept"
            r"|confidential|undisclosed|private|secret|not\s{1,3}(?:be\s{1,3})?(?:disclosed|revealed|given|shared))\b",
            r"\b(?:name|identity)\s{1,3}(?:withheld|undisclosed|not\s{1,3}disclosed|kept\s{1,3}(?:private|confidential"
            r"|secret)|on\s{1,3}request)\b",
            r"\b(?:company|employer|client|principal)\s{1,3}(?:prefers|prefer|wishes|wish|wants|want|chose|chooses|has"
            r"\s{1,3}asked|asked)\s{1,3}(?:to\s{1,3})?(?:remain|stay|be\s{1,3}kept|be)\s{1,3}(?:anonymous|confidential|unnamed"
            r"|undisclosed|private|secret)\b",
            r"\b(?:dm|pm|inbox|message|whatsapp|call|text|contact|chat)\s{1,3}(?:me|us)?\s{0,3}for\s{1,3}(?:the\s{1,3})?"
            r"(?:company|employer|client|hotel)(?:'?s)?\s{1,3}(?:name|details|address|info|information)\b",
            r"\b(?:undisclosed|unnamed|anonymous|confidential|secret|private)\s{1,3}(?:company|employer|client|firm"
            r"|organi[sz]ation|sponsor|hotel|principal)\b",
            r"\b(?:company|employer|company\s{1,3}name)\s{0,2}[:=-]\s{0,3}(?:confidential|private|withheld|undisclosed"
            r"|n/?a|not\s{1,3}(?:disclosed|given|specified)|will\s{1,3}be\s{1,3}(?:disclosed|revealed))\b",
            rf"\b(?:details|name|info|information)\s{{1,3}}(?:of|about)\s{{1,3}}(?:the\s{{1,3}})?(?:company|employer|client"
            rf"|hotel)\s{{1,3}}(?:will\s{{1,3}}be|are|is)\s{{1,3}}(?:only\s{{1,3}})?(?:disclosed|revealed|given|shared"
            rf"|provided|sent){GAP % 2}(?:after|upon|on|at|during|when|once|later)\b",
        ),
        exclude=(any_of("scam", "scams", "beware", "warning", "fake", "privacy policy", "data protection",
                        "privacy notice", "gdpr", "your name", "private sector", "private equity", "private client services",
                        "private client team", "private client department", "private client lawyer", "private bank", "private banking", "private hospital", "private school",
                        "private company limited", "private limited", "private family office", "client confidential",
                        "confidential client information", "secret santa", "ltd", "plc", "llc", "inc", "gmbh", "pvt"),),
        context=80,
        explanation="Withholds the employer's name ('company name will be disclosed at interview', 'confidential client').",
        examples=(
            "Company name will be disclosed at the interview.",
            "Our client (name withheld) needs 20 welders in Qatar.",
            "Employer: Confidential. Salary: 2500 USD.",
            "Details of the company will be shared after you pay for the medical.",
            "We recruit for an undisclosed hotel group in Europe.",
        ),
        counter_examples=(
            "Your name and address are kept confidential under our privacy notice.",
            "Private equity analyst for a Mayfair fund.",
            "Nurse for a private hospital in Birmingham, Spire Healthcare.",
            "Handle confidential client information with care.",
            "Beware of fake adverts where the company name is hidden.",
        ),
    ),
    Rule(
        id="CT262", category=CATEGORY, name="contact-the-agent", severity="low", weight=0.3,
        patterns=(
            r"\b(?:reach\s{1,3}out\s{1,3}to|talk\s{1,3}to|speak\s{1,3}(?:to|with)|get\s{1,3}in\s{1,3}touch\s{1,3}with"
            r"|link\s{1,3}up\s{1,3}with|chat\s{1,3}with|go\s{1,3}through)\s{1,3}(?:the|our|my)\s{1,3}agents?\b",
            r"\b(?:contact|call|text|message|whatsapp|ping|dm|inbox|reach|meet|see|sms)\s{0,3}(?:the|our|my"
            r"|this|your)?\s{0,3}(?:recruitment\s{1,3}|local\s{1,3}|travel\s{1,3}(?=agent\s{1,3}(?:on|at|via|now|mr|mrs"
            r"|madam|\+|\d)))?agents?\b(?!\s{1,3}(?:of\s{1,3}your\s{1,3}choice|directly\s{1,3}at\s{1,3}our\s{1,3}office))",
            r"\bagent(?:'?s)?\s{1,3}(?:number|phone|contact|whatsapp|line|no|name|details)\b\s{0,3}[:.-]?",
            r"\b(?:through|via|by)\s{1,3}(?:our|the|my|an|a)\s{1,3}(?:recruitment\s{1,3}|local\s{1,3})?agent\b",
            r"\b(?:our|the|my)\s{1,3}agent\s{1,3}(?:will|shall|would|is\s{1,3}waiting|can)\s{1,3}(?:contact|call|meet"
            r"|pick|receive|take|guide|process|handle|arrange|explain|send)\b",
            r"\bagent\s{1,3}(?:mr|mrs|miss|madam|ms|mama|aunty|auntie|uncle|bro|sis)\b",
        ),
        exclude=(_AGENT_HONEST, any_of("scam", "scams", "beware", "warning", "fake", "never pay an agent",
                                       "licensed agent", "licence number", "license number", "dmw license",
                                       "poea license", "poea licence", "agency licence", "insurance", "branch",
                                       "call agents", "chat agents", "sms agents",
                                       "branches", "policy", "policies", "ltd", "limited", "plc",
                                       "llc", "inc", "gmbh", "pvt")),
        context=80,
        explanation="Sends applicants to an unnamed 'agent' instead of an employer they could check.",
        examples=(
            "For more details contact the agent on 0803 555 0123.",
            "Call our agent now, slots are few.",
            "You will travel through our agent in Muscat.",
            "Our agent will meet you at the airport.",
            "Agent's WhatsApp: +971 50 555 0199.",
        ),
        counter_examples=(
            "Customer service agent: answer calls and emails from our members.",
            "Estate agent wanted for our Clapham branch, full licence needed.",
            "Contact centre agents, full training, £11.50 an hour.",
            "Beware of fake agents asking for money in our name.",
            "Book your flights with a travel agent of your choice; we reimburse the fare.",
        ),
    ),
    Rule(
        id="CT263", category=CATEGORY, name="free-mail-recruiter", severity="low", weight=0.2,
        patterns=(),
        contacts=("free_mail",),
        requires=(f"(?s:{_NO_ADDRESS}(?=.{{0,20000}}?(?:{_RECRUITING})))",),
        explanation="Recruits through a free webmail address (Gmail, Yahoo, Outlook...) instead of a company domain.",
        examples=(
            "Send your CV to hiringteam.jobs2025@gmail.com for immediate interview.",
            "Interested candidates should email jobsdubai@yahoo.com.",
            "Drivers needed. Apply to fleetrecruit@outlook.com today.",
            "Vacancy: caregivers. Send your passport copy to care.agent@hotmail.com.",
            "We are hiring packers, email your resume to packerjobs@mail.com.",
        ),
        counter_examples=(
            "Send your CV to careers@acme-logistics.co.uk.",
            "Questions about your order? Write to help@shopname.com.",
            "My personal email is jane.doe@gmail.com if you want the photos from the party.",
            "Apply on our careers page at https://careers.example.org.",
            "Email jobs@hospital-trust.nhs.uk for an application pack.",
            "Send your CV to ourbakery@gmail.com or visit us at 5 Mill Lane, Bolton.",
        ),
    ),
    Rule(
        id="CT264", category=CATEGORY, name="corporate-title-free-mail", severity="medium", weight=0.35,
        patterns=(
            r"(?<![\w.\+-])(?=[\w.\+-]{0,30}(?:hr|h\.r|recruit|recruitment|recruiting|recruiter|careers?|jobs|hiring"
            r"|personnel|humanresources|human\.resources|employment|vacancy|vacancies|official|department|dept|manpower"
            r"|placement|onboarding|staffing|talent))(?>[\w.\+-]{1,64})" + _FREE_DOMAIN,
            near(any_of("hr department", "human resources", "hr manager", "hr team", "recruitment team",
                        "recruitment department", "personnel department", "hiring manager", "head office"),
                 r"(?<![\w.\+-])(?>[\w.\+-]{1,64})" + _FREE_DOMAIN, 8),
        ),
        exclude=(any_of("scam", "scams", "beware", "warning", "fake", "never from", "never use"),),
        context=80,
        explanation="Signs as a company's HR or recruitment team but writes from a free webmail address.",
        examples=(
            "Email our HR department at qatarairways.hr.recruit@gmail.com.",
            "Contact recruitment.shell.oil@yahoo.com for your offer letter.",
            "HR Manager, Marriott Hotels, email marriott.hr@outlook.com.",
            "Send documents to emirates.careers2025@hotmail.com.",
            "Our human resources team: hilton.jobs.london@gmail.com.",
        ),
        counter_examples=(
            "Write to hr@acme-logistics.co.uk with any questions.",
            "Beware: our HR department never writes from gmail.com addresses such as acme.hr@gmail.com.",
            "Send your CV to jane.smith@gmail.com, I am the owner of the bakery.",
            "Apply through careers.marriott.com.",
            "Our recruitment team will reply from recruit@hilton.example.",
        ),
    ),
    Rule(
        id="CT265", category=CATEGORY, name="phone-only-contact", severity="low", weight=0.15,
        patterns=(
            r"\b(?:interested|serious|qualified|suitable)\s{1,3}(?:candidates|applicants|persons|people|individuals|ones"
            r"|ladies|men|workers)\s{1,3}(?:only\s{0,3}[,:;-]?\s{0,3})?(?:should|can|may|to|pls|please|kindly)?\s{0,3}(?:call|text|sms"
            r"|whatsapp|ring|flash|beep)\b",
            r"\bfor\s{1,3}(?:more\s{1,3})?(?:info|infos|information|details|enquiries|inquiries|clarification)\s{0,3}"
            r"[,:;-]?\s{0,3}(?:pls\s{1,3}|please\s{1,3}|kindly\s{1,3})?(?:call|text|sms|whatsapp|ring|flash|beep)\b",
            r"\b(?:call|text|sms|whatsapp)\s{1,3}(?:only|strictly)\b|\b(?:only|strictly)\s{1,3}(?:calls|call|text|sms"
            r"|whatsapp)\s{1,3}(?:on|to|at|via)\b|\bno\s{1,3}(?:emails?|cvs?|walk[\s-]{0,2}ins?)\s{0,3}[,;-]?\s{0,3}"
            r"(?:just\s{1,3}|only\s{1,3})?(?:call|text|whatsapp)\b",
        ),
        requires=(r"(?:\+|\b)\d[\d\s().-]{6,16}\d\b|#phone_[0-9a-f]{8,64}#",),
        exclude=(any_of("scam", "scams", "beware", "warning", "fake", "our office", "head office", "ltd", "limited",
                        "plc", "llc", "inc", "www", "http", "careers page", "website"),),
        context=120,
        explanation="Gives nothing but a phone number to call or text ('interested persons should call'); no employer to check.",
        examples=(
            "Interested persons should call 0803 555 0142.",
            "For more info call or text 0917 555 0123.",
            "Serious applicants only, whatsapp +234 803 555 0101.",
            "No CVs, just call 07700 900123.",
            "Drivers wanted, call only: 555-010-7788.",
        ),
        counter_examples=(
            "For more information visit our careers page or call our office on 0161 496 0000.",
            "Interested candidates should apply through our website.",
            "Call centre adviser, no experience needed, £11.50 an hour.",
            "Beware of fake ads asking interested persons to call private numbers.",
            "Text us at 555-0100 to confirm your dental appointment.",
        ),
    ),
)

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
from ..patterns import SHARED, any_of

CATEGORY = "unverifiable_employer"
DESCRIPTION = "Hides who the employer is: 'a reputable company', name withheld, 'contact the agent', free-mail or phone only."
REASON = "gives no verifiable employer, only a private contact"
"""What a moderator reads when the category fires (completes "the post ...")."""

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
_AGENT_HONEST = any_of("estate agent", "estate agents", "letting agent", "letting agents", "travel agent", "travel agents",
                       "insurance agent", "insurance agents", "customer service agent", "customer service agents",
                       "booking agent", "shipping agent", "shipping agents", "talent agent", "literary agent",
                       "sports agent", "call centre agent", "call center agent", "contact centre agent", "leasing agent",
                       "real estate", "property agent", "clearing agent", "freight", "customs agent", "support agent",
                       "sales agent", "sales agents")

V = SHARED.extend(
    # Who might be hiring ("a reputable company", "a big hotel").
    company=(r"(?:company|companies|firm|firms|organi[sz]ation|establishment|employer|employers|business|hotel|hotels"
             r"|hospital|restaurant|factory|client|family|families|agency|mnc|group|corporation|outfit|brand|household)"),
    # What stands in for the employer's name.
    vague=(r"(?:reputable|reputed|well[\s-]{0,2}(?:known|established|respected|recogni[sz]ed)|big|leading|top|reliable"
           r"|registered|multinational|recognized|recognised|prestigious|renowned|popular"
           r"|famous|standard|certain|private|high{sp}profile|respectable|reputable{sp}and{sp}\w{1,15}"
           r"|legit|legitimate|good)"),
    # Reach by phone.
    call=r"(?:call|text|sms|whatsapp|ring|flash|beep)",
    # An address at a free webmail domain.
    free_mail=(r"(?>[\w.\+-]{1,64})@(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|aol|icloud"
               r"|mail|gmx|yandex|protonmail|proton|rediffmail|zoho|usa|post|consultant|engineer)"
               r"\.(?:com|co\.uk|co\.in|fr|de|ru|me|net)\b"),
)
"""The terms this category's patterns are written with (on top of :data:`~ct_screen.rules.patterns.SHARED`, whose
``{sp}`` is the space between two words and ``{loose_word}`` one word and the space after it): ``{company}``,
``{vague}`` (reputable, well known), ``{call}`` (call, text, WhatsApp) and ``{free_mail}`` (a webmail address)."""

RULES = (
    Rule(
        id="CT260", category=CATEGORY, name="nameless-reputable-company", severity="low", weight=0.25,
        patterns=(
            V(r"\b(?:a|an|one|this"
              r"|our){sp}(?:very{sp})?{vague}{sp}(?:and{sp}\w{1,15}{sp})?{loose_word}?{company}{sp}(?:in|at"
              r"|based|located|abroad|overseas|is|are|needs?|requires?|seeks?|seeking|urgently|wants?"
              r"|hiring|recruiting|looking|now|has|with|from)\b"),
            V(r"\b(?:working|work|job|jobs|vacancy|vacancies|position|positions|opening|openings){sp}(?:with"
              r"|in|at|for){sp}(?:a|an|one{sp}of{sp}the){sp}(?:very{sp})?{vague}{sp}{loose_word}?{company}\b"),
            V(r"\b(?:a|an){sp}(?:reputable|reputed|well[\s-]{0,2}known){sp}(?:company|firm|employer|hotel"
              r"|agency|organi[sz]ation|family)\b"),
            V(r"\bone{sp}of{sp}the{sp}(?:biggest|largest|leading|top|best|most{sp}\w{1,15}"
              r"|well[\s-]{0,2}known){sp}{loose_word}?(?:companies|firms|hotels|hospitals|employers|restaurants"
              r"|factories|groups){sp}in{sp}{loose_word}{0,2}(?:is|are|needs?|urgently|requires?|seeks?|hiring"
              r"|recruiting|now)\b"),
            V(r"\b(?:a|an){sp}{loose_word}{1,3}(?:company|firm|factory|hotel|hospital|restaurant|plant"
              r"|farm){sp}(?:based{sp})?in{sp}{loose_word}{0,1}\w{1,15}{sp}(?:urgently{sp})?(?:needs|requires"
              r"|is{sp}(?:urgently{sp})?(?:hiring|recruiting|in{sp}need))\b"),
            V(r"(?:\A|(?<=\n)|(?<=[.!?:\*] )|(?<=[.!?:\*]))\s{0,2}(?:reputable|reputed|well[\s-]{0,2}known"
              r"|big|leading|top|multinational|registered){sp}(?:company|firm|organi[sz]ation|employer"
              r"|hotel|agency|mnc){sp}(?:in|is|needs?|requires?|seeks?|urgently|wants?|hiring|recruiting"
              r"|looking)\b"),
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
            V(r"\b(?:company|employer|client|hotel|agency|organi[sz]ation|sponsor)(?:'?s)?{sp}(?:name"
              r"|identity|details|address|location){sp}(?:will|would|shall|is|are|to|can|cannot|can't"
              r"|must){sp}(?:only{sp})?(?:be{sp})?(?:disclosed|revealed|given|shared|provided|known"
              r"|announced|confirmed|told|withheld|hidden|kept|confidential|undisclosed|private|secret"
              r"|not{sp}(?:be{sp})?(?:disclosed|revealed|given|shared))\b"),
            V(r"\b(?:name|identity){sp}(?:withheld|undisclosed|not{sp}disclosed|kept{sp}(?:private"
              r"|confidential|secret)|on{sp}request)\b"),
            V(r"\b(?:company|employer|client|principal){sp}(?:prefers|prefer|wishes|wish|wants|want|chose"
              r"|chooses|has{sp}asked|asked){sp}(?:to{sp})?(?:remain|stay|be{sp}kept|be){sp}(?:anonymous"
              r"|confidential|unnamed|undisclosed|private|secret)\b"),
            V(r"\b(?:dm|pm|inbox|message|whatsapp|call|text|contact|chat){sp}(?:me"
              r"|us)?\s{0,3}for{sp}(?:the{sp})?(?:company|employer|client|hotel)(?:'?s)?{sp}(?:name"
              r"|details|address|info|information)\b"),
            V(r"\b(?:undisclosed|unnamed|anonymous|confidential|secret|private){sp}(?:company|employer"
              r"|client|firm|organi[sz]ation|sponsor|hotel|principal)\b"),
            V(r"\b(?:company|employer|company{sp}name)\s{0,2}[:=-]\s{0,3}(?:confidential|private|withheld"
              r"|undisclosed|n/?a|not{sp}(?:disclosed|given|specified)|will{sp}be{sp}(?:disclosed"
              r"|revealed))\b"),
            V(r"\b(?:details|name|info|information){sp}(?:of|about){sp}(?:the{sp})?(?:company|employer"
              r"|client|hotel){sp}(?:will{sp}be|are|is){sp}(?:only{sp})?(?:disclosed|revealed|given|shared"
              r"|provided|sent){gap:2}(?:after|upon|on|at|during|when|once|later)\b"),
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
            V(r"\b(?:reach{sp}out{sp}to|talk{sp}to|speak{sp}(?:to|with)|get{sp}in{sp}touch{sp}with"
              r"|link{sp}up{sp}with|chat{sp}with|go{sp}through){sp}(?:the|our|my){sp}agents?\b"),
            V(r"\b(?:contact|call|text|message|whatsapp|ping|dm|inbox|reach|meet|see|sms)\s{0,3}(?:the|our"
              r"|my|this|your)?\s{0,3}(?:recruitment{sp}|local{sp}|travel{sp}(?=agent{sp}(?:on|at|via|now"
              r"|mr|mrs|madam|\+|\d)))?agents?\b(?!{sp}(?:of{sp}your{sp}choice"
              r"|directly{sp}at{sp}our{sp}office))"),
            V(r"\bagent(?:'?s)?{sp}(?:number|phone|contact|whatsapp|line|no|name|details)\b\s{0,3}[:.-]?"),
            V(r"\b(?:through|via|by){sp}(?:our|the|my|an|a){sp}(?:recruitment{sp}|local{sp})?agent\b"),
            V(r"\b(?:our|the|my){sp}agent{sp}(?:will|shall|would|is{sp}waiting|can){sp}(?:contact|call|meet"
              r"|pick|receive|take|guide|process|handle|arrange|explain|send)\b"),
            V(r"\bagent{sp}(?:mr|mrs|miss|madam|ms|mama|aunty|auntie|uncle|bro|sis)\b"),
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
            V(r"(?<![\w.\+-])(?=[\w.\+-]{0,30}(?:hr|h\.r|recruit|recruitment|recruiting|recruiter|careers?"
              r"|jobs|hiring|personnel|humanresources|human\.resources|employment|vacancy|vacancies"
              r"|official|department|dept|manpower|placement|onboarding|staffing|talent)){free_mail}"),
            V(r"(?:\b(?:recruitment{sp}department|personnel{sp}department|recruitment{sp}team"
              r"|human{sp}resources|hiring{sp}manager|hr{sp}department|head{sp}office|hr{sp}manager"
              r"|hr{sp}team)\b){gap:8}(?:(?<![\w.\+-]){free_mail})"),
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
            V(r"\b(?:interested|serious|qualified|suitable){sp}(?:candidates|applicants|persons|people"
              r"|individuals|ones|ladies|men|workers){sp}(?:only\s{0,3}[,:;-]?\s{0,3})?(?:should|can|may"
              r"|to|pls|please|kindly)?\s{0,3}{call}\b"),
            V(r"\bfor{sp}(?:more{sp})?(?:info|infos|information|details|enquiries|inquiries"
              r"|clarification)\s{0,3}[,:;-]?\s{0,3}(?:pls{sp}|please{sp}|kindly{sp})?{call}\b"),
            V(r"\b(?:call|text|sms|whatsapp){sp}(?:only|strictly)\b|\b(?:only|strictly){sp}(?:calls|call"
              r"|text|sms|whatsapp){sp}(?:on|to|at|via)\b|\bno{sp}(?:emails?|cvs?"
              r"|walk[\s-]{0,2}ins?)\s{0,3}[,;-]?\s{0,3}(?:just{sp}|only{sp})?(?:call|text|whatsapp)\b"),
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

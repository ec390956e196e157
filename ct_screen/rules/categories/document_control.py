"""Document control: the employer or agent takes the worker's passport or identity papers.

Holding a worker's passport, residence card or national ID ("for safekeeping",
"as a guarantee", "until the end of the contract") is one of the clearest
indicators of forced labour and trafficking: without papers the worker cannot
leave, change employer or go to the police. It is illegal in most countries,
including the Gulf states. Honest employers look at a passport for a
right-to-work check, may keep a copy, and give it straight back.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED

CATEGORY = "document_control"
DESCRIPTION = "The employer, sponsor or agent keeps, collects or holds the worker's passport or identity papers."
REASON = "says the employer will hold the worker's passport or ID"
"""What a moderator reads when the category fires (completes "the post ...")."""

# The gap {clause:N} (patterns.SHARED) never steps over a negator ("will not be kept", "we don't keep").

V = SHARED.extend(
    # The papers themselves ("ppt" alone is PowerPoint, so only after "your"/"original").
    doc=(
        r"\b(?:passports?|passport\s(?:book|booklet)s?|(?:your|ur|original|their|her|his)\s(?:ppt|pp)"
        r"|travel[\s\-]{1,2}doc(?:ument)?s?|(?:identity|identification|id|original|personal|legal|immigration)"
        r"[\s\-]{1,2}(?:documents?|docs|papers|cards?)|(?:your|ur|their|her|his|workers'?|worker's|the|all|our)"
        r"\s(?:ids|id|documents|docs|papers)|national[\s\-]{1,2}ids?|iqamas?|emirates[\s\-]{1,2}ids?"
        r"|residen(?:ce|cy)[\s\-]{1,2}(?:permits?|cards?)|work[\s\-]{1,2}permits?|cnic|nin\sslip|aadhaa?r\scards?"
        r"|id\scards?)\b"
    ),
    # Bare "documents"/"papers" only count where an employer or agent is named right after them.
    doc_loose=r"(?:{doc}|\b(?:documents|docs|papers|ids|id)\b)",
    # Who may take the papers.
    who_words=(
        r"employers?|company|companies|agency|agencies|agents?|sponsors?|boss|bosses|madam|madame|oga|management"
        r"|supervisors?|kafeel|kafala|owners?|hr|office|recruiters?|manager|family|families|client|clients|household"
        r"|firm|contractor|broker|handler|coordinator|driver|landlord|host|hostel|camp\sboss|foreman"
    ),
    who=r"(?:{who_words})",
    # The subject standing shortly before the verb (never across a negator: "we do not keep").
    holder=r"\b(?:{who_words}|we|they)(?:\s{neg}(?>\w{1,15})){0,3}\s",
    keep=(
        r"(?:keeps?|keeping|kept|holds?|holding|held|retains?|retaining|retained|collects?|collecting|confiscates?"
        r"|confiscating|confiscated|seizes?|seizing|seized|stores?|storing|safeguards?|safekeeps?"
        r"|takes?\s(?:away|custody\sof)|takes?(?=\s(?:your|ur|all|their|her|his|the)\s)|take\scare\sof"
        r"|takes\scare\sof|look\safter|looks\safter|(?:be|is|are)\sresponsible\sfor|takes?\sresponsibility\sfor"
        r"|(?:be|is|are)\sin\scharge\sof)"
    ),
    passive=(
        r"(?:(?:will|shall|must|would|to|is|are|gets?|being|been)\s(?:be\s|been\s|being\s)?(?:kept|held|retained"
        r"|collected|confiscated|taken|stored|deposited|surrendered|handed\sover|handed\sin|handed|lodged|secured"
        r"|seized)|stays?|remains?|(?:will|shall|must)\s(?:stay|remain)|kept|held|retained|stored)"
    ),
    agent=(
        r"\b(?:(?:by|with)\s(?:(?:the|your|ur|our|my|a)\s)?{who}|(?:by|with)\s(?:us|me|them)"
        r"|(?:in|at)\s(?:(?:our|the|my|company|agency)\s){1,2}(?:office|custody|safe|locker|care)"
        r"|(?:on|upon)\sarrival|at\sthe\sairport|when\syou\s(?:arrive|land|get\sthere)"
        r"|until\s(?:you|u|the\send|your|the\scontract|contract|the\sdebt|the\sloan|the\sticket|payment|we|full))\b"
    ),
    safekeeping=(
        r"\b(?:for|in|4)\s(?:(?:your|their|the|ur)\s)?(?:safe[\s\-]{0,2}keeping|safe\scustody|safekeep"
        r"|security\sreasons|(?:your|ur)\s(?:own\s)?(?:safety|security|protection)|protection|safety)\b"
    ),
    # Up to N words of at most 20 letters on one line (negators allowed).
    words=r"(?:[^\w\n]{1,4}(?>\w{1,20})){0,{#}}[^\w\n]{1,4}",
)
"""The terms this category's patterns are written with (on top of :data:`~ct_screen.rules.patterns.SHARED`)."""

_NOT_LEGIT = (
    r"\bcop(?:y|ies)\s(?:of\s)?(?:your\s|the\s|their\s)?(?:passport|id|documents)|photocop|passport\s(?:numbers?|details"
    r"|photos?|size)|\b(?:illegal|unlawful|against\sthe\slaw|an\soffence|an\soffense|a\scrime|prohibited|forbidden"
    r"|(?:employers?|companies|company|agents?|agencies|agency|recruiters?|sponsors?|nobody|no\sone|anyone)\s(?:\w{1,10}\s)?"
    r"(?:are\s|is\s)?not\sallowed|no\sone\sbut\syou|your\sright|under\sno\scircumstances?)\b|\bconfidential|\bdata\sprotection"
    r"|\bgdpr\b|\bon\s(?:file|record)\b|\b(?:in\sour\srecords|electronic\w{0,4}|digital\w{0,4}|upload\w{0,3})\b"
    r"|\b(?:passport|document)s?\s(?:process\w{0,5}|renewals?|applications?)\b"
    r"|\b(?:passport|document|visa)s?\s(?:renewals?|fees?|costs?|expenses|stamping|arrangements?|formalities)\b"
)
_VISA_PROCESS = r"\b(?:stamping|stamped|embassy|consulate|vfs|biometrics?|renewal)\b"

RULES = (
    Rule(
        id="CT160", category=CATEGORY, name="employer-keeps-papers", severity="high", weight=0.55,
        patterns=(
            V(r"{holder}{keep}{clause:4}{doc}"),
            V(r"{doc_loose}{clause:3}{passive}{clause:3}(?:{agent}|{safekeeping})"),
            V(r"{doc}(?:{clause:2}(?:will\sbe|is|are|stays?|remains?|will\s(?:stay|remain))\s(?:safe\s|safely\s|secure\s)?"
              r"{agent}|{clause:5}{safekeeping}|(?:(?>[^\w\n.!?;]{1,8})(?>\w{1,30})){0,10}[^\w\n.!?;]{0,8}"
              r"{holder}{keep}\s(?:it|them)\b)"),
            V(r"\b(?:workers|employees|staff|you|maids?|helpers?|domestic\sworkers|labou?rers)\s(?:are\s|will\sbe\s)?"
              r"(?:not\sallowed|not\spermitted|cannot|can't|can\snot|may\snot)\s(?:to\s)?(?:keep|hold|have|carry|retain)"
              r"\s(?:your|their|her|his|the)\s(?:own\s)?(?:passports?|documents|ids?|id\scards?|papers|iqamas?)\b"),
            V(r"\b(?:passport|passports|iqama)\s(?:retention|confiscation)\b|\b(?:retention|confiscation)\sof"
              r"\s(?:your\s|the\s|all\s|workers'?\s|employees'?\s)?(?:passports?|travel\sdocuments|id\scards|iqamas?)\b"),
            V(r"{safekeeping}{clause:3}{doc}"),
        ),
        exclude=(_NOT_LEGIT, _VISA_PROCESS),
        context=45,
        explanation="Says the employer, sponsor or agent will keep, hold or collect the worker's passport or ID "
                    "(often 'for safekeeping'): a core forced-labour indicator, illegal in most countries.",
        examples=(
            "Your passport will be kept by the employer for safekeeping.",
            "The agency holds all passports during the contract.",
            "On arrival the sponsor will keep your passport and iqama.",
            "Madam will look after your passport, you don't need it.",
            "Passports are held in the company safe for your protection.",
            "Travel documents stay with the agent until the job ends.",
            "We keep your passport for visa processing.",
        ),
        counter_examples=(
            "We do not keep your passport; it stays with you at all times.",
            "We will keep a copy of your passport on file for right-to-work checks.",
            "Candidates must hold a valid passport.",
            "It is illegal for an employer to keep your passport.",
            "Beware of agents who keep workers' passports.",
            "Your documents will be kept confidential in line with data protection law.",
            "Passports will not be kept by the agency.",
            "Your passport stays with you; the law forbids employers from holding it.",
            "Qatari law prohibits employers from keeping workers' passports.",
            "Your passport is needed for visa processing and is returned to you within three days.",
            "Send your passport to the embassy for visa stamping.",
        ),
    ),
    Rule(
        id="CT161", category=CATEGORY, name="hand-over-papers", severity="high", weight=0.5,
        patterns=(
            V(r"\b(?:hand\s?over|handover|hand\sin|surrender|turn\sover|turn\sin|relinquish|give\sup){clause:3}{doc}"),
            V(r"\b(?:give|leave|deposit|lodge|drop|hand|pass|submit){clause:3}{doc}(?:(?>[^\w\n]{1,4})(?>\w{1,20})){0,3}"
              r"[^\w\n]{1,4}(?:to|with)\s(?:(?:the|your|ur|our|my)\s)?(?:{who}|us|me|our\s(?:man|staff))\b"),
            V(r"{doc_loose}{clause:3}"
              r"(?:must|will|should|shall|to|is|are|get|gets)\s(?:be\s)?(?:handed\sover|surrendered|confiscated)\b"),
            V(r"{doc}{clause:3}(?:must|will|should|shall|to|is|are)\s(?:be\s)?(?:handed\sin|handed|given|deposited"
              r"|submitted|collected|taken){words:3}(?:on\sarrival|upon\sarrival|at\sthe\sairport"
              r"|when\syou\s(?:arrive|land|get\sthere)|(?:to|by)\s(?:the\s)?{who})\b"),
            V(r"\b(?:on|upon)\sarrival{clause:4}(?:hand\s?over|surrender|give|collect|take){clause:3}{doc}"),
        ),
        exclude=(_NOT_LEGIT, _VISA_PROCESS),
        context=50,
        explanation="Asks the worker to hand over or surrender a passport or ID to the agent, driver or employer, "
                    "typically on arrival: the moment a worker loses control of their papers.",
        examples=(
            "Hand over your passport to our agent on arrival.",
            "All workers must surrender their passports to the supervisor.",
            "Your passport will be collected at the airport by our driver.",
            "Upon arrival give your passport to madam.",
            "Leave your ID card with the boss when you start.",
        ),
        counter_examples=(
            "Please bring your passport to the interview for right-to-work checks.",
            "Never hand over your passport to an employer.",
            "Submit your passport to the embassy for visa stamping.",
            "You keep your own documents at all times.",
            "Give your passport number to HR when you accept the offer.",
        ),
    ),
    Rule(
        id="CT162", category=CATEGORY, name="papers-as-guarantee", severity="high", weight=0.6,
        patterns=(
            V(r"{doc}{clause:6}"
              r"\bas\s(?:a\s)?(?:guarantee|guarantor|security|collateral|surety|bond|deposit|insurance|pledge)\b"),
            V(r"\bas\s(?:a\s)?(?:guarantee|security|collateral|surety|bond|pledge)\b{clause:4}{doc}"),
            V(r"{doc}{clause:8}"
              r"(?:so\s(?:that\s)?you\s(?:don't|dont|do\snot|cannot|can't|won't)\s(?:run|escape|leave|abscond|disappear)"
              r"|to\s(?:prevent|stop|avoid)\s(?:(?>\w{1,15})\s){0,2}(?:abscond\w{0,4}|running\saway|escap\w{0,4}|leaving))"),
        ),
        exclude=(_NOT_LEGIT,),
        negatable=True,
        context=45,
        explanation="Holds the worker's passport or ID as a guarantee, bond or collateral, or 'so you do not run "
                    "away': papers used to trap the worker.",
        examples=(
            "We keep your passport as guarantee until the loan is paid.",
            "Your ID card stays with us as security.",
            "The passport is kept so you don't run away.",
            "Agency holds travel documents as a bond to prevent absconding.",
        ),
        counter_examples=(
            "A valid passport and a bank guarantee are not required.",
            "We never hold passports as a guarantee.",
            "Passport holders from the EU can work here as contractors.",
            "Copies of your passport will serve as security clearance evidence.",
        ),
    ),
    Rule(
        id="CT163", category=CATEGORY, name="papers-returned-at-end", severity="high", weight=0.5,
        patterns=(
            V(r"{doc}{clause:4}(?:returned|given\sback|handed\sback|released|back){words:3}"
              r"(?:at\sthe\send\sof|after\s(?:you\s)?(?:finish|complete|completing|finishing)|upon\scompletion|on\scompletion"
              r"|when\s(?:you\s)?(?:finish|complete|leave|go\shome|fly\shome|repay|pay\sback|clear)|once\syou\s(?:finish"
              r"|complete|repay|pay|clear|have)|after\s(?:the\s)?(?:contract|loan|debt)|after\s\d{1,2}\s(?:years?|months?)"
              r"|after\s(?:one|two|three|six)\s(?:years?|months?)|only\swhen|only\safter|until)\b"),
            V(r"\b(?:get|collect|have|receive)\s(?:your|the|their)\s(?:passport|documents|id|papers)s?\sback"
              r"{words:3}(?:at\sthe\send|after|when|once|only|upon|on\scompletion)\b"),
        ),
        exclude=(_VISA_PROCESS, r"\b(?:same\sday|immediately|straight\saway|right\saway|after\s(?:checking|verification"
                 r"|inspection|the\scheck|the\sinterview|viewing))\b"),
        context=60,
        explanation="Says the worker gets their passport or ID back only at the end of the contract or once a debt "
                    "is repaid, which means the employer holds it until then.",
        examples=(
            "Your passport will be returned at the end of your 2-year contract.",
            "You will get your passport back when you finish the contract.",
            "ID card given back only after the loan is cleared.",
            "Your documents are released after 2 years of service.",
        ),
        counter_examples=(
            "Your passport will be returned after visa stamping at the embassy.",
            "Originals are checked and returned the same day.",
            "Passport returned immediately after the right-to-work check.",
            "The contract is renewed at the end of two years.",
        ),
    ),
    Rule(
        id="CT164", category=CATEGORY, name="send-original-papers", severity="medium", weight=0.3,
        patterns=(
            V(r"\b(?:send|sending|courier|post|mail|ship|dhl|fedex|waybill|dispatch|forward|bring)\s(?:us\s)?"
              r"(?:(?:your|the|all|their)\s)?(?:original\s)(?:international\s)?(?:passport|passports|documents|id|ids"
              r"|id\scards?|certificates\sand\spassport|papers)\b"),
            V(r"\boriginal\s(?:passport|passports|documents|id\scard)s?{words:4}"
              r"(?:by\scourier|via\sdhl|through\sdhl|by\sdhl|via\scourier|by\spost|to\sour\s(?:office|agent|address))\b"),
        ),
        exclude=(_VISA_PROCESS, r"\b(?:interview|verification|right\sto\swork|rtw|checked|inspection|returned)\b"),
        context=60,
        explanation="Asks the applicant to post or courier their ORIGINAL passport or ID to the agent before any "
                    "contract: the agent gains control of the papers. Weak on its own.",
        examples=(
            "Send your original passport to our Lagos office by DHL.",
            "Courier your original passport and two photos to the agent.",
            "Original passports must reach our office by courier before Friday.",
        ),
        counter_examples=(
            "Bring your original passport to the interview for verification.",
            "Send a scanned copy of your passport with your CV.",
            "Original documents are checked and returned at the interview.",
        ),
    ),
)

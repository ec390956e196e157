"""Minor targeting: the post recruits children or teenagers.

Traffickers recruit children for domestic servitude ("a girl from the village
to help madam, she will go to school"), begging and street selling, farm and
factory work, and sexual exploitation ("young girls", "school girls", "16-17
year olds", "no ID needed", "with parents' consent to travel"). Honest posts
about children are about caring for or teaching them, or are regulated youth
schemes that name safeguarding, school, apprenticeships or work permits.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, WarningWords

CATEGORY = "minor_targeting"
DESCRIPTION = "Recruits children or under-18s, or asks for young girls, school children or no proof of age."
REASON = "targets minors"
"""What a moderator reads when the category fires (completes "the post ...")."""

V = SHARED.extend(
    minor_age=r"(?:[5-9]|1[0-7])",
    years_old=r"(?:years?[\s\-]?old|yrs?(?:\sold)?|y/?o|year[\s\-]olds?)",
    # "aged 14-17", not "10-15 years experience".
    experience=r"years?\s(?:of\s)?experience|yrs?\s(?:of\s)?exp",
    # "she will go to school" (and help madam in the house).
    goes_to_school=r"\b(?:she|he|the\sgirl|the\sboy|the\schild|they)\s(?:will\s|can\s|would\s)?(?:go|goes|attend"
                   r"|attends|be\ssent|be\senrolled|continue)\s{skip_words:1}(?:to\s|in\s)?(?:school|schooling|lessons"
                   r"|education)\b",
    helps=r"help|helps|helping|work|works|working|assist|assists|chores|house\s?work|domestic",
)
_CARE_OR_TEACH = (
    r"\b(?:look(?:ing)?\safter|care\sfor|caring\sfor|babysit\w{0,4}|nann(?:y|ies)|au\spair|tutor\w{0,4}|teach\w{0,4}"
    r"|coach\w{0,4}|mentor\w{0,4}|camp|camps|pupils|lessons?|safeguarding|dbs|enhanced\scheck|parents\sof"
    r"|your\schild|kids'?\sclub|children's|paediatric|pediatric|ofsted|nursery|youth\sworkers?|school\s(?:run|trip|bus)"
    r"|childcare|child\scare|creche|playgroup|sen\b|special\sneeds|apprentice\w{0,4}|traineeship|kickstart|work\sexperience"
    r"|school\sleavers?|college|nvq|btec|government[\s\-]funded|young\sperson'?s?\srate|work\spermit|labou?r\slaws?"
    r"|child\slabou?r\slaws?|with\sparental\sconsent|guardian\spresent|for\schildren|for\skids|with\schildren|with\skids"
    r"|students?\saged|league|academy|clubs?|team|programme|programmes|program|programs|scholarships?|library|museum"
    r"|summer\sschool|work(?:ing)?\swith|support(?:ing)?\syoung|homework|after[\s\-]school\s(?:programs?|programmes?|clubs?|care)"
    r"|grades?|curriculum|saturday\sjob|minimum\swage"
    r"|development\sworker)\b"
)
_PROTECT = (
    r"\b(?:protect\w{0,5}|rescue\w{0,3}|prevent\w{0,5}|end(?:ing)?|stop(?:ping)?|combat\w{0,5}|campaign\w{0,3}|awareness"
    r"|rights|charity|ngo|unicef|ilo|welfare|social\sworkers?|against|safeguard\w{0,4}|empower\w{0,5}|educat\w{0,5})\b"
)
"""Who protects children (a charity, an NGO, safeguarding): the context of the organisation, read across sentences."""
_WARN = WarningWords(
    r"\b(?:report|illegal|unlawful|a\scrime|crime|beware|warning|scams?|survivors?|victims?|trafficking|hotline"
    r"|helpline)\b"
)
"""Warning words: they cancel a match in its own sentence only (:attr:`ct_screen.rules.base.Rule.warning_exclude`)."""
_TRAVEL = (r"\b(?:travel\w{0,3}|abroad|overseas|visa|passport|fly|flight|ticket|relocat(?>\w{1,5})|move\sto|city|lagos|abuja"
           r"|accra|dubai|riyadh|beirut|kuwait|doha|oman|jordan|malaysia|europe|uk|london|usa|canada)\b")

RULES = (
    Rule(
        id="CT210", category=CATEGORY, name="under-18-ages", severity="high", weight=0.6,
        patterns=(
            V(r"\b(?:ages?|aged|age\sgroup|age\srange|age\slimit|age\sbracket)\s?:?\s?(?:of\s|from\s|between\s)?{minor_age}"
              r"(?:\s?(?:-|\u2013|to|and|~|/)\s?\d{1,2}\b|\s?\+|\s(?:and|or)\s(?:above|over|up|older))"
              r"(?!\s?(?:{experience}))"),
            V(r"\b(?:girls?|boys?|teens?|teenagers?|ladies|females?|males?|maids?|house\s?girls?|house\s?boys?|helpers?|kids"
              r"|children)[\s,:(]{1,3}{opt_word}\(?{minor_age}\s?(?:-|\u2013|to)\s?\d{1,2}\b\)?"
              r"(?!\s?(?:{experience}|per|people|staff|workers|hours|mins|minutes))"),
            V(r"\b{minor_age}\s?(?:-|\u2013|to|&|and|or|,)\s?{minor_age}\s?(?:years?[\s\-]?old|yrs?(?:\sold)?|y/?o"
              r"|year[\s\-]olds)\b(?!\s{0,2}(?:of|in|exp|experience|\+))"),
            V(r"\b(?:1[0-7])\s?{years_old}\s(?:girls?|boys?|teens?|kids|children"
              r"|ladies|females?|males?|maids?|helpers?|house\s?girls?|workers|applicants)\b"),
            V(r"\b(?:1[0-7])\s?{years_old}\s(?:(?>\w{1,8})\s)?(?:pwede|ok|okay"
              r"|welcome|accepted|allowed|can\sapply|fine|no\sproblem|also|too)\b"),
            V(r"\b(?:girls?|boys?|teens?|teenagers?|kids|children|minors|helpers?|maids?|house\s?girls?|house\s?boys?"
              r"|applicants|candidates|workers|ladies|females?)\s{skip_words:2}(?:aged|age|ages|of\sage|from|of)\s:?\s?"
              r"(?:1[0-7])\b(?!\s?(?:-|\u2013|to)\s?\d)(?!\s?(?:years?\s(?:of\s)?experience))"),
        ),
        exclude=(_CARE_OR_TEACH, _PROTECT, _WARN),
        context=90,
        explanation="Gives an applicant age range or age under 18 ('girls aged 14-17', '16-17 year olds', "
                    "'15 year old helpers'): recruiting children, outside a regulated youth scheme.",
        examples=(
            "Girls aged 15-17 wanted for hotel work, free accommodation.",
            "We are hiring 16-17 year olds, cash daily.",
            "Need 14 year old house girl for a family in Lagos.",
            "Age: 13 to 17, boys and girls for the farm.",
        ),
        counter_examples=(
            "Nanny to look after two children aged 3-7.",
            "Maths tutor for pupils aged 11-16, enhanced DBS required.",
            "Applicants must be 18 or over.",
            "Apprenticeships for school leavers aged 16-18 with college day release.",
            "Engineer with 10-15 years experience.",
        ),
    ),
    Rule(
        id="CT211", category=CATEGORY, name="minors-wanted", severity="high", weight=0.55,
        patterns=(
            V(r"\b(?:under[\s\-]?age(?:d)?|minors?|under[\s\-]?18s?|under\s(?:the\sage\sof\s)?(?:18|eighteen)|below\s"
              r"(?:the\sage\sof\s)?(?:18|eighteen)|less\sthan\s(?:18|eighteen)(?:\syears)?|younger\sthan\s(?:18|eighteen))\b"
              r"(?:[^\w\n.;!?]{1,3}{neg}(?>\w{1,10})){0,2}[^\w\n.;!?]{1,3}(?:welcome|welcomed|accepted|allowed"
              r"|can\sapply|okay|ok|fine|wanted|needed|considered|eligible|also|too|can\swork|preferred|acceptable)\b"),
            r"\b(?:school\s?girls?|school\s?boys?|school\s?children|schoolkids|young\s(?:girls?|boys?|teens?)|little\s(?:girls?"
            r"|boys?)|small\s(?:girls?|boys?)|girl[\s\-]child(?:ren)?|teen\s(?:girls?|boys?)|teenage\s(?:girls?|boys?)"
            r"|barely\slegal|jail\s?bait|underage\s(?:girls?|boys?)|teen\s(?:models?|workers?|hostess(?:es)?|dancers?"
            r"|helpers?|maids?|waitress(?:es)?))\b",
            r"\b(?:no|without)\s(?:your\s|their\s)?(?:parents?|parental|guardians?)'?s?\s?(?:consent|permission|approval"
            r"|needed|required|knowledge|involved|necessary)\b|\bparents\s(?:don't|dont|do\snot|need\snot)\s(?:need\sto\s)?"
            r"(?:know|be\stold|agree)\b",
            V(r"\b(?:hiring|recruiting|looking\sfor|seeking|need|needed|wanted|we\swant|available\sfor)\s{skip_words:2}"
              r"(?:teens|teenagers|minors|kids|children)\b(?!\s(?:aged\s)?(?:18|19|2\d))"),
        ),
        exclude=(_CARE_OR_TEACH, _PROTECT, _WARN, r"\b(?:18\s?\+|over\s18|18\sor\s(?:over|older|above)|aged?\s(?:18|19|2\d))\b"),
        context=90,
        explanation="Asks for minors, 'under-18s welcome', school girls, young or teen girls: recruiting children, "
                    "the most serious trafficking indicator.",
        examples=(
            "Under 18s welcome, no experience.",
            "Minors also accepted for this job.",
            "Young girls wanted for massage parlour work.",
            "Schoolgirls needed for weekend photo shoots.",
            "We are hiring teens for night shifts, cash in hand.",
        ),
        counter_examples=(
            "Minors are not accepted; you must be 18 or older.",
            "Football coach for our young girls' team, DBS checked.",
            "Our charity works to protect young girls from trafficking.",
            "Summer camp leaders needed to look after children.",
            "No one under 18 may apply.",
        ),
    ),
    Rule(
        id="CT212", category=CATEGORY, name="children-for-begging-or-labour", severity="high", weight=0.8,
        patterns=(
            V(r"\b(?:children|child|kids|boys|girls|minors|orphans|street\skids)\b{sentence_span:8}\b(?:for|to|who\scan|as)\s"
              r"{skip_words:1}(?:beg|begging|hawk|hawking|street\s(?:selling|vending|trading|hawking)|sell\s(?:on\sthe\sstreets?"
              r"|in\straffic|at\s(?:traffic|junctions))|domestic\s(?:work|service|labou?r|help)|house\s?(?:work|help|helps|girls?"
              r"|boys?|keeping)|farm\s(?:work|labou?r|hands)|mining|quarry|fishing\sboats?|brick\s(?:kilns?|making)|carpet\sweaving"
              r"|cocoa\sfarms?|sweatshops?|factory\swork|car\swash(?:ing)?)\b"),
            V(r"\b(?:beg|begging|street\sselling|hawking|hawkers)\s{skip_words:3}(?:children|kids|boys|girls|minors)\b"),
        ),
        exclude=(_PROTECT, _WARN, r"\b(?:look(?:ing)?\safter|care\sfor|nanny|babysit\w{0,4}|tutor\w{0,4}|teach\w{0,4})\b"),
        context=90,
        explanation="Recruits children for begging, street selling, domestic service or farm, mine or factory work: "
                    "child labour and a classic trafficking purpose.",
        examples=(
            "We need children for begging in the city, we pay the parents.",
            "Boys wanted for hawking at traffic junctions.",
            "Looking for girls for house help in Accra.",
            "Kids needed for farm work during harvest, food provided.",
        ),
        counter_examples=(
            "Our NGO works to end children begging on the streets.",
            "Nanny to look after girls aged 6 and 9.",
            "Teaching assistant for children with special needs.",
        ),
    ),
    Rule(
        id="CT213", category=CATEGORY, name="child-domestic-lure", severity="high", weight=0.5,
        patterns=(
            V(r"{goes_to_school}(?:{sentence_span:10})\b(?:{helps}|selling|sell|hawk)\b"),
            V(r"\b(?:{helps})\b(?:{sentence_span:10}){goes_to_school}"),
            V(r"\b(?:salary|salaries|wages|pay|money|payment)\s{skip_words:3}(?:paid|sent|given|goes)\s{skip_short_words:2}"
              r"to\s(?:her|his|the|their)\s(?:parents|mother|father|mum|mom|dad|family|guardian|uncle|aunt)\b"),
            V(r"\b(?:we|madam|the\sfamily|oga|agent)\s{skip_short_words:2}(?:pay|pays|give|gives|send|sends)\s{skip_short_words:1}"
              r"(?:the|her|his|their)\s(?:parents|mother|father|family|guardian)\b"),
            V(r"\b(?:girl|girls|boy|boys|child|children)\s{skip_short_words:2}from\s(?:the\s|your\s|a\s)?(?:village|villages"
              r"|rural\sareas?|countryside|upcountry|hometown|province|provinces|bush)\b"),
        ),
        exclude=(_PROTECT, _WARN, r"\b(?:language\s(?:school|course)|university|college|au\spair|host\sfamily|adult|over\s18"
                           r"|pension|employees?|staff)\b"),
        context=90,
        explanation="The classic child-domestic-servitude lure: a child 'from the village' who will help in the "
                    "house and 'go to school', with wages paid to the parents.",
        examples=(
            "She will go to school in the afternoon and help madam in the house.",
            "Her salary will be paid to her parents every month.",
            "Looking for a girl from the village to help with housework.",
            "We pay the parents and the child stays with us.",
        ),
        counter_examples=(
            "Au pair: help with childcare and attend language school in the afternoons.",
            "Your salary is paid to your own bank account.",
            "Our charity helps girls from rural areas go to school.",
        ),
    ),
    Rule(
        id="CT214", category=CATEGORY, name="parental-consent-to-travel", severity="medium", weight=0.4,
        patterns=(
            V(r"\b(?:parents?'?|parental|guardian'?s?|mother'?s?|father'?s?|family'?s?)\s{opt_short_word}(?:consent"
              r"|permission|approval|letter|authori[sz]ation|signature)\b"),
            V(r"\b(?:consent|permission|approval|letter)\s{skip_short_words:2}from\s(?:your\s|her\s|his\s|their\s|the\s)?"
              r"(?:parents?|guardians?|mother|father|family)\b"),
            V(r"\b(?:we|agent|madam|i)\s{skip_short_words:2}(?:talk|speak|convince|meet)\s(?:to|with)\s(?:your|her|his|their)"
              r"\s(?:parents|mother|father|family)\b"),
        ),
        requires=(_TRAVEL,),
        exclude=(_CARE_OR_TEACH, _PROTECT, _WARN, r"\b(?:school\strip|exchange\sprogramme|exchange\sprogram|chaperon(?>\w{1,4})"
                                           r"|supervised)\b"),
        context=90,
        explanation="Asks for a parent's or guardian's consent for a job that involves travel: the applicant is "
                    "expected to be a minor who is being moved away from home.",
        examples=(
            "Bring a letter of consent from your parents for the trip to Lagos.",
            "Parental consent needed for travel to Dubai.",
            "We will talk to your parents about the job in the city.",
        ),
        counter_examples=(
            "Parental consent is needed for the supervised school trip to France.",
            "Youth exchange programme abroad, chaperoned, with safeguarding policy.",
            "Warning: agents asking for parents' permission to take girls abroad are traffickers.",
        ),
    ),
    Rule(
        id="CT215", category=CATEGORY, name="no-proof-of-age", severity="low", weight=0.25,
        patterns=(
            V(r"\b(?:no|without)\s{opt_short_word}(?:id|ids|i\.d|identification|id\scards?|birth\scertificates?|age\sproof"
              r"|proof\sof\sage|age\sverification|age\scheck|papers)\s?(?:needed|required|necessary|neccessary|is\sneeded"
              r"|is\srequired|asked|checked|no\sproblem)?\b"),
            r"\b(?:id|ids|identification|birth\scertificate|age\sproof|proof\sof\sage|papers)\s(?:is\s|are\s)?(?:not\s(?:needed"
            r"|required|necessary|checked|asked)|optional)\b",
            V(r"\b(?:any|all|no)\sage(?:s)?\s{opt_short_word}(?:accepted|welcome|ok|okay|fine|needed|required|checks?)\b"),
            r"\bage\s(?:is\s)?(?:not\s(?:a\s)?(?:problem|issue|important|checked)|doesn'?t\smatter|no\sproblem)\b",
        ),
        negatable=False,
        exclude=(_PROTECT, _WARN, r"\b(?:no\sid\s(?:theft|fraud)|we\salways\scheck|must\s(?:show|bring|provide)|upper\sage\slimit"
                 r"|volunteer\w{0,3}|senior|retired|retirees|over\s50)\b",),
        context=60,
        explanation="Says no ID, birth certificate or proof of age is needed, or that age does not matter: a way to "
                    "take on children and people without papers. Weak alone.",
        examples=(
            "No ID needed, start today.",
            "Birth certificate not required.",
            "Any age accepted, cash daily.",
            "Age is not a problem, just come.",
        ),
        counter_examples=(
            "You must bring photo ID on your first day.",
            "There is no upper age limit for volunteers.",
            "We always check ID; applicants must be 18.",
            "Beware of jobs that say no ID needed.",
        ),
    ),
)

"""Organ trade: money offered for a kidney, part of a liver or another organ.

Recruiting people to "donate" an organ for payment is organ trafficking, one
of the exploitation purposes named in the Palermo Protocol. The posts read
like job or charity adverts ("kidney donors needed, the sum of $450,000 will
be paid", "blood group O+ wanted, good compensation, travel to India") and
sometimes hide the organ behind an emoji or a misspelling. Blood drives,
transplant-coordinator jobs and donor-registry campaigns use the same words
without money and are left alone.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import LAW_WARNINGS, SHARED, any_of, phrases, warnings

CATEGORY = "organ_trade"
DESCRIPTION = "Offers money for a kidney, part of a liver or another organ, or recruits paid 'donors'."
REASON = "offers money for organs"
"""What a moderator reads when the category fires (completes "the post ...")."""

_BEAN = "\U0001fad8"
"""The bean emoji used for 'kidney'; kept out of the organ words so that they stay a literal prefilter."""

V = SHARED.extend(
    organ=(r"(?:kidneys?|kidnies|kidny|kidnee|kidnees|kideny|kindey|kindney|kidnye|kidniy|renal|livers?"
           r"|corneas?|organs?)"),
    # "your kidney", "part of my liver", "a spare healthy kidney".
    organ_owned=(r"\b(?:(?:a{sp})?(?:part|piece|portion|lobe|half){sp}of{sp}(?:your|my|his|her|the|a){sp}"
                 r"|(?:your|my|his|her|their|one|a|1|an|human|body|spare|extra|healthy|the){sp}"
                 r"(?:(?:own|spare|extra|healthy|human|body|good){sp})?){organ}(?!\w)"),
    # An organ word standing alone ("organs", "kidney"), not inside another word.
    organ_bare=r"(?<!\w)(?:kidneys?|kidnies|kidny|kidnee|kideny|kindey|kindney|corneas?|human{sp}organs?|organs?)(?!\w)",
    bean=_BEAN,
    donor=r"(?:donors?|donations?|donate|donating|donater|donator|sellers?)",
    # "kidney donor", "donate your kidney", "sell organs".
    organ_donor=(r"(?<!\w){organ}\s{0,3}(?:-\s{0,2})?{donor}\b"
                 r"|\b(?:donate|donating|sell|selling|give|giving){sp}{organ_owned}"
                 r"|\b(?:donate|donating|sell|selling){sp}{organ_bare}"),
    amount=(r"(?<![\w,.$\u00a3\u20ac\u20a6\u20b9])(?>[$\u00a3\u20ac\u20a6\u20b9]\s{0,2}\d[\d,.]{0,12}"
            r"(?:\s{0,2}(?:k|m|million|lakhs?|lacs?|crores?|cr)\b)?"
            r"|\b\d[\d,.]{0,12}\s{0,2}(?:k|m|usd|dollars?|eur|euros?|gbp|pounds?|naira|ngn|rs|inr|rupees?|lakhs?"
            r"|lacs?|crores?|cr|million|php|pesos?|aed|dirhams?|riyals?|sar|usdt|btc|bitcoin)\b"
            r"|\b(?:rs|inr|ngn|usd|php|aed|sar|n)\.?\s{0,2}\d[\d,.]{1,12})"),
    # Words that make a sum big or good, as alternatives to go inside a group.
    big=r"huge|big|good|handsome|large|great|attractive|generous|juicy|lump|massive",
    money=(r"(?>{amount}|\b(?:{big}|life[\s-]{0,2}changing)"
           r"{sp}(?:sum|amount|money|cash|pay|payment|reward|compensation|price|fee|offer)s?\b"
           r"|\bsum{sp}of\b|\bcompensat(?:ion|ed|e|ing)\b|\bfor{sp}(?:a{sp})?(?:fee|price|token)\b"
           r"|\breward(?:ed|s)?\b|\bcash\b|\bfor{sp}money\b"
           r"|\bfinancial{sp}(?:reward|benefit|freedom|gain|help|support)\b|\b(?:will|shall){sp}be{sp}paid\b"
           r"|\bget{sp}paid\b|\bpay{sp}you\b|\bwe{sp}pay\b|\bmoney\b|\bwill{sp}pay\b"
           r"|\bpay(?:ing)?{sp}(?:well|good|big|handsomely)\b|\bpayment\b|\bpaying\b)"),
    # The rarer money words that may open a 'money ... organ donor' phrase (a cheap place to start a match).
    money_lead=(r"(?>{amount}|\b(?:{big}){sp}(?:sum|amount|money|cash|reward|compensation|price)s?\b"
                r"|\bsum{sp}of\b|\bcompensation\b|\brewards?\b)"),
)
"""The organ trade's terms (with the shared ``{sp}`` between words): organ words (``{organ}``,
``{organ_owned}``, ``{organ_bare}``, the bean emoji ``{bean}``), donors (``{donor}``, ``{organ_donor}``), amounts
and money (``{amount}``, ``{big}``, ``{money}``, ``{money_lead}``)."""


_WARNING = warnings("crime", "trafficked", "arrested", "police", "prosecuted", "law", "laws", "prohibited", "banned",
                    "awareness", "report", "news", "investigation", "racket", "ring", "busted", "jail", "prison",
                    "offence", "offense", base=LAW_WARNINGS)
_HONEST = any_of("salary", "per annum", "per year", "per hour", "transplant coordinator", "donor coordinator",
                 "coordinators", "transplant co-ordinator", "donor co-ordinator", "nurse", "nurses",
                 "nursing", "reimburse", "reimburses", "reimbursed", "reimbursement", "reimbursements", "registry", "register as", "blood drive",
                 "blood bank", "voluntary", "unpaid", "competitive compensation", "compensation package",
                 "benefits package", "pipe organ", "church organ", "organist", "piano", "pianos", "keyboards",
                 "chicken liver", "beef liver", "lamb liver", "liver pate", "offal", "butcher", "cod liver",
                 "research", "clinical trial", "study participants")

RULES = (
    Rule(
        id="CT230", category=CATEGORY, name="buy-sell-organ", severity="high", weight=0.85,
        patterns=(
            V("(?:" + phrases("sell", "selling", "sold", "buy", "buying", "purchase", "purchasing", "trade", "trading",
                              "we buy", "we purchase", "buyer", "buyers", "needed to buy")
              + r"){gap_atomic:3}(?:{organ_owned}|{organ_bare})"),
            V(r"(?<!\w){organ}{sp}(?:for{sp}sale|buyers?|sellers?|purchasers?|market|wanted{sp}for{sp}cash"
              r"|sell|bech\w{0,4}|kharid\w{0,4}|benta|ibebenta)\b"),
            V(r"\b(?:sell|selling|sold|buy|buying|trade|trading)\W{1,6}(?:(?:your|my|a|one|1|the|spare|extra){sp}){0,2}{bean}"),
            V(r"{bean}\s{0,3}(?:for{sp}sale|buyers?|sellers?|for{sp}cash)\b"),
            V(r"\b(?:sell|selling){sp}(?:one{sp}of{sp})?(?:your|my){sp}{organ}(?!\w)"),
        ),
        exclude=(_WARNING, _HONEST),
        explanation="Offers to buy, or invites people to sell, a kidney, part of a liver or another organ.",
        examples=(
            "We buy kidney at a good price, contact the hospital agent.",
            "Do you want to sell your kidney for money? Inbox me.",
            "Kidney buyers available in Chennai, genuine deal.",
            "I am selling one of my kidneys, blood group O+.",
            "Sell k1dney and clear your debts.",
        ),
        counter_examples=(
            "Never sell your kidney: organ trading is a crime.",
            "Police arrested a gang that tried to buy kidneys from poor villagers.",
            "Music shop assistant: sell pianos, keyboards and organs.",
            "Butcher counter: sell beef liver, kidneys and other offal.",
            "We do not buy or sell organs; donation is voluntary and unpaid.",
        ),
    ),
    Rule(
        id="CT231", category=CATEGORY, name="paid-organ-donor", severity="high", weight=0.8,
        patterns=(
            V(r"(?:{organ_donor}){gap_atomic:14}(?:{money})"),
            V(r"(?:{money_lead}){gap_atomic:10}(?:{organ_donor})"),
            V(r"(?:\b(?:looking{sp}for|need|needs|needed|want|wanted|require|required|seeking|in{sp}need{sp}of)"
              r"{sp}(?:an?{sp}|one{sp})?(?:healthy{sp})?{organ_bare}){gap_atomic:8}(?:{money})"),
        ),
        exclude=(_WARNING, _HONEST),
        context=80,
        explanation="Recruits kidney, liver or organ 'donors' and promises money, a reward or compensation.",
        examples=(
            "Urgent need of kidney donors for the sum of $450,000.",
            "Liver donor needed, handsome reward for the right person.",
            "Earn 40 lakh by donating your kidney to a patient abroad.",
            "K i d n e y donors wanted!! Cash paid immediately after surgery.",
            "Good compensation for organ donors with blood group B+.",
        ),
        counter_examples=(
            "Sign up to the organ donor registry: one donor can save up to eight lives.",
            "Transplant coordinator supporting living kidney donors; salary $82,000 per annum.",
            "Living kidney donors can claim reimbursement of travel costs from the NHS.",
            "Paying anyone for a kidney is a crime; organ donation must be voluntary.",
            "We are looking for kidney donors for a research study on diet.",
        ),
    ),
    Rule(
        id="CT232", category=CATEGORY, name="blood-group-wanted-paid", severity="medium", weight=0.55,
        patterns=(
            V(r"\bblood{sp}(?:group|type|grp)s?\s{0,3}[:(]?\s{0,3}(?:ab|a|b|o)\s{0,2}(?:\+|-|positive\b|negative\b"
              r"|\+ve\b|-ve\b|pos\b|neg\b)"),
            V(r"\b(?:ab|a|b|o)\s{0,2}(?:\+|-|positive|negative|\+ve|-ve)\s{0,3}(?:blood|bld)\b"),
            V(r"\b(?:ab|a|b|o)\s{0,2}(?:\+|-|\+ve|-ve|positive|negative)\s{0,3}{donor}\b"),
        ),
        requires=(V("{amount}"), V(r"(?<!\w){organ}(?!\w)")),
        exclude=(_WARNING, _HONEST, any_of("plasma", "platelets", "blood donation camp", "donate blood",
                                           "save a life", "save lives")),
        context=120,
        explanation="Wants people of a given blood group, with money or an organ in view: how organ brokers sort 'donors'.",
        examples=(
            "Blood group O+ needed urgently, kidney patient will pay well.",
            "A+ blood donors wanted for kidney transplant, $30,000 given.",
            "Looking for B positive blood, liver surgery in India, all expenses paid.",
            "Blood type: AB- wanted, reward 5 lakh.",
            "O-ve blood group required for renal transplant.",
        ),
        counter_examples=(
            "Blood group O+ needed at Lagos University Teaching Hospital for a patient, please donate blood.",
            "Blood drive this Saturday: all blood groups welcome, A+ and O- especially.",
            "Earn $50 today donating plasma, any blood type.",
            "Lab technician: blood group typing and cross-matching, salary $38,000.",
            "Our blood bank is short of B negative blood.",
        ),
    ),
    Rule(
        id="CT233", category=CATEGORY, name="money-for-organ", severity="high", weight=0.85,
        patterns=(
            V(r"{amount}{gap_atomic:3}(?:for|per){gap_atomic:2}{organ}(?!\w)"),
            V(r"(?<!\w){organ}{gap_atomic:3}(?:is{sp}worth|worth|price|pays?|fetch|fetches|go{sp}for|goes{sp}for"
              r"|sells?{sp}for|for|=)\s{0,3}(?:up{sp}to{sp}|over{sp}|about{sp})?{amount}"),
            V("(?:" + phrases("earn", "make", "get", "receive", "gain", "collect", "paid", "pocket")
              + r"{gap_atomic:3}{money}){gap_atomic:6}(?:(?:by|for|when|if|after|from){sp}"
              r"(?:donating|selling|giving|donate|sell|give)?\s{0,3}{organ_owned})"),
        ),
        exclude=(_WARNING, _HONEST),
        explanation="Puts a price on an organ ('$300,000 for one kidney', 'earn 5 lakh for your kidney').",
        examples=(
            "We pay $300,000 for one kidney, no stress.",
            "Your kidney is worth up to 50 lakh rupees.",
            "Get N15,000,000 for your kidney, surgery done in a top hospital.",
            "Receive cash for part of your liver, travel and hotel covered.",
            "\u20b9 40 lakh per kidney, genuine hospital.",
        ),
        counter_examples=(
            "A kidney transplant costs the NHS about \u00a317,000 a year less than dialysis.",
            "Donors get nothing for their kidney; selling organs is illegal.",
            "Renal nurse, band 6, \u00a337,000 per annum.",
            "Chicken liver pate for \u00a34.50 on the lunch menu.",
            "Live kidney donation is a gift, and the law bans any payment.",
        ),
    ),
    Rule(
        id="CT234", category=CATEGORY, name="spare-kidney", severity="high", weight=0.7,
        patterns=(
            V(r"\b(?:you|we|everyone|everybody|people|humans?){sp}(?:only{sp})?(?:need|needs|require|requires)"
              r"{sp}(?:only{sp})?(?:one|1|a{sp}single){sp}(?:kidney|kidny|kidnee)\b"),
            V(r"\b(?:you|we|everyone|people){sp}(?:have|has|got){sp}(?:two|2){sp}(?:kidneys|kidnies|kidnys)\b"),
            V(r"\b(?:spare|extra|second|other|unused){sp}(?:kidney|kidny|kidnee|\U0001fad8)(?!\w)"),
            V(r"\b(?:one|1){sp}(?:kidney|kidny){sp}is{sp}(?:enough|okay|ok|fine|all{sp}you{sp}need)\b"),
            V(r"\blive{sp}(?:normally|well|fine|healthy|a{sp}normal{sp}life){sp}with{sp}(?:one|1|a"
              r"{sp}single){sp}(?:kidney|kidny)\b"),
        ),
        requires=(V("{money}"),),
        exclude=(_WARNING, _HONEST, any_of("nhs", "living donor programme", "living donor program", "gift",
                                           "volunteer", "doctor will assess")),
        context=120,
        explanation="Talks up a 'spare' kidney ('you only need one') alongside money: the broker's sales pitch.",
        examples=(
            "You only need one kidney to live, so why not earn big money with the other?",
            "God gave you two kidneys. Turn your spare kidney into cash today.",
            "People live normally with one kidney, and we pay $20,000.",
            "One kidney is enough, the reward is 3 million naira.",
            "Everybody has 2 kidneys, use the extra kidney to clear your loans, we give good money.",
        ),
        counter_examples=(
            "Most people live a normal life with one kidney; the NHS living donor programme explains the risks.",
            "You have two kidneys, and both filter your blood, says our health column.",
            "Spare kidney beans are in the pantry for the chilli night.",
            "Selling a spare kidney is illegal, whatever the money offered.",
            "You only need one kidney, but giving one is a gift, never a sale.",
        ),
    ),
    Rule(
        id="CT235", category=CATEGORY, name="donor-travel-abroad", severity="high", weight=0.7,
        patterns=(
            V(r"(?:{organ_donor}|(?<!\w){organ}{sp}(?:transplant|surgery|operation|removal)\b){gap_atomic:14}"
              r"(?:(?:travel|fly|flight|visa|trip|relocate|move|go|taken)\w{0,3}{sp}(?:to|abroad|overseas)\b"
              r"|\b(?:abroad|overseas|outside{sp}the{sp}country|india|turkey|iran|egypt|pakistan|china"
              r"|dubai|thailand|kosovo|malaysia|nepal|sri{sp}lanka)\b)"),
        ),
        requires=(V("{money}"),),
        exclude=(_WARNING, _HONEST, any_of("patients travel", "patient travel", "medical tourism agency")),
        context=80,
        explanation="Offers paid travel abroad to organ 'donors' (or surgery abroad) together with money.",
        examples=(
            "Kidney donors needed, you will travel to India for the surgery and receive $40,000.",
            "Liver donors: free visa and flight to Turkey, big reward after operation.",
            "Organ donation abroad, all expenses paid plus cash.",
            "Kidney operation in Egypt, donors get 15,000 USD.",
            "We take kidney donor to Malaysia, payment 2 million naira.",
        ),
        counter_examples=(
            "Kidney donor support officer: help donors travel to our London clinic; salary \u00a332,000.",
            "Crime report: kidney donors taken to Egypt were never paid.",
            "Living donors who travel to our clinic are reimbursed for travel.",
            "Kidney transplant patients abroad can apply for our scholarship.",
            "Flights to India from \u00a3420, book now.",
        ),
    ),
    Rule(
        id="CT236", category=CATEGORY, name="donor-will-be-paid", severity="high", weight=0.7,
        patterns=(
            V(r"\bdonors?{sp}(?:will|shall|would|is{sp}to|are{sp}to|gets?|receives?){sp}(?:be{sp})?(?:paid|compensated"
              r"|rewarded|given{sp}(?:money|cash|a{sp}reward)|handsomely|good{sp}money|big{sp}money)\b"),
            V(r"\b(?:pay|paying|compensate|compensating|reward|rewarding){sp}(?:the{sp}|our{sp}|every{sp}|each{sp})?"
              r"donors?{sp}(?:well|handsomely|generously|in{sp}cash|\$|\d)"),
            V(r"{organ_bare}{sp}(?:is{sp}|are{sp})?(?:urgently{sp})?(?:needed|wanted|required)"
              r"{gap_atomic:8}{money}"),
        ),
        requires=(V(r"(?<!\w){organ}(?!\w)"),),
        exclude=(_WARNING, _HONEST, any_of("blood donors", "blood donor", "plasma", "sperm", "egg donors", "egg donor")),
        context=80,
        explanation="Promises that organ donors 'will be paid' or are wanted for money.",
        examples=(
            "Kidney needed for transplant, donor will be paid well.",
            "Liver transplant: the donor will be compensated.",
            "Kidney wanted urgently, good money for the right person.",
            "We pay donors handsomely, kidney or liver.",
            "Organ required for my father, donor gets paid in cash.",
        ),
        counter_examples=(
            "Kidney donors are never paid: donation is a gift.",
            "Blood donors will be given refreshments after the kidney research talk.",
            "Egg donors are compensated $8,000 by our fertility clinic.",
            "Kidney transplant coordinator: donors will be paid travel expenses by the NHS scheme, salary \u00a338k.",
            "Kidney stones clinic needs a receptionist.",
        ),
    ),
)

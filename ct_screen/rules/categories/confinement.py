"""Confinement: the worker may not leave, keep a phone or reach their family.

Restriction of movement and isolation are two of the ILO's eleven indicators
of forced labour: domestic workers who "may not leave the house without
madam", farm and factory workers who "live on site and go out only with the
supervisor", recruits whose phones "are kept by the agency until the contract
ends", and those told they "cannot contact family for the first months". An
employer who says so in an advert is telling the worker they will be held.

Honest workplaces restrict movement and phones for a shift (a clean room, a
secure site, a care home's residents, phones in lockers on the shop floor):
those, and the people in a worker's care (children, residents, patients), are
left alone. Warnings that list these signs are discounted like any other.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, warnings

CATEGORY = "confinement"
DESCRIPTION = ("Restricts the worker's movement or contact: may not leave the house, compound or site, the phone is "
               "kept by the employer, or no contact with family.")
REASON = "restricts where the worker may go or whom they may contact"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WARNING = warnings("red flag", "red flags", "trafficking", "traffickers", "forced labour", "forced labor",
                    "exploitation", "exploited", "indicators", "signs of", "victims", "report")
_FOR_A_SHIFT = any_of(
    "during your shift", "during the shift", "during shifts", "during their shift", "during working hours",
    "during work hours", "during lessons", "during the exam", "on the shop floor", "in the clean room", "cleanroom",
    "lockers", "locker", "for safety reasons", "fire alarm", "fire drill", "sign out", "signing out", "visitors",
    "residents", "patients", "children", "pupils", "clients", "guests", "inmates", "prisoners", "the dog", "dogs",
    "pets", "laptops", "equipment", "company property",
)
"""A shift's rules, and the people in a worker's care: what honest workplaces restrict."""
_HOLDER = r"(?:employer|madam|madame|boss|sponsor|agency|agent|supervisor|manager|owner|family|company|kafeel)"
_DURING_CONTRACT = (r"(?:until|till|untill|during|for|throughout)\s(?:the\s|your\s)?(?:end\sof\s(?:the\s|your\s)?)?"
                    r"(?:contract|stay|employment|whole\s(?:time|contract|stay)|first\s(?:\w{1,6}\s)?(?:months?|year"
                    r"|weeks?)|\d{1,2}\s(?:months?|years?))")

V = SHARED.extend(
    # the terms of an offer, not what happened to someone ("she was not allowed to leave the house" reports it)
    not_allowed=(r"(?:(?:is|are|will\sbe|you're|they're|she's|he's)?\s?(?<!\bwas\s)(?<!\bwere\s)not\s(?:allowed"
                 r"|permitted)\sto|may\snot|must\snot"
                 r"|mustn't|cannot|can't|can\snot|won't\sbe\sallowed\sto|are\snot\sto|is\snot\sto|forbidden\sto"
                 r"|prohibited\sfrom|never\sallowed\sto)"),
    leave=r"(?:leave|go\sout(?:side)?(?:\sof)?|step\sout(?:side)?(?:\sof)?|exit|go\sout\salone)",
    place=(r"(?:house|home|compound|premises|villa|apartment|flat|accommodation|hostel|dormitory|dorm|camp|site"
           r"|farm|factory|boat|vessel|residence|quarters)"),
    holder=_HOLDER,
    phone=r"(?:(?:mobile|cell|smart)\s?)?(?:phones?|mobiles?|cellphones?|sim\scards?)",
    kin=(r"(?:family|families|parents|relatives|friends|husband|wife|children|kids|mother|father|mum|mom|dad"
         r"|home)"),
    during_contract=_DURING_CONTRACT,
)
"""The terms of this category's patterns: ``{not_allowed}``, ``{leave}`` and ``{place}`` (may not leave the
house), ``{holder}`` (who holds the worker), ``{phone}``, ``{kin}`` and ``{during_contract}``."""

RULES = (
    Rule(
        id="CT310", category=CATEGORY, name="may-not-leave", severity="high", weight=0.5,
        patterns={
            "not-allowed-to-leave-the-place": V(r"\b{not_allowed}\s{leave}\s(?:the\s|your\s|her\s|his\s|our\s|my\s"
                                                r"|madam's\s|the\semployer's\s|employer's\s)?{place}\b"),
            "out-only-with-the-holder": V(r"\b(?:go(?:ing)?\sout|leave|leaving|outings?|days?\sout)\s(?:of\sthe\s{place}\s)?"
                                          r"(?:only|just)\s(?:with|when\saccompanied\sby|with\sthe\spermission\sof)\s"
                                          r"(?:the\s|your\s)?{holder}\b"),
            "no-going-out": V(r"\bno\s(?:going\sout|outings|leaving\sthe\s{place}|days?\sout)\b{sentence_span:6}"
                              r"\b{during_contract}\b"),
            "stay-inside": V(r"\b(?:stay|stays|remain|remains|kept|locked)\s(?:inside|indoors|in)(?:\s(?:the|our"
                             r"|madam's|the\semployer's)\s{place})?\s(?:at\sall\stimes|all\sthe\stime|24/7|24\shours"
                             r"|day\sand\snight)\b"),
        },
        exclude=(_WARNING, _FOR_A_SHIFT),
        context=80,
        explanation=("Says the worker may not leave the house, compound or site, or goes out only with the "
                     "employer: restriction of movement, an ILO indicator of forced labour."),
        examples=(
            "Housemaid for a family in Riyadh, you are not allowed to leave the house without madam.",
            "Workers live on the farm and may not leave the site, food provided.",
            "Girls stay inside the villa at all times, everything is provided.",
            "Days out only with the sponsor, salary 300 dollars.",
            "No going out until the end of the contract, the agency arranges everything.",
        ),
        counter_examples=(
            "Care assistant: residents may not leave the home unaccompanied, so you will walk with them.",
            "Lab technician: you must not leave the clean room during your shift without gowning down.",
            "Night security guard, you cannot leave the site during working hours.",
            "Victims of forced labour are often not allowed to leave the house: report it.",
            "Live-in housekeeper, own room, two days off a week, free to go out in your time off.",
        ),
    ),
    Rule(
        id="CT311", category=CATEGORY, name="phone-kept", severity="high", weight=0.5,
        patterns={
            "phone-kept-by-holder": V(r"\b(?:your|ur|their|her|his|the\sworkers'?|workers'?)\s{phone}\s(?:will\sbe|is|are"
                                      r"|gets?|must\sbe)\s(?:kept|taken|held|collected|confiscated|locked\saway"
                                      r"|handed\sover)\s(?:by\s(?:the\s)?{holder}|{during_contract})\b"),
            "holder-keeps-phone": V(r"\b(?:we|madam|madame|the\s{holder}|{holder})\s(?:will\s)?(?:keep|keeps|take|takes|hold"
                                    r"|holds|collect|collects|confiscate|confiscates)\s(?:your|ur|their|her|his|the"
                                    r"\sworkers'?)\s{phone}\b"),
            "no-phone-allowed": V(r"\bno\s{phone}\s(?:allowed|permitted|for\sthe\s(?:first|whole)|{during_contract})"
                                  r"(?!\s(?:on\sthe\s(?:shop\s)?floor|at\swork|during\s(?:your\s|the\s)?shift))\b"),
        },
        exclude=(_WARNING, _FOR_A_SHIFT, r"\breturned\sat\sthe\send\sof\s(?:the|each|your)\s(?:shift|day|lesson)"),
        context=80,
        explanation=("Says the employer, madam or agency keeps the worker's phone, or that no phone is allowed for "
                     "the contract: isolation, an ILO indicator of forced labour."),
        examples=(
            "Your phone will be kept by madam, you can call home once a month.",
            "The agency keeps your mobile until the end of the contract.",
            "No phone allowed for the first six months, the employer is strict.",
        ),
        counter_examples=(
            "Phones are kept in lockers during your shift for hygiene reasons.",
            "Scammers and traffickers take their victims' phones: these are red flags.",
            "We will give you a work phone; your own phone stays yours.",
        ),
    ),
    Rule(
        id="CT312", category=CATEGORY, name="no-contact-with-family", severity="high", weight=0.5,
        patterns={
            "may-not-contact-family": V(r"\b{not_allowed}\s(?:contact|call|phone|ring|message|text|visit|see|talk\sto"
                                        r"|speak\sto|write\sto)\s(?:your|ur|their|her|his)\s{kin}\b"),
            "no-contact-with-family": V(r"\bno\s(?:contact|calls?|communication|visits?)\s(?:with|to|from)\s(?:your|ur"
                                        r"|their|her|his)?\s?{kin}\b"),
            "call-home-rarely": V(r"\b(?:call|phone|ring|contact)\s(?:your\s)?(?:home|family)\s(?:only\s)?(?:once\s(?:a|per"
                                  r"|every)\s(?:month|two\smonths|three\smonths|year)|every\s(?:few|two|three|six)\smonths)\b"),
        },
        exclude=(_WARNING, _FOR_A_SHIFT),
        context=80,
        explanation=("Says the worker may not contact their family, or only once a month: isolation, an ILO "
                     "indicator of forced labour."),
        examples=(
            "You cannot contact your family during the first three months.",
            "No contact with family until the contract ends, it is the rule of the house.",
            "You can call home once a month on madam's phone.",
        ),
        counter_examples=(
            "Traffickers cut victims off: no contact with family is a red flag.",
            "Childminder wanted: please do not call your family during lessons with the children.",
            "Offshore rotation, two weeks on two weeks off, wifi on board to call your family.",
        ),
    ),
)

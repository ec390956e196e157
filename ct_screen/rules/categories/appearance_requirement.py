"""Appearance requirements: age, looks, body photos and measurements for ordinary jobs.

Recruiters for sexual exploitation select on youth and looks: "girls 18-25
only", "must be slim and pretty", "send full body photos", "bust/waist/hips".
For a receptionist, waitress, sales girl or "personal assistant" none of this
is a job requirement. Honest model and acting castings do ask for photos,
measurements and a playing age, so their wording is excluded from the
photo, measurement and age rules (revealing photos are never excluded).
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, trie_any_of, warnings

CATEGORY = "appearance_requirement"
DESCRIPTION = "Asks for looks, youth, body photos or body measurements that the job does not need."
REASON = "asks for looks, age, body photos or measurements"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WOMEN = trie_any_of(
    "girl", "girls", "gurl", "gurls", "lady", "ladies", "woman", "women", "female", "females", "babe", "babes",
    "chick", "chicks", "damsel", "damsels", "lass", "lasses", "hostess", "hostesses", "waitress", "waitresses",
    "sales girl", "sales girls", "salesgirl", "salesgirls", "saleslady", "promo girl", "promo girls",
    "receptionist", "receptionists", "models", "model", "dancer", "dancers", "escort", "escorts",
    "companion", "companions", "boys", "guys",
)
_LOOKS = trie_any_of(
    "pretty", "beautiful", "attractive", "good looking", "good-looking", "goodlooking", "handsome", "sexy", "hot",
    "cute", "gorgeous", "stunning", "slim", "slender", "skinny", "petite", "curvy", "busty", "well endowed",
    "well-endowed", "well shaped", "well-shaped", "shapely", "fair skin", "fair skinned", "fair-skinned",
    "light skin", "light skinned",
    "light-skinned", "fair complexion", "light complexion", "nice figure", "good figure", "nice body",
    "good body", "nice shape", "hourglass", "tall and slim", "tall & slim", "pleasing personality",
    "pleasing appearance", "presentable and pretty", "model looks", "model-like", "smart and pretty",
)
_CASTING = trie_any_of(
    "casting", "castings", "model agency", "modelling agency", "modeling agency", "model management",
    "talent agency", "acting", "actor", "actors", "actress", "actresses", "audition", "auditions", "playing age",
    "showreel", "spotlight", "equity", "headshot", "headshots", "comp card", "portfolio", "digitals",
    "photoshoot", "photo shoot", "film", "tv", "television", "drama", "theatre", "theater", "commercial",
    "extras", "character", "role of", "wardrobe", "costume", "fitting", "fittings", "runway", "catwalk",
)
_WARNING = warnings("never ask", "will never", "we never", "report them", "report it", "report", "red flag",
                    "red flags")
_SEND = trie_any_of("send", "sending", "submit", "attach", "attaching", "share", "upload", "dm", "inbox", "whatsapp",
               "email", "e-mail", "mail", "forward", "drop", "post", "with", "include", "including", "come with",
               "bring", "walk-in with", "walk in with", "required", "needed", "provide")
_PHOTO = trie_any_of("photo", "photos", "picture", "pictures", "pic", "pics", "pix", "snap", "snaps", "snapshot",
                "snapshots", "selfie", "selfies", "image", "images", "shot", "shots", "video", "videos")
_AGE_UPPER = r"(?:1[6-9]|2\d|30)"

V = SHARED.extend(
    women=_WOMEN,
    looks=_LOOKS,
    photo=_PHOTO,
    send=_SEND,
    age_upper=_AGE_UPPER,
    age_range=r"\b(?:1[7-9]|2\d)\s{0,2}(?:-|\u2013|to|and)\s{0,2}{age_upper}"
              r"(?:\s{0,2}(?:years?|yrs?|y\.?o\.?|years old|yrs old))?\b",
    revealing=any_of("bikini", "swimsuit", "swimwear", "swim suit", "bathing suit", "lingerie", "underwear",
                     "bra and panties", "nude", "nudes", "naked", "topless", "sexy", "hot", "seductive",
                     "revealing", "tight clothes", "tight dress", "short dress", "body", "boobs", "cleavage",
                     "without clothes"),
    in_revealing=any_of("in bikini", "in a bikini", "in swimwear", "in swimsuit", "in a swimsuit",
                        "in lingerie", "in underwear", "in your underwear", "without clothes", "naked",
                        "nude", "topless", "in tight clothes", "showing your body", "of your body",
                        "showing your figure", "of your figure", "showing your curves"),
    full_body=any_of("full body", "full-body", "whole body", "full length", "full-length", "head to toe",
                     "head-to-toe", "full figure", "full picture", "full pic", "full photo", "full size",
                     "full-size", "standing", "face and body", "face & body", "body and face", "all angles",
                     "front and side", "front, side", "side and back", "front and back"),
    of_full_body=any_of("full body", "full-body", "whole body", "full length", "full-length",
                        "head to toe", "face and body", "face & body", "face + body", "all angles",
                        "front and side", "side and back"),
    must_be=any_of("must be", "should be", "need to be", "needs to be", "have to be", "has to be",
                   "required to be", "must look", "must have a", "must have", "looking for", "we want",
                   "we need", "needed", "wanted"),
    looks_phrase=any_of("nice figure", "good figure", "nice body",
                        "well shaped", "well-shaped", "fair complexion", "light complexion", "fair skinned",
                        "fair-skinned", "light skinned", "light-skinned", "busty", "well endowed", "well-endowed",
                        "model looks", "pleasing personality", "pleasing appearance", "beautiful face", "pretty face",
                        "slim body", "slim figure", "slim build", "curvy body", "sexy body", "hot body",
                        "tall and slim", "tall & slim"),
    young_women=any_of("young girls", "young ladies", "young lady", "young women", "young woman", "young females",
                       "young female", "fresh girls", "teen girls", "teenage girls", "girls only", "ladies only",
                       "females only", "female only", "only girls", "only ladies", "only females"),
    measurements=any_of("measurements"),
    photo_or_size=any_of("photo", "photos", "pics", "pictures", "selfies", "height", "weight", "dress size"),
    photo_or_figure=any_of("photo", "photos", "pics", "pictures", "selfies", "height", "weight", "bust", "waist",
                           "hips"),
    measurement_words=any_of("your measurements", "body measurements", "vital statistics", "vital stats",
                             "bust size", "bust/waist/hips", "bust waist hips", "bust, waist", "bust-waist-hip",
                             "chest/waist/hips", "bra size", "cup size", "hip size", "waist size"),
    your_recent=r"(?:your|ur|a|recent|clear|latest|some|\d)\s{one_word}?",
    selfies=any_of("pics", "pix", "selfie", "selfies", "snaps"),
    to_recruiter=any_of("to me", "to us", "to our manager", "to the manager", "to the boss", "to apply",
                        "before interview", "before the interview", "for selection", "to be selected",
                        "for shortlisting", "inbox", "on whatsapp", "via whatsapp", "on telegram", "in my dm",
                        "in the dm"),
    photos_to_apply=any_of("photos required before interview", "photo required before interview",
                           "send your photo to apply", "send pics to apply", "send your pics to apply",
                           "apply with photos", "apply with your photo", "apply with a photo", "pictures required",
                           "photos required", "photo required"),
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`): ``{women}``, ``{looks}``,
``{photo}`` and ``{send}`` are the lists above, ``{age_range}`` a young age range ("18-25")."""

RULES = (
    Rule(
        id="CT150", category=CATEGORY, name="revealing-photos", severity="high", weight=0.6,
        patterns=(
            V(r"(?:{revealing}){gap:2}(?:{photo})"),
            V(r"(?:{photo}){gap:3}(?:{in_revealing})"),
        ),
        exclude=(_WARNING, any_of("body language", "body shop", "body repair", "car body", "bodywork",
                                  "body of work", "hot desk", "hot food", "hot drinks", "hot weather")),
        explanation=("Asks applicants for bikini, lingerie, nude or 'sexy' photos, or photos showing their body: "
                     "no ordinary job needs them; they are used to select and groom victims for sexual exploitation."),
        examples=(
            "Send bikini photos to our manager.",
            "DM us your body pics.",
            "Apply with 3 photos in swimwear.",
            "Send sexy pictures to get the job.",
        ),
        counter_examples=(
            "We never ask for bikini or lingerie photos; report anyone who does.",
            "Car body repair technician, photos of your work welcome.",
            "Lifeguard needed at the pool, swimwear provided.",
            "Hot food counter assistant, photo ID required on day one.",
        ),
    ),
    Rule(
        id="CT151", category=CATEGORY, name="full-body-photos", severity="medium", weight=0.5,
        patterns=(
            V(r"(?:{full_body}){gap:3}(?:{photo})"),
            V(r"(?:{photo}){gap:3}(?:{of_full_body})"),
        ),
        exclude=(_WARNING, _CASTING, any_of("passport size", "passport-size", "passport photo", "passport photos",
                                            "id photo", "photo id")),
        context=120,
        explanation=("Asks for full-body, head-to-toe or 'face and body' photos from applicants for a job that "
                     "does not involve modelling: selection on looks and body."),
        examples=(
            "Send your CV with a full length photo.",
            "Come with 2 whole body pictures.",
            "Send 3 selfies (face + body).",
            "Full body pics required for the waitress job.",
        ),
        counter_examples=(
            "Open casting at our model agency: bring a headshot and a full length photo.",
            "Bring two passport size photos and your ID.",
            "We will never ask you for full body photos.",
            "Full body workout classes for staff every Friday.",
        ),
    ),
    Rule(
        id="CT152", category=CATEGORY, name="looks-requirement", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:{must_be}){gap:3}(?:{looks})"),
            V(r"(?:{looks}){gap:2}(?:{women})"),
            V(r"(?:{women}){gap:1}(?:(?:who|that|which)\s(?:are|is|look|looks)\s(?:very\s|really\s)?(?:{looks}))"),
            V(r"{looks_phrase}"),
        ),
        exclude=(_WARNING, _CASTING, any_of("attractive salary", "attractive salaries", "attractive package",
                                            "attractive packages", "attractive benefits", "attractive pay",
                                            "attractive remuneration", "attractive compensation", "attractive rate",
                                            "attractive rates", "attractive commission", "attractive bonus",
                                            "attractive location", "beautiful office", "beautiful city",
                                            "beautiful views", "beautiful gardens", "beautiful grounds",
                                            "beautiful products", "beautiful homes", "beautiful designs",
                                            "slim chance", "slim margins", "fair pay", "fair wage", "fair wages",
                                            "fair and equal", "fair and transparent", "fair and consistent", "fair and honest", "fair and square",
                                            "fair and reasonable", "fair treatment", "hot food", "hot drinks", "hot desk",
                                            "hot desking", "pretty good", "pretty much", "cute animals",
                                            "hot tub", "slimming", "weight loss")),
        explanation=("Requires applicants to be pretty, slim, sexy, fair-skinned or of a 'pleasing personality' "
                     "(a euphemism for looks): selection on appearance for work that does not need it."),
        examples=(
            "Sales girls needed, must be pretty and slim.",
            "Looking for attractive ladies for a VIP lounge.",
            "Fair and good looking receptionist wanted.",
            "Female, with pleasing personality, 5'3 and above.",
            "Girls who are slim and beautiful apply.",
        ),
        counter_examples=(
            "Attractive salary and benefits for experienced nurses.",
            "Beautiful hospital grounds in Surrey.",
            "Casting call: female lead, attractive, playing age 20-25, via Spotlight.",
            "Must be professional, punctual and well presented.",
            "Hot food counter assistant, fair pay.",
        ),
    ),
    Rule(
        id="CT153", category=CATEGORY, name="young-women-only", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:{women}){gap:3}(?:(?:(?:age|aged|ages|between|from)\s{0,2})?{age_range})"),
            V(r"(?:{age_range}){gap:2}(?:{women})"),
            V(r"{age_range}{gap:1}(?:only|max|maximum|strictly)\b"),
            V(r"{young_women}"),
            V(r"\b(?:not older than|not more than|no older than|below|under|less than)\s{0,2}(?:the age of\s{0,2})?"
              r"{age_upper}\s{0,2}(?:years?|yrs?|y\.?o\.?)\b"),
            V(r"\b(?:maximum age|max age|age limit|age max|age)\s{0,2}(?::|-|of|is)?\s{0,2}(?:below|under|max|maximum|up to)"
              r"?\s{0,2}{age_upper}\b(?!\s{0,2}(?:-|to|\u2013))"),
        ),
        requires=(_WOMEN, any_of("only", "young", "pretty", "beautiful", "slim", "attractive", "sexy", "hot")),
        exclude=(_WARNING, _CASTING, any_of("under 18", "under 16", "under 18s", "over 18", "18 or over",
                                            "18 and over", "18+", "aged 18 or over", "at least 18", "minimum age",
                                            "au pair", "au-pair", "apprentice", "apprenticeship", "youth scheme",
                                            "young people", "young person", "graduate", "graduates", "students",
                                            "girls' school", "girls school", "girl guides", "girls aged",
                                            "children", "pupils", "our customers", "customers aged", "clients aged",
                                            "patients aged", "for women aged", "women's health", "mentoring",
                                            "caregiver for", "care for", "caring for", "support for", "supports",
                                            "client", "our client's daughter", "disability", "disabilities")),
        explanation=("Limits an ordinary job to young women or girls ('girls 18-25 only', 'young ladies', "
                     "'not older than 25'): the age-and-gender selection of sexual-exploitation recruiters."),
        examples=(
            "Hiring girls 18-25 only for the lounge.",
            "Young ladies needed as hostesses.",
            "Female receptionist, not older than 25 years, must be pretty.",
            "Waitresses wanted, age 19-24 only.",
        ),
        counter_examples=(
            "Au pair for a family in Madrid, applicants 18-30.",
            "Casting: female, playing age 18-25, send headshot via Spotlight.",
            "Bar staff, must be 18 or over.",
            "Youth worker for a girls' football club, ages 11-16.",
        ),
    ),
    Rule(
        id="CT154", category=CATEGORY, name="body-measurements", severity="high", weight=0.55,
        patterns=(
            V(r"(?:{photo_or_size}){gap:3}(?:{measurements})"),
            V(r"(?:{measurements}){gap:3}(?:{photo_or_figure})"),
            V(r"{measurement_words}"),
            V(r"\b(?:bust|chest)\W{1,3}(?:\d{2}\W{1,3})?(?:waist)\b"),
            V(r"\b(?:3[0-9]|4[0-2])\s?-\s?(?:2[0-9]|3[0-2])\s?-\s?(?:3[0-9]|4[0-4])\b"),
        ),
        exclude=(_WARNING, _CASTING, any_of("measurements of", "take measurements", "taking measurements",
                                            "measurement data", "measurement systems", "measurement tools",
                                            "metrics", "kpi", "kpis", "survey", "surveying", "surveyor",
                                            "engineering", "engineer", "calibration", "laboratory", "lab",
                                            "tailor", "tailoring", "alterations", "seamstress", "bespoke",
                                            "customers' measurements", "customer measurements",
                                            "clients' measurements", "measure customers", "fit customers",
                                            "bra fitting", "bra fitter", "lingerie fitter", "uniform sizes",
                                            "uniform size", "for your uniform", "for the uniform")),
        context=80,
        explanation=("Asks for bust, waist, hip or cup measurements ('vital statistics', '34-24-36') from "
                     "applicants for jobs that are not modelling: selection on the body."),
        examples=(
            "Send your measurements (bust/waist/hips) with your photo.",
            "Vital statistics required for the hostess job.",
            "Ladies with 36-24-38 figure preferred.",
            "State your bra size and height.",
        ),
        counter_examples=(
            "Quality engineer: take measurements and calibrate instruments.",
            "Tailor: take customers' measurements and do alterations.",
            "Model agency casting: we take your measurements at the open day.",
            "Please give your sizes for your uniform.",
        ),
    ),
    Rule(
        id="CT155", category=CATEGORY, name="height-weight-photo-for-ordinary-job", severity="low", weight=0.3,
        patterns=(
            V(r"\b(?:weight|weighing|weigh)\s{0,2}(?::|-|of|between|below|under|not more than|not above|max|maximum"
              r"|must be|should be)?\s{0,3}\d{2,3}\s{0,2}(?:-|to)?\s{0,2}(?:\d{2,3}\s{0,2})?(?:kg|kgs|kilos|lbs|pounds)\b"),
            V(r"\b(?:height|tall|heights)\s{0,2}(?::|-|of|at least|minimum|min|above|from|must be|should be|not less than)?"
              r"\s{0,3}(?:\d{3}\s{0,2}cm|[4-6]\s{0,2}(?:'|ft|feet|foot)\s{0,2}\d{0,2})"),
            V(r"\b(?:\d{3}\s{0,2}cm|[4-6]\s{0,2}(?:'|ft|feet)\s{0,2}\d{0,2}\s{0,2}(?:\"|in|inches)?)\s{0,2}"
              r"(?:and above|or above|above|\+|tall|minimum|min|and taller)"),
            V(r"(?:{send}){gap:2}(?:{your_recent}(?:{selfies}))"),
            V(r"(?:{send}){gap:2}(?:{your_recent}(?:{photo}){gap:2}(?:{to_recruiter}))"),
            V(r"{photos_to_apply}"),
        ),
        requires=(_WOMEN, _LOOKS, any_of("receptionist", "waitress", "hostess", "sales", "assistant", "cashier",
                                         "promoter", "secretary", "nanny", "housemaid", "maid", "lounge", "bar",
                                         "club", "hotel", "spa", "massage", "office")),
        exclude=(_WARNING, _CASTING, any_of("cabin crew", "flight attendant", "air cabin", "pilot", "police",
                                            "army", "military", "navy", "firefighter", "firefighters", "security",
                                            "lift", "lifting", "carry", "loads", "parcels", "passport photo",
                                            "passport photos", "passport size", "passport-size", "photo id",
                                            "id photo", "photos of your work", "photos of the work",
                                            "photos of your projects", "portfolio", "photography", "photographer",
                                            "photographers", "property photos", "product photos", "food photos",
                                            "photos of the property", "photos of products", "photo booth")),
        context=80,
        explanation=("Sets height or weight limits, or asks for photos or selfies to apply, for a receptionist, "
                     "waitress, sales or office job: selection on the body rather than on skills."),
        examples=(
            "Receptionist, height 5'4 and above, send your photo to apply.",
            "Waitress wanted, weight not more than 55 kg.",
            "Sales girls: send your pics to me on WhatsApp.",
            "Hostess job, photos required before interview.",
        ),
        counter_examples=(
            "Cabin crew: minimum height 157 cm to reach the overhead lockers.",
            "Warehouse assistant: must be able to lift 25 kg.",
            "Receptionist at a dental office: bring two passport photos on your first day.",
            "Sales assistant: send us photos of your work and your portfolio.",
        ),
    ),
)

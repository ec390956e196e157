"""Guaranteed jobs: "100% job guarantee", "direct joining, no interview", "offer letter on the spot".

Fake placement agencies and job-text scams sell the job itself: the post
promises that the job or the placement is guaranteed, that the reader joins
directly without an interview, a test or an exam, or that an offer letter comes
on the spot or the same day. Cyber-police and consumer warnings about fake job
offers (India's state cyber cells, the FTC, Scamwatch) name this "background
entry" or "backdoor" hiring as the hook that precedes a registration, security
or "GST" fee. No honest employer can promise a job before it has met the
applicant; training courses that say a job is *not* guaranteed are left alone.
Weak on its own; with a private phone number, a fee or a chat app it is not.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import SHARED, any_of, warnings

CATEGORY = "guaranteed_job"
DESCRIPTION = ("Promises the job itself: a job or placement guaranteed, joining directly without an interview, "
               "test or exam, an offer letter on the spot.")
REASON = "promises a guaranteed job, or hiring without any interview or selection"
"""What a moderator reads when the category fires (completes "the post ...")."""

_WARNING = warnings("fake", "never", "report", "red flag", "too good to be true", "no genuine", "no real",
                    "no legitimate", "legitimate employers", "genuine employers")

V = SHARED.extend(
    job=r"(?:jobs?|placements?|employment|selection|appointment|joining|visa\sand\sjob)",
    sure=r"(?:guaranteed|guarantee|assured|sure[\s-]?shot)",
    direct=r"(?:direct|immediate|instant|spot|on[\s-]the[\s-]spot|same[\s-]day)",
    no_interview=r"\b(?:without|no)\s(?:any\s)?(?:interview|test|exam|written\stest|selection\sprocess)s?\b",
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`)."""

RULES = (
    Rule(
        id="CT290", category=CATEGORY, name="job-guaranteed", severity="medium", weight=0.35,
        patterns={
            "guaranteed-job": V(r"\b(?:100\s?%\s?)?{sure}{sp}(?:govt\s|government\s|permanent\s)?{job}\b"),
            "job-guaranteed": V(r"\b{job}{sp}(?:is{sp}|are{sp}|will{sp}be{sp})?(?:100\s?%\s?)?{sure}\b"),
            "hundred-percent-job": V(r"\b100\s?%\s?(?:job|placement|selection|joining)s?\b(?!{sp}(?:assistance|support"
                                     r"|help|guidance|record))"),
        },
        exclude=(_WARNING, any_of("does not guarantee", "doesn't guarantee", "do not guarantee", "cannot guarantee",
                                  "can't guarantee", "no guarantee", "not a guarantee", "not guaranteed",
                                  "guaranteed interview", "guaranteed hours", "guaranteed minimum")),
        explanation=("Promises that the job, the placement or the selection is guaranteed: no honest employer or "
                     "agency can promise a job before meeting the applicant, and fake placement agencies sell "
                     "the promise for a fee."),
        examples=(
            "100% job guarantee in top companies, call our HR desk today.",
            "Guaranteed placement in Canada after the course, limited seats.",
            "Your job is assured, just complete the formalities with our agent.",
            "Sure-shot government job for graduates, contact 98xxxxxx10.",
        ),
        counter_examples=(
            "Completing the apprenticeship does not guarantee a permanent job.",
            "Disability Confident employer: we offer a guaranteed interview to applicants who meet the criteria.",
            "Guaranteed hours of 30 a week, paid holiday and a pension.",
            "Your employment will be confirmed after a six-month probation.",
            "Fake agencies promise a guaranteed job abroad: never pay them.",
            "Our academy offers 100% placement assistance and interview coaching.",
        ),
    ),
    Rule(
        id="CT291", category=CATEGORY, name="hired-without-selection", severity="medium", weight=0.3,
        patterns={
            "direct-joining": V(r"\b{direct}{sp}(?:joining|selection|appointment|offer\sletter)s?\b"),
            "no-interview-then-joining": V(r"{no_interview}{gap:4}(?:{direct}{sp})?(?:joining|join|selection|selected"
                                           r"|offer\sletter|appointment\sletter|hired)\b"),
            "joining-without-interview": V(r"\b(?:joining|join|selection|selected|hired|offer\sletter|appointment)"
                                           r"{gap:3}{no_interview}"),
            "offer-letter-fast": V(r"\b(?:offer|appointment|joining)\sletters?{sp}(?:within{sp}\d{1,2}{sp}(?:hours?|hrs"
                                   r"|days?)|in{sp}\d{1,2}{sp}(?:hours?|hrs)|on{sp}the{sp}same{sp}day|the{sp}same{sp}day"
                                   r"|on{sp}the{sp}spot|immediately)\b"),
            "backdoor-entry": V(r"\b(?:back[\s-]?door|background)\s(?:entry|job|jobs|placement|hiring|selection)\b"),
        },
        negatable=False,
        exclude=(_WARNING,),
        explanation=("Offers hiring without any interview, test or selection ('direct joining', 'spot offer "
                     "letter', 'backdoor entry'): the hook of fake placement agencies, who then ask for a "
                     "registration or security fee."),
        examples=(
            "Direct joining in a reputed MNC, no interview, salary 25k. Call HR Priya.",
            "Spot offer letter on the same day for freshers, walk in with two photos.",
            "No interview, you are selected directly, send your documents on WhatsApp.",
            "Backdoor entry jobs in top IT companies for graduates.",
            "Appointment letter within 24 hours, contact our office.",
        ),
        counter_examples=(
            "Immediate joiners preferred; two interview rounds and a written test.",
            "Please bring your documents to the interview; offer letters follow reference checks.",
            "Direct Line Group is hiring claims handlers in Leeds.",
            "Beware of fake agents who promise direct joining without interview.",
            "Background checks are done after the interview.",
        ),
    ),
)

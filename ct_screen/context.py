"""Warnings about scams are not scams: find the sentences that warn, so their red flags are discounted.

A platform's safety tips ("a real employer will never ask you to pay for
training"), a company's fraud alert about an impersonator, a news story or a
victim's account all name the tactics they warn about. Read sentence by
sentence, such a sentence carries *warning vocabulary* (scam, fraud, fake,
impersonate, beware, report, never ask/charge, do not pay/send, and the
anti-trafficking awareness words of NGO red-flag lists: human trafficking,
forced labour, survivors, know the signs, hotline ...), and does
not carry a recruiter's *reassurance* ("this is not a scam", "100% legit",
"no trafficking"),
which scammers use to launder the same words.

The warning context is the warning sentences, plus the list items that
follow a warning heading (a warning sentence ending in ``:``) up to the next
line that is not a list item, plus, in a post that is mostly warning and holds
no contact and no call to reply, a sentence that explains the tactic between two
warning sentences ("A task scam starts with a message. *You earn small amounts,
then must top up with crypto.* Real employers never ask you to pay."), if it
holds no number or reports what others do ("*Applicants are told to pay £150.*"). A warning sentence placed before a real scam does not hide it: the
scam's own sentences after it are read as usual.

The patterns are bounded (no nested repetition) and run on the normalised,
lower-cased text; spans are offsets into that text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

import regex

from .alike import reads_alike

__all__ = ["PREFILTERED", "WarningContext", "find_warning_context", "has_reply_path", "SpanIndex"]


class _Lazy:
    """A pattern compiled on first use: its ``pattern`` (the source) is there at once, every other attribute
    (``search``, ``finditer`` ...) is the compiled pattern's. The warning vocabularies cost about 35 ms to compile;
    with the native prefilter most posts never need them (it rules both searches out), so a process that screens
    ordinary posts never compiles them. Thread-safe: a race only compiles twice."""

    __slots__ = ("pattern", "_compile", "_compiled")

    def __init__(self, compile_: Callable[[str], Any], pattern: str) -> None:
        self.pattern = pattern
        self._compile = compile_
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = self._compile(self.pattern)
        return getattr(compiled, name)


def _lazy(compile_: Callable[[str], Any], pattern: str) -> Any:
    """``compile_(pattern)``, compiled on first use (:class:`_Lazy`)."""
    return _Lazy(compile_, pattern)


_EMOJI = "\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55"
_SENTENCE_END = regex.compile(rf"(?<![.!?;])[.!?;]++(?=\s|$)|\n|(?<![{_EMOJI}])[{_EMOJI}]++(?=\s|$)")
r"""A run of sentence punctuation followed by a space or the end, or a line break. Tried only where a run
starts, and never shortened: the plain ``[.!?;]+(?=\s|$)`` retries every shorter run from every offset
inside it, which made 50,000 dots cost 0.7 s (the ends it finds are the same). A run of emoji before a space ends a
sentence too, as a full stop does in social posts ("Real employers never ask for money, and neither do we 🙂
Warehouse jobs ..., cover the €180 fee")."""
_LIST_ITEM = regex.compile(r"\s*(?:[-*\u2022\u25cf\u25aa\u2013\u2014>]|\d{1,2}[.)])\s")

_WARNING = _lazy(regex.compile,
    r"\b(?:"
    r"scam(?:s|mer|mers|med|ming)?|fraud(?:s|ster|sters|ulent)?|fake(?:s)?|impersonat\w{0,6}|phishing|"
    r"con\s+artists?|swindl\w{0,4}|"
    r"bewar\w{0,2}|be\s+(?:careful|cautious|wary|vigilant|alert)|watch\s+out|look\s+out\s+for|"
    r"stay(?:ing)?\s+safe|safety\s+tips?|protect\s+yourself|red\s+flags?|warning\s+signs?|"
    r"how\s+to\s+(?:spot|avoid|recogni[sz]e)|"
    r"(?:please\s+)?report\s+(?:it|this|them|these|the\s+(?:post|message|account|number|ad)|such|any|suspicious)|"
    r"(?:will|would|does|do|should)\s+never\s+(?:ask|request|charge|require|demand|need|contact)|"
    r"never\s+(?:ask|asks|charge|charges|request|requests|require|requires)\b|"
    r"(?:do\s+not|don't|dont|never)\s+(?:pay|transfer|wire|hand\s+over|buy\s+gift|"
    r"send\s+(?:money|any\s+money|payments?|fees?|your\s+(?:passport|bank|id))|"
    r"give\s+(?:money|your\s+(?:passport|bank|id)))|"
    r"someone\s+(?:is\s+)?(?:using|pretending|posing|claiming)|pretend(?:ing)?\s+to\s+be|posing\s+as|"
    r"(?:using|uses|used|copying|copies|copied|misusing|stealing|stole)\s+our\s+(?:company\s+)?(?:name|logo|brand"
    r"|branding|website|identity)|not\s+affiliated\s+with|"
    r"(?:has|have)\s+received\s+(?:[\w'-]+\s+){0,2}(?:reports|enquiries|inquiries|complaints)|"
    # anti-trafficking awareness: NGO red-flag lists, survivors' accounts, hotlines
    r"(?:human|labou?r|sex)\s+trafficking|traffickers?|trafficking\s+(?:victims?|survivors?)|"
    r"modern\s+slavery|forced\s+labou?r|survivors?|victims?\s+(?:of|often|describe|report|say|said|told)|"
    r"know\s+the\s+signs|signs\s+of\s+(?:a\s+)?(?:trafficking|exploitation|scam|fraud)|"
    # "signs that a job offer may be a route into exploitation", "trafficking awareness"
    r"signs?\s+(?:that|of)\s+(?:[\w'-]+\s+){1,8}?(?:scams?|fraud|fake|exploitation|trafficking|forced\s+labou?r)|"
    r"(?:anti-?\s?)?trafficking\s+(?:awareness|prevention|alert|warning)|anti-?\s?trafficking|"
    r"(?:call|contact|ring|text|to|told|called|contacted|rang)\s+(?:the|a|our|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:hotline|helpline|advice\s+line|confidential\s+line)|"
    r"consumer\s+(?:alert|advice|warning)|"
    # notices by police, banks and consumer agencies, and victims' accounts
    r"(?:police|fraud|scam|safety|bank)\s+(?:warning|alert|advice|advisory)|"
    # "police in northshire are urging jobseekers to think twice"
    r"(?:police|authorities|officers|regulators?|trading\s+standards|action\s+fraud|banks?|councils?)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:are|is|have\s+been|has\s+been)\s+(?:urging|warning|advising|reminding)|"
    r"think\s+twice\s+before|"
    # a bank's advice: "call the number on the back of your card"
    r"number\s+on\s+the\s+back\s+of\s+your\s+(?:bank\s+|debit\s+|credit\s+)?card|"
    r"(?:to\s+)?warn(?:ing)?\s+(?:others|you|people|everyone|jobseekers|job\s+seekers|candidates|applicants)|"
    r"too\s+good\s+to\s+be\s+true|scam\s+awareness|think\s+before\s+you\s+(?:click|pay|send|apply|sign)|"
    r"(?:a|the)\s+common\s+(?:trick|tactic|ploy)|i\s+lost\s+(?:my|the|all|\$|\d)|(?:cheque|check)\s+bounced|"
    r"turned\s+out\s+to\s+be\s+(?:a\s+)?(?:scam|fake|fraud)|(?:victims?|people)\s+(?:lose|losing|lost)\s+"
    r"(?:the|their|money|everything)|you\s+(?:lose|losing|lost)\s+(?:the\s+money|your\s+money|money|everything)|"
    r"losing\s+yours|"
    r"(?:does|do|will|would)\s+not\s+charge\s+(?:for|any|applicants|candidates|job|you(?=\s*(?:[.!;,]|$)))|"
    r"report\s+(?:the|this)\s+(?:page|profile|listing|group)|spot(?:ting)?\s+(?:the\s+)?(?:signs|scams?|fakes?|fraud|"
    r"exploitation|trafficking)|"
    r"defendants?|prosecutors?|(?:was|were)\s+(?:convicted|sentenced|jailed|charged|arrested)|"
    r"(?:the\s+)?court\s+(?:heard|was\s+told)|"
    r"criminals|crooks|criminal\s+(?:gangs?|groups?|networks?)|money\s+mul(?:e|es|ing)|money\s+laundering|"
    r"stolen\s+(?:money|funds|cash)|(?:money|funds|cash)\s+(?:is|was|are|were)\s+stolen|"
    r"(?:a|an)\s+(?:rise|increase|surge|spike)\s+in\s+(?:messages|texts|reports|scams|cases|fake)|"
    r"(?:we|i)\s+(?:do\s+not|don't|dont|will\s+not|won't|never)\s+(?:charge|ask\s+for|request|require|take)\s+"
    r"(?:any\s+)?(?:fees?|money|payments?|deposits?)|"
    r"(?:is|are|be)\s+(?:a\s+)?(?:crime|criminal\s+offen[cs]e)|"
    r"victims?\s+(?:are|were|is|was|have|had|get|got|lose|lost|then)|"
    r"(?:legitimate|real|genuine|honest)\s+(?:jobs?|employers?|companies|recruiters?|agencies)\s+"
    r"(?:will\s+)?(?:never|don't|dont|do\s+not|won't|wont|would\s+not|wouldn't)|"
    # "no legitimate family or agency asks a nanny to pay", "no real company hires you over telegram"
    r"no\s+(?:legitimate|real|genuine|honest|reputable)\s+(?:[\w'-]+\s+){1,3}?(?:asks?|charges?|requires?|hires?"
    r"|will|would|should|needs?|wants?)\b|"
    r"(?:nearly|almost)\s+(?:fell|fall(?:en)?)\s+for|fell\s+for\s+(?:this|it|a|the)|"
    r"(?:nearly|almost)\s+(?:got|get|been)\s+(?:scammed|conned|tricked)|"
    r"share\s+(?:this\s+)?(?:to\s+warn|so\s+(?:nobody|no\s+one|others\s+(?:don't|do\s+not|won't)))|"
    r"so\s+(?:nobody|no\s+one)\s+(?:else\s+)?(?:gets?|falls?|is)\s+(?:scammed|caught|fooled|tricked|conned)|"
    r"so\s+(?:nobody|no\s+one)\s+(?:else\s+)?falls?\s+for\s+(?:it|this|them)|"
    # advisories (embassies, cyber police) and victims' accounts: "the agency does not exist", "then blocked me"
    r"(?:embassy|consulate|government|ministry|travel|cyber|public)\s+advisory|"
    # a company's fraud notice: "it has come to our attention that ...", "we have been made aware of ..."
    r"(?:it\s+has|it's)\s+come\s+to\s+our\s+(?:attention|notice)|we\s+(?:have|'ve)\s+been\s+made\s+aware|"
    r"we\s+are\s+aware\s+(?:of\s+(?:fake|fraudulent|false|bogus|unauthori[sz]ed)|that\s+(?:fake|fraudulent|someone|some"
    r"\s+people|individuals|criminals|scammers|fraudsters))|"
    r"(?:are|is|were|was|be)\s+warned\s+(?:against|about|not\s+to)|"
    r"(?:verify|check)\s+(?:every|any|each)\s+(?:offer|job|recruiter|agency|agent)|"
    r"(?:jobs?|work|vacanc(?:y|ies)|agenc(?:y|ies)|agents?|compan(?:y|ies)|offers?|positions?|roles?|employers?)\s+"
    r"(?:(?:that|which|who)\s+)?(?:did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|never)\s+exist(?:ed)?|"
    r"(?:then|and)\s+blocked\s+me|"
    # disclaimers, rights and moderation notices: "it did not come from us", "agencies are not allowed to charge
    # you", "we do not recruit through WhatsApp", "we removed posts offering ..."
    r"(?:is|are|was|were|did)\s+not\s+(?:come\s+|sent\s+)?from\s+us|(?:isn't|aren't|wasn't|weren't)\s+from\s+us|"
    r"(?:do|does|did|will)\s+not\s+(?:use|recruit\s+(?:through|via|on|over|by)|hire\s+(?:through|via|on|over|by)|"
    r"interview\s+(?:through|via|on|over|by))\s+(?:whatsapp|telegram|signal|instagram|facebook|tiktok|text\s+messages?|"
    r"sms|social\s+media|messaging\s+apps?)|"
    r"(?:are|is)\s+not\s+(?:allowed|permitted)\s+to\s+(?:charge|take|keep|hold)|illegal\s+to\s+(?:charge|keep|hold|take)|"
    r"(?:we|we've|weve|have|has)\s+(?:removed|taken\s+down|deleted|banned|suspended)\s+"
    r"(?:the\s+|these\s+|several\s+|\d+\s+)?"
    r"(?:posts?|accounts?|ads|adverts|listings|pages|profiles)"
    r")\b")
"""Words that mark a sentence as a warning about scams."""
_WARNING_RE = _lazy(re.compile, _WARNING.pattern)
"""The same pattern for Python's ``re``: the same matches in a text :func:`~ct_screen.alike.reads_alike`, found
about twice as fast (and without the timeout, which a bounded pattern on such a text does not need)."""

_REASSURANCE = _lazy(regex.compile,
    r"\b(?:not\s+a\s+scam|no\s+scam|scam[\s-]?free|fraud[\s-]?free|(?:100\s*%?|totally|fully)\s+(?:legit|legal|genuine|real)|"
    r"this\s+is\s+(?:legit|real|genuine)|no\s+fake|not\s+fake|trust\s+me|not\s+too\s+good\s+to\s+be\s+true|"
    r"(?:not|no)\s+(?:human\s+)?trafficking|(?:not|no)\s+forced\s+labou?r|"
    r"(?:not|no|isn't|isnt)\s+(?:money\s+laundering|a\s+crime|illegal|criminal|a\s+money\s+mule)|"
    r"(?:our|my|this)\s+(?:offer|job|jobs|company|agency|work|opportunity|vacancy|business|page)\s+(?:is|are)\s+"
    r"(?:100\s*%\s+)?(?:genuine|real|legit|legitimate|authentic))\b")
"""A recruiter's reassurance: a sentence with it is never a warning, whatever else it says."""

_REPLY_OR_CONTACT = regex.compile(
    r"\d[\d\s().-]{6,20}\d|@\w|https?:|www\.|\w\.(?:com|me|ly|co|net|org|io)\b|\b(?:wa\.me|t\.me)\b|"
    r"\b(?:contact|message|text|call|email|e-mail|dm|pm|inbox|whatsapp|telegram|apply|register|join|reply|"
    r"sign\s+up|click)\s+(?:us|me|now|today|here|our|my|for|to\s+(?:start|apply|join))\b")
"""A contact or a call to reply: a post with one has no sentence read as a warning's explanation."""
_CLAUSE_END = regex.compile(r"[,:\u2013\u2014]|\s-\s|\b(?:but|however)\b")
"""Where a clause of a sentence ends: a comma, a colon, a dash, or before "but"/"however"."""
_QUOTED = regex.compile(r"(?<!\w)['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,200}['\"\u2019\u201d](?!\w)")
"""A quotation: a quote mark after no letter, up to 200 characters with no quote mark, and a quote mark before no
letter (so the apostrophes of "don't" and "we're" open and close nothing)."""
_OFFER_CLAUSE = _lazy(regex.compile,
    r"^\W*(?:(?:and|then|so|just|only|now|also|pls|please)\s+)?"
    r"(?:earn|make\s+(?:money|\$|\d)|get\s+paid|pay|deposit|join|apply|contact|message|dm|pm|inbox|text|whatsapp|"
    r"telegram|register|sign\s+up|click|reply|start\s+(?:today|now|earning))\b"
    r"|^\W*(?!(?:a|an|the|any|some|such|fake|offers?|promises?|ads?|adverts?|posts?|offering|promising|advertising"
    r"|claiming|pretending)\b)(?:[\w'-]+\s+){0,3}"
    r"(?:jobs?|work|vacanc(?:y|ies)|positions?|openings?)\s+(?:in|at|for|from|abroad|available"
    r"|with|paying|\d)\b"
    r"|\b(?:we|our\s+(?:agency|company|team|offer|job|jobs|work|firm|business))\s+(?:pay|pays|offer|offers|hire|hires|"
    r"are\s+hiring|need|needs|provide|provides|keep|keeps|send|sends|only\s+charge|charge|are\s+(?:different|real|legit|"
    r"genuine|licensed|hiring)|is\s+(?:different|real|legit|genuine|licensed))\b")
"""A clause that makes an offer to the reader ("earn 300 a day", "hostess jobs in Dubai", "we pay daily", "our
agency is licensed"): in a warning sentence without a warning word of its own, it is the offer, not the warning."""
_TO_PROTECTION = regex.compile(
    r"\b(?:contact|call|ring|email|e-mail|text|tell|speak\s+to|talk\s+to|report\s+(?:it\s+|them\s+)?to)\s+"
    r"(?:the\s+|our\s+|your\s+|a\s+)?(?:local\s+|national\s+)?(?:safeguarding|security|fraud|anti-fraud|police|trading"
    r"\s+standards|action\s+fraud|helpline|hotline|careers\s+(?:service|office)|union|consumer|child\s+protection"
    r"|modern\s+slavery|labou?r\s+inspector)")
"""A call to those who protect the reader (the police, a bank's fraud team, a safeguarding lead, a helpline): in a
notice it says where to report, not how to take an offer up ("if you are worried, contact the safeguarding team")."""
_DIGIT = regex.compile(r"\d")
_REPORTED = _lazy(regex.compile,
    r"\b(?:they|scammers|fraudsters|criminals|recruiters|applicants|victims|candidates|residents|people|someone"
    r"|the\s+(?:agent|recruiter|company|fraudster|scammer|woman|man)s?)\s+(?:\w+\s+)?"
    r"(?:are|were|is|was|ask|asks|asked|tell|tells|told|send|sends|sent|offer|offers|offered|demand|demands|charge"
    r"|charges|charged|promise|promises|promised)\b"
    r"|\b(?:asking|demanding)\s+(?:for|you|them|applicants|candidates)\b"
    r"|\b(?:messages|texts|ads|adverts|posts|emails|listings)\s+(?:\w+\s+)?(?:promise|promised|offer|offered|ask"
    r"|asked|tell|told|demand|demanded|claim|claimed|say|said)\b"
    r"|\b(?:are|were|is|was|get|got|being)\s+(?:told|asked|made)\s+to\b")
"""A sentence that reports what others do or say ("applicants are told to pay £150"), not an offer: with a
number in it, it is still read as the warning's explanation."""
_RELATIVE = (r"(?:daughter|son|friend|cousin|sister|brother|niece|nephew|wife|husband|partner|mum|mom|mother|father"
             r"|dad|neighbou?r|colleague)")
"""Whose account a victim's family or friend gives ("my daughter was offered ...", "my mum got a text ...")."""
_DOING = (r"(?:offering|recruiting|promising|asking|posting|advertising|contacting|targeting|approaching|sending"
          r"|collecting|charging|messaging)\b")
"""What someone is doing to others: "unlicensed agents are recruiting", "a fake account has been offering"."""
_IMPOSTORS = (r"(?:(?:(?:an?|the|these|those|several|some)\s+)?(?:fake|unlicensed|unregistered|bogus|criminal|illegal)"
              r"\s+(?:[\w'-]+\s+){0,2}(?:accounts?|pages?|profiles?|websites?|groups?|agents?|agency|agencies"
              r"|recruiters?|companies|gangs?|individuals|people)|individuals|criminals|scammers|fraudsters|impostors"
              r"|imposters)")
"""Those the writer calls fake, unlicensed or criminal: no one offering a job says it of themselves."""
_SOMEONE = (r"(?:someone|somebody|a\s+(?:woman|man|person|group|gang)|(?:an?|the|these|those|several|some)\s+"
            r"(?:[\w'-]+\s+){0,2}(?:accounts?|pages?|profiles?|websites?|groups?|agents?|agency|agencies|recruiters?"
            r"|companies|gangs?|people))")
"""Someone else, named plainly: "a woman", "an agency", "some recruiters"."""
def _third_party(determiner: str) -> str:
    """A third party and up to two words before its verb: "they", "recruiters", "<determiner> (...) agency". The two
    words are never the offer's own terms: "the agency fee is deducted from your salary", "the employer will keep"
    are what the post offers, not what a third party did."""
    return (r"(?:they|he|she|who|agents?|agency|recruiters?|scammers?|fraudsters?|criminals|traffickers?|gangs?"
            r"|" + determiner + r"\s+(?:\w+\s+)?(?:agent|agency|recruiter|company|employer|woman|man|boss|manager"
            r"|person))\s+(?:(?!(?:is|are|will|shall|can|may|must|fees?|costs?|charges?|commission)\b)\w+\s+){0,2}")


_REPORTING = _lazy(regex.compile,
    # what was done to the people it happened to: "were told they owed", "have been contacted"
    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:offered|promised|told|asked|contacted|recruited|approached|targeted"
    r"|charged|taken|held|kept|trafficked|lured|tricked|forced|hired|made\s+to|added\s+to|shown)\b"
    # what a third party did: "the agency took my passport", "recruiters who promised", "her employer kept"
    r"|\b" + _third_party(r"(?:the|her|his|their)") + r"(?:took|kept|held|charged|promised|offered|asked|told|said|claimed|contacted|recruited|demanded|deducted"
    r"|refused|stole|lured|tricked|posed|pretended)\b"
    # not an offer passed on in the present tense: "the boss told me he needs 5 girls for his club"
    r"(?!\s+(?:me\s+|us\s+|you\s+)?(?:that\s+)?(?:he|she|they|we|it|the\s+\w+)\s+(?:needs?|wants?|has|have"
    r"|(?:is|are)\s+(?:looking|hiring|recruiting|offering|paying))\b)"
    # what scammers do, as a warning explains it: "scammers will eventually ask you to deposit crypto"
    r"|\b(?:scammers|fraudsters|criminals|traffickers)\s+(?:\w+\s+){0,2}(?:ask|tell|offer|promise"
    r"|send|demand|charge|want|make)\s+(?:you|them|victims|people|applicants|candidates)\b"
    # what someone might do: "if a recruiter offers you a job ...", "if you are asked to pay ..."
    r"|\bif\s+(?:a|an|the|someone|somebody|anyone|anybody)\s+(?:[^\s.!?]+\s+){0,3}?(?:offers?|asks?|tells?"
    r"|promises?|sends?|wants?|requests?|demands?|charges?|contacts?|messages?|says?|claims?|insists?)\b"
    r"|\bif\s+you\s+(?:are|were|get|have\s+been)\s+(?:offered|asked|told|contacted|approached|promised|sent)\b"
    # a victim's own account: "i answered an ad", "my daughter was offered"
    r"|\b(?:i|my\s+(?:[\w'-]+\s+)?" + _RELATIVE + r")\s+(?:\w+\s+)?(?:was|were|answered|applied|replied|paid"
    r"|sent|lost|met|accepted|went|responded|fell|nearly|almost)\b"
    # a message someone received: "my mum got a text saying ...", "i received an email offering ..."
    r"|\b(?:i|my\s+(?:[\w'-]+\s+)?" + _RELATIVE + r"(?:\s+is\s+\d{1,2}\s+and)?)\s+(?:just\s+|also\s+|recently\s+)?"
    r"(?:got|received|had)\s+"
    r"(?:a|an|this|the|these|some|another)\s+(?:\w+\s+)?(?:texts?|messages?|dms?|emails?|e-mails?|calls?|whatsapps?"
    r"|letters?|offers?)\b"
    # what messages and ads do: "messages offering driver jobs", "posts promising easy cash"
    r"|\b(?:messages|posts|ads|adverts|advertisements|texts|emails|calls|offers|accounts|profiles|pages|websites?"
    r"|listings)\s+(?:\w+\s+){0,2}(?:offering|promising|asking|claiming|advertising|pretending)\b"
    r"|\b(?:may|might|could)\s+(?:see|receive|get|come\s+across|be\s+(?:offered|asked|told|contacted|approached"
    r"|promised))\b"
    # a reply's verdict on a message: "this is a scam, 100%", "that's a classic fake cheque scam"
    r"|\b(?:this|that|it)(?:\s+is|'s|\s+was|\s+sounds\s+like|\s+looks\s+like|\s+seems\s+like)\s+(?:(?:definitely"
    r"|clearly|obviously|absolutely|totally|sadly|just|100%|a|an|classic|common|known|typical|textbook)\s+){0,3}"
    r"(?:(?!not\b|no\b|never\b)[\w'-]+\s+){0,2}(?:scam|fraud|con)\b(?!-)"
    # the same happened to the writer: "had the exact same thing happen"
    r"|\bhad\s+the\s+(?:exact\s+)?same\s+(?:thing|message|text|offer|experience)\s+happen"
    r"|\bsame\s+(?:thing\s+)?happened\s+to\s+(?:me|us|my)\b|\bhappened\s+to\s+(?:me|us)\s+(?:too|as\s+well)\b"
    # what someone did to the writer: "a company posted me a cheque", "someone on tiktok offered me"
    r"|\b(?:someone|somebody|a\s+(?:company|recruiter|man|woman|guy|person|agency|agent|stranger)|they|he|she)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:just\s+)?(?:sent|posted|offered|messaged|texted|emailed|contacted|added|called)\s+me\b"
    # what those who help workers hear: "union reps are hearing from workers who ..."
    r"|\b(?:are|were|have\s+been)\s+hearing\s+from|\bwe\s+(?:have\s+|'ve\s+)?heard\s+from"
    # news and complaints: "reports of", "have told us", "convicted", "arrested"
    r"|\b(?:reports\s+of|reported\s+that|ha(?:ve|s)\s+told\s+us|told\s+us\s+that|convicted|arrested|sentenced"
    r"|jailed|investigating)\b"
    # what someone else was doing: "an agency was offering", "some recruiters have been contacting"
    r"|\b" + _SOMEONE + r"\s+(?:[^\s.!?]+\s+){0,6}?(?:was|were|has\s+been|have\s+been)\s+" + _DOING
    # what those the writer calls fake or criminal are doing, in any tense: "unlicensed agents are recruiting"
    + r"|\b" + _IMPOSTORS + r"\s+(?:[^\s.!?]+\s+){0,6}?(?:is|are|was|were|has\s+been|have\s+been)\s+" + _DOING
    # an alias the writer does not believe: "a woman calling herself 'auntie grace'", "posing as a recruiter"
    + r"|\b(?:calling|calls|called)\s+(?:herself|himself|themselves|itself)\b|\bposing\s+as\b"
    r"|\bpretending\s+to\s+be\b")
"""A sentence in the reporting voice: what was done to others, what a third party did or was doing, what
someone might do ("if a recruiter offers you ..."), a victim's own account, what messages and ads offer, a news
report. Such a sentence reports an offer; it does not make one.
It is read as part of a warning only in a post that offers no way to reply outside its warnings and reports, and
that is mostly warning and report (see :func:`_reported`)."""


_REPORTING_NOW = _lazy(regex.compile,
    # the same told as what happens to them: "people are told to deposit", "victims are later asked to top up"
    r"(?:\b(?:are|is|get|gets)|\w'(?:re|s))\s+(?:then\s+|later\s+|often\s+|usually\s+|soon\s+)?(?:told|asked|made)"
    r"\s+to\b"
    # what a third party says or wants: "the recruiter says", "the woman asks"
    r"|\b" + _third_party("the") + r"(?:says|asks|tells|wants|insists|claims)\b"
    # what they do, as a warning explains it: "they will eventually ask you to deposit crypto"
    r"|\b(?:they|recruiters)\s+(?:\w+\s+){0,2}(?:ask|tell|offer|promise|send|demand|charge|want|make)\s+(?:you|them"
    r"|victims|people|applicants|candidates)\b"
    # what someone else is doing now: "a woman is offering", "an agency is recruiting"
    r"|\b" + _SOMEONE + r"\s+(?:[^\s.!?]+\s+){0,6}?(?:is|are)\s+" + _DOING)
"""The reporting voice in the present tense: what others say, ask or are doing now. A middleman writes an offer the
same way ("the boss wants girls 18-25 for his club in Dubai", "each applicant is asked to pay 50 USD", "an agency is
recruiting"), so it is read as a report only in a post that also warns (:func:`_reported`); a post with no warning
word is a report only in the past tense, a victim's account, a news report or the other forms of :data:`_REPORTING`."""
_REPORTING_ANY = _lazy(regex.compile, rf"{_REPORTING.pattern}|{_REPORTING_NOW.pattern}")
"""Either voice: a clause marker in a post that warns."""


_INVITATION = _lazy(regex.compile,
    r"\b(?:now\s+(?:earns?|makes?|has|owns|lives)|(?:is|are|am)\s+now\s+(?:earning|making|living)|got\s+paid"
    r"|(?:you|girls|ladies|boys|anyone|others|everyone)\s+(?:can|could)\s+(?:apply|join|earn|start|come|do\s+(?:it|the"
    r"\s+same))|join\s+(?:her|him|them|us|me)|changed\s+(?:my|her|his|their)\s+life|it\s+works"
    r"|(?:places?|spots?|slots?|seats?|vacanc(?:y|ies)|positions?)\s+(?:left|remaining|available|open)"
    r"|(?:still|now|urgently)\s+hiring|if\s+(?:you\s+are\s+|you're\s+)?interested|interested\s*\?"
    r"|who\s+(?:wants|is\s+interested|needs\s+(?:a\s+)?(?:job|work|money))|don't\s+miss|limited\s+(?:places|spots"
    r"|slots|time))\b")
"""An invitation to take the offer up: a testimonial ("now earns", "got paid"), places left, "if interested". A post
with one outside its warnings is not reporting an offer: it is making it."""


_REPORTING_RE = _lazy(re.compile, _REPORTING.pattern)
_REPLY_OR_CONTACT_RE = re.compile(_REPLY_OR_CONTACT.pattern)
"""The same patterns for Python's ``re`` (see :data:`_WARNING_RE`)."""

PREFILTERED = (_WARNING.pattern, _REPORTING.pattern)
"""The two searches every post gets (warning vocabulary, the reporting voice), which the optional native
prefilter may rule out in one pass (:data:`~ct_screen.rules.native.CONTEXT_DB_DIR`, built by
``python -m ct_screen.rules.build_native``)."""


@lru_cache(maxsize=1)
def _prefilter():
    """The native prefilter over :data:`PREFILTERED`, or ``None`` (no Hyperscan, switched off, stale)."""
    from .rules.native import CONTEXT_DB_DIR, load_filter  # Hyperscan's wrapper, loaded on first use

    return load_filter(PREFILTERED, CONTEXT_DB_DIR)


def _possible(text: str) -> tuple[bool, bool]:
    """Whether warning vocabulary and the reporting voice may occur in ``text``: ``(False, False)`` is certain
    (the native prefilter matches a superset of each pattern), ``True`` only possible.

    Only on a text ``re`` reads as ``regex`` does (:func:`~ct_screen.alike.reads_alike`): the prefilter is
    translated from ``re``'s reading of the patterns. On a 2 KB job ad this one pass (about 0.02 ms) replaces two
    searches of the whole text (about 0.35 ms) in most posts, which hold neither.
    """
    native = _prefilter()
    if native is None or not text or not reads_alike(text):
        return True, True
    found = native.candidates(text)  # None only when a limit is given, as here it is not
    if found is None:
        return True, True
    return 0 in found, 1 in found


@dataclass(frozen=True)
class SpanIndex:
    """Spans, sorted and merged where they touch or overlap, asked which one holds a span or a position (a binary
    search each): a red flag quoted across two list items of a warning lies in the warning.

    A hostile post holds tens of thousands of warning sentences and hundreds of contacts and rule spans:
    testing each of those against every sentence cost seconds.
    """

    spans: tuple[tuple[int, int], ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        merged: list[tuple[int, int]] = []
        for a, b in sorted(self.spans):  # touching spans (list items under a warning heading) read as one
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        object.__setattr__(self, "spans", tuple(merged))
        object.__setattr__(self, "_starts", tuple(a for a, _ in self.spans))

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one of the spans."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self.spans[i][1]

    def holds(self, pos: int) -> bool:
        """True when position ``pos`` lies inside one of the spans (``a <= pos < b``)."""
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self.spans[i][1]

    def __bool__(self) -> bool:
        return bool(self.spans)


@dataclass(frozen=True)
class WarningContext:
    """Where a post warns about scams.

    Attributes
    ----------
    spans : tuple of (int, int)
        Sentences in warning context, as offsets into the normalised text (of a sentence that also makes an
        offer, only the part that warns: see :func:`_warning_clauses`).
    """

    spans: tuple[tuple[int, int], ...] = ()

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one warning sentence."""
        return SpanIndex(self.spans).covers(start, end)

    def __bool__(self) -> bool:
        return bool(self.spans)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _is_warning(sentence: str) -> bool:
    return _WARNING.search(sentence, timeout=1.0) is not None and _REASSURANCE.search(sentence, timeout=1.0) is None


def _warning_starts(text: str) -> list[int] | None:
    """Where warning vocabulary starts in the whole of ``text`` (every start, overlapping), or ``None`` when
    undecided (a search ran out of time): read every sentence then.

    A sentence starts after a sentence end (punctuation or a line break) and ends with
    one, so ``\\b`` reads the same at its edges in the whole text as in the sentence: a
    match in a sentence is a match of the whole text starting at the same place, so a
    sentence in which no match of the whole text starts holds none. One search first:
    most posts hold no warning word at all.
    """
    if reads_alike(text):
        return _starts_alike(text)
    try:
        first = _WARNING.search(text, timeout=1.0)
        if first is None:
            return []
        return [m.start() for m in _WARNING.finditer(text, first.start(), overlapped=True, timeout=1.0)]
    except TimeoutError:
        return None


def _starts_alike(text: str) -> list[int]:
    """:func:`_warning_starts` of a text that ``re`` reads as ``regex`` does, with ``re``: after each match,
    the next is sought from one past its start, as ``regex``'s overlapped ``finditer`` does."""
    starts = []
    match = _WARNING_RE.search(text)
    while match is not None:
        starts.append(match.start())
        match = _WARNING_RE.search(text, match.start() + 1)
    return starts


def find_warning_context(text: str) -> WarningContext:
    """The sentences of ``text`` (normalised, lower-cased) that warn about scams, less any offer made in them, and,
    in a post that is mostly warning and report and offers no way to reply, the sentences that report what others
    offered or did (:func:`_reported`)."""
    may_warn, may_report = _possible(text)
    starts = _warning_starts(text) if may_warn else []
    if starts == [] and not (may_report and _may_report(text)):
        return WarningContext()
    return _warning_sentences(text, starts)


def _may_report(text: str) -> bool:
    """Whether a post with no warning word may still be read as a report (:func:`_reported`): it has no contact
    and no call to reply, and a sentence in the reporting voice. Most posts have a way to reply, found early; with
    Python's ``re`` on a text it reads as ``regex`` does (:func:`~ct_screen.alike.reads_alike`), about twice as
    fast: these two searches ran on every post."""
    if reads_alike(text):
        return _REPLY_OR_CONTACT_RE.search(text) is None and _REPORTING_RE.search(text) is not None
    return not has_reply_path(text) and _reports(text)


def _reports(text: str, start: int = 0, end: int | None = None, *, present: bool = False) -> bool:
    """True when ``text[start:end]`` holds the reporting voice (:data:`_REPORTING`, and with ``present`` its present
    tense too, :data:`_REPORTING_NOW`); undecided (out of time): no.

    Not the broader :data:`_REPORTED` ("they are", "the company is", "candidates are"): it reads job ads'
    descriptions of the team and the ideal candidate as reports."""
    end = len(text) if end is None else end
    try:
        return (_REPORTING.search(text, start, end, timeout=1.0) is not None
                or present and _REPORTING_NOW.search(text, start, end, timeout=1.0) is not None)
    except TimeoutError:
        return False


def _warning_sentences(text: str, starts: list[int] | None = None) -> WarningContext:
    """:func:`find_warning_context` read sentence by sentence; with ``starts`` (sorted), only the sentences in
    which one starts are searched for warning vocabulary (without, every sentence is).

    A post with a contact or a call to reply in a sentence that does not warn has a way to reach its writer: its
    warning sentences warn only in the clauses that say so (``strict``, see :func:`_warning_clauses`), and no
    report is read as a warning.
    """
    read: list[tuple[int, int, str]] = []  # (start, end, "warning" | "item" | "")
    heading = False
    listing = False  # a warning heading's list of items separated by semicolons is still open
    k = 0
    for a, b in _sentences(text):
        sentence = text[a:b]
        if not sentence.strip():
            continue
        if starts is not None:
            while k < len(starts) and starts[k] < a:
                k += 1
        if (starts is None or k < len(starts) and starts[k] < b) and _is_warning(sentence):
            read.append((a, b, "warning"))
            heading = sentence.rstrip().endswith(":") or heading
            listing = (listing or ":" in sentence) and sentence.rstrip().endswith(";")
        elif ((heading and _LIST_ITEM.match(sentence) or listing) and _one_more_sign(text, a, b)
              and _REASSURANCE.search(sentence, timeout=1.0) is None):
            read.append((a, b, "item"))
            listing = listing and sentence.rstrip().endswith(";")
        else:
            read.append((a, b, ""))
            heading = listing = False
    others = [(a, b) for a, b, kind in read if not kind]
    reply = _reply_path(text, others)
    spans: list[tuple[int, int]] = []
    kept: list[tuple[int, int, bool]] = []
    for a, b, kind in read:
        if kind == "warning":
            spans.extend(_warning_clauses(text, a, b, strict=reply))
        elif kind == "item":
            spans.append((a, b))
        kept.append((a, b, bool(spans) and spans[-1][0] >= a))
    more = _explained(text, kept) + ([] if reply or _offer_made(text, others) else _reported(text, kept))
    return WarningContext(tuple(sorted(spans + more)))


def _one_more_sign(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, an item of a warning heading's list (a bullet under "Warning signs:", or after its
    semicolon: "Signs of exploitation: someone holds your passport; you owe a debt that keeps growing; ..."), reads
    as one more sign in it: it makes no offer and gives no way to reply. "Beware of scams:" then bullets "we are a
    real agency", "earn 500 dollars a day", "WhatsApp +44 ..." is a scam under a warning heading, not a list of
    signs."""
    try:
        return (_REPLY_OR_CONTACT.search(text, a, b, timeout=1.0) is None
                and not any(_makes_offer(text[x:y]) for x, y in _clauses(text, a, b)))
    except TimeoutError:
        return False


def has_reply_path(text: str) -> bool:
    """True when ``text`` (normalised, lower-cased) holds a contact or a call to reply (:data:`_REPLY_OR_CONTACT`;
    undecided, out of time: yes)."""
    return _reply_path(text, [(0, len(text))])


def _offer_made(text: str, sentences: list[tuple[int, int]]) -> bool:
    """True when one of ``sentences`` invites the reader to take an offer up (:data:`_INVITATION`) or has a clause
    that makes one (:data:`_OFFER_CLAUSE`, unless it reports what others do); undecided (out of time): yes."""
    try:
        for a, b in sentences:
            if _INVITATION.search(text, a, b, timeout=1.0) is not None or any(
                    _makes_offer(text[x:y]) for x, y in _clauses(text, a, b)):
                return True
        return False
    except TimeoutError:
        return True


def _clauses(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[a:b]`` (:data:`_CLAUSE_END`), as offsets; a quotation is never cut
    (:data:`_QUOTED`: "listings advertising 'data entry from home, earn $300/day' that asked ..." is one clause, which
    reports the offer, not two, the second of which would make it)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text, a, b, timeout=1.0)]  # in order, apart
    starts = [x for x, _ in quoted]
    cuts = []
    for m in _CLAUSE_END.finditer(text, a, b, timeout=1.0):
        k = bisect_right(starts, m.start() - 1) - 1  # the last quotation that starts before the clause end
        if k < 0 or quoted[k][1] <= m.start():
            cuts.append(m.end())
    return list(pairwise([a, *[c for c in cuts if a < c < b], b]))


def _makes_offer(clause: str) -> bool:
    """Whether ``clause`` makes an offer to the reader (:data:`_OFFER_CLAUSE`) rather than report what others do
    (:data:`_REPORTED`) or send the reader to those who protect them (:data:`_TO_PROTECTION`)."""
    return (_OFFER_CLAUSE.search(clause, timeout=1.0) is not None and _REPORTED.search(clause, timeout=1.0) is None
            and _TO_PROTECTION.search(clause, timeout=1.0) is None)


def _reply_path(text: str, sentences: list[tuple[int, int]]) -> bool:
    """True when one of ``sentences`` holds a contact or a call to reply (undecided, out of time: yes)."""
    try:
        return any(_REPLY_OR_CONTACT.search(text, a, b, timeout=1.0) is not None for a, b in sentences)
    except TimeoutError:
        return True


def _warning_clauses(text: str, a: int, b: int, *, strict: bool = False,
                     marker: regex.Pattern[str] = _WARNING) -> list[tuple[int, int]]:
    """The parts of the warning sentence ``text[a:b]`` that warn: all of it but an offer made in it.

    A clause that makes an offer to the reader (:data:`_OFFER_CLAUSE`) without a warning word of its own
    (``marker``), and every clause after it up to the next clause with a warning word, is the offer: "Job scams
    everywhere, we are different, earn 300 a day, registration fee 40 dollars" warns in its first clause only. A
    sentence with no such clause warns whole, as before ("criminals post fake remote jobs, then ask new hires to pay
    for a kit"). ``strict`` (the post has a way to reply outside its warnings): every clause with neither a warning
    word nor a report of what others do is the offer ("Scams are everywhere, so we are upfront: a one-time 99
    dollar fee ... Telegram @...").
    """
    try:
        clauses = _clauses(text, a, b)
        if len(clauses) < 2:
            return [(a, b)]
        keep: list[tuple[int, int]] = []
        offering = False
        for x, y in clauses:
            clause = text[x:y]
            if marker.search(clause, timeout=1.0) is not None:
                offering = False
            elif (_REPORTED.search(clause, timeout=1.0) is None) if strict else _makes_offer(clause):
                offering = True
            if not offering:
                if keep and keep[-1][1] == x:
                    keep[-1] = (keep[-1][0], y)
                else:
                    keep.append((x, y))
        return keep
    except TimeoutError:  # undecided: the sentence warns whole, as a sentence did before clauses were read
        return [(a, b)]


def _reported(text: str, sentences: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Sentences in the reporting voice (:data:`_REPORTING`: what was done to others, what a third party did, a
    victim's account, what messages and ads offer, a news report), less any offer made in them, in a post whose
    warning and reporting sentences are at least half of its sentences; in a post that *opens* in that voice (a
    news item, a moderator's note, a victim's account), every sentence after its opening too, less any offer made
    in them: they tell the rest of its story ("After a few small payouts, people are told to deposit ...", "The
    cheque bounces a week later"). The caller reads them only in a post with no contact and no call to reply outside
    its warnings: a report of a scam gives no way to take the offer up. A warning sentence opens no story: the offer
    after "Beware of fakes." is read as written.
    """
    warned = sum(warning for _, _, warning in sentences)
    present = warned > 0  # the present tense reports only beside a warning (:data:`_REPORTING_NOW`)
    reports = [not warning and _reports(text, a, b, present=present) for a, b, warning in sentences]
    mostly = any(reports) and 2 * (warned + sum(reports)) >= len(sentences)
    # the opening may also warn ("i nearly fell for this last week"): read for the voice either way
    opens = bool(sentences) and (reports[0] or (sentences[0][2] and _reports(text, *sentences[0][:2], present=present)))
    if not (mostly or opens):
        return []
    marker = _REPORTING_ANY if present else _REPORTING
    out: list[tuple[int, int]] = []
    for (a, b, warning), report in zip(sentences, reports, strict=True):
        if not warning and (opens or report):
            out.extend(_warning_clauses(text, a, b, marker=marker))
    return out


def _explained(text: str, sentences: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Sentences between two warning sentences of a post that is mostly warning (at least two warning sentences,
    no fewer than the others) and holds no contact and no call to reply anywhere, each with no number in it or
    reporting what others do ("applicants are told to pay £150"): the warning's own explanation of the tactic.

    A scam wrapped in warnings still has a way to reach its writer, and its offer names money in the second
    person; the sentences after the last warning are read as usual."""
    warned = [i for i, (_, _, warning) in enumerate(sentences) if warning]
    if len(warned) < 2 or 2 * len(warned) < len(sentences):
        return []
    try:
        if _REPLY_OR_CONTACT.search(text, timeout=1.0):
            return []
    except TimeoutError:  # undecided: discount nothing more (the sentences are read as they are)
        return []
    return [(a, b) for a, b, warning in sentences[warned[0] + 1:warned[-1]]
            if not warning and (_DIGIT.search(text, a, b) is None or _REPORTED.search(text, a, b) is not None)]

"""The table of issue 15: where posts from beyond EMSCAD must land with the shipped model."""

from __future__ import annotations

import pytest

from ct_screen import screen

PAYROLL = ("Payroll Administrator, Bristol. Run monthly payroll for 300 staff in Sage, handle pension "
           "auto-enrolment and HMRC queries. CIPP qualification an advantage. Apply with your CV via our website.")
DESIGNER = ("We're hiring a junior product designer in Lisbon. Hybrid, 3 days in office. Portfolio required. "
            "DM me if you want a referral.")
BARISTAS = "We are hiring baristas. WhatsApp +44 7700 900123"
MISSED = "the shipped model still flags it (see the closing note of issue 15)"


def assert_low_with_a_warning_notice(text: str) -> None:
    """A warning about scams: band low, and the result says it read a warning (CTN120)."""
    r = screen(text)
    assert r.band == "low" and "CTN120" in [n.code for n in r.notices], (r.score, [h.rule_id for h in r.hits])


def assert_low(text: str) -> None:
    """An honest post: band low (the message names the rules and the classifier's terms that pushed it up)."""
    r = screen(text)
    assert r.band == "low", (r.score, [h.rule_id for h in r.hits], [t.term for t in r.terms])


def assert_flagged(text: str) -> None:
    """A scam: band review or high."""
    r = screen(text)
    assert r.band in ("review", "high"), (r.score, [h.rule_id for h in r.hits])


@pytest.mark.parametrize("text", [
    pytest.param(PAYROLL, marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    DESIGNER,
    BARISTAS,
    # variants of our own, written before tuning
    pytest.param("Line cook wanted at our Glasgow restaurant, 40 hours, weekends included. Apply in person with "
                 "your CV.", marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    pytest.param("Hiring: part-time library assistant, 16 hours a week, council pay scale. Apply on the council "
                 "website.", marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    "Staff nurse, night shifts, NHS Band 5, Royal Infirmary Edinburgh. Apply through NHS Jobs.",
    # variants of the baristas row, written with the weak-term cap (session 5) and kept whatever they gave
    "Looking for a part-time shop assistant in Leeds. DM me or text +44 7700 900789.",
    "Dog walker needed in Bath, weekday mornings. Message me on Telegram @bathdogs",
    pytest.param("Now hiring kitchen porters, evenings. Call or WhatsApp 07700 900456.",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    pytest.param("Hiring a cleaner for our office in Cork, 10 hours a week. WhatsApp 087 123 4567",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED)),
])
def test_honest_posts_are_low(text):
    assert_low(text)


def test_a_weak_signal_alone_never_reaches_review():
    r = screen("We're hiring a sous chef in Leeds, full time, good rota. DM me for details.")
    assert [h.category for h in r.hits] == ["off_platform_contact"] and r.band == "low"


@pytest.mark.parametrize("text", [
    "Beware of scams, we never charge fees. Easy job from home, 300 USD a day, pay the 49 USD registration fee "
    "first, WhatsApp +44 7700 900123",
    "Easy job from home!! 300 USD a day, pay 49 USD for your starter kit, then WhatsApp me +44 7700 900123",
])
def test_scams_stay_high(text):
    assert screen(text).band == "high"


def test_strong_evidence_alone_lifts_a_post():
    r = screen("Hostess jobs in Dubai for girls 18-25, flights and visa paid, the agency keeps your passport "
               "until the debt is repaid.")
    assert r.band in ("review", "high")


# Session 6: posts of our own written before any change that session, kept whatever they gave (issue 15's
# table asks for variants of each row); the misses are strict xfails, listed in the closing note.
SESSION6_MISSED = "the shipped model flags it: 'your cv', 'part time', 'hours', '[phone]' lean scam in short posts"


@pytest.mark.parametrize("text", [
    "Warehouse operatives needed in Coventry, days or nights, £11.50 an hour, forklift licence a bonus. Apply "
    "through our careers page.",
    "Our bakery is hiring a weekend counter assistant. Come in and ask for Sam, or email jobs@hillbakery.co.uk.",
    "Seasonal farm work in Kent, June to September, accommodation available on site at a weekly charge set out in "
    "the contract. Apply via the GLAA-licensed agency listed on our website.",
    "Nanny wanted for two children in Bristol, 25 hours a week, DBS check required. References essential.",
    "Looking for a freelance illustrator for a children's book project. Paid per page, contract provided. "
    "Portfolio links in replies please.",
    pytest.param("We're looking for a part-time receptionist for our dental practice, Tuesday to Thursday. Please "
                 "send your CV to the practice manager.", marks=pytest.mark.xfail(strict=True, reason=SESSION6_MISSED)),
    "Delivery drivers wanted, own van not needed, full training given. Clean licence required. Apply online.",
    pytest.param("Hiring a care assistant for home visits in Derby, mileage paid, flexible hours. Call the office on "
                 "01332 000111 during working hours.", marks=pytest.mark.xfail(strict=True, reason=SESSION6_MISSED)),
])
def test_more_honest_short_ads_are_low(text):
    assert_low(text)


@pytest.mark.parametrize("text", [
    "Part time job, work 1-2 hours a day from your phone, earn 300-800 daily, no experience. Add me on WhatsApp to "
    "start today.",
    "Hi, I'm a recruiter from a staffing agency. Your resume was recommended to us. The job pays $450/day, reply YES "
    "to learn more and we'll move you to Telegram for the interview.",
    "Girls 18-24 wanted for hostess work in Dubai, flights and visa arranged by us, you repay from your first wages. "
    "Passport handed to the manager on arrival.",
    "Congratulations, you passed the interview! Before onboarding you must pay the 85 USD background check fee within "
    "24 hours.",
    "We will send you a cheque to buy your home-office equipment from our approved vendor. Deposit it and send the "
    "vendor the funds by Zelle.",
])
def test_more_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    "Job scam warning from the county police: criminals post fake remote jobs, then ask new 'hires' to pay for a "
    "starter kit or to cash a cheque and send part of it back. Genuine employers do not do this.",
    "PSA: if a 'recruiter' texts you out of the blue offering $500 a day for liking videos, it is a task scam. They "
    "will eventually ask you to deposit crypto to unlock your earnings. Block and report.",
    "We have been made aware of fake job offers using our brand on Telegram. Our recruiters only use "
    "@ourcompany.com email addresses and we never ask candidates for payment or bank details.",
    "Reminder from the careers team: we will never ask you to buy equipment from a vendor we recommend, and "
    "interviews are never held over WhatsApp or Signal chat.",
    "Consumer alert: 'mystery shopper' offers that send you a cheque and ask you to wire the balance back are "
    "fraud. The cheque bounces and you lose the money.",
])
def test_more_warnings_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


def test_a_post_that_says_the_passport_stays_with_the_worker_is_not_document_control():
    # examples/posts.csv P015 (our own): it scored high (0.69) as an employer keeping passports; a match reached
    # across a semicolon, and "the law forbids employers from holding it" was not read as a negation
    post = {"title": "Sous Chef", "location": "Dubai, UAE",
            "company_profile": "Marina Hospitality Group operates 12 restaurants in the UAE.",
            "description": "Experienced sous chef for a busy seafood restaurant. Employment visa, flights and shared "
                           "staff housing are provided by the company at no cost to you. Salary AED 9,000/month. Your "
                           "passport stays with you; UAE law forbids employers from holding it."}
    r = screen(post)
    assert "document_control" not in r.categories and r.band == "low", (r.score, r.categories)
    lure = dict(post, description="Employment visa and flights provided. The employer keeps your passport until "
                                  "the contract ends.")
    assert "document_control" in screen(lure).categories


# Session 7: notices by companies, police, banks, consumer agencies and NGOs, and victims' accounts, of our own
# writing. A warning sentence is read alone, so a notice's sentences that describe the tactic without warning words
# read as the scam they describe: new warning words (criminals, money mules, "is a crime", "victims are asked",
# "legitimate employers never", "nearly fell for this", "we do not charge fees" ...), and, in a post that is mostly
# warning with no contact and no call to reply, the sentences between two warning sentences that hold no number.
SESSION7_MISSED = "a sentence of the notice with an amount or a victim's own words is read alone as an offer"


@pytest.mark.parametrize("text", [
    'Recruitment fraud notice: we are aware of people posing as our HR team on LinkedIn and WhatsApp and '
    'offering jobs that require you to buy equipment or pay for training. We never ask candidates for '
    'money. All our vacancies are on our careers site; if in doubt, email recruitment@ourcompany.com.',
    'Job scams are on the rise. Fraudsters post fake vacancies on social media, interview you over a '
    "messaging app and then ask for a 'refundable' deposit for a uniform or a visa. Never send money to "
    'get a job, and report suspicious offers to Action Fraud.',
    'Police warning: residents have been contacted by text with offers of part-time work liking videos '
    'for cash. After a few small payments, victims are asked to deposit their own money to unlock bigger '
    'tasks. Do not engage; block the number and report it.',
    'Our bank will never ask you to receive money into your account for someone else. Criminals recruit '
    "'money mules' with adverts for easy cash from home. Letting your account be used is a crime and can "
    'leave you with a criminal record.',
    'Court reporter: the defendant advertised hostess jobs in Dubai for women aged 18 to 25, promising '
    'free flights and visas. On arrival their passports were taken and they were told they owed $5,000 '
    'for travel, which they had to repay by working.',
    'Tips for a safe job search: research the company, be wary of offers that promise high pay for little '
    'work, never share your bank details or passport before you have a written contract, and be '
    'suspicious if a recruiter only wants to talk on Telegram.',
    'ALERT: Scammers are impersonating our staffing agency and offering remote data entry jobs paying '
    "$40/hour. They send a fake cheque for 'office equipment' and ask you to send part of it to a vendor. "
    'This is a scam. We do not hire through text messages.',
    'Anti-trafficking charity: traffickers often lure people with jobs abroad — cleaning, care work, '
    "hospitality — with travel 'paid for'. Warning signs include the employer keeping your passport, "
    'debts for travel or accommodation, and not being allowed to leave. Call our helpline if you are '
    'worried.',
    'Students: if someone on Instagram offers you £500 a week just to let them use your bank account, it '
    'is money laundering. You could lose your account and your place at university. Talk to the student '
    'advice centre.',
    "Consumer advice: a task scam usually starts with an unexpected WhatsApp message from a 'recruiter' "
    'offering flexible work rating products. You earn small amounts at first, then must top up with '
    "crypto to continue. Legitimate jobs don't make you pay to work.",
    "My cousin nearly fell for this: a 'modelling agency' on TikTok asked for photos, her passport and a "
    '$200 registration fee for a job in Malaysia. Please share so nobody else gets caught.',
    'FTC: Scammers advertise jobs the same way honest employers do. If an employer asks you to pay for a '
    "certification, training materials or a starter kit, or to deposit a check and send money back, it's "
    'a scam.',
    'IMPORTANT: Recruitment scam alert. Fake recruiters are contacting candidates claiming to represent '
    'our hotel group and offering jobs in Qatar. They ask for visa processing fees and a copy of your '
    'passport. We do not charge any fees at any stage of recruitment.',
    "Parents, please read. Criminal gangs are using gaming chats to offer teenagers 'easy money' for "
    'moving cash through their bank accounts. The money is stolen. Talk to your children about it.',
    "We've seen a rise in messages offering work reviewing apps for commission. You are added to a "
    'Telegram group, shown screenshots of big earnings and told to deposit USDT to unlock premium tasks. '
    'Never pay to get paid. Report the account and block it.',
    # low with the notice since session 8's disclaimer words ("are not from us", "we do not recruit through")
    'Fraud warning from HMRC: we do not recruit through WhatsApp. Messages offering tax refund processing '
    'jobs with weekly pay of £900 are not from us. Forward them to our phishing team.',
    pytest.param(
        "A reader writes: I was offered a 'personal assistant' job that paid $600 a week. My first task was "
        "to buy gift cards for the boss's clients and send the codes. Thankfully my bank stopped it. Beware "
        'of anyone asking for gift cards.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_MISSED)),
])
def test_notices_that_explain_the_tactic_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Beware of fake agents. Earn 300 USD a day from home, pay the 49 USD registration fee first. We never '
    'charge fees. WhatsApp +44 7700 900123 now',
    'Stay safe from scammers! Jobs in Dubai for girls 18-25, flights free, agency keeps your passport. '
    'Report fake accounts. Real employers never ask for money. Contact madam on Telegram @dubaijobs',
    'Beware of scams. Beware of fake recruiters. Report suspicious accounts. Easy typing job from home, '
    '500 USD weekly, registration fee 30 USD. Real companies never ask for fees. Message me to start.',
    'Scam alert! Real employers never charge. Work from home, earn $400 daily, just pay $25 activation '
    'fee. Beware of fake pages.',
    'Fraud warning: many fake jobs online. Our job is real: earn 2000 weekly, send your passport copy and '
    '100 USD processing fee to book your flight.',
])
def test_a_scam_wrapped_in_warnings_is_still_flagged(text):
    assert_flagged(text)


# Three more sets of our own (C, D, E in the closing note), written before the last round of warning words; C was
# then read to write that round, D and E were not. The notices that still land in review or high, or low without
# the warning notice, are strict xfails. The hostess lure that keeps the passport 'for visa processing' was low
# until CT160 stopped excluding visa processing near a kept passport.
SESSION7_FRESH_MISSED = "a notice's sentences that describe the tactic (an amount, reported speech) read as the offer"


@pytest.mark.parametrize("text", [
    "Warning to jobseekers: a fake 'Amazon recruitment' page is offering warehouse jobs in the UK with "
    'free flights and accommodation. Applicants are told to pay a £150 work permit fee to an agent. '
    'Amazon does not charge for jobs. Report the page to Facebook.',
    "Scam awareness week: common job scams include reshipping parcels from home, 'secret shopper' cheques "
    'and crypto task platforms. Each promises easy money and ends with you losing yours. Think before you '
    'click.',
    pytest.param(
        'Notice from the Ministry of Labour: unlicensed agents are recruiting domestic workers for the Gulf '
        'and collecting placement fees of up to 2,000 dollars. Recruitment fees are illegal. Check an '
        "agency's licence on our website before you sign anything.",
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    "I'm posting this to warn others. A 'recruiter' messaged me on LinkedIn, did a text-only interview on "
    'Signal, and then sent me a cheque to buy a laptop from their supplier. The cheque bounced and I lost '
    '$2,400.',
    pytest.param(
        'Our community centre runs free sessions on spotting exploitation: jobs that sound too good to be '
        'true, employers who hold your documents, wages you never see. Everyone is welcome, no booking '
        'needed.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    'Company statement: it has come to our attention that individuals are falsely using our name to offer '
    'online jobs via WhatsApp. These offers are fraudulent. We will never ask you to deposit money or '
    'cryptocurrency.',
    "Job scam warning from the council: residents report texts offering £300 a day for 'parcel "
    "reshipping' from home. The parcels are bought with stolen cards. If you've received one, don't reply "
    'and report it to 7726.',
    pytest.param(
        "Heads up, everyone. A fake account using our restaurant's name is offering waiter jobs in Dubai with "
        "free visas and asking for a 'medical fee' of 150 dollars. We have no branch in Dubai. Please don't "
        'send anything.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    'Explainer: how fake cheque job scams work. You are hired quickly, usually over chat. The company '
    'sends a cheque for equipment and asks you to pay its vendor. The cheque bounces days later and you '
    'owe the bank the full amount.',
    pytest.param(
        'From a union rep: farmworkers recruited from abroad have told us that their recruiter kept their '
        'passports and deducted travel costs from their pay. No employer may do this. Contact your union if '
        'it happens to you.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    "Community alert: teens are being approached online with offers of $1,000 a week to 'hold money' in "
    'their accounts. This is money muling and it is illegal. Talk to your kids.',
    # low with the notice since session 8's advisory words ("check any agency")
    "Seen on a forum: 'modelling job in Singapore, 18-22 only, all expenses paid, send photos'. This is a "
    'classic trafficking lure. Check any agency with the embassy before you travel.',
    'Reminder from our HR team: genuine offers from us come by email from our corporate domain. We never '
    'interview on Telegram, and we never ask you to buy equipment or pay for training.',
    'Radio report: police have arrested two men who ran a fake nursing agency, charging applicants 2,500 '
    'dollars each for visas to the UK that never came.',
    pytest.param(
        'Fraud notice: criminals are sending fake job offers that appear to come from our recruitment team. '
        "Candidates are asked to pay 95 euros for a 'background check' before an interview. We never charge "
        'candidates. Please delete these messages.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    pytest.param(
        'A warning from a mum: my daughter was offered a nannying job in Italy by a woman she met online. The '
        "woman said she would keep her passport 'for the visa' and take the flight cost from her wages. We "
        'checked and the agency does not exist. Please be careful.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION7_FRESH_MISSED)),
    "Job hunting tip: be wary of any 'recruiter' who contacts you out of the blue on WhatsApp. A common "
    'trick is a simple task like liking videos for $5 each, followed by a request to deposit money. Real '
    'jobs pay you, not the other way round.',
    # low since session 8's retrain (0.092 against a review threshold of 0.0934: at the edge)
    'Trading Standards alert: we have had reports of door-to-door sales jobs paying cash in hand to '
    'teenagers, who are driven to other towns and not allowed to leave until they sell enough. This may '
    'be forced labour. Report concerns to the police.',
    'News: a man was jailed for four years for running a fake modelling agency that charged young women '
    '300 pounds each for portfolios and promised work in Milan that never existed.',
    'Students, stay alert. Fake landlords and fake employers target international students every '
    "September. Some ask for a deposit or a 'registration fee' of 100 pounds before you arrive. Never pay "
    'before you have checked who you are dealing with.',
])
def test_fresh_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Warning: many scammers out there. But we are a real agency! Factory jobs in Germany, 2500 EUR '
    'monthly, pay 300 EUR visa fee upfront. WhatsApp +49 151 0000000',
    'Be careful of fake jobs. Beware of scammers. Never trust strangers. Work from home typing, earn 150 '
    'dollars daily, registration 20 dollars. Telegram @typingwork',
    'Scam alert: do not send money to anyone. Nanny jobs in Canada, employer will keep your passport '
    'safe, you repay the ticket from your salary. Apply today.',
    'Beware of fake agencies! We are a real agency: hotel jobs in Dubai, salary 2000 USD, pay only 300 '
    'USD visa fee.',
    'Scam alert!! Many fake recruiters. Our company is 100% legit. Earn 500 daily from home, registration '
    'fee 50 only. Comment INTERESTED.',
    "Don't fall for scams. Real job here: packing from home, $300 a day, starter kit $45. Inbox me.",
    'Warning: fake jobs everywhere. Genuine vacancy: girls 18-25 for hostess work abroad, flights free, '
    'passport kept by agency for safety.',
    'Beware of scammers asking for money. We only ask a small processing fee of 100 USD, refundable. '
    'Apply now.',
    'Report fake accounts. Be careful out there. Legit work: like videos and earn 200 per task, deposit '
    '30 USDT to activate.',
    'Fraud notice: fake agents everywhere. Applicants are asked to pay nothing to us except the 95 euros '
    'background check. We never charge more. Contact us on WhatsApp.',
    'Beware of scams. They ask for big fees. We only charge 50 USD registration, then you earn 300 USD '
    'daily from home. Stay safe.',
    'Scam warning!! Fake recruiters ask for money. Our agency: hostess jobs in Dubai for girls 18-24, we '
    'keep your passport for visa processing. Be careful of fakes.',
])
def test_fresh_scams_wrapped_in_warnings_are_flagged(text):
    assert_flagged(text)


# Session 8: set F of our own (notices, scams wrapped in warnings, honest short ads), written before that session's
# warning words and read to write them ('embassy advisory', 'are warned against', 'check any agency', 'an agency
# that does not exist', 'then blocked me', 'so nobody else falls for it'). The honest short ads the shipped model
# still flags are strict xfails (the short-British-ad gap of the closing note).
SESSION8_SHORT_AD = "a short British job ad: 'assistant', 'your cv', 'hours', '[phone]' lean scam in short posts"


@pytest.mark.parametrize("text", [
    'University careers service: please be careful with job adverts shared in student group chats. '
    "Several students were asked to pay a 60 pound 'uniform deposit' for hotel work that did not exist. "
    'We only advertise vetted roles on our portal.',
    "Scam alert from your bank: fraudsters are posting 'quick cash' jobs that ask you to receive a "
    'payment into your account and pass it on. This is money laundering and we will close accounts used '
    'this way.',
    "Statement from our HR department: a person calling herself 'Linda from recruitment' is messaging "
    'people on Telegram with offers of remote work. She is not our employee. We recruit only through our '
    'website and never request fees.',
    'I want to share what happened to me so nobody else falls for it. I answered a post for cleaning work '
    'in Germany, the agent asked for 400 euros for a visa and then blocked me. The agency does not exist.',
    'Embassy advisory: citizens are warned against recruiters offering jobs abroad on tourist visas with '
    "'free' tickets. Workers have had their passports confiscated on arrival. Verify every offer with the "
    'labour attache.',
    'Safety tip from the marketplace team: if someone replies to your job post asking you to continue on '
    "WhatsApp and pay for a 'training pack', stop and report them to us. Genuine employers will not ask "
    'for money.',
    'News: a recruitment agent was charged yesterday with trafficking after promising restaurant jobs in '
    'London to young men, taking their documents and making them work unpaid to clear a travel debt.',
    'Heads up to everyone in the group: there is a post going round offering 250 a day for packing boxes '
    'at home. It is a scam, they ask for a starter fee. Please do not message them.',
    'Advice for parents from the school safeguarding lead: pupils have been offered modelling work online '
    'in exchange for photos. Talk to your child and report any such contact to the police.',
    "Consumer group warning: 'reshipping' jobs that ask you to receive parcels at home and post them "
    'abroad are part of a fraud. The goods are bought with stolen cards and you may be held responsible.',
])
def test_session8_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Warning: lots of fake agents online, be careful! We are genuine. Cleaning jobs in Germany, visa 400 '
    'euros paid to our agent before departure. WhatsApp +49 151 2222222',
    'Beware of scammers. Our offer: earn 250 a day packing boxes at home, small starter fee of 35 only. '
    'DM now.',
    'Scam warning, only trust real recruiters like us. Restaurant jobs in London for young men, we hold '
    'your documents, travel debt repaid from wages.',
    'Report fake pages! Real job: modelling for girls 16-19, send full body photos to apply, payment '
    'after photo review.',
    'Fraud alert: fake companies everywhere. Our remote job pays 500 weekly; receive payments into your '
    'account and forward them to our partners.',
])
def test_session8_scams_wrapped_in_warnings_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    pytest.param('Kitchen assistant wanted at our cafe in Norwich, 20 hours a week, weekends essential. Pop in '
     'with your CV.',
                 marks=pytest.mark.xfail(strict=True, reason=SESSION8_SHORT_AD)),
    pytest.param('Part-time admin assistant for a small charity in Exeter, 15 hours a week. Apply via our website.',
                 marks=pytest.mark.xfail(strict=True, reason=SESSION8_SHORT_AD)),
    pytest.param('Van driver needed for local deliveries, Monday to Friday. Call the depot on 0113 496 0000.',
                 marks=pytest.mark.xfail(strict=True, reason=SESSION8_SHORT_AD)),
    'Experienced hairdresser wanted for a busy salon in Cardiff. Chair rental or employed, your '
     'choice. Message us to arrange a trial day.',
    pytest.param('Holiday cover receptionist for a GP surgery in Hull, August only. Send your CV to the practice '
     'manager.',
                 marks=pytest.mark.xfail(strict=True, reason=SESSION8_SHORT_AD)),
])
def test_session8_honest_short_ads_are_low(text):
    assert_low(text)


# Session 8, set G of our own: written with set F, before any change that session, and never read for one; measured
# once at the end (notices 6/10 low with the notice before and after the session's warning words, wrapped scams 5/5,
# honest short ads 3/5). Reading the results found CT253 lifting an honest pub ad ('18+ only') to high; fixed after,
# so that ad is no longer a miss. A second round of warning words was then written from G's missed notices
# (disclaimers, rights, moderation notices): three of the four pass now. The misses are strict xfails.
SESSION8_HELD_OUT_MISSED = "held-out set G: a notice's sentence that names the fee or the lure is read as the offer"


@pytest.mark.parametrize("text", [
    'Notice to applicants: our company does not use WhatsApp or Telegram for recruitment. If you '
    "receive a job offer that asks for a 'processing fee', it did not come from us. Please forward it "
    'to our security team.',
    "Victim's account, shared with permission: 'They told me the job was in a hotel in Dubai and that "
    "my passport would be kept for the visa. When I got there I owed them 3,000 dollars.' If this "
    'sounds familiar, call the helpline.',
    "From the police cyber unit: 'like and follow' task jobs on TikTok are a fraud. After a few small "
    'payouts you are told to deposit money to release your earnings. Do not pay and report the '
    'account.',
    'Jobseekers, stay safe: a real recruiter will not ask you to buy a laptop from their supplier or '
    'cash a cheque for them. If this happens, it is a fake cheque scam.',
    "We are aware of a fake vacancy for 'home-based data entry at 35 dollars an hour' using our logo. "
    'It is fraudulent. All of our openings are listed on our official careers page.',
    "Migrant workers' centre: recruitment agencies are not allowed to charge you for a job. If an "
    'agent asks for placement fees or keeps your passport, contact our advice line.',
    pytest.param(
        'Red flags of trafficking recruitment: offers of work abroad with everything paid, age limits '
        'like 18-25 for women, and a manager who keeps your documents. Share this with friends who are '
        'looking for work abroad.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_HELD_OUT_MISSED)),
    "A quick warning: someone on Facebook is offering 'easy money' to students who open bank accounts "
    'for them. This is money muling, a criminal offence.',
    'Platform notice: we removed posts offering modelling jobs that asked for a registration fee and '
    'photos in underwear. If you were contacted, please report the profile.',
    'Our recruitment process is free. We will never ask you to pay for training, equipment, '
    'background checks or visas. Beware of anyone who says otherwise.',
])
def test_session8_held_out_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'We never use WhatsApp, beware of fakes! Apply now: data entry from home, 35 dollars an hour, pay '
    'the processing fee of 60 dollars to start.',
    'Stay safe, avoid scams. Hotel jobs in Dubai for ladies 18-25, we keep your passport for the '
    'visa, flight cost deducted from salary. Inbox me.',
    'Beware of fake task jobs. Ours is real: like and follow on TikTok, earn 5 per task, deposit 50 '
    'USDT to unlock VIP tasks.',
    'Scam alert: fake cheques are everywhere. We send you a real cheque: deposit it, buy your laptop '
    'from our supplier and send the rest back.',
    "Don't trust agents who charge! We only charge a small registration fee of 80 dollars. Factory "
    'jobs in Poland, free accommodation.',
])
def test_session8_held_out_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    'Bar staff wanted for weekend shifts at our pub in York, 18+ only. Drop your CV in at the bar.',
    'Hiring a part-time tutor for GCSE maths, two evenings a week, DBS required. Email us with your '
    'availability.',
    pytest.param(
        'Gardener needed for a private estate near Oxford, 3 days a week. Call 01865 000222.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_SHORT_AD)),
    'Night shift warehouse pickers in Daventry, 12.40 an hour, overtime available. WhatsApp us on '
    '07700 900321 to book an induction.',
    'Office junior for a law firm in Newcastle, full time, training provided. Apply with your CV and '
    'a short cover letter.',
])
def test_session8_held_out_honest_short_ads_are_low(text):
    assert_low(text)


# Session 8, set H of our own: written after G's measurement, before the second round of warning words (disclaimers,
# rights, moderation notices), and held out from it: notices 4/10 low with the notice before and after that round.
# One of its scams ("Job scams are rising, but our offer is genuine: ... small deposit of 40 dollars") was laundered
# whole: one sentence with a warning word, read as a warning from end to end. A warning sentence now warns only up
# to an offer it makes ("earn 300 a day", "hostess jobs in Dubai", "we pay daily"), and "our offer is genuine" is a
# reassurance. The five one-sentence attacks below were written to probe that hole; all five were low before.
SESSION8_H_MISSED = "set H: a notice's sentence that reports the lure without a warning word is read as the offer"


@pytest.mark.parametrize("text", [
    'Important: our store does not recruit through Instagram messages. If you are asked to pay for a '
    'uniform or training to join us, it is not us. Please report the account.',
    pytest.param(
        'Job offer fraud is rising. Typical messages promise 300 dollars a day for simple online tasks '
        'and then ask for a deposit. Genuine employers pay you, they do not charge you.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
    pytest.param(
        "A message from our volunteers: several women were recruited for 'waitress jobs' in Cyprus, their "
        'passports were held by the agent and they were told they owed money for the flights. If you hear '
        'of offers like this, call our confidential line.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
    pytest.param(
        'Police are investigating reports of a man offering cash-in-hand building work to young people '
        'and then refusing to pay them. Anyone approached should contact the station.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
    'Please be aware that recruitment agencies acting for us never ask for money. Requests for '
    "'registration' or 'visa' fees in our name are fraudulent and should be reported.",
    'Fact sheet: how job scammers use fake cheques. The scammer posts a remote job, hires you without '
    'an interview, sends a cheque for equipment and asks you to wire the rest to a supplier. When the '
    'cheque bounces, you repay the bank.',
    pytest.param(
        'We are receiving calls from people who were told they had been hired by us after a chat on '
        "Telegram and were asked for a 'security deposit'. We have not hired anyone this way.",
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
    pytest.param(
        'Trafficking awareness: recruiters may promise well-paid work abroad, arrange the flights, then '
        'take documents and demand repayment of travel debts. If this is happening to you or someone you '
        'know, help is available.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
    "Warning to students from the union: 'brand ambassador' jobs that pay you to let money pass "
    'through your account are money mule schemes. You can be prosecuted even if you did not know.',
    pytest.param(
        "Notice: a website copying our logo advertises warehouse jobs with 'free accommodation' and asks "
        'applicants to pay a 75 pound booking fee. It is not our website.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION8_H_MISSED)),
])
def test_session8_set_h_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Important: beware of fake pages! This is the real one. Warehouse jobs in the UK, free '
    'accommodation, booking fee 75 pounds, message us on WhatsApp.',
    'Job scams are rising, but our offer is genuine: simple online tasks, 300 dollars a day, small '
    'deposit of 40 dollars to activate.',
    'Please be aware of fraudsters. We are a licensed agency: waitress jobs in Cyprus for women under '
    '30, flights arranged, passport held by the agent until you repay.',
    'Stay alert, many fakes around. Brand ambassador wanted: receive payments into your account and '
    'transfer them on, keep 10 percent.',
    'Scam warning: never trust strangers. We hire without interview, we send you a cheque for '
    'equipment, you wire the rest to our supplier.',
    'Job scams everywhere, we are different, earn 300 a day from home, registration fee 40 dollars '
    'only, WhatsApp me',
    'Fed up with fake recruiters, join our team, work from home, pay 50 USD training fee and earn '
    '2000 weekly',
    'No more scammers, hostess jobs in Dubai for girls 18-25, agency keeps your passport, flights '
    'paid',
    'Beware of fakes, our agency is licensed, factory work in Poland, visa fee 300 euros payable to '
    'our agent',
    'Many fraudsters online but we pay daily, just deposit 30 USDT to unlock tasks',
])
def test_session8_one_sentence_scams_behind_a_warning_word_are_flagged(text):
    assert_flagged(text)

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
    "A reader writes: I was offered a 'personal assistant' job that paid $600 a week. My first task was "
    "to buy gift cards for the boss's clients and send the codes. Thankfully my bank stopped it. Beware "
    'of anyone asking for gift cards.',
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
    'Notice from the Ministry of Labour: unlicensed agents are recruiting domestic workers for the Gulf '
    'and collecting placement fees of up to 2,000 dollars. Recruitment fees are illegal. Check an '
    "agency's licence on our website before you sign anything.",
    "I'm posting this to warn others. A 'recruiter' messaged me on LinkedIn, did a text-only interview on "
    'Signal, and then sent me a cheque to buy a laptop from their supplier. The cheque bounced and I lost '
    '$2,400.',
    'Our community centre runs free sessions on spotting exploitation: jobs that sound too good to be '
    'true, employers who hold your documents, wages you never see. Everyone is welcome, no booking '
    'needed.',
    'Company statement: it has come to our attention that individuals are falsely using our name to offer '
    'online jobs via WhatsApp. These offers are fraudulent. We will never ask you to deposit money or '
    'cryptocurrency.',
    "Job scam warning from the council: residents report texts offering £300 a day for 'parcel "
    "reshipping' from home. The parcels are bought with stolen cards. If you've received one, don't reply "
    'and report it to 7726.',
    "Heads up, everyone. A fake account using our restaurant's name is offering waiter jobs in Dubai with "
    "free visas and asking for a 'medical fee' of 150 dollars. We have no branch in Dubai. Please don't "
    'send anything.',
    'Explainer: how fake cheque job scams work. You are hired quickly, usually over chat. The company '
    'sends a cheque for equipment and asks you to pay its vendor. The cheque bounces days later and you '
    'owe the bank the full amount.',
    'From a union rep: farmworkers recruited from abroad have told us that their recruiter kept their '
    'passports and deducted travel costs from their pay. No employer may do this. Contact your union if '
    'it happens to you.',
    "Community alert: teens are being approached online with offers of $1,000 a week to 'hold money' in "
    'their accounts. This is money muling and it is illegal. Talk to your kids.',
    # low with the notice since session 8's advisory words ("check any agency")
    "Seen on a forum: 'modelling job in Singapore, 18-22 only, all expenses paid, send photos'. This is a "
    'classic trafficking lure. Check any agency with the embassy before you travel.',
    'Reminder from our HR team: genuine offers from us come by email from our corporate domain. We never '
    'interview on Telegram, and we never ask you to buy equipment or pay for training.',
    'Radio report: police have arrested two men who ran a fake nursing agency, charging applicants 2,500 '
    'dollars each for visas to the UK that never came.',
    'Fraud notice: criminals are sending fake job offers that appear to come from our recruitment team. '
    "Candidates are asked to pay 95 euros for a 'background check' before an interview. We never charge "
    'candidates. Please delete these messages.',
    'A warning from a mum: my daughter was offered a nannying job in Italy by a woman she met online. The '
    "woman said she would keep her passport 'for the visa' and take the flight cost from her wages. We "
    'checked and the agency does not exist. Please be careful.',
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
    'Red flags of trafficking recruitment: offers of work abroad with everything paid, age limits '
    'like 18-25 for women, and a manager who keeps your documents. Share this with friends who are '
    'looking for work abroad.',
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
    'Job offer fraud is rising. Typical messages promise 300 dollars a day for simple online tasks '
    'and then ask for a deposit. Genuine employers pay you, they do not charge you.',
    "A message from our volunteers: several women were recruited for 'waitress jobs' in Cyprus, their "
    'passports were held by the agent and they were told they owed money for the flights. If you hear '
    'of offers like this, call our confidential line.',
    'Police are investigating reports of a man offering cash-in-hand building work to young people '
    'and then refusing to pay them. Anyone approached should contact the station.',
    'Please be aware that recruitment agencies acting for us never ask for money. Requests for '
    "'registration' or 'visa' fees in our name are fraudulent and should be reported.",
    'Fact sheet: how job scammers use fake cheques. The scammer posts a remote job, hires you without '
    'an interview, sends a cheque for equipment and asks you to wire the rest to a supplier. When the '
    'cheque bounces, you repay the bank.',
    'We are receiving calls from people who were told they had been hired by us after a chat on '
    "Telegram and were asked for a 'security deposit'. We have not hired anyone this way.",
    'Trafficking awareness: recruiters may promise well-paid work abroad, arrange the flights, then '
    'take documents and demand repayment of travel debts. If this is happening to you or someone you '
    'know, help is available.',
    "Warning to students from the union: 'brand ambassador' jobs that pay you to let money pass "
    'through your account are money mule schemes. You can be prosecuted even if you did not know.',
    "Notice: a website copying our logo advertises warehouse jobs with 'free accommodation' and asks "
    'applicants to pay a 75 pound booking fee. It is not our website.',
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


# Session 9. The warning context also reads reports: a sentence in the reporting voice (what was done to others, what
# a third party did, a victim's account, what messages and ads offer, a news report) warns, in a post that gives no
# way to reply outside its warnings and reports, invites no one to take the offer up, and is mostly warning and
# report; a post with a contact outside its warnings warns only in the clauses that say so; an emoji ends a
# sentence; what a warning leaves (under 12 words, no way to reply) is too little to judge; "not a scam" no longer
# switches rules off; CT300 reads young women recruited for hostess or club work abroad.
# Set I was written before these changes (by the author of the changes, so not blind); sets J and K were written by
# helper sessions that saw neither the code nor the other sets. J's texts were read before the changes but not
# used for them; K was measured once before reading it: notices 4/16 -> 7/16, wrapped scams 6/8 -> 6/8, honest
# short ads 2/8 -> 2/8. K's two laundered scams ("We are NOT a scam ... young ladies 18-25 ... hostesses in Dubai",
# an emoji between a warning and an offer) were then fixed. The misses are strict xfails.
SESSION9_NOTICE_MISSED = "a notice whose sentences neither warn nor read as a report is read as the offer"
SESSION9_SHORT_AD = "a short job ad: its words lean scam in short posts (the short-ad gap of the closing note)"
SESSION9_WRAPPED_MISSED = "a scam wrapped in warnings is discounted"


@pytest.mark.parametrize("text", [
    # written to probe the reading of reports: each is an offer in the reporting voice, or a report with a way to
    # reply; all eight are flagged (before the guard against invitations and offers, three were laundered)
    'People were told it was too good to be true, but I was paid 500 dollars a week. Registration fee 60 dollars, '
    'WhatsApp +44 7700 900123.',
    'My cousin was hired in Dubai last month, flights and visa paid, the agency kept her passport safe. Girls '
    '18-25, inbox me.',
    'Recruiters who promised you big money lied. We really pay: 300 a day, small deposit of 40 USDT to unlock '
    'tasks. Telegram @taskpay',
    'Someone is offering real jobs in Dubai: hostess work for girls 18-25, flights free, passport kept by the '
    'agency. Message madam on WhatsApp.',
    'My sister was offered a hotel job in Dubai and now earns 3000 dollars a month. The agency kept her passport '
    'for the visa. Girls 18-25 can apply too.',
    'My friend was offered a data entry job from home and got paid 300 dollars a day. She only paid a 50 dollar '
    'registration fee. Comment YES for the link.',
    'Last month three girls from our village were recruited for restaurant work in Malaysia, flights paid and the '
    'boss keeps their passports safe. Two places left for girls 18-24.',
    'Many people have been offered this job and they were paid every week: reship parcels from home, keep 20 '
    'percent, we send the labels.',
])
def test_session9_offers_in_the_reporting_voice_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    'Alert from the careers team at Northfield Hospital: people have been contacted on Telegram about '
    "nursing jobs in Canada and asked to pay an 'IELTS waiver fee'. We have no such fee and no recruiters"
    ' on Telegram.',
    "Share with your friends: a woman calling herself 'Auntie Grace' is offering girls cleaning jobs in "
    'Lebanon with free tickets. Girls who went say their phones and passports were taken on arrival. Do '
    'not go with her.',
    "Our bank's fraud team explains: criminals post ads for 'payment processing assistants' who receive "
    'money and forward it. If you agree, your account is used to move stolen funds, and you can be '
    'prosecuted.',
    'Last year I answered an ad for warehouse work in the Netherlands. The agency took my passport at the'
    ' airport and charged me 400 euros a month for a bed. I am sharing this so others ask questions '
    'before they go.',
    'Tip of the week: if a job offer comes with a cheque before you have even started, do not cash it. '
    "Honest employers don't pay you in advance to buy equipment.",
    'Statement from Brightway Logistics: a number of people have received WhatsApp messages offering '
    'driver jobs paying 1,200 pounds a week in our name. These messages are not from Brightway. We '
    'recruit only through our careers site.',
    'News: a court in Manila convicted three recruiters who promised factory jobs in Japan, took fees of '
    '3,000 dollars from each applicant and left them stranded.',
    'What a task scam looks like: day one you earn 20 dollars for rating hotels, day three you are asked '
    'to top up 100 dollars to continue, day five the site is gone with your money.',
    "Heads up to our members: messages offering 'mystery shopper' jobs are going around again. They send "
    "you a cheque and ask you to buy gift cards with it. It is fraud, don't engage.",
    'Safety notice for international students: you may see posts promising easy cash for letting someone '
    'use your bank account. This is money muling. Speak to the student support office if you have been '
    'approached.',
])
def test_session9_set_i_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Many fake agents out there, be careful. We are the real agency: cleaning jobs in Lebanon for girls '
    '20-30, free ticket, we keep passport safe on arrival. Message Auntie on WhatsApp.',
    "Warning: don't fall for fake jobs. Real opportunity here: process payments for our company from your"
    ' bank account, keep 15 percent of every transfer. DM for details.',
    'Scams are everywhere, so we are upfront: a one-time 99 dollar onboarding fee and you start earning '
    '250 dollars a day rating hotels. Telegram @hotelrates.',
    'Report fake recruiters! Genuine job: nursing in Canada, IELTS not needed, pay the 300 dollar waiver '
    'fee and we process your visa in 2 weeks.',
    'Fraud is common online. Our mystery shopper job pays 400 a week: we send you a cheque, you buy gift '
    'cards and send us the codes.',
])
def test_session9_set_i_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    'Kitchen assistant wanted at our cafe in Leeds, weekday mornings, 11.50 an hour. Pop in with your CV.',
    'Looking for a dog walker in Clapham, two walks a day, must love dogs. Message me for details.',
    'Receptionist for a physiotherapy clinic in Bath, 4 days a week. Apply through our website.',
    'Seasonal fruit pickers wanted in Kent, June to September, caravan accommodation available on site. '
    'Call the farm office on 01622 000333.',
    'Part-time bookkeeper needed for a family plumbing business, 2 days a week, Xero experience '
    'preferred. Email jobs@example.co.uk',
])
def test_session9_set_i_honest_short_ads_are_low(text):
    assert_low(text)


@pytest.mark.parametrize("text", [
    "Someone is using our company name and logo on WhatsApp to offer 'remote product reviewer' jobs. We "
    'do not recruit through WhatsApp or Telegram, and we will never ask you to deposit money, USDT or '
    "otherwise, to unlock tasks or withdraw commission. If you've been contacted, please report the "
    'number to us and to Action Fraud.',
    "Police in Leeds are asking anyone who answered an online advert for 'warehouse work in the "
    "Netherlands, accommodation included' to come forward. Several men who travelled say their passports "
    'were taken on arrival and they were told they owed £1,800 for flights and rent before they could be '
    'paid.',
    'A 41-year-old woman was jailed for nine years on Thursday after recruiting young women from Romania '
    'with promises of hostess jobs in London bars. The court heard she kept their identity documents and '
    'told them they each owed €3,000 in travel costs, which they were forced to repay through sex work.',
    'I paid £450 to an agent on Facebook for a care worker visa sponsorship in the UK. After I sent the '
    'money he sent me a certificate that turned out not to exist, then asked for another £900 for '
    "'biometrics processing' and stopped replying when I refused. I lost almost everything I had saved.",
    'My 19-year-old daughter was offered a modelling contract in Dubai by someone on Instagram who said '
    "flights, hotel and visa were all paid. When I asked for the agency's registration details they "
    'blocked her. Please talk to your kids about offers like this, we only found out because she showed '
    'me the messages.',
    pytest.param(
        "Job offers that pay for your travel and then hold your passport 'for safekeeping' are one of the "
        'most common ways people end up in forced labour. Nobody is allowed to keep your identity documents. '
        'If you or someone you know is in this situation, our helpline is free and confidential, 24 hours a '
        'day.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_NOTICE_MISSED)),
    "Banking tip: if a 'recruiter' offers you a job as a payments agent that involves receiving money "
    "into your account and sending it on as gift cards or crypto, say no. This is money muling, it's a "
    "crime, and your account could be closed even if you didn't know where the money came from.",
    "We've removed a number of listings advertising 'data entry from home, earn $300/day' that asked "
    'applicants to buy a starter kit for $89 before beginning. Legitimate employers on this site never '
    'charge you to apply or to start work. Please report any listing that asks you for payment.',
    "Members' bulletin: we have had reports of agencies charging seasonal farm workers up to £2,500 in "
    "'recruitment fees' for jobs in the UK, which is unlawful. If anyone asks you for a fee, a deposit on"
    ' accommodation before you arrive, or to hand over your passport, speak to your rep before signing '
    'anything. This is a scam and we will support you.',
    'Q: A company posted me a cheque for $2,450 to buy equipment for my new remote job and asked me to '
    "send the extra back to their 'vendor'. Is this normal? A: No. This is a classic fake cheque scam. "
    "The cheque will bounce days after your bank credits it and you'll be liable for the full amount you "
    'sent.',
    'Students looking for summer work: please be cautious about Telegram messages offering £50-£200 a day'
    " for 'liking videos' or 'rating hotels'. These often start with small payouts and then ask you to "
    "top up with your own money to continue. Speak to the careers office if you're unsure about an offer.",
    'Yeah this is a scam, 100%. No real company hires you over Telegram after a 5 minute chat, and the '
    "'deposit 100 USDT to unlock the premium task set' bit is the giveaway. They'll show you a big "
    "balance you can never withdraw. Block them and don't send anything else.",
    'Two men were arrested at Manchester Airport on Tuesday on suspicion of arranging the travel of 14 '
    'Vietnamese nationals who had been promised nail bar jobs. Officers said the group had been told they'
    ' owed around £20,000 each for the journey and would work it off without wages.',
    'My cousin went to Thailand last year for what was supposed to be a customer service job paying '
    '$1,500 a month. They took him across the border into Myanmar, took his phone and passport, and made '
    'him run romance scams 16 hours a day. We only got him back after the embassy got involved. If anyone'
    " offers you a job like this, please don't go.",
    'Fraud alert: people are receiving fake job offers in our name from Gmail addresses, asking for a '
    "£150 'DBS check and uniform fee' before an interview. All our vacancies are listed on our careers "
    'page and we never ask candidates for money at any stage. Beware of anyone who does.',
    "Beware of accounts on TikTok and Snapchat recruiting young people to 'earn £500 quick' by letting "
    "someone use their bank account. If you receive money and pass it on, you're a money mule and could "
    'face prosecution, lose your account and struggle to get credit for years. Report it to us or to '
    'Crimestoppers.',
])
def test_session9_set_j_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Beware of fake agents using our name, we are the ONLY official recruiter for hotel jobs in Dubai! '
    'Young ladies 18-28 wanted, flights, visa and accommodation fully paid, salary $3,000/month. WhatsApp'
    ' +971 50 000 0123 to apply today.',
    'NOT A SCAM!! Legit online job, earn £300-£800 daily rating products from your phone. Small deposit '
    'of £50 to activate your account, refunded with your first commission. DM me for details 🙏',
    'So many scammers out there, but we are a registered agency with 10 years experience. Farm and '
    'factory work in Poland, €1,800/month, processing fee only £350 and we keep your passport safe during'
    ' the visa process. Call or WhatsApp 07700 900412.',
    'Please be careful of fraudsters, our company is 100% genuine. We need a payment assistant to receive'
    ' client transfers into your personal bank account and forward them on, keep 10% for yourself. No '
    'experience needed, Telegram @fastpay_hr_team',
    'I know there are a lot of fake job posts here but this one is real, me and my friend both got paid '
    'last week. You complete 30 tasks a day and top up USDT to unlock higher levels with bigger '
    'commission. Message me if you want the link.',
    "Don't trust random agents asking for big money, our fee is only $200 for registration and guaranteed"
    ' job placement as a caregiver in Canada. Visa processing within 2 weeks, no IELTS needed. Send your '
    'documents and payment to secure your slot.',
    'Scam warning: only apply through us, not the copycat pages. Hostess and model jobs in Istanbul for '
    'girls with nice appearance, no experience needed, we cover your ticket and you repay it from your '
    'first salary. Inbox us with photos.',
    'We are NOT scammers, check our reviews. Work from home as a mystery shopper: we send you a cheque '
    'for $1,950, you deposit it, keep $400 as your pay and send the rest through a Bitcoin ATM for the '
    'assignment.',
])
def test_session9_set_j_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    'Barista wanted at our cafe on the high street, part-time, weekends 8am-3pm. £11.50/hr plus tips. Pop'
    ' in with your CV or call 07700 900186.',
    pytest.param(
        'Hiring delivery driver, full UK licence needed, van provided. Mon-Fri 7am-4pm, £12.20 an hour. '
        'WhatsApp us on 07700 900553 for details.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'Looking for a reliable house cleaner, 2 mornings a week in the Oakwood area. $20/hr. Text Karen at '
    '555-0143.',
    pytest.param(
        'Maths tutor needed for Year 10 student, GCSE level, one hour a week after school. Please message '
        'with your experience and rates.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Care assistants wanted for a small residential home, days and nights available, training provided. '
        'Send your CV to the manager or call 07700 900274.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    # review since session 10's last retrain, at the edge (0.099 against 0.0978)
    pytest.param(
        'Warehouse pickers needed, 3 shifts available, $17.50/hr, overtime after 40 hours. Apply in person '
        'Mon-Fri 9-4 or call 555-0119.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Part-time kitchen porter needed, evenings Thurs-Sun, approx 20 hrs/week. Must be 18+. Send your CV '
        'or drop in and ask for Tom.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'Dog walker wanted for two friendly labs, weekdays around midday, $15 per walk. Must be local to '
    'Maple Heights. Text 555-0172.',
])
def test_session9_set_j_honest_short_ads_are_low(text):
    assert_low(text)


@pytest.mark.parametrize("text", [
    'Hartwell Logistics has been made aware that people are using our name and logo on WhatsApp to offer '
    "'remote parcel inspector' roles. We never ask candidates to pay a £150 onboarding fee or buy "
    'equipment, and all genuine vacancies appear only on our careers page. If someone contacts you '
    'claiming to be our HR team, please report it to us.',
    "Police in Leeds are warning residents about messages offering £300 a day for 'liking videos' on "
    'Telegram. After a few small payouts, people are told to deposit their own money in USDT to unlock '
    "'premium tasks', and the balance is never returned. One woman lost £8,400 in three weeks. Never send"
    ' money to get paid.',
    'If a recruiter offers you a job that involves receiving payments into your personal account and '
    'passing them on, keeping 10% as commission, you are being used as a money mule. This is money '
    'laundering. Account holders can be prosecuted, have their accounts closed and find it hard to open '
    'another one for years.',
    'Seasonal workers on the fruit-picking scheme have told our branch officers that an agent back home '
    "charged them up to €4,000 for 'visa processing' and transport, to be repaid out of their wages. Some"
    " had their passports held by a site supervisor 'for safekeeping'. Nobody has the right to keep your "
    'passport. The union office number is on the farm noticeboard.',
    'Last year our outreach team met more than forty women who had answered adverts for hostess and '
    "waitressing jobs in Dubai and Cyprus, with flights, visa and accommodation all 'covered'. On arrival"
    ' they were told they owed €6,000 for the trip, their phones and ID cards were taken, and they were '
    'pushed into work they had never agreed to.',
    'A Bristol man was jailed for seven years on Friday after a jury heard he recruited Romanian men with'
    ' promises of warehouse work at £12 an hour. Instead, the court heard, they were housed eight to a '
    "room, charged £80 a week for 'rent and transport', and left with as little as £20 after deductions. "
    'He kept their identity cards in a locked drawer.',
    'Officers arrested three people in raids across Manchester and Birmingham this morning as part of an '
    'investigation into a network accused of luring young people with modelling contracts abroad. '
    "Detectives say applicants paid a £450 'portfolio fee' before being flown to Istanbul, where their "
    'passports were confiscated on arrival.',
    "Students: the careers service has seen a rise in emails offering 'part-time finance assistant' "
    'roles. You are sent a cheque, asked to pay it in and then transfer part of the money to an equipment'
    ' supplier. Days later the cheque bounces and you owe the bank the full amount. We never pass on jobs'
    ' like this, so check with us before replying.',
    "The Consulate has received several enquiries from nationals offered jobs in Thailand as 'customer "
    "service agents' via Telegram, with high salaries and free flights. Some were taken across the border"
    ' into Myanmar and forced to run online investment schemes targeting strangers. Do not accept '
    'overseas work without a verified contract and work permit.',
    "Mod note: we've removed several posts this week offering 'reshipping coordinator' jobs. You receive "
    'parcels at home, repackage them and send them abroad using prepaid labels. The goods are bought with'
    ' stolen cards, and your address is the one the police will visit. Accounts posting these will be '
    'banned; please report anything similar with the flag button.',
    'I answered an ad for a massage therapist job in Germany, good pay, flights paid. When I got there '
    'the manager took my passport and said I owed him €3,500 for the travel and the room. I worked twelve'
    " hours a day for four months and never saw a wage. I'm writing this so nobody else goes through what"
    ' I did.',
    "My nephew is 19 and got a message on Instagram about a 'logistics job' in Poland, £2,000 a month, he"
    ' just had to pay £250 for the work permit. He paid it, then they wanted another £400 for '
    "'insurance', then they stopped answering altogether. Please talk to your kids, this stuff is "
    'everywhere at the moment.',
    'Q: A recruiter says I need to pay a $99 training fee before my first shift as a remote data entry '
    'clerk. Is that normal? A: No. A genuine employer pays you to train; it does not charge you. Upfront '
    'fees, payment in gift cards or crypto, and interviews held only by Telegram chat are classic signs '
    'of a scam.',
    "Your instinct is right. No legitimate family or agency asks a nanny to pay a £600 'sponsorship "
    "deposit', and nobody should hold onto her passport once she arrives in London. Ask for the agency's "
    'licence number and a written contract before she books anything, and check both with the licensing '
    'authority yourself.',
    pytest.param(
        "Had the exact same thing happen. They add you to a Telegram group, pay you £5 a 'task' for rating "
        "hotels, then suddenly you hit a 'combination order' and have to top up £1,200 in crypto before you "
        "can withdraw. It's fake, there is no job, don't send them another penny. Screenshot everything and "
        'contact Action Fraud.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_NOTICE_MISSED)),
    'Alert from the Safe Journeys Trust: adverts promising care work in the UK with visa sponsorship are '
    'being used to charge applicants £10,000 or more. Licensed sponsors cannot pass the cost of a '
    'certificate of sponsorship on to workers. If you have paid a fee like this you are not in trouble; '
    'call our helpline on 0808 157 0000.',
])
def test_session9_set_k_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    '⚠️ Beware of scammers using our name! We are the ONLY official recruiter for hotel jobs in Canada. '
    'Visa, flights and housing arranged, just a one-time £350 processing fee to secure your place. '
    'WhatsApp +44 7700 900412.',
    'We are NOT a scam, all our girls are happy and safe 💕 Looking for young ladies 18-25 to work as '
    'hostesses in Dubai, flights, visa and apartment all paid by the company, earn $5,000+ a month. DM me'
    ' for details.',
    "Stay safe, never pay for a job! That's why our task platform is 100% free to join. Earn £200-£500 "
    'daily rating products; a small refundable deposit of 100 USDT activates your VIP task level. Message'
    ' @TaskHubSupport on Telegram.',
    'Genuine work from home, no fees, no scams. We need a payment processing assistant to receive client '
    'transfers into your personal bank account and forward them to our suppliers, keeping 10% commission.'
    ' Comment INTERESTED.',
    'Please be aware that fraudsters are pretending to be us; we only contact candidates from this '
    "address. Congratulations on your remote admin role! We'll post you a cheque for £2,800, deposit it "
    'and send £2,300 to our approved vendor for your laptop, the rest is yours. '
    'hr.onboarding.dept@gmail.com',
    "Legit agency, registered and checked, don't trust the fake ones. Farm and factory work in Italy, "
    '€1,800/month, we pay your travel and accommodation upfront and it comes back out of your wages over '
    'the first months. Your passport stays in our office for safekeeping while your papers are processed.',
    # low since session 10's last retrain, at the edge: its fee rules count (CT100, CT101), but upfront_fee's
    # fitted scale lifts a neutral post only to 0.122 and the classifier reads the rest below neutral: 0.0975
    # against a review threshold of 0.0978 (flagged with the model before)
    pytest.param(
        'Reminder: real employers never ask for money up front, and neither do we 🙂 Warehouse jobs in the '
        'Netherlands starting next week, you only need to cover the €180 medical certificate and €120 uniform'
        ' fee through our partner before departure.',
        marks=pytest.mark.xfail(strict=True, reason="at the edge: a fee whose fitted scale barely lifts it")),
    "Don't fall for those too-good-to-be-true offers, ours is real. Massage and spa work in Germany for "
    'girls, no experience needed, we arrange everything including the flight and you just pay it back '
    'from your first earnings. Text 555-0147 discreetly.',
])
def test_session9_set_k_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    pytest.param(
        'Saturday shop assistant wanted at our bakery in Didsbury, 8am-4pm, £11.50/hr. Pop in with your CV or'
        ' ring 07700 900318.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Bar staff needed for a busy pub in Galway, evenings and weekends, some experience preferred. Drop '
        'your CV in to the bar or message the page.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'Looking for a reliable nanny for two kids (4 and 7) in Brookline, Mon-Thu 3-7pm, $22/hr. References '
    'required. Send your resume by message.',
    'Gardener wanted one day a fortnight for a big garden in Toowoomba, mowing, hedges and weeding. '
    '$35/hr. Call or text Sue on 0491 570 156.',
    pytest.param(
        'Experienced painter & decorator needed for interior jobs around Cork, full-time, own transport '
        'essential. WhatsApp me on 087 555 0192.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Part-time receptionist for a small dental practice in Leicester, Tue/Thu/Sat mornings. Friendly, '
        'organised and good on the phone. Send CV to the practice manager.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Farm hand wanted for harvest on a grain property near Horsham VIC, Oct-Dec, tractor experience a '
        'plus, on-site accommodation available. Ph 0491 570 223.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Hiring delivery riders in Austin, own bike or e-bike, flexible shifts, $17/hr plus tips. Apply in '
        'person at the store or text 555-0183.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
])
def test_session9_set_k_honest_short_ads_are_low(text):
    assert_low(text)


# Set L, written by a helper session that saw neither the code nor the other sets, after the first round of this
# session's changes and before the second ("if a recruiter offers you ...", "a recruiter says ..." read as reports);
# measured once at the session's start, after the first round and after the second: notices 6/20 -> 10/20 -> 10/20,
# wrapped scams 10/10 throughout, honest short ads 3/10 throughout. The misses are strict xfails.
@pytest.mark.parametrize("text", [
    'Brightwell Logistics is aware that people are using our name and logo on WhatsApp to offer '
    "'warehouse supervisor' roles in Canada. We never ask candidates to pay a £450 visa processing fee or"
    ' send money for a work permit. If someone claiming to be from our HR team asks you for payment, '
    'please report it through our careers page and do not pay anything.',
    "Police in Northshire are urging jobseekers to think twice before answering adverts for 'payment "
    "agent' or 'finance assistant' work from home. These roles involve receiving money into your own bank"
    ' account and forwarding it on, often as crypto, for a small commission. That is money laundering, '
    'and people who take part can face prosecution and have their accounts closed.',
    'A labour licensing inspector told us that some unlicensed agencies charge farm workers for '
    "transport, a bed in a shared caravan and 'registration', often £300 or more before the first shift. "
    'Charging workers a fee for finding them work is unlawful in the UK. Anyone who has been asked to pay'
    " can contact the regulator's confidential helpline.",
    "Fraudsters are advertising 'easy' jobs on social media where you get paid to like videos or rate "
    "hotels. After a few small payouts, you're asked to top up a crypto wallet, first £50, then £200, "
    "then £1,500, to 'unlock' premium tasks. The money is never returned. If you've already paid, call us"
    ' on the number on the back of your card straight away.',
    'Members of Harbourside Building Society: if a stranger on Telegram offers you £300 a week to receive'
    ' parcels at home, repackage them and post them overseas, please stop and talk to us first. The goods'
    ' are usually bought with stolen card details, and the person doing the reshipping is the one the '
    'courier and the police can trace.',
    pytest.param(
        'Union reps in the care sector are hearing from overseas workers who paid agents up to £10,000 for a '
        'certificate of sponsorship, then arrived to find no hours at all. Some were told they owed a further'
        " £2,000 'training fee' if they resigned within three years. If this is you, you are not alone: join "
        'a union and get free advice before you sign anything else.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_NOTICE_MISSED)),
    "Signs that a job offer may be a route into exploitation: the employer keeps your passport 'for "
    "safekeeping'; you owe them for flights and housing and the debt keeps growing; you live where you "
    "work and can't come and go freely; your wages are paid to someone else. Anyone can call a modern "
    'slavery helpline in confidence, 24 hours a day.',
    'Three men have been arrested in a dawn raid after officers found eleven Romanian workers living in a'
    ' two-bedroom house in Eastfield. Detectives said the men and women had been recruited through a '
    'Facebook advert promising car-wash jobs at £9 an hour, then told they each owed £1,200 for the '
    'minibus journey and rent.',
    'A couple who recruited young women from Brazil with promises of modelling work in London were jailed'
    " for a total of 14 years at the Crown Court yesterday. The jury heard that the women's passports "
    "were taken on arrival and they were told they must repay a £15,000 'travel debt' by working in "
    'massage parlours.',
    "Careers Service advice: every autumn students receive emails offering 'research assistant' or "
    "'remote admin' roles with no interview. A common version sends you a cheque for £2,500 to buy a "
    "laptop and software from 'our approved vendor', and the cheque bounces days after you've paid that "
    "vendor. Genuine employers don't work this way, so bring any offer like this to a drop-in session "
    'before you reply.',
    "The Embassy has received reports that nationals are being recruited via Telegram for 'customer "
    "service' jobs in Southeast Asia paying USD 1,500 a month. On arrival, recruits have been moved "
    'across borders to guarded compounds, had their passports confiscated and been forced to run online '
    'investment schemes. Please verify any overseas offer with the labour attaché before travelling.',
    "From our Trust & Safety team: we've removed listings offering 'warehouse' and 'hotel' jobs in Dubai "
    "where applicants were asked to pay a 'visa processing' charge of £350 by bank transfer. Employers on"
    ' our platform should never ask you to pay to apply. Use the Report button on any listing that does, '
    'and keep all your chats inside our app.',
    "I answered a WhatsApp message offering £80 a day to 'boost' apps by giving them 5-star ratings. On "
    "the first day they paid me £40 in USDT. Then I landed a 'combination task', my account went "
    'negative, and I had to deposit £900 to clear it, then £2,700 more. I never got a penny back, so '
    'please learn from me.',
    "My 19-year-old daughter has been offered a 'hostess' job in a hotel bar in Tokyo by someone she met "
    "on Instagram. Flights, apartment and visa are all paid, and she'd earn $5,000 a month. They want a "
    "scan of her passport and say she mustn't tell anyone until the contract is signed. Am I being "
    'paranoid, or is this a known pattern?',
    pytest.param(
        'My brother went to work on a farm abroad through an agent who charged our family 180,000 rupees. Now'
        ' he says the boss holds his passport, he sleeps in a shed with nine other men, and they deduct food '
        'and rent so he gets almost nothing. He can only message us late at night. Who can help us get him '
        'home?',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_NOTICE_MISSED)),
    'Q: An agency offered me a nursing assistant job but wants £120 for a DBS check and £85 for a '
    "'training kit' before I start - is that normal? A: No: agencies in England generally cannot charge "
    'you for finding work, and a legitimate employer will arrange your DBS check itself. Walk away and '
    "don't hand over your card details.",
    "Not legit, sorry. Real companies don't hire you over Telegram with no interview and then ask you to "
    "buy your own 'starter equipment' from a supplier they pick. The cheque they post you will seem to "
    "clear at first and then bounce a week or two later, and you'll owe the bank the full amount. Block "
    'them and move on.',
    'A quick warning to candidates: someone is posing as me on LinkedIn and WhatsApp, offering remote '
    "data-entry roles and asking for a £60 'registration fee' to 'secure your slot'. I will never ask you"
    " to pay anything. If you're unsure whether a message really comes from me, call our office on 07700 "
    '900417.',
    'Does Greenleaf Retail charge a deposit for uniforms or onboarding? No. We have become aware of '
    "fraudulent offers using our name that request a £250 'refundable deposit' for uniforms and ID "
    'badges. All our interviews take place in person or on our official video platform, and job offers '
    'only ever come from an @greenleafretail.co.uk email address.',
    'Community notice: several families in our parish have been approached after Sunday Mass by a man '
    "offering cleaning work in other cities, with housing and transport 'all arranged'. Those who went "
    'found their wages were kept back to pay off debts for the coach and the room. If anyone approaches '
    'you or your loved ones with an offer like this, please speak to Father Michael or our safeguarding '
    'lead.',
])
def test_session9_set_l_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    '⚠️ Beware of scammers using our name! This is the ONLY official account of StarLine Staffing. 🌍 Now '
    'hiring hotel housekeepers & waiters for Dubai, salary 2,800 AED + free accommodation. Visa '
    'processing fee of just $250, fully refundable after 3 months. WhatsApp +44 7700 900123 to apply ✅',
    'Remote Online Assistant - earn 300-800 USDT per week from your phone 📱 We are a registered company, '
    'NOT a scam, and we pay daily. Simply complete 40 product-rating tasks a day; a small starting '
    'deposit of 100 USDT unlocks your task level and is returned with your commission. Message our mentor'
    ' on Telegram @rina_taskdesk',
    'Hiring young ladies aged 18-25 for hostess and promotional model work in Istanbul. Flights, visa, '
    'luxury apartment and meals all paid by the agency, you just bring yourself! Salary $4,000/month plus'
    " tips. No experience needed. Safety tip: never travel with an agency that isn't licensed. We are "
    'fully licensed and will hold your passport safely for the length of your contract.',
    'Looking for a Payment Processing Agent (part-time, work from home). You will receive client payments'
    ' into your personal bank account and transfer them on to our partners, keeping 10% of every '
    'transfer. Stay safe online: we will never ask for your PIN or passwords. Must be 18+ with a UK bank '
    'account. DM me for details.',
    'Job seekers, be careful of online offers that ask you to pay upfront. We will never charge you a '
    "penny. Hanford Data Solutions is hiring remote Data Entry Clerks at $28/hr. Once hired, we'll mail "
    'you a cheque for $3,200 to purchase your laptop and software from our approved vendor. Send your '
    'details to hr.hanforddata@gmail.com',
    '🍓 Seasonal fruit pickers needed in Spain and Italy, 3 to 6 months, good wages! We arrange flights, '
    'transport and shared housing; the travel cost is simply deducted from your wages over the first '
    'months. 🔒 For your safety, our team keeps all passports in the office so nothing gets lost. Honest '
    'agency, no hidden charges.',
    'URGENT HIRING ✅ No interview, start tomorrow! Warehouse packers, £15/hr, weekly pay. Just pay the '
    "£45 registration and DBS fee to confirm your start date. Remember: genuine employers don't make you "
    'wait weeks, so avoid fake agencies! Comment YES below and we will message you 👇',
    'Care Assistants wanted across Manchester, full training provided, £13.50/hr, immediate start. A '
    'one-off £120 training kit (uniform, manual and certificate) must be paid for before your first '
    'shift. Call or WhatsApp 07700 900581. Please report any fake pages copying our adverts, we are the '
    'original.',
    'We are building a team of online brand promoters 💼 Earn $50-$200 daily liking and reviewing '
    'products. Unlike the scams you see everywhere, we are regulated and you can withdraw anytime. Start '
    'with a $30 activation top-up which unlocks your first 30 tasks, fully refunded. Add us on Signal: +1'
    ' 555-0142',
    'Girls, please be careful of agents who promise the world and then disappear. We are a family-run spa'
    ' in Singapore looking for massage therapists aged 20-28, no certificate required. Air ticket and '
    'room provided, repaid from your salary of SGD 3,500. Your passport will be kept secure by management'
    ' while you work with us.',
])
def test_session9_set_l_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    pytest.param(
        'Part-time shop assistant needed at our corner shop in Leeds, Tues-Sat 9am-2pm. Friendly and reliable'
        ' please. Pop in or call 07700 900264.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Line cook wanted for a busy diner in Dayton, OH. Evenings and weekends, $17/hr plus tips. Send your '
        'resume to the manager or call 555-0137.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'Experienced gardener wanted two days a week for a private house near Kilkenny. Own transport needed.'
    ' Please send your CV with two references.',
    pytest.param(
        'Farm hand needed on a cattle property near Dubbo for the season. Must hold a manual licence. Award '
        'wages, accommodation on site. Call Jim on 0491 570 156.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Licensed security guard wanted for overnight shifts at a Winnipeg warehouse. $19.50/hr, full-time. '
        'Send your resume and licence number to apply.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    pytest.param(
        'Receptionist needed for a dental clinic in Pune, 10am-6pm, Mon-Sat. Good English and computer '
        'skills. WhatsApp us your CV on 98765 01234.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'We need an experienced family driver in Lekki, Lagos. Must have a valid licence and at least 3 '
    "years' experience. Send your CV and references to our office.",
    pytest.param(
        "Electrician's mate wanted, Bristol area, Mon-Fri. No experience needed but must be keen to learn. "
        '£12.50/hr. Text or WhatsApp Dave on 07700 900742.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
    'Looking for a part-time nanny for our two kids (4 and 7) in Austin, weekdays 3-6pm. CPR '
    'certification preferred. References required.',
    pytest.param(
        'Maths tutor wanted for a Year 10 student in Brisbane, one hour twice a week, $45/hr. Must have a '
        'Working with Children Check. Call 0491 570 389.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION9_SHORT_AD)),
])
def test_session9_set_l_honest_short_ads_are_low(text):
    assert_low(text)


# Session 11, set M: our own posts, written before the session's change to the warning context (a post that opens
# in the reporting voice reads the rest of its story as the report). At that start (52033cb) 6 of the 10 notices
# were low with the warning notice, the 5 wrapped scams flagged and 3 of the 5 honest ads low. Two notices were then
# read while designing the change (a bank tip and a victim's account), so this set is not untouched. The misses
# are strict xfails.
SESSION11_NOTICE_MISSED = "a notice that neither opens in the reporting voice nor is mostly warning is read as the offer"
SESSION11_SHORT_AD = "a short job ad: its words lean scam in short posts (the short-ad gap of the closing note)"


@pytest.mark.parametrize("text", [
    "Heads up from the student union: people on campus are getting texts offering 'mystery shopper' jobs "
    'at £250 a visit. You are sent a cheque, told to buy gift cards at a named shop and read the codes '
    "back over the phone. The cheque bounces a week later. Don't fall for it.",
    "We have taken down a group that was advertising 'hotel review' work paying $40 per task. Members "
    'were asked to deposit USDT to reach a higher level before withdrawing. Nobody got their money back. '
    'Report similar groups to the admins.',
    'My cousin was offered a cleaning job in Kuwait by a man at the bus station. He said the visa and '
    'flight were free but she had to hand over her passport at the airport. She never got it back and '
    'worked for a year without pay. Please be careful with offers like this.',
    pytest.param(
        "Bank tip of the week: criminals post 'payment processing assistant' adverts on job sites. The job is "
        'to receive transfers into your account and send them on, keeping 5%. This is money muling and it is '
        'a crime, even if you did not know.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION11_NOTICE_MISSED)),
    'Q: Someone on LinkedIn offered me a remote admin role and now wants £150 for a background check '
    'before the interview. Legit? A: No. Employers pay for their own checks. Stop replying and report the '
    'profile.',
    'Warning to parents: accounts on gaming apps are messaging teenagers with offers of modelling work '
    'abroad. The girls are told the trip is paid and they must not tell their family. If your child '
    'mentions this, call the child protection hotline.',
    'The court heard that the defendant recruited workers from Romania with promises of €1,800 a month. '
    'On arrival their ID cards were taken and they were charged rent that swallowed their wages. He was '
    'jailed for six years.',
    pytest.param(
        "A reminder from the careers office: a 'processing fee' is still a fee. Some fake recruiters ask for "
        "$75 to 'reserve your slot' at an interview that never happens. Genuine employers never charge "
        'candidates.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION11_NOTICE_MISSED)),
    "I almost fell for this last week. They messaged me on WhatsApp, said I'd earn £400 a day liking "
    'YouTube videos, then asked me to join a Telegram group and pay £100 to upgrade my account. I blocked '
    'them. Stay safe everyone.',
    "Consumer alert: texts claiming to be from a recruitment agency offer 'flexible online work' for 300 "
    'to 800 a day. Victims are later asked to top up their task account with their own money. Delete the '
    'message and do not reply.',
])
def test_session11_set_m_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Lots of scams around, be careful. We are a real company. Work from home, earn 500 USD a week, just '
    'pay the 60 USD activation fee to start. WhatsApp +44 7700 900481.',
    "Don't trust fake agents! Our agency is licensed. Jobs in Dubai for girls 18-25, visa and flight "
    'free, passport kept safe by the company. Message @gulfjobs_hr on Telegram.',
    'Beware of fraud, we never ask for money up front. Only a small 35 dollar registration fee for your '
    'training kit. Earn 250 a day. Text 555-0172.',
    'Scammers everywhere these days. Not us! Deposit 100 USDT to unlock premium tasks and withdraw 3x '
    'daily. Join t.me/earnfast_daily',
    'Stay safe online. We pay you to receive payments into your account and forward them, keep 10%. DM me '
    'for details.',
])
def test_session11_set_m_wrapped_scams_are_flagged(text):
    assert_flagged(text)


@pytest.mark.parametrize("text", [
    pytest.param(
        'Kitchen assistant wanted at a café in Brighton, 4 days a week, £11.80/hr. Drop your CV in or call '
        '07700 900615.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION11_SHORT_AD)),
    'Dog walker needed in Leith for two labradors, weekday lunchtimes, £15 per walk. Text 07700 900822.',
    pytest.param(
        'Looking for a part-time bookkeeper for a small plumbing firm in Swindon, about 10 hours a month. '
        'Email your CV.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION11_SHORT_AD)),
    'Cleaner wanted for a dental surgery in Perth, evenings Mon-Fri, 2 hrs a night, $28/hr. Call Sue on '
    '0491 570 447.',
    'Seasonal sales assistant for our garden centre near York, weekends March-June. Pop in and ask for '
    'Helen.',
])
def test_session11_set_m_honest_short_ads_are_low(text):
    assert_low(text)


# Session 11, set N: formal recruitment-fraud notices as careers pages, banks, police, consumer agencies and
# safeguarding teams write them; our own writing, before the second change of the session (company notice openers
# such as "it has come to our attention", bare "individuals ... are offering", a call to a safeguarding or fraud
# team read as where to report, not as an offer). At 52033cb 6 of the 8 were low, one of them without the warning
# notice; now all 8 are low with it.
@pytest.mark.parametrize("text", [
    'Recruitment fraud notice. It has come to our attention that individuals claiming to represent '
    'Northgate Logistics are offering jobs by text and WhatsApp and asking candidates to pay a visa '
    'processing fee. Northgate never asks candidates for money at any stage of recruitment. If you '
    'receive such an offer, do not respond and email our security team.',
    'We have been made aware of fake job offers using the Brightwell Hotels name. These offers promise '
    'salaries of 4,000 USD a month in Dubai and ask for a deposit for accommodation. All our vacancies '
    'are listed on our careers site and we never charge fees.',
    'IMPORTANT: Beware of fraudulent recruiters. Some people are sending messages on Telegram offering '
    "part-time 'product rating' work and asking for crypto deposits to unlock tasks. Harbor Bank will "
    'never contact you about a job through a messaging app.',
    'Advice from Trading Standards: job adverts that promise high pay for little work and then ask you to '
    'buy a starter pack, pay for a DBS check or send a copy of your passport are often scams. Check the '
    'company is real before you share anything.',
    "The National Crime Agency is warning students about 'money transfer agent' jobs advertised on social "
    'media. Applicants are asked to receive money into their bank accounts and pass it on. This is money '
    'laundering and can lead to prosecution.',
    'Job scam alert: we are receiving reports of emails offering remote data entry roles at 35 dollars an '
    "hour. Successful 'applicants' are sent a cheque to buy equipment from a named supplier. The cheque "
    'is fake. Please forward these emails to our fraud team.',
    'Notice to jobseekers: Meridian Staffing does not recruit through Facebook groups or TikTok and does '
    'not ask for registration fees, medical fees or passport copies before an interview. Anyone asking '
    'for these is not from Meridian.',
    'Safeguarding update: young people in our area have been approached online with offers of modelling '
    'work abroad, travel paid, with instructions not to tell their parents. If you are worried about a '
    'child, contact the safeguarding team.',
])
def test_session11_set_n_formal_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


# Session 11, set O: notices written after the session's first three changes to the warning context, to measure
# them: at 52033cb 3 of the 10 were low with the warning notice, 7 after those changes. Two of its three misses were
# then fixed (a message someone received, "my mum got a text saying ...", read as a victim's account; a clause
# "offering nursing jobs ... for a fee" that continues a report read as no offer made), so set O is no longer a
# measure: set P is. The one miss left is a strict xfail: a helpline's account of a worker ("a worker told our
# helpline ...", no warning word), low but with no warning notice.
SESSION11_O_MISSED = "an account with no warning word and no reporting voice the context reads: low, but no warning notice"


@pytest.mark.parametrize("text", [
    "Community noticeboard: several residents have received texts offering 'parcel inspector' work at "
    '£200 a day. The sender asks for a £45 uniform fee before the first shift. There is no such job. '
    "Please don't pay anything.",
    'Our HR team has learned that someone is sending WhatsApp messages pretending to be from Larkfield '
    'Care, offering nursing jobs in the UK with visa sponsorship for a fee of £3,000. We do not charge '
    'for sponsorship and we never recruit on WhatsApp.',
    "A worker told our helpline that a recruiter in her home country charged her six months' wages for a "
    'cleaning job in Qatar. When she arrived, her employer took her passport and she was not allowed to '
    'leave the house.',
    "Reddit PSA: those 'remote evaluator' gigs paying $45/hr that DM you out of nowhere are task scams. "
    "You do a few tasks, see a balance, then get told to deposit USDT to 'reset' your account. Don't.",
    "Scam warning from the university: students are being offered 'personal assistant' jobs by email. The "
    "'employer' sends a cheque and asks you to buy gift cards for clients. The cheque will bounce and you "
    'will lose the money.',
    'Local news: two men were charged yesterday with trafficking after recruiting farm workers with '
    "promises of good pay and free housing. Police said the workers' documents were confiscated and their "
    'wages withheld to pay off travel debts.',
    "Be careful with 'modelling agency' accounts on Instagram messaging girls under 18 and offering paid "
    'shoots abroad. A real agency will talk to a parent first. Report the account and tell an adult you '
    'trust.',
    "We've had reports of fake job ads using our store's name on Facebook. They ask applicants to pay for "
    "a 'background check' and send a photo of their ID. We never ask for payment and we only hire through "
    'our website.',
    "My mum got a text saying she'd been selected for a work from home job earning £500 a week, just "
    'needed to reply with her bank details to get set up. Obviously a scam, but older people fall for '
    'this.',
    'Advice line: if an agency says you must repay the cost of your flight, visa and training out of your '
    'wages, and holds your passport until you do, that is debt bondage. You have the right to keep your '
    'passport.',
])
def test_session11_set_o_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


# Session 11, set P: notices and accounts written after set O, before the change made from O's misses; a measure,
# not tuned on. At 52033cb 6 of the 10 were low with the warning notice; before the last change 8 (its two misses,
# "i received an email offering ..." and "my sister got a dm ...", were seen, and were of the kind that change was
# already being made for); now 10.
@pytest.mark.parametrize("text", [
    "I received an email offering me a 'finance assistant' role paying £600 a week. All I had to do was "
    'let them use my bank account for client payments. I reported it to my bank and they said it was a '
    'money mule scam.',
    'Warning from Eastfield Council: people are being approached outside the job centre by men offering '
    'cash-in-hand building work. Some who went were driven to sites miles away and never paid. Please '
    'talk to a work coach before accepting informal work.',
    "My sister got a DM on TikTok from a 'talent scout' offering her a hostess contract in Seoul, flights "
    'paid. They asked for her passport number and told her not to tell our parents. We blocked the '
    'account.',
    'Security notice: fraudsters are impersonating our recruitment team on LinkedIn, offering remote '
    'roles and asking candidates to install a messaging app for the interview. Our recruiters only use '
    'company email addresses.',
    "The charity's helpline has taken calls from seasonal workers who were charged 'placement fees' of up "
    'to €2,500 by agents, and who now owe that money to the farms they work on. Workers have the right to '
    'keep their passports and to change employer.',
    "PSA for students: that 'campus brand ambassador' DM promising $300 a week for posting stories is a "
    "scam. After a week they ask you to pay for 'merch' up front. Don't reply.",
    'Recruitment scams are on the rise. Criminals create fake job adverts, conduct interviews by text and '
    'then ask for payment for equipment or training. We will never ask you for money.',
    'A woman in our town was offered a nanny job in Spain by a man she met online. When she got there he '
    'took her phone and passport and said she owed him for the flight. Police have since arrested him.',
    "We are aware that some people have received texts offering 'data annotation' work in our name. These "
    'messages are not from us. Do not click the links or pay any fee.',
    "My cousin applied for a warehouse job he saw on Facebook and they asked for a £120 'DBS and "
    "training' payment before the start date. He paid, and the company stopped answering. Stay away from "
    'that page.',
])
def test_session11_set_p_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


# Session 12, set Q: notices and accounts (and wrapped scams) written at the start of session 12, before any change
# to the warning context; a measure, not tuned on. At fbcaf86 3 of the 10 notices were low with the warning notice,
# after this session's change 4; the six misses are strict xfails with their causes. The five wrapped scams were and
# are flagged.
SESSION12_Q_MISSED = ("set Q: a warning phrased in a way the context does not read (a list after a heading, 'these jobs ask you', a verdict "
                      "reply, a relative's account, a company's notice whose offer sentence names the pay)")


@pytest.mark.parametrize("text", [
    'Q: I was offered a remote admin job after a ten-minute Telegram chat and they want me to buy a '
    "laptop with a cheque they will post me. Should I? A: Please don't. The cheque will bounce after you "
    "have paid their 'supplier', and the bank will ask you to repay all of it.",
    'Warning signs of labour exploitation: someone else holds your ID documents; you were charged a '
    'recruitment fee you are still paying off; your wages are lower than promised or paid to a third '
    'party; you cannot leave the accommodation freely. You can talk to a support worker in confidence.',
    pytest.param(
        "Trading Standards are warning about adverts for 'parcel inspector' jobs from home. These jobs ask "
        'you to receive parcels at your address and reship them abroad for 20 pounds a box. The goods are '
        'bought with stolen cards, and you are the one the police will find.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_Q_MISSED)),
    "That's a scam, sadly. They paid you 30 dollars for the first tasks so you'd trust them, and now the "
    "'VIP level' needs a 500 USDT deposit before you can withdraw. You will never see that money. Stop "
    'replying and report the account.',
    pytest.param(
        'My daughter is 20 and someone on TikTok offered her a job as a hostess in Dubai, 4,000 dollars a '
        'month, flights and visa included. They asked her to send her passport and photos first. We said no, '
        'but please warn your girls about these offers.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_Q_MISSED)),
    pytest.param(
        'Important: we are aware of messages on WhatsApp from people claiming to be our recruiters and '
        'offering part-time work rating products for 200 pounds a day. We do not recruit through WhatsApp and '
        'we never ask candidates to pay or deposit money. Please ignore and block these numbers.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_Q_MISSED)),
    "Fraud tip from your bank: if a 'job' pays you to let money pass through your account and send it on "
    'in crypto, it is money laundering, not a job. Criminals target students with these offers in the new '
    'term.',
    pytest.param(
        'Over the summer our caseworkers met workers who paid an agent 3,500 euros for a job in a meat plant, '
        'then had their passports kept by the supervisor and their rent taken from wages. None of this is '
        'legal. Our advice line is free.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_Q_MISSED)),
    'Two men were convicted on Friday of running a fake modelling agency that recruited women aged 18 to '
    '24 with promises of shoots in Milan. The women were made to pay for portfolios and travel and then '
    'forced to work in massage parlours.',
    pytest.param(
        'Honestly this is how these task scams work. First you earn a little, then the platform says your '
        'account is negative and you must top up 300 dollars to unlock your earnings. No genuine job asks you '
        'to pay to get paid.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_Q_MISSED)),
])
def test_session12_set_q_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Scams are everywhere these days, so be careful! But we are a real company: earn 250 dollars a day '
    'from home rating hotels, small activation deposit of 50 USDT required. WhatsApp +44 7700 900321 to '
    'start today.',
    'Q: Is this job legit? A: Yes, 100% legit! Hostess jobs in Dubai for girls 18-25, flights and visa '
    'paid, agency holds your passport for safety. DM me now.',
    'Warning signs of fake jobs: upfront fees; no contract. Our agency is different: pay the 120 dollar '
    'processing fee and start in Canada next month, visa guaranteed. Telegram @canadajobsnow',
    'My cousin now earns 600 dollars a week with this work from home job, you only pay a 40 dollar '
    'registration fee. Message me to join her team!',
    'This is not a scam. Young ladies 19-26 wanted as dancers in Cyprus, free flights, we keep your '
    'documents safe until the travel debt is repaid. Text 07700 900654.',
])
def test_session12_set_q_wrapped_scams_are_flagged(text):
    assert_flagged(text)


# CT301: a private man seeking a young woman as his assistant is flagged; a disabled person's PA and a CEO's PA are not.
@pytest.mark.parametrize("text", [
    "Wealthy businessman seeks a female personal assistant, 18-25, slim and well presented, to travel with him. "
    "Generous allowance, accommodation provided. Message me on WhatsApp.",
    "Successful entrepreneur seeking a young lady as his PA, must be under 25, weekly allowance of 1500 GBP, send "
    "recent photos.",
])
def test_a_private_man_seeking_a_young_female_assistant_is_flagged(text):
    r = screen(text)
    assert r.band in ("review", "high") and "CT301" in [h.rule_id for h in r.hits], (r.score, [h.rule_id for h in r.hits])


@pytest.mark.parametrize("text", [
    'Female personal assistant wanted by a disabled woman in Norwich for personal care and outings, 12 '
    'hours a week, paid through direct payments.',
    'Executive PA to our CEO, London office, diary and travel management, 45k. Apply via our careers '
    'page.',
])
def test_personal_assistants_for_care_and_for_a_ceo_are_low(text):
    assert_low(text)


# Session 12, set R: notices and accounts (and wrapped scams) written after set Q's change, before the next; a
# measure, not tuned on. 6 of the 10 notices were low with the warning notice at 62989de, at e5dafd5 and at 719aa4a;
# the four misses are strict xfails. The five wrapped scams were and are flagged.
SESSION12_R_MISSED = ("set R: a notice the context does not read (a 'heads up' post, an answer to a reader's question, "
                      "a news item opening on a rescue, a quoted scam slogan) or that the classifier lifts alone")


@pytest.mark.parametrize("text", [
    pytest.param(
        "Heads up for anyone job hunting in the north east: there's a Facebook page advertising 'hotel "
        "housekeeping in Malta, 1,800 euros a month, flights covered' that asks for a 150 euro visa fee by "
        'bank transfer. Several people in our group paid and never heard back.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_R_MISSED)),
    'Red flags in a job offer: a salary far above the going rate; an interview held only by text; a '
    'request for your bank details before you have signed anything; a fee for training or a uniform. If '
    'you spot any of these, walk away.',
    pytest.param(
        'Answering a question we get a lot: no, a recruiter should not ask you to pay 200 dollars for an '
        "'English assessment' before an overseas placement. Licensed agencies are paid by the employer.",
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_R_MISSED)),
    "My friend's son went to the UK on a care worker visa that cost his family 12,000 pounds in agent "
    'fees. The care home gave him four hours a week and said he still owed them for the sponsorship. He '
    'is scared to complain in case they cancel his visa.',
    "This week's scam alert: texts claiming to be from a recruitment agency offer 'flexible online work, "
    "100 to 500 pounds a day' and ask you to reply on WhatsApp. Don't reply; forward the text to 7726 and "
    'delete it.',
    pytest.param(
        'Officers rescued eleven men from a car wash where they had been working for food and a mattress. The '
        'men had been recruited in their home country with promises of good wages, and their passports were '
        'held by the owner.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_R_MISSED)),
    'Please share: fake recruiters are contacting nurses abroad offering jobs in our hospitals and asking '
    "for a 'processing fee' of 900 dollars. We recruit only through our official website and never charge "
    'a fee.',
    "Reply to the OP: I'd be very careful. A 'company' that sends you money to buy your own equipment "
    'from a vendor they choose is the fake cheque trick. Once the cheque bounces you owe the bank '
    'everything you sent.',
    "Our charity supports young women who were recruited as 'models' or 'hostesses' abroad and then had "
    'their documents taken. If someone promises you free travel and a big salary but asks you to keep it '
    'secret, talk to us first.',
    pytest.param(
        "Consumer tip: 'Get paid to review products! Earn $50 per review!' messages are a common hook. You "
        'will be asked to buy the products yourself first, and the refunds never arrive. Ignore them.',
        marks=pytest.mark.xfail(strict=True, reason=SESSION12_R_MISSED)),
])
def test_session12_set_r_notices_are_low_with_a_notice(text):
    assert_low_with_a_warning_notice(text)


@pytest.mark.parametrize("text", [
    'Red flags everywhere online, I know, but this one is real: data entry from home, 400 dollars a week, '
    'just pay the 35 dollar registration and you start Monday. Text me on 07700 900777.',
    'Consumer tip: the best jobs go fast! Hostesses needed in Doha, girls 20-26, visa and flights free, '
    'the agency keeps your passport safe. WhatsApp +974 5555 0101.',
    'Please share with friends who need money: earn 300 a day liking videos on Telegram, first deposit 50 '
    'USDT to unlock tasks. Join here t.me/likeandearn',
    'No legitimate company will pay you this much, so be quick: 2,000 dollars a week for receiving '
    'payments into your account and sending them on in bitcoin. DM me.',
    'Warning: spaces are limited! Factory work in Poland, 1,500 euros a month, pay 250 euros for the work '
    'permit and we arrange everything. Call 07700 900888 today.',
])
def test_session12_set_r_wrapped_scams_are_flagged(text):
    assert_flagged(text)

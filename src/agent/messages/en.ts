// English message catalogue: one key per message, {name} parameters interpolated.
import { afterEn } from './after-en.js';
import { answeredEn } from './answered-en.js';
import { askedEn } from './asked-en.js';
import { caseEn } from './case-en.js';
import { deskLimitsEn } from './desk-limits-en.js';
import { checksEn } from './checks-en.js';
import { gamingEn } from './gaming-en.js';
import { incaseEn } from './incase-en.js';
import { problemQuestionsEn } from './problem-questions-en.js';
import { fitsEn } from './fits-en.js';
import { keptEn } from './kept-en.js';
import { safetyEn } from './safety-en.js';
import { normalEn } from './normal-en.js';
import { otherCheckEn } from './other-check-en.js';
import { midcaseEn } from './midcase-en.js';
import { outcomeEn } from './outcome-en.js';
import { readingsEn } from './readings-en.js';
import { repairEn } from './repair-en.js';
import { howLongEn } from './how-long-en.js';
import { fiveGhzEn } from './five-ghz-en.js';
import { renameUndoEn } from './rename-undo-en.js';
import { renameConsentEn } from './rename-consent-en.js';
import { wifiKeyEn } from './wifi-key-en.js';
import { visitsEn } from './visits-en.js';
import { fieldAfterEn } from './field-after-en.js';
import { kindsEn } from './kinds-en.js';
import { besideEn } from './beside-en.js';
import { earlyEn } from './early-en.js';
import { meansEn } from './means-en.js';
import { techEn } from './tech-en.js';
import { otherAskedEn } from './other-asked-en.js';
import { fixedEn } from './fixed-en.js';
import { confirmKindsEn } from './confirm-kinds-en.js';
import { stepQuestionsEn } from './step-questions-en.js';
import { cableEndsEn } from './cable-ends-en.js';
import { faultFactsEn } from './fault-facts-en.js';
import { salesAskedEn } from './sales-asked-en.js';

export const en = {
  greeting:
    "Hi, I'm Frontline, the automated support technician at your internet provider. Tell me what's wrong and I'll check your connection right away.",
  'greeting.email':
    "Hi, and thank you for your e-mail. I'm Frontline, the automated support technician who answers this support mailbox.",
  'greeting.portal':
    "Hi {name}, I'm Frontline, your provider's automated support technician. What can I help you with?",
  'language.switched': 'Of course — we continue in English.',
  'recovery.resend':
    'Sorry — something went wrong on our side and I did not get your last message. Could you send it again?',
  'smalltalk.other':
    'Happy to help! Tell me what is not working — for example no internet, slow speed or Wi-Fi trouble.',
  'ack.angry':
    "I'm sorry this has caused you so much trouble. I'll give your case priority and do my best to sort it out now.",
  'ack.frustrated': "I understand this is frustrating — let's get it sorted.",
  'ack.topic': 'Sure, let me look into that instead.',

  'ask.identity.customer_number':
    'First I need to find your subscription. What is your customer number? You find it on your invoice (5–8 digits).',
  'identity.not_understood':
    "I couldn't find a customer number in that. It's 5–8 digits and is on your invoice.",
  // "can't you check my address?" at the number question, with no known fault in a place it names.
  'identity.address_lookup':
    'I cannot find your subscription by the address alone. A known fault in an area I can check, and I see none for the place you name right now.',
  'ask.identity.customer_number.not_found':
    "I can't find a subscription with customer number {number}. Could you check the number? It is on your invoice and in your welcome letter (5–8 digits).",
  'ask.identity.pin': 'Thanks. To protect your account, please give me your 4-digit PIN.',
  'identity.wrong_pin': "That PIN doesn't match. You have {left} more attempt(s).",
  'identity.locked':
    "That PIN didn't match either, so I've locked PIN verification for now to protect your account. I can still check your line, but I can't change anything.",
  'identity.no_pin':
    "No problem. Without the PIN I can still check your connection, but I can't change any settings.",
  'identity.verified': 'Thank you, {name}, you are verified.',
  'identity.verified.given': 'Yes, that’s right — thank you, {name}, you are verified.',
  'identity.verified.more': 'No, that’s all I need — thank you, {name}, you are verified.',
  'identity.verified.anon': 'Thank you, you are verified for {holder}’s account.',
  'identity.verified.given.anon': 'Yes, that’s right — thank you, you are verified for {holder}’s account.',
  'identity.verified.more.anon':
    'No, that’s all I need — thank you, you are verified for {holder}’s account.',
  'identity.verified.writer': 'Thank you, {name}, you are verified for {holder}’s account.',
  'identity.verified.given.writer':
    'Yes, that’s right — thank you, {name}, you are verified for {holder}’s account.',
  'identity.verified.more.writer':
    'No, that’s all I need — thank you, {name}, you are verified for {holder}’s account.',
  'identity.writer_noted':
    'Sorry, {name} — thank you for telling me. I have noted on the case that you are writing for the account holder and that you are the one to contact.',
  'identity.writer_noted.anon':
    'Sorry about that — thank you for telling me. I have noted on the case that you are writing for the account holder and that you are the one to contact.',
  'identity.number.given': 'Yes, that’s the one — I have found your subscription.',
  'identity.number.more': 'Just your PIN, then I have all I need.',
  'identity.unidentified':
    "I can't identify your subscription, so I'm passing you to a colleague who can help you further.",
  'refused.not_holder':
    "Thanks for telling me. I can only test or change a connection together with its account holder, so I won't look at that line here. Ask the account holder to write or call us with the customer number and PIN and we'll check it straight away. Meanwhile they can switch the router off, wait 30 seconds and switch it on again — that often helps.",
  'refused.not_holder.restart':
    "Yes — anyone at home can do that: pull the router's power plug, wait 30 seconds and plug it in again. That often helps. Anything more I can only look at together with the account holder, so ask them to write or call us with the customer number and PIN.",
  'refused.not_holder.again':
    "I can only look at or change that line together with its account holder, so I can't tell you anything about it here. Ask the account holder to write or call us with the customer number and PIN, and we'll check it straight away.",
  'refused.unidentified':
    "For your security I can only change a subscription for its verified holder, so I can't do that here. Your customer number is on your invoice and your PIN in your welcome letter: write to me again when you have them, or the account holder can call us and we'll help.",

  testing: "I'm testing your line and router now — it takes about {seconds} seconds.",
  looking: "One moment — I'm looking at your subscription and router, it takes a few seconds.",
  verifying: "I'm checking that it worked…",
  'verified.ok': 'My tests now look good on our side.',
  'verified.still': 'That did not clear the fault, I can still see it from here.',
  'action.failed': "I couldn't complete that change on your router.",
  'refused.unverified':
    "For your security I can only make changes for a verified account holder, so I can't do that here. Your PIN is in your welcome letter: write to me again when you have it, or call us and we'll help you.",
  'consent.declined': "Understood, I won't change anything.",
  'consent.declined.this_one': 'Fine — I will leave that one as it is.',
  'confirm.not_fixed': "I'm sorry it still isn't working. Let me look again.",
  'offer.declined': "Alright, I'll leave that setting as it is.",

  'cause.cpe_powered_off':
    'Your router is not answering at all and our network sees no device on your line — it looks switched off.',
  'cause.cable_unplugged':
    'Your line is fine up to your home, but your router is not connected to it — usually a loose or unplugged cable.',
  'cause.fiber_los':
    'Our equipment sees no light from your fibre connection. That is a physical fault a technician has to fix.',
  'cause.optical_power_low':
    'The fibre signal reaching your home is too weak, which causes the drops. A technician needs to look at the fibre.',
  'cause.dsl_low_snr':
    'Your phone line has a lot of interference, which makes the connection slow or unstable. Often a splitter or cable at home is the culprit.',
  'cause.docsis_power_out_of_range':
    'The signal level on your cable-TV connection is outside what the modem handles. A technician needs to adjust it.',
  'cause.ppp_auth_failure':
    "Your router's login to our network is being rejected — the saved sign-in details don't match ours.",
  'cause.dns_misconfigured':
    "Your router is using the wrong address book for the internet (DNS), so some names can't be looked up.",
  'cause.cpe_hung': 'Your router answers us but has stopped passing traffic — it has got stuck.',
  'cause.firmware_bug_drops':
    'Your router runs a software version with a known bug that drops the connection.',
  'cause.wifi_channel_congestion':
    'Your Wi-Fi shares its channel with many neighbouring networks, so it gets crowded, especially in the evenings.',
  'cause.wifi_weak_signal': 'Your device gets a weak Wi-Fi signal from the router.',
  'cause.wifi_radio_disabled': "Your router's Wi-Fi is switched off.",
  'cause.speed_wifi_limited':
    'Your connection delivers full speed to the router; the slowdown happens on the Wi-Fi.',
  'cause.speed_line_degraded':
    'The speed to your router is far below your plan although the line itself looks healthy. That needs our second-line technicians.',
  'cause.area_outage': 'There is a known fault in our network in your area.',
  'cause.billing_suspended':
    'Your subscription is paused because of an unpaid invoice — that is why the connection does not work.',
  'cause.portal_account_locked': 'Your account on {portal} is locked after too many sign-in attempts.',
  'cause.default_admin_password':
    "Your router's admin password is still the factory default, which is a security risk.",
  'cause.admin_password_not_default':
    "I checked: your router's admin password is no longer the factory one — it has been changed. I can still set a new, secure one for you.",
  'cause.hardware_failure': 'Your router reports a hardware fault.',
  'cause.wifi_password_forgotten': 'I can set a new Wi-Fi password on your router for you.',
  'cause.wifi_freeloader':
    'I cannot block single devices from here, but a new Wi-Fi password does it: every device that does not know the new password is thrown off.',
  'cause.portal_password_reset': 'I can give you a temporary password for {portal}.',
  'cause.reboot_request': 'I can restart your router remotely.',
  'cause.factory_reset_request': 'A factory reset erases all your settings, so we try a restart first.',
  'cause.port_forward_request': 'I can set up a port forward on your router.',
  'cause.beyond_tier1_request': 'That change needs one of our second-line technicians.',
  'cause.nothing_found': "I can't see any fault on your line or router right now.",
  'cause.nothing_found_speed': 'Your line and router reach the speed of your plan in my tests.',

  'acting.cpe_reboot': "I'm restarting your router now. It takes a minute or two before it is back.",
  'acting.cpe_factory_reset':
    "I'm resetting your router to factory settings and restoring your internet settings.",
  'acting.cpe_firmware_upgrade':
    "I'm updating your router's software. It restarts by itself when done — please don't unplug it.",
  'acting.wifi_password_change': "I'm setting a new Wi-Fi password.",
  'acting.wifi_ssid_change': "I'm changing your Wi-Fi network name.",
  'acting.wifi_channel_change': "I'm moving your Wi-Fi to a quieter channel.",
  'acting.wifi_radio_enable': "I'm switching your Wi-Fi on.",
  'acting.dns_reset': "I'm resetting your router's DNS settings to ours.",
  'acting.pppoe_credentials_resync': "I'm sending the correct sign-in details to your router.",
  'acting.admin_password_change': "I'm setting a new admin password on your router.",
  'acting.port_forward_add': "I'm adding the port forward.",
  'acting.account_unlock': "I'm unlocking your account on {portal}.",
  'acting.account_password_reset': "I'm creating a temporary password for {portal}.",

  'done.cpe_reboot': 'Your router has restarted.',
  'done.cpe_factory_reset': 'Your router is reset and your internet settings are restored.',
  'done.cpe_firmware_upgrade': 'The software update is installed.',
  'done.wifi_password_change':
    'Done! Your new Wi-Fi password is: {secret}\nConnect your devices again with the new password.',
  'done.wifi_ssid_change': 'Your Wi-Fi has its new name.',
  'done.wifi_channel_change': 'Your Wi-Fi is now on a quieter channel.',
  'done.wifi_radio_enable': 'Your Wi-Fi is switched on again.',
  'done.dns_reset': 'Your router now uses our DNS servers.',
  'done.pppoe_credentials_resync': 'Your router has the correct sign-in details now.',
  'done.admin_password_change':
    "Done. Your router's new admin password is: {secret}\nKeep it somewhere safe; you only need it to change router settings.",
  'done.port_forward_add': 'The port forward is in place.',
  'done.account_unlock': 'Your account on {portal} is unlocked — you can sign in again.',
  'done.account_password_reset':
    'Your temporary password for {portal} is: {secret}\nYou will choose a new one when you sign in.',

  'consent.cpe_reboot': 'May I restart your router remotely? Your internet will be off for a minute or two.',
  'consent.cpe_factory_reset':
    'The restart did not help. May I reset the router to factory settings? Your own settings (Wi-Fi name and password) are erased.',
  'consent.cpe_firmware_upgrade':
    "May I update your router's software now? It takes a few minutes and the router restarts.",
  'consent.account_password_reset':
    'I can give you a new temporary password for {portal} now; the old one then stops working. Shall I do that?',
  'consent.wifi_password_change':
    'May I set a new Wi-Fi password? All your devices will need to connect again.',
  'consent.wifi_ssid_change': 'May I change your Wi-Fi network name?',
  'consent.wifi_channel_change':
    'May I move your Wi-Fi to a quieter channel? Devices may drop for a few seconds.',
  'consent.wifi_radio_enable': 'May I switch your Wi-Fi on?',
  'consent.dns_reset': "May I change your router's DNS settings back to ours?",
  'consent.pppoe_credentials_resync': 'May I send the correct sign-in details to your router?',
  'consent.admin_password_change': "May I change the router's admin password?",
  'consent.port_forward_add': 'May I add this port forward on your router?',
  'offer.admin_password_change':
    'One more thing: may I set a new, secure admin password on your router? It does not affect your Wi-Fi.',

  'ask.lights.power': 'Is the power light on your router lit?',
  'ask.lights.internet': 'What does the internet light on your router show?',
  'ask.lights.wifi': 'Is the Wi-Fi light on your router lit?',
  'ask.scope.devices': 'Is it all your devices, or only some of them?',
  'ask.connection.type': 'Is the device where it is slow on Wi-Fi or connected with a cable?',
  'ask.device.restarted': 'Have you already restarted the router?',
  'ask.wifi.location':
    'Where is the device compared with the router — same room, another room or another floor?',
  'ask.config.port_forward':
    'Which port should be opened, and to which device (its IP address, e.g. 192.168.1.50)?',
  'ask.contact.availability': 'When can a technician reach you or visit, if needed?',
  'ask.step.power_on':
    "Please check that the router is plugged in and switched on: the power light should be lit. Check the socket and the power button. Tell me when you've done it.",
  'ask.step.power_cycle':
    'Please unplug the router, wait 30 seconds and plug it in again. Tell me when it has started (about 2 minutes).',
  'ask.step.check_cables':
    'Please check the cables: the cable from the wall socket (fibre box, phone jack with its splitter, or cable-TV outlet) to the router should sit firmly at both ends. For a phone line, make sure the filter/splitter is fitted. Tell me when done.',
  'ask.step.move_closer':
    'Please move the device closer to the router, or the router to a more open, central spot, and tell me when done.',
  'ask.step.wired_test':
    'Please connect a computer to the router with a network cable and run a speed test. Tell me when you have done it.',
  'ask.step.rejoin_wifi':
    'Please forget the Wi-Fi network on your device and connect to it again. Tell me when done.',
  'ask.resolution.confirm': 'Does it work now?',
  'ask.clarify.intent': 'Just to be sure I help with the right thing — is it about {first} or {second}?',
  'ask.csat.score': 'How satisfied are you with the help today, from 1 (not at all) to 5 (very)?',

  'advice.wifi_limited':
    'Tip: speed over Wi-Fi depends on distance and walls. Use the 5 GHz network near the router, keep the router open and central, and use a cable for devices that need full speed.',
  'inform.nothing_more': 'There is nothing more I need to change.',
  'inform.firmware_current': 'Your router already runs the recommended software version.',

  'escalate.before_availability.field': 'This needs a technician. I will book a field visit for you.',
  'escalate.before_availability.tier2': 'This needs our second-line technicians.',
  'escalate.before_availability.noc': 'This needs our network operations team.',
  'escalate.before_availability.agents': 'I will pass this to a colleague.',
  'escalated.field':
    'I have passed your case to our field technicians (reference {reference}). They will contact you within {when} to book a visit at a time that suits you.',
  'escalated.field.booked':
    'I have booked a technician visit for {window} (reference {reference}). If that time does not suit you, reply here and our field team will move it.',
  'escalated.tier2':
    'I have passed your case to our second-line technicians with everything I found (reference {reference}). They will get back to you within {when}.',
  'escalated.noc':
    'I have passed your case to our network operations team (reference {reference}). They will get back to you within {when}.',
  'escalated.agents':
    'I am handing you over to a colleague with everything we have done so far (reference {reference}). Someone will answer you here within {when}.',
  'escalated.security':
    'I have passed your case to our security team (reference {reference}). They will contact you within {when}.',
  'routed.billing':
    'I have passed you to our billing team (reference {reference}). They will contact you about the invoice within {when}.',
  'routed.sales':
    'I have passed your request to our sales team (reference {reference}). They will contact you within {when}.',
  'outage.informed':
    'There is an ongoing fault in your area ({title}, reference {incident}). Our technicians are working on it and expect it fixed by {eta}. I have linked your case {reference} to it and will message you here when it is fixed.',
  'outage.informed_no_eta':
    'There is an ongoing fault in your area ({title}). Our technicians are working on it. I have linked your case {reference} to it and will message you here when it is fixed.',
  'outage.resolved':
    'Good news: the fault in your area ({title}) is fixed. Your connection should work again — if not, just reply here. (Case {reference})',
  resolved: 'Great, glad it works again! Your case {reference} is closed.',
  'summary.customer': 'Summary: {summary}',
  'csat.thanks': 'Thank you for your feedback!',
  'csat.thanks.comment':
    'Thank you for the score, and for telling us why — your comment is on the case, where our quality team reads it.',
  'csat.thanks.comment.low':
    'Thank you for telling us, and I am sorry it was not better. Your comment is on the case, where our quality team reads it.',
  'csat.thanks.complaint':
    'Thank you for the score, and I am sorry about that: “{complaint}” — your comment is on the case, where our quality team reads it.',
  'csat.thanks.complaint.low':
    'Thank you for telling us, and I am sorry it was not better: “{complaint}” — your comment is on the case, where our quality team reads it.',
  'closed.more': 'Is there anything else I can help with? Just write.',
  'closed.other_subscriber':
    'They need to contact us themselves, with their own customer number — I can only check and change the connection of the account I am helping you with. Is there anything else I can help you with? Just write.',
  'closed.still_here': 'Yes, I’m here — what else can I help you with? Just write.',
  'secondary.noted':
    'You also asked about {topic}: that is for {team}, and I will pass your question on to them once we have sorted this out.',
  'secondary.noted.again':
    'Your question for {team} is noted: I pass it on to them as a separate case as soon as we are done here, and a person there answers you.',
  'secondary.linked':
    'You also asked about {topic}: I have passed your question on to {team} in your own words, as a separate case {linked}. A person there will answer you about it.',
  'secondary.offer': 'You also mentioned {topic}. Write to me if you want me to look at that too.',
  reminder: 'Are you still there? I am waiting for your answer to continue.',
  timeout:
    'I have paused your case {reference} since I did not hear back. Just reply here when you are ready and we will continue.',
  'staff.joined': 'A colleague from our support team has joined the conversation.',
  'staff.left': 'The automated agent is back. How can I help further?',
  'human.waiting': 'A colleague will answer you here shortly.',

  'kb.answer': 'Our help centre has an article on this — “{title}”:\n\n“{quote}”\n\nThe whole article: {url}',
  'ask.kb.helped': 'Did that answer your question?',
  'kb.option.yes': 'Yes, that helped',
  'kb.option.no': "No, that didn't help",
  'kb.resolved':
    'Glad I could help! I have closed your case {reference}. Just write again if anything else comes up.',
  'kb.glad': 'Glad I could help! Just write if there is anything else.',
  'kb.not_helped':
    "Sorry that didn't help. Tell me a little more about what you need, or what isn't working, and I'll take it from there.",
  'kb.not_helped.runbook': "Sorry that didn't help — let me look into it for you instead.",
  'kb.read_more': 'Read more about what happened in our help centre: {title} — {url}',
  'kb.summary': 'Your question was answered with the help-centre article “{title}” ({url}).',

  'when.P1': '1 hour',
  'when.P2': '4 hours',
  'when.P3': '24 hours',
  'when.P4': '3 days',

  'intent.no_connection': 'no internet connection',
  'intent.slow_speed': 'slow speed',
  'problem.cause.hardware_failure': 'a router that keeps failing',
  'intent.intermittent': 'an unstable connection',
  'intent.sites_unreachable': 'some sites not loading',
  'intent.wifi_problem': 'Wi-Fi trouble',
  'intent.wifi_password': 'your Wi-Fi password',
  'intent.router_config': 'a router setting',
  'intent.router_reset': 'restarting the router',
  'intent.firmware_update': 'a router software update',
  'intent.login_problem': 'signing in to {portal}',
  'intent.password_reset': 'a new password',
  'intent.outage_check': 'an outage',
  'subject.linked.billing': 'Invoice question',
  'subject.linked.billing.double_charge': 'Charged twice',
  'subject.linked.billing.compensation': 'Compensation request',
  'subject.linked.billing.payment': 'Payment question',
  'intent.billing': 'your invoice',
  'intent.account_change': 'a change to your subscription',
  'intent.human_agent': 'talking to a person',
  'intent.other': 'something else',
  // Plain words for the customer's case summary: what was done, how it went, which team takes over.
  'summary.step.cpe_reboot': 'router restart',
  'summary.step.cpe_factory_reset': 'router factory reset',
  'summary.step.cpe_firmware_upgrade': 'router software update',
  'summary.step.wifi_password_change': 'new Wi-Fi password',
  'summary.step.wifi_ssid_change': 'new Wi-Fi network name',
  'summary.step.wifi_channel_change': 'Wi-Fi channel change',
  'summary.step.wifi_radio_enable': 'Wi-Fi switched on',
  'summary.step.dns_reset': 'correct DNS settings on the router',
  'summary.step.pppoe_credentials_resync': 'correct login details sent to the router',
  'summary.step.admin_password_change': 'new router admin password',
  'summary.step.port_forward_add': 'port forward on the router',
  'summary.step.account_unlock': 'account on {portal} unlocked',
  'summary.step.account_password_reset': 'new password for {portal}',
  'summary.step.step.power_on': 'you switched the router on',
  'summary.step.step.power_cycle': 'you restarted the router',
  'summary.step.step.check_cables': 'you checked the cables',
  'summary.step.step.move_closer': 'you moved closer to the router',
  'summary.step.step.wired_test': 'test over a network cable',
  'summary.step.step.rejoin_wifi': 'you reconnected your devices',
  'summary.step.resolution.confirm': 'we asked whether it works',
  // A step that helped in a case that still went on (escalated, handed over): never "fixed it".
  'summary.result.fixed_not_enough': 'helped only partly',
  'summary.result.fixed_not_enough.step.move_closer': 'works next to the router, still poor further away',
  'summary.result.fixed': 'fixed it',
  'summary.result.partly': 'partly, the rest later',
  'summary.result.done': 'done',
  'summary.result.advised': 'advice given',
  'summary.result.did not help': 'did not help',
  'summary.result.customer declined': 'you declined',
  'summary.result.customer could not': 'could not be done',
  'summary.result.works for now': 'works for now',
  'summary.result.unclear': 'unclear',
  'summary.result.customer says it still does not work': 'still did not work',
  'team.agents': 'our support team',
  'team.tier2': 'our second-line team',
  'team.noc': 'our network operations centre',
  'team.field': 'our field service team',
  'team.billing': 'our billing team',
  'team.sales': 'our sales team',
  'team.security': 'our security team',

  // Answers to questions asked back while a question is pending (the question is then put again).
  'reply.why_pin':
    'The PIN shows me that I am talking to the account holder before I change anything on your router or subscription. You find it in your welcome letter or on {portal}.',
  'reply.where_customer_number':
    'Your customer number is at the top of your invoice and on {portal} under your details — 5 to 8 digits.',
  'reply.which_cable':
    'The cable that brings the internet into your router — from the wall socket to the router. Cables to the TV or computers do not matter here.',
  'reply.which_cable.fiber':
    'The cable from the fibre box on the wall to the router (usually its WAN or Internet port). Cables to the TV or computers do not matter here.',
  'reply.which_cable.dsl':
    'The cable from the phone jack on the wall to the router, through the small filter (splitter) if you have one. Cables to the TV or computers do not matter here.',
  'reply.which_cable.cable':
    'The round antenna cable from the cable-TV outlet on the wall to the modem. Cables to the TV or computers do not matter here.',
  'reply.which_light':
    'The lights are on the front or top of the router: power is usually the first one, and the internet light is marked with a globe or “Internet”.',
  // "which light should be on? there is one called PON" while the router is being switched on: the lights it
  // comes up with, the PON light's steady green last.
  'reply.which_light.step.power_on':
    'The power light comes on at once. On a fibre box the PON light blinks while it connects and then stays steady green — then it has contact with our network.',
  'reply.what_dns':
    'DNS is the internet’s address book: it turns names like example.com into the numbers computers use. When it is wrong, some sites do not load although the connection itself works.',
  'reply.what_wifi_channel':
    'Wi-Fi sends on a channel, like a radio station. When many neighbours use the same one it gets crowded and slow; a quieter channel helps.',
  // The channel numbers the checks read (wifi-channel-facts.ts); without them the general text above answers.
  'reply.what_wifi_channel.wifi_channel_congestion':
    'A channel is the lane your Wi-Fi sends on, like a station on the radio: when many neighbouring networks use the same lane, it gets crowded and slow, most of all in the evening when everyone is online. Yours is on channel {channelFrom} now, which many neighbouring networks share. I do not pick a number by hand: the router measures which channel is quietest and moves there itself — ask me afterwards and I tell you which one it chose. 5 GHz has far more channels and fewer neighbours, so close to the router a device that supports it is usually better off there.',
  'reply.what_wifi_channel.wifi_channel_change':
    'It is on channel {channelTo} now — the router moved it there from channel {channelFrom}, the quietest one it measured. Close to the router, 5 GHz is usually better still for a device that supports it: far more channels and fewer neighbours.',
  'reply.lose_settings': 'Your settings stay as they are.',
  'reply.lose_settings.consent.factory_reset':
    'Yes: a factory reset erases your own settings, such as the Wi-Fi name and password. I put the internet settings back myself, but you may need to set your Wi-Fi name and password again.',
  'reply.lose_settings.consent.wifi_change':
    'Your other settings stay as they are. Only the Wi-Fi details change, so each device connects again once with the new details.',
  'reply.lose_settings.consent.reboot':
    'A restart keeps all your settings, just like switching it off and on.',
  'reply.lose_settings.consent.firmware_update':
    'A software update keeps your settings: the Wi-Fi name and password, port forwarding and the rest stay as they are. Only a factory reset would erase them.',
  // "how long before the move do we need to contact you?": how far ahead, never how long the desk takes.
  'reply.notice_before':
    'Preferably a few weeks before: then there is time to check the new address and book the move or change for the day you want.',
  'reply.how_long': 'Only a minute or two.',
  'reply.how_long.consent.reboot': 'About two minutes until the router is back.',
  'reply.how_long.consent.firmware_update':
    'About five minutes; the router restarts by itself when it is done.',
  'reply.how_long.step.power_on': 'Give it a couple of minutes after it is switched on.',
  'reply.how_long.consent.factory_reset': 'About five minutes.',
  // At a port forward: checked from outside with the server running, never by opening a web page.
  'reply.how_know_fixed.port_forward_add':
    'A port forward only shows from outside your home: with the server running on that computer, ask a friend to connect from their own internet, or open an online port checker website and test the port I opened. Testing from your own Wi-Fi often shows it as closed even when it works. If it stays closed, write here and I will check the forward again.',
  'reply.how_know_fixed.port_forward_add.again':
    'With the server running, either a friend connects from outside your home, or an online port checker tests the port I opened — from your own Wi-Fi it may look closed even when it works. The forward itself is in place on your router.',
  'reply.how_know_fixed.port_forward_add.for_now':
    'Good — the forward is in place, so I count it as done. If your friend still cannot connect once the server is running, write here with your reference {reference} and I will check it straight away.',
  'reply.how_know_fixed':
    'Try what did not work before — open a few web pages or start a stream. If it works normally, it is fixed; if not, just tell me and I will keep looking.',
  'reply.cost':
    'Nothing — troubleshooting and fixing faults in our network or on our equipment is free of charge.',
  'reply.technician_when': 'Our field team contacts you within {when} to agree on a time that suits you.',
  'reply.refund.charge':
    'A charge that is wrong, such as the same month billed twice, is paid back by our billing team once they have checked it; they tell you when it is done, and the money usually reaches your account within a few bank days.',
  'reply.compensation':
    'If your service has been down because of a fault on our side, you can get a reduction on your invoice for the days it did not work. Our billing team handles that.',
  'reply.what_happens_next':
    'As soon as I have your answer I continue with the next step, and I tell you what I do as I go.',
  // "I don't have a PIN, what do I do then?" at the PIN question: the ways on without it, never where it is again.
  'reply.what_happens_next.identity.pin':
    'Then call our customer service: on the phone they can check who you are in other ways. Or reset your password for {portal} — your PIN is shown there under your details. Without the PIN I can still check your connection, but I cannot change anything on the account.',
  'reply.what_happens_next.no_ask':
    'There is nothing you need to do right now: everything is on your case, and we write to you here as soon as there is news.',
  'reply.what_happens_next.unverified':
    'To change anything on your account I need your PIN, which is in your welcome letter. Write to me again when you have it, or call us and we will help you.',
  'reply.what_happens_next.billing_suspended':
    'Once our billing team has seen the payment they reopen the connection, and you do not need to do anything more. Until it is open, you can share the internet from your mobile phone (personal hotspot) as a stop-gap, for example to work from home.',
  'reply.is_it_safe':
    'Yes — I only change what I have described, everything is recorded on your case, and you can always ask us to change it back.',
  'reply.where_customer_number.identity.pin':
    'Your PIN is the four digits in the welcome letter we sent when you became a customer; you can also see it on {portal} under your details.',
  'reply.other.step.power_cycle':
    'The power button is usually a small button on the back marked Power or I/O. If you cannot find it, pull out the power cable, wait ten seconds and plug it back in — that does the same.',
  'reply.other.step.power_on':
    'Check that the power cable is in the wall socket and in the router, then press the power button on the back (marked Power or I/O). The lights come on within a minute.',
  'reply.other.step.check_cables':
    'Push each cable in firmly at both ends: the one from the wall socket to the router, and the power cable. A loose cable is the most common cause.',
  'reply.other.step.wired_test':
    'Any of the LAN ports on the back of the router (often yellow and numbered 1–4) — not the one marked WAN or Internet, which brings the connection in.',
  'reply.other.consent.reboot':
    'The router switches off and on by itself; your internet is away for about two minutes and all settings stay.',
  'reply.other': 'Good question — I have noted it on your case so that it is not forgotten.',
  // Repairs of a pending question.
  'repair.hedge.consent': 'It is entirely your choice — if you would rather not, I will not change anything.',
  // The step is put again right after this: its own words say how to report back, so this says it no more.
  'repair.hedge.step': 'No worries — do what you can.',
  'repair.hedge': 'No problem — a short answer is enough.',
  'repair.correction': 'No problem, let us take that again.',
  'repair.correction.nothing': 'No problem, I have not noted anything.',
  'repair.thanks': 'You are welcome!',
  'repair.later': 'I have noted that and will come back to it when we are done with this.',
  // After the outcome.
  'closed.nothing_opened':
    'Understood — I have not opened anything new and nothing is ordered; your case stays closed as it is.',
  'closed.cannot_answer':
    'That one I can’t answer from here — what I can see and change is your connection and your router. Our customer service can: write “I want to talk to a person” and I will hand you over to them.',
  'closed.already':
    'Good to hear everything works. Your case {reference} is already closed as solved — nothing more is needed. Just write if anything else comes up.',
  'closed.bye': 'Alright. If you need us again, just write here.',
  'closed.thanks': 'You are welcome! Just write if anything else comes up.',
  'handoff.noted': 'I have added your message to case {reference}. {team} will answer you here.',
  'handoff.let_go':
    'All right. Your case {reference} stays with {ourTeam} as it is; just write here if you want anything more.',
  'handoff.thanks.contact':
    'You are welcome! {team} will contact you on the details you gave, within {when}.',
  'handoff.thanks': 'You are welcome! {team} will get back to you here within {when}.',
  'handoff.next':
    '{team} has your case {reference} with everything I found and will get back to you within {when}.',
  'handoff.linked':
    'I have opened a separate case {linked} for that with {team}. Your case {reference} stays where it is.',
  'handoff.linked.person':
    'I have passed that to {team} on a separate case {linked}: a person there will answer you about it here. Your case {reference} stays where it is.',
  'staff.resolved': 'Your case {reference} has been resolved by our support team.',
  // v2 requests.
  'ask.config.wifi_name': 'What would you like your Wi-Fi network to be called?',
  'cause.wifi_rename_request':
    'I can give your Wi-Fi network a new name. The password stays the same; each device then picks the new name once.',
  'cause.security_worry':
    'I understand the worry. To lock out anyone who should not be there, I will set a new Wi-Fi password and a new admin password on your router, and then pass your case to our security team.',
  'closing.declined': 'Then everything stays as it is. Your case {reference} is closed.',
  'closing.request_done': 'Done! Your case {reference} is closed.',
  'reply.find_device_ip':
    "You find the device's IP address in its own network settings (on a games console: Settings → Network → connection status); on your home network it starts with 192.168.1.",
  'reply.boost_signal.step.wired_test':
    'The cable test shows whether the full speed reaches your home; then I know it is the Wi-Fi and not the line, and what helps. Wi-Fi speed itself depends on distance, walls and band (5 GHz is faster near the router).',
  'reply.boost_signal':
    'I cannot make the router transmit further from here — walls and distance weaken the signal. Even a metre or two closer, or the router out of the cupboard and up high, makes a big difference.',
  'repair.hedge.step.wired_test':
    'Good! Now run a speed test on that computer (for example bredbandskollen.se or fast.com) and tell me when it is done.',
  'rejoin.later':
    'No problem — connect your devices with the new details when you can. If one will not connect, just write here.',
  'security.after_current':
    'I take that seriously. As soon as this is fixed, I will set a new Wi-Fi password and a new admin password on your router and pass your case to our security team.',
  'cause.other_service':
    'That service is not something I can check from here, so I am passing your question to a colleague who handles it.',
  'cause.not_customer':
    'Welcome! Our sales team helps with new subscriptions and moving in — I am passing your request to them.',
  'routed.billing.suspended':
    'I have passed you to our billing team (reference {reference}). They can help with the invoice and reopen the connection once it is settled; they will contact you within {when}.',
  'routed.agents':
    'I have passed your question to a colleague (reference {reference}). Someone will answer you here within {when}.',
  'summary.step.advice.wifi_limited': 'advice about Wi-Fi speed',
  'summary.result.failed': 'did not work',
  'person.identify_first':
    'Of course, I will put you through to a colleague. So that they can help you straight away, I first need to find your account.',
  'outage.noted':
    'I have added your message to case {reference}. I will message you here as soon as the fault is fixed.',
  'summary.step.other': 'another step',
  'ask.consent.reboot': 'May I restart your router remotely?',
  'ask.consent.factory_reset': 'May I reset your router to factory settings?',
  'ask.consent.firmware_update': "May I update your router's software?",
  'ask.consent.wifi_change': 'May I change your Wi-Fi settings?',
  'ask.consent.config_change': "May I change your router's settings?",
  ...caseEn,
  ...deskLimitsEn,
  ...afterEn,
  ...askedEn,
  ...repairEn,
  ...midcaseEn,
  ...incaseEn,
  ...problemQuestionsEn,
  ...outcomeEn,
  ...checksEn,
  ...gamingEn,
  ...answeredEn,
  ...keptEn,
  ...safetyEn,
  ...normalEn,
  ...otherCheckEn,
  ...fitsEn,
  ...readingsEn,
  ...visitsEn,
  ...howLongEn,
  ...renameUndoEn,
  ...fiveGhzEn,
  ...renameConsentEn,
  ...wifiKeyEn,
  ...fieldAfterEn,
  ...kindsEn,
  ...besideEn,
  ...earlyEn,
  ...meansEn,
  ...techEn,
  ...otherAskedEn,
  ...fixedEn,
  ...confirmKindsEn,
  ...stepQuestionsEn,
  ...cableEndsEn,
  ...faultFactsEn,
  ...salesAskedEn,
} satisfies Record<string, string>;

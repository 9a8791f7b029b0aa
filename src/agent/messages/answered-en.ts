// English texts for questions the desk answers from what it knows about the case instead of passing
// them to a colleague: whether it acted on the router, where a new password is shown, an outage
// question before the caller is verified, speeds and prices for someone who is not a customer yet.
const FORWARD_IN_PLACE =
  'Nothing more on the router — the port forward is in place and stays there. On the computer, the program must be allowed through its firewall: say yes when Windows asks the first time, or allow it under the firewall settings. The real test is from outside: your friend connects to your public address (not the 192.168… one) while the program is running. If it does not work then, just write here.';

export const answeredEn = {
  'reply.did_you_act.no_action.wifi_radio_disabled':
    'No — we have not switched anything off. The Wi-Fi had been switched off in the router itself — usually with the Wi-Fi button on the router, in its app or web page, or by a schedule. Nothing we see suggests a break-in.',
  'reply.is_it_safe.identity.pin':
    'Yes — the PIN only lets us check that we are talking to the account holder; on its own it cannot be used to log in anywhere or to change anything. We never ask for your passwords.',
  'reply.is_it_safe.identity.customer_number':
    'Yes — the customer number only lets me find your subscription; nothing can be changed with it alone. We never ask for your passwords.',
  'reply.who_sees_password':
    'No — the new password is shown only to you, here in this conversation. In our records it is hidden, so our staff cannot read it, and you can change it yourself on the router’s settings page whenever you like.',
  'reply.my_side.dsl_low_snr':
    'Not really — a splitter or phone cable that sits loose or is left out is very common and easy to miss. To be sure it holds, make a call on the landline and see that the internet stays up.',
  'reply.what_you_meant.no_action':
    'Sorry if I was unclear — I have not changed anything on your router in this case: no password has been changed, and no other team is involved. I only change something after asking you.',
  'reply.what_you_meant':
    'Sorry if I was unclear — the only change I have made is the one I asked you about here. No password has been changed, and no other team is involved.',
  'reply.public_ip.wan':
    'Your friends connect to your public address, which is {publicIp} right now — send them that; the 192.168… address only works inside your home. It is dynamic, so it can change (for example after the router restarts): search the web for “what is my IP” on the computer to see the current one. A dynamic-DNS name (a free service, set up on the router’s settings page) follows the address, so your friends can always use the name instead. Also make sure the computer’s firewall lets the port through.',
  'reply.public_ip':
    'Your friends connect to your public address — the one the internet sees, not the 192.168… one. I cannot read it from here right now; on the computer, search the web for “what is my IP” to see it. It is dynamic, so it can change (for example after the router restarts); a dynamic-DNS name (a free service, set up on the router’s settings page) follows the address, so your friends can always use the name instead. Also make sure the computer’s firewall lets the port through.',
  // "do i need to do anything else?", "behöver jag göra något mer?" once the forward is in place: nothing on
  // the router; the computer's firewall and a test from outside.
  'reply.anything_else.port_forward_add': FORWARD_IN_PLACE,
  'reply.what_happens_next.port_forward_add': FORWARD_IN_PLACE,
  'reply.remote_management':
    'Remote management means reaching the router’s settings page from the internet, away from home. It is off by default, and we recommend leaving it off: when it is on, anyone on the internet can try to log in to your router. If you really need it, use a strong admin password and switch it on only while you need it.',
  'reply.invoice_fee':
    'Which fee that is I cannot see from here — the lines of your invoice are seen by our billing team. They have your invoice in front of them, explain the difference and put it right if it is wrong.',
  'reply.what_band':
    '2.4 GHz and 5 GHz are the two Wi-Fi bands your router sends on. 2.4 GHz reaches further through walls but is slower and more crowded; 5 GHz is much faster but reaches less far. You can fix it yourself: pick the 5 GHz network on the laptop if it reaches that room (often the same name with 5G or 5GHz), or use a network cable for full speed.',
  'reply.did_you_act.no_action':
    'No — I have not changed anything on your router in this case; I only do that after asking you.',
  'reply.did_you_act.any_action':
    'Yes — I made the change from here, remotely, a moment ago; you did not have to do anything at the router.',
  'reply.did_you_act.cpe_reboot':
    'Yes — I restarted your router remotely a moment ago. A restart only takes a minute or two, so the lights are easy to miss.',
  'reply.did_you_act.cpe_factory_reset':
    'Yes — I reset your router to its factory settings remotely a moment ago; it restarted by itself as part of that.',
  'reply.did_you_act.cpe_firmware_upgrade':
    'Yes — I updated your router’s software remotely a moment ago, and it restarted by itself when the update was done.',
  'reply.did_you_act.wifi_channel_change':
    'Yes — I moved your Wi-Fi to a quieter channel remotely a moment ago. The router does not restart for that, so no lights blink.',
  'reply.did_you_act.wifi_radio_enable':
    'Yes — I switched your router’s Wi-Fi back on remotely a moment ago.',
  'reply.did_you_act.dns_reset':
    'Yes — I put the correct DNS settings back on your router remotely a moment ago; the router does not restart for that.',
  'reply.did_you_act.pppoe_credentials_resync':
    'Yes — I sent the correct login details to your router remotely a moment ago, and it logged in again with them.',
  'reply.did_you_act.wifi_password_change':
    'Yes — I set the new Wi-Fi password on your router remotely a moment ago; it is the one I showed you here.',
  'reply.did_you_act.admin_password_change':
    'Yes — I set a new admin password on your router remotely a moment ago; it is the one I showed you here.',
  'reply.send_by_sms':
    'I cannot send text messages (SMS) from here. A password I set is shown to you {here} as soon as it is set, and nowhere else.',
  'reply.how_get_password':
    'I show it to you right {here} as soon as it is changed — you do not have to do anything to get it.',
  'reply.how_get_password.consent.wifi_password_change':
    'I show you the new Wi-Fi password right {here} as soon as it is set, and then you connect your devices with it.',
  'reply.how_get_password.consent.admin_password_change':
    'I show you the new admin password right {here} as soon as it is changed. Keep it somewhere safe; you only need it for the router’s settings page.',
  'reply.wifi_name_rules':
    'Almost anything: up to 32 characters, and spaces are fine. Å, ä and ö are allowed too, but some older devices show them oddly. I would skip emojis — TVs and printers often show them as boxes or cannot find the network at all.',
  // "vad hittade du då? är det nåt fel?": what the case's own tests found ({found}: their faults), or that they
  // found none, or that none has run yet (question-answers.ts).
  'reply.what_found.faults': 'This is what my tests showed: {found}',
  // ({routerAnswered} is empty: it is there only when the tests reached the router and it answered — wan-facts.ts.)
  'reply.what_found':
    'I found nothing wrong: your line and your router answer my tests as they should.{routerAnswered}',
  'reply.what_found.not_yet':
    'I have not tested anything yet — I do that as soon as I know which subscription it is, and then I tell you what I found.',
  // An answer an earlier reply gave word for word, asked for again or in other words (turn.ts saySaidBefore).
  'reply.said_before':
    'I have already told you everything I know about that, and I cannot answer more of it from here — what I can see and change is your connection and your router. If that did not answer your question, our customer service can: write “I want to talk to a person” and I will hand you over to them.',
  'reply.said_before.case':
    'I have already told you everything I know about that, and I cannot answer more of it from here. Your question is on case {reference}, and a colleague answers it here.',
  'reply.cannot_answer.here':
    'That one I can’t answer from here — what I can see and change is your connection and your router.',
  // "wait what couldnt you answer?", "which question?": about the desk's own words, answered by the desk.
  'reply.which_question':
    'Sorry, that was my mistake: I read part of your message as a question you had not asked. There is no open question from you, and nothing is waiting for an answer.',
  'reply.which_question.after':
    'Sorry, that was my mistake: I read part of your message as a question you had not asked. Nothing is waiting for an answer, and your case goes on as I described.',
  'check.step_done': 'Yes — that was it.',
  'outage.check_after_identity':
    'I check that for your address as soon as you are verified — a known outage in your area shows up straight away.',
  'case.offer.sales':
    'Speeds and prices depend on the address. Our sales team will send you the options for yours — I have added your question to case {reference}.',
  // General questions (question-topics.ts GENERAL_TOPICS): answered from what any desk knows.
  'reply.band_split':
    'A separate 5 GHz network means giving the router’s two Wi-Fi bands (2.4 GHz and 5 GHz) a name each, so you can put a device such as a games console on the fast 5 GHz one. I can do that for you from here: the 5 GHz band gets your usual network name with “-5G” at the end, the 2.4 GHz band keeps its name, and the password stays the same — just ask. You can also do it yourself on the router’s settings page (192.168.1.1, under Wi-Fi).',
  'reply.address_changes':
    'A port forward (like anything set up for one device) points at one address: if the PC gets a new address, the forward no longer reaches it and stops working. To keep it working, give the PC a fixed address: a DHCP reservation on the router’s settings page (192.168.1.1, under LAN or DHCP) always gives that PC the same address. I cannot set a reservation from here; you can do it there in a minute, or our second-line technicians can do it for you.',
  'reply.pin_bankid':
    'No — I cannot check BankID here, so the PIN from your welcome letter is the way I can verify the account holder (you also find it on {portal} under your details). Without it, call us and we verify you another way, or write again when you have the letter.',
  'reply.pin_bank':
    'No — it is not your bank code. Never give your bank code to anyone, us included: we never ask for it. The PIN I mean is a four-digit code from us, in the welcome letter you got when you became a customer; you also find it on {portal} under your details.',
  'reply.whose_pin':
    'The PIN of the account holder — the person the subscription is in the name of. If that is you, it is your PIN: a four-digit code in the welcome letter, also on {portal} under your details. Nobody else in the household needs one.',
  'reply.e_invoice':
    'Yes — you can get your invoices by e-mail instead of on paper (or as an e-invoice in your internet bank). You can switch it yourself on {portal} under invoices, or our billing team switches it for you.',
  'reply.account_password.account_password_reset':
    'Sign in with the temporary password I gave you above — you then choose a new one of your own straight away (later you change it under your details or settings on {portal}).',
  'reply.account_password':
    'You change the password for {portal} yourself: sign in, open your details or settings and choose to change the password. If you have forgotten it, just tell me and I will create a temporary password for you, which you then change there.',
  'reply.updates_future':
    'Yes — we push software updates to our routers remotely ourselves, so you do not need to contact us for them, and your settings stay as they are. You only need to write to us if the internet starts acting up.',
  'reply.one_name_bands':
    'With one name, your router and your device pick the band themselves: close to the router you are on 5 GHz, further away the device switches to 2.4 GHz, which reaches better through walls. You do not need to do anything. If you want to choose yourself, I can give the 5 GHz band a name of its own.',
  'reply.restart_device':
    'You usually do not need to restart it: the device finds the network again by itself within a minute or so. If it does not, switch its Wi-Fi off and on, or restart just that device — the router needs nothing.',
  'reply.discount':
    'Prices and discounts (for example for pensioners or students) are handled by our sales team: they can see which offers there are for your subscription. I cannot promise a discount from here.',
  'reply.discount.again':
    'To answer it plainly: you talk to our sales team about a discount — they decide on prices and offers, I cannot.',
  'reply.ping':
    'Ping is how long a signal takes to reach a server and come back. Over fibre or cable, servers nearby answer in a few milliseconds; servers in other countries (where many game servers are) and DSL lines add more, often 20–60 ms. For games, anything under about 60 ms plays well, and you notice it from about 100 ms. What spoils a game is the connection dropping or jumping up and down, not a steady ping.',
  'reply.ping.said':
    'Ping is how long a signal takes to reach a server and come back. {pingMs} ms is fine for games: under about 60 ms plays well, and you notice it from about 100 ms. Over fibre or cable, servers nearby answer in a few milliseconds; servers in other countries (where many game servers are) and DSL lines add more, often 20–60 ms. What spoils a game is the connection dropping or jumping up and down, not a steady ping.',
  'reply.ping.said.high':
    'Ping is how long a signal takes to reach a server and come back. {pingHigh} ms is high: under about 60 ms plays well, and you notice it from about 100 ms. Over fibre or cable, servers nearby answer in a few milliseconds; servers in other countries and DSL lines add more, often 20–60 ms. A ping that high is usually the Wi-Fi, a busy line or a server far away — try the same game over a network cable to see which.',
  'reply.guest_network':
    'Yes — a guest network is a setting in the router: your visitors get their own Wi-Fi name and password, and cannot reach your own devices. I cannot switch it on from here. You can do it yourself on the router’s settings page (192.168.1.1, under Wi-Fi: guest network), or our second-line technicians can set it up for you.',
  'reply.throttling':
    'No — we never throttle or slow down connections: you get your plan’s speed whatever you use it for. When it is slow, something on the way is the cause, and that is what my tests look for.',
  'reply.key_safe':
    'About your Wi-Fi password: I cannot see from here whether it is still the one on the router’s sticker. If it is, and only your household knows it, it is strong enough — it is long and random — and you do not need to change it. If you have given it to people you no longer want on your Wi-Fi, or think someone else knows it, a new one is a good idea: just say so and I will set one (your devices then need it once).',
  'reply.key_safe.wifi_password_change':
    'The Wi-Fi password I set for you is new, long and random, and only you have seen it — it is strong, and there is no need to change it again.',
  'offer.taken':
    'Then I pass it to {team}: case {linked}, with what you asked and your own words. They contact you here within {when}.',
  'knowledge.passed':
    'I have passed that on to {ourTeam} on case {reference}; they answer you here within {when}.',
  'handoff.splitter_bypass':
    'That may well be the cause: plug the router’s cable into the splitter’s DSL (or MODEM) socket instead of straight into the wall — the phone stays in the splitter’s PHONE socket. I have put this on your case {reference} so that {ourTeam} sees it.',
} as const;

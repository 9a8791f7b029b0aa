// English answers to questions after the case's outcome that the case itself can answer
// (src/agent/after-answers.ts), and the technician-visit cancellation.
export const afterEn = {
  // "can I rename the wifi some day? not now": how it goes, and that they can write any time — nothing now.
  'after.later.rename':
    'Yes, whenever it suits you: write here or start a new chat, tell me the new name, and I rename the network from here in a minute. The password stays the same; each device then picks the new name once. Nothing changes until then.',
  'after.later.wifi_password':
    'Yes, whenever it suits you: write here or start a new chat and I set a new Wi-Fi password from here in a minute. Every device then needs the new password once. Nothing changes until then.',
  'after.later':
    'Yes, whenever it suits you: write here or start a new chat and I do it from here — it only takes a minute or two. Nothing changes until then.',
  'after.key_just_set':
    'The new Wi-Fi password is the one I gave you above, in this conversation: connect each device with it. If you would rather have a different one, just say so and I will set it.',
  'after.security.wps_off': 'WPS is off on your router — I checked it in the security test on this case.',
  'after.security.wps_off.all_ok':
    'WPS is off on your router — I checked it together with the admin password and the Wi-Fi encryption, and all three look fine now.',
  'after.security.wps_on':
    'WPS is switched on on your router. It lets a device join with the push of a button; if you do not use it, you can switch it off on the router’s admin page (192.168.1.1) under Wi-Fi → WPS, with your admin password.',
  'after.security.ok':
    'My last security check of your router looks fine: the admin password is not the factory one, WPS is off and the Wi-Fi is encrypted.',
  'after.security.issues': 'My last security check of your router still shows: {issues}.',
  'after.security.item.security.default_admin_password': 'the admin password is still the factory one',
  'after.security.item.security.wps_enabled': 'WPS is switched on',
  'after.security.item.security.open_wifi': 'the Wi-Fi has no password',
  'after.security.unchecked':
    'I did not test the router’s security settings on this case, so I cannot say for sure. You can see them on the router’s admin page (192.168.1.1) under Wi-Fi.',
  'after.cause.ppp_auth_failure':
    'Why it happened: the login details stored in your router no longer matched ours. That usually follows a change or an update on our side or a reset of the router — nothing you did.',
  'after.cause.dns_misconfigured':
    'Why it happened: the router had other DNS settings than ours — usually after a reset, a firmware update or a setting changed on its admin page.',
  'after.cause.wifi_radio_disabled':
    'Why it happened: the Wi-Fi had been switched off on the router — often a press on its Wi-Fi button, a reset or a setting on its admin page.',
  'after.cause.cpe_hung':
    'Why it happened: the router had hung — it happens now and then to any router that runs for a long time.',
  'after.cause.wifi_channel_congestion':
    'Why it happened: many neighbours’ networks were on the same Wi-Fi channel as yours, and they got in each other’s way.',
  'after.cause.firmware_bug_drops':
    'Why it happened: the router’s software had a known bug that made it drop the connection.',
  'after.cause.cable_unplugged':
    'Why it happened: the cable had come loose, so the router had no connection to our network.',
  'after.cause.cpe_powered_off': 'Why it happened: the router had no power — switched off or unplugged.',
  'after.cause.wifi_weak_signal':
    'Why it happened: the Wi-Fi signal gets weaker with distance and walls between you and the router.',
  'after.recurrence':
    'If it happens again, just write here — or start a new chat and give case {reference} — and I will look at it straight away, with what we did today in front of me.',
  'after.recurrence.firmware_bug_drops':
    'The update removes the known bug that caused the drops, so they should stop now.',
  'after.recurrence.wifi_channel_congestion':
    'The crowding is worst in the evening, so tonight is the real test — your Wi-Fi is now on a quieter channel.',
  'after.recurrence.cpe_hung': 'The restart cleared the hang in the router, so it should not come back soon.',
  'after.recurrence.dns_misconfigured':
    'The router now uses our DNS settings, and they stay that way unless someone changes them.',
  'after.recurrence.ppp_auth_failure':
    'The router now has the right login details for our network, and it keeps them.',
  'after.recurrence.wifi_weak_signal':
    'The signal depends on distance and walls: keep the router in the open, up high and as central as you can.',
  'after.recurrence.wifi_radio_disabled':
    'The Wi-Fi is switched on again and stays on unless someone turns it off on the router.',
  'after.recurrence.cable_unplugged':
    'It will not happen again as long as the cable stays in: nothing is broken. Lead it where it is not pulled or knocked loose (behind furniture rather than across the floor); if the connection goes again, first check that it is pushed in firmly at both ends.',
  'after.recurrence.cpe_powered_off':
    'It will not happen again as long as the plug stays in: nothing is wrong with the router itself. Put it in a socket where it is not pulled out or switched off by accident (not a power strip that gets turned off); if the lights ever go out, first check that it is plugged in and switched on.',
  'after.recurrence.dsl_low_snr':
    'With the filter (splitter) and the cables seated properly, the phone no longer disturbs the line, so using the phone should not make it drop again. If it does drop when the phone is in use, write here and our line team looks at it.',
  'after.recurrence.handoff':
    'If it happens again before {ourTeam} gets in touch, just write here: it goes straight onto case {reference}, so they see it too.',
  'after.device_button':
    "A printer or other device without a screen usually joins with WPS: hold its Wi-Fi or WPS button (on many HP printers the button with the Wi-Fi symbol) until its light blinks, then press the WPS button on your router within two minutes. If the router does not react, use the device's own app or menu (HP Smart for HP printers): choose your Wi-Fi network there and type in the password.",
  'after.device_button.new_password':
    "A printer or other device without a screen usually joins with WPS: hold its Wi-Fi or WPS button (on many HP printers the button with the Wi-Fi symbol) until its light blinks, then press the WPS button on your router within two minutes — no password to type. If the router does not react, use the device's own app or menu (HP Smart for HP printers): choose your Wi-Fi network there and type in the new password I gave you above.",
  'after.connect_device':
    'On the TV or other device: open Settings → Network (or Wi-Fi), choose your Wi-Fi network and type in the password. If it stays on the old details and never asks, choose “Forget network” first (or switch the device off and on), then pick your network again.',
  'after.connect_device.new_password':
    'On the TV or other device: open Settings → Network (or Wi-Fi), choose your Wi-Fi network and type in the new password I gave you above — you do not need another new one. If the TV still remembers the old password and never asks, choose “Forget network” first (or switch the TV off and on), then pick your network again.',
  'after.rename_done':
    'Yes — your Wi-Fi network is now called “{name}” (case {reference}). It can take a minute before the new name shows in the Wi-Fi list, and each device has to join it once, with the same password as before.',
  'after.rename_done.five_ghz':
    'Yes — the rename covered both bands: your 5 GHz network is now called “{name}” too, the same as the 2.4 GHz one (case {reference}). The old name ending in “5G” drops off the Wi-Fi list within a minute or so; your devices pick the band themselves. If you want a name of its own for 5 GHz, just say so.',
  'after.rename_done.unnamed':
    'Yes — your Wi-Fi network has its new name (case {reference}). It can take a minute before it shows in the Wi-Fi list, and each device has to join it once, with the same password as before.',
  'after.connect_device.new_name':
    'On the TV or other device: open Settings → Network (or Wi-Fi), choose your Wi-Fi network under its new name and type in the same password as before.',
  'after.connect_device.same':
    'No — your Wi-Fi network keeps its name and password, so your devices, the TV and phones too, connect again by themselves. If one does not, switch its Wi-Fi off and on.',
  'after.other_passwords':
    'That is a sensible precaution: change the passwords of the important accounts you used over this network — e-mail, bank and social media first — and turn on two-step sign-in where you can.',
  'after.police_report':
    'A police report is not normally needed for someone using your Wi-Fi. If something was taken or misused — an account, money — do report that to the police.',
  'after.police_report.security':
    'A police report is not normally needed: with the new Wi-Fi and admin passwords nobody else gets in. If something was taken or misused — an account, money — do report that; our security team follows up on your case as well.',
  'after.devices_out':
    'Yes — anyone who only had the old Wi-Fi password (a neighbour too) is off your network now and cannot get back in; only the devices you connect with the new password are on it — your own TV and printer too need it once.',
  'after.other_passwords.security': 'Our security team can advise you further when they contact you.',
  'after.service_back.eta':
    'The fault in your area is expected to be fixed by {eta}; your internet comes back by itself then, without you doing anything. I will write to you here when it is fixed.',
  'after.service_back.eta.handoff':
    'The fault in your area is expected to be fixed by {eta}; your internet comes back by itself then, without you doing anything. {team} still gets back to you here within {when} about the rest.',
  'after.service_back.outage':
    'Our technicians are working on the fault in your area; there is no time estimate yet. Your internet comes back by itself once it is fixed.',
  'after.line_or_wifi.line':
    'It is the line, not your Wi-Fi: my speed test to your router measured {measured} of the {plan} Mbit/s in your subscription, before the Wi-Fi comes in. That is what {ourTeam} looks into.',
  'after.line_or_wifi.wifi':
    'Your line gives the full speed to the router in my test, so the slowness is in the Wi-Fi — distance, walls and the 2.4 GHz band are the usual causes. Close to the router, or on 5 GHz, it should be much faster.',
  // "which number do I call?": where the number is, never "nothing more to do".
  'after.call_number':
    'Our customer service’s phone number is on our website’s contact page and on your invoices. On the phone they can help you even without the PIN.',
  'after.contact_myself':
    'No, you do not need to: {team} has case {reference} and gets back to you here within {when}. If you want to add something, just write it here.',
  'after.contact_myself.outage':
    'No, there is nothing you need to do — your case {reference} stays open until the outage is fixed, and I will write to you here when it is.',
  'after.contact_myself.closed':
    'No, there is nothing more you need to do — your case {reference} is closed. If something comes up, just write here.',
  'after.intruder_now.unverified':
    'Until I can verify you I cannot change anything on the router, but you can cut everyone off right away yourself: pull out the router’s power cable — nobody can use your network while it is off. Your PIN is in the welcome letter we sent when you became a customer, and on {portal}. As soon as you have it, write to us with it and we will set a new Wi-Fi password and a new admin password and pass your case to our security team.',
  'after.intruder_now.pin':
    'You can cut everyone off right away yourself: pull out the router’s power cable — nobody can use your network while it is off. Your PIN is in the welcome letter we sent when you became a customer, and on {portal}. As soon as you give it to me here, I set a new Wi-Fi password and a new admin password on your router.',
  'after.intruder_now.security':
    'If you think someone is still on your network, pull out the router’s power cable — that cuts everyone off at once. The new Wi-Fi and admin passwords I set are in place, so anyone who only knew the old ones is locked out. {team} has case {reference} and gets back to you within {when}.',
  'visit.cancelled':
    'Understood — I have noted on case {reference} that you do not want a technician visit, so our field technicians will not book one. The fault we found is still there, though: if the problem continues, just write here and we can book a visit again.',
  'visit.cancelled.stays':
    'Your technician visit stays cancelled, so nobody will come (case {reference}). If the problem is still there, just write here and I will book a new visit for you.',
  'visit.cancelled.again':
    'Yes — it is noted on case {reference}: no technician visit. Nobody will come to you, and your subscription stays exactly as it is.',
  'visit.none': 'There is no technician visit booked on your case {reference}, so nobody will come to you.',
  'after.own_wifi_password':
    'Yes, you can change the Wi-Fi password to one of your own: on a device connected to your home network, open a web browser and go to 192.168.1.1, log in with the admin password (on the router’s sticker unless you have changed it) and change it under Wi-Fi. Use at least 8 characters, ideally a few words you remember. Every Wi-Fi device then needs the new password once.',
  'after.router_login':
    'On a device connected to your home network (Wi-Fi or cable), open a web browser and go to 192.168.1.1. Log in with the router’s admin password — unless you have changed it, it is on the sticker on the router. There you find the Wi-Fi name and password, port forwards and the other settings.',
  'after.router_login.admin_password_change':
    'The settings page is in the router itself: on a device connected to your home network (Wi-Fi or cable), open a web browser and type 192.168.1.1 in the address bar. Sign in with the user name admin and the new admin password I gave you above {here} — not the one on the sticker any more. There you find the Wi-Fi name and password, port forwards and the other settings.',
  'after.own_speed_test':
    'Thank you — your test shows {reported} Mbit/s. My test to your router measured {measured} Mbit/s, and your plan is {plan}: both are far below it, so both point to the same fault on the line, not to your computer.',
  'after.own_speed_test.handoff':
    'Thank you — your test shows {reported} Mbit/s, and I have added it to case {reference}. My test to your router measured {measured} Mbit/s, and your plan is {plan}: both are far below it, so both point to the line fault {ourTeam} is looking into, not to your computer.',
  'after.my_plan': 'Your subscription is {down}/{up} Mbit/s (download/upload).',
  'after.my_plan.wifi':
    'Over Wi-Fi you rarely see all of it — distance, walls and the device itself take their share, and half or less is common; a computer on a network cable gets closest to the plan’s speed.',
  'after.my_plan.below':
    'The test to your router reached {measured} Mbit/s, far below the {down} Mbit/s of your plan.',
  'after.my_plan.below.handoff':
    'The test to your router reached {measured} Mbit/s, far below the {down} Mbit/s of your plan — that is what {ourTeam} look into.',
  'after.wifi_range':
    'That is common and usually not a fault: Wi-Fi gets weaker with distance and with every wall or floor between the router and the device, especially on the faster 5 GHz band. Try this: put the router high up and in the open, not in a cupboard; in the far room, use the 5 GHz network if it reaches, otherwise the 2.4 GHz one, which goes further; for a large home a mesh system or an extender helps. If it is still slow there after trying that, write here and I will look at it.',
  'after.cause.outage':
    'It is {what}. Our technicians are repairing it; I do not have a time for when it is fixed yet, and I will write to you here as soon as it is.',
  'after.cause.outage.eta':
    'It is {what}. Our technicians are repairing it and expect it fixed by {eta}; I will write to you here as soon as it is.',
  'after.eta_late':
    'If the repair takes longer than planned, we update the expected time and tell you here straight away. Your case is linked to the fault, so you do not need to contact us again.',
  'after.cause.outage.handoff':
    'It is {what}. Our technicians are repairing it; I do not have a time for when it is fixed yet. Your internet comes back by itself then, and {team} answers you here within {when} about the rest.',
  'after.cause.outage.eta.handoff':
    'It is {what}. Our technicians are repairing it and expect it fixed by {eta}; your internet comes back by itself then, and {team} answers you here within {when} about the rest.',
  'after.eta_late.handoff':
    'If the repair takes longer than planned, the expected time is updated. {team} has your case {reference} and answers you here within {when}, so you do not need to contact us again.',
  'after.eta_check.handoff':
    'We expect it fixed by {eta}, if the repair goes to plan; your internet comes back by itself then, without you doing anything.',
  'after.eta_check':
    'We expect it fixed by {eta}, if the repair goes to plan. I will write to you here as soon as it is fixed.',
  // "is 17:12 a promise?": the expected end is an estimate, never a promise.
  'after.eta_promise.outage':
    'No, {eta} is our estimate, not a promise: a repair can take longer, or be done sooner. I will write to you here as soon as it is fixed.',
  'after.eta_promise.outage.none':
    'We have no time for it yet, so there is nothing I can promise. I will write to you here as soon as it is fixed.',
  'after.eta_promise.outage.handoff':
    'No, {eta} is our estimate, not a promise: a repair can take longer, or be done sooner. Your internet comes back by itself when it is fixed, without you doing anything.',
  'after.eta_promise.outage.none.handoff':
    'We have no time for it yet, so there is nothing I can promise. Your internet comes back by itself when it is fixed, without you doing anything.',
  // "should I do anything when it is fixed?": nothing; a restart only if it does not come back.
  'after.do_when_fixed.outage':
    'No, nothing: when the fault is fixed, your connection comes back by itself. If it is not back within 15 minutes of that, restart the router then.',
  // "so which is it? the outage or my equipment?": the outage; the lights are what it looks like.
  'after.which_fault.outage':
    'It is the outage ({what}): your router cannot reach our network because of it. The lights you describe — the internet light off, orange or red — are what we expect then; nothing in your home is broken.',
  // "the orange light, that is because of the cut and not the modem being broken?"
  'after.light_outage.outage':
    'Yes — that light only shows that your modem has no contact with our network because of the outage. The modem is not broken, and the light goes back to normal once the fault is fixed.',
  // "is my slow 4G on the phone part of it too?": the mobile network is another one.
  'after.mobile_data.outage':
    'No, the 4G on your phone is a separate network, not part of this fault. It may be slow now because many of your neighbours are using mobile data while their broadband is down.',
  'after.refund_amount':
    "Our billing team decides the amount. It is usually a reduction in proportion to the time the service was down — for a whole day, about one day's share of your monthly fee.",
  'after.hotspot_cost':
    'Using your phone as a hotspot uses your mobile data, so what it costs depends on your mobile plan; we charge nothing for it.',
  'outage.noted.again':
    'I do not know more about that than I have told you: the fault is in our network and our technicians are repairing it. Your message is on case {reference}, and I will write to you here as soon as the fault is fixed.',
  'handoff.noted.again':
    'That I cannot answer myself. {team} sees your messages on case {reference} and answers you here.',
  'not_customer.noted.again':
    'I cannot say more than that from here — it depends on the address. Our sales team has your question on case {reference} and gives you a clear answer when they get in touch.',
  'after.cause.outage.again':
    'What I know is this: it is {what}, and our technicians are repairing it. I have no more detail than that; I will write to you here as soon as it is fixed.',
  'after.cause.outage.eta.again':
    'What I know is this: it is {what}, our technicians are repairing it, and {eta} is still the expected time. I have no more detail than that; I will write to you here as soon as it is fixed.',
  'after.invoice_line':
    'The lines of your invoice I cannot see from here, but our billing team can. I have written on case {reference} that it is about {amount} more than usual and what you think it might be, so they explain that line and correct it if it is wrong.',
  'handoff.complaint':
    'I’m sorry I could not answer everything here. {team} has case {reference} with everything you wrote, and answers you here within {when}.',
  'outage.complaint':
    'I’m sorry this is taking so long. Your case {reference} is linked to the fault, and I will write to you here as soon as it is fixed.',
  'handoff.times_quoted': 'Noted: “{times}” — it is on case {reference}, so {ourTeam} plan around it.',
  'closed.contact_noted.call':
    'Noted: you would rather be called next time. I have put it on case {reference}, so my colleagues see it.',
  'closed.contact_noted.call.number':
    'Noted: you would rather be called next time, on {phone}. I have put it on case {reference}, so my colleagues see it.',
  'closed.contact_noted.text':
    'Noted: you would rather get a text message next time. I cannot send texts from here myself, but it is on case {reference}, so my colleagues see it.',
  'closed.contact_noted.text.number':
    'Noted: you would rather get a text message next time, on {phone}. I cannot send texts from here myself, but it is on case {reference}, so my colleagues see it.',
  'closed.contact_noted.email':
    'Noted: you would rather get an e-mail next time. I have put it on case {reference}, so my colleagues see it.',
  'handoff.contact_noted.call':
    'I have put on case {reference} that you would rather be called, so {ourTeam} see it. If they should use another number than the one on your account, write it here.',
  'handoff.contact_noted.call.number':
    'I have put on case {reference} that you would rather be called, on {phone}, so {ourTeam} see it.',
  'handoff.contact_noted.text':
    'I cannot send text messages from here myself, but I have put on case {reference} that you would rather get a text, so {ourTeam} see it.',
  'handoff.contact_noted.email':
    'I have put on case {reference} that you would rather get an e-mail, so {ourTeam} see it.',
  // "i didnt say i want to be called??": a way of contact the desk had noted, taken back and said so.
  'handoff.contact_corrected.call':
    'Sorry, my mistake — you did not ask to be called. I have corrected that on case {reference}, so {ourTeam} know not to call you about it.',
  'handoff.contact_corrected.text':
    'Sorry, my mistake — you did not ask for a text message. I have corrected that on case {reference}, so {ourTeam} know.',
  'handoff.contact_corrected.email':
    'Sorry, my mistake — you did not ask for an e-mail. I have corrected that on case {reference}, so {ourTeam} know.',
  // "please don't call me": a way of contact refused that nobody had noted.
  'handoff.contact_refused.call': 'Noted — I have put on case {reference} that you do not want to be called.',
  'handoff.contact_refused.text':
    'Noted — I have put on case {reference} that you do not want text messages.',
  'handoff.contact_refused.email': 'Noted — I have put on case {reference} that you do not want e-mails.',
  'handoff.contact_noted.linked':
    'I have put on case {linked} that you would rather get {way}, so {team} can reach you that way.',
  'contact.way.call': 'a call',
  'contact.way.text': 'a text message',
  'contact.way.email': 'an e-mail',
  'handoff.phone_received':
    'Yes — I have your number {phone} on case {reference}, so {ourTeam} can call you on it.',
  'handoff.phone_missing':
    'No number from you has reached me in this conversation. Write it here and I will put it on case {reference}.',
  'handoff.phone_noted':
    'I have noted your number {phone} on case {reference}, so {ourTeam} can call you if they need to.',
  'after.was_hacked.security':
    'Most likely it was someone who had your old Wi-Fi password — a neighbour, say, or a device it was once given to; with the new password they are out. Our security team looks closer at the router and tells you here if they find more than that.',
  'summary.fixed_after_all':
    'Resolved: {fix} fixed it — the customer confirmed afterwards that everything works.',
  'withdrawn.fixed':
    'Good to hear everything works — then the fix did its job. I have closed case {linked} as solved, so {team} will not contact you about it.',
  'withdrawn.fixed.called_off':
    'Good to hear everything works — then the fix did its job. I have withdrawn case {linked} and closed it as solved, so {team} will not contact you about it.',
  'summary.withdrawn.never_asked':
    'Withdrawn: the customer never asked for this case ({team}); there is nothing to do.',
  'summary.withdrawn.not_needed':
    'Withdrawn: the customer no longer needs this case ({team}); there is nothing to do.',
  // "why did you describe what the router looks like? I didn't ask that": sorry for the extra text; the case stays.
  'complaint.extra_text': 'Sorry — that part was more than you asked for.',
  'complaint.extra_text.kept': 'Your case {linked} stays with {team}, as it was.',
  'withdrawn.restored':
    'I am sorry — that was my mistake. Case {linked} is back with {team}, with everything we found, just as before; they contact you as promised.',
  'withdrawn.not_done':
    'Nothing has been withdrawn: your case {linked} is still with {team}, with everything we found, and they contact you as promised.',
  'withdrawn.routed':
    'I am sorry, I read that wrong — I have withdrawn case {linked}, so {team} will not contact you about it.',
  'withdrawn.declined':
    'Understood — I have withdrawn case {linked}, so {team} will not contact you about it.',
  'withdrawn.settled':
    'Good that you have what you need — I have withdrawn case {linked}, so {team} will not contact you about it.',
  'withdrawn.none.refund':
    'Nothing went to our billing team: I dropped the refund request when you said so, and nobody will contact you about it.',
  'withdrawn.none.invoice':
    'Sorry, I misunderstood — there is no invoice case: nothing has been passed on to our billing team, and nobody will contact you about it.',
  'withdrawn.nothing_open':
    'There is nothing open to cancel: none of your cases is waiting with a team, and your subscription stays as it is.',
  'withdrawn.none':
    'Nothing has been cancelled or passed on to sales: your subscription stays exactly as it is, and nobody will contact you about a change.',
};

// English texts for wrong turns during a case (identity help, area outages without a number, a
// question inside "does it work now?", questions about a step).
export const midcaseEn = {
  'identity.pin_where':
    'Your PIN is in the welcome letter you got when your subscription started — take your time. If you cannot find it, you can also call us.',
  'identity.pin_other_way':
    'I cannot send the PIN by e-mail or text, and I cannot take a personal ID number here — the PIN is what shows that you hold the account, so without it I cannot change anything on it {here}. You find the PIN in your welcome letter or on {portal} under your details; or call us, and we verify you another way.',
  'identity.pin_other_way.mail_confirm':
    'No — a confirmation to your e-mail does not replace the PIN: the PIN is what shows that you hold the account, so without it I cannot change anything on it {here}. You find the PIN in your welcome letter or on {portal} under your details; or call us, and we verify you another way.',
  'identity.pin_later_for_change':
    "Without the PIN I can't make changes to your subscription — the customer number alone is not enough, since others may know it. Take your time: when you have the PIN (it is in your welcome letter or your contract), write it here and I'll take your request further.",
  'identity.pin_fetching': 'Of course — take your time.',
  'identity.pin_is_number.same.brief': 'That is your customer number — I have it already, no harm done.',
  'identity.pin_is_number.brief': 'That looks like a customer number rather than the PIN — no harm done.',
  'identity.pin_is_number.same':
    'That is your customer number — I have it already, no harm done. The PIN is another code: the four digits in your welcome letter.',
  'identity.pin_is_number':
    'That looks like a customer number rather than the PIN — no harm done. The PIN is the four digits in your welcome letter.',
  'outage.no_pin_needed': 'You do not need your PIN to hear about an outage.',
  'outage.no_number_needed': 'You do not need your customer number to hear about an outage.',
  'outage.which_area':
    'I can tell you whether there is a known fault where you are without your PIN: which town or district is it? With the PIN I can also test your own line and router.',
  'ask.identity.pin.link':
    'If you give me your PIN, I will link your case to the fault so that you get a message here when it is fixed.',
  'outage.public':
    'Yes — there is a known fault in that area right now ({title}). Our technicians are working on it and expect it fixed by {eta}.',
  'outage.public_no_eta':
    'Yes — there is a known fault in that area right now ({title}). Our technicians are working on it.',
  'ask.identity.customer_number.link':
    'If you give me your customer number, I will link your case to the fault so that you get a message here when it is fixed. Have you got it?',
  'confirm.restart_device':
    'No need to restart the laptop or phone — reloading the page is enough; if it still will not load, close the browser and open it again.',
  'confirm.how_check.portal':
    'Try signing in to {portal} with your usual password: if you get in, it is fixed.',
  'confirm.how_check':
    'Open a web page on your phone or computer, connected to your home network (not mobile data). If it loads as usual, it is fixed; if not, tell me and I will keep looking.',
  // "seems ok right now i guess", "works now yes but I cannot test with the phone": a yes for now, the case closes.
  'confirm.how_check.for_now':
    'Good — then I count it as fixed. If it stops working again, write here with your reference {reference} and I will look at it straight away.',
  'confirm.how_check.intermittent.for_now':
    'Good — then I count it as fixed for now: the fix removes the cause. As it only dropped now and then, use it as usual; if it drops again, write here with your reference {reference} and I will look at the history of your line straight away.',
  'confirm.how_check.intermittent':
    'As it only dropped now and then, you cannot see it at once: use it as usual and keep an eye on it for a day. If it drops again, write here with your reference {reference} and I will look at the history of your line.',
  'confirm.but.intermittent':
    'That is the nature of this fault: it only showed now and then, and the fix removes its cause. If pages load now, I count it as fixed; keep an eye on it for a day, and if it drops again, write here with your reference {reference} and I will look at the history of your line.',
  'confirm.but':
    'Then I will not close the case yet. Tell me what still is not as it should be, and I will keep looking.',
  'confirm.but.wifi_weak_signal':
    'Then it is not fixed where you need it. Walls and cupboards weaken Wi-Fi a lot: put the router out in the open, high up and as central in your home as you can. If that room is still weak after that, a mesh point halfway there helps (a Wi-Fi extender works too, but roughly halves the speed). Try moving the router and tell me how it is there.',
  'confirm.but.wifi_weak_signal.router_stays':
    'Then it is not fixed where you need it. The router can stay where it is: for a room that far, a mesh system (a second unit halfway to the room, where the signal is still good) or a Wi-Fi extender brings the Wi-Fi there; until then, the device gets a better signal the fewer walls there are between it and the router.',
  'confirm.but.speed_wifi_limited.router_stays':
    'Then it is not fixed where you need it. The router can stay where it is: far from it the Wi-Fi is slower, so use the 5 GHz network where you can, and for rooms far away a mesh point halfway there helps.',
  'confirm.but.speed_wifi_limited':
    'Then it is not fixed where you need it. Far from the router the Wi-Fi is slower: use the 5 GHz network close by, put the router high up and in the open, and for rooms far away a mesh point helps.',
  'reply.if_again':
    'If it happens again, just write here with your reference {reference} — I will see everything we did and look again straight away.',
  'reply.if_again.wifi_channel_congestion':
    'Crowded Wi-Fi channels are worst in the evening, so tonight is the real test. If it is slow again, write here with your reference {reference} and we will look again (for example at the 5 GHz band).',
  'reply.if_again.firmware_bug_drops':
    'The update fixes the known fault behind the drops. If it drops again in the next few days, write here with your reference {reference} and I will look at the history of your line.',
  'reply.several_jacks.dsl':
    'Every jack that has a phone (or fax, alarm or TV box) plugged in needs its own filter, between the jack and that device. At the jack where the router is, the router goes in the DSL side of the filter. A jack with nothing in it needs nothing.',
  'reply.is_splitter':
    'Yes — the small box at the phone jack is the splitter (filter). The router’s cable goes into its DSL (or MODEM) port, a phone into its PHONE (TEL) port, and the box itself into the wall jack; press each plug in until it clicks.',
  'reply.phone_where':
    'Into the box too: the phone goes into the filter’s PHONE (TEL) port, the router into its DSL (MODEM) port, and the filter into the wall jack. Only the filter goes straight into the wall.',
  'reply.what_splitter':
    'A splitter (or filter) is a small box in the phone jack on the wall: the phone plugs into one side and the router’s cable into the other, so that the phone does not disturb the internet. You have one if your phone’s cable goes into a small box at the jack rather than straight into the wall; every home with DSL and a phone line should have one there.',
  // "the router is behind the TV": in the open behind something, never cupboard advice.
  'reply.router_behind':
    'Behind the TV is not ideal: the TV’s metal back and electronics dampen the Wi-Fi, most of all in that direction. Move the router out a little — beside the TV, a bit higher up and in the open — and it reaches further.',
  'reply.enclosed_router':
    'You can, but a closet or cupboard dampens the Wi-Fi a lot — a closed wooden one a good deal, a metal one even more — and the router needs air around it so that it does not run hot. Best is an open shelf, high up, as central in your home as you can and away from metal, mirrors and the microwave. A cupboard with an open back or doors left open is a fair compromise.',
  // "will resetting the DNS remove the parental filter I set up?": what the DNS change does to it.
  'reply.what_splitter.not_dsl':
    'Your connection does not use the phone line, so there is no splitter or phone filter to think about — that small box belongs only to DSL connections. If you mean another filter, tell me which one and I will answer about that.',
  'reply.own_filter.consent.dns_reset':
    'Putting our DNS back changes only the router’s DNS setting (the servers that look up web addresses); your other router settings stay. If your parental filter works through its own DNS servers — many do — it stops filtering until it is set up again, for example in the filter’s own app or on the children’s devices. A filter in the router’s own menu that blocks sites or sets times stays as it is.',
  'reply.own_filter.dns_reset':
    'I changed only the router’s DNS setting back to ours. If your parental filter worked through its own DNS servers, it no longer filters: set it up again in the filter’s own app or on the children’s devices. A filter in the router’s own menu that blocks sites or sets times is untouched.',
  'reply.own_filter.dns_misconfigured':
    'Quite possibly — and nothing to blame yourself for: many parental filters work by writing their own DNS servers into the router, and the router’s DNS setting is exactly what I found changed. If those servers do not answer properly, some sites stop opening.',
  'reply.own_filter':
    'A parental filter you set up on the router usually works through its DNS setting or through the router’s own menu. I change nothing without telling you what and asking you first, so you will know whether it is touched.',
  'reply.which_to_move':
    'Start with your phone or computer: take it closer to the router and see whether it gets better. If it does, the distance is the problem, and the lasting fix is the router in a more open, central spot or a mesh unit halfway to the room.',
  'reply.no_landline_filter':
    'Without a landline you do not need a filter or splitter: plug the router’s cable straight into the phone jack on the wall. If a phone is still used on the line, every jack with a phone needs its own filter.',
  'reply.key_format.wifi_password_change':
    'Yes — type the new password exactly as I wrote it, hyphens included: four groups of four small letters and digits with a hyphen between them, no spaces.',
  'reply.key_format.wifi_password_change.again':
    'Yes, the hyphens are part of it — type the password exactly as it stands above, hyphens and all.',
  'reply.rejoin_playstation':
    'On a PlayStation: Settings → Network → Settings → Set Up Internet Connection, choose your Wi-Fi network and type the password (on a PS4: Settings → Network → Set Up Internet Connection → Use Wi-Fi).',
  'reply.rejoin_xbox':
    'On an Xbox: press the Xbox button → Profile & system → Settings → General → Network settings → Set up wireless network, choose your network and type the password.',
  'reply.rejoin_switch':
    'On a Nintendo Switch: System Settings → Internet → Internet Settings, choose your network and type the password.',
  'reply.rejoin_tv':
    'On a TV: open Settings → Network (or Wi-Fi), choose your Wi-Fi network and type the password; if it keeps trying the old one, choose “Forget network” first.',
  // One device on, another still to join (rejoin-device-left.ts): the step stays open for it.
  'step.rejoin_wifi.device_left':
    'Tell me when that one is connected too — or if you would rather do it later.',
  'step.rejoin_wifi.one_on': 'Good that the first one is on!',
  'reply.each_device.step.rejoin_wifi':
    'Yes — every device that uses the Wi-Fi, the TV too, needs the new password once: open its Wi-Fi or network settings, choose your network and type the new password. Devices on a cable need nothing.',
  'reply.each_device.consent.wifi_change':
    'Yes — with a new password every device that uses the Wi-Fi, the TV too, has to be connected again once. Devices on a cable are not affected.',
  'repair.decline_taken_back': 'Sorry, I took that as a no — your case is open again.',
  'reply.who_sees_password': 'Only you: I show the new password to you {here}, and nobody else is given it.',
  'reply.who_sees_password.consent.admin_password_change':
    'Only you: I show the new admin password to you {here}, and nobody else is given it. If you would rather have one you pick yourself, log in to the router’s settings page with it and change it there.',
  'reply.choose_password.consent.admin_password_change':
    'Here I set a strong one for you, as a password written in {aChannel} is not safe. If you would rather have your own, log in to the router’s settings page with the new one and change it there — only you see it.',
  'reply.choose_password.consent.wifi_change':
    'Here I set a strong one for you, as a password you write in {aChannel} is not safe. Once your devices are connected you can change it to one you choose yourself on the router’s settings page.',
  'reply.how_speed_test.step.wired_test':
    'On the computer with the cable, open a web browser and go to bredbandskollen.se or fast.com, then press Start (on bredbandskollen: “Starta mätning”). After about half a minute it shows your download and upload speed.',
  'reply.other_affected': 'No — only what I just described changes; everything else stays as it is.',
  'reply.other_affected.consent.dns_reset':
    'No — only the router’s DNS setting (its address book for the internet) goes back to ours. Your Wi-Fi name, passwords and devices stay as they are.',
  'consent.wifi_ssid_change.named':
    'Shall I rename your Wi-Fi network to “{name}”? Your devices will need to connect to it again.',
  'consent.wifi_password_change.and_name':
    'Shall I set a new Wi-Fi password and rename the network to “{name}”? Every device then joins the new name with the new password, once.',
  'consent.wifi_ssid_change.after_key':
    'Shall I also rename the network to “{name}” before your devices join? Then every device joins the new name with the new password, once.',
  'ask.step.rejoin_wifi.new_name_and_key':
    'On each device, open the Wi-Fi list, choose “{name}” and type the new password. Tell me when done.',
  'ask.step.rejoin_wifi.new_name':
    'On your phone or computer, open the Wi-Fi list, choose the network under its new name and type the same password as before. Tell me when done.',
  'rename.not_changed':
    'I have not changed your Wi-Fi network’s name in this case — it is still the name it had before, and I only rename it when you ask me to.',
  'rename.not_changed.offer':
    'I have not changed your Wi-Fi network’s name in this case. If it shows another name now, I can give it the one you want.',
  'rename.along': 'I will also rename your Wi-Fi network to “{name}” in this case.',
  'person.check_first':
    'Of course — I will pass you to a colleague. First I will find your account and check your connection, so that they have the results in front of them straight away.',
  'identity.pin.request_noted':
    'Noted — I will take that up too once you are verified; nothing is changed before that.',
  'ask.identity.pin.request': 'For that I first need your 4-digit PIN: please write it here.',
  'ask.identity.pin.again': 'When you have it, just write the 4-digit PIN here.',
  'reply.rejoin_no_screen':
    'A printer or other device without a screen usually joins with WPS: press the WPS button on the router, then the WPS (or Wi-Fi) button on the printer within two minutes, and it connects by itself. If it has no WPS button, use its maker’s app on your phone — it passes the network name and password on to the device.',
};

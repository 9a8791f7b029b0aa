// English texts: what the desk knows about each fault kind it diagnoses, in plain words, for the
// customer's "why / whose fault / what now" questions (question-answers.ts answers them from these keys in
// every stage). Per root cause: whose side it is on and whether the customer did it (my_side.<cause>),
// what the desk does next (what_you_do.<cause>), whether to just wait, whether a restart helps
// (should_restart.<cause>), what to do meanwhile (after.meanwhile.<cause>). `.after.<stage>` keys answer
// once the case is resolved or with a team (after-outcome-context.ts caseTopic). See also why_broke.<cause>
// (asked-en.ts) and the field causes' texts in field-after-en.ts.
export const faultFactsEn = {
  // Whose side it is on, and whether the customer did it.
  // "But is there an outage or not?": what the check of the area found, answered yes or no.
  'reply.is_outage.incident.none':
    'No — there is no outage in your area; the network around you is working normally. The trouble is with your own connection, not a wider fault.',
  'reply.is_outage.incident.area_outage':
    'Yes — there is a known outage in your area, and it is what stops your connection.',
  'reply.is_outage':
    'I check for known outages in your area as part of the tests on your line, and tell you straight away if there is one.',
  'reply.my_side.cpe_powered_off':
    'Nothing is broken, on our side or yours: the router simply had no power — usually a switched-off power strip, a plug that came loose or a short power cut. Once it is on, it works as before.',
  'reply.my_side.cable_unplugged':
    'Nothing is broken: a cable in your home had come loose, which is easily done when something behind the router is moved. Our network is fine, and pushed in firmly the cable stays put.',
  'reply.my_side.wifi_radio_disabled':
    'Nothing is broken on our side: the router’s Wi-Fi has been switched off at home — usually with the WLAN/Wi-Fi button on the router (often on the front or side, marked with a wave symbol), pressed by accident, or in its app. Switching it on fixes it.',
  'reply.my_side.ppp_auth_failure':
    'Nothing you broke: the router’s sign-in details for our network no longer matched ours — that can follow a reset or an update of the router. I put them right from here.',
  // "Has something been changed on your side?": per cause where the plain "whose side" text says less.
  'reply.changed_by_us':
    'I check that as soon as I can test your line and router, and tell you what I find — including whether anything in our network is behind it.',
  'reply.changed_by_us.nothing_found':
    'No — nothing has been changed on our side, and my tests find nothing wrong on your line or router right now.',
  'reply.changed_by_us.dns_misconfigured':
    'No — nothing was changed on our side. Your router’s DNS setting (its address book for websites) pointed to servers that do not answer; that happens after a reset of the router or when the setting is changed by hand or by an app. Apps like Spotify kept working because they had the addresses they needed stored from before.',
  'reply.my_side.dns_misconfigured':
    'Nothing is broken: a setting in your router (its DNS, which finds websites) had changed — often an app or a reset does that. Our network is fine, and I can set it back from here.',
  'reply.my_side.cpe_hung':
    'Nothing you did: the router had got stuck after running a long time, which happens now and then with any router. Our network is fine, and a restart clears it.',
  'reply.my_side.firmware_bug_drops':
    'Nothing you did: your router runs software with a known fault that drops the connection. The software update fixes it.',
  'reply.my_side.wifi_channel_congestion':
    'Nothing you did and nothing broken: neighbouring Wi-Fi networks use the same channel as yours and disturb it. A quieter channel helps.',
  'reply.my_side.wifi_weak_signal':
    'Nothing broken and nothing you did: our line and your router work; the Wi-Fi signal just weakens through walls and over distance.',
  'reply.my_side.speed_wifi_limited':
    'Nothing is broken: our line brings full speed to your router; it is the Wi-Fi in your home that is slower — distance, walls and the 2.4 GHz band.',
  'reply.my_side.speed_line_degraded':
    'Nothing you did: my tests show the speed is low before it reaches your home, so our second-line technicians look for the cause in our network.',
  'reply.my_side.area_outage':
    'Nothing you did and nothing in your home: there is a fault in our network in your area. Your connection comes back by itself once it is fixed.',
  'reply.my_side.portal_account_locked':
    'Nothing is broken: the account locks itself after several wrong passwords in a row, to protect it.',
  'reply.my_side.default_admin_password':
    'Nothing is broken: the router still had its factory admin password, which many people never change. A new one closes that gap.',
  'reply.my_side.wifi_password_forgotten':
    'Nothing is broken — a forgotten Wi-Fi password happens to everyone. I can set a new one.',
  // What the desk does next, before the outcome.
  'reply.what_you_do':
    'First I test your line and router from here; then I tell you what I found and fix what I can straight away — I ask you before I change anything.',
  'reply.what_you_do.cpe_powered_off':
    'First we get the router powered on; then I test the line from here. If it still does not come up, I book a technician.',
  'reply.what_you_do.cable_unplugged':
    'First we check the cable together; then I test from here that your router reaches our network. If it does not, a technician takes over.',
  'reply.what_you_do.dsl_low_snr':
    'I have tested your line: it is disturbed, most often by the filter (splitter) at the phone jack or a cable at home. First we check that together; if it does not help, I pass it to our technicians, who look at the line.',
  'reply.what_you_do.wifi_radio_disabled':
    'I switch your router’s Wi-Fi back on from here, with your permission, and then we check that your devices see it.',
  'reply.what_you_do.ppp_auth_failure':
    'I send the right sign-in details to your router from here, with your permission; it reconnects by itself within a minute.',
  'reply.what_you_do.dns_misconfigured':
    'I set your router’s DNS back to our servers from here, with your permission; websites work again straight after.',
  'reply.what_you_do.cpe_hung':
    'I restart your router from here, with your permission; it takes a couple of minutes, then I test again.',
  'reply.what_you_do.firmware_bug_drops':
    'I update your router’s software from here, with your permission; it restarts once and your settings stay.',
  'reply.what_you_do.wifi_channel_congestion':
    'I move your Wi-Fi to a quieter channel from here, with your permission; your devices reconnect by themselves.',
  'reply.what_you_do.wifi_weak_signal':
    'My tests show the line and the router are fine, so I help you with the Wi-Fi in your home: where it reaches and what makes it reach further.',
  'reply.what_you_do.speed_wifi_limited':
    'My tests show full speed reaches your router, so I help you with the Wi-Fi in your home: what slows it and how to get more out of it.',
  'reply.what_you_do.fiber_los':
    'This needs a technician: I book a visit, and the technician finds the break in the fibre and repairs it, free of charge.',
  'reply.what_you_do.optical_power_low':
    'This needs a technician: I book a visit, and the technician measures the fibre, finds where the signal is lost and fixes it, free of charge.',
  'reply.what_you_do.docsis_power_out_of_range':
    'This needs a technician: I book a visit, and the technician measures at your cable outlet and adjusts or replaces what is needed, free of charge.',
  'reply.what_you_do.hardware_failure':
    'Your router has a hardware fault, so I book a technician who brings a new router, free of charge.',
  'reply.what_you_do.speed_line_degraded':
    'I pass it to our second-line technicians with my measurements; they find the cause in our network and contact you.',
  'reply.what_you_do.area_outage':
    'Our technicians are already repairing the fault in your area; your connection comes back by itself once it is fixed — there is nothing you need to do.',
  'reply.what_you_do.portal_account_locked':
    'I unlock your account from here once you are verified; then you can log in again.',
  'reply.what_you_do.default_admin_password':
    'I set a new, random admin password on your router from here, with your permission, and show it only to you.',
  'reply.what_you_do.wifi_password_forgotten':
    'I set a new Wi-Fi password from here, with your permission, and show it to you here.',
  // What the desk does once the case is with a team or fixed.
  'reply.what_you_do.after.field':
    'Your case is with our field technicians: the technician comes to you, finds the fault and repairs it, free of charge. You do not need to do anything before then.',
  'reply.what_you_do.after.tier2':
    'Our second-line technicians take it from here with everything I found: they look at your line and our network and get back to you here within {when}.',
  'reply.what_you_do.after.resolved':
    'Nothing more is needed — the fault is fixed and my tests look fine. If it comes back, just write here.',
  'reply.what_you_do.after':
    '{team} has your case with everything I found and answers you here within {when}.',
  // "So I just wait?"
  'reply.just_wait':
    'For now, yes — I am on it. I tell you here as soon as I know more or need something from you.',
  // "so I just wait?" while the router is being switched on: the minutes it takes, never "I am on it".
  'reply.just_wait.step.power_on': 'Give it a couple of minutes after it is switched on.',
  // "How will I know it is fixed? Should I just wait a day?" once a software update fixed drops that came and went.
  'reply.just_wait.cpe_firmware_upgrade': 'Yes — a day of normal use tells: no need to do anything else.',
  'reply.how_know_fixed.cpe_firmware_upgrade':
    'Use it as normal for a day: if it has not dropped by tomorrow evening, it is fixed; if it drops, reply here.',
  // "how will I know when it's back?" during an outage: the all-clear comes here, and the connection by itself.
  'reply.how_know_fixed.area_outage':
    'When the fault is fixed I write to you here, and your internet simply starts working again — you do not need to check or restart anything before then.',
  'reply.just_wait.area_outage':
    'Yes — leave the router on; your connection comes back by itself once the fault in our network is fixed.',
  'reply.just_wait.after.field':
    'Yes — there is nothing you need to do: the technician comes at the booked time and calls before arriving. If the time stops suiting you, write here.',
  'reply.just_wait.after.field.visit':
    'Yes — there is nothing you need to do: the technician comes {window} and calls before arriving. If that time stops suiting you, write here.',
  'reply.just_wait.after.tier2':
    'Yes — nothing more is needed from you: our second-line technicians have everything I found and answer you here within {when}.',
  'reply.just_wait.after.resolved':
    'There is nothing to wait for — it is fixed and my tests look fine. If it acts up again, just write here.',
  'reply.just_wait.after':
    'Yes — nothing more is needed from you: {ourTeam} has your case and answers you here within {when}.',
  // Whether a restart helps, or is needed now.
  // "how long must we wait?" in the message whose reply hands the case on: the team, never "I am on it".
  'reply.just_wait.outcome':
    'Nothing more is needed from you for now: I am handing your case over in this very message, and the team that takes it answers you here.',
  'reply.just_wait.billing_suspended':
    'It does not come back by itself: the connection opens again once the invoice is paid, or once our billing team has sorted it out if you have already paid.',
  'reply.should_restart':
    'You don’t need to restart the router yourself unless I ask you to — I check and change what I can from here, and I tell you when a step of yours would help.',
  'reply.should_restart.dns_misconfigured':
    'No need to restart it — the fault is a setting, and I correct it from here. Leave the router on.',
  'reply.what_happens_next.consent.config_change':
    'Nothing: I change the setting from here and check that it worked; afterwards you only tell me whether the sites load for you.',
  'reply.should_restart.after.resolved':
    'No, you do not need to restart it — everything works now and my tests look fine. Leave the router on as usual.',
  'reply.should_restart.area_outage':
    'No — a restart does not help: the fault is in our network, not in your router. Leave the router on, and your connection comes back by itself once the fault is fixed. If it has not within 15 minutes of that, restart the router then.',
  // "does restarting help?" during an outage: nothing on the customer's side helps now.
  'reply.will_it_help.area_outage':
    'No, a restart will not help now — the fault is in our network. Leave the router on: when the fault is fixed, your connection comes back by itself. If it has not within 15 minutes of that, restart the router then.',
  'reply.should_restart.fiber_los':
    'No — a restart does not help: no light reaches your fibre box, which the technician has to repair. Leave the router on.',
  'reply.should_restart.optical_power_low':
    'No — a restart does not help: the fibre signal itself is too weak, which the technician has to fix. Leave the router on.',
  'reply.should_restart.docsis_power_out_of_range':
    'No — a restart does not help: the signal at your cable outlet is out of range, which the technician has to adjust. Leave the modem on.',
  'reply.should_restart.dsl_low_snr':
    'No — a restart does not help a disturbed phone line; checking the filter (splitter) and the cables does. Leave the router on.',
  'reply.should_restart.speed_line_degraded':
    'No — a restart does not help: the speed is lost before it reaches your router. Leave it on so our technicians can measure.',
  // What the customer can do meanwhile, while the case is with a team.
  'after.meanwhile.dsl_low_snr':
    'Keep the router on its filter (splitter) at the phone jack, connect it with a short cable straight to the wall instead of an extension cord, and use a network cable where you can. A restart does not help the line itself. For something urgent, your mobile phone as a hotspot is the quickest way online.',
  'after.meanwhile.speed_line_degraded':
    'Leave the router on so our technicians can measure, and use a network cable for what matters most. If you need more speed for something urgent, your mobile phone as a hotspot helps meanwhile.',
  'reply.which_button.wifi_radio_disabled':
    'The Wi-Fi button is marked WLAN or Wi-Fi, often with a wave symbol, usually on the front or side of the router. A press of a few seconds switches Wi-Fi off or on. Never press the small reset hole — it erases the router’s settings.',
  // Words of the step texts, explained (step-topics.ts what_wan_port, what_coax).
  'reply.what_wan_port':
    'The WAN port is the router’s socket for the cable that comes from the wall (the fibre box, phone jack or cable-TV outlet). It is usually marked WAN or Internet, often in a different colour from the numbered LAN ports 1–4 beside it.',
  'reply.what_coax':
    'The coax cable is the round, fairly thick aerial cable from the cable-TV outlet in the wall to the modem; its plug screws on. It should be screwed on firmly at both ends.',
  'reply.why_not_automatic.firmware_bug_drops':
    'Software updates normally reach routers from our side by themselves, but this fix had not reached yours yet — so I do it from here now rather than wait. After that, later updates come to your router automatically.',
  // The line's signal margin (SNR), in plain words, and whether to check the filter now.
  'reply.what_snr':
    'The signal margin (SNR) is how much stronger the internet signal on the phone line is than the noise on it — the headroom the line has. The more margin, the steadier the connection.',
  'reply.what_snr.dsl_low_snr':
    'The signal margin (SNR) is how much stronger the internet signal on your phone line is than the noise on it — the headroom the line has. Yours is low, so the slightest disturbance makes the connection drop; a loose or missing filter (splitter) or phone cable at home is the most common cause.',
  'reply.check_now':
    'Yes, please do — check that it sits firmly, and write here what you find; it goes straight onto your case.',
  'reply.check_now.dsl_low_snr':
    'Yes, please do it now: check that the filter (splitter) sits firmly in the phone jack, that the router’s cable goes into the filter’s DSL socket and the phone into its TEL socket. Write here what you find — it goes straight onto your case.',
  // "how long do we have to wait?": until it works again, from the cause found.
  'reply.wait_until_works':
    'That depends on the fault: much of it I can fix from here in a few minutes, and otherwise I tell you who takes over and when.',
  'reply.wait_until_works.billing_suspended':
    'Until the invoice is paid: the connection opens again by itself once the payment is registered, usually within a few hours — or once our billing team has sorted it out if you have already paid.',
  'reply.wait_until_works.area_outage':
    'Until the fault in our network is repaired: your connection then comes back by itself, with nothing for you to do.',
  'reply.wait_until_works.after.field':
    'Until the technician has been and fixed the fault; after the visit it works again. Until then your phone’s hotspot is the quickest way online.',
  'reply.wait_until_works.outcome.field':
    'Until a technician has been to you and fixed the fault: our field team gets in touch to agree on a time that suits you.',
  'reply.wait_until_works.contact.availability':
    'Until a technician has been to you and fixed the fault — so tell me when it suits you, and the visit is arranged for then.',
  'reply.wait_until_works.outcome.tier2':
    'That depends on what our second-line technicians find: they take over straight away with everything I saw, and get back to you here as soon as they know more.',
};

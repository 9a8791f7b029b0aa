// English texts for replies that are not a plain answer: questions asked while a permission or a
// check is pending, a deferred permission, "can't tell yet", and advice when a Wi-Fi step cannot be done.
/** What a new network name means for the devices, wherever it is asked. */
const RENAME =
  'Yes, once: the password stays the same, but each device has to pick the new name one time — a phone or computer in its Wi-Fi list, a TV in its network settings, a printer from its own Wi-Fi menu or with the WPS button.';

/** Whether the devices need the admin password: no, they use the Wi-Fi key. */
const ADMIN_DONE =
  'No — your devices, a smart TV too, use the Wi-Fi password, and that one I did not change. The admin password is only for signing in to the router’s settings page, so nothing on your devices needs to change.';
const ADMIN_ASKED =
  'No — your devices use the Wi-Fi password, which stays as it is. The admin password is only for signing in to the router’s settings page, so nothing on your devices changes.';

export const askedEn = {
  // What turning the radio on or changing the channel does to the devices: the name and the key stay as
  // they are. Asked again ("new details?? a new password?"), said plainer: `.again`.
  'reply.lose_settings.consent.wifi_radio_enable':
    'Yes, it is safe: your Wi-Fi keeps the same name and the same password as before — I only switch the transmitter on again, and your devices find the network by themselves.',
  'reply.lose_settings.consent.wifi_radio_enable.again':
    'No new password: the name and the password stay exactly as they are now. Nothing changes on your devices.',
  'reply.lose_settings.consent.wifi_channel_change':
    'Your Wi-Fi keeps the same name and the same password — only the channel it sends on changes, and your devices reconnect by themselves within seconds.',
  'reply.lose_settings.consent.wifi_channel_change.again':
    'No new password: the name and the password stay exactly as they are now. You do not need to change anything on your devices.',
  'reply.what_happens_next.consent.wifi_radio_enable':
    'Nothing to do on your devices: the name and the password stay the same, so they (a TV too) find the network by themselves once the Wi-Fi is on.',
  'reply.what_happens_next.consent.wifi_channel_change':
    'Devices on the Wi-Fi, a TV too, drop off for a few seconds and reconnect by themselves — the name and the password stay the same, so there is nothing to change on them.',
  'reply.reconnect_devices': 'No — your devices reconnect by themselves; nothing on them needs to change.',
  'reply.reconnect_devices.consent.wifi_channel_change':
    'No — the network name and password stay the same, so your devices (the smart ones too) reconnect by themselves within seconds.',
  'reply.reconnect_devices.consent.wifi_radio_enable':
    'No — the name and the password stay the same, so once the Wi-Fi is on again your devices find the network by themselves.',
  'reply.reconnect_devices.consent.wifi_password_change':
    'Yes — with a new password every device on the Wi-Fi, a smart TV and printer too, has to connect once with it; none does it by itself. The network name stays the same.',
  'reply.reconnect_devices.config.wifi_name': RENAME,
  // After a new Wi-Fi key: nothing reconnects by itself, and whoever had only the old key is out.
  'reply.reconnect_devices.wifi_password_change':
    'Yes — every device on the Wi-Fi, your smart TV and printer too, needs the new password once; none of them reconnects by itself. The network name stays the same.',
  'reply.devices_drop.wifi_password_change':
    'Yes — anyone who only had the old Wi-Fi password is off your network now and cannot get back in. Your own devices, the TV and printer too, stay off until you connect each of them once with the new password.',
  'reply.devices_drop.wifi_ssid_change':
    'Each device on the Wi-Fi stays off until it joins the new network name once (the password is the same); none of them does it by itself.',
  'reply.reconnect_devices.consent.wifi_ssid_change': RENAME,
  // "will the tv need it too?" at the rename's permission: the name, not a new password.
  'reply.each_device.consent.wifi_ssid_change.named': RENAME,
  // Asked after the rename: the same fact.
  'reply.reconnect_devices.wifi_ssid_change': RENAME,
  // "do my smart tv and stuff need the new password now?" after (or at) a new admin password: the devices
  // use the Wi-Fi key, which it leaves as it is.
  'reply.reconnect_devices.admin_password_change': ADMIN_DONE,
  'reply.each_device.admin_password_change': ADMIN_DONE,
  'reply.reconnect_devices.consent.admin_password_change': ADMIN_ASKED,
  'reply.each_device.consent.admin_password_change': ADMIN_ASKED,
  'reply.reconnect_devices.consent.cpe_reboot':
    'No — after the restart your devices reconnect by themselves within a couple of minutes.',
  'reply.reconnect_devices.consent.cpe_firmware_upgrade':
    'No — after the update the router restarts and your devices reconnect by themselves.',
  // A phone plugged into the router (IP telephony) goes through it, never over the Wi-Fi.
  'reply.router_phone':
    'A phone plugged into the router goes through the router and does not use the Wi-Fi: it is silent only while the router restarts or has no connection, and works again by itself as soon as the router is back.',
  'reply.router_phone.consent.cpe_reboot':
    'Yes — the phone plugged into the router goes through it, so it is silent for the minute or two the restart takes; then it works again by itself, with nothing to do on it.',
  'reply.router_phone.consent.cpe_firmware_upgrade':
    'Yes — the phone plugged into the router goes through it, so it is silent for the few minutes the update and restart take; then it works again by itself.',
  'reply.router_phone.cpe_reboot':
    'The phone plugged into the router came back with it: it goes through the router, so now that the router is up it should work again. Lift the receiver — if there is no dial tone, just write here.',
  'reply.router_phone.cpe_firmware_upgrade':
    'The phone plugged into the router came back with it after the update: it should work again now. Lift the receiver — if there is no dial tone, just write here.',
  // "blir det dyrare?" at a permission: a change made from here costs nothing.
  'reply.cost.consent.wifi_change':
    'No, it costs nothing — it is only a setting in your router that I change from here, and your subscription and price stay the same.',
  'reply.cost.consent.config_change':
    'No, it costs nothing — it is only a setting in your router that I change from here, and your subscription and price stay the same.',
  // "how do I open a port … and does it cost anything?": setting up a port forward is a setting, not a repair.
  'reply.cost.port_forward_request':
    'No, it costs nothing — a port forward is only a setting in your router that I set up from here, and your subscription and price stay the same.',
  'reply.cost.consent.reboot':
    'No, it costs nothing — I restart the router from here, and your subscription and price stay the same.',
  'reply.cost.consent.firmware_update':
    'No, it costs nothing — the update is free and I start it from here; your subscription and price stay the same.',
  'reply.cost.consent.factory_reset':
    'No, it costs nothing — I reset the router from here, and your subscription and price stay the same.',
  'reply.cost.consent.account_password_reset':
    'No, it costs nothing — I only set a new sign-in password for your account with us, from here.',
  'reply.login_needed':
    'No — you do not need to do anything with it now. You only need the admin password if you want to change a setting yourself on the router’s settings page (192.168.1.1); keep it somewhere safe.',
  'reply.router_login':
    'On a device connected to your home network (Wi-Fi or cable), open a web browser and go to 192.168.1.1. Sign in with the user name admin and the router’s admin password — unless it has been changed, it is on the sticker on the router.',
  'reply.router_login.consent.wifi_change':
    'On a device connected to your home network (Wi-Fi or cable), open a web browser and go to 192.168.1.1. Sign in with the user name admin and the router’s admin password — unless it has been changed, it is on the sticker on the router (if we set a new one for you, use that). Under Wi-Fi you change the password to one you choose: at least 8 characters, a few words you remember work well. Every Wi-Fi device then needs the new password once.',
  'reply.router_login.admin_password_change':
    'On a device connected to your home network (Wi-Fi or cable), open a web browser and type 192.168.1.1 in the address bar. Sign in with the user name admin and the new admin password I just gave you.',
  'reply.router_old.no_action':
    'You don’t need a new router for this: nothing in this case points to a fault in your router. If it keeps failing, write here with your case reference and we will look at replacing it.',
  'reply.router_old.any_action':
    'You don’t need a new router for this: nothing in this case points to a fault in your router. If it keeps failing after we have fixed it, write here with your case reference and we will look at replacing it.',
  'reply.router_old.cpe_reboot':
    'No need for a new one: your router had stopped passing traffic after a long time running and the restart fixed it — my tests show no hardware fault. If it keeps happening, write here with your case reference and we will look at replacing it.',
  'reply.router_old.cpe_firmware_upgrade':
    'No need for a new one: the drops came from a known fault in the router’s software, which the update fixes — my tests show no hardware fault. If it keeps happening, write here and we will look at replacing it.',
  // "can u put it back to the old one": the Wi-Fi key as it was, asked back — honest about what is kept.
  'reply.restore_key.sticker_gone':
    'I can’t read back an earlier Wi-Fi password: once a new one is set, the old one is not kept anywhere I can see, and with the sticker gone it can’t be read off the router either. If you remember it, you can set it again yourself on the router’s settings page (192.168.1.1, under Wi-Fi).',
  'reply.restore_key':
    'I can’t read back an earlier Wi-Fi password: once a new one is set, the old one is not kept anywhere I can see. If it was never changed, it is the “Wi-Fi key” on the sticker under the router; if you remember it, you can set it again yourself on the router’s settings page (192.168.1.1, under Wi-Fi).',
  'reply.restore_key.no_change':
    'I have not changed your Wi-Fi password — it is the same as before, so your devices stay connected as they are.',
  'reply.restore_key.wifi_password_change':
    'I can’t put the old one back by myself: once a new password is set, the old one is not kept anywhere I can see. If you remember it, you can set it again on the router’s settings page (192.168.1.1, under Wi-Fi), and your devices join as before; otherwise the new password I gave you is the one to type in on each device.',
  // The same with the router's sticker said to be gone (turn.ts variants): never "see the sticker".
  'reply.current_password.sticker_gone':
    'For security I can’t show the current Wi-Fi password {viaChannel}, and with the sticker gone it can’t be read off the router either — so the way is a new one: I can set a new Wi-Fi password for you.',
  'reply.current_password':
    'For security I can’t show the current Wi-Fi password {viaChannel}. If it has never been changed, it is on the sticker on the router (“Wi-Fi key” or “WPA key”). Otherwise I can set a new one for you.',
  'reply.sticker.sticker_gone':
    'With the sticker gone that way is closed, so I can set a new Wi-Fi password for you instead.',
  'reply.sticker':
    'Yes — if the password has never been changed, the “Wi-Fi key” on the sticker under the router is the one. Try it; if it doesn’t work, I can set a new one.',
  'reply.which_cable.step.wired_test':
    'A network cable from one of the router’s LAN ports (usually numbered 1–4) to the computer. If the computer has no network port, skip the test — just tell me “I can’t”.',
  'reply.was_hacked':
    "Nothing I have checked points to a break-in or a virus. If you see devices on your Wi-Fi that you don't recognise, tell me and I lock the router down with a new Wi-Fi password.",
  // A break-in asked about while the lock-down is offered or made: never "tell me if you see devices".
  'reply.was_hacked.security_worry':
    'Nothing I have checked on the router itself points to a break-in or a virus. That cannot rule out that someone had your Wi-Fi password, so locking the router down is the safe step: a new Wi-Fi password puts off every device that should not be there, and a new admin password protects its settings.',
  'reply.was_hacked.default_admin_password':
    'Only someone on your home network who knew the factory password could have used it — nothing I see suggests that anyone did, and the new password closes that door. If you think someone changed your settings, tell me and I check them.',
  'reply.was_hacked.dns_misconfigured':
    'No, nothing points to a break-in or a virus: a setting in your router (its DNS, which finds websites) had changed — often an app or a reset does that. You do not need to run an antivirus for this. Someone else could only change that setting with the router’s admin password — changing that password guards against it.',
  'reply.was_hacked.wifi_radio_disabled':
    'Nothing points to a break-in, and neighbours doing it is very unlikely: Wi-Fi is usually switched off with the Wi-Fi button on the router (easy to press by accident, by children too), in its app or settings page, or by a schedule. If you feel unsure, I can set a new Wi-Fi password.',
  // "can people hack the camera now that the port is open?": what the opening exposes and how to guard it.
  'reply.was_hacked.port_forward_add':
    'The opening makes that one device reachable from the internet on that port, so its own protection matters: give it a strong password of its own instead of the factory one, and keep its software updated. Nothing else on your network is reachable through it, and I can remove the opening again whenever you want.',
  'reply.was_hacked.consent.port_forward_add':
    'The opening makes that one device reachable from the internet on that port, so its own protection matters: give it a strong password of its own instead of the factory one, and keep its software updated. Nothing else on your network is reachable through it, and I can remove the opening again whenever you want.',
  'reply.was_hacked.config.port_forward':
    'The opening makes that one device reachable from the internet on that port, so its own protection matters: give it a strong password of its own instead of the factory one, and keep its software updated. Nothing else on your network is reachable through it, and I can remove the opening again whenever you want.',
  // "should I use the -5G one?": the speed test is asked for again only while one is the step in hand.
  'reply.switch_to_5g':
    'Yes — switch to the 5 GHz one (the name that ends in 5G or 5GHz; same password). Close to the router it is much faster than the 2.4 GHz one; further away, through walls, the 2.4 GHz one reaches better.',
  'reply.switch_to_5g.step.wired_test':
    'Yes — switch to the 5 GHz one (the name that ends in 5G or 5GHz; same password). Close to the router it is much faster than the 2.4 GHz one; further away, through walls, the 2.4 GHz one reaches better. Then run the speed test again and tell me what it shows.',
  'reply.switch_to_5g.step.move_closer':
    'Yes — switch to the 5 GHz one (the name that ends in 5G or 5GHz; same password). Close to the router it is much faster than the 2.4 GHz one; further away, through walls, the 2.4 GHz one reaches better. Then run the speed test again and tell me what it shows.',
  'reply.which_band':
    'With one network name the router chooses the band for you; close to the router you are usually on 5 GHz. To check: on a Mac, hold Option and click the Wi-Fi icon (it shows the channel and 2.4 or 5 GHz); on Windows, the Wi-Fi properties show the “Network band”; on a phone, the Wi-Fi network’s details show the frequency.',
  'reply.why_broke.request.billing':
    'Why the invoice changed our billing team can see line by line, so they answer that with your case — I can’t see invoice lines from here.',
  'reply.why_broke':
    'I can’t say for certain what started it; what I find and anything I change goes into the summary of your case.',
  'reply.why_broke.dns_misconfigured':
    'The router’s DNS settings had been changed — that happens when an app or a device writes its own name servers into the router, or after a reset of the router; someone else could only do it with the router’s admin password. Setting them back to our servers fixes it.',
  'reply.why_broke.wifi_radio_disabled':
    'The Wi-Fi had been switched off in the router — usually with the Wi-Fi button on the router, in its app or web page, or by a schedule. Nothing we see suggests a break-in.',
  'reply.who_switched_off.wifi_radio_disabled':
    'Usually it is the Wi-Fi (WLAN) button on the router, pressed by accident, or a change in its app or settings page — nothing we see suggests a break-in. If you are worried, I can also set a new Wi-Fi password and a new admin password for the router.',
  'reply.why_broke.ppp_auth_failure':
    'The router’s sign-in details for our network no longer matched ours — that can happen after a reset or a software update of the router.',
  'reply.why_broke.cpe_hung':
    'The router had stopped passing traffic after a long time running — it happens now and then with any router, and a restart clears it.',
  'reply.why_broke.firmware_bug_drops':
    'Your router runs a software version with a known fault that drops the connection now and then; the update fixes it.',
  'reply.why_broke.wifi_channel_congestion':
    'Many neighbouring networks use the same Wi-Fi channel, mostly in the evenings, so they disturb each other.',
  'reply.why_broke.portal_account_locked':
    'The account locks itself after several wrong passwords in a row, to protect it. It only happens again if a wrong password is typed several times — if you are not sure of it, use “Forgot password” on the login page instead of guessing.',
  'reply.why_broke.cable_unplugged':
    'A plug that sits only slightly loose is enough: the router then loses contact with our network. It usually gets a small tug when something behind it is moved or cleaned — pushed (or screwed) in all the way, it stays put.',
  'reply.why_broke.optical_power_low':
    'Too little light reaches your fibre box. Usually that is a dirty or sharply bent fibre cable or connector, less often damage outside, for example from digging. The technician measures along the fibre and finds where.',
  'reply.why_broke.fiber_los':
    'No light at all reaches your fibre box, so the fibre is broken or disconnected somewhere — indoors, for example a pulled or bent cable, or outdoors, for example after digging. The technician finds where.',
  'reply.why_broke.docsis_power_out_of_range':
    'The signal level at your cable-TV outlet is out of range — usually a loose or worn connector, a splitter or an amplifier in the building. The technician adjusts it.',
  'reply.why_broke.dsl_low_snr':
    'Your phone line is disturbed — often a missing or faulty filter (splitter), a loose jack or an old extension cable, sometimes the line outside.',
  'reply.why_broke.speed_wifi_limited':
    'The line brings full speed to your router; the Wi-Fi between the router and your device is slower — distance, walls and the slower 2.4 GHz band all lower it.',
  'reply.why_broke.wifi_weak_signal':
    'A Wi-Fi signal weakens with distance and through walls, floors and cupboards, so a room far from the router gets only a weak signal.',
  'reply.why_broke.speed_line_degraded':
    'The speed reaching your router is far below your plan although the line itself looks healthy; our second-line technicians find the cause in our network.',
  'reply.why_broke.hardware_failure':
    'The router reports a hardware fault itself — parts wear out, sometimes after a power surge. It is nothing you did.',
  'reply.why_broke.cpe_powered_off':
    'The router had no power — usually a plug pulled out, a power strip switched off or the power button pressed by mistake.',
  'reply.router_blame.cpe_powered_off':
    'No — the router is not broken: it had no power or was switched off, and once it is on it works as it should.',
  'reply.router_blame.speed_wifi_limited':
    'No — the router is fine: my test measured full speed all the way to it. What slows you down is the Wi-Fi between the router and your device.',
  'reply.router_blame.wifi_weak_signal':
    'No — your router works as it should; its Wi-Fi signal just does not reach that far through the walls.',
  'reply.router_blame.wifi_channel_congestion':
    'No — the router works; its Wi-Fi shares a crowded channel with the neighbours’ networks, and that is what slows it down.',
  'reply.router_blame.speed_line_degraded':
    'No — the speed reaching your router is already too low, so the fault is before the router, and a new router would not change it.',
  'reply.router_blame.dsl_low_snr':
    'No — the router is fine; the phone line into it is disturbed, and that makes the connection unstable.',
  'reply.router_blame.optical_power_low':
    'No — the router is fine; too little light reaches your fibre box through the fibre or its connectors.',
  'reply.router_blame.fiber_los':
    'No — the router is fine; no light reaches your fibre box, so the fault is on the fibre line.',
  'reply.router_blame.docsis_power_out_of_range':
    'No — the modem is fine; the signal level at your cable-TV outlet is out of range.',
  'reply.router_blame.cable_unplugged':
    'No — the router itself is fine; a cable to it sat loose or was unplugged.',
  'reply.router_blame.dns_misconfigured':
    'Only one of its settings: the router’s DNS setting was wrong. The router itself is fine.',
  'reply.router_blame.ppp_auth_failure':
    'Only one of its settings: the router’s sign-in details for our network no longer matched ours. The router itself is fine.',
  'reply.router_blame.wifi_radio_disabled':
    'Only a setting: the Wi-Fi was switched off in the router. The router itself is fine.',
  'reply.router_blame.cpe_hung':
    'It is not broken: the router had got stuck — it stopped passing traffic after a long time running — and a restart clears that.',
  'reply.router_blame.firmware_bug_drops':
    'No — the router itself is not broken, so there is no need for a new one: its software has a known fault that drops the connection, and the update fixes it.',
  'reply.router_blame.hardware_failure':
    'Yes — the router reports a hardware fault itself. It is our equipment, and we replace it free of charge.',
  // "does that mean it is broken?" at the restart for a router reporting a hardware fault: answered before acting.
  'reply.router_blame.consent.cpe_reboot.hardware_failure':
    'Yes, probably — the router reports a hardware fault itself. I restart it once to be sure; if that does not help, we replace it free of charge.',
  'reply.router_blame.area_outage': 'No — the fault is in our network in your area, not in your router.',
  'reply.router_blame.billing_suspended':
    'No — the router is fine; the connection is paused because of an unpaid invoice.',
  'reply.for_good':
    'It should: what I changed removes the cause I found. If it ever comes back, just write here with your case reference and I will pick it up.',
  'reply.for_good.consent.wifi_channel_change':
    'It should help for a long time: I move it to the quietest channel there is right now. If the neighbours’ networks crowd onto it later, it can come back — then just write here and I move it again.',
  'reply.for_good.wifi_channel_change':
    'It should help for a long time: it is on the quietest channel there is right now. If the neighbours’ networks crowd onto it later, it can come back — then just write here and I move it again.',
  'reply.for_good.firmware_bug_drops':
    'It should: the update removes the known fault behind the drops for good. If it drops again, just write here and I will look further.',
  'reply.for_good.cpe_hung':
    'Usually yes: after a restart a router runs normally for a long time. If it keeps happening, write here and we look at replacing it.',
  'reply.already_restarted': 'Thanks, good to know — I have noted it.',
  'reply.already_restarted.consent.cpe_reboot':
    'Thanks — a restart from here is still worth it: it clears what has built up since, and I can check the result straight away.',
  'defer.consent':
    'Of course, it can wait. Write “go” here when it suits you and I will do it then — it only takes a few minutes.',
  'defer.again': 'No problem — nothing happens until you say so. Just write “go” when you are ready.',
  'confirm.seen':
    'Good — if the network shows on your phone, the Wi-Fi is back. Your other devices find it again by themselves when they are in range.',
  'confirm.later':
    'Fine — what I changed is in place. Try it when you can; if it does not work as it should, just write here again and I will continue from where we are.',
  'confirm.later.looks_ok':
    'Good that it looks right so far — what I changed is in place. Try it properly when you can; if it acts up again, just write here and I will continue from where we are.',
  'confirm.new_need.portal_password':
    'Then I will give you a temporary password for {portal}, so you can sign in and choose a new one.',
  'confirm.new_need.wifi_password': 'Then I will set a new Wi-Fi password for you.',
  'repair.move_device':
    'No need to move any furniture — just take the device itself (laptop or phone) next to the router for a minute and see how the Wi-Fi is there. Tell me “done” when you have tried, or “I can’t” if that is not possible.',
  'repair.move_device.router':
    'The router can stay where it is — it is the device (your laptop or phone) that should go next to the router for a minute, to see how the Wi-Fi is there. Tell me “done” when you have tried, or “I can’t” if that is not possible.',
  'rename.objection': 'Sorry, I got that wrong.',
  'rename.name_taken': 'Of course — “{name}”, exactly as you wrote it.',
  'rename.name_is':
    'Your network is called “{name}” now, exactly as written. If a device shows another name, that is the old network it remembers: choose “{name}” in its Wi-Fi list.',
  'rename.again': 'Sorry about that — I will set it exactly as you wrote it.',
  'repair.objection': 'Sorry if I put that badly. Tell me what is not right and I will sort it out.',
  'rename.instead':
    'Sorry, I misunderstood — you want to rename the network, not change its password. The password stays as it is.',
  'advice.wifi_weak_signal':
    'No problem. Wi-Fi gets weaker with every wall and floor, so here is what helps: put the router in a central, open spot, up high and not in a cupboard or the basement; or add a mesh point or a Wi-Fi extender halfway to where the device is. When you can, test with the device next to the router — if it works well there, distance is the cause. If it still drops after that, just write to us again here.',
  'advice.wifi_weak_signal.far':
    'Then distance is the likely cause: Wi-Fi gets weaker with every wall and floor. What helps: move the router to a more central, open spot, up high and not in a cupboard or the basement; or add a mesh point or a Wi-Fi extender halfway to that room. When you can, test with the device next to the router — if it works well there, distance is the cause. If it still drops after that, just write to us again here.',
  'resolved.unconfirmed': 'Your case {reference} is closed.',
  // "ok close it i guess" after "fine by the router, still bad in my room": closed as it stands.
  'advice.elsewhere.closing':
    'Then I am closing the case as it stands: your line and router work as they should, and it is fine close to the router. Further away, the advice I gave is what helps — where the router stands, or a mesh unit halfway.',
  'advice.wifi_key_sticker.sticker_gone':
    'With the sticker gone the old key can’t be read off the router — if a device asks for the Wi-Fi password and you don’t have it, just write here and I will set a new one for you.',
  'advice.wifi_key_sticker':
    'If the Wi-Fi password has never been changed, it is the “Wi-Fi key” on the sticker under the router. If that one does not work, just write here and I will set a new one for you.',
  'advice.restart_yourself':
    'Then you can restart it yourself when it suits you: switch the router off, wait ten seconds and switch it on again; it is back in a couple of minutes. If the internet still does not work after that, just write here again.',
  'advice.wifi_channel_declined':
    'Then the 5 GHz network is the best way round it — fewer neighbours use it, so it stays fast near the router. If the evenings are still slow, just write here and I can move the channel then.',
} satisfies Record<string, string>;

// English: what a technician says in a line or two to a general question (src/triage/tech-questions.ts),
// whoever asks and whatever the case.
export const techEn = {
  // Round 35 (f48): the part of the cable step left for later.
  'tech.other_end_later':
    'Yes — when you can reach it, check that the cable sits firmly in the wall socket too. If that clears it, write here and tell us.',
  'tech.other_end_later.dsl_low_snr':
    'Yes — when you can reach it, check that the cable sits firmly in the wall jack and, if there is a small box (splitter) there, that the router’s cable is in its DSL socket and the phone in its PHONE socket. If that clears the drops, write here and tell us; our second-line team sees it on your case.',
  // Round 35 (f53): an account taken over, and cutting an intruder off (tech-questions.ts, "round 35 (f53)").
  'tech.account_not_router':
    "Very unlikely — an Instagram, e-mail or other online account is taken over with that account's own password (from a leak, a password used on several sites or a fake login page), not through your router. Change that account's password, sign out of other sessions and turn on two-step sign-in there. The new Wi-Fi password and admin password protect your home network.",
  'tech.cut_off_intruder':
    "Both are fine. Unplugging the router cuts every device off, an intruder too — but only until you plug it in again. Changing the Wi-Fi password yourself on the router's settings page puts every device off until it joins with the new password, so only those you give it to get back in.",
  // Round 35 (f54): what to do if it happens again (tech-questions.ts, the "round 35 (f54)" block).
  'tech.if_again_do':
    'If it happens again, just write to us here — no need to call: the case opens again with its whole history, and I check your line and router straight away.',
  'tech.if_again_do.email':
    'If it happens again, just reply to this e-mail — no need to call: the case opens again with its whole history, and I check your line and router straight away.',
  'tech.if_again_do.cpe_hung':
    'If it happens again, restart the router yourself first: pull out its power plug, wait ten seconds, plug it back in and give it two or three minutes. If that does not help, write to us here — no need to call — and I look at it straight away with this case in front of me.',
  'tech.if_again_do.cpe_hung.email':
    'If it happens again, restart the router yourself first: pull out its power plug, wait ten seconds, plug it back in and give it two or three minutes. If that does not help, reply to this e-mail — no need to call — and I look at it straight away with this case in front of me.',
  // Round 34 (f46): technician one-liners (tech-questions.ts, the "round 34 (f46)" block).
  'tech.portal_device':
    'Yes — {portal} works in the browser on an iPad, a phone or a computer; sign in there as usual with the same details. Your invoices are there too.',
  'tech.must_call.area_outage':
    "No, you don't need to call anyone — your case stays open until the outage is fixed, and we write to you here when it is.",
  'tech.must_call':
    "No, you don't need to call anyone — we can sort it out right here, and if someone else needs to take over, I arrange that for you.",
  // Round 34 (f43): questions answered as a different one (tech-questions.ts, the "round 34 (f43)" block).
  'tech.reset_sticker':
    'Yes: a factory reset (holding the small pin-hole button in for about ten seconds) puts the router back to what is on the sticker — the admin password, and the Wi-Fi name and password too. A normal restart or a power cut keeps your new settings. If the router is ever reset, write to us and we set a new admin password again.',
  'tech.admin_change':
    'Yes, it is worth it: the factory admin password is printed on the router and is the same on many routers, so anyone on your network who knows it could change your settings. Ask me and I set a new one from here; it is not your Wi-Fi password, so your devices stay connected.',
  'tech.admin_change.default_admin_password':
    'Yes: a new admin password means nobody who knows the factory one on the sticker can get into your router’s settings. It is not your Wi-Fi password, so your devices stay connected.',
  'tech.reply_by_email':
    'A person from the team that has your case answers you here, in this conversation — you see it when you open the chat again.',
  'tech.reply_by_email.email':
    'Yes: a person from the team that has your case answers you by e-mail, to this address, in this same conversation.',
  'tech.always_5g':
    'Yes — use the 5G one wherever it shows a good signal: it is faster and less crowded. It reaches less far through walls, so where it gets weak or drops (further from the router, another room), the one without 5G (2.4 GHz) is the better choice.',
  'tech.router_for_fibre':
    'Fibre needs a fibre router, and it comes with the fibre subscription — a DSL router does not work on fibre. Our sales team checks whether fibre can reach your address and tells you what it costs.',
  'tech.why_phone_noise':
    'DSL runs on the same copper pair as the phone, only on higher frequencies. A phone without a filter puts noise on those frequencies when it rings or is in use, so the modem loses its connection — and with it every device at home. The filter keeps the two apart, which is why every phone on the line needs one.',
  'tech.why_phone_noise.fiber':
    'It cannot: your internet comes through the fibre, not the phone line, so a phone does not affect it.',
  'tech.why_phone_noise.cable':
    'It cannot: your internet comes through the cable-TV network, not the phone line, so a phone does not affect it.',
  // Round 34 (f44): technician one-liners (tech-questions.ts, the "round 34 (f44)" block).
  'tech.buy_new_router':
    'No, you do not need to buy one: the router comes with your subscription, and if it is faulty we replace it free of charge.',
  'tech.buy_new_router.cpe_hung':
    'No, you do not need to buy a new one: any router can hang now and then, and yours answers normally now. If it happens often, write to us and we look at it — a faulty router is ours to replace, free of charge.',
  'tech.buy_new_router.hardware_failure':
    'No, you do not need to buy one: your router is faulty, and we replace it free of charge.',
  'tech.clean_connector':
    'No — please leave the fibre connectors to the technician: cleaning them takes special tools, and the laser light in a fibre can harm your eyes, so never look into the end. Keep the cable plugged in.',
  'tech.clean_connector.optical_power_low':
    'No — please leave the fibre connectors to the technician: cleaning them takes special tools, and the laser light in a fibre can harm your eyes, so never look into the end. Keep the cable plugged in; the technician cleans and measures the connectors at the visit.',
  'tech.on_during_outage':
    'Leave it on: it reconnects by itself as soon as the fault is fixed, and we can then see from here that it is back. Switching it off does no harm, but gains nothing.',
  'tech.only_us':
    'When I check your connection I also check for known faults in your area: if there is one, I tell you; if not, the cause is in your own line or router, and that is what I look for.',
  'tech.only_us.area_outage':
    'It is not only you: there is a known fault in our network in your area, and every customer there is affected until it is fixed.',
  'tech.only_us.handoff.field':
    'I checked: there is no known fault in your area, so it is not the whole building — the fault is measured on your own line and equipment. If neighbours have the same trouble, tell the technician; they can check the building’s wiring too.',
  'tech.only_us.handoff.tier2':
    'I checked: there is no known fault in your area, so it is not the whole building — the fault is measured on your own line and equipment. If neighbours have the same trouble, write it here and it goes on your case.',
  'tech.write_again':
    'Yes — if it happens again, just write here in this same conversation: the case opens again and the whole history is there, so you do not need to explain it all again.',
  'tech.write_again.email':
    'Yes — if it happens again, just reply to this e-mail: the case opens again and the whole history is there, so you do not need to explain it all again.',
  'tech.keep_chat_open':
    'No, you do not need to keep the chat open: nothing is lost if you close it, and the message that it is fixed comes here, in this conversation. I cannot send text messages (SMS).',
  'tech.keep_chat_open.area_outage':
    'No, you do not need to keep the chat open: nothing is lost if you close it, and the message that it is fixed comes here, in this conversation — I cannot send text messages (SMS). Your connection comes back by itself when the fault is fixed.',
  'tech.keep_chat_open.email':
    'No, nothing needs to stay open: the answer comes by e-mail, as a reply in this thread.',
  'tech.firmware_auto':
    'Yes — we send software updates to your router automatically, usually at night; you do not need to do anything.',
  'tech.firmware_auto.firmware_bug_drops':
    'Updates normally come automatically: we send them to the routers from here, at night. The fault came with an earlier version, and your router had not yet got the one that fixes it. Now it has the latest, and the coming ones arrive by themselves.',
  'tech.login_stopped':
    'It usually happens after a reset of the router or a software update: the router then loses its login details or goes back to old ones, and they no longer match ours. No one needs to have broken in for that.',
  'tech.fibre_available':
    'I cannot check addresses from here, but our sales team can, and the address check on our website shows what is available at your address and what it costs.',
  'tech.cancel_other_provider':
    'No — your current subscription with the other provider is yours: you cancel it yourselves, with them. Check their notice period so the two do not overlap longer than needed; our sales team helps you choose the start date for ours.',
  'tech.gigabit_over_wifi':
    'Rarely: over Wi-Fi even a new laptop usually gets 300–700 Mbit/s, so the Wi-Fi is the limit, not the plan. 1000 Mbit/s pays off mostly on devices with a network cable, or when several people use heavy things at once.',
  'tech.plan_options':
    'You do not need a PIN to ask: our plans and prices are on our website, and our sales team can go through them with you. Only changing the plan needs the account holder’s PIN.',
  // Round 33: technician one-liners (tech-questions.ts, the "round 33" block).
  'tech.lights_when_ok':
    'Not all of them: when everything works, the power light and the internet light are steady (usually green or white), and the Wi-Fi light is on or flickers while something is sent. Lights for sockets nothing is plugged into may stay off. If the internet light stays off, blinks for more than a few minutes or turns red, write to us.',
  'tech.lights_when_ok.fiber':
    'Not all of them: when everything works, the power, PON (the fibre link) and internet lights are steady, usually green or white, and the Wi-Fi light is on or flickers while something is sent. Lights for sockets nothing is plugged into may stay off. A red LOS light, or an internet light that stays off or blinks for more than a few minutes, means write to us.',
  'tech.lights_when_ok.dsl':
    'Not all of them: when everything works, the power, DSL (the line) and internet lights are steady, usually green or white, and the Wi-Fi light is on or flickers while something is sent. Lights for sockets nothing is plugged into may stay off. If the DSL or internet light blinks for more than a few minutes, stays off or turns red, write to us.',
  'tech.lights_when_ok.cable':
    'Not all of them: when everything works, the power, online and internet lights are steady, usually green or white, and the Wi-Fi light is on or flickers while something is sent. Lights for sockets nothing is plugged into may stay off. If the online light blinks for more than a few minutes, stays off or turns red, write to us.',
  'tech.my_computer':
    'Easy to find out: if your other devices are just as slow or drop at the same time, it is not the computer. Try another device, or the computer with a network cable straight into the router — if it is still the same, the cause is the connection, not the computer.',
  'tech.my_computer.speed_line_degraded':
    'No, it is not your computer: my own speed test to your router, with no computer involved, also reaches only part of your plan’s speed. That is the line, and that is what our team looks into.',
  'tech.my_computer.dsl_low_snr':
    'No, it is not your computer: the fault I found is noise on your phone line, and it makes the connection drop for every device at home.',
  'tech.my_computer.area_outage':
    'No, it is not your computer: the fault is in our network in your area, and no device at home can connect until it is fixed.',
  'tech.my_computer.speed_wifi_limited':
    'Not the computer itself: your line gives the full speed to the router, so the loss is in the Wi-Fi between the router and the computer — distance, walls and the 2.4 GHz band. Close to the router, on 5 GHz or with a cable it is much faster.',
  'tech.phone_crackle':
    'It can be: on a DSL line the phone and the internet share the same copper wires, so crackling on the phone often means noise on the line or in a socket — and that noise also disturbs the internet. Check that every phone has its filter; if the crackling stays, tell us so our technicians can check the line.',
  'tech.phone_crackle.dsl_low_snr':
    'Yes, very likely: the crackling on the phone and the drops both point to noise on the copper line or in a socket — the same noise I measured on your line. That is exactly what our technicians look at; mention the crackling to them.',
  'tech.phone_crackle.fiber':
    'No, that is not related: your internet comes through the fibre, not the phone line, so a crackling phone does not affect it. The crackling is a matter for whoever provides the phone line.',
  'tech.phone_crackle.cable':
    'No, that is not related: your internet comes through the cable-TV network, not the phone line, so a crackling phone does not affect it. The crackling is a matter for whoever provides the phone line.',
  'tech.tv_needs_minute':
    'Yes, give it a minute or two: the TV and its apps reconnect by themselves once the internet is back. If it still spins after that, close and reopen the app, or switch the TV off and on.',
  'tech.who_lets_in':
    'The technician does need to come inside, to the router and the wall socket the line comes in at — but it does not have to be you who lets them in: anyone aged 18 or over at home can, as long as they know where the router is.',
  'tech.who_lets_in.cable':
    'The technician does need to come inside, to the modem and the cable-TV outlet on the wall — but it does not have to be you who lets them in: anyone aged 18 or over at home can.',
  'tech.who_lets_in.fiber':
    'The technician does need to come inside, to the fibre box and the fibre socket on the wall — but it does not have to be you who lets them in: anyone aged 18 or over at home can.',
  'tech.who_lets_in.dsl':
    'The technician does need to come inside, to the router and the phone jack on the wall — but it does not have to be you who lets them in: anyone aged 18 or over at home can.',
  'tech.speed_or_ping':
    'For gaming, ping and a stable connection matter far more than speed: a game uses only a few Mbit/s, so 100 Mbit/s is already plenty. A network cable to the console or computer helps more than a faster plan; under about 30–40 ms ping is good.',
  'tech.know_fixed_closed':
    'You do not need the chat for that: the connection comes back by itself. When the router’s internet light is steady again and web pages load, it is fixed. Our message about it also waits here when you open the chat again.',
  'tech.know_fixed_closed.area_outage':
    'You do not need to keep the chat open: the connection comes back by itself when the fault is fixed. When the router’s internet light is steady again and web pages load, it is over. If it is still down tomorrow morning, restart the router once and write to us.',
  'tech.cable_in_box':
    'Usually yes: a short network cable (often yellow, grey or white) comes in the router’s box. If it is gone, any ordinary network cable (Cat 5e or Cat 6) from an electronics shop works.',
  'tech.tv_wifi_menu':
    'On most TVs it is under Settings → Network. On a Samsung: Settings → General → Network → Network Settings → Wireless; on an LG: Settings → Network → Wi-Fi Connection; on Android/Google TV: Settings → Network & Internet. Choose your network there and type the Wi-Fi password.',
  'tech.call_back':
    'I cannot book a call from here: our teams answer you here, in this conversation. If you would rather talk to someone, call our customer service — the number is on our website’s contact page and on your invoices.',
  'tech.which_number':
    'Our customer service’s phone number and opening hours are on our website’s contact page, and the number is also on your invoices.',
  'tech.replacement_free':
    'It is free: a faulty router of ours is replaced at no cost to you, and the technician’s visit costs nothing either.',
  'tech.replacement_free.hardware_failure':
    'It is free: the technician brings a new router in place of your faulty one, and neither the router nor the visit costs you anything.',
  // Round 31: asked as the cause, as a thing to do without, or for the days until the fix (tech-questions.ts).
  'tech.digging':
    'It may well be: digging is one of the most common causes of a damaged cable in the ground. The technician checks the cable all the way, so mention the digging to them.',
  'tech.digging.fiber_los':
    'It may well be: digging is one of the most common reasons the light in the fibre disappears. The technician checks the cable all the way to your home.',
  'tech.pinched_cable':
    'It can be: a pinched or sharply bent cable can disturb the connection. Gently free it so it lies loose without sharp bends, and see whether it gets better.',
  'tech.pinched_cable.optical_power_low':
    'That may well be the cause: a pinched or sharply bent fibre cable lets too little light through. Gently free it so it is not squeezed or bent sharply — don’t pull it out or look into its end — and show it to the technician when they come.',
  'tech.pinched_cable.fiber_los':
    'That may well be the cause: a fibre cable that is pinched or bent sharply can stop the light altogether. Gently free it so it is not squeezed or bent sharply — don’t pull it out or look into its end — and show it to the technician when they come.',
  'tech.remove_splitter':
    'If no phone, alarm or fax is plugged in anywhere in your home, yes: plug the router straight into the phone jack and see whether it gets better. If you do use a phone on the line, keep the filter.',
  'tech.remove_splitter.fiber':
    'Your connection does not go through the phone line, so a filter makes no difference to the internet; if no phone uses it, you can remove it.',
  'tech.remove_splitter.cable':
    'Your connection does not go through the phone line, so a filter makes no difference to the internet; if no phone uses it, you can remove it.',
  'tech.calls_meanwhile':
    'Keep your phone’s hotspot ready: if the connection drops during a call, switch the computer to the hotspot and carry on. That is the safe way until the fault is fixed.',
  'tech.restart_helps':
    'It helps only when the router itself has got stuck: it then connects from scratch. For a fault on the line or in our network it changes nothing.',
  // "does restarting help?" during an outage: the same answer as why_restart there (no; back by itself; 15 minutes).
  'tech.restart_helps.area_outage':
    'No, a restart will not help now — the fault is in our network. Leave the router on: when the fault is fixed, your connection comes back by itself. If it has not within 15 minutes of that, restart the router then.',
  'tech.opens_on_payment':
    'Not automatically at once: the connection opens when the payment is registered with us and billing has opened it. If you have paid, write that here, and billing looks at it first.',
  'tech.reverse_payment':
    'Better not reverse it: billing refunds the double charge, and a charge they are looking into does not get your line closed in the meantime.',
  'tech.los_light':
    'LOS means “loss of signal”: the fibre box gets no light from our network. The fibre is broken, bent or loose somewhere — in your home or outside — so a restart does not fix it. Check that the thin fibre cable into the box is plugged in and not bent sharply (never look into its end); if the light stays red, a technician is needed.',
  'tech.los_light.cable_checked':
    'LOS means “loss of signal”: the fibre box gets no light from our network. As you have already checked that the fibre cable into the box is in properly, the break is most likely further out, so a restart does not fix it and a technician is needed.',
  'tech.pon_light':
    'The PON light shows the fibre link to our network: it blinks while the box connects and stays steady when the link works. Off or blinking for a long time means the box has no contact with our network.',
  'tech.wifi_vs_internet':
    'They are two parts of the same box: the internet comes into the router through the line from us, and Wi-Fi is the wireless network the router makes in your home so your devices can reach it. That is why Wi-Fi can show full bars while there is no internet (the line is the broken part), or the internet can work over a cable while the Wi-Fi is weak.',
  'tech.modem_vs_router':
    'The modem (on fibre, the fibre box) talks to our network over the line; the router shares that connection in your home, by cable and over Wi-Fi. Often both sit in the same box.',
  'tech.why_restart':
    'A restart clears the router’s memory and makes it connect to our network from scratch, like restarting a phone that has frozen. It fixes a router that has got stuck; your settings and Wi-Fi password stay as they are.',
  'tech.restart_devices':
    'Usually not: your devices find the router again by themselves within a minute or two. If one still has no connection after that, switch its Wi-Fi off and on, or restart that device.',
  'tech.filter_supply':
    'Every phone, alarm or fax on a DSL line needs its own microfilter. We do not send them out, but any electronics shop sells them (ask for an ADSL or DSL microfilter, about 100 kr); one per phone.',
  'tech.tv_box_cable':
    'No — the TV box’s cable is for the TV only and does not carry your internet. For the internet, only the cable from the wall socket to the modem matters. If the TV box and the modem share one socket through a splitter, both can stay on it.',
  'tech.microfilter':
    'On a DSL line every phone, alarm or fax on the same line needs its own microfilter between it and the wall socket, and the router goes into the filter’s DSL socket. A phone plugged in without one disturbs the internet when it rings or is used.',
  'tech.static_ip':
    'For games, cameras and most port forwards you do not need one: your router gets an address from us that stays the same for long stretches. A fixed (static) address matters if you run a server that others must always find at the same address; it is an add-on our sales team can give you.',
  'tech.what_ip':
    'An IP address is a device’s number on a network, like a street address. Your home gets one from us on the internet, and the router gives each device at home its own, usually starting with 192.168.',
  'tech.mac_address':
    'A MAC address is a device’s own hardware label, written like AA:BB:CC:11:22:33. You find it in the device’s network or Wi-Fi settings or on its sticker; it is not the same as the IP address.',
  'tech.wps':
    'WPS lets a device join the Wi-Fi at the press of a button on the router instead of typing the password. It is handy but less safe than the password alone, so if you do not use it, it is best left off; you find it in the router’s Wi-Fi settings.',
  'tech.upnp':
    'UPnP lets games and apps open the ports they need in the router by themselves. It is what consoles normally use; a manual port forward is only needed when that is not enough.',
  'tech.wifi_speed_normal':
    'Over Wi-Fi you rarely get the full speed you pay for: walls, distance and other devices take their share. Close to the router on 5 GHz, 60–80 % of your speed is normal, further away less; the full speed is measured with a network cable to the router.',
  'tech.cable_vs_wifi':
    'A network cable is faster and steadier than Wi-Fi: it carries your full speed and is not disturbed by walls or neighbours’ networks. Wi-Fi is the convenient one; for a computer, TV or console that stays in one place, a cable is the better choice.',
  'tech.cable_type':
    'Any network cable marked Cat 5e, Cat 6 or newer carries a full gigabit; an old Cat 5 cable can hold you at 100 Mbit. Beyond that, an undamaged cable matters more than the brand.',
  'tech.alarm_during_outage':
    'An alarm, IP phone or camera that connects through your router stops while the connection is down, unless it has its own mobile (4G/GSM) backup — many home alarms do, and your alarm company can tell you. In an emergency, call 112 from a mobile phone.',
  'tech.upload_download':
    'Download is what comes to you (streaming, web pages, updates); upload is what you send (video calls, photos to the cloud, backups). On many connections upload is lower than download by design; your plan states both.',
  'tech.vpn':
    'Yes, VPN apps for work or privacy work on our connection without any change. Only running a VPN server at home (for example WireGuard) needs a port opened to that device.',
  'tech.parental_controls':
    'Parental controls are easiest on the devices themselves (Screen Time on Apple devices, Family Link on Android, the console’s own settings): they follow the child outside the home too. Some routers also have them under their settings page.',
  'tech.neighbours_on_wifi':
    'Not without the password: your Wi-Fi is encrypted, so only devices that have the password can join, and nobody outside can read your traffic. If you think someone has it, a new Wi-Fi password throws everyone off.',
  'tech.neighbours_on_wifi.wifi_password_forgotten':
    // The case offers the new key and says who it throws off: said once.
    'Not without the password: your Wi-Fi is encrypted, so only devices that have the password can join, and nobody outside can read your traffic.',
  'tech.hide_network':
    'You can hide the network name, but it does not make the Wi-Fi safer — devices can still find it — and it makes joining harder. A strong password is what protects it.',
  'tech.wifi_schedule':
    'A Wi-Fi schedule (a timer) in the router switches the Wi-Fi off at set times, for example at night, and back on afterwards. You turn it off on the router’s settings page: go to http://192.168.1.1, sign in and choose Wi-Fi → Schedule (sometimes called Timer), and switch the schedule off there.',
  'tech.device_faulty':
    'Most likely not: phones and computers seldom break that way. The speed over Wi-Fi depends mostly on the distance to the router and on the band — on 2.4 GHz or far away a device gets much less than close to the router on 5 GHz.',
  'tech.device_faulty.speed_wifi_limited':
    'No, your device is not faulty. Your line gives full speed up to the router; on the 2.4 GHz band or far from the router a phone gets around 40 Mbit/s, and close to the router on 5 GHz it gets far more.',
  'tech.what_ssid':
    'SSID is simply the Wi-Fi network’s name: what your devices show in their list of Wi-Fi networks.',
  // Asked again after "that's not what I asked": the same answer, said plainly.
  'tech.router_off_at_night.again':
    'To put it plainly: leave it on. Switching it off at night does not help the connection or the router; while it is off it cannot take its software updates (they come at night), and a line that goes off every night looks unstable to our checks. Switching it off now and then does no harm, there is just nothing to gain.',
  'tech.router_off_at_night':
    'You can, but it is best left on: it uses about as little power as a small lamp, it takes its updates at night, and devices then have to find it again each morning.',
  'tech.tv_picture':
    'It can be, if your TV gets its signal from the same cable-TV outlet as the modem: a fault in the signal there shows on both. On fibre or DSL the TV service is separate, and I check your internet connection.',
  'tech.tv_picture.docsis_power_out_of_range':
    'Yes, most likely: the TV and the modem get their signal from the same cable-TV outlet, and it is the signal level there that is wrong. The technician checks both when they come.',
  'tech.router_warm':
    'A router is warm to the touch while it works; that is normal. Keep it in the open, not in a closed cupboard or under other things, so it can cool.',
  'tech.power_cut':
    'After a power cut the router starts by itself when the power comes back; give it a few minutes until the lights are normal. If the internet has not come back after ten minutes, switch it off and on once.',
  'tech.how_many_devices':
    'The router handles several dozen devices at once. What slows things down is many of them streaming or downloading at the same time, not how many are connected.',
  'tech.dsl_distance':
    'On DSL the speed depends on the length and condition of the copper line from the telephone exchange to you: the further away, the lower the speed the line can hold. Your plan’s speed is the most the line gives under good conditions.',
  'tech.snr':
    'SNR (signal-to-noise) is how much stronger the signal on your line is than the noise on it. A low value makes the line slow down or drop; phones without a microfilter, old extension cables and damp sockets are the common causes.',
  'tech.fibre_cable_care':
    'Handle the fibre cable gently: it must not be bent sharply, squeezed or pulled, and it stays plugged in. Never look into its end — the light can harm your eyes. Moving the box a little is fine as long as the cable stays loose.',
  'tech.slow_in_evening':
    'In the evening most neighbours use their Wi-Fi at the same time, and networks on the same channel slow each other down. A network cable or the 5 GHz band is much less affected.',
  'tech.what_firmware':
    'Firmware is the router’s own software, like the operating system on a phone. An update fixes known faults and security holes; the router restarts once and your settings stay.',
  'tech.bridge_mode':
    'Bridge mode makes our router pass the connection straight on to a router of your own, which then does the Wi-Fi and the home network. It is set up by our second-line team on request.',
  // Role-play round 28: questions about the customer's own case that a technician answers in a line.
  // "what does it mean that the light is blinking?": what blinking means.
  'tech.blink_meaning':
    'A blinking light usually just means data is passing through — that is normal. A light that blinks while the router starts up goes steady within a minute or two; a light that is off or red is what to look out for.',
  // During an outage a blinking light is the modem failing to reach our network, never data passing.
  'tech.blink_meaning.area_outage':
    'During the outage a blinking online or internet light means your modem or router is trying to reach our network and cannot — no data is passing. Your equipment is not broken: it is the outage, and the light goes steady once the fault is fixed.',
  'tech.wifi_off_at_night':
    'Yes, you can: press the WLAN (Wi-Fi) button on the router to switch the Wi-Fi off, and press it again in the morning. Or set a schedule on the router’s settings page (192.168.1.1, under Wi-Fi) so it goes off and on by itself. Anything on a network cable keeps working.',
  // A device that does not list the network: its list refreshed, and an older device sees only 2.4 GHz.
  'tech.device_not_seeing':
    "Turn the Wi-Fi off and on again on that device (or restart it): its list of networks refreshes and the network shows. If it still doesn't, the device may be older and only see 2.4 GHz – tell me and I'll check your Wi-Fi from here.",
  'tech.wall_or_strip':
    'Both are fine. Straight into the wall, nobody can switch the router off by mistake with the strip’s switch; if it stays in the power strip, put the strip where nobody steps on the button.',
  'tech.neighbour_old_key':
    'Yes, very possibly: a phone or computer that once had your old Wi-Fi password joins again by itself whenever it is in range. With the new password it cannot get in any more.',
  'tech.password_keep':
    'Yes, keep it somewhere safe — on paper at home or in a password manager. You only need it when something asks for it; day to day you never have to type it.',
  'tech.password_keep.default_admin_password':
    'Yes, keep it somewhere safe — on paper at home or in a password manager. You only need it to change the router’s settings on its settings page (192.168.1.1); your Wi-Fi and everyday use never ask for it.',
  'tech.wifi_light_blinking':
    'Yes, that is normal: a blinking Wi-Fi light just means data is going over the Wi-Fi — the more is used, the more it blinks. A light that is off or red is what to look out for.',
  'tech.light_blinking':
    'Yes, that is good: a light blinks while the router connects, and within a minute or two it stays steady. If it is still blinking after five minutes, tell me.',
  'tech.old_router':
    'When a technician replaces your router, they take the old one with them — you do not need to send anything back.',
  'tech.old_router.hardware_failure':
    'The technician brings the new router and takes the old one with them — you do not need to do anything with it or send it back.',
  'tech.payment_shows':
    'A card or Swish payment usually shows with us the same day, a bank giro payment after 1–2 bank days. As soon as billing sees it, a connection closed for an unpaid invoice is opened again.',
  'tech.refund_time':
    'Once billing has approved a refund, it usually reaches your account within a few bank days; billing tells you on your case when it is on its way.',
  'tech.bank_screenshot':
    'Usually billing sees the payment in our system without it. If you want to show it, write the payment details here (the date, the amount and the reference), or attach the screenshot when billing replies to you on your case.',
  'tech.bank_screenshot.email':
    'Usually it is not needed — billing sees your payments in our system. If you want to send it anyway, just attach it in a reply to this e-mail; it goes on your case, where billing sees it.',
  'tech.login_tries':
    'After a few wrong PINs in a row I can no longer verify you here; then you sign in on {portal} or call us instead. If you are unsure of the PIN, look in the welcome letter rather than guess.',
  'tech.login_tries.portal_account_locked':
    'The portal locks after a few failed sign-ins in a row. If you are unsure of the password, ask me for a temporary one instead of guessing.',
  'tech.my_pages_instead':
    'Yes — sign in on {portal} and start the chat from there: then you are verified without the PIN, and we can take your request straight away.',
  'tech.wifi_button':
    'On our routers the Wi-Fi button sits on the front or the side, marked WLAN or Wi-Fi or with a wave symbol (sometimes shared with WPS). A long press of a few seconds switches the Wi-Fi off or on; a short press only starts WPS pairing.',
  'tech.wifi_button.wifi_radio_disabled':
    'The Wi-Fi button sits on the front or the side of the router, marked WLAN or Wi-Fi or with a wave symbol. A long press of a few seconds switches the Wi-Fi off or on — so a press by mistake may well be what switched yours off.',
  'tech.restart_harm':
    'No — restarts do not harm the router, however many: it is made to be switched off and on.',
  'tech.restart_harm.area_outage':
    'No, restarts do not harm the router, however many. They just cannot help while the fault is in our network; when it is fixed, the router connects again by itself.',
  // "hjälper det om jag startar om routern?" during an outage: no, and what to do if it does not come back.
  'tech.why_restart.area_outage':
    'No, a restart will not help now — the fault is in our network. Leave the router on: when the fault is fixed, your connection comes back by itself. If it has not within 15 minutes of that, restart the router then.',
  'tech.fixed_notice':
    'We write to you here, in this conversation — I cannot send text messages (SMS). You do not need to keep the page open: nothing is lost if you close it, and the case stays open until it is done.',
  'tech.fixed_notice.area_outage':
    'The message that it is fixed comes here, in this conversation — I cannot send a text message (SMS) or an e-mail about it. You do not need to keep the page open: nothing is lost if you close it, and your connection comes back by itself when the fault is fixed.',
  'tech.fixed_notice.area_outage.email':
    'Yes — the message that it is fixed comes by e-mail, as a reply in this thread. I cannot send text messages (SMS), and your connection comes back by itself when the fault is fixed.',
  'tech.fixed_notice.email':
    'Yes — the message that it is fixed comes by e-mail, as a reply in this thread. I cannot send text messages (SMS), and your connection comes back by itself when the fault is fixed.',
  'tech.install_visit':
    'Usually not: the router comes by post, and you plug it into the fibre socket on the wall and into power — it is ready within a few minutes. If your home has no fibre socket yet, a technician comes to install one; our sales team books that with you.',
  'tech.install_visit.hardware_failure':
    'Yes — the technician brings the new router and connects it for you; you do not need to set anything up yourself.',
  'tech.wait_long.handoff':
    'I understand it feels long. That is the longest it takes; most cases are picked up sooner, often the same day. You do not need to do anything meanwhile — if it gets worse, write here and it goes on your case.',
  'tech.wait_long.handoff.field':
    'I understand it feels long. That is the longest it takes for the field team to get in touch; usually it is sooner, often the same working day. They contact you here to book the visit at a time that suits you — nothing is needed from you before then.',
  'tech.wait_long.contact.availability':
    'The field team gets in touch within that time at the latest, usually sooner, to book the visit at a time that suits you — the times you give me now go with the case.',
  'tech.just_distance':
    'Yes — close to the router it works, so your connection is fine; the Wi-Fi signal just does not reach far enough through the walls. The router in a more open, central spot, or a mesh point halfway, fixes that.',
  'tech.just_distance.wifi_weak_signal':
    'Yes — close to the router it works, so your connection is fine; the Wi-Fi signal just does not reach far enough through the walls. The router in a more open, central spot, or a mesh point halfway, fixes that.',
  'tech.just_distance.speed_wifi_limited':
    'Very likely, yes: two rooms and a few walls away, Wi-Fi loses much of its speed, while our test shows your line brings the full speed to the router. A speed test close to the router shows it for sure.',
  'tech.just_distance.dsl':
    'Partly: on DSL the distance to the telephone exchange sets the highest speed your line can hold, and that cannot be changed. Speed well below that, or drops, come from the condition of the line, which is what I check.',
  'tech.just_distance.dsl_low_snr':
    'Not only: the distance sets how fast your line can be, but the drops come from noise on the line (a low signal-to-noise margin). A phone without a filter or an old extension cable is the usual cause, and that can be fixed.',
  'tech.just_distance.speed_line_degraded':
    'No — your line gives much less than it should for its length; that is a fault on the line, which our technicians fix.',
  'tech.speed_ok':
    'Over Wi-Fi, 60–80 % of your plan close to the router is normal, less further away; with a network cable you should get close to the full speed. If a test with a cable stays well below your plan, tell me and I check the line.',
  'tech.speed_ok.speed_wifi_limited':
    'Yes, that is fine for Wi-Fi: over Wi-Fi you get 60–80 % of your plan at best, less through walls and furniture. The full speed comes only over a network cable.',
  'tech.patch_cable':
    'Yes, you can try that yourself: a bent or dirty patch cable can weaken the signal. Hold the plugs by their sides, do not touch the ends and never look into them. If it is better afterwards, tell us — then the visit may not be needed.',
  'tech.fibre_cut_dsl':
    'Your DSL line is copper only for the last stretch, from the exchange or street cabinet to you; from there your traffic goes on over our fibre network. A fibre cut takes down everything connected behind it, DSL lines too — nothing is wrong with your own line.',
  'tech.restart_regularly':
    'No, that is not needed: a router can run for months without a restart. If it freezes again soon, write to us — then we look at its software instead.',
  'tech.pull_plug':
    'Yes — pull the router’s power plug, wait 10 seconds and plug it back in; it is back within a couple of minutes and nothing is lost. If that does not help, write to us.',
  'tech.pull_plug.area_outage':
    'No need — the router connects again by itself when the fault is fixed. Pulling the plug does no harm if you want to, but while the fault is in our network it does not help.',
  'tech.wps_button':
    'The WPS button usually sits on the back or the side of the router: a small button marked WPS, or with two arrows in a circle (on some routers it is the same button as the Wi-Fi one). Press it briefly, then start WPS on the printer or other device within two minutes, and they find each other. Do not press the small reset hole — that wipes the router’s settings.',
  'tech.coax_cause':
    'It may well be: a long, thin or damaged cable weakens the signal. Put the short original cable back and see whether the connection gets steady; if it does, the new cable was the cause.',
  'tech.coax_cause.cable':
    'It may well be: on a cable line a long or cheap antenna cable, or an extra splitter on it, weakens the signal to the modem — exactly what a signal outside its range means. Put the short original antenna cable back between the wall socket and the modem; if the connection is steady then, the new cable was the cause, and a visit may not be needed.',
  'tech.flush_dns':
    'Usually not: your laptop forgets the old look-ups by itself within minutes of the router fix. If a site still fails, restarting the laptop (or just the browser) does the same as a flush; `ipconfig /flushdns` does no harm either.',
  'tech.apps_vs_sites':
    'Apps like Spotify or WhatsApp keep their connection to their servers open and remember the addresses they use, so they did not need a new look-up in the broken address book (DNS). A browser looks up each site afresh, and that is where the wrong DNS showed.',
  'tech.test_call':
    'Yes, good idea: make a call on the landline phone and use the internet meanwhile. If the internet stays up through the call, the filter has fixed it.',
  'tech.filter_empty_socket':
    'No — a socket with nothing plugged in needs no filter. Only a socket with a phone, fax or alarm in it needs one; if you plug something in there later, give it a filter then.',
  'tech.cable_for_drops':
    'A network cable helps when the drops are in the Wi-Fi: walls, distance and neighbours’ networks no longer matter. When the connection itself drops — every device at once, cable or not — the fault is on the line, and a cable inside the home cannot stop it.',
  'tech.cable_for_drops.optical_power_low':
    'No — the drops come from the weak fibre signal reaching your home, and that is fixed on the line, not inside your home: a cable to your computer cannot stop them, so there is no need to buy one for this. The technician’s visit fixes it.',
  'tech.cable_for_drops.dsl_low_snr':
    'No — the drops come from the phone line into your home, and a cable between the router and your computer cannot stop them: every device loses the connection at the same time. What fixes it is the line itself.',
  'tech.cable_for_drops.docsis_power_out_of_range':
    'No — the drops come from the signal level on the cable-TV line into the modem, and a network cable between the router and your computer cannot stop them. What fixes it is the signal on the line.',
  'tech.dns_before':
    'Before the fix your router pointed to DNS servers other than ours, which did not answer its look-ups. That happens when an app or a device writes its own name servers into the router, or after a reset; it does not come back unless someone changes the router’s DNS settings again.',
  'tech.dns_before.dns_misconfigured':
    'Before the fix your router used {dnsBefore} as its DNS servers — not ours, and they did not answer its look-ups. That happens when an app or a device writes its own name servers into the router, or after a reset; it does not come back unless someone changes the router’s DNS settings again.',
  'tech.speed_at_address':
    'Which speeds an address can get I can’t see from here — it depends on the connection built to that building. Our sales team checks the address when you call us, and the address search on our website shows it too; no PIN is needed for that.',
  'tech.speed_at_address.again':
    'As I wrote above: the address search on our website shows what that address can get, or we check it when you call us — no PIN needed.',
  // Round 32: mesh by the size of the home, one's own router behind ours, the phone's hotspot, what a fibre cut
  // is, and why the desk's speed test and the customer's differ (tech-questions.ts).
  'tech.need_mesh':
    'Usually not: one router is normally enough for an ordinary flat — roughly up to 80–100 m² on one floor — especially if it stands fairly central and in the open. Mesh helps in a large home, over several floors or through thick walls (concrete, brick), where one router cannot reach every room.',
  'tech.need_mesh.wifi_channel_congestion':
    'No, not for that: one router is normally enough for an ordinary flat — roughly up to 80–100 m² on one floor. Mesh helps in a large home, over several floors or through thick walls. What slowed yours was the crowded channel, not the reach — and that is what the channel change is for.',
  'tech.own_router':
    'Yes — you can connect your own router or mesh system to ours: plug it into one of our router’s network ports and set it to access-point mode (often called AP or bridge mode in its app), so ours stays the one connected to our network. What you lose is our remote help on your own equipment: I can see and fix our router from here, not yours.',
  'tech.hotspot':
    'Yes — turn on the hotspot on your phone (Personal Hotspot or Mobile hotspot in its settings) and connect the laptop to it like to any Wi-Fi; that works for a video meeting too. It uses your mobile data, so keep an eye on your data plan: a video call takes roughly 1 GB an hour.',
  'tech.hotspot.area_outage':
    'Yes — turn on the hotspot on your phone (Personal Hotspot or Mobile hotspot in its settings) and connect the laptop to it like to any Wi-Fi; that works for a video meeting too. It uses your mobile data, so keep an eye on your data plan: a video call takes roughly 1 GB an hour. Your own router is fine — it reconnects by itself when the fault is repaired.',
  'tech.what_fibre_cut':
    'A fibre cut means that a fibre cable in the ground has been damaged — most often during digging or other ground work — so the light that carries the traffic no longer gets through. Our technicians find the spot and splice the fibre together again; exactly what happened this time I do not know.',
  'tech.speed_test_differs':
    'They measure different stretches: my test measures your line up to the router; your speed test runs from your device — over Wi-Fi, unless it is on a cable — through the router to a server on the internet, and it also varies with the time of day. To compare fairly, test on a computer with a network cable straight into the router, with nothing else using the connection.',
  'tech.speed_test_differs.speed_line_degraded':
    'They measure different stretches: my test measures your line up to the router, at one moment; your speed test runs from your device — over Wi-Fi, unless it is on a cable — through the router to a server on the internet, so it comes out lower and varies over the day. Both are far below your plan, and that is the fault on the line being looked at. To compare fairly, test on a computer with a network cable straight into the router.',
  'tech.team_language':
    'Yes — my colleagues answer in English or Swedish, as you prefer, and they reply to you here in this conversation.',
  'tech.router_by_post':
    "Not for this fault, I'm afraid: it is not in the router but in the line or the signal coming into your home, and only a technician on site can fix that — a new router by post would not change it. That is why the visit is needed.",
  'tech.router_by_post.hardware_failure':
    'Often, yes: when only the router is faulty, as here, our field team can send a new one by post for you to plug in yourself instead of the visit. They have your case and see what you wrote here; until they tell you otherwise, the visit stands.',
  'tech.landlord':
    "No, you do not need to: our technician only works on our own equipment — the socket and the box in your home — and if anything in the building's network needs doing, we arrange it with the property owner ourselves. You only need to let the technician in.",
  'tech.not_holder':
    'That is fine, as long as the account holder is with you and agrees: their PIN shows me that they do, and then you can write for them.',
  'tech.reply_language':
    'Yes — they answer in the language you write in, so in English, here in this conversation.',
} satisfies Record<string, string>;

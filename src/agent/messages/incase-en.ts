// English answers to questions asked at a permission, a step or the customer-number question, for
// the action or step in hand, and the advice when the Wi-Fi works near the router but not further away.
export const incaseEn = {
  'reply.devices_drop':
    'That depends on the change: after a restart or a new radio channel, devices on the Wi-Fi drop off for a moment and reconnect by themselves; after a new Wi-Fi password or network name, each device stays off until you connect it once with the new details.',
  'reply.devices_drop.consent.wifi_channel_change':
    'Yes, briefly: everything on the Wi-Fi (the TV too, if it uses the Wi-Fi) drops for a few seconds and reconnects by itself. The network name and password stay the same.',
  'reply.devices_drop.consent.wifi_password_change':
    'Yes: everything on the Wi-Fi (the TV too, if it uses the Wi-Fi) drops off, and each device connects again once with the new password. Devices on a cable are not affected.',
  'reply.devices_drop.consent.cpe_reboot':
    'Yes, for a couple of minutes: everything loses the internet while the router restarts, devices on a cable too, and then reconnects by itself.',
  'reply.devices_drop.consent.cpe_firmware_upgrade':
    'Yes, for a few minutes: the router restarts after the update, so everything is offline for a while and then reconnects by itself.',
  'reply.devices_drop.consent.wifi_change':
    'Yes — devices on the Wi-Fi, a smart TV too, drop off for a moment; after a new password or network name each one connects again with the new details.',
  'reply.devices_drop.consent.wifi_radio_enable':
    'No — nothing is on the Wi-Fi while it is off; once it is on, your devices find the network by themselves.',
  'reply.devices_drop.consent.dns_reset':
    'No — changing the DNS setting disconnects nothing; pages simply start to open again.',
  'reply.devices_drop.consent.admin_password_change':
    'No — the admin password only protects the router’s settings page; nothing disconnects and your Wi-Fi password stays the same.',
  'reply.devices_drop.consent.cpe_factory_reset':
    'Yes — after a factory reset the router comes back with the Wi-Fi name and password from its sticker, so every device has to connect again with those.',
  'reply.new_password_shown':
    'Yes — I show you the new password {here} as soon as it is set. Keep it somewhere safe.',
  'reply.new_password_shown.consent.admin_password_change':
    'Yes — I show you the new admin password {here} right after I change it. Keep it somewhere safe; you only need it to log in to the router’s settings page.',
  'reply.new_password_shown.consent.wifi_password_change':
    'Yes — I show you the new Wi-Fi password {here} right after I set it, and you connect your devices with it.',
  // "should I change that admin password then?" with no change asked for: yes, wise, and the offer — never
  // "I set a new one" before it ran (round 32, a2); after the change: that it was done.
  'reply.what_admin_password':
    'The admin password protects your router’s settings page — it is not your Wi-Fi password. Whoever knows it can change your router’s settings, and the factory password is the same on many routers — so yes, changing it is wise. I can set a new, secure one from here and show it to you {here}: tell me if you want that and I do it.',
  'reply.what_admin_password.admin_password_change':
    'The admin password protects your router’s settings page — it is not your Wi-Fi password. Whoever knows it can change your router’s settings, and the factory password is the same on many routers — that is why I set a new, secure one in this case; it is the one I showed you {here}.',
  'reply.upgrade_helps':
    'A faster plan only helps when the line itself is the limit, not when the Wi-Fi is. Changing your plan is done by our sales team.',
  'reply.upgrade_helps.speed_wifi_limited':
    'No, an upgrade is not needed: your line already delivers the speed you pay for to the router; it is the Wi-Fi that limits your device, and a faster plan does not change that. A cable, the 5 GHz network close to the router, or a mesh unit helps more than a bigger subscription.',
  'reply.upgrade_helps.wifi_weak_signal':
    'No, an upgrade would not help here: your line already brings the speed you pay for to the router — it is the Wi-Fi signal that weakens through walls and over distance, and a faster plan does not change that. A mesh unit or a cable helps more.',
  'reply.upgrade_helps.speed_line_degraded':
    'No, an upgrade would not help: the speed is lost before it reaches your router, and our second-line technicians look for the cause. Once that is fixed you get the speed you already pay for.',
  'reply.upgrade_helps.nothing_found':
    'My tests show your line already delivers the speed of your plan, so a faster plan only helps if you really need more than that. A cable, or the 5 GHz network close to the router, gets the most out of what you have; changing your plan is done by our sales team.',
  'reply.firmware_current.firmware.ok':
    'Your router already runs the recommended software version, so there is no update waiting for it.',
  'reply.firmware_current.firmware.outdated':
    'No — a newer software version is available for your router. Updating it restarts the router for a few minutes; tell me if you want me to do it.',
  'reply.firmware_current.firmware.known_bad':
    'No — your router runs a software version with a known fault; updating it fixes that, and it restarts the router for a few minutes.',
  'reply.router_from_us':
    'A new or better router from us — a Wi-Fi 6 model, for instance — is arranged by our sales team: they know which models we offer, and the price depends on the model, so I cannot quote it here. Ask them, or tell me you want to order one and I pass it on.',
  'reply.router_from_us.hardware_failure':
    'Your router has a hardware fault and needs replacing — that is part of the repair, not something you buy. The colleague who takes your case arranges it: either a new router sent to you or a technician who swaps it, and they tell you which.',
  'reply.buy_equipment':
    'Whether we sell mesh units or Wi-Fi extenders is for our sales team to answer — I cannot see that from here. Any mesh system or extender from an electronics store works just as well with our router: place the second unit halfway to the room, where the signal is still good.',
  'reply.buy_equipment.again':
    'Sorry, I cannot see that myself: whether we sell mesh units, our sales team knows. One from an electronics store works just as well with our router.',
  'reply.equipment_cost':
    'Troubleshooting is free, but a mesh system or an extender is not: it is equipment you buy. Our sales team can tell you whether we sell one and at what price, or you can buy your own in any electronics store — it works with our router.',
  'reply.wifi_standard':
    'A new Wi-Fi 6 laptop works with your router either way: Wi-Fi 6 devices also connect to older routers and get good speed close to it — only the extra Wi-Fi 6 features need a Wi-Fi 6 router. Which Wi-Fi generation your router has is on the sticker under it or on its settings page at 192.168.1.1 (Wi-Fi 6 is often marked “AX”); I cannot see that from here.',
  'advice.is_wifi':
    'Yes — your line gives you full speed to the router, so it is the Wi-Fi, not the connection.',
  'reply.extender':
    'A mesh system (a second unit placed halfway to that room) works best, a simple Wi-Fi extender helps too but roughly halves the speed, and a wired access point is best of all. Place it where the signal is still good, not in the weak room itself.',
  'reply.other.step.move_closer':
    'Just take the device itself (phone or laptop) into the same room as the router, a metre or two away, for a minute — nothing needs to be moved for good. If it works well there, we know the distance or the walls are the cause.',
  'reply.other.step.rejoin_wifi':
    'On the phone or computer: open the Wi-Fi settings, tap your network and choose “Forget this network” (on some devices “Remove”), then pick the network again and type in the password.',
  'reply.other.consent.cpe_firmware_upgrade':
    'The update replaces the router’s software with a newer version that fixes known faults. Your settings, Wi-Fi name and password stay; it takes about five minutes and the router restarts by itself — you do not need to do anything.',
  'reply.other.consent.cpe_factory_reset':
    'A factory reset puts the router back to how it came from the factory: your own settings (Wi-Fi name and password, port forwards) are wiped and the details on its sticker apply again. It takes a few minutes.',
  'reply.other.consent.wifi_password_change':
    'I set a new, long random password for your Wi-Fi — the network name stays the same — and show it to you here. You can change it to one you choose later in the router’s settings.',
  'reply.other.consent.wifi_channel_change':
    'The Wi-Fi moves to a less crowded radio channel, so your neighbours’ networks disturb it less. Name and password stay the same and devices reconnect by themselves within seconds.',
  'reply.other.consent.wifi_radio_enable':
    'I switch your router’s Wi-Fi back on from here. The network name and password are the same as before, so your devices find it by themselves.',
  'reply.other.consent.dns_reset':
    'The router’s DNS setting (its address book for the internet) goes back to ours. Nothing else changes, and nothing disconnects.',
  'reply.other.consent.admin_password_change':
    'The admin password only protects the router’s settings page — your Wi-Fi password stays the same and nothing disconnects. The factory password is the same on many routers, so changing it stops anyone on your network from changing your settings. I show the new one to you here.',
  'reply.other.consent.account_password_reset':
    'You get a temporary password here for {portal}; the old one stops working. When you sign in with it, you choose a new password of your own.',
  'reply.which_cable.step.power_on':
    'The power cord — from the router’s power adapter to the electrical outlet. Check that it sits firmly in both the router and the outlet (not a switched-off power strip) and that the power button, if there is one, is pressed in.',
  'reply.which_cable.step.power_cycle':
    'The power cord — from the router’s power adapter to the electrical outlet. Pull it out of the router, wait 30 seconds and put it back.',
  'reply.why_pin.ask.identity.customer_number.other_service':
    'Only so that my colleague finds your subscription and sees which service you have — nothing is tested on your internet for this. If you do not have it at hand, that is fine: your question goes to them anyway.',
  'reply.why_pin.verified':
    'About the PIN: it links this case to your subscription — that is what lets me test your line and router and change anything on your account. Without it I cannot know that it is the account holder writing.',
  'reply.why_pin.move':
    'A move changes your subscription, so I need the PIN for it: it shows me that you hold the account. You find the PIN in your welcome letter or on {portal} under your details; if you cannot find it, call us and we verify you another way.',
  'reply.why_pin.account_change':
    'A change to your subscription needs the PIN: it shows me that you hold the account. You find the PIN in your welcome letter or on {portal} under your details; if you cannot find it, call us and we verify you another way.',
  'reply.why_pin.identity.customer_number':
    'Your customer number lets me find your address, your line and your router — that is also how I see straight away whether a fault in your area is what affects you.',
  'advice.elsewhere.wifi_weak_signal':
    'Then your line and router are fine — next to the router it works; the signal just does not reach that room through the walls. Put the router as central, high up and in the open as you can. Close to the router the 5 GHz network is fastest; further away 2.4 GHz reaches better. For good Wi-Fi in that room for good, a mesh point placed halfway is the real fix (a Wi-Fi extender works too, but roughly halves the speed).',
  'advice.elsewhere.speed_wifi_limited.one_network':
    'Then your line delivers the speed you pay for — on the cable you get it; further away the Wi-Fi holds it back. With one network name the router picks the faster 5 GHz band by itself when you are near it, so put the router central, high up and in the open, and for rooms far away a mesh point (or a Wi-Fi extender) placed halfway helps most.',
  'advice.elsewhere.speed_wifi_limited':
    'Then your line delivers the speed you pay for — on the cable you get it; further away the Wi-Fi holds it back. Use the 5 GHz band when you are near the router (with one network name your device picks it by itself; if you see a second name ending in “5G”, that is the one), put the router central, high up and in the open, and for rooms far away a mesh point (or a Wi-Fi extender) placed halfway helps most.',
  // The customer said the router cannot be moved ("the cable is short", "the fibre comes in by the door").
  'advice.elsewhere.speed_wifi_limited.router_stays':
    'Then your line delivers the speed you pay for — on the cable you get it; further away the Wi-Fi holds it back. The router can stay where it is: near it, use the 5 GHz band (with one network name your device picks it by itself), and for rooms far away a mesh point (or a Wi-Fi extender) placed halfway brings the fast Wi-Fi there.',
  'advice.elsewhere.wifi_weak_signal.router_stays':
    'Then your line and router are fine — next to the router it works; the signal just does not reach that room through the walls. The router can stay where it is: for a room that far, a mesh point placed halfway (where the signal is still good) is the real fix — a Wi-Fi extender works too, but roughly halves the speed, and a wired access point is best of all.',
  'reply.why_remote':
    'What I found is a physical fault — in the line, the cable or the equipment itself — and nothing I can change from here reaches that; that is why someone has to fix it on site.',
  'reply.why_remote.optical_power_low':
    'Because the fault is physical: too little light reaches your fibre box, usually from a dirty or damaged connector or a bend in the fibre. No setting I can change from here makes the light stronger — a technician has to clean or replace it on site.',
  'reply.why_remote.fiber_los':
    'Because no light at all reaches your fibre box — the fibre or its connector is broken or loose somewhere. That is physical, so no setting I can change from here helps; a technician has to fix it on site.',
  'reply.why_remote.docsis_power_out_of_range':
    'The signal level in your cable-TV outlet is out of range, and it can only be adjusted on site, in the outlet or the cable network — no setting I can change from here reaches it, so a technician does have to come.',
  'reply.why_remote.hardware_failure':
    'Because the router itself is faulty — restarting or changing its settings from here does not repair hardware. It has to be replaced.',
  'reply.cable_cause':
    'It could be. Check that the cable is pushed in firmly at both ends and is not bent sharply or damaged, then tell me what you see.',
  'reply.cable_cause.fiber_los':
    'It can be. Check that the thin fibre cable between the wall socket and the fibre box is pushed in firmly at both ends and not bent sharply — handle it gently and do not look into the end. If the red light is still on after that, a technician has to come.',
  // "is there any way to get the wifi to reach the garden?": how far the Wi-Fi reaches, and what helps.
  'reply.wifi_reach':
    'For Wi-Fi further out — the garden, a balcony, another floor — put the router as close to that side of your home as you can, up high and in the open, not in a cupboard. Further away the 2.4 GHz network reaches better than the 5 GHz one. For a steady signal out there, a mesh unit or a Wi-Fi extender indoors by a window or door facing that spot works best (an outdoor access point on a cable even better).',
  // "is there a way to see the drop log myself?": the router's status page, and what the desk measured.
  'reply.see_signal':
    'Yes — your router’s own status page shows it: open 192.168.1.1 in a browser and log in with the admin password (on the router’s label, unless you have changed it). There you see whether the line is up and its signal level, and the system log lists each drop with its time.',
  'reply.see_signal.optical_power_low':
    'Yes — your router’s own status page shows it: open 192.168.1.1 in a browser and log in with the admin password (on the router’s label, unless you have changed it). There you see the fibre signal level, and the system log lists each drop with its time. When I checked, your fibre signal was {rxDbm} dBm; below about −27 dBm it is too weak, and that is what causes your drops. Our measurements go with your case to the technician.',
  'reply.see_signal.fiber_los':
    'Yes — your router’s own status page shows it: open 192.168.1.1 in a browser and log in with the admin password (on the router’s label, unless you have changed it). Right now it shows no fibre signal at all — no light reaches your fibre box, which is the fault the technician repairs; the system log lists the drops with their times.',
  // "what does -28.9 dBm mean, is that bad?": the level the desk measured, for the cause found.
  'reply.signal_level':
    'dBm is the unit of signal strength — the closer to 0, the stronger. A fibre signal is normal from about −8 down to −27 dBm; weaker than that and the connection starts to drop. For Wi-Fi, a device is well off above about −67 dBm and struggles below −75 dBm.',
  'reply.signal_level.optical_power_low':
    'Yes, that is too weak. {rxDbm} dBm is the strength of the fibre signal reaching your fibre box — the closer to 0, the stronger. Normal is from about −8 down to −27 dBm; at {rxDbm} dBm it is below that, which is why your connection drops — and why the technician comes to find where the light is lost.',
  'reply.signal_level.fiber_los':
    'dBm is the unit of the fibre signal’s strength — normal is from about −8 down to −27 dBm. Right now no signal at all reaches your fibre box, which is the fault the technician repairs.',
  'reply.signal_level.docsis_power_out_of_range':
    'dBm and dBmV measure the strength of the signal on the cable. For your modem it should be within about ±15 dBmV; yours is outside that, which is why the connection drops — and why the technician comes to check the cable and its outlets.',
  // "kan jag se mina fakturor där sen?": where the customer's own invoices are.
  'reply.portal_invoices':
    'Yes — when you are signed in to {portal}, you find your invoices under Invoices; you can open each one there and save it as a PDF.',
  'reply.relocate_router':
    'You can move the router yourself: unplug it, move it and plug it in again. The cable from the wall socket (the fibre box, phone jack or cable-TV outlet) has to reach it — a longer network cable between the box and the router is fine. Only if the socket itself has to be moved is it a technician’s visit, which our customer service books (it may cost).',
  'reply.power_button':
    'The power button is part of every router and cannot be switched off, but it is easy to keep it from being pressed by mistake: put the router where it is not bumped (on a shelf rather than the floor), a piece of tape over the button helps, and plug it straight into the wall rather than a power strip with a switch. If you would still like another model, our sales team can tell you about the routers we offer.',
};

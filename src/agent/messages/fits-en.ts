// English: why the step or change on offer fits what the tests found ("will that even help?").
export const fitsEn = {
  'reply.will_it_help':
    'It is what my tests point to, so it is the most likely fix. I test again straight after, so we know at once — and if it does not help, I keep looking.',
  'reply.will_it_help.consent.cpe_reboot':
    'Most likely: your router has got stuck, and a restart clears exactly that. I test again straight after, so we know at once — and if it does not help, I keep looking.',
  'reply.will_it_help.consent.dns_reset':
    'Yes — the wrong DNS setting is exactly why some sites do not load, and putting ours back fixes that. I test again straight after.',
  'reply.will_it_help.consent.pppoe_credentials_resync':
    'Yes — your router is being turned away because its sign-in details are wrong, and the correct ones fix that. I test again straight after.',
  'reply.will_it_help.consent.wifi_channel_change':
    'Most likely: your Wi-Fi shares a crowded channel with the neighbours, and a quieter one gives it room. I check the result straight after.',
  'after.outage_access.outage':
    'The fibre that was cut is further into our network: it carries the traffic for every home in the area, whether the last stretch into your home is cable, DSL or fibre. That is why your connection is down too, and it comes back when the cut is repaired.',
  'after.meanwhile.outage':
    'Until it is fixed, the quickest way online is your mobile phone as a hotspot (Personal Hotspot or Mobile hotspot in its settings) for your computer — that works for a video meeting. Your router reconnects by itself once the fault is repaired; you do not need to restart anything.',
  'after.meanwhile.outage.eta':
    'We expect the fault to be fixed by {eta}. Until then, the quickest way online is your mobile phone as a hotspot (Personal Hotspot or Mobile hotspot in its settings) for your computer — that works for a video meeting. Your router reconnects by itself once the fault is repaired; you do not need to restart anything.',
  'case.restart_meanwhile.other_service_request':
    'Restarting the device itself is safe to try: unplug it, or switch it off, for 30 seconds and start it again. Your router has nothing to do with it, so leave that as it is. If that does not help, {ourTeam} helps you further here.',
  'case.restart_meanwhile.other_service_request.tv':
    'Two things are safe to try meanwhile: restart the TV box — unplug its power for 30 seconds and plug it back in, then give it a couple of minutes to start — and check that its cables sit firmly at both ends and that the TV is set to the HDMI input the TV box is plugged into. Your router has nothing to do with it, so leave that as it is. If the picture still does not come back, {ourTeam} helps you further here.',
  'case.restart_meanwhile.no_fault':
    'Nothing I can see points to your router, so restarting it will not change this. Restarting the device itself is safe to try: unplug it for 30 seconds and plug it back in. If that does not help, {ourTeam} helps you further here.',
  'reply.intruder_out':
    'Off your Wi-Fi, yes: with the new Wi-Fi password, any device that does not have it is disconnected and cannot come back. The new admin password locks the router’s settings too, and our security team checks the rest.',
  'reply.intruder_out.wifi_key_kept':
    'Honestly, yes: a device that knows your Wi-Fi password can stay on until the Wi-Fi password is changed — the admin password only locks the router’s settings. If you want it off, a new Wi-Fi password is the way, and I can set one whenever you like.',
  'reply.intruder_out.step.rejoin_wifi':
    'Off your Wi-Fi, yes: with the new password, any device that does not have it is disconnected and cannot come back. The new admin password, next, locks the router’s settings as well.',
  'case.send_receipt':
    'You can write the payment details right here — the date, the amount and the OCR or reference number — or attach the receipt when {ourTeam} replies to you here. I have noted on case {reference} that you have a receipt.',
  'after.light_blinking.wifi':
    'Yes, that is normal: a blinking Wi-Fi light just means data is going over the Wi-Fi — the more is used, the more it blinks. A light that is off or red is what to look out for.',
  'after.light_blinking.outage':
    'During the outage a blinking online or internet light means your modem or router is trying to reach our network and cannot — no data is passing. Your equipment is not broken: it is the outage, and the light goes steady once the fault is fixed.',
  'after.light_blinking':
    'A blinking light is normal: it means data is passing through. A light that is off or red is what to look out for.',
  'reply.is_genuine':
    'Good that you are careful. {withUs}, and we never ask for passwords or card details — only the four-digit PIN that shows you are the account holder. If you would rather, call the number on your invoice and we help you there.',
  'reply.which_box':
    'The router is the box with the Wi-Fi and several network ports, usually with our logo on it. A second, smaller box is the one that brings the line in from the wall — check the router first.',
  'reply.which_box.fiber':
    'The router is the box with the Wi-Fi and several network ports, usually with our logo. The smaller box where the fibre cable comes in from the wall is the fibre box — it needs power too, so check both, the router first.',
  'reply.which_box.cable':
    'The router is the box with the Wi-Fi. The box the round antenna cable from the wall goes into is the cable modem (on some homes it is the same box) — it needs power too, so check both.',
  'reply.which_box.dsl':
    'The router is the box the phone cable goes into, with the Wi-Fi and network ports. A small box on the phone jack is the filter (splitter); it needs no power.',
} as const;

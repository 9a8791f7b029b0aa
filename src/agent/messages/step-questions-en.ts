// English answers to questions asked during a step, at a permission or at "does it work now?", where the
// desk knows enough to answer as a Tier-1 technician: one duration per action, the reason behind a step.
export const stepQuestionsEn = {
  'reply.how_long.consent.wifi_channel_change':
    'Only a few seconds: the Wi-Fi moves to the new channel at once and devices reconnect by themselves.',
  'defer.consent.wifi_channel_change':
    'Of course, it can wait. Write “go” here when it suits you and I will do it then — devices only drop for a few seconds.',
  'defer.consent.cpe_reboot':
    'Of course, it can wait. Write “go” here when it suits you and I will do it then — the internet is away for about two minutes.',
  'defer.consent.cpe_firmware_upgrade':
    'Of course, it can wait. Write “go” here when it suits you and I will do it then — it takes about five minutes.',
  // "vad ska en omstart till hjälpa?" when the case goes to a technician, or after it has: no, and why.
  'reply.will_it_help.hardware_failure':
    'No — your router reports a fault in its own hardware, and a restart does not repair hardware: the router needs to be replaced, and the technician does that.',
  'reply.will_it_help.consent.cpe_reboot.hardware_failure':
    'Fair question. A restart that I start from here tells us whether the fault is in the router’s hardware: if it is still there afterwards, I book a technician straight away — no more steps for you.',
  'reply.why_pin.request.login_problem':
    'The PIN shows me that I am talking to the account holder before I change anything on your account — the customer number alone is printed on every invoice. You find the PIN in your welcome letter (not on {portal}, since you cannot get in there right now).',
  'reply.why_pin.request.password_reset':
    'The PIN shows me that I am talking to the account holder before I change anything on your account — the customer number alone is printed on every invoice. You find the PIN in your welcome letter (not on {portal}, since you cannot get in there right now).',
  'reply.where_customer_number.request.login_problem':
    'Your customer number is at the top of your invoice, on paper or in the e-mail — 5 to 8 digits.',
  'reply.where_customer_number.request.password_reset':
    'Your customer number is at the top of your invoice, on paper or in the e-mail — 5 to 8 digits.',
  'reply.power_outlet':
    'Plug the router into an outlet you know works, for example one where a lamp lights up. If it sits in a power strip with its own switch, press the switch so that the strip’s light comes on. If nothing works in that outlet either, check that no fuse or circuit breaker has tripped.',
  // "is it dangerous to touch it? I don't want a shock": the physical steps are safe, said plainly.
  'reply.is_it_safe.step.power_on':
    'No, it is not dangerous: the router runs on low voltage from its small power adapter, so touching the router, its cable and the switch on a power strip is safe. Just keep it dry. Pressing the power button or the strip’s switch cannot break anything either.',
  'reply.is_it_safe.step.power_cycle':
    'No, it is not dangerous: the router runs on low voltage from its small power adapter, so unplugging it and plugging it in again is safe and erases nothing. Just keep it dry.',
  'reply.is_it_safe.step.check_cables':
    'No, it is not dangerous: the cables to the router carry no mains power, so touching, unplugging and pushing them in again is safe and breaks nothing.',
  'reply.which_button.step.power_on':
    'The power button is usually on the back of the router, next to where the power cable goes in — often round, sometimes marked ON/OFF or with a ⏻ sign. It is completely safe to press: press it once, and the lights come on within a minute. Never press the small reset hole: it erases all the router’s settings. If the plug sits in a power strip with its own switch, check that the switch is on too.',
  'reply.which_button':
    'Never press the small reset hole on the router: it erases all its settings, the Wi-Fi name and password too. The only button you ever need is the power button — the ordinary one on the back, often round.',
  'closing.promised_withdrawn': 'Good that it sorted itself out — I have closed case {linked}.',
  'ask.step.check_cables.fiber':
    'Check the cable from the fibre box on the wall to the router (its WAN or Internet port): it should be pushed in firmly at both ends. Tell me when you are done.',
  'ask.step.check_cables.dsl':
    'Check the cable from the phone jack in the wall to the router, through the small filter (splitter) if you have one: it should be pushed in firmly at both ends. Tell me when you are done.',
  'ask.step.check_cables.cable':
    'Check the round antenna (coax) cable from the cable-TV outlet in the wall to the modem: it should be screwed in firmly at both ends. Tell me when you are done.',
  'advice.wifi_limited.band_question':
    'Your router sends two bands: 5 GHz is fast but reaches less far, 2.4 GHz reaches further through walls but is slower. Further from the router your device drops to 2.4 GHz, which is why the speed falls there. On Wi-Fi your full speed is realistic only close to the router on 5 GHz; through a wall or two, about half of it is normal, and the full speed always comes over a network cable. Placing the router more centrally, or a mesh unit halfway, gives you the fast band further away.',
  // "I see two networks, Nilsson and Nilsson-5G, I'm on the first one. should I switch?"
  'advice.wifi_limited.band_question.two_names':
    'Yes — switch to the network whose name ends in “5G” (same password): that is the 5 GHz band, much faster than the 2.4 GHz one you are on. Through a wall it gives less than next to the router: about half your speed there is normal, and the full speed always comes over a network cable. If it drops out where you sit, go back to the other name — it reaches further.',
  // "I only see one wifi name, how do I pick 2.4 vs 5 then?"
  'advice.wifi_limited.band_question.one_name':
    'With one network name you do not need to pick: your router and your device choose the band themselves — close to the router you are on 5 GHz, further away the device switches to 2.4 GHz, which reaches further but is slower. If you would rather choose yourself, the 5 GHz band can be given a name of its own in the router’s settings.',
  // The customer's own rooms are not known to the desk: "that room", never a room they did not name.
  'advice.elsewhere.wifi_weak_signal.asked':
    'As things stand, that room stays poorer: next to the router it is fast, so your line and router are fine — the signal just does not reach that room through the walls. Nothing on the line needs fixing, and there is nothing you have to buy from us. What helps there is the router as central and open as you can place it, or a mesh unit (or a wired access point) halfway.',
  'advice.elsewhere.wifi_weak_signal.again':
    'Then it is the distance, not a fault: next to the router it works, so your line and router are fine, and a technician could not change that from here. What brings good Wi-Fi to that room is the router placed more centrally, or a mesh unit (or a wired access point) halfway — an extender also works, but roughly halves the speed. I am closing the case with this advice; write here again if you want help setting it up.',
  'advice.elsewhere.speed_wifi_limited.again':
    'Then it is the distance, not a fault: close to the router you get your speed, so your line and router are fine, and a technician could not change that from here. Far away the Wi-Fi is slower: use the 5 GHz network where you can, place the router more centrally, or add a mesh unit (or a wired access point) halfway — an extender also works, but roughly halves the speed. I am closing the case with this advice; write here again if you want help setting it up.',
  // "har ingen dator med kabel, räcker det med min gamla laptop?": whether something else would do for the step.
  'reply.other_will_do.step.wired_test':
    'Any computer with a network port works for this test, an old laptop too, with an ordinary network cable. If it has no network port, a USB network adapter works, or we test next to the router on the 5 GHz Wi-Fi instead. Connect it to the router with the cable, run a speed test and tell me when you have done it.',
  'reply.other_will_do.step.move_closer':
    'Any device on your Wi-Fi works for this test: phone, tablet or laptop. Take it next to the router, connect it to the 5 GHz network and run a speed test.',
  'reply.other_will_do.step': 'If it does the same job, it works for this step.',
  'ask.resolution.confirm.close': 'Shall I close the case, or is there more I can help with?',
} satisfies Record<string, string>;

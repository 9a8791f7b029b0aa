// English texts that follow what the customer said they did or have: a fix they made themselves that
// did not show yet, restarts they already tried, how to check slowness that comes at certain times, a
// customer number asked for a colleague (other services), and how a summary pairs a step and its result.
export const checksEn = {
  'ask.config.port_forward.need_ip':
    'Port {port} it is. Which device should it go to? I need its IP address on your home network — it starts with 192.168.1.',
  'ask.config.port_forward.need_port':
    'Which port should be opened (and TCP or UDP, if you know)? The game or program usually lists it on its help pages.',
  'ask.config.port_forward.waiting':
    'Take your time — I keep port {port} ready. Write the IP address here when you have it (it starts with 192.168.1.).',
  'ask.config.port_forward.port_for_host':
    'I can see {name} on your router, at {ip}. Which port should be opened to it (and TCP or UDP, if you know)?',
  'ask.config.port_forward.need_ip.service':
    '{service} uses {protocol} port {port}, and I can open that. Which device should it go to? I need its IP address on your home network — it starts with 192.168.1.',
  'consent.port_forward_add.rule': 'May I forward {protocol} port {port} to {ip} on your router?',
  'consent.port_forward_add.rule_device':
    'May I forward {protocol} port {port} to {ip} (your {device}) on your router?',
  'consent.port_forward_add.service':
    '{service} uses {protocol} port {port}. May I forward it to {ip} on your router?',
  'consent.port_forward_add.service_device':
    '{service} uses {protocol} port {port}. May I forward it to {ip} (your {device}) on your router?',
  'ask.config.port_forward.waiting.how':
    'Take your time — I keep port {port} ready. Write the IP address here when you have it.',
  'done.port_forward_add.rule':
    "The port forward is in place: {protocol} port {port} goes to {ip}. It is saved in the router's settings, so it stays after a restart.",
  'done.port_forward_add.rule_device':
    "The port forward is in place: {protocol} port {port} goes to {ip} (your {device}). It is saved in the router's settings, so it stays after a restart.",
  'ask.config.port_forward.waiting.no_port':
    'Take your time. Write the IP address here when you have it, and which port should be opened (the game or program lists it on its help pages).',
  'port_forward.host_not_found':
    'I cannot see a device called {name} on your router right now — it may be switched off or asleep.',
  'consent.port_forward_add.host':
    'I can see {name} on your router, at {ip}. Is that the one — shall I open port {port} to it?',
  'step.check_again':
    'I can still see the fault from here. A plug that is not quite in is easy to miss, and the router may need a minute or two to connect again: please check once more that the cables click in firmly at both ends, wait a minute, and tell me when done.',
  'reply.already_restarted.consent.reboot':
    'I know you have already restarted it yourself. One restart from our side still helps: I can follow it from here and read what the router reports afterwards.',
  // After the cable test was done in this case: never "test on a cable" again.
  'confirm.how_check.speed_test.wired_done':
    'Your cable test already showed that the line delivers the speed, so there is no need to test on a cable again. What is left is the Wi-Fi: run the speed test on your phone or laptop close to the router. If it is good there, what slows you down further away is the Wi-Fi range; if it is still low right next to the router, tell me and I will look further.',
  'confirm.how_check.speed_test.wired_done.for_now':
    'Good — then I count it as fixed for now. Your cable test already showed the line is fine; when you can, run a speed test on the Wi-Fi close to the router, and if it is still low there, write here with your reference {reference} and I will look further.',
  'confirm.how_check.speed_test':
    'Run a new speed test close to the router — on a cable, or on the 5 GHz Wi-Fi network. If you get close to your plan’s speed there, the line is as it should be and what slows you down further away is the Wi-Fi range. If it is still low next to the router, tell me and I will look further.',
  'confirm.how_check.speed_test.for_now':
    'Good — then I count it as fixed for now. When you can, run a speed test close to the router (on a cable or the 5 GHz network); if it is still low there, write here with your reference {reference} and I will look further.',
  'confirm.how_check.slow.for_now':
    'Good — then I count it as fixed for now. You will see it best when it is usually slow; if it is slow again then, write here with your reference {reference} and I will look further.',
  'confirm.how_check.slow_evening.for_now':
    'Good — then I count it as fixed for now. You will see it best this evening, when it is usually slow; if it is slow again then, write here with your reference {reference} and I will look further.',
  'confirm.how_check.slow':
    'You will see it best when it is usually slow: use the internet as you normally do then. If it is still slow, write here with your reference {reference} and I will look further.',
  'confirm.how_check.slow_evening':
    'You will see it best this evening, when it is usually slow: stream and browse as you normally do then. If it is still slow, write here with your reference {reference} and I will look further.',
  'ask.identity.customer_number.other_service':
    'That service is not something I handle myself, but I will pass your question straight to a colleague who does. What is your customer number? Then they find your subscription at once.',
  'summary.step_result': '{step} – {result}',
  'request.router_unreachable.outage':
    "I can't reach your router right now because of the fault in our network in your area, so I can't make that change yet. Once the fault is fixed, write here and I'll do it straight away.",
  'reply.new_password_shown.none_done':
    'No — nothing has been changed on your router in this case, so there is no new password yet. When your router can be reached again, write here and I will set one and show it to you here.',
};

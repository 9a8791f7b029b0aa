// English texts for replies that carry more than the answer asked for: a speed measured over the cable,
// a score with a question or a request beside it, a second topic inside "yes, it works".
export const readingsEn = {
  'step.measured': 'Thanks — {mbps} Mbit/s over the cable.',
  'step.measured.on_5ghz':
    'Thanks — {mbps} Mbit/s over Wi-Fi on the 5 GHz network. That is a good result for Wi-Fi: the line and the router deliver your speed, and the full speed of your subscription comes only over a network cable, as Wi-Fi always loses some on the way.',
  'step.measured.near_router': 'Thanks — {mbps} Mbit/s next to the router.',
  'step.measured.near_and_far':
    'Thanks — {mbps} Mbit/s next to the router: your line and router deliver the speed. The {far} Mbit/s further away, where you sit, is the Wi-Fi losing strength over the distance and through walls. For that room a mesh point (or a Wi-Fi extender) placed halfway between the router and the room helps most — or a network cable all the way, for the full speed.',
  'summary.result.measured.farther': '{mbps} Mbit/s next to the router, {far} Mbit/s further away',
  'summary.result.measured': '{mbps} Mbit/s',
  // Trying now ("wait, let me try"): acknowledged, and the question waits.
  'repair.wait': 'Sure, take your time — tell me here how it went.',
  // "… hold on" at a permission: the question waits, it is not put again.
  'repair.wait.consent': 'Take your time — nothing changes until you say yes. Tell me when you have decided.',
  // A second "i guess?" to a permission: never a no, asked once more.
  'repair.hedge.consent.again':
    'Take your time — a yes or a no is enough, and nothing changes until you say yes.',
  // Twice neither a yes nor a no to "does it work now?": closed as not confirmed, never as "still broken".
  'confirm.unclear':
    'I can’t tell from that whether it works, so I’m closing the case as not confirmed. If it still isn’t working, just write here with your reference {reference} and I’ll keep looking.',
  // A physical step told done whose fault is still there: the router starting up is given a minute.
  'step.check_again.power_on':
    'Good — the router takes a minute or two to start, and I can’t see it on our network yet. Give it a minute, check that the power light stays on, and tell me when it is.',
  // No cable or no network port for the wired test: the other way to show the same.
  'ask.step.move_closer.near_router':
    'No problem — then we test without a cable: take the device close to the router, connect it to the 5 GHz network (usually the same name with “5G” or “5GHz” at the end, same password) and run a speed test, for example on bredbandskollen.se or fast.com. Tell me when you have done it.',
  // A question put again after it was answered: its short form, never the same words twice.
  'again.consent.cpe_reboot': 'Shall I restart it now?',
  'again.consent.cpe_factory_reset': 'Shall I reset it now?',
  'again.consent.cpe_firmware_upgrade': 'Shall I start the update now?',
  'again.consent.account_password_reset': 'Shall I create the temporary password now?',
  'again.consent.wifi_password_change': 'Shall I set the new Wi-Fi password now?',
  'again.consent.wifi_ssid_change': 'Shall I change the name now?',
  'again.consent.wifi_ssid_change.named': 'Shall I rename it to “{name}” now?',
  'again.consent.wifi_channel_change': 'Shall I move it to a quieter channel now?',
  'again.consent.wifi_radio_enable': 'Shall I switch it on now?',
  'again.consent.dns_reset': 'Shall I put our DNS settings back now?',
  'again.consent.pppoe_credentials_resync': 'Shall I send the sign-in details now?',
  'again.consent.admin_password_change': 'Shall I change the admin password now?',
  'again.consent.port_forward_add': 'Shall I add it now?',
  'again.step': 'Tell me “done” when you have done it, or “I can’t” if it is not possible.',
  // The message that asks "does it work now?" after a long action says it is done.
  'verified.ok.cpe_firmware_upgrade': 'The software update is done, and my tests now look good on our side.',
  'verified.ok.cpe_reboot': 'Your router has restarted, and my tests now look good on our side.',
  'verified.ok.cpe_factory_reset': 'The reset is done, and my tests now look good on our side.',
};

// English texts for what kind of request a message is and which team it belongs to, and for questions
// after the outcome about what the case itself did (src/agent/case-actions.ts).
export const kindsEn = {
  'after.action.account_password_reset':
    'You change it the first time you sign in with the temporary password: {portal} asks you then to choose a new password of your own, and the temporary one stops working. Until you sign in you can wait — nothing needs doing before that.',
  'cause.one_device':
    'Since only that one device has the problem and your other devices work, your line and router are fine — it is something on that device, so there is no need to restart the router.',
  'advice.one_device':
    'On that device: 1) open its Wi-Fi list, choose “Forget” on your network, then join it again with the password; 2) restart the device itself; 3) check that airplane mode is off and, on a computer, that the Wi-Fi adapter is switched on; 4) if it still says “no internet”, install the latest updates for it (the Wi-Fi driver on a PC).',
  'reply.other.one_device':
    'It is not the router: your other devices work through it, so restarting it would not help that one device. The fix is on the device itself — the steps above, starting with “Forget” on the network and joining again.',
  'summary.step.advice.one_device': 'advice for the one device',
  'inform.one_device':
    'If that device still does not connect while your others do, it needs looking at on the device itself — its maker’s support or a computer shop can help with the Wi-Fi adapter or its settings. Your internet and router work as they should.',
  'after.action.wifi_coverage':
    'Your line delivers full speed to the router, so a room far from it is about Wi-Fi coverage, not a fault we can fix on the line. Walls and distance slow the Wi-Fi: use the 5 GHz network where it reaches, move the router high up and into the open, and for a room far away a mesh system (a second unit halfway) or an extender helps; a network cable to the work computer gives full speed.',
  'after.action.dsl_filter':
    'Leave it in the socket marked DSL (or MODEM) on the filter — that is where the router’s cable belongs. The TEL socket is only for a telephone; with no phone plugged in it can stay empty.',
  'after.action.port_forward_add':
    'The port forward is saved in the router’s settings, so it stays after a restart or a power cut. It only goes if the router is reset to its factory settings.',
  'after.action.wifi_details_kept':
    'Your Wi-Fi password is the same as before, and so are the Wi-Fi name and your other settings: nothing I did in this case changed them, so your devices stay connected as they are.',
  'after.action.cpe_firmware_upgrade':
    'No, you do not need to do anything: your router now runs the latest software, and later updates are sent to it from our side when they come.',
  'after.action.admin_password_change':
    'It is in my message above {here}, where I set it — the router keeps it until it is changed again. If you lose it, we set a new one for you here after you have identified yourself; a factory reset also brings back the password on the router’s label (but clears your other router settings).',
  'after.action.wifi_password_change':
    'Later you can see it on the router’s settings page (192.168.1.1, under Wi-Fi), or on a phone or computer that is already connected: its saved Wi-Fi networks can show the password. If it is lost altogether, write to us and we set a new one for you after you have identified yourself.',
};

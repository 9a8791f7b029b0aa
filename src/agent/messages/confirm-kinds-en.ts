// English answers at "does it work now?" when the reply was a hedge, a question about the lights or the
// start-up, or a correction of what the desk took from the last reply (src/agent/confirm-kinds.ts).
// Per root cause or action first (`confirm.startup.<cause>`), then the general text.
const RESTART =
  'After a restart the router needs a minute or two: the internet light blinks while it connects and then stays steady. Give it a moment and try opening a web page.';

export const confirmKindsEn = {
  'confirm.startup': RESTART,
  'confirm.startup.cpe_powered_off':
    'After switching on, the router needs a minute or two to start: the internet light blinks while it connects to our network and then stays steady. Give it a moment and try opening a web page.',
  'confirm.startup.cable_unplugged':
    'With the cable back in, the router needs a minute or two to connect again: the internet light blinks while it does and then stays steady. Give it a moment and try opening a web page.',
  'confirm.startup.cpe_reboot': RESTART,
  'confirm.startup.cpe_firmware_upgrade':
    'After the update the router restarts by itself and needs a few minutes: the lights blink while it starts and connects, then the internet light stays steady. Give it a moment and try opening a web page.',
  // An improvement reported ("seems faster", "lite bättre"): never a no; whether it is good enough is asked once.
  'ask.resolution.confirm.better':
    'Good to hear it is better. Is it good enough now, or is it still too slow at times?',
  // A fix that works on some devices or sites while one still fails: that device still holds the old state.
  'confirm.partly':
    'Then the fault itself is fixed — it works on your other devices. The one that still fails is holding on to the old state: close the app or browser there, or restart that device (switching its Wi-Fi off and on is often enough), and try again.',
  'confirm.partly.dns_misconfigured':
    'Then the fix works — the sites load on your other devices. The laptop (or whichever device still fails) remembers the failed look-up from before the fix, so that is on your end, and nothing is wrong with the connection: close the browser completely and open it again, or restart the device, and the site will load. (On a computer you can also flush its DNS cache: ipconfig /flushdns on Windows.)',
  'confirm.partly.wifi_radio_disabled':
    'Then the Wi-Fi itself is back — your phone has only stopped looking for it. The password is the same as before: switch Wi-Fi off and on in the phone, or pick your network in its Wi-Fi list. If it still will not join, choose “Forget this network” on it and connect again with the same password.',
  'confirm.partly.wifi_password_forgotten':
    'Then the new Wi-Fi password works — your other devices are on. The one that still fails is holding on to the old password: choose “Forget this network” on it, then connect again with the new password.',
  'confirm.correction': 'Sorry, I misunderstood your last reply.',
  'confirm.correction.cpe_firmware_upgrade':
    'Sorry, I misunderstood your reply. About your settings: the update keeps your Wi-Fi name, your Wi-Fi password and your other settings as they were.',
  'confirm.correction.works': 'Then no technician is needed.',
} satisfies Record<string, string>;

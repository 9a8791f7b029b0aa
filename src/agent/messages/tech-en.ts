// English: what a technician says in a line or two to a general question (src/triage/tech-questions.ts),
// whoever asks and whatever the case.
export const techEn = {
  'tech.los_light':
    'LOS means “loss of signal”: the fibre box gets no light from our network. The fibre is broken, bent or loose somewhere — in your home or outside — so a restart does not fix it. Check that the thin fibre cable into the box is plugged in and not bent sharply (never look into its end); if the light stays red, a technician is needed.',
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
  'tech.hide_network':
    'You can hide the network name, but it does not make the Wi-Fi safer — devices can still find it — and it makes joining harder. A strong password is what protects it.',
  'tech.what_ssid':
    'SSID is simply the Wi-Fi network’s name: what your devices show in their list of Wi-Fi networks.',
  'tech.router_off_at_night':
    'You can, but it is best left on: it uses about as little power as a small lamp, it takes its updates at night, and devices then have to find it again each morning.',
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
} satisfies Record<string, string>;

// Texts of a gamer-savvy port forward: where each kind of device shows its IP address, what the
// NAT types mean, and more ports for a device the case already forwarded to (see gaming-sv.ts).
export const gamingEn = {
  'reply.find_device_ip.ps5':
    'On the PS5: Settings → Network → Connection Status → View Connection Status; the IPv4 address is listed there (on your home network it starts with 192.168.1.).',
  'reply.find_device_ip.ps4':
    'On the PS4: Settings → Network → View Connection Status; the IP address is listed there (on your home network it starts with 192.168.1.).',
  'reply.find_device_ip.xbox':
    'On the Xbox: Settings → General → Network settings → Advanced settings; the IP address is listed there (on your home network it starts with 192.168.1.).',
  'reply.find_device_ip.switch':
    'On the Nintendo Switch: System Settings → Internet; under Connection Status you see the IP address (on your home network it starts with 192.168.1.).',
  'reply.find_device_ip.pc':
    'On a Windows PC: Settings → Network & internet → Properties of your Wi-Fi or Ethernet connection, the IPv4 address (or type ipconfig in a command prompt). On your home network it starts with 192.168.1.',
  'reply.find_device_ip.mac':
    'On a Mac: System Settings → Network → your connection (Wi-Fi or Ethernet) → Details; the IP address is listed there (on your home network it starts with 192.168.1.).',
  'reply.find_device_ip.phone':
    'On an iPhone: Settings → Wi-Fi → the (i) next to your network, IP Address. On Android: Settings → Network → Wi-Fi → your network → Details. On your home network it starts with 192.168.1.',
  'reply.nat_type':
    'Moderate NAT is good enough for most games: you can join and host most matches, only some players with strict NAT may not reach you. Open NAT needs every port the game lists forwarded to the console (or UPnP on).',
  'reply.nat_type.service':
    'Moderate NAT is good enough for most games: you can join and host most matches, only some players with strict NAT may not reach you. For Open NAT, {service} also lists {also}; I can forward those to the same device too, just say so.',
  'port_forward.more.consent':
    'May I also forward {protocol} {ports} to {ip} on your router? Every port of the range goes to that device only.',
  'port_forward.more.done':
    'Done: {protocol} {ports} now also goes to {ip}. The rule is saved in the router, so it stays after a restart.',
  'port_forward.more.invalid':
    'I cannot open "{ports}": ports run from 1 to 65535, a range is written from the lower to the higher port (for example 3478-3480), and I open at most {max} ports in one rule. Which ports should I open?',
  'port_forward.more.outside':
    "{ip} is not an address on your home network: there, devices have addresses that start with 192.168.1. Could you check the device's address again and write it here?",
  'port_forward.more.declined': 'Then I leave the router as it is. The ports already forwarded stay open.',
};

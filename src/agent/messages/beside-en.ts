// English: the second thing asked inside an answer — how many devices are on the Wi-Fi now.
export const besideEn = {
  'reply.connected_devices':
    'Which devices are on your Wi-Fi right now, and how many, I cannot see from here: your router does not report them to us. The router’s own settings page (192.168.1.1) lists them.',
  'reply.connected_devices.again':
    'No, I cannot see them: your router does not report its connected devices to us. You can see them yourself on the router’s settings page (192.168.1.1).',
  'reply.connected_devices.list':
    'Yes. Your router lists these devices on your home network right now ({count}): {names}. If one of them is not yours, a new Wi-Fi password shuts it out.',
  'reply.connected_devices.list.again':
    'Yes, I can see them. Right now your router lists {count}: {names}. Those are all the devices it reports.',
  'reply.connected_devices.count':
    'Devices connected to your Wi-Fi right now, as your router reports it: {devices}.',
  'reply.plan_wifi':
    'Your plan is what the line delivers to the router — that is what the cable test measures, and it reaches it. Over Wi-Fi the speed is limited by distance, walls and the device itself, whatever the plan. If you would rather have a cheaper plan, I can pass that to our sales team — just say so.',
  'aside.later.billing':
    'Your question about the bill I take up with you once we are done with this, so it is not forgotten.',
  'aside.later':
    'The other thing you mentioned I take up with you once we are done with this, so it is not forgotten.',
} satisfies Record<string, string>;

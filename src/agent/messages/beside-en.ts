// English: the second thing asked inside an answer — how many devices are on the Wi-Fi now.
export const besideEn = {
  'reply.connected_devices':
    'How many devices are on your Wi-Fi right now I cannot see from here; the router’s own settings page (192.168.1.1) lists them.',
  'reply.connected_devices.count':
    'Devices connected to your Wi-Fi right now, as your router reports it: {devices}.',
  'reply.plan_wifi':
    'Your plan is what the line delivers to the router — that is what the cable test measures, and it reaches it. Over Wi-Fi the speed is limited by distance, walls and the device itself, whatever the plan. If you would rather have a cheaper plan, I can pass that to our sales team — just say so.',
  'aside.later.billing':
    'Your question about the bill I take up with you once we are done with this, so it is not forgotten.',
  'aside.later':
    'The other thing you mentioned I take up with you once we are done with this, so it is not forgotten.',
} satisfies Record<string, string>;

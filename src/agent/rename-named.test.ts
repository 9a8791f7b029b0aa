// A Wi-Fi name the customer has already given is the name (role-play rp8a 13): "change the wifi name
// back to Oskar_home" after a security case asks consent with that name, not "what should it be called?".
import { expect, it } from 'vitest';
import { problemLabel } from './request-facts.js';
import { faultWorld, memoryDesk } from './testing/memory-desk.js';

it('en: "you still didnt change the wifi name back to Oskar_home" after the security case renames to Oskar_home', async () => {
  const desk = memoryDesk({ world: faultWorld([], { canDo: ['step.rejoin_wifi'] }) });
  desk.directory.add({ customerNumber: '100482', name: 'Priya Shah', pin: '4711' });
  const c = await desk.agent.startConversation({ channel: 'chat', language: 'en' });
  for (const m of [
    '100482 / 4711. I think someone hacked my router. theres devices i dont recognize',
    'yes',
    'done',
    'yes',
  ])
    await desk.agent.handleMessage(c.ticketId, m);
  const ask = await desk.agent.handleMessage(
    c.ticketId,
    'you still didnt change the wifi name back to Oskar_home',
  );
  expect(ask.map((x) => x.text).join('\n')).toMatch(/rename your Wi-Fi network to “Oskar_home”/);
  await desk.agent.handleMessage(c.ticketId, 'yes');
  expect(desk.world.actionsDone()).toContain('wifi_ssid_change');
});

it('a Wi-Fi name that changed by itself in a hack worry states a security worry, not a rename', () => {
  expect(problemLabel({ ssidRename: true, securityWorry: true }, 'wifi_problem', 'en')).toBe(
    problemLabel({ securityWorry: true }, 'wifi_problem', 'en'),
  );
  expect(problemLabel({ ssidRename: true }, 'wifi_problem', 'en')).toMatch(/renaming/i);
});

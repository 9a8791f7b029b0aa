// The full set on 412e68c (v2-rp15a-speed_wifi_limited-en-1): at "does it work now?", "you didnt answer. where is
// the 5ghz network, i only have one network name in the list" closed the case and opened a rename ("What would
// you like your Wi-Fi network to be called?") — 3272a62 made every remark naming the network name a rename
// request. A network name mentioned is no rename asked for.
import { expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  'you didnt answer. where is the 5ghz network, i only have one network name in the list',
  'still no answer?? i only see one network name, where is the 5 ghz one',
])('"%s" at the confirm asked again opens no rename', async (reply) => {
  const c = await chat('en', faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
  await c.say(`${c.pin}. my internet is slow, 40 mbit on the laptop in the living room, i pay for 500`);
  await c.say('done');
  await c.say('i guess, with the cable yes. but how do i use the 5 ghz one? i only see one wifi name');
  const out = await c.say(reply);
  expect(out).not.toMatch(/What would you like your Wi-Fi network to be called/);
  expect(c.desk.world.actionsDone()).not.toContain('wifi_ssid_change');
});

it('"could you rename it too?" beside the closing yes still asks for the name', async () => {
  const c = await chat('en', faultWorld(['speed_wifi_limited'], { canDo: ['step.wired_test'] }));
  await c.say(`${c.pin}. my internet is slow, 40 mbit on the laptop in the living room, i pay for 500`);
  await c.say('done');
  expect(await c.say('yes works. could you rename my wifi too? it has some ugly name')).toMatch(
    /What would you like your Wi-Fi network to be called/,
  );
});

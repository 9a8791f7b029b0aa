// Role-play round 24 (b9, sv portal, rename): "hmm vet inte riktigt.. kanske Villa Solbacken? eller nej
// vänta, LindNet" proposed the name "vänta, LindNet". A self-correction inside a value ("X? eller nej vänta,
// Y", "X… no wait, Y", "X, I mean Y", "X, nej förlåt, Y") takes Y, without the correction words — for the
// Wi-Fi name here; customer numbers and PINs are guarded beside it.
import { expect, it } from 'vitest';
import { triageApi } from '../triage/index.js';
import { parseWifiName } from '../triage/wifi-name.js';
import { portalChat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  ['hmm vet inte riktigt.. kanske Villa Solbacken? eller nej vänta, LindNet', 'LindNet'],
  ['Solbacken... no wait, LindNet', 'LindNet'],
  ['call it Solbacken, I mean LindNet', 'LindNet'],
  ['Solbacken eller nej förlåt, LindNet', 'LindNet'],
  ['kanske Björkis? nej vänta, Björkbacken', 'Björkbacken'],
  ['Casa Verde, no sorry, CasaAzul', 'CasaAzul'],
  ['BatCave. wait no, hold on, BatNet', 'BatNet'],
  ['Solrosen, jag menade Solrosen5G', 'Solrosen5G'],
])('asked for the name, "%s" names %s', (text, name) => {
  expect(parseWifiName(text, { asked: true })).toBe(name);
});

it.each([
  ['identity.customer_number', '200145, eller nej vänta, 200154', '200154'],
  ['identity.customer_number', '200145... no wait, 200154', '200154'],
  ['identity.pin', '1234, no wait, 4711', '4711'],
] as const)('at %s, "%s" gives %s', (ask, text, value) => {
  expect(triageApi.parseAnswer(ask, text, 'sv')).toMatchObject({ value });
});

it.each([
  [
    'sv',
    'hej, jag vill byta namn på wifit, det heter något konstigt nu. går det?',
    'hmm vet inte riktigt.. kanske Villa Solbacken? eller nej vänta, LindNet',
    'LindNet',
  ],
  ['en', 'can i rename my wifi?', 'maybe Casa Verde? no wait, hold on, CasaAzul', 'CasaAzul'],
] as const)('%s: the name after the correction is proposed and set', async (lang, opening, reply, name) => {
  const c = await portalChat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
  await c.say(opening);
  const proposed = await c.say(reply);
  expect(proposed).toMatch(new RegExp(`[”“"]${name}[”"]`));
  expect(proposed).not.toMatch(/vänta|wait|Solbacken|Casa Verde/);
  await c.say(c.yes);
  expect(c.desk.world.calls.filter((x) => x.action === 'wifi_ssid_change').map((x) => x.args?.ssid)).toEqual([
    name,
  ]);
});

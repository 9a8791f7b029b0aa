// Role-play round 27 (b4, en e-mail, firmware_bug_drops, C): "if you do something to it, will I lose my port
// forwards and static DHCP leases?" beside the drop-outs was a second request (router_config), so the confirmed
// firmware fix went on to "That change needs one of our second-line technicians" and the case to tier2. What a
// change would do to the settings, asked about, is no router change asked for.
import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

describe('settings asked about beside a fault', () => {
  it.each([
    'My fibre connection drops 3-5 times a day. Two questions: is this a known issue with the router, and if you do something to it, will I lose my port forwards and static DHCP leases? I have a NAS set up.',
    'nätet tappar flera gånger om dagen. försvinner mina portöppningar och inställningar om ni gör något med routern?',
  ])('"%s": no second request', (text) => {
    expect(triage(text).secondaryIntents).not.toContain('router_config');
  });
  it('a router change asked for beside a fault is still one', () => {
    const r = triage('internet drops all the time. also can you open port 3074 for my xbox please');
    expect([r.intent, ...r.secondaryIntents]).toContain('router_config');
  });
});

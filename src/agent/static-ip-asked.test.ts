// Role-play round 27 (c9, en portal, port forward, C): "port 25565 to my pc, it's 192.168.1.50. do I need a
// static ip from you too?" was escalated to second line at once ("That change needs one of our second-line
// technicians"): whether a static IP is needed, asked beside a port forward, is no request for one.
import { describe, expect, it } from 'vitest';
import { learnFacts } from '../runbooks/facts.js';
import { portForwardDesk } from './testing/port-forward-desk.js';

const KEVIN = { customerNumber: '100482', name: 'Kevin Almqvist', pin: '4711', deviceId: 'cpe-1' };

describe('a static IP asked about beside a port forward', () => {
  it.each(['do I need a static ip from you too?', 'behöver jag fast ip för det?'])(
    '"%s" is no bridge/static-IP request',
    (text) => {
      expect(learnFacts({}, text).bridgeMode).toBeUndefined();
    },
  );
  it.each([
    'can you put my router in bridge mode',
    'i want a static ip',
    'kan ni sätta routern i bryggläge?',
  ])('"%s" still is one', (text) => {
    expect(learnFacts({}, text).bridgeMode).toBe(true);
  });
  it('the forward is asked for, not handed to second line', async () => {
    const d = await portForwardDesk(
      'en',
      "I think I need a port forward? port 25565 to my pc, it's 192.168.1.50. do I need a static ip from you too?",
      () => [],
      KEVIN,
    );
    expect(d.portAsk.at(-1)?.askKey).toBe('consent.config_change');
  });
});

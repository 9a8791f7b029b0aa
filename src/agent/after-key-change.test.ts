// After a new Wi-Fi key (rp12c #9): "will my smart tv and the printer also need the new one?" is answered
// yes, explicitly; after the handoff "will the neighbour be kicked out now" is answered (anyone with only
// the old key is out), and nothing says the devices reconnect by themselves.
import { describe, expect, it } from 'vitest';
import { answerFor } from './question-answers.js';
import { t } from './messages/index.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const BY_THEMSELVES = /reconnect by themselves|av sig själva?\b(?! inom)/;

describe('after a new Wi-Fi key', () => {
  it.each([
    [
      'en',
      'i think someone is using my wifi, there are devices in the router list i dont recognise. have i been hacked??',
      'hmm will my smart tv and the printer also need the new one? ok yes do it',
      'thanks. should i also change my email password and stuff? and will the neighbour be kicked out now',
      /^Yes — with a new password every device that uses the Wi-Fi/,
      /anyone who only had the old Wi-Fi password/,
    ],
    [
      'sv',
      'jag tror nån använder mitt wifi, det finns okända enheter i routerns lista. är jag hackad?',
      'behöver tv:n och skrivaren också det nya lösenordet? ok kör',
      'tack. åker grannen ut nu då?',
      /^Ja – med ett nytt lösenord behöver alla enheter som använder wifi/,
      /bara hade det gamla wifi-lösenordet/,
    ],
  ] as const)(
    '%s: the devices and the neighbour',
    async (lang, opening, atConsent, after, devices, neighbour) => {
      const { desk, say, yes, pin } = await chat(lang, faultWorld([], { canDo: ['step.rejoin_wifi'] }));
      await say(`${pin}. ${opening}`);
      const first = await say(atConsent);
      expect(first).toMatch(devices);
      // One answer, not two near-identical ones.
      expect(first.match(/^(Yes|Ja) [—–]/gm) ?? []).toHaveLength(1);
      expect(desk.world.actionsDone()).toContain('wifi_password_change');
      await say(lang === 'sv' ? 'klart på mobilen' : 'done on my phone');
      await say(yes);
      const out = await say(after);
      expect(out).toMatch(neighbour);
      expect(out).not.toMatch(BY_THEMSELVES);
    },
  );

  it('a devices question after the key change and an admin password is answered from the key change', () => {
    const ctx = { askKey: null, actions: ['wifi_password_change', 'admin_password_change'] };
    expect(answerFor('devices_drop', ctx)).toBe('reply.devices_drop.wifi_password_change');
    expect(answerFor('reconnect_devices', ctx)).toBe('reply.reconnect_devices.wifi_password_change');
    expect(t('en', answerFor('devices_drop', { askKey: null, actions: [] }) ?? 'reply.other')).not.toMatch(
      /^Devices on the Wi-Fi .* reconnect by themselves\.$/,
    );
  });
});

// Role-play round 27 (c4, en e-mail, wifi_radio_disabled, C): "Yes please do. Will the network name and
// password be the same as before?" at switching the Wi-Fi on got "Only the Wi-Fi details change" (the key
// change's text), was kept as a rename wish, and "my son texted that the network is back on his phone and it
// connected by itself" was read as still broken — the fixed case went to tier2 as "Renaming your Wi-Fi network".
import { describe, expect, it } from 'vitest';
import { chat, untilAsked } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

describe('switching the Wi-Fi on: same name and key, and "it is back" is a yes', () => {
  it('en: the name and key stay, the yes beside the question is taken, "network is back" closes it', async () => {
    const c = await chat('en', faultWorld(['wifi_radio_disabled']));
    await untilAsked(c, 'consent.wifi_change', `our wifi network does not show up anymore. ${c.pin}`);
    const yes = await c.send(
      'Yes please do. Will the network name and password be the same as before, or do we have to set everything up again on the phones?',
    );
    const said = yes.map((r) => r.text).join('\n');
    expect(said).toMatch(/same name and the same password/);
    expect(said).not.toMatch(/Only the Wi-Fi details change/);
    expect(yes.at(-1)?.askKey).toBe('resolution.confirm');
    const back = await c.send(
      'Thanks. My son just texted that the network is back on his phone and it connected by itself.',
    );
    expect(back.map((r) => r.askKey)).not.toContain('config.wifi_name');
    const { first } = await c.cases();
    expect(first?.status).toBe('resolved');
    expect(first?.queue ?? null).toBeNull();
  });
});

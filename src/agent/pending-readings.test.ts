// Third role-play: replies that are not a plain answer to a pending permission, step or "does it work
// now?" — a deferral, a yes behind "wait, checking", "can't tell yet", a new need, "can't move the bed",
// "not the password, the name" — and questions asked meanwhile, answered from the catalogue.
import { describe, expect, it } from 'vitest';
import { verifiedChat as verified } from './testing/chat.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('a permission put off is kept open, not refused', () => {
  it('"later, I\'m in a meeting" keeps the question; "the meeting is over, go" runs the update', async () => {
    const c = await verified(['firmware_bug_drops'], 'sv', 'uppkopplingen försvinner flera gånger om dagen.');
    expect(c.last.at(-1)?.askKey).toBe('consent.firmware_update');
    const first = await c.send('kan vi ta det ikväll istället? sitter i ett teams möte');
    expect(words(first)).toMatch(/kör/);
    expect(first.at(-1)?.askKey).toBe('consent.firmware_update');
    const second = await c.send('nej inte nu alltså. senare');
    expect(second.at(-1)?.askKey).toBe('consent.firmware_update');
    expect(await c.resolution()).toBeUndefined();
    await c.send('nej vänta, mötet slutade nu. kör uppdateringen');
    expect(await c.ran('cpe_firmware_upgrade')).toBe(true);
  });
});

describe('a permission put off again and again', () => {
  it('the third "not now" hands the case to a colleague who agrees a time, and nothing runs', async () => {
    const c = await verified(['firmware_bug_drops'], 'en', 'my connection keeps dropping every day.');
    await c.send('not right now, im in a meeting. can you do it tonight instead?');
    await c.send('no, not now');
    await c.send('no, not now');
    expect(await c.resolution()).toMatchObject({ outcome: 'escalated', queue: 'agents' });
    expect(await c.ran('cpe_firmware_upgrade')).toBe(false);
  });
});

describe('replies to "does it work now?"', () => {
  it('"vänta ska kolla... ja nu laddar sidorna" is a yes', async () => {
    const c = await verified(['ppp_auth_failure'], 'sv', 'internet har slutat fungera.');
    await c.send('ja kör');
    const r = await c.send('vänta ska kolla... ja nu laddar sidorna');
    expect(r.at(-1)?.askKey).toBe('csat.score');
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved' });
    expect(await c.notes()).toContain('customer confirms it works');
  });

  it('"can\'t tell until tonight, but the speed test looks ok" closes with advice to write again, never as confirmed', async () => {
    const c = await verified(['wifi_channel_congestion'], 'en', 'the wifi is super slow in the evenings.');
    await c.send('ok yes');
    const r = await c.send("its 3am lol i can't tell until tonight. but speedtest looks ok");
    expect(words(r)).toMatch(/write here/);
    expect(words(r)).not.toMatch(/glad it works/i);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', disposition: 'resolved.unconfirmed' });
    expect(await c.notes()).not.toContain('customer confirms it works');
  });

  it('"ok but I don\'t remember the password" offers a password reset in the same case', async () => {
    const c = await verified(['portal_account_locked'], 'sv', 'mitt konto på mina sidor är låst.');
    const r = await c.send('ok men jag kommer ju inte ihåg lösenordet, det var därför jag skrev fel');
    expect(r.at(-1)?.askKey).toMatch(/^consent\./);
    expect(await c.resolution()).toBeUndefined();
    expect(await c.notes()).not.toContain('customer confirms it works');
    await c.send('ja');
    expect(await c.ran('account_password_reset')).toBe(true);
  });
});

describe('a new need named in a yes', () => {
  it('"yes works. but i forgot my password too, can i reset it?" resets it at once, the request being the consent', async () => {
    const c = await verified(['portal_account_locked'], 'en', 'my account on my pages is locked.');
    const r = await c.send('yes works. but i forgot my password too, can i reset it?');
    expect(await c.ran('account_password_reset')).toBe(true);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
  });
});

describe('a weak Wi-Fi signal the customer cannot test now', () => {
  it('asks where the device is, then closes with placement advice instead of a handoff', async () => {
    const c = await verified(['wifi_weak_signal'], 'en', 'the wifi drops in my sons room.');
    expect(c.last.at(-1)?.askKey).toBe('step.move_closer');
    const r = await c.send("he's not home, cant do that now. its his laptop");
    expect(r.at(-1)?.askKey).toBe('wifi.location');
    const end = await c.send('upstairs, the router is in the basement');
    expect(words(end)).toMatch(/mesh/);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', queue: null });
  });

  it('"i cant move the bed" gets "take the device itself there" and the same step again', async () => {
    const c = await verified(['wifi_weak_signal'], 'en', 'wifi is really weak in my bedroom.', [
      'step.move_closer',
    ]);
    const r = await c.send(
      'the router is in the hallway, bedroom is at the other end of the flat. i cant move the bed lol',
    );
    expect(words(r)).toMatch(/device itself/);
    expect(r.at(-1)?.askKey).toBe('step.move_closer');
    expect(await c.resolution()).toBeUndefined();
  });

  it('"the router? I can\'t move it" is told the router stays, the laptop goes to it, and the step is asked again', async () => {
    for (const [lang, reply, told] of [
      ['en', "the router? I can't move it, the fibre comes in by the front door", /router can stay/],
      ['sv', 'routern? den sitter där fibern kommer in, kan inte flytta den', /Routern kan stå kvar/],
    ] as const) {
      const c = await verified(['wifi_weak_signal'], lang, 'wifi in my garden office keeps dropping.', [
        'step.move_closer',
      ]);
      expect(c.last.at(-1)?.askKey).toBe('step.move_closer');
      const r = await c.send(reply);
      expect(words(r)).toMatch(told);
      expect(r.at(-1)?.askKey).toBe('step.move_closer');
      expect(await c.resolution()).toBeUndefined();
    }
  });
});

describe('a Wi-Fi rename', () => {
  it('"can I change the name of my wifi?" asks for the new name, not for a new password', async () => {
    const c = await verified([], 'en', 'hi can i change the name of my wifi? its still the default.');
    expect(c.last.at(-1)?.askKey).toBe('config.wifi_name');
  });

  it('"no not the password, the NAME" to a password offer switches to the rename', async () => {
    const c = await verified(['wifi_password_forgotten'], 'en', 'i need a new wifi password.');
    expect(c.last.at(-1)?.askKey).toBe('consent.wifi_change');
    const r = await c.send('no not the password!! the NAME of the network');
    expect(r.at(-1)?.askKey).toBe('config.wifi_name');
    expect(await c.resolution()).toBeUndefined();
    expect(await c.ran('wifi_password_change')).toBe(false);
  });
});

describe('a no to one fix gets the alternative', () => {
  it('no new Wi-Fi password: the sticker key, and the case closes without a handoff', async () => {
    const c = await verified(['wifi_password_forgotten'], 'en', 'forgot the wifi password.');
    const r = await c.send('no thanks');
    expect(words(r)).toMatch(/sticker/);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', queue: null });
    expect(await c.ran('wifi_password_change')).toBe(false);
  });
});

describe('a no to a restart or a channel change gets the alternative', () => {
  it('no remote restart: how to restart it yourself, and no handoff', async () => {
    const c = await verified(['cpe_hung'], 'en', 'internet not working but the lights look normal.');
    const r = await c.send('no, dont restart it');
    expect(words(r)).toMatch(/restart it yourself/);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', queue: null });
    expect(await c.ran('cpe_reboot')).toBe(false);
  });

  it('no channel change: the 5 GHz network as the way round it', async () => {
    const c = await verified(['wifi_channel_congestion'], 'sv', 'wifi är jättesegt på kvällarna.');
    const r = await c.send('nej tack');
    expect(words(r)).toMatch(/5 GHz/);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', queue: null });
  });
});

describe('questions asked while a permission or a step is pending', () => {
  it('"do i have to reconnect my devices?" before a channel change: no, and the question again', async () => {
    const c = await verified(['wifi_channel_congestion'], 'en', 'the wifi is slow every evening.');
    const r = await c.send('do i have to reconnect all my devices after? we have like 15 smart things');
    expect(words(r)).toMatch(/reconnect by themselves/);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it('"cant you just tell me the current one?" is answered: not in chat, the sticker, or a new one', async () => {
    const c = await verified(['wifi_password_forgotten'], 'en', 'forgot the wifi password.');
    const r = await c.send('hmm cant you just tell me the current one?');
    expect(words(r)).toMatch(/sticker/);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it('"which cable?" during a wired speed test names a LAN port and says to skip without a port', async () => {
    const c = await verified(['speed_wifi_limited'], 'en', 'i pay for 500 but get 40 on wifi on my laptop.');
    expect(c.last.at(-1)?.askKey).toBe('step.wired_test');
    const r = await c.send('which cable? theres like 5 cables');
    expect(words(r)).toMatch(/LAN port/);
    expect(words(r)).not.toMatch(/WAN/);
  });

  it('"how did this happen?" is answered from the root cause', async () => {
    const c = await verified(['wifi_radio_disabled'], 'sv', 'vårt wifi syns inte längre.');
    const r = await c.send('va? hur kan det ha stängts av?');
    expect(words(r)).toMatch(/wifi-knappen/);
    expect(r.at(-1)?.askKey).toBe('consent.wifi_change');
  });

  it('"I already restarted it yesterday — will I lose my settings?" answers both', async () => {
    const c = await verified(['cpe_hung'], 'en', 'internet not working but the lights look normal.');
    const r = await c.send('i already turned it off and on yesterday tho. will i lose my settings?');
    expect(words(r)).toMatch(/keeps all your settings/);
    expect(words(r)).toMatch(/still worth it/);
  });
});

describe('a remark while a restart is offered', () => {
  it('"I already restarted it yesterday" is answered (still worth it) and the question put again', async () => {
    const c = await verified(['cpe_hung'], 'en', 'internet not working but the lights look normal.');
    const r = await c.send('i already restarted it yesterday');
    expect(words(r)).toMatch(/still worth it/);
    expect(r.at(-1)?.askKey).toBe('consent.reboot');
    expect(await c.ran('cpe_reboot')).toBe(false);
  });
});

describe('a request said in passing', () => {
  it('"i need a port open for my ps5" is a port forward and "döpa om vårt wifi" a rename, both Tier-1 work', async () => {
    const { learnFacts } = await import('../runbooks/facts.js');
    for (const text of [
      'kan ni döpa om vårt wifi till Villa Kulla?',
      'want to change what my wifi is called',
      'can i change the name of my wifi?',
    ])
      expect(learnFacts({}, text).ssidRename).toBe(true);
    expect(
      learnFacts({}, 'ok. also i need a port open for my ps5, can you do that?').portForwardRequested,
    ).toBe(true);
  });
});

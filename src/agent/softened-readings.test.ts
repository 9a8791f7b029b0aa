// Round-11 readings of answers in whole conversations (issue 14, s10 C): what the desk does with a yes
// said with a softener, a go-ahead beside "not on a call", a question at "does it work now?", positive
// words, a question about who switched the Wi-Fi off beside a yes, "…men ok", "both on now", no cable
// for the wired test, and "wait, let me try". The readings themselves: src/triage/s10c-readings.test.ts.
import { describe, expect, it } from 'vitest';
import { verifiedChat as verified } from './testing/chat.js';

const words = (r: { text: string }[]) => r.map((x) => x.text).join('\n');

describe('1. a yes with a softener to a permission', () => {
  it('"i guess so yeah" moves the Wi-Fi channel at once', async () => {
    const c = await verified(['wifi_channel_congestion'], 'en', 'wifi is super laggy in the evenings.');
    expect(c.last.at(-1)?.askKey).toBe('consent.wifi_change');
    await c.send('i guess so yeah');
    expect(await c.ran('wifi_channel_change')).toBe(true);
  });

  it('a hedge said again is never taken as a no: the question is put once more, briefly, and nothing runs', async () => {
    const c = await verified(['wifi_channel_congestion'], 'en', 'wifi is super laggy in the evenings.');
    const first = await c.send('hmm not sure');
    expect(first.at(-1)?.askKey).toBe('consent.wifi_change');
    const second = await c.send('maybe, dunno');
    expect(second.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(words(second)).not.toMatch(/won't change anything/);
    expect(words(second)).toMatch(/Shall I move it to a quieter channel now\?/);
    expect(words(second)).not.toBe(words(first));
    expect(await c.resolution()).toBeUndefined();
    expect(c.desk.audit.entries.some((e) => e.action === 'consent.refused')).toBe(false);
    await c.send('ok yes');
    expect(await c.ran('wifi_channel_change')).toBe(true);
  });
});

describe('2. an explicit go-ahead beside "not on a call"', () => {
  it('"ok go ahead. im not on a call now" runs the update and says so before asking whether it works', async () => {
    const c = await verified(['firmware_bug_drops'], 'en', 'my connection drops a few times a day.');
    expect(c.last.at(-1)?.askKey).toBe('consent.firmware_update');
    const r = await c.send('ok go ahead. im not on a call now');
    expect(words(r)).not.toMatch(/it can wait/);
    expect(await c.ran('cpe_firmware_upgrade')).toBe(true);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    const text = words(r);
    expect(text).toMatch(/updat/i);
    expect(text.search(/updat/i)).toBeLessThan(text.search(/Does it work now\?/));
    // The message that asks says the update is done (what was said while it ran may have gone out before).
    expect(r.at(-1)?.text).toMatch(/software update is done/);
  });

  it('sv: "ja kör, sitter inte i något möte längre" runs the update', async () => {
    const c = await verified(['firmware_bug_drops'], 'sv', 'uppkopplingen bryts flera gånger om dagen.');
    await c.send('ja kör, sitter inte i något möte längre');
    expect(await c.ran('cpe_firmware_upgrade')).toBe(true);
  });
});

describe('3. a question at "does it work now?" is answered, never recorded as a confirmation', () => {
  it('"did you update it? … how do i know its fixed" says the update was done and how to tell, and asks again', async () => {
    const c = await verified(['firmware_bug_drops'], 'en', 'my connection drops a few times a day.');
    await c.send('yes');
    const r = await c.send('did you update it? it only drops a few times a day so how do i know its fixed');
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    expect(words(r)).toMatch(/updated your router’s software/);
    expect(words(r)).toMatch(/for a day/);
    expect(await c.notes()).not.toContain('customer confirms it works');
    expect(await c.resolution()).toBeUndefined();
  });
});

describe('4. positive words at "does it work now?"', () => {
  for (const text of ['nat type 2 now lets go', 'nice, finally 🎉', 'grymt, äntligen!'])
    it(`"${text}" closes the case as working`, async () => {
      const c = await verified(['ppp_auth_failure'], 'en', 'internet stopped working this morning.');
      await c.send('yes');
      await c.send(text);
      expect(await c.resolution()).toMatchObject({ outcome: 'resolved' });
      expect(await c.notes()).toContain('customer confirms it works');
    });

  it('an answer that says neither is never a no: how to tell, then closed as not confirmed — no second line', async () => {
    const c = await verified(['ppp_auth_failure'], 'en', 'internet stopped working this morning.');
    await c.send('yes');
    const first = await c.send('the ps5 says something');
    expect(first.at(-1)?.askKey).toBe('resolution.confirm');
    expect(words(first)).not.toMatch(/still isn't working|second-line/);
    const second = await c.send('nat type 3');
    expect(words(second)).toMatch(/not confirmed/);
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved', disposition: 'resolved.unconfirmed' });
  });
});

describe('5. a question about who switched the Wi-Fi off', () => {
  it('is answered (the Wi-Fi button, not a break-in), and "ok yes but … could someone have turned it off?" is consent', async () => {
    const c = await verified(['wifi_radio_disabled'], 'en', 'our wifi network is gone.');
    expect(c.last.at(-1)?.askKey).toBe('consent.wifi_change');
    const first = await c.send('switched off?? i didnt do that. could someone else have done it');
    expect(first.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(words(first)).toMatch(/Wi-Fi (\(WLAN\) )?button/);
    expect(words(first)).toMatch(/break-in/);
    await c.send('ok yes but you didnt answer, could someone have turned it off?');
    expect(await c.ran('wifi_radio_enable')).toBe(true);
  });

  it('a question put again is never answered with the same words: the question comes back briefly', async () => {
    const c = await verified(['wifi_radio_disabled'], 'en', 'our wifi network is gone.');
    const first = await c.send('what does that mean for my tv box?');
    const second = await c.send('and what does it mean for my tv box then?');
    expect(second.at(-1)?.askKey).toBe('consent.wifi_change');
    expect(words(second)).not.toBe(words(first));
    expect(words(second)).toMatch(/Shall I switch it on now\?/);
  });
});

describe('6. "…men ok" at the end of a doubt is a yes', () => {
  it('"den startar ju om hela tiden ändå men ok" restarts the router at once', async () => {
    const c = await verified(['hardware_failure'], 'sv', 'routern startar om sig själv hela tiden.');
    expect(c.last.at(-1)?.askKey).toBe('consent.reboot');
    await c.send('den startar ju om hela tiden ändå men ok');
    expect(await c.ran('cpe_reboot')).toBe(true);
  });
});

describe('7. "both on now, lights blinking" to "switch the router on"', () => {
  it('is the step done: the router gets a minute and is checked again, no technician', async () => {
    const c = await verified(['cpe_powered_off'], 'en', 'no internet at all.', ['step.power_on']);
    expect(c.last.at(-1)?.askKey).toBe('step.power_on');
    const r = await c.send('omg the power strip was switched off, my kid. ok both on now, lights blinking');
    expect(r.at(-1)?.askKey).toBe('step.power_on');
    expect(words(r)).not.toMatch(/technician/);
    expect(words(r)).toMatch(/a minute or two to start/);
    c.world.performStep('step.power_on');
    const done = await c.send('done');
    expect(done.at(-1)?.askKey).toBe('resolution.confirm');
  });
});

describe('8. no cable for the wired test', () => {
  it('is a cannot: the test on 5 GHz close to the router is offered, never "Bra!"', async () => {
    const c = await verified(['speed_wifi_limited'], 'sv', 'jag betalar för 500 men får 40 mbit.', [
      'step.move_closer',
    ]);
    expect(c.last.at(-1)?.askKey).toBe('step.wired_test');
    const r = await c.send('jag har bara en laptop utan nätverksuttag. vet inte om jag har nån kabel ens');
    expect(words(r)).not.toMatch(/Bra!/);
    expect(words(r)).toMatch(/5 GHz/);
    expect(r.at(-1)?.askKey).toBe('step.move_closer');
    const done = await c.send('klart, 380 på bredbandskollen');
    expect(done.at(-1)?.askKey).toBe('resolution.confirm');
  });
});

describe('9. "wait, let me try"', () => {
  it('at a step: acknowledged, and the step waits — nothing else is said; "klart" then counts', async () => {
    const c = await verified(['cpe_powered_off'], 'sv', 'inget internet alls.', ['step.power_on']);
    expect(c.last.at(-1)?.askKey).toBe('step.power_on');
    const r = await c.send('vänta ska testa');
    expect(words(r)).toMatch(/ta den tid du behöver/);
    expect(words(r)).not.toMatch(/strömsladd|kontrollera/i);
    expect(r.at(-1)?.askKey).toBe('step.power_on');
    c.world.performStep('step.power_on');
    const done = await c.send('klart');
    expect(done.at(-1)?.askKey).toBe('resolution.confirm');
  });

  it('at "does it work now?": acknowledged without advice; the next answer is read as before', async () => {
    const c = await verified(['ppp_auth_failure'], 'sv', 'internet har slutat fungera.');
    await c.send('ja kör');
    const r = await c.send('vänta ska testa');
    expect(words(r)).toMatch(/ta den tid du behöver/);
    expect(words(r)).not.toMatch(/webbsida/);
    expect(r.at(-1)?.askKey).toBe('resolution.confirm');
    await c.send('ja nu funkar det');
    expect(await c.resolution()).toMatchObject({ outcome: 'resolved' });
    expect(await c.notes()).toContain('customer confirms it works');
  });
});

// Role-play round 11 (a #2, c #10): what a Wi-Fi rename means for the devices is told truthfully
// wherever it is asked (same password, each device picks the new name once: a printer from its Wi-Fi
// menu or WPS, a TV from its network settings); an objection gets an apology and that fact, never
// "nothing noted"; a name given with the yes wins exactly as written; a remark that the name is wrong
// renames it again, with permission, while reconnecting or after the close.
import { describe, expect, it } from 'vitest';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

const world = () => faultWorld([], { canDo: ['step.rejoin_wifi'] });
const ssids = (desk: Awaited<ReturnType<typeof chat>>['desk']) =>
  desk.world.calls.filter((c) => c.action === 'wifi_ssid_change').map((c) => c.args?.ssid);

describe('the rename facts', () => {
  it.each([
    [
      'en',
      'can you rename my wifi',
      'Bat Cave',
      'do i have to reconnect everything?',
      /^Yes, once\b.*same.*new name/,
    ],
    [
      'sv',
      'byt namn på wifit',
      'Khans wifi',
      'måste jag skriva in lösenordet igen på alla grejer då?',
      /^Ja, en gång\b.*detsamma.*nya namnet/,
    ],
  ] as const)('%s: asked at the permission', async (lang, opening, name, question, answer) => {
    const { say, pin } = await chat(lang, world());
    await say(`${pin}. ${opening}`);
    await say(name);
    const out = await say(question);
    expect(out).toMatch(answer);
    expect(out).not.toMatch(/by themselves|av sig själva|colleague|kollega/);
  });

  it('"will my printer still work after?" beside the name: the printer joins the new name once', async () => {
    const { say, pin } = await chat('en', world());
    await say(`${pin}. can you rename my wifi`);
    const out = await say('hmm maybe call it pizza palace. wait will my printer still work after?');
    expect(out).toMatch(/printer from its own Wi-Fi menu or with the WPS button/);
    expect(out).not.toMatch(/^No\b|name and password, stay/);
    expect(out).toContain('“pizza palace”');
  });

  it.each([
    [
      'sv',
      'byt namn på wifit',
      'Khans wifi',
      'ja',
      'va? du sa ju att dom ansluter av sig själva',
      /^Förlåt, det var fel av mig\.\s+Ja, en gång/,
    ],
    [
      'en',
      'can you rename my wifi',
      'Bat Cave',
      'yes',
      'wait what, you said they reconnect by themselves?',
      /^Sorry, I got that wrong\.\s+Yes, once/,
    ],
  ] as const)(
    '%s: an objection while reconnecting gets an apology and the fact',
    async (lang, opening, name, yes, objection, answer) => {
      const { say, pin } = await chat(lang, world());
      await say(`${pin}. ${opening}`);
      await say(name);
      await say(yes);
      const out = await say(objection);
      expect(out).toMatch(answer);
      expect(out).not.toMatch(/inte antecknat|nothing noted|haven't noted/);
    },
  );

  it('an objection after the close gets the apology and the fact, not "anything else?" alone', async () => {
    const { say, pin } = await chat('sv', world());
    await say(`${pin}. byt namn på wifit`);
    await say('Khans wifi');
    await say('ja');
    await say('klart');
    const out = await say('va? du sa ju att dom ansluter av sig själva');
    expect(out).toMatch(/^Förlåt, det var fel av mig\.\s+Ja, en gång/);
  });
});

describe('the name as the customer wrote it', () => {
  it('a quoted name given with the yes wins, exactly as written', async () => {
    const { desk, say, pin } = await chat('en', world());
    await say(`${pin}. can you rename my wifi`);
    await say('hmm maybe call it pizza palace');
    const out = await say('ok yes do it, but with capitals: "Pizza Palace"');
    expect(out).toContain('“Pizza Palace”, exactly as you wrote it');
    expect(ssids(desk)).toEqual(['Pizza Palace']);
  });

  it('"its called pizza palace in small letters" while reconnecting: renamed again, with permission', async () => {
    const { desk, say, pin } = await chat('en', world());
    await say(`${pin}. can you rename my wifi`);
    await say('pizza palace');
    await say('yes');
    const out = await say(
      'done on my phone but its called pizza palace in small letters. i said "Pizza Palace"',
    );
    expect(out).toMatch(/Shall I rename your Wi-Fi network to “Pizza Palace”\?/);
    expect(ssids(desk)).toEqual(['pizza palace']);
    await say('yes');
    expect(ssids(desk)).toEqual(['pizza palace', 'Pizza Palace']);
    expect(await say('done')).toMatch(/closed/);
  });

  it('the same remark after the close opens the rename again with permission; the printer question is answered', async () => {
    const { desk, say, pin } = await chat('en', world());
    await say(`${pin}. can you rename my wifi`);
    await say('pizza palace');
    await say('yes');
    await say('done');
    const out = await say('its called pizza palace in small letters. i said "Pizza Palace"');
    expect(out).not.toMatch(/^Is there anything else/);
    expect(out).toMatch(/Shall I rename your Wi-Fi network to “Pizza Palace”\?/);
    await say('yes');
    await say('done');
    expect(ssids(desk)).toEqual(['pizza palace', 'Pizza Palace']);
    expect(await say('and the printer question?')).toMatch(
      /printer from its own Wi-Fi menu or with the WPS button/,
    );
  });

  it('"the name is still wrong" when it is already as asked: what it is called is said', async () => {
    const { say, pin } = await chat('en', world());
    await say(`${pin}. can you rename my wifi`);
    await say('Pizza Palace');
    await say('yes');
    await say('done');
    expect(await say('hello?? the name is still wrong, capital P capital P please')).toMatch(
      /called “Pizza Palace” now/,
    );
  });
});

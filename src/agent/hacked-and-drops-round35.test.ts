// Round 35 (c #9, c #5). At the admin password's permission after a lock-down, "will that kick us off again? if
// not then yes" asks whether the change drops the devices (it does not) and says yes on that condition: the
// answer is given and the yes taken. "do i get money back for all the drops" names the drops as a thing, never
// asks whether a change makes devices drop.
import { describe, expect, it } from 'vitest';
import { techQuestionOf } from '../triage/tech-questions.js';
import { topicsOf } from '../triage/topics-of.js';
import { converseIn } from './testing/converse.js';

const done = (events: { type: string; action?: string }[], action: string) =>
  events.some((e) => e.type === 'action_done' && JSON.stringify(e).includes(action));

describe('a conditional yes at the admin password after a lock-down', () => {
  it.each([
    [
      'en',
      'someone hacked my wifi, there are devices on it i dont recognise',
      'will that kick us off again? if not then yes',
    ],
    ['en', 'i think my router got hacked', 'is that gonna kick us off again? if not go ahead'],
    ['en', 'i think my router got hacked', 'will that disconnect us again? if not, yes'],
    ['sv', 'jag tror någon har hackat min router', 'kommer det att slänga ut oss igen? om inte så kör'],
    ['sv', 'jag tror någon har hackat min router', 'slänger det ut oss igen? annars ja'],
  ] as const)('%s: %s → answered and done', async (lang, opening, reply) => {
    const yes = lang === 'sv' ? 'ja' : 'yes';
    const ok = lang === 'sv' ? 'klart' : 'done';
    const { last, events } = await converseIn([], lang, [opening, yes, ok, reply], { portal: true });
    expect(last).toMatch(lang === 'sv' ? /inställningssida|inställningar/ : /settings page/);
    expect(last).not.toMatch(/sites load|sidorna laddar/);
    expect(done(events, 'admin_password_change')).toBe(true);
  });

  it.each([
    ['en', 'will that kick us off again?'],
    ['en', 'will that kick us off again? if so dont do it'],
    ['sv', 'kommer det att slänga ut oss igen?'],
  ] as const)('%s: %s → answered, asked again', async (lang, reply) => {
    const opening = lang === 'sv' ? 'jag tror någon har hackat min router' : 'i think my router got hacked';
    const yes = lang === 'sv' ? 'ja' : 'yes';
    const ok = lang === 'sv' ? 'klart' : 'done';
    const { last, events } = await converseIn([], lang, [opening, yes, ok, reply], { portal: true });
    expect(last).toMatch(lang === 'sv' ? /inställningssida|inställningar/ : /settings page/);
    expect(done(events, 'admin_password_change')).toBe(false);
  });
});

describe('a conditional yes whose condition the answer does not meet', () => {
  it.each([
    ['en', 'can you change my wifi password?', 'will that kick us off? if not then yes'],
    ['sv', 'kan ni byta wifi-lösenordet?', 'kommer det att slänga ut oss? om inte så kör'],
  ] as const)('%s: %s → answered, asked again', async (lang, opening, reply) => {
    const { last, events } = await converseIn([], lang, [opening, reply], { portal: true });
    expect(last).toMatch(/\?/);
    expect(done(events, 'wifi_password_change')).toBe(false);
  });
});

describe('the drops named as a thing are no question whether devices drop', () => {
  it.each([
    'idk maybe tmrw? im home after 4 most days. also do i get money back for all the drops',
    'will i get compensated for the disconnects',
    'do i get a refund for those drops?',
    'will you pay for all the dropouts',
  ])('%j', (text) => {
    expect(topicsOf(text)).not.toContain('devices_drop');
  });

  it.each([
    'will my phone lose wifi while you do it',
    'will everything drop when you restart it?',
    'do all the devices drop?',
    'will that kick us off again?',
    'kommer det att slänga ut oss igen?',
  ])('%j still asks whether devices drop', (text) => {
    expect(topicsOf(text)).toContain('devices_drop');
  });
});

// c #9, b #10: "what about her instagram tho, is that from the router?" got "That one I can't answer from here";
// "should I pull the plug on the router or change the wifi password myself?" was read as a restart question.
describe('an account taken over, and cutting an intruder off', () => {
  it.each([
    ['what about her instagram tho, is that from the router?', 'account_not_router'],
    ['could my email have been hacked through the wifi?', 'account_not_router'],
    ['is her facebook getting hacked bc of our network', 'account_not_router'],
    ['kan hennes instagram ha hackats via routern?', 'account_not_router'],
    ['beror det på wifi:t att mitt mejlkonto blev kapat', 'account_not_router'],
    ['should I pull the plug on the router or change the wifi password myself?', 'cut_off_intruder'],
    ['can i just unplug the router or change the password myself', 'cut_off_intruder'],
    ['ska jag dra ur routern eller byta wifi-lösenordet själv?', 'cut_off_intruder'],
  ])('%j asks %s', (text, question) => {
    expect(techQuestionOf(text)).toBe(question);
  });

  it.each([
    'will my email password change too?',
    'should she change her instagram password too',
    'can i see from my account if the router is online?',
    'should I unplug the router?',
    'kan jag byta wifi-lösenordet själv?',
  ])('%j asks neither', (text) => {
    expect(['account_not_router', 'cut_off_intruder']).not.toContain(techQuestionOf(text));
  });

  it.each([
    ['en', 'ok yes do it. what about her instagram tho, is that from the router?', /two-step/],
    ['sv', 'ja kör. men hennes instagram, kan det ha hackats via routern?', /tvåstegs/],
  ] as const)('%s: %j at the lock-down is answered beside the yes', async (lang, reply, answer) => {
    const opening = lang === 'sv' ? 'jag tror någon har hackat min router' : 'i think my router got hacked';
    const { last, events } = await converseIn([], lang, [opening, reply], { portal: true });
    expect(last).toMatch(answer);
    expect(last).not.toMatch(/can't answer|kan inte svara/);
    expect(done(events, 'wifi_password_change')).toBe(true);
  });
});

// c #9: "…there are devices on my wifi I don't recognise" got "If you see devices on your Wi-Fi that you don't
// recognise, tell me and I lock the router down" in the very message that offered the lock-down.
describe('"were we hacked?" while the lock-down is offered', () => {
  it.each([
    [
      'en',
      "i think someone hacked my router, there are devices on my wifi i don't recognise. are we hacked?",
    ],
    ['en', 'i think my router got hacked, is it?'],
    ['sv', 'jag tror någon hackat routern, det finns okända enheter på wifi:t. är vi hackade?'],
  ] as const)('%s: %j', async (lang, opening) => {
    const { last } = await converseIn([], lang, [opening], { portal: true });
    expect(last).not.toMatch(/tell me and I lock|säg till så låser/);
    expect(last).toMatch(lang === 'sv' ? /intrång/ : /break-in/);
  });
});

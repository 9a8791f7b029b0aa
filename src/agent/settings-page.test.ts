// Role-play rp13b #4: after the admin password was changed and the case closed, "wait where do i actually
// type that password? whats the settings page" became a new diagnosis with a Wi-Fi password offer and a
// second closed case. The desk knows the answer: the router's settings page, signed in as admin with the
// password it just set — no new case.
import { expect, it } from 'vitest';
import { answersFor } from './after-answers.js';
import { afterQuestions } from './after-questions.js';
import { chat } from './testing/chat.js';
import { faultWorld } from './testing/memory-desk.js';

it.each([
  'wait where do i actually type that password? whats the settings page',
  'whats the settings page?',
  'where do i enter the admin password?',
  'var skriver jag in lösenordet?',
  'vad är inställningssidan?',
])('%s asks how to reach the router settings page', (q) => {
  expect(afterQuestions(q)).toContain('router_login');
});

it.each([
  'where do i type the new wifi password on the tv?',
  'var skriver jag in lösenordet på playstation?',
])('%s is about a device, not the router settings page', (q) => {
  expect(afterQuestions(q)).not.toContain('router_login');
});

it.each([
  [
    'en',
    'change the admin password on my router please',
    'wait where do i actually type that password? whats the settings page',
  ],
  [
    'sv',
    'byt adminlösenordet på routern tack',
    'vänta, var skriver jag in det lösenordet? vad är inställningssidan?',
  ],
] as const)(
  '%s: after the close, %s → the settings page with the new password, no new case',
  async (lang, opening, question) => {
    const { desk, say, yes, pin } = await chat(lang, faultWorld([]));
    await say(`${pin}. ${opening}`);
    await say(yes);
    expect(desk.world.actionsDone()).toContain('admin_password_change');
    await say(yes); // does it work now?
    const out = await say(question);
    expect(out).toMatch(/192\.168\.1\.1/);
    expect(out).toMatch(/admin/);
    expect(out).toMatch(/above|ovan/);
    expect(out).not.toMatch(/testing your line|testar din linje|wifi-lösenord\?|Wi-Fi password\?/i);
    expect(desk.world.actionsDone()).toEqual(['admin_password_change']);
  },
);

it('after a new Wi-Fi key, "where do i type the password?" is about the devices, not the router page', () => {
  const view = {
    language: 'en' as const,
    reference: 'T-1',
    queue: null,
    verified: true,
    cause: null,
    findings: [],
    done: ['wifi_password_change'],
    wifiName: null,
    linked: null,
    params: {},
    timeZone: 'Europe/Stockholm',
  };
  const q = 'where do i type the password?';
  expect(answersFor(afterQuestions(q), q, view)).toEqual([{ key: 'after.connect_device.new_password' }]);
  const page = 'where do i type the password on the router settings page?';
  expect(answersFor(afterQuestions(page), page, view)).toEqual([{ key: 'after.router_login' }]);
});

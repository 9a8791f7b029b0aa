// Role-play rp13c #9: a would-be customer wrote "sofia mellberg, nr 070-123 45 67 eller sofia.m (at) gmail
// punkt com. helst sms" and later "isafjordsgatan 30, lgh 1102. och messa hellre än att ringa": only the name
// and the phone were kept, the flat number was dropped and the SMS wish ignored. All of it is kept now and
// confirmed back.
import { expect, it } from 'vitest';
import { readContact } from './contact-details.js';
import { preferredWay, withSpelledEmails } from './contact-words.js';
import { readStreetAddress } from './street-address.js';

it.each([
  ['sofia.m (at) gmail punkt com', 'sofia.m@gmail.com'],
  ['anna snabel-a telia punkt se', 'anna@telia.se'],
  ['bo at example dot com', 'bo@example.com'],
  ['kim [at] firma [dot] se', 'kim@firma.se'],
])('%s is the e-mail %s', (written, email) => {
  expect(withSpelledEmails(written)).toBe(email);
});

it.each(['call me at 5 pm', 'meet me at the station.', 'we are at home. punkt slut'])(
  '%s has no e-mail',
  (text) => {
    expect(withSpelledEmails(text)).toBe(text);
  },
);

it.each([
  ['helst sms', 'sms'],
  ['och messa hellre än att ringa', 'sms'],
  ["text me, don't call", 'sms'],
  ['mejla mig hellre', 'email'],
  ['helst e-post', 'email'],
  ['ring helst efter 17', 'phone'],
  ['jag ringer er imorgon', null],
] as const)('%s → %s', (text, way) => {
  expect(preferredWay(text)).toBe(way);
});

it('the flat number stays with the street', () => {
  expect(readStreetAddress('adressen blir isafjordsgatan 30, lgh 1102. och messa hellre')).toBe(
    'Isafjordsgatan 30, lgh 1102',
  );
  expect(readStreetAddress('Storgatan 5B lägenhet 1203')).toBe('Storgatan 5B, lägenhet 1203');
});

it('name, phone, spelled e-mail and the SMS wish are all read from one message', () => {
  expect(
    readContact('ok. sofia mellberg, nr 070-123 45 67 eller sofia.m (at) gmail punkt com. helst sms'),
  ).toMatchObject({
    name: 'Sofia Mellberg',
    emails: ['sofia.m@gmail.com'],
    prefers: 'sms',
  });
});

// Role-play round 19 (issue 14, F2): the worry topics (is it safe, will something else break) are
// worries about what a change does — never a remark of caution beside another question ("just to be
// safe", "vill inte förstöra nåt") and never a question about another service ("is my email affected?").
import { describe, expect, it } from 'vitest';
import { topicsOf } from './topics-of.js';

describe('worry topics', () => {
  it.each([
    'en sak till. ska jag starta om routern nu eller är det bra som det är? vill inte förstöra nåt',
    'ska jag starta om den nu? vill inte sabba nåt',
    'should i restart the router now or leave it? dont want to break anything',
    'should i reboot it now? i dont wanna damage anything lol',
    'one more thing. you said the admin password, can you change it for me then? just to be safe',
    'can u change the admin pw too, just to be on the safe side',
    'kan du byta adminlösenordet också, för säkerhets skull?',
    'byt det åt mig, bara för att vara säker',
  ])('"%s" is no worry about a change', (text) => {
    expect(topicsOf(text)).not.toContain('is_it_safe');
    expect(topicsOf(text)).not.toContain('breaks_other');
  });

  it.each([
    'is my email affected too',
    'i havent tried yet. but you didnt answer, is my email affected? like my @ email',
    'does this affect my e-mail as well?',
    'påverkas min mejl också?',
    'blir min e-post påverkad av det här?',
    'will my email still work?',
  ])('"%s" asks about the e-mail, not about other router settings', (text) => {
    // The e-mail comes first (it narrows "will something else break": question-answers.ts NARROWS).
    expect(topicsOf(text)[0]).toBe('email_password');
  });

  it.each([
    'is it safe?',
    'är det säkert att göra det?',
    'will that break anything?',
    'kan det förstöra nåt?',
    'could it damage the router?',
    'will my xbox stop working?',
  ])('"%s" is still a worry about the change', (text) => {
    const topics = topicsOf(text);
    expect(topics.includes('is_it_safe') || topics.includes('breaks_other')).toBe(true);
  });
});

describe('questions beside a closing yes', () => {
  it.each([
    'yes thx. btw could anyone else have used the old one?',
    'you didnt answer, could someone have used the old password?',
    'could somebody have logged into my router with it?',
    'kan någon annan ha använt det gamla lösenordet?',
    'ja tack. kan nån ha kommit in med den gamla koden?',
  ])('"%s" asks whether someone got in', (text) => {
    expect(topicsOf(text)).toContain('was_hacked');
  });

  it.each([
    'yes ok. but that unknown device is still on my wifi then, isnt it?',
    'hello?? you didnt answer. is the device still on my wifi or not',
    'men den okända enheten är väl fortfarande kvar på wifit då?',
    'so the strange phone is still connected??',
  ])('"%s" asks whether the unknown device is still on', (text) => {
    expect(topicsOf(text)).toContain('intruder_out');
  });
});

describe('a service asked for is no equipment', () => {
  it.each([
    'hej! två saker: kan jag få tv via er också? och finns det nåt billigare abonnemang',
    'kan man köpa tv-paket hos er?',
    'can i get tv from you guys too?',
    'could we order a mobile plan through you?',
    // Blind set un26 (other-en-2): a new eSIM QR code read as "do you sell mesh units?".
    'I got a new phone and need to move my number to an eSIM. The QR code in the app has expired. Can you send a new one?',
    'qr-koden till mitt esim har gått ut. kan ni skicka en ny?',
    'my sim card broke, could you send me a new one?',
  ])('"%s" is not a question about buying equipment', (text) => {
    expect(topicsOf(text)).not.toContain('buy_equipment');
  });

  it.each([
    'kan jag köpa en mesh av er?',
    'can i buy an extender from you?',
    'my sim card is fine. the wifi is weak though, can you send me a mesh unit?',
  ])('"%s" still is', (text) => {
    expect(topicsOf(text)).toContain('buy_equipment');
  });
});

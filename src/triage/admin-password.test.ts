import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

// Blind set un26 (default_admin_password, en): the admin password asked for, with "does it affect my wifi
// password?" beside it, was filed as a Wi-Fi password request — and the Wi-Fi key was changed on a "yes".
describe('the router admin password asked for, the Wi-Fi key only asked about', () => {
  it.each([
    "Hi — can you change my router's admin password? I logged into 192.168.1.1 and it still accepts the factory login, which seems bad. Also, does changing it affect my wifi password or anything the TV box needs?",
    "can you change my router's admin password? does that change my wifi password?",
    'byt adminlösenordet på routern tack. påverkar det wifi-lösenordet?',
    'hur byter jag admin-lösenordet',
    'new admin pw please. will my devices need a new wifi key?',
    'ändra routerns inloggning, men rör inte wifi-lösenordet!',
    'change the admin password but dont change the wifi password',
    // Role-play round 28 (b3, e-mail): the two compared in a question beside the request.
    "Could you change my router's admin password for me?\n\nTwo quick questions while I have you:\n1. What is the difference between the admin password and the Wi-Fi password? I don't want to have to reconnect all the kids' tablets.\n2. Will my internet drop while you do it?",
    'kan ni byta adminlösenordet på routern? vad är skillnaden mot wifi-lösenordet?',
  ])('%s → router_config, no Wi-Fi request beside it', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('router_config');
    expect(r.secondaryIntents).not.toContain('wifi_password');
  });

  it.each([
    'I forgot my wifi password, what is the admin login?',
    'jag har glömt wifi-lösenordet',
    'byt adminlösenordet och wifi-lösenordet',
  ])('%s → the Wi-Fi key is still asked for', (text) => {
    const r = triage(text);
    expect([r.intent, ...r.secondaryIntents]).toContain('wifi_password');
  });
});

// Blind set un35 (default_admin_password, en): "Can you change my router's admin password? … Also is my wifi
// password safe?" was filed as a Wi-Fi password request — a worry asked about the key outranked the request.
describe('a worry about the Wi-Fi key beside the admin password asked for', () => {
  it.each([
    "Hi! Can you change my router's admin password? I read that leaving the default one is dangerous. Also is my wifi password safe?",
    'change my admin password please. is the wifi password strong enough?',
    'kan ni byta adminlösenordet på routern? är mitt wifi-lösenord säkert?',
    'byt routerns adminlösenord tack. är wifi-lösenordet tillräckligt starkt?',
  ])('%s → router_config, the worry is no second request', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('router_config');
    expect(r.secondaryIntents).not.toContain('wifi_password');
  });
});

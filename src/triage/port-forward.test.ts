import { describe, expect, it } from 'vitest';
import { findVolunteeredPin, parsePortForward, parseWifiName } from './entities.js';

describe('parsePortForward', () => {
  it.each([
    ['please forward 3074 to my xbox', { port: 3074, protocol: null, ip: null, device: 'xbox' }],
    [
      'kan ni öppna 32400 mot min plexserver?',
      { port: 32400, protocol: null, ip: null, device: 'plexserver' },
    ],
    [
      'kan ni öppna 32400 mot min plexserver på 192.168.1.20',
      { port: 32400, protocol: null, ip: '192.168.1.20', device: 'plexserver' },
    ],
    [
      'need UDP 51820 forwarded to my wireguard box at 192.168.1.50',
      { port: 51820, protocol: 'udp', ip: '192.168.1.50', device: 'wireguard box' },
    ],
    [
      'öppna port 25565 tcp till 192.168.1.23 för minecraft',
      { port: 25565, protocol: 'tcp', ip: '192.168.1.23', device: 'minecraft' },
    ],
    ['portforward 8123 till min home assistant', { port: 8123, device: 'home assistant' }],
    ['Open TCP port 443 and 80 for my NAS please', { port: 443, protocol: 'tcp', device: 'nas' }],
    ['fwd 27015/udp → 192.168.1.77', { port: 27015, protocol: 'udp', ip: '192.168.1.77' }],
    ['could you open 9987 udp for teamspeak on .40', { port: 9987, protocol: 'udp', device: 'teamspeak' }],
    ['8080 till .20', { port: 8080, ip: null, device: '20' }],
    ['port 443 tcp och udp', { port: 443, protocol: 'both' }],
  ])('%j', (text, expected) => {
    expect(parsePortForward(text)).toMatchObject(expected);
  });

  it('does not take a speed, a price or an IP octet for the port', () => {
    expect(
      parsePortForward('jag har 1000 mbit och betalar 499 kr, öppna för kameran på 192.168.1.80').port,
    ).toBeNull();
  });
});

describe('parseWifiName', () => {
  it.each([
    ['call it Villa Kulla', 'Villa Kulla'],
    ["byt namn till 'Svenssons5G'", 'Svenssons5G'],
    ["Can you rename my wifi to Pelle's Net please?", "Pelle's Net"],
    ['döp om nätverket till Hemma_5G tack', 'Hemma_5G'],
    ['I want to change the network name to "Bat Cave"', 'Bat Cave'],
    ['nytt namn: Lindgren-Gäst', 'Lindgren-Gäst'],
    ['kan wifit heta “Ankeborg” istället?', 'Ankeborg'],
    ['hej kan ni byta namn på vårt wifi? vill att det heter Villa Kulla', 'Villa Kulla'],
    ['I want it to be called Bat Cave please', 'Bat Cave'],
    ['yes. but can you also change the wifi name back to Oskar_home?', 'Oskar_home'],
    ['you still didnt change the wifi name back to Oskar_home', 'Oskar_home'],
    ['kan ni byta tillbaka namnet till Lindgren5G?', 'Lindgren5G'],
  ])('%j', (text, name) => {
    expect(parseWifiName(text)).toBe(name);
  });

  it('takes a bare answer as the name only when the desk asked for it', () => {
    expect(parseWifiName('Villa Kulla', { asked: true })).toBe('Villa Kulla');
    expect(parseWifiName("it's Svenssons5G", { asked: true })).toBe('Svenssons5G');
    expect(parseWifiName('Villa Kulla')).toBeNull();
    expect(parseWifiName('vet inte', { asked: true })).toBeNull();
    expect(parseWifiName('Oskar_home like i said', { asked: true })).toBe('Oskar_home');
    expect(parseWifiName('Ankeborg som jag sa', { asked: true })).toBe('Ankeborg');
    expect(parseWifiName('no, just Oskar_home', { asked: true })).toBe('Oskar_home');
    expect(parseWifiName('nej, bara Ankeborg', { asked: true })).toBe('Ankeborg');
    expect(parseWifiName('no', { asked: true })).toBeNull();
    expect(parseWifiName('no, just leave it', { asked: true })).toBeNull();
    expect(parseWifiName('what are the rules for the name?', { asked: true })).toBeNull();
    expect(parseWifiName('call it ' + 'x'.repeat(40))).toBeNull();
  });
});

describe('findVolunteeredPin', () => {
  it.each([
    ['mitt kundnummer är 200101 och pinkod 5747', '5747'],
    ['PIN-koden är 5557.', '5557'],
    ['kundnr 200206, pin 4711', '4711'],
    ['my PIN is 123456!', '123456'],
    ['pin: 0042', '0042'],
    ['PIN5747', '5747'],
    ['min kod är 5747', '5747'],
  ])('%j', (text, pin) => {
    expect(findVolunteeredPin(text)).toBe(pin);
  });

  it.each([
    'kundnummer 200101',
    'ring 070-123 45 67',
    'det kostar 4711 kr',
    'error code 651',
    'felkod 6510',
    'wifi-koden är 123456',
    'lösenordet är 4711',
  ])('finds no PIN in %j', (text) => {
    expect(findVolunteeredPin(text)).toBeNull();
  });
});

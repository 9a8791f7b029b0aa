import { describe, expect, it } from 'vitest';
import type { AskKey } from '../domain/index.js';
import { parseAnswer } from './answers.js';

type Case = [AskKey, string, Record<string, unknown>];

const cases: Case[] = [
  ['identity.customer_number', 'det är 100482', { kind: 'customer_number', value: '100482' }],
  ['identity.customer_number', "it's 100533", { kind: 'customer_number', value: '100533' }],
  ['identity.customer_number', 'kundnummer 100 482', { kind: 'customer_number', value: '100482' }],
  ['identity.customer_number', 'Jag vet inte.', { kind: 'unknown' }],
  ['identity.customer_number', "I don't know.", { kind: 'unknown' }],
  ['identity.pin', '4711', { kind: 'pin', value: '4711' }],
  ['identity.pin', 'jag minns inte, kanske 1111?', { kind: 'pin', value: '1111' }],
  ['identity.pin', 'the pin is 2468', { kind: 'pin', value: '2468' }],
  ['identity.pin', 'no idea', { kind: 'unknown' }],
  ['identity.customer_number', '200276, Sara Svensson', { kind: 'customer_number', value: '200276' }],
  ['identity.customer_number', 'fine. 200206.', { kind: 'customer_number', value: '200206' }],
  ['identity.customer_number', 'kundnr: 200 206', { kind: 'customer_number', value: '200206' }],
  ['identity.customer_number', "it's 200206!", { kind: 'customer_number', value: '200206' }],
  ['identity.customer_number', '200.241', { kind: 'customer_number', value: '200241' }],
  ['identity.customer_number', 'kundnr 200-241', { kind: 'customer_number', value: '200241' }],
  ['identity.customer_number', 'its 200 241', { kind: 'customer_number', value: '200241' }],
  ['identity.pin', 'PIN-koden är 5557.', { kind: 'pin', value: '5557' }],
  [
    'identity.pin',
    'idk then. where do i find it? cant you just open the port, its port 3074 i think',
    { kind: 'unknown' },
  ],
  ['identity.pin', 'vet inte, jag vill bara öppna port 32400', { kind: 'unknown' }],
  ['identity.pin', 'fakturan var 1299 kr', { kind: 'unknown' }],
  ['identity.pin', 'pin 4711, it is for port 3074', { kind: 'pin', value: '4711' }],
  ['identity.pin', 'fine. 4711.', { kind: 'pin', value: '4711' }],
  ['identity.pin', 'kundnummer 200101, pinkod 5747', { kind: 'pin', value: '5747' }],
  ['identity.pin', '4711 — why do you need it though?', { kind: 'pin', value: '4711' }],
  ['identity.pin', '7750.. no wait sorry, 6513', { kind: 'pin', value: '6513' }],
  [
    'identity.customer_number',
    'nej vänta, fel nummer. det är 201300',
    { kind: 'customer_number', value: '201300' },
  ],
  [
    'contact.availability',
    'Mornings. No wait, afternoons are better, after 2pm any weekday.',
    { kind: 'availability', slots: ['weekdays', 'afternoon', 'after 14:00'] },
  ],
  ['lights.internet', 'röd, förlåt jag menar orange', { kind: 'lights', colour: 'orange' }],
  [
    'config.port_forward',
    'Port 25565 till sonens dator, den har 192.168.1.57... nej förlåt, 192.168.1.75. TCP säger han',
    { kind: 'port_forward', port: 25565, ip: '192.168.1.75', protocol: 'tcp' },
  ],
  [
    'config.port_forward',
    'open 3074 to 10.0.0.12, sorry I mean 3075',
    { kind: 'port_forward', port: 3075, ip: '10.0.0.12' },
  ],
  ['consent.factory_reset', 'ja.. nej vänta, gör inte det', { kind: 'no' }],
  // un22: a mind changed to a go-ahead within the message — the last stance counts.
  [
    'consent.reboot',
    'ja men vänta, barnen gör läxor på nätet… nej förresten kör, de klarar sig 5 min',
    { kind: 'yes' },
  ],
  ['consent.reboot', 'nej förresten, kör på', { kind: 'yes' }],
  ['consent.reboot', 'hmm, wait, the kids are online… no actually go ahead, they can cope', { kind: 'yes' }],
  [
    'consent.reboot',
    'hmm wait the kids are doing homework... nah actually do it, theyll survive',
    { kind: 'yes' },
  ],
  ['consent.reboot', 'kör. nej förresten, vänta till ikväll', { kind: 'no' }],
  ['consent.reboot', 'nej förresten, strunta i det', { kind: 'no' }],
  // un22: only the address's last number corrected (".51"); port, protocol and device still stand.
  [
    'config.port_forward',
    "25565 tcp to my pc, 192.168.1.50 — no wait, it's .51, the pc got a new address after the update",
    { kind: 'port_forward', port: 25565, protocol: 'tcp', ip: '192.168.1.51' },
  ],
  [
    'config.port_forward',
    '25565 tcp to 192.168.1.50, sorry, .51',
    { kind: 'port_forward', port: 25565, ip: '192.168.1.51' },
  ],
  [
    'config.port_forward',
    'till 192.168.1.50 nej vänta, det är .51',
    { kind: 'port_forward', ip: '192.168.1.51' },
  ],
  ['lights.power', 'ja', { kind: 'lights', light: 'power', allOff: false }],
  ['lights.power', 'nej', { kind: 'lights', light: 'power', colour: 'off', allOff: true }],
  ['lights.wifi', 'no', { kind: 'lights', light: 'wifi', colour: 'off', allOff: false }],
  ['lights.internet', 'nothing', { kind: 'lights', light: 'internet', colour: 'off' }],
  ['consent.factory_reset', 'absolutely not', { kind: 'no' }],
  ['consent.factory_reset', 'Absolut inte!', { kind: 'no' }],
  ['consent.reboot', 'go away', { kind: 'free' }],
  ['consent.reboot', 'why not', { kind: 'yes' }],
  ['resolution.confirm', 'funkar!!', { kind: 'yes' }],
  ['resolution.confirm', 'it works, thanks', { kind: 'yes' }],
  ['resolution.confirm', "it's a bit better", { kind: 'no' }],
  ['step.power_cycle', 'den startar om nu', { kind: 'done' }],
  ['consent.reboot', 'inte nu', { kind: 'no' }],
  ['consent.reboot', 'hold off for now', { kind: 'no' }],
  ['consent.reboot', '👍', { kind: 'yes' }],
  ['resolution.confirm', 'nä', { kind: 'no' }],
  ['resolution.confirm', 'seems like it', { kind: 'yes' }],
  ['resolution.confirm', 'hmm not really', { kind: 'no' }],
  ['step.power_on', 'den är på nu', { kind: 'done' }],
  ['step.check_cables', 'they all look fine', { kind: 'done' }],
  ['step.power_on', "I'm at work, can do it tonight", { kind: 'cannot' }],
  ['step.wired_test', "I don't own a laptop", { kind: 'cannot' }],
  ['config.wifi_name', 'call it Villa Kulla please', { kind: 'free', text: 'Villa Kulla' }],
  ['config.wifi_name', "byt namn till 'Svenssons5G'", { kind: 'free', text: 'Svenssons5G' }],
  [
    'config.port_forward',
    'please forward 3074 to my xbox',
    { kind: 'port_forward', port: 3074, device: 'xbox' },
  ],
  [
    'config.port_forward',
    'kan ni öppna 32400 mot min plexserver?',
    { kind: 'port_forward', port: 32400, device: 'plexserver' },
  ],
  [
    'config.port_forward',
    'need UDP 51820 forwarded to my wireguard box',
    { kind: 'port_forward', port: 51820, protocol: 'udp', device: 'wireguard box' },
  ],
  ['lights.internet', 'den lyser rött', { kind: 'lights', light: 'internet', colour: 'red', allOff: false }],
  ['lights.power', 'grön', { kind: 'lights', light: 'power', colour: 'green' }],
  ['lights.power', 'green', { kind: 'lights', light: 'power', colour: 'green' }],
  ['lights.internet', "there's a red LOS light", { kind: 'lights', light: 'los', colour: 'red' }],
  [
    'lights.internet',
    'blinking orange',
    { kind: 'lights', light: 'internet', colour: 'orange', blinking: true },
  ],
  ['lights.wifi', 'wifi-lampan är släckt', { kind: 'lights', light: 'wifi', colour: 'off' }],
  ['lights.power', 'ingen lampa lyser', { kind: 'lights', allOff: true, colour: 'off' }],
  ['lights.power', 'all lights are off', { kind: 'lights', allOff: true }],
  ['lights.internet', 'Jag vet inte.', { kind: 'unknown' }],
  ['scope.devices', 'all of them', { kind: 'scope', value: 'all' }],
  ['scope.devices', 'alla trådlösa', { kind: 'scope', value: 'all' }],
  ['scope.devices', 'alla enheter', { kind: 'scope', value: 'all' }],
  ['scope.devices', 'bara datorn', { kind: 'scope', value: 'one' }],
  ['scope.devices', 'only my laptop', { kind: 'scope', value: 'one' }],
  ['scope.devices', 'some of them', { kind: 'scope', value: 'some' }],
  ['scope.devices', 'inte alla, vissa', { kind: 'scope', value: 'some' }],
  ['connection.type', 'cable, the PC is wired', { kind: 'connection', value: 'cable' }],
  ['connection.type', 'wifi', { kind: 'connection', value: 'wifi' }],
  ['connection.type', 'trådlöst', { kind: 'connection', value: 'wifi' }],
  ['connection.type', 'med sladd', { kind: 'connection', value: 'cable' }],
  ['connection.type', 'båda två', { kind: 'connection', value: 'both' }],
  ['device.restarted', 'ja, två gånger', { kind: 'yes' }],
  ['device.restarted', 'yes I did, no change', { kind: 'yes' }],
  ['device.restarted', 'no', { kind: 'no' }],
  ['device.restarted', 'nej inte än', { kind: 'no' }],
  ['device.restarted', 'har redan startat om den', { kind: 'yes' }],
  ['device.restarted', 'vet inte', { kind: 'unknown' }],
  ['consent.reboot', 'sure, go ahead', { kind: 'yes' }],
  ['consent.reboot', 'ja, gör det', { kind: 'yes' }],
  ['consent.wifi_change', 'ok', { kind: 'yes' }],
  ['consent.config_change', 'yes please', { kind: 'yes' }],
  ['consent.firmware_update', 'ja tack', { kind: 'yes' }],
  ['consent.factory_reset', 'nej vänta', { kind: 'no' }],
  ['consent.factory_reset', 'no thanks', { kind: 'no' }],
  ['consent.reboot', 'Jag vet inte.', { kind: 'unknown' }],
  ['step.power_on', 'done', { kind: 'done' }],
  ['step.power_on', "Done, I've done that now.", { kind: 'done' }],
  ['step.check_cables', 'klart', { kind: 'done' }],
  ['step.check_cables', 'Klart, jag har gjort det nu.', { kind: 'done' }],
  ['step.move_closer', "I can't do that, sorry.", { kind: 'cannot' }],
  ['step.move_closer', 'Det kan jag tyvärr inte göra.', { kind: 'cannot' }],
  ['step.wired_test', 'det kan jag inte', { kind: 'cannot' }],
  ['step.wired_test', "I don't know.", { kind: 'unknown' }],
  ['resolution.confirm', 'yes it works now', { kind: 'yes' }],
  ['resolution.confirm', 'Ja, nu fungerar det!', { kind: 'yes' }],
  ['resolution.confirm', 'nej fortfarande inget', { kind: 'no' }],
  ['resolution.confirm', 'Nej, det fungerar fortfarande inte.', { kind: 'no' }],
  ['resolution.confirm', 'No, it still does not work.', { kind: 'no' }],
  ['resolution.confirm', 'still the same problem', { kind: 'no' }],
  [
    'contact.availability',
    'weekdays after 4pm',
    { kind: 'availability', slots: ['weekdays', 'after 16:00'] },
  ],
  [
    'contact.availability',
    'vardagar efter kl 17',
    { kind: 'availability', slots: ['weekdays', 'after 17:00'] },
  ],
  ['contact.availability', 'tomorrow morning', { kind: 'availability', slots: ['tomorrow', 'morning'] }],
  [
    'config.port_forward',
    'port 25565 tcp till 192.168.1.50',
    { kind: 'port_forward', port: 25565, protocol: 'tcp', ip: '192.168.1.50' },
  ],
  [
    'config.port_forward',
    '3074 udp to my xbox',
    { kind: 'port_forward', port: 3074, protocol: 'udp', device: 'xbox' },
  ],
  ['config.port_forward', '8080 till .20', { kind: 'port_forward', port: 8080, ip: null, device: '20' }],
  ['config.port_forward', 'port 443 tcp och udp', { kind: 'port_forward', port: 443, protocol: 'both' }],
  ['wifi.location', 'på övervåningen, två väggar bort', { kind: 'location', far: true }],
  ['wifi.location', 'right next to the router', { kind: 'location', far: false }],
  ['wifi.location', 'in the kitchen', { kind: 'location', far: null }],
  ['csat.score', '5', { kind: 'csat', score: 5 }],
  ['csat.score', '4/5', { kind: 'csat', score: 4 }],
  ['csat.score', 'fyra', { kind: 'csat', score: 4 }],
  ['csat.score', 'three', { kind: 'csat', score: 3 }],
  ['csat.score', 'utmärkt!', { kind: 'csat', score: 5 }],
  ['csat.score', 'ganska dåligt', { kind: 'csat', score: 2 }],
  ['clarify.intent', 'hmm', { kind: 'unknown' }],
];

describe('parseAnswer', () => {
  it.each(cases)('%s: %j', (askKey, text, expected) => {
    expect(parseAnswer(askKey, text)).toMatchObject(expected);
  });

  it('keeps the text of availability and location answers', () => {
    expect(parseAnswer('contact.availability', 'weekdays after 4pm')).toEqual({
      kind: 'availability',
      text: 'weekdays after 4pm',
      slots: ['weekdays', 'after 16:00'],
    });
    expect(parseAnswer('wifi.location', 'i källaren')).toEqual({
      kind: 'location',
      text: 'i källaren',
      far: true,
    });
  });

  it('returns free text for an answer it does not understand', () => {
    expect(parseAnswer('connection.type', 'the blue one')).toEqual({ kind: 'free', text: 'the blue one' });
  });

  it('survives empty and odd input', () => {
    expect(parseAnswer('consent.reboot', '')).toEqual({ kind: 'unknown' });
    expect(parseAnswer('identity.pin', '😀')).toEqual({ kind: 'unknown' });
    expect(parseAnswer('csat.score', 'x'.repeat(100_000))).toEqual({ kind: 'unknown' });
  });
});

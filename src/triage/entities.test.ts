import { describe, expect, it } from 'vitest';
import { extractEntities, normalisePhone } from './entities.js';

describe('extractEntities', () => {
  it.each([
    ['kundnummer 100482', '100482'],
    ['Kundnr: 100533', '100533'],
    ["it's 100482", '100482'],
    ['my customer number is 2345678', '2345678'],
    ['det är 100599 tack', '100599'],
    ['account no 100610', '100610'],
  ])('finds the customer number in %j', (text, number) => {
    expect(extractEntities(text).customerNumbers).toEqual([number]);
  });

  it.each([
    ['200276, Sara Svensson', '200276'],
    ['fine. 200206.', '200206'],
    ['kundnr: 200 206', '200206'],
    ["it's 200206!", '200206'],
    ['Mitt kundnummer är (200311) tack', '200311'],
    ['kundnummer 200101 och pinkod 5747', '200101'],
    ['Customer no.: 200555; thanks', '200555'],
  ])('finds a customer number with punctuation around it in %j', (text, number) => {
    expect(extractEntities(text).customerNumbers).toEqual([number]);
  });

  it.each([
    'ring mig på 0701234567 eller +46 70 123 45 67',
    'fakturan var 12000 kr, nu 14 500 kr',
    'jag har 100000 kbit/s',
    'sedan 2026-12-04, dvs 20261204',
    'routern har 192.168.100.200',
    'priset 1.234.567 och 3,50000',
    'min pin är 123456',
  ])('takes no phone number, price, speed, date, IP or PIN for a customer number: %j', (text) => {
    expect(extractEntities(text).customerNumbers).toEqual([]);
  });

  it('does not take phone numbers, ports, speeds or amounts for customer numbers', () => {
    const e = extractEntities('ring 0701234567, port 25565, 10000 mbit, fakturan på 12000 kr');
    expect(e.customerNumbers).toEqual([]);
  });

  it('finds e-mail addresses and Swedish phone numbers in several formats', () => {
    const e = extractEntities(
      'Mejla karin.lind@example.se eller ring 070-123 45 67, jobbet +46 8 555 123 45, alt. 0046701112233',
    );
    expect(e.emails).toEqual(['karin.lind@example.se']);
    expect(e.phones).toEqual(['+46701234567', '+46855512345', '+46701112233']);
  });

  it('normalises phone numbers to +46', () => {
    expect(normalisePhone('08-555 123 45')).toBe('+46855512345');
    expect(normalisePhone('+46 (0)70 123 45 67')).toBe('+46701234567');
    expect(normalisePhone('12345')).toBeNull();
  });

  it('finds ticket references, IPs and ports', () => {
    const e = extractEntities('Angående ärende T-000123: öppna port 8080 och 25565/udp mot 192.168.1.50');
    expect(e.ticketRefs).toEqual(['T-000123']);
    expect(e.ips).toEqual(['192.168.1.50']);
    expect(e.ports).toEqual([8080, 25565]);
  });

  it('finds speeds and a down/up plan', () => {
    const e = extractEntities('speedtest visar 40 mbit men jag har 500/100, ibland 1 gbit');
    expect(e.speeds.map((s) => s.mbps)).toEqual([40, 1000]);
    expect(e.plan).toEqual({ downMbps: 500, upMbps: 100 });
    expect(extractEntities('speedtest shows 90 Mbps but I pay for 1000').speeds[0].mbps).toBe(90);
  });

  it('finds browser and PPP error strings', () => {
    const e = extractEntities(
      'Chrome says DNS_PROBE_FINISHED_NXDOMAIN and sometimes err_name_not_resolved, router log ERROR_AUTHENTICATION_FAILURE, felkod 651',
    );
    expect(e.errors).toEqual([
      'DNS_PROBE_FINISHED_NXDOMAIN',
      'ERR_NAME_NOT_RESOLVED',
      'ERROR_AUTHENTICATION_FAILURE',
      'error 651',
    ]);
  });

  it.each([
    ['LOS-lampan lyser röd', { light: 'los', colour: 'red', allOff: false }],
    ['den lyser rött', { light: null, colour: 'red', allOff: false }],
    ['blinking orange', { light: null, colour: 'orange', blinking: true }],
    ['internetlampan blinkar grönt', { light: 'internet', colour: 'green', blinking: true }],
    ['the power light is solid white', { light: 'power', colour: 'white', blinking: false }],
    ["there's a red LOS light", { light: 'los', colour: 'red' }],
    ['wifi-lampan är släckt', { light: 'wifi', colour: 'off' }],
  ])('reads router lights in %j', (text, expected) => {
    expect(extractEntities(text).lights[0]).toMatchObject(expected);
  });

  it.each([
    'all lights off',
    'ingen lampa lyser',
    'alla lampor är släckta',
    'no lights at all on the router',
  ])('knows %j means all lights off', (text) => {
    expect(extractEntities(text).lights[0]).toMatchObject({ allOff: true, colour: 'off' });
  });

  it('reports several lights in one sentence', () => {
    const lights = extractEntities('strömlampan lyser grönt men internetlampan blinkar orange').lights;
    expect(lights).toEqual([
      { light: 'power', colour: 'green', blinking: false, allOff: false },
      { light: 'internet', colour: 'orange', blinking: true, allOff: false },
    ]);
  });
});

describe('a PIN given with the customer number, without a PIN word', () => {
  it('takes four digits right after a six-digit customer number as the PIN, and a dotted p.i.n as a cue', async () => {
    const { findVolunteeredPin } = await import('./entities.js');
    expect(findVolunteeredPin('200101 5747')).toBe('5747');
    expect(findVolunteeredPin('mitt nummer är 200101, 5747')).toBe('5747');
    expect(findVolunteeredPin('p.i.n 3958')).toBe('3958');
    expect(findVolunteeredPin('200122 - 1606')).toBe('1606');
    expect(findVolunteeredPin('1606 200122')).toBe('1606');
    expect(findVolunteeredPin('2024 200122')).toBeNull();
    for (const s of [
      '200101',
      'kundnummer 200101 betalar 4999 kr',
      '200101 2024-05-01',
      'it costs 4999 kr',
      '20240501 1234',
    ]) {
      expect(findVolunteeredPin(s), s).toBeNull();
    }
  });
});

describe('issue 14 rp6b: numbers written the way people write them', () => {
  it.each([
    ['internet slutade funka i förrgår. kundnr 200.241', '200241'],
    ['kundnummer 200 241', '200241'],
    ['customer number 200-241 thanks', '200241'],
    ['mitt kundnr är 200.241.', '200241'],
    ['hi my internet is dead, 200,192 pin 5590', '200192'],
    ['200 192, Johan Lund', '200192'],
    ['det är 200.227!', '200227'],
    ['200 301 står det, är det rätt?', '200301'],
    ['200301 står det på fakturan', '200301'],
  ])('finds the grouped customer number in %j', (text, number) => {
    expect(extractEntities(text).customerNumbers).toEqual([number]);
  });

  it.each(['it costs 200 000 kr', 'phone 070 123 456 78', '1,200,000 bytes', 'from 100 to 200, 192 errors'])(
    'finds no grouped customer number in %j',
    (text) => {
      expect(extractEntities(text).customerNumbers).toEqual([]);
    },
  );

  it('takes a PIN named after its digits ("9539 is my pin btw", "5066 är min pinkod")', async () => {
    const { findVolunteeredPin } = await import('./entities.js');
    expect(
      findVolunteeredPin('no internet since we cleaned behind the tv yesterday. 9539 is my pin btw'),
    ).toBe('9539');
    expect(findVolunteeredPin('5066 är min pinkod')).toBe('5066');
    expect(findVolunteeredPin('4711 = pin')).toBe('4711');
    expect(findVolunteeredPin('i paid 4999 for my pink router')).toBeNull();
  });
});

describe('issue 14 round 22 a5/c2: a PIN called "the code", a customer number signed with "customer"', () => {
  it.each([
    ['200164 och koden är 1438', '1438'],
    ['200164, code is 1438', '1438'],
    ['200164 koden: 1438', '1438'],
    ['kundnummer 200164, the code is 1438', '1438'],
    ['koden är 1438 och kundnumret 200164', '1438'],
    ['200164 och kod 1438 tror jag', '1438'],
  ])('%j: the code beside a customer number is the PIN', async (text, pin) => {
    const { findVolunteeredPin } = await import('./entities.js');
    expect(findVolunteeredPin(text)).toBe(pin);
  });

  it.each([
    'koden är 1438',
    'felkod 1438, kundnummer 200164',
    'error code 1438 on customer 200164',
    'the router shows code 1438',
  ])('%j: no PIN (no customer number beside it, or an error code)', async (text) => {
    const { findVolunteeredPin } = await import('./entities.js');
    expect(findVolunteeredPin(text)).toBeNull();
  });

  it.each([
    ['Best regards\nErik Sjöberg\ncustomer 200199', '200199'],
    ['Mvh\nErik\nKundnummer: 200 199', '200199'],
    ['/Erik, kundnr 200199', '200199'],
    ['Cheers, Erik (cust. no 200199)', '200199'],
    ['Hälsningar Erik, kund-nr 200.199', '200199'],
  ])('%j: the customer number named in a signature', async (text, number) => {
    const { namedCustomerNumbers } = await import('./entities.js');
    expect(namedCustomerNumbers(text)).toEqual([number]);
  });

  it.each(['we have 2 customers 200 metres away', 'kunde 200199', 'customer service 0771 123 456'])(
    '%j: no named customer number',
    async (text) => {
      const { namedCustomerNumbers } = await import('./entities.js');
      expect(namedCustomerNumbers(text)).toEqual([]);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { learnFacts } from './facts.js';

describe('hacking named in general beside an admin password question (rp11b #4)', () => {
  it.each([
    'hey. read an article that routers with default passwords get hacked. is mine still on the factory one? can u change it',
    'routers with default passwords can be hacked, can you change my admin password',
    'läste att routrar med standardlösenord hackas, kan ni byta adminlösenordet',
    'i dont want to get hacked, please change the router admin password',
  ])('"%s" is the admin password request, not a security worry', (text) => {
    const f = learnFacts({}, text);
    expect(f.adminPasswordRequested).toBe(true);
    expect(f.securityWorry).toBeUndefined();
  });

  it.each([
    'i think my router has been hacked, someone changed the admin password',
    'read that routers get hacked. i think we got hacked, can you change the admin password',
    'har nån hackat oss? byt adminlösenordet',
    'my neighbour hacked my wifi',
    'routers get hacked all the time, i read that. is my wifi safe?',
  ])('"%s" is still a security worry', (text) => {
    expect(learnFacts({}, text).securityWorry).toBe(true);
  });
});

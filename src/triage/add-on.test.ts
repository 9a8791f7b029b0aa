import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

describe('a second request added to a problem', () => {
  it('takes the problem from the part before the add-on cue', () => {
    const r = triage(
      'Hej, Sedan igår syns inte vårt wifi-nät alls, varken i mobilerna eller på surfplattan. Datorn som sitter med sladd fungerar. Och när ni ändå håller på: kan ni byta namn på nätet till VillaSolglantan? Det heter något konstigt nu.',
    );
    expect(r.intent).toBe('wifi_problem');
  });

  it('leaves a message without an add-on as the model reads it', () => {
    expect(triage('my internet is down since this morning, the router light is red').intent).toBe(
      'no_connection',
    );
    // "en sak" inside a sentence is no add-on cue.
    expect(triage('det är en sak som strular: wifi:t försvinner hela tiden på kvällarna').intent).not.toBe(
      'account_change',
    );
  });
});

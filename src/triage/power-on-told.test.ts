// Issue 14, rp20c #1: an elderly customer answered "switch the router on" with "Nu tryckte jag på knappen på
// grenuttaget och då tändes den röda lampan och routern började blinka" — the step done, told in his own
// words — and the desk recorded the step as unknown and booked a technician. What he did ("tryckte jag på
// knappen") and what he saw ("tändes lampan", "routern började blinka") each say the router is on.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from './answers.js';

describe('"switch the router on" answered by what was done or seen', () => {
  it.each([
    'Nu tryckte jag på knappen på grenuttaget och då tändes den röda lampan och routern började blinka. Så det var inte så farligt ändå.',
    'Nu tryckte jag på knappen på grenuttaget.',
    'då tändes lampan på routern',
    'jag tryckte på strömbrytaren och routern började blinka',
    'routern började lysa när jag slog på knappen',
    'the router started blinking after I pressed the switch on the power strip',
    'pressed the switch, the router started to flash',
  ])('%j → done', (said) => {
    expect(parseAnswer('step.power_on', said, 'sv').kind).toBe('done');
  });

  it.each(['lampan tändes inte', 'routern började inte blinka', 'the lights did not come on'])(
    '%j → not done',
    (said) => {
      expect(parseAnswer('step.power_on', said, 'sv').kind).not.toBe('done');
    },
  );
});

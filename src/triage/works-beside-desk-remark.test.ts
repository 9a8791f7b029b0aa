// Role-play round 27 (a2, sv e-mail, dns_misconfigured, C): "Nu fungerar dn.se, och banken också verkar det
// som. Tack! Men det där med att ni inte kunde svara om datorn förstod jag inte riktigt." was read as still
// broken ("inte riktigt" of not following the desk, "ni inte kunde svara") and the fixed case went to tier2.
import { describe, expect, it } from 'vitest';
import { parseAnswer } from './index.js';

describe('it works, beside a remark about the desk', () => {
  it.each([
    'Nu fungerar dn.se, och banken också verkar det som. Tack! Men det där med att ni inte kunde svara om datorn förstod jag inte riktigt. Spelar ingen roll nu.',
    'yes it works now, but I didnt quite understand what you changed',
    'it works. you couldnt answer my question about the pc though',
  ])('"%s" is a yes', (text) => {
    expect(parseAnswer('resolution.confirm', text, 'sv').kind).toBe('yes');
  });
  it.each(['förstår inte, det funkar fortfarande inte', "i don't understand, it still doesn't work"])(
    '"%s" stays a no',
    (text) => {
      expect(parseAnswer('resolution.confirm', text, 'en').kind).toBe('no');
    },
  );
});

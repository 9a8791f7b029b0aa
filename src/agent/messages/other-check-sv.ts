// Svenska: "kan ni inte bara kolla?" om en tjänst som den här supporten inte sköter (tv, mobil, e-post).
import type { otherCheckEn } from './other-check-en.js';

export const otherCheckSv: typeof otherCheckEn = {
  'other_service.cannot_check.tv':
    'Jag kan inte se tv-signalen härifrån – det kan våra tv-kollegor, och de får din fråga.',
  'other_service.cannot_check.tv.number':
    'Jag kan inte se tv-signalen härifrån – det kan våra tv-kollegor. Jag har gett dem ditt kundnummer {number} tillsammans med din fråga.',
  'other_service.cannot_check.mobile':
    'Jag kan inte se mobilnätet härifrån – det kan våra kollegor som sköter mobil, och de får din fråga.',
  'other_service.cannot_check.mobile.number':
    'Jag kan inte se mobilnätet härifrån – det kan våra kollegor som sköter mobil. Jag har gett dem ditt kundnummer {number} tillsammans med din fråga.',
  'other_service.cannot_check.email':
    'Jag kan inte se e-postkonton härifrån – det kan våra kollegor som sköter e-post, och de får din fråga.',
  'other_service.cannot_check.email.number':
    'Jag kan inte se e-postkonton härifrån – det kan våra kollegor som sköter e-post. Jag har gett dem ditt kundnummer {number} tillsammans med din fråga.',
};

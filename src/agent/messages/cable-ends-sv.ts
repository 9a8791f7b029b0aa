// Kabelsteget gjort i ena änden (cable-ends-reading.ts): resten efterfrågad, eller det halvgjorda sagt som det är.
import type { cableEndsEn } from './cable-ends-en.js';

export const cableEndsSv = {
  'ask.step.check_cables.rest':
    'Bra, änden vid routern är klar. Nu den andra änden: kolla att kabeln sitter ordentligt i väggen också. Säg till när båda ändarna sitter i.',
  'ask.step.check_cables.rest.dsl':
    'Bra, änden vid routern är klar. Nu resten: sitter telefonen i dosans TELEFON- (TEL-)uttag och routerns kabel i dess DSL- (MODEM-)uttag? Säg till när båda sitter i.',
  'step.cables.router_end_only':
    'Tack – att trycka i änden vid routern var en bra början; änden vid väggen får vänta tills du kommer åt den.',
} satisfies Record<keyof typeof cableEndsEn, string>;

// The cable step done at one end only (cable-ends-reading.ts): the rest asked for, or the half done said back.
export const cableEndsEn = {
  'ask.step.check_cables.rest':
    'Good, the router end is done. Now the other end: check that the cable sits firmly in the wall socket too. Tell me when both ends are in.',
  'ask.step.check_cables.rest.dsl':
    'Good, the router end is done. Now the rest: is the phone in the box’s PHONE (TEL) socket and the router’s cable in its DSL (MODEM) socket? Tell me when both are in.',
  'step.cables.router_end_only':
    'Thanks — pushing in the router end was a good start; the wall end can wait until you can reach it.',
} as const;

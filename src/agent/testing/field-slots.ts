// A field-service port for tests: weekday slots 08–12, 12–16 and 17–20 (Stockholm) from Monday
// 7 December 2026; it books the first free slot inside the preferred windows, else the first free one.
import type { IspPorts, TimeWindow, VisitBooking, VisitRequest } from '../../isp/ports.js';

const ms = (x: string) => Date.parse(x);
const overlaps = (a: TimeWindow, b: TimeWindow) => ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);

/** The slots of the given December days ('07', '08', …): 08–12, 12–16, 17–20 local time. */
export function weekdaySlots(days: string[]): TimeWindow[] {
  return days.flatMap((d) =>
    [
      ['07', '11'],
      ['11', '15'],
      ['16', '19'],
    ].map(([a, b]) => ({ start: `2026-12-${d}T${a}:00:00.000Z`, end: `2026-12-${d}T${b}:00:00.000Z` })),
  );
}

/** The field team's Saturday mornings 09–13 (Stockholm) on the given December days ('12', '19', …). */
export function saturdayMornings(days: string[]): TimeWindow[] {
  return days.map((d) => ({ start: `2026-12-${d}T08:00:00.000Z`, end: `2026-12-${d}T12:00:00.000Z` }));
}

export function slotBookingIsp(slots: TimeWindow[]): IspPorts {
  const fieldService = {
    async book(r: VisitRequest): Promise<VisitBooking> {
      const free = slots.filter((s) => !(r.avoidWindows ?? []).some((a) => overlaps(a, s)));
      const window =
        free.find((s) =>
          (r.preferredWindows ?? []).some((p) => ms(p.start) <= ms(s.start) && ms(s.end) <= ms(p.end)),
        ) ?? free[0];
      return { status: 'confirmed', bookingId: 'FS-1', window };
    },
  };
  return { fieldService } as unknown as IspPorts;
}

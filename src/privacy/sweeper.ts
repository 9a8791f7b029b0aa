// The retention sweep runs on the desk's job engine (src/jobs, wired in src/server/desk.ts), once
// across instances; this is its period.
export const SWEEP_EVERY_MS = 60 * 60_000;

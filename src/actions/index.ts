export * from './types.js';
export { executeAction } from './execute.js';
export { requiredConsent, checkGuards, LAST_RESORT_ACTIONS, type GuardRefusal } from './guards.js';
export {
  verifyIdentity,
  lockedUntil,
  InMemoryVerificationAttempts,
  DEFAULT_LOCK_MS,
  DEFAULT_MAX_FAILURES,
  type AttemptState,
  type VerificationAttempts,
  type VerifyDeps,
  type VerifyResult,
} from './identity.js';
export { generateAdminPassword, generateWifiPassphrase } from './secrets.js';

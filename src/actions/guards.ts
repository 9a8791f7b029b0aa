// Every rule that must hold before an action touches an account or a device, in one place.
import {
  ACCOUNT_CHANGING_ACTIONS,
  CONSENT_FOR_ACTION,
  type ActionName,
  type ConsentKey,
} from '../domain/index.js';
import type { ActionContext, ActionErrorCode } from './types.js';

export interface GuardRefusal {
  error: Extract<ActionErrorCode, 'not_verified' | 'no_consent' | 'not_last_resort'>;
  message: string;
}

/** The consent the customer must give before this action, or null when none is needed. */
export function requiredConsent(name: ActionName): ConsentKey | null {
  return CONSENT_FOR_ACTION[name] ?? null;
}

/** Actions that only exist as a last resort (a reboot was tried and did not help). */
export const LAST_RESORT_ACTIONS: readonly ActionName[] = ['cpe_factory_reset'];

/** Null when the action may run; otherwise why not. Checked in order: identity, consent, last resort. */
export function checkGuards(name: ActionName, ctx: ActionContext): GuardRefusal | null {
  if (ACCOUNT_CHANGING_ACTIONS.includes(name)) {
    if (!ctx.verified || !ctx.customer) {
      return { error: 'not_verified', message: 'the caller has not verified their identity' };
    }
    if (ctx.service && ctx.service.customerId !== ctx.customer.id) {
      return { error: 'not_verified', message: 'the service does not belong to the verified customer' };
    }
  }
  const consent = requiredConsent(name);
  if (consent && !ctx.consents.has(consent)) {
    return { error: 'no_consent', message: `the customer has not given consent (${consent})` };
  }
  if (LAST_RESORT_ACTIONS.includes(name) && ctx.lastResort !== true) {
    return {
      error: 'not_last_resort',
      message: 'a factory reset is only done after a reboot was tried and did not help',
    };
  }
  return null;
}

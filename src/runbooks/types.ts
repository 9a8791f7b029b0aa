// Runbooks as typed data: what to probe per intent, and per root cause the ordered fix steps,
// the probes that verify a fix, and where the case goes when Tier-1 cannot fix it.
import type { ActionName, AskKey, Intent, Outcome, Queue, StepKey } from '../domain/index.js';
import type { ProbeId } from './ports.js';

export type FixStep =
  /** A physical step the customer performs (answered done / cannot). */
  | {
      kind: 'instruct';
      step: StepKey;
      verify: boolean;
      /** Ask whether it works once the customer answers (done or not). */
      confirmAfter?: boolean;
      /** An advice key: when the customer cannot do the step, this advice closes the case (resolved) instead of a handoff. */
      ifCannot?: string;
      /** When the customer cannot do the step: another step that shows the same, asked with its own text. */
      orInstead?: { step: StepKey; message: string };
      /** The text the step is asked with, when not the step's own (a new network name is chosen, not forgotten). */
      message?: string;
      /** The text instead when the network was also renamed in this case (devices join the new name, once). */
      afterRename?: string;
      /** Asked with the text for the service's access type (`ask.<step>.<access>`: the fibre box, the phone jack, the coax). */
      perAccess?: boolean;
      /** Skipped when this fact is true: the customer did it before the contact, and it did not help. */
      doneBefore?: FactName;
    }
  /** A guarded action; consent is asked first when CONSENT_FOR_ACTION names a key. `chain`: go straight on to the next step. */
  | {
      kind: 'act';
      action: ActionName;
      lastResort?: boolean;
      verify: boolean;
      chain?: boolean;
      /** An advice key: a customer who says no to this action gets this alternative (resolved) instead of a handoff. */
      ifDeclined?: string;
      /** Runs only once this fact is known (a request made along the way), and only once per case. */
      onlyWith?: keyof Facts;
      /** The text its permission is asked with (params: the new Wi-Fi name), when not the action's own. */
      askedAs?: string;
    }
  /**
   * A question whose answer changes what follows; skipped when the fact is already known, or when
   * the diagnosis saw `knownFrom.code` (the fact is then `knownFrom.value`).
   */
  | {
      kind: 'ask';
      key: AskKey;
      fact: FactName;
      knownFrom?: { code: string; value: string };
      /** Asked only when this fact is true (a second request made along the way); skipped otherwise. */
      onlyWith?: keyof Facts;
    }
  /** Advice text only, then the resolution question. */
  | { kind: 'advise'; message: string };

export type Closing =
  | { kind: 'escalate'; queue: Queue; askAvailability?: boolean }
  | { kind: 'route'; queue: 'billing' | 'sales' | 'agents' }
  | { kind: 'outage' }
  /** Nothing broken and nothing left to try: answer and close as resolved. */
  | { kind: 'inform'; message: string };

export interface Procedure {
  /** Root-cause name (fault kinds from the contract, or request pseudo-causes like `reboot_request`). */
  cause: string;
  /** A sentence key that explains the cause before the first step (the findings' own explanations follow). */
  explain?: string;
  /** The sentence key instead of `explain` when no finding shows the cause (the runbook's fallback): the check found it otherwise. */
  explainUnfound?: string;
  /** The sentence key instead of `explain` when the customer told a fact (`wifiFreeloader`: why a new key). */
  explainWhen?: Partial<Record<keyof Facts, string>>;
  steps: FixStep[];
  /** Probes re-run after every fix step to check the fault is gone. */
  verify: ProbeId[];
  /** What happens when the steps are exhausted (or there are none). */
  otherwise: Closing;
  /**
   * An advice key: "still not working" at the confirm, with none of the customer's tests done and the desk's own
   * check still passing (`whileFinding`), closes the case with this advice — the second line would find nothing.
   */
  notFixedAdvice?: { message: string; whileFinding: string };
  /** Needs identity verification before anything starts (requests to change the account/device). */
  requiresVerification?: boolean;
  /** A request the customer may withdraw: a no to its question or permission closes it as it is (resolved). */
  withdrawable?: boolean;
  /**
   * A no to one of its changes still hands the case to its own `otherwise` team, never to `agents`: a
   * security worry the customer will not lock down now is still the security team's case.
   */
  declinedStays?: boolean;
}

export interface Runbook {
  intent: Intent;
  /** Probes of the first diagnosis. */
  probes: ProbeId[];
  /** A request the customer made that is itself the "cause" (handled before found faults). */
  request?: string;
  /** Used when the diagnosis finds nothing. */
  whenNothingFound: string;
  /** Not a line check: no "I'm testing your line…" before the answer. */
  quiet?: boolean;
}

export type FactName =
  | 'connection'
  | 'restarted'
  | 'wiredOk'
  | 'availability'
  | 'portForward'
  | 'lightsAllOff'
  | 'wifiName'
  | 'wifiLocation';

export interface Facts {
  /** The customer said the router's sticker is gone or unreadable: texts that point to it have a variant without it. */
  stickerGone?: boolean;
  /** The customer sees only one network name: texts that say "pick the -5G network" have a variant without it. */
  oneNetwork?: boolean;
  /** The ping the customer named ("is 40 ms normal?"), for an answer given later in the conversation. */
  pingSaid?: string;
  /** A fault named beside a request for a person: its checks run before the handoff, so the colleague has findings. */
  faultBeside?: Intent;
  connection?: 'wifi' | 'cable' | 'both';
  restarted?: boolean;
  /** The customer said the wired connection works fine. */
  wiredOk?: boolean;
  availability?: string;
  /** `portEnd`: the last port of a range ("3478-3480"), one router rule per port. */
  portForward?: { port: number; protocol: 'tcp' | 'udp' | 'both'; ip: string; portEnd?: number };
  /** What the customer has said of a port forward so far (the rest is asked). */
  portForwardDraft?: {
    port: number | null;
    protocol: 'tcp' | 'udp' | 'both' | null;
    ip: string | null;
    device: string | null;
    /** The well-known game or server whose published port is offered ("Call of Duty"). */
    service?: string | null;
    portEnd?: number | null;
  };
  /** The device of a port forward as the router lists it, found from the name the customer gave. */
  portForwardHost?: { name: string; ip: string };
  lightsAllOff?: boolean;
  /** Only one device has the problem and the others work ("only her laptop, my phone is fine"). */
  oneDevice?: boolean;
  wantsFactoryReset?: boolean;
  bridgeMode?: boolean;
  portForwardRequested?: boolean;
  /** The customer asks for the router's admin password to be changed (a Tier-1 fix). */
  adminPasswordRequested?: boolean;
  /** The customer talks about the Wi-Fi key (not the router's admin login). */
  wifiPasswordMentioned?: boolean;
  /** Not a customer yet (a new subscription, moving in). */
  notCustomer?: boolean;
  /** Says the account is someone else's (a landlord, a relative): nothing of that line is tested or told. */
  notHolder?: boolean;
  /** Wants to cancel (terminate) the subscription: the case names it so. */
  cancellation?: boolean;
  /** Moving house with the subscription: the router goes along, nothing is returned. */
  houseMove?: boolean;
  /** A move where cancelling is only wondered about ("take it along or do we have to cancel?"). */
  cancelWondered?: boolean;
  /** The street address the customer moves to, as written ("Götgatan 48"). */
  moveTo?: string;
  /** The moving day as written ("28 januari", "end of March"). */
  moveDate?: string;
  /** Only asks about the subscription they have (its speed, what is included): a question, not a change. */
  subscriptionQuestion?: boolean;
  /** Wants to buy, rent or order equipment from us, or a newer model (purchase-wish.ts): sales' matter. */
  equipmentWish?: boolean;
  /** Speaks of a subscription they already have (an upgrade, a cancellation, "my plan"): a customer, not a would-be one. */
  ownSubscription?: boolean;
  /** Wants the Wi-Fi network renamed, and the new name if given. */
  ssidRename?: boolean;
  /** The rename asked for in so many words ("och jag vill byta wifi-namnet också"), not only the name mentioned. */
  renameAsked?: boolean;
  wifiName?: string;
  /** Wants the 5 GHz band to have a name of its own ("Nilsson" → "Nilsson-5G"): radio 2 renamed only. */
  fiveGhzOwnName?: boolean;
  /** Where the customer's device is compared with the router. */
  wifiLocation?: 'near' | 'far' | 'unknown';
  /** Fears the router or network has been hacked. */
  securityWorry?: boolean;
  /** Thinks someone else (a neighbour, their kid) uses the Wi-Fi: a new key throws them off, no break-in. */
  wifiFreeloader?: boolean;
  /** Asks about a service this desk does not support (TV, mobile, e-mail hosting). */
  otherService?: 'tv' | 'mobile' | 'email';
}

export interface Finish {
  outcome: Outcome;
  queue: Queue | null;
  disposition: string;
  reason: string;
  incidentId?: string | null;
  /** The closing words when they are not "glad it works again" (a request carried out, a test left for later). */
  closing?: string;
}

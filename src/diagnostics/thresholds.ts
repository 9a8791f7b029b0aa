// Every limit the probes judge against, in one table, each with where it comes from.
// Sources are summarised in ../shared/reference/cwmp-tr181.md §5 (copied facts, not invented).
// The operator configuration may override any value (probes read them through `env.limit`).

export interface Threshold {
  value: number;
  unit: string;
  source: string;
}

const t = (value: number, unit: string, source: string): Threshold => ({ value, unit, source });

export const THRESHOLDS = {
  // GPON class B+ ONT receive window (ITU-T G.984.2 Amd.1) and an operator practice warning level.
  opticalRxMinDbm: t(-27, 'dBm', 'ITU-T G.984.2 Amd.1: ONT sensitivity, class B+'),
  opticalRxMaxDbm: t(-8, 'dBm', 'ITU-T G.984.2 Amd.1: ONT overload, class B+'),
  opticalRxWarnDbm: t(-25, 'dBm', 'operator practice: warn below about -25 dBm'),

  // DSL downstream SNR margin: <= 6 dB bad (sync loss), 7-10 dB fair.
  dslSnrFaultDb: t(6, 'dB', 'webwhitenoise.com / brandx.net DSL readings: <= 6 dB bad'),
  dslSnrFairDb: t(10, 'dB', 'webwhitenoise.com / brandx.net DSL readings: 7-10 dB fair'),
  // DSL attenuation: 50-60 dB poor, >= 60 dB bad.
  dslAttenuationWarnDb: t(50, 'dB', 'speedguide.net FAQ 371: 50-60 dB poor, >= 60 dB bad'),
  // CRC has no universal threshold: trend the Showtime counter and alarm on growth (policy).
  dslCrcGrowthPerHour: t(100, 'errors/h', 'Frontline policy: alarm on CRC growth, no universal limit'),

  // DOCSIS downstream receive power and SNR.
  docsisDsPowerMinDbmv: t(-15, 'dBmV', 'DOCSIS spec range (gacq.com, Cisco MC16E): -15 to +15 dBmV'),
  docsisDsPowerMaxDbmv: t(15, 'dBmV', 'DOCSIS spec range (gacq.com, Cisco MC16E): -15 to +15 dBmV'),
  docsisSnrMinDb: t(30, 'dB', 'Cisco acceptance: > 30 dB for 64-QAM (> 35 dB for 256-QAM)'),

  // CPE uptime and PPP stability.
  longUptimeDays: t(30, 'days', 'Frontline policy (docs/architecture.md): uptime > 30 days'),
  frequentReconnects24h: t(
    5,
    'reconnects/24h',
    'Frontline policy: more than 5 PPP reconnects a day is unstable',
  ),

  // Speed against the plan.
  speedBelowPlanRatio: t(0.5, 'ratio', 'Frontline policy: download below 50 % of the plan'),

  // Wi-Fi.
  wifiUtilisationMaxPct: t(75, '%', 'Plasma Cloud KB: keep channel utilisation under 75 % for data'),
  wifiNeighboursMany: t(3, 'networks', 'Frontline policy: 3+ neighbouring networks make a shared channel'),
  wifiRssiWeakDbm: t(-75, 'dBm', 'accessagility.com / nc-expert.com: -75 to -85 dBm is weak'),
  wifiRssiFairDbm: t(-67, 'dBm', 'accessagility.com: -67 dBm is the design minimum for voice and video'),
} as const;

export type ThresholdName = keyof typeof THRESHOLDS;

/** The bare number of a threshold. */
export function limit(name: ThresholdName): number {
  return THRESHOLDS[name].value;
}

/** Addresses the network probes use. */
export const TARGETS = {
  /** A well-known internet address to ping (outside the ISP). */
  internetHost: '8.8.8.8',
  /** A name to resolve with the NSLookup diagnostic. */
  lookupName: 'www.example.com',
} as const;

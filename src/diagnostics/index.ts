export * from './types.js';
export * from './codes.js';
export { runProbes } from './run.js';
export { diagnose, DIAGNOSIS_RULES } from './diagnose.js';
export { THRESHOLDS, TARGETS, limit, type Threshold, type ThresholdName } from './thresholds.js';
export { explain } from './explanations.js';
export { compareVersions } from './probes/firmware.js';

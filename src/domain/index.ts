export * from './vocabulary.js';
export * from './entities.js';
export * from './ticket-status.js';
export * from './findings.js';
export * from './timeline.js';
export * from './audit.js';
export * from './firmware-catalogue.js';
export * from './cpe-paths.js';

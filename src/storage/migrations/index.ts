import type { EngineMigration } from '../migrate.js';

// Migrations in order; names sort lexically. Each capability adds its own file.
export const migrations: Record<string, EngineMigration> = {};

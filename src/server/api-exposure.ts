import { adminToken, type ApiToken } from './api-tokens.js';
import type { Config } from './config.js';

// What the REST API exposes, said at start: the routes that need a credential and those that are
// open. Without the demo, a desk that no one could authenticate to does not start unless the
// operator asked for an open API (API_OPEN=true).

/** Every API token of the configuration; FRONTLINE_API_TOKEN is the admin token. */
export function apiTokensOf(config: Pick<Config, 'apiToken' | 'apiTokens'>): ApiToken[] {
  return [...(config.apiToken ? [adminToken(config.apiToken)] : []), ...config.apiTokens];
}

export interface ApiExposure {
  /** Set when the desk must not serve: the reason. */
  refusal?: string;
  /** Log lines: how the API is protected and what is open. */
  protectedBy: string;
  open: string[];
}

export function apiExposure(config: Config, staffAccounts: number): ApiExposure {
  const tokens = apiTokensOf(config);
  const open = [
    'chat (conversation tokens)',
    'voice webhook',
    'help centre and knowledge-base reads',
    'health, readiness and metrics',
    'OpenAPI document',
  ];
  if (config.demo && tokens.length === 0)
    open.push('demo helpers /api/v1/demo/ (portal sessions for any customer)');
  if (config.apiOpen) {
    return {
      protectedBy: 'nothing: API_OPEN=true lets anyone call every /api/v1 route, router control included',
      open: ['everything'],
    };
  }
  const means = [
    ...(tokens.length ? [`API tokens (${tokens.map((t) => `${t.name}:${t.scope}`).join(', ')})`] : []),
    ...(staffAccounts > 0 ? [`staff sessions (${staffAccounts} accounts)`] : []),
  ];
  if (means.length === 0 && !config.demo) {
    return {
      refusal:
        'the REST API would be unreachable: set FRONTLINE_API_TOKEN or FRONTLINE_API_TOKENS, create a staff account (frontline user add), or set API_OPEN=true to serve it without authentication',
      protectedBy: 'nothing',
      open,
    };
  }
  return { protectedBy: means.length ? means.join(' or ') : 'staff sessions (demo accounts)', open };
}

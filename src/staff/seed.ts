import type { StaffAuth } from './auth.js';
import type { StaffRole } from './roles.js';

/** Demo-mode staff logins (the README lists them). Never seeded unless DEMO is on. */
export const DEMO_STAFF: readonly {
  username: string;
  password: string;
  role: StaffRole;
  displayName: string;
}[] = [
  { username: 'agent', password: 'agent-demo', role: 'agent', displayName: 'Alex Agent' },
  { username: 'tier2', password: 'tier2-demo', role: 'tier2', displayName: 'Tove Tier2' },
  { username: 'supervisor', password: 'supervisor-demo', role: 'supervisor', displayName: 'Sam Supervisor' },
  { username: 'admin', password: 'admin-demo', role: 'admin', displayName: 'Ada Admin' },
];

/** Creates the demo staff accounts that do not exist yet; idempotent. Returns the usernames created. */
export async function seedDemoStaff(auth: StaffAuth): Promise<string[]> {
  const created: string[] = [];
  for (const u of DEMO_STAFF) {
    if (await auth.store.userByUsername(u.username)) continue;
    await auth.createUser(u);
    created.push(u.username);
  }
  return created;
}

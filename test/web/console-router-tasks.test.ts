// Real-browser test of the console's view of a router's ACS tasks: attempts and faults as the
// task API records them, a filter for the failed ones, and nothing without a staff sign-in.
import { describe, expect, it } from 'vitest';
import {
  BROWSER_TEST as T,
  consoleLogin,
  poll,
  SKIP_BROWSER,
  staffSession,
  useBrowserSuite,
} from './helpers.js';

interface TaskBody {
  task: { id: string; status: string; attempts: number; fault: { code: number } | null };
}

describe.skipIf(SKIP_BROWSER)("console: a router's tasks", () => {
  const suite = useBrowserSuite({ subscribers: 2 });

  it('shows each task with its attempts and fault, filters the faulted ones, for staff only', T, async () => {
    const url = suite.demo.url;
    const sup = await staffSession(url, 'supervisor', 'supervisor-demo');
    let id = '';
    await poll(async () => {
      const list = await sup.get<{ items: { id: string; status: string }[] }>('/api/v1/devices');
      id = list.body.items.find((d) => d.status === 'online')?.id ?? '';
      return id;
    }).not.toBe('');
    const path = `/api/v1/devices/${encodeURIComponent(id)}/tasks?connectionRequest=true&timeoutMs=30000`;
    const ok = await sup.post<TaskBody>(path, {
      name: 'getParameterValues',
      parameterNames: ['Device.DeviceInfo.SoftwareVersion'],
    });
    expect(ok.body.task.status).toBe('done');
    const bad = await sup.post<TaskBody>(path, {
      name: 'getParameterValues',
      parameterNames: ['Device.X_NoSuchObject.Value'],
    });
    expect(bad.body.task).toMatchObject({ status: 'fault', attempts: 1, fault: { code: 9005 } });

    // Without a sign-in the route shows the login form, not the tasks.
    const anon = await suite.newPage({ locale: 'en-GB' });
    await anon.page.goto(`${url}/console/routers/${encodeURIComponent(id)}/tasks`);
    await anon.page.getByLabel('Username').waitFor();
    expect(await anon.page.getByTestId('router-tasks').count()).toBe(0);

    const { page, errors } = await suite.newPage({ locale: 'en-GB' });
    await consoleLogin(page, url, 'agent', 'agent-demo');
    await page.goto(`${url}/console/routers/${encodeURIComponent(id)}/tasks`);
    await page.getByRole('heading', { name: /Router tasks/ }).waitFor();
    const faulted = page.locator('[data-testid="router-task"][data-status="fault"]');
    await faulted.first().waitFor();
    await expect
      .poll(() => faulted.locator('[data-testid="task-fault"]').first().textContent())
      .toMatch(/^9005: /);
    expect(await faulted.locator('[data-testid="task-attempts"]').first().textContent()).toBe('1 / 3');
    const all = await page.getByTestId('router-task').count();
    expect(all).toBeGreaterThanOrEqual(2);
    await page.getByLabel('Faults only').check();
    await expect.poll(() => page.getByTestId('router-task').count()).toBeLessThan(all);
    expect(
      await page
        .getByTestId('router-task')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))),
    ).not.toContain('done');
    expect(errors).toEqual([]);
  });
});

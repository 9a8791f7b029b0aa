// A router's ACS tasks for staff: what was asked of it, how often it was tried, and the fault it
// ended with (from GET /api/v1/devices/:id/tasks). Read-only; newest first.
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';
import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { ScrollRegion } from './ScrollRegion.js';

interface Task {
  id: string;
  name: string;
  status: string;
  stage: string;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string;
  expiresAt: string | null;
  fault: { code?: number; message?: string } | null;
  createdAt: string;
  updatedAt: string;
}

interface Device {
  id: string;
  model?: string | null;
  firmware?: string | null;
  status?: string;
}

const TEXTS = {
  sv: {
    title: 'Routerns uppgifter',
    task: 'Uppgift',
    status: 'Status',
    attempts: 'Försök',
    fault: 'Fel',
    created: 'Skapad',
    updated: 'Senast',
    onlyFaults: 'Bara fel',
    refresh: 'Uppdatera',
    none: 'Inga uppgifter',
    notFound: 'Ingen router med id {id}',
    error: 'Kunde inte hämta uppgifterna: {msg}',
    loading: 'Hämtar…',
    statuses: {
      pending: 'i kö',
      running: 'pågår',
      waiting: 'väntar på routern',
      done: 'klar',
      fault: 'fel',
      expired: 'gick ut',
      cancelled: 'avbruten',
    } as Record<string, string>,
  },
  en: {
    title: 'Router tasks',
    task: 'Task',
    status: 'Status',
    attempts: 'Attempts',
    fault: 'Fault',
    created: 'Created',
    updated: 'Last change',
    onlyFaults: 'Faults only',
    refresh: 'Refresh',
    none: 'No tasks',
    notFound: 'No router with id {id}',
    error: 'Could not load the tasks: {msg}',
    loading: 'Loading…',
    statuses: {
      pending: 'queued',
      running: 'running',
      waiting: 'waiting for the router',
      done: 'done',
      fault: 'fault',
      expired: 'expired',
      cancelled: 'cancelled',
    } as Record<string, string>,
  },
};

const FAILED = new Set(['fault', 'expired']);

export function RouterTasksPage({ id }: { id: string }) {
  const { lang, fmt } = useI18n();
  const x = TEXTS[lang === 'sv' ? 'sv' : 'en'];
  const [device, setDevice] = useState<Device | null>(null);
  const [tasks, setTasks] = useState<Task[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyFaults, setOnlyFaults] = useState(false);
  const base = `/api/v1/devices/${encodeURIComponent(id)}`;

  const load = useCallback(async () => {
    try {
      const [dev, list] = await Promise.all([api<Device>(base), api<{ items: Task[] }>(`${base}/tasks`)]);
      setDevice(dev);
      setTasks(list.items);
      setError(null);
    } catch (e) {
      setTasks([]);
      const status = (e as { status?: number }).status;
      setError(status === 404 ? fmt(x.notFound, { id }) : fmt(x.error, { msg: (e as Error).message }));
    }
  }, [base, fmt, id, x]);
  useEffect(() => {
    void load();
  }, [load]);

  const shown = (tasks ?? []).filter((task) => !onlyFaults || FAILED.has(task.status) || task.fault !== null);
  return (
    <section aria-labelledby="router-tasks-h">
      <h1 id="router-tasks-h">
        {x.title}: <code>{id}</code>
      </h1>
      {device && (
        <p data-testid="router-summary">
          {[device.model, device.firmware, device.status].filter(Boolean).join(' · ')}
        </p>
      )}
      <p className="filters">
        <label>
          <input type="checkbox" checked={onlyFaults} onChange={(e) => setOnlyFaults(e.target.checked)} />{' '}
          {x.onlyFaults}
        </label>{' '}
        <button type="button" onClick={() => void load()}>
          {x.refresh}
        </button>
      </p>
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {tasks === null ? (
        <p>{x.loading}</p>
      ) : shown.length === 0 ? (
        <p>{x.none}</p>
      ) : (
        <ScrollRegion label={x.title}>
          <table data-testid="router-tasks">
            <caption className="sr-only">{x.title}</caption>
            <thead>
              <tr>
                <th scope="col">{x.task}</th>
                <th scope="col">{x.status}</th>
                <th scope="col">{x.attempts}</th>
                <th scope="col">{x.fault}</th>
                <th scope="col">{x.created}</th>
                <th scope="col">{x.updated}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((task) => (
                <tr key={task.id} data-testid="router-task" data-status={task.status}>
                  <td>
                    <code>{task.name}</code>
                  </td>
                  <td className={FAILED.has(task.status) ? 'bad' : task.status === 'done' ? 'ok' : undefined}>
                    {x.statuses[task.status] ?? task.status}
                  </td>
                  <td data-testid="task-attempts">
                    {task.attempts} / {task.maxAttempts}
                  </td>
                  <td data-testid="task-fault">
                    {task.fault
                      ? `${task.fault.code ? `${task.fault.code}: ` : ''}${task.fault.message ?? ''}`
                      : '–'}
                  </td>
                  <td>{fmtTime(task.createdAt, lang)}</td>
                  <td>{fmtTime(task.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

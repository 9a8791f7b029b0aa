import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { api, post } from './api.js';
import { DICTS, format, I18nContext, type Lang } from './i18n.js';
import { startLive, useLiveConnected } from './live.js';
import { Login } from './Login.js';
import { Notifications } from './Notifications.js';
import { QueuesPage } from './QueuesPage.js';
import { linkHandler, navigate, usePath } from './router.js';
import { TicketPage } from './TicketPage.js';
import type { Me } from './types.js';

// Supervisor pages (chart.js) load on demand so the agents' console stays small.
const DashboardPage = lazy(() => import('./DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const QaPage = lazy(() => import('./QaPage.js').then((m) => ({ default: m.QaPage })));
const KbPage = lazy(() => import('./KbPage.js').then((m) => ({ default: m.KbPage })));
const AuditPage = lazy(() => import('./AuditPage.js').then((m) => ({ default: m.AuditPage })));
const RouterTasksPage = lazy(() =>
  import('./RouterTasksPage.js').then((m) => ({ default: m.RouterTasksPage })),
);

function initialLang(): Lang {
  const saved = localStorage.getItem('console.lang');
  if (saved === 'sv' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

function Shell({ me, onLogout }: { me: Me; onLogout: () => void }) {
  const path = usePath();
  const live = useLiveConnected();
  const [pathname, search = ''] = path.split('?');
  const supervisor = me.role === 'supervisor' || me.role === 'admin';

  useEffect(() => startLive(), []);

  let page: React.ReactNode;
  const ticketMatch = /^\/console\/tickets\/([^/]+)$/.exec(pathname);
  const routerTasks = /^\/console\/routers\/([^/]+)\/tasks$/.exec(pathname);
  if (ticketMatch) page = <TicketPage id={decodeURIComponent(ticketMatch[1])} me={me} />;
  else if (routerTasks) page = <RouterTasksPage id={decodeURIComponent(routerTasks[1])} />;
  else if (pathname === '/console/dashboard' && supervisor) page = <DashboardPage />;
  else if (pathname === '/console/qa' && supervisor) page = <QaPage />;
  else if (pathname === '/console/audit' && supervisor) page = <AuditPage />;
  else if (pathname === '/console/kb' && supervisor) page = <KbPage />;
  else page = <QueuesPage search={search} me={me} />;

  return (
    <Layout me={me} live={live} pathname={pathname} supervisor={supervisor} onLogout={onLogout} page={page} />
  );
}

function Layout(props: {
  me: Me;
  live: boolean;
  pathname: string;
  supervisor: boolean;
  onLogout: () => void;
  page: React.ReactNode;
}) {
  return (
    <I18nContext.Consumer>
      {({ t, lang, setLang }) => (
        <>
          <a className="skip" href="#main">
            {t.skipToContent}
          </a>
          <header className="top">
            <span className="brand">{t.appName}</span>
            <nav aria-label={t.mainNav}>
              <a
                href="/console"
                onClick={linkHandler('/console')}
                aria-current={props.pathname === '/console' ? 'page' : undefined}
              >
                {t.navQueues}
              </a>
              {props.supervisor && (
                <>
                  <a
                    href="/console/dashboard"
                    onClick={linkHandler('/console/dashboard')}
                    aria-current={props.pathname === '/console/dashboard' ? 'page' : undefined}
                  >
                    {t.navDashboard}
                  </a>
                  <a
                    href="/console/qa"
                    onClick={linkHandler('/console/qa')}
                    aria-current={props.pathname === '/console/qa' ? 'page' : undefined}
                  >
                    {t.navQa}
                  </a>
                  <a
                    href="/console/kb"
                    onClick={linkHandler('/console/kb')}
                    aria-current={props.pathname === '/console/kb' ? 'page' : undefined}
                  >
                    {t.kbEditor}
                  </a>
                  <a
                    href="/console/audit"
                    onClick={linkHandler('/console/audit')}
                    aria-current={props.pathname === '/console/audit' ? 'page' : undefined}
                  >
                    {t.auditLog}
                  </a>
                </>
              )}
            </nav>
            <Notifications pathname={props.pathname} />
            <span className={`live ${props.live ? 'on' : 'off'}`} aria-live="polite" data-testid="live">
              {props.live ? t.liveOn : t.liveOff}
            </span>
            <label className="lang">
              <span className="sr-only">{t.language}</span>
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t.language}>
                <option value="sv">Svenska</option>
                <option value="en">English</option>
              </select>
            </label>
            <span className="me">
              {props.me.displayName} · {t.staffRole[props.me.role] ?? props.me.role}
            </span>
            <button type="button" onClick={props.onLogout}>
              {t.signOut}
            </button>
          </header>
          <main id="main" tabIndex={-1}>
            <Suspense fallback={<p>{t.loading}</p>}>{props.page}</Suspense>
          </main>
        </>
      )}
    </I18nContext.Consumer>
  );
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    api<{ user: Me }>('/api/v1/auth/me').then(
      (r) => setMe(r.user),
      () => setMe(null),
    );
  }, []);

  const ctx = useMemo(
    () => ({
      lang,
      t: DICTS[lang],
      fmt: format,
      setLang: (l: Lang) => {
        localStorage.setItem('console.lang', l);
        setLangState(l);
      },
    }),
    [lang],
  );

  async function logout() {
    await post('/api/v1/auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/console');
  }

  return (
    <I18nContext.Provider value={ctx}>
      {me === undefined ? (
        <p>{ctx.t.loading}</p>
      ) : me === null ? (
        <Login onLogin={setMe} />
      ) : (
        <Shell me={me} onLogout={() => void logout()} />
      )}
    </I18nContext.Provider>
  );
}

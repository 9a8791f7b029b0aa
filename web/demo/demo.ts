// The demo ISP's customer page: loads the widget like any embedding site would, and offers a
// demo-only "sign in as customer" that gets a portal token from /api/v1/demo/portal-token.
type Lang = 'sv' | 'en';

const T: Record<Lang, Record<string, string>> = {
  sv: {
    skip: 'Hoppa till innehållet',
    help: 'Hjälpcenter',
    console: 'Personal',
    lang: 'English',
    nav: 'Huvudmeny',
    h1: 'Snabbt bredband, hjälp dygnet runt',
    lead: 'Har du problem med internet, wifi eller din router? Chatta med vår support – den felsöker din linje och router direkt.',
    chat: 'Chatta med support',
    demoH: 'Logga in som demokund',
    demoP:
      'I demoläget kan du låtsas vara inloggad på Mina sidor. Då vet supporten vem du är utan kundnummer och PIN.',
    customer: 'Kund',
    number: 'eller kundnummer',
    signin: 'Logga in och chatta',
    services: 'Tjänster',
    fiberH: 'Fiber',
    fiberP: 'Upp till 1000 Mbit/s i båda riktningarna.',
    dslH: 'VDSL',
    dslP: 'Bredband via telejacket där fibern inte nått fram.',
    cableH: 'Kabel-tv-nät',
    cableP: 'Snabbt bredband via kabel-tv-uttaget.',
    foot: 'en påhittad operatör för att visa Frontline',
    signedIn: 'Inloggad som {name}.',
    failed: 'Det gick inte att logga in: {why}',
    choose: '– välj –',
  },
  en: {
    skip: 'Skip to content',
    help: 'Help centre',
    console: 'Staff',
    lang: 'Svenska',
    nav: 'Main menu',
    h1: 'Fast broadband, help around the clock',
    lead: 'Trouble with the internet, Wi-Fi or your router? Chat with our support – it checks your line and router right away.',
    chat: 'Chat with support',
    demoH: 'Sign in as a demo customer',
    demoP:
      'In demo mode you can pretend to be signed in to My Pages, so support knows who you are without a customer number and PIN.',
    customer: 'Customer',
    number: 'or customer number',
    signin: 'Sign in and chat',
    services: 'Services',
    fiberH: 'Fibre',
    fiberP: 'Up to 1000 Mbit/s both ways.',
    dslH: 'VDSL',
    dslP: 'Broadband over the phone line where fibre has not reached.',
    cableH: 'Cable',
    cableP: 'Fast broadband from the cable-TV socket.',
    foot: 'a made-up operator to show Frontline',
    signedIn: 'Signed in as {name}.',
    failed: 'Could not sign in: {why}',
    choose: '– choose –',
  },
};

/** The visitor's own choice, else the browser's language. */
function initialLang(): Lang {
  const saved = localStorage.getItem('demo.lang');
  if (saved === 'sv' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

let lang: Lang = initialLang();
const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

function render() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]'))
    el.textContent = T[lang][el.dataset.t!] ?? el.textContent;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]'))
    el.setAttribute('aria-label', T[lang][el.dataset.tLabel!]);
  const first = $<HTMLSelectElement>('demo-customer').options[0];
  if (first && first.value === '') first.textContent = T[lang].choose;
}

function loadWidget() {
  const s = document.createElement('script');
  s.type = 'module';
  s.src = '/widget/widget.js';
  document.head.append(s);
}

function widget(): Promise<NonNullable<Window['FrontlineWidget']>> {
  if (window.FrontlineWidget) return Promise.resolve(window.FrontlineWidget);
  return new Promise((resolve) =>
    window.addEventListener('frontline-widget-ready', () => resolve(window.FrontlineWidget!), { once: true }),
  );
}

async function loadCustomers() {
  const sel = $<HTMLSelectElement>('demo-customer');
  sel.replaceChildren(new Option(T[lang].choose, ''));
  try {
    const res = await fetch('/api/v1/demo/customers');
    if (!res.ok) return;
    const { customers } = (await res.json()) as {
      customers: { customerNumber: string; name: string; note?: string }[];
    };
    for (const c of customers)
      sel.append(
        new Option(`${c.name} (${c.customerNumber})${c.note ? ` – ${c.note}` : ''}`, c.customerNumber),
      );
  } catch {
    /* the number field still works */
  }
}

async function signIn(e: Event) {
  e.preventDefault();
  const status = $<HTMLParagraphElement>('demo-status');
  const customerNumber =
    $<HTMLInputElement>('demo-number').value.trim() || $<HTMLSelectElement>('demo-customer').value;
  if (!customerNumber) return;
  const res = await fetch('/api/v1/demo/portal-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerNumber }),
  });
  if (!res.ok) {
    const p = (await res.json().catch(() => ({}))) as { detail?: string; title?: string };
    status.textContent = T[lang].failed.replace('{why}', p.detail ?? p.title ?? String(res.status));
    return;
  }
  const { portalToken, customer } = (await res.json()) as { portalToken: string; customer: { name: string } };
  status.textContent = T[lang].signedIn.replace('{name}', customer.name);
  await (await widget()).signIn(portalToken, lang);
}

$('lang').addEventListener('click', () => {
  lang = lang === 'sv' ? 'en' : 'sv';
  localStorage.setItem('demo.lang', lang);
  render();
});
$('open-chat').addEventListener('click', async () => (await widget()).open());
$('demo-form').addEventListener('submit', (e) => void signIn(e));
render();
void loadCustomers();
loadWidget();

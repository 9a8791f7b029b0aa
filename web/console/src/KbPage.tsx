// Knowledge-base editor for supervisors: pick or start an article, edit its Markdown with a
// preview rendered by the desk (the help centre's own sanitised rendering), choose whether it is
// public (help centre) or internal (staff only), and save a new version.
import { useCallback, useEffect, useState } from 'react';
import { api, post } from './api.js';
import { fmtTime } from './format.js';
import { useI18n, type Lang } from './i18n.js';

interface Summary {
  slug: string;
  language: Lang;
  title: string;
  audience: 'customer' | 'staff';
  version: number;
  updatedAt: string;
}
interface Article extends Summary {
  body: string;
  intents: string[];
  tags: string[];
}

const blank = (language: Lang): Article => ({
  slug: '',
  language,
  title: '',
  audience: 'customer',
  version: 0,
  updatedAt: '',
  body: '',
  intents: [],
  tags: [],
});

export function KbPage() {
  const { t, lang, fmt } = useI18n();
  const [articleLang, setArticleLang] = useState<Lang>(lang);
  const [items, setItems] = useState<Summary[]>([]);
  const [draft, setDraft] = useState<Article | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);

  const load = useCallback(async () => {
    setItems((await api<{ items: Summary[] }>(`/api/v1/kb/articles?lang=${articleLang}`)).items);
  }, [articleLang]);
  useEffect(() => {
    void load().catch(() => setItems([]));
  }, [load]);

  const fail = (e: unknown) => setMsg({ text: fmt(t.error, { msg: (e as Error).message }), error: true });

  async function open(slug: string) {
    try {
      setDraft(await api<Article>(`/api/v1/kb/articles/${slug}?lang=${articleLang}`));
      setPreview(null);
      setMsg(null);
    } catch (e) {
      fail(e);
    }
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!draft) return;
    try {
      const body = {
        title: draft.title,
        body: draft.body,
        audience: draft.audience,
        intents: draft.intents,
        tags: draft.tags,
        language: draft.language,
      };
      const saved = await api<Article>(`/api/v1/kb/articles/${draft.slug}?lang=${draft.language}`, {
        method: 'PUT',
        body: draft.version ? { ...body, baseVersion: draft.version } : body,
      });
      setDraft(saved);
      setMsg({ text: t.saved, error: false });
      await load();
    } catch (err) {
      fail(err);
    }
  }

  return (
    <section aria-labelledby="kb-h">
      <h1 id="kb-h">{t.kbEditor}</h1>
      <div className="filters">
        <label htmlFor="kb-lang">{t.language}</label>
        <select id="kb-lang" value={articleLang} onChange={(e) => setArticleLang(e.target.value as Lang)}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
        <button type="button" onClick={() => setDraft(blank(articleLang))}>
          {t.newArticle}
        </button>
      </div>
      {msg &&
        (msg.error ? (
          <p role="alert" className="notice error">
            {msg.text}
          </p>
        ) : (
          <p role="status" className="notice ok">
            {msg.text}
          </p>
        ))}
      <div className="columns">
        <ul className="kb-list" aria-label={t.articles}>
          {items.map((a) => (
            <li key={a.slug}>
              <button
                type="button"
                className="link"
                aria-pressed={draft?.slug === a.slug}
                onClick={() => void open(a.slug)}
              >
                {a.title}
              </button>{' '}
              <span className="badge">{a.audience === 'staff' ? t.internal : t.public}</span>{' '}
              <span className="hint">
                v{a.version} · {fmtTime(a.updatedAt, lang)}
              </span>
            </li>
          ))}
        </ul>
        {draft && (
          <form className="stack kb-form" onSubmit={save} aria-label={t.kbEditor}>
            <label htmlFor="kb-slug">{t.slug}</label>
            <input
              id="kb-slug"
              value={draft.slug}
              readOnly={draft.version > 0}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              required
              onChange={(e) => setDraft({ ...draft, slug: e.target.value })}
            />
            <label htmlFor="kb-title">{t.subject}</label>
            <input
              id="kb-title"
              value={draft.title}
              required
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, title: e.target.value })}
            />
            <label htmlFor="kb-audience">{t.visibility}</label>
            <select
              id="kb-audience"
              value={draft.audience}
              onChange={(e) => setDraft({ ...draft, audience: e.target.value as Article['audience'] })}
            >
              <option value="customer">{t.public}</option>
              <option value="staff">{t.internal}</option>
            </select>
            <label htmlFor="kb-body">{t.markdown}</label>
            <textarea
              id="kb-body"
              rows={14}
              value={draft.body}
              onChange={(e) => setDraft({ ...draft, body: e.target.value })}
            />
            <div className="row">
              <button
                type="button"
                onClick={() =>
                  void post<{ html: string }>('/api/v1/kb/preview', { markdown: draft.body }).then(
                    (r) => setPreview(r.html),
                    (e: unknown) => fail(e),
                  )
                }
              >
                {t.preview}
              </button>
              <button type="submit">{t.saveArticle}</button>
              {draft.version > 0 && <span className="hint">v{draft.version}</span>}
            </div>
            {preview !== null && (
              <section className="kb-preview" aria-label={t.preview} data-testid="kb-preview">
                {/* Rendered and sanitised by the desk (src/kb/render.ts), as the help centre shows it. */}
                <div dangerouslySetInnerHTML={{ __html: preview }} />
              </section>
            )}
          </form>
        )}
      </div>
    </section>
  );
}

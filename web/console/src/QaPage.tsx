import { useCallback, useEffect, useState } from 'react';
import { api, post } from './api.js';
import { fmtTime } from './format.js';
import { useI18n } from './i18n.js';
import { ScrollRegion } from './ScrollRegion.js';
import {
  parseReviews,
  parseSample,
  reviewBody,
  RUBRIC,
  type QaReview,
  type QaSampleItem,
  type RubricKey,
} from './qa-shape.js';
import { Timeline } from './Timeline.js';
import type { TicketDetail } from './types.js';

export function QaPage() {
  const { t, lang, fmt } = useI18n();
  const [n, setN] = useState(5);
  const [sample, setSample] = useState<QaSampleItem[] | null>(null);
  const [current, setCurrent] = useState<QaSampleItem | null>(null);
  const [detail, setDetail] = useState<TicketDetail | null>(null);
  const [scores, setScores] = useState<Record<RubricKey, number>>({
    diagnosis: 3,
    safety: 3,
    communication: 3,
    documentation: 3,
  });
  const [comments, setComments] = useState('');
  const [reviews, setReviews] = useState<QaReview[]>([]);
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);

  const labels: Record<RubricKey, string> = {
    diagnosis: t.rubricDiagnosis,
    safety: t.rubricSafety,
    communication: t.rubricCommunication,
    documentation: t.rubricDocumentation,
  };

  const loadReviews = useCallback(async () => {
    try {
      setReviews(parseReviews(await api<unknown>('/api/v1/qa/reviews')));
    } catch {
      setReviews([]);
    }
  }, []);
  useEffect(() => {
    void loadReviews();
  }, [loadReviews]);

  async function fetchSample(e: React.FormEvent) {
    e.preventDefault();
    try {
      setSample(parseSample(await api<unknown>(`/api/v1/qa/sample?n=${n}`)));
      setMsg(null);
    } catch (err) {
      setMsg({ text: fmt(t.error, { msg: (err as Error).message }), error: true });
    }
  }

  async function open(item: QaSampleItem) {
    setCurrent(item);
    setDetail(null);
    setComments('');
    try {
      setDetail(await api<TicketDetail>(`/api/v1/console/tickets/${encodeURIComponent(item.ticketId)}`));
    } catch (err) {
      setMsg({ text: fmt(t.error, { msg: (err as Error).message }), error: true });
    }
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    if (!current) return;
    try {
      await post('/api/v1/qa/reviews', reviewBody(current.ticketId, scores, comments));
      setMsg({ text: t.saved, error: false });
      setCurrent(null);
      await loadReviews();
    } catch (err) {
      setMsg({ text: fmt(t.error, { msg: (err as Error).message }), error: true });
    }
  }

  return (
    <section aria-labelledby="qa-h" className="qa">
      <h1 id="qa-h">{t.qa}</h1>
      <form className="row" onSubmit={fetchSample}>
        <label htmlFor="qa-n">{t.sampleSize}</label>
        <input
          id="qa-n"
          type="number"
          min={1}
          max={50}
          value={n}
          onChange={(e) => setN(Number(e.target.value) || 5)}
        />
        <button type="submit">{t.sample}</button>
      </form>
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
      {sample && (
        <ul className="qa-sample">
          {sample.map((s) => (
            <li key={s.ticketId}>
              <button
                type="button"
                onClick={() => void open(s)}
                aria-pressed={current?.ticketId === s.ticketId}
              >
                {t.review} {s.reference || s.ticketId}
              </button>{' '}
              {s.intent ?? ''} {s.outcome ? `· ${s.outcome}` : ''}
            </li>
          ))}
        </ul>
      )}
      {current && (
        <div className="columns">
          <div className="col-main">
            {detail ? (
              <Timeline
                events={detail.timeline}
                ticket={{
                  intent: detail.ticket.intent,
                  subject: detail.ticket.subject,
                  language: detail.ticket.language,
                  timeline: detail.timeline,
                }}
              />
            ) : (
              <p>{t.loading}</p>
            )}
          </div>
          <form className="col-side rubric" onSubmit={save} aria-label={t.review}>
            {RUBRIC.map((k) => (
              <fieldset key={k}>
                <legend>{labels[k]}</legend>
                {[1, 2, 3, 4, 5].map((v) => (
                  <label key={v} className="score">
                    <input
                      type="radio"
                      name={k}
                      value={v}
                      checked={scores[k] === v}
                      onChange={() => setScores({ ...scores, [k]: v })}
                    />{' '}
                    {v}
                  </label>
                ))}
              </fieldset>
            ))}
            <label htmlFor="qa-comments">{t.comments}</label>
            <textarea
              id="qa-comments"
              rows={4}
              value={comments}
              onChange={(e) => setComments(e.target.value)}
              maxLength={4000}
            />
            <button type="submit">{t.saveReview}</button>
          </form>
        </div>
      )}
      <h2>{t.reviews}</h2>
      {reviews.length === 0 ? (
        <p>{t.noReviews}</p>
      ) : (
        <ScrollRegion label={t.reviews}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.reference}</th>
                {RUBRIC.map((k) => (
                  <th scope="col" key={k}>
                    {labels[k]}
                  </th>
                ))}
                <th scope="col">{t.comments}</th>
                <th scope="col">{t.updated}</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.id}>
                  <td>{r.reference ?? r.ticketId}</td>
                  {RUBRIC.map((k) => (
                    <td key={k}>{r.scores[k] ?? '–'}</td>
                  ))}
                  <td>{r.comments}</td>
                  <td>{fmtTime(r.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}

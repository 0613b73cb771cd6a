import { useMutation, useQuery } from '@apollo/client/react';
import { formatValue, type Lang } from '@lotrinh/ui';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import { DocumentText, type LineCitation } from '../admin/document-text.tsx';
import { FormStatus } from '../admin/form-field.tsx';
import { mutationMessage } from '../admin/mutation-error.ts';
import { ADD_TARGETS, ADMIN_WARD_QUERY, CATALOG_QUERY, PROPOSE_TARGETS } from '../admin/queries.ts';
import { emptyTarget, type TargetDraft } from '../admin/target-form.ts';
import { TargetForm } from '../admin/target-form.tsx';
import { useDocumentLines } from '../admin/use-document-lines.ts';
import { failureText, outcome } from '../admin/write-outcome.ts';
import { filterProposals, type ProposalFilter, topSection } from './proposals.ts';
import {
  acceptable,
  itemsFromProposals,
  planSave,
  type ReviewItem,
  targetKey,
} from './review-items.ts';

const route = getRouteApi('/admin/documents/$id/review');
const ADD_TARGETS_LIMIT = 200;

/**
 * The extractor's proposals for one document beside its text: each one's lines are marked and
 * brought into view when it gets focus; the reviewer accepts, edits or rejects each, adds what
 * it missed by selecting text, and saves the accepted ones through addTargets (audited).
 */
export function ReviewPage() {
  return (
    <RequireRole roles={['CITY_ADMIN']}>
      <ReviewPageContent />
    </RequireRole>
  );
}

function ReviewPageContent() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const doc = useDocumentLines(id);
  const catalog = useQuery(CATALOG_QUERY);
  const [propose, proposed] = useMutation(PROPOSE_TARGETS);
  const ward = doc.document?.ward ?? null;
  const proposals = outcome(proposed.data?.proposeTargets);
  // The document's targets already stored, so a second visit does not offer them again.
  const stored = useQuery(ADMIN_WARD_QUERY, {
    variables: { ward: ward?.slug ?? '' },
    skip: !ward,
    fetchPolicy: 'network-only',
  });
  const storedKeys = useMemo(
    () =>
      new Set(
        (stored.data?.ward?.targets ?? [])
          .filter((x) => !x.withdrawn && x.document.id === id)
          .map((x) => targetKey(x.indicator.code, x.year, x.provenance.line)),
      ),
    [stored.data, id],
  );
  useDocumentTitle(doc.document ? t('review.title', { title: doc.document.title }) : null);

  useEffect(() => {
    if (doc.document) void propose({ variables: { document: id } }).catch(() => {});
  }, [doc.document, id, propose]);

  if (doc.error) return <QueryError error={doc.error} onRetry={() => void doc.refetch()} />;
  if (doc.loading && !doc.document) return <Loading />;
  if (!doc.document || !ward)
    return (
      <section className="page">
        <h1>{t('review.notFound')}</h1>
        <p>
          <Link to="/admin/wards">{t('admin.wards.back')}</Link>
        </p>
      </section>
    );

  return (
    <section className="page review-page" aria-labelledby="review-heading">
      <nav aria-label={t('ward.breadcrumb')} className="breadcrumb">
        <Link to="/admin/wards">{t('admin.wards.title')}</Link> ›{' '}
        <Link to="/admin/wards/$slug" params={{ slug: ward.slug }}>
          {wardLabel(ward, t)}
        </Link>{' '}
        › {t('review.crumb')}
      </nav>
      <h1 id="review-heading">{t('review.title', { title: doc.document.title })}</h1>
      <p className="hint">{t('review.intro')}</p>
      {proposed.error ? (
        <QueryError
          error={proposed.error}
          onRetry={() => void propose({ variables: { document: id } })}
        />
      ) : proposals && !proposals.ok ? (
        <p role="alert" className="form-error">
          {failureText(proposals.failure)}
        </p>
      ) : !proposals || catalog.loading || (stored.loading && !stored.data) ? (
        <Loading label={t('review.extracting')} />
      ) : (
        <Review
          key={id}
          ward={ward.slug}
          wardName={wardLabel(ward, t)}
          document={id}
          lines={doc.lines}
          proposals={proposals.data}
          stored={storedKeys}
          catalog={catalog.data?.indicators ?? []}
          pillars={catalog.data?.pillars ?? []}
        />
      )}
    </section>
  );
}

function Review({
  ward,
  wardName,
  document,
  lines,
  proposals,
  stored,
  catalog,
  pillars,
}: {
  ward: string;
  wardName: string;
  document: string;
  lines: readonly string[];
  proposals: Parameters<typeof itemsFromProposals>[0];
  stored: ReadonlySet<string>;
  catalog: readonly { code: string; name: string; unit: string; pillar: { code: string } }[];
  pillars: readonly { code: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [items, setItems] = useState<ReviewItem[]>(() =>
    itemsFromProposals(proposals, lines, stored),
  );
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [selection, setSelection] = useState<LineCitation | null>(null);
  const [filter, setFilter] = useState<ProposalFilter>({ section: '', row: '', text: '' });
  const [invalid, setInvalid] = useState<string[]>([]);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [addTargets, saving] = useMutation(ADD_TARGETS, {
    refetchQueries: ['AdminWard', 'AdminWards'],
  });

  const names = useMemo(() => new Map(catalog.map((i) => [i.code, i.name])), [catalog]);
  const sections = useMemo(
    () => [...new Set(items.map((i) => topSection(i.proposal?.section ?? null)).filter(Boolean))],
    [items],
  );
  const shown = useMemo(() => {
    const byProposal = filterProposals(
      items
        .filter((i) => i.proposal)
        .map((i) => ({ ...(i.proposal as NonNullable<ReviewItem['proposal']>), key: i.key })),
      filter,
    );
    const keys = new Set(byProposal.map((p) => p.key));
    return items.filter((i) => keys.has(i.key) || !i.proposal);
  }, [items, filter]);
  const activeItem = items.find((i) => i.key === active) ?? null;
  const highlight = activeItem
    ? {
        from: activeItem.draft.line ?? 0,
        to: activeItem.draft.lineEnd ?? activeItem.draft.line ?? 0,
      }
    : selection
      ? { from: selection.line, to: selection.lineEnd ?? selection.line }
      : null;

  const update = (key: string, patch: Partial<ReviewItem>) =>
    setItems((list) => list.map((i) => (i.key === key ? { ...i, ...patch } : i)));
  const decide = (key: string, decision: ReviewItem['decision']) => {
    setSavedCount(null);
    update(key, { decision });
  };
  const accepted = items.filter((i) => i.decision === 'accepted' && !i.saved && acceptable(i));
  const counts = {
    total: items.length,
    accepted: items.filter((i) => i.decision === 'accepted').length,
    rejected: items.filter((i) => i.decision === 'rejected').length,
    saved: items.filter((i) => i.saved).length,
  };

  const save = async () => {
    const plan = planSave(items, { ward, document, lines });
    if (!plan.ok) {
      setInvalid(plan.invalid);
      return;
    }
    setInvalid([]);
    // addTargets takes at most 200 targets a call (each call all or nothing); a whole plan's
    // worth is sent in turns, each marked saved as it lands, so a retry never sends one twice.
    let count = 0;
    for (let at = 0; at < plan.inputs.length; at += ADD_TARGETS_LIMIT) {
      const inputs = plan.inputs.slice(at, at + ADD_TARGETS_LIMIT);
      const result = await addTargets({ variables: { inputs } }).catch(() => null);
      const answer = outcome(result?.data?.addTargets);
      setFailure(answer && !answer.ok ? failureText(answer.failure) : null);
      if (!answer?.ok) break;
      const keys = new Set(plan.keys.slice(at, at + ADD_TARGETS_LIMIT));
      setItems((list) => list.map((i) => (keys.has(i.key) ? { ...i, saved: true } : i)));
      count += inputs.length;
    }
    if (count > 0) setSavedCount(count);
  };

  const figure = (d: TargetDraft, unit: string) => {
    if (d.kind === 'QUALITATIVE' || !d.value) return t('review.qualitative');
    const sym = t(`admin.comparatorSymbol.${d.comparator}`);
    const v = (s: string) =>
      formatValue(Number(s.replace(/\./g, '').replace(',', '.')), unit.toLowerCase(), lang);
    return d.comparator === 'RANGE'
      ? `${v(d.value)}–${v(d.valueHigh)}`
      : `${sym} ${v(d.value)}`.trim();
  };

  return (
    <div className="review-layout">
      <div className="review-proposals">
        <fieldset className="controls review-filters">
          <legend className="visually-hidden">{t('review.filters')}</legend>
          <span className="control">
            <label htmlFor="review-section">{t('review.section')}</label>
            <select
              id="review-section"
              value={filter.section}
              onChange={(e) => setFilter((f) => ({ ...f, section: e.target.value }))}
            >
              <option value="">{t('review.allSections')}</option>
              {sections.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </span>
          <span className="control">
            <label htmlFor="review-row">{t('review.row')}</label>
            <input
              id="review-row"
              size={5}
              value={filter.row}
              onChange={(e) => setFilter((f) => ({ ...f, row: e.target.value }))}
            />
          </span>
          <span className="control">
            <label htmlFor="review-search">{t('review.search')}</label>
            <input
              id="review-search"
              type="search"
              value={filter.text}
              onChange={(e) => setFilter((f) => ({ ...f, text: e.target.value }))}
            />
          </span>
        </fieldset>
        <p className="review-counts" aria-live="polite">
          {t('review.counts', { ...counts, shown: shown.length })}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const keys = new Set(shown.filter(acceptable).map((i) => i.key));
              setItems((list) =>
                list.map((i) => (keys.has(i.key) && !i.saved ? { ...i, decision: 'accepted' } : i)),
              );
            }}
          >
            {t('review.acceptShown', { count: shown.filter(acceptable).length })}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setAdding(true)}
            aria-expanded={adding}
          >
            {t('review.addMissed')}
          </button>
        </div>
        {adding && (
          <div className="card review-add">
            <h2>{t('review.addMissedHeading')}</h2>
            <p className="hint">{t('review.addMissedHint')}</p>
            <TargetForm
              initial={emptyTarget()}
              ward={ward}
              document={document}
              lines={lines}
              catalog={catalog}
              pillars={pillars}
              selection={selection}
              submitLabel={t('review.addToList')}
              onCancel={() => setAdding(false)}
              onSubmit={(_input, draft) => {
                setItems((list) => [
                  ...list,
                  {
                    key: `m${list.length}`,
                    proposal: null,
                    draft,
                    decision: 'accepted',
                    edited: true,
                    saved: false,
                  },
                ]);
                setAdding(false);
              }}
            />
          </div>
        )}
        {shown.length === 0 ? (
          <p className="table-empty">
            {items.length === 0 ? t('review.none') : t('review.noneShown')}
          </p>
        ) : (
          <ol className="proposal-list">
            {shown.map((item) => {
              const p = item.proposal;
              const d = item.draft;
              const name = d.indicator
                ? (names.get(d.indicator) ?? d.indicator)
                : t('review.newIndicator', { name: d.proposed?.nameVi ?? '' });
              const unit = d.unit || catalog.find((c) => c.code === d.indicator)?.unit || '';
              const low = p ? p.confidence < 0.6 : false;
              const lineText =
                d.lineEnd && d.lineEnd > (d.line ?? 0)
                  ? `${d.line}–${d.lineEnd}`
                  : String(d.line ?? '–');
              const labelId = `proposal-${item.key}`;
              return (
                <li
                  key={item.key}
                  className={`proposal proposal-${item.decision}${item.key === active ? ' proposal-active' : ''}${invalid.includes(item.key) ? ' proposal-invalid' : ''}`}
                  aria-labelledby={labelId}
                  onFocus={() => setActive(item.key)}
                  onMouseEnter={() => setActive(item.key)}
                >
                  {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusing a proposal shows its lines in the text. */}
                  <div className="proposal-head" tabIndex={0} id={labelId}>
                    <strong>{name}</strong> · {d.year || '–'} · {figure(d, unit)}
                    <br />
                    <small>
                      {[
                        topSection(d.section),
                        d.row ? t('source.row', { row: d.row }) : null,
                        t('admin.targets.lines', { lines: lineText }),
                      ]
                        .filter(Boolean)
                        .join(', ')}
                      {p
                        ? ` · ${t('review.confidence', { value: Math.round(p.confidence * 100) })}`
                        : ''}
                    </small>
                    <blockquote className="printed">{d.sourceText}</blockquote>
                    {low && <span className="badge badge-low">{t('review.lowConfidence')}</span>}
                    {p && !acceptable(item) && <span className="badge">{t('review.result')}</span>}
                    {item.edited && <span className="badge">{t('review.edited')}</span>}
                    {item.saved ? (
                      <span className="badge badge-saved">{t('review.saved')}</span>
                    ) : (
                      <span className="visually-hidden">
                        {t(`review.decision.${item.decision}`)}
                      </span>
                    )}
                    {invalid.includes(item.key) && (
                      <span className="field-error"> {t('review.invalid')}</span>
                    )}
                  </div>
                  {!item.saved && (
                    <fieldset className="proposal-actions">
                      <legend className="visually-hidden">{t('review.actions', { name })}</legend>
                      <button
                        type="button"
                        aria-pressed={item.decision === 'accepted'}
                        disabled={!acceptable(item)}
                        onClick={() =>
                          decide(item.key, item.decision === 'accepted' ? 'pending' : 'accepted')
                        }
                      >
                        {t('review.accept')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-expanded={editing === item.key}
                        onClick={() => setEditing(editing === item.key ? null : item.key)}
                      >
                        {t('review.edit')}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-pressed={item.decision === 'rejected'}
                        onClick={() =>
                          decide(item.key, item.decision === 'rejected' ? 'pending' : 'rejected')
                        }
                      >
                        {t('review.reject')}
                      </button>
                    </fieldset>
                  )}
                  {editing === item.key && (
                    <TargetForm
                      initial={item.draft}
                      ward={ward}
                      document={document}
                      lines={lines}
                      catalog={catalog}
                      pillars={pillars}
                      selection={null}
                      submitLabel={t('review.acceptEdited')}
                      onCancel={() => setEditing(null)}
                      onSubmit={(_input, draft) => {
                        update(item.key, { draft, decision: 'accepted', edited: true });
                        setInvalid((v) => v.filter((k) => k !== item.key));
                        setEditing(null);
                      }}
                    />
                  )}
                </li>
              );
            })}
          </ol>
        )}
        <div className="review-save">
          <button
            type="button"
            onClick={() => void save()}
            disabled={saving.loading || accepted.length === 0}
          >
            {saving.loading ? t('admin.saving') : t('review.save', { count: accepted.length })}
          </button>
          <FormStatus
            error={
              failure
                ? failure
                : saving.error
                  ? mutationMessage(saving.error, t)
                  : invalid.length > 0
                    ? t('review.fixInvalid', { count: invalid.length })
                    : null
            }
            success={
              savedCount !== null
                ? t('review.savedCount', { count: savedCount, ward: wardName })
                : null
            }
          />
          {savedCount !== null && (
            <p>
              <Link to="/wards/$slug" params={{ slug: ward }}>
                {t('review.seeWard', { ward: wardName })}
              </Link>
            </p>
          )}
        </div>
      </div>
      <div className="review-text">
        <DocumentText
          lines={lines}
          label={t('review.documentText')}
          highlight={highlight}
          scrollTo={activeItem?.draft.line ?? null}
          onSelect={(c) => {
            setActive(null);
            setSelection(c);
          }}
        />
      </div>
    </div>
  );
}

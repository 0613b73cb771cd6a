import { useApolloClient, useQuery } from '@apollo/client/react';
import { ScrollRegion } from '@lotrinh/ui';
import { getRouteApi } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../../api/graphql.ts';
import { wardLabel } from '../../api/wards.ts';
import { RequireRole } from '../../auth/require-role.tsx';
import type { AuditSearch } from '../../search.ts';
import { Loading, QueryError, useDocumentTitle } from '../../shell/query-state.tsx';
import {
  type AuditFormat,
  actionLabel,
  changesOf,
  dayRange,
  fieldLabel,
  instantFormat,
  valueText,
} from './audit-model.ts';
import { AUDIT_FILTERS_QUERY, AUDIT_QUERY } from './queries.ts';

const route = getRouteApi('/admin/audit');
const PAGE = 50;

type Event = ResultOf<typeof AUDIT_QUERY>['auditLog'][number];
type Choices = ResultOf<typeof AUDIT_FILTERS_QUERY>;

/** `/admin/audit?ward=&user=&from=&to=`: who changed what, when, old → new; filters in the URL. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('audit.title'));
  return (
    <RequireRole roles={['CITY_ADMIN']}>
      <Audit />
    </RequireRole>
  );
}

function Audit() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const choices = useQuery(AUDIT_FILTERS_QUERY);
  return (
    <section className="page admin-audit" aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('audit.title')}</h1>
      <p>{t('audit.intro')}</p>
      {choices.error ? (
        <QueryError error={choices.error} onRetry={() => void choices.refetch()} />
      ) : choices.data ? (
        <>
          <Filters search={search} choices={choices.data} />
          {/* A new set of filters starts again from the newest page. */}
          <Events key={JSON.stringify(search)} search={search} choices={choices.data} />
        </>
      ) : (
        <Loading />
      )}
    </section>
  );
}

function Filters({ search, choices }: { search: AuditSearch; choices: Choices }) {
  const { t } = useTranslation();
  const navigate = route.useNavigate();
  const ids = { ward: useId(), user: useId(), from: useId(), to: useId() };
  const set = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const value = (v: string) => (v === '' ? undefined : v);
  return (
    <form
      className="audit-filters"
      aria-label={t('audit.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor={ids.ward}>{t('audit.ward')}</label>
        <select
          id={ids.ward}
          value={search.ward ?? ''}
          onChange={(e) => set({ ward: value(e.target.value) })}
        >
          <option value="">{t('audit.allWards')}</option>
          {choices.wards.map((w) => (
            <option key={w.slug} value={w.slug}>
              {wardLabel(w, t)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.user}>{t('audit.user')}</label>
        <select
          id={ids.user}
          value={search.user ?? ''}
          onChange={(e) => set({ user: value(e.target.value) })}
        >
          <option value="">{t('audit.allUsers')}</option>
          {choices.users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={ids.from}>{t('audit.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={search.from ?? ''}
          onChange={(e) => set({ from: value(e.target.value) })}
        />
      </div>
      <div>
        <label htmlFor={ids.to}>{t('audit.to')}</label>
        <input
          id={ids.to}
          type="date"
          value={search.to ?? ''}
          onChange={(e) => set({ to: value(e.target.value) })}
        />
      </div>
      <div>
        <button
          type="button"
          onClick={() => set({ ward: undefined, user: undefined, from: undefined, to: undefined })}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}

function Events({ search, choices }: { search: AuditSearch; choices: Choices }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const filter = {
    ...(search.ward ? { ward: search.ward } : {}),
    ...(search.user ? { actorId: search.user } : {}),
    ...dayRange(search.from, search.to),
    limit: PAGE + 1,
  };
  const { data, error, refetch } = useQuery(AUDIT_QUERY, { variables: { filter } });
  const [older, setOlder] = useState<Event[]>([]);
  const [olderHasMore, setOlderHasMore] = useState<boolean | null>(null);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const first = data.auditLog.slice(0, PAGE);
  const events = [...first, ...older];
  const hasMore = olderHasMore ?? data.auditLog.length > PAGE;
  if (events.length === 0) return <p className="empty">{t('audit.empty')}</p>;

  const loadMore = async () => {
    const last = events[events.length - 1];
    if (!last) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const more = await client.query({
        query: AUDIT_QUERY,
        variables: { filter: { ...filter, beforeId: last.id } },
      });
      const rows = more.data?.auditLog ?? [];
      setOlder([...older, ...rows.slice(0, PAGE)]);
      setOlderHasMore(rows.length > PAGE);
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  const format: AuditFormat = { t, lang: i18n.language === 'en' ? 'en' : 'vi' };
  const time = instantFormat(format.lang);
  const wardName = (slug: string | null) => {
    if (!slug) return t('audit.cityWide');
    const w = choices.wards.find((x) => x.slug === slug);
    return w ? wardLabel(w, t) : slug;
  };
  return (
    <>
      <p role="status" className="audit-count">
        {t('audit.count', { count: events.length })}
      </p>
      <h2 id="audit-events-heading" className="visually-hidden">
        {t('audit.events')}
      </h2>
      <ScrollRegion labelledBy="audit-events-heading" className="table-scroll">
        <table className="table audit-table" aria-labelledby="audit-events-heading">
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.entity')}</th>
              <th scope="col">{t('audit.ward')}</th>
              <th scope="col">{t('audit.change')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={String(e.at)}>{time.format(new Date(String(e.at)))}</time>
                </td>
                <td>{e.actor}</td>
                <td>{actionLabel(t, e.action)}</td>
                <td>
                  {t(`audit.entities.${e.entityType}`, { defaultValue: e.entityType })}{' '}
                  <span className="entity-id">{e.entityId}</span>
                </td>
                <td>{wardName(e.ward)}</td>
                <td>
                  <ul className="audit-changes">
                    {changesOf(e.before, e.after)
                      // A creation's own id and author are already in the entity and actor columns.
                      .filter((c) => !(c.field === 'id' && c.after === e.entityId))
                      .filter((c) => !(c.field === 'createdById' && c.before === null))
                      .map((c) => (
                        <li key={c.field}>
                          {c.field && (
                            <span className="change-field">{fieldLabel(format, c.field)}: </span>
                          )}
                          <span className="change-old">{valueText(format, c.field, c.before)}</span>{' '}
                          →{' '}
                          <span className="change-new">{valueText(format, c.field, c.after)}</span>
                        </li>
                      ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {moreError ? <QueryError error={moreError} onRetry={() => void loadMore()} /> : null}
      {hasMore && (
        <p>
          <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
            {loadingMore ? t('state.loading') : t('audit.more')}
          </button>
        </p>
      )}
    </>
  );
}

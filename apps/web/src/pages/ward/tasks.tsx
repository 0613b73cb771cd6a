import { useQuery } from '@apollo/client/react';
import { type Column, DataTable, formatMonth, type Lang, SourceList } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_FILTERS, type TaskFilter } from '../../search.ts';
import { Loading, QueryError } from '../../shell/query-state.tsx';
import { TASKS_QUERY } from './queries.ts';
import { TaskProgress } from './task-progress.tsx';

/** The anchor of a task's row, so a gap row can point at the tasks that move its indicator. */
export const taskAnchor = (code: string) => `task-${code.replace(/[^A-Za-z0-9-]/g, '-')}`;

export interface TaskFilters {
  lead?: string;
  due?: string;
  task?: TaskFilter;
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
  all,
}: {
  label: string;
  value: string | undefined;
  options: readonly (readonly [string, string])[];
  onChange: (v: string | undefined) => void;
  all: string;
}) {
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The tasks the plan assigns: who leads, who helps, what they deliver, by when (as printed). */
export function Tasks({
  slug,
  filters,
  onFilter,
  documentName,
}: {
  slug: string;
  lang: Lang;
  /** The plan the tasks are assigned in, by name. */
  documentName: string;
  filters: TaskFilters;
  onFilter: (f: TaskFilters) => void;
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(TASKS_QUERY, { variables: { ward: slug } });
  const [open, setOpen] = useState<string | null>(null);
  // The deadline keeps its printed precision (the API's label); only a month deadline can be
  // filtered by month, keyed as printed ("12/2026").
  const tasks = useMemo(
    () =>
      (data?.tasks ?? []).map((task) => ({
        ...task,
        month:
          task.due?.precision === 'MONTH' && task.due.month != null && task.due.year != null
            ? formatMonth(task.due.month, task.due.year)
            : null,
      })),
    [data],
  );
  type Row = (typeof tasks)[number];
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;

  const leads = [...new Set(tasks.map((x) => x.leadUnit))].sort((a, b) => a.localeCompare(b, 'vi'));
  const months = [
    ...new Set(tasks.map((x) => x.month).filter((m): m is string => m !== null)),
  ].sort((a, b) => a.slice(3).localeCompare(b.slice(3)) || a.localeCompare(b));
  const shown = tasks.filter(
    (x) =>
      (!filters.lead || x.leadUnit === filters.lead) &&
      (!filters.due || x.month === filters.due) &&
      (!filters.task || (filters.task === 'OVERDUE' ? x.overdue : x.status === filters.task)),
  );
  const columns: Column<Row>[] = [
    {
      id: 'code',
      header: t('tasks.code'),
      cell: (r) => <span id={taskAnchor(r.code)}>{r.code}</span>,
    },
    {
      id: 'description',
      header: t('tasks.description'),
      rowHeader: true,
      cell: (r) => r.description,
    },
    { id: 'lead', header: t('tasks.lead'), cell: (r) => r.leadUnit },
    { id: 'partners', header: t('tasks.partners'), cell: (r) => r.partnerUnits ?? '–' },
    { id: 'output', header: t('tasks.output'), cell: (r) => r.output ?? '–' },
    {
      id: 'due',
      header: t('tasks.due'),
      cell: (r) => (
        <>
          <span className="due">{r.due?.label ?? '–'}</span>
          {r.overdue ? (
            <strong className="overdue">
              {' '}
              <span aria-hidden="true">⚠</span> {t('tasks.overdue')}
            </strong>
          ) : null}
        </>
      ),
    },
    {
      id: 'indicators',
      header: t('tasks.indicators'),
      cell: (r) =>
        r.indicators.length === 0 ? (
          <span className="muted" title={r.indicatorReason ?? undefined}>
            {t('tasks.noIndicator')}
          </span>
        ) : (
          <ul className="task-indicators">
            {r.indicators.map((i) => (
              <li key={i.code}>
                <Link to="/indicators/$code" params={{ code: i.code }} search={{}}>
                  {i.name}
                </Link>
              </li>
            ))}
          </ul>
        ),
    },
    {
      id: 'status',
      header: t('tasks.status'),
      cell: (r) => (
        <>
          <span className={`task-status task-status-${r.status}`}>
            {t(`taskStatus.${r.status}`)}
          </span>{' '}
          <button
            type="button"
            className="link expand"
            aria-expanded={open === r.id}
            onClick={() => setOpen(open === r.id ? null : r.id)}
          >
            {t('tasks.progressToggle', { code: r.code, count: r.history.length })}
          </button>
        </>
      ),
    },
  ];
  return (
    <section aria-labelledby="tasks-heading" className="card">
      <h2 id="tasks-heading">{t('tasks.heading')}</h2>
      {tasks.length === 0 ? (
        <p>{t('tasks.empty')}</p>
      ) : (
        <>
          <div className="controls">
            <FilterSelect
              label={t('tasks.filterLead')}
              value={filters.lead}
              options={leads.map((l) => [l, l] as const)}
              onChange={(lead) => onFilter({ ...filters, lead })}
              all={t('filters.all')}
            />
            <FilterSelect
              label={t('tasks.filterDue')}
              value={filters.due}
              options={months.map((m) => [m, m] as const)}
              onChange={(due) => onFilter({ ...filters, due })}
              all={t('filters.all')}
            />
            <FilterSelect
              label={t('tasks.filterStatus')}
              value={filters.task}
              options={TASK_FILTERS.map(
                (s) => [s, s === 'OVERDUE' ? t('tasks.overdue') : t(`taskStatus.${s}`)] as const,
              )}
              onChange={(task) => onFilter({ ...filters, task: task as TaskFilter | undefined })}
              all={t('filters.all')}
            />
          </div>
          <DataTable
            caption={t('tasks.caption', { shown: shown.length, total: tasks.length })}
            className="tasks"
            columns={columns}
            rows={shown}
            rowKey={(r) => r.id}
            empty={t('tasks.noneMatch')}
            rowClassName={(r) => (r.overdue ? 'overdue-row' : undefined)}
            scrollBox={t('tasks.scrollBox')}
            expanded={(r) => (open === r.id ? <TaskProgress task={r} slug={slug} /> : null)}
            footer={
              <SourceList
                heading={t('source.heading')}
                sources={[...new Set(shown.map((r) => r.source.section))].map((section) => ({
                  document: documentName,
                  where: section,
                  text: t('tasks.sourceRows', {
                    lines: shown
                      .filter((r) => r.source.section === section)
                      .map((r) => r.source.line)
                      .join(', '),
                  }),
                }))}
              />
            }
          />
        </>
      )}
    </section>
  );
}

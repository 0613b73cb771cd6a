import {
  type Column,
  DataTable,
  formatDelta,
  formatNumber,
  formatValue,
  type Lang,
  SourceList,
  SourceRef,
  type SourceView,
  StatusBadge,
  URGENCIES,
  type Urgency,
  urgencyOf,
} from '@lotrinh/ui';
import type { ResultOf } from 'gql.tada';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../../api/documents.ts';
import { recordedSourceOf, sourceOf } from '../../api/sources.ts';
import { statusOf } from '../../api/status.ts';
import { formatTarget } from '../../api/targets.ts';
import type { SCORECARD_QUERY } from './queries.ts';
import { taskAnchor } from './tasks.tsx';
import { Trajectory } from './trajectory.tsx';
import { gapAhead, paceNeeded } from './ward-model.ts';

type Entry = ResultOf<typeof SCORECARD_QUERY>['scorecard']['entries'][number];

/** A task as a gap row lists it: enough to name it and say whether it is late. */
export interface LinkedTask {
  code: string;
  description: string;
  status: string;
  overdue: boolean;
}

/**
 * The ward's targets for the year, grouped by urgency (at risk, needs acceleration, on track or
 * achieved, cannot be assessed yet and why). Each row opens in place to its trajectory chart.
 */
export function GapTables({
  slug,
  year,
  lang,
  entries,
  open,
  onToggle,
  tasksByIndicator,
}: {
  /** The ward's tasks that move each indicator (reviewed links), by indicator code. */
  tasksByIndicator: ReadonlyMap<string, readonly LinkedTask[]>;
  slug: string;
  year: number;
  lang: Lang;
  entries: readonly Entry[];
  open: string | null;
  onToggle: (code: string) => void;
}) {
  const { t } = useTranslation();
  const documents = useDocuments();
  if (entries.length === 0) return <p>{t('ward.empty')}</p>;

  const rows = entries.map((e) => {
    const status = statusOf(e, year);
    const unit = e.indicator.unit;
    const milestones = e.targets.map((x) => ({ year: x.year, value: x.value ?? null }));
    // The pace starts from the latest known figure: this year's result, else an earlier one.
    const known = e.result ?? e.earlierResult;
    const latest = known && known.value != null ? { year: known.year, value: known.value } : null;
    const targetSource =
      e.expected?.targets.at(-1)?.provenance ?? e.targets.find((x) => x.year === year)?.provenance;
    const sources: { source: SourceView; of: 'target' | 'result' }[] = [];
    if (targetSource) sources.push({ source: sourceOf(targetSource, documents, t), of: 'target' });
    // A result printed in a report cites its line; one entered or imported cites its evidence.
    if (e.result)
      sources.push({
        source: e.result.provenance
          ? sourceOf(e.result.provenance, documents, t)
          : recordedSourceOf(e.result, t),
        of: 'result',
      });
    return {
      e,
      status,
      urgency: urgencyOf(status),
      unit,
      pace: paceNeeded(milestones, latest, year),
      gap: gapAhead(e.result?.value, e.expected?.value, e.indicator.direction),
      sources,
    };
  });
  type Row = (typeof rows)[number];

  const resultText = (
    o: { value: number | null; met: boolean | null; display: string | null },
    unit: string,
  ) =>
    o.display ??
    (o.value != null ? formatValue(o.value, unit, lang) : t(o.met ? 'ward.met' : 'ward.notMet'));
  const gapText = (r: Row) => {
    if (r.status === 'no-target') return '–';
    if (r.gap === 0) return t('gap.exact');
    if (r.gap !== null)
      return r.gap >= 0
        ? t('gap.ahead', { delta: formatDelta(r.gap, r.unit, lang) })
        : t('gap.behind', { delta: formatDelta(r.gap, r.unit, lang) });
    if (r.e.qualitative)
      return r.e.result ? t(r.e.result.met ? 'gap.met' : 'gap.notMet') : t('gap.noResult');
    return r.e.expected ? t('gap.noResult') : '–';
  };
  const paceText = (r: Row) => {
    if (!r.pace) return '–';
    const perYear = formatDelta(r.pace.perYear, r.unit, lang);
    return t(r.pace.basis === 'result' ? 'gap.paceFromResult' : 'gap.paceFromPlan', {
      perYear,
      to: formatValue(r.pace.toValue, r.unit, lang),
      toYear: r.pace.toYear,
      from: formatValue(r.pace.fromValue, r.unit, lang),
      fromYear: r.pace.fromYear,
    });
  };

  const columns: Column<Row>[] = [
    {
      id: 'indicator',
      header: t('ward.col.indicator'),
      rowHeader: true,
      cell: (r) => (
        <button
          type="button"
          className="link expand"
          aria-expanded={open === r.e.indicator.code}
          onClick={() => onToggle(r.e.indicator.code)}
        >
          <span aria-hidden="true">{open === r.e.indicator.code ? '▾ ' : '▸ '}</span>
          {r.e.indicator.name}
        </button>
      ),
    },
    {
      id: 'target',
      header: t('ward.col.target', { year }),
      cell: (r) =>
        r.e.qualitative && !r.e.expected
          ? t('ward.qualitative')
          : r.e.expected
            ? formatTarget(r.e.expected, r.unit, lang, t)
            : t('ward.noTargetYear', {
                years: [...new Set(r.e.targets.map((x) => x.year))].join(', '),
              }),
    },
    {
      id: 'result',
      header: t('ward.col.result'),
      // Only this year's result is judged; an earlier one is shown as context, never as current.
      cell: (r) =>
        r.e.result
          ? resultText(r.e.result, r.unit)
          : r.e.earlierResult
            ? t('ward.latestContext', {
                value: resultText(r.e.earlierResult, r.unit),
                year: r.e.earlierResult.year,
              })
            : '–',
    },
    { id: 'gap', header: t('ward.col.gap'), cell: gapText },
    {
      id: 'behind',
      header: t('ward.col.behind'),
      cell: (r) =>
        r.e.yearsOffTrajectory != null && r.e.yearsOffTrajectory > 0
          ? t('gap.yearsBehind', { years: formatNumber(r.e.yearsOffTrajectory, lang, 1) })
          : '–',
    },
    { id: 'pace', header: t('ward.col.pace'), cell: paceText },
    {
      id: 'status',
      header: t('ward.col.status'),
      cell: (r) => (
        <>
          <StatusBadge status={r.status} label={t(`status.${r.status}`)} />
          {r.urgency === 'unassessable' ? (
            <small className="reason">{t(`reason.${r.status}`, { year })}</small>
          ) : null}
        </>
      ),
    },
    {
      id: 'tasks',
      header: t('ward.col.tasks'),
      cell: (r) => {
        const tasks = tasksByIndicator.get(r.e.indicator.code) ?? [];
        if (tasks.length === 0) return <span className="muted">{t('ward.noTasks')}</span>;
        return (
          <ul className="gap-tasks">
            {tasks.map((task) => (
              <li key={task.code}>
                <a href={`#${taskAnchor(task.code)}`} title={task.description}>
                  {t('ward.taskLink', { code: task.code })}
                </a>{' '}
                <small>{t(`taskStatus.${task.status}`)}</small>
                {task.overdue ? (
                  <strong className="overdue">
                    {' '}
                    <span aria-hidden="true">⚠</span> {t('tasks.overdue')}
                  </strong>
                ) : null}
              </li>
            ))}
          </ul>
        );
      },
    },
    {
      id: 'source',
      header: t('ward.col.source'),
      cell: (r) =>
        r.sources.map(({ source, of }) => (
          <SourceRef
            key={`${of}${source.document}${source.where}`}
            source={source}
            label={t(`source.${of}`)}
          />
        )),
    },
  ];

  const groups = URGENCIES.map((u) => [u, rows.filter((r) => r.urgency === u)] as const).filter(
    ([, list]) => list.length > 0,
  );
  return (
    <section aria-labelledby="gap-heading">
      <h2 id="gap-heading">{t('gap.heading', { year })}</h2>
      {groups.map(([urgency, list]: readonly [Urgency, Row[]]) => (
        <section
          key={urgency}
          className={`gap-group gap-${urgency}`}
          aria-labelledby={`gap-${urgency}`}
        >
          <DataTable
            caption={
              <span id={`gap-${urgency}`}>
                {t(`urgency.${urgency}`)} ({list.length})
              </span>
            }
            className="gap-table"
            columns={columns}
            rows={list}
            rowKey={(r) => r.e.indicator.code}
            empty="–"
            rowClassName={(r) => (open === r.e.indicator.code ? 'selected' : undefined)}
            scrollBox={t('ward.scrollBox', { group: t(`urgency.${urgency}`) })}
            expanded={(r) =>
              open === r.e.indicator.code ? (
                <Trajectory ward={slug} indicator={r.e.indicator.code} year={year} />
              ) : null
            }
            footer={
              <SourceList
                heading={t('source.heading')}
                sources={list.flatMap((r) => r.sources.map((s) => s.source))}
              />
            }
          />
        </section>
      ))}
    </section>
  );
}

import { type Column, DataTable } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { wardLabel } from '../../api/wards.ts';

export interface OverdueTask {
  id: string;
  code: string;
  description: string;
  leadUnit: string;
  status: string;
  overdue: boolean;
  due: { label: string } | null;
  ward: { slug: string; name: string; kind: string };
}

/** The tasks past their printed deadline and not done, every ward, each linking to its ward. */
export function OverdueTasks({ tasks }: { tasks: readonly OverdueTask[] }) {
  const { t } = useTranslation();
  const overdue = tasks.filter((x) => x.overdue);
  const columns: Column<OverdueTask>[] = [
    {
      id: 'ward',
      header: t('overview.overdue.ward'),
      cell: (r) => (
        <Link
          to="/wards/$slug"
          params={{ slug: r.ward.slug }}
          search={{ task: 'OVERDUE' }}
          aria-label={t('overview.overdue.wardLink', { ward: wardLabel(r.ward, t) })}
        >
          {wardLabel(r.ward, t)}
        </Link>
      ),
    },
    {
      id: 'task',
      header: t('overview.overdue.task'),
      rowHeader: true,
      cell: (r) => (
        <>
          <strong>{r.code}</strong> {r.description}
        </>
      ),
    },
    { id: 'lead', header: t('overview.overdue.lead'), cell: (r) => r.leadUnit },
    {
      id: 'due',
      header: t('overview.overdue.due'),
      cell: (r) => (
        <>
          {r.due?.label ?? '–'}{' '}
          <strong className="overdue">
            <span aria-hidden="true">⚠</span> {t('tasks.overdue')}
          </strong>
        </>
      ),
    },
    {
      id: 'status',
      header: t('overview.overdue.status'),
      cell: (r) => t(`taskStatus.${r.status}`),
    },
  ];
  return (
    <section aria-labelledby="overdue-heading" className="card overdue-tasks">
      <h2 id="overdue-heading">{t('overview.overdue.heading')}</h2>
      <p className="lede">{t('overview.overdue.lede')}</p>
      <DataTable
        caption={t('overview.overdue.caption', { count: overdue.length })}
        columns={columns}
        rows={overdue}
        rowKey={(r) => r.id}
        empty={t('overview.overdue.none')}
        scrollBox={t('overview.overdue.heading')}
      />
    </section>
  );
}

import { formatNumber, type Lang } from '@lotrinh/ui';
import { useTranslation } from 'react-i18next';
import type { Headline } from './overview-model.ts';

/** Five figures for the year, each with its words. */
export function HeadlineStrip({
  year,
  headline,
  lang,
}: {
  year: number;
  headline: Headline;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const n = (v: number) => formatNumber(v, lang, 0);
  const items = [
    ['wardsWithPlan', `${n(headline.wardsWithPlan)}/${n(headline.wardCount)}`],
    ['targetsSet', n(headline.targetsSet)],
    ['wardsReporting', `${n(headline.wardsReporting)}/${n(headline.wardCount)}`],
    ['targetsDue', n(headline.targetsDue)],
    ['tasksOverdue', n(headline.tasksOverdue)],
  ] as const;
  return (
    <section aria-labelledby="headline-heading" className="headline">
      <h2 id="headline-heading" className="visually-hidden">
        {t('overview.headline.heading', { year })}
      </h2>
      <dl className="headline-strip">
        {items.map(([key, value]) => (
          <div key={key} className={`headline-item headline-${key}`}>
            <dt>{t(`overview.headline.${key}`, { year })}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

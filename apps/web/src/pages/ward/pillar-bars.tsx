import { useQuery } from '@apollo/client/react';
import {
  averageOf,
  ChartCard,
  formatNumber,
  type Lang,
  pillarBarsOption,
  pillarRadarOption,
  RADAR_MIN_PILLARS,
} from '@lotrinh/ui';
import { useTranslation } from 'react-i18next';
import { useChartLabels } from '../../shell/chart-labels.ts';
import { CITY_PILLARS_QUERY } from './queries.ts';

/**
 * The ward's pillar scores against the average of the wards that have one: bars first, a radar
 * as the secondary view (with three pillars or more), the same table beside both.
 */
export function PillarBars({
  wardName,
  year,
  lang,
  pillars,
  view,
  onViewChange,
}: {
  view: 'bars' | 'radar';
  onViewChange: (view: 'bars' | 'radar') => void;
  wardName: string;
  slug: string;
  year: number;
  lang: Lang;
  pillars: readonly {
    pillar: { code: string; name: string };
    score: number | null;
    indicatorsAssessable: number;
    indicatorsScored: number;
  }[];
}) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const city = useQuery(CITY_PILLARS_QUERY, { variables: { year } });
  const cityComposites = city.data?.compareWards.composites ?? [];
  const bars = pillars
    .filter((p) => p.indicatorsAssessable > 0)
    .map((p) => ({
      pillar: p.pillar.name,
      score: p.score,
      cityAverage: averageOf(
        cityComposites.map(
          (c) => c.pillars.find((x) => x.pillar.code === p.pillar.code)?.score ?? null,
        ),
      ),
      assessable: p.indicatorsAssessable,
      scored: p.indicatorsScored,
    }));
  const radarPossible = bars.length >= RADAR_MIN_PILLARS;
  const radar = view === 'radar' && radarPossible;
  const fmt = (v: number | null) => (v === null ? t('pillars.noScore') : formatNumber(v, lang, 1));
  return (
    <section aria-labelledby="pillars-heading" className="card">
      <h2 id="pillars-heading">{t('pillars.heading', { year })}</h2>
      {bars.every((b) => b.score === null) ? (
        <p>{t('pillars.none', { year })}</p>
      ) : (
        <>
          <fieldset className="view-switch pillar-view">
            <legend className="visually-hidden">{t('pillars.viewLegend')}</legend>
            {(['bars', 'radar'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={(radar ? 'radar' : 'bars') === v}
                disabled={v === 'radar' && !radarPossible}
                onClick={() => onViewChange(v)}
              >
                {t(`pillars.view.${v}`)}
              </button>
            ))}
            {!radarPossible ? (
              <small className="hint">
                {' '}
                {t('pillars.radarNeeds', { count: RADAR_MIN_PILLARS })}
              </small>
            ) : null}
          </fieldset>
          <ChartCard
            title={t('pillars.chartTitle', { ward: wardName, year })}
            description={t(radar ? 'pillars.radarDescription' : 'pillars.description', {
              ward: wardName,
              year,
              list: bars.map((b) => `${b.pillar}: ${fmt(b.score)}`).join('; '),
            })}
            option={(radar ? pillarRadarOption : pillarBarsOption)(
              bars,
              { ward: wardName, city: t('pillars.city') },
              lang,
              t(radar ? 'pillars.radarDescription' : 'pillars.description', {
                ward: wardName,
                year,
                list: '',
              }),
            )}
            height={radar ? 380 : Math.max(160, bars.length * 56 + 56)}
            labels={labels}
            table={
              <table className="table compact">
                <caption>{t('pillars.tableCaption', { ward: wardName, year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pillars.pillar')}</th>
                    <th scope="col">{wardName}</th>
                    <th scope="col">{t('pillars.city')}</th>
                    <th scope="col">{t('pillars.scored')}</th>
                  </tr>
                </thead>
                <tbody>
                  {bars.map((b) => (
                    <tr key={b.pillar}>
                      <th scope="row">{b.pillar}</th>
                      <td>{fmt(b.score)}</td>
                      <td>{fmt(b.cityAverage)}</td>
                      <td>
                        {b.scored}/{b.assessable}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </>
      )}
    </section>
  );
}

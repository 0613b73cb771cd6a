import { formatNumber, type Lang } from '@lotrinh/ui';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RankingModel, UnrankedReason } from './overview-model.ts';

function Change({ value, lang }: { value: number | null; lang: Lang }) {
  const { t } = useTranslation();
  if (value === null) return <span>{t('ranking.new')}</span>;
  if (value === 0) return <span>{t('ranking.same')}</span>;
  const text = `${value > 0 ? '▲ +' : '▼ −'}${formatNumber(Math.abs(value), lang, 1)}`;
  return <span className={value > 0 ? 'up' : 'down'}>{text}</span>;
}

/**
 * The ranking in the form officials know from the DTI rankings (score with a decimal comma,
 * "2/5", change since last year), withheld when fewer than two wards can be scored, and with
 * every unranked ward's reason.
 */
export function RankingTable({
  year,
  model,
  pillarName,
  lang,
}: {
  year: number;
  model: RankingModel;
  pillarName: string | null;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const reasonText = (r: UnrankedReason) =>
    r.kind === 'api'
      ? r.text
      : r.kind === 'noTargets'
        ? t('ranking.reason.noTargets', { year })
        : r.kind === 'alone'
          ? t('ranking.reason.alone', { coverage: formatNumber(r.coverage * 100, lang, 0) })
          : t('ranking.reason.coverage', {
              coverage: formatNumber(r.coverage * 100, lang, 0),
              year,
            });
  const of = model.ranked.length;
  return (
    <section aria-labelledby="ranking-heading" className="card">
      <h2 id="ranking-heading">
        {pillarName
          ? t('ranking.headingPillar', { pillar: pillarName, year })
          : t('ranking.heading', { year })}
      </h2>
      {model.withheld ? (
        <p className="withheld" role="note">
          {/* The API's reason says it all ("Không xếp hạng: 1/5 …"); ours only when it gives none. */}
          {model.reason ?? (
            <>
              <strong>{t('ranking.withheld')}</strong>{' '}
              {t('ranking.withheldReason', {
                scored: model.scoredCount,
                total: model.wardCount,
                year,
              })}
            </>
          )}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="table ranking">
            <caption className="visually-hidden">{t('ranking.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ranking.rank')}</th>
                <th scope="col">{t('ranking.ward')}</th>
                <th scope="col">{t('ranking.score')}</th>
                <th scope="col">{t('ranking.change')}</th>
                <th scope="col">{t('ranking.note')}</th>
              </tr>
            </thead>
            <tbody>
              {model.ranked.map((r) => (
                <tr key={r.slug}>
                  <td>
                    {r.rank}/{of}
                  </td>
                  <th scope="row">
                    <Link to="/wards/$slug" params={{ slug: r.slug }} search={{ year }}>
                      {r.name}
                    </Link>
                  </th>
                  <td>{formatNumber(r.score, lang, 1)}</td>
                  <td>
                    <Change value={r.scoreChange} lang={lang} />
                  </td>
                  <td>{r.closeToNext ? t('ranking.close') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {model.unranked.length > 0 ? (
        <>
          <h3>{t('ranking.unrankedHeading')}</h3>
          <ul className="unranked">
            {model.unranked.map((u) => (
              <li key={u.slug}>
                <Link to="/wards/$slug" params={{ slug: u.slug }} search={{ year }}>
                  {u.name}
                </Link>
                : {t('ranking.unranked')} — {reasonText(u.reason)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="hint">{t('ranking.method')}</p>
    </section>
  );
}

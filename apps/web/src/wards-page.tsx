import { useQuery } from '@apollo/client/react';
import { WardList, type WardView } from '@lotrinh/ui';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from './error-notice.tsx';
import { graphql } from './graphql.ts';

export const WARDS_QUERY = graphql(`
  query Wards {
    wards {
      slug
      name
      kind
      targetCount
      taskCount
      documents {
        id
        title
        kind
        dateAsPrinted
        file
      }
    }
  }
`);

export function WardsPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WARDS_QUERY, {
    notifyOnNetworkStatusChange: true,
  });

  return (
    <section aria-labelledby="wards-heading">
      <h1 id="wards-heading">{t('wards.heading')}</h1>
      {loading && !data ? (
        <p role="status" aria-live="polite">
          {t('wards.loading')}
        </p>
      ) : error ? (
        <ErrorNotice message={error.message} onRetry={() => void refetch()} />
      ) : (
        <WardList
          wards={(data?.wards ?? []) satisfies readonly WardView[]}
          labels={{
            targets: (count) => t('wards.targets', { count }),
            tasks: (count) => t('wards.tasks', { count }),
            plan: t('wards.plan'),
            report: t('wards.report'),
            source: t('wards.source'),
            empty: t('wards.empty'),
          }}
          hrefFor={(slug) => `#/wards/${slug}`}
        />
      )}
    </section>
  );
}

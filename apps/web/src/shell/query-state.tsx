import { ErrorNotice } from '@lotrinh/ui';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { failureOf, isRetryable } from '../api/errors.ts';

/** A region still loading, announced politely. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite" className="loading">
      {label ?? t('state.loading')}
    </p>
  );
}

/** A failed load in the reader's language; "try again" only when trying again can help. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const kind = failureOf(error);
  const detail = error instanceof Error ? error.message : undefined;
  return (
    <ErrorNotice
      title={t(`state.error.${kind}`)}
      detail={kind === 'badInput' || kind === 'server' ? detail : undefined}
      retryLabel={t('state.retry')}
      onRetry={isRetryable(kind) ? onRetry : undefined}
    />
  );
}

/** The page's title in the browser tab and history. */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.title')}` : t('app.title');
  }, [title, t]);
}

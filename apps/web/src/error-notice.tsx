import { useTranslation } from 'react-i18next';

/** A failed load, with its reason and a way to try again. */
export function ErrorNotice({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert">
      <p>{t('wards.error', { message })}</p>
      <button type="button" onClick={onRetry}>
        {t('wards.retry')}
      </button>
    </div>
  );
}

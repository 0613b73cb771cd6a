import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canEditWard, useViewer } from '../../auth/use-viewer.ts';

/** On the ward page, for those who may change the ward: enter results, or import a file. */
export function EntryLinks({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  if (!canEditWard(viewer, slug)) return null;
  return (
    <>
      <Link to="/wards/$slug/enter" params={{ slug }} search={{ year }} className="button-link">
        {t('entry.fromWard')}
      </Link>
      <Link to="/wards/$slug/import" params={{ slug }} search={{ year }} className="button-link">
        {t('import.fromWard')}
      </Link>
    </>
  );
}

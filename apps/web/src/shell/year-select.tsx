import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { YEARS } from '../search.ts';

/** The year a page shows; the page keeps it in the URL. */
export function YearSelect({
  year,
  onChange,
  years = YEARS,
}: {
  year: number;
  onChange: (year: number) => void;
  years?: readonly number[];
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="control">
      <label htmlFor={id}>{t('filters.year')}</label>
      <select id={id} value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </span>
  );
}

import { useTranslation } from 'react-i18next';

/** The year a page shows: milestone years and the years between 2025 and 2030. */
export const YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2035, 2040, 2045];

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
  return (
    <label>
      {t('ward.year')}{' '}
      <select value={year} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

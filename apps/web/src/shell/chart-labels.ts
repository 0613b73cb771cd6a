import type { ChartCardLabels } from '@lotrinh/ui';
import { useTranslation } from 'react-i18next';

export function useChartLabels(): ChartCardLabels {
  const { t } = useTranslation();
  return {
    chart: t('chart.chart'),
    table: t('chart.table'),
    loading: t('chart.loading'),
    tableHint: t('chart.tableHint'),
  };
}

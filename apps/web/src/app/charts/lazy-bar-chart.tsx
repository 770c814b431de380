import { lazy, Suspense } from 'react';
import { PageLoading } from '../components/page-loading';
import type { BarChartProps } from './bar-chart-props';

// ECharts is large; it downloads only when a page first draws a chart.
const BarChart = lazy(() => import('./bar-chart'));

export function LazyBarChart(props: BarChartProps) {
  return (
    <Suspense fallback={<PageLoading minHeight={props.height ?? 280} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

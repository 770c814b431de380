export interface BarChartProps {
  categories: string[];
  series: { name: string; values: number[] }[];
  height?: number;
  /** One colour per series, in order; ECharts' palette otherwise. */
  colors?: string[];
  /** Called with the index of the clicked category. */
  onSelect?: (index: number) => void;
  'data-testid'?: string;
}

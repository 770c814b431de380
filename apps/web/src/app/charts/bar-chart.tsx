import { BarChart as BarSeries } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ECharts, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { BarChartProps } from './bar-chart-props';

// Only the parts drawn here are bundled; the full echarts build is several times larger.
use([BarSeries, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/** Grouped vertical bars, one group per category; clicking a bar reports its category. */
export default function BarChart({
  categories,
  series,
  height = 280,
  colors,
  onSelect,
  ...rest
}: BarChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = init(element);
    chart.current = instance;
    instance.on('click', (event) => {
      if (typeof event.dataIndex === 'number') selectRef.current?.(event.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const clickable = onSelect !== undefined;
  useEffect(() => {
    chart.current?.setOption(
      {
        ...(colors ? { color: colors } : {}),
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
        xAxis: {
          type: 'category',
          data: categories,
          axisLabel: { interval: 0, rotate: categories.length > 8 ? 30 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: series.map((s) => ({
          type: 'bar',
          name: s.name,
          data: s.values,
          cursor: clickable ? 'pointer' : 'default',
        })),
      },
      true,
    );
  }, [categories, series, colors, clickable]);

  return <div ref={container} style={{ width: '100%', height }} data-testid={rest['data-testid']} />;
}

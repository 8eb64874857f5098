import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup';
import type { ChartOption } from './echarts-setup';

/** A4 or Letter less 12 mm margins, in CSS pixels; the same width as `.report-chart` in print (reports.css). */
const PRINT_WIDTH = 680;

type Props = {
  option: ChartOption;
  /** What the chart shows, in words, for a screen reader (the table beside it has the numbers). */
  label: string;
  height?: number;
};

/**
 * One ECharts chart in a div that owns its instance: created on mount, given each new option in
 * full (`notMerge`, so a series that went away does not linger), resized with its box, disposed on
 * unmount. The drawing is an image to assistive technology (`role="img"` with a label); the numbers
 * are in the table view that every chart comes with.
 */
export function EChart({ option, label, height = 280 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    // Follow the box: window resizes, the print layout's narrower page, a panel opening beside it.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    // The browser's print lays the page out for paper only after 'beforeprint', too late for the
    // observer: draw at the paper's width now (reports.css), and back to the window's after.
    const beforePrint = () => instance.resize({ width: PRINT_WIDTH });
    const afterPrint = () => instance.resize();
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Animation off: a report is read, not watched, and a print taken mid-animation would be wrong.
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className="report-chart" role="img" aria-label={label} style={{ height }} />;
}

/**
 * The <svg> of a race chart whose marks share one tooltip (see useMarkTip), with the tooltip beside
 * it. `naming` labels the chart group for assistive technology.
 */
import type { ComponentChildren } from 'preact';
import { RaceTooltip } from './RaceTooltip';
import type { useMarkTip } from './use-mark-tip';

export interface ChartNaming {
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-description'?: string;
  'aria-roledescription'?: string;
}

export function MarkChartSvg({
  chart,
  width,
  height,
  naming,
  children,
}: {
  chart: ReturnType<typeof useMarkTip>;
  width: number;
  height: number;
  naming: ChartNaming;
  children: ComponentChildren;
}) {
  return (
    <>
      <svg {...chart.svgProps} class="race-svg" viewBox={`0 0 ${width} ${height}`} width="100%" role="group" {...naming}>
        {children}
      </svg>
      <RaceTooltip id={chart.tipId} tip={chart.tip} />
    </>
  );
}

/**
 * The Race view: a timeline of the AI coding race and the charts comparing the rivals, drawn from the
 * dataset. Layout logic is pure and exported for tests and the benchmark; the components take the
 * dataset as a prop.
 */
export { RaceView, FALLBACK_WIDTH, type RaceViewProps, type RaceLayout } from './RaceView';
export { EntityTimeline, entityHasTimeline, entityEvents, type EntityTimelineProps } from './EntityTimeline';
export { parseDateSpan, formatSpan, type DateSpan, type DatePrecision } from './dates';
export { LANES, assignLanes, laneDef, type LaneId, type LaneDef } from './lanes';
export { collectEvents, type RaceEvent } from './events';
export { layoutTimeline, type TimelineLayout, type TimelineMark } from './timeline-layout';
export { yearScale, type TimeScale } from './scale';
export { stackExtents } from './stack';
export { CHARTS, chartFor, extractSeries, formatValue, type ChartId, type ChartSeries, type ChartPoint } from './figures';
export { layoutChart, niceMax } from './chart-layout';
export { raceUrl, parseRaceHash } from '../../core/routes';

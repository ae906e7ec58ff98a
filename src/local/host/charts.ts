/** Embedded charts (recorded, not drawn) and their builder. */
import { Range } from './range';
import { EnumValue, Runtime, makeEnum } from './runtime';
import { Sheet } from './sheet';
import { nextId } from './store';

export const ChartType = makeEnum([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM',
  'RADAR', 'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);

/** An embedded chart as recorded by the host. */
export class EmbeddedChart {
  constructor(
    readonly rt: Runtime,
    readonly chartId: number,
    readonly type: EnumValue,
    readonly ranges: Range[],
    readonly anchor: { row: number; column: number; offsetX: number; offsetY: number },
    readonly options: Record<string, unknown>,
    readonly sheet: Sheet,
  ) {}
  getChartId(): number {
    return this.chartId;
  }
  getId(): string {
    return `u${this.chartId}`;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  getOptions(): { get(key: string): unknown } {
    const o = this.options;
    return { get: (k: string) => (k in o ? o[k] : null) };
  }
  getContainerInfo(): object {
    const a = this.anchor;
    return { getAnchorRow: () => a.row, getAnchorColumn: () => a.column, getOffsetX: () => a.offsetX, getOffsetY: () => a.offsetY };
  }
  modify(): EmbeddedChartBuilder {
    const b = new EmbeddedChartBuilder(this.rt, this.sheet, this.chartId);
    b.type = this.type;
    b.ranges = [...this.ranges];
    b.anchor = { ...this.anchor };
    b.options = { ...this.options };
    return b;
  }
}

const CHART_SHORTCUTS: Record<string, string> = {
  asAreaChart: 'AREA',
  asBarChart: 'BAR',
  asColumnChart: 'COLUMN',
  asComboChart: 'COMBO',
  asHistogramChart: 'HISTOGRAM',
  asLineChart: 'LINE',
  asPieChart: 'PIE',
  asScatterChart: 'SCATTER',
  asTableChart: 'TABLE',
};

/** `Sheet.newChart()`; the `as…Chart()` builders are this same builder with the type set. */
export class EmbeddedChartBuilder {
  type: EnumValue = ChartType.LINE;
  ranges: Range[] = [];
  anchor = { row: 1, column: 1, offsetX: 0, offsetY: 0 };
  options: Record<string, unknown> = {};
  constructor(
    readonly rt: Runtime,
    private readonly sheet: Sheet,
    private readonly chartId: number = nextId(),
  ) {
    for (const [method, type] of Object.entries(CHART_SHORTCUTS)) {
      (this as unknown as Record<string, () => this>)[method] = () => this.setChartType(ChartType[type as keyof typeof ChartType]);
    }
  }
  addRange(range: Range): this {
    this.ranges.push(range);
    return this;
  }
  removeRange(range: Range): this {
    this.ranges = this.ranges.filter((r) => r.getA1Notation() !== range.getA1Notation());
    return this;
  }
  clearRanges(): this {
    this.ranges = [];
    return this;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  setChartType(type: EnumValue): this {
    this.type = type;
    return this;
  }
  getChartType(): EnumValue {
    return this.type;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): this {
    this.anchor = { row, column, offsetX, offsetY };
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.options[key] = value;
    return this;
  }
  setTitle(title: string): this {
    return this.setOption('title', title);
  }
  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }
  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }
  setColors(colors: string[]): this {
    return this.setOption('colors', [...colors]);
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setNumHeaders(n: number): this {
    return this.setOption('numHeaders', n);
  }
  build(): EmbeddedChart {
    return new EmbeddedChart(this.rt, this.chartId, this.type, [...this.ranges], { ...this.anchor }, { ...this.options }, this.sheet);
  }
}

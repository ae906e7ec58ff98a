/** Conditional-format rules and their builder, immutable as in Apps Script. */
import { Range } from './range';
import { EnumValue, Runtime, makeEnum } from './runtime';

export const InterpolationType = makeEnum(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);

/** The values of a gradient point as set by `setGradient*pointWithValue`. */
export interface GradientPoint {
  color: string;
  type: EnumValue;
  value: string;
}

/** A built conditional-format rule (gradient or boolean), immutable as in Apps Script. */
export class ConditionalFormatRule {
  constructor(
    readonly rt: Runtime,
    readonly ranges: Range[],
    readonly gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null,
    readonly condition: { type: string; values: unknown[] } | null,
    readonly format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean },
  ) {}
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new ConditionalFormatRuleBuilder(this.rt);
    b.ranges = [...this.ranges];
    b.gradient = this.gradient ? { ...this.gradient } : null;
    b.condition = this.condition;
    b.format = { ...this.format };
    return b;
  }
  getGradientCondition(): object | null {
    const g = this.gradient;
    if (!g) return null;
    return {
      getMinColor: () => g.min?.color ?? '',
      getMinType: () => g.min?.type ?? null,
      getMinValue: () => g.min?.value ?? '',
      getMidColor: () => g.mid?.color ?? '',
      getMidType: () => g.mid?.type ?? null,
      getMidValue: () => g.mid?.value ?? '',
      getMaxColor: () => g.max?.color ?? '',
      getMaxType: () => g.max?.type ?? null,
      getMaxValue: () => g.max?.value ?? '',
    };
  }
  getBooleanCondition(): object | null {
    const c = this.condition;
    if (!c) return null;
    return {
      getCriteriaType: () => c.type,
      getCriteriaValues: () => this.rt.realm.arr(c.values),
      getBackground: () => this.format.background ?? null,
      getFontColor: () => this.format.fontColor ?? null,
    };
  }
}

/** `SpreadsheetApp.newConditionalFormatRule()`. */
export class ConditionalFormatRuleBuilder {
  ranges: Range[] = [];
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null = null;
  condition: { type: string; values: unknown[] } | null = null;
  format: { background?: string; fontColor?: string; bold?: boolean; italic?: boolean } = {};
  constructor(readonly rt: Runtime) {}

  private point(which: 'min' | 'mid' | 'max', color: string, type: EnumValue, value: string): this {
    this.condition = null;
    this.gradient = { ...this.gradient, [which]: { color, type, value: value === undefined ? '' : String(value) } };
    return this;
  }
  setGradientMinpoint(color: string): this {
    return this.point('min', color, InterpolationType.MIN, '');
  }
  setGradientMaxpoint(color: string): this {
    return this.point('max', color, InterpolationType.MAX, '');
  }
  setGradientMinpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('min', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('mid', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: EnumValue, value: string): this {
    return this.point('max', color, type, value);
  }
  private when(type: string, ...values: unknown[]): this {
    this.gradient = null;
    this.condition = { type, values };
    return this;
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', n);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', n);
  }
  whenNumberBetween(a: number, b: number): this {
    return this.when('NUMBER_BETWEEN', a, b);
  }
  whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQ', n);
  }
  whenTextContains(t: string): this {
    return this.when('TEXT_CONTAINS', t);
  }
  whenTextEqualTo(t: string): this {
    return this.when('TEXT_EQ', t);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY');
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY');
  }
  whenFormulaSatisfied(f: string): this {
    return this.when('CUSTOM_FORMULA', f);
  }
  setBackground(color: string | null): this {
    this.format.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.format.fontColor = color ?? undefined;
    return this;
  }
  setBold(b: boolean | null): this {
    this.format.bold = b ?? undefined;
    return this;
  }
  setItalic(b: boolean | null): this {
    this.format.italic = b ?? undefined;
    return this;
  }
  setRanges(ranges: Range[]): this {
    this.ranges = [...ranges];
    return this;
  }
  getRanges(): Range[] {
    return this.rt.realm.arr(this.ranges);
  }
  copy(): ConditionalFormatRuleBuilder {
    return this.build().copy();
  }
  build(): ConditionalFormatRule {
    if (!this.gradient && !this.condition) throw this.rt.error('Conditional format rule must have a condition.');
    if (this.gradient && (!this.gradient.min || !this.gradient.max)) {
      throw this.rt.error('Gradient conditional format rules require a minpoint and a maxpoint.');
    }
    return new ConditionalFormatRule(this.rt, [...this.ranges], this.gradient && { ...this.gradient }, this.condition, { ...this.format });
  }
}

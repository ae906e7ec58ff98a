/**
 * Plain-language warnings about a fit that is degenerate: spend that cannot be modelled (every
 * repeat customer spends about the same) and parameters that ended on a bound of the fit. They
 * go to the "Customer predictions" sheet's header and to the panel's result.
 */
import type { BoundHit, ClvResult } from '../../core/clv';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';

/**
 * The dropout mix a/(a+b) from which (and up to 1 − it) a and b both under 1 with one on its
 * lower bound mean two kinds of customers rather than "nobody leaves" or "everybody leaves".
 */
const SPLIT_SHARE = 0.01;

/**
 * Whether the BG/NBD dropout is all-or-nothing: p ~ Beta(a, b) with a and b both below 1 and one of
 * them on its lower bound is (nearly) p = 1 for a share a/(a+b) of the customers and p = 0 for
 * the others. Seen on a real shop where few customers bought more than twice (docs/CLV.md).
 * @example dropoutSplit({ a: 0.0001, b: 0.00065 }) // true (13% leave after their first repeat purchase)
 */
export function dropoutSplit(bgnbd: { a: number; b: number }): boolean {
  const share = bgnbd.a / (bgnbd.a + bgnbd.b);
  return bgnbd.a < 1 && bgnbd.b < 1 && share >= SPLIT_SHARE && share <= 1 - SPLIT_SHARE;
}

/**
 * What a parameter on a bound means for the shop owner (docs/CLV-SHEET.md); `bgnbd` tells an
 * all-or-nothing dropout (a or b on its lower bound, both under 1) from "nobody leaves".
 * @example boundMeaning({ model: 'bgnbd', parameter: 'a', bound: 'lower', value: 1e-4 }, { a: 1e-4, b: 2.5 }) // 'clv.bound.noDropout'
 */
export function boundMeaning(hit: BoundHit, bgnbd: { a: number; b: number }): MessageKey {
  const upper = hit.bound === 'upper';
  switch (hit.parameter) {
    case 'a': // dropout probability a/(a+b): a → 0 gives 0, a → ∞ gives 1
      if (!upper && dropoutSplit(bgnbd)) return 'clv.bound.dropoutSplit';
      return upper ? 'clv.bound.quickDropout' : 'clv.bound.noDropout';
    case 'b':
      if (!upper && dropoutSplit(bgnbd)) return 'clv.bound.dropoutSplit';
      return upper ? 'clv.bound.noDropout' : 'clv.bound.quickDropout';
    case 'r': // shape of the purchase rates: r → ∞ is one rate for everyone
      return upper ? 'clv.bound.sameRate' : 'clv.bound.rateSpread';
    case 'alpha':
      return 'clv.bound.rateSpread';
    case 'p': // spread of one customer's purchase values: p → ∞ is none
      return upper ? 'clv.bound.sameSpendEachTime' : 'clv.bound.spendExtreme';
    case 'q': // spread of the customers' mean values: q → ∞ is none
      return upper ? 'clv.bound.sameSpendAll' : 'clv.bound.spendExtreme';
    default:
      return 'clv.bound.spendExtreme';
  }
}

const SYMBOLS: Record<BoundHit['parameter'], string> = { r: 'r', alpha: 'α', a: 'a', b: 'b', p: 'p', q: 'q', gamma: 'γ' };

/**
 * A number for a message, 3 significant digits, with the language's decimal separator.
 * @example decimal(0.0001, 'pl') === '0,0001'; decimal(10000, 'en') === '10000'
 */
export function decimal(value: number, language: Language, digits = 3): string {
  const text = String(+value.toPrecision(digits));
  return language === 'en' ? text : text.replace('.', ',');
}

/**
 * One line per distinct meaning of the parameters on a bound, then the uniform-spend line.
 * An all-or-nothing dropout names both a and b (only one of them is on a bound) and the share.
 * @example fitWarnings(result, 'en') // ['The fit stopped at a limit of the model (a = 0.0001): nobody seems to stop buying, …']
 */
export function fitWarnings(result: ClvResult, language: Language): string[] {
  const groups = new Map<MessageKey, BoundHit[]>();
  for (const hit of result.atBound) {
    const key = boundMeaning(hit, result.bgnbd);
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const { a, b } = result.bgnbd;
  const named = (h: { parameter: BoundHit['parameter']; value: number }) => `${SYMBOLS[h.parameter]} = ${decimal(h.value, language)}`;
  const lines = [...groups].map(([key, hits]) => {
    if (key !== 'clv.bound.dropoutSplit') {
      return t(language, 'clv.atBound', { parameters: hits.map(named).join(', '), meaning: t(language, key) });
    }
    const share = `${decimal((100 * a) / (a + b), language, 2)}%`;
    const parameters = [named({ parameter: 'a', value: a }), named({ parameter: 'b', value: b })].join(', ');
    return t(language, 'clv.atBound', { parameters, meaning: t(language, key, { share }) });
  });
  if (result.spendModel === 'average') {
    const average = result.spend.average.toFixed(2);
    lines.push(
      t(language, 'clv.averageSpendUsed', {
        variation: `${decimal(result.spend.variation * 100, language, 2)}%`,
        average: language === 'en' ? average : average.replace('.', ','),
      }),
    );
  }
  return lines;
}

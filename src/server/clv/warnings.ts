/**
 * Plain-language warnings about a fit that is degenerate: spend that cannot be modelled (every
 * repeat customer spends about the same) and parameters that ended on a bound of the fit. They
 * go to the "Customer predictions" sheet's header and to the panel's result.
 */
import type { BoundHit, ClvResult } from '../../core/clv';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';

/** What a parameter on a bound means for the shop owner (docs/CLV-SHEET.md). */
export function boundMeaning(hit: BoundHit): MessageKey {
  const upper = hit.bound === 'upper';
  switch (hit.parameter) {
    case 'a': // dropout probability a/(a+b): a → 0 gives 0, a → ∞ gives 1
      return upper ? 'clv.bound.quickDropout' : 'clv.bound.noDropout';
    case 'b':
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
 * @example fitWarnings(result, 'en') // ['The fit stopped at a limit of the model (a = 0.0001): nobody seems to stop buying, …']
 */
export function fitWarnings(result: ClvResult, language: Language): string[] {
  const groups = new Map<MessageKey, BoundHit[]>();
  for (const hit of result.atBound) {
    const key = boundMeaning(hit);
    groups.set(key, [...(groups.get(key) ?? []), hit]);
  }
  const lines = [...groups].map(([key, hits]) =>
    t(language, 'clv.atBound', {
      parameters: hits.map((h) => `${SYMBOLS[h.parameter]} = ${decimal(h.value, language)}`).join(', '),
      meaning: t(language, key),
    }),
  );
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

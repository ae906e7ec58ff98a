/**
 * What a query costs at BigQuery's on-demand price. Google's pricing page
 * (https://cloud.google.com/bigquery/pricing, "On-demand compute pricing") bills queries per TiB
 * processed, the first TiB of each month free per billing account, with a 10 MB minimum per table
 * referenced; the list price for the US multi-region is US$6.25 per TiB (docs/BIGQUERY.md § Cost
 * says where the figure comes from). Prices differ by region and may change, which the sidebar
 * says next to the figure.
 */

/** US dollars per TiB scanned, on-demand, US multi-region (see above). */
export const ON_DEMAND_USD_PER_TIB = 6.25;
const TIB = 2 ** 40;
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/**
 * Bytes in binary units, one decimal from KiB on.
 * @example bytesText(1536) === '1.5 KiB'; bytesText(0) === '0 B'
 */
export function bytesText(bytes: number): string {
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

/**
 * The on-demand cost of scanning `bytes`, before the monthly free TiB, in US dollars as text
 * (a cent at least shown as "< US$0.01").
 * @example costText(2 ** 40) === 'US$6.25'; costText(10 * 2 ** 20) === '< US$0.01'
 */
export function costText(bytes: number): string {
  const dollars = (bytes / TIB) * ON_DEMAND_USD_PER_TIB;
  return dollars < 0.01 ? '< US$0.01' : `US$${dollars.toFixed(2)}`;
}

/**
 * The Customers sheet's request (sidebar and runner) and its checks: each bad option is a plain
 * message naming it. The checked options are remembered per document, so a campaign list is made
 * with the same rules as the Customers sheet it comes from.
 */
import { CustomerError, DESTINATIONS, parseTiers, TIER_BASES, TIER_WINDOWS, type Audience, type Destination, type TierBasis, type TierRule, type TierWindow } from '../../core/customers';
import type { CustomerStatus } from '../../core/customers';
import { STATUSES } from '../../core/customers';
import { dayOfIso } from '../../core/days';
import type { ColumnMapping } from '../../core/read/columns';
import type { Language } from '../../core/types';
import type { MessageKey } from '../../i18n';
import { UserError } from '../errors';

/** A `buildCustomers` call. */
export interface CustomersRequest {
  sheetName: string;
  mapping?: Partial<ColumnMapping>;
  currency?: string;
  language?: string;
  /** `YYYY-MM-DD`; default the last order's day. */
  asOf?: string;
  /** `Member:0,Silver:500,Gold:2000`; empty for the shop's defaults. */
  tiers?: string;
  tierBasis?: string;
  tierWindow?: string;
  /** The sheet of NPS answers to link, if any. */
  answersSheet?: string;
  includeRefunds?: boolean;
  /** The runner's: return the docs/RUNNER.md JSON too. */
  withJson?: boolean;
}

export interface CheckedCustomers {
  sheetName: string;
  mapping: Partial<ColumnMapping>;
  currency?: string;
  asOfDay: number | null;
  tiers: TierRule[] | undefined;
  tierText: string;
  basis: TierBasis;
  window: TierWindow;
  answersSheet: string | null;
  includeRefunds: boolean;
}

const choice = <T extends string>(value: unknown, allowed: readonly T[], fallback: T, name: string, language: Language): T => {
  if (value === undefined || value === null || value === '') return fallback;
  const text = String(value).trim().toLowerCase();
  const found = allowed.find((a) => a.toLowerCase() === text);
  if (found !== undefined) return found;
  throw new UserError('customers.error.bad_option', { name, allowed: allowed.join(', '), value: String(value) }, language);
};

/**
 * The request's options checked, or a UserError naming the one to fix.
 * @example checkCustomers({ sheetName: 'Orders', tiers: 'Gold:1,Silver:0' }, 'en') // throws: the tier "Silver" has the threshold 0 …
 */
export function checkCustomers(request: CustomersRequest, language: Language): CheckedCustomers {
  if (!request || typeof request.sheetName !== 'string' || request.sheetName.trim() === '') {
    throw new UserError('customers.error.bad_option', { name: 'sheetName', allowed: 'a sheet name', value: String(request?.sheetName ?? '') }, language);
  }
  let asOfDay: number | null = null;
  if (request.asOf !== undefined && request.asOf !== '') {
    asOfDay = dayOfIso(String(request.asOf).trim());
    if (asOfDay === null) throw new UserError('customers.error.badAsOf', { value: String(request.asOf) }, language);
  }
  const tierText = typeof request.tiers === 'string' ? request.tiers.trim() : '';
  let tiers: TierRule[] | undefined;
  try {
    tiers = tierText === '' ? undefined : parseTiers(tierText);
  } catch (error) {
    throw customerError(error, language);
  }
  const answers = typeof request.answersSheet === 'string' && request.answersSheet.trim() !== '' ? request.answersSheet : null;
  return {
    sheetName: request.sheetName,
    mapping: request.mapping ?? {},
    currency: typeof request.currency === 'string' && request.currency.trim() !== '' ? request.currency : undefined,
    asOfDay,
    tiers,
    tierText,
    basis: choice(request.tierBasis, TIER_BASES, 'spend', 'tierBasis', language),
    window: choice(request.tierWindow, TIER_WINDOWS, 'lifetime', 'tierWindow', language),
    answersSheet: answers,
    includeRefunds: request.includeRefunds === true,
  };
}

/**
 * A core CustomerError as the user's message; anything else passes through.
 * @example throw customerError(new CustomerError('no_tiers'), 'pl')
 */
export function customerError(error: unknown, language: Language): unknown {
  if (error instanceof CustomerError) return new UserError(`customers.error.${error.code}` as MessageKey, error.params, language);
  return error;
}

/** An `exportCustomerList` call: where to, and who (docs/CUSTOMERS.md). */
export interface ExportRequest {
  destination: string;
  /** `all`, `winBack`, a status, `nudge`, `anniversary`, `tier`, `promoters`, `detractors`. */
  audience: string;
  /** For `anniversary`: the days ahead (default 30). */
  days?: number;
  /** For `tier`: its name. */
  tier?: string;
  language?: string;
}

/** Audience names the request may give. */
export const AUDIENCES = ['all', 'winBack', ...STATUSES, 'nudge', 'anniversary', 'tier', 'promoters', 'detractors'] as const;

/**
 * The export request checked: the destination and the core's audience.
 * @example checkExport({ destination: 'klaviyo', audience: 'winBack' }, 'en').audience // { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true }
 */
export function checkExport(request: ExportRequest, language: Language): { destination: Destination; audience: Audience; audienceName: string } {
  const destination = choice(request?.destination, DESTINATIONS, 'csv', 'destination', language);
  const name = choice(request?.audience, AUDIENCES, 'all', 'audience', language);
  let audience: Audience;
  if (name === 'all') audience = { kind: 'all' };
  else if (name === 'winBack') audience = { kind: 'status', statuses: ['overdue', 'lapsed'], valuableOnly: true };
  else if (name === 'nudge') audience = { kind: 'nudge' };
  else if (name === 'promoters' || name === 'detractors') audience = { kind: 'nps', answer: name };
  else if (name === 'anniversary') {
    const days = request.days === undefined ? 30 : Number(request.days);
    if (!Number.isInteger(days) || days < 0 || days > 366) throw new UserError('customers.error.bad_option', { name: 'days', allowed: '0 … 366', value: String(request.days) }, language);
    audience = { kind: 'anniversary', days };
  } else if (name === 'tier') {
    const tier = String(request.tier ?? '').trim();
    if (tier === '') throw new UserError('customers.error.bad_option', { name: 'tier', allowed: 'a tier name', value: '' }, language);
    audience = { kind: 'tier', tier };
  } else audience = { kind: 'status', statuses: [name as CustomerStatus] };
  return { destination, audience, audienceName: name };
}

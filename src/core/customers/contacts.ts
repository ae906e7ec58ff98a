/**
 * Each customer's contact details from the order rows: per role, the value on the customer's
 * latest dated row where that cell is filled (a later row wins a tie), so a changed e-mail or a
 * consent withdrawn on a later order is what counts. Rows are fed in chunks, like the order reader.
 */
import { isBlank } from '../read/cells';
import { parseDateCell, type DateContext } from '../read/dates';
import { idKey } from '../read/ids';
import type { CellValue, OrderTable } from '../types';
import type { ContactColumns, ContactRole } from './contactColumns';
import { consentOf } from './consent';

/** Contact details per customer index (table.customerIds); null where the sheet has none. */
export interface Contacts {
  email: (string | null)[];
  phone: (string | null)[];
  firstName: (string | null)[];
  lastName: (string | null)[];
  country: (string | null)[];
  /** Present only when the sheet has the column: true, false, or null (blank or unreadable: no consent). */
  consent: (boolean | null)[] | null;
  smsConsent: (boolean | null)[] | null;
  /** Consent cells that are neither yes nor no: how many, the first rows (1-based) and one of them. */
  unreadableConsent: { count: number; rows: number[]; example: string };
}

export interface ContactCollector {
  /**
   * One chunk of rows: the customer of each row (the identity the reader used), its date cell, and
   * the cells of each contact column by 0-based column index.
   */
  addRows(customer: readonly CellValue[], date: readonly CellValue[], cells: ReadonlyMap<number, readonly CellValue[]>): void;
  finish(): Contacts;
}

const TEXT_ROLES = ['email', 'phone', 'firstName', 'lastName', 'name', 'country'] as const;

/**
 * A collector for the contact columns of the table's customers.
 * @example const c = contactCollector(table, columns, ctx, 2); c.addRows(customers, dates, cells); c.finish().email[0]
 */
export function contactCollector(table: OrderTable, columns: ContactColumns, dates: DateContext, firstRowNumber = 2): ContactCollector {
  const n = table.customerIds.length;
  const indexOf = new Map<string, number>();
  table.customerIds.forEach((id, i) => indexOf.set(id, i));
  const roles = (Object.keys(columns) as ContactRole[]).filter((role) => columns[role] !== null);
  const best = new Map<ContactRole, { day: Int32Array; value: CellValue[] }>();
  for (const role of roles) best.set(role, { day: new Int32Array(n).fill(-0x80000000), value: new Array<CellValue>(n).fill('') });
  const unreadable = { count: 0, rows: [] as number[], example: '' };
  let row = firstRowNumber;
  return {
    addRows(customer, date, cells) {
      for (let i = 0; i < customer.length; i++, row++) {
        const c = indexOf.get(idKey(customer[i]));
        if (c === undefined) continue;
        const day = parseDateCell(date[i], dates) ?? -0x7fffffff;
        for (const role of roles) {
          const value = cells.get(columns[role]!)?.[i] ?? '';
          if (isBlank(value)) continue;
          if ((role === 'consent' || role === 'smsConsent') && consentOf(value) === undefined) {
            if (unreadable.count++ < 5) unreadable.rows.push(row);
            if (unreadable.example === '') unreadable.example = String(value);
          }
          const slot = best.get(role)!;
          if (day >= slot.day[c]) {
            slot.day[c] = day;
            slot.value[c] = value;
          }
        }
      }
    },
    finish() {
      const text = (role: ContactRole) => {
        const slot = best.get(role);
        return Array.from({ length: n }, (_, c) => (slot && !isBlank(slot.value[c]) ? String(slot.value[c]).trim() : null));
      };
      const consent = (role: 'consent' | 'smsConsent') => {
        const slot = best.get(role);
        return slot
          ? slot.value.map((v) => {
              const answer = consentOf(v);
              return answer === true ? true : answer === false ? false : null;
            })
          : null;
      };
      const out = Object.fromEntries(TEXT_ROLES.map((role) => [role, text(role)])) as Record<(typeof TEXT_ROLES)[number], (string | null)[]>;
      const phone = best.get('phone');
      const phoneRaw = Array.from({ length: n }, (_, c) => {
        const v = phone?.value[c];
        return v === undefined || isBlank(v) ? null : typeof v === 'number' && Number.isInteger(v) ? String(v) : String(v).trim();
      });
      // A full name fills in the first and last name where those columns are missing or blank.
      const firstName = out.firstName.map((first, c) => first ?? splitName(out.name[c])[0]);
      const lastName = out.lastName.map((last, c) => (out.firstName[c] !== null ? last : (last ?? splitName(out.name[c])[1])));
      return {
        email: out.email.map((e) => (e !== null && e.includes('@') ? e.toLowerCase() : null)),
        phone: phoneRaw,
        firstName,
        lastName,
        country: out.country,
        consent: consent('consent'),
        smsConsent: consent('smsConsent'),
        unreadableConsent: unreadable,
      };
    },
  };
}

/**
 * A full name as first name and last name: the first word, and the rest.
 * @example splitName('Anna Maria Nowak') // ['Anna', 'Maria Nowak']
 */
export function splitName(name: string | null): [string | null, string | null] {
  if (name === null) return [null, null];
  const words = name.trim().split(/\s+/);
  return [words[0] || null, words.length > 1 ? words.slice(1).join(' ') : null];
}

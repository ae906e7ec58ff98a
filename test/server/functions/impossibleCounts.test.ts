/**
 * The numeric forms refuse counts that cannot be (issue #12, item 8): more new customers than
 * customers at the end, more lost than at the start, more repeat customers than customers,
 * negative or fractional counts, and results too large to be a number. One test per refusal,
 * through the built bundle, with the message written out; then the new messages in each language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { errorOf, sheetHost } from './helpers';

let en: LocalHost;
beforeAll(async () => {
  en = await sheetHost('Etc/UTC', 'en_US');
});
const run = (fn: string, ...args: unknown[]) => en.runCustomFunction(fn, ...args);
const refusal = (fn: string, ...args: unknown[]) => errorOf(() => run(fn, ...args));

describe('CRR(start, end, new)', () => {
  it('refuses more new customers than customers at the end: =CRR(100, 50, 80) was −30%', () => {
    expect(refusal('CRR', 100, 50, 80)).toBe(
      'Function CRR parameter 3 (amounts_or_new) expects a number of at most 50, the value of parameter 2 (dates_or_end), but it is 80.',
    );
  });

  it('refuses more customers at the end than kept from the start plus new: =CRR(100, 150, 20) would be 130%', () => {
    expect(refusal('CRR', 100, 150, 20)).toBe(
      'Function CRR parameter 2 (dates_or_end) expects a number of at most 120, the customers at the start plus the new customers (the customers at the end are those kept from the start plus the new ones), but it is 150.',
    );
    // The limits themselves are possible: everyone kept (100%), nobody kept (0%).
    expect(run('CRR', 100, 120, 20)).toBe(1);
    expect(run('CRR', 100, 20, 20)).toBe(0);
  });

  it('refuses a fractional count of customers', () => {
    expect(refusal('CRR', 100.5, 50, 10)).toBe(
      'Function CRR parameter 1 (customers_or_start) expects a whole number of at least 0, but it is 100.5.',
    );
  });

  it('refuses a negative count of new customers', () => {
    expect(refusal('CRR', 100, 50, -1)).toBe('Function CRR parameter 3 (amounts_or_new) expects a number that is 0 or more, but it is -1.');
  });
});

describe('CHURN(start, lost)', () => {
  it('refuses more lost customers than customers at the start: =CHURN(10, 20) was 200%', () => {
    expect(refusal('CHURN', 10, 20)).toBe(
      'Function CHURN parameter 2 (dates_or_lost) expects a number of at most 10, the value of parameter 1 (customers_or_start), but it is 20.',
    );
    expect(run('CHURN', 10, 10)).toBe(1);
  });

  it('refuses a fractional count of lost customers', () => {
    expect(refusal('CHURN', 10, 2.5)).toBe('Function CHURN parameter 2 (dates_or_lost) expects a whole number of at least 0, but it is 2.5.');
  });

  it('refuses a negative count of lost customers', () => {
    expect(refusal('CHURN', 10, -3)).toBe('Function CHURN parameter 2 (dates_or_lost) expects a number that is 0 or more, but it is -3.');
  });
});

describe('REPEAT_PURCHASE_RATE(repeat_customers, customers)', () => {
  it('refuses more repeat customers than customers: =REPEAT_PURCHASE_RATE(5, 2) was 250%', () => {
    expect(refusal('REPEAT_PURCHASE_RATE', 5, 2)).toBe(
      'Function REPEAT_PURCHASE_RATE parameter 1 (customers_or_repeat) expects a number of at most 2, the value of parameter 2 (dates_or_customers), but it is 5.',
    );
    expect(run('REPEAT_PURCHASE_RATE', 2, 2)).toBe(1);
  });

  it('refuses a fractional count of customers', () => {
    expect(refusal('REPEAT_PURCHASE_RATE', 2, 10.5)).toBe(
      'Function REPEAT_PURCHASE_RATE parameter 2 (dates_or_customers) expects a whole number of at least 0, but it is 10.5.',
    );
  });

  it('refuses a negative count of repeat customers', () => {
    expect(refusal('REPEAT_PURCHASE_RATE', -1, 10)).toBe(
      'Function REPEAT_PURCHASE_RATE parameter 1 (customers_or_repeat) expects a number that is 0 or more, but it is -1.',
    );
  });
});

describe('counts of AOV, PURCHASE_FREQUENCY and NPS', () => {
  it('AOV refuses a fractional number of orders (revenue may be any amount)', () => {
    expect(refusal('AOV', 100, 2.5)).toBe('Function AOV parameter 2 (dates_or_orders) expects a whole number of at least 0, but it is 2.5.');
    expect(run('AOV', -12.5, 5)).toBe(-2.5); // a net revenue below 0 is possible
  });

  it('PURCHASE_FREQUENCY refuses a fractional number of purchases', () => {
    expect(refusal('PURCHASE_FREQUENCY', 10.5, 3)).toBe(
      'Function PURCHASE_FREQUENCY parameter 1 (customers_or_purchases) expects a whole number of at least 0, but it is 10.5.',
    );
  });

  it('PURCHASE_FREQUENCY refuses a fractional number of customers', () => {
    expect(refusal('PURCHASE_FREQUENCY', 10, 2.5)).toBe(
      'Function PURCHASE_FREQUENCY parameter 2 (dates_or_customers) expects a whole number of at least 0, but it is 2.5.',
    );
  });

  it('NPS refuses a fractional count of answers', () => {
    expect(refusal('NPS', 50, 30.5, 20)).toBe('Function NPS parameter 2 (groups_or_passives) expects a whole number of at least 0, but it is 30.5.');
  });
});

describe('results too large to be a number', () => {
  it('CLV: =CLV(1e308, 10, 10) was Infinity', () => {
    expect(refusal('CLV', 1e308, 10, 10)).toBe('Function CLV: the result is too large to be a number. Check the values given.');
    expect(refusal('CLV', -1e308, 10, 10)).toBe('Function CLV: the result is too large to be a number. Check the values given.');
    // A zero factor gives 0, not Infinity × 0.
    expect(run('CLV', 1e308, 10, 0)).toBe(0);
  });

  it('CLV order form: a margin that overflows the average revenue', () => {
    // one customer with two orders of 10: 20 / 1 customer × 1e308 = 2e309, more than the largest number (1.8e308)
    expect(refusal('CLV', [['a'], ['a']], [['2024-01-05'], ['2024-01-06']], [[10], [10]], 1e308)).toBe(
      'Function CLV: the result is too large to be a number. Check the values given.',
    );
  });

  it('AVG_RETENTION_PERIOD: 1 / churn for the smallest churn above 0', () => {
    expect(refusal('AVG_RETENTION_PERIOD', 5e-324)).toBe('Function AVG_RETENTION_PERIOD: the result is too large to be a number. Check the values given.');
  });

  it('AVG_DAYS_BETWEEN_PURCHASES: 365.2425 / a tiny number of purchases per year', () => {
    expect(refusal('AVG_DAYS_BETWEEN_PURCHASES', 1e-310)).toBe(
      'Function AVG_DAYS_BETWEEN_PURCHASES: the result is too large to be a number. Check the values given.',
    );
  });

  it('NPS: counts whose total is too large to be a number', () => {
    expect(refusal('NPS', 1e308, 1e308, 0)).toBe('Function NPS: the result is too large to be a number. Check the values given.');
  });
});

describe('in each language', () => {
  const messages: Record<string, [string, string, string]> = {
    pl_PL: [
      'Parametr 2 (dates_or_lost) funkcji CHURN oczekuje liczby nie większej niż 10 (wartość parametru 1 (customers_or_start)), ale ma wartość 20.',
      'Parametr 2 (dates_or_end) funkcji CRR oczekuje liczby nie większej niż 120 (klienci na początku plus nowi klienci: klienci na końcu to klienci utrzymani od początku oraz nowi), ale ma wartość 150.',
      'Funkcja CLV: wynik jest zbyt duży, by był liczbą. Sprawdź podane wartości.',
    ],
    ru_RU: [
      'Параметр 2 (dates_or_lost) функции CHURN должен быть числом не больше 10 (это значение параметра 1 (customers_or_start)), но равен 20.',
      'Параметр 2 (dates_or_end) функции CRR должен быть числом не больше 120 (клиенты на начало плюс новые клиенты: клиенты на конец — это удержанные с начала и новые), но равен 150.',
      'Функция CLV: результат слишком велик, чтобы быть числом. Проверьте указанные значения.',
    ],
    ro_RO: [
      'Parametrul 2 (dates_or_lost) al funcției CHURN așteaptă un număr de cel mult 10, valoarea parametrului 1 (customers_or_start), dar este 20.',
      'Parametrul 2 (dates_or_end) al funcției CRR așteaptă un număr de cel mult 120, clienții de la început plus clienții noi (clienții de la sfârșit sunt cei păstrați de la început plus cei noi), dar este 150.',
      'Funcția CLV: rezultatul este prea mare pentru a fi un număr. Verificați valorile date.',
    ],
    da_DK: [
      'Funktionen CHURN parameter 2 (dates_or_lost) forventer et tal på højst 10, værdien af parameter 1 (customers_or_start), men det er 20.',
      'Funktionen CRR parameter 2 (dates_or_end) forventer et tal på højst 120, kunderne ved start plus de nye kunder (kunderne ved slut er dem, der er fastholdt fra start, plus de nye), men det er 150.',
      'Funktionen CLV: resultatet er for stort til at være et tal. Kontrollér de angivne værdier.',
    ],
  };
  for (const [locale, [churn, crr, clv]] of Object.entries(messages)) {
    it(`words the refusals in ${locale}`, async () => {
      const host = await sheetHost('Etc/UTC', locale);
      expect(errorOf(() => host.runCustomFunction('CHURN', 10, 20))).toBe(churn);
      expect(errorOf(() => host.runCustomFunction('CRR', 100, 150, 20))).toBe(crr);
      expect(errorOf(() => host.runCustomFunction('CLV', 1e308, 10, 10))).toBe(clv);
    });
  }
});

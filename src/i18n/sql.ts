/**
 * Messages of the query builder (src/core/sql: `sql.error.<code>` for each SqlErrorCode) and of
 * the runner's DuckDB engine.
 */
import type { Messages } from './types';

const en = {
  'sql.error.bad_name': 'The {what} name "{name}" cannot be used in a query: it holds a quote, a backslash or a control character. Rename it or use a view.',
  'sql.what.column': 'column',
  'sql.what.table': 'table',
  'sql.error.bad_zone': 'The time zone "{name}" is not a time zone name like Europe/Warsaw.',
  'sql.error.no_amount': 'The query needs an amount column, or a quantity and a price column.',
  'sql.error.bad_range': 'The date range ends before it starts ({from} to {to}).',
  'sql.error.no_range': 'This report needs a date range: a first and a last day.',
  'sql.error.bad_day': '{name} is not a day on or after 1970-01-01.',
  'sql.error.bad_window': 'The activity window must be a whole number of days, 1 or more (not {value}).',
  'sql.duckdbMissing':
    'The DuckDB engine needs the optional package @duckdb/node-api, which is not installed (its binary may not exist for this system). Install it with: npm install @duckdb/node-api — or leave out --engine duckdb to use the built-in engine.',
};

export const sql: Messages<typeof en> = {
  en,
  pl: {
    'sql.error.bad_name': 'Nazwy {what} „{name}” nie można użyć w zapytaniu: zawiera cudzysłów, ukośnik wsteczny lub znak sterujący. Zmień nazwę albo użyj widoku.',
    'sql.what.column': 'kolumny',
    'sql.what.table': 'tabeli',
    'sql.error.bad_zone': 'Strefa czasowa „{name}” nie jest nazwą strefy, taką jak Europe/Warsaw.',
    'sql.error.no_amount': 'Zapytanie potrzebuje kolumny kwoty albo kolumn ilości i ceny.',
    'sql.error.bad_range': 'Zakres dat kończy się przed początkiem ({from} – {to}).',
    'sql.error.no_range': 'Ten raport potrzebuje zakresu dat: pierwszego i ostatniego dnia.',
    'sql.error.bad_day': '{name} nie jest dniem 1970-01-01 lub późniejszym.',
    'sql.error.bad_window': 'Okno aktywności musi być całkowitą liczbą dni, co najmniej 1 (nie {value}).',
    'sql.duckdbMissing':
      'Silnik DuckDB potrzebuje opcjonalnego pakietu @duckdb/node-api, który nie jest zainstalowany (jego plik binarny może nie istnieć dla tego systemu). Zainstaluj go: npm install @duckdb/node-api — albo pomiń --engine duckdb, aby użyć wbudowanego silnika.',
  },
  ru: {
    'sql.error.bad_name': 'Имя {what} «{name}» нельзя использовать в запросе: в нём есть кавычка, обратная косая черта или управляющий символ. Переименуйте его или используйте представление.',
    'sql.what.column': 'столбца',
    'sql.what.table': 'таблицы',
    'sql.error.bad_zone': 'Часовой пояс «{name}» не является названием пояса вида Europe/Warsaw.',
    'sql.error.no_amount': 'Запросу нужен столбец суммы или столбцы количества и цены.',
    'sql.error.bad_range': 'Диапазон дат заканчивается раньше, чем начинается ({from} – {to}).',
    'sql.error.no_range': 'Этому отчёту нужен диапазон дат: первый и последний день.',
    'sql.error.bad_day': '{name} — не день 1970-01-01 или позже.',
    'sql.error.bad_window': 'Окно активности должно быть целым числом дней, не меньше 1 (а не {value}).',
    'sql.duckdbMissing':
      'Движку DuckDB нужен необязательный пакет @duckdb/node-api, который не установлен (для этой системы может не быть его двоичного файла). Установите его: npm install @duckdb/node-api — или уберите --engine duckdb, чтобы использовать встроенный движок.',
  },
  ro: {
    'sql.error.bad_name': 'Numele de {what} „{name}” nu poate fi folosit într-o interogare: conține ghilimele, o bară inversă sau un caracter de control. Redenumiți-l sau folosiți o vizualizare.',
    'sql.what.column': 'coloană',
    'sql.what.table': 'tabel',
    'sql.error.bad_zone': 'Fusul orar „{name}” nu este un nume de fus precum Europe/Warsaw.',
    'sql.error.no_amount': 'Interogarea are nevoie de o coloană cu suma sau de coloanele cantitate și preț.',
    'sql.error.bad_range': 'Intervalul de date se termină înainte să înceapă ({from} – {to}).',
    'sql.error.no_range': 'Acest raport are nevoie de un interval de date: prima și ultima zi.',
    'sql.error.bad_day': '{name} nu este o zi din 1970-01-01 sau de după.',
    'sql.error.bad_window': 'Fereastra de activitate trebuie să fie un număr întreg de zile, cel puțin 1 (nu {value}).',
    'sql.duckdbMissing':
      'Motorul DuckDB are nevoie de pachetul opțional @duckdb/node-api, care nu este instalat (este posibil să nu existe fișierul binar pentru acest sistem). Instalați-l cu: npm install @duckdb/node-api — sau renunțați la --engine duckdb pentru a folosi motorul încorporat.',
  },
  da: {
    'sql.error.bad_name': '{what}-navnet »{name}« kan ikke bruges i en forespørgsel: det indeholder et anførselstegn, en omvendt skråstreg eller et kontroltegn. Omdøb det, eller brug en visning.',
    'sql.what.column': 'Kolonne',
    'sql.what.table': 'Tabel',
    'sql.error.bad_zone': 'Tidszonen »{name}« er ikke et tidszonenavn som Europe/Warsaw.',
    'sql.error.no_amount': 'Forespørgslen skal bruge en beløbskolonne eller en antals- og en priskolonne.',
    'sql.error.bad_range': 'Datointervallet slutter, før det begynder ({from} til {to}).',
    'sql.error.no_range': 'Denne rapport skal bruge et datointerval: en første og en sidste dag.',
    'sql.error.bad_day': '{name} er ikke en dag den 1970-01-01 eller senere.',
    'sql.error.bad_window': 'Aktivitetsvinduet skal være et helt antal dage, mindst 1 (ikke {value}).',
    'sql.duckdbMissing':
      'DuckDB-motoren kræver den valgfrie pakke @duckdb/node-api, som ikke er installeret (dens binære fil findes måske ikke til dette system). Installér den med: npm install @duckdb/node-api — eller udelad --engine duckdb for at bruge den indbyggede motor.',
  },
};

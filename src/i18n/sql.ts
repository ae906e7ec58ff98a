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
  'sql.engine.fileType':
    'The DuckDB engine reads CSV, TSV (also gzipped) and Parquet files; "{file}" is neither. Save it as CSV, or leave out --engine duckdb.',
  'sql.engine.rules':
    'The DuckDB engine reads the customer, date, amount (or quantity × price) and order columns only, but this file also has {columns}, which the built-in engine applies. Leave out --engine duckdb, or leave the columns out with {options}.',
  'sql.engine.orderAmount':
    'The amount "{column}" is written once per order, on its first line: the DuckDB engine sums the lines of an order, which would count it several times. Leave out --engine duckdb.',
  'sql.engine.dateType':
    'DuckDB reads the date column "{column}" as {type}, not as dates. The DuckDB engine needs ISO dates (2024-01-31, with or without a time); leave out --engine duckdb for other date formats.',
  'sql.engine.amountType':
    'DuckDB reads the column "{column}" as {type}, not as numbers. The DuckDB engine needs plain numbers (12.50); leave out --engine duckdb for amounts written with currency signs or decimal commas.',
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
    'sql.engine.fileType':
      'Silnik DuckDB czyta pliki CSV, TSV (także spakowane gzip) i Parquet; „{file}” nie jest żadnym z nich. Zapisz go jako CSV albo pomiń --engine duckdb.',
    'sql.engine.rules':
      'Silnik DuckDB czyta tylko kolumny klienta, daty, kwoty (lub ilości × ceny) i zamówienia, a ten plik ma też {columns}, które uwzględnia wbudowany silnik. Pomiń --engine duckdb albo pomiń te kolumny: {options}.',
    'sql.engine.orderAmount':
      'Kwota „{column}” jest zapisana raz na zamówienie, w jego pierwszym wierszu: silnik DuckDB sumuje wiersze zamówienia, więc policzyłby ją kilka razy. Pomiń --engine duckdb.',
    'sql.engine.dateType':
      'DuckDB czyta kolumnę daty „{column}” jako {type}, a nie jako daty. Silnik DuckDB potrzebuje dat ISO (2024-01-31, z godziną lub bez); dla innych formatów dat pomiń --engine duckdb.',
    'sql.engine.amountType':
      'DuckDB czyta kolumnę „{column}” jako {type}, a nie jako liczby. Silnik DuckDB potrzebuje zwykłych liczb (12.50); dla kwot ze znakiem waluty lub przecinkiem dziesiętnym pomiń --engine duckdb.',
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
    'sql.engine.fileType':
      'Движок DuckDB читает файлы CSV, TSV (в том числе сжатые gzip) и Parquet; «{file}» не относится ни к одному из них. Сохраните его как CSV или уберите --engine duckdb.',
    'sql.engine.rules':
      'Движок DuckDB читает только столбцы клиента, даты, суммы (или количества × цены) и заказа, а в этом файле есть ещё {columns}, которые учитывает встроенный движок. Уберите --engine duckdb или исключите эти столбцы: {options}.',
    'sql.engine.orderAmount':
      'Сумма «{column}» записана один раз на заказ, в его первой строке: движок DuckDB складывает строки заказа и посчитал бы её несколько раз. Уберите --engine duckdb.',
    'sql.engine.dateType':
      'DuckDB читает столбец даты «{column}» как {type}, а не как даты. Движку DuckDB нужны даты ISO (2024-01-31, со временем или без); для других форматов дат уберите --engine duckdb.',
    'sql.engine.amountType':
      'DuckDB читает столбец «{column}» как {type}, а не как числа. Движку DuckDB нужны простые числа (12.50); для сумм со знаком валюты или десятичной запятой уберите --engine duckdb.',
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
    'sql.engine.fileType':
      'Motorul DuckDB citește fișiere CSV, TSV (și arhivate gzip) și Parquet; „{file}” nu este niciunul dintre ele. Salvați-l ca CSV sau renunțați la --engine duckdb.',
    'sql.engine.rules':
      'Motorul DuckDB citește doar coloanele client, dată, sumă (sau cantitate × preț) și comandă, dar acest fișier are și {columns}, pe care motorul încorporat le aplică. Renunțați la --engine duckdb sau excludeți aceste coloane cu {options}.',
    'sql.engine.orderAmount':
      'Suma „{column}” este scrisă o singură dată pe comandă, pe primul ei rând: motorul DuckDB adună rândurile unei comenzi, deci ar număra-o de mai multe ori. Renunțați la --engine duckdb.',
    'sql.engine.dateType':
      'DuckDB citește coloana de dată „{column}” ca {type}, nu ca date. Motorul DuckDB are nevoie de date ISO (2024-01-31, cu sau fără oră); pentru alte formate de dată renunțați la --engine duckdb.',
    'sql.engine.amountType':
      'DuckDB citește coloana „{column}” ca {type}, nu ca numere. Motorul DuckDB are nevoie de numere simple (12.50); pentru sume cu simbol monetar sau virgulă zecimală renunțați la --engine duckdb.',
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
    'sql.engine.fileType':
      'DuckDB-motoren læser CSV-, TSV- (også gzip-pakkede) og Parquet-filer; »{file}« er ingen af dem. Gem den som CSV, eller udelad --engine duckdb.',
    'sql.engine.rules':
      'DuckDB-motoren læser kun kunde-, dato-, beløbs- (eller antal × pris) og ordrekolonnerne, men denne fil har også {columns}, som den indbyggede motor bruger. Udelad --engine duckdb, eller udelad kolonnerne med {options}.',
    'sql.engine.orderAmount':
      'Beløbet »{column}« står én gang pr. ordre, på dens første linje: DuckDB-motoren lægger en ordres linjer sammen og ville tælle det flere gange. Udelad --engine duckdb.',
    'sql.engine.dateType':
      'DuckDB læser datokolonnen »{column}« som {type}, ikke som datoer. DuckDB-motoren skal bruge ISO-datoer (2024-01-31, med eller uden klokkeslæt); udelad --engine duckdb ved andre datoformater.',
    'sql.engine.amountType':
      'DuckDB læser kolonnen »{column}« som {type}, ikke som tal. DuckDB-motoren skal bruge almindelige tal (12.50); udelad --engine duckdb ved beløb med valutategn eller decimalkomma.',
    'sql.duckdbMissing':
      'DuckDB-motoren kræver den valgfrie pakke @duckdb/node-api, som ikke er installeret (dens binære fil findes måske ikke til dette system). Installér den med: npm install @duckdb/node-api — eller udelad --engine duckdb for at bruge den indbyggede motor.',
  },
};

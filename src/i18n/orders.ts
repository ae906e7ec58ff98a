/**
 * Messages about reading the order sheet: what is wrong with it and how to fix it, and the
 * data-health line (rows read, used, skipped by reason).
 */
import type { Messages } from './types';

const en = {
  'error.sheetMissing': 'There is no sheet named "{sheet}". Pick the order sheet again: it may have been renamed or deleted.',
  'error.sheetEmpty': 'The sheet "{sheet}" has no orders: it needs a header row and at least one row of orders below it.',
  'error.columnOutOfRange': 'Column {column} is not in the sheet "{sheet}". Choose one of its columns.',
  'error.noCustomerColumn': 'No customer column was found. Choose the column that names the customer (an id, e-mail or name).',
  'error.noDateColumn': 'No order date column was found. Choose the column with the order dates.',
  'error.noAmountColumn': 'No amount column was found. Choose the order amount, or the quantity and unit price columns.',
  'error.sheetTooLarge':
    'The sheet "{sheet}" has {rows} rows; the add-on reads at most {max} in one go. Copy a date range to a new sheet and build the report from it.',
  'health.summary': '{read} rows read, {used} used.',
  'health.skipped': '{count} skipped: {reason} (rows {rows})',
  'health.reason.no_customer': 'no customer',
  'health.reason.no_date': 'no date',
  'health.reason.bad_date': 'date not readable',
  'health.reason.no_amount': 'no amount',
  'health.reason.bad_amount': 'amount not readable',
  'health.reason.duplicate_line': 'duplicate line',
};

export const orders: Messages<typeof en> = {
  en,
  pl: {
    'error.sheetMissing': 'Nie ma arkusza o nazwie „{sheet}”. Wybierz ponownie arkusz zamówień: mógł zostać przemianowany lub usunięty.',
    'error.sheetEmpty': 'Arkusz „{sheet}” nie zawiera zamówień: potrzebny jest wiersz nagłówka i co najmniej jeden wiersz zamówień pod nim.',
    'error.columnOutOfRange': 'Kolumny {column} nie ma w arkuszu „{sheet}”. Wybierz jedną z jego kolumn.',
    'error.noCustomerColumn': 'Nie znaleziono kolumny klienta. Wybierz kolumnę, która wskazuje klienta (identyfikator, e-mail lub nazwę).',
    'error.noDateColumn': 'Nie znaleziono kolumny z datą zamówienia. Wybierz kolumnę z datami zamówień.',
    'error.noAmountColumn': 'Nie znaleziono kolumny z kwotą. Wybierz kwotę zamówienia albo kolumny ilości i ceny jednostkowej.',
    'error.sheetTooLarge':
      'Arkusz „{sheet}” ma {rows} wierszy; dodatek odczytuje naraz najwyżej {max}. Skopiuj zakres dat do nowego arkusza i utwórz raport z niego.',
    'health.summary': 'Odczytano wierszy: {read}, użyto: {used}.',
    'health.skipped': 'Pominięto {count}: {reason} (wiersze {rows})',
    'health.reason.no_customer': 'brak klienta',
    'health.reason.no_date': 'brak daty',
    'health.reason.bad_date': 'nieczytelna data',
    'health.reason.no_amount': 'brak kwoty',
    'health.reason.bad_amount': 'nieczytelna kwota',
    'health.reason.duplicate_line': 'powtórzony wiersz',
  },
  ru: {
    'error.sheetMissing': 'Листа с именем «{sheet}» нет. Выберите лист заказов заново: возможно, его переименовали или удалили.',
    'error.sheetEmpty': 'На листе «{sheet}» нет заказов: нужна строка заголовков и хотя бы одна строка заказов под ней.',
    'error.columnOutOfRange': 'Столбца {column} нет на листе «{sheet}». Выберите один из его столбцов.',
    'error.noCustomerColumn': 'Столбец клиента не найден. Выберите столбец, который указывает клиента (код, e-mail или имя).',
    'error.noDateColumn': 'Столбец с датой заказа не найден. Выберите столбец с датами заказов.',
    'error.noAmountColumn': 'Столбец суммы не найден. Выберите сумму заказа или столбцы количества и цены за единицу.',
    'error.sheetTooLarge':
      'На листе «{sheet}» {rows} строк; дополнение читает за раз не более {max}. Скопируйте диапазон дат на новый лист и постройте отчёт по нему.',
    'health.summary': 'Прочитано строк: {read}, использовано: {used}.',
    'health.skipped': 'Пропущено {count}: {reason} (строки {rows})',
    'health.reason.no_customer': 'нет клиента',
    'health.reason.no_date': 'нет даты',
    'health.reason.bad_date': 'дата не распознана',
    'health.reason.no_amount': 'нет суммы',
    'health.reason.bad_amount': 'сумма не распознана',
    'health.reason.duplicate_line': 'повторная строка',
  },
  ro: {
    'error.sheetMissing': 'Nu există nicio foaie numită „{sheet}”. Alegeți din nou foaia de comenzi: poate a fost redenumită sau ștearsă.',
    'error.sheetEmpty': 'Foaia „{sheet}” nu are comenzi: are nevoie de un rând de antet și de cel puțin un rând de comenzi sub el.',
    'error.columnOutOfRange': 'Coloana {column} nu există în foaia „{sheet}”. Alegeți una dintre coloanele ei.',
    'error.noCustomerColumn': 'Nu s-a găsit coloana clientului. Alegeți coloana care indică clientul (un cod, e-mail sau nume).',
    'error.noDateColumn': 'Nu s-a găsit coloana cu data comenzii. Alegeți coloana cu datele comenzilor.',
    'error.noAmountColumn': 'Nu s-a găsit coloana cu suma. Alegeți suma comenzii sau coloanele de cantitate și preț unitar.',
    'error.sheetTooLarge':
      'Foaia „{sheet}” are {rows} rânduri; suplimentul citește cel mult {max} o dată. Copiați un interval de date într-o foaie nouă și creați raportul din ea.',
    'health.summary': 'Rânduri citite: {read}, folosite: {used}.',
    'health.skipped': '{count} omise: {reason} (rândurile {rows})',
    'health.reason.no_customer': 'fără client',
    'health.reason.no_date': 'fără dată',
    'health.reason.bad_date': 'dată ilizibilă',
    'health.reason.no_amount': 'fără sumă',
    'health.reason.bad_amount': 'sumă ilizibilă',
    'health.reason.duplicate_line': 'rând duplicat',
  },
  da: {
    'error.sheetMissing': 'Der er intet ark med navnet »{sheet}«. Vælg ordrearket igen: det kan være omdøbt eller slettet.',
    'error.sheetEmpty': 'Arket »{sheet}« har ingen ordrer: det skal have en overskriftsrække og mindst én række ordrer under den.',
    'error.columnOutOfRange': 'Kolonne {column} findes ikke i arket »{sheet}«. Vælg en af dets kolonner.',
    'error.noCustomerColumn': 'Der blev ikke fundet en kundekolonne. Vælg den kolonne, der angiver kunden (et id, en e-mail eller et navn).',
    'error.noDateColumn': 'Der blev ikke fundet en kolonne med ordredato. Vælg kolonnen med ordredatoerne.',
    'error.noAmountColumn': 'Der blev ikke fundet en beløbskolonne. Vælg ordrebeløbet eller kolonnerne for antal og stykpris.',
    'error.sheetTooLarge':
      'Arket »{sheet}« har {rows} rækker; tilføjelsen læser højst {max} ad gangen. Kopiér et datointerval til et nyt ark, og lav rapporten ud fra det.',
    'health.summary': '{read} rækker læst, {used} brugt.',
    'health.skipped': '{count} sprunget over: {reason} (rækker {rows})',
    'health.reason.no_customer': 'ingen kunde',
    'health.reason.no_date': 'ingen dato',
    'health.reason.bad_date': 'dato kan ikke læses',
    'health.reason.no_amount': 'intet beløb',
    'health.reason.bad_amount': 'beløb kan ikke læses',
    'health.reason.duplicate_line': 'dobbelt række',
  },
};

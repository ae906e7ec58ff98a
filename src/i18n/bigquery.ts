/**
 * Messages of the BigQuery source (src/server/bigquery, the sidebar's "a BigQuery table"): the
 * form, the dry run's cost, and BigQuery's errors in plain words.
 */
import type { Messages } from './types';

const en = {
  'bigquery.source': 'Orders from',
  'bigquery.source.sheet': 'a sheet',
  'bigquery.source.table': 'a BigQuery table',
  'bigquery.project': 'Billing project',
  'bigquery.projectHint': 'The Google Cloud project that pays for the queries, e.g. my-shop-123.',
  'bigquery.table': 'Table or view',
  'bigquery.tableHint': 'project.dataset.table, or dataset.table in the billing project.',
  'bigquery.loadColumns': 'Read the columns',
  'bigquery.dryRun': 'Estimate the cost',
  'bigquery.run': 'Build the report from BigQuery',
  'bigquery.estimate':
    'The query will scan {bytes}: about {cost} at BigQuery’s on-demand price of US${price} per TiB (Google’s list price for the US multi-region; the first TiB each month is free). Prices differ by region and may change: see cloud.google.com/bigquery/pricing.',
  'bigquery.used': 'BigQuery table {table}: customer "{customer}"; date "{date}" ({type}); amount {amount}; order {order}.',
  'bigquery.none': 'none',
  'bigquery.health': 'Computed in BigQuery (job {job}, location {location}): {bytes} processed.',
  'bigquery.error.noService': 'The BigQuery service is not turned on for this add-on, so it cannot reach BigQuery. (For its developers: add the BigQuery advanced service to appsscript.json.)',
  'bigquery.error.badProject': 'Write the billing project’s id, like my-shop-123 (not "{project}").',
  'bigquery.error.badTable': 'Write the table as project.dataset.table or dataset.table (not "{table}").',
  'bigquery.error.noAccess':
    'BigQuery refused access to {table} for the billing project {project}. Ask the project’s owner for the roles BigQuery Job User on the project and BigQuery Data Viewer on the table, or choose a project you can use.',
  'bigquery.error.billing':
    'The project {project} has no billing enabled, so BigQuery runs no queries for it. Enable billing for it in the Google Cloud console (Billing), or choose another billing project.',
  'bigquery.error.notFound': 'BigQuery has no table or view {table} that this project can see. Check its name (project.dataset.table) and its location.',
  'bigquery.error.quota': 'BigQuery’s quota or rate limit for the project {project} is used up for now. Wait a few minutes and try again; the quotas are in the Google Cloud console (IAM & Admin › Quotas).',
  'bigquery.error.timeout': 'The BigQuery query did not finish within {seconds} seconds. Try a shorter date range or a coarser period; the job keeps running in BigQuery and its cost is charged.',
  'bigquery.error.other': 'BigQuery could not run the query: {message}',
  'bigquery.error.noColumn': 'Choose the {role} column of {table}. Its columns are: {columns}.',
  'bigquery.error.unknownColumn': '{table} has no column "{column}". Its columns are: {columns}.',
  'bigquery.error.dateType':
    'The date column "{column}" is {type}; it must be TIMESTAMP, DATETIME or DATE. Make a view that converts it (e.g. SAFE.PARSE_TIMESTAMP) and choose the view.',
  'bigquery.error.amountType': 'The column "{column}" is {type}, not a number; amounts, quantities and prices must be INT64, FLOAT64, NUMERIC or BIGNUMERIC.',
};

export const bigquery: Messages<typeof en> = {
  en,
  pl: {
    'bigquery.source': 'Zamówienia z',
    'bigquery.source.sheet': 'arkusza',
    'bigquery.source.table': 'tabeli BigQuery',
    'bigquery.project': 'Projekt rozliczeniowy',
    'bigquery.projectHint': 'Projekt Google Cloud, który płaci za zapytania, np. my-shop-123.',
    'bigquery.table': 'Tabela lub widok',
    'bigquery.tableHint': 'projekt.zbiór.tabela albo zbiór.tabela w projekcie rozliczeniowym.',
    'bigquery.loadColumns': 'Odczytaj kolumny',
    'bigquery.dryRun': 'Oszacuj koszt',
    'bigquery.run': 'Utwórz raport z BigQuery',
    'bigquery.estimate':
      'Zapytanie przeskanuje {bytes}: około {cost} według ceny BigQuery na żądanie US${price} za TiB (cennik Google dla multiregionu US; pierwszy TiB w miesiącu jest bezpłatny). Ceny zależą od regionu i mogą się zmienić: zob. cloud.google.com/bigquery/pricing.',
    'bigquery.used': 'Tabela BigQuery {table}: klient „{customer}”; data „{date}” ({type}); kwota {amount}; zamówienie {order}.',
    'bigquery.none': 'brak',
    'bigquery.health': 'Obliczono w BigQuery (zadanie {job}, lokalizacja {location}): przetworzono {bytes}.',
    'bigquery.error.noService': 'Usługa BigQuery nie jest włączona dla tego dodatku, więc nie może on połączyć się z BigQuery. (Dla twórców: dodaj usługę zaawansowaną BigQuery do appsscript.json.)',
    'bigquery.error.badProject': 'Wpisz identyfikator projektu rozliczeniowego, np. my-shop-123 (a nie „{project}”).',
    'bigquery.error.badTable': 'Wpisz tabelę jako projekt.zbiór.tabela albo zbiór.tabela (a nie „{table}”).',
    'bigquery.error.noAccess':
      'BigQuery odmówiło dostępu do {table} dla projektu rozliczeniowego {project}. Poproś właściciela projektu o role BigQuery Job User w projekcie i BigQuery Data Viewer dla tabeli albo wybierz projekt, z którego możesz korzystać.',
    'bigquery.error.billing':
      'Projekt {project} nie ma włączonych płatności, więc BigQuery nie wykonuje dla niego zapytań. Włącz płatności w konsoli Google Cloud (Płatności) albo wybierz inny projekt rozliczeniowy.',
    'bigquery.error.notFound': 'BigQuery nie ma tabeli ani widoku {table} widocznego dla tego projektu. Sprawdź nazwę (projekt.zbiór.tabela) i lokalizację.',
    'bigquery.error.quota': 'Limit lub przydział BigQuery dla projektu {project} jest chwilowo wyczerpany. Odczekaj kilka minut i spróbuj ponownie; limity są w konsoli Google Cloud (Administracja › Limity).',
    'bigquery.error.timeout': 'Zapytanie BigQuery nie skończyło się w ciągu {seconds} s. Spróbuj krótszego zakresu dat lub dłuższego okresu; zadanie nadal działa w BigQuery i jego koszt zostanie naliczony.',
    'bigquery.error.other': 'BigQuery nie wykonało zapytania: {message}',
    'bigquery.error.noColumn': 'Wybierz kolumnę: {role} w {table}. Jej kolumny to: {columns}.',
    'bigquery.error.unknownColumn': '{table} nie ma kolumny „{column}”. Jej kolumny to: {columns}.',
    'bigquery.error.dateType':
      'Kolumna daty „{column}” ma typ {type}; musi to być TIMESTAMP, DATETIME lub DATE. Utwórz widok, który ją przekształca (np. SAFE.PARSE_TIMESTAMP), i wybierz ten widok.',
    'bigquery.error.amountType': 'Kolumna „{column}” ma typ {type}, a nie liczbowy; kwoty, ilości i ceny muszą być INT64, FLOAT64, NUMERIC lub BIGNUMERIC.',
  },
  ru: {
    'bigquery.source': 'Заказы из',
    'bigquery.source.sheet': 'листа',
    'bigquery.source.table': 'таблицы BigQuery',
    'bigquery.project': 'Платёжный проект',
    'bigquery.projectHint': 'Проект Google Cloud, который оплачивает запросы, например my-shop-123.',
    'bigquery.table': 'Таблица или представление',
    'bigquery.tableHint': 'проект.набор.таблица или набор.таблица в платёжном проекте.',
    'bigquery.loadColumns': 'Прочитать столбцы',
    'bigquery.dryRun': 'Оценить стоимость',
    'bigquery.run': 'Построить отчёт из BigQuery',
    'bigquery.estimate':
      'Запрос просмотрит {bytes}: около {cost} по цене BigQuery по запросу US${price} за ТиБ (прейскурант Google для мультирегиона US; первый ТиБ в месяц бесплатно). Цены зависят от региона и могут измениться: см. cloud.google.com/bigquery/pricing.',
    'bigquery.used': 'Таблица BigQuery {table}: клиент «{customer}»; дата «{date}» ({type}); сумма {amount}; заказ {order}.',
    'bigquery.none': 'нет',
    'bigquery.health': 'Посчитано в BigQuery (задание {job}, расположение {location}): обработано {bytes}.',
    'bigquery.error.noService': 'Сервис BigQuery не включён для этого дополнения, поэтому оно не может обратиться к BigQuery. (Для разработчиков: добавьте расширенный сервис BigQuery в appsscript.json.)',
    'bigquery.error.badProject': 'Введите идентификатор платёжного проекта, например my-shop-123 (а не «{project}»).',
    'bigquery.error.badTable': 'Введите таблицу как проект.набор.таблица или набор.таблица (а не «{table}»).',
    'bigquery.error.noAccess':
      'BigQuery отказал в доступе к {table} для платёжного проекта {project}. Попросите владельца проекта выдать роли BigQuery Job User в проекте и BigQuery Data Viewer для таблицы или выберите доступный вам проект.',
    'bigquery.error.billing':
      'В проекте {project} не включена оплата, поэтому BigQuery не выполняет для него запросы. Включите оплату в консоли Google Cloud (Оплата) или выберите другой платёжный проект.',
    'bigquery.error.notFound': 'В BigQuery нет таблицы или представления {table}, видимых этому проекту. Проверьте имя (проект.набор.таблица) и расположение.',
    'bigquery.error.quota': 'Квота или лимит частоты запросов BigQuery для проекта {project} сейчас исчерпаны. Подождите несколько минут и повторите; квоты — в консоли Google Cloud (IAM и администрирование › Квоты).',
    'bigquery.error.timeout': 'Запрос BigQuery не завершился за {seconds} с. Попробуйте более короткий диапазон дат или более крупный период; задание продолжает работать в BigQuery, и его стоимость будет списана.',
    'bigquery.error.other': 'BigQuery не смог выполнить запрос: {message}',
    'bigquery.error.noColumn': 'Выберите столбец «{role}» в {table}. Её столбцы: {columns}.',
    'bigquery.error.unknownColumn': 'В {table} нет столбца «{column}». Её столбцы: {columns}.',
    'bigquery.error.dateType':
      'Столбец даты «{column}» имеет тип {type}; нужен TIMESTAMP, DATETIME или DATE. Создайте представление, которое его преобразует (например, SAFE.PARSE_TIMESTAMP), и выберите его.',
    'bigquery.error.amountType': 'Столбец «{column}» имеет тип {type}, а не числовой; суммы, количества и цены должны быть INT64, FLOAT64, NUMERIC или BIGNUMERIC.',
  },
  ro: {
    'bigquery.source': 'Comenzi din',
    'bigquery.source.sheet': 'o foaie',
    'bigquery.source.table': 'un tabel BigQuery',
    'bigquery.project': 'Proiect de facturare',
    'bigquery.projectHint': 'Proiectul Google Cloud care plătește interogările, de ex. my-shop-123.',
    'bigquery.table': 'Tabel sau vizualizare',
    'bigquery.tableHint': 'proiect.set.tabel sau set.tabel în proiectul de facturare.',
    'bigquery.loadColumns': 'Citește coloanele',
    'bigquery.dryRun': 'Estimează costul',
    'bigquery.run': 'Creează raportul din BigQuery',
    'bigquery.estimate':
      'Interogarea va scana {bytes}: aproximativ {cost} la prețul BigQuery la cerere de US${price} per TiB (prețul de listă Google pentru multiregiunea US; primul TiB din fiecare lună este gratuit). Prețurile diferă pe regiuni și se pot schimba: vedeți cloud.google.com/bigquery/pricing.',
    'bigquery.used': 'Tabel BigQuery {table}: client „{customer}”; dată „{date}” ({type}); sumă {amount}; comandă {order}.',
    'bigquery.none': 'niciuna',
    'bigquery.health': 'Calculat în BigQuery (job {job}, locația {location}): {bytes} procesați.',
    'bigquery.error.noService': 'Serviciul BigQuery nu este activat pentru acest supliment, deci nu poate accesa BigQuery. (Pentru dezvoltatori: adăugați serviciul avansat BigQuery în appsscript.json.)',
    'bigquery.error.badProject': 'Scrieți id-ul proiectului de facturare, de ex. my-shop-123 (nu „{project}”).',
    'bigquery.error.badTable': 'Scrieți tabelul ca proiect.set.tabel sau set.tabel (nu „{table}”).',
    'bigquery.error.noAccess':
      'BigQuery a refuzat accesul la {table} pentru proiectul de facturare {project}. Cereți proprietarului proiectului rolurile BigQuery Job User pe proiect și BigQuery Data Viewer pe tabel, sau alegeți un proiect pe care îl puteți folosi.',
    'bigquery.error.billing':
      'Proiectul {project} nu are facturarea activată, deci BigQuery nu rulează interogări pentru el. Activați facturarea în consola Google Cloud (Facturare) sau alegeți alt proiect de facturare.',
    'bigquery.error.notFound': 'BigQuery nu are tabelul sau vizualizarea {table} vizibile pentru acest proiect. Verificați numele (proiect.set.tabel) și locația.',
    'bigquery.error.quota': 'Cota sau limita de frecvență BigQuery pentru proiectul {project} este epuizată deocamdată. Așteptați câteva minute și încercați din nou; cotele sunt în consola Google Cloud (IAM și administrare › Cote).',
    'bigquery.error.timeout': 'Interogarea BigQuery nu s-a terminat în {seconds} secunde. Încercați un interval de date mai scurt sau o perioadă mai mare; jobul continuă în BigQuery și costul lui se facturează.',
    'bigquery.error.other': 'BigQuery nu a putut rula interogarea: {message}',
    'bigquery.error.noColumn': 'Alegeți coloana {role} din {table}. Coloanele sunt: {columns}.',
    'bigquery.error.unknownColumn': '{table} nu are coloana „{column}”. Coloanele sunt: {columns}.',
    'bigquery.error.dateType':
      'Coloana de dată „{column}” este {type}; trebuie să fie TIMESTAMP, DATETIME sau DATE. Creați o vizualizare care o convertește (de ex. SAFE.PARSE_TIMESTAMP) și alegeți vizualizarea.',
    'bigquery.error.amountType': 'Coloana „{column}” este {type}, nu un număr; sumele, cantitățile și prețurile trebuie să fie INT64, FLOAT64, NUMERIC sau BIGNUMERIC.',
  },
  da: {
    'bigquery.source': 'Ordrer fra',
    'bigquery.source.sheet': 'et ark',
    'bigquery.source.table': 'en BigQuery-tabel',
    'bigquery.project': 'Faktureringsprojekt',
    'bigquery.projectHint': 'Det Google Cloud-projekt, der betaler for forespørgslerne, fx my-shop-123.',
    'bigquery.table': 'Tabel eller visning',
    'bigquery.tableHint': 'projekt.datasæt.tabel, eller datasæt.tabel i faktureringsprojektet.',
    'bigquery.loadColumns': 'Læs kolonnerne',
    'bigquery.dryRun': 'Anslå prisen',
    'bigquery.run': 'Lav rapporten fra BigQuery',
    'bigquery.estimate':
      'Forespørgslen vil scanne {bytes}: omkring {cost} til BigQuerys on demand-pris på US${price} pr. TiB (Googles listepris for multiregionen US; den første TiB hver måned er gratis). Priserne varierer mellem regioner og kan ændre sig: se cloud.google.com/bigquery/pricing.',
    'bigquery.used': 'BigQuery-tabel {table}: kunde »{customer}«; dato »{date}« ({type}); beløb {amount}; ordre {order}.',
    'bigquery.none': 'ingen',
    'bigquery.health': 'Beregnet i BigQuery (job {job}, placering {location}): {bytes} behandlet.',
    'bigquery.error.noService': 'BigQuery-tjenesten er ikke slået til for denne tilføjelse, så den kan ikke nå BigQuery. (Til udviklerne: tilføj den avancerede BigQuery-tjeneste i appsscript.json.)',
    'bigquery.error.badProject': 'Skriv faktureringsprojektets id, fx my-shop-123 (ikke »{project}«).',
    'bigquery.error.badTable': 'Skriv tabellen som projekt.datasæt.tabel eller datasæt.tabel (ikke »{table}«).',
    'bigquery.error.noAccess':
      'BigQuery nægtede adgang til {table} for faktureringsprojektet {project}. Bed projektets ejer om rollerne BigQuery Job User på projektet og BigQuery Data Viewer på tabellen, eller vælg et projekt, du kan bruge.',
    'bigquery.error.billing':
      'Projektet {project} har ikke fakturering slået til, så BigQuery kører ingen forespørgsler for det. Slå fakturering til i Google Cloud-konsollen (Fakturering), eller vælg et andet faktureringsprojekt.',
    'bigquery.error.notFound': 'BigQuery har ingen tabel eller visning {table}, som dette projekt kan se. Tjek navnet (projekt.datasæt.tabel) og placeringen.',
    'bigquery.error.quota': 'BigQuerys kvote eller hastighedsgrænse for projektet {project} er opbrugt for nu. Vent et par minutter, og prøv igen; kvoterne findes i Google Cloud-konsollen (IAM og administration › Kvoter).',
    'bigquery.error.timeout': 'BigQuery-forespørgslen blev ikke færdig inden for {seconds} sekunder. Prøv et kortere datointerval eller en længere periode; jobbet kører videre i BigQuery, og prisen opkræves.',
    'bigquery.error.other': 'BigQuery kunne ikke køre forespørgslen: {message}',
    'bigquery.error.noColumn': 'Vælg kolonnen {role} i {table}. Dens kolonner er: {columns}.',
    'bigquery.error.unknownColumn': '{table} har ingen kolonne »{column}«. Dens kolonner er: {columns}.',
    'bigquery.error.dateType':
      'Datokolonnen »{column}« er {type}; den skal være TIMESTAMP, DATETIME eller DATE. Lav en visning, der konverterer den (fx SAFE.PARSE_TIMESTAMP), og vælg visningen.',
    'bigquery.error.amountType': 'Kolonnen »{column}« er {type}, ikke et tal; beløb, antal og priser skal være INT64, FLOAT64, NUMERIC eller BIGNUMERIC.',
  },
};

/**
 * Messages of the predicted customer value: the sidebar's "Customer value" panel, the
 * "Customer predictions" sheet, the PREDICTED_CLV / P_ALIVE / EXPECTED_PURCHASES custom functions,
 * and the model errors (the `clv.*` keys the core's ClvError carries).
 */
import type { Messages } from './types';

const en = {
  'clv.tab': 'Customer value',
  'clv.intro':
    'Predicts how many more purchases each customer will make and what they will be worth (BG/NBD and Gamma-Gamma models), and writes one row per customer to a new sheet.',
  'clv.orderSheet': 'Order sheet',
  'clv.period': 'Model period',
  'clv.period.week': 'Weeks',
  'clv.period.day': 'Days',
  'clv.calibrationEnd': 'Calibration end (optional: later orders test the model)',
  'clv.observationEnd': 'Data end (empty: the last order date)',
  'clv.horizon': 'Horizon in months',
  'clv.discount': 'Monthly discount rate, %',
  'clv.periodsAhead': 'Periods ahead for the expected purchases',
  'clv.build': 'Predict customer value',
  'clv.working': 'Reading the orders and fitting the models…',
  'clv.done': '{customers} customers written to the sheet "{sheet}".',
  'clv.top': 'Highest predicted value',
  'clv.refundsIgnored': '{count} orders with a negative amount (refunds) were not counted as purchases.',
  'clv.holdoutResult': 'Test period: {actual} repeat purchases made, {predicted} predicted.',
  'clv.sheetName': 'Customer predictions',
  'clv.sheet.title': 'Predicted customer value from the sheet "{sheet}"',
  'clv.sheet.settings':
    'Model period: {unit}. Data from {first} to {observationEnd}; models fitted on purchases up to {calibrationEnd}. Expected purchases cover the next {t} {unit}; CLV covers {horizon} months at a monthly discount of {discount}.',
  'clv.sheet.notes':
    'Segments: Best = P(alive) at least 70% and predicted CLV in the top fifth; Growing = P(alive) at least 70%, the others; At risk = P(alive) from 30% to 70%; Likely gone = P(alive) under 30%. A customer without repeat purchases always has P(alive) = 100% in this model.',
  'clv.sheet.bgnbd': 'BG/NBD (purchases and drop-out)',
  'clv.sheet.gammaGamma': 'Gamma-Gamma (spend per purchase)',
  'clv.sheet.logLikelihood': 'Log-likelihood',
  'clv.unit.week': 'weeks',
  'clv.unit.day': 'days',
  'clv.col.customer': 'Customer',
  'clv.col.frequency': 'Repeat purchases',
  'clv.col.recency': 'Recency ({unit})',
  'clv.col.T': 'Age T ({unit})',
  'clv.col.monetary': 'Average repeat purchase',
  'clv.col.pAlive': 'P(alive)',
  'clv.col.expectedPurchases': 'Expected purchases, next {t} {unit}',
  'clv.col.expectedSpend': 'Expected spend per purchase',
  'clv.col.predictedClv': 'Predicted CLV, {horizon} months',
  'clv.col.segment': 'Segment',
  'clv.segment.best': 'Best',
  'clv.segment.growing': 'Growing',
  'clv.segment.atRisk': 'At risk',
  'clv.segment.gone': 'Likely gone',
  'clv.chart.title': 'Repeat purchases, actual vs predicted (cumulative); the test period starts after period {period} ({unit})',
  'clv.chart.period': 'Period',
  'clv.chart.actual': 'Actual',
  'clv.chart.predicted': 'Predicted',
  'clv.badInput': 'Some orders could not be used by the model. Check the customer, date and amount columns.',
  'clv.noCustomers': 'No customer bought anything up to the calibration end. Choose a later calibration end.',
  'clv.singleCustomer': 'Only one customer has enough purchases: the model needs many customers.',
  'clv.noRepeatCustomers':
    'No customer bought more than once (on different days), so the model cannot learn how often customers come back. It needs repeat purchases.',
  'clv.nonPositiveSpend': 'The spend model needs repeat purchases with a positive amount.',
  'clv.badEndDates': 'The calibration end must be on or before the data end.',
  'clv.fitFailed': 'The model could not be fitted to these orders. Try weeks instead of days, or more data.',
  'clv.spendTooVaried':
    'Purchase values vary too much for the spend model (its parameter q is {q}, it must be over 1). Check the amounts for outliers, such as a wholesale order.',
  'clv.uniformSpend':
    'Every repeat customer spends about the same per purchase, so the spend model cannot be fitted: there are no differences in spend for it to learn.',
  'clv.averageSpendUsed':
    'Every repeat customer spends about the same per purchase (their average purchase values differ by only {variation}), so spend cannot be modelled: the expected spend is the average repeat purchase value, {average}, for every customer. The p, q, γ in the parameter row are a stand-in that gives this average.',
  'clv.atBound':
    'The fit stopped at a limit of the model ({parameters}): {meaning}',
  'clv.bound.noDropout':
    'nobody seems to stop buying, so P(alive) stays near 100% for everyone and does not show who has left. A longer history usually helps.',
  'clv.bound.dropoutSplit':
    'the customers look like two kinds: about {share} stop for good right after their second purchase, and the others never stop. This happens when few customers bought more than twice; P(alive) then says little about who has left. A longer history usually helps.',
  'clv.bound.quickDropout':
    'customers seem to stop buying right after a purchase, so P(alive) falls sharply after each purchase.',
  'clv.bound.sameRate':
    "every customer seems to buy at the same pace, so a customer's past purchases say little about the next ones.",
  'clv.bound.rateSpread':
    'how often customers buy is outside what the model can estimate (a few buy very often, most almost never). Check the dates and the model period (days or weeks).',
  'clv.bound.sameSpendEachTime':
    'each customer seems to pay about the same amount every time. This is harmless: the spend predictions still hold.',
  'clv.bound.sameSpendAll':
    "customers seem to spend alike per purchase, so each customer's expected spend is close to the overall average.",
  'clv.bound.spendExtreme':
    'purchase values are extreme for the spend model. Check the amounts for outliers, such as a wholesale order.',
  'clv.notPredicted':
    '{count} customers got no prediction: the model gave no finite value for them (this should not happen; please report it). Their prediction cells are left empty and they are listed last.',
  'clv.noOrders': 'The sheet "{sheet}" has no orders with a customer, a date and an amount.',
  'clv.noAmounts': 'The sheet "{sheet}" has no amount column, so customer value cannot be predicted (retention and the cohort report still work). Choose the amount column.',
  'clv.tooLarge': 'The predictions would need {cells} cells, more than this spreadsheet can hold (10,000,000 cells over all its sheets, {used} are in use). The previous predictions were kept. Delete sheets you no longer need, or model fewer customers (a later calibration start, or a copy of the recent orders).',
  'clv.tooManyCustomers':
    'The orders have {customers} customers; with a {horizon}-month horizon the add-on models at most {max} in one run (Apps Script stops after 6 minutes; a shorter horizon allows more). Copy the orders of fewer customers, or a shorter date range, to a new sheet.',
  'clv.badDate': '{name} "{value}" is not a date: write it as YYYY-MM-DD.',
  'clv.badNumber': '{name} must be a number from {min} to {max}, not "{value}".',
  'clv.badPeriod': 'The model period must be "week" or "day", not "{value}".',
  'clv.calibrationBeforeData': 'The calibration end {date} is before the first order ({first}).',
  'clv.busy': 'Another change to this spreadsheet is in progress. Try again in a minute.',
  'clv.fn.noModel':
    'Function {fn}: this spreadsheet has no fitted model yet. Run "Customer value" in the sidebar, or give the model parameters as parameter {index} ({name}).',
  'clv.fn.recencyAfterT': 'Function {fn}: recency ({recency}) cannot be more than T ({T}); parameter 2 is the time from the first to the last purchase.',
  'clv.fn.shape': 'Function {fn} parameter {index} ({name}) must be one cell or a range of the same size as parameter 1.',
  'clv.fn.parameters':
    'Function {fn} parameter {index} ({name}) expects {count} positive numbers in a row or a column ({list}), as the "Customer predictions" sheet shows them.',
  'clv.fn.period': 'Function {fn} parameter {index} ({name}) expects "week" or "day", but it is "{value}".',
};

export const clv: Messages<typeof en> = {
  en,
  pl: {
    'clv.tab': 'Wartość klienta',
    'clv.intro':
      'Przewiduje, ile jeszcze zakupów zrobi każdy klient i ile będą one warte (modele BG/NBD i Gamma-Gamma), i zapisuje jeden wiersz na klienta w nowym arkuszu.',
    'clv.orderSheet': 'Arkusz zamówień',
    'clv.period': 'Okres modelu',
    'clv.period.week': 'Tygodnie',
    'clv.period.day': 'Dni',
    'clv.calibrationEnd': 'Koniec kalibracji (opcjonalnie: późniejsze zamówienia sprawdzają model)',
    'clv.observationEnd': 'Koniec danych (puste: data ostatniego zamówienia)',
    'clv.horizon': 'Horyzont w miesiącach',
    'clv.discount': 'Miesięczna stopa dyskontowa, %',
    'clv.periodsAhead': 'Liczba okresów naprzód dla oczekiwanych zakupów',
    'clv.build': 'Przewiduj wartość klientów',
    'clv.working': 'Odczytuję zamówienia i dopasowuję modele…',
    'clv.done': 'Zapisano {customers} klientów w arkuszu „{sheet}”.',
    'clv.top': 'Najwyższa przewidywana wartość',
    'clv.refundsIgnored': 'Zamówień z ujemną kwotą (zwrotów) nie liczono jako zakupów: {count}.',
    'clv.holdoutResult': 'Okres testowy: {actual} powtórnych zakupów, przewidziano {predicted}.',
    'clv.sheetName': 'Prognozy klientów',
    'clv.sheet.title': 'Przewidywana wartość klientów z arkusza „{sheet}”',
    'clv.sheet.settings':
      'Okres modelu: {unit}. Dane od {first} do {observationEnd}; modele dopasowane do zakupów do {calibrationEnd}. Oczekiwane zakupy obejmują następne {t} ({unit}); CLV obejmuje {horizon} mies. przy miesięcznej stopie dyskontowej {discount}.',
    'clv.sheet.notes':
      'Segmenty: Najlepsi = P(aktywny) co najmniej 70% i przewidywany CLV w najwyższej piątej części; Rosnący = P(aktywny) co najmniej 70%, pozostali; Zagrożeni = P(aktywny) od 30% do 70%; Prawdopodobnie odeszli = P(aktywny) poniżej 30%. Klient bez powtórnych zakupów ma w tym modelu zawsze P(aktywny) = 100%.',
    'clv.sheet.bgnbd': 'BG/NBD (zakupy i odejścia)',
    'clv.sheet.gammaGamma': 'Gamma-Gamma (wydatek na zakup)',
    'clv.sheet.logLikelihood': 'Logarytm wiarygodności',
    'clv.unit.week': 'tygodnie',
    'clv.unit.day': 'dni',
    'clv.col.customer': 'Klient',
    'clv.col.frequency': 'Powtórne zakupy',
    'clv.col.recency': 'Ostatni zakup ({unit})',
    'clv.col.T': 'Staż T ({unit})',
    'clv.col.monetary': 'Średni powtórny zakup',
    'clv.col.pAlive': 'P(aktywny)',
    'clv.col.expectedPurchases': 'Oczekiwane zakupy, następne {t} ({unit})',
    'clv.col.expectedSpend': 'Oczekiwany wydatek na zakup',
    'clv.col.predictedClv': 'Przewidywany CLV, {horizon} mies.',
    'clv.col.segment': 'Segment',
    'clv.segment.best': 'Najlepsi',
    'clv.segment.growing': 'Rosnący',
    'clv.segment.atRisk': 'Zagrożeni',
    'clv.segment.gone': 'Prawdopodobnie odeszli',
    'clv.chart.title': 'Powtórne zakupy, rzeczywiste i przewidywane (narastająco); okres testowy zaczyna się po okresie {period} ({unit})',
    'clv.chart.period': 'Okres',
    'clv.chart.actual': 'Rzeczywiste',
    'clv.chart.predicted': 'Przewidywane',
    'clv.badInput': 'Części zamówień model nie mógł użyć. Sprawdź kolumny klienta, daty i kwoty.',
    'clv.noCustomers': 'Do końca kalibracji żaden klient nic nie kupił. Wybierz późniejszy koniec kalibracji.',
    'clv.singleCustomer': 'Tylko jeden klient ma dość zakupów: model potrzebuje wielu klientów.',
    'clv.noRepeatCustomers':
      'Żaden klient nie kupił więcej niż raz (w różne dni), więc model nie może się nauczyć, jak często klienci wracają. Potrzebne są powtórne zakupy.',
    'clv.nonPositiveSpend': 'Model wydatków potrzebuje powtórnych zakupów o dodatniej kwocie.',
    'clv.badEndDates': 'Koniec kalibracji musi przypadać nie później niż koniec danych.',
    'clv.fitFailed': 'Nie udało się dopasować modelu do tych zamówień. Spróbuj tygodni zamiast dni albo większej ilości danych.',
    'clv.spendTooVaried':
      'Kwoty zakupów są zbyt zróżnicowane dla modelu wydatków (jego parametr q wynosi {q}, a musi być większy niż 1). Sprawdź, czy wśród kwot nie ma wartości odstających, np. zamówienia hurtowego.',
    'clv.uniformSpend':
      'Każdy powracający klient wydaje na zakup mniej więcej tyle samo, więc nie da się dopasować modelu wydatków: nie ma różnic w wydatkach, których mógłby się nauczyć.',
    'clv.averageSpendUsed':
      'Każdy powracający klient wydaje na zakup mniej więcej tyle samo (ich średnie wartości zakupów różnią się tylko o {variation}), więc wydatków nie da się modelować: oczekiwany wydatek to dla każdego klienta średnia wartość powtórnego zakupu, {average}. Parametry p, q, γ w wierszu parametrów są zastępcze i dają właśnie tę średnią.',
    'clv.atBound':
      'Dopasowanie zatrzymało się na granicy modelu ({parameters}): {meaning}',
    'clv.bound.noDropout':
      'wygląda na to, że nikt nie przestaje kupować, więc P(aktywny) pozostaje bliskie 100% dla wszystkich i nie pokazuje, kto odszedł. Zwykle pomaga dłuższa historia.',
    'clv.bound.dropoutSplit':
      'klienci wyglądają na dwa rodzaje: około {share} przestaje kupować na dobre zaraz po drugim zakupie, a pozostali nigdy nie przestają. Tak bywa, gdy niewielu klientów kupiło więcej niż dwa razy; P(aktywny) mówi wtedy niewiele o tym, kto odszedł. Zwykle pomaga dłuższa historia.',
    'clv.bound.quickDropout':
      'klienci zdają się przestawać kupować zaraz po zakupie, więc P(aktywny) gwałtownie spada po każdym zakupie.',
    'clv.bound.sameRate':
      'wszyscy klienci zdają się kupować w tym samym tempie, więc dotychczasowe zakupy klienta mówią niewiele o kolejnych.',
    'clv.bound.rateSpread':
      'częstotliwość zakupów wykracza poza to, co model potrafi oszacować (nieliczni kupują bardzo często, większość prawie nigdy). Sprawdź daty i okres modelu (dni lub tygodnie).',
    'clv.bound.sameSpendEachTime':
      'każdy klient zdaje się płacić za każdym razem mniej więcej tę samą kwotę. To nie szkodzi: prognozy wydatków nadal są wiarygodne.',
    'clv.bound.sameSpendAll':
      'klienci zdają się wydawać na zakup podobnie, więc oczekiwany wydatek każdego klienta jest bliski ogólnej średniej.',
    'clv.bound.spendExtreme':
      'wartości zakupów są skrajne dla modelu wydatków. Sprawdź, czy wśród kwot nie ma wartości odstających, np. zamówienia hurtowego.',
    'clv.notPredicted':
      'Liczba klientów bez prognozy: {count}. Model nie dał dla nich skończonej wartości (to nie powinno się zdarzyć; prosimy o zgłoszenie). Ich komórki prognozy są puste i są na końcu listy.',
    'clv.noOrders': 'Arkusz „{sheet}” nie ma zamówień z klientem, datą i kwotą.',
    'clv.noAmounts': 'Arkusz „{sheet}” nie ma kolumny kwoty, więc nie da się przewidzieć wartości klienta (retencja i raport kohort nadal działają). Wybierz kolumnę kwoty.',
    'clv.tooLarge': 'Prognozy potrzebowałyby {cells} komórek, więcej niż zmieści ten arkusz kalkulacyjny (10 000 000 komórek we wszystkich arkuszach, zajętych jest {used}). Poprzednie prognozy zostały zachowane. Usuń niepotrzebne arkusze albo modeluj mniej klientów (np. kopię ostatnich zamówień).',
    'clv.tooManyCustomers':
      'Zamówienia mają {customers} klientów; przy horyzoncie {horizon} mies. dodatek modeluje w jednym przebiegu najwyżej {max} (Apps Script przerywa po 6 minutach; krótszy horyzont pozwala na więcej). Skopiuj zamówienia mniejszej liczby klientów lub krótszy zakres dat do nowego arkusza.',
    'clv.badDate': '{name} „{value}” nie jest datą: wpisz ją jako RRRR-MM-DD.',
    'clv.badNumber': '{name} musi być liczbą od {min} do {max}, a nie „{value}”.',
    'clv.badPeriod': 'Okres modelu musi być „week” lub „day”, a nie „{value}”.',
    'clv.calibrationBeforeData': 'Koniec kalibracji {date} przypada przed pierwszym zamówieniem ({first}).',
    'clv.busy': 'Trwa inna zmiana tego arkusza kalkulacyjnego. Spróbuj ponownie za minutę.',
    'clv.fn.noModel':
      'Funkcja {fn}: ten arkusz kalkulacyjny nie ma jeszcze dopasowanego modelu. Uruchom „Wartość klienta” w panelu bocznym albo podaj parametry modelu jako parametr {index} ({name}).',
    'clv.fn.recencyAfterT': 'Funkcja {fn}: recency ({recency}) nie może być większe niż T ({T}); parametr 2 to czas od pierwszego do ostatniego zakupu.',
    'clv.fn.shape': 'Parametr {index} ({name}) funkcji {fn} musi być jedną komórką albo zakresem tej samej wielkości co parametr 1.',
    'clv.fn.parameters':
      'Parametr {index} ({name}) funkcji {fn} oczekuje {count} liczb dodatnich w wierszu lub kolumnie ({list}), tak jak pokazuje je arkusz „Prognozy klientów”.',
    'clv.fn.period': 'Parametr {index} ({name}) funkcji {fn} oczekuje „week” lub „day”, ale ma wartość „{value}”.',
  },
  ru: {
    'clv.tab': 'Ценность клиента',
    'clv.intro':
      'Прогнозирует, сколько ещё покупок сделает каждый клиент и сколько они принесут (модели BG/NBD и Gamma-Gamma), и записывает по строке на клиента на новый лист.',
    'clv.orderSheet': 'Лист заказов',
    'clv.period': 'Период модели',
    'clv.period.week': 'Недели',
    'clv.period.day': 'Дни',
    'clv.calibrationEnd': 'Конец калибровки (необязательно: более поздние заказы проверяют модель)',
    'clv.observationEnd': 'Конец данных (пусто: дата последнего заказа)',
    'clv.horizon': 'Горизонт в месяцах',
    'clv.discount': 'Месячная ставка дисконтирования, %',
    'clv.periodsAhead': 'Число периодов вперёд для ожидаемых покупок',
    'clv.build': 'Спрогнозировать ценность клиентов',
    'clv.working': 'Читаю заказы и подбираю модели…',
    'clv.done': 'Клиентов записано на лист «{sheet}»: {customers}.',
    'clv.top': 'Наибольшая прогнозная ценность',
    'clv.refundsIgnored': 'Заказы с отрицательной суммой (возвраты) не считались покупками: {count}.',
    'clv.holdoutResult': 'Тестовый период: повторных покупок {actual}, прогноз {predicted}.',
    'clv.sheetName': 'Прогноз по клиентам',
    'clv.sheet.title': 'Прогнозная ценность клиентов по листу «{sheet}»',
    'clv.sheet.settings':
      'Период модели: {unit}. Данные с {first} по {observationEnd}; модели подобраны по покупкам до {calibrationEnd}. Ожидаемые покупки — за следующие {t} ({unit}); CLV — за {horizon} мес. при месячной ставке дисконтирования {discount}.',
    'clv.sheet.notes':
      'Сегменты: Лучшие — P(активен) не меньше 70% и прогнозный CLV в верхней пятой части; Растущие — P(активен) не меньше 70%, остальные; Под угрозой — P(активен) от 30% до 70%; Вероятно ушли — P(активен) меньше 30%. У клиента без повторных покупок в этой модели всегда P(активен) = 100%.',
    'clv.sheet.bgnbd': 'BG/NBD (покупки и уход)',
    'clv.sheet.gammaGamma': 'Gamma-Gamma (сумма покупки)',
    'clv.sheet.logLikelihood': 'Логарифм правдоподобия',
    'clv.unit.week': 'недели',
    'clv.unit.day': 'дни',
    'clv.col.customer': 'Клиент',
    'clv.col.frequency': 'Повторные покупки',
    'clv.col.recency': 'Давность ({unit})',
    'clv.col.T': 'Возраст T ({unit})',
    'clv.col.monetary': 'Средняя повторная покупка',
    'clv.col.pAlive': 'P(активен)',
    'clv.col.expectedPurchases': 'Ожидаемые покупки, следующие {t} ({unit})',
    'clv.col.expectedSpend': 'Ожидаемая сумма покупки',
    'clv.col.predictedClv': 'Прогнозный CLV, {horizon} мес.',
    'clv.col.segment': 'Сегмент',
    'clv.segment.best': 'Лучшие',
    'clv.segment.growing': 'Растущие',
    'clv.segment.atRisk': 'Под угрозой',
    'clv.segment.gone': 'Вероятно ушли',
    'clv.chart.title': 'Повторные покупки, факт и прогноз (нарастающим итогом); тестовый период начинается после периода {period} ({unit})',
    'clv.chart.period': 'Период',
    'clv.chart.actual': 'Факт',
    'clv.chart.predicted': 'Прогноз',
    'clv.badInput': 'Часть заказов модель использовать не смогла. Проверьте столбцы клиента, даты и суммы.',
    'clv.noCustomers': 'До конца калибровки ни один клиент ничего не купил. Выберите более поздний конец калибровки.',
    'clv.singleCustomer': 'Достаточно покупок только у одного клиента: модели нужно много клиентов.',
    'clv.noRepeatCustomers':
      'Ни один клиент не покупал больше одного раза (в разные дни), поэтому модель не может узнать, как часто клиенты возвращаются. Нужны повторные покупки.',
    'clv.nonPositiveSpend': 'Модели сумм нужны повторные покупки с положительной суммой.',
    'clv.badEndDates': 'Конец калибровки должен быть не позже конца данных.',
    'clv.fitFailed': 'Не удалось подобрать модель по этим заказам. Попробуйте недели вместо дней или больше данных.',
    'clv.spendTooVaried':
      'Суммы покупок слишком разнятся для модели сумм (её параметр q равен {q}, а должен быть больше 1). Проверьте суммы на выбросы, например оптовый заказ.',
    'clv.uniformSpend':
      'Каждый повторный покупатель тратит за покупку примерно одинаково, поэтому модель сумм нельзя подобрать: в суммах нет различий, на которых она могла бы учиться.',
    'clv.averageSpendUsed':
      'Каждый повторный покупатель тратит за покупку примерно одинаково (их средние суммы покупок различаются всего на {variation}), поэтому суммы нельзя моделировать: ожидаемая сумма покупки для каждого клиента — средняя сумма повторной покупки, {average}. Параметры p, q, γ в строке параметров — замена, которая даёт именно это среднее.',
    'clv.atBound':
      'Подбор остановился на границе модели ({parameters}): {meaning}',
    'clv.bound.noDropout':
      'похоже, никто не перестаёт покупать, поэтому P(активен) остаётся около 100% у всех и не показывает, кто ушёл. Обычно помогает более длинная история.',
    'clv.bound.dropoutSplit':
      'клиенты выглядят как два типа: около {share} навсегда перестают покупать сразу после второй покупки, а остальные не перестают никогда. Так бывает, когда мало кто купил больше двух раз; P(активен) тогда мало говорит о том, кто ушёл. Обычно помогает более длинная история.',
    'clv.bound.quickDropout':
      'похоже, клиенты перестают покупать сразу после покупки, поэтому P(активен) резко падает после каждой покупки.',
    'clv.bound.sameRate':
      'похоже, все клиенты покупают в одном темпе, поэтому прошлые покупки клиента мало говорят о следующих.',
    'clv.bound.rateSpread':
      'частота покупок выходит за пределы того, что модель может оценить (немногие покупают очень часто, большинство почти никогда). Проверьте даты и период модели (дни или недели).',
    'clv.bound.sameSpendEachTime':
      'похоже, каждый клиент каждый раз платит примерно одну и ту же сумму. Это не страшно: прогноз сумм остаётся верным.',
    'clv.bound.sameSpendAll':
      'похоже, клиенты тратят за покупку одинаково, поэтому ожидаемая сумма каждого клиента близка к общему среднему.',
    'clv.bound.spendExtreme':
      'суммы покупок слишком необычны для модели сумм. Проверьте суммы на выбросы, например оптовый заказ.',
    'clv.notPredicted':
      'Клиентов без прогноза: {count}. Модель не дала для них конечного значения (этого не должно происходить; сообщите, пожалуйста). Их ячейки прогноза пусты, и они стоят в конце списка.',
    'clv.noOrders': 'На листе «{sheet}» нет заказов с клиентом, датой и суммой.',
    'clv.noAmounts': 'На листе «{sheet}» нет столбца суммы, поэтому ценность клиента предсказать нельзя (удержание и когортный отчёт работают). Выберите столбец суммы.',
    'clv.tooLarge': 'Прогнозам нужно {cells} ячеек — больше, чем вмещает эта таблица (10 000 000 ячеек на всех листах, занято {used}). Прежние прогнозы сохранены. Удалите ненужные листы или моделируйте меньше клиентов (например, копию недавних заказов).',
    'clv.tooManyCustomers':
      'В заказах {customers} клиентов; при горизонте {horizon} мес. дополнение моделирует за один запуск не более {max} (Apps Script останавливается через 6 минут; при более коротком горизонте можно больше). Скопируйте заказы меньшего числа клиентов или более короткий период на новый лист.',
    'clv.badDate': '{name} «{value}» — не дата: запишите её как ГГГГ-ММ-ДД.',
    'clv.badNumber': '{name} должно быть числом от {min} до {max}, а не «{value}».',
    'clv.badPeriod': 'Период модели должен быть «week» или «day», а не «{value}».',
    'clv.calibrationBeforeData': 'Конец калибровки {date} раньше первого заказа ({first}).',
    'clv.busy': 'Сейчас выполняется другое изменение этой таблицы. Повторите попытку через минуту.',
    'clv.fn.noModel':
      'Функция {fn}: в этой таблице ещё нет подобранной модели. Запустите «Ценность клиента» на боковой панели или передайте параметры модели как параметр {index} ({name}).',
    'clv.fn.recencyAfterT': 'Функция {fn}: давность ({recency}) не может быть больше T ({T}); параметр 2 — время от первой до последней покупки.',
    'clv.fn.shape': 'Параметр {index} ({name}) функции {fn} должен быть одной ячейкой или диапазоном того же размера, что и параметр 1.',
    'clv.fn.parameters':
      'Параметр {index} ({name}) функции {fn} должен содержать {count} положительных чисел в строке или столбце ({list}), как их показывает лист «Прогноз по клиентам».',
    'clv.fn.period': 'Параметр {index} ({name}) функции {fn} должен быть «week» или «day», но он равен «{value}».',
  },
  ro: {
    'clv.tab': 'Valoarea clientului',
    'clv.intro':
      'Estimează câte achiziții va mai face fiecare client și cât vor valora (modelele BG/NBD și Gamma-Gamma) și scrie câte un rând pe client într-o foaie nouă.',
    'clv.orderSheet': 'Foaia de comenzi',
    'clv.period': 'Perioada modelului',
    'clv.period.week': 'Săptămâni',
    'clv.period.day': 'Zile',
    'clv.calibrationEnd': 'Sfârșitul calibrării (opțional: comenzile ulterioare verifică modelul)',
    'clv.observationEnd': 'Sfârșitul datelor (gol: data ultimei comenzi)',
    'clv.horizon': 'Orizont în luni',
    'clv.discount': 'Rata lunară de actualizare, %',
    'clv.periodsAhead': 'Numărul de perioade înainte pentru achizițiile așteptate',
    'clv.build': 'Estimează valoarea clienților',
    'clv.working': 'Citesc comenzile și ajustez modelele…',
    'clv.done': '{customers} clienți scriși în foaia „{sheet}”.',
    'clv.top': 'Cea mai mare valoare estimată',
    'clv.refundsIgnored': 'Comenzile cu sumă negativă (rambursări) nu au fost numărate ca achiziții: {count}.',
    'clv.holdoutResult': 'Perioada de test: {actual} achiziții repetate făcute, {predicted} estimate.',
    'clv.sheetName': 'Estimări clienți',
    'clv.sheet.title': 'Valoarea estimată a clienților din foaia „{sheet}”',
    'clv.sheet.settings':
      'Perioada modelului: {unit}. Date de la {first} la {observationEnd}; modele ajustate pe achizițiile până la {calibrationEnd}. Achizițiile așteptate acoperă următoarele {t} ({unit}); CLV acoperă {horizon} luni, cu o rată lunară de actualizare de {discount}.',
    'clv.sheet.notes':
      'Segmente: Cei mai buni = P(activ) cel puțin 70% și CLV estimat în cincimea de sus; În creștere = P(activ) cel puțin 70%, ceilalți; În pericol = P(activ) între 30% și 70%; Probabil pierduți = P(activ) sub 30%. Un client fără achiziții repetate are în acest model mereu P(activ) = 100%.',
    'clv.sheet.bgnbd': 'BG/NBD (achiziții și abandon)',
    'clv.sheet.gammaGamma': 'Gamma-Gamma (suma pe achiziție)',
    'clv.sheet.logLikelihood': 'Log-verosimilitate',
    'clv.unit.week': 'săptămâni',
    'clv.unit.day': 'zile',
    'clv.col.customer': 'Client',
    'clv.col.frequency': 'Achiziții repetate',
    'clv.col.recency': 'Recență ({unit})',
    'clv.col.T': 'Vechime T ({unit})',
    'clv.col.monetary': 'Achiziție repetată medie',
    'clv.col.pAlive': 'P(activ)',
    'clv.col.expectedPurchases': 'Achiziții așteptate, următoarele {t} ({unit})',
    'clv.col.expectedSpend': 'Suma așteptată pe achiziție',
    'clv.col.predictedClv': 'CLV estimat, {horizon} luni',
    'clv.col.segment': 'Segment',
    'clv.segment.best': 'Cei mai buni',
    'clv.segment.growing': 'În creștere',
    'clv.segment.atRisk': 'În pericol',
    'clv.segment.gone': 'Probabil pierduți',
    'clv.chart.title': 'Achiziții repetate, reale și estimate (cumulat); perioada de test începe după perioada {period} ({unit})',
    'clv.chart.period': 'Perioada',
    'clv.chart.actual': 'Reale',
    'clv.chart.predicted': 'Estimate',
    'clv.badInput': 'Modelul nu a putut folosi unele comenzi. Verificați coloanele client, dată și sumă.',
    'clv.noCustomers': 'Niciun client nu a cumpărat nimic până la sfârșitul calibrării. Alegeți un sfârșit de calibrare mai târziu.',
    'clv.singleCustomer': 'Doar un client are destule achiziții: modelul are nevoie de mulți clienți.',
    'clv.noRepeatCustomers':
      'Niciun client nu a cumpărat de mai multe ori (în zile diferite), deci modelul nu poate afla cât de des revin clienții. Are nevoie de achiziții repetate.',
    'clv.nonPositiveSpend': 'Modelul sumelor are nevoie de achiziții repetate cu sumă pozitivă.',
    'clv.badEndDates': 'Sfârșitul calibrării trebuie să fie cel târziu la sfârșitul datelor.',
    'clv.fitFailed': 'Modelul nu a putut fi ajustat pe aceste comenzi. Încercați săptămâni în loc de zile sau mai multe date.',
    'clv.spendTooVaried':
      'Sumele achizițiilor variază prea mult pentru modelul sumelor (parametrul său q este {q}, trebuie să fie peste 1). Verificați dacă sumele au valori extreme, de exemplu o comandă en-gros.',
    'clv.uniformSpend':
      'Fiecare client care revine cheltuiește cam la fel pe achiziție, așa că modelul sumelor nu poate fi ajustat: nu există diferențe de cheltuieli din care să învețe.',
    'clv.averageSpendUsed':
      'Fiecare client care revine cheltuiește cam la fel pe achiziție (valorile lor medii diferă cu doar {variation}), așa că sumele nu pot fi modelate: suma așteptată este, pentru fiecare client, valoarea medie a unei achiziții repetate, {average}. Parametrii p, q, γ din rândul parametrilor sunt înlocuitori care dau exact această medie.',
    'clv.atBound':
      'Ajustarea s-a oprit la o limită a modelului ({parameters}): {meaning}',
    'clv.bound.noDropout':
      'se pare că nimeni nu încetează să cumpere, așa că P(activ) rămâne aproape de 100% pentru toți și nu arată cine a plecat. De obicei ajută un istoric mai lung.',
    'clv.bound.dropoutSplit':
      'clienții par a fi de două feluri: aproximativ {share} nu mai cumpără deloc imediat după a doua achiziție, iar ceilalți nu se opresc niciodată. Se întâmplă când puțini clienți au cumpărat de mai mult de două ori; P(activ) spune atunci puțin despre cine a plecat. De obicei ajută un istoric mai lung.',
    'clv.bound.quickDropout':
      'clienții par să nu mai cumpere imediat după o achiziție, așa că P(activ) scade brusc după fiecare achiziție.',
    'clv.bound.sameRate':
      'toți clienții par să cumpere în același ritm, așa că achizițiile trecute ale unui client spun puțin despre următoarele.',
    'clv.bound.rateSpread':
      'frecvența achizițiilor iese din ce poate estima modelul (câțiva cumpără foarte des, majoritatea aproape niciodată). Verificați datele și perioada modelului (zile sau săptămâni).',
    'clv.bound.sameSpendEachTime':
      'fiecare client pare să plătească de fiecare dată cam aceeași sumă. Nu este o problemă: estimările sumelor rămân valabile.',
    'clv.bound.sameSpendAll':
      'clienții par să cheltuiască la fel pe achiziție, așa că suma așteptată a fiecărui client este apropiată de media generală.',
    'clv.bound.spendExtreme':
      'valorile achizițiilor sunt extreme pentru modelul sumelor. Verificați dacă sumele au valori extreme, de exemplu o comandă en-gros.',
    'clv.notPredicted':
      'Clienți fără predicție: {count}. Modelul nu a dat pentru ei o valoare finită (nu ar trebui să se întâmple; vă rugăm să raportați). Celulele lor de predicție sunt goale și sunt listați la final.',
    'clv.noOrders': 'Foaia „{sheet}” nu are comenzi cu client, dată și sumă.',
    'clv.noAmounts': 'Foaia „{sheet}” nu are coloană de sumă, deci valoarea clientului nu poate fi prezisă (retenția și raportul de cohorte funcționează în continuare). Alegeți coloana sumei.',
    'clv.tooLarge': 'Previziunile ar avea nevoie de {cells} celule, mai mult decât încape în această foaie de calcul (10.000.000 de celule în toate foile, {used} sunt folosite). Previziunile anterioare au fost păstrate. Ștergeți foile de care nu mai aveți nevoie sau modelați mai puțini clienți (de ex. o copie a comenzilor recente).',
    'clv.tooManyCustomers':
      'Comenzile au {customers} clienți; cu un orizont de {horizon} luni suplimentul modelează cel mult {max} într-o rulare (Apps Script se oprește după 6 minute; un orizont mai scurt permite mai mulți). Copiați comenzile unui număr mai mic de clienți sau un interval de date mai scurt într-o foaie nouă.',
    'clv.badDate': '{name} „{value}” nu este o dată: scrieți-o ca AAAA-LL-ZZ.',
    'clv.badNumber': '{name} trebuie să fie un număr între {min} și {max}, nu „{value}”.',
    'clv.badPeriod': 'Perioada modelului trebuie să fie „week” sau „day”, nu „{value}”.',
    'clv.calibrationBeforeData': 'Sfârșitul calibrării {date} este înaintea primei comenzi ({first}).',
    'clv.busy': 'O altă modificare a acestei foi de calcul este în curs. Încercați din nou peste un minut.',
    'clv.fn.noModel':
      'Funcția {fn}: această foaie de calcul nu are încă un model ajustat. Rulați „Valoarea clientului” din bara laterală sau dați parametrii modelului ca parametrul {index} ({name}).',
    'clv.fn.recencyAfterT': 'Funcția {fn}: recența ({recency}) nu poate fi mai mare decât T ({T}); parametrul 2 este timpul de la prima la ultima achiziție.',
    'clv.fn.shape': 'Parametrul {index} ({name}) al funcției {fn} trebuie să fie o celulă sau un interval de aceeași mărime ca parametrul 1.',
    'clv.fn.parameters':
      'Parametrul {index} ({name}) al funcției {fn} așteaptă {count} numere pozitive pe un rând sau o coloană ({list}), așa cum le arată foaia „Estimări clienți”.',
    'clv.fn.period': 'Parametrul {index} ({name}) al funcției {fn} așteaptă „week” sau „day”, dar este „{value}”.',
  },
  da: {
    'clv.tab': 'Kundeværdi',
    'clv.intro':
      'Forudsiger, hvor mange køb hver kunde vil foretage fremover, og hvad de vil være værd (BG/NBD- og Gamma-Gamma-modellerne), og skriver én række pr. kunde i et nyt ark.',
    'clv.orderSheet': 'Ordreark',
    'clv.period': 'Modelperiode',
    'clv.period.week': 'Uger',
    'clv.period.day': 'Dage',
    'clv.calibrationEnd': 'Kalibreringens slutning (valgfri: senere ordrer tester modellen)',
    'clv.observationEnd': 'Dataenes slutning (tom: datoen for sidste ordre)',
    'clv.horizon': 'Horisont i måneder',
    'clv.discount': 'Månedlig diskonteringsrente, %',
    'clv.periodsAhead': 'Antal perioder frem for de forventede køb',
    'clv.build': 'Forudsig kundeværdi',
    'clv.working': 'Læser ordrerne og tilpasser modellerne…',
    'clv.done': '{customers} kunder skrevet i arket "{sheet}".',
    'clv.top': 'Højeste forventede værdi',
    'clv.refundsIgnored': 'Ordrer med negativt beløb (returneringer) blev ikke talt som køb: {count}.',
    'clv.holdoutResult': 'Testperiode: {actual} genkøb foretaget, {predicted} forudsagt.',
    'clv.sheetName': 'Kundeprognoser',
    'clv.sheet.title': 'Forventet kundeværdi fra arket "{sheet}"',
    'clv.sheet.settings':
      'Modelperiode: {unit}. Data fra {first} til {observationEnd}; modellerne er tilpasset købene til og med {calibrationEnd}. Forventede køb dækker de næste {t} ({unit}); CLV dækker {horizon} måneder med en månedlig diskonteringsrente på {discount}.',
    'clv.sheet.notes':
      'Segmenter: Bedste = P(aktiv) mindst 70 % og forventet CLV i den øverste femtedel; Voksende = P(aktiv) mindst 70 %, de øvrige; I fare = P(aktiv) fra 30 % til 70 %; Sandsynligvis tabt = P(aktiv) under 30 %. En kunde uden genkøb har i denne model altid P(aktiv) = 100 %.',
    'clv.sheet.bgnbd': 'BG/NBD (køb og frafald)',
    'clv.sheet.gammaGamma': 'Gamma-Gamma (beløb pr. køb)',
    'clv.sheet.logLikelihood': 'Log-likelihood',
    'clv.unit.week': 'uger',
    'clv.unit.day': 'dage',
    'clv.col.customer': 'Kunde',
    'clv.col.frequency': 'Genkøb',
    'clv.col.recency': 'Seneste køb ({unit})',
    'clv.col.T': 'Alder T ({unit})',
    'clv.col.monetary': 'Gennemsnitligt genkøb',
    'clv.col.pAlive': 'P(aktiv)',
    'clv.col.expectedPurchases': 'Forventede køb, næste {t} ({unit})',
    'clv.col.expectedSpend': 'Forventet beløb pr. køb',
    'clv.col.predictedClv': 'Forventet CLV, {horizon} måneder',
    'clv.col.segment': 'Segment',
    'clv.segment.best': 'Bedste',
    'clv.segment.growing': 'Voksende',
    'clv.segment.atRisk': 'I fare',
    'clv.segment.gone': 'Sandsynligvis tabt',
    'clv.chart.title': 'Genkøb, faktiske og forudsagte (akkumuleret); testperioden begynder efter periode {period} ({unit})',
    'clv.chart.period': 'Periode',
    'clv.chart.actual': 'Faktiske',
    'clv.chart.predicted': 'Forudsagte',
    'clv.badInput': 'Modellen kunne ikke bruge nogle af ordrerne. Tjek kolonnerne for kunde, dato og beløb.',
    'clv.noCustomers': 'Ingen kunde købte noget før kalibreringens slutning. Vælg en senere slutning.',
    'clv.singleCustomer': 'Kun én kunde har nok køb: modellen skal bruge mange kunder.',
    'clv.noRepeatCustomers':
      'Ingen kunde har købt mere end én gang (på forskellige dage), så modellen kan ikke lære, hvor ofte kunderne kommer igen. Den skal bruge genkøb.',
    'clv.nonPositiveSpend': 'Beløbsmodellen skal bruge genkøb med et positivt beløb.',
    'clv.badEndDates': 'Kalibreringens slutning skal ligge på eller før dataenes slutning.',
    'clv.fitFailed': 'Modellen kunne ikke tilpasses disse ordrer. Prøv uger i stedet for dage, eller flere data.',
    'clv.spendTooVaried':
      'Købsbeløbene varierer for meget til beløbsmodellen (dens parameter q er {q}, den skal være over 1). Tjek beløbene for afvigere, fx en engrosordre.',
    'clv.uniformSpend':
      'Alle genkøbende kunder bruger omtrent det samme pr. køb, så beløbsmodellen kan ikke tilpasses: der er ingen forskelle i beløbene, den kan lære af.',
    'clv.averageSpendUsed':
      'Alle genkøbende kunder bruger omtrent det samme pr. køb (deres gennemsnitlige købsbeløb afviger kun med {variation}), så beløbene kan ikke modelleres: det forventede beløb er for hver kunde det gennemsnitlige genkøbsbeløb, {average}. Parametrene p, q, γ i parameterrækken er en erstatning, der giver netop dette gennemsnit.',
    'clv.atBound':
      'Tilpasningen stoppede ved en af modellens grænser ({parameters}): {meaning}',
    'clv.bound.noDropout':
      'ingen lader til at holde op med at købe, så P(aktiv) bliver nær 100 % for alle og viser ikke, hvem der er gået. En længere historik hjælper som regel.',
    'clv.bound.dropoutSplit':
      'kunderne ligner to slags: omkring {share} holder helt op med at købe lige efter deres andet køb, og resten holder aldrig op. Det sker, når få kunder har købt mere end to gange; P(aktiv) siger så ikke meget om, hvem der er gået. En længere historik hjælper som regel.',
    'clv.bound.quickDropout':
      'kunderne lader til at holde op med at købe lige efter et køb, så P(aktiv) falder kraftigt efter hvert køb.',
    'clv.bound.sameRate':
      'alle kunder lader til at købe i samme tempo, så en kundes tidligere køb siger ikke meget om de næste.',
    'clv.bound.rateSpread':
      'hvor ofte kunderne køber, ligger uden for hvad modellen kan estimere (nogle få køber meget ofte, de fleste næsten aldrig). Tjek datoerne og modelperioden (dage eller uger).',
    'clv.bound.sameSpendEachTime':
      'hver kunde lader til at betale omtrent det samme beløb hver gang. Det er uskadeligt: beløbsprognoserne holder stadig.',
    'clv.bound.sameSpendAll':
      'kunderne lader til at bruge det samme pr. køb, så hver kundes forventede beløb ligger tæt på det samlede gennemsnit.',
    'clv.bound.spendExtreme':
      'købsbeløbene er ekstreme for beløbsmodellen. Tjek beløbene for afvigere, fx en engrosordre.',
    'clv.notPredicted':
      'Kunder uden forudsigelse: {count}. Modellen gav ingen endelig værdi for dem (det burde ikke ske; meld det gerne). Deres forudsigelsesceller er tomme, og de står sidst.',
    'clv.noOrders': 'Arket "{sheet}" har ingen ordrer med kunde, dato og beløb.',
    'clv.noAmounts': 'Arket »{sheet}« har ingen beløbskolonne, så kundeværdien kan ikke forudsiges (fastholdelse og kohorterapporten virker stadig). Vælg beløbskolonnen.',
    'clv.tooLarge': 'Forudsigelserne ville kræve {cells} celler, mere end dette regneark kan rumme (10.000.000 celler i alle ark, {used} er i brug). De tidligere forudsigelser blev bevaret. Slet ark, du ikke længere bruger, eller modellér færre kunder (fx en kopi af de seneste ordrer).',
    'clv.tooManyCustomers':
      'Ordrerne har {customers} kunder; med en horisont på {horizon} måneder modellerer tilføjelsen højst {max} ad gangen (Apps Script stopper efter 6 minutter; en kortere horisont giver plads til flere). Kopiér ordrerne for færre kunder, eller et kortere datointerval, til et nyt ark.',
    'clv.badDate': '{name} "{value}" er ikke en dato: skriv den som ÅÅÅÅ-MM-DD.',
    'clv.badNumber': '{name} skal være et tal fra {min} til {max}, ikke "{value}".',
    'clv.badPeriod': 'Modelperioden skal være "week" eller "day", ikke "{value}".',
    'clv.calibrationBeforeData': 'Kalibreringens slutning {date} ligger før den første ordre ({first}).',
    'clv.busy': 'En anden ændring af dette regneark er i gang. Prøv igen om et minut.',
    'clv.fn.noModel':
      'Funktionen {fn}: dette regneark har endnu ingen tilpasset model. Kør "Kundeværdi" i sidepanelet, eller angiv modellens parametre som parameter {index} ({name}).',
    'clv.fn.recencyAfterT': 'Funktionen {fn}: recency ({recency}) kan ikke være større end T ({T}); parameter 2 er tiden fra første til sidste køb.',
    'clv.fn.shape': 'Funktionen {fn} parameter {index} ({name}) skal være én celle eller et område af samme størrelse som parameter 1.',
    'clv.fn.parameters':
      'Funktionen {fn} parameter {index} ({name}) forventer {count} positive tal i en række eller kolonne ({list}), sådan som arket "Kundeprognoser" viser dem.',
    'clv.fn.period': 'Funktionen {fn} parameter {index} ({name}) forventer "week" eller "day", men det er "{value}".',
  },
};

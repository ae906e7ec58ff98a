/**
 * Messages of the customer-value models themselves: the errors the core's ClvError carries
 * (src/core/clv/errors.ts) and the fit diagnostics (a parameter at its bound and what it means,
 * spend too varied, the average spend used instead of Gamma-Gamma).
 */
import type { Messages } from './types';

const en = {
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
};

export const clvModel: Messages<typeof en> = {
  en,
  pl: {
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
  },
  ru: {
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
  },
  ro: {
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
  },
  da: {
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
  },
};

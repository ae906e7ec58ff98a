/**
 * Messages for a sidebar call whose request has the wrong shape (src/server/requests/): nothing a
 * user typed, so each says what arrived and to open the sidebar again.
 */
import type { Messages } from './types';

const en = {
  'request.error.notFields':
    'The sidebar sent the add-on no request (it sent {got} instead of a set of named fields). Close the sidebar, open it again from the Extensions menu and try again.',
  'request.error.badField':
    'The sidebar sent the add-on a request it cannot use (field {field}: {got}; it must be {expected}). Close the sidebar, open it again from the Extensions menu and try again.',
  'request.error.noSheet': 'Pick the order sheet first: the request names no sheet.',
  'request.expected.text': 'text of at most {max} characters',
  'request.expected.column': 'a column: a whole number from 0 (column A) to {max}',
  'request.expected.flag': 'true or false',
  'request.expected.number': 'a number',
  'request.expected.fields': 'a set of named fields',
  'request.expected.textOrList': 'text or a list of texts',
};

export const requests: Messages<typeof en> = {
  en,
  pl: {
    'request.error.notFields':
      'Panel boczny nie wysłał dodatkowi żądania (wysłał {got} zamiast zestawu nazwanych pól). Zamknij panel boczny, otwórz go ponownie z menu Rozszerzenia i spróbuj jeszcze raz.',
    'request.error.badField':
      'Panel boczny wysłał dodatkowi żądanie, którego nie da się użyć (pole {field}: {got}; musi to być {expected}). Zamknij panel boczny, otwórz go ponownie z menu Rozszerzenia i spróbuj jeszcze raz.',
    'request.error.noSheet': 'Najpierw wybierz arkusz z zamówieniami: żądanie nie wskazuje żadnego arkusza.',
    'request.expected.text': 'tekst o długości najwyżej {max} znaków',
    'request.expected.column': 'kolumna: liczba całkowita od 0 (kolumna A) do {max}',
    'request.expected.flag': 'true lub false',
    'request.expected.number': 'liczba',
    'request.expected.fields': 'zestaw nazwanych pól',
    'request.expected.textOrList': 'tekst lub lista tekstów',
  },
  ru: {
    'request.error.notFields':
      'Боковая панель не передала дополнению запрос (передано {got} вместо набора именованных полей). Закройте боковую панель, откройте её снова через меню «Расширения» и повторите попытку.',
    'request.error.badField':
      'Боковая панель передала дополнению непригодный запрос (поле {field}: {got}; требуется {expected}). Закройте боковую панель, откройте её снова через меню «Расширения» и повторите попытку.',
    'request.error.noSheet': 'Сначала выберите лист с заказами: в запросе не указан лист.',
    'request.expected.text': 'текст длиной не более {max} символов',
    'request.expected.column': 'столбец: целое число от 0 (столбец A) до {max}',
    'request.expected.flag': 'true или false',
    'request.expected.number': 'число',
    'request.expected.fields': 'набор именованных полей',
    'request.expected.textOrList': 'текст или список текстов',
  },
  ro: {
    'request.error.notFields':
      'Bara laterală nu a trimis suplimentului nicio solicitare (a trimis {got} în loc de un set de câmpuri cu nume). Închideți bara laterală, deschideți-o din nou din meniul Extensii și încercați din nou.',
    'request.error.badField':
      'Bara laterală a trimis suplimentului o solicitare care nu poate fi folosită (câmpul {field}: {got}; trebuie să fie {expected}). Închideți bara laterală, deschideți-o din nou din meniul Extensii și încercați din nou.',
    'request.error.noSheet': 'Alegeți mai întâi foaia cu comenzi: solicitarea nu numește nicio foaie.',
    'request.expected.text': 'text de cel mult {max} caractere',
    'request.expected.column': 'o coloană: un număr întreg de la 0 (coloana A) la {max}',
    'request.expected.flag': 'true sau false',
    'request.expected.number': 'un număr',
    'request.expected.fields': 'un set de câmpuri cu nume',
    'request.expected.textOrList': 'text sau o listă de texte',
  },
  da: {
    'request.error.notFields':
      'Sidepanelet sendte ingen anmodning til tilføjelsen (det sendte {got} i stedet for et sæt navngivne felter). Luk sidepanelet, åbn det igen fra menuen Udvidelser, og prøv igen.',
    'request.error.badField':
      'Sidepanelet sendte tilføjelsen en anmodning, der ikke kan bruges (feltet {field}: {got}; det skal være {expected}). Luk sidepanelet, åbn det igen fra menuen Udvidelser, og prøv igen.',
    'request.error.noSheet': 'Vælg først arket med ordrer: anmodningen nævner intet ark.',
    'request.expected.text': 'tekst på højst {max} tegn',
    'request.expected.column': 'en kolonne: et helt tal fra 0 (kolonne A) til {max}',
    'request.expected.flag': 'true eller false',
    'request.expected.number': 'et tal',
    'request.expected.fields': 'et sæt navngivne felter',
    'request.expected.textOrList': 'tekst eller en liste af tekster',
  },
};

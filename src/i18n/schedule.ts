/**
 * Messages of the weekly e-mail's schedule: the hourly run's retry when the spreadsheet is busy,
 * a schedule that cannot be made (a test deployment), and the notices a failed run leaves for the
 * menu and the sidebar.
 */
import type { Messages } from './types';

const en = {
  'email.log.busy': 'not sent yet: the spreadsheet was busy',
  'email.log.retrying':
    'Another change was being written in the spreadsheet (for example a report). The next hourly run tries again; the e-mail goes out at most once this week.',
  'email.panel.notScheduled':
    'Saved, but no weekly schedule could be set up: {reason} This happens in a test deployment of the add-on, where Google runs no schedules. To get the e-mail every week, use the add-on installed from the Google Workspace Marketplace or from a script bound to this spreadsheet (Extensions › Apps Script). "Send a test now" works here too.',
  'email.panel.notScheduledNow':
    'The weekly summary is on, but no schedule is set up for you in this spreadsheet, so it is not sent. {reason} Press Save to set it up again. In a test deployment of the add-on Google runs no schedules; "Send a test now" works.',
  'notice.title': 'Retention: weekly e-mail',
  'notice.noDocument':
    'The weekly e-mail did not go out: Google ran its schedule without access to this spreadsheet, so the orders could not be read. The schedule has been stopped. "Send a test now" in the sidebar still works.',
  'notice.emailFailed': 'The weekly e-mail for the week of {week} was not sent: {reason}',
  'menu.notices': 'Weekly e-mail: why it was not sent',
};

export const schedule: Messages<typeof en> = {
  en,
  pl: {
    'email.log.busy': 'jeszcze nie wysłano: arkusz był zajęty',
    'email.log.retrying':
      'W arkuszu zapisywana była inna zmiana (na przykład raport). Następne cogodzinne uruchomienie spróbuje ponownie; e-mail zostanie wysłany najwyżej raz w tym tygodniu.',
    'email.panel.notScheduled':
      'Zapisano, ale nie udało się ustawić cotygodniowego harmonogramu: {reason} Tak jest we wdrożeniu testowym dodatku, w którym Google nie uruchamia harmonogramów. Aby dostawać e-mail co tydzień, używaj dodatku zainstalowanego z Google Workspace Marketplace albo ze skryptu powiązanego z tym arkuszem (Rozszerzenia › Apps Script). „Wyślij test teraz” działa również tutaj.',
    'email.panel.notScheduledNow':
      'Cotygodniowe podsumowanie jest włączone, ale w tym arkuszu nie ma dla Ciebie harmonogramu, więc nie jest wysyłane. {reason} Kliknij Zapisz, aby ustawić go ponownie. We wdrożeniu testowym dodatku Google nie uruchamia harmonogramów; „Wyślij test teraz” działa.',
    'notice.title': 'Retencja: e-mail tygodniowy',
    'notice.noDocument':
      'Cotygodniowy e-mail nie został wysłany: Google uruchomił harmonogram bez dostępu do tego arkusza, więc nie dało się odczytać zamówień. Harmonogram został zatrzymany. „Wyślij test teraz” na pasku bocznym nadal działa.',
    'notice.emailFailed': 'Cotygodniowy e-mail za tydzień od {week} nie został wysłany: {reason}',
    'menu.notices': 'E-mail tygodniowy: dlaczego nie wysłano',
  },
  ru: {
    'email.log.busy': 'пока не отправлено: таблица была занята',
    'email.log.retrying':
      'В таблицу записывалось другое изменение (например, отчёт). Следующий ежечасный запуск попробует снова; письмо уйдёт не больше одного раза за эту неделю.',
    'email.panel.notScheduled':
      'Сохранено, но еженедельное расписание создать не удалось: {reason} Так бывает в тестовом развёртывании дополнения, где Google не запускает расписания. Чтобы получать письмо каждую неделю, используйте дополнение, установленное из Google Workspace Marketplace, или скрипт, привязанный к этой таблице (Расширения › Apps Script). «Отправить тест сейчас» работает и здесь.',
    'email.panel.notScheduledNow':
      'Еженедельная сводка включена, но расписания для вас в этой таблице нет, поэтому она не отправляется. {reason} Нажмите «Сохранить», чтобы создать его снова. В тестовом развёртывании дополнения Google не запускает расписания; «Отправить тест сейчас» работает.',
    'notice.title': 'Удержание: письмо за неделю',
    'notice.noDocument':
      'Еженедельное письмо не отправлено: Google запустил расписание без доступа к этой таблице, поэтому заказы прочитать не удалось. Расписание остановлено. «Отправить тест сейчас» на боковой панели по-прежнему работает.',
    'notice.emailFailed': 'Еженедельное письмо за неделю с {week} не отправлено: {reason}',
    'menu.notices': 'Письмо за неделю: почему не отправлено',
  },
  ro: {
    'email.log.busy': 'încă netrimis: foaia de calcul era ocupată',
    'email.log.retrying':
      'Se scria o altă modificare în foaia de calcul (de exemplu un raport). Următoarea rulare orară încearcă din nou; e-mailul pleacă cel mult o dată în această săptămână.',
    'email.panel.notScheduled':
      'Salvat, dar programarea săptămânală nu a putut fi creată: {reason} Așa se întâmplă într-o implementare de test a suplimentului, în care Google nu rulează programări. Pentru a primi e-mailul în fiecare săptămână, folosiți suplimentul instalat din Google Workspace Marketplace sau dintr-un script legat de această foaie de calcul (Extensii › Apps Script). „Trimite un test acum” funcționează și aici.',
    'email.panel.notScheduledNow':
      'Rezumatul săptămânal este pornit, dar în această foaie de calcul nu există o programare pentru dvs., deci nu este trimis. {reason} Apăsați Salvează pentru a o crea din nou. Într-o implementare de test a suplimentului Google nu rulează programări; „Trimite un test acum” funcționează.',
    'notice.title': 'Retenție: e-mail săptămânal',
    'notice.noDocument':
      'E-mailul săptămânal nu a plecat: Google a rulat programarea fără acces la această foaie de calcul, deci comenzile nu au putut fi citite. Programarea a fost oprită. „Trimite un test acum” din bara laterală funcționează în continuare.',
    'notice.emailFailed': 'E-mailul săptămânal pentru săptămâna din {week} nu a fost trimis: {reason}',
    'menu.notices': 'E-mail săptămânal: de ce nu a fost trimis',
  },
  da: {
    'email.log.busy': 'ikke sendt endnu: regnearket var optaget',
    'email.log.retrying':
      'En anden ændring blev skrevet i regnearket (for eksempel en rapport). Næste kørsel om en time prøver igen; e-mailen sendes højst én gang i denne uge.',
    'email.panel.notScheduled':
      'Gemt, men der kunne ikke oprettes en ugentlig tidsplan: {reason} Det sker i en testinstallation af tilføjelsen, hvor Google ikke kører tidsplaner. Brug tilføjelsen installeret fra Google Workspace Marketplace eller fra et script bundet til dette regneark (Udvidelser › Apps Script) for at få e-mailen hver uge. "Send en test nu" virker også her.',
    'email.panel.notScheduledNow':
      'Den ugentlige opsummering er slået til, men der er ingen tidsplan for dig i dette regneark, så den sendes ikke. {reason} Tryk på Gem for at oprette den igen. I en testinstallation af tilføjelsen kører Google ingen tidsplaner; "Send en test nu" virker.',
    'notice.title': 'Fastholdelse: ugentlig e-mail',
    'notice.noDocument':
      'Den ugentlige e-mail blev ikke sendt: Google kørte tidsplanen uden adgang til dette regneark, så ordrerne kunne ikke læses. Tidsplanen er stoppet. "Send en test nu" i sidepanelet virker stadig.',
    'notice.emailFailed': 'Den ugentlige e-mail for ugen fra {week} blev ikke sendt: {reason}',
    'menu.notices': 'Ugentlig e-mail: hvorfor den ikke blev sendt',
  },
};

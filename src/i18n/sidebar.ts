/**
 * Messages of the sidebar's shell: the language switch, the tabs, loading and unexpected errors.
 */
import type { Messages } from './types';

const en = {
  'sidebar.language': 'Language',
  'sidebar.tabs': 'Sections',
  'sidebar.loading': 'Loading…',
  'sidebar.error.unexpected': 'Something went wrong: {message} Try again; if it keeps happening, close and reopen the sidebar.',
};

export const sidebar: Messages<typeof en> = {
  en,
  pl: {
    'sidebar.language': 'Język',
    'sidebar.tabs': 'Sekcje',
    'sidebar.loading': 'Wczytywanie…',
    'sidebar.error.unexpected': 'Coś poszło nie tak: {message} Spróbuj ponownie; jeśli błąd się powtarza, zamknij i otwórz panel boczny.',
  },
  ru: {
    'sidebar.language': 'Язык',
    'sidebar.tabs': 'Разделы',
    'sidebar.loading': 'Загрузка…',
    'sidebar.error.unexpected': 'Что-то пошло не так: {message} Попробуйте ещё раз; если ошибка повторяется, закройте и снова откройте боковую панель.',
  },
  ro: {
    'sidebar.language': 'Limba',
    'sidebar.tabs': 'Secțiuni',
    'sidebar.loading': 'Se încarcă…',
    'sidebar.error.unexpected': 'Ceva nu a mers: {message} Încercați din nou; dacă se repetă, închideți și redeschideți bara laterală.',
  },
  da: {
    'sidebar.language': 'Sprog',
    'sidebar.tabs': 'Afsnit',
    'sidebar.loading': 'Indlæser…',
    'sidebar.error.unexpected': 'Noget gik galt: {message} Prøv igen; sker det igen, så luk sidepanelet og åbn det på ny.',
  },
};

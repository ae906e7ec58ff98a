/**
 * Messages of the sidebar's shell: the language switch, the tabs, loading and unexpected errors.
 */
import type { Messages } from './types';

const en = {
  'sidebar.language': 'Language',
  'sidebar.tabs': 'Sections',
};

export const sidebar: Messages<typeof en> = {
  en,
  pl: {
    'sidebar.language': 'Język',
    'sidebar.tabs': 'Sekcje',
  },
  ru: {
    'sidebar.language': 'Язык',
    'sidebar.tabs': 'Разделы',
  },
  ro: {
    'sidebar.language': 'Limba',
    'sidebar.tabs': 'Secțiuni',
  },
  da: {
    'sidebar.language': 'Sprog',
    'sidebar.tabs': 'Afsnit',
  },
};

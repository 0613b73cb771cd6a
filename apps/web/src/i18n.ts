import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language is part of the URL (`?lang=en`); without it the dashboard is in Vietnamese. */
export function langFromSearch(search: string): Lang {
  return new URLSearchParams(search).get('lang') === 'en' ? 'en' : 'vi';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: langFromSearch(globalThis.location?.search ?? ''),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

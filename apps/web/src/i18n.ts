import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const STORAGE_KEY = 'lotrinh.lang';

/** Vietnamese unless the user chose English before. */
export function initialLang(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Lang {
  return storage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

export function rememberLang(
  lang: Lang,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
) {
  storage?.setItem(STORAGE_KEY, lang);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initialLang(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

// Vietnamese first, English second. Each area of the application owns one namespace file per language
// (i18n/vi/<area>.ts, i18n/en/<area>.ts); the English file must have the same keys (i18n.test.ts checks).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, vi } from './resources';

export const LANGUAGE_KEY = 'hoso.lang';

export function initI18n(lng = localStorage.getItem(LANGUAGE_KEY) ?? 'vi') {
  void i18n.use(initReactI18next).init({
    resources: { vi, en },
    lng,
    fallbackLng: 'vi',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18n;
}

export { i18n };

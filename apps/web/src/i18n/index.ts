// Vietnamese first, English second. Each area of the application owns one namespace file per language
// (i18n/vi/<area>.ts, i18n/en/<area>.ts); the English file must have the same keys (i18n.test.ts checks).
// Only `common` (the shell, the login page) is in the first download; an area's texts arrive with its page.
import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './en/common';
import viCommon from './vi/common';

export const LANGUAGE_KEY = 'hoso.lang';

const namespaceFiles = import.meta.glob<{ default: Record<string, unknown> }>(['./vi/*.ts', './en/*.ts', '!./*/index.ts', '!./*/common.ts']);

/** Loads `./<language>/<namespace>.ts` when a page first asks for that namespace. */
const lazyNamespaces: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = namespaceFiles[`./${language}/${namespace}.ts`];
    if (!load) return callback(new Error(`no texts for ${language}/${namespace}`), false);
    load().then((m) => callback(null, m.default), (e: Error) => callback(e, false));
  },
};

/** Starts i18next. Tests pass every namespace up front (`resources`), the application loads them as needed. */
export function initI18n(lng = localStorage.getItem(LANGUAGE_KEY) ?? 'vi', resources?: Resource) {
  const instance = resources ? i18n : i18n.use(lazyNamespaces);
  void instance.use(initReactI18next).init({
    resources: resources ?? { vi: { common: viCommon }, en: { common: enCommon } },
    partialBundledLanguages: true,
    lng,
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18n;
}

export { i18n };

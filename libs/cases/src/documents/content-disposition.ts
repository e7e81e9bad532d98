/**
 * `Content-Disposition` for a download under its Vietnamese name: RFC 6266 / 5987 `filename*=UTF-8''…` for clients
 * that read it, and an ASCII fallback (diacritics removed, đ → d) for those that do not.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987 wants them escaped.
  const encoded = encodeURIComponent(fileName.normalize('NFC')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

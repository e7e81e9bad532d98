/** Removes every occurrence of each secret (and its URL-encoded form) from a message bound for logs or the DB. */
export function redact(message: string, secrets: (string | undefined | null)[]): string {
  let out = message;
  for (const s of secrets) {
    if (!s || s.length < 3) continue;
    for (const form of new Set([s, encodeURIComponent(s)])) out = out.split(form).join('***');
  }
  return out.replace(/\s+/g, ' ').trim();
}

// Filling the application's forms the way an official does: by the Vietnamese labels the API publishes.
import type { Locator, Page } from 'playwright-core';

/** Picks an option by its visible text in the select list open now (not one still closing). */
export async function pick(page: Page, option: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await open.getByTitle(option, { exact: true }).first().click();
}

/**
 * Opens an Ant Design select by its label and picks an option by its visible text, then checks the select shows
 * it (a click that lands while a panel above is still expanding can leave it empty: try again, as a person would).
 */
export async function choose(page: Page, scope: Page | Locator, label: string | RegExp, option: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: typeof label === 'string' }).first();
  const select = input.locator('xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  for (let attempt = 0; attempt < 3; attempt++) {
    await input.click();
    await pick(page, option);
    const shown = await select.innerText().catch(() => '');
    if (shown.includes(option)) return;
    await page.keyboard.press('Escape');
  }
  throw new Error(`could not choose "${option}" in ${String(label)}`);
}

/** Types a date as dd/MM/yyyy into a date picker and confirms it. */
export async function fillDate(scope: Page | Locator, label: string, date: string): Promise<void> {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  // Wait for the calendar to close before going on: its closing animation would cover the next field.
  await input.page().locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached', timeout: 5_000 }).catch(() => undefined);
}

/** The card of a step the user may take now, by its Vietnamese label. */
export function stepCard(page: Page, step: string): Locator {
  return page.locator('.ant-collapse-item').filter({ has: page.getByText(step, { exact: true }) });
}

/** Opens a step, lets `fill` enter its form, sends it and waits for the page to say it was done. */
export async function takeStep(page: Page, step: string, fill: (card: Locator) => Promise<void> = async () => undefined): Promise<void> {
  const card = stepCard(page, step);
  await card.waitFor();
  if (!(await card.evaluate((el) => el.classList.contains('ant-collapse-item-active')))) await card.locator('.ant-collapse-header').click();
  await fill(card);
  await card.getByRole('button', { name: 'Thực hiện bước' }).click();
  await page.getByText(`Đã thực hiện «${step}»`).waitFor();
}

/**
 * Sends the dossier upload form and waits for the server's answer and the file in the documents table (not for the
 * transient toast). A click that lands while the panel re-renders after a step sends nothing: it is tried again once
 * no request left within a few seconds, so a file is never sent twice.
 */
export async function submitUpload(page: Page, fileName: string): Promise<void> {
  const isUpload = (r: { method(): string; url(): string }) => r.method() === 'POST' && /\/cases\/[^/]+\/dossier$/.test(r.url());
  for (let attempt = 1; ; attempt++) {
    const sent = page.waitForRequest(isUpload, { timeout: 5_000 }).then(() => true, () => false);
    const answered = page.waitForResponse((r) => isUpload(r.request()), { timeout: 30_000 });
    await page.getByRole('button', { name: 'Nộp văn bản' }).click();
    if (await sent) {
      const res = await answered;
      if (res.status() !== 201) throw new Error(`upload of ${fileName} answered ${res.status()}: ${await res.text()}`);
      break;
    }
    answered.catch(() => undefined);
    if (attempt === 3) throw new Error(`the upload of ${fileName} was never sent`);
  }
  await page.getByRole('cell', { name: fileName }).first().waitFor();
}

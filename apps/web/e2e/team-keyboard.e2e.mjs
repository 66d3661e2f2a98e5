// The team lead's board from the keyboard: select cases with j/k and Space, move them with m and the
// collector picker, confirm with Enter; the row's "Reassign to…" asks before it moves; the board fits.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { gql, sessionOf, shots, signIn, withMahnwerk } from './browser.mjs';

let server;
let browser;
withMahnwerk((started) => ({ server, browser } = started));

/** The board's rows as the lead sees them: id, name, queue size and capacity. */
async function boardRows(page) {
  await page.getByTestId('collector-row').first().waitFor();
  return page.getByTestId('collector-row').evaluateAll((rows) =>
    rows.map((row) => {
      const [size, capacity] = row.querySelector('[data-testid="queue-size"]').textContent.match(/\d+/g).map(Number);
      return { id: row.dataset.collectorId, name: row.querySelector('a').textContent.trim(), size, capacity };
    }),
  );
}

/** Counts pointer presses in the page from now on: a keyboard-only flow has none. */
async function countPointerPresses(page) {
  await page.evaluate(() => {
    window.pointerPresses = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart']) {
      document.addEventListener(type, () => (window.pointerPresses += 1), true);
    }
  });
}

async function assigneeOf(page, caseId) {
  const { case: found } = await gql(server.url, 'query($id: ID!) { case(id: $id) { assignee { id } } }', { id: caseId }, sessionOf(page).token);
  return found.assignee?.id ?? null;
}

test('a lead moves two cases to another collector with the keyboard only', async () => {
  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  const rows = await boardRows(lead);
  const from = rows.find((r) => r.size >= 2);
  const to = rows.find((r) => r.id !== from.id && r.capacity - r.size >= 2);
  assert.ok(from && to, 'the demo board has a collector with two cases and one with room for two');

  await lead.goto(`${server.url}/team/collectors/${from.id}`);
  await lead.getByTestId('case-row').first().waitFor();
  await countPointerPresses(lead);

  // j, Space, j, Space: the first two rows are selected.
  await lead.keyboard.press('j');
  await lead.keyboard.press(' ');
  await lead.keyboard.press('ArrowDown');
  await lead.keyboard.press(' ');
  await lead.getByTestId('selection-bar').getByText('2 cases selected').waitFor();
  const moved = await lead.locator('[data-testid="case-row"][aria-selected="true"]').evaluateAll((r) => r.map((row) => row.dataset.caseId));
  assert.equal(moved.length, 2);

  // ? lists the board's shortcuts; Esc closes the list.
  await lead.keyboard.press('?');
  const help = lead.getByTestId('shortcut-help');
  await help.getByText('Move the selected cases to a collector').waitFor();
  await help.getByText('Select or deselect the case').waitFor();
  await lead.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });

  // m opens the picker; typing narrows it to the target, Enter goes on to the confirmation.
  await lead.keyboard.press('m');
  const picker = lead.getByTestId('move-picker');
  await picker.waitFor();
  await lead.keyboard.type(to.name);
  await picker.locator(`[role="option"][aria-selected="true"][data-collector-id="${to.id}"]`).waitFor();
  await lead.screenshot({ path: path.join(shots, 'team-keyboard-picker.png') });
  await lead.keyboard.press('Enter');
  const dialog = lead.getByTestId('move-dialog');
  await dialog.getByTestId('load-preview').waitFor();
  await lead.waitForFunction(() => document.activeElement?.dataset.testid === 'confirm-move');
  await lead.screenshot({ path: path.join(shots, 'team-keyboard-confirm.png') });
  await lead.keyboard.press('Enter');

  await lead.getByTestId('team-notice').getByText(`2 cases moved to ${to.name}.`).waitFor();
  await dialog.waitFor({ state: 'hidden' });
  for (const id of moved) await lead.locator(`[data-testid="case-row"][data-case-id="${id}"]`).waitFor({ state: 'detached' });
  const target = lead.locator(`[data-testid="collector-row"][data-collector-id="${to.id}"]`);
  await target.getByTestId('queue-size').filter({ hasText: new RegExp(`^${to.size + 2} /`) }).waitFor();
  for (const id of moved) assert.equal(await assigneeOf(lead, id), to.id);
  assert.equal(await lead.evaluate(() => window.pointerPresses), 0, 'no pointer was used');
  await lead.screenshot({ path: path.join(shots, 'team-keyboard-moved.png') });
});

test('the row\'s "Reassign to…" asks before moving: an arrow key on it moves nothing', async () => {
  const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk');
  const from = (await boardRows(lead)).find((r) => r.size >= 1);
  await lead.goto(`${server.url}/team/collectors/${from.id}`);
  const row = lead.getByTestId('case-row').first();
  await row.waitFor();
  const caseId = await row.getAttribute('data-case-id');

  await row.getByTestId('reassign-select').focus();
  await lead.keyboard.press('ArrowDown');
  const dialog = lead.getByTestId('move-dialog');
  await dialog.getByTestId('load-preview').waitFor();
  assert.equal(await assigneeOf(lead, caseId), from.id, 'nothing moves before the confirmation');

  await lead.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await lead.waitForTimeout(300);
  assert.equal(await assigneeOf(lead, caseId), from.id, 'Esc cancels the move');
  await lead.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`).waitFor();
});

test('the board and the case lists fit at 1440 and 1280 pixels, in English and German', async () => {
  for (const language of ['en', 'de']) {
    for (const [width, height] of [[1440, 900], [1280, 800]]) {
      const lead = await signIn(browser, server.url, 'lead@demo.mahnwerk', { viewport: { width, height } });
      await lead.getByTestId('team-board').waitFor();
      await lead.getByTestId('language-select').selectOption(language);
      await lead.locator(`html[lang="${language}"]`).waitFor();
      const from = (await boardRows(lead))[0];
      for (const [name, url, table] of [
        ['collector', `/team/collectors/${from.id}`, 'team-case-table'],
        ['pool', '/team/pool', 'team-case-table'],
      ]) {
        await lead.goto(`${server.url}${url}`);
        await lead.getByTestId(table).waitFor();
        await lead.getByTestId('team-board').waitFor();
        await lead.screenshot({ path: path.join(shots, `team-${name}-${language}-${width}.png`) });
        const overflow = await lead.evaluate(() => {
          const cut = [];
          for (const wrap of document.querySelectorAll('.page-team .table-wrap')) {
            if (wrap.scrollWidth > wrap.clientWidth + 1) cut.push(wrap.querySelector('table')?.dataset.testid ?? 'table');
          }
          if (document.documentElement.scrollWidth > window.innerWidth) cut.push('page');
          return cut;
        });
        assert.deepEqual(overflow, [], `${name} at ${width} px in ${language}: nothing is cut off or scrolls sideways`);
      }
      await lead.getByTestId('language-select').selectOption('en');
      await lead.context().close();
    }
  }
});

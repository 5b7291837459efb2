import ExcelJS from 'exceljs';
import { makeIdNumber } from '../contracts/idcard.js';
import { describe, expect, it } from 'vitest';
import { browserPerFile, screenshot } from './support.js';
import { apiJson } from './support-api.js';
import { loginConsole } from './support-login.js';

const browser = browserPerFile();

async function membersFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('党员台账');
  ws.addRow(['姓名', '身份证号', '手机号', '居住地点编码', '居住门牌号', '专长']);
  ws.addRow(['浏览器甲', makeIdNumber('140322', '1979-09-09', 61, 'male'), '13900000061', '140322100101-01-B1-1', '101', '法律']);
  ws.addRow(['浏览器乙', '140322197909090001', '13900000062', '140322100101-01-B1-1', '101', '']); // wrong check digit
  ws.addRow(['浏览器丙', makeIdNumber('140322', '1979-09-10', 63, 'female'), '13900000063', '140322100101-01-B1-1', '101', '教育']);
  ws.addRow(['浏览器丁', makeIdNumber('140322', '1979-09-11', 64, 'male'), '1390000006', '140322100101-01-B1-1', '101', '']); // 10-digit phone
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the members ledger', () => {
  it('imports a file with a few bad rows and reports exactly those rows', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.goto('/members');
    await page.getByTestId('members-table').waitFor();
    await page.getByTestId('import-button').click();
    await page
      .getByRole('dialog')
      .locator('input[type=file]')
      .setInputFiles({ name: '党员台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await membersFile() });
    await page.getByTestId('import-start').click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('import-created').innerText()).toContain('2');
    await expect.poll(() => page.getByTestId('import-rejected').innerText()).toContain('2');
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.innerText()).toContain('身份证号');
    const text = await problems.innerText();
    expect(text).toContain('手机号');
    expect(text).toMatch(/\b3\b/);
    expect(text).toMatch(/\b5\b/);
    expect(text).not.toMatch(/\b4\b/);
    await screenshot(page, 'import-result');
    await page.getByTestId('import-close').click();

    // The good rows are in the list, with masked numbers.
    await page.getByPlaceholder(/拼音/).fill('浏览器');
    await page.getByPlaceholder(/拼音/).press('Enter');
    const table = page.getByTestId('members-table');
    await expect.poll(() => table.innerText()).toContain('浏览器甲');
    const listed = await table.innerText();
    expect(listed).toContain('浏览器丙');
    expect(listed).not.toContain('浏览器乙');
    expect(listed).toContain('139****0061');
    expect(listed).not.toContain('13900000061');
    await context.close();
  });

  it('shows a member in both hierarchies', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    const id = (await apiJson<{ items: { id: number }[] }>(page, '/members?q=浏览器甲')).items[0]?.id;
    await page.goto(`/members/${id}`);
    await expect.poll(() => page.getByTestId('member-home').innerText()).toContain('富春园社区');
    await expect.poll(() => page.getByTestId('member-work').isVisible()).toBe(true);
    await context.close();
  });
});

describe('households in scope', () => {
  it('shows a community admin only their own households, masked, and nothing of 红楼社区', async () => {
    const { page, context } = await browser.page();
    await loginConsole(page, 'community');
    await page.goto('/households');
    const table = page.getByTestId('households-table');
    await expect.poll(() => table.innerText()).toContain('富春园社区');
    expect(await table.innerText()).not.toContain('红楼社区');
    expect((await apiJson<{ total: number }>(page, '/households?q=红楼')).total).toBe(0);
    await page.goto('/residents');
    const residents = page.getByTestId('residents-table');
    await expect.poll(() => residents.innerText()).toMatch(/\d{3}\*{4}\d{4}/);
    expect(await residents.innerText()).not.toMatch(/1[3-9]\d{9}/);
    await context.close();
  });
});

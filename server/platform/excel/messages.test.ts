import { describe, expect, it } from 'vitest';
import { ExcelError } from './errors.js';
import { problemMessages, problemText, sheetMessages } from './messages.js';

describe('messages', () => {
  it('fills the header into both languages', () => {
    expect(problemText('dateInvalid', '出生日期', { value: '2021-02-30' })).toEqual({
      'zh-CN': '“出生日期”不是有效日期：2021-02-30',
      en: '出生日期 is not a valid date: 2021-02-30',
    });
  });

  it('names the header in every cell problem, in both languages', () => {
    for (const code of Object.keys(problemMessages)) {
      if (!isProblemCode(code)) throw new Error(code);
      const text = problemText(code, '某列', { value: 'v', max: 1, length: 2, options: 'a', optionsEn: 'a' });
      expect(text['zh-CN']).toContain('某列');
      expect(text.en).toContain('某列');
      expect(`${text['zh-CN']}${text.en}`).not.toMatch(/[{}]/);
    }
  });

  it('explains lost ID digits and what to do about them', () => {
    expect(problemText('idLostDigits', '身份证号')['zh-CN']).toBe('“身份证号”被存成了数字，末几位已丢失，请把该列设为文本后重新填写');
  });

  it('renders sheet errors with their parameters', () => {
    const error = new ExcelError('tooManyRows', { max: 5000 });
    expect(error.messages['zh-CN']).toContain('5000');
    expect(error.messages.en).toContain('5000');
    expect(error.message).toBe(error.messages.en);
    expect(Object.keys(sheetMessages).sort()).toEqual(['emptySheet', 'notExcel', 'tooManyRows', 'wrongHeaders']);
  });
});

function isProblemCode(code: string): code is keyof typeof problemMessages {
  return code in problemMessages;
}

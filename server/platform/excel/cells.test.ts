import { describe, expect, it } from 'vitest';
import {
  dateFromNumber,
  dateFromText,
  enumParser,
  listParser,
  parseBoolean,
  parseDate,
  parseIdNumber,
  parseInteger,
  parsePhone,
  parseText,
  plain,
  serialDate,
  tidy,
} from './cells.js';

const options = {
  partyMember: { 'zh-CN': '党员', en: 'Party member' },
  volunteer: { 'zh-CN': '志愿者', en: 'Volunteer' },
};

describe('plain cell values', () => {
  it('reads rich text as its joined text', () => {
    expect(plain({ richText: [{ text: '张' }, { text: '三' }] })).toBe('张三');
  });
  it('reads a formula as its result and a formula without a result as blank', () => {
    expect(plain({ formula: 'A1&B1', result: '张三' })).toBe('张三');
    expect(plain({ sharedFormula: 'A2', result: 42 })).toBe(42);
    expect(plain({ formula: 'A1' })).toBeNull();
  });
  it('reads a hyperlink as its text, even when the text is rich', () => {
    expect(plain({ text: '主页', hyperlink: 'https://example.org' })).toBe('主页');
    expect(plain({ text: { richText: [{ text: '主' }, { text: '页' }] }, hyperlink: 'https://example.org' })).toBe('主页');
  });
  it('keeps formula errors recognisable', () => {
    expect(plain({ formula: 'VLOOKUP()', result: { error: '#N/A' } })).toEqual({ error: '#N/A' });
  });
});

describe('tidy', () => {
  it('turns blank and space-only text into null', () => {
    expect(tidy('   ', 'text')).toBeNull();
    expect(tidy('\u3000\u200b', 'phone')).toBeNull();
  });
  it('makes codes half-width but leaves Chinese punctuation in prose', () => {
    expect(tidy('１３８ ００１３ ８０００', 'phone')).toBe('138 0013 8000');
    expect(tidy('张三，李四（户主）', 'text')).toBe('张三，李四（户主）');
  });
});

describe('text', () => {
  it('shows numbers as Excel does, without float noise', () => {
    expect(parseText(0.1 + 0.2)).toEqual({ ok: true, value: '0.3' });
  });
  it('counts characters, not bytes, against maxLength', () => {
    expect(parseText('一二三', 3)).toEqual({ ok: true, value: '一二三' });
    expect(parseText('一二三四', 3)).toMatchObject({ ok: false, code: 'tooLong', params: { max: 3, length: 4 } });
  });
  it('reads a date cell in a text column as its date', () => {
    expect(parseText(new Date(Date.UTC(2020, 0, 2)))).toEqual({ ok: true, value: '2020-01-02' });
  });
});

describe('idNumber', () => {
  it('accepts 17 digits plus a digit or X, and upper-cases x', () => {
    expect(parseIdNumber('11010119900307123x')).toEqual({ ok: true, value: '11010119900307123X' });
    expect(parseIdNumber('110101 19900307 1234')).toEqual({ ok: true, value: '110101199003071234' });
  });
  it('reports an ID that went through a number cell as lost digits instead of guessing', () => {
    expect(parseIdNumber(110101199003071230)).toMatchObject({ ok: false, code: 'idLostDigits' });
  });
  it('reports scientific notation text (1.40322E+17) as lost digits', () => {
    expect(parseIdNumber('1.40322E+17')).toMatchObject({ ok: false, code: 'idLostDigits' });
  });
  it('rejects 15-digit and malformed IDs as a format problem', () => {
    expect(parseIdNumber('110101900307123')).toMatchObject({ ok: false, code: 'idFormat' });
    expect(parseIdNumber('1101011990030712AB')).toMatchObject({ ok: false, code: 'idFormat' });
    expect(parseIdNumber(12345)).toMatchObject({ ok: false, code: 'idFormat' });
  });
});

describe('phone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['8613800138000', '13800138000'],
  ])('reads %s as %s', (input, expected) => {
    expect(parsePhone(input)).toEqual({ ok: true, value: expected });
  });
  it('reads a number cell', () => {
    expect(parsePhone(13800138000)).toEqual({ ok: true, value: '13800138000' });
  });
  it('rejects landlines and short numbers', () => {
    expect(parsePhone('010-12345678')).toMatchObject({ ok: false, code: 'phoneFormat' });
    expect(parsePhone('1380013800')).toMatchObject({ ok: false, code: 'phoneFormat' });
  });
});

describe('date', () => {
  it.each([
    ['2020-1-2', '2020-01-02'],
    ['2020/01/02', '2020-01-02'],
    ['2020.1.2', '2020-01-02'],
    ['2020年1月2日', '2020-01-02'],
    ['2020 年 1 月 2 日', '2020-01-02'],
    ['2020年01月', '2020-01-01'],
    ['2020-01', '2020-01-01'],
    ['1990.05', '1990-05-01'],
    ['20200102', '2020-01-02'],
    ['202001', '2020-01-01'],
    ['2020-01-02 08:30:00', '2020-01-02'],
    ['43832', '2020-01-02'],
  ])('reads %s as %s', (input, expected) => {
    expect(dateFromText(input)).toBe(expected);
  });
  it.each(['2021-02-30', '2020-13-01', '1899-12-31', '2020年', '明年', '1/2/2020'])('refuses %s', (input) => {
    expect(dateFromText(input)).toBeNull();
  });
  it('reads Excel serial numbers, including the 1900 leap-year quirk', () => {
    expect(serialDate(43832)).toBe('2020-01-02');
    expect(serialDate(43832.75)).toBe('2020-01-02');
    expect(serialDate(1)).toBe('1900-01-01');
    expect(serialDate(59)).toBe('1900-02-28');
    expect(serialDate(60)).toBeNull();
    expect(serialDate(61)).toBe('1900-03-01');
    expect(serialDate(42370, true)).toBe('2020-01-02');
  });
  it('reads number cells typed as 20200102, 202001 or 1990.05', () => {
    expect(dateFromNumber(20200102)).toBe('2020-01-02');
    expect(dateFromNumber(202001)).toBe('2020-01-01');
    expect(dateFromNumber(1990.05)).toBe('1990-05-01');
    expect(dateFromNumber(1990.12)).toBe('1990-12-01');
  });
  it('refuses 1990.1, which Excel cannot tell from 1990.10', () => {
    expect(dateFromNumber(1990.1)).toBeNull();
  });
  it('reads a date cell by its UTC fields so Asia/Shanghai does not shift it a day', () => {
    expect(parseDate(new Date(Date.UTC(2020, 0, 2)))).toEqual({ ok: true, value: '2020-01-02' });
    expect(parseDate(new Date(Date.UTC(2020, 0, 2, 23, 59)))).toEqual({ ok: true, value: '2020-01-02' });
  });
  it('reports 2021-02-30 with the value as written', () => {
    expect(parseDate('2021-02-30')).toEqual({ ok: false, code: 'dateInvalid', params: { value: '2021-02-30' } });
  });
  it('reports a formula error as a formula error', () => {
    expect(parseDate({ error: '#REF!' })).toMatchObject({ ok: false, code: 'cellError', params: { value: '#REF!' } });
  });
});

describe('integer', () => {
  it('reads whole numbers from number cells and text', () => {
    expect(parseInteger(3)).toEqual({ ok: true, value: 3 });
    expect(parseInteger('1,234')).toEqual({ ok: true, value: 1234 });
    expect(parseInteger('5.0')).toEqual({ ok: true, value: 5 });
    expect(parseInteger('-2')).toEqual({ ok: true, value: -2 });
  });
  it('refuses fractions and words', () => {
    expect(parseInteger(2.5)).toMatchObject({ ok: false, code: 'integerInvalid' });
    expect(parseInteger('三')).toMatchObject({ ok: false, code: 'integerInvalid' });
  });
});

describe('boolean', () => {
  it.each([
    ['1', true],
    ['0', false],
    ['是', true],
    ['否', false],
    ['Y', true],
    ['n', false],
    ['TRUE', true],
    ['false', false],
    [1, true],
    [0, false],
    [true, true],
  ] as const)('reads %s as %s', (input, expected) => {
    expect(parseBoolean(input)).toEqual({ ok: true, value: expected });
  });
  it('refuses anything else', () => {
    expect(parseBoolean('也许')).toMatchObject({ ok: false, code: 'booleanInvalid' });
    expect(parseBoolean(2)).toMatchObject({ ok: false, code: 'booleanInvalid' });
  });
});

describe('enum', () => {
  const parse = enumParser(options);
  it('reads the Chinese label, the English label or the key, in any case', () => {
    expect(parse('党员')).toEqual({ ok: true, value: 'partyMember' });
    expect(parse('party MEMBER')).toEqual({ ok: true, value: 'partyMember' });
    expect(parse('VOLUNTEER')).toEqual({ ok: true, value: 'volunteer' });
    expect(parse('partymember')).toEqual({ ok: true, value: 'partyMember' });
  });
  it('lists the choices in both languages when the value is unknown', () => {
    expect(parse('群众')).toEqual({
      ok: false,
      code: 'enumInvalid',
      params: { value: '群众', options: '党员、志愿者', optionsEn: '党员 (Party member), 志愿者 (Volunteer)' },
    });
  });
  it('lets a label win over a key that spells it', () => {
    const tricky = enumParser({ a: { 'zh-CN': '甲', en: 'b' }, b: { 'zh-CN': '乙', en: 'Bee' } });
    expect(tricky('b')).toEqual({ ok: true, value: 'a' });
  });
});

describe('list', () => {
  const parse = listParser(options);
  it.each(['党员、志愿者', '党员，志愿者', '党员,志愿者', '党员；志愿者', '党员/志愿者', '党员 志愿者', '党员、、志愿者、'])('splits %s', (input) => {
    expect(parse(input)).toEqual({ ok: true, value: ['partyMember', 'volunteer'] });
  });
  it('keeps English labels with spaces whole and drops repeats', () => {
    expect(parse('Party member, volunteer, 党员')).toEqual({ ok: true, value: ['partyMember', 'volunteer'] });
  });
  it('names the part it does not know', () => {
    expect(parse('党员、楼长')).toMatchObject({ ok: false, code: 'listInvalid', params: { value: '楼长' } });
  });
  it('reads only separators as empty', () => {
    expect(parse('、')).toEqual({ ok: true, value: null });
  });
});

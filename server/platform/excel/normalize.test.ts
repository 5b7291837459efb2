import { describe, expect, it } from 'vitest';
import { cleanCode, cleanProse, displayWidth, halfWidth, headerKey, shorten, withoutBracketNote } from './normalize.js';

describe('normalize', () => {
  it('turns full-width ASCII (ＡＢＣ１２３) and the ideographic space into half-width', () => {
    expect(halfWidth('ＡＢＣ１２３\u3000ｘ')).toBe('ABC123 x');
  });

  it('collapses stray spaces and strips zero-width characters in prose', () => {
    expect(cleanProse('  张\u200b三   丰\u3000 ')).toBe('张三 丰');
  });

  it('keeps Chinese punctuation but widens letters and digits in prose', () => {
    expect(cleanProse('东城区１号楼（东侧），２单元')).toBe('东城区1号楼（东侧），2单元');
  });

  it('keeps line breaks inside a cell and drops blank lines', () => {
    expect(cleanProse(' 第一行 \r\n\r\n  第二行 ')).toBe('第一行\n第二行');
  });

  it('makes codes fully half-width', () => {
    expect(cleanCode(' ２０２０年１月２日，\t')).toBe('2020年1月2日,');
  });

  it('matches headers regardless of spaces, width, case and a required *', () => {
    expect(headerKey(' 姓 名 *')).toBe('姓名');
    expect(headerKey('＊身份证号')).toBe('身份证号');
    expect(headerKey('ID Number')).toBe('idnumber');
  });

  it('drops a bracketed note after a header', () => {
    expect(withoutBracketNote(headerKey('联系电话（手机）'))).toBe('联系电话');
    expect(withoutBracketNote('出生日期【必填】')).toBe('出生日期');
    expect(withoutBracketNote('(备注)')).toBe('');
  });

  it('counts CJK as two width units', () => {
    expect(displayWidth('身份证号ID')).toBe(10);
  });

  it('shortens long values for messages', () => {
    expect(shorten('一'.repeat(50), 5)).toBe('一一一一一…');
  });
});

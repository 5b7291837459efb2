import { describe, expect, it } from 'vitest';
import { checkAgreementFile, MAX_AGREEMENT_BYTES } from './agreementFile.js';

describe('checkAgreementFile', () => {
  it('takes a PDF, JPG or PNG up to 5 MB', () => {
    expect(checkAgreementFile({ name: '协议.pdf', size: 1000, type: 'application/pdf' })).toBeNull();
    expect(checkAgreementFile({ name: 'scan.JPG', size: MAX_AGREEMENT_BYTES, type: 'image/jpeg' })).toBeNull();
    expect(checkAgreementFile({ name: 'scan.png', size: 10 })).toBeNull();
  });

  it('refuses other types, empty and oversized files', () => {
    expect(checkAgreementFile({ name: 'scan.docx', size: 10 })).toBe('type');
    expect(checkAgreementFile({ name: 'scan.pdf', size: 10, type: 'text/html' })).toBe('type');
    expect(checkAgreementFile({ name: 'scan.pdf', size: 0 })).toBe('empty');
    expect(checkAgreementFile({ name: 'scan.pdf', size: MAX_AGREEMENT_BYTES + 1 })).toBe('size');
  });
});

/** The largest 共建协议 scan the server accepts. */
export const MAX_AGREEMENT_BYTES = 5 * 1024 * 1024;
export const AGREEMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

export type AgreementProblem = 'type' | 'size' | 'empty';

/** What is wrong with a chosen scan before it is sent, or null: PDF, JPG or PNG up to 5 MB. */
export function checkAgreementFile(file: { name: string; size: number; type?: string }): AgreementProblem | null {
  if (!/\.(pdf|jpe?g|png)$/i.test(file.name)) return 'type';
  if (file.type && !['application/pdf', 'image/jpeg', 'image/png'].includes(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_AGREEMENT_BYTES) return 'size';
  return null;
}

import { Form, Input } from 'antd';
import { type IdCardProblem, parseIdNumber } from '#contracts/idcard.js';
import type { Gender } from '#contracts/labels.js';
import { useT } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';

const PROBLEM_KEYS: Record<IdCardProblem, MessageKey> = {
  format: 'people.idNumber.format',
  checksum: 'people.idNumber.checksum',
  birthDate: 'people.idNumber.birthDate',
};

type Props = {
  required: boolean;
  /** The masked number on record (editing): left blank, it stays. */
  current?: string | null;
};

/** 身份证号, checked here (format, check digit, birth date); the form shows what a valid one encodes with `identityOf`. */
export function IdNumberField({ required, current }: Props) {
  const t = useT();
  return (
    <Form.Item
      name="idNumber"
      label={t('people.field.idNumber')}
      extra={current ? t('people.field.idNumber.keep', { current }) : t('people.field.idNumber.hint')}
      normalize={(value: string) => value.toUpperCase()}
      rules={[
        { required, message: t('people.field.idNumber.required') },
        {
          validator: (_, value: string | undefined) => {
            if (!value?.trim()) return Promise.resolve();
            const parsed = parseIdNumber(value);
            return parsed.ok ? Promise.resolve() : Promise.reject(new Error(t(PROBLEM_KEYS[parsed.problem])));
          },
        },
      ]}
    >
      <Input maxLength={18} autoComplete="off" />
    </Form.Item>
  );
}

/** The gender and birth date a valid ID number encodes, or nothing. */
export function identityOf(idNumber: string | undefined): { gender: Gender; birthDate: string } | null {
  if (!idNumber?.trim()) return null;
  const parsed = parseIdNumber(idNumber);
  return parsed.ok ? { gender: parsed.facts.gender, birthDate: parsed.facts.birthDate } : null;
}

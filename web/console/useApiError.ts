import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client.js';
import { errorText } from '../api/errorText.js';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * Shows a failed call: on the form field the server named, when the form has it, else as a message.
 * Returns the text, for pages that also show it inline.
 */
export function useApiError() {
  const { message } = App.useApp();
  const { lang, t } = useI18n();
  return useCallback(
    (error: unknown, form?: FormInstance): string => {
      const text = errorText(error, lang, t);
      if (form && showOnField(form, error, text)) return text;
      void message.error(text);
      return text;
    },
    [lang, t, message],
  );
}

/** Puts the message on the form field the error names, if the form has that field. */
export function showOnField(form: FormInstance, error: unknown, text: string): boolean {
  const field = error instanceof ApiError ? error.field : undefined;
  if (!field || !(field in form.getFieldsValue())) return false;
  form.setFields([{ name: field, errors: [text] }]);
  return true;
}

import { Button, Input } from 'antd-mobile';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.js';

/** The screen's 6-character code typed by hand: letters and digits only, upper case as on the screen. */
export function CodeEntry({ pending, onSubmit }: { pending: boolean; onSubmit: (code: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const ready = code.length === 6;
  return (
    <form
      className="act-code-entry"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) onSubmit(code);
      }}
    >
      <Input
        className="act-code-input"
        value={code}
        onChange={(value) =>
          setCode(
            value
              .toUpperCase()
              .replace(/[^0-9A-Z]/g, '')
              .slice(0, 6),
          )
        }
        placeholder={t('act.check.codePlaceholder')}
        autoComplete="off"
        autoCapitalize="characters"
        aria-label={t('act.check.codeLabel')}
        data-testid="check-code-input"
      />
      <Button block type="submit" color="primary" size="large" disabled={!ready} loading={pending} data-testid="check-submit">
        {t('act.check.submit')}
      </Button>
    </form>
  );
}

import { Result } from 'antd-mobile';
import { useT } from '../../i18n/I18nProvider.js';

export function WishWallPage() {
  const t = useT();
  return <Result status="info" title={t('common.comingSoon')} />;
}

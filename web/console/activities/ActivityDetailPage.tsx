import { Result } from 'antd';
import { useT } from '../../i18n/I18nProvider.js';

export function ActivityDetailPage() {
  const t = useT();
  return <Result status="info" title={t('common.comingSoon')} />;
}

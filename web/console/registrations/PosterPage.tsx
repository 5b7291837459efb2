import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { posterQrUrl, useCommunityCard } from '../../api/registration.js';
import { useCurrentSession } from '../../auth/SessionContext.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { PlacePicker } from '../places/PlacePicker.js';

/** The A4 poster a community prints and puts up: its name, "扫码报到" and the QR code of the phone page. */
export function PosterPage() {
  const { t } = useI18n();
  const { account } = useCurrentSession();
  const own = account.place.kind === 'community' ? account.place : null;
  const [picked, setPicked] = useState<{ id: number; name: string } | null>(null);
  const community = own ?? picked;

  return (
    <Flex vertical gap={16}>
      <Flex className="no-print" justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('reg.poster.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          {!own && (
            <PlacePicker
              style={{ width: 320 }}
              placeholder={t('reg.poster.place')}
              accept={(hit) => hit.kind === 'community'}
              value={picked?.id}
              onChange={(id) => setPicked(id === undefined ? null : { id, name: '' })}
            />
          )}
          <Button type="primary" icon={<PrinterOutlined />} disabled={!community} onClick={() => window.print()} data-testid="poster-print">
            {t('reg.poster.print')}
          </Button>
        </Flex>
      </Flex>
      {community ? (
        <Card className="poster-card">
          <div className="poster" data-testid="poster">
            <PosterTitle id={community.id} fallback={community.name} />
            <div className="poster-scan">{t('reg.poster.scan')}</div>
            <img className="poster-qr" src={posterQrUrl(community.id)} alt={t('reg.poster.scan')} data-testid="poster-qr" />
            <p className="poster-hint">{t('reg.poster.hint')}</p>
            <div className="poster-brand">{t('app.name')}</div>
          </div>
        </Card>
      ) : (
        <Card>
          <Empty description={t('reg.poster.pick')} />
        </Card>
      )}
    </Flex>
  );
}

/** The community's name as the public card shows it, so a picked place also gets its name. */
function PosterTitle({ id, fallback }: { id: number; fallback: string }) {
  const card = useCommunityCard(id);
  return <h1 className="poster-name">{card.data?.name ?? fallback}</h1>;
}

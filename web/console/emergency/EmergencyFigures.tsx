import { Card, Col, Progress, Row, Statistic } from 'antd';
import type { Emergency } from '../../api/emergency.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { ANSWER_COLORS, answeredPercent, type Figures, figuresOf } from './emergencyFigures.js';

const ITEMS: { key: keyof Figures; text: MessageKey; color?: string }[] = [
  { key: 'called', text: 'emergency.figure.called' },
  { key: 'now', text: 'emergency.answer.now', color: ANSWER_COLORS.now },
  { key: 'later', text: 'emergency.answer.later', color: ANSWER_COLORS.later },
  { key: 'cannot', text: 'emergency.answer.cannot', color: ANSWER_COLORS.cannot },
  { key: 'silent', text: 'emergency.answer.silent', color: '#8c8c8c' },
];

/** The big live figures: called, 马上到, 稍后到, 无法到, 未回复, and how much of the roll call has answered. */
export function EmergencyFigures({ emergency }: { emergency: Emergency }) {
  const { t } = useI18n();
  const figures = figuresOf(emergency);
  return (
    <Row gutter={[12, 12]} data-testid="emergency-figures">
      {ITEMS.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Card size="small" className="emergency-figure">
            <Statistic
              title={t(item.text)}
              value={figures[item.key]}
              styles={item.color ? { content: { color: item.color } } : undefined}
              valueRender={(node) => <span data-testid={`emergency-figure-${item.key}`}>{node}</span>}
            />
          </Card>
        </Col>
      ))}
      <Col xs={24} md={16} xl={4}>
        <Card size="small" className="emergency-figure" style={{ height: '100%' }}>
          <div style={{ color: 'rgba(0,0,0,0.45)', marginBottom: 8 }}>{t('emergency.figure.answered')}</div>
          <Progress percent={answeredPercent(figures)} status={emergency.endedAt ? 'normal' : 'active'} data-testid="emergency-answered" />
        </Card>
      </Col>
    </Row>
  );
}

import { CheckOutlined, FileSearchOutlined, IdcardOutlined, LikeOutlined, TrophyOutlined } from '@ant-design/icons';
import { List, Popup, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { NOTICE_CONSENTS } from '#contracts/evaluation.js';
import type { Role } from '#contracts/labels.js';
import { type NoticeConsent, useNoticeConsent, useSetNoticeConsent } from '../../api/evaluation-phone.js';
import { errorText } from '../../api/errorText.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import './evaluation.css';

/** Whether the Me page shows 双评价 entries for this role. */
export const hasEvaluationEntries = (role: Role) => role === 'member' || role === 'resident';

const CONSENT_TEXT: Record<NoticeConsent, { title: MessageKey; hint: MessageKey }> = {
  full: { title: 'evalPhone.consent.full', hint: 'evalPhone.consent.full.hint' },
  masked: { title: 'evalPhone.consent.masked', hint: 'evalPhone.consent.masked.hint' },
  hidden: { title: 'evalPhone.consent.hidden', hint: 'evalPhone.consent.hidden.hint' },
};

/** 双评价 on the Me page: a member's 我的年度评价, 公示 and 公示署名; a resident's 群众评议 and 公示. */
export function EvaluationEntries({ role }: { role: Role }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (!hasEvaluationEntries(role)) return null;
  return (
    <List mode="card" header={t('evalPhone.me.title')} className="phone-section" data-testid="me-evaluation">
      {role === 'member' && (
        <List.Item
          prefix={<TrophyOutlined />}
          description={t('evalPhone.me.mineHint')}
          onClick={() => navigate('/m/evaluation')}
          data-testid="me-evaluation-mine"
        >
          {t('evalPhone.mine.title')}
        </List.Item>
      )}
      {role === 'resident' && (
        <List.Item
          prefix={<LikeOutlined />}
          description={t('evalPhone.me.reviewsHint')}
          onClick={() => navigate('/m/reviews')}
          data-testid="me-evaluation-reviews"
        >
          {t('evalPhone.review.title')}
        </List.Item>
      )}
      <List.Item
        prefix={<FileSearchOutlined />}
        description={t('evalPhone.me.noticeHint')}
        onClick={() => navigate('/m/notice')}
        data-testid="me-evaluation-notice"
      >
        {t('evalPhone.board.title')}
      </List.Item>
      {role === 'member' && <ConsentItem />}
    </List>
  );
}

/** 公示署名: the member's choice, opened in a sheet of three explained choices; a tap saves it. */
function ConsentItem() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const consent = useNoticeConsent();
  const save = useSetNoticeConsent();
  // Until the server answers, the default a member starts with.
  const current: NoticeConsent = consent.data?.noticeConsent ?? 'masked';

  const choose = (choice: NoticeConsent) => {
    if (save.isPending) return;
    if (choice === current) {
      setOpen(false);
      return;
    }
    save.mutate(choice, {
      onSuccess: (saved) => {
        setOpen(false);
        Toast.show({ icon: 'success', content: t('evalPhone.consent.saved', { choice: t(CONSENT_TEXT[saved.noticeConsent].title) }) });
      },
      onError: (error) => Toast.show({ icon: 'fail', content: errorText(error, lang, t) }),
    });
  };

  return (
    <>
      <List.Item
        prefix={<IdcardOutlined />}
        extra={<span data-testid="me-consent-value">{t(CONSENT_TEXT[current].title)}</span>}
        onClick={() => setOpen(true)}
        data-testid="me-consent"
      >
        {t('evalPhone.consent.title')}
      </List.Item>
      <Popup visible={open} onMaskClick={() => setOpen(false)} onClose={() => setOpen(false)} showCloseButton bodyClassName="ev-popup">
        <div data-testid="consent-sheet">
          <div className="ev-popup-head">{t('evalPhone.consent.title')}</div>
          <div className="phone-hint">{t('evalPhone.consent.intro')}</div>
          <List>
            {NOTICE_CONSENTS.map((choice) => (
              <List.Item
                key={choice}
                description={t(CONSENT_TEXT[choice].hint)}
                extra={choice === current ? <CheckOutlined className="ev-check" /> : null}
                arrowIcon={false}
                onClick={() => choose(choice)}
                disabled={save.isPending}
                data-testid={`consent-${choice}`}
              >
                {t(CONSENT_TEXT[choice].title)}
              </List.Item>
            ))}
          </List>
        </div>
      </Popup>
    </>
  );
}

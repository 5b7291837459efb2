import { Button, DatePicker, Form, type ImageUploadItem, NavBar, NoticeBar, Selector, Switch, TextArea, Toast } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ORDER_CATEGORIES, ORDER_CATEGORY_LABELS, type OrderCategory } from '#contracts/labels.js';
import { VISIT_KINDS, type VisitableDto, type VisitKind } from '#contracts/pairing.js';
import { ApiError } from '../../api/client.js';
import { errorText } from '../../api/errorText.js';
import { PHOTO_MAX_COUNT } from '../../api/orders.js';
import { useLogVisit } from '../../api/pairing.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { MessageKey } from '../../i18n/translate.js';
import { useBack } from '../orders/phoneBack.js';
import { PhotoPicker, photoIds } from '../orders/PhotoPicker.js';
import '../orders/orders.css';
import { useMyHouseholds } from './useMyHouseholds.js';
import { VisitHouseholdSearch } from './VisitHouseholdSearch.js';
import './visits.css';

/** Only the fields on the form are in the values: `category` and `description` while 转需求 is on, `reason` while asked for. */
type Values = { date: Date; kind: VisitKind[]; notes?: string; reason?: string; category?: OrderCategory[]; description?: string };

const KIND_KEYS: Record<VisitKind, MessageKey> = { routine: 'pairing.kind.routine', festival: 'pairing.kind.festival', need: 'pairing.kind.need' };

/**
 * 记录走访: date, kind, notes, photos; a problem found can become a need (服务工单) in the same step.
 * 走访其他住户: the member may pick a household they are not paired with; then a reason is required and the visit is flagged.
 */
export function VisitNewPage() {
  const { t, lang, label } = useI18n();
  const navigate = useNavigate();
  const back = useBack('/m/visits');
  const [params, setParams] = useSearchParams();
  const householdId = Number(params.get('householdId')) || null;
  const due = useMyHouseholds();
  const mine = householdId === null ? undefined : due.rows.find((d) => d.household.id === householdId);
  // A household found by the search: its address, and whether it is one of mine after all.
  const [picked, setPicked] = useState<VisitableDto | null>(null);
  const found = picked && picked.id === householdId ? picked : null;
  const [searching, setSearching] = useState(householdId === null);
  const [form] = Form.useForm<Values>();
  const log = useLogVisit();
  const [photos, setPhotos] = useState<ImageUploadItem[]>([]);
  const [uploading, setUploading] = useState(0);
  const [withNeed, setWithNeed] = useState(false);
  // Asked for up front when the household is not among mine; or once the server says so.
  const [askReason, setAskReason] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const other = householdId !== null && !due.isPending && !due.isError && !mine && !found?.paired;
  const needsReason = askReason || other;

  const pick = (household: VisitableDto) => {
    setPicked(household);
    setParams({ householdId: String(household.id) }, { replace: true });
    setSearching(false);
    setAskReason(false);
    setFailure(null);
    // The form is there only once a household is chosen: a stale reason must not follow to the next one.
    if (householdId !== null) form.setFieldsValue({ reason: undefined });
  };

  const finish = (v: Values) => {
    if (householdId === null) return;
    if (uploading > 0) {
      Toast.show({ content: t('orders.phone.photo.uploading') });
      return;
    }
    setFailure(null);
    const category = v.category?.[0];
    log.mutate(
      {
        householdId,
        date: dayjs(v.date).format('YYYY-MM-DD'),
        kind: v.kind[0] ?? 'routine',
        notes: (v.notes ?? '').trim(),
        photos: photoIds(photos),
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(withNeed && category ? { need: { category, description: (v.description ?? '').trim() } } : {}),
      },
      {
        onSuccess: (visit) => {
          const saved = visit.needOrderId ? 'pairing.visit.savedWithNeed' : visit.flagged ? 'pairing.visit.savedFlagged' : 'pairing.visit.saved';
          Toast.show({ icon: 'success', content: t(saved) });
          navigate('/m/visits', { replace: true });
        },
        onError: (error) => {
          const text = errorText(error, lang, t);
          if (error instanceof ApiError && error.field === 'reason') {
            setAskReason(true);
            // The field renders on this update; put the message on it once it is there.
            setTimeout(() => form.setFields([{ name: 'reason', errors: [text] }]), 0);
          } else setFailure(text);
        },
      },
    );
  };

  return (
    <div data-testid="visit-new-page">
      <NavBar onBack={back}>{t('pairing.visit.title')}</NavBar>
      {failure && <NoticeBar data-testid="visit-error" color="error" wrap content={failure} />}
      {searching && <VisitHouseholdSearch onPick={pick} onCancel={householdId === null ? undefined : () => setSearching(false)} />}
      {householdId !== null && (
        <Form
          form={form}
          layout="vertical"
          mode="card"
          requiredMarkStyle="none"
          initialValues={{ date: new Date(), kind: ['routine'], notes: '', category: [] }}
          onFinish={finish}
          footer={
            <Button block type="submit" color="primary" size="large" loading={log.isPending} disabled={uploading > 0} data-testid="visit-submit">
              {t('pairing.visit.submit')}
            </Button>
          }
        >
          <Form.Header>
            <div className="visit-search-head">
              <span className="visit-address" data-testid="visit-address">
                {mine?.household.address ?? found?.address ?? t('pairing.visit.household', { id: householdId })}
              </span>
              {!searching && (
                <Button size="mini" fill="none" color="primary" onClick={() => setSearching(true)} data-testid="visit-change">
                  {t('pairing.visit.change')}
                </Button>
              )}
            </div>
          </Form.Header>
          {other && <NoticeBar data-testid="visit-other-notice" color="alert" wrap content={t('pairing.visit.otherNotice')} />}
          <Form.Item
            name="date"
            label={t('pairing.visit.date')}
            trigger="onConfirm"
            onClick={(_, picker) => (picker as { current?: { open: () => void } | null }).current?.open()}
            rules={[{ required: true }]}
          >
            <DatePicker max={new Date()} title={t('pairing.visit.date')}>
              {(value) => <span data-testid="visit-date">{value ? dayjs(value).format('YYYY-MM-DD') : ''}</span>}
            </DatePicker>
          </Form.Item>
          <Form.Item name="kind" label={t('pairing.visit.kind')} rules={[{ required: true, type: 'array', min: 1 }]}>
            <Selector data-testid="visit-kind" columns={3} options={VISIT_KINDS.map((k) => ({ value: k, label: t(KIND_KEYS[k]) }))} />
          </Form.Item>
          <Form.Item name="notes" label={t('pairing.visit.notes')}>
            <TextArea data-testid="visit-notes" placeholder={t('pairing.visit.notesHint')} maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
          </Form.Item>
          <Form.Item label={t('pairing.visit.photos', { max: PHOTO_MAX_COUNT })}>
            <PhotoPicker value={photos} onChange={setPhotos} onUploading={setUploading} testId="visit-photo-picker" />
          </Form.Item>
          {needsReason && (
            <Form.Item
              name="reason"
              label={t('pairing.visit.reason')}
              description={t('pairing.visit.reasonHint')}
              rules={[{ required: true, whitespace: true, message: t('pairing.visit.reasonHint') }]}
            >
              <TextArea data-testid="visit-reason" maxLength={200} showCount autoSize={{ minRows: 2, maxRows: 5 }} />
            </Form.Item>
          )}
          <Form.Item label={t('pairing.visit.need')} description={t('pairing.visit.needHint')} childElementPosition="right">
            <Switch checked={withNeed} onChange={setWithNeed} data-testid="visit-need-switch" aria-label={t('pairing.visit.need')} />
          </Form.Item>
          {withNeed && (
            <>
              <Form.Item
                name="category"
                label={t('orders.phone.new.category')}
                rules={[{ required: true, type: 'array', min: 1, message: t('orders.phone.new.categoryRequired') }]}
              >
                <Selector
                  className="order-categories"
                  data-testid="visit-need-category"
                  columns={3}
                  options={ORDER_CATEGORIES.map((c) => ({ value: c, label: label(ORDER_CATEGORY_LABELS[c]) }))}
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('pairing.visit.needDescription')}
                rules={[{ required: true, whitespace: true, message: t('orders.phone.new.descriptionRequired') }]}
              >
                <TextArea data-testid="visit-need-description" maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </div>
  );
}

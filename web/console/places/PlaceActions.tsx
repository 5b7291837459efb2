import { DeleteOutlined, DragOutlined, EditOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { PlaceDetailDto } from '#contracts/places.js';
import { useRestorePlace } from '../../api/places.js';
import { useT } from '../../i18n/I18nProvider.js';
import { useApiError } from '../useApiError.js';
import { childKindsOf } from '#contracts/rules.js';

export type PlaceDialog = 'add' | 'rename' | 'move' | 'retire';

type Props = {
  place: PlaceDetailDto;
  isScopeRoot: boolean;
  onOpen: (dialog: PlaceDialog) => void;
  onChanged: () => void;
};

export function PlaceActions({ place, isScopeRoot, onOpen, onChanged }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiError();
  const restore = useRestorePlace();

  if (place.retired) {
    return (
      <Popconfirm
        title={t('places.restore.confirm', { name: place.name })}
        okText={t('common.ok')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          restore.mutateAsync(place.id).then(
            () => {
              void message.success(t('places.done.restored'));
              onChanged();
            },
            (error: unknown) => {
              showError(error);
            },
          )
        }
      >
        <Button icon={<UndoOutlined />} loading={restore.isPending} data-testid="place-restore">
          {t('places.action.restore')}
        </Button>
      </Popconfirm>
    );
  }

  return (
    <Space wrap size="small">
      {childKindsOf(place.kind).length > 0 && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpen('add')} data-testid="place-add">
          {t('places.action.add')}
        </Button>
      )}
      {!isScopeRoot && (
        <>
          <Button icon={<EditOutlined />} onClick={() => onOpen('rename')} data-testid="place-rename">
            {t('places.action.rename')}
          </Button>
          <Button icon={<DragOutlined />} onClick={() => onOpen('move')} data-testid="place-move">
            {t('places.action.move')}
          </Button>
          <Button danger icon={<DeleteOutlined />} onClick={() => onOpen('retire')} data-testid="place-retire">
            {t('places.action.retire')}
          </Button>
        </>
      )}
    </Space>
  );
}

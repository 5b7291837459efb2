import { Image, Space } from 'antd';
import { wishPhotoUrl } from '../../api/wishes.js';
import { useT } from '../../i18n/I18nProvider.js';

/** Thumbnails of a fulfilled wish that open a preview; the server checks the caller may see the wish. */
export function WishPhotos({ wishId, photos, size = 48 }: { wishId: number; photos: number[]; size?: number }) {
  const t = useT();
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Space wrap size={4} data-testid={`wish-photos-${wishId}`} aria-label={t('wishes.field.photos')}>
        {photos.map((fileId) => (
          <Image key={fileId} src={wishPhotoUrl(wishId, fileId)} width={size} height={size} style={{ objectFit: 'cover', borderRadius: 4 }} alt="" />
        ))}
      </Space>
    </Image.PreviewGroup>
  );
}

import { Image, ImageViewer } from 'antd-mobile';
import { orderPhotoUrl } from '../../api/orders.js';

/** Thumbnails; a tap opens them full screen. The server checks the caller may see the order. */
export function PhonePhotos({ orderId, photos, size = 80 }: { orderId: number; photos: number[]; size?: number }) {
  const urls = photos.map((fileId) => orderPhotoUrl(orderId, fileId));
  return (
    <div className="order-photos" data-testid="order-photos">
      {urls.map((url, i) => (
        <Image key={url} src={url} width={size} height={size} fit="cover" onClick={() => ImageViewer.Multi.show({ images: urls, defaultIndex: i })} />
      ))}
    </div>
  );
}

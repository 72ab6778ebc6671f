import QRCode from 'qrcode';
import { h } from '../dom/element';

/**
 * The join address as a QR code, drawn on a canvas: no data URL or inline markup, which the page's
 * content security policy (default-src 'self') would refuse. Black on white with a quiet zone, as
 * phone cameras read best; its text alternative is the address itself, shown beside it.
 */
export function qrCanvas(address: string, label: string): HTMLCanvasElement {
  const canvas = h('canvas', { className: 'ql-qr', attrs: { role: 'img', 'aria-label': label } });
  QRCode.toCanvas(canvas, address, {
    errorCorrectionLevel: 'M',
    margin: 2,
    width: 480,
    color: { dark: '#000000', light: '#ffffff' },
  })
    .then(() => {
      // The library fixes the size in pixels; live.css sizes it to the screen instead.
      canvas.style.removeProperty('width');
      canvas.style.removeProperty('height');
    })
    .catch((error: unknown) => {
      // The address is written out beside it: pupils can still type it.
      console.error('Qantar: the QR code could not be drawn.', error);
      canvas.hidden = true;
    });
  return canvas;
}

import { qrModulesPath } from '@qiancheng/domain/credentials/qr-path';
import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The verification link as a QR code, drawn as SVG from the same path the PDF prints. */
export function CertificateQr({ text, size, label }: { text: string; size: number; label: string }) {
  const modules = useMemo(() => QRCode.create(text, { errorCorrectionLevel: 'M' }).modules, [text]);
  return (
    <svg
      viewBox={`0 0 ${modules.size} ${modules.size}`}
      width={size}
      height={size}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="certificate-qr"
    >
      <path d={qrModulesPath(modules)} fill="currentColor" />
    </svg>
  );
}

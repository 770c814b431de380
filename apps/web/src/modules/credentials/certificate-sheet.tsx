import { CERTIFICATE_KIND_NAMES } from '@qiancheng/domain/credentials/certificate-kinds';
import {
  chineseDate,
  printedFacts,
  revocationNotice,
} from '@qiancheng/domain/credentials/printed-certificate';
import { certificateStatement } from '@qiancheng/domain/credentials/verifiable-credential';
import type { CSSProperties } from 'react';
import { CertificateQr } from './certificate-qr';
import type { Certificate } from './credentials-api';

const RED = '#9e1c1c';

/*
 * On paper only the sheet prints, filling an A4 page; on screen it is a scaled A4 preview. The
 * certificate reads in Chinese whatever the page's language, as the paper one does.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 0; }
  .ant-layout-header, .ant-layout-sider, .qc-print-hidden { display: none !important; }
  body * { visibility: hidden !important; }
  .qc-certificate-sheet, .qc-certificate-sheet * { visibility: visible !important; }
  .qc-certificate-sheet {
    position: fixed !important; left: 0; top: 0; width: 210mm !important; height: 296mm !important;
    max-width: none !important; margin: 0 !important; box-shadow: none !important;
  }
}`;

const sheet: CSSProperties = {
  position: 'relative',
  width: '100%',
  maxWidth: 760,
  aspectRatio: '210 / 297',
  margin: '0 auto',
  background: '#fff',
  color: '#1a1a1a',
  boxShadow: '0 2px 12px rgba(0, 0, 0, 0.12)',
  fontFamily: '"Noto Serif SC", "Source Han Serif SC", "SimSun", serif',
  padding: '4%',
  boxSizing: 'border-box',
};

const frame: CSSProperties = {
  border: `3px solid ${RED}`,
  outline: `1px solid ${RED}`,
  outlineOffset: -10,
  height: '100%',
  padding: '10% 12% 6%',
  boxSizing: 'border-box',
  display: 'flex',
  flexDirection: 'column',
};

/** The certificate as printed: the same text, facts and QR code as the PDF. */
export function CertificateSheet({ certificate }: { certificate: Certificate }) {
  const printable = { ...certificate, issuerName: certificate.issuer.name };
  const revoked = revocationNotice(printable);
  const origin = new URL(certificate.verificationUrl).origin;
  return (
    <div className="qc-certificate-sheet" style={sheet} data-testid="certificate-sheet">
      <style>{PRINT_CSS}</style>
      <div style={frame}>
        <div
          style={{ textAlign: 'center', color: RED, fontSize: 34, fontWeight: 700, letterSpacing: '0.3em' }}
        >
          {CERTIFICATE_KIND_NAMES[certificate.kind]['zh-CN']}
        </div>
        <div style={{ textAlign: 'center', color: '#666', marginTop: 8 }}>{certificate.number}</div>
        <p style={{ fontSize: 18, lineHeight: 2, marginTop: 40 }}>
          {certificateStatement(
            certificate.kind,
            certificate.holderName,
            certificate.occupationName,
            certificate.skillLevel,
          )}
        </p>
        <table style={{ marginTop: 16, fontSize: 15, borderCollapse: 'collapse' }}>
          <tbody>
            {printedFacts(printable).map(([label, value]) => (
              <tr key={label}>
                <th
                  style={{
                    textAlign: 'left',
                    color: '#666',
                    padding: '6px 24px 6px 0',
                    whiteSpace: 'nowrap',
                  }}
                >
                  {label}
                </th>
                <td style={{ padding: '6px 0' }}>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {revoked && (
          <p style={{ color: RED, marginTop: 16 }} data-testid="certificate-sheet-revoked">
            {revoked}
          </p>
        )}
        <div
          style={{
            marginTop: 'auto',
            display: 'flex',
            justifyContent: 'space-between',
            alignItems: 'flex-end',
          }}
        >
          <div style={{ textAlign: 'center', fontSize: 12, color: '#666' }}>
            <CertificateQr text={certificate.verificationUrl} size={112} label="扫码查验" />
            <div>扫码查验</div>
          </div>
          <div style={{ textAlign: 'right', fontSize: 16 }}>
            <div style={{ fontWeight: 700 }}>{certificate.issuer.name}</div>
            <div style={{ marginTop: 8 }}>{chineseDate(certificate.issuedOn)}</div>
          </div>
        </div>
        <div style={{ fontSize: 11, color: '#888', marginTop: 12 }}>查验网址：{origin}/verify</div>
      </div>
    </div>
  );
}

import fontkit from '@pdf-lib/fontkit';
import {
  CERTIFICATE_KIND_NAMES,
  certificateStatement,
  chineseDate,
  printedFacts,
  qrModulesPath,
  revocationNotice,
} from '@qiancheng/domain/credentials/index';
import { degrees, PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { fontSubset } from './cjk-font';
import type { CertificateView } from './views';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN_X = 90;
const TEXT_WIDTH = A4.width - 2 * MARGIN_X;
const RED = rgb(0.62, 0.11, 0.11);
const INK = rgb(0.1, 0.1, 0.1);
const GREY = rgb(0.4, 0.4, 0.4);
/** Characters a line may not begin with (避头点): they stay at the end of the line before. */
const NO_LINE_START = new Set(Array.from('，。、；：！？）》”’'));

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const character of Array.from(text)) {
    const fits = font.widthOfTextAtSize(line + character, size) <= width;
    if (fits || !line || NO_LINE_START.has(character)) line += character;
    else {
      lines.push(line);
      line = character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The QR code as one vector path of its dark modules: sharp at any print size, a few kilobytes. */
function drawQrCode(page: PDFPage, text: string, left: number, top: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  page.drawSvgPath(qrModulesPath(modules), {
    x: left,
    y: top,
    scale: size / modules.size,
    color: INK,
    borderWidth: 0,
  });
}

/**
 * The printable certificate: A4, in Chinese, with the statement, the facts a reader checks, the
 * issuer and date where the seal goes, and a QR code that opens the verification page with the
 * number and the holder's name filled in. A revoked certificate prints marked 已撤销 with the date
 * and reason, so a printout can never pass for a valid one.
 */
export async function certificatePdf(certificate: CertificateView): Promise<Uint8Array> {
  const title = Array.from(CERTIFICATE_KIND_NAMES[certificate.kind]['zh-CN']).join(' ');
  const statement = certificateStatement(
    certificate.kind,
    certificate.holderName,
    certificate.occupationName,
    certificate.skillLevel,
  );
  const printable = { ...certificate, issuerName: certificate.issuer.name };
  const rows = printedFacts(printable);
  const revoked = revocationNotice(printable);
  const origin = new URL(certificate.verificationUrl).origin;
  const footer = [`查验网址：${origin}/verify`, `电子证书签名密钥：${certificate.keyId}`];
  const issuedDate = chineseDate(certificate.issuedOn);
  const regularText = [
    statement,
    ...rows.map(([, value]) => value),
    revoked ?? '',
    ...footer,
    issuedDate,
    '扫码查验',
  ];
  const boldText = [title, '已撤销', certificate.issuer.name, ...rows.map(([label]) => label)];

  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(`${CERTIFICATE_KIND_NAMES[certificate.kind]['zh-CN']} ${certificate.number}`);
  document.setAuthor(certificate.issuer.name);
  document.setProducer('前程 Qiancheng');
  const [regular, bold] = await Promise.all([
    fontSubset('regular', regularText.join('')).then((bytes) => document.embedFont(bytes)),
    fontSubset('bold', boldText.join('')).then((bytes) => document.embedFont(bytes)),
  ]);
  const page = document.addPage([A4.width, A4.height]);
  // The double frame of a certificate: a heavy rule outside, a fine one inside.
  for (const [inset, borderWidth] of [
    [24, 2.5],
    [32, 0.75],
  ] as const) {
    const size = { width: A4.width - 2 * inset, height: A4.height - 2 * inset };
    page.drawRectangle({ x: inset, y: inset, ...size, borderColor: RED, borderWidth });
  }

  const centred = (text: string, font: PDFFont, size: number, y: number, color = INK) =>
    page.drawText(text, { x: (A4.width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
  centred(title, bold, 32, 700, RED);
  centred(certificate.number, regular, 12, 668, GREY);

  let y = 600;
  for (const line of wrap(statement, regular, 16, TEXT_WIDTH)) {
    page.drawText(line, { x: MARGIN_X, y, size: 16, font: regular, color: INK });
    y -= 30;
  }
  y -= 24;
  for (const [label, value] of rows) {
    page.drawText(label, { x: MARGIN_X, y, size: 13, font: bold, color: GREY });
    const lines = wrap(value, regular, 13, TEXT_WIDTH - 110);
    for (const line of lines) {
      page.drawText(line, { x: MARGIN_X + 110, y, size: 13, font: regular, color: INK });
      y -= 22;
    }
    y -= 8;
  }
  if (revoked) {
    for (const line of wrap(revoked, regular, 13, TEXT_WIDTH)) {
      page.drawText(line, { x: MARGIN_X, y, size: 13, font: regular, color: RED });
      y -= 22;
    }
    page.drawText('已撤销', {
      x: 150,
      y: 330,
      size: 110,
      font: bold,
      color: RED,
      opacity: 0.22,
      rotate: degrees(30),
    });
  }

  const right = (text: string, font: PDFFont, size: number, at: number) =>
    page.drawText(text, {
      x: A4.width - MARGIN_X - font.widthOfTextAtSize(text, size),
      y: at,
      size,
      font,
      color: INK,
    });
  right(certificate.issuer.name, bold, 14, 200);
  right(issuedDate, regular, 13, 176);

  drawQrCode(page, certificate.verificationUrl, MARGIN_X, 210, 96);
  page.drawText('扫码查验', { x: MARGIN_X + 24, y: 98, size: 10, font: regular, color: GREY });
  footer.forEach((line, index) => {
    page.drawText(line, { x: MARGIN_X, y: 72 - index * 14, size: 8, font: regular, color: GREY });
  });
  return document.save();
}

import { asciiText, concatBytes, escpos, isPlainAscii, newline, type Alignment } from './commands';
import { paperProfile, type PaperWidth } from './paper';
import { rasteriseLine, wrapText, type TextStyle } from './raster';

export type LineStyle = {
  /** Font size in dots for raster lines; ASCII lines use the printer's font. Default 22. */
  sizeDots?: number;
  bold?: boolean;
};

export type DocumentBuilder = {
  align: (alignment: Alignment) => DocumentBuilder;
  /**
   * A line of text, wrapped to the paper. Plain ASCII goes out as text in the printer's own
   * font; anything else (Vietnamese tone marks) as a raster image, because code pages for
   * Vietnamese differ between vendors and mangle the marks.
   */
  text: (text: string, style?: LineStyle) => DocumentBuilder;
  /** ASCII text at a character size multiplier (the big ticket number). */
  bigText: (text: string, multiplier: number) => DocumentBuilder;
  qr: (data: string, moduleSize?: number) => DocumentBuilder;
  code128: (data: string) => DocumentBuilder;
  rule: () => DocumentBuilder;
  feed: (lines: number) => DocumentBuilder;
  feedDots: (dots: number) => DocumentBuilder;
  /** Feeds past the cutter and cuts; returns every byte of the document. */
  finish: () => Uint8Array;
};

/** Builds an ESC/POS document for one paper width. */
export const createDocument = (paper: PaperWidth): DocumentBuilder => {
  const profile = paperProfile(paper);
  const parts: Uint8Array[] = [escpos.initialise()];
  const builder: DocumentBuilder = {
    align: (alignment) => {
      parts.push(escpos.align(alignment));
      return builder;
    },
    text: (text, style = {}) => {
      const bold = style.bold ?? false;
      if (isPlainAscii(text)) {
        parts.push(escpos.bold(bold));
        wrapColumns(text, profile.columns).forEach((line) => parts.push(asciiText(line), newline));
        if (bold) parts.push(escpos.bold(false));
        return builder;
      }
      const rasterStyle: TextStyle = { sizeDots: style.sizeDots ?? 22, bold };
      wrapText(text, rasterStyle, profile.dots).forEach((line) => {
        const image = rasteriseLine(line, rasterStyle, profile.dots);
        if (image.blankAbove > 0) parts.push(escpos.feedDots(image.blankAbove));
        if (image.height > 0) parts.push(escpos.raster(image.widthBytes, image.height, image.data));
        if (image.blankBelow > 0) parts.push(escpos.feedDots(image.blankBelow));
      });
      return builder;
    },
    bigText: (text, multiplier) => {
      parts.push(
        escpos.bold(true),
        escpos.size(multiplier, multiplier),
        asciiText(text),
        newline,
        escpos.size(1, 1),
        escpos.bold(false),
      );
      return builder;
    },
    qr: (data, moduleSize = paper === 80 ? 6 : 5) => {
      parts.push(escpos.qr(data, moduleSize), newline);
      return builder;
    },
    code128: (data) => {
      // The widest bars that fit the paper: a 25-character dossier code is ~320 modules wide.
      const modules = (data.length + 3) * 11 + 2;
      const moduleWidth = Math.max(1, Math.min(3, Math.floor(profile.dots / modules)));
      parts.push(escpos.code128(data, 60, moduleWidth), newline);
      return builder;
    },
    rule: () => {
      parts.push(asciiText('-'.repeat(profile.columns)), newline);
      return builder;
    },
    feed: (lines) => {
      parts.push(escpos.feed(lines));
      return builder;
    },
    feedDots: (dots) => {
      parts.push(escpos.feedDots(dots));
      return builder;
    },
    finish: () => concatBytes([...parts, escpos.feed(4), escpos.cut()]),
  };
  return builder;
};

/** Wraps ASCII text at word boundaries to a number of columns, splitting over-long words. */
export const wrapColumns = (text: string, columns: number): string[] => {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > columns) {
      if (current !== '') lines.push(current);
      lines.push(rest.slice(0, columns));
      rest = rest.slice(columns);
      current = '';
    }
    const candidate = current === '' ? rest : `${current} ${rest}`;
    if (candidate.length > columns) {
      lines.push(current);
      current = rest;
    } else {
      current = candidate;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
};

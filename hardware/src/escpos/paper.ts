/** Paper rolls we print on. Widths are the printable dots at 203 dpi. */
export const paperWidths = [80, 58] as const;
export type PaperWidth = (typeof paperWidths)[number];

export type PaperProfile = {
  widthMm: PaperWidth;
  /** Printable width in dots. */
  dots: number;
  /** Characters per line in font A (12 dots wide). */
  columns: number;
};

export const paperProfile = (widthMm: PaperWidth): PaperProfile =>
  widthMm === 80 ? { widthMm, dots: 576, columns: 48 } : { widthMm, dots: 384, columns: 32 };

/** Parses `80` or `58` (a `?paper=` URI parameter); default 80 mm. */
export const parsePaperWidth = (text: string | null | undefined): PaperWidth | null => {
  if (text === null || text === undefined || text === '') return 80;
  return text === '80' ? 80 : text === '58' ? 58 : null;
};

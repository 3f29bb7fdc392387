import { createCanvas, loadImage } from '@napi-rs/canvas';

export type ImageDiff = { sameSize: boolean; differingPixels: number; fraction: number };

/** Compares two PNGs pixel by pixel (black or white at 50% grey), for reference-image tests. */
export const diffPngs = async (actual: Buffer, expected: Buffer): Promise<ImageDiff> => {
  const [a, b] = await Promise.all([loadImage(actual), loadImage(expected)]);
  if (a.width !== b.width || a.height !== b.height) {
    return { sameSize: false, differingPixels: Number.POSITIVE_INFINITY, fraction: 1 };
  }
  const pixels = (image: typeof a): Uint8ClampedArray => {
    const canvas = createCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const pa = pixels(a);
  const pb = pixels(b);
  let differing = 0;
  for (let index = 0; index < pa.length; index += 4) {
    if ((pa[index] ?? 0) < 128 !== (pb[index] ?? 0) < 128) differing += 1;
  }
  return { sameSize: true, differingPixels: differing, fraction: differing / (a.width * a.height) };
};

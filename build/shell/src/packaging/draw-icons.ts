import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { shellApps, type ShellApp } from '../shell-options';
import { repoRoot } from './bundle-electron';

/** One colour and glyph per app, so a technician tells the three installers apart. */
const looks: Record<ShellApp, { colour: string; glyph: string }> = {
  kiosk: { colour: '#0d47a1', glyph: 'K' },
  counter: { colour: '#1b5e20', glyph: 'Q' },
  display: { colour: '#b71c1c', glyph: 'D' },
};

/** Size electron-builder wants: at least 256 for Windows, 512 for Linux. */
export const iconSize = 512;

/** Draws an app's icon as PNG: a rounded square with the app's letter and "OpenOPS". */
export const drawIcon = (app: ShellApp): Buffer => {
  const canvas = createCanvas(iconSize, iconSize);
  const context = canvas.getContext('2d');
  const { colour, glyph } = looks[app];
  context.fillStyle = colour;
  context.beginPath();
  context.roundRect(16, 16, iconSize - 32, iconSize - 32, 96);
  context.fill();
  context.fillStyle = '#ffffff';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.font = 'bold 300px sans-serif';
  context.fillText(glyph, iconSize / 2, iconSize / 2 - 30);
  context.font = 'bold 64px sans-serif';
  context.fillText('OpenOPS', iconSize / 2, iconSize - 90);
  return canvas.toBuffer('image/png');
};

const isEntry =
  process.argv[1] !== undefined && path.resolve(process.argv[1]).endsWith('draw-icons.ts');

if (isEntry) {
  for (const app of shellApps) {
    const file = path.join(repoRoot, 'build/icons', `${app}.png`);
    await writeFile(file, drawIcon(app));
    process.stdout.write(`${path.relative(repoRoot, file)}\n`);
  }
}

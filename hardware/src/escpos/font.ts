import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/**
 * The font Vietnamese lines are rasterised with: Be Vietnam Pro (OFL), shipped by an npm
 * package so printing never depends on the fonts of the machine the agent runs on.
 */
export const printFontFamily = 'OpenOPS Print';

const require = createRequire(import.meta.url);
const fontFiles = [
  '@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf',
  '@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf',
];

let registered = false;

/** Registers the bundled font once; throws naming the file when it is missing. */
export const ensurePrintFont = (): void => {
  if (registered) return;
  for (const file of fontFiles) {
    const path = require.resolve(file);
    if (!GlobalFonts.registerFromPath(path, printFontFamily)) {
      throw new Error(`cannot load the print font ${path}`);
    }
  }
  registered = true;
};

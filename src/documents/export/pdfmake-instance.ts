import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/*
 * pdfmake set up once for every PDF writer: its bundled Roboto covers Cyrillic
 * (the @fontsource WOFF2 files do not load), and a document never refers to files
 * or URLs, so the fonts are all it may read.
 */
const require = createRequire(import.meta.url);
export const pdfmake = require('pdfmake') as typeof import('pdfmake');
const fontDir = dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
pdfmake.setFonts({
  Roboto: {
    normal: `${fontDir}/Roboto-Regular.ttf`,
    bold: `${fontDir}/Roboto-Medium.ttf`,
    italics: `${fontDir}/Roboto-Italic.ttf`,
    bolditalics: `${fontDir}/Roboto-MediumItalic.ttf`,
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

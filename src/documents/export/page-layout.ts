/*
 * The page every official document of a commission is printed on: A4 landscape,
 * 2 cm left and top, 1.5 cm right and bottom, Times New Roman in Word. Plans and
 * execution reports share it so that they file together.
 */

/** Word units (twentieths of a point); the docx library swaps width and height for landscape. */
export const DOCX_PAGE = {
  shortSide: 11906,
  longSide: 16838,
  margin: { top: 1134, bottom: 851, left: 1134, right: 851 },
  header: 567,
  footer: 425,
  font: 'Times New Roman',
} as const;

export const DOCX_USABLE_WIDTH = DOCX_PAGE.longSide - DOCX_PAGE.margin.left - DOCX_PAGE.margin.right;

/** pdfmake units (points): the same page and margins, [left, top, right, bottom]. */
export const PDF_PAGE_WIDTH = 841.89;
export const PDF_MARGINS: [number, number, number, number] = [56.7, 56.7, 42.5, 42.5];
export const PDF_USABLE_WIDTH = PDF_PAGE_WIDTH - PDF_MARGINS[0] - PDF_MARGINS[2];

/**
 * Legal-database copies of a plan (Гарант, Консультант, docs.cntd.ru) interleave the table with
 * their own notes: «Информация об изменениях:», «См. предыдущую редакцию», «ГАРАНТ: …»,
 * «(в ред. Постановления …)». They are not rows of the plan; the readers set them aside and the
 * draft lists them in warnings at their lines, so they are neither mistaken for rows nor lost.
 */
const NOTE = new RegExp(
  [
    '^информация об изменениях',
    '^см\\.\\s*(?:предыдущую\\s+)?редакци',
    '^см\\.\\s*текст\\s+в\\s+предыдущей',
    '^гарант:',
    '^консультантплюс:?',
    '^\\(?в ред\\.\\s',
    '^\\(с изменениями и дополнениями\\)$',
    '^вы можете открыть актуальную версию',
    '^откройте актуальную версию',
    '^если вы являетесь пользователем',
    '^(?:пункт|подпункт|раздел|приложение)\\s+[\\d.]+\\s+изменен',
  ].join('|'),
  'i',
);

export function isLegalDatabaseNote(text: string): boolean {
  return NOTE.test(text.trim());
}

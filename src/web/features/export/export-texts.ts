// Texts of the export menu. Kept here until the menu is mounted on the plan page;
// then they move into i18n/ru.ts under the same keys.
export const exportTexts = {
  'export.button': 'Выгрузить',
  'export.title': 'Выгрузка плана',
  'export.formats': 'Скачать план',
  'export.fontSize': 'Размер шрифта (Word, PDF)',
  'export.calendar': 'Ссылка для календаря',
  'export.calendarHint': 'Добавьте эту ссылку в календарь (Outlook, Google, Яндекс) как подписку. Ссылка секретная: кто ее знает, видит сроки плана. Она показывается один раз.',
  'export.calendarUrl': 'Секретная ссылка на календарь плана',
  'export.publicPage': 'Публичная страница плана',
  'export.notPublished': 'План не опубликован: публичной страницы нет.',
} as const;

export const formatNames = {
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  pdf: 'PDF',
  ics: 'Календарь (ICS)',
  csv: 'CSV',
  json: 'JSON',
} as const;

export type ExportTextKey = keyof typeof exportTexts;
export const tx = (key: ExportTextKey): string => exportTexts[key];

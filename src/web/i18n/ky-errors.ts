/**
 * Kyrgyz texts for the API's error codes (the server's messages stay Russian). Only codes whose meaning the
 * code itself fixes are here; codes whose Russian message carries the particulars (validation_failed,
 * forbidden, conflict, not_found, weak_password, file_type_refused, import_unreadable, import_not_a_plan …)
 * keep the server's message, so a Kyrgyz user never loses the detail. Terms per docs/glossary-ky.md.
 */
type ErrorDetails = { field?: string; [key: string]: unknown } | null;

export const kyErrors: Record<string, string | ((details: ErrorDetails) => string)> = {
  unauthorized: 'Системага кирүү талап кылынат',
  invalid_credentials: (details) => (details?.field === 'currentPassword' ? 'Учурдагы сырсөз туура эмес көрсөтүлдү' : 'Логин же сырсөз туура эмес'),
  account_locked: 'Кирүүгө ийгиликсиз аракеттер өтө көп болду. Эсептик жазуу убактылуу бөгөттөлдү, кийинчерээк кайталаңыз.',
  csrf_failed: 'Сурам четке кагылды: ал башка сайттан жөнөтүлгөн',
  password_change_required: 'Иштөөнү улантуу үчүн сырсөздү алмаштырыңыз',
  token_not_found: 'Токен табылган жок',
  route_not_found: 'Ресурс табылган жок',
  plan_not_found: 'План табылган жок',
  item_not_found: 'Пландын пункту табылган жок',
  organization_not_found: 'Уюм табылган жок',
  user_not_found: 'Колдонуучу табылган жок',
  import_not_found: 'Импорт табылган жок',
  occurrence_not_found: 'Иш-чара табылган жок',
  report_not_found: 'Отчет табылган жок',
  file_not_found: 'Файл табылган жок',
  file_too_large: (details) =>
    typeof details?.maxBytes === 'number'
      ? `Файл өтө чоң: ${Math.round((details.maxBytes / 1024 / 1024) * 10) / 10} МБдан ашпашы керек. Отчеттун калган талаалары формада сакталды.`
      : 'Файл өтө чоң. Отчеттун калган талаалары формада сакталды.',
  version_conflict: 'Маалыматтарды башка колдонуучу өзгөрттү. Баракты жаңылап, өзгөртүүнү кайталаңыз.',
  payload_too_large: 'Сурам өтө чоң',
  import_encrypted: 'Документ сырсөз менен корголгон. Word программасында коргоону алып салып, файлды кайра жүктөңүз.',
  unsupported_media_type: 'Файлды жүктөө күтүлөт (multipart/form-data)',
  invalid_json: 'Сурамдын денеси туура JSON эмес',
  rate_limited: 'Сурамдар өтө көп. Кийинчерээк кайталаңыз.',
  internal_error: 'Сервердин ички катасы. Кийинчерээк кайталаңыз.',
};

/** The Kyrgyz text for an error code, or null when the server's Russian message must stay. */
export function kyErrorMessage(code: string, details: ErrorDetails): string | null {
  const entry = Object.hasOwn(kyErrors, code) ? kyErrors[code] : undefined;
  if (entry === undefined) return null;
  return typeof entry === 'function' ? entry(details) : entry;
}

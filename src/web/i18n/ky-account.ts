import type { ruAccount } from './ru-account';

/** Kyrgyz texts of the user's own account: password change, profile, language, API tokens. */
export const kyAccount: Record<keyof typeof ruAccount, string> = {
  'password.title': 'Сырсөздү өзгөртүү',
  'password.required': 'Сиз убактылуу же стандарттык сырсөз менен кирдиңиз. Ишти улантуу үчүн өз сырсөзүңүздү коюңуз.',
  'password.current': 'Учурдагы сырсөз',
  'password.new': 'Жаңы сырсөз',
  'password.repeat': 'Жаңы сырсөздү кайталаңыз',
  'password.mismatch': 'Сырсөздөр дал келбейт',
  'password.policy': 'Кеминде 8 белги, тамгалар жана сандар, логинсиз.',
  'password.submit': 'Сырсөздү өзгөртүү',

  'profile.title': 'Профиль',
  'profile.open': 'Колдонуучунун профили',
  'profile.language': 'Интерфейстин тили',
  'profile.languageHint': 'Сиздин эсептик жазууңуз үчүн эстелип калат. Демейки боюнча — уюмуңуздун тили.',
  'profile.languageDefault': 'Уюмдагыдай ({language})',
  'profile.passwordChanged': 'Сырсөз өзгөртүлдү. Бул колдонуучунун башка сеанстары аяктады.',

  'locale.switch': 'Интерфейстин тили',
  'locale.ru': 'Русский',
  'locale.ky': 'Кыргызча',
  'locale.saveFailed': 'Тилди эстеп калуу мүмкүн болгон жок: ал системадан чыкканга чейин колдонулат.',

  'tokens.title': 'Интеграциялар үчүн жеткиликтүүлүк токендери',
  'tokens.intro':
    'Токен башка системага (комиссиянын сайтына, отчеттук таблицага) API аркылуу сиздин атыңыздан маалыматтарды окууга же өзгөртүүгө мүмкүндүк берет. Токен бир жолу гана көрсөтүлөт; аны сырсөздөй сактаңыз жана кереги жок болгондо кайтарып алыңыз.',
  'tokens.name': 'Максаты',
  'tokens.namePlaceholder': 'Мисалы, «Комиссиянын сайты»',
  'tokens.nameRequired': 'Токендин максатын көрсөтүңүз',
  'tokens.access': 'Жеткиликтүүлүк',
  'tokens.scope.read': 'окуу гана',
  'tokens.scope.write': 'окуу жана өзгөртүү',
  'tokens.create': 'Токен берүү',
  'tokens.issuedTitle': 'Токен берилди',
  'tokens.issuedText': 'Аны азыр көчүрүп алыңыз: бул билдирүү жабылгандан кийин ал кайра көрсөтүлбөйт.',
  'tokens.copy': 'Көчүрүү',
  'tokens.copied': 'Көчүрүлдү',
  'tokens.usage': 'Аны төмөнкү аталышта бериңиз',
  'tokens.none': 'Токендер жок.',
  'tokens.created': 'Берилген',
  'tokens.lastUsed': 'Акыркы колдонуу',
  'tokens.never': 'колдонулган эмес',
  'tokens.state': 'Абалы',
  'tokens.revoke': 'Кайтарып алуу',
  'tokens.revoked': '{date} кайтарылып алынган',
  'tokens.revokeConfirm': '«{name}» токенин кайтарып аласызбы? Аны колдонгон системалар жеткиликтүүлүктү жоготот.',
};

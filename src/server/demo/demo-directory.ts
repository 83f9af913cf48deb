import type { OrganizationKind } from '../../shared/directory-api.js';
import type { Role } from '../../domain/auth/roles.js';
import type { Locale } from '../../shared/locale.js';

/**
 * The organisations behind the seed documents, a few of their lower commissions,
 * and people named in the seed plans. Keys let users and plans refer to them.
 */
export interface DemoOrganization {
  key: string;
  parent: string | null;
  kind: OrganizationKind;
  name: string;
  shortName: string;
  timeZone: string;
  /** ru unless the commission works in Kyrgyz. */
  defaultLocale?: Locale;
  units?: string[];
  people?: { fullName: string; shortName: string; position: string; unit?: string }[];
}

export const demoOrganizations: DemoOrganization[] = [
  { key: 'cec-ru', parent: null, kind: 'cec', name: 'Центральная избирательная комиссия Российской Федерации', shortName: 'ЦИК России', timeZone: 'Europe/Moscow' },
  {
    key: 'kaluga',
    parent: 'cec-ru',
    kind: 'regional',
    name: 'Избирательная комиссия Калужской области',
    shortName: 'ИККО',
    timeZone: 'Europe/Moscow',
    units: ['Информационный центр', 'юридический отдел'],
  },
  { key: 'kaluga-tik-babynino', parent: 'kaluga', kind: 'territorial', name: 'Территориальная избирательная комиссия Бабынинского района', shortName: 'ТИК Бабынинского района', timeZone: 'Europe/Moscow' },
  { key: 'kaluga-tik-borovsk', parent: 'kaluga', kind: 'territorial', name: 'Территориальная избирательная комиссия Боровского района', shortName: 'ТИК Боровского района', timeZone: 'Europe/Moscow' },
  { key: 'kaluga-tik-obninsk', parent: 'kaluga', kind: 'territorial', name: 'Территориальная избирательная комиссия города Обнинска', shortName: 'ТИК г. Обнинска', timeZone: 'Europe/Moscow' },
  {
    key: 'kuzbass',
    parent: 'cec-ru',
    kind: 'regional',
    name: 'Избирательная комиссия Кемеровской области – Кузбасса',
    shortName: 'ИККО – Кузбасса',
    timeZone: 'Asia/Novokuznetsk',
    units: ['организационно-методический отдел', 'аппарат Избирательной комиссии Кемеровской области – Кузбасса', 'Информационный центр'],
    people: [
      { fullName: 'Герасимова Марина Николаевна', shortName: 'Герасимова М.Н.', position: 'секретарь комиссии' },
      { fullName: 'Павкина Ирина Павловна', shortName: 'Павкина И.П.', position: 'член комиссии' },
      { fullName: 'Суслова Анна Александровна', shortName: 'Суслова А.А.', position: 'начальник отдела', unit: 'организационно-методический отдел' },
      { fullName: 'Кусова Наталья Петровна', shortName: 'Кусова Н.П.', position: 'член комиссии' },
      { fullName: 'Лобода Светлана Викторовна', shortName: 'Лобода С.В.', position: 'член комиссии' },
      { fullName: 'Красников Юрий Владимирович', shortName: 'Красников Ю.В.', position: 'член комиссии' },
      { fullName: 'Косенок Елена Николаевна', shortName: 'Косенок Е.Н.', position: 'член комиссии' },
      { fullName: 'Петрова Елена Анатольевна', shortName: 'Петрова Е.А.', position: 'член комиссии' },
    ],
  },
  { key: 'kuzbass-tik-kemerovo', parent: 'kuzbass', kind: 'territorial', name: 'Территориальная избирательная комиссия Центрального района города Кемерово', shortName: 'ТИК Центрального района г. Кемерово', timeZone: 'Asia/Novokuznetsk' },
  { key: 'kuzbass-tik-novokuznetsk', parent: 'kuzbass', kind: 'territorial', name: 'Территориальная избирательная комиссия Центрального района города Новокузнецка', shortName: 'ТИК Центрального района г. Новокузнецка', timeZone: 'Asia/Novokuznetsk' },
  { key: 'kuzbass-ikmo-kemerovo-district', parent: 'kuzbass', kind: 'municipal', name: 'Избирательная комиссия Кемеровского муниципального округа', shortName: 'ИКМО Кемеровского муниципального округа', timeZone: 'Asia/Novokuznetsk' },
  { key: 'kuzbass-ikmo-belovo', parent: 'kuzbass', kind: 'municipal', name: 'Избирательная комиссия Беловского городского округа', shortName: 'ИКМО Беловского городского округа', timeZone: 'Asia/Novokuznetsk' },
  { key: 'kuzbass-public-chamber', parent: null, kind: 'public_chamber', name: 'Общественная палата Кемеровской области – Кузбасса', shortName: 'ОП Кузбасса', timeZone: 'Asia/Novokuznetsk' },
  { key: 'cec-kg', parent: null, kind: 'national_cec', name: 'Центральная комиссия по выборам и проведению референдумов Кыргызской Республики', shortName: 'ЦИК КР', timeZone: 'Asia/Bishkek', defaultLocale: 'ky' },
  // A territorial commission of Kyrgyzstan, named as the CEC names them in Kyrgyz.
  { key: 'cec-kg-tik-pervomaisky', parent: 'cec-kg', kind: 'territorial', name: 'Бишкек шаарынын Биринчи Май районунун аймактык шайлоо комиссиясы', shortName: 'Биринчи Май АШК', timeZone: 'Asia/Bishkek', defaultLocale: 'ky' },
];

export interface DemoUser {
  login: string;
  displayName: string;
  organization: string;
  roles: Role[];
  /** The interface language the user chose; absent means the organisation's default. */
  locale?: Locale;
}

export const DEMO_PASSWORD = 'demo';

export const demoUsers: DemoUser[] = [
  { login: 'admin', displayName: 'Системный администратор', organization: 'cec-ru', roles: ['sysadmin'] },
  { login: 'kaluga', displayName: 'Планировщик ИК Калужской области', organization: 'kaluga', roles: ['planner'] },
  { login: 'kaluga-tik', displayName: 'Исполнитель ТИК Бабынинского района', organization: 'kaluga-tik-babynino', roles: ['executor'] },
  { login: 'kuzbass', displayName: 'Планировщик ИК Кузбасса', organization: 'kuzbass', roles: ['planner'] },
  { login: 'kuzbass-tik', displayName: 'Исполнитель ТИК Центрального района г. Кемерово', organization: 'kuzbass-tik-kemerovo', roles: ['executor'] },
  { login: 'observer', displayName: 'Наблюдатель', organization: 'cec-ru', roles: ['observer'] },
  // Kyrgyz speakers: the CEC's planner (who also reports on the CEC's own actions) gets Kyrgyz from the
  // organisation's default; the territorial member chose it.
  { login: 'kg-cec', displayName: 'БШКнын пландоочусу', organization: 'cec-kg', roles: ['planner', 'executor'] },
  { login: 'kg-tik', displayName: 'Биринчи Май АШКнын мүчөсү', organization: 'cec-kg-tik-pervomaisky', roles: ['executor'], locale: 'ky' },
];

/** Which seed document belongs to which organisation. */
/**
 * The seed documents. Each is an approved plan (it carries its approval line), so the
 * demo imports it as approved; the national CEC's plan is also published, as such plans
 * are on the CEC's website, so the public page has something to show.
 */
export const demoPlans: { file: string; organization: string; published?: boolean }[] = [
  { file: 'kaluga-program-and-plan-2022.txt', organization: 'kaluga' },
  { file: 'kuzbass-training-plan-2022.txt', organization: 'kuzbass' },
  { file: 'kuzbass-work-plan-2024.txt', organization: 'kuzbass' },
  { file: 'kuzbass-public-hq-observation-2021.txt', organization: 'kuzbass-public-chamber' },
  { file: 'kyrgyz-cec-anticorruption-plan-2023-2025.txt', organization: 'cec-kg', published: true },
];

export const roles = ['sysadmin', 'org_admin', 'planner', 'controller', 'executor', 'observer'] as const;
export type Role = (typeof roles)[number];

/** Russian names shown in the UI and the CLI. */
export const roleTitles: Record<Role, string> = {
  sysadmin: 'Системный администратор',
  org_admin: 'Администратор комиссии',
  planner: 'Планировщик',
  controller: 'Контролер',
  executor: 'Исполнитель',
  observer: 'Наблюдатель',
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

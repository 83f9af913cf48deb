import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../../server/errors';
import { errorFromBody } from '../lib/api-client';
import { kyErrorMessage, kyErrors } from './ky-errors';
import { setLocale } from './t';

const body = (code: string, message: string, details?: Record<string, unknown>) => ({ error: { code, message, ...(details ? { details } : {}) } });

afterEach(() => setLocale('ru'));

describe('API errors in the interface language', () => {
  it.each<[string, string, Record<string, unknown> | undefined, string, string]>([
    ['plan_not_found', 'План не найден', undefined, 'План не найден', 'План табылган жок'],
    ['invalid_credentials', 'Неверный логин или пароль', undefined, 'Неверный логин или пароль', 'Логин же сырсөз туура эмес'],
    [
      'invalid_credentials',
      'Текущий пароль указан неверно',
      { field: 'currentPassword' },
      'Текущий пароль указан неверно',
      'Учурдагы сырсөз туура эмес көрсөтүлдү',
    ],
    [
      'file_too_large',
      'Файл слишком большой: допускается не более 2.5 МБ. Остальные поля отчета сохранены в форме.',
      { field: 'file', maxBytes: 2.5 * 1024 * 1024 },
      'Файл слишком большой: допускается не более 2.5 МБ. Остальные поля отчета сохранены в форме.',
      'Файл өтө чоң: 2.5 МБдан ашпашы керек. Отчеттун калган талаалары формада сакталды.',
    ],
    [
      'version_conflict',
      'План уже изменен другим пользователем.',
      undefined,
      'План уже изменен другим пользователем.',
      'Маалыматтарды башка колдонуучу өзгөрттү. Баракты жаңылап, өзгөртүүнү кайталаңыз.',
    ],
    // Codes whose Russian message carries the particulars keep it in both languages.
    ['validation_failed', 'Укажите название плана', { field: 'title' }, 'Укажите название плана', 'Укажите название плана'],
    ['forbidden', 'Срок эскалации задает составитель плана', undefined, 'Срок эскалации задает составитель плана', 'Срок эскалации задает составитель плана'],
    ['some_future_code', 'Новая ошибка', undefined, 'Новая ошибка', 'Новая ошибка'],
  ])('%s: ru «%s»', (code, message, details, ru, ky) => {
    setLocale('ru');
    const inRussian = errorFromBody(400, body(code, message, details));
    expect(inRussian.message).toBe(ru);
    setLocale('ky');
    const inKyrgyz = errorFromBody(400, body(code, message, details));
    expect(inKyrgyz.message).toBe(ky);
    // The code, status and blamed field stay, so forms still place the message next to its field.
    expect(inKyrgyz.code).toBe(code);
    expect(inKyrgyz.field).toBe(inRussian.field);
  });

  it('a body without an error keeps the generic server text', () => {
    setLocale('ky');
    expect(errorFromBody(502, null).code).toBe('unknown');
    expect(errorFromBody(502, null).message).not.toBe('');
  });

  it('every translated code is a real server error code', () => {
    for (const code of Object.keys(kyErrors)) expect(new AppError(code as ErrorCode, 'x').status, code).toBeTypeOf('number');
  });

  it('every Kyrgyz text is Kyrgyz: no Russian-only letters or words', () => {
    for (const code of Object.keys(kyErrors)) {
      const text = kyErrorMessage(code, { field: 'currentPassword', maxBytes: 1024 * 1024 })!;
      expect(text, code).toMatch(/[өүң]|табылган|Сурам|Токен/);
      expect(text, code).not.toMatch(/[ёъщ]|не найден|Повторите|Слишком/i);
    }
  });
});

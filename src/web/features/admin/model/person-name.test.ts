import { describe, expect, it } from 'vitest';
import { initialsOf } from './person-name';

describe('initialsOf', () => {
  it.each([
    ['Иванов Иван Иванович', 'Иванов И.И.'],
    ['  Петрова   анна  ', 'Петрова А.'],
    ['Асанов', 'Асанов'],
    ['', ''],
  ])('%j → %j', (full, short) => expect(initialsOf(full)).toBe(short));
});

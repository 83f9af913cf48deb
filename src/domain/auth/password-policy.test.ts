import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it.each([
    ['demo', 'kaluga', /не короче 8/],
    ['abcdefgh', 'kaluga', /буквы и цифры/],
    ['12345678', 'kaluga', /буквы и цифры/],
    ['kaluga2024x', 'kaluga', /логин/],
    ['Demo1234', 'admin', /простой/],
    ['x'.repeat(201) + '1', 'admin', /не длиннее/],
  ])('%s (login %s) is refused', (password, login, reason) => {
    expect(passwordProblem(password, login)).toMatch(reason);
  });

  it.each([
    ['Выборы2024!', 'kaluga'],
    ['correct horse 7 battery', 'admin'],
  ])('%s is accepted', (password, login) => {
    expect(passwordProblem(password, login)).toBeNull();
  });
});

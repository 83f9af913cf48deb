import { describe, expect, it } from 'vitest';
import { planStatuses } from '../../domain/plan/lifecycle.js';
import { PAGE_TEXTS } from './html.writer.js';

// A published plan can be in any status; the public page must never print a raw code such as «executed».
describe('plan status names on the public page', () => {
  it.each(['ru', 'ky'] as const)('%s names every status of the lifecycle', (lang) => {
    for (const status of planStatuses) expect(PAGE_TEXTS[lang].statuses[status], status).toMatch(/^[а-яөүң ]+$/i);
  });
});

import type { z } from 'zod';
import type { importResponse } from '../../../../shared/plan-responses';

/** A pending import as the imports routes answer it. */
export type ImportRecord = z.infer<typeof importResponse>;

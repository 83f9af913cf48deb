/**
 * One error type for everything the API reports on purpose. The code is stable
 * (clients and tests match on it); the message is Russian and user-facing.
 */
export type ErrorCode =
  | 'validation_failed'
  | 'invalid_json'
  | 'unauthorized'
  | 'invalid_credentials'
  | 'account_locked'
  | 'forbidden'
  | 'csrf_failed'
  | 'password_change_required'
  | 'weak_password'
  | 'token_not_found'
  | 'not_found'
  | 'route_not_found'
  | 'plan_not_found'
  | 'item_not_found'
  | 'organization_not_found'
  | 'user_not_found'
  | 'import_not_found'
  | 'occurrence_not_found'
  | 'report_not_found'
  | 'file_not_found'
  | 'file_too_large'
  | 'file_type_refused'
  | 'version_conflict'
  | 'conflict'
  | 'payload_too_large'
  | 'import_unreadable'
  | 'import_too_large'
  | 'import_empty'
  | 'import_not_a_plan'
  | 'import_encrypted'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal_error';

const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  account_locked: 423,
  forbidden: 403,
  csrf_failed: 403,
  password_change_required: 403,
  weak_password: 400,
  token_not_found: 404,
  not_found: 404,
  route_not_found: 404,
  plan_not_found: 404,
  item_not_found: 404,
  organization_not_found: 404,
  user_not_found: 404,
  import_not_found: 404,
  occurrence_not_found: 404,
  report_not_found: 404,
  file_not_found: 404,
  file_too_large: 413,
  file_type_refused: 415,
  version_conflict: 409,
  conflict: 409,
  payload_too_large: 413,
  import_unreadable: 422,
  import_too_large: 413,
  import_empty: 422,
  import_not_a_plan: 422,
  import_encrypted: 422,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusByCode[code];
  }
}

export const notFound = (code: Extract<ErrorCode, `${string}_not_found`>, what: string) => new AppError(code, `${what} не найден(а)`);

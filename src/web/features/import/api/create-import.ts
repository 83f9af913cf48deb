import { t } from '../../../i18n/t';
import { ApiError, errorFromBody } from '../../../lib/api-client';
import type { ImportRecord } from './types';

export interface UploadProgress {
  /** 0..100 of the bytes sent; parsing on the server follows at 100. */
  percent: number;
}

/**
 * POST /api/imports as multipart. XMLHttpRequest rather than fetch: fetch still
 * reports no upload progress, and a large Word file on office Wi-Fi takes a while.
 */
export function createImport(file: File, organizationId: string | null, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<ImportRecord> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const body = new FormData();
    if (organizationId) body.append('organizationId', organizationId);
    body.append('file', file, file.name);
    xhr.open('POST', '/api/imports');
    xhr.withCredentials = true;
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress({ percent: Math.round((e.loaded / e.total) * 100) });
    };
    xhr.onload = () => {
      const json = xhr.response as unknown;
      if (xhr.status >= 200 && xhr.status < 300) resolve(json as ImportRecord);
      else reject(errorFromBody(xhr.status, json as never));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('error.network')));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', t('error.aborted')));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

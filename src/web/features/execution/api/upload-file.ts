import { t } from '../../../i18n/t';
import { errorFromBody, ApiError } from '../../../lib/api-client';
import type { FileInfo } from '../model/types';

/**
 * Uploads one file with progress (fetch cannot report upload progress; XMLHttpRequest can).
 * Errors come back as ApiError with the server's Russian message.
 */
export function uploadFile(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<FileInfo> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/files');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(xhr.response as FileInfo);
      } else reject(errorFromBody(xhr.status, xhr.response));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', t('error.network')));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', t('execution.upload.aborted')));
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/**
 * A Content-Disposition header for a Cyrillic file name: an ASCII fallback for
 * old clients and the UTF-8 name (RFC 6266 / RFC 5987) that browsers use.
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot) : '';
  const ascii = fileName
    .replace(/[^\x20-\x7e]+/g, '_')
    .replace(/["\\]/g, '_')
    .replace(/_+/g, '_');
  const fallback = /[a-z0-9]/i.test(ascii.slice(0, ascii.length - ext.length)) ? ascii : `plan${ext}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Where links in exported files point: the configured public URL, or the origin the request came to. */
export function linkBase(publicUrl: string | undefined, request: { protocol: string; host: string }): string {
  return (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
}

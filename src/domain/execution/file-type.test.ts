import { describe, expect, it } from 'vitest';
import { sniffFileType } from './file-type.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A minimal ZIP local header followed by nothing: enough for the entry-name walk. */
function zip(...names: string[]): Buffer {
  return Buffer.concat(
    names.map((name) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(name.length, 26);
      return Buffer.concat([header, Buffer.from(name)]);
    }),
  );
}

describe('file type from content', () => {
  it.each([
    ['report.pdf', bytes('%PDF-1.7\n...'), 'application/pdf'],
    ['фото.jpg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'image/jpeg'],
    ['scan.png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png'],
    ['a.gif', bytes('GIF89a....'), 'image/gif'],
    ['a.webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a.rtf', bytes('{\\rtf1\\ansi ...}'), 'application/rtf'],
    ['отчет.doc', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/msword'],
    ['таблица.xls', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'application/vnd.ms-excel'],
    ['отчет.docx', zip('[Content_Types].xml', '_rels/.rels', 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['svod.xlsx', zip('[Content_Types].xml', 'xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['slides.pptx', zip('[Content_Types].xml', 'ppt/presentation.xml'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['renamed.pdf', zip('[Content_Types].xml', 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['notes.txt', Buffer.from('Проведено 3 семинара, 45 участников'), 'text/plain; charset=utf-8'],
    ['data.csv', Buffer.from('ТИК;участники\nБабынино;45\n'), 'text/csv; charset=utf-8'],
    ['cp1251.txt', Buffer.from([0xcf, 0xf0, 0xee, 0xe2, 0xe5, 0xe4, 0xe5, 0xed, 0xee]), 'text/plain'],
  ])('%s → %s', (name, content, type) => {
    const r = sniffFileType(content, name);
    expect(r.ok && r.contentType).toBe(type);
  });

  it.each([
    ['setup.exe', bytes('MZ\x90\x00...'), 'executable'],
    ['report.pdf', bytes('MZ\x90\x00...'), 'executable'],
    ['tool', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), 'executable'],
    ['run.txt', bytes('#!/bin/sh\nrm -rf /\n'), 'executable'],
    ['macro.js', bytes('alert(1)'), 'executable'],
    ['install.msi', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'executable'],
    ['photos.zip', zip('a.jpg', 'b.jpg'), 'unsupported'],
    ['bundle.zip', zip('readme.txt', 'setup.exe'), 'executable'],
    ['page.html', bytes('<!DOCTYPE html><script>alert(1)</script>'), 'unsupported'],
    ['image.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>'), 'unsupported'],
    ['blob.bin', bytes([0x00, 0x01, 0x02, 0x03, 0x9f]), 'executable'],
    ['blob.dat', bytes([0x00, 0x01, 0x02, 0x03, 0x9f]), 'unsupported'],
    ['empty.pdf', Buffer.alloc(0), 'empty'],
  ])('%s is refused (%s)', (name, content, reason) => {
    const r = sniffFileType(content, name);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });
});

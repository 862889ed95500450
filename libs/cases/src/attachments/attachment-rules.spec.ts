import { DomainError } from '@mnio/platform';
import { assertAcceptableFile, sniffMediaType } from './attachment-rules';

const bytes = (...b: number[]) => Uint8Array.from(b);
const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00);
const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'accepted';
};

describe('the type of an attachment, by its content', () => {
  it.each([
    ['a PDF', PDF, 'application/pdf'],
    ['a JPEG', JPEG, 'image/jpeg'],
    ['a PNG', PNG, 'image/png'],
    ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
    ['a PDF signature not at the start', Buffer.from(' %PDF-1.7'), null],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47), null],
    ['nothing', bytes(), null],
  ])('%s is %s', (_what, content, type) => {
    expect(sniffMediaType(content)).toBe(type);
  });
});

describe('a file accepted as an attachment', () => {
  it.each([
    ['a PDF under the limit', PDF, 'recu.pdf', 100, 'accepted'],
    ['HTML named .pdf', Buffer.from('<html><body>x</body></html>'), 'recu.pdf', 100, 'ATTACHMENT_TYPE_NOT_ALLOWED'],
    ['one byte over the limit', PDF, 'recu.pdf', PDF.length - 1, 'ATTACHMENT_TOO_LARGE'],
    ['exactly at the limit', PDF, 'recu.pdf', PDF.length, 'accepted'],
    ['an empty file', bytes(), 'vide.pdf', 100, 'ATTACHMENT_EMPTY'],
    ['a name with a line break', PDF, 'a\nb.pdf', 100, 'ATTACHMENT_NAME_INVALID'],
    ['a blank name', PDF, '   ', 100, 'ATTACHMENT_NAME_INVALID'],
    ['a name of 201 characters', PDF, `${'é'.repeat(197)}.pdf`, 100, 'ATTACHMENT_NAME_INVALID'],
  ])('%s: %s', (_what, content, name, max, expected) => {
    expect(codeOf(() => assertAcceptableFile(content, name, max))).toBe(expected);
  });

  it('never quotes the name in its refusal', () => {
    try {
      assertAcceptableFile(Buffer.from('<html>'), 'Okafor-recepisse.pdf', 100);
    } catch (e) {
      expect(JSON.stringify({ m: (e as Error).message, d: (e as DomainError).details })).not.toContain('Okafor');
    }
  });
});

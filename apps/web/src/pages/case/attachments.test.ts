import { describe, expect, it } from 'vitest';
import { fileProblem, frSize, sniffType } from './attachments';

const bytes = (text: string) => new TextEncoder().encode(text);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the checks of a chosen attachment', () => {
  it('recognises PDF, JPEG and PNG by their first bytes, and refuses HTML named .pdf', () => {
    expect(sniffType(bytes('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffType(PNG)).toBe('image/png');
    expect(sniffType(bytes('<!doctype html>'))).toBeNull();
    expect(fileProblem({ size: 200 }, bytes('<html><body>'))).toBe('Ce fichier n’est ni un PDF, ni une image JPEG ou PNG (son contenu a été vérifié, quel que soit son nom).');
  });

  it('says in French when the file is empty or too large, with the sizes', () => {
    expect(fileProblem({ size: 0 }, bytes(''))).toBe('Le fichier est vide.');
    expect(fileProblem({ size: 12 * 1024 * 1024 }, bytes('%PDF-1.7'))).toBe('Le fichier pèse 12 Mo : la taille maximale est de 10 Mo.');
    expect(fileProblem({ size: 10 * 1024 * 1024 }, bytes('%PDF-1.7'))).toBeNull();
    expect(fileProblem({ size: 1536 * 1024 }, PNG, 1024 * 1024)).toBe('Le fichier pèse 1,5 Mo : la taille maximale est de 1 Mo.');
  });

  it('writes sizes the French way', () => {
    expect(frSize(1)).toBe('1 octet');
    expect(frSize(900)).toBe('900 octets');
    expect(frSize(20_480)).toBe('20 Ko');
    expect(frSize(2.25 * 1024 * 1024)).toBe('2,3 Mo');
  });
});

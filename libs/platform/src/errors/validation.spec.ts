import { IsEmail, IsString } from 'class-validator';
import { DomainError } from './domain-error';
import { createValidationPipe, illFormedStrings } from './validation';

class Login {
  @IsEmail()
  email!: string;

  @IsString()
  password!: string;
}

describe('the global validation pipe', () => {
  const pipe = createValidationPipe();
  const body = { type: 'body' as const, metatype: Login, data: '' };

  it('refuses a lone surrogate as a validation failure naming the field, where the e-mail check would throw', async () => {
    const refused = await pipe.transform({ email: '\uD800lonely-surrogate', password: { nested: true } }, body).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'email', constraints: ['wellFormedUnicode'] }] } });
    // the value itself is never in the error
    expect(JSON.stringify((refused as DomainError).details)).not.toContain('lonely');
  });

  it('keeps well-formed text, surrogate pairs included, for the validators', async () => {
    await expect(pipe.transform({ email: 'agent@example.fr', password: 'mot de passe 🔒' }, body)).resolves.toMatchObject({ email: 'agent@example.fr' });
    await expect(pipe.transform({ email: 'agent@example.fr', password: 1 }, body)).rejects.toMatchObject({ code: 'VALIDATION_FAILED', details: { fields: [{ field: 'password', constraints: ['isString'] }] } });
  });

  it('finds ill-formed strings at any depth, high or low half alone, and names their paths', () => {
    expect(illFormedStrings({ a: ['ok', 'x\uDC00'], b: { c: '\uD83D' }, d: '\uD83D\uDD12', e: 3, f: null })).toEqual(['a.1', 'b.c']);
    expect(illFormedStrings('\uD800', 'id')).toEqual(['id']);
    expect(illFormedStrings({ file: Buffer.from([0xed, 0xa0, 0x80]), when: new Date() })).toEqual([]);
  });
});

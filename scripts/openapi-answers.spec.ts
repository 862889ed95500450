import type { OpenAPIObject } from '@nestjs/swagger';
import { AnswerContract } from './openapi-answers';
import { openApiDocument } from './openapi-export';

/** The checker the answers contract test runs on real answers: it must see an answer drift from its schema. */
describe('AnswerContract', () => {
  let contract: AnswerContract;
  let doc: OpenAPIObject;

  beforeAll(async () => {
    doc = await openApiDocument();
    contract = new AnswerContract(doc);
  }, 60_000);

  it('accepts an answer as declared', () => {
    expect(contract.check('GET', '/api/notifications/unread-count', 200, { unread: 3 })).toEqual([]);
    expect(contract.check('GET', '/api/territories', 200, [{ code: '93', name: 'Seine-Saint-Denis', regionCode: '11', regionName: 'Île-de-France' }])).toEqual([]);
  });

  it('refuses a field retyped, dropped or added, and a null where none is declared', () => {
    expect(contract.check('GET', '/api/notifications/unread-count', 200, { unread: '3' })).toEqual([expect.stringContaining('/unread must be number')]);
    expect(contract.check('GET', '/api/notifications/unread-count', 200, {})).toEqual([expect.stringContaining("must have required property 'unread'")]);
    expect(contract.check('GET', '/api/notifications/unread-count', 200, { unread: 3, unseen: 1 })).toEqual([expect.stringContaining('(unseen)')]);
    expect(contract.check('GET', '/api/territories', 200, [{ code: '93', name: null, regionCode: '11', regionName: 'Île-de-France' }])).not.toEqual([]);
  });

  it('follows references, and nullable ones, into the components', () => {
    const page = { items: [], nextCursor: null };
    expect(contract.check('GET', '/api/cases', 200, page)).toEqual([]);
    expect(contract.check('GET', '/api/cases', 200, { ...page, nextCursor: 7 })).not.toEqual([]);
    expect(contract.check('GET', '/api/cases', 200, { items: [{ id: 'x' }], nextCursor: null })).not.toEqual([]);
  });

  it('refuses a status or a route the document does not declare', () => {
    expect(contract.check('GET', '/api/notifications/unread-count', 201, { unread: 3 })).toEqual([expect.stringContaining('does not declare')]);
    expect(contract.check('GET', '/api/no-such-route', 200, {})).toEqual([expect.stringContaining('no such route')]);
  });

  it('checks the error body too', () => {
    expect(contract.check('GET', '/api/cases/x', 404, { code: 'NOT_FOUND', message: 'Case not found', correlationId: 'r1' })).toEqual([]);
    expect(contract.check('GET', '/api/cases/x', 404, { code: 'NOT_FOUND' })).not.toEqual([]);
  });
});

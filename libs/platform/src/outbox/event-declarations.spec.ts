import { declareEvents, eventTypes, undeclaredFields } from './event-declarations';
import { OutboxService } from './outbox.service';

const EVENTS = declareEvents({
  Happened: { caseId: 'uuid', reference: 'reference', minor: 'flag', reasonCode: 'code?' },
  Other: { n: 'count' },
});

describe('declared events', () => {
  it('names each declaration after its key, and lists the types', () => {
    expect(EVENTS.Happened.type).toBe('Happened');
    expect(EVENTS.Happened.fields).toEqual({ caseId: 'uuid', reference: 'reference', minor: 'flag', reasonCode: 'code?' });
    expect(eventTypes(EVENTS)).toEqual(['Happened', 'Other']);
    expect(Object.isFrozen(EVENTS.Happened.fields)).toBe(true);
  });

  it('finds undeclared and missing fields by name; an optional field may be absent or null', () => {
    expect(undeclaredFields(EVENTS.Happened, { caseId: 'c', reference: 'r', minor: false })).toEqual({ extra: [], missing: [] });
    expect(undeclaredFields(EVENTS.Happened, { caseId: 'c', reference: 'r', minor: false, reasonCode: null })).toEqual({ extra: [], missing: [] });
    expect(undeclaredFields(EVENTS.Happened, { caseId: 'c', minor: null, firstName: 'Quilmarde' })).toEqual({ extra: ['firstName'], missing: ['reference', 'minor'] });
  });

  it('refuses to publish a payload that does not match its declaration, naming fields and never values, before writing', async () => {
    const query = jest.fn();
    const outbox = new OutboxService({ tx: { query } } as never, {} as never);
    const payload = { caseId: 'c', reference: 'r', minor: true, firstName: 'Quilmarde' } as never;
    await expect(outbox.publish(EVENTS.Happened, payload)).rejects.toThrow('event Happened does not match its declaration (undeclared: firstName; missing: none)');
    await expect(outbox.publish(EVENTS.Happened, payload)).rejects.not.toThrow(/Quilmarde/);
    expect(query).not.toHaveBeenCalled();
  });
});

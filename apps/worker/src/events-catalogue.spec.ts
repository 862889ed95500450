import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleRef } from '@nestjs/core';
import type { CommandBus } from '@nestjs/cqrs';
import { CASES_EVENTS } from '@mnio/cases';
import { COORDINATION_EVENTS } from '@mnio/coordination';
import { DIRECTORY_EVENTS } from '@mnio/directory';
import { NotificationEventHandler, NOTIFICATIONS_EVENTS } from '@mnio/notifications';
import { ORIENTATIONS_EVENTS } from '@mnio/orientations';
import { eventTypes, OutboxSubscribers } from '@mnio/platform';
import { ACCESS_JOURNAL_EVENTS } from '@mnio/privacy';
import { ReportingProjection, ReportingSubscriptions, REPORTING_EVENTS } from '@mnio/reporting';
import { ErasureSubscriptions } from './erasure-subscriptions';
import { NotificationSubscriptions } from './notifications/notification-subscriptions';

/** Every context's declared events, and what the worker actually subscribes to (its real subscription code). */
const DECLARED = [CASES_EVENTS, ORIENTATIONS_EVENTS, COORDINATION_EVENTS, DIRECTORY_EVENTS, NOTIFICATIONS_EVENTS, REPORTING_EVENTS, ACCESS_JOURNAL_EVENTS].flatMap((c): string[] => eventTypes(c));

function subscribed(): string[] {
  const subscribers = new OutboxSubscribers();
  new NotificationSubscriptions(subscribers, {} as NotificationEventHandler).onModuleInit();
  new ErasureSubscriptions(subscribers, {} as CommandBus).onModuleInit();
  new ReportingSubscriptions({ get: () => subscribers } as unknown as ModuleRef, {} as ReportingProjection).onModuleInit();
  return subscribers.subscribedTypes();
}

describe('the events catalogue', () => {
  it('declares each event once, in one context', () => {
    expect(new Set(DECLARED).size).toBe(DECLARED.length);
  });

  it('publishes no event that nobody consumes', () => {
    const consumed = new Set(subscribed());
    expect(DECLARED.filter((t) => !consumed.has(t))).toEqual([]);
  });

  it('subscribes only to declared events', () => {
    expect(subscribed().filter((t) => !DECLARED.includes(t))).toEqual([]);
  });

  it('documents every declared event in docs/events.md', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'events.md'), 'utf8');
    expect(DECLARED.filter((t) => !doc.includes(`\`${t}\``))).toEqual([]);
  });
});

import { Injectable, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { OutboxSubscribers } from '@mnio/platform';
import { CASE_EVENTS, CELL_EVENTS, HOST_EVENTS, ORIENTATION_EVENTS, ReportingProjection } from './reporting-projection.service';

/** Wires the projection to the relayed outbox events (in the worker; absent elsewhere, e.g. the rebuild command). */
@Injectable()
export class ReportingSubscriptions implements OnModuleInit {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly projection: ReportingProjection,
  ) {}

  onModuleInit(): void {
    let subscribers: OutboxSubscribers;
    try {
      subscribers = this.moduleRef.get(OutboxSubscribers, { strict: false });
    } catch {
      return;
    }
    for (const type of [...CASE_EVENTS, ...ORIENTATION_EVENTS, ...CELL_EVENTS, ...HOST_EVENTS]) subscribers.on(type, async (m) => void (await this.projection.apply(m)));
  }
}

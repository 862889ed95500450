import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EntityManager } from 'typeorm';

/** The transaction host of the current command: `tx` is the EntityManager of the open transaction (or the pool outside one). */
export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;
export { Transactional, TransactionHost } from '@nestjs-cls/transactional';

/**
 * The one typed way to reach the database (ADR 0003): inject `Db` and query through `db.em`, which is the
 * `EntityManager` of the command's open transaction (`@Transactional()` or `withTransaction`), or the pool's
 * outside one. Never inject `DataSource` or a `Repository` into code that runs inside a command: those use
 * the pool, outside the command's transaction.
 */
@Injectable()
export class Db {
  constructor(private readonly host: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The open transaction's manager, or the pool's outside a transaction. */
  get em(): EntityManager {
    return this.host.tx;
  }

  /** Whether a transaction is open in the current async context. */
  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }

  /** Runs `fn` in a transaction: joins the open one, or opens (and commits) a new one. */
  withTransaction<R>(fn: () => Promise<R>): Promise<R> {
    return this.host.withTransaction(fn);
  }
}

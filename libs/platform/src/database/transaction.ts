import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** The transaction host of the current command: `tx` is the EntityManager of the open transaction (or the pool outside one). */
export type Tx = TransactionHost<TransactionalAdapterTypeOrm>;
export { Transactional, TransactionHost } from '@nestjs-cls/transactional';

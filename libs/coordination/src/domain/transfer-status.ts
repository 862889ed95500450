import { Moves, nextState } from '@mnio/platform';

export const TRANSFER_STATUSES = ['requested', 'accepted', 'refused', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_MOVES = ['accept', 'refuse', 'cancel'] as const;
export type TransferMove = (typeof TRANSFER_MOVES)[number];

/** The receiving side accepts or refuses; the requesting side may withdraw while nobody has answered. */
export const TRANSFER_MACHINE: Moves<TransferStatus, TransferMove> = {
  accept: { from: ['requested'], to: 'accepted' },
  refuse: { from: ['requested'], to: 'refused' },
  cancel: { from: ['requested'], to: 'cancelled' },
};

export const nextTransferStatus = (current: TransferStatus, move: TransferMove): TransferStatus => nextState(TRANSFER_MACHINE, current, move);

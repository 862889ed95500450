/** Per-batch cache of look-ups that many events of one batch share (an organisation's members, its webhooks). */
export type Memo = Map<string, Promise<unknown>>;

export function remember<T>(memo: Memo | undefined, key: string, load: () => Promise<T>): Promise<T> {
  if (!memo) return load();
  let hit = memo.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = load();
    memo.set(key, hit);
  }
  return hit;
}

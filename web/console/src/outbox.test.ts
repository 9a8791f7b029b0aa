import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox.js';

/** A send whose outcome the test decides, one item at a time. */
function controlledSend() {
  const started: string[] = [];
  const pending: ((ok: boolean) => void)[] = [];
  return {
    started,
    send: (item: string) =>
      new Promise<boolean>((resolve) => {
        started.push(item);
        pending.push(resolve);
      }),
    /** Settles the oldest unsettled send, then lets the outbox move on. */
    async settle(ok: boolean) {
      pending.shift()!(ok);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('console outbox', () => {
  it('an item added while another is on its way waits its turn and is sent after it, none dropped', async () => {
    const c = controlledSend();
    const failed: string[][] = [];
    const sizes: number[] = [];
    const box = new Outbox<string>({
      send: c.send,
      failed: (i) => failed.push(i),
      changed: (n) => sizes.push(n),
    });
    const done = box.add('first');
    void box.add('second');
    void box.add('third');
    expect(c.started).toEqual(['first']);
    expect(box.size).toBe(3);
    await c.settle(true);
    expect(c.started).toEqual(['first', 'second']);
    await c.settle(true);
    await c.settle(true);
    await done;
    expect(c.started).toEqual(['first', 'second', 'third']);
    expect(failed).toEqual([]);
    expect(box.size).toBe(0);
    expect(sizes).toEqual([1, 2, 3, 2, 1, 0]);
  });

  it('a failure hands back that item and everything queued behind it, in order, and sends none of them', async () => {
    const c = controlledSend();
    const failed: string[][] = [];
    const box = new Outbox<string>({ send: c.send, failed: (i) => failed.push(i) });
    const done = box.add('one');
    void box.add('two');
    void box.add('three');
    await c.settle(true);
    await c.settle(false);
    await done;
    expect(c.started).toEqual(['one', 'two']);
    expect(failed).toEqual([['two', 'three']]);
    expect(box.size).toBe(0);

    // The outbox works again afterwards.
    const again = box.add('four');
    await c.settle(true);
    await again;
    expect(c.started).toEqual(['one', 'two', 'four']);
  });

  it('a send that throws counts as not sent', async () => {
    const failed: string[][] = [];
    const box = new Outbox<string>({
      send: () => Promise.reject(new Error('network down')),
      failed: (i) => failed.push(i),
    });
    await box.add('hello');
    expect(failed).toEqual([['hello']]);
  });
});

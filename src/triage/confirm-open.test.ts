import { describe, expect, it } from 'vitest';
import { readOpenConfirm } from './confirm-open.js';

describe('readOpenConfirm', () => {
  it.each([
    'sidorna laddar men det gjorde dom innan ocksa. problemet är att det tappar ibland',
    'pages load but they did before too, it only drops sometimes',
  ])('reads "%s" as a but: loading now is not the fix of a fault that comes and goes', (text) => {
    expect(readOpenConfirm(text)).toBe('but');
  });

  it('leaves a plain yes alone', () => {
    expect(readOpenConfirm('ja nu laddar sidorna')).toBeNull();
  });
});

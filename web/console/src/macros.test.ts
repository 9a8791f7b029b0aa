import { describe, expect, it } from 'vitest';
import { fillMacro, findMacro, MACROS } from './macros.js';

describe('macros', () => {
  const vars = {
    'customer.name': 'Karin Lind',
    'customer.firstName': 'Karin',
    'ticket.reference': 'T-000042',
    'agent.name': 'Alex',
  };

  it('fill their variables in the ticket language', () => {
    const greeting = MACROS.find((m) => m.id === 'greeting')!;
    expect(fillMacro(greeting, 'sv', vars)).toBe(
      'Hej Karin! Jag heter Alex och tar hand om ditt ärende T-000042.',
    );
    expect(fillMacro(greeting, 'en', vars)).toContain("I'm Alex");
  });

  it('exist in both languages with the same variables', () => {
    for (const m of MACROS) {
      const names = (s: string) => [...s.matchAll(/\{([\w.]+)\}/g)].map((x) => x[1]).sort();
      expect(names(m.text.sv)).toEqual(names(m.text.en));
      expect(fillMacro(m, 'sv', vars)).not.toMatch(/\{/);
    }
  });

  it('are found by "/shortcode": the id or the start of exactly one id, nothing else', () => {
    expect(findMacro('/greeting')?.id).toBe('greeting');
    expect(findMacro(' /restart ')?.id).toBe('restart-router');
    expect(findMacro('/g')?.id).toBe('greeting');
    expect(findMacro('/nothing')).toBeUndefined();
    expect(findMacro('/greeting please')).toBeUndefined();
    expect(findMacro('greeting')).toBeUndefined();
  });
});

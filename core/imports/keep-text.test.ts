import { describe, expect, it } from 'vitest';
import { copyOf, copyOfProblem, onceEach } from './keep-text';

describe('copies out of a file’s text', () => {
  it('are equal to what they copy, whatever the characters', () => {
    const text = 'x,"Zoé ""la"" \\ \u0000\t\ud83d\ude4f \ud800 lone surrogate, end';
    for (let start = 0; start < text.length; start += 1) {
      for (let end = start; end <= text.length; end += 1) expect(copyOf(text.slice(start, end))).toBe(text.slice(start, end));
    }
    const problem = { line: 3, column: null, message: '“Zoé” is not a date.', rule: 'import.notADate', params: { value: 'Zoé' } };
    expect(copyOfProblem(problem)).toEqual(problem);
  });

  it('are shared when a column repeats its values, and only made when it does not', () => {
    const computed: string[] = [];
    const keep = onceEach((value) => {
      computed.push(value);
      return value.toUpperCase();
    });
    for (let i = 0; i < 3000; i += 1) expect(keep(`status ${i % 3}`)).toBe(`STATUS ${i % 3}`);
    expect(computed).toHaveLength(3);

    const unique = onceEach((value) => {
      computed.push(value);
      return value;
    });
    for (let i = 0; i < 1500; i += 1) unique(`note ${i % 1200}`);
    // It stopped remembering at the thousandth value: the last 300 are computed again.
    expect(computed).toHaveLength(3 + 1500);
  });
});

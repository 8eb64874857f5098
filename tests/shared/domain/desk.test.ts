import { describe, expect, it } from 'vitest';
import { deskActor, deskNameProblem } from '../../../shared/domain/desk';

describe('desk names in history', () => {
  it.each([
    [{}, 'dispatcher'],
    [{ desk: 'desk 2' }, 'dispatcher at desk 2'],
    [{ dispatcher: 'Sam' }, 'Sam'],
    [{ dispatcher: ' Sam ', desk: ' desk 2 ' }, 'Sam at desk 2'],
    [{ dispatcher: '', desk: '' }, 'dispatcher'],
  ])('%j is written as %j', (desk, actor) => {
    expect(deskActor(desk)).toBe(actor);
  });

  it('takes one short line of visible text', () => {
    expect(deskNameProblem('front counter')).toBeNull();
    expect(deskNameProblem('   ')).toMatch(/give a name/);
    expect(deskNameProblem('desk\n2')).toMatch(/one line/);
    expect(deskNameProblem('x'.repeat(31))).toMatch(/at most 30/);
    expect(deskNameProblem('é'.repeat(30))).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { recordErrorsOf } from '@/lib/jobs/core/record-errors';
import { emptyNotes, unreadNoted } from '@/lib/jobs/restore-verify/verify-env';

/** A record whose lists or associations could not be read is noted, never repaired blind. */
describe('unreadNoted', () => {
  const sent = ['1', '2', '3'];

  it('notes a record HubSpot named in the read’s errors, with its category and words', () => {
    const notes = emptyNotes();
    const errors = recordErrorsOf([{ category: 'VALIDATION_ERROR', message: 'bad', context: { ids: ['2'] } }], sent, 'test');
    expect(unreadNoted(notes, '1', { errors, answered: true }, 'restoreVerify.listsUnread')).toBe(false);
    expect(unreadNoted(notes, '2', { errors, answered: false }, 'restoreVerify.listsUnread')).toBe(true);
    expect(notes.incomplete.get('2')).toMatchObject({
      id: '2',
      category: 'VALIDATION_ERROR',
      detail: 'bad',
      text: { key: 'restoreVerify.listsUnread', params: { said: 'bad' } },
    });
    expect(notes.incomplete.has('1')).toBe(false);
  });

  it('after an error that named no record, notes only the records missing from the answer', () => {
    const notes = emptyNotes();
    const errors = recordErrorsOf([{ category: 'INTERNAL_ERROR', message: '' }], sent, 'test');
    expect(errors.unknown).toBe(true);
    expect(unreadNoted(notes, '1', { errors, answered: true }, 'restoreVerify.associationsUnread')).toBe(false);
    expect(unreadNoted(notes, '3', { errors, answered: false }, 'restoreVerify.associationsUnread')).toBe(true);
    expect(notes.incomplete.get('3')).toMatchObject({ category: 'UNKNOWN', text: { key: 'restoreVerify.associationsUnread' } });
  });

  it('keeps the first unrepaired part of a record (one line per record)', () => {
    const notes = emptyNotes();
    const errors = recordErrorsOf([{ category: 'A', message: 'first', context: { ids: ['1'] } }], sent, 'test');
    unreadNoted(notes, '1', { errors, answered: false }, 'restoreVerify.listsUnread');
    unreadNoted(notes, '1', { errors, answered: false }, 'restoreVerify.associationsUnread');
    expect(notes.incomplete.get('1')?.text?.key).toBe('restoreVerify.listsUnread');
  });
});

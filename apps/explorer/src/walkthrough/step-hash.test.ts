import { expect, test } from 'vitest';
import { hashOfStep, stepFromHash } from './step-hash.ts';

test('stepFromHash(hashOfStep(i)) returns i for every step', () => {
  for (let i = 0; i < 10; i++) expect(stepFromHash(hashOfStep(i), 10)).toBe(i);
  expect(hashOfStep(4)).toBe('#step-5');
});

test('stepFromHash rejects fragments that name no step', () => {
  for (const hash of [
    '',
    '#',
    '#step-0',
    '#step-11',
    '#step-05',
    '#step-1x',
    '#step--1',
    'step-1',
    '#Step-1',
    '#step-1.5',
  ]) {
    expect(stepFromHash(hash, 10), hash).toBeUndefined();
  }
});

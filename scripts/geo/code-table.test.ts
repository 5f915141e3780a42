import { describe, expect, it } from 'vitest';
import { registryUnits } from '../../src/domain/registry.ts';
import { CodeTableMismatchError, matchFeatureCodes, SOURCE_NAME_TO_CODE } from './code-table.ts';

const FAKE_TABLE = { Hanoi: '01', 'Tỉnh Hải Dương': '30', 'Ba Ria\u2013Vung Tau province': '77' };
const FAKE_CODES = ['01', '30', '77'];

function mismatch(run: () => unknown): CodeTableMismatchError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodeTableMismatchError) return error;
    throw error;
  }
  throw new Error('expected a CodeTableMismatchError');
}

describe('matchFeatureCodes', () => {
  it('returns the code of each name in input order', () => {
    const names = ['Ba Ria\u2013Vung Tau province', 'Hanoi', 'Tỉnh Hải Dương'];
    expect(matchFeatureCodes(names, FAKE_CODES, FAKE_TABLE)).toEqual(['77', '01', '30']);
  });

  it('matches names after NFC normalisation and trimming only', () => {
    const decomposed = 'Tỉnh Hải Dương'.normalize('NFD');
    expect(
      matchFeatureCodes([' Hanoi', decomposed, 'Ba Ria\u2013Vung Tau province'], FAKE_CODES, FAKE_TABLE),
    ).toEqual(['01', '30', '77']);
  });

  it('rejects an unknown name, listing it', () => {
    const error = mismatch(() =>
      matchFeatureCodes(['Hanoi', 'Tỉnh Hải Dương', 'Ba Ria-Vung Tau province'], FAKE_CODES, FAKE_TABLE),
    );
    // A hyphen is not the en dash of the table: no fuzzy matching.
    expect(error.unmatchedNames).toEqual(['Ba Ria-Vung Tau province']);
    expect(error.missingCodes).toEqual(['77']);
    expect(error.message).toContain('"Ba Ria-Vung Tau province"');
  });

  it('rejects a code matched twice', () => {
    const table = { ...FAKE_TABLE, 'Ha Noi': '01' };
    const error = mismatch(() =>
      matchFeatureCodes(
        ['Hanoi', 'Ha Noi', 'Tỉnh Hải Dương', 'Ba Ria\u2013Vung Tau province'],
        FAKE_CODES,
        table,
      ),
    );
    expect(error.duplicateCodes).toEqual([{ code: '01', names: ['Hanoi', 'Ha Noi'] }]);
  });

  it('rejects a registry code without a feature and a code outside the registry', () => {
    const error = mismatch(() =>
      matchFeatureCodes(['Hanoi', 'Tỉnh Hải Dương'], ['01', '77', '96'], FAKE_TABLE),
    );
    expect(error.missingCodes).toEqual(['77', '96']);
    expect(error.unknownCodes).toEqual([{ name: 'Tỉnh Hải Dương', code: '30' }]);
  });

  it('the real table covers the 63 registry codes one to one', () => {
    const codes = Object.values(SOURCE_NAME_TO_CODE);
    expect(codes).toHaveLength(63);
    expect(new Set(codes).size).toBe(63);
    expect([...codes].sort()).toEqual(
      registryUnits('63')
        .map((u) => u.code)
        .sort(),
    );
  });
});

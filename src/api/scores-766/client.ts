import type { Scope } from '../../domain/units.ts';
import { getJson } from '../http.ts';
import { scores766ResponseSchema, type Scores766Response } from './schema.ts';

export interface Scores766Params {
  /** YYYY-MM, YYYY-Qn, YYYY-H1/H2 or YYYY. */
  readonly period: string;
  readonly scope: Scope;
}

export function fetchScores766(params: Scores766Params, signal?: AbortSignal): Promise<Scores766Response> {
  return getJson('/scores-766', { ...params }, scores766ResponseSchema, signal);
}

import { afterAll } from 'vitest';
import { evaluate, type EvaluationReport } from '../../scripts/evaluation/evaluate.ts';
import { openEvalSetup, type EvalSetup } from '../../scripts/evaluation/setup.ts';

/** The evaluation setup (bundled engine, and a server with the project's own documents), closed after the file's tests. */
export async function evaluationSetup(): Promise<EvalSetup> {
  const setup = await openEvalSetup();
  afterAll(() => setup.close());
  return setup;
}

/** What `npm run eval` measures, once per test file. */
export async function evaluation(): Promise<{ setup: EvalSetup; report: EvaluationReport }> {
  const setup = await evaluationSetup();
  return { setup, report: evaluate(setup) };
}

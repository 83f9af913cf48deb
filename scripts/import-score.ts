/**
 * Scores the importer on a directory of real plans with expected facts:
 *   node --import tsx scripts/import-score.ts test/fixtures/import-corpus
 * Prints every failed fact per document and the total; exits 0 (a score, not a gate).
 */
import { corpusCases, runCase, scoreLine } from '../test/fixtures/import-corpus.fixture.js';
import { formatScores, type ScoreLine } from '../src/documents/import/scoring/corpus-score.js';

const dir = process.argv[2] ?? 'test/fixtures/import-corpus';
const lines: ScoreLine[] = [];
for (const c of corpusCases(dir)) {
  lines.push(scoreLine(await runCase(c)));
}
console.log(formatScores(lines));

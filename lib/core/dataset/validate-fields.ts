/**
 * Checks of the dataset-level fields the JSON Schema cannot make: the coverage's date is a real
 * calendar date, no later than the facts it sums up allow, and a synonym group never lists the
 * same term twice in another case.
 */
import { fold as foldText } from '../fold';
import { comparePartialDates, partialDateProblem } from './format';
import type { Dataset } from './types';

const fold = (text: string) => foldText(text, { accents: 'keep' });

export function datasetFieldErrors(dataset: Dataset, add: (path: string, message: string) => void): void {
  const coverage = dataset.coverage;
  if (coverage) {
    const problem = partialDateProblem(coverage.factsUpTo);
    if (problem) add('/coverage/factsUpTo', problem);
    else {
      const later = dataset.entities
        .flatMap((e) => e.facts.map((f) => ({ id: f.id, date: f.date })))
        .find((f) => f.date && !partialDateProblem(f.date) && comparePartialDates(f.date, coverage.factsUpTo) > 0 && !f.date.startsWith(coverage.factsUpTo));
      if (later) {
        add('/coverage/factsUpTo', `expected the date of the latest fact or later, found ${coverage.factsUpTo} while fact "${later.id}" is dated ${later.date}`);
      }
    }
  }
  (dataset.synonyms ?? []).forEach((group, g) => {
    const seen = new Map<string, number>();
    group.forEach((term, i) => {
      const first = seen.get(fold(term));
      if (first !== undefined) add(`/synonyms/${g}/${i}`, `duplicate synonym "${term}" in group ${g} (same as "${group[first]}")`);
      else seen.set(fold(term), i);
    });
    if (seen.size < 2) add(`/synonyms/${g}`, 'expected a group of at least two different terms');
  });
}

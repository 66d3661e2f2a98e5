import { Injectable } from '@nestjs/common';
import type { LetterModel } from './letter.model.js';
import { LettersRepository, type LetterPdfRecord, type LetterRecord } from './letters.repository.js';

export const toLetterModel = (l: LetterRecord): LetterModel => ({ ...l, url: `/letters/${l.id}.pdf` });

@Injectable()
export class LettersService {
  constructor(private readonly repository: LettersRepository) {}

  /** The letters that went to a case's debtor for its creditor, newest first. */
  async forCase(caseId: string): Promise<LetterModel[]> {
    const letters = await this.repository.lettersOfCases([caseId]);
    return (letters.get(caseId) ?? []).map(toLetterModel);
  }

  async pdf(id: string): Promise<LetterPdfRecord | null> {
    return this.repository.pdf(id);
  }
}

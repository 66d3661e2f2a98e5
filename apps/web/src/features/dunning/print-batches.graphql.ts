import { graphql } from '../../gql';
import type { PrintBatchFieldsFragment } from '../../gql/graphql';

export type PrintBatch = PrintBatchFieldsFragment;

export const PRINT_BATCH_FIELDS = graphql(`
  fragment PrintBatchFields on PrintBatch {
    id
    batchDate
    createdAt
    createdByName
    letterCount
    pageCount
    sheetCount
    partLetters
    parts {
      number
      letterCount
      firstLetter
      lastLetter
      pageCount
      sheetCount
      pdfUrl
      manifestUrl
      pdfSha256
    }
  }
`);

/** The latest print batches and how many letters wait for the next one. */
export const PRINT_BATCHES = graphql(`
  query PrintBatches {
    printBatches(limit: 14) {
      ...PrintBatchFields
    }
    lettersReadyToPrint
  }
`);

/** Makes today's batch (or returns the one made earlier today). */
export const CREATE_PRINT_BATCH = graphql(`
  mutation CreatePrintBatch {
    createPrintBatch {
      ...PrintBatchFields
    }
  }
`);

import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { httpErrorOf } from '../common/errors.js';
import { MAX_DOCUMENT_BYTES } from './document-type.js';

/** One uploaded document of a `multipart/form-data` request (field `file`, at most MAX_DOCUMENT_BYTES); HTTP errors otherwise. */
export async function readDocumentUpload(req: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  if (!req.isMultipart?.()) throw new BadRequestException('Send the document as multipart/form-data in the field "file".');
  let file: MultipartFile | undefined;
  try {
    file = await req.file({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
  } catch (e) {
    throw new BadRequestException(`The upload could not be read: ${(e as Error).message}`);
  }
  if (!file || file.fieldname !== 'file') throw new BadRequestException('Send the document in the field "file".');
  const content = await file.toBuffer().catch((e: Error & { code?: string }) => {
    if (e.code === 'FST_REQ_FILE_TOO_LARGE') return null;
    throw new BadRequestException(`The upload could not be read: ${e.message}`);
  });
  if (!content || file.file.truncated) {
    throw new PayloadTooLargeException(`The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
  }
  return { fileName: file.filename, content };
}

/** The HTTP answer to an AppError of a document route, with its code (others pass through). */
export const documentHttpError = (e: unknown): unknown => httpErrorOf(e);

import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from './errors.js';

/** Ids are UUIDs; anything else is a client mistake, said before any query runs. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) throw badInput(`${metadata.data ?? 'id'} "${value}" is not a valid id.`, metadata.data);
    return value;
  }
}

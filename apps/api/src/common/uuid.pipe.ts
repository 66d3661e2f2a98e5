import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { fill } from '@mahnwerk/domain';
import { badInput, httpErrorOf } from './errors.js';
import { ERROR_TEXTS } from './errors.i18n.js';

/** Ids are UUIDs; anything else is a client mistake, said before any query runs. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) throw badInput(fill(ERROR_TEXTS.invalidId, { name: metadata.data ?? 'id', value: String(value) }), metadata.data);
    return value;
  }
}

/** UuidPipe for an optional id: null or absent passes, anything else must be a UUID. */
@Injectable()
export class OptionalUuidPipe implements PipeTransform<string | null | undefined, string | null | undefined> {
  private readonly required = new UuidPipe();

  transform(value: string | null | undefined, metadata: ArgumentMetadata): string | null | undefined {
    return value === null || value === undefined ? value : this.required.transform(value, metadata);
  }
}

/** UuidPipe for an HTTP route's parameter: 400 with `code: BAD_USER_INPUT` before any query runs. */
@Injectable()
export class HttpUuidPipe implements PipeTransform<string, string> {
  private readonly id = new UuidPipe();

  transform(value: string, metadata: ArgumentMetadata): string {
    try {
      return this.id.transform(value, metadata);
    } catch (e) {
      throw httpErrorOf(e);
    }
  }
}

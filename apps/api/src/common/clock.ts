import { Injectable } from '@nestjs/common';

/** The one place the API reads the time; tests replace it to pin "today". */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

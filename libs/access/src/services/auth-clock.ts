import { Injectable } from '@nestjs/common';

/** The time login, lockout and sessions go by; tests move it instead of waiting. */
@Injectable()
export class AuthClock {
  now(): Date {
    return new Date();
  }
}

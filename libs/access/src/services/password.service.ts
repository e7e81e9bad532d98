import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the library's defaults (OWASP-level memory and time costs). Passwords are hashed in Unicode NFC:
 * a Vietnamese letter typed as one code point ("ơ") or as a letter and a combining mark (as some keyboards and
 * systems send it) is the same password. A hash made before this rule, from the raw text, still verifies.
 */
@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return hash(password.normalize('NFC'));
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    const composed = password.normalize('NFC');
    return (await this.check(passwordHash, composed)) || (composed !== password && (await this.check(passwordHash, password)));
  }

  private async check(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}

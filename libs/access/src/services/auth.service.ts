import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { UserEntity } from '../entities/user.entity';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

// Verified against when the user does not exist, so a wrong username costs as much time as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$ilWyEPxiRmJcMmoV6bJruA$E0mMPDV+mWOqHe3T4iqrq7fXJbDpcemOASfT5yrPbRU';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
  ) {}

  async login(username: string, password: string) {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username: username.trim().toLowerCase() })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) throw new DomainError(ErrorCode.INVALID_CREDENTIALS);
    const { token, expiresIn } = this.tokens.issue(user.id);
    return { accessToken: token, tokenType: 'Bearer', expiresIn, user: { id: user.id, username: user.username, displayName: user.displayName } };
  }
}

import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { AdministrationController } from './controllers/administration.controller';
import { AuthController } from './controllers/auth.controller';
import { UserAdminController } from './controllers/user-admin.controller';
import { AuthGuard } from './guards/auth.guard';
import { LoginRateLimitGuard } from './guards/login-rate-limit.guard';
import { AdministrationService } from './services/administration.service';
import { AuthClock } from './services/auth-clock';
import { AuthService } from './services/auth.service';
import { DemoSeedService } from './services/demo-seed.service';
import { LoginLockoutService } from './services/login-lockout.service';
import { LoginRateLimiter } from './services/login-rate-limiter';
import { OrgDirectoryService } from './services/org-directory.service';
import { OrgTreeWriterService } from './services/org-tree-writer.service';
import { PasswordService } from './services/password.service';
import { SessionService } from './services/session.service';
import { TokenService } from './services/token.service';
import { UserAdminService } from './services/user-admin.service';
import { UserDirectoryService } from './services/user-directory.service';

@Module({
  controllers: [AuthController, AdministrationController, UserAdminController],
  providers: [
    PasswordService, TokenService, UserDirectoryService, AuthService, DemoSeedService, OrgDirectoryService, AdministrationService,
    AuthClock, SessionService, UserAdminService, AuditLogService, LoginLockoutService, LoginRateLimiter, LoginRateLimitGuard,
    OrgTreeWriterService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, TokenService, UserDirectoryService, DemoSeedService, OrgDirectoryService, SessionService, AuthClock, OrgTreeWriterService],
})
export class AccessModule {}

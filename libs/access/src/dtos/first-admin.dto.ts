import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { UNIT_LEVELS, type UnitLevel } from '../entities/org-unit.entity';

/** What `npm run admin:create` asks for (the password is checked by the password policy, not here). */
export class FirstAdminDto {
  // The same rules as an administrator's POST /admin/users and POST /admin/units.
  @IsString() @Matches(/^[a-z0-9._-]{3,100}$/, { message: 'Tên đăng nhập gồm 3–100 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang.' })
  username!: string;
  @IsString() @MinLength(2) @MaxLength(200) displayName!: string;
  // Needed to create the root unit; an additional administrator joins the unit named by its code.
  @IsOptional() @IsString() @MinLength(2) @MaxLength(300) unitName?: string;
  @IsString() @Matches(/^[A-Z0-9-]{2,64}$/, { message: 'Mã đơn vị gồm 2–64 ký tự: chữ hoa không dấu, chữ số, gạch ngang.' })
  unitCode!: string;
  @IsIn(UNIT_LEVELS) unitLevel!: UnitLevel;
}

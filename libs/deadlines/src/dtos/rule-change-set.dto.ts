import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { LegalInstrumentDto } from './legal-instrument.dto';
import { RuleVersionDto } from './rule-version.dto';

/** An instrument of a change set: as POST /legal-instruments takes it, the reason given once for the whole set. */
export class ChangeSetInstrumentDto extends OmitType(LegalInstrumentDto, ['reason'] as const) {}

/** A general version of a change set: as POST /rules/versions takes it, without reason and dryRun. */
export class ChangeSetVersionDto extends OmitType(RuleVersionDto, ['reason', 'dryRun'] as const) {}

/**
 * A documented, ready-to-apply change of the law as data (docs/domain/changes/): instruments to register and general
 * rule versions based on them, applied together or not at all by `npm run rules:apply`.
 */
export class RuleChangeSetDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @ApiProperty({ required: false }) @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @ApiProperty({ type: ChangeSetInstrumentDto, isArray: true })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ChangeSetInstrumentDto) instruments!: ChangeSetInstrumentDto[];
  @ApiProperty({ type: ChangeSetVersionDto, isArray: true })
  @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ChangeSetVersionDto) versions!: ChangeSetVersionDto[];
}

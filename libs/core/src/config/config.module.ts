import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './app-config';
import type { EnvDto } from './env.dto';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: EnvDto): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

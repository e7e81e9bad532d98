export * from './env.dto';
export * from './app-config';
export * from './config.module';

export * from './queue-names';
export * from './queue-backend';
export * from './queue.module';
export * from './relay-batch';
export * from './free-job-ids';

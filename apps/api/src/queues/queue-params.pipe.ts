import type { PipeTransform } from '@nestjs/common';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { queueNamed } from '@hoso/core/queue/queue-admin.service';
import type { QueueName } from '@hoso/core/queue';

/** A queue's name in the path: one of QueueName, else 404 QUEUE_NOT_FOUND. */
export const queueNamePipe: PipeTransform<string, QueueName> = { transform: (value) => queueNamed(value) };

// Our ids are built by jobId() (letters, digits, `-`, `_`, `.`); BullMQ's own are numbers, a scheduler's `repeat:…`.
const JOB_ID = /^[A-Za-z0-9._:-]{1,300}$/;

/** A job id in the path: anything no job could be called is 404 QUEUE_JOB_NOT_FOUND, as an unknown one is. */
export const jobIdPipe: PipeTransform<string, string> = {
  transform: (value) => {
    if (!JOB_ID.test(value)) throw new DomainError(ErrorCode.QUEUE_JOB_NOT_FOUND);
    return value;
  },
};

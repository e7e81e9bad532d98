import { PageResponseOf } from '@hoso/core/http/page.response';
import { CheckpointResponse } from './checkpoint.response';

/** Một trang mốc ký số (documentation only: the service builds the answer). */
export class CheckpointPageResponse extends PageResponseOf(() => CheckpointResponse) {}

import type { Messages } from '../types';
import type vi from '../vi/audit';

const audit: Messages<typeof vi> = {};

export default audit;

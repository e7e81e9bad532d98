import type { Messages } from '../types';
import type vi from '../vi/statistics';

const statistics: Messages<typeof vi> = {};

export default statistics;

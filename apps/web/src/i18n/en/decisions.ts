import type { Messages } from '../types';
import type vi from '../vi/decisions';

const decisions: Messages<typeof vi> = {};

export default decisions;

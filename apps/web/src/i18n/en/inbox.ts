import type { Messages } from '../types';
import type vi from '../vi/inbox';

const inbox: Messages<typeof vi> = {};

export default inbox;

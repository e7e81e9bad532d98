import type { Messages } from '../types';
import type vi from '../vi/admin';

const admin: Messages<typeof vi> = {};

export default admin;

import type { Messages } from '../types';
import type vi from '../vi/settings';

const settings: Messages<typeof vi> = {};

export default settings;

import type { Messages } from '../types';
import type vi from '../vi/account';

const account: Messages<typeof vi> = {};

export default account;

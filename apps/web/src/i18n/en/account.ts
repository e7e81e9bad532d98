import type { Messages } from '../types';
import type vi from '../vi/account';

const account: Messages<typeof vi> = {
  title: 'Account',
  profile: 'About you',
  displayName: 'Full name',
  username: 'Username',
  roles: 'Roles by unit',
  unit: 'Unit',
  role: 'Role',
  noRoles: 'You hold no role yet. Ask an administrator.',
  unitOutOfScope: 'Unit not visible',
  password: {
    title: 'Change password',
    current: 'Current password',
    new: 'New password',
    newHelp: '12–200 characters, with at least 3 of 4 kinds: lower case, upper case, digits, symbols; must not contain the username.',
    confirm: 'Repeat the new password',
    required: 'Enter the {{field}}',
    mismatch: 'The two new passwords do not match.',
    submit: 'Change password',
    done: 'Password changed.',
    othersEnded: 'Your other sessions (on other computers or browsers) have ended; this one goes on. Use the new password next time you log in.',
  },
  language: {
    title: 'Language',
    help: 'Applies at once in this browser, like the choice in the user menu above.',
    vi: 'Tiếng Việt',
    en: 'English',
  },
};

export default account;

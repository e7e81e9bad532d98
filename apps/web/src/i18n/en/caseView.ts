import type { Messages } from '../types';
import type vi from '../vi/caseView';

const caseView: Messages<typeof vi> = {};

export default caseView;

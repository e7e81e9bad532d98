import * as en from './en';
import * as vi from './vi';

export { en, vi };

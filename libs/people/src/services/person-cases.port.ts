import type { AuthUser } from '@hoso/access/auth-user';

/** The token under which the cases library provides the reader (cases depend on people, not the reverse). */
export const PERSON_CASES = Symbol('PERSON_CASES');

export interface PersonCaseView {
  id: string;
  procedureId: string;
  state: string;
  status: string;
  title: string;
  createdAt: Date;
}

/** The cases about a person that the caller may see, oldest first, by the same visibility rule as every case list. */
export interface PersonCasesReader {
  visibleCasesOf(user: AuthUser, personId: string): Promise<PersonCaseView[]>;
}

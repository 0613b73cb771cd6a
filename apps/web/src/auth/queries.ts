import { graphql } from '../api/graphql.ts';

/** Who is signed in (through the session cookie), and the wards a ward editor may change. */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    me { id name email role wards mustChangePassword }
  }
`);

export const START_SESSION = graphql(`
  mutation StartSession($email: String!, $password: String!) {
    startSession(email: $email, password: $password) {
      __typename
      ... on MutationStartSessionSuccess { data { id name role wards mustChangePassword } }
      ... on Error { message }
    }
  }
`);

export const END_SESSION = graphql(`
  mutation EndSession {
    endSession
  }
`);

/** Ward names for the header, the users page and the audit filters (slug → "phường Hải An"). */
export const WARD_NAMES_QUERY = graphql(`
  query WardNames {
    wards { slug name: nameVi kind }
  }
`);

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on MutationChangePasswordSuccess { data { id mustChangePassword } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

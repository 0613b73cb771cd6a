import { graphql } from '../../api/graphql.ts';

export const USERS_QUERY = graphql(`
  query AdminUsers {
    users { id email name role wards disabled }
    wards { slug name: nameVi kind }
  }
`);

export const CREATE_USER = graphql(`
  mutation AdminCreateUser($input: UserInput!) {
    createUser(input: $input) {
      __typename
      ... on MutationCreateUserSuccess { data { id email name role wards disabled } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

export const UPDATE_USER = graphql(`
  mutation AdminUpdateUser($id: ID!, $input: UserUpdateInput!) {
    updateUser(id: $id, input: $input) {
      __typename
      ... on MutationUpdateUserSuccess { data { id email name role wards disabled } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation AdminResetPassword($id: ID!) {
    resetPassword(id: $id) {
      __typename
      ... on MutationResetPasswordSuccess { data { temporaryPassword user { id email } } }
      ... on ValidationError { message problems { path message } }
      ... on Error { message }
    }
  }
`);

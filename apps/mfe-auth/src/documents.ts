import { graphql } from './gql/index.js';

export const LogInDocument = graphql(`
  mutation AuthLogIn($input: LogInInput!) {
    logIn(input: $input) {
      viewer { termsAccepted user { login firstName } }
      userErrors { code message field }
    }
  }
`);

export const PasswordResetRequestDocument = graphql(`
  mutation AuthPasswordResetRequest($input: PasswordResetRequestInput!) {
    passwordResetRequest(input: $input) { accepted userErrors { code message field } }
  }
`);

export const PasswordSetDocument = graphql(`
  mutation AuthPasswordSet($input: PasswordSetInput!) {
    passwordSet(input: $input) { login userErrors { code message field } }
  }
`);

export const TermsDocument = graphql(`
  query AuthTerms {
    viewer { termsAccepted user { login } }
    termsOfUse { version effectiveOn text accepted }
  }
`);

export const TermsAcceptDocument = graphql(`
  mutation AuthTermsAccept($input: TermsAcceptInput!) {
    termsAccept(input: $input) { viewer { termsAccepted } userErrors { code message field } }
  }
`);

export const LogOutDocument = graphql(`
  mutation AuthLogOut {
    logOut { loggedOut }
  }
`);

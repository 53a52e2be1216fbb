/**
 * The operations of the auth pages, for GraphQL Codegen. Pages import the generated documents
 * from gql/graphql.js one by one, so that each lazily loaded page carries only its own.
 */
import { graphql } from './gql/index.js';

export const LogInDocument = graphql(`
  mutation AuthLogIn($input: LogInInput!) {
    logIn(input: $input) {
      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }
      secondFactor { token methods passkeyOptions }
      userErrors { code message field }
    }
  }
`);

export const LogInSecondFactorDocument = graphql(`
  mutation AuthLogInSecondFactor($input: LogInSecondFactorInput!) {
    logInSecondFactor(input: $input) {
      viewer { termsAccepted secondFactorSetupRequired user { login firstName } }
      userErrors { code message field }
    }
  }
`);

export const SecondFactorDocument = graphql(`
  query AuthSecondFactor {
    viewer {
      termsAccepted
      secondFactorSetupRequired
      permissions
      user { company { id } }
      secondFactor { totpEnrolled recoveryCodesLeft requiredByCompany passkeys { id name createdAt } }
    }
  }
`);

export const TotpEnrolStartDocument = graphql(`
  mutation AuthTotpEnrolStart {
    totpEnrolStart { secret otpauthUri qrCode userErrors { code message field } }
  }
`);

export const TotpEnrolConfirmDocument = graphql(`
  mutation AuthTotpEnrolConfirm($input: TotpEnrolConfirmInput!) {
    totpEnrolConfirm(input: $input) { recoveryCodes userErrors { code message field } }
  }
`);

export const TotpRemoveDocument = graphql(`
  mutation AuthTotpRemove($input: SecondFactorConfirmInput!) {
    totpRemove(input: $input) { recoveryCodes userErrors { code message field } }
  }
`);

export const RecoveryCodesRegenerateDocument = graphql(`
  mutation AuthRecoveryCodesRegenerate($input: SecondFactorConfirmInput!) {
    recoveryCodesRegenerate(input: $input) { recoveryCodes userErrors { code message field } }
  }
`);

export const PasskeyRegisterStartDocument = graphql(`
  mutation AuthPasskeyRegisterStart {
    passkeyRegisterStart { options userErrors { code message field } }
  }
`);

export const PasskeyRegisterFinishDocument = graphql(`
  mutation AuthPasskeyRegisterFinish($input: PasskeyRegisterFinishInput!) {
    passkeyRegisterFinish(input: $input) { recoveryCodes userErrors { code message field } }
  }
`);

export const PasskeyRemoveDocument = graphql(`
  mutation AuthPasskeyRemove($input: PasskeyRemoveInput!) {
    passkeyRemove(input: $input) { recoveryCodes userErrors { code message field } }
  }
`);

export const CompanySecondFactorRequireDocument = graphql(`
  mutation AuthCompanySecondFactorRequire($input: CompanySecondFactorRequireInput!) {
    companySecondFactorRequire(input: $input) { required userErrors { code message field } }
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

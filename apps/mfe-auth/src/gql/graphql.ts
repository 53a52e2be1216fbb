/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Identifiant and password. */
export type LogInInput = {
  /** Identifiant, E- followed by 10 digits. */
  login: string;
  /** Password. */
  password: string;
};

/** The login of the account whose password was forgotten. */
export type PasswordResetRequestInput = {
  /** Identifiant, E- followed by 10 digits. */
  login: string;
};

/** The token of the e-mailed link and the new password, typed twice. */
export type PasswordSetInput = {
  /** At least 8 characters, one upper-case letter, one digit, one special character; not the login, not a common password. */
  password: string;
  /** The same password again. */
  passwordConfirmation: string;
  /** The token from the link (its `token` parameter). */
  token: string;
};

/** The version of the terms the user read and accepts (box ticked, "Valider"). */
export type TermsAcceptInput = {
  /** Version from termsOfUse.version. */
  version: string;
};

export type AuthLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AuthLogInMutation = { logIn: { viewer: { termsAccepted: boolean, user: { login: string, firstName: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasswordResetRequestMutationVariables = Exact<{
  input: PasswordResetRequestInput;
}>;


export type AuthPasswordResetRequestMutation = { passwordResetRequest: { accepted: boolean, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthPasswordSetMutationVariables = Exact<{
  input: PasswordSetInput;
}>;


export type AuthPasswordSetMutation = { passwordSet: { login: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthTermsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTermsQuery = { viewer: { termsAccepted: boolean, user: { login: string } } | null, termsOfUse: { version: string, effectiveOn: string, text: string, accepted: boolean } | null };

export type AuthTermsAcceptMutationVariables = Exact<{
  input: TermsAcceptInput;
}>;


export type AuthTermsAcceptMutation = { termsAccept: { viewer: { termsAccepted: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AuthLogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogOutMutation = { logOut: { loggedOut: boolean } };


export const AuthLogInDocument = {"__meta__":{"hash":"sha256:cb51cfdc12ec0b5e0cfcd36b18c6940f9161b320be5138a4cec809a21f8e16ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLogInMutation, AuthLogInMutationVariables>;
export const AuthPasswordResetRequestDocument = {"__meta__":{"hash":"sha256:154b247e79db04987ade9fc9487060796c8013d89f0a78c8242031edeaf3a419"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordResetRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordResetRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordResetRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordResetRequestMutation, AuthPasswordResetRequestMutationVariables>;
export const AuthPasswordSetDocument = {"__meta__":{"hash":"sha256:9b300b0c7cc69bd019f7b2f5f74e39a3211d31c0ec56144b74457f1c5444675c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasswordSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passwordSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordSetMutation, AuthPasswordSetMutationVariables>;
export const AuthTermsDocument = {"__meta__":{"hash":"sha256:3526db60f6de7a8470a56d5923215c66b7eb59402c95f95e0da02d595a279061"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsOfUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}}]}}]} as unknown as DocumentNode<AuthTermsQuery, AuthTermsQueryVariables>;
export const AuthTermsAcceptDocument = {"__meta__":{"hash":"sha256:e0aeb68c97316498551e96f40e09021a4129b1c9931c1be6d30220f8d43ca1d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthTermsAccept"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TermsAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccept"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthTermsAcceptMutation, AuthTermsAcceptMutationVariables>;
export const AuthLogOutDocument = {"__meta__":{"hash":"sha256:82c49acbf087a5d9e36c77d9e5a8ffff0686ba55dfa3723dbb931377fd3c0ff4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loggedOut"}}]}}]}}]} as unknown as DocumentNode<AuthLogOutMutation, AuthLogOutMutationVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A role a company holds: client, reseller (manages clients) or operator (manages resellers). */
export type Universe =
  /** Univers client. */
  | 'CLIENT'
  /** Univers opérateur. */
  | 'OPERATOR'
  /** Univers revendeur. */
  | 'RESELLER';

/** The universe to act in. */
export type UniverseChooseInput = {
  /** One of the universes the caller's company holds. */
  universe: Universe;
};

export type ShellViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellViewerQuery = { viewer: { termsAccepted: boolean, secondFactorSetupRequired: boolean, actingUniverse: Universe, universes: Array<Universe>, user: { login: string, firstName: string, lastName: string, company: { legalName: string } } } | null };

export type ShellUniverseChooseMutationVariables = Exact<{
  input: UniverseChooseInput;
}>;


export type ShellUniverseChooseMutation = { universeChoose: { viewer: { actingUniverse: Universe } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };


export const ShellViewerDocument = {"__meta__":{"hash":"sha256:d98f50a5cfdf8e9e78fcaa7e6941d674761c24ac19c8ca40c3fe57446e3cf417"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"secondFactorSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"actingUniverse"}},{"kind":"Field","name":{"kind":"Name","value":"universes"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShellViewerQuery, ShellViewerQueryVariables>;
export const ShellUniverseChooseDocument = {"__meta__":{"hash":"sha256:049aadbbd966c4d02ec693f516c18ad1a647e969db2f9c221cc7170230bf8773"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShellUniverseChoose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UniverseChooseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"universeChoose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actingUniverse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ShellUniverseChooseMutation, ShellUniverseChooseMutationVariables>;
import { typedDocuments } from '@portal/graphql-client/codegen';

/** Typed documents from the committed schema (see packages/graphql-client/codegen.ts). */
export default typedDocuments();

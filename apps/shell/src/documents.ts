import { graphql } from './gql/index.js';

export const ShellViewerDocument = graphql(`
  query ShellViewer {
    viewer {
      termsAccepted
      secondFactorSetupRequired
      actingUniverse
      universes
      user { login firstName lastName company { legalName } }
    }
  }
`);

export const ShellUniverseChooseDocument = graphql(`
  mutation ShellUniverseChoose($input: UniverseChooseInput!) {
    universeChoose(input: $input) {
      viewer { actingUniverse }
      userErrors { code message field }
    }
  }
`);

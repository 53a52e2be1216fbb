import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { App, type CompanyProps } from './App.js';

/** single-spa lifecycles of the company micro-frontend ("Entreprise"); React comes from the shared import map. */
const lifecycles = singleSpaReact<CompanyProps>({
  React,
  ReactDOMClient,
  rootComponent: App,
  errorBoundary: () => <p role="alert">Cette partie du portail est indisponible.</p>,
});

export const { bootstrap, mount, unmount } = lifecycles;

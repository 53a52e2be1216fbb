import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { App, type BillingProps } from './App.js';

/** single-spa lifecycles of the billing micro-frontend; React comes from the shared import map. */
const lifecycles = singleSpaReact<BillingProps>({
  React,
  ReactDOMClient,
  rootComponent: App,
  errorBoundary: () => <p role="alert">Cette partie du portail est indisponible.</p>,
});

export const { bootstrap, mount, unmount } = lifecycles;

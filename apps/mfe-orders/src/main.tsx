import React from 'react';
import ReactDOMClient from 'react-dom/client';
import singleSpaReact from 'single-spa-react';
import { App, type OrdersProps } from './App.js';

/** single-spa lifecycles of the ordering micro-frontend; React comes from the shared import map. */
const lifecycles = singleSpaReact<OrdersProps>({
  React,
  ReactDOMClient,
  rootComponent: App,
  errorBoundary: () => <p role="alert">Cette partie du portail est indisponible.</p>,
});

export const { bootstrap, mount, unmount } = lifecycles;

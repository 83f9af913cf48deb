#!/usr/bin/env node
// Runs the TypeScript sources through tsx's loader: no separate compile step for the server and the CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');

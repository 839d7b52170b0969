#!/usr/bin/env node
// Thin shim: everything lives in the compiled library (src/cli/launch.ts starts the fast bundle).
import { launch } from '../dist/src/cli/launch.js';

process.exitCode = await launch(process.argv);

// `node --import <this file> out/main/index.js` runs the built main process under the fake Electron.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);

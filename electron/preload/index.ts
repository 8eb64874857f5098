/**
 * Preload (sandboxed, context-isolated): exposes `window.dispatchBridge` and nothing else. Built as
 * one CommonJS file (out/preload/index.cjs) because a sandboxed preload can neither load ES modules
 * nor require anything but `electron`; tests/electron/build/preload-bundle.test.ts checks that.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../../shared/ipc/bridge';
import { createBridge } from './create-bridge';

// `ipcRenderer` itself is never exposed: it would let the page send on any channel.
contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));

/**
 * Electron main process: app lifecycle, the window, the menu and the wiring between
 * them. The only file that starts Electron things; the engine runs in a worker thread
 * (engine-host/) and everything here only relays.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, screen, session } from 'electron';
import { chooseContracts, chooseFolder, chooseSavePath } from './dialogs';
import { EngineClient } from './engine-host/engine-client';
import { builtWorkerSpec } from './engine-host/worker-spec';
import { forwardEngineEvents, registerIpcHandlers } from './ipc';
import { appMenuTemplate } from './menu';
import { denyNavigation, hardenSession } from './session-security';
import type { AppOrigins } from './url-policy';
import { mainWindowOptions } from './window-options';
import { isTrustedSender, onSecondInstance, showWhenReady } from './window-lifecycle';
import { handlePdfProtocol, registerPdfScheme } from './pdf-protocol/register';
import { keepOnScreen, readWindowState, writeWindowState } from './window-state';
import { CHANNELS, type MenuCommand } from '../shared/desktop-bridge';

// out/main/: index.js, engine-worker.js; the preload and the renderer are siblings of it.
const here = path.dirname(fileURLToPath(import.meta.url));
const origins: AppOrigins = {
  rendererIndexUrl: pathToFileURL(path.join(here, '../renderer/index.html')).href,
  devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
};

let mainWindow: BrowserWindow | null = null;
let engine: EngineClient | null = null;

function sendToWindow(channel: string, payload: unknown): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, payload);
}

function createWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = keepOnScreen(readWindowState(stateFile), screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow(mainWindowOptions(path.join(here, '../preload/index.cjs'), state));
  showWhenReady(window, state.maximized);
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    writeWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  if (origins.devServerUrl) void window.loadURL(origins.devServerUrl);
  else void window.loadFile(path.join(here, '../renderer/index.html'));
  return window;
}

function start(): void {
  hardenSession(session.defaultSession, origins);
  denyNavigation(app);

  const userData = app.getPath('userData');
  const client = new EngineClient({
    databasePath: path.join(userData, 'library.db'),
    modelsDir: path.join(userData, 'models'),
    appVersion: app.getVersion(),
    worker: builtWorkerSpec(here),
  });
  engine = client;
  handlePdfProtocol(client);
  registerIpcHandlers(ipcMain, {
    engine: client,
    isTrustedSender: (event) => isTrustedSender(event, mainWindow, origins),
    chooseSavePath,
    chooseContracts,
    chooseFolder,
    logger: console,
  });
  forwardEngineEvents(client, sendToWindow);

  const send = (command: MenuCommand) => sendToWindow(CHANNELS.menu, command);
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(send, process.platform, !app.isPackaged)));

  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

// Schemes must be registered before the app is ready.
registerPdfScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    // Before start() the first window is still to come; after it, bring one forward or open one.
    if (engine) mainWindow = onSecondInstance(mainWindow, createWindow);
  });
  void app.whenReady().then(start);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Let the worker cancel its jobs and close the database before the process ends.
  app.on('will-quit', (event) => {
    const closing = engine;
    if (!closing) return;
    engine = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
}

/**
 * The main window's size and position, remembered in userData/window-state.json. A
 * position that no longer falls on any screen (a monitor was unplugged) is dropped, so
 * the window never opens out of sight.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1200, height: 800, maximized: false };

const MIN_SIZE = { width: 720, height: 480 };
/** How much of the title bar must be on a screen for the position to be kept. */
const MIN_VISIBLE = 100;

const isInt = (v: unknown, min: number, max: number): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** Whatever was saved, checked field by field; the defaults for anything odd. */
export function parseWindowState(raw: unknown): WindowState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const state: WindowState = {
    width: isInt(r.width, MIN_SIZE.width, 100_000) ? r.width : DEFAULT_WINDOW_STATE.width,
    height: isInt(r.height, MIN_SIZE.height, 100_000) ? r.height : DEFAULT_WINDOW_STATE.height,
    maximized: r.maximized === true,
  };
  if (isInt(r.x, -100_000, 100_000) && isInt(r.y, -100_000, 100_000)) {
    state.x = r.x;
    state.y = r.y;
  }
  return state;
}

/** Drops the position when the window's top strip would not be on any of these work areas. */
export function keepOnScreen(state: WindowState, workAreas: readonly Area[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y, width } = state;
  const visible = workAreas.some((a) => {
    const overlap = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    return overlap >= Math.min(MIN_VISIBLE, width) && y >= a.y && y < a.y + a.height - MIN_VISIBLE / 2;
  });
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}

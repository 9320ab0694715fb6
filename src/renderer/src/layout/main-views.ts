/**
 * The window's main views, side by side in the toolbar's view switch. Each view fills the
 * workspace to the right of the library. To add one (a review grid, a history), append
 * its id here and render it in App.tsx where `view === '<id>'`.
 */
export type MainView = 'search' | 'grid' | 'history';

export const MAIN_VIEWS: Array<{ id: MainView; label: string }> = [
  { id: 'search', label: 'Search' },
  { id: 'grid', label: 'Grid' },
  { id: 'history', label: 'History' },
];

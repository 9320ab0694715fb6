import { useEffect, useRef, useState, type CSSProperties } from 'react';
import type { SearchResponse, SearchResult } from '../../shared/api';
import { api } from './api/client';
import { Banner } from './components/common/Banner';
import { ContextPanel } from './components/context/ContextPanel';
import { ExportDialog } from './components/export/ExportDialog';
import { GridView, type GridScope } from './components/grid/GridView';
import { DropZone } from './components/library/DropZone';
import { LibraryPanel } from './components/library/LibraryPanel';
import type { ResultListHandle } from './components/search/ResultList';
import { ResultsPane } from './components/search/ResultsPane';
import { SearchBar } from './components/search/SearchBar';
import { SettingsDialog } from './components/settings/SettingsDialog';
import { useAppEvent } from './state/useAppEvent';
import { useLibrary } from './state/useLibrary';
import { useMarks } from './state/useMarks';
import { useSearch } from './state/useSearch';
import { useSettings } from './state/useSettings';
import './layout/layout.css';
import { MAIN_VIEWS, type MainView } from './layout/main-views';
import { HistoryView } from './components/history/HistoryView';
import { Splitter } from './layout/Splitter';
import { useContextShare } from './layout/useContextShare';
import { useNarrowWindow } from './layout/useNarrowWindow';
import { ViewSwitch } from './layout/ViewSwitch';
import { focusSearchKey } from './keyboard/focus-search';
import { LexicalHint } from './components/search/LexicalHint';

/**
 * The window: toolbar (with the main view switch), notices, and the workspace: the
 * library, then the current view (Search: results and context, with a splitter). Below
 * 1,200 px the library folds into a drawer opened from the toolbar.
 */
export function App() {
  const library = useLibrary();
  const config = useSettings();
  const marks = useMarks();
  const { state: search, search: runSearch } = useSearch();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<number | null>(null);
  // The open clause with the query that found it: marks record that query, and the trace
  // panel shows timings only from the response the clause came from.
  const [selected, setSelected] = useState<{ result: SearchResult; query: string } | null>(null);
  const [dialog, setDialog] = useState<'settings' | 'export' | null>(null);
  const [restarted, setRestarted] = useState<string | null>(null);
  const [dropNotice, setDropNotice] = useState<string | null>(null);
  // "Documents where <type> is found", chosen in the grid: narrows searches until dismissed.
  const [scope, setScope] = useState<GridScope | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const resultList = useRef<ResultListHandle>(null);
  const [view, setView] = useState<MainView>('search');
  const narrow = useNarrowWindow();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [contextShare, setContextShare] = useContextShare();
  const libraryFolded = narrow && !libraryOpen;
  // A new import in a narrow window opens the drawer, so its progress is seen.
  const jobCount = library.jobs.length;
  const lastJobCount = useRef(jobCount);
  useEffect(() => {
    if (narrow && jobCount > lastJobCount.current) setLibraryOpen(true);
    lastJobCount.current = jobCount;
  }, [jobCount, narrow]);

  useAppEvent((event) => {
    if (event.type === 'engine-restarted') setRestarted(event.reason);
  });

  // The app menu's File › Open…, Export and Settings act here, as the toolbar buttons do.
  const openFiles = library.openFiles;
  useEffect(
    () =>
      api().onMenu?.((command) => {
        if (command === 'open-contracts') void openFiles();
        else setDialog(command === 'export-selected' ? 'export' : 'settings');
      }),
    [openFiles],
  );

  // When the re-ranked list replaces the stage-1 list, the open clause keeps its place and gets its new trace.
  // After a new search, a clause the new results do not list leaves the context panel.
  useEffect(() => {
    setSelected((current) => {
      const response = search.response;
      if (!current || !response) return current;
      const fresher = response.results.find((r) => r.clauseId === current.result.clauseId);
      if (fresher) return { result: fresher, query: response.query };
      return response.query === current.query ? current : null;
    });
  }, [search.response]);

  // The search box has focus at start; Ctrl/Cmd+F, Ctrl/Cmd+K and "/" bring it back.
  useEffect(() => {
    searchInput.current?.focus();
    const onKey = (event: KeyboardEvent) => focusSearchKey(event, () => searchInput.current);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The query of the list on screen (while a new search runs, the previous list stays up).
  const listQuery = search.response?.query ?? search.query;

  const documents = library.documents ?? [];
  const ready = documents.filter((d) => d.status === 'ready');
  // A filter on a removed document would silently find nothing.
  const documentFilter = filter !== null && ready.some((d) => d.id === filter) ? filter : null;

  const submit = (text: string) => {
    setQuery(text);
    setView('search');
    void runSearch({ query: text, documentIds: scope ? scope.documentIds : documentFilter === null ? undefined : [documentFilter] });
  };

  const lexicalOnly = config.models !== null && !config.models.semantic;
  return (
    <DropZone onPaths={(paths) => void library.addPaths(paths)} onProblem={setDropNotice}>
      <div className="app">
        <header className="toolbar">
          {narrow && (
            <button
              type="button"
              className="button library-toggle"
              aria-expanded={libraryOpen}
              aria-controls="library-panel"
              onClick={() => setLibraryOpen((open) => !open)}
              data-testid="library-toggle"
            >
              Library{library.documents && <span className="count">{library.documents.length}</span>}
            </button>
          )}
          <div className="brand" aria-label="Clause Search" title="Clause Search">
            <span className="brand-mark" aria-hidden="true">§</span>
            <span className="brand-name">Clause Search</span>
          </div>
          <ViewSwitch views={MAIN_VIEWS} current={view} onChange={setView} />
          <SearchBar
            query={query}
            onQueryChange={setQuery}
            documents={documents}
            documentId={documentFilter}
            onDocumentChange={setFilter}
            onSearch={submit}
            onArrowDown={() => resultList.current?.focusFirst()}
            inputRef={searchInput}
          />
          <div className="toolbar-actions">
            <button type="button" className="button" onClick={() => setDialog('export')} data-testid="open-export">
              Cite &amp; export{marks.marks.length > 0 && <span className="count" data-testid="mark-count">{marks.marks.length}</span>}
            </button>
            <button type="button" className="button" onClick={() => setDialog('settings')} disabled={!config.settings} data-testid="open-settings">
              Settings
            </button>
          </div>
        </header>
        {restarted && (
          <Banner tone="warning" onDismiss={() => setRestarted(null)} testId="engine-restarted">
            {restarted} It has been restarted and your library is safe; run your search again.
          </Banner>
        )}
        {config.error && (
          <Banner tone="error" testId="settings-error">
            {config.error}
          </Banner>
        )}
        {lexicalOnly && (
          <Banner
            tone="info"
            testId="models-notice"
            action={
              <button type="button" className="button-link" onClick={() => setDialog('settings')}>
                Open Settings
              </button>
            }
          >
            Lexical search only — add models in Settings to search by meaning and re-rank results.
          </Banner>
        )}
        {scope && view === 'search' && (
          <Banner tone="info" onDismiss={() => setScope(null)} testId="search-scope">
            Searching only the {scope.documentIds.length} documents where {scope.typeName} is found.
          </Banner>
        )}
        <div
          className={`workspace${narrow ? ' is-narrow' : ''}`}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && narrow && libraryOpen) setLibraryOpen(false);
          }}
        >
          {narrow && libraryOpen && <div className="library-backdrop" onClick={() => setLibraryOpen(false)} data-testid="library-backdrop" />}
          <LibraryPanel
            folded={libraryFolded}
            drawer={narrow}
            library={library}
            embedding={config.models?.semantic ?? false}
            notice={dropNotice}
            onNoticeDismiss={() => setDropNotice(null)}
            onRemoved={(documentId) => {
              marks.forgetDocument(documentId);
              if (selected?.result.documentId === documentId) setSelected(null);
            }}
          />
          {/* One main view at a time fills the space right of the library (see layout/main-views.ts). */}
          {/* The grid stays mounted while hidden, so a fill and its cells survive a look at Search. */}
          <GridView
            active={view === 'grid'}
            documents={library.documents}
            onSearchScope={(next) => {
              setScope(next);
              setView('search');
              searchInput.current?.focus();
            }}
          />
          {view === 'search' && (
            <div
              className="main-view search-view"
              style={{ '--results-fr': `${1 - contextShare}fr`, '--context-fr': `${contextShare}fr` } as CSSProperties}
            >
              <ResultsPane
                notice={lexicalOnly ? <LexicalHint query={search.query} onOpenSettings={() => setDialog('settings')} /> : null}
                state={search}
                documentCount={library.documents ? ready.length : null}
                selectedId={selected?.result.clauseId ?? null}
                isMarked={marks.isMarked}
                onOpen={(result) => setSelected({ result, query: listQuery })}
                onToggleMark={(result) => marks.toggle(result, listQuery)}
                onExample={submit}
                onRemoveScope={() => void runSearch({ query: listQuery, documentIds: scope ? scope.documentIds : documentFilter === null ? undefined : [documentFilter], autoScope: false })}
                onLeaveTop={() => searchInput.current?.focus()}
                listRef={resultList}
              />
              <Splitter share={contextShare} onShare={setContextShare} />
              <ContextPanel
                result={selected?.result ?? null}
                response={selected && fromResponse(search.response, selected.query, selected.result.clauseId) ? search.response : null}
                marked={selected ? marks.isMarked(selected.result.clauseId) : false}
                onToggleMark={() => selected && marks.toggle(selected.result, selected.query)}
              />
            </div>
          )}
          {view === 'history' && <HistoryView />}
        </div>
      </div>
      {dialog === 'settings' && config.settings && (
        <SettingsDialog settings={config.settings} models={config.models} info={config.info} onSave={config.save} onClose={() => setDialog(null)} />
      )}
      {dialog === 'export' && <ExportDialog marks={marks.marks} onUnmark={marks.unmark} onClose={() => setDialog(null)} />}
    </DropZone>
  );
}

/** The clause's result in `response`, if that response answers `query` and lists it. */
function fromResponse(response: SearchResponse | null, query: string, clauseId: number): SearchResult | undefined {
  return response?.query === query ? response.results.find((r) => r.clauseId === clauseId) : undefined;
}
